/**
 * The sandbox in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) logs in with Basic auth and renders the example site, its stylesheet,
 * its web font and its images; without credentials it gets the 401.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { needs } from './helpers/prerequisites.js';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const CHROMIUM = needs('chromium');
const REPO = path.resolve(import.meta.dirname, '..');
const USER = 'viewer';
const PASSWORD = 'pässwörd with spaces';

let sandbox: Sandbox | undefined;
let browser: Browser | undefined;
const edgeLog: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    contentDir: path.join(REPO, 'example'),
    contentDirLabel: 'example/',
    port: 0,
    users: [{ user: USER, password: PASSWORD }],
    realm: 'Browser Test',
    watch: false,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    log: { info: (l) => edgeLog.push(l), warn: (l) => edgeLog.push(l) },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM.executable,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

function started(): { sandbox: Sandbox; browser: Browser } {
  if (sandbox === undefined || browser === undefined) throw new Error('beforeAll did not finish');
  return { sandbox, browser };
}

/**
 * What the browser made of the page, as JSON: the web fonts and whether they loaded, the
 * computed styles the stylesheet sets, the images and whether they decoded. A string, run
 * in the page, because this project's TypeScript has no DOM types.
 */
const RENDER_PROBE = `(async () => {
  await document.fonts.ready;
  const header = document.querySelector('header');
  return JSON.stringify({
    fonts: [...document.fonts].map((f) => f.family + ': ' + f.status),
    exampleLoaded: document.fonts.check('16px Example'),
    bodyFont: getComputedStyle(document.body).fontFamily,
    headerDisplay: header === null ? '' : getComputedStyle(header).display,
    images: [...document.images].map((img) => ({
      src: new URL(img.src).pathname,
      complete: img.complete,
      natural: img.naturalWidth + 'x' + img.naturalHeight,
    })),
  });
})()`;

/** Every request that failed or answered 4xx/5xx, as `status url`. */
function trackProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  // "Failed to load resource" errors are the responses above; the favicon (the example has
  // none) is checked in the edge's log instead, as the page's events do not report it.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${m.text()}`);
    }
  });
  return problems;
}

/** The edge answered these requests with the 401 challenge, and nothing else. */
function expectOnlyChallenges(lines: readonly string[]): void {
  const answered = lines.filter((l) => /^edge: \d{3} /.test(l));
  expect(answered.length).toBeGreaterThan(0);
  expect(answered.filter((l) => !l.startsWith('edge: 401 '))).toEqual([]);
}

CHROMIUM.describe('the sandbox in Chromium', () => {
  it('logs in with Basic auth and renders the page with its CSS, web font and images', async () => {
    const { sandbox: sb, browser: b } = started();
    const context: BrowserContext = await b.newContext({
      httpCredentials: { username: USER, password: PASSWORD },
    });
    try {
      const page = await context.newPage();
      const problems = trackProblems(page);
      const res = await page.goto(sb.url, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      expect(await page.textContent('#welcome')).toContain('You are signed in');
      expect(await page.title()).toBe('secure-dist example');

      const rendered: unknown = JSON.parse(String(await page.evaluate(RENDER_PROBE)));
      expect(rendered).toEqual({
        fonts: ['Example: loaded'],
        exampleLoaded: true,
        bodyFont: expect.stringMatching(/^"?Example"?,/),
        headerDisplay: 'flex',
        // A broken image has a natural size of 0×0; an SVG without width/height gets 150×150.
        images: [
          { src: '/img/logo.svg', complete: true, natural: '150x150' },
          { src: '/img/pattern.png', complete: true, natural: '96x64' },
        ],
      });

      // The subfolder index, through the link on the page.
      await Promise.all([page.waitForURL(/\/docs\/$/), page.click('a[href="/docs/"]')]);
      expect(await page.textContent('h1#docs')).toBe('Documentation');
      expect(problems).toEqual([]);
      // What the edge answered: the challenge, then only 200s (and 404 for the favicon).
      const answered = edgeLog.filter((l) => /^edge: \d{3} /.test(l));
      expect(answered[0]).toMatch(/^edge: 401 GET \/ /);
      expect(answered.slice(1).filter((l) => !/^edge: 200 /.test(l))).toEqual(
        answered.filter((l) => l.startsWith('edge: 404 GET /favicon.ico ')),
      );
      for (const uri of ['/css/site.css', '/fonts/example.woff2', '/img/pattern.png']) {
        expect(answered).toContainEqual(expect.stringMatching(`^edge: 200 GET ${uri} Miss`));
      }
    } finally {
      await context.close();
    }
  });

  it('follows /docs to /docs/ (the origin-response redirect) and shows the content’s 404 page for a missing page', async () => {
    const { sandbox: sb, browser: b } = started();
    const context = await b.newContext({
      httpCredentials: { username: USER, password: PASSWORD },
    });
    try {
      const page = await context.newPage();
      const res = await page.goto(new URL('/docs?from=test', sb.url).href, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      expect(page.url()).toBe(new URL('/docs/?from=test', sb.url).href);
      expect(await page.textContent('h1#docs')).toBe('Documentation');
      const missing = await page.goto(new URL('/no/such/page.html', sb.url).href);
      expect(missing?.status()).toBe(404);
      // example/ has a 404.html: CloudFront's custom error response serves it with status 404.
      expect(await page.textContent('h1#not-found')).toBe('Not found');
    } finally {
      await context.close();
    }
  });

  it('without credentials the browser gets 401 and none of the content', async () => {
    const { sandbox: sb, browser: b } = started();
    const context = await b.newContext();
    const before = edgeLog.length;
    try {
      const page = await context.newPage();
      // Headless Chromium has no login dialog: it receives the 401 and its challenge, then
      // ends the navigation with ERR_INVALID_AUTH_CREDENTIALS.
      const response = page.waitForResponse((r) => r.url() === sb.url);
      const navigation = page.goto(sb.url).then(
        (r) => `status ${r?.status() ?? 'none'}`,
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      const res = await response;
      expect(res.status()).toBe(401);
      expect(await res.headerValue('www-authenticate')).toBe(
        'Basic realm="Browser Test", charset="UTF-8"',
      );
      expect(await navigation).toMatch(/ERR_INVALID_AUTH_CREDENTIALS|status 401/);
      expectOnlyChallenges(edgeLog.slice(before));
    } finally {
      await context.close();
    }
  });

  it('with a wrong password the browser gets 401 too', async () => {
    const { sandbox: sb, browser: b } = started();
    const context = await b.newContext({
      httpCredentials: { username: USER, password: 'not the password' },
    });
    const before = edgeLog.length;
    try {
      const page = await context.newPage();
      const res = await page.goto(sb.url);
      expect(res?.status()).toBe(401);
      expectOnlyChallenges(edgeLog.slice(before));
    } finally {
      await context.close();
    }
  });
});
