/**
 * The job's GitHub OIDC token, requested from the runner with Node's global `fetch`, by the
 * protocol of @actions/core's `getIDToken` (lib/oidc-utils.js and @actions/http-client's
 * lib/index.js, @actions/core 3.0.1 / @actions/http-client 4.0.1): GET the URL in
 * `ACTIONS_ID_TOKEN_REQUEST_URL` (it already has a query) with `&audience=<audience,
 * URI-encoded>` appended, `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`,
 * `Accept: application/json`, user agent `actions/oidc-client` (with the runner's
 * orchestration id when it gives one, as http-client adds it); the token is the JSON answer's
 * `value`. GitHub's OIDC reference names `core.getIDToken(audience)` as the way to ask for a
 * custom audience (https://docs.github.com/en/actions/reference/security/oidc); the request
 * itself is documented by that code, which is what this follows.
 *
 * Why not `core.getIDToken`: @actions/core's OIDC client is @actions/http-client, which imports
 * `undici` (≈ 0.8 MB), and @actions/core imports it at the top, so every command paid for
 * loading it whether or not it asked for a token (issue 24: ≈ 0.14 s of a sync's start-up).
 *
 * What differs, on purpose:
 * - Retries: http-client retries a GET answered 502/503/504 up to 10 times within the call;
 *   here the caller retries (src/aws/credentials.ts `fetchToken`: any failure but a missing
 *   permission, 4 attempts with jittered back-off).
 * - A request that hangs is aborted after `TOKEN_REQUEST_TIMEOUT_MS` (http-client has no
 *   timeout), and then retried like any failure.
 * - Proxies: http-client reads `https_proxy`/`no_proxy`; Node's `fetch` does only when Node
 *   runs with `NODE_USE_ENV_PROXY=1` (https://nodejs.org/api/cli.html#node_use_env_proxy1),
 *   which a job can set in its `env`. The AWS SDK reads no proxy variable at all (it takes an
 *   agent in code: https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-proxies.html),
 *   so a runner that must use a proxy could not reach AWS with this action either way.
 * Redirects are followed as http-client does; `fetch` drops `Authorization` on a redirect to
 * another origin (Fetch standard, "HTTP-redirect fetch"), as http-client does for another host.
 *
 * The caller masks the token (`setSecret`) before anything can log it; no error here carries it
 * or the request token.
 */

/** A hanging token request is aborted after this long (and retried by the caller). */
export const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

export interface OidcTokenDeps {
  /** Where `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN` (and `ACTIONS_ORCHESTRATION_ID`) are read. */
  readonly env: NodeJS.ProcessEnv;
  /** Node's global `fetch` when absent (tests pass their own). */
  readonly fetch?: typeof fetch;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  // The words of @actions/core's errors: src/aws/credentials.ts recognises a job without
  // `permissions: id-token: write` by the variable's name in the message.
  if (value === undefined || value === '') throw new Error(`Unable to get ${name} env variable`);
  return value;
}

/** `actions/oidc-client`, with the runner's orchestration id as @actions/http-client adds it. */
export function oidcUserAgent(env: NodeJS.ProcessEnv): string {
  const id = env['ACTIONS_ORCHESTRATION_ID'];
  return id
    ? `actions/oidc-client actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`
    : 'actions/oidc-client';
}

/** The token URL for `audience` (none: the runner's default audience). */
export function idTokenUrl(requestUrl: string, audience: string): string {
  return audience === '' ? requestUrl : `${requestUrl}&audience=${encodeURIComponent(audience)}`;
}

/** Requests the job's OIDC token for `audience`; throws with the runner's status on failure. */
export async function requestIdToken(audience: string, deps: OidcTokenDeps): Promise<string> {
  const url = idTokenUrl(required(deps.env, 'ACTIONS_ID_TOKEN_REQUEST_URL'), audience);
  const requestToken = required(deps.env, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN');
  const res = await (deps.fetch ?? fetch)(url, {
    headers: {
      Authorization: `Bearer ${requestToken}`,
      Accept: 'application/json',
      'User-Agent': oidcUserAgent(deps.env),
    },
    signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
  });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(`Failed to get ID Token: the runner answered ${res.status} ${res.statusText}`);
  }
  let value: unknown;
  try {
    const parsed: unknown = JSON.parse(body);
    value =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'value') : undefined;
  } catch {
    throw new Error('Failed to get ID Token: the runner answered with something other than JSON');
  }
  if (typeof value !== 'string' || value === '') {
    throw new Error('Response json body do not have ID Token field');
  }
  return value;
}
