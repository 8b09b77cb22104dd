/**
 * The action's one entry: read the inputs, run the command, report. The only place that
 * catches: any thrown value becomes the step's failure message.
 *
 * Each command's module is loaded with a dynamic `import()` (a chunk of its own in dist/), and
 * so are the SDK clients it uses (`AwsClients.load`): a `sync` into a given `bucket` loads no
 * CloudFormation, Secrets Manager or STS (without `role-to-assume`) code, no template renderer
 * and no edge function, and the CloudFront client only when it has something to invalidate.
 * BENCHMARKS.md ("Module load") has the figures.
 */
import * as core from '@actions/core';
import { ALL_SERVICES, createClients, loadServices, type AwsClients } from './aws/clients.js';
import { readConfiguration, type Configuration } from './run/configuration.js';
import { envInputSource } from './run/input-error.js';
import type { RunInputs } from './run/inputs.js';
import type { Site } from './site/model.js';
import type { CommandContext, Log } from './commands/sync.js';
import type { DeployReport } from './commands/deploy.js';
import { syncOutputs, syncSummaryMarkdown } from './report/summary.js';
import { setOutputs, writeSummary } from './report/step-output.js';

export const actionsLog: Log = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
};

/** The run inputs (as the runner passes them) and the site file they name. */
export function readRunConfiguration(env: NodeJS.ProcessEnv = process.env): Configuration {
  return readConfiguration(envInputSource(env), {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(): Promise<void> {
  try {
    const { site, run } = readRunConfiguration();
    for (const u of run.basicAuthUsers) core.setSecret(u.password);
    if (run.githubToken !== undefined) core.setSecret(run.githubToken);

    if (run.command === 'synth') {
      const { synthCommand, synthSummaryMarkdown } = await import('./commands/synth.js');
      const synth = synthCommand(site, run);
      core.info(
        `rendered ${synth.result.edge.stackName} and ${synth.result.site.stackName} into ${synth.files.join(', ')}`,
      );
      await writeSummary(synthSummaryMarkdown(synth));
      if (site.shareLinks) {
        core.warning(
          '`share-links`: synth renders no share keys (deploy reads them from the secret ' +
            `${site.stackName}/share-key); the templates show the site without the /_share/* behavior`,
        );
      }
      return;
    }
    const clients = await awsClients(site, run);
    const ctx: CommandContext = { clients, log: actionsLog, now: Date.now, sleep };
    try {
      if (run.command === 'sync') await syncStep(site, run, ctx);
      else if (run.command === 'deploy') await deployStep(site, run, ctx);
      else if (run.command === 'rotate') await rotateStep(site, run, ctx);
      else if (run.command === 'share') await shareStep(site, run, ctx);
      else if (run.command === 'audit') await auditStep(site, run, ctx);
      else if (run.command === 'preview')
        await (await import('./commands/preview-step.js')).previewStep(site, run, ctx);
      else if (run.command === 'preview-cleanup')
        await (
          await import('./commands/preview-cleanup-step.js')
        ).previewCleanupStep(site, run, ctx);
      else await planStep(site, run, ctx);
    } finally {
      clients.destroy();
    }
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/** Clients with the role's credentials (re-assumed before they expire), or the environment's. */
async function awsClients(site: Site, run: RunInputs): Promise<AwsClients> {
  // A sync (and a preview's) loads the clients it needs as it goes (`AwsClients.load`); the
  // others, all of them.
  const lazy = ['sync', 'preview', 'preview-cleanup'].includes(run.command);
  const services = lazy ? Promise.resolve({}) : loadServices(ALL_SERVICES);
  services.catch(() => undefined); // awaited below; a failure then is the one reported
  // No role: the SDK's own credential chain, and no STS code loaded.
  if (run.roleToAssume === undefined) return createClients(undefined, 6, undefined, await services);
  const [{ createStsClient, credentialsProvider, resolveCredentials }, { requestIdToken }] =
    await Promise.all([import('./aws/credentials.js'), import('./aws/oidc-token.js')]);
  const opts = {
    roleToAssume: run.roleToAssume,
    audience: run.audience,
    sessionName: run.roleSessionName,
    durationSeconds: run.roleDurationSeconds,
    region: site.region,
  };
  const deps = {
    // Not `core.getIDToken`: its HTTP client would load undici on every run (src/aws/oidc-token.ts).
    getIDToken: (aud: string) => requestIdToken(aud, { env: process.env }),
    sts: createStsClient,
    sleep,
    setSecret: (s: string) => core.setSecret(s),
    info: (m: string) => core.info(m),
    now: Date.now,
  };
  const initial = await resolveCredentials(opts, deps);
  const provider = credentialsProvider(opts, deps, initial);
  return createClients(provider, 6, provider?.ensureValidFor, await services);
}

async function syncStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const { resolveTarget, syncAndInvalidate } = await import('./commands/sync.js');
  const target = await resolveTarget(site, ctx);
  const { sync, invalidation } = await syncAndInvalidate(site, target, ctx, run.dryRun);
  setOutputs(syncOutputs(sync, invalidation));
  await writeSummary(syncSummaryMarkdown(sync, invalidation));
}

/** The users secret's client, and the mask every password read from it goes through first. */
function secretsDeps(ctx: CommandContext) {
  return { secrets: ctx.clients.secretsManager(), setSecret: (s: string) => core.setSecret(s) };
}

/** Share-link keys for a deploy (`share-links`, `share-key-rotate`), from the site region's secret. */
async function shareKeys(site: Site, run: RunInputs, ctx: CommandContext) {
  const { shareKeysForDeploy } = await import('./share/deploy-keys.js');
  return shareKeysForDeploy(site, run.shareKeyRotate, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    setSecret: (s: string) => core.setSecret(s),
  });
}

async function shareStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const { shareCommand, shareSummaryMarkdown } = await import('./commands/share.js');
  const report = await shareCommand(site, run, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    cloudFormation: ctx.clients.cloudFormation(site.region),
    setSecret: (s: string) => core.setSecret(s),
  });
  setOutputs({ url: report.link.url });
  await writeSummary(shareSummaryMarkdown(report));
  core.info(
    `share link for ${report.scope} '${report.path}' (output \`url\`), expires ${report.expiresAt}, key ${report.keyId}`,
  );
}

async function auditStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const { auditCommand, auditOutputs } = await import('./commands/audit.js');
  const report = await auditCommand(site, run, ctx);
  setOutputs(auditOutputs(report));
  await writeSummary(report.markdown);
}

