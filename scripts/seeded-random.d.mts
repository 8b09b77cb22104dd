/** Deterministic pseudo-random numbers (mulberry32), uniform in [0, 1). */
export function seededRandom(seed: number): () => number;
