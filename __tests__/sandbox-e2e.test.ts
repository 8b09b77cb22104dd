/**
 * The sandbox end to end, over HTTP on loopback: the action's sync into a real S3 server
 * (s3rver, own process), the edge function as synth renders it, the edge's cache and its
 * invalidation. Also the command (`runPreview`, `secure-dist preview`) and the bundle as `npm start`
 * runs it.
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
import { previewOptions, previewUp, siteFile, startPreview } from './helpers/preview.js';
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

describe('the command (runPreview)', () => {
  it('prints the URL and a generated login per user of the file, serves with it, stops on request and returns 0', async () => {
    const preview = await previewUp(
      previewOptions({ config: siteFile('content-dir: example\nusers: [alice]\n') }),
    );
    const url = /Open +(http:\/\/127\.0\.0\.1:\d+\/)/.exec(preview.text)?.[1];
    const login = /Log in +user (\S+), password (\S+)/.exec(preview.text);
    expect(url).toBe(preview.running.url);
    expect(login?.[1]).toBe('alice');
    const res = await fetch(new URL('/docs/', url), {
      headers: { Authorization: basic(login?.[1] ?? '', login?.[2] ?? '') },
    });
    expect(res.status).toBe(200);
    expect(preview.text.split(login?.[2] ?? '').length - 1).toBe(2); // the login line and the curl line
    preview.stop();
    expect(await preview.done).toBe(0);
    expect(preview.out.join('\n')).toContain('preview: stopped');
  });

  it('a file without users: one generated user', async () => {
    const preview = await previewUp(previewOptions());
    expect(preview.text).toMatch(/Log in +user sandbox, password [\w-]{24}\n/);
    preview.stop();
    expect(await preview.done).toBe(0);
  });

  it('never prints passwords from BASIC_AUTH_USERS; the realm is the file’s; stops after --exit-after', async () => {
    const run = startPreview(
      previewOptions({
        config: siteFile('content-dir: example\nusers: [bob, carol]\nrealm: Team\n'),
        exitAfterSeconds: 0.5,
      }),
      { BASIC_AUTH_USERS: 'bob:s3cret-one\ncarol:s3cret-two\n' },
    );
    expect(await run.done).toBe(0);
    const text = [...run.out, ...run.err].join('\n');
    expect(text).toContain('as a user from BASIC_AUTH_USERS: bob, carol');
    expect(text).toContain('realm "Team"');
    expect(text).toContain('--exit-after 0.5 elapsed');
    expect(text).not.toContain('s3cret');
  });

  it('a busy port fails with a message saying how to pick another, exit code 1', async () => {
    const run = startPreview(previewOptions({ port: sandbox.port, exitAfterSeconds: 30 }));
    expect(await run.done).toBe(1);
    expect(run.err.join('\n')).toContain(
      `preview: port ${sandbox.port} is already in use on 127.0.0.1. Stop what is using it, or pick another port: --port ${sandbox.port + 1} (--port 0 picks a free one).`,
    );
    expect(run.out.join('\n')).not.toContain('Open ');
  });

  it.each([
    [{ BASIC_AUTH_USERS: 'nocolon' }, "`BASIC_AUTH_USERS`: line 1: expected 'user:password'"],
    [
      { BASIC_AUTH_USERS: 'mallory:pw' },
      '`BASIC_AUTH_USERS`: must name exactly the users of `users` in',
    ],
    [{ REALM: 'Team' }, 'REALM is set, but preview reads the site from'],
    [{ ACCESS: 'alice: /**' }, 'set `access:` in the site file'],
    [{ CONTENT_DIR: 'site' }, 'set `content-dir:` in the site file'],
    [{ AUDIT_LOG: '1' }, 'set `audit-log: true` in the site file'],
    [{ WATCH: '0' }, 'WATCH is set, but preview reads the site from'],
    [{ SANDBOX_EXIT_AFTER: '5' }, 'use --exit-after SECONDS'],
  ])('%j is refused before anything starts: %s', async (env, message) => {
    const run = startPreview(
      previewOptions({ config: siteFile('content-dir: example\nusers: [alice]\n') }),
      env,
    );
    expect(await run.done).toBe(1);
    expect(run.err.join('\n')).toContain(message);
    expect(run.out).toEqual([]);
  });

  it('a site file with a problem is refused with every problem, file:line: key', async () => {
    const file = siteFile('content-dir: example\nrealm: a "quoted" realm\nlisting: yes\n');
    const run = startPreview(previewOptions({ config: file }));
    expect(await run.done).toBe(1);
    const text = run.err.join('\n');
    expect(text).toContain(`${file}:2: realm:`);
    expect(text).toContain(`${file}:3: listing:`);
    expect(run.out).toEqual([]);
  });

  it('the file’s exclude and cache-control rules are the sync’s', async () => {
    const preview = await previewUp(
      previewOptions({
        config: siteFile(
          'content-dir: example\nusers: [alice]\nexclude: ["**/*.txt"]\ncache-control:\n  - "*.css": private, max-age=60\n',
        ),
      }),
      { BASIC_AUTH_USERS: 'alice:pw-alice' },
    );
    const auth = { Authorization: basic('alice', 'pw-alice') };
    expect(
      (await fetch(new URL('/docs/release-notes.txt', preview.running.url), { headers: auth }))
        .status,
    ).toBe(404);
    const css = await fetch(new URL('/css/site.css', preview.running.url), { headers: auth });
    expect(css.headers.get('cache-control')).toBe('private, max-age=60');
    preview.stop();
    expect(await preview.done).toBe(0);
  });
});

