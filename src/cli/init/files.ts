/**
 * The files `init` writes: a commented `secure-dist.yml` and the publish, rotate and plan
 * workflows that read it. The passwords live in AWS Secrets Manager: `rotate.yml` makes them (a
 * person never types one), `publish.yml` deploys the users the secret holds, and `plan.yml`
 * never sees one. This repository's own `.github/workflows/` are the model.
 */
import {
  ACTION_USES,
  CHECKOUT_USES,
  CLI_COMMAND,
  CONCURRENCY_GROUP,
  DEPLOY_ROLE_VARIABLE,
  ENVIRONMENT,
  PLAN_ROLE_VARIABLE,
  SCHEMA_URL,
  WORKFLOW_FILES,
} from '../action.js';
import { EDGE_REGION } from '../../aws/clients.js';
import { secretName } from '../../aws/users-secret.js';
import { DEFAULT_CONFIG } from '../../run/names.js';
import type { EdgeKind } from '../../site/model.js';
import { functionUsersSecretName } from '../../synth/index.js';

export interface InitSite {
  readonly owner: string;
  readonly repo: string;
  readonly stackName: string;
  readonly region: string;
  /** `content-dir`, relative to the repository, without `./` or a trailing `/`. */
  readonly contentDir: string;
  readonly users: readonly string[];
  readonly edge: EdgeKind;
  /** The branch that publishes (push trigger, the environment's branch policy). */
  readonly branch: string;
}

