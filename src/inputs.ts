/**
 * Every input of the action, read once into a typed, validated object.
 *
 * Nothing else in the action reads inputs: the rest of the code takes an `Inputs`.
 * Every error names the input (and the line, for multi-line inputs) and never
 * shows a password.
 */
import path from 'node:path';
import { ANY_USER, globProblem, userNameProblem } from './edge/core/index.js';
import { compileGlob, type KeyMatcher } from './sync/glob.js';
import { FUNCTION_PASSWORD_MIN_BITS, functionPasswordProblem } from './edge/function/store.js';

export const COMMANDS = ['deploy', 'sync', 'plan', 'rotate', 'synth', 'share', 'audit'] as const;
export type Command = (typeof COMMANDS)[number];

/** One `user:password` line of `basic-auth-users`. */
export interface BasicAuthUser {
  readonly user: string;
  readonly password: string;
}

/** One `NAMES: GLOBS` line of `access`. */
export interface AccessLine {
  /** 1-based line number in the input, for errors. */
  readonly line: number;
  /** NFC user names, or `*` (every user). */
  readonly users: readonly string[];
  /** Absolute globs: literal segments, `*` (one segment), `**` (any depth). */
  readonly globs: readonly string[];
}

/** One `glob: value` line of `cache-control`, or one of the built-in defaults. */
export interface CacheControlRule {
  /** What the rule was written as, for reports (`*.css`, or `default: html`). */
  readonly pattern: string;
  readonly value: string;
  readonly matches: KeyMatcher;
}

export type MaxDelete =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'percent'; readonly percent: number };

export interface Inputs {
  readonly command: Command;
  readonly roleToAssume: string | undefined;
  readonly roleSessionName: string;
  readonly roleDurationSeconds: number;
  readonly audience: string;
  readonly stackName: string;
  readonly region: string;
  /** Absolute path of the folder to publish. */
  readonly contentDir: string;
  /** `content-dir` as the user wrote it, for messages. */
  readonly contentDirInput: string;
  /** Absolute path of the workspace: `content-dir` must be a real folder inside it. */
  readonly workspace: string;
  readonly exclude: readonly string[];
  readonly cacheControl: readonly CacheControlRule[];
  readonly delete: boolean;
  readonly maxDelete: MaxDelete;
  /** `listing`: generate a listing for every folder without an `index.html` (README, "Folder listings"). */
  readonly listing: boolean;
  readonly bucket: string | undefined;
  readonly distributionId: string | undefined;
  readonly invalidate: boolean;
  readonly waitForInvalidation: boolean;
  readonly invalidationTimeoutSeconds: number;
  readonly basicAuthUsers: readonly BasicAuthUser[];
  readonly realm: string;
  /** `access`: per-user read rules; empty = every user reads everything. */
  readonly access: readonly AccessLine[];
  /** `undefined` means every user. */
  readonly rotateUsers: readonly string[] | undefined;
  readonly rotationGracePeriodSeconds: number;
  readonly domainName: string | undefined;
  readonly certificateArn: string | undefined;
  readonly outputDir: string;
  readonly dryRun: boolean;
  readonly concurrency: number;
  /** `git`: trust git for clean tracked files (src/sync/git.ts); `full`: hash every file. */
  readonly verify: 'git' | 'full';
  readonly stackTimeoutSeconds: number;
  readonly recreateFailedStack: boolean;
  readonly githubToken: string | undefined;
  /** `auto`: the bootstrap stack's boundary when `role-to-assume` is set; `none`; or an ARN. */
  readonly permissionsBoundary: 'auto' | 'none' | string;
  readonly commentOnPr: boolean;
  /** Requests per 5 minutes per IP before AWS WAF blocks (`rate-limit`); 0 = no web ACL. */
  readonly rateLimit: number;
  /**
   * `cloudformation-role`: `auto` (the bootstrap stack's `<stack-name>-cloudformation` in the
   * account of `role-to-assume`, when set), `none`, or an IAM role ARN.
   */
  readonly cloudFormationRole: 'auto' | 'none' | string;
  /** `edge-runtime`: the Lambda runtime of the edge function. */
  readonly edgeRuntime: EdgeRuntime;
  /** `edge`: Lambda@Edge (`lambda`) or a CloudFront Function with a KeyValueStore (`function`). */
  readonly edge: EdgeKind;
  /** `verify-stacks`: drift detection on both stacks before trusting the fingerprint. */
  readonly verifyStacks: boolean;
  /** `audit-log`: the edge function writes one audit line per decision (README, "Who downloaded what"). */
  readonly auditLog: boolean;
  /** `audit-retention-days`: retention deploy sets on the edge function's log groups. */
  readonly auditRetentionDays: AuditRetentionDays;
  /** `since` (for `audit`): how far back to read, in seconds. */
  readonly auditSinceSeconds: number;
  /** `user` (for `audit`): only this user's lines (`share:<key id>` for share links). */
  readonly auditUser: string | undefined;
  /** `path` (for `audit`): only this path, or (ending in `/`) everything under it. */
  readonly auditPath: string | undefined;
  /** `share-links`: the site accepts signed share links (`/_share/*`, README "Share a file"). */
  readonly shareLinks: boolean;
  /** `share-key-rotate` (rotate): `no`, `rotate` (input `true`) or `revoke`. */
  readonly shareKeyRotate: ShareKeyRotate;
  /** `path` (share): an object key, or a folder prefix ending in `/`; undefined when empty. */
  readonly sharePath: string | undefined;
  /** `expires-in` (share): the link's lifetime in seconds. */
  readonly expiresInSeconds: number;
}

