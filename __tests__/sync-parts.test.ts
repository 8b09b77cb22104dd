/**
 * Files of any size S3 accepts (issue 24): the part-size rule from 0 bytes to S3's largest
 * object, the hash taking the same rule as the upload, the memory an upload holds, and the
 * refusal of a file S3 cannot store before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { hashBytes, hashFile } from '../src/sync/hash.js';
import { UPLOAD_MEMORY_BYTES, runSync } from '../src/sync/index.js';
import {
  MAX_OBJECT_SIZE,
  MAX_PARTS,
  MAX_PART_SIZE,
  MIB,
  MIN_PART_SIZE,
  MULTIPART_QUEUE_SIZE,
  ObjectTooLargeError,
  PART_SIZE,
  checkObjectSizes,
  partSizeFor,
  uploadSettings,
} from '../src/sync/parts.js';
import { createS3Client, listObjects } from '../src/sync/s3.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';
import { syncOptions } from './helpers/sync-options.js';

const GIB = 1024 * MIB;
/** Any size S3 accepts, 0 to 48.8 TiB (beyond 2^31: fast-check's integers stop there). */
const anySize = fc.bigInt({ min: 0n, max: BigInt(MAX_OBJECT_SIZE) }).map(Number);

describe('partSizeFor', () => {
  it("is S3's 48.8 TiB: 10,000 parts of 5 GiB", () => {
    expect(MAX_OBJECT_SIZE).toBe(53_687_091_200_000);
    expect(MAX_OBJECT_SIZE / 1024 ** 4).toBeCloseTo(48.83, 2);
  });

  it('keeps 8 MiB up to exactly 10,000 parts of it, then grows by whole MiB', () => {
    expect(partSizeFor(0)).toBe(PART_SIZE);
    expect(partSizeFor(1)).toBe(PART_SIZE);
    expect(partSizeFor(PART_SIZE + 1)).toBe(PART_SIZE);
    expect(partSizeFor(MAX_PARTS * PART_SIZE)).toBe(PART_SIZE);
    expect(partSizeFor(MAX_PARTS * PART_SIZE + 1)).toBe(PART_SIZE + MIB);
    expect(partSizeFor(MAX_PARTS * (PART_SIZE + MIB))).toBe(PART_SIZE + MIB);
    expect(partSizeFor(MAX_PARTS * (PART_SIZE + MIB) + 1)).toBe(PART_SIZE + 2 * MIB);
    expect(partSizeFor(1024 * GIB)).toBe(105 * MIB);
    expect(partSizeFor(MAX_OBJECT_SIZE - 1)).toBe(MAX_PART_SIZE);
    expect(partSizeFor(MAX_OBJECT_SIZE)).toBe(MAX_PART_SIZE);
  });

  it('refuses a file one byte past the largest object, naming the limit', () => {
    expect(() => partSizeFor(MAX_OBJECT_SIZE + 1)).toThrow(
      /53,687,091,200,001 bytes, larger than the largest object S3 accepts \(53,687,091,200,000 bytes, 48\.8 TiB/,
    );
  });

  it('fits every size S3 accepts in 10,000 parts of 5 MiB to 5 GiB, whole MiB, the smallest that fits', () => {
    fc.assert(
      fc.property(anySize, (size) => {
        const part = partSizeFor(size);
        expect(part).toBeGreaterThanOrEqual(MIN_PART_SIZE);
        expect(part).toBeLessThanOrEqual(MAX_PART_SIZE);
        expect(part % MIB).toBe(0);
        expect(Math.ceil(size / part)).toBeLessThanOrEqual(MAX_PARTS);
        // The smallest: today's 8 MiB, or one MiB less would need more than 10,000 parts.
        if (part > PART_SIZE) expect(Math.ceil(size / (part - MIB))).toBeGreaterThan(MAX_PARTS);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a forced base part size (tests) wherever it fits', () => {
    expect(partSizeFor(300 * MIB, MIN_PART_SIZE)).toBe(MIN_PART_SIZE);
    expect(partSizeFor(MAX_PARTS * MIN_PART_SIZE + 1, MIN_PART_SIZE)).toBe(6 * MIB);
  });
});

describe('the hash takes the upload part size', () => {
  // Parts of 1 byte stand for 8 MiB: 10,000 of them hold 10,000 bytes, not one more.
  const ETAG_OF_PARTS = (bytes: Buffer, part: number): string => {
    const digests: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += part) {
      digests.push(
        createHash('md5')
          .update(bytes.subarray(i, i + part))
          .digest(),
      );
    }
    return `${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${digests.length}`;
  };
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sync-parts-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives 10,000 parts at the edge and the grown part one byte past it, from a file and from bytes', async () => {
    for (const size of [MAX_PARTS, MAX_PARTS + 1, 3 * MAX_PARTS + 7]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31) % 251;
      const file = path.join(dir, `f${size}`);
      await writeFile(file, bytes);
      const part = partSizeFor(size, 1);
      const expected =
        size <= part ? createHash('md5').update(bytes).digest('hex') : ETAG_OF_PARTS(bytes, part);
      expect((await hashFile(file, 1)).etag).toBe(expected);
      expect(hashBytes(bytes, 1).etag).toBe(expected);
      expect(uploadSettings(size, UPLOAD_MEMORY_BYTES, 1).partSize).toBe(part);
    }
    // The edge itself: exactly 10,000 parts; one byte more and the part grows (to 1 MiB here).
    expect((await hashFile(path.join(dir, `f${MAX_PARTS}`), 1)).etag).toMatch(/-10000$/);
    expect(partSizeFor(MAX_PARTS + 1, 1)).toBe(MIB);
  });
});

