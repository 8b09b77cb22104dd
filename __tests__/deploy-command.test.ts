/**
 * `deploy` and `plan` as commands, against aws-sdk-client-mock (CloudFormation, Secrets
 * Manager; response shapes from the AWS API references): the leftover users secret (issue 9
 * #1), plan without passwords and without DeleteStack (issue 9 #2, issue 15 #4), the
 * CloudFormation service role (issue 9 #3), the edge runtime (issue 9 #4).
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  type Change,
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  type CreateChangeSetCommandInput,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandInput,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type DescribeStacksCommandInput,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsClients } from '../src/aws/clients.js';
import {
  deployStacks,
  planChangesOutput,
  planCommand,
  planSummaryMarkdown,
} from '../src/commands/deploy.js';
import type { CommandContext } from '../src/commands/sync.js';
import { synthFor } from '../src/commands/synth.js';
import type { Configuration } from '../src/run/configuration.js';
import { configFrom } from './helpers/site.js';

const ACCOUNT = '123456789012';
const EDGE_VERSION = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:docs-edge-viewer-request:7`;
const PASSWORD = 'correct horse battery staple';

const cfnMock = mockClient(CloudFormationClient);
const smMock = mockClient(SecretsManagerClient);

/** The site `docs` (one user, alice, unless `basic-auth-users` names others) and a run. */
function inputs(values: Record<string, string>): Configuration {
  const { command, 'basic-auth-users': users, 'role-to-assume': role, ...settings } = values;
  return configFrom(
    { ...(users === undefined ? { users: ['alice'] } : {}), ...settings },
    {
      ...(command === undefined ? {} : { command }),
      ...(users === undefined ? {} : { 'basic-auth-users': users }),
      ...(role === undefined ? {} : { 'role-to-assume': role }),
    },
  );
}

const args = (c: Configuration) => [c.site, c.run] as const;

function context(extra: Partial<AwsClients> = {}): CommandContext {
  const clients: AwsClients = {
    s3: () => {
      throw new Error('S3: not expected by this test');
    },
    cloudFront: () => {
      throw new Error('CloudFront: not expected by this test');
    },
    cloudFormation: (region) => new CloudFormationClient({ region }),
    secretsManager: () => new SecretsManagerClient({ region: 'us-east-1' }),
    cloudWatchLogs: (region) => new CloudWatchLogsClient({ region }),
    destroy: () => undefined,
    ...extra,
  };
  let t = Date.parse('2026-03-01T12:00:00Z');
  return {
    clients,
    log: { info: () => undefined, warn: () => undefined, group: (_n, fn) => fn() },
    now: () => t,
    sleep: (ms) => {
      t += ms;
      return Promise.resolve();
    },
  };
}

function missing(name: string): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: `Stack with id ${name} does not exist`,
  });
}

function notFound(): ResourceNotFoundException {
  return new ResourceNotFoundException({
    $metadata: { httpStatusCode: 400 },
    message: "Secrets Manager can't find the specified secret.",
  });
}

function stackArn(name: string, region: string): string {
  return `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/0b1d7a70-1234-11f0-9c3e-0a1b2c3d4e5f`;
}

/** The edge function's code-only changes, as CloudFormation describes them. */
const EDGE_CODE_CHANGES: Change[] = [
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: 'EdgeFunction',
      PhysicalResourceId: 'docs-edge-viewer-request',
      ResourceType: 'AWS::Lambda::Function',
      Replacement: 'False',
      Scope: ['Properties'],
      Details: [
        {
          Target: { Attribute: 'Properties', Name: 'Code', RequiresRecreation: 'Never' },
          Evaluation: 'Static',
          ChangeSource: 'DirectModification',
        },
      ],
    },
  },
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: 'EdgeFunctionVersion',
      PhysicalResourceId: EDGE_VERSION,
      ResourceType: 'AWS::Lambda::Version',
      Replacement: 'True',
      Scope: ['Properties'],
      Details: [
        {
          Target: { Attribute: 'Properties', Name: 'Description', RequiresRecreation: 'Always' },
          Evaluation: 'Static',
          ChangeSource: 'DirectModification',
        },
        {
          Target: { Attribute: 'Properties', Name: 'FunctionName', RequiresRecreation: 'Always' },
          Evaluation: 'Dynamic',
          ChangeSource: 'ResourceReference',
          CausingEntity: 'EdgeFunction',
        },
      ],
    },
  },
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: 'EdgeFunctionRole',
      PhysicalResourceId: 'docs-edge-function',
      ResourceType: 'AWS::IAM::Role',
      Replacement: 'False',
      Scope: ['Properties'],
      Details: [
        {
          Target: {
            Attribute: 'Properties',
            Name: 'PermissionsBoundary',
            RequiresRecreation: 'Never',
          },
          Evaluation: 'Static',
          ChangeSource: 'DirectModification',
        },
      ],
    },
  },
];

