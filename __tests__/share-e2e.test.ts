/**
 * Share links end to end (issue 12): the committed bundle run as the runner runs it
 * (`node dist/index.js` with INPUT_* variables), against the loopback stand-ins of
 * deploy-e2e (S3 server, STS, OIDC, CloudFormation, CloudFront) plus a Secrets Manager stub
 * here (awsJson1.1: `X-Amz-Target: secretsmanager.<Operation>`; GetSecretValue, CreateSecret,
 * PutSecretValue with the response members of the API reference; a missing secret is a 400
 * `ResourceNotFoundException`).
 *
 * A deploy with `share-links: true` creates the key secret in the site's region and gives the
 * site stack its public key and the edge function `share: true`; `command: share` then prints
 * nothing but a mask for the link, sets it as the `url` output, and the link verifies with that
 * public key; the job summary shows scope and expiry, never the link; no log line carries the
 * private key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { parseOutputFile, runProcess } from './helpers/runner.js';
import { actionInputs } from './helpers/action-env.js';
import { REPO_ROOT, startS3Server, type S3Server, ACTION_NODE } from './helpers/s3-server.js';
import { credentialScope, startAwsStubs, type AwsStubs } from './helpers/aws-stubs.js';
import { parseShareKeys, signingKey } from '../src/share/keys.js';
import { verifySignedUrl } from '../src/share/verify.js';
import { DIST } from './helpers/dist.js';

const BUNDLE = path.join(DIST, 'index.js');
const REGION = 'eu-central-1';
const ROLE = 'arn:aws:iam::123456789012:role/deploy';

interface SecretCall {
  readonly operation: string;
  readonly region: string | undefined;
  readonly body: Record<string, unknown>;
}

/** A one-secret-store Secrets Manager on loopback. */
async function startSecretsManagerStub(): Promise<{
  url: string;
  calls: SecretCall[];
  secrets: Map<string, string>;
  close(): Promise<void>;
}> {
  const calls: SecretCall[] = [];
  const secrets = new Map<string, string>();
  let version = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').replace('secretsmanager.', '');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
        string,
        unknown
      >;
      const region = credentialScope(req.headers.authorization)?.region;
      calls.push({ operation, region, body });
      const name = String(body.SecretId ?? body.Name ?? '');
      const arn = `arn:aws:secretsmanager:${region ?? REGION}:123456789012:secret:${name}-AbCdEf`;
      const reply = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      if (operation === 'GetSecretValue') {
        const value = secrets.get(name);
        if (value === undefined) {
          reply(400, {
            __type: 'ResourceNotFoundException',
            message: "Secrets Manager can't find the specified secret.",
          });
          return;
        }
        reply(200, {
          ARN: arn,
          Name: name,
          VersionId: `v${version}`,
          SecretString: value,
          VersionStages: ['AWSCURRENT'],
          CreatedDate: 1_800_000_000,
        });
      } else if (operation === 'CreateSecret' || operation === 'PutSecretValue') {
        secrets.set(name, String(body.SecretString));
        version += 1;
        reply(200, { ARN: arn, Name: name, VersionId: `v${version}` });
      } else {
        reply(400, { __type: 'InvalidRequestException', message: `not stubbed: ${operation}` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: string | AddressInfo | null = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    secrets,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let s3Server: S3Server;
let stubs: AwsStubs;
let sm: Awaited<ReturnType<typeof startSecretsManagerStub>>;
let work: string;
let workspace: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'share-e2e-'));
  workspace = path.join(work, 'repo');
  await mkdir(path.join(work, 'home'));
  await cp(path.join(REPO_ROOT, 'example'), path.join(workspace, 'site'), { recursive: true });
  s3Server = await startS3Server();
  const s3 = new S3Client({
    region: REGION,
    endpoint: s3Server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const bucket = `share-e2e-bucket-${process.pid}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  s3.destroy();
  stubs = await startAwsStubs({ s3Port: s3Server.port, siteBucket: bucket });
  sm = await startSecretsManagerStub();
}, 60_000);

afterAll(async () => {
  await sm?.close();
  await stubs?.stop();
  await s3Server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function runAction(inputs: Record<string, string>) {
  const id = Math.random().toString(36).slice(2);
  const outputFile = path.join(work, `output-${id}`);
  const summaryFile = path.join(work, `summary-${id}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: path.join(work, 'home'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...stubs.env,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.url,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo-org/octo-site',
  };
  Object.assign(env, actionInputs(workspace, inputs));
  const { code, stdout, stderr } = await runProcess(ACTION_NODE, [BUNDLE], env, workspace);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

const common = {
  'role-to-assume': ROLE,
  'basic-auth-users': 'alice:correct horse',
  'content-dir': 'site',
  region: REGION,
  'rate-limit': '0',
};

describe('share links through the bundle', () => {
  let publicKey = '';
  let privateKey = '';

  it('deploy with share-links: true creates the key secret in the site region and trusts its public key', async () => {
    const run = await runAction({ ...common, command: 'deploy', 'share-links': 'true' });
    expect({ code: run.code, errors: run.stdout.match(/^::error::.*$/gm) ?? [] }).toEqual({
      code: 0,
      errors: [],
    });
    const create = sm.calls.find((c) => c.operation === 'CreateSecret');
    expect(create).toMatchObject({ region: REGION, body: { Name: 'secure-dist/share-key' } });
    const state = parseShareKeys(
      sm.secrets.get('secure-dist/share-key') ?? '',
      'secret',
      () => undefined,
    );
    const key = signingKey(state);
    publicKey = key?.publicKey ?? '';
    privateKey = key?.privateKey ?? '';
    const site = stubs.cloudFormation.stack(REGION, 'secure-dist-site');
    expect(site?.parameters.ShareKeyA).toBe(publicKey);
    const edge = stubs.cloudFormation.stack('us-east-1', 'secure-dist-edge');
    expect(edge?.templateBody).toContain('\\"share\\":true');
    // The private key is masked and appears nowhere else: not in the log, not in a template.
    const lines = privateKey.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
    const masks = run.stdout.match(/^::add-mask::.*$/gm)?.join('\n') ?? '';
    const unmasked = run.stdout.replace(/^::add-mask::.*\n/gm, '') + run.stderr + run.summary;
    for (const line of lines) {
      expect(masks).toContain(line);
      expect(unmasked).not.toContain(line);
      expect(site?.templateBody ?? '').not.toContain(line);
      expect(JSON.stringify(site?.parameters)).not.toContain(line);
    }
  }, 120_000);

  it('command: share sets the masked link as `url`; it verifies with the public key; the summary shows scope and expiry only', async () => {
    const run = await runAction({
      'role-to-assume': ROLE,
      region: REGION,
      command: 'share',
      path: 'docs/index.html',
      'expires-in': '2h',
    });
    expect({ code: run.code, errors: run.stdout.match(/^::error::.*$/gm) ?? [] }).toEqual({
      code: 0,
      errors: [],
    });
    const url = run.outputs.url ?? '';
    expect(url).toMatch(
      /^https:\/\/[^/]+\/_share\/docs\/index\.html\?Expires=\d+&Key-Pair-Id=[^&]+&Signature=[^&]+&Hash-Algorithm=SHA256$/,
    );
    expect(run.stdout).toContain(`::add-mask::${url}`);
    const unmasked = run.stdout.replace(/^::add-mask::.*\n/gm, '');
    expect(unmasked).not.toContain('Signature=');
    expect(run.summary).not.toContain('Signature=');
    expect(run.summary).toMatch(/the file docs\/index\.html/);
    const keyId = /Key-Pair-Id=([^&]+)/.exec(url)?.[1] ?? '';
    const origin = new URL(url).origin;
    const now = Math.floor(Date.now() / 1000);
    const keys = new Map([[keyId, publicKey]]);
    expect(verifySignedUrl(origin, url.slice(origin.length), keys, now)).toMatchObject({
      ok: true,
    });
    expect(verifySignedUrl(origin, url.slice(origin.length), keys, now + 7201)).toMatchObject({
      ok: false,
    });
    expect(sm.calls.filter((c) => c.operation !== 'GetSecretValue').length).toBe(1);
  }, 120_000);

  it('share-key-rotate: true adds a key in slot B (A still trusted) and share signs with B; revoke leaves only a new key', async () => {
    const rotated = await runAction({
      ...common,
      command: 'deploy',
      'share-links': 'true',
      'share-key-rotate': 'true',
    });
    expect(rotated.code).toBe(0);
    expect(sm.calls.filter((c) => c.operation === 'PutSecretValue')).toHaveLength(1);
    const site = () => stubs.cloudFormation.stack(REGION, 'secure-dist-site')?.parameters ?? {};
    expect(site().ShareKeyA).toBe(publicKey);
    expect(site().ShareKeyB).toMatch(/BEGIN PUBLIC KEY/);
    expect(site().ShareKeyC).toBe('');
    const state = parseShareKeys(
      sm.secrets.get('secure-dist/share-key') ?? '',
      'secret',
      () => undefined,
    );
    expect(signingKey(state)?.slot).toBe('B');
    const share = await runAction({
      'role-to-assume': ROLE,
      region: REGION,
      command: 'share',
      path: 'docs/',
    });
    expect(share.code).toBe(0);
    // The stub names each output after its key: the link carries slot B's key ID.
    expect(share.outputs.url).toMatch(
      /\/_share\/docs\/\?Policy=[^&]+&Key-Pair-Id=secure-dist-site-ShareKeyBId&/,
    );
    expect(share.summary).toMatch(/every file under docs\//);

    const revoked = await runAction({
      ...common,
      command: 'deploy',
      'share-links': 'true',
      'share-key-rotate': 'revoke',
    });
    expect(revoked.code).toBe(0);
    expect([site().ShareKeyA, site().ShareKeyB]).toEqual(['', '']);
    expect(site().ShareKeyC).toMatch(/BEGIN PUBLIC KEY/);
    expect(revoked.stdout).toMatch(/Links signed before are refused once this deploy has finished/);
  }, 180_000);

  it('command: share without path names the input', async () => {
    const run = await runAction({ 'role-to-assume': ROLE, region: REGION, command: 'share' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::`path`: `command: share` needs/);
  }, 60_000);
});
