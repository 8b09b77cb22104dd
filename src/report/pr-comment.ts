/** The I/O of the sticky plan comment: list (paginated), then create or update one comment. */
import type * as github from '@actions/github';
import { chooseCommentAction, type CommentAction, type ExistingComment } from './plan-comment.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/** Updates this stack's plan comment on the pull request, or creates it when there is none. */
export async function upsertPlanComment(
  octokit: Octokit,
  pr: PullRequestRef,
  stackName: string,
  body: string,
): Promise<CommentAction> {
  try {
    return await upsert(octokit, pr, stackName, body);
  } catch (e) {
    throw forbiddenHint(e, pr.issueNumber) ?? e;
  }
}

async function upsert(
  octokit: Octokit,
  { owner, repo, issueNumber }: PullRequestRef,
  stackName: string,
  body: string,
): Promise<CommentAction> {
  const comments: ExistingComment[] = (
    await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    })
  ).map((c) => ({ id: c.id, body: c.body, author: c.user?.login }));
  const action = chooseCommentAction(comments, stackName, body, await tokenLogin(octokit));
  if (action.kind === 'create')
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  else if (action.kind === 'update')
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: action.id, body });
  return action;
}

/**
 * A 403 on reading or writing the comments, as a step the user can take. The workflow's token (the default
 * `github-token`) may write a pull request's comments only with `pull-requests: write`; without
 * it GitHub answers 403 "Resource not accessible by integration" (indexable-inc/index#582:
 * `issues: write` alone is refused on a pull request, `pull-requests: write` is what gates it).
 */
function forbiddenHint(e: unknown, issueNumber: number): Error | undefined {
  if (!(e instanceof Error) || !('status' in e) || e.status !== 403) return undefined;
  if (/rate limit/i.test(e.message)) return undefined; // GitHub's rate limits answer 403 too
  return new Error(
    `\`comment-on-pr\`: GitHub refused the plan comment on #${issueNumber} (403: ${e.message}); ` +
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
