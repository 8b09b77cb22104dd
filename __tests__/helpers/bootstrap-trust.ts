/**
 * A bootstrap command and the workflows it is for, checked against each other: the command's
 * `--parameter-overrides` as written, the jobs that assume the deploy role (read with the CLI's
 * own workflow model, src/cli/check/workflows.ts), the OIDC token GitHub gives each job
 * (helpers/iam.ts `claimsForJob`) and whether the bootstrap's trust policy lets it in (`canAssume`,
 * an IAM evaluator). Used for docs/setup.md's setup (setup-path.test.ts) and for what
 * `secure-dist init` writes and prints (cli-init.test.ts).
 */
import { parse } from 'yaml';
import { readWorkflow, type WorkflowJob } from '../../src/cli/check/workflows.js';
import { canAssume, claimsForJob, type JobRun, type OidcClaims, type WorkflowDoc } from './iam.js';

/**
 * `--parameter-overrides` of an `aws cloudformation deploy` command's words (its argv, as a shell
 * splits them), exactly as written: `Branch=` is `''`.
 */
export function parameterOverrides(argv: readonly string[]): Record<string, string> {
  const from = argv.indexOf('--parameter-overrides') + 1;
  const overrides = from > 0 ? argv.slice(from) : [];
  const end = overrides.findIndex((t) => t.startsWith('--'));
  return Object.fromEntries(
    (end < 0 ? overrides : overrides.slice(0, end)).map((t) => {
      const eq = t.indexOf('=');
      return eq < 0 ? [t, ''] : [t.slice(0, eq), t.slice(eq + 1)];
    }),
  );
}

export interface RoleJob {
  readonly workflow: WorkflowDoc & { readonly doc: Record<string, unknown> };
  readonly jobId: string;
  readonly job: WorkflowJob;
}

/** The jobs of `workflows` whose action steps assume the role in `${{ vars.<variable> }}`. */
export function jobsWithRole(
  workflows: readonly (WorkflowDoc & { readonly doc: Record<string, unknown> })[],
  variable: string,
): RoleJob[] {
  return workflows.flatMap((workflow) =>
    readWorkflow(workflow.file, workflow.text, true)
      .jobs.filter((job) => job.steps.some((s) => s.roleVariable === variable))
      .map((job) => ({ workflow, jobId: job.jobId, job })),
  );
}

/** A workflow file as the repository would hold it, parsed too. */
export function workflowDoc(
  file: string,
  text: string,
): WorkflowDoc & { doc: Record<string, unknown> } {
  const doc: unknown = parse(text);
  return {
    file,
    text,
    doc: typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? { ...doc } : {},
  };
}

/** The run a job's token is for: its workflow's push or workflow_dispatch, on `refs/heads/<branch>`. */
export function runOf(
  job: Pick<WorkflowJob, 'triggers'>,
  repository: { readonly owner: string; readonly repo: string },
  overrides: Partial<JobRun> = {},
): JobRun {
  const event = job.triggers.find((t) => t === 'push' || t === 'workflow_dispatch') ?? '';
  return {
    owner: repository.owner,
    repo: repository.repo,
    ref: 'refs/heads/main',
    event,
    ...overrides,
  };
}

/** Whether the job's token may assume `role` of a bootstrap deployed with `parameters`. */
export async function jobMayAssume(
  parameters: Readonly<Record<string, string>>,
  role: 'DeployRole' | 'PlanRole',
  target: Pick<RoleJob, 'workflow' | 'jobId'>,
  run: JobRun,
): Promise<{ claims: OidcClaims; allowed: boolean }> {
  const claims = claimsForJob(target.workflow, target.jobId, run);
  return { claims, allowed: await canAssume(parameters, role, claims) };
}
