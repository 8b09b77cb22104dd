/**
 * Where the edge function's logs are, and the calls every audit step shares: the log group's
 * name, the regions to look in, and the retry policy for CloudWatch Logs.
 *
 * Lambda@Edge writes a replica's logs to CloudWatch Logs in the region that ran it, in a group
 * named `/aws/lambda/us-east-1.<function name>` ("Lambda@Edge automatically adds the prefix
 * `us-east-1` to the function name ... The prefix remains part of the log group name even in
 * other Regions where the function is invoked", CloudFront Developer Guide, "Edge function
 * logs": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-logs.html).
 * The same page warns that CloudFront delivers these logs "on a best-effort basis": an audit
 * built on them can miss a line, rarely (docs/operations.md, "Who downloaded what").
 *
 * Which regions run replicas is not documented: they are the regions of CloudFront's regional
 * edge caches, which the AWS documentation does not list by region code (see "Which AWS regions
 * are Lambda@Edge functions executed in?", https://dev.to/aws-builders/which-aws-regions-are-lambdaedge-functions-executed-in-48dl).
 * So every step looks in every region that an AWS account has enabled by default (the
 * opt-in regions never host a regional edge cache as far as any public list shows); a region
 * without the group costs one cheap call.
 */
import { isThrottling, isTransient, retry, type RetryOptions } from '../aws/retry.js';

/** The edge function's name (edge.yaml: `${AWS::StackName}-viewer-request`, stack `<S>-edge`). */
export function edgeFunctionName(stackName: string): string {
  return `${stackName}-edge-viewer-request`;
}

/** The log group the function's replicas write to, in every region. */
export function edgeLogGroupName(stackName: string): string {
  return `/aws/lambda/us-east-1.${edgeFunctionName(stackName)}`;
}

/** The regions every AWS account has enabled by default (no opt-in), where replicas may run. */
export const EDGE_LOG_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
];

/** Retry policy for CloudWatch Logs calls: throttling and transient errors, jittered backoff. */
export function logsRetry(
  sleep: (ms: number) => Promise<void>,
  onRetry?: RetryOptions['onRetry'],
  random?: () => number,
): RetryOptions {
  return {
    attempts: 8,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    sleep,
    retryable: (e) => isThrottling(e) || isTransient(e),
    ...(onRetry !== undefined ? { onRetry } : {}),
    ...(random !== undefined ? { random } : {}),
  };
}

export { retry };
