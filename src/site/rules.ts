/**
 * The rules of secure-dist.yml a JSON Schema cannot say, applied to a document the schema has
 * accepted, and the typed `Site` built from it: globs that compile, user names, access rules
 * that name the site's users, the region's partition, a stack name the site bucket's name has
 * room for, durations, `domain-name` with `certificate-arn`, and what `edge: function` does not
 * do yet. Pure; every problem names its key path (./load.ts adds the line).
 */
import path from 'node:path';
import { userNameProblem } from '../edge/core/index.js';
import type { Command } from '../run/names.js';
import { compileGlob } from '../sync/glob.js';
import {
  accessGlobs,
  badAccessGlob,
  accessNames,
  accessNamesProblem,
  unknownAccessUsers,
  type AccessLine,
} from './access.js';
import { DEFAULT_CACHE_CONTROL, cacheControlRule, type CacheControlRule } from './cache-control.js';
import { quote } from './errors.js';
import {
  maxStackNameForRegion,
  BUCKET_NAME_LIMIT,
  MAX_SESSION_LIFETIME_SECONDS,
  DEFAULT_PREVIEW_EXPIRY_SECONDS,
  MAX_PREVIEW_EXPIRY_SECONDS,
  type AutomationToken,
  type Previews,
  type Site,
} from './model.js';
import type { SiteDocument } from './validate.generated.js';
import {
  parseDuration,
  parseExpiry,
  parseMaxDelete,
  parseRateLimit,
  type MaxDelete,
} from './values.js';

/** One rule of `access` as the file has it, with the line of its key. */
export interface AccessEntry {
  readonly key: string;
  readonly value: string | readonly string[];
  readonly line: number;
}

/** A broken rule: where (key path; the line of the key or of the value) and what. */
export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly at?: 'key' | 'value';
  readonly message: string;
}

export interface SiteMeta {
  readonly file: string;
  readonly workspace: string;
  readonly command: Command | undefined;
  readonly fingerprint: string;
}

/** The commands that render the edge function from the users' names (Lambda@Edge). */
const RENDERS_USERS: readonly (Command | undefined)[] = [
  undefined,
  'deploy',
  'plan',
  'rotate',
  'synth',
];

export type BuiltSite =
  | { readonly site: Site; readonly issues: readonly [] }
  | { readonly site: undefined; readonly issues: readonly RuleIssue[] };

