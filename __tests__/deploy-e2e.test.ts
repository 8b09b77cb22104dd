/**
 * `command: deploy` end to end: the committed bundle, run as the runner runs it
 * (`node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files),
 * with every AWS endpoint on loopback: the S3 server (behind a recording proxy), and
 * recording stubs for the runner's OIDC token endpoint, STS, CloudFormation and CloudFront.
 *
 * The runs build on each other: a first deploy, a content-only push (the fast path: one
 * DescribeStacks per stack, no change set), a new password (a new edge version, the site
 * follows), then `plan` against the deployed stacks and against stacks that do not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { parseOutputFile, runProcess } from './helpers/runner.js';
import { actionInputs } from './helpers/action-env.js';
import { startLogsStub } from './helpers/logs-stub.js';
import { REPO_ROOT, startS3Server, type S3Server, ACTION_NODE } from './helpers/s3-server.js';
import {
  FAKE_DISTRIBUTION_DOMAIN,
  FAKE_DISTRIBUTION_ID,
  fastPathTiming,
  requestCounts,
  startAwsStubs,
  type AwsStubs,
  type RecordedRequest,
  type Service,
} from './helpers/aws-stubs.js';
import { DIST } from './helpers/dist.js';

const BUNDLE = path.join(DIST, 'index.js');
const EXAMPLE = path.join(REPO_ROOT, 'example');
const MANIFEST_KEY = '.secure-dist/manifest.json';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const REGION = 'eu-central-1';
const PASSWORD = 'correct horse';
const NEW_PASSWORD = 'battery staple';
const PLAN_PASSWORD = 'tr0ub4dor & 3';
const EDGE = 'secure-dist-edge';
const SITE = 'secure-dist-site';
const EDGE_ARN_1 =
  'arn:aws:lambda:us-east-1:123456789012:function:secure-dist-edge-viewer-request:1';
const EDGE_ARN_2 =
  'arn:aws:lambda:us-east-1:123456789012:function:secure-dist-edge-viewer-request:2';

let s3Server: S3Server;
let stubs: AwsStubs;
let s3: S3Client;
let work: string;
let workspace: string;
let bucket: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deploy-e2e-'));
  workspace = path.join(work, 'repo');
  await mkdir(path.join(work, 'home'));
  await cp(EXAMPLE, path.join(workspace, 'site'), { recursive: true });
  s3Server = await startS3Server();
  s3 = new S3Client({
    region: REGION,
    endpoint: s3Server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  bucket = `secure-dist-site-bucket-${process.pid}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  stubs = await startAwsStubs({ s3Port: s3Server.port, siteBucket: bucket });
});

afterAll(async () => {
  s3?.destroy();
  await stubs?.stop();
  await s3Server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputsText: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** `performance.now()` just before the process was spawned. */
  readonly startedAt: number;
  /** How many requests each stub had before this run: `since.<service>` indexes its first. */
  readonly since: Record<Service, number>;
}

async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const id = Math.random().toString(36).slice(2);
  const outputFile = path.join(work, `output-${id}`);
  const summaryFile = path.join(work, `summary-${id}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    // No ~/.aws of the machine running the tests, no instance metadata.
    HOME: path.join(work, 'home'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...stubs.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo-org/octo-site',
    ...extraEnv,
  };
  Object.assign(env, actionInputs(workspace, inputs));
  const since = requestCounts(stubs);
  const startedAt = performance.now();
  const { code, stdout, stderr } = await runProcess(ACTION_NODE, [BUNDLE], env, workspace);
  const outputsText = await readFile(outputFile, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputsText,
    outputs: parseOutputFile(outputsText),
    summary: await readFile(summaryFile, 'utf8'),
    startedAt,
    since,
  };
}

function expectSuccess(run: Run): void {
  // On failure, the diff shows the action's log: what it said is the diagnosis.
  const log = run.stdout.replace(/^::add-mask::.*\n/gm, '') + run.stderr;
  expect({ code: run.code, errors: run.stdout.match(/^::error::.*$/gm) ?? [], log }).toEqual({
    code: 0,
    errors: [],
    log: expect.any(String),
  });
}

/** A deploy of the site (the settings below go into secure-dist.yml: helpers/action-env.ts). */
const deployInputs = (password: string): Record<string, string> => ({
  command: 'deploy',
  'role-to-assume': ROLE,
  'basic-auth-users': `alice:${password}`,
  'content-dir': 'site',
  region: REGION,
  'wait-for-invalidation': 'true',
});

/** The requests of one stub made during `run`. */
function during(run: Run, service: Service): RecordedRequest[] {
  const server = {
    sts: stubs.sts,
    cloudformation: stubs.cloudFormation,
    cloudfront: stubs.cloudFront,
    oidc: stubs.oidc,
    s3: stubs.s3,
  }[service];
  return server.requests.slice(run.since[service]);
}

/** The CloudFormation calls of `action` on `stack` (by name or ARN) during `run`. */
function cfnCalls(run: Run, action: string, stack: string): RecordedRequest[] {
  return during(run, 'cloudformation').filter(
    (r) =>
      r.action === action &&
      (r.params.StackName === stack || (r.params.StackName ?? '').includes(`:stack/${stack}/`)),
  );
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('expected one item');
  return item;
}

/** The secret and the ways a request or a log could carry it without spelling it out. */
function secretForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ p: secret }).toString().slice(2),
    Buffer.from(`alice:${secret}`).toString('base64'),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/**
 * The secret appears nowhere: not in the log (apart from the runner's `::add-mask::`
 * command, which is how it learns to mask it, and which it never prints), the outputs, the
 * summary, nor in any request any stub received.
 */
function expectSecretNowhere(run: Run, secret: string, inThisRun = true): void {
  if (inThisRun) expect(run.stdout).toContain(`::add-mask::${secret}`);
  const log = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const requests = stubs
    .all()
    .map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`)
    .join('\n');
  const places = {
    log,
    stderr: run.stderr,
    outputs: run.outputsText,
    summary: run.summary,
    requests,
  };
  const found = Object.entries(places).flatMap(([where, text]) =>
    secretForms(secret)
      .filter((form) => text.includes(form))
      .map((form) => `${where}: ${JSON.stringify(form)}`),
  );
  expect(found).toEqual([]);
}

