/**
 * The stack deployment engine: one stack, deployed with a change set of a unique name, or
 * planned with one that is then thrown away.
 *
 * - A stack whose `secure-dist:fingerprint` tag matches is skipped with a single call.
 * - An empty change set is success ("unchanged").
 * - A stack busy with another operation is waited for; one whose first creation failed is
 *   re-created only on request (`recreate-failed-stack`).
 * - Every wait polls with a capped backoff and ends at `timeoutSeconds` with an error that
 *   names the stack, its last status and the time waited. Throttled calls are retried.
 * - Failures list the failed resources, in order, with the reasons from the stack events.
 *
 * The client, `sleep` and the clock come from the caller: tests drive time, nothing waits.
 */
import {
  type Capability,
  type Change,
  type CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorMessage, isThrottling, retry } from '../aws/retry.js';
import { outputsOf } from '../aws/stack-outputs.js';
import { changeLines, type ResourceChange, toResourceChanges } from './changes.js';
import { type CfnCall, StackEventLog } from './events.js';
import {
  DeployError,
  type ResourceFailure,
  blockedStackMessage,
  describeCfnError,
  failedResources,
  formatElapsed,
  isStackEvent,
  isStackMissing,
  progressLine,
  rollbackCompleteMessage,
  stackFailureMessage,
  templateTooLargeMessage,
  timeoutMessage,
} from './messages.js';
import {
  CHANGE_SET_NAME_PATTERN,
  FINGERPRINT_TAG,
  TEMPLATE_BODY_LIMIT,
  isBlocked,
  isEmptyChangeSetReason,
  isInProgress,
  isSettledSuccess,
  needsRecreate,
  newChangeSetName,
  successStatus,
} from './status.js';

export interface StackParameter {
  readonly ParameterKey: string;
  readonly ParameterValue: string;
}

export interface StackInput {
  readonly stackName: string;
  readonly templateBody: string;
  readonly parameters: readonly StackParameter[];
  /** Hash of what is deployed (template + parameters); stored in the `secure-dist:fingerprint` tag. */
  readonly fingerprint: string;
  /** Stack tags (CloudFormation copies them to the resources); the fingerprint tag is added. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Default: CAPABILITY_IAM and CAPABILITY_NAMED_IAM. */
  readonly capabilities?: readonly Capability[];
}

export interface PlanOptions {
  /** Bound on all waiting of one call, from its start. */
  readonly timeoutSeconds: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds, like `Date.now`. */
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Default: `secure-dist-<timestamp>-<random>`. */
  readonly changeSetName?: string;
  /** A number in [0, 1) for names and jitter; `Math.random` when absent. */
  readonly random?: () => number;
}

export interface DeployOptions extends PlanOptions {
  /** Delete and re-create a stack whose first creation failed (`recreate-failed-stack`). */
  readonly recreateFailed: boolean;
}

export type StackResultStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface StackResult {
  readonly stackName: string;
  readonly status: StackResultStatus;
  readonly outputs: Record<string, string>;
  readonly changes: readonly ResourceChange[];
  readonly durationMs: number;
  /** The stack's CloudFormation status at the end. */
  readonly stackStatus: string;
}

export interface StackPlan {
  readonly stackName: string;
  /**
   * `create`: the stack does not exist yet; `update`: it would change; `unchanged`: the change
   * set was empty; `skipped`: the fingerprint matches, so no change set was made.
   */
  readonly status: 'create' | 'update' | 'unchanged' | 'skipped';
  readonly changes: readonly ResourceChange[];
}

export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  'CAPABILITY_IAM',
  'CAPABILITY_NAMED_IAM',
];
/** First and longest pause between two polls. */
export const POLL_FIRST_MS = 2000;
export const POLL_MAX_MS = 10_000;
/** Attempts at one CloudFormation call that is throttled. */
export const THROTTLE_ATTEMPTS = 6;

interface Ctx {
  readonly client: CloudFormationClient;
  readonly name: string;
  readonly opts: PlanOptions;
  readonly random: () => number;
  readonly start: number;
  readonly deadline: number;
  readonly call: CfnCall;
}

