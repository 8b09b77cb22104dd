/**
 * `command: preview-cleanup` as a step (src/main.ts dispatches to it): a closed pull
 * request's preview, or every stale one (commands/preview-cleanup.ts), its outputs and
 * summary, then each removed preview's comment says why it went. One GitHub client serves
 * the whole run: the pull requests' states and every comment (preview/github.ts).
 */
import * as github from '@actions/github';
import type { Site } from '../site/model.js';
import type { RunInputs } from '../run/inputs.js';
import { cleanupEvent } from '../preview/event.js';
import { previewGitHub, pullRequestStates, writePreviewComment } from '../preview/github.js';
import { renderRemovedComment } from '../report/preview-comment.js';
import { setOutputs, writeSummary } from '../report/step-output.js';
import {
  cleanupOutputs,
  cleanupSummaryMarkdown,
  previewCleanupCommand,
} from './preview-cleanup.js';
import type { CommandContext } from './sync.js';

export async function previewCleanupStep(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
): Promise<void> {
  const { eventName, payload, repo } = github.context;
  const event = cleanupEvent(eventName, payload);
  const gitHub = previewGitHub(run.githubToken, repo);
  const states =
    gitHub === undefined ? undefined : pullRequestStates(gitHub, (m) => ctx.log.warn(m));
  const report = await previewCleanupCommand(site, run, ctx, event, states);
  setOutputs(cleanupOutputs(report));
  await writeSummary(cleanupSummaryMarkdown(report, new Date(ctx.now())));
  if (run.dryRun) return;
  for (const removed of report.removed) {
    const body = renderRemovedComment(
      site.stackName,
      removed.pullRequest,
      removed.reason,
      new Date(ctx.now()),
    );
    await writePreviewComment(gitHub, site.stackName, removed.pullRequest, body, false, ctx.log);
  }
}
