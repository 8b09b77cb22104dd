/**
 * Deterministic data for the benchmarks and the throttling proxy: pseudo-random numbers and
 * incompressible bytes, the same for the same seed on every machine.
 */
import { createCipheriv, createHash } from 'node:crypto';

/** Pseudo-random numbers in [0, 1) (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` incompressible bytes for `seed` (an AES-CTR key stream). */
export function pseudoRandomBytes(seed, size) {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(size));
}