interface ChangeSetRef {
  readonly name: string;
  /** ARN, or the name when CloudFormation did not answer one. */
  readonly id: string;
  /** Stack ARN, or the stack name. */
  readonly stackId: string;
  readonly type: 'CREATE' | 'UPDATE';
}

function makeCtx(client: CloudFormationClient, name: string, opts: PlanOptions): Ctx {
  const start = opts.now();
  const random = opts.random ?? Math.random;
  const call: CfnCall = async (action, fn) => {
    let attempts = 0;
    try {
      return await retry(
        (n) => {
          attempts = n;
          return fn();
        },
        {
          attempts: THROTTLE_ATTEMPTS,
          baseDelayMs: 1000,
          maxDelayMs: POLL_MAX_MS,
          sleep: opts.sleep,
          random,
          retryable: isThrottling,
          onRetry: (_e, n, delay) =>
            opts.log(
              `${name}: ${action} throttled (attempt ${n}/${THROTTLE_ATTEMPTS}), retrying in ${formatElapsed(delay)}`,
            ),
        },
      );
    } catch (e) {
      if (e instanceof DeployError || isStackMissing(e)) throw e;
      throw new DeployError(describeCfnError(e, action, name, attempts), name, undefined, [], {
        cause: e,
      });
    }
  };
  return {
    client,
    name,
    opts,
    random,
    start,
    deadline: start + opts.timeoutSeconds * 1000,
    call,
  };
}

function statusOf(s: Stack): string {
  return s.StackStatus ?? 'UNKNOWN';
}

function tagValue(s: Stack, key: string): string | undefined {
  return s.Tags?.find((t) => t.Key === key)?.Value;
}

function changeSetNameFor(ctx: Ctx): string {
  const name = ctx.opts.changeSetName ?? newChangeSetName(ctx.start, ctx.random);
  if (!CHANGE_SET_NAME_PATTERN.test(name)) {
    throw new DeployError(
      `change set name '${name}' for stack '${ctx.name}' is not valid: it must start with a letter, ` +
        'contain only letters, digits and hyphens, and be at most 128 characters long',
      ctx.name,
    );
  }
  return name;
}

/** The stack, or undefined when it does not exist (or is deleted). */
async function describeStack(ctx: Ctx, ref: string): Promise<Stack | undefined> {
  try {
    const res = await ctx.call('DescribeStacks', () =>
      ctx.client.send(new DescribeStacksCommand({ StackName: ref })),
    );
    const s = res.Stacks?.[0];
    return s === undefined || s.StackStatus === 'DELETE_COMPLETE' ? undefined : s;
  } catch (e) {
    if (isStackMissing(e)) return undefined;
    throw e;
  }
}

/**
 * Polls the stack (and logs its new events) until `isDone`; throws at the deadline.
 * `isDone` gets the stack (undefined once deleted) and whether an in-progress status was seen.
 */
async function waitForStack(
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
    const now = ctx.opts.now();
    const remaining = ctx.deadline - now;
    if (remaining <= 0) {
      throw new DeployError(
        timeoutMessage(ctx.name, activity, last, now - ctx.start, ctx.opts.timeoutSeconds),
        ctx.name,
        last,
      );
    }
    await ctx.opts.sleep(Math.min(delay, remaining));
    delay = Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
  }
}

/** A stack busy with an operation started elsewhere: wait until it settles. */
async function waitForSettle(ctx: Ctx, s: Stack): Promise<Stack | undefined> {
  const status = statusOf(s);
  ctx.opts.log(`${ctx.name}: ${status}; waiting for the operation in progress to finish`);
  const ref = s.StackId ?? ctx.name;
  const since = s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
  const events = new StackEventLog(ctx.client, ctx.call, ref, since);
  const settled = await waitForStack(
    ctx,
    ref,
    events,
    `finish its ${status} operation`,
    (x) => x === undefined || !isInProgress(statusOf(x)),
  );
  ctx.opts.log(`${ctx.name}: ${settled === undefined ? 'deleted' : statusOf(settled)}`);
  return settled;
}

