/**
 * The local side of a sync: the files under `content-dir`, as object keys.
 *
 * - `content-dir` itself must be a real folder inside the real workspace, reached without a
 *   symbolic link in any component: `content -> .` would publish `.git/config`, a link to
 *   `~/.aws` the runner's credentials (see `checkContentDir`).
 * - Keys are relative paths with `/` on every OS, Unicode NFC (macOS writes NFD names). A name
 *   with a control character (U+0000–U+001F, U+007F) is refused: it could inject a runner
 *   command into a log line, and the edge answers 400 for such a URI anyway. So is a name with
 *   a bidirectional embedding, override or isolate character (U+202A–U+202E, U+2066–U+2069):
 *   `invoice` U+202E `fdp.exe` would show as `invoiceexe.pdf` in a listing, a browser's address
 *   bar and a terminal.
 * - A `.git` entry, folder or file, at any depth is never published: a nested checkout's
 *   `.git/config` holds the job's token unless `persist-credentials: false`, and a submodule's
 *   or worktree's `.git` file names where its repository lives. Each is skipped with a warning
 *   naming it (`onGitSkipped` too, for the sync's report). Git itself treats the name without
 *   regard to case on case-insensitive file systems, so `.GIT` is skipped as well.
 * - A symbolic link is followed only when it resolves inside `content-dir`: a pull request
 *   could otherwise point one at a credentials file on the runner. Links that resolve
 *   outside, dangling links and link loops are skipped with a warning.
 * - `exclude` globs (src/sync/glob.ts) match keys; a directory that matches is not entered.
 *   Behind a symbolic link, the path the link leads to (relative to `content-dir`) is checked
 *   too, so `public/cfg -> ../secret.env` is not published when `*.env` is excluded.
 * - Keys under the reserved `.secure-dist/` prefix are refused, and so are keys under
 *   `_previews/` (PREVIEWS_PREFIX): the pull requests' previews live there (docs/previews.md),
 *   and under `_secure-dist/` (OWN_PAGES_PREFIX): the pages secure-dist publishes itself
 *   (not-found-page.ts).
 */
