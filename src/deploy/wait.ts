/**
 * Waiting on a stack: polls DescribeStacks with a capped backoff (logging the new events),
 * until a condition holds or `stack-timeout` ends the wait with an error naming the stack, its
 * last status and the time waited.
 */
import type { Stack } from '@aws-sdk/client-cloudformation';
import { type Ctx, POLL_FIRST_MS, describeStack, pollPause, statusOf } from './context.js';
import { StackEventLog } from './events.js';
import {
  DeployError,
  type ResourceFailure,
  failedResources,
  progressLine,
  timeoutMessage,
} from './messages.js';
import { isInProgress, needsRecreate } from './status.js';

/**
 * Polls the stack (and logs its new events) until `isDone`; throws at the deadline.
 * `isDone` gets the stack (undefined once deleted) and whether an in-progress status was seen.
 */
export async function waitForStack(
  ctx: Ctx,
  ref: string,
  events: StackEventLog | undefined,
  activity: string,
  isDone: (s: Stack | undefined, sawInProgress: boolean) => boolean,
): Promise<Stack | undefined> {
  let delay = POLL_FIRST_MS;
  let sawInProgress = false;
  for (;;) {
    const s = await describeStack(ctx, ref);
    if (events !== undefined) {
      for (const e of await events.poll()) {
        ctx.opts.log(progressLine(ctx.name, e, ctx.opts.now() - ctx.start));
      }
    }
    const last = s === undefined ? 'DELETE_COMPLETE' : statusOf(s);
    if (isInProgress(last)) sawInProgress = true;
    if (isDone(s, sawInProgress)) return s;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) =>
        new DeployError(
          timeoutMessage(ctx.name, activity, last, elapsed, ctx.opts.timeoutSeconds),
          ctx.name,
          last,
        ),
    );
  }
}

/** Done once the stack is gone or no operation runs on it. */
export const settled = (x: Stack | undefined): boolean =>
  x === undefined || !isInProgress(statusOf(x));

/** A stack busy with an operation started elsewhere: wait until it settles. */
export async function waitForSettle(ctx: Ctx, s: Stack): Promise<Stack | undefined> {
  const status = statusOf(s);
  ctx.opts.log(`${ctx.name}: ${status}; waiting for the operation in progress to finish`);
  const ref = s.StackId ?? ctx.name;
  const since = s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
  const events = new StackEventLog(ctx.client, ctx.call, ref, since);
  const done = await waitForStack(ctx, ref, events, `finish its ${status} operation`, settled);
  ctx.opts.log(`${ctx.name}: ${done === undefined ? 'deleted' : statusOf(done)}`);
  return done;
}

/** The failed resources of the stack's last operation (for a stack found failed). */
export async function lastFailures(ctx: Ctx, s: Stack): Promise<ResourceFailure[]> {
  const since = needsRecreate(statusOf(s))
    ? s.CreationTime
    : (s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime);
  const events = new StackEventLog(ctx.client, ctx.call, s.StackId ?? ctx.name, since);
  await events.poll();
  return failedResources(events.events);
}
