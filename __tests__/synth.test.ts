/**
 * synthesize / withEdgeVersion / writeSynth: determinism, the size limit, and the deployed
 * code itself (extracted from the rendered template and run through a viewer-request event).
 */
import { edgeCodeOf } from './helpers/edge-code.js';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDGE_RUNTIME, loadHandlerFromSource, type EdgeCredential } from '../src/edge/config.js';
import {
  isGeneratedResponse,
  originResponseEvent,
  viewerRequestEvent,
} from '../src/edge/events.js';
import {
  assertResolved,
  isJsonObject,
  jsonAt,
  SYNTH_FILES,
  synthesize,
  TEMPLATE_BODY_LIMIT,
  TemplateTooLargeError,
  withEdgeVersion,
  withEdgeWebAcl,
  writeSynth,
  type Json,
  type SynthOptions,
} from '../src/synth/index.js';
import { EMBEDDED_TEMPLATES } from '../src/synth/templates.generated.js';
import { renderedSite } from './helpers/rendered-resources.js';

const ALICE: EdgeCredential = { user: 'alice', password: 'correct horse battery staple 7f3a' };
const BOB: EdgeCredential = { user: 'bob', password: 'Tr0ub4dor&3:with:colons' };
const base: SynthOptions = {
  stackName: 'docs',
  region: 'eu-central-1',
  realm: 'Docs',
  users: [ALICE, BOB],
};
const VERSION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request:3';

