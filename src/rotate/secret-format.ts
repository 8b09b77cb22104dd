/**
 * The users secret's format: what `<stack-name>/basic-auth` holds, and how it is read
 * (masked first, then parsed and validated) and written. No I/O.
 *
 *     { "version": 1,
 *       "sessionKeyId": "k3F9…",
 *       "users":   [{ "user": "alice", "password": "…", "createdAt": "2026-01-01T00:00:00.000Z",
 *                    "cv": "Qm9…" }],
 *       "retired": [{ "user": "alice", "password": "…", "expires": 1767229200 }] }
 *
 * `sessionKeyId` and `cv` (issue 23, `login: form`; docs/design-sessions.md (a), (b)): the id
 * of the session key the edge derives (a new one ends every session) and each user's
 * credential version (a new one ends that user's sessions). Not secret. A secret written
 * before them has neither and stays valid: deploy then uses `DEFAULT_SESSION_KEY_ID` and lets
 * the edge derive a user's version from their hashes; `rotate` writes the key id (the same
 * default, so no session ends) and a new `cv` for every user whose password changes.
 *
 * `users`: one current password per user, which never expires. `retired`: replaced passwords
 * that keep working until `expires` (epoch seconds, exclusive: they work while
 * `now < expires * 1000`, as in the edge function). Someone with access to the secret may edit
 * it by hand (add a user, set a chosen password): the next `deploy` bakes what it holds into
 * the edge function.
 *
 * A value edited by hand can be malformed in any way, e.g. `"user": "alice:her-password"`. So
 * `parseUsersSecret` hands every string that could be a password to the mask (core.setSecret)
 * BEFORE it validates anything (see `secretStrings`), and its errors name the field by its
 * place (`users[2].user`) and the rule broken, never a value from the secret.
 */
import {
  CREDENTIAL_VERSION,
  RotationError,
  SESSION_KEY_ID,
  compareStrings,
  passwordProblem,
  userNameProblem,
} from './rules.js';
import { secretStrings, type Mask } from './secret-mask.js';

export const USERS_SECRET_VERSION = 1;
/** Secrets Manager's limit for a SecretString, in bytes. */
export const SECRET_STRING_LIMIT = 65_536;

export interface CurrentPassword {
  readonly user: string;
  readonly password: string;
  /** When the password was set (ISO 8601). */
  readonly createdAt: string;
  /** Credential version (`CREDENTIAL_VERSION`); absent in a secret written before issue 23. */
  readonly cv?: string;
}

export interface RetiredPassword {
  readonly user: string;
  readonly password: string;
  /** Epoch seconds from which the password no longer authenticates. */
  readonly expires: number;
}

export interface UsersState {
  readonly version: typeof USERS_SECRET_VERSION;
  /** The session key id (`SESSION_KEY_ID`); absent in a secret written before issue 23. */
  readonly sessionKeyId?: string;
  readonly users: readonly CurrentPassword[];
  readonly retired: readonly RetiredPassword[];
}

/**
 * The key id of a site whose users secret has none yet (written before issue 23), and of
 * every site with `basic-auth-users` (no secret to keep another in): sessions there end by a
 * password change (the edge derives the user's version from the hashes) and by a new session
 * secret, not by a new key id. docs/design-sessions.md (a).
 */
export const DEFAULT_SESSION_KEY_ID = '1';

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

/**
 * Masks every string of `text` that could be a password (`secretStrings`), then parses and
 * validates it. `source` names the secret in errors. A missing `retired` list is an empty one
 * (the value the edge stack creates the secret with has none).
 */
