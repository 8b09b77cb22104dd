import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  AccessDenied,
  CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand,
  InvalidArgument,
  NoSuchDistribution,
  NoSuchInvalidation,
  TooManyInvalidationsInProgress,
  type Invalidation,
} from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import {
  createInvalidation,
  InvalidationTimeoutError,
  waitForInvalidation,
} from '../src/invalidate/cloudfront.js';

const DIST = 'EDFDVBD6EXAMPLE';
const ID = 'I2J0I21PCUYOIK';
const REF = 'secure-dist-1234567890-1';
const PATHS = ['/', '/assets/*', '/index.html'];

const cf = mockClient(CloudFrontClient);
const client = new CloudFrontClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});

/** An `Invalidation` as the CloudFront API reference shapes it. */
const invalidation = (status: string): Invalidation => ({
  Id: ID,
  Status: status,
  CreateTime: new Date('2026-01-02T03:04:05Z'),
  InvalidationBatch: {
    Paths: { Quantity: PATHS.length, Items: PATHS },
    CallerReference: REF,
  },
});

/** A clock that only moves when `sleep` is called. */
function fakeTime() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

beforeEach(() => {
  cf.reset();
});

describe('createInvalidation', () => {
  it('sends one CreateInvalidation with the paths and the caller reference', async () => {
    cf.on(CreateInvalidationCommand).resolves({
      Location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${DIST}/invalidation/${ID}`,
      Invalidation: invalidation('InProgress'),
    });

    await expect(createInvalidation(client, DIST, PATHS, REF)).resolves.toEqual({
      id: ID,
      status: 'InProgress',
    });

    const calls = cf.commandCalls(CreateInvalidationCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      DistributionId: DIST,
      InvalidationBatch: {
        CallerReference: REF,
        Paths: { Quantity: 3, Items: PATHS },
      },
    });
    expect(cf.calls()).toHaveLength(1);
  });

  it('keeps Quantity equal to the number of items', async () => {
    cf.on(CreateInvalidationCommand).resolves({ Invalidation: invalidation('InProgress') });
    const many = Array.from({ length: 1000 }, (_, i) => `/f${i}.html`);
    await createInvalidation(client, DIST, many, REF);
    const paths =
      cf.commandCalls(CreateInvalidationCommand)[0]?.args[0].input.InvalidationBatch?.Paths;
    expect(paths?.Quantity).toBe(1000);
    expect(paths?.Items).toEqual(many);
  });

  it('refuses an empty list without calling CloudFront', async () => {
    await expect(createInvalidation(client, DIST, [], REF)).rejects.toThrow(/no paths/);
    expect(cf.calls()).toHaveLength(0);
  });

  it('fails when the response has no invalidation id', async () => {
    cf.on(CreateInvalidationCommand).resolves({});
    await expect(createInvalidation(client, DIST, PATHS, REF)).rejects.toThrow(
      `CloudFront CreateInvalidation on distribution ${DIST} returned no invalidation id`,
    );
  });

  describe('maps CloudFront errors to messages a user can act on', () => {
    const meta = { $metadata: { httpStatusCode: 400, requestId: 'req-1' } };

    it('TooManyInvalidationsInProgress: the limits, and what to do', async () => {
      const cause = new TooManyInvalidationsInProgress({
        message:
          'Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations.',
        ...meta,
      });
      cf.on(CreateInvalidationCommand).rejects(cause);
      const error = await createInvalidation(client, DIST, PATHS, REF).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ cause });
      const message = error instanceof Error ? error.message : '';
      expect(message).toContain(`Too many invalidations in progress on distribution ${DIST}`);
      expect(message).toContain('3,000 file paths and 15 wildcard paths');
      expect(message).toContain('3 paths, 1 of them wildcards');
      expect(message).toMatch(
        /Retry when the running invalidations have completed, or invalidate fewer paths/,
      );
      expect(message).toContain('exceed the maximum number of in-progress wildcard invalidations');
    });

    it('NoSuchDistribution: the id and the distribution-id setting', async () => {
      cf.on(CreateInvalidationCommand).rejects(
        new NoSuchDistribution({ message: 'The specified distribution does not exist.', ...meta }),
      );
      await expect(createInvalidation(client, DIST, PATHS, REF)).rejects.toThrow(
        `CloudFront distribution ${DIST} does not exist: check \`distribution-id\` in the site file`,
      );
    });

    it('AccessDenied: the action and the distribution', async () => {
      cf.on(CreateInvalidationCommand).rejects(
        new AccessDenied({ message: 'Access denied.', ...meta }),
      );
      await expect(createInvalidation(client, DIST, PATHS, REF)).rejects.toThrow(
        `Access denied to cloudfront:CreateInvalidation on distribution ${DIST}: allow "cloudfront:CreateInvalidation" on "arn:aws:cloudfront::<account-id>:distribution/${DIST}"`,
      );
    });

    it('InvalidArgument: rejected paths', async () => {
      cf.on(CreateInvalidationCommand).rejects(
        new InvalidArgument({
          message: 'Your request contains one or more invalid invalidation paths.',
          ...meta,
        }),
      );
      await expect(createInvalidation(client, DIST, PATHS, REF)).rejects.toThrow(
        `CloudFront rejected the invalidation on distribution ${DIST} (3 paths, 1 of them wildcards). (CloudFront: Your request contains one or more invalid invalidation paths.)`,
      );
    });

    it('anything else: the action, the distribution and what CloudFront said', async () => {
      cf.on(CreateInvalidationCommand).rejects(new Error('socket hang up'));
      await expect(createInvalidation(client, DIST, PATHS, REF)).rejects.toThrow(
        `CloudFront CreateInvalidation on distribution ${DIST} failed (3 paths, 1 of them wildcards). (CloudFront: socket hang up)`,
      );
    });
  });
});

