/**
 * The users and their passwords when they live in AWS Secrets Manager (`basic-auth-users`
 * empty): the secret's JSON, and the pure planning of `command: rotate`. No I/O, no clock of
 * its own: `now` (epoch milliseconds) and the password generator are parameters.
 *
 * The secret `<stack-name>/basic-auth` holds
 *
 *     { "version": 1,
 *       "users":   [{ "user": "alice", "password": "…", "createdAt": "2026-01-01T00:00:00.000Z" }],
 *       "retired": [{ "user": "alice", "password": "…", "expires": 1767229200 }] }
 *
 * `users`: one current password per user, which never expires. `retired`: replaced passwords
 * that keep working until `expires` (epoch seconds, exclusive: they work while
 * `now < expires * 1000`, as in the edge function). Someone with access to the secret may edit
 * it by hand (add a user, set a chosen password): the next `deploy` bakes what it holds into
 * the edge function.
 *
 * `rotate-users` (parsed by `parseRotateUsers`), one entry per line or comma-separated:
 *
 *   - `all` (the default): every current user gets a new password;
 *   - `alice`: alice gets a new password, or is added with one if she is not a user yet;
 *   - `-bob`: bob is removed, with his retired passwords, at once (no grace period);
 *   - `all, -bob`: bob is removed and everyone else gets a new password.
 *
 * Error messages name the user, the entry and the rule broken, never a password.
 */
import type { EdgeCredential } from '../edge/config.js';
import { InputError } from '../inputs.js';

export const USERS_SECRET_VERSION = 1;
/** Secrets Manager's limit for a SecretString, in bytes. */
export const SECRET_STRING_LIMIT = 65_536;

export interface CurrentPassword {
  readonly user: string;
  readonly password: string;
  /** When the password was set (ISO 8601). */
  readonly createdAt: string;
}

export interface RetiredPassword {
  readonly user: string;
  readonly password: string;
  /** Epoch seconds from which the password no longer authenticates. */
  readonly expires: number;
}

export interface UsersState {
  readonly version: typeof USERS_SECRET_VERSION;
  readonly users: readonly CurrentPassword[];
  readonly retired: readonly RetiredPassword[];
}

/** What the edge stack creates the secret with, and what a missing secret amounts to. */
export const EMPTY_USERS: UsersState = { version: USERS_SECRET_VERSION, users: [], retired: [] };

/** The secret's value is not what this action writes; `problem` names the field, never a value. */
export class UsersSecretFormatError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'UsersSecretFormatError';
  }
}

/** A rotation that cannot be planned (no users to rotate, removing the last one, …). */
export class RotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RotationError';
  }
}

// ---------------------------------------------------------------------------------------------
// The secret's JSON

/**
 * Parses and validates the secret's value. `source` names it in errors (e.g. the secret's
 * name). A missing `retired` list is an empty one (the value the edge stack creates the
 * secret with has none).
 */
export function parseUsersSecret(text: string, source: string): UsersState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // JSON.parse's message can quote the text, passwords included: keep only the position.
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    throw new UsersSecretFormatError(
      source,
      `the value is not valid JSON${position === undefined ? '' : ` (near character ${position})`}`,
    );
  }
  return validateUsersState(value, source);
}

