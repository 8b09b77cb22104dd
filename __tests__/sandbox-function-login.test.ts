/**
 * The sandbox with `EDGE=function` and `login: form` (issue 23 item 1): `/_login` and `/_logout`
 * through the login function, the rest through the viewer-request function's form build, over
 * HTTP as a browser would.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';

const REPO = path.resolve(import.meta.dirname, '..');
const STRONG = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({
    contentDir: path.join(REPO, 'example'),
    contentDirLabel: 'example',
    port: 0,
    users: [{ user: 'alice', password: STRONG }],
    realm: 'Form Sandbox',
    watch: false,
    edge: 'function',
    login: 'form',
    sessionLifetime: 3600,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 600,
    log: { info: () => undefined, warn: () => undefined },
  });
});

afterAll(async () => {
  await sandbox?.close();
});

async function request(uri: string, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(uri, sandbox.url), { redirect: 'manual', ...init });
}

describe('EDGE=function with login: form', () => {
  it('sends a browser to the sign-in page, signs in, browses with the cookie, signs out', async () => {
    const first = await request('/', { headers: { accept: BROWSER } });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/_login?next=%2F');
    const page = await request('/_login?next=%2F', { headers: { accept: BROWSER } });
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('<form method="post" action="/_login?next=%2F">');

    const signIn = await request('/_login?next=%2F', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`alice:${STRONG}`).toString('base64')}`,
        'sec-fetch-site': 'same-origin',
        'sec-fetch-mode': 'cors',
      },
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toBe('/');
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^__Host-secure-dist=s1\.S[0-9a-f]{12}\.[^;]+; Path=\/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax$/,
    );
    const cookie = setCookie.split(';')[0] ?? '';

    const home = await request('/', { headers: { accept: BROWSER, cookie } });
    expect(home.status).toBe(200);

    const out = await request('/_logout', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toBe(
      '__Host-secure-dist=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('keeps the Basic challenge for clients that are not browsers', async () => {
    const res = await request('/');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Form Sandbox", charset="UTF-8"');
  });
});
