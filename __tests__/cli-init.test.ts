/**
 * `secure-dist init` in a temporary git repository, as a user runs it:
 *
 * - owner and repository come from the remote `origin` in each form git writes (https, ssh,
 *   ssh://, git://, with credentials, which are never printed); any other host is an error that
 *   says what init needs; `--repository` names it instead;
 * - the written secure-dist.yml loads with the action's loader; the workflows parse with zero
 *   errors under GitHub's own parser, and `check` finds no problem in them;
 * - the printed setup, run by bash with stand-ins for npx, aws, gh and git that record their
 *   arguments, deploys the bootstrap template this CLI prints, with parameters whose trust
 *   policy (an IAM evaluator, helpers/iam.ts) lets exactly the written deploying jobs assume the
 *   deploy role and the plan job the plan role, for a repository with classic and with immutable
 *   OIDC subjects; the gh commands create the environment the jobs run in, with a policy for the
 *   publishing branch, and set the variables the workflows read;
 * - a second init refuses, names every file and changes nothing; `--force` overwrites.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWorkflow } from '../src/cli/check/workflows.js';
import { stackNameFor } from '../src/cli/init/index.js';
import { loadSite } from '../src/site/load.js';
import {
  jobMayAssume,
  jobsWithRole,
  parameterOverrides,
  runOf,
  workflowDoc,
} from './helpers/bootstrap-trust.js';
import { cli } from './helpers/cli.js';
import { workflowErrors } from './helpers/github-parser.js';
import { REPO_ROOT } from './helpers/s3-server.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cli-init-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A fresh git repository on branch `branch` with remote origin `remote` (none when undefined). */
function repository(
  remote: string | undefined,
  folders: readonly string[] = [],
  branch = 'main',
): string {
  const dir = path.join(work, `repo-${(count += 1)}`);
  mkdirSync(dir);
  execFileSync('git', ['init', '-q', '-b', branch], { cwd: dir });
  if (remote !== undefined) execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  for (const f of folders) mkdirSync(path.join(dir, f), { recursive: true });
  return dir;
}

const FILES = [
  'secure-dist.yml',
  '.github/workflows/publish.yml',
  '.github/workflows/rotate.yml',
  '.github/workflows/plan.yml',
];
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** The command lines init printed: its indented blocks, in order. */
function printedScript(out: string): string {
  return out
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.slice(2))
    .join('\n');
}

const BOOTSTRAP_TEMPLATE = readFileSync(
  path.join(REPO_ROOT, 'cloudformation', 'bootstrap.yaml'),
  'utf8',
);
const IDS = { owner: '5550101', repository: '777000111' };
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/octo-site-bootstrap-DeployRole-ABC';
const PLAN_ROLE = 'arn:aws:iam::123456789012:role/octo-site-bootstrap-PlanRole-DEF';

/**
 * Runs the printed commands with bash, each of npx, aws, gh and git a stand-in that records its
 * arguments (one JSON array a line) and answers what the real one would: npx the CLI's template
 * (from `bootstrap-template`), gh the repository's ids, aws the bootstrap stack's role outputs.
 */
function runPrinted(script: string, cwd: string): string[][] {
  const bin = path.join(work, `bin-${(count += 1)}`);
  mkdirSync(bin);
  const log = path.join(bin, 'calls.jsonl');
  const template = path.join(bin, 'bootstrap.yaml');
  writeFileSync(template, BOOTSTRAP_TEMPLATE);
  const stub = (name: string, answer: string): void => {
    const file = path.join(bin, name);
    writeFileSync(
      file,
      `#!${process.execPath}\n` +
        `const fs = require('fs'); const args = process.argv.slice(2);\n` +
        `fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(['${name}', ...args]) + '\\n');\n` +
        `${answer}\n`,
    );
    chmodSync(file, 0o755);
  };
  stub(
    'npx',
    `if (args.at(-1) === 'bootstrap-template') process.stdout.write(fs.readFileSync(${JSON.stringify(template)}, 'utf8'));`,
  );
  stub(
    'gh',
    `const jq = args[args.indexOf('--jq') + 1]; if (args[0] === 'api' && jq === '.owner.id') console.log('${IDS.owner}'); else if (args[0] === 'api' && jq === '.id') console.log('${IDS.repository}');`,
  );
  stub(
    'aws',
    `const q = args.join(' '); if (q.includes("OutputKey=='DeployRoleArn'")) console.log('${DEPLOY_ROLE}'); else if (q.includes("OutputKey=='PlanRoleArn'")) console.log('${PLAN_ROLE}');`,
  );
  stub('git', '');
  const res = spawnSync('bash', ['-e', '-c', script], {
    cwd,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, TMPDIR: bin, HOME: bin },
    encoding: 'utf8',
  });
  expect({ status: res.status, stderr: res.stderr }).toEqual({ status: 0, stderr: '' });
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const call: unknown = JSON.parse(l);
      return Array.isArray(call) ? call.map(String) : [];
    });
}

