/**
 * Sign-in sessions (issue 23 item 1): the `__Host-secure-dist` cookie a browser gets from
 * `/_login`, its check at every request, the same-site check of a redirect target and the
 * cross-site checks of `/_login` and `/_logout`. Pure, portable core (see index.ts): the
 * adapters pass in the HMAC (`SessionMac`) and the constant-time comparison (`SameText`), as
 * they pass their KDF to the password check. Design, with sources: docs/design-sessions.md.
 *
 * Cookie value: `s1.<kid>.<user>.<expires>.<cv>.<mac>`, every part in the cookie-octet alphabet
 * of RFC 6265 §4.1.1 (https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1), so no quoting:
 * - `kid`: the session key id (`[A-Za-z0-9]{1,16}`). The key is per site and derived by the
 *   adapter from a secret that reaches the code only through a CloudFormation dynamic
 *   reference; a new id is a new key, which ends every session (the design note, (a));
 * - `user`: base64url without padding (RFC 4648 §5) of the name's UTF-8, canonical;
 * - `expires`: epoch seconds, decimal, no leading zero;
 * - `cv`: the user's credential version when the cookie was made (`[A-Za-z0-9_-]{1,22}`); a
 *   password change or removal by `rotate` gives the user a new one, which ends their sessions;
 * - `mac`: base64url of HMAC-SHA-256 (43 characters) under the key `kid`, of everything before
 *   it (`s1.<kid>.<user>.<expires>.<cv>`).
 *
 * A session never lets in more than the password would: the adapter evaluates the access
 * rules of `session.user` per request from its configuration (the cookie names a user, no
 * rights), and the cookie's expiry is capped by the credential's own (`notAfter`).
 *
 * Written for both runtimes: no `for…of`, spread, destructuring, `Map`/`Set`, `TextEncoder`,
 * `atob`/`btoa` (index.ts).
 */
import { decodeBase64, decodeUtf8, hasControlCharacter, userNameProblem } from './basic.js';
import { MAX_URI_BYTES, utf8Length } from './limits.js';

/** The cookie's name. `__Host-`: Secure, `Path=/`, no `Domain`, or the browser refuses it. */
export const SESSION_COOKIE = '__Host-secure-dist';
/** The longest `session-lifetime`, and the furthest expiry a cookie is believed: 30 days. */
export const MAX_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** `session-lifetime` when the site does not set it: 12 hours. */
export const DEFAULT_SESSION_SECONDS = 12 * 60 * 60;
/**
 * The message an adapter signs with its site secret to get the session key of id `keyId`:
 * `sessionKey = HMAC-SHA-256(secret, sessionKeyMessage(keyId))`. A label of its own keeps
 * session MACs apart from the stored password hashes the same secret (the function runtime's
 * pepper) keys; a new id is a new key (the design note, (a)).
 */
export function sessionKeyMessage(keyId: string): string {
  return `secure-dist session key\n${keyId}`;
}
/**
 * The principal of an automation token is `token:<name>` (token.ts): a user name has no colon,
 * so it never names a user. A session may carry either.
 */
export const TOKEN_PRINCIPAL_PREFIX = 'token:';

/** The token name of a `token:<name>` principal, undefined for a user's. */
export function tokenNameOf(principal: string): string | undefined {
  return principal.indexOf(TOKEN_PRINCIPAL_PREFIX) === 0
    ? principal.substring(TOKEN_PRINCIPAL_PREFIX.length)
    : undefined;
}

/** Why `principal` (a user name, or `token:` and a name of the same rule) cannot be one. */
function principalProblem(principal: string): string | undefined {
  const token = tokenNameOf(principal);
  return userNameProblem(token === undefined ? principal : token);
}

/**
 * The message whose MAC under the session key is the credential version of a user the store
 * or configuration gives none (docs/design-sessions.md (b)): `cv`, the user and their stored
 * hashes, one per line. Both runtimes build it here (the Lambda@Edge handler's
 * `derivedVersion`, the CloudFront Function's `recordVersion`); nothing stores a version
 * derived from it (rotate writes the users secret's own `cv`), so it is computed afresh at
 * the edge and only the cookies carry it.
 */
export function derivedVersionMessage(user: string, hashes: readonly string[]): string {
  return `cv\n${user}\n${hashes.join('\n')}`;
}

/** The paths the edge answers itself for sign-in and sign-out. */
export const LOGIN_PATH = '/_login';
export const LOGOUT_PATH = '/_logout';