export type ShareKeyRotate = 'no' | 'rotate' | 'revoke';

/** `expires-in` when the input is empty: 7 days. */
export const DEFAULT_EXPIRES_IN = '7d';
/** The longest `expires-in`: 30 days (a rotated share key stays trusted this long). */
export const MAX_EXPIRES_IN_SECONDS = 30 * 86_400;

/** The edge runtimes (`edge`); the first is the default. README: "Choosing the edge runtime". */
export const EDGE_KINDS = ['lambda', 'function'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * The retention periods CloudWatch Logs accepts (PutRetentionPolicy, `retentionInDays`,
 * CloudWatch Logs API Reference:
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html).
 */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;
export type AuditRetentionDays = (typeof LOG_RETENTION_DAYS)[number];

/** Node.js runtimes the edge function may use (`edge-runtime`); the first is the default. */
export const EDGE_RUNTIMES = ['nodejs24.x', 'nodejs22.x'] as const;
export type EdgeRuntime = (typeof EDGE_RUNTIMES)[number];

/** Reads one raw input by its action.yml name ('' when unset). */
export type InputSource = (name: string) => string;

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`\`${input}\`: ${message}`);
    this.name = 'InputError';
  }
}

/** Reads inputs the way the runner passes them: `INPUT_<NAME>` with spaces as `_`, upper case. */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export interface ParseContext {
  /** Where relative paths start: `GITHUB_WORKSPACE` on a runner, else the working directory. */
  readonly workspace: string;
  /** `GITHUB_RUN_ID`/`GITHUB_RUN_ATTEMPT`, for the default session name. */
  readonly runId?: string | undefined;
  readonly runAttempt?: string | undefined;
}

