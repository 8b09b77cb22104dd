/**
 * `command: synth`: render both stacks offline, exactly as `deploy` sends them, into
 * `output-dir`. No AWS call.
 */
import path from 'node:path';
import { checkAccessUsers, type Inputs } from '../inputs.js';
import {
  synthesize,
  writeSynth,
  type RenderFunctionCode,
  type SynthResult,
} from '../synth/index.js';
import type { EdgeCredential } from '../edge/config.js';
import type { ShareKeyParameters } from '../synth/render.js';
import { renderFunctionCode as renderFunction } from '../edge/function/render.js';
import { hasNotFoundPage } from '../sync/local.js';

/** The ARN of the edge role's permissions boundary, when one applies (see the input). */
export function permissionsBoundaryArn(inputs: Inputs): string | undefined {
  if (inputs.permissionsBoundary === 'none') return undefined;
  if (inputs.permissionsBoundary !== 'auto') return inputs.permissionsBoundary;
  // The bootstrap stack creates `<stack-name>-edge-boundary` in the deploy role's account.
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(inputs.roleToAssume ?? '');
  return m ? `arn:${m[1]}:iam::${m[2]}:policy/${inputs.stackName}-edge-boundary` : undefined;
}

/**
 * The CloudFormation service role (`cloudformation-role`): `none` = none; an ARN = it; `auto` =
 * the bootstrap stack's `<stack-name>-cloudformation` in the account (and partition) of
 * `role-to-assume`, or none without it.
 */
export function cloudFormationRoleArn(inputs: Inputs): string | undefined {
  if (inputs.cloudFormationRole === 'none') return undefined;
  if (inputs.cloudFormationRole !== 'auto') return inputs.cloudFormationRole;
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(inputs.roleToAssume ?? '');
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${inputs.stackName}-cloudformation` : undefined;
}

/**
 * `standInHashes`: the edge function rendered with stand-in hashes of the real shape (plan:
 * it never sees passwords; the users passed may then carry any password).
 */
export function synthFor(
  inputs: Inputs,
  users: readonly EdgeCredential[],
  standInHashes = false,
  usersInSecretsManager = inputs.basicAuthUsers.length === 0,
  shareKeys?: ShareKeyParameters,
  renderFunctionCode: RenderFunctionCode = renderFunction,
): SynthResult {
  // Secrets mode reads the users only now (deploy, rotate): the rules must name real users.
  // `plan` (stand-in hashes) may not know every name; its rendering stands in for them.
  // (`edge: function`: the store's encoder checks them when the users are written.)
  if (!standInHashes && inputs.edge !== 'function')
    checkAccessUsers(
      inputs.access,
      users.map((u) => u.user),
    );
  return synthesize({
    edge: inputs.edge,
    renderFunctionCode,
    edgeRuntime: inputs.edgeRuntime,
    standInHashes,
    stackName: inputs.stackName,
    region: inputs.region,
    realm: inputs.realm,
    users,
    access: inputs.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
    domainName: inputs.domainName,
    certificateArn: inputs.certificateArn,
    permissionsBoundaryArn: permissionsBoundaryArn(inputs),
    // `basic-auth-users` empty: the users live in the edge stack's secret <stack-name>/basic-auth,
    // which the stack keeps only while this is true (set, it deletes a secret left from before).
    usersInSecretsManager,
    rateLimit: inputs.rateLimit,
    auditLog: inputs.auditLog,
    // CloudFront answers missing keys with /404.html when the published content has one.
    notFoundPage: hasNotFoundPage(inputs.contentDir, inputs.exclude) ? '/404.html' : '',
    // Share links (`share-links`): the public keys deploy read from the secret <stack-name>/share-key.
    shareKeys,
  });
}

export function requireUsers(inputs: Inputs, command: string): EdgeCredential[] {
  if (inputs.basicAuthUsers.length === 0) {
    throw new Error(
      `\`basic-auth-users\` is empty: \`${command}\` needs the users to bake into the edge function ` +
        "(pass a secret: basic-auth-users: ${{ secrets.SITE_USERS }}, one 'user:password' per line)",
    );
  }
  return inputs.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
}

export interface SynthCommandResult {
  readonly result: SynthResult;
  readonly files: string[];
}

export function synthCommand(inputs: Inputs, workspace: string): SynthCommandResult {
  // `edge: function` puts no user in a template: synth needs none.
  const result = synthFor(inputs, inputs.edge === 'function' ? [] : requireUsers(inputs, 'synth'));
  const files = writeSynth(result, inputs.outputDir).map((f) => path.relative(workspace, f));
  return { result, files };
}

export function synthSummaryMarkdown(s: SynthCommandResult): string {
  const row = (label: string, st: SynthResult['edge']) =>
    `| ${label} | \`${st.stackName}\` | ${st.region} | ${Buffer.byteLength(st.templateBody)} B | \`${st.fingerprint.slice(0, 12)}\` |`;
  return [
    '### Synth',
    '',
    '| stack | name | region | template | fingerprint |',
    '|---|---|---|--:|---|',
    row('edge', s.result.edge),
    row('site', s.result.site),
    '',
    ...s.files.map((f) => `- \`${f}\``),
    '',
  ].join('\n');
}