/**
 * base64url (no padding) of HMAC-SHA-256 of `message` under the session key `keyId`, or
 * undefined when the adapter knows no key of that id.
 */
export type SessionMac = (keyId: string, message: string) => string | undefined;
/** Constant-time equality of two strings (the adapter's `timingSafeEqual` or equivalent). */
export type SameText = (a: string, b: string) => boolean;

export interface Session {
  /** NFC, as the user was signed in. */
  readonly user: string;
  /** Epoch seconds. */
  readonly expires: number;
  /** The credential version the session was made with. */
  readonly version: string;
  readonly keyId: string;
}

export interface MintRequest {
  readonly user: string;
  readonly version: string;
  readonly keyId: string;
  /** Epoch seconds (a fraction is dropped). */
  readonly now: number;
  /** `session-lifetime` in seconds, 1 … MAX_SESSION_SECONDS. */
  readonly lifetime: number;
  /** The expiry of the credential the visitor signed in with, epoch seconds, if it has one. */
  readonly notAfter?: number | undefined;
}

/** Why a cookie did not make a session; for the audit line (never the cookie itself). */
export type SessionRefusal =
  'malformed' | 'unknown-key' | 'bad-mac' | 'expired' | 'too-far' | 'unknown-user' | 'revoked';

export type SessionCheck =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly reason: SessionRefusal };

export interface VerifyContext extends SignatureContext {
  /** The user's current credential version, undefined for a user the site does not have. */
  readonly versionOf: (user: string) => string | undefined;
}

const KEY_ID = /^[A-Za-z0-9]{1,16}$/;
const VERSION = /^[A-Za-z0-9_-]{1,22}$/;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE =
  /^s1\.([A-Za-z0-9]{1,16})\.([A-Za-z0-9_-]{1,400})\.([1-9][0-9]{0,10})\.([A-Za-z0-9_-]{1,22})\.([A-Za-z0-9_-]{43})$/;

/** The UTF-8 bytes of a string, undefined for one with a lone surrogate. */
function utf8Bytes(text: string): number[] | undefined {
  let escaped: string;
  try {
    escaped = encodeURIComponent(text);
  } catch {
    return undefined;
  }
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i += 1) {
    if (escaped.charAt(i) === '%') {
      bytes.push(parseInt(escaped.substring(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(escaped.charCodeAt(i));
  }
  return bytes;
}

/** base64url without padding (RFC 4648 §5). */
export function encodeBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    // `||`, not `??`: the same for bytes, and fewer bytes in the CloudFront Function (which
    // gets `??` lowered).
    const a = bytes[i] || 0;
    const b = bytes[i + 1] || 0;
    const c = bytes[i + 2] || 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64URL.charAt((n >> 18) & 63) + B64URL.charAt((n >> 12) & 63);
    if (i + 1 < bytes.length) out += B64URL.charAt((n >> 6) & 63);
    if (i + 2 < bytes.length) out += B64URL.charAt(n & 63);
  }
  return out;
}

/** The bytes of canonical unpadded base64url, or undefined (strict as `decodeBase64`). */
export function decodeBase64Url(text: string): number[] | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  let standard = text.replace(/-/g, '+').replace(/_/g, '/');
  while (standard.length % 4 !== 0) standard += '=';
  return decodeBase64(standard);
}

/** The part of the value the MAC covers. */
function signedPart(keyId: string, user: string, expires: number, version: string): string {
  return `s1.${keyId}.${user}.${String(expires)}.${version}`;
}

/**
 * The cookie value of a new session, or undefined when it cannot be made (a key the adapter
 * does not have, a malformed id, version or user, a lifetime outside 1 s … 30 d, a credential
 * that has already expired).
 */
export function mintSession(request: MintRequest, mac: SessionMac): string | undefined {
  const now = Math.floor(request.now);
  const lifetime = request.lifetime;
  if (!(lifetime >= 1 && lifetime <= MAX_SESSION_SECONDS) || Math.floor(lifetime) !== lifetime) {
    return undefined;
  }
  if (!KEY_ID.test(request.keyId) || !VERSION.test(request.version)) return undefined;
  if (principalProblem(request.user) !== undefined) return undefined;
  const bytes = utf8Bytes(request.user);
  if (bytes === undefined) return undefined;
  let expires = now + lifetime;
  if (request.notAfter !== undefined && request.notAfter < expires) {
    expires = Math.floor(request.notAfter);
  }
  if (!(expires > now)) return undefined;
  const user = encodeBase64Url(bytes);
  if (user.length > 400) return undefined;
  const signed = signedPart(request.keyId, user, expires, request.version);
  const tag = mac(request.keyId, signed);
  if (tag === undefined) return undefined;
  return `${signed}.${tag}`;
}

