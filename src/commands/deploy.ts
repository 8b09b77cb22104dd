/**
 * `command: deploy` and `command: plan`.
 *
 * deploy: the edge stack in us-east-1, its version ARN into the site stack, the site stack in
 * `region`, then the sync into the bucket it names and the invalidation of its distribution.
 * A stack whose template and parameters did not change is skipped after one DescribeStacks
 * (its fingerprint tag matches), so a content-only push goes straight to the sync.
 *
 * plan: change sets created, described and deleted (never a stack: an empty stack a CREATE
 * change set leaves in REVIEW_IN_PROGRESS is created by the next deploy); the sync computed as
 * a dry run; nothing changed, no password read.
 */
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import { CONFIG_TAG } from '../site/fingerprint.js';
import type { EdgeCredential, TokenCredential } from '../edge/config.js';
import { EDGE_REGION } from '../aws/clients.js';
import { findStack } from '../aws/stack-outputs.js';
import { configNote, deployedConfig } from '../site/deployed.js';
import type { Change } from '@aws-sdk/client-cloudformation';
import { secretName } from '../aws/users-secret.js';
import { checkNoLeftoverUsersSecret } from '../deploy/leftover-secret.js';
import {
  deployStack,
  planStack,
  summarizeChanges,
  type DeployOptions,
  type PlanOptions,
  type StackInput,
  type StackPlan,
  type StackResult,
} from '../deploy/index.js';
import {
  PENDING_WEB_ACL_ARN,
  withEdgeVersion,
  withEdgeWebAcl,
  type RenderedStack,
} from '../synth/index.js';
import { cloudFormationRoleArn, synthFor } from './synth.js';
import { shareKeysForPlan } from '../share/plan-keys.js';
import type { ShareKeyParameters } from '../synth/index.js';
import {
  syncAndInvalidate,
  type CommandContext,
  type SyncCommandResult,
  type SyncSettings,
} from './sync.js';
import { edgeLogRetentionStep, type RetentionReport } from '../audit/retention.js';

export interface SiteInfo {
  readonly url: string | undefined;
  readonly bucket: string | undefined;
  readonly distributionId: string | undefined;
  readonly distributionDomain: string | undefined;
  readonly edgeVersionArn: string | undefined;
}

export interface StacksReport {
  readonly edge: StackResult;
  readonly site: StackResult;
  readonly info: SiteInfo;
}

export interface DeployReport extends StacksReport {
  readonly content: SyncCommandResult;
  /** `audit-retention-days` on the edge log groups (undefined without `audit-log`). */
  readonly logRetention?: RetentionReport | undefined;
}

export interface PlanReport {
  readonly edge: StackPlan;
  readonly site: StackPlan;
  /** The sync as a dry run, when the bucket exists. */
  readonly content: SyncCommandResult | undefined;
  readonly info: SiteInfo;
  /** What the plan did not look at, and why (shown in the summary). */
  readonly skipped: readonly string[];
  /** Set when the site file differs from the one the site stack was deployed with (or unknown). */
  readonly config?: string;
}

/**
 * A rendered stack as the deploy engine takes it, tagged with its own name; the site stack
 * (with `config`, the site file's fingerprint) also with `secure-dist:config`, so plan and
 * rotate can tell whether the file at their commit is the one deployed. A stack whose only
 * change is that tag gets a tags-only update.
 */
export const stackInput = (s: RenderedStack, config?: string): StackInput => ({
  stackName: s.stackName,
  templateBody: s.templateBody,
  parameters: s.parameters,
  fingerprint: s.fingerprint,
  tags: {
    'secure-dist:stack': s.stackName,
    ...(config === undefined ? {} : { [CONFIG_TAG]: config }),
  },
});

/** How long to wait for a stack, on the command's clock, logging progress. */
function stackOptions(site: Pick<Site, 'stackTimeoutSeconds'>, ctx: CommandContext): PlanOptions {
  return {
    timeoutSeconds: site.stackTimeoutSeconds,
    sleep: ctx.sleep,
    now: ctx.now,
    log: (line: string) => ctx.log.info(line),
  };
}

export function siteInfo(
  siteOutputs: Record<string, string>,
  edgeVersionArn: string | undefined,
): SiteInfo {
  return {
    url: siteOutputs.Url,
    bucket: siteOutputs.BucketName,
    distributionId: siteOutputs.DistributionId,
    distributionDomain: siteOutputs.DistributionDomainName,
    edgeVersionArn,
  };
}

