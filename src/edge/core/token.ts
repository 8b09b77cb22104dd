/**
 * Automation tokens (issue 23 item 3): `automation-tokens:` in the site file names tokens for CI
 * (link checkers, browser tests); `rotate` generates their values (`sdt1_` + 43 base64url
 * characters = 256 random bits, src/rotate/tokens.ts) and the edge lets a request carrying one
 * in as the principal `token:<name>`. Pure, portable core (see index.ts): the adapter passes in
 * its keyed digest (`TokenDigest`) and its table (`TokenLookup`), as it passes its KDF to the
 * password check. The CloudFront Functions runtime reads its table from the KeyValueStore
 * (asynchronously, so it uses the shape, the header and parameter names and
 * `tokenSessionVersion` from here and checks the rest itself: src/edge/function/auth.ts
 * `tokenUser`).
 *
 * Where a token is read:
 * - the header `X-Secure-Dist-Token` (exactly one value), for scripts and browser tests;
 * - the query parameter `secure-dist-token` (exactly once), for a link a tool can only open.
 *   The parameter is always taken out of the query the origin gets (`TokenDecision.query`) and
 *   never written to the audit line (which has no query string). Belt and braces: the site's
 *   cache policy has `QueryStringBehavior: none` (cloudformation/site.yaml), under which "No
 *   query strings in viewer requests are included in the cache key or in requests that
 *   CloudFront sends to the origin" unless an origin request policy lists them (CloudFront API
 *   Reference, CachePolicyQueryStringsConfig:
 *   https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyQueryStringsConfig.html);
 *   removing it here keeps that true if a policy ever forwards query strings. On a browser's first
 *   navigation (GET, `Accept` naming `text/html`) with sessions available, the token is moved
 *   into the session cookie (session.ts `mintSession`, principal `token:<name>`) and the
 *   visitor redirected to the same URL without the parameter, so it leaves the address bar and
 *   history at once (`tokenRedirect`).
 *
 * Why a keyed digest and not scrypt: a token is 256 random bits, so there is nothing to guess
 * and a slow KDF would only cost time at every request. The adapter stores
 * `base64url(HMAC-SHA-256(siteKey, token))` and looks the digest of the presented value up in a
 * table: one hash per request. Shape checks come first: a value that is not
 * `sdt1_<43 base64url>` is refused without hashing. The table lookup is not constant time, but
 * the digest of an unknown value is unpredictable, so its timing says nothing about a stored
 * one. A wrong, expired or removed token is refused the same way (the adapter answers 401 as
 * for a wrong password); the reason is for tests only.
 *
 * Written for both runtimes: no `for…of`, spread, destructuring, `Map`/`Set` (index.ts).
 */
import { acceptsHtml } from './page.js';
import {
  TOKEN_PRINCIPAL_PREFIX,
  mintSession,
  safeRedirectTarget,
  sessionSetCookie,
  tokenNameOf,
  type MintRequest,
  type SessionMac,
} from './session.js';

export { TOKEN_PRINCIPAL_PREFIX, tokenNameOf };

/** The header a script sends its token in (lower case, as Lambda@Edge keys headers). */
export const TOKEN_HEADER = 'x-secure-dist-token';
/** The query parameter a link carries its token in. */
export const TOKEN_PARAMETER = 'secure-dist-token';
/** Every generated token starts with this (a version, and a name secret scanners can match). */
export const TOKEN_PREFIX = 'sdt1_';
/** A token's full shape: the prefix and 32 random bytes in unpadded base64url. */
export const TOKEN_SHAPE = /^sdt1_[A-Za-z0-9_-]{43}$/;

/** The principal of token `name`: a user name has no colon, so it never names a user. */
export function tokenPrincipal(name: string): string {
  return TOKEN_PRINCIPAL_PREFIX + name;
}

/** The adapter's keyed digest of a token value (base64url of HMAC-SHA-256 under the site key). */
export type TokenDigest = (token: string) => string;

/** What the site holds for a token, found by its digest. */
export interface TokenGrant {
  readonly name: string;
  /** The token's own `access` globs; undefined: the site's rules for a user none names. */
  readonly globs?: readonly string[] | undefined;
  /** Epoch seconds from which the token no longer works. */
  readonly expires?: number | undefined;
}

/** The grant stored under a digest, undefined when none is. */
export type TokenLookup<G extends TokenGrant = TokenGrant> = (digest: string) => G | undefined;

export type TokenRefusal = 'malformed' | 'unknown' | 'expired';

export type TokenCheck<G extends TokenGrant = TokenGrant> =
  | { readonly ok: true; readonly grant: G; readonly digest: string }
  | { readonly ok: false; readonly reason: TokenRefusal };

/**
 * The grant a presented value proves at `now` (epoch seconds), or why not. Order: shape (no
 * hash for a malformed value), digest and lookup, expiry (`now < expires`, as for passwords).
 */
export function checkToken<G extends TokenGrant>(
  value: unknown,
  now: number,
  digest: TokenDigest,
  lookup: TokenLookup<G>,
): TokenCheck<G> {
  if (typeof value !== 'string' || !TOKEN_SHAPE.test(value)) {
    return { ok: false, reason: 'malformed' };
  }
  const d = digest(value);
  const grant = lookup(d);
  if (grant === undefined) return { ok: false, reason: 'unknown' };
  if (grant.expires !== undefined && !(now < grant.expires)) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, grant, digest: d };
}

/** Where a request carries a token: `none`, or its one value (undefined when sent twice). */
export type TokenPresented =
  | { readonly from: 'none' }
  | { readonly from: 'header' | 'query'; readonly value: string | undefined };

