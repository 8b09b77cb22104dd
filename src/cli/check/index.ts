/**
 * `check`: the site file and the workflows against each other, offline. Every problem is listed
 * (file:line), then what the workflows need from each bootstrap stack, for an administrator to
 * compare with its parameters, and what a deploy would create. Exit 1 when there is a problem.
 *
 * The rules, each for a fact of the platform or of the action:
 * - the site file loads (the action's loader: every problem, file:line: key);
 * - each step's `config` exists and loads for its command; no `with:` key that moved into the
 *   file (the action refuses it, naming the key) and none the action does not have; literal
 *   input values the action would refuse;
 * - a job whose step assumes `role-to-assume` has `id-token: write` (else GitHub gives it no
 *   OIDC token);
 * - jobs that deploy or rotate run in an environment, one per deploy role: a job in an
 *   environment presents the subject `repo:O/R:environment:NAME`, and a bootstrap trusts one;
 * - a plan gets no password (`basic-auth-users`), and a plan on pull requests does not assume the
 *   deploy role (it trusts only the environment's subject; pull requests get the plan role);
 * - publish and rotate agree on where the passwords are: rotate changes the users in AWS Secrets
 *   Manager and refuses `basic-auth-users`, so a deploy of the same site that passes
 *   `basic-auth-users` would undo every rotation.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { inputsFrom } from '../../run/input-error.js';
import { movedSettingMessage, parseRunInputs } from '../../run/inputs.js';
import { RUN_INPUTS, type Command, COMMANDS } from '../../run/names.js';
import { formatIssue, SiteFileError } from '../../site/errors.js';
import { loadSite } from '../../site/load.js';
import type { Site } from '../../site/model.js';
import { SITE_SETTINGS } from '../../site/validate.generated.js';
import { bootstrapStackName } from '../action.js';
import { messageOf } from '../errors.js';
import { deploySummary } from './summary.js';
import { previewFindings, previewNeeds, type BootstrapReader } from './previews.js';
import {
  CHANGES_SITE,
  readWorkflow,
  stepLabel,
  type ActionStep,
  type WorkflowJob,
} from './workflows.js';

export interface CheckOptions {
  /** The site file checked besides those the workflows name. */
  readonly config: string;
  /** The workflows folder, relative to the workspace. */
  readonly workflows: string;
  /** `--bootstrap`: reads each site's bootstrap stack (previews.ts); undefined: offline. */
  readonly bootstrap?: BootstrapReader | undefined;
}

export interface CheckReport {
  readonly lines: string[];
  readonly problems: number;
}

interface Use {
  readonly job: WorkflowJob;
  readonly step: ActionStep;
}

/** The repository is the action itself (its action.yml is secure-dist's): `uses: ./` is it. */
function selfIsAction(workspace: string): boolean {
  const file = path.join(workspace, 'action.yml');
  if (!existsSync(file)) return false;
  try {
    const manifest: unknown = parse(readFileSync(file, 'utf8'));
    return (
      typeof manifest === 'object' &&
      manifest !== null &&
      'name' in manifest &&
      manifest.name === 'secure-dist'
    );
  } catch {
    return false;
  }
}

const isExpression = (value: string): boolean => value.includes('${{');
/** The commands that render the stacks. */
const RENDERS: readonly string[] = ['deploy', 'plan', 'rotate', 'synth'];
const asCommand = (value: string): Command | undefined => COMMANDS.find((c) => c === value);

