/** What init reads from git in the working directory: the remote `origin` and the branch. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CliError } from './errors.js';

const run = promisify(execFile);

/** `git <args>` in `cwd`: its trimmed output, or undefined when git fails. */
async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', [...args], { cwd, encoding: 'utf8' });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** The root of the work tree `cwd` is in; an error when it is none. */
export async function workTreeRoot(cwd: string): Promise<string> {
  const root = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (root === undefined || root === '') {
    throw new CliError(
      `${cwd} is not in a git repository: run init at the root of your repository's clone (git is needed too)`,
    );
  }
  return root;
}

/** The URL of remote `name`, or undefined when there is none. */
export async function remoteUrl(cwd: string, name = 'origin'): Promise<string | undefined> {
  const url = await git(cwd, ['remote', 'get-url', name]);
  return url === '' ? undefined : url;
}

/**
 * The branch that publishes: origin's default branch (`refs/remotes/origin/HEAD`, set by a
 * clone), else the branch checked out, else `main`.
 */
export async function defaultBranch(cwd: string): Promise<string> {
  const head = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (head !== undefined && head.startsWith('origin/') && head.length > 'origin/'.length) {
    return head.slice('origin/'.length);
  }
  const current = await git(cwd, ['branch', '--show-current']);
  return current === undefined || current === '' ? 'main' : current;
}
