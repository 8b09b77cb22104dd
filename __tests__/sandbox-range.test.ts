/**
 * `Range` requests of a large file through the sandbox (issue 24), both edge runtimes: the file
 * is synced as a multipart upload, and an authenticated `Range: bytes=a-b` gets a 206 with the
 * right `Content-Range` and bytes, from the bucket and again from the cache; a suffix range the
 * last bytes; a range past the end a 416; no credentials a 401, as before. And the rule itself
 * (src/sandbox/range.ts) on the edges of RFC 9110's forms.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { byteRange } from '../src/sandbox/range.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { MIB, PART_SIZE } from '../src/sync/parts.js';
import { basicAuthorization, rawRequest } from './helpers/raw-request.js';

const REPO = path.resolve(import.meta.dirname, '..');
const ALICE = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const alice = basicAuthorization('alice', ALICE);
/** Three 8 MiB parts and a bit: a multipart upload. */
const SIZE = 3 * PART_SIZE + 4321;

const get = (sandbox: Sandbox, target: string, headers: Record<string, string>) =>
  rawRequest(sandbox.port, target, headers);

describe('byteRange', () => {
  it.each([
    ['bytes=0-99', 1000, { kind: 'partial', start: 0, end: 99 }],
    ['bytes=900-', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['bytes=900-5000', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['bytes=999-999', 1000, { kind: 'partial', start: 999, end: 999 }],
    ['bytes=-100', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', 1000, { kind: 'partial', start: 0, end: 999 }],
    ['BYTES = 5-6', 1000, { kind: 'partial', start: 5, end: 6 }],
    ['bytes=1000-', 1000, { kind: 'unsatisfiable' }],
    ['bytes=1000-2000', 1000, { kind: 'unsatisfiable' }],
    ['bytes=-0', 1000, { kind: 'unsatisfiable' }],
    ['bytes=-1', 0, { kind: 'unsatisfiable' }],
    ['bytes=0-', 0, { kind: 'unsatisfiable' }],
    ['bytes=9-5', 1000, { kind: 'whole' }],
    ['bytes=-', 1000, { kind: 'whole' }],
    ['bytes=0-1,5-6', 1000, { kind: 'whole' }],
    ['items=0-1', 1000, { kind: 'whole' }],
    ['bytes=a-b', 1000, { kind: 'whole' }],
  ] as const)('%s of %d bytes', (header, size, expected) => {
    expect(byteRange(header, size)).toEqual(expected);
  });

  it('is the whole object without a header', () => {
    expect(byteRange(undefined, 10)).toEqual({ kind: 'whole' });
  });
});

let work: string;
let content: string;
let large: Buffer;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-range-'));
  content = path.join(work, 'content');
  await mkdir(path.join(content, 'media'), { recursive: true });
  await writeFile(path.join(content, 'index.html'), '<h1>media</h1>');
  large = Buffer.alloc(SIZE);
  for (let i = 0; i + 4 <= SIZE; i += 4) large.writeUInt32BE(i >>> 2, i);
  await writeFile(path.join(content, 'media', 'large.bin'), large);
});

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe.each(['lambda', 'function'] as const)('EDGE=%s', (edge) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({
      contentDir: content,
      contentDirLabel: 'content',
      port: 0,
      users: [{ user: 'alice', password: ALICE }],
      realm: 'Range Test',
      watch: false,
      edge,
      s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
      maxSeconds: 900,
      log: { info: () => undefined, warn: () => undefined },
    });
  }, 120_000);
  afterAll(async () => {
    await sandbox?.close();
  });

  it('answers a range of the large file 206 with its Content-Range and bytes, from the bucket and from the cache', async () => {
    const start = PART_SIZE - 10;
    const end = PART_SIZE + MIB;
    for (const cache of ['Miss', 'Hit']) {
      const res = await get(sandbox, '/media/large.bin', {
        authorization: alice,
        range: `bytes=${start}-${end}`,
      });
      expect(res.status).toBe(206);
      expect(res.headers['x-cache']).toBe(cache);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${SIZE}`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(res.headers['accept-ranges']).toBe('bytes');
      expect(res.headers['cache-control']).toMatch(/private/);
      expect(res.body.equals(large.subarray(start, end + 1))).toBe(true);
    }
  });

  it('answers a suffix range with the last bytes, an open range to the end, and the whole file 200', async () => {
    const suffix = await get(sandbox, '/media/large.bin', {
      authorization: alice,
      range: 'bytes=-1000',
    });
    expect(suffix.status).toBe(206);
    expect(suffix.headers['content-range']).toBe(`bytes ${SIZE - 1000}-${SIZE - 1}/${SIZE}`);
    expect(suffix.body.equals(large.subarray(SIZE - 1000))).toBe(true);
    const open = await get(sandbox, '/media/large.bin', {
      authorization: alice,
      range: `bytes=${SIZE - 7}-`,
    });
    expect(open.status).toBe(206);
    expect(open.body.equals(large.subarray(SIZE - 7))).toBe(true);
    const whole = await get(sandbox, '/media/large.bin', { authorization: alice });
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.body.equals(large)).toBe(true);
  });

  it('answers a range past the end 416 with the size, and a range without credentials 401', async () => {
    const past = await get(sandbox, '/media/large.bin', {
      authorization: alice,
      range: `bytes=${SIZE}-`,
    });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${SIZE}`);
    expect(past.headers['cache-control']).toMatch(/private/);
    const anonymous = await get(sandbox, '/media/large.bin', { range: 'bytes=0-99' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.includes(large.subarray(0, 100))).toBe(false);
  });
});
