/**
 * The per-file lines of a sync ("uploaded …", "updated headers of …", "deleted …"), printed
 * together at its end in one collapsed group, without holding them all until then.
 *
 * A first publish of 100,000 files logs 100,000 such lines, ≈ 8.5 MB of text, and more as V8
 * holds a template literal's result as a tree of its pieces (issue 24). The first
 * `KEPT_IN_MEMORY` lines stay in memory; the rest go, as they come and in blocks, to a file in
 * the temporary folder that is read back line by line when the group is printed, then removed.
 * Every line is still printed, in order. Should the file fail (a full disk), the lines from then
 * on are counted and the group says how many could not be shown: adding a line never throws, as
 * it runs inside an upload's task, where a throw would count as a failed upload.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Lines held in memory before they go to the file. */
export const KEPT_IN_MEMORY = 1000;
/** Characters gathered before a write to the file. */
const BLOCK_CHARS = 64 * 1024;

export class SyncDetails {
  private readonly head: string[] = [];
  private block: string[] = [];
  private blockChars = 0;
  private file: { readonly dir: string; readonly path: string; fd: number | undefined } | undefined;
  private lost = 0;
  private lostReason = '';
  private total = 0;

  private readonly keptInMemory: number;
  private readonly folder: string | undefined;

  /** `folder`: where the file goes (default: the system's temporary folder, read when needed). */
  constructor(options: { readonly keptInMemory?: number; readonly folder?: string } = {}) {
    this.keptInMemory = options.keptInMemory ?? KEPT_IN_MEMORY;
    this.folder = options.folder;
  }

  /** How many lines were added. */
  get count(): number {
    return this.total;
  }

  /** Lines held in memory now (the first ones, and a block not yet written). */
  get heldInMemory(): number {
    return this.head.length + this.block.length;
  }

  /** Adds a line (one line: the sync escapes every key it logs). */
  add(line: string): void {
    this.total += 1;
    if (this.head.length < this.keptInMemory) {
      this.head.push(line);
      return;
    }
    if (this.lost > 0) {
      this.lost += 1;
      return;
    }
    this.block.push(line);
    this.blockChars += line.length + 1;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }

  /**
   * Calls `print` with every line, in the order added, then removes the file. The group's
   * last line says how many lines could not be kept, if any.
   */
  async print(print: (line: string) => void): Promise<void> {
    try {
      for (const line of this.head) print(line);
      this.flush();
      if (this.file !== undefined) {
        this.close(this.file);
        const lines = createInterface({
          input: createReadStream(this.file.path, { encoding: 'utf8' }),
          crlfDelay: Infinity,
        });
        try {
          for await (const line of lines) print(line);
        } catch (e) {
          // The sync itself is over: a lost file costs the lines, not the run.
          print(`… the lines after these could not be read back: ${describe(e)}`);
        }
      }
      if (this.lost > 0) {
        print(`… and ${this.lost} more lines not shown (${this.lostReason})`);
      }
    } finally {
      this.remove();
    }
  }

  /** Removes the file, if any (`print` does it; for a run that does not print). */
  remove(): void {
    if (this.file === undefined) return;
    const file = this.file;
    this.file = undefined;
    try {
      this.close(file);
    } finally {
      rmSync(file.dir, { recursive: true, force: true });
    }
  }

  /** Closes the file's descriptor once (a number closed twice may be another file's by then). */
  private close(file: { fd: number | undefined }): void {
    const { fd } = file;
    file.fd = undefined;
    if (fd !== undefined) closeSync(fd);
  }

  private flush(): void {
    if (this.block.length === 0) return;
    const text = `${this.block.join('\n')}\n`;
    const lines = this.block.length;
    this.block = [];
    this.blockChars = 0;
    try {
      this.file ??= this.open();
      if (this.file.fd === undefined) throw new Error('the file is closed');
      writeSync(this.file.fd, text);
    } catch (e) {
      this.lost += lines;
      this.lostReason = `the temporary file for them failed: ${describe(e)}`;
    }
  }

  private open(): { dir: string; path: string; fd: number | undefined } {
    const dir = mkdtempSync(path.join(this.folder ?? tmpdir(), 'secure-dist-details-'));
    const file = path.join(dir, 'lines.txt');
    try {
      return { dir, path: file, fd: openSync(file, 'w', 0o600) };
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));
