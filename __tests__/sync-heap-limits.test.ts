/**
 * The sync keeps V8's heap close to what is live (src/sync/heap-limits.ts): checked in a Node 24
 * process (the action's runtime) under loads that grow the new space, and the old space, by
 * default, with the module bundled as the action bundles it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { OLD_GENERATION_FLAG, YOUNG_GENERATION_FLAG } from '../src/sync/heap-limits.js';
import { node24Driver, type Node24Driver } from './helpers/node24-driver.js';

const MB = 2 ** 20;

let driver: Node24Driver;

beforeAll(async () => {
  // How a sync looks to the collector: a window of small objects that each survive a few
  // scavenges before they die (the SDK's objects of the requests in flight), far more of them
  // allocated over the run than live at once. With the load `live`, besides, much held live the
  // whole time (the plan of 100,000 files) and the young generation kept small as the module
  // keeps it, so that the window's objects are promoted and die in the old generation. Flags
  // are applied in the order given (`module`: the module's call). Prints the largest new space
  // and heap total seen, in bytes.
  driver = await node24Driver(
    'sync/heap-limits.ts',
    (bundled) => `import v8 from 'node:v8';
const [load, ...how] = process.argv.slice(2);
for (const h of how) {
  if (h === 'module') (await import(${bundled})).keepHeapSmall();
  else v8.setFlagsFromString(h);
}
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const live = [];
if (load === 'live') for (let i = 0; i < 300000; i++) live.push({ key: 'k' + i, n: i, list: [i] });
const window = new Array(load === 'live' ? 50000 : 100000);
let largestNew = newSpace();
let largestHeap = 0;
for (let i = 0; i < (load === 'live' ? 3000000 : 2000000); i++) {
  window[i % window.length] = { n: i, text: 'x' + i, list: [i] };
  if (i % 20000 === 0) {
    largestNew = Math.max(largestNew, newSpace());
    largestHeap = Math.max(largestHeap, process.memoryUsage().heapTotal);
  }
}
console.log(JSON.stringify({ largestNew, largestHeap, live: live.length }));
`,
  );
});

afterAll(async () => {
  await driver.remove();
});

async function largest(load: 'window' | 'live', ...how: string[]) {
  const parsed = await driver.run([], [load, ...how]);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('largestNew' in parsed) ||
    !('largestHeap' in parsed)
  ) {
    throw new Error(`driver printed ${JSON.stringify(parsed)}`);
  }
  return { newSpace: Number(parsed.largestNew), heap: Number(parsed.largestHeap) };
}

it('the window grows the new space past 32 MB by default (what the young generation flag is there to stop)', async () => {
  expect((await largest('window')).newSpace).toBeGreaterThan(32 * MB);
}, 60_000);

it('--max-semi-space-size given at run time does nothing (so the module does not rely on it)', async () => {
  expect((await largest('window', '--max-semi-space-size=1')).newSpace).toBeGreaterThan(32 * MB);
}, 60_000);

it('keepHeapSmall holds the new space well below the default under the same load', async () => {
  expect(YOUNG_GENERATION_FLAG).toBe('--semi-space-growth-factor=1');
  // Seen: 2 MB on a quiet machine, 7.5 MB and once 53 MB in runs on a machine at load 13-20
  // (V8 still sizes the new space a little by itself, more when scavenges are slow); without
  // the call it reached 128 MB. So the bound is relative, measured in the same test: at most
  // half of what the same load grows without the call.
  const [withModule, without] = [await largest('window', 'module'), await largest('window')];
  expect(withModule.newSpace).toBeLessThanOrEqual(without.newSpace / 2);
}, 120_000);

it('with a small new space and much live, the heap grows well past what is live without the old generation flag', async () => {
  // ≈ 50 MB live; seen: 177–205 MB of heap.
  expect((await largest('live', YOUNG_GENERATION_FLAG)).heap).toBeGreaterThan(120 * MB);
  // --max-old-space-size given at run time does nothing either.
  const capped = await largest('live', YOUNG_GENERATION_FLAG, '--max-old-space-size=100');
  expect(capped.heap).toBeGreaterThan(120 * MB);
}, 120_000);

it('keepHeapSmall holds the heap near what is live under the same load', async () => {
  expect(OLD_GENERATION_FLAG).toBe('--heap-growing-percent=20');
  // Seen: 68 MB with the call, 205 MB with the young generation flag alone, on the shared
  // machine. The bound is relative, measured in the same test: at most half.
  const [withModule, youngOnly] = [
    await largest('live', 'module'),
    await largest('live', YOUNG_GENERATION_FLAG),
  ];
  expect(withModule.heap).toBeLessThanOrEqual(youngOnly.heap / 2);
}, 180_000);
