/**
 * How the sync's S3 client retries (issue 24 #4): each failed request waits and retries on its
 * own; nothing slows the requests that were not throttled.
 *
 * Why not the SDK's modes:
 * - `adaptive` (what the sync used before) puts a client-side rate limiter in front of EVERY
 *   request of the client, and cuts its rate on each throttling error. The SDKs' reference
 *   calls it "an experimental retry mode"
 *   (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) and
 *   "appropriate only for specialized use-cases"; it may delay a first attempt, and with one
 *   client for two resources, throttling on one delays requests for the other
 *   (https://docs.aws.amazon.com/general/latest/gr/api-retries.html, "Choosing between
 *   standard and adaptive"). Measured here (issue 24): 5% `503 SlowDown` made a 1,063-file
 *   first publish 24–33× slower.
 * - `standard` backs off each request alone ("exponential backoff with jitter", never delays a
 *   first attempt: same page), but its retry quota is shared by the whole client: 500 tokens at
 *   the start and 14 per non-throttling retry under the 2026 retry rules (the SDKs'
 *   announcement table, https://github.com/aws/aws-sdk-cpp/issues/3832), 5 per throttling
 *   retry in this SDK (`@smithy/core` 3.41, retry/util-retry/retries-2026-config.js:
 *   throttlingCost 5, cost 14; StandardRetryStrategy.js: INITIAL_RETRY_TOKENS 500, one
 *   strategy and so one quota per client, a success without retry gives 1 back, a success
 *   after a retry gives that retry's cost back). When the quota is empty, a failed
 *   request is not retried at all ("No retry token available": the error goes to the caller),
 *   so a sync throttled for long enough fails, though S3 asks for exactly the opposite.
 *
 * S3 answers `503 SlowDown` while a prefix scales to a higher request rate (at least 3,500
 * writes and 5,500 reads per second per partitioned prefix) and asks clients to "retry failed
 * requests using an exponential backoff algorithm"
 * (https://repost.aws/knowledge-center/http-5xx-errors-s3,
 * https://aws.amazon.com/premiumsupport/knowledge-center/s3-503-within-request-rate-prefix/).
 *
 * So this policy is the standard mode's backoff (full jitter: a delay drawn uniformly from 0
 * to min(20 s, base × 2^retry), base 1 s after a throttling error and 50 ms after others, as
 * the 2026 rules set them) with two changes:
 * - throttling retries draw nothing from the quota and get their own, larger attempt count
 *   (THROTTLING_ATTEMPTS): a throttled request is S3 asking this request to wait, not a sign
 *   that the service is down; the quota stays for the errors it is meant for (resets,
 *   timeouts, 5xx), with the standard mode's numbers;
 * - the delay is returned on the token (the SDK's retry middleware then waits that long for
 *   this request only), so the policy itself never sleeps and tests see every delay it chose.
 * The sync's `concurrency` already bounds the requests in flight, and a request waiting out its
 * backoff keeps its slot: while requests are throttled fewer go out, and as soon as their
 * retries succeed the sync is back at full rate. That is the gentle, shared slowdown; nothing
 * else is shared between requests.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3';

/** The SDK's retry strategy interface (RetryStrategyV2), as S3Client's config names it. */
type RetryStrategyV2 = Extract<
  NonNullable<S3ClientConfig['retryStrategy']>,
  { acquireInitialRetryToken: unknown }
>;
type RetryErrorInfo = Parameters<RetryStrategyV2['refreshRetryTokenForRetry']>[1];

/** The largest delay before one retry (the SDKs' MAXIMUM_RETRY_DELAY). */
export const MAX_RETRY_DELAY_MS = 20_000;
/** Backoff base after a throttling error, and after any other retryable error (2026 rules). */
export const THROTTLING_BASE_DELAY_MS = 1_000;
export const TRANSIENT_BASE_DELAY_MS = 50;
/** The quota for non-throttling retries: its size and what one retry costs (2026 rules). */
export const RETRY_QUOTA = 500;
export const TRANSIENT_RETRY_COST = 14;
/**
 * Attempts of a throttled request. With full jitter the ninth retry waits up to 20 s, so a
 * request keeps asking for about a minute on average (≤ 111 s) before the sync gives up on it;
 * at 30% of requests throttled, ten in a row happen once in 170,000 requests.
 */
