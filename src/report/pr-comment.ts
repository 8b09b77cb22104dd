/** The I/O of a sticky comment: list (paginated), then create or update one comment. */
import type * as github from '@actions/github';
import {
  chooseCommentAction,
  planCommentMarker,
  type CommentAction,
  type ExistingComment,
} from './plan-comment.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/** Which sticky comment: its marker line, and what a refusal names (the setting and the comment). */
export interface StickyComment {
  readonly marker: string;
  /** For a 403: the step's setting that posts it (`comment-on-pr`) and what it is. */
  readonly setting: string;
  readonly what: string;
}

/**
 * A client that writes sticky comments, and the login it writes them as: `GET /user` is asked
 * once, when first needed, however many comments one run writes (a cleanup's, one per removed
 * preview).
 */
export interface Commenter {
  readonly octokit: Octokit;
  login(): Promise<string>;
}

export function commenter(octokit: Octokit): Commenter {
  let login: Promise<string> | undefined;
  return { octokit, login: () => (login ??= tokenLogin(octokit)) };
}

/** Updates this stack's plan comment on the pull request, or creates it when there is none. */
export async function upsertPlanComment(
  octokit: Octokit,
  pr: PullRequestRef,
  stackName: string,
  body: string,
): Promise<CommentAction> {
  const plan = { marker: planCommentMarker(stackName), setting: 'comment-on-pr', what: 'plan' };
  return upsertComment(commenter(octokit), pr, plan, body, true);
}

/**
 * Updates the comment that carries `comment.marker`, or creates it when there is none and
 * `create` is true; undefined when there was none and nothing was created.
 */
export async function upsertComment(
  writer: Commenter,
  pr: PullRequestRef,
  comment: StickyComment,
  body: string,
  create: true,
): Promise<CommentAction>;
export async function upsertComment(
  writer: Commenter,
  pr: PullRequestRef,
  comment: StickyComment,
  body: string,
  create: boolean,
): Promise<CommentAction | undefined>;
export async function upsertComment(
  writer: Commenter,
  pr: PullRequestRef,
  comment: StickyComment,
  body: string,
  create: boolean,
): Promise<CommentAction | undefined> {
  const { octokit } = writer;
  try {
    const action = chooseCommentAction(
      await listComments(octokit, pr),
      comment.marker,
      body,
      await writer.login(),
    );
    const { owner, repo, issueNumber } = pr;
    if (action.kind === 'create') {
      if (!create) return undefined;
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    } else if (action.kind === 'update') {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: action.id, body });
    }
    return action;
  } catch (e) {
    throw forbiddenHint(e, pr.issueNumber, comment) ?? e;
  }
}

async function listComments(
  octokit: Octokit,
  { owner, repo, issueNumber }: PullRequestRef,
): Promise<ExistingComment[]> {
  return (
    await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    })
  ).map((c) => ({ id: c.id, body: c.body, author: c.user?.login }));
}

/**
 * A 403 on reading or writing the comments, as a step the user can take. The workflow's token (the default
 * `github-token`) may write a pull request's comments only with `pull-requests: write`; without
 * it GitHub answers 403 "Resource not accessible by integration" (indexable-inc/index#582:
 * `issues: write` alone is refused on a pull request, `pull-requests: write` is what gates it).
 */
function forbiddenHint(e: unknown, issueNumber: number, comment: StickyComment): Error | undefined {
  if (!(e instanceof Error) || !('status' in e) || e.status !== 403) return undefined;
  if (/rate limit/i.test(e.message)) return undefined; // GitHub's rate limits answer 403 too
  return new Error(
    `\`${comment.setting}\`: GitHub refused the ${comment.what} comment on #${issueNumber} (403: ${e.message}); ` +
      'give the job `permissions: pull-requests: write`, or pass a `github-token` that may comment',
  );
}
/**
 * The login the token comments as: `GET /user` answers for a personal token; an installation
 * token (the workflow's GITHUB_TOKEN) cannot read it, and comments as `github-actions[bot]`.
 */
async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return 'github-actions[bot]';
  }
}