function edgeVersionOf(edge: { stackName: string; outputs: Record<string, string> }): string {
  const arn = edge.outputs.EdgeFunctionVersionArn;
  if (arn === undefined) {
    throw new Error(
      `stack '${edge.stackName}' has no output EdgeFunctionVersionArn: was it deployed by this action?`,
    );
  }
  return arn;
}

/** How `deploy` and `rotate` deploy a stack: the site's timeout, service role and drift check. */
export function deployOptions(
  site: Site,
  run: Pick<RunInputs, 'recreateFailedStack' | 'roleToAssume'>,
  ctx: CommandContext,
): DeployOptions {
  const renew = ctx.clients.ensureCredentialsValidFor?.bind(ctx.clients);
  return {
    ...stackOptions(site, ctx),
    recreateFailed: run.recreateFailedStack,
    roleArn: cloudFormationRoleArn(site, run),
    verifyDrift: site.verifyStacks,
    // The stack operation must not outlive the credentials that started it.
    ...(renew !== undefined ? { beforeExecute: renew } : {}),
  };
}

/**
 * The edge stack with exactly these users baked in, its version into the site stack, the site
 * stack. No content sync: what `rotate` deploys.
 */
export async function deployStacks(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
  users: readonly EdgeCredential[],
  shareKeys?: ShareKeyParameters,
  /** Besides the users: `automation-tokens` with their values, the session key id (`login: form`). */
  signIn: { readonly tokens?: readonly TokenCredential[]; readonly sessionKeyId?: string } = {},
): Promise<StacksReport> {
  const usersInSecret = run.basicAuthUsers.length === 0;
  const synth = synthFor(site, run, users, {
    usersInSecretsManager: usersInSecret,
    shareKeys,
    sessionKeyId: signIn.sessionKeyId,
    tokens: signIn.tokens,
  });
  const common = deployOptions(site, run, ctx);
  const edge = await deployStack(ctx.clients.cloudFormation(EDGE_REGION), stackInput(synth.edge), {
    ...common,
    // A users secret left by an earlier edge stack would make the create fail: say so first.
    ...(usersInSecret
      ? {
          beforeCreate: () =>
            checkNoLeftoverUsersSecret(
              ctx.clients.secretsManager(),
              secretName(site.stackName),
              synth.edge.stackName,
            ),
        }
      : {}),
  });
  const edgeVersionArn = edgeVersionOf(edge);
  const siteStack = await deployStack(
    ctx.clients.cloudFormation(site.region),
    stackInput(
      withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn), edge.outputs),
      site.fingerprint,
    ),
    common,
  );
  return { edge, site: siteStack, info: siteInfo(siteStack.outputs, edgeVersionArn) };
}

/** Users from `basic-auth-users` or the secret (see `edgeSecrets` in ./rotate.ts). */
export async function deployCommand(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
  users: readonly EdgeCredential[],
  shareKeys?: ShareKeyParameters,
  signIn: { readonly tokens?: readonly TokenCredential[]; readonly sessionKeyId?: string } = {},
): Promise<DeployReport> {
  const stacks = await deployStacks(site, run, ctx, users, shareKeys, signIn);
  const { edge, info } = stacks;
  const content = await syncDeployedSite(site, run, ctx, stacks.site, info);
  // After the content, with `audit-log`: the edge log groups' retention (src/audit/retention.ts).
  const logRetention = await edgeLogRetentionStep(site, {
    logs: (region) => ctx.clients.cloudWatchLogs(region),
    sleep: ctx.sleep,
    info: (m) => ctx.log.info(m),
  });
  return { edge, site: stacks.site, info, content, logRetention };
}

/** The content into the bucket the site stack just deployed, and the invalidation. */
export async function syncDeployedSite(
  site: SyncSettings,
  run: Pick<RunInputs, 'dryRun'>,
  ctx: CommandContext,
  stack: StackResult,
  info: SiteInfo,
): Promise<SyncCommandResult> {
  if (info.bucket === undefined) {
    throw new Error(
      `stack '${stack.stackName}' has no output BucketName: was it deployed by this action?`,
    );
  }
  return syncAndInvalidate(
    site,
    {
      bucket: info.bucket,
      distributionId: info.distributionId,
      newDistribution: stack.status === 'created',
    },
    ctx,
    run.dryRun,
  );
}

