/**
 * The deploy engine against a scripted CloudFormation (aws-sdk-client-mock): a small fake that
 * answers DescribeStacks, DescribeStackEvents, the change set calls and DeleteStack with the
 * shapes of the CloudFormation API reference, driven by a fake clock. Nothing waits.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  type Change,
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  DescribeStackDriftDetectionStatusCommand,
  type DescribeStackDriftDetectionStatusCommandOutput,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type CreateChangeSetCommandInput,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandInput,
  type DescribeChangeSetCommandOutput,
  type DescribeStackEventsCommandInput,
  type DescribeStacksCommandInput,
  ResourceStatus,
  type Stack,
  type StackEvent,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DeployError,
  FINGERPRINT_TAG,
  deployStack,
  planStack,
  type DeployOptions,
  type StackInput,
} from '../src/deploy/index.js';
import { CHANGE_SET_NAME_PATTERN } from '../src/deploy/status.js';
import { routeToFake, type CloudFormationFake } from './helpers/cloudformation-fake.js';

const NAME = 'secure-dist-site';
const ARN = 'arn:aws:cloudformation:eu-central-1:123456789012';
const T0 = Date.parse('2026-03-01T12:00:00Z');
const ROLE = 'arn:aws:iam::123456789012:role/secure-dist-cloudformation';
const EVENT_PAGE = 4; // small pages, so that paging is exercised

type EvSpec = readonly [logicalId: string, type: string, status: ResourceStatus, reason?: string];

interface Phase {
  /** Milliseconds after the operation started. */
  readonly at: number;
  readonly status: StackStatus;
  readonly reason?: string;
  readonly events?: readonly EvSpec[];
  /** No stack event for this phase (a stale status seen right after ExecuteChangeSet). */
  readonly silent?: boolean;
}

interface ChangeSetSpec {
  readonly status: 'CREATE_COMPLETE' | 'FAILED';
  readonly reason?: string;
  readonly pages?: readonly (readonly Change[])[];
  /** DescribeChangeSet answers CREATE_IN_PROGRESS this many times first. */
  readonly pendingPolls?: number;
}

/**
 * A stack event carries the stack's status; the SDK's `ResourceStatus` type lacks a few of
 * them (REVIEW_IN_PROGRESS, *_CLEANUP_IN_PROGRESS), which such events then leave out here.
 */
function resourceStatus(status: string): { ResourceStatus?: ResourceStatus } {
  const known = Object.values(ResourceStatus).find((v) => v === status);
  return known === undefined ? {} : { ResourceStatus: known };
}

function throttling(): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: 'Throttling',
    $fault: 'client',
    $metadata: { httpStatusCode: 400, requestId: 'throttled' },
    message: 'Rate exceeded',
  });
}

function missing(name: string): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: `Stack with id ${name} does not exist`,
  });
}

function change(
  action: 'Add' | 'Modify' | 'Remove',
  logicalId: string,
  type: string,
  replacement?: 'True' | 'False' | 'Conditional',
): Change {
  return {
    Type: 'Resource',
    ResourceChange: {
      Action: action,
      LogicalResourceId: logicalId,
      ResourceType: type,
      ...(action !== 'Add' ? { PhysicalResourceId: `${logicalId.toLowerCase()}-physical` } : {}),
      ...(replacement !== undefined ? { Replacement: replacement } : {}),
      Scope: action === 'Modify' ? ['Properties'] : [],
      Details: [],
    },
  };
}

/** CloudFormation as a state machine over the fake clock. */
class FakeCloudFormation implements CloudFormationFake {
  t = T0;
  readonly sleeps: number[] = [];
  readonly logs: string[] = [];
  /** Commands answered with a throttling error first, by name, how many times. */
  readonly throttle = new Map<string, number>();
  changeSet: ChangeSetSpec = { status: 'CREATE_COMPLETE', pages: [[]] };
  execution: readonly Phase[] = [];
  deletion: readonly Phase[] = [
    { at: 0, status: 'DELETE_IN_PROGRESS' },
    { at: 4000, status: 'DELETE_COMPLETE' },
  ];
  outputs: Record<string, string> = {};
  createdChangeSets: CreateChangeSetCommandInput[] = [];
  private ids = 0;
  private stack: Stack | undefined;
  private op: { start: number; phases: readonly Phase[]; kind: 'execute' | 'delete' } | undefined;
  private events: StackEvent[] = [];
  private csPolls = 0;
  private csCreatedAt = T0;
  private pendingTags: Stack['Tags'] = [];

  constructor(initial?: { status: StackStatus; fingerprint?: string; history?: readonly Phase[] }) {
    if (initial === undefined) return;
    const id = this.newStackId();
    this.stack = {
      StackId: id,
      StackName: NAME,
      StackStatus: initial.status,
      CreationTime: new Date(T0 - 86_400_000),
      LastUpdatedTime: new Date(T0 - 3_600_000),
      Tags:
        initial.fingerprint !== undefined
          ? [
              { Key: FINGERPRINT_TAG, Value: initial.fingerprint },
              { Key: 'app', Value: 'docs' },
            ]
          : [],
      Outputs: [
        { OutputKey: 'BucketName', OutputValue: 'secure-dist-site-bucket-1' },
        { OutputKey: 'DistributionId', OutputValue: 'E2QWRUHAPOMQZL' },
      ],
      Capabilities: ['CAPABILITY_IAM'],
      DisableRollback: false,
      DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
    };
    const at = T0 - 86_400_000;
    for (const phase of initial.history ?? [{ at: 0, status: initial.status }]) {
      this.emit(id, at + phase.at, phase);
    }
  }

  private newStackId(): string {
    this.ids += 1;
    return `${ARN}:stack/${NAME}/0b1d7a70-1234-11f0-9c3e-0a1b2c3d4e${String(this.ids).padStart(2, '0')}`;
  }

