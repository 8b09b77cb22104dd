/**
 * `command: rotate` against Secrets Manager and CloudFormation mocked with aws-sdk-client-mock.
 *
 * One small fake AWS answers both, with the shapes of the API references: a secret with
 * versions and the AWSCURRENT/AWSPREVIOUS stages (PutSecretValue moves them; a repeated
 * ClientRequestToken with the same value is a no-op), and CloudFormation stacks driven through
 * change sets by the real deploy engine. Like the real edge stack, the fake creates the secret
 * `<stack-name>/basic-auth` with the template's initial value when the edge stack is deployed
 * with UsersInSecretsManager=true. "The edge" is the function code of the edge template that
 * CloudFormation last deployed successfully: every check of who gets in loads that code with
 * `loadHandlerFromSource` and a controlled clock, exactly as Lambda would run it.
 */
import { edgeCodeOf, TEST_SESSION_SECRET } from './helpers/edge-code.js';
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  type CreateChangeSetCommandInput,
  type DescribeChangeSetCommandOutput,
  type DescribeStackEventsCommandInput,
  type DescribeStacksCommandInput,
  type ExecuteChangeSetCommandInput,
  ResourceStatus,
  type Stack,
  type StackEvent,
  StackStatus,
} from '@aws-sdk/client-cloudformation';
import {
  GetSecretValueCommand,
  type GetSecretValueCommandInput,
  type GetSecretValueCommandOutput,
  PutSecretValueCommand,
  type PutSecretValueCommandInput,
  type PutSecretValueCommandOutput,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
  SecretsManagerServiceException,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { readUsersSecret, secretName, writeUsersSecret } from '../src/aws/users-secret.js';
import {
  edgeSecrets,
  rotateCommand,
  rotateSummaryMarkdown,
  usersFromSecret,
  type RotateDeps,
  type RotateReport,
  type RotationDeployResult,
} from '../src/commands/rotate.js';
import { deployStack } from '../src/deploy/index.js';
import {
  loadHandlerFromSource,
  type EdgeCredential,
  type EdgeHandler,
  type TokenCredential,
} from '../src/edge/config.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import type { Configuration } from '../src/run/configuration.js';
import { configFrom } from './helpers/site.js';
import {
  EMPTY_USERS,
  parseUsersSecret,
  serializeUsersSecret,
  type UsersState,
} from '../src/rotate/secret-format.js';
import { jsonAt, type Json } from '../src/synth/json.js';
import { synthesize, withEdgeVersion } from '../src/synth/index.js';
import { deployStacks, stackInput } from '../src/commands/deploy.js';
import type { CommandContext } from '../src/commands/sync.js';
import { synthFor } from '../src/commands/synth.js';
import type { AwsClients } from '../src/aws/clients.js';
import { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER } from '../src/edge/bundled.js';
import { generateShareKey, shareKeyParameters } from '../src/share/keys.js';
import type { Site } from '../src/site/model.js';
import { routeToFake, type CloudFormationFake } from './helpers/cloudformation-fake.js';

const ACCOUNT = '123456789012';
const STACK = 'docs';
const SECRET = 'docs/basic-auth';
const SECRET_ARN = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${SECRET}-a1B2c3`;
const T0 = Date.parse('2026-05-04T10:00:00.000Z');
const HOUR_MS = 3_600_000;

// ---------------------------------------------------------------------------------------------
// A fake AWS: one secret, and CloudFormation stacks

interface SecretVersion {
  readonly id: string;
  readonly value: string;
  stages: string[];
  readonly created: Date;
}

interface FakeStack {
  readonly id: string;
  readonly name: string;
  status: string;
  created: Date;
  updated: Date | undefined;
  templateBody: string | undefined;
  parameters: Record<string, string>;
  tags: { Key: string; Value: string }[];
  outputs: Record<string, string>;
  events: StackEvent[];
  pending: CreateChangeSetCommandInput | undefined;
  changeSetAt: Date;
  edgeVersion: number;
}

function cfnError(message: string): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

class FakeAws implements CloudFormationFake {
  t = T0;
  /** Every mutating call, in order, with what it was about. */
  readonly calls: string[] = [];
  readonly log: string[] = [];
  secretVersions: SecretVersion[] | undefined;
  readonly stacks = new Map<string, FakeStack>();
  /** The next edge stack updates fail and roll back. */
  failEdgeUpdates = 0;
  /** The next PutSecretValue calls fail (nothing stored). */
  failPuts = 0;
  /** The next PutSecretValue calls store the value, then the response is lost. */
  losePutResponses = 0;
  /** Runs after a stack operation completes (e.g. someone editing the secret meanwhile). */
  afterExecute: ((stack: string) => void) | undefined;
  private ids = 0;

  // Secrets Manager ---------------------------------------------------------------------------

  getSecretValue(input: GetSecretValueCommandInput): GetSecretValueCommandOutput {
    this.calls.push('GetSecretValue');
    expect(input.SecretId).toBe(SECRET);
    const stage = input.VersionStage ?? 'AWSCURRENT';
    const version = this.secretVersions?.find((v) => v.stages.includes(stage));
    if (version === undefined) {
      throw new ResourceNotFoundException({
        $metadata: { httpStatusCode: 400 },
        message: "Secrets Manager can't find the specified secret.",
      });
    }
    return {
      $metadata: {},
      ARN: SECRET_ARN,
      Name: SECRET,
      VersionId: version.id,
      SecretString: version.value,
      VersionStages: [...version.stages],
      CreatedDate: version.created,
    };
  }

  putSecretValue(input: PutSecretValueCommandInput): PutSecretValueCommandOutput {
    this.calls.push('PutSecretValue');
    expect(input.SecretId).toBe(SECRET);
    expect(input.VersionStages).toBeUndefined(); // so AWSCURRENT moves and AWSPREVIOUS follows
    const versions = this.secretVersions;
    if (versions === undefined) {
      throw new ResourceNotFoundException({
        $metadata: { httpStatusCode: 400 },
        message: "Secrets Manager can't find the specified secret.",
      });
    }
    if (this.failPuts > 0) {
      this.failPuts -= 1;
      throw new SecretsManagerServiceException({
        name: 'InternalServiceError',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
        message: 'An error occurred on the server side.',
      });
    }
    const token = input.ClientRequestToken ?? '';
    expect(token).toMatch(/^[\w-]{32,64}$/);
    const value = input.SecretString ?? '';
    const same = versions.find((v) => v.id === token);
    if (same !== undefined) {
      if (same.value !== value) {
        throw new ResourceExistsException({
          $metadata: { httpStatusCode: 400 },
          message: 'A resource with the ID you requested already exists.',
        });
      }
      return {
        $metadata: {},
        ARN: SECRET_ARN,
        Name: SECRET,
        VersionId: token,
        VersionStages: same.stages,
      };
    }
    for (const v of versions) v.stages = v.stages.filter((s) => s !== 'AWSPREVIOUS');
    for (const v of versions) {
      if (v.stages.includes('AWSCURRENT'))
        v.stages = [...v.stages.filter((s) => s !== 'AWSCURRENT'), 'AWSPREVIOUS'];
    }
    versions.push({ id: token, value, stages: ['AWSCURRENT'], created: new Date(this.t) });
    if (this.losePutResponses > 0) {
      this.losePutResponses -= 1;
      throw new SecretsManagerServiceException({
        name: 'TimeoutError',
        $fault: 'client',
        $metadata: {},
        message: 'socket hang up',
      });
    }
    return {
      $metadata: {},
      ARN: SECRET_ARN,
      Name: SECRET,
      VersionId: token,
      VersionStages: ['AWSCURRENT'],
    };
  }

  /** The secret's current users, read as the action reads them. */
  current(): UsersState | undefined {
    const v = this.secretVersions?.find((x) => x.stages.includes('AWSCURRENT'));
    return v === undefined ? undefined : parseUsersSecret(v.value, 'fake', () => undefined);
  }

  previous(): UsersState | undefined {
    const v = this.secretVersions?.find((x) => x.stages.includes('AWSPREVIOUS'));
    return v === undefined ? undefined : parseUsersSecret(v.value, 'fake', () => undefined);
  }

  /** Someone writes the secret directly (console, CLI). */
  writeSecret(state: UsersState): void {
    const versions = this.secretVersions ?? [];
    this.secretVersions = versions;
    for (const v of versions) v.stages = [];
    this.ids += 1;
    versions.push({
      id: `0f1e2d3c-0000-4000-8000-${String(this.ids).padStart(12, '0')}`,
      value: serializeUsersSecret(state),
      stages: ['AWSCURRENT'],
      created: new Date(this.t),
    });
  }

  // CloudFormation ----------------------------------------------------------------------------

  private find(ref: string | undefined): FakeStack | undefined {
    for (const s of this.stacks.values()) if (s.name === ref || s.id === ref) return s;
    return undefined;
  }

  private stackOf(ref: string | undefined): FakeStack {
    const s = this.find(ref);
    if (s === undefined) throw cfnError(`Stack with id ${ref ?? ''} does not exist`);
    return s;
  }

  private event(
    s: FakeStack,
    logicalId: string,
    type: string,
    status: string,
    reason?: string,
  ): void {
    this.ids += 1;
    s.events.unshift({
      StackId: s.id,
      EventId: `event-${this.ids}`,
      StackName: s.name,
      LogicalResourceId: logicalId,
      PhysicalResourceId: logicalId === s.name ? s.id : `${logicalId.toLowerCase()}-physical`,
      ResourceType: type,
      Timestamp: new Date(this.t),
      ResourceStatus: Object.values(ResourceStatus).find((v) => v === status),
      ...(reason !== undefined ? { ResourceStatusReason: reason } : {}),
    });
  }

  describeStacks(input: DescribeStacksCommandInput) {
    const s = this.stackOf(input.StackName);
    const stack: Stack = {
      StackId: s.id,
      StackName: s.name,
      StackStatus: Object.values(StackStatus).find((v) => v === s.status),
      CreationTime: s.created,
      ...(s.updated !== undefined ? { LastUpdatedTime: s.updated } : {}),
      Tags: s.tags,
      Outputs: Object.entries(s.outputs).map(([OutputKey, OutputValue]) => ({
        OutputKey,
        OutputValue,
      })),
      Parameters: Object.entries(s.parameters).map(([ParameterKey, ParameterValue]) => ({
        ParameterKey,
        ParameterValue,
      })),
    };
    return { $metadata: {}, Stacks: [stack] };
  }

  describeStackEvents(input: DescribeStackEventsCommandInput) {
    return { $metadata: {}, StackEvents: [...this.stackOf(input.StackName).events] };
  }

  createChangeSet(input: CreateChangeSetCommandInput) {
    let s = this.find(input.StackName);
    if (s === undefined) {
      expect(input.ChangeSetType).toBe('CREATE');
      this.ids += 1;
      const name = input.StackName ?? '';
      const region = name.endsWith('-edge') ? 'us-east-1' : 'eu-central-1';
      s = {
        id: `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/0b1d7a70-0000-4000-8000-${String(this.ids).padStart(12, '0')}`,
        name,
        status: 'REVIEW_IN_PROGRESS',
        created: new Date(this.t),
        updated: undefined,
        templateBody: undefined,
        parameters: {},
        tags: [],
        outputs: {},
        events: [],
        pending: undefined,
        changeSetAt: new Date(this.t),
        edgeVersion: 0,
      };
      this.stacks.set(name, s);
    }
    s.pending = input;
    s.changeSetAt = new Date(this.t);
    return {
      $metadata: {},
      Id: `${s.id.replace(':stack/', ':changeSet/')}/${input.ChangeSetName ?? ''}`,
      StackId: s.id,
    };
  }

  describeChangeSet(input: { StackName?: string | undefined }): DescribeChangeSetCommandOutput {
    const s = this.stackOf(input.StackName);
    const create = s.status === 'REVIEW_IN_PROGRESS';
    return {
      $metadata: {},
      StackId: s.id,
      StackName: s.name,
      CreationTime: s.changeSetAt,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: [
        {
          Type: 'Resource',
          ResourceChange: {
            Action: create ? 'Add' : 'Modify',
            LogicalResourceId: s.name.endsWith('-edge') ? 'EdgeFunction' : 'Distribution',
            ResourceType: s.name.endsWith('-edge')
              ? 'AWS::Lambda::Function'
              : 'AWS::CloudFront::Distribution',
            Scope: create ? [] : ['Properties'],
            Details: [],
          },
        },
      ],
    };
  }

  executeChangeSet(input: ExecuteChangeSetCommandInput): void {
    const s = this.stackOf(input.StackName);
    const cs = s.pending;
    if (cs === undefined) throw cfnError('ChangeSet does not exist');
    s.pending = undefined;
    this.calls.push(`ExecuteChangeSet ${s.name}`);
    this.t += 30_000;
    const create = s.status === 'REVIEW_IN_PROGRESS';
    const edge = s.name.endsWith('-edge');
    if (edge && !create && this.failEdgeUpdates > 0) {
      this.failEdgeUpdates -= 1;
      this.event(
        s,
        'EdgeFunction',
        'AWS::Lambda::Function',
        'UPDATE_FAILED',
        'Resource handler returned message: "Rate exceeded"',
      );
      this.event(s, s.name, 'AWS::CloudFormation::Stack', 'UPDATE_ROLLBACK_COMPLETE');
      s.status = 'UPDATE_ROLLBACK_COMPLETE';
      s.updated = new Date(this.t);
      return;
    }
    const parameters = Object.fromEntries(
      (cs.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
    );
    const template: Json = JSON.parse(cs.TemplateBody ?? '{}');
    if (edge) {
      if (codeOf(cs.TemplateBody) !== codeOf(s.templateBody)) s.edgeVersion += 1;
      // The conditional AWS::SecretsManager::Secret, as CloudFormation would create or delete it.
      if (parameters.UsersInSecretsManager === 'true' && this.secretVersions === undefined) {
        expect(parameters.SiteName).toBe(STACK);
        const initial = jsonAt(template, 'Resources', 'UsersSecret', 'Properties', 'SecretString');
        if (typeof initial !== 'string') throw new Error('edge template without UsersSecret');
        this.calls.push('CreateSecret (CloudFormation)');
        this.secretVersions = [
          {
            id: 'cfn-initial-version-0000000000000001',
            value: initial,
            stages: ['AWSCURRENT'],
            created: new Date(this.t),
          },
        ];
      }
      if (parameters.UsersInSecretsManager !== 'true' && this.secretVersions !== undefined) {
        this.calls.push('DeleteSecret (CloudFormation)');
        this.secretVersions = undefined;
      }
      s.outputs = {
        EdgeFunctionVersionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${s.name}-viewer-request:${s.edgeVersion}`,
        ...(parameters.UsersInSecretsManager === 'true' ? { UsersSecretArn: SECRET_ARN } : {}),
      };
    } else {
      s.outputs = {
        BucketName: `${s.name}-bucket-1a2b3c4d5e6f`,
        DistributionId: 'E2QWRUHAPOMQZL',
        DistributionDomainName: 'd111111abcdef8.cloudfront.net',
        Url: 'https://d111111abcdef8.cloudfront.net/',
      };
    }
    s.templateBody = cs.TemplateBody;
    s.parameters = parameters;
    s.tags = (cs.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
    s.status = create ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
    if (!create) s.updated = new Date(this.t);
    this.event(s, s.name, 'AWS::CloudFormation::Stack', s.status);
    this.afterExecute?.(s.name);
  }

  /** The viewer-request function as deployed now, run with the clock `now`. */
  edge(now: () => number): EdgeHandler {
    const code = codeOf(this.stacks.get(`${STACK}-edge`)?.templateBody);
    if (code === undefined) throw new Error('no edge function deployed');
    return loadHandlerFromSource(code, { now });
  }
}

