/**
 * Sign-in sessions, pure core (issue 23 item 1, src/edge/core/session.ts): the session cookie
 * made and checked (tampering, expiry, wrong key, another site's key, rotated key id, changed
 * credential version), the cookie header, the same-site redirect target and the cross-site
 * checks of `/_login` and `/_logout`. The HMAC here is Node's, keyed as the design note says an
 * adapter derives it (`HMAC(secret, sessionKeyMessage(kid))`).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  MAX_SESSION_SECONDS,
  SESSION_CLEAR_COOKIE,
  SESSION_COOKIE,
  cookieValues,
  decodeBase64Url,
  encodeBase64Url,
  mintSession,
  safeRedirectTarget,
  sameOriginPost,
  sessionCookieAttributes,
  sessionKeyMessage,
  sessionOfCookies,
  sessionSetCookie,
  signOutAllowed,
  verifySession,
  type SessionMac,
  type VerifyContext,
} from '../src/edge/core/session.js';
import { functionBundleOf } from './helpers/function-portable.js';

const SITE_SECRET = 'a'.repeat(43);
const OTHER_SITE_SECRET = 'b'.repeat(43);
const NOW = 1_800_000_000;
const HOUR = 3600;

/** The adapter's MAC: per-site secret, key derived per key id; only `ids` are known. */
function macOf(secret: string, ids: readonly string[]): SessionMac {
  return (keyId, message) => {
    if (!ids.includes(keyId)) return undefined;
    const key = createHmac('sha256', secret).update(sessionKeyMessage(keyId)).digest();
    return createHmac('sha256', key).update(message).digest('base64url');
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const MAC = macOf(SITE_SECRET, ['k1']);
const VERSIONS: Record<string, string> = { alice: 'v1', 'Zoë 日本': 'c9', bob: 'v7' };

function context(over: Partial<VerifyContext> = {}): VerifyContext {
  return {
    now: NOW,
    mac: MAC,
    same,
    versionOf: (user) => VERSIONS[user],
    ...over,
  };
}

function mint(user = 'alice', over: { lifetime?: number; notAfter?: number } = {}): string {
  const value = mintSession(
    { user, version: VERSIONS[user] ?? 'v0', keyId: 'k1', now: NOW, lifetime: 12 * HOUR, ...over },
    MAC,
  );
  if (value === undefined) throw new Error('mintSession refused a valid request');
  return value;
}

/** The value's parts: s1, kid, user, expires, cv, mac. */
function parts(value: string): string[] {
  return value.split('.');
}

describe('session cookie: made and checked', () => {
  it('round-trips the user, expiry, version and key id', () => {
    const value = mint();
    expect(value).toMatch(/^s1\.k1\.[A-Za-z0-9_-]+\.\d+\.v1\.[A-Za-z0-9_-]{43}$/);
    expect(verifySession(value, context())).toEqual({
      ok: true,
      session: { user: 'alice', expires: NOW + 12 * HOUR, version: 'v1', keyId: 'k1' },
    });
  });

  it('carries a non-ASCII user name (base64url of its UTF-8)', () => {
    const value = mint('Zoë 日本');
    expect(parts(value)[2]).toBe(Buffer.from('Zoë 日本', 'utf8').toString('base64url'));
    const check = verifySession(value, context());
    expect(check.ok && check.session.user).toBe('Zoë 日本');
  });

  it('ends at its expiry: valid one second before, refused at and after it', () => {
    const value = mint();
    const expires = NOW + 12 * HOUR;
    expect(verifySession(value, context({ now: expires - 1 })).ok).toBe(true);
    expect(verifySession(value, context({ now: expires }))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifySession(value, context({ now: expires + 10 * HOUR }))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('never outlives the credential it was made with (notAfter) and is not made after it', () => {
    const value = mint('alice', { notAfter: NOW + HOUR });
    expect(parts(value)[3]).toBe(String(NOW + HOUR));
    expect(verifySession(value, context({ now: NOW + HOUR })).ok).toBe(false);
    expect(
      mintSession(
        { user: 'alice', version: 'v1', keyId: 'k1', now: NOW, lifetime: HOUR, notAfter: NOW },
        MAC,
      ),
    ).toBeUndefined();
  });

  it('refuses to make a session with a bad lifetime, key id, version or user', () => {
    const base = { user: 'alice', version: 'v1', keyId: 'k1', now: NOW, lifetime: HOUR };
    for (const lifetime of [0, -1, 1.5, MAX_SESSION_SECONDS + 1, Number.NaN]) {
      expect(mintSession({ ...base, lifetime }, MAC)).toBeUndefined();
    }
    expect(mintSession({ ...base, lifetime: MAX_SESSION_SECONDS }, MAC)).toBeDefined();
    expect(mintSession({ ...base, keyId: 'k.1' }, MAC)).toBeUndefined();
    expect(mintSession({ ...base, keyId: 'k2' }, MAC)).toBeUndefined(); // a key it has not
    expect(mintSession({ ...base, version: 'v.1' }, MAC)).toBeUndefined();
    expect(mintSession({ ...base, version: '' }, MAC)).toBeUndefined();
    for (const user of ['', 'a:b', 'a\u0000', 'a\nb', '\ud800']) {
      expect(mintSession({ ...base, user }, MAC)).toBeUndefined();
    }
  });

  it('refuses every tampered part: user, expiry, version, key id, MAC', () => {
    const value = mint();
    const p = parts(value);
    const bob = Buffer.from('bob').toString('base64url');
    const tampered = [
      [p[0], p[1], bob, p[3], p[4], p[5]], // another user, same MAC
      [p[0], p[1], p[2], String(NOW + 20 * HOUR), p[4], p[5]], // a later expiry
      [p[0], p[1], p[2], p[3], 'v2', p[5]], // a newer version, same MAC
      [p[0], p[1], p[2], p[3], p[4], `${(p[5] ?? '').slice(0, 42)}A`], // one MAC character
    ].map((q) => q.join('.'));
    for (const forged of tampered) {
      const versions = { alice: 'v2', bob: 'v1' } as Record<string, string>;
      expect(verifySession(forged, context({ versionOf: (u) => versions[u] }))).toEqual({
        ok: false,
        reason: 'bad-mac',
      });
    }
  });

  it('refuses any single-character change of a valid value (property)', () => {
    const value = mint('Zoë 日本');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(
        fc.nat({ max: value.length - 1 }),
        fc.constantFrom(...alphabet.split('')),
        (at, ch) => {
          fc.pre(value.charAt(at) !== ch);
          const forged = value.slice(0, at) + ch + value.slice(at + 1);
          expect(verifySession(forged, context()).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid user, version and lifetime (property)', () => {
    const user = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter(
      // eslint-disable-next-line no-control-regex
      (u) => !/[:\u0000-\u001f\u007f]/.test(u),
    );
    fc.assert(
      fc.property(
        user,
        fc.stringMatching(/^[A-Za-z0-9_-]{1,22}$/),
        fc.integer({ min: 1, max: MAX_SESSION_SECONDS }),
        (name, version, lifetime) => {
          const value = mintSession({ user: name, version, keyId: 'k1', now: NOW, lifetime }, MAC);
          const check = verifySession(value, context({ versionOf: () => version }));
          expect(check).toEqual({
            ok: true,
            session: { user: name, expires: NOW + lifetime, version, keyId: 'k1' },
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is useless under another key: wrong secret, another site, a rotated key id', () => {
    const value = mint();
    // Same key id, another site's secret (every site has its own).
    expect(verifySession(value, context({ mac: macOf(OTHER_SITE_SECRET, ['k1']) }))).toEqual({
      ok: false,
      reason: 'bad-mac',
    });
    // A cookie another site made, presented here.
    const foreign = mintSession(
      { user: 'alice', version: 'v1', keyId: 'k1', now: NOW, lifetime: HOUR },
      macOf(OTHER_SITE_SECRET, ['k1']),
    );
    expect(verifySession(foreign, context())).toEqual({ ok: false, reason: 'bad-mac' });
    // The site's key id was rotated (k1 → k2): every k1 session ends.
    expect(verifySession(value, context({ mac: macOf(SITE_SECRET, ['k2']) }))).toEqual({
      ok: false,
      reason: 'unknown-key',
    });
    // Relabelling the cookie with the new id does not help: the MAC is under k1's key.
    const relabelled = value.replace(/^s1\.k1\./, 's1.k2.');
    expect(verifySession(relabelled, context({ mac: macOf(SITE_SECRET, ['k2']) }))).toEqual({
      ok: false,
      reason: 'bad-mac',
    });
  });

  it('ends at a password change or removal (credential version, unknown user)', () => {
    const value = mint();
    expect(
      verifySession(value, context({ versionOf: (u) => (u === 'alice' ? 'v2' : undefined) })),
    ).toEqual({ ok: false, reason: 'revoked' });
    expect(verifySession(value, context({ versionOf: () => undefined }))).toEqual({
      ok: false,
      reason: 'unknown-user',
    });
  });

  it('refuses an expiry further ahead than 30 days even under the right key', () => {
    const user = Buffer.from('alice').toString('base64url');
    const expires = NOW + MAX_SESSION_SECONDS + 1;
    const signed = `s1.k1.${user}.${String(expires)}.v1`;
    const forged = `${signed}.${MAC('k1', signed) ?? ''}`;
    expect(verifySession(forged, context())).toEqual({ ok: false, reason: 'too-far' });
  });

  it('compares the MAC with the adapter’s constant-time comparison, never ===', () => {
    const calls: string[][] = [];
    const spy = (a: string, b: string): boolean => {
      calls.push([a, b]);
      return false;
    };
    expect(verifySession(mint(), context({ same: spy }))).toEqual({ ok: false, reason: 'bad-mac' });
    expect(calls).toHaveLength(1);
  });

  it('refuses malformed values before any MAC', () => {
    const good = mint();
    const p = parts(good);
    const macCalls: string[] = [];
    const counting: SessionMac = (kid, message) => {
      macCalls.push(message);
      return MAC(kid, message);
    };
    const bad: unknown[] = [
      undefined,
      42,
      ['x'],
      '',
      good.replace(/^s1/, 's2'),
      `${good}.x`,
      `"${good}"`,
      ` ${good}`,
      [p[0], p[1], p[2], `0${p[3] ?? ''}`, p[4], p[5]].join('.'), // leading zero
      [p[0], p[1], `${p[2] ?? ''}=`, p[3], p[4], p[5]].join('.'), // padding
      [p[0], p[1], 'QR', p[3], p[4], p[5]].join('.'), // non-canonical base64url (bits left)
      [p[0], p[1], Buffer.from('a:b').toString('base64url'), p[3], p[4], p[5]].join('.'),
      [p[0], p[1], Buffer.from([0xc3, 0x28]).toString('base64url'), p[3], p[4], p[5]].join('.'),
      [p[0], 'k'.repeat(17), p[2], p[3], p[4], p[5]].join('.'),
      [p[0], p[1], p[2], p[3], 'v'.repeat(23), p[5]].join('.'),
    ];
    for (const value of bad) {
      expect(verifySession(value, context({ mac: counting }))).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    expect(macCalls).toEqual([]);
  });
});

describe('base64url', () => {
  it('matches Node’s encoder and decodes only canonical unpadded text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64Url(Array.from(bytes));
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(Array.from(bytes));
      }),
    );
    for (const text of ['A', 'QR', 'QQ=', 'Q Q', 'QQ+', 'QQ/']) {
      expect(decodeBase64Url(text)).toBeUndefined();
    }
  });
});

describe('the Cookie header and Set-Cookie', () => {
  it('finds the session cookie among others, in one value or several', () => {
    expect(cookieValues(`a=1; ${SESSION_COOKIE}=xyz;b=2`, SESSION_COOKIE)).toEqual(['xyz']);
    expect(cookieValues(['a=1', `  ${SESSION_COOKIE}=p ; c=3`], SESSION_COOKIE)).toEqual(['p']);
    expect(cookieValues(`x${SESSION_COOKIE}=no; ${SESSION_COOKIE}x=no`, SESSION_COOKIE)).toEqual(
      [],
    );
    expect(cookieValues(undefined, SESSION_COOKIE)).toEqual([]);
    expect(cookieValues([1, null], SESSION_COOKIE)).toEqual([]);
  });

  it('uses the first session cookie that verifies', () => {
    const good = mint();
    const header = `${SESSION_COOKIE}=s1.k1.junk; ${SESSION_COOKIE}=${good}`;
    const check = sessionOfCookies(header, context());
    expect(check.ok && check.session.user).toBe('alice');
    expect(sessionOfCookies(`${SESSION_COOKIE}=s1.k1.junk`, context())).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(sessionOfCookies('other=1', context())).toEqual({ ok: false, reason: 'malformed' });
  });

  it('sets a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', () => {
    const header = sessionSetCookie('v', 3600);
    expect(header).toBe(
      `${SESSION_COOKIE}=v; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax`,
    );
    expect(header).not.toMatch(/domain/i);
    expect(SESSION_CLEAR_COOKIE).toMatch(
      /^__Host-secure-dist=; Path=\/; Max-Age=0; Secure; HttpOnly/,
    );
    expect(SESSION_CLEAR_COOKIE).toBe(`${SESSION_COOKIE}=; ${sessionCookieAttributes(0)}`);
  });
});

describe('redirect target after sign-in', () => {
  it('keeps a path of this site', () => {
    for (const target of [
      '/',
      '/docs/a.pdf',
      '/a/?b=c&d=%2F#top',
      '/%E6%97%A5%E6%9C%AC/',
      '/a%252F%252Fb',
    ]) {
      expect(safeRedirectTarget(target)).toBe(target);
    }
  });

  it('sends anything that could leave the site, or loop, to /', () => {
    const hostile: unknown[] = [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\\/evil.example',
      'https://evil.example/',
      'http:evil.example',
      'javascript:alert(1)',
      'evil.example',
      '/%2F%2Fevil.example',
      '/%2fevil.example',
      '/%5Cevil.example',
      '/%5cevil.example',
      '/\t/evil.example',
      '/%09/evil.example',
      '/\n/evil.example',
      ' //evil.example',
      '/a b',
      '/日本',
      '/..//evil.example',
      '/a/../..//evil.example',
      '/%2e%2e//evil.example',
      '/%',
      '/%E0%A4',
      '/_login',
      '/_login?next=/x',
      '/_logout',
      '/%5Flogout',
      `/${'a'.repeat(2048)}`,
      '',
      undefined,
      ['/ok'],
    ];
    for (const target of hostile) {
      expect({ target, to: safeRedirectTarget(target) }).toEqual({ target, to: '/' });
    }
  });

  it('never yields a URL of another origin (property, WHATWG URL as the browser resolves)', () => {
    const base = 'https://site.example/current/page';
    const pieces = fc.constantFrom(
      '/',
      '\\',
      '%2F',
      '%5C',
      '%2f',
      '.',
      '..',
      ':',
      '@',
      'evil',
      '%',
      '\t',
      '?',
      '#',
      'a',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), fc.string({ maxLength: 6 }), (ps, tail) => {
        const target = ps.join('') + tail;
        const to = safeRedirectTarget(target);
        expect(new URL(to, base).origin).toBe('https://site.example');
        expect(to === '/' || to === target).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cross-site checks of /_login and /_logout', () => {
  const host = 'd111111abcdef8.cloudfront.net';
  const post = { method: 'POST', host, origin: undefined, secFetchSite: undefined };

  it('lets in a POST from the site’s own page', () => {
    expect(sameOriginPost({ ...post, secFetchSite: 'same-origin' })).toBe(true);
    // A browser without Fetch Metadata: the Origin header decides.
    expect(sameOriginPost({ ...post, origin: `https://${host}` })).toBe(true);
    expect(sameOriginPost({ ...post, host: host.toUpperCase(), origin: `https://${host}` })).toBe(
      true,
    );
  });

  it('refuses cross-site, sibling-site and header-less POSTs, and other methods', () => {
    for (const secFetchSite of ['cross-site', 'same-site', 'none', '']) {
      expect(sameOriginPost({ ...post, secFetchSite, origin: `https://${host}` })).toBe(false);
    }
    for (const origin of [
      'https://evil.example',
      `http://${host}`,
      'null',
      `https://${host}.evil.example`,
      `https://${host}:8443`,
    ]) {
      expect(sameOriginPost({ ...post, origin })).toBe(false);
    }
    expect(sameOriginPost(post)).toBe(false);
    expect(sameOriginPost({ ...post, host: undefined, origin: 'https://' })).toBe(false);
    expect(sameOriginPost({ ...post, method: 'GET', secFetchSite: 'same-origin' })).toBe(false);
  });

  it('signs out on a same-origin POST or a same-origin / typed GET only', () => {
    expect(signOutAllowed({ ...post, secFetchSite: 'same-origin' })).toBe(true);
    expect(signOutAllowed({ ...post, secFetchSite: 'cross-site' })).toBe(false);
    const get = { ...post, method: 'GET' };
    expect(signOutAllowed({ ...get, secFetchSite: 'same-origin' })).toBe(true);
    expect(signOutAllowed({ ...get, secFetchSite: 'none' })).toBe(true);
    expect(signOutAllowed({ ...get, secFetchSite: 'cross-site' })).toBe(false);
    expect(signOutAllowed({ ...get, secFetchSite: 'same-site' })).toBe(false);
    expect(signOutAllowed(get)).toBe(false);
    expect(signOutAllowed({ ...get, method: 'PUT', secFetchSite: 'same-origin' })).toBe(false);
  });
});

describe('portable to the CloudFront Functions runtime', () => {
  it('session.ts and login-form.ts bundle (as build-function.mjs does: ES2017, minified) into code cloudfront-js-2.0 runs', async () => {
    const { text, problems } = await functionBundleOf(
      "import * as s from './src/edge/core/session.js';\n" +
        "import * as f from './src/edge/core/login-form.js';\n" +
        'export async function handler(event) { return [s.mintSession, s.verifySession, ' +
        's.sessionOfCookies, s.sessionSetCookie, s.safeRedirectTarget, s.sameOriginPost, ' +
        's.signOutAllowed, s.sessionKeyMessage, s.SESSION_CLEAR_COOKIE, f.bodyText, f.parseLoginForm, event]; }\n',
    );
    expect(text).toContain('secure-dist session key');
    expect(text).toContain('inputTruncated');
    expect(problems).toEqual([]);
  });
});
