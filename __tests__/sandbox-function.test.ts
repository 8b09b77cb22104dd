/**
 * The sandbox with `EDGE=function` (issue 14): the CloudFront Function, rendered as synth
 * renders it, under the cloudfront-js-2.0 emulation, its users in a local KeyValueStore
 * written as deploy writes the real one; in front of the same S3 server and edge cache.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, previewConfig } from '../src/sandbox/cli.js';
import { previewOptions, siteFile, startPreview } from './helpers/preview.js';
import { notFoundPageCodes } from '../src/sandbox/error-pages.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const REPO = path.resolve(import.meta.dirname, '..');
const S3_SERVER_SCRIPT = path.join(REPO, 'scripts', 's3-server.mjs');
const EXAMPLE = path.join(REPO, 'example');
const STRONG = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const PARTNER = 'Zq4Wm8Tp1Rk6Yn3Hs9Lb2Fc';

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

let work: string;
let sandbox: Sandbox;
const logs: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-function-'));
  sandbox = await startSandbox({
    contentDir: EXAMPLE,
    contentDirLabel: 'example',
    port: 0,
    users: [
      { user: 'alice', password: STRONG },
      { user: 'partner', password: PARTNER },
    ],
    access: [
      { users: ['alice'], globs: ['/**'] },
      { users: ['partner'], globs: ['/docs/**'] },
    ],
    realm: 'Function Sandbox',
    watch: false,
    edge: 'function',
    s3ServerScript: S3_SERVER_SCRIPT,
    maxSeconds: 600,
    log: { info: (l) => logs.push(l), warn: (l) => logs.push(`warn: ${l}`) },
  });
});

afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function get(
  uri: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(new URL(uri, sandbox.url), { headers, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('EDGE=function in front of the bucket', () => {
  it('answers 401 with the challenge without or with wrong credentials', async () => {
    for (const headers of [{}, { Authorization: basic('alice', 'wrong') }]) {
      const res = await get('/', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(
        'Basic realm="Function Sandbox", charset="UTF-8"',
      );
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('x-cache')).toBe('FunctionGeneratedResponse');
    }
  });

  it('serves the site with a user from the store, then from the cache', async () => {
    const first = await get('/docs/', { Authorization: basic('alice', STRONG) });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('Miss');
    const again = await get('/docs/', { Authorization: basic('alice', STRONG) });
    expect(again.headers.get('x-cache')).toBe('Hit');
    expect(again.body).toBe(first.body);
    // The function's viewer-response: the viewer's private value, hit and miss alike.
    for (const res of [first, again]) {
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      expect(res.headers.get('x-amz-meta-viewer-cache-control')).toBeNull();
    }
  });

  it('applies the access rules from the store: 403 outside, the home page for /', async () => {
    const auth = { Authorization: basic('partner', PARTNER) };
    expect((await get('/docs/', auth)).status).toBe(200);
    expect((await get('/index.html', auth)).status).toBe(403);
    const home = await get('/', auth);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('private, no-store');
    expect(home.body).toContain('href="/docs/"');
  });

  it('has no origin-response trigger: a missing key is S3’s 404, /docs is not redirected', async () => {
    const auth = { Authorization: basic('alice', STRONG) };
    expect((await get('/missing.txt', auth)).status).toBe(404);
    expect((await get('/docs', auth)).status).toBe(404);
  });

  it('answers a missing key with the 404 page, and keeps a 403 plain (never the private 404 page)', async () => {
    const auth = { Authorization: basic('alice', STRONG) };
    const page = await readFile(path.join(EXAMPLE, '404.html'), 'utf8');
    const missing = await get('/missing.txt', auth);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(page);
    // S3 refuses the reserved prefix to CloudFront (403): no origin-response trigger here, so
    // the 403 reaches the distribution, which maps only 404 (the site template's mapping).
    expect(notFoundPageCodes()).toEqual([404]);
    const refused = await get('/.secure-dist/manifest.json', auth);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain(page.slice(0, 40));
  });

  it('renders a function under the 10 KB limit, and logs no password', () => {
    expect(sandbox.edgeCodeBytes).toBeLessThanOrEqual(10 * 1024);
    expect(logs.join('\n')).not.toContain(STRONG);
  });
});

describe('edge: function in the preview', () => {
  const FUNCTION_SITE = 'content-dir: example\nedge: function\nusers: [bob]\n';
  const config = (text: string, env: NodeJS.ProcessEnv = {}) =>
    previewConfig(previewOptions({ config: siteFile(text) }), { env, cwd: REPO });

  it("takes the runtime from the site file's `edge`; the old EDGE variable is refused, naming the key", () => {
    expect(config('content-dir: example\n').site.edge).toBe('lambda');
    const fn = config(FUNCTION_SITE);
    expect(fn.site.edge).toBe('function');
    // Generated passwords carry 144 bits (24 base64url characters).
    expect(fn.users).toEqual([{ user: 'bob', password: expect.stringMatching(/^[\w-]{24}$/) }]);
    expect(() => config('content-dir: example\n', { EDGE: 'function' })).toThrow(ConfigError);
    expect(() => config('content-dir: example\n', { EDGE: 'function' })).toThrow(
      /^EDGE is set, but preview reads the site from .*: set `edge:` in the site file$/,
    );
  });

  it('refuses a password under 128 bits from BASIC_AUTH_USERS, naming the user, not the password', () => {
    const run = (): unknown => config(FUNCTION_SITE, { BASIC_AUTH_USERS: 'bob:hunter2' });
    expect(run).toThrow(
      /^`BASIC_AUTH_USERS`: user 'bob': the password is too weak for `edge: function`/,
    );
    expect(run).not.toThrow(/hunter2/);
  });

  it('says which runtime it runs', async () => {
    const run = startPreview(
      previewOptions({ config: siteFile(FUNCTION_SITE), exitAfterSeconds: 0.5 }),
    );
    expect(await run.done).toBe(0);
    expect(run.out.join('\n')).toMatch(
      /edge +the CloudFront Function \(cloudfront-js-2\.0, emulated\)/,
    );
  });
});
