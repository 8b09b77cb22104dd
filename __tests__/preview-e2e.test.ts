/**
 * `command: preview` and `command: preview-cleanup` end to end (issue 25): the action bundled
 * from this checkout (scripts/bundle.mjs into a temporary folder: dist/ is the lead's to
 * rebuild), run as the runner runs it, with the pull request event in GITHUB_EVENT_PATH, the
 * loopback S3 server, the CloudFront stub (aws-stubs.ts) and a local GitHub API for the
 * comment and the pull requests' states (helpers/github-api.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client, getText, listObjects } from '../src/sync/s3.js';
import { parseOutputFile, runProcess } from './helpers/runner.js';
import { actionInputs } from './helpers/action-env.js';
import {
  FAKE_DISTRIBUTION_ID,
  startCloudFrontStub,
  type CloudFrontStub,
} from './helpers/aws-stubs.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import {
  REPO_ROOT,
  createBucket,
  startS3Server,
  useServerEnv,
  type S3Server,
  ACTION_NODE,
} from './helpers/s3-server.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const MARKER = '<!-- secure-dist-preview:docs -->';
const DAY = 86400_000;

let s3Server: S3Server;
let cloudFront: CloudFrontStub;
let api: GitHubApi;
let s3: S3Client;
let work: string;
let workspace: string;
let bundle: string;
let bucket: string;
let restoreEnv: (() => void) | undefined;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'preview-e2e-'));
  workspace = path.join(work, 'repo');
  await mkdir(path.join(work, 'home'));
  await mkdir(path.join(workspace, 'site', 'docs'), { recursive: true });
  await writeFile(path.join(workspace, 'site', 'index.html'), '<h1>Home</h1>');
  await writeFile(path.join(workspace, 'site', 'site.css'), 'body{}');
  await writeFile(path.join(workspace, 'site', 'docs', 'index.html'), '<h1>Docs</h1>');
  const out = path.join(work, 'dist');
  const built = await runProcess(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts', 'bundle.mjs'), '--outdir', out],
    { PATH: process.env.PATH, HOME: process.env.HOME },
    REPO_ROOT,
  );
  if (built.code !== 0) throw new Error(`bundle failed: ${built.stderr}`);
  bundle = path.join(out, 'index.js');
  [s3Server, cloudFront, api] = await Promise.all([
    startS3Server(),
    startCloudFrontStub(),
    startGitHubApi('octo-org', 'octo-site'),
  ]);
  restoreEnv = useServerEnv(s3Server);
  s3 = createS3Client({ region: 'eu-central-1' });
  bucket = await createBucket(s3, 'preview');
}, 120_000);

afterAll(async () => {
  s3?.destroy();
  restoreEnv?.();
  await Promise.all([s3Server?.stop(), cloudFront?.stop(), api?.stop()]);
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** ms from spawning the process to the preview's manifest being readable, when watched. */
  readonly readableAfterMs: number | undefined;
  readonly exitedAfterMs: number;
}

/** The site file and the step, as a workflow would have them. */
const SITE = {
  'stack-name': 'docs',
  region: 'eu-central-1',
  'content-dir': 'site',
  'domain-name': 'docs.example.com',
  'certificate-arn':
    'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
  'distribution-id': FAKE_DISTRIBUTION_ID,
  previews: 'true',
  users: 'alice',
};

async function runAction(
  command: string,
  event: { name: string; payload: unknown },
  watchManifest?: string,
  settings: Record<string, unknown> = {},
): Promise<Run> {
  const id = Math.random().toString(36).slice(2);
  const outputFile = path.join(work, `output-${id}`);
  const summaryFile = path.join(work, `summary-${id}`);
  const eventFile = path.join(work, `event-${id}.json`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(event.payload));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: path.join(work, 'home'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...s3Server.env,
    AWS_ENDPOINT_URL_CLOUDFRONT: cloudFront.url,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '77',
    GITHUB_REPOSITORY: 'octo-org/octo-site',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventFile,
    ...actionInputs(workspace, {
      command,
      'github-token': 'ghs_local_test_token',
      ...SITE,
      bucket,
      ...settings,
    }),
  };
  const startedAt = performance.now();
  let readableAfterMs: number | undefined;
  let running = true;
  const watch = async () => {
    while (watchManifest !== undefined && running && readableAfterMs === undefined) {
      if ((await getText(s3, bucket, watchManifest)) !== undefined)
        readableAfterMs = performance.now() - startedAt;
      else await new Promise((r) => setTimeout(r, 10));
    }
  };
  const watching = watch();
  const { code, stdout } = await runProcess(ACTION_NODE, [bundle], env, workspace);
  const exitedAfterMs = performance.now() - startedAt;
  running = false;
  await watching;
  return {
    code,
    stdout,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    readableAfterMs,
    exitedAfterMs,
  };
}

