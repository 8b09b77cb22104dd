/**
 * The test prerequisites (issue 20): without Chromium or njs, `npm test` passes, skips the
 * suites that need them and names those suites and the Debian package to install; with
 * `CI=true` (as .ci/run runs it) a missing tool fails the run with the same message.
 *
 * The suites that need the tools run here in a jest of their own, with the executables pointed
 * at nothing (SECURE_DIST_TEST_CHROMIUM, SECURE_DIST_TEST_NJS; helpers/prerequisites.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './helpers/s3-server.js';

const SUITES = [
  '__tests__/access-browser.test.ts',
  '__tests__/edge-conformance.test.ts',
  '__tests__/sandbox-browser.test.ts',
  '__tests__/sandbox-listing-browser.test.ts',
];

/** jest on SUITES, on a machine without Chromium and njs; resolves with its exit code and output. */
function jestWithoutTools(ci: boolean): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SECURE_DIST_TEST_CHROMIUM: '/nonexistent/chromium',
    SECURE_DIST_TEST_NJS: '/nonexistent/njs',
    FORCE_COLOR: '0',
  };
  delete env.JEST_WORKER_ID;
  if (ci) env.CI = 'true';
  else delete env.CI;
  const jest = path.join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--experimental-vm-modules', jest, '--maxWorkers=1', ...SUITES],
      { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const CHROMIUM_MISSING =
  "chromium is missing (/nonexistent/chromium): the browser tests need Debian's chromium package: apt-get install chromium";
const NJS_MISSING =
  "njs is missing (/nonexistent/njs): the njs conformance run needs Debian's njs package: apt-get install njs";

describe('a machine without Chromium and njs', () => {
  it('npm test passes, and ends by naming the skipped suites and the packages to install', async () => {
    const { code, output } = await jestWithoutTools(false);
    const report = output.slice(output.indexOf('Skipped because a system tool is missing'));
    expect(report).toContain(
      [
        'Skipped because a system tool is missing (with CI=true they fail instead):',
        `  ${CHROMIUM_MISSING}`,
        '    skipped: __tests__/access-browser.test.ts',
        '    skipped: __tests__/sandbox-browser.test.ts',
        '    skipped: __tests__/sandbox-listing-browser.test.ts',
        `  ${NJS_MISSING}`,
        '    skipped: __tests__/edge-conformance.test.ts',
        'To run them: apt-get install chromium njs',
      ].join('\n'),
    );
    // What needs no tool still runs: the Lambda@Edge and emulated runtimes, LISTING's parser.
    expect(output).toMatch(/Tests: +\d+ skipped, [1-9]\d* passed/);
    expect(output).not.toMatch(/failed/);
    expect(code).toBe(0);
  }, 180_000);

  it('with CI=true, the run fails, with the same message for each missing tool', async () => {
    const { code, output } = await jestWithoutTools(true);
    expect(output).toContain(`${CHROMIUM_MISSING} (CI=true: nothing may be skipped)`);
    expect(output).toContain(`${NJS_MISSING} (CI=true: nothing may be skipped)`);
    expect(output).toMatch(/Test Suites: 4 failed/);
    expect(code).toBe(1);
  }, 180_000);
});
