/**
 * The CloudFront Functions runtime's KeyValueStore format, the part BOTH sides need: the
 * action (store.ts, which writes the store) and the function (handler.ts, which reads it).
 * Pure: no imports, ES2020 syntax that esbuild lowers for cloudfront-js-2.0, no `Map`/`Set`,
 * no `normalize` (the function's bundle is checked for these, scripts/build-edge.mjs).
 *
 * ## One key per user
 *
 * - Key: `u:` + the NFC user name (UTF-8). At most `MAX_STORE_KEY_BYTES` (512) bytes.
 * - Value: JSON (the function reads it with `kvs.get(key, { format: 'json' })`), at most
 *   `MAX_STORE_VALUE_BYTES` (1,024) bytes of UTF-8:
 *
 *   ```json
 *   {"v":1,"s":"<salt>","p":[{"h":"<hash>"},{"h":"<hash>","e":1767225600}],"g":["/docs/**"]}
 *   ```
 *
 *   - `v`: `STORE_FORMAT_VERSION` (1). A value with any other version authenticates nobody.
 *   - `s`: the user's salt, `SALT_CHARS` (22) base64url characters (16 bytes).
 *   - `p`: the passwords the user may use: `h` the HMAC-SHA-256 (see below), `HASH_CHARS` (43)
 *     base64url characters; `e` (optional) epoch seconds from which that password no longer
 *     authenticates (the rotation grace period; checked at the edge against `Date.now()`).
 *     All of one user's passwords share the salt, so one HMAC per request.
 *   - `g` (present only when the site has access rules, input `access`): the globs this user
 *     may read, as written in the rules (rules naming `*` included). Present and empty: the
 *     user reads nothing (only their home page). Absent: every key (no rules at all).
 *   - `c` (optional, issue 23): the user's credential version, `[A-Za-z0-9_-]{1,22}`, from the
 *     users secret's per-user `cv` (rotate gives a user a new one when their password changes
 *     or their sessions are ended). A sign-in session carries the version it was made with and
 *     counts only while it equals `c` (core/session.ts, docs/design-sessions.md (b)). A value
 *     whose `c` is not of that shape authenticates nobody.
 *
 * ## The hash
 *
 * `h = base64url(HMAC-SHA-256(key = pepper, message = hmacMessage(salt, user, password)))`,
 * with user and password NFC. The pepper (`PEPPER_CHARS` (43) base64url characters, 256
 * random bits, used as the UTF-8 text it is) is per site and lives in the function's CODE (the
 * rendered configuration), never in the store; the salt lives in the store. So a leak of the
 * store alone gives nothing to guess against; a leak of both (a reader of the function AND the
 * store) lets an attacker test passwords offline at HMAC speed (billions a second on GPUs):
 * which is why, with `edge: function`, only passwords of at least 128 bits of entropy are
 * accepted (`functionPasswordProblem`, store.ts). The message is
 * `"secure-dist/function/v1" NUL salt NUL <user length> ":" user ":" password` — the salt is
 * fixed-length and has no NUL, the user is length-prefixed (UTF-16 code units, the same in
 * every JavaScript runtime), the password is the rest: no two (salt, user, password) triples
 * give the same message, and a hash copied to another user's key does not verify. The pepper
 * is the HMAC key because it is the secret of fixed length (43 bytes, under SHA-256's 64-byte
 * block, so used as is); the password is in the message, where no zero-padding applies.
 *
 * Limits (CloudFront Developer Guide, "File format for key-value pairs":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-create-s3-kvp.html —
 * key 512 characters, value 1,024 characters, 5 MB; and "Quotas" › "Key value stores":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html).
 * The API reference allows 1,024-character keys (PutKeyRequestListItem:
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_PutKeyRequestListItem.html);
 * we keep the stricter 512 and count bytes, not characters, so non-ASCII names stay inside.
 */

/** Key prefix of a user's record. */
export const USER_KEY_PREFIX = 'u:';
/** The value format this code writes and reads. */
export const STORE_FORMAT_VERSION = 1;
/** Largest key, in UTF-8 bytes (the KeyValueStore limit, see above). */
export const MAX_STORE_KEY_BYTES = 512;
/** Largest value, in UTF-8 bytes (the KeyValueStore limit, see above). */
export const MAX_STORE_VALUE_BYTES = 1024;
/** Largest store, keys and values, in bytes (the KeyValueStore limit, see above). */
export const MAX_STORE_BYTES = 5 * 1024 * 1024;
/** base64url characters of a salt (16 bytes). */
export const SALT_CHARS = 22;
/** base64url characters of a hash (32 bytes of HMAC-SHA-256). */
export const HASH_CHARS = 43;
/** base64url characters of a pepper (32 bytes). */
export const PEPPER_CHARS = 43;
/** Label at the start of every HMAC message (the format's version is in it). */
export const HMAC_LABEL = 'secure-dist/function/v1';

/** One password of a user, as stored. */
export interface StoredPassword {
  /** HMAC-SHA-256, base64url (`HASH_CHARS` characters). */
  readonly h: string;
  /** Epoch seconds from which the password no longer authenticates. */
  readonly e?: number;
}

/** A user's record, as stored (the JSON value of `userKey(user)`). */
export interface StoredUser {
  readonly v: number;
  readonly s: string;
  readonly p: readonly StoredPassword[];
  readonly g?: readonly string[] | undefined;
  /** The credential version (see above), when the users secret gives one. */
  readonly c?: string | undefined;
}

/** The store key of a user (the name must already be NFC). */
export function userKey(user: string): string {
  return USER_KEY_PREFIX + user;
}

