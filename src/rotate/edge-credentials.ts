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

function credentialKey(c: EdgeCredential): string {
  return `${c.user}\u0000${c.password}`;
}
