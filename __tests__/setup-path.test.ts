/**
 * The setup path of docs/setup.md (the README's quick start without `init`), read from the files
 * and checked against each other (issue 20; from README.md to docs/setup.md in issue 21): the
 * bootstrap command (its exact `--parameter-overrides`), the `gh` commands, the publish
 * workflow it shows and the example workflows (publish.yml, rotate.yml, plan.yml).
 *
 * - Without IAM: the bootstrap's Environment is the environment the deploying jobs run in, its
 *   AllowedWorkflows the files that deploy, its StackName and SiteRegion the inputs they use;
 *   the variable and the secret they read are the ones the `gh` commands set; the environment
 *   is created, with a branch policy for the branch the quick start publishes from, before its
 *   secret is set.
 * - With IAM (helpers/iam.ts: the trust policy bootstrap.yaml renders for those parameters,
 *   decided by an IAM evaluator, on the OIDC claims GitHub gives each job): every deploying job
 *   may assume the deploy role; a job of another repository, of an unlisted workflow file, or
 *   outside the environment may not; plan.yml's pull-request job may assume the plan role only.
 *
 * Before issue 20 the README (where this setup was) bootstrapped with `Branch=main` and no `Environment` while its
 * jobs ran in `environment: secure-dist`: their token's `sub` is
 * `repo:ORG/REPO:environment:secure-dist`, which that role did not trust, so the first deploy
 * ended in "Not authorized to perform sts:AssumeRoleWithWebIdentity".
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadSite, parseSite } from '../src/site/load.js';
import type { Site } from '../src/site/model.js';
import { bootstrapParameters, isBootstrapDeploy } from './helpers/doc-commands.js';
import { readWorkflow, type ActionStep } from '../src/cli/check/workflows.js';
import { jobsWithRole, runOf as jobRunOf, workflowDoc } from './helpers/bootstrap-trust.js';
import { canAssume, claimsForJob, type JobRun, type WorkflowDoc } from './helpers/iam.js';
import { codeBlocks } from './helpers/markdown.js';
import { markdownWorkflows } from './helpers/markdown-workflows.js';
import { REPO_ROOT } from './helpers/s3-server.js';
import { shellCommands, type ShellCommand } from './helpers/shell.js';

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});

/** The page that shows the setup by hand. */
const SETUP = 'docs/setup.md';
const setupPage = readFileSync(path.join(REPO_ROOT, SETUP), 'utf8');

/** The page from `## <heading…>` to the next `## `, and the lines it spans. */
function section(heading: string): { text: string; from: number; to: number } {
  const start = setupPage.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`${SETUP} has no section "## ${heading}"`);
  const end = setupPage.indexOf('\n## ', start + 4);
  const text = setupPage.slice(start, end < 0 ? undefined : end);
  const from = setupPage.slice(0, start).split('\n').length + 1;
  return { text, from, to: from + text.split('\n').length - 2 };
}

/** A command as written, quotes removed: its words, then its redirections (`< users.txt`). */
const written = (c: ShellCommand): string =>
  [...c.argv, ...c.redirects.map((r) => `${r.op} ${r.target}`)].join(' ');

const setUp = section('Set up once');
const quickStartSection = section('Publish on every push');
const quickStartText = quickStartSection.text;
/** The commands of the two sections' ```sh blocks, in order (read by helpers/shell.ts). */
const shown = codeBlocks(SETUP)
  .filter((b) => b.lang === 'sh' && b.line > setUp.from && b.line <= quickStartSection.to)
  .flatMap((b) => shellCommands(b.text, b.firstLine));
const commands = shown.map(written);

/** The bootstrap commands of the page (one is expected). */
const bootstrapCommands = shown.filter(isBootstrapDeploy);
const params = bootstrapParameters(bootstrapCommands[0]);

/** The workflows shown in the publish section (one is expected). */
const quickStartWorkflows = markdownWorkflows(SETUP).filter(
  (w) => w.line > quickStartSection.from && w.line < quickStartSection.to,
);
/** Where the page says to save the publish workflow. */
const quickStartFile = /save this workflow as `(\.github\/workflows\/[\w.-]+)`/.exec(
  quickStartText,
)?.[1];

