/**
 * The GitHub side of the preview commands: the sticky preview comment (the plan comment's
 * mechanism, pr-comment.ts, with the preview's own marker) and a pull request's state
 * (`GET /repos/{owner}/{repo}/pulls/{pull_number}`, `state` is `open` or `closed`:
 * https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request).
 */
import type * as github from '@actions/github';
import { previewCommentMarker } from '../report/preview-comment.js';
import { upsertComment } from '../report/pr-comment.js';
import type { CommentAction } from '../report/plan-comment.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/**
 * Writes the preview comment of `stackName` on `pullRequest`: created when there is none and
 * `create` (a `preview` run), else only updated (a cleanup never adds a comment).
 */
export function writePreviewComment(
  octokit: Octokit,
  repo: Repository,
  stackName: string,
  pullRequest: number,
  body: string,
  create: boolean,
): Promise<CommentAction | undefined> {
  return upsertComment(
    octokit,
    { ...repo, issueNumber: pullRequest },
    { marker: previewCommentMarker(stackName), setting: 'github-token', what: 'preview' },
    body,
    create,
  );
}

/** `open` or `closed`; undefined when GitHub does not say (a 404, or an error: `warn`ed). */
export function pullRequestStates(
  octokit: Octokit,
  repo: Repository,
  warn: (message: string) => void,
): (n: number) => Promise<'open' | 'closed' | undefined> {
  return async (n) => {
    try {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: n });
      return data.state === 'closed' ? 'closed' : data.state === 'open' ? 'open' : undefined;
    } catch (e) {
      warn(
        `could not read pull request #${n} (${e instanceof Error ? e.message : String(e)}): its preview stays until it expires`,
      );
      return undefined;
    }
  };
}
