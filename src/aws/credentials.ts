/**
 * AWS credentials for the run: the job's GitHub OIDC token exchanged for a role session with
 * STS `AssumeRoleWithWebIdentity`, or nothing at all when `role-to-assume` is empty (the SDK's
 * default chain then finds what is already in the environment, e.g. from
 * aws-actions/configure-aws-credentials).
 *
 * Every secret part goes through `setSecret` before anything can log it; the OIDC token is
 * never printed: errors show only its non-secret claims (`sub`, `aud`, …).
 */
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { errorMessage, errorName, isTransient, retry } from './retry.js';

/** Attempts at fetching the OIDC token from the runner. */
export const TOKEN_ATTEMPTS = 4;
/** Attempts at `AssumeRoleWithWebIdentity`. */
export const STS_ATTEMPTS = 6;
/** Credentials this close to their expiry are replaced before use. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com';

export interface CredentialOptions {
  /** Role ARN; empty or undefined = use the credentials already in the environment. */
  readonly roleToAssume: string | undefined;
  readonly audience: string;
  readonly sessionName: string;
  readonly durationSeconds: number;
  /** Region of the STS endpoint. */
  readonly region: string;
}

export interface CredentialDeps {
  /** `requestIdToken` (src/aws/oidc-token.ts) in the action: what `core.getIDToken` does. */
  readonly getIDToken: (audience: string) => Promise<string>;
  /** An STS client, or a factory for one in a region (a client made here is destroyed after use). */
  readonly sts: STSClient | ((region: string) => STSClient);
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter; `Math.random` when absent. */
  readonly random?: () => number;
  /** `core.setSecret` in the action. */
  readonly setSecret: (secret: string) => void;
  readonly info: (msg: string) => void;
}

/**
 * A role session. Assignable to the SDK's `AwsCredentialIdentity`, so it (or a provider
 * returning it) goes straight into a client's `credentials`.
 */
export interface AssumedRoleCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/** An SDK credential provider (`credentials` in any client's configuration). */
export type CredentialProvider = () => Promise<AssumedRoleCredentials>;

/**
 * The provider `credentialsProvider` makes. `memoized: true` tells the SDK that the provider
 * caches on its own (the SDK then calls it before every request instead of holding the first
 * answer until it nears expiry: `normalizeCredentialProvider` in @aws-sdk/core), so credentials
 * renewed by `ensureValidFor` sign the very next request.
 */
export interface RenewableCredentialProvider extends CredentialProvider {
  readonly memoized: true;
  /**
   * Re-assumes the role (with a fresh OIDC token) unless the credentials held are valid for
   * at least `ms` more: before an operation that must not outlive them (ExecuteChangeSet
   * without a service role, bounded by `stack-timeout`).
   */
  ensureValidFor(ms: number): Promise<AssumedRoleCredentials>;
}

export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** An STS client for `AssumeRoleWithWebIdentity`: the retries are ours (jittered, bounded). */
export function createStsClient(region: string): STSClient {
  return new STSClient({ region, maxAttempts: 1 });
}

function roleOf(opts: CredentialOptions): string | undefined {
  const role = opts.roleToAssume?.trim();
  return role === undefined || role === '' ? undefined : role;
}

/**
 * The credentials of the role session, or `undefined` when `roleToAssume` is empty.
 * Throws a `CredentialsError` that says what to fix.
 */
export async function resolveCredentials(
  opts: CredentialOptions,
  deps: CredentialDeps,
): Promise<AssumedRoleCredentials | undefined> {
  const role = roleOf(opts);
  if (role === undefined) return undefined;
  return assumeRole(role, opts, deps);
}

/**
 * A provider that re-assumes the role (with a fresh OIDC token) whenever the credentials it
 * holds are within `REFRESH_MARGIN_MS` of expiry, so that a deploy longer than the session
 * does not fail half-way. Concurrent calls share one refresh. `initial` (from
 * `resolveCredentials`) saves the first exchange. `undefined` when `roleToAssume` is empty.
 */
