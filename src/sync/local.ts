/**
 * The local side of a sync: the files under `content-dir`, as object keys.
 *
 * - Keys are relative paths with `/` on every OS, Unicode NFC (macOS writes NFD names).
 * - A symbolic link is followed only when it resolves inside `content-dir`: a pull request
 *   could otherwise point one at a credentials file on the runner. Links that resolve
 *   outside, dangling links and link loops are skipped with a warning.
 * - `exclude` globs match keys (relative to `content-dir`); a directory that matches is not
 *   entered. Keys under the reserved `.secure-dist/` prefix are refused.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

export const RESERVED_PREFIX = '.secure-dist/';

export interface LocalFile {
  readonly key: string;
  readonly absPath: string;
  readonly size: number;
}

export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

export interface WalkOptions {
  readonly exclude: readonly string[];
  readonly warn: (message: string) => void;
  /** Name of the input, for messages. */
  readonly inputName?: string;
}

export async function walkContentDir(root: string, opts: WalkOptions): Promise<LocalFile[]> {
  const input = opts.inputName ?? 'content-dir';
  let rootReal: string;
  try {
    rootReal = await fs.realpath(root);
  } catch {
    throw new ContentDirError(`\`${input}\`: the folder '${root}' does not exist`);
  }
  const rootStat = await fs.stat(rootReal);
  if (!rootStat.isDirectory()) throw new ContentDirError(`\`${input}\`: '${root}' is not a folder`);

  const excluded =
    opts.exclude.length > 0 ? picomatch([...opts.exclude], { dot: true }) : () => false;
  const isExcluded = (key: string, isDir: boolean): boolean =>
    excluded(key) || (isDir && excluded(`${key}/`));

  const files = new Map<string, LocalFile>();
  const visitedDirs = new Set<string>([rootReal]);

  const inside = (real: string): boolean =>
    real === rootReal ||
    real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);

  async function visit(dirAbs: string, prefix: string): Promise<void> {
    const entries = await fs.readdir(dirAbs, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dirAbs, entry.name);
      const key = prefix + entry.name.normalize('NFC');
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = abs;
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = await fs.realpath(abs);
        } catch {
          opts.warn(`skipped '${key}': the symbolic link is dangling or loops`);
          continue;
        }
        if (!inside(real)) {
          opts.warn(`skipped '${key}': the symbolic link points outside ${input}`);
          continue;
        }
        const st = await fs.stat(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
        target = real;
      }
      if (isExcluded(key, isDir)) continue;
      if (isDir) {
        const real = await fs.realpath(target);
        if (visitedDirs.has(real)) {
          opts.warn(`skipped '${key}/': a symbolic link leads back to a folder already published`);
          continue;
        }
        visitedDirs.add(real);
        await visit(target, `${key}/`);
        visitedDirs.delete(real);
      } else if (isFile) {
        if (key.startsWith(RESERVED_PREFIX)) {
          throw new ContentDirError(
            `\`${input}\`: '${key}' is under '${RESERVED_PREFIX}', which secure-dist-action keeps for its manifest; rename it or add it to \`exclude\``,
          );
        }
        const existing = files.get(key);
        if (existing !== undefined) {
          throw new ContentDirError(
            `\`${input}\`: '${path.relative(root, abs)}' and '${path.relative(root, existing.absPath)}' give the same key '${key}' after Unicode normalisation`,
          );
        }
        const st = await fs.stat(target);
        files.set(key, { key, absPath: target, size: st.size });
      }
      // Sockets, FIFOs and devices are not content.
    }
  }

  await visit(rootReal, '');
  return [...files.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