describe('waitForInvalidation', () => {
  it('polls with a bounded backoff until Completed', async () => {
    cf.on(GetInvalidationCommand)
      .resolvesOnce({ Invalidation: invalidation('InProgress') })
      .resolvesOnce({ Invalidation: invalidation('InProgress') })
      .resolvesOnce({ Invalidation: invalidation('InProgress') })
      .resolvesOnce({ Invalidation: invalidation('InProgress') })
      .resolvesOnce({ Invalidation: invalidation('InProgress') })
      .resolves({ Invalidation: invalidation('Completed') });
    const time = fakeTime();
    const progress: [string, number][] = [];

    const result = await waitForInvalidation(client, DIST, ID, {
      timeoutSeconds: 600,
      sleep: time.sleep,
      now: time.now,
      onProgress: (status, elapsedMs) => progress.push([status, elapsedMs]),
    });

    expect(result).toEqual({ id: ID, status: 'Completed' });
    expect(time.sleeps).toEqual([5000, 10000, 20000, 30000, 30000]);
    expect(progress).toEqual([
      ['InProgress', 0],
      ['InProgress', 5000],
      ['InProgress', 15000],
      ['InProgress', 35000],
      ['InProgress', 65000],
      ['Completed', 95000],
    ]);
    const calls = cf.commandCalls(GetInvalidationCommand);
    expect(calls).toHaveLength(6);
    expect(
      calls.every((c) => c.args[0].input.DistributionId === DIST && c.args[0].input.Id === ID),
    ).toBe(true);
  });

  it('returns at once when already Completed', async () => {
    cf.on(GetInvalidationCommand).resolves({ Invalidation: invalidation('Completed') });
    const time = fakeTime();
    await expect(
      waitForInvalidation(client, DIST, ID, { timeoutSeconds: 60, ...time }),
    ).resolves.toEqual({ id: ID, status: 'Completed' });
    expect(time.sleeps).toEqual([]);
  });

  it('throws on timeout, naming the invalidation, the distribution and the timeout', async () => {
    cf.on(GetInvalidationCommand).resolves({ Invalidation: invalidation('InProgress') });
    const time = fakeTime();

    const error = await waitForInvalidation(client, DIST, ID, {
      timeoutSeconds: 60,
      ...time,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidationTimeoutError);
    expect(error).toMatchObject({ distributionId: DIST, invalidationId: ID, timeoutSeconds: 60 });
    expect(String(error)).toContain(
      `CloudFront invalidation ${ID} on distribution ${DIST} did not complete within 60 s (last status: InProgress)`,
    );
    // It sleeps no longer than the timeout, and polls once more at the deadline.
    expect(time.sleeps).toEqual([5000, 10000, 20000, 25000]);
    expect(cf.commandCalls(GetInvalidationCommand)).toHaveLength(5);
  });

  it('rejects a timeout that is not a positive number', async () => {
    const time = fakeTime();
    await expect(
      waitForInvalidation(client, DIST, ID, { timeoutSeconds: 0, ...time }),
    ).rejects.toThrow(RangeError);
    expect(cf.calls()).toHaveLength(0);
  });

  it('maps GetInvalidation errors', async () => {
    const meta = { $metadata: {} };
    cf.on(GetInvalidationCommand)
      .rejectsOnce(new AccessDenied({ message: 'Access denied.', ...meta }))
      .rejectsOnce(
        new NoSuchInvalidation({ message: 'The specified invalidation does not exist.', ...meta }),
      );
    const time = fakeTime();
    await expect(
      waitForInvalidation(client, DIST, ID, { timeoutSeconds: 60, ...time }),
    ).rejects.toThrow(`Access denied to cloudfront:GetInvalidation on distribution ${DIST}`);
    await expect(
      waitForInvalidation(client, DIST, ID, { timeoutSeconds: 60, ...time }),
    ).rejects.toThrow(`CloudFront invalidation ${ID} does not exist on distribution ${DIST}`);
  });
});
