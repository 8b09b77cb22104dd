/**
 * The sandbox end to end, over HTTP on loopback: the action's sync into a real S3 server
 * (s3rver, own process), the edge function as synth renders it, the edge's cache and its
 * invalidation. Also the command (`runSandboxCli`) and the bundle as `npm start` runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { DEFAULT_CACHE_CONTROL } from '../src/site/cache-control.js';
import { runSandboxCli, parseConfig } from '../src/sandbox/cli.js';
import {
  CACHING_OPTIMIZED,
  SITE_CACHE_POLICY,
  matches,
  objectKey,
  ttlOf,
} from '../src/sandbox/edge-server.js';
import { SANDBOX_BUCKET, startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { cacheControlFor, storedHeadersFor } from '../src/sync/headers.js';
import { MANIFEST_KEY } from '../src/sync/plan.js';
import { waitFor } from './helpers/wait.js';

const REPO = path.resolve(import.meta.dirname, '..');
const S3_SERVER_SCRIPT = path.join(REPO, 'scripts', 's3-server.mjs');
const EXAMPLE = path.join(REPO, 'example');
const USER = 'alice';
const PASSWORD = 'correct horse: battery';
const REALM = 'Sandbox Test';

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const AUTH = { Authorization: basic(USER, PASSWORD) };

let work: string;
let content: string;
let sandbox: Sandbox;
const logs: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-e2e-'));
  content = path.join(work, 'content');
  await cp(EXAMPLE, content, { recursive: true });
  // The 404-page test puts and removes its own 404.html, starting from a site without one.
  await rm(path.join(content, '404.html'), { force: true });
  // Keys without an extension (issue 9 #7): served as themselves.
  await mkdir(path.join(content, 'files'), { recursive: true });
  await writeFile(path.join(content, 'files', 'LICENSE'), 'MIT License\n');
  await mkdir(path.join(content, 'bin'));
  await writeFile(
    path.join(content, 'bin', 'tool-linux-amd64'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
  );
  await mkdir(path.join(content, 'data'));
  await writeFile(path.join(content, 'data', '2026-Q3'), 'quarter,total\nQ3,42\n');
  sandbox = await start(content, false, logs);
});

/** A client of the sandbox's S3 server, with the run's credentials. */
function bucketClient(from: Sandbox = sandbox): S3Client {
  return new S3Client({
    endpoint: from.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: from.s3Credentials,
  });
}

/** A sandbox on a free port over `dir`, logging into `into`. */
function start(dir: string, watch: boolean, into: string[]): Promise<Sandbox> {
  return startSandbox({
    contentDir: dir,
    contentDirLabel: 'content',
    port: 0,
    users: [{ user: USER, password: PASSWORD }],
    realm: REALM,
    watch,
    debounceMs: 100,
    s3ServerScript: S3_SERVER_SCRIPT,
    maxSeconds: 900,
    log: { info: (l) => into.push(l), warn: (l) => into.push(`warn: ${l}`) },
  });
}

afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function get(
  uri: string,
  headers: Record<string, string> = AUTH,
  method = 'GET',
  from: Sandbox = sandbox,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(new URL(uri, from.url), { headers, method, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const exampleFile = (key: string): Promise<Buffer> => readFile(path.join(EXAMPLE, key));

describe('the edge function in front of the bucket', () => {
  it('answers 401 with the RFC 7617 challenge without credentials, and with wrong ones', async () => {
    for (const headers of [
      {},
      { Authorization: basic(USER, 'wrong') },
      { Authorization: 'Bearer x' },
    ]) {
      const res = await get('/', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(`Basic realm="${REALM}", charset="UTF-8"`);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.body.toString()).not.toContain('Partner downloads');
    }
  });

  it('serves the page with the right credentials (a password with a colon)', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('Partner downloads');
    expect(res.body.equals(await exampleFile('index.html'))).toBe(true);
  });

  it.each([
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/css/site.css', 'css/site.css', 'text/css; charset=utf-8'],
    ['/img/logo.svg', 'img/logo.svg', 'image/svg+xml; charset=utf-8'],
    ['/fonts/example.woff2', 'fonts/example.woff2', 'font/woff2'],
    ['/img/pattern.png', 'img/pattern.png', 'image/png'],
  ])(
    '%s: the bytes of %s with Content-Type %s and the viewer Cache-Control stored with the object',
    async (uri, key, type) => {
      const res = await get(uri);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      // Stored for CloudFront (max-age=1), the viewer's value as metadata: the viewer-response
      // trigger gives the viewer that value, and drops the metadata header.
      const client = bucketClient();
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: SANDBOX_BUCKET, Key: key }));
        expect(head.CacheControl).toBe('max-age=1');
        const viewer = cacheControlFor(key, DEFAULT_CACHE_CONTROL);
        expect(head.Metadata?.['viewer-cache-control']).toBe(viewer);
        expect(res.headers.get('cache-control')).toBe(viewer);
        expect(res.headers.get('x-amz-meta-viewer-cache-control')).toBeNull();
      } finally {
        client.destroy();
      }
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
      expect(new Date(res.headers.get('last-modified') ?? '').getTime()).not.toBeNaN();
      expect(res.body.equals(await exampleFile(key))).toBe(true);
    },
  );

  it('an object as the sync stores it is a Hit the second time; the viewer gets its private value both times', async () => {
    const client = bucketClient();
    const stored = storedHeadersFor('stored.html', 'private, no-cache');
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: SANDBOX_BUCKET,
          Key: 'stored.html',
          Body: '<p>stored</p>',
          ContentType: 'text/html; charset=utf-8',
          CacheControl: stored.cacheControl,
          Metadata: { ...stored.metadata },
        }),
      );
      const first = await get('/stored.html');
      const second = await get('/stored.html');
      expect([first.status, second.status]).toEqual([200, 200]);
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual([
        'Miss',
        'Hit',
      ]);
      for (const res of [first, second]) {
        expect(res.headers.get('cache-control')).toBe('private, no-cache');
        expect(res.headers.get('x-amz-meta-viewer-cache-control')).toBeNull();
      }
    } finally {
      await client.send(new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'stored.html' }));
      client.destroy();
      sandbox.edge.invalidate(['/stored.html']);
    }
  });

  it('an object stored private (as before issue 20) is fetched again every time, and viewers still get private', async () => {
    const client = bucketClient();
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: SANDBOX_BUCKET,
          Key: 'private.html',
          Body: '<p>private</p>',
          ContentType: 'text/html; charset=utf-8',
          CacheControl: 'private, no-cache',
        }),
      );
      // The stricter reading of AWS's docs (cloudformation/site.yaml, "Caching"): never a Hit.
      const first = await get('/private.html');
      const second = await get('/private.html');
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual([
        'Miss',
        'Miss',
      ]);
      for (const res of [first, second]) {
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('private, no-cache');
      }
      expect(sandbox.edge.cachedKeys()).not.toContain('/private.html');
    } finally {
      await client.send(new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'private.html' }));
      client.destroy();
    }
  });

  it.each([
    ['/files/LICENSE', 'MIT License\n'],
    ['/bin/tool-linux-amd64', '\u007fELF'],
    ['/data/2026-Q3', 'quarter,total\nQ3,42\n'],
  ])('serves the key without an extension %s as itself (issue 9 #7)', async (uri, body) => {
    const res = await get(uri);
    expect(res.status).toBe(200);
    expect(res.body.toString('latin1')).toBe(body);
  });

  it('redirects /dir to /dir/ when no key dir exists (query kept), through the origin-response trigger', async () => {
    const res = await get('/docs?lang=en');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/docs/?lang=en');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    // A folder without index.html: the redirect, then a plain 404.
    const data = await get('/data');
    expect(data.status).toBe(302);
    expect(data.headers.get('location')).toBe('/data/');
    const folder = await get('/data/');
    expect(folder.status).toBe(404);
    expect(folder.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(folder.body.toString()).toBe('404 Not Found\n');
  });

  it('serves a key dir that exists as itself, even when dir/ is a folder too', async () => {
    const client = bucketClient();
    try {
      for (const [Key, Body] of [
        ['both', 'the key itself'],
        ['both/index.html', '<p>the folder</p>'],
      ] as const) {
        await client.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key, Body }));
      }
      expect((await get('/both')).body.toString()).toBe('the key itself');
      expect((await get('/both/')).body.toString()).toBe('<p>the folder</p>');
    } finally {
      for (const Key of ['both', 'both/index.html']) {
        await client.send(new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key }));
      }
      client.destroy();
      sandbox.edge.invalidate(['/both', '/both/index.html']);
    }
  });

  it('answers a missing key with the content’s 404.html and status 404 when it has one, else a plain 404 (never S3 XML)', async () => {
    const plain = await get('/no-such-page.html');
    expect(plain.status).toBe(404);
    expect(plain.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(plain.body.toString()).toBe('404 Not Found\n');
    const client = bucketClient();
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: SANDBOX_BUCKET,
          Key: '404.html',
          Body: '<h1>Not here</h1>',
          ContentType: 'text/html; charset=utf-8',
        }),
      );
      for (const uri of ['/no-such-page.html', '/no/such/dir/', `/${MANIFEST_KEY}`]) {
        const page = await get(uri);
        expect({ uri, status: page.status, body: page.body.toString() }).toEqual({
          uri,
          status: 404,
          body: '<h1>Not here</h1>',
        });
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      }
    } finally {
      await client.send(new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key: '404.html' }));
      client.destroy();
    }
    expect((await get('/no-such-page.html')).body.toString()).toBe('404 Not Found\n');
  });

  it('its S3 server refuses requests without the run’s credentials', async () => {
    const res = await fetch(`${sandbox.s3Endpoint}/${SANDBOX_BUCKET}/${MANIFEST_KEY}`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"files"');
    const forged = new S3Client({
      endpoint: sandbox.s3Endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      maxAttempts: 1,
    });
    try {
      await expect(
        forged.send(new GetObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'index.html' })),
      ).rejects.toMatchObject({ name: 'AccessDenied' });
    } finally {
      forged.destroy();
    }
  });

  it('adds the security headers of the response headers policy in the site template', async () => {
    for (const uri of ['/', '/css/site.css', '/missing.txt']) {
      const res = await get(uri);
      expect({
        uri,
        headers: Object.fromEntries(
          [
            'strict-transport-security',
            'x-content-type-options',
            'x-frame-options',
            'referrer-policy',
            'x-robots-tag',
          ].map((h) => [h, res.headers.get(h)]),
        ),
      }).toEqual({
        uri,
        headers: {
          'strict-transport-security': 'max-age=63072000; includeSubDomains',
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'same-origin',
          'x-robots-tag': 'noindex, nofollow',
        },
      });
    }
  });

  it('answers HEAD with the headers and no body, and If-None-Match with 304', async () => {
    const head = await get('/css/site.css', AUTH, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.get('content-length')).toBe(
      String((await exampleFile('css/site.css')).length),
    );
    const etag = head.headers.get('etag') ?? '';
    const again = await get('/css/site.css', { ...AUTH, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves a subfolder index for /docs/, and /docs by a redirect to it', async () => {
    const expected = await exampleFile('docs/index.html');
    const res = await get('/docs/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body.equals(expected)).toBe(true);
    const followed = await fetch(new URL('/docs', sandbox.url), { headers: AUTH });
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(new URL('/docs/', sandbox.url).href);
    expect(Buffer.from(await followed.arrayBuffer()).equals(expected)).toBe(true);
  });

  it('answers 404 for a missing key, and never caches it', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await get('/no/such/file.txt');
      expect(res.status).toBe(404);
      expect(res.headers.get('x-cache')).toBe('Miss');
    }
    expect(sandbox.edge.cachedKeys()).not.toContain('/no/such/file.txt');
  });

  it('never serves the sync manifest under .secure-dist/, though it is in the bucket', async () => {
    const client = bucketClient();
    try {
      const manifest = await client.send(
        new GetObjectCommand({ Bucket: SANDBOX_BUCKET, Key: MANIFEST_KEY }),
      );
      expect(await manifest.Body?.transformToString()).toContain('index.html');
    } finally {
      client.destroy();
    }
    for (const uri of [`/${MANIFEST_KEY}`, '/.secure-dist/', '/%2Esecure-dist/manifest.json']) {
      const res = await get(uri);
      expect([403, 404]).toContain(res.status);
      expect(res.body.toString()).not.toContain('"files"');
    }
    // S3 denies it to CloudFront (403); the origin-response trigger makes that a plain 404.
    const denied = await get(`/${MANIFEST_KEY}`);
    expect(denied.status).toBe(404);
    expect(denied.body.toString()).toBe('404 Not Found\n');
  });

  it('refuses other methods than GET and HEAD, as the distribution does', async () => {
    expect((await get('/', AUTH, 'POST')).status).toBe(403);
  });

  it('logs each request without the Authorization header or the password', () => {
    const text = logs.join('\n');
    expect(text).toMatch(/edge: 200 GET \/docs\/ → \/docs\/index.html (Hit|Miss)/);
    expect(text).toMatch(
      /edge: 302 GET \/docs\?lang=en \(S3 404: 302 from the origin-response trigger\)/,
    );
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(basic(USER, PASSWORD).slice(6));
  });
});

