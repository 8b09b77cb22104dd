/**
 * `login: form` on the CloudFront Functions runtime (issue 23 item 1): the viewer-request
 * function's `login: form` build (session cookie after Basic, a browser sent to `/_login`) and
 * the login function (`/_login`, `/_logout`), run from their rendered code under the
 * project's emulator and, as a second engine, under njs (src/edge/function/njs.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { PAGE_STYLE } from '../src/edge/core/page.js';
import { FORM_STYLE, SIGN_IN_POLICY, SIGN_IN_SCRIPT } from '../src/edge/core/sign-in-page.js';
import { loadFunctionFromSource, localKeyValueStore } from '../src/edge/function/emulator.js';
import {
  functionViewerRequestEvent,
  isFunctionResponse,
  type FunctionEvent,
  type FunctionResult,
} from '../src/edge/function/events.js';
import { njsFunction } from '../src/edge/function/njs.js';
import {
  MAX_FUNCTION_BYTES,
  renderFunctionCode,
  renderLoginFunctionCode,
  renderResponseFunctionCode,
} from '../src/edge/function/render.js';
import type { TokenCredential } from '../src/edge/config.js';
import {
  buildStoreEntries,
  buildTokenEntries,
  planStoreUpdate,
  type FunctionCredential,
} from '../src/edge/function/store.js';
import {
  functionCodeParts,
  isJsonObject,
  jsonAt,
  loginFunctionResourceName,
  objectAt,
  PEPPER_MARK,
  synthesize,
  type Json,
  type JsonObject,
  type SynthOptions,
} from '../src/synth/index.js';
import { needs } from './helpers/prerequisites.js';

const PEPPER = 'Pp0123456789abcdefghijklmnopqrstuvwxyzABCDE';
const OTHER_PEPPER = 'Qq0123456789abcdefghijklmnopqrstuvwxyzABCDE';
const PW_A = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const PW_B = 'Jt5Hc7Vm0Rf2Qa9Lw3Ne8Ux';
const PW_B2 = 'Zq4Wm8Tp1Rk6Yn3Hs9Lb2Fc';
const HOST = 'd111111abcdef8.cloudfront.net';
const COOKIE = '__Host-secure-dist';
const LIFETIME = 3600;
const T0 = Date.UTC(2026, 11, 6, 12, 0, 0);
const SESSION = { keyId: 'k1', lifetime: LIFETIME };
const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';

/** a: everything, credential version `cvA1`; b: `/b/**` only, no version in the store (derived). */
function users(passwordB = PW_B, cvA = 'cvA1'): FunctionCredential[] {
  return [
    { user: 'a', password: PW_A, cv: cvA },
    { user: 'b', password: passwordB },
  ];
}

const ACCESS = [
  { users: ['a'], globs: ['/**'] },
  { users: ['b'], globs: ['/b/**'] },
];

