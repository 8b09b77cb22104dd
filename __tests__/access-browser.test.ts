/**
 * The per-user home page and the access rules in a real browser (issue 10): headless Chromium
 * (Debian's /usr/bin/chromium, driven by playwright-core, as in sandbox-browser.test.ts) logs
 * in to the sandbox as one of two partners and sees only their folders.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import path from 'node:path';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';
import { REPO_ROOT } from './helpers/s3-server.js';

const CHROMIUM = needs('chromium');
const USERS = [
  { user: 'acme', password: 'acme pässword' },
  { user: 'globex', password: 'globex password' },
];

const ready = sandboxInChromium({
  contentDir: path.join(REPO_ROOT, 'example'),
  contentDirLabel: 'example/',
  users: USERS,
  access: [
    { users: ['acme'], globs: ['/acme/**', '/shared/**'] },
    { users: ['globex'], globs: ['/globex/**', '/shared/**'] },
  ],
  realm: 'Partner <Portal>',
});

/** What the browser made of the home page, as JSON (no DOM types in this project). */
const HOME_PROBE = `JSON.stringify({
  title: document.title,
  heading: document.querySelector('h1')?.textContent,
  links: [...document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
  scripts: document.scripts.length,
  viewport: document.querySelector('meta[name=viewport]')?.getAttribute('content'),
  text: document.body.innerText,
})`;

CHROMIUM.describe('the home page in Chromium', () => {
  it('shows a partner their own folders only, escaped, and refuses the other partner’s files', async () => {
    const { sandbox, browser, url } = ready();
    const context = await browser.newContext({
      httpCredentials: { username: 'acme', password: 'acme pässword' },
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await context.newPage();
      const res = await page.goto(sandbox.url, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      expect(res?.headers()['cache-control']).toBe('private, no-store');
      const home = JSON.parse(String(await page.evaluate(HOME_PROBE))) as {
        title: string;
        heading: string;
        links: [string, string][];
        scripts: number;
        viewport: string;
        text: string;
      };
      expect(home.title).toBe('Partner <Portal>');
      expect(home.heading).toBe('Partner <Portal>');
      expect(home.links).toEqual([
        ['/acme/', '/acme/'],
        ['/shared/', '/shared/'],
      ]);
      expect(home.scripts).toBe(0);
      expect(home.viewport).toContain('width=device-width');
      expect(home.text).not.toContain('globex');

      const own = await page.goto(url('/acme/report.txt'));
      expect(own?.status()).toBe(200);
      expect(await page.textContent('body')).toContain('Acme Corp');
      const other = await page.goto(url('/globex/notes.txt'));
      expect(other?.status()).toBe(403);
      // A browser gets the page (next test); curl-like clients keep the plain text.
      expect(await page.textContent('h1')).toBe('Not yours');
      const plain = await context.request.get(url('/globex/notes.txt'), {
        headers: { Accept: '*/*' },
      });
      expect(plain.status()).toBe(403);
      expect(await plain.text()).toBe('403 Forbidden\n');
    } finally {
      await context.close();
    }
  });
});

/** What the browser made of an edge page (issue 23 #2), as JSON. */
const PAGE_PROBE = `JSON.stringify({
  title: document.title,
  heading: document.querySelector('h1')?.textContent,
  text: document.body.innerText,
  links: [...document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
  scripts: document.scripts.length,
  viewport: document.querySelector('meta[name=viewport]')?.getAttribute('content'),
  main: getComputedStyle(document.querySelector('main')).backgroundColor,
  button: getComputedStyle(document.querySelector('a')).backgroundColor,
  overflow: document.documentElement.scrollWidth > window.innerWidth,
})`;

interface PageProbe {
  title: string;
  heading: string;
  text: string;
  links: [string, string][];
  scripts: number;
  viewport: string;
  main: string;
  button: string;
  overflow: boolean;
}

CHROMIUM.describe('the 401 page in Chromium', () => {
  it('shows a visitor whose password is wrong the sign-in page', async () => {
    const { browser, url } = ready();
    const context = await browser.newContext({
      httpCredentials: { username: 'acme', password: 'wrong' },
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await context.newPage();
      const res = await page.goto(url('/acme/report.txt'));
      expect(res?.status()).toBe(401);
      expect(res?.headers()['www-authenticate']).toBe(
        'Basic realm="Partner <Portal>", charset="UTF-8"',
      );
      expect(res?.headers()['content-security-policy']).toMatch(/^default-src 'none';/);
      expect(await page.title()).toBe('Partner <Portal>');
      expect(await page.textContent('h1')).toBe('Sign-in required');
      expect(await page.locator('a').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

/**
 * Set PAGE_SCREENSHOTS=<folder> to save the 403 page as docs/ shows it
 * (page-403-phone.png, page-403-desktop.png).
 */
CHROMIUM.describe('the 403 page in Chromium', () => {
  it.each([
    ['phone', 'light', { width: 390, height: 844 }, 'rgb(255, 255, 255)'],
    ['desktop', 'light', { width: 1280, height: 720 }, 'rgb(255, 255, 255)'],
    ['phone', 'dark', { width: 390, height: 844 }, 'rgb(34, 34, 34)'],
  ] as const)(
    'shows a restricted user on a %s in %s mode who they are, that the path is not theirs, and the way home',
    async (device, colorScheme, viewport, background) => {
      const { browser, url } = ready();
      const context = await browser.newContext({
        httpCredentials: { username: 'acme', password: 'acme pässword' },
        viewport,
        colorScheme,
      });
      try {
        const page = await context.newPage();
        const messages: string[] = [];
        page.on('console', (m) => messages.push(m.text()));
        const res = await page.goto(url('/globex/notes.txt'), {
          waitUntil: 'load',
        });
        expect(res?.status()).toBe(403);
        const headers = res?.headers() ?? {};
        expect(headers['content-type']).toBe('text/html; charset=utf-8');
        expect(headers['cache-control']).toBe('private, no-store');
        expect(headers['content-security-policy']).toMatch(
          /^default-src 'none'; style-src 'sha256-/,
        );
        const probe = JSON.parse(String(await page.evaluate(PAGE_PROBE))) as PageProbe;
        if (process.env.PAGE_SCREENSHOTS !== undefined && colorScheme === 'light') {
          await page.screenshot({
            path: path.join(process.env.PAGE_SCREENSHOTS, `page-403-${device}.png`),
          });
        }
        expect(probe.title).toBe('Partner <Portal>');
        expect(probe.heading).toBe('Not yours');
        expect(probe.text).toContain('You are signed in as acme.');
        expect(probe.text).toContain('This page is not one of yours.');
        expect(probe.links).toEqual([['/', 'Go to your home page']]);
        expect(probe.scripts).toBe(0);
        expect(probe.viewport).toContain('width=device-width');
        expect(probe.overflow).toBe(false);
        // The stylesheet applied (its hash is in the policy), in the colours of the mode; the
        // browser reported no policy violation.
        expect(probe.main).toBe(background);
        expect(probe.button).not.toBe('rgba(0, 0, 0, 0)');
        expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
        // The link leads to the user's home page: their folders.
        await page.click('a');
        await page.waitForLoadState('load');
        expect(await page.textContent('h1')).toBe('Partner <Portal>');
        expect(await page.textContent('main')).toContain('/acme/');
      } finally {
        await context.close();
      }
    },
  );
});
