/**
 * The edge function's configuration, built by the action at synth time and baked into the
 * function's code (Lambda@Edge has no environment variables).
 *
 * - `buildEdgeConfig` turns `user:password` pairs into salted scrypt hashes (no plaintext
 *   password ever reaches the function);
 * - `renderEdgeCode` puts a configuration into the bundled handler: the same users and realm
 *   give byte-identical code, so an unchanged deploy publishes no new Lambda version;
 * - `loadHandlerFromSource` evaluates rendered code as Lambda would (CommonJS, only
 *   `node:crypto`), for tests, the benchmark and the sandbox.
 *
 * Errors name the user and the rule broken, never the password or a hash.
 */
import * as nodeCrypto from 'node:crypto';
import { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER } from './bundled.js';
import { ANY_USER, globProblem, type AccessRule } from './core/access.js';
import { passwordProblem, userNameProblem } from './core/basic.js';
import { MAX_SESSION_SECONDS } from './core/session.js';
import type { CloudFrontEvent, CloudFrontResult } from './events.js';
import { TOKEN_SHAPE } from './core/token.js';
import { HASH_BYTES, SALT_BYTES, TOKEN_KEY_BYTES, deriveKey, tokenDigest } from './shared.js';

/**
 * The newest Node.js runtime Lambda@Edge accepts. The CloudFront Developer Guide, "Restrictions
 * on Lambda@Edge" › "Supported runtimes"
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-runtime)
 * says Lambda@Edge supports the latest Node.js and Python runtimes and refers to the Lambda
 * Developer Guide's list (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html and
 * lambda-nodejs.html), whose newest Node.js runtime is `nodejs24.x` (Amazon Linux 2023,
 * deprecation 2028-04-30). Node.js 24 drops callback-style handlers: ours is `async`.
 */
export const EDGE_RUNTIME = 'nodejs24.x';

/** One accepted password of one user. */
export interface EdgeUser {
  /** NFC user name. */
  user: string;
  /** `SALT_BYTES` bytes, base64url without padding (see `deriveSalt`). */
  salt: string;
  /** scrypt hash (`HASH_BYTES` bytes), base64url without padding (see `hashPassword`). */
  hash: string;
  /** Epoch seconds from which this password no longer authenticates (rotation grace period). */
  expires?: number;
  /**
   * The user's credential version (`[A-Za-z0-9_-]{1,22}`, set by `rotate`; the same on every
   * entry of the user). A session cookie carries the version it was made with; a new one ends
   * the user's sessions. Absent (`basic-auth-users`): the edge derives it from the user's
   * stored hashes under the session key (docs/design-sessions.md (b)).
   */
  cv?: string;
}

/** One automation token as the edge function holds it (core/token.ts). */
export interface EdgeToken {
  /** The token's name (the user-name rule, NFC); its principal is `token:<name>`. */
  name: string;
  /** Its own `access` globs; absent: the site's rules for a user no rule names. */
  globs?: string[];
  /** Epoch seconds from which the token no longer works. */
  expires?: number;
}

/** The site's automation tokens: never their values, only their keyed digests. */
export interface EdgeTokens {
  /** `TOKEN_KEY_BYTES` bytes, base64url: the HMAC key of the digests (`tokenKey`). */
  key: string;
  /** `tokenDigest(key, value)` ⇒ the token. */
  byDigest: Record<string, EdgeToken>;
}

/** `login: form`: sign-in sessions (core/session.ts). */
export interface EdgeSession {
  /** `session-lifetime` in seconds, 1 … 30 days. */
  lifetime: number;
  /** The session key id (`[A-Za-z0-9]{1,16}`); a new id ends every session. */
  keyId: string;
}

/**
 * What the rendered code holds, once, where the session secret goes when `session` is set: synth
 * splits the code there and joins it around a Secrets Manager dynamic reference (the edge
 * stack's `SessionSecret`); tests, the benchmark and the sandbox fill it with
 * `fillSessionSecret`. It sits inside a JSON string literal of the configuration.
 */
export const SESSION_SECRET_SLOT = '@@SESSION_SECRET@@';
/** A session secret as Secrets Manager generates it for the edge stack (letters and digits). */
const SESSION_SECRET = /^[A-Za-z0-9]{32,128}$/;
const SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
const CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;

