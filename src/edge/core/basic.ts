/**
 * HTTP Basic credentials (RFC 7617): parsing the `Authorization` header and the character
 * rules of a user and a password. Pure (ES5 globals only: base64 and UTF-8 are decoded here,
 * by hand and strictly, because the CloudFront Functions runtime has no `TextDecoder`), so
 * both runtimes share it; the action's config builder checks users with the same rules.
 * NFC normalisation is passed in (`parseBasic`'s `normalize`): `String.prototype.normalize`
 * where the runtime has it, otherwise the caller's replacement.
 *
 * Accepted: one header value, at most `MAX_AUTHORIZATION_LENGTH` characters, `Basic <base64>`:
 * the scheme in any case, one or more spaces or tabs before the token, canonical padded base64
 * (RFC 4648 §4) of UTF-8 `user:password`. The user is everything before the first colon, the
 * password the rest (it may contain colons); both are NFC-normalised. Neither may be empty or
 * contain a control character (U+0000–U+001F, U+007F): HMAC, inside scrypt's PBKDF2, pads a
 * short key with zero bytes, so `pw` and `pw\0` would hash alike (issue 15 #8). These are
 * refused here, before any key derivation.
 */
import { percentByte } from './encoding.js';
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
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CANONICAL_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** NFC by the standard `String.prototype.normalize`. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * The bytes of canonical padded base64 (RFC 4648 §4), or undefined: the length must be a
 * multiple of 4, `=` only as the last one or two characters, and the bits a padded group
 * leaves over must be zero (so each byte string has exactly one accepted encoding).
 */
export function decodeBase64(token: string): number[] | undefined {
  if (!CANONICAL_SHAPE.test(token)) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < token.length && token.charAt(i) !== '='; i += 1) {
    value = ((value << 6) | BASE64.indexOf(token.charAt(i))) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
    }
  }
  return (value & ((1 << bits) - 1)) === 0 ? bytes : undefined;
}

/**
 * The text of strict UTF-8 bytes, or undefined: `decodeURIComponent` decodes exactly the
 * well-formed UTF-8 of RFC 3629 (no overlong forms, no surrogates, nothing past U+10FFFF,
 * ECMA-262 "Decode") and throws on anything else, as a fatal `TextDecoder` does. A leading
 * BOM is kept as U+FEFF.
 */
export function decodeUtf8(bytes: readonly number[]): string | undefined {
  let escaped = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = Number(bytes[i]); // i < bytes.length: defined (fewer function bytes than ??)
    escaped += percentByte(b);
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}

/** True when the text holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Why a user name can never authenticate, or undefined when it may: a password's problems
 * (empty, a control character) and a colon, checked first. Written on `passwordProblem` so the
 * words are in the CloudFront Functions' code once.
 */
export function userNameProblem(user: string): string | undefined {
  return user.includes(':') ? 'contains a colon' : passwordProblem(user);
}

/** Why a password can never authenticate, or undefined when it may. */
export function passwordProblem(password: string): string | undefined {
  if (password === '') return 'is empty';
  if (hasControlCharacter(password)) return 'contains a control character';
  return undefined;
}

/**
 * The credentials of a header value, or undefined for anything not acceptable (see above).
 * `normalize` is NFC: `nfc`, or for a runtime without `String.prototype.normalize` its own
 * replacement (a parameter without a default, so the CloudFront Function, which passes its
 * own, does not carry `nfc`).
 */
export function parseBasic(
  value: unknown,
  normalize: (text: string) => string,
): BasicCredentials | undefined {
  const nf = normalize;
  if (typeof value !== 'string' || value.length > MAX_AUTHORIZATION_LENGTH) return undefined;
  const token = (BASIC.exec(value) || [])[1];
  if (token === undefined) return undefined;
  const bytes = decodeBase64(token);
  if (bytes === undefined) return undefined;
  const text = decodeUtf8(bytes);
  if (text === undefined) return undefined;
  const colon = text.indexOf(':');
  if (colon < 1) return undefined;
  const user = nf(text.slice(0, colon));
  const password = nf(text.slice(colon + 1));
  if (userNameProblem(user) !== undefined || passwordProblem(password) !== undefined) {
    return undefined;
  }
  return { user, password };
}
