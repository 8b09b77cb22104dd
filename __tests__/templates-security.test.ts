/**
 * The security properties the templates promise, one assertion each. Policies are not only
 * inspected but evaluated: the test resolves the intrinsics with sample values and runs requests
 * through a small IAM evaluator (Allow/Deny, Principal, Action, Resource, and the condition
 * operators the templates use: StringEquals, StringLike (with `*` and `?`), StringNotLike,
 * ArnLike, Bool, Null and the IfExists forms, on keys such as aws:ResourceTag/…,
 * aws:RequestTag/…, iam:PassedToService), so "viewers never get the manifest" and "site docs
 * cannot touch site docs-site" are checked as decisions, not strings.
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
        const variables: Record<string, string> = {};
        const map = Array.isArray(args) ? args[1] : undefined;
        for (const [name, item] of Object.entries(isJsonObject(map) ? map : {})) {
          variables[name] = String(resolved(item, scope));
        }
        return text.replace(
          /\$\{([^}!][^}]*)\}/g,
          (_m, name: string) =>
            variables[name] ??
            (name.includes('.') && !name.startsWith('AWS::')
              ? lookup(scope.attrs, name)
              : lookup(scope.refs, name)),
        );
      }
      case 'Fn::Split': {
        const [separator, source] = asList(args);
        return String(resolved(source ?? '', scope)).split(String(separator));
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
    const value =
      parameters[name] ??
      (typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : undefined);
    if (value !== undefined) values[name] = value;
  }
  const definitions = isJsonObject(template.Conditions) ? template.Conditions : {};
  const results: Record<string, boolean> = {};
  const value = (node: Json): string => {
    if (typeof node === 'string' || typeof node === 'number') return String(node);
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

/**
 * IAM's condition operators as the templates use them. A missing key: false for the positive
 * operators, true for the negated ones and for every `…IfExists`; `Null` tests presence.
 * Several values in the request (a multi-valued key) match when any of them does.
 */
