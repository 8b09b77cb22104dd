/**
 * Share links in the sandbox (issue 12), over HTTP on loopback: the sandbox checks a signed
 * URL with its key group's public key before the share behavior's function runs, as
 * CloudFront does, so a link opens its file without a password, and from the second it expires
 * (a controlled clock here) gets CloudFront's 403 — never a password prompt. Also the
 * preview's --share-path / --share-expires-in and the link it prints with `share-links: true`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/main.js';
import { banner, previewConfig } from '../src/sandbox/cli.js';
import { previewOptions, siteFile } from './helpers/preview.js';
import { rawRequest } from './helpers/raw-request.js';
import { onShareBehavior } from '../src/sandbox/edge-server.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const REPO = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(REPO, 'example');
const START = 1_800_000_000_000;
let clock = START;
let work: string;
let sandbox: Sandbox;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-share-'));
  const content = path.join(work, 'content');
  await cp(EXAMPLE, content, { recursive: true });
  sandbox = await startSandbox({
    contentDir: content,
    contentDirLabel: 'content',
    port: 0,
    users: [{ user: 'alice', password: 'alice-password' }],
    access: [{ users: ['alice'], globs: ['/docs/**'] }],
    realm: 'Share Test',
    watch: false,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    now: () => clock,
    log: { info: () => undefined, warn: () => undefined },
  });
});

afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** GET with the raw request target as given (no URL normalization by the client). */
const get = (target: string, cookie?: string) =>
  rawRequest(sandbox.port, target, cookie === undefined ? {} : { Cookie: cookie });

const targetOf = (url: string): string => url.slice(sandbox.url.length - 1);

