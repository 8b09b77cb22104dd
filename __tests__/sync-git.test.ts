/**
 * The git fast path (src/sync/git.ts) against a real S3 server on loopback: fresh `git clone`s
 * as on a runner, committed and uncommitted edits, edits that keep size and mtime, untracked
 * files, attributes that make git's bytes differ from the working tree's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { bytesAsCommitted, readGitState } from '../src/sync/git.js';
import { runSync, type SyncOptions } from '../src/sync/index.js';
import { parseManifest } from '../src/sync/manifest-read.js';
import { MANIFEST_KEY } from '../src/sync/plan.js';
import { createS3Client, listObjects } from '../src/sync/s3.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';
import { syncOptions } from './helpers/sync-options.js';

let server: S3Server;
let restoreEnv: () => void;
let client: S3Client;
let work: string;

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  client = createS3Client({ region: 'eu-central-1', maxAttempts: 2 });
  work = await mkdtemp(path.join(tmpdir(), 'sync-git-'));
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });

let counter = 0;
async function writeTree(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [key, body] of files) {
    const file = path.join(root, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
}

/** A repository whose `site/` folder holds `files`, committed; returns its path. */
async function makeRepo(
  files: ReadonlyMap<string, string>,
  extra?: (repo: string) => Promise<void>,
): Promise<string> {
  counter += 1;
  const repo = path.join(work, `origin-${counter}`);
  await mkdir(path.join(repo, 'site'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  await writeTree(path.join(repo, 'site'), files);
  await writeFile(path.join(repo, 'README'), 'repo\n');
  if (extra !== undefined) await extra(repo);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');
  return repo;
}

/**
 * A fresh clone, as actions/checkout makes one; returns its `site/` folder. A clone this small
 * is written in the tick of its index, so every file is racily clean (src/sync/git.ts).
 */
function cloneOf(repo: string): string {
  counter += 1;
  const dest = path.join(work, `clone-${counter}`);
  git(work, 'clone', '-q', repo, dest);
  return path.join(dest, 'site');
}

/**
 * The clone's index refreshed a tick later, as any later git command that may write it does
 * (`git status`, `git update-index --refresh`): none of its files is racily clean any more, as
 * most files of a checkout larger than a tick's worth are not.
 */
async function refreshed(site: string): Promise<string> {
  const index = path.join(path.dirname(site), '.git', 'index');
  const before = (await stat(index, { bigint: true })).mtimeNs;
  await new Promise((r) => setTimeout(r, 20));
  git(path.dirname(site), 'update-index', '-q', '--refresh');
  expect((await stat(index, { bigint: true })).mtimeNs).toBeGreaterThan(before);
  return site;
}

function options(
  bucket: string,
  contentDir: string,
  extra: Partial<SyncOptions> = {},
): SyncOptions & { info: string[] } {
  const info: string[] = [];
  const log = { info: (m: string) => info.push(m), warn: () => undefined };
  return { ...syncOptions(client, bucket, contentDir, { log, ...extra }), info };
}

async function bucketContents(bucket: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const o of await listObjects(client, bucket)) {
    if (o.key === MANIFEST_KEY) continue;
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: o.key }));
    out[o.key] = (await res.Body?.transformToString('utf-8')) ?? '';
  }
  return out;
}

/** Every file's mtime set to a whole second two days ago, then the index refreshed: no racy entries. */
async function settle(siteDir: string, keys: Iterable<string>): Promise<void> {
  const old = Math.floor(Date.now() / 1000) - 2 * 86_400;
  for (const key of keys) await utimes(path.join(siteDir, ...key.split('/')), old, old);
  git(path.dirname(siteDir), 'update-index', '-q', '--refresh');
}

/** Same size, different bytes, same mtime: only ctime (and the bytes) tell. */
async function sneakyEdit(file: string): Promise<void> {
  const before = await stat(file, { bigint: true });
  const bytes = await readFile(file);
  bytes[0] = bytes[0] === 0x61 ? 0x62 : 0x61;
  await writeFile(file, bytes);
  const ns = 1_000_000_000n;
  const at = `@${before.mtimeNs / ns}.${String(before.mtimeNs % ns).padStart(9, '0')}`;
  execFileSync('touch', ['-m', '-d', at, file]);
  const after = await stat(file, { bigint: true });
  expect(after.mtimeNs).toBe(before.mtimeNs);
  expect(after.size).toBe(before.size);
}

