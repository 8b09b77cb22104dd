/**
 * Size limits of the auth core, shared by every runtime that runs it and by the action.
 * Pure: no imports.
 */

/**
 * Longest `Authorization` header value accepted, in characters. `basic-auth-users` limits a
 * user and password to 512 bytes together, whose header is 690 characters.
 */
export const MAX_AUTHORIZATION_LENGTH = 1024;
/** Longest request URI accepted, in bytes (as CloudFront passes it, percent-encoded). */
export const MAX_URI_BYTES = 2048;
/** S3 keys are at most 1,024 bytes of UTF-8: a longer decoded path cannot name an object. */
export const MAX_KEY_BYTES = 1024;

/** Bytes of the UTF-8 encoding of a string (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
