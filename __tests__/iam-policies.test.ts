/**
 * The bootstrap roles judged by an IAM evaluator over the Service Authorization Reference
 * (@cloud-copilot/iam-simulate, see helpers/iam.ts), for every way the action renders a site:
 *
 * (a) the CloudFormation service role may do everything CloudFormation does to each resource of
 *     the rendered edge and site stacks (helpers/cloudformation-actions.ts: create, the read
 *     after every write, update, tag, untag, list tags, delete, and what services check when
 *     resources are associated), on each resource's ARN with the request context CloudFormation
 *     sends (on `*` where the action has no resource type);
 * (b) none of those requests on a second site's resources (`docs-site` against `docs`) is
 *     allowed to any role of the first site, but for the account-wide grants listed below;
 * (c) the deploy role is assumable exactly by this repository's workflow jobs that use it
 *     (publish.yml, rotate.yml, in their environment), the plan role by plan.yml's pull-request
 *     job, each with the OIDC claims GitHub gives the job; nothing else;
 * (d) the users' KeyValueStore (`edge: function`) is created by the bootstrap stack, with the
 *     administrator's credentials: the service role may do none of what CloudFormation does to
 *     a store, on any store, but read its own;
 * (f) the preview role (issue 25): only the `_previews/` keys of its site's bucket, invalidations
 *     of its site, the site stack's outputs; assumable by pull requests of the repository and
 *     the deploy role's subjects (the scheduled sweep), nothing else.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderFunctionCode } from '../src/edge/function/render.js';
import { CLOUDFORMATION_ACTIONS, type CfnRequest } from './helpers/cloudformation-actions.js';
import { strings } from './helpers/template-resolve.js';
import {
  ACCOUNT,
  bootstrapRole,
  canAssume,
  claimsForJob,
  evaluate,
  expandAction,
  repositoryWorkflow,
  SITE_REGION,
  statementsOf,
  usersStoreArn,
  wildcardOnly,
  type Role,
  type WorkflowRoleName,
} from './helpers/iam.js';
import {
  cloudFormationRequests,
  renderedSite,
  type Mode,
  type SiteResource,
} from './helpers/rendered-resources.js';

const USERS = [{ user: 'alice', password: 'correct horse battery staple' }];
const base: Mode['options'] = { region: SITE_REGION, realm: 'Docs', users: USERS };
const PEM = (n: number): string =>
  `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${n}Q==\n-----END PUBLIC KEY-----\n`;
const boundary = (site: string): string => `arn:aws:iam::${ACCOUNT}:policy/${site}-edge-boundary`;

/** Every rendered template mode (what synth renders for the inputs that change resources). */
const MODES: readonly Mode[] = [
  { name: 'lambda (default)', options: base },
  { name: 'lambda, users in Secrets Manager', options: { ...base, usersInSecretsManager: true } },
  {
    name: 'edge: function',
    options: { ...base, edge: 'function', renderFunctionCode, usersInSecretsManager: true },
  },
  {
    // The first deploy of a switch from lambda to function (src/commands/deploy-function.ts).
    name: 'switching to edge: function',
    options: { ...base, edge: 'function', renderFunctionCode },
    siteParameters: {
      EdgeRuntime: 'lambda',
      PrepareFunction: 'true',
      EdgeFunctionVersionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:SITE-edge-viewer-request:3`,
    },
  },
  {
    name: 'share links',
    options: {
      ...base,
      shareKeys: {
        ShareKeyA: PEM(1),
        ShareKeyB: PEM(2),
        ShareKeyC: PEM(3),
        ShareKeyCreated: '1,2,3',
      },
    },
  },
  { name: 'audit log', options: { ...base, auditLog: true } },
  // Issue 23: the edge stack's session secret, read by the dynamic reference in the code.
  { name: 'login: form', options: { ...base, session: { lifetime: 43200, keyId: '1' } } },
  {
    name: 'login: form, edge: function',
    options: {
      ...base,
      edge: 'function',
      renderFunctionCode,
      session: { lifetime: 43200, keyId: '1' },
    },
  },
  { name: 'rate limit', options: { ...base, rateLimit: 1000 } },
  {
    name: 'edge: function with rate limit',
    options: { ...base, edge: 'function', renderFunctionCode, rateLimit: 1000 },
  },
  {
    name: 'custom domain',
    options: {
      ...base,
      domainName: 'docs.example.com',
      certificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0b1c2d3e-aaaa-bbbb-cccc-123456789012`,
    },
  },
];

/** A site as deploy renders it with the bootstrap's boundary (permissions-boundary: auto). */
function site(name: string, mode: Mode): SiteResource[] {
  const siteParameters =
    mode.siteParameters === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(mode.siteParameters).map(([k, v]) => [k, v.replace('SITE', name)]),
        );
  return renderedSite(name, {
    ...mode,
    options: { ...mode.options, permissionsBoundaryArn: boundary(name) },
    ...(siteParameters === undefined ? {} : { siteParameters }),
  });
}

const describeRequest = (r: CfnRequest): string =>
  `${r.action} on ${r.resource} (${r.why}) ${JSON.stringify(r.context)}`;

