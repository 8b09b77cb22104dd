/** The retry loop and the error classification, with fake time. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { backoffDelay, isThrottling, isTransient, retry } from '../src/aws/retry.js';
import { isRetryableStsError } from '../src/aws/credentials.js';

class Flaky extends Error {
  constructor(readonly n: number) {
    super(`failure ${n}`);
  }
}

describe('retry', () => {
  it('succeeds after fewer failures than attempts, else throws the last error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (attempts, failures, r) => {
          const sleeps: number[] = [];
          let calls = 0;
          const run = retry(
            async () => {
              calls += 1;
              if (calls <= failures) throw new Flaky(calls);
              return 'ok';
            },
            {
              attempts,
              baseDelayMs: 100,
              maxDelayMs: 1000,
              sleep: async (ms) => {
                sleeps.push(ms);
              },
              random: () => r,
              retryable: (e) => e instanceof Flaky,
            },
          );
          if (failures < attempts) {
            await expect(run).resolves.toBe('ok');
            expect(calls).toBe(failures + 1);
          } else {
            const err = await run.catch((e: unknown) => e);
            expect(err).toBeInstanceOf(Flaky);
            expect(err instanceof Flaky ? err.n : -1).toBe(attempts);
            expect(calls).toBe(attempts);
          }
          expect(sleeps).toHaveLength(calls - 1);
          for (const s of sleeps) {
            expect(s).toBeGreaterThanOrEqual(50);
            expect(s).toBeLessThanOrEqual(1000);
          }
        },
      ),
    );
  });

  it('throws a non-retryable error at once', async () => {
    let calls = 0;
    const err = await retry(
      async () => {
        calls += 1;
        throw new Error('refused');
      },
      { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {}, retryable: () => false },
    ).catch((e: unknown) => e);
    expect(String(err)).toContain('refused');
    expect(calls).toBe(1);
  });

  it('grows exponentially up to the cap, jittered within [half, full]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const d = backoffDelay(attempt, 1000, 10_000, () => r);
          const full = Math.min(10_000, 1000 * 2 ** (attempt - 1));
          expect(d).toBeGreaterThanOrEqual(full / 2 - 1);
          expect(d).toBeLessThanOrEqual(full);
        },
      ),
    );
  });
});

describe('error classification', () => {
  const err = (name: string, status?: number, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(name), {
      name,
      ...(status !== undefined ? { $metadata: { httpStatusCode: status } } : {}),
      ...extra,
    });

  it('knows throttling, 5xx and network errors from refusals', () => {
    expect(isThrottling(err('Throttling', 400))).toBe(true);
    expect(isThrottling(err('Whatever', 429))).toBe(true);
    expect(isThrottling(err('X', 400, { $retryable: { throttling: true } }))).toBe(true);
    expect(isTransient(err('InternalFailure', 500))).toBe(true);
    expect(isTransient(err('Error', undefined, { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransient(err('ValidationError', 400))).toBe(false);
    expect(isRetryableStsError(err('IDPCommunicationErrorException', 400))).toBe(true);
    expect(isRetryableStsError(err('AccessDenied', 403))).toBe(false);
    expect(isRetryableStsError(err('InvalidIdentityTokenException', 400))).toBe(false);
    expect(isRetryableStsError(err('ExpiredTokenException', 400))).toBe(false);
  });
});
