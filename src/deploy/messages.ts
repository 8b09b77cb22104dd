/**
 * The words of the deploy engine: progress lines from stack events, and errors that name the
 * stack, the failed resources and the reasons CloudFormation gave. Pure.
 */
import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { errorMessage, errorName, httpStatus, isThrottling } from '../aws/retry.js';

/** A resource that failed, as a stack event reported it. */
export interface ResourceFailure {
  readonly logicalId: string;
  readonly resourceType: string;
  readonly status: string;
  readonly reason: string;
}

export class DeployError extends Error {
  override name = 'DeployError';
  constructor(
    message: string,
    readonly stackName: string,
    readonly stackStatus: string | undefined = undefined,
    readonly failures: readonly ResourceFailure[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `42s`, `3m 05s`, `1h 02m`. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The stack's own events (as opposed to its resources'). */
export function isStackEvent(e: StackEvent): boolean {
  return (
    e.ResourceType === 'AWS::CloudFormation::Stack' &&
    (e.LogicalResourceId === e.StackName ||
      (e.PhysicalResourceId !== undefined && e.PhysicalResourceId === e.StackId))
  );
}

/** One line of progress: elapsed time, stack, resource, type, status, and the reason if any. */
export function progressLine(stackName: string, e: StackEvent, elapsedMs: number): string {
  const reason = e.ResourceStatusReason ? `: ${e.ResourceStatusReason}` : '';
  const resource = isStackEvent(e)
    ? 'stack'
    : `${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'})`;
  return `[${formatElapsed(elapsedMs)}] ${stackName}: ${resource} ${e.ResourceStatus ?? '?'}${reason}`;
}

/** The resources that failed, in the order of the events (oldest first). */
export function failedResources(chronological: readonly StackEvent[]): ResourceFailure[] {
  const out: ResourceFailure[] = [];
  for (const e of chronological) {
    if (isStackEvent(e) || !(e.ResourceStatus ?? '').endsWith('_FAILED')) continue;
    out.push({
      logicalId: e.LogicalResourceId ?? '?',
      resourceType: e.ResourceType ?? '?',
      status: e.ResourceStatus ?? '?',
      reason: e.ResourceStatusReason ?? '(no reason given)',
    });
  }
  return out;
}

function failureLines(failures: readonly ResourceFailure[], stackReason?: string): string[] {
  if (failures.length === 0) {
    return stackReason ? [`  Reason: ${stackReason}`] : ['  (CloudFormation named no resource)'];
  }
  return failures.map((f) => `  - ${f.logicalId} (${f.resourceType}) ${f.status}: ${f.reason}`);
}

function statusMeaning(status: string): string {
  switch (status) {
    case 'ROLLBACK_COMPLETE':
      return 'the creation failed and was rolled back';
    case 'ROLLBACK_FAILED':
      return 'the creation failed and so did its rollback';
    case 'UPDATE_ROLLBACK_COMPLETE':
      return 'the update failed and was rolled back; the stack is as it was before';
    case 'UPDATE_ROLLBACK_FAILED':
      return 'the update failed and so did its rollback';
    case 'CREATE_FAILED':
      return 'the creation failed';
    case 'UPDATE_FAILED':
      return 'the update failed';
    case 'DELETE_FAILED':
      return 'the deletion failed';
    default:
      return 'the operation did not complete';
  }
}

/** The error of a failed create or update: the stack, its status, the failed resources in order. */
export function stackFailureMessage(
  stackName: string,
  status: string,
  failures: readonly ResourceFailure[],
  stackReason?: string,
): string {
  const lines = [
    `stack '${stackName}' failed with ${status} (${statusMeaning(status)}). ` +
      (failures.length > 0 ? 'Failed resources, in order:' : 'CloudFormation said:'),
    ...failureLines(failures, stackReason),
  ];
  const advice = runtimeAdvice(failures);
  if (advice !== undefined) lines.push(advice);
  if (status === 'UPDATE_ROLLBACK_FAILED') lines.push(continueRollbackHint(stackName));
  return lines.join('\n');
}

function continueRollbackHint(stackName: string): string {
  return (
    `Fix or skip the resources above, then run \`aws cloudformation continue-update-rollback ` +
    `--stack-name ${stackName}\` and deploy again.`
  );
}

/** A stack whose first creation failed, and the user has not opted in to re-creating it. */
export function rollbackCompleteMessage(
  stackName: string,
  status: string,
  failures: readonly ResourceFailure[],
  stackReason?: string,
): string {
  return [
    `stack '${stackName}' is in ${status}: its first creation failed, and CloudFormation ` +
      'cannot update a stack in this state, only delete it. The creation failed because of:',
    ...failureLines(failures, stackReason),
    `Fix the cause, then delete the stack (\`aws cloudformation delete-stack --stack-name ${stackName}\`), ` +
      'or set the input `recreate-failed-stack: true` to let this action delete and re-create it.',
  ].join('\n');
}

/** A stack that needs a person: UPDATE_ROLLBACK_FAILED, DELETE_FAILED, … */
export function blockedStackMessage(
  stackName: string,
  status: string,
  failures: readonly ResourceFailure[],
  stackReason?: string,
): string {
  const fix =
    status === 'DELETE_FAILED'
      ? `Delete the stack by hand, retaining the resources that cannot be deleted ` +
        `(\`aws cloudformation delete-stack --stack-name ${stackName} --retain-resources …\`), then deploy again.`
      : continueRollbackHint(stackName);
  return [
    `stack '${stackName}' is in ${status} (${statusMeaning(status)}); nothing can be deployed to it until it is repaired:`,
    ...failureLines(failures, stackReason),
    fix,
  ].join('\n');
}

/** A wait that ran past `stack-timeout`. */
export function timeoutMessage(
  stackName: string,
  activity: string,
  lastStatus: string,
  elapsedMs: number,
  timeoutSeconds: number,
): string {
  return (
    `timed out after ${formatElapsed(elapsedMs)} waiting for stack '${stackName}' to ${activity} ` +
    `(\`stack-timeout\` is ${formatElapsed(timeoutSeconds * 1000)}); its last status was ${lastStatus}. ` +
    'CloudFormation may still be working on it: see the stack events, and raise `stack-timeout` if it is only slow.'
  );
}

/** Turns an SDK error of one CloudFormation call into a message naming the stack and the call. */
export function describeCfnError(
  e: unknown,
  action: string,
  stackName: string,
  attempts: number,
  roleArn?: string,
): string {
  const name = errorName(e);
  const msg = errorMessage(e);
  if (roleArn !== undefined && isServiceRoleError(msg)) {
    return serviceRoleMessage(action, stackName, roleArn, msg);
  }
  if (
    name === 'AccessDenied' ||
    name === 'AccessDeniedException' ||
    httpStatus(e) === 403 ||
    /not authorized to perform/i.test(msg)
  ) {
    return (
      `${action} on stack '${stackName}' was denied: ${msg}. The credentials in use need ` +
      `cloudformation:${action} on this stack (the bootstrap deploy role has it).`
    );
  }
  if (name === 'InsufficientCapabilitiesException') {
    return `${action} on stack '${stackName}' failed: ${msg}`;
  }
  const tries = isThrottling(e) ? ` (still throttled after ${attempts} attempts)` : '';
  const prefix = name !== '' && name !== 'Error' ? `${name}: ` : '';
  return `${action} on stack '${stackName}' failed${tries}: ${prefix}${msg}`;
}

/** The stack's own template would be refused; say so before CloudFormation does. */
export function templateTooLargeMessage(stackName: string, bytes: number, limit: number): string {
  return (
    `the template of stack '${stackName}' is ${bytes} bytes; CloudFormation accepts at most ` +
    `${limit} bytes in TemplateBody`
  );
}

/**
 * CloudFormation's words for a service role it cannot use: the caller may not pass it
 * (`iam:PassRole`), or CloudFormation cannot assume it ("Role … is invalid or cannot be
 * assumed"), or it is not a role ARN at all.
 */
export function isServiceRoleError(message: string): boolean {
  return (
    /iam:PassRole/i.test(message) ||
    /cannot be assumed/i.test(message) ||
    /is not a valid RoleARN/i.test(message) ||
    /not authorized to perform: sts:AssumeRole/i.test(message)
  );
}

/** What to do when the CloudFormation service role (`cloudformation-role`) cannot be used. */
export function serviceRoleMessage(
  action: string,
  stackName: string,
  roleArn: string,
  cause: string,
): string {
  return (
    `${action} on stack '${stackName}' failed: CloudFormation could not use the service role ` +
    `${roleArn} (input \`cloudformation-role\`): ${cause}. The role must exist, trust ` +
    'cloudformation.amazonaws.com, and the credentials of this run need iam:PassRole on it ' +
    '(the bootstrap stack creates `<stack-name>-cloudformation` and grants the deploy role that). ' +
    'Deploy or update the bootstrap stack, set `cloudformation-role` to the right ARN, or `none` ' +
    "to let CloudFormation act with this run's own credentials."
  );
}

/**
 * CloudFront refuses the edge function's runtime (`InvalidLambdaFunctionAssociation`,
 * "… runtime … not supported"): advice naming the input that picks it.
 */
export function runtimeAdvice(failures: readonly ResourceFailure[]): string | undefined {
  const refused = failures.some(
    (f) =>
      /InvalidLambdaFunctionAssociation/i.test(f.reason) &&
      /runtime/i.test(f.reason) &&
      /not supported/i.test(f.reason),
  );
  return refused
    ? "CloudFront refused the edge function's runtime for Lambda@Edge. Set the input " +
        '`edge-runtime: nodejs22.x` and deploy again (a new function version is published).'
    : undefined;
}