describe('init reads the GitHub repository from the remote origin', () => {
  it.each([
    ['https://github.com/octo/My.Site.git', 'octo', 'My.Site'],
    ['https://github.com/octo/site', 'octo', 'site'],
    ['git@github.com:octo/site.git', 'octo', 'site'],
    ['ssh://git@github.com/octo/site.git', 'octo', 'site'],
    ['git://github.com/octo/site.git', 'octo', 'site'],
    ['https://x-access-token:ghp_notprinted@github.com/octo/site.git', 'octo', 'site'],
  ])('%s ⇒ %s/%s', async (remote, owner, repo) => {
    const dir = repository(remote);
    const run = await cli(['init'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Repository: ${owner}/${repo}, publishing from main`);
    expect(run.out).toContain(`GitHubOrg=${owner} RepositoryName=${repo}`);
    expect(run.out + run.err).not.toContain('ghp_notprinted');
  });

  it.each([
    ['https://gitlab.com/octo/site.git', 'https://gitlab.com/octo/site.git'],
    ['https://user:s3cret@ghe.example.com/octo/site.git', 'https://ghe.example.com/octo/site.git'],
    ['git@work-alias:octo/site.git', 'git@work-alias:octo/site.git'],
  ])(
    '%s: an error naming the remote and what init needs; nothing written',
    async (remote, shown) => {
      const dir = repository(remote);
      const run = await cli(['init'], dir);
      expect(run.code).toBe(1);
      expect(run.err).toContain(
        `the git remote 'origin' is ${shown}, not a repository on github.com`,
      );
      expect(run.err).toContain('--repository OWNER/REPO');
      expect(run.err).not.toContain('s3cret');
      for (const f of FILES) expect(existsSync(path.join(dir, f))).toBe(false);
    },
  );

  it('without a remote: says so; --repository names it instead', async () => {
    const dir = repository(undefined);
    const run = await cli(['init'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain("has no git remote 'origin'");
    const named = await cli(['init', '--repository', 'octo/site'], dir);
    expect(named.code).toBe(0);
    expect(named.out).toContain('Repository: octo/site');
  });

  it('outside a git repository: says so', async () => {
    const dir = mkdtempSync(path.join(work, 'plain-'));
    const run = await cli(['init'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('is not in a git repository');
  });
});

describe('the defaults init derives', () => {
  it('a stack name from the repository name, valid for the bootstrap (lower case, at most 30)', () => {
    expect(stackNameFor('My.Site_2026')).toBe('my-site-2026');
    expect(stackNameFor('2026-report')).toBe('site-2026-report');
    expect(stackNameFor('___')).toBe('secure-dist');
    const long = stackNameFor('a-very-long-repository-name-for-a-site');
    expect(long).toBe('a-very-long-repository-name-fo');
    expect(stackNameFor('abcdefghijklmnopqrstuvwxyz-abcd')).toBe('abcdefghijklmnopqrstuvwxyz-abc');
    expect(stackNameFor('abcdefghijklmnopqrstuvwxyzabc-x')).toBe('abcdefghijklmnopqrstuvwxyzabc');
  });

  it('content-dir: the first of content, public, site, dist, docs that exists, else content', async () => {
    const withTwo = repository('https://github.com/octo/site.git', ['docs', 'public']);
    await cli(['init'], withTwo);
    expect(loadSite('secure-dist.yml', { workspace: withTwo }).contentDirInput).toBe('public');
    const withNone = repository('https://github.com/octo/site.git');
    const run = await cli(['init'], withNone);
    expect(loadSite('secure-dist.yml', { workspace: withNone }).contentDirInput).toBe('content');
    expect(run.out).toContain("Note: content/ does not exist yet: put the site's files there.");
  });

  it('the branch: the one checked out when origin has no HEAD; --branch sets it', async () => {
    const dir = repository('https://github.com/octo/site.git', [], 'trunk');
    await cli(['init'], dir);
    expect(read(dir, '.github/workflows/publish.yml')).toContain('branches: [trunk]');
    const other = repository('https://github.com/octo/site.git');
    const run = await cli(['init', '--branch', 'release'], other);
    expect(run.out).toContain('deployment-branch-policies -f name=release');
  });

  it('options that the file or the bootstrap would refuse are usage errors naming them (exit 2)', async () => {
    const dir = repository('https://github.com/octo/site.git');
    for (const [args, message] of [
      [['--edge', 'edge'], '--edge: expected lambda or function'],
      [['--stack-name', 'My_Site'], '--stack-name:'],
      [['--region', 'mars-1'], '--region:'],
      [['--content-dir', '../elsewhere'], '--content-dir: expected a folder inside the repository'],
      [['--users', 'alice:pw'], '--users:'],
      [['--nope'], 'init: unknown option --nope'],
    ] as const) {
      const run = await cli(['init', ...args], dir);
      expect({ args, code: run.code, err: run.err }).toEqual({
        args,
        code: 2,
        err: expect.stringContaining(message),
      });
    }
    for (const f of FILES) expect(existsSync(path.join(dir, f))).toBe(false);
  });

  it('a stack name too long for the bootstrap is refused with its rule', async () => {
    const dir = repository('https://github.com/octo/site.git');
    const run = await cli(['init', '--stack-name', 'a'.repeat(31)], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain("--stack-name: the bootstrap stack's StackName:");
    expect(run.err).toContain('longer than 30 characters');
  });
});

describe.each(['lambda', 'function'] as const)('what init writes and prints (edge: %s)', (edge) => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = repository('git@github.com:octo/octo-site.git', ['public']);
    const run = await cli(['init', '--edge', edge, '--users', 'alice,bob'], dir);
    expect(run).toMatchObject({ code: 0, err: '' });
    out = run.out;
  });

  const workflows = () => FILES.slice(1).map((file) => workflowDoc(file, read(dir, file)));

  it('secure-dist.yml: the schema line, and the action loads it for every command', () => {
    const text = read(dir, 'secure-dist.yml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/org/secure-dist-action/v1/src/site/schema.json',
    );
    for (const command of ['deploy', 'rotate', 'plan', 'sync'] as const) {
      const site = loadSite('secure-dist.yml', { workspace: dir, command });
      expect(site).toMatchObject({
        stackName: 'octo-site',
        region: 'eu-central-1',
        contentDirInput: 'public',
        users: ['alice', 'bob'],
        edge,
      });
    }
  });

  it("the workflows: zero errors under GitHub's parser; they use the action at v1 and read secure-dist.yml", async () => {
    for (const w of workflows()) {
      expect({ file: w.file, errors: await workflowErrors(w.file, w.text) }).toEqual({
        file: w.file,
        errors: [],
      });
      const steps = readWorkflow(w.file, w.text, false).jobs.flatMap((j) => j.steps);
      expect(steps).toHaveLength(1);
      expect(steps[0]?.config).toBe('secure-dist.yml');
      expect(w.text).toContain('uses: org/secure-dist-action@v1');
      expect(w.text).toContain('persist-credentials: false');
    }
  });

  it('publish and rotate agree: no basic-auth-users anywhere, the users are in Secrets Manager', () => {
    for (const w of workflows()) expect(w.text).not.toContain('basic-auth-users');
    const secret = edge === 'function' ? 'octo-site/users' : 'octo-site/basic-auth';
    expect(read(dir, '.github/workflows/publish.yml')).toContain(secret);
    expect(out).toContain(`--secret-id ${secret}`);
  });

  it('check finds no problem in them, and names the bootstrap the printed command deploys', async () => {
    const run = await cli(['check'], dir);
    expect(run.err).toBe('');
    expect(run.out).toContain('No problems.');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'StackName=octo-site SiteRegion=eu-central-1 Environment=secure-dist Branch= ' +
        'AllowedWorkflows=.github/workflows/publish.yml,.github/workflows/rotate.yml AllowPullRequestPlans=true',
    );
  });

  describe('the printed setup, run as printed', () => {
    let calls: string[][];
    let parameters: Record<string, string>;
    beforeAll(() => {
      calls = runPrinted(printedScript(out), dir);
      const deploy =
        calls.find((c) => c[0] === 'aws' && c[1] === 'cloudformation' && c[2] === 'deploy') ?? [];
      parameters = parameterOverrides(deploy);
    });
    const callOf = (tool: string, ...prefix: string[]): string[] | undefined =>
      calls.find((c) => c[0] === tool && prefix.every((p, i) => c[i + 1] === p));

    it('deploys the template this CLI prints, as the administrator (no service role), with the file and remote in its parameters', () => {
      expect(callOf('npx')).toEqual([
        'npx',
        'github:org/secure-dist-action#v1',
        'bootstrap-template',
      ]);
      const deploy = callOf('aws', 'cloudformation', 'deploy') ?? [];
      const file = deploy[deploy.indexOf('--template-file') + 1] ?? '';
      expect(readFileSync(file, 'utf8')).toBe(BOOTSTRAP_TEMPLATE);
      expect(deploy).toEqual(
        expect.arrayContaining(['--region', 'eu-central-1', '--stack-name', 'octo-site-bootstrap']),
      );
      expect(deploy).toContain('CAPABILITY_NAMED_IAM');
      expect(deploy).not.toContain('--role-arn');
      expect(parameters).toEqual({
        GitHubOrg: 'octo',
        RepositoryName: 'octo-site',
        Environment: 'secure-dist',
        Branch: '',
        StackName: 'octo-site',
        SiteRegion: 'eu-central-1',
        AllowedWorkflows: '.github/workflows/publish.yml,.github/workflows/rotate.yml',
        AllowPullRequestPlans: 'true',
        OwnerId: IDS.owner,
        RepositoryId: IDS.repository,
      });
    });

    it('every deploying job may assume the deploy role, with the classic and with the immutable subject', async () => {
      const deploying = jobsWithRole(workflows(), 'SECURE_DIST_ROLE_ARN');
      expect(deploying.map((j) => `${j.workflow.file} ${j.jobId}`)).toEqual([
        '.github/workflows/publish.yml deploy',
        '.github/workflows/rotate.yml rotate',
      ]);
      for (const target of deploying) {
        for (const ids of [undefined, IDS]) {
          const run = runOf(
            target.job,
            { owner: 'octo', repo: 'octo-site' },
            ids === undefined ? {} : { ids },
          );
          const { claims, allowed } = await jobMayAssume(parameters, 'DeployRole', target, run);
          expect({ sub: claims.sub, allowed }).toEqual({
            sub:
              ids === undefined
                ? 'repo:octo/octo-site:environment:secure-dist'
                : `repo:octo@${IDS.owner}/octo-site@${IDS.repository}:environment:secure-dist`,
            allowed: true,
          });
        }
      }
    });

    it('another repository, an unlisted workflow, a job outside the environment may not', async () => {
      const [publish] = jobsWithRole(workflows(), 'SECURE_DIST_ROLE_ARN');
      if (publish === undefined) throw new Error('no publish job');
      const repo = { owner: 'octo', repo: 'octo-site' };
      const other = await jobMayAssume(
        parameters,
        'DeployRole',
        publish,
        runOf(publish.job, { ...repo, owner: 'mallory' }),
      );
      expect(other.allowed).toBe(false);
      const unlisted = {
        ...publish,
        workflow: { ...publish.workflow, file: '.github/workflows/other.yml' },
      };
      expect(
        (await jobMayAssume(parameters, 'DeployRole', unlisted, runOf(publish.job, repo))).allowed,
      ).toBe(false);
      const outside = {
        ...publish,
        workflow: workflowDoc(
          publish.workflow.file,
          publish.workflow.text.replace(/^ {4}environment: .*\n/m, ''),
        ),
      };
      const res = await jobMayAssume(parameters, 'DeployRole', outside, runOf(publish.job, repo));
      expect(res).toEqual({
        claims: expect.objectContaining({ sub: 'repo:octo/octo-site:ref:refs/heads/main' }),
        allowed: false,
      });
    });

    it('the pull-request plan may assume the plan role only', async () => {
      const [plan] = jobsWithRole(workflows(), 'SECURE_DIST_PLAN_ROLE_ARN');
      if (plan === undefined) throw new Error('no plan job');
      const run = runOf(
        plan.job,
        { owner: 'octo', repo: 'octo-site' },
        { event: 'pull_request', ref: 'refs/pull/7/merge' },
      );
      expect((await jobMayAssume(parameters, 'PlanRole', plan, run)).allowed).toBe(true);
      expect((await jobMayAssume(parameters, 'DeployRole', plan, run)).allowed).toBe(false);
    });

    it('gh creates the environment the jobs run in, with a policy for the publishing branch, and sets the variables the workflows read', () => {
      const env = 'repos/octo/octo-site/environments/secure-dist';
      const put = calls.findIndex((c) => c[0] === 'gh' && c.includes('PUT') && c.includes(env));
      const policy = calls.findIndex(
        (c) => c[0] === 'gh' && c.includes(`${env}/deployment-branch-policies`),
      );
      expect(calls[put]).toEqual(
        expect.arrayContaining([
          'deployment_branch_policy[protected_branches]=false',
          'deployment_branch_policy[custom_branch_policies]=true',
        ]),
      );
      expect(calls[policy]).toEqual(expect.arrayContaining(['-f', 'name=main']));
      expect(put).toBeLessThan(policy);
      const environments = workflows().flatMap((w) =>
        readWorkflow(w.file, w.text, false).jobs.flatMap((j) =>
          j.environment === undefined ? [] : [j.environment],
        ),
      );
      expect([...new Set(environments)]).toEqual(['secure-dist']);
      // The variables: exactly those the workflows read, with the bootstrap's outputs.
      const set = calls
        .filter((c) => c[0] === 'gh' && c[1] === 'variable' && c[2] === 'set')
        .map((c) => [c[3], c[c.indexOf('--repo') + 1], c[c.indexOf('--body') + 1]]);
      expect(set).toEqual([
        ['SECURE_DIST_ROLE_ARN', 'octo/octo-site', DEPLOY_ROLE],
        ['SECURE_DIST_PLAN_ROLE_ARN', 'octo/octo-site', PLAN_ROLE],
      ]);
      const read = new Set(
        workflows().flatMap((w) => [...w.text.matchAll(/vars\.(\w+)/g)].map((m) => m[1] ?? '')),
      );
      expect([...read].sort()).toEqual(['SECURE_DIST_PLAN_ROLE_ARN', 'SECURE_DIST_ROLE_ARN']);
    });

    it('the first run in the order the runtime needs (lambda: rotate first; function: publish first)', () => {
      const runs = calls.filter((c) => c[0] === 'gh' && c[1] === 'workflow').map((c) => c[3]);
      expect(runs).toEqual(
        edge === 'function' ? ['publish.yml', 'rotate.yml'] : ['rotate.yml', 'publish.yml'],
      );
      expect(callOf('git', 'add')).toEqual(['git', 'add', ...FILES]);
    });
  });

  it('a second init refuses, names every file and changes nothing; --force overwrites', async () => {
    writeFileSync(path.join(dir, 'secure-dist.yml'), '# mine\n');
    const before = FILES.map((f) => read(dir, f));
    const again = await cli(['init'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`${FILES.join(', ')} exist: nothing was written`);
    expect(again.err).toContain('--force');
    expect(FILES.map((f) => read(dir, f))).toEqual(before);
    const forced = await cli(['init', '--force', '--edge', edge, '--users', 'alice,bob'], dir);
    expect(forced.code).toBe(0);
    expect(read(dir, 'secure-dist.yml')).not.toBe('# mine\n');
  });
});

describe('the command line', () => {
  it('--help and <command> --help print usage (exit 0); no or an unknown command is a usage error (exit 2)', async () => {
    const help = await cli(['--help'], work);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npx github:org/secure-dist-action <command> [options]');
    for (const verb of ['init', 'preview', 'check', 'bootstrap-template']) {
      const run = await cli([verb, '--help'], work);
      expect({ verb, code: run.code }).toEqual({ verb, code: 0 });
      expect(run.out).toContain(`Usage: npx github:org/secure-dist-action ${verb}`);
    }
    const none = await cli([], work);
    expect(none).toMatchObject({ code: 2, err: expect.stringContaining('a command is needed') });
    const unknown = await cli(['deploy'], work);
    expect(unknown).toMatchObject({
      code: 2,
      err: expect.stringContaining("unknown command 'deploy'"),
    });
    const extra = await cli(['check', 'now'], work);
    expect(extra).toMatchObject({
      code: 2,
      err: expect.stringContaining("check: unexpected argument 'now'"),
    });
    const value = await cli(['init', '--region'], work);
    expect(value).toMatchObject({
      code: 2,
      err: expect.stringContaining('init: --region needs a value'),
    });
  });

  it('bootstrap-template prints cloudformation/bootstrap.yaml byte for byte', async () => {
    const run = await cli(['bootstrap-template'], work);
    expect(run.code).toBe(0);
    expect(`${run.out}\n`).toBe(BOOTSTRAP_TEMPLATE);
  });
});