function codeOf(templateBody: string | undefined): string | undefined {
  if (templateBody === undefined) return undefined;
  return edgeCodeOf(templateBody);
}

const smMock = mockClient(SecretsManagerClient);
const cfnMock = mockClient(CloudFormationClient);
const secrets = new SecretsManagerClient({ region: 'us-east-1' });
let aws: FakeAws;

beforeEach(() => {
  aws = new FakeAws();
  smMock.reset();
  smMock
    .on(GetSecretValueCommand)
    .callsFake((i: GetSecretValueCommandInput) => aws.getSecretValue(i));
  smMock
    .on(PutSecretValueCommand)
    .callsFake((i: PutSecretValueCommandInput) => aws.putSecretValue(i));
  routeToFake(cfnMock, aws);
});

// ---------------------------------------------------------------------------------------------
// The action's side: inputs, the deploy of both stacks, masking, logging

/** The site file (the stack `docs`, realm `Docs`, these users and settings) and a run. */
function inputs(
  raw: Record<string, string> = {},
  users: readonly string[] = ['alice', 'bob'],
  settings: Record<string, unknown> = {},
): Configuration {
  return configFrom(
    { 'stack-name': STACK, realm: 'Docs', users, ...settings },
    { command: 'rotate', ...raw },
    '/tmp/ws',
  );
}

