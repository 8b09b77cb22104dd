import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-3SQMA2BB.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-7MQ27SVM.js";
import {
  Sha256Node
} from "./chunk-FAGE2HAM.js";
import {
  NodeHttpHandler
} from "./chunk-NF6TWKQU.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  createPaginator,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-TSQ7NDGM.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-PBUIKM7H.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-T5JBUKYX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-UUDKA7NK.js";

// node_modules/@aws-sdk/client-secrets-manager/package.json
var require_package = __commonJS({
  "node_modules/@aws-sdk/client-secrets-manager/package.json"(exports, module) {
    module.exports = JSON.parse(`{"name":"@aws-sdk/client-secrets-manager","version":"3.1164.0","description":"AWS SDK for JavaScript Secrets Manager Client for Node.js, Browser and React Native","homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-secrets-manager","license":"Apache-2.0","author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/sdk-for-javascript/"},"repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-secrets-manager"},"files":["dist-*/**"],"sideEffects":false,"main":"./dist-cjs/index.js","module":"./dist-es/index.js","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"types":"./dist-types/index.d.ts","typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"scripts":{"build":"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service","test":"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},"dependencies":{"@aws-sdk/core":"^3.980.1","@aws-sdk/credential-provider-node":"^3.972.94","@aws-sdk/types":"^3.975.0","@smithy/core":"^3.38.0","@smithy/fetch-http-handler":"^5.8.0","@smithy/node-http-handler":"^4.14.0","@smithy/types":"^4.19.0","tslib":"^2.6.2"},"devDependencies":{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~7.0.2","vitest":"^4.0.17"},"engines":{"node":">=20.0.0"}}`);
  }
});

// node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthSchemeProvider.js
var defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "secretsmanager",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultSecretsManagerHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "secretsmanager"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.js
var import_package = __toESM(require_package());

// node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { "fn": f, "argv": [i, "name"] };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "aws"]],
    [g, [j, "aws-cn"]],
    [g, [j, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://secretsmanager-fips.{Region}.amazonaws.com", k],
    ["https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://secretsmanager.{Region}.amazonaws.com", k],
    ["https://secretsmanager.{Region}.amazonaws.com.cn", k],
    ["https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  17,
  3,
  1,
  4,
  r + 14,
  2,
  5,
  r + 14,
  3,
  11,
  6,
  4,
  7,
  r + 13,
  5,
  8,
  r + 12,
  7,
  r + 9,
  9,
  8,
  r + 10,
  10,
  9,
  r + 9,
  r + 11,
  4,
  13,
  12,
  6,
  r + 7,
  r + 8,
  5,
  14,
  r + 6,
  6,
  15,
  r + 6,
  7,
  r + 4,
  16,
  9,
  r + 4,
  r + 5,
  3,
  r + 1,
  18,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-secrets-manager/dist-es/models/SecretsManagerServiceException.js
var SecretsManagerServiceException = class _SecretsManagerServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SecretsManagerServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/models/errors.js
var DecryptionFailure = class _DecryptionFailure extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
  name = "DecryptionFailure";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DecryptionFailure",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DecryptionFailure.prototype);
    this.Message = opts.Message;
  }
};
var InternalServiceError = class _InternalServiceError extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
  name = "InternalServiceError";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServiceError",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceError.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
  name = "InvalidNextTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterException = class _InvalidParameterException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidRequestException = class _InvalidRequestException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
  name = "InvalidRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var EncryptionFailure = class _EncryptionFailure extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
  name = "EncryptionFailure";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EncryptionFailure",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EncryptionFailure.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededException = class _LimitExceededException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
    this.Message = opts.Message;
  }
};
var PreconditionNotMetException = class _PreconditionNotMetException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
  name = "PreconditionNotMetException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PreconditionNotMetException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionNotMetException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceExistsException = class _ResourceExistsException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
  name = "ResourceExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceExistsException.prototype);
    this.Message = opts.Message;
  }
};
var PublicPolicyException = class _PublicPolicyException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
  name = "PublicPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PublicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicPolicyException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js
