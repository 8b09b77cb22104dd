/**
 * `edge: function` in the deploy engine (issue 14), against aws-sdk-client-mock for
 * CloudFormation, Secrets Manager and the KeyValueStore (response shapes from the API
 * references): a new site, an unchanged deploy that changes nothing, the switch from
 * Lambda@Edge (function prepared, store filled, association moved, and only then the old edge
 * stack deleted; a delete Lambda@Edge refuses for its replicas is a warning the next deploy
 * heals), the users copied from the us-east-1 secret, rotation writing the store before the
 * secret with the replaced password's expiry in the value, and plan reading no password.
 *
 * Every CloudFront and KeyValueStore call is authorized by an IAM evaluator against the deploy
 * role of the site's bootstrap stack as bootstrap.yaml renders it (helpers/iam.ts), with the
 * parameters it was deployed with: a call the role may not make answers AccessDenied, as AWS
 * would. So "the first deploy succeeds with the bootstrap as first deployed" is checked here.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  type CreateChangeSetCommandInput,
  type DeleteStackCommandInput,
  type DescribeChangeSetCommandOutput,
  type DescribeStackEventsCommandInput,
  type DescribeStacksCommandInput,
  type ExecuteChangeSetCommandInput,
  type Stack,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import {
  GetSecretValueCommand,
  type GetSecretValueCommandInput,
  PutSecretValueCommand,
  type PutSecretValueCommandInput,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  AccessDenied,
  CloudFrontClient,
  DescribeKeyValueStoreCommand as DescribeStoreByNameCommand,
  type DescribeKeyValueStoreCommandInput as DescribeStoreByNameInput,
  EntityNotFound,
} from '@aws-sdk/client-cloudfront';
import {
  AccessDeniedException,
  CloudFrontKeyValueStoreClient,
  DescribeKeyValueStoreCommand,
  type DescribeKeyValueStoreCommandInput,
  ListKeysCommand,
  type ListKeysCommandInput,
  UpdateKeysCommand,
  type UpdateKeysCommandInput,
} from '@aws-sdk/client-cloudfront-keyvaluestore';
import {
  HeadObjectCommand,
  type HeadObjectCommandInput,
  type HeadObjectCommandOutput,
  NotFound,
  PutObjectCommand,
  type PutObjectCommandInput,
  type PutObjectCommandOutput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClients } from '../src/aws/clients.js';
import { deployFunctionStacks, planFunctionCommand } from '../src/commands/deploy-function.js';
import { rotateFunctionCommand } from '../src/commands/rotate-function.js';
import type { CommandContext } from '../src/commands/sync.js';
import {
  functionHash,
  functionSalt,
  functionTokenDigest,
  parseStoredToken,
  parseStoredUser,
} from '../src/edge/function/store.js';
import type { Configuration } from '../src/run/configuration.js';
import { configFrom } from './helpers/site.js';
import { serializeUsersSecret } from '../src/rotate/secret-format.js';
import { generatePassword } from '../src/rotate/password.js';
import { routeToFake, type CloudFormationFake } from './helpers/cloudformation-fake.js';
import { allowed, bootstrapRole, usersStoreArn, type Role } from './helpers/iam.js';

const ACCOUNT = '123456789012';
const STACK = 'docs';
const REGION = 'eu-central-1';
const PEPPER = 'Zq8Lk3Vn0Rt5Wx2Yb7Mc4Pd9Gf1Hj6Ks3Ae8Uo5Ii2Q';
const STRONG = 'Q7vJ2mX9pL4sR8tK1wZ6yB3n';
const STRONG2 = 'h4Rk9Tz2Lq7Wm3Xc8Vb1Nf6P';
/** The store the site's bootstrap stack created (`<stack>-users`), with its random id. */
const KVS = usersStoreArn(STACK);
/** Where a site stack rendered before the bootstrap owned the store kept its own (random id). */
const SITE_STACK_STORE = `arn:aws:cloudfront::${ACCOUNT}:key-value-store/0d3c6a2e-1f4b-4c55-9b1e-2a7f3c9d8e10`;
const EDGE_VERSION = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${STACK}-edge-viewer-request:4`;
const T0 = Date.parse('2026-03-01T12:00:00Z');

function missing(message: string): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

interface FakeStack {
  id: string;
  name: string;
  status: string;
  parameters: Record<string, string>;
  outputs: Record<string, string>;
  tags: { Key: string; Value: string }[];
  events: StackEvent[];
  pending: CreateChangeSetCommandInput | undefined;
}

/** CloudFormation, Secrets Manager and the KeyValueStore, with one timeline of what changed. */
class FakeAws implements CloudFormationFake {
  t = T0;
  readonly timeline: string[] = [];
  readonly stacks = new Map<string, FakeStack>();
  readonly secrets = new Map<string, string>([[`${STACK}/pepper`, PEPPER]]);
  readonly store = new Map<string, string>();
  storeVersion = 1;
  /** The next DeleteStack of the edge stack fails as Lambda@Edge does while replicas exist. */
  replicasLeft = 0;
  /** The parameters the site's bootstrap stack was deployed with (the rest: defaults). */
  bootstrap: Record<string, string> = {};
  /** Calls the deploy role was refused (action on resource). */
  readonly denied: string[] = [];
  private ids = 0;
  private role: { parameters: string; role: Role } | undefined;

  /** The deploy role, as bootstrap.yaml renders it with `bootstrap`. */
  private deployRole(): Role {
    const parameters = JSON.stringify(this.bootstrap);
    if (this.role?.parameters !== parameters) {
      this.role = { parameters, role: bootstrapRole('DeployRole', STACK, this.bootstrap) };
    }
    return this.role.role;
  }

  /** Whether the deploy role may make the call; records a refusal. */
  private async authorized(action: string, resource: string): Promise<boolean> {
    if (await allowed(this.deployRole(), action, resource)) return true;
    this.denied.push(`${action} on ${resource}`);
    return false;
  }

  /** The bootstrap's store exists unless it was deployed with CreateUsersStore=false. */
  private storeExists(): boolean {
    return this.bootstrap.CreateUsersStore !== 'false';
  }

  /** The site bucket's objects, by key (S3's HeadObject and PutObject). */
  readonly objects = new Map<string, HeadObjectCommandOutput>();
  /** Each PutObject: its bucket and key, and what the timeline held when it came. */
  readonly puts: { bucket: string; key: string; after: string[] }[] = [];

  /** An S3 object call, authorized as `s3Action` (HeadObject is s3:GetObject) on its ARN. */
  private async objectCall(s3Action: string, bucket: string, key: string): Promise<void> {
    const resource = `arn:aws:s3:::${bucket}/${key}`;
    if (!(await this.authorized(s3Action, resource))) {
      throw new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'Access Denied',
      });
    }
  }

  async headObject(input: HeadObjectCommandInput): Promise<HeadObjectCommandOutput> {
    await this.objectCall('s3:GetObject', input.Bucket ?? '', input.Key ?? '');
    const found = this.objects.get(`${input.Bucket ?? ''}/${input.Key ?? ''}`);
    if (found === undefined) {
      throw new NotFound({ $metadata: { httpStatusCode: 404 }, message: 'Not Found' });
    }
    return found;
  }

  async putObject(input: PutObjectCommandInput): Promise<PutObjectCommandOutput> {
    const bucket = input.Bucket ?? '';
    const key = input.Key ?? '';
    await this.objectCall('s3:PutObject', bucket, key);
    const etag = `"${Buffer.from(input.ContentMD5 ?? '', 'base64').toString('hex')}"`;
    this.objects.set(`${bucket}/${key}`, {
      $metadata: {},
      ETag: etag,
      ContentType: input.ContentType,
      CacheControl: input.CacheControl,
      Metadata: input.Metadata,
    });
    this.puts.push({ bucket, key, after: [...this.timeline] });
    return { $metadata: {}, ETag: etag };
  }

  /** A KeyValueStore data-plane call (DescribeKeyValueStore, ListKeys, UpdateKeys) on `arn`. */
  async storeCall(action: string, arn: string | undefined): Promise<void> {
    const resource = arn ?? '';
    if (!(await this.authorized(`cloudfront-keyvaluestore:${action}`, resource))) {
      throw new AccessDeniedException({
        $metadata: { httpStatusCode: 403 },
        message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/deploy/run is not authorized to perform: cloudfront-keyvaluestore:${action} on resource: ${resource}`,
      });
    }
    if (resource !== KVS || !this.storeExists()) throw new Error(`no store ${resource}`);
  }

  /** CloudFront's DescribeKeyValueStore (control plane), by name. */
  async describeStoreByName(input: DescribeStoreByNameInput) {
    const name = input.Name ?? '';
    const exists = this.storeExists() && name === `${STACK}-users`;
    // IAM decides on the store's ARN: its id when it exists, else (evidence thin) its name.
    const arn = exists ? KVS : `arn:aws:cloudfront::${ACCOUNT}:key-value-store/${name}`;
    if (!(await this.authorized('cloudfront:DescribeKeyValueStore', arn))) {
      throw new AccessDenied({ $metadata: { httpStatusCode: 403 }, message: 'Access denied' });
    }
    if (!exists) {
      throw new EntityNotFound({
        $metadata: { httpStatusCode: 404 },
        message: 'The specified key value store does not exist.',
      });
    }
    return {
      $metadata: {},
      ETag: 'E2QWRUHAPOMQZL',
      KeyValueStore: {
        Name: name,
        Id: KVS.split('/')[1],
        Comment: `secure-dist ${STACK}: Basic auth users (edge: function)`,
        ARN: KVS,
        Status: 'READY',
        LastModifiedTime: new Date(T0),
      },
    };
  }

  private find(ref: string | undefined): FakeStack | undefined {
    for (const s of this.stacks.values()) if (s.name === ref || s.id === ref) return s;
    return undefined;
  }

  private stackOf(ref: string | undefined): FakeStack {
    const s = this.find(ref);
    if (s === undefined || (s.status === 'DELETE_COMPLETE' && s.name === ref)) {
      throw missing(`Stack with id ${ref ?? ''} does not exist`);
    }
    return s;
  }

  private event(s: FakeStack, logicalId: string, status: string, reason?: string): void {
    this.ids += 1;
    this.t += 1000;
    s.events.unshift({
      StackId: s.id,
      EventId: `event-${this.ids}`,
      StackName: s.name,
      LogicalResourceId: logicalId,
      PhysicalResourceId: logicalId === s.name ? s.id : `${logicalId}-physical`,
      ResourceType: logicalId === s.name ? 'AWS::CloudFormation::Stack' : 'AWS::Lambda::Function',
      Timestamp: new Date(this.t),
      ResourceStatus: status as StackEvent['ResourceStatus'],
      ...(reason !== undefined ? { ResourceStatusReason: reason } : {}),
    });
  }

  /** A site or edge stack as a Lambda runtime deploy left it. */
  seedLambdaSite(usersInSecret = false): void {
    this.seed(
      `${STACK}-edge`,
      { SiteName: STACK, UsersInSecretsManager: String(usersInSecret), RateLimit: '0' },
      {
        EdgeFunctionVersionArn: EDGE_VERSION,
      },
    );
    this.seed(
      `${STACK}-site`,
      { SiteName: STACK, EdgeFunctionVersionArn: EDGE_VERSION, WebAclArn: '' },
      this.siteOutputs({}),
    );
  }

  private seed(
    name: string,
    parameters: Record<string, string>,
    outputs: Record<string, string>,
  ): void {
    this.ids += 1;
    const region = name.endsWith('-edge') ? 'us-east-1' : REGION;
    this.stacks.set(name, {
      id: `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${name}/0b1d7a70-0000-4000-8000-${String(this.ids).padStart(12, '0')}`,
      name,
      status: 'UPDATE_COMPLETE',
      parameters,
      outputs,
      tags: [],
      events: [],
      pending: undefined,
    });
  }

  private siteOutputs(parameters: Record<string, string>): Record<string, string> {
    const fn = parameters.EdgeRuntime === 'function' || parameters.PrepareFunction === 'true';
    return {
      BucketName: `${STACK}-site-${ACCOUNT}-${REGION}`,
      DistributionId: 'E2QWRUHAPOMQZL',
      DistributionDomainName: 'd111111abcdef8.cloudfront.net',
      Url: 'https://d111111abcdef8.cloudfront.net/',
      // The site stack's output: the store its function is associated with.
      ...(fn ? { UsersStoreArn: parameters.UsersStoreArn ?? SITE_STACK_STORE } : {}),
    };
  }

  /** Which runtime the distribution's viewer-request uses now. */
  association(): string {
    const site = this.stacks.get(`${STACK}-site`);
    return site === undefined ? 'none' : (site.parameters.EdgeRuntime ?? 'lambda');
  }

  describeStacks(input: DescribeStacksCommandInput) {
    const s = this.stackOf(input.StackName);
    const stack: Stack = {
      StackId: s.id,
      StackName: s.name,
      StackStatus: s.status as Stack['StackStatus'],
      CreationTime: new Date(T0),
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
    if (s === undefined || s.status === 'DELETE_COMPLETE') {
      this.seed(input.StackName ?? '', {}, {});
      s = this.stacks.get(input.StackName ?? '');
      if (s === undefined) throw new Error('unreachable');
      s.status = 'REVIEW_IN_PROGRESS';
    }
    s.pending = input;
    return {
      $metadata: {},
      Id: `${s.id.replace(':stack/', ':changeSet/')}/${input.ChangeSetName ?? ''}`,
      StackId: s.id,
    };
  }

  describeChangeSet(input: { StackName?: string | undefined }): DescribeChangeSetCommandOutput {
    const s = this.stackOf(input.StackName);
    return {
      $metadata: {},
      StackId: s.id,
      StackName: s.name,
      CreationTime: new Date(this.t),
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: [
        {
          Type: 'Resource',
          ResourceChange: {
            Action: s.status === 'REVIEW_IN_PROGRESS' ? 'Add' : 'Modify',
            LogicalResourceId: 'Distribution',
            ResourceType: 'AWS::CloudFront::Distribution',
            Details: [],
          },
        },
      ],
    };
  }

  executeChangeSet(input: ExecuteChangeSetCommandInput): void {
    const s = this.stackOf(input.StackName);
    const cs = s.pending;
    if (cs === undefined) throw missing('ChangeSet does not exist');
    s.pending = undefined;
    const parameters = Object.fromEntries(
      (cs.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
    );
    const create = s.status === 'REVIEW_IN_PROGRESS';
    s.parameters = parameters;
    s.tags = (cs.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
    if (s.name.endsWith('-site')) {
      s.outputs = this.siteOutputs(parameters);
      const fn = parameters.EdgeRuntime === 'function' || parameters.PrepareFunction === 'true';
      // The conditional secrets of site.yaml, as CloudFormation creates them.
      if (
        fn &&
        parameters.UsersInSecretsManager === 'true' &&
        !this.secrets.has(`${STACK}/users`)
      ) {
        this.secrets.set(`${STACK}/users`, '{"version":1,"users":[]}');
      }
      this.timeline.push(
        `site: ${parameters.EdgeRuntime ?? 'lambda'}${parameters.PrepareFunction === 'true' ? ' + function prepared' : ''}`,
      );
    } else {
      s.outputs =
        parameters.EdgeRuntime === 'function' ? {} : { EdgeFunctionVersionArn: EDGE_VERSION };
      this.timeline.push(`edge: ${parameters.EdgeRuntime ?? 'lambda'}`);
    }
    s.status = create ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
    this.event(s, s.name, s.status);
  }

  deleteStack(input: DeleteStackCommandInput): void {
    const s = this.stackOf(input.StackName);
    this.timeline.push(`delete ${s.name} (viewer-request on ${this.association()})`);
    // CloudFront still using the function: Lambda@Edge refuses to delete it (replicas).
    if (this.association() === 'lambda' || this.replicasLeft > 0) {
      this.replicasLeft = Math.max(0, this.replicasLeft - 1);
      this.event(
        s,
        'EdgeFunction',
        'DELETE_FAILED',
        'Resource handler returned message: "Lambda was unable to delete arn:aws:lambda:us-east-1:123456789012:function:docs-edge-viewer-request:4 because it is a replicated function."',
      );
      s.status = 'DELETE_FAILED';
      this.event(s, s.name, 'DELETE_FAILED');
      return;
    }
    s.status = 'DELETE_COMPLETE';
    this.event(s, s.name, 'DELETE_COMPLETE');
  }

  getSecretValue(input: GetSecretValueCommandInput) {
    if (input.SecretId !== `${STACK}/pepper`)
      this.timeline.push(`read secret ${input.SecretId ?? ''}`);
    const value = this.secrets.get(input.SecretId ?? '');
    if (value === undefined) {
      throw new ResourceNotFoundException({
        $metadata: { httpStatusCode: 400 },
        message: "Secrets Manager can't find the specified secret.",
      });
    }
    return {
      $metadata: {},
      ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${input.SecretId ?? ''}-AbCdEf`,
      Name: input.SecretId,
      VersionId: 'v1',
      SecretString: value,
    };
  }

  putSecretValue(input: PutSecretValueCommandInput) {
    this.timeline.push(`write secret ${input.SecretId ?? ''}`);
    this.secrets.set(input.SecretId ?? '', input.SecretString ?? '');
    return { $metadata: {}, ARN: 'arn', Name: input.SecretId, VersionId: input.ClientRequestToken };
  }

  updateKeys(input: UpdateKeysCommandInput) {
    expect(input.KvsARN).toBe(KVS);
    if (input.IfMatch !== `ETAG${this.storeVersion}`) throw new Error('stale ETag');
    for (const p of input.Puts ?? []) this.store.set(p.Key ?? '', p.Value ?? '');
    for (const d of input.Deletes ?? []) this.store.delete(d.Key ?? '');
    this.storeVersion += 1;
    this.timeline.push(
      `store: ${[...(input.Puts ?? []).map((p) => `+${p.Key ?? ''}`), ...(input.Deletes ?? []).map((d) => `-${d.Key ?? ''}`)].join(' ')} (viewer-request on ${this.association()})`,
    );
    return {
      $metadata: {},
      ETag: `ETAG${this.storeVersion}`,
      ItemCount: this.store.size,
      TotalSizeInBytes: 1,
    };
  }
}

const cfnMock = mockClient(CloudFormationClient);
const smMock = mockClient(SecretsManagerClient);
const kvsMock = mockClient(CloudFrontKeyValueStoreClient);
const cfMock = mockClient(CloudFrontClient);
const s3Mock = mockClient(S3Client);
let aws: FakeAws;
const masked: string[] = [];
const warnings: string[] = [];

beforeEach(() => {
  aws = new FakeAws();
  masked.length = 0;
  warnings.length = 0;
  routeToFake(cfnMock, aws);
  smMock.reset();
  smMock
    .on(GetSecretValueCommand)
    .callsFake((i: GetSecretValueCommandInput) => aws.getSecretValue(i));
  smMock
    .on(PutSecretValueCommand)
    .callsFake((i: PutSecretValueCommandInput) => aws.putSecretValue(i));
  kvsMock.reset();
  kvsMock
    .on(DescribeKeyValueStoreCommand)
    .callsFake(async (i: DescribeKeyValueStoreCommandInput) => {
      await aws.storeCall('DescribeKeyValueStore', i.KvsARN);
      return {
        $metadata: {},
        KvsARN: KVS,
        ETag: `ETAG${aws.storeVersion}`,
        ItemCount: aws.store.size,
        Status: 'READY',
      };
    });
  kvsMock.on(ListKeysCommand).callsFake(async (i: ListKeysCommandInput) => {
    await aws.storeCall('ListKeys', i.KvsARN);
    return { Items: [...aws.store.entries()].map(([Key, Value]) => ({ Key, Value })) };
  });
  kvsMock.on(UpdateKeysCommand).callsFake(async (i: UpdateKeysCommandInput) => {
    await aws.storeCall('UpdateKeys', i.KvsARN);
    return aws.updateKeys(i);
  });
  cfMock.reset();
  cfMock
    .on(DescribeStoreByNameCommand)
    .callsFake((i: DescribeStoreByNameInput) => aws.describeStoreByName(i));
  s3Mock.reset();
  s3Mock.on(HeadObjectCommand).callsFake((i: HeadObjectCommandInput) => aws.headObject(i));
  s3Mock.on(PutObjectCommand).callsFake((i: PutObjectCommandInput) => aws.putObject(i));
});

/** The run inputs below as the step passes them, the other values as the site file's settings. */
const RUN_INPUTS = [
  'command',
  'basic-auth-users',
  'rotate-users',
  'rotation-grace-period',
  'end-sessions',
];

/**
 * A site and a run from the values below; the file's `users` are those of `basic-auth-users`,
 * or `users` when the passwords live in Secrets Manager.
 */
function inputs(
  values: Record<string, string>,
  users = ['alice'],
  access?: Record<string, string>,
): Configuration {
  const run = Object.fromEntries(Object.entries(values).filter(([k]) => RUN_INPUTS.includes(k)));
  const settings: Record<string, unknown> = Object.fromEntries(
    Object.entries(values).filter(([k]) => !RUN_INPUTS.includes(k) && k !== 'access'),
  );
  if (access !== undefined) settings.access = access;
  if (settings['rate-limit'] !== undefined) settings['rate-limit'] = Number(settings['rate-limit']);
  return configFrom(
    (values['basic-auth-users'] ?? '') === '' ? { ...settings, users } : settings,
    run,
  );
}

const args = (c: Configuration) => [c.site, c.run] as const;

function context(): CommandContext {
  const clients: AwsClients = {
    s3: (region) => new S3Client({ region }),
    cloudFront: () => new CloudFrontClient({ region: 'us-east-1' }),
    cloudWatchLogs: () => {
      throw new Error('CloudWatch Logs: not expected by this test');
    },
    cloudFormation: (region) => new CloudFormationClient({ region }),
    secretsManager: (region = 'us-east-1') => new SecretsManagerClient({ region }),
    keyValueStore: () => new CloudFrontKeyValueStoreClient({ region: 'us-east-1' }),
    destroy: () => undefined,
  };
  return {
    clients,
    log: {
      info: () => undefined,
      warn: (m) => warnings.push(m),
      group: (_n, fn) => fn(),
    },
    now: () => aws.t,
    sleep: (ms) => {
      aws.t += ms;
      return Promise.resolve();
    },
  };
}

const deps = { setSecret: (s: string) => masked.push(s) };
const FUNCTION_INPUTS: Record<string, string> = {
  command: 'deploy',
  'stack-name': STACK,
  region: REGION,
  edge: 'function',
  'rate-limit': '0',
  'basic-auth-users': `alice:${STRONG}`,
};

/** The same inputs with the users in Secrets Manager (`basic-auth-users` empty). */
const noUsers: Record<string, string> = { ...FUNCTION_INPUTS, 'basic-auth-users': '' };

/** The site region's users secret `<stack>/users` holds these users and passwords. */
function secretHolds(users: Record<string, string>): void {
  aws.secrets.set(
    `${STACK}/users`,
    serializeUsersSecret({
      version: 1,
      users: Object.entries(users).map(([user, password]) => ({
        user,
        password,
        createdAt: '2026-01-01T00:00:00.000Z',
      })),
      retired: [],
    }),
  );
}

function storedHash(user: string): string[] {
  const value = aws.store.get(`u:${user}`);
  const record = parseStoredUser(value === undefined ? undefined : JSON.parse(value));
  return (record?.p ?? []).map((p) => `${p.h}${p.e === undefined ? '' : `@${p.e}`}`);
}

describe('deploy with edge: function', () => {
  it('a new site: the site stack, then the users in the store; nothing in us-east-1', async () => {
    const report = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.timeline).toEqual([
      'site: function',
      'store: +u:alice (viewer-request on function)',
    ]);
    expect(aws.stacks.has(`${STACK}-edge`)).toBe(false);
    expect(report.store).toMatchObject({ puts: ['u:alice'], deletes: [], calls: 1 });
    // The value is the HMAC keyed with the pepper the site stack generated.
    const salt = functionSalt(STACK, 'alice');
    expect(storedHash('alice')).toEqual([functionHash(PEPPER, salt, 'alice', STRONG)]);
    expect(masked).toContain(PEPPER);
  });

  it('previews (issue 25): the store gets an r: key for each user who may open them', async () => {
    const c = inputs({ ...FUNCTION_INPUTS, login: 'basic' });
    const site = {
      ...c.site,
      previews: { domain: undefined, expireAfterSeconds: 3600, users: ['alice'] },
    };
    const report = await deployFunctionStacks(site, c.run, context(), deps);
    expect(report.store?.puts).toEqual(expect.arrayContaining(['u:alice', 'r:alice']));
    expect(aws.store.has('r:alice')).toBe(true);
  });

  it('the first deploy succeeds in one pass with the bootstrap stack as first deployed', async () => {
    // The bootstrap as docs/setup.md deploys it, once, before any site stack exists.
    aws.bootstrap = {
      Environment: 'secure-dist',
      Branch: '',
      StackName: STACK,
      SiteRegion: REGION,
    };
    const report = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.denied).toEqual([]);
    // The store is found by its name, then written; the function is associated with it and
    // the site stack's output names it (rotate writes what the deployed function reads).
    expect(cfMock.commandCalls(DescribeStoreByNameCommand).map((c) => c.args[0].input)).toEqual([
      { Name: `${STACK}-users` },
    ]);
    expect(aws.stacks.get(`${STACK}-site`)?.parameters.UsersStoreArn).toBe(KVS);
    expect(report.site.outputs.UsersStoreArn).toBe(KVS);
    expect(report.store).toMatchObject({ kvsArn: KVS, puts: ['u:alice'], calls: 1 });
    expect(aws.timeline).toEqual([
      'site: function',
      'store: +u:alice (viewer-request on function)',
    ]);
  });

  it('a bootstrap made with CreateUsersStore=false: deploy stops before any change, naming the parameter', async () => {
    aws.bootstrap = { CreateUsersStore: 'false' };
    await expect(
      deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps),
    ).rejects.toThrow(/KeyValueStore 'docs-users'.*CreateUsersStore=true/s);
    expect(aws.denied).toEqual([
      `cloudfront:DescribeKeyValueStore on arn:aws:cloudfront::${ACCOUNT}:key-value-store/docs-users`,
    ]);
    expect(aws.timeline).toEqual([]);
    expect(aws.stacks.size).toBe(0);
  });

  it('an unchanged deploy changes nothing (no change set, no UpdateKeys)', async () => {
    await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    aws.timeline.length = 0;
    const again = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.timeline).toEqual([]);
    expect(again.site.status).toBe('skipped');
    expect(again.store.calls).toBe(0);
  });

  it('a changed password: only the store is written, in one ETag-guarded call', async () => {
    await deployFunctionStacks(
      ...args(inputs({ ...FUNCTION_INPUTS, 'basic-auth-users': `alice:${STRONG}\nbob:${STRONG}` })),
      context(),
      deps,
    );
    aws.timeline.length = 0;
    await deployFunctionStacks(
      ...args(
        inputs({ ...FUNCTION_INPUTS, 'basic-auth-users': `alice:${STRONG2}\nbob:${STRONG}` }),
      ),
      context(),
      deps,
    );
    expect(aws.timeline).toEqual(['store: +u:alice (viewer-request on function)']);
    expect(kvsMock.commandCalls(UpdateKeysCommand).at(-1)?.args[0].input.IfMatch).toBe('ETAG2');
  });

  it('a user removed from the site file: the store in one ETag-guarded call, and the site stack records the new file (tags only)', async () => {
    const { CreateChangeSetCommand } = await import('@aws-sdk/client-cloudformation');
    const two = inputs({
      ...FUNCTION_INPUTS,
      'basic-auth-users': `alice:${STRONG}\nbob:${STRONG}`,
    });
    await deployFunctionStacks(...args(two), context(), deps);
    aws.timeline.length = 0;
    const one = inputs({ ...FUNCTION_INPUTS, 'basic-auth-users': `alice:${STRONG}` });
    expect(one.site.fingerprint).not.toBe(two.site.fingerprint);
    await deployFunctionStacks(...args(one), context(), deps);
    expect(aws.timeline).toEqual(['site: function', 'store: -u:bob (viewer-request on function)']);
    expect(kvsMock.commandCalls(UpdateKeysCommand).at(-1)?.args[0].input.IfMatch).toBe('ETAG2');
    // The same template and parameters: only the tag that names the site file changed.
    const [before, after] = cfnMock
      .commandCalls(CreateChangeSetCommand)
      .map((c) => c.args[0].input)
      .filter((i) => i.StackName === `${STACK}-site`);
    expect(after?.TemplateBody).toBe(before?.TemplateBody);
    expect(after?.Parameters).toEqual(before?.Parameters);
    const tag = (i: typeof before) => i?.Tags?.find((t) => t.Key === 'secure-dist:config')?.Value;
    expect([tag(before), tag(after)]).toEqual([two.site.fingerprint, one.site.fingerprint]);
  });

  it('switching from lambda: function prepared, store filled, association moved, THEN the edge stack deleted', async () => {
    aws.seedLambdaSite();
    const report = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.timeline).toEqual([
      'site: lambda + function prepared',
      'store: +u:alice (viewer-request on lambda)',
      'site: function',
      'delete docs-edge (viewer-request on function)',
    ]);
    expect(report).toMatchObject({ switchedFromLambda: true, siteDeploys: 2, warnings: [] });
    // Phase 1 kept the Lambda@Edge version associated.
    const phase1 = cfnMock
      .commandCalls((await import('@aws-sdk/client-cloudformation')).CreateChangeSetCommand)
      .map((c) => c.args[0].input)
      .find((i) =>
        i.Parameters?.some(
          (p) => p.ParameterKey === 'PrepareFunction' && p.ParameterValue === 'true',
        ),
      );
    expect(phase1?.Parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'EdgeRuntime', ParameterValue: 'lambda' },
        { ParameterKey: 'EdgeFunctionVersionArn', ParameterValue: EDGE_VERSION },
      ]),
    );
    expect(aws.stacks.get(`${STACK}-edge`)?.status).toBe('DELETE_COMPLETE');
  });

  it('the 404 page secure-dist publishes goes into the bucket before the site stack changes, once', async () => {
    aws.seedLambdaSite();
    await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    // Before the first site change set (which maps missing keys to it): nothing had changed yet.
    expect(aws.puts).toEqual([
      { bucket: `${STACK}-site-${ACCOUNT}-${REGION}`, key: '_secure-dist/404.html', after: [] },
    ]);
    const notFoundPage = cfnMock
      .commandCalls((await import('@aws-sdk/client-cloudformation')).CreateChangeSetCommand)
      .map(
        (c) =>
          c.args[0].input.Parameters?.find((p) => p.ParameterKey === 'NotFoundPage')
            ?.ParameterValue,
      );
    expect(notFoundPage).toEqual(['/_secure-dist/404.html', '/_secure-dist/404.html']);
    const page = aws.objects.get(`${STACK}-site-${ACCOUNT}-${REGION}/_secure-dist/404.html`);
    expect(page?.ContentType).toBe('text/html; charset=utf-8');
    expect(page?.CacheControl).toMatch(/^private\b/);
    // Already there as it should be: not sent again. The deploy role was refused nothing.
    await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.puts).toHaveLength(1);
    expect(aws.denied).toEqual([]);
  });

  it('a delete Lambda@Edge refuses (replicas) is a warning; the next deploy deletes the stack', async () => {
    aws.seedLambdaSite();
    aws.replicasLeft = 1;
    const first = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(
      /the old edge stack 'docs-edge' \(us-east-1\) could not be deleted yet: .*replicated function.*\nLambda@Edge removes the replicas/s,
    );
    expect(warnings).toEqual(first.warnings);
    expect(aws.stacks.get(`${STACK}-edge`)?.status).toBe('DELETE_FAILED');
    aws.timeline.length = 0;
    const second = await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    expect(aws.timeline).toEqual(['delete docs-edge (viewer-request on function)']);
    expect(second.warnings).toEqual([]);
    expect(aws.stacks.get(`${STACK}-edge`)?.status).toBe('DELETE_COMPLETE');
  });

  it('with rate-limit the edge stack is updated to the web ACL after the association moved, not deleted', async () => {
    aws.seedLambdaSite();
    await deployFunctionStacks(
      ...args(inputs({ ...FUNCTION_INPUTS, 'rate-limit': '1000' })),
      context(),
      deps,
    );
    expect(aws.timeline.slice(0, 4)).toEqual([
      'site: lambda + function prepared',
      'store: +u:alice (viewer-request on lambda)',
      'site: function',
      'edge: function',
    ]);
    expect(aws.timeline.some((line) => line.startsWith('delete'))).toBe(false);
  });

  it('users in the us-east-1 secret are copied to <stack>/users in the site region on the switch', async () => {
    aws.seedLambdaSite(true);
    const state = {
      version: 1 as const,
      users: [{ user: 'alice', password: STRONG, createdAt: '2026-01-01T00:00:00.000Z' }],
      retired: [],
    };
    aws.secrets.set(`${STACK}/basic-auth`, serializeUsersSecret(state));
    await deployFunctionStacks(...args(inputs(noUsers)), context(), {
      ...deps,
      requestToken: () => '11111111-2222-4333-8444-555555555555',
    });
    expect(aws.timeline).toEqual([
      `read secret ${STACK}/users`,
      `read secret ${STACK}/basic-auth`,
      'site: lambda + function prepared',
      `write secret ${STACK}/users`,
      'store: +u:alice (viewer-request on lambda)',
      'site: function',
      'delete docs-edge (viewer-request on function)',
    ]);
    expect(JSON.parse(aws.secrets.get(`${STACK}/users`) ?? '{}')).toEqual(
      JSON.parse(serializeUsersSecret(state)),
    );
    expect(masked).toContain(STRONG);
  });

  it('refuses a weak password in the secret before changing anything, naming the user', async () => {
    secretHolds({ bob: 'hunter2hunter2' });
    await expect(
      deployFunctionStacks(...args(inputs(noUsers, ['bob'])), context(), deps),
    ).rejects.toThrow(
      /secret 'docs\/users' \(eu-central-1\): a password of user 'bob' is too weak for `edge: function`/,
    );
    expect(aws.timeline).toEqual([`read secret ${STACK}/users`]);
  });
});

describe('passwords zxcvbn-ts finds guessable (issue 22 #5)', () => {
  /** The review's five: each passes the 128-bit character-class rule, none is safe. */
  const GUESSABLE = [
    'Password1!Password1!',
    'Summer2024!Summer2024',
    'correct horse battery staple',
    '0123456789abcdef0123456789abcdef',
    '1234567890'.repeat(4),
  ];

  it.each(GUESSABLE)('refuses %s in basic-auth-users before changing anything', async (pw) => {
    const error = await deployFunctionStacks(
      ...args(inputs({ ...FUNCTION_INPUTS, 'basic-auth-users': `alice:${pw}` })),
      context(),
      deps,
    ).then(
      () => 'deployed',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toMatch(
      /^`basic-auth-users`: user 'alice': the password is too weak for `edge: function`: it can be guessed in about 10\^\d+ guesses \(2\^\d+\) by zxcvbn-ts's estimate; .*only generated passwords are safe: leave `basic-auth-users` empty and let `command: rotate` generate the passwords/,
    );
    expect(error).not.toContain(pw);
    expect(aws.timeline).toEqual([]);
    expect(aws.store.size).toBe(0);
  });

  it('refuses one in the users secret, naming the user to rotate', async () => {
    secretHolds({ alice: STRONG, bob: 'correct horse battery staple' });
    await expect(
      deployFunctionStacks(...args(inputs(noUsers, ['alice', 'bob'])), context(), deps),
    ).rejects.toThrow(
      /^secret 'docs\/users' \(eu-central-1\): a password of user 'bob' is too weak for `edge: function`: it can be guessed in about 10\^19 guesses .*Give the user a generated one: `command: rotate` with `rotate-users: bob`/,
    );
    expect(aws.timeline).toEqual([`read secret ${STACK}/users`]);
  });

  it('rotate draws again when a generated password has a pattern zxcvbn-ts sees', async () => {
    secretHolds({ alice: STRONG });
    await deployFunctionStacks(...args(inputs(noUsers)), context(), deps);
    const draws = ['QwertyuiopAsdfghjkl12345', STRONG2];
    const rotateInputs = inputs({ ...noUsers, command: 'rotate', 'rotation-grace-period': '0s' });
    await rotateFunctionCommand(...args(rotateInputs), context(), {
      ...deps,
      generatePassword: () => draws.shift() ?? 'no more draws',
      requestToken: () => '11111111-2222-4333-8444-555555555555',
    });
    expect(draws).toEqual([]);
    const salt = functionSalt(STACK, 'alice');
    expect(storedHash('alice')).toEqual([functionHash(PEPPER, salt, 'alice', STRONG2)]);
    const secret = JSON.parse(aws.secrets.get(`${STACK}/users`) ?? '{}') as {
      users?: { user: string; password: string }[];
    };
    expect(secret.users?.map((u) => u.password)).toEqual([STRONG2]);
  });
});

describe('switching back (function -> lambda)', () => {
  it('the edge stack with the function first, then the site stack with the Lambda@Edge association', async () => {
    await deployFunctionStacks(...args(inputs(FUNCTION_INPUTS)), context(), deps);
    aws.timeline.length = 0;
    const { deployStacks } = await import('../src/commands/deploy.js');
    const lambdaInputs = inputs({ ...FUNCTION_INPUTS, edge: 'lambda' });
    await deployStacks(...args(lambdaInputs), context(), [{ user: 'alice', password: STRONG }]);
    expect(aws.timeline).toEqual(['edge: lambda', 'site: lambda']);
    // The function-mode parameters are not sent: CloudFormation falls back to the defaults.
    const site = aws.stacks.get(`${STACK}-site`);
    expect(site?.parameters.EdgeRuntime).toBeUndefined();
    expect(site?.parameters.EdgeFunctionVersionArn).toBe(EDGE_VERSION);
    expect(aws.association()).toBe('lambda');
  });
});

describe('rotate with edge: function', () => {
  it('writes the automation tokens as digests (never values); a removed name loses its key', async () => {
    secretHolds({ alice: STRONG });
    await deployFunctionStacks(...args(inputs(noUsers)), context(), deps);
    const withTokens = (names: string[]): Configuration => {
      const c = inputs({ ...noUsers, command: 'rotate', 'rotate-users': 'none' });
      const automationTokens = names.map((name) => ({
        name,
        globs: ['/ci/**'],
        expires: undefined,
      }));
      return { ...c, site: { ...c.site, automationTokens } };
    };
    const value: Record<string, string> = {
      ci: `sdt1_${'a'.repeat(43)}`,
      linkcheck: `sdt1_${'b'.repeat(43)}`,
    };
    // Drawn in the site file's order.
    const values = [value.ci, value.linkcheck];
    const generateToken = (): string => values.shift() ?? 'no more tokens';
    const rotate = (names: string[]) =>
      rotateFunctionCommand(...args(withTokens(names)), context(), {
        ...deps,
        generateToken,
        requestToken: () => '11111111-2222-4333-8444-555555555555',
      });
    const tokenKeys = (): string[] =>
      [...aws.store.keys()].filter((k) => k.startsWith('t:')).sort();
    const report = await rotate(['ci', 'linkcheck']);
    expect(report.tokensAdded).toEqual(['ci', 'linkcheck']);
    const keys = tokenKeys();
    expect(keys).toHaveLength(2);
    const records = keys.map((k) => parseStoredToken(JSON.parse(aws.store.get(k) ?? 'null')));
    expect(records.map((r) => r?.n).sort()).toEqual(['ci', 'linkcheck']);
    expect(aws.secrets.get(`${STACK}/users`)).toContain(value.ci);
    for (const key of keys) {
      const stored = aws.store.get(key) ?? '';
      expect(stored).not.toContain('sdt1_');
      const record = parseStoredToken(JSON.parse(stored));
      // The digest of the value the secret holds, under the site's pepper.
      expect(record?.d).toBe(functionTokenDigest(PEPPER, value[record?.n ?? ''] ?? ''));
      expect(record?.g).toEqual(['/ci/**']);
    }
    // `linkcheck` removed from the site file: the next rotate deletes its key.
    await rotate(['ci']);
    const left = tokenKeys();
    expect(left).toHaveLength(1);
    expect(parseStoredToken(JSON.parse(aws.store.get(left[0] ?? '') ?? 'null'))?.n).toBe('ci');
  });

  it('end-sessions: all gives every user a new credential version in the store, passwords kept', async () => {
    secretHolds({ alice: STRONG, bob: STRONG2 });
    const both = ['alice', 'bob'];
    await deployFunctionStacks(...args(inputs(noUsers, both)), context(), deps);
    const version = (user: string): string | undefined =>
      parseStoredUser(JSON.parse(aws.store.get(`u:${user}`) ?? 'null'))?.c;
    const before = { alice: version('alice'), bob: version('bob'), hash: storedHash('alice') };
    const report = await rotateFunctionCommand(
      ...args(
        inputs(
          { ...noUsers, command: 'rotate', 'rotate-users': 'none', 'end-sessions': 'all' },
          both,
        ),
      ),
      context(),
      { ...deps, requestToken: () => '11111111-2222-4333-8444-555555555555' },
    );
    expect(report.sessionsEnded).toEqual(['alice', 'bob']);
    expect(report.rotated).toEqual([]);
    expect(version('alice')).toMatch(/^[A-Za-z0-9_-]{1,22}$/);
    expect(version('alice')).not.toBe(before.alice);
    expect(version('bob')).not.toBe(before.bob);
    expect(storedHash('alice')).toEqual(before.hash);
  });

  it('writes the store (old and new, the old with its expiry) THEN the secret; no stack change', async () => {
    secretHolds({ alice: STRONG });
    await deployFunctionStacks(...args(inputs(noUsers)), context(), deps);
    aws.timeline.length = 0;
    const rotateInputs = inputs({ ...noUsers, command: 'rotate', 'rotation-grace-period': '1h' });
    const report = await rotateFunctionCommand(...args(rotateInputs), context(), {
      ...deps,
      generatePassword: () => STRONG2,
      requestToken: () => '11111111-2222-4333-8444-555555555555',
    });
    expect(aws.timeline).toEqual([
      `read secret ${STACK}/users`,
      'store: +u:alice (viewer-request on function)',
      `read secret ${STACK}/users`,
      `write secret ${STACK}/users`,
    ]);
    const expires = Math.ceil(aws.t / 1000) + 3600;
    const salt = functionSalt(STACK, 'alice');
    expect(storedHash('alice').sort()).toEqual(
      [
        functionHash(PEPPER, salt, 'alice', STRONG2),
        `${functionHash(PEPPER, salt, 'alice', STRONG)}@${expires}`,
      ].sort(),
    );
    expect(report).toMatchObject({
      rotated: ['alice'],
      deploys: 1,
      storeWrites: 1,
      region: REGION,
    });
    expect(report.oldPasswordsStopWorkingAt).toBe(new Date(expires * 1000).toISOString());
    expect(
      cfnMock.commandCalls((await import('@aws-sdk/client-cloudformation')).CreateChangeSetCommand),
    ).toHaveLength(1);
    expect(masked).toContain(STRONG2);
  });

  it('refuses a site not deployed with edge: function', async () => {
    aws.seedLambdaSite();
    await expect(
      rotateFunctionCommand(...args(inputs({ ...noUsers, command: 'rotate' })), context(), deps),
    ).rejects.toThrow(/has no KeyValueStore \(output UsersStoreArn\)/);
  });
});

describe('rotate changes the passwords and nothing else (issue 21, edge: function)', () => {
  const ACCESS = { alice: '/acme/**', bob: '/globex/**' };
  const record = (user: string) => {
    const value = aws.store.get(`u:${user}`);
    return parseStoredUser(value === undefined ? undefined : JSON.parse(value));
  };

  it('the KeyValueStore records keep their access globs (g), and the site stack is untouched', async () => {
    const { CreateChangeSetCommand } = await import('@aws-sdk/client-cloudformation');
    secretHolds({ alice: STRONG, bob: STRONG2 });
    // publish.yml: deploy of the site file (access rules), users in Secrets Manager.
    await deployFunctionStacks(...args(inputs(noUsers, ['alice', 'bob'], ACCESS)), context(), deps);
    const before = { alice: record('alice'), bob: record('bob') };
    expect(before.alice?.g).toEqual(['/acme/**']);
    expect(before.bob?.g).toEqual(['/globex/**']);
    const site = aws.stacks.get(`${STACK}-site`);
    const siteBefore = {
      status: site?.status,
      parameters: { ...site?.parameters },
      tags: site?.tags,
    };
    const changeSets = cfnMock.commandCalls(CreateChangeSetCommand).length;

    // rotate.yml: only the run inputs of a rotation; the site is the same file.
    await rotateFunctionCommand(
      ...args(
        inputs(
          { ...noUsers, command: 'rotate', 'rotation-grace-period': '1h' },
          ['alice', 'bob'],
          ACCESS,
        ),
      ),
      context(),
      { ...deps, generatePassword, requestToken: () => '11111111-2222-4333-8444-555555555555' },
    );
    const after = { alice: record('alice'), bob: record('bob') };
    expect(after.alice?.g).toEqual(before.alice?.g);
    expect(after.bob?.g).toEqual(before.bob?.g);
    expect(after.alice?.p).not.toEqual(before.alice?.p); // the new password (and the old one, expiring)
    expect(after.alice?.p).toHaveLength(2);
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(changeSets); // no stack change
    // The site stack (the function, its code and association, the store) as the deploy left it.
    const siteAfter = aws.stacks.get(`${STACK}-site`);
    expect({
      status: siteAfter?.status,
      parameters: siteAfter?.parameters,
      tags: siteAfter?.tags,
    }).toEqual(siteBefore);

    // What the old rotate wrote (its own inputs, without access): records without `g`, every
    // user reading everything. The comparison above refuses it.
    const { writeUsersToStore } = await import('../src/commands/deploy-function.js');
    const withoutRules = inputs({ ...noUsers, command: 'rotate' }, ['alice', 'bob']);
    const kvsArn = siteAfter?.outputs.UsersStoreArn ?? '';
    await writeUsersToStore(
      withoutRules.site,
      context(),
      kvsArn,
      [{ user: 'alice', password: STRONG }],
      deps.setSecret,
      [],
    );
    expect(record('alice')?.g).toBeUndefined();
    expect(record('alice')?.g).not.toEqual(before.alice?.g);
  });
});

describe('a new site with its users in AWS (edge: function)', () => {
  it('deploy creates the stacks with nobody let in and says to rotate; rotate then adds the users', async () => {
    const report = await deployFunctionStacks(...args(inputs(noUsers)), context(), deps);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /the Secrets Manager secret 'docs\/users' \(eu-central-1\) holds no users yet, so the site lets nobody in: run `command: rotate`/,
      ),
    ]);
    expect(warnings).toEqual(report.warnings);
    expect(report.store.calls).toBe(0);
    expect(aws.store.size).toBe(0);
    aws.timeline.length = 0;
    const rotated = await rotateFunctionCommand(
      ...args(inputs({ ...noUsers, command: 'rotate', 'rotate-users': 'alice' })),
      context(),
      {
        ...deps,
        generatePassword: () => STRONG,
        requestToken: () => '11111111-2222-4333-8444-555555555555',
      },
    );
    expect(rotated.added).toEqual(['alice']);
    expect(aws.timeline).toEqual([
      `read secret ${STACK}/users`,
      'store: +u:alice (viewer-request on function)',
      `read secret ${STACK}/users`,
      `write secret ${STACK}/users`,
    ]);
    expect(storedHash('alice')).toEqual([
      functionHash(PEPPER, functionSalt(STACK, 'alice'), 'alice', STRONG),
    ]);
  });
});

describe('plan with edge: function', () => {
  it('reads no password, no pepper and no store; says the users are not compared', async () => {
    aws.seedLambdaSite();
    aws.stacks.delete(`${STACK}-site`); // no bucket yet: no dry-run sync (S3) in this test
    const report = await planFunctionCommand(
      ...args(inputs({ ...FUNCTION_INPUTS, command: 'plan' })),
      context(),
    );
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(0);
    expect(kvsMock.calls()).toHaveLength(0);
    // Nor does it look the store up: the plan role may not (the store's ARN is a stand-in).
    expect(cfMock.calls()).toHaveLength(0);
    expect(report.skipped.join('\n')).toMatch(
      /users in the KeyValueStore were not compared \(plan reads no password and no hash\): deploy writes `alice`/,
    );
    expect(report.skipped.join('\n')).toMatch(/`docs-edge` \(us-east-1\) would be deleted/);
    expect(aws.timeline).toEqual([]);
  });
});
