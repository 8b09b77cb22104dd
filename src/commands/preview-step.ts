/**
 * `command: preview` as a step (src/main.ts dispatches to it): on a pull request, the content
 * under `_previews/pr-<n>/` (commands/preview.ts), its outputs and summary, then the sticky
 * preview comment with its URL, commit and expiry (docs/previews.md).
 */
import * as github from '@actions/github';
import type { Site } from '../site/model.js';
import type { RunInputs } from '../run/inputs.js';
import { previewEvent } from '../preview/event.js';
import { previewGitHub, writePreviewComment } from '../preview/github.js';
import { renderPreviewComment } from '../report/preview-comment.js';
import { setOutputs, writeSummary } from '../report/step-output.js';
import { previewCommand, previewOutputs, previewSummaryMarkdown } from './preview.js';
import type { CommandContext } from './sync.js';

export async function previewStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const { eventName, payload, repo, serverUrl } = github.context;
  const pr = previewEvent(eventName, payload);
  const report = await previewCommand(site, run, ctx, pr);
  setOutputs(previewOutputs(report));
  await writeSummary(previewSummaryMarkdown(report));
  ctx.log.info(
    `preview of #${pr.number}: ${report.url ?? `/${report.prefix}`}, expires ${report.metadata.expires}`,
  );
  if (run.dryRun) return;
  const body = renderPreviewComment({
    stackName: site.stackName,
    pullRequest: pr.number,
    url: report.url,
    commit: {
      sha: pr.sha,
      url: `${serverUrl}/${repo.owner}/${repo.repo}/pull/${pr.number}/commits/${pr.sha}`,
    },
    updated: new Date(report.metadata.updated),
    expires: new Date(report.metadata.expires),
    users: site.previews?.users ?? '*',
  });
  const gitHub = previewGitHub(run.githubToken, repo);
  await writePreviewComment(gitHub, site.stackName, pr.number, body, true, ctx.log);
}
