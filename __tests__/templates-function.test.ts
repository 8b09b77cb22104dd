/**
 * Issue 14, the deploy side of `edge: function`: one site template, rendered by synth in both
 * modes; the CloudFront Function (cloudfront-js-2.0, AutoPublish, reading the bootstrap stack's
 * KeyValueStore) and its viewer-request association instead of the Lambda@Edge ones; the
 * pepper only ever as a dynamic reference; the edge stack reduced to the web ACL (the only
 * thing CloudFront needs in us-east-1).
 */
import { describe, expect, it } from '@jest/globals';
import {
  functionCodeParts,
  jsonAt,
  objectAt,
  PEPPER_MARK,
  synthesize,
  withEdgeVersion,
  withParameters,
  withUsersStore,
  type Json,
  type JsonObject,
  type SynthOptions,
} from '../src/synth/index.js';
import { renderResponseFunctionCode } from '../src/edge/function/render.js';
import { pepperProblem } from '../src/edge/function/store.js';

/** A renderer of the documented shape (h14's renderFunctionCode): the config as JSON in the code. */
const render = (config: { realm: string; pepper: string }): string =>
  `import cf from 'cloudfront';\nconst C = ${JSON.stringify(config)};\nasync function handler(event) { return event.request; }\n`;

const base: SynthOptions = {
  stackName: 'docs',
  region: 'eu-central-1',
  realm: 'Docs',
  users: [{ user: 'alice', password: 'Q7vJ2mX9pL4sR8tK1wZ6yB3n' }],
  renderFunctionCode: render,
};
const VERSION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request:3';
const STORE_ARN =
  'arn:aws:cloudfront::123456789012:key-value-store/0d3c6a2e-1f4b-4c55-9b1e-2a7f3c9d8e10';

const body = (text: string): JsonObject => {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('x');
  return parsed as JsonObject;
};
const params = (stack: { parameters: { ParameterKey: string; ParameterValue: string }[] }) =>
  Object.fromEntries(stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));

