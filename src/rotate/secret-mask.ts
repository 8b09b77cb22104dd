/**
 * Which strings of the users secret are masked in the log (core.setSecret) before the value is
 * validated: a value edited by hand can hold a password anywhere (`"user": "alice:pw"`, a map
 * of users to passwords, `user:password` lines instead of JSON), and nothing may echo it.
 */
import { CREDENTIAL_VERSION, SESSION_KEY_ID, userNameProblem } from './rules.js';

/** Masks a value in the log (core.setSecret in the action). */
export type Mask = (value: string) => void;

/** The field names of the format: never secret, never masked. */
const FIELD_NAMES = new Set([
  'version',
  'users',
  'retired',
  'user',
  'password',
  'createdAt',
  'expires',
  'sessionKeyId',
  'cv',
  'tokens',
  'name',
  'token',
]);

/**
 * Every string of a secret's value that could be a password, to mask before anything else
 * looks at the value: each string value and unknown key of the JSON (a multi-line one also
 * line by line), and a number or boolean written as a password. Left out: the format's field
 * names, and a `user` that is a valid user name (no colon, no control character): user names
 * are shown by design (the rotation report names them), and masking a name like `docs` would
 * blank it out of every later log line. A `user` holding `alice:password` is masked.
 *
 * A value that is not JSON gives its quoted strings, each line and what follows its first colon
 * (a secret holding `alice:pw` lines), and each run of characters between spaces, quotes,
 * colons and JSON punctuation.
 */
export function secretStrings(text: string): string[] {
  const found = new Set<string>();
  const add = (s: string): void => {
    for (const part of [s, ...s.split(/\r?\n/).map((l) => l.trim())]) {
      if (part.trim() !== '') found.add(part);
    }
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"?/g)) {
      const token = decodeJsonString(m[1] ?? '');
      if (!FIELD_NAMES.has(token)) add(token);
    }
    for (const line of text.split(/\r?\n/)) {
      if (!/[\p{L}\p{N}]/u.test(line)) continue;
      add(line.trim());
      const colon = line.indexOf(':'); // a `user:password` line: the password alone too
      if (colon >= 0) add(line.slice(colon + 1).trim());
    }
    for (const word of text.split(/[\s{}[\],:"]+/)) {
      if (!FIELD_NAMES.has(word) && !/^(true|false|null|-?\d+(\.\d+)?)$/.test(word)) add(word);
    }
    return [...found];
  }
  const walk = (v: unknown, key: string | undefined): void => {
    if (typeof v === 'string') {
      // A token's `name` is shown like a user name; its value (`token`) is masked, and so is
      // anything shaped like a token value (`sdt1_…`) wherever a hand edit put it.
      if (!shownAsIs(key, v) || v.startsWith('sdt1_')) add(v);
    } else if ((typeof v === 'number' || typeof v === 'boolean') && key === 'password') {
      add(JSON.stringify(v));
    } else if (Array.isArray(v)) {
      for (const item of v) walk(item, undefined);
    } else if (isRecord(v)) {
      for (const [k, item] of Object.entries(v)) {
        if (!FIELD_NAMES.has(k)) add(k);
        walk(item, k);
      }
    }
  };
  walk(value, undefined);
  return [...found];
}

/** A JSON string literal's content, decoded when it is valid, else as written. */
function decodeJsonString(raw: string): string {
  try {
    const decoded: unknown = JSON.parse(`"${raw}"`);
    return typeof decoded === 'string' ? decoded : raw;
  } catch {
    return raw;
  }
}

/**
 * Values shown by design, never masked: a valid user name, and a well-formed session key id
 * or credential version (not secret, and short: masking the key id `1` would blank every `1`
 * of the log). Anything else under these keys (a password pasted there) is masked.
 */
function shownAsIs(key: string | undefined, value: string): boolean {
  if (key === 'user' || key === 'name') return userNameProblem(value) === undefined;
  if (key === 'sessionKeyId') return SESSION_KEY_ID.test(value);
  if (key === 'cv') return CREDENTIAL_VERSION.test(value);
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
