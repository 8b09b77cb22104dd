/**
 * hashFile reads every file into a few reused buffers (src/sync/hash.ts, READ_SIZE): the same
 * MD5, ETag and git blob id as the bytes' own, at every boundary of a read and of a part.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { READ_SIZE, hashBytes, hashFile, spareReadBuffers } from '../src/sync/hash.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sync-hash-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const gitBlobOf = (bytes: Buffer) =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

it('gives the bytes’ own MD5, ETag and blob id at every read and part boundary', async () => {
  const part = 300_000; // not a multiple of READ_SIZE: parts end inside a read
  const sizes = [
    0,
    1,
    READ_SIZE - 1,
    READ_SIZE,
    READ_SIZE + 1,
    part - 1,
    part,
    part + 1,
    2 * part,
    3 * READ_SIZE + 17,
  ];
  for (const size of sizes) {
    const bytes = randomBytes(size);
    const file = path.join(dir, `f-${size}`);
    await writeFile(file, bytes);
    const expected = hashBytes(bytes, part);
    const got = await hashFile(file, part, size, 'sha1');
    expect({ file: size, hash: got }).toEqual({
      file: size,
      hash: { ...expected, blob: gitBlobOf(bytes) },
    });
    // Without the walk's size (a stat instead), and without a blob id.
    expect(await hashFile(file, part)).toEqual(expected);
  }
});

it('reads a file that grew past its part size since the walk again, with its part digests', async () => {
  const part = 100_000;
  const bytes = randomBytes(250_000);
  const file = path.join(dir, 'grew');
  await writeFile(file, bytes);
  // The walk saw 50,000 bytes (one part): the read finds more than a part.
  const got = await hashFile(file, part, 50_000, 'sha1');
  expect(got.etag).toBe(hashBytes(bytes, part).etag);
  expect(got.etag).toMatch(/-3$/);
  expect(got.size).toBe(bytes.length);
  // The blob id names the size the walk gave: none for bytes of another size.
  expect(got.blob).toBeUndefined();
});

it('reuses its read buffers: as many kept as hashes ran at once, none lost to a failed read', async () => {
  const files = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const file = path.join(dir, `many-${i}`);
      await writeFile(file, randomBytes(1000 + i));
      return file;
    }),
  );
  const before = spareReadBuffers();
  for (const file of files) await hashFile(file);
  // One at a time: the same buffer each time.
  expect(spareReadBuffers()).toBe(Math.max(before, 1));
  await Promise.all(files.slice(0, 8).map((f) => hashFile(f)));
  const afterEight = spareReadBuffers();
  expect(afterEight).toBeLessThanOrEqual(Math.max(before, 8));
  expect(afterEight).toBeGreaterThanOrEqual(Math.min(8, Math.max(before, 1)));
  await expect(hashFile(path.join(dir, 'missing'), undefined, 10)).rejects.toThrow(/ENOENT/);
  expect(spareReadBuffers()).toBe(afterEight);
});

it('gives the event loop back while it hashes: timers fire during a long hash, not only after it', async () => {
  // Reads are synchronous (hash.ts, SLICE_MS): without the yields a 48 MiB hash would hold the
  // thread from start to end, and what the sync awaits meanwhile (the manifest) would wait.
  const file = path.join(dir, 'long');
  await writeFile(file, Buffer.alloc(48 * 1024 * 1024, 7));
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 1);
  try {
    const h = await hashFile(file);
    const ticksDuring = ticks;
    expect(h.size).toBe(48 * 1024 * 1024);
    expect(ticksDuring).toBeGreaterThanOrEqual(3);
  } finally {
    clearInterval(timer);
  }
});
