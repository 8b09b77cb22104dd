/**
 * The GitHub repository of a checkout: owner and name from its git remote `origin`, in any form
 * git writes it (https, ssh `git@github.com:o/r.git`, `ssh://`, `git://`, with or without
 * `.git`), parsed by npm's own hosted-git-info. Only github.com: the bootstrap trusts GitHub
 * Actions' OIDC tokens (token.actions.githubusercontent.com), which GitHub Enterprise Server and
 * other hosts do not issue.
 */
import hostedGitInfo from 'hosted-git-info';
import { CliError } from './errors.js';

export interface GitHubRepository {
  readonly owner: string;
  readonly repo: string;
}

/** GitHub's rules for names (what the bootstrap's GitHubOrg and RepositoryName accept). */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const REPO = /^[A-Za-z0-9_.-]{1,100}$/;

/** A remote URL without credentials (`https://user:token@host/…` ⇒ `https://host/…`), for messages. */
export function redactRemote(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/** `OWNER/REPO` (the `--repository` option), checked as GitHub names. */
export function parseRepositoryOption(value: string): GitHubRepository {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value.trim());
  if (m?.[1] === undefined || m[2] === undefined || !OWNER.test(m[1]) || !REPO.test(m[2])) {
    throw new CliError(
      `--repository: expected OWNER/REPO as on GitHub (letters, digits, '-'; the name also '_' and '.'), got '${value}'`,
    );
  }
  return { owner: m[1], repo: m[2] };
}

/** Owner and repository of a github.com remote URL; an error saying what is needed otherwise. */
export function gitHubRepositoryOf(url: string, remote = 'origin'): GitHubRepository {
  const info = hostedGitInfo.fromUrl(url.trim());
  const shown = redactRemote(url.trim());
  if (info?.type !== 'github' || info.user === '' || info.project === '') {
    throw new CliError(
      `the git remote '${remote}' is ${shown}, not a repository on github.com: the site is deployed by ` +
        'GitHub Actions with their OIDC token, so init needs the GitHub repository. Add it ' +
        '(git remote add origin https://github.com/OWNER/REPO.git), or name it with --repository OWNER/REPO ' +
        '(for an ssh host alias of github.com)',
    );
  }
  return parseRepositoryOption(`${info.user}/${info.project}`);
}
