/**
 * Planning one stack: what a deploy would change, from a change set that is deleted
 * afterwards. Executes nothing, deletes no stack and passes no service role (CloudFormation
 * keeps a stack's own): a plan role needs only to create, describe and delete change sets.
 * A CREATE change set leaves an empty stack in REVIEW_IN_PROGRESS; the next deploy creates it.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  allChanges,
  changeSetFailed,
  createChangeSet,
  discardChangeSet,
  logCleanupErrors,
  waitForChangeSet,
} from './change-set.js';
import type { ResourceChange } from './changes.js';
import { changeSetNameFor, makeCtx, statusOf } from './context.js';
import { currentStack } from './recreate.js';
import { fingerprintMatches } from './stack.js';
import { isEmptyChangeSetReason } from './status.js';
import type { PlanOptions, StackInput, StackPlan } from './types.js';

export async function planStack(
  client: CloudFormationClient,
  stack: StackInput,
  opts: PlanOptions,
): Promise<StackPlan> {
  const ctx = makeCtx(client, stack.stackName, opts);
  const csName = changeSetNameFor(ctx);
  const plan = (status: StackPlan['status'], changes: readonly ResourceChange[]): StackPlan => ({
    stackName: ctx.name,
    status,
    changes,
  });

  // A stack whose first creation failed cannot be planned: the error says what to do.
  const current = await currentStack(ctx, false, () => Promise.resolve());
  if (fingerprintMatches(current, stack)) {
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches)`);
    return plan('skipped', []);
  }
  const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
  const type = existed ? 'UPDATE' : 'CREATE';
  const cs = await createChangeSet(ctx, stack, type, csName, undefined);

  let outcome: { ok: true; plan: StackPlan } | { ok: false; error: unknown };
  try {
    const described = await waitForChangeSet(ctx, cs);
    if (described.Status === 'CREATE_COMPLETE') {
      const changes = await allChanges(ctx, cs, described);
      outcome = { ok: true, plan: plan(type === 'CREATE' ? 'create' : 'update', changes) };
    } else if (existed && isEmptyChangeSetReason(described.StatusReason)) {
      outcome = { ok: true, plan: plan('unchanged', []) };
    } else {
      throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
    }
  } catch (e) {
    outcome = { ok: false, error: e };
  }

  const cleanup = await discardChangeSet(ctx, cs);
  if (!outcome.ok) {
    logCleanupErrors(ctx, cleanup);
    throw outcome.error;
  }
  const [firstCleanupError] = cleanup;
  if (firstCleanupError !== undefined) throw firstCleanupError;
  opts.log(
    `${ctx.name}: ${outcome.plan.status === 'unchanged' ? 'no changes' : `${outcome.plan.changes.length} change(s) to ${type === 'CREATE' ? 'create the stack' : 'update the stack'}`}`,
  );
  return outcome.plan;
}
