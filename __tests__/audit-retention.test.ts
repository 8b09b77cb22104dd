/**
 * The retention step deploy runs on the edge function's log groups (`audit-retention-days`):
 * DescribeLogGroups in every region in parallel (paginated, throttling retried),
 * PutRetentionPolicy only where the group exists with another retention; AccessDenied is a
 * warning without `audit-log` and an error with it (aws-sdk-client-mock, one client per region).
 */
import { describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient,
  CloudWatchLogsServiceException,
  DescribeLogGroupsCommand,
  PutRetentionPolicyCommand,
  ThrottlingException,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import {
  edgeLogRetentionStep,
  retentionSummary,
  setEdgeLogRetention,
} from '../src/audit/retention.js';
import { EDGE_LOG_REGIONS, edgeLogGroupName } from '../src/audit/log-groups.js';

const GROUP = '/aws/lambda/us-east-1.docs-edge-viewer-request';
const REGIONS = ['us-east-1', 'eu-central-1', 'ap-south-1', 'sa-east-1'];

function setup() {
  const clients = new Map(REGIONS.map((r) => [r, new CloudWatchLogsClient({ region: r })]));
  const mocks = new Map(
    REGIONS.map((r) => [r, mockClient(clients.get(r) as CloudWatchLogsClient)]),
  );
  const sleeps: number[] = [];
  const deps = {
    logs: (region: string) => {
      const c = clients.get(region);
      if (c === undefined) throw new Error(region);
      return c;
    },
    sleep: (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  };
  const mock = (region: string) => {
    const m = mocks.get(region);
    if (m === undefined) throw new Error(region);
    return m;
  };
  return { deps, mock, sleeps };
}

const accessDenied = () =>
  new CloudWatchLogsServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message:
      'User: arn:aws:sts::123456789012:assumed-role/deploy/x is not authorized to perform: logs:DescribeLogGroups',
    $metadata: { httpStatusCode: 400 },
  });

describe('edge log retention', () => {
  it('names the group Lambda@Edge writes to and looks in the default regions', () => {
    expect(edgeLogGroupName('docs')).toBe(GROUP);
    expect(EDGE_LOG_REGIONS).toContain('us-east-1');
    expect(EDGE_LOG_REGIONS).toContain('eu-central-1');
    expect(new Set(EDGE_LOG_REGIONS).size).toBe(EDGE_LOG_REGIONS.length);
  });

  it('sets the retention where the group exists with another one, in parallel, retrying throttling', async () => {
    const { deps, mock, sleeps } = setup();
    // us-east-1: never expires yet; a look-alike group of another site comes first.
    mock('us-east-1')
      .on(DescribeLogGroupsCommand)
      .resolves({
        logGroups: [
          { logGroupName: `${GROUP}` },
          { logGroupName: `${GROUP}-2`, retentionInDays: 1 },
        ],
      });
    // eu-central-1: throttled, then found on the second page, at 30 days.
    mock('eu-central-1')
      .on(DescribeLogGroupsCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .resolvesOnce({ logGroups: [{ logGroupName: `${GROUP}-old` }], nextToken: 't1' })
      .resolvesOnce({ logGroups: [{ logGroupName: GROUP, retentionInDays: 30 }] });
    // ap-south-1: already 90 days.
    mock('ap-south-1')
      .on(DescribeLogGroupsCommand)
      .resolves({ logGroups: [{ logGroupName: GROUP, retentionInDays: 90 }] });
    // sa-east-1: no group (no viewer was served from there yet).
    mock('sa-east-1').on(DescribeLogGroupsCommand).resolves({ logGroups: [] });
    for (const r of REGIONS) mock(r).on(PutRetentionPolicyCommand).resolves({});

    const report = await setEdgeLogRetention('docs', 90, deps, REGIONS);
    expect(report.regions).toEqual([
      { region: 'us-east-1', action: 'set', previousDays: undefined },
      { region: 'eu-central-1', action: 'set', previousDays: 30 },
      { region: 'ap-south-1', action: 'kept', previousDays: 90 },
      { region: 'sa-east-1', action: 'absent' },
    ]);
    for (const [region, calls] of [
      ['us-east-1', 1],
      ['eu-central-1', 1],
      ['ap-south-1', 0],
      ['sa-east-1', 0],
    ] as const) {
      const puts = mock(region).commandCalls(PutRetentionPolicyCommand);
      expect({ region, calls: puts.length }).toEqual({ region, calls });
      for (const put of puts) {
        expect(put.args[0].input).toEqual({ logGroupName: GROUP, retentionInDays: 90 });
      }
    }
    expect(
      mock('eu-central-1')
        .commandCalls(DescribeLogGroupsCommand)
        .map((c) => c.args[0].input),
    ).toEqual([
      { logGroupNamePrefix: GROUP, nextToken: undefined, limit: 50 },
      { logGroupNamePrefix: GROUP, nextToken: undefined, limit: 50 },
      { logGroupNamePrefix: GROUP, nextToken: 't1', limit: 50 },
    ]);
    expect(sleeps).toHaveLength(1);
    expect(retentionSummary(report)).toBe(
      `log retention 90 days on ${GROUP}: set in us-east-1, eu-central-1, already so in ap-south-1; 1 region(s) have no such group yet`,
    );
  });

  it('fails naming every region that failed', async () => {
    const { deps, mock } = setup();
    for (const r of REGIONS) mock(r).on(DescribeLogGroupsCommand).resolves({ logGroups: [] });
    mock('ap-south-1').on(DescribeLogGroupsCommand).rejects(accessDenied());
    await expect(setEdgeLogRetention('docs', 90, deps, REGIONS)).rejects.toThrow(
      /in 1 region\(s\): ap-south-1: AccessDenied: .*update the bootstrap stack/,
    );
  });

  it('deploy runs it only with audit-log, and fails when it fails', async () => {
    const { deps, mock } = setup();
    for (const r of REGIONS) mock(r).on(DescribeLogGroupsCommand).rejects(accessDenied());
    const info: string[] = [];
    const step = { ...deps, info: (m: string) => info.push(m) };
    await expect(
      edgeLogRetentionStep(
        { stackName: 'docs', auditLog: false, auditRetentionDays: 90 },
        step,
        REGIONS,
      ),
    ).resolves.toBeUndefined();
    for (const r of REGIONS) expect(mock(r).calls()).toHaveLength(0);
    await expect(
      edgeLogRetentionStep(
        { stackName: 'docs', auditLog: true, auditRetentionDays: 90 },
        step,
        REGIONS,
      ),
    ).rejects.toThrow(/in 4 region\(s\).*logs:DescribeLogGroups and logs:PutRetentionPolicy/);

    for (const r of REGIONS) mock(r).reset();
    for (const r of REGIONS) mock(r).on(DescribeLogGroupsCommand).resolves({ logGroups: [] });
    const report = await edgeLogRetentionStep(
      { stackName: 'docs', auditLog: true, auditRetentionDays: 14 },
      step,
      REGIONS,
    );
    expect(report?.days).toBe(14);
    expect(info).toEqual([expect.stringMatching(/^log retention 14 days on /)]);
  });
});
