/**
 * Finding the users' KeyValueStore (`edge: function`): the bootstrap stack creates it as
 * `<stack-name>-users` (cloudformation/bootstrap.yaml, UsersStore), and its ARN ends in a random
 * id, so deploy asks CloudFront for it by name: DescribeKeyValueStore (the CloudFront API, not
 * the KeyValueStore data plane) "Specifies the key value store and its configuration" and
 * returns its ARN (API Reference, DescribeKeyValueStore; Developer Guide, "Get a reference to a
 * key value store": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-get-reference.html).
 *
 * The lookup cannot send the action to another site's store: the deploy role may write the keys
 * of its own bootstrap's store only (its exact ARN), so whatever a name resolved to, a write
 * elsewhere is refused by IAM.
 */
import { DescribeKeyValueStoreCommand, type CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { errorMessage, errorName } from '../aws/retry.js';
import { usersStoreName } from '../synth/index.js';

/** What to do when the store cannot be found or read: the bootstrap stack is the fix. */
const BOOTSTRAP_FIX =
  'update the bootstrap stack (cloudformation/bootstrap.yaml) to this version with CreateUsersStore=true, the default: it creates the store and lets the deploy role use it (secure-dist-action docs/runtimes.md, "Bootstrap with `edge: function`")';

/**
 * The ARN of the bootstrap stack's KeyValueStore `<stack-name>-users`. The client retries
 * throttling itself (src/aws/clients.ts: adaptive retries).
 */
export async function findUsersStore(client: CloudFrontClient, stackName: string): Promise<string> {
  const name = usersStoreName(stackName);
  try {
    const { KeyValueStore: store } = await client.send(
      new DescribeKeyValueStoreCommand({ Name: name }),
    );
    if (store?.ARN === undefined) {
      throw new Error(`CloudFront returned no ARN for the KeyValueStore '${name}'`);
    }
    return store.ARN;
  } catch (e) {
    const why = errorName(e);
    const problem =
      why === 'EntityNotFound'
        ? 'does not exist'
        : why === 'AccessDenied' || why === 'AccessDeniedException'
          ? 'may not be read by this role (cloudfront:DescribeKeyValueStore)'
          : `could not be read: ${why || 'error'}: ${errorMessage(e)}`;
    throw new Error(
      `edge: function keeps the users in the bootstrap stack's KeyValueStore '${name}', which ${problem}: ${BOOTSTRAP_FIX}`,
      { cause: e },
    );
  }
}