/** The failed resources of the stack's last operation (for a stack found failed). */
async function lastFailures(ctx: Ctx, s: Stack): Promise<ResourceFailure[]> {
  const since = needsRecreate(statusOf(s))
    ? s.CreationTime
    : (s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime);
  const events = new StackEventLog(ctx.client, ctx.call, s.StackId ?? ctx.name, since);
  await events.poll();
  return failedResources(events.events);
}

async function deleteStackAndWait(ctx: Ctx, s: Stack, token: string): Promise<void> {
  const ref = s.StackId ?? ctx.name;
  const events = new StackEventLog(ctx.client, ctx.call, ref, undefined);
  await events.prime();
  await ctx.call('DeleteStack', () =>
    ctx.client.send(new DeleteStackCommand({ StackName: ref, ClientRequestToken: token })),
  );
  const final = await waitForStack(
    ctx,
    ref,
    events,
    'be deleted',
    (x) => x === undefined || !isInProgress(statusOf(x)),
  );
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

/** Reads the stack; waits if it is busy; refuses the states nothing can be deployed to. */
async function currentStack(
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

function fingerprintMatches(s: Stack | undefined, fingerprint: string): s is Stack {
  return (
    s !== undefined &&
    isSettledSuccess(statusOf(s)) &&
    tagValue(s, FINGERPRINT_TAG) === fingerprint &&
    fingerprint !== ''
  );
}

async function createChangeSet(
  ctx: Ctx,
  stack: StackInput,
  type: 'CREATE' | 'UPDATE',
  name: string,
): Promise<ChangeSetRef> {
  const bytes = Buffer.byteLength(stack.templateBody, 'utf8');
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new DeployError(templateTooLargeMessage(ctx.name, bytes, TEMPLATE_BODY_LIMIT), ctx.name);
  }
  const tags = Object.entries({ ...stack.tags, [FINGERPRINT_TAG]: stack.fingerprint }).map(
    ([Key, Value]) => ({ Key, Value }),
  );
  ctx.opts.log(`${ctx.name}: creating change set ${name} (${type})`);
  const res = await ctx.call('CreateChangeSet', () =>
    ctx.client.send(
      new CreateChangeSetCommand({
        StackName: ctx.name,
        ChangeSetName: name,
        ChangeSetType: type,
        ClientToken: name,
        Description: 'secure-dist-action',
        TemplateBody: stack.templateBody,
        Parameters: stack.parameters.map((p) => ({
          ParameterKey: p.ParameterKey,
          ParameterValue: p.ParameterValue,
        })),
        Capabilities: [...(stack.capabilities ?? DEFAULT_CAPABILITIES)],
        Tags: tags,
      }),
    ),
  );
  return { name, id: res.Id ?? name, stackId: res.StackId ?? ctx.name, type };
}

function describeChangeSetPage(
  ctx: Ctx,
  cs: ChangeSetRef,
  nextToken: string | undefined,
): Promise<DescribeChangeSetCommandOutput> {
  return ctx.call('DescribeChangeSet', () =>
    ctx.client.send(
      new DescribeChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
      }),
    ),
  );
}

/** Polls until CloudFormation has computed the change set; returns its first page. */
async function waitForChangeSet(
  ctx: Ctx,
  cs: ChangeSetRef,
): Promise<DescribeChangeSetCommandOutput> {
  let delay = POLL_FIRST_MS;
  for (;;) {
    const res = await describeChangeSetPage(ctx, cs, undefined);
    const status = res.Status ?? 'UNKNOWN';
    if (status !== 'CREATE_PENDING' && status !== 'CREATE_IN_PROGRESS') return res;
    const now = ctx.opts.now();
    const remaining = ctx.deadline - now;
    if (remaining <= 0) {
      throw new DeployError(
        timeoutMessage(
          ctx.name,
          `compute change set ${cs.name}`,
          `change set ${status}`,
          now - ctx.start,
          ctx.opts.timeoutSeconds,
        ),
        ctx.name,
      );
    }
    await ctx.opts.sleep(Math.min(delay, remaining));
    delay = Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
  }
}

