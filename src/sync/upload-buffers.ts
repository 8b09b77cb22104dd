/**
 * Buffers that single-PUT uploads read their file into, given back and reused when the request
 * settles.
 *
 * With `readFile`, every upload allocated a buffer of its file's size and dropped it when sent.
 * An upload lasts long enough for its buffer to outlive two scavenges and reach the old
 * generation, where only a full collection frees it: at the end of a 10,000-file first publish,
 * 40–50 MB of such buffers waited for one beside the 48 MiB the uploads may hold
 * (`external` in the memory trace, BENCHMARKS.md "Memory per phase"). Reused, the bytes
 * uploads hold stay what ByteBudget lets them hold (budget.ts), plus the spares kept here.
 *
 * Buffers come in a few sizes (`bufferSizeFor`), one more byte than the file so that a file
 * that grew since the walk shows (the caller compares sizes).
 */
import { open } from 'node:fs/promises';

/** The smallest buffer handed out. */
export const MIN_BUFFER = 16 * 1024;

/** Past this, sizes go by whole multiples of it rather than by powers of two. */
export const LARGE_STEP = 1024 * 1024;

/**
 * The size a file of `size` bytes is read into, with room for one more byte: a power of two up
 * to LARGE_STEP, a multiple of LARGE_STEP past it (so a buffer is never more than 1 MiB, or
 * twice a small file, larger than its file).
 */
export function bufferSizeFor(size: number): number {
  if (size + 1 > LARGE_STEP) return Math.ceil((size + 1) / LARGE_STEP) * LARGE_STEP;
  let n = MIN_BUFFER;
  while (n < size + 1) n *= 2;
  return n;
}

export class UploadBuffers {
  private readonly spare = new Map<number, Buffer[]>();
  private kept = 0;
  /** Buffers allocated so far (for tests: reuse keeps it at what is in flight). */
  allocated = 0;

  /** At most `keepBytes` of spare buffers are kept between uploads. */
  constructor(readonly keepBytes: number) {}

  /**
   * Reads the file at `path` (expected `size` bytes) into a buffer and runs `fn` with its bytes;
   * the buffer is reused once `fn` settles, so `fn` must not keep the bytes past that. The bytes
   * may be more or fewer than `size` when the file changed since it was walked.
   */
  async withFile<T>(path: string, size: number, fn: (bytes: Buffer) => Promise<T>): Promise<T> {
    const buffer = this.take(bufferSizeFor(size));
    try {
      return await fn(await readInto(path, buffer));
    } finally {
      this.give(buffer);
    }
  }

  private take(length: number): Buffer {
    const spare = this.spare.get(length)?.pop();
    if (spare !== undefined) {
      this.kept -= spare.length;
      return spare;
    }
    this.allocated += 1;
    return Buffer.allocUnsafeSlow(length);
  }

  private give(buffer: Buffer): void {
    if (this.kept + buffer.length > this.keepBytes) return;
    const list = this.spare.get(buffer.length) ?? [];
    list.push(buffer);
    this.spare.set(buffer.length, list);
    this.kept += buffer.length;
  }
}

/** The file's bytes, read from its start into `buffer` (as many as fit). */
async function readInto(path: string, buffer: Buffer): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    let at = 0;
    while (at < buffer.length) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}
