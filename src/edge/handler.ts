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
 * one). Both carry `Cache-Control: private, no-cache`: CloudFront serves them without the
 * viewer-response trigger (the origin answered 403/404), so they carry the viewer's value
 * themselves (with a `private` origin answer CloudFront may ask S3 again for each such request,
 * under the stricter reading of its docs: rare paths, see cloudformation/site.yaml "Caching"),
 * and keep the read-only `Via` and `Transfer-Encoding`
 * headers (same page, "Read-only headers"; changing them fails validation with a 502).
 *
 * ## `viewer-response`
 *
 * The third trigger of the same version: before any response from the cache or the origin
 * leaves CloudFront, Cache-Control becomes the viewer's value the sync stored with the object
 * (`x-amz-meta-viewer-cache-control`, core/cache-control.ts), always `private`, and that header
 * is dropped; objects are stored with a Cache-Control for CloudFront alone. CloudFront runs it on
 * cache hits too, and not when the origin answered 400 or more ("Restrictions on all edge
 * functions" › HTTP status codes) nor on responses the viewer-request trigger generated: those
 * carry their own `private` value. Never throws: a response it cannot read gets
 * `private, no-cache`. With share links, the response to a folder link also sets the link's
 * CloudFront signed cookies for that folder, `private, no-store` (core/share-cookies.ts).
 *
 * ## `viewer-request` (and anything else: an unknown event type must authenticate)
 *
 * Answers a request (to go on to the cache and the origin) or a generated response (400, 401,
 * 403 or 404, `Cache-Control: private, no-store`; CloudFront never caches those). For a browser
 * (an `Accept` naming `text/html`) such a response is a small page with its own
 * Content-Security-Policy (core/page.ts: the realm as title, the 403 names the user and links
 * home); for every other client the body stays the plain `<status> <description>`. The 401
 * keeps its `WWW-Authenticate` either way. The origin-response 404 above stays plain text: it
 * is made on a cache miss for whoever asked first and may be kept under the URI alone (the
 * cache key has no `Accept`), and the origin request carries only the headers the cache policy
 * names ("Each request that CloudFront sends to the origin includes ... All HTTP headers,
 * cookies, and URL query strings that are specified in the cache policy or the origin request
 * policy", API Reference, CreateOriginRequestPolicy:
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateOriginRequestPolicy.html),
 * so it could not tell a browser anyway; a site's own `404.html` replaces it for everyone.
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
 * - Automation tokens (`automation-tokens`, core/token.ts), before Basic auth: a request with
 *   `X-Secure-Dist-Token` (or `?secure-dist-token=`) is decided by the token alone: let in as
 *   `token:<name>` (audit `user`) with the token's globs, or the same 401 as a wrong password.
 *   One HMAC-SHA-256 and a table lookup (no KDF: the values carry 256 random bits); the header
 *   and the query parameter never reach the origin. A token without `access` reads what the
 *   rules give `"*"` (everything without rules), as a user no rule names.
 * - Share links (`share-links`, core/share.ts): with the site's signed `/_share/*` behavior, a
 *   raw URI under `/_share/` is served without Basic auth and without access rules (CloudFront
 *   checked the link's signature and scope before this runs) as the key after the prefix; a
 *   malformed one is a 400, never a prompt.
 * - Access rules (input `access`, core/access.ts), only after both steps above: a key the
 *   user's globs do not match is a 403, whether it exists or not; `/` for a user who may not
 *   read `index.html` is their home page (200, `Cache-Control: private, no-store`). No rules:
 *   every user reads everything.
 * - Audit (input `audit-log`, core/audit.ts): with `audit: true` in the configuration, ONE
 *   JSON line per viewer-request decision goes to `console.log` (CloudWatch Logs), built by the
 *   core from what the request looked like BEFORE this function changed it: user (or
 *   `share:<key id>`), method, path without the query string, result, whether credentials were
 *   sent, client IP (no country: core/audit.ts says why), and the object key it forwarded or
 *   refused (`key`; `via: share` for a share link). Never a password or an
 *   `Authorization` value. The origin-response trigger writes none (one line per request). A
 *   failure to log never changes the answer.
 * - Previews (`previews` in the configuration, issue 25, core/preview.ts), after
 *   authentication (Basic, session, token, exactly as for the site): a request on a
 *   `pr-<n>.<domain>` host, or for a `/_previews/pr-<n>/` path, is a preview's; a user opens it
 *   when `previews.users` names them (or is `*`), a token when its globs (or the site's rules
 *   for a principal none names) match the key inside the preview; the site's access rules do
 *   not apply; the URI becomes `/_previews/pr-<n>/<key>` (the cache key, which `preview`
 *   invalidates). Any other host under the preview domain and any other `_previews` key is a
 *   404; without `previews` every `_previews` key is. At origin-response, a missing key of a
 *   preview gets a styled 404 page saying the preview does not exist (it expired, or was removed
 *   when its pull request closed), and a folder redirect there is relative (`./dir/`), right for
 *   both forms. A site with a root `404.html` maps origin 404s to it (site.yaml
 *   CustomErrorResponses), which then replaces that page too.
 * - Sign-in sessions (`login: form`, `session` in the configuration; core/session.ts, design
 *   in docs/design-sessions.md): a request without an `Authorization` header is authenticated by
 *   a valid `__Host-secure-dist` cookie, then treated exactly as that user's Basic request
 *   (access rules from the configuration per request, `credentials: session` in the audit
 *   line). The session key is HMAC-SHA-256(secret, `sessionKeyMessage(keyId)`), the secret
 *   being what CloudFormation put in `SESSION_SECRET_SLOT` (config.ts); without a usable secret
 *   no cookie verifies and none is made (fail closed; Basic still works). A user's credential
 *   version is the configuration's `cv`, else derived once per container under the session
 *   key from the user's stored hashes (`derivedVersion`). A browser navigation (`Accept` naming
 *   `text/html`) without credentials gets the sign-in page (401, no `WWW-Authenticate`); every
 *   other client keeps the challenge. `/_login` (GET: the page; POST: the form, read from the
 *   body CloudFront includes on that behavior, checked by `sameOriginPost`, verified by the
 *   same `verify` as Basic, so an unknown user costs the same KDF) and `/_logout` (clears the
 *   cookie when `signOutAllowed`, else a page with the button) are answered here; any other
 *   method there is a 405. Without `session` none of this is reachable: `login: basic` answers
 *   as before, byte for byte.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { EdgeConfig, EdgeSession } from './config.js';
import {
  FORM_PAGE_POLICY,
  SIGN_OUT_FORM,
  answerContent,
  renderFormPage,
  signInPage,
  type AccessRule,
  type Audience,
  PAGE_POLICY,
  PAGE_TYPE,
  SHARED,
  acceptsHtml,
  answerPage,
  VIEWER_CACHE_CONTROL_HEADER,
  VIEWER_FALLBACK_CACHE_CONTROL,
  auditLine,
  canonicalPath,
  contentPolicy,
  globsOf,
  homePage,
  isShareUri,
  keyOf,
  previewGoneContent,
  isPreviewKey,
  previewNumberOfPath,
  previewTarget,
  previewUserAllowed,
  renderPage,
  PAGE_STYLE,
  type PreviewSettings,
  mayRead,
  originResponseDecision,
  nfc,
  parseBasic,
  shareRequest,
  resultOf,
  sharePrincipal,
  viewerCacheControl,
} from './core/index.js';
import { shareCookies } from './core/share-cookies.js';
import {
  TOKEN_HEADER,
  TOKEN_PRINCIPAL_PREFIX,
  presentedToken,
  tokenDecision,
  tokenPrincipal,
  tokenSessionVersion,
  type TokenGrant,
  type TokenSessionContext,
} from './core/token.js';
import { bodyText, parseLoginForm } from './core/login-form.js';
import {
  LOGIN_PATH,
  LOGOUT_PATH,
  SESSION_CLEAR_COOKIE,
  derivedVersionMessage,
  mintSession,
  safeRedirectTarget,
  sameOriginPost,
  sessionKeyMessage,
  sessionOfCookies,
  sessionSetCookie,
  signOutAllowed,
  type RequestSite,
} from './core/session.js';
import type {
  CloudFrontEvent,
  CloudFrontHeaders,
  CloudFrontRequest,
  CloudFrontResponse,
  CloudFrontResult,
  CloudFrontResultResponse,
} from './events.js';
import {
  HASH_BYTES,
  MAX_AUTHORIZATION_LENGTH,
  SALT_BYTES,
  TOKEN_KEY_BYTES,
  deriveKey,
} from './shared.js';

/** The configuration as rendered: `session` also carries the secret filled into its slot. */
type RenderedConfig = Omit<EdgeConfig, 'session'> & {
  session?: EdgeSession & { secret?: unknown };
};
/** Replaced by the JSON configuration when the code is rendered (see renderEdgeCode). */
declare const __SECURE_DIST_EDGE_CONFIG__: RenderedConfig;
const CONFIG: RenderedConfig = __SECURE_DIST_EDGE_CONFIG__;

/** Most verified credentials remembered by one container. */
const CACHE_MAX = 100;

interface Entry {
  /** NFC user name (what the access rules name). */
  readonly user: string;
  readonly salt: Buffer;
  readonly hash: Buffer;
  /** Epoch milliseconds from which the entry no longer authenticates. */
  readonly expiresAt: number;
}

/** Entries by NFC user name. Malformed entries are skipped: they can only fail closed. */
const ENTRIES = new Map<string, Entry[]>();
/** The configuration's credential version of a user, and their stored hashes (sessions). */
const CONFIGURED_VERSIONS = new Map<string, string>();
const STORED_HASHES = new Map<string, string[]>();
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
  list.push({ user, salt, hash, expiresAt });
  ENTRIES.set(user, list);
  if (typeof u.cv === 'string') CONFIGURED_VERSIONS.set(user, u.cv);
  STORED_HASHES.set(user, [...(STORED_HASHES.get(user) ?? []), u.hash]);
}