export interface EdgeConfig {
  realm: string;
  users: EdgeUser[];
  /**
   * Access rules (input `access`); absent or empty = every user reads everything. Rendered
   * only when non-empty, in the order given.
   */
  access?: AccessRule[];
  /**
   * Share links (`share-links: true`, core/share.ts): the site stack has the `/_share/*` cache
   * behavior with a trusted key group, so a `/_share/` URI is a share request. Rendered only
   * when true.
   */
  share?: true;
  /**
   * `audit-log`: one JSON line per viewer-request decision (core/audit.ts) to the function's
   * log. Rendered only when true, so a site without it keeps byte-identical code.
   */
  audit?: true;
  /**
   * `trusted-pages`: published files get no `Content-Security-Policy: sandbox`
   * (core/content-policy.ts). Rendered only when true.
   */
  trustedPages?: true;
  /**
   * `login: form`: sign-in page, `/_login`, `/_logout` and the session cookie. Absent =
   * `login: basic`, today's code byte for byte. Rendered with `SESSION_SECRET_SLOT` next to it.
   */
  session?: EdgeSession;
  /** `automation-tokens` (core/token.ts). Rendered only when there is at least one. */
  tokens?: EdgeTokens;
  /** `previews` (issue 25, core/preview.ts). Rendered only when on. */
  previews?: EdgePreviews;
}

/** `previews` as the edge holds it (core/preview.ts; src/synth/edge-code.ts makes it from the Site). */
export interface EdgePreviews {
  /** Lower-case preview domain (`pr-<n>.<domain>`); absent: the path form only. */
  domain?: string;
  /** Who may open previews: `'*'` (every user) or NFC user names. Tokens go by their globs. */
  users: '*' | string[];
}

/** An automation token with its value, as the action reads it from the users secret. */
export interface TokenCredential {
  readonly name: string;
  /** `sdt1_` + 43 base64url characters (src/rotate/tokens.ts). */
  readonly token: string;
  /** `access` of the token in the site file; undefined: none. */
  readonly globs?: readonly string[] | undefined;
  /** Epoch seconds (`expires` of the token in the site file). */
  readonly expires?: number | undefined;
}

export interface EdgeCredential {
  user: string;
  password: string;
  /** Epoch seconds from which this password no longer authenticates. */
  expires?: number;
  /** The user's credential version (the users secret's `cv`), see `EdgeUser.cv`. */
  cv?: string | undefined;
}

export interface BuildEdgeConfigOptions {
  /** What salts are derived from besides the user, e.g. the stack name. */
  scope: string;
  realm: string;
  users: readonly EdgeCredential[];
  /** Access rules (input `access`); empty or absent = every user reads everything. */
  access?: readonly AccessRule[] | undefined;
  /** Share links: the site stack has the `/_share/*` behavior (see `EdgeConfig.share`). */
  share?: boolean | undefined;
  /** `audit-log`: see `EdgeConfig.audit`. */
  audit?: boolean | undefined;
  /** `trusted-pages`: see `EdgeConfig.trustedPages`. */
  trustedPages?: boolean | undefined;
  /**
   * `login: form` (absent or undefined = `login: basic`): `session-lifetime` in seconds and the
   * users secret's `sessionKeyId`. See `EdgeConfig.session`.
   */
  session?: EdgeSession | undefined;
  /** `automation-tokens` with their values (the users secret's `tokens`). */
  tokens?: readonly TokenCredential[] | undefined;
  /** `previews` (undefined: off). See `EdgeConfig.previews`. */
  previews?: EdgePreviews | undefined;
}

/** The handler as loaded from rendered code. */
export type EdgeHandler = (event: CloudFrontEvent) => Promise<CloudFrontResult>;

export interface LoadHandlerOptions {
  /** The clock the handler sees through `Date.now()`, in epoch milliseconds. */
  now?: () => number;
  /** What `require('node:crypto')` returns inside the handler, e.g. an instrumented copy. */
  crypto?: typeof nodeCrypto;
  /** Receives what the handler passes to `console.log` (its audit lines); default: the console. */
  log?: (line: string) => void;
}

const SALT_LABEL = 'secure-dist-action/edge-salt/v1';
const TOKEN_KEY_LABEL = 'secure-dist-action/token-key/v1';

/**
 * The key a site's token digests are made under: SHA-256 of a label and the scope (the stack
 * name), base64url. Not a secret (it is in the function's code, next to the digests): the
 * tokens' 256 random bits are what nobody can guess; the key keeps the digests of two sites
 * apart and makes the same inputs render the same code.
 */
