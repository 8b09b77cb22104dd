/**
 * A real multipart upload through the loopback S3 server (issue 24): a 300 MiB file, written
 * streamed into a temporary folder, synced in forced 5 MiB parts (60 of them), read back
 * exact, its ETag as the sync computed it equal to the server's (scripts/s3-server.mjs gives a
 * completed multipart upload S3's ETag), and the next syncs upload nothing — with the same part
 * size, and with today's 8 MiB, whose ETag differs (the manifest's MD5 vouches for it). The
 * memory the sync holds meanwhile stays far below the file's size.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { hashFile } from '../src/sync/hash.js';
import { runSync, type SyncOptions } from '../src/sync/index.js';
import { MIB, MIN_PART_SIZE } from '../src/sync/parts.js';
import { parseManifest } from '../src/sync/manifest-read.js';
import { MANIFEST_KEY } from '../src/sync/plan.js';
import { createS3Client, getText, listObjects } from '../src/sync/s3.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';
import { syncOptions } from './helpers/sync-options.js';

const SIZE = 300 * MIB + 12_345;
const KEY = 'media/large.bin';

let server: S3Server;
let restoreEnv: () => void;
let client: S3Client;
let dir: string;
let file: string;

/** Writes `size` bytes, 1 MiB at a time, each MiB different (so every part's MD5 differs). */
async function writeLargeFile(target: string, size: number): Promise<void> {
  const out = createWriteStream(target);
  const block = Buffer.alloc(MIB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 131 + 7) % 256;
  for (let offset = 0, n = 0; offset < size; offset += MIB, n++) {
    block.writeUInt32BE(n, 0);
    const chunk = Buffer.from(block.subarray(0, Math.min(MIB, size - offset)));
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function md5OfStream(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const h = createHash('md5');
  for await (const chunk of stream) h.update(chunk);
  return h.digest('hex');
}

const options = (bucket: string, extra: Partial<SyncOptions> = {}): SyncOptions =>
  syncOptions(client, bucket, dir, { concurrency: 4, verify: 'full', ...extra });

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  client = createS3Client({ region: 'eu-central-1', maxAttempts: 2 });
  dir = await mkdtemp(path.join(tmpdir(), 'sync-multipart-'));
  file = path.join(dir, ...KEY.split('/'));
  await writeFile(path.join(dir, 'index.html'), '<h1>large</h1>');
  await mkdir(path.dirname(file), { recursive: true });
  await writeLargeFile(file, SIZE);
}, 120_000);

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a 300 MiB file in forced 5 MiB parts through the loopback S3 server', () => {
  it('uploads exact, with the ETag the sync computed, in bounded memory; the next syncs upload nothing', async () => {
    const bucket = await createBucket(client);
    const localMd5 = await md5OfStream(createReadStream(file));
    const expectedEtag = (await hashFile(file, MIN_PART_SIZE)).etag;
    expect(expectedEtag).toMatch(/^[0-9a-f]{32}-61$/); // 300 MiB + 12,345 bytes: 61 parts

    // What this process holds while the sync runs (the server is another process): RSS, and
    // the bytes in Buffers, where file content lives (held or not yet collected).
    const before = process.memoryUsage();
    const peak = { rss: before.rss, arrayBuffers: before.arrayBuffers };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
    }, 10);
    const started = performance.now();
    let first;
    try {
      first = await runSync(options(bucket, { partSize: MIN_PART_SIZE }));
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    const mib = (n: number): string => (n / MIB).toFixed(0);
    process.stderr.write(
      `sync-multipart: ${SIZE} bytes in 61 parts of 5 MiB: ${seconds.toFixed(1)} s; ` +
        `RSS ${mib(before.rss)} MiB before, peak ${mib(peak.rss)} MiB; ` +
        `Buffers ${mib(before.arrayBuffers)} MiB before, peak ${mib(peak.arrayBuffers)} MiB\n`,
    );
    expect([...first.uploaded].sort()).toEqual(['index.html', KEY]);
    expect(first.bytesUploaded).toBe(SIZE + '<h1>large</h1>'.length);
    // Streamed: the sync never holds the file (300 MiB), only parts in flight (2 × 5 MiB, plus
    // the one being gathered) and garbage not yet collected.
    expect(peak.arrayBuffers - before.arrayBuffers).toBeLessThan(100 * MIB);
    expect(peak.rss - before.rss).toBeLessThan(200 * MIB);

    // The ETag the sync computed (its plan's), the server's (HEAD and listing), and the
    // manifest's are one, and it is S3's multipart form with 61 parts.
    const planned = first.plan.uploads.find((u) => u.key === KEY);
    expect(planned?.etag).toBe(expectedEtag);
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: KEY }));
    expect(head.ETag).toBe(`"${expectedEtag}"`);
    expect(head.ContentLength).toBe(SIZE);
    const listed = (await listObjects(client, bucket)).find((o) => o.key === KEY);
    expect(listed).toEqual({ key: KEY, etag: expectedEtag, size: SIZE });
    const manifest = parseManifest(await getText(client, bucket, MANIFEST_KEY));
    expect(manifest?.objects[KEY]?.etag).toBe(expectedEtag);
    expect(manifest?.objects[KEY]?.md5).toBe(localMd5);

    // Read back exact.
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: KEY }));
    if (got.Body === undefined) throw new Error('no body');
    expect(await md5OfStream(got.Body.transformToWebStream())).toBe(localMd5);

    // Listed again and hashed again: nothing to send, with the same part size…
    const second = await runSync(options(bucket, { partSize: MIN_PART_SIZE }));
    expect(second.listed).toBe(true);
    expect(second.uploaded).toEqual([]);
    expect(second.unchanged).toBe(2);
    // …and with today's 8 MiB parts (another ETag: the manifest's MD5 vouches for the object).
    expect((await hashFile(file)).etag).not.toBe(expectedEtag);
    const third = await runSync(options(bucket));
    expect(third.uploaded).toEqual([]);
    expect(third.unchanged).toBe(2);

    // One byte changed in the 40th part: the object is sent again, never taken for unchanged.
    const handle = await open(file, 'r+');
    try {
      const byte = Buffer.alloc(1);
      await handle.read(byte, 0, 1, 200 * MIB + 5);
      byte[0] = (byte[0] ?? 0) ^ 0xff;
      await handle.write(byte, 0, 1, 200 * MIB + 5);
    } finally {
      await handle.close();
    }
    const fourth = await runSync(options(bucket, { partSize: MIN_PART_SIZE }));
    expect(fourth.uploaded).toEqual([KEY]);
    const changedEtag = (await hashFile(file, MIN_PART_SIZE)).etag;
    expect(changedEtag).not.toBe(expectedEtag);
    const listedAgain = (await listObjects(client, bucket)).find((o) => o.key === KEY);
    expect(listedAgain?.etag).toBe(changedEtag);
  }, 300_000);
});
