/**
 * Credentials: the GitHub OIDC token (from a real token endpoint on loopback, through
 * `requestIdToken`, the action's client of the runner's endpoint) exchanged with STS
 * (aws-sdk-client-mock). Time is fake: no test waits.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import {
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityCommandOutput,
  IDPCommunicationErrorException,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import {
  type CredentialDeps,
  type CredentialOptions,
  CredentialsError,
  REFRESH_MARGIN_MS,
  STS_ATTEMPTS,
  TOKEN_ATTEMPTS,
  credentialsProvider,
  resolveCredentials,
  tokenClaims,
} from '../src/aws/credentials.js';
import { requestIdToken } from '../src/aws/oidc-token.js';

const ROLE = 'arn:aws:iam::123456789012:role/secure-dist-deploy';
const SUB = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const AUD = 'sts.amazonaws.com';
const SIGNATURE = 'U2lnbmF0dXJlT2ZUaGVUb2tlbi1zZWNyZXQtc2VjcmV0';

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${part(claims)}.${SIGNATURE}`;
}

const TOKEN = jwt({
  iss: 'https://token.actions.githubusercontent.com',
  sub: SUB,
  aud: AUD,
  repository: 'octo-org/octo-repo',
  ref: 'refs/heads/main',
  exp: 1_900_000_000,
});

const OPTS: CredentialOptions = {
  roleToAssume: ROLE,
  audience: AUD,
  sessionName: 'secure-dist-42-1',
  durationSeconds: 3600,
  region: 'eu-central-1',
};

const T0 = Date.parse('2026-03-01T12:00:00Z');

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
    SubjectFromWebIdentityToken: SUB,
    AssumedRoleUser: {
      Arn: `arn:aws:sts::123456789012:assumed-role/secure-dist-deploy/${OPTS.sessionName}`,
      AssumedRoleId: `AROAEXAMPLEID:${OPTS.sessionName}`,
    },
    Provider: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    Audience: AUD,
  };
}

function stsError(name: string, status: number, message: string): STSServiceException {
  return new STSServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
}

const stsMock = mockClient(STSClient);

interface Recorded {
  secrets: string[];
  infos: string[];
  sleeps: number[];
}

function makeDeps(
  getIDToken: (aud: string) => Promise<string>,
  rec: Recorded,
  sts: CredentialDeps['sts'] = new STSClient({ region: 'eu-central-1' }),
): CredentialDeps {
  return {
    getIDToken,
    sts,
    sleep: async (ms) => {
      rec.sleeps.push(ms);
    },
    random: () => 0.5,
    setSecret: (s) => rec.secrets.push(s),
    info: (m) => rec.infos.push(m),
  };
}

function recorder(): Recorded {
  return { secrets: [], infos: [], sleeps: [] };
}

beforeEach(() => {
  stsMock.reset();
});

describe('resolveCredentials without a role', () => {
  it('returns undefined and calls nothing, so the SDK default chain is used', async () => {
    const rec = recorder();
    const getIDToken = jest.fn(async () => TOKEN);
    for (const roleToAssume of [undefined, '', '  ']) {
      await expect(
        resolveCredentials({ ...OPTS, roleToAssume }, makeDeps(getIDToken, rec)),
      ).resolves.toBeUndefined();
    }
    expect(getIDToken).not.toHaveBeenCalled();
    expect(stsMock.calls()).toHaveLength(0);
    expect(
      credentialsProvider(
        { ...OPTS, roleToAssume: '' },
        { ...makeDeps(getIDToken, rec), now: () => 0 },
      ),
    ).toBeUndefined();
  });
});

describe('the runner token endpoint through requestIdToken', () => {
  const saved = {
    url: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'],
    token: process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  };
  let server: Server | undefined;

  afterEach(async () => {
    for (const [k, v] of [
      ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** Runs `fn` with stdout captured (nothing may print the token there). */
  async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
    let out = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      out += String(chunk);
      return true;
    });
    try {
      return { value: await fn(), out };
    } finally {
      spy.mockRestore();
    }
  }

  it('exchanges the token from the runner endpoint and masks every secret part', async () => {
    const requests: { url: string; auth: string | undefined }[] = [];
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', auth: req.headers.authorization });
      if (req.headers.authorization !== 'Bearer request-token-xyz') {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: 1, value: TOKEN }));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const { port } = address;
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] =
      `http://127.0.0.1:${port}/_apis/oidc/token?api-version=2.0`;
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'request-token-xyz';

    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves(stsAnswer(1, T0 + 3600_000));
    const rec = recorder();
    const { value: creds, out } = await capturingStdout(() =>
      resolveCredentials(
        OPTS,
        makeDeps((aud) => requestIdToken(aud, { env: process.env }), rec),
      ),
    );

    expect(creds).toEqual({
      accessKeyId: 'ASIAEXAMPLE1',
      secretAccessKey: 'secret-access-key-1',
      sessionToken: 'session-token-1',
      expiration: new Date(T0 + 3600_000),
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/_apis/oidc/token?api-version=2.0&audience=sts.amazonaws.com');
    const call = stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)[0];
    expect(call?.args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: OPTS.sessionName,
      WebIdentityToken: TOKEN,
      DurationSeconds: 3600,
    });
    // Every secret part is masked, the token too; the token appears on stdout only in its mask.
    expect(rec.secrets).toEqual(
      expect.arrayContaining([TOKEN, 'ASIAEXAMPLE1', 'secret-access-key-1', 'session-token-1']),
    );
    expect(out).not.toContain(TOKEN);
    const logged = rec.infos.join('\n');
    for (const secret of [TOKEN, 'secret-access-key-1', 'session-token-1', SIGNATURE]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain(ROLE);
  });

  it('says to add `permissions: id-token: write` when the runner gives no token URL', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    const rec = recorder();
    const err = await resolveCredentials(
      OPTS,
      makeDeps((aud) => requestIdToken(aud, { env: process.env }), rec),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(String(err)).toContain('`permissions: id-token: write`');
    expect(String(err)).toContain('ACTIONS_ID_TOKEN_REQUEST_URL');
    expect(rec.sleeps).toEqual([]); // not retried: it cannot get better
    expect(stsMock.calls()).toHaveLength(0);
  });
});

