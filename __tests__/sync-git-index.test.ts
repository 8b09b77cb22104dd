/**
 * The index reader (src/sync/git-index.ts) against git itself: for every entry, what
 * `git ls-files -s -v --debug` prints from the same index, in index versions 2, 3 and 4, with
 * SHA-1 and SHA-256 object ids, flags, conflicts and non-ASCII paths.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  IndexFormatError,
  entryStamp,
  nanoseconds,
  notBefore,
  readIndex,
  visitIndex,
  type IndexEntryView,
} from '../src/sync/git-index.js';

/** An entry as the reader hands it over, copied out with its id and stamp in ls-files' terms. */
function entryOf(e: Readonly<IndexEntryView>, buf: Buffer, oidLength: number) {
  return {
    path: e.path,
    mode: e.mode,
    blob: buf.toString('hex', e.blobAt, e.blobAt + oidLength),
    stage: e.stage,
    flagged: e.flagged,
    stamp: entryStamp(e),
    mtime: [e.mtimeS, e.mtimeN],
  };
}

/** Every entry of the index in `buf`. */
function parseIndex(buf: Buffer, oidLength: 20 | 32): ReturnType<typeof entryOf>[] {
  const entries: ReturnType<typeof entryOf>[] = [];
  visitIndex(buf, oidLength, (e) => entries.push(entryOf(e, buf, oidLength)));
  return entries;
}

/** Every entry of the index file at `file`, with the file's mtime. */
async function readIndexFile(file: string, oidLength: 20 | 32) {
  const entries: ReturnType<typeof entryOf>[] = [];
  const mtime = await readIndex(file, oidLength, (e, buf) =>
    entries.push(entryOf(e, buf, oidLength)),
  );
  return { entries, mtime };
}

let work = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'git-index-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env, stdio: 'pipe' }).toString();

/** `git ls-files -s -v --debug -z`, parsed: the oracle. */
function lsFiles(repo: string): {
  tag: string;
  mode: number;
  blob: string;
  stage: number;
  path: string;
  stamp: string;
  mtime: [number, number];
}[] {
  const out = git(repo, 'ls-files', '-s', '-v', '--debug', '-z');
  const re =
    /(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t([^\0]*)\0 {2}ctime: (\d+):(\d+)\n {2}mtime: (\d+):(\d+)\n {2}dev: \d+\tino: (\d+)\n {2}uid: \d+\tgid: \d+\n {2}size: (\d+)\tflags: [0-9a-f]+\n/gy;
  const rows = [];
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(out)) !== null) {
    end = re.lastIndex;
    const [, tag = '', mode = '', blob = '', stage = '', file = '', cs, cn, ms, mn, ino, size] = m;
    rows.push({
      tag,
      mode: parseInt(mode, 8),
      blob,
      stage: Number(stage),
      path: file,
      stamp: `${BigInt(cs ?? '') * 1_000_000_000n + BigInt(cn ?? '')}:${BigInt(ms ?? '') * 1_000_000_000n + BigInt(mn ?? '')}:${ino}:${size}`,
      mtime: [Number(ms), Number(mn)] as [number, number],
    });
  }
  expect(end).toBe(out.length);
  return rows;
}

async function repoWith(name: string, format: 'sha1' | 'sha256'): Promise<string> {
  const repo = path.join(work, name);
  await mkdir(path.join(repo, 'site', 'ünï', 'deep', 'er'), { recursive: true });
  git(work, 'init', '-q', `--object-format=${format}`, repo);
  const files: Record<string, string> = {
    'site/a.txt': 'a',
    'site/ünï/é.html': '<p>é</p>',
    'site/ünï/deep/er/long-name-to-shorten-the-prefix-of-the-next-one.css': 'x{}',
    'site/ünï/deep/er/long-name-to-shorten.js': '1',
    'site/skip.txt': 's',
    'site/assumed.txt': 'u',
    'site/x.sh': '#!/bin/sh\n',
    README: 'r',
  };
  for (const [f, body] of Object.entries(files)) await writeFile(path.join(repo, f), body);
  execFileSync('chmod', ['+x', path.join(repo, 'site/x.sh')]);
  execFileSync('ln', ['-s', 'a.txt', path.join(repo, 'site/link')]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'one');
  git(repo, 'update-index', '--skip-worktree', 'site/skip.txt');
  git(repo, 'update-index', '--assume-unchanged', 'site/assumed.txt');
  await writeFile(path.join(repo, 'site/new.txt'), 'n');
  git(repo, 'add', '--intent-to-add', 'site/new.txt');
  return repo;
}

