/** Rendering the CloudFormation templates offline: what `synth` writes and `deploy` sends. */
export {
  assertResolved,
  EDGE_REGION,
  fingerprintOf,
  hasShareKeys,
  MAX_STACK_NAME_LENGTH,
  NO_SHARE_KEYS,
  PENDING_USERS_STORE_ARN,
  PENDING_WEB_ACL_ARN,
  readTemplate,
  synthesize,
  TEMPLATE_BODY_LIMIT,
  TemplateTooLargeError,
  withEdgeVersion,
  withEdgeWebAcl,
  withParameters,
  withUsersStore,
  type DeployTimeParameter,
  type RenderedStack,
  type ShareKeyParameters,
  type StackParameter,
  type SynthOptions,
  type SynthResult,
  type TemplateName,
} from './render.js';
export {
  functionCodeParts,
  functionResourceName,
  functionUsersSecretName,
  loginFunctionResourceName,
  pepperSecretName,
  PEPPER_MARK,
  responseFunctionResourceName,
  usersStoreName,
  type RenderFunctionCode,
} from './function-site.js';
export { loadTemplate, parseTemplate, type Template } from './template.js';
export { isJsonObject, jsonAt, objectAt, type Json, type JsonObject } from './json.js';
export { SYNTH_FILES, writeSynth } from './write.js';
