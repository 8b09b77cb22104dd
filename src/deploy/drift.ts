/**
 * `verify-stacks`: before a stack is skipped because its fingerprint tag matches, CloudFormation
 * drift detection compares its live resources with the template (DetectStackDrift, then
 * DescribeStackDriftDetectionStatus until done, then DescribeStackResourceDrifts). A drifted
 * resource (changed or deleted outside CloudFormation, e.g. the distribution's function
 * association swapped by hand) fails the step, naming the stack, the resource and the
 * properties; the values are not printed. In sync, the skip goes ahead.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DetectStackDrift.html
 *
 * IAM: cloudformation:DetectStackDrift (CloudFormation also authorizes
 * cloudformation:DetectStackResourceDrift for it) and DescribeStackResourceDrifts on the stack,
 * DescribeStackDriftDetectionStatus (no resource-level permission: `*`). CloudFormation reads
 * the live resources with the caller's credentials, so the role also needs read access to every
 * resource of the stack (the Get/Describe actions it already has for deploying them).
 */
import {
  DescribeStackDriftDetectionStatusCommand,
  type DescribeStackDriftDetectionStatusCommandOutput,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import { type Ctx, POLL_FIRST_MS, pollPause } from './context.js';
import { DeployError, timeoutMessage } from './messages.js';

/** One drifted resource, as plain data for messages. */
export interface ResourceDrift {
  readonly logicalId: string;
  readonly resourceType: string;
  /** `MODIFIED` or `DELETED`. */
  readonly status: string;
  /** Property paths that differ, e.g. `/DistributionConfig/DefaultCacheBehavior/...`. */
  readonly properties: readonly string[];
}

/** Throws a `DeployError` listing the drifted resources; returns when the stack is in sync. */
export async function verifyNoDrift(ctx: Ctx, stackRef: string): Promise<void> {
  ctx.opts.log(`${ctx.name}: verify-stacks: detecting drift before trusting the fingerprint`);
  const started = await ctx.call('DetectStackDrift', () =>
    ctx.client.send(new DetectStackDriftCommand({ StackName: stackRef })),
  );
  const id = started.StackDriftDetectionId;
  if (id === undefined) {
    throw new DeployError(
      `DetectStackDrift on stack '${ctx.name}' answered no detection id`,
      ctx.name,
    );
  }
  let delay = POLL_FIRST_MS;
  let status: DescribeStackDriftDetectionStatusCommandOutput;
  for (;;) {
    status = await ctx.call('DescribeStackDriftDetectionStatus', () =>
      ctx.client.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: id })),
    );
    if (status.DetectionStatus !== 'DETECTION_IN_PROGRESS') break;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) =>
        new DeployError(
          timeoutMessage(
            ctx.name,
            'finish drift detection',
            'DETECTION_IN_PROGRESS',
            elapsed,
            ctx.opts.timeoutSeconds,
          ),
          ctx.name,
        ),
    );
  }
  if (status.StackDriftStatus === 'DRIFTED') {
    const drifts = await driftedResources(ctx, stackRef);
    throw new DeployError(driftMessage(ctx.name, drifts), ctx.name);
  }
  if (status.DetectionStatus === 'DETECTION_FAILED' || status.StackDriftStatus !== 'IN_SYNC') {
    throw new DeployError(
      `stack '${ctx.name}': drift detection (verify-stacks) could not confirm the stack is in sync ` +
        `(${status.DetectionStatus ?? '?'}, ${status.StackDriftStatus ?? '?'}): ` +
        `${status.DetectionStatusReason ?? 'no reason given'}. Drift detection reads every resource ` +
        "with this run's credentials: they need read access to each of them.",
      ctx.name,
    );
  }
  ctx.opts.log(`${ctx.name}: in sync with its template (drift detection)`);
}

async function driftedResources(ctx: Ctx, stackRef: string): Promise<ResourceDrift[]> {
  const out: ResourceDrift[] = [];
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await ctx.call('DescribeStackResourceDrifts', () =>
      ctx.client.send(
        new DescribeStackResourceDriftsCommand({
          StackName: stackRef,
          StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
          ...(token !== undefined ? { NextToken: token } : {}),
        }),
      ),
    );
    out.push(...(page.StackResourceDrifts ?? []).map(toResourceDrift));
    token = page.NextToken;
    if (token !== undefined && seen.has(token)) break;
    if (token !== undefined) seen.add(token);
  } while (token !== undefined && token !== '');
  return out;
}

function toResourceDrift(d: StackResourceDrift): ResourceDrift {
  return {
    logicalId: d.LogicalResourceId ?? '?',
    resourceType: d.ResourceType ?? '?',
    status: d.StackResourceDriftStatus ?? '?',
    properties: (d.PropertyDifferences ?? []).map(
      (p) => `${p.PropertyPath ?? '?'} (${(p.DifferenceType ?? '?').toLowerCase()})`,
    ),
  };
}

/** Pure: the failure of a drifted stack. */
export function driftMessage(stackName: string, drifts: readonly ResourceDrift[]): string {
  const lines = drifts.map(
    (d) =>
      `  - ${d.logicalId} (${d.resourceType}) ${d.status}` +
      (d.properties.length > 0 ? `: ${d.properties.join(', ')}` : ''),
  );
  return [
    `stack '${stackName}' has drifted: its resources were changed outside CloudFormation ` +
      '(verify-stacks). Drifted resources:',
    ...(lines.length > 0 ? lines : ['  (CloudFormation listed none)']),
    'Find out who changed them (CloudTrail) and why. To restore what the template says, change ' +
      'the template or a parameter so that the next deploy updates the stack, or revert the change by ' +
      `hand; see \`aws cloudformation describe-stack-resource-drifts --stack-name ${stackName}\`.`,
  ].join('\n');
}
