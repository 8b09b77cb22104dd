/**
 * The users secret's `tokens` (issue 23 item 3): one value per automation token name, as
 * `rotate` writes them (src/rotate/tokens.ts) and secret-format.ts reads them. No I/O; errors
 * name the field by its place and the rule broken, never a value.
 */
import { compareStrings, tokenValueProblem, userNameProblem } from './rules.js';

/** The value of one automation token (`automation-tokens` of the site file). */
export interface StoredToken {
  readonly name: string;
  /** `sdt1_` + 43 base64url characters. */
  readonly token: string;
  /** When the value was generated (ISO 8601). */
  readonly createdAt: string;
}

/** The `tokens` list of a parsed secret, checked and sorted; `fail` throws with the problem. */
export function validateTokens(list: unknown, fail: (problem: string) => never): StoredToken[] {
  if (!Array.isArray(list)) return fail('expected "tokens" to be a list');
  const tokens: StoredToken[] = [];
  list.forEach((entry: unknown, i) => {
    const where = `tokens[${i}]`;
    if (!isRecord(entry)) return fail(`${where}: expected an object with name, token, createdAt`);
    const name = entry.name;
    if (typeof name !== 'string') return fail(`${where}.name: must be a string`);
    const nameProblem = userNameProblem(name);
    if (nameProblem !== undefined)
      return fail(`${where}.name: ${nameProblem.replace('user name', 'token name')}`);
    const token = entry.token;
    if (typeof token !== 'string') return fail(`${where}.token: must be a string`);
    const problem = tokenValueProblem(token);
    if (problem !== undefined) return fail(`${where}.token: ${problem}`);
    const createdAt = entry.createdAt;
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where}.createdAt: must be an ISO 8601 date`);
    }
    if (tokens.some((t) => t.name === name)) {
      return fail(`${where}.name: the same token as an earlier entry (one value per name)`);
    }
    tokens.push({ name, token, createdAt });
  });
  return sortTokens(tokens);
}

/** Tokens by name (code-unit order). */
export function sortTokens(tokens: readonly StoredToken[]): StoredToken[] {
  return [...tokens].sort((a, b) => compareStrings(a.name, b.name));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
