/**
 * The typed site: what secure-dist.yml says, parsed once (seconds, compiled cache rules, access
 * rules, user names) and passed down to every command. Nothing below the loader reads the file
 * or a raw value again.
 */
import type { AccessLine } from './access.js';
import type { CacheControlRule } from './cache-control.js';
import type { MaxDelete } from './values.js';
import { PREVIEWS_PREFIX } from '../edge/core/preview.js';

/** The edge runtimes (`edge`); the first is the default. docs/runtimes.md: "Choosing the edge runtime". */
export const EDGE_KINDS = ['lambda', 'function'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** How a browser signs in (`login`); the first is the default. docs/design-sessions.md. */
export const LOGIN_KINDS = ['form', 'basic'] as const;
export type LoginKind = (typeof LOGIN_KINDS)[number];

/** The longest `session-lifetime`: the verifier refuses a cookie more than 30 days ahead. */
export const MAX_SESSION_LIFETIME_SECONDS = 30 * 86400;

/** Node.js runtimes the edge function may use (`edge-runtime`); the first is the default. */
export const EDGE_RUNTIMES = ['nodejs24.x', 'nodejs22.x'] as const;
export type EdgeRuntime = (typeof EDGE_RUNTIMES)[number];

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

/** One entry of `automation-tokens` (src/edge/core/token.ts); never its value. */
export interface AutomationToken {
  /** NFC; the rules of a user name. Its principal at the edge is `token:<name>`. */
  readonly name: string;
  /** `access`: the globs it may read; undefined: the site's rules for a user none names. */
  readonly globs: readonly string[] | undefined;
  /** `expires`, epoch seconds: from then on the token no longer works. */
  readonly expires: number | undefined;
}

/** The longest `previews.expire-after`: 30 days, as Firebase caps its preview channels. */
export const MAX_PREVIEW_EXPIRY_SECONDS = 30 * 86400;
/** `previews.expire-after` when the file does not say. */
export const DEFAULT_PREVIEW_EXPIRY_SECONDS = 7 * 86400;
export { PREVIEWS_PREFIX };

/** The bucket prefix of pull request `number`'s preview: `_previews/pr-<number>/`. */
export function previewPrefix(number: number): string {
  return `${PREVIEWS_PREFIX}pr-${number}/`;
}

/** `previews`: a protected preview of every pull request (docs/previews.md). */
export interface Previews {
  /** `domain`: previews at `pr-<number>.<domain>`; undefined: under `/_previews/pr-<number>/`. */
  readonly domain: string | undefined;
  /** `expire-after` in seconds, counted from a preview's last update (at most 30 days). */
  readonly expireAfterSeconds: number;
  /** `users`: who may open previews: `'*'` every user of the site, or these names (NFC). */
  readonly users: '*' | readonly string[];
}

export interface Site {
  /** The file as the `config` input names it (`secure-dist.yml`), for messages. */
  readonly file: string;
  /** SHA-256 (hex) of the file's settings as canonical JSON (./fingerprint.ts). */
  readonly fingerprint: string;
  readonly stackName: string;
  readonly region: string;
  /** Absolute path of the folder to publish. */
  readonly contentDir: string;
  /** `content-dir` as the file has it, for messages. */
  readonly contentDirInput: string;
  /** Absolute path of the workspace: `content-dir` must be a real folder inside it. */
  readonly workspace: string;
  readonly exclude: readonly string[];
  /** The site's rules, then the defaults. */
  readonly cacheControl: readonly CacheControlRule[];
  readonly delete: boolean;
  readonly maxDelete: MaxDelete;
  /** `listing`: a generated listing for every folder without an `index.html`. */
  readonly listing: boolean;
  /** `users`: the NFC names of the site's users (never a password). */
  readonly users: readonly string[];
  /** `access`: per-user read rules, in the file's order; empty = every user reads everything. */
  readonly access: readonly AccessLine[];
  /** `automation-tokens`, by name. */
  readonly automationTokens: readonly AutomationToken[];
  /** `previews`: undefined when off (the default). */
  readonly previews: Previews | undefined;
  readonly realm: string;
  /** `edge`: Lambda@Edge (`lambda`) or a CloudFront Function with a KeyValueStore (`function`). */
  readonly edge: EdgeKind;
  /** `login`: a sign-in page and a session cookie (`form`), or the Basic-auth dialog (`basic`). */
  readonly login: LoginKind;
  /** `session-lifetime` in seconds (used with `login: form`; at most 30 days). */
  readonly sessionLifetimeSeconds: number;
  /** `edge-runtime`: the Lambda runtime of the edge function. */
  readonly edgeRuntime: EdgeRuntime;
  /** Requests per 5 minutes per IP before AWS WAF blocks (`rate-limit`); 0 = no web ACL. */
  readonly rateLimit: number;
  readonly domainName: string | undefined;
  readonly certificateArn: string | undefined;
  /** `share-links`: the site accepts signed share links (`/_share/*`). */
  readonly shareLinks: boolean;
  /** `audit-log`: the edge function writes one audit line per decision. */
  readonly auditLog: boolean;
  /** `trusted-pages`: published files get no sandbox (src/edge/core/content-policy.ts). */
  readonly trustedPages: boolean;
  /** `audit-retention-days`: retention deploy sets on the edge function's log groups. */
  readonly auditRetentionDays: AuditRetentionDays;
  readonly invalidate: boolean;
  readonly waitForInvalidation: boolean;
  readonly invalidationTimeoutSeconds: number;
  /** `git`: trust git for clean tracked files (src/sync/git.ts); `full`: hash every file. */
  readonly verify: 'git' | 'full';
  /** `verify-stacks`: drift detection on both stacks before trusting the fingerprint. */
  readonly verifyStacks: boolean;
  readonly concurrency: number;
  readonly stackTimeoutSeconds: number;
  /** `auto`: the bootstrap stack's boundary when `role-to-assume` is set; `none`; or an ARN. */
  readonly permissionsBoundary: string;
  /**
   * `cloudformation-role`: `auto` (the bootstrap stack's `<stack-name>-cloudformation` in the
   * account of `role-to-assume`, when set), `none`, or an IAM role ARN.
   */
  readonly cloudFormationRole: string;
  /** `bucket` (sync): an existing bucket, instead of the site stack's. */
  readonly bucket: string | undefined;
  /** `distribution-id` (sync): the distribution to invalidate, instead of the site stack's. */
  readonly distributionId: string | undefined;
}

/** The site bucket is `<stack-name>-site-<account id>-<region>` (site.yaml); S3 allows 63 characters. */
export const BUCKET_NAME_LIMIT = 63;

/** The longest `stack-name` whose site bucket name fits in `region`. */
export function maxStackNameForRegion(region: string): number {
  return BUCKET_NAME_LIMIT - '-site-'.length - 12 - 1 - region.length;
}