describe('git index reader', () => {
  for (const format of ['sha1', 'sha256'] as const) {
    for (const version of [2, 3, 4]) {
      it(`reads what git ls-files reads: index version ${version}, ${format}`, async () => {
        const repo = await repoWith(`r-${format}-${version}`, format);
        git(repo, 'update-index', '--index-version', String(version));
        const indexFile = path.join(repo, '.git', 'index');
        // Versions 2 cannot hold extended flags: git keeps such an index at 3.
        const written = (await readFile(indexFile)).readUInt32BE(4);
        expect(written).toBe(version === 2 ? 3 : version);
        const index = await readIndexFile(indexFile, format === 'sha1' ? 20 : 32);
        const { mtimeNs } = await stat(indexFile, { bigint: true });
        expect(BigInt(index.mtime[0]) * 1_000_000_000n + BigInt(index.mtime[1])).toBe(mtimeNs);
        const expected = lsFiles(repo);
        expect(index.entries.map((e) => e.path)).toEqual(expected.map((e) => e.path));
        for (const [i, e] of index.entries.entries()) {
          const o = expected[i];
          expect({
            mode: e.mode,
            blob: e.blob,
            stage: e.stage,
            stamp: e.stamp,
            mtime: e.mtime,
          }).toEqual({
            mode: o?.mode,
            blob: o?.blob,
            stage: o?.stage,
            stamp: o?.stamp,
            mtime: o?.mtime,
          });
          // ls-files -v: H plain, S skip-worktree, lower case assume-unchanged.
          const flagged = o?.tag !== 'H' || e.path === 'site/new.txt';
          expect([e.path, e.flagged]).toEqual([e.path, flagged]);
        }
        expect(index.entries.find((e) => e.path === 'site/link')?.mode).toBe(0o120000);
        expect(index.entries.find((e) => e.path === 'site/x.sh')?.mode).toBe(0o100755);
      });
    }
  }

  it('reads a version 2 index and the stages of a conflict', async () => {
    const repo = path.join(work, 'conflict');
    git(work, 'init', '-q', '-b', 'main', repo);
    await writeFile(path.join(repo, 'f.txt'), 'base\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'other');
    await writeFile(path.join(repo, 'f.txt'), 'other\n');
    git(repo, 'commit', '-q', '-am', 'other');
    git(repo, 'checkout', '-q', 'main');
    await writeFile(path.join(repo, 'f.txt'), 'main\n');
    git(repo, 'commit', '-q', '-am', 'main');
    expect(() => git(repo, 'merge', '-q', 'other')).toThrow();
    git(repo, 'update-index', '--index-version', '2');
    const buf = await readFile(path.join(repo, '.git', 'index'));
    expect(buf.readUInt32BE(4)).toBe(2);
    const entries = parseIndex(buf, 20);
    expect(entries.map((e) => [e.path, e.stage])).toEqual([
      ['f.txt', 1],
      ['f.txt', 2],
      ['f.txt', 3],
    ]);
    expect(entries.map((e) => e.blob)).toEqual(lsFiles(repo).map((e) => e.blob));
  });

  it('writes times as nanosecond counts and orders them', () => {
    expect(nanoseconds(1795951303, 96252939)).toBe('1795951303096252939');
    expect(nanoseconds(1795951303, 0)).toBe('1795951303000000000');
    expect(nanoseconds(0, 5)).toBe('5');
    expect(notBefore([10, 5], [10, 5])).toBe(true);
    expect(notBefore([10, 6], [10, 5])).toBe(true);
    expect(notBefore([11, 0], [10, 999_999_999])).toBe(true);
    expect(notBefore([10, 4], [10, 5])).toBe(false);
    expect(notBefore([9, 999_999_999], [10, 0])).toBe(false);
  });

  it('refuses what it cannot read: a split index, a bad checksum, another format', async () => {
    const repo = await repoWith('split', 'sha1');
    const indexFile = path.join(repo, '.git', 'index');
    const good = await readFile(indexFile);
    const bad = Buffer.from(good);
    bad[20] = (bad[20] ?? 0) ^ 1;
    expect(() => parseIndex(bad, 20)).toThrow(/checksum mismatch/);
    expect(() => parseIndex(Buffer.from('not an index at all, really'), 20)).toThrow(
      IndexFormatError,
    );
    git(repo, 'update-index', '--split-index');
    await expect(readIndexFile(indexFile, 20)).rejects.toThrow(/split index/);
  });
});
