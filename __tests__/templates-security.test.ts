/**
 * The security properties the templates promise, one assertion each. Policies are not only
 * inspected but evaluated, by an IAM evaluator over the Service Authorization Reference
 * (@cloud-copilot/iam-simulate, helpers/iam.ts): the intrinsics are resolved with sample
 * values (helpers/template-resolve.ts) and requests run through it, so "viewers never get the
 * manifest" and "site docs cannot touch site docs-site" are checked as IAM decisions, with
 * each action's resource types and condition keys, not as strings.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, jsonAt, objectAt, type Json, type JsonObject } from '../src/synth/json.js';
import { TEMPLATE_BODY_LIMIT } from '../src/synth/render.js';
import { loadTemplate, type Template } from '../src/synth/template.js';
import {
  ACCOUNT,
  allowed,
  bootstrapRole,
  bootstrapScope,
  bootstrapTrust,
  evaluate,
  evaluateRequest,
  expandAction,
  PROVIDER_ARN as PROVIDER,
  resourcePolicyDecision,
  SAMPLE_REPOSITORY as BASE_PARAMETERS,
  SITE_REGION as REGION,
  statementsOf,
  trustDecision,
  usersStoreArn,
  wildcardOnly,
  type BootstrapRoleName,
  type Context,
  type Decision,
  type Role,
} from './helpers/iam.js';
import {
  asList,
  evaluateConditions,
  parameterProblems,
  resolved,
  strings,
  type Scope,
} from './helpers/template-resolve.js';

const load = (name: string): Template =>
  loadTemplate(join(process.cwd(), 'cloudformation', `${name}.yaml`));
const edge = load('edge');
const site = load('site');
const bootstrap = load('bootstrap');

/** A request to a resource policy or trust policy (no identity policy of the caller). */
interface Request {
  principal: { service: string } | { aws: string } | { federated: string };
  action: string;
  /** Absent for a trust policy (the role it belongs to). */
  resource?: string;
  context?: Context;
}

type Verdict = 'allow' | 'deny' | 'implicit-deny';
const verdict = (decision: Decision): Verdict =>
  decision === 'Allowed' ? 'allow' : decision === 'ExplicitlyDenied' ? 'deny' : 'implicit-deny';

/** The evaluator's decision on a bucket policy or a trust policy, in this file's words. */
async function decide(document: Json, request: Request): Promise<Verdict> {
  const p = request.principal;
  const principal = 'service' in p ? p.service : 'federated' in p ? p.federated : p.aws;
  if (request.resource === undefined) {
    return verdict(await trustDecision(document, principal, request.action, request.context ?? {}));
  }
  return verdict(
    await resourcePolicyDecision(
      document,
      principal === '*' ? 'anonymous' : principal,
      request.action,
      request.resource,
      request.context ?? {},
    ),
  );
}

/** A bootstrap role of site `stackName`, with the plan role present. */
const bootstrapPolicy = (roleName: BootstrapRoleName, stackName: string): Role =>
  bootstrapRole(roleName, stackName);

const allows = (
  role: Role,
  action: string,
  resource: string,
  context: Context = {},
): Promise<boolean> => allowed(role, action, resource, context);

// ---------------------------------------------------------------------------------------------