var _AAD = "AutomaticallyAfterDays";
var _APIELT = "APIErrorListType";
var _APIET = "APIErrorType";
var _ARN = "ARN";
var _ARR = "AddReplicaRegions";
var _ARRLT = "AddReplicaRegionListType";
var _BGSV = "BatchGetSecretValue";
var _BGSVR = "BatchGetSecretValueRequest";
var _BGSVRa = "BatchGetSecretValueResponse";
var _BPP = "BlockPublicPolicy";
var _CD = "CreatedDate";
var _CN = "CheckName";
var _CRS = "CancelRotateSecret";
var _CRSR = "CancelRotateSecretRequest";
var _CRSRa = "CancelRotateSecretResponse";
var _CRT = "ClientRequestToken";
var _CS = "CreateSecret";
var _CSR = "CreateSecretRequest";
var _CSRr = "CreateSecretResponse";
var _D = "Description";
var _DD = "DeletionDate";
var _DDe = "DeletedDate";
var _DF = "DecryptionFailure";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DRPRe = "DeleteResourcePolicyResponse";
var _DS = "DeleteSecret";
var _DSR = "DeleteSecretRequest";
var _DSRe = "DeleteSecretResponse";
var _DSRes = "DescribeSecretRequest";
var _DSResc = "DescribeSecretResponse";
var _DSe = "DescribeSecret";
var _Du = "Duration";
var _E = "Errors";
var _EC = "ErrorCode";
var _ECx = "ExcludeCharacters";
var _EF = "EncryptionFailure";
var _EL = "ExcludeLowercase";
var _EM = "ErrorMessage";
var _EN = "ExcludeNumbers";
var _EP = "ExcludePunctuation";
var _ESRM = "ExternalSecretRotationMetadata";
var _ESRMI = "ExternalSecretRotationMetadataItem";
var _ESRMT = "ExternalSecretRotationMetadataType";
var _ESRRA = "ExternalSecretRotationRoleArn";
var _EU = "ExcludeUppercase";
var _F = "Filters";
var _FDWR = "ForceDeleteWithoutRecovery";
var _FLT = "FiltersListType";
var _FORS = "ForceOverwriteReplicaSecret";
var _Fi = "Filter";
var _GRP = "GetRandomPassword";
var _GRPR = "GetRandomPasswordRequest";
var _GRPRe = "GetRandomPasswordResponse";
var _GRPRet = "GetResourcePolicyRequest";
var _GRPRete = "GetResourcePolicyResponse";
var _GRPe = "GetResourcePolicy";
var _GSV = "GetSecretValue";
var _GSVR = "GetSecretValueRequest";
var _GSVRe = "GetSecretValueResponse";
var _ID = "IncludeDeprecated";
var _INTE = "InvalidNextTokenException";
var _IPD = "IncludePlannedDeletion";
var _IPE = "InvalidParameterException";
var _IRE = "InvalidRequestException";
var _IS = "IncludeSpace";
var _ISE = "InternalServiceError";
var _K = "Key";
var _KKI = "KmsKeyId";
var _KKIm = "KmsKeyIds";
var _LAD = "LastAccessedDate";
var _LCD = "LastChangedDate";
var _LEE = "LimitExceededException";
var _LRD = "LastRotatedDate";
var _LS = "ListSecrets";
var _LSR = "ListSecretsRequest";
var _LSRi = "ListSecretsResponse";
var _LSVI = "ListSecretVersionIds";
var _LSVIR = "ListSecretVersionIdsRequest";
var _LSVIRi = "ListSecretVersionIdsResponse";
var _M = "Message";
var _MPDE = "MalformedPolicyDocumentException";
var _MR = "MaxResults";
var _MTVI = "MoveToVersionId";
var _N = "Name";
var _NRD = "NextRotationDate";
var _NT = "NextToken";
var _OS = "OwningService";
var _PL = "PasswordLength";
var _PNME = "PreconditionNotMetException";
var _PPE = "PublicPolicyException";
var _PR = "PrimaryRegion";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _PSV = "PutSecretValue";
var _PSVR = "PutSecretValueRequest";
var _PSVRu = "PutSecretValueResponse";
var _PVP = "PolicyValidationPassed";
var _R = "Region";
var _RE = "RotationEnabled";
var _REE = "ResourceExistsException";
var _REIT = "RequireEachIncludedType";
var _RFVI = "RemoveFromVersionId";
var _RI = "RotateImmediately";
var _RLARN = "RotationLambdaARN";
var _RNFE = "ResourceNotFoundException";
var _RP = "RandomPassword";
var _RPT = "RandomPasswordType";
var _RPe = "ResourcePolicy";
var _RR = "RotationRules";
var _RRFR = "RemoveRegionsFromReplication";
var _RRFRR = "RemoveRegionsFromReplicationRequest";
var _RRFRRe = "RemoveRegionsFromReplicationResponse";
var _RRR = "RemoveReplicaRegions";
var _RRT = "ReplicaRegionType";
var _RRTo = "RotationRulesType";
var _RS = "ReplicationStatus";
var _RSLT = "ReplicationStatusListType";
var _RSR = "RestoreSecretRequest";
var _RSRe = "RestoreSecretResponse";
var _RSRo = "RotateSecretRequest";
var _RSRot = "RotateSecretResponse";
var _RST = "ReplicationStatusType";
var _RSTR = "ReplicateSecretToRegions";
var _RSTRR = "ReplicateSecretToRegionsRequest";
var _RSTRRe = "ReplicateSecretToRegionsResponse";
var _RSe = "RestoreSecret";
var _RSo = "RotateSecret";
var _RT = "RotationToken";
var _RTT = "RotationTokenType";
var _RWID = "RecoveryWindowInDays";
var _S = "Status";
var _SB = "SecretBinary";
var _SBT = "SecretBinaryType";
var _SBo = "SortBy";
var _SE = "ScheduleExpression";
var _SI = "SecretId";
var _SIL = "SecretIdList";
var _SL = "SecretList";
var _SLE = "SecretListEntry";
var _SLT = "SecretListType";
var _SM = "StatusMessage";
var _SO = "SortOrder";
var _SRTR = "StopReplicationToReplica";
var _SRTRR = "StopReplicationToReplicaRequest";
var _SRTRRt = "StopReplicationToReplicaResponse";
var _SS = "SecretString";
var _SST = "SecretStringType";
var _SV = "SecretValues";
var _SVE = "SecretValueEntry";
var _SVLE = "SecretVersionsListEntry";
var _SVLT = "SecretVersionsListType";
var _SVT = "SecretValuesType";
var _SVTS = "SecretVersionsToStages";
var _SVTSMT = "SecretVersionsToStagesMapType";
var _T = "Tags";
var _TK = "TagKeys";
var _TLT = "TagListType";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _Ta = "Tag";
var _Ty = "Type";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _US = "UpdateSecret";
var _USR = "UpdateSecretRequest";
var _USRp = "UpdateSecretResponse";
var _USVS = "UpdateSecretVersionStage";
var _USVSR = "UpdateSecretVersionStageRequest";
var _USVSRp = "UpdateSecretVersionStageResponse";
var _V = "Value";
var _VE = "ValidationErrors";
var _VEE = "ValidationErrorsEntry";
var _VET = "ValidationErrorsType";
var _VI = "VersionId";
var _VITS = "VersionIdsToStages";
var _VRP = "ValidateResourcePolicy";
var _VRPR = "ValidateResourcePolicyRequest";
var _VRPRa = "ValidateResourcePolicyResponse";
var _VS = "VersionStage";
var _VSe = "VersionStages";
var _Va = "Values";
var _Ve = "Versions";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager";
var _se = "server";
var n0 = "com.amazonaws.secretsmanager";
var _s_registry = new TypeRegistry(_s);
var SecretsManagerServiceException$ = [-3, _s, "SecretsManagerServiceException", 0, [], []];
_s_registry.registerError(SecretsManagerServiceException$, SecretsManagerServiceException);
var n0_registry = new TypeRegistry(n0);
var DecryptionFailure$ = [
  -3,
  n0,
  _DF,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
var EncryptionFailure$ = [
  -3,
  n0,
  _EF,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
var InternalServiceError$ = [
  -3,
  n0,
  _ISE,
  { "error": _se },
  [_M],
  [0]
];
n0_registry.registerError(InternalServiceError$, InternalServiceError);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidRequestException$ = [
  -3,
  n0,
  _IRE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var PreconditionNotMetException$ = [
  -3,
  n0,
  _PNME,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
var PublicPolicyException$ = [
  -3,
  n0,
  _PPE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var ResourceExistsException$ = [
  -3,
  n0,
  _REE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var RandomPasswordType = [0, n0, _RPT, 8, 0];
var RotationTokenType = [0, n0, _RTT, 8, 0];
var SecretBinaryType = [0, n0, _SBT, 8, 21];
var SecretStringType = [0, n0, _SST, 8, 0];
var APIErrorType$ = [
  3,
  n0,
  _APIET,
  0,
  [_SI, _EC, _M],
  [0, 0, 0]
];
var BatchGetSecretValueRequest$ = [
  3,
  n0,
  _BGSVR,
  0,
  [_SIL, _F, _MR, _NT],
  [64 | 0, () => FiltersListType, 1, 0]
];
var BatchGetSecretValueResponse$ = [
  3,
  n0,
  _BGSVRa,
  0,
  [_SV, _NT, _E],
  [[() => SecretValuesType, 0], 0, () => APIErrorListType]
];
var CancelRotateSecretRequest$ = [
  3,
  n0,
  _CRSR,
  0,
  [_SI],
  [0],
  1
];
var CancelRotateSecretResponse$ = [
  3,
  n0,
  _CRSRa,
  0,
  [_ARN, _N, _VI],
  [0, 0, 0]
];
var CreateSecretRequest$ = [
  3,
  n0,
  _CSR,
  0,
  [_N, _CRT, _D, _KKI, _SB, _SS, _T, _ARR, _FORS, _Ty],
  [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], () => TagListType, () => AddReplicaRegionListType, 2, 0],
  1
];
var CreateSecretResponse$ = [
  3,
  n0,
  _CSRr,
  0,
  [_ARN, _N, _VI, _RS],
  [0, 0, 0, () => ReplicationStatusListType]
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_SI],
  [0],
  1
];
var DeleteResourcePolicyResponse$ = [
  3,
  n0,
  _DRPRe,
  0,
  [_ARN, _N],
  [0, 0]
];
var DeleteSecretRequest$ = [
  3,
  n0,
  _DSR,
  0,
  [_SI, _RWID, _FDWR],
  [0, 1, 2],
  1
];
var DeleteSecretResponse$ = [
  3,
  n0,
  _DSRe,
  0,
  [_ARN, _N, _DD],
  [0, 0, 4]
];
var DescribeSecretRequest$ = [
  3,
  n0,
  _DSRes,
  0,
  [_SI],
  [0],
  1
];
var DescribeSecretResponse$ = [
  3,
  n0,
  _DSResc,
  0,
  [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _VITS, _OS, _CD, _PR, _RS],
  [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0, () => ReplicationStatusListType]
];
var ExternalSecretRotationMetadataItem$ = [
  3,
  n0,
  _ESRMI,
  0,
  [_K, _V],
  [0, 0]
];
var Filter$ = [
  3,
  n0,
  _Fi,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var GetRandomPasswordRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_PL, _ECx, _EN, _EP, _EU, _EL, _IS, _REIT],
  [1, 0, 2, 2, 2, 2, 2, 2]
];
var GetRandomPasswordResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_RP],
  [[() => RandomPasswordType, 0]]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPRet,
  0,
  [_SI],
  [0],
  1
];
var GetResourcePolicyResponse$ = [
  3,
  n0,
  _GRPRete,
  0,
  [_ARN, _N, _RPe],
  [0, 0, 0]
];
var GetSecretValueRequest$ = [
  3,
  n0,
  _GSVR,
  0,
  [_SI, _VI, _VS],
  [0, 0, 0],
  1
];
var GetSecretValueResponse$ = [
  3,
  n0,
  _GSVRe,
  0,
  [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
  [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var ListSecretsRequest$ = [
  3,
  n0,
  _LSR,
  0,
  [_IPD, _MR, _NT, _F, _SO, _SBo],
  [2, 1, 0, () => FiltersListType, 0, 0]
];
var ListSecretsResponse$ = [
  3,
  n0,
  _LSRi,
  0,
  [_SL, _NT],
  [() => SecretListType, 0]
];
var ListSecretVersionIdsRequest$ = [
  3,
  n0,
  _LSVIR,
  0,
  [_SI, _MR, _NT, _ID],
  [0, 1, 0, 2],
  1
];
var ListSecretVersionIdsResponse$ = [
  3,
  n0,
  _LSVIRi,
  0,
  [_Ve, _NT, _ARN, _N],
  [() => SecretVersionsListType, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_SI, _RPe, _BPP],
  [0, 0, 2],
  2
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_ARN, _N],
  [0, 0]
];
var PutSecretValueRequest$ = [
  3,
  n0,
  _PSVR,
  0,
  [_SI, _CRT, _SB, _SS, _VSe, _RT],
  [0, [0, 4], [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, [() => RotationTokenType, 0]],
  1
];
var PutSecretValueResponse$ = [
  3,
  n0,
  _PSVRu,
  0,
  [_ARN, _N, _VI, _VSe],
  [0, 0, 0, 64 | 0]
];
var RemoveRegionsFromReplicationRequest$ = [
  3,
  n0,
  _RRFRR,
  0,
  [_SI, _RRR],
  [0, 64 | 0],
  2
];
var RemoveRegionsFromReplicationResponse$ = [
  3,
  n0,
  _RRFRRe,
  0,
  [_ARN, _RS],
  [0, () => ReplicationStatusListType]
];
var ReplicaRegionType$ = [
  3,
  n0,
  _RRT,
  0,
  [_R, _KKI],
  [0, 0]
];
var ReplicateSecretToRegionsRequest$ = [
  3,
  n0,
  _RSTRR,
  0,
  [_SI, _ARR, _FORS],
  [0, () => AddReplicaRegionListType, 2],
  2
];
var ReplicateSecretToRegionsResponse$ = [
  3,
  n0,
  _RSTRRe,
  0,
  [_ARN, _RS],
  [0, () => ReplicationStatusListType]
];
var ReplicationStatusType$ = [
  3,
  n0,
  _RST,
  0,
  [_R, _KKI, _S, _SM, _LAD],
  [0, 0, 0, 0, 4]
];
var RestoreSecretRequest$ = [
  3,
  n0,
  _RSR,
  0,
  [_SI],
  [0],
  1
];
var RestoreSecretResponse$ = [
  3,
  n0,
  _RSRe,
  0,
  [_ARN, _N],
  [0, 0]
];
var RotateSecretRequest$ = [
  3,
  n0,
  _RSRo,
  0,
  [_SI, _CRT, _RLARN, _RR, _ESRM, _ESRRA, _RI],
  [0, [0, 4], 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 2],
  1
];
var RotateSecretResponse$ = [
  3,
  n0,
  _RSRot,
  0,
  [_ARN, _N, _VI],
  [0, 0, 0]
];
var RotationRulesType$ = [
  3,
  n0,
  _RRTo,
  0,
  [_AAD, _Du, _SE],
  [1, 0, 0]
];
var SecretListEntry$ = [
  3,
  n0,
  _SLE,
  0,
  [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _SVTS, _OS, _CD, _PR],
  [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0]
];
var SecretValueEntry$ = [
  3,
  n0,
  _SVE,
  0,
  [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
  [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var SecretVersionsListEntry$ = [
  3,
  n0,
  _SVLE,
  0,
  [_VI, _VSe, _LAD, _CD, _KKIm],
  [0, 64 | 0, 4, 4, 64 | 0]
];
var StopReplicationToReplicaRequest$ = [
  3,
  n0,
  _SRTRR,
  0,
  [_SI],
  [0],
  1
];
var StopReplicationToReplicaResponse$ = [
  3,
  n0,
  _SRTRRt,
  0,
  [_ARN],
  [0]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [0, 0]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_SI, _T],
  [0, () => TagListType],
  2
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_SI, _TK],
  [0, 64 | 0],
  2
];
var UpdateSecretRequest$ = [
  3,
  n0,
  _USR,
  0,
  [_SI, _CRT, _D, _KKI, _SB, _SS, _Ty],
  [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 0],
  1
];
var UpdateSecretResponse$ = [
  3,
  n0,
  _USRp,
  0,
  [_ARN, _N, _VI],
  [0, 0, 0]
];
var UpdateSecretVersionStageRequest$ = [
  3,
  n0,
  _USVSR,
  0,
  [_SI, _VS, _RFVI, _MTVI],
  [0, 0, 0, 0],
  2
];
var UpdateSecretVersionStageResponse$ = [
  3,
  n0,
  _USVSRp,
  0,
  [_ARN, _N],
  [0, 0]
];
var ValidateResourcePolicyRequest$ = [
  3,
  n0,
  _VRPR,
  0,
  [_RPe, _SI],
  [0, 0],
  1
];
var ValidateResourcePolicyResponse$ = [
  3,
  n0,
  _VRPRa,
  0,
  [_PVP, _VE],
  [2, () => ValidationErrorsType]
];
var ValidationErrorsEntry$ = [
  3,
  n0,
  _VEE,
  0,
  [_CN, _EM],
  [0, 0]
];
var __Unit = "unit";
var AddReplicaRegionListType = [
  1,
  n0,
  _ARRLT,
  0,
  () => ReplicaRegionType$
];
var APIErrorListType = [
  1,
  n0,
  _APIELT,
  0,
  () => APIErrorType$
];
var ExternalSecretRotationMetadataType = [
  1,
  n0,
  _ESRMT,
  0,
  () => ExternalSecretRotationMetadataItem$
];
var FiltersListType = [
  1,
  n0,
  _FLT,
  0,
  () => Filter$
];
var FilterValuesStringList = 64 | 0;
var KmsKeyIdListType = 64 | 0;
var RemoveReplicaRegionListType = 64 | 0;
var ReplicationStatusListType = [
  1,
  n0,
  _RSLT,
  0,
  () => ReplicationStatusType$
];
var SecretIdListType = 64 | 0;
var SecretListType = [
  1,
  n0,
  _SLT,
  0,
  () => SecretListEntry$
];
var SecretValuesType = [
  1,
  n0,
  _SVT,
  0,
  [
    () => SecretValueEntry$,
    0
  ]
];
var SecretVersionsListType = [
  1,
  n0,
  _SVLT,
  0,
  () => SecretVersionsListEntry$
];
var SecretVersionStagesType = 64 | 0;
var TagKeyListType = 64 | 0;
var TagListType = [
  1,
  n0,
  _TLT,
  0,
  () => Tag$
];
var ValidationErrorsType = [
  1,
  n0,
  _VET,
  0,
  () => ValidationErrorsEntry$
];
var SecretVersionsToStagesMapType = [
  2,
  n0,
  _SVTSMT,
  0,
  0,
  64 | 0
];
var BatchGetSecretValue$ = [
  9,
  n0,
  _BGSV,
  0,
  () => BatchGetSecretValueRequest$,
  () => BatchGetSecretValueResponse$
];
var CancelRotateSecret$ = [
  9,
  n0,
  _CRS,
  0,
  () => CancelRotateSecretRequest$,
  () => CancelRotateSecretResponse$
];
var CreateSecret$ = [
  9,
  n0,
  _CS,
  0,
  () => CreateSecretRequest$,
  () => CreateSecretResponse$
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  0,
  () => DeleteResourcePolicyRequest$,
  () => DeleteResourcePolicyResponse$
];
var DeleteSecret$ = [
  9,
  n0,
  _DS,
  0,
  () => DeleteSecretRequest$,
  () => DeleteSecretResponse$
];
var DescribeSecret$ = [
  9,
  n0,
  _DSe,
  0,
  () => DescribeSecretRequest$,
  () => DescribeSecretResponse$
];
var GetRandomPassword$ = [
  9,
  n0,
  _GRP,
  0,
  () => GetRandomPasswordRequest$,
  () => GetRandomPasswordResponse$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRPe,
  0,
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResponse$
];
var GetSecretValue$ = [
  9,
  n0,
  _GSV,
  0,
  () => GetSecretValueRequest$,
  () => GetSecretValueResponse$
];
var ListSecrets$ = [
  9,
  n0,
  _LS,
  0,
  () => ListSecretsRequest$,
  () => ListSecretsResponse$
];
var ListSecretVersionIds$ = [
  9,
  n0,
  _LSVI,
  0,
  () => ListSecretVersionIdsRequest$,
  () => ListSecretVersionIdsResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  0,
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var PutSecretValue$ = [
  9,
  n0,
  _PSV,
  0,
  () => PutSecretValueRequest$,
  () => PutSecretValueResponse$
];
var RemoveRegionsFromReplication$ = [
  9,
  n0,
  _RRFR,
  0,
  () => RemoveRegionsFromReplicationRequest$,
  () => RemoveRegionsFromReplicationResponse$
];
var ReplicateSecretToRegions$ = [
  9,
  n0,
  _RSTR,
  0,
  () => ReplicateSecretToRegionsRequest$,
  () => ReplicateSecretToRegionsResponse$
];
var RestoreSecret$ = [
  9,
  n0,
  _RSe,
  0,
  () => RestoreSecretRequest$,
  () => RestoreSecretResponse$
];
var RotateSecret$ = [
  9,
  n0,
  _RSo,
  0,
  () => RotateSecretRequest$,
  () => RotateSecretResponse$
];
var StopReplicationToReplica$ = [
  9,
  n0,
  _SRTR,
  0,
  () => StopReplicationToReplicaRequest$,
  () => StopReplicationToReplicaResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  0,
  () => TagResourceRequest$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  0,
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateSecret$ = [
  9,
  n0,
  _US,
  0,
  () => UpdateSecretRequest$,
  () => UpdateSecretResponse$
];
var UpdateSecretVersionStage$ = [
  9,
  n0,
  _USVS,
  0,
  () => UpdateSecretVersionStageRequest$,
  () => UpdateSecretVersionStageResponse$
];
var ValidateResourcePolicy$ = [
  9,
  n0,
  _VRP,
  0,
  () => ValidateResourcePolicyRequest$,
  () => ValidateResourcePolicyResponse$
];

// node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2017-10-17",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.secretsmanager",
      errorTypeRegistries,
      version: "2017-10-17",
      serviceTarget: "secretsmanager"
    },
    serviceId: config?.serviceId ?? "Secrets Manager",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: import_package.default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManagerClient.js
var SecretsManagerClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "secretsmanager", "SecretsManagerClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/BatchGetSecretValueCommand.js
var BatchGetSecretValueCommand = class extends command(_ep0, _mw0, "BatchGetSecretValue", BatchGetSecretValue$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CancelRotateSecretCommand.js
var CancelRotateSecretCommand = class extends command(_ep0, _mw0, "CancelRotateSecret", CancelRotateSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CreateSecretCommand.js
var CreateSecretCommand = class extends command(_ep0, _mw0, "CreateSecret", CreateSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteResourcePolicyCommand.js
var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteSecretCommand.js
var DeleteSecretCommand = class extends command(_ep0, _mw0, "DeleteSecret", DeleteSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js
var DescribeSecretCommand = class extends command(_ep0, _mw0, "DescribeSecret", DescribeSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetRandomPasswordCommand.js
var GetRandomPasswordCommand = class extends command(_ep0, _mw0, "GetRandomPassword", GetRandomPassword$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetResourcePolicyCommand.js
var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetSecretValueCommand.js
var GetSecretValueCommand = class extends command(_ep0, _mw0, "GetSecretValue", GetSecretValue$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretsCommand.js
var ListSecretsCommand = class extends command(_ep0, _mw0, "ListSecrets", ListSecrets$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretVersionIdsCommand.js
var ListSecretVersionIdsCommand = class extends command(_ep0, _mw0, "ListSecretVersionIds", ListSecretVersionIds$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutResourcePolicyCommand.js
var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutSecretValueCommand.js
var PutSecretValueCommand = class extends command(_ep0, _mw0, "PutSecretValue", PutSecretValue$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RemoveRegionsFromReplicationCommand.js
var RemoveRegionsFromReplicationCommand = class extends command(_ep0, _mw0, "RemoveRegionsFromReplication", RemoveRegionsFromReplication$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ReplicateSecretToRegionsCommand.js
var ReplicateSecretToRegionsCommand = class extends command(_ep0, _mw0, "ReplicateSecretToRegions", ReplicateSecretToRegions$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RestoreSecretCommand.js
var RestoreSecretCommand = class extends command(_ep0, _mw0, "RestoreSecret", RestoreSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RotateSecretCommand.js
var RotateSecretCommand = class extends command(_ep0, _mw0, "RotateSecret", RotateSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/StopReplicationToReplicaCommand.js
var StopReplicationToReplicaCommand = class extends command(_ep0, _mw0, "StopReplicationToReplica", StopReplicationToReplica$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretCommand.js
var UpdateSecretCommand = class extends command(_ep0, _mw0, "UpdateSecret", UpdateSecret$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretVersionStageCommand.js
var UpdateSecretVersionStageCommand = class extends command(_ep0, _mw0, "UpdateSecretVersionStage", UpdateSecretVersionStage$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ValidateResourcePolicyCommand.js
var ValidateResourcePolicyCommand = class extends command(_ep0, _mw0, "ValidateResourcePolicy", ValidateResourcePolicy$) {
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/BatchGetSecretValuePaginator.js
var paginateBatchGetSecretValue = createPaginator(SecretsManagerClient, BatchGetSecretValueCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretsPaginator.js
var paginateListSecrets = createPaginator(SecretsManagerClient, ListSecretsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretVersionIdsPaginator.js
var paginateListSecretVersionIds = createPaginator(SecretsManagerClient, ListSecretVersionIdsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManager.js
var commands = {
  BatchGetSecretValueCommand,
  CancelRotateSecretCommand,
  CreateSecretCommand,
  DeleteResourcePolicyCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  ListSecretVersionIdsCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  RemoveRegionsFromReplicationCommand,
  ReplicateSecretToRegionsCommand,
  RestoreSecretCommand,
  RotateSecretCommand,
  StopReplicationToReplicaCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  ValidateResourcePolicyCommand
};
var paginators = {
  paginateBatchGetSecretValue,
  paginateListSecrets,
  paginateListSecretVersionIds
};
var SecretsManager = class extends SecretsManagerClient {
};
createAggregatedClient(commands, SecretsManager, { paginators });

// node_modules/@aws-sdk/client-secrets-manager/dist-es/models/enums.js
var FilterNameStringType = {
  all: "all",
  description: "description",
  name: "name",
  owning_service: "owning-service",
  primary_region: "primary-region",
  tag_key: "tag-key",
  tag_value: "tag-value"
};
var StatusType = {
  Failed: "Failed",
  InProgress: "InProgress",
  InSync: "InSync"
};
var SortByType = {
  created_date: "created-date",
  last_accessed_date: "last-accessed-date",
  last_changed_date: "last-changed-date",
  name: "name"
};
var SortOrderType = {
  asc: "asc",
  desc: "desc"
};

export {
  SecretsManagerServiceException,
  DecryptionFailure,
  InternalServiceError,
  InvalidNextTokenException,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  EncryptionFailure,
  LimitExceededException,
  MalformedPolicyDocumentException,
  PreconditionNotMetException,
  ResourceExistsException,
  PublicPolicyException,
  SecretsManagerServiceException$,
  DecryptionFailure$,
  EncryptionFailure$,
  InternalServiceError$,
  InvalidNextTokenException$,
  InvalidParameterException$,
  InvalidRequestException$,
  LimitExceededException$,
  MalformedPolicyDocumentException$,
  PreconditionNotMetException$,
  PublicPolicyException$,
  ResourceExistsException$,
  ResourceNotFoundException$,
  errorTypeRegistries,
  APIErrorType$,
  BatchGetSecretValueRequest$,
  BatchGetSecretValueResponse$,
  CancelRotateSecretRequest$,
  CancelRotateSecretResponse$,
  CreateSecretRequest$,
  CreateSecretResponse$,
  DeleteResourcePolicyRequest$,
  DeleteResourcePolicyResponse$,
  DeleteSecretRequest$,
  DeleteSecretResponse$,
  DescribeSecretRequest$,
  DescribeSecretResponse$,
  ExternalSecretRotationMetadataItem$,
  Filter$,
  GetRandomPasswordRequest$,
  GetRandomPasswordResponse$,
  GetResourcePolicyRequest$,
  GetResourcePolicyResponse$,
  GetSecretValueRequest$,
  GetSecretValueResponse$,
  ListSecretsRequest$,
  ListSecretsResponse$,
  ListSecretVersionIdsRequest$,
  ListSecretVersionIdsResponse$,
  PutResourcePolicyRequest$,
  PutResourcePolicyResponse$,
  PutSecretValueRequest$,
  PutSecretValueResponse$,
  RemoveRegionsFromReplicationRequest$,
  RemoveRegionsFromReplicationResponse$,
  ReplicaRegionType$,
  ReplicateSecretToRegionsRequest$,
  ReplicateSecretToRegionsResponse$,
  ReplicationStatusType$,
  RestoreSecretRequest$,
  RestoreSecretResponse$,
  RotateSecretRequest$,
  RotateSecretResponse$,
  RotationRulesType$,
  SecretListEntry$,
  SecretValueEntry$,
  SecretVersionsListEntry$,
  StopReplicationToReplicaRequest$,
  StopReplicationToReplicaResponse$,
  Tag$,
  TagResourceRequest$,
  UntagResourceRequest$,
  UpdateSecretRequest$,
  UpdateSecretResponse$,
  UpdateSecretVersionStageRequest$,
  UpdateSecretVersionStageResponse$,
  ValidateResourcePolicyRequest$,
  ValidateResourcePolicyResponse$,
  ValidationErrorsEntry$,
  BatchGetSecretValue$,
  CancelRotateSecret$,
  CreateSecret$,
  DeleteResourcePolicy$,
  DeleteSecret$,
  DescribeSecret$,
  GetRandomPassword$,
  GetResourcePolicy$,
  GetSecretValue$,
  ListSecrets$,
  ListSecretVersionIds$,
  PutResourcePolicy$,
  PutSecretValue$,
  RemoveRegionsFromReplication$,
  ReplicateSecretToRegions$,
  RestoreSecret$,
  RotateSecret$,
  StopReplicationToReplica$,
  TagResource$,
  UntagResource$,
  UpdateSecret$,
  UpdateSecretVersionStage$,
  ValidateResourcePolicy$,
  SecretsManagerClient,
  BatchGetSecretValueCommand,
  CancelRotateSecretCommand,
  CreateSecretCommand,
  DeleteResourcePolicyCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  ListSecretVersionIdsCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  RemoveRegionsFromReplicationCommand,
  ReplicateSecretToRegionsCommand,
  RestoreSecretCommand,
  RotateSecretCommand,
  StopReplicationToReplicaCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  ValidateResourcePolicyCommand,
  paginateBatchGetSecretValue,
  paginateListSecrets,
  paginateListSecretVersionIds,
  SecretsManager,
  FilterNameStringType,
  StatusType,
  SortByType,
  SortOrderType
};
