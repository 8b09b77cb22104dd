/**
 * What the edge handler (verifying, in Lambda@Edge) and the action (hashing, at synth time)
 * must agree on: the password KDF, its parameters, the encodings and the size limits.
 *
 * This module is bundled into the edge function: it imports nothing but `node:crypto` (and the
 * size limits of the pure core, re-exported here).
 *
 * ## Cost model of the KDF
 *
 * A viewer-request function runs with 128 MB, and Lambda gives a function CPU in proportion
 * to its memory: 1,769 MB buys one full vCPU, so 128 MB is about 128/1769 ≈ 0.072 vCPU. One
 * cold verification (a credential not yet in the container's cache) must stay far below the
 * 5 s viewer-trigger limit; we aim at ≤ 100 ms there, which is ≈ 7 ms of one full core.
 *
 * scrypt with N = 2^12, r = 6, p = 1 (3 MiB of memory, 128·N·r bytes) takes ≈ 6 ms of one core
 * on the development machine (`node scripts/bench-edge.mjs`: 6.2 ms), so ≈ 85 ms on a 128 MB
 * edge function. scrypt is chosen over PBKDF2 because, at the same few milliseconds, its memory
 * hardness makes each guess cost a GPU/ASIC attacker far more than PBKDF2's iterated SHA-256.
 *
 * The trade-off: a 6 ms KDF is weak protection for a weak human password if the hashes leak
 * (the code, and so the hashes, are readable by anyone who can read the Lambda function):
 * such an attacker tries ~10^5–10^6 guesses per second per GPU instead of billions. Passwords
 * made by `rotate` are random with ≥ 128 bits of entropy, which no KDF needs to protect; the
 * KDF is there to slow down guessing of the human passwords people configure themselves. A
 * slower KDF would make every cold request slower for every viewer and make a flood of wrong
 * passwords cost more Lambda time, so it is kept at the budget above.
 *
 * The salt is 16 bytes, derived deterministically from a scope (the stack name) and the user
 * name, never from the password (see `deriveSalt` in config.ts): the same users give the same
 * code, so an unchanged deploy publishes no new Lambda version.
 */
import { createHmac, scryptSync } from 'node:crypto';

/** scrypt cost parameter N (CPU/memory cost, a power of two). */
export const KDF_N = 4096;
/** scrypt block size r. */
export const KDF_R = 6;
/** scrypt parallelisation p. */
export const KDF_P = 1;
/** Length in bytes of a password hash (the scrypt output). */
export const HASH_BYTES = 32;
/** Length in bytes of a salt. */
export const SALT_BYTES = 16;

export { MAX_AUTHORIZATION_LENGTH, MAX_KEY_BYTES, MAX_URI_BYTES } from './core/limits.js';

/**
 * The scrypt hash of a password for a user. Input strings must already be NFC-normalised.
 * The user name is bound into the input (length-prefixed, so the encoding is unambiguous):
 * a hash copied to another user's entry does not verify.
 */
export function deriveKey(user: string, password: string, salt: Uint8Array): Buffer {
  return scryptSync(`${user.length}:${user}:${password}`, salt, HASH_BYTES, {
    N: KDF_N,
    r: KDF_R,
    p: KDF_P,
    maxmem: 32 * 1024 * 1024,
  });
}

/** Length in bytes of the key automation tokens are digested under (see `tokenDigest`). */
export const TOKEN_KEY_BYTES = 32;

/**
 * The digest an automation token is stored and looked up as (core/token.ts): base64url of
 * HMAC-SHA-256 under the site's token key. One hash, no KDF: a token carries 256 random bits,
 * so there is nothing to guess, and the key (derived from the site, config.ts `tokenKey`) keeps
 * one site's digests useless on another.
 */
export function tokenDigest(key: Uint8Array, token: string): string {
  return createHmac('sha256', key).update(token, 'utf8').digest('base64url');
}