describe('synth renders the site template in both modes (issue 14)', () => {
  const lambda = synthesize(base);
  const fn = synthesize({ ...base, edge: 'function' });

  it('lambda: the Lambda@Edge associations, no function code, parameters as before', () => {
    const site = body(lambda.site.templateBody);
    expect(objectAt(site, 'Resources', 'ViewerFunction', 'Properties').FunctionCode).toEqual({
      'Fn::Join': [
        '',
        ['', '{{resolve:secretsmanager:', { Ref: 'PepperSecret' }, ':SecretString}}', ''],
      ],
    });
    // No new parameter for existing sites from issue 14 (EdgeRuntime defaults to lambda in the
    // template); the ShareKey* ones are issue 12's, LoginForm issue 23's, sent on every deploy.
    expect(Object.keys(params(lambda.site)).sort()).toEqual([
      'CertificateArn',
      'DomainName',
      'LoginForm',
      'NotFoundPage',
      'ShareKeyA',
      'ShareKeyB',
      'ShareKeyC',
      'ShareKeyCreated',
      'SiteName',
      'WebAclArn',
    ]);
    expect(lambda.site.resolvedAtDeploy.map((p) => p.parameterKey)).toEqual([
      'EdgeFunctionVersionArn',
    ]);
    expect(params(lambda.edge).EdgeRuntime).toBeUndefined();
  });

  it('function: the function code cut around a dynamic reference to the pepper secret', () => {
    const site = body(fn.site.templateBody);
    const code = objectAt(site, 'Resources', 'ViewerFunction', 'Properties').FunctionCode;
    const { head, tail } = functionCodeParts(render, 'Docs');
    expect(code).toEqual({
      'Fn::Join': [
        '',
        [head, '{{resolve:secretsmanager:', { Ref: 'PepperSecret' }, ':SecretString}}', tail],
      ],
    });
    expect(head).toContain('"realm":"Docs"');
    // The stand-in has the pepper's shape and is gone from what is deployed.
    expect(pepperProblem(PEPPER_MARK)).toBeUndefined();
    expect(fn.site.templateBody).not.toContain(PEPPER_MARK);
    expect(params(fn.site)).toMatchObject({
      EdgeRuntime: 'function',
      EdgeFunctionVersionArn: '',
      PrepareFunction: 'false',
      UsersInSecretsManager: 'false',
      WebAclArn: '',
    });
    // The store is the bootstrap stack's: deploy finds its ARN (random id) by its name.
    expect(fn.site.resolvedAtDeploy).toEqual([
      { parameterKey: 'UsersStoreArn', keyValueStoreName: 'docs-users' },
    ]);
    const withStore = withUsersStore(fn.site, STORE_ARN);
    expect(params(withStore).UsersStoreArn).toBe(STORE_ARN);
    expect(withStore.resolvedAtDeploy).toEqual([]);
    expect(withStore.fingerprint).not.toBe(fn.site.fingerprint);
    expect(() =>
      withUsersStore(fn.site, 'arn:aws:cloudfront::123456789012:key-value-store/*'),
    ).toThrow(/is not a KeyValueStore ARN/);
    expect(() => withUsersStore(withStore, STORE_ARN)).toThrow(/no UsersStoreArn left to resolve/);
  });

  it('function: no password, hash or salt in either template', () => {
    const password = base.users[0]?.password ?? '';
    for (const stack of [fn.site, fn.edge]) expect(stack.templateBody).not.toContain(password);
    expect(fn.edge.templateBody).not.toContain('"salt"');
  });

  it('function: the edge stack keeps only what CloudFront needs in us-east-1 (the web ACL)', () => {
    expect(params(fn.edge)).toMatchObject({ EdgeRuntime: 'function', RateLimit: '0' });
    const edge = body(fn.edge.templateBody);
    const resources = objectAt(edge, 'Resources');
    const conditionOf = (name: string) => objectAt(resources, name).Condition;
    expect(conditionOf('EdgeFunction')).toBe('UseLambda');
    expect(conditionOf('EdgeFunctionRole')).toBe('UseLambda');
    expect(conditionOf('EdgeFunctionVersion')).toBe('UseLambda');
    expect(conditionOf('UsersSecret')).toBe('HasUsersSecret');
    expect(objectAt(edge, 'Conditions').HasUsersSecret).toEqual({
      'Fn::And': [
        { Condition: 'UseLambda' },
        { 'Fn::Equals': [{ Ref: 'UsersInSecretsManager' }, 'true'] },
      ],
    });
    expect(conditionOf('RateLimitWebAcl')).toBe('HasRateLimit');
    const withWaf = synthesize({ ...base, edge: 'function', rateLimit: 1000 });
    expect(params(withWaf.edge).RateLimit).toBe('1000');
    expect(withWaf.site.resolvedAtDeploy.map((p) => p.parameterKey)).toEqual([
      'UsersStoreArn',
      'WebAclArn',
    ]);
  });

  it('the same inputs render byte-identical templates (an unchanged deploy changes nothing)', () => {
    const again = synthesize({ ...base, edge: 'function' });
    expect(again.site.fingerprint).toBe(fn.site.fingerprint);
    expect(again.edge.fingerprint).toBe(fn.edge.fingerprint);
  });

  it('refuses a renderer that does not place the pepper exactly once', () => {
    expect(() =>
      synthesize({ ...base, edge: 'function', renderFunctionCode: () => 'no pepper here' }),
    ).toThrow(/expected the pepper exactly once in the rendered code, found it 0 time/);
  });

  it('withParameters: the switch phase (Lambda association kept, function prepared)', () => {
    const phase1 = withParameters(fn.site, {
      EdgeRuntime: 'lambda',
      PrepareFunction: 'true',
      EdgeFunctionVersionArn: VERSION_ARN,
    });
    expect(params(phase1)).toMatchObject({
      EdgeRuntime: 'lambda',
      PrepareFunction: 'true',
      EdgeFunctionVersionArn: VERSION_ARN,
    });
    expect(phase1.templateBody).toBe(fn.site.templateBody);
    expect(phase1.fingerprint).not.toBe(fn.site.fingerprint);
    expect(withEdgeVersion(lambda.site, VERSION_ARN).resolvedAtDeploy).toEqual([]);
  });
});

