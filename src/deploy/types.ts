/** What the deploy engine takes and gives back: plain data, no client. */
import type { Capability, Change } from '@aws-sdk/client-cloudformation';
import type { ResourceChange } from './changes.js';

export interface StackParameter {
  readonly ParameterKey: string;
  readonly ParameterValue: string;
}

export interface StackInput {
  readonly stackName: string;
  readonly templateBody: string;
  readonly parameters: readonly StackParameter[];
  /** Hash of what is deployed (template + parameters); stored in the `secure-dist:fingerprint` tag. */
  readonly fingerprint: string;
  /** Stack tags (CloudFormation copies them to the resources); the fingerprint tag is added. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Default: CAPABILITY_IAM and CAPABILITY_NAMED_IAM. */
  readonly capabilities?: readonly Capability[];
}

export interface PlanOptions {
  /** Bound on all waiting of one call, from its start. */
  readonly timeoutSeconds: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds, like `Date.now`. */
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Default: `secure-dist-<timestamp>-<random>`. */
  readonly changeSetName?: string;
  /** A number in [0, 1) for names and jitter; `Math.random` when absent. */
  readonly random?: () => number;
  /**
   * Marks changes a plan cannot judge (e.g. the edge function's code, rendered with stand-in
   * hashes): the note is shown next to the change.
   */
  readonly noteFor?: (change: Change) => string | undefined;
}

export interface DeployOptions extends PlanOptions {
  /** Delete and re-create a stack whose first creation failed (`recreate-failed-stack`). */
  readonly recreateFailed: boolean;
  /**
   * The CloudFormation service role (input `cloudformation-role`): `RoleARN` of every
   * CreateChangeSet and of the DeleteStack of `recreate-failed-stack`. Undefined = none.
   */
  readonly roleArn?: string | undefined;
  /**
   * Called before the engine creates the stack (a first create, a create on a stack left in
   * REVIEW_IN_PROGRESS, or before deleting a failed stack to create it again); throwing stops
   * the deploy before any change.
   */
  readonly beforeCreate?: () => Promise<void>;
  /**
   * `verify-stacks`: run drift detection before trusting a matching fingerprint; a drifted
   * stack fails the deploy.
   */
  readonly verifyDrift?: boolean;
  /**
   * Called right before ExecuteChangeSet with how long the operation may take (`stack-timeout`):
   * the place to re-assume the role when the credentials would expire before the stack is done.
   */
  readonly beforeExecute?: (validForMs: number) => Promise<void>;
}

export type StackResultStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface StackResult {
  readonly stackName: string;
  readonly status: StackResultStatus;
  readonly outputs: Record<string, string>;
  readonly changes: readonly ResourceChange[];
  readonly durationMs: number;
  /** The stack's CloudFormation status at the end. */
  readonly stackStatus: string;
}

export interface StackPlan {
  readonly stackName: string;
  /**
   * `create`: the stack does not exist yet; `update`: it would change; `unchanged`: the change
   * set was empty; `skipped`: the fingerprint matches, so no change set was made.
   */
  readonly status: 'create' | 'update' | 'unchanged' | 'skipped';
  readonly changes: readonly ResourceChange[];
}
