/**
 * `command: synth`: render both stacks offline, exactly as `deploy` sends them, into
 * `output-dir`. No AWS call.
 */
import path from 'node:path';
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import {
  synthesize,
  writeSynth,
  type RenderFunctionCode,
  type SynthResult,
} from '../synth/index.js';
import type { EdgeCredential, TokenCredential } from '../edge/config.js';
import type { ShareKeyParameters } from '../synth/index.js';
import { renderFunctionCode as renderFunction } from '../edge/function/render.js';
import { notFoundPageParameter } from '../sync/not-found-page.js';
import { DEFAULT_SESSION_KEY_ID } from '../rotate/secret-format.js';

/** What the stacks' ARNs derive from besides the site: the role this run assumes. */
export type RoleOfRun = Pick<RunInputs, 'roleToAssume'>;

/** The partition and account of `role-to-assume`, where the bootstrap stack made its roles. */
function bootstrapAccount(run: RoleOfRun): { partition: string; account: string } | undefined {
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(run.roleToAssume ?? '');
  return m?.[1] === undefined || m[2] === undefined
    ? undefined
    : { partition: m[1], account: m[2] };
}

/** The ARN of the edge role's permissions boundary, when one applies (see the setting). */
export function permissionsBoundaryArn(
  site: Pick<Site, 'permissionsBoundary' | 'stackName'>,
  run: RoleOfRun,
): string | undefined {
  if (site.permissionsBoundary === 'none') return undefined;
  if (site.permissionsBoundary !== 'auto') return site.permissionsBoundary;
  // The bootstrap stack creates `<stack-name>-edge-boundary` in the deploy role's account.
  const at = bootstrapAccount(run);
  return at && `arn:${at.partition}:iam::${at.account}:policy/${site.stackName}-edge-boundary`;
}

/**
 * The CloudFormation service role (`cloudformation-role`): `none` = none; an ARN = it; `auto` =
 * the bootstrap stack's `<stack-name>-cloudformation` in the account (and partition) of
 * `role-to-assume`, or none without it.
 */
export function cloudFormationRoleArn(
  site: Pick<Site, 'cloudFormationRole' | 'stackName'>,
  run: RoleOfRun,
): string | undefined {
  if (site.cloudFormationRole === 'none') return undefined;
  if (site.cloudFormationRole !== 'auto') return site.cloudFormationRole;
  const at = bootstrapAccount(run);
  return at && `arn:${at.partition}:iam::${at.account}:role/${site.stackName}-cloudformation`;
}

export interface SynthForOptions {
  /**
   * The edge function rendered with stand-in hashes of the real shape (plan: it never sees
   * passwords; the users passed may then carry any password).
   */
  readonly standInHashes?: boolean;
  /**
   * The users live in the edge stack's secret <stack-name>/basic-auth (`basic-auth-users`
   * empty), which the stack keeps only while this is true (set, it deletes a secret left from
   * before).
   */
  readonly usersInSecretsManager: boolean;
  /** Share links (`share-links`): the public keys deploy read from the secret <stack-name>/share-key. */
  readonly shareKeys?: ShareKeyParameters | undefined;
  readonly renderFunctionCode?: RenderFunctionCode;
  /**
   * `login: form`: the session key id to bake in (the users secret's `sessionKeyId`). Default:
   * `DEFAULT_SESSION_KEY_ID` (`basic-auth-users`, a secret written before issue 23, plan).
   */
  readonly sessionKeyId?: string | undefined;
  /** `automation-tokens` with their values from the users secret (deploy, rotate). */
  readonly tokens?: readonly TokenCredential[] | undefined;
}

/** The site's stacks, rendered with these users. */
export function synthFor(
  site: Site,
  run: RoleOfRun,
  users: readonly EdgeCredential[],
  options: SynthForOptions,
): SynthResult {
  return synthesize({
    edge: site.edge,
    renderFunctionCode: options.renderFunctionCode ?? renderFunction,
    edgeRuntime: site.edgeRuntime,
    standInHashes: options.standInHashes === true,
    stackName: site.stackName,
    region: site.region,
    realm: site.realm,
    users,
    tokens: options.tokens,
    access: site.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
    domainName: site.domainName,
    certificateArn: site.certificateArn,
    previews: site.previews,
    permissionsBoundaryArn: permissionsBoundaryArn(site, run),
    usersInSecretsManager: options.usersInSecretsManager,
    rateLimit: site.rateLimit,
    auditLog: site.auditLog,
    trustedPages: site.trustedPages,
    // CloudFront answers missing keys with /404.html when the published content has one, else
    // with `edge: function` with the page secure-dist publishes (src/sync/not-found-page.ts).
    notFoundPage: notFoundPageParameter(site),
    shareKeys: options.shareKeys,
    session:
      site.login === 'form'
        ? {
            lifetime: site.sessionLifetimeSeconds,
            keyId: options.sessionKeyId ?? DEFAULT_SESSION_KEY_ID,
          }
        : undefined,
  });
}

export function requireUsers(
  run: Pick<RunInputs, 'basicAuthUsers'>,
  command: string,
): EdgeCredential[] {
  if (run.basicAuthUsers.length === 0) {
    throw new Error(
      `\`basic-auth-users\` is empty: \`${command}\` needs the users to bake into the edge function ` +
        "(pass a secret: basic-auth-users: ${{ secrets.SITE_USERS }}, one 'user:password' per line)",
    );
  }
  return run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
}

export interface SynthCommandResult {
  readonly result: SynthResult;
  readonly files: string[];
}

export function synthCommand(
  site: Site,
  run: Pick<RunInputs, 'basicAuthUsers' | 'roleToAssume' | 'outputDir' | 'workspace'>,
): SynthCommandResult {
  // `edge: function` puts no user in a template: synth needs none.
  const result = synthFor(site, run, site.edge === 'function' ? [] : requireUsers(run, 'synth'), {
    usersInSecretsManager: run.basicAuthUsers.length === 0,
  });
  const files = writeSynth(result, run.outputDir).map((f) => path.relative(run.workspace, f));
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