function conditionMatches(
  condition: Json | undefined,
  context: Record<string, string | string[]>,
): boolean {
  for (const [rawOperator, tests] of Object.entries(isJsonObject(condition) ? condition : {})) {
    const ifExists = rawOperator.endsWith('IfExists');
    const operator = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    for (const [key, expected] of Object.entries(isJsonObject(tests) ? tests : {})) {
      const actual = context[key];
      const wanted = strings(expected);
      if (operator === 'Null') {
        if (wanted.includes('true') !== (actual === undefined)) return false;
        continue;
      }
      const negated = operator.startsWith('StringNot') || operator.startsWith('ArnNot');
      if (actual === undefined) {
        if (ifExists || negated) continue;
        return false;
      }
      const actuals = Array.isArray(actual) ? actual : [actual];
      const match = (a: string): boolean => {
        switch (operator) {
          case 'StringEquals':
          case 'ArnEquals':
          case 'Bool':
            return wanted.includes(a);
          case 'StringLike':
          case 'ArnLike':
            return wanted.some((w) => wildcard(w, a));
          case 'StringNotEquals':
            return !wanted.includes(a);
          case 'StringNotLike':
            return !wanted.some((w) => wildcard(w, a));
          default:
            throw new Error(`operator ${rawOperator} not modelled`);
        }
      };
      if (negated ? !actuals.every(match) : !actuals.some(match)) return false;
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

const REGION = 'eu-central-1';
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const BASE_PARAMETERS = { GitHubOrg: 'octo', RepositoryName: 'site' };

/** Every value a bootstrap intrinsic may ask for, for the site `stackName`. */
function bootstrapScope(stackName: string, parameters: Record<string, string> = {}): Scope {
  const refs: Record<string, string> = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': ACCOUNT,
    'AWS::NoValue': '',
    GitHubOidcProvider: PROVIDER,
    EdgeRoleBoundary: `arn:aws:iam::${ACCOUNT}:policy/${stackName}-edge-boundary`,
  };
  const given: Record<string, string> = {
    ...BASE_PARAMETERS,
    StackName: stackName,
    SiteRegion: REGION,
    ...parameters,
  };
  for (const [name, p] of Object.entries(objectAt(bootstrap, 'Parameters'))) {
    const fallback = jsonAt(p, 'Default');
    const value = given[name] ?? (typeof fallback === 'string' ? fallback : undefined);
    if (value !== undefined) refs[name] = value;
  }
  return {
    refs,
    attrs: {
      'CloudFormationRole.Arn': `arn:aws:iam::${ACCOUNT}:role/${stackName}-cloudformation`,
    },
    conditions: evaluateConditions(bootstrap, given),
  };
}

/** A bootstrap role's permissions (all its inline policies, resolved) for the site `stackName`. */
function bootstrapPolicy(roleName: string, stackName: string): Json {
  const scope = bootstrapScope(stackName, { AllowPullRequestPlans: 'true' });
  const role = objectAt(bootstrap, 'Resources', roleName, 'Properties');
  return {
    Statement: asList(role.Policies).flatMap((p) =>
      statementsOf(resolved(jsonAt(p, 'PolicyDocument'), scope)),
    ),
  };
}

/** A bootstrap role's trust policy for these parameters. */
function bootstrapTrust(roleName: string, parameters: Record<string, string> = {}): Json {
  const role = objectAt(bootstrap, 'Resources', roleName, 'Properties');
  return resolved(role.AssumeRolePolicyDocument, bootstrapScope('secure-dist', parameters));
}

function allows(
  policy: Json,
  action: string,
  resource: string,
  context: Record<string, string> = {},
): boolean {
  return (
    decide(policy, { principal: { aws: 'self' }, action, resource, context }, true) === 'allow'
  );
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
  // CacheBehaviors is conditional (the `/_share/*` behavior, share links): check its list.
  const conditional = jsonAt(distribution, 'CacheBehaviors', 'Fn::If');
  const behaviors = [
    distribution.DefaultCacheBehavior,
    ...asList(Array.isArray(conditional) ? conditional[1] : distribution.CacheBehaviors),
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

  it('runs the edge function at viewer-request on every cache behavior (either runtime)', () => {
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
      expect(jsonAt(behavior, 'FunctionAssociations', 'Fn::If', 0)).toBe('UseFunction');
      expect(asList(jsonAt(behavior, 'FunctionAssociations', 'Fn::If', 1))).toContainEqual({
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': ['ViewerFunction', 'FunctionARN'] },
      });
      expect(objectAt(site, 'Parameters', 'EdgeRuntime').AllowedValues).toEqual([
        'lambda',
        'function',
      ]);
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

  it('deletes the users secret when the create that made it rolls back, keeps it otherwise', () => {
    // Issue 9 #1: with Retain, a rolled-back first create left the secret behind and every
    // retry failed on "already exists". RetainExceptOnCreate deletes it on that rollback only.
    const secret = objectAt(resources, 'UsersSecret');
    expect(secret.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(secret.UpdateReplacePolicy).toBe('Retain');
  });

  it('names the execution role <edge stack>-function, the one role the bootstrap lets it create', () => {
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
      allows(service, 'iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role/${name}`, boundary),
    ).toBe(true);
  });

  describe('the rate-limiting web ACL (issue 15 #5)', () => {
    const acl = objectAt(resources, 'RateLimitWebAcl');

    it('exists only with RateLimit > 0, and the site stack gets its ARN as WebACLId', () => {
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

    it('is a CloudFront web ACL named <edge stack>-rate-limit: block one IP above RateLimit per 5 minutes', () => {
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
  const base = BASE_PARAMETERS;

  const trustFor = (parameters: Record<string, string>, roleName = 'DeployRole'): Json =>
    bootstrapTrust(roleName, parameters);
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

  describe('AllowedWorkflows: the job_workflow_ref condition (issue 15 #11)', () => {
    const MAIN = 'repo:octo/site:ref:refs/heads/main';
    const ref = (file: string, repo = 'octo/site', at = 'refs/heads/main'): string =>
      `${repo}/.github/workflows/${file}@${at}`;

    it('empty (the default): any workflow of the trusted branch, no workflow condition at all', () => {
      const trust = trustFor({});
      expect(statementsOf(trust)).toHaveLength(1);
      expect(Object.keys(objectAt(statementsOf(trust)[0], 'Condition'))).toEqual(['StringEquals']);
      expect(decide(trust, token(MAIN, undefined, ref('anything.yml')))).toBe('allow');
    });

    it('set: only the listed files of this repository, on any ref the sub allows', () => {
      const trust = trustFor({
        AllowedWorkflows: '.github/workflows/publish.yml,.github/workflows/rotate.yaml',
      });
      expect(decide(trust, token(MAIN, undefined, ref('publish.yml')))).toBe('allow');
      expect(decide(trust, token(MAIN, undefined, ref('rotate.yaml')))).toBe('allow');
      expect(
        decide(trust, token(MAIN, undefined, ref('publish.yml', 'octo/site', 'refs/tags/v1'))),
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
          decision: decide(trust, token(MAIN, undefined, workflowRef)),
        }).not.toEqual({
          workflowRef,
          decision: 'allow',
        });
      }
      // A token without the claim is refused, not waved through.
      expect(decide(trust, token(MAIN))).not.toBe('allow');
      // The sub still decides the branch.
      expect(
        decide(trust, token('repo:octo/site:ref:refs/heads/dev', undefined, ref('publish.yml'))),
      ).toBe('implicit-deny');
    });

    it('refuses a value that is not a list of .github/workflows/<file>.yml', () => {
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

  it('matches sub with StringEquals only (no wildcard pattern in the sub condition)', () => {
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

  it('allows no wildcard resource on iam or cloudformation actions, and no wildcard action', () => {
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

  it('uses no stack-name prefix pattern: every wildcard follows a character a name cannot hold', () => {
    // `docs-site-*` would reach site `docs-site`'s resources from site `docs`. Allowed before a
    // wildcard: `/` (an id after a name or a type), `:` (versions, log streams, regions), and
    // Secrets Manager's fixed `-??????`.
    for (const roleName of ['DeployRole', 'PlanRole', 'CloudFormationRole']) {
      for (const statement of statementsOf(bootstrapPolicy(roleName, 'docs'))) {
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

  it('holds `*` only for actions without a resource type (share keys, GetRandomPassword), only in the service role', () => {
    for (const roleName of ['DeployRole', 'PlanRole', 'CloudFormationRole']) {
      for (const statement of statementsOf(bootstrapPolicy(roleName, 'docs'))) {
        if (statement.Effect !== 'Allow' || !strings(statement.Resource).includes('*')) continue;
        const actions = strings(statement.Action);
        if (
          actions.length === 1 &&
          actions[0] === 'cloudformation:DescribeStackDriftDetectionStatus'
        )
          continue;
        const unscoped = actions.filter(
          (a) => !SHARE_KEY_ACTIONS.has(a) && a !== 'secretsmanager:GetRandomPassword',
        );
        expect({ roleName, actions: unscoped }).toEqual({
          roleName: 'CloudFormationRole',
          actions: [],
        });
      }
    }
  });

  describe('one site can never reach another (issue 15 #1, #2)', () => {
    // Site `docs` against sites whose names share its prefix, and against its own resources.
    const deploy = bootstrapPolicy('DeployRole', 'docs');
    const plan = bootstrapPolicy('PlanRole', 'docs');
    const service = bootstrapPolicy('CloudFormationRole', 'docs');
    const roles = { deploy, plan, service };
    const everyAction = [
      ...new Set(
        [deploy, plan, service].flatMap((p) => statementsOf(p).flatMap((st) => strings(st.Action))),
      ),
    ]
      .map((a) => a.replace(/\*$/, 'ForLambdaAtEdge'))
      // Takes a drift detection id, never a resource: IAM accepts only `*` for it (see the
      // wildcard test above). It is the one action not scoped to this site.
      .filter((a) => a !== 'cloudformation:DescribeStackDriftDetectionStatus')
      // Share links: public keys and key groups have no IAM resource type, so the service
      // role holds these on `*` (bootstrap.yaml, Sid ShareKeys); they are account-wide.
      .filter((a) => !SHARE_KEY_ACTIONS.has(a))
      // Returns a random string (GenerateSecretString of the pepper, issue 14): no resource
      // type either, and it touches no secret.
      .filter((a) => a !== 'secretsmanager:GetRandomPassword');
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
      (_name, policy) => {
        expect(everyAction.length).toBeGreaterThan(40);
        const allowed: string[] = [];
        for (const [resource, context] of foreign) {
          for (const action of everyAction) {
            // CreateDistribution makes a new distribution: it reaches another site only by
            // claiming that site's tag, which is what is checked for it here.
            const ownCreate =
              action === 'cloudfront:CreateDistribution' &&
              (context['aws:RequestTag/secure-dist-site'] ?? 'docs') === 'docs';
            if (ownCreate) continue;
            if (allows(policy, action, resource, context)) allowed.push(`${action} ${resource}`);
          }
        }
        expect(allowed).toEqual([]);
      },
    );

    it("the service role may manage exactly this site's resources", () => {
      const own: [string, string, Record<string, string>][] = [
        ['iam:CreateRole', iamRole('docs-edge-function'), BOUNDARY],
        ['iam:PutRolePolicy', iamRole('docs-edge-function'), BOUNDARY],
        ['iam:DeleteRole', iamRole('docs-edge-function'), {}],
        ['iam:PassRole', iamRole('docs-edge-function'), BOUNDARY],
        ['lambda:CreateFunction', fn('docs-edge-viewer-request'), {}],
        ['lambda:PublishVersion', fn('docs-edge-viewer-request'), {}],
        ['lambda:EnableReplicationForLambdaAtEdge', `${fn('docs-edge-viewer-request')}:7`, {}],
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
        expect({ action, resource, allowed: allows(service, action, resource, context) }).toEqual({
          action,
          resource,
          allowed: true,
        });
      }
      // Never a role without the boundary, never the boundary removed, never the secret read.
      expect(allows(service, 'iam:CreateRole', iamRole('docs-edge-function'))).toBe(false);
      expect(allows(service, 'iam:PutRolePolicy', iamRole('docs-edge-function'))).toBe(false);
      expect(
        allows(service, 'iam:DeleteRolePermissionsBoundary', iamRole('docs-edge-function')),
      ).toBe(false);
      expect(allows(service, 'iam:AttachRolePolicy', iamRole('docs-edge-function'), BOUNDARY)).toBe(
        false,
      );
      expect(
        allows(service, 'iam:PassRole', iamRole('docs-edge-function'), {
          'iam:PassedToService': 'ec2.amazonaws.com',
        }),
      ).toBe(false);
      expect(allows(service, 'secretsmanager:GetSecretValue', secret('docs/basic-auth'))).toBe(
        false,
      );
      // Our distribution is never handed to another site's name.
      expect(
        allows(service, 'cloudfront:TagResource', DISTRIBUTION, {
          'aws:ResourceTag/secure-dist-site': 'docs',
          'aws:RequestTag/secure-dist-site': 'docs-site',
        }),
      ).toBe(false);
      expect(allows(service, 'lambda:InvokeFunction', fn('docs-edge-viewer-request'))).toBe(false);
    });

    it('the deploy role: the CloudFormation API on its stacks, its objects, invalidations, its secret', () => {
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
      ];
      for (const [action, resource, context] of own) {
        expect({ action, resource, allowed: allows(deploy, action, resource, context) }).toEqual({
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
        expect({ action, resource, allowed: allows(deploy, action, resource, context) }).toEqual({
          action,
          resource,
          allowed: false,
        });
      }
    });

    it('the plan role: change sets, the listing and the manifest; no template, no secret', () => {
      const BUCKET = bucket(`docs-site-${ACCOUNT}-${REGION}`);
      expect(allows(plan, 'cloudformation:CreateChangeSet', stack('us-east-1', 'docs-edge'))).toBe(
        true,
      );
      expect(allows(plan, 'cloudformation:DeleteChangeSet', stack(REGION, 'docs-site'))).toBe(true);
      expect(allows(plan, 'cloudformation:DescribeStacks', stack(REGION, 'docs-site'))).toBe(true);
      // CreateChangeSet with the stack tags, before the first deploy (the stack is created).
      expect(allows(plan, 'cloudformation:TagResource', stack('us-east-1', 'docs-edge'))).toBe(
        true,
      );
      expect(allows(plan, 's3:ListBucket', BUCKET)).toBe(true);
      expect(allows(plan, 's3:GetObject', `${BUCKET}/.secure-dist/manifest.json`)).toBe(true);
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
          allowed: allows(plan, action, resource, {
            'iam:PassedToService': 'cloudformation.amazonaws.com',
          }),
        }).toEqual({
          action,
          allowed: false,
        });
      }
    });

    it('neither workflow role may import resources into its stacks', () => {
      for (const policy of [deploy, plan]) {
        expect(
          decide(
            policy,
            {
              principal: { aws: 'self' },
              action: 'cloudformation:CreateChangeSet',
              resource: stack(REGION, 'docs-site'),
              context: { 'cloudformation:ImportResourceTypes': ['AWS::CloudFront::Distribution'] },
            },
            true,
          ),
        ).toBe('deny');
      }
    });
  });

  it('the service role trusts CloudFormation only, of this account', () => {
    const trust = trustFor({}, 'CloudFormationRole');
    const assume = (service: string, context: Record<string, string> = {}): Request => ({
      principal: { service },
      action: 'sts:AssumeRole',
      context,
    });
    expect(decide(trust, assume('cloudformation.amazonaws.com'))).toBe('allow');
    expect(
      decide(trust, assume('cloudformation.amazonaws.com', { 'aws:SourceAccount': ACCOUNT })),
    ).toBe('allow');
    expect(
      decide(
        trust,
        assume('cloudformation.amazonaws.com', { 'aws:SourceAccount': '999999999999' }),
      ),
    ).toBe('implicit-deny');
    expect(decide(trust, assume('lambda.amazonaws.com'))).toBe('implicit-deny');
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

  it('names the outputs the action reads', () => {
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
  const STORE = `arn:aws:cloudfront::${ACCOUNT}:key-value-store/0d3c6a2e-1f4b-4c55-9b1e-2a7f3c9d8e10`;
  const OTHER_STORE = `arn:aws:cloudfront::${ACCOUNT}:key-value-store/9a9a9a9a-1f4b-4c55-9b1e-2a7f3c9d8e10`;
  const policyWith = (roleName: string, parameters: Record<string, string>): Json => {
    const scope = bootstrapScope('docs', { AllowPullRequestPlans: 'true', ...parameters });
    const role = objectAt(bootstrap, 'Resources', roleName, 'Properties');
    return {
      Statement: asList(role.Policies).flatMap((p) =>
        statementsOf(resolved(jsonAt(p, 'PolicyDocument'), scope)),
      ),
    };
  };
  const deploy = policyWith('DeployRole', { UsersStoreArn: STORE });
  const secretIn = (region: string, name: string): string =>
    `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-AbCdEf`;
  const KVS_ACTIONS = [
    'cloudfront-keyvaluestore:DescribeKeyValueStore',
    'cloudfront-keyvaluestore:ListKeys',
    'cloudfront-keyvaluestore:UpdateKeys',
  ];

  it('the deploy role reads and writes the keys of exactly the one store UsersStoreArn names', () => {
    for (const action of KVS_ACTIONS) {
      expect(allows(deploy, action, STORE)).toBe(true);
      expect(allows(deploy, action, OTHER_STORE)).toBe(false);
    }
    // Nothing but those three: no single-key writes, no reads of one key.
    for (const action of ['PutKey', 'DeleteKey', 'GetKey']) {
      expect(allows(deploy, `cloudfront-keyvaluestore:${action}`, STORE)).toBe(false);
    }
    const kvsActions = statementsOf(deploy).flatMap((st) =>
      strings(st.Action).filter((a) => a.startsWith('cloudfront-keyvaluestore:')),
    );
    expect(kvsActions.sort()).toEqual([...KVS_ACTIONS].sort());
  });

  it('no store access at all without UsersStoreArn (the lambda runtime), and none for plan', () => {
    const lambdaOnly = policyWith('DeployRole', {});
    const plan = policyWith('PlanRole', { UsersStoreArn: STORE });
    for (const action of KVS_ACTIONS) {
      expect(allows(lambdaOnly, action, STORE)).toBe(false);
      expect(allows(plan, action, STORE)).toBe(false);
    }
    expect(allows(plan, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper'))).toBe(
      false,
    );
    expect(allows(plan, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/users'))).toBe(
      false,
    );
  });

  it("the deploy role reads this site's pepper and users secret in the site region only", () => {
    expect(allows(deploy, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper'))).toBe(
      true,
    );
    expect(allows(deploy, 'secretsmanager:PutSecretValue', secretIn(REGION, 'docs/pepper'))).toBe(
      false,
    );
    expect(allows(deploy, 'secretsmanager:PutSecretValue', secretIn(REGION, 'docs/users'))).toBe(
      true,
    );
    for (const foreign of [
      secretIn(REGION, 'docs-site/pepper'),
      secretIn(REGION, 'docs/pepperoni'),
      secretIn('us-east-1', 'docs/pepper'),
      secretIn('eu-west-1', 'docs/users'),
      secretIn(REGION, 'docs-x/users'),
    ]) {
      expect({
        foreign,
        allowed: allows(deploy, 'secretsmanager:GetSecretValue', foreign),
      }).toEqual({ foreign, allowed: false });
    }
  });

  it('the service role manages the CloudFront Function by its exact name only', () => {
    const service = policyWith('CloudFormationRole', {});
    const fn = (name: string): string => `arn:aws:cloudfront::${ACCOUNT}:function/${name}`;
    for (const action of [
      'cloudfront:CreateFunction',
      'cloudfront:UpdateFunction',
      'cloudfront:PublishFunction',
      'cloudfront:DeleteFunction',
    ]) {
      expect(allows(service, action, fn(`docs-site-${REGION}`))).toBe(true);
      for (const other of [`docs-site-site-${REGION}`, `docs-site-${REGION}-x`, 'payments']) {
        expect({ action, other, allowed: allows(service, action, fn(other)) }).toEqual({
          action,
          other,
          allowed: false,
        });
      }
    }
    // CloudFormation resolves the pepper's dynamic reference with this role: it may read it.
    expect(allows(service, 'secretsmanager:GetSecretValue', secretIn(REGION, 'docs/pepper'))).toBe(
      true,
    );
    expect(allows(service, 'secretsmanager:GetSecretValue', secretIn(REGION, 'prod/db'))).toBe(
      false,
    );
    // The workflow roles never touch functions or stores themselves.
    for (const role of [deploy, policyWith('PlanRole', {})]) {
      expect(allows(role, 'cloudfront:UpdateFunction', fn(`docs-site-${REGION}`))).toBe(false);
      expect(allows(role, 'cloudfront:DeleteKeyValueStore', STORE)).toBe(false);
    }
  });

  it('UsersStoreArn accepts only a KeyValueStore ARN', () => {
    const pattern = new RegExp(
      String(objectAt(bootstrap, 'Parameters', 'UsersStoreArn').AllowedPattern),
    );
    expect(pattern.test('')).toBe(true);
    expect(pattern.test(STORE)).toBe(true);
    expect(pattern.test(`arn:aws:cloudfront::${ACCOUNT}:key-value-store/*`)).toBe(false);
    expect(pattern.test('*')).toBe(false);
  });
});
