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
 * The secret is the site stack's `<stack-name>/users` in the site region. Automation tokens
 * ride along: every store write holds the digests of the tokens the edge must accept then
 * (store.ts `buildTokenEntries`), and drops the keys of removed or replaced ones.
 */
import { findStack } from '../aws/stack-outputs.js';
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import type { SetSecret } from '../aws/users-secret.js';
import { functionUsersSecretName } from '../synth/index.js';
import { generatePassword } from '../rotate/password.js';
import { generateAcceptedPassword, loadPasswordStrength } from '../rotate/password-strength.js';
import { writeUsersToStore } from './deploy-function.js';
import { rotateCommand, type RotateReport } from './rotate.js';
import type { CommandContext } from './sync.js';

export interface RotateFunctionDeps {
  readonly setSecret: SetSecret;
  /**
   * Default: `generatePassword` (144 random bits). Either way a password the strength check
   * refuses (src/rotate/password-strength.ts) is drawn again (`generateAcceptedPassword`).
   */
  readonly generatePassword?: () => string;
  readonly requestToken?: () => string;
  /** Default: `generateToken` (256 random bits, src/rotate/tokens.ts). */
  readonly generateToken?: () => string;
}

export async function rotateFunctionCommand(
  site: Site,
  run: Pick<
    RunInputs,
    'basicAuthUsers' | 'rotateUsers' | 'rotationGracePeriodSeconds' | 'endSessions'
  >,
  ctx: CommandContext,
  deps: RotateFunctionDeps,
): Promise<RotateReport & { readonly storeWrites: number }> {
  const siteStack = `${site.stackName}-site`;
  const deployed = await findStack(ctx.clients.cloudFormation(site.region), siteStack, site.region);
  if (deployed === undefined) {
    throw new Error(
      `stack '${siteStack}' does not exist in ${site.region}: run \`command: deploy\` first, then \`rotate\``,
    );
  }
  const outputs = deployed.outputs;
  const kvsArn = outputs.UsersStoreArn;
  if (kvsArn === undefined) {
    throw new Error(
      `stack '${siteStack}' (${site.region}) has no KeyValueStore (output UsersStoreArn): it was not deployed ` +
        'with `edge: function`. Run `deploy` with `edge: function` first (it moves the users there), then `rotate`.',
    );
  }
  // Only passwords the strength check accepts reach the store (issue 22 #5): about 1 random
  // draw in 20,000 is refused and drawn again. The passwords the secret already holds are
  // checked by deploy (`functionUsers`), which names a user to rotate when one is refused.
  const strength = await loadPasswordStrength();
  const draw = deps.generatePassword ?? generatePassword;
  let storeWrites = 0;
  // `end-sessions: all` (issue 23): the session key id is in the viewer-request function's code,
  // which this rotation does not redeploy; a new credential version for every user (in the
  // store, read at every request) ends every session all the same.
  const sessions =
    run.endSessions.kind === 'all'
      ? { ...run, endSessions: { kind: 'users' as const, users: [...site.users] } }
      : run;
  const report = await rotateCommand(site, sessions, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    setSecret: deps.setSecret,
    secret: { name: functionUsersSecretName(site.stackName), region: site.region },
    deployedSite: () => Promise.resolve(deployed),
    generatePassword: () => generateAcceptedPassword(draw, strength),
    ...(deps.requestToken !== undefined ? { requestToken: deps.requestToken } : {}),
    ...(deps.generateToken !== undefined ? { generateToken: deps.generateToken } : {}),
    // The tokens too (issue 23 item 3): their digests, under the pepper, never their values.
    deploy: async ({ users, tokens }) => {
      await writeUsersToStore(site, ctx, kvsArn, users, deps.setSecret, tokens);
      storeWrites += 1;
      return { url: outputs.Url };
    },
  });
  return { ...report, storeWrites };
}
