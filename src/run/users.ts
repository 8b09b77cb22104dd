/**
 * `basic-auth-users` (a run input, from a secret): `user:password` lines. Their names must be
 * exactly the site file's `users`; with `edge: function` every password must be strong. Errors
 * name the input, the line and the user, never a password.
 */
import { FUNCTION_PASSWORD_MIN_BITS, functionPasswordProblem } from '../edge/function/store.js';
import { InputError } from './input-error.js';

/** One `user:password` line of `basic-auth-users`. */
export interface BasicAuthUser {
  readonly user: string;
  readonly password: string;
}

/**
 * `user:password` lines. The user is everything before the first colon (RFC 7617: a user-id
 * cannot contain one); the password is the rest and may contain colons. Blank lines are
 * skipped; a trailing CR is dropped. Both are NFC-normalised, as the edge function does with
 * what browsers send. Errors name the line and the user, never the password.
 */
export function parseBasicAuthUsers(raw: string, input = 'basic-auth-users'): BasicAuthUser[] {
  const users: BasicAuthUser[] = [];
  const seen = new Map<string, number>();
  raw.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0)
      throw new InputError(input, `${where}: expected 'user:password' (no colon found)`);
    const user = line.slice(0, colon).trim().normalize('NFC');
    const password = line.slice(colon + 1).normalize('NFC');
    if (user === '') throw new InputError(input, `${where}: the user name is empty`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(user))
      throw new InputError(input, `${where}: the user name contains a control character`);
    if (password === '')
      throw new InputError(input, `${where}: the password for user '${user}' is empty`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(password)) {
      throw new InputError(
        input,
        `${where}: the password for user '${user}' contains a control character`,
      );
    }
    if (Buffer.byteLength(user) + Buffer.byteLength(password) > 512) {
      throw new InputError(
        input,
        `${where}: user '${user}': user and password together must be at most 512 bytes`,
      );
    }
    const first = seen.get(user);
    if (first !== undefined)
      throw new InputError(input, `${where}: user '${user}' is already defined on line ${first}`);
    seen.set(user, i + 1);
    users.push({ user, password });
  });
  return users;
}

/**
 * `edge: function`: every password of `basic-auth-users` must pass the runtime's entropy rule
 * (`functionPasswordProblem`, src/edge/function/store.ts: at least 128 bits). The error names
 * the input and the user, never the password.
 */
export function checkFunctionPasswords(
  users: readonly BasicAuthUser[],
  input = 'basic-auth-users',
): void {
  for (const { user, password } of users) {
    const problem = functionPasswordProblem(password);
    if (problem !== undefined) {
      throw new InputError(
        input,
        `user '${user}': the password is too weak for \`edge: function\` (CloudFront Functions can only ` +
          `use a fast hash, so every password needs ${FUNCTION_PASSWORD_MIN_BITS} bits of entropy): it ${problem}`,
      );
    }
  }
}

/**
 * `basic-auth-users` must name exactly the users of the site file (`users`, at `where`): the
 * names each side has that the other does not, or undefined when they agree. Names only.
 */
export function usersMismatch(
  given: readonly BasicAuthUser[],
  listed: readonly string[],
  where: string,
): string | undefined {
  const names = given.map((u) => u.user);
  const extra = names.filter((n) => !listed.includes(n));
  const missing = listed.filter((n) => !names.includes(n));
  if (extra.length === 0 && missing.length === 0) return undefined;
  return [
    `must name exactly the users of ${where}`,
    ...(extra.length > 0
      ? [
          `it has ${extra.map((n) => `'${n}'`).join(', ')}, which \`users\` does not list (add the name there)`,
        ]
      : []),
    ...(missing.length > 0
      ? [
          `it has no password for ${missing.map((n) => `'${n}'`).join(', ')}, whom \`users\` lists (add a line to the secret, or remove the name)`,
        ]
      : []),
  ].join('; ');
}