describe('fetching the token', () => {
  it('retries a failing token request with jittered, growing delays, then succeeds', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves(stsAnswer(1, T0 + 3600_000));
    const rec = recorder();
    let n = 0;
    const getIDToken = async () => {
      n += 1;
      if (n < 3) throw new Error('Failed to get ID Token. Error Code : 503');
      return TOKEN;
    };
    await expect(resolveCredentials(OPTS, makeDeps(getIDToken, rec))).resolves.toBeDefined();
    expect(n).toBe(3);
    expect(rec.sleeps).toHaveLength(2);
    expect(rec.sleeps[1]).toBeGreaterThan(rec.sleeps[0] ?? Infinity);
  });

  it('throws after the last attempt, never succeeding with nothing', async () => {
    const rec = recorder();
    const getIDToken = jest.fn(async (): Promise<string> => {
      throw new Error('Failed to get ID Token. Error Code : 500');
    });
    const err = await resolveCredentials(OPTS, makeDeps(getIDToken, rec)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(String(err)).toContain(`after ${TOKEN_ATTEMPTS} attempts`);
    expect(String(err)).toContain('Error Code : 500');
    expect(getIDToken).toHaveBeenCalledTimes(TOKEN_ATTEMPTS);
    expect(stsMock.calls()).toHaveLength(0);
  });
});

describe('AssumeRoleWithWebIdentity', () => {
  it('on AccessDenied shows the role, sub and aud, both sub forms, and never the token', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      );
    const rec = recorder();
    const err = await resolveCredentials(
      OPTS,
      makeDeps(async () => TOKEN, rec),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    const msg = err instanceof Error ? err.message : '';
    expect(msg).toContain(ROLE);
    expect(msg).toContain(`sub = "${SUB}"`);
    expect(msg).toContain(`aud = "${AUD}"`);
    expect(msg).toContain('repo:<owner>/<repo>:ref:refs/heads/<branch>');
    expect(msg).toContain('repo:<owner>@<owner-id>/<repo>@<repo-id>:ref:refs/heads/<branch>');
    expect(msg).toContain('trust policy');
    expect(msg).not.toContain(TOKEN);
    expect(msg).not.toContain(SIGNATURE);
    expect(msg).not.toContain(TOKEN.split('.')[1] ?? '<payload>');
    expect(rec.infos.join('\n')).not.toContain(TOKEN);
    expect(stsMock.calls()).toHaveLength(1); // a refusal is not retried
    expect(rec.sleeps).toEqual([]);
  });

  it('on a missing OIDC provider says to create it, without retrying', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message:
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      }),
    );
    const err = await resolveCredentials(
      OPTS,
      makeDeps(async () => TOKEN, recorder()),
    ).catch((e: unknown) => e);
    expect(String(err)).toContain('Create the IAM OIDC identity provider');
    expect(String(err)).toContain('123456789012');
    expect(String(err)).not.toContain(TOKEN);
    expect(stsMock.calls()).toHaveLength(1);
  });

  it('retries throttling, IdP trouble, 5xx and network errors, then succeeds', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
      .rejectsOnce(
        new IDPCommunicationErrorException({
          $metadata: { httpStatusCode: 400 },
          message: 'Couldn\u2019t retrieve verification key from your identity provider',
        }),
      )
      .rejectsOnce(stsError('InternalFailure', 500, 'internal error'))
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves(stsAnswer(7, T0 + 3600_000));
    const rec = recorder();
    const creds = await resolveCredentials(
      OPTS,
      makeDeps(async () => TOKEN, rec),
    );
    expect(creds?.accessKeyId).toBe('ASIAEXAMPLE7');
    expect(stsMock.calls()).toHaveLength(5);
    expect(rec.sleeps).toHaveLength(4);
    // Exponential and jittered (random 0.5 ⇒ 3/4 of the step), capped.
    expect(rec.sleeps).toEqual([750, 1500, 3000, 6000]);
    expect(rec.secrets).toEqual(
      expect.arrayContaining(['ASIAEXAMPLE7', 'secret-access-key-7', 'session-token-7']),
    );
  });

  it('throws the last error once the attempts are exhausted', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('ServiceUnavailable', 503, 'Service is unavailable'));
    const rec = recorder();
    const err = await resolveCredentials(
      OPTS,
      makeDeps(async () => TOKEN, rec),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect(String(err)).toContain(`after ${STS_ATTEMPTS} attempts`);
    expect(String(err)).toContain('ServiceUnavailable: Service is unavailable');
    expect(stsMock.calls()).toHaveLength(STS_ATTEMPTS);
    expect(rec.sleeps).toHaveLength(STS_ATTEMPTS - 1);
    expect(Math.max(...rec.sleeps)).toBeLessThanOrEqual(16_000);
    expect(rec.secrets).toEqual([TOKEN]); // no credentials were ever received
  });

  it('destroys an STS client it made from a factory', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves(stsAnswer(1, T0 + 3600_000));
    const made: STSClient[] = [];
    const factory = (region: string) => {
      const c = new STSClient({ region, maxAttempts: 1 });
      made.push(c);
      return c;
    };
    const destroy = jest.spyOn(STSClient.prototype, 'destroy');
    await resolveCredentials(
      OPTS,
      makeDeps(async () => TOKEN, recorder(), factory),
    );
    expect(made).toHaveLength(1);
    expect(await made[0]?.config.region()).toBe('eu-central-1');
    expect(destroy).toHaveBeenCalledTimes(1);
    destroy.mockRestore();
  });
});