export function siteFromDocument(
  doc: SiteDocument,
  accessEntries: readonly AccessEntry[],
  meta: SiteMeta,
): BuiltSite {
  const issues: RuleIssue[] = [];
  /** The value `parse` returns, or `fallback` with an issue at `key` when it throws. */
  const attempt = <T>(key: readonly (string | number)[], fallback: T, parse: () => T): T => {
    try {
      return parse();
    } catch (e) {
      issues.push({ path: key, message: e instanceof Error ? e.message : String(e) });
      return fallback;
    }
  };

  const stackName = doc['stack-name'];
  const region = doc.region;
  const partition = partitionProblem(region);
  if (partition !== undefined) issues.push({ path: ['region'], message: partition });
  // `sync` (and a preview's sync) only reads the site stack's outputs; the other commands name
  // its bucket after it.
  if (meta.command !== 'sync' && meta.command !== 'preview' && meta.command !== 'preview-cleanup') {
    const problem = bucketNameProblem(stackName, region);
    if (problem !== undefined) issues.push({ path: ['stack-name'], message: problem });
  }

  doc.exclude.forEach((glob, i) => {
    attempt(['exclude', i], undefined, () => {
      try {
        compileGlob(glob);
      } catch (e) {
        throw new Error(
          `${quote(glob)} is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
          { cause: e },
        );
      }
    });
  });

  const cacheControl: CacheControlRule[] = [];
  doc['cache-control'].forEach((rule, i) => {
    for (const [glob, value] of Object.entries(rule)) {
      attempt(['cache-control', i, glob], undefined, () => {
        cacheControl.push(cacheControlRule(glob.trim(), value));
      });
    }
  });

  const users: string[] = [];
  doc.users.forEach((raw, i) => {
    const user = raw.trim().normalize('NFC');
    // A colon means a `user:password` line pasted here: never quote it.
    if (user.includes(':')) {
      issues.push({
        path: ['users', i],
        message:
          'a user name cannot contain a colon; list only the names here: the passwords stay in a secret ' +
          '(basic-auth-users) or in AWS Secrets Manager',
      });
      return;
    }
    const problem = userNameProblem(user);
    if (problem !== undefined) {
      issues.push({ path: ['users', i], message: `user name ${quote(user)} ${problem}` });
    } else if (users.includes(user)) {
      issues.push({ path: ['users', i], message: `${quote(user)} is listed twice` });
    } else {
      users.push(user);
    }
  });
  if (doc.users.length === 0 && doc.edge === 'lambda' && RENDERS_USERS.includes(meta.command)) {
    issues.push({
      path: ['users'],
      at: 'key',
      message:
        'lists no user: the edge function lets in only the users named here; list their names ' +
        '(users: [alice, bob]), never their passwords',
    });
  }
  if (doc.users.length === 0 && doc.edge === 'function' && meta.command === 'rotate') {
    issues.push({
      path: ['users'],
      at: 'key',
      message:
        'lists no user: rotate gives the users named here their passwords; list their names (users: [alice, bob])',
    });
  }

  const access: AccessLine[] = [];
  for (const entry of accessEntries) {
    const where = ['access', entry.key];
    const names = accessNames(entry.key);
    const globs = accessGlobs(entry.value);
    const problem = names.length === 0 ? 'no user name' : accessNamesProblem(names);
    if (problem !== undefined) {
      issues.push({ path: where, at: 'key', message: problem });
      continue;
    }
    const bad = globs.length === 0 ? { glob: '', problem: 'no glob' } : badAccessGlob(globs);
    if (bad !== undefined) {
      issues.push({
        path: where,
        message:
          bad.glob === '' ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`,
      });
      continue;
    }
    const rule: AccessLine = { line: entry.line, users: names, globs };
    const unknown = unknownAccessUsers(rule, users);
    if (unknown.length > 0) {
      issues.push({
        path: where,
        at: 'key',
        message:
          `no user is named ${unknown.map((u) => quote(u)).join(', ')}; ` +
          `allowed: the names of users (${users.length > 0 ? users.join(', ') : 'none listed'}) or "*"`,
      });
      continue;
    }
    access.push(rule);
  }

  const automationTokens: AutomationToken[] = [];
  for (const [raw, settings] of Object.entries(doc['automation-tokens'])) {
    const where = ['automation-tokens', raw];
    const name = raw.trim().normalize('NFC');
    const problem = userNameProblem(name);
    if (problem !== undefined) {
      issues.push({ path: where, at: 'key', message: `token name ${quote(name)} ${problem}` });
      continue;
    }
    if (automationTokens.some((t) => t.name === name)) {
      issues.push({ path: where, at: 'key', message: `${quote(name)} is listed twice` });
      continue;
    }
    const globs = settings?.access === undefined ? undefined : accessGlobs(settings.access);
    const bad =
      globs === undefined
        ? undefined
        : globs.length === 0
          ? { glob: '', problem: 'no glob' }
          : badAccessGlob(globs);
    if (bad !== undefined) {
      issues.push({
        path: [...where, 'access'],
        message:
          bad.glob === '' ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`,
      });
      continue;
    }
    const expiresText = settings?.expires;
    const expires =
      expiresText === undefined
        ? undefined
        : attempt([...where, 'expires'], undefined, () => parseExpiry(expiresText));
    automationTokens.push({ name, globs, expires });
  }
  const domainName = doc['domain-name'];
  const certificateArn = doc['certificate-arn'];
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    issues.push({
      path: [domainName === undefined ? 'certificate-arn' : 'domain-name'],
      at: 'key',
      message: 'domain-name and certificate-arn go together: set both or neither',
    });
  }

  // What only the Lambda@Edge runtime does yet: share links (the `/_share/*` behavior runs the
  // Lambda@Edge function; the CloudFront Functions runtime has no share hook) and the audit line
  // (not written by the CloudFront Function). With `edge: function`, `true` is an error rather
  // than links answered with 401 or an audit trail that silently stays empty.
  if (doc.edge === 'function' && doc['share-links']) {
    issues.push({
      path: ['share-links'],
      message:
        'share links need `edge: lambda` in this version (the CloudFront Functions runtime has no share hook yet)',
    });
  }
  if (doc.edge === 'function' && doc['audit-log']) {
    issues.push({
      path: ['audit-log'],
      message:
        'the audit trail needs `edge: lambda` in this version (the CloudFront Functions runtime does not write audit lines yet)',
    });
  }

  const maxDelete = attempt<MaxDelete>(['max-delete'], { kind: 'count', count: 0 }, () =>
    parseMaxDelete(doc['max-delete']),
  );
  const invalidationTimeoutSeconds = attempt(['invalidation-timeout'], 0, () =>
    parseDuration(doc['invalidation-timeout']),
  );
  const stackTimeoutSeconds = attempt(['stack-timeout'], 0, () =>
    parseDuration(doc['stack-timeout']),
  );
  const rateLimit = attempt(['rate-limit'], 0, () => parseRateLimit(doc['rate-limit']));
  const sessionLifetimeSeconds = attempt(['session-lifetime'], 0, () =>
    parseDuration(doc['session-lifetime'], { maxSeconds: MAX_SESSION_LIFETIME_SECONDS }),
  );

  const previews = previewsFromDocument(doc, users, issues, attempt);

  if (issues.length > 0) return { site: undefined, issues };
  const contentDirInput = doc['content-dir'];
  return {
    issues: [],
    site: {
      file: meta.file,
      fingerprint: meta.fingerprint,
      stackName,
      region,
      contentDir: path.resolve(meta.workspace, contentDirInput),
      contentDirInput,
      workspace: meta.workspace,
      exclude: doc.exclude,
      cacheControl: [...cacheControl, ...DEFAULT_CACHE_CONTROL],
      delete: doc.delete,
      maxDelete,
      listing: doc.listing,
      users,
      access,
      automationTokens,
      previews,
      realm: doc.realm,
      edge: doc.edge,
      login: doc.login,
      sessionLifetimeSeconds,
      edgeRuntime: doc['edge-runtime'],
      rateLimit,
      domainName,
      certificateArn,
      shareLinks: doc['share-links'],
      auditLog: doc['audit-log'],
      trustedPages: doc['trusted-pages'],
      auditRetentionDays: doc['audit-retention-days'],
      invalidate: doc.invalidate,
      waitForInvalidation: doc['wait-for-invalidation'],
      invalidationTimeoutSeconds,
      verify: doc.verify,
      verifyStacks: doc['verify-stacks'],
      concurrency: doc.concurrency,
      stackTimeoutSeconds,
      permissionsBoundary: doc['permissions-boundary'],
      cloudFormationRole: doc['cloudformation-role'],
      bucket: doc.bucket,
      distributionId: doc['distribution-id'],
    },
  };
}

/**
 * `previews`: off (`false`, the default), on with the defaults (`true`), or a map. `users` names
 * the site's users (or `"*"`); a preview domain needs the site's certificate (the distribution
 * gets the alias `*.<domain>`, which the certificate must cover).
 */
function previewsFromDocument(
  doc: SiteDocument,
  users: readonly string[],
  issues: RuleIssue[],
  attempt: <T>(key: readonly (string | number)[], fallback: T, parse: () => T) => T,
): Previews | undefined {
  const raw = doc.previews;
  if (raw === false) return undefined;
  const settings = raw === true ? {} : raw;
  const expireText = settings['expire-after'];
  const expireAfterSeconds =
    expireText === undefined
      ? DEFAULT_PREVIEW_EXPIRY_SECONDS
      : attempt(['previews', 'expire-after'], 0, () =>
          parseDuration(expireText, { maxSeconds: MAX_PREVIEW_EXPIRY_SECONDS }),
        );
  const rawUsers = settings.users ?? '*';
  let previewUsers: '*' | readonly string[] = '*';
  if (rawUsers !== '*') {
    const names = (typeof rawUsers === 'string' ? [rawUsers] : rawUsers).map((n) =>
      n.trim().normalize('NFC'),
    );
    const unknown = names.filter((n) => n !== '*' && !users.includes(n));
    if (names.includes('*') && names.length > 1) {
      issues.push({
        path: ['previews', 'users'],
        message: '"*" already means every user of the site: list names or "*", not both',
      });
    } else if (unknown.length > 0) {
      issues.push({
        path: ['previews', 'users'],
        message:
          `no user is named ${unknown.map((u) => quote(u)).join(', ')}; ` +
          `allowed: the names of users (${users.length > 0 ? users.join(', ') : 'none listed'}) or "*"`,
      });
    } else {
      previewUsers = names.includes('*') ? '*' : names;
    }
  }
  const domain = settings.domain?.toLowerCase();
  if (domain !== undefined && doc['certificate-arn'] === undefined) {
    issues.push({
      path: ['previews', 'domain'],
      message:
        'a preview domain needs domain-name and certificate-arn: the distribution gets the alias ' +
        `*.${domain}, and certificate-arn must name a certificate that covers it`,
    });
  }
  return { domain, expireAfterSeconds, users: previewUsers };
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
function partitionProblem(region: string): string | undefined {
  const partition = /^cn-/.test(region)
    ? 'the aws-cn (China) partition'
    : /^us-gov-/.test(region)
      ? 'the aws-us-gov (GovCloud) partition'
      : /^[a-z]{2}-iso[a-z]*-/.test(region)
        ? 'an ISO partition'
        : undefined;
  if (partition === undefined) return undefined;
  return (
    `'${region}' is in ${partition}, not the standard aws partition. ` +
    'The edge function (Lambda@Edge) must live in us-east-1 of the same partition as the ' +
    'distribution, and Lambda@Edge exists only in the standard aws partition: pick a region such as eu-central-1'
  );
}

/** The site bucket `<stack-name>-site-<account id>-<region>` must be a valid S3 bucket name. */
function bucketNameProblem(stackName: string, region: string): string | undefined {
  const max = maxStackNameForRegion(region);
  if (stackName.length > max) {
    return (
      `'${stackName}' is ${stackName.length} characters; in ${region} at most ${max} fit, because the site bucket is named ` +
      `'<stack-name>-site-<account id>-${region}' and S3 bucket names are at most ${BUCKET_NAME_LIMIT} characters`
    );
  }
  if (stackName !== stackName.toLowerCase()) {
    return `'${stackName}' has upper-case letters; the site bucket is named after it and S3 bucket names are lower case`;
  }
  return undefined;
}
