/**
 * Issue 9 #3: before ExecuteChangeSet the role is re-assumed when its credentials would expire
 * within `stack-timeout`, and the very next request is signed with the new ones (the SDK calls
 * our provider before every request: `memoized: true`). A controlled clock; STS mocked with
 * aws-sdk-client-mock; CloudFormation is a loopback server that records the session token each
 * request was signed with.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityCommandOutput,
  STSClient,
} from '@aws-sdk/client-sts';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { createClients } from '../src/aws/clients.js';
import { credentialsProvider, type CredentialOptions } from '../src/aws/credentials.js';

const ROLE = 'arn:aws:iam::123456789012:role/secure-dist-deploy';
// The SDK judges expiry on the real clock: start the controlled one at real time.
const T0 = Date.now();
const OPTS: CredentialOptions = {
  roleToAssume: ROLE,
  audience: 'sts.amazonaws.com',
  sessionName: 'secure-dist-42-1',
  durationSeconds: 3600,
  region: 'eu-central-1',
};
const TOKEN = `e30.${Buffer.from('{"sub":"repo:o/r:ref:refs/heads/main"}').toString('base64url')}.sig`;

function stsAnswer(n: number, expiresAt: number): AssumeRoleWithWebIdentityCommandOutput {
  // Shape of the AssumeRoleWithWebIdentity response in the STS API reference.
  return {
    $metadata: { httpStatusCode: 200, requestId: `req-${n}` },
    Credentials: {
      AccessKeyId: `ASIAEXAMPLE${n}`,
      SecretAccessKey: `secret-access-key-${n}`,
      SessionToken: `session-token-${n}`,
      Expiration: new Date(expiresAt),
    },
  };
}

const stsMock = mockClient(STSClient);
let server: Server;
let endpoint: string;
const tokens: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    tokens.push(String(req.headers['x-amz-security-token'] ?? ''));
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      // DescribeStacks response (awsQuery) as in the CloudFormation API reference.
      res.end(
        '<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">' +
          '<DescribeStacksResult><Stacks/></DescribeStacksResult>' +
          '<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  stsMock.reset();
  tokens.length = 0;
});

function setup() {
  const clock = { now: T0 };
  let n = 0;
  stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
    n += 1;
    return stsAnswer(n, clock.now + 3600_000);
  });
  const infos: string[] = [];
  const provider = credentialsProvider(OPTS, {
    getIDToken: () => Promise.resolve(TOKEN),
    sts: new STSClient({ region: 'eu-central-1' }),
    sleep: () => Promise.resolve(),
    setSecret: () => undefined,
    info: (m) => infos.push(m),
    now: () => clock.now,
  });
  if (provider === undefined) throw new Error('expected a provider');
  return { clock, provider, infos, assumed: () => n };
}

describe('credentialsProvider.ensureValidFor', () => {
  it('keeps credentials that outlast the operation; re-assumes those that would not', async () => {
    const { clock, provider, infos, assumed } = setup();
    await provider();
    expect(assumed()).toBe(1);
    // 59 minutes left, the stack may take 30: keep them.
    clock.now = T0 + 60_000;
    expect((await provider.ensureValidFor(30 * 60_000)).accessKeyId).toBe('ASIAEXAMPLE1');
    expect(assumed()).toBe(1);
    // 25 minutes left (well outside the SDK's 5-minute refresh margin), the stack may take 30.
    clock.now = T0 + 35 * 60_000;
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE1');
    expect((await provider.ensureValidFor(30 * 60_000)).accessKeyId).toBe('ASIAEXAMPLE2');
    expect(assumed()).toBe(2);
    expect(infos.join('\n')).toContain('re-assuming the role');
    // The plain provider now hands out the new credentials.
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE2');
  });

  it('says so when even fresh credentials are shorter than the operation', async () => {
    const { provider, infos } = setup();
    await provider.ensureValidFor(2 * 3600_000);
    expect(infos.join('\n')).toContain('raise `role-duration-seconds`');
    expect(infos.join('\n')).toContain('`cloudformation-role`');
  });

  it('a client signs its very next request with the renewed credentials', async () => {
    const { clock, provider } = setup();
    const clients = createClients(provider, 1, provider.ensureValidFor);
    const cfn: CloudFormationClient = new CloudFormationClient({
      region: 'us-east-1',
      endpoint,
      credentials: provider,
      maxAttempts: 1,
    });
    try {
      await cfn.send(new DescribeStacksCommand({}));
      clock.now = T0 + 35 * 60_000;
      await cfn.send(new DescribeStacksCommand({}));
      await clients.ensureCredentialsValidFor?.(30 * 60_000);
      await cfn.send(new DescribeStacksCommand({}));
      expect(tokens).toEqual(['session-token-1', 'session-token-1', 'session-token-2']);
    } finally {
      cfn.destroy();
      clients.destroy();
    }
  });
});