describe('credentialsProvider', () => {
  it('re-assumes the role when the credentials are within 5 minutes of expiry', async () => {
    let now = T0;
    let n = 0;
    stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      n += 1;
      return stsAnswer(n, now + 3600_000);
    });
    const getIDToken = jest.fn(async () => TOKEN);
    const rec = recorder();
    const provider = credentialsProvider(OPTS, {
      ...makeDeps(getIDToken, rec),
      now: () => now,
    });
    if (provider === undefined) throw new Error('expected a provider');
    // An SDK client takes it as its `credentials`.
    const cfn = new CloudFormationClient({ region: 'eu-central-1', credentials: provider });
    cfn.destroy();

    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE1');
    now += 30 * 60_000;
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE1');
    now = T0 + 3600_000 - REFRESH_MARGIN_MS - 1000; // 5 min 1 s left: still good
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE1');
    expect(stsMock.calls()).toHaveLength(1);

    now = T0 + 3600_000 - REFRESH_MARGIN_MS + 1000; // 4 min 59 s left: refresh
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a.accessKeyId).toBe('ASIAEXAMPLE2');
    expect(b).toBe(a); // concurrent callers share one refresh
    expect(stsMock.calls()).toHaveLength(2);
    expect(getIDToken).toHaveBeenCalledTimes(2); // a fresh OIDC token for each exchange
    expect(rec.secrets).toEqual(expect.arrayContaining(['secret-access-key-2', 'session-token-2']));
  });

  it('starts from initial credentials and throws when a refresh fails', async () => {
    let now = T0;
    const initial = {
      accessKeyId: 'ASIAINITIAL',
      secretAccessKey: 'secret-initial',
      sessionToken: 'token-initial',
      expiration: new Date(T0 + 900_000),
    };
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('AccessDenied', 403, 'denied'));
    const provider = credentialsProvider(
      OPTS,
      { ...makeDeps(async () => TOKEN, recorder()), now: () => now },
      initial,
    );
    if (provider === undefined) throw new Error('expected a provider');
    await expect(provider()).resolves.toBe(initial);
    expect(stsMock.calls()).toHaveLength(0);
    now = T0 + 900_000 - 60_000;
    await expect(provider()).rejects.toThrow(/could not assume role/);
  });
});

describe('tokenClaims', () => {
  it('reads the claims and never throws on garbage', () => {
    expect(tokenClaims(TOKEN)).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      sub: SUB,
      aud: AUD,
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
    });
    expect(tokenClaims(jwt({ aud: ['a', 'b'], sub: 5 }))).toEqual({ aud: 'a, b' });
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    for (const garbage of ['', 'abc', 'a.%%%.c', `a.${b64('null')}.c`, `a.${b64('{"sub":')}.c`]) {
      expect(tokenClaims(garbage)).toEqual({});
    }
  });
});