/** What `verifySignedSession` needs: the clock, the adapter's HMAC and comparison. */
export interface SignatureContext {
  /** Epoch seconds. */
  readonly now: number;
  readonly mac: SessionMac;
  readonly same: SameText;
}

/**
 * The session a cookie value proves by itself, before the user's current credential version
 * is known: shape, key id, MAC (constant time), expiry (`expires > now`, and at most
 * MAX_SESSION_SECONDS ahead, so a key that once signed a far expiry cannot be replayed for
 * years). The first half of `verifySession`, exported on its own for an adapter that reads the
 * user's version asynchronously (the CloudFront Function reads it from its KeyValueStore
 * record, by the user this returns); it then calls `sessionVersionCheck`.
 */
export function verifySignedSession(value: unknown, context: SignatureContext): SessionCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'malformed' };
  const m = VALUE.exec(value);
  if (m === null) return { ok: false, reason: 'malformed' };
  // String(): every group of VALUE matched (none is optional), and it costs the CloudFront
  // Function fewer bytes than `?? ''` compiled down to ES2017.
  const keyId = String(m[1]);
  const userPart = String(m[2]);
  const expires = Number(m[3]);
  const version = String(m[4]);
  const tag = String(m[5]);
  const bytes = decodeBase64Url(userPart);
  const user = bytes === undefined ? undefined : decodeUtf8(bytes);
  if (user === undefined || principalProblem(user) !== undefined) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = context.mac(keyId, signedPart(keyId, userPart, expires, version));
  if (expected === undefined) return { ok: false, reason: 'unknown-key' };
  if (!context.same(expected, tag)) return { ok: false, reason: 'bad-mac' };
  const now = Math.floor(context.now);
  if (!(expires > now)) return { ok: false, reason: 'expired' };
  if (expires - now > MAX_SESSION_SECONDS) return { ok: false, reason: 'too-far' };
  return { ok: true, session: { user, expires, version, keyId } };
}

/**
 * The second half of `verifySession`: a signed session counts only while the user exists
 * (`current` defined) and their credential version is still the one it was made with.
 */
export function sessionVersionCheck(
  check: SessionCheck,
  current: string | undefined,
): SessionCheck {
  if (!check.ok) return check;
  if (current === undefined) return { ok: false, reason: 'unknown-user' };
  if (current !== check.session.version) return { ok: false, reason: 'revoked' };
  return check;
}

/**
 * The session a cookie value proves, or why not. Checked in this order: shape, key id, MAC
 * (constant time), expiry (`verifySignedSession`), user, credential version
 * (`sessionVersionCheck`).
 */
export function verifySession(value: unknown, context: VerifyContext): SessionCheck {
  const signed = verifySignedSession(value, context);
  return sessionVersionCheck(
    signed,
    signed.ok ? context.versionOf(signed.session.user) : undefined,
  );
}

/**
 * The values of every cookie `name` in `Cookie` header values (one string, or the several
 * values Lambda@Edge lists), in order. RFC 6265 §5.4: pairs separated by `;`, optional
 * whitespace around them; a browser sends the more specific path first.
 */
export function cookieValues(header: unknown, name: string): string[] {
  const lines: string[] = [];
  if (typeof header === 'string') lines.push(header);
  else if (Array.isArray(header)) {
    for (let i = 0; i < header.length; i += 1) {
      const line: unknown = header[i];
      if (typeof line === 'string') lines.push(line);
    }
  }
  const values: string[] = [];
  for (let l = 0; l < lines.length; l += 1) {
    const pairs = (lines[l] ?? '').split(';');
    for (let p = 0; p < pairs.length; p += 1) {
      const pair = (pairs[p] ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq) === name) values.push(pair.substring(eq + 1));
    }
  }
  return values;
}

/**
 * The session of a request's `Cookie` header: the first `__Host-secure-dist` cookie that
 * verifies, else the refusal of the first one (`malformed` when there is none).
 */
