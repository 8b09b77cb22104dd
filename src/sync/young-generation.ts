/**
 * A young generation that stays small while a sync runs (issue 24, "memory bounded by what is
 * in flight").
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
 * on a promise: `__tests__/sync-young-generation.test.ts` runs Node 24 (the action's runtime)
 * under a load that grows the new space by default and checks that it stays small, so a Node
 * update that ignores the flag shows there. Nothing depends on it for correctness: ignored, the
 * sync only uses more memory. It costs more frequent (smaller) scavenges: CPU of a 10,000-file
 * first publish measured the same (22.2 s against 23.0 s, one run each).
 *
 * The flag is process-wide and stays set: the action's process ends after the sync's command.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag set for a sync: the new space stops growing from its initial size. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

let kept = false;

/** Keeps V8's young generation at its initial size from now on (see the module comment). */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
  kept = true;
}

/** Whether this process asked for it (V8 has no way to read a flag back; for tests). */
export function youngGenerationKeptSmall(): boolean {
  return kept;
}