describe('uploadSettings', () => {
  it('keeps what an upload holds within the budget while two parts fit in it', () => {
    fc.assert(
      fc.property(anySize, (size) => {
        const s = uploadSettings(size, UPLOAD_MEMORY_BYTES);
        expect(s.partSize).toBe(partSizeFor(size));
        expect(s.queueSize).toBeGreaterThanOrEqual(1);
        expect(s.queueSize).toBeLessThanOrEqual(MULTIPART_QUEUE_SIZE);
        if (size <= s.partSize) {
          expect(s.memory).toBe(size);
        } else {
          expect(s.memory).toBe((s.queueSize + 1) * s.partSize);
          if (2 * s.partSize <= UPLOAD_MEMORY_BYTES) {
            expect(s.memory).toBeLessThanOrEqual(UPLOAD_MEMORY_BYTES);
          } else {
            expect(s.queueSize).toBe(1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('queues fewer parts as they grow: 8 MiB × 2, 20 MiB × 1, and one 5 GiB part at 48.8 TiB', () => {
    expect(uploadSettings(100 * MIB, UPLOAD_MEMORY_BYTES)).toEqual({
      partSize: 8 * MIB,
      queueSize: 2,
      memory: 24 * MIB,
    });
    expect(uploadSettings(MAX_PARTS * 20 * MIB, UPLOAD_MEMORY_BYTES)).toEqual({
      partSize: 20 * MIB,
      queueSize: 1,
      memory: 40 * MIB,
    });
    expect(uploadSettings(MAX_OBJECT_SIZE, UPLOAD_MEMORY_BYTES)).toEqual({
      partSize: 5 * GIB,
      queueSize: 1,
      memory: 10 * GIB,
    });
  });
});

describe('checkObjectSizes', () => {
  it('passes the largest object and refuses one byte more, naming the file and the limit', () => {
    expect(() => checkObjectSizes([{ key: 'a.iso', size: MAX_OBJECT_SIZE }], 'site')).not.toThrow();
    let error: unknown;
    try {
      checkObjectSizes(
        [
          { key: 'a.iso', size: MAX_OBJECT_SIZE },
          { key: 'big/b.iso', size: MAX_OBJECT_SIZE + 1 },
        ],
        'site',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ObjectTooLargeError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain("`content-dir` 'site': 'big/b.iso' is 53,687,091,200,001 bytes");
    expect(message).toContain('53,687,091,200,000 bytes, 48.8 TiB');
    expect(message).toContain('Nothing was uploaded or deleted');
    expect(message).not.toContain('a.iso');
  });
});

// A sparse file past 48.8 TiB needs a file system that holds one: tmpfs does, ext4 (16 TiB) not.
const SHM = '/dev/shm';
describe('a sync with a file S3 cannot store', () => {
  let server: S3Server;
  let restoreEnv: () => void;
  let client: S3Client;
  let dir: string;
  beforeAll(async () => {
    server = await startS3Server();
    restoreEnv = useServerEnv(server);
    client = createS3Client({ region: 'eu-central-1', maxAttempts: 2 });
    dir = await mkdtemp(path.join(existsSync(SHM) ? SHM : tmpdir(), 'sync-too-large-'));
  });
  afterAll(async () => {
    client.destroy();
    restoreEnv();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused before anything is uploaded or deleted', async () => {
    const bucket = await createBucket(client);
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'old.txt', Body: 'old' }));
    await writeFile(path.join(dir, 'index.html'), '<h1>hi</h1>');
    await writeFile(path.join(dir, 'huge.bin'), '');
    // Fails on a file system without sparse files that large: then the test fails, visibly.
    await truncate(path.join(dir, 'huge.bin'), MAX_OBJECT_SIZE + 1);
    const run = runSync(syncOptions(client, bucket, dir, { concurrency: 4 }));
    await expect(run).rejects.toThrow(
      /'huge\.bin' is 53,687,091,200,001 bytes, larger than the largest object S3 accepts/,
    );
    expect((await listObjects(client, bucket)).map((o) => o.key)).toEqual(['old.txt']);
  });
});