interface World {
  readonly created: CreateChangeSetCommandInput[];
}

/**
 * The edge stack `docs-edge` deployed (UPDATE_COMPLETE, an old fingerprint, its version ARN as
 * output); the site stack `docs-site` missing (or as given).
 */
function world(
  opts: { edgeExists?: boolean; siteExists?: boolean; edgeUsersInSecret?: boolean } = {},
): World {
  const created: CreateChangeSetCommandInput[] = [];
  const edgeExists = opts.edgeExists ?? true;
  cfnMock.reset();
  smMock.reset();
  cfnMock.on(DescribeStacksCommand).callsFake((i: DescribeStacksCommandInput) => {
    const name = i.StackName ?? '';
    if (name.includes('docs-edge') && edgeExists) {
      return {
        Stacks: [
          {
            StackId: stackArn('docs-edge', 'us-east-1'),
            StackName: 'docs-edge',
            StackStatus: 'UPDATE_COMPLETE',
            CreationTime: new Date('2026-01-01T00:00:00Z'),
            Tags: [{ Key: 'secure-dist:fingerprint', Value: 'old' }],
            Parameters: [
              {
                ParameterKey: 'UsersInSecretsManager',
                ParameterValue: String(opts.edgeUsersInSecret ?? true),
              },
            ],
            Outputs: [{ OutputKey: 'EdgeFunctionVersionArn', OutputValue: EDGE_VERSION }],
          },
        ],
      };
    }
    throw missing(name);
  });
  cfnMock.on(CreateChangeSetCommand).callsFake((i: CreateChangeSetCommandInput) => {
    created.push(i);
    const region = i.StackName === 'docs-edge' ? 'us-east-1' : 'eu-central-1';
    return {
      Id: `arn:aws:cloudformation:${region}:${ACCOUNT}:changeSet/${i.ChangeSetName ?? ''}/5a1e2b3c`,
      StackId: stackArn(i.StackName ?? '', region),
    };
  });
  cfnMock.on(DescribeChangeSetCommand).callsFake((i: DescribeChangeSetCommandInput) => {
    const edge = (i.StackName ?? '').includes('docs-edge');
    return {
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      CreationTime: new Date('2026-03-01T12:00:00Z'),
      Changes: edge
        ? EDGE_CODE_CHANGES
        : [
            {
              Type: 'Resource',
              ResourceChange: {
                Action: 'Add',
                LogicalResourceId: 'Distribution',
                ResourceType: 'AWS::CloudFront::Distribution',
                Scope: [],
                Details: [],
              },
            },
          ],
    };
  });
  cfnMock.on(DeleteChangeSetCommand).resolves({});
  return { created };
}

beforeEach(() => {
  world();
});