export function credentialsProvider(
  opts: CredentialOptions,
  deps: CredentialDeps & { readonly now: () => number },
  initial?: AssumedRoleCredentials,
): RenewableCredentialProvider | undefined {
  const role = roleOf(opts);
  if (role === undefined) return undefined;
  let current = initial;
  let pending: Promise<AssumedRoleCredentials> | undefined;
  const refresh = async (): Promise<AssumedRoleCredentials> => {
    try {
      current = await assumeRole(role, opts, deps);
      return current;
    } finally {
      pending = undefined;
    }
  };
  const validFor = (c: AssumedRoleCredentials | undefined): number =>
    c === undefined ? -Infinity : c.expiration.getTime() - deps.now();
  const provider = async (): Promise<AssumedRoleCredentials> => {
    if (current !== undefined && validFor(current) > REFRESH_MARGIN_MS) return current;
    pending ??= refresh();
    return pending;
  };
  const ensureValidFor = async (ms: number): Promise<AssumedRoleCredentials> => {
    const held = pending !== undefined ? await pending : current;
    if (held !== undefined && validFor(held) > ms) return held;
    if (held !== undefined) {
      deps.info(
        `the credentials of ${role} expire at ${held.expiration.toISOString()}, before the ${Math.round(ms / 60_000)} min ` +
          'the next stack operation may take (`stack-timeout`): re-assuming the role',
      );
    }
    pending ??= refresh();
    const fresh = await pending;
    if (validFor(fresh) <= ms) {
      deps.info(
        `the new credentials of ${role} last only until ${fresh.expiration.toISOString()}, less than \`stack-timeout\`: ` +
          "raise `role-duration-seconds` (and the role's maximum session duration), or let CloudFormation act " +
          'with its own service role (`cloudformation-role`)',
      );
    }
    return fresh;
  };
  return Object.assign(provider, { memoized: true as const, ensureValidFor });
}

async function assumeRole(
  role: string,
  opts: CredentialOptions,
  deps: CredentialDeps,
): Promise<AssumedRoleCredentials> {
  const token = await fetchToken(opts.audience, deps);
  deps.setSecret(token);
  const claims = tokenClaims(token);

  const ownClient = typeof deps.sts === 'function';
  const sts = typeof deps.sts === 'function' ? deps.sts(opts.region) : deps.sts;
  let attempts = 0;
  try {
    const res = await retry(
      (attempt) => {
        attempts = attempt;
        return sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: role,
            RoleSessionName: opts.sessionName,
            WebIdentityToken: token,
            DurationSeconds: opts.durationSeconds,
          }),
        );
      },
      {
        attempts: STS_ATTEMPTS,
        baseDelayMs: 1000,
        maxDelayMs: 16_000,
        sleep: deps.sleep,
        ...(deps.random !== undefined ? { random: deps.random } : {}),
        retryable: isRetryableStsError,
        onRetry: (e, attempt, delay) =>
          deps.info(
            `AssumeRoleWithWebIdentity attempt ${attempt}/${STS_ATTEMPTS} failed (${describeBriefly(e)}); retrying in ${delay} ms`,
          ),
      },
    );
    const c = res.Credentials;
    if (
      c?.AccessKeyId === undefined ||
      c.SecretAccessKey === undefined ||
      c.SessionToken === undefined ||
      c.Expiration === undefined
    ) {
      throw new CredentialsError(
        `AssumeRoleWithWebIdentity for ${role} answered without complete credentials`,
      );
    }
    deps.setSecret(c.AccessKeyId);
    deps.setSecret(c.SecretAccessKey);
    deps.setSecret(c.SessionToken);
    deps.info(
      `Assumed role ${role} (session ${opts.sessionName}); credentials valid until ${c.Expiration.toISOString()}`,
    );
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  } catch (e) {
    if (e instanceof CredentialsError) throw e;
    throw describeStsError(e, { role, claims, audience: opts.audience, attempts });
  } finally {
    if (ownClient) sts.destroy();
  }
}