/** A YAML scalar: plain when that reads the same, else a double-quoted (JSON) string. */
export function yamlScalar(value: string): string {
  return /^[A-Za-z0-9_][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** The users' secret: `<stack-name>/basic-auth` in us-east-1, or `<stack-name>/users` in the region. */
export function usersSecret(site: Pick<InitSite, 'stackName' | 'region' | 'edge'>): {
  name: string;
  region: string;
} {
  return site.edge === 'function'
    ? { name: functionUsersSecretName(site.stackName), region: site.region }
    : { name: secretName(site.stackName), region: EDGE_REGION };
}

export function siteFile(site: InitSite): string {
  const secret = usersSecret(site);
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# The site, as every command reads it: .github/workflows/publish.yml deploys it on every push
# to ${site.branch}, rotate.yml gives its users new passwords, plan.yml shows what a pull request would
# change, and \`${CLI_COMMAND} preview\` serves it on this machine.
# Every setting, its default and what it allows: the schema on the first line (editors with the
# YAML language server complete and check this file with it).

# The stacks ${site.stackName}-edge (us-east-1) and ${site.stackName}-site (region), and the
# bootstrap stack ${site.stackName}-bootstrap, whose role may change only these: change both together.
stack-name: ${yamlScalar(site.stackName)}
region: ${yamlScalar(site.region)}

# The folder to publish, relative to the repository.
content-dir: ${yamlScalar(site.contentDir)}

# Who may log in: names only, never a password. rotate.yml gives a new name a generated
# password and removes a name taken out; the passwords are in the AWS Secrets Manager secret
# ${secret.name} (${secret.region}).
users: [${site.users.map(yamlScalar).join(', ')}]

# The edge runtime that asks for the password: lambda (Lambda@Edge) or function (a CloudFront
# Function with a KeyValueStore).
edge: ${site.edge}

# More, for example:
# access:               # who reads what; default: every user reads everything
#   ${yamlScalar(site.users[0] ?? 'alice')}: /**
# listing: true         # a generated listing for folders without an index.html
# share-links: true     # signed links to one file or folder, without a password
# audit-log: true       # one log line per request: who downloaded what
`;
}

/** `paths:` of a trigger: the content, the site file, the publishing workflow. */
function pathsFilter(site: InitSite, indent: string): string {
  const content = site.contentDir === '.' ? [] : [`${site.contentDir}/**`];
  return [...content, DEFAULT_CONFIG, WORKFLOW_FILES.publish]
    .map((p) => `${indent}- ${JSON.stringify(p).replace(/^"|"$/g, "'")}`)
    .join('\n');
}

const HEADER = `# Written by \`${CLI_COMMAND} init\`.`;
const CHECKOUT = `      - uses: ${CHECKOUT_USES}
        with:
          persist-credentials: false # no token left in .git/config for later steps`;

export function publishWorkflow(site: InitSite): string {
  const secret = usersSecret(site);
  return `# Publish secure-dist.yml's site on every push to ${site.branch} that changes its content, the site file
# or this workflow. The users' passwords come from the AWS Secrets Manager secret
# ${secret.name} (${secret.region}), which rotate.yml writes: nobody types or stores one in GitHub.
# Runs once the repository variable ${DEPLOY_ROLE_VARIABLE} (the bootstrap stack's DeployRoleArn)
# is set; the job runs in the environment ${ENVIRONMENT}, whose deployment branches are ${site.branch} only.
${HEADER}
name: publish

on:
  push:
    branches: [${yamlScalar(site.branch)}]
    paths:
${pathsFilter(site, '      ')}
  workflow_dispatch:

permissions:
  contents: read

# One deploy at a time, shared with rotate.yml; a queued run waits instead of cancelling.
concurrency:
  group: ${CONCURRENCY_GROUP}
  cancel-in-progress: false

jobs:
  deploy:
    if: vars.${DEPLOY_ROLE_VARIABLE} != ''
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment: ${ENVIRONMENT} # the OIDC subject the bootstrap trusts; deployment branches: ${site.branch} only
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deploy role
    steps:
${CHECKOUT}
      - id: site
        uses: ${ACTION_USES}
        with:
          command: deploy
          role-to-assume: \${{ vars.${DEPLOY_ROLE_VARIABLE} }}
      - name: Report
        env:
          URL: \${{ steps.site.outputs.url }}
          UPLOADED: \${{ steps.site.outputs.uploaded }}
        run: echo "Published $URL ($UPLOADED files uploaded)"
`;
}

export function rotateWorkflow(site: InitSite): string {
  const secret = usersSecret(site);
  return `# Rotate passwords on demand (Actions > rotate > Run workflow). New passwords go to the AWS
# Secrets Manager secret ${secret.name} (${secret.region}); the replaced ones keep working for the
# grace period. The site is secure-dist.yml, as publish.yml deploys it: a rotation changes the
# passwords and nothing else. Its users are the file's: a name new there is added with a
# generated password, a name taken out is removed.
${HEADER}
name: rotate

on:
  workflow_dispatch:
    inputs:
      users:
        description: 'Users of secure-dist.yml to give new passwords (comma-separated), all, or none (only add and remove the users the file added and removed)'
        required: true
        default: all
      grace-period:
        description: 'How long the replaced passwords keep working (for example 1h, 30m, 0)'
        required: true
        default: 1h

permissions:
  contents: read

concurrency:
  group: ${CONCURRENCY_GROUP}
  cancel-in-progress: false

jobs:
  rotate:
    if: vars.${DEPLOY_ROLE_VARIABLE} != ''
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment: ${ENVIRONMENT} # the same environment (and OIDC subject) as publish.yml
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deploy role
    steps:
${CHECKOUT}
      - uses: ${ACTION_USES}
        with:
          command: rotate
          role-to-assume: \${{ vars.${DEPLOY_ROLE_VARIABLE} }}
          rotate-users: \${{ inputs.users }}
          rotation-grace-period: \${{ inputs.grace-period }}
`;
}

export function planWorkflow(site: InitSite): string {
  return `# On pull requests: what a deploy of the pull request's secure-dist.yml and content would change
# (change sets, then deleted) and the sync as a dry run; nothing is changed. The plan is posted on
# the pull request. Forks get no OIDC token, so the job runs only for branches of this
# repository, with the read-only plan role (bootstrap AllowPullRequestPlans=true, variable
# ${PLAN_ROLE_VARIABLE}). It gets no password: the pull request's own code runs here.
${HEADER}
name: plan

on:
  pull_request:
    paths:
${pathsFilter(site, '      ')}

permissions:
  contents: read

jobs:
  plan:
    if: vars.${PLAN_ROLE_VARIABLE} != '' && github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the plan role
      pull-requests: write # the plan comment
    steps:
${CHECKOUT}
      - uses: ${ACTION_USES}
        with:
          command: plan
          role-to-assume: \${{ vars.${PLAN_ROLE_VARIABLE} }}
          comment-on-pr: true # with the workflow token (github-token's default)
`;
}

/** Every file init writes, by its path in the repository. */
export function initFiles(site: InitSite): { readonly path: string; readonly text: string }[] {
  return [
    { path: DEFAULT_CONFIG, text: siteFile(site) },
    { path: WORKFLOW_FILES.publish, text: publishWorkflow(site) },
    { path: WORKFLOW_FILES.rotate, text: rotateWorkflow(site) },
    { path: WORKFLOW_FILES.plan, text: planWorkflow(site) },
  ];
}