/** What an unknown user is verified against: same cost, never accepted (already expired). */
const DUMMY: Entry[] = [
  {
    user: '',
    salt: Buffer.alloc(SALT_BYTES),
    hash: Buffer.alloc(HASH_BYTES),
    expiresAt: -Infinity,
  },
];

const REALM = (typeof CONFIG.realm === 'string' ? CONFIG.realm : 'Restricted').replace(
  /[^\x20-\x7e]|["\\]/g,
  '',
);
const CHALLENGE = `Basic realm="${REALM}", charset="UTF-8"`;

/**
 * Share links (core/share.ts): only when the site stack has the signed `/_share/*` behavior.
 * Without it a `/_share/` URI is an ordinary path behind Basic auth.
 */
const SHARE = CONFIG.share === true;

/**
 * Access rules (input `access`, core/access.ts); none = every user reads everything. Compiled
 * per user once per container: the globs (as segments) each user may read, and their source
 * text for the home page.
 *
 * Caching does not weaken them. CloudFront caches by URI only, and this viewer-request trigger
 * runs on EVERY request, "before it checks to see whether the requested object is in the
 * CloudFront cache" (CloudFront Developer Guide, "CloudFront events that can trigger a
 * Lambda@Edge function":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-cloudfront-trigger-events.html),
 * so an object cached for one user is still only served to a user this function let through.
 * The 403 and the home page are generated here and never cached (same guide, "Generate HTTP
 * responses in request triggers").
 */
const RAW_RULES: unknown[] = Array.isArray(CONFIG.access) ? CONFIG.access : [];
/** Any rule at all restricts; a malformed rule (never rendered) is skipped: it fails closed. */
const RESTRICTED = RAW_RULES.length > 0;
const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const RULES = RAW_RULES.filter(
  (r): r is AccessRule =>
    typeof r === 'object' &&
    r !== null &&
    'users' in r &&
    'globs' in r &&
    strings(r.users) &&
    strings(r.globs),
);
const GLOBS = new Map<string, string[][]>();
const SOURCES = new Map<string, string[]>();
for (const user of ENTRIES.keys()) {
  GLOBS.set(user, globsOf(RULES, user));
  const sources: string[] = [];
  for (const rule of RULES) {
    if (rule.users.includes(user) || rule.users.includes('*')) sources.push(...rule.globs);
  }
  SOURCES.set(user, sources);
}

/**
 * Automation tokens (`automation-tokens`, core/token.ts): keyed digest ⇒ the token's name, its
 * globs compiled (undefined: everything) and their source text, expiry. A token with its own
 * `access` reads those globs; one without follows the site's rules as a user no rule names
 * does (only `"*"` rules, or everything when the site has none): a token never reads more
 * than its globs or the rules give, and its principal `token:<name>` can never be a user's.
 */
interface TokenEntry extends TokenGrant {
  readonly read: string[][] | undefined;
  readonly sources: string[];
}
const TOKEN_KEY = Buffer.from(
  typeof CONFIG.tokens?.key === 'string' ? CONFIG.tokens.key : '',
  'base64url',
);
/** The digest of a presented value: HMAC-SHA-256 with the pads made once (see `hmacSha256`). */
const TOKEN_MAC = hmacSha256(TOKEN_KEY);
const TOKENS = new Map<string, TokenEntry>();
if (TOKEN_KEY.length === TOKEN_KEY_BYTES) {
  const byDigest: unknown = CONFIG.tokens?.byDigest;
  for (const [digest, t] of Object.entries(
    typeof byDigest === 'object' && byDigest ? byDigest : {},
  )) {
    if (typeof t !== 'object' || t === null || !('name' in t) || typeof t.name !== 'string')
      continue;
    const globs: unknown = 'globs' in t ? t.globs : undefined;
    const own = strings(globs) ? globs : undefined;
    const expires = 'expires' in t && typeof t.expires === 'number' ? t.expires : undefined;
    // A malformed `globs` (never rendered) reads nothing: it fails closed.
    const read =
      globs !== undefined && own === undefined
        ? []
        : own !== undefined
          ? globsOf([{ users: ['*'], globs: own }], '*')
          : RESTRICTED
            ? globsOf(RULES, tokenPrincipal(t.name))
            : undefined;
    const sources = own ?? RULES.filter((r) => r.users.includes('*')).flatMap((r) => r.globs);
    TOKENS.set(digest, { name: t.name, expires, read, sources });
  }
}

/**
 * `previews` (issue 25, core/preview.ts): the preview domain and who may open previews;
 * undefined without previews (then every `_previews/` key is a 404).
 */
const PREVIEWS: (PreviewSettings & { users?: unknown }) | undefined =
  typeof CONFIG.previews === 'object' && CONFIG.previews !== null ? CONFIG.previews : undefined;

/** `audit-log`: one audit line per viewer-request decision (core/audit.ts). */
const AUDIT = CONFIG.audit === true;
/** `trusted-pages`: no sandbox for published files (core/content-policy.ts). */
const TRUSTED_PAGES = CONFIG.trustedPages === true;

/**
 * `login: form`: the session settings, and the session key (undefined when the secret is not a
 * usable one: then no cookie verifies and none is made, Basic auth still works).
 */
const SESSION = sessionSettings(CONFIG.session);
/** Each user's current credential version (configured, else derived: `derivedVersion`). */
const VERSIONS = new Map<string, string>();
if (SESSION?.mac) {
  for (const user of ENTRIES.keys()) {
    VERSIONS.set(
      user,
      CONFIGURED_VERSIONS.get(user) ??
        derivedVersion(SESSION.mac, user, STORED_HASHES.get(user) ?? []),
    );
  }
}

/**
 * Sessions of automation tokens (`?secure-dist-token=` on a first navigation, core/token.ts
 * `tokenRedirect`): `token:<name>` ⇒ the token and the version its sessions carry (derived from
 * its digest, so a regenerated value ends them). While `rotate` regenerates a token its name
 * has two digests for the minutes between the two deploys; the later digest's version counts,
 * so a session made from the other value may end then (the token itself keeps working).
 */
const TOKEN_SESSIONS = new Map<string, { readonly entry: TokenEntry; readonly version: string }>();
for (const digest of [...TOKENS.keys()].sort()) {
  const entry = TOKENS.get(digest);
  if (entry !== undefined) {
    TOKEN_SESSIONS.set(tokenPrincipal(entry.name), { entry, version: tokenSessionVersion(digest) });
  }
}
/** Minting a token's session: only with `login: form` and a usable session key. */
const TOKEN_SESSION: TokenSessionContext | undefined =
  SESSION?.mac === undefined
    ? undefined
    : { mac: sessionMac, keyId: SESSION.keyId, lifetime: SESSION.lifetime };

interface SessionSettings {
  readonly lifetime: number;
  readonly keyId: string;
  /** HMAC-SHA-256 under the session key; undefined without a usable secret. */
  readonly mac: ((message: string) => Buffer) | undefined;
}

function sessionSettings(raw: RenderedConfig['session']): SessionSettings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const lifetime = typeof raw.lifetime === 'number' ? raw.lifetime : 0;
  const keyId = typeof raw.keyId === 'string' ? raw.keyId : '';
  const secret = raw.secret;
  // The slot holds a Secrets Manager value of letters and digits; anything else (an unresolved
  // slot, an empty string) gives no key.
  const mac =
    typeof secret === 'string' && /^[A-Za-z0-9]{32,128}$/.test(secret)
      ? hmacSha256(createHmac('sha256', secret).update(sessionKeyMessage(keyId)).digest())
      : undefined;
  return { lifetime, keyId, mac };
}

