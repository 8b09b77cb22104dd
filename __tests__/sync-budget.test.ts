/** The bound on the bytes uploads hold in memory at once (src/sync/budget.ts). */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ByteBudget } from '../src/sync/budget.js';
import { MULTIPART_QUEUE_SIZE, PART_SIZE, uploadSettings } from '../src/sync/parts.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ByteBudget', () => {
  it('never holds more than its capacity, runs everything, and gives every byte back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.record({ bytes: fc.integer({ min: 0, max: 150 }), ticks: fc.nat(3) }), {
          maxLength: 30,
        }),
        async (capacity, jobs) => {
          const budget = new ByteBudget(capacity);
          let peak = 0;
          const done = await Promise.all(
            jobs.map((job, i) =>
              budget.run(job.bytes, async () => {
                peak = Math.max(peak, budget.held);
                for (let t = 0; t < job.ticks; t++) await tick();
                return i;
              }),
            ),
          );
          expect(done).toEqual(jobs.map((_, i) => i));
          expect(peak).toBeLessThanOrEqual(capacity);
          expect(budget.held).toBe(0);
        },
      ),
    );
  });

  it('serves requests in order, runs one larger than the budget alone, and releases on failure', async () => {
    const budget = new ByteBudget(10);
    const order: string[] = [];
    let releaseA: () => void = () => undefined;
    const a = budget.run(6, async () => {
      order.push('a');
      await new Promise<void>((resolve) => (releaseA = resolve));
    });
    const big = budget.run(25, async () => {
      order.push(`big with ${budget.held} held`);
      throw new Error('upload failed');
    });
    // Fits beside `a`, but waits its turn behind `big`.
    const c = budget.run(2, async () => {
      order.push('c');
    });
    await tick();
    expect(order).toEqual(['a']);
    releaseA();
    await a;
    await expect(big).rejects.toThrow('upload failed');
    await c;
    expect(order).toEqual(['a', 'big with 10 held', 'c']);
    expect(budget.held).toBe(0);
  });

  it('counts a single-part upload by its size and a multipart one by the parts it holds', () => {
    const memory = (size: number): number => uploadSettings(size, 48 * 1024 * 1024).memory;
    expect(memory(1234)).toBe(1234);
    expect(memory(PART_SIZE)).toBe(PART_SIZE);
    expect(memory(10 * PART_SIZE)).toBe((MULTIPART_QUEUE_SIZE + 1) * PART_SIZE);
  });
});
