/** The stack deployment engine: deploy or plan one CloudFormation stack with change sets. */
export { deployStack } from './stack.js';
export { planStack } from './plan.js';
export { DEFAULT_CAPABILITIES } from './change-set.js';
export type {
  DeployOptions,
  PlanOptions,
  StackInput,
  StackParameter,
  StackPlan,
  StackResult,
  StackResultStatus,
} from './types.js';
export {
  CHANGE_TABLE_HEADER,
  changeLines,
  changeRows,
  summarizeChanges,
  toResourceChanges,
  type ResourceChange,
} from './changes.js';
export {
  DeployError,
  formatElapsed,
  stackFailureMessage,
  rollbackCompleteMessage,
  timeoutMessage,
  type ResourceFailure,
} from './messages.js';
export { FINGERPRINT_TAG, TEMPLATE_BODY_LIMIT, newChangeSetName } from './status.js';
