/**
 * `command: preview-cleanup` (docs/previews.md): on `pull_request: closed`, that pull
 * request's preview; on `schedule` / `workflow_dispatch`, every preview that is stale
 * (preview/stale.ts), or every one when `previews` is off in the site file. Each goes whole (objects, then its manifest: preview/store.ts), then
 * one invalidation of the removed previews' paths. Comments are updated by preview-cleanup-step.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Site } from '../site/model.js';
import { PREVIEWS_PREFIX, previewPrefix } from '../site/model.js';
import type { RunInputs } from '../run/inputs.js';
import type { CleanupEvent } from '../preview/event.js';
import { staleReason, type RemovalReason } from '../preview/stale.js';
import {
  listPreviews,
  objectsUnder,
  removePreview,
  type StoredObject,
  type StoredPreview,
} from '../preview/store.js';
import { MAX_WILDCARD_PATHS } from '../invalidate/paths.js';
import type { InvalidationReport } from '../report/summary.js';
import { formatUtc } from '../report/plan-comment.js';
import { resolveTarget, type CommandContext, type Target } from './sync.js';

/** A pull request's state on GitHub (`pulls.get`); undefined when it cannot be told. */
export type PullRequestState = (n: number) => Promise<'open' | 'closed' | undefined>;

export interface RemovedPreview {
  readonly pullRequest: number;
  readonly prefix: string;
  readonly objects: number;
  readonly reason: RemovalReason;
}

export interface CleanupReport {
  readonly dryRun: boolean;
  readonly removed: readonly RemovedPreview[];
  /** Previews a sweep left, with when they expire (when their manifest says). */
  readonly kept: readonly { readonly pullRequest: number; readonly expires: string | undefined }[];
  readonly invalidation: InvalidationReport | undefined;
}

export async function previewCleanupCommand(
  site: Pick<
    Site,
    'previews' | 'file' | 'bucket' | 'distributionId' | 'stackName' | 'region' | 'invalidate'
  >,
  run: Pick<RunInputs, 'dryRun'>,
  ctx: CommandContext,
  event: CleanupEvent,
  pullRequestState: PullRequestState | undefined,
): Promise<CleanupReport> {
  // With `previews` off the edge serves none (`/_previews/*` is 404): a sweep removes them all.
  const previews = site.previews;
  const target = await resolveTarget(site, ctx);
  const s3 = ctx.clients.s3(site.region);
  const removed: RemovedPreview[] = [];
  const kept: { pullRequest: number; expires: string | undefined }[] = [];
  /** Removes a preview; `listed`: its objects when the sweep already listed them. */
  const remove = async (
    pullRequest: number,
    reason: RemovedPreview['reason'],
    listed?: readonly StoredObject[],
  ) => {
    const prefix = previewPrefix(pullRequest);
    const objects = listed ?? (await objectsUnder(s3, target.bucket, prefix));
    if (objects.length === 0) return;
    if (!run.dryRun) await removePreview(s3, target.bucket, prefix, objects);
    removed.push({ pullRequest, prefix, objects: objects.length, reason });
    ctx.log.info(
      `${run.dryRun ? 'would remove' : 'removed'} the preview of #${pullRequest} (${objects.length} objects under '${prefix}'): ${reason}`,
    );
  };

  if (event.kind === 'closed') {
    await remove(event.pullRequest.number, 'pull request closed');
    if (removed.length === 0) ctx.log.info(`#${event.pullRequest.number} has no preview`);
  } else {
    if (pullRequestState === undefined) {
      ctx.log.warn(
        'no `github-token`: previews are removed when they expire, not when their pull request is closed',
      );
    }
    const now = ctx.now();
    /**
     * Why `preview` goes (preview/stale.ts), or undefined when it stays; with the objects it
     * listed to tell (a preview without a manifest is judged by its newest write).
     */
    const reasonFor = async (
      preview: StoredPreview,
    ): Promise<{
      reason: RemovedPreview['reason'] | undefined;
      listed?: StoredObject[] | undefined;
    }> => {
      if (previews === undefined) return { reason: 'previews are off' };
      const { metadata } = preview;
      const expired = metadata !== undefined && Date.parse(metadata.expires) <= now;
      const state = expired ? undefined : await pullRequestState?.(preview.pullRequest);
      const listed =
        metadata === undefined ? await objectsUnder(s3, target.bucket, preview.prefix) : undefined;
      const newestWrite = listed?.reduce((n, o) => Math.max(n, o.lastModified), 0);
      const reason = staleReason({ preview, state, newestWrite }, now, previews.expireAfterSeconds);
      return { reason, listed };
    };
    for (const preview of await listPreviews(s3, target.bucket)) {
      const { reason, listed } = await reasonFor(preview);
      if (reason === undefined) {
        kept.push({ pullRequest: preview.pullRequest, expires: preview.metadata?.expires });
      } else {
        await remove(preview.pullRequest, reason, listed);
      }
    }
  }
  const invalidation = await invalidateRemoved(site, target, removed, run.dryRun, ctx);
  return { dryRun: run.dryRun, removed, kept, invalidation };
}

