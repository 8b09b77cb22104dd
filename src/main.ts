/**
 * The action's one entry: read the inputs, run the command, report. The only place that
 * catches: any thrown value becomes the step's failure message.
 */
import * as core from '@actions/core';
import { createClients } from './aws/clients.js';
import { parseInputs, type Inputs } from './inputs.js';
import {
  resolveTarget,
  syncAndInvalidate,
  type CommandContext,
  type Log,
} from './commands/sync.js';
import { syncOutputs, syncSummaryMarkdown } from './report/summary.js';
import { synthCommand, synthSummaryMarkdown } from './commands/synth.js';

export const actionsLog: Log = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
};

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  return parseInputs(
    (name) => core.getInput(name),
    {
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      runId: env.GITHUB_RUN_ID,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
    },
    (name) => core.getInput(name, { trimWhitespace: false }),
  );
}

const workspaceOf = (env: NodeJS.ProcessEnv): string => env.GITHUB_WORKSPACE ?? process.cwd();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    for (const u of inputs.basicAuthUsers) core.setSecret(u.password);
    if (inputs.githubToken !== undefined) core.setSecret(inputs.githubToken);

    switch (inputs.command) {
      case 'sync':
        await syncCommand(inputs);
        break;
      case 'synth': {
        const synth = synthCommand(inputs, workspaceOf(process.env));
        core.info(
          `rendered ${synth.result.edge.stackName} and ${synth.result.site.stackName} into ${synth.files.length} files`,
        );
        await writeSummary(synthSummaryMarkdown(synth));
        break;
      }
      default:
        throw new Error(
          `\`command\`: '${inputs.command}' is not available in this version yet; use 'sync' or 'synth' (see the README's status table)`,
        );
    }
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}

async function syncCommand(inputs: Inputs): Promise<void> {
  if (inputs.roleToAssume !== undefined) {
    throw new Error(
      '`role-to-assume` is not available in this version yet: configure credentials with aws-actions/configure-aws-credentials before this step',
    );
  }
  const clients = createClients(undefined);
  const ctx: CommandContext = { clients, log: actionsLog, now: Date.now, sleep };
  try {
    const target = await resolveTarget(inputs, ctx);
    const { sync, invalidation } = await syncAndInvalidate(inputs, target, ctx);
    for (const [name, value] of Object.entries(syncOutputs(sync, invalidation)))
      core.setOutput(name, value);
    await writeSummary(syncSummaryMarkdown(sync, invalidation));
  } finally {
    clients.destroy();
  }
}

/** The job summary when the runner provides one; the log otherwise (a local run). */
async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);
}
