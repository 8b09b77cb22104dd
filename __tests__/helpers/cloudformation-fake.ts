/**
 * Routes a mocked CloudFormation client (aws-sdk-client-mock) to a fake that keeps stack
 * state, so that tests of the deploy engine and of rotation share one wiring.
 */
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type CreateChangeSetCommandInput,
  type CreateChangeSetCommandOutput,
  type DeleteStackCommandInput,
  type DescribeChangeSetCommandInput,
  type DescribeChangeSetCommandOutput,
  type DescribeStackEventsCommandInput,
  type DescribeStackEventsCommandOutput,
  type DescribeStacksCommandInput,
  type DescribeStacksCommandOutput,
  type ExecuteChangeSetCommandInput,
  type CloudFormationClientResolvedConfig,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-cloudformation';
import type { AwsStub } from 'aws-sdk-client-mock';

/** What a fake answers; responses are shaped as in the CloudFormation API reference. */
export interface CloudFormationFake {
  describeStacks(input: DescribeStacksCommandInput): DescribeStacksCommandOutput;
  describeStackEvents(input: DescribeStackEventsCommandInput): DescribeStackEventsCommandOutput;
  createChangeSet(input: CreateChangeSetCommandInput): CreateChangeSetCommandOutput;
  describeChangeSet(input: DescribeChangeSetCommandInput): DescribeChangeSetCommandOutput;
  executeChangeSet(input: ExecuteChangeSetCommandInput): void;
  deleteStack?(input: DeleteStackCommandInput): void;
}

type CloudFormationMock = AwsStub<
  ServiceInputTypes,
  ServiceOutputTypes,
  CloudFormationClientResolvedConfig
>;

/** Resets the mock and sends every call the engine makes to `fake`. */
export function routeToFake(mock: CloudFormationMock, fake: CloudFormationFake): void {
  mock.reset();
  mock
    .on(DescribeStacksCommand)
    .callsFake((i: DescribeStacksCommandInput) => fake.describeStacks(i));
  mock
    .on(DescribeStackEventsCommand)
    .callsFake((i: DescribeStackEventsCommandInput) => fake.describeStackEvents(i));
  mock
    .on(CreateChangeSetCommand)
    .callsFake((i: CreateChangeSetCommandInput) => fake.createChangeSet(i));
  mock
    .on(DescribeChangeSetCommand)
    .callsFake((i: DescribeChangeSetCommandInput) => fake.describeChangeSet(i));
  mock.on(ExecuteChangeSetCommand).callsFake((i: ExecuteChangeSetCommandInput) => {
    fake.executeChangeSet(i);
    return { $metadata: {} };
  });
  mock.on(DeleteChangeSetCommand).resolves({ $metadata: {} });
  mock.on(DeleteStackCommand).callsFake((i: DeleteStackCommandInput) => {
    if (fake.deleteStack === undefined) throw new Error('DeleteStack: not expected by this test');
    fake.deleteStack(i);
    return { $metadata: {} };
  });
}
