/**
 * The sandbox's S3 server (scripts/s3-server.mjs in front of s3rver) accepts only requests
 * SigV4-signed with the run's credentials, and refuses `..` keys (issue 15 #9): s3rver alone
 * accepts unsigned requests, never checks a SigV4 signature, and wrote `PUT ..%2f..%2fx`
 * outside its directory.
 *
 * And it stops by itself, however it was started (issue 20): a parent's pipe on its standard
 * input is a lifeline only with --stop-when-stdin-closes, so started from a shell with stdin at
 * end-of-file (ci.yml's `< /dev/null … &`) it stays up until a signal or --max-seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startS3Process, type S3Credentials, type S3Process } from '../src/sandbox/s3-process.js';

const SCRIPT = path.resolve(import.meta.dirname, '..', 'scripts', 's3-server.mjs');
const BUCKET = 'traversal-test';
const RUN: S3Credentials = {
  accessKeyId: `TEST${randomBytes(6).toString('hex').toUpperCase()}`,
  secretAccessKey: randomBytes(24).toString('base64url'),
};

let work: string;
let store: string;
let server: S3Process;
let client: S3Client;

function clientWith(credentials: S3Credentials, rawPath?: string): S3Client {
  const c = new S3Client({
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials,
    maxAttempts: 1,
  });
  if (rawPath !== undefined) {
    // Sends exactly this path (signed as sent), as a hostile client on the machine would.
    c.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request;
        if (typeof request === 'object' && request !== null && 'path' in request) {
          request.path = rawPath;
        }
        return next(args);
      },
      { step: 'build', name: 'rawPath' },
    );
  }
  return c;
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; status: number }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof S3ServiceException) {
      return { name: e.name, status: e.$metadata.httpStatusCode ?? 0 };
    }
    throw e;
  }
  throw new Error('expected the request to be refused');
}

/** Every file under `dir`, relative. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 's3-server-test-'));
  store = path.join(work, 'root', 'store');
  await mkdir(store, { recursive: true });
  server = await startS3Process({
    script: SCRIPT,
    maxSeconds: 300,
    onStderr: (line) => process.stderr.write(`${line}\n`),
    credentials: RUN,
    directory: store,
  });
  client = clientWith(RUN);
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe("the S3 server requires the run's credentials", () => {
  it('serves requests signed with them', async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'ok.txt', Body: 'fine' }));
    const got = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'ok.txt' }));
    expect(await got.Body?.transformToString()).toBe('fine');
  });

  it('refuses unsigned requests (403), and writes nothing', async () => {
    const put = await fetch(`${server.endpoint}/${BUCKET}/unsigned.txt`, {
      method: 'PUT',
      body: 'x',
    });
    expect(put.status).toBe(403);
    expect(await put.text()).toContain('AccessDenied');
    expect((await fetch(`${server.endpoint}/${BUCKET}/ok.txt`)).status).toBe(403);
    expect((await fetch(`${server.endpoint}/`)).status).toBe(403);
    const list = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((list.Contents ?? []).map((o) => o.Key)).toEqual(['ok.txt']);
  });

  it.each([
    ['the wrong secret', { accessKeyId: RUN.accessKeyId, secretAccessKey: 'not-the-secret' }],
    [
      'another access key (the old well-known S3RVER pair)',
      { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    ],
    [
      'another access key with the right secret',
      { accessKeyId: 'AKIAOTHER', secretAccessKey: RUN.secretAccessKey },
    ],
  ])('refuses requests signed with %s (403)', async (_name, credentials) => {
    const other = clientWith(credentials);
    try {
      expect(
        await errorOf(
          other.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'forged.txt', Body: 'x' })),
        ),
      ).toEqual({ name: 'AccessDenied', status: 403 });
      expect(
        await errorOf(other.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'ok.txt' }))),
      ).toEqual({ name: 'AccessDenied', status: 403 });
    } finally {
      other.destroy();
    }
  });
});

describe('the S3 server refuses .. keys', () => {
  it.each([
    `/${BUCKET}/..%2f..%2fx`,
    `/${BUCKET}/..%2F..%2Fescaped.txt`,
    `/${BUCKET}/%2e%2e/%2e%2e/x`,
    `/${BUCKET}/../../x`,
    `/${BUCKET}/a/..%5c..%5cx`,
    `/${BUCKET}/%252e%252e%252fx`,
    '/..%2f..%2fbucket',
  ])(
    'PUT %s (signed with the right credentials) is refused, nothing written outside',
    async (raw) => {
      const hostile = clientWith(RUN, raw);
      try {
        const error = await errorOf(
          hostile.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'placeholder', Body: 'pwned' })),
        );
        expect(error.status).toBe(400);
      } finally {
        hostile.destroy();
      }
      // Only the store itself holds files: nothing next to it or above it.
      expect(await readdir(path.join(work, 'root'))).toEqual(['store']);
      expect(await readdir(work)).toEqual(['root']);
      expect((await filesUnder(store)).some((f) => f.includes('pwned') || f.startsWith('..'))).toBe(
        false,
      );
    },
  );

  it('refuses a CopyObject whose source climbs out of the bucket', async () => {
    const error = await errorOf(
      client.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'copy.txt',
          CopySource: `${BUCKET}/..%2f..%2f..%2fetc%2fpasswd`,
        }),
      ),
    );
    expect(error.status).toBe(400);
  });
});

describe('the S3 server stops by itself, and only when it should (issue 20)', () => {
  /** Starts the script with `stdin` as its standard input; resolves once it listens. */
  async function start(
    stdin: 'pipe' | 'ignore',
    ...args: string[]
  ): Promise<{ child: ChildProcess; port: number }> {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', SCRIPT, ...args], {
      stdio: [stdin, 'pipe', 'pipe'],
    });
    const [line] = await new Promise<string[]>((resolve, reject) => {
      child.stdout?.once('data', (d: Buffer) => resolve([d.toString()]));
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    return { child, port: Number(JSON.parse(line ?? '{}').port) };
  }

  /** Does anything answer HTTP on the port (the server refuses unsigned requests: 403)? */
  async function answers(port: number): Promise<boolean> {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      await res.arrayBuffer(); // an unread body keeps the socket (and the test worker) alive
      return res.status === 403;
    } catch {
      return false;
    }
  }

  const exit = (child: ChildProcess): Promise<unknown[]> =>
    child.exitCode !== null ? Promise.resolve([child.exitCode]) : once(child, 'exit');

  it('started with stdin at end-of-file (as ci.yml starts it), it stays up, then stops on SIGTERM', async () => {
    const { child, port } = await start('ignore', '--max-seconds', '60');
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await answers(port)).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await exit(child);
    }
    expect(await answers(port)).toBe(false);
  });

  it("with --stop-when-stdin-closes, it stops when its parent's pipe closes", async () => {
    const { child, port } = await start('pipe', '--stop-when-stdin-closes', '--max-seconds', '60');
    expect(await answers(port)).toBe(true);
    child.stdin?.end();
    expect(await exit(child)).toEqual([0, null]);
    expect(await answers(port)).toBe(false);
  });

  it('with --stop-when-stdin-closes and no pipe, it refuses to start and says why', async () => {
    const child = spawn(
      process.execPath,
      ['--openssl-legacy-provider', SCRIPT, '--stop-when-stdin-closes'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exit(child)).toEqual([2, null]);
    expect(stderr).toContain('--stop-when-stdin-closes needs a pipe on standard input');
  });

  it('stops after --max-seconds', async () => {
    const { child, port } = await start('ignore', '--max-seconds', '1');
    expect(await exit(child)).toEqual([0, null]);
    expect(await answers(port)).toBe(false);
  });
});