describe('the table of what CloudFormation does (helpers/cloudformation-actions.ts)', () => {
  it('covers every resource type of every mode', () => {
    const types = new Set(MODES.flatMap((mode) => site('docs', mode).map((r) => r.type)));
    // The KeyValueStore is the bootstrap stack's, not the site stack's: see (d).
    expect(types.size).toBeGreaterThanOrEqual(14);
    for (const type of types)
      expect({ type, known: type in CLOUDFORMATION_ACTIONS }).toEqual({ type, known: true });
    // Every mode renders something of its own.
    const all = MODES.map((mode) =>
      site('docs', mode)
        .map((r) => r.logicalId)
        .sort()
        .join(','),
    );
    expect(new Set(all).size).toBeGreaterThanOrEqual(6);
  });

  it('lists tag actions exactly for the types the resource specification gives Tags', async () => {
    const db = await loadAwsServiceSpec();
    for (const [type, entry] of Object.entries(CLOUDFORMATION_ACTIONS)) {
      const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
      const taggable = Object.hasOwn(resource?.properties ?? {}, 'Tags');
      expect({ type, taggable }).toEqual({ type, taggable: entry.tagging !== undefined });
    }
  });

  it('keeps notForUs to actions of the handlers, and every other action is a real IAM action', async () => {
    for (const [type, entry] of Object.entries(CLOUDFORMATION_ACTIONS)) {
      const handled = new Set(Object.values(entry.handlers).flat());
      for (const action of Object.keys(entry.notForUs ?? {})) {
        expect({ type, action, listed: handled.has(action) }).toEqual({
          type,
          action,
          listed: true,
        });
      }
    }
    // Each request of each mode is one the evaluator accepts (no unknown action, no ARN of the
    // wrong resource type): evaluate() throws otherwise.
    const service = bootstrapRole('CloudFormationRole', 'docs');
    for (const mode of MODES) {
      for (const resource of site('docs', mode)) {
        for (const request of cloudFormationRequests(resource)) {
          await evaluate(service, request.action, request.resource, request.context);
        }
      }
    }
  });
});

describe('every grant can match', () => {
  // IAM decides an action without a resource type on `*`: a statement that names it only on
  // ARNs never matches it (the CloudFront creates and logs:DescribeLogGroups were such grants).
  it.each(['CloudFormationRole', 'DeployRole', 'PlanRole', 'PreviewRole'] as const)(
    '%s: every action without a resource type is granted on `*`',
    async (roleName) => {
      const role = bootstrapRole(roleName, 'docs');
      const unmatched: string[] = [];
      let checked = 0;
      for (const statement of statementsOf(role.policy)) {
        if (statement.Effect !== 'Allow' || strings(statement.Resource).includes('*')) continue;
        for (const pattern of strings(statement.Action)) {
          for (const action of await expandAction(pattern)) {
            checked += 1;
            if (!(await wildcardOnly(action))) continue;
            const { decision } = await evaluate(role, action, '*', {});
            if (decision !== 'Allowed') unmatched.push(`${String(statement.Sid)}: ${action}`);
          }
        }
      }
      expect(checked).toBeGreaterThan(5);
      expect(unmatched).toEqual([]);
    },
  );
});

describe('(a) the service role can do what CloudFormation does', () => {
  const service = bootstrapRole('CloudFormationRole', 'docs');

  it.each(MODES.map((mode) => [mode.name, mode] as const))('%s', async (_name, mode) => {
    const resources = site('docs', mode);
    const requests = resources.flatMap(cloudFormationRequests);
    expect(requests.length).toBeGreaterThan(40);
    const refused: string[] = [];
    for (const request of requests) {
      const { decision } = await evaluate(
        service,
        request.action,
        request.resource,
        request.context,
      );
      if (decision !== 'Allowed') refused.push(`${decision}: ${describeRequest(request)}`);
    }
    expect(refused).toEqual([]);
  });
});

