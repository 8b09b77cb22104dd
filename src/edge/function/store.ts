/**
 * The action's side of the CloudFront Functions runtime's KeyValueStore (`edge: function`):
 * turns users, passwords (with their rotation expiry) and access rules into the store's keys
 * and values (format.ts documents the format), makes the per-site pepper, and says which
 * passwords are strong enough for this runtime. Runs in the action only (node:crypto); the
 * function reads what this writes (handler.ts).
 *
 * What the deploy side does with it: `buildStoreEntries` gives the complete, sorted list of
 * `{ key, value }` the store must hold; compare with the store's keys (ListKeys) and send the
 * difference with UpdateKeys (Puts, and Deletes for `u:` keys no longer listed), ETag-guarded.
 * The same users, salts and pepper give byte-identical values, so an unchanged deploy sends
 * nothing. Errors name the user, the rule and the limit, never a password or a hash.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ANY_USER, globProblem, type AccessRule } from '../core/access.js';
import { passwordProblem, userNameProblem } from '../core/basic.js';
import { utf8Length } from '../core/limits.js';
import {
  CREDENTIAL_VERSION,
  MAX_STORE_BYTES,
  MAX_STORE_KEY_BYTES,
  MAX_STORE_VALUE_BYTES,
  PEPPER_CHARS,
  STORE_FORMAT_VERSION,
  REVIEWER_KEY_PREFIX,
  TOKEN_KEY_PREFIX,
  USER_KEY_PREFIX,
  hmacMessage,
  reviewerKey,
  tokenKey,
  tokenMessage,
  userKey,
  type StoredPassword,
  type StoredToken,
  type StoredUser,
} from './format.js';
import { TOKEN_SHAPE, tokenPrincipal, tokenSessionVersion } from '../core/token.js';
import type { TokenCredential } from '../config.js';

export {
  HASH_CHARS,
  MAX_STORE_BYTES,
  MAX_STORE_KEY_BYTES,
  MAX_STORE_VALUE_BYTES,
  PEPPER_CHARS,
  SALT_CHARS,
  STORE_FORMAT_VERSION,
  TOKEN_KEY_PREFIX,
  USER_KEY_PREFIX,
  hmacMessage,
  parseStoredToken,
  parseStoredUser,
  tokenKey,
  userKey,
  type StoredPassword,
  type StoredToken,
  type StoredUser,
} from './format.js';

/** One key-value pair for UpdateKeys' `Puts`. */
export interface StoreEntry {
  readonly key: string;
  /** JSON text, at most `MAX_STORE_VALUE_BYTES` bytes of UTF-8. */
  readonly value: string;
}

/** One accepted password of one user (several per user during a rotation's grace period). */
export interface FunctionCredential {
  user: string;
  password: string;
  /** Epoch seconds from which this password no longer authenticates. */
  expires?: number;
  /**
   * The user's credential version (the users secret's per-user `cv`, issue 23), stored as `c`
   * (format.ts). Given on the current password's credential; every credential of a user that
   * gives one must give the same.
   */
  cv?: string | undefined;
}

export interface BuildStoreOptions {
  /** What salts are derived from besides the user, e.g. the stack name (see `functionSalt`). */
  scope: string;
  /** The site's pepper (`generatePepper`); the same one must be rendered into the function. */
  pepper: string;
  users: readonly FunctionCredential[];
  /** Access rules (input `access`); empty or absent = every user reads everything. */
  access?: readonly AccessRule[] | undefined;
  /**
   * Check every password with `functionPasswordProblem` (default true). Only tests of the
   * format itself turn this off; the deploy side enforces it (issue 14).
   */
  requireStrongPasswords?: boolean;
  /**
   * `previews.users` (issue 25; undefined: previews off): an `r:` key (format.ts
   * `reviewerKey`) for each user named, or for every user with `'*'`.
   */
  previewUsers?: '*' | readonly string[] | undefined;
}

const SALT_LABEL = 'secure-dist-action/function-salt/v1';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The salt of a user: 16 bytes of SHA-256 over a label, the scope and the NFC user name,
 * base64url (22 characters). Deterministic, so the same users give the same values (no
 * needless store writes); never derived from the password. A salt only has to be unique per
 * site and user, not secret: the secret is the pepper.
 */
