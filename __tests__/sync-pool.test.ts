/** A task per item, at most N at a time, items taken only as slots free up (src/sync/pool.ts). */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { runPool } from '../src/sync/pool.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runPool', () => {
  it('runs every item once, at most `concurrency` at a time, and takes an item only when a slot is free', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.record({ ticks: fc.nat(3), fails: fc.boolean() }), { maxLength: 40 }),
        async (concurrency, jobs) => {
          let pulled = 0;
          let finished = 0;
          let running = 0;
          let peakRunning = 0;
          let peakAhead = 0;
          const ran: number[] = [];
          function* items(): Generator<number> {
            for (let i = 0; i < jobs.length; i++) {
              pulled += 1;
              // Items taken but not finished: never more than the slots.
              peakAhead = Math.max(peakAhead, pulled - finished);
              yield i;
            }
          }
          const outcome = await runPool(items(), concurrency, async (i) => {
            running += 1;
            peakRunning = Math.max(peakRunning, running);
            const job = jobs[i];
            for (let t = 0; t < (job?.ticks ?? 0); t++) await tick();
            running -= 1;
            finished += 1;
            ran.push(i);
            if (job?.fails === true) throw new Error(`job ${i}`);
          });
          expect([...ran].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
          expect(peakRunning).toBeLessThanOrEqual(concurrency);
          expect(peakAhead).toBeLessThanOrEqual(concurrency);
          const failing = jobs.filter((j) => j.fails).length;
          expect(outcome.failures).toBe(failing);
          if (failing > 0) {
            const firstFailed = ran.find((i) => jobs[i]?.fails === true);
            expect(outcome.firstFailure).toEqual(new Error(`job ${firstFailed}`));
          } else {
            expect(outcome.firstFailure).toBeUndefined();
          }
        },
      ),
    );
  });

  it('holds nothing per waiting item: 100,000 items through 4 slots take items 4 at a time', async () => {
    let pulled = 0;
    let finished = 0;
    let peakAhead = 0;
    function* items(): Generator<number> {
      for (let i = 0; i < 100_000; i++) {
        pulled += 1;
        peakAhead = Math.max(peakAhead, pulled - finished);
        yield i;
      }
    }
    const outcome = await runPool(items(), 4, async () => {
      await Promise.resolve();
      finished += 1;
    });
    expect(outcome.failures).toBe(0);
    expect(finished).toBe(100_000);
    expect(peakAhead).toBe(4);
  });

  it('refuses a concurrency that is not a positive integer', async () => {
    await expect(runPool([1], 0, async () => undefined)).rejects.toThrow(/positive integer/);
    await expect(runPool([1], 1.5, async () => undefined)).rejects.toThrow(/positive integer/);
  });
});
