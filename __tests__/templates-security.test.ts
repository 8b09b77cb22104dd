/**
 * The security properties the templates promise, one assertion each. Policies are not only
 * inspected but evaluated: the test resolves the intrinsics with sample values and runs requests
 * through a small IAM evaluator (Allow/Deny, Principal, Action, Resource, StringEquals,
 * StringLike, Bool), so "viewers never get the manifest" is checked as a decision, not a string.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { isJsonObject, jsonAt, objectAt, type Json, type JsonObject } from '../src/synth/json.js';
import { loadTemplate, type Template } from '../src/synth/template.js';

const load = (name: string): Template =>
  loadTemplate(join(process.cwd(), 'cloudformation', `${name}.yaml`));
const edge = load('edge');
const site = load('site');
const bootstrap = load('bootstrap');

const ACCOUNT = '123456789012';
const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const strings = (value: Json | undefined): string[] =>
  asList(value).filter((v): v is string => typeof v === 'string');

// ---------------------------------------------------------------------------------------------
// Intrinsic resolution with sample values

interface Scope {
  refs: Record<string, string>;
  attrs: Record<string, string>;
  conditions: Record<string, boolean>;
}

const NO_VALUE = Symbol('AWS::NoValue');
type Resolved = Json | typeof NO_VALUE;

function resolve(value: Json, scope: Scope): Resolved {
  if (Array.isArray(value)) {
    return value.map((v) => resolve(v, scope)).filter((v): v is Json => v !== NO_VALUE);
  }
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  const [fn] = keys;
  if (keys.length === 1 && fn !== undefined) {
    const args = value[fn] ?? null;
    const lookup = (table: Record<string, string>, name: string): string => {
      const found = table[name];
      if (found === undefined) throw new Error(`no sample value for ${name}`);
      return found;
    };
    switch (fn) {
      case 'Ref':
        if (args === 'AWS::NoValue') return NO_VALUE;
        return lookup(scope.refs, String(args));
      case 'Fn::GetAtt':
        return lookup(scope.attrs, strings(args).join('.'));
      case 'Fn::Sub': {
        const text = Array.isArray(args) ? args[0] : args;
        if (typeof text !== 'string') throw new Error('Fn::Sub without a string');
        return text.replace(/\$\{([^}!][^}]*)\}/g, (_m, name: string) =>
          name.includes('.') && !name.startsWith('AWS::')
            ? lookup(scope.attrs, name)
            : lookup(scope.refs, name),
        );
      }
      case 'Fn::If': {
        const [name, then, otherwise] = asList(args);
        const chosen = scope.conditions[String(name)] === true ? then : otherwise;
        return resolve(chosen ?? null, scope);
      }
      case 'Fn::Join': {
        const [separator, items] = asList(args);
        const parts = resolve(items ?? [], scope);
        return Array.isArray(parts) ? parts.map(String).join(String(separator)) : '';
      }
    }
  }
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolve(item, scope);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

function resolved(value: Json | undefined, scope: Scope): Json {
  const result = resolve(value ?? null, scope);
  if (result === NO_VALUE) throw new Error('resolved to AWS::NoValue');
  return result;
}

/** Evaluate a template's Conditions for parameter values (defaults filled in). */
function evaluateConditions(
  template: Template,
  parameters: Record<string, string>,
): Scope['conditions'] {
  const values: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(objectAt(template, 'Parameters'))) {
    const fallback = jsonAt(parameter, 'Default');
    const value = parameters[name] ?? (typeof fallback === 'string' ? fallback : undefined);
    if (value !== undefined) values[name] = value;
  }
  const definitions = isJsonObject(template.Conditions) ? template.Conditions : {};
  const results: Record<string, boolean> = {};
  const value = (node: Json): string => {
    if (typeof node === 'string') return node;
    const ref = jsonAt(node, 'Ref');
    if (typeof ref === 'string' && values[ref] !== undefined) return values[ref];
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const test = (node: Json): boolean => {
    const [fn] = Object.keys(isJsonObject(node) ? node : {});
    const args = asList(jsonAt(node, fn ?? ''));
    switch (fn) {
      case 'Fn::Equals':
        return value(args[0] ?? null) === value(args[1] ?? null);
      case 'Fn::Not':
        return !test(args[0] ?? null);
      case 'Fn::And':
        return args.every(test);
      case 'Fn::Or':
        return args.some(test);
      case 'Condition':
        return condition(String(jsonAt(node, 'Condition')));
    }
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const condition = (name: string): boolean => {
    results[name] ??= test(definitions[name] ?? null);
    return results[name];
  };
  for (const name of Object.keys(definitions)) condition(name);
  return results;
}

// ---------------------------------------------------------------------------------------------
// A small IAM evaluator

interface Request {
  principal: { service: string } | { aws: string } | { federated: string };
  action: string;
  resource?: string;
  context?: Record<string, string | string[]>;
}

function wildcard(pattern: string, text: string, ignoreCase = false): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'si' : 's').test(text);
}

