/**
 * The GitHub side of the preview commands: the sticky preview comment (the plan comment's
 * mechanism, pr-comment.ts, with the preview's own marker) and a pull request's state
 * (`GET /repos/{owner}/{repo}/pulls/{pull_number}`, `state` is `open` or `closed`:
 * https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request).
 *
 * A run makes one client (`previewGitHub`) and passes it down: the pull requests' states and
 * every comment it writes go through it, and the login the comments are written as is asked
 * once (`GET /user`, pr-comment.ts `commenter`), not once per removed preview.
 */
import * as github from '@actions/github';
import { previewCommentMarker } from '../report/preview-comment.js';
import { commenter, upsertComment, type Commenter } from '../report/pr-comment.js';
import type { CommentAction } from '../report/plan-comment.js';
import type { Log } from '../commands/sync.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** A run's one GitHub client for the preview commands, with its repository. */
export interface PreviewGitHub {
  readonly repo: Repository;
  readonly octokit: Octokit;
  readonly commenter: Commenter;
}

/** The run's client for `token` (the step's `github-token`); undefined without one. */
export function previewGitHub(
  token: string | undefined,
  repo: Repository,
): PreviewGitHub | undefined {
  if (token === undefined) return undefined;
  const octokit = github.getOctokit(token);
  return { repo, octokit, commenter: commenter(octokit) };
}

/**
 * Writes the preview comment of `stackName` on `pullRequest`: created when there is none and
 * `create` (a `preview` run), else only updated (a cleanup never adds a comment). Without a
 * client (no `github-token`) it warns and writes nothing; it logs what it did.
 */
export async function writePreviewComment(
  gitHub: PreviewGitHub | undefined,
  stackName: string,
  pullRequest: number,
  body: string,
  create: boolean,
  log: Pick<Log, 'info' | 'warn'>,
): Promise<CommentAction | undefined> {
  if (gitHub === undefined) {
    log.warn('no `github-token`: the preview comment was not written');
    return undefined;
  }
  const action = await upsertComment(
    gitHub.commenter,
    { ...gitHub.repo, issueNumber: pullRequest },
    { marker: previewCommentMarker(stackName), setting: 'github-token', what: 'preview' },
    body,
    create,
  );
  log.info(
    action === undefined
      ? `#${pullRequest} has no preview comment to update`
      : action.kind === 'create'
        ? `preview comment created on #${pullRequest}`
        : `preview comment ${action.id} on #${pullRequest} ${action.kind === 'update' ? 'updated' : 'is already up to date'}`,
  );
  return action;
}

/** `open` or `closed`; undefined when GitHub does not say (a 404, or an error: `warn`ed). */
export function pullRequestStates(
  { octokit, repo }: Pick<PreviewGitHub, 'octokit' | 'repo'>,
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
