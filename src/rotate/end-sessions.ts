/**
 * The `end-sessions` input of `command: rotate` (issue 23, `login: form`): whose sign-in
 * sessions end without a new password. One entry per line or comma-separated:
 *
 *   - `none` (the default): only the sessions a rotation always ends (those of every user
 *     whose password changes, or who is removed);
 *   - `all`: every session of every user (a new session key id, docs/design-sessions.md (a));
 *   - `alice, bob`: the sessions of alice and bob (a new credential version each, passwords
 *     unchanged; they must be among the site file's `users`, checked in src/run/configuration.ts).
 *
 * Errors quote the entry (an input value, never a secret) and the rule broken.
 */
import { InputError } from '../run/input-error.js';
import { userNameProblem } from './rules.js';

export type EndSessions =
  | { readonly kind: 'none' }
  | { readonly kind: 'all' }
  | { readonly kind: 'users'; readonly users: readonly string[] };

export const END_NO_SESSIONS: EndSessions = { kind: 'none' };

/** `end-sessions` as its raw value (empty = `none`). */
export function parseEndSessions(raw: string): EndSessions {
  const input = 'end-sessions';
  const entries = raw
    .split(/[\r\n,]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length === 0) return END_NO_SESSIONS;
  const keywords = entries.filter((e) => e === 'none' || e === 'all');
  if (keywords.length > 0) {
    if (entries.length > 1) {
      throw new InputError(
        input,
        `'${keywords[0] ?? ''}' stands alone: use none, all, or user names (alice, bob)`,
      );
    }
    return keywords[0] === 'all' ? { kind: 'all' } : END_NO_SESSIONS;
  }
  const users: string[] = [];
  for (const entry of entries) {
    const user = entry.normalize('NFC');
    const problem = userNameProblem(user);
    if (problem !== undefined) throw new InputError(input, `'${entry}': ${problem}`);
    if (!users.includes(user)) users.push(user);
  }
  return { kind: 'users', users };
}