/** What a sync would do to the deployed site's bucket (a dry run); none before its first deploy. */
export async function planSiteContent(
  site: SyncSettings,
  ctx: CommandContext,
  info: SiteInfo,
): Promise<SyncCommandResult | undefined> {
  if (info.bucket === undefined) return undefined;
  return syncAndInvalidate(
    site,
    { bucket: info.bucket, distributionId: info.distributionId },
    ctx,
    true,
  );
}

/** A version ARN CloudFormation accepts in a change set while the edge stack does not exist yet. */
const PENDING_EDGE_VERSION =
  'arn:aws:lambda:us-east-1:000000000000:function:pending-edge-function:1';

const CODE_NOT_COMPARED = 'function code not compared: plan never sees passwords';

/**
 * The edge function's code-only changes in a plan: its code comes from stand-in hashes, so a
 * change of `Code` (and the new version that follows from it) says nothing about the deploy.
 */
export function edgeCodeNote(change: Change): string | undefined {
  const rc = change.ResourceChange;
  if (rc?.Action !== 'Modify') return undefined;
  const codeProps =
    rc.LogicalResourceId === 'EdgeFunction'
      ? ['Code']
      : rc.LogicalResourceId === 'EdgeFunctionVersion'
        ? ['Description']
        : undefined;
  const details = rc.Details ?? [];
  if (codeProps === undefined || details.length === 0) return undefined;
  const codeOnly = details.every(
    (d) =>
      (d.Target?.Attribute === 'Properties' && codeProps.includes(d.Target.Name ?? '')) ||
      (d.ChangeSource === 'ResourceReference' &&
        d.CausingEntity?.startsWith('EdgeFunction') === true),
  );
  return codeOnly ? CODE_NOT_COMPARED : undefined;
}

/**
 * What a deploy would change. Plan never reads a password (issue 15 #4): not
 * `basic-auth-users`' passwords, not the users secret, not the edge stack's template. The
 * edge stack is rendered with stand-in hashes of the real shape; its code-only changes are
 * marked as not compared; the summary says what was skipped and why.
 */
export async function planCommand(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
): Promise<PlanReport> {
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedEdge = await findStack(edgeClient, `${site.stackName}-edge`, EDGE_REGION);
  const deployedSite = await findStack(siteClient, `${site.stackName}-site`, site.region);
  const config = siteConfigNote(site, deployedSite, ctx);
  const noUsersGiven = run.basicAuthUsers.length === 0;
  // Without `basic-auth-users` (a pull request never gets passwords), the users mode is the one
  // the edge stack was deployed with, so a site that keeps its users in `basic-auth-users` does
  // not show its users secret as a change; before the first deploy it is the secret.
  const usersInSecret = noUsersGiven && deployedEdge?.parameters.UsersInSecretsManager !== 'false';
  const share = await shareKeysForPlan(site, siteClient);
  // The users of the site file, with stand-in hashes: plan never sees a password.
  const synth = synthFor(
    site,
    run,
    site.users.map((user) => ({ user, password: 'stand-in' })),
    { standInHashes: true, usersInSecretsManager: usersInSecret, shareKeys: share.parameters },
  );
  const common = stackOptions(site, ctx);
  const skipped = [
    `The edge function is rendered with the users of ${site.file} and stand-in password hashes: plan never ` +
      "sees passwords, so changes of the function's code (users or passwords) are not compared; they show at deploy.",
  ];
  if (share.note !== undefined) skipped.push(share.note);
  if (usersInSecret) {
    skipped.push(
      `The users secret \`${secretName(site.stackName)}\` (${EDGE_REGION}) was not read: plan never reads ` +
        'passwords (its role may not).',
    );
  } else if (noUsersGiven) {
    skipped.push(
      '`basic-auth-users` was not given: the edge function was planned in the users mode the edge stack ' +
        'was deployed with (`basic-auth-users`, no secret).',
    );
  }
  const edge = await planStack(edgeClient, stackInput(synth.edge), {
    ...common,
    noteFor: edgeCodeNote,
  });
  // The site stack is planned against the edge version in use; a new one only changes the association.
  const currentEdge = deployedEdge?.outputs;
  const edgeVersionArn = currentEdge?.EdgeFunctionVersionArn;
  if (edgeVersionArn === undefined) {
    skipped.push(
      `The edge stack \`${synth.edge.stackName}\` is not deployed yet: the site stack was planned with a ` +
        'placeholder edge function version.',
    );
  }
  const siteStack = await planStack(
    siteClient,
    stackInput(
      withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn ?? PENDING_EDGE_VERSION), {
        // `rate-limit` set before the edge stack has its web ACL: a stand-in of the same shape.
        WebAclArn: PENDING_WEB_ACL_ARN,
        ...currentEdge,
      }),
      site.fingerprint,
    ),
    common,
  );
  return planReport(site, ctx, {
    edge,
    site: siteStack,
    info: siteInfo(deployedSite?.outputs ?? {}, edgeVersionArn),
    skipped,
    config,
  });
}