describe('(b) one site never reaches another', () => {
  /**
   * The grants that reach every site of the account, on purpose, each with its reason
   * (bootstrap.yaml says the same next to each statement). Keyed by resource type and action.
   * A request on the other site that is allowed and not listed here fails the test; so does an
   * entry here that nothing needs any more.
   */
  const ACCOUNT_WIDE: Readonly<Record<string, string>> = {
    // No resource type in the Service Authorization Reference: evaluated on `*`. A create
    // names no existing resource, so it reaches no other site.
    'AWS::CloudFront::Function cloudfront:CreateFunction': 'create, no resource type',
    'AWS::CloudFront::CachePolicy cloudfront:CreateCachePolicy': 'create, no resource type',
    'AWS::CloudFront::ResponseHeadersPolicy cloudfront:CreateResponseHeadersPolicy':
      'create, no resource type',
    'AWS::CloudFront::OriginAccessControl cloudfront:CreateOriginAccessControl':
      'create, no resource type',
    'AWS::CloudFront::PublicKey cloudfront:CreatePublicKey': 'create, no resource type',
    'AWS::CloudFront::KeyGroup cloudfront:CreateKeyGroup': 'create, no resource type',
    'AWS::SecretsManager::Secret secretsmanager:GetRandomPassword':
      'no resource type; returns a random string, touches no secret',
    // Public keys and key groups have no resource type at all: every action is on `*`.
    'AWS::CloudFront::PublicKey cloudfront:GetPublicKey': 'no resource type (share keys)',
    'AWS::CloudFront::PublicKey cloudfront:UpdatePublicKey': 'no resource type (share keys)',
    'AWS::CloudFront::PublicKey cloudfront:DeletePublicKey': 'no resource type (share keys)',
    'AWS::CloudFront::KeyGroup cloudfront:GetKeyGroup': 'no resource type (share keys)',
    'AWS::CloudFront::KeyGroup cloudfront:UpdateKeyGroup': 'no resource type (share keys)',
    'AWS::CloudFront::KeyGroup cloudfront:DeleteKeyGroup': 'no resource type (share keys)',
    // A random id in the ARN, no name, no tag condition key: `<type>/*`.
    'AWS::CloudFront::OriginAccessControl cloudfront:GetOriginAccessControl': 'random id',
    'AWS::CloudFront::OriginAccessControl cloudfront:UpdateOriginAccessControl': 'random id',
    'AWS::CloudFront::OriginAccessControl cloudfront:DeleteOriginAccessControl': 'random id',
    'AWS::CloudFront::CachePolicy cloudfront:GetCachePolicy': 'random id',
    'AWS::CloudFront::CachePolicy cloudfront:UpdateCachePolicy': 'random id',
    'AWS::CloudFront::CachePolicy cloudfront:DeleteCachePolicy': 'random id',
    'AWS::CloudFront::ResponseHeadersPolicy cloudfront:GetResponseHeadersPolicy': 'random id',
    'AWS::CloudFront::ResponseHeadersPolicy cloudfront:UpdateResponseHeadersPolicy': 'random id',
    'AWS::CloudFront::ResponseHeadersPolicy cloudfront:DeleteResponseHeadersPolicy': 'random id',
    // One service-linked role per account, the same ARN for every site.
    'AWS::CloudFront::Distribution iam:CreateServiceLinkedRole': 'one per account',
  };

  /**
   * Actions without a resource type that are still scoped to this site: by the tag in the
   * request (the site stack creates its distribution tagged `secure-dist-site`).
   */
  const SCOPED_BY_REQUEST_TAG: Readonly<Record<string, string>> = {
    'AWS::CloudFront::Distribution cloudfront:CreateDistribution':
      'aws:RequestTag/secure-dist-site must be this site (StringEqualsIfExists)',
  };

  let roles: Record<string, Role>;
  beforeAll(() => {
    roles = {
      service: bootstrapRole('CloudFormationRole', 'docs'),
      deploy: bootstrapRole('DeployRole', 'docs'),
      plan: bootstrapRole('PlanRole', 'docs'),
      preview: bootstrapRole('PreviewRole', 'docs'),
    };
  });

  it('renders the other site with its own names and ids', () => {
    const ours = new Set(MODES.flatMap((mode) => site('docs', mode).map((r) => r.arn)));
    const theirs = MODES.flatMap((mode) => site('docs-site', mode).map((r) => r.arn));
    // Only the ARN-less share keys (`*`) coincide.
    expect(theirs.filter((arn) => ours.has(arn))).toEqual(theirs.filter((arn) => arn === '*'));
  });

  it('denies every action on the other site to all four roles, but the account-wide grants', async () => {
    const used = new Set<string>();
    const reached: string[] = [];
    let evaluated = 0;
    for (const mode of MODES) {
      const requests = site('docs-site', mode).flatMap(cloudFormationRequests);
      for (const request of requests) {
        const key = `${request.type} ${request.action}`;
        for (const [name, role] of Object.entries(roles)) {
          const { decision, resource } = await evaluate(
            role,
            request.action,
            request.resource,
            request.context,
          );
          evaluated += 1;
          if (decision !== 'Allowed') continue;
          if (name === 'service' && ACCOUNT_WIDE[key] !== undefined) {
            used.add(key);
            continue;
          }
          reached.push(`${name}: ${describeRequest(request)} [evaluated on ${resource}]`);
        }
      }
    }
    expect(evaluated).toBeGreaterThan(1000);
    expect(reached).toEqual([]);
    expect(Object.keys(ACCOUNT_WIDE).filter((key) => !used.has(key))).toEqual([]);
  });

  it('lists every action without resource type among the account-wide grants', async () => {
    const wildcard = new Set<string>();
    for (const mode of MODES) {
      for (const request of site('docs-site', mode).flatMap(cloudFormationRequests)) {
        if (await wildcardOnly(request.action)) wildcard.add(`${request.type} ${request.action}`);
      }
    }
    expect(wildcard.size).toBeGreaterThan(5);
    for (const key of wildcard) {
      const listed = key in ACCOUNT_WIDE || key in SCOPED_BY_REQUEST_TAG;
      expect({ key, listed }).toEqual({ key, listed: true });
    }
  });
});