/** Validates a parsed value as a `UsersState`; see `parseUsersSecret`. */
export function validateUsersState(value: unknown, source: string): UsersState {
  const fail = (problem: string): never => {
    throw new UsersSecretFormatError(source, problem);
  };
  if (!isRecord(value)) return fail('expected a JSON object with version, users and retired');
  if (value.version !== USERS_SECRET_VERSION) {
    return fail(
      typeof value.version === 'number' && value.version > USERS_SECRET_VERSION
        ? `version ${value.version} was written by a newer secure-dist action (this one reads version ${USERS_SECRET_VERSION}): update the action`
        : `expected "version": ${USERS_SECRET_VERSION}`,
    );
  }
  if (!Array.isArray(value.users)) return fail('expected "users" to be a list');
  const retiredValue = value.retired ?? [];
  if (!Array.isArray(retiredValue)) return fail('expected "retired" to be a list');

  const users: CurrentPassword[] = [];
  const seen = new Map<string, number>();
  value.users.forEach((entry: unknown, i) => {
    const where = `users[${i}]`;
    if (!isRecord(entry))
      return fail(`${where}: expected an object with user, password, createdAt`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, `${where} (user '${user}')`, user, fail);
    const createdAt = entry.createdAt;
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where} (user '${user}'): createdAt must be an ISO 8601 date`);
    }
    const first = seen.get(user);
    if (first !== undefined) {
      return fail(
        `${where}: user '${user}' is already listed in users[${first}] (one current password per user)`,
      );
    }
    seen.set(user, i);
    users.push({ user, password, createdAt });
  });
  const retired: RetiredPassword[] = [];
  retiredValue.forEach((entry: unknown, i) => {
    const where = `retired[${i}]`;
    if (!isRecord(entry)) return fail(`${where}: expected an object with user, password, expires`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, `${where} (user '${user}')`, user, fail);
    const expires = entry.expires;
    if (typeof expires !== 'number' || !Number.isSafeInteger(expires) || expires < 0) {
      return fail(`${where} (user '${user}'): expires must be whole epoch seconds`);
    }
    retired.push({ user, password, expires });
  });
  return { version: USERS_SECRET_VERSION, users: sortUsers(users), retired: sortRetired(retired) };
}

/**
 * The secret's value: indented JSON (the secret may be read and edited by a person), users by
 * name, retired passwords by user and expiry. Throws over Secrets Manager's 64 KiB limit.
 */
export function serializeUsersSecret(state: UsersState): string {
  const text = JSON.stringify(
    {
      version: USERS_SECRET_VERSION,
      users: sortUsers(state.users).map((u) => ({
        user: u.user,
        password: u.password,
        createdAt: u.createdAt,
      })),
      retired: sortRetired(state.retired).map((r) => ({
        user: r.user,
        password: r.password,
        expires: r.expires,
      })),
    },
    null,
    2,
  );
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SECRET_STRING_LIMIT) {
    throw new RotationError(
      `the users secret would be ${bytes} bytes, over Secrets Manager's limit of ${SECRET_STRING_LIMIT}: remove users or shorten \`rotation-grace-period\``,
    );
  }
  return text;
}

/** Every password the state holds (current and retired), e.g. to mask them all in the log. */
export function passwordsOf(state: UsersState): string[] {
  return [...state.users.map((u) => u.password), ...state.retired.map((r) => r.password)];
}

/** Same users, passwords and expiries (order aside). `undefined` counts as empty. */
export function sameUsersState(a: UsersState | undefined, b: UsersState | undefined): boolean {
  return serializeUnchecked(a ?? EMPTY_USERS) === serializeUnchecked(b ?? EMPTY_USERS);
}

// ---------------------------------------------------------------------------------------------
// rotate-users

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

// ---------------------------------------------------------------------------------------------
// Planning

export interface RotationRequest {
  /** Users to give a new password, added when missing; `undefined` = every current user. */
  readonly rotateUsers: readonly string[] | undefined;
  /** Users to remove with all their passwords, at once. */
  readonly removeUsers?: readonly string[] | undefined;
  /** How long a replaced password keeps working (0: not kept). */
  readonly graceSeconds: number;
  /** Epoch milliseconds. */
  readonly now: number;
  /** A new random password (see `generatePassword`). */
  readonly generate: () => string;
}

export interface RotationPlan {
  /** The secret's next value: expired retired passwords dropped, the changes applied. */
  readonly next: UsersState;
  /** Users whose password was replaced. */
  readonly rotated: readonly string[];
  /** Users who did not exist and were added. */
  readonly added: readonly string[];
  /** Users removed. */
  readonly removed: readonly string[];
  /** Users named for removal who were not there (nothing to do: a rerun after a removal). */
  readonly notFound: readonly string[];
  /** Epoch seconds when the replaced passwords stop working; undefined if none are kept. */
  readonly expiresAt: number | undefined;
}

/**
 * The next state of the users. Rotating a user moves the current password to `retired` with
 * `expires = ceil(now / 1000) + graceSeconds` (not kept at all with a grace of 0) and gives
 * the user a new generated password; rotating a missing user adds them; removing a user drops
 * their current and retired passwords. Throws `RotationError` when there is nothing to rotate
 * or the result would have no users.
 */
