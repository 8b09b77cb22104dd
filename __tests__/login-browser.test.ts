/**
 * `login: form` in a real browser (issue 23 items 1 and 5), on the Lambda@Edge runtime: headless
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core) meets the sandbox's sign-in
 * page, signs in through it (the form's POST goes to `/_login` with its body as CloudFront
 * includes it), browses, is refused a forbidden path with the styled 403 naming the user, signs
 * out with its button and is back at the sign-in page; a deploy with a new credential version
 * (as after `rotate`) ends the session at the next request.
 *
 * Set PAGE_SCREENSHOTS=<folder> to save the sign-in page as docs/ shows it
 * (sign-in-phone.png, sign-in-desktop.png).
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';

const CHROMIUM = needs('chromium');
const REALM = 'Partner Portal';
const USERS = [
  { user: 'acme', password: 'acme pässword', cv: 'v1' },
  { user: 'globex', password: 'globex password', cv: 'g1' },
];

/** What the browser made of an edge page, as JSON (no DOM types in this project). */
const PAGE_PROBE = `JSON.stringify({
  title: document.title,
  heading: document.querySelector('h1')?.textContent,
  text: document.body.innerText,
  fields: [...document.querySelectorAll('input')].map((i) => [i.name, i.type, i.autocomplete]),
  forms: [...document.querySelectorAll('form')].map((f) => [f.method, f.getAttribute('action')]),
  scripts: document.scripts.length,
  main: getComputedStyle(document.querySelector('main')).backgroundColor,
  button: getComputedStyle(document.querySelector('button')).backgroundColor,
  overflow: document.documentElement.scrollWidth > window.innerWidth,
})`;

interface PageProbe {
  title: string;
  heading: string;
  text: string;
  fields: [string, string, string][];
  forms: [string, string][];
  scripts: number;
  main: string;
  button: string;
  overflow: boolean;
}

async function probe(page: Page): Promise<PageProbe> {
  return JSON.parse(String(await page.evaluate(PAGE_PROBE))) as PageProbe;
}

async function signIn(page: Page, user: string, password: string): Promise<void> {
  await page.fill('input[name=user]', user);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
}

