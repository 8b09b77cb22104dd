/**
 * What `init` prints: the one-time setup as commands to copy, in order — commit the files, the
 * bootstrap stack (AWS, an administrator), the environment and the role variables (GitHub, with
 * gh), the first run. Every name in them is the one the written workflows read; the bootstrap's
 * parameters are checked against the template's own rules (src/synth/conditions.ts) before
 * anything is printed.
 *
 * Facts the commands rest on:
 * - The user has no clone of this repository: the template comes from this CLI at the version
 *   the workflows use (`bootstrap-template`), written to a temporary file for
 *   `aws cloudformation deploy --template-file`.
 * - Repositories created after 2026-07-15 present an immutable OIDC subject
 *   (`repo:OWNER@ID/REPO@ID:…`, DESIGN.md, "Facts"): `OwnerId` and `RepositoryId` come from
 *   `gh api repos/OWNER/REPO` (`.owner.id`, `.id`), so the role trusts both forms and the same
 *   command works for old and new repositories (AcceptClassicSubject keeps its default, true).
 * - A job in an environment presents `repo:OWNER/REPO:environment:NAME` and never the branch
 *   form, so the bootstrap trusts `Environment=secure-dist` and `Branch=` (empty); which branch
 *   may deploy is the environment's deployment-branch policy. GitHub REST API, "Create or
 *   update an environment" (`deployment_branch_policy` with `custom_branch_policies: true`) and
 *   "Create a deployment branch policy" (`name`):
 *   https://docs.github.com/en/rest/deployments/environments and
 *   https://docs.github.com/en/rest/deployments/branch-policies
 * - With `edge: lambda` and the users in Secrets Manager, the first run is a rotation (it adds
 *   the file's users and creates the stacks; a deploy before it finds no users secret); with
 *   `edge: function` it is a deploy (rotate needs the site stack; the deploy creates the empty
 *   users secret and lets nobody in until the rotation).
 */
import { readTemplate } from '../../synth/index.js';
import { parameterProblems } from '../../synth/conditions.js';
import {
  bootstrapStackName,
  CLI_COMMAND,
  CLI_COMMAND_AT_MAJOR,
  DEPLOY_ROLE_VARIABLE,
  ENVIRONMENT,
  PLAN_ROLE_VARIABLE,
  WORKFLOW_FILES,
} from '../action.js';
import { CliError } from '../errors.js';
import { initFiles, usersSecret, type InitSite } from './files.js';

/** Where the printed commands put the bootstrap template. */
export const TEMPLATE_FILE = '"${TMPDIR:-/tmp}/secure-dist-bootstrap.yaml"';

/** `$(gh api repos/OWNER/REPO --jq FIELD)`, the numeric ids of the immutable subject. */
const ghId = (site: InitSite, field: '.owner.id' | '.id'): string =>
  `"$(gh api repos/${site.owner}/${site.repo} --jq ${field})"`;

/**
 * The bootstrap's `--parameter-overrides`, in the order printed (OwnerId and RepositoryId are
 * command substitutions the shell fills in).
 */
export function bootstrapParameters(site: InitSite): [string, string][] {
  return [
    ['GitHubOrg', site.owner],
    ['RepositoryName', site.repo],
    ['Environment', ENVIRONMENT],
    ['Branch', ''],
    ['StackName', site.stackName],
    ['SiteRegion', site.region],
    ['AllowedWorkflows', `${WORKFLOW_FILES.publish},${WORKFLOW_FILES.rotate}`],
    ['AllowPullRequestPlans', 'true'],
    ['OwnerId', ghId(site, '.owner.id')],
    ['RepositoryId', ghId(site, '.id')],
  ];
}

/** The option of init each bootstrap parameter comes from, for messages. */
const OPTION_OF: Readonly<Record<string, string>> = {
  GitHubOrg: 'the repository owner (git remote origin, or --repository)',
  RepositoryName: 'the repository name (git remote origin, or --repository)',
  StackName: '--stack-name',
  SiteRegion: '--region',
};

/** Throws, naming the option, when CloudFormation would refuse the bootstrap parameters. */
export function checkBootstrapParameters(site: InitSite): void {
  const given = Object.fromEntries(
    bootstrapParameters(site).map(([k, v]) => [k, v.startsWith('"$(') ? '1' : v]),
  );
  const problems = parameterProblems(readTemplate('bootstrap'), given);
  if (problems.length > 0) {
    throw new CliError(
      problems
        .map((p) => {
          const name = p.split(':')[0] ?? '';
          const option = OPTION_OF[name];
          return `${option === undefined ? '' : `${option}: `}the bootstrap stack's ${p}`;
        })
        .join('\n'),
    );
  }
}