const pullRequestEvent = (action: string, number: number, sha: string) => ({
  name: 'pull_request',
  payload: { action, number, pull_request: { number, state: 'open', head: { sha } } },
});
const keys = async (prefix = '') =>
  (await listObjects(s3, bucket))
    .map((r) => r.key)
    .filter((k) => k.startsWith(prefix))
    .sort();
const manifestOf = (n: number) => `_previews/pr-${n}/.secure-dist/manifest.json`;
const lastPaths = () => cloudFront.invalidations.at(-1)?.paths;
const commentsOn = (n: number) => api.comments.filter((c) => c.issue === n);

describe('preview and preview-cleanup through the bundle', () => {
  it('publishes a pull request under _previews/pr-7/, comments once, then updates the same comment', async () => {
    const site = await runAction('sync', { name: 'push', payload: {} });
    expect(site.stdout).not.toMatch(/::error::/);
    const siteKeys = await keys();
    expect(siteKeys).toEqual([
      '.secure-dist/manifest.json',
      'docs/index.html',
      'index.html',
      'site.css',
    ]);

    const first = await runAction('preview', pullRequestEvent('opened', 7, SHA_A), manifestOf(7));
    expect(first.stdout).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    expect(await keys('_previews/')).toEqual([
      '_previews/pr-7/.secure-dist/manifest.json',
      '_previews/pr-7/docs/index.html',
      '_previews/pr-7/index.html',
      '_previews/pr-7/site.css',
    ]);
    expect(first.outputs['preview-url']).toBe('https://docs.example.com/_previews/pr-7/');
    const expires = Date.parse(first.outputs['preview-expires'] ?? '');
    expect(Math.abs(expires - (Date.now() + 7 * DAY))).toBeLessThan(60_000);
    const manifest = JSON.parse((await getText(s3, bucket, manifestOf(7))) ?? '{}') as {
      metadata?: Record<string, unknown>;
    };
    expect(manifest.metadata).toMatchObject({ pullRequest: 7, commit: SHA_A });
    expect(manifest.metadata?.expires).toBe(first.outputs['preview-expires']);
    // The site's own objects are as they were.
    expect((await keys()).filter((k) => !k.startsWith('_previews/'))).toEqual(siteKeys);

    expect(commentsOn(7)).toHaveLength(1);
    const comment = commentsOn(7)[0];
    expect(comment?.body.split('\n')[0]).toBe(MARKER);
    expect(comment?.body).toContain('https://docs.example.com/_previews/pr-7/');
    expect(comment?.body).toContain('`aaaaaaa`');
    expect(first.summary).toContain('### Preview of #7');
    // The time from the process's start to a readable preview (keys and manifest).
    expect(first.readableAfterMs).toBeDefined();
    process.stdout.write(
      `preview of #7 readable ${Math.round(first.readableAfterMs ?? NaN)} ms after the process started (process exited after ${Math.round(first.exitedAfterMs)} ms)\n`,
    );

    await writeFile(path.join(workspace, 'site', 'site.css'), 'body{color:red}');
    const callsBefore = api.calls.length;
    const second = await runAction('preview', pullRequestEvent('synchronize', 7, SHA_B));
    expect(second.code).toBe(0);
    expect(second.outputs.uploaded).toBe('1');
    expect(lastPaths()).toEqual(['/_previews/pr-7/site.css']);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]?.id).toBe(comment?.id);
    expect(commentsOn(7)[0]?.body).toContain('`bbbbbbb`');
    expect(api.calls.slice(callsBefore).filter((c) => !c.startsWith('GET'))).toEqual([
      `PATCH /repos/octo-org/octo-site/issues/comments/${comment?.id}`,
    ]);
    // The site file is unchanged in the bucket: the preview's change is its own.
    expect(await getText(s3, bucket, 'site.css')).toBe('body{}');
  }, 120_000);

  it("removes every key of a closed pull request's preview, keeps the site, and says so in the comment", async () => {
    const closed = await runAction('preview-cleanup', pullRequestEvent('closed', 7, SHA_B));
    expect(closed.stdout).not.toMatch(/::error::/);
    expect(closed.code).toBe(0);
    expect(await keys('_previews/')).toEqual([]);
    expect(await keys()).toEqual([
      '.secure-dist/manifest.json',
      'docs/index.html',
      'index.html',
      'site.css',
    ]);
    expect(lastPaths()).toEqual(['/_previews/pr-7/*']);
    expect(closed.outputs['previews-removed']).toBe('[7]');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]?.body).toMatch(
      /The preview was removed at .*: its pull request was closed/,
    );
  }, 60_000);

  it('on a schedule, removes an expired preview and one of a closed pull request, and keeps a live one', async () => {
    for (const n of [8, 9, 10]) {
      const r = await runAction('preview', pullRequestEvent('opened', n, SHA_A));
      expect(r.code).toBe(0);
    }
    api.pulls.set(8, 'open');
    api.pulls.set(9, 'open');
    api.pulls.set(10, 'closed');
    // #9 was last updated eight days ago (expire-after: 7d by default).
    const old = Date.now() - 8 * DAY;
    const m = JSON.parse((await getText(s3, bucket, manifestOf(9))) ?? '{}') as Record<
      string,
      unknown
    >;
    const metadata = {
      pullRequest: 9,
      commit: SHA_A,
      updated: new Date(old).toISOString(),
      expires: new Date(old + 7 * DAY).toISOString(),
    };
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: manifestOf(9),
        Body: JSON.stringify({ ...m, metadata }),
      }),
    );
    const callsBefore = api.calls.length;
    const sweep = await runAction('preview-cleanup', { name: 'schedule', payload: {} });
    expect(sweep.stdout).not.toMatch(/::error::/);
    expect(sweep.code).toBe(0);
    expect(sweep.outputs['previews-removed']).toBe('[9,10]');
    // One GitHub client per run: the login the comments are written as is asked once
    // (`GET /user`), not once per removed preview; each removed preview's comments are listed.
    const sweepCalls = api.calls.slice(callsBefore);
    expect(sweepCalls.filter((c) => c === 'GET /user')).toHaveLength(1);
    expect(
      sweepCalls.filter((c) => /^GET \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(c)),
    ).toEqual([
      'GET /repos/octo-org/octo-site/issues/9/comments',
      'GET /repos/octo-org/octo-site/issues/10/comments',
    ]);
    expect(await keys('_previews/')).toEqual([
      '_previews/pr-8/.secure-dist/manifest.json',
      '_previews/pr-8/docs/index.html',
      '_previews/pr-8/index.html',
      '_previews/pr-8/site.css',
    ]);
    expect(lastPaths()).toEqual(['/_previews/pr-9/*', '/_previews/pr-10/*']);
    expect(sweep.summary).toMatch(/\| #9 \| 4 \| expired \|/);
    expect(sweep.summary).toMatch(/\| #10 \| 4 \| pull request closed \|/);
    expect(commentsOn(9)[0]?.body).toContain('it expired');
    expect(commentsOn(8)[0]?.body).not.toContain('removed');
  }, 120_000);

  it('refuses to publish on a push or with previews off, and then sweeps every preview away', async () => {
    const push = await runAction('preview', { name: 'push', payload: {} });
    expect(push.code).not.toBe(0);
    expect(push.stdout).toContain(
      '::error::`command: preview` runs on `pull_request` events (opened, synchronize, reopened); this run is for `push`',
    );
    const off = await runAction('preview', pullRequestEvent('opened', 11, SHA_A), undefined, {
      previews: 'false',
    });
    expect(off.code).not.toBe(0);
    expect(off.stdout).toMatch(
      /::error::`command: preview`: previews are off for this site: set `previews: true`/,
    );
    expect(await keys('_previews/pr-11/')).toEqual([]);
    // Turned off, no preview is served: a sweep removes the one left (#8).
    const offSweep = await runAction(
      'preview-cleanup',
      { name: 'workflow_dispatch', payload: {} },
      undefined,
      {
        previews: 'false',
      },
    );
    expect(offSweep.code).toBe(0);
    expect(offSweep.outputs['previews-removed']).toBe('[8]');
    expect(await keys('_previews/')).toEqual([]);
    expect(commentsOn(8)[0]?.body).toContain('previews are off for this site');
  }, 60_000);
});
