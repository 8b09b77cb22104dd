/**
 * Rotation against the site file: the secret's users become the file's `users`. A name the file
 * has and the secret does not is added (with a generated password); a name the secret has and
 * the file does not is removed, with its retired passwords, at once; `rotate-users` picks which
 * of the remaining users get a new password (every one by default). Pure: the request
 * `planRotation` (./plan.ts) takes.
 */
import { pruneExpired } from './plan.js';
import { compareStrings } from './rules.js';
import type { UsersState } from './secret-format.js';

export interface SiteRotation {
  /** Users to give a new password: the selected ones the secret has, then the new ones. */
  readonly rotateUsers: readonly string[];
  /** Users the secret has (with a current or a still-working retired password) and the file does not. */
  readonly removeUsers: readonly string[];
  /** The file's users the secret does not have yet. */
  readonly added: readonly string[];
}

/**
 * @param state the secret as read (undefined: not created yet)
 * @param siteUsers the site file's `users` (NFC)
 * @param selection `rotate-users`: names among `siteUsers`, or undefined for every user
 * @param now epoch milliseconds (retired passwords past their expiry are no user's any more)
 */
export function rotationRequestFor(
  state: UsersState | undefined,
  siteUsers: readonly string[],
  selection: readonly string[] | undefined,
  now: number,
): SiteRotation {
  const live = state === undefined ? undefined : pruneExpired(state, now);
  const active = new Set((live?.users ?? []).map((u) => u.user));
  const known = new Set([...active, ...(live?.retired ?? []).map((r) => r.user)]);
  const wanted = new Set(siteUsers);
  const removeUsers = [...known].filter((u) => !wanted.has(u)).sort(compareStrings);
  const added = siteUsers.filter((u) => !active.has(u));
  const rotated = (selection ?? siteUsers).filter((u) => active.has(u) && wanted.has(u));
  return { rotateUsers: [...new Set([...rotated, ...added])], removeUsers, added };
}

/**
 * What a deploy bakes in from a users secret: the credentials of the site file's users only. A
 * name the file lists and the secret lacks stops the deploy (its access rules would name a user
 * who cannot log in; `rotate` adds them); a user the secret has and the file no longer lists is
 * left out, with a warning (`rotate` removes them from the secret). Names only in messages.
 */
export function credentialsOfSite<C extends { readonly user: string }>(
  credentials: readonly C[],
  site: { readonly users: readonly string[]; readonly file: string },
  secret: string,
  warn: (message: string) => void,
): C[] {
  const held = new Set(credentials.map((c) => c.user));
  const missing = site.users.filter((u) => !held.has(u));
  if (missing.length > 0) {
    throw new Error(
      `the users secret '${secret}' has no password for ${missing.map((u) => `'${u}'`).join(', ')}, ` +
        `whom \`users\` in ${site.file} lists: run \`command: rotate\` (it adds the file's new users with ` +
        'generated passwords and deploys them)',
    );
  }
  const extra = [...held].filter((u) => !site.users.includes(u)).sort(compareStrings);
  if (extra.length > 0) {
    warn(
      `the users secret '${secret}' has ${extra.map((u) => `'${u}'`).join(', ')}, whom \`users\` in ${site.file} ` +
        'no longer lists: they are not let in; `command: rotate` removes them from the secret',
    );
  }
  return credentials.filter((c) => site.users.includes(c.user));
}