  private emit(stackId: string, at: number, phase: Phase): void {
    let ms = at;
    if (phase.silent !== true) {
      this.events.push({
        StackId: stackId,
        EventId: `evt-${this.events.length}-${stackId.slice(-2)}`,
        StackName: NAME,
        LogicalResourceId: NAME,
        PhysicalResourceId: stackId,
        ResourceType: 'AWS::CloudFormation::Stack',
        Timestamp: new Date(ms),
        ...resourceStatus(phase.status),
        ...(phase.reason !== undefined ? { ResourceStatusReason: phase.reason } : {}),
      });
    }
    for (const [logicalId, type, status, reason] of phase.events ?? []) {
      ms += 10;
      this.events.push({
        StackId: stackId,
        EventId: `${logicalId}-${status}-${new Date(ms).toISOString()}`,
        StackName: NAME,
        LogicalResourceId: logicalId,
        PhysicalResourceId: status.endsWith('_IN_PROGRESS')
          ? ''
          : `${logicalId.toLowerCase()}-physical`,
        ResourceType: type,
        Timestamp: new Date(ms),
        ResourceStatus: status,
        ...(reason !== undefined ? { ResourceStatusReason: reason } : {}),
        ...(status.endsWith('_IN_PROGRESS') ? { ResourceProperties: '{}' } : {}),
      });
    }
  }

  /** The stack as it is now, or undefined when it never existed. */
  current(): Stack | undefined {
    if (this.stack === undefined) return undefined;
    if (this.op === undefined) return this.stack;
    const elapsed = this.t - this.op.start;
    let phase: Phase | undefined;
    for (const p of this.op.phases) if (p.at <= elapsed) phase = p;
    if (phase === undefined) return this.stack;
    const last = this.op.phases[this.op.phases.length - 1];
    const success =
      phase === last && phase.status.endsWith('_COMPLETE') && !phase.status.includes('ROLLBACK');
    return {
      ...this.stack,
      StackStatus: phase.status,
      ...(phase.reason !== undefined ? { StackStatusReason: phase.reason } : {}),
      ...(this.op.kind === 'execute' && this.stack.StackStatus !== 'REVIEW_IN_PROGRESS'
        ? { LastUpdatedTime: new Date(this.op.start) }
        : {}),
      ...(this.op.kind === 'delete' ? { DeletionTime: new Date(this.op.start) } : {}),
      ...(success && this.op.kind === 'execute'
        ? {
            Tags: this.pendingTags,
            Outputs: Object.entries(this.outputs).map(([OutputKey, OutputValue]) => ({
              OutputKey,
              OutputValue,
            })),
          }
        : {}),
    };
  }

  private throttled(command: string): void {
    const n = this.throttle.get(command) ?? 0;
    if (n > 0) {
      this.throttle.set(command, n - 1);
      throw throttling();
    }
  }

  private isDeleted(s: Stack | undefined): boolean {
    return s === undefined || s.StackStatus === 'DELETE_COMPLETE';
  }

  describeStacks(input: DescribeStacksCommandInput) {
    this.throttled('DescribeStacks');
    const s = this.current();
    const byId = input.StackName?.startsWith('arn:') === true;
    if (
      s === undefined ||
      (this.isDeleted(s) && !byId) ||
      (byId && s.StackId !== input.StackName)
    ) {
      throw missing(input.StackName ?? '');
    }
    return { $metadata: {}, Stacks: [s] };
  }

  describeStackEvents(input: DescribeStackEventsCommandInput) {
    this.throttled('DescribeStackEvents');
    const s = this.current();
    const byId = input.StackName?.startsWith('arn:') === true;
    if (s === undefined || (this.isDeleted(s) && !byId)) throw missing(input.StackName ?? '');
    const id = byId ? input.StackName : s.StackId;
    const visible = this.events
      .filter((e) => e.StackId === id && (e.Timestamp?.getTime() ?? 0) <= this.t)
      .reverse(); // newest first
    const offset = input.NextToken === undefined ? 0 : Number(input.NextToken);
    const page = visible.slice(offset, offset + EVENT_PAGE);
    const next = offset + EVENT_PAGE < visible.length ? String(offset + EVENT_PAGE) : undefined;
    return { $metadata: {}, StackEvents: page, ...(next !== undefined ? { NextToken: next } : {}) };
  }

  createChangeSet(input: CreateChangeSetCommandInput) {
    this.throttled('CreateChangeSet');
    this.createdChangeSets.push(input);
    this.csPolls = 0;
    this.csCreatedAt = this.t;
    this.pendingTags = input.Tags ?? [];
    if (this.isDeleted(this.current())) {
      expect(input.ChangeSetType).toBe('CREATE');
      const id = this.newStackId();
      this.op = undefined;
      this.stack = {
        StackId: id,
        StackName: NAME,
        StackStatus: 'REVIEW_IN_PROGRESS',
        StackStatusReason: 'User Initiated',
        CreationTime: new Date(this.t - 5),
        DisableRollback: false,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      };
      this.emit(id, this.t - 5, { at: 0, status: 'REVIEW_IN_PROGRESS', reason: 'User Initiated' });
    } else {
      const s = this.current();
      if (s !== undefined) {
        this.stack = s;
        this.op = undefined;
      }
    }
    return {
      $metadata: {},
      Id: `${ARN}:changeSet/${input.ChangeSetName ?? ''}/5a1e2b3c-0000-4000-8000-000000000001`,
      StackId: this.stack?.StackId,
    };
  }

  describeChangeSet(input: DescribeChangeSetCommandInput): DescribeChangeSetCommandOutput {
    this.throttled('DescribeChangeSet');
    const base = {
      $metadata: {},
      ChangeSetName: this.createdChangeSets.at(-1)?.ChangeSetName,
      ChangeSetId: input.ChangeSetName,
      StackId: this.stack?.StackId,
      StackName: NAME,
      CreationTime: new Date(this.csCreatedAt),
      Capabilities: [],
    };
    if (input.NextToken === undefined) this.csPolls += 1;
    if (this.csPolls <= (this.changeSet.pendingPolls ?? 0)) {
      return { ...base, Status: 'CREATE_IN_PROGRESS', ExecutionStatus: 'UNAVAILABLE' };
    }
    if (this.changeSet.status === 'FAILED') {
      return {
        ...base,
        Status: 'FAILED',
        ExecutionStatus: 'UNAVAILABLE',
        ...(this.changeSet.reason !== undefined ? { StatusReason: this.changeSet.reason } : {}),
        Changes: [],
      };
    }
    const pages = this.changeSet.pages ?? [[]];
    const index = input.NextToken === undefined ? 0 : Number(input.NextToken);
    return {
      ...base,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: [...(pages[index] ?? [])],
      ...(index + 1 < pages.length ? { NextToken: String(index + 1) } : {}),
    };
  }