import { lstatSync, promises as fs, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { bidiControlIn, escapeForLog, hasControlCharacter } from '../report/escape.js';
import { PREVIEWS_PREFIX } from '../site/model.js';
import { compileGlobs, type KeyMatcher } from './glob.js';

export const RESERVED_PREFIX = '.secure-dist/';
/** The page CloudFront answers missing keys with, when the content has it at its root. */
export const NOT_FOUND_PAGE_KEY = '404.html';
/**
 * The prefix of the pages secure-dist publishes itself, which viewers may fetch (unlike
 * RESERVED_PREFIX, denied to CloudFront): never content, never listed, kept or deleted by the
 * site's sync (index.ts).
 */
export const OWN_PAGES_PREFIX = '_secure-dist/';
/** The 404 page secure-dist publishes when the content has none (`edge: function`, not-found-page.ts). */
export const OWN_NOT_FOUND_PAGE_KEY = `${OWN_PAGES_PREFIX}404.html`;

/** The prefixes content may not use (walkContentDir refuses them): what each is kept for. */
const RESERVED_FOR = [
  { prefix: RESERVED_PREFIX, what: 'its manifest', rename: 'it' },
  {
    prefix: PREVIEWS_PREFIX,
    what: "the pull requests' previews (docs/previews.md)",
    rename: 'the folder',
  },
  {
    prefix: OWN_PAGES_PREFIX,
    what: 'the pages it publishes itself (its 404 page)',
    rename: 'the folder',
  },
] as const;

export interface LocalFile {
  readonly key: string;
  readonly absPath: string;
  readonly size: number;
  /** ctime, mtime, inode and size as git's index records them (see `statStamp`), for the git fast path. */
  readonly stamp?: string;
}

/**
 * A file's stat data as git's index records it, in one string:
 * `ctime-ns:mtime-ns:inode:size` (times in nanoseconds since the epoch; inode and size truncated
 * to 32 bits, as the index stores them). Equal stamps mean the file was not written since git
 * looked at it: a write always moves ctime, which no tool can set back. `entryStamp` in
 * git-index.ts writes the same form from an index entry.
 */
export function statStamp(st: {
  ctimeNs: bigint;
  mtimeNs: bigint;
  ino: bigint;
  size: bigint;
}): string {
  // Joined, not a template literal: V8 keeps a template's result as a tree of its pieces (a
  // "cons string", ≈ 400 B here) until something flattens it, and the walk holds one stamp per
  // file; `join` writes one flat string (≈ 80 B). Measured on Node 24, issue 24.
  return [st.ctimeNs, st.mtimeNs, st.ino & LOW32, st.size & LOW32].join(':');
}

const LOW32 = 0xffffffffn;

export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

export interface WalkOptions {
  readonly exclude: readonly string[];
  readonly warn: (message: string) => void;
  /** Name of the input, for messages. */
  readonly inputName?: string;
  /** When given, `content-dir` must lie inside it with no symbolic link on the way (`checkContentDir`). */
  readonly workspace?: string | undefined;
  /** Told each `.git` entry the walk skips (besides the warning), by its key (`vendor/lib/.git`). */
  readonly onGitSkipped?: (key: string) => void;
}

/** The name git keeps a repository (folder) or a pointer to one (file) under. */
const GIT_ENTRY = '.git';

/**
 * True when a key, or a folder on its way, is a `.git` entry (any case): such a path is never
 * published (see the module comment), and an object at such a key was published by mistake.
 */
export function isGitPath(key: string): boolean {
  return key.split('/').some((segment) => segment.toLowerCase() === GIT_ENTRY);
}

const q = (s: string): string => `'${escapeForLog(s)}'`;

/**
 * Refuses a `content-dir` whose real path is not inside the real workspace, or that has a
 * symbolic link in any component below the workspace (the folder included). Returns its real path.
 */
export async function checkContentDir(
  contentDir: string,
  workspace: string,
  input = 'content-dir',
): Promise<string> {
  const wsReal = await fs.realpath(workspace);
  let real: string;
  try {
    real = await fs.realpath(contentDir);
  } catch {
    throw new ContentDirError(`\`${input}\`: the folder ${q(contentDir)} does not exist`);
  }
  if (!isInside(real, wsReal)) {
    throw new ContentDirError(
      `\`${input}\`: ${q(contentDir)} is ${q(real)}, outside the workspace ${q(wsReal)}: only a folder of the checkout can be published`,
    );
  }
  const rel = path.relative(path.resolve(workspace), path.resolve(contentDir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ContentDirError(
      `\`${input}\`: ${q(contentDir)} is not inside the workspace ${q(workspace)}`,
    );
  }
  let current = path.resolve(workspace);
  for (const part of rel === '' ? [] : rel.split(path.sep)) {
    current = path.join(current, part);
    if ((await fs.lstat(current)).isSymbolicLink()) {
      throw new ContentDirError(
        `\`${input}\`: ${q(path.relative(workspace, current))} is a symbolic link: content-dir must be a real folder of the checkout, not a link to one`,
      );
    }
  }
  // `content-dir: .` (or any folder holding a checkout's `.git`) would publish the repository's
  // history and its config, where actions/checkout keeps the token unless
  // `persist-credentials: false`: publish a subfolder instead.
  if (await exists(path.join(real, '.git'))) {
    throw new ContentDirError(
      `\`${input}\`: ${q(contentDir)} holds a .git entry (the checkout's history and config): publish a subfolder of the repository, not the repository itself`,
    );
  }
  return real;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

function isInside(real: string, rootReal: string): boolean {
  return (
    real === rootReal ||
    real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep)
  );
}

/** `a/b/c` excluded as a file (or folder), or through one of its folders `a`, `a/b`. */
function excludedPath(excluded: KeyMatcher, key: string, isDir: boolean): boolean {
  const parts = key.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (excluded(dir) || excluded(`${dir}/`)) return true;
  }
  return excluded(key) || (isDir && excluded(`${key}/`));
}

/** A real path below `rootReal` as a key (`/`-separated, NFC). */
const keyOf = (rootReal: string, real: string): string =>
  path.relative(rootReal, real).split(path.sep).join('/').normalize('NFC');

export async function walkContentDir(root: string, opts: WalkOptions): Promise<LocalFile[]> {
  const input = opts.inputName ?? 'content-dir';
  if (opts.workspace !== undefined) await checkContentDir(root, opts.workspace, input);
  let rootReal: string;
  try {
    rootReal = await fs.realpath(root);
  } catch {
    throw new ContentDirError(`\`${input}\`: the folder ${q(root)} does not exist`);
  }
  const rootStat = await fs.stat(rootReal);
  if (!rootStat.isDirectory())
    throw new ContentDirError(`\`${input}\`: ${q(root)} is not a folder`);

  const excluded = compileGlobs(opts.exclude);
  const files = new Map<string, LocalFile>();

  /**
   * `realPrefix`: where `dirAbs` really is, as a key prefix (differs from `prefix` behind a
   * link); `chain`: the real paths of this folder and the folders above, to stop a link that
   * leads back.
   * Folders are read and files stat'ed synchronously: for 10,000 files in a fresh process,
   * `statSync` took 0.17 s, promises one after the other 0.5 s and all at once 0.4 s (each a
   * promise, a thread-pool round trip and a BigInt stat object, measured on Node 24). Between
   * folders the walk yields, so that what the sync asked for meanwhile (git, the manifest) is
   * taken in as it arrives.
   */
  async function visit(
    dirAbs: string,
    prefix: string,
    realPrefix: string,
    chain: ReadonlySet<string>,
  ): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const entries = readdirSync(dirAbs, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dirAbs, entry.name);
      const key = prefix + entry.name.normalize('NFC');
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = abs;
      let realKey = realPrefix + entry.name.normalize('NFC');
      const link = entry.isSymbolicLink();
      if (link) {
        let real: string;
        try {
          real = await fs.realpath(abs);
        } catch {
          opts.warn(`skipped ${q(key)}: the symbolic link is dangling or loops`);
          continue;
        }
        if (!isInside(real, rootReal)) {
          opts.warn(`skipped ${q(key)}: the symbolic link points outside ${input}`);
          continue;
        }
        const st = await fs.stat(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
        target = real;
        realKey = keyOf(rootReal, real);
      }
      // The key, and the path it really reads from, must both pass `exclude`. The folders
      // above `key` passed when they were visited; a link's target is checked whole.
      if (excluded(key) || (isDir && excluded(`${key}/`))) continue;
      if (realKey !== key && excludedPath(excluded, realKey, isDir)) continue;
      // A `.git` entry, or a link that leads into one (`docs/cfg -> ../vendor/.git/config`).
      if (entry.name.toLowerCase() === GIT_ENTRY || isGitPath(realKey)) {
        opts.warn(
          `skipped ${q(key)}: ${entry.name.toLowerCase() === GIT_ENTRY ? 'a' : 'the symbolic link leads into a'} git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)`,
        );
        opts.onGitSkipped?.(key);
        continue;
      }
      if (hasControlCharacter(key)) {
        throw new ContentDirError(
          `\`${input}\`: ${q(key)} has a control character in its name: rename it or add it to \`exclude\` (S3 keys and URLs with control characters are refused)`,
        );
      }
      const bidi = bidiControlIn(key);
      if (bidi !== undefined) {
        throw new ContentDirError(
          `\`${input}\`: ${q(key)} has a bidirectional-override character (${bidi}) in its name, which makes it display in another order than it is: rename it or add it to \`exclude\``,
        );
      }
      if (isDir) {
        // Below a real folder, a folder that is not a link is its own real path.
        const real = link ? target : abs;
        if (chain.has(real)) {
          opts.warn(
            `skipped ${q(`${key}/`)}: a symbolic link leads back to a folder already published`,
          );
          continue;
        }
        const below = new Set(chain).add(real);
        await visit(target, `${key}/`, realKey === '' ? '' : `${realKey}/`, below);
      } else if (isFile) {
        const reserved = RESERVED_FOR.find((r) => key.startsWith(r.prefix));
        if (reserved !== undefined) {
          throw new ContentDirError(
            `\`${input}\`: ${q(key)} is under '${reserved.prefix}', which secure-dist-action keeps for ${reserved.what}; rename ${reserved.rename} or add it to \`exclude\``,
          );
        }
        const existing = files.get(key);
        if (existing !== undefined) {
          throw new ContentDirError(
            `\`${input}\`: ${q(path.relative(root, abs))} and ${q(path.relative(root, existing.absPath))} give the same key ${q(key)} after Unicode normalisation`,
          );
        }
        const st = statSync(target, { bigint: true });
        files.set(key, { key, absPath: target, size: Number(st.size), stamp: statStamp(st) });
      }
      // Sockets, FIFOs and devices are not content.
    }
  }

  await visit(rootReal, '', '', new Set([rootReal]));
  return [...files.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * True when the published content has a root `404.html`, by the walk's rules: not excluded
 * (by its name or, for a link, by where it leads), a file, and a link only when it stays inside
 * `content-dir` and does not lead into a `.git` entry. A missing or unreadable `content-dir` has none (the sync reports that).
 * Synchronous: synth renders without I/O of its own otherwise.
 */
export function hasNotFoundPage(contentDir: string, exclude: readonly string[]): boolean {
  const excluded = compileGlobs(exclude);
  if (excludedPath(excluded, NOT_FOUND_PAGE_KEY, false)) return false;
  try {
    const rootReal = realpathSync(contentDir);
    const abs = path.join(rootReal, NOT_FOUND_PAGE_KEY);
    if (lstatSync(abs).isSymbolicLink()) {
      const real = realpathSync(abs);
      if (!isInside(real, rootReal)) return false;
      const realKey = keyOf(rootReal, real);
      if (excludedPath(excluded, realKey, false) || isGitPath(realKey)) return false;
    }
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}
