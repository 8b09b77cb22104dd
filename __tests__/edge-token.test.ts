/**
 * Automation tokens at the edge (issue 23 item 3): the pure core (src/edge/core/token.ts: where
 * a token is read, shape checks before any hash, expiry, the navigation redirect into a
 * session) and the Lambda@Edge handler (let in as `token:<name>`, access globs, the audit line,
 * a 401 like a wrong password's, revoked when the function is rendered without it).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { functionBundleOf } from './helpers/function-portable.js';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  tokenKey,
  type BuildEdgeConfigOptions,
  type TokenCredential,
} from '../src/edge/config.js';
import { mintSession, sessionKeyMessage, verifySession } from '../src/edge/core/session.js';
import {
  TOKEN_PARAMETER,
  checkToken,
  presentedToken,
  splitTokenParameter,
  tokenDecision,
  tokenSessionVersion,
  type TokenGrant,
  type TokenRequest,
} from '../src/edge/core/token.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import { tokenDigest } from '../src/edge/shared.js';

const NOW = 1_800_000_000;
const newToken = (): string => `sdt1_${randomBytes(32).toString('base64url')}`;
const CI = newToken();
const OTHER = newToken();
const KEY = Buffer.alloc(32, 7);

function table(entries: Record<string, TokenGrant>): {
  digest: (t: string) => string;
  lookup: (d: string) => TokenGrant | undefined;
  hashed: string[];
} {
  const byDigest = new Map(Object.entries(entries).map(([t, g]) => [tokenDigest(KEY, t), g]));
  const hashed: string[] = [];
  return {
    hashed,
    digest: (t) => {
      hashed.push(t);
      return tokenDigest(KEY, t);
    },
    lookup: (d) => byDigest.get(d),
  };
}

describe('the token core', () => {
  it('grants a stored token, refuses an unknown one and an expired one (from its expiry on)', () => {
    const t = table({ [CI]: { name: 'ci', expires: NOW + 10 } });
    const good = checkToken(CI, NOW + 9, t.digest, t.lookup);
    expect(good.ok && good.grant.name).toBe('ci');
    expect(checkToken(OTHER, NOW, t.digest, t.lookup)).toEqual({ ok: false, reason: 'unknown' });
    expect(checkToken(CI, NOW + 10, t.digest, t.lookup)).toEqual({ ok: false, reason: 'expired' });
  });

  it('never hashes a value that is not sdt1_ and 43 base64url characters', () => {
    const t = table({ [CI]: { name: 'ci' } });
    const malformed = [
      '',
      'sdt1_',
      CI.slice(0, -1),
      `${CI}A`,
      CI.replace('sdt1_', 'sdt2_'),
      `${CI.slice(0, -1)}=`,
      `${CI.slice(0, -1)}+`,
      ` ${CI}`,
      `${CI}\n`,
      'x'.repeat(100_000),
    ];
    for (const value of malformed) {
      expect(checkToken(value, NOW, t.digest, t.lookup)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        fc.pre(!/^sdt1_[A-Za-z0-9_-]{43}$/.test(value));
        expect(checkToken(value, NOW, t.digest, t.lookup).ok).toBe(false);
      }),
    );
    expect(checkToken(undefined, NOW, t.digest, t.lookup).ok).toBe(false);
    expect(t.hashed).toEqual([]);
  });

  it('reads the header first, else the query parameter; a token sent twice is malformed', () => {
    expect(presentedToken([CI], `${TOKEN_PARAMETER}=${OTHER}`)).toEqual({
      from: 'header',
      value: CI,
    });
    expect(presentedToken(undefined, `a=1&${TOKEN_PARAMETER}=${OTHER}`)).toEqual({
      from: 'query',
      value: OTHER,
    });
    expect(presentedToken([CI, CI], '')).toEqual({ from: 'header', value: undefined });
    expect(presentedToken(undefined, `${TOKEN_PARAMETER}=${CI}&${TOKEN_PARAMETER}=${CI}`)).toEqual({
      from: 'query',
      value: undefined,
    });
    expect(presentedToken(undefined, 'a=1')).toEqual({ from: 'none' });
    expect(presentedToken([], undefined)).toEqual({ from: 'none' });
  });

  it('takes every spelling of the parameter out of the query and keeps the rest in order', () => {
    expect(splitTokenParameter(`a=1&${TOKEN_PARAMETER}=${CI}&b=2&c`)).toEqual({
      query: 'a=1&b=2&c',
      values: [CI],
    });
    expect(splitTokenParameter(`secure%2Ddist-token=${CI}&x=%zz`)).toEqual({
      query: 'x=%zz',
      values: [CI],
    });
    expect(splitTokenParameter(TOKEN_PARAMETER)).toEqual({ query: '', values: [''] });
  });

  const SESSION_SECRET = 's'.repeat(43);
  const mac = (keyId: string, message: string): string | undefined => {
    if (keyId !== 'k1') return undefined;
    const key = createHmac('sha256', SESSION_SECRET).update(sessionKeyMessage(keyId)).digest();
    return createHmac('sha256', key).update(message).digest('base64url');
  };
  const session = { mac, keyId: 'k1', lifetime: 12 * 3600 };
  const navigation = (querystring: string, extra: Partial<TokenRequest> = {}): TokenRequest => ({
    method: 'GET',
    accept: 'text/html,application/xhtml+xml',
    uri: '/reports/q3.html',
    querystring,
    header: undefined,
    ...extra,
  });

  it('moves a query token of a first navigation into a session cookie and redirects without it', () => {
    const t = table({ [CI]: { name: 'ci', expires: NOW + 3600 } });
    const decision = tokenDecision(navigation(`a=1&${TOKEN_PARAMETER}=${CI}&b=2`), {
      now: NOW,
      digest: t.digest,
      lookup: t.lookup,
      session,
    });
    if (decision.kind !== 'redirect') throw new Error(decision.kind);
    expect(decision.location).toBe('/reports/q3.html?a=1&b=2');
    expect(decision.location).not.toContain(CI);
    // The cookie ends with the token (an hour), not after the 12 h lifetime.
    expect(decision.setCookie).toMatch(/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax$/);
    const value = /^__Host-secure-dist=([^;]+);/.exec(decision.setCookie)?.[1];
    const version = tokenSessionVersion(tokenDigest(KEY, CI));
    const context = {
      now: NOW,
      mac,
      same: (a: string, b: string) =>
        a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b)),
      versionOf: (user: string) => (user === 'token:ci' ? version : undefined),
    };
    const verified = verifySession(value, context);
    expect(verified.ok && verified.session.user).toBe('token:ci');
    expect(verified.ok && verified.session.expires).toBe(NOW + 3600);
    // A regenerated token (another digest, another version) ends that session.
    expect(
      verifySession(value, {
        ...context,
        versionOf: () => tokenSessionVersion(tokenDigest(KEY, OTHER)),
      }),
    ).toEqual({ ok: false, reason: 'revoked' });
  });

  it('lets the request in without a redirect for the header, a non-navigation, or no sessions', () => {
    const t = table({ [CI]: { name: 'ci' } });
    const ctx = { now: NOW, digest: t.digest, lookup: t.lookup, session };
    const q = `${TOKEN_PARAMETER}=${CI}&b=2`;
    const kinds = [
      tokenDecision(navigation('b=2', { header: [CI] }), ctx),
      tokenDecision(navigation(q, { accept: '*/*' }), ctx),
      tokenDecision(navigation(q, { method: 'HEAD' }), ctx),
      tokenDecision(navigation(q), { ...ctx, session: undefined }),
    ];
    for (const d of kinds)
      expect(d).toEqual({ kind: 'granted', grant: { name: 'ci' }, query: 'b=2' });
    expect(tokenDecision(navigation('b=2'), ctx)).toEqual({ kind: 'none' });
    expect(tokenDecision(navigation(`${TOKEN_PARAMETER}=${OTHER}`), ctx)).toEqual({
      kind: 'refused',
      reason: 'unknown',
    });
  });

  it('redirects only to a path of this site', () => {
    const t = table({ [CI]: { name: 'ci' } });
    const ctx = { now: NOW, digest: t.digest, lookup: t.lookup, session };
    const d = tokenDecision(
      navigation(`${TOKEN_PARAMETER}=${CI}`, { uri: '//evil.example/' }),
      ctx,
    );
    expect(d.kind === 'redirect' && d.location).toBe('/');
  });

  it('mints sessions for token:<name> principals, never for a malformed one', () => {
    const mint = (user: string) =>
      mintSession({ user, version: 'v1', keyId: 'k1', now: NOW, lifetime: 60 }, mac);
    expect(mint('token:ci')).toBeDefined();
    expect(mint('token:')).toBeUndefined();
    expect(mint('token:a:b')).toBeUndefined();
    expect(mint('alice:pw')).toBeUndefined();
  });

  it('bundles (as build-function.mjs does) into code cloudfront-js-2.0 runs', async () => {
    const { text, problems } = await functionBundleOf(
      "import * as t from './src/edge/core/token.js';\n" +
        'export async function handler(event) { return [t.tokenDecision, t.checkToken, ' +
        't.presentedToken, t.splitTokenParameter, t.tokenRedirect, t.tokenPrincipal, ' +
        't.tokenNameOf, t.tokenSessionVersion, event]; }\n',
    );
    expect(text).toContain('secure-dist-token');
    expect(problems).toEqual([]);
  });
});

