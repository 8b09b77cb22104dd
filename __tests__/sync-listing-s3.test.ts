/**
 * Folder listings (issue 10, input `listing`) synced into a real S3 server on loopback
 * (s3rver in its own process): created, unchanged on a no-op, updated, removed, escaped, and
 * never over a user's object. Git dates come from a real temporary repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { planInvalidation } from '../src/invalidate/paths.js';
import { gitDates } from '../src/sync/git-dates.js';
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
  work = await mkdtemp(path.join(tmpdir(), 'sync-listing-'));
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

let counter = 0;
async function makeTree(files: Record<string, string>, parent = work): Promise<string> {
  counter += 1;
  const root = path.join(parent, `tree-${counter}`);
  await mkdir(root, { recursive: true });
  await writeTree(root, files);
  return root;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [key, body] of Object.entries(files)) {
    const file = path.join(root, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
}

function options(
  bucket: string,
  contentDir: string,
  extra: Partial<SyncOptions> = {},
): SyncOptions & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  const log = { info: (m: string) => infos.push(m), warn: (m: string) => warnings.push(m) };
  return {
    ...syncOptions(client, bucket, contentDir, {
      contentDirInput: path.basename(contentDir),
      listing: true,
      log,
      ...extra,
    }),
    warnings,
    infos,
  };
}

async function text(bucket: string, key: string): Promise<string> {
  const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await res.Body?.transformToString('utf-8')) ?? '';
}

async function keys(bucket: string): Promise<string[]> {
  return (await listObjects(client, bucket))
    .map((o) => o.key)
    .filter((k) => k !== MANIFEST_KEY)
    .sort();
}

async function generatedKeys(bucket: string): Promise<string[]> {
  const manifest = parseManifest(await text(bucket, MANIFEST_KEY));
  return Object.entries(manifest?.objects ?? {})
    .filter(([, m]) => m.generated === true)
    .map(([k]) => k)
    .sort();
}

describe('folder listings on S3', () => {
  it('are created with HTML headers, unchanged on a no-op, updated, removed when the folder goes or gains an index.html', async () => {
    const bucket = await createBucket(client);
    const root = await makeTree({
      'a.txt': 'a',
      'docs/b.pdf': 'bb',
      'docs/sub/c.txt': 'ccc',
      'site/index.html': '<p>mine</p>',
      'site/app.js': 'x',
      'secret.env': 'nope',
    });
    const o = options(bucket, root, { exclude: ['*.env'] });
    const first = await runSync(o);
    expect(o.infos).toContain('uploaded docs/index.html (new folder listing)');
    expect([...first.uploaded].sort()).toEqual([
      'a.txt',
      'docs/b.pdf',
      'docs/index.html',
      'docs/sub/c.txt',
      'docs/sub/index.html',
      'index.html',
      'site/app.js',
      'site/index.html',
    ]);
    expect(await generatedKeys(bucket)).toEqual([
      'docs/index.html',
      'docs/sub/index.html',
      'index.html',
    ]);
    const head = await client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: 'docs/index.html' }),
    );
    expect(head.ContentType).toBe('text/html; charset=utf-8');
    // Stored for CloudFront; viewers get the metadata's private value (issue 20).
    expect(head.CacheControl).toBe('max-age=1');
    expect(head.Metadata?.['viewer-cache-control']).toBe('private, no-cache');
    const rootListing = await text(bucket, 'index.html');
    expect(rootListing).toContain('<a href="docs/">docs/</a>');
    expect(rootListing).toContain('<a href="a.txt">a.txt</a>');
    expect(rootListing).not.toContain('secret.env');
    expect(await text(bucket, 'site/index.html')).toBe('<p>mine</p>');

    // A no-op: nothing uploaded, nothing to invalidate.
    expect(first.plan.uploads.filter((u) => u.generated === true)).toHaveLength(3);
    const again = await runSync(options(bucket, root, { exclude: ['*.env'] }));
    expect(again.uploaded).toEqual([]);
    expect(again.changedKeys).toEqual([]);

    // One entry changes: its file and its folder's listing, nothing above.
    await writeFile(path.join(root, 'docs/sub/c.txt'), 'cccc');
    const changed = await runSync(options(bucket, root, { exclude: ['*.env'] }));
    expect([...changed.uploaded].sort()).toEqual(['docs/sub/c.txt', 'docs/sub/index.html']);
    expect(planInvalidation(changed.changedKeys).paths).toEqual([
      '/docs/sub',
      '/docs/sub/',
      '/docs/sub/c.txt',
      '/docs/sub/index.html',
    ]);

    // The folder goes: its listing goes, its parent's listing no longer names it.
    await rm(path.join(root, 'docs/sub'), { recursive: true });
    const gone = await runSync(options(bucket, root, { exclude: ['*.env'] }));
    expect([...gone.deleted].sort()).toEqual(['docs/sub/c.txt', 'docs/sub/index.html']);
    expect(gone.uploaded).toEqual(['docs/index.html']);
    expect(await text(bucket, 'docs/index.html')).not.toContain('sub/');

    // The folder gains its own index.html: the user's page replaces the listing.
    await writeFile(path.join(root, 'docs/index.html'), '<p>docs home</p>');
    const own = await runSync(options(bucket, root, { exclude: ['*.env'] }));
    expect(own.uploaded).toEqual(['docs/index.html']);
    expect(await text(bucket, 'docs/index.html')).toBe('<p>docs home</p>');
    expect(await generatedKeys(bucket)).toEqual(['index.html']);

    // Listings turned off: the generated ones go, the user's index.html stays.
    const off = await runSync(options(bucket, root, { exclude: ['*.env'], listing: false }));
    expect(off.deleted).toEqual(['index.html']);
    expect(await keys(bucket)).toEqual([
      'a.txt',
      'docs/b.pdf',
      'docs/index.html',
      'site/app.js',
      'site/index.html',
    ]);
  });

  it('with delete: false, still removes its own listings but never writes over an object it did not generate', async () => {
    const bucket = await createBucket(client);
    // Someone else's page at the key the `x/` listing would take.
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'x/index.html', Body: 'hand-made' }),
    );
    const root = await makeTree({ 'x/f.txt': 'f', 'y/g.txt': 'g' });
    const o = options(bucket, root, { delete: false });
    const first = await runSync(o);
    expect(first.uploaded).not.toContain('x/index.html');
    expect(first.uploaded).toContain('y/index.html');
    expect(await text(bucket, 'x/index.html')).toBe('hand-made');
    expect(o.warnings.join('\n')).toMatch(/no listing written at x\/index\.html/);
    expect(await generatedKeys(bucket)).toEqual(['index.html', 'y/index.html']);

    await rm(path.join(root, 'y'), { recursive: true });
    const second = await runSync(options(bucket, root, { delete: false }));
    // y/g.txt is kept (delete: false); the generated y/index.html is the sync's own: removed.
    expect(second.deleted).toEqual(['y/index.html']);
    expect(await keys(bucket)).toEqual(['index.html', 'x/f.txt', 'x/index.html', 'y/g.txt']);
    expect(await text(bucket, 'x/index.html')).toBe('hand-made');
  });

  it('escapes names: a file named like an img tag is listed as text', async () => {
    const bucket = await createBucket(client);
    const name = '<img src=x onerror=alert(1)>.txt';
    const root = await makeTree({ [name]: 'x' });
    await runSync(options(bucket, root));
    const html = await text(bucket, 'index.html');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;.txt');
    expect(await text(bucket, name)).toBe('x');
  });
});

describe('dates from git', () => {
  const git = (cwd: string, args: string[], date?: string): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...(date !== undefined ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}),
      },
    });

  it('lists the last commit that touched each file, and no date for an untracked file or outside a checkout', async () => {
    const repo = await mkdtemp(path.join(work, 'repo-'));
    git(repo, ['init', '-q']);
    const content = path.join(repo, 'content');
    await writeTree(content, { 'old.txt': 'o', 'sub/new.txt': 'n', 'outside.txt': 'x' });
    await writeFile(path.join(repo, 'README'), 'r');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'one'], '2024-01-02T03:04:05Z');
    await writeFile(path.join(content, 'sub/new.txt'), 'n2');
    git(repo, ['commit', '-qam', 'two'], '2025-06-07T08:09:10+02:00');
    await writeFile(path.join(content, 'untracked.txt'), 'u');

    const found = await gitDates(content, [
      'old.txt',
      'sub/new.txt',
      'untracked.txt',
      'outside.txt',
    ]);
    expect(found.unavailable).toBeUndefined();
    expect(Date.parse(found.dates.get('old.txt') ?? '')).toBe(Date.parse('2024-01-02T03:04:05Z'));
    expect(Date.parse(found.dates.get('sub/new.txt') ?? '')).toBe(
      Date.parse('2025-06-07T06:09:10Z'),
    );
    expect(found.dates.has('untracked.txt')).toBe(false);
    // Every wanted file dated: git is stopped early, the dates are the same.
    const early = await gitDates(content, ['old.txt', 'sub/new.txt']);
    expect(early.dates).toEqual(
      new Map([...found.dates].filter(([k]) => k === 'old.txt' || k === 'sub/new.txt')),
    );

    const bucket = await createBucket(client);
    await runSync(options(bucket, content));
    const rootListing = await text(bucket, 'index.html');
    expect(rootListing).toContain(
      '<time datetime="2024-01-02T03:04:05Z">2024-01-02 03:04 UTC</time>',
    );
    expect(rootListing).toMatch(
      /<a href="untracked\.txt">untracked\.txt<\/a><\/td><td[^>]*>1 B<\/td><td class="date"><\/td>/,
    );
    expect(await text(bucket, 'sub/index.html')).toContain('2025-06-07 06:09 UTC');

    // Not a checkout: no dates at all, never a modification time.
    const plain = await makeTree({ 'f.txt': 'f' }, await mkdtemp(path.join(tmpdir(), 'nogit-')));
    const none = await gitDates(plain, ['f.txt']);
    expect(none.dates.size).toBe(0);
    expect(none.unavailable).toMatch(/not a git repository/i);
    const bucket2 = await createBucket(client);
    await runSync(options(bucket2, plain));
    expect(await text(bucket2, 'index.html')).not.toContain('<time');
  });
});
