/**
 * The random values a rotation writes for `login: form` (issue 23; docs/design-sessions.md):
 * a credential version per user whose password changes or whose sessions are ended, and a
 * session key id when every session ends. Neither is secret; they only need to differ from
 * every earlier value, so they come from the CSPRNG like passwords.
 */
import { randomBytes } from 'node:crypto';

/** A new credential version: 16 random bytes, base64url (22 characters). */
export function generateCredentialVersion(random: (size: number) => Buffer = randomBytes): string {
  return random(16).toString('base64url');
}

/** A new session key id: 8 random bytes in hex (16 letters and digits). */
export function generateSessionKeyId(random: (size: number) => Buffer = randomBytes): string {
  return random(8).toString('hex');
}
