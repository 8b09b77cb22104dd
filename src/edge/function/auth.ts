/**
 * Who a CloudFront Functions request is (runtime `cloudfront-js-2.0`, `edge: function`): the
 * proofs the functions of the runtime accept — HTTP Basic credentials checked against the
 * site's KeyValueStore with the pepper, the `__Host-secure-dist` session cookie (issue 23
 * item 1), an automation token (item 3: `tokenUser`, its record `t:<version>` in the store,
 * format.ts; a session of `token:<name>` is checked against that record) — and the session
 * key and MAC. Shared by the viewer-request function (handler.ts:
 * Basic or cookie on every request) and the login function (login.ts: Basic on `/_login`,
 * then it mints the cookie), so the two never check a password or a cookie differently.
 *
 * - Basic: `parseBasic` of the core, exactly one `Authorization` header; one
 *   `kvs.get('u:' + user, { format: 'json' })`; a missing key, a read error or a value that is
 *   not the format (format.ts) is an unknown user, verified against a dummy record so it costs
 *   the same one HMAC. `HMAC-SHA-256(pepper, message)` in base64url is compared with EVERY
 *   stored hash of the user by a constant-time loop (the runtime's `crypto` has `createHash`
 *   and `createHmac` only); a hash with `e` counts while `Date.now() < e * 1000`. The runtime
 *   documents no `String.prototype.normalize`: where it is missing the credentials are taken
 *   as sent (fails closed).
 * - Session key: `HMAC-SHA-256(pepper, sessionKeyMessage(keyId))` (core/session.ts), taken as
 *   its base64url text (the runtime's `createHmac` takes a string key), computed once per
 *   function load — no secret besides the pepper (docs/design-sessions.md (a)). The MAC of a
 *   cookie is `HMAC-SHA-256(sessionKey, message)` in base64url; a key id other than the
 *   configured one has no key (rotation ends every session).
 * - Session: `verifySignedSession` of the core (shape, key id, MAC, expiry), then the user's
 *   record is read from the store and `sessionVersionCheck` compares the cookie's version
 *   with the record's (`recordVersion`). The first `__Host-secure-dist` cookie only (CloudFront
 *   gives the first of several in `value`): a browser sends one, the `__Host-` prefix keeps a
 *   sibling host from planting another.
 */
import { MAX_AUTHORIZATION_LENGTH, parseBasic } from '../core/index.js';
import {
  SESSION_COOKIE,
  derivedVersionMessage,
  sessionKeyMessage,
  sessionVersionCheck,
  tokenNameOf,
  verifySignedSession,
  type SessionMac,
} from '../core/session.js';
import { TOKEN_SHAPE, tokenPrincipal, tokenSessionVersion } from '../core/token.js';
import type { FunctionRequest, FunctionValue } from './events.js';
import {
  HASH_CHARS,
  hmacMessage,
  parseStoredToken,
  parseStoredUser,
  reviewerKey,
  tokenKey,
  tokenMessage,
  userKey,
  type StoredToken,
  type StoredUser,
} from './format.js';

/** The runtime's `cloudfront` module, as far as these functions use it. */
interface CloudFrontModule {
  kvs(): {
    get(key: string, options: { format: 'json' }): Promise<unknown>;
    exists(key: string): Promise<boolean>;
  };
}

/** The runtime's `crypto` module, as far as these functions use it. */
interface CryptoModule {
  createHmac(
    algorithm: 'sha256',
    key: string,
  ): { update(data: string): { digest(encoding: 'base64url'): string } };
}

/** `import cf from 'cloudfront'` (the build puts it first in the bundle). */
declare const cf: CloudFrontModule;
/** `var cfCrypto = require('crypto')` (the build puts it first in the bundle). */
declare const cfCrypto: CryptoModule;

/** Who a request authenticates as: a user (the NFC name and their record) or a token. */
export type SignedIn = UserSignedIn | TokenSignedIn;

export interface UserSignedIn {
  readonly user: string;
  readonly record: StoredUser;
  /** Basic: the expiry (epoch seconds) of the password that matched, if it has one. */
  readonly notAfter?: number | undefined;
}

/** An automation token (issue 23 item 3): `token:<name>`, its record and session version. */
export interface TokenSignedIn {
  readonly user: string;
  readonly record: StoredToken;
  readonly notAfter?: number | undefined;
  /** The version its sessions carry (core/token.ts `tokenSessionVersion`). */
  readonly version: string;
}

/** What an unknown user is verified against: same cost, never accepted. */
const DUMMY: StoredUser = { v: 1, s: 'AAAAAAAAAAAAAAAAAAAAAA', p: [{ h: '!', e: 0 }] };

/** NFC where the runtime has it; otherwise as sent (see above: fails closed). */
const normalize =
  typeof ''.normalize === 'function'
    ? (text: string): string => text.normalize('NFC')
    : (text: string): string => text;

/** base64url HMAC-SHA-256 of `message` under the text `key`. */
export function hmac(key: string, message: string): string {
  return cfCrypto.createHmac('sha256', key).update(message).digest('base64url');
}

/** The record under `key` in the store, undefined when missing, unreadable or not the format. */
async function stored<T>(
  key: string,
  parse: (raw: unknown) => T | undefined,
): Promise<T | undefined> {
  try {
    const raw = await cf.kvs().get(key, { format: 'json' });
    return parse(raw);
  } catch {
    return undefined;
  }
}

