/**
 * `command: preview`: a pull request's content published to `_previews/pr-<n>/` of the site
 * bucket by the site's own sync (hash, exact uploads, `max-delete` counted on the preview, only
 * the preview's changed paths invalidated), its manifest recording the pull request, the commit
 * and when the preview expires (docs/previews.md). The sticky comment is posted by preview-step.ts.
 */
import type { Previews, Site } from '../site/model.js';
import { previewPrefix } from '../site/model.js';
import type { RunInputs } from '../run/inputs.js';
import { previewMetadata, type PreviewMetadata } from '../preview/metadata.js';
import type { PullRequestEvent } from '../preview/event.js';
import { previewUrl } from '../preview/url.js';
import { formatUtc } from '../report/plan-comment.js';
import { syncOutputs, syncSummaryMarkdown } from '../report/summary.js';
import {
  resolveTarget,
  syncAndInvalidate,
  type CommandContext,
  type SyncCommandResult,
  type SyncSettings,
} from './sync.js';

export interface PreviewReport {
  readonly pullRequest: number;
  readonly prefix: string;
  /** Undefined when the site's host is unknown (a `bucket` setting without `domain-name`). */
  readonly url: string | undefined;
  readonly metadata: PreviewMetadata;
  readonly content: SyncCommandResult;
}

/** The site's `previews`; a site without them refuses both preview commands, naming the key. */
export function previewsOf(site: Pick<Site, 'previews' | 'file'>, command: string): Previews {
  if (site.previews === undefined) {
    throw new Error(
      `\`command: ${command}\`: previews are off for this site: set \`previews: true\` (or a \`previews:\` block) in ${site.file} (docs/previews.md)`,
    );
  }
  return site.previews;
}

export async function previewCommand(
  site: SyncSettings &
    Pick<Site, 'previews' | 'file' | 'bucket' | 'distributionId' | 'stackName' | 'domainName'>,
  run: Pick<RunInputs, 'dryRun'>,
  ctx: CommandContext,
  pr: PullRequestEvent,
): Promise<PreviewReport> {
  const previews = previewsOf(site, 'preview');
  const target = await resolveTarget(site, ctx);
  const prefix = previewPrefix(pr.number);
  const metadata = previewMetadata(pr.number, pr.sha, ctx.now(), previews.expireAfterSeconds);
  ctx.log.info(
    `preview of #${pr.number} (${pr.sha.slice(0, 7)}) into '${target.bucket}' under '${prefix}'`,
  );
  const content = await syncAndInvalidate(site, target, ctx, run.dryRun, {
    keyPrefix: prefix,
    manifestMetadata: { ...metadata },
  });
  const url = previewUrl(previews, pr.number, site.domainName ?? target.distributionDomain);
  if (url === undefined) {
    ctx.log.warn(
      `preview of #${pr.number}: no URL to give: the site's host is not known (set \`domain-name\`, or let the site stack's outputs name the distribution); it is at /${prefix} on the site's host`,
    );
  }
  return { pullRequest: pr.number, prefix, url, metadata, content };
}

export function previewOutputs(r: PreviewReport): Record<string, string> {
  return {
    ...syncOutputs(r.content.sync, r.content.invalidation),
    'preview-url': r.url ?? '',
    'preview-expires': r.metadata.expires,
  };
}

export function previewSummaryMarkdown(r: PreviewReport): string {
  return [
    `### Preview of #${r.pullRequest}`,
    '',
    r.url === undefined ? `Under \`/${r.prefix}\` on the site's host.` : `**${r.url}**`,
    '',
    `Commit \`${r.metadata.commit.slice(0, 7)}\`; expires ${formatUtc(new Date(r.metadata.expires))}.`,
    '',
    syncSummaryMarkdown(r.content.sync, r.content.invalidation),
  ].join('\n');
}
