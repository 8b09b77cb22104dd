/**
 * The sticky plan comment (`comment-on-pr`), pure: its hidden marker, its body, the truncation
 * that keeps it under GitHub's size limit, and the choice between creating and updating a
 * sticky comment (this one, and the preview's: preview-comment.ts). The I/O (listing, creating,
 * updating comments) is in pr-comment.ts.
 */

/**
 * GitHub refuses a comment body over 65,536 characters: the API answers
 * `422 ... body is too long (maximum is 65536 characters)` (seen in
 * https://github.com/danger/danger/issues/424 and
 * https://github.com/telia-oss/github-pr-resource/issues/259; measurements in
 * https://github.com/dead-claudia/github-limits/pull/13 count up to 262,144 UTF-8 bytes).
 * Staying at or under 65,536 UTF-16 code units satisfies both readings (at most 3 bytes each).
 */
export const COMMENT_LIMIT = 65_536;

/** The hidden line that identifies the plan comment of one stack. */
export function planCommentMarker(stackName: string): string {
  return `<!-- secure-dist-plan:${stackName} -->`;
}

export interface PlanCommentInput {
  readonly stackName: string;
  /** The plan as Markdown (the same text as the job summary). */
  readonly markdown: string;
  /** True when neither stack nor the content would change. */
  readonly noChanges: boolean;
  /** The pull request's head commit (full SHA) and a link to it, when the event has them. */
  readonly commit: { readonly sha: string; readonly url: string | undefined } | undefined;
  /** When the comment was written. */
  readonly now: Date;
  /** A link to the run whose job summary holds the full plan, when known. */
  readonly runUrl: string | undefined;
}

/** `2026-11-29 05:42 UTC` */
export function formatUtc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function commitText(commit: PlanCommentInput['commit']): string {
  if (commit === undefined) return 'an unknown commit';
  const short = `\`${commit.sha.slice(0, 7)}\``;
  return commit.url === undefined ? short : `[${short}](${commit.url})`;
}

/** The comment body: marker, heading, when and for which commit, then the plan (maybe cut). */
export function renderPlanComment(p: PlanCommentInput, limit = COMMENT_LIMIT): string {
  const head = [
    planCommentMarker(p.stackName),
    `## secure-dist plan for \`${p.stackName}\``,
    '',
    `Last updated ${formatUtc(p.now)} for commit ${commitText(p.commit)}.`,
    '',
  ].join('\n');
  if (p.noChanges) return `${head}No changes: the stacks and the content are up to date.\n`;
  const where =
    p.runUrl === undefined ? 'the job summary' : `the [job summary](${p.runUrl}) of this run`;
  const note = `\n\n**The plan was cut to fit GitHub's comment size limit; the full plan is in ${where}.**\n`;
  const full = `${head}${p.markdown}\n`;
  if (full.length <= limit) return full;
  let cut = p.markdown.slice(0, Math.max(0, limit - head.length - note.length));
  // Never end on half of a surrogate pair, and cut at a line end when there is one.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > 0) cut = cut.slice(0, lineEnd);
  return `${head}${cut}${note}`;
}

export interface ExistingComment {
  readonly id: number;
  readonly body: string | undefined;
  /** The login of the comment's author. */
  readonly author: string | undefined;
}

export type CommentAction =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly id: number }
  | { readonly kind: 'unchanged'; readonly id: number };

/**
 * Create when no comment carries `marker` (a hidden first line: `planCommentMarker`, or the
 * preview comment's `previewCommentMarker`); update the first one that does otherwise.
 * Only comments whose body starts with the exact marker line count, and, when `author` is known
 * (the token's own login), only comments by that author: someone else's comment that quotes
 * the marker or looks like a plan is never touched.
 */
export function chooseCommentAction(
  comments: readonly ExistingComment[],
  marker: string,
  body: string,
  author: string | undefined,
): CommentAction {
  const mine = comments.find(
    (c) =>
      (c.body ?? '').split('\n', 1)[0]?.trim() === marker &&
      (author === undefined || c.author === author),
  );
  if (mine === undefined) return { kind: 'create' };
  return mine.body === body ? { kind: 'unchanged', id: mine.id } : { kind: 'update', id: mine.id };
}