describe('cloudformation/site.yaml: the function runtime resources', () => {
  const site = body(synthesize({ ...base, edge: 'function' }).site.templateBody);
  const resource = (name: string): JsonObject => objectAt(site, 'Resources', name);
  const behavior = objectAt(
    site,
    'Resources',
    'Distribution',
    'Properties',
    'DistributionConfig',
    'DefaultCacheBehavior',
  );

  it("a cloudfront-js-2.0 function, published, with the bootstrap's users store", () => {
    const fn = resource('ViewerFunction');
    expect(fn.Condition).toBe('HasFunction');
    expect(fn.Type).toBe('AWS::CloudFront::Function');
    expect(jsonAt(fn, 'Properties', 'AutoPublish')).toBe(true);
    expect(jsonAt(fn, 'Properties', 'Name')).toEqual({
      'Fn::Sub': '${AWS::StackName}-${AWS::Region}',
    });
    expect(jsonAt(fn, 'Properties', 'FunctionConfig')).toMatchObject({
      Runtime: 'cloudfront-js-2.0',
      KeyValueStoreAssociations: [{ KeyValueStoreARN: { Ref: 'UsersStoreArn' } }],
    });
    // No store of its own: the bootstrap stack's (cloudformation/bootstrap.yaml, UsersStore).
    const types = Object.values(objectAt(site, 'Resources')).map((r) => jsonAt(r, 'Type'));
    expect(types).not.toContain('AWS::CloudFront::KeyValueStore');
    expect(objectAt(site, 'Rules', 'FunctionNeedsStore')).toMatchObject({
      RuleCondition: {
        'Fn::Or': [
          { 'Fn::Equals': [{ Ref: 'EdgeRuntime' }, 'function'] },
          { 'Fn::Equals': [{ Ref: 'PrepareFunction' }, 'true'] },
        ],
      },
    });
  });

  it('the pepper: generated by Secrets Manager in the site region, 43 letters and digits', () => {
    expect(resource('PepperSecret')).toMatchObject({
      Type: 'AWS::SecretsManager::Secret',
      Condition: 'HasFunction',
      Properties: {
        Name: { 'Fn::Sub': '${SiteName}/pepper' },
        GenerateSecretString: { PasswordLength: 43, ExcludePunctuation: true, IncludeSpace: false },
      },
    });
    expect(jsonAt(resource('PepperSecret'), 'Properties', 'SecretString')).toBeUndefined();
    // Never an output.
    expect(JSON.stringify(objectAt(site, 'Outputs'))).not.toContain('Pepper');
  });

  it('the users secret of the function runtime lives in the site region and is kept', () => {
    expect(resource('FunctionUsersSecret')).toMatchObject({
      Condition: 'HasFunctionUsersSecret',
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        Name: { 'Fn::Sub': '${SiteName}/users' },
        SecretString: '{"version":1,"users":[]}',
      },
    });
  });

  it('the viewer-response function: its own, published, no store, its code whole (no secret)', () => {
    const fn = resource('ResponseFunction');
    expect(fn.Condition).toBe('HasFunction');
    expect(fn.Type).toBe('AWS::CloudFront::Function');
    expect(jsonAt(fn, 'Properties', 'AutoPublish')).toBe(true);
    // The name the bootstrap roles grant (bootstrap.yaml, Sid ViewerFunction).
    expect(jsonAt(fn, 'Properties', 'Name')).toEqual({
      'Fn::Sub': '${AWS::StackName}-${AWS::Region}-response',
    });
    const config = objectAt(fn, 'Properties', 'FunctionConfig');
    expect(config.Runtime).toBe('cloudfront-js-2.0');
    expect(config.KeyValueStoreAssociations).toBeUndefined();
    const code = jsonAt(fn, 'Properties', 'FunctionCode');
    expect(code).toBe(renderResponseFunctionCode({}));
    const trusted = body(
      synthesize({ ...base, edge: 'function', trustedPages: true }).site.templateBody,
    );
    expect(jsonAt(trusted, 'Resources', 'ResponseFunction', 'Properties', 'FunctionCode')).toBe(
      renderResponseFunctionCode({ trustedPages: true }),
    );
    // With edge: lambda the resource is off and its code empty.
    const lambdaSite = body(synthesize(base).site.templateBody);
    expect(jsonAt(lambdaSite, 'Resources', 'ResponseFunction', 'Properties', 'FunctionCode')).toBe(
      '',
    );
  });

  it('viewer-request goes to ViewerFunction and viewer-response to ResponseFunction with EdgeRuntime=function, to Lambda@Edge otherwise', () => {
    // Two functions, each with its own 10 KB (the quota is per function): the viewer-response
    // code takes nothing of the viewer-request function's room (issue 23).
    const associations = {
      'Fn::If': [
        'UseFunction',
        [
          {
            EventType: 'viewer-request',
            FunctionARN: { 'Fn::GetAtt': ['ViewerFunction', 'FunctionARN'] },
          },
          {
            EventType: 'viewer-response',
            FunctionARN: { 'Fn::GetAtt': ['ResponseFunction', 'FunctionARN'] },
          },
        ],
        { Ref: 'AWS::NoValue' },
      ],
    };
    expect(behavior.FunctionAssociations).toEqual(associations);
    // The share-link, sign-in and sign-out behaviors associate the same two (site.yaml
    // CacheBehaviors: each behavior under its own condition).
    const behaviors = jsonAt(
      site,
      'Resources',
      'Distribution',
      'Properties',
      'DistributionConfig',
      'CacheBehaviors',
      'Fn::If',
      1,
    ) as Json[];
    expect(behaviors).toHaveLength(3);
    const [share, ...login] = behaviors;
    expect(jsonAt(share, 'Fn::If', 1, 'FunctionAssociations')).toEqual(associations);
    // `/_login` and `/_logout`: the login function (issue 23) in ViewerFunction's place.
    for (const conditional of login) {
      expect(jsonAt(conditional, 'Fn::If', 1, 'FunctionAssociations')).toEqual({
        'Fn::If': [
          'UseLoginFunction',
          [
            {
              EventType: 'viewer-request',
              FunctionARN: { 'Fn::GetAtt': ['LoginFunction', 'FunctionARN'] },
            },
            {
              EventType: 'viewer-response',
              FunctionARN: { 'Fn::GetAtt': ['ResponseFunction', 'FunctionARN'] },
            },
          ],
          { Ref: 'AWS::NoValue' },
        ],
      });
    }
    const lambda = jsonAt(behavior, 'LambdaFunctionAssociations') as Json[] | JsonObject;
    expect(jsonAt(lambda, 'Fn::If', 0)).toBe('UseLambda');
    const conditions = objectAt(site, 'Conditions');
    expect(conditions.HasFunction).toEqual({
      'Fn::Or': [
        { Condition: 'UseFunction' },
        { 'Fn::Equals': [{ Ref: 'PrepareFunction' }, 'true'] },
      ],
    });
    expect(objectAt(site, 'Rules', 'LambdaNeedsVersion')).toMatchObject({
      RuleCondition: { 'Fn::Equals': [{ Ref: 'EdgeRuntime' }, 'lambda'] },
    });
  });

  it('outputs the store ARN its function reads (rotate writes it), never a secret', () => {
    expect(objectAt(site, 'Outputs', 'UsersStoreArn')).toMatchObject({
      Condition: 'HasFunction',
      Value: { Ref: 'UsersStoreArn' },
    });
  });
});