export function parseInputs(
  get: InputSource,
  ctx: ParseContext,
  getRaw: InputSource = get,
): Inputs {
  const str = (name: string, fallback: string): string => get(name).trim() || fallback;
  const optional = (name: string): string | undefined => get(name).trim() || undefined;

  const command = parseCommand(str('command', 'deploy'));
  const roleToAssume = optional('role-to-assume');
  if (
    roleToAssume !== undefined &&
    !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)
  ) {
    throw new InputError(
      'role-to-assume',
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${roleToAssume}'`,
    );
  }
  const defaultSession = ctx.runId
    ? `secure-dist-${ctx.runId}-${ctx.runAttempt ?? '1'}`
    : 'secure-dist-local';
  const roleSessionName = str('role-session-name', defaultSession);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError(
      'role-session-name',
      `expected 2 to 64 characters of letters, digits and _+=,.@-, got '${roleSessionName}'`,
    );
  }
  const roleDurationSeconds = parseIntegerInRange(
    'role-duration-seconds',
    str('role-duration-seconds', '3600'),
    900,
    43200,
  );

  const stackName = str('stack-name', 'secure-dist');
  // Stacks are <stack-name>-edge and <stack-name>-site: 128 characters at most, letter first.
  if (!/^[A-Za-z][A-Za-z0-9-]{0,122}$/.test(stackName)) {
    throw new InputError(
      'stack-name',
      `expected a letter followed by letters, digits and hyphens (at most 123 characters), got '${stackName}'`,
    );
  }
  const region = str('region', 'eu-central-1');
  if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region)) {
    throw new InputError('region', `expected an AWS region such as eu-central-1, got '${region}'`);
  }
  checkStandardPartition(region);
  // `sync` only reads the site stack's outputs; the other commands name its bucket after it.
  if (command !== 'sync') checkSiteBucketName(stackName, region);

  const contentDirInput = str('content-dir', 'content');
  const contentDir = path.resolve(ctx.workspace, contentDirInput);

  const exclude = lines(get('exclude'));
  exclude.forEach((glob, i) => {
    try {
      compileGlob(glob);
    } catch (e) {
      throw new InputError(
        'exclude',
        `line ${i + 1}: '${glob}' is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  });

  const bucket = optional('bucket');
  if (bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new InputError(
      'bucket',
      `'${bucket}' is not a valid S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)`,
    );
  }
  const distributionId = optional('distribution-id');
  if (distributionId !== undefined && !/^[A-Z0-9]{8,20}$/.test(distributionId)) {
    throw new InputError(
      'distribution-id',
      `'${distributionId}' does not look like a CloudFront distribution id (such as E2QWRUHAPOMQZL)`,
    );
  }

  const realm = str('realm', 'Restricted');
  validateRealm(realm);

  const domainName = optional('domain-name');
  const certificateArn = optional('certificate-arn');
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new InputError(
      domainName === undefined ? 'domain-name' : 'certificate-arn',
      '`domain-name` and `certificate-arn` go together: set both or neither',
    );
  }
  if (
    certificateArn !== undefined &&
    !/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)
  ) {
    throw new InputError(
      'certificate-arn',
      `expected an ACM certificate ARN in us-east-1 (CloudFront only uses certificates from there), got '${certificateArn}'`,
    );
  }

  const permissionsBoundary = str('permissions-boundary', 'auto');
  if (
    !['auto', 'none'].includes(permissionsBoundary) &&
    !/^arn:aws[\w-]*:iam::\d{12}:policy\/[\w+=,.@/-]+$/.test(permissionsBoundary)
  ) {
    throw new InputError(
      'permissions-boundary',
      `expected auto, none or an IAM policy ARN, got '${permissionsBoundary}'`,
    );
  }

  const cloudFormationRole = str('cloudformation-role', 'auto');
  if (
    !['auto', 'none'].includes(cloudFormationRole) &&
    !/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(cloudFormationRole)
  ) {
    throw new InputError(
      'cloudformation-role',
      `expected auto, none or an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${cloudFormationRole}'`,
    );
  }
  const edgeRuntimeRaw = str('edge-runtime', EDGE_RUNTIMES[0]);
  const edgeRuntime = EDGE_RUNTIMES.find((r) => r === edgeRuntimeRaw);
  if (edgeRuntime === undefined) {
    throw new InputError(
      'edge-runtime',
      `expected ${EDGE_RUNTIMES.join(' or ')} (the Node.js runtimes Lambda@Edge takes), got '${edgeRuntimeRaw}'`,
    );
  }

  const edgeRaw = str('edge', EDGE_KINDS[0]);
  const edge = EDGE_KINDS.find((k) => k === edgeRaw);
  if (edge === undefined) {
    throw new InputError(
      'edge',
      `expected lambda (Lambda@Edge) or function (CloudFront Functions with a KeyValueStore), got '${edgeRaw}'`,
    );
  }

  const basicAuthUsers = parseBasicAuthUsers(getRaw('basic-auth-users'));
  // With `edge: function` the store holds fast (HMAC-SHA-256) hashes: weak passwords are refused.
  if (edge === 'function') checkFunctionPasswords(basicAuthUsers);
  const access = parseAccess(get('access'));
  // With users in the input, a name no user has is an error now; in secrets mode deploy and
  // rotate check when they read the users (commands/synth.ts `synthFor`).
  if (basicAuthUsers.length > 0)
    checkAccessUsers(
      access,
      basicAuthUsers.map((u) => u.user),
    );

  const rotateRaw = str('rotate-users', 'all');
  const rotateUsers = rotateRaw === 'all' ? undefined : lines(rotateRaw.replace(/,/g, '\n'));

  return {
    command,
    roleToAssume,
    roleSessionName,
    roleDurationSeconds,
    audience: str('audience', 'sts.amazonaws.com'),
    stackName,
    region,
    contentDir,
    contentDirInput,
    workspace: path.resolve(ctx.workspace),
    exclude,
    cacheControl: parseCacheControl(get('cache-control')),
    delete: parseBoolean('delete', get('delete'), true),
    maxDelete: parseMaxDelete(str('max-delete', '50%')),
    listing: parseBoolean('listing', get('listing'), false),
    bucket,
    distributionId,
    invalidate: parseBoolean('invalidate', get('invalidate'), true),
    waitForInvalidation: parseBoolean('wait-for-invalidation', get('wait-for-invalidation'), false),
    invalidationTimeoutSeconds: parseDuration(
      'invalidation-timeout',
      str('invalidation-timeout', '15m'),
    ),
    basicAuthUsers,
    realm,
    access,
    rotateUsers,
    rotationGracePeriodSeconds: parseDuration(
      'rotation-grace-period',
      str('rotation-grace-period', '1h'),
      true,
    ),
    domainName,
    certificateArn,
    outputDir: path.resolve(ctx.workspace, str('output-dir', 'secure-dist.out')),
    dryRun: parseBoolean('dry-run', get('dry-run'), false),
    concurrency: parseIntegerInRange('concurrency', str('concurrency', '16'), 1, 256),
    verify: parseVerify(str('verify', 'git')),
    stackTimeoutSeconds: parseDuration('stack-timeout', str('stack-timeout', '30m')),
    recreateFailedStack: parseBoolean('recreate-failed-stack', get('recreate-failed-stack'), false),
    githubToken: optional('github-token'),
    permissionsBoundary,
    commentOnPr: parseBoolean('comment-on-pr', get('comment-on-pr'), false),
    rateLimit: parseRateLimit(get('rate-limit')),
    cloudFormationRole,
    edgeRuntime,
    edge,
    verifyStacks: parseBoolean('verify-stacks', get('verify-stacks'), false),
    shareLinks: parseLambdaOnlyFlag('share-links', get('share-links'), edge),
    shareKeyRotate: parseShareKeyRotate(get('share-key-rotate')),
    // `path` is read by share and by audit, each with its own rules.
    sharePath: command === 'audit' ? undefined : parseSharePath(command, get('path')),
    expiresInSeconds: parseExpiresIn(get('expires-in')),
    auditLog: parseLambdaOnlyFlag('audit-log', get('audit-log'), edge),
    auditRetentionDays: parseRetentionDays(str('audit-retention-days', '90')),
    // Back to the longest retention CloudWatch Logs offers (10 years).
    auditSinceSeconds: parseDuration('since', str('since', '7d'), false, 3653 * 86400),
    auditUser: parseAuditUser(optional('user')),
    auditPath: command === 'audit' ? parseAuditPath(optional('path')) : undefined,
  };
}

