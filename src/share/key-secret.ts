/**
 * The secret `<stack-name>/share-key` in the site's region: the share-link key pairs
 * (keys.ts). The action creates it (CreateSecret) the first time a deploy runs with
 * `share-links: true`, and writes new versions (PutSecretValue) when keys are added, rotated,
 * revoked or expire. Nothing of its value reaches a log, an output or an error: every private
 * key is masked as it is read, and errors quote AWS's messages, which carry no secret value.
 *
 * Response shapes: GetSecretValue returns `ARN`, `Name`, `VersionId`, `SecretString`,
 * `VersionStages`, `CreatedDate`; CreateSecret and PutSecretValue return `ARN`, `Name`,
 * `VersionId` (AWS Secrets Manager API Reference, GetSecretValue / CreateSecret /
 * PutSecretValue). A missing secret is a `ResourceNotFoundException`.
 */
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { errorName, secretError, type SetSecret } from '../aws/users-secret.js';
import { parseShareKeys, serializeShareKeys, type ShareKeyState } from './keys.js';

/** The share-key secret of a site (the action's `stack-name`). */
export function shareSecretName(stackName: string): string {
  return `${stackName}/share-key`;
}

export interface StoredShareKeys {
  readonly state: ShareKeyState;
  readonly versionId: string | undefined;
}

/** The current keys, masked as they are read; undefined when the secret does not exist. */
export async function readShareKeys(
  client: SecretsManagerClient,
  name: string,
  region: string,
  setSecret: SetSecret,
): Promise<StoredShareKeys | undefined> {
  let text: string | undefined;
  let versionId: string | undefined;
  try {
    const res = await client.send(new GetSecretValueCommand({ SecretId: name }));
    text = res.SecretString;
    versionId = res.VersionId;
  } catch (e) {
    if (errorName(e) === 'ResourceNotFoundException') return undefined;
    throw secretError(e, name, region, 'read', 'secretsmanager:GetSecretValue');
  }
  if (text === undefined) {
    throw new Error(
      `secret '${name}' (${region}) holds binary data, not the share keys this action writes`,
    );
  }
  setSecret(text);
  return { state: parseShareKeys(text, `secret '${name}' (${region})`, setSecret), versionId };
}

/**
 * Stores the keys: CreateSecret when `exists` is false, else PutSecretValue (the previous
 * version stays as AWSPREVIOUS). The token makes a retried write a no-op.
 */
export async function writeShareKeys(
  client: SecretsManagerClient,
  name: string,
  region: string,
  state: ShareKeyState,
  exists: boolean,
  clientRequestToken: string,
): Promise<string | undefined> {
  const SecretString = serializeShareKeys(state);
  try {
    if (!exists) {
      const res = await client.send(
        new CreateSecretCommand({
          Name: name,
          Description:
            'secure-dist share-link signing keys (written by the action; the site stack trusts their public keys)',
          SecretString,
          ClientRequestToken: clientRequestToken,
        }),
      );
      return res.VersionId;
    }
    const res = await client.send(
      new PutSecretValueCommand({
        SecretId: name,
        SecretString,
        ClientRequestToken: clientRequestToken,
      }),
    );
    return res.VersionId;
  } catch (e) {
    throw secretError(
      e,
      name,
      region,
      'write',
      exists ? 'secretsmanager:PutSecretValue' : 'secretsmanager:CreateSecret',
    );
  }
}
