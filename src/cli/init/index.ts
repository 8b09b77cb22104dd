/**
 * `init`: a repository's secure-dist.yml and workflows, and the setup to run once. Owner and
 * repository come from the git remote `origin`; everything else has a default an option can
 * change. No file is overwritten without `--force`: with any of them present, nothing is written.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SiteFileError } from '../../site/errors.js';
import { parseSite } from '../../site/load.js';
import { EDGE_KINDS, type EdgeKind } from '../../site/model.js';
import { DEFAULT_CONFIG } from '../../run/names.js';
import { readTemplate } from '../../synth/index.js';
import { jsonAt } from '../../synth/json.js';
import { CliError, UsageError } from '../errors.js';
import { defaultBranch, remoteUrl, workTreeRoot } from '../git.js';
import { gitHubRepositoryOf, parseRepositoryOption, type GitHubRepository } from '../remote.js';
import { initFiles, siteFile, type InitSite } from './files.js';
import { checkBootstrapParameters, setupText } from './setup.js';

export interface InitOptions {
  readonly stackName?: string | undefined;
  readonly region?: string | undefined;
  readonly contentDir?: string | undefined;
  readonly edge?: string | undefined;
  readonly users?: string | undefined;
  readonly branch?: string | undefined;
  readonly repository?: string | undefined;
  readonly force: boolean;
}

/** The folders init publishes when one exists, in this order; else `content`. */
export const CONTENT_DIR_CANDIDATES = ['content', 'public', 'site', 'dist', 'docs'] as const;
export const DEFAULT_REGION = 'eu-central-1';

/** The bootstrap's StackName rules (lower case, at most MaxLength): the stricter of the two. */
function stackNameLimit(): number {
  const max = jsonAt(readTemplate('bootstrap'), 'Parameters', 'StackName', 'MaxLength');
  return typeof max === 'number' ? max : 30;
}

/**
 * A stack name from a repository name: lower case, runs of other characters as one `-`, starting
 * with a letter, at most the bootstrap's StackName length (`My.Site_2026` ⇒ `my-site-2026`).
 */
export function stackNameFor(repo: string): string {
  let name = repo
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(name)) name = name === '' ? 'secure-dist' : `site-${name}`;
  return name.slice(0, stackNameLimit()).replace(/-+$/, '');
}

/** `content-dir` as written: relative, inside the repository, without `./` or a trailing `/`. */
function contentDirOption(root: string, value: string): string {
  const normalized = path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (path.isAbsolute(value) || normalized === '..' || normalized.startsWith('../')) {
    throw new UsageError(
      `--content-dir: expected a folder inside the repository (${root}), relative to it, got '${value}'`,
    );
  }
  return normalized === '' ? '.' : normalized;
}

const isDirectory = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

function edgeOption(value: string | undefined): EdgeKind {
  if (value === undefined) return 'lambda';
  const found = EDGE_KINDS.find((k) => k === value);
  if (found === undefined) {
    throw new UsageError(`--edge: expected ${EDGE_KINDS.join(' or ')}, got '${value}'`);
  }
  return found;
}

async function repositoryOf(root: string, option: string | undefined): Promise<GitHubRepository> {
  if (option !== undefined) return parseRepositoryOption(option);
  const url = await remoteUrl(root);
  if (url === undefined) {
    throw new CliError(
      `the repository at ${root} has no git remote 'origin': init reads the GitHub repository ` +
        '(owner and name) from it. Add it (git remote add origin https://github.com/OWNER/REPO.git), ' +
        'or name it with --repository OWNER/REPO',
    );
  }
  return gitHubRepositoryOf(url);
}

/** The option each key of the site file comes from, for messages. */
const OPTION_OF_KEY: Readonly<Record<string, string>> = {
  'stack-name': '--stack-name',
  region: '--region',
  'content-dir': '--content-dir',
  users: '--users',
  edge: '--edge',
};

/** The site init describes, from the repository and the options; errors name the option. */
export async function initSite(
  cwd: string,
  options: InitOptions,
): Promise<{ root: string; site: InitSite }> {
  const root = await workTreeRoot(cwd);
  const { owner, repo } = await repositoryOf(root, options.repository);
  const contentDir =
    options.contentDir === undefined
      ? (CONTENT_DIR_CANDIDATES.find((d) => isDirectory(path.join(root, d))) ?? 'content')
      : contentDirOption(root, options.contentDir);
  const users = (options.users ?? owner)
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (users.length === 0)
    throw new UsageError('--users: expected one or more names, comma-separated');
  const branch = options.branch ?? (await defaultBranch(root));
  if (!/^[\w./-]+$/.test(branch) || branch.includes('..')) {
    throw new UsageError(`--branch: expected a branch name, got '${branch}'`);
  }
  const site: InitSite = {
    owner,
    repo,
    stackName: options.stackName ?? stackNameFor(repo),
    region: options.region ?? DEFAULT_REGION,
    contentDir,
    users,
    edge: edgeOption(options.edge),
    branch,
  };
  // The file is checked by the action's own loader: an option it would refuse is named here.
  try {
    parseSite(siteFile(site), DEFAULT_CONFIG, { workspace: root });
  } catch (e) {
    if (!(e instanceof SiteFileError)) throw e;
    throw new UsageError(
      e.issues
        .map((i) => {
          const key = String(i.path[0] ?? '');
          return `${OPTION_OF_KEY[key] ?? key}: ${i.message}`;
        })
        .join('\n'),
    );
  }
  checkBootstrapParameters(site);
  return { root, site };
}

/** Writes the files (none when one exists, unless `force`); returns what init prints. */
export async function initCommand(cwd: string, options: InitOptions): Promise<string[]> {
  const { root, site } = await initSite(cwd, options);
  const files = initFiles(site);
  const existing = files.filter((f) => existsSync(path.join(root, f.path))).map((f) => f.path);
  if (existing.length > 0 && !options.force) {
    throw new CliError(
      `${existing.join(', ')} ${existing.length === 1 ? 'exists' : 'exist'}: nothing was written. ` +
        'Move them away, or run init again with --force to overwrite them',
    );
  }
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const notes = isDirectory(path.join(root, site.contentDir))
    ? []
    : ['', `Note: ${site.contentDir}/ does not exist yet: put the site's files there.`];
  return [
    ...setupText(
      site,
      files.map((f) => f.path),
    ),
    ...notes,
  ];
}
