/**
 * `command: rotate` with `edge: function` (issue 14): the same rotation as with Lambda@Edge
 * (src/commands/rotate.ts: plan, then make the edge accept old and new, then the secret, then
 * drop what the secret no longer holds), but "make the edge accept" writes the KeyValueStore
 * instead of deploying stacks. So a rotation is: UpdateKeys with every current password and
 * the replaced ones with their expiry (`e`, checked at the edge), THEN PutSecretValue, then
 * (only for removed users or a zero grace period) UpdateKeys without the dropped passwords.
 * No new function version, no distribution update, no CloudFormation call but reading the
 * site stack's outputs.
 *
 * The secret is the site stack's `<stack-name>/users` in the site region.
 */
import type { Inputs } from '../inputs.js';
import { readStackOutputs } from '../aws/stack-outputs.js';
import type { SetSecret } from '../aws/users-secret.js';
import { functionUsersSecretName } from '../synth/index.js';
import { writeUsersToStore } from './deploy-function.js';
import { rotateCommand, type RotateReport } from './rotate.js';
import type { CommandContext } from './sync.js';

export interface RotateFunctionDeps {
  readonly setSecret: SetSecret;
  /** Default: `generatePassword` (144 random bits, which pass the 128-bit rule). */
  readonly generatePassword?: () => string;
  readonly requestToken?: () => string;
}

export async function rotateFunctionCommand(
  inputs: Inputs,
  ctx: CommandContext,
  deps: RotateFunctionDeps,
): Promise<RotateReport & { readonly storeWrites: number }> {
  const siteStack = `${inputs.stackName}-site`;
  const outputs = await readStackOutputs(
    ctx.clients.cloudFormation(inputs.region),
    siteStack,
    inputs.region,
  );
  const kvsArn = outputs.UsersStoreArn;
  if (kvsArn === undefined) {
    throw new Error(
      `stack '${siteStack}' (${inputs.region}) has no KeyValueStore (output UsersStoreArn): it was not deployed ` +
        'with `edge: function`. Run `deploy` with `edge: function` first (it moves the users there), then `rotate`.',
    );
  }
  let storeWrites = 0;
  const report = await rotateCommand(inputs, ctx, {
    secrets: ctx.clients.secretsManager(inputs.region),
    setSecret: deps.setSecret,
    secret: { name: functionUsersSecretName(inputs.stackName), region: inputs.region },
    ...(deps.generatePassword !== undefined ? { generatePassword: deps.generatePassword } : {}),
    ...(deps.requestToken !== undefined ? { requestToken: deps.requestToken } : {}),
    deploy: async (users) => {
      await writeUsersToStore(inputs, ctx, kvsArn, users, deps.setSecret);
      storeWrites += 1;
      return { url: outputs.Url };
    },
  });
  return { ...report, storeWrites };
}