/** A plan's report: the stacks' plans, and the content's dry run into the deployed bucket. */
export async function planReport(
  site: SyncSettings,
  ctx: CommandContext,
  parts: Omit<PlanReport, 'content' | 'config'> & { readonly config: string | undefined },
): Promise<PlanReport> {
  const { config, ...rest } = parts;
  const content = await planSiteContent(site, ctx, parts.info);
  return { ...rest, content, ...(config === undefined ? {} : { config }) };
}

/**
 * Plan's line about the site file (./../site/deployed.ts), logged as a warning: whether it is
 * the one the site stack was deployed with.
 */
export function siteConfigNote(
  site: Pick<Site, 'file' | 'fingerprint' | 'stackName'>,
  deployedSite: { readonly tags: Readonly<Record<string, string>> } | undefined,
  ctx: Pick<CommandContext, 'log'>,
): string | undefined {
  const note = configNote(
    site,
    deployedConfig(site, deployedSite),
    'this plan shows what deploying this file would change',
  );
  if (note !== undefined) ctx.log.warn(note);
  return note;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function deploySummaryMarkdown(r: DeployReport): string {
  const row = (s: StackResult) =>
    `| \`${s.stackName}\` | ${s.status} | ${s.stackStatus} | ${s.changes.length} | ${seconds(s.durationMs)} |`;
  const out = [
    '### Stacks',
    '',
    '| stack | result | status | changes | time |',
    '|---|---|---|--:|--:|',
    row(r.edge),
    row(r.site),
    '',
  ];
  for (const s of [r.edge, r.site]) {
    if (s.changes.length > 0)
      out.push(
        `<details><summary>${s.stackName}: ${s.changes.length} change(s)</summary>`,
        '',
        summarizeChanges(s.changes),
        '',
        '</details>',
        '',
      );
  }
  if (r.info.url !== undefined) out.push(`**Site:** ${r.info.url}`, '');
  return out.join('\n');
}

export function planSummaryMarkdown(r: PlanReport): string {
  const out = [
    '### Plan (nothing was changed)',
    '',
    ...(r.config === undefined ? [] : [`**Site file:** ${r.config}`, '']),
    '| stack | would | changes |',
    '|---|---|--:|',
  ];
  for (const s of [r.edge, r.site])
    out.push(`| \`${s.stackName}\` | ${s.status} | ${s.changes.length} |`);
  out.push('');
  for (const s of [r.edge, r.site]) {
    if (s.changes.length > 0) out.push(`#### ${s.stackName}`, '', summarizeChanges(s.changes), '');
  }
  if (r.content === undefined)
    out.push('The bucket does not exist yet: the first deploy uploads every file.', '');
  if (r.skipped.length > 0) {
    out.push('#### Not planned', '', ...r.skipped.map((line) => `- ${line}`), '');
  }
  return out.join('\n');
}

/** The `changes` output of `plan`: one JSON object a later step can read. */
export function planChangesOutput(r: PlanReport): string {
  return JSON.stringify({
    stacks: [r.edge, r.site].map((s) => ({
      stack: s.stackName,
      status: s.status,
      changes: s.changes,
    })),
    skipped: r.skipped,
    ...(r.config === undefined ? {} : { config: r.config }),
    sync:
      r.content === undefined
        ? null
        : {
            upload: r.content.sync.uploaded.length,
            metadata: r.content.sync.metadataUpdated.length,
            delete: r.content.sync.deleted.length,
            unchanged: r.content.sync.unchanged,
          },
  });
}

export function siteOutputs(info: SiteInfo): Record<string, string> {
  return {
    url: info.url ?? '',
    bucket: info.bucket ?? '',
    'distribution-id': info.distributionId ?? '',
    'distribution-domain': info.distributionDomain ?? '',
    'edge-function-version-arn': info.edgeVersionArn ?? '',
  };
}