/** `audit-retention-days`: one of the retention periods CloudWatch Logs accepts. */
export function parseRetentionDays(raw: string): AuditRetentionDays {
  const found = LOG_RETENTION_DAYS.find((d) => String(d) === raw);
  if (found === undefined) {
    throw new InputError(
      'audit-retention-days',
      `CloudWatch Logs keeps logs for one of ${LOG_RETENTION_DAYS.join(', ')} days, got '${raw}'`,
    );
  }
  return found;
}

/** `user` (for `audit`): a user name as `basic-auth-users` allows it, or `share:<key id>`. */
export function parseAuditUser(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const user = raw.normalize('NFC');
  if (user.startsWith('share:')) {
    if (!/^share:[A-Z0-9]{1,128}$/.test(user)) {
      throw new InputError('user', `expected share:<CloudFront public key ID>, got '${user}'`);
    }
    return user;
  }
  const problem = userNameProblem(user);
  if (problem !== undefined) throw new InputError('user', `user name '${user}' ${problem}`);
  return user;
}

/** `path` (for `audit`): an absolute URI path; ending in `/`, a folder and everything under it. */
export function parseAuditPath(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  if (!raw.startsWith('/') || /[\u0000-\u001f\u007f?#]/.test(raw)) {
    throw new InputError(
      'path',
      `expected a path starting with / (a folder ends with /), without a query or control characters, got '${raw}'`,
    );
  }
  return raw;
}

/**
 * A boolean input for what only the Lambda@Edge runtime does yet: share links (the
 * `/_share/*` behavior runs the Lambda@Edge function; the CloudFront Functions runtime has no
 * share hook) and the audit line (not written by the CloudFront Function). With
 * `edge: function`, `true` is an input error rather than links answered with 401 or an audit
 * trail that silently stays empty.
 */
export function parseLambdaOnlyFlag(
  name: 'share-links' | 'audit-log',
  raw: string,
  edge: EdgeKind,
): boolean {
  const on = parseBoolean(name, raw, false);
  if (on && edge === 'function') {
    throw new InputError(
      name,
      name === 'share-links'
        ? 'share links need `edge: lambda` in this version (the CloudFront Functions runtime has no share hook yet)'
        : 'the audit trail needs `edge: lambda` in this version (the CloudFront Functions runtime does not write audit lines yet)',
    );
  }
  return on;
}

/** `share-key-rotate`: `false` (default), `true` (rotate, old key kept) or `revoke`. */
export function parseShareKeyRotate(raw: string): ShareKeyRotate {
  const value = raw.trim();
  if (value === 'revoke') return 'revoke';
  try {
    return parseBoolean('share-key-rotate', value, false) ? 'rotate' : 'no';
  } catch {
    throw new InputError('share-key-rotate', `expected true, false or revoke, got '${value}'`);
  }
}

/** `expires-in`: a duration, at most `MAX_EXPIRES_IN_SECONDS`. */
export function parseExpiresIn(raw: string): number {
  const seconds = parseDuration('expires-in', raw.trim() || DEFAULT_EXPIRES_IN);
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new InputError('expires-in', `must be at most 30d, got '${raw.trim()}'`);
  }
  return seconds;
}