async function deployStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const { deploySummaryMarkdown, siteOutputs } = await import('./commands/deploy.js');
  /** Outputs, summary (the store's section between the stacks and the sync) and the site URL. */
  const report = async (r: DeployReport, storeMarkdown?: string): Promise<void> => {
    setOutputs({
      ...siteOutputs(r.info),
      ...syncOutputs(r.content.sync, r.content.invalidation),
    });
    await writeSummary(
      [
        deploySummaryMarkdown(r),
        ...(storeMarkdown === undefined ? [] : [storeMarkdown]),
        syncSummaryMarkdown(r.content.sync, r.content.invalidation),
      ].join('\n'),
    );
    if (r.info.url !== undefined) core.info(`site: ${r.info.url}`);
  };
  if (site.edge === 'function') {
    // Issue 14: the CloudFront Function and its KeyValueStore (src/commands/deploy-function.ts).
    const { deployFunctionCommand, storeSummaryMarkdown } =
      await import('./commands/deploy-function.js');
    const deployed = await deployFunctionCommand(site, run, ctx, {
      setSecret: (s: string) => core.setSecret(s),
    });
    await report(deployed, storeSummaryMarkdown(deployed));
    return;
  }
  const [{ deployCommand }, { edgeSecrets }] = await Promise.all([
    import('./commands/deploy.js'),
    import('./commands/rotate.js'),
  ]);
  const signIn = await edgeSecrets(site, run, ctx, secretsDeps(ctx));
  await report(
    await deployCommand(site, run, ctx, signIn.users, await shareKeys(site, run, ctx), signIn),
  );
}

async function planStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  // Plan never reads passwords: no users secret, no `basic-auth-users` password.
  const { planChangesOutput, planCommand, planSummaryMarkdown, siteOutputs } =
    await import('./commands/deploy.js');
  const report =
    site.edge === 'function'
      ? await (await import('./commands/deploy-function.js')).planFunctionCommand(site, run, ctx)
      : await planCommand(site, run, ctx);
  const markdown =
    planSummaryMarkdown(report) +
    (report.content !== undefined
      ? '\n' + syncSummaryMarkdown(report.content.sync, report.content.invalidation)
      : '');
  setOutputs({ ...siteOutputs(report.info), changes: planChangesOutput(report) });
  await writeSummary(markdown);
  const sync = report.content?.sync;
  const noChanges =
    report.edge.changes.length === 0 &&
    report.site.changes.length === 0 &&
    sync !== undefined &&
    sync.uploaded.length + sync.metadataUpdated.length + sync.deleted.length === 0;
  if (run.commentOnPr) await commentOnPullRequest(site, run, markdown, noChanges);
}

