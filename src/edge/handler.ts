/**
 * The Lambda@Edge function: HTTP Basic authentication (RFC 7617) on every viewer request, a
 * safe mapping of the URI to an S3 key, and, as the same function's origin-response trigger,
 * folder redirects and plain 404s for missing keys.
 *
 * This file is the Lambda@Edge ADAPTER around the auth core (src/edge/core/: pure modules a
 * second runtime, CloudFront Functions, can share): the core parses the `Authorization`
 * header and applies the credential rules (basic.ts), maps URIs to keys and decides what a
 * 403/404 from S3 becomes (uri.ts), and encodes paths canonically (encoding.ts, also used for
 * invalidation paths). This adapter keeps what needs `node:crypto` or Lambda@Edge's shapes:
 * scrypt verification, the constant-time comparison, the per-container cache, the events.
 *
 * It is the source of a separate bundle (scripts/build-edge.mjs: esbuild, CommonJS, minified,
 * `node:crypto` only). Lambda@Edge has no environment variables, so the configuration is the
 * free identifier `__SECURE_DIST_EDGE_CONFIG__`, left as it is by the bundler and replaced with
 * the JSON configuration by `renderEdgeCode` (config.ts).
 *
 * It never throws and never answers 5xx. It dispatches on `event.Records[0].cf.config.eventType`:
 *
 * ## `origin-response`
 *
 * CloudFront invokes origin-response functions for every origin response, 4xx included
 * ("Restrictions on all edge functions" › HTTP status codes:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html),
 * and only on cache misses. 2xx, 304 and every other status pass through untouched. A 403/404
 * from S3 for a URI whose last segment has no extension and no trailing `/` becomes a `302` to
 * the same path + `/` (query string kept); any other 403/404 a `404` with a plain-text body,
 * never S3's XML (CloudFront's CustomErrorResponses then swap in `/404.html` when the site has
 * one). Both carry `Cache-Control: private, no-cache` (for viewers; CloudFront caches them by
 * its cache policy until invalidated) and keep the read-only `Via` and `Transfer-Encoding`
 * headers (same page, "Read-only headers"; changing them fails validation with a 502).
 *
 * ## `viewer-request` (and anything else: an unknown event type must authenticate)
 *
 * Answers a request (to go on to the cache and the origin) or a generated response (400, 401
 * or 404, `Cache-Control: no-store`; CloudFront never caches those).
 *
 * - Credentials: parsed by the core (`parseBasic`): one header, `Basic <canonical base64>` of
 *   UTF-8 `user:password`, both NFC; an empty user or password, or a control character
 *   (U+0000–U+001F, U+007F) in either, is a 401 BEFORE any key derivation (HMAC zero-pads
 *   keys, so `pw\0` would otherwise verify as `pw`). Anything malformed: 401 with
 *   `WWW-Authenticate: Basic realm="…", charset="UTF-8"`.
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
 * - URI (only after authentication succeeded), by the core (`mapViewerUri`, see core/uri.ts):
 *   `/` ⇒ `/index.html`, `/dir/` ⇒ `/dir/index.html`, any other path is the key itself
 *   (`/files/LICENSE`); `.`/`..` segments, encoded `/` or `\`, control characters, bad
 *   escapes: 400; a key over S3's 1,024 bytes: 404. The forwarded URI is re-encoded
 *   canonically, so equivalent encodings share one cache entry and one invalidation path.
 *   The query string is left alone; the `Authorization` header is removed before the origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { EdgeConfig } from './config.js';
import { mapViewerUri, originResponseDecision, parseBasic } from './core/index.js';
import type {
  CloudFrontEvent,
  CloudFrontHeaders,
  CloudFrontRequest,
  CloudFrontResponse,
  CloudFrontResult,
  CloudFrontResultResponse,
} from './events.js';
import { HASH_BYTES, MAX_AUTHORIZATION_LENGTH, SALT_BYTES, deriveKey } from './shared.js';

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

/** Headers an origin-response function may read but not change or remove. */
const READ_ONLY_RESPONSE_HEADERS = ['transfer-encoding', 'via'];
const NO_STORE = 'no-store';
const PRIVATE_NO_CACHE = 'private, no-cache';

/** SHA-256 (base64) of a raw Authorization value ⇒ the entry it verified against. */
const cache = new Map<string, Entry>();

export async function handler(event: CloudFrontEvent): Promise<CloudFrontResult> {
  const cf: unknown = event?.Records?.[0]?.cf;
  if (isOriginResponse(cf)) return originResponse(cf.request, cf.response);
  return viewerRequest(event?.Records?.[0]?.cf?.request);
}

function isOriginResponse(
  cf: unknown,
): cf is { request: CloudFrontRequest | undefined; response: CloudFrontResponse | undefined } {
  if (typeof cf !== 'object' || cf === null || !('config' in cf)) return false;
  const config: unknown = cf.config;
  return (
    typeof config === 'object' &&
    config !== null &&
    'eventType' in config &&
    config.eventType === 'origin-response'
  );
}

function viewerRequest(request: CloudFrontRequest | undefined): CloudFrontResult {
  let ok: boolean;
  try {
    ok = authorized(request, Date.now());
  } catch {
    ok = false;
  }
  if (!request || !ok) {
    return respond(401, 'Unauthorized', NO_STORE, {
      'www-authenticate': [{ key: 'WWW-Authenticate', value: CHALLENGE }],
    });
  }
  try {
    const uri = mapViewerUri(request.uri);
    if (uri === 404) return respond(404, 'Not Found', NO_STORE);
    if (uri === 400) return respond(400, 'Bad Request', NO_STORE);
    delete request.headers.authorization;
    request.uri = uri;
    return request;
  } catch {
    return respond(400, 'Bad Request', NO_STORE);
  }
}

function originResponse(
  request: CloudFrontRequest | undefined,
  response: CloudFrontResponse | undefined,
): CloudFrontResult {
  try {
    if (typeof response !== 'object' || response === null) {
      return respond(404, 'Not Found', PRIVATE_NO_CACHE);
    }
    const decision = originResponseDecision(response.status, request?.uri, request?.querystring);
    if (decision.kind === 'pass') return response;
    const kept: CloudFrontHeaders = {};
    for (const name of READ_ONLY_RESPONSE_HEADERS) {
      const values = response.headers?.[name];
      if (values !== undefined) kept[name] = values;
    }
    if (decision.kind === 'redirect') {
      return respond(302, 'Found', PRIVATE_NO_CACHE, {
        ...kept,
        location: [{ key: 'Location', value: decision.location }],
      });
    }
    return respond(404, 'Not Found', PRIVATE_NO_CACHE, kept);
  } catch {
    return respond(404, 'Not Found', PRIVATE_NO_CACHE);
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
  const entry = verify(credentials.user, credentials.password, now);
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

function respond(
  status: number,
  description: string,
  cacheControl: string,
  headers: CloudFrontHeaders = {},
): CloudFrontResultResponse {
  return {
    status: String(status),
    statusDescription: description,
    headers: {
      ...headers,
      'cache-control': [{ key: 'Cache-Control', value: cacheControl }],
      'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
    },
    body: `${status} ${description}\n`,
  };
}
