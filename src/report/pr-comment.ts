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
  const { owner, repo, issueNumber } = pr;
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