export function sessionOfCookies(header: unknown, context: VerifyContext): SessionCheck {
  const values = cookieValues(header, SESSION_COOKIE);
  let first: SessionCheck = { ok: false, reason: 'malformed' };
  for (let i = 0; i < values.length && i < 4; i += 1) {
    const check = verifySession(values[i], context);
    if (check.ok) return check;
    if (i === 0) first = check;
  }
  return first;
}

/**
 * The attributes of the session cookie kept for `maxAge` seconds (0: sign-out), as a
 * `Set-Cookie` value has them after `name=value; ` (the CloudFront Functions runtime takes a
 * response cookie as its value and these `attributes` apart).
 */
export function sessionCookieAttributes(maxAge: number): string {
  return `Path=/; Max-Age=${String(Math.max(0, Math.floor(maxAge)))}; Secure; HttpOnly; SameSite=Lax`;
}

/** The `Set-Cookie` value that stores a session for `maxAge` seconds. */
export function sessionSetCookie(value: string, maxAge: number): string {
  return `${SESSION_COOKIE}=${value}; ${sessionCookieAttributes(maxAge)}`;
}

/**
 * The `Set-Cookie` value of sign-out: same name and attributes, empty, expired now
 * (`sessionCookieAttributes(0)` written out, edge-session.test.ts checks they agree: a call
 * here would stay in every function bundle, which cannot prove it pure).
 */
export const SESSION_CLEAR_COOKIE = `${SESSION_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`;

/** True when a target (raw or decoded once) is a path of this site, not of another host. */
function localPath(target: string): boolean {
  if (target.charAt(0) !== '/') return false;
  const second = target.charAt(1);
  if (second === '/' || second === '\\') return false;
  // Browsers read `\` as `/` in http(s) URLs and drop tab, CR and LF anywhere (WHATWG URL).
  if (target.indexOf('\\') !== -1 || hasControlCharacter(target)) return false;
  // String(): split always gives a first part; fewer bytes than `?? ''` lowered to ES2017.
  const path = String(target.split(/[?#]/)[0]);
  if (/(^|\/)\.\.?(\/|$)/.test(path)) return false;
  return path !== LOGIN_PATH && path !== LOGOUT_PATH;
}

/**
 * Where `/_login` may send the visitor after signing in: `target` when it is a path of this
 * site (exactly one leading `/`, no `\`, no control character, space or non-ASCII character,
 * no `.`/`..` segment, not `/_login` or `/_logout`, at most MAX_URI_BYTES), checked again after
 * one percent-decoding (`/%2F/evil`, `/%5Cevil`); `/` for anything else.
 */
export function safeRedirectTarget(target: unknown): string {
  if (typeof target !== 'string' || target === '' || utf8Length(target) > MAX_URI_BYTES) {
    return '/';
  }
  if (!/^[\x21-\x7e]+$/.test(target) || !localPath(target)) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return '/';
  }
  return localPath(decoded) ? target : '/';
}

/** What the cross-site checks read of a request (header values; absent = undefined). */
export interface RequestSite {
  readonly method: string;
  /** The `Host` header. */
  readonly host: unknown;
  readonly origin: unknown;
  readonly secFetchSite: unknown;
}

function lower(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/**
 * True for a POST this site's own page sent: `Sec-Fetch-Site: same-origin`, or, from a browser
 * that sends no `Sec-Fetch-Site`, an `Origin` of exactly `https://<host>`. `same-site` (a
 * sibling host), `cross-site`, `none`, `Origin: null` and a POST with neither header are
 * refused (Fetch Metadata: https://www.w3.org/TR/fetch-metadata/#sec-fetch-site-header; OWASP
 * CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers").
 */
export function sameOriginPost(request: RequestSite): boolean {
  if (request.method !== 'POST') return false;
  const site = lower(request.secFetchSite);
  if (site !== undefined) return site === 'same-origin';
  const origin = lower(request.origin);
  const host = lower(request.host);
  return origin !== undefined && host !== undefined && host !== '' && origin === `https://${host}`;
}

/**
 * True when `/_logout` may sign out now: a same-origin POST, or a GET the visitor made on this
 * site or typed (`Sec-Fetch-Site` `same-origin` or `none`). A cross-site GET (an `<img>` on
 * another site) is refused: it gets a page with a sign-out button instead.
 */
export function signOutAllowed(request: RequestSite): boolean {
  if (request.method === 'POST') return sameOriginPost(request);
  if (request.method !== 'GET') return false;
  const site = lower(request.secFetchSite);
  return site === 'same-origin' || site === 'none';
}
