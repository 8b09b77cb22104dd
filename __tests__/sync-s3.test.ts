/**
 * The sync against a real S3 server on loopback (s3rver in its own process).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { cacheControlRules } from '../src/site/cache-control.js';
import { parseMaxDelete } from '../src/site/values.js';
import { runSync, type SyncOptions } from '../src/sync/index.js';
import { parseManifest } from '../src/sync/manifest-read.js';
import { MANIFEST_KEY, remoteFromSnapshot } from '../src/sync/plan.js';
import { PART_SIZE } from '../src/sync/hash.js';
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
  work = await mkdtemp(path.join(tmpdir(), 'sync-s3-'));
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

let dirCounter = 0;
async function makeTree(files: Record<string, string | Buffer>): Promise<string> {
  dirCounter += 1;
  const root = path.join(work, `tree-${dirCounter}`);
  await mkdir(root, { recursive: true });
  await writeTree(root, files);
  return root;
}

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [key, body] of Object.entries(files)) {
    const file = path.join(root, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
}

interface Logged {
  info: string[];
  warn: string[];
}

function options(
  bucket: string,
  contentDir: string,
  extra: Partial<SyncOptions> = {},
): SyncOptions & { logged: Logged } {
  const logged: Logged = { info: [], warn: [] };
  const log = {
    info: (m: string) => logged.info.push(m),
    warn: (m: string) => logged.warn.push(m),
  };
  return {
    ...syncOptions(client, bucket, contentDir, {
      contentDirInput: path.basename(contentDir),
      log,
      ...extra,
    }),
    logged,
  };
}

async function bucketContents(bucket: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const o of await listObjects(client, bucket)) {
    if (o.key === MANIFEST_KEY) continue;
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: o.key }));
    out.set(o.key, (await res.Body?.transformToString('utf-8')) ?? '');
  }
  return out;
}

async function head(
  bucket: string,
  key: string,
): Promise<{
  contentType?: string;
  cacheControl?: string;
  viewerCacheControl?: string;
  etag?: string;
}> {
  const res = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  const viewer = res.Metadata?.['viewer-cache-control'];
  return {
    ...(res.ContentType !== undefined ? { contentType: res.ContentType } : {}),
    ...(res.CacheControl !== undefined ? { cacheControl: res.CacheControl } : {}),
    ...(viewer !== undefined ? { viewerCacheControl: viewer } : {}),
    ...(res.ETag !== undefined ? { etag: res.ETag } : {}),
  };
}

/**
 * The bucket as a version before issue 20 left it: each object the manifest records stored
 * with its viewer Cache-Control and no metadata, the manifest without `storedCacheControl`.
 */
async function asWrittenBeforeIssue20(
  bucket: string,
  cacheControlOf: (key: string, recorded: string) => string = (_, recorded) => recorded,
): Promise<void> {
  const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: MANIFEST_KEY }));
  const manifest = parseManifest(await res.Body?.transformToString());
  if (manifest === undefined) throw new Error('no manifest');
  const objects: Record<string, object> = {};
  for (const [key, entry] of Object.entries(manifest.objects)) {
    await client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: key,
        CopySource: `${bucket}/${key}`,
        MetadataDirective: 'REPLACE',
        ContentType: entry.contentType,
        CacheControl: cacheControlOf(key, entry.cacheControl),
      }),
    );
    // The entry as written before issue 20: no storedCacheControl.
    objects[key] = {
      etag: entry.etag,
      md5: entry.md5,
      size: entry.size,
      contentType: entry.contentType,
      cacheControl: cacheControlOf(key, entry.cacheControl),
      ...(entry.generated === true ? { generated: true } : {}),
      ...(entry.blob !== undefined ? { blob: entry.blob } : {}),
    };
  }
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: MANIFEST_KEY,
      Body: JSON.stringify({ ...manifest, objects }),
    }),
  );
}

/**
 * What the object is stored with (issue 20): Cache-Control for CloudFront alone (`max-age=1`:
 * no private, no-cache or no-store, a positive max-age), the viewer's value as metadata.
 */
const stored = (viewerCacheControl: string) => ({
  cacheControl: 'max-age=1',
  viewerCacheControl,
});

