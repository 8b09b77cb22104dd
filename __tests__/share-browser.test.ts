/**
 * A folder share link clicked through in a real browser (issue 23 item 4): headless Chromium
 * (Debian's /usr/bin/chromium, driven by playwright-core) opens a folder link through the
 * sandbox WITHOUT Basic credentials, gets the folder's listing, clicks a file in it and a page
 * of the folder follows its own relative link: every one loads, by the signed cookies the
 * link's response set (before issue 23 they answered CloudFront's 403 "Missing Key-Pair-Id").
 * Another folder stays closed.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, the browser test is
 * skipped and the run names the package, or fails with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';

const CHROMIUM = needs('chromium');

CHROMIUM.describe('a folder share link in Chromium', () => {
  const ready = sandboxInChromium({
    files: {
      'index.html': '<!doctype html><title>Home</title>',
      'reports/q1.txt': 'first quarter\n',
      'reports/notes.html':
        '<!doctype html><title>Notes</title><a id="q1" href="q1.txt">Q1</a><a id="sub" href="2026/q2.txt">Q2</a>',
      'reports/2026/q2.txt': 'second quarter\n',
      'private/secret.txt': 'no\n',
    },
    users: [{ user: 'owner', password: 'owner password' }],
    realm: 'Share Browser Test',
    listing: true,
  });

  it("opens the folder's listing, a file clicked in it, and a page's relative links, without a password", async () => {
    const { sandbox, browser, url } = ready();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      const link = sandbox.shareLink('reports/', 600);
      const listing = await page.goto(link.url, { waitUntil: 'load' });
      expect(listing?.status()).toBe(200);
      expect(await page.locator('caption').textContent()).toMatch(/^Contents of \/reports\//);

      // A file of the listing: a relative link, no signature in its URL.
      const [file] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/_share/reports/q1.txt')),
        page.getByRole('link', { name: 'q1.txt' }).click(),
      ]);
      expect(file.status()).toBe(200);
      expect(await file.text()).toBe('first quarter\n');

      // A shared page's own relative links, into a subfolder too.
      await page.goto(url('/_share/reports/notes.html'), { waitUntil: 'load' });
      expect(await page.title()).toBe('Notes');
      const [sub] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/_share/reports/2026/q2.txt')),
        page.locator('#sub').click(),
      ]);
      expect(sub.status()).toBe(200);
      expect(await sub.text()).toBe('second quarter\n');

      // The cookies are the folder's only: another folder is CloudFront's 403, no prompt.
      const other = await page.request.get(url('/_share/private/secret.txt'));
      expect(other.status()).toBe(403);
      expect(other.headers()['www-authenticate']).toBeUndefined();
      const cookies = await context.cookies();
      expect(cookies.map((c) => [c.name, c.path, c.httpOnly, c.secure, c.sameSite])).toEqual(
        ['Policy', 'Signature', 'Key-Pair-Id', 'Hash-Algorithm'].map((n) => [
          `CloudFront-${n}`,
          '/_share/reports/',
          true,
          true,
          'Lax',
        ]),
      );
    } finally {
      await context.close();
    }
  });
});
