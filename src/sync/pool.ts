/**
 * A task per item, at most `concurrency` at a time, each item taken only when a slot frees up.
 *
 * `Promise.allSettled(items.map((x) => limit(() => task(x))))` holds, for every item still
 * waiting, a promise, its resolvers, a queue node and the task's closure: about a kilobyte an
 * item, 100 MB for 100,000 files before the first byte moves (issue 24). Here the waiting items
 * cost nothing beyond the iterable they come from: `concurrency` workers pull the next item as
 * each finishes its last.
 */

/** What the tasks left behind: how many failed, and the first failure (in the order they failed). */
export interface PoolOutcome {
  readonly failures: number;
  /** The first failure's reason, when any task failed. */
  readonly firstFailure?: unknown;
}

/**
 * Runs `task` for every item of `items` (in order), at most `concurrency` at once. Every task
 * runs, whatever the others do; the outcome counts the failures.
 */
export async function runPool<T>(
  items: Iterable<T>,
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<PoolOutcome> {
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new Error(`runPool: concurrency must be a positive integer, got ${concurrency}`);
  }
  const iterator = items[Symbol.iterator]();
  let failures = 0;
  let firstFailure: unknown;
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      try {
        await task(next.value);
      } catch (e) {
        if (failures === 0) firstFailure = e;
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures === 0 ? { failures } : { failures, firstFailure };
}
