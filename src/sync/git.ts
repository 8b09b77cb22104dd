/**
 * The git fast path: which files under `content-dir` git already knows the bytes of.
 *
 * On a runner the workspace is a git checkout, and the index holds every tracked file's blob
 * id beside the stat data the file had when git last read it. A tracked file whose stat data is
 * unchanged since has exactly the bytes of that blob, so a manifest entry recorded for the same
 * blob id (and size) still describes it: its MD5 and ETag need no read. Only files git vouches
 * for are skipped; everything else is hashed, as with `verify: full`.
 *
 * Git is trusted for a file only when all of these hold (else the file is hashed):
 * - a regular file (mode 100644/100755) at stage 0; not a symbolic link (its blob is the link
 *   text), a submodule, or a conflict;
 * - no `assume-unchanged` or `skip-worktree` bit (git keeps no current stat data for them);
 * - no attribute that makes the working tree differ from the blob: `filter` (Git LFS pointers,
 *   clean/smudge), `text`/`eol` conversion, `ident`, `working-tree-encoding`
 *   (`git check-attr`); and `core.autocrlf` unset or false;
 * - the file's stat data (ctime, mtime, inode, size) equals, to the nanosecond, what the index
 *   recorded when git last looked at its bytes (read from the index file itself, git-index.ts;
 *   the caller compares it with the walk's stat). Writing a file always moves its ctime, which
 *   no tool can set back, so an edit that keeps size and mtime (`cp -p`, `touch -r`, an archive
 *   extract) shows;
 * - and the file is not "racily clean": its recorded mtime is before the index file's own
 *   mtime. File times tick coarsely (a few milliseconds on Linux), so a file written in the
 *   tick git wrote the index in could be rewritten in that same tick with the same stat data.
 *   This is git's own racy-git rule (read-cache.c, `is_racy_timestamp` built with USE_NSEC).
 *   Such files (on a fresh checkout, those of its last tick) are read, as git would read them:
 *   the sync hashes them and takes their blob id in the same read, and they are git's when it
 *   equals the index's.
 *
 * This is the comparison `git status` makes (`ie_match_stat`), made here directly: `git status`
 * compares times to the second unless git was built with USE_NSEC, so on a fresh clone it
 * re-reads every file written in the checkout's last second (0.8 s of SHA-1 for the 10,000-file
 * benchmark) to say what the stat data already says. Files with a changed stat, untracked
 * files and racy files are simply hashed by the sync.
 *
 * Any failure (no git, not a checkout, dubious ownership, an old git, a split index) turns the
 * fast path off for the run; the sync then hashes every file.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  entryStamp,
  notBefore,
  readIndex,
  type IndexEntryView,
  type StatData,
} from './git-index.js';
import type { GitHash } from './hash.js';

export interface GitState {
  /**
   * The blob id git vouches for at this absolute real path, when the file's stat data now
   * (`statStamp` in local.ts) is what the index recorded; undefined when git cannot vouch for it
   * (untracked, changed since, racily clean, or not a plain file as committed).
   */
  blobOf(absPath: string, stamp: string | undefined): string | undefined;
  /**
   * A tracked file written in the tick of the index or later (racily clean): the sync hashes it,
   * taking its blob id in the same read, and it counts as git's only when it equals the index's.
   */
  isRacy(absPath: string): boolean;
  /** How many files are racily clean (for the log). */
  readonly racyCount: number;
  /** The absolute real paths git vouches for by stat data (`clean`) or only by bytes (`racy`): tests. */
  paths(kind: 'clean' | 'racy'): string[];
  /** Tracked regular files under the folder that git cannot vouch for (counted for the log). */
  readonly untrusted: number;
  /** The repository's object hash (`git rev-parse --show-object-format`). */
  readonly hash: GitHash;
}

export type GitStateResult =
  { readonly ok: true; readonly state: GitState } | { readonly ok: false; readonly reason: string };

/** Attributes that make the working tree's bytes differ from the blob's. */
const BYTE_ATTRIBUTES = new Set(['filter', 'text', 'eol', 'ident', 'working-tree-encoding']);

function git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['--no-optional-locks', '--literal-pathspecs', ...args],
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args[0] ?? ''}: ${stderr.trim() || err.message}`));
        else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/**
 * Whether git keeps a file's bytes as they are between the working tree and the blob, given
 * its attributes (`git check-attr` values: `set`, `unset`, `unspecified` or a string).
 *
 * `filter` (LFS, clean/smudge), `ident` and `working-tree-encoding` change the bytes. `text`
 * (set or `auto`) and `eol` convert line endings: git's clean step turns CRLF into LF, so a file
 * rewritten with CRLF endings can look clean to git while its bytes differ from the blob. Such
 * files are hashed. With `-text` (text unset) git converts nothing, whatever `eol` says: the
 * `eol` attribute "always has an effect unless the file is explicitly set as -text, or the file
 * is set as text=auto and the file is detected as binary" (git commit 8c591db, "docs: correct
 * documentation about eol attribute"). So `* text=auto eol=lf` followed by `content/** -text`
 * gives the content folder the fast path. (text=auto on a binary file is still hashed: git
 * decides "binary" from the bytes, which we do not read.)
 */
