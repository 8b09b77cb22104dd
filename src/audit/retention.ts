/**
 * Retention of the edge function's logs (`audit-retention-days`), set by `deploy`.
 *
 * CloudWatch Logs keeps a new log group's events forever, and Lambda@Edge creates the group
 * itself, in each region, the first time a replica there logs: no template can own it. So each
 * deploy looks for `/aws/lambda/us-east-1.<function>` in every region (DescribeLogGroups with
 * the name as prefix, the regions in parallel, throttling retried) and sets the retention
 * (PutRetentionPolicy, https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html)
 * where a group exists with another one. A region where the site gets its first viewers later
 * is covered by the next deploy.
 */
import {
  DescribeLogGroupsCommand,
  PutRetentionPolicyCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { errorMessage, errorName } from '../aws/retry.js';
import { EDGE_LOG_REGIONS, edgeLogGroupName, logsRetry, retry } from './log-groups.js';

export interface RetentionDeps {
  readonly logs: (region: string) => CloudWatchLogsClient;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** What happened in one region. */
export interface RegionRetention {
  readonly region: string;
  /** `absent`: no group there yet; `kept`: already at the retention; `set`: changed. */
  readonly action: 'absent' | 'kept' | 'set';
  /** The retention before (undefined = never expire). */
  readonly previousDays?: number | undefined;
}

export interface RetentionReport {
  readonly logGroup: string;
  readonly days: number;
  readonly regions: readonly RegionRetention[];
}

/** Does the log group exist in the region, and with which retention? (One page suffices: exact name.) */
async function findGroup(
  client: CloudWatchLogsClient,
  name: string,
  deps: RetentionDeps,
): Promise<{ found: boolean; days: number | undefined }> {
  let nextToken: string | undefined;
  do {
    const page = await retry(
      () =>
        client.send(
          new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken, limit: 50 }),
        ),
      logsRetry(deps.sleep, undefined, deps.random),
    );
    const group = page.logGroups?.find((g) => g.logGroupName === name);
    if (group !== undefined) return { found: true, days: group.retentionInDays };
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return { found: false, days: undefined };
}

/**
 * Sets the retention of the edge function's log group in every region where it exists. Throws
 * (naming the region) when a region fails after its retries; AccessDenied says which
 * permission the deploy role lacks.
 */
export async function setEdgeLogRetention(
  stackName: string,
  days: number,
  deps: RetentionDeps,
  regions: readonly string[] = EDGE_LOG_REGIONS,
): Promise<RetentionReport> {
  const logGroup = edgeLogGroupName(stackName);
  const results = await Promise.allSettled(
    regions.map(async (region): Promise<RegionRetention> => {
      const client = deps.logs(region);
      const { found, days: previousDays } = await findGroup(client, logGroup, deps);
      if (!found) return { region, action: 'absent' };
      if (previousDays === days) return { region, action: 'kept', previousDays };
      await retry(
        () =>
          client.send(
            new PutRetentionPolicyCommand({ logGroupName: logGroup, retentionInDays: days }),
          ),
        logsRetry(deps.sleep, undefined, deps.random),
      );
      return { region, action: 'set', previousDays };
    }),
  );
  const failures = results.flatMap((r, i) =>
    r.status === 'rejected' ? [`${regions[i] ?? '?'}: ${describe(r.reason)}`] : [],
  );
  if (failures.length > 0) {
    throw new Error(
      `could not set the retention of ${logGroup} (audit-retention-days: ${days}) in ` +
        `${failures.length} region(s): ${failures.join('; ')}`,
    );
  }
  return {
    logGroup,
    days,
    regions: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
  };
}

function describe(e: unknown): string {
  const name = errorName(e);
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    return (
      `AccessDenied: ${errorMessage(e)} (the deploy role needs logs:DescribeLogGroups and logs:PutRetentionPolicy ` +
      'on the edge log group: update the bootstrap stack)'
    );
  }
  return errorMessage(e);
}

/** One line for the log: where the retention was set, kept, or where no group exists yet. */
export function retentionSummary(r: RetentionReport): string {
  const of = (action: RegionRetention['action']) =>
    r.regions.filter((x) => x.action === action).map((x) => x.region);
  const set = of('set');
  const kept = of('kept');
  return (
    `log retention ${r.days} days on ${r.logGroup}: ` +
    `set in ${set.length > 0 ? set.join(', ') : 'no region'}, ` +
    `already so in ${kept.length > 0 ? kept.join(', ') : 'no region'}; ` +
    `${of('absent').length} region(s) have no such group yet`
  );
}

/** What `deploy` needs to set the retention: the site settings it reads. */
export interface RetentionStepSettings {
  readonly stackName: string;
  readonly auditLog: boolean;
  readonly auditRetentionDays: number;
}

/**
 * The deploy step, with `audit-log: true` only: the audit lines (user names, IP addresses) must
 * not be kept longer than `audit-retention-days`, so a failure (after retries) fails the
 * deploy, after the content was synced. Without `audit-log` the action leaves the log groups
 * alone: Lambda's own START/END/REPORT lines carry no personal data, and a deploy role from an
 * older bootstrap stack (without the log permissions) keeps working.
 */
export async function edgeLogRetentionStep(
  site: RetentionStepSettings,
  deps: RetentionDeps & { readonly info: (m: string) => void },
  regions?: readonly string[],
): Promise<RetentionReport | undefined> {
  if (!site.auditLog) return undefined;
  const report = await setEdgeLogRetention(site.stackName, site.auditRetentionDays, deps, regions);
  deps.info(retentionSummary(report));
  return report;
}