/** Every change of the change set, all pages. */
async function allChanges(
  ctx: Ctx,
  cs: ChangeSetRef,
  first: DescribeChangeSetCommandOutput,
): Promise<ResourceChange[]> {
  const changes: Change[] = [...(first.Changes ?? [])];
  let token = first.NextToken;
  const tokens = new Set<string>();
  while (token !== undefined && token !== '' && !tokens.has(token)) {
    tokens.add(token);
    const page = await describeChangeSetPage(ctx, cs, token);
    changes.push(...(page.Changes ?? []));
    token = page.NextToken;
  }
  return toResourceChanges(changes);
}

function changeSetFailed(ctx: Ctx, cs: ChangeSetRef, reason: string | undefined): DeployError {
  return new DeployError(
    `change set ${cs.name} for stack '${ctx.name}' failed: ${reason ?? 'no reason given'}`,
    ctx.name,
  );
}

/**
 * Deletes the change set and, when the change set created the stack (CREATE: the stack is in
 * REVIEW_IN_PROGRESS and holds nothing), the stack too, waiting until it is gone.
 * Returns the errors instead of throwing them, so that a caller's own error comes first.
 */
async function discardChangeSet(
  ctx: Ctx,
  cs: ChangeSetRef,
  deleteReviewStack: boolean,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  try {
    await ctx.call('DeleteChangeSet', () =>
      ctx.client.send(new DeleteChangeSetCommand({ ChangeSetName: cs.id, StackName: cs.stackId })),
    );
  } catch (e) {
    errors.push(e);
  }
  if (deleteReviewStack) {
    try {
      await ctx.call('DeleteStack', () =>
        ctx.client.send(new DeleteStackCommand({ StackName: cs.stackId })),
      );
      const left = await waitForStack(
        ctx,
        cs.stackId,
        undefined,
        'be deleted',
        (x) => x === undefined || !isInProgress(statusOf(x)),
      );
      if (left !== undefined) {
        errors.push(
          new DeployError(
            `stack '${ctx.name}' (created empty, in REVIEW_IN_PROGRESS, by change set ${cs.name}) ` +
              `could not be deleted: ${statusOf(left)} ${left.StackStatusReason ?? ''}`.trim(),
            ctx.name,
            statusOf(left),
          ),
        );
      }
    } catch (e) {
      errors.push(e);
    }
  }
  return errors;
}

function logCleanupErrors(ctx: Ctx, errors: readonly unknown[]): void {
  for (const e of errors) ctx.opts.log(`${ctx.name}: cleanup failed: ${errorMessage(e)}`);
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
  const ctx = makeCtx(client, stack.stackName, opts);
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
  const current = await currentStack(ctx, opts.recreateFailed, (s) =>
    deleteStackAndWait(ctx, s, `${csName}-delete`.slice(0, 128)),
  );
  if (fingerprintMatches(current, stack.fingerprint)) {
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches); skipped`);
    return result('skipped', current, []);
  }

  const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
  const type = existed ? 'UPDATE' : 'CREATE';
  const cs = await createChangeSet(ctx, stack, type, csName);
  let described: DescribeChangeSetCommandOutput;
  try {
    described = await waitForChangeSet(ctx, cs);
  } catch (e) {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs, current === undefined));
    throw e;
  }

  if (described.Status !== 'CREATE_COMPLETE') {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs, current === undefined));
    if (current !== undefined && existed && isEmptyChangeSetReason(described.StatusReason)) {
      opts.log(`${ctx.name}: no changes`);
      return result('unchanged', current, []);
    }
    throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
  }
  if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs, current === undefined));
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

/**
 * What a deploy would change, from a change set that is deleted afterwards (and the empty
 * stack a CREATE change set makes, too): the plan leaves no trace and executes nothing.
 */
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
  if (fingerprintMatches(current, stack.fingerprint)) {
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches)`);
    return plan('skipped', []);
  }
  const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
  const type = existed ? 'UPDATE' : 'CREATE';
  const cs = await createChangeSet(ctx, stack, type, csName);

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

  const cleanup = await discardChangeSet(ctx, cs, current === undefined);
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
