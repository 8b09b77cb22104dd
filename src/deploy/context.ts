/**
 * What every step of one stack operation shares: the client, the stack's name, the options,
 * the deadline, and `call` (throttling retried, errors that name the stack and the call).
 */
import {
  type CloudFormationClient,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { isThrottling, retry } from '../aws/retry.js';
import { isStackMissing } from '../aws/stack-outputs.js';
import type { CfnCall } from './events.js';
import { DeployError, describeCfnError, formatElapsed } from './messages.js';
import { CHANGE_SET_NAME_PATTERN, newChangeSetName } from './status.js';
import type { PlanOptions } from './types.js';

/** First and longest pause between two polls. */
export const POLL_FIRST_MS = 2000;
export const POLL_MAX_MS = 10_000;
/** Attempts at one CloudFormation call that is throttled. */
export const THROTTLE_ATTEMPTS = 6;

export interface Ctx {
  readonly client: CloudFormationClient;
  readonly name: string;
  readonly opts: PlanOptions;
  readonly random: () => number;
  readonly start: number;
  readonly deadline: number;
  readonly call: CfnCall;
  /** `cloudformation-role`, for the messages of the calls that pass it. */
  readonly roleArn?: string | undefined;
}

export function makeCtx(
  client: CloudFormationClient,
  name: string,
  opts: PlanOptions,
  roleArn?: string,
): Ctx {
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
      throw new DeployError(
        describeCfnError(e, action, name, attempts, roleArn),
        name,
        undefined,
        [],
        { cause: e },
      );
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
    roleArn,
  };
}

export function statusOf(s: Stack): string {
  return s.StackStatus ?? 'UNKNOWN';
}

export function tagValue(s: Stack, key: string): string | undefined {
  return s.Tags?.find((t) => t.Key === key)?.Value;
}

export function changeSetNameFor(ctx: Ctx): string {
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
export async function describeStack(ctx: Ctx, ref: string): Promise<Stack | undefined> {
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

/** Sleeps the next poll interval, or throws `onTimeout()` once the deadline has passed. */
export async function pollPause(
  ctx: Ctx,
  delay: number,
  onTimeout: (elapsedMs: number) => DeployError,
): Promise<number> {
  const now = ctx.opts.now();
  const remaining = ctx.deadline - now;
  if (remaining <= 0) throw onTimeout(now - ctx.start);
  await ctx.opts.sleep(Math.min(delay, remaining));
  return Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
}