describe('git fast path', () => {
  it('reads no file of a fresh clone whose blobs the manifest knows; verify: full reads all', async () => {
    const files = new Map([
      ['index.html', '<h1>home</h1>'],
      ['docs/a b.txt', 'spaces'],
      ['css/site.css', 'body{}'],
    ]);
    const repo = await makeRepo(files);
    const bucket = await createBucket(client, 'git');
    const first = await runSync(options(bucket, cloneOf(repo)));
    expect(first.uploaded).toHaveLength(3);
    expect(first.hashed).toBe(3);
    const manifest = parseManifest(
      await (
        await client.send(new GetObjectCommand({ Bucket: bucket, Key: MANIFEST_KEY }))
      ).Body?.transformToString('utf-8'),
    );
    // Racily clean files (all of them, in a clone this small): read, their blob id taken.
    const blob = git(repo, 'rev-parse', 'HEAD:site/index.html').trim();
    expect(manifest?.objects['index.html']?.blob).toBe(blob);

    const second = await runSync(options(bucket, await refreshed(cloneOf(repo))));
    expect(second.uploaded).toEqual([]);
    expect(second.hashed).toBe(0);
    expect(second.unchanged).toBe(3);

    const fullOpts = options(bucket, await refreshed(cloneOf(repo)), { verify: 'full' });
    const full = await runSync(fullOpts);
    expect(full.uploaded).toEqual([]);
    expect(full.hashed).toBe(3);
    expect(fullOpts.info.join('\n')).toMatch(/verify: full/);
  });

  it('learns blob ids on a run where nothing changed (manifest from an older version)', async () => {
    const repo = await makeRepo(new Map([['a.txt', 'a']]));
    const bucket = await createBucket(client, 'git');
    await runSync(options(bucket, cloneOf(repo), { verify: 'full' }));
    // An older manifest: no blob ids.
    const older = await runSync(options(bucket, await refreshed(cloneOf(repo))));
    expect(older.hashed).toBe(1);
    const after = await runSync(options(bucket, await refreshed(cloneOf(repo))));
    expect(after.hashed).toBe(0);
  });

  it('catches an uncommitted edit that keeps size and mtime (ctime), and a racy one', async () => {
    const files = new Map([
      ['a.txt', 'aaaa'],
      ['b.txt', 'bbbb'],
    ]);
    const repo = await makeRepo(files);
    const bucket = await createBucket(client, 'git');
    await runSync(options(bucket, cloneOf(repo)));
    const site = cloneOf(repo);
    await settle(site, files.keys());
    expect((await runSync(options(bucket, site))).hashed).toBe(0);
    await sneakyEdit(path.join(site, 'a.txt'));
    const res = await runSync(options(bucket, site));
    expect(res.uploaded).toEqual(['a.txt']);
    expect(await bucketContents(bucket)).toEqual({ 'a.txt': 'baaa', 'b.txt': 'bbbb' });

    // Racy: edited in the same second the clone wrote its index.
    const racy = cloneOf(repo);
    await sneakyEdit(path.join(racy, 'b.txt'));
    const res2 = await runSync(options(bucket, racy));
    expect([...res2.uploaded].sort()).toEqual(['a.txt', 'b.txt']);
    expect(await bucketContents(bucket)).toEqual({ 'a.txt': 'aaaa', 'b.txt': 'abbb' });
  });

  it('reads racily clean files as git would, trusting them only when their blob id matches', async () => {
    const files = new Map([
      ['a.txt', 'aaaa'],
      ['b.txt', 'bbbb'],
      ['big.bin', 'x'.repeat(3 * 1024 * 1024)],
    ]);
    const repo = await makeRepo(files);
    const bucket = await createBucket(client, 'git');
    await runSync(options(bucket, await refreshed(cloneOf(repo))));

    // Racily clean, deterministically: mtimes ahead of the index (a clock that jumped, or a
    // file written in the index's tick), recorded by a refresh.
    const site = await refreshed(cloneOf(repo));
    const later = Math.floor(Date.now() / 1000) + 3600;
    for (const f of ['a.txt', 'big.bin']) await utimes(path.join(site, f), later, later);
    git(path.dirname(site), 'update-index', '-q', '--refresh');
    const state = await readGitState(site);
    expect(state.ok).toBe(true);
    if (!state.ok) return;
    const names = (kind: 'clean' | 'racy') => state.state.paths(kind).map((p) => path.basename(p));
    expect(names('clean')).toEqual(['b.txt']);
    expect(names('racy').sort()).toEqual(['a.txt', 'big.bin']);
    expect(state.state.racyCount).toBe(2);
    const opts = options(bucket, site);
    const res = await runSync(opts);
    expect(res.hashed).toBe(2);
    expect(res.uploaded).toEqual([]);
    expect(opts.info.join('\n')).toMatch(/2 read and hashed \(2 of them written in the tick/);

    // Rewritten with size and mtime kept: for a racy file the bytes decide, and the manifest
    // records the blob id of the bytes read, not the index's.
    await sneakyEdit(path.join(site, 'a.txt'));
    const edited = await runSync(options(bucket, site));
    expect(edited.uploaded).toEqual(['a.txt']);
    const manifest = parseManifest(
      await (
        await client.send(new GetObjectCommand({ Bucket: bucket, Key: MANIFEST_KEY }))
      ).Body?.transformToString('utf-8'),
    );
    const blobOf = (file: string) => git(path.dirname(site), 'hash-object', file).trim();
    expect(manifest?.objects['a.txt']?.blob).toBe(blobOf('site/a.txt'));
    expect(manifest?.objects['a.txt']?.blob).not.toBe(
      git(repo, 'rev-parse', 'HEAD:site/a.txt').trim(),
    );
    expect(manifest?.objects['big.bin']?.blob).toBe(blobOf('site/big.bin'));
  });

  it('hashes files under filters or eol conversion, with assume-unchanged or skip-worktree bits', async () => {
    const files = new Map([
      ['plain.txt', 'plain'],
      ['crlf.txt', 'one\ntwo\n'],
      ['lfs.bin', 'pointer'],
      ['assumed.txt', 'same'],
      ['ident.txt', 'id $Id$'],
      // Attributes that leave the bytes alone: `binary` (-text -diff -merge), a linguist hint.
      ['logo.dat', 'binary'],
      ['gen.txt', 'generated'],
    ]);
    const repo = await makeRepo(files, async (dir) => {
      await writeFile(
        path.join(dir, '.gitattributes'),
        'site/crlf.txt text eol=crlf\nsite/lfs.bin filter=x\nsite/ident.txt ident\n' +
          'site/logo.dat binary\nsite/gen.txt linguist-generated -diff\n',
      );
    });
    const bucket = await createBucket(client, 'git');
    await runSync(options(bucket, cloneOf(repo)));
    const site = await refreshed(cloneOf(repo));
    // The working tree holds CRLF: the blob (LF) does not describe it.
    expect(await readFile(path.join(site, 'crlf.txt'), 'utf8')).toBe('one\r\ntwo\r\n');
    const state = await readGitState(site);
    expect(state.ok).toBe(true);
    if (!state.ok) return;
    const trusted = state.state
      .paths('clean')
      .map((p) => path.basename(p))
      .sort();
    expect(trusted).toEqual(['assumed.txt', 'gen.txt', 'logo.dat', 'plain.txt']);

    git(path.dirname(site), 'update-index', '--assume-unchanged', 'site/assumed.txt');
    await writeFile(path.join(site, 'assumed.txt'), 'different');
    const res = await runSync(options(bucket, site));
    expect(res.uploaded).toEqual(['assumed.txt']);
    expect(res.hashed).toBe(4);
    expect((await bucketContents(bucket))['crlf.txt']).toBe('one\r\ntwo\r\n');
  });

  it("trusts `-text` files under a `* text=auto eol=lf` rule, and still hashes the rule's other files", async () => {
    const files = new Map([
      ['kept/a.txt', 'aaa\n'],
      ['kept/b.bin', 'bbb'],
      ['normalised.txt', 'ccc\n'],
    ]);
    const repo = await makeRepo(files, async (dir) => {
      await writeFile(path.join(dir, '.gitattributes'), '* text=auto eol=lf\nsite/kept/** -text\n');
    });
    const state = await readGitState(await refreshed(cloneOf(repo)));
    expect(state.ok).toBe(true);
    if (!state.ok) return;
    const trusted = state.state
      .paths('clean')
      .map((p) => path.basename(p))
      .sort();
    expect(trusted).toEqual(['a.txt', 'b.bin']);
    expect(state.state.untrusted).toBe(1);
  });

  it('tells which attributes keep the bytes as committed', () => {
    const attrs = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(bytesAsCommitted(attrs({}))).toBe(true);
    expect(bytesAsCommitted(attrs({ text: 'unset', eol: 'lf' }))).toBe(true);
    expect(bytesAsCommitted(attrs({ text: 'unset', eol: 'crlf' }))).toBe(true);
    expect(bytesAsCommitted(attrs({ text: 'auto', eol: 'lf' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ eol: 'lf' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ text: 'set' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ text: 'unset', filter: 'lfs' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ text: 'unset', ident: 'set' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ 'working-tree-encoding': 'UTF-16' }))).toBe(false);
    expect(bytesAsCommitted(attrs({ filter: 'unset', ident: 'unset' }))).toBe(true);
  });

  it('falls back to hashing everything outside a checkout or when core.autocrlf is set', async () => {
    const plain = path.join(work, 'no-git');
    await writeTree(plain, new Map([['x.txt', 'x']]));
    const out = await readGitState(plain);
    expect(out).toEqual({ ok: false, reason: 'not a git checkout' });
    const repo = await makeRepo(new Map([['x.txt', 'x']]));
    git(repo, 'config', 'core.autocrlf', 'true');
    const res = await readGitState(path.join(repo, 'site'));
    expect(res).toEqual({ ok: false, reason: 'core.autocrlf is true' });
  });
});

describe('.git entries inside content-dir (issue 22 #4)', () => {
  it("never publishes a nested checkout's .git or a submodule's .git file, lists neither, and removes what an earlier version published", async () => {
    const repo = await makeRepo(
      new Map([
        ['a.txt', 'a'],
        ['sub/s.txt', 's'],
      ]),
    );
    const lib = await makeRepo(new Map([['lib.js', 'js']]));
    const site = await refreshed(cloneOf(repo));
    // A second checkout into the content, with actions/checkout's default persist-credentials.
    const nested = path.join(site, 'vendor', 'lib');
    git(work, 'clone', '-q', lib, nested);
    git(nested, 'config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0');
    // A submodule's (or worktree's) .git is a file.
    await writeFile(path.join(site, 'sub', '.git'), 'gitdir: ../../.git/modules/sub\n');

    // What an earlier version published (its manifest lists them), and a .git object put by hand.
    const bucket = await createBucket(client, 'git');
    const objects: Record<string, unknown> = {};
    for (const [key, body] of [
      ['vendor/lib/.git/config', 'AUTHORIZATION: basic c2VjcmV0'],
      ['sub/.git', 'gitdir: ../../.git/modules/sub\n'],
    ] as const) {
      const put = await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
      const etag = (put.ETag ?? '').replace(/"/g, '');
      objects[key] = {
        etag,
        md5: etag,
        size: Buffer.byteLength(body),
        contentType: 'application/octet-stream',
        cacheControl: 'private, max-age=300',
      };
    }
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'other/.git/HEAD', Body: 'ref' }),
    );
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: MANIFEST_KEY,
        Body: JSON.stringify({ version: 1, objects }),
      }),
    );

    const warnings: string[] = [];
    const opts = options(bucket, site, {
      delete: false,
      listing: true,
      log: { info: (m) => opts.info.push(m), warn: (m) => warnings.push(m) },
    });
    const result = await runSync(opts);
    expect(result.gitSkipped).toEqual(['sub/.git', 'vendor/lib/.git']);
    expect(warnings).toEqual([
      "skipped 'sub/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "skipped 'vendor/lib/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
    ]);
    // Removed even with delete: false (the sync's own mistakes); the hand-put object is kept.
    expect(result.deleted).toEqual(['sub/.git', 'vendor/lib/.git/config']);
    expect(result.plan.kept).toEqual(['other/.git/HEAD']);
    expect(result.changedKeys).toEqual(
      expect.arrayContaining(['sub/.git', 'vendor/lib/.git/config']),
    );
    // The fast path ran: git vouches for nothing yet (no blob ids in that manifest), all 4 files hashed.
    expect(opts.info.join('\n')).toMatch(/git fast path: 0 of 4 files/);
    const contents = await bucketContents(bucket);
    expect(Object.keys(contents).sort()).toEqual([
      'a.txt',
      'index.html',
      'other/.git/HEAD',
      'sub/index.html',
      'sub/s.txt',
      'vendor/index.html',
      'vendor/lib/README',
      'vendor/lib/index.html',
      'vendor/lib/site/index.html',
      'vendor/lib/site/lib.js',
    ]);
    for (const listing of [
      'index.html',
      'sub/index.html',
      'vendor/index.html',
      'vendor/lib/index.html',
    ]) {
      expect([listing, contents[listing]?.includes('.git')]).toEqual([listing, false]);
    }
    expect(JSON.stringify(contents)).not.toContain('c2VjcmV0');

    // The next run: nothing to do, nothing deleted, the kept object still kept.
    const again = await runSync(options(bucket, site, { delete: false, listing: true }));
    expect(again.uploaded).toEqual([]);
    expect(again.deleted).toEqual([]);
    expect(again.plan.kept).toEqual(['other/.git/HEAD']);
    // Git vouches for a.txt and sub/s.txt; the nested checkout's two files are not the outer one's.
    expect(again.hashed).toBe(2);
  });
});