/**
 * HMAC-SHA-256 (RFC 2104: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), https://www.rfc-editor.org/rfc/rfc2104)
 * under a key fixed for the container, its padded blocks made once. Not `createHmac` per
 * request: on Node.js 24 (the runtime, config.ts EDGE_RUNTIME) one `createHmac` call cost
 * ~15–18 µs here against ~3 µs for these two SHA-256 hashes (~3.5 µs for `createHmac` on
 * Node.js 20), the cost being in setting up OpenSSL 3's MAC for each call (nodejs/node#63942
 * moved HMAC to OpenSSL 3's EVP_MAC and measured its construction; the figures are this
 * machine's, `node scripts/bench-edge.mjs --session`). __tests__/edge-login.test.ts checks the
 * cookies' MACs and derived versions against `createHmac`.
 */
function hmacSha256(key: Buffer): (message: string) => Buffer {
  const block = Buffer.alloc(64);
  (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
  const inner = Buffer.from(block.map((b) => b ^ 0x36));
  const outer = Buffer.from(block.map((b) => b ^ 0x5c));
  return (message) =>
    createHash('sha256')
      .update(outer)
      .update(createHash('sha256').update(inner).update(message).digest())
      .digest();
}

/**
 * The credential version of a user the configuration gives none (`basic-auth-users`: no store,
 * no `rotate`), docs/design-sessions.md (b): base64url of HMAC-SHA-256 under the session key of
 * `cv`, the user and their stored hashes (one per line, in the configuration's order), cut to
 * 16 characters. A changed password is a changed hash (the salts do not depend on it), so a new
 * version; keyed, so a cookie's version says nothing about the hashes.
 */
function derivedVersion(
  mac: (message: string) => Buffer,
  user: string,
  hashes: readonly string[],
): string {
  return mac(derivedVersionMessage(user, hashes)).toString('base64url').slice(0, 16);
}

/** The session MAC (core/session.ts `SessionMac`): only the configured key id has a key. */
function sessionMac(keyId: string, message: string): string | undefined {
  if (!SESSION?.mac || keyId !== SESSION.keyId) return undefined;
  return SESSION.mac(message).toString('base64url');
}

/** Constant-time equality of two MACs (core/session.ts `SameText`). */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
/**
 * Who the request being decided is, for its audit line: set by `viewerRequest` once a user is
 * authenticated. A share-link grant (`shared`, core/share.ts) sets `sharePrincipal(grant.keyId)`.
 * The handler is synchronous between reset and read, so requests never mix.
 */
let principal: string | undefined;
/** The object key the request being decided was forwarded to or refused (core/audit.ts `key`). */
let decidedKey: string | undefined;
/** `share` when the request being decided came through a share link. */
let via: 'share' | undefined;
/**
 * What the audit line says of the credentials when not just whether an Authorization header
 * was sent: `session` for a request a session cookie authenticated, true for a sign-in form
 * that held a user and a password.
 */
let sentCredentials: boolean | 'session' | undefined;

/** Headers an origin-response function may read but not change or remove. */
const READ_ONLY_RESPONSE_HEADERS = ['transfer-encoding', 'via'];
/** Every generated answer is `private` too: nothing a viewer gets may let a shared cache keep it. */
const NO_STORE = 'private, no-store';
const PRIVATE_NO_CACHE = 'private, no-cache';
const PRIVATE_NO_STORE = NO_STORE;

/** SHA-256 (base64) of a raw Authorization value ⇒ the entry it verified against. */
const cache = new Map<string, Entry>();

export async function handler(event: CloudFrontEvent): Promise<CloudFrontResult> {
  const cf: unknown = event?.Records?.[0]?.cf;
  if (isResponseEvent(cf, 'origin-response')) return originResponse(cf.request, cf.response);
  if (isResponseEvent(cf, 'viewer-response')) return viewerResponse(cf.response, cf.request);
  const request = event?.Records?.[0]?.cf?.request;
  if (!AUDIT) return viewerRequest(request);
  // What the viewer sent, read before viewerRequest rewrites the URI and drops Authorization.
  const seen = {
    method: request?.method,
    path: request?.uri,
    credentials:
      request?.headers?.authorization !== undefined ||
      (TOKENS.size > 0 &&
        presentedToken(request?.headers?.[TOKEN_HEADER], request?.querystring).from !== 'none'),
    ip: request?.clientIp,
  };
  principal = undefined;
  decidedKey = undefined;
  via = undefined;
  const result = viewerRequest(request);
  try {
    const status = 'status' in result ? result.status : undefined;
    console.log(
      auditLine({
        ...seen,
        credentials: credentialsOf(seen.credentials),
        time: Date.now(),
        user: principal,
        result: resultOf(status),
        key: decidedKey,
        via,
      }),
    );
  } catch {
    // Logging is best effort; the decision stands.
  }
  return result;
}

/** The audit line's `credentials` (see `sentCredentials`). */
function credentialsOf(authorization: boolean): boolean | 'session' {
  return sentCredentials ?? authorization;
}

function isResponseEvent(
  cf: unknown,
  eventType: 'origin-response' | 'viewer-response',
): cf is { request: CloudFrontRequest | undefined; response: CloudFrontResponse | undefined } {
  if (typeof cf !== 'object' || cf === null || !('config' in cf)) return false;
  const config: unknown = cf.config;
  return (
    typeof config === 'object' &&
    config !== null &&
    'eventType' in config &&
    config.eventType === eventType
  );
}

function viewerRequest(request: CloudFrontRequest | undefined): CloudFrontResult {
  // Per request, audit-log or not: the 403 page's sign-out button depends on it.
  sentCredentials = undefined;
  if (SHARE && request && isShareUri(request.uri)) return shared(request);
  if (SESSION && request && request.uri === LOGIN_PATH) return login(request);
  if (SESSION && request && request.uri === LOGOUT_PATH) return logout(request);
  if (TOKENS.size > 0 && request) {
    const answered = byToken(request);
    if (answered !== undefined) return answered;
  }
  let user: string | undefined;
  try {
    user = authorized(request, Date.now());
  } catch {
    user = undefined;
  }
  principal = user;
  if (!request || user === undefined) return unauthorized(request);
  // A session of an automation token reads what the token reads, never a user's rules.
  const token = TOKEN_SESSIONS.get(user);
  if (token !== undefined) return admit(request, user, token.entry.read, token.entry.sources);
  return admit(
    request,
    user,
    RESTRICTED ? (GLOBS.get(user) ?? []) : undefined,
    SOURCES.get(user) ?? [],
  );
}

/**
 * 401: for a browser on a `login: form` site the sign-in page (back to where it was going),
 * for any other client the Basic challenge.
 */
function unauthorized(request: CloudFrontRequest | undefined): CloudFrontResultResponse {
  if (SESSION && request && isBrowser(request)) {
    const query = typeof request.querystring === 'string' ? request.querystring : '';
    return signIn(401, `${request.uri}${query === '' ? '' : `?${query}`}`);
  }
  return answer(request, 401, 'Unauthorized', undefined, {
    'www-authenticate': [{ key: 'WWW-Authenticate', value: CHALLENGE }],
  });
}

/**
 * A request that presents an automation token (core/token.ts): let in as `token:<name>`, or a
 * 401 exactly like a wrong password's, or a redirect that moves a query token into a session.
 * Undefined when it presents none.
 */
function byToken(request: CloudFrontRequest): CloudFrontResult | undefined {
  const accept = request.headers?.accept;
  const header = request.headers?.[TOKEN_HEADER];
  const decision = tokenDecision(
    {
      method: request.method,
      accept: Array.isArray(accept) ? accept.map((h) => h?.value).join() : '',
      uri: request.uri,
      querystring: request.querystring,
      header: Array.isArray(header) ? header.map((h) => h?.value) : undefined,
    },
    {
      now: Date.now() / 1000,
      digest: (value) => TOKEN_MAC(value).toString('base64url'),
      lookup: (digest) => TOKENS.get(digest),
      session: TOKEN_SESSION,
    },
  );
  if (decision.kind === 'none') return undefined;
  if (decision.kind === 'refused') return unauthorized(request);
  principal = tokenPrincipal(decision.grant.name);
  if (decision.kind === 'redirect') {
    return {
      status: '303',
      statusDescription: 'See Other',
      headers: {
        location: [{ key: 'Location', value: decision.location }],
        'set-cookie': [{ key: 'Set-Cookie', value: decision.setCookie }],
        'cache-control': [{ key: 'Cache-Control', value: NO_STORE }],
      },
    };
  }
  request.querystring = decision.query;
  return admit(request, principal, decision.grant.read, decision.grant.sources);
}

/**
 * An authenticated request (`who`: a user or `token:<name>`) to the cache and the origin, or
 * the answer refusing it: `read` are the globs it may read (undefined: everything).
 */
function admit(
  request: CloudFrontRequest,
  who: string,
  read: readonly string[][] | undefined,
  sources: string[],
): CloudFrontResult {
  try {
    let key = keyOf(request.uri);
    if (key === 404) return answer(request, 404, 'Not Found', who);
    if (key === 400) return answer(request, 400, 'Bad Request', who);
    // A preview (core/preview.ts): by `previews.users` for a user, by its globs for a token
    // (against the key inside the preview), never by the site's rules; then its bucket key.
    const preview = PREVIEWS
      ? previewTarget(headerValue(request, 'host'), key, PREVIEWS.domain)
      : isPreviewKey(key)
        ? 404
        : undefined;
    if (preview === 404) return answer(request, 404, 'Not Found', who);
    if (preview !== undefined) {
      decidedKey = preview.prefix + preview.key;
      const allowed = who.startsWith(TOKEN_PRINCIPAL_PREFIX)
        ? read === undefined || mayRead(read, preview.key)
        : previewUserAllowed(PREVIEWS?.users, who);
      if (!allowed) return answer(request, 403, 'Forbidden', who);
      key = decidedKey;
      read = undefined;
    }
    // After authentication and after crafted paths were refused: the rules see the same key
    // the origin would be asked for. The answer does not depend on whether the key exists.
    if (read !== undefined && !mayRead(read, key)) {
      if (key === 'index.html' && typeof request.uri === 'string' && /^\/+$/.test(request.uri)) {
        return home(sources);
      }
      decidedKey = key;
      return answer(request, 403, 'Forbidden', who);
    }
    decidedKey = key;
    delete request.headers.authorization;
    delete request.headers[TOKEN_HEADER];
    request.uri = canonicalPath(key);
    return request;
  } catch {
    return answer(request, 400, 'Bad Request', who);
  }
}

/**
 * A request on the share behavior (core/share.ts): CloudFront checked its signed URL before
 * this ran. No Basic auth, no access rules (the link's policy is its scope); a malformed URI
 * is a 400 and a request without a key ID a 403, never a password prompt.
 */
function shared(request: CloudFrontRequest): CloudFrontResult {
  try {
    const grant = shareRequest(request.uri, request.querystring, request.headers?.cookie);
    if (grant === 400) return answer(request, 400, 'Bad Request', SHARED);
    if (grant === 403) return answer(request, 403, 'Forbidden', SHARED);
    if (grant === 404) return answer(request, 404, 'Not Found', SHARED);
    // The audit line names the key that signed the link (CloudFront verified it).
    principal = sharePrincipal(grant.keyId);
    via = 'share';
    decidedKey = grant.key;
    delete request.headers.authorization;
    request.uri = canonicalPath(grant.key);
    return request;
  } catch {
    return answer(request, 400, 'Bad Request', SHARED);
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
    // A preview's key (previews on: nothing else reaches the bucket under `_previews/`).
    const preview = PREVIEWS ? previewNumberOfPath(request?.uri) : undefined;
    if (decision.kind === 'redirect') {
      return respond(302, 'Found', PRIVATE_NO_CACHE, {
        ...kept,
        location: [
          {
            key: 'Location',
            value: preview === undefined ? decision.location : relativeTo(decision.location),
          },
        ],
      });
    }
    if (preview !== undefined) return previewGone(preview, kept);
    return respond(404, 'Not Found', PRIVATE_NO_CACHE, kept);
  } catch {
    return respond(404, 'Not Found', PRIVATE_NO_CACHE);
  }
}

/**
 * A folder redirect's Location made relative to the folder's parent (`/_previews/pr-1/docs/?q`
 * ⇒ `./docs/?q`): the origin request's URI is the preview's bucket path even when the viewer
 * asked `pr-1.<domain>/docs` (the host form, rewritten at viewer request), so only a relative
 * reference reaches the same folder in both forms (RFC 9110 §10.2.2: Location is a
 * URI-reference, resolved against the request's URI). The segment is canonically encoded, so
 * it has no `/` or `?`; `./` keeps a segment with a `:` from reading as a scheme.
 */
function relativeTo(location: string): string {
  const query = location.indexOf('?');
  const path = query < 0 ? location : location.substring(0, query);
  const folder = path.substring(0, path.length - 1);
  return `./${folder.substring(folder.lastIndexOf('/') + 1)}/${query < 0 ? '' : location.substring(query)}`;
}

/**
 * The styled 404 of a preview key the bucket does not hold (core/preview.ts
 * `previewGoneContent`): the preview expired or was removed when its pull request closed. HTML
 * for every client (the origin-response cannot tell a browser, see above), with the pages'
 * policy; `private, no-cache` as every origin-response answer.
 */
function previewGone(n: string, kept: CloudFrontHeaders): CloudFrontResultResponse {
  const result = respond(404, 'Not Found', PRIVATE_NO_CACHE, kept);
  result.headers = {
    ...result.headers,
    'content-type': [{ key: 'Content-Type', value: PAGE_TYPE }],
    'content-security-policy': [{ key: 'Content-Security-Policy', value: PAGE_POLICY }],
  };
  result.body = renderPage(previewGoneContent(REALM, n), PAGE_STYLE, '');
  return result;
}

/**
 * The response as the viewer gets it: Cache-Control the viewer's (`private`) value, the
 * metadata header that carried it gone (see `viewer-response` above).
 */
function viewerResponse(
  response: CloudFrontResponse | undefined,
  request?: CloudFrontRequest,
): CloudFrontResult {
  if (typeof response !== 'object' || response === null) {
    return respond(404, 'Not Found', PRIVATE_NO_CACHE);
  }
  const headers: CloudFrontHeaders =
    typeof response.headers === 'object' && response.headers !== null ? response.headers : {};
  let value = VIEWER_FALLBACK_CACHE_CONTROL;
  try {
    value = viewerCacheControl(
      headers['cache-control']?.[0]?.value,
      headers[VIEWER_CACHE_CONTROL_HEADER]?.[0]?.value,
    );
  } catch {
    // A header that is not the documented shape: the fallback, still private.
  }
  delete headers[VIEWER_CACHE_CONTROL_HEADER];
  headers['cache-control'] = [{ key: 'Cache-Control', value }];
  // Published files cannot script the site under the viewer's credentials (core/content-policy.ts).
  const policy = TRUSTED_PAGES ? undefined : contentPolicy(headers['content-type']?.[0]?.value);
  if (policy !== undefined) {
    headers['content-security-policy'] = [{ key: 'Content-Security-Policy', value: policy }];
  }
  // A folder share link: its signed cookies, for this viewer only (core/share-cookies.ts).
  const cookies = SHARE
    ? shareCookies(request?.querystring, request?.headers?.host?.[0]?.value, Date.now() / 1000)
    : undefined;
  if (cookies) {
    headers['set-cookie'] = cookies.map((value) => ({ key: 'Set-Cookie', value }));
    headers['cache-control'] = [{ key: 'Cache-Control', value: NO_STORE }];
  }
  response.headers = headers;
  return response;
}

/** The home page of a user who may not read `/index.html` (generated, never cached). */
function home(globs: string[]): CloudFrontResultResponse {
  return {
    status: '200',
    statusDescription: 'OK',
    headers: {
      'cache-control': [{ key: 'Cache-Control', value: PRIVATE_NO_STORE }],
      'content-type': [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }],
    },
    body: homePage(REALM, globs),
  };
}

