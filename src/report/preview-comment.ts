/**
 * The sticky preview comment (`command: preview`), pure: its hidden marker (distinct from the
 * plan comment's, so the two live side by side on one pull request) and its body, live or
 * removed. Posted through the same sticky-comment I/O as the plan (pr-comment.ts).
 */
import type { RemovalReason } from '../preview/stale.js';
import { markdownCell } from './escape.js';
import { formatUtc } from './plan-comment.js';

/** The hidden first line that identifies the preview comment of one stack. */
export function previewCommentMarker(stackName: string): string {
  return `<!-- secure-dist-preview:${stackName} -->`;
}

export interface PreviewCommentInput {
  readonly stackName: string;
  readonly pullRequest: number;
  /** Undefined when the site's host is not known (see preview/url.ts). */
  readonly url: string | undefined;
  /** The commit shown, and a link to it when known. */
  readonly commit: { readonly sha: string; readonly url: string | undefined };
  readonly updated: Date;
  readonly expires: Date;
  /** Who may open it: every user of the site, or these names. */
  readonly users: '*' | readonly string[];
}

function commitText(commit: PreviewCommentInput['commit']): string {
  const short = `\`${commit.sha.slice(0, 7)}\``;
  return commit.url === undefined ? short : `[${short}](${commit.url})`;
}

export function renderPreviewComment(p: PreviewCommentInput): string {
  const who = p.users === '*' ? 'every user of the site' : p.users.map(markdownCell).join(', ');
  return [
    previewCommentMarker(p.stackName),
    `## Preview of #${p.pullRequest} (\`${p.stackName}\`)`,
    '',
    p.url === undefined
      ? `Published under \`/_previews/pr-${p.pullRequest}/\` on the site's host (set \`domain-name\` in the site file for a link here).`
      : `**${p.url}**`,
    '',
    `| | |`,
    `|---|---|`,
    `| Commit | ${commitText(p.commit)} |`,
    `| Updated | ${formatUtc(p.updated)} |`,
    `| Expires | ${formatUtc(p.expires)} (each push starts the count again) |`,
    `| Who may open it | ${who}, after signing in as on the site |`,
    '',
  ].join('\n');
}

/** Why the preview went, as the comment says it (every reason a cleanup gives). */
const REMOVED_BECAUSE: Readonly<Record<RemovalReason, string>> = {
  expired: 'it expired',
  'no manifest': 'it was left unfinished',
  'previews are off': 'previews are off for this site',
  'pull request closed': 'its pull request was closed',
};

/** The comment once the preview is gone, and why. */
export function renderRemovedComment(
  stackName: string,
  pullRequest: number,
  reason: RemovalReason,
  at: Date,
): string {
  return [
    previewCommentMarker(stackName),
    `## Preview of #${pullRequest} (\`${stackName}\`)`,
    '',
    `The preview was removed at ${formatUtc(at)}: ${REMOVED_BECAUSE[reason]}.`,
    '',
  ].join('\n');
}
