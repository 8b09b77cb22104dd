/**
 * The preview serves the site file's `login` (issue 23 item 1): with `login: form` (the
 * default) a browser without credentials gets the sign-in page, the form posted to `/_login`
 * gives a session cookie that lets it in, and `/_logout` ends it; `login: basic` keeps the
 * Basic-auth challenge. The Chromium walk through the same flow is login-browser.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { previewOptions, previewUp, siteFile } from './helpers/preview.js';

const USERS = { BASIC_AUTH_USERS: 'alice:correct horse battery' };
const HTML = 'text/html,application/xhtml+xml';

async function withPreview<T>(text: string, body: (url: string) => Promise<T>): Promise<T> {
  const preview = await previewUp(previewOptions({ config: siteFile(text) }), USERS);
  try {
    return await body(preview.running.url);
  } finally {
    preview.stop();
    await preview.done;
  }
}

describe('login in the preview', () => {
  it('login: form (the default): sign-in page, /_login session, /_logout', async () => {
    await withPreview('content-dir: example\nusers: [alice]\n', async (url) => {
      const page = await fetch(new URL('/', url), { headers: { Accept: HTML } });
      expect(page.status).toBe(401);
      expect(page.headers.get('www-authenticate')).toBeNull();
      expect(await page.text()).toContain('<form method="post" action="/_login">');
      const origin = new URL(url).origin;
      const login = await fetch(new URL('/_login', url), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          Accept: HTML,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Sec-Fetch-Site': 'same-origin',
          Origin: origin,
        },
        body: new URLSearchParams({ user: 'alice', password: 'correct horse battery', next: '/' }),
      });
      expect(login.status).toBe(303);
      const cookie = /^(__Host-secure-dist=[^;]+);/.exec(
        login.headers.get('set-cookie') ?? '',
      )?.[1];
      expect(cookie).toBeDefined();
      const home = await fetch(new URL('/', url), {
        headers: { Accept: HTML, Cookie: cookie ?? '' },
      });
      await home.arrayBuffer();
      expect(home.status).toBe(200);
      const logout = await fetch(new URL('/_logout', url), {
        redirect: 'manual',
        headers: { Accept: HTML, Cookie: cookie ?? '', 'Sec-Fetch-Site': 'same-origin' },
      });
      expect(logout.status).toBe(303);
      expect(logout.headers.get('set-cookie')).toMatch(/^__Host-secure-dist=; .*Max-Age=0/);
    });
  }, 60_000);

  it('login: basic keeps the Basic-auth challenge', async () => {
    await withPreview('content-dir: example\nusers: [alice]\nlogin: basic\n', async (url) => {
      const page = await fetch(new URL('/', url), { headers: { Accept: HTML } });
      await page.arrayBuffer();
      expect(page.status).toBe(401);
      expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      const login = await fetch(new URL('/_login', url), { headers: { Accept: HTML } });
      await login.arrayBuffer();
      expect(login.status).toBe(401);
    });
  }, 60_000);
});