/** The NFC user name the request authenticates as, or undefined. */
function authorized(request: CloudFrontRequest | undefined, now: number): string | undefined {
  const values = request?.headers?.authorization;
  // Sessions only for a request without credentials: a wrong Basic password stays a 401.
  if (SESSION && values === undefined) return sessionUser(request?.headers?.cookie, now);
  if (!Array.isArray(values) || values.length !== 1) return undefined;
  const value = values[0]?.value;
  if (typeof value !== 'string' || value.length > MAX_AUTHORIZATION_LENGTH) return undefined;

  const key = createHash('sha256').update(value).digest('base64');
  const hit = cache.get(key);
  if (hit) {
    if (now < hit.expiresAt) return hit.user;
    cache.delete(key);
  }
  const credentials = parseBasic(value, nfc);
  if (!credentials) return undefined;
  const entry = verify(credentials.user, credentials.password, now);
  if (!entry) return undefined;
  if (cache.size >= CACHE_MAX) {
    for (const oldest of cache.keys()) {
      cache.delete(oldest);
      break;
    }
  }
  cache.set(key, entry);
  return entry.user;
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

/**
 * A viewer-request answer (always `private, no-store`): for a browser (`Accept` naming
 * `text/html`) the page of core/page.ts with its Content-Security-Policy, for any other client
 * the plain text of `respond`.
 */
function answer(
  request: CloudFrontRequest | undefined,
  status: number,
  description: string,
  who: Audience,
  headers: CloudFrontHeaders = {},
): CloudFrontResultResponse {
  const result = respond(status, description, NO_STORE, headers);
  const accept = request?.headers?.accept;
  if (!acceptsHtml(Array.isArray(accept) ? accept.map((h) => h?.value).join() : '')) return result;
  // A visitor signed in by a session can sign out from the pages that refuse them.
  const signOut = sentCredentials === 'session' && typeof who === 'string';
  result.headers = {
    ...result.headers,
    'content-type': [{ key: 'Content-Type', value: PAGE_TYPE }],
    'content-security-policy': [
      { key: 'Content-Security-Policy', value: signOut ? FORM_PAGE_POLICY : PAGE_POLICY },
    ],
  };
  result.body = signOut
    ? renderFormPage(answerContent(status, REALM, who), [SIGN_OUT_FORM])
    : answerPage(status, REALM, who);
  return result;
}

/** True for a browser navigation: an `Accept` naming `text/html` (core/page.ts). */
function isBrowser(request: CloudFrontRequest): boolean {
  const accept = request.headers?.accept;
  return acceptsHtml(Array.isArray(accept) ? accept.map((h) => h?.value).join() : '');
}

/** The first value of a request header, or undefined. */
function headerValue(request: CloudFrontRequest, name: string): string | undefined {
  const values = request.headers?.[name];
  return Array.isArray(values) ? values[0]?.value : undefined;
}

/** What the cross-site checks of core/session.ts read. */
function siteOf(request: CloudFrontRequest): RequestSite {
  return {
    method: request.method,
    host: headerValue(request, 'host'),
    origin: headerValue(request, 'origin'),
    secFetchSite: headerValue(request, 'sec-fetch-site'),
  };
}

/**
 * The user a session cookie authenticates now, or undefined. The cookie's user must still
 * have a password that authenticates now (the cookie's own expiry was capped by it when made:
 * this also holds for a configuration changed since).
 */
function sessionUser(cookies: unknown, now: number): string | undefined {
  if (!Array.isArray(cookies)) return undefined;
  const check = sessionOfCookies(
    cookies.map((c: unknown) =>
      typeof c === 'object' && c !== null && 'value' in c ? c.value : undefined,
    ),
    {
      now: now / 1000,
      mac: sessionMac,
      same: sameText,
      versionOf: (user) => VERSIONS.get(user) ?? TOKEN_SESSIONS.get(user)?.version,
    },
  );
  if (!check.ok) return undefined;
  const user = check.session.user;
  const token = TOKEN_SESSIONS.get(user)?.entry;
  if (token !== undefined) {
    // A token's session ends with the token (its cookie is cut at the expiry anyway).
    if (token.expires !== undefined && now / 1000 >= token.expires) return undefined;
  } else if (!(ENTRIES.get(user) ?? []).some((e) => now < e.expiresAt)) return undefined;
  sentCredentials = 'session';
  return user;
}

/** A sign-in answer: the page (a form posting to `/_login` with `next`), never cached. */
function signIn(
  status: number,
  next: string,
  message?: string,
  user?: string,
): CloudFrontResultResponse {
  const descriptions: Record<number, string> = {
    200: 'OK',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
  };
  return {
    status: String(status),
    statusDescription: descriptions[status] ?? '',
    headers: {
      'cache-control': [{ key: 'Cache-Control', value: NO_STORE }],
      'content-type': [{ key: 'Content-Type', value: PAGE_TYPE }],
      'content-security-policy': [{ key: 'Content-Security-Policy', value: FORM_PAGE_POLICY }],
    },
    body: signInPage(REALM, safeRedirectTarget(next), message, user),
  };
}

/** 405 for a method `/_login` and `/_logout` do not take. */
function methodNotAllowed(): CloudFrontResultResponse {
  return respond(405, 'Method Not Allowed', NO_STORE, {
    allow: [{ key: 'Allow', value: 'GET, HEAD, POST' }],
  });
}

/**
 * `/_login`: GET shows the sign-in page (`next` from the query string); POST reads the form,
 * refuses one from another site, verifies the password as Basic auth does and answers 303 to
 * the (same-site) target with the session cookie, or the page again with what went wrong.
 */
function login(request: CloudFrontRequest): CloudFrontResultResponse {
  const method = request.method;
  if (method === 'GET' || method === 'HEAD') {
    let next = '/';
    try {
      next = new URLSearchParams(request.querystring ?? '').get('next') ?? '/';
    } catch {
      // A query string URLSearchParams cannot read: home.
    }
    return signIn(200, next);
  }
  if (method !== 'POST' || !SESSION) return methodNotAllowed();
  if (!sameOriginPost(siteOf(request))) {
    return signIn(403, '/', 'This sign-in did not come from this site: sign in here.');
  }
  const text = bodyText(request.body);
  const form = text === undefined ? undefined : parseLoginForm(text, (t) => t.normalize('NFC'));
  if (form === undefined) {
    return signIn(400, '/', 'Enter your user name and password.');
  }
  sentCredentials = true;
  const now = Date.now();
  const next = safeRedirectTarget(form.next);
  const entry = verify(form.user, form.password, now);
  const version = entry ? VERSIONS.get(entry.user) : undefined;
  const seconds = Math.floor(now / 1000);
  const notAfter =
    entry && Number.isFinite(entry.expiresAt) ? Math.floor(entry.expiresAt / 1000) : undefined;
  const value =
    entry && version !== undefined
      ? mintSession(
          {
            user: entry.user,
            version,
            keyId: SESSION.keyId,
            now: seconds,
            lifetime: SESSION.lifetime,
            ...(notAfter !== undefined ? { notAfter } : {}),
          },
          sessionMac,
        )
      : undefined;
  if (!entry || value === undefined) {
    return signIn(401, next, 'The user name or password is not right.', form.user);
  }
  principal = entry.user;
  const expires = Math.min(seconds + SESSION.lifetime, notAfter ?? Infinity);
  return respond(303, 'See Other', NO_STORE, {
    location: [{ key: 'Location', value: next }],
    'set-cookie': [{ key: 'Set-Cookie', value: sessionSetCookie(value, expires - seconds) }],
  });
}

/**
 * `/_logout`: clears the session cookie and sends the visitor to the sign-in page when the
 * request is one `signOutAllowed` trusts; otherwise (a GET from another site) a page whose
 * button posts here. Other methods: 405.
 */
function logout(request: CloudFrontRequest): CloudFrontResultResponse {
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return methodNotAllowed();
  if (signOutAllowed(siteOf(request))) {
    return respond(303, 'See Other', NO_STORE, {
      location: [{ key: 'Location', value: LOGIN_PATH }],
      'set-cookie': [{ key: 'Set-Cookie', value: SESSION_CLEAR_COOKIE }],
    });
  }
  const status = method === 'POST' ? 403 : 200;
  return {
    status: String(status),
    statusDescription: status === 403 ? 'Forbidden' : 'OK',
    headers: {
      'cache-control': [{ key: 'Cache-Control', value: NO_STORE }],
      'content-type': [{ key: 'Content-Type', value: PAGE_TYPE }],
      'content-security-policy': [{ key: 'Content-Security-Policy', value: FORM_PAGE_POLICY }],
    },
    body: renderFormPage(
      { title: REALM, heading: 'Sign out', paragraphs: ['Sign out of this site?'] },
      [SIGN_OUT_FORM],
    ),
  };
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
