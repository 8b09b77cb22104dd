/** Pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number;
/** `size` incompressible bytes for `seed` (an AES-CTR key stream). */
export function pseudoRandomBytes(seed: string, size: number): Buffer;
