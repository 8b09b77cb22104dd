/**
 * `secure-dist check`, offline: this repository passes it; a repository set up by `init` passes
 * it; and each way a site file or a workflow can be wrong is named (file:line), with exit 1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { cli } from './helpers/cli.js';
import { REPO_ROOT } from './helpers/s3-server.js';

const check = (cwd: string, args: readonly string[] = []) => cli(['check', ...args], cwd);
/** `check --bootstrap` reads the bootstrap stack with the SDK: every CloudFormation call is this mock's. */
const cfnMock = mockClient(CloudFormationClient);

describe('this repository', () => {
  it('passes check: its workflows and secure-dist.yml agree', async () => {
    const run = await check(REPO_ROOT);
    expect(run.err).toBe('');
    expect(run.out).toContain('No problems.');
    expect(run.code).toBe(0);
    // What the bootstrap of the example site must say, and what a deploy would create.
    expect(run.out).toContain(
      'What the workflows need from secure-dist-bootstrap (its DeployRoleArn in SECURE_DIST_ROLE_ARN)',
    );
    expect(run.out).toContain(
      'StackName=secure-dist SiteRegion=eu-central-1 Environment=secure-dist Branch= ' +
        'AllowedWorkflows=.github/workflows/publish.yml,.github/workflows/rotate.yml AllowPullRequestPlans=true',
    );
    expect(run.out).toContain(
      'plan role (PlanRoleArn): .github/workflows/plan.yml plan in SECURE_DIST_PLAN_ROLE_ARN',
    );
    expect(run.out).toContain('What a deploy of secure-dist.yml would create');
    expect(run.out).toMatch(
      /secure-dist-edge \(us-east-1\), template [\d.]+ KiB, \d+ resources:\n.*AWS::Lambda::Function/,
    );
    expect(run.out).toMatch(
      /secure-dist-site \(eu-central-1\), template [\d.]+ KiB, \d+ resources:\n.*AWS::CloudFront::Distribution/,
    );
    expect(run.out).toContain('users       alice, bob');
    // The aws-smoke sites are written by the job itself: noted, not checked.
    expect(run.out).toContain(
      'smoke.secure-dist.yml is written by an earlier step of the job: not checked',
    );
  });
});

