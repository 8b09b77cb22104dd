/**
 * `command: sync` as the action wires it: inputs ⇒ bucket (input or site stack outputs) ⇒
 * sync on the loopback S3 server ⇒ one CreateInvalidation (CloudFront mocked, shapes from the
 * API reference) ⇒ outputs and summary.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand,
} from '@aws-sdk/client-cloudfront';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsClients } from '../src/aws/clients.js';
import {
  resolveTarget,
  syncAndInvalidate,
  type CommandContext,
  type Target,
} from '../src/commands/sync.js';
import type { Configuration } from '../src/run/configuration.js';
import { configFrom } from './helpers/site.js';
import { syncOutputs, syncSummaryMarkdown } from '../src/report/summary.js';
import { previewPrefix } from '../src/site/model.js';
import { createS3Client, getText, listObjects } from '../src/sync/s3.js';
import { cacheControlFor, storedHeadersFor } from '../src/sync/headers.js';
import { NOT_FOUND_PAGE_KEY } from '../src/sync/local.js';
import { heapKeptSmall } from '../src/sync/heap-limits.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';

let server: S3Server;
let restoreEnv: () => void;
let s3: S3Client;
let work: string;
const cloudFront = mockClient(CloudFrontClient);
const cfn = mockClient(CloudFormationClient);

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  s3 = createS3Client({ region: 'eu-central-1' });
  work = await mkdtemp(path.join(tmpdir(), 'sync-command-'));
});

afterAll(async () => {
  s3.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  cloudFront.reset();
  cfn.reset();
  cloudFront
    .on(CreateInvalidationCommand)
    .callsFake((input: { InvalidationBatch?: { Paths?: { Items?: string[] } } }) => ({
      Location:
        'https://cloudfront.amazonaws.com/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation/I2J0I21PCUYOIK',
      Invalidation: {
        Id: 'I2J0I21PCUYOIK',
        Status: 'InProgress',
        CreateTime: new Date('2026-11-24T08:00:00Z'),
        InvalidationBatch: {
          Paths: {
            Quantity: input.InvalidationBatch?.Paths?.Items?.length ?? 0,
            Items: input.InvalidationBatch?.Paths?.Items ?? [],
          },
          CallerReference: 'x',
        },
      },
    }));
});

function context(log: string[] = []): CommandContext {
  const clients: AwsClients = {
    s3: () => s3,
    cloudFront: () => new CloudFrontClient({ region: 'us-east-1' }),
    cloudFormation: (region) => new CloudFormationClient({ region }),
    secretsManager: () => new SecretsManagerClient({ region: 'us-east-1' }),
    cloudWatchLogs: () => {
      throw new Error('CloudWatch Logs: not expected by this test');
    },
    destroy: () => undefined,
  };
  return {
    clients,
    log: {
      info: (m) => log.push(m),
      warn: (m) => log.push(`warning: ${m}`),
      group: async (_n, fn) => fn(),
    },
    now: Date.now,
    sleep: async () => undefined,
  };
}

/**
 * Clients as `createClients` hands them to a sync: CloudFormation and CloudFront usable only
 * after `load` asked for them (the SDK code is a chunk of its own in dist/). `loads` records
 * what was asked.
 */
function lazyContext(loads: string[]): CommandContext {
  const base = context();
  const loaded = new Set<string>();
  const need = <T>(service: string, make: () => T): T => {
    if (!loaded.has(service)) throw new Error(`${service} used before it was loaded`);
    return make();
  };
  const clients: AwsClients = {
    ...base.clients,
    cloudFront: () => need('cloudFront', () => base.clients.cloudFront()),
    cloudFormation: (region) => need('cloudFormation', () => base.clients.cloudFormation(region)),
    load: async (needs) => {
      for (const [service, wanted] of Object.entries(needs)) {
        if (wanted === true) {
          loads.push(service);
          loaded.add(service);
        }
      }
    },
  };
  return { ...base, clients };
}

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'site-'));
  for (const [key, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, key)), { recursive: true });
    await writeFile(path.join(dir, key), body);
  }
  return dir;
}

