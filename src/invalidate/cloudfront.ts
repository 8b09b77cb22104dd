/**
 * CloudFront invalidation I/O: one `CreateInvalidation`, and an optional wait until it is
 * `Completed`. The client, the clock and `sleep` are parameters; retries on throttling belong to
 * the client's configuration (see `src/aws/clients.ts`), not to this module.
 */
import {
  CreateInvalidationCommand,
  GetInvalidationCommand,
  type CloudFrontClient,
} from '@aws-sdk/client-cloudfront';
import { MAX_FILE_PATHS, MAX_WILDCARD_PATHS } from './paths.js';

export interface InvalidationResult {
  readonly id: string;
  /** `InProgress` or `Completed`. */
  readonly status: string;
}

export interface WaitOptions {
  readonly timeoutSeconds: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly onProgress?: (status: string, elapsedMs: number) => void;
}

/** Polling backs off from 5 s, doubling, to at most 30 s between calls. */
export const POLL_INITIAL_MS = 5_000;
export const POLL_MAX_MS = 30_000;

export class InvalidationTimeoutError extends Error {
  constructor(
    readonly distributionId: string,
    readonly invalidationId: string,
    readonly timeoutSeconds: number,
    lastStatus: string,
  ) {
    super(
      `CloudFront invalidation ${invalidationId} on distribution ${distributionId} did not complete ` +
        `within ${timeoutSeconds} s (last status: ${lastStatus}). It keeps running in CloudFront; check it with ` +
        `\`aws cloudfront get-invalidation --distribution-id ${distributionId} --id ${invalidationId}\`.`,
    );
    this.name = 'InvalidationTimeoutError';
  }
}

type Action = 'CreateInvalidation' | 'GetInvalidation';

/** A CloudFront error turned into a message that says what to do; the original is the `cause`. */
function explain(e: unknown, action: Action, distributionId: string, detail: string): Error {
  const name = e instanceof Error ? e.name : '';
  const said = `(CloudFront: ${e instanceof Error ? e.message : String(e)})`;
  const on = `on distribution ${distributionId}`;
  let message: string;
  switch (name) {
    case 'TooManyInvalidationsInProgress':
      message =
        `Too many invalidations in progress ${on}: CloudFront allows ${MAX_FILE_PATHS.toLocaleString('en-US')} file paths ` +
        `and ${MAX_WILDCARD_PATHS} wildcard paths in progress per distribution, and this request (${detail}) would exceed ` +
        `that. Retry when the running invalidations have completed, or invalidate fewer paths. ${said}`;
      break;
    case 'NoSuchDistribution':
      message =
        `CloudFront distribution ${distributionId} does not exist: check \`distribution-id\` in the site file ` +
        `(or the site stack's output) and that the credentials belong to the account that owns it. ${said}`;
      break;
    case 'AccessDenied':
    case 'AccessDeniedException':
      message =
        `Access denied to cloudfront:${action} ${on}: allow "cloudfront:${action}" on ` +
        `"arn:aws:cloudfront::<account-id>:distribution/${distributionId}" in the policy of the role the action uses. ${said}`;
      break;
    case 'NoSuchInvalidation':
      message = `CloudFront ${detail} does not exist ${on}. ${said}`;
      break;
    case 'BatchTooLarge':
    case 'InvalidArgument':
      message = `CloudFront rejected the invalidation ${on} (${detail}). ${said}`;
      break;
    default:
      message = `CloudFront ${action} ${on} failed (${detail}). ${said}`;
  }
  return new Error(message, { cause: e });
}

const countPaths = (paths: readonly string[]): string => {
  const wildcards = paths.filter((p) => p.endsWith('*')).length;
  return `${paths.length} paths, ${wildcards} of them wildcards`;
};

/** One `CreateInvalidation`; `callerReference` must be unique per run (CloudFront dedupes on it). */
export async function createInvalidation(
  client: CloudFrontClient,
  distributionId: string,
  paths: readonly string[],
  callerReference: string,
): Promise<InvalidationResult> {
  if (paths.length === 0) throw new Error('createInvalidation: no paths to invalidate');
  let out;
  try {
    out = await client.send(
      new CreateInvalidationCommand({
        DistributionId: distributionId,
        InvalidationBatch: {
          CallerReference: callerReference,
          Paths: { Quantity: paths.length, Items: [...paths] },
        },
      }),
    );
  } catch (e) {
    throw explain(e, 'CreateInvalidation', distributionId, countPaths(paths));
  }
  const id = out.Invalidation?.Id;
  if (id === undefined) {
    throw new Error(
      `CloudFront CreateInvalidation on distribution ${distributionId} returned no invalidation id`,
    );
  }
  return { id, status: out.Invalidation?.Status ?? 'unknown' };
}

/**
 * Polls `GetInvalidation` until `Completed`. Throws `InvalidationTimeoutError` when it is not
 * complete after `timeoutSeconds`: a timeout fails the step.
 */
export async function waitForInvalidation(
  client: CloudFrontClient,
  distributionId: string,
  id: string,
  options: WaitOptions,
): Promise<InvalidationResult> {
  const { timeoutSeconds, sleep, now, onProgress } = options;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new RangeError(
      `waitForInvalidation: timeoutSeconds must be a positive number, got ${timeoutSeconds}`,
    );
  }
  const timeoutMs = timeoutSeconds * 1000;
  const started = now();
  for (let delay = POLL_INITIAL_MS; ; delay = Math.min(delay * 2, POLL_MAX_MS)) {
    let status: string;
    try {
      const out = await client.send(
        new GetInvalidationCommand({ DistributionId: distributionId, Id: id }),
      );
      status = out.Invalidation?.Status ?? 'unknown';
    } catch (e) {
      throw explain(e, 'GetInvalidation', distributionId, `invalidation ${id}`);
    }
    const elapsed = now() - started;
    onProgress?.(status, elapsed);
    if (status === 'Completed') return { id, status };
    const left = timeoutMs - elapsed;
    if (left <= 0) throw new InvalidationTimeoutError(distributionId, id, timeoutSeconds, status);
    await sleep(Math.min(delay, left));
  }
}
