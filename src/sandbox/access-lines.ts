/**
 * The sandbox's `ACCESS` variable: access rules as `NAMES: GLOBS` lines (`alice: /acme/**`,
 * `bob, carol: /globex/**, /shared/**`, `*: /public/**`), the format the `access` input had
 * before secure-dist.yml. The names and globs follow the site file's rules (src/site/access.ts).
 * Errors name the variable and the line.
 */
import {
  accessGlobs,
  badAccessGlob,
  accessNames,
  accessNamesProblem,
  unknownAccessUsers,
  type AccessLine,
} from '../site/access.js';
import { InputError } from '../run/input-error.js';

export function parseAccessLines(raw: string, input: string): AccessLine[] {
  const rules: AccessLine[] = [];
  raw.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') return;
    const where = `line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) {
      throw new InputError(
        input,
        `${where}: expected 'NAMES: GLOBS' (no colon found) in '${line}'`,
      );
    }
    const users = accessNames(line.slice(0, colon));
    const globs = accessGlobs(line.slice(colon + 1));
    if (users.length === 0) throw new InputError(input, `${where}: no user name before the colon`);
    if (globs.length === 0) throw new InputError(input, `${where}: no glob after the colon`);
    const namesProblem = accessNamesProblem(users);
    if (namesProblem !== undefined) throw new InputError(input, `${where}: ${namesProblem}`);
    const bad = badAccessGlob(globs);
    if (bad !== undefined)
      throw new InputError(input, `${where}: glob '${bad.glob}' ${bad.problem}`);
    rules.push({ line: i + 1, users, globs });
  });
  return rules;
}

/** Throws, naming the variable and the line, when a rule names a user not among `users`. */
export function checkAccessLineUsers(
  rules: readonly AccessLine[],
  users: readonly string[],
  input: string,
): void {
  for (const rule of rules) {
    const [unknown] = unknownAccessUsers(rule, users);
    if (unknown !== undefined) {
      throw new InputError(input, `line ${rule.line}: no user is named '${unknown}'`);
    }
  }
}