CHROMIUM.describe('signing in with the form in Chromium (Lambda@Edge)', () => {
  const ready = sandboxInChromium({
    files: {
      'index.html': '<!doctype html><title>Home</title><h1>Home</h1>',
      'acme/index.html':
        '<!doctype html><title>Acme</title><h1>Acme</h1><a id="report" href="report.html">Report</a>',
      'acme/report.html': '<!doctype html><title>Acme report</title><h1>Report</h1>',
      'globex/index.html': '<!doctype html><title>Globex</title><h1>Globex</h1>',
    },
    users: USERS,
    access: [
      { users: ['acme'], globs: ['/acme/**'] },
      { users: ['globex'], globs: ['/**'] },
    ],
    realm: REALM,
    login: 'form',
    sessionLifetime: 3600,
  });

  it('signs in through the page, browses, meets the 403 with its name, signs out and is asked again', async () => {
    const { browser, url } = ready();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));

      // No dialog: the sign-in page, in place, for where the visitor was going.
      const first = await page.goto(url('/acme/'), { waitUntil: 'load' });
      expect(first?.status()).toBe(401);
      expect(first?.headers()['www-authenticate']).toBeUndefined();
      expect(first?.headers()['cache-control']).toBe('private, no-store');
      const signInPage = await probe(page);
      expect([signInPage.title, signInPage.heading]).toEqual([REALM, 'Sign in']);
      expect(signInPage.forms).toEqual([['post', '/_login']]);
      expect(signInPage.fields).toEqual([
        ['user', 'text', 'username'],
        ['password', 'password', 'current-password'],
        ['next', 'hidden', ''],
      ]);
      expect(signInPage.scripts).toBe(0);

      // A wrong password: the page again, with a message.
      await signIn(page, 'acme', 'wrong');
      expect(page.url()).toBe(url('/_login'));
      expect(await page.textContent('[role=alert]')).toBe(
        'The user name or password is not right.',
      );

      // The right one: back where the visitor was going, signed in.
      await signIn(page, 'acme', 'acme pässword');
      expect(page.url()).toBe(url('/acme/'));
      expect(await page.textContent('h1')).toBe('Acme');
      const cookies = await context.cookies();
      expect(cookies.map((c) => [c.name, c.path, c.httpOnly, c.secure, c.sameSite])).toEqual([
        ['__Host-secure-dist', '/', true, true, 'Lax'],
      ]);

      // Browsing: a link of the site, no prompt.
      await Promise.all([page.waitForLoadState('load'), page.click('#report')]);
      expect(await page.textContent('h1')).toBe('Report');

      // A path the rules do not give this user: the styled 403 with the name and a way out.
      const refused = await page.goto(url('/globex/'), { waitUntil: 'load' });
      expect(refused?.status()).toBe(403);
      const forbidden = await probe(page);
      expect(forbidden.heading).toBe('Not yours');
      expect(forbidden.text).toContain('You are signed in as acme.');
      expect(forbidden.forms).toEqual([['post', '/_logout']]);

      // Sign out: the cookie is gone, the sign-in page shows, and the site asks again.
      await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
      expect(page.url()).toBe(url('/_login'));
      expect(await page.textContent('h1')).toBe('Sign in');
      expect(await context.cookies()).toEqual([]);
      const after = await page.goto(url('/acme/report.html'), { waitUntil: 'load' });
      expect(after?.status()).toBe(401);
      expect(await page.textContent('h1')).toBe('Sign in');
      expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ends the session at the next request after a deploy with a new credential version', async () => {
    const { sandbox, browser, url } = ready();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url('/globex/'), { waitUntil: 'load' });
      await signIn(page, 'globex', 'globex password');
      expect(await page.textContent('h1')).toBe('Globex');
      // Rotation of acme only: globex's session lives on.
      sandbox.redeployEdge(USERS.map((u) => (u.user === 'acme' ? { ...u, cv: 'v2' } : u)));
      expect((await page.goto(url('/globex/'), { waitUntil: 'load' }))?.status()).toBe(200);
      // `end-sessions: globex`: a new version, same password.
      sandbox.redeployEdge(USERS.map((u) => (u.user === 'globex' ? { ...u, cv: 'g2' } : u)));
      const ended = await page.goto(url('/globex/'), { waitUntil: 'load' });
      expect(ended?.status()).toBe(401);
      expect(await page.textContent('h1')).toBe('Sign in');
      // The same password signs in again, under the new version.
      await signIn(page, 'globex', 'globex password');
      expect(await page.textContent('h1')).toBe('Globex');
    } finally {
      sandbox.redeployEdge(USERS);
      await context.close();
    }
  });

  it.each([
    ['phone', 'light', { width: 390, height: 844 }, 'rgb(255, 255, 255)'],
    ['desktop', 'light', { width: 1280, height: 720 }, 'rgb(255, 255, 255)'],
    ['phone', 'dark', { width: 390, height: 844 }, 'rgb(34, 34, 34)'],
  ] as const)(
    'shows the sign-in page on a %s in %s mode, styled and within the screen',
    async (device, colorScheme, viewport, background) => {
      const { browser, url } = ready();
      const context = await browser.newContext({ viewport, colorScheme });
      try {
        const page = await context.newPage();
        const messages: string[] = [];
        page.on('console', (m) => messages.push(m.text()));
        const res = await page.goto(url('/acme/'), { waitUntil: 'load' });
        expect(res?.status()).toBe(401);
        if (process.env.PAGE_SCREENSHOTS !== undefined && colorScheme === 'light') {
          await page.screenshot({
            path: path.join(process.env.PAGE_SCREENSHOTS, `sign-in-${device}.png`),
          });
        }
        const shown = await probe(page);
        expect(shown.overflow).toBe(false);
        expect(shown.main).toBe(background);
        expect(shown.button).not.toBe('rgba(0, 0, 0, 0)');
        expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