/** Edge stack, then the site stack with its version: what deploy does, users in Secrets Manager. */
async function deployBoth(
  users: EdgeCredential[],
  tokens: TokenCredential[] = [],
  sessionKeyId?: string,
): Promise<RotationDeployResult> {
  aws.calls.push(`deploy ${users.length} credential(s)`);
  const synth = synthesize({
    stackName: STACK,
    region: 'eu-central-1',
    realm: 'Docs',
    users,
    tokens,
    usersInSecretsManager: true,
    // `login: form`, the default: the session key id the rotation deploys.
    ...(sessionKeyId === undefined ? {} : { session: { lifetime: 43200, keyId: sessionKeyId } }),
  });
  const cfn = new CloudFormationClient({ region: 'us-east-1' });
  const opts = {
    timeoutSeconds: 1800,
    recreateFailed: false,
    sleep: async (ms: number) => {
      aws.t += ms;
    },
    now: () => aws.t,
    log: (line: string) => aws.log.push(line),
    random: () => 0.5,
  };
  const edge = await deployStack(cfn, stackInput(synth.edge), opts);
  const versionArn = edge.outputs.EdgeFunctionVersionArn ?? '';
  const site = await deployStack(cfn, stackInput(withEdgeVersion(synth.site, versionArn)), opts);
  return { edgeVersionArn: versionArn, url: site.outputs.Url };
}

interface Run {
  readonly deps: RotateDeps;
  readonly masked: string[];
  readonly generated: string[];
  readonly deployed: EdgeCredential[][];
  readonly deployedTokens: TokenCredential[][];
}

function run(extra: Partial<RotateDeps> = {}): Run {
  const masked: string[] = [];
  const generated: string[] = [];
  const deployed: EdgeCredential[][] = [];
  const deployedTokens: TokenCredential[][] = [];
  let n = 0;
  return {
    masked,
    generated,
    deployed,
    deployedTokens,
    deps: {
      secrets,
      setSecret: (value) => masked.push(value),
      deploy: async ({ users, tokens, sessionKeyId }) => {
        // Everything deployed was masked first.
        for (const u of users) expect(masked).toContain(u.password);
        for (const t of tokens) expect(masked).toContain(t.token);
        deployed.push(users);
        deployedTokens.push(tokens);
        return deployBoth(users, tokens, sessionKeyId);
      },
      generatePassword: () => {
        n += 1;
        const password = `Gen${String(n).padStart(3, '0')}-${Math.random().toString(36).slice(2, 12)}`;
        generated.push(password);
        return password;
      },
      ...extra,
    },
  };
}

const ctx = () => ({
  now: () => aws.t,
  log: {
    info: (m: string) => aws.log.push(m),
    warn: (m: string) => aws.log.push(`warning: ${m}`),
    group: <T>(_name: string, fn: () => Promise<T>) => fn(),
  },
});

/** A rotation with these run inputs, of the site whose file lists `users` (and `settings`). */
async function rotate(
  raw: Record<string, string>,
  r: Run = run(),
  users: readonly string[] = ['alice', 'bob'],
  settings: Record<string, unknown> = {},
): Promise<RotateReport> {
  const c = inputs(raw, users, settings);
  return rotateCommand(c.site, c.run, ctx(), r.deps);
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected a failure');
}

/** Does the deployed edge function let `user` in with `password` at time `at`? */
async function edgeAccepts(user: string, password: string, at: number): Promise<boolean> {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  const result = await aws.edge(() => at)(viewerRequestEvent({ authorization }));
  return !isGeneratedResponse(result);
}

/** Every password the secret holds now works at the edge at time `at`. */
async function expectSecretWorks(at: number): Promise<void> {
  const state = aws.current();
  if (state === undefined) throw new Error('no secret');
  for (const u of state.users) {
    expect({ user: u.user, works: await edgeAccepts(u.user, u.password, at) }).toEqual({
      user: u.user,
      works: true,
    });
  }
  for (const r of state.retired.filter((x) => x.expires * 1000 > at)) {
    expect({ user: r.user, retiredWorks: await edgeAccepts(r.user, r.password, at) }).toEqual({
      user: r.user,
      retiredWorks: true,
    });
  }
}

/** When a password replaced at `at` (epoch ms) stops working: whole seconds, rounded up. */
const expiryAfter = (at: number, graceMs: number): number => Math.ceil(at / 1000) * 1000 + graceMs;

const passwordOf = (user: string): string =>
  aws.current()?.users.find((u) => u.user === user)?.password ?? 'missing';

/** Sets up a site with users alice and bob (a first rotation), and returns their passwords. */
async function siteWithAliceAndBob(): Promise<{ alice: string; bob: string }> {
  await rotate({});
  aws.calls.length = 0;
  aws.t += 86_400_000;
  return { alice: passwordOf('alice'), bob: passwordOf('bob') };
}

// ---------------------------------------------------------------------------------------------

