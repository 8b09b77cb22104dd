/**
 * `command: deploy` and `command: plan`.
 *
 * deploy: the edge stack in us-east-1, its version ARN into the site stack, the site stack in
 * `region`, then the sync into the bucket it names and the invalidation of its distribution.
 * A stack whose template and parameters did not change is skipped after one DescribeStacks
 * (its fingerprint tag matches), so a content-only push goes straight to the sync.
 *
 * plan: change sets created, described and deleted; the sync computed as a dry run; nothing
 * changed.
 */
import type { Inputs } from '../inputs.js';
import type { EdgeCredential } from '../edge/config.js';
import { EDGE_REGION } from '../aws/clients.js';
import { findStackOutputs } from '../aws/stack-outputs.js';
import {
  deployStack,
  planStack,
  summarizeChanges,
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
import { synthFor } from './synth.js';
import { syncAndInvalidate, type CommandContext, type SyncCommandResult } from './sync.js';

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
}

export interface PlanReport {
  readonly edge: StackPlan;
  readonly site: StackPlan;
  /** The sync as a dry run, when the bucket exists. */
  readonly content: SyncCommandResult | undefined;
  readonly info: SiteInfo;
}

/** A rendered stack as the deploy engine takes it, tagged with its own name. */
export const stackInput = (s: RenderedStack): StackInput => ({
  stackName: s.stackName,
  templateBody: s.templateBody,
  parameters: s.parameters,
  fingerprint: s.fingerprint,
  tags: { 'secure-dist:stack': s.stackName },
});

/** How long to wait for a stack, on the command's clock, logging progress. */
function stackOptions(inputs: Inputs, ctx: CommandContext): PlanOptions {
  return {
    timeoutSeconds: inputs.stackTimeoutSeconds,
    sleep: ctx.sleep,
    now: ctx.now,
    log: (line: string) => ctx.log.info(line),
  };
}

function siteInfo(
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

/**
 * The edge stack with exactly these users baked in, its version into the site stack, the site
 * stack. No content sync: what `rotate` deploys.
 */
export async function deployStacks(
  inputs: Inputs,
  ctx: CommandContext,
  users: readonly EdgeCredential[],
): Promise<StacksReport> {
  const synth = synthFor(inputs, users);
  const common = { ...stackOptions(inputs, ctx), recreateFailed: inputs.recreateFailedStack };
  const edge = await deployStack(
    ctx.clients.cloudFormation(EDGE_REGION),
    stackInput(synth.edge),
    common,
  );
  const edgeVersionArn = edgeVersionOf(edge);
  const site = await deployStack(
    ctx.clients.cloudFormation(inputs.region),
    stackInput(withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn), edge.outputs)),
    common,
  );
  return { edge, site, info: siteInfo(site.outputs, edgeVersionArn) };
}

/** Users from `basic-auth-users` or the secret (see `edgeUsers` in ./rotate.ts). */
export async function deployCommand(
  inputs: Inputs,
  ctx: CommandContext,
  users: readonly EdgeCredential[],
): Promise<DeployReport> {
  const { edge, site, info } = await deployStacks(inputs, ctx, users);
  if (info.bucket === undefined) {
    throw new Error(
      `stack '${site.stackName}' has no output BucketName: was it deployed by this action?`,
    );
  }
  const content = await syncAndInvalidate(
    inputs,
    {
      bucket: info.bucket,
      distributionId: info.distributionId,
      newDistribution: site.status === 'created',
    },
    ctx,
  );
  return { edge, site, info, content };
}

/** A version ARN CloudFormation accepts in a change set while the edge stack does not exist yet. */
const PENDING_EDGE_VERSION =
  'arn:aws:lambda:us-east-1:000000000000:function:pending-edge-function:1';

export async function planCommand(
  inputs: Inputs,
  ctx: CommandContext,
  users: readonly EdgeCredential[],
): Promise<PlanReport> {
  const synth = synthFor(inputs, users);
  const common = stackOptions(inputs, ctx);
  const edge = await planStack(
    ctx.clients.cloudFormation(EDGE_REGION),
    stackInput(synth.edge),
    common,
  );
  // The site stack is planned against the edge version in use; a new one only changes the association.
  const currentEdge = await findStackOutputs(
    ctx.clients.cloudFormation(EDGE_REGION),
    synth.edge.stackName,
    EDGE_REGION,
  );
  const edgeVersionArn = currentEdge?.EdgeFunctionVersionArn;
  const site = await planStack(
    ctx.clients.cloudFormation(inputs.region),
    stackInput(
      withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn ?? PENDING_EDGE_VERSION), {
        // `rate-limit` set before the edge stack has its web ACL: a stand-in of the same shape.
        WebAclArn: PENDING_WEB_ACL_ARN,
        ...currentEdge,
      }),
    ),
    common,
  );
  const siteOutputs =
    (await findStackOutputs(
      ctx.clients.cloudFormation(inputs.region),
      synth.site.stackName,
      inputs.region,
    )) ?? {};
  const info = siteInfo(siteOutputs, edgeVersionArn);
  const content =
    info.bucket === undefined
      ? undefined
      : await syncAndInvalidate(
          { ...inputs, dryRun: true },
          { bucket: info.bucket, distributionId: info.distributionId },
          ctx,
        );
  return { edge, site, content, info };
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