/**
 * `path` (share): one object key (`docs/report.pdf`) or a folder prefix ending in `/`
 * (`docs/2026/`), a leading `/` optional. Required by `command: share`. Refused: empty or `/`
 * (the whole site: give people a user instead), `.`/`..` segments, control characters, `\`,
 * `*` (a custom policy's wildcard: a folder named `a*` would open `ab/` too), and the sync's
 * reserved `.secure-dist/` (CloudFront may never read it).
 */
export function parseSharePath(command: Command, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') {
    if (command === 'share') {
      throw new InputError(
        'path',
        '`command: share` needs the object key or folder (ending in /) to share',
      );
    }
    return undefined;
  }
  const folder = value.endsWith('/');
  const segments = value.split('/').filter((s) => s !== '');
  if (segments.length === 0) {
    throw new InputError(
      'path',
      "'/' would share the whole site: name a file or a folder ending in /",
    );
  }
  for (const segment of segments) {
    if (segment === '.' || segment === '..') {
      throw new InputError('path', `'${value}' has a '${segment}' segment`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\*]/.test(segment)) {
      throw new InputError(
        'path',
        `'${value}' has a control character, a backslash or a '*' (the signed policy's wildcard)`,
      );
    }
  }
  if (segments[0] === '.secure-dist') {
    throw new InputError(
      'path',
      "'.secure-dist/' holds the sync's manifest, which is never served",
    );
  }
  const key = segments.join('/');
  if (Buffer.byteLength(key) > 1024) {
    throw new InputError('path', 'is longer than an S3 key (1,024 bytes)');
  }
  return folder ? `${key}/` : key;
}

/**
 * `access`: newline-separated `NAMES: GLOBS` lines. NAMES is a comma-separated list of user
 * names or `*`; GLOBS a comma-separated list of absolute paths whose segments are literal, `*`
 * (one segment) or `**` (any depth). Blank lines are skipped. Errors name the input and line.
 */
