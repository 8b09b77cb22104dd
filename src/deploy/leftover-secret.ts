/**
 * Before the edge stack is created with the users in Secrets Manager: a secret
 * `<stack-name>/basic-auth` that already exists was left by an earlier edge stack (kept on
 * purpose when that stack was deleted, or, before `RetainExceptOnCreate`, when its first
 * creation rolled back). CloudFormation cannot create a secret whose name is taken, so the
 * create would fail and roll back; this says so before any change, with the commands that
 * clear the way. The secret's value is never read (DescribeSecret only).
 */
import {
  DescribeSecretCommand,
  type DescribeSecretCommandOutput,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { errorMessage, errorName } from '../aws/retry.js';

const REGION = 'us-east-1';

/** Throws a message that says what the leftover secret is and how to delete or import it. */
export async function checkNoLeftoverUsersSecret(
  client: SecretsManagerClient,
  secretName: string,
  edgeStackName: string,
): Promise<void> {
  let found: DescribeSecretCommandOutput;
  try {
    found = await client.send(new DescribeSecretCommand({ SecretId: secretName }));
  } catch (e) {
    if (errorName(e) === 'ResourceNotFoundException') return;
    throw new Error(
      `could not check whether the Secrets Manager secret '${secretName}' (${REGION}) is left over from an ` +
        `earlier edge stack before creating '${edgeStackName}': ${errorName(e) || 'error'}: ${errorMessage(e)}. ` +
        `The credentials need secretsmanager:DescribeSecret on it (the bootstrap deploy role has it).`,
      { cause: e },
    );
  }
  throw new Error(leftoverSecretMessage(secretName, edgeStackName, found.DeletedDate));
}

/** Pure: the message for a leftover users secret (optionally scheduled for deletion). */
export function leftoverSecretMessage(
  secretName: string,
  edgeStackName: string,
  deletedDate: Date | undefined,
): string {
  const del = `aws secretsmanager delete-secret --secret-id ${secretName} --region ${REGION} --force-delete-without-recovery`;
  const what =
    `the Secrets Manager secret '${secretName}' (${REGION}) already exists, but the edge stack ` +
    `'${edgeStackName}' that owns it is about to be created: it is a secret left by an earlier edge ` +
    'stack that was rolled back or deleted (kept so that its passwords were not lost). ' +
    'CloudFormation cannot create the stack while a secret of that name exists.';
  if (deletedDate !== undefined) {
    return [
      `${what} It is scheduled for deletion on ${deletedDate.toISOString()} and holds the name until then.`,
      `Delete it now:  ${del}`,
      `or restore it (aws secretsmanager restore-secret --secret-id ${secretName} --region ${REGION}) and ` +
        'import it into the stack as described in secure-dist-action docs/troubleshooting.md, "users secret already exists".',
    ].join('\n');
  }
  return [
    what,
    'Either delete it (its users and passwords go with it; read them first with ' +
      `\`aws secretsmanager get-secret-value --secret-id ${secretName} --region ${REGION}\` if you need them):`,
    `  ${del}`,
    '(without --force-delete-without-recovery it stays scheduled for deletion for 7 to 30 days and keeps ' +
      'blocking the name),',
    `or keep it: import it into the edge stack as resource UsersSecret (AWS::SecretsManager::Secret) with a ` +
      'change set of type IMPORT (secure-dist-action docs/troubleshooting.md, "users secret already exists"), ' +
      'or set `basic-auth-users` so that the stack does not create the secret.',
  ].join('\n');
}