const describeOutput = (site: InitSite, output: string): string[] => [
  `aws cloudformation describe-stacks --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} \\`,
  `    --query "Stacks[0].Outputs[?OutputKey=='${output}'].OutputValue" --output text)"`,
];

/** Indents a command block (commands are indented, prose is not: a reader copies the blocks). */
const block = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/** What init prints after writing the files. */
export function setupText(site: InitSite, written: readonly string[]): string[] {
  const repo = `${site.owner}/${site.repo}`;
  const env = `repos/${repo}/environments/${ENVIRONMENT}`;
  const secret = usersSecret(site);
  const [first, second] =
    site.edge === 'function'
      ? (['publish.yml', 'rotate.yml'] as const)
      : (['rotate.yml', 'publish.yml'] as const);
  const parameters = bootstrapParameters(site).map(([k, v]) => `${k}=${v}`);
  return [
    `Wrote ${written.join(', ')}.`,
    `Site: stack ${site.stackName} in ${site.region}, content ${site.contentDir}/, users ${site.users.join(', ')}, edge ${site.edge}.`,
    `Repository: ${repo}, publishing from ${site.branch} in the environment ${ENVIRONMENT}.`,
    '',
    'Then, once:',
    '',
    '1. Commit and push the files (their jobs are skipped until step 3 sets the variables):',
    '',
    ...block([
      `git add ${initFiles(site)
        .map((f) => f.path)
        .join(' ')}`,
      'git commit -m "Publish with secure-dist"',
      'git push',
    ]),
    '',
    '2. With administrator credentials of the AWS account: the bootstrap stack (the GitHub OIDC',
    'provider, the deploy role only these workflows may assume, the plan role for pull',
    'requests, the CloudFormation service role, the users KeyValueStore):',
    '',
    ...block([
      `${CLI_COMMAND_AT_MAJOR} bootstrap-template > ${TEMPLATE_FILE}`,
      `aws cloudformation deploy --region ${site.region} \\`,
      `  --stack-name ${bootstrapStackName(site.stackName)} \\`,
      `  --template-file ${TEMPLATE_FILE} \\`,
      '  --capabilities CAPABILITY_NAMED_IAM \\',
      `  --parameter-overrides ${parameters.slice(0, 2).join(' ')} \\`,
      `    ${parameters.slice(2, 4).join(' ')} \\`,
      `    ${parameters.slice(4, 6).join(' ')} \\`,
      ...parameters.slice(6, -1).map((p) => `    ${p} \\`),
      `    ${parameters.at(-1) ?? ''}`,
    ]),
    '',
    `3. With gh, as an administrator of ${repo}: the environment ${ENVIRONMENT}, which only`,
    `${site.branch} may deploy to, and the variables with the roles the workflows assume:`,
    '',
    ...block([
      `gh api -X PUT ${env} \\`,
      "  -F 'deployment_branch_policy[protected_branches]=false' \\",
      "  -F 'deployment_branch_policy[custom_branch_policies]=true'",
      `gh api -X POST ${env}/deployment-branch-policies -f name=${site.branch}`,
      `gh variable set ${DEPLOY_ROLE_VARIABLE} --repo ${repo} --body "$(`,
      ...describeOutput(site, 'DeployRoleArn').map((l) => `  ${l}`),
      `gh variable set ${PLAN_ROLE_VARIABLE} --repo ${repo} --body "$(`,
      ...describeOutput(site, 'PlanRoleArn').map((l) => `  ${l}`),
    ]),
    '',
    site.edge === 'function'
      ? `4. The first run: publish creates the site and uploads ${site.contentDir}/ (nobody can log in yet),`
      : `4. The first run: rotate creates the site and the users' passwords, then publish uploads ${site.contentDir}/`,
    site.edge === 'function'
      ? 'then rotate gives the users their passwords (it waits for publish: one concurrency group):'
      : '(it waits for rotate: one concurrency group):',
    '',
    ...block([
      `gh workflow run ${first} --repo ${repo}`,
      `gh workflow run ${second} --repo ${repo}`,
    ]),
    '',
    `The passwords, for whoever may read the secret ${secret.name}:`,
    '',
    ...block([
      `aws secretsmanager get-secret-value --region ${secret.region} --secret-id ${secret.name} \\`,
      '  --query SecretString --output text',
    ]),
    '',
    `Every later push that changes ${site.contentDir === '.' ? 'the repository' : `${site.contentDir}/`} or secure-dist.yml publishes it. Try the site on this`,
    `machine with \`${CLI_COMMAND} preview\`; check the files with \`${CLI_COMMAND} check\`.`,
  ];
}
