/**
 * The `rotate-users` input: which of the site's users get a new password. One entry per line or
 * comma-separated:
 *
 *   - `all` (the default): every user of the site file gets a new password;
 *   - `alice, bob`: alice and bob get new passwords (they must be among the file's `users`);
 *   - `none`: nobody gets a new password: the run only adds the file's new users and removes
 *     the users it no longer lists.
 *   - `token:ci`: the automation token `ci` gets a new value (src/rotate/tokens.ts); with
 *     only such entries, no user gets a new password. `all` never regenerates tokens.
 *
 * Who the users are is the site file's `users`: `rotate` adds a name that is new there and
 * removes one that is gone (src/rotate/site-users.ts), so a `-name` entry (removal, before the
 * file had the users) is refused, saying to remove the name from `users` instead. Errors quote
 * the entry (an input value, not a secret) and the rule broken.
 */
import { InputError } from '../run/input-error.js';
import { userNameProblem } from './rules.js';

/**
 * `rotate-users` as comma/newline-separated entries (`undefined` for `all`): the users to give
 * new passwords (`[]` for `none`), or `undefined` for every user. Names are NFC-normalised and validated like the
 * file's `users`; `config` names the site file in the messages.
 */
export function parseRotateUsers(
  list: readonly string[] | undefined,
  config = 'secure-dist.yml',
): readonly string[] | undefined {
  if (list === undefined) return undefined;
  const input = 'rotate-users';
  let all = false;
  let none = false;
  const rotate: string[] = [];
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry === 'all') {
      all = true;
      continue;
    }
    if (entry === 'none') {
      none = true;
      continue;
    }
    if (entry.startsWith('-')) {
      const user = entry.slice(1).trim();
      throw new InputError(
        input,
        user === ''
          ? `'${entry}': a '-' removed a user before the site file listed them; remove users from \`users:\` in ${config}`
          : `'${entry}': users are removed in ${config} now: remove '${user}' from \`users:\` there, ` +
              'and rotate removes them from the secret',
      );
    }
    const user = entry.normalize('NFC');
    const token = user.startsWith('token:') ? user.slice('token:'.length).trim() : undefined;
    const problem = userNameProblem(token ?? user);
    if (problem !== undefined) {
      throw new InputError(
        input,
        `'${entry}': ${token === undefined ? problem : problem.replace('user name', 'token name')}`,
      );
    }
    if (token !== undefined) {
      if (!rotate.includes(`token:${token}`)) rotate.push(`token:${token}`);
      continue;
    }
    if (!rotate.includes(user)) rotate.push(user);
  }
  if (none && (all || rotate.length > 0)) {
    throw new InputError(input, "'none' gives nobody a new password: use it alone");
  }
  if (none) return [];
  if (all && rotate.length > 0) {
    throw new InputError(
      input,
      `'all' rotates every user: use it alone, or list the users by name (${rotate.join(', ')}, …)`,
    );
  }
  if (!all && rotate.length === 0) {
    throw new InputError(input, "expected 'all', 'none', or user names (alice, bob)");
  }
  return all ? undefined : rotate;
}