describe('(c) who may assume the deploy and plan roles', () => {
  const OWNER = 'octo';
  const REPO = 'site';
  /**
   * The bootstrap a user of the example workflows runs: the environment publish.yml and
   * rotate.yml use (their header: "bootstrapped with Environment=secure-dist"), only those two
   * files, and the plan role.
   */
  const TOLD: Record<string, string> = {
    GitHubOrg: OWNER,
    RepositoryName: REPO,
    Branch: '',
    Environment: 'secure-dist',
    StackName: 'secure-dist',
    SiteRegion: SITE_REGION,
    AllowedWorkflows: '.github/workflows/publish.yml,.github/workflows/rotate.yml',
    AllowPullRequestPlans: 'true',
    AllowPullRequestPreviews: 'true',
  };
  /** The aws-smoke.yml bootstrap (docs/aws-smoke.md: StackName=sda-smoke, Environment=aws-smoke). */
  const SMOKE: Record<string, string> = {
    GitHubOrg: OWNER,
    RepositoryName: REPO,
    Branch: '',
    Environment: 'aws-smoke',
    StackName: 'sda-smoke',
    SiteRegion: SITE_REGION,
  };
  /** The smoke test's `edge: function` site (docs/aws-smoke.md: StackName=sda-smoke-fn). */
  const SMOKE_FUNCTION: Record<string, string> = { ...SMOKE, StackName: 'sda-smoke-fn' };
  /** Which bootstrap role a workflow's `role-to-assume` variable names. */
  const ROLE_OF_VARIABLE: Readonly<
    Record<string, { role: WorkflowRoleName; bootstrap: Record<string, string> }>
  > = {
    SECURE_DIST_ROLE_ARN: { role: 'DeployRole', bootstrap: TOLD },
    SECURE_DIST_PLAN_ROLE_ARN: { role: 'PlanRole', bootstrap: TOLD },
    SECURE_DIST_PREVIEW_ROLE_ARN: { role: 'PreviewRole', bootstrap: TOLD },
    SECURE_DIST_SMOKE_ROLE_ARN: { role: 'DeployRole', bootstrap: SMOKE },
    SECURE_DIST_SMOKE_FUNCTION_ROLE_ARN: { role: 'DeployRole', bootstrap: SMOKE_FUNCTION },
  };

  /** Every job of this repository's workflows that assumes a bootstrap role, and its events. */
  const jobs = readdirSync(join(process.cwd(), '.github', 'workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((file) => {
      const workflow = repositoryWorkflow(file);
      const doc: unknown = parse(workflow.text);
      const jobsOf = typeof doc === 'object' && doc !== null && 'jobs' in doc ? doc.jobs : {};
      const on = typeof doc === 'object' && doc !== null && 'on' in doc ? doc.on : {};
      const events = typeof on === 'object' && on !== null ? Object.keys(on) : [String(on)];
      return Object.entries(typeof jobsOf === 'object' && jobsOf !== null ? jobsOf : {}).flatMap(
        ([jobId, job]) => {
          const variables = [
            ...JSON.stringify(job).matchAll(/role-to-assume":"\$\{\{ vars\.([A-Z_]+) \}\}/g),
          ].map((m) => m[1] ?? '');
          const runsOn = eventsOfJob(job, events);
          return [...new Set(variables)].map((variable) => ({
            workflow,
            jobId,
            variable,
            events: runsOn,
          }));
        },
      );
    });
  /**
   * The events a job runs on: its workflow's, narrowed by `github.event_name == 'x'` or
   * `!= 'x'` in its `if` (preview.yml: the pull-request jobs and the scheduled sweep).
   */
  function eventsOfJob(job: unknown, events: readonly string[]): string[] {
    const condition = typeof job === 'object' && job !== null && 'if' in job ? String(job.if) : '';
    const only = /github\.event_name == '([a-z_]+)'/.exec(condition)?.[1];
    const not = /github\.event_name != '([a-z_]+)'/.exec(condition)?.[1];
    return events.filter((e) => (only === undefined || e === only) && e !== not);
  }
  const refFor = (event: string): string =>
    event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main';

  it('finds the jobs that assume a role: publish, rotate, plan, preview (and the smoke test)', () => {
    expect(jobs.map((j) => `${j.workflow.file}#${j.jobId} ${j.variable}`).sort()).toEqual([
      '.github/workflows/aws-smoke.yml#smoke SECURE_DIST_SMOKE_FUNCTION_ROLE_ARN',
      '.github/workflows/aws-smoke.yml#smoke SECURE_DIST_SMOKE_ROLE_ARN',
      '.github/workflows/plan.yml#plan SECURE_DIST_PLAN_ROLE_ARN',
      '.github/workflows/preview.yml#cleanup SECURE_DIST_PREVIEW_ROLE_ARN',
      '.github/workflows/preview.yml#expired SECURE_DIST_PREVIEW_ROLE_ARN',
      '.github/workflows/preview.yml#preview SECURE_DIST_PREVIEW_ROLE_ARN',
      '.github/workflows/publish.yml#deploy SECURE_DIST_ROLE_ARN',
      '.github/workflows/rotate.yml#rotate SECURE_DIST_ROLE_ARN',
    ]);
    // Each preview job on its own events: the pull-request jobs never on the schedule, the
    // sweep never on a pull request.
    const eventsOf = (jobId: string): string[] =>
      jobs.find((j) => j.workflow.file.endsWith('preview.yml') && j.jobId === jobId)?.events ?? [];
    expect(eventsOf('preview')).toEqual(['pull_request']);
    expect(eventsOf('cleanup')).toEqual(['pull_request']);
    expect(eventsOf('expired')).toEqual(['schedule', 'workflow_dispatch']);
  });

  it('each such job may assume its role, on every event that starts it, in both subject forms', async () => {
    for (const { workflow, jobId, variable, events } of jobs) {
      const target = ROLE_OF_VARIABLE[variable];
      if (target === undefined) throw new Error(`no bootstrap role for ${variable}`);
      const other = target.role === 'DeployRole' ? 'PlanRole' : 'DeployRole';
      for (const event of events) {
        const run = { owner: OWNER, repo: REPO, ref: refFor(event), event };
        const claims = claimsForJob(workflow, jobId, run);
        const ids = { owner: '1001', repository: '2002' };
        const immutable = claimsForJob(workflow, jobId, { ...run, ids });
        const withIds = { ...target.bootstrap, OwnerId: ids.owner, RepositoryId: ids.repository };
        const label = `${workflow.file}#${jobId} (${event}, ${claims.sub})`;
        expect({ label, allowed: await canAssume(target.bootstrap, target.role, claims) }).toEqual({
          label,
          allowed: true,
        });
        expect({ label, ids: await canAssume(withIds, target.role, immutable) }).toEqual({
          label,
          ids: true,
        });
        expect({ label, other: await canAssume(target.bootstrap, other, claims) }).toEqual({
          label,
          other: false,
        });
      }
    }
  });

  it('refuses a job of another repository, branch, environment or workflow file, and another audience', async () => {
    const publish = repositoryWorkflow('publish.yml');
    const run = { owner: OWNER, repo: REPO, ref: 'refs/heads/main', event: 'push' };
    const job = (text: string, file = publish.file) => ({ file, text });
    const noEnvironment = publish.text.replace(/^ {4}environment: .*$/m, '');
    expect(noEnvironment).not.toEqual(publish.text);
    const otherEnvironment = publish.text.replace(
      /environment: secure-dist/,
      'environment: production',
    );
    const refused: [string, Parameters<typeof claimsForJob>][] = [
      ['another owner', [publish, 'deploy', { ...run, owner: 'evil' }]],
      ['another repository', [publish, 'deploy', { ...run, repo: 'site-fork' }]],
      ['a branch job without the environment', [job(noEnvironment), 'deploy', run]],
      [
        'another branch, without the environment',
        [job(noEnvironment), 'deploy', { ...run, ref: 'refs/heads/feature' }],
      ],
      ['another environment', [job(otherEnvironment), 'deploy', run]],
      [
        'another workflow file',
        [job(publish.text, '.github/workflows/deploy-all.yml'), 'deploy', run],
      ],
      [
        'a listed name in another directory',
        [job(publish.text, '.github/workflows/x/publish.yml'), 'deploy', run],
      ],
      ['another audience', [publish, 'deploy', { ...run, audience: 'https://github.com/octo' }]],
      [
        'the immutable form with other ids',
        [publish, 'deploy', { ...run, ids: { owner: '1001', repository: '9999' } }],
      ],
      [
        'a pull request',
        [
          repositoryWorkflow('plan.yml'),
          'plan',
          { ...run, event: 'pull_request', ref: 'refs/pull/7/merge' },
        ],
      ],
    ];
    const withIds = { ...TOLD, OwnerId: '1001', RepositoryId: '2002' };
    for (const [label, args] of refused) {
      const claims = claimsForJob(...args);
      expect({ label, allowed: await canAssume(withIds, 'DeployRole', claims) }).toEqual({
        label,
        allowed: false,
      });
    }
    // The plan role: pull requests of this repository only.
    const plan = repositoryWorkflow('plan.yml');
    const pr = { ...run, event: 'pull_request', ref: 'refs/pull/7/merge' };
    expect(await canAssume(TOLD, 'PlanRole', claimsForJob(plan, 'plan', pr))).toBe(true);
    expect(
      await canAssume(TOLD, 'PlanRole', claimsForJob(plan, 'plan', { ...pr, repo: 'other' })),
    ).toBe(false);
    expect(await canAssume(TOLD, 'PlanRole', claimsForJob(publish, 'deploy', run))).toBe(false);
    expect(
      await canAssume(
        { ...TOLD, AllowPullRequestPlans: 'false' },
        'PlanRole',
        claimsForJob(plan, 'plan', pr),
      ),
    ).toBe(false);
  });

  it('names why GitHub gives no token, and refuses parameters CloudFormation would refuse', async () => {
    const publish = repositoryWorkflow('publish.yml');
    const run = { owner: OWNER, repo: REPO, ref: 'refs/heads/main', event: 'push' };
    expect(() => claimsForJob(publish, 'deploy', { ...run, event: 'pull_request' })).toThrow(
      /not started by pull_request/,
    );
    expect(() =>
      claimsForJob(
        { ...publish, text: publish.text.replace('id-token: write', 'id-token: read') },
        'deploy',
        run,
      ),
    ).toThrow(/no id-token: write/);
    expect(() => claimsForJob(publish, 'missing', run)).toThrow(/no job missing/);
    const claims = claimsForJob(publish, 'deploy', run);
    expect(claims).toEqual({
      sub: 'repo:octo/site:environment:secure-dist',
      aud: 'sts.amazonaws.com',
      job_workflow_ref: 'octo/site/.github/workflows/publish.yml@refs/heads/main',
    });
    await expect(canAssume({ ...TOLD, Environment: '' }, 'DeployRole', claims)).rejects.toThrow(
      /Set Branch, Environment, or both/,
    );
    await expect(canAssume({ ...TOLD, Branch: 'ma*' }, 'DeployRole', claims)).rejects.toThrow(
      /Branch/,
    );
    await expect(canAssume({ ...TOLD, Unknown: 'x' }, 'DeployRole', claims)).rejects.toThrow(
      /Unknown: not a parameter/,
    );
  });
});

