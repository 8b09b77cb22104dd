/**
 * A site and a run as the action reads them, for tests: the settings go through the real site
 * loader (written out as YAML, then parsed, validated and checked as secure-dist.yml is), the
 * run inputs through the real run-input parser, and the two are checked against each other.
 */
import { stringify } from 'yaml';
import { checkRunAgainstSite, type Configuration } from '../../src/run/configuration.js';
import { inputsFrom } from '../../src/run/input-error.js';
import { parseRunInputs, type RunInputs } from '../../src/run/inputs.js';
import type { Command } from '../../src/run/names.js';
import { parseSite } from '../../src/site/load.js';
import type { Site } from '../../src/site/model.js';

export interface TestContext {
  readonly workspace?: string;
  readonly command?: Command | undefined;
}

/** `settings` as secure-dist.yml (YAML), through the loader. */
export function siteFrom(settings: Record<string, unknown> = {}, ctx: TestContext = {}): Site {
  return parseSite(stringify(settings), 'secure-dist.yml', {
    workspace: ctx.workspace ?? '/repo',
    command: ctx.command,
  });
}

/** Run inputs by their action.yml names, through the run-input parser. */
export function runFrom(values: Record<string, string> = {}, workspace = '/repo'): RunInputs {
  return parseRunInputs(inputsFrom(values), { workspace, runId: '42' });
}

/**
 * A run and its site. Without `users` in the settings, the file lists the users of
 * `basic-auth-users` (the names must agree anyway).
 */
export function configFrom(
  settings: Record<string, unknown>,
  values: Record<string, string> = {},
  workspace = '/repo',
): Configuration {
  const run = runFrom(values, workspace);
  const users =
    settings.users ??
    (run.basicAuthUsers.length > 0 ? run.basicAuthUsers.map((u) => u.user) : undefined);
  const site = siteFrom(users === undefined ? settings : { ...settings, users }, {
    workspace,
    command: run.command,
  });
  checkRunAgainstSite(run, site);
  return { run, site };
}

/** The message of what `fn` throws (a test fails when it throws nothing). */
export function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an error');
}