export function tokenKey(scope: string): string {
  return nodeCrypto
    .createHash('sha256')
    .update(`${TOKEN_KEY_LABEL}\u0000${scope}`)
    .digest()
    .subarray(0, TOKEN_KEY_BYTES)
    .toString('base64url');
}

/** The edge's table of tokens: digests under the scope's key; values are never kept. */
export function buildEdgeTokens(scope: string, tokens: readonly TokenCredential[]): EdgeTokens {
  const key = tokenKey(scope);
  const keyBytes = Buffer.from(key, 'base64url');
  const byDigest: Record<string, EdgeToken> = {};
  // One name may have two values while `rotate` replaces one (both work until it completes).
  for (const t of tokens) {
    const name = t.name.normalize('NFC');
    validateTokenName(name);
    if (!TOKEN_SHAPE.test(t.token)) {
      throw new Error(
        `edge config: the value of token '${name}' is not sdt1_ and 43 base64url characters`,
      );
    }
    const entry: EdgeToken = { name };
    if (t.globs !== undefined) entry.globs = checkGlobs(t.globs, `token '${name}'`);
    if (t.expires !== undefined) {
      validateExpires(t.expires, `token '${name}'`);
      entry.expires = t.expires;
    }
    byDigest[tokenDigest(keyBytes, t.token)] = entry;
  }
  return { key, byDigest };
}
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The salt of a user: the first `SALT_BYTES` bytes of SHA-256 over a label, the scope and the
 * NFC user name, base64url. Deterministic, so the same users render the same code; it never
 * depends on the password (a salt derived from the password would be a fast hash of it).
 * Different sites (scopes) give the same user different salts.
 */
export function deriveSalt(scope: string, user: string): string {
  return nodeCrypto
    .createHash('sha256')
    .update(`${SALT_LABEL}\u0000${scope}\u0000${user.normalize('NFC')}`)
    .digest()
    .subarray(0, SALT_BYTES)
    .toString('base64url');
}

/** The scrypt hash (base64url) the edge function checks a password against (both NFC'd here). */
export function hashPassword(user: string, password: string, salt: string): string {
  return deriveKey(
    user.normalize('NFC'),
    password.normalize('NFC'),
    decode(salt, SALT_BYTES, 'salt', user),
  ).toString('base64url');
}

/**
 * Hashes every credential with its deterministic salt. The same user and password listed
 * twice become one entry (the later expiry wins; no expiry is latest). Throws on an empty
 * scope or list, a bad realm, a user name with a colon or control character, an empty
 * password or a password with a control character, a bad expiry.
 */
export function buildEdgeConfig(options: BuildEdgeConfigOptions): EdgeConfig {
  if (options.scope === '') throw new Error('edge config: the scope must not be empty');
  validateRealm(options.realm);
  if (options.users.length === 0) throw new Error('edge config: at least one user is needed');
  const byKey = new Map<string, EdgeUser>();
  for (const credential of options.users) {
    const user = credential.user.normalize('NFC');
    const password = credential.password.normalize('NFC');
    validateUser(user);
    // The edge refuses the same passwords before its KDF (core/basic.ts): one rule.
    const problem = passwordProblem(password);
    if (problem !== undefined) {
      throw new Error(`edge config: the password of user '${user}' ${problem}`);
    }
    if (credential.expires !== undefined) validateExpires(credential.expires, user);
    if (credential.cv !== undefined) validateVersion(credential.cv, user);
    const salt = deriveSalt(options.scope, user);
    const hash = hashPassword(user, password, salt);
    const entry: EdgeUser = { user, salt, hash };
    if (credential.expires !== undefined) entry.expires = credential.expires;
    if (credential.cv !== undefined) entry.cv = credential.cv;
    const key = `${user}\u0000${hash}`;
    const previous = byKey.get(key);
    if (previous === undefined || laterExpiry(entry, previous) === entry) byKey.set(key, entry);
  }
  const config: EdgeConfig = { realm: options.realm, users: sortUsers([...byKey.values()]) };
  const access = normaliseAccess(options.access ?? []);
  if (access.length > 0) config.access = access;
  if (options.share === true) config.share = true;
  if (options.audit === true) config.audit = true;
  if (options.trustedPages === true) config.trustedPages = true;
  if (options.session !== undefined) {
    validateSession(options.session);
    config.session = { lifetime: options.session.lifetime, keyId: options.session.keyId };
  }
  versionsAgree(config.users);
  if (options.tokens !== undefined && options.tokens.length > 0) {
    config.tokens = buildEdgeTokens(options.scope, options.tokens);
  }
  if (options.previews !== undefined) config.previews = checkedPreviews(options.previews);
  return config;
}

