/**
 * The sync keeps V8's young generation small (src/sync/young-generation.ts): checked in a Node 24
 * process (the action's runtime) under a load that grows the new space by default, with the
 * module bundled as the action bundles it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { YOUNG_GENERATION_FLAG } from '../src/sync/young-generation.js';
import { node24Driver, type Node24Driver } from './helpers/node24-driver.js';

const MB = 2 ** 20;

let driver: Node24Driver;

beforeAll(async () => {
  // How a sync looks to the collector: a window of small objects that each survive a few
  // scavenges before they die (the SDK's objects of the requests in flight), far more of them
  // allocated over the run than live at once. Prints the largest new space seen, in bytes.
  driver = await node24Driver(
    'sync/young-generation.ts',
    (bundled) => `import v8 from 'node:v8';
const how = process.argv[2];
if (how === 'module') (await import(${bundled})).keepYoungGenerationSmall();
else if (how !== 'default') v8.setFlagsFromString(how);
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const window = new Array(100000);
let largest = newSpace();
for (let i = 0; i < 2000000; i++) {
  window[i % window.length] = { n: i, text: 'x' + i, list: [i] };
  if (i % 20000 === 0) largest = Math.max(largest, newSpace());
}
console.log(JSON.stringify({ largest }));
`,
  );
});

afterAll(async () => {
  await driver.remove();
});

async function largestNewSpace(how: string): Promise<number> {
  const parsed = await driver.run([], [how]);
  if (typeof parsed !== 'object' || parsed === null || !('largest' in parsed)) {
    throw new Error(`driver printed ${JSON.stringify(parsed)}`);
  }
  return Number(parsed.largest);
}

it('the load grows the new space past 32 MB by default (what the module is there to stop)', async () => {
  expect(await largestNewSpace('default')).toBeGreaterThan(32 * MB);
}, 60_000);

it('--max-semi-space-size given at run time does nothing (so the module does not rely on it)', async () => {
  expect(await largestNewSpace('--max-semi-space-size=1')).toBeGreaterThan(32 * MB);
}, 60_000);

it('keepYoungGenerationSmall holds the new space well below the default under the same load', async () => {
  expect(YOUNG_GENERATION_FLAG).toBe('--semi-space-growth-factor=1');
  // Seen: 2 MB on a quiet machine, 7.5 MB and once 53 MB in runs on a machine at load 13-20
  // (V8 still sizes the new space a little by itself, more when scavenges are slow); without
  // the call it reached 128 MB. So the bound is relative, measured in the same test: at most
  // half of what the same load grows without the call.
  const [withModule, without] = [await largestNewSpace('module'), await largestNewSpace('default')];
  expect(withModule).toBeLessThanOrEqual(without / 2);
}, 120_000);