function isMissingTokenPermission(e: unknown): boolean {
  const msg = errorMessage(e);
  return (
    msg.includes('ACTIONS_ID_TOKEN_REQUEST_URL') || msg.includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN')
  );
}

async function fetchToken(audience: string, deps: CredentialDeps): Promise<string> {
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        attempts = attempt;
        const token = await deps.getIDToken(audience);
        if (token === '') throw new Error('the runner answered with an empty token');
        return token;
      },
      {
        attempts: TOKEN_ATTEMPTS,
        baseDelayMs: 1000,
        maxDelayMs: 8000,
        sleep: deps.sleep,
        ...(deps.random !== undefined ? { random: deps.random } : {}),
        retryable: (e) => !isMissingTokenPermission(e),
        onRetry: (e, attempt, delay) =>
          deps.info(
            `GitHub OIDC token request ${attempt}/${TOKEN_ATTEMPTS} failed (${errorMessage(e)}); retrying in ${delay} ms`,
          ),
      },
    );
  } catch (e) {
    throw new CredentialsError(tokenErrorMessage(e, audience, attempts), { cause: e });
  }
}

/** What to do when the runner gives no OIDC token. Pure. */
export function tokenErrorMessage(e: unknown, audience: string, attempts: number): string {
  if (isMissingTokenPermission(e)) {
    return (
      '`role-to-assume` is set, but this job cannot request a GitHub OIDC token ' +
      '(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add `permissions: id-token: write` to the job ' +
      '(or the workflow) that runs this action; keep `contents: read` too, since setting ' +
      '`permissions` drops every permission not listed. Pull requests from forks never get a token.'
    );
  }
  return `could not get a GitHub OIDC token for audience '${audience}' after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${errorMessage(e)}`;
}

const NOT_RETRYABLE_STS = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'InvalidIdentityToken',
  'InvalidIdentityTokenException',
  'ExpiredToken',
  'ExpiredTokenException',
  'IDPRejectedClaim',
  'IDPRejectedClaimException',
  'MalformedPolicyDocument',
  'MalformedPolicyDocumentException',
  'PackedPolicyTooLarge',
  'PackedPolicyTooLargeException',
  'RegionDisabledException',
  'ValidationError',
]);

/** Throttling, IdP communication trouble, 5xx and network errors; never a refusal. */
export function isRetryableStsError(e: unknown): boolean {
  const name = errorName(e);
  if (NOT_RETRYABLE_STS.has(name)) return false;
  if (name === 'IDPCommunicationError' || name === 'IDPCommunicationErrorException') return true;
  return isTransient(e);
}

function describeBriefly(e: unknown): string {
  const name = errorName(e);
  const msg = errorMessage(e);
  return name !== '' && name !== 'Error' ? `${name}: ${msg}` : msg;
}

/** The claims of a GitHub OIDC token that say who is asking; none of them is secret. */
export interface TokenClaims {
  readonly sub?: string;
  readonly aud?: string;
  readonly iss?: string;
  readonly repository?: string;
  readonly ref?: string;
  readonly environment?: string;
  readonly job_workflow_ref?: string;
}

const CLAIM_NAMES = [
  'sub',
  'aud',
  'iss',
  'repository',
  'ref',
  'environment',
  'job_workflow_ref',
] as const;

/**
 * The payload claims of a JWT, decoded without verification (only for messages).
 * Never throws: a token that does not parse gives no claims.
 */
export function tokenClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (payload === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const out: Record<string, string> = {};
  for (const name of CLAIM_NAMES) {
    const v: unknown = Object.getOwnPropertyDescriptor(parsed, name)?.value;
    if (typeof v === 'string') out[name] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[name] = v.join(', ');
  }
  return out;
}

function accountOf(roleArn: string): string {
  return /^arn:[\w-]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '<account-id>';
}