describe('rotate: the first run', () => {
  it('deploys the users of the site file first (creating the secret through the edge stack), then stores them', async () => {
    const r = run();
    const report = await rotate({}, r);
    expect(aws.calls).toEqual([
      'GetSecretValue', // not found
      'deploy 2 credential(s)',
      'ExecuteChangeSet docs-edge',
      'CreateSecret (CloudFormation)',
      'ExecuteChangeSet docs-site',
      'GetSecretValue', // nobody changed it meanwhile: the initial, empty value
      'PutSecretValue',
    ]);
    expect(report).toMatchObject({
      secretName: SECRET,
      region: 'us-east-1',
      secretArn: SECRET_ARN,
      added: ['alice', 'bob'],
      rotated: [],
      removed: [],
      users: ['alice', 'bob'],
      oldPasswordsStopWorkingAt: undefined,
      deploys: 1,
      edgeVersionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:docs-edge-viewer-request:1`,
      url: 'https://d111111abcdef8.cloudfront.net/',
    });
    expect(report.versionId).toMatch(/^[\w-]{36}$/);
    const stored = aws.current();
    expect(stored?.users.map((u) => u.user)).toEqual(['alice', 'bob']);
    expect(stored?.users.map((u) => u.password).sort()).toEqual([...r.generated].sort());
    expect(aws.previous()?.users).toEqual([]); // the version CloudFormation created
    await expectSecretWorks(aws.t);
    expect(await edgeAccepts('alice', 'wrong', aws.t)).toBe(false);
  });

  it('says how to start when the site file lists no user, before any AWS call', async () => {
    const message = await failure(rotate({}, run(), []));
    expect(message).toMatch(/^secure-dist\.yml:\d+: users: lists no user: .*users: \[alice, bob\]/);
    expect(aws.calls).toEqual([]);
  });

  it('refuses a user rotate-users names that the site file does not list, and a removal by -name', async () => {
    const unknown = await failure(rotate({ 'rotate-users': 'carol' }));
    expect(unknown).toMatch(
      /^`rotate-users`: 'carol' is not among the `users` of secure-dist\.yml \(alice, bob\): add a new user there/,
    );
    const removal = await failure(rotate({ 'rotate-users': '-bob' }));
    expect(removal).toMatch(
      /^`rotate-users`: '-bob': users are removed in secure-dist\.yml now: remove 'bob' from `users:` there/,
    );
    expect(aws.calls).toEqual([]);
  });

  it('refuses to run when basic-auth-users is set, before any AWS call', async () => {
    const message = await failure(rotate({ 'basic-auth-users': 'alice:from-github-secret' }));
    expect(message).toMatch(/`basic-auth-users` is set, so the passwords come from it/);
    expect(message).not.toContain('from-github-secret');
    expect(aws.calls).toEqual([]);
  });
});

describe('rotate: new passwords', () => {
  it('deploys old and new, then stores the new ones keeping the previous version', async () => {
    const old = await siteWithAliceAndBob();
    const rotatedAt = aws.t;
    const expiry = expiryAfter(rotatedAt, HOUR_MS);
    const report = await rotate({ 'rotation-grace-period': '1h' });
    expect(aws.calls).toEqual([
      'GetSecretValue',
      'deploy 4 credential(s)', // two new, two old with their expiry
      'ExecuteChangeSet docs-edge',
      'ExecuteChangeSet docs-site',
      'GetSecretValue',
      'PutSecretValue',
    ]);
    expect(report.rotated).toEqual(['alice', 'bob']);
    expect(report.rotatedAt).toBe(new Date(rotatedAt).toISOString());
    expect(report.oldPasswordsStopWorkingAt).toBe(new Date(expiry).toISOString());
    expect(report.deploys).toBe(1);
    expect(report.edgeVersionArn).toMatch(/:2$/);
    // The secret: new passwords current, old ones retired until the expiry; the previous
    // version still holds the old ones as current.
    expect(aws.current()?.retired).toEqual([
      { user: 'alice', password: old.alice, expires: expiry / 1000 },
      { user: 'bob', password: old.bob, expires: expiry / 1000 },
    ]);
    expect(aws.previous()?.users.map((u) => u.password)).toEqual([old.alice, old.bob]);
    // Old and new both work before the expiry, only the new ones from then on.
    for (const at of [aws.t, expiry - 1]) {
      expect(await edgeAccepts('alice', old.alice, at)).toBe(true);
      expect(await edgeAccepts('alice', passwordOf('alice'), at)).toBe(true);
      expect(await edgeAccepts('bob', old.bob, at)).toBe(true);
    }
    for (const at of [expiry, expiry + HOUR_MS]) {
      expect(await edgeAccepts('alice', old.alice, at)).toBe(false);
      expect(await edgeAccepts('bob', old.bob, at)).toBe(false);
      expect(await edgeAccepts('alice', passwordOf('alice'), at)).toBe(true);
      expect(await edgeAccepts('bob', passwordOf('bob'), at)).toBe(true);
    }
  });

  it('rotates only the users named, and adds one new to the site file', async () => {
    const old = await siteWithAliceAndBob();
    const report = await rotate({ 'rotate-users': 'bob' }, run(), ['alice', 'bob', 'carol']);
    expect(report).toMatchObject({
      rotated: ['bob'],
      added: ['carol'],
      users: ['alice', 'bob', 'carol'],
    });
    expect(passwordOf('alice')).toBe(old.alice);
    expect(await edgeAccepts('bob', old.bob, aws.t)).toBe(true);
    await expectSecretWorks(aws.t);
  });

  it('with no grace period: old passwords work until the secret is written, then stop', async () => {
    const old = await siteWithAliceAndBob();
    const r = run();
    const report = await rotate({ 'rotate-users': 'alice', 'rotation-grace-period': '0' }, r);
    expect(aws.calls).toEqual([
      'GetSecretValue',
      'deploy 3 credential(s)', // alice new, alice old (no expiry), bob
      'ExecuteChangeSet docs-edge',
      'ExecuteChangeSet docs-site',
      'GetSecretValue',
      'PutSecretValue',
      'deploy 2 credential(s)',
      'ExecuteChangeSet docs-edge',
      'ExecuteChangeSet docs-site',
    ]);
    expect(r.deployed[0]).toContainEqual(
      expect.objectContaining({ user: 'alice', password: old.alice }),
    );
    expect(report.deploys).toBe(2);
    expect(report.oldPasswordsStopWorkingAt).toBe(new Date(aws.t).toISOString());
    expect(aws.current()?.retired).toEqual([]);
    expect(await edgeAccepts('alice', old.alice, aws.t)).toBe(false);
    await expectSecretWorks(aws.t);
  });
});

describe('rotate: adding and removing users', () => {
  it('removes a user the site file no longer lists: the secret first, then the edge function without them', async () => {
    const old = await siteWithAliceAndBob();
    const report = await rotate({ 'rotate-users': 'none' }, run(), ['alice']);
    expect(aws.calls).toEqual([
      'GetSecretValue',
      'GetSecretValue',
      'PutSecretValue',
      'deploy 1 credential(s)',
      'ExecuteChangeSet docs-edge',
      'ExecuteChangeSet docs-site',
    ]);
    expect(report).toMatchObject({ removed: ['bob'], rotated: [], added: [], users: ['alice'] });
    expect(await edgeAccepts('bob', old.bob, aws.t)).toBe(false);
    expect(await edgeAccepts('alice', old.alice, aws.t)).toBe(true);
  });

  it('adds and removes in one run, without ever locking out what the secret holds', async () => {
    const old = await siteWithAliceAndBob();
    const report = await rotate({ 'rotate-users': 'none' }, run(), ['alice', 'carol']);
    expect(report).toMatchObject({ added: ['carol'], removed: ['bob'], deploys: 2 });
    expect(await edgeAccepts('bob', old.bob, aws.t)).toBe(false);
    await expectSecretWorks(aws.t);
  });
});

describe('rotate: failures halfway, and reruns', () => {
  it('a failed deploy leaves the secret untouched, and all its passwords working', async () => {
    const old = await siteWithAliceAndBob();
    const before = aws.secretVersions?.length;
    aws.failEdgeUpdates = 1;
    const message = await failure(rotate({}));
    expect(message).toMatch(
      /rotation not applied: deploying the new passwords failed, so the secret 'docs\/basic-auth' was left unchanged/,
    );
    expect(message).toMatch(/EdgeFunction/);
    expect(aws.calls).not.toContain('PutSecretValue');
    expect(aws.secretVersions?.length).toBe(before);
    expect(passwordOf('alice')).toBe(old.alice);
    await expectSecretWorks(aws.t);
    await expectSecretWorks(aws.t + 30 * 86_400_000); // current passwords never expire

    const report = await rotate({}); // the rerun
    expect(report.rotated).toEqual(['alice', 'bob']);
    await expectSecretWorks(aws.t);
  });

  it('a failed PutSecretValue leaves an edge that takes old and new; a rerun completes', async () => {
    const old = await siteWithAliceAndBob();
    aws.failPuts = 1;
    const first = run();
    const message = await failure(rotate({}, first));
    expect(message).toMatch(
      /rotation not completed: storing the new users .* failed; the edge function accepts both/,
    );
    expect(message).toMatch(/Run `rotate` again/);
    expect(aws.current()?.users.map((u) => u.password)).toEqual([old.alice, old.bob]);
    await expectSecretWorks(aws.t); // the old passwords, still the secret's
    const lost = first.generated;
    expect(await edgeAccepts('alice', lost[0] ?? '', aws.t)).toBe(true);

    aws.t += 60_000;
    const rerun = run();
    const report = await rotate({}, rerun);
    expect(report.rotated).toEqual(['alice', 'bob']);
    await expectSecretWorks(aws.t);
    // The passwords of the failed run were never stored: they work no more.
    for (const password of lost) expect(await edgeAccepts('alice', password, aws.t)).toBe(false);
    expect(passwordOf('alice')).toBe(rerun.generated[0]);
  });

  it('a PutSecretValue whose response was lost: the rerun reads what was stored and completes', async () => {
    await siteWithAliceAndBob();
    aws.losePutResponses = 1;
    const first = run();
    await failure(rotate({}, first));
    expect(passwordOf('alice')).toBe(first.generated[0]); // stored after all
    await expectSecretWorks(aws.t);
    await rotate({});
    await expectSecretWorks(aws.t);
  });

  it('a failed deploy after a removal leaves extra passwords working; a rerun finishes', async () => {
    const old = await siteWithAliceAndBob();
    aws.failEdgeUpdates = 1;
    const message = await failure(rotate({ 'rotate-users': 'none' }, run(), ['alice']));
    expect(message).toMatch(/rotation stored but not fully deployed/);
    expect(aws.current()?.users.map((u) => u.user)).toEqual(['alice']);
    expect(await edgeAccepts('bob', old.bob, aws.t)).toBe(true); // more than the secret, never less
    await expectSecretWorks(aws.t);

    aws.log.length = 0;
    const report = await rotate({ 'rotate-users': 'none' }, run(), ['alice']);
    expect(report).toMatchObject({
      removed: [],
      users: ['alice'],
      deploys: 1,
      versionId: undefined,
    });
    expect(aws.log.filter((line) => line.startsWith('warning:'))).toEqual([]);
    expect(await edgeAccepts('bob', old.bob, aws.t)).toBe(false);
  });

  it('stops before writing when the secret changed meanwhile (another run, an edit)', async () => {
    await siteWithAliceAndBob();
    aws.afterExecute = (stack) => {
      if (stack === `${STACK}-site`) {
        const edited = aws.current();
        if (edited !== undefined) aws.writeSecret({ ...edited, users: edited.users.slice(0, 1) });
      }
    };
    const message = await failure(rotate({}));
    expect(message).toMatch(/the secret changed while this run was rotating.*concurrency/);
    expect(aws.calls).not.toContain('PutSecretValue');
  });
});

describe('rotate: what it shows', () => {
  it('never shows a password: log, report, summary, errors; and masks each one first', async () => {
    const all: string[] = [];
    const errors: string[] = [];
    const r1 = run();
    await rotate({}, r1, ['alice', 'bob', 'carol']);
    all.push(...r1.generated);
    aws.failPuts = 1;
    const r2 = run();
    errors.push(
      await failure(rotate({ 'rotation-grace-period': '2h' }, r2, ['alice', 'bob', 'carol'])),
    );
    all.push(...r2.generated);
    const r3 = run();
    const report = await rotate({ 'rotate-users': 'all' }, r3, ['alice', 'bob']);
    all.push(...r3.generated);
    const shown = [
      ...aws.log,
      ...errors,
      JSON.stringify(report),
      rotateSummaryMarkdown(report),
      ...[...aws.stacks.values()].map((s) => JSON.stringify(s.outputs)),
    ].join('\n');
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const password of all) {
      expect(shown).not.toContain(password);
      expect(shown).not.toContain(Buffer.from(password).toString('base64'));
    }
    // Every password read or made was handed to setSecret.
    expect(r1.masked).toEqual(expect.arrayContaining(r1.generated));
    expect(r3.masked).toEqual(expect.arrayContaining([...r1.generated, ...r3.generated]));
  });

  it('summarises who changed and when old passwords stop working', async () => {
    await siteWithAliceAndBob();
    const until = new Date(expiryAfter(aws.t, 1_800_000)).toISOString();
    const report = await rotate(
      { 'rotate-users': 'alice', 'rotation-grace-period': '30m' },
      run(),
      ['alice', 'dan|<b>'],
    );
    const md = rotateSummaryMarkdown(report);
    expect(md).toContain(`| alice | new password | ${until} |`);
    expect(md).toContain('| dan\\|\\<b\\> | added | — |');
    expect(md).toContain('| bob | removed (at once) | — |');
    expect(md).toContain('Users now (2): alice, dan\\|\\<b\\>');
    expect(md).toContain(
      'aws secretsmanager get-secret-value --region us-east-1 --secret-id docs/basic-auth --query SecretString --output text',
    );
    expect(md).toContain(`version \`${report.versionId ?? ''}\``);
  });
});

describe('the users secret I/O', () => {
  it('reads the current version and masks every password before returning', async () => {
    aws.writeSecret({
      version: 1,
      users: [{ user: 'alice', password: 'a-1', createdAt: '2026-01-01T00:00:00Z' }],
      retired: [{ user: 'alice', password: 'a-0', expires: 1 }],
    });
    const masked: string[] = [];
    const read = await readUsersSecret(secrets, secretName(STACK), (s) => masked.push(s));
    expect(read?.arn).toBe(SECRET_ARN);
    expect(masked).toEqual(expect.arrayContaining(['a-1', 'a-0']));
    expect(masked).not.toContain('alice'); // a valid user name is shown by design
  });

  it('masks every string of a malformed secret before refusing it, and echoes none (15 #10)', async () => {
    smMock.on(GetSecretValueCommand).resolves({
      ARN: SECRET_ARN,
      Name: SECRET,
      VersionId: 'v1',
      SecretString: JSON.stringify({
        version: 1,
        users: [{ user: 'alice:Alice-real-password', password: '', createdAt: '2026-01-01' }],
      }),
      VersionStages: ['AWSCURRENT'],
      CreatedDate: new Date(T0),
    });
    const events: string[] = [];
    const error = await failure(
      readUsersSecret(secrets, SECRET, (s) => events.push(`mask ${s}`)).catch((e: unknown) => {
        events.push('error');
        throw e;
      }),
    );
    expect(error).toMatch(
      /secret 'docs\/basic-auth' \(us-east-1\): users\[0\]\.user: the user name contains a colon/,
    );
    expect(error).not.toContain('alice');
    expect(error).not.toContain('Alice-real-password');
    expect(events).toContain('mask alice:Alice-real-password');
    expect(events.at(-1)).toBe('error');
  });

  it('answers undefined for a missing secret', async () => {
    expect(await readUsersSecret(secrets, SECRET, () => undefined)).toBeUndefined();
  });

  it("names the region the client sends to: the site's region for edge: function's users secret", async () => {
    const denied = new SecretsManagerServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'not authorized',
    });
    smMock.on(GetSecretValueCommand).rejects(denied);
    smMock.on(PutSecretValueCommand).rejects(denied);
    const regional = new SecretsManagerClient({ region: 'eu-central-1' });
    const read = await failure(readUsersSecret(regional, 'docs/users', () => undefined));
    expect(read).toMatch(/could not read secret 'docs\/users' \(eu-central-1\): access denied/);
    expect(read).toMatch(/arn:aws:secretsmanager:eu-central-1:<account>:secret:docs\/users-/);
    expect(read).toContain('StackName and SiteRegion match');
    const write = await failure(
      writeUsersSecret(regional, 'docs/users', EMPTY_USERS, '0123456789abcdef0123456789abcdef'),
    );
    expect(write).toMatch(/could not write secret 'docs\/users' \(eu-central-1\): access denied/);
    expect(read).not.toContain('us-east-1');
  });

  it('names the permission and the secret when refused, and shows no value when unreadable', async () => {
    smMock.on(GetSecretValueCommand).rejects(
      new SecretsManagerServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message:
          'User: arn:aws:sts::123456789012:assumed-role/deploy/run is not authorized to perform: secretsmanager:GetSecretValue',
      }),
    );
    const denied = await failure(readUsersSecret(secrets, SECRET, () => undefined));
    expect(denied).toMatch(/could not read secret 'docs\/basic-auth' \(us-east-1\): access denied/);
    expect(denied).toMatch(
      /needs secretsmanager:GetSecretValue on arn:aws:secretsmanager:us-east-1:<account>:secret:docs\/basic-auth-\?\?\?\?\?\?/,
    );

    smMock.on(GetSecretValueCommand).resolves({
      ARN: SECRET_ARN,
      Name: SECRET,
      VersionId: 'v1',
      SecretString: 'alice:Hand-Typed-Pw',
      VersionStages: ['AWSCURRENT'],
      CreatedDate: new Date(T0),
    });
    const unreadable = await failure(readUsersSecret(secrets, SECRET, () => undefined));
    expect(unreadable).toMatch(
      /secret 'docs\/basic-auth' \(us-east-1\): the value is not valid JSON/,
    );
    expect(unreadable).not.toContain('Hand-Typed-Pw');
  });

  it('writes with the token given: the same write twice stores one version', async () => {
    aws.writeSecret({ version: 1, users: [], retired: [] });
    const state: UsersState = {
      version: 1,
      users: [{ user: 'alice', password: 'a-1', createdAt: '2026-01-01T00:00:00.000Z' }],
      retired: [],
    };
    const token = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const first = await writeUsersSecret(secrets, SECRET, state, token);
    const again = await writeUsersSecret(secrets, SECRET, state, token);
    expect(again).toEqual(first);
    expect(aws.secretVersions?.length).toBe(2);
    expect(aws.previous()?.users).toEqual([]);
    await expect(writeUsersSecret(secrets, SECRET, state, 'short')).rejects.toThrow(
      /ClientRequestToken/,
    );
  });
});