describe('synth with the real function renderer (h14) and the action inputs', () => {
  it('renders edge: function offline without users; the code fits and holds the pepper reference once', async () => {
    const { configFrom } = await import('./helpers/site.js');
    const { synthFor } = await import('../src/commands/synth.js');
    const { renderFunctionCode, MAX_FUNCTION_BYTES } =
      await import('../src/edge/function/render.js');
    const { site, run } = configFrom(
      { edge: 'function', 'stack-name': 'docs', realm: 'Docs' },
      { command: 'synth' },
    );
    const result = synthFor(site, run, [], { usersInSecretsManager: true });
    const code = jsonAt(
      body(result.site.templateBody),
      'Resources',
      'ViewerFunction',
      'Properties',
      'FunctionCode',
      'Fn::Join',
      1,
    ) as Json[];
    const [head, , , , tail] = code as [string, string, Json, string, string];
    // `login: form`, the default: the viewer-request function's form build, key id 1, 12 h.
    const real = renderFunctionCode({
      realm: 'Docs',
      pepper: PEPPER_MARK,
      session: { keyId: '1', lifetime: 43200 },
    });
    expect(head + PEPPER_MARK + tail).toBe(real);
    // The deployed code has a 43-character pepper in place of the reference: same size.
    expect(Buffer.byteLength(real)).toBeLessThanOrEqual(MAX_FUNCTION_BYTES);
    expect(result.site.templateBody).not.toContain(PEPPER_MARK);
    // Once in ViewerFunction and once in LoginFunction (issue 23, off without `login: form`).
    expect(result.site.templateBody.match(/\{\{resolve:secretsmanager:/g)).toHaveLength(2);
    expect(jsonAt(body(result.site.templateBody), 'Resources', 'LoginFunction', 'Condition')).toBe(
      'HasLoginFunction',
    );
  });
});