export async function checkCommand(workspace: string, options: CheckOptions): Promise<CheckReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  const dir = path.resolve(workspace, options.workflows);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  const self = selfIsAction(workspace);
  const jobs: WorkflowJob[] = [];
  for (const name of files) {
    const file = path.relative(workspace, path.join(dir, name)).split(path.sep).join('/');
    const read = readWorkflow(file, readFileSync(path.join(dir, name), 'utf8'), self);
    for (const error of read.errors) problems.push(`${file}: not valid YAML: ${error}`);
    jobs.push(...read.jobs.filter((j) => j.steps.length > 0));
  }
  const uses: Use[] = jobs.flatMap((job) => job.steps.map((step) => ({ job, step })));

  // The site files: each step's, and --config.
  const sites = new Map<string, Site>();
  const loaded = new Set<string>();
  const reported = new Set<string>();
  const load = (config: string, command: Command | undefined, where: string): Site | undefined => {
    const key = `${config}\n${command ?? ''}`;
    try {
      const site = loadSite(config, { workspace, command });
      sites.set(config, site);
      return site;
    } catch (e) {
      if (!loaded.has(key)) {
        const issues =
          e instanceof SiteFileError
            ? e.issues.map((i) => formatIssue(e.file, i))
            : [`${config}: ${messageOf(e)}`];
        // A file's problem once, however many steps read it (the first names where).
        for (const issue of issues.filter((i) => !reported.has(i))) {
          reported.add(issue);
          problems.push(where === '' ? issue : `${issue} (read by ${where})`);
        }
      }
      return undefined;
    } finally {
      loaded.add(key);
    }
  };

  for (const { job, step } of uses) {
    const where = stepLabel(job, step);
    for (const key of Object.keys(step.with)) {
      if ((SITE_SETTINGS as readonly string[]).includes(key)) {
        problems.push(`${where}: ${movedSettingMessage(key, step.config)}`);
      } else if (!(RUN_INPUTS as readonly string[]).includes(key)) {
        problems.push(
          `${where}: \`${key}\` is not an input of the action (its inputs: ${RUN_INPUTS.join(', ')})`,
        );
      }
    }
    // The literal values, as the action reads them (an expression is known only at run time).
    const literal = Object.fromEntries(
      Object.entries(step.with).filter(
        ([k, v]) => !isExpression(v) && (RUN_INPUTS as readonly string[]).includes(k),
      ),
    );
    try {
      parseRunInputs(inputsFrom(literal), { workspace, runId: '1', runAttempt: '1' });
    } catch (e) {
      problems.push(`${where}: ${messageOf(e)}`);
    }
    if (isExpression(step.config)) {
      notes.push(
        `${where}: config is an expression (${step.config}): its site file is not checked`,
      );
    } else if (step.configWrittenByJob && !existsSync(path.resolve(workspace, step.config))) {
      notes.push(`${where}: ${step.config} is written by an earlier step of the job: not checked`);
    } else {
      load(step.config, asCommand(step.command), where);
    }
    if (step.with['role-to-assume'] !== undefined && !job.idToken) {
      problems.push(
        `${where}: role-to-assume needs the job's OIDC token, but job ${job.jobId} has no \`permissions: id-token: write\``,
      );
    }
    if (
      step.with['role-to-assume'] === undefined &&
      !job.otherCredentials &&
      step.command !== 'synth'
    ) {
      notes.push(
        `${where}: no role-to-assume, no credentials step, no AWS_ACCESS_KEY_ID: AWS credentials must come from the runner`,
      );
    }
    if (step.command === 'plan' && step.with['basic-auth-users'] !== undefined) {
      problems.push(
        `${where}: a plan gets no password: remove basic-auth-users (plan renders the users' names with stand-in hashes)`,
      );
    }
  }
  // --config, when no workflow step read it.
  if (!uses.some((u) => u.step.config === options.config)) {
    const site = load(options.config, undefined, '');
    if (
      site === undefined &&
      uses.length === 0 &&
      !existsSync(path.resolve(workspace, options.config))
    ) {
      notes.push(`no workflow under ${options.workflows} uses the action`);
    }
  }

  // Deploying jobs: an environment each, one per deploy role.
  const changing = uses.filter((u) => CHANGES_SITE.includes(u.step.command));
  for (const { job, step } of changing) {
    const where = stepLabel(job, step);
    if (job.environment === undefined) {
      problems.push(
        `${where}: \`command: ${step.command}\` in a job without \`environment:\`: run deploying jobs in an ` +
          'environment limited to the default branch (the bootstrap trusts its OIDC subject, Environment=…)',
      );
    } else if (isExpression(job.environment)) {
      problems.push(
        `${where}: the environment is an expression: the bootstrap trusts one named environment`,
      );
    }
  }
  const deployRoles = new Map<string, Use[]>();
  for (const use of changing) {
    const key = use.step.roleVariable ?? use.step.with['role-to-assume'] ?? '(no role-to-assume)';
    deployRoles.set(key, [...(deployRoles.get(key) ?? []), use]);
  }
  for (const [role, group] of deployRoles) {
    const environments = [...new Set(group.map((u) => u.job.environment ?? '(none)'))];
    if (environments.length > 1) {
      problems.push(
        `the jobs that deploy or rotate with ${role} run in ${environments.length} environments (${environments.join(', ')}): ` +
          `one role trusts one environment: ${group.map((u) => `${u.job.file} ${u.job.jobId} (${u.job.environment ?? 'none'})`).join(', ')}`,
      );
    }
  }
  // Pull-request plans with the deploy role.
  for (const { job, step } of uses) {
    if (step.command !== 'plan' || !job.triggers.some((t) => t.startsWith('pull_request')))
      continue;
    if (step.roleVariable !== undefined && deployRoles.has(step.roleVariable)) {
      problems.push(
        `${stepLabel(job, step)}: a plan on pull requests assumes ${step.roleVariable}, the deploy role, which ` +
          "trusts only the deploying jobs' environment: use the plan role (bootstrap AllowPullRequestPlans=true, " +
          'output PlanRoleArn) in its own variable',
      );
    }
  }
  // Where the passwords are: one place per site.
  const bySite = new Map<string, Use[]>();
  for (const use of changing)
    bySite.set(use.step.config, [...(bySite.get(use.step.config) ?? []), use]);
  for (const [config, group] of bySite) {
    const given = group.filter(
      (u) => u.step.command === 'deploy' && u.step.with['basic-auth-users'] !== undefined,
    );
    const rotations = group.filter((u) => u.step.command === 'rotate');
    if (given.length > 0 && rotations.length > 0) {
      problems.push(
        `${config}: ${given.map((u) => stepLabel(u.job, u.step)).join(', ')} deploy${given.length === 1 ? 's' : ''} the ` +
          `users of basic-auth-users, while ${rotations.map((u) => stepLabel(u.job, u.step)).join(', ')} ` +
          'rotate the users in AWS Secrets Manager: the next deploy would undo every rotation. Remove ' +
          'basic-auth-users from the deploy (its users then come from Secrets Manager), or the rotate workflow',
      );
    }
  }

  // Previews: what the bootstrap stack needs, or (`--bootstrap`) what it has.
  const previewLines: string[] = [];
  for (const site of sites.values()) {
    if (site.previews === undefined) continue;
    if (options.bootstrap === undefined) {
      previewLines.push(...previewNeeds(site), '');
      continue;
    }
    try {
      const stack = await options.bootstrap(bootstrapStackName(site.stackName), site.region);
      const findings = previewFindings(site, stack);
      problems.push(...findings.problems);
      previewLines.push(...findings.lines, '');
    } catch (e) {
      problems.push(`${site.file}: ${messageOf(e)}`);
    }
  }

  const lines: string[] = [
    `secure-dist check: ${sites.size > 0 ? [...sites.keys()].join(', ') : 'no site file'}; ` +
      `${files.length} workflow file(s) under ${options.workflows}, ${jobs.length} job(s) using the action`,
    '',
  ];
  if (problems.length > 0) {
    lines.push(`Problems (${problems.length}):`, ...problems.map((p) => `  ${p}`), '');
  }
  if (notes.length > 0) lines.push('Notes:', ...notes.map((n) => `  ${n}`), '');
  lines.push(...bootstrapNeeds(deployRoles, uses, sites), ...previewLines);
  for (const [config, site] of sites) {
    const readers = uses.filter((u) => u.step.config === config);
    // A site only synced (into a bucket of its own) has no stacks to show.
    if (readers.length > 0 && readers.every((u) => !RENDERS.includes(u.step.command))) continue;
    const deploys = readers.filter((u) => u.step.command === 'deploy');
    const usersInSecret = !deploys.some((u) => u.step.with['basic-auth-users'] !== undefined);
    try {
      lines.push(...deploySummary(site, usersInSecret), '');
    } catch (e) {
      problems.push(`${config}: cannot be rendered: ${messageOf(e)}`);
      lines.push(`${config}: cannot be rendered: ${messageOf(e)}`, '');
    }
  }
  lines.push(problems.length === 0 ? 'No problems.' : `${problems.length} problem(s): see above.`);
  return { lines, problems: problems.length };
}