describe('deploy with the users from the secret', () => {
  it('takes the current passwords and the retired ones still valid, masking them', async () => {
    aws.writeSecret({
      version: 1,
      users: [{ user: 'alice', password: 'a-new', createdAt: '2026-01-01T00:00:00Z' }],
      retired: [
        { user: 'alice', password: 'a-old', expires: T0 / 1000 + 60 },
        { user: 'alice', password: 'a-older', expires: T0 / 1000 },
      ],
    });
    const masked: string[] = [];
    const { users } = await usersFromSecret(
      inputs({ command: 'deploy' }, ['alice']).site,
      { now: () => T0, log: ctx().log },
      {
        secrets,
        setSecret: (s) => masked.push(s),
      },
    );
    expect(users).toEqual([
      { user: 'alice', password: 'a-new' },
      { user: 'alice', password: 'a-old', expires: T0 / 1000 + 60 },
    ]);
    expect(masked).toEqual(expect.arrayContaining(['a-new', 'a-old', 'a-older']));
  });

  it('says what to do when the secret does not exist or holds nobody', async () => {
    const deps = { secrets, setSecret: () => undefined };
    const site = inputs({ command: 'deploy' }).site;
    const missing = await failure(usersFromSecret(site, { now: () => T0, log: ctx().log }, deps));
    expect(missing).toMatch(
      /`basic-auth-users` is empty, so the users come from the Secrets Manager secret 'docs\/basic-auth' \(us-east-1\), which does not exist yet/,
    );
    expect(missing).toMatch(
      /`command: rotate` \(it gives the users of secure-dist\.yml new passwords/,
    );
    expect(missing).toMatch(/or set `basic-auth-users`/);
    aws.writeSecret({ version: 1, users: [], retired: [] });
    const empty = await failure(usersFromSecret(site, { now: () => T0, log: ctx().log }, deps));
    expect(empty).toMatch(/holds no users/);
  });

  it("deploys only the site file's users: refuses a secret without one of them, leaves out (with a warning) one the file no longer lists", async () => {
    aws.writeSecret({
      version: 1,
      users: [
        { user: 'alice', password: 'a-1', createdAt: '2026-01-01T00:00:00Z' },
        { user: 'bob', password: 'b-1', createdAt: '2026-01-01T00:00:00Z' },
      ],
      retired: [{ user: 'bob', password: 'b-0', expires: T0 / 1000 + 60 }],
    });
    const deps = { secrets, setSecret: () => undefined };
    const lacking = await failure(
      usersFromSecret(
        inputs({ command: 'deploy' }, ['alice', 'bob', 'carol']).site,
        { now: () => T0, log: ctx().log },
        deps,
      ),
    );
    expect(lacking).toBe(
      "the users secret 'docs/basic-auth' has no password for 'carol', whom `users` in secure-dist.yml lists: " +
        "run `command: rotate` (it adds the file's new users with generated passwords and deploys them)",
    );
    aws.log.length = 0;
    const { users } = await usersFromSecret(
      inputs({ command: 'deploy' }, ['alice']).site,
      { now: () => T0, log: ctx().log },
      deps,
    );
    expect(users).toEqual([{ user: 'alice', password: 'a-1' }]);
    expect(aws.log).toEqual([
      "warning: the users secret 'docs/basic-auth' has 'bob', whom `users` in secure-dist.yml no longer lists: " +
        'they are not let in; `command: rotate` removes them from the secret',
    ]);
  });

  it('uses basic-auth-users when set, without reading the secret', async () => {
    const c = inputs({ command: 'deploy', 'basic-auth-users': 'ann:pw-1\nbo:pw:2' }, ['ann', 'bo']);
    const { users } = await edgeSecrets(
      c.site,
      c.run,
      { now: () => T0, log: ctx().log },
      { secrets, setSecret: () => undefined },
    );
    expect(users).toEqual([
      { user: 'ann', password: 'pw-1' },
      { user: 'bo', password: 'pw:2' },
    ]);
    expect(aws.calls).toEqual([]);
  });

  it('a later deploy drops expired passwords from the edge function', async () => {
    const old = await siteWithAliceAndBob();
    await rotate({ 'rotation-grace-period': '1h' });
    const afterExpiry = aws.t + 2 * HOUR_MS;
    aws.t = afterExpiry;
    const { users } = await usersFromSecret(
      inputs({ command: 'deploy' }).site,
      { now: () => aws.t, log: ctx().log },
      {
        secrets,
        setSecret: () => undefined,
      },
    );
    expect(users.map((u) => u.password)).not.toContain(old.alice);
    await deployBoth(users);
    const code = codeOf(aws.stacks.get(`${STACK}-edge`)?.templateBody) ?? '';
    expect(code.match(/"user":"alice"/g)).toHaveLength(1);
    expect(await edgeAccepts('alice', old.alice, aws.t)).toBe(false);
    await expectSecretWorks(aws.t);
  });
});

describe('rotate: access rules (issue 10)', () => {
  it('refuses a site file whose rules name a user it no longer lists, before the secret or the edge changes', async () => {
    await siteWithAliceAndBob();
    const message = await failure(rotate({}, run(), ['alice'], { access: { bob: '/globex/**' } }));
    expect(message).toMatch(/^secure-dist\.yml:\d+: access\.bob: no user is named 'bob'/);
    expect(aws.calls).toEqual([]);
  });

  it('keeps the rules when they name users the secret holds', async () => {
    await siteWithAliceAndBob();
    const report = await rotate({ 'rotate-users': 'alice' }, run(), ['alice', 'bob'], {
      access: { alice: '/acme/**' },
    });
    expect(report.rotated).toEqual(['alice']);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 21, the High finding: `command: rotate` re-rendered the site from the rotate job's own
// inputs, and the shipped rotate.yml had no `access`, `audit-log` or `share-links`: the first
// rotation of a site restricting partners let every user read everything, turned the audit
// trail off and killed the share links. Now publish and rotate read the same site file.

/** The configuration baked into an edge template's function code: its users, and the rest. */
function edgeConfigOf(templateBody: string | undefined): {
  users: unknown;
  rest: Record<string, unknown>;
} {
  const code = codeOf(templateBody) ?? '';
  const [head = '', tail = ''] = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
  const config: unknown = JSON.parse(code.slice(head.length, code.length - tail.length));
  if (typeof config !== 'object' || config === null) throw new Error('no edge configuration');
  const entries = Object.entries(config);
  return {
    users: entries.find(([key]) => key === 'users')?.[1],
    rest: Object.fromEntries(entries.filter(([key]) => key !== 'users')),
  };
}

describe('rotate changes the passwords and nothing else (issue 21)', () => {
  const SETTINGS = {
    access: { alice: '/acme/**', bob: '/globex/**' },
    'audit-log': true,
    'share-links': true,
    'rate-limit': 'off', // the fake edge stack has no web ACL
  };
  const shareKeys = shareKeyParameters({ version: 1, keys: [generateShareKey('A', T0)] }, T0);

  /** What the deploy command does, on the fake AWS: the real `deployStacks` of the site file. */
  function commandContext(): CommandContext {
    const clients: AwsClients = {
      s3: () => {
        throw new Error('S3: not expected');
      },
      cloudFront: () => {
        throw new Error('CloudFront: not expected');
      },
      cloudFormation: (region) => new CloudFormationClient({ region }),
      cloudWatchLogs: () => {
        throw new Error('CloudWatch Logs: not expected');
      },
      secretsManager: () => secrets,
      destroy: () => undefined,
    };
    return {
      clients,
      log: ctx().log,
      now: () => aws.t,
      sleep: async (ms) => {
        aws.t += ms;
      },
    };
  }

  const deployedEdgeConfig = () => edgeConfigOf(aws.stacks.get(`${STACK}-edge`)?.templateBody);

  const siteStack = () => {
    const s = aws.stacks.get(`${STACK}-site`);
    return { template: s?.templateBody, parameters: { ...s?.parameters }, tags: s?.tags };
  };

  async function publishThenRotate(site: Site): Promise<void> {
    const cctx = commandContext();
    const deployRun = inputs({ command: 'deploy' }).run;
    const { users } = await usersFromSecret(site, cctx, { secrets, setSecret: () => undefined });
    await deployStacks(site, deployRun, cctx, users, shareKeys);
  }

  it('lambda: the rendered rules, audit line and share flag, and the site stack, are the deployed ones', async () => {
    await siteWithAliceAndBob();
    const { site } = inputs({ command: 'deploy' }, ['alice', 'bob'], SETTINGS);
    await publishThenRotate(site);
    const before = deployedEdgeConfig();
    const siteBefore = siteStack();
    expect(before.rest).toEqual({
      realm: 'Docs',
      // Issue 23: `login: form` (the default) and its key id, which a rotation keeps.
      session: { lifetime: 43200, keyId: '1', secret: TEST_SESSION_SECRET },
      access: [
        { users: ['alice'], globs: ['/acme/**'] },
        { users: ['bob'], globs: ['/globex/**'] },
      ],
      share: true,
      audit: true,
    });

    // rotate.yml's step: command, rotate-users, rotation-grace-period; the site is the file.
    const rotation = inputs(
      { 'rotate-users': 'all', 'rotation-grace-period': '1h' },
      ['alice', 'bob'],
      SETTINGS,
    );
    const old = { alice: passwordOf('alice'), bob: passwordOf('bob') };
    const cctx = commandContext();
    const report = await rotateCommand(rotation.site, rotation.run, ctx(), {
      secrets,
      setSecret: () => undefined,
      deploy: async (edge) =>
        (await deployStacks(rotation.site, rotation.run, cctx, edge.users, shareKeys, edge)).info,
      deployedSite: async () => {
        const s = aws.stacks.get(`${STACK}-site`);
        return { tags: Object.fromEntries((s?.tags ?? []).map((t) => [t.Key, t.Value])) };
      },
    });
    expect(report.rotated).toEqual(['alice', 'bob']);
    // The same file: no warning that it differs.
    expect(report.config).toBeUndefined();

    const after = deployedEdgeConfig();
    expect(after.rest).toEqual(before.rest); // rules, audit line, share flag: unchanged
    expect(after.users).not.toEqual(before.users); // the passwords changed
    const siteAfter = siteStack();
    expect(siteAfter.template).toBe(siteBefore.template); // the /_share/* behavior and all
    const { EdgeFunctionVersionArn: v1, ...paramsBefore } = siteBefore.parameters;
    const { EdgeFunctionVersionArn: v2, ...paramsAfter } = siteAfter.parameters;
    expect(paramsAfter).toEqual(paramsBefore); // the share keys among them
    expect(v2).not.toBe(v1); // only the new function version
    // Its tags: the same site file (secure-dist:config); the fingerprint of the new parameters.
    const tag = (t: typeof siteAfter.tags, key: string) => t?.find((x) => x.Key === key)?.Value;
    expect(tag(siteAfter.tags, 'secure-dist:config')).toBe(site.fingerprint);
    expect(tag(siteBefore.tags, 'secure-dist:config')).toBe(site.fingerprint);
    expect(rotation.site.fingerprint).toBe(site.fingerprint);

    // And the edge behaves as before: bob (old and new password) still only reads /globex/.
    const at = aws.t;
    for (const password of [old.bob, passwordOf('bob')]) {
      const basic = `Basic ${Buffer.from(`bob:${password}`).toString('base64')}`;
      const refused = await aws.edge(() => at)(
        viewerRequestEvent({ uri: '/acme/x.pdf', authorization: basic }),
      );
      expect(isGeneratedResponse(refused) ? refused.status : 'served').toBe('403');
      const served = await aws.edge(() => at)(
        viewerRequestEvent({ uri: '/globex/x.pdf', authorization: basic }),
      );
      expect(isGeneratedResponse(served)).toBe(false);
    }
  });

  it('says (a warning and a summary line) when the site file is not the one the site stack was deployed with', async () => {
    await siteWithAliceAndBob();
    const { site, run: rotation } = inputs({}, ['alice', 'bob']);
    const rotateWith = async (tags: Record<string, string> | undefined) => {
      aws.log.length = 0;
      const report = await rotateCommand(site, rotation, ctx(), {
        ...run().deps,
        deployedSite: () => Promise.resolve(tags === undefined ? undefined : { tags }),
      });
      return { report, warnings: aws.log.filter((l) => l.startsWith('warning: ')) };
    };
    const differs = await rotateWith({ 'secure-dist:config': 'f'.repeat(64) });
    const expected =
      `secure-dist.yml at this commit differs from the one \`docs-site\` was last deployed with ` +
      `(secure-dist:config ffffffffffff, this file ${site.fingerprint.slice(0, 12)}): ` +
      'this rotation deploys the site as this file describes it';
    expect(differs.report.config).toBe(expected);
    expect(differs.warnings).toEqual([`warning: ${expected}`]);
    expect(rotateSummaryMarkdown(differs.report)).toContain(`**Site file:** ${expected}`);

    const unrecorded = await rotateWith({ 'secure-dist:stack': 'docs-site' });
    expect(unrecorded.report.config).toMatch(
      /^`docs-site` does not record the site file it was deployed with \(tag secure-dist:config; deployed before secure-dist\.yml\)/,
    );
    const same = await rotateWith({ 'secure-dist:config': site.fingerprint });
    expect([same.report.config, same.warnings]).toEqual([undefined, []]);
    const none = await rotateWith(undefined);
    expect([none.report.config, none.warnings]).toEqual([undefined, []]);
  });

  it("what the old rotate did (rendered from rotate.yml's inputs, without the rules) is what this test catches", () => {
    // Before issue 21 the rotation's site came from its own inputs; rotate.yml had none of
    // these. Rendered that way, the edge function loses the rules, the audit line and the
    // share flag: exactly what the comparison above (`after.rest` = `before.rest`) refuses.
    const users = [
      { user: 'alice', password: 'a-new-password' },
      { user: 'bob', password: 'b-new-password' },
    ];
    const render = (site: Site) => {
      const body = synthFor(site, { roleToAssume: undefined }, users, {
        usersInSecretsManager: true,
        shareKeys: site.shareLinks ? shareKeys : undefined,
      }).edge.templateBody;
      return edgeConfigOf(body).rest;
    };
    const fromFile = render(inputs({}, ['alice', 'bob'], SETTINGS).site);
    const fromRotateInputs = render(inputs({}, ['alice', 'bob'], {}).site);
    expect(fromFile).toMatchObject({ access: expect.any(Array), share: true, audit: true });
    expect(fromRotateInputs).toEqual({
      realm: 'Docs',
      session: { lifetime: 43200, keyId: '1', secret: TEST_SESSION_SECRET },
    });
    expect(fromRotateInputs).not.toEqual(fromFile);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 23 (`login: form`): the session key id and the users' credential versions, kept in the
// users secret and deployed with the passwords. A rotation changes them exactly where sessions
// must end, and nothing else.

describe('rotate and sign-in sessions (issue 23)', () => {
  const deployedConfig = () => edgeConfigOf(aws.stacks.get(`${STACK}-edge`)?.templateBody);
  const versions = () =>
    Object.fromEntries((aws.current()?.users ?? []).map((u) => [u.user, u.cv ?? 'none']));
  const deployedVersions = () => {
    const users: Json = JSON.parse(JSON.stringify(deployedConfig().users ?? []));
    const entries = Array.isArray(users) ? users : [];
    const names = entries.map(
      (u) => `${String(jsonAt(u, 'user'))}:${String(jsonAt(u, 'cv') ?? 'none')}`,
    );
    return [...new Set(names)].sort();
  };
  const keyIdDeployed = () =>
    jsonAt(JSON.parse(JSON.stringify(deployedConfig().rest)), 'session', 'keyId');

  it('gives every user whose password is new a new credential version, and deploys it with all their passwords', async () => {
    await siteWithAliceAndBob();
    const first = versions();
    expect(Object.values(first).every((cv) => /^[\w-]{22}$/.test(cv))).toBe(true);
    const bob = passwordOf('bob');
    await rotate({ 'rotate-users': 'alice' });
    const now = versions();
    expect(now.alice).not.toBe(first.alice);
    expect(now.bob).toBe(first.bob); // bob's sessions go on
    expect(passwordOf('bob')).toBe(bob);
    // alice's replaced password (in its grace period) signs in under her new version too.
    expect(deployedVersions()).toEqual([`alice:${now.alice}`, `bob:${now.bob}`]);
    expect(aws.current()?.sessionKeyId).toBe('1');
    expect(keyIdDeployed()).toBe('1');
  });

  it('end-sessions: names get a new version, passwords unchanged, one deploy after the secret', async () => {
    const old = await siteWithAliceAndBob();
    const first = versions();
    const report = await rotate({ 'rotate-users': 'none', 'end-sessions': 'bob' });
    expect(report).toMatchObject({ rotated: [], sessionsEnded: ['bob'], allSessionsEnded: false });
    expect({ alice: passwordOf('alice'), bob: passwordOf('bob') }).toEqual(old);
    expect(aws.current()?.retired).toEqual([]);
    const now = versions();
    expect(now.alice).toBe(first.alice);
    expect(now.bob).not.toBe(first.bob);
    expect(deployedVersions()).toEqual([`alice:${now.alice}`, `bob:${now.bob}`]);
    expect(
      aws.calls.filter((c) => c.startsWith('deploy') || c.startsWith('PutSecretValue')),
    ).toEqual(['PutSecretValue', 'deploy 2 credential(s)']);
    expect(rotateSummaryMarkdown(report)).toContain('| bob | sessions ended | — |');
  });

  it('end-sessions: all gives a new session key id, deployed after the secret holds it; nothing else changes', async () => {
    const old = await siteWithAliceAndBob();
    const first = versions();
    const report = await rotate({ 'rotate-users': 'none', 'end-sessions': 'all' });
    const keyId = aws.current()?.sessionKeyId;
    expect(keyId).toMatch(/^[A-Za-z0-9]{1,16}$/);
    expect(keyId).not.toBe('1');
    expect(keyIdDeployed()).toBe(keyId);
    expect(versions()).toEqual(first);
    expect({ alice: passwordOf('alice'), bob: passwordOf('bob') }).toEqual(old);
    expect(report).toMatchObject({ rotated: [], sessionsEnded: [], allSessionsEnded: true });
    expect(
      aws.calls.filter((c) => c.startsWith('deploy') || c.startsWith('PutSecretValue')),
    ).toEqual(['PutSecretValue', 'deploy 2 credential(s)']);
    expect(rotateSummaryMarkdown(report)).toContain(
      'Every sign-in session ended (a new session key id).',
    );
    await expectSecretWorks(aws.t);
  });

  it('with new passwords too: the key id changes only in the deploy after the secret is written', async () => {
    await siteWithAliceAndBob();
    await rotate({ 'rotate-users': 'alice', 'end-sessions': 'all' });
    const keyId = aws.current()?.sessionKeyId;
    expect(keyId).not.toBe('1');
    // Step 2 (new passwords, the old key id), the secret, step 4 (the new key id).
    expect(
      aws.calls.filter((c) => c.startsWith('deploy') || c.startsWith('PutSecretValue')),
    ).toEqual(['deploy 3 credential(s)', 'PutSecretValue', 'deploy 3 credential(s)']);
    expect(keyIdDeployed()).toBe(keyId);
  });

  it('a secret written before issue 23 stays valid: the default key id, no version for untouched users', async () => {
    aws.writeSecret({
      version: 1,
      users: [
        { user: 'alice', password: 'alice-password-1', createdAt: '2026-01-01T00:00:00Z' },
        { user: 'bob', password: 'bob-password-1', createdAt: '2026-01-01T00:00:00Z' },
      ],
      retired: [],
    });
    // What a deploy bakes in from it (src/commands/rotate.ts usersFromSecret).
    const fromSecret = await usersFromSecret(
      inputs({ command: 'deploy' }).site,
      { now: () => aws.t, log: ctx().log },
      { secrets, setSecret: () => undefined },
    );
    expect(fromSecret.sessionKeyId).toBe('1');
    expect(fromSecret.users.every((u) => u.cv === undefined)).toBe(true);
    // The first rotation writes the same key id (no session ends by it) and a version for alice.
    await rotate({ 'rotate-users': 'alice' });
    expect(aws.current()?.sessionKeyId).toBe('1');
    expect(versions().bob).toBe('none');
    expect(versions().alice).not.toBe('none');
    expect(deployedVersions()).toEqual([`alice:${versions().alice}`, 'bob:none']);
  });
});

describe('rotate: automation tokens (issue 23 item 3)', () => {
  const TOKENS = { ci: { access: '/reports/**' } };
  let n = 0;
  const tokenRun = (): Run & { tokens: string[] } => {
    const tokens: string[] = [];
    const r = run({
      generateToken: () => {
        n += 1;
        const t = `sdt1_${String(n).padStart(4, '0')}${Math.random().toString(36).slice(2, 12).padEnd(39, 'q')}`;
        tokens.push(t);
        return t;
      },
    });
    return { ...r, tokens };
  };
  const tokenOf = (name: string): string =>
    aws.current()?.tokens?.find((t) => t.name === name)?.token ?? 'missing';
  /** The deployed edge's answer to a request with this token header ('allowed' or the status). */
  const edgeWith = async (token: string, uri = '/reports/q3.pdf'): Promise<string> => {
    const r = await aws.edge(() => aws.t)(
      viewerRequestEvent({ uri, headers: { 'X-Secure-Dist-Token': token } }),
    );
    return isGeneratedResponse(r) ? r.status : 'allowed';
  };

  it('generates a new name’s value, masks it before the deploy, and never shows it', async () => {
    const r = tokenRun();
    const report = await rotate({}, r, ['alice'], { 'automation-tokens': TOKENS });
    expect(r.tokens).toHaveLength(1);
    const token = r.tokens[0] ?? '';
    expect(tokenOf('ci')).toBe(token);
    expect(r.masked).toContain(token);
    expect(r.deployedTokens.at(-1)).toEqual([
      { name: 'ci', token, globs: ['/reports/**'], expires: undefined },
    ]);
    expect(await edgeWith(token)).toBe('allowed');
    expect(await edgeWith(token, '/secret.pdf')).toBe('403');
    const md = rotateSummaryMarkdown(report);
    expect(md).toContain('| token:ci | new token | — |');
    expect(md).toContain('passwords and token values (under `tokens`)');
    expect(md).toContain(
      'aws secretsmanager get-secret-value --region us-east-1 --secret-id docs/basic-auth',
    );
    const shown = [...aws.log, JSON.stringify(report), md].join('\n');
    expect(shown).not.toContain(token);
    expect(shown).not.toContain('sdt1_');
  });

  it('keeps a token’s value across a default rotation; token:<name> gives a new one and revokes the old', async () => {
    await rotate({}, tokenRun(), ['alice'], { 'automation-tokens': TOKENS });
    const first = tokenOf('ci');
    const alice = passwordOf('alice');
    aws.t += HOUR_MS;
    const r2 = tokenRun();
    const again = await rotate({}, r2, ['alice'], { 'automation-tokens': TOKENS });
    expect(r2.tokens).toEqual([]);
    expect(tokenOf('ci')).toBe(first);
    expect(again.tokensRegenerated).toEqual([]);
    expect(passwordOf('alice')).not.toBe(alice);
    expect(await edgeWith(first)).toBe('allowed');

    aws.t += HOUR_MS;
    const password = passwordOf('alice');
    const r3 = tokenRun();
    const report = await rotate({ 'rotate-users': 'token:ci' }, r3, ['alice'], {
      'automation-tokens': TOKENS,
    });
    expect(report.tokensRegenerated).toEqual(['ci']);
    expect(report.rotated).toEqual([]);
    expect(passwordOf('alice')).toBe(password);
    const second = tokenOf('ci');
    expect(second).not.toBe(first);
    expect(r3.masked).toContain(second);
    // Both worked while the rotation was written; after it only the new one does.
    expect(r3.deployedTokens[0]?.map((t) => t.token).sort()).toEqual([first, second].sort());
    expect(await edgeWith(second)).toBe('allowed');
    expect(await edgeWith(first)).toBe('401');
    expect(rotateSummaryMarkdown(report)).toContain(
      '| token:ci | new value (old one revoked) | — |',
    );
  });

  it('drops a name the site file no longer lists: out of the secret, refused at the edge', async () => {
    await rotate({}, tokenRun(), ['alice'], { 'automation-tokens': { ...TOKENS, other: null } });
    const ci = tokenOf('ci');
    expect(await edgeWith(ci)).toBe('allowed');
    const report = await rotate({ 'rotate-users': 'none' }, tokenRun(), ['alice'], {
      'automation-tokens': { other: null },
    });
    expect(report.tokensRemoved).toEqual(['ci']);
    expect(aws.current()?.tokens?.map((t) => t.name)).toEqual(['other']);
    expect(await edgeWith(ci)).toBe('401');
    expect(await edgeWith(tokenOf('other'), '/anything')).toBe('allowed');
  });

  it('refuses token:<name> for a token the site file does not list, before anything changes', async () => {
    const message = await failure(
      rotate({ 'rotate-users': 'token:nope' }, tokenRun(), ['alice'], {
        'automation-tokens': TOKENS,
      }),
    );
    expect(message).toMatch(
      /'token:nope' names a token that `automation-tokens` of secure-dist.yml does not list \(token:ci\)/,
    );
    expect(aws.calls).toEqual([]);
  });

  it('deploy: bakes the file’s tokens with the secret’s values; refuses tokens with basic-auth-users', async () => {
    await rotate({}, tokenRun(), ['alice'], { 'automation-tokens': TOKENS });
    const ci = tokenOf('ci');
    const masked: string[] = [];
    const c = inputs({ command: 'deploy' }, ['alice'], {
      'automation-tokens': { ...TOKENS, later: null },
    });
    aws.log.length = 0;
    const { tokens } = await edgeSecrets(
      c.site,
      c.run,
      { now: () => aws.t, log: ctx().log },
      {
        secrets,
        setSecret: (s) => masked.push(s),
      },
    );
    expect(tokens).toEqual([{ name: 'ci', token: ci, globs: ['/reports/**'], expires: undefined }]);
    expect(masked).toContain(ci);
    expect(aws.log.join('\n')).toMatch(/'later' have no value yet/);
    const b = inputs({ command: 'deploy', 'basic-auth-users': 'alice:pw-1' }, ['alice'], {
      'automation-tokens': TOKENS,
    });
    expect(
      await failure(
        edgeSecrets(
          b.site,
          b.run,
          { now: () => aws.t, log: ctx().log },
          {
            secrets,
            setSecret: () => undefined,
          },
        ),
      ),
    ).toMatch(/`automation-tokens` in secure-dist.yml needs the users in AWS Secrets Manager/);
  });
});
