/** src/sync/upload-buffers.ts: single-PUT bodies read into buffers that are reused. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  LARGE_STEP,
  MIN_BUFFER,
  UploadBuffers,
  bufferSizeFor,
} from '../src/sync/upload-buffers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'upload-buffers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bufferSizeFor', () => {
  it('leaves room for one more byte, and at most twice a small file or 1 MiB more than a large one', () => {
    expect(bufferSizeFor(0)).toBe(MIN_BUFFER);
    expect(bufferSizeFor(MIN_BUFFER)).toBe(2 * MIN_BUFFER);
    expect(bufferSizeFor(LARGE_STEP - 1)).toBe(LARGE_STEP);
    expect(bufferSizeFor(LARGE_STEP)).toBe(2 * LARGE_STEP);
    expect(bufferSizeFor(8 * LARGE_STEP)).toBe(9 * LARGE_STEP);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 1024 ** 3 }), (size) => {
        const n = bufferSizeFor(size);
        expect(n).toBeGreaterThan(size);
        expect(n).toBeLessThanOrEqual(Math.max(MIN_BUFFER, 2 * (size + 1), size + 1 + LARGE_STEP));
      }),
    );
  });
});

describe('UploadBuffers', () => {
  it('hands the file bytes over and reuses the buffer for the next file of its size', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    await writeFile(a, 'first file');
    await writeFile(b, 'second, a bit longer');
    const buffers = new UploadBuffers(1024 * 1024);
    const seen: Buffer[] = [];
    for (const [file, text] of [
      [a, 'first file'],
      [b, 'second, a bit longer'],
      [a, 'first file'],
    ] as const) {
      await buffers.withFile(file, text.length, async (bytes) => {
        expect(bytes.toString('utf8')).toBe(text);
        seen.push(bytes);
      });
    }
    expect(buffers.allocated).toBe(1);
    expect(new Set(seen.map((s) => s.buffer)).size).toBe(1);
  });

  it('holds one buffer per upload in flight, and keeps no more spares than it may', async () => {
    const files = await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const f = path.join(dir, `f${i}`);
        await writeFile(f, Buffer.alloc(1000, i));
        return f;
      }),
    );
    const buffers = new UploadBuffers(2 * MIN_BUFFER);
    const inFlight = () =>
      Promise.all(
        files.map((f) => buffers.withFile(f, 1000, () => new Promise((r) => setTimeout(r, 5)))),
      );
    await inFlight();
    expect(buffers.allocated).toBe(4);
    await inFlight();
    // Two kept (2 × 16 KiB allowed), two allocated again.
    expect(buffers.allocated).toBe(6);
  });

  it('gives the bytes a file has now: one more than expected when it grew since the walk', async () => {
    const f = path.join(dir, 'grown');
    await writeFile(f, 'x'.repeat(100));
    const buffers = new UploadBuffers(0);
    expect(await buffers.withFile(f, 99, async (bytes) => bytes.length)).toBe(100);
    expect(await buffers.withFile(f, 150, async (bytes) => bytes.length)).toBe(100);
  });
});
