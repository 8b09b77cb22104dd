/**
 * The sync lets V8's old generation grow little past what is live (src/sync/old-generation.ts):
 * checked in a Node 24 process (the action's runtime), with the young generation kept small as
 * the sync keeps it (young-generation.ts), under a load that promotes garbage while much is
 * live, with the module bundled as the action bundles it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { OLD_GENERATION_FLAG } from '../src/sync/old-generation.js';
import { YOUNG_GENERATION_FLAG } from '../src/sync/young-generation.js';
import { node24Driver, type Node24Driver } from './helpers/node24-driver.js';

const MB = 2 ** 20;

let driver: Node24Driver;

beforeAll(async () => {
  // How a large sync looks to the collector: much live (the plan of 100,000 files), and a window
  // of small objects that survive a few scavenges, get promoted, then die (the SDK's objects of
  // the requests in flight). Prints the largest heap total seen, in bytes.
  driver = await node24Driver(
    'sync/old-generation.ts',
    (bundled) => `import v8 from 'node:v8';
const how = process.argv[2];
v8.setFlagsFromString(${JSON.stringify(YOUNG_GENERATION_FLAG)});
if (how === 'module') (await import(${bundled})).keepOldGenerationNearLive();
else if (how !== 'default') v8.setFlagsFromString(how);
const live = [];
for (let i = 0; i < 300000; i++) live.push({ key: 'k' + i, n: i, list: [i] });
const window = new Array(50000);
let largest = 0;
for (let i = 0; i < 3000000; i++) {
  window[i % window.length] = { n: i, text: 'x' + i, list: [i] };
  if (i % 20000 === 0) largest = Math.max(largest, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ largest, live: live.length }));
`,
  );
});

afterAll(async () => {
  await driver.remove();
});

async function largestHeap(how: string): Promise<number> {
  const parsed = await driver.run([], [how]);
  if (typeof parsed !== 'object' || parsed === null || !('largest' in parsed)) {
    throw new Error(`driver printed ${JSON.stringify(parsed)}`);
  }
  return Number(parsed.largest);
}

it('the load grows the heap to well past what is live by default (what the module is there to stop)', async () => {
  // ≈ 50 MB live; seen: 177–205 MB of heap by default.
  expect(await largestHeap('default')).toBeGreaterThan(120 * MB);
}, 60_000);

it('--max-old-space-size given at run time does nothing (so the module does not rely on it)', async () => {
  expect(await largestHeap('--max-old-space-size=100')).toBeGreaterThan(120 * MB);
}, 60_000);

it('keepOldGenerationNearLive holds the heap well below the default under the same load', async () => {
  expect(OLD_GENERATION_FLAG).toBe('--heap-growing-percent=20');
  // Seen: 68 MB with the call, 205 MB without, on the shared machine. The bound is relative,
  // measured in the same test: at most half of what the same load grows without the call.
  const [withModule, without] = [await largestHeap('module'), await largestHeap('default')];
  expect(withModule).toBeLessThanOrEqual(without / 2);
}, 120_000);