/** Makes every PutObject of `key` fail (after `delayMs`) until the returned function is called. */
function failPutOf(c: S3Client, key: string, delayMs = 0): () => void {
  const name = `fail-${key}-${Math.random()}`;
  c.middlewareStack.add(
    (next, context) => async (args) => {
      const input: unknown = args.input;
      if (
        context.commandName === 'PutObjectCommand' &&
        typeof input === 'object' &&
        input !== null &&
        'Key' in input &&
        input.Key === key
      ) {
        await new Promise((r) => setTimeout(r, delayMs));
        throw new Error('injected failure');
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return () => c.middlewareStack.remove(name);
}

/** Counts the commands a client sends, by name. */
function countCommands(c: S3Client): { counts: Map<string, number>; stop: () => void } {
  const counts = new Map<string, number>();
  const name = `count-${Math.random()}`;
  c.middlewareStack.add(
    (next, context) => async (args) => {
      const cmd = context.commandName ?? '?';
      counts.set(cmd, (counts.get(cmd) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { counts, stop: () => c.middlewareStack.remove(name) };
}

describe('sync against a real S3 server', () => {
  it('publishes a folder, then uploads nothing for a fresh checkout of the same content', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({
      'index.html': '<h1>home</h1>',
      'docs/index.html': '<h1>docs</h1>',
      'css/site.css': 'body{}',
      'js/app.mjs': 'export {}',
      'img/logo.svg': '<svg/>',
      'fonts/a.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32]),
      'data.json': '{}',
      'assets/app.3f2a9c1b.js': 'x',
      '404.html': '<h1>not here</h1>',
    });
    const first = await runSync(options(bucket, dir));
    expect(first.uploaded).toHaveLength(9);
    expect(first.deleted).toEqual([]);
    expect(first.bytesUploaded).toBeGreaterThan(0);

    // A fresh checkout: every mtime new, same bytes.
    const later = new Date(Date.now() + 3600_000);
    for (const key of ['index.html', 'css/site.css', 'assets/app.3f2a9c1b.js']) {
      await utimes(path.join(dir, key), later, later);
    }
    const second = await runSync(options(bucket, dir));
    expect(second.uploaded).toEqual([]);
    expect(second.metadataUpdated).toEqual([]);
    expect(second.unchanged).toBe(9);
    expect(second.changedKeys).toEqual([]);

    expect(await head(bucket, 'index.html')).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      ...stored('private, no-cache'),
    });
    // The 404 page is served for a missing key without the viewer-response trigger: it keeps
    // the viewer's value as its Cache-Control.
    expect(await head(bucket, '404.html')).toMatchObject({
      cacheControl: 'private, no-cache',
      viewerCacheControl: 'private, no-cache',
    });
    expect((await head(bucket, 'css/site.css')).contentType).toBe('text/css; charset=utf-8');
    expect((await head(bucket, 'js/app.mjs')).contentType).toBe('text/javascript; charset=utf-8');
    expect((await head(bucket, 'img/logo.svg')).contentType).toBe('image/svg+xml; charset=utf-8');
    expect((await head(bucket, 'fonts/a.woff2')).contentType).toBe('font/woff2');
    expect((await head(bucket, 'data.json')).contentType).toBe('application/json; charset=utf-8');
    expect(await head(bucket, 'assets/app.3f2a9c1b.js')).toMatchObject(
      stored('private, max-age=31536000, immutable'),
    );
    expect(await head(bucket, 'data.json')).toMatchObject(stored('private, max-age=300'));
  });

  it('uploads exactly what changed, deletes what is gone, and reports it', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a', 'b.txt': 'b', 'sub/c.txt': 'c', 'sub/d.txt': 'd' });
    await runSync(options(bucket, dir));
    await writeFile(path.join(dir, 'a.txt'), 'A changed');
    await rm(path.join(dir, 'sub/d.txt'));
    await writeFile(path.join(dir, 'e.txt'), 'new');
    const res = await runSync(options(bucket, dir));
    expect([...res.uploaded].sort()).toEqual(['a.txt', 'e.txt']);
    expect(res.deleted).toEqual(['sub/d.txt']);
    expect(res.unchanged).toBe(2);
    expect(res.changedKeys).toEqual(['a.txt', 'e.txt', 'sub/d.txt']);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({
      'a.txt': 'A changed',
      'b.txt': 'b',
      'e.txt': 'new',
      'sub/c.txt': 'c',
    });
  });

  it('re-headers objects when only the rules change: no bytes re-sent, no HEAD per object', async () => {
    const bucket = await createBucket(client);
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`page${i}.html`] = `<p>${i}</p>`;
    for (let i = 0; i < 5; i++) files[`style${i}.css`] = `.c${i}{}`;
    const dir = await makeTree(files);
    await runSync(options(bucket, dir));

    const counter = countCommands(client);
    const res = await runSync(
      options(bucket, dir, {
        cacheControl: cacheControlRules([{ glob: '*.css', value: 'max-age=60' }]),
      }),
    );
    counter.stop();
    expect(res.uploaded).toEqual([]);
    expect([...res.metadataUpdated].sort()).toEqual([
      'style0.css',
      'style1.css',
      'style2.css',
      'style3.css',
      'style4.css',
    ]);
    expect(res.unchanged).toBe(30);
    expect(counter.counts.get('HeadObjectCommand')).toBeUndefined();
    // The manifest only: without its snapshot before the copies, with it after.
    expect(counter.counts.get('PutObjectCommand')).toBe(2);
    expect(counter.counts.get('CopyObjectCommand')).toBe(5);
    // The first run left a snapshot of the bucket in the manifest: no listing.
    expect(counter.counts.get('ListObjectsV2Command')).toBeUndefined();
    expect(counter.counts.get('GetObjectCommand')).toBe(1);
    // A rule without `private` gets it in front: viewers only ever get private responses.
    expect(await head(bucket, 'style3.css')).toMatchObject(stored('private, max-age=60'));
    expect((await head(bucket, 'style3.css')).contentType).toBe('text/css; charset=utf-8');
    expect(await head(bucket, 'page7.html')).toMatchObject(stored('private, no-cache'));
    expect((await bucketContents(bucket)).get('style3.css')).toBe('.c3{}');

    const again = await runSync(
      options(bucket, dir, {
        cacheControl: cacheControlRules([{ glob: '*.css', value: 'max-age=60' }]),
      }),
    );
    expect(again.metadataUpdated).toEqual([]);
    expect(again.unchanged).toBe(35);
  });

  it('moves objects synced with the old public headers to private ones: metadata only, 0 bytes re-sent', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({
      'index.html': '<h1>home</h1>',
      'assets/app.3f2a9c1b.js': 'x',
      'data.json': '{}',
    });
    // The defaults before issue 9 #6 (now refused as input): what existing buckets hold.
    const old = (value: string, matches: (key: string) => boolean) => ({
      pattern: 'old default',
      value,
      matches,
    });
    const oldRules = [
      old('public, max-age=0, s-maxage=86400, must-revalidate', (k) => k.endsWith('.html')),
      old('public, max-age=31536000, immutable', (k) => k.startsWith('assets/')),
      old('public, max-age=300, s-maxage=86400', () => true),
    ];
    await runSync(options(bucket, dir, { cacheControl: oldRules }));
    await asWrittenBeforeIssue20(
      bucket,
      (key) => oldRules.find((r) => r.matches(key))?.value ?? '',
    );
    expect(await head(bucket, 'data.json')).toEqual(
      expect.objectContaining({ cacheControl: 'public, max-age=300, s-maxage=86400' }),
    );
    expect((await head(bucket, 'data.json')).viewerCacheControl).toBeUndefined();

    const counter = countCommands(client);
    const res = await runSync(options(bucket, dir));
    counter.stop();
    expect(res.uploaded).toEqual([]);
    expect(res.bytesUploaded).toBe(0);
    expect([...res.metadataUpdated].sort()).toEqual([
      'assets/app.3f2a9c1b.js',
      'data.json',
      'index.html',
    ]);
    expect(res.changedKeys).toEqual(['assets/app.3f2a9c1b.js', 'data.json', 'index.html']);
    expect(counter.counts.get('PutObjectCommand')).toBe(2); // the manifest, before and after
    expect(counter.counts.get('CopyObjectCommand')).toBe(3);
    expect(counter.counts.get('UploadPartCommand')).toBeUndefined();
    expect(await head(bucket, 'index.html')).toMatchObject(stored('private, no-cache'));
    expect(await head(bucket, 'assets/app.3f2a9c1b.js')).toMatchObject(
      stored('private, max-age=31536000, immutable'),
    );
    expect(await head(bucket, 'data.json')).toMatchObject(stored('private, max-age=300'));
    expect((await bucketContents(bucket)).get('index.html')).toBe('<h1>home</h1>');
    const again = await runSync(options(bucket, dir));
    expect(again.metadataUpdated).toEqual([]);
    expect(again.unchanged).toBe(3);
  });

  it('converges a bucket synced before issue 20: metadata-only copies to the stored value and its viewer metadata', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({
      'index.html': '<h1>home</h1>',
      'data.json': '{}',
      '404.html': 'x',
    });
    await runSync(options(bucket, dir));
    await asWrittenBeforeIssue20(bucket);
    expect(await head(bucket, 'index.html')).toEqual(
      expect.objectContaining({ cacheControl: 'private, no-cache' }),
    );
    const res = await runSync(options(bucket, dir));
    expect(res.uploaded).toEqual([]);
    expect([...res.metadataUpdated].sort()).toEqual(['404.html', 'data.json', 'index.html']);
    expect(res.changedKeys).toEqual(['404.html', 'data.json', 'index.html']);
    expect(await head(bucket, 'index.html')).toMatchObject(stored('private, no-cache'));
    expect(await head(bucket, 'data.json')).toMatchObject(stored('private, max-age=300'));
    expect(await head(bucket, '404.html')).toMatchObject({
      cacheControl: 'private, no-cache',
      viewerCacheControl: 'private, no-cache',
    });
    expect((await runSync(options(bucket, dir))).metadataUpdated).toEqual([]);
  });

  it('refreshes headers of objects it did not write (no manifest entry) without re-uploading', async () => {
    const bucket = await createBucket(client);
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'x.css',
        Body: 'x{}',
        ContentType: 'binary/octet-stream',
      }),
    );
    const dir = await makeTree({ 'x.css': 'x{}' });
    const res = await runSync(options(bucket, dir));
    expect(res.uploaded).toEqual([]);
    expect(res.metadataUpdated).toEqual(['x.css']);
    expect((await head(bucket, 'x.css')).contentType).toBe('text/css; charset=utf-8');
  });

  it('compares large multipart files correctly', async () => {
    const bucket = await createBucket(client);
    const big = Buffer.alloc(PART_SIZE * 2 + 12345);
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251;
    const dir = await makeTree({ 'big.bin': big, 'small.txt': 's' });
    // A memory bound smaller than one multipart upload needs: it runs alone, and completes.
    const first = await runSync(options(bucket, dir, { uploadMemoryBytes: PART_SIZE }));
    expect([...first.uploaded].sort()).toEqual(['big.bin', 'small.txt']);
    const listed = (await listObjects(client, bucket)).find((o) => o.key === 'big.bin');
    expect(listed?.size).toBe(big.length);
    const second = await runSync(options(bucket, dir));
    expect(second.uploaded).toEqual([]);
    expect(second.unchanged).toBe(2);
    big[PART_SIZE + 10] = (big[PART_SIZE + 10] ?? 0) ^ 0xff;
    await writeFile(path.join(dir, 'big.bin'), big);
    const third = await runSync(options(bucket, dir));
    expect(third.uploaded).toEqual(['big.bin']);
  });

  it('lists more than 1,000 keys (several pages)', async () => {
    const bucket = await createBucket(client);
    const files: Record<string, string> = {};
    for (let i = 0; i < 1105; i++) files[`n/${String(i).padStart(4, '0')}.txt`] = String(i);
    const dir = await makeTree(files);
    const first = await runSync(options(bucket, dir, { concurrency: 32 }));
    expect(first.uploaded).toHaveLength(1105);
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(page.IsTruncated).toBe(true);
    const second = await runSync(options(bucket, dir));
    expect(second.uploaded).toEqual([]);
    expect(second.unchanged).toBe(1105);
    await rm(path.join(dir, 'n', '1104.txt'));
    const third = await runSync(options(bucket, dir));
    expect(third.deleted).toEqual(['n/1104.txt']);
  }, 120_000);

  it('refuses to delete more than max-delete, before changing anything', async () => {
    const bucket = await createBucket(client);
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`f${i}.txt`] = String(i);
    const dir = await makeTree(files);
    await runSync(options(bucket, dir));
    const wrong = await makeTree({ 'README.md': 'oops, the wrong folder' });
    const run = runSync(options(bucket, wrong, { maxDelete: parseMaxDelete('50%') }));
    await expect(run).rejects.toThrow(/delete 10 of the 10 objects.*max-delete.*50% of 10 = 5/);
    const after = await bucketContents(bucket);
    expect(after.size).toBe(10);
    expect(after.has('README.md')).toBe(false);
    await expect(
      runSync(options(bucket, wrong, { maxDelete: parseMaxDelete('3') })),
    ).rejects.toThrow(/would delete 10 .*\(3\)/);
  });

  it('dry-run plans and reports but changes nothing', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a', 'b.txt': 'b' });
    await runSync(options(bucket, dir));
    await writeFile(path.join(dir, 'a.txt'), 'changed');
    await rm(path.join(dir, 'b.txt'));
    const res = await runSync(options(bucket, dir, { dryRun: true }));
    expect(res.dryRun).toBe(true);
    expect(res.uploaded).toEqual(['a.txt']);
    expect(res.deleted).toEqual(['b.txt']);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({
      'a.txt': 'a',
      'b.txt': 'b',
    });
  });

  it('keeps objects when delete is false', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a', 'b.txt': 'b' });
    await runSync(options(bucket, dir));
    await rm(path.join(dir, 'b.txt'));
    const res = await runSync(options(bucket, dir, { delete: false }));
    expect(res.deleted).toEqual([]);
    expect(res.kept).toBe(1);
    expect((await bucketContents(bucket)).has('b.txt')).toBe(true);
  });

  it('does not publish a file excluded by name through an in-tree link to it', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'secret.env': 'TOKEN=do-not-publish', 'public/index.html': 'x' });
    await symlink('../secret.env', path.join(dir, 'public', 'cfg'));
    const res = await runSync(options(bucket, dir, { exclude: ['*.env'] }));
    expect(res.uploaded).toEqual(['public/index.html']);
    expect([...(await bucketContents(bucket)).values()].join('')).not.toContain('do-not-publish');
  });

  it('honours exclude globs', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({
      'a.txt': 'a',
      'drafts/x.md': 'x',
      'b.map': 'm',
      'deep/c.map': 'm',
    });
    const res = await runSync(options(bucket, dir, { exclude: ['drafts/**', '**/*.map'] }));
    expect(res.uploaded).toEqual(['a.txt']);
  });

  it('never follows a symlink out of content-dir; skips dangling links; follows links inside', async () => {
    const bucket = await createBucket(client);
    const secretDir = await makeTree({ credentials: 'aws_secret_access_key=do-not-publish' });
    const dir = await makeTree({ 'index.html': 'home', 'real/page.html': 'page' });
    await symlink(path.join(secretDir, 'credentials'), path.join(dir, 'creds'));
    await symlink(secretDir, path.join(dir, 'outside-dir'));
    await symlink(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'alias'));
    await symlink('.', path.join(dir, 'real', 'loop'));
    const o = options(bucket, dir);
    const res = await runSync(o);
    expect([...res.uploaded].sort()).toEqual(['alias/page.html', 'index.html', 'real/page.html']);
    expect(o.logged.warn.join('\n')).toMatch(/creds.*outside/);
    expect(o.logged.warn.join('\n')).toMatch(/outside-dir.*outside/);
    expect(o.logged.warn.join('\n')).toMatch(/dangling/);
    const contents = await bucketContents(bucket);
    expect([...contents.values()].join('')).not.toContain('do-not-publish');
  });

  it('round-trips names with spaces, unicode (NFC), +, %, #, ?', async () => {
    const bucket = await createBucket(client);
    const nfd = 'cafe\u0301.txt';
    const names = [
      'with space.txt',
      'plus+sign.txt',
      'per%25cent.txt',
      'hash#tag.txt',
      'what?.txt',
      'ünï/日本.txt',
      nfd,
    ];
    const files: Record<string, string> = {};
    for (const n of names) files[n] = `body of ${n}`;
    const dir = await makeTree(files);
    const res = await runSync(options(bucket, dir));
    expect(res.uploaded).toContain('caf\u00e9.txt');
    expect(res.uploaded).not.toContain(nfd);
    const contents = await bucketContents(bucket);
    for (const n of names) expect(contents.get(n.normalize('NFC'))).toBe(`body of ${n}`);
    const again = await runSync(
      options(bucket, dir, {
        cacheControl: cacheControlRules([{ glob: '*.txt', value: 'max-age=1' }]),
      }),
    );
    expect(again.uploaded).toEqual([]);
    expect(again.metadataUpdated).toHaveLength(names.length);
    expect((await head(bucket, 'hash#tag.txt')).cacheControl).toBe('max-age=1');
  });

  it('explains a missing bucket, a missing folder and an empty folder', async () => {
    const dir = await makeTree({ 'a.txt': 'a' });
    await expect(runSync(options('no-such-bucket-here', dir))).rejects.toThrow(
      /bucket 'no-such-bucket-here' does not exist/,
    );
    const bucket = await createBucket(client);
    await expect(runSync(options(bucket, path.join(work, 'nope')))).rejects.toThrow(
      /`content-dir`: the folder .*nope' does not exist/,
    );
    const empty = await makeTree({});
    await expect(runSync(options(bucket, empty))).rejects.toThrow(
      /has no files: refusing to publish an empty site/,
    );
  });

  it('says access was denied, naming the action and the bucket', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a' });
    const wrong = createS3Client({
      region: 'eu-central-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'not-the-secret' },
    });
    try {
      await expect(runSync(options(bucket, dir, { client: wrong }))).rejects.toThrow(
        // The manifest is the first request (the listing waits for it: plan.ts, BucketSnapshot).
        new RegExp(
          `access denied: s3:GetObject on '.secure-dist/manifest.json' in bucket '${bucket}'`,
        ),
      );
    } finally {
      wrong.destroy();
    }
  });

  it('retries throttling and 5xx answers with backoff, then succeeds', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a' });
    const flaky = createS3Client({ region: 'eu-central-1', maxAttempts: 4 });
    let attempts = 0;
    // Inside the retry loop (deserialize step): the first two PUTs of a.txt answer 503 SlowDown.
    flaky.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutObjectCommand') {
          attempts += 1;
          if (attempts <= 2) {
            throw Object.assign(new Error('Please reduce your request rate.'), {
              name: 'SlowDown',
              $fault: 'server',
              $metadata: { httpStatusCode: 503 },
            });
          }
        }
        return next(args);
      },
      { step: 'deserialize', name: 'slow-down' },
    );
    try {
      const res = await runSync(options(bucket, dir, { client: flaky }));
      expect(res.uploaded).toEqual(['a.txt']);
      expect(attempts).toBeGreaterThanOrEqual(3);
      expect((await bucketContents(bucket)).get('a.txt')).toBe('a');
    } finally {
      flaky.destroy();
    }
  });

  it('deletes nothing when an upload fails, and the next run converges', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a', 'old.txt': 'old' });
    await runSync(options(bucket, dir));
    await rm(path.join(dir, 'old.txt'));
    await writeTree(dir, { 'b.txt': 'b', 'c.txt': 'c' });
    const stop = failPutOf(client, 'b.txt');
    await expect(runSync(options(bucket, dir))).rejects.toThrow(
      /injected failure.*Nothing was deleted/,
    );
    stop();
    expect((await bucketContents(bucket)).has('old.txt')).toBe(true);
    const res = await runSync(options(bucket, dir));
    expect(res.uploaded).toEqual(['b.txt']);
    expect(res.deleted).toEqual(['old.txt']);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({
      'a.txt': 'a',
      'b.txt': 'b',
      'c.txt': 'c',
    });
  });
});