/** A run (`command`, `dry-run`) and its site file (every other value; `true`/`false` as booleans). */
const inputsFor = (values: Record<string, string>, workspace = work): Configuration => {
  const { command, 'dry-run': dryRun, ...settings } = values;
  return configFrom(
    Object.fromEntries(
      Object.entries(settings).map(([k, v]) => [
        k,
        v === 'true' ? true : v === 'false' ? false : v,
      ]),
    ),
    { command: command ?? 'sync', ...(dryRun === undefined ? {} : { 'dry-run': dryRun }) },
    workspace,
  );
};

/** The sync of `command: sync`: the run's site, and its `dry-run`. */
const sync = (c: Configuration, target: Target, ctx: CommandContext) =>
  syncAndInvalidate(c.site, target, ctx, c.run.dryRun);

describe('sync command', () => {
  it('keeps V8’s young generation small and its old generation near what is live (issue 24)', async () => {
    expect(heapKeptSmall()).toBe(false);
    const bucket = await createBucket(s3, 'young');
    const dir = await site({ 'index.html': 'a' });
    const inputs = inputsFor({ command: 'sync', bucket, 'content-dir': dir });
    await sync(inputs, { bucket, distributionId: undefined }, context());
    expect(heapKeptSmall()).toBe(true);
  });

  it('shows the progress lines live and keeps only the per-file lines for the details group', async () => {
    const bucket = await createBucket(s3, 'progress');
    const dir = await site({ 'a.css': 'a', 'b.css': 'b', 'index.html': 'c' });
    const inputs = inputsFor({ command: 'sync', bucket, 'content-dir': dir });
    const events: string[] = [];
    let clock = 0;
    const ctx: CommandContext = {
      ...context(),
      // Ten seconds pass at every reading: a progress line at every file (progress.ts).
      now: () => (clock += 10_000),
      log: {
        info: (m) => events.push(m),
        warn: (m) => events.push(`warning: ${m}`),
        group: async (name, fn) => {
          events.push(`group: ${name}`);
          const result = await fn();
          events.push('end of group');
          return result;
        },
      },
    };
    await sync(inputs, { bucket, distributionId: undefined }, ctx);
    const start = events.findIndex((e) => e.startsWith('group: Sync details'));
    const end = events.indexOf('end of group');
    const progress = events.findIndex((e) => /^uploaded \d+\/3 files, /.test(e));
    expect(progress).toBeGreaterThanOrEqual(0);
    expect(progress).toBeLessThan(start);
    expect(events.slice(start + 1, end).sort()).toEqual([
      'uploaded a.css (new)',
      'uploaded b.css (new)',
      'uploaded index.html (new)',
    ]);
  });

  it('invalidates exactly the changed paths once, and reports them', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({ 'index.html': 'a', 'docs/index.html': 'b', 'css/site.css': 'c' });
    const inputs = inputsFor({
      command: 'sync',
      bucket,
      'distribution-id': 'E2QWRUHAPOMQZL',
      'content-dir': dir,
    });
    await sync(inputs, { bucket, distributionId: 'E2QWRUHAPOMQZL' }, context());
    cloudFront.resetHistory();

    await writeFile(path.join(dir, 'docs/index.html'), 'changed');
    const log: string[] = [];
    const res = await sync(inputs, { bucket, distributionId: 'E2QWRUHAPOMQZL' }, context(log));
    const calls = cloudFront.commandCalls(CreateInvalidationCommand);
    expect(calls).toHaveLength(1);
    const batch = calls[0]?.args[0].input;
    expect(batch?.DistributionId).toBe('E2QWRUHAPOMQZL');
    expect(batch?.InvalidationBatch?.Paths?.Items).toEqual(['/docs', '/docs/', '/docs/index.html']);
    expect(batch?.InvalidationBatch?.Paths?.Quantity).toBe(3);
    expect(batch?.InvalidationBatch?.CallerReference).toMatch(/^secure-dist-/);
    const outputs = syncOutputs(res.sync, res.invalidation);
    expect(outputs['invalidation-id']).toBe('I2J0I21PCUYOIK');
    expect(JSON.parse(outputs['invalidated-paths'] ?? '')).toEqual([
      '/docs',
      '/docs/',
      '/docs/index.html',
    ]);
    expect(outputs.uploaded).toBe('1');
    expect(syncSummaryMarkdown(res.sync, res.invalidation)).toContain(
      '`I2J0I21PCUYOIK` — InProgress, 3 path(s)',
    );
    expect(log.join('\n')).toContain('uploaded docs/index.html (changed)');
  });

  it('sends no invalidation when nothing changed, with invalidate: false, or on a dry run', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({ 'a.txt': 'a' });
    const base = { command: 'sync', bucket, 'content-dir': dir };
    const target = { bucket, distributionId: 'E2QWRUHAPOMQZL' };
    const first = await sync(inputsFor({ ...base, invalidate: 'false' }), target, context());
    expect(first.invalidation?.note).toMatch(/`invalidate` is false/);
    const same = await sync(inputsFor(base), target, context());
    expect(same.invalidation?.note).toBe('Nothing changed, nothing to invalidate.');
    await writeFile(path.join(dir, 'a.txt'), 'b');
    const dry = await sync(inputsFor({ ...base, 'dry-run': 'true' }), target, context());
    expect(dry.invalidation?.status).toBe('dry run');
    expect(dry.invalidation?.paths).toEqual(['/a.txt']);
    expect(cloudFront.commandCalls(CreateInvalidationCommand)).toHaveLength(0);
  });

  it('waits for the invalidation when asked, and fails the step on timeout', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({ 'a.txt': 'a' });
    const inv = (Status: string) => ({
      Invalidation: {
        Id: 'I2J0I21PCUYOIK',
        Status,
        CreateTime: new Date(),
        InvalidationBatch: { Paths: { Quantity: 1, Items: ['/a.txt'] }, CallerReference: 'x' },
      },
    });
    cloudFront
      .on(GetInvalidationCommand)
      .resolvesOnce(inv('InProgress'))
      .resolves(inv('Completed'));
    const inputs = inputsFor({
      command: 'sync',
      bucket,
      'content-dir': dir,
      'wait-for-invalidation': 'true',
    });
    const res = await sync(inputs, { bucket, distributionId: 'E2QWRUHAPOMQZL' }, context());
    expect(res.invalidation?.status).toBe('Completed');

    cloudFront.on(GetInvalidationCommand).resolves(inv('InProgress'));
    await writeFile(path.join(dir, 'a.txt'), 'changed');
    let t = 0;
    const ctx = { ...context(), now: () => t, sleep: async (ms: number) => void (t += ms) };
    const timeout = inputsFor({
      command: 'sync',
      bucket,
      'content-dir': dir,
      'wait-for-invalidation': 'true',
      'invalidation-timeout': '2m',
    });
    await expect(sync(timeout, { bucket, distributionId: 'E2QWRUHAPOMQZL' }, ctx)).rejects.toThrow(
      /I2J0I21PCUYOIK/,
    );
  });

  it('refuses a content-dir that is a symbolic link in the workspace, before any request', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const ws = await mkdtemp(path.join(work, 'ws-'));
    await writeFile(path.join(ws, '.env'), 'TOKEN=1');
    await symlink('.', path.join(ws, 'content'));
    const inputs = inputsFor({ command: 'sync', bucket, 'content-dir': 'content' }, ws);
    await expect(sync(inputs, { bucket, distributionId: undefined }, context())).rejects.toThrow(
      /^`content-dir`: 'content' is a symbolic link/,
    );
  });

  it('escapes keys in log lines: a deleted object named x\\n::stop-commands::abc stays on one line', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({ 'a.txt': 'a' });
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'x\n::stop-commands::abc', Body: 'old' }),
    );
    const log: string[] = [];
    const res = await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': dir, 'max-delete': '100%' }),
      { bucket, distributionId: undefined },
      context(log),
    );
    expect(res.sync.deleted).toEqual(['x\n::stop-commands::abc']);
    expect(log).toContain('deleted x\\n::stop-commands::abc');
    for (const line of log) for (const l of line.split('\n')) expect(l).not.toMatch(/^::/);
  });

  it('warns of each .git entry it skips and names them in the job summary (issue 22 #4)', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({
      'a.txt': 'a',
      'vendor/lib/.git/config': 'AUTHORIZATION: basic c2VjcmV0',
      'sub/.git': 'gitdir: ../.git/modules/sub',
    });
    const log: string[] = [];
    const res = await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': dir }),
      { bucket, distributionId: undefined },
      context(log),
    );
    expect(res.sync.uploaded).toEqual(['a.txt']);
    expect(log.filter((l) => l.startsWith('warning: '))).toEqual([
      "warning: skipped 'sub/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "warning: skipped 'vendor/lib/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
    ]);
    expect(syncSummaryMarkdown(res.sync, res.invalidation)).toContain(
      "Not published: `sub/.git`, `vendor/lib/.git` (git's .git entries, which can hold the job's token, are never published).",
    );
  });

  it('finds the bucket and distribution in the site stack when the inputs do not name them', async () => {
    cfn.on(DescribeStacksCommand, { StackName: 'docs-site' }).resolves({
      Stacks: [
        {
          StackName: 'docs-site',
          StackStatus: 'UPDATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: [
            { OutputKey: 'BucketName', OutputValue: 'docs-site-bucket-1a2b3c' },
            { OutputKey: 'DistributionId', OutputValue: 'E2QWRUHAPOMQZL' },
          ],
        },
      ],
    });
    const target = await resolveTarget(
      inputsFor({ command: 'sync', 'stack-name': 'docs' }).site,
      context(),
    );
    expect(target).toEqual({ bucket: 'docs-site-bucket-1a2b3c', distributionId: 'E2QWRUHAPOMQZL' });
    cfn.on(DescribeStacksCommand, { StackName: 'gone-site' }).rejects(
      Object.assign(new Error('Stack with id gone-site does not exist'), {
        name: 'ValidationError',
      }),
    );
    await expect(
      resolveTarget(inputsFor({ command: 'sync', 'stack-name': 'gone' }).site, context()),
    ).rejects.toThrow(
      /stack 'gone-site' does not exist in eu-central-1: run `command: deploy` first, or set `bucket`/,
    );
  });

  it('loads the CloudFront client only when there is something to invalidate, CloudFormation only without bucket', async () => {
    const bucket = await createBucket(s3, 'cmd');
    const dir = await site({ 'a.txt': 'a' });
    const inputs = inputsFor({ command: 'sync', bucket, 'content-dir': dir });
    const target = { bucket, distributionId: 'E2QWRUHAPOMQZL' };
    await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': dir, invalidate: 'false' }),
      target,
      context(),
    );
    const loads: string[] = [];
    expect(await resolveTarget(inputs.site, lazyContext(loads))).toEqual({
      bucket,
      distributionId: undefined,
    });
    const same = await sync(inputs, target, lazyContext(loads));
    expect(same.invalidation?.note).toBe('Nothing changed, nothing to invalidate.');
    expect(loads).toEqual([]);

    await writeFile(path.join(dir, 'a.txt'), 'b');
    const changed = await sync(inputs, target, lazyContext(loads));
    expect(changed.invalidation?.id).toBe('I2J0I21PCUYOIK');
    expect(loads).toEqual(['cloudFront']);

    cfn.on(DescribeStacksCommand, { StackName: 'docs-site' }).resolves({
      Stacks: [
        {
          StackName: 'docs-site',
          StackStatus: 'UPDATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: [{ OutputKey: 'BucketName', OutputValue: 'docs-site-bucket-1a2b3c' }],
        },
      ],
    });
    loads.length = 0;
    const fromStack = await resolveTarget(
      inputsFor({ command: 'sync', 'stack-name': 'docs' }).site,
      lazyContext(loads),
    );
    expect(fromStack.bucket).toBe('docs-site-bucket-1a2b3c');
    expect(loads).toEqual(['cloudFormation']);
  });
});

