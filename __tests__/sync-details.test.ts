/**
 * The sync's per-file lines (src/commands/sync-details.ts): every line printed in order, at most
 * `keptInMemory` of them held in memory, the rest in a temporary file removed after printing.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SyncDetails } from '../src/commands/sync-details.js';

let temp: string;

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'sync-details-test-'));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

const lines = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `uploaded dir/f-${i}-é.html (new)`);

async function printed(details: SyncDetails): Promise<string[]> {
  const out: string[] = [];
  await details.print((l) => out.push(l));
  return out;
}

it('keeps the first lines in memory and prints them without a file', async () => {
  const details = new SyncDetails({ keptInMemory: 5, folder: temp });
  for (const l of lines(5)) details.add(l);
  expect(await readdir(temp)).toEqual([]);
  expect(details.count).toBe(5);
  expect(await printed(details)).toEqual(lines(5));
});

it('past keptInMemory, writes the lines to a temporary file, prints all in order, then removes it', async () => {
  const details = new SyncDetails({ keptInMemory: 100, folder: temp });
  const all = lines(20_000);
  for (const l of all) details.add(l);
  // The lines past the first 100 went to the file as they came, in blocks.
  const dirs = await readdir(temp);
  expect(dirs).toHaveLength(1);
  expect(dirs[0]).toMatch(/^secure-dist-details-/);
  expect(details.heldInMemory).toBeLessThan(100 + 2_000);
  expect(details.count).toBe(20_000);
  expect(await printed(details)).toEqual(all);
  expect(await readdir(temp)).toEqual([]);
});

it('when the file cannot be written, never throws: counts the lines it could not keep', async () => {
  const details = new SyncDetails({ keptInMemory: 3, folder: path.join(temp, 'missing') });
  const all = lines(5_000);
  for (const l of all) details.add(l); // must not throw
  const out = await printed(details);
  expect(out.slice(0, 3)).toEqual(all.slice(0, 3));
  expect(out).toHaveLength(4);
  expect(out[3]).toMatch(/^… and 4997 more lines not shown \(the temporary file for them failed: /);
});

it('remove() alone deletes the file of a run that did not print', async () => {
  const details = new SyncDetails({ keptInMemory: 1, folder: temp });
  for (const l of lines(3_000)) details.add(l);
  expect(await readdir(temp)).toHaveLength(1);
  details.remove();
  expect(await readdir(temp)).toEqual([]);
  details.remove(); // twice is harmless
});

it('a file gone before printing costs its lines, not the run', async () => {
  const details = new SyncDetails({ keptInMemory: 2, folder: temp });
  const all = lines(3_000);
  for (const l of all) details.add(l);
  const [dir] = await readdir(temp);
  await rm(path.join(temp, dir ?? ''), { recursive: true, force: true });
  const out = await printed(details);
  expect(out.slice(0, 2)).toEqual(all.slice(0, 2));
  expect(out).toHaveLength(3);
  expect(out[2]).toMatch(/^… the lines after these could not be read back: .*ENOENT/);
});
