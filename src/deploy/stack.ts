/**
 * Deploying one stack with a change set of a unique name.
 *
 * - A stack whose `secure-dist:fingerprint` tag matches is skipped with a single call.
 * - An empty change set is success ("unchanged").
 * - A stack busy with another operation is waited for (./wait.ts); one whose first creation
 *   failed is re-created only on request (`recreate-failed-stack`, ./recreate.ts). A stack left
 *   in REVIEW_IN_PROGRESS (by a plan, or a change set that failed) is created by a CREATE
 *   change set on it.
 * - The service role (`cloudformation-role`) goes on every CreateChangeSet as `RoleARN`.
 * - Every wait ends at `timeoutSeconds` with an error that names the stack, its last status
 *   and the time waited. Throttled calls are retried.
 * - Failures list the failed resources, in order, with the reasons from the stack events.
 *
 * The client, `sleep` and the clock come from the caller: tests drive time, nothing waits.
 */
import {
  type CloudFormationClient,
  type DescribeChangeSetCommandOutput,
  ExecuteChangeSetCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { outputsOf } from '../aws/stack-outputs.js';
import {
  allChanges,
  changeSetFailed,
  createChangeSet,
  discardChangeSet,
  logCleanupErrors,
  waitForChangeSet,
} from './change-set.js';
import { changeLines, type ResourceChange } from './changes.js';
import { changeSetNameFor, makeCtx, statusOf, tagValue } from './context.js';
import { verifyNoDrift } from './drift.js';
import { StackEventLog } from './events.js';
import {
  DeployError,
  failedResources,
  formatElapsed,
  isStackEvent,
  stackFailureMessage,
} from './messages.js';
import { currentStack, deleteStackAndWait } from './recreate.js';
import {
  FINGERPRINT_TAG,
  isEmptyChangeSetReason,
  isInProgress,
  isSettledSuccess,
  successStatus,
} from './status.js';
import type { DeployOptions, StackInput, StackResult, StackResultStatus } from './types.js';
import { waitForStack } from './wait.js';

/**
 * The stack is settled and is what `stack` describes: its fingerprint tag matches, and so does
 * every other tag `stack` carries (e.g. the site file's `secure-dist:config`): a stack whose
 * only change is a tag gets a tags-only update, so its tags always say what was deployed last.
 * A change set whose only change is the stack's tags is created and executes (resources that
 * take tags show Modify, scope Tags; a stack without such resources shows no change and is still
 * updated: envato/stack_master#302). The CloudFormation API reference says nothing about it
 * either way, so this rests on that report and on the same path the fingerprint tag takes.
 */
export function fingerprintMatches(
  s: Stack | undefined,
  stack: Pick<StackInput, 'fingerprint' | 'tags'>,
): s is Stack {
  return (
    s !== undefined &&
    isSettledSuccess(statusOf(s)) &&
    tagValue(s, FINGERPRINT_TAG) === stack.fingerprint &&
    stack.fingerprint !== '' &&
    Object.entries(stack.tags ?? {}).every(([key, value]) => tagValue(s, key) === value)
  );
}

/**
 * Deploys one stack; see the module comment. Throws a `DeployError` that names the stack and
 * says what to do.
 */
export async function deployStack(
  client: CloudFormationClient,
  stack: StackInput,
  opts: DeployOptions,
): Promise<StackResult> {
  const ctx = makeCtx(client, stack.stackName, opts, opts.roleArn);
  const csName = changeSetNameFor(ctx);
  const result = (
    status: StackResultStatus,
    s: Stack,
    changes: readonly ResourceChange[],
  ): StackResult => ({
    stackName: ctx.name,
    status,
    outputs: outputsOf(s),
    changes,
    durationMs: opts.now() - ctx.start,
    stackStatus: statusOf(s),
  });

  // One DescribeStacks when the stack is settled; more only when it is busy or failed.
  const current = await currentStack(ctx, opts.recreateFailed, async (s) => {
    await opts.beforeCreate?.();
    await deleteStackAndWait(ctx, s, `${csName}-delete`.slice(0, 128), opts.roleArn);
  });
  if (fingerprintMatches(current, stack)) {
    if (opts.verifyDrift === true) await verifyNoDrift(ctx, current.StackId ?? ctx.name);
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches); skipped`);
    return result('skipped', current, []);
  }

  const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
  const type = existed ? 'UPDATE' : 'CREATE';
  if (type === 'CREATE') await opts.beforeCreate?.();
  const cs = await createChangeSet(ctx, stack, type, csName, opts.roleArn);
  let described: DescribeChangeSetCommandOutput;
  try {
    described = await waitForChangeSet(ctx, cs);
  } catch (e) {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    throw e;
  }

  if (described.Status !== 'CREATE_COMPLETE') {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    if (current !== undefined && existed && isEmptyChangeSetReason(described.StatusReason)) {
      opts.log(`${ctx.name}: no changes`);
      return result('unchanged', current, []);
    }
    throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
  }
  if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    throw new DeployError(
      `change set ${cs.name} for stack '${ctx.name}' cannot be executed: its execution status is ` +
        `${described.ExecutionStatus}${described.StatusReason ? ` (${described.StatusReason})` : ''}`,
      ctx.name,
      current === undefined ? undefined : statusOf(current),
    );
  }

  const changes = await allChanges(ctx, cs, described);
  for (const line of changeLines(changes)) opts.log(`${ctx.name}: ${line}`);

  // Events of the execution: newer than the change set, and not among those already there.
  const events = new StackEventLog(client, ctx.call, cs.stackId, described.CreationTime);
  await events.prime();
  // Without a service role CloudFormation acts with the caller's session: make sure it lasts.
  await opts.beforeExecute?.(opts.timeoutSeconds * 1000);
  await ctx.call('ExecuteChangeSet', () =>
    client.send(
      new ExecuteChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ClientRequestToken: cs.name,
      }),
    ),
  );
  const final = await waitForStack(
    ctx,
    cs.stackId,
    events,
    type === 'CREATE' ? 'be created' : 'be updated',
    (s, sawInProgress) => {
      if (s === undefined) return true;
      const st = statusOf(s);
      if (isInProgress(st) || st === 'REVIEW_IN_PROGRESS') return false;
      // Right after ExecuteChangeSet an update may still show the previous, settled status.
      return type === 'CREATE' || sawInProgress || events.events.some(isStackEvent);
    },
  );
  if (final === undefined) {
    throw new DeployError(
      `stack '${ctx.name}' was deleted while it was being ${type === 'CREATE' ? 'created' : 'updated'}`,
      ctx.name,
      'DELETE_COMPLETE',
    );
  }
  const status = statusOf(final);
  if (status !== successStatus(type)) {
    const failures = failedResources(events.events);
    throw new DeployError(
      stackFailureMessage(ctx.name, status, failures, final.StackStatusReason),
      ctx.name,
      status,
      failures,
    );
  }
  const done = result(type === 'CREATE' ? 'created' : 'updated', final, changes);
  opts.log(
    `${ctx.name}: ${done.status} in ${formatElapsed(done.durationMs)} (${changes.length} change${changes.length === 1 ? '' : 's'})`,
  );
  return done;
}