/** For each deploy role, the bootstrap parameters its workflows need. */
function bootstrapNeeds(
  deployRoles: ReadonlyMap<string, Use[]>,
  uses: readonly Use[],
  sites: ReadonlyMap<string, Site>,
): string[] {
  const out: string[] = [];
  for (const [role, group] of deployRoles) {
    const roleUses = uses.filter(
      (u) => u.step.roleVariable === role || u.step.with['role-to-assume'] === role,
    );
    const stacks = [
      ...new Set(
        group.flatMap((u) => {
          const site = sites.get(u.step.config);
          return site === undefined ? [] : [`${site.stackName}\n${site.region}`];
        }),
      ),
    ].map((s) => s.split('\n'));
    const stackNames = new Set(stacks.map(([name]) => name));
    const plans = uses.filter(
      (u) =>
        u.step.command === 'plan' &&
        u.job.triggers.some((t) => t.startsWith('pull_request')) &&
        stackNames.has(sites.get(u.step.config)?.stackName ?? ''),
    );
    const environments = [...new Set(group.map((u) => u.job.environment ?? ''))];
    const parameters = [
      ...(stacks.length === 1 && stacks[0] !== undefined
        ? [`StackName=${stacks[0][0] ?? ''}`, `SiteRegion=${stacks[0][1] ?? ''}`]
        : [
            `StackName=(${stacks.length === 0 ? 'unknown: its site file was not read, see above' : `${stacks.length} sites`})`,
          ]),
      `Environment=${environments.join(',')}`,
      `Branch=${environments.every((e) => e !== '') ? '' : '(the deploying branch)'}`,
      `AllowedWorkflows=${[...new Set(roleUses.map((u) => u.job.file))].sort().join(',')}`,
      `AllowPullRequestPlans=${plans.length > 0 ? 'true' : 'false'}`,
      `AllowPullRequestPreviews=${[...sites.values()].some((s) => s.previews !== undefined && stackNames.has(s.stackName)) ? 'true' : 'false'}`,
    ];
    const stack =
      stacks.length === 1 && stacks[0]?.[0] !== undefined
        ? bootstrapStackName(stacks[0][0])
        : 'the bootstrap stack';
    out.push(
      `What the workflows need from ${stack} (its DeployRoleArn in ${role}), to compare with its parameters:`,
      `  ${parameters.join(' ')}`,
      `  deploy role: ${[...new Set(roleUses.map((u) => `${u.job.file} ${u.job.jobId}`))].join(', ')}`,
      ...(plans.length > 0
        ? [
            `  plan role (PlanRoleArn): ${[...new Set(plans.map((u) => `${u.job.file} ${u.job.jobId}${u.step.roleVariable === undefined ? '' : ` in ${u.step.roleVariable}`}`))].join(', ')}`,
          ]
        : []),
      '',
    );
  }
  return out;
}
