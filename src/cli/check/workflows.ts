/**
 * The workflows as `check` reads them: every job, and in it every step that runs this action
 * (`uses: org/secure-dist-action@…`, any owner's `…/secure-dist-action@…`, or `./` in the
 * action's own repository), with what GitHub decides from the file: the workflow's triggers,
 * the job's environment and whether its token may ask for an OIDC token (`id-token: write`, a
 * job's `permissions` replacing the workflow's), and each step's inputs and line. Pure: a file's
 * text in, the model out; the tests read docs/setup.md's and init's workflows with it too.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { DEFAULT_CONFIG } from '../../run/names.js';

/** A step of the action. */
export interface ActionStep {
  /** 0-based index of the step in its job, and its line in the file. */
  readonly index: number;
  readonly line: number | undefined;
  /** `with:`, every value as the runner passes it (a string). */
  readonly with: Readonly<Record<string, string>>;
  /** `command`, or the default `deploy`. */
  readonly command: string;
  /** `config`, or the default `secure-dist.yml`. */
  readonly config: string;
  /** `X` when `role-to-assume` is exactly `${{ vars.X }}`. */
  readonly roleVariable: string | undefined;
  /** Whether an earlier `run:` step of the job names the config file (it writes it). */
  readonly configWrittenByJob: boolean;
}

export interface WorkflowJob {
  /** The workflow file, relative to the repository (`.github/workflows/publish.yml`). */
  readonly file: string;
  readonly jobId: string;
  readonly line: number | undefined;
  /** The workflow's `on:` events. */
  readonly triggers: readonly string[];
  /** `environment:` (a name, or its `name:`); an expression is kept as written. */
  readonly environment: string | undefined;
  /** Whether the job's token may ask for an OIDC token (`id-token: write` or `write-all`). */
  readonly idToken: boolean;
  /** Whether AWS credentials reach the job otherwise (a credentials action, AWS_ACCESS_KEY_ID). */
  readonly otherCredentials: boolean;
  readonly steps: readonly ActionStep[];
}

export interface WorkflowFile {
  readonly file: string;
  readonly jobs: readonly WorkflowJob[];
  /** YAML errors: the file cannot be read as GitHub would. */
  readonly errors: readonly string[];
}

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Does `uses:` name this action? `./` only where the repository is the action itself. */
export function usesAction(uses: unknown, selfIsAction: boolean): boolean {
  if (typeof uses !== 'string') return false;
  if (uses === './' || uses === '.') return selfIsAction;
  return /^[\w.-]+\/secure-dist-action(\/[\w./-]*)?@\S+$/.test(uses);
}

function triggersOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(record(on));
}

const grantsIdToken = (permissions: unknown): boolean =>
  permissions === 'write-all' || record(permissions)['id-token'] === 'write';

const setsAwsKey = (env: unknown): boolean => 'AWS_ACCESS_KEY_ID' in record(env);

/** The line of the node at `path`, 1-based. */
function lineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  const node = doc.getIn(path, true);
  const range =
    typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range)
      ? node.range
      : undefined;
  const offset: unknown = range?.[0];
  return typeof offset === 'number' ? counter.linePos(offset).line : undefined;
}

const asString = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

/** A workflow file's jobs and the action's steps in them. */
export function readWorkflow(file: string, text: string, selfIsAction: boolean): WorkflowFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return { file, jobs: [], errors: doc.errors.map((e) => e.message.split('\n')[0] ?? '') };
  }
  const data = record(doc.toJS());
  const jobsNode = doc.get('jobs', true);
  if (!isMap(jobsNode)) return { file, jobs: [], errors: [] };
  const triggers = triggersOf(data.on);
  const jobs = Object.entries(record(data.jobs)).map(([jobId, raw]): WorkflowJob => {
    const job = record(raw);
    const declared = job.environment;
    const environment =
      typeof declared === 'string' ? declared : asString(record(declared).name) || undefined;
    const rawSteps = list(job.steps).map(record);
    const credentialsStep = (i: number): boolean =>
      rawSteps
        .slice(0, i)
        .some(
          (s) =>
            typeof s.uses === 'string' &&
            s.uses.startsWith('aws-actions/configure-aws-credentials@'),
        );
    const steps = rawSteps.flatMap((step, index): ActionStep[] => {
      if (!usesAction(step.uses, selfIsAction)) return [];
      const given = Object.fromEntries(
        Object.entries(record(step.with)).map(([k, v]) => [k, asString(v)]),
      );
      const config = given.config?.trim() || DEFAULT_CONFIG;
      const role = /^\$\{\{\s*vars\.(\w+)\s*\}\}$/.exec(given['role-to-assume']?.trim() ?? '');
      return [
        {
          index,
          line: lineOf(doc, counter, ['jobs', jobId, 'steps', index]),
          with: given,
          command: given.command?.trim() || 'deploy',
          config,
          roleVariable: role?.[1],
          configWrittenByJob: rawSteps
            .slice(0, index)
            .some((s) => typeof s.run === 'string' && s.run.includes(config)),
        },
      ];
    });
    return {
      file,
      jobId,
      line: lineOf(doc, counter, ['jobs', jobId]),
      triggers,
      environment,
      // A job's `permissions` replaces the workflow's.
      idToken: grantsIdToken(job.permissions ?? data.permissions),
      otherCredentials:
        setsAwsKey(data.env) ||
        setsAwsKey(job.env) ||
        rawSteps.some(
          (s, i) => usesAction(s.uses, selfIsAction) && (credentialsStep(i) || setsAwsKey(s.env)),
        ),
      steps,
    };
  });
  return { file, jobs, errors: [] };
}

/** Where a step is, for messages: `file:line: job X, step N`. */
export function stepLabel(job: Pick<WorkflowJob, 'file' | 'jobId'>, step: ActionStep): string {
  return `${job.file}${step.line === undefined ? '' : `:${step.line}`}: job ${job.jobId}, step ${step.index + 1}`;
}

/** Commands that change the site (deploy, rotate): they need the deploy role. */
export const CHANGES_SITE: readonly string[] = ['deploy', 'rotate'];
