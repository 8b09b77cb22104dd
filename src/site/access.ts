/**
 * `access` of secure-dist.yml: which user may read which globs. A rule maps a user name, a
 * comma list of names (`"bob, carol"`) or `"*"` (every user) to a glob or a list of globs:
 *
 *     access:
 *       alice: /acme/**
 *       "bob, carol": [/globex/**, /shared/**]
 *       "*": /public/**
 *
 * Globs are absolute paths whose segments are literal, `*` (one segment) or `**` (any depth)
 * (src/edge/core/access.ts). Pure: the problems returned say what is wrong without naming the
 * file or the line; the loader (./load.ts) adds them.
 */
import { ANY_USER, globProblem, userNameProblem } from '../edge/core/index.js';

/** One rule of `access`, in the order of the file. */
export interface AccessLine {
  /** 1-based line of the rule in secure-dist.yml, for messages. */
  readonly line: number;
  /** NFC user names, or `*` (every user). */
  readonly users: readonly string[];
  /** Absolute globs: literal segments, `*` (one segment), `**` (any depth). */
  readonly globs: readonly string[];
}

/** The names of a rule's key: a name, a comma list of names, or `*`; NFC-normalised. */
export function accessNames(key: string): string[] {
  return splitList(key).map((u) => u.normalize('NFC'));
}

/** A rule's globs: one glob, a comma list of globs (as the `access` input had them), or a list. */
export function accessGlobs(value: string | readonly string[]): string[] {
  return typeof value === 'string' ? splitList(value) : value.map((g) => g.trim());
}

/** What is wrong with a rule's names (not checked against the users), or undefined. */
export function accessNamesProblem(names: readonly string[]): string | undefined {
  for (const user of names) {
    const problem = user === ANY_USER ? undefined : userNameProblem(user);
    if (problem !== undefined) return `user name '${user}' ${problem}`;
  }
  return undefined;
}

/** The first glob of a rule that can never match, with why; undefined when all may. */
export function badAccessGlob(
  globs: readonly string[],
): { readonly glob: string; readonly problem: string } | undefined {
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== undefined) return { glob, problem };
  }
  return undefined;
}

/** The names a rule gives that are not among `users` (NFC), `*` aside. */
export function unknownAccessUsers(rule: AccessLine, users: readonly string[]): string[] {
  const known = new Set(users.map((u) => u.normalize('NFC')));
  return rule.users.filter((u) => u !== ANY_USER && !known.has(u));
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