const BASE: BuildEdgeConfigOptions = {
  scope: 'tokens',
  realm: 'R',
  users: [{ user: 'alice', password: 'alice-password-1' }],
};

function deploy(
  tokens: readonly TokenCredential[],
  extra: Partial<BuildEdgeConfigOptions> = {},
  now = NOW * 1000,
) {
  const lines: string[] = [];
  const code = renderEdgeCode(buildEdgeConfig({ ...BASE, audit: true, ...extra, tokens }));
  const handler = loadHandlerFromSource(code, { now: () => now, log: (l) => lines.push(l) });
  return { handler, lines, code };
}

const withToken = (token: string, options: Parameters<typeof viewerRequestEvent>[0] = {}) =>
  viewerRequestEvent({
    ...options,
    headers: { 'X-Secure-Dist-Token': token, ...(options.headers ?? {}) },
  });

describe('the Lambda@Edge handler with automation tokens', () => {
  it('lets a token header in as token:<name>, drops the header, and writes it in the audit line', async () => {
    const { handler, lines, code } = deploy([{ name: 'ci', token: CI }]);
    expect(code).not.toContain(CI);
    const result = await handler(withToken(CI, { uri: '/docs/a.pdf' }));
    if (isGeneratedResponse(result)) throw new Error(result.status);
    expect(result.uri).toBe('/docs/a.pdf');
    expect(result.headers['x-secure-dist-token']).toBeUndefined();
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      user: 'token:ci',
      result: 'allowed',
      credentials: true,
      key: 'docs/a.pdf',
    });
  });

  it('enforces the token’s access globs, and without them the site’s "*" rules', async () => {
    const { handler } = deploy(
      [
        { name: 'ci', token: CI, globs: ['/reports/**'] },
        { name: 'bare', token: OTHER },
      ],
      {
        access: [
          { users: ['*'], globs: ['/public/**'] },
          { users: ['alice'], globs: ['/**'] },
        ],
      },
    );
    const status = async (token: string, uri: string) => {
      const r = await handler(withToken(token, { uri }));
      return isGeneratedResponse(r) ? r.status : 'allowed';
    };
    expect(await status(CI, '/reports/q3.pdf')).toBe('allowed');
    expect(await status(CI, '/secret.pdf')).toBe('403');
    expect(await status(CI, '/public/a.txt')).toBe('403');
    expect(await status(OTHER, '/public/a.txt')).toBe('allowed');
    expect(await status(OTHER, '/reports/q3.pdf')).toBe('403');
    expect(await status(OTHER, '/')).toBe('200');
  });

  it('reads everything with no rules and no globs; its own globs restrict it even then', async () => {
    const { handler } = deploy([
      { name: 'all', token: CI },
      { name: 'some', token: OTHER, globs: ['/a/*'] },
    ]);
    expect(isGeneratedResponse(await handler(withToken(CI, { uri: '/x/y' })))).toBe(false);
    const r = await handler(withToken(OTHER, { uri: '/x/y' }));
    expect(isGeneratedResponse(r) && r.status).toBe('403');
  });

  it('answers a wrong, malformed or expired token exactly as a wrong password', async () => {
    const expires = NOW + 60;
    const { handler: live } = deploy(
      [{ name: 'ci', token: CI, expires }],
      {},
      (expires - 1) * 1000,
    );
    const { handler, lines } = deploy([{ name: 'ci', token: CI, expires }], {}, expires * 1000);
    expect(isGeneratedResponse(await live(withToken(CI)))).toBe(false);
    const wrongPassword = await handler(
      viewerRequestEvent({
        authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}`,
      }),
    );
    for (const token of [CI, OTHER, 'not-a-token', `${CI} `]) {
      expect(await handler(withToken(token))).toEqual(wrongPassword);
    }
    expect(lines.map((l) => JSON.parse(l).user)).toEqual([null, null, null, null, null]);
    // A token does not stand for a password: Basic with the token's value is refused too.
    const asPassword = await handler(
      viewerRequestEvent({ authorization: `Basic ${Buffer.from(`ci:${CI}`).toString('base64')}` }),
    );
    expect(asPassword).toEqual(wrongPassword);
  });

  it('takes a query token out of the query the origin gets and out of every log', async () => {
    const { handler, lines } = deploy([{ name: 'ci', token: CI }]);
    const result = await handler(
      viewerRequestEvent({ uri: '/a.txt', querystring: `x=1&${TOKEN_PARAMETER}=${CI}&y=2` }),
    );
    if (isGeneratedResponse(result)) throw new Error(result.status);
    expect(result.querystring).toBe('x=1&y=2');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ user: 'token:ci', credentials: true });
    const refused = await handler(
      viewerRequestEvent({ uri: '/a.txt', querystring: `${TOKEN_PARAMETER}=${OTHER}` }),
    );
    expect(isGeneratedResponse(refused) && refused.status).toBe('401');
    expect(lines.join('\n')).not.toContain('sdt1_');
  });

  it('revokes a token at the next render without it; users are unaffected', async () => {
    const before = deploy([{ name: 'ci', token: CI }]).handler;
    expect(isGeneratedResponse(await before(withToken(CI)))).toBe(false);
    const after = deploy([]).handler;
    const r = await after(withToken(CI));
    expect(isGeneratedResponse(r) && r.status).toBe('401');
    const alice = await after(
      viewerRequestEvent({
        authorization: `Basic ${Buffer.from('alice:alice-password-1').toString('base64')}`,
      }),
    );
    expect(isGeneratedResponse(alice)).toBe(false);
  });

  it('stores digests under a key of the site: another site’s digest of the same token differs', () => {
    const a = buildEdgeConfig({ ...BASE, tokens: [{ name: 'ci', token: CI }] });
    const b = buildEdgeConfig({ ...BASE, scope: 'other', tokens: [{ name: 'ci', token: CI }] });
    expect(Object.keys(a.tokens?.byDigest ?? {})).toEqual([
      tokenDigest(Buffer.from(tokenKey('tokens'), 'base64url'), CI),
    ]);
    expect(Object.keys(a.tokens?.byDigest ?? {})).not.toEqual(
      Object.keys(b.tokens?.byDigest ?? {}),
    );
    expect(buildEdgeConfig(BASE).tokens).toBeUndefined();
  });

  it('refuses malformed tokens, names and globs when building, naming the token not the value', () => {
    const build = (t: TokenCredential) => () => buildEdgeConfig({ ...BASE, tokens: [t] });
    expect(build({ name: 'ci', token: 'short' })).toThrow(/value of token 'ci'/);
    expect(build({ name: 'a:b', token: CI })).toThrow(/colon/);
    expect(build({ name: 'ci', token: CI, globs: ['reports/**'] })).toThrow(/token 'ci'/);
    expect(build({ name: 'ci', token: CI, expires: 1.5 })).toThrow(/token 'ci'/);
    // While rotate replaces a value, both of one name's values work; one value listed twice is one entry.
    const overlap = buildEdgeConfig({
      ...BASE,
      tokens: [
        { name: 'ci', token: CI },
        { name: 'ci', token: OTHER },
        { name: 'ci', token: CI },
      ],
    });
    expect(Object.values(overlap.tokens?.byDigest ?? {})).toEqual([{ name: 'ci' }, { name: 'ci' }]);
    try {
      build({ name: 'ci', token: 'sdt1_short' })();
    } catch (e) {
      expect(String(e)).not.toContain('sdt1_short');
    }
  });
});
