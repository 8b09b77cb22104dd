/**
 * A pull request's preview in a real browser (issue 25 item 5), on the Lambda@Edge runtime with
 * `login: form` (and, last block, on the CloudFront Functions runtime with `login: form`: the
 * viewer-request function's form previews build sends the browser to the login function's
 * `/_login` on the preview host, then serves the preview; its 403 page has no stylesheet): headless Chromium opens `http://pr-7.localhost:<port>/` (the sandbox's preview
 * domain is `localhost`; Chromium resolves `*.localhost` to the loopback), meets the site's own
 * sign-in page (the preview host has its own host-only `__Host-` session), signs in as a user
 * `previews.users` names, sees the preview's page (not the site's), is refused as a user it does
 * not name, and — once the preview's keys are deleted from the local S3 server (DeleteObjects, as
 * `preview-cleanup` does) and its paths invalidated — gets the styled page saying the preview
 * does not exist. A `Host: pr-7.<domain>` header reaches the same preview.
 *
 * Chromium is a system package: without it these tests are skipped naming the package, or fail
 * with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';
import { getWithHost, publishPreview, removePreview } from './helpers/pr-previews.js';

const CHROMIUM = needs('chromium');
const REALM = 'Docs';
const USERS = [
  { user: 'reviewer', password: 'reviewer password', cv: 'r1' },
  { user: 'reader', password: 'reader password', cv: 'x1' },
];
const PREVIEW_FILES: Record<string, string> = {
  'index.html':
    '<!doctype html><title>Preview home</title><h1>Pull request 7</h1><a id="guide" href="/guide/">Guide</a>',
  'guide/index.html': '<!doctype html><title>Guide</title><h1>Preview guide</h1>',
};

async function signIn(page: Page, user: string, password: string): Promise<void> {
  await page.fill('input[name=user]', user);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
}

const heading = (page: Page): Promise<string | null> => page.textContent('h1');

CHROMIUM.describe('a pull-request preview by host in Chromium (sandbox, Lambda@Edge)', () => {
  const ready = sandboxInChromium({
    files: {
      'index.html': '<!doctype html><title>Site home</title><h1>The site</h1>',
      'guide/index.html': '<!doctype html><title>Guide</title><h1>Site guide</h1>',
    },
    users: USERS,
    realm: REALM,
    login: 'form',
    sessionLifetime: 3600,
    previews: { domain: 'preview.example.com', users: ['reviewer'] },
  });

  it('signs in on the preview host, sees the preview, and gets the expired page once it is removed', async () => {
    const { sandbox, browser } = ready();
    await publishPreview(sandbox, 7, PREVIEW_FILES);
    const preview = (path: string) => `http://pr-7.localhost:${sandbox.port}${path}`;

    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // The site's own sign-in, on the preview host.
      const first = await page.goto(preview('/'));
      expect(first?.status()).toBe(401);
      expect(await heading(page)).toBe('Sign in');
      expect(await page.title()).toBe(REALM);

      await signIn(page, 'reviewer', 'reviewer password');
      expect(page.url()).toBe(preview('/'));
      expect(await heading(page)).toBe('Pull request 7');
      // Root-relative links stay in the preview on its own host.
      await Promise.all([page.waitForLoadState('load'), page.click('#guide')]);
      expect(page.url()).toBe(preview('/guide/'));
      expect(await heading(page)).toBe('Preview guide');
      // The session cookie is the preview host's alone: the site itself still asks.
      const cookies = await context.cookies(preview('/'));
      expect(cookies.map((c) => [c.name, c.domain])).toEqual([
        ['__Host-secure-dist', 'pr-7.localhost'],
      ]);
      const site = await page.goto(`http://localhost:${sandbox.port}/`);
      expect(site?.status()).toBe(401);

      // Removed (its pull request closed): the styled page says so.
      await removePreview(sandbox, 7, PREVIEW_FILES);
      const gone = await page.goto(preview('/guide/'));
      expect(gone?.status()).toBe(404);
      expect(await heading(page)).toBe('Preview 7 does not exist');
      expect(await page.textContent('body')).toContain('removed when their pull request closes');
      expect(await page.title()).toBe(REALM);
    } finally {
      await context.close();
      await publishPreview(sandbox, 7, PREVIEW_FILES);
    }
  });

  it('refuses a user previews.users does not name, on the preview host', async () => {
    const { sandbox, browser } = ready();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`http://pr-7.localhost:${sandbox.port}/`);
      await signIn(page, 'reader', 'reader password');
      expect(await heading(page)).toBe('Not yours');
      expect(await page.textContent('body')).toContain('You are signed in as reader.');
    } finally {
      await context.close();
    }
  });

  it('serves the preview for a Host header under the site preview domain, and the path form', async () => {
    const { sandbox } = ready();
    const byDomain = await getWithHost(
      sandbox,
      `pr-7.preview.example.com:${sandbox.port}`,
      '/guide/',
      'reviewer:reviewer password',
    );
    expect(byDomain.status).toBe(200);
    expect(byDomain.body).toContain('Preview guide');
    const byPath = await getWithHost(
      sandbox,
      `127.0.0.1:${sandbox.port}`,
      '/_previews/pr-7/guide/',
      'reviewer:reviewer password',
    );
    expect(byPath.body).toContain('Preview guide');
    const unknown = await getWithHost(
      sandbox,
      `pr-07.localhost:${sandbox.port}`,
      '/',
      'reviewer:reviewer password',
    );
    expect(unknown.status).toBe(404);
    const site = await getWithHost(
      sandbox,
      `127.0.0.1:${sandbox.port}`,
      '/guide/',
      'reader:reader password',
    );
    expect(site.body).toContain('Site guide');
  });
});

/** `edge: function` takes only passwords of 128 bits or more (store.ts). */
const FUNCTION_USERS = [
  { user: 'reviewer', password: 'Rv7kQ2xLw9Zp4Tn1Bs6Yd3' },
  { user: 'reader', password: 'Rd3mH8cV5tQa1Lw9Ne2Ux7' },
];