/** A query string without every `secure-dist-token` parameter, and their values. */
export function splitTokenParameter(querystring: unknown): {
  readonly query: string;
  readonly values: string[];
} {
  if (typeof querystring !== 'string' || querystring === '') return { query: '', values: [] };
  const kept: string[] = [];
  const values: string[] = [];
  const parts = querystring.split('&');
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.substring(0, eq);
    let name: string;
    try {
      // The name as a server would read it: `secure%2Ddist-token` is the parameter too.
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      name = rawName;
    }
    if (name === TOKEN_PARAMETER) values.push(eq < 0 ? '' : part.substring(eq + 1));
    else kept.push(part);
  }
  return { query: kept.join('&'), values };
}

/** The token a request presents: the header first, else the query parameter. */
export function presentedToken(headerValues: unknown, querystring: unknown): TokenPresented {
  if (Array.isArray(headerValues) && headerValues.length > 0) {
    const only: unknown = headerValues.length === 1 ? headerValues[0] : undefined;
    return { from: 'header', value: typeof only === 'string' ? only : undefined };
  }
  const values = splitTokenParameter(querystring).values;
  if (values.length === 0) return { from: 'none' };
  return { from: 'query', value: values.length === 1 ? values[0] : undefined };
}

/** What a request looks like to the token check (header values as plain strings). */
export interface TokenRequest {
  readonly method: unknown;
  /** The `Accept` header values joined. */
  readonly accept: unknown;
  /** The URI as the viewer sent it. */
  readonly uri: unknown;
  readonly querystring: unknown;
  /** The values of `X-Secure-Dist-Token`, absent when none was sent. */
  readonly header: readonly unknown[] | undefined;
}

/** The session a token navigation is moved into (session.ts), when the site has sessions. */
export interface TokenSessionContext {
  readonly mac: SessionMac;
  readonly keyId: string;
  /** `session-lifetime`, seconds. */
  readonly lifetime: number;
}

export interface TokenContext<G extends TokenGrant = TokenGrant> {
  /** Epoch seconds. */
  readonly now: number;
  readonly digest: TokenDigest;
  readonly lookup: TokenLookup<G>;
  /** Absent: no sessions (`login: basic`); a query token then lets in its one request. */
  readonly session?: TokenSessionContext | undefined;
}

export type TokenDecision<G extends TokenGrant = TokenGrant> =
  /** No token: go on with the other credentials; `query` is the query string, untouched. */
  | { readonly kind: 'none' }
  /** A token was presented and is not good: 401, as a wrong password. */
  | { readonly kind: 'refused'; readonly reason: TokenRefusal }
  /** Let in as `token:<name>`; forward with `query` (the parameter taken out). */
  | { readonly kind: 'granted'; readonly grant: G; readonly query: string }
  /** A first navigation with a query token: answer a redirect to `location` setting `setCookie`. */
  | {
      readonly kind: 'redirect';
      readonly grant: G;
      readonly location: string;
      readonly setCookie: string;
    };

/**
 * The credential version of a token's session: a prefix of its digest, so a regenerated token
 * (new value, new digest) ends the sessions the old one made, and a removed one (no version)
 * ends them too. The digest is keyed and the cookie's holder holds the token itself, so the
 * prefix tells them nothing new.
 */
export function tokenSessionVersion(digest: string): string {
  return digest.substring(0, 16);
}

/** The one call an adapter makes: what a request's token (if any) decides. */
export function tokenDecision<G extends TokenGrant>(
  request: TokenRequest,
  context: TokenContext<G>,
): TokenDecision<G> {
  const presented = presentedToken(request.header, request.querystring);
  if (presented.from === 'none') return { kind: 'none' };
  const check = checkToken(presented.value, context.now, context.digest, context.lookup);
  if (!check.ok) return { kind: 'refused', reason: check.reason };
  const query = splitTokenParameter(request.querystring).query;
  const session = context.session;
  const navigation = request.method === 'GET' && acceptsHtml(request.accept);
  if (presented.from === 'query' && navigation && session !== undefined) {
    const redirect = tokenRedirect(request.uri, query, check, context.now, session);
    if (redirect !== undefined) return redirect;
  }
  return { kind: 'granted', grant: check.grant, query };
}

/**
 * The redirect of a first navigation with `?secure-dist-token=`: to the same path and query
 * without the parameter (a same-site path only, session.ts `safeRedirectTarget`), with the
 * session cookie of `token:<name>`, which ends at the token's expiry at the latest.
 */
export function tokenRedirect<G extends TokenGrant>(
  uri: unknown,
  query: string,
  check: { readonly grant: G; readonly digest: string },
  now: number,
  session: TokenSessionContext,
): TokenDecision<G> | undefined {
  const request: MintRequest = {
    user: tokenPrincipal(check.grant.name),
    version: tokenSessionVersion(check.digest),
    keyId: session.keyId,
    now,
    lifetime: session.lifetime,
    notAfter: check.grant.expires,
  };
  const value = mintSession(request, session.mac);
  if (value === undefined) return undefined;
  // As mintSession computes it: the lifetime, cut at the token's expiry.
  let maxAge = Math.floor(now) + session.lifetime;
  if (check.grant.expires !== undefined && check.grant.expires < maxAge) {
    maxAge = Math.floor(check.grant.expires);
  }
  const path = typeof uri === 'string' ? uri : '/';
  return {
    kind: 'redirect',
    grant: check.grant,
    location: safeRedirectTarget(query === '' ? path : `${path}?${query}`),
    setCookie: sessionSetCookie(value, maxAge - Math.floor(now)),
  };
}