/** The user's record in the store (see `stored`). */
function storedUser(user: string): Promise<StoredUser | undefined> {
  return stored(userKey(user), parseStoredUser);
}

/** The user the request's Basic credentials authenticate, or undefined. */
export async function basicUser(
  request: FunctionRequest,
  pepper: string,
): Promise<UserSignedIn | undefined> {
  const header = request.headers.authorization;
  if (header === undefined || (header.multiValue !== undefined && header.multiValue.length > 1)) {
    return undefined;
  }
  const value = header.value;
  if (typeof value !== 'string' || value.length > MAX_AUTHORIZATION_LENGTH) return undefined;
  const credentials = parseBasic(value, normalize);
  if (credentials === undefined) return undefined;
  const stored = await storedUser(credentials.user);
  const record = stored === undefined ? DUMMY : stored;
  const digest = hmac(pepper, hmacMessage(record.s, credentials.user, credentials.password));
  const now = Date.now();
  let found: UserSignedIn | undefined;
  for (let i = 0; i < record.p.length; i += 1) {
    const entry = record.p[i];
    if (entry === undefined) continue;
    const same = constantTimeEqual(digest, entry.h);
    if (same && (entry.e === undefined || now < entry.e * 1000)) {
      found = { user: credentials.user, record, notAfter: entry.e };
    }
  }
  return stored === undefined ? undefined : found;
}

/**
 * True when both are the same `HASH_CHARS`-character string (a stored hash, or a session
 * MAC: both are 32-byte HMAC-SHA-256 in base64url). Looks at every character of both,
 * whatever differs where, so the time taken tells nothing about how much of a guess matched.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ HASH_CHARS;
  diff |= b.length ^ HASH_CHARS;
  for (let i = 0; i < HASH_CHARS; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The session MAC of the site's current key id (no key for any other id). */
export function sessionMac(pepper: string, keyId: string): SessionMac {
  const key = hmac(pepper, sessionKeyMessage(keyId));
  return (id, message) => (id === keyId ? hmac(key, message) : undefined);
}

/**
 * The user's credential version: the record's `c`, or — for a record written without one —
 * derived under the session key from the user and their stored hashes (docs/design-sessions.md
 * (b)), so a changed password still changes it; keyed, so a cookie says nothing about the
 * hashes. 16 characters.
 */
export function recordVersion(signedIn: UserSignedIn, mac: SessionMac, keyId: string): string {
  const record = signedIn.record;
  if (record.c !== undefined) return record.c;
  const hashes = record.p.map((p) => p.h);
  // `mac` knows `keyId` (sessionMac): never undefined here.
  return String(mac(keyId, derivedVersionMessage(signedIn.user, hashes))).substring(0, 16);
}

/**
 * The automation token a request presents in `X-Secure-Dist-Token` or `?secure-dist-token=`
 * (`presented`: the header or parameter, exactly one value), or undefined: a value not of
 * the token's shape is refused before any hash; else its digest under the pepper (format.ts
 * `tokenMessage`), one read of `t:<version>`, the whole digest compared in constant time,
 * the expiry (`now < e`, as for a password). A wrong, expired or removed token is undefined,
 * as a wrong password is.
 */
export async function tokenUser(
  presented: FunctionValue,
  pepper: string,
): Promise<TokenSignedIn | undefined> {
  const value = presented.value;
  if (presented.multiValue !== undefined && presented.multiValue.length > 1) return undefined;
  if (typeof value !== 'string' || !TOKEN_SHAPE.test(value)) return undefined;
  const digest = hmac(pepper, tokenMessage(value));
  const version = tokenSessionVersion(digest);
  const record = await stored(tokenKey(version), parseStoredToken);
  return record !== undefined && constantTimeEqual(digest, record.d)
    ? tokenSignedIn(record, version)
    : undefined;
}

/** A token's record as a principal, undefined once it has expired. */
function tokenSignedIn(record: StoredToken, version: string): TokenSignedIn | undefined {
  const e = record.e;
  return e === undefined || Date.now() < e * 1000
    ? { user: tokenPrincipal(record.n), record, notAfter: e, version }
    : undefined;
}

/**
 * True when `user` may open previews (`previews.users`): the store holds their `r:` key
 * (format.ts). A read error is a no (fails closed).
 */
export async function mayPreview(user: string): Promise<boolean> {
  try {
    return await cf.kvs().exists(reviewerKey(user));
  } catch {
    return false;
  }
}

/** The user the request's session cookie proves, or undefined. */
export async function sessionUser(
  request: FunctionRequest,
  mac: SessionMac,
  keyId: string,
): Promise<SignedIn | undefined> {
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined) return undefined;
  const signed = verifySignedSession(cookie.value, {
    now: Date.now() / 1000,
    mac,
    same: constantTimeEqual,
  });
  if (!signed.ok) return undefined;
  // A token's session (`token:<name>`, made by the login function from `?secure-dist-token=`):
  // its record by the version the cookie carries, while it names the same token.
  const token = tokenNameOf(signed.session.user);
  if (token !== undefined) {
    const version = signed.session.version;
    const found = await stored(tokenKey(version), parseStoredToken);
    return found !== undefined && found.n === token ? tokenSignedIn(found, version) : undefined;
  }
  const record = await storedUser(signed.session.user);
  // No record: `sessionVersionCheck`'s unknown user.
  if (record === undefined) return undefined;
  const signedIn = { user: signed.session.user, record };
  return sessionVersionCheck(signed, recordVersion(signedIn, mac, keyId)).ok ? signedIn : undefined;
}
