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
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { notBefore, readIndexFile } from './git-index.js';
import type { GitHash } from './hash.js';

export interface CleanFile {
  readonly blob: string;
  /** The stat data the index holds for the file (`statStamp` in local.ts). */
  readonly stamp: string;
}

export interface GitState {
  /** Absolute real path of a file → its blob id and index stat data, for the files git vouches for. */
  readonly clean: ReadonlyMap<string, CleanFile>;
  /** Tracked regular files under the folder that git cannot vouch for (counted for the log). */
  readonly untrusted: number;
  /**
   * Absolute real paths of the tracked files written in the tick of the index or later (racily
   * clean): the sync hashes them, taking their blob id in the same read, and they count as
   * git's only when it equals the index's.
   */
  readonly racy: ReadonlySet<string>;
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
  // The index's own mtime dates its entries (racy-git), read from the same open file.
  const index = await readIndexFile(path.resolve(dirReal, indexRel), hash === 'sha1' ? 20 : 32);

  const candidates = new Map<string, CleanFile>();
  const racyFiles = new Set<string>();
  let untrusted = 0;
  for (const e of index.entries) {
    if (!e.path.startsWith(under)) continue;
    if (e.flagged || e.stage !== 0 || (e.mode !== 0o100644 && e.mode !== 0o100755)) {
      untrusted += 1;
      continue;
    }
    candidates.set(e.path, { blob: e.blob, stamp: e.stamp });
    if (notBefore(e.mtime, index.mtime)) racyFiles.add(e.path);
  }

  // Attributes that change the bytes between the blob and the working tree.
  if (candidates.size > 0) {
    // `--all` prints only the attributes a file has (none, for most files), instead of one
    // record per file and attribute: a tenth of the output to hold and split at 10,000 files.
    const attrs = await git(
      topReal,
      ['check-attr', '--all', '-z', '--stdin'],
      [...candidates.keys()].map((f) => `${f}\0`).join(''),
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
      if (!bytesAsCommitted(values) && candidates.delete(file)) untrusted += 1;
    }
  }

  const clean = new Map<string, CleanFile>();
  const racy = new Set<string>();
  const base = topReal.endsWith(path.sep) ? topReal : topReal + path.sep;
  for (const [file, c] of candidates) {
    const abs = base + (path.sep === '/' ? file : file.split('/').join(path.sep));
    if (racyFiles.has(file)) racy.add(abs);
    else clean.set(abs, c);
  }
  return { ok: true, state: { clean, untrusted, racy, hash } };
}