  executeChangeSet(): void {
    this.throttled('ExecuteChangeSet');
    const s = this.current();
    if (s === undefined) throw new Error('no stack to execute on');
    this.stack = s;
    this.op = { start: this.t, phases: this.execution, kind: 'execute' };
    for (const phase of this.execution) this.emit(s.StackId ?? '', this.t + phase.at, phase);
  }

  deleteStack(): void {
    const s = this.current();
    if (s === undefined) throw new Error('no stack to delete');
    this.stack = s;
    this.op = { start: this.t, phases: this.deletion, kind: 'delete' };
    for (const phase of this.deletion) this.emit(s.StackId ?? '', this.t + phase.at, phase);
  }
}

const cfnMock = mockClient(CloudFormationClient);
const client = new CloudFormationClient({ region: 'eu-central-1' });
let fake: FakeCloudFormation;

function install(f: FakeCloudFormation): FakeCloudFormation {
  fake = f;
  routeToFake(cfnMock, f);
  return f;
}

function options(extra: Partial<DeployOptions> = {}): DeployOptions {
  return {
    timeoutSeconds: 1800,
    recreateFailed: false,
    sleep: async (ms) => {
      fake.sleeps.push(ms);
      fake.t += ms;
    },
    now: () => fake.t,
    log: (line) => fake.logs.push(line),
    random: () => 0.25,
    ...extra,
  };
}

const STACK: StackInput = {
  stackName: NAME,
  templateBody: JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } }),
  parameters: [
    {
      ParameterKey: 'EdgeFunctionVersionArn',
      ParameterValue: 'arn:aws:lambda:us-east-1:123456789012:function:auth:3',
    },
  ],
  fingerprint: 'f1f1f1f1',
  tags: { app: 'docs' },
};

function commandNames(): string[] {
  return cfnMock.calls().map((c) => c.args[0].constructor.name.replace(/Command$/, ''));
}

function count(name: string): number {
  return commandNames().filter((n) => n === name).length;
}

async function failure(p: Promise<unknown>): Promise<DeployError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof DeployError)) throw new Error(`expected a DeployError, got ${String(e)}`);
  return e;
}

const CREATE_OK: readonly Phase[] = [
  {
    at: 0,
    status: 'CREATE_IN_PROGRESS',
    reason: 'User Initiated',
    events: [
      ['Bucket', 'AWS::S3::Bucket', 'CREATE_IN_PROGRESS'],
      ['Bucket', 'AWS::S3::Bucket', 'CREATE_IN_PROGRESS', 'Resource creation Initiated'],
    ],
  },
  {
    at: 5000,
    status: 'CREATE_IN_PROGRESS',
    silent: true,
    events: [['Bucket', 'AWS::S3::Bucket', 'CREATE_COMPLETE']],
  },
  {
    at: 9000,
    status: 'CREATE_IN_PROGRESS',
    silent: true,
    events: [
      ['Distribution', 'AWS::CloudFront::Distribution', 'CREATE_IN_PROGRESS'],
      ['Distribution', 'AWS::CloudFront::Distribution', 'CREATE_COMPLETE'],
    ],
  },
  { at: 20_000, status: 'CREATE_COMPLETE' },
];

beforeEach(() => {
  install(new FakeCloudFormation());
});