describe('plan never reads passwords and never deletes a stack (issue 9 #2, issue 15 #4)', () => {
  it('secrets mode: no Secrets Manager call, no GetTemplate, no DeleteStack; both stacks planned', async () => {
    const w = world();
    const report = await planCommand(
      ...args(inputs({ 'stack-name': 'docs', command: 'plan' })),
      context(),
    );
    expect(smMock.calls()).toHaveLength(0);
    expect(cfnMock.commandCalls(GetTemplateCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(DeleteStackCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(2);
    expect(w.created.map((c) => [c.StackName, c.ChangeSetType])).toEqual([
      ['docs-edge', 'UPDATE'],
      ['docs-site', 'CREATE'],
    ]);
    // Plan never passes a service role.
    expect(w.created.every((c) => c.RoleARN === undefined)).toBe(true);
    // The site stack is planned against the deployed edge version.
    expect(
      w.created[1]?.Parameters?.find((p) => p.ParameterKey === 'EdgeFunctionVersionArn')
        ?.ParameterValue,
    ).toBe(EDGE_VERSION);
    expect(report.edge.status).toBe('update');
    expect(report.site.status).toBe('create');

    // Code-only changes of the function and its version are marked; the role's change is not.
    const notes = Object.fromEntries(report.edge.changes.map((c) => [c.logicalId, c.note]));
    expect(notes).toEqual({
      EdgeFunction: 'function code not compared: plan never sees passwords',
      EdgeFunctionVersion: 'function code not compared: plan never sees passwords',
      EdgeFunctionRole: undefined,
    });

    const summary = planSummaryMarkdown(report);
    expect(summary).toContain('| Note |');
    expect(summary).toContain('function code not compared: plan never sees passwords');
    expect(summary).toContain('#### Not planned');
    expect(summary).toContain('`docs/basic-auth`');
    expect(summary).toContain('was not read');
    expect(JSON.parse(planChangesOutput(report))).toHaveProperty('skipped');
  });

  it('with basic-auth-users: the edge stack is rendered with stand-in hashes of the real size', async () => {
    const w = world();
    const i = inputs({
      'stack-name': 'docs',
      command: 'plan',
      'basic-auth-users': `alice:${PASSWORD}\nbob:another password`,
    });
    await planCommand(...args(i), context());
    expect(smMock.calls()).toHaveLength(0);
    const body = w.created[0]?.TemplateBody ?? '';
    expect(body).toContain('alice');
    expect(body).toContain('A'.repeat(43)); // a stand-in hash, not one of the passwords
    const real = synthFor(
      i.site,
      i.run,
      [
        { user: 'alice', password: PASSWORD },
        { user: 'bob', password: 'another password' },
      ],
      { usersInSecretsManager: false },
    ).edge.templateBody;
    expect(body).not.toBe(real);
    expect(Math.abs(Buffer.byteLength(body) - Buffer.byteLength(real))).toBeLessThan(200);
  });

  it('without basic-auth-users: keeps the users mode the edge stack was deployed with (no spurious secret change)', async () => {
    const usersMode = (w: World) =>
      w.created[0]?.Parameters?.find((p) => p.ParameterKey === 'UsersInSecretsManager')
        ?.ParameterValue;
    const plain = world({ edgeUsersInSecret: false });
    const report = await planCommand(
      ...args(inputs({ 'stack-name': 'docs', command: 'plan' })),
      context(),
    );
    expect(usersMode(plain)).toBe('false');
    expect(smMock.calls()).toHaveLength(0);
    const summary = planSummaryMarkdown(report);
    expect(summary).toContain('`basic-auth-users` was not given');
    expect(summary).not.toContain('`docs/basic-auth`');

    const secret = world({ edgeUsersInSecret: true });
    await planCommand(...args(inputs({ 'stack-name': 'docs', command: 'plan' })), context());
    expect(usersMode(secret)).toBe('true');

    const first = world({ edgeExists: false });
    await planCommand(...args(inputs({ 'stack-name': 'docs', command: 'plan' })), context());
    expect(usersMode(first)).toBe('true');
  });

  it('before the first deploy: the site stack is planned with a pending edge version, and the summary says so', async () => {
    const w = world({ edgeExists: false });
    const report = await planCommand(
      ...args(inputs({ 'stack-name': 'docs', command: 'plan' })),
      context(),
    );
    expect(w.created.map((c) => c.ChangeSetType)).toEqual(['CREATE', 'CREATE']);
    expect(cfnMock.commandCalls(DeleteStackCommand)).toHaveLength(0);
    expect(planSummaryMarkdown(report)).toContain('placeholder edge function version');
  });
});

describe('deploy: the leftover users secret (issue 9 #1)', () => {
  it('secrets mode, edge stack to be created, secret exists: fails before any change, with the commands', async () => {
    world({ edgeExists: false });
    // DescribeSecret response shape from the Secrets Manager API reference.
    smMock.on(DescribeSecretCommand).resolves({
      ARN: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:docs/basic-auth-a1b2c3`,
      Name: 'docs/basic-auth',
      Description: 'secure-dist Basic auth users of docs',
      CreatedDate: new Date('2026-02-01T00:00:00Z'),
      Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'docs-edge' }],
      VersionIdsToStages: { 'b1d6c1a2-0000-4000-8000-000000000001': ['AWSCURRENT'] },
    });
    const e = await deployStacks(...args(inputs({ 'stack-name': 'docs' })), context(), [
      { user: 'alice', password: PASSWORD },
    ]).catch((x: unknown) => x);
    const message = e instanceof Error ? e.message : String(e);
    expect(message).toContain("secret 'docs/basic-auth' (us-east-1) already exists");
    expect(message).toContain('rolled back or deleted');
    expect(message).toContain(
      'aws secretsmanager delete-secret --secret-id docs/basic-auth --region us-east-1 --force-delete-without-recovery',
    );
    expect(message).toContain('import it into the edge stack');
    expect(message).not.toContain(PASSWORD);
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it('a secret scheduled for deletion: says so, with the delete and restore commands', async () => {
    world({ edgeExists: false });
    smMock.on(DescribeSecretCommand).resolves({
      Name: 'docs/basic-auth',
      DeletedDate: new Date('2026-03-20T00:00:00Z'),
    });
    const e = await deployStacks(...args(inputs({ 'stack-name': 'docs' })), context(), [
      { user: 'alice', password: PASSWORD },
    ]).catch((x: unknown) => String(x));
    expect(e).toContain('scheduled for deletion on 2026-03-20');
    expect(e).toContain('restore-secret');
    expect(e).toContain('--force-delete-without-recovery');
  });

  it('no such secret (ResourceNotFoundException): the edge stack is created', async () => {
    const w = world({ edgeExists: false });
    smMock.on(DescribeSecretCommand).rejects(notFound());
    // Stop right after the CREATE change set: what matters is that it was made.
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'stop here' });
    await deployStacks(...args(inputs({ 'stack-name': 'docs' })), context(), [
      { user: 'alice', password: PASSWORD },
    ]).catch(() => undefined);
    expect(smMock.commandCalls(DescribeSecretCommand)).toHaveLength(1);
    expect(w.created.map((c) => [c.StackName, c.ChangeSetType])).toEqual([['docs-edge', 'CREATE']]);
  });

  it('users from basic-auth-users, or an edge stack that exists: no secret check', async () => {
    world({ edgeExists: false });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'stop here' });
    await deployStacks(
      ...args(inputs({ 'stack-name': 'docs', 'basic-auth-users': `alice:${PASSWORD}` })),
      context(),
      [{ user: 'alice', password: PASSWORD }],
    ).catch(() => undefined);
    world({ edgeExists: true });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'stop here' });
    await deployStacks(...args(inputs({ 'stack-name': 'docs' })), context(), [
      { user: 'alice', password: PASSWORD },
    ]).catch(() => undefined);
    expect(smMock.calls()).toHaveLength(0);
  });
});

describe('deploy: the CloudFormation service role and the edge runtime (issue 9 #3, #4)', () => {
  async function createdWith(
    values: Record<string, string>,
  ): Promise<CreateChangeSetCommandInput[]> {
    const w = world({ edgeExists: true });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'stop here' });
    await deployStacks(...args(inputs({ 'stack-name': 'docs', ...values })), context(), [
      { user: 'alice', password: PASSWORD },
    ]).catch(() => undefined);
    return w.created;
  }

  it('auto: the bootstrap role <stack-name>-cloudformation in the account of role-to-assume', async () => {
    const created = await createdWith({
      'role-to-assume': 'arn:aws:iam::210987654321:role/secure-dist-deploy',
    });
    expect(created[0]?.RoleARN).toBe('arn:aws:iam::210987654321:role/docs-cloudformation');
  });

  it('auto without role-to-assume, or none: no RoleARN', async () => {
    expect((await createdWith({}))[0]).not.toHaveProperty('RoleARN');
    expect(
      (
        await createdWith({
          'role-to-assume': 'arn:aws:iam::210987654321:role/secure-dist-deploy',
          'cloudformation-role': 'none',
        })
      )[0],
    ).not.toHaveProperty('RoleARN');
  });

  it('an ARN is sent as it is', async () => {
    const role = 'arn:aws:iam::210987654321:role/custom-cfn';
    expect((await createdWith({ 'cloudformation-role': role }))[0]?.RoleARN).toBe(role);
  });

  it('edge-runtime reaches the rendered edge function', async () => {
    const body = (await createdWith({ 'edge-runtime': 'nodejs22.x' }))[0]?.TemplateBody ?? '';
    expect(body).toContain('"Runtime":"nodejs22.x"');
    expect(body).not.toContain('nodejs24.x');
    const dflt = (await createdWith({}))[0]?.TemplateBody ?? '';
    expect(dflt).toContain('"Runtime":"nodejs24.x"');
  });

  it('the credentials are renewed for stack-timeout right before ExecuteChangeSet', async () => {
    world({ edgeExists: true });
    const asked: number[] = [];
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: [],
    });
    // Stop at ExecuteChangeSet: it is enough to see that the renewal came first.
    cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    cfnMock.on(ExecuteChangeSetCommand).callsFake(() => {
      expect(asked).toEqual([45 * 60_000]);
      throw new Error('stop at ExecuteChangeSet');
    });
    const e = await deployStacks(
      ...args(inputs({ 'stack-name': 'docs', 'stack-timeout': '45m' })),
      context({
        ensureCredentialsValidFor: (ms) => {
          asked.push(ms);
          return Promise.resolve();
        },
      }),
      [{ user: 'alice', password: PASSWORD }],
    ).catch((x: unknown) => String(x));
    expect(e).toContain('stop at ExecuteChangeSet');
    expect(asked).toEqual([45 * 60_000]);
  });
});
