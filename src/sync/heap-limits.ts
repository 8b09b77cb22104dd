/**
 * A heap that stays close to what the sync holds live (issue 24, "memory bounded by what is in
 * flight"): V8's young generation kept at its initial size, and its old generation let grow
 * only 20 % past what is live. Both flags are process-wide and stay set: the action's process
 * ends after the sync's command.
 *
 * ## The young generation
 *
 * What grew the resident set of a first publish was not live data (the heap in use stays at
 * 20–60 MB for 10,000 files) but V8's young generation: the SDK's objects for 16 requests in
 * flight survive a scavenge or two, V8 reads a high survival rate as a reason to grow the new
 * space, and doubles it, up to ≈ 130 MB here (`v8.getHeapSpaceStatistics()`, `new_space`).
 * BENCHMARKS.md, "Memory per phase (issue 24)", has the figures.
 *
 * The documented knob is `--max-semi-space-size` (Node's CLI documentation, "Useful V8
 * options", https://nodejs.org/api/cli.html#--max-semi-space-sizesize-in-mib; allowed in
 * `NODE_OPTIONS` since nodejs/node#44436). The action cannot pass it: the runner starts
 * `node dist/index.js` itself for `runs.using: node24`, and a workflow's `NODE_OPTIONS` is the
 * user's, not ours. Given at run time through `v8.setFlagsFromString` it does nothing: V8 sizes
 * the new space's maximum once, when the isolate is made (measured on Node 24.21: the new space
 * still grew to 128 MB; the test checks it).
 *
 * What V8 reads at each growth is `--semi-space-growth-factor` (default 2): `Grow()` multiplies
 * the new space's capacity by `v8_flags.semi_space_growth_factor` every time it grows
 * (v8/v8 src/heap/new-spaces.cc, `SemiSpaceNewSpace::Grow`). Set to 1 the new space stays at its
 * initial size (2 MB of new space on Node 24.21, measured). Node's documentation warns that a flag changed after
 * start "may result in unpredictable behavior ... or it may simply do nothing"
 * (https://nodejs.org/api/v8.html#v8setflagsfromstringflags), so this rests on what V8 does, not
 * on a promise: `__tests__/sync-heap-limits.test.ts` runs Node 24 (the action's runtime)
 * under a load that grows the new space by default and checks that it stays small, so a Node
 * update that ignores the flag shows there. Nothing depends on it for correctness: ignored, the
 * sync only uses more memory. It costs more frequent (smaller) scavenges: CPU of a 10,000-file
 * first publish measured the same (22.2 s against 23.0 s, one run each).
 *
 * ## The old generation
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
 * `__tests__/sync-heap-limits.test.ts` checks the effect on Node 24 under a load shaped like
 * the uploads'. Nothing depends on it for correctness: ignored, the sync only uses more memory.
 * V8 still adds its minimum step (8 MB) and the new space to the limit, so a small heap (a site
 * of a few thousand files) is collected as before.
 *
 * The cost is more full collections while much is live: CPU measured in BENCHMARKS.md (the same
 * section).
 */
import { setFlagsFromString } from 'node:v8';

/** The new space stops growing from its initial size. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** The old generation may grow to 1.2 × what was live after the last full collection. */
export const OLD_GENERATION_FLAG = '--heap-growing-percent=20';

let kept = false;

/** Keeps V8's heap close to what is live from now on (see the module comment). */
export function keepHeapSmall(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
  setFlagsFromString(OLD_GENERATION_FLAG);
  kept = true;
}

/** Whether this process asked for it (V8 has no way to read a flag back; for tests). */
export function heapKeptSmall(): boolean {
  return kept;
}
