/**
 * `command: sync`: publish `content-dir` to the bucket, then invalidate what changed.
 * Also the last two steps of `deploy`.
 */
import { randomUUID } from 'node:crypto';
import type { Site } from '../site/model.js';
import type { AwsClients } from '../aws/clients.js';
import { planInvalidation } from '../invalidate/paths.js';
import type { InvalidationReport } from '../report/summary.js';
import { escapeForLog } from '../report/escape.js';
import { runSync, type SyncResult } from '../sync/index.js';
import { keepHeapSmall } from '../sync/heap-limits.js';
import { ownNotFoundPageOf } from '../sync/not-found-page.js';
import { SyncDetails } from './sync-details.js';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface CommandContext {
  readonly clients: AwsClients;
  readonly log: Log;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface Target {
  readonly bucket: string;
  readonly distributionId: string | undefined;
  /** The distribution was created by this run: nothing is cached yet, nothing to invalidate. */
  readonly newDistribution?: boolean;
  /** The distribution's own host (`dxxxx.cloudfront.net`), when the site stack's outputs say. */
  readonly distributionDomain?: string | undefined;
}

/**
 * Where a sync writes inside the bucket, for a pull request's preview (src/commands/preview.ts):
 * its key prefix, whose paths alone are invalidated, and the metadata its manifest records.
 */
export interface SyncScope {
  readonly keyPrefix: string;
  readonly manifestMetadata: Readonly<Record<string, string | number>>;
}

/** The bucket and distribution: from the site file, else from the site stack's outputs. */
export async function resolveTarget(
  site: Pick<Site, 'bucket' | 'distributionId' | 'stackName' | 'region'>,
  ctx: CommandContext,
): Promise<Target> {
  if (site.bucket !== undefined)
    return { bucket: site.bucket, distributionId: site.distributionId };
  const stackName = `${site.stackName}-site`;
  // Loaded only here: a sync into a given `bucket` never loads the CloudFormation client.
  const [{ readStackOutputs }] = await Promise.all([
    import('../aws/stack-outputs.js'),
    ctx.clients.load?.({ cloudFormation: true }),
  ]);
  const outputs = await readStackOutputs(
    ctx.clients.cloudFormation(site.region),
    stackName,
    site.region,
  );
  const bucket = outputs.BucketName;
  if (bucket === undefined)
    throw new Error(
      `stack '${stackName}' has no output BucketName: was it deployed by this action?`,
    );
  return {
    bucket,
    distributionId: site.distributionId ?? outputs.DistributionId,
    distributionDomain: outputs.DistributionDomainName,
  };
}

export interface SyncCommandResult {
  readonly sync: SyncResult;
  readonly invalidation: InvalidationReport | undefined;
}

/** The site settings a sync and its invalidation read. */
export type SyncSettings = Pick<
  Site,
  | 'region'
  | 'contentDir'
  | 'contentDirInput'
  | 'workspace'
  | 'exclude'
  | 'cacheControl'
  | 'delete'
  | 'maxDelete'
  | 'listing'
  | 'concurrency'
  | 'verify'
  | 'invalidate'
  | 'waitForInvalidation'
  | 'invalidationTimeoutSeconds'
  | 'edge'
  | 'realm'
  | 'previews'
>;

/** A line about one key (runSync's "uploaded …", "updated headers of …", "deleted …"). */
const PER_FILE_LINE = /^(uploaded|updated headers of|deleted) (?!\d+\/\d+ files, )/;

export async function syncAndInvalidate(
  site: SyncSettings,
  target: Target,
  ctx: CommandContext,
  dryRun: boolean,
  scope?: SyncScope,
): Promise<SyncCommandResult> {
  const details = new SyncDetails();
  let sync: SyncResult;
  // Memory bounded by what is live, not by how far V8 lets its heap grow (heap-limits.ts).
  keepHeapSmall();
  try {
    sync = await runSync({
      client: ctx.clients.s3(site.region),
      bucket: target.bucket,
      contentDir: site.contentDir,
      contentDirInput: site.contentDirInput,
      workspace: site.workspace,
      exclude: site.exclude,
      cacheControl: site.cacheControl,
      delete: site.delete,
      maxDelete: site.maxDelete,
      listing: site.listing,
      dryRun,
      concurrency: site.concurrency,
      verify: site.verify,
      ...(scope === undefined
        ? { ownNotFoundPage: ownNotFoundPageOf(site) }
        : { keyPrefix: scope.keyPrefix, manifestMetadata: scope.manifestMetadata }),
      now: ctx.now,
      log: {
        // Per-file lines go into a collapsed group at the end; plan and progress lines show live
        // (a progress line also starts with "uploaded": "uploaded 3/10 files, …", progress.ts).
        info: (m) => (PER_FILE_LINE.test(m) ? details.add(m) : ctx.log.info(m)),
        warn: (m) => ctx.log.warn(m),
      },
    });
  } finally {
    if (details.count > 0) {
      await ctx.log.group(
        `Sync details (${details.count} ${details.count === 1 ? 'change' : 'changes'})`,
        () => details.print((d) => ctx.log.info(d)),
      );
    }
    details.remove();
  }
  return { sync, invalidation: await invalidate(site, target, sync, ctx, scope?.keyPrefix ?? '') };
}

/**
 * The paths planned for keys relative to `keyPrefix`, as paths of the distribution: a preview's
 * `/*` is `/_previews/pr-<n>/*`, never the site's (the edge rewrites a preview host's URI to
 * this path before the cache, so it is the cache key: docs/previews.md).
 */
export function pathsUnder(keyPrefix: string, paths: readonly string[]): string[] {
  return paths.map((p) => (keyPrefix === '' ? p : `/${keyPrefix}${p.slice(1)}`));
}

async function invalidate(
  site: Pick<SyncSettings, 'invalidate' | 'waitForInvalidation' | 'invalidationTimeoutSeconds'>,
  target: Target,
  sync: SyncResult,
  ctx: CommandContext,
  keyPrefix: string,
): Promise<InvalidationReport | undefined> {
  const distributionId = target.distributionId;
  if (distributionId === undefined) {
    if (site.invalidate && sync.changedKeys.length > 0) {
      ctx.log.info(
        'no distribution: set `distribution-id` in the site file (or deploy the site stack) to invalidate the CloudFront cache',
      );
    }
    return undefined;
  }
  const none = (note: string): InvalidationReport => ({
    distributionId,
    id: undefined,
    paths: [],
    status: 'none',
    note,
  });
  if (!site.invalidate) return none('Skipped: `invalidate` is false.');
  if (target.newDistribution === true) return none('New distribution: nothing is cached yet.');
  if (sync.changedKeys.length === 0) return none('Nothing changed, nothing to invalidate.');
  const planned = planInvalidation(sync.changedKeys, { allKeys: sync.allKeys });
  const plan = { ...planned, paths: pathsUnder(keyPrefix, planned.paths) };
  if (sync.dryRun) {
    return {
      distributionId,
      id: undefined,
      paths: plan.paths,
      status: 'dry run',
      note: `Would invalidate: ${plan.reason}`,
    };
  }
  // Loaded only when there is something to invalidate (see `resolveTarget`).
  const [{ createInvalidation, waitForInvalidation }] = await Promise.all([
    import('../invalidate/cloudfront.js'),
    ctx.clients.load?.({ cloudFront: true }),
  ]);
  const cloudFront = ctx.clients.cloudFront();
  const created = await createInvalidation(
    cloudFront,
    distributionId,
    [...plan.paths],
    `secure-dist-${randomUUID()}`,
  );
  ctx.log.info(
    // The reason names key prefixes: escaped, as every key in a log line.
    `invalidation ${created.id} on ${distributionId}: ${plan.paths.length} path(s) — ${escapeForLog(plan.reason)}`,
  );
  let status = created.status;
  if (site.waitForInvalidation) {
    const done = await waitForInvalidation(cloudFront, distributionId, created.id, {
      timeoutSeconds: site.invalidationTimeoutSeconds,
      sleep: ctx.sleep,
      now: ctx.now,
      onProgress: (s, elapsedMs) =>
        ctx.log.info(`invalidation ${created.id}: ${s} after ${Math.round(elapsedMs / 1000)} s`),
    });
    status = done.status;
  }
  return { distributionId, id: created.id, paths: plan.paths, status, note: plan.reason };
}