function storeOf(
  list: FunctionCredential[],
  pepper = PEPPER,
  tokens: readonly TokenCredential[] = [],
): ReturnType<typeof localKeyValueStore> {
  return localKeyValueStore([
    ...buildStoreEntries({ scope: 's', pepper, users: list, access: ACCESS }),
    ...buildTokenEntries({ pepper, tokens, access: ACCESS }),
  ]);
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

type Handler = (event: FunctionEvent) => Promise<FunctionResult>;
type Load = (
  code: string,
  store: ReturnType<typeof localKeyValueStore>,
  now: () => number,
) => Handler;

const emulator: Load = (code, store, now) => loadFunctionFromSource(code, { store, now });
const njs = needs('njs');
const njsLoad: Load = (code, store, now) => njsFunction(code, store, now, njs.executable);

interface Options {
  uri?: string;
  method?: string;
  querystring?: string;
  headers?: Record<string, string>;
  authorization?: string;
  cookie?: string;
}

function event(options: Options): FunctionEvent {
  const e = functionViewerRequestEvent({
    uri: options.uri ?? '/docs/a.txt',
    method: options.method ?? 'GET',
    querystring: options.querystring ?? '',
    headers: options.headers ?? {},
    ...(options.authorization === undefined ? {} : { authorization: options.authorization }),
  });
  if (options.cookie !== undefined) e.request.cookies[COOKIE] = { value: options.cookie };
  return e;
}

/** The site as deployed with `login: form`: the viewer-request and login functions. */
function site(load: Load, store = storeOf(users()), pepper = PEPPER, clock = { now: T0 }) {
  const now = (): number => clock.now;
  const viewer = load(renderFunctionCode({ realm: 'Docs', pepper, session: SESSION }), store, now);
  const login = load(
    renderLoginFunctionCode({ realm: 'Docs', pepper, session: SESSION }),
    store,
    now,
  );
  return { viewer, login, clock };
}

const SIGN_IN = {
  method: 'POST',
  uri: '/_login',
  headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', accept: '*/*' },
};

/** Signs in as the page's script does; the cookie value. */
async function signIn(login: Handler, user: string, password: string): Promise<string> {
  const result = await login(event({ ...SIGN_IN, authorization: basic(user, password) }));
  if (!isFunctionResponse(result) || result.statusCode !== 200) {
    throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  }
  const cookie = result.cookies?.[COOKIE]?.value;
  if (cookie === undefined) throw new Error('no cookie');
  return cookie;
}

/** The request's URI when it goes on, else the status (and Location). */
async function outcome(handler: Handler, options: Options): Promise<string | number> {
  const result = await handler(event(options));
  if (!isFunctionResponse(result)) return result.uri;
  const location = result.headers?.location?.value;
  return location === undefined ? result.statusCode : `${result.statusCode} ${location}`;
}

function tamper(value: string, at: number): string {
  const c = value.charAt(at);
  return value.slice(0, at) + (c === 'A' ? 'B' : 'A') + value.slice(at + 1);
}

describe.each([
  ['emulator', emulator],
  ['njs', njsLoad],
] as const)('login: form under %s', (name, load) => {
  const maybe = name === 'njs' && !njs.present ? it.skip : it;

  maybe('signs in with Basic from the page, and the cookie then opens the site', async () => {
    const { viewer, login } = site(load);
    const result = await login(
      event({ ...SIGN_IN, querystring: 'next=%2Fdocs%2Fa.txt', authorization: basic('a', PW_A) }),
    );
    expect(isFunctionResponse(result)).toBe(true);
    if (!isFunctionResponse(result)) return;
    expect(result.statusCode).toBe(200);
    expect(result.body?.data).toBe('/docs/a.txt');
    expect(result.headers?.['cache-control']?.value).toBe('private, no-store');
    const set = result.cookies?.[COOKIE];
    expect(set?.attributes).toBe(`Path=/; Max-Age=${LIFETIME}; Secure; HttpOnly; SameSite=Lax`);
    const cookie = set?.value ?? '';
    expect(cookie).toMatch(/^s1\.k1\./);
    expect(await outcome(viewer, { cookie, headers: { accept: BROWSER } })).toBe('/docs/a.txt');
    // A navigation (the form without script, after the Basic dialog) follows a 303.
    expect(
      await outcome(login, {
        ...SIGN_IN,
        headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
        querystring: 'next=%2Fdocs%2F',
        authorization: basic('a', PW_A),
      }),
    ).toBe('303 /docs/');
  });

  maybe('refuses a tampered, expired, other-site or revoked cookie', async () => {
    const clock = { now: T0 };
    const { viewer, login } = site(load, storeOf(users()), PEPPER, clock);
    const cookie = await signIn(login, 'a', PW_A);
    const refused = (value: string) =>
      outcome(viewer, { cookie: value, headers: { accept: BROWSER } });
    expect(await refused(cookie)).toBe('/docs/a.txt');
    for (const at of [3, 6, cookie.length - 50, cookie.length - 1]) {
      expect(await refused(tamper(cookie, at))).toBe('303 /_login?next=%2Fdocs%2Fa.txt');
    }
    // Expired: at the expiry, not a second later.
    clock.now = T0 + LIFETIME * 1000 - 1000;
    expect(await refused(cookie)).toBe('/docs/a.txt');
    clock.now = T0 + LIFETIME * 1000;
    expect(await refused(cookie)).toBe('303 /_login?next=%2Fdocs%2Fa.txt');
    clock.now = T0;
    // Another site (another pepper, hence another session key) does not accept it.
    const other = site(load, storeOf(users(), OTHER_PEPPER), OTHER_PEPPER);
    expect(await outcome(other.viewer, { cookie, headers: { accept: BROWSER } })).toBe(
      '303 /_login?next=%2Fdocs%2Fa.txt',
    );
    // A new credential version in the store (rotate / end-sessions) ends the session.
    const revoked = site(load, storeOf(users(PW_B, 'cvA2')));
    expect(await outcome(revoked.viewer, { cookie, headers: { accept: BROWSER } })).toBe(
      '303 /_login?next=%2Fdocs%2Fa.txt',
    );
  });

  maybe('a user without c gets a derived version, which a new password changes', async () => {
    const { viewer, login } = site(load);
    const cookie = await signIn(login, 'b', PW_B);
    expect(await outcome(viewer, { uri: '/b/x.txt', cookie })).toBe('/b/x.txt');
    const changed = site(load, storeOf(users(PW_B2)));
    expect(await outcome(changed.viewer, { uri: '/b/x.txt', cookie })).toBe(401);
  });

  maybe('applies the access rules to a session as to Basic', async () => {
    const { viewer, login } = site(load);
    const cookie = await signIn(login, 'b', PW_B);
    for (const proof of [{ cookie }, { authorization: basic('b', PW_B) }]) {
      expect(await outcome(viewer, { ...proof, uri: '/b/x.txt' })).toBe('/b/x.txt');
      expect(await outcome(viewer, { ...proof, uri: '/docs/a.txt' })).toBe(403);
      // `/` for a user who may not read /index.html: their first folder (no home page here).
      expect(await outcome(viewer, { ...proof, uri: '/' })).toBe('303 /b/');
    }
  });

  maybe('non-browsers still get the Basic challenge; Basic still works', async () => {
    const { viewer } = site(load);
    const result = await viewer(event({}));
    expect(isFunctionResponse(result) && result.statusCode).toBe(401);
    expect(isFunctionResponse(result) && result.headers?.['www-authenticate']?.value).toBe(
      'Basic realm="Docs", charset="UTF-8"',
    );
    expect(await outcome(viewer, { authorization: basic('a', PW_A) })).toBe('/docs/a.txt');
    expect(await outcome(viewer, { cookie: 'nonsense' })).toBe(401);
  });

  maybe('refuses a cross-site sign-in and wrong credentials', async () => {
    const { login } = site(load);
    const post = (headers: Record<string, string>, authorization = basic('a', PW_A)) =>
      outcome(login, { method: 'POST', uri: '/_login', headers, authorization });
    expect(await post({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await post({ 'sec-fetch-site': 'same-site' })).toBe(403);
    expect(await post({ origin: 'https://evil.example' })).toBe(403);
    expect(await post({})).toBe(403);
    expect(await post({ origin: `https://${HOST}`, 'sec-fetch-mode': 'cors' })).toBe(200);
    const wrong = await login(event({ ...SIGN_IN, authorization: basic('a', PW_B) }));
    expect(isFunctionResponse(wrong) && wrong.statusCode).toBe(401);
    expect(isFunctionResponse(wrong) && wrong.headers?.['www-authenticate']).toBeUndefined();
    expect(isFunctionResponse(wrong) && wrong.cookies).toBeUndefined();
    // The form posted without script has no Authorization: the Basic dialog.
    const dialog = await login(event({ ...SIGN_IN, headers: { 'sec-fetch-site': 'same-origin' } }));
    expect(isFunctionResponse(dialog) && dialog.headers?.['www-authenticate']?.value).toBe(
      'Basic realm="Docs", charset="UTF-8"',
    );
  });

  maybe('sends nobody to another site after signing in', async () => {
    const { login } = site(load);
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/%2F%2Fevil',
      '/%5Cevil',
      '%2F%2Fevil',
    ]) {
      const result = await login(
        event({
          ...SIGN_IN,
          querystring: `next=${encodeURIComponent(next)}`,
          authorization: basic('a', PW_A),
        }),
      );
      expect(isFunctionResponse(result) && result.body?.data).toBe('/');
    }
  });

  maybe('signs out from this site, not from another', async () => {
    const { login } = site(load);
    const out = await login(
      event({ uri: '/_logout', headers: { 'sec-fetch-site': 'same-origin' } }),
    );
    expect(isFunctionResponse(out) && out.statusCode).toBe(303);
    expect(isFunctionResponse(out) && out.cookies?.[COOKIE]).toEqual({
      value: '',
      attributes: 'Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax',
    });
    for (const options of [
      { uri: '/_logout', headers: { 'sec-fetch-site': 'cross-site' } },
      { uri: '/_logout', method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } },
    ]) {
      const page = await login(event(options));
      expect(isFunctionResponse(page) && page.statusCode).toBe(200);
      expect(isFunctionResponse(page) && page.cookies).toBeUndefined();
      expect(isFunctionResponse(page) && page.body?.data).toContain('action="/_logout"');
    }
  });

  maybe('answers a browser without a session with the sign-in page', async () => {
    const { viewer, login } = site(load);
    expect(await outcome(viewer, { uri: '/docs/a b.txt', headers: { accept: BROWSER } })).toBe(
      '303 /_login?next=%2Fdocs%2Fa%20b.txt',
    );
    const page = await login(
      event({ uri: '/_login', querystring: 'next=%2Fdocs%2F', headers: { accept: BROWSER } }),
    );
    expect(isFunctionResponse(page) && page.statusCode).toBe(401);
    expect(isFunctionResponse(page) && page.headers?.['www-authenticate']).toBeUndefined();
    expect(isFunctionResponse(page) && page.headers?.['content-security-policy']?.value).toBe(
      SIGN_IN_POLICY,
    );
    const html = isFunctionResponse(page) ? (page.body?.data ?? '') : '';
    expect(html).toContain('action="/_login?next=%2Fdocs%2F"');
    expect(html).toContain(`<script>${SIGN_IN_SCRIPT}</script>`);
  });
});

/** Automation tokens (issue 23 item 3): `ci` reads `/b/**` until T0 + 30 min; `all` has no `access`. */
const CI_TOKEN = `sdt1_${'c'.repeat(43)}`;
const ALL_TOKEN = `sdt1_${'A'.repeat(42)}w`;
const UNKNOWN_TOKEN = `sdt1_${'u'.repeat(43)}`;
const CI_EXPIRES = T0 / 1000 + 1800;
const TOKENS: TokenCredential[] = [
  { name: 'ci', token: CI_TOKEN, globs: ['/b/**'], expires: CI_EXPIRES },
  { name: 'all', token: ALL_TOKEN },
];
const TOKEN_HEADER = 'x-secure-dist-token';

describe.each([
  ['emulator', emulator],
  ['njs', njsLoad],
] as const)('automation tokens under %s', (name, load) => {
  const maybe = name === 'njs' && !njs.present ? it.skip : it;
  const tokenSite = (clock = { now: T0 }, tokens = TOKENS) =>
    site(load, storeOf(users(), PEPPER, tokens), PEPPER, clock);

  maybe('lets a header token in to its globs only, without the header', async () => {
    const { viewer } = tokenSite();
    const result = await viewer(event({ uri: '/b/x.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }));
    expect(isFunctionResponse(result)).toBe(false);
    if (isFunctionResponse(result)) return;
    expect(result.uri).toBe('/b/x.txt');
    expect(result.headers[TOKEN_HEADER]).toBeUndefined();
    expect(
      await outcome(viewer, { uri: '/docs/a.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }),
    ).toBe(403);
    // The 403 page names the token as the principal.
    const page = await viewer(
      event({ uri: '/docs/a.txt', headers: { [TOKEN_HEADER]: CI_TOKEN, accept: BROWSER } }),
    );
    expect(isFunctionResponse(page) && page.body?.data).toContain('signed in as token:ci.');
    // A token without `access` follows the site's rules as a principal no rule names: here
    // every rule names a user, so it reads nothing (as on Lambda@Edge).
    expect(await outcome(viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: ALL_TOKEN } })).toBe(
      403,
    );
  });

  maybe(
    'refuses a wrong, expired, removed, doubled or malformed token as a wrong password',
    async () => {
      const clock = { now: T0 };
      const { viewer } = tokenSite(clock);
      const wrongPassword = await viewer(event({ authorization: basic('a', PW_B) }));
      const refused = async (headers: Record<string, string>, querystring = '') => {
        const result = await viewer(event({ uri: '/b/x.txt', headers, querystring }));
        expect(result).toEqual(wrongPassword);
      };
      await refused({ [TOKEN_HEADER]: UNKNOWN_TOKEN });
      await refused({ [TOKEN_HEADER]: `${CI_TOKEN}x` });
      await refused({}, `secure-dist-token=${UNKNOWN_TOKEN}`);
      await refused({}, `secure-dist-token=${CI_TOKEN}&secure-dist-token=${CI_TOKEN}`);
      // A browser's navigation with the parameter twice is not sent to the exchange.
      expect(
        await outcome(viewer, {
          uri: '/b/x.txt',
          querystring: `secure-dist-token=${CI_TOKEN}&secure-dist-token=${CI_TOKEN}`,
          headers: { accept: BROWSER },
        }),
      ).toBe('303 /_login?next=%2Fb%2Fx.txt');
      // Expired: at its expiry, not a second before.
      clock.now = CI_EXPIRES * 1000 - 1000;
      expect(
        await outcome(viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }),
      ).toBe('/b/x.txt');
      clock.now = CI_EXPIRES * 1000;
      await refused({ [TOKEN_HEADER]: CI_TOKEN });
      // Removed from the site file: the next deploy or rotate writes the store without it.
      const removed = tokenSite({ now: T0 }, TOKENS.slice(1));
      expect(
        await outcome(removed.viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }),
      ).toBe(401);
      // A function with another pepper (another site) does not find it in this store.
      const other = site(load, storeOf(users(), PEPPER, TOKENS), OTHER_PEPPER);
      expect(
        await outcome(other.viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }),
      ).toBe(401);
    },
  );

  maybe('moves a query token into a session: 303, cookie, the URL without it', async () => {
    const { viewer, login } = tokenSite();
    const first = await outcome(viewer, {
      uri: '/b/x.txt',
      querystring: `secure-dist-token=${CI_TOKEN}`,
      headers: { accept: BROWSER },
    });
    expect(first).toBe(`303 /_login?next=%2Fb%2Fx.txt&secure-dist-token=${CI_TOKEN}`);
    const exchanged = await login(
      event({
        uri: '/_login',
        querystring: `next=%2Fb%2Fx.txt&secure-dist-token=${CI_TOKEN}`,
        headers: { accept: BROWSER },
      }),
    );
    expect(isFunctionResponse(exchanged)).toBe(true);
    if (!isFunctionResponse(exchanged)) return;
    expect(exchanged.statusCode).toBe(303);
    expect(exchanged.headers?.location?.value).toBe('/b/x.txt');
    const set = exchanged.cookies?.[COOKIE];
    // The session ends with the token (30 min), before the site's lifetime (1 h).
    expect(set?.attributes).toBe('Path=/; Max-Age=1800; Secure; HttpOnly; SameSite=Lax');
    const cookie = set?.value ?? '';
    // The cookie names `token:ci` (base64url in the value), never the token itself.
    expect(cookie).not.toContain(CI_TOKEN);
    expect(cookie.split('.')[2]).toBe(Buffer.from('token:ci').toString('base64url'));
    // The session reads what the token reads, and no more.
    expect(await outcome(viewer, { uri: '/b/x.txt', cookie, headers: { accept: BROWSER } })).toBe(
      '/b/x.txt',
    );
    const forbidden = await viewer(
      event({ uri: '/docs/a.txt', cookie, headers: { accept: BROWSER } }),
    );
    expect(isFunctionResponse(forbidden) && forbidden.statusCode).toBe(403);
    expect(isFunctionResponse(forbidden) && forbidden.body?.data).toContain('token:ci');
    // Removing the token ends its sessions.
    const removed = tokenSite({ now: T0 }, TOKENS.slice(1));
    expect(
      await outcome(removed.viewer, { uri: '/b/x.txt', cookie, headers: { accept: BROWSER } }),
    ).toBe('303 /_login?next=%2Fb%2Fx.txt');
    // A regenerated value (same name, new digest) ends them too.
    const regenerated = tokenSite({ now: T0 }, [
      { name: 'ci', token: UNKNOWN_TOKEN, globs: ['/b/**'], expires: CI_EXPIRES },
    ]);
    expect(
      await outcome(regenerated.viewer, { uri: '/b/x.txt', cookie, headers: { accept: BROWSER } }),
    ).toBe('303 /_login?next=%2Fb%2Fx.txt');
  });

  maybe('the login function refuses a wrong query token with the sign-in page', async () => {
    const { login } = tokenSite();
    const refused = await login(
      event({
        uri: '/_login',
        querystring: `next=%2Fb%2F&secure-dist-token=${UNKNOWN_TOKEN}`,
        headers: { accept: BROWSER },
      }),
    );
    expect(isFunctionResponse(refused) && refused.statusCode).toBe(401);
    expect(isFunctionResponse(refused) && refused.cookies).toBeUndefined();
    expect(isFunctionResponse(refused) && refused.body?.data).toContain('<h1>Sign in</h1>');
  });

  maybe(
    'a query token of a non-browser lets in its one request, without the parameter',
    async () => {
      const { viewer } = tokenSite();
      const result = await viewer(
        event({ uri: '/b/x.txt', querystring: `a=1&secure-dist-token=${CI_TOKEN}` }),
      );
      expect(isFunctionResponse(result)).toBe(false);
      if (isFunctionResponse(result)) return;
      expect(result.uri).toBe('/b/x.txt');
      expect(Object.keys(result.querystring)).toEqual(['a']);
    },
  );

  maybe('login: basic checks tokens too (header, and the query for one request)', async () => {
    const now = (): number => T0;
    const viewer = load(
      renderFunctionCode({ realm: 'Docs', pepper: PEPPER }),
      storeOf(users(), PEPPER, TOKENS),
      now,
    );
    expect(await outcome(viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } })).toBe(
      '/b/x.txt',
    );
    expect(
      await outcome(viewer, { uri: '/docs/a.txt', headers: { [TOKEN_HEADER]: CI_TOKEN } }),
    ).toBe(403);
    expect(
      await outcome(viewer, {
        uri: '/b/x.txt',
        querystring: `secure-dist-token=${CI_TOKEN}`,
        headers: { accept: BROWSER },
      }),
    ).toBe('/b/x.txt');
    expect(
      await outcome(viewer, { uri: '/b/x.txt', headers: { [TOKEN_HEADER]: UNKNOWN_TOKEN } }),
    ).toBe(401);
  });
});

