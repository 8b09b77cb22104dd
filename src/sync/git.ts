/**
 * The git fast path: which files under `content-dir` git already knows the bytes of.
 *
 * On a runner the workspace is a git checkout, and the index holds every tracked file's blob
 * id (`git ls-files -s`). A tracked file that `git status` reports clean has exactly the bytes
 * of that blob, so a manifest entry recorded for the same blob id (and size) still describes it:
 * its MD5 and ETag need no read. Only files git vouches for are skipped; everything else is
 * hashed, as with `verify: full`.
 *
 * Git is trusted for a file only when all of these hold (else the file is hashed):
 * - a regular file (mode 100644/100755) at stage 0; not a symbolic link (its blob is the link
 *   text), a submodule, or a conflict;
 * - no `assume-unchanged` or `skip-worktree` bit (git status does not look at such files);
 * - no attribute that makes the working tree differ from the blob: `filter` (Git LFS pointers,
 *   clean/smudge), `text`/`eol` conversion, `ident`, `working-tree-encoding`
 *   (`git check-attr`); and `core.autocrlf` unset or false;
 * - `git status` (run with `core.trustctime=true`, `core.checkStat=default`,
 *   `core.fsmonitor=false`, `core.ignoreStat=false`) does not list it. Git compares size, mtime,
 *   ctime and inode, and re-reads "racily clean" files (mtime not before the index's own);
 * - and the file's stat data equals, to the nanosecond, what the index recorded when git last
 *   looked at its bytes (`git ls-files --debug`; the caller compares it with the walk's stat).
 *   Git itself compares ctime to the second only (nanoseconds need a USE_NSEC build): an edit
 *   that keeps size and mtime (`cp -p`, `touch -r`, an archive extract) within the second of
 *   the checkout would pass `git status`, but it moves ctime by nanoseconds, which no tool can
 *   set back. Files that differ are hashed.
 *
 * Any failure (no git, not a checkout, dubious ownership, an old git) turns the fast path off
 * for the run; the sync then hashes every file.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

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
}

export type GitStateResult =
  { readonly ok: true; readonly state: GitState } | { readonly ok: false; readonly reason: string };

/** Settings that make `git status` compare what it must, whatever the checkout's config says. */
const STATUS_CONFIG = [
  '-c',
  'core.trustctime=true',
  '-c',
  'core.checkStat=default',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.ignoreStat=false',
  '-c',
  'core.untrackedCache=false',
];

/** Attributes that make the working tree's bytes differ from the blob's. */
const BYTE_ATTRIBUTES = new Set(['filter', 'text', 'eol', 'ident', 'working-tree-encoding']);

function git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['--no-optional-locks', '--literal-pathspecs', ...STATUS_CONFIG, ...args],
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
  const top = (await git(dirReal, ['rev-parse', '--show-toplevel'])).trim();
  if (top === '') return { ok: false, reason: 'not a git checkout' };
  const topReal = await realpath(top);
  const rel = path.relative(topReal, dirReal).split(path.sep).join('/');
  if (rel.startsWith('..')) return { ok: false, reason: 'the folder is outside the checkout' };
  const autocrlf = await git(topReal, ['config', '--get', 'core.autocrlf']).catch(() => '');
  if (!['', 'false'].includes(autocrlf.trim().toLowerCase())) {
    return { ok: false, reason: `core.autocrlf is ${autocrlf.trim()}` };
  }
  const spec = rel === '' ? [] : ['--', rel];
  const [listed, status] = await Promise.all([
    git(topReal, ['ls-files', '-s', '-v', '--debug', '-z', ...spec]),
    git(topReal, [
      'status',
      '--porcelain=v2',
      '-z',
      '--untracked-files=no',
      '--ignore-submodules=all',
      ...spec,
    ]),
  ]);

  const changed = parseStatusPaths(status);
  const candidates = new Map<string, CleanFile>();
  let untrusted = 0;
  for (const e of parseIndexEntries(listed)) {
    if (e.tag !== 'H' || e.stage !== '0' || (e.mode !== '100644' && e.mode !== '100755')) {
      untrusted += 1;
      continue;
    }
    if (changed.has(e.path)) continue;
    candidates.set(e.path, { blob: e.blob, stamp: e.stamp });
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
  for (const [file, c] of candidates) clean.set(path.join(topReal, ...file.split('/')), c);
  return { ok: true, state: { clean, untrusted } };
}

export interface IndexEntry {
  readonly tag: string;
  readonly mode: string;
  readonly blob: string;
  readonly stage: string;
  readonly path: string;
  /** `ctime-sec:ctime-nsec:mtime-sec:mtime-nsec:inode:size`, as `statStamp` in local.ts. */
  readonly stamp: string;
}

/** Entries of `git ls-files -s -v --debug -z`: `<tag> <mode> <blob> <stage>\t<path>\0` then the stat lines. */
export function parseIndexEntries(out: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const re =
    /(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t([^\0]*)\0 {2}ctime: (\d+):(\d+)\n {2}mtime: (\d+):(\d+)\n {2}dev: \d+\tino: (\d+)\n {2}uid: \d+\tgid: \d+\n {2}size: (\d+)\tflags: [0-9a-f]+\n/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(out)) !== null) {
    end = re.lastIndex;
    const [, tag, mode, blob, stage, file, cs, cn, ms, mn, ino, size] = m;
    if (tag === undefined || mode === undefined || blob === undefined || stage === undefined)
      continue;
    entries.push({
      tag,
      mode,
      blob,
      stage,
      path: file ?? '',
      stamp: `${cs}:${cn}:${ms}:${mn}:${ino}:${size}`,
    });
  }
  if (end !== out.length) {
    throw new Error('unexpected output from git ls-files --debug');
  }
  return entries;
}

/** Paths `git status --porcelain=v2 -z` lists as changed (renames: both paths). */
export function parseStatusPaths(out: string): Set<string> {
  const paths = new Set<string>();
  const records = out.split('\0');
  for (let i = 0; i < records.length; i++) {
    const r = records[i] ?? '';
    if (r.startsWith('1 ')) paths.add(afterFields(r, 8));
    else if (r.startsWith('2 ')) {
      paths.add(afterFields(r, 9));
      paths.add(records[i + 1] ?? '');
      i += 1;
    } else if (r.startsWith('u ')) paths.add(afterFields(r, 10));
  }
  return paths;
}

/** The rest of a record after `n` space-separated fields (the path may contain spaces). */
function afterFields(record: string, n: number): string {
  let at = 0;
  for (let k = 0; k < n; k++) at = record.indexOf(' ', at) + 1;
  return record.slice(at);
}
