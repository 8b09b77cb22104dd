/**
 * Bounded retries with jittered exponential backoff, and the classification of AWS errors
 * that are worth another attempt. Time comes from the injected `sleep`, so tests never wait.
 *
 * The loop either returns a result or throws: after its last attempt it throws the last
 * error, never a success.
 */

export interface RetryOptions {
  /** Total attempts, the first included (at least 1). */
  readonly attempts: number;
  /** Delay before the second attempt, before jitter. */
  readonly baseDelayMs: number;
  /** No delay is longer than this. */
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1); `Math.random` when absent. */
  readonly random?: () => number;
  /** Whether an error deserves another attempt. A false answer throws at once. */
  readonly retryable: (e: unknown) => boolean;
  /** Called before each wait, with the failed attempt's number (1-based) and the delay. */
  readonly onRetry?: (e: unknown, attempt: number, delayMs: number) => void;
}

/**
 * The wait after failed attempt `attempt` (1-based): exponential, capped, then jittered into
 * [half, full] of that value so that parallel jobs spread out but never retry at once.
 */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(exp / 2 + (exp / 2) * r);
}

/** Runs `fn` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  opts: RetryOptions,
): Promise<T> {
  const attempts = Math.max(1, Math.floor(opts.attempts));
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= attempts || !opts.retryable(e)) throw e;
      const delay = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, random);
      opts.onRetry?.(e, attempt, delay);
      await opts.sleep(delay);
    }
  }
}

/** The error's name (`Throttling`, `AccessDenied`, `TimeoutError`, …) or ''. */
export function errorName(e: unknown): string {
  return e instanceof Error ? e.name : '';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The HTTP status of an SDK service error, when it has one. */
export function httpStatus(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null || !('$metadata' in e)) return undefined;
  const meta: unknown = e.$metadata;
  if (typeof meta !== 'object' || meta === null || !('httpStatusCode' in meta)) return undefined;
  return typeof meta.httpStatusCode === 'number' ? meta.httpStatusCode : undefined;
}

function sdkRetryableFlag(e: unknown): { throttling: boolean } | undefined {
  if (typeof e !== 'object' || e === null || !('$retryable' in e)) return undefined;
  const flag: unknown = e.$retryable;
  if (typeof flag !== 'object' || flag === null) return undefined;
  return { throttling: 'throttling' in flag && flag.throttling === true };
}

const THROTTLING_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'PriorRequestNotComplete',
]);

/** AWS's "slow down": the name, HTTP 429, or the SDK's own throttling flag. */
export function isThrottling(e: unknown): boolean {
  return (
    THROTTLING_NAMES.has(errorName(e)) ||
    httpStatus(e) === 429 ||
    sdkRetryableFlag(e)?.throttling === true
  );
}

const TRANSIENT_NAMES = new Set([
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'AbortError',
]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

function networkCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  return typeof e.code === 'string' ? e.code : undefined;
}

/**
 * Throttling, 5xx, and errors that never reached the service (connection reset, timeout,
 * DNS): worth another attempt. 4xx answers other than throttling are not.
 */
export function isTransient(e: unknown): boolean {
  if (isThrottling(e)) return true;
  if (sdkRetryableFlag(e) !== undefined) return true;
  const status = httpStatus(e);
  if (status !== undefined && status >= 500) return true;
  if (TRANSIENT_NAMES.has(errorName(e))) return true;
  const code = networkCode(e);
  return code !== undefined && NETWORK_CODES.has(code);
}