async function rotateStep(site: Site, run: RunInputs, ctx: CommandContext): Promise<void> {
  const [{ rotateCommand, rotateSummaryMarkdown }, { deployStacks }, { findStack }] =
    await Promise.all([
      import('./commands/rotate.js'),
      import('./commands/deploy.js'),
      import('./aws/stack-outputs.js'),
    ]);
  // Share keys are planned (and rotated, with `share-key-rotate`) once, before the deploys.
  let keys: Awaited<ReturnType<typeof shareKeys>> | undefined;
  const report =
    site.edge === 'function'
      ? // Issue 14: the KeyValueStore, then the secret; no stack deploy.
        await (
          await import('./commands/rotate-function.js')
        ).rotateFunctionCommand(site, run, ctx, { setSecret: (s: string) => core.setSecret(s) })
      : await rotateCommand(site, run, ctx, {
          ...secretsDeps(ctx),
          deployedSite: () =>
            findStack(
              ctx.clients.cloudFormation(site.region),
              `${site.stackName}-site`,
              site.region,
            ),
          deploy: async (edge) => {
            keys ??= await shareKeys(site, run, ctx);
            return (await deployStacks(site, run, ctx, edge.users, keys, edge)).info;
          },
        });
  setOutputs({ url: report.url ?? '', 'edge-function-version-arn': report.edgeVersionArn ?? '' });
  await writeSummary(rotateSummaryMarkdown(report));
  core.info(
    `rotated: ${report.rotated.join(', ') || 'none'}; added: ${report.added.join(', ') || 'none'}; ` +
      `removed: ${report.removed.join(', ') || 'none'}` +
      (report.oldPasswordsStopWorkingAt === undefined
        ? ''
        : `; replaced passwords stop working at ${report.oldPasswordsStopWorkingAt}`),
  );
}

/**
 * Keeps ONE plan comment per pull request and `stack-name` (opt-in: `comment-on-pr` with
 * `github-token`): finds it by its hidden marker, updates it, creates it only when none exists.
 * The full plan is always in the job summary; the comment may be cut to fit GitHub's limit.
 */
async function commentOnPullRequest(
  site: Pick<Site, 'stackName'>,
  run: Pick<RunInputs, 'githubToken'>,
  markdown: string,
  noChanges: boolean,
): Promise<void> {
  const [github, { renderPlanComment }, { upsertPlanComment }] = await Promise.all([
    import('@actions/github'),
    import('./report/plan-comment.js'),
    import('./report/pr-comment.js'),
  ]);
  const pr = github.context.payload.pull_request;
  if (pr === undefined) {
    core.warning('`comment-on-pr`: this run is not for a pull request; no comment posted');
    return;
  }
  if (run.githubToken === undefined) {
    throw new Error(
      '`comment-on-pr` needs `github-token`: it defaults to the workflow token, which only a GitHub Actions run has; outside one, pass a token that may comment on pull requests',
    );
  }
  const octokit = github.getOctokit(run.githubToken);
  const { repo, serverUrl, runId } = github.context;
  const head: unknown = pr.head;
  const sha =
    typeof head === 'object' && head !== null && 'sha' in head && typeof head.sha === 'string'
      ? head.sha
      : undefined;
  const body = renderPlanComment({
    stackName: site.stackName,
    markdown,
    noChanges,
    commit:
      sha === undefined
        ? undefined
        : { sha, url: `${serverUrl}/${repo.owner}/${repo.repo}/pull/${pr.number}/commits/${sha}` },
    now: new Date(),
    runUrl: runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
  });
  const action = await upsertPlanComment(
    octokit,
    { ...repo, issueNumber: pr.number },
    site.stackName,
    body,
  );
  core.info(
    action.kind === 'create'
      ? `plan comment created on #${pr.number}`
      : `plan comment ${action.id} on #${pr.number} ${action.kind === 'update' ? 'updated' : 'is already up to date'}`,
  );
}