/**
 * The handler's CommonJS code with `config` in place of the placeholder. Users are sorted and
 * their keys written in a fixed order, and non-ASCII characters are escaped, so the output is
 * ASCII and depends only on the configuration's content.
 */
export function renderEdgeCode(config: EdgeConfig): string {
  validateRealm(config.realm);
  const users = sortUsers(
    config.users.map((u) => {
      validateUser(u.user);
      decode(u.salt, SALT_BYTES, 'salt', u.user);
      decode(u.hash, HASH_BYTES, 'hash', u.user);
      if (u.expires !== undefined) validateExpires(u.expires, u.user);
      if (u.cv !== undefined) validateVersion(u.cv, u.user);
      const entry: EdgeUser = { user: u.user, salt: u.salt, hash: u.hash };
      if (u.expires !== undefined) entry.expires = u.expires;
      if (u.cv !== undefined) entry.cv = u.cv;
      return entry;
    }),
  );
  versionsAgree(users);
  if (config.session !== undefined) validateSession(config.session);
  const access = normaliseAccess(config.access ?? []);
  const names = new Set(users.map((u) => u.user));
  for (const rule of access) {
    for (const user of rule.users) {
      if (user !== ANY_USER && !names.has(user)) {
        throw new Error(`edge config: access rule names user '${user}', which no user has`);
      }
    }
  }
  const content = {
    realm: config.realm,
    users,
    ...(access.length > 0 ? { access } : {}),
    ...(config.share === true ? { share: true } : {}),
    ...(config.audit === true ? { audit: true } : {}),
    ...(config.trustedPages === true ? { trustedPages: true } : {}),
    ...(config.session !== undefined
      ? {
          session: {
            lifetime: config.session.lifetime,
            keyId: config.session.keyId,
            secret: SESSION_SECRET_SLOT,
          },
        }
      : {}),
    ...(config.tokens === undefined ? {} : renderTokens(config.tokens)),
    ...(config.previews === undefined ? {} : { previews: checkedPreviews(config.previews, names) }),
  };
  const json = JSON.stringify(content).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const parts = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error('edge handler template: expected the config placeholder exactly once');
  }
  const code = parts.join(json);
  // The slot exactly where the configuration puts it: a realm or user that spelled it would
  // make synth split the code in the wrong place.
  const slots = code.split(SESSION_SECRET_SLOT).length - 1;
  if (slots !== (config.session !== undefined ? 1 : 0)) {
    throw new Error(
      `edge config: the rendered code holds ${SESSION_SECRET_SLOT} ${slots} times (a realm or user name must not contain it)`,
    );
  }
  return code;
}

/**
 * Rendered code with its session secret in the slot, as CloudFormation's dynamic reference
 * fills it on AWS: for tests, the benchmark and the sandbox. Code without a slot (`login:
 * basic`) comes back unchanged. The secret must be 32 to 128 letters and digits (Secrets
 * Manager generates 43 for the edge stack).
 */
export function fillSessionSecret(code: string, secret: string): string {
  if (!SESSION_SECRET.test(secret)) {
    throw new Error('edge config: a session secret must be 32 to 128 letters and digits');
  }
  return code.split(SESSION_SECRET_SLOT).join(secret);
}

/** A random session secret in the shape Secrets Manager generates (43 letters and digits). */
export function generateSessionSecret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  while (out.length < 43) {
    for (const byte of nodeCrypto.randomBytes(64)) {
      // 248 = 4 × 62: taking only bytes below it keeps every character equally likely.
      if (byte < 248 && out.length < 43) out += alphabet.charAt(byte % 62);
    }
  }
  return out;
}

/**
 * Evaluates rendered CommonJS handler code and returns its `handler`, as Lambda would load
 * `index.js`. `require` allows only `crypto` / `node:crypto`. The code runs in this realm.
 */