describe('site.yaml', () => {
  const bucket = objectAt(site, 'Resources', 'Bucket', 'Properties');
  const distribution = objectAt(
    site,
    'Resources',
    'Distribution',
    'Properties',
    'DistributionConfig',
  );
  // CacheBehaviors is conditional (the `/_share/*` behavior of share links, the `/_login` and
  // `/_logout` behaviors of `login: form`), each behavior under its own condition: check them all.
  const conditional = jsonAt(distribution, 'CacheBehaviors', 'Fn::If');
  const behaviors = [
    distribution.DefaultCacheBehavior,
    ...asList(Array.isArray(conditional) ? conditional[1] : distribution.CacheBehaviors).map(
      (b) => jsonAt(b, 'Fn::If', 1) ?? b,
    ),
  ];
  const BUCKET_ARN = 'arn:aws:s3:::site-bucket-abc';
  const DISTRIBUTION_ARN = `arn:aws:cloudfront::${ACCOUNT}:distribution/EDFDVBD6EXAMPLE`;
  const scope: Scope = {
    refs: {
      'AWS::Partition': 'aws',
      'AWS::AccountId': ACCOUNT,
      Distribution: 'EDFDVBD6EXAMPLE',
      Bucket: 'site-bucket-abc',
    },
    attrs: { 'Bucket.Arn': BUCKET_ARN },
    conditions: {},
  };
  const policy = resolved(
    jsonAt(site, 'Resources', 'BucketPolicy', 'Properties', 'PolicyDocument'),
    scope,
  );
  const viaCloudFront = (
    action: string,
    resource: string,
    sourceArn = DISTRIBUTION_ARN,
  ): Request => ({
    principal: { service: 'cloudfront.amazonaws.com' },
    action,
    resource,
    context: { 'AWS:SourceArn': sourceArn, 'aws:SecureTransport': 'true' },
  });

  it('blocks all four kinds of public access', async () => {
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('enforces bucket-owner ownership (ACLs disabled)', async () => {
    expect(jsonAt(bucket, 'OwnershipControls', 'Rules')).toEqual([
      { ObjectOwnership: 'BucketOwnerEnforced' },
    ]);
  });

  it('encrypts at rest with SSE-S3', async () => {
    expect(
      jsonAt(
        bucket,
        'BucketEncryption',
        'ServerSideEncryptionConfiguration',
        0,
        'ServerSideEncryptionByDefault',
        'SSEAlgorithm',
      ),
    ).toBe('AES256');
  });

  it('denies every request without TLS, to anyone, on the bucket and its objects', async () => {
    // A request IAM decides names an ARN of the action's resource type: ListBucket on the
    // bucket, GetObject on an object.
    for (const [action, resource] of [
      ['s3:ListBucket', BUCKET_ARN],
      ['s3:GetObject', `${BUCKET_ARN}/index.html`],
    ] as const) {
      const request: Request = {
        principal: { service: 'cloudfront.amazonaws.com' },
        action,
        resource,
        context: { 'AWS:SourceArn': DISTRIBUTION_ARN, 'aws:SecureTransport': 'false' },
      };
      expect(await decide(policy, request)).toBe('deny');
      expect(
        await decide(policy, { ...request, principal: { aws: `arn:aws:iam::${ACCOUNT}:root` } }),
      ).toBe('deny');
    }
  });

  it('uses an Origin Access Control that always signs with SigV4, for an S3 origin', async () => {
    expect(
      objectAt(site, 'Resources', 'OriginAccessControl', 'Properties', 'OriginAccessControlConfig'),
    ).toMatchObject({
      SigningProtocol: 'sigv4',
      SigningBehavior: 'always',
      OriginAccessControlOriginType: 's3',
    });
    const origins = asList(distribution.Origins);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({
      OriginAccessControlId: { 'Fn::GetAtt': ['OriginAccessControl', 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
  });

  it('lets CloudFront read (GetObject) and list (ListBucket) only for this distribution', async () => {
    expect(await decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/index.html`))).toBe(
      'allow',
    );
    expect(await decide(policy, viaCloudFront('s3:ListBucket', BUCKET_ARN))).toBe('allow');
    const other = `arn:aws:cloudfront::${ACCOUNT}:distribution/EOTHER`;
    expect(
      await decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/index.html`, other)),
    ).toBe('implicit-deny');
    expect(await decide(policy, viaCloudFront('s3:ListBucket', BUCKET_ARN, other))).toBe(
      'implicit-deny',
    );
    expect(await decide(policy, viaCloudFront('s3:PutObject', `${BUCKET_ARN}/index.html`))).toBe(
      'implicit-deny',
    );
    for (const statement of statementsOf(policy).filter((s) => s.Effect === 'Allow')) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(jsonAt(statement, 'Condition', 'StringEquals', 'AWS:SourceArn')).toBe(
        DISTRIBUTION_ARN,
      );
    }
  });

  it('never gives the sync manifest (.secure-dist/*) to CloudFront', async () => {
    for (const key of ['.secure-dist/manifest.json', '.secure-dist/x/y']) {
      expect(await decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/${key}`))).toBe(
        'deny',
      );
    }
    expect(
      await decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/docs/.secure-dist.html`)),
    ).toBe('allow');
  });

  it("with previews, never gives a preview's manifest to CloudFront either (issue 25)", async () => {
    const withPreviews = resolved(
      jsonAt(site, 'Resources', 'BucketPolicy', 'Properties', 'PolicyDocument'),
      { ...scope, conditions: { HasPreviews: true } },
    );
    for (const key of [
      '.secure-dist/manifest.json',
      '_previews/pr-7/.secure-dist/manifest.json',
      '_previews/pr-123456789/.secure-dist/x/y',
    ]) {
      expect({
        key,
        decision: await decide(withPreviews, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/${key}`)),
      }).toEqual({ key, decision: 'deny' });
    }
    // The previews themselves are served (the edge decides who sees them).
    for (const key of ['_previews/pr-7/index.html', '_previews/pr-7/docs/.secure-dist.html']) {
      expect({
        key,
        decision: await decide(withPreviews, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/${key}`)),
      }).toEqual({ key, decision: 'allow' });
    }
    // Without previews the policy is the one of before.
    expect(
      await decide(
        policy,
        viaCloudFront('s3:GetObject', `${BUCKET_ARN}/_previews/pr-7/.secure-dist/manifest.json`),
      ),
    ).toBe('allow');
  });

  it('grants nothing to anyone else', async () => {
    const request: Request = {
      principal: { aws: '*' },
      action: 's3:GetObject',
      resource: `${BUCKET_ARN}/index.html`,
      context: { 'aws:SecureTransport': 'true' },
    };
    expect(await decide(policy, request)).toBe('implicit-deny');
  });

  it('redirects HTTP to HTTPS on every cache behavior', async () => {
    expect(behaviors.length).toBeGreaterThanOrEqual(1);
    for (const behavior of behaviors)
      expect(jsonAt(behavior, 'ViewerProtocolPolicy')).toBe('redirect-to-https');
  });

  it('runs the edge function at viewer-request on every cache behavior (either runtime)', async () => {
    for (const behavior of behaviors) {
      // edge: lambda (UseLambda) or edge: function (UseFunction): one of the two, never none.
      const lambda = asList(jsonAt(behavior, 'LambdaFunctionAssociations', 'Fn::If', 1));
      expect(jsonAt(behavior, 'LambdaFunctionAssociations', 'Fn::If', 0)).toBe('UseLambda');
      expect(lambda).toContainEqual(
        expect.objectContaining({
          EventType: 'viewer-request',
          LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
        }),
      );
      // `/_login` and `/_logout` (issue 23) run the login function, with `login: form` only.
      const login = ['/_login', '/_logout'].includes(String(jsonAt(behavior, 'PathPattern')));
      expect(jsonAt(behavior, 'FunctionAssociations', 'Fn::If', 0)).toBe(
        login ? 'UseLoginFunction' : 'UseFunction',
      );
      expect(asList(jsonAt(behavior, 'FunctionAssociations', 'Fn::If', 1))).toContainEqual({
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [login ? 'LoginFunction' : 'ViewerFunction', 'FunctionARN'] },
      });
      expect(objectAt(site, 'Parameters', 'EdgeRuntime').AllowedValues).toEqual([
        'lambda',
        'function',
      ]);
    }
  });

  it('sends security headers (HSTS, nosniff, frame options, referrer policy)', async () => {
    const headers = objectAt(
      site,
      'Resources',
      'SecurityHeadersPolicy',
      'Properties',
      'ResponseHeadersPolicyConfig',
      'SecurityHeadersConfig',
    );
    expect(
      jsonAt(headers, 'StrictTransportSecurity', 'AccessControlMaxAgeSec'),
    ).toBeGreaterThanOrEqual(31536000);
    expect(jsonAt(headers, 'ContentTypeOptions', 'Override')).toBe(true);
    expect(jsonAt(headers, 'FrameOptions', 'FrameOption')).toBe('DENY');
    expect(jsonAt(headers, 'ReferrerPolicy', 'ReferrerPolicy')).toEqual(expect.any(String));
    for (const behavior of behaviors) {
      expect(jsonAt(behavior, 'ResponseHeadersPolicyId')).toEqual({ Ref: 'SecurityHeadersPolicy' });
    }
  });

  it('serves TLS 1.2+ with SNI on a custom domain, else the CloudFront certificate', async () => {
    const custom = resolved(distribution.ViewerCertificate, {
      ...scope,
      refs: { ...scope.refs, CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      conditions: { UseCustomDomain: true },
    });
    expect(custom).toMatchObject({
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    expect(
      resolved(distribution.ViewerCertificate, {
        ...scope,
        conditions: { UseCustomDomain: false },
      }),
    ).toEqual({
      CloudFrontDefaultCertificate: true,
    });
    expect(evaluateConditions(site, { EdgeFunctionVersionArn: 'x' }).UseCustomDomain).toBe(false);
    expect(
      evaluateConditions(site, {
        DomainName: 'docs.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:1:certificate/x',
      }).UseCustomDomain,
    ).toBe(true);
  });

  it("uses the site's own cache policy (templates-spec.test.ts), HTTP/2+3, IPv6 and index.html", async () => {
    expect(distribution).toMatchObject({
      HttpVersion: 'http2and3',
      IPV6Enabled: true,
      DefaultRootObject: 'index.html',
    });
    expect(jsonAt(distribution, 'DefaultCacheBehavior', 'CachePolicyId')).toEqual({
      Ref: 'CachePolicy',
    });
  });
});

describe('edge.yaml', () => {
  const resources = objectAt(edge, 'Resources');
  const role = objectAt(resources, 'EdgeFunctionRole', 'Properties');

  it('keeps every published version on replace and on delete (replicas outlive them)', async () => {
    const version = objectAt(resources, 'EdgeFunctionVersion');
    expect(version.Type).toBe('AWS::Lambda::Version');
    expect(version.DeletionPolicy).toBe('Retain');
    expect(version.UpdateReplacePolicy).toBe('Retain');
  });

  it('replaces the version when the code changes (its Description carries the code hash)', async () => {
    expect(jsonAt(resources, 'EdgeFunctionVersion', 'Properties', 'Description')).toMatch(
      /@@EDGE_CODE_SHA256@@/,
    );
  });

  it('trusts exactly lambda.amazonaws.com and edgelambda.amazonaws.com', async () => {
    const trust = statementsOf(role.AssumeRolePolicyDocument);
    expect(trust).toHaveLength(1);
    expect(trust[0]?.Effect).toBe('Allow');
    expect(strings(jsonAt(trust[0], 'Action'))).toEqual(['sts:AssumeRole']);
    expect(strings(jsonAt(trust[0], 'Principal', 'Service')).sort()).toEqual([
      'edgelambda.amazonaws.com',
      'lambda.amazonaws.com',
    ]);
  });

  it('gives the function log permissions only', async () => {
    expect(role.ManagedPolicyArns).toBeUndefined();
    const actions = asList(role.Policies)
      .flatMap((p) => statementsOf(jsonAt(p, 'PolicyDocument')))
      .flatMap((s) => strings(s.Action));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions)
      expect(action).toMatch(/^logs:(CreateLogGroup|CreateLogStream|PutLogEvents)$/);
  });

  it('deletes the users secret when the create that made it rolls back, keeps it otherwise', async () => {
    // Issue 9 #1: with Retain, a rolled-back first create left the secret behind and every
    // retry failed on "already exists". RetainExceptOnCreate deletes it on that rollback only.
    const secret = objectAt(resources, 'UsersSecret');
    expect(secret.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(secret.UpdateReplacePolicy).toBe('Retain');
  });

  it('names the execution role <edge stack>-function, the one role the bootstrap lets it create', async () => {
    const name = resolved(role.RoleName, {
      refs: { 'AWS::StackName': 'docs-edge' },
      attrs: {},
      conditions: {},
    });
    expect(name).toBe('docs-edge-function');
    const service = bootstrapPolicy('CloudFormationRole', 'docs');
    const boundary = {
      'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/docs-edge-boundary`,
    };
    expect(
      await allows(service, 'iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role/${name}`, boundary),
    ).toBe(true);
  });

  describe('the rate-limiting web ACL (issue 15 #5)', () => {
    const acl = objectAt(resources, 'RateLimitWebAcl');

    it('exists only with RateLimit > 0, and the site stack gets its ARN as WebACLId', async () => {
      expect(acl.Type).toBe('AWS::WAFv2::WebACL');
      expect(acl.Condition).toBe('HasRateLimit');
      expect(evaluateConditions(edge, { SiteName: 'docs' }).HasRateLimit).toBe(false);
      expect(evaluateConditions(edge, { SiteName: 'docs', RateLimit: '1000' }).HasRateLimit).toBe(
        true,
      );
      expect(jsonAt(edge, 'Outputs', 'WebAclArn')).toEqual({
        Condition: 'HasRateLimit',
        Description: expect.any(String),
        Value: { 'Fn::GetAtt': ['RateLimitWebAcl', 'Arn'] },
      });
      const config = objectAt(
        site,
        'Resources',
        'Distribution',
        'Properties',
        'DistributionConfig',
      );
      expect(config.WebACLId).toEqual({
        'Fn::If': ['HasWebAcl', { Ref: 'WebAclArn' }, { Ref: 'AWS::NoValue' }],
      });
      expect(evaluateConditions(site, {}).HasWebAcl).toBe(false);
      expect(evaluateConditions(site, { WebAclArn: 'arn:x' }).HasWebAcl).toBe(true);
    });

    it('is a CloudFront web ACL named <edge stack>-rate-limit: block one IP above RateLimit per 5 minutes', async () => {
      const properties = objectAt(acl, 'Properties');
      expect(properties.Scope).toBe('CLOUDFRONT');
      expect(properties.DefaultAction).toEqual({ Allow: {} });
      expect(
        resolved(properties.Name, {
          refs: { 'AWS::StackName': 'docs-edge' },
          attrs: {},
          conditions: {},
        }),
      ).toBe('docs-edge-rate-limit');
      const rules = asList(properties.Rules);
      expect(rules).toHaveLength(1);
      expect(jsonAt(rules[0], 'Action')).toEqual({ Block: {} });
      expect(jsonAt(rules[0], 'Statement')).toEqual({
        RateBasedStatement: {
          Limit: { Ref: 'RateLimit' },
          EvaluationWindowSec: 300,
          AggregateKeyType: 'IP',
        },
      });
    });
  });

  it('keeps the users secret only on request, named <stack-name>/basic-auth, static and empty', async () => {
    const secret = objectAt(resources, 'UsersSecret');
    expect(secret.Type).toBe('AWS::SecretsManager::Secret');
    expect(secret.Condition).toBe('HasUsersSecret');
    expect(evaluateConditions(edge, { SiteName: 'docs' }).HasUsersSecret).toBe(false);
    expect(
      evaluateConditions(edge, { SiteName: 'docs', UsersInSecretsManager: 'true' }).HasUsersSecret,
    ).toBe(true);
    const scope: Scope = { refs: { SiteName: 'docs' }, attrs: {}, conditions: {} };
    expect(resolved(jsonAt(secret, 'Properties', 'Name'), scope)).toBe('docs/basic-auth');
    // A literal, never a parameter or generated value: CloudFormation rewrites the value only
    // when SecretString changes, so the users the action stores survive every stack update.
    expect(jsonAt(secret, 'Properties', 'SecretString')).toBe('{"version":1,"users":[]}');
    expect(jsonAt(secret, 'Properties', 'GenerateSecretString')).toBeUndefined();
  });

  it('fits a viewer trigger: 128 MB, at most 5 s, index.handler, x86_64', async () => {
    const fn = objectAt(resources, 'EdgeFunction', 'Properties');
    expect(fn.MemorySize).toBe(128);
    expect(fn.Timeout).toBeLessThanOrEqual(5);
    expect(fn.Handler).toBe('index.handler');
    expect(fn.Architectures).toEqual(['x86_64']);
    expect(fn.Environment).toBeUndefined();
  });
});

describe('bootstrap.yaml', () => {
  const base = BASE_PARAMETERS;
  const ROLE_NAMES: BootstrapRoleName[] = ['DeployRole', 'PlanRole', 'CloudFormationRole'];

  const trustFor = (
    parameters: Record<string, string>,
    roleName: BootstrapRoleName = 'DeployRole',
  ): Json => bootstrapTrust(roleName, parameters);
  const token = (sub: string, aud = 'sts.amazonaws.com', workflowRef?: string): Request => ({
    principal: { federated: PROVIDER },
    action: 'sts:AssumeRoleWithWebIdentity',
    context: {
      'token.actions.githubusercontent.com:sub': sub,
      'token.actions.githubusercontent.com:aud': aud,
      ...(workflowRef === undefined
        ? {}
        : { 'token.actions.githubusercontent.com:job_workflow_ref': workflowRef }),
    },
  });

  it('trusts only the repository, its branch, with audience sts.amazonaws.com', async () => {
    const trust = trustFor({});
    expect(
      jsonAt(
        trust,
        'Statement',
        0,
        'Condition',
        'StringEquals',
        'token.actions.githubusercontent.com:aud',
      ),
    ).toBe('sts.amazonaws.com');
    expect(await decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('allow');
    expect(
      await decide(trust, token('repo:octo/site:ref:refs/heads/main', 'https://github.com/octo')),
    ).toBe('implicit-deny');
    for (const sub of [
      'repo:octo/site:ref:refs/heads/feature',
      'repo:octo/site:pull_request',
      'repo:octo/other:ref:refs/heads/main',
      'repo:evil/site:ref:refs/heads/main',
      'repo:octo/site:environment:production',
    ]) {
      expect({ sub, decision: await decide(trust, token(sub)) }).toEqual({
        sub,
        decision: 'implicit-deny',
      });
    }
  });

  describe('AllowedWorkflows: the job_workflow_ref condition (issue 15 #11)', () => {
    const MAIN = 'repo:octo/site:ref:refs/heads/main';
    const ref = (file: string, repo = 'octo/site', at = 'refs/heads/main'): string =>
      `${repo}/.github/workflows/${file}@${at}`;

    it('empty (the default): any workflow of the trusted branch, no workflow condition at all', async () => {
      const trust = trustFor({});
      expect(statementsOf(trust)).toHaveLength(1);
      expect(Object.keys(objectAt(statementsOf(trust)[0], 'Condition'))).toEqual(['StringEquals']);
      expect(await decide(trust, token(MAIN, undefined, ref('anything.yml')))).toBe('allow');
    });

    it('set: only the listed files of this repository, on any ref the sub allows', async () => {
      const trust = trustFor({
        AllowedWorkflows: '.github/workflows/publish.yml,.github/workflows/rotate.yaml',
      });
      expect(await decide(trust, token(MAIN, undefined, ref('publish.yml')))).toBe('allow');
      expect(await decide(trust, token(MAIN, undefined, ref('rotate.yaml')))).toBe('allow');
      expect(
        await decide(
          trust,
          token(MAIN, undefined, ref('publish.yml', 'octo/site', 'refs/tags/v1')),
        ),
      ).toBe('allow');
      for (const workflowRef of [
        ref('plan.yml'),
        ref('publish.yml.bak'),
        ref('publish.yaml'),
        ref('xpublish.yml'),
        ref('publish.yml@x.yml'),
        // a reusable workflow of another repository with a listed name, called from ours
        ref('publish.yml', 'evil/site'),
        ref('publish.yml', 'octo/site-fork'),
        ref('publish.yml', 'octo/other/.github/workflows/x'),
      ]) {
        expect({
          workflowRef,
          decision: await decide(trust, token(MAIN, undefined, workflowRef)),
        }).not.toEqual({
          workflowRef,
          decision: 'allow',
        });
      }
      // A token without the claim is refused, not waved through.
      expect(await decide(trust, token(MAIN))).not.toBe('allow');
      // The sub still decides the branch.
      expect(
        await decide(
          trust,
          token('repo:octo/site:ref:refs/heads/dev', undefined, ref('publish.yml')),
        ),
      ).toBe('implicit-deny');
    });

    it('refuses a value that is not a list of .github/workflows/<file>.yml', async () => {
      const pattern = new RegExp(
        String(jsonAt(bootstrap, 'Parameters', 'AllowedWorkflows', 'AllowedPattern')),
      );
      for (const ok of [
        '',
        '.github/workflows/a.yml',
        '.github/workflows/a.yml,.github/workflows/b-c_d.yaml',
      ]) {
        expect(pattern.test(ok)).toBe(true);
      }
      for (const bad of [
        'publish.yml',
        '.github/workflows/*.yml',
        '.github/workflows/a.yml, .github/workflows/b.yml',
        '../x.yml',
        'o/r/.github/workflows/a.yml',
      ]) {
        expect({ bad, ok: pattern.test(bad) }).toEqual({ bad, ok: false });
      }
    });
  });

  it('creates a plan role only on request, trusted by pull requests of the repository alone', async () => {
    expect(jsonAt(bootstrap, 'Resources', 'PlanRole', 'Condition')).toBe('PlanRoleWanted');
    expect(evaluateConditions(bootstrap, base).PlanRoleWanted).toBe(false);
    expect(
      evaluateConditions(bootstrap, { ...base, AllowPullRequestPlans: 'true' }).PlanRoleWanted,
    ).toBe(true);
    const trust = trustFor({ AllowPullRequestPlans: 'true' }, 'PlanRole');
    expect(await decide(trust, token('repo:octo/site:pull_request'))).toBe('allow');
    for (const sub of [
      'repo:octo/site:ref:refs/heads/main',
      'repo:evil/site:pull_request',
      'repo:octo/other:pull_request',
    ]) {
      expect({ sub, decision: await decide(trust, token(sub)) }).toEqual({
        sub,
        decision: 'implicit-deny',
      });
    }
    const ids = trustFor(
      { AllowPullRequestPlans: 'true', OwnerId: '1', RepositoryId: '2' },
      'PlanRole',
    );
    expect(await decide(ids, token('repo:octo@1/site@2:pull_request'))).toBe('allow');
    expect(await decide(ids, token('repo:octo@9/site@2:pull_request'))).toBe('implicit-deny');
  });

  it('accepts an environment instead of (or as well as) a branch', async () => {
    const trust = trustFor({ Branch: '', Environment: 'production' });
    expect(await decide(trust, token('repo:octo/site:environment:production'))).toBe('allow');
    expect(await decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('implicit-deny');
  });

  it('accepts the immutable sub form for the given ids only, exactly', async () => {
    const ids = { OwnerId: '123456', RepositoryId: '456789' };
    const trust = trustFor(ids);
    expect(await decide(trust, token('repo:octo@123456/site@456789:ref:refs/heads/main'))).toBe(
      'allow',
    );
    expect(await decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('allow');
    // A re-created owner or repository with the same name gets new ids.
    expect(await decide(trust, token('repo:octo@999/site@456789:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );
    expect(await decide(trust, token('repo:octo@123456/site@1:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );

    const immutableOnly = trustFor({ ...ids, AcceptClassicSubject: 'false' });
    expect(
      await decide(immutableOnly, token('repo:octo@123456/site@456789:ref:refs/heads/main')),
    ).toBe('allow');
    expect(await decide(immutableOnly, token('repo:octo/site:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );
  });

  it('matches sub with StringEquals only (no wildcard pattern in the sub condition)', async () => {
    const trust = trustFor({ OwnerId: '1', RepositoryId: '2', Environment: 'prod' });
    const statement = statementsOf(trust)[0];
    expect(Object.keys(objectAt(statement, 'Condition'))).toEqual(['StringEquals']);
    expect(JSON.stringify(trust)).not.toMatch(/\*/);
  });

  const policies = (template: Template): JsonObject[] =>
    Object.values(objectAt(template, 'Resources')).flatMap((resource) => [
      ...statementsOf(jsonAt(resource, 'Properties', 'PolicyDocument')),
      ...asList(jsonAt(resource, 'Properties', 'Policies')).flatMap((p) =>
        statementsOf(jsonAt(p, 'PolicyDocument')),
      ),
    ]);

  it('allows no wildcard resource on iam or cloudformation actions, and no wildcard action', async () => {
    const allows = [bootstrap, edge, site].flatMap(policies).filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(10);
    for (const statement of allows) {
      const actions = strings(statement.Action);
      expect(actions).not.toContain('*');
      for (const action of actions) expect(action).not.toMatch(/^[a-z0-9-]+:\*$/);
      // The one exception: DescribeStackDriftDetectionStatus has no resource type (it takes a
      // detection id), so IAM only accepts `*` for it. It reads a status.
      if (actions.length === 1 && actions[0] === 'cloudformation:DescribeStackDriftDetectionStatus')
        continue;
      if (actions.some((a) => /^(iam|cloudformation):/.test(a))) {
        expect(asList(statement.Resource).length).toBeGreaterThan(0);
        expect(asList(statement.Resource)).not.toContain('*');
      }
    }
  });

  it('uses no stack-name prefix pattern: every wildcard follows a character a name cannot hold', async () => {
    // `docs-site-*` would reach site `docs-site`'s resources from site `docs`. Allowed before a
    // wildcard: `/` (an id after a name or a type), `:` (versions, log streams, regions), and
    // Secrets Manager's fixed `-??????`.
    for (const roleName of ROLE_NAMES) {
      for (const statement of statementsOf(bootstrapPolicy(roleName, 'docs').policy)) {
        for (const resource of strings(statement.Resource)) {
          if (resource === '*') continue;
          const withoutSecretSuffix = resource.replace(/-\?{6}$/, '');
          for (const m of withoutSecretSuffix.matchAll(/[*?]/g)) {
            const before = withoutSecretSuffix[(m.index ?? 0) - 1];
            expect({ roleName, resource, before }).toEqual({
              roleName,
              resource,
              before: expect.stringMatching(/^[/:]$/),
            });
          }
        }
      }
    }
  });

  /** The service role's actions on share-link public keys and key groups (no resource type). */
  const SHARE_KEY_ACTIONS = new Set(
    ['PublicKey', 'PublicKeyConfig', 'KeyGroup', 'KeyGroupConfig']
      .flatMap((t) => ['Create', 'Get', 'Update', 'Delete'].map((v) => `cloudfront:${v}${t}`))
      .concat(['cloudfront:ListPublicKeys', 'cloudfront:ListKeyGroups']),
  );

  it('holds `*` only for actions without a resource type, only in the service role', async () => {
    // "Without a resource type" as the Service Authorization Reference says (iam-data): the
    // share keys, GetRandomPassword and the CloudFront creates. Outside the service role, only
    // the deploy role's two reads: DescribeStackDriftDetectionStatus (a detection id, not a
    // stack) and DescribeLogGroups (the account's log group names and settings).
    const DEPLOY_READS = [
      'cloudformation:DescribeStackDriftDetectionStatus',
      'logs:DescribeLogGroups',
    ];
    const held: string[] = [];
    for (const roleName of ROLE_NAMES) {
      for (const statement of statementsOf(bootstrapPolicy(roleName, 'docs').policy)) {
        if (statement.Effect !== 'Allow' || !strings(statement.Resource).includes('*')) continue;
        for (const action of strings(statement.Action)) {
          held.push(action);
          const where =
            roleName === 'DeployRole' && DEPLOY_READS.includes(action)
              ? 'CloudFormationRole'
              : roleName;
          expect({ where, action, wildcardOnly: await wildcardOnly(action) }).toEqual({
            where: 'CloudFormationRole',
            action,
            wildcardOnly: true,
          });
        }
      }
    }
    expect(held).toEqual(
      expect.arrayContaining([
        'cloudfront:CreatePublicKey',
        'cloudfront:DeleteKeyGroup',
        'secretsmanager:GetRandomPassword',
      ]),
    );
  });

  describe('one site can never reach another (issue 15 #1, #2)', () => {
    const expandedActions = new Map<string, string[]>();
    beforeAll(async () => {
      const patterns = ROLE_NAMES.flatMap((r) =>
        statementsOf(bootstrapPolicy(r, 'docs').policy).flatMap((st) => strings(st.Action)),
      ).filter((a) => a.endsWith('*'));
      for (const pattern of patterns) expandedActions.set(pattern, await expandAction(pattern));
      everyAction.push(...new Set(actionsOfRoles()));
    });
    // Site `docs` against sites whose names share its prefix, and against its own resources.
    const deploy = bootstrapPolicy('DeployRole', 'docs');
    const plan = bootstrapPolicy('PlanRole', 'docs');
    const service = bootstrapPolicy('CloudFormationRole', 'docs');
    const roles = { deploy, plan, service };
    const everyAction: string[] = [];
    const actionsOfRoles = (): string[] =>
      [
        ...new Set(
          [deploy, plan, service].flatMap((p) =>
            statementsOf(p.policy).flatMap((st) => strings(st.Action)),
          ),
        ),
      ]
        // `s3:GetBucket*`, `lambda:EnableReplication*`: every action the pattern names (by the
        // Service Authorization Reference; the Lambda@Edge ones are EnableReplication and
        // DisableReplication).
        .flatMap((a) => expandedActions.get(a) ?? [a])
        // Takes a drift detection id, never a resource: IAM accepts only `*` for it (see the
        // wildcard test above). It is the one action not scoped to this site.
        .filter((a) => a !== 'cloudformation:DescribeStackDriftDetectionStatus')
        // Share links: public keys and key groups have no IAM resource type, so the service
        // role holds these on `*` (bootstrap.yaml, Sid ShareKeys); they are account-wide.
        .filter((a) => !SHARE_KEY_ACTIONS.has(a))
        // Returns a random string (GenerateSecretString of the pepper, issue 14): no resource
        // type either, and it touches no secret.
        .filter((a) => a !== 'secretsmanager:GetRandomPassword')
        // Lists the account's log groups (names and settings, never an event; the deploy role,
        // Sid EdgeLogGroupsList): no resource type either.
        .filter((a) => a !== 'logs:DescribeLogGroups');
    // Creates without a resource type, granted on `*` (bootstrap.yaml): a create names no
    // existing resource, so it reaches no other site. (CreateDistribution is not among them: it
    // is checked below by the tag it must carry.)
    const ACCOUNT_WIDE_CREATES = new Set([
      'cloudfront:CreateFunction',
      'cloudfront:CreateKeyValueStore',
      'cloudfront:CreateCachePolicy',
      'cloudfront:CreateResponseHeadersPolicy',
      'cloudfront:CreateOriginAccessControl',
    ]);
    const stack = (region: string, name: string): string =>
      `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/0f3c6a70-1111-2222-3333-444455556666`;
    const secret = (name: string): string =>
      `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}-AbCdEf`;
    const shareSecret = (region: string, name: string): string =>
      `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-AbCdEf`;
    const fn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
    const iamRole = (name: string): string => `arn:aws:iam::${ACCOUNT}:role/${name}`;
    const bucket = (name: string): string => `arn:aws:s3:::${name}`;
    const acl = (name: string): string =>
      `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/${name}/a1b2c3d4-5678-90ab-cdef-1234567890ab`;
    const DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/E2OTHERSITE`;
    const tagged = (value: string): Record<string, string> => ({
      'aws:ResourceTag/secure-dist-site': value,
      'aws:RequestTag/secure-dist-site': value,
    });
    const BOUNDARY = {
      'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/docs-edge-boundary`,
      'iam:PassedToService': 'lambda.amazonaws.com',
    };

    const foreign: [string, Record<string, string>][] = [
      // stacks of sites `docs-site`, `docs-edge`, `docs-x`, and `docs` in another region
      ...[
        'docs-site-edge',
        'docs-site-site',
        'docs-edge-edge',
        'docs-edge-site',
        'docs-x-site',
        'docs-edgeX',
      ].flatMap((name): [string, Record<string, string>][] => [
        [stack('us-east-1', name), {}],
        [stack(REGION, name), {}],
      ]),
      [stack('eu-west-1', 'docs-site'), {}],
      // buckets: site `docs-site`'s, a bucket `docs-site-backups`, ours in another account/region
      [bucket(`docs-site-site-${ACCOUNT}-${REGION}`), {}],
      [bucket('docs-site-backups'), {}],
      [bucket(`docs-site-${ACCOUNT}-${REGION}-old`), {}],
      [bucket(`docs-site-${ACCOUNT}-eu-west-1`), {}],
      [`${bucket('docs-site-backups')}/index.html`, {}],
      [`${bucket(`docs-site-site-${ACCOUNT}-${REGION}`)}/.secure-dist/manifest.json`, {}],
      // functions, versions and roles of `docs-site` / `docs-edge`, and look-alikes
      [fn('docs-site-edge-viewer-request'), {}],
      [`${fn('docs-site-edge-viewer-request')}:3`, {}],
      [fn('docs-edge-edge-viewer-request'), {}],
      [fn('docs-edge-viewer-request-2'), {}],
      [fn('payments'), {}],
      [iamRole('docs-site-edge-function'), BOUNDARY],
      [iamRole('docs-edge-edge-function'), BOUNDARY],
      [iamRole('docs-edge-function-admin'), BOUNDARY],
      [
        iamRole('docs-site-cloudformation'),
        { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
      ],
      [iamRole('admin'), BOUNDARY],
      // secrets
      [secret('docs-site/basic-auth'), {}],
      [secret('docs/basic-authority'), {}],
      [secret('docs/basic-auth-x'), {}],
      [secret('prod/db'), {}],
      // share-key secrets: another site's, a look-alike, ours in another region
      [shareSecret(REGION, 'docs-site/share-key'), {}],
      [shareSecret(REGION, 'docs/share-key-x'), {}],
      [shareSecret('eu-west-1', 'docs/share-key'), {}],
      // web ACLs
      [acl('docs-site-edge-rate-limit'), {}],
      [acl('docs-edge-rate-limit-x'), {}],
      // a distribution of another site, and one without the tag
      [DISTRIBUTION, tagged('docs-site')],
      // re-tagging another site's distribution with our name, to take it over
      [
        DISTRIBUTION,
        {
          'aws:ResourceTag/secure-dist-site': 'docs-site',
          'aws:RequestTag/secure-dist-site': 'docs',
        },
      ],
      [DISTRIBUTION, { 'aws:RequestTag/secure-dist-site': 'docs-site' }],
      [DISTRIBUTION, {}],
    ];

    it.each(Object.entries(roles))(
      'the %s role is denied every action on other sites',
      async (_name, policy) => {
        expect(everyAction.length).toBeGreaterThan(40);
        const allowed: string[] = [];
        const tried = new Map<string, number>();
        for (const [resource, context] of foreign) {
          for (const action of everyAction) {
            // CreateDistribution makes a new distribution: it reaches another site only by
            // claiming that site's tag, which is what is checked for it here.
            const ownCreate =
              action === 'cloudfront:CreateDistribution' &&
              (context['aws:RequestTag/secure-dist-site'] ?? 'docs') === 'docs';
            if (ownCreate) continue;
            // A create without resource type (evaluated on `*`) names no existing resource.
            if (ACCOUNT_WIDE_CREATES.has(action)) continue;
            // The evaluator takes an action only on an ARN of one of its resource types: an
            // S3 action on a stack ARN is no request IAM ever decides.
            const evaluation = await evaluateRequest(policy, action, resource, context);
            if ('invalid' in evaluation) continue;
            tried.set(resource, (tried.get(resource) ?? 0) + 1);
            if (evaluation.decision === 'Allowed') allowed.push(`${action} ${resource}`);
          }
        }
        expect(allowed).toEqual([]);
        // Every foreign resource was tried with the actions that apply to it.
        expect(foreign.filter(([resource]) => (tried.get(resource) ?? 0) === 0)).toEqual([]);
        // Every action without a resource type is a filtered one above, or CreateDistribution.
        for (const action of everyAction) {
          if (!(await wildcardOnly(action))) continue;
          expect({
            action,
            exception:
              ACCOUNT_WIDE_CREATES.has(action) || action === 'cloudfront:CreateDistribution',
          }).toEqual({ action, exception: true });
        }
      },
    );

    it("the service role may manage exactly this site's resources", async () => {
      const own: [string, string, Record<string, string>][] = [
        ['iam:CreateRole', iamRole('docs-edge-function'), BOUNDARY],
        ['iam:PutRolePolicy', iamRole('docs-edge-function'), BOUNDARY],
        ['iam:DeleteRole', iamRole('docs-edge-function'), {}],
        ['iam:PassRole', iamRole('docs-edge-function'), BOUNDARY],
        ['lambda:CreateFunction', fn('docs-edge-viewer-request'), {}],
        ['lambda:PublishVersion', fn('docs-edge-viewer-request'), {}],
        // The Service Authorization Reference's name for what the CloudFront guide calls
        // lambda:EnableReplication* (the Lambda@Edge replication of a version).
        ['lambda:EnableReplication', `${fn('docs-edge-viewer-request')}:7`, {}],
        ['s3:CreateBucket', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        ['s3:PutBucketPolicy', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        ['s3:PutBucketTagging', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        [
          'cloudfront:CreateDistribution',
          DISTRIBUTION,
          { 'aws:RequestTag/secure-dist-site': 'docs' },
        ],
        ['cloudfront:CreateDistribution', DISTRIBUTION, {}],
        ['cloudfront:TagResource', DISTRIBUTION, { 'aws:RequestTag/secure-dist-site': 'docs' }],
        [
          'cloudfront:TagResource',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs', 'aws:RequestTag/secure-dist-site': 'docs' },
        ],
        ['cloudfront:UntagResource', DISTRIBUTION, { 'aws:ResourceTag/secure-dist-site': 'docs' }],
        [
          'cloudfront:UpdateDistribution',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        [
          'cloudfront:DeleteDistribution',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        [
          'cloudfront:CreateOriginAccessControl',
          `arn:aws:cloudfront::${ACCOUNT}:origin-access-control/E1`,
          {},
        ],
        ['cloudfront:CreateCachePolicy', `arn:aws:cloudfront::${ACCOUNT}:cache-policy/abc`, {}],
        ['secretsmanager:CreateSecret', secret('docs/basic-auth'), {}],
        ['secretsmanager:DeleteSecret', secret('docs/basic-auth'), {}],
        ['wafv2:CreateWebACL', acl('docs-edge-rate-limit'), {}],
        ['wafv2:GetWebACL', acl('docs-edge-rate-limit'), {}],
        ['wafv2:AssociateWebACL', acl('docs-edge-rate-limit'), {}],
      ];
      for (const [action, resource, context] of own) {
        expect({
          action,
          resource,
          allowed: await allows(service, action, resource, context),
        }).toEqual({
          action,
          resource,
          allowed: true,
        });
      }
      // Never a role without the boundary, never the boundary removed, never the secret read.
      expect(await allows(service, 'iam:CreateRole', iamRole('docs-edge-function'))).toBe(false);
      expect(await allows(service, 'iam:PutRolePolicy', iamRole('docs-edge-function'))).toBe(false);
      expect(
        await allows(service, 'iam:DeleteRolePermissionsBoundary', iamRole('docs-edge-function')),
      ).toBe(false);
      expect(
        await allows(service, 'iam:AttachRolePolicy', iamRole('docs-edge-function'), BOUNDARY),
      ).toBe(false);
      expect(
        await allows(service, 'iam:PassRole', iamRole('docs-edge-function'), {
          'iam:PassedToService': 'ec2.amazonaws.com',
        }),
      ).toBe(false);
      expect(
        await allows(service, 'secretsmanager:GetSecretValue', secret('docs/basic-auth')),
      ).toBe(false);
      // Our distribution is never handed to another site's name.
      expect(
        await allows(service, 'cloudfront:TagResource', DISTRIBUTION, {
          'aws:ResourceTag/secure-dist-site': 'docs',
          'aws:RequestTag/secure-dist-site': 'docs-site',
        }),
      ).toBe(false);
      expect(await allows(service, 'lambda:InvokeFunction', fn('docs-edge-viewer-request'))).toBe(
        false,
      );
    });

    it('the deploy role: the CloudFormation API on its stacks, its objects, invalidations, its secret', async () => {
      const own: [string, string, Record<string, string>][] = [
        ['cloudformation:CreateChangeSet', stack('us-east-1', 'docs-edge'), {}],
        ['cloudformation:ExecuteChangeSet', stack(REGION, 'docs-site'), {}],
        ['cloudformation:DeleteStack', stack(REGION, 'docs-site'), {}],
        ['cloudformation:DetectStackDrift', stack(REGION, 'docs-site'), {}],
        ['cloudformation:DescribeStackResourceDrifts', stack('us-east-1', 'docs-edge'), {}],
        ['cloudformation:DescribeStackDriftDetectionStatus', '*', {}],
        [
          'iam:PassRole',
          iamRole('docs-cloudformation'),
          { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
        ],
        ['s3:PutObject', `${bucket(`docs-site-${ACCOUNT}-${REGION}`)}/index.html`, {}],
        ['s3:DeleteObject', `${bucket(`docs-site-${ACCOUNT}-${REGION}`)}/a/b.css`, {}],
        ['s3:ListBucket', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        [
          'cloudfront:CreateInvalidation',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        [
          'cloudfront:GetInvalidation',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        ['secretsmanager:DescribeSecret', secret('docs/basic-auth'), {}],
        ['secretsmanager:GetSecretValue', secret('docs/basic-auth'), {}],
        ['secretsmanager:PutSecretValue', secret('docs/basic-auth'), {}],
        // Share links: the key secret in the site's region (issue 12).
        ['secretsmanager:CreateSecret', shareSecret(REGION, 'docs/share-key'), {}],
        ['secretsmanager:GetSecretValue', shareSecret(REGION, 'docs/share-key'), {}],
        ['secretsmanager:PutSecretValue', shareSecret(REGION, 'docs/share-key'), {}],
        // The audit trail (issue 12): find the edge log groups, set their retention, read them.
        ['logs:DescribeLogGroups', `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:*`, {}],
        [
          'logs:PutRetentionPolicy',
          `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/lambda/us-east-1.docs-edge-viewer-request`,
          {},
        ],
        [
          'logs:FilterLogEvents',
          `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/lambda/us-east-1.docs-edge-viewer-request`,
          {},
        ],
      ];
      for (const [action, resource, context] of own) {
        expect({
          action,
          resource,
          allowed: await allows(deploy, action, resource, context),
        }).toEqual({
          action,
          resource,
          allowed: true,
        });
      }
      // It creates, changes and deletes no resource itself, and passes no other role.
      const none: [string, string, Record<string, string>][] = [
        ['iam:CreateRole', iamRole('docs-edge-function'), BOUNDARY],
        ['iam:PassRole', iamRole('docs-edge-function'), BOUNDARY],
        [
          'iam:PassRole',
          iamRole('docs-cloudformation'),
          { 'iam:PassedToService': 'lambda.amazonaws.com' },
        ],
        ['lambda:UpdateFunctionCode', fn('docs-edge-viewer-request'), {}],
        ['s3:DeleteBucket', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        ['s3:PutBucketPolicy', bucket(`docs-site-${ACCOUNT}-${REGION}`), {}],
        [
          'cloudfront:UpdateDistribution',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        [
          'cloudfront:DeleteDistribution',
          DISTRIBUTION,
          { 'aws:ResourceTag/secure-dist-site': 'docs' },
        ],
        [
          'cloudfront:UpdateOriginAccessControl',
          `arn:aws:cloudfront::${ACCOUNT}:origin-access-control/E1`,
          {},
        ],
        ['secretsmanager:DeleteSecret', secret('docs/basic-auth'), {}],
        ['secretsmanager:PutResourcePolicy', secret('docs/basic-auth'), {}],
        ['wafv2:UpdateWebACL', acl('docs-edge-rate-limit'), {}],
      ];
      for (const [action, resource, context] of none) {
        expect({
          action,
          resource,
          allowed: await allows(deploy, action, resource, context),
        }).toEqual({
          action,
          resource,
          allowed: false,
        });
      }
    });

    it('the plan role: change sets, the listing and the manifest; no template, no secret', async () => {
      const BUCKET = bucket(`docs-site-${ACCOUNT}-${REGION}`);
      expect(
        await allows(plan, 'cloudformation:CreateChangeSet', stack('us-east-1', 'docs-edge')),
      ).toBe(true);
      expect(await allows(plan, 'cloudformation:DeleteChangeSet', stack(REGION, 'docs-site'))).toBe(
        true,
      );
      expect(await allows(plan, 'cloudformation:DescribeStacks', stack(REGION, 'docs-site'))).toBe(
        true,
      );
      // CreateChangeSet with the stack tags, before the first deploy (the stack is created).
      expect(
        await allows(plan, 'cloudformation:TagResource', stack('us-east-1', 'docs-edge')),
      ).toBe(true);
      expect(await allows(plan, 's3:ListBucket', BUCKET)).toBe(true);
      expect(await allows(plan, 's3:GetObject', `${BUCKET}/.secure-dist/manifest.json`)).toBe(true);
      for (const [action, resource] of [
        ['cloudformation:GetTemplate', stack('us-east-1', 'docs-edge')],
        ['cloudformation:ExecuteChangeSet', stack(REGION, 'docs-site')],
        ['cloudformation:DeleteStack', stack(REGION, 'docs-site')],
        ['s3:GetObject', `${BUCKET}/private/report.pdf`],
        ['s3:PutObject', `${BUCKET}/.secure-dist/manifest.json`],
        ['secretsmanager:GetSecretValue', secret('docs/basic-auth')],
        ['secretsmanager:DescribeSecret', secret('docs/basic-auth')],
        ['iam:PassRole', iamRole('docs-cloudformation')],
      ] as const) {
        expect({
          action,
          allowed: await allows(plan, action, resource, {
            'iam:PassedToService': 'cloudformation.amazonaws.com',
          }),
        }).toEqual({
          action,
          allowed: false,
        });
      }
    });

    it('neither workflow role may import resources into its stacks', async () => {
      for (const policy of [deploy, plan]) {
        const { decision } = await evaluate(
          policy,
          'cloudformation:CreateChangeSet',
          stack(REGION, 'docs-site'),
          { 'cloudformation:ImportResourceTypes': ['AWS::CloudFront::Distribution'] },
        );
        expect(decision).toBe('ExplicitlyDenied');
      }
    });
  });

  it('fits the TemplateBody limit: docs/setup.md deploys it from a file, without an S3 bucket', () => {
    // `aws cloudformation deploy --template-file` refuses a template over 51,200 bytes without
    // --s3-bucket ("Templates with a size greater than 51,200 bytes must be deployed via an S3
    // Bucket", aws-cli; CloudFormation quotas: template body in a request 51,200 bytes).
    const bytes = statSync(join(process.cwd(), 'cloudformation', 'bootstrap.yaml')).size;
    expect(bytes).toBeLessThanOrEqual(TEMPLATE_BODY_LIMIT);
  });

  it('the service role trusts CloudFormation only, of this account', async () => {
    const trust = trustFor({}, 'CloudFormationRole');
    const assume = (service: string, context: Record<string, string> = {}): Request => ({
      principal: { service },
      action: 'sts:AssumeRole',
      context,
    });
    expect(await decide(trust, assume('cloudformation.amazonaws.com'))).toBe('allow');
    expect(
      await decide(trust, assume('cloudformation.amazonaws.com', { 'aws:SourceAccount': ACCOUNT })),
    ).toBe('allow');
    expect(
      await decide(
        trust,
        assume('cloudformation.amazonaws.com', { 'aws:SourceAccount': '999999999999' }),
      ),
    ).toBe('implicit-deny');
    expect(await decide(trust, assume('lambda.amazonaws.com'))).toBe('implicit-deny');
    expect(
      resolved(
        jsonAt(bootstrap, 'Resources', 'CloudFormationRole', 'Properties', 'RoleName'),
        bootstrapScope('docs'),
      ),
    ).toBe('docs-cloudformation');
  });
});

describe('outputs', () => {
  it.each([
    ['edge', edge],
    ['site', site],
    ['bootstrap', bootstrap],
  ])('%s.yaml has no Output about passwords, hashes or secrets', (_name, template) => {
    // The one exception: the users secret's ARN (Ref of an AWS::SecretsManager::Secret is its
    // ARN), which names where the users live and reveals none of them.
    const { UsersSecretArn, ...others } = isJsonObject(template.Outputs) ? template.Outputs : {};
    if (UsersSecretArn !== undefined) {
      expect(jsonAt(UsersSecretArn, 'Value')).toEqual({ Ref: 'UsersSecret' });
      expect(jsonAt(template.Resources, 'UsersSecret', 'Type')).toBe('AWS::SecretsManager::Secret');
      expect(JSON.stringify(UsersSecretArn)).not.toMatch(/password|passwd|hash|resolve|EDGE_CODE/i);
    }
    const outputs = JSON.stringify(others);
    expect(outputs).not.toMatch(/password|passwd|hash|sha256|secret|credential|EDGE_CODE/i);
  });

  it('names the outputs the action reads', async () => {
    expect(Object.keys(objectAt(edge, 'Outputs'))).toEqual([
      'EdgeFunctionVersionArn',
      'UsersSecretArn',
      'WebAclArn',
    ]);
    expect(Object.keys(objectAt(site, 'Outputs')).sort()).toEqual([
      'BucketName',
      'DistributionDomainName',
      'DistributionId',
      'ShareKeyAId',
      'ShareKeyBId',
      'ShareKeyCId',
      'Url',
      'UsersStoreArn',
    ]);
    expect(Object.keys(objectAt(bootstrap, 'Outputs'))).toEqual(
      expect.arrayContaining(['DeployRoleArn', 'CloudFormationRoleArn', 'PlanRoleArn']),
    );
  });
});

describe('bootstrap.yaml: the edge: function runtime (issue 14)', () => {
  // The bootstrap stack creates the store (CreateUsersStore, default 'true'); its ARN ends in a
  // random id, sampled per site (helpers/iam.ts usersStoreArn).
  const STORE = usersStoreArn('docs');
  const OTHER_STORE = usersStoreArn('docs-site');
  const BY_NAME = (name: string): string =>
    `arn:aws:cloudfront::${ACCOUNT}:key-value-store/${name}`;
  const policyWith = (roleName: BootstrapRoleName, parameters: Record<string, string>): Role =>
    bootstrapRole(roleName, 'docs', parameters);
  const deploy = policyWith('DeployRole', {});
  const secretIn = (region: string, name: string): string =>
    `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-AbCdEf`;
  const KVS_ACTIONS = [
    'cloudfront-keyvaluestore:DescribeKeyValueStore',
    'cloudfront-keyvaluestore:ListKeys',
    'cloudfront-keyvaluestore:UpdateKeys',
  ];

  it("the deploy role reads and writes the keys of exactly its bootstrap's store, from the first deploy", async () => {
    for (const action of KVS_ACTIONS) {
      expect(await allows(deploy, action, STORE)).toBe(true);
      expect(await allows(deploy, action, OTHER_STORE)).toBe(false);
    }
    // Nothing but those three: no single-key writes, no reads of one key.
    for (const action of ['PutKey', 'DeleteKey', 'GetKey']) {
      expect(await allows(deploy, `cloudfront-keyvaluestore:${action}`, STORE)).toBe(false);
    }
    const kvsActions = statementsOf(deploy.policy).flatMap((st) =>
      strings(st.Action).filter((a) => a.startsWith('cloudfront-keyvaluestore:')),
    );
    expect(kvsActions.sort()).toEqual([...KVS_ACTIONS].sort());
    // The grant is the store's own ARN, known when the bootstrap is deployed: no parameter.
    expect(jsonAt(bootstrap, 'Parameters', 'UsersStoreArn')).toBeUndefined();
    expect(objectAt(bootstrap, 'Resources', 'UsersStore')).toMatchObject({
      Type: 'AWS::CloudFront::KeyValueStore',
      Condition: 'HasUsersStore',
      Properties: { Name: { 'Fn::Sub': '${StackName}-users' } },
    });
    expect(objectAt(bootstrap, 'Parameters', 'CreateUsersStore')).toMatchObject({
      Default: 'true',
      AllowedValues: ['true', 'false'],
    });
  });

  it('the deploy role finds its store by name, and only its store', async () => {
    // CloudFront's DescribeKeyValueStore (control plane): on the store's ARN (its id), and on
    // the ARN the Service Authorization Reference writes with the name (key-value-store/${Name}).
    for (const arn of [STORE, BY_NAME('docs-users')]) {
      expect(await allows(deploy, 'cloudfront:DescribeKeyValueStore', arn)).toBe(true);
    }
    for (const arn of [OTHER_STORE, BY_NAME('docs-site-users'), BY_NAME('docs-users2')]) {
      expect({
        arn,
        allowed: await allows(deploy, 'cloudfront:DescribeKeyValueStore', arn),
      }).toEqual({ arn, allowed: false });
    }
    for (const action of ['UpdateKeyValueStore', 'DeleteKeyValueStore', 'CreateKeyValueStore']) {
      expect(await allows(deploy, `cloudfront:${action}`, STORE)).toBe(false);
    }
  });

  it('no store access at all with CreateUsersStore=false, and none for plan', async () => {
    const lambdaOnly = policyWith('DeployRole', { CreateUsersStore: 'false' });
    const plan = policyWith('PlanRole', {});
    for (const action of [...KVS_ACTIONS, 'cloudfront:DescribeKeyValueStore']) {
      expect(await allows(lambdaOnly, action, STORE)).toBe(false);
      expect(await allows(plan, action, STORE)).toBe(false);
    }
    expect(
      await allows(plan, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper')),
    ).toBe(false);
    expect(
      await allows(plan, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/users')),
    ).toBe(false);
  });

  it("the deploy role reads this site's pepper and users secret in the site region only", async () => {
    expect(
      await allows(deploy, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper')),
    ).toBe(true);
    expect(
      await allows(deploy, 'secretsmanager:PutSecretValue', secretIn(REGION, 'docs/pepper')),
    ).toBe(false);
    expect(
      await allows(deploy, 'secretsmanager:PutSecretValue', secretIn(REGION, 'docs/users')),
    ).toBe(true);
    for (const foreign of [
      secretIn(REGION, 'docs-site/pepper'),
      secretIn(REGION, 'docs/pepperoni'),
      secretIn('us-east-1', 'docs/pepper'),
      secretIn('eu-west-1', 'docs/users'),
      secretIn(REGION, 'docs-x/users'),
    ]) {
      expect({
        foreign,
        allowed: await allows(deploy, 'secretsmanager:GetSecretValue', foreign),
      }).toEqual({ foreign, allowed: false });
    }
  });

  it('the service role manages the CloudFront Functions by their exact names only', async () => {
    const service = policyWith('CloudFormationRole', {});
    const fn = (name: string): string => `arn:aws:cloudfront::${ACCOUNT}:function/${name}`;
    // CreateFunction has no resource type in the Service Authorization Reference: IAM decides
    // it on `*`, whatever the name, so no policy can scope it to a name. It is allowed (a
    // create reaches no existing function); every action on an existing function is scoped.
    expect(await wildcardOnly('cloudfront:CreateFunction')).toBe(true);
    expect(await allows(service, 'cloudfront:CreateFunction', fn(`docs-site-${REGION}`))).toBe(
      true,
    );
    for (const action of [
      'cloudfront:DescribeFunction',
      'cloudfront:UpdateFunction',
      'cloudfront:PublishFunction',
      'cloudfront:DeleteFunction',
      'cloudfront:TagResource',
      'cloudfront:UntagResource',
    ]) {
      // The viewer-request function, the viewer-response one (site.yaml ResponseFunction,
      // `<StackName>-site-<Region>-response`) and the login one (LoginFunction, `-login`).
      expect(await allows(service, action, fn(`docs-site-${REGION}`))).toBe(true);
      expect(await allows(service, action, fn(`docs-site-${REGION}-response`))).toBe(true);
      expect(await allows(service, action, fn(`docs-site-${REGION}-login`))).toBe(true);
      for (const other of [
        `docs-site-site-${REGION}`,
        `docs-site-${REGION}-x`,
        `docs-site-${REGION}-responses`,
        `docs-site-${REGION}-response-x`,
        `other-site-${REGION}-response`,
        `docs-site-${REGION}-logins`,
        `docs-site-${REGION}-login-x`,
        `other-site-${REGION}-login`,
        'payments',
      ]) {
        expect({ action, other, allowed: await allows(service, action, fn(other)) }).toEqual({
          action,
          other,
          allowed: false,
        });
      }
    }
    // CloudFormation resolves the pepper's dynamic reference with this role: it may read it.
    expect(
      await allows(service, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper')),
    ).toBe(true);
    expect(
      await allows(service, 'secretsmanager:GetSecretValue', secretIn(REGION, 'prod/db')),
    ).toBe(false);
    // The workflow roles never touch functions or store resources themselves.
    for (const role of [deploy, policyWith('PlanRole', {})]) {
      expect(await allows(role, 'cloudfront:UpdateFunction', fn(`docs-site-${REGION}`))).toBe(
        false,
      );
      expect(
        await allows(role, 'cloudfront:UpdateFunction', fn(`docs-site-${REGION}-response`)),
      ).toBe(false);
      expect(await allows(role, 'cloudfront:UpdateFunction', fn(`docs-site-${REGION}-login`))).toBe(
        false,
      );
      expect(await allows(role, 'cloudfront:DeleteKeyValueStore', STORE)).toBe(false);
    }
  });

  it("site.yaml's UsersStoreArn accepts only a KeyValueStore ARN, and the function runtime needs it", async () => {
    const pattern = new RegExp(
      String(objectAt(site, 'Parameters', 'UsersStoreArn').AllowedPattern),
    );
    expect(pattern.test('')).toBe(true);
    expect(pattern.test(STORE)).toBe(true);
    expect(pattern.test(`arn:aws:cloudfront::${ACCOUNT}:key-value-store/*`)).toBe(false);
    expect(pattern.test('*')).toBe(false);
    const siteParameters = { SiteName: 'docs', EdgeRuntime: 'function' };
    expect(parameterProblems(site, siteParameters).join('\n')).toMatch(/needs UsersStoreArn/);
    expect(parameterProblems(site, { ...siteParameters, UsersStoreArn: STORE })).toEqual([]);
    expect(
      parameterProblems(site, {
        SiteName: 'docs',
        PrepareFunction: 'true',
        EdgeFunctionVersionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:docs-edge-viewer-request:3`,
      }).join('\n'),
    ).toMatch(/needs UsersStoreArn/);
  });
});
