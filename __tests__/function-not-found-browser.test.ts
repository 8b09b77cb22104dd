/**
 * The 404 page secure-dist publishes for `edge: function` (src/sync/not-found-page.ts) in a real
 * browser: headless Chromium, signed in with Basic, opens a removed preview by host
 * (`pr-7.localhost`) and by path, and a missing key of the site. The page's own
 * Content-Security-Policy (a `<meta>` element, hashes of its style and script) lets its one
 * script run: the heading names the preview; elsewhere it stays "Not found"; the browser reports
 * no policy violation.
 *
 * Chromium is a system package: without it these tests are skipped naming the package, or fail
 * with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';
import { publishPreview, removePreview } from './helpers/pr-previews.js';

const CHROMIUM = needs('chromium');
const REALM = 'Docs';
// `edge: function` takes only passwords of at least 128 bits (store.ts).
const PASSWORD = randomBytes(18).toString('base64url');
const PREVIEW_FILES = { 'guide/index.html': '<!doctype html><title>Guide</title><h1>Guide</h1>' };

CHROMIUM.describe('the 404 page of the function runtime in Chromium (sandbox)', () => {
  const ready = sandboxInChromium({
    files: { 'index.html': '<!doctype html><title>Home</title><h1>The site</h1>' },
    users: [{ user: 'reviewer', password: PASSWORD }],
    realm: REALM,
    edge: 'function',
    login: 'basic',
    previews: { domain: 'preview.example.com', users: ['reviewer'] },
  });

  it('names a removed preview by host and by path, and says "Not found" elsewhere', async () => {
    const { sandbox, browser } = ready();
    await publishPreview(sandbox, 7, PREVIEW_FILES);
    const context = await browser.newContext({
      httpCredentials: { username: 'reviewer', password: PASSWORD },
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
    });
    try {
      const byHost = `http://pr-7.localhost:${sandbox.port}/guide/`;
      expect((await page.goto(byHost))?.status()).toBe(200);
      expect(await page.textContent('h1')).toBe('Guide');

      await removePreview(sandbox, 7, PREVIEW_FILES);
      for (const url of [byHost, `http://localhost:${sandbox.port}/_previews/pr-7/guide/`]) {
        const gone = await page.goto(url);
        expect([url, gone?.status()]).toEqual([url, 404]);
        expect(await page.textContent('h1')).toBe('Preview 7 does not exist');
        expect(await page.textContent('body')).toContain('removed when their pull request closes');
        expect(await page.title()).toBe(REALM);
      }
      const missing = await page.goto(`http://localhost:${sandbox.port}/nothing.html`);
      expect(missing?.status()).toBe(404);
      expect(await page.textContent('h1')).toBe('Not found');
      expect(await page.textContent('body')).toContain('expired or was removed');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