describe('re-sync and invalidation', () => {
  it('serves a changed file after a re-sync, clearing exactly its cache entry (Miss, then Hit)', async () => {
    expect((await get('/docs/release-notes.txt')).status).toBe(200);
    expect((await get('/docs/release-notes.txt')).headers.get('x-cache')).toBe('Hit');
    expect((await get('/css/site.css')).headers.get('x-cache')).toBe('Hit');

    await writeFile(path.join(content, 'docs/release-notes.txt'), 'Release 2: everything is new\n');
    const report = await sandbox.resync();
    expect(report.sync.changedKeys).toEqual(['docs/release-notes.txt']);
    expect(report.invalidation.paths).toEqual(['/docs/release-notes.txt']);
    expect(report.cleared).toEqual(['/docs/release-notes.txt']);

    const first = await get('/docs/release-notes.txt');
    expect(first.body.toString()).toBe('Release 2: everything is new\n');
    expect(first.headers.get('x-cache')).toBe('Miss');
    const second = await get('/docs/release-notes.txt');
    expect(second.body.toString()).toBe('Release 2: everything is new\n');
    expect(second.headers.get('x-cache')).toBe('Hit');
    // Not in the invalidation: still cached.
    expect((await get('/css/site.css')).headers.get('x-cache')).toBe('Hit');
  });

  it('a deleted file answers 404 after the re-sync', async () => {
    expect((await get('/img/logo.svg')).status).toBe(200);
    await unlink(path.join(content, 'img/logo.svg'));
    const report = await sandbox.resync();
    expect(report.sync.deleted).toEqual(['img/logo.svg']);
    expect(report.cleared).toEqual(['/img/logo.svg']);
    expect((await get('/img/logo.svg')).status).toBe(404);
  });

  it('watch mode: an edit is synced and invalidated, and logged', async () => {
    const dir = path.join(work, 'watched');
    await cp(EXAMPLE, dir, { recursive: true });
    const watchLogs: string[] = [];
    const watched = await start(dir, true, watchLogs);
    try {
      const fetchDocs = (uri: string): ReturnType<typeof get> => get(uri, AUTH, 'GET', watched);
      await fetchDocs('/docs/');
      expect((await fetchDocs('/docs/')).headers.get('x-cache')).toBe('Hit');
      expect((await fetchDocs('/css/site.css')).status).toBe(200);
      const html = (await readFile(path.join(dir, 'docs/index.html'), 'utf8')).replace(
        '<h1 id="docs">Documentation</h1>',
        '<h1 id="docs">Documentation, edited</h1>',
      );
      await writeFile(path.join(dir, 'docs/index.html'), html);
      const res = await waitFor('the edited page', async () => {
        const r = await fetchDocs('/docs/');
        return r.body.toString().includes('Documentation, edited') ? r : undefined;
      });
      expect(res.headers.get('x-cache')).toBe('Miss');
      expect((await fetchDocs('/docs/')).headers.get('x-cache')).toBe('Hit');
      expect((await fetchDocs('/css/site.css')).headers.get('x-cache')).toBe('Hit');
      const text = watchLogs.join('\n');
      expect(text).toContain('watch: change in content: docs/index.html');
      expect(text).toContain('sync: uploaded docs/index.html');
      expect(text).toContain('invalidate: /docs /docs/ /docs/index.html');
      expect(text).toContain('edge: cache: cleared /docs/index.html');
    } finally {
      await watched.close();
    }
  });
});

