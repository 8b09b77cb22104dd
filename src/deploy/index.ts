/** The stack deployment engine: deploy or plan one CloudFormation stack with change sets. */
export {
  DEFAULT_CAPABILITIES,
  deployStack,
  planStack,
  type DeployOptions,
  type PlanOptions,
  type StackInput,
  type StackParameter,
  type StackPlan,
  type StackResult,
  type StackResultStatus,
} from './stack.js';
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