export function loadHandlerFromSource(code: string, options: LoadHandlerOptions = {}): EdgeHandler {
  if (code.includes(SESSION_SECRET_SLOT)) {
    throw new Error(
      `edge handler: the code still holds ${SESSION_SECRET_SLOT}: fill it with fillSessionSecret (on AWS, CloudFormation's dynamic reference does)`,
    );
  }
  const cryptoModule = options.crypto ?? nodeCrypto;
  const requireCrypto = (id: string): typeof nodeCrypto => {
    if (id === 'crypto' || id === 'node:crypto') return cryptoModule;
    throw new Error(`edge handler: require('${id}') is not allowed (only node:crypto)`);
  };
  const now = options.now;
  const DateImpl =
    now === undefined
      ? Date
      : class extends Date {
          static override now(): number {
            return now();
          }
        };
  const log = options.log;
  const consoleImpl =
    log === undefined
      ? console
      : {
          ...console,
          log: (...args: unknown[]) => log(args.map(String).join(' ')),
        };
  const module: { exports: unknown } = { exports: {} };
  const evaluate = new Function('module', 'exports', 'require', 'Date', 'console', code);
  evaluate(module, module.exports, requireCrypto, DateImpl, consoleImpl);
  const exported: unknown = module.exports;
  const handler: unknown =
    typeof exported === 'object' && exported !== null && 'handler' in exported
      ? exported.handler
      : undefined;
  if (typeof handler !== 'function') {
    throw new Error('edge handler: the code does not export a handler function');
  }
  return async (event) => {
    const result: unknown = await Reflect.apply(handler, undefined, [event]);
    if (!isRequestResult(result)) {
      throw new Error('edge handler: returned neither a request nor a generated response');
    }
    return result;
  };
}

function isRequestResult(value: unknown): value is CloudFrontResult {
  if (typeof value !== 'object' || value === null) return false;
  if ('status' in value) return typeof value.status === 'string';
  return 'uri' in value && typeof value.uri === 'string' && 'headers' in value;
}

/** Rules with their users NFC'd and checked, their globs checked; keys in a fixed order. */
function normaliseAccess(rules: readonly AccessRule[]): AccessRule[] {
  return rules.map((rule) => {
    const users = rule.users.map((u) => u.normalize('NFC'));
    for (const user of users) if (user !== ANY_USER) validateUser(user);
    if (users.length === 0) throw new Error('edge config: an access rule names no user');
    if (rule.globs.length === 0) throw new Error('edge config: an access rule has no glob');
    for (const glob of rule.globs) {
      const problem = globProblem(glob);
      if (problem !== undefined) {
        throw new Error(`edge config: access glob ${JSON.stringify(glob)} ${problem}`);
      }
    }
    return { users, globs: [...rule.globs] };
  });
}

/** A host name's labels (RFC 1123): what a preview domain must be, lower case. */
const PREVIEW_DOMAIN =
  /^(?=.{1,240}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * The previews settings checked, keys in a fixed order: a lower-case host name as the domain,
 * `'*'` or NFC user names (with `known`, names a user has). Throws naming what is wrong.
 */
function checkedPreviews(previews: EdgePreviews, known?: ReadonlySet<string>): EdgePreviews {
  const out: EdgePreviews = { users: '*' };
  if (previews.domain !== undefined) {
    const domain = previews.domain.toLowerCase();
    if (!PREVIEW_DOMAIN.test(domain)) {
      throw new Error(
        `edge config: the preview domain ${JSON.stringify(domain)} is not a host name`,
      );
    }
    out.domain = domain;
  }
  if (previews.users !== '*') {
    const users = previews.users.map((u) => u.normalize('NFC'));
    for (const user of users) {
      validateUser(user);
      if (known !== undefined && !known.has(user)) {
        throw new Error(`edge config: previews name user '${user}', which no user has`);
      }
    }
    out.users = [...new Set(users)].sort(compareStrings);
  }
  return out;
}

function validateRealm(realm: string): void {
  if (realm === '' || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      'edge config: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes',
    );
  }
}

function validateUser(user: string): void {
  const problem = userNameProblem(user);
  if (problem === 'is empty') throw new Error('edge config: a user name is empty');
  if (problem !== undefined) {
    throw new Error(`edge config: user name ${JSON.stringify(user)} ${problem}`);
  }
  if (user !== user.normalize('NFC')) {
    throw new Error(`edge config: user name '${user}' is not NFC-normalised`);
  }
}

function validateExpires(expires: number, user: string): void {
  if (!Number.isSafeInteger(expires) || expires < 0) {
    const whose = user.startsWith("token '") ? user : `a password of user '${user}'`;
    throw new Error(
      `edge config: the expiry of ${whose} must be whole epoch seconds, got ${expires}`,
    );
  }
}

