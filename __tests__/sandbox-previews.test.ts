/**
 * Previews in the sandbox (issue 25 item 5) on both edge runtimes, over HTTP: the local
 * bucket's `_previews/pr-<n>/` keys by host (`pr-<n>.localhost`, or `pr-<n>.<domain>` in a
 * `Host` header) and by path, authenticated as the site is; other `pr-` hosts are 404s; once
 * the keys are deleted (DeleteObjects) and the preview invalidated, Lambda@Edge answers the
 * styled page saying the preview does not exist, and the CloudFront Functions runtime —
 * whose viewer-response function does not run on an origin 4xx — answers S3's 404 (the
 * documented fall-back, src/edge/function/handler.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { banner, previewConfig } from '../src/sandbox/cli.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { writeFiles } from './helpers/files.js';
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

  it('answers 404 once the preview is removed (the styled page on Lambda@Edge)', async () => {
    expect((await getWithHost(sandbox, local(), '/docs/', REVIEWER)).status).toBe(200);
    await removePreview(sandbox, 3, FILES);
    const gone = await getWithHost(sandbox, local(), '/docs/', REVIEWER);
    expect(gone.status).toBe(404);
    expect(gone.body).not.toContain('Preview docs');
    if (edge === 'lambda') {
      expect(gone.type).toBe('text/html; charset=utf-8');
      expect(gone.body).toContain('<h1>Preview 3 does not exist</h1>');
    }
    await publishPreview(sandbox, 3, FILES);
  });
});
