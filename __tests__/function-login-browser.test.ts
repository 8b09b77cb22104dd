/**
 * `login: form` in a real browser on the CloudFront Functions runtime (issue 23 items 1 and 5):
 * headless Chromium meets the sandbox's function runtime, is sent to `/_login`, and signs in
 * through the page's script (it sends `Authorization: Basic` with `fetch` under the page's
 * hashed Content-Security-Policy: what an HTTP test cannot prove), first with a wrong password
 * (a message, still on the page), then the right one (back where it was going, by cookie);
 * a path its rules refuse is the styled 403 naming it; `/_logout` ends the session.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';

const CHROMIUM = needs('chromium');
const REALM = 'Partner Portal';
// edge: function takes only passwords of 128 bits or more (store.ts); one is not ASCII.
const PASSWORD = 'acme-pässword-Vq3x9ZkLw2';

async function submit(page: Page, user: string, password: string): Promise<void> {
  await page.fill('input[name=user]', user);
  await page.fill('input[name=password]', password);
  await page.click('form button');
}

CHROMIUM.describe('signing in with the form in Chromium (CloudFront Functions)', () => {
  const ready = sandboxInChromium({
    files: {
      'index.html': '<!doctype html><title>Home</title><h1>Home</h1>',
      'acme/index.html': '<!doctype html><title>Acme</title><h1>Acme</h1>',
      'globex/index.html': '<!doctype html><title>Globex</title><h1>Globex</h1>',
    },
    users: [{ user: 'acme', password: PASSWORD }],
    access: [{ users: ['acme'], globs: ['/acme/**'] }],
    realm: REALM,
    edge: 'function',
    login: 'form',
    sessionLifetime: 3600,
  });

  it('signs in through the page’s script, browses, meets the 403, signs out', async () => {
    const { browser, url } = ready();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));

      // Sent to the login function's page, with where the visitor was going.
      const first = await page.goto(url('/acme/'), { waitUntil: 'load' });
      expect(first?.status()).toBe(401);
      expect(first?.headers()['www-authenticate']).toBeUndefined();
      expect(page.url()).toBe(url('/_login?next=%2Facme%2F'));
      expect(await page.textContent('h1')).toBe('Sign in');

      // A wrong password: the script says so, the page stays.
      await submit(page, 'acme', 'not-the-password-of-acme');
      await page.waitForFunction('document.getElementById("m").textContent !== ""');
      expect(await page.textContent('#m')).toBe('Wrong user name or password.');
      expect(page.url()).toBe(url('/_login?next=%2Facme%2F'));
      expect(await context.cookies()).toEqual([]);

      // The right one (not ASCII: the script sends UTF-8): back where it was going.
      await submit(page, 'acme', PASSWORD);
      await page.waitForURL(url('/acme/'));
      expect(await page.textContent('h1')).toBe('Acme');
      const cookies = await context.cookies();
      expect(cookies.map((c) => [c.name, c.path, c.httpOnly, c.secure, c.sameSite])).toEqual([
        ['__Host-secure-dist', '/', true, true, 'Lax'],
      ]);

      // A path the rules do not give: the styled 403 naming the user.
      const refused = await page.goto(url('/globex/'), { waitUntil: 'load' });
      expect(refused?.status()).toBe(403);
      expect(await page.textContent('h1')).toBe('Not yours');
      expect(await page.textContent('body')).toContain('You are signed in as acme.');

      // Sign out (typed: Sec-Fetch-Site none): the cookie goes, the site asks again.
      await page.goto(url('/_logout'), { waitUntil: 'load' });
      expect(await context.cookies()).toEqual([]);
      expect(await page.textContent('h1')).toBe('Sign in');
      const after = await page.goto(url('/acme/'), { waitUntil: 'load' });
      expect(after?.status()).toBe(401);
      expect(page.url()).toBe(url('/_login?next=%2Facme%2F'));
      expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