export function parseUsersSecret(text: string, source: string, mask: Mask): UsersState {
  for (const s of secretStrings(text)) mask(s);
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

/**
 * Validates a parsed value as a `UsersState` (see `parseUsersSecret`, which masks first).
 * Errors name the field by its place and the rule broken, never a value.
 */
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
  const sessionKeyId = value.sessionKeyId;
  if (
    sessionKeyId !== undefined &&
    (typeof sessionKeyId !== 'string' || !SESSION_KEY_ID.test(sessionKeyId))
  ) {
    return fail('sessionKeyId: must be 1 to 16 letters and digits');
  }
  const retiredValue = value.retired ?? [];
  if (!Array.isArray(retiredValue)) return fail('expected "retired" to be a list');

  const users: CurrentPassword[] = [];
  const seen = new Map<string, number>();
  value.users.forEach((entry: unknown, i) => {
    const where = `users[${i}]`;
    if (!isRecord(entry))
      return fail(`${where}: expected an object with user, password, createdAt`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, user, where, fail);
    const createdAt = entry.createdAt;
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where}.createdAt: must be an ISO 8601 date`);
    }
    const cv = entry.cv;
    if (cv !== undefined && (typeof cv !== 'string' || !CREDENTIAL_VERSION.test(cv))) {
      return fail(`${where}.cv: must be 1 to 22 characters of A-Z, a-z, 0-9, _ and -`);
    }
    const first = seen.get(user);
    if (first !== undefined) {
      return fail(
        `${where}.user: the same user as users[${first}] (one current password per user)`,
      );
    }
    seen.set(user, i);
    users.push(
      cv === undefined ? { user, password, createdAt } : { user, password, createdAt, cv },
    );
  });
  const retired: RetiredPassword[] = [];
  retiredValue.forEach((entry: unknown, i) => {
    const where = `retired[${i}]`;
    if (!isRecord(entry)) return fail(`${where}: expected an object with user, password, expires`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, user, where, fail);
    const expires = entry.expires;
    if (typeof expires !== 'number' || !Number.isSafeInteger(expires) || expires < 0) {
      return fail(`${where}.expires: must be whole epoch seconds`);
    }
    retired.push({ user, password, expires });
  });
  return {
    version: USERS_SECRET_VERSION,
    ...(sessionKeyId === undefined ? {} : { sessionKeyId }),
    users: sortUsers(users),
    retired: sortRetired(retired),
  };
}

/**
 * The secret's value: indented JSON (the secret may be read and edited by a person), users by
 * name, retired passwords by user and expiry. Throws over Secrets Manager's 64 KiB limit.
 */
export function serializeUsersSecret(state: UsersState): string {
  const text = JSON.stringify(
    {
      version: USERS_SECRET_VERSION,
      ...(state.sessionKeyId === undefined ? {} : { sessionKeyId: state.sessionKeyId }),
      users: sortUsers(state.users).map((u) => ({
        user: u.user,
        password: u.password,
        createdAt: u.createdAt,
        ...(u.cv === undefined ? {} : { cv: u.cv }),
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

/**
 * Same users, passwords, expiries, credential versions and session key id (order aside).
 * `undefined` counts as empty.
 */
export function sameUsersState(a: UsersState | undefined, b: UsersState | undefined): boolean {
  return serializeUnchecked(a ?? EMPTY_USERS) === serializeUnchecked(b ?? EMPTY_USERS);
}

export function sortUsers(users: readonly CurrentPassword[]): CurrentPassword[] {
  return [...users].sort((a, b) => compareStrings(a.user, b.user));
}

export function sortRetired(retired: readonly RetiredPassword[]): RetiredPassword[] {
  return [...retired].sort(
    (a, b) =>
      compareStrings(a.user, b.user) ||
      a.expires - b.expires ||
      compareStrings(a.password, b.password),
  );
}

// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUser(value: unknown, where: string, fail: (problem: string) => never): string {
  if (typeof value !== 'string') return fail(`${where}.user: must be a string`);
  const problem = userNameProblem(value);
  if (problem === undefined) return value;
  return fail(
    value.includes(':')
      ? `${where}.user: ${problem}; was "user:password" written into it? The password goes in "password"`
      : `${where}.user: ${problem}`,
  );
}

function checkPassword(
  value: unknown,
  user: string,
  where: string,
  fail: (problem: string) => never,
): string {
  if (typeof value !== 'string') return fail(`${where}.password: must be a string`);
  const problem = passwordProblem(value, user);
  return problem === undefined ? value : fail(`${where}.password: ${problem}`);
}

function serializeUnchecked(state: UsersState): string {
  return JSON.stringify([
    state.sessionKeyId ?? null,
    sortUsers(state.users).map((u) => [u.user, u.password, u.createdAt, u.cv ?? null]),
    sortRetired(state.retired).map((r) => [r.user, r.password, r.expires]),
  ]);
}