const parse = (body: string): Json => {
  const json: Json = JSON.parse(body);
  if (!isJsonObject(json)) throw new Error('not an object');
  return json;
};
const zipFileOf = (templateBody: string): string => edgeCodeOf(templateBody);
const users = (count: number, expires?: number): EdgeCredential[] =>
  Array.from({ length: count }, (_, i) => ({
    user: `user${String(i).padStart(4, '0')}`,
    password: `pw-${i}-${'x'.repeat(12)}`,
    ...(expires === undefined ? {} : { expires }),
  }));
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const temporary: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-test-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('synthesize', () => {
  const first = synthesize(base);

  it('names the stacks and their regions', () => {
    expect([first.edge.stackName, first.edge.region]).toEqual(['docs-edge', 'us-east-1']);
    expect([first.site.stackName, first.site.region]).toEqual(['docs-site', 'eu-central-1']);
  });

  it('gives identical bodies and fingerprints for the same users (in any order)', () => {
    const again = synthesize({ ...base, users: [BOB, ALICE] });
    expect(again.edge.templateBody).toBe(first.edge.templateBody);
    expect(again.edge.fingerprint).toBe(first.edge.fingerprint);
    expect(again.site).toEqual(first.site);
  });

  it('changes the code, the version and the fingerprint when a password changes', () => {
    const changed = synthesize({ ...base, users: [ALICE, { ...BOB, password: 'another one' }] });
    expect(changed.edge.templateBody).not.toBe(first.edge.templateBody);
    expect(changed.edge.fingerprint).not.toBe(first.edge.fingerprint);
    const description = (body: string): Json | undefined =>
      jsonAt(parse(body), 'Resources', 'EdgeFunctionVersion', 'Properties', 'Description');
    expect(description(changed.edge.templateBody)).not.toEqual(
      description(first.edge.templateBody),
    );
    expect(changed.site).toEqual(first.site);
  });

  it('leaves no placeholder, and puts the runtime and the code hash where they belong', () => {
    for (const body of [first.edge.templateBody, first.site.templateBody]) {
      expect(body).not.toMatch(/@@[A-Z0-9_]+@@/);
      expect(body).not.toContain('__SECURE_DIST_EDGE_CONFIG__');
    }
    const template = parse(first.edge.templateBody);
    const code = zipFileOf(first.edge.templateBody);
    expect(jsonAt(template, 'Resources', 'EdgeFunction', 'Properties', 'Runtime')).toBe(
      EDGE_RUNTIME,
    );
    const sha = createHash('sha256').update(code).digest('hex');
    expect(jsonAt(template, 'Resources', 'EdgeFunctionVersion', 'Properties', 'Description')).toBe(
      `secure-dist viewer-request ${EDGE_RUNTIME} sha256:${sha}`,
    );
  });

  it('deploys code that answers 401 without credentials and passes the right ones', async () => {
    const handler = loadHandlerFromSource(zipFileOf(first.edge.templateBody));
    const basic = (user: string, password: string): string =>
      `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

    const anonymous = await handler(viewerRequestEvent({ uri: '/index.html' }));
    expect(isGeneratedResponse(anonymous) && anonymous.status).toBe('401');
    expect(JSON.stringify(anonymous)).toContain('Basic realm=\\"Docs\\"');

    const wrong = await handler(
      viewerRequestEvent({ uri: '/index.html', authorization: basic('alice', 'nope') }),
    );
    expect(isGeneratedResponse(wrong) && wrong.status).toBe('401');

    for (const { user, password } of [ALICE, BOB]) {
      const passed = await handler(
        viewerRequestEvent({ uri: '/index.html', authorization: basic(user, password) }),
      );
      expect(isGeneratedResponse(passed) ? passed.status : passed.uri).toBe('/index.html');
    }
  });

  it('deploys code that serves every key and is also the origin-response trigger (issue 9 #7)', async () => {
    const handler = loadHandlerFromSource(zipFileOf(first.edge.templateBody));
    const authorization = `Basic ${Buffer.from(`${ALICE.user}:${ALICE.password}`).toString('base64')}`;
    const license = await handler(viewerRequestEvent({ uri: '/files/LICENSE', authorization }));
    expect(isGeneratedResponse(license) ? license.status : license.uri).toBe('/files/LICENSE');
    const folder = await handler(originResponseEvent({ status: 403, uri: '/docs' }));
    expect(folder).toMatchObject({
      status: '302',
      headers: { location: [{ key: 'Location', value: '/docs/' }] },
    });
    const missing = await handler(originResponseEvent({ status: 404, uri: '/gone.txt' }));
    expect(missing).toMatchObject({ status: '404', body: '404 Not Found\n' });
  });

  it('keeps every plaintext password out of everything it renders', () => {
    const everything = JSON.stringify(first);
    for (const { user, password } of [ALICE, BOB]) {
      expect(everything).not.toContain(password);
      expect(everything).not.toContain(Buffer.from(`${user}:${password}`).toString('base64'));
      expect(everything).not.toContain(JSON.stringify(password).slice(1, -1));
    }
  });

  it('passes the optional domain, certificate and permissions boundary as parameters', () => {
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123';
    const boundary = 'arn:aws:iam::123456789012:policy/docs-edge-boundary';
    const custom = synthesize({
      ...base,
      domainName: 'docs.example.com',
      certificateArn,
      permissionsBoundaryArn: boundary,
    });
    expect(custom.site.parameters).toEqual([
      { ParameterKey: 'CertificateArn', ParameterValue: certificateArn },
      { ParameterKey: 'DomainName', ParameterValue: 'docs.example.com' },
      { ParameterKey: 'LoginForm', ParameterValue: 'false' },
      { ParameterKey: 'NotFoundPage', ParameterValue: '' },
      { ParameterKey: 'ShareKeyA', ParameterValue: '' },
      { ParameterKey: 'ShareKeyB', ParameterValue: '' },
      { ParameterKey: 'ShareKeyC', ParameterValue: '' },
      { ParameterKey: 'ShareKeyCreated', ParameterValue: '-,-,-' },
      { ParameterKey: 'SiteName', ParameterValue: 'docs' },
      { ParameterKey: 'WebAclArn', ParameterValue: '' },
    ]);
    expect(custom.edge.parameters).toEqual([
      { ParameterKey: 'LoginForm', ParameterValue: 'false' },
      { ParameterKey: 'PermissionsBoundaryArn', ParameterValue: boundary },
      { ParameterKey: 'RateLimit', ParameterValue: '0' },
      { ParameterKey: 'SiteName', ParameterValue: 'docs' },
      { ParameterKey: 'UsersInSecretsManager', ParameterValue: 'false' },
    ]);
    expect(custom.site.fingerprint).not.toBe(first.site.fingerprint);
    expect(custom.site.templateBody).toBe(first.site.templateBody);
    expect(first.edge.parameters).toEqual([
      { ParameterKey: 'LoginForm', ParameterValue: 'false' },
      { ParameterKey: 'PermissionsBoundaryArn', ParameterValue: '' },
      { ParameterKey: 'RateLimit', ParameterValue: '0' },
      { ParameterKey: 'SiteName', ParameterValue: 'docs' },
      { ParameterKey: 'UsersInSecretsManager', ParameterValue: 'false' },
    ]);
  });

  it('keeps the users secret (UsersInSecretsManager) only when asked to, same template', () => {
    const inSecret = synthesize({ ...base, usersInSecretsManager: true });
    expect(inSecret.edge.parameters).toContainEqual({
      ParameterKey: 'UsersInSecretsManager',
      ParameterValue: 'true',
    });
    expect(inSecret.edge.templateBody).toBe(first.edge.templateBody);
    expect(inSecret.edge.fingerprint).not.toBe(first.edge.fingerprint);
  });

  it.each<[Partial<SynthOptions>, RegExp]>([
    [{ domainName: 'docs.example.com' }, /domain-name and certificate-arn go together/],
    [{ stackName: 'a'.repeat(45) }, /stack-name: .* at most 44 fit/],
    [{ stackName: '1docs' }, /stack-name: expected a letter/],
    [{ region: 'Frankfurt' }, /region: expected an AWS region/],
    [{ users: [] }, /at least one user/],
    [{ users: [{ user: 'a:b', password: 'x' }] }, /contains a colon/],
  ])('refuses %j', (change, message) => {
    expect(() => synthesize({ ...base, ...change })).toThrow(message);
  });

  it('renders from a templates directory exactly as from the embedded templates', () => {
    const fromDir = synthesize({ ...base, templatesDir: join(process.cwd(), 'cloudformation') });
    expect(fromDir).toEqual(first);
  });
});

describe('the site stack and the edge version', () => {
  const { site } = synthesize(base);

  it('names the parameter only deploy can know, and where it comes from', () => {
    expect(site.resolvedAtDeploy).toEqual([
      {
        parameterKey: 'EdgeFunctionVersionArn',
        fromStack: 'docs-edge',
        fromRegion: 'us-east-1',
        outputKey: 'EdgeFunctionVersionArn',
      },
    ]);
    expect(site.parameters.map((p) => p.ParameterKey)).not.toContain('EdgeFunctionVersionArn');
    expect(() => assertResolved(site)).toThrow(
      "stack 'docs-site': parameters not resolved yet: EdgeFunctionVersionArn (output EdgeFunctionVersionArn of stack 'docs-edge' in us-east-1)",
    );
  });

  it('withEdgeVersion sets it and recomputes the fingerprint', () => {
    const resolved = withEdgeVersion(site, VERSION_ARN);
    expect(resolved.parameters).toContainEqual({
      ParameterKey: 'EdgeFunctionVersionArn',
      ParameterValue: VERSION_ARN,
    });
    expect(resolved.resolvedAtDeploy).toEqual([]);
    expect(resolved.templateBody).toBe(site.templateBody);
    expect(resolved.fingerprint).not.toBe(site.fingerprint);
    expect(withEdgeVersion(site, VERSION_ARN).fingerprint).toBe(resolved.fingerprint);
    expect(withEdgeVersion(site, VERSION_ARN.replace(/3$/, '4')).fingerprint).not.toBe(
      resolved.fingerprint,
    );
    expect(() => assertResolved(resolved)).not.toThrow();
    expect(site.resolvedAtDeploy).toHaveLength(1); // the input is not modified
  });

  it('withEdgeVersion refuses what is not a numbered version in us-east-1', () => {
    for (const arn of [
      'arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request',
      'arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request:$LATEST',
      'arn:aws:lambda:eu-west-1:123456789012:function:docs-edge-viewer-request:3',
    ]) {
      expect(() => withEdgeVersion(site, arn)).toThrow(
        /not a numbered Lambda version ARN in us-east-1/,
      );
    }
  });
});

describe('rate-limit: the edge stack web ACL into the site stack', () => {
  const WEB_ACL =
    'arn:aws:wafv2:us-east-1:123456789012:global/webacl/docs-edge-rate-limit/a1b2c3d4-5678-90ab-cdef-1234567890ab';
  const limited = synthesize({ ...base, rateLimit: 1000 });

  it('passes RateLimit to the edge stack and leaves WebAclArn for deploy to fill in', () => {
    expect(limited.edge.parameters).toContainEqual({
      ParameterKey: 'RateLimit',
      ParameterValue: '1000',
    });
    expect(limited.site.resolvedAtDeploy).toContainEqual({
      parameterKey: 'WebAclArn',
      fromStack: 'docs-edge',
      fromRegion: 'us-east-1',
      outputKey: 'WebAclArn',
    });
    expect(limited.site.parameters.map((p) => p.ParameterKey)).not.toContain('WebAclArn');
  });

  it('withEdgeWebAcl fills it from the edge outputs; without rate-limit nothing changes', () => {
    const site = withEdgeWebAcl(withEdgeVersion(limited.site, VERSION_ARN), {
      EdgeFunctionVersionArn: VERSION_ARN,
      WebAclArn: WEB_ACL,
    });
    expect(site.parameters).toContainEqual({ ParameterKey: 'WebAclArn', ParameterValue: WEB_ACL });
    expect(() => assertResolved(site)).not.toThrow();
    const plain = withEdgeVersion(synthesize(base).site, VERSION_ARN);
    expect(withEdgeWebAcl(plain, { WebAclArn: WEB_ACL })).toBe(plain);
    expect(plain.parameters).toContainEqual({ ParameterKey: 'WebAclArn', ParameterValue: '' });
  });

  it('withEdgeWebAcl names the missing output, and refuses a web ACL that is not global', () => {
    expect(() => withEdgeWebAcl(limited.site, {})).toThrow(
      /stack 'docs-edge' has no output WebAclArn, which `rate-limit` needs/,
    );
    expect(() =>
      withEdgeWebAcl(limited.site, {
        WebAclArn: WEB_ACL.replace('global/', 'regional/'),
      }),
    ).toThrow(/not a CloudFront \(global\) WAF web ACL ARN/);
  });
});

describe('the template size limit', () => {
  it('fits 100 users', () => {
    const result = synthesize({ ...base, users: users(100) });
    expect(bytes(result.edge.templateBody)).toBeLessThan(TEMPLATE_BODY_LIMIT);
  });

  it('refuses 2,000 users quickly, naming the stack, the size and the limit', () => {
    let error: unknown;
    try {
      synthesize({ ...base, users: users(2000) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateTooLargeError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(
      /^stack 'docs-edge': the rendered template is at least [\d,]+ bytes, over CloudFormation's TemplateBody limit of 51,200 bytes/,
    );
    expect(message).toMatch(/2000 now.*fewer users/);
    // "at least": the estimate, made with stand-in hashes, refused it before any scrypt hash.
  });

  it('checks the real size too (expiries add bytes the estimate leaves out)', () => {
    // Measure the bytes per user with and without an expiry, then pick a count whose
    // estimate fits but whose real template does not.
    const size = (list: EdgeCredential[]): number =>
      bytes(synthesize({ ...base, users: list }).edge.templateBody);
    const EXPIRES = 2_000_000_000;
    const plain = (size(users(20)) - size(users(10))) / 10;
    const withExpiry = (size(users(20, EXPIRES)) - size(users(10, EXPIRES))) / 10;
    const fixed = size(users(10)) - 10 * plain;
    const count = Math.floor((TEMPLATE_BODY_LIMIT - fixed) / plain);
    expect(fixed + count * withExpiry).toBeGreaterThan(TEMPLATE_BODY_LIMIT);
    expect(() => synthesize({ ...base, users: users(count, EXPIRES) })).toThrow(
      /^stack 'docs-edge': the rendered template is [\d,]+ bytes, over CloudFormation's TemplateBody limit of 51,200 bytes/,
    );
  });
});

describe('writeSynth', () => {
  const result = synthesize(base);

  it('writes the templates, parameters, a manifest and a README, and returns them', () => {
    const dir = join(tempDir(), 'out');
    const written = writeSynth(result, dir);
    expect(written).toEqual(SYNTH_FILES.map((name) => join(dir, name)));
    const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
    expect(read('edge.template.json')).toBe(result.edge.templateBody);
    expect(read('site.template.json')).toBe(result.site.templateBody);
    expect(JSON.parse(read('edge.parameters.json'))).toEqual(result.edge.parameters);
    expect(JSON.parse(read('site.parameters.json'))).toEqual(result.site.parameters);
    expect(JSON.parse(read('manifest.json'))).toMatchObject({
      edge: { stackName: 'docs-edge', region: 'us-east-1', fingerprint: result.edge.fingerprint },
      site: {
        stackName: 'docs-site',
        region: 'eu-central-1',
        resolvedAtDeploy: result.site.resolvedAtDeploy,
      },
    });
    expect(read('README.txt')).toContain('EdgeFunctionVersionArn: not known offline');
  });

  it("names where the function runtime's store comes from: the bootstrap stack's, by name", () => {
    const fn = synthesize({
      ...base,
      edge: 'function',
      renderFunctionCode: (c) => `const P = '${c.pepper}';`,
    });
    const dir = join(tempDir(), 'out');
    writeSynth(fn, dir);
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain(
      "UsersStoreArn: not known offline; deploy reads the ARN of the bootstrap stack's KeyValueStore 'docs-users' by its name.",
    );
    expect(() => assertResolved(fn.site)).toThrow(
      /UsersStoreArn \(the ARN of the bootstrap stack's KeyValueStore 'docs-users'\)/,
    );
  });

  it('writes the same bytes for the same result, and no password', () => {
    const [a, b] = [tempDir(), tempDir()];
    writeSynth(result, a);
    writeSynth(synthesize(base), b);
    for (const name of SYNTH_FILES) {
      const text = readFileSync(join(a, name), 'utf8');
      expect(readFileSync(join(b, name), 'utf8')).toBe(text);
      for (const { password } of [ALICE, BOB]) expect(text).not.toContain(password);
    }
  });
});

describe('templates.generated.ts', () => {
  it('holds the current cloudformation/*.yaml (run node scripts/embed-templates.mjs)', () => {
    for (const name of ['bootstrap', 'edge', 'site'] as const) {
      const onDisk = readFileSync(join(process.cwd(), 'cloudformation', `${name}.yaml`), 'utf8');
      expect(EMBEDDED_TEMPLATES[`${name}.yaml`]).toBe(onDisk);
    }
  });
});

describe('edge runtime and plan stand-ins (issue 9 #4, issue 15 #4)', () => {
  const runtimeOf = (body: string): unknown =>
    jsonAt(parse(body), 'Resources', 'EdgeFunction', 'Properties', 'Runtime');
  const versionDescription = (body: string): unknown =>
    jsonAt(parse(body), 'Resources', 'EdgeFunctionVersion', 'Properties', 'Description');

  it('the runtime placeholder takes `edge-runtime` (nodejs24.x by default)', () => {
    expect(runtimeOf(synthesize(base).edge.templateBody)).toBe('nodejs24.x');
    const older = synthesize({ ...base, edgeRuntime: 'nodejs22.x' }).edge;
    expect(runtimeOf(older.templateBody)).toBe('nodejs22.x');
    // The version follows the runtime: a runtime switch publishes a new version.
    expect(versionDescription(older.templateBody)).toEqual(
      expect.stringContaining('viewer-request nodejs22.x sha256:'),
    );
    expect(older.fingerprint).not.toBe(synthesize(base).edge.fingerprint);
    expect(() => synthesize({ ...base, edgeRuntime: 'python3.13' })).toThrow(/edge-runtime/);
  });

  it('stand-in hashes: no password is hashed, the template has the real shape and size', () => {
    const real = synthesize(base).edge.templateBody;
    const standIn = synthesize({ ...base, standInHashes: true }).edge.templateBody;
    expect(standIn).not.toBe(real);
    expect(zipFileOf(standIn)).toContain('A'.repeat(43));
    expect(Math.abs(bytes(standIn) - bytes(real))).toBeLessThan(100);
    // The same users with other passwords render the same stand-in: passwords play no part.
    const other = synthesize({
      ...base,
      users: [
        { ...ALICE, password: 'x' },
        { ...BOB, password: 'y' },
      ],
      standInHashes: true,
    });
    expect(other.edge.templateBody).toBe(standIn);
  });
});

describe('previews (issue 25): the wildcard alias and the manifests CloudFront never reads', () => {
  const certificateArn =
    'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-aaaa-bbbb-cccc-123456789012';
  const custom: SynthOptions = {
    ...base,
    domainName: 'docs.example.com',
    certificateArn,
  };
  /** The site's distribution and bucket policy as deploy would create them (rendered-resources). */
  function deployed(options: SynthOptions): { aliases: Json; manifestDeny: Json } {
    const resources = renderedSite('docs', { name: 'previews', options });
    const distribution = resources.find((r) => r.type === 'AWS::CloudFront::Distribution');
    const policy = resources.find((r) => r.type === 'AWS::S3::BucketPolicy');
    const statements = jsonAt(policy?.properties, 'PolicyDocument', 'Statement');
    const deny = (Array.isArray(statements) ? statements : []).find(
      (st) => jsonAt(st, 'Sid') === 'DenyCloudFrontManifest',
    );
    return {
      aliases: jsonAt(distribution?.properties, 'DistributionConfig', 'Aliases') ?? null,
      manifestDeny: jsonAt(deny, 'Resource') ?? null,
    };
  }
  const bucketArn = 'arn:aws:s3:::docs-site-123456789012-eu-central-1';

  it('without previews: the site name alone, the root manifest alone, and the parameters of before', () => {
    expect(deployed(custom)).toEqual({
      aliases: ['docs.example.com'],
      manifestDeny: `${bucketArn}/.secure-dist/*`,
    });
    const keys = synthesize(custom).site.parameters.map((p) => p.ParameterKey);
    expect(keys).not.toContain('Previews');
    expect(keys).not.toContain('PreviewDomain');
  });

  it("previews without a domain: the previews' manifests denied too, no new alias", () => {
    const options = { ...custom, previews: { domain: undefined } };
    expect(deployed(options)).toEqual({
      aliases: ['docs.example.com'],
      manifestDeny: [`${bucketArn}/.secure-dist/*`, `${bucketArn}/_previews/*/.secure-dist/*`],
    });
    expect(deployed({ ...base, previews: { domain: undefined } }).aliases).toBeNull();
    expect(synthesize(options).site.parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'Previews', ParameterValue: 'true' },
        { ParameterKey: 'PreviewDomain', ParameterValue: '' },
      ]),
    );
  });

  it('previews.domain: `*.<domain>` beside the site name, on the same certificate', () => {
    const options = { ...custom, previews: { domain: 'preview.example.com' } };
    expect(deployed(options)).toEqual({
      aliases: ['docs.example.com', '*.preview.example.com'],
      manifestDeny: [`${bucketArn}/.secure-dist/*`, `${bucketArn}/_previews/*/.secure-dist/*`],
    });
    const resources = renderedSite('docs', { name: 'previews', options });
    const distribution = resources.find((r) => r.type === 'AWS::CloudFront::Distribution');
    expect(
      jsonAt(
        distribution?.properties,
        'DistributionConfig',
        'ViewerCertificate',
        'AcmCertificateArn',
      ),
    ).toBe(certificateArn);
  });

  it("refuses previews.domain without the site's domain and certificate", () => {
    expect(() => synthesize({ ...base, previews: { domain: 'preview.example.com' } })).toThrow(
      /previews\.domain needs domain-name and certificate-arn/,
    );
  });
});