async function bucketListing(): Promise<{ key: string; etag: string; modified: string }[]> {
  const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (res.Contents ?? []).map((o) => ({
    key: o.Key ?? '',
    etag: o.ETag ?? '',
    modified: o.LastModified?.toISOString() ?? '',
  }));
}

async function exampleKeys(dir = EXAMPLE, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory())
      keys.push(...(await exampleKeys(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else keys.push(`${prefix}${e.name}`);
  }
  return keys.sort();
}

function parameterOf(req: RecordedRequest, key: string): string | undefined {
  for (let i = 1; ; i++) {
    const k = req.params[`Parameters.member.${i}.ParameterKey`];
    if (k === undefined) return undefined;
    if (k === key) return req.params[`Parameters.member.${i}.ParameterValue`];
  }
}

describe('dist/index.js deploy, every AWS endpoint on loopback', () => {
  let first: Run;

  it('first deploy: OIDC ⇒ STS, the edge stack in us-east-1, then the site stack in `region`, then content (no invalidation: a new distribution has no cache)', async () => {
    first = await runAction(deployInputs(PASSWORD));
    expectSuccess(first);

    // Credentials: the runner's token, exchanged once; every later call signed with the session.
    const tokenRequest = only(during(first, 'oidc'));
    expect(tokenRequest.headers.authorization).toBe(`Bearer ${stubs.oidc.requestToken}`);
    expect(tokenRequest.params.audience).toBe('sts.amazonaws.com');
    const assume = only(during(first, 'sts'));
    expect(assume.action).toBe('AssumeRoleWithWebIdentity');
    expect(assume.params.RoleArn).toBe(ROLE);
    expect(assume.params.WebIdentityToken).toBe(stubs.oidc.issued[0]);
    expect(assume.params.RoleSessionName).toMatch(/^[\w+=,.@-]{2,64}$/);
    for (const r of [
      ...during(first, 'cloudformation'),
      ...during(first, 'cloudfront'),
      ...during(first, 's3'),
    ]) {
      expect({ action: r.action, key: r.accessKeyId, token: r.securityToken }).toEqual({
        action: r.action,
        key: stubs.sts.accessKeyId,
        token: stubs.sts.sessionToken,
      });
    }

    // The edge stack, created in us-east-1, before anything happens to the site stack.
    const edgeCreate = only(cfnCalls(first, 'CreateChangeSet', EDGE));
    expect(edgeCreate.params.ChangeSetType).toBe('CREATE');
    const edgeExecute = only(cfnCalls(first, 'ExecuteChangeSet', EDGE));
    const siteCreate = only(cfnCalls(first, 'CreateChangeSet', SITE));
    expect(siteCreate.params.ChangeSetType).toBe('CREATE');
    // cloudformation-role auto: the bootstrap's service role in the account of role-to-assume.
    for (const create of [edgeCreate, siteCreate]) {
      expect(create.params.RoleARN).toBe(
        'arn:aws:iam::123456789012:role/secure-dist-cloudformation',
      );
    }
    const siteExecute = only(cfnCalls(first, 'ExecuteChangeSet', SITE));
    expect(edgeExecute.at).toBeLessThan(siteCreate.at);
    for (const r of during(first, 'cloudformation')) {
      const stack = r.params.StackName ?? '';
      const region = stack === EDGE || stack.includes(`:stack/${EDGE}/`) ? 'us-east-1' : REGION;
      expect({ action: r.action, stack, region: r.region }).toEqual({
        action: r.action,
        stack,
        region,
      });
    }
    expect(cfnCalls(first, 'DescribeStacks', EDGE).length).toBeGreaterThanOrEqual(1);

    // The site stack gets the edge stack's version ARN.
    const edgeStack = stubs.cloudFormation.stack('us-east-1', EDGE);
    const siteStack = stubs.cloudFormation.stack(REGION, SITE);
    expect(edgeStack?.status).toBe('CREATE_COMPLETE');
    expect(siteStack?.status).toBe('CREATE_COMPLETE');
    expect(edgeStack?.outputs.EdgeFunctionVersionArn).toBe(EDGE_ARN_1);
    expect(parameterOf(siteCreate, 'EdgeFunctionVersionArn')).toBe(EDGE_ARN_1);
    expect(siteStack?.parameters.EdgeFunctionVersionArn).toBe(EDGE_ARN_1);
    // rate-limit (default 1000): the edge stack's web ACL goes to the distribution.
    expect(parameterOf(only(cfnCalls(first, 'CreateChangeSet', EDGE)), 'RateLimit')).toBe('1000');
    expect(parameterOf(siteCreate, 'WebAclArn')).toBe(edgeStack?.outputs.WebAclArn);
    expect(parameterOf(siteCreate, 'WebAclArn')).toMatch(/:global\/webacl\/.+-rate-limit\//);
    for (const s of [edgeStack, siteStack]) {
      expect(s?.tags['secure-dist:fingerprint']).toMatch(/^[0-9a-f]{64}$/);
      expect(s?.capabilities).toEqual(expect.arrayContaining(['CAPABILITY_IAM']));
    }
    expect(siteExecute.at).toBeLessThan(during(first, 's3')[0]?.at ?? -1);

    // The edge function carries the user and a hash, never the password.
    const edgeTemplate = edgeCreate.params.TemplateBody ?? '';
    expect(edgeTemplate).toContain('alice');
    expect(edgeTemplate).not.toContain(PASSWORD);

    // Every file is in the bucket, sent to `region`.
    const keys = (await bucketListing()).map((o) => o.key);
    expect(keys.filter((k) => k !== MANIFEST_KEY).sort()).toEqual(await exampleKeys());
    expect(keys).toContain(MANIFEST_KEY);
    for (const r of during(first, 's3')) expect(r.region).toBe(REGION);
    const page = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'index.html' }));
    expect(await page.Body?.transformToString()).toBe(
      await readFile(path.join(EXAMPLE, 'index.html'), 'utf8'),
    );

    // The distribution was created by this run: nothing is cached, so no invalidation is sent.
    expect(stubs.cloudFront.invalidations).toEqual([]);
    expect(during(first, 'cloudfront')).toEqual([]);
    expect(first.summary).toContain('New distribution: nothing is cached yet.');

    expect(first.outputs).toMatchObject({
      url: `https://${FAKE_DISTRIBUTION_DOMAIN}/`,
      bucket,
      'distribution-id': FAKE_DISTRIBUTION_ID,
      'distribution-domain': FAKE_DISTRIBUTION_DOMAIN,
      'edge-function-version-arn': EDGE_ARN_1,
      uploaded: String((await exampleKeys()).length),
      deleted: '0',
      unchanged: '0',
      'invalidation-id': '',
    });
    expect(first.outputs['invalidated-paths']).toBe('[]');
    expect(Number(first.outputs['bytes-uploaded'])).toBeGreaterThan(0);

    expect(first.summary).toContain(`| \`${EDGE}\` | created | CREATE_COMPLETE |`);
    expect(first.summary).toContain(`| \`${SITE}\` | created | CREATE_COMPLETE |`);
    expect(first.summary).toContain(`https://${FAKE_DISTRIBUTION_DOMAIN}/`);

    expectSecretNowhere(first, PASSWORD);
    for (const jwt of stubs.oidc.issued)
      expect(first.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(jwt);
  }, 60_000);

  it('content-only push: one DescribeStacks per stack, no change set, one file uploaded and invalidated', async () => {
    await appendFile(path.join(workspace, 'site', 'css', 'site.css'), '\n/* edited */\n');
    const run = await runAction(deployInputs(PASSWORD));
    expectSuccess(run);

    // The fast path: the fingerprints match, so each stack costs exactly one call.
    const cfn = during(run, 'cloudformation');
    expect(cfn.map((r) => `${r.action} ${r.params.StackName ?? ''} ${r.region ?? ''}`)).toEqual([
      `DescribeStacks ${EDGE} us-east-1`,
      `DescribeStacks ${SITE} ${REGION}`,
    ]);
    expect(run.summary).toContain(`| \`${EDGE}\` | skipped |`);
    expect(run.summary).toContain(`| \`${SITE}\` | skipped |`);
    expect(run.outputs['edge-function-version-arn']).toBe(EDGE_ARN_1);

    // The manifest without its bucket snapshot before the upload, with the new one after; the
    // snapshot the first deploy wrote stands for the listing.
    const puts = during(run, 's3').filter((r) => r.action === 'PutObject');
    expect(puts.map((r) => decodeURIComponent(new URL(r.url, 'http://x').pathname))).toEqual([
      `/${bucket}/${MANIFEST_KEY}`,
      `/${bucket}/css/site.css`,
      `/${bucket}/${MANIFEST_KEY}`,
    ]);
    expect(during(run, 's3').filter((r) => r.action === 'ListObjectsV2')).toEqual([]);
    expect(run.outputs.uploaded).toBe('1');
    const invalidation = stubs.cloudFront.invalidations.at(-1);
    expect(invalidation?.paths).toEqual(['/css/site.css']);
    expect(run.outputs['invalidation-id']).toBe(invalidation?.id);
    // `wait-for-invalidation`: polled (after the sync) until CloudFront says Completed.
    const poll = only(during(run, 'cloudfront').filter((r) => r.action === 'GetInvalidation'));
    expect(poll.url).toBe(
      `/2020-05-31/distribution/${FAKE_DISTRIBUTION_ID}/invalidation/${invalidation?.id ?? ''}`,
    );
    expect(run.summary).toContain(`\`${invalidation?.id ?? ''}\` — Completed`);

    // The requests before the first S3 request: the fast path makes no others. Its time is
    // a benchmark (scripts/bench-fastpath.mjs, BENCHMARKS.md), not a timed test.
    const timing = fastPathTiming(stubs, run.startedAt, run.since);
    expect(timing.before.map((r) => r.action)).toEqual([
      'GetIDToken',
      'AssumeRoleWithWebIdentity',
      'DescribeStacks',
      'DescribeStacks',
    ]);
    expectSecretNowhere(run, PASSWORD);
  }, 60_000);

  it('a new password: the edge stack is updated to a new version, and the site stack follows', async () => {
    const before = await bucketListing();
    const run = await runAction(deployInputs(NEW_PASSWORD));
    expectSuccess(run);

    const edgeCreate = only(cfnCalls(run, 'CreateChangeSet', EDGE));
    expect(edgeCreate.region).toBe('us-east-1');
    expect(edgeCreate.params.ChangeSetType).toBe('UPDATE');
    only(cfnCalls(run, 'ExecuteChangeSet', EDGE));
    const edgeChangeSet = stubs.cloudFormation.changeSetLog.find(
      (c) => c.changeSet.id === cfnCalls(run, 'ExecuteChangeSet', EDGE)[0]?.params.ChangeSetName,
    );
    expect(edgeChangeSet?.changeSet.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ logicalId: 'EdgeFunction', action: 'Modify' }),
        expect.objectContaining({
          logicalId: 'EdgeFunctionVersion',
          action: 'Modify',
          replacement: 'True',
        }),
      ]),
    );
    expect(edgeCreate.params.TemplateBody).not.toContain(NEW_PASSWORD);

    const siteCreate = only(cfnCalls(run, 'CreateChangeSet', SITE));
    expect(siteCreate.region).toBe(REGION);
    expect(siteCreate.params.ChangeSetType).toBe('UPDATE');
    expect(parameterOf(siteCreate, 'EdgeFunctionVersionArn')).toBe(EDGE_ARN_2);
    only(cfnCalls(run, 'ExecuteChangeSet', SITE));
    expect(stubs.cloudFormation.stack(REGION, SITE)?.status).toBe('UPDATE_COMPLETE');
    expect(run.outputs['edge-function-version-arn']).toBe(EDGE_ARN_2);
    expect(run.summary).toContain(`| \`${EDGE}\` | updated | UPDATE_COMPLETE |`);

    // Content unchanged: nothing written, nothing invalidated.
    expect(during(run, 's3').filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(during(run, 'cloudfront')).toEqual([]);
    expect(run.outputs.uploaded).toBe('0');
    expect(await bucketListing()).toEqual(before);

    expectSecretNowhere(run, NEW_PASSWORD);
    expectSecretNowhere(run, PASSWORD, false); // nor the old one
  }, 60_000);

  it('sync without `bucket` reads the bucket and distribution from the site stack', async () => {
    const run = await runAction({
      command: 'sync',
      'role-to-assume': ROLE,
      'content-dir': 'site',
      region: REGION,
    });
    expectSuccess(run);
    expect(
      during(run, 'cloudformation').map(
        (r) => `${r.action} ${r.params.StackName ?? ''} ${r.region ?? ''}`,
      ),
    ).toEqual([`DescribeStacks ${SITE} ${REGION}`]);
    expect(run.outputs).toMatchObject({ bucket, uploaded: '0', deleted: '0' });
    expect(during(run, 's3').filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(during(run, 'cloudfront')).toEqual([]);
  }, 60_000);

  it('a stack that lost its fingerprint tag is updated once (tags only), then skipped again', async () => {
    const edge = stubs.cloudFormation.stack('us-east-1', EDGE);
    if (edge === undefined) throw new Error('no edge stack');
    edge.tags = { 'secure-dist:stack': EDGE }; // as left by a deploy that predates the tag
    const healing = await runAction(deployInputs(NEW_PASSWORD));
    expectSuccess(healing);
    const created = only(cfnCalls(healing, 'CreateChangeSet', EDGE));
    expect(created.params.ChangeSetType).toBe('UPDATE');
    only(cfnCalls(healing, 'ExecuteChangeSet', EDGE));
    expect(edge.tags['secure-dist:fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    // Same code, same version: the site stack's fingerprint still matches.
    expect(healing.outputs['edge-function-version-arn']).toBe(EDGE_ARN_2);
    expect(cfnCalls(healing, 'CreateChangeSet', SITE)).toEqual([]);

    const next = await runAction(deployInputs(NEW_PASSWORD));
    expectSuccess(next);
    expect(during(next, 'cloudformation').map((r) => r.action)).toEqual([
      'DescribeStacks',
      'DescribeStacks',
    ]);
  }, 60_000);

  it('a site file change no template sees: the site stack records the new file (tags only), then is skipped again', async () => {
    const site = stubs.cloudFormation.stack(REGION, SITE);
    const before = { template: site?.templateBody, parameters: { ...site?.parameters } };
    const recorded = site?.tags['secure-dist:config'];
    expect(recorded).toMatch(/^[0-9a-f]{64}$/);
    const changed = await runAction({ ...deployInputs(NEW_PASSWORD), 'max-delete': '60%' });
    expectSuccess(changed);
    expect(cfnCalls(changed, 'CreateChangeSet', EDGE)).toEqual([]);
    const update = only(cfnCalls(changed, 'CreateChangeSet', SITE));
    expect(update.params.ChangeSetType).toBe('UPDATE');
    only(cfnCalls(changed, 'ExecuteChangeSet', SITE));
    const after = stubs.cloudFormation.stack(REGION, SITE);
    expect([after?.templateBody, after?.parameters]).toEqual([before.template, before.parameters]);
    expect(after?.tags['secure-dist:config']).toMatch(/^[0-9a-f]{64}$/);
    expect(after?.tags['secure-dist:config']).not.toBe(recorded);

    const again = await runAction({ ...deployInputs(NEW_PASSWORD), 'max-delete': '60%' });
    expectSuccess(again);
    expect(during(again, 'cloudformation').map((r) => r.action)).toEqual([
      'DescribeStacks',
      'DescribeStacks',
    ]);
    // Back to the file the other tests deploy.
    expectSuccess(await runAction(deployInputs(NEW_PASSWORD)));
    expect(stubs.cloudFormation.stack(REGION, SITE)?.tags['secure-dist:config']).toBe(recorded);
  }, 60_000);

  it('plan against the deployed stacks: change sets made and deleted, nothing executed, bucket untouched', async () => {
    await appendFile(path.join(workspace, 'site', 'docs', 'release-notes.txt'), '\nplanned\n');
    const before = await bucketListing();
    const edgeBefore = { ...stubs.cloudFormation.stack('us-east-1', EDGE) };
    const siteBefore = { ...stubs.cloudFormation.stack(REGION, SITE) };
    const run = await runAction({
      ...deployInputs(PLAN_PASSWORD),
      command: 'plan',
      'domain-name': 'docs.example.com',
      'certificate-arn':
        'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    });
    expectSuccess(run);

    for (const [stack, region] of [
      [EDGE, 'us-east-1'],
      [SITE, REGION],
    ] as const) {
      const created = only(cfnCalls(run, 'CreateChangeSet', stack));
      expect(created.region).toBe(region);
      expect(created.params.ChangeSetType).toBe('UPDATE');
      expect(only(cfnCalls(run, 'DeleteChangeSet', stack)).params.ChangeSetName).toContain(
        created.params.ChangeSetName ?? '?',
      );
    }
    expect(during(run, 'cloudformation').filter((r) => r.action === 'ExecuteChangeSet')).toEqual(
      [],
    );
    expect(during(run, 'cloudformation').filter((r) => r.action === 'DeleteStack')).toEqual([]);
    // The site is planned against the edge version in use.
    expect(
      parameterOf(only(cfnCalls(run, 'CreateChangeSet', SITE)), 'EdgeFunctionVersionArn'),
    ).toBe(EDGE_ARN_2);
    const edgeAfter = stubs.cloudFormation.stack('us-east-1', EDGE);
    const siteAfter = stubs.cloudFormation.stack(REGION, SITE);
    expect([edgeAfter?.templateBody, edgeAfter?.outputs, edgeAfter?.tags]).toEqual([
      edgeBefore.templateBody,
      edgeBefore.outputs,
      edgeBefore.tags,
    ]);
    expect([siteAfter?.parameters, siteAfter?.status]).toEqual([
      siteBefore.parameters,
      siteBefore.status,
    ]);
    expect(edgeAfter?.changeSets.size).toBe(0);
    expect(siteAfter?.changeSets.size).toBe(0);

    // The sync ran as a dry run: reads only.
    expect(during(run, 's3').filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(during(run, 'cloudfront')).toEqual([]);
    expect(await bucketListing()).toEqual(before);

    const changes: unknown = JSON.parse(run.outputs.changes ?? '');
    expect(changes).toEqual({
      stacks: [
        {
          stack: EDGE,
          status: 'update',
          changes: expect.arrayContaining([
            expect.objectContaining({
              logicalId: 'EdgeFunctionVersion',
              action: 'Modify',
              replacement: 'True',
            }),
          ]),
        },
        {
          stack: SITE,
          status: 'update',
          changes: expect.arrayContaining([
            expect.objectContaining({ logicalId: 'Distribution', action: 'Modify' }),
          ]),
        },
      ],
      sync: { upload: 1, metadata: 0, delete: 0, unchanged: (await exampleKeys()).length - 1 },
      // Plan never sees passwords (issue 15 #4): it says what it could not compare.
      skipped: [expect.stringContaining('stand-in password hashes')],
      // The plan's site file (with a domain) is not the one deployed: it says so.
      config: expect.stringMatching(
        /^secure-dist\.yml at this commit differs from the one `secure-dist-site` was last deployed with \(secure-dist:config [0-9a-f]{12}, this file [0-9a-f]{12}\)/,
      ),
    });
    expect(run.summary).toContain('**Site file:** secure-dist.yml at this commit differs');
    expect(run.stdout).toMatch(/^::warning::secure-dist\.yml at this commit differs/m);
    expect(during(run, 'cloudformation').filter((r) => r.action === 'GetTemplate')).toEqual([]);
    expect(run.summary).toContain('#### Not planned');
    expect(run.summary).toContain('### Plan (nothing was changed)');
    expect(run.summary).toContain(`| \`${EDGE}\` | update |`);
    expectSecretNowhere(run, PLAN_PASSWORD);
  }, 60_000);

  it('plan keeps ONE sticky comment per pull request and stack-name (comment-on-pr): created, then updated, never duplicated; others untouched; token masked (issue 13)', async () => {
    interface Comment {
      id: number;
      body: string;
      user: { login: string; type: string };
    }
    const TOKEN = 'ghs_0123456789abcdef';
    const BOT = { login: 'github-actions[bot]', type: 'Bot' };
    const marker = '<!-- secure-dist-plan:secure-dist -->';
    // Someone else's comment with the same marker and plan-like text, and enough other comments
    // that the action's own comment lands on the second page of the listing.
    const theirs = `${marker}\n## secure-dist plan for \`secure-dist\`\n\nI pasted this by hand.`;
    const comments: Comment[] = [
      { id: 1, body: theirs, user: { login: 'octocat', type: 'User' } },
      ...Array.from({ length: 120 }, (_, i) => ({
        id: 2 + i,
        body: `looks good ${i}`,
        user: { login: 'octocat', type: 'User' },
      })),
    ];
    let nextId = 1000;
    const requests: { call: string; authorization: string }[] = [];
    const api = http.createServer((req, res) => {
      let data = '';
      req.setEncoding('utf8').on('data', (d: string) => (data += d));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const call = `${req.method ?? ''} ${url.pathname}`;
        requests.push({ call, authorization: req.headers.authorization ?? '' });
        const json = (
          status: number,
          value: unknown,
          headers: Record<string, string> = {},
        ): void => {
          res
            .writeHead(status, { 'content-type': 'application/json', ...headers })
            .end(JSON.stringify(value));
        };
        const parsed: unknown = JSON.parse(data || 'null');
        const body =
          typeof parsed === 'object' && parsed !== null && 'body' in parsed
            ? String(parsed.body)
            : '';
        if (call === 'GET /user')
          return json(403, { message: 'Resource not accessible by integration' });
        if (call === 'GET /repos/octo-org/octo-site/issues/7/comments') {
          const perPage = Number(url.searchParams.get('per_page') ?? '30');
          const page = Number(url.searchParams.get('page') ?? '1');
          const slice = comments.slice((page - 1) * perPage, page * perPage);
          const next = new URL(url.href.replace('http://127.0.0.1', `http://127.0.0.1:${port}`));
          next.searchParams.set('page', String(page + 1));
          return json(
            200,
            slice,
            page * perPage < comments.length ? { link: `<${next.href}>; rel="next"` } : {},
          );
        }
        if (call === 'POST /repos/octo-org/octo-site/issues/7/comments') {
          const c = { id: nextId++, body, user: BOT };
          comments.push(c);
          return json(201, c);
        }
        const patch = /^PATCH \/repos\/octo-org\/octo-site\/issues\/comments\/(\d+)$/.exec(call);
        const found = comments.find((c) => c.id === Number(patch?.[1]));
        if (found !== undefined) {
          found.body = body;
          return json(200, found);
        }
        return json(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const eventPath = path.join(work, 'pull_request.json');
    const headSha = 'abcdef0123456789abcdef0123456789abcdef01';
    await writeFile(
      eventPath,
      JSON.stringify({
        pull_request: { number: 7, head: { sha: headSha } },
        repository: { name: 'octo-site', owner: { login: 'octo-org' } },
      }),
    );
    const plan = (stackName: string): Promise<Run> =>
      runAction(
        {
          ...deployInputs(NEW_PASSWORD),
          command: 'plan',
          'stack-name': stackName,
          'comment-on-pr': 'true',
          'github-token': TOKEN,
        },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_API_URL: `http://127.0.0.1:${port}`,
          GITHUB_SERVER_URL: 'https://github.invalid',
        },
      );
    const writes = (): string[] =>
      requests.filter((r) => !r.call.startsWith('GET')).map((r) => r.call);
    const mine = (): Comment[] => comments.filter((c) => c.user.login === BOT.login);
    try {
      // First run: created once.
      const first = await plan('secure-dist');
      expectSuccess(first);
      expect(writes()).toEqual(['POST /repos/octo-org/octo-site/issues/7/comments']);
      expect(mine()).toHaveLength(1);
      const created = mine()[0];
      expect(created?.body.split('\n')[0]).toBe(marker);
      expect(created?.body).toContain('### Plan (nothing was changed)');
      expect(created?.body).toContain(
        `for commit [\`abcdef0\`](https://github.invalid/octo-org/octo-site/pull/7/commits/${headSha})`,
      );
      expect(created?.body).toMatch(/Last updated \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
      expect(created?.body).not.toContain(NEW_PASSWORD);
      expect(first.summary).toContain('### Plan (nothing was changed)');

      // Second run (the next push): the same comment updated, found on the listing's 2nd page.
      requests.length = 0;
      created!.body = `${marker}\nan older plan`;
      const second = await plan('secure-dist');
      expectSuccess(second);
      expect(writes()).toEqual([`PATCH /repos/octo-org/octo-site/issues/comments/${created?.id}`]);
      expect(requests.filter((r) => r.call.startsWith('GET /repos'))).toHaveLength(2);
      expect(mine()).toHaveLength(1);
      expect(mine()[0]?.body).toContain('### Plan (nothing was changed)');

      // Another stack-name: its own comment.
      requests.length = 0;
      const other = await plan('other');
      expectSuccess(other);
      expect(writes()).toEqual(['POST /repos/octo-org/octo-site/issues/7/comments']);
      expect(mine().map((c) => c.body.split('\n')[0])).toEqual([
        marker,
        '<!-- secure-dist-plan:other -->',
      ]);

      // Someone else's look-alike comment never touched; the token sent but never printed.
      expect(comments[0]?.body).toBe(theirs);
      for (const run of [first, second, other]) {
        expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
        expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      }
      expect(requests.every((r) => r.authorization.endsWith(TOKEN))).toBe(true);
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  }, 120_000);

  it('plan before the first deploy: CREATE change sets deleted, never a stack; the next deploy creates the REVIEW_IN_PROGRESS stacks (issue 9 #2)', async () => {
    const run = await runAction({
      ...deployInputs(PASSWORD),
      command: 'plan',
      'stack-name': 'fresh',
    });
    expectSuccess(run);
    for (const [stack, region] of [
      ['fresh-edge', 'us-east-1'],
      ['fresh-site', REGION],
    ] as const) {
      const created = only(cfnCalls(run, 'CreateChangeSet', stack));
      expect([created.region, created.params.ChangeSetType]).toEqual([region, 'CREATE']);
      expect(created.params.RoleARN).toBeUndefined();
      only(cfnCalls(run, 'DeleteChangeSet', stack));
      expect(cfnCalls(run, 'DeleteStack', stack)).toEqual([]);
      expect(stubs.cloudFormation.stack(region, stack)?.status).toBe('REVIEW_IN_PROGRESS');
    }
    expect(during(run, 'cloudformation').filter((r) => r.action === 'ExecuteChangeSet')).toEqual(
      [],
    );
    expect(during(run, 's3')).toEqual([]);
    const changes: unknown = JSON.parse(run.outputs.changes ?? '');
    expect(changes).toMatchObject({
      stacks: [
        { stack: 'fresh-edge', status: 'create' },
        { stack: 'fresh-site', status: 'create' },
      ],
      sync: null,
    });
    expect(run.summary).toContain('The bucket does not exist yet');
    expect(run.summary).toContain('placeholder edge function version');

    // The next deploy creates both stacks with CREATE change sets on them.
    const deploy = await runAction({ ...deployInputs(PASSWORD), 'stack-name': 'fresh' });
    expectSuccess(deploy);
    for (const [stack, region] of [
      ['fresh-edge', 'us-east-1'],
      ['fresh-site', REGION],
    ] as const) {
      expect(only(cfnCalls(deploy, 'CreateChangeSet', stack)).params.ChangeSetType).toBe('CREATE');
      expect(cfnCalls(deploy, 'DeleteStack', stack)).toEqual([]);
      expect(stubs.cloudFormation.stack(region, stack)?.status).toBe('CREATE_COMPLETE');
    }
  }, 60_000);

  it('audit-log: the edge function gets the flag, and deploy sets the retention of its log groups in every region where they exist (issue 12)', async () => {
    const logs = await startLogsStub();
    try {
      const group = '/aws/lambda/us-east-1.audited-edge-viewer-request';
      logs.groups.set('us-east-1', new Map([[group, undefined]]));
      logs.groups.set('eu-west-1', new Map([[group, 30]]));
      logs.groups.set('ap-northeast-1', new Map([[group, 14]]));
      logs.groups.set('sa-east-1', new Map([[`${group}-other`, 1]]));
      const run = await runAction(
        {
          ...deployInputs(PASSWORD),
          'stack-name': 'audited',
          'audit-log': 'true',
          'audit-retention-days': '14',
        },
        { AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: logs.url },
      );
      expectSuccess(run);
      const edgeCreate = only(cfnCalls(run, 'CreateChangeSet', 'audited-edge'));
      expect(edgeCreate.params.TemplateBody).toContain('\\"audit\\":true');
      const described = logs.calls.filter((c) => c.operation === 'DescribeLogGroups');
      expect(new Set(described.map((c) => c.region)).size).toBe(17);
      for (const c of logs.calls) {
        expect({ key: c.accessKeyId, token: c.securityToken }).toEqual({
          key: stubs.sts.accessKeyId,
          token: stubs.sts.sessionToken,
        });
      }
      const puts = logs.calls.filter((c) => c.operation === 'PutRetentionPolicy');
      expect(puts.map((c) => [c.region, c.body]).sort()).toEqual([
        ['eu-west-1', { logGroupName: group, retentionInDays: 14 }],
        ['us-east-1', { logGroupName: group, retentionInDays: 14 }],
      ]);
      expect(logs.groups.get('sa-east-1')?.get(`${group}-other`)).toBe(1);
      expect(run.stdout).toMatch(/log retention 14 days on .*: set in us-east-1, eu-west-1/);
      expectSecretNowhere(run, PASSWORD, false);
    } finally {
      await logs.stop();
    }
  }, 60_000);

  it('a bucket deleted outside CloudFormation fails the step with a message that names it', async () => {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).flatMap((o) =>
      o.Key === undefined ? [] : [{ Key: o.Key }],
    );
    if (keys.length > 0)
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }));
    await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
    const run = await runAction(deployInputs(NEW_PASSWORD));
    expect(run.code).toBe(1);
    expect(run.stdout.match(/^::error::.*$/gm)).toEqual([
      expect.stringMatching(new RegExp(`^::error::bucket '${bucket}' does not exist`)),
    ]);
    // The stacks were skipped (fingerprints match): nothing was changed on the way to the error.
    expect(during(run, 'cloudformation').map((r) => r.action)).toEqual([
      'DescribeStacks',
      'DescribeStacks',
    ]);
    expectSecretNowhere(run, NEW_PASSWORD);
  }, 60_000);
});
