/**
 * Automation tokens in a real browser (issue 23 items 3 and 5), on the Lambda@Edge runtime with
 * `login: form`: headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) as a
 * browser test or link checker meets the sandbox. The site has a user and
 *
 *   automation-tokens:
 *     link-checker:
 *       access: /docs/**
 *
 * (the token's value as `preview` makes one for a run, src/sandbox/cli.ts `localTokens`).
 *
 * - The header `X-Secure-Dist-Token`, set as Playwright sets a context's extra headers (CDP
 *   `Network.setExtraHTTPHeaders`), reads a page inside the token's globs; outside them the
 *   browser gets the styled 403 naming `token:link-checker`.
 * - `/<page>?secure-dist-token=<value>` (a link a tool can only open) lands on `/<page>`: the
 *   parameter is gone from the address bar, the session cookie `__Host-secure-dist` is set
 *   (HttpOnly: read through CDP `Network.getCookies`) and the next navigation needs no token.
 * - After `rotate` regenerates the token (a deploy with the new value) and then removes it
 *   (a deploy without it), the old header gets the sign-in page (401), as does the session the
 *   old value made.
 *
 * Chromium is a system package (`.ci/run` installs it): when it is missing, these tests are
 * skipped and the run names the package, or fail with CI=true (helpers/prerequisites.ts).
 */
import { expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import type { TokenCredential } from '../src/edge/config.js';
import { generateToken } from '../src/rotate/tokens.js';
import { sandboxInChromium } from './helpers/browser-sandbox.js';
import { needs } from './helpers/prerequisites.js';

const CHROMIUM = needs('chromium');
const USERS = [{ user: 'owner', password: 'owner password', cv: 'o1' }];
const CHECKER: TokenCredential = {
  name: 'link-checker',
  token: generateToken(),
  globs: ['/docs/**'],
};
const SESSION_COOKIE = '__Host-secure-dist';

/** What the browser made of the page, as JSON (no DOM types in this project). */
const PAGE_PROBE = `JSON.stringify({
  href: location.href,
  heading: document.querySelector('h1')?.textContent,
  text: document.body.innerText,
})`;

async function probe(page: Page): Promise<{ href: string; heading: string; text: string }> {
  return JSON.parse(String(await page.evaluate(PAGE_PROBE))) as {
    href: string;
    heading: string;
    text: string;
  };
}

/** The browser's cookies for `url`, HttpOnly ones included, as CDP gives them. */
async function cookiesOf(
  context: BrowserContext,
  page: Page,
  url: string,
): Promise<{ name: string; httpOnly: boolean; secure: boolean; path: string }[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { cookies } = await cdp.send('Network.getCookies', { urls: [url] });
    return cookies.map((c) => ({
      name: c.name,
      httpOnly: c.httpOnly,
      secure: c.secure,
      path: c.path,
    }));
  } finally {
    await cdp.detach();
  }
}

