/**
 * HTTP Basic credentials (RFC 7617): parsing the `Authorization` header and the character
 * rules of a user and a password. Pure (standard `atob`/`btoa` and `TextDecoder` only), so a
 * second runtime can share it; the action's config builder checks users with the same rules.
 *
 * Accepted: one header value, at most `MAX_AUTHORIZATION_LENGTH` characters, `Basic <base64>`:
 * the scheme in any case, one or more spaces or tabs before the token, canonical padded base64
 * (RFC 4648 §4) of UTF-8 `user:password`. The user is everything before the first colon, the
 * password the rest (it may contain colons); both are NFC-normalised. Neither may be empty or
 * contain a control character (U+0000–U+001F, U+007F): HMAC, inside scrypt's PBKDF2, pads a
 * short key with zero bytes, so `pw` and `pw\0` would hash alike (issue 15 #8). These are
 * refused here, before any key derivation.
 */
import { MAX_AUTHORIZATION_LENGTH } from './limits.js';

export interface BasicCredentials {
  /** NFC. */
  readonly user: string;
  /** NFC. */
  readonly password: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const BASIC = /^[ \t]*basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when the text holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Why a user name can never authenticate, or undefined when it may. */
export function userNameProblem(user: string): string | undefined {
  if (user === '') return 'is empty';
  if (user.includes(':')) return 'contains a colon';
  if (hasControlCharacter(user)) return 'contains a control character';
  return undefined;
}

/** Why a password can never authenticate, or undefined when it may. */
export function passwordProblem(password: string): string | undefined {
  if (password === '') return 'is empty';
  if (hasControlCharacter(password)) return 'contains a control character';
  return undefined;
}

/** The credentials of a header value, or undefined for anything not acceptable (see above). */
export function parseBasic(value: unknown): BasicCredentials | undefined {
  if (typeof value !== 'string' || value.length > MAX_AUTHORIZATION_LENGTH) return undefined;
  const token = BASIC.exec(value)?.[1];
  if (token === undefined || token.length % 4 !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(token);
  } catch {
    return undefined;
  }
  if (btoa(binary) !== token) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  if (colon < 1) return undefined;
  const user = text.slice(0, colon).normalize('NFC');
  const password = text.slice(colon + 1).normalize('NFC');
  if (userNameProblem(user) !== undefined || passwordProblem(password) !== undefined) {
    return undefined;
  }
  return { user, password };
}
