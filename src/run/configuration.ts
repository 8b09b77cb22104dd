/**
 * One run's configuration: the run inputs (./inputs.ts), the site file they name
 * (src/site/load.ts), and the checks between the two: `basic-auth-users` names exactly the
 * file's `users` (and, with `edge: function`, only strong passwords); `rotate-users` names only
 * users of the file and tokens (`token:<name>`) of its `automation-tokens`, and `end-sessions`
 * names only users of the file (and needs `login: form`).
 */
import type { Site } from '../site/model.js';
import { loadSite } from '../site/load.js';
import { InputError, type InputSource } from './input-error.js';
import { parseRunInputs, type RunContext, type RunInputs } from './inputs.js';
import { checkFunctionPasswords, usersMismatch } from './users.js';

export interface Configuration {
  readonly run: RunInputs;
  readonly site: Site;
}

export function readConfiguration(get: InputSource, ctx: RunContext): Configuration {
  const run = parseRunInputs(get, ctx);
  const site = loadSite(run.config, { workspace: run.workspace, command: run.command });
  checkRunAgainstSite(run, site);
  return { run, site };
}

/** The checks between the run inputs and the site file; errors name both, never a password. */
export function checkRunAgainstSite(run: RunInputs, site: Site): void {
  // sync, share and audit never read the passwords.
  if (run.basicAuthUsers.length > 0 && ['deploy', 'plan', 'synth'].includes(run.command)) {
    const mismatch = usersMismatch(run.basicAuthUsers, site.users, `\`users\` in ${site.file}`);
    if (mismatch !== undefined) throw new InputError('basic-auth-users', mismatch);
    // With `edge: function` the store holds fast (HMAC-SHA-256) hashes: weak passwords are refused.
    if (site.edge === 'function') checkFunctionPasswords(run.basicAuthUsers);
  }
  if (run.command === 'rotate' && run.endSessions.kind !== 'none') {
    if (site.login !== 'form') {
      throw new InputError(
        'end-sessions',
        `${site.file} has \`login: ${site.login}\`: there are no sessions to end (they exist with \`login: form\`)`,
      );
    }
    const named = run.endSessions.kind === 'users' ? run.endSessions.users : [];
    const unknown = named.filter((u) => !site.users.includes(u));
    if (unknown.length > 0) {
      throw new InputError(
        'end-sessions',
        `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the \`users\` of ${site.file} ` +
          `(${site.users.join(', ')})`,
      );
    }
  }
  if (run.command === 'rotate' && run.rotateUsers !== undefined) {
    const tokens = site.automationTokens.map((t) => `token:${t.name}`);
    const unknownTokens = run.rotateUsers.filter(
      (u) => u.startsWith('token:') && !tokens.includes(u),
    );
    if (unknownTokens.length > 0) {
      throw new InputError(
        'rotate-users',
        `${unknownTokens.map((u) => `'${u}'`).join(', ')} names a token that \`automation-tokens\` of ${site.file} does not list` +
          ` (${tokens.length > 0 ? tokens.join(', ') : 'none'})`,
      );
    }
    const unknown = run.rotateUsers.filter(
      (u) => !u.startsWith('token:') && !site.users.includes(u),
    );
    if (unknown.length > 0) {
      throw new InputError(
        'rotate-users',
        `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the \`users\` of ${site.file} ` +
          `(${site.users.join(', ')}): add a new user there, and rotate adds them with a generated password`,
      );
    }
  }
}