export function functionSalt(scope: string, user: string): string {
  return createHash('sha256')
    .update(`${SALT_LABEL}\u0000${scope}\u0000${user.normalize('NFC')}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** A new pepper: 32 random bytes, base64url (43 characters). Keep it with the users secret. */
export function generatePepper(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(32);
  if (bytes.length !== 32) throw new Error(`pepper: expected 32 random bytes, got ${bytes.length}`);
  return bytes.toString('base64url');
}

/** Why a pepper cannot be used (without quoting it), or undefined. */
export function pepperProblem(pepper: string): string | undefined {
  if (pepper.length !== PEPPER_CHARS || !BASE64URL.test(pepper)) {
    return `must be ${PEPPER_CHARS} base64url characters (32 random bytes)`;
  }
  return undefined;
}

/** The stored hash of a password (user and password are NFC-normalised here). */
export function functionHash(pepper: string, salt: string, user: string, password: string): string {
  return createHmac('sha256', pepper)
    .update(hmacMessage(salt, user.normalize('NFC'), password.normalize('NFC')))
    .digest('base64url');
}

/** Entropy every password must carry with `edge: function`, in bits. */
export const FUNCTION_PASSWORD_MIN_BITS = 128;

/** The alphabets a password is measured against, smallest first. */
const ALPHABETS: readonly {
  readonly name: string;
  readonly size: number;
  readonly test: RegExp;
}[] = [
  { name: 'digits', size: 10, test: /^[0-9]+$/ },
  { name: 'hexadecimal', size: 16, test: /^[0-9a-f]+$|^[0-9A-F]+$/ },
  { name: 'lower-case letters', size: 26, test: /^[a-z]+$/ },
  { name: 'lower-case letters and digits', size: 36, test: /^[a-z0-9]+$/ },
  { name: 'letters', size: 52, test: /^[A-Za-z]+$/ },
  { name: 'letters and digits', size: 62, test: /^[A-Za-z0-9]+$/ },
  { name: 'base64url', size: 64, test: /^[A-Za-z0-9_-]+$/ },
  { name: 'base64', size: 65, test: /^[A-Za-z0-9+/=]+$/ },
  { name: 'printable ASCII', size: 95, test: /^[\x20-\x7e]+$/ },
];

/**
 * Why a password is too weak for `edge: function`, or undefined. The stated rule: a password
 * is counted as if each of its characters had been drawn uniformly at random from the smallest
 * of these alphabets that holds all of them — digits (10), hexadecimal (16, one case),
 * lower-case letters (26), lower-case letters and digits (36), letters (52), letters and
 * digits (62), base64url (64), base64 (65), printable ASCII (95); anything else counts as
 * printable ASCII — so its entropy is `length × log2(alphabet)` bits, and that must be at least
 * 128: e.g. 39 digits, 32 hex digits, 22 base64url characters (`rotate` makes 24: 144 bits),
 * 20 printable ASCII characters. And, because that count only holds for random strings, no
 * character may make up more than a quarter of the password (a random one of that length
 * practically never does). The rule cannot see a human pattern ("correcthorsebatterystaple…"):
 * generate passwords (`rotate` does) rather than invent them. Never quotes the password.
 */
export function functionPasswordProblem(password: string): string | undefined {
  const basic = passwordProblem(password);
  if (basic !== undefined) return basic;
  const characters = Array.from(password);
  const alphabet = ALPHABETS.find((a) => a.test.test(password)) ?? {
    name: 'printable ASCII',
    size: 95,
  };
  const bits = Math.floor(characters.length * Math.log2(alphabet.size));
  if (bits < FUNCTION_PASSWORD_MIN_BITS) {
    const needed = Math.ceil(FUNCTION_PASSWORD_MIN_BITS / Math.log2(alphabet.size));
    return (
      `carries about ${bits} bits of entropy (${characters.length} characters of ${alphabet.name}); ` +
      `edge: function needs at least ${FUNCTION_PASSWORD_MIN_BITS} bits, i.e. ${needed} such ` +
      'random characters (rotate generates such passwords)'
    );
  }
  const counts: Record<string, number> = {};
  for (const c of characters) {
    const count = (counts[c] ?? 0) + 1;
    counts[c] = count;
    if (count * 4 > characters.length) {
      return 'repeats one character in more than a quarter of its length (it does not look random)';
    }
  }
  return undefined;
}

/**
 * The value of one user's key, checked against the KeyValueStore limits. Passwords are
 * sorted (hash, then expiry) so the value depends only on its content.
 */
export function encodeStoredUser(user: string, record: StoredUser): string {
  const passwords = [...record.p].sort(
    (a, b) =>
      compareStrings(a.h, b.h) ||
      (a.e ?? Number.MAX_SAFE_INTEGER) - (b.e ?? Number.MAX_SAFE_INTEGER),
  );
  const value = JSON.stringify({
    v: STORE_FORMAT_VERSION,
    s: record.s,
    p: passwords.map((p) => (p.e === undefined ? { h: p.h } : { h: p.h, e: p.e })),
    ...(record.g === undefined ? {} : { g: [...record.g] }),
    ...(record.c === undefined ? {} : { c: record.c }),
  });
  const bytes = utf8Length(value);
  if (bytes > MAX_STORE_VALUE_BYTES) {
    const globBytes = record.g === undefined ? 0 : utf8Length(JSON.stringify(record.g));
    throw new Error(
      `function store: the record of user '${user}' is ${bytes} bytes, over the ` +
        `${MAX_STORE_VALUE_BYTES}-byte KeyValueStore value limit (${passwords.length} password(s), ` +
        `access globs ${globBytes} bytes): give this user fewer or shorter access globs`,
    );
  }
  return value;
}

/**
 * Every key and value the store must hold for these users and rules, sorted by key. The same
 * user and password listed twice become one entry (the later expiry wins; none is latest).
 * Throws on an empty scope or list, a bad pepper, a bad user name, password (or, unless
 * turned off, one too weak: `functionPasswordProblem`), expiry or glob, a rule naming a user
 * who has no password, or a key, value or store over the KeyValueStore limits.
 */
export function buildStoreEntries(options: BuildStoreOptions): StoreEntry[] {
  if (options.scope === '') throw new Error('function store: the scope must not be empty');
  const pepperIssue = pepperProblem(options.pepper);
  if (pepperIssue !== undefined) throw new Error(`function store: the pepper ${pepperIssue}`);
  if (options.users.length === 0) throw new Error('function store: at least one user is needed');
  const strong = options.requireStrongPasswords ?? true;

  const passwords = new Map<string, Map<string, StoredPassword>>();
  const versions = new Map<string, string>();
  for (const credential of options.users) {
    const user = credential.user.normalize('NFC');
    const password = credential.password.normalize('NFC');
    const nameIssue = userNameProblem(user);
    if (nameIssue !== undefined) {
      throw new Error(`function store: user name ${JSON.stringify(user)} ${nameIssue}`);
    }
    const issue = strong ? functionPasswordProblem(password) : passwordProblem(password);
    if (issue !== undefined) {
      throw new Error(`function store: the password of user '${user}' ${issue}`);
    }
    const expires = credential.expires;
    if (expires !== undefined && (!Number.isSafeInteger(expires) || expires < 0)) {
      throw new Error(
        `function store: the expiry of a password of user '${user}' must be whole epoch seconds, got ${expires}`,
      );
    }
    const cv = credential.cv;
    if (cv !== undefined) {
      if (!CREDENTIAL_VERSION.test(cv)) {
        throw new Error(
          `function store: the credential version of user '${user}' must be 1 to 22 letters, digits, '-' or '_'`,
        );
      }
      const known = versions.get(user);
      if (known !== undefined && known !== cv) {
        throw new Error(`function store: user '${user}' is given two credential versions`);
      }
      versions.set(user, cv);
    }
    const salt = functionSalt(options.scope, user);
    const h = functionHash(options.pepper, salt, user, password);
    const byHash = passwords.get(user) ?? new Map<string, StoredPassword>();
    const previous = byHash.get(h);
    const entry: StoredPassword = expires === undefined ? { h } : { h, e: expires };
    if (previous === undefined || laterExpiry(entry, previous) === entry) byHash.set(h, entry);
    passwords.set(user, byHash);
  }

  const rules = checkRules(options.access ?? [], new Set(passwords.keys()));
  const entries: StoreEntry[] = [];
  let total = 0;
  for (const [user, byHash] of passwords) {
    const key = userKey(user);
    const keyBytes = utf8Length(key);
    if (keyBytes > MAX_STORE_KEY_BYTES) {
      throw new Error(
        `function store: the key of user '${user}' is ${keyBytes} bytes, over the ` +
          `${MAX_STORE_KEY_BYTES}-byte KeyValueStore key limit: use a shorter user name`,
      );
    }
    const record: StoredUser = {
      v: STORE_FORMAT_VERSION,
      s: functionSalt(options.scope, user),
      p: [...byHash.values()],
      ...(rules.length === 0 ? {} : { g: globsFor(rules, user) }),
    };
    const cv = versions.get(user);
    const value = encodeStoredUser(user, cv === undefined ? record : { ...record, c: cv });
    total += keyBytes + utf8Length(value);
    entries.push({ key, value });
  }
  const reviewers = options.previewUsers;
  if (reviewers !== undefined) {
    const names =
      reviewers === '*' ? [...passwords.keys()] : reviewers.map((u) => u.normalize('NFC'));
    for (const user of new Set(names)) {
      if (!passwords.has(user)) {
        throw new Error(`function store: previews name user '${user}', who has no password`);
      }
      const key = reviewerKey(user);
      total += utf8Length(key) + 1;
      entries.push({ key, value: '1' });
    }
  }
  if (total > MAX_STORE_BYTES) {
    throw new Error(
      `function store: ${entries.length} users take ${total} bytes, over the ` +
        `${MAX_STORE_BYTES}-byte KeyValueStore limit`,
    );
  }
  return entries.sort((a, b) => compareStrings(a.key, b.key));
}

/** The digest of an automation token's value (format.ts): the pepper keys it, never stored raw. */
export function functionTokenDigest(pepper: string, token: string): string {
  return createHmac('sha256', pepper).update(tokenMessage(token)).digest('base64url');
}

export interface BuildTokenOptions {
  /** The site's pepper, the one rendered into the functions. */
  readonly pepper: string;
  /** The tokens with their values (the users secret's, src/rotate/tokens.ts `tokensForEdge`). */
  readonly tokens: readonly TokenCredential[];
  /** Access rules (input `access`); a token without its own `access` follows them. */
  readonly access?: readonly AccessRule[] | undefined;
}

/**
 * The store's `t:` keys of the automation tokens (format.ts), sorted by key: the digest, never
 * the value; the token's own globs, else those the rules give a principal no rule names (rules
 * for `*`), as the Lambda@Edge handler does; the expiry. Throws on a malformed value, a bad
 * glob, or two values whose digests share a key (never seen: 96 bits).
 */
export function buildTokenEntries(options: BuildTokenOptions): StoreEntry[] {
  const pepperIssue = pepperProblem(options.pepper);
  if (pepperIssue !== undefined) throw new Error(`function store: the pepper ${pepperIssue}`);
  const rules = options.access ?? [];
  const entries: StoreEntry[] = [];
  for (const t of options.tokens) {
    const nameIssue = userNameProblem(t.name);
    if (nameIssue !== undefined) {
      throw new Error(
        `function store: token name ${JSON.stringify(t.name)} ${nameIssue.replace('user name', 'token name')}`,
      );
    }
    // Never quote the value.
    if (!TOKEN_SHAPE.test(t.token)) {
      throw new Error(`function store: the value of token '${t.name}' is not a token's shape`);
    }
    for (const glob of t.globs ?? []) {
      const problem = globProblem(glob);
      if (problem !== undefined) {
        throw new Error(
          `function store: access glob ${JSON.stringify(glob)} of token '${t.name}' ${problem}`,
        );
      }
    }
    if (t.expires !== undefined && !(Number.isFinite(t.expires) && t.expires >= 0)) {
      throw new Error(`function store: the expiry of token '${t.name}' must be epoch seconds`);
    }
    const d = functionTokenDigest(options.pepper, t.token);
    const key = tokenKey(tokenSessionVersion(d));
    if (entries.some((e) => e.key === key)) {
      throw new Error(`function store: two token values share the key of token '${t.name}'`);
    }
    const globs =
      t.globs !== undefined
        ? [...t.globs]
        : rules.length > 0
          ? globsFor(rules, tokenPrincipal(t.name))
          : undefined;
    const record: StoredToken = { n: t.name, d, g: globs, e: t.expires };
    const value = JSON.stringify(record);
    if (utf8Length(value) > MAX_STORE_VALUE_BYTES) {
      throw new Error(
        `function store: the record of token '${t.name}' is ${utf8Length(value)} bytes, over the ` +
          `${MAX_STORE_VALUE_BYTES}-byte KeyValueStore value limit: give it fewer or shorter access globs`,
      );
    }
    entries.push({ key, value });
  }
  return entries.sort((a, b) => compareStrings(a.key, b.key));
}