describe('property: on a git checkout, a sync uploads exactly what changed, committed or not', () => {
  const name = fc.constantFrom('a', 'b', 'index.html', 'x y.txt', 'é.css', 'p+q.js');
  const keyArb = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
  const body = fc.string({ minLength: 1, maxLength: 20 });
  const treeArb = fc.dictionary(keyArb, body, { minKeys: 1, maxKeys: 10 });
  type Edit =
    | { kind: 'add'; key: string; body: string }
    | { kind: 'change' | 'delete' | 'same-size'; index: number; body: string };
  const editArb: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), key: keyArb, body }),
    fc.record({
      kind: fc.constantFrom('change' as const, 'delete' as const, 'same-size' as const),
      index: fc.nat(),
      body,
    }),
  );

  function consistent(tree: Map<string, string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of [...tree].sort(([a], [b]) => a.length - b.length)) {
      const clash = [...out.keys()].some((o) => k.startsWith(`${o}/`) || o.startsWith(`${k}/`));
      if (!clash) out.set(k, v);
    }
    return out;
  }

  it('holds for random trees, random edits, committed or left in the working tree', async () => {
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        fc.array(editArb, { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        async (initial, edits, commit, settled) => {
          const before = consistent(new Map(Object.entries(initial)));
          const repo = await makeRepo(before);
          const bucket = await createBucket(client, 'gprop');
          await runSync(options(bucket, cloneOf(repo)));
          const site = cloneOf(repo);
          if (settled) await settle(site, before.keys());

          const after = new Map(before);
          const sneaky: string[] = [];
          for (const e of edits) {
            const keys = [...after.keys()];
            if (e.kind === 'add') after.set(e.key, e.body);
            else if (keys.length > 0) {
              const key = keys[e.index % keys.length] ?? '';
              const old = after.get(key) ?? '';
              if (e.kind === 'change') after.set(key, `${old}+${e.body}`);
              if (e.kind === 'delete') after.delete(key);
              if (e.kind === 'same-size' && before.get(key) === old && !sneaky.includes(key)) {
                after.set(key, (old.startsWith('a') ? 'b' : 'a') + old.slice(1));
                sneaky.push(key);
              }
            }
          }
          const target = consistent(after);
          for (const key of before.keys()) {
            if (!target.has(key)) await rm(path.join(site, ...key.split('/')), { force: true });
          }
          for (const [key, value] of target) {
            if (before.get(key) === value) continue;
            const file = path.join(site, ...key.split('/'));
            const old = before.get(key) ?? '';
            if (sneaky.includes(key) && value === (old.startsWith('a') ? 'b' : 'a') + old.slice(1))
              await sneakyEdit(file);
            else {
              // A key that was a folder before: clear it.
              await rm(file, { recursive: true, force: true });
              await writeTree(site, new Map([[key, value]]));
            }
          }
          if (commit) {
            git(path.dirname(site), 'add', '-A');
            git(path.dirname(site), 'commit', '-q', '--allow-empty', '-m', 'edit');
          }

          if (target.size === 0) {
            await expect(runSync(options(bucket, site))).rejects.toThrow(/empty site/);
            return;
          }
          const res = await runSync(options(bucket, site));
          const expectedUploads = [...target]
            .filter(([k, v]) => before.get(k) !== v)
            .map(([k]) => k)
            .sort();
          expect([...res.uploaded].sort()).toEqual(expectedUploads);
          expect([...res.deleted].sort()).toEqual(
            [...before.keys()].filter((k) => !target.has(k)).sort(),
          );
          expect(await bucketContents(bucket)).toEqual(Object.fromEntries(target));
          // Once more on the same tree: nothing to do.
          const again = await runSync(options(bucket, site));
          expect(again.uploaded).toEqual([]);
          expect(again.deleted).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  }, 300_000);
});