export function bytesAsCommitted(values: ReadonlyMap<string, string>): boolean {
  const given = (name: string): boolean => {
    const v = values.get(name) ?? 'unspecified';
    return v !== 'unspecified' && v !== 'unset';
  };
  if (given('filter') || given('ident') || given('working-tree-encoding')) return false;
  if (values.get('text') === 'unset') return true;
  return !given('text') && !given('eol');
}

/**
 * False when no folder from `dir` up holds a `.git` entry and git is not pointed elsewhere
 * (`GIT_DIR`): then git would find no repository, and is not asked. Two `git` processes cost
 * ≈ 20 ms of the main thread to learn what a stat per folder says (a profile of a no-op sync of
 * 1,063 files outside a checkout, issue 24). Anything else is left to git.
 */
function mayBeInCheckout(dir: string): boolean {
  if (process.env.GIT_DIR !== undefined) return true;
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

/** Reads what git knows about the files under `dir` (a real path). Never throws. */
export async function readGitState(dir: string): Promise<GitStateResult> {
  try {
    return await readGitStateOrThrow(dir);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) };
  }
}

async function readGitStateOrThrow(dir: string): Promise<GitStateResult> {
  const dirReal = await realpath(dir);
  if (!mayBeInCheckout(dirReal)) return { ok: false, reason: 'not a git checkout' };
  // One process: the top of the checkout, the index file (relative to `dirReal`, with
  // `GIT_INDEX_FILE` and worktrees taken into account) and the object hash; with `core.autocrlf`
  // asked for meanwhile.
  const [revParse, autocrlf] = await Promise.all([
    git(dirReal, ['rev-parse', '--show-toplevel', '--git-path', 'index', '--show-object-format']),
    git(dirReal, ['config', '--get', 'core.autocrlf']).catch(() => ''),
  ]);
  const [top = '', indexRel = '', objectFormat = ''] = revParse.split('\n');
  if (top === '') return { ok: false, reason: 'not a git checkout' };
  if (!['', 'false'].includes(autocrlf.trim().toLowerCase())) {
    return { ok: false, reason: `core.autocrlf is ${autocrlf.trim()}` };
  }
  if (objectFormat !== 'sha1' && objectFormat !== 'sha256') {
    return { ok: false, reason: `object format '${objectFormat}'` };
  }
  const hash: GitHash = objectFormat;
  const topReal = await realpath(top);
  const rel = path.relative(topReal, dirReal).split(path.sep).join('/');
  if (rel.startsWith('..')) return { ok: false, reason: 'the folder is outside the checkout' };
  const under = rel === '' ? '' : `${rel}/`;
  // The files git may vouch for, held compactly (issue 24: at 100,000 files a map of entry
  // objects with hex ids and stamp strings keyed by absolute path kept ≈ 290 B a file, and
  // building it from an array of entry objects left ≈ 1 kB of garbage a file): a path (relative
  // to the checkout) → its position in arrays of object ids and stat data.
  const oidLength = hash === 'sha1' ? 20 : 32;
  const files = new IndexTable(oidLength);
  let untrusted = 0;
  // The index's own mtime dates its entries (racy-git), read from the same open file.
  const indexMtime = await readIndex(path.resolve(dirReal, indexRel), oidLength, (e, buf) => {
    if (!e.path.startsWith(under)) return;
    if (e.flagged || e.stage !== 0 || (e.mode !== 0o100644 && e.mode !== 0o100755)) {
      untrusted += 1;
      return;
    }
    files.add(e, buf);
  });

  // Attributes that change the bytes between the blob and the working tree.
  if (files.size > 0) {
    // `--all` prints only the attributes a file has (none, for most files), instead of one
    // record per file and attribute: a tenth of the output to hold and split at 10,000 files.
    const attrs = await git(
      topReal,
      ['check-attr', '--all', '-z', '--stdin'],
      `${files.paths().join('\0')}\0`,
    );
    const fields = attrs.split('\0');
    const byFile = new Map<string, Map<string, string>>();
    for (let i = 0; i + 2 < fields.length; i += 3) {
      const file = fields[i] ?? '';
      const attr = fields[i + 1] ?? '';
      if (!BYTE_ATTRIBUTES.has(attr)) continue;
      const values = byFile.get(file) ?? new Map<string, string>();
      values.set(attr, fields[i + 2] ?? '');
      byFile.set(file, values);
    }
    for (const [file, values] of byFile) {
      if (!bytesAsCommitted(values) && files.drop(file)) untrusted += 1;
    }
  }
  const base = topReal.endsWith(path.sep) ? topReal : topReal + path.sep;
  return { ok: true, state: new IndexState(files, base, indexMtime, untrusted, hash) };
}