describe("the manifest's snapshot of the bucket", () => {
  it('stands for the listing on the next run, with kept objects, max-delete and deletes', async () => {
    const bucket = await createBucket(client);
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'theirs.txt', Body: 'x' }));
    const dir = await makeTree({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const first = await runSync(options(bucket, dir, { delete: false }));
    expect(first.listed).toBe(true);
    expect(first.kept).toBe(1);

    const counter = countCommands(client);
    const again = await runSync(options(bucket, dir, { delete: false }));
    expect(again.listed).toBe(false);
    expect(again.uploaded).toEqual([]);
    expect(again.kept).toBe(1);
    expect(counter.counts.get('ListObjectsV2Command')).toBeUndefined();
    expect(counter.counts.get('PutObjectCommand')).toBeUndefined(); // nothing to write
    counter.stop();

    // max-delete counts the objects the snapshot records (3 + theirs.txt).
    await rm(path.join(dir, 'b.txt'));
    await rm(path.join(dir, 'c.txt'));
    await expect(
      runSync(options(bucket, dir, { maxDelete: parseMaxDelete('25%') })),
    ).rejects.toThrow(/delete 3 of the 4 objects/);
    const res = await runSync(options(bucket, dir));
    expect(res.listed).toBe(false);
    expect([...res.deleted].sort()).toEqual(['b.txt', 'c.txt', 'theirs.txt']);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({ 'a.txt': 'a' });
    const after = await runSync(options(bucket, dir));
    expect(after.listed).toBe(false);
    expect(after.unchanged).toBe(1);
    expect(after.deleted).toEqual([]);
  });

  it('is dropped before the bucket changes: a run that dies half-way makes the next one list', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'A1', 'z.txt': 'z' });
    await runSync(options(bucket, dir));
    // The next commit changes a.txt and adds b.txt; the run uploads a.txt, then b.txt fails.
    await writeTree(dir, { 'a.txt': 'B1', 'b.txt': 'b' });
    const stop = failPutOf(client, 'b.txt', 50); // a.txt goes up first
    await expect(runSync(options(bucket, dir))).rejects.toThrow(/injected failure/);
    stop();
    expect((await bucketContents(bucket)).get('a.txt')).toBe('B1');

    // That commit is reverted: the folder is what the manifest still records for a.txt. Only a
    // listing shows that the bucket holds B1 there.
    await writeTree(dir, { 'a.txt': 'A1' });
    await rm(path.join(dir, 'b.txt'));
    const res = await runSync(options(bucket, dir));
    expect(res.listed).toBe(true);
    expect(res.uploaded).toEqual(['a.txt']);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({
      'a.txt': 'A1',
      'z.txt': 'z',
    });
    expect((await runSync(options(bucket, dir))).listed).toBe(false);
  });

  it('does not see a change made outside the action until a run with verify: full', async () => {
    const bucket = await createBucket(client);
    const dir = await makeTree({ 'a.txt': 'a', 'b.txt': 'b' });
    await runSync(options(bucket, dir));
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'b.txt' }));
    const trusted = await runSync(options(bucket, dir));
    expect(trusted.listed).toBe(false);
    expect(trusted.uploaded).toEqual([]);
    const info: string[] = [];
    const full = await runSync(
      options(bucket, dir, { verify: 'full', log: { info: (m) => info.push(m), warn: () => {} } }),
    );
    expect(full.listed).toBe(true);
    expect(full.uploaded).toEqual(['b.txt']);
    expect(info.join('\n')).toMatch(/bucket listed: 1 objects/);
    expect(Object.fromEntries(await bucketContents(bucket))).toEqual({
      'a.txt': 'a',
      'b.txt': 'b',
    });
  });

  it('is ignored when unreadable, and the bucket is listed', () => {
    const entry = { etag: 'e', md5: 'e', size: 1, contentType: 't', cacheControl: 'c' };
    const text = (bucket: unknown) =>
      JSON.stringify({ version: 1, objects: { 'a.txt': entry }, bucket });
    expect(
      parseManifest(text({ listed: 't', others: { x: { etag: 'f', size: 2 } } }))?.bucket,
    ).toEqual({ listed: 't', others: { x: { etag: 'f', size: 2 } } });
    expect(
      parseManifest(text({ listed: 't', others: { x: { etag: 'f' } } }))?.bucket,
    ).toBeUndefined();
    expect(parseManifest(text({ others: {} }))?.bucket).toBeUndefined();
    const broken = JSON.stringify({
      version: 1,
      objects: { 'a.txt': entry, 'b.txt': { etag: 1 } },
      bucket: { listed: 't', others: {} },
    });
    expect(parseManifest(broken)?.bucket).toBeUndefined();
    expect(remoteFromSnapshot(parseManifest(broken))).toBeUndefined();
    expect(
      remoteFromSnapshot(
        parseManifest(text({ listed: 't', others: { x: { etag: 'f', size: 2 } } })),
      ),
    ).toEqual([
      { key: 'a.txt', etag: 'e', size: 1 },
      { key: 'x', etag: 'f', size: 2 },
    ]);
  });
});