function principalMatches(principal: Json | undefined, request: Request): boolean {
  if (principal === '*') return true;
  if (!isJsonObject(principal)) return false;
  const p = request.principal;
  if ('service' in p) return strings(principal.Service).includes(p.service);
  if ('federated' in p) return strings(principal.Federated).includes(p.federated);
  return strings(principal.AWS).some((a) => a === '*' || a === p.aws);
}

function conditionMatches(
  condition: Json | undefined,
  context: Record<string, string | string[]>,
): boolean {
  for (const [operator, tests] of Object.entries(isJsonObject(condition) ? condition : {})) {
    for (const [key, expected] of Object.entries(isJsonObject(tests) ? tests : {})) {
      const actual = context[key];
      if (actual === undefined) return false;
      const actuals = Array.isArray(actual) ? actual : [actual];
      const wanted = strings(expected);
      const match = (a: string): boolean => {
        switch (operator) {
          case 'StringEquals':
          case 'Bool':
            return wanted.includes(a);
          case 'StringLike':
            return wanted.some((w) => wildcard(w, a));
          default:
            throw new Error(`operator ${operator} not modelled`);
        }
      };
      if (!actuals.some(match)) return false;
    }
  }
  return true;
}

function decide(
  document: Json,
  request: Request,
  identityPolicy = false,
): 'allow' | 'deny' | 'implicit-deny' {
  let allowed = false;
  for (const statement of asList(jsonAt(document, 'Statement'))) {
    if (!isJsonObject(statement)) continue;
    if (!identityPolicy && !principalMatches(statement.Principal, request)) continue;
    if (!strings(statement.Action).some((a) => wildcard(a, request.action, true))) continue;
    if (request.resource !== undefined && statement.Resource !== undefined) {
      if (!strings(statement.Resource).some((r) => wildcard(r, request.resource ?? ''))) continue;
    }
    if (!conditionMatches(statement.Condition, request.context ?? {})) continue;
    if (statement.Effect === 'Deny') return 'deny';
    if (statement.Effect === 'Allow') allowed = true;
  }
  return allowed ? 'allow' : 'implicit-deny';
}