function validateTokenName(name: string): void {
  const problem = userNameProblem(name);
  if (problem !== undefined) {
    throw new Error(`edge config: token name ${JSON.stringify(name)} ${problem}`);
  }
  if (name !== name.normalize('NFC')) {
    throw new Error(`edge config: token name '${name}' is not NFC-normalised`);
  }
}

function checkGlobs(globs: readonly string[], whose: string): string[] {
  if (globs.length === 0) throw new Error(`edge config: ${whose} has an empty \`access\``);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== undefined) {
      throw new Error(`edge config: access glob ${JSON.stringify(glob)} of ${whose} ${problem}`);
    }
  }
  return [...globs];
}

/** The tokens as rendered: checked again, digests sorted, keys in a fixed order. */
function renderTokens(tokens: EdgeTokens): { tokens: EdgeTokens } | Record<string, never> {
  const digests = Object.keys(tokens.byDigest).sort(compareStrings);
  if (digests.length === 0) return {};
  const key = Buffer.from(tokens.key, 'base64url');
  if (key.length !== TOKEN_KEY_BYTES || key.toString('base64url') !== tokens.key) {
    throw new Error(`edge config: the token key is not ${TOKEN_KEY_BYTES} bytes of base64url`);
  }
  const byDigest: Record<string, EdgeToken> = {};
  for (const digest of digests) {
    const t = tokens.byDigest[digest];
    if (t === undefined) continue;
    if (!/^[A-Za-z0-9_-]{43}$/.test(digest)) {
      throw new Error(`edge config: the digest of token '${t.name}' is not 32 bytes of base64url`);
    }
    validateTokenName(t.name);
    const entry: EdgeToken = { name: t.name };
    if (t.globs !== undefined) entry.globs = checkGlobs(t.globs, `token '${t.name}'`);
    if (t.expires !== undefined) {
      validateExpires(t.expires, `token '${t.name}'`);
      entry.expires = t.expires;
    }
    byDigest[digest] = entry;
  }
  return { tokens: { key: tokens.key, byDigest } };
}

function validateVersion(cv: string, user: string): void {
  if (!CREDENTIAL_VERSION.test(cv)) {
    throw new Error(
      `edge config: the credential version of user '${user}' must be 1 to 22 characters of A-Z, a-z, 0-9, '_' and '-'`,
    );
  }
}

/** Every entry of one user names the same credential version, or none does. */
function versionsAgree(users: readonly EdgeUser[]): void {
  const versions = new Map<string, string | undefined>();
  for (const u of users) {
    if (versions.has(u.user) && versions.get(u.user) !== u.cv) {
      throw new Error(
        `edge config: the passwords of user '${u.user}' name different credential versions`,
      );
    }
    versions.set(u.user, u.cv);
  }
}

function validateSession(session: EdgeSession): void {
  if (!SESSION_KEY_ID.test(session.keyId)) {
    throw new Error('edge config: the session key id must be 1 to 16 letters and digits');
  }
  const lifetime = session.lifetime;
  if (!Number.isSafeInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error(
      `edge config: the session lifetime must be whole seconds from 1 to ${MAX_SESSION_SECONDS} (30 days), got ${lifetime}`,
    );
  }
}

function decode(value: string, bytes: number, what: string, user: string): Buffer {
  const buffer = BASE64URL.test(value) ? Buffer.from(value, 'base64url') : Buffer.alloc(0);
  if (buffer.length !== bytes || buffer.toString('base64url') !== value) {
    throw new Error(
      `edge config: the ${what} of user '${user}' is not ${bytes} bytes of base64url`,
    );
  }
  return buffer;
}

function laterExpiry(a: EdgeUser, b: EdgeUser): EdgeUser {
  if (a.expires === undefined) return a;
  if (b.expires === undefined) return b;
  return a.expires >= b.expires ? a : b;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By user, salt, hash, then expiry (none last): code-unit order, independent of locale. */
function sortUsers(users: EdgeUser[]): EdgeUser[] {
  return users.sort(
    (a, b) =>
      compareStrings(a.user, b.user) ||
      compareStrings(a.salt, b.salt) ||
      compareStrings(a.hash, b.hash) ||
      (a.expires ?? Number.MAX_SAFE_INTEGER) - (b.expires ?? Number.MAX_SAFE_INTEGER),
  );
}