export function parseAccess(raw: string, input = 'access'): AccessLine[] {
  const rules: AccessLine[] = [];
  raw.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') return;
    const where = `line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) {
      throw new InputError(
        input,
        `${where}: expected 'NAMES: GLOBS' (no colon found) in '${line}'`,
      );
    }
    const users = splitList(line.slice(0, colon)).map((u) => u.normalize('NFC'));
    const globs = splitList(line.slice(colon + 1));
    if (users.length === 0) throw new InputError(input, `${where}: no user name before the colon`);
    if (globs.length === 0) throw new InputError(input, `${where}: no glob after the colon`);
    for (const user of users) {
      const problem = user === ANY_USER ? undefined : userNameProblem(user);
      if (problem !== undefined) {
        throw new InputError(input, `${where}: user name '${user}' ${problem}`);
      }
    }
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem !== undefined) throw new InputError(input, `${where}: glob '${glob}' ${problem}`);
    }
    rules.push({ line: i + 1, users, globs });
  });
  return rules;
}

/**
 * `edge: function`: every password of `basic-auth-users` must pass the runtime's entropy rule
 * (`functionPasswordProblem`, src/edge/function/store.ts: at least 128 bits). The error names
 * the input and the user, never the password.
 */
export function checkFunctionPasswords(
  users: readonly BasicAuthUser[],
  input = 'basic-auth-users',
): void {
  for (const { user, password } of users) {
    const problem = functionPasswordProblem(password);
    if (problem !== undefined) {
      throw new InputError(
        input,
        `user '${user}': the password is too weak for \`edge: function\` (CloudFront Functions can only ` +
          `use a fast hash, so every password needs ${FUNCTION_PASSWORD_MIN_BITS} bits of entropy): it ${problem}`,
      );
    }
  }
}

/** Throws, naming `access` and the line, when a rule names a user not among `users`. */
export function checkAccessUsers(
  rules: readonly AccessLine[],
  users: readonly string[],
  input = 'access',
): void {
  const known = new Set(users.map((u) => u.normalize('NFC')));
  for (const rule of rules) {
    for (const user of rule.users) {
      if (user !== ANY_USER && !known.has(user)) {
        throw new InputError(input, `line ${rule.line}: no user is named '${user}'`);
      }
    }
  }
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `rate-limit` when the input is empty: see the README ("Rate limiting"). */
export const DEFAULT_RATE_LIMIT = 1000;
/** AWS WAF's bounds for a rate-based rule's limit (the lowest is 10). */
export const RATE_LIMIT_MIN = 10;
export const RATE_LIMIT_MAX = 2_000_000_000;

/** Requests per 5 minutes per IP address; `0` or `off` = no rate limiting. */
export function parseRateLimit(raw: string): number {
  const value = raw.trim();
  if (value === '') return DEFAULT_RATE_LIMIT;
  if (value === 'off' || value === '0') return 0;
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      'rate-limit',
      `expected requests per 5 minutes per IP address (${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX}), or 0/off, got '${value}'`,
    );
  }
  const n = Number(value);
  if (n < RATE_LIMIT_MIN || n > RATE_LIMIT_MAX) {
    throw new InputError(
      'rate-limit',
      `AWS WAF accepts ${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX} requests per 5 minutes (or 0/off to turn it off), got ${n}`,
    );
  }
  return n;
}

/**
 * Only the standard `aws` partition has Lambda@Edge: the edge function must be created in
 * us-east-1 (N. Virginia) and associated with CloudFront there
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html),
 * and a stack in another partition (China `aws-cn`, GovCloud `aws-us-gov`, the ISO partitions)
 * can use no us-east-1 function: CloudFront in China is a separate service without it
 * (https://docs.amazonaws.cn/en_us/aws/latest/userguide/cloudfront.html), GovCloud and ISO
 * regions have no CloudFront of their own.
 */
function checkStandardPartition(region: string): void {
  const partition = /^cn-/.test(region)
    ? 'the aws-cn (China) partition'
    : /^us-gov-/.test(region)
      ? 'the aws-us-gov (GovCloud) partition'
      : /^[a-z]{2}-iso[a-z]*-/.test(region)
        ? 'an ISO partition'
        : undefined;
  if (partition === undefined) return;
  throw new InputError(
    'region',
    `'${region}' is in ${partition}, not the standard aws partition. ` +
      'The edge function (Lambda@Edge) must live in us-east-1 of the same partition as the ' +
      'distribution, and Lambda@Edge exists only in the standard aws partition: pick a region such as eu-central-1',
  );
}