describe('automation tokens in the store', () => {
  it('holds digests under the pepper, never values; a removed token loses its key', () => {
    const entries = buildTokenEntries({ pepper: PEPPER, tokens: TOKENS, access: ACCESS });
    expect(entries.map((e) => e.key)).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.key).toMatch(/^t:[A-Za-z0-9_-]{16}$/);
      expect(entry.value).not.toContain(CI_TOKEN);
      expect(entry.value).not.toContain(ALL_TOKEN);
    }
    const ci = entries.find((e) => e.value.includes('"n":"ci"'));
    expect(JSON.parse(ci?.value ?? '{}')).toEqual({
      n: 'ci',
      d: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      g: ['/b/**'],
      e: CI_EXPIRES,
    });
    // The same token under another pepper: another digest, another key.
    const other = buildTokenEntries({ pepper: OTHER_PEPPER, tokens: TOKENS, access: ACCESS });
    expect(other.map((e) => e.key)).not.toEqual(entries.map((e) => e.key));
    // No rules: a token without `access` reads everything (no `g`).
    const open = buildTokenEntries({ pepper: PEPPER, tokens: TOKENS.slice(1) });
    expect(JSON.parse(open[0]?.value ?? '{}')).not.toHaveProperty('g');
    const update = planStoreUpdate(
      [...entries, { key: 'other', value: '1' }],
      buildTokenEntries({ pepper: PEPPER, tokens: TOKENS.slice(1), access: ACCESS }),
    );
    expect(update.puts).toEqual([]);
    expect(update.deletes).toEqual([ci?.key]);
    expect(() =>
      buildTokenEntries({ pepper: PEPPER, tokens: [{ name: 'x', token: 'sdt1_short' }] }),
    ).toThrow(/token 'x' is not a token's shape/);
  });
});

