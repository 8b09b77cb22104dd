/**
 * The per-user home page and the access rules in a real browser (issue 10): headless Chromium
 * (Debian's /usr/bin/chromium, driven by playwright-core, as in sandbox-browser.test.ts) logs
 * in to the sandbox as one of two partners and sees only their folders.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { needs } from './helpers/prerequisites.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const CHROMIUM = needs('chromium');
const REPO = path.resolve(import.meta.dirname, '..');
const USERS = [
  { user: 'acme', password: 'acme pässword' },
  { user: 'globex', password: 'globex password' },
];

let sandbox: Sandbox | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  sandbox = await startSandbox({
    contentDir: path.join(REPO, 'example'),
    contentDirLabel: 'example/',
    port: 0,
    users: USERS,
    access: [
      { users: ['acme'], globs: ['/acme/**', '/shared/**'] },
      { users: ['globex'], globs: ['/globex/**', '/shared/**'] },
    ],
    realm: 'Partner <Portal>',
    watch: false,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    log: { info: () => undefined, warn: () => undefined },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM.executable,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
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
    if (sandbox === undefined || browser === undefined) throw new Error('beforeAll did not finish');
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

      const own = await page.goto(new URL('/acme/report.txt', sandbox.url).href);
      expect(own?.status()).toBe(200);
      expect(await page.textContent('body')).toContain('Acme Corp');
      const other = await page.goto(new URL('/globex/notes.txt', sandbox.url).href);
      expect(other?.status()).toBe(403);
      expect(await page.textContent('body')).toContain('403 Forbidden');
    } finally {
      await context.close();
    }
  });
});
