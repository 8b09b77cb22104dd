/**
 * Previews in the sandbox (issue 25 item 5) on both edge runtimes, over HTTP: the local
 * bucket's `_previews/pr-<n>/` keys by host (`pr-<n>.localhost`, or `pr-<n>.<domain>` in a
 * `Host` header) and by path, authenticated as the site is; other `pr-` hosts are 404s; once
 * the keys are deleted (DeleteObjects) and the preview invalidated, Lambda@Edge answers the
 * styled page saying the preview does not exist, and the CloudFront Functions runtime —
 * whose viewer-response function does not run on an origin 4xx — answers the page secure-dist
 * publishes as the distribution's 404 (src/sync/not-found-page.ts), whose script names the
 * preview at the browser's location (helpers/page-script.ts runs it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { banner, previewConfig } from '../src/sandbox/cli.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { PREVIEW_NOTE } from '../src/sync/not-found-page.js';
import { writeFiles } from './helpers/files.js';
import { afterScript } from './helpers/page-script.js';
import { getWithHost, publishPreview, removePreview } from './helpers/pr-previews.js';
import { previewOptions, siteFile } from './helpers/preview.js';
import { REPO_ROOT } from './helpers/s3-server.js';

// Random passwords: `edge: function` takes only passwords of at least 128 bits (store.ts).
const REVIEWER = `reviewer:${randomBytes(18).toString('base64url')}`;
const READER = `reader:${randomBytes(18).toString('base64url')}`;
const credential = (pair: string) => {
  const colon = pair.indexOf(':');
  return { user: pair.slice(0, colon), password: pair.slice(colon + 1) };
};
const FILES = {
  'index.html': '<h1>Preview 3 home</h1>',
  'docs/index.html': '<h1>Preview docs</h1>',
};

describe.each(['lambda', 'function'] as const)('previews in the sandbox (edge: %s)', (edge) => {
  let sandbox: Sandbox;
  let work = '';
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'sandbox-previews-'));
    await writeFiles(path.join(work, 'content'), { 'index.html': '<h1>Site home</h1>' });
    sandbox = await startSandbox({
      contentDir: path.join(work, 'content'),
      contentDirLabel: 'content/',
      port: 0,
      users: [credential(REVIEWER), credential(READER)],
      realm: 'Docs',
      watch: false,
      edge,
      login: 'basic',
      previews: { domain: 'preview.example.com', users: ['reviewer'] },
      s3ServerScript: path.join(REPO_ROOT, 'scripts', 's3-server.mjs'),
      maxSeconds: 300,
      log: { info: () => undefined, warn: () => undefined },
    });
    await publishPreview(sandbox, 3, FILES);
  });
  afterAll(async () => {
    await sandbox?.close();
    await rm(work, { recursive: true, force: true });
  });
  const local = () => `pr-3.localhost:${sandbox.port}`;

  it('serves the preview by host and by path to a user previews.users names', async () => {
    for (const host of [local(), `pr-3.preview.example.com:${sandbox.port}`]) {
      const docs = await getWithHost(sandbox, host, '/docs/', REVIEWER);
      expect([docs.status, docs.body]).toEqual([200, FILES['docs/index.html']]);
    }
    const byPath = await getWithHost(
      sandbox,
      `127.0.0.1:${sandbox.port}`,
      '/_previews/pr-3/',
      REVIEWER,
    );
    expect([byPath.status, byPath.body]).toEqual([200, FILES['index.html']]);
    const site = await getWithHost(sandbox, `127.0.0.1:${sandbox.port}`, '/', READER);
    expect([site.status, site.body]).toEqual([200, '<h1>Site home</h1>']);
  });

  it('authenticates as the site does and authorizes by previews.users', async () => {
    expect((await getWithHost(sandbox, local(), '/')).status).toBe(401);
    expect((await getWithHost(sandbox, local(), '/', READER)).status).toBe(403);
    for (const host of ['pr-03', 'prx', 'a.pr-3']) {
      const other = await getWithHost(sandbox, `${host}.localhost:${sandbox.port}`, '/', REVIEWER);
      expect(other.status).toBe(404);
    }
  });

  it('the CLI banner says where previews are and for whom', () => {
    const file = siteFile(
      'content-dir: example\nusers: [reviewer, reader]\npreviews:\n  users: [reviewer]\n',
    );
    const config = previewConfig(previewOptions({ config: file }), { env: {}, cwd: REPO_ROOT });
    expect(banner(config, sandbox, 'example/')).toContain(
      `  Previews pr-<n>.localhost:${sandbox.port} (or Host: pr-<n>.<domain>) and /_previews/pr-<n>/, from the bucket's _previews/pr-<n>/ keys, for reviewer`,
    );
  });

  it('answers the styled 404 once the preview is removed, by host and by path', async () => {
    expect((await getWithHost(sandbox, local(), '/docs/', REVIEWER)).status).toBe(200);
    await removePreview(sandbox, 3, FILES);
    const site = `127.0.0.1:${sandbox.port}`;
    for (const [host, pathname] of [
      [local(), '/docs/'],
      [site, '/_previews/pr-3/docs/'],
    ] as const) {
      const gone = await getWithHost(sandbox, host, pathname, REVIEWER);
      expect(gone.status).toBe(404);
      expect(gone.body).not.toContain('Preview docs');
      expect(gone.type).toBe('text/html; charset=utf-8');
      // Private: no shared cache may keep it (RFC 9111 §5.2.2.7).
      expect(gone.cacheControl).toMatch(/^private\b/);
      if (edge === 'lambda') {
        expect(gone.body).toContain('<h1>Preview 3 does not exist</h1>');
      } else {
        // The distribution's 404 page; its script names the preview where a browser runs it.
        expect(gone.body).toContain('<h1>Not found</h1>');
        expect(gone.body).toContain(PREVIEW_NOTE);
        expect(afterScript(gone.body, { host, pathname }).heading).toBe('Preview 3 does not exist');
      }
    }
    // A missing key of the site itself: the same page, which stays "Not found" there.
    const missing = await getWithHost(sandbox, site, '/nothing.html', READER);
    expect(missing.status).toBe(404);
    if (edge === 'function') {
      expect(afterScript(missing.body, { host: site, pathname: '/nothing.html' }).heading).toBe(
        'Not found',
      );
    }
    await publishPreview(sandbox, 3, FILES);
  });
});