CHROMIUM.describe('automation tokens in Chromium (Lambda@Edge, login: form)', () => {
  const ready = sandboxInChromium({
    files: {
      'index.html': '<!doctype html><title>Home</title><h1>Home</h1>',
      'docs/index.html': '<!doctype html><title>Docs</title><h1>Docs</h1>',
      'docs/guide.html': '<!doctype html><title>Guide</title><h1>Guide</h1>',
      'private/index.html': '<!doctype html><title>Private</title><h1>Private</h1>',
    },
    users: USERS,
    tokens: [CHECKER],
    realm: 'Token Portal',
    login: 'form',
    sessionLifetime: 3600,
  });

  it('a token header reads a page inside its globs and gets the styled 403 outside them', async () => {
    const { browser, url } = ready();
    const context = await browser.newContext({
      extraHTTPHeaders: { 'X-Secure-Dist-Token': CHECKER.token },
    });
    try {
      const page = await context.newPage();
      const allowed = await page.goto(url('/docs/'), { waitUntil: 'load' });
      expect(allowed?.status()).toBe(200);
      expect(allowed?.request().headers()['x-secure-dist-token']).toBe(CHECKER.token);
      expect((await probe(page)).heading).toBe('Docs');

      const refused = await page.goto(url('/private/'), { waitUntil: 'load' });
      expect(refused?.status()).toBe(403);
      expect(refused?.headers()['content-type']).toBe('text/html; charset=utf-8');
      const forbidden = await probe(page);
      expect(forbidden.heading).toBe('Not yours');
      expect(forbidden.text).toContain('You are signed in as token:link-checker.');
      // The header is what let it in: without it, the same page is the sign-in page.
      await context.setExtraHTTPHeaders({});
      const without = await page.goto(url('/docs/'), { waitUntil: 'load' });
      expect(without?.status()).toBe(401);
      expect((await probe(page)).heading).toBe('Sign in');
    } finally {
      await context.close();
    }
  });

  it('a link with ?secure-dist-token= lands on the page without it, signed in by cookie', async () => {
    const { browser, url } = ready();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const landed = await page.goto(
        url(`/docs/guide.html?secure-dist-token=${encodeURIComponent(CHECKER.token)}`),
        { waitUntil: 'load' },
      );
      expect(landed?.status()).toBe(200);
      // The redirect that moved the token into the cookie.
      expect((await landed?.request().redirectedFrom()?.response())?.status()).toBe(303);
      const shown = await probe(page);
      expect(shown.href).toBe(url('/docs/guide.html'));
      expect(shown.heading).toBe('Guide');
      expect(await cookiesOf(context, page, url('/'))).toEqual([
        { name: SESSION_COOKIE, httpOnly: true, secure: true, path: '/' },
      ]);

      // The session, not the token, from now on: no parameter, no header.
      const next = await page.goto(url('/docs/'), { waitUntil: 'load' });
      expect(next?.status()).toBe(200);
      expect(next?.request().url()).toBe(url('/docs/'));
      expect((await probe(page)).heading).toBe('Docs');
      // It reads what the token reads, and no more.
      expect((await page.goto(url('/private/'), { waitUntil: 'load' }))?.status()).toBe(403);
    } finally {
      await context.close();
    }
  });

  it('after rotate regenerates and then removes the token, its header and its session get the sign-in page', async () => {
    const { sandbox, browser, url } = ready();
    const byHeader = await browser.newContext({
      extraHTTPHeaders: { 'X-Secure-Dist-Token': CHECKER.token },
    });
    const bySession = await browser.newContext();
    try {
      const headerPage = await byHeader.newPage();
      const sessionPage = await bySession.newPage();
      expect((await headerPage.goto(url('/docs/'), { waitUntil: 'load' }))?.status()).toBe(200);
      await sessionPage.goto(url(`/docs/?secure-dist-token=${CHECKER.token}`), {
        waitUntil: 'load',
      });
      expect((await probe(sessionPage)).heading).toBe('Docs');

      // `rotate-users: token:link-checker`: the next deploy has a new value only.
      const regenerated: TokenCredential = { ...CHECKER, token: generateToken() };
      sandbox.redeployEdge(USERS, [regenerated]);
      const old = await headerPage.goto(url('/docs/'), { waitUntil: 'load' });
      expect(old?.status()).toBe(401);
      expect(old?.headers()['www-authenticate']).toBeUndefined();
      expect((await probe(headerPage)).heading).toBe('Sign in');
      const ended = await sessionPage.goto(url('/docs/'), { waitUntil: 'load' });
      expect(ended?.status()).toBe(401);
      expect((await probe(sessionPage)).heading).toBe('Sign in');
      // The new value works…
      await byHeader.setExtraHTTPHeaders({ 'X-Secure-Dist-Token': regenerated.token });
      expect((await headerPage.goto(url('/docs/'), { waitUntil: 'load' }))?.status()).toBe(200);
      // …until the name leaves the file: the next deploy has no token at all.
      sandbox.redeployEdge(USERS, []);
      const removed = await headerPage.goto(url('/docs/'), { waitUntil: 'load' });
      expect(removed?.status()).toBe(401);
      expect((await probe(headerPage)).heading).toBe('Sign in');
    } finally {
      sandbox.redeployEdge(USERS);
      await byHeader.close();
      await bySession.close();
    }
  });
});
