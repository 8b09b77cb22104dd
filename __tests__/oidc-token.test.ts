/**
 * The runner's OIDC token endpoint, asked as @actions/core's `getIDToken` asks it
 * (src/aws/oidc-token.ts): a real HTTP server on loopback records what arrives.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { idTokenUrl, oidcUserAgent, requestIdToken } from '../src/aws/oidc-token.js';

const REQUEST_TOKEN = 'runner-request-token-secret';
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJl';

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

/** A token endpoint answering `status` and `body`; resolves with its URL (with a query, as the runner's). */
async function endpoint(status: number, body: string, seen: Seen[]): Promise<string> {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/_apis/oidc/token?api-version=2.0`;
}

describe('requestIdToken', () => {
  it("asks the runner's URL with the audience, the bearer request token and JSON, and returns `value`", async () => {
    const seen: Seen[] = [];
    const url = await endpoint(200, JSON.stringify({ count: 1, value: ID_TOKEN }), seen);
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
      ACTIONS_ORCHESTRATION_ID: 'run 42/attempt:1',
    };
    await expect(requestIdToken('sts.amazonaws.com', { env })).resolves.toBe(ID_TOKEN);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe('/_apis/oidc/token?api-version=2.0&audience=sts.amazonaws.com');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${REQUEST_TOKEN}`);
    expect(seen[0]?.headers.accept).toBe('application/json');
    expect(seen[0]?.headers['user-agent']).toBe(
      'actions/oidc-client actions_orchestration_id/run_42_attempt_1',
    );
  });

  it('encodes the audience as a query value, and leaves it out when empty', () => {
    const base = 'https://runner.example/token?api-version=2.0';
    expect(idTokenUrl(base, 'https://example.com/a b&c')).toBe(
      `${base}&audience=https%3A%2F%2Fexample.com%2Fa%20b%26c`,
    );
    expect(idTokenUrl(base, '')).toBe(base);
    expect(oidcUserAgent({})).toBe('actions/oidc-client');
  });

  it('names the missing variable (what credentials.ts turns into `permissions: id-token: write`)', async () => {
    await expect(requestIdToken('sts.amazonaws.com', { env: {} })).rejects.toThrow(
      'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    );
    await expect(
      requestIdToken('sts.amazonaws.com', {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/t?x=1' },
      }),
    ).rejects.toThrow('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
  });

  it("fails with the runner's status on a refusal, never showing the request token", async () => {
    const seen: Seen[] = [];
    const url = await endpoint(401, `{"message":"bad token ${REQUEST_TOKEN}"}`, seen);
    const err = await requestIdToken('sts.amazonaws.com', {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toContain('401');
    expect(String(err)).not.toContain(REQUEST_TOKEN);
  });

  it('fails when the answer has no token', async () => {
    for (const body of ['{"count":0}', '{"value":""}', 'not json']) {
      const url = await endpoint(200, body, []);
      await expect(
        requestIdToken('sts.amazonaws.com', {
          env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN },
        }),
      ).rejects.toThrow(/ID Token/);
      await new Promise<void>((resolve) => server?.close(() => resolve()));
      server = undefined;
    }
  });
});