/** The bucket's keys, sorted. */
const keysOf = async (bucket: string) => (await listObjects(s3, bucket)).map((r) => r.key).sort();
/** The paths of each CreateInvalidation sent. */
const invalidated = () =>
  cloudFront
    .commandCalls(CreateInvalidationCommand)
    .map((c) => c.args[0].input.InvalidationBatch?.Paths?.Items ?? []);

describe('previews: the same sync under `_previews/pr-<n>/` (issue 25)', () => {
  const DIST = 'E2QWRUHAPOMQZL';
  const scope = (n: number) => ({
    keyPrefix: previewPrefix(n),
    manifestMetadata: { pullRequest: n, commit: 'a'.repeat(40) },
  });

  it('keeps a preview through the site sync with delete, and invalidates only its own paths', async () => {
    const bucket = await createBucket(s3, 'prev');
    const target = { bucket, distributionId: DIST };
    const siteDir = await site({ 'index.html': 'site', 'old.txt': 'gone soon' });
    const previewDir = await site({ 'index.html': 'preview', 'docs/a.html': 'a' });
    const siteRun = inputsFor({ command: 'sync', bucket, 'content-dir': siteDir });
    const previewRun = inputsFor({ command: 'sync', bucket, 'content-dir': previewDir });

    await sync(siteRun, target, context());
    const preview = await syncAndInvalidate(previewRun.site, target, context(), false, scope(7));
    expect(preview.sync.uploaded).toEqual(['docs/a.html', 'index.html']);
    expect(await keysOf(bucket)).toEqual([
      '.secure-dist/manifest.json',
      '_previews/pr-7/.secure-dist/manifest.json',
      '_previews/pr-7/docs/a.html',
      '_previews/pr-7/index.html',
      'index.html',
      'old.txt',
    ]);
    const manifest = JSON.parse(
      (await getText(s3, bucket, '_previews/pr-7/.secure-dist/manifest.json')) ?? '{}',
    ) as { metadata?: unknown; objects?: Record<string, unknown> };
    expect(manifest.metadata).toEqual({ pullRequest: 7, commit: 'a'.repeat(40) });
    expect(Object.keys(manifest.objects ?? {})).toEqual(['docs/a.html', 'index.html']);

    // The site drops old.txt (delete: true, the default): the preview is not the site's.
    await rm(path.join(siteDir, 'old.txt'));
    cloudFront.resetHistory();
    const again = await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': siteDir, verify: 'full' }),
      target,
      context(),
    );
    expect(again.sync.deleted).toEqual(['old.txt']);
    expect(again.sync.allKeys).toEqual(['index.html']);
    expect(invalidated()).toEqual([['/old.txt']]);
    expect(await keysOf(bucket)).toContain('_previews/pr-7/docs/a.html');
    expect(await keysOf(bucket)).toContain('_previews/pr-7/.secure-dist/manifest.json');

    // A preview change: only that preview's paths, its root page as the host form serves it.
    await writeFile(path.join(previewDir, 'index.html'), 'preview, second commit');
    cloudFront.resetHistory();
    const second = await syncAndInvalidate(previewRun.site, target, context(), false, scope(7));
    expect(second.sync.uploaded).toEqual(['index.html']);
    expect(invalidated()).toEqual([['/_previews/pr-7/', '/_previews/pr-7/index.html']]);
    expect(second.invalidation?.paths).toEqual(['/_previews/pr-7/', '/_previews/pr-7/index.html']);
  });

  it('keeps the mass-delete guard to the preview and never plans a wildcard over the site', async () => {
    const bucket = await createBucket(s3, 'prev');
    const target = { bucket, distributionId: DIST };
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p/${i}.txt`, `${i}`]));
    const previewDir = await site(files);
    const run = inputsFor({ command: 'sync', bucket, 'content-dir': previewDir });
    await syncAndInvalidate(run.site, target, context(), false, scope(3));
    cloudFront.resetHistory();
    for (const key of Object.keys(files)) await writeFile(path.join(previewDir, key), 'new');
    const changed = await syncAndInvalidate(run.site, target, context(), false, scope(3));
    // Every file of the preview changed: the wildcard is the preview's, not `/*`.
    expect(changed.invalidation?.paths).toEqual(['/_previews/pr-3/*']);

    // Deleting 11 of 12 of the preview's files trips `max-delete` (default 50%), counted on the preview alone.
    for (const key of Object.keys(files).slice(1)) await rm(path.join(previewDir, key));
    await expect(syncAndInvalidate(run.site, target, context(), false, scope(3))).rejects.toThrow(
      /max-delete/,
    );
  });

  it('refuses a content folder with a root `_previews` folder, naming it', async () => {
    const bucket = await createBucket(s3, 'prev');
    const dir = await site({ 'index.html': 'a', '_previews/pr-1/index.html': 'forged' });
    await expect(
      sync(
        inputsFor({ command: 'sync', bucket, 'content-dir': dir }),
        { bucket, distributionId: undefined },
        context(),
      ),
    ).rejects.toThrow(/'_previews\/pr-1\/index\.html' is under '_previews\/'/);
    expect(await keysOf(bucket)).toEqual([]);
  });
});

describe('edge: function: the 404 page secure-dist publishes (src/sync/not-found-page.ts)', () => {
  const DIST = 'E2QWRUHAPOMQZL';
  const PAGE = '_secure-dist/404.html';
  const headers = async (bucket: string, key: string) => {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { type: head.ContentType, cacheControl: head.CacheControl, etag: head.ETag };
  };

  it('puts the page first, with the headers 404.html gets, invalidates it once, and never deletes or lists it', async () => {
    const bucket = await createBucket(s3, 'nf');
    const target = { bucket, distributionId: DIST };
    const dir = await site({ 'index.html': 'home', 'old.txt': 'gone soon' });
    const run = inputsFor({
      command: 'sync',
      bucket,
      'content-dir': dir,
      edge: 'function',
      realm: 'Docs',
    });
    const log: string[] = [];
    const first = await sync(run, target, context(log));
    // Not content: not in the uploads the outputs count, nor the keys the site serves.
    expect(first.sync.uploaded).toEqual(['index.html', 'old.txt']);
    expect(first.sync.allKeys).toEqual(['index.html', 'old.txt']);
    expect(first.sync.changedKeys).toContain(PAGE);
    expect(log).toContain(`uploaded ${PAGE} (the 404 page of a site without one)`);
    const page = await getText(s3, bucket, PAGE);
    expect(page).toContain('<h1>Not found</h1>');
    expect(page).toContain('<title>Docs</title>');
    // Private, never a shared cache: the value a root 404.html is stored with (headers.ts).
    expect(await headers(bucket, PAGE)).toMatchObject({
      type: 'text/html; charset=utf-8',
      cacheControl: storedHeadersFor(
        NOT_FOUND_PAGE_KEY,
        cacheControlFor(NOT_FOUND_PAGE_KEY, run.site.cacheControl),
      ).cacheControl,
    });
    expect((await headers(bucket, PAGE)).cacheControl).toMatch(/^private\b/);
    const manifest = JSON.parse(
      (await getText(s3, bucket, '.secure-dist/manifest.json')) ?? '{}',
    ) as {
      objects?: Record<string, unknown>;
    };
    expect(Object.keys(manifest.objects ?? {})).not.toContain(PAGE);

    // Unchanged: not sent again, not invalidated; the site's delete (listing the bucket) keeps it.
    await rm(path.join(dir, 'old.txt'));
    const etag = (await headers(bucket, PAGE)).etag;
    cloudFront.resetHistory();
    const again = await sync(
      inputsFor({
        command: 'sync',
        bucket,
        'content-dir': dir,
        edge: 'function',
        realm: 'Docs',
        verify: 'full',
      }),
      target,
      context(),
    );
    expect(again.sync.deleted).toEqual(['old.txt']);
    expect(again.sync.changedKeys).toEqual(['old.txt']);
    expect(invalidated()).toEqual([['/old.txt']]);
    expect((await headers(bucket, PAGE)).etag).toBe(etag);

    // Previews on: the page changes (its note and script), is sent again and invalidated.
    cloudFront.resetHistory();
    const withPreviews = inputsFor({
      command: 'sync',
      bucket,
      'content-dir': dir,
      edge: 'function',
      realm: 'Docs',
    });
    const previews = await syncAndInvalidate(
      {
        ...withPreviews.site,
        previews: { domain: undefined, expireAfterSeconds: 86400, users: '*' },
      },
      target,
      context(),
      false,
    );
    expect(previews.sync.changedKeys).toEqual([PAGE]);
    expect(invalidated()).toEqual([[`/${PAGE}`]]);
    expect(await getText(s3, bucket, PAGE)).toContain('<script>');

    // The content gets its own 404.html: the page is no longer used, and still not deleted.
    await writeFile(path.join(dir, '404.html'), 'own');
    const own = await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': dir, edge: 'function', verify: 'full' }),
      target,
      context(),
    );
    expect(own.sync.deleted).toEqual([]);
    expect(own.sync.changedKeys).not.toContain(PAGE);
    expect(await keysOf(bucket)).toContain(PAGE);
  });

  it('is not put by a dry run, a preview, or a site on Lambda@Edge', async () => {
    const bucket = await createBucket(s3, 'nf');
    const target = { bucket, distributionId: undefined };
    const dir = await site({ 'index.html': 'home' });
    const dryRun = inputsFor({
      command: 'sync',
      'dry-run': 'true',
      bucket,
      'content-dir': dir,
      edge: 'function',
    });
    // What a dry run sends: `plan`'s role may list the bucket, not read the page (HeadObject).
    const commands: string[] = [];
    s3.middlewareStack.add(
      (next, ctx) => (args) => {
        commands.push(String(ctx.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    let dry: Awaited<ReturnType<typeof sync>>;
    try {
      dry = await sync(dryRun, target, context());
    } finally {
      s3.middlewareStack.remove('recordCommands');
    }
    expect(dry.sync.changedKeys).toContain(PAGE);
    expect(commands).not.toContain('HeadObjectCommand');
    expect(commands).not.toContain('PutObjectCommand');
    expect(commands).toContain('ListObjectsV2Command');
    const fn = inputsFor({ command: 'sync', bucket, 'content-dir': dir, edge: 'function' });
    await syncAndInvalidate(fn.site, target, context(), false, {
      keyPrefix: previewPrefix(4),
      manifestMetadata: { pullRequest: 4 },
    });
    await sync(inputsFor({ command: 'sync', bucket, 'content-dir': dir }), target, context());
    expect(await keysOf(bucket)).not.toContain(PAGE);
    // Once it is there, a dry run sees it unchanged.
    await sync(
      inputsFor({ command: 'sync', bucket, 'content-dir': dir, edge: 'function' }),
      target,
      context(),
    );
    expect((await sync(dryRun, target, context())).sync.changedKeys).not.toContain(PAGE);
  });

  it('refuses content under `_secure-dist/`, naming it', async () => {
    const bucket = await createBucket(s3, 'nf');
    const dir = await site({ 'index.html': 'a', '_secure-dist/404.html': 'forged' });
    await expect(
      sync(
        inputsFor({ command: 'sync', bucket, 'content-dir': dir, edge: 'function' }),
        { bucket, distributionId: undefined },
        context(),
      ),
    ).rejects.toThrow(/'_secure-dist\/404\.html' is under '_secure-dist\/'/);
  });
});
