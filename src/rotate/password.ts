/**
 * New passwords for `command: rotate`: 18 bytes from the operating system's CSPRNG
 * (`crypto.randomBytes`), base64url, so 24 characters of [A-Za-z0-9_-] carrying 144 bits of
 * entropy (at least 128 is the bar). Letters, digits, `-` and `_` survive every shell, URL,
 * YAML and JSON context someone may paste them into, and contain no `:`.
 */
import { randomBytes } from 'node:crypto';

/** Random bytes per password. */
export const PASSWORD_BYTES = 18;
/** Entropy of a generated password, in bits. */
export const PASSWORD_BITS = PASSWORD_BYTES * 8;

/** A fresh random password (24 base64url characters, 144 bits). */
export function generatePassword(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(PASSWORD_BYTES);
  if (bytes.length !== PASSWORD_BYTES) {
    throw new Error(
      `password generator: expected ${PASSWORD_BYTES} random bytes, got ${bytes.length}`,
    );
  }
  return bytes.toString('base64url');
}