describe('login: form, the rest', () => {
  it('the sign-in policy allows exactly the page style, the form style and the script', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(SIGN_IN_POLICY).toBe(
      `default-src 'none'; style-src ${hash(PAGE_STYLE)} ${hash(FORM_STYLE)}; script-src ${hash(SIGN_IN_SCRIPT)}; ` +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('every function stays within 10 KB with its largest configuration', () => {
    const realm = 'R'.repeat(128);
    const session = { keyId: 'K'.repeat(16), lifetime: 30 * 24 * 3600 };
    for (const code of [
      renderFunctionCode({ realm, pepper: PEPPER }),
      renderFunctionCode({ realm, pepper: PEPPER, session }),
      renderLoginFunctionCode({ realm, pepper: PEPPER, session }),
      renderResponseFunctionCode({ trustedPages: true }),
    ]) {
      expect(Buffer.byteLength(code)).toBeLessThanOrEqual(MAX_FUNCTION_BYTES);
    }
  });

  it('login: basic is the function of before: a session cookie is not a credential there', async () => {
    const store = storeOf(users());
    const now = (): number => T0;
    const login = emulator(
      renderLoginFunctionCode({ realm: 'Docs', pepper: PEPPER, session: SESSION }),
      store,
      now,
    );
    const cookie = await signIn(login, 'a', PW_A);
    const basicOnly = emulator(renderFunctionCode({ realm: 'Docs', pepper: PEPPER }), store, now);
    expect(await outcome(basicOnly, { cookie, headers: { accept: BROWSER } })).toBe(401);
    expect(renderFunctionCode({ realm: 'Docs', pepper: PEPPER })).not.toContain('_login');
  });

  it('refuses a bad key id or lifetime', () => {
    for (const session of [
      { keyId: '', lifetime: 60 },
      { keyId: 'a.b', lifetime: 60 },
      { keyId: 'k', lifetime: 0 },
      { keyId: 'k', lifetime: 30 * 24 * 3600 + 1 },
    ]) {
      expect(() => renderLoginFunctionCode({ realm: 'R', pepper: PEPPER, session })).toThrow();
      expect(() => renderFunctionCode({ realm: 'R', pepper: PEPPER, session })).toThrow();
    }
  });
});

describe('synth with login: form on the function runtime', () => {
  const base: SynthOptions = {
    stackName: 'docs',
    region: 'eu-central-1',
    realm: 'Docs',
    users: [{ user: 'alice', password: 'Q7vJ2mX9pL4sR8tK1wZ6yB3n' }],
    edge: 'function',
    renderFunctionCode: renderFunctionCode,
  };
  const code = (site: JsonObject, name: string): Json | undefined =>
    jsonAt(site, 'Resources', name, 'Properties', 'FunctionCode');
  const joined = (head: string, tail: string): Json => ({
    'Fn::Join': [
      '',
      [head, '{{resolve:secretsmanager:', { Ref: 'PepperSecret' }, ':SecretString}}', tail],
    ],
  });

  it('renders the form build and the login function around the pepper, and sends LoginForm', () => {
    const result = synthesize({ ...base, session: SESSION });
    const site = parseJson(result.site.templateBody);
    const viewer = functionCodeParts(
      (config) => renderFunctionCode({ ...config, session: SESSION }),
      'Docs',
    );
    const login = functionCodeParts(
      (config) => renderLoginFunctionCode({ ...config, session: SESSION }),
      'Docs',
    );
    expect(code(site, 'ViewerFunction')).toEqual(joined(viewer.head, viewer.tail));
    expect(code(site, 'LoginFunction')).toEqual(joined(login.head, login.tail));
    expect(`${login.head}${PEPPER_MARK}${login.tail}`).toContain('/_logout');
    const parameters = Object.fromEntries(
      result.site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(parameters.LoginForm).toBe('true');
    const fn = objectAt(site, 'Resources', 'LoginFunction');
    expect(fn.Condition).toBe('HasLoginFunction');
    expect(jsonAt(fn, 'Properties', 'Name')).toEqual({
      'Fn::Sub': '${AWS::StackName}-${AWS::Region}-login',
    });
    expect(loginFunctionResourceName('docs', 'eu-central-1')).toBe('docs-site-eu-central-1-login');
  });

  it('login: basic keeps the templates of before: no LoginForm, no login code', () => {
    const result = synthesize(base);
    const site = parseJson(result.site.templateBody);
    expect(result.site.parameters).toContainEqual({
      ParameterKey: 'LoginForm',
      ParameterValue: 'false',
    });
    expect(code(site, 'LoginFunction')).toEqual(joined('', ''));
    const viewer = functionCodeParts(renderFunctionCode, 'Docs');
    expect(code(site, 'ViewerFunction')).toEqual(joined(viewer.head, viewer.tail));
  });
});

function parseJson(text: string): JsonObject {
  const parsed: Json = JSON.parse(text);
  if (!isJsonObject(parsed)) throw new Error('not an object');
  return parsed;
}