export function planRotation(
  state: UsersState | undefined,
  request: RotationRequest,
): RotationPlan {
  const { graceSeconds, now } = request;
  if (!Number.isSafeInteger(graceSeconds) || graceSeconds < 0) {
    throw new RotationError(`the grace period must be whole seconds, got ${graceSeconds}`);
  }
  if (!Number.isFinite(now) || now < 0) throw new RotationError(`invalid clock value ${now}`);
  const base = pruneExpired(state ?? EMPTY_USERS, now);
  const removeUsers = [...new Set((request.removeUsers ?? []).map((u) => u.normalize('NFC')))];
  const rotateUsers =
    request.rotateUsers === undefined
      ? undefined
      : [...new Set(request.rotateUsers.map((u) => u.normalize('NFC')))];
  for (const user of [...removeUsers, ...(rotateUsers ?? [])]) {
    const problem = userNameProblem(user);
    if (problem !== undefined) throw new RotationError(`user '${user}': ${problem}`);
  }
  const conflict = rotateUsers?.find((u) => removeUsers.includes(u));
  if (conflict !== undefined) {
    throw new RotationError(`user '${conflict}' cannot be both rotated and removed`);
  }

  const exists = (user: string): boolean =>
    base.users.some((u) => u.user === user) || base.retired.some((r) => r.user === user);
  const removed = removeUsers.filter(exists).sort(compareStrings);
  const notFound = removeUsers.filter((u) => !exists(u)).sort(compareStrings);
  const users = base.users.filter((u) => !removeUsers.includes(u.user));
  const retired = base.retired.filter((r) => !removeUsers.includes(r.user));

  const targets = rotateUsers ?? users.map((u) => u.user);
  if (rotateUsers === undefined && targets.length === 0 && removed.length === 0) {
    throw new RotationError(
      'there are no users to rotate yet: name the users to add, for example `rotate-users: alice, bob`',
    );
  }

  const expires = Math.ceil(now / 1000) + graceSeconds;
  const createdAt = new Date(now).toISOString();
  const rotated: string[] = [];
  const added: string[] = [];
  for (const user of targets) {
    const password = request.generate();
    const known = [
      ...users.filter((u) => u.user === user).map((u) => u.password),
      ...retired.filter((r) => r.user === user).map((r) => r.password),
    ];
    const problem = passwordProblem(password, user);
    if (problem !== undefined) throw new RotationError(`generated password: ${problem}`);
    if (known.includes(password)) {
      throw new RotationError(
        `the generated password of user '${user}' is one the user already has`,
      );
    }
    const i = users.findIndex((u) => u.user === user);
    const current = users[i];
    if (current !== undefined) {
      if (graceSeconds > 0) retired.push({ user, password: current.password, expires });
      users[i] = { user, password, createdAt };
      rotated.push(user);
    } else {
      users.push({ user, password, createdAt });
      added.push(user);
    }
  }
  if (users.length === 0) {
    throw new RotationError(
      removed.length > 0
        ? `removing ${removed.map((u) => `'${u}'`).join(', ')} would leave no users, and the site would let nobody in: ` +
            `add a user in the same run (\`rotate-users: carol, -${removed[0] ?? 'bob'}\`), or delete the stacks to take the site down`
        : 'there are no users: name the users to add, for example `rotate-users: alice, bob`',
    );
  }
  return {
    next: { version: USERS_SECRET_VERSION, users: sortUsers(users), retired: sortRetired(retired) },
    rotated: rotated.sort(compareStrings),
    added: added.sort(compareStrings),
    removed,
    notFound,
    expiresAt: rotated.length > 0 && graceSeconds > 0 ? expires : undefined,
  };
}

/** The state without retired passwords that no longer work at `now` (epoch ms). */
export function pruneExpired(state: UsersState, now: number): UsersState {
  return { ...state, retired: state.retired.filter((r) => r.expires * 1000 > now) };
}