describe('deployStack', () => {
  it('first deploy: creates the stack with a CREATE change set and reports progress', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pendingPolls: 2,
      pages: [
        [
          change('Add', 'Bucket', 'AWS::S3::Bucket'),
          change('Add', 'Distribution', 'AWS::CloudFront::Distribution'),
        ],
      ],
    };
    f.execution = CREATE_OK;
    f.outputs = { BucketName: 'secure-dist-site-bucket-9', DistributionId: 'E1ABCDEF' };

    const result = await deployStack(client, STACK, options());

    expect(result).toEqual({
      stackName: NAME,
      status: 'created',
      outputs: { BucketName: 'secure-dist-site-bucket-9', DistributionId: 'E1ABCDEF' },
      changes: [
        {
          logicalId: 'Bucket',
          resourceType: 'AWS::S3::Bucket',
          action: 'Add',
          replacement: undefined,
        },
        {
          logicalId: 'Distribution',
          resourceType: 'AWS::CloudFront::Distribution',
          action: 'Add',
          replacement: undefined,
        },
      ],
      durationMs: f.t - T0,
      stackStatus: 'CREATE_COMPLETE',
    });
    const [input] = f.createdChangeSets;
    expect(input?.ChangeSetType).toBe('CREATE');
    expect(input?.ChangeSetName).toMatch(CHANGE_SET_NAME_PATTERN);
    expect(input?.ChangeSetName).toMatch(/^secure-dist-20260301T120000Z-[0-9a-z]{6}$/);
    expect(input?.ClientToken).toBe(input?.ChangeSetName);
    expect(input?.Capabilities).toEqual(['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']);
    expect(input?.Tags).toEqual([
      { Key: 'app', Value: 'docs' },
      { Key: FINGERPRINT_TAG, Value: 'f1f1f1f1' },
    ]);
    expect(input?.Parameters).toEqual(STACK.parameters);
    expect(input?.TemplateBody).toBe(STACK.templateBody);
    expect(count('ExecuteChangeSet')).toBe(1);

    // Progress: every event of the execution once, in order, with elapsed time; not the
    // REVIEW_IN_PROGRESS event from before it.
    const progress = f.logs.filter((l) => /^\[\d/.test(l));
    expect(progress).toEqual([
      expect.stringMatching(
        /^\[\d+s\] secure-dist-site: stack CREATE_IN_PROGRESS: User Initiated$/,
      ),
      expect.stringMatching(/Bucket \(AWS::S3::Bucket\) CREATE_IN_PROGRESS$/),
      expect.stringMatching(
        /Bucket \(AWS::S3::Bucket\) CREATE_IN_PROGRESS: Resource creation Initiated$/,
      ),
      expect.stringMatching(/Bucket \(AWS::S3::Bucket\) CREATE_COMPLETE$/),
      expect.stringMatching(/Distribution \(AWS::CloudFront::Distribution\) CREATE_IN_PROGRESS$/),
      expect.stringMatching(/Distribution \(AWS::CloudFront::Distribution\) CREATE_COMPLETE$/),
      expect.stringMatching(/^\[\d+s\] secure-dist-site: stack CREATE_COMPLETE$/),
    ]);
    expect(f.logs.join('\n')).not.toContain('REVIEW_IN_PROGRESS');
    // Capped backoff polling: 2 s first, growing, never above 10 s.
    expect(f.sleeps[0]).toBe(2000);
    expect(Math.max(...f.sleeps)).toBeLessThanOrEqual(10_000);
  });

  it('unchanged deploy: the fingerprint matches, so exactly one DescribeStacks and nothing else', async () => {
    install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
    const result = await deployStack(client, STACK, options());
    expect(result).toEqual({
      stackName: NAME,
      status: 'skipped',
      outputs: { BucketName: 'secure-dist-site-bucket-1', DistributionId: 'E2QWRUHAPOMQZL' },
      changes: [],
      durationMs: 0,
      stackStatus: 'UPDATE_COMPLETE',
    });
    expect(commandNames()).toEqual(['DescribeStacks']);
  });

  it('template change: updates with an UPDATE change set, all pages of changes', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pendingPolls: 1,
      pages: [
        [change('Modify', 'Distribution', 'AWS::CloudFront::Distribution', 'False')],
        [
          change('Modify', 'Bucket', 'AWS::S3::Bucket', 'True'),
          change('Remove', 'OldPolicy', 'AWS::S3::BucketPolicy'),
        ],
      ],
    };
    f.execution = [
      {
        at: 0,
        status: 'UPDATE_IN_PROGRESS',
        reason: 'User Initiated',
        events: [['Distribution', 'AWS::CloudFront::Distribution', 'UPDATE_IN_PROGRESS']],
      },
      {
        at: 30_000,
        status: 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
        events: [['Distribution', 'AWS::CloudFront::Distribution', 'UPDATE_COMPLETE']],
      },
      {
        at: 40_000,
        status: 'UPDATE_COMPLETE',
        events: [['OldPolicy', 'AWS::S3::BucketPolicy', 'DELETE_COMPLETE']],
      },
    ];
    f.outputs = { BucketName: 'secure-dist-site-bucket-2' };

    const result = await deployStack(client, STACK, options());
    expect(result.status).toBe('updated');
    expect(result.stackStatus).toBe('UPDATE_COMPLETE');
    expect(result.outputs).toEqual({ BucketName: 'secure-dist-site-bucket-2' });
    expect(result.changes).toEqual([
      {
        logicalId: 'Distribution',
        resourceType: 'AWS::CloudFront::Distribution',
        action: 'Modify',
        replacement: 'False',
      },
      {
        logicalId: 'Bucket',
        resourceType: 'AWS::S3::Bucket',
        action: 'Modify',
        replacement: 'True',
      },
      {
        logicalId: 'OldPolicy',
        resourceType: 'AWS::S3::BucketPolicy',
        action: 'Remove',
        replacement: undefined,
      },
    ]);
    expect(f.createdChangeSets[0]?.ChangeSetType).toBe('UPDATE');
    expect(result.durationMs).toBeGreaterThanOrEqual(40_000);
    expect(f.logs).toContain('secure-dist-site: Modify Bucket (AWS::S3::Bucket), replaced');
    // Only the events of this update: the stack's history is not replayed.
    expect(f.logs.filter((l) => l.endsWith('stack UPDATE_COMPLETE'))).toHaveLength(1);
  });

  it('an empty change set is success: unchanged, change set deleted, nothing executed', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'other' }));
    f.changeSet = {
      status: 'FAILED',
      reason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    };
    const result = await deployStack(client, STACK, options());
    expect(result.status).toBe('unchanged');
    expect(result.changes).toEqual([]);
    expect(result.outputs['DistributionId']).toBe('E2QWRUHAPOMQZL');
    expect(count('ExecuteChangeSet')).toBe(0);
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('DeleteStack')).toBe(0);
  });

  it('"No updates are to be performed." is an empty change set too', async () => {
    const f = install(
      new FakeCloudFormation({ status: 'UPDATE_ROLLBACK_COMPLETE', fingerprint: 'f1f1f1f1' }),
    );
    f.changeSet = { status: 'FAILED', reason: 'No updates are to be performed.' };
    await expect(deployStack(client, STACK, options())).resolves.toMatchObject({
      status: 'unchanged',
    });
  });

  it('a change set that fails for another reason is an error with the reason', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'FAILED',
      reason: 'Parameters: [DomainName] must have values',
    };
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.message).toContain(`stack '${NAME}'`);
    expect(e.message).toContain('Parameters: [DomainName] must have values');
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('ExecuteChangeSet')).toBe(0);
  });

  it('failed create: the error names the stack and lists the failed resources with reasons, in order', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
    };
    f.execution = [
      {
        at: 0,
        status: 'CREATE_IN_PROGRESS',
        reason: 'User Initiated',
        events: [
          ['Bucket', 'AWS::S3::Bucket', 'CREATE_IN_PROGRESS'],
          ['EdgeRole', 'AWS::IAM::Role', 'CREATE_IN_PROGRESS'],
        ],
      },
      {
        at: 6000,
        status: 'ROLLBACK_IN_PROGRESS',
        reason:
          'The following resource(s) failed to create: [Bucket, EdgeRole]. Rollback requested by user.',
        events: [
          [
            'Bucket',
            'AWS::S3::Bucket',
            'CREATE_FAILED',
            'Resource handler returned message: "secure-dist-site-bucket already exists"',
          ],
          ['EdgeRole', 'AWS::IAM::Role', 'CREATE_FAILED', 'Resource creation cancelled'],
        ],
      },
      {
        at: 15_000,
        status: 'ROLLBACK_COMPLETE',
        events: [['EdgeRole', 'AWS::IAM::Role', 'DELETE_COMPLETE']],
      },
    ];
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.stackName).toBe(NAME);
    expect(e.stackStatus).toBe('ROLLBACK_COMPLETE');
    expect(e.message).toContain(`stack '${NAME}' failed with ROLLBACK_COMPLETE`);
    const lines = e.message.split('\n');
    const bucket = lines.findIndex((l) =>
      l.includes(
        'Bucket (AWS::S3::Bucket) CREATE_FAILED: Resource handler returned message: "secure-dist-site-bucket already exists"',
      ),
    );
    const role = lines.findIndex((l) =>
      l.includes('EdgeRole (AWS::IAM::Role) CREATE_FAILED: Resource creation cancelled'),
    );
    expect(bucket).toBeGreaterThan(0);
    expect(role).toBeGreaterThan(bucket);
    expect(e.failures.map((x) => x.logicalId)).toEqual(['Bucket', 'EdgeRole']);
  });

  it('failed update rolled back (UPDATE_ROLLBACK_COMPLETE): error with the reasons', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Modify', 'Distribution', 'AWS::CloudFront::Distribution', 'False')]],
    };
    f.execution = [
      {
        at: 0,
        status: 'UPDATE_IN_PROGRESS',
        reason: 'User Initiated',
        events: [['Distribution', 'AWS::CloudFront::Distribution', 'UPDATE_IN_PROGRESS']],
      },
      {
        at: 12_000,
        status: 'UPDATE_ROLLBACK_IN_PROGRESS',
        reason: 'The following resource(s) failed to update: [Distribution].',
        events: [
          [
            'Distribution',
            'AWS::CloudFront::Distribution',
            'UPDATE_FAILED',
            'Resource handler returned message: "Invalid request provided: The parameter Lambda function associations must use a version ARN"',
          ],
        ],
      },
      { at: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS' },
      { at: 35_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
    ];
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.stackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(e.message).toContain(`stack '${NAME}' failed with UPDATE_ROLLBACK_COMPLETE`);
    expect(e.message).toContain('rolled back');
    expect(e.message).toContain(
      'Distribution (AWS::CloudFront::Distribution) UPDATE_FAILED: Resource handler returned message: "Invalid request provided: The parameter Lambda function associations must use a version ARN"',
    );
  });

  describe('a stack in ROLLBACK_COMPLETE (its first creation failed)', () => {
    const history: readonly Phase[] = [
      { at: 0, status: 'CREATE_IN_PROGRESS', reason: 'User Initiated' },
      {
        at: 5000,
        status: 'ROLLBACK_IN_PROGRESS',
        events: [
          [
            'Bucket',
            'AWS::S3::Bucket',
            'CREATE_FAILED',
            'secure-dist-site-bucket already exists in stack arn:aws:cloudformation:…',
          ],
        ],
      },
      { at: 9000, status: 'ROLLBACK_COMPLETE' },
    ];

    it('without opt-in: fails with the cause and names `recreate-failed-stack`', async () => {
      install(new FakeCloudFormation({ status: 'ROLLBACK_COMPLETE', history }));
      const e = await failure(deployStack(client, STACK, options()));
      expect(e.message).toContain(`stack '${NAME}' is in ROLLBACK_COMPLETE`);
      expect(e.message).toContain(
        'Bucket (AWS::S3::Bucket) CREATE_FAILED: secure-dist-site-bucket already exists',
      );
      expect(e.message).toContain('`recreate-failed-stack: true`');
      expect(count('DeleteStack')).toBe(0);
      expect(count('CreateChangeSet')).toBe(0);
    });

    it('with opt-in: deletes it, waits for DELETE_COMPLETE, creates it again', async () => {
      const f = install(new FakeCloudFormation({ status: 'ROLLBACK_COMPLETE', history }));
      f.changeSet = {
        status: 'CREATE_COMPLETE',
        pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
      };
      f.execution = CREATE_OK;
      const result = await deployStack(client, STACK, options({ recreateFailed: true }));
      expect(result.status).toBe('created');
      expect(result.stackStatus).toBe('CREATE_COMPLETE');
      const names = commandNames();
      expect(names.indexOf('DeleteStack')).toBeLessThan(names.indexOf('CreateChangeSet'));
      expect(f.createdChangeSets[0]?.ChangeSetType).toBe('CREATE');
      expect(f.logs.join('\n')).toContain('recreate-failed-stack');
      expect(f.logs.join('\n')).toContain('already exists');
      const deleteCall = cfnMock.commandCalls(DeleteStackCommand)[0];
      expect(deleteCall?.args[0].input.StackName).toMatch(
        /^arn:aws:cloudformation:.*:stack\/secure-dist-site\//,
      );
    });
  });

  describe('service role (`cloudformation-role`, issue 9 #3)', () => {
    it('RoleARN goes on the CreateChangeSet of a deploy and on the DeleteStack of recreate-failed-stack', async () => {
      const history: readonly Phase[] = [
        { at: 0, status: 'CREATE_IN_PROGRESS' },
        { at: 9000, status: 'ROLLBACK_COMPLETE' },
      ];
      const f = install(new FakeCloudFormation({ status: 'ROLLBACK_COMPLETE', history }));
      f.changeSet = {
        status: 'CREATE_COMPLETE',
        pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
      };
      f.execution = CREATE_OK;
      await deployStack(client, STACK, options({ recreateFailed: true, roleArn: ROLE }));
      expect(cfnMock.commandCalls(DeleteStackCommand)[0]?.args[0].input.RoleARN).toBe(ROLE);
      expect(f.createdChangeSets[0]?.RoleARN).toBe(ROLE);
    });

    it('without a role, no RoleARN is sent', async () => {
      const f = install(new FakeCloudFormation());
      f.changeSet = {
        status: 'CREATE_COMPLETE',
        pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
      };
      f.execution = CREATE_OK;
      await deployStack(client, STACK, options());
      expect(f.createdChangeSets[0]).not.toHaveProperty('RoleARN');
    });

    it('beforeExecute runs right before ExecuteChangeSet with stack-timeout, so credentials can be renewed', async () => {
      const f = install(new FakeCloudFormation());
      f.changeSet = {
        status: 'CREATE_COMPLETE',
        pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
      };
      f.execution = CREATE_OK;
      const seen: Array<[number, string[]]> = [];
      await deployStack(
        client,
        STACK,
        options({
          beforeExecute: (ms) => {
            seen.push([ms, commandNames()]);
            return Promise.resolve();
          },
        }),
      );
      expect(seen).toHaveLength(1);
      expect(seen[0]?.[0]).toBe(1800 * 1000);
      expect(seen[0]?.[1]).not.toContain('ExecuteChangeSet');
      expect(commandNames()).toContain('ExecuteChangeSet');
    });

    it('a role CloudFormation cannot use: the error names `cloudformation-role` and the role ARN', async () => {
      install(new FakeCloudFormation());
      cfnMock.on(CreateChangeSetCommand).rejects(
        new CloudFormationServiceException({
          name: 'ValidationError',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
          message: `Role ${ROLE} is invalid or cannot be assumed`,
        }),
      );
      const e = await failure(deployStack(client, STACK, options({ roleArn: ROLE })));
      expect(e.message).toContain('`cloudformation-role`');
      expect(e.message).toContain(ROLE);
      expect(e.message).toContain('iam:PassRole');
    });

    it('a change set that fails because of the role: the same advice', async () => {
      const f = install(new FakeCloudFormation());
      f.changeSet = { status: 'FAILED', reason: `Role ${ROLE} is invalid or cannot be assumed` };
      const e = await failure(deployStack(client, STACK, options({ roleArn: ROLE })));
      expect(e.message).toContain('`cloudformation-role`');
      expect(e.message).toContain(`service role ${ROLE}`);
    });

    it('iam:PassRole denied: the same advice', async () => {
      install(new FakeCloudFormation());
      cfnMock.on(CreateChangeSetCommand).rejects(
        new CloudFormationServiceException({
          name: 'AccessDenied',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
          message: `User: arn:aws:sts::123456789012:assumed-role/deploy/s is not authorized to perform: iam:PassRole on resource: ${ROLE}`,
        }),
      );
      const e = await failure(deployStack(client, STACK, options({ roleArn: ROLE })));
      expect(e.message).toContain('`cloudformation-role`');
      expect(e.message).toContain(`service role ${ROLE}`);
    });
  });

  describe('beforeCreate (the leftover users secret check hangs here, issue 9 #1)', () => {
    it('runs before the CREATE change set of a new stack; throwing stops before any change', async () => {
      install(new FakeCloudFormation());
      const e = await deployStack(
        client,
        STACK,
        options({ beforeCreate: () => Promise.reject(new Error('leftover secret')) }),
      ).catch((x: unknown) => x);
      expect(String(e)).toContain('leftover secret');
      expect(commandNames()).toEqual(['DescribeStacks']);
    });

    it('runs before a failed stack is deleted for re-creation', async () => {
      const history: readonly Phase[] = [
        { at: 0, status: 'CREATE_IN_PROGRESS' },
        { at: 9000, status: 'ROLLBACK_COMPLETE' },
      ];
      install(new FakeCloudFormation({ status: 'ROLLBACK_COMPLETE', history }));
      let calls = 0;
      await deployStack(
        client,
        STACK,
        options({
          recreateFailed: true,
          beforeCreate: () => {
            calls += 1;
            return Promise.reject(new Error('stop'));
          },
        }),
      ).catch(() => undefined);
      expect(calls).toBe(1);
      expect(count('DeleteStack')).toBe(0);
    });

    it('is not called for an update', async () => {
      const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
      f.changeSet = {
        status: 'FAILED',
        reason: "The submitted information didn't contain changes.",
      };
      let called = false;
      await deployStack(
        client,
        STACK,
        options({
          beforeCreate: () => {
            called = true;
            return Promise.resolve();
          },
        }),
      );
      expect(called).toBe(false);
    });
  });

  it('CloudFront refusing the edge runtime: the failure advises `edge-runtime: nodejs22.x` (issue 9 #4)', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Modify', 'Distribution', 'AWS::CloudFront::Distribution', 'False')]],
    };
    f.execution = [
      { at: 0, status: 'UPDATE_IN_PROGRESS', reason: 'User Initiated' },
      {
        at: 12_000,
        status: 'UPDATE_ROLLBACK_IN_PROGRESS',
        events: [
          [
            'Distribution',
            'AWS::CloudFront::Distribution',
            'UPDATE_FAILED',
            // Shape of CloudFront's refusal as reported (github.com/Widen/cloudfront-auth/issues/59).
            'Resource handler returned message: "Invalid request provided: The function has a runtime that is not supported by Lambda@Edge: nodejs24.x Function: arn:aws:lambda:us-east-1:123456789012:function:secure-dist-edge-viewer-request:3 (Service: CloudFront, Status Code: 400, Request ID: 94b45c33) Error Code: InvalidLambdaFunctionAssociation"',
          ],
        ],
      },
      { at: 35_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
    ];
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.message).toContain('not supported by Lambda@Edge: nodejs24.x');
    expect(e.message).toContain('`edge-runtime: nodejs22.x`');
  });

  describe('verify-stacks: drift detection before trusting the fingerprint (issue 15 #11)', () => {
    const DETECTION = 'b78ac9b0-dec1-11e7-a451-503a3e7f8ef1';
    function driftStatus(
      drift: 'DRIFTED' | 'IN_SYNC',
      polls: number,
    ): () => DescribeStackDriftDetectionStatusCommandOutput {
      let n = 0;
      // Shapes of DetectStackDrift / DescribeStackDriftDetectionStatus in the API reference.
      return () => {
        n += 1;
        return {
          $metadata: {},
          StackId: `${ARN}:stack/${NAME}/x`,
          StackDriftDetectionId: DETECTION,
          DetectionStatus: n <= polls ? 'DETECTION_IN_PROGRESS' : 'DETECTION_COMPLETE',
          ...(n <= polls ? {} : { StackDriftStatus: drift }),
          DriftedStackResourceCount: drift === 'DRIFTED' ? 1 : 0,
          Timestamp: new Date(T0),
        };
      };
    }

    it('in sync: detection runs (polled until complete), then the stack is skipped', async () => {
      install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
      cfnMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: DETECTION });
      cfnMock.on(DescribeStackDriftDetectionStatusCommand).callsFake(driftStatus('IN_SYNC', 2));
      const result = await deployStack(client, STACK, options({ verifyDrift: true }));
      expect(result.status).toBe('skipped');
      expect(commandNames()).toEqual([
        'DescribeStacks',
        'DetectStackDrift',
        'DescribeStackDriftDetectionStatus',
        'DescribeStackDriftDetectionStatus',
        'DescribeStackDriftDetectionStatus',
      ]);
    });

    it('drifted: fails naming the stack, the resource and the drifted properties (no values)', async () => {
      install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
      cfnMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: DETECTION });
      cfnMock.on(DescribeStackDriftDetectionStatusCommand).callsFake(driftStatus('DRIFTED', 0));
      cfnMock.on(DescribeStackResourceDriftsCommand).resolves({
        StackResourceDrifts: [
          {
            StackId: `${ARN}:stack/${NAME}/x`,
            LogicalResourceId: 'Distribution',
            PhysicalResourceId: 'E2QWRUHAPOMQZL',
            ResourceType: 'AWS::CloudFront::Distribution',
            StackResourceDriftStatus: 'MODIFIED',
            PropertyDifferences: [
              {
                PropertyPath:
                  '/DistributionConfig/DefaultCacheBehavior/LambdaFunctionAssociations/0/LambdaFunctionARN',
                ExpectedValue: 'arn:aws:lambda:us-east-1:123456789012:function:auth:3',
                ActualValue: 'arn:aws:lambda:us-east-1:999999999999:function:evil:1',
                DifferenceType: 'NOT_EQUAL',
              },
            ],
            Timestamp: new Date(T0),
          },
        ],
      });
      const e = await failure(deployStack(client, STACK, options({ verifyDrift: true })));
      expect(e.message).toContain(`stack '${NAME}' has drifted`);
      expect(e.message).toContain('Distribution (AWS::CloudFront::Distribution) MODIFIED');
      expect(e.message).toContain('LambdaFunctionAssociations/0/LambdaFunctionARN (not_equal)');
      expect(e.message).not.toContain('evil');
      expect(
        cfnMock.commandCalls(DescribeStackResourceDriftsCommand)[0]?.args[0].input
          .StackResourceDriftStatusFilters,
      ).toEqual(['MODIFIED', 'DELETED']);
      expect(count('CreateChangeSet')).toBe(0);
    });

    it('detection that fails: the step fails with the reason (never trusts an unverified stack)', async () => {
      install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
      cfnMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: DETECTION });
      cfnMock.on(DescribeStackDriftDetectionStatusCommand).resolves({
        StackId: `${ARN}:stack/${NAME}/x`,
        StackDriftDetectionId: DETECTION,
        DetectionStatus: 'DETECTION_FAILED',
        DetectionStatusReason:
          'Failed to detect drift on resource [Distribution]: User is not authorized to perform: cloudfront:GetDistribution',
        StackDriftStatus: 'IN_SYNC',
        Timestamp: new Date(T0),
      });
      const e = await failure(deployStack(client, STACK, options({ verifyDrift: true })));
      expect(e.message).toContain('could not confirm the stack is in sync');
      expect(e.message).toContain('cloudfront:GetDistribution');
    });

    it('off (the default): no drift call at all', async () => {
      install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
      await deployStack(client, STACK, options());
      expect(commandNames()).toEqual(['DescribeStacks']);
    });
  });

  it('throttling: throttled calls are retried with backoff, then the deploy goes on', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.throttle.set('DescribeStacks', 2);
    f.throttle.set('CreateChangeSet', 1);
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Modify', 'Bucket', 'AWS::S3::Bucket', 'False')]],
    };
    f.execution = [
      { at: 0, status: 'UPDATE_IN_PROGRESS' },
      { at: 5000, status: 'UPDATE_COMPLETE' },
    ];
    const result = await deployStack(client, STACK, options());
    expect(result.status).toBe('updated');
    expect(count('CreateChangeSet')).toBe(2);
    expect(f.logs.filter((l) => l.includes('throttled'))).toHaveLength(3);
  });

  it('throttling that never ends: the call fails after its attempts, naming the stack', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.throttle.set('DescribeStacks', 100);
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.message).toContain(
      `DescribeStacks on stack '${NAME}' failed (still throttled after 6 attempts)`,
    );
    expect(count('DescribeStacks')).toBe(6);
  });

  it('a stack stuck in progress: throws at the timeout, naming the stack, status and time', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_IN_PROGRESS', fingerprint: 'old' }));
    const e = await failure(deployStack(client, STACK, options({ timeoutSeconds: 60 })));
    expect(e.message).toContain(`stack '${NAME}'`);
    expect(e.message).toContain('last status was UPDATE_IN_PROGRESS');
    expect(e.message).toContain('timed out after 1m 00s');
    expect(e.stackStatus).toBe('UPDATE_IN_PROGRESS');
    expect(f.t - T0).toBe(60_000);
    expect(f.sleeps.slice(0, 5)).toEqual([2000, 3000, 4500, 6750, 10_000]);
    expect(count('CreateChangeSet')).toBe(0);
  });

  it('a create that never finishes times out too (the wait is bounded, never only a warning)', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
    };
    f.execution = [{ at: 0, status: 'CREATE_IN_PROGRESS' }];
    const e = await failure(deployStack(client, STACK, options({ timeoutSeconds: 120 })));
    expect(e.message).toContain(`waiting for stack '${NAME}' to be created`);
    expect(e.message).toContain('last status was CREATE_IN_PROGRESS');
    expect(f.t - T0).toBe(120_000);
  });

  it('a stack busy at the start is waited for, then deployed', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    // Another run's update is in progress: it is an "execution" the fake already runs.
    f.execution = [
      { at: 0, status: 'UPDATE_IN_PROGRESS' },
      { at: 7000, status: 'UPDATE_COMPLETE' },
    ];
    f.executeChangeSet();
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Modify', 'Bucket', 'AWS::S3::Bucket', 'False')]],
    };
    const result = await deployStack(client, STACK, options());
    expect(result.status).toBe('updated');
    expect(f.logs[0]).toBe(
      'secure-dist-site: UPDATE_IN_PROGRESS; waiting for the operation in progress to finish',
    );
    expect(commandNames().indexOf('CreateChangeSet')).toBeGreaterThan(2);
  });

  it('right after ExecuteChangeSet a stale settled status does not end the wait', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Modify', 'Bucket', 'AWS::S3::Bucket', 'False')]],
    };
    f.execution = [
      { at: 0, status: 'UPDATE_COMPLETE', silent: true },
      { at: 1000, status: 'UPDATE_IN_PROGRESS' },
      {
        at: 8000,
        status: 'UPDATE_ROLLBACK_COMPLETE',
        events: [['Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'Access Denied']],
      },
    ];
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.stackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(e.message).toContain('Bucket (AWS::S3::Bucket) UPDATE_FAILED: Access Denied');
  });

  it('a stack in UPDATE_ROLLBACK_FAILED needs a person: the error says how to continue', async () => {
    install(
      new FakeCloudFormation({
        status: 'UPDATE_ROLLBACK_FAILED',
        fingerprint: 'old',
        history: [
          { at: 0, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
          {
            at: 100,
            status: 'UPDATE_ROLLBACK_FAILED',
            events: [['Bucket', 'AWS::S3::Bucket', 'UPDATE_FAILED', 'Bucket policy is invalid']],
          },
        ],
      }),
    );
    const e = await failure(deployStack(client, STACK, options()));
    expect(e.message).toContain('UPDATE_ROLLBACK_FAILED');
    expect(e.message).toContain('continue-update-rollback --stack-name secure-dist-site');
    expect(count('CreateChangeSet')).toBe(0);
  });

  it('refuses a template over 51,200 bytes before calling CreateChangeSet', async () => {
    install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    const big = { ...STACK, templateBody: 'x'.repeat(51_201) };
    const e = await failure(deployStack(client, big, options()));
    expect(e.message).toContain('51201 bytes');
    expect(count('CreateChangeSet')).toBe(0);
  });

  it('uses the given change set name and refuses an invalid one', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = { status: 'FAILED', reason: "The submitted information didn't contain changes." };
    await deployStack(client, STACK, options({ changeSetName: 'release-42' }));
    expect(f.createdChangeSets[0]?.ChangeSetName).toBe('release-42');
    const e = await failure(deployStack(client, STACK, options({ changeSetName: '42_release' })));
    expect(e.message).toContain("change set name '42_release'");
  });
});

