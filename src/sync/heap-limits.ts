/**
 * A heap that stays close to what is live while a sync runs (issue 24, "memory bounded by what
 * is in flight"): V8's young generation kept at its initial size, and the old generation grown
 * by a fixed 20 % past what a full collection leaves instead of V8's dynamic factor.
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
 * With the young generation small, the SDK's objects of the requests in flight, the walk's
 * garbage and the manifest's pieces are promoted sooner, and die in the old generation. V8 lets
 * the old generation grow, before its next full collection, by a factor it computes after each
 * one from the collector's speed against the program's, up to 4× what is live on a machine with
 * this much memory (`MemoryController::GrowingFactor` and `MaxGrowingFactor`, v8/v8
 * src/heap/heap-controller.cc). A sync allocates fast and keeps most of what it allocates for a
 * while, which V8 reads as a reason to grow: at 100,000 files the old generation held 150–250 MB
 * of garbage beside ≈ 100 MB live. `GrowingFactor` ends with `if (v8_flags.heap_growing_percent >
 * 0) factor = 1.0 + v8_flags.heap_growing_percent / 100.0`, read at every computation, so the
 * flag set at run time counts from the next full collection on. Measured (bundle on Node 24.21
 * against the loopback S3 server, one run each, BENCHMARKS.md "Memory per phase (issue 24)"):
 * 100,000 files first publish 446 → 245 MB peak RSS for 141 → 145 s of CPU; no-op 296–373 →
 * 222 MB; 10,000-file no-op 102–111 → 97–103 MB for the same CPU (1.0–1.3 s, four runs each).
 * `__tests__/sync-heap-limits.test.ts` checks the effect on Node 24 under a load like a sync's.
 *
 * The flags are process-wide and stay set: the action's process ends after the sync's command.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag set for a sync: the new space stops growing from its initial size. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** The V8 flag set for a sync: the old generation grows 20 % past what is live, not up to 4×. */
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
