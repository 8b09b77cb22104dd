/**
 * Issue 22 #3 in a real browser: a partner publishes `acme/logo.svg` and `acme/page.html` with
 * a script that fetches `/globex/notes.txt` and sends what it read to `/leak?…`. An admin, who
 * may read everything, opens them in headless Chromium through the sandbox's edge (both
 * runtimes). With the site's default, the viewer-response trigger gives the files
 * `Content-Security-Policy: sandbox …` (src/edge/core/content-policy.ts; the SVG in an opaque
 * origin, the HTML page in its own): no script runs, no request for the other partner's file
 * is made, nothing leaks. (That the site's own pages keep their stylesheets, fonts and images
 * under the HTML policy is sandbox-browser.test.ts.) With `trusted-pages: true` the
 * same files read the notes as the admin: the leak the review showed, and proof that this test
 * sees one. A PDF gets no sandbox (browsers would not display it).
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CONTENT_SANDBOX, PAGE_SANDBOX } from '../src/edge/core/content-policy.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { launchChromium } from './helpers/chromium.js';
import { needs } from './helpers/prerequisites.js';

const CHROMIUM = needs('chromium');
const REPO = path.resolve(import.meta.dirname, '..');
const SECRET = 'globex merger notes';
// Random 32-character passwords: the function runtime's 128-bit rule accepts them.
const ADMIN = { user: 'admin', password: randomBytes(24).toString('base64url') };
const ACME = { user: 'acme', password: randomBytes(24).toString('base64url') };
const GLOBEX = { user: 'globex', password: randomBytes(24).toString('base64url') };

const STEAL =
  "fetch('/globex/notes.txt').then((r) => r.text())" +
  ".then((t) => fetch('/leak?' + encodeURIComponent(t)));";
const FILES: Record<string, string> = {
  'acme/logo.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>${STEAL}</script></svg>\n`,
  'acme/page.html': `<!doctype html><title>Acme</title><p>Acme</p><script>${STEAL}</script>\n`,
  'acme/q3.pdf': '%PDF-1.4\n%%EOF\n',
  'globex/notes.txt': `${SECRET}\n`,
};

let work = '';
let browser: Browser | undefined;
const sandboxes: Sandbox[] = [];

beforeAll(async () => {
  if (!CHROMIUM.present) return;
  work = await mkdtemp(path.join(tmpdir(), 'content-sandbox-'));
  for (const [key, body] of Object.entries(FILES)) {
    const file = path.join(work, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of sandboxes) await s.close();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

async function site(edge: 'lambda' | 'function', trustedPages: boolean): Promise<Sandbox> {
  const sandbox = await startSandbox({
    contentDir: work,
    contentDirLabel: 'content/',
    port: 0,
    users: [ADMIN, ACME, GLOBEX],
    access: [
      { users: ['admin'], globs: ['/**'] },
      { users: ['acme'], globs: ['/acme/**'] },
      { users: ['globex'], globs: ['/globex/**'] },
    ],
    realm: 'Partners',
    watch: false,
    edge,
    trustedPages,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    log: { info: () => undefined, warn: () => undefined },
  });
  sandboxes.push(sandbox);
  return sandbox;
}

/** What the admin's browser asked for after opening `key`, and the policy it was served with. */
async function openAsAdmin(
  sandbox: Sandbox,
  key: string,
): Promise<{ status: number | undefined; policy: string | undefined; requests: string[] }> {
  if (browser === undefined) throw new Error('beforeAll did not finish');
  const context = await browser.newContext({
    httpCredentials: { username: ADMIN.user, password: ADMIN.password },
  });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      requests.push(url.pathname + url.search);
    });
    const res = await page.goto(new URL(key, sandbox.url).href, { waitUntil: 'networkidle' });
    return {
      status: res?.status(),
      policy: res?.headers()['content-security-policy'],
      requests,
    };
  } finally {
    await context.close();
  }
}

const LEAK = `/leak?${encodeURIComponent(`${SECRET}\n`)}`;

for (const edge of ['lambda', 'function'] as const) {
  CHROMIUM.describe(`published documents in Chromium (edge: ${edge})`, () => {
    it('cannot read another partner’s file with the viewer’s credentials', async () => {
      const sandbox = await site(edge, false);
      for (const [key, policy] of [
        ['/acme/logo.svg', CONTENT_SANDBOX],
        ['/acme/page.html', PAGE_SANDBOX],
      ] as const) {
        const seen = await openAsAdmin(sandbox, key);
        expect([key, seen.status, seen.policy]).toEqual([key, 200, policy]);
        expect(seen.requests).toEqual([key]);
      }
      const pdf = await openAsAdmin(sandbox, '/acme/q3.pdf');
      expect(pdf.status).toBe(200);
      expect(pdf.policy).toBeUndefined();
    });

    it('with trusted-pages, the same files run as the site (and this test sees the leak)', async () => {
      const sandbox = await site(edge, true);
      for (const key of ['/acme/logo.svg', '/acme/page.html']) {
        const seen = await openAsAdmin(sandbox, key);
        expect([key, seen.status, seen.policy]).toEqual([key, 200, undefined]);
        // (Lambda@Edge's origin-response trigger then redirects /leak to /leak/: a fourth.)
        expect(seen.requests.slice(0, 3)).toEqual([key, '/globex/notes.txt', LEAK]);
      }
    });
  });
}