function parseCommand(value: string): Command {
  const found = COMMANDS.find((c) => c === value);
  if (found === undefined) {
    throw new InputError('command', `expected one of ${COMMANDS.join(', ')}, got '${value}'`);
  }
  return found;
}

/** Non-empty lines, trimmed. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function parseVerify(raw: string): 'git' | 'full' {
  if (raw === 'git' || raw === 'full') return raw;
  throw new InputError('verify', `expected git or full, got '${raw}'`);
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, `expected true or false, got '${value}'`);
}

function parseIntegerInRange(input: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw))
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `90`, `90s`, `15m`, `1h`, `1h30m`, `2d` ⇒ seconds. */
export function parseDuration(
  input: string,
  raw: string,
  allowZero = false,
  maxSeconds = 30 * 86400,
): number {
  const value = raw.trim();
  let seconds: number;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else if (/^(\d+[smhd])+$/.test(value)) {
    seconds = 0;
    for (const m of value.matchAll(/(\d+)([smhd])/g))
      seconds += Number(m[1]) * (UNIT_SECONDS[m[2] ?? 's'] ?? 1);
  } else {
    throw new InputError(
      input,
      `expected a duration such as 90s, 15m, 1h or 1h30m, got '${value}'`,
    );
  }
  if (!allowZero && seconds === 0) throw new InputError(input, 'must be longer than zero');
  if (seconds > maxSeconds) {
    throw new InputError(input, `must be at most ${maxSeconds / 86400}d, got '${value}'`);
  }
  return seconds;
}

export function parseMaxDelete(raw: string): MaxDelete {
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw);
  if (pct) {
    const percent = Number(pct[1]);
    if (percent > 100)
      throw new InputError('max-delete', `a percentage must be at most 100%, got '${raw}'`);
    return { kind: 'percent', percent };
  }
  if (/^\d+$/.test(raw)) return { kind: 'count', count: Number(raw) };
  throw new InputError('max-delete', `expected a count or a percentage, got '${raw}'`);
}

export function validateRealm(realm: string): void {
  if (realm.length > 128)
    throw new InputError('realm', `must be at most 128 characters, got ${realm.length}`);
  // The realm goes inside a quoted-string of WWW-Authenticate in a response CloudFront generates:
  // printable ASCII only, and no quotes or backslashes.
  if (/["\\]/.test(realm))
    throw new InputError('realm', 'must not contain double quotes or backslashes');
  if (!/^[\x20-\x7e]+$/.test(realm)) {
    throw new InputError(
      'realm',
      'must be printable ASCII (no control characters, no accented letters)',
    );
  }
}

/**
 * `user:password` lines. The user is everything before the first colon (RFC 7617: a user-id
 * cannot contain one); the password is the rest and may contain colons. Blank lines are
 * skipped; a trailing CR is dropped. Both are NFC-normalised, as the edge function does with
 * what browsers send. Errors name the line and the user, never the password.
 */
export function parseBasicAuthUsers(raw: string, input = 'basic-auth-users'): BasicAuthUser[] {
  const users: BasicAuthUser[] = [];
  const seen = new Map<string, number>();
  raw.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0)
      throw new InputError(input, `${where}: expected 'user:password' (no colon found)`);
    const user = line.slice(0, colon).trim().normalize('NFC');
    const password = line.slice(colon + 1).normalize('NFC');
    if (user === '') throw new InputError(input, `${where}: the user name is empty`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(user))
      throw new InputError(input, `${where}: the user name contains a control character`);
    if (password === '')
      throw new InputError(input, `${where}: the password for user '${user}' is empty`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(password)) {
      throw new InputError(
        input,
        `${where}: the password for user '${user}' contains a control character`,
      );
    }
    if (Buffer.byteLength(user) + Buffer.byteLength(password) > 512) {
      throw new InputError(
        input,
        `${where}: user '${user}': user and password together must be at most 512 bytes`,
      );
    }
    const first = seen.get(user);
    if (first !== undefined)
      throw new InputError(input, `${where}: user '${user}' is already defined on line ${first}`);
    seen.set(user, i + 1);
    users.push({ user, password });
  });
  return users;
}