describe('the command (runSandboxCli)', () => {
  const base = {
    cwd: REPO,
    isTTY: false,
    s3ServerScript: S3_SERVER_SCRIPT,
    defaultContentDir: EXAMPLE,
    handleSignals: false,
  };

  it('prints the URL and a generated login, serves with it, stops on request and returns 0', async () => {
    const out: string[] = [];
    const err: string[] = [];
    let stop: () => void = () => undefined;
    let ready: (s: Sandbox) => void = () => undefined;
    const up = new Promise<Sandbox>((r) => (ready = r));
    const done = runSandboxCli({
      ...base,
      env: { PORT: '0', SANDBOX_EXIT_AFTER: '120' },
      io: { out: (l) => out.push(l), err: (l) => err.push(l) },
      stop: new Promise<void>((r) => (stop = r)),
      onReady: ready,
    });
    const running = await up;
    const text = out.join('\n');
    const url = /Open +(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text)?.[1];
    const login = /Log in +user (\S+), password (\S+)/.exec(text);
    expect(url).toBe(running.url);
    expect(login).not.toBeNull();
    const res = await fetch(new URL('/docs/', url), {
      headers: { Authorization: basic(login?.[1] ?? '', login?.[2] ?? '') },
    });
    expect(res.status).toBe(200);
    expect(text.split(login?.[2] ?? '').length - 1).toBe(2); // the login line and the curl line
    stop();
    expect(await done).toBe(0);
    expect(out.join('\n')).toContain('sandbox: stopped');
  });

  it('never prints passwords from BASIC_AUTH_USERS; stops after SANDBOX_EXIT_AFTER', async () => {
    const out: string[] = [];
    const code = await runSandboxCli({
      ...base,
      env: {
        PORT: '0',
        SANDBOX_EXIT_AFTER: '0.5',
        BASIC_AUTH_USERS: 'bob:s3cret-one\ncarol:s3cret-two\n',
        REALM: 'Team',
      },
      io: { out: (l) => out.push(l), err: (l) => out.push(l) },
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('as a user from BASIC_AUTH_USERS: bob, carol');
    expect(text).toContain('realm "Team"');
    expect(text).toContain('SANDBOX_EXIT_AFTER=0.5 elapsed');
    expect(text).not.toContain('s3cret');
  });

  it('a busy PORT fails with a message naming PORT and how to pick another, exit code 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSandboxCli({
      ...base,
      env: { PORT: String(sandbox.port), SANDBOX_EXIT_AFTER: '30' },
      io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(
      `sandbox: PORT ${sandbox.port} is already in use on 127.0.0.1. Stop what is using it, or pick another port: PORT=${sandbox.port + 1} npm start (PORT=0 picks a free one).`,
    );
    expect(out.join('\n')).not.toContain('Open ');
  });

  it.each([
    [{ PORT: 'http' }, "PORT: expected a port number from 0 to 65535, got 'http'"],
    [{ PORT: '70000' }, "PORT: expected a port number from 0 to 65535, got '70000'"],
    [{ WATCH: 'maybe' }, "WATCH: expected 1 or 0 (true/false, on/off), got 'maybe'"],
    [
      { SANDBOX_EXIT_AFTER: 'soon' },
      "SANDBOX_EXIT_AFTER: expected a number of seconds, got 'soon'",
    ],
    [{ BASIC_AUTH_USERS: 'nocolon' }, "`BASIC_AUTH_USERS`: line 1: expected 'user:password'"],
    [{ REALM: 'a "quoted" realm' }, 'REALM: the realm must be'],
  ])('%j is refused before anything starts: %s', async (env, message) => {
    const err: string[] = [];
    const out: string[] = [];
    const code = await runSandboxCli({
      ...base,
      env,
      io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(message);
    expect(out).toEqual([]);
  });

  it('reads its options from the environment', () => {
    const config = parseConfig(
      { PORT: '0', CONTENT_DIR: 'site', WATCH: 'off', BASIC_AUTH_USERS: 'a:b:c' },
      '/repo',
      true,
      '/repo/example',
    );
    expect(config).toMatchObject({
      port: 0,
      contentDir: '/repo/site',
      contentDirLabel: 'site',
      users: [{ user: 'a', password: 'b:c' }],
      generated: false,
      realm: 'Restricted',
      watch: false,
      exitAfterSeconds: undefined,
    });
    const defaults = parseConfig({}, '/repo', true, '/repo/example');
    expect(defaults).toMatchObject({ port: 8080, contentDirLabel: 'example/', watch: true });
    expect(defaults.generated).toBe(true);
    expect(defaults.users[0]?.password).toMatch(/^[\w-]{16}$/);
    expect(parseConfig({}, '/repo', false, '/repo/example').watch).toBe(false);
  });
});

describe('ACCESS: two partners and a shared folder (issue 10)', () => {
  const base = {
    cwd: REPO,
    isTTY: false,
    s3ServerScript: S3_SERVER_SCRIPT,
    defaultContentDir: EXAMPLE,
    handleSignals: false,
  };
  const ACCESS = 'acme: /acme/**, /shared/**\nglobex: /globex/**, /shared/**';

  /** `npm start` with these variables; the logins it printed, by user. */
  async function startCli(env: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    let stop: () => void = () => undefined;
    let ready: (s: Sandbox) => void = () => undefined;
    const up = new Promise<Sandbox>((r) => (ready = r));
    const done = runSandboxCli({
      ...base,
      env: { PORT: '0', SANDBOX_EXIT_AFTER: '120', ...env },
      io: { out: (l) => out.push(l), err: (l) => err.push(l) },
      stop: new Promise<void>((r) => (stop = r)),
      onReady: ready,
    });
    const running = await up;
    const text = out.join('\n');
    const passwordOf = (user: string): string => {
      const m = new RegExp(`user ${user}, password (\\S+)`).exec(text);
      if (m?.[1] === undefined) throw new Error(`no login printed for ${user}`);
      return m[1];
    };
    return { running, text, err, done, stop: () => stop(), passwordOf };
  }

  it('generates a login for each user ACCESS names, prints the rules, and enforces them', async () => {
    const { running, text, err, done, stop, passwordOf } = await startCli({ ACCESS });
    expect(text).toContain('Access   acme: /acme/**, /shared/**');
    expect(text).toContain('         globex: /globex/**, /shared/**');
    const acme = { Authorization: basic('acme', passwordOf('acme')) };
    const globex = { Authorization: basic('globex', passwordOf('globex')) };

    const report = await get('/acme/report.txt', acme, 'GET', running);
    expect(report.status).toBe(200);
    expect(report.body.toString()).toContain('Acme Corp');
    expect((await get('/shared/terms.txt', acme, 'GET', running)).status).toBe(200);
    expect((await get('/shared/terms.txt', globex, 'GET', running)).status).toBe(200);
    // The same 403 for an existing and a missing key of the other partner.
    const existing = await get('/globex/notes.txt', acme, 'GET', running);
    const missing = await get('/globex/no-such-file.txt', acme, 'GET', running);
    expect([existing.status, missing.status]).toEqual([403, 403]);
    expect(existing.body.equals(missing.body)).toBe(true);
    expect(existing.headers.get('cache-control')).toBe('private, no-store');
    // Cached for acme, still refused to globex: the function runs before the cache.
    expect((await get('/acme/report.txt', acme, 'GET', running)).status).toBe(200);
    expect((await get('/acme/report.txt', globex, 'GET', running)).status).toBe(403);
    // 401 before 403.
    expect((await get('/globex/notes.txt', {}, 'GET', running)).status).toBe(401);

    const home = await get('/', acme, 'GET', running);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('private, no-store');
    const page = home.body.toString();
    expect(page).toContain('href="/acme/"');
    expect(page).toContain('href="/shared/"');
    expect(page).not.toContain('globex');

    stop();
    expect(await done).toBe(0);
    expect(err).toEqual([]);
  });

  it('with LISTING: a partner browses the listing of their folder, never one of a folder they may not open', async () => {
    const { running, err, done, stop, passwordOf } = await startCli({ ACCESS, LISTING: '1' });
    const acme = { Authorization: basic('acme', passwordOf('acme')) };
    const own = await get('/acme/', acme, 'GET', running);
    expect(own.status).toBe(200);
    expect(own.body.toString()).toContain('report.txt');
    // The other partner's listing exists in the bucket, and answers exactly as a missing key.
    const missing = await get('/no-such-partner/', acme, 'GET', running);
    for (const uri of ['/globex/', '/globex', '/globex/index.html']) {
      const other = await get(uri, acme, 'GET', running);
      expect({ uri, status: other.status }).toEqual({ uri, status: 403 });
      expect(other.body.equals(missing.body)).toBe(true);
      expect(other.body.toString()).not.toContain('notes.txt');
    }
    const globex = { Authorization: basic('globex', passwordOf('globex')) };
    expect((await get('/globex/', globex, 'GET', running)).body.toString()).toContain('notes.txt');
    stop();
    expect(await done).toBe(0);
    expect(err).toEqual([]);
  });

  it.each([
    [{ ACCESS: 'acme /acme/**' }, "`ACCESS`: line 1: expected 'NAMES: GLOBS'"],
    [{ ACCESS: 'acme: acme/**' }, "`ACCESS`: line 1: glob 'acme/**' does not start with /"],
    [
      { ACCESS: 'acme: /acme/**', BASIC_AUTH_USERS: 'bob:pw' },
      "`ACCESS`: line 1: no user is named 'acme'",
    ],
  ])('%j is refused before anything starts: %s', async (env, message) => {
    const err: string[] = [];
    const out: string[] = [];
    const code = await runSandboxCli({
      ...base,
      env,
      io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(message);
    expect(out).toEqual([]);
  });
});

describe('edge cache helpers', () => {
  it('matches CloudFront paths: exact, or a prefix ending in *', () => {
    expect(matches('/docs/index.html', '/docs/index.html')).toBe(true);
    expect(matches('/docs/index.html', '/docs/index.html5')).toBe(false);
    expect(matches('/docs/', '/docs/index.html')).toBe(false);
    expect(matches('/docs/*', '/docs/index.html')).toBe(true);
    expect(matches('/docs/*', '/docsx/a')).toBe(false);
    expect(matches('/*', '/anything')).toBe(true);
  });

  it('decodes the forwarded URI into the S3 key as S3 does (a raw + is a space)', () => {
    expect(objectKey('/a%20b/c%C3%A9.txt')).toBe('a b/cé.txt');
    expect(objectKey('/a+b')).toBe('a b');
    expect(objectKey('/a%2Bb+c')).toBe('a+b c');
    expect(objectKey('/%E0%A4%A')).toBeUndefined();
  });

  it('keeps objects as CloudFront CachingOptimized would', () => {
    const ttl = (cc: string | undefined): number | undefined => ttlOf(cc, CACHING_OPTIMIZED);
    expect(ttl('public, max-age=0, s-maxage=86400, must-revalidate')).toBe(86400);
    expect(ttl('public, max-age=300')).toBe(300);
    expect(ttl('max-age=0')).toBe(1);
    expect(ttl(undefined)).toBe(86400);
    expect(ttl('max-age=99999999999')).toBe(31536000);
    // private, no-cache, no-store: the stricter reading, never kept (see ttlOf).
    expect(ttl('no-store')).toBeUndefined();
    expect(ttl('private, max-age=60')).toBeUndefined();
    expect(ttlOf('private, no-cache', { minTtl: 0, defaultTtl: 60, maxTtl: 600 })).toBeUndefined();
  });

  it('keeps what the sync stores a year (until invalidated) under the site’s own cache policy', () => {
    for (const [key, viewer] of [
      ['index.html', 'private, no-cache'],
      ['app.3f2a9c1b.js', 'private, max-age=31536000, immutable'],
      ['data.json', 'private, max-age=300'],
    ] as const) {
      expect(ttlOf(storedHeadersFor(key, viewer).cacheControl, SITE_CACHE_POLICY)).toBe(31_536_000);
    }
    expect(ttlOf('max-age=1')).toBe(31_536_000);
    expect(ttlOf(undefined)).toBe(31_536_000);
    // A private object (as synced before issue 20) is not kept under the stricter reading.
    for (const cc of ['private, no-cache', 'private, max-age=300', 'no-store']) {
      expect(ttlOf(cc)).toBeUndefined();
    }
  });
});

describe('npm start: the bundle', () => {
  const bundle = path.join(REPO, 'dist', 'sandbox', 'index.js');

  it('runs dist/sandbox/index.js through scripts/sandbox.mjs, finds the S3 server script, stops on SIGINT with 0', async () => {
    await readFile(bundle).catch(() => {
      throw new Error(`${bundle} is missing: run \`npm run bundle\` first`);
    });
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'sandbox.mjs')], {
      cwd: work,
      env: { ...process.env, PORT: '0', WATCH: '0', SANDBOX_EXIT_AFTER: '60' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    createInterface({ input: child.stderr }).on('line', (l) => stderr.push(l));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      const lines: string[] = [];
      const rl = createInterface({ input: child.stdout });
      const open = await new Promise<string>((resolve, reject) => {
        rl.on('line', (l) => {
          lines.push(l);
          const m = /Open +(\S+)/.exec(l);
          if (m?.[1] !== undefined) resolve(m[1]);
        });
        void exited.then((code) =>
          reject(new Error(`exited with ${code}:\n${[...lines, ...stderr].join('\n')}`)),
        );
      });
      await new Promise((r) => setTimeout(r, 100));
      const login = /Log in +user (\S+), password (\S+)/.exec(lines.join('\n'));
      // Started from another folder: the example and the S3 server are found from the bundle.
      expect(lines.join('\n')).toContain(`content  ${EXAMPLE}/ → s3://secure-dist-sandbox`);
      const res = await fetch(new URL('/img/pattern.png', open), {
        headers: { Authorization: basic(login?.[1] ?? '', login?.[2] ?? '') },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(lines.join('\n')).toContain('sandbox: stopping (SIGINT received)');
      expect(lines.at(-1)).toBe('sandbox: stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