describe('a share link in the sandbox', () => {
  it('opens its file without a password, then gets 403 (no prompt) once it has expired', async () => {
    clock = START;
    const link = sandbox.shareLink('index.html', 5);
    const open = await get(targetOf(link.url));
    expect(open.status).toBe(200);
    expect(open.body.equals(await readFile(path.join(EXAMPLE, 'index.html')))).toBe(true);
    clock = START + 4_999;
    expect((await get(targetOf(link.url))).status).toBe(200);
    clock = START + 5_000;
    const expired = await get(targetOf(link.url));
    expect(expired.status).toBe(403);
    expect(expired.body.toString()).toMatch(/expired/);
    expect(expired.headers['www-authenticate']).toBeUndefined();
    clock = START;
  });

  it('opens a file outside the access rules of every user (a link is scoped by its own policy)', async () => {
    const link = sandbox.shareLink('acme/report.txt', 60);
    const res = await get(targetOf(link.url));
    expect(res.status).toBe(200);
    expect(res.body.equals(await readFile(path.join(EXAMPLE, 'acme', 'report.txt')))).toBe(true);
  });

  it('refuses a path outside the link, a link without a signature, and a tampered expiry with 403', async () => {
    const link = sandbox.shareLink('index.html', 60);
    const query = link.url.slice(link.url.indexOf('?'));
    for (const target of [
      `/_share/docs/index.html${query}`,
      '/_share/index.html',
      targetOf(link.url).replace(/Expires=\d+/, 'Expires=1900000000'),
    ]) {
      const res = await get(target);
      expect({ target, status: res.status, prompt: res.headers['www-authenticate'] }).toEqual({
        target,
        status: 403,
        prompt: undefined,
      });
    }
  });

  it('a folder link opens the files under it, and nothing beside it', async () => {
    const link = sandbox.shareLink('docs/', 60);
    const query = link.url.slice(link.url.indexOf('?'));
    expect((await get(`/_share/docs/${query}`)).status).toBe(200);
    expect((await get(`/_share/docs/release-notes.txt${query}`)).status).toBe(200);
    expect((await get(`/_share/acme/${query}`)).status).toBe(403);
  });

  it('a folder link sets its signed cookies (issue 23), which open the folder without a query, and nothing beside it', async () => {
    clock = START;
    const link = sandbox.shareLink('docs/', 60);
    const open = await get(targetOf(link.url));
    expect(open.status).toBe(200);
    const setCookie = open.headers['set-cookie'] ?? [];
    expect(setCookie.map((c) => c.slice(0, c.indexOf('=')))).toEqual([
      'CloudFront-Policy',
      'CloudFront-Signature',
      'CloudFront-Key-Pair-Id',
      'CloudFront-Hash-Algorithm',
    ]);
    const expires = new Date(START + 60_000).toUTCString();
    for (const c of setCookie) {
      expect(c).toContain(
        `; Path=/_share/docs/; Expires=${expires}; Secure; HttpOnly; SameSite=Lax`,
      );
    }
    expect(open.headers['cache-control']).toBe('private, no-store');
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');

    // The listing's relative links: no signature in the URL, the cookies count.
    const file = await get('/_share/docs/release-notes.txt', cookie);
    expect(file.status).toBe(200);
    expect(file.body.equals(await readFile(path.join(EXAMPLE, 'docs', 'release-notes.txt')))).toBe(
      true,
    );
    expect(file.headers['set-cookie']).toBeUndefined();
    expect((await get('/_share/docs/release-notes.txt')).status).toBe(403);
    // docs' cookies under another folder, tampered, or past the link's expiry: CloudFront's 403.
    const outside = await get('/_share/acme/report.txt', cookie);
    expect(outside.status).toBe(403);
    expect(outside.headers['www-authenticate']).toBeUndefined();
    const tampered = cookie.replace(
      /CloudFront-Signature=(.)/,
      (_, ch: string) => `CloudFront-Signature=${ch === 'A' ? 'B' : 'A'}`,
    );
    expect((await get('/_share/docs/release-notes.txt', tampered)).status).toBe(403);
    clock = START + 60_000;
    expect((await get('/_share/docs/release-notes.txt', cookie)).status).toBe(403);
    clock = START;
  });

  it('a file link sets no cookie', async () => {
    const res = await get(targetOf(sandbox.shareLink('docs/release-notes.txt', 60).url));
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('a /_share/ URI that normalizes elsewhere reaches the default behavior: 400 from the function, never a skipped password', async () => {
    const link = sandbox.shareLink('index.html', 60);
    const query = link.url.slice(link.url.indexOf('?'));
    expect(onShareBehavior('/_share/../acme/')).toBe(false);
    const res = await get(`/_share/../acme/${query}`);
    expect(res.status).toBe(400);
  });

  it('keeps Basic auth everywhere else', async () => {
    expect((await get('/acme/')).status).toBe(401);
  });
});

describe('--share-path and --share-expires-in', () => {
  const SHARED = 'content-dir: example\nshare-links: true\n';

  it('are checked as the action checks path and durations; errors name the option (exit 2)', async () => {
    for (const [args, message] of [
      [['--share-expires-in', 'soon'], 'preview: --share-expires-in: expected a duration'],
      [['--share-path', '../x'], "preview: --share-path: '../x' has a '..' segment"],
      [['--port', 'http'], "preview: --port: expected a port number from 0 to 65535, got 'http'"],
      [['--exit-after', 'soon'], "preview: --exit-after: expected a number of seconds, got 'soon'"],
    ] as const) {
      const err: string[] = [];
      const code = await runCli(['preview', ...args], {
        cwd: REPO,
        env: {},
        io: { out: () => undefined, err: (l) => err.push(l) },
        isTTY: false,
        s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
        handleSignals: false,
      });
      expect({ args, code, err: err.join('\n') }).toEqual({
        args,
        code: 2,
        err: expect.stringContaining(message),
      });
    }
  });

  it('with share-links: true, the banner prints a working link and when it expires', async () => {
    clock = START;
    const config = previewConfig(
      previewOptions({
        config: siteFile(SHARED),
        sharePath: 'index.html',
        shareExpiresInSeconds: 5,
      }),
      { env: {}, cwd: REPO },
    );
    const lines = banner(config, sandbox, 'example/').join('\n');
    const url = /curl -i '([^']+)'/.exec(lines)?.[1] ?? '';
    expect(url).toMatch(/\/_share\/index\.html\?Expires=/);
    expect(lines).toContain(new Date(START + 5000).toISOString());
    expect((await get(targetOf(url))).status).toBe(200);
  });

  it('without share-links, no link is printed', () => {
    const config = previewConfig(previewOptions(), { env: {}, cwd: REPO });
    expect(banner(config, sandbox, 'example/').join('\n')).not.toContain('Share');
  });
});