describe("(d) the users' KeyValueStore is the bootstrap stack's", () => {
  // The bootstrap stack is deployed with the administrator's credentials (docs/setup.md's command
  // has no --role-arn: setup-path.test.ts), so CloudFormation's store handlers never run as the
  // service role. It holds none of them, on its own store or any other; only the read of its own
  // store that associating it with the function may take (cloudformation-actions.ts, Function).
  const entry = CLOUDFORMATION_ACTIONS['AWS::CloudFront::KeyValueStore'];
  const storeActions = [
    ...new Set([
      ...Object.values(entry?.handlers ?? {}).flat(),
      ...Object.values(entry?.tagging ?? {}),
    ]),
  ].filter((action) => entry?.notForUs?.[action] === undefined);

  it('the service role may do nothing CloudFormation does to a store, but read its own', async () => {
    const service = bootstrapRole('CloudFormationRole', 'docs');
    expect(storeActions).toEqual(expect.arrayContaining(['cloudfront:CreateKeyValueStore']));
    expect(storeActions.length).toBeGreaterThanOrEqual(6);
    const granted: string[] = [];
    for (const store of [usersStoreArn('docs'), usersStoreArn('docs-site')]) {
      for (const action of storeActions) {
        const { decision } = await evaluate(service, action, store);
        if (decision === 'Allowed') granted.push(`${action} on ${store}`);
      }
    }
    expect(granted).toEqual([`cloudfront:DescribeKeyValueStore on ${usersStoreArn('docs')}`]);
  });

  it('with CreateUsersStore=false no role of the site may touch any store', async () => {
    const roles = (['CloudFormationRole', 'DeployRole', 'PlanRole'] as const).map((name) =>
      bootstrapRole(name, 'docs', { CreateUsersStore: 'false' }),
    );
    const actions = [
      ...storeActions,
      'cloudfront-keyvaluestore:DescribeKeyValueStore',
      'cloudfront-keyvaluestore:ListKeys',
      'cloudfront-keyvaluestore:UpdateKeys',
    ];
    for (const role of roles) {
      for (const action of actions) {
        const { decision } = await evaluate(role, action, usersStoreArn('docs'));
        expect({ role: role.name, action, decision }).toEqual({
          role: role.name,
          action,
          decision: 'ImplicitlyDenied',
        });
      }
    }
  });
});