function partitionOf(roleArn: string): string {
  return /^arn:([\w-]+):/.exec(roleArn)?.[1] ?? 'aws';
}

function claimLine(claims: TokenClaims): string {
  const parts = CLAIM_NAMES.filter((n) => claims[n] !== undefined && n !== 'iss').map(
    (n) => `${n} = "${claims[n] ?? ''}"`,
  );
  return parts.length > 0 ? parts.join(', ') : '(the token could not be decoded)';
}

function trustPolicyHint(role: string, claims: TokenClaims, audience: string): string {
  const provider = `arn:${partitionOf(role)}:iam::${accountOf(role)}:oidc-provider/${GITHUB_ISSUER_HOST}`;
  return (
    `The trust policy of ${role} must allow sts:AssumeRoleWithWebIdentity for the federated ` +
    `principal ${provider} with the condition ` +
    `"${GITHUB_ISSUER_HOST}:aud" = "${claims.aud ?? audience}" and ` +
    `"${GITHUB_ISSUER_HOST}:sub" matching "${claims.sub ?? '<sub>'}". ` +
    'GitHub emits the classic form `repo:<owner>/<repo>:ref:refs/heads/<branch>` ' +
    '(or `repo:<owner>/<repo>:environment:<name>` for a job with an environment), and for ' +
    'repositories with immutable subject claims `repo:<owner>@<owner-id>/<repo>@<repo-id>:ref:refs/heads/<branch>`: ' +
    'the policy must accept the form this repository emits (shown above).'
  );
}

/** Turns an STS failure into a message that says what to fix. Pure. */
export function describeStsError(
  e: unknown,
  ctx: {
    readonly role: string;
    readonly claims: TokenClaims;
    readonly audience: string;
    readonly attempts: number;
  },
): CredentialsError {
  const name = errorName(e);
  const msg = errorMessage(e);
  const { role, claims } = ctx;
  const who = `The GitHub OIDC token says: ${claimLine(claims)}.`;
  if (
    name === 'AccessDenied' ||
    name === 'AccessDeniedException' ||
    /not authorized to perform/i.test(msg)
  ) {
    return new CredentialsError(
      `could not assume role ${role}: AccessDenied (${msg}). ${who} ${trustPolicyHint(role, claims, ctx.audience)}`,
      { cause: e },
    );
  }
  if (name === 'InvalidIdentityToken' || name === 'InvalidIdentityTokenException') {
    const fix = /no openid ?connect provider/i.test(msg)
      ? `Create the IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)} ` +
        `with the audience '${ctx.audience}' (the bootstrap stack does this).`
      : /audience/i.test(msg)
        ? `The IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)} must list ` +
          `'${claims.aud ?? ctx.audience}' among its audiences, or set the \`audience\` input to one it lists.`
        : `Check the IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)}.`;
    return new CredentialsError(
      `could not assume role ${role}: the GitHub OIDC token was rejected (${name}: ${msg}). ${who} ${fix}`,
      { cause: e },
    );
  }
  if (name === 'IDPRejectedClaim' || name === 'IDPRejectedClaimException') {
    return new CredentialsError(
      `could not assume role ${role}: a claim of the GitHub OIDC token was rejected (${msg}). ${who} ${trustPolicyHint(role, claims, ctx.audience)}`,
      { cause: e },
    );
  }
  if (name === 'ValidationError' && /DurationSeconds/i.test(msg)) {
    return new CredentialsError(
      `could not assume role ${role}: ${msg} Lower \`role-duration-seconds\`, or raise the role's maximum session duration.`,
      { cause: e },
    );
  }
  const tries = isRetryableStsError(e)
    ? ` after ${ctx.attempts} attempt${ctx.attempts === 1 ? '' : 's'}`
    : '';
  return new CredentialsError(
    `AssumeRoleWithWebIdentity for role ${role} failed${tries}: ${describeBriefly(e)}`,
    { cause: e },
  );
}
