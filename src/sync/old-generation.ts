/**
 * An old generation that grows little past what the sync holds live (issue 24, "memory bounded
 * by what is in flight"): young-generation.ts's companion.
 *
 * Each PutObject against a nearby S3 lives long enough (≈ 80 ms on the loopback server, with 16
 * in flight) for its SDK and HTTP objects to survive two scavenges, so V8 promotes them, and
 * they die in the old generation. V8 collects the old generation when it reaches a limit it
 * sets after each full collection: the bytes live then times a growing factor, up to 4 on a
 * machine with a large heap limit (v8/v8 src/heap/heap-controller.cc,
 * `MemoryController::GrowingFactor` and `MaxGrowingFactor`, `kHighFactor = 4.0`; read through
 * this project's code search in Node's `deps/v8`). At 100,000 files the sync holds ≈ 140 MB
 * live when the uploads start (the plan, the local entries), so the old generation was let grow
 * to ≈ 285 MB of promoted garbage before a full collection (BENCHMARKS.md, "Memory per phase
 * (issue 24)").
 *
 * `--heap-growing-percent=N` replaces that factor by `1 + N/100`, and V8 reads it each time it
 * computes the limit (the same `GrowingFactor`, after every full collection), so, unlike
 * `--max-old-space-size`, it counts when set at run time with `v8.setFlagsFromString`. Node's
 * documentation warns that a flag changed after start "may result in unpredictable behavior
 * ... or it may simply do nothing" (https://nodejs.org/api/v8.html#v8setflagsfromstringflags):
 * `__tests__/sync-old-generation.test.ts` checks the effect on Node 24 under a load shaped like
 * the uploads'. Nothing depends on it for correctness: ignored, the sync only uses more memory.
 * V8 still adds its minimum step (8 MB) and the new space to the limit, so a small heap (a site
 * of a few thousand files) is collected as before.
 *
 * The cost is more full collections while much is live: CPU measured in BENCHMARKS.md (the same
 * section). The flag is process-wide and stays set: the action's process ends after the command.
 */
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow to 1.2 × what was live after the last full collection. */
export const OLD_GENERATION_FLAG = '--heap-growing-percent=20';

let kept = false;

/** Lets the old generation grow only 20 % past what is live (see the module comment). */
export function keepOldGenerationNearLive(): void {
  setFlagsFromString(OLD_GENERATION_FLAG);
  kept = true;
}

/** Whether this process asked for it (V8 has no way to read a flag back; for tests). */
export function oldGenerationKeptNearLive(): boolean {
  return kept;
}