describe('(e) the session secret of `login: form` (issue 23)', () => {
  const arn = (site: string, suffix = 'AbC123'): string =>
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${site}/session-key-${suffix}`;

  it('the rendered edge stack makes CloudFormation read it for the function code', () => {
    const mode = MODES.find((m) => m.name === 'login: form');
    if (mode === undefined) throw new Error('no login: form mode');
    const reads = site('docs', mode)
      .flatMap(cloudFormationRequests)
      .filter((r) => r.action === 'secretsmanager:GetSecretValue');
    expect(reads.map((r) => r.why)).toContain('EdgeFunction: dynamic reference in Code.ZipFile');
    expect(reads.every((r) => r.resource.startsWith(`${arn('docs', '')}`.slice(0, -1)))).toBe(true);
  });

  it("the service role may create, read, update and delete this site's, and no other site's", async () => {
    const service = bootstrapRole('CloudFormationRole', 'docs');
    const actions = [
      'secretsmanager:CreateSecret',
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
      'secretsmanager:UpdateSecret',
      'secretsmanager:DeleteSecret',
    ];
    const decide = async (resource: string): Promise<string[]> =>
      Promise.all(
        actions.map(
          async (action) => `${action} ${(await evaluate(service, action, resource, {})).decision}`,
        ),
      );
    expect(await decide(arn('docs'))).toEqual(actions.map((a) => `${a} Allowed`));
    for (const other of [arn('docs-site'), arn('docs', 'extra-AbC123'), arn('other')]) {
      expect(await decide(other)).toEqual(actions.map((a) => `${a} ImplicitlyDenied`));
    }
  });

  it('the deploy, plan and preview roles never read it', async () => {
    for (const name of ['DeployRole', 'PlanRole', 'PreviewRole'] as const) {
      const role = bootstrapRole(name, 'docs');
      const { decision } = await evaluate(role, 'secretsmanager:GetSecretValue', arn('docs'), {});
      expect({ name, decision }).toEqual({ name, decision: 'ImplicitlyDenied' });
    }
  });
});

describe('(f) the preview role (issue 25)', () => {
  const bucket = (site: string): string => `arn:aws:s3:::${site}-site-${ACCOUNT}-${SITE_REGION}`;
  const stack = (name: string, region = SITE_REGION): string =>
    `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/0a1b2c3d-4e5f-6789-abcd-ef0123456789`;
  const DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/E2PREVIEWSITE`;
  const taggedFor = (site: string) => ({ 'aws:ResourceTag/secure-dist-site': site });
  let preview: Role;
  beforeAll(() => {
    preview = bootstrapRole('PreviewRole', 'docs');
  });
  const decide = async (
    action: string,
    resource: string,
    context: Record<string, string> = {},
  ): Promise<string> => (await evaluate(preview, action, resource, context)).decision;

  it('writes, reads and deletes the keys of a preview, and lists under `_previews/` only', async () => {
    const key = `${bucket('docs')}/_previews/pr-7/index.html`;
    const manifest = `${bucket('docs')}/_previews/pr-7/.secure-dist/manifest.json`;
    for (const action of [
      's3:PutObject',
      's3:GetObject',
      's3:DeleteObject',
      's3:AbortMultipartUpload',
      's3:ListMultipartUploadParts',
    ]) {
      for (const resource of [key, manifest]) {
        expect({ action, resource, decision: await decide(action, resource) }).toEqual({
          action,
          resource,
          decision: 'Allowed',
        });
      }
    }
    // The preview's own listing (the sync) and the sweep's listing of every preview.
    for (const prefix of ['_previews/pr-7/', '_previews/']) {
      expect(await decide('s3:ListBucket', bucket('docs'), { 's3:prefix': prefix })).toBe(
        'Allowed',
      );
    }
    // Its site's distribution (by its tag), and the site stack's outputs.
    expect(await decide('cloudfront:CreateInvalidation', DISTRIBUTION, taggedFor('docs'))).toBe(
      'Allowed',
    );
    expect(await decide('cloudfront:GetInvalidation', DISTRIBUTION, taggedFor('docs'))).toBe(
      'Allowed',
    );
    expect(await decide('cloudformation:DescribeStacks', stack('docs-site'))).toBe('Allowed');
  });

  it("touches none of the site's own keys, and lists nothing outside `_previews/`", async () => {
    const refused: [string, string, Record<string, string>][] = [];
    for (const action of ['s3:PutObject', 's3:GetObject', 's3:DeleteObject']) {
      for (const key of [
        'index.html',
        '.secure-dist/manifest.json',
        'docs/_previews/pr-7/index.html',
        '_previews',
        '_previewsX/index.html',
      ]) {
        refused.push([action, `${bucket('docs')}/${key}`, {}]);
      }
    }
    for (const prefix of [undefined, '', '.secure-dist/', 'docs/', '_previews']) {
      refused.push([
        's3:ListBucket',
        bucket('docs'),
        prefix === undefined ? {} : { 's3:prefix': prefix },
      ]);
    }
    const decisions = await Promise.all(
      refused.map(async ([action, resource, context]) => ({
        action,
        resource,
        context,
        decision: await decide(action, resource, context),
      })),
    );
    expect(decisions.filter((d) => d.decision === 'Allowed')).toEqual([]);
    expect(decisions.length).toBe(20);
  });

  it('reaches nothing of another site: its bucket, its previews, its distribution, its stack', async () => {
    const other = 'docs-site'; // a stack name that starts with this site's
    expect(await decide('s3:PutObject', `${bucket(other)}/_previews/pr-7/index.html`)).toBe(
      'ImplicitlyDenied',
    );
    expect(await decide('s3:DeleteObject', `${bucket(other)}/_previews/pr-7/index.html`)).toBe(
      'ImplicitlyDenied',
    );
    expect(await decide('s3:ListBucket', bucket(other), { 's3:prefix': '_previews/' })).toBe(
      'ImplicitlyDenied',
    );
    expect(await decide('cloudfront:CreateInvalidation', DISTRIBUTION, taggedFor(other))).toBe(
      'ImplicitlyDenied',
    );
    expect(await decide('cloudfront:CreateInvalidation', DISTRIBUTION)).toBe('ImplicitlyDenied');
    expect(await decide('cloudformation:DescribeStacks', stack(`${other}-site`))).toBe(
      'ImplicitlyDenied',
    );
  });

  it('changes no stack, reads no secret, writes no KeyValueStore', async () => {
    const denied: [string, string][] = [
      ...[
        'cloudformation:UpdateStack',
        'cloudformation:CreateChangeSet',
        'cloudformation:ExecuteChangeSet',
        'cloudformation:DeleteStack',
        'cloudformation:GetTemplate',
      ].flatMap((action): [string, string][] => [
        [action, stack('docs-site')],
        [action, stack('docs-edge', 'us-east-1')],
      ]),
      ['cloudformation:DescribeStacks', stack('docs-edge', 'us-east-1')],
      [
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:docs/basic-auth-AbC123`,
      ],
      [
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${SITE_REGION}:${ACCOUNT}:secret:docs/users-AbC123`,
      ],
      [
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${SITE_REGION}:${ACCOUNT}:secret:docs/share-key-AbC123`,
      ],
      ['cloudfront-keyvaluestore:UpdateKeys', usersStoreArn('docs')],
      ['cloudfront-keyvaluestore:ListKeys', usersStoreArn('docs')],
      ['cloudfront:UpdateDistribution', DISTRIBUTION],
      ['iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/docs-cloudformation`],
      ['s3:PutBucketPolicy', bucket('docs')],
    ];
    for (const [action, resource] of denied) {
      const context = action.startsWith('cloudfront:') ? taggedFor('docs') : {};
      expect({ action, resource, decision: await decide(action, resource, context) }).toEqual({
        action,
        resource,
        decision: 'ImplicitlyDenied',
      });
    }
  });

  describe('who may assume it', () => {
    const OWNER = 'octo';
    const REPO = 'site';
    const BOOTSTRAP: Record<string, string> = {
      GitHubOrg: OWNER,
      RepositoryName: REPO,
      Branch: '',
      Environment: 'secure-dist',
      AllowPullRequestPreviews: 'true',
    };
    const workflow = repositoryWorkflow('preview.yml');
    const pr = { owner: OWNER, repo: REPO, ref: 'refs/pull/7/merge', event: 'pull_request' };
    const main = { owner: OWNER, repo: REPO, ref: 'refs/heads/main', event: 'schedule' };

    it('a pull request of this repository, in both subject forms; the sweep in the environment', async () => {
      const claims = claimsForJob(workflow, 'preview', pr);
      expect(claims.sub).toBe('repo:octo/site:pull_request');
      expect(await canAssume(BOOTSTRAP, 'PreviewRole', claims)).toBe(true);
      expect(await canAssume(BOOTSTRAP, 'PreviewRole', claimsForJob(workflow, 'cleanup', pr))).toBe(
        true,
      );
      const ids = { owner: '1001', repository: '2002' };
      const immutable = claimsForJob(workflow, 'preview', { ...pr, ids });
      expect(immutable.sub).toBe('repo:octo@1001/site@2002:pull_request');
      const withIds = { ...BOOTSTRAP, OwnerId: '1001', RepositoryId: '2002' };
      expect(await canAssume(withIds, 'PreviewRole', immutable)).toBe(true);
      expect(
        await canAssume({ ...withIds, AcceptClassicSubject: 'false' }, 'PreviewRole', claims),
      ).toBe(false);
      // The daily sweep: the default branch's run in the deploy environment.
      const sweep = claimsForJob(workflow, 'expired', main);
      expect(sweep.sub).toBe('repo:octo/site:environment:secure-dist');
      expect(await canAssume(BOOTSTRAP, 'PreviewRole', sweep)).toBe(true);
    });

    it('refuses a branch run, another repository, another audience, and any token without the parameter', async () => {
      const claims = claimsForJob(workflow, 'preview', pr);
      const refused: [string, Parameters<typeof canAssume>][] = [
        [
          'the default branch outside the environment',
          [BOOTSTRAP, 'PreviewRole', { ...claims, sub: 'repo:octo/site:ref:refs/heads/main' }],
        ],
        [
          'another branch',
          [
            { ...BOOTSTRAP, Branch: 'main' },
            'PreviewRole',
            { ...claims, sub: 'repo:octo/site:ref:refs/heads/feature' },
          ],
        ],
        [
          'another environment',
          [BOOTSTRAP, 'PreviewRole', { ...claims, sub: 'repo:octo/site:environment:production' }],
        ],
        [
          'another repository',
          [BOOTSTRAP, 'PreviewRole', claimsForJob(workflow, 'preview', { ...pr, repo: 'other' })],
        ],
        [
          'another owner',
          [BOOTSTRAP, 'PreviewRole', claimsForJob(workflow, 'preview', { ...pr, owner: 'evil' })],
        ],
        [
          'another audience',
          [
            BOOTSTRAP,
            'PreviewRole',
            claimsForJob(workflow, 'preview', { ...pr, audience: 'https://github.com/octo' }),
          ],
        ],
        [
          'no preview role asked for',
          [{ ...BOOTSTRAP, AllowPullRequestPreviews: 'false' }, 'PreviewRole', claims],
        ],
      ];
      for (const [label, args] of refused) {
        expect({ label, allowed: await canAssume(...args) }).toEqual({ label, allowed: false });
      }
      // The preview job's token opens neither the deploy role nor (unasked) the plan role.
      expect(await canAssume(BOOTSTRAP, 'DeployRole', claims)).toBe(false);
      expect(await canAssume(BOOTSTRAP, 'PlanRole', claims)).toBe(false);
    });

    it('forks get no token: the pull-request jobs skip them', () => {
      // GitHub gives a pull request from a fork at most `id-token: none` ("Maximum access for
      // pull requests from public forked repositories", GITHUB_TOKEN reference:
      // https://docs.github.com/en/actions/reference/github_token-reference), so such a job
      // could not even ask for a token; preview.yml skips them instead of failing
      // (docs/previews.md, "Forks").
      const doc: unknown = parse(workflow.text);
      for (const jobId of ['preview', 'cleanup']) {
        const job: unknown =
          typeof doc === 'object' && doc !== null && 'jobs' in doc && isRecord(doc.jobs)
            ? doc.jobs[jobId]
            : undefined;
        const condition = isRecord(job) ? String(job.if) : '';
        expect({ jobId, condition }).toEqual({
          jobId,
          condition: expect.stringContaining(
            'github.event.pull_request.head.repo.full_name == github.repository',
          ),
        });
      }
    });
  });
});

