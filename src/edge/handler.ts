/**
 * The Lambda@Edge viewer-request function: HTTP Basic authentication (RFC 7617) on every
 * request, then a safe mapping of the URI to an S3 key.
 *
 * This file is the source of a separate bundle (scripts/build-edge.mjs: esbuild, CommonJS,
 * minified, `node:crypto` only). Lambda@Edge has no environment variables, so the
 * configuration is the free identifier `__SECURE_DIST_EDGE_CONFIG__`, left as it is by the
 * bundler and replaced with the JSON configuration by `renderEdgeCode` (config.ts).
 *
 * It never throws and never answers 5xx: whatever it is sent, it returns the request (to go on
 * to the origin) or a generated response (400, 401 or 404, `Cache-Control: no-store`).
 *
 * ## Authentication
 *
 * - One `Authorization` header, at most `MAX_AUTHORIZATION_LENGTH` characters, of the form
 *   `Basic <base64>`: the scheme in any case, one or more spaces or tabs before the token,
 *   canonical padded base64 (RFC 4648 §4) of UTF-8 `user:password`. The user is everything
 *   before the first colon, the password the rest (it may contain colons); both are
 *   NFC-normalised. Anything else — missing, repeated, oversized, bad base64, invalid UTF-8,
 *   no colon, empty user — is a 401 with `WWW-Authenticate: Basic realm="…", charset="UTF-8"`.
 * - Verification: scrypt (shared.ts) of the presented password with the user's salt, compared
 *   with `crypto.timingSafeEqual` against every entry of the user — the loop never stops at
 *   the first match or mismatch. An unknown user is verified against a dummy entry (a fixed
 *   salt, a hash that is never accepted), so it costs one KDF, like a known user. Entries
 *   of one user share their salt (derived from scope and user), so one KDF a request.
 * - Rotation: an entry with `expires` (epoch seconds) authenticates while
 *   `Date.now() < expires * 1000`. A user may have several entries (old and new password)
 *   during the grace period.
 * - Cache: at most `CACHE_MAX` verified credentials per container, keyed by SHA-256 of the
 *   raw header value, each remembering the entry that verified (and so its expiry, checked
 *   on every hit). Failures are never cached. The oldest entry is evicted first.
 *
 * ## URI mapping (only after authentication succeeded)
 *
 * The URI is split on `/`; every segment is percent-decoded (strict UTF-8) and checked, and
 * the segments are passed on as they were sent (their encoding is kept):
 * - longer than `MAX_URI_BYTES`, not starting with `/`, or not a string: 400;
 * - a segment that does not decode (bad `%` escape, invalid UTF-8, e.g. `%c0%ae`): 400;
 * - a segment that decodes to `.` or `..` (also `%2e%2e`, `.%2E`), or that contains, once
 *   decoded, `/` (`%2f`), `\` (or `%5c`), NUL or another control character: 400 — browsers
 *   never send these, so only crafted requests get here, and no guess is made;
 * - empty segments (`//`) are dropped: `/a//b.css` ⇒ `/a/b.css`;
 * - a URI ending in `/`, or whose last segment has no extension (no `.` other than a first
 *   or last character), gets `index.html`: `/` ⇒ `/index.html`, `/docs` and `/docs/` ⇒
 *   `/docs/index.html`; `/.well-known` ⇒ `/.well-known/index.html`;
 * - a decoded key longer than `MAX_KEY_BYTES` (S3's limit): 404, as no such object can exist.
 * The query string is left alone; the `Authorization` header is removed before the origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { EdgeConfig } from './config.js';
import type {
  CloudFrontHeaders,
  CloudFrontRequest,
  CloudFrontRequestEvent,
  CloudFrontRequestResult,
  CloudFrontResultResponse,
} from './events.js';
import {
  HASH_BYTES,
  MAX_AUTHORIZATION_LENGTH,
  MAX_KEY_BYTES,
  MAX_URI_BYTES,
  SALT_BYTES,
  deriveKey,
} from './shared.js';

/** Replaced by the JSON configuration when the code is rendered (see renderEdgeCode). */
declare const __SECURE_DIST_EDGE_CONFIG__: EdgeConfig;
const CONFIG: EdgeConfig = __SECURE_DIST_EDGE_CONFIG__;

/** Most verified credentials remembered by one container. */
const CACHE_MAX = 100;

interface Entry {
  readonly salt: Buffer;
  readonly hash: Buffer;
  /** Epoch milliseconds from which the entry no longer authenticates. */
  readonly expiresAt: number;
}

/** Entries by NFC user name. Malformed entries are skipped: they can only fail closed. */
const ENTRIES = new Map<string, Entry[]>();
for (const u of Array.isArray(CONFIG.users) ? CONFIG.users : []) {
  if (typeof u.user !== 'string' || typeof u.salt !== 'string' || typeof u.hash !== 'string') {
    continue;
  }
  const salt = Buffer.from(u.salt, 'base64url');
  const hash = Buffer.from(u.hash, 'base64url');
  if (salt.length !== SALT_BYTES || hash.length !== HASH_BYTES) continue;
  const expiresAt = typeof u.expires === 'number' ? u.expires * 1000 : Infinity;
  const user = u.user.normalize('NFC');
  const list = ENTRIES.get(user) ?? [];
  list.push({ salt, hash, expiresAt });
  ENTRIES.set(user, list);
}

