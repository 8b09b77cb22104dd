/**
 * The stack as found before a deploy or plan: waited for when busy, refused when nothing can
 * be deployed to it, and, when its first creation failed and `recreate-failed-stack` is set,
 * deleted (with the service role, `cloudformation-role`) so that it can be created again.
 */
import { DeleteStackCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { type Ctx, describeStack, statusOf } from './context.js';
import { StackEventLog } from './events.js';
import {
  DeployError,
  blockedStackMessage,
  failedResources,
  rollbackCompleteMessage,
  stackFailureMessage,
} from './messages.js';
import { isBlocked, isInProgress, needsRecreate } from './status.js';
import { lastFailures, settled, waitForSettle, waitForStack } from './wait.js';

export async function deleteStackAndWait(
  ctx: Ctx,
  s: Stack,
  token: string,
  roleArn: string | undefined,
): Promise<void> {
  const ref = s.StackId ?? ctx.name;
  const events = new StackEventLog(ctx.client, ctx.call, ref, undefined);
  await events.prime();
  await ctx.call('DeleteStack', () =>
    ctx.client.send(
      new DeleteStackCommand({
        StackName: ref,
        ClientRequestToken: token,
        ...(roleArn !== undefined ? { RoleARN: roleArn } : {}),
      }),
    ),
  );
  const final = await waitForStack(ctx, ref, events, 'be deleted', settled);
  if (final !== undefined) {
    const failures = failedResources(events.events);
    throw new DeployError(
      stackFailureMessage(ctx.name, statusOf(final), failures, final.StackStatusReason),
      ctx.name,
      statusOf(final),
      failures,
    );
  }
}

/**
 * Reads the stack; waits if it is busy; refuses the states nothing can be deployed to.
 * `recreate` is given a stack whose first creation failed, when `recreateFailed` is set.
 */
export async function currentStack(
  ctx: Ctx,
  recreateFailed: boolean,
  recreate: (s: Stack) => Promise<void>,
): Promise<Stack | undefined> {
  let current = await describeStack(ctx, ctx.name);
  if (current !== undefined && isInProgress(statusOf(current))) {
    current = await waitForSettle(ctx, current);
  }
  return current === undefined
    ? undefined
    : checkDeployable(ctx, current, recreateFailed, recreate);
}

async function checkDeployable(
  ctx: Ctx,
  current: Stack,
  recreateFailed: boolean,
  recreate: (s: Stack) => Promise<void>,
): Promise<Stack | undefined> {
  const status = statusOf(current);
  if (needsRecreate(status)) {
    const failures = await lastFailures(ctx, current);
    if (!recreateFailed) {
      throw new DeployError(
        rollbackCompleteMessage(ctx.name, status, failures, current.StackStatusReason),
        ctx.name,
        status,
        failures,
      );
    }
    ctx.opts.log(
      `${ctx.name}: ${status} (its first creation failed: ${
        failures.map((f) => `${f.logicalId}: ${f.reason}`).join('; ') ||
        (current.StackStatusReason ?? 'no reason given')
      }); deleting it to create it again (recreate-failed-stack)`,
    );
    await recreate(current);
    return undefined;
  }
  if (isBlocked(status)) {
    const failures = await lastFailures(ctx, current);
    throw new DeployError(
      blockedStackMessage(ctx.name, status, failures, current.StackStatusReason),
      ctx.name,
      status,
      failures,
    );
  }
  return current;
}