/**
 * What the edge function must accept at `now`: every current password (no expiry) and every
 * retired one still within its grace period (with its expiry). Expired ones are left out, so
 * a later deploy drops them from the function.
 */
export function credentialsForEdge(state: UsersState, now: number): EdgeCredential[] {
  return [
    ...state.users.map((u) => ({ user: u.user, password: u.password })),
    ...pruneExpired(state, now).retired.map((r) => ({
      user: r.user,
      password: r.password,
      expires: r.expires,
    })),
  ];
}

/**
 * What the edge function must accept while a rotation from `current` to `next` is being
 * written: `next`'s credentials (new passwords, replaced ones with their expiry) plus those of
 * `current` that `next` drops (removed users, passwords replaced with no grace period) as they
 * are in `current`. Whichever of the two the secret holds, all of its passwords work.
 */
export function credentialsDuringRotation(
  current: UsersState | undefined,
  next: UsersState,
  now: number,
): EdgeCredential[] {
  const upcoming = credentialsForEdge(next, now);
  const inNext = new Set(upcoming.map(credentialKey));
  const leaving =
    current === undefined
      ? []
      : credentialsForEdge(current, now).filter((c) => !inNext.has(credentialKey(c)));
  return [...upcoming, ...leaving];
}

/** Does `next` hold a password (user and password) that `current` does not? */
export function introducesPasswords(
  current: UsersState | undefined,
  next: UsersState,
  now: number,
): boolean {
  const before = new Set(credentialsForEdge(current ?? EMPTY_USERS, now).map(credentialKey));
  return credentialsForEdge(next, now).some((c) => !before.has(credentialKey(c)));
}

/** The same credentials with the same expiries, in any order. */
export function sameCredentials(
  a: readonly EdgeCredential[],
  b: readonly EdgeCredential[],
): boolean {
  const canonical = (list: readonly EdgeCredential[]): string =>
    JSON.stringify(list.map((c) => JSON.stringify([c.user, c.password, c.expires ?? null])).sort());
  return canonical(a) === canonical(b);
}

// ---------------------------------------------------------------------------------------------

function credentialKey(c: EdgeCredential): string {
  return `${c.user}\u0000${c.password}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a user name cannot be used (the edge function's and `basic-auth-users`' rules). */
function userNameProblem(user: string): string | undefined {
  if (user === '') return 'the user name is empty';
  if (user.includes(':')) return `user name '${user}' contains a colon (RFC 7617 forbids it)`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(user)) return 'the user name contains a control character';
  if (user !== user.normalize('NFC')) return `user name '${user}' is not NFC-normalised`;
  return undefined;
}

function passwordProblem(password: string, user: string): string | undefined {
  if (password === '') return `the password of user '${user}' is empty`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) {
    return `the password of user '${user}' contains a control character`;
  }
  if (Buffer.byteLength(user) + Buffer.byteLength(password) > 512) {
    return `user '${user}': user and password together must be at most 512 bytes`;
  }
  return undefined;
}

function checkUser(value: unknown, where: string, fail: (problem: string) => never): string {
  if (typeof value !== 'string') return fail(`${where}: user must be a string`);
  const problem = userNameProblem(value);
  return problem === undefined ? value : fail(`${where}: ${problem}`);
}

function checkPassword(
  value: unknown,
  where: string,
  user: string,
  fail: (problem: string) => never,
): string {
  if (typeof value !== 'string') return fail(`${where}: password must be a string`);
  const problem = passwordProblem(value, user);
  return problem === undefined ? value : fail(`${where}: ${problem}`);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortUsers(users: readonly CurrentPassword[]): CurrentPassword[] {
  return [...users].sort((a, b) => compareStrings(a.user, b.user));
}

function sortRetired(retired: readonly RetiredPassword[]): RetiredPassword[] {
  return [...retired].sort(
    (a, b) =>
      compareStrings(a.user, b.user) ||
      a.expires - b.expires ||
      compareStrings(a.password, b.password),
  );
}

function serializeUnchecked(state: UsersState): string {
  return JSON.stringify([
    sortUsers(state.users).map((u) => [u.user, u.password, u.createdAt]),
    sortRetired(state.retired).map((r) => [r.user, r.password, r.expires]),
  ]);
}
