/**
 * Change sets: created with a unique name (and, for deploys, the service role), polled until
 * CloudFormation has computed them, read (all pages), and deleted again when not executed.
 */
import {
  type Capability,
  type Change,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../aws/retry.js';
import { type ResourceChange, toResourceChanges } from './changes.js';
import { type Ctx, POLL_FIRST_MS, pollPause } from './context.js';
import {
  DeployError,
  isServiceRoleError,
  serviceRoleMessage,
  templateTooLargeMessage,
  timeoutMessage,
} from './messages.js';
import { FINGERPRINT_TAG, TEMPLATE_BODY_LIMIT } from './status.js';
import type { StackInput } from './types.js';

export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  'CAPABILITY_IAM',
  'CAPABILITY_NAMED_IAM',
];

export interface ChangeSetRef {
  readonly name: string;
  /** ARN, or the name when CloudFormation did not answer one. */
  readonly id: string;
  /** Stack ARN, or the stack name. */
  readonly stackId: string;
  readonly type: 'CREATE' | 'UPDATE';
}

/**
 * `roleArn`: the service role CloudFormation assumes for this and every later operation on the
 * stack (`RoleARN`); plan passes none (CloudFormation then uses the role the stack has).
 */
export async function createChangeSet(
  ctx: Ctx,
  stack: StackInput,
  type: 'CREATE' | 'UPDATE',
  name: string,
  roleArn: string | undefined,
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
        ...(roleArn !== undefined ? { RoleARN: roleArn } : {}),
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
export async function waitForChangeSet(
  ctx: Ctx,
  cs: ChangeSetRef,
): Promise<DescribeChangeSetCommandOutput> {
  let delay = POLL_FIRST_MS;
  for (;;) {
    const res = await describeChangeSetPage(ctx, cs, undefined);
    const status = res.Status ?? 'UNKNOWN';
    if (status !== 'CREATE_PENDING' && status !== 'CREATE_IN_PROGRESS') return res;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) =>
        new DeployError(
          timeoutMessage(
            ctx.name,
            `compute change set ${cs.name}`,
            `change set ${status}`,
            elapsed,
            ctx.opts.timeoutSeconds,
          ),
          ctx.name,
        ),
    );
  }
}

/** Every change of the change set, all pages. */
export async function allChanges(
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
  return toResourceChanges(changes, ctx.opts.noteFor);
}

export function changeSetFailed(
  ctx: Ctx,
  cs: ChangeSetRef,
  reason: string | undefined,
): DeployError {
  const why = reason ?? 'no reason given';
  if (ctx.roleArn !== undefined && isServiceRoleError(why)) {
    return new DeployError(
      serviceRoleMessage(`change set ${cs.name}`, ctx.name, ctx.roleArn, why),
      ctx.name,
    );
  }
  return new DeployError(`change set ${cs.name} for stack '${ctx.name}' failed: ${why}`, ctx.name);
}

/**
 * Deletes the change set, never the stack: a CREATE change set leaves the stack in
 * REVIEW_IN_PROGRESS, holding nothing, and the next deploy creates it with its own change
 * set (a plan role may not delete stacks). Returns the error instead of throwing it, so that a
 * caller's own error comes first.
 */
export async function discardChangeSet(ctx: Ctx, cs: ChangeSetRef): Promise<unknown[]> {
  try {
    await ctx.call('DeleteChangeSet', () =>
      ctx.client.send(new DeleteChangeSetCommand({ ChangeSetName: cs.id, StackName: cs.stackId })),
    );
    return [];
  } catch (e) {
    return [e];
  }
}

export function logCleanupErrors(ctx: Ctx, errors: readonly unknown[]): void {
  for (const e of errors) ctx.opts.log(`${ctx.name}: cleanup failed: ${errorMessage(e)}`);
}
