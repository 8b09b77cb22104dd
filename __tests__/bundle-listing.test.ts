/**
 * `listing: true` through the committed bundle, run as the runner runs it (`node dist/index.js`
 * with INPUT_* variables) in a git checkout, against the loopback S3 server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from '../src/sync/s3.js';
import { parseOutputFile, runProcess } from './helpers/runner.js';
import { actionInputs } from './helpers/action-env.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';
import { DIST } from './helpers/dist.js';

let server: S3Server;
let restoreEnv: () => void;
let client: S3Client;
let work: string;

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  client = createS3Client({ region: 'eu-central-1' });
  work = await mkdtemp(path.join(tmpdir(), 'bundle-listing-'));
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

async function runStep(
  inputs: Record<string, string>,
  workspace: string,
): Promise<{ code: number; stdout: string; outputs: Record<string, string> }> {
  const outputFile = path.join(work, `out-${Math.random()}`);
  await writeFile(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...server.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_RUN_ID: '1234',
  };
  Object.assign(env, actionInputs(workspace, inputs));
  const { code, stdout } = await runProcess(
    process.execPath,
    [path.join(DIST, 'index.js')],
    env,
    workspace,
  );
  return { code, stdout, outputs: parseOutputFile(await readFile(outputFile, 'utf8')) };
}

describe('dist/index.js with listing: true', () => {
  it('publishes dated listings from a git checkout, and a second run uploads nothing', async () => {
    const bucket = await createBucket(client, 'listing');
    const workspace = await mkdtemp(path.join(work, 'ws-'));
    await mkdir(path.join(workspace, 'data', 'acme'), { recursive: true });
    await writeFile(path.join(workspace, 'data', 'acme', 'report.csv'), 'a,b\n');
    const gitEnv = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: '2026-05-04T03:02:01Z',
      GIT_COMMITTER_DATE: '2026-05-04T03:02:01Z',
    };
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['commit', '-qm', 'data'],
    ]) {
      execFileSync('git', args, { cwd: workspace, env: gitEnv });
    }
    const inputs = { command: 'sync', bucket, 'content-dir': 'data', listing: 'true' };

    const first = await runStep(inputs, workspace);
    expect(first.stdout).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    expect(first.outputs.uploaded).toBe('3');
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: 'acme/index.html' }));
    expect(res.ContentType).toBe('text/html; charset=utf-8');
    const html = (await res.Body?.transformToString()) ?? '';
    expect(html).toContain('<a href="report.csv">report.csv</a>');
    expect(html).toContain('2026-05-04 03:02 UTC');

    const second = await runStep(inputs, workspace);
    expect(second.code).toBe(0);
    expect(second.outputs.uploaded).toBe('0');
    expect(second.outputs.unchanged).toBe('3');
  }, 60_000);
});
