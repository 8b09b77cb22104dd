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
  let response: GetSecretValueCommandOutput;
  try {
    response = await client.send(new GetSecretValueCommand({ SecretId: name }));
  } catch (e) {
    if (errorName(e) === 'ResourceNotFoundException') return undefined;
    throw secretError(e, name, 'read', 'secretsmanager:GetSecretValue');
  }
  const text = response.SecretString;
  if (text === undefined) {
    throw new Error(
      `secret '${name}' (${EDGE_REGION}) holds binary data, not the JSON users list this action writes`,
    );
  }
  const state = parseUsersSecret(text, `secret '${name}' (${EDGE_REGION})`, setSecret);
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
        `secret '${name}' (${EDGE_REGION}) does not exist: the edge stack creates it when deployed with ` +
          'the users in Secrets Manager (`basic-auth-users` empty); was the edge stack deployed by this version of the action?',
        { cause: e },
      );
    }
    throw secretError(e, name, 'write', 'secretsmanager:PutSecretValue');
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

/** An actionable error for a failed call on the secret. AWS's messages carry no secret value. */
function secretError(e: unknown, name: string, verb: string, permission: string): Error {
  const code = errorName(e);
  const reason = errorMessage(e);
  const where = `secret '${name}' (${EDGE_REGION})`;
  const cause = { cause: e };
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return new Error(
      `could not ${verb} ${where}: access denied. The role needs ${permission} on ` +
        `arn:aws:secretsmanager:${EDGE_REGION}:<account>:secret:${name}-?????? (the bootstrap stack's deploy role has it ` +
        `when its StackName matches \`stack-name\`). AWS said: ${reason}`,
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
        `(aws secretsmanager restore-secret --region ${EDGE_REGION} --secret-id ${name}) or wait until it is gone. AWS said: ${reason}`,
      cause,
    );
  }
  return new Error(`could not ${verb} ${where}: ${code ?? 'error'}: ${reason}`, cause);
}