export const THROTTLING_ATTEMPTS = 10;

export interface RetryPolicyOptions {
  /** Attempts of a request that fails with a transient or server error (resets, 5xx). */
  readonly maxAttempts: number;
  /** Attempts of a throttled request (default THROTTLING_ATTEMPTS). */
  readonly throttlingAttempts?: number;
  /** Uniform in [0, 1): the jitter (tests pass their own). */
  readonly random?: () => number;
  /** Milliseconds since the epoch, for a `Retry-After` hint (tests pass their own). */
  readonly now?: () => number;
}

/** One request's retry state: which retry it is, how long to wait first, what it cost. */
export class RetryAttempt {
  constructor(
    private readonly count: number,
    private readonly delay: number,
    /** Tokens taken from the quota by the retry this token allows (undefined: first attempt). */
    readonly cost: number | undefined,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return this.delay;
  }
  getRetryCost(): number | undefined {
    return this.cost;
  }
}

export class SyncRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard';
  private readonly maxAttempts: number;
  private readonly throttlingAttempts: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private capacity = RETRY_QUOTA;

  constructor(opts: RetryPolicyOptions) {
    this.maxAttempts = opts.maxAttempts;
    this.throttlingAttempts = opts.throttlingAttempts ?? THROTTLING_ATTEMPTS;
    this.random = opts.random ?? Math.random;
    this.now = opts.now ?? Date.now;
  }

  /** Tokens left for non-throttling retries (shared by the client's requests). */
  get quota(): number {
    return this.capacity;
  }

  /** A first attempt never waits, whatever happened to other requests. */
  acquireInitialRetryToken(): Promise<RetryAttempt> {
    return Promise.resolve(new RetryAttempt(0, 0, undefined));
  }

  /**
   * Allows one more attempt of this request, after the delay on the returned token, or throws
   * (the SDK then gives the caller the request's last error).
   */
  refreshRetryTokenForRetry(token: RetryAttempt, info: RetryErrorInfo): Promise<RetryAttempt> {
    const retries = token.getRetryCount();
    const throttled = info.errorType === 'THROTTLING';
    if (!throttled && info.errorType !== 'TRANSIENT') {
      return Promise.reject(new Error(`not retried: a ${info.errorType} error`));
    }
    const attempts = throttled ? this.throttlingAttempts : this.maxAttempts;
    if (retries + 1 >= attempts) {
      return Promise.reject(new Error(`not retried: ${attempts} attempts made`));
    }
    const cost = throttled ? 0 : TRANSIENT_RETRY_COST;
    if (cost > this.capacity) {
      return Promise.reject(new Error('not retried: the retry quota is spent'));
    }
    this.capacity -= cost;
    const base = throttled ? THROTTLING_BASE_DELAY_MS : TRANSIENT_BASE_DELAY_MS;
    let delay = Math.floor(this.random() * Math.min(MAX_RETRY_DELAY_MS, base * 2 ** retries));
    if (info.retryAfterHint !== undefined) {
      // As the SDK: wait until the hint, but at most 5 s longer than the backoff.
      delay = Math.max(delay, Math.min(info.retryAfterHint.getTime() - this.now(), delay + 5_000));
    }
    return Promise.resolve(new RetryAttempt(retries + 1, delay, cost));
  }

  /** A success gives back what its last retry cost, or 1 token when it needed none. */
  recordSuccess(token: RetryAttempt): void {
    this.capacity = Math.min(RETRY_QUOTA, this.capacity + (token.getRetryCost() ?? 1));
  }
}