async function submitForm(page: Page, user: string, password: string): Promise<void> {
  await page.fill('input[name=user]', user);
  await page.fill('input[name=password]', password);
  await page.click('form button');
}

CHROMIUM.describe(
  'a pull-request preview by host in Chromium (sandbox, CloudFront Functions)',
  () => {
    const ready = sandboxInChromium({
      files: {
        'index.html': '<!doctype html><title>Site home</title><h1>The site</h1>',
        'guide/index.html': '<!doctype html><title>Guide</title><h1>Site guide</h1>',
      },
      users: FUNCTION_USERS,
      realm: REALM,
      edge: 'function',
      login: 'form',
      sessionLifetime: 3600,
      previews: { domain: 'preview.example.com', users: ['reviewer'] },
    });

    it('signs in through /_login on the preview host and opens the preview; refuses a user previews.users does not name', async () => {
      const { sandbox, browser } = ready();
      await publishPreview(sandbox, 7, PREVIEW_FILES);
      const preview = (path: string) => `http://pr-7.localhost:${sandbox.port}${path}`;
      const messages: string[] = [];
      for (const [user, password] of FUNCTION_USERS.map((u) => [u.user, u.password] as const)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('console', (m) => messages.push(m.text()));
        try {
          // Sent to the login function's page on the preview host, with where it was going.
          const first = await page.goto(preview('/guide/'), { waitUntil: 'load' });
          expect(first?.status()).toBe(401);
          expect(page.url()).toBe(preview('/_login?next=%2Fguide%2F'));
          expect(await heading(page)).toBe('Sign in');
          await submitForm(page, user, password);
          await page.waitForURL(preview('/guide/'));
          const cookies = await context.cookies(preview('/'));
          expect(cookies.map((c) => [c.name, c.domain])).toEqual([
            ['__Host-secure-dist', 'pr-7.localhost'],
          ]);
          if (user === 'reviewer') {
            expect(await heading(page)).toBe('Preview guide');
          } else {
            // Signed in, but not a preview user: the 403 page (no stylesheet in this build).
            const refused = await page.goto(preview('/guide/'), { waitUntil: 'load' });
            expect(refused?.status()).toBe(403);
            expect(refused?.headers()['cache-control']).toBe('private, no-store');
            expect(refused?.headers()['content-security-policy']).toBe(
              "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            );
            expect(await heading(page)).toBe('Not yours');
            expect(await page.textContent('body')).toContain('You are signed in as reader.');
          }
        } finally {
          await context.close();
        }
      }
      expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    });
  },
);