/** Fields of stat data kept per file: ctime s, ns, mtime s, ns, inode, size. */
const STAT_FIELDS = 6;

/** The index entries git may vouch for: paths → positions in flat arrays (see readGitStateOrThrow). */
class IndexTable {
  private readonly at = new Map<string, number>();
  private blobs = Buffer.alloc(0);
  private stats = new Uint32Array(0);
  private count = 0;

  constructor(readonly oidLength: number) {}

  get size(): number {
    return this.at.size;
  }

  add(e: Readonly<IndexEntryView>, buf: Buffer): void {
    const i = this.count++;
    if ((i + 1) * this.oidLength > this.blobs.length) {
      const room = Math.max(1024, i * 2);
      const blobs = Buffer.alloc(room * this.oidLength);
      this.blobs.copy(blobs);
      this.blobs = blobs;
      const stats = new Uint32Array(room * STAT_FIELDS);
      stats.set(this.stats);
      this.stats = stats;
    }
    buf.copy(this.blobs, i * this.oidLength, e.blobAt, e.blobAt + this.oidLength);
    const s = i * STAT_FIELDS;
    this.stats[s] = e.ctimeS;
    this.stats[s + 1] = e.ctimeN;
    this.stats[s + 2] = e.mtimeS;
    this.stats[s + 3] = e.mtimeN;
    this.stats[s + 4] = e.ino;
    this.stats[s + 5] = e.size;
    this.at.set(e.path, i);
  }

  /** Forgets a path (git cannot vouch for it after all); true when it was there. */
  drop(file: string): boolean {
    return this.at.delete(file);
  }

  paths(): string[] {
    return [...this.at.keys()];
  }

  /** The position of `file`, or undefined. */
  find(file: string): number | undefined {
    return this.at.get(file);
  }

  entries(): IterableIterator<[string, number]> {
    return this.at.entries();
  }

  blob(i: number): string {
    return this.blobs.toString('hex', i * this.oidLength, (i + 1) * this.oidLength);
  }

  stat(i: number): StatData {
    const s = this.stats.subarray(i * STAT_FIELDS, (i + 1) * STAT_FIELDS);
    return {
      ctimeS: s[0] ?? 0,
      ctimeN: s[1] ?? 0,
      mtimeS: s[2] ?? 0,
      mtimeN: s[3] ?? 0,
      ino: s[4] ?? 0,
      size: s[5] ?? 0,
    };
  }
}

/** GitState over an IndexTable: lookups by absolute real path (see GitState). */
class IndexState implements GitState {
  readonly racyCount: number;

  constructor(
    private readonly files: IndexTable,
    /** The checkout's real path, ending in a separator. */
    private readonly base: string,
    private readonly indexMtime: readonly [number, number],
    readonly untrusted: number,
    readonly hash: GitHash,
  ) {
    let racy = 0;
    for (const [, i] of files.entries()) if (this.racyAt(i)) racy += 1;
    this.racyCount = racy;
  }

  blobOf(absPath: string, stamp: string | undefined): string | undefined {
    const i = this.position(absPath);
    if (i === undefined) return undefined;
    const stat = this.files.stat(i);
    return this.racy(stat) || stamp !== entryStamp(stat) ? undefined : this.files.blob(i);
  }

  isRacy(absPath: string): boolean {
    const i = this.position(absPath);
    return i !== undefined && this.racyAt(i);
  }

  paths(kind: 'clean' | 'racy'): string[] {
    const out: string[] = [];
    for (const [file, i] of this.files.entries()) {
      if (this.racyAt(i) === (kind === 'racy'))
        out.push(this.base + file.split('/').join(path.sep));
    }
    return out;
  }

  /** Written in the tick of the index or later: git's own racy-git rule (module comment). */
  private racy({ mtimeS, mtimeN }: StatData): boolean {
    return notBefore([mtimeS, mtimeN], this.indexMtime);
  }

  private racyAt(i: number): boolean {
    return this.racy(this.files.stat(i));
  }

  private position(absPath: string): number | undefined {
    if (!absPath.startsWith(this.base)) return undefined;
    const rel = absPath.slice(this.base.length);
    return this.files.find(path.sep === '/' ? rel : rel.split(path.sep).join('/'));
  }
}
