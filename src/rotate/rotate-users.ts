/**
 * The `rotate-users` input: who gets a new password, who is added, who is removed. One entry
 * per line or comma-separated:
 *
 *   - `all` (the default): every current user gets a new password;
 *   - `alice`: alice gets a new password, or is added with one if she is not a user yet;
 *   - `-bob`: bob is removed, with his retired passwords, at once (no grace period);
 *   - `all, -bob`: bob is removed and everyone else gets a new password.
 *
 * Errors quote the entry (an input value, not a secret) and the rule broken.
 */
import { InputError } from '../inputs.js';
import { userNameProblem } from './rules.js';

export interface RotateUsersSelection {
  /** Users to give a new password (added when missing); `undefined` = every current user. */
  readonly rotate: readonly string[] | undefined;
  /** Users to remove, with their retired passwords. */
  readonly remove: readonly string[];
}

/**
 * `rotate-users` as parsed by inputs (`undefined` for `all`, else the comma/newline-separated
 * entries): `name` rotates or adds, `-name` removes, `all` (alone or with removals) rotates
 * every remaining user. Names are NFC-normalised and validated like `basic-auth-users`.
 */
export function parseRotateUsers(list: readonly string[] | undefined): RotateUsersSelection {
  if (list === undefined) return { rotate: undefined, remove: [] };
  const input = 'rotate-users';
  let all = false;
  const rotate: string[] = [];
  const remove: string[] = [];
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry === 'all') {
      all = true;
      continue;
    }
    const removal = entry.startsWith('-');
    const user = (removal ? entry.slice(1).trim() : entry).normalize('NFC');
    if (user === '') {
      throw new InputError(input, `'${entry}': a '-' must be followed by the user to remove`);
    }
    const problem = userNameProblem(user);
    if (problem !== undefined) throw new InputError(input, `'${entry}': ${problem}`);
    const target = removal ? remove : rotate;
    if (!target.includes(user)) target.push(user);
  }
  const both = rotate.find((u) => remove.includes(u));
  if (both !== undefined) {
    throw new InputError(input, `user '${both}' is listed both to rotate and to remove (-${both})`);
  }
  if (all && rotate.length > 0) {
    throw new InputError(
      input,
      `'all' rotates every user: combine it only with removals (-name), or list the users by name (${rotate.join(', ')}, …)`,
    );
  }
  if (!all && rotate.length === 0 && remove.length === 0) {
    throw new InputError(input, "expected 'all', or user names (alice, bob), or removals (-carol)");
  }
  return { rotate: all ? undefined : rotate, remove };
}