/**
 * Built-in Cache-Control rules, applied after the user's: what viewers get. Every response is
 * behind Basic auth, so only the viewer's own browser may keep it (`private`): RFC 9111 §3.5
 * lets a shared cache (a TLS-inspecting proxy) reuse a `public`/`s-maxage` response to an
 * `Authorization` request for other people. CloudFront never sees these values as
 * Cache-Control: the sync stores them as object metadata and a Cache-Control CloudFront caches
 * by, and the edge function gives viewers this value back (src/sync/headers.ts,
 * cloudformation/site.yaml "Caching"), so CloudFront keeps every object until it is invalidated.
 */
export const DEFAULT_CACHE_CONTROL: readonly CacheControlRule[] = [
  {
    pattern: 'default: HTML (browsers revalidate; CloudFront keeps it until invalidated)',
    value: 'private, no-cache',
    matches: (key) => /\.html?$/i.test(key),
  },
  {
    pattern: 'default: fingerprinted assets (name-<hash>.ext)',
    value: 'private, max-age=31536000, immutable',
    matches: (key) => isFingerprinted(key),
  },
  {
    pattern: 'default: everything else',
    value: 'private, max-age=300',
    matches: () => true,
  },
];

/** The site bucket is `<stack-name>-site-<account id>-<region>` (site.yaml); S3 allows 63 characters. */
export const BUCKET_NAME_LIMIT = 63;

/** The longest `stack-name` whose site bucket name fits in `region`. */
export function maxStackNameForRegion(region: string): number {
  return BUCKET_NAME_LIMIT - '-site-'.length - 12 - 1 - region.length;
}

function checkSiteBucketName(stackName: string, region: string): void {
  const max = maxStackNameForRegion(region);
  if (stackName.length > max) {
    throw new InputError(
      'stack-name',
      `'${stackName}' is ${stackName.length} characters; in ${region} at most ${max} fit, because the site bucket is named ` +
        `'<stack-name>-site-<account id>-${region}' and S3 bucket names are at most ${BUCKET_NAME_LIMIT} characters`,
    );
  }
  if (stackName !== stackName.toLowerCase()) {
    throw new InputError(
      'stack-name',
      `'${stackName}' has upper-case letters; the site bucket is named after it and S3 bucket names are lower case`,
    );
  }
}

/**
 * `app.3f2a9c1b.js`, `index-DiwrgTda.css`, `chunk-5QXJ2ZQ7.mjs`: a hex hash of 8+ characters,
 * or a build tool's 8-character base64url hash that has both letters and digits.
 */
export function isFingerprinted(key: string): boolean {
  const base = key.slice(key.lastIndexOf('/') + 1);
  const m = /[.-]([A-Za-z0-9_]{8,})\.[A-Za-z0-9]+$/.exec(base);
  if (!m || m[1] === undefined) return false;
  const hash = m[1];
  if (/^[0-9a-f]{8,}$/.test(hash)) return /\d/.test(hash);
  return hash.length <= 16 && /\d/.test(hash) && /[A-Za-z]/.test(hash);
}

/** `glob: value` lines; the user's rules first, then the defaults. */
export function parseCacheControl(raw: string): CacheControlRule[] {
  const rules: CacheControlRule[] = [];
  raw.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    if (colon < 0)
      throw new InputError('cache-control', `line ${i + 1}: expected 'glob: value', got '${line}'`);
    const glob = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (glob === '' || value === '') {
      throw new InputError('cache-control', `line ${i + 1}: expected 'glob: value', got '${line}'`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value))
      throw new InputError(
        'cache-control',
        `line ${i + 1}: the value contains a control character`,
      );
    // Viewers must never be told a shared cache may keep an authenticated response.
    if (/\bpublic\b|\bs-maxage\b/i.test(value)) {
      throw new InputError(
        'cache-control',
        `line ${i + 1}: '${line}': the site is password-protected, so a shared cache must never keep its responses: ` +
          "use 'private' and 'max-age' (CloudFront keeps every object until it is invalidated anyway)",
      );
    }
    let matches: KeyMatcher;
    try {
      matches = compileGlob(glob);
    } catch (e) {
      throw new InputError(
        'cache-control',
        `line ${i + 1}: '${glob}' is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    rules.push({ pattern: glob, value, matches });
  });
  return [...rules, ...DEFAULT_CACHE_CONTROL];
}