/**
 * One invalidation of `/_previews/pr-<n>/*` per removed preview. A wildcard counts as one path,
 * and at most 15 wildcard paths may be in progress per distribution (CloudFront quotas:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-invalidations):
 * past that many previews, the single `/_previews/*`.
 */
export function removedPaths(removed: readonly Pick<RemovedPreview, 'prefix'>[]): string[] {
  if (removed.length > MAX_WILDCARD_PATHS) return [`/${PREVIEWS_PREFIX}*`];
  return removed.map((r) => `/${r.prefix}*`);
}

async function invalidateRemoved(
  site: Pick<Site, 'invalidate'>,
  target: Target,
  removed: readonly RemovedPreview[],
  dryRun: boolean,
  ctx: CommandContext,
): Promise<InvalidationReport | undefined> {
  const distributionId = target.distributionId;
  if (distributionId === undefined || removed.length === 0) return undefined;
  const paths = removedPaths(removed);
  const base = { distributionId, paths };
  if (!site.invalidate)
    return { ...base, id: undefined, status: 'none', note: 'Skipped: `invalidate` is false.' };
  if (dryRun) return { ...base, id: undefined, status: 'dry run', note: 'Would invalidate.' };
  const [{ createInvalidation }] = await Promise.all([
    import('../invalidate/cloudfront.js'),
    ctx.clients.load?.({ cloudFront: true }),
  ]);
  const created = await createInvalidation(
    ctx.clients.cloudFront(),
    distributionId,
    paths,
    `secure-dist-${randomUUID()}`,
  );
  ctx.log.info(`invalidation ${created.id} on ${distributionId}: ${paths.join(', ')}`);
  return { ...base, id: created.id, status: created.status, note: 'The removed previews.' };
}

export function cleanupSummaryMarkdown(r: CleanupReport, now: Date): string {
  const out = [
    `### Preview cleanup${r.dryRun ? ' (dry run: nothing removed)' : ''}`,
    '',
    r.removed.length === 0
      ? 'No preview to remove.'
      : `${r.dryRun ? 'Would remove' : 'Removed'} ${r.removed.length} preview(s):`,
    '',
  ];
  if (r.removed.length > 0) {
    out.push('| pull request | objects | why |', '|---|--:|---|');
    for (const p of r.removed) out.push(`| #${p.pullRequest} | ${p.objects} | ${p.reason} |`);
    out.push('');
  }
  if (r.kept.length > 0) {
    out.push('| kept | expires |', '|---|---|');
    for (const k of r.kept)
      out.push(
        `| #${k.pullRequest} | ${k.expires === undefined ? 'no manifest yet' : formatUtc(new Date(k.expires))} |`,
      );
    out.push('');
  }
  if (r.invalidation !== undefined) {
    out.push(
      `Invalidation ${r.invalidation.id === undefined ? '(none sent)' : `\`${r.invalidation.id}\``}: ${r.invalidation.paths.map((p) => `\`${p}\``).join(', ')}`,
      '',
    );
  }
  out.push(`_${formatUtc(now)}_`, '');
  return out.join('\n');
}

export function cleanupOutputs(r: CleanupReport): Record<string, string> {
  return {
    'previews-removed': JSON.stringify(r.removed.map((p) => p.pullRequest)),
    'invalidation-id': r.invalidation?.id ?? '',
    'invalidated-paths': JSON.stringify(
      r.invalidation?.id !== undefined ? r.invalidation.paths : [],
    ),
  };
}
