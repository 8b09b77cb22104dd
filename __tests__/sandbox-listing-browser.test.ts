/**
 * Folder listings (issue 10) in a real browser: the sandbox syncs a small git checkout with
 * `listing: true`, and headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
 * at a phone's size browses it through the edge with Basic auth: the table, the escaped name
 * (no script runs, no image loads), the links into a subfolder and to a file with a `#` in
 * its name. The preview takes `listing` from the site file; the old LISTING variable is refused.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, the browser tests
 * are skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 *
 * Set LISTING_SCREENSHOT=<file.png> to save the phone-size screenshot used in docs/sync.md.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ConfigError, previewConfig } from '../src/sandbox/cli.js';
import { previewOptions, siteFile } from './helpers/preview.js';
import { needs } from './helpers/prerequisites.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const CHROMIUM = needs('chromium');
const REPO = path.resolve(import.meta.dirname, '..');
const USER = 'partner';
const PASSWORD = 'listing test';
const XSS = '<img src=x onerror=alert(1)>.txt';

let sandbox: Sandbox | undefined;
let browser: Browser | undefined;
let work = '';

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [key, body] of Object.entries(files)) {
    const file = path.join(root, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
}

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** The checkout, the sandbox and the browser of the Chromium tests. */
async function start(): Promise<void> {
  work = await mkdtemp(path.join(tmpdir(), 'listing-browser-'));
  const content = path.join(work, 'content');
  git(work, ['init', '-q'], '2026-01-01T00:00:00Z');
  await write(content, {
    'reports/2026/q1.pdf': 'x'.repeat(123_456),
    'reports/2026/q2.pdf': 'x'.repeat(234_567),
    'reports/summary #1.csv': 'a,b\n1,2\n',
    'reports/Übersicht.txt': 'ü',
    'datasets/readings.parquet': 'x'.repeat(4_321_000),
    'index.html': '<!doctype html><title>Home</title><a href="reports/">Reports</a>',
  });
  git(work, ['add', '.'], '2026-03-02T09:15:00Z');
  git(work, ['commit', '-qm', 'first'], '2026-03-02T09:15:00Z');
  await write(content, { 'reports/summary #1.csv': 'a,b\n1,2\n3,4\n' });
  git(work, ['commit', '-qam', 'second'], '2026-11-28T17:42:00Z');
  // Untracked: listed without a date.
  await write(content, { [`reports/${XSS}`]: 'just text' });

  sandbox = await startSandbox({
    contentDir: content,
    contentDirLabel: 'content/',
    port: 0,
    users: [{ user: USER, password: PASSWORD }],
    realm: 'Listing Test',
    watch: false,
    listing: true,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    log: { info: () => undefined, warn: () => undefined },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM.executable,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}

async function stop(): Promise<void> {
  await browser?.close();
  await sandbox?.close();
  if (work !== '') await rm(work, { recursive: true, force: true });
}

/** The table as the browser renders it, as JSON (a string: no DOM types in this project). */
const TABLE_PROBE = `JSON.stringify({
  caption: document.querySelector('caption')?.textContent ?? '',
  headers: [...document.querySelectorAll('thead th')].map((th) => th.textContent),
  rows: [...document.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  images: document.images.length,
  scripts: document.scripts.length,
  viewport: document.querySelector('meta[name=viewport]')?.getAttribute('content') ?? '',
  overflow: document.documentElement.scrollWidth > window.innerWidth,
})`;

interface Probe {
  caption: string;
  headers: string[];
  rows: string[][];
  images: number;
  scripts: number;
  viewport: string;
  overflow: boolean;
}

CHROMIUM.describe('a folder listing in Chromium', () => {
  beforeAll(start);
  afterAll(stop);

  it('renders a phone-size table, shows a crafted name as text, and its links open subfolders and files', async () => {
    if (sandbox === undefined || browser === undefined) throw new Error('beforeAll did not finish');
    const context = await browser.newContext({
      httpCredentials: { username: USER, password: PASSWORD },
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      javaScriptEnabled: true,
    });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // The root has its own index.html: the user's page, not a listing.
      await page.goto(sandbox.url, { waitUntil: 'load' });
      expect(await page.title()).toBe('Home');

      const res = await page.goto(new URL('/reports/', sandbox.url).href, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-type']).toBe('text/html; charset=utf-8');
      const probe = JSON.parse(String(await page.evaluate(TABLE_PROBE))) as Probe;
      if (process.env.LISTING_SCREENSHOT !== undefined) {
        const box = await page.locator('main').boundingBox();
        const height = Math.ceil((box?.y ?? 0) + (box?.height ?? 844) + 16);
        await page.screenshot({
          path: process.env.LISTING_SCREENSHOT,
          clip: { x: 0, y: 0, width: 390, height: Math.min(844, height) },
        });
      }
      expect(probe.caption).toBe('Contents of /reports/: 1 folder, 3 files');
      expect(probe.headers).toEqual(['Name', 'Size', 'Last changed']);
      expect(probe.rows).toEqual([
        ['2026/', '', ''],
        [XSS, '9 B', ''],
        ['summary #1.csv', '12 B', '2026-11-28 17:42 UTC'],
        ['Übersicht.txt', '2 B', '2026-03-02 09:15 UTC'],
      ]);
      expect(probe.images).toBe(0);
      expect(probe.scripts).toBe(0);
      expect(probe.viewport).toBe('width=device-width, initial-scale=1');
      expect(probe.overflow).toBe(false);
      expect(dialogs).toEqual([]);

      await page.getByRole('link', { name: '2026/' }).click();
      await page.waitForURL(new URL('/reports/2026/', sandbox.url).href);
      expect(await page.locator('caption').textContent()).toBe(
        'Contents of /reports/2026/: 0 folders, 2 files',
      );
      await page.getByRole('link', { name: 'Parent folder' }).click();
      await page.waitForURL(new URL('/reports/', sandbox.url).href);

      const file = await page.request.get(new URL('/reports/summary%20%231.csv', sandbox.url).href);
      expect(file.status()).toBe(200);
      expect(await file.text()).toBe('a,b\n1,2\n3,4\n');
      const href = await page.getByRole('link', { name: XSS }).getAttribute('href');
      const crafted = await page.request.get(new URL(`/reports/${href ?? ''}`, sandbox.url).href);
      expect(await crafted.text()).toBe('just text');
    } finally {
      await context.close();
    }
  });
});

describe('listing in the preview', () => {
  const config = (text: string, env: NodeJS.ProcessEnv = {}) =>
    previewConfig(previewOptions({ config: siteFile(text) }), { env, cwd: REPO });

  it("is the site file's `listing`: off by default", () => {
    expect(config('content-dir: example\n').site.listing).toBe(false);
    expect(config('content-dir: example\nlisting: true\n').site.listing).toBe(true);
  });

  it('the old LISTING variable is refused, naming the key of the file', () => {
    expect(() => config('content-dir: example\n', { LISTING: '1' })).toThrow(ConfigError);
    expect(() => config('content-dir: example\n', { LISTING: '1' })).toThrow(
      /^LISTING is set, but preview reads the site from .*secure-dist\.yml: set `listing:` in the site file$/,
    );
  });
});
