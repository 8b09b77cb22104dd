/**
 * Runs one job of a workflow file the way the GitHub runner runs it, on this machine:
 *
 * - `run:` steps: the script in a file, run with `bash -e {file}`, the runner's command for a
 *   step without `shell:` on Linux (GitHub docs, workflow syntax, `jobs.<job_id>.steps[*].shell`:
 *   "unspecified … bash -e {0}"), in the workspace, with the job's `env:`, then the step's;
 * - `uses: ./` steps: the action of the workspace, `node <runs.main>` (Node 24 for `node24`),
 *   with an `INPUT_<NAME>` variable for every input action.yml declares: the step's `with:` value,
 *   else the input's default (actions/runner, src/Runner.Worker/ActionRunner.cs: "Merge the
 *   default inputs from the definition"); a `with:` key action.yml does not declare fails;
 * - outputs: each step gets its own GITHUB_OUTPUT file, read after the step into
 *   `steps.<id>.outputs.<name>` for the expressions of later steps;
 * - the first failing step ends the job, as on the runner (no step here has `if:`);
 * - at the end, every process a step left behind (a server started with `&`) is stopped: each
 *   step runs in its own process group, as the runner cleans up orphan processes after a job.
 *
 * Expressions: `${{ steps.<id>.outputs.<name> }}` and `${{ github.token }}`; any other fails,
 * so a workflow this helper cannot follow is never run half-understood. Steps the caller
 * cannot run here (checkout, setup-node, `npm ci`) are skipped by `skip`, which names why.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile, runProcess } from './runner.js';

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});

export interface StepResult {
  /** The step's `name`, else its `id`, else its `uses` or first line of `run`. */
  readonly name: string;
  /** Why the step was not run, when it was skipped. */
  readonly skipped?: string;
  readonly code: number;
  readonly output: string;
  readonly outputs: Record<string, string>;
}

export interface JobOptions {
  /** The workflow file, parsed. */
  readonly workflow: Yaml;
  readonly jobId: string;
  /** The checkout: the steps' working directory and the action `./`. */
  readonly workspace: string;
  /** For temporary files (GITHUB_OUTPUT, scripts, RUNNER_TEMP). */
  readonly temp: string;
  /** The machine's environment the runner starts from (PATH, HOME). */
  readonly env: Record<string, string>;
  /** Node for `using: node24` actions. */
  readonly node24: string;
  /** `github.token`: a stand-in, this runs nowhere near GitHub. */
  readonly githubToken: string;
  /** Returns why a step is not run here, or undefined to run it. */
  readonly skip: (step: Yaml) => string | undefined;
}

function stepName(step: Yaml): string {
  for (const key of ['name', 'id', 'uses']) if (typeof step[key] === 'string') return step[key];
  return String(step.run ?? '').split('\n')[0] ?? '';
}

/** Replaces the expressions this helper knows; fails on any other. */
function evaluate(
  text: string,
  outputs: Map<string, Record<string, string>>,
  githubToken: string,
): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return githubToken;
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m?.[1] !== undefined && m[2] !== undefined) return outputs.get(m[1])?.[m[2]] ?? '';
    throw new Error(`workflow-job: the expression \${{ ${expr} }} is not supported here`);
  });
}

function evaluateMap(
  map: unknown,
  outputs: Map<string, Record<string, string>>,
  githubToken: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record(map)).map(([k, v]) => [k, evaluate(String(v), outputs, githubToken)]),
  );
}

/** Runs the job's steps in order; resolves with what each did, up to the first failure. */
export async function runJob(opts: JobOptions): Promise<StepResult[]> {
  const job = record(record(opts.workflow.jobs)[opts.jobId]);
  const rawSteps = job.steps;
  if (!Array.isArray(rawSteps)) throw new Error(`workflow-job: job ${opts.jobId} has no steps`);
  const outputs = new Map<string, Record<string, string>>();
  const groups: number[] = [];
  const results: StepResult[] = [];
  mkdirSync(opts.temp, { recursive: true });
  const runnerEnv = {
    ...opts.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: opts.temp,
  };
  try {
    for (const [index, raw] of rawSteps.entries()) {
      const step = record(raw);
      const name = stepName(step);
      const reason = opts.skip(step);
      if (reason !== undefined) {
        results.push({ name, skipped: reason, code: 0, output: '', outputs: {} });
        continue;
      }
      for (const key of ['if', 'shell', 'working-directory', 'continue-on-error']) {
        if (key in step)
          throw new Error(`workflow-job: step "${name}": \`${key}\` is not supported`);
      }
      const outputFile = path.join(opts.temp, `output-${index}`);
      const summaryFile = path.join(opts.temp, `summary-${index}`);
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env: NodeJS.ProcessEnv = {
        ...runnerEnv,
        ...evaluateMap(job.env, outputs, opts.githubToken),
        ...evaluateMap(step.env, outputs, opts.githubToken),
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
      };
      let command: string;
      let args: string[];
      if (typeof step.run === 'string') {
        const script = path.join(opts.temp, `step-${index}.sh`);
        writeFileSync(script, step.run);
        [command, args] = ['bash', ['-e', script]];
      } else if (step.uses === './') {
        [command, args] = actionCommand(opts, step, env, outputs);
      } else {
        throw new Error(
          `workflow-job: step "${name}" (uses: ${String(step.uses)}) is not supported`,
        );
      }
      const run = await runProcess(command, args, env, opts.workspace, {
        onSpawn: (pid) => groups.push(pid),
      });
      const stepOutputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      if (typeof step.id === 'string') outputs.set(step.id, stepOutputs);
      results.push({ name, code: run.code, output: run.stdout + run.stderr, outputs: stepOutputs });
      if (run.code !== 0) break;
    }
  } finally {
    for (const group of groups) {
      try {
        process.kill(-group, 'SIGTERM');
      } catch {
        // the group is gone: nothing was left behind
      }
    }
  }
  return results;
}

/** `node <main>` of the workspace's action, with its INPUT_* variables added to `env`. */
function actionCommand(
  opts: JobOptions,
  step: Yaml,
  env: NodeJS.ProcessEnv,
  outputs: Map<string, Record<string, string>>,
): [string, string[]] {
  const action = record(parse(readFileSync(path.join(opts.workspace, 'action.yml'), 'utf8')));
  const runs = record(action.runs);
  if (runs.using !== 'node24' || typeof runs.main !== 'string') {
    throw new Error(`workflow-job: action.yml runs ${String(runs.using)}, not node24`);
  }
  const declared = record(action.inputs);
  const given = evaluateMap(step.with, outputs, opts.githubToken);
  const unexpected = Object.keys(given).filter((k) => !(k in declared));
  if (unexpected.length > 0) {
    throw new Error(`workflow-job: unexpected input(s) ${unexpected.join(', ')} for ./`);
  }
  for (const [name, input] of Object.entries(declared)) {
    const fallback = record(input).default;
    const value =
      given[name] ??
      (fallback === undefined ? '' : evaluate(String(fallback), outputs, opts.githubToken));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return [opts.node24, [path.join(opts.workspace, runs.main)]];
}
