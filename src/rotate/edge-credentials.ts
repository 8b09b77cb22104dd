/**
 * What the edge function gets from the users: the credentials to bake into it at a given
 * time, during a rotation (old and new), and the comparisons that decide whether a deploy is
 * needed. No I/O.
 */
import type { EdgeCredential } from '../edge/config.js';
import { pruneExpired } from './plan.js';
import { EMPTY_USERS, type UsersState } from './secret-format.js';

/**
 * What the edge function must accept at `now`: every current password (no expiry) and every
 * retired one still within its grace period (with its expiry). Expired ones are left out, so
 * a later deploy drops them from the function. Each credential carries its user's credential
 * version (`cv`, issue 23) when the state has one: a session is the user's, whichever of their
 * passwords made it, so a replaced password still in its grace period signs in under the new
 * version.
 */
export function credentialsForEdge(state: UsersState, now: number): EdgeCredential[] {
  return withVersions(
    [
      ...state.users.map((u) => ({ user: u.user, password: u.password })),
      ...pruneExpired(state, now).retired.map((r) => ({
        user: r.user,
        password: r.password,
        expires: r.expires,
      })),
    ],
    versionsOf(state),
  );
}

/** The credential version of each user of `state` that has one. */
function versionsOf(state: UsersState): Map<string, string> {
  const versions = new Map<string, string>();
  for (const u of state.users) if (u.cv !== undefined) versions.set(u.user, u.cv);
  return versions;
}

/** `credentials`, each with its user's version from `versions` (none when it has none). */
function withVersions(
  credentials: readonly EdgeCredential[],
  versions: ReadonlyMap<string, string>,
): EdgeCredential[] {
  return credentials.map(({ cv: _ignored, ...c }) => {
    const cv = versions.get(c.user);
    return cv === undefined ? c : { ...c, cv };
  });
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
  // One version per user: `next`'s where it has one (a rotated user's sessions end as soon as
  // the edge learns the new password), else the current one (a removed user's).
  const versions = new Map([
    ...(current === undefined ? [] : versionsOf(current)),
    ...versionsOf(next),
  ]);
  return withVersions([...upcoming, ...leaving], versions);
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

/** The same credentials with the same expiries and credential versions, in any order. */
export function sameCredentials(
  a: readonly EdgeCredential[],
  b: readonly EdgeCredential[],
): boolean {
  const canonical = (list: readonly EdgeCredential[]): string =>
    JSON.stringify(
      list.map((c) => JSON.stringify([c.user, c.password, c.expires ?? null, c.cv ?? null])).sort(),
    );
  return canonical(a) === canonical(b);
}

function credentialKey(c: EdgeCredential): string {
  return `${c.user}\u0000${c.password}`;
}
