/**
 * The users secret `<stack-name>/basic-auth` in us-east-1 (next to the edge stack, which owns
 * it): read its current version, write a new one. Every string of the value that could be a
 * password is handed to `setSecret` (core.setSecret in the action) before the value is even
 * validated (`parseUsersSecret`), so the runner masks it in every later log line, and an error
 * about a malformed value quotes none of it.
 *
 * Writes go through PutSecretValue without VersionStages: Secrets Manager moves AWSCURRENT to
 * the new version and AWSPREVIOUS to the one it replaces, so the previous users stay
 * retrievable (`--version-stage AWSPREVIOUS`). The ClientRequestToken makes a retried write
 * of the same value a no-op instead of a second version.
 */
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  type GetSecretValueCommandOutput,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { EDGE_REGION } from './clients.js';
import {
  parseUsersSecret,
  serializeUsersSecret,
  type UsersState,
} from '../rotate/secret-format.js';

/** Masks a value in the log (core.setSecret). */
export type SetSecret = (value: string) => void;

/** The secret's current version, parsed. */
export interface StoredUsers {
  readonly state: UsersState;
  readonly arn: string | undefined;
  readonly versionId: string | undefined;
}

export interface WrittenUsers {
  readonly arn: string | undefined;
  readonly versionId: string | undefined;
}

/** The name of the users secret of a site (the action's `stack-name`). */
export function secretName(stackName: string): string {
  return `${stackName}/basic-auth`;
}

/**
 * The current version (AWSCURRENT) of the users secret, every string that could be a password
 * masked through `setSecret` before it is validated; `undefined` when the secret does not
 * exist. Throws with the secret's name and, when refused, the permission needed.
 */
export async function readUsersSecret(
  client: SecretsManagerClient,
  name: string,
  setSecret: SetSecret,
): Promise<StoredUsers | undefined> {
  const region = await regionOf(client);
  let response: GetSecretValueCommandOutput;
  try {
    response = await client.send(new GetSecretValueCommand({ SecretId: name }));
  } catch (e) {
    if (errorName(e) === 'ResourceNotFoundException') return undefined;
    throw secretError(e, name, region, 'read', 'secretsmanager:GetSecretValue');
  }
  const text = response.SecretString;
  if (text === undefined) {
    throw new Error(
      `secret '${name}' (${region}) holds binary data, not the JSON users list this action writes`,
    );
  }
  const state = parseUsersSecret(text, `secret '${name}' (${region})`, setSecret);
  return { state, arn: response.ARN, versionId: response.VersionId };
}

/**
 * Stores `state` as the new current version of the users secret (the replaced version becomes
 * AWSPREVIOUS). `clientRequestToken` (32 to 64 characters) identifies the version: the same
 * token with the same value is a no-op, so a retried write never stores two versions.
 */
export async function writeUsersSecret(
  client: SecretsManagerClient,
  name: string,
  state: UsersState,
  clientRequestToken: string,
): Promise<WrittenUsers> {
  if (!/^[\w-]{32,64}$/.test(clientRequestToken)) {
    throw new Error(
      `secret '${name}': a ClientRequestToken is 32 to 64 letters, digits, '-' or '_' (a UUID)`,
    );
  }
  const secretString = serializeUsersSecret(state);
  const region = await regionOf(client);
  try {
    const response = await client.send(
      new PutSecretValueCommand({
        SecretId: name,
        SecretString: secretString,
        ClientRequestToken: clientRequestToken,
      }),
    );
    return { arn: response.ARN, versionId: response.VersionId };
  } catch (e) {
    if (errorName(e) === 'ResourceNotFoundException') {
      throw new Error(
        `secret '${name}' (${region}) does not exist: the stack that owns it creates it when deployed with ` +
          'the users in Secrets Manager (`basic-auth-users` empty): the edge stack for `<stack-name>/basic-auth`, ' +
          'the site stack with `edge: function` for `<stack-name>/users`; was it deployed by this version of the action?',
        { cause: e },
      );
    }
    throw secretError(e, name, region, 'write', 'secretsmanager:PutSecretValue');
  }
}

/** The error's `name` (SDK v3 service exceptions carry the error code there). */
export function errorName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('name' in e)) return undefined;
  return typeof e.name === 'string' ? e.name : undefined;
}

function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
    return e.message;
  }
  return String(e);
}

/**
 * The region a client sends to, for error messages: the users secret is in us-east-1 with
 * Lambda@Edge and in the site's region with `edge: function` (the caller's client says which).
 */
async function regionOf(client: SecretsManagerClient): Promise<string> {
  const region: unknown = client.config.region;
  return typeof region === 'function' ? String(await region()) : String(region);
}

/**
 * An actionable error for a failed call on one of the action's secrets (the users secret, the
 * share-link keys). AWS's messages carry no secret value.
 */
export function secretError(
  e: unknown,
  name: string,
  region: string,
  verb: string,
  permission: string,
): Error {
  const code = errorName(e);
  const reason = errorMessage(e);
  const where = `secret '${name}' (${region})`;
  const cause = { cause: e };
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    // The bootstrap stack grants its secrets in us-east-1 by StackName, and those in the
    // site's region by StackName and SiteRegion.
    const matches =
      region === EDGE_REGION
        ? 'its StackName matches `stack-name`'
        : 'its StackName and SiteRegion match `stack-name` and `region`';
    return new Error(
      `could not ${verb} ${where}: access denied. The role needs ${permission} on ` +
        `arn:aws:secretsmanager:${region}:<account>:secret:${name}-?????? (the bootstrap stack's deploy role has it ` +
        `when ${matches}). AWS said: ${reason}`,
      cause,
    );
  }
  if (code === 'DecryptionFailure') {
    return new Error(
      `could not ${verb} ${where}: its KMS key refused to decrypt it (kms:Decrypt). AWS said: ${reason}`,
      cause,
    );
  }
  if (code === 'InvalidRequestException' && /deletion/i.test(reason)) {
    return new Error(
      `could not ${verb} ${where}: it is scheduled for deletion. Restore it ` +
        `(aws secretsmanager restore-secret --region ${region} --secret-id ${name}) or wait until it is gone. AWS said: ${reason}`,
      cause,
    );
  }
  return new Error(`could not ${verb} ${where}: ${code ?? 'error'}: ${reason}`, cause);
}
