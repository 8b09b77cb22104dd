/**
 * Issue 23 item 1 in the rendered stacks: with `login: form` the edge stack's SessionSecret and
 * the function code cut around its dynamic reference (src/synth/edge-code.ts), both stacks'
 * `LoginForm`, and the site stack's `/_login` and `/_logout` behaviors per runtime.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { synthFor } from '../src/commands/synth.js';
import {
  buildEdgeConfig,
  renderEdgeCode,
  SESSION_SECRET_SLOT,
  type EdgeCredential,
} from '../src/edge/config.js';
import { previewDomainConfig, renderFunctionCode } from '../src/edge/function/render.js';
import { edgeCodeParts, resolvedEdgeCode } from '../src/synth/edge-code.js';
import { jsonAt, type Json } from '../src/synth/json.js';
import { readTemplate, synthesize, type SynthOptions } from '../src/synth/render.js';
import { edgeCodeOf, TEST_SESSION_SECRET } from './helpers/edge-code.js';
import { siteFrom } from './helpers/site.js';
import { asList, evaluateConditions, resolved } from './helpers/template-resolve.js';

const users: EdgeCredential[] = [
  { user: 'alice', password: 'correct horse battery', cv: 'cvAlice1' },
  { user: 'bob', password: 'another long password' },
];
const base: SynthOptions = { stackName: 'docs', region: 'eu-central-1', realm: 'Docs', users };
const session = { lifetime: 43200, keyId: 'k1' } as const;

const template = (body: string): Json => JSON.parse(body) as Json;
const parametersOf = (stack: { parameters: { ParameterKey: string; ParameterValue: string }[] }) =>
  Object.fromEntries(stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));

describe('edge stack with login: form', () => {
  const form = synthesize({ ...base, session });
  const edge = template(form.edge.templateBody);
  const zipFile = jsonAt(edge, 'Resources', 'EdgeFunction', 'Properties', 'Code', 'ZipFile');
  const code = renderEdgeCode(buildEdgeConfig({ scope: 'docs', realm: 'Docs', users, session }));

  it('cuts the rendered code at the slot, around the SessionSecret dynamic reference', () => {
    expect(code.split(SESSION_SECRET_SLOT)).toHaveLength(2);
    const { head, tail } = edgeCodeParts(code, true);
    expect(zipFile).toEqual({
      'Fn::Join': [
        '',
        [
          head,
          {
            'Fn::If': [
              'HasSessionSecret',
              {
                'Fn::Join': [
                  '',
                  ['{{resolve:secretsmanager:', { Ref: 'SessionSecret' }, ':SecretString}}'],
                ],
              },
              '',
            ],
          },
          tail,
        ],
      ],
    });
    // What Lambda gets once CloudFormation resolves it: the code with the secret in the slot.
    expect(resolvedEdgeCode(zipFile ?? null, TEST_SESSION_SECRET)).toBe(
      code.replace(SESSION_SECRET_SLOT, TEST_SESSION_SECRET),
    );
    // No slot and no secret left in the template.
    expect(form.edge.templateBody).not.toContain(SESSION_SECRET_SLOT);
  });

  it('bakes in the lifetime, the key id and the credential versions', () => {
    const config = edgeCodeOf(form.edge.templateBody);
    expect(config).toContain('"session":{"lifetime":43200,"keyId":"k1",');
    expect(config).toContain('"user":"alice"');
    expect(config).toMatch(/"user":"alice","salt":"[\w-]+","hash":"[\w-]+","cv":"cvAlice1"/);
  });

  it('has the session secret, generated, deleted with the stack, only with Lambda and login: form', () => {
    expect(jsonAt(edge, 'Resources', 'SessionSecret')).toEqual({
      Type: 'AWS::SecretsManager::Secret',
      Condition: 'HasSessionSecret',
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
      Properties: {
        Name: { 'Fn::Sub': '${SiteName}/session-key' },
        Description: { 'Fn::Sub': expect.stringContaining('${SiteName}') },
        GenerateSecretString: { PasswordLength: 43, ExcludePunctuation: true, IncludeSpace: false },
      },
    });
    expect(parametersOf(form.edge)).toMatchObject({ LoginForm: 'true' });
    const conditions = (parameters: Record<string, string>) =>
      evaluateConditions(readTemplate('edge'), { SiteName: 'docs', ...parameters })
        .HasSessionSecret;
    expect(conditions({ LoginForm: 'true' })).toBe(true);
    expect(conditions({ LoginForm: 'false' })).toBe(false);
    expect(conditions({ LoginForm: 'true', EdgeRuntime: 'function' })).toBe(false);
  });

  it('gives the version a description that hashes the unresolved code, key id included', () => {
    const description = (body: string) =>
      jsonAt(template(body), 'Resources', 'EdgeFunctionVersion', 'Properties', 'Description');
    const sha = createHash('sha256').update(code, 'utf8').digest('hex');
    expect(description(form.edge.templateBody)).toBe(
      `secure-dist viewer-request nodejs24.x sha256:${sha}`,
    );
    const rotated = synthesize({ ...base, session: { ...session, keyId: 'k2' } });
    expect(description(rotated.edge.templateBody)).not.toBe(description(form.edge.templateBody));
    // The same inputs render the same bytes (no new version on an unchanged deploy).
    expect(synthesize({ ...base, session }).edge.templateBody).toBe(form.edge.templateBody);
  });
});

describe('edge stack with login: basic', () => {
  it('has the whole code as the head, an empty tail, and LoginForm false', () => {
    const basic = synthesize(base);
    const zipFile = jsonAt(
      template(basic.edge.templateBody),
      'Resources',
      'EdgeFunction',
      'Properties',
      'Code',
      'ZipFile',
    );
    const code = renderEdgeCode(buildEdgeConfig({ scope: 'docs', realm: 'Docs', users }));
    expect(jsonAt(zipFile, 'Fn::Join', 1, 0)).toBe(code);
    expect(jsonAt(zipFile, 'Fn::Join', 1, 2)).toBe('');
    expect(resolvedEdgeCode(zipFile ?? null, TEST_SESSION_SECRET)).toBe(code);
    expect(code).not.toContain(SESSION_SECRET_SLOT);
    expect(parametersOf(basic.edge)).toMatchObject({ LoginForm: 'false' });
    expect(parametersOf(basic.site)).toMatchObject({ LoginForm: 'false' });
  });
});

describe('edgeCodeParts', () => {
  it('refuses a slot missing, doubled, or present without a session', () => {
    expect(() => edgeCodeParts('a "x" b', true)).toThrow(
      'edge code: expected the session secret slot exactly once in the rendered code, found it 0 time(s)',
    );
    expect(() => edgeCodeParts(`"${SESSION_SECRET_SLOT}${SESSION_SECRET_SLOT}"`, true)).toThrow(
      /found it 2 time\(s\)/,
    );
    expect(() => edgeCodeParts(`"${SESSION_SECRET_SLOT}"`, false)).toThrow(
      'edge code: the session secret slot is in code rendered without a session (1 time(s))',
    );
    expect(edgeCodeParts(`a"${SESSION_SECRET_SLOT}"b`, true)).toEqual({ head: 'a"', tail: '"b' });
  });

  it('resolvedEdgeCode refuses another shape of ZipFile', () => {
    expect(() => resolvedEdgeCode('plain code', 's')).toThrow(
      'edge template: Code.ZipFile is not the code around the session secret',
    );
  });
});

describe('synth of a site file', () => {
  const render = (settings: Record<string, unknown>, sessionKeyId?: string) =>
    synthFor(
      siteFrom({ 'stack-name': 'docs', users: ['alice', 'bob'], ...settings }),
      { roleToAssume: undefined },
      users,
      { usersInSecretsManager: true, sessionKeyId },
    );

  it('login: form (the default) bakes in session-lifetime and the key id, default 1', () => {
    expect(edgeCodeOf(render({}).edge.templateBody)).toContain(
      '"session":{"lifetime":43200,"keyId":"1",',
    );
    expect(edgeCodeOf(render({ 'session-lifetime': '7d' }, 'abc123').edge.templateBody)).toContain(
      '"session":{"lifetime":604800,"keyId":"abc123",',
    );
    expect(parametersOf(render({}).site)).toMatchObject({ LoginForm: 'true' });
  });

  it('login: basic renders no session and no sign-in behaviors', () => {
    const basic = render({ login: 'basic' });
    // No session in the configuration (the code itself names sessions whatever the site's login).
    expect(edgeCodeOf(basic.edge.templateBody)).not.toContain('"session":{');
    expect(parametersOf(basic.edge)).toMatchObject({ LoginForm: 'false' });
    expect(parametersOf(basic.site)).toMatchObject({ LoginForm: 'false' });
  });

  it("the site file's previews reach the site stack's parameters (issue 25)", () => {
    const params = (settings: Record<string, unknown>) =>
      render(settings).site.parameters.filter((p) => p.ParameterKey.startsWith('Preview'));
    expect(params({})).toEqual([]);
    expect(
      params({
        'domain-name': 'docs.example.com',
        'certificate-arn': 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        previews: { domain: 'preview.example.com' },
      }),
    ).toEqual([
      { ParameterKey: 'PreviewDomain', ParameterValue: 'preview.example.com' },
      { ParameterKey: 'Previews', ParameterValue: 'true' },
    ]);
  });

  it("the site file's previews reach the edge: Lambda@Edge's config, the function's previews build", () => {
    const domainSite = {
      'domain-name': 'docs.example.com',
      'certificate-arn': 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    };
    expect(edgeCodeOf(render({}).edge.templateBody)).not.toContain('"previews"');
    expect(
      edgeCodeOf(
        render({ ...domainSite, previews: { domain: 'Preview.example.com', users: ['alice'] } })
          .edge.templateBody,
      ),
    ).toContain('"previews":{"users":["alice"],"domain":"preview.example.com"}');
    const fn = (settings: Record<string, unknown>) =>
      JSON.stringify(
        synthFor(
          siteFrom({
            'stack-name': 'docs',
            users: ['alice'],
            edge: 'function',
            login: 'basic',
            ...settings,
          }),
          { roleToAssume: undefined },
          [],
          { usersInSecretsManager: false, renderFunctionCode },
        ).site.templateBody,
      );
    const { mac } = previewDomainConfig('preview.example.com');
    expect(fn({})).not.toContain(mac);
    // The previews build holds the domain as its length and MAC (handler.ts FunctionPreviews),
    // with either login.
    for (const login of ['basic', 'form']) {
      expect(fn({ ...domainSite, login, previews: { domain: 'preview.example.com' } })).toContain(
        mac,
      );
    }
  });

  it('edge: function sends LoginForm to the site stack only (its key comes from the pepper)', () => {
    const fn = synthFor(
      siteFrom({ 'stack-name': 'docs', users: ['alice'], edge: 'function' }),
      { roleToAssume: undefined },
      [],
      { usersInSecretsManager: true, renderFunctionCode },
    );
    expect(parametersOf(fn.site)).toMatchObject({ LoginForm: 'true' });
    expect(parametersOf(fn.edge).LoginForm).toBeUndefined();
    expect(fn.edge.templateBody).not.toContain('"session":');
  });
});

describe('site stack: the /_login and /_logout behaviors', () => {
  const site = readTemplate('site');
  const VERSION = 'arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request:3';

  /** The distribution config as CloudFormation resolves it for these parameters. */
  function distribution(parameters: Record<string, string>): Json {
    const conditions = evaluateConditions(site, { SiteName: 'docs', ...parameters });
    return resolved(jsonAt(site, 'Resources', 'Distribution', 'Properties', 'DistributionConfig'), {
      refs: {
        EdgeFunctionVersionArn: parameters.EdgeFunctionVersionArn ?? '',
        CachePolicy: 'cache-policy-id',
        SecurityHeadersPolicy: 'headers-policy-id',
        ShareKeyGroup: 'key-group-id',
        WebAclArn: '',
        DomainName: '',
        CertificateArn: '',
        NotFoundPage: '',
        SiteName: 'docs',
        'AWS::StackName': 'docs-site',
        'AWS::Region': 'eu-central-1',
        'AWS::AccountId': '123456789012',
        'AWS::Partition': 'aws',
      },
      attrs: {
        'Bucket.RegionalDomainName': 'bucket.s3.eu-central-1.amazonaws.com',
        'OriginAccessControl.Id': 'oac-id',
        'ViewerFunction.FunctionARN': 'arn:aws:cloudfront::123456789012:function/docs-site',
        'ResponseFunction.FunctionARN':
          'arn:aws:cloudfront::123456789012:function/docs-site-response',
        'LoginFunction.FunctionARN': 'arn:aws:cloudfront::123456789012:function/docs-site-login',
      },
      conditions,
    });
  }
  const behavior = (config: Json, path: string): Json | undefined =>
    asList(jsonAt(config, 'CacheBehaviors')).find((b) => jsonAt(b, 'PathPattern') === path);
  const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

  it('lambda: POST on both, the body read only by /_login, the default behavior unchanged', () => {
    const config = distribution({ LoginForm: 'true', EdgeFunctionVersionArn: VERSION });
    const login = behavior(config, '/_login');
    const logout = behavior(config, '/_logout');
    for (const b of [login, logout]) {
      expect(jsonAt(b, 'AllowedMethods')).toEqual(ALL_METHODS);
      expect(jsonAt(b, 'CachedMethods')).toEqual(['GET', 'HEAD']);
      expect(jsonAt(b, 'ViewerProtocolPolicy')).toBe('redirect-to-https');
      expect(jsonAt(b, 'FunctionAssociations')).toBeUndefined();
      // The other associations as on the default behavior.
      expect(asList(jsonAt(b, 'LambdaFunctionAssociations')).slice(1)).toEqual(
        asList(jsonAt(config, 'DefaultCacheBehavior', 'LambdaFunctionAssociations')).slice(1),
      );
    }
    expect(jsonAt(login, 'LambdaFunctionAssociations', 0)).toEqual({
      EventType: 'viewer-request',
      LambdaFunctionARN: VERSION,
      IncludeBody: true,
    });
    expect(jsonAt(logout, 'LambdaFunctionAssociations', 0)).toEqual({
      EventType: 'viewer-request',
      LambdaFunctionARN: VERSION,
      IncludeBody: false,
    });
    expect(jsonAt(config, 'DefaultCacheBehavior', 'LambdaFunctionAssociations', 0)).toMatchObject({
      EventType: 'viewer-request',
      IncludeBody: false,
    });
    expect(jsonAt(config, 'DefaultCacheBehavior', 'AllowedMethods')).toEqual(['GET', 'HEAD']);
  });

  it('function: POST on both, with the CloudFront Function associations', () => {
    const config = distribution({ LoginForm: 'true', EdgeRuntime: 'function' });
    for (const path of ['/_login', '/_logout']) {
      const b = behavior(config, path);
      expect(jsonAt(b, 'AllowedMethods')).toEqual(ALL_METHODS);
      expect(jsonAt(b, 'LambdaFunctionAssociations')).toBeUndefined();
      // The login function on viewer-request, the default behavior's viewer-response.
      expect(jsonAt(b, 'FunctionAssociations')).toEqual([
        {
          EventType: 'viewer-request',
          FunctionARN: 'arn:aws:cloudfront::123456789012:function/docs-site-login',
        },
        asList(jsonAt(config, 'DefaultCacheBehavior', 'FunctionAssociations'))[1],
      ]);
    }
  });

  it('login: basic has neither; with share links only /_share/*, with both all three', () => {
    expect(jsonAt(distribution({ EdgeFunctionVersionArn: VERSION }), 'CacheBehaviors')).toBe(
      undefined,
    );
    const share = { ShareKeyA: 'PEM', EdgeFunctionVersionArn: VERSION };
    const paths = (config: Json) =>
      asList(jsonAt(config, 'CacheBehaviors')).map((b) => jsonAt(b, 'PathPattern'));
    expect(paths(distribution(share))).toEqual(['/_share/*']);
    expect(paths(distribution({ ...share, LoginForm: 'true' }))).toEqual([
      '/_share/*',
      '/_login',
      '/_logout',
    ]);
  });
});