function statementsOf(document: Json | undefined): JsonObject[] {
  return asList(jsonAt(document, 'Statement')).filter(isJsonObject);
}

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
  const behaviors = [distribution.DefaultCacheBehavior, ...asList(distribution.CacheBehaviors)];
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

  it('blocks all four kinds of public access', () => {
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('enforces bucket-owner ownership (ACLs disabled)', () => {
    expect(jsonAt(bucket, 'OwnershipControls', 'Rules')).toEqual([
      { ObjectOwnership: 'BucketOwnerEnforced' },
    ]);
  });

  it('encrypts at rest with SSE-S3', () => {
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

  it('denies every request without TLS, to anyone, on the bucket and its objects', () => {
    for (const resource of [BUCKET_ARN, `${BUCKET_ARN}/index.html`]) {
      const request: Request = {
        principal: { service: 'cloudfront.amazonaws.com' },
        action: 's3:GetObject',
        resource,
        context: { 'AWS:SourceArn': DISTRIBUTION_ARN, 'aws:SecureTransport': 'false' },
      };
      expect(decide(policy, request)).toBe('deny');
      expect(
        decide(policy, { ...request, principal: { aws: `arn:aws:iam::${ACCOUNT}:root` } }),
      ).toBe('deny');
    }
  });

  it('uses an Origin Access Control that always signs with SigV4, for an S3 origin', () => {
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

  it('lets CloudFront read (GetObject) and list (ListBucket) only for this distribution', () => {
    expect(decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/index.html`))).toBe('allow');
    expect(decide(policy, viaCloudFront('s3:ListBucket', BUCKET_ARN))).toBe('allow');
    const other = `arn:aws:cloudfront::${ACCOUNT}:distribution/EOTHER`;
    expect(decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/index.html`, other))).toBe(
      'implicit-deny',
    );
    expect(decide(policy, viaCloudFront('s3:ListBucket', BUCKET_ARN, other))).toBe('implicit-deny');
    expect(decide(policy, viaCloudFront('s3:PutObject', `${BUCKET_ARN}/index.html`))).toBe(
      'implicit-deny',
    );
    for (const statement of statementsOf(policy).filter((s) => s.Effect === 'Allow')) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(jsonAt(statement, 'Condition', 'StringEquals', 'AWS:SourceArn')).toBe(
        DISTRIBUTION_ARN,
      );
    }
  });

  it('never gives the sync manifest (.secure-dist/*) to CloudFront', () => {
    for (const key of ['.secure-dist/manifest.json', '.secure-dist/x/y']) {
      expect(decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/${key}`))).toBe('deny');
    }
    expect(
      decide(policy, viaCloudFront('s3:GetObject', `${BUCKET_ARN}/docs/.secure-dist.html`)),
    ).toBe('allow');
  });

  it('grants nothing to anyone else', () => {
    const request: Request = {
      principal: { aws: '*' },
      action: 's3:GetObject',
      resource: `${BUCKET_ARN}/index.html`,
      context: { 'aws:SecureTransport': 'true' },
    };
    expect(decide(policy, request)).toBe('implicit-deny');
  });

  it('redirects HTTP to HTTPS on every cache behavior', () => {
    expect(behaviors.length).toBeGreaterThanOrEqual(1);
    for (const behavior of behaviors)
      expect(jsonAt(behavior, 'ViewerProtocolPolicy')).toBe('redirect-to-https');
  });

  it('runs the edge function at viewer-request on every cache behavior', () => {
    for (const behavior of behaviors) {
      const associations = asList(jsonAt(behavior, 'LambdaFunctionAssociations'));
      expect(associations).toContainEqual(
        expect.objectContaining({
          EventType: 'viewer-request',
          LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
        }),
      );
    }
  });

  it('sends security headers (HSTS, nosniff, frame options, referrer policy)', () => {
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

  it('serves TLS 1.2+ with SNI on a custom domain, else the CloudFront certificate', () => {
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

  it("uses the site's own cache policy (templates-spec.test.ts), HTTP/2+3, IPv6 and index.html", () => {
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

  it('keeps every published version on replace and on delete (replicas outlive them)', () => {
    const version = objectAt(resources, 'EdgeFunctionVersion');
    expect(version.Type).toBe('AWS::Lambda::Version');
    expect(version.DeletionPolicy).toBe('Retain');
    expect(version.UpdateReplacePolicy).toBe('Retain');
  });

  it('replaces the version when the code changes (its Description carries the code hash)', () => {
    expect(jsonAt(resources, 'EdgeFunctionVersion', 'Properties', 'Description')).toMatch(
      /@@EDGE_CODE_SHA256@@/,
    );
  });

  it('trusts exactly lambda.amazonaws.com and edgelambda.amazonaws.com', () => {
    const trust = statementsOf(role.AssumeRolePolicyDocument);
    expect(trust).toHaveLength(1);
    expect(trust[0]?.Effect).toBe('Allow');
    expect(strings(jsonAt(trust[0], 'Action'))).toEqual(['sts:AssumeRole']);
    expect(strings(jsonAt(trust[0], 'Principal', 'Service')).sort()).toEqual([
      'edgelambda.amazonaws.com',
      'lambda.amazonaws.com',
    ]);
  });

  it('gives the function log permissions only', () => {
    expect(role.ManagedPolicyArns).toBeUndefined();
    const actions = asList(role.Policies)
      .flatMap((p) => statementsOf(jsonAt(p, 'PolicyDocument')))
      .flatMap((s) => strings(s.Action));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions)
      expect(action).toMatch(/^logs:(CreateLogGroup|CreateLogStream|PutLogEvents)$/);
  });

  it('keeps the users secret only on request, named <stack-name>/basic-auth, static and empty', () => {
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

  it('fits a viewer trigger: 128 MB, at most 5 s, index.handler, x86_64', () => {
    const fn = objectAt(resources, 'EdgeFunction', 'Properties');
    expect(fn.MemorySize).toBe(128);
    expect(fn.Timeout).toBeLessThanOrEqual(5);
    expect(fn.Handler).toBe('index.handler');
    expect(fn.Architectures).toEqual(['x86_64']);
    expect(fn.Environment).toBeUndefined();
  });
});

describe('bootstrap.yaml', () => {
  const role = objectAt(bootstrap, 'Resources', 'DeployRole', 'Properties');
  const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
  const base = { GitHubOrg: 'octo', RepositoryName: 'site' };

  function trustFor(parameters: Record<string, string>, roleName = 'DeployRole'): Json {
    const role = objectAt(bootstrap, 'Resources', roleName, 'Properties');
    const conditions = evaluateConditions(bootstrap, { ...base, ...parameters });
    const refs: Record<string, string> = {
      GitHubOidcProvider: PROVIDER,
      ExistingOidcProviderArn: PROVIDER,
    };
    for (const [name, p] of Object.entries(objectAt(bootstrap, 'Parameters'))) {
      const fallback = jsonAt(p, 'Default');
      const value =
        parameters[name] ??
        (base as Record<string, string>)[name] ??
        (typeof fallback === 'string' ? fallback : undefined);
      if (value !== undefined) refs[name] = value;
    }
    return resolved(role.AssumeRolePolicyDocument, { refs, attrs: {}, conditions });
  }
  const token = (sub: string, aud = 'sts.amazonaws.com'): Request => ({
    principal: { federated: PROVIDER },
    action: 'sts:AssumeRoleWithWebIdentity',
    context: {
      'token.actions.githubusercontent.com:sub': sub,
      'token.actions.githubusercontent.com:aud': aud,
    },
  });

  it('trusts only the repository, its branch, with audience sts.amazonaws.com', () => {
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
    expect(decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('allow');
    expect(
      decide(trust, token('repo:octo/site:ref:refs/heads/main', 'https://github.com/octo')),
    ).toBe('implicit-deny');
    for (const sub of [
      'repo:octo/site:ref:refs/heads/feature',
      'repo:octo/site:pull_request',
      'repo:octo/other:ref:refs/heads/main',
      'repo:evil/site:ref:refs/heads/main',
      'repo:octo/site:environment:production',
    ]) {
      expect({ sub, decision: decide(trust, token(sub)) }).toEqual({
        sub,
        decision: 'implicit-deny',
      });
    }
  });

  it('creates a plan role only on request, trusted by pull requests of the repository alone', () => {
    expect(jsonAt(bootstrap, 'Resources', 'PlanRole', 'Condition')).toBe('PlanRoleWanted');
    expect(evaluateConditions(bootstrap, base).PlanRoleWanted).toBe(false);
    expect(
      evaluateConditions(bootstrap, { ...base, AllowPullRequestPlans: 'true' }).PlanRoleWanted,
    ).toBe(true);
    const trust = trustFor({ AllowPullRequestPlans: 'true' }, 'PlanRole');
    expect(decide(trust, token('repo:octo/site:pull_request'))).toBe('allow');
    for (const sub of [
      'repo:octo/site:ref:refs/heads/main',
      'repo:evil/site:pull_request',
      'repo:octo/other:pull_request',
    ]) {
      expect({ sub, decision: decide(trust, token(sub)) }).toEqual({
        sub,
        decision: 'implicit-deny',
      });
    }
    const ids = trustFor(
      { AllowPullRequestPlans: 'true', OwnerId: '1', RepositoryId: '2' },
      'PlanRole',
    );
    expect(decide(ids, token('repo:octo@1/site@2:pull_request'))).toBe('allow');
    expect(decide(ids, token('repo:octo@9/site@2:pull_request'))).toBe('implicit-deny');
  });

  it('the plan role can look but never change: no execute, no delete, no writes, no secrets', () => {
    const actions = policies({
      Resources: { PlanRole: objectAt(bootstrap, 'Resources', 'PlanRole') },
    }).flatMap((st) => strings(st.Action));
    expect(actions).toEqual(
      expect.arrayContaining([
        'cloudformation:CreateChangeSet',
        'cloudformation:DeleteChangeSet',
        's3:ListBucket',
      ]),
    );
    for (const a of actions) {
      expect(a).not.toMatch(
        /ExecuteChangeSet|DeleteStack|UpdateStack|CreateStack|secretsmanager:|s3:Put|s3:Delete|iam:|lambda:|cloudfront:|\*/,
      );
    }
  });

  it('accepts an environment instead of (or as well as) a branch', () => {
    const trust = trustFor({ Branch: '', Environment: 'production' });
    expect(decide(trust, token('repo:octo/site:environment:production'))).toBe('allow');
    expect(decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('implicit-deny');
  });

  it('accepts the immutable sub form for the given ids only, exactly', () => {
    const ids = { OwnerId: '123456', RepositoryId: '456789' };
    const trust = trustFor(ids);
    expect(decide(trust, token('repo:octo@123456/site@456789:ref:refs/heads/main'))).toBe('allow');
    expect(decide(trust, token('repo:octo/site:ref:refs/heads/main'))).toBe('allow');
    // A re-created owner or repository with the same name gets new ids.
    expect(decide(trust, token('repo:octo@999/site@456789:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );
    expect(decide(trust, token('repo:octo@123456/site@1:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );

    const immutableOnly = trustFor({ ...ids, AcceptClassicSubject: 'false' });
    expect(decide(immutableOnly, token('repo:octo@123456/site@456789:ref:refs/heads/main'))).toBe(
      'allow',
    );
    expect(decide(immutableOnly, token('repo:octo/site:ref:refs/heads/main'))).toBe(
      'implicit-deny',
    );
  });

  it('matches sub with StringEquals only (no wildcard pattern anywhere in the trust)', () => {
    const statement = statementsOf(role.AssumeRolePolicyDocument)[0];
    expect(Object.keys(objectAt(statement, 'Condition'))).toEqual(['StringEquals']);
    expect(
      JSON.stringify(trustFor({ OwnerId: '1', RepositoryId: '2', Environment: 'prod' })),
    ).not.toMatch(/\*/);
  });

  const policies = (template: Template): JsonObject[] =>
    Object.values(objectAt(template, 'Resources')).flatMap((resource) => [
      ...statementsOf(jsonAt(resource, 'Properties', 'PolicyDocument')),
      ...asList(jsonAt(resource, 'Properties', 'Policies')).flatMap((p) =>
        statementsOf(jsonAt(p, 'PolicyDocument')),
      ),
    ]);

  it('allows no wildcard resource on iam or cloudformation actions, and no wildcard action', () => {
    const allows = [bootstrap, edge, site].flatMap(policies).filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(10);
    for (const statement of allows) {
      const actions = strings(statement.Action);
      expect(actions).not.toContain('*');
      for (const action of actions) expect(action).not.toMatch(/^[a-z0-9-]+:\*$/);
      if (actions.some((a) => /^(iam|cloudformation):/.test(a))) {
        expect(asList(statement.Resource).length).toBeGreaterThan(0);
        expect(asList(statement.Resource)).not.toContain('*');
      }
    }
  });

  describe('the deploy policy', () => {
    const scope: Scope = {
      refs: {
        'AWS::Partition': 'aws',
        'AWS::AccountId': ACCOUNT,
        StackName: 'secure-dist',
        SiteRegion: 'eu-central-1',
        EdgeRoleBoundary: `arn:aws:iam::${ACCOUNT}:policy/secure-dist-edge-boundary`,
      },
      attrs: {},
      conditions: {},
    };
    const document = {
      Statement: asList(role.Policies).flatMap((p) =>
        statementsOf(resolved(jsonAt(p, 'PolicyDocument'), scope)),
      ),
    };
    const may = (action: string, resource: string, context: Record<string, string> = {}): boolean =>
      decide(document, { principal: { aws: 'self' }, action, resource, context }, true) === 'allow';

    it('manages only the two stacks, each in its region', () => {
      const stack = (region: string, name: string): string =>
        `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/id`;
      expect(may('cloudformation:CreateChangeSet', stack('us-east-1', 'secure-dist-edge'))).toBe(
        true,
      );
      expect(
        may('cloudformation:ExecuteChangeSet', stack('eu-central-1', 'secure-dist-site')),
      ).toBe(true);
      expect(may('cloudformation:CreateChangeSet', stack('us-east-1', 'other'))).toBe(false);
      expect(may('cloudformation:CreateChangeSet', stack('eu-west-1', 'secure-dist-site'))).toBe(
        false,
      );
      expect(may('cloudformation:CreateChangeSet', stack('us-east-1', 'secure-dist-edgeX'))).toBe(
        false,
      );
    });

    it('creates and passes only the edge role, and only inside the boundary', () => {
      const edgeRole = `arn:aws:iam::${ACCOUNT}:role/secure-dist-edge-EdgeFunctionRole-ABC`;
      const boundary = { 'iam:PermissionsBoundary': scope.refs.EdgeRoleBoundary ?? '' };
      expect(may('iam:CreateRole', edgeRole, boundary)).toBe(true);
      expect(may('iam:CreateRole', edgeRole)).toBe(false);
      expect(may('iam:PutRolePolicy', edgeRole)).toBe(false);
      expect(may('iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role/admin`, boundary)).toBe(false);
      expect(may('iam:AttachRolePolicy', edgeRole, boundary)).toBe(false);
      expect(may('iam:DeleteRolePermissionsBoundary', edgeRole)).toBe(false);
      expect(may('iam:PassRole', edgeRole, { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe(
        true,
      );
      expect(may('iam:PassRole', edgeRole, { 'iam:PassedToService': 'ec2.amazonaws.com' })).toBe(
        false,
      );
    });

    it('touches only its function, bucket, secret', () => {
      const fn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:secure-dist-edge-viewer-request`;
      expect(may('lambda:UpdateFunctionCode', fn)).toBe(true);
      expect(may('lambda:EnableReplication', `${fn}:7`)).toBe(true);
      expect(
        may('lambda:UpdateFunctionCode', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:payments`),
      ).toBe(false);
      expect(may('lambda:InvokeFunction', fn)).toBe(false);
      expect(may('s3:PutObject', 'arn:aws:s3:::secure-dist-site-bucket-1x2y/index.html')).toBe(
        true,
      );
      expect(may('s3:PutObject', 'arn:aws:s3:::company-data/index.html')).toBe(false);
      expect(may('s3:PutBucketPolicy', 'arn:aws:s3:::company-data')).toBe(false);
      const secret = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:secure-dist/basic-auth-AbCdEf`;
      for (const action of [
        'CreateSecret',
        'DeleteSecret',
        'DescribeSecret',
        'GetSecretValue',
        'PutSecretValue',
        'UpdateSecret',
        'TagResource',
        'UntagResource',
      ]) {
        expect({ action, allowed: may(`secretsmanager:${action}`, secret) }).toEqual({
          action,
          allowed: true,
        });
      }
      expect(may('secretsmanager:DeleteResourcePolicy', secret)).toBe(false);
      expect(may('secretsmanager:PutResourcePolicy', secret)).toBe(false);
      expect(
        may(
          'secretsmanager:GetSecretValue',
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:secure-dist/basic-authority-AbCdEf`,
        ),
      ).toBe(false);
      expect(
        may(
          'secretsmanager:GetSecretValue',
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:secure-dist/basic-auth-x-AbCdEf`,
        ),
      ).toBe(false);
      expect(
        may(
          'secretsmanager:GetSecretValue',
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/db-AbCdEf`,
        ),
      ).toBe(false);
      expect(may('secretsmanager:GetSecretValue', secret.replace('us-east-1', 'eu-west-1'))).toBe(
        false,
      );
      expect(
        may('cloudfront:CreateInvalidation', `arn:aws:cloudfront::${ACCOUNT}:distribution/E1`),
      ).toBe(true);
    });
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

  it('names the outputs the action reads', () => {
    expect(Object.keys(objectAt(edge, 'Outputs'))).toEqual([
      'EdgeFunctionVersionArn',
      'UsersSecretArn',
    ]);
    expect(Object.keys(objectAt(site, 'Outputs')).sort()).toEqual([
      'BucketName',
      'DistributionDomainName',
      'DistributionId',
      'Url',
    ]);
    expect(Object.keys(objectAt(bootstrap, 'Outputs'))).toContain('DeployRoleArn');
  });
});