describe('access rules from the site file: two partners and a shared folder (issue 10)', () => {
  const PARTNERS =
    'content-dir: example\nusers: [acme, globex]\naccess:\n  acme: [/acme/**, /shared/**]\n  globex: [/globex/**, /shared/**]\n';

  /** The preview of `text`; the logins it printed, by user. */
  async function start(text: string) {
    const preview = await previewUp(previewOptions({ config: siteFile(text) }));
    const passwordOf = (user: string): string => {
      const m = new RegExp(`user ${user}, password (\\S+)`).exec(preview.text);
      if (m?.[1] === undefined) throw new Error(`no login printed for ${user}`);
      return m[1];
    };
    return { ...preview, passwordOf };
  }

  it('generates a login for each user of the file, prints the rules, and enforces them', async () => {
    const { running, text, err, done, stop, passwordOf } = await start(PARTNERS);
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

  it('with listing: true: a partner browses the listing of their folder, never one of a folder they may not open', async () => {
    const { running, err, done, stop, passwordOf } = await start(`${PARTNERS}listing: true\n`);
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

  it('a rule naming a user the file does not list is refused with its line', async () => {
    const file = siteFile('content-dir: example\nusers: [bob]\naccess:\n  acme: /acme/**\n');
    const run = startPreview(previewOptions({ config: file }));
    expect(await run.done).toBe(1);
    expect(run.err.join('\n')).toContain(`${file}:4: access.acme:`);
    expect(run.out).toEqual([]);
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
  const bundle = path.join(REPO, 'dist', 'cli', 'index.js');

  it("runs dist/cli/index.js preview through scripts/sandbox.mjs on this repository's secure-dist.yml (example/), stops on SIGINT with 0", async () => {
    await readFile(bundle).catch(() => {
      throw new Error(`${bundle} is missing: run \`npm run bundle\` first`);
    });
    const child = spawn(
      process.execPath,
      [
        path.join(REPO, 'scripts', 'sandbox.mjs'),
        '--port',
        '0',
        '--no-watch',
        '--exit-after',
        '60',
      ],
      { cwd: work, env: { ...process.env, PORT: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
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
      const text = lines.join('\n');
      // Started from another folder: the repository's file, its example/ and the bundled S3 server.
      expect(text).toContain('secure-dist preview of secure-dist.yml');
      expect(text).toContain('content  example/ → s3://secure-dist-sandbox');
      const login = /Log in +user (\S+), password (\S+)/.exec(text);
      expect(login?.[1]).toBe('alice');
      const res = await fetch(new URL('/img/pattern.png', open), {
        headers: { Authorization: basic(login?.[1] ?? '', login?.[2] ?? '') },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(lines.join('\n')).toContain('preview: stopping (SIGINT received)');
      expect(lines.at(-1)).toBe('preview: stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
