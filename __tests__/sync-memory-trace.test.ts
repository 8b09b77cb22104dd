/** Memory per phase of a sync, on request (src/sync/memory-trace.ts). */
import { expect, it } from '@jest/globals';
import {
  MEMORY_TRACE_ENV,
  measureMemory,
  memoryLine,
  memoryTrace,
} from '../src/sync/memory-trace.js';

it('logs nothing unless SECURE_DIST_MEMORY_TRACE=1', () => {
  const lines: string[] = [];
  memoryTrace((l) => lines.push(l), {})('walk');
  memoryTrace((l) => lines.push(l), { [MEMORY_TRACE_ENV]: 'true' })('walk');
  memoryTrace((l) => lines.push(l), { [MEMORY_TRACE_ENV]: '0' })('walk');
  expect(lines).toEqual([]);
});

it('logs the phase with this process’s resident set, its peak so far and the heap, in MB', () => {
  const lines: string[] = [];
  memoryTrace((l) => lines.push(l), { [MEMORY_TRACE_ENV]: '1' })('git index');
  expect(lines).toHaveLength(1);
  // The form bench-scale.mjs reads back (`phases`).
  const m =
    /^memory after git index: rss ([\d.]+) MB, peak rss ([\d.]+) MB, heap used ([\d.]+) MB, heap total ([\d.]+) MB, external ([\d.]+) MB$/.exec(
      lines[0] ?? '',
    );
  expect(m).not.toBeNull();
  const [rss, peak, used, total] = [m?.[1], m?.[2], m?.[3], m?.[4]].map(Number);
  expect(rss).toBeGreaterThan(0);
  // The peak so far is at least what is resident now (both rounded to 0.1 MB).
  expect(peak).toBeGreaterThanOrEqual((rss ?? 0) - 0.1);
  expect(used).toBeGreaterThan(0);
  expect(total).toBeGreaterThanOrEqual(used ?? 0);
});

it('reports the peak as getrusage does: at least the resident set at any moment', () => {
  const before = measureMemory('before');
  // 64 MiB touched: resident now, and in the peak from now on.
  const block = Buffer.alloc(64 * 2 ** 20, 1);
  const during = measureMemory('during');
  expect(block[block.length - 1]).toBe(1);
  expect(during.rss).toBeGreaterThanOrEqual(before.rss + 60 * 2 ** 20);
  expect(during.peakRss).toBeGreaterThanOrEqual(during.rss - 2 ** 20);
  expect(memoryLine(during)).toMatch(/^memory after during: rss /);
});