describe('planStack', () => {
  it('existing stack: an UPDATE change set, described (all pages) and deleted; never executed', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pendingPolls: 1,
      pages: [
        [change('Modify', 'Distribution', 'AWS::CloudFront::Distribution', 'Conditional')],
        [change('Add', 'Logs', 'AWS::S3::Bucket')],
      ],
    };
    const plan = await planStack(client, STACK, options());
    expect(plan).toEqual({
      stackName: NAME,
      status: 'update',
      changes: [
        {
          logicalId: 'Distribution',
          resourceType: 'AWS::CloudFront::Distribution',
          action: 'Modify',
          replacement: 'Conditional',
        },
        {
          logicalId: 'Logs',
          resourceType: 'AWS::S3::Bucket',
          action: 'Add',
          replacement: undefined,
        },
      ],
    });
    expect(count('ExecuteChangeSet')).toBe(0);
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('DeleteStack')).toBe(0);
    const del = cfnMock.commandCalls(DeleteChangeSetCommand)[0]?.args[0].input;
    expect(del?.ChangeSetName).toMatch(/:changeSet\/secure-dist-/);
  });

  it('new stack: a CREATE change set, then only the change set is deleted, never the stack (issue 9 #2)', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
    };
    const plan = await planStack(client, STACK, options());
    expect(plan.status).toBe('create');
    expect(plan.changes).toHaveLength(1);
    expect(count('ExecuteChangeSet')).toBe(0);
    expect(count('DeleteChangeSet')).toBe(1);
    // A plan role may not delete stacks: the empty stack stays in REVIEW_IN_PROGRESS.
    expect(count('DeleteStack')).toBe(0);
    expect(f.current()?.StackStatus).toBe('REVIEW_IN_PROGRESS');
    // Plan never passes a service role.
    expect(f.createdChangeSets[0]?.RoleARN).toBeUndefined();
  });

  it('a stack left in REVIEW_IN_PROGRESS by a plan is created by the next deploy (CREATE change set on it)', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
    };
    await planStack(client, STACK, options());
    const reviewId = f.current()?.StackId;
    f.execution = CREATE_OK;
    f.outputs = { BucketName: 'b' };
    cfnMock.resetHistory();
    const result = await deployStack(client, STACK, options({ roleArn: ROLE }));
    expect(result.status).toBe('created');
    expect(result.stackStatus).toBe('CREATE_COMPLETE');
    expect(f.createdChangeSets[1]?.ChangeSetType).toBe('CREATE');
    expect(f.createdChangeSets[1]?.RoleARN).toBe(ROLE);
    expect(f.current()?.StackId).toBe(reviewId);
    expect(count('DeleteStack')).toBe(0);
  });

  it('deletes the change set (never the stack) even when describing it fails', async () => {
    const f = install(new FakeCloudFormation());
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')], []],
    };
    cfnMock.on(DescribeChangeSetCommand).callsFake((input: DescribeChangeSetCommandInput) => {
      if (input.NextToken !== undefined) {
        throw new CloudFormationServiceException({
          name: 'AccessDenied',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
          message: 'User is not authorized to perform: cloudformation:DescribeChangeSet',
        });
      }
      return f.describeChangeSet(input);
    });
    const e = await failure(planStack(client, STACK, options()));
    expect(e.message).toContain(`DescribeChangeSet on stack '${NAME}' was denied`);
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('DeleteStack')).toBe(0);
    expect(count('ExecuteChangeSet')).toBe(0);
  });

  it('an empty change set plans as unchanged, and is deleted', async () => {
    const f = install(new FakeCloudFormation({ status: 'UPDATE_COMPLETE', fingerprint: 'old' }));
    f.changeSet = {
      status: 'FAILED',
      reason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    };
    await expect(planStack(client, STACK, options())).resolves.toEqual({
      stackName: NAME,
      status: 'unchanged',
      changes: [],
    });
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('ExecuteChangeSet')).toBe(0);
  });

  it('a matching fingerprint plans as skipped with one call', async () => {
    install(new FakeCloudFormation({ status: 'CREATE_COMPLETE', fingerprint: 'f1f1f1f1' }));
    await expect(planStack(client, STACK, options())).resolves.toEqual({
      stackName: NAME,
      status: 'skipped',
      changes: [],
    });
    expect(commandNames()).toEqual(['DescribeStacks']);
  });

  it('does not delete a REVIEW_IN_PROGRESS stack it did not create', async () => {
    const f = install(new FakeCloudFormation({ status: 'REVIEW_IN_PROGRESS' }));
    f.changeSet = {
      status: 'CREATE_COMPLETE',
      pages: [[change('Add', 'Bucket', 'AWS::S3::Bucket')]],
    };
    const plan = await planStack(client, STACK, options());
    expect(plan.status).toBe('create');
    expect(f.createdChangeSets[0]?.ChangeSetType).toBe('CREATE');
    expect(count('DeleteChangeSet')).toBe(1);
    expect(count('DeleteStack')).toBe(0);
  });
});