describe('(g) the 404 page secure-dist publishes (`_secure-dist/404.html`, edge: function)', () => {
  const key = `arn:aws:s3:::docs-site-${ACCOUNT}-${SITE_REGION}/_secure-dist/404.html`;
  const bucketArn = `arn:aws:s3:::docs-site-${ACCOUNT}-${SITE_REGION}`;
  const decide = async (
    role: 'DeployRole' | 'PlanRole' | 'PreviewRole',
    action: string,
    resource: string,
    context: Record<string, string> = {},
  ): Promise<string> =>
    (await evaluate(bootstrapRole(role, 'docs'), action, resource, context)).decision;

  it('deploy (and sync, rotate) may head and put it; plan may list it, as its dry run does', async () => {
    // HeadObject is authorized as s3:GetObject; PutObject sends it (src/sync/not-found-page.ts).
    for (const action of ['s3:GetObject', 's3:PutObject']) {
      expect([action, await decide('DeployRole', action, key)]).toEqual([action, 'Allowed']);
    }
    expect(
      await decide('PlanRole', 's3:ListBucket', bucketArn, {
        's3:prefix': '_secure-dist/404.html',
      }),
    ).toBe('Allowed');
    // The plan role reads no key but the manifests: its dry run lists, never heads, the page.
    expect(await decide('PlanRole', 's3:GetObject', key)).not.toBe('Allowed');
    expect(await decide('PlanRole', 's3:PutObject', key)).not.toBe('Allowed');
  });

  it('a pull request (the preview role) can neither read, replace nor delete it', async () => {
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']) {
      expect([action, await decide('PreviewRole', action, key)]).toEqual([
        action,
        'ImplicitlyDenied',
      ]);
    }
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