/** The glob sources a user reads under the rules, in rule order, without repeats. */
function globsFor(rules: readonly AccessRule[], user: string): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (!rule.users.includes(user) && !rule.users.includes(ANY_USER)) continue;
    for (const glob of rule.globs) if (!out.includes(glob)) out.push(glob);
  }
  return out;
}

function checkRules(rules: readonly AccessRule[], users: ReadonlySet<string>): AccessRule[] {
  return rules.map((rule) => {
    const names = rule.users.map((u) => u.normalize('NFC'));
    if (names.length === 0) throw new Error('function store: an access rule names no user');
    if (rule.globs.length === 0) throw new Error('function store: an access rule has no glob');
    for (const name of names) {
      if (name !== ANY_USER && !users.has(name)) {
        throw new Error(`function store: access rule names user '${name}', which no user has`);
      }
    }
    for (const glob of rule.globs) {
      const problem = globProblem(glob);
      if (problem !== undefined) {
        throw new Error(`function store: access glob ${JSON.stringify(glob)} ${problem}`);
      }
    }
    return { users: names, globs: [...rule.globs] };
  });
}

function laterExpiry(a: StoredPassword, b: StoredPassword): StoredPassword {
  if (a.e === undefined) return a;
  if (b.e === undefined) return b;
  return a.e >= b.e ? a : b;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What UpdateKeys must send to turn the store's current pairs into the wanted ones. */
export interface StoreUpdate {
  /** New or changed pairs, sorted by key. */
  readonly puts: StoreEntry[];
  /**
   * `u:`, `t:` and `r:` keys the wanted entries no longer hold, sorted (other keys are not
   * ours: kept): a removed user, a removed or regenerated token, a user no longer allowed to
   * open previews (or previews turned off).
   */
  readonly deletes: string[];
}

/**
 * The difference between the store's pairs (ListKeys) and `buildStoreEntries`'s: nothing when
 * they are equal, so an unchanged deploy writes nothing. UpdateKeys applies Puts and Deletes
 * all-or-nothing ("Puts or deletes multiple key-value pairs in a single, all-or-nothing
 * operation": https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_UpdateKeys.html),
 * so a removed user and a rotated one change together; if the caller must split the update
 * into several calls, it sends the Puts before the Deletes.
 */
export function planStoreUpdate(
  current: Iterable<{ readonly key: string; readonly value: string }>,
  wanted: readonly StoreEntry[],
): StoreUpdate {
  const have = new Map<string, string>();
  for (const pair of current) have.set(pair.key, pair.value);
  const keep = new Set(wanted.map((e) => e.key));
  const puts = wanted
    .filter((e) => have.get(e.key) !== e.value)
    .sort((a, b) => compareStrings(a.key, b.key));
  const deletes = [...have.keys()]
    .filter(
      (key) =>
        (key.startsWith(USER_KEY_PREFIX) ||
          key.startsWith(TOKEN_KEY_PREFIX) ||
          key.startsWith(REVIEWER_KEY_PREFIX)) &&
        !keep.has(key),
    )
    .sort(compareStrings);
  return { puts, deletes };
}