/** The HMAC message of a salt, user and password (both NFC), see above. */
export function hmacMessage(salt: string, user: string, password: string): string {
  return `${HMAC_LABEL}\u0000${salt}\u0000${user.length}:${user}:${password}`;
}

const BASE64URL_CHAR = /^[A-Za-z0-9_-]*$/;
/** A credential version (`c`): the shape of the users secret's `cv`. */
export const CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;

/** True for an array of strings (access globs). */
function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x): x is string => typeof x === 'string');
}

/** True for a stored password: `h` a hash, `e` absent or epoch seconds. */
function isStoredPassword(value: unknown): value is StoredPassword {
  if (typeof value !== 'object' || value === null || !('h' in value)) return false;
  const h = value.h;
  const e: unknown = 'e' in value ? value.e : undefined;
  return (
    typeof h === 'string' &&
    h.length === HASH_CHARS &&
    BASE64URL_CHAR.test(h) &&
    (e === undefined || (typeof e === 'number' && e >= 0))
  );
}

/**
 * The record in a value read from the store, or undefined when it is not one this code wrote:
 * anything malformed authenticates nobody (fails closed). Used by the function (on what
 * `kvs.get(…, { format: 'json' })` returns) and by the action's tests and checks. Written with
 * `every` and no copies: every byte counts in the CloudFront Function.
 */
export function parseStoredUser(value: unknown): StoredUser | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    !('v' in value) ||
    value.v !== STORE_FORMAT_VERSION ||
    !('s' in value) ||
    !('p' in value)
  ) {
    return undefined;
  }
  const s = value.s;
  const p = value.p;
  const g: unknown = 'g' in value ? value.g : undefined;
  const c: unknown = 'c' in value ? value.c : undefined;
  return typeof s === 'string' &&
    s.length === SALT_CHARS &&
    BASE64URL_CHAR.test(s) &&
    Array.isArray(p) &&
    p.every(isStoredPassword) &&
    (g === undefined || isStrings(g)) &&
    (c === undefined || (typeof c === 'string' && CREDENTIAL_VERSION.test(c)))
    ? { v: STORE_FORMAT_VERSION, s, p, g, c }
    : undefined;
}

/**
 * ## One key per automation token (issue 23 item 3)
 *
 * - Key: `t:` + the token's session version: the first 16 characters of its digest
 *   (core/token.ts `tokenSessionVersion`), so both a request carrying the token (which
 *   computes the digest) and a session cookie made from it (which carries the version and
 *   `token:<name>`) find the record with one read.
 * - Value: `{"n":"<name>","d":"<digest>","g":["/docs/**"],"e":1767225600}`: `n` the token's
 *   name, `d` the whole digest (compared in full: the key holds only 96 of its bits), `g` the
 *   globs it reads (present as for a user: its own `access`, else the site's rules for a
 *   principal no rule names, absent when the site has no rules), `e` (optional) its expiry in
 *   epoch seconds, checked at the edge like a password's.
 * - Digest: `base64url(HMAC-SHA-256(key = pepper, message = tokenMessage(token)))`: the
 *   pepper keys it, as it keys password hashes, under a label of its own so no token digest is
 *   ever a password hash. Never the token's value: a reader of the store learns nothing to
 *   present.
 *
 * `rotate` and every deploy write these keys from the users secret's tokens and the site
 * file's `automation-tokens`, and delete the `t:` keys the file no longer names (store.ts
 * `planStoreUpdate`): removing a name revokes the token, and its sessions, at the next deploy
 * or rotate.
 */

/**
 * ## Who may open previews (issue 25)
 *
 * With `previews` on, one key `r:` + the NFC user name (value `1`) for every user
 * `previews.users` names (every user for `"*"`): the previews build of the viewer-request
 * function asks `exists` for it after authenticating a user on a preview. Keys of their own,
 * not a field of the user's record, so the builds without previews (at the 10 KB limit) read
 * nothing new. Tokens need none: they go by their globs (`g`).
 */
export const REVIEWER_KEY_PREFIX = 'r:';

/** The store key saying `user` (NFC) may open previews. */
export function reviewerKey(user: string): string {
  return REVIEWER_KEY_PREFIX + user;
}

/** Key prefix of a token's record. */
export const TOKEN_KEY_PREFIX = 't:';
/** Label at the start of a token digest's HMAC message. */
export const TOKEN_LABEL = 'secure-dist/function/token';

/** A token's record, as stored (the JSON value of `tokenKey(version)`). */
export interface StoredToken {
  readonly n: string;
  readonly d: string;
  readonly g?: readonly string[] | undefined;
  readonly e?: number | undefined;
}

/** The store key of a token, by its session version (the digest's first 16 characters). */
export function tokenKey(version: string): string {
  return TOKEN_KEY_PREFIX + version;
}

/** The HMAC message of a token's digest (see above). */
export function tokenMessage(token: string): string {
  return `${TOKEN_LABEL}\u0000${token}`;
}

/** The record in a token value read from the store, or undefined (fails closed). */
export function parseStoredToken(value: unknown): StoredToken | undefined {
  if (typeof value !== 'object' || value === null || !('n' in value) || !('d' in value)) {
    return undefined;
  }
  const n = value.n;
  const d = value.d;
  const g: unknown = 'g' in value ? value.g : undefined;
  const e: unknown = 'e' in value ? value.e : undefined;
  // `d`'s length is checked by the comparison (auth.ts `constantTimeEqual`); `n` is a name the
  // action checked before writing it (store.ts `buildTokenEntries`).
  return typeof n === 'string' &&
    typeof d === 'string' &&
    (e === undefined || typeof e === 'number') &&
    (g === undefined || isStrings(g))
    ? { n, d, g, e }
    : undefined;
}