describe('property: after any edits, a sync makes the bucket equal the folder, uploading exactly what changed', () => {
  const name = fc.constantFrom(
    'a',
    'b',
    'c',
    'index.html',
    'x y.txt',
    'é.css',
    'p+q.js',
    'n%1.json',
  );
  const keyArb = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
  const treeArb = fc.dictionary(keyArb, fc.string({ maxLength: 20 }), { minKeys: 1, maxKeys: 12 });
  type Edit =
    | { kind: 'add'; key: string; body: string }
    | { kind: 'change' | 'delete' | 'touch'; index: number; body: string }
    | { kind: 'rename'; index: number; to: string; body: string };
  const editArb: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      key: keyArb,
      body: fc.string({ maxLength: 20 }),
    }),
    fc.record({
      kind: fc.constantFrom('change' as const, 'delete' as const, 'touch' as const),
      index: fc.nat(),
      body: fc.string({ maxLength: 20 }),
    }),
    fc.record({
      kind: fc.constant('rename' as const),
      index: fc.nat(),
      to: keyArb,
      body: fc.constant(''),
    }),
  );

  /** Drops keys that would need to be both a file and a folder. */
  function consistent(tree: Map<string, string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of [...tree].sort(([a], [b]) => a.length - b.length)) {
      const clash = [...out.keys()].some((o) => k.startsWith(`${o}/`) || o.startsWith(`${k}/`));
      if (!clash) out.set(k, v);
    }
    return out;
  }

  it('holds for random trees and random edits', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, fc.array(editArb, { maxLength: 6 }), async (initial, edits) => {
        const bucket = await createBucket(client, 'prop');
        const before = consistent(new Map(Object.entries(initial)));
        const dir = await makeTree(Object.fromEntries(before));
        await runSync(options(bucket, dir));

        const after = new Map(before);
        for (const e of edits) {
          const keys = [...after.keys()];
          if (e.kind === 'add') after.set(e.key, e.body);
          else if (keys.length > 0) {
            const key = keys[e.index % keys.length] ?? '';
            if (e.kind === 'change') after.set(key, `${after.get(key) ?? ''}+${e.body}`);
            if (e.kind === 'delete') after.delete(key);
            if (e.kind === 'rename') {
              const body = after.get(key) ?? '';
              after.delete(key);
              after.set(e.to, body);
            }
          }
        }
        const target = consistent(after);
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });
        await writeTree(dir, Object.fromEntries(target));

        if (target.size === 0) {
          // Every file gone: the sync refuses, and the bucket keeps what it had.
          await expect(runSync(options(bucket, dir))).rejects.toThrow(
            /refusing to publish an empty site/,
          );
          expect(Object.fromEntries(await bucketContents(bucket))).toEqual(
            Object.fromEntries(before),
          );
          return;
        }
        const res = await runSync(options(bucket, dir));
        const expectedUploads = [...target]
          .filter(([k, v]) => before.get(k) !== v)
          .map(([k]) => k)
          .sort();
        const expectedDeletes = [...before.keys()].filter((k) => !target.has(k)).sort();
        expect([...res.uploaded].sort()).toEqual(expectedUploads);
        expect([...res.deleted].sort()).toEqual(expectedDeletes);
        expect(res.metadataUpdated).toEqual([]);
        expect(Object.fromEntries(await bucketContents(bucket))).toEqual(
          Object.fromEntries(target),
        );
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