/** What an unknown user is verified against: same cost, never accepted (already expired). */
const DUMMY: Entry[] = [
  { salt: Buffer.alloc(SALT_BYTES), hash: Buffer.alloc(HASH_BYTES), expiresAt: -Infinity },
];

const REALM = (typeof CONFIG.realm === 'string' ? CONFIG.realm : 'Restricted').replace(
  /[^\x20-\x7e]|["\\]/g,
  '',
);
const CHALLENGE = `Basic realm="${REALM}", charset="UTF-8"`;

const BASIC = /^[ \t]*basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[\u0000-\u001f\u007f\\/]/;

/** SHA-256 (base64) of a raw Authorization value ⇒ the entry it verified against. */
const cache = new Map<string, Entry>();

export async function handler(event: CloudFrontRequestEvent): Promise<CloudFrontRequestResult> {
  const request = event?.Records?.[0]?.cf?.request;
  let ok: boolean;
  try {
    ok = authorized(request, Date.now());
  } catch {
    ok = false;
  }
  if (!request || !ok) {
    return respond(401, 'Unauthorized', {
      'www-authenticate': [{ key: 'WWW-Authenticate', value: CHALLENGE }],
    });
  }
  try {
    const uri = mapUri(request.uri);
    if (uri === 404) return respond(404, 'Not Found');
    if (typeof uri !== 'string') return respond(400, 'Bad Request');
    delete request.headers.authorization;
    request.uri = uri;
    return request;
  } catch {
    return respond(400, 'Bad Request');
  }
}

function authorized(request: CloudFrontRequest | undefined, now: number): boolean {
  const values = request?.headers?.authorization;
  if (!Array.isArray(values) || values.length !== 1) return false;
  const value = values[0]?.value;
  if (typeof value !== 'string' || value.length > MAX_AUTHORIZATION_LENGTH) return false;

  const key = createHash('sha256').update(value).digest('base64');
  const hit = cache.get(key);
  if (hit) {
    if (now < hit.expiresAt) return true;
    cache.delete(key);
  }
  const credentials = parseBasic(value);
  if (!credentials) return false;
  const entry = verify(credentials[0], credentials[1], now);
  if (!entry) return false;
  if (cache.size >= CACHE_MAX) {
    for (const oldest of cache.keys()) {
      cache.delete(oldest);
      break;
    }
  }
  cache.set(key, entry);
  return true;
}

/** `[user, password]`, both NFC, or undefined for anything that is not well-formed Basic. */
function parseBasic(value: string): [string, string] | undefined {
  const token = BASIC.exec(value)?.[1];
  if (token === undefined || token.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(token, 'base64');
  if (bytes.toString('base64') !== token) return undefined;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  if (colon < 1) return undefined;
  return [text.slice(0, colon).normalize('NFC'), text.slice(colon + 1).normalize('NFC')];
}

/**
 * The entry that accepts this user and password now, or undefined. Always one KDF per distinct
 * salt of the user's entries (one for a dummy), and one constant-time comparison per entry.
 */
function verify(user: string, password: string, now: number): Entry | undefined {
  const known = ENTRIES.get(user);
  let found: Entry | undefined;
  let salt: Buffer | undefined;
  let derived: Buffer = Buffer.alloc(HASH_BYTES);
  for (const entry of known ?? DUMMY) {
    if (!salt || !salt.equals(entry.salt)) {
      salt = entry.salt;
      derived = deriveKey(user, password, salt);
    }
    const same = timingSafeEqual(derived, entry.hash);
    if (same && known && now < entry.expiresAt && !found) found = entry;
  }
  return found;
}

/** The URI to forward, or the status to answer (see the module comment). */
function mapUri(uri: unknown): string | 400 | 404 {
  if (typeof uri !== 'string' || uri.length > MAX_URI_BYTES || !uri.startsWith('/')) return 400;
  if (Buffer.byteLength(uri) > MAX_URI_BYTES) return 400;
  const kept: string[] = [];
  let last = '';
  let keyBytes = -1;
  for (const segment of uri.split('/')) {
    if (segment === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    if (decoded === '.' || decoded === '..' || UNSAFE_SEGMENT.test(decoded)) return 400;
    kept.push(segment);
    last = decoded;
    keyBytes += Buffer.byteLength(decoded) + 1;
  }
  const dot = last.lastIndexOf('.');
  if (uri.endsWith('/') || dot < 1 || dot === last.length - 1) {
    kept.push('index.html');
    keyBytes += 11;
  }
  if (keyBytes > MAX_KEY_BYTES) return 404;
  return `/${kept.join('/')}`;
}

function respond(
  status: number,
  description: string,
  headers: CloudFrontHeaders = {},
): CloudFrontResultResponse {
  return {
    status: String(status),
    statusDescription: description,
    headers: {
      ...headers,
      'cache-control': [{ key: 'Cache-Control', value: 'no-store' }],
      'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
    },
    body: `${status} ${description}\n`,
  };
}
