/**
 * The bundle as the runner runs it (`node dist/index.js` with INPUT_* variables), for
 * `edge: function` (issue 14): synth renders the site stack with the CloudFront Function and
 * no password, and a weak password is refused naming the input and the user. Needs
 * `npm run bundle` first (as the other bundle tests).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionInputs } from './helpers/action-env.js';
import { runProcess } from './helpers/runner.js';
import { DIST } from './helpers/dist.js';

const dist = join(DIST, 'index.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sda-function-'));
  dirs.push(dir);
  return dir;
}

/** The run's environment; the site settings among `inputs` go into `dir`'s secure-dist.yml. */
function env(dir: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, ...actionInputs(dir, inputs) };
}

describe('dist/index.js with edge: function', () => {
  it('synth renders the CloudFront Function site stack offline, with no users needed', async () => {
    const dir = workspace();
    const run = await runProcess(
      process.execPath,
      [dist],
      env(dir, { command: 'synth', edge: 'function', 'stack-name': 'docs', 'rate-limit': '0' }),
      dir,
    );
    expect(run.code).toBe(0);
    const template: unknown = JSON.parse(
      readFileSync(join(dir, 'secure-dist.out', 'site.template.json'), 'utf8'),
    );
    const text = JSON.stringify(template);
    expect(text).toContain('"Runtime":"cloudfront-js-2.0"');
    expect(text).toContain('{{resolve:secretsmanager:');
    const parameters = readFileSync(join(dir, 'secure-dist.out', 'site.parameters.json'), 'utf8');
    expect(JSON.parse(parameters)).toContainEqual({
      ParameterKey: 'EdgeRuntime',
      ParameterValue: 'function',
    });
  });

  it('refuses a weak basic-auth-users password with edge: function, naming the input and the user', async () => {
    const dir = workspace();
    const run = await runProcess(
      process.execPath,
      [dist],
      env(dir, { command: 'synth', edge: 'function', 'basic-auth-users': 'alice:hunter2' }),
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::`basic-auth-users`: user 'alice': the password is too weak for `edge: function`/,
    );
    expect(run.stdout).not.toContain('hunter2');
  });
});
