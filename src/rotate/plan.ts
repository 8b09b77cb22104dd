/**
 * The pure planning of `command: rotate`: from the users the secret holds and what
 * `rotate-users` asks, the secret's next value and who changed. No I/O, no clock of its own:
 * `now` (epoch milliseconds) and the password generator are parameters. Error messages name
 * the user and the rule broken, never a password.
 */
import { END_NO_SESSIONS, type EndSessions } from './end-sessions.js';
import { generateCredentialVersion, generateSessionKeyId } from './session-ids.js';
import {
  DEFAULT_SESSION_KEY_ID,
  EMPTY_USERS,
  USERS_SECRET_VERSION,
  sortRetired,
  sortUsers,
  type RetiredPassword,
  type UsersState,
} from './secret-format.js';
import { RotationError, compareStrings, passwordProblem, userNameProblem } from './rules.js';

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
  /**
   * `end-sessions` (issue 23): `all` gives the state a new session key id; named users get a
   * new credential version without a new password. Default: none.
   */
  readonly endSessions?: EndSessions | undefined;
  /** Default: `generateCredentialVersion`. */
  readonly generateCv?: (() => string) | undefined;
  /** Default: `generateSessionKeyId`. */
  readonly generateKeyId?: (() => string) | undefined;
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
  /** Users whose sessions end without a new password (`end-sessions` names them). */
  readonly sessionsEnded: readonly string[];
  /** `end-sessions: all`: a new session key id, every session ends. */
  readonly allSessionsEnded: boolean;
  /** Epoch seconds when the replaced passwords stop working; undefined if none are kept. */
  readonly expiresAt: number | undefined;
}

/**
 * The next state of the users. Rotating a user moves the current password to `retired` with
 * `expires = ceil(now / 1000) + graceSeconds` (not kept at all with a grace of 0) and gives
 * the user a new generated password and credential version; rotating a missing user adds them;
 * removing a user drops their current and retired passwords. `end-sessions` gives the named
 * users a new credential version (or, `all`, the state a new session key id); a secret without
 * a key id gets `DEFAULT_SESSION_KEY_ID`, the one deploy used for it, so no session ends. Throws `RotationError` when there is nothing to rotate
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
  const retired: RetiredPassword[] = base.retired.filter((r) => !removeUsers.includes(r.user));

  const targets = rotateUsers ?? users.map((u) => u.user);
  if (rotateUsers === undefined && targets.length === 0 && removed.length === 0) {
    throw new RotationError(
      'there are no users to rotate yet: list them in `users` of the site file (users: [alice, bob]); rotate adds them',
    );
  }

  // Every user whose password changes, or who is added, gets a new credential version: the
  // sessions made with the old password end at the next request (docs/design-sessions.md (b)).
  const newCv = request.generateCv ?? generateCredentialVersion;
  const endSessions = request.endSessions ?? END_NO_SESSIONS;
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
    if (problem !== undefined) {
      throw new RotationError(`the generated password of user '${user}': ${problem}`);
    }
    if (known.includes(password)) {
      throw new RotationError(
        `the generated password of user '${user}' is one the user already has`,
      );
    }
    const i = users.findIndex((u) => u.user === user);
    const current = users[i];
    if (current !== undefined) {
      if (graceSeconds > 0) retired.push({ user, password: current.password, expires });
      users[i] = { user, password, createdAt, cv: newCv() };
      rotated.push(user);
    } else {
      users.push({ user, password, createdAt, cv: newCv() });
      added.push(user);
    }
  }
  const sessionsEnded: string[] = [];
  if (endSessions.kind === 'users') {
    for (const name of endSessions.users) {
      const user = name.normalize('NFC');
      const i = users.findIndex((u) => u.user === user);
      const current = users[i];
      if (current === undefined) {
        throw new RotationError(`end-sessions: user '${user}' has no password to keep`);
      }
      // A user who also got a new password already has a new version.
      if (targets.includes(user)) continue;
      users[i] = { ...current, cv: newCv() };
      sessionsEnded.push(user);
    }
  }
  const allSessionsEnded = endSessions.kind === 'all';
  const sessionKeyId = allSessionsEnded
    ? (request.generateKeyId ?? generateSessionKeyId)()
    : (base.sessionKeyId ?? DEFAULT_SESSION_KEY_ID);
  if (allSessionsEnded && sessionKeyId === (base.sessionKeyId ?? DEFAULT_SESSION_KEY_ID)) {
    throw new RotationError('end-sessions: the new session key id is the current one');
  }
  if (users.length === 0) {
    throw new RotationError(
      removed.length > 0
        ? `removing ${removed.map((u) => `'${u}'`).join(', ')} would leave no users, and the site would let nobody in: ` +
            'keep at least one user in `users` of the site file (a new name there is added in the same run), ' +
            'or delete the stacks to take the site down'
        : 'there are no users: list them in `users` of the site file (users: [alice, bob]); rotate adds them',
    );
  }
  return {
    next: {
      version: USERS_SECRET_VERSION,
      sessionKeyId,
      users: sortUsers(users),
      retired: sortRetired(retired),
    },
    rotated: rotated.sort(compareStrings),
    added: added.sort(compareStrings),
    removed,
    notFound,
    sessionsEnded: sessionsEnded.sort(compareStrings),
    allSessionsEnded,
    expiresAt: rotated.length > 0 && graceSeconds > 0 ? expires : undefined,
  };
}

/** The state without retired passwords that no longer work at `now` (epoch ms). */
export function pruneExpired(state: UsersState, now: number): UsersState {
  return { ...state, retired: state.retired.filter((r) => r.expires * 1000 > now) };
}