describe('a repository set up by init, broken one way at a time', () => {
  let template: string;
  let work: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'cli-check-'));
    template = path.join(work, 'template');
    mkdirSync(path.join(template, 'public'), { recursive: true });
    writeFileSync(path.join(template, 'public', 'index.html'), '<h1>hi</h1>\n');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: template });
    execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/octo/site.git'], {
      cwd: template,
    });
    const init = await cli(['init', '--users', 'alice,bob'], template);
    expect(init).toMatchObject({ code: 0, err: '' });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  let count = 0;
  /** A copy of the set-up repository with `file` changed by `edit`. */
  function variant(edits: Record<string, (text: string) => string>): string {
    const dir = path.join(work, `variant-${(count += 1)}`);
    cpSync(template, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const target = path.join(dir, file);
      const before = readFileSync(target, 'utf8');
      const after = edit(before);
      expect(after).not.toBe(before);
      writeFileSync(target, after);
    }
    return dir;
  }
  const PUBLISH = '.github/workflows/publish.yml';
  const ROTATE = '.github/workflows/rotate.yml';
  const PLAN = '.github/workflows/plan.yml';
  const withInput = (line: string) => (t: string) =>
    t.replace(/( +)role-to-assume: (.*)\n/, `$1role-to-assume: $2\n$1${line}\n`);

  it('as written: no problem', async () => {
    const run = await check(template);
    expect(run.out).toContain('No problems.');
    expect(run.code).toBe(0);
  });

  it.each([
    [
      'a site file with two problems: both, file:line: key',
      {
        'secure-dist.yml': (t: string) =>
          t
            .replace('region: eu-central-1', 'region: mars')
            .replace('edge: lambda', 'edge: lambda\nlisting: yes'),
      },
      ['secure-dist.yml:11: region:', 'secure-dist.yml:24: listing:'],
    ],
    [
      'a setting given as an input of the step',
      { [PUBLISH]: withInput('stack-name: other') },
      [
        `${PUBLISH}:`,
        'job deploy, step 2: `stack-name` moved to secure-dist.yml: set `stack-name:` there',
      ],
    ],
    [
      'an input the action does not have',
      { [PUBLISH]: withInput('colour: blue') },
      ['job deploy, step 2: `colour` is not an input of the action'],
    ],
    [
      'a literal input value the action refuses',
      { [PLAN]: (t: string) => t.replace('comment-on-pr: true', 'comment-on-pr: maybe') },
      ["job plan, step 2: `comment-on-pr`: expected true or false, got 'maybe'"],
    ],
    [
      'a config that does not exist',
      { [ROTATE]: withInput('config: other.yml') },
      ['other.yml: no such file in the workspace', `(read by ${ROTATE}:`],
    ],
    [
      'a deploying job without id-token: write',
      { [PUBLISH]: (t: string) => t.replace(/ +id-token: write.*\n/, '') },
      [
        "job deploy, step 2: role-to-assume needs the job's OIDC token, but job deploy has no `permissions: id-token: write`",
      ],
    ],
    [
      'a deploying job outside an environment',
      { [ROTATE]: (t: string) => t.replace(/ +environment: .*\n/, '') },
      ['job rotate, step 2: `command: rotate` in a job without `environment:`'],
    ],
    [
      'deploying jobs of one role in two environments',
      { [ROTATE]: (t: string) => t.replace('environment: secure-dist', 'environment: production') },
      [
        'the jobs that deploy or rotate with SECURE_DIST_ROLE_ARN run in 2 environments (secure-dist, production)',
      ],
    ],
    [
      'a plan given the passwords',
      { [PLAN]: withInput('basic-auth-users: ${{ secrets.SITE_USERS }}') },
      ['job plan, step 2: a plan gets no password: remove basic-auth-users'],
    ],
    [
      'a pull-request plan with the deploy role',
      { [PLAN]: (t: string) => t.replaceAll('SECURE_DIST_PLAN_ROLE_ARN', 'SECURE_DIST_ROLE_ARN') },
      ['job plan, step 2: a plan on pull requests assumes SECURE_DIST_ROLE_ARN, the deploy role'],
    ],
    [
      'publish with basic-auth-users while rotate rotates Secrets Manager (this repository before issue 21)',
      { [PUBLISH]: withInput('basic-auth-users: ${{ secrets.SITE_USERS }}') },
      ['deploys the users of basic-auth-users, while', 'the next deploy would undo every rotation'],
    ],
  ])('%s', async (_name, edits, messages) => {
    const run = await check(variant(edits));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/\n\d+ problem\(s\): see above\.$/);
    for (const message of messages) expect(run.out).toContain(message);
    // Each problem once, however many steps read the file.
    const listed = run.out.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('   '));
    expect(listed.length).toBe(new Set(listed).size);
  });

  describe('a site with previews: the preview role of its bootstrap stack', () => {
    const withPreviews = { 'secure-dist.yml': (t: string) => `${t}previews: true\n` };
    const STACK_ID =
      'arn:aws:cloudformation:eu-central-1:123456789012:stack/site-bootstrap/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
    const ROLE = 'arn:aws:iam::123456789012:role/site-bootstrap-PreviewRole-AbCdEf123456';
    /** A DescribeStacks answer (API reference shape) for the bootstrap stack. */
    const bootstrapStack = (previews: string | undefined, outputs: Record<string, string>) => ({
      Stacks: [
        {
          StackId: STACK_ID,
          StackName: 'site-bootstrap',
          StackStatus: 'UPDATE_COMPLETE' as const,
          CreationTime: new Date('2026-11-01T09:00:00Z'),
          Parameters: [
            { ParameterKey: 'GitHubOrg', ParameterValue: 'octo' },
            { ParameterKey: 'StackName', ParameterValue: 'site' },
            ...(previews === undefined
              ? []
              : [{ ParameterKey: 'AllowPullRequestPreviews', ParameterValue: previews }]),
          ],
          Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({
            OutputKey,
            OutputValue,
            Description: 'an output',
          })),
        },
      ],
    });
    const DEPLOY_ROLE = { DeployRoleArn: 'arn:aws:iam::123456789012:role/site-deploy' };
    const FIX = [
      'bootstrap-template > "${TMPDIR:-/tmp}/secure-dist-bootstrap.yaml"',
      'aws cloudformation deploy --region eu-central-1 --stack-name site-bootstrap \\',
      '--parameter-overrides AllowPullRequestPreviews=true',
      'gh variable set SECURE_DIST_PREVIEW_ROLE_ARN --body "$(aws cloudformation describe-stacks --region eu-central-1 --stack-name site-bootstrap',
    ];
    beforeEach(() => {
      cfnMock.reset();
    });

    it('offline: names the parameter, the output and the variable, and calls no AWS API', async () => {
      const run = await check(variant(withPreviews));
      expect(run.code).toBe(0);
      expect(run.out).toContain('AllowPullRequestPlans=true AllowPullRequestPreviews=true');
      expect(run.out).toContain(
        'Previews of secure-dist.yml: the bootstrap stack site-bootstrap (eu-central-1) needs AllowPullRequestPreviews=true; ' +
          'its output PreviewRoleArn goes in the repository variable SECURE_DIST_PREVIEW_ROLE_ARN',
      );
      expect(cfnMock.calls()).toHaveLength(0);
      // Without previews, nothing about them but the parameter, off.
      const without = await check(template, ['--bootstrap']);
      expect(without.out).toContain('AllowPullRequestPreviews=false');
      expect(without.out).not.toContain('Previews of');
      expect(cfnMock.calls()).toHaveLength(0);
    });

    it('--bootstrap: a stack with the preview role passes, and says which ARN the variable takes', async () => {
      cfnMock
        .on(DescribeStacksCommand)
        .resolves(bootstrapStack('true', { ...DEPLOY_ROLE, PreviewRoleArn: ROLE }));
      const run = await check(variant(withPreviews), ['--bootstrap']);
      expect(run.out).toContain('No problems.');
      expect(run.code).toBe(0);
      expect(run.out).toContain(
        `the bootstrap stack site-bootstrap (eu-central-1) has AllowPullRequestPreviews=true and the output PreviewRoleArn ${ROLE}`,
      );
      expect(run.out).toContain(`gh variable set SECURE_DIST_PREVIEW_ROLE_ARN --body "${ROLE}"`);
      const calls = cfnMock.commandCalls(DescribeStacksCommand);
      expect(calls.map((c) => c.args[0].input)).toEqual([{ StackName: 'site-bootstrap' }]);
      // In the site's region, where init's command deploys the bootstrap stack.
      const client: unknown = calls[0]?.thisValue;
      expect(client).toBeInstanceOf(CloudFormationClient);
      if (client instanceof CloudFormationClient)
        expect(await client.config.region()).toBe('eu-central-1');
    });

    it.each([
      [
        'the preview role off',
        bootstrapStack('false', DEPLOY_ROLE),
        'has AllowPullRequestPreviews=false: no preview role',
      ],
      [
        'a stack from a template older than previews',
        bootstrapStack(undefined, DEPLOY_ROLE),
        'was deployed from a template without AllowPullRequestPreviews (older than previews)',
      ],
      [
        'the parameter on but no output (an update that did not complete)',
        bootstrapStack('true', DEPLOY_ROLE),
        'has AllowPullRequestPreviews=true but no output PreviewRoleArn',
      ],
    ])(
      '--bootstrap: %s is a problem, with the commands that fix it',
      async (_name, answer, state) => {
        cfnMock.on(DescribeStacksCommand).resolves(answer);
        const run = await check(variant(withPreviews), ['--bootstrap']);
        expect(run.code).toBe(1);
        expect(run.out).toContain(
          `Previews of secure-dist.yml: the bootstrap stack site-bootstrap (eu-central-1) ${state}`,
        );
        for (const line of FIX) expect(run.out).toContain(line);
      },
    );

    it('--bootstrap: a missing stack (ValidationError) is a problem that says to deploy it with the parameter', async () => {
      cfnMock.on(DescribeStacksCommand).rejects(
        Object.assign(new Error('Stack with id site-bootstrap does not exist'), {
          name: 'ValidationError',
        }),
      );
      const run = await check(variant(withPreviews), ['--bootstrap']);
      expect(run.code).toBe(1);
      expect(run.out).toContain(
        'the bootstrap stack site-bootstrap (eu-central-1) does not exist: deploy it as `npx github:',
      );
      expect(run.out).toContain(
        'with AllowPullRequestPreviews=true among its --parameter-overrides',
      );
    });

    it('--bootstrap: a refused read is a problem naming the stack and the reason', async () => {
      cfnMock
        .on(DescribeStacksCommand)
        .rejects(
          Object.assign(
            new Error(
              'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: cloudformation:DescribeStacks',
            ),
            { name: 'AccessDenied' },
          ),
        );
      const run = await check(variant(withPreviews), ['--bootstrap']);
      expect(run.code).toBe(1);
      expect(run.out).toContain(
        "secure-dist.yml: could not read stack 'site-bootstrap' in eu-central-1: User: arn:aws:iam::123456789012:user/dev is not authorized",
      );
    });
  });
});
