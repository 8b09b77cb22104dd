/**
 * Keys with a space, a `+` and both, through the sandbox (issue 22 #2): S3's REST endpoint reads
 * a raw `+` in a path as a space (public reports; src/edge/core/encoding.ts cites them), and so
 * does the sandbox's origin (`objectKey`). The edge forwards `+` as `%2B`, so every spelling of
 * `my+secret.pdf` gets that object, never `my secret.pdf`, and the cache holds each object under
 * the path invalidating its key purges: a deleted `my secret.pdf` is not left behind under a `+`
 * alias.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const REPO = path.resolve(import.meta.dirname, '..');
const USER = 'alice';
const PASSWORD = 'plus and space';
const AUTH = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/** Each file's own bytes, so a confused key shows as the wrong body. */
const FILES: Record<string, string> = {
  'names/my secret.pdf': 'SPACE\n',
  'names/my+secret.pdf': 'PLUS\n',
  'names/a+b c.txt': 'BOTH\n',
  'names/a b+c.txt': 'BOTH, THE OTHER WAY\n',
};

let work: string;
let sandbox: Sandbox;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-plus-'));
  await mkdir(path.join(work, 'names'));
  for (const [key, body] of Object.entries(FILES)) await writeFile(path.join(work, key), body);
  sandbox = await startSandbox({
    contentDir: work,
    contentDirLabel: 'content',
    port: 0,
    users: [{ user: USER, password: PASSWORD }],
    realm: 'Plus',
    watch: false,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    log: { info: () => undefined, warn: () => undefined },
  });
});

afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function body(uri: string): Promise<string> {
  const res = await fetch(new URL(uri, sandbox.url), { headers: { Authorization: AUTH } });
  return `${res.status} ${await res.text()}`;
}

it('serves each of the keys for every spelling of its path, never another key’s bytes', async () => {
  const cases: [string, string][] = [
    ['/names/my+secret.pdf', '200 PLUS\n'],
    ['/names/my%2Bsecret.pdf', '200 PLUS\n'],
    ['/names/my%2bsecret.pdf', '200 PLUS\n'],
    ['/names/my%20secret.pdf', '200 SPACE\n'],
    ['/names/a+b%20c.txt', '200 BOTH\n'],
    ['/names/a%2Bb%20c.txt', '200 BOTH\n'],
    ['/names/a%20b+c.txt', '200 BOTH, THE OTHER WAY\n'],
  ];
  // Twice: from the bucket, then from the edge's cache.
  for (const round of ['miss', 'hit']) {
    for (const [uri, want] of cases)
      expect({ round, uri, got: await body(uri) }).toEqual({ round, uri, got: want });
  }
  // One cache entry per key, under its invalidation path; no raw `+` alias.
  expect(sandbox.edge.cachedKeys()).toEqual([
    '/names/a%20b%2Bc.txt',
    '/names/a%2Bb%20c.txt',
    '/names/my%20secret.pdf',
    '/names/my%2Bsecret.pdf',
  ]);
});

it('deleting the space key purges it, and the + key still serves its own bytes', async () => {
  await body('/names/my+secret.pdf');
  await body('/names/my%20secret.pdf');
  await unlink(path.join(work, 'names', 'my secret.pdf'));
  const report = await sandbox.resync();
  expect(report.sync.deleted).toEqual(['names/my secret.pdf']);
  expect(report.invalidation.paths).toEqual(['/names/my%20secret.pdf']);
  expect(report.cleared).toEqual(['/names/my%20secret.pdf']);
  expect(await body('/names/my%20secret.pdf')).toMatch(/^404 /);
  expect(await body('/names/my+secret.pdf')).toBe('200 PLUS\n');
  expect(await body('/names/my%2Bsecret.pdf')).toBe('200 PLUS\n');
});