/**
 * The publish workflow, under the path the page says to save it as (a test requires
 * that it says; until then, the file its `name:` suggests, so the other checks still run).
 */
function quickStart(): WorkflowDoc & { doc: Yaml } {
  const [workflow] = quickStartWorkflows;
  const doc = workflow?.doc ?? {};
  return {
    file: quickStartFile ?? `.github/workflows/${String(doc.name)}.yml`,
    text: workflow?.text ?? '',
    doc,
  };
}

const quick = quickStart();

function repositoryWorkflow(name: string): WorkflowDoc & { doc: Yaml } {
  const file = `.github/workflows/${name}`;
  return workflowDoc(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'));
}

/** The action's steps of every job of `workflow` (`./` here, `…/secure-dist-action@…`). */
function actionSteps(workflow: WorkflowDoc): ActionStep[] {
  return readWorkflow(workflow.file, workflow.text, true).jobs.flatMap((j) => j.steps);
}

/**
 * The site file the quick start shows (the Quick start's ```yaml block that is not a
 * workflow), read by the action's loader.
 */
function quickStartSite(): Site {
  const blocks = codeBlocks(SETUP)
    .filter(
      (b) => b.lang === 'yaml' && b.line > quickStartSection.from && b.line < quickStartSection.to,
    )
    .map((b) => b.text)
    .filter((text) => !/^jobs:/m.test(text));
  expect(blocks).toHaveLength(1);
  return parseSite(blocks[0] ?? '', 'secure-dist.yml', { workspace: REPO_ROOT });
}

/** The site a step of `workflow` reads: the file its `config` names (the quick start's, on the page). */
function siteOf(workflow: WorkflowDoc, step: ActionStep): Site {
  const config = step.config;
  if (workflow === quick) {
    expect(config).toBe('secure-dist.yml');
    return quickStartSite();
  }
  return loadSite(config, { workspace: REPO_ROOT });
}

const DEPLOY_VARIABLE = 'SECURE_DIST_ROLE_ARN';
const examples = ['publish.yml', 'rotate.yml', 'plan.yml'].map(repositoryWorkflow);

/** Every job, of the quick start and of the examples, that deploys with the deploy role. */
const deployingJobs = jobsWithRole([quick, ...examples], DEPLOY_VARIABLE);

/** The event the job's token is for: the workflow's push or workflow_dispatch trigger. */
function runOf(workflow: WorkflowDoc, overrides: Partial<JobRun> = {}): JobRun {
  const [job] = readWorkflow(workflow.file, workflow.text, true).jobs;
  return jobRunOf(
    { triggers: job?.triggers ?? [] },
    { owner: params.GitHubOrg ?? '', repo: params.RepositoryName ?? '' },
    overrides,
  );
}

describe("docs/setup.md's bootstrap command, gh commands and workflows tell one story", () => {
  it('the page gives one bootstrap command and one publish workflow, and says where to save it', () => {
    expect(bootstrapCommands).toHaveLength(1);
    expect(bootstrapCommands[0]?.argv).toContain('--parameter-overrides');
    expect(quickStartWorkflows).toHaveLength(1);
    expect(quickStartFile).toMatch(/^\.github\/workflows\//);
  });

  it('the deploying jobs are the quick start, publish.yml and rotate.yml', () => {
    expect(deployingJobs.map((j) => `${j.workflow.file} ${j.jobId}`)).toEqual([
      `${quick.file} publish`,
      '.github/workflows/publish.yml deploy',
      '.github/workflows/rotate.yml rotate',
    ]);
  });

  it("Environment is the deploying jobs' environment, and Branch is empty (only that subject)", () => {
    expect(params.Environment).toBe('secure-dist');
    for (const { workflow, jobId, job } of deployingJobs) {
      expect({ where: `${workflow.file} ${jobId}`, environment: job.environment }).toEqual({
        where: `${workflow.file} ${jobId}`,
        environment: params.Environment,
      });
    }
    expect(params.Branch).toBe('');
  });

  it('AllowedWorkflows lists exactly the files that deploy, the quick start under its saved name', () => {
    const allowed = (params.AllowedWorkflows ?? '').split(',').sort();
    expect(allowed).toEqual([...new Set(deployingJobs.map((j) => j.workflow.file))].sort());
    expect(allowed).toContain(quick.file);
  });

  it("StackName and SiteRegion are the stack-name and region of the site files the workflows' steps read", () => {
    const read: string[] = [];
    for (const { workflow } of [...deployingJobs, { workflow: repositoryWorkflow('plan.yml') }]) {
      for (const step of actionSteps(workflow)) {
        const site = siteOf(workflow, step);
        read.push(`${workflow.file} ${site.file}`);
        expect({ file: workflow.file, stack: site.stackName }).toEqual({
          file: workflow.file,
          stack: params.StackName,
        });
        expect({ file: workflow.file, region: site.region }).toEqual({
          file: workflow.file,
          region: params.SiteRegion,
        });
      }
    }
    expect(read).toEqual([
      `${quick.file} secure-dist.yml`,
      '.github/workflows/publish.yml secure-dist.yml',
      '.github/workflows/rotate.yml secure-dist.yml',
      '.github/workflows/plan.yml secure-dist.yml',
    ]);
  });

  it("the deploying jobs' basic-auth-users secret holds the users the site file names (its names are the file's)", () => {
    // The quick start stores users.txt as SITE_USERS; its site file lists their names.
    expect(quickStartSite().users.length).toBeGreaterThan(0);
    expect(quickStartText).toMatch(/users: \[[^\]]+\] # the names in users\.txt/);
  });

  it("the bootstrap runs with the administrator's credentials and creates the users' store", () => {
    // No service role: CloudFormation creates the store (and the roles) as the administrator,
    // so the service role needs no store action. CreateUsersStore left at its default ('true'):
    // a site that switches to `edge: function` finds its store, and the deploy role its grant.
    expect(bootstrapCommands[0]?.argv).not.toContain('--role-arn');
    expect(params.CreateUsersStore ?? 'true').toBe('true');
  });

  it('the variables the workflows read are the ones the page sets or names', () => {
    expect(commands).toContainEqual(
      expect.stringMatching(new RegExp(`^gh variable set ${DEPLOY_VARIABLE} `)),
    );
    // The `gh variable set` stores the bootstrap stack's DeployRoleArn.
    const set = commands.find((c) => c.startsWith(`gh variable set ${DEPLOY_VARIABLE} `)) ?? '';
    expect(set).toContain('--stack-name secure-dist-bootstrap');
    expect(set).toContain("OutputKey=='DeployRoleArn'");
    // plan.yml reads the plan role's variable, which the page names with AllowPullRequestPlans.
    const plan = repositoryWorkflow('plan.yml');
    expect(actionSteps(plan).map((s) => s.roleVariable)).toEqual(['SECURE_DIST_PLAN_ROLE_ARN']);
    expect(setUp.text).toMatch(
      /`AllowPullRequestPlans=true`[^\n]*\n[^\n]*`SECURE_DIST_PLAN_ROLE_ARN`/,
    );
    // preview.yml reads the preview role's variable, named with AllowPullRequestPreviews.
    const preview = repositoryWorkflow('preview.yml');
    expect([...new Set(actionSteps(preview).map((s) => s.roleVariable))]).toEqual([
      'SECURE_DIST_PREVIEW_ROLE_ARN',
    ]);
    expect(setUp.text).toMatch(
      /`AllowPullRequestPreviews=true`[^\n]*\n[^\n]*`SECURE_DIST_PREVIEW_ROLE_ARN`/,
    );
  });

  it('the secret the deploying jobs read is the one `gh secret set` stores in that environment', () => {
    const secrets = new Set(
      deployingJobs.flatMap(({ job }) =>
        job.steps.flatMap((s) => {
          const m = /^\$\{\{\s*secrets\.(\w+)\s*\}\}$/.exec(s.with['basic-auth-users'] ?? '');
          return m?.[1] === undefined ? [] : [m[1]];
        }),
      ),
    );
    expect([...secrets]).toEqual(['SITE_USERS']);
    expect(commands).toContainEqual(
      `gh secret set SITE_USERS --repo ${params.GitHubOrg}/${params.RepositoryName} --env ${params.Environment} < users.txt`,
    );
  });

  it('the environment is created with a branch policy for the branch the quick start publishes, before its secret', () => {
    const repo = `repos/${params.GitHubOrg}/${params.RepositoryName}/environments/${params.Environment}`;
    const create = commands.findIndex((c) => c.startsWith(`gh api -X PUT ${repo} `));
    expect(create).toBeGreaterThanOrEqual(0);
    expect(commands[create]).toContain('-F deployment_branch_policy[custom_branch_policies]=true');
    expect(commands[create]).toContain('-F deployment_branch_policy[protected_branches]=false');
    const branches = record(record(quick.doc.on).push).branches;
    expect(branches).toEqual(['main']);
    const policy = commands.findIndex(
      (c) => c === `gh api -X POST ${repo}/deployment-branch-policies -f name=main`,
    );
    const secret = commands.findIndex((c) => c.startsWith('gh secret set SITE_USERS '));
    expect(create).toBeLessThan(policy);
    expect(policy).toBeLessThan(secret);
  });
});

describe("docs/setup.md's bootstrap trusts exactly the jobs it shows (IAM trust evaluation)", () => {
  it('every deploying job may assume the deploy role', async () => {
    for (const { workflow, jobId, job } of deployingJobs) {
      const claims = claimsForJob(workflow, jobId, runOf(workflow));
      expect({
        where: `${workflow.file} ${jobId}`,
        sub: claims.sub,
        allowed: await canAssume(params, 'DeployRole', claims),
      }).toEqual({
        where: `${workflow.file} ${jobId}`,
        sub: `repo:${params.GitHubOrg}/${params.RepositoryName}:environment:${String(job.environment)}`,
        allowed: true,
      });
    }
  });

  it('a job of another repository, of an unlisted workflow file or outside the environment may not', async () => {
    const other = claimsForJob(quick, 'publish', runOf(quick, { owner: 'someone-else' }));
    expect(await canAssume(params, 'DeployRole', other)).toBe(false);
    const unlisted = claimsForJob(
      { ...quick, file: '.github/workflows/other.yml' },
      'publish',
      runOf(quick),
    );
    expect(await canAssume(params, 'DeployRole', unlisted)).toBe(false);
    // The same job on main without `environment:` presents the branch subject.
    const doc = record(parse(quick.text));
    delete record(record(doc.jobs).publish).environment;
    const outside = claimsForJob({ ...quick, text: stringify(doc) }, 'publish', runOf(quick));
    expect(outside.sub).toBe(
      `repo:${params.GitHubOrg}/${params.RepositoryName}:ref:refs/heads/main`,
    );
    expect(await canAssume(params, 'DeployRole', outside)).toBe(false);
  });

  it("plan.yml's pull-request job may assume the plan role (AllowPullRequestPlans=true), never the deploy role", async () => {
    const plan = repositoryWorkflow('plan.yml');
    const claims = claimsForJob(
      plan,
      'plan',
      runOf(plan, { event: 'pull_request', ref: 'refs/pull/7/merge' }),
    );
    const withPlans = { ...params, AllowPullRequestPlans: 'true' };
    expect(await canAssume(withPlans, 'PlanRole', claims)).toBe(true);
    expect(await canAssume(withPlans, 'DeployRole', claims)).toBe(false);
    expect(await canAssume(params, 'PlanRole', claims)).toBe(false); // not asked for: no plan role
  });

  it("preview.yml's jobs may assume the preview role (AllowPullRequestPreviews=true), never the deploy role", async () => {
    const preview = repositoryWorkflow('preview.yml');
    const withPreviews = { ...params, AllowPullRequestPreviews: 'true' };
    const pr = runOf(preview, { event: 'pull_request', ref: 'refs/pull/7/merge' });
    // The pull-request jobs, and the daily cleanup on the default branch in the environment.
    const tokens = [
      claimsForJob(preview, 'preview', pr),
      claimsForJob(preview, 'cleanup', pr),
      claimsForJob(preview, 'expired', runOf(preview, { event: 'schedule' })),
    ];
    for (const claims of tokens) {
      expect({
        sub: claims.sub,
        preview: await canAssume(withPreviews, 'PreviewRole', claims),
      }).toEqual({ sub: claims.sub, preview: true });
      expect(await canAssume(withPreviews, 'DeployRole', claims)).toBe(false);
      expect(await canAssume(params, 'PreviewRole', claims)).toBe(false); // not asked for
    }
  });
});
