import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-LZPZB67I.js";
import {
  TypeRegistry
} from "./chunk-ZM3UPS5L.js";

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudfront-keyvaluestore"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" }
};

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/models/CloudFrontKeyValueStoreServiceException.js
var CloudFrontKeyValueStoreServiceException = class _CloudFrontKeyValueStoreServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudFrontKeyValueStoreServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CloudFrontKeyValueStoreServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends CloudFrontKeyValueStoreServiceException {
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var InternalServerException = class _InternalServerException extends CloudFrontKeyValueStoreServiceException {
  name = "InternalServerException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudFrontKeyValueStoreServiceException {
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
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudFrontKeyValueStoreServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ValidationException = class _ValidationException extends CloudFrontKeyValueStoreServiceException {
  name = "ValidationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/schemas/schemas_0.js
var _ADE = "AccessDeniedException";
var _C = "Created";
var _CE = "ConflictException";
var _D = "Deletes";
var _DKRL = "DeleteKeyRequestsList";
var _DKRLI = "DeleteKeyRequestListItem";
var _DKVS = "DescribeKeyValueStore";
var _DKVSR = "DescribeKeyValueStoreRequest";
var _DKVSRe = "DescribeKeyValueStoreResponse";
var _ET = "ETag";
var _FR = "FailureReason";
var _I = "Items";
var _IC = "ItemCount";
var _IM = "IfMatch";
var _IM_ = "If-Match";
var _ISE = "InternalServerException";
var _K = "Key";
var _KARN = "KvsARN";
var _LK = "ListKeys";
var _LKR = "ListKeysRequest";
var _LKRL = "ListKeysResponseList";
var _LKRLI = "ListKeysResponseListItem";
var _LKRi = "ListKeysResponse";
var _LM = "LastModified";
var _M = "Message";
var _MR = "MaxResults";
var _NT = "NextToken";
var _P = "Puts";
var _PKRL = "PutKeyRequestsList";
var _PKRLI = "PutKeyRequestListItem";
var _RNFE = "ResourceNotFoundException";
var _S = "Status";
var _SQEE = "ServiceQuotaExceededException";
var _TSIB = "TotalSizeInBytes";
var _UK = "UpdateKeys";
var _UKR = "UpdateKeysRequest";
var _UKRp = "UpdateKeysResponse";
var _V = "Value";
var _VE = "ValidationException";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudfrontkeyvaluestore";
var _se = "server";
var n0 = "com.amazonaws.cloudfrontkeyvaluestore";
var _s_registry = new TypeRegistry(_s);
var CloudFrontKeyValueStoreServiceException$ = [-3, _s, "CloudFrontKeyValueStoreServiceException", 0, [], []];
_s_registry.registerError(CloudFrontKeyValueStoreServiceException$, CloudFrontKeyValueStoreServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "error": _c, "httpError": 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { "error": _se, "httpError": 500 },
  [_M],
  [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c, "httpError": 404 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { "error": _c, "httpError": 402 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var Value = [0, n0, _V, 8, 0];
var DeleteKeyRequestListItem$ = [
  3,
  n0,
  _DKRLI,
  0,
  [_K],
  [0],
  1
];
var DescribeKeyValueStoreRequest$ = [
  3,
  n0,
  _DKVSR,
  0,
  [_KARN],
  [[0, 1]],
  1
];
var DescribeKeyValueStoreResponse$ = [
  3,
  n0,
  _DKVSRe,
  0,
  [_IC, _TSIB, _KARN, _C, _ET, _LM, _S, _FR],
  [1, 1, 0, 4, [0, { "httpHeader": _ET }], 4, 0, 0],
  5
];
var ListKeysRequest$ = [
  3,
  n0,
  _LKR,
  0,
  [_KARN, _NT, _MR],
  [[0, 1], [0, { "httpQuery": _NT }], [1, { "httpQuery": _MR }]],
  1
];
var ListKeysResponse$ = [
  3,
  n0,
  _LKRi,
  0,
  [_NT, _I],
  [0, [() => ListKeysResponseList, 0]]
];
var ListKeysResponseListItem$ = [
  3,
  n0,
  _LKRLI,
  0,
  [_K, _V],
  [0, [() => Value, 0]],
  2
];
var PutKeyRequestListItem$ = [
  3,
  n0,
  _PKRLI,
  0,
  [_K, _V],
  [0, [() => Value, 0]],
  2
];
var UpdateKeysRequest$ = [
  3,
  n0,
  _UKR,
  0,
  [_KARN, _IM, _P, _D],
  [[0, 1], [0, { "httpHeader": _IM_ }], [() => PutKeyRequestsList, 0], () => DeleteKeyRequestsList],
  2
];
var UpdateKeysResponse$ = [
  3,
  n0,
  _UKRp,
  0,
  [_IC, _TSIB, _ET],
  [1, 1, [0, { "httpHeader": _ET }]],
  3
];
var DeleteKeyRequestsList = [
  1,
  n0,
  _DKRL,
  0,
  () => DeleteKeyRequestListItem$
];
var ListKeysResponseList = [
  1,
  n0,
  _LKRL,
  0,
  [
    () => ListKeysResponseListItem$,
    0
  ]
];
var PutKeyRequestsList = [
  1,
  n0,
  _PKRL,
  0,
  [
    () => PutKeyRequestListItem$,
    0
  ]
];
var DescribeKeyValueStore$ = [
  9,
  n0,
  _DKVS,
  { "http": ["GET", "/key-value-stores/{KvsARN}", 200] },
  () => DescribeKeyValueStoreRequest$,
  () => DescribeKeyValueStoreResponse$
];
var ListKeys$ = [
  9,
  n0,
  _LK,
  { "http": ["GET", "/key-value-stores/{KvsARN}/keys", 200] },
  () => ListKeysRequest$,
  () => ListKeysResponse$
];
var UpdateKeys$ = [
  9,
  n0,
  _UK,
  { "http": ["POST", "/key-value-stores/{KvsARN}/keys", 200] },
  () => UpdateKeysRequest$,
  () => UpdateKeysResponse$
];

export {
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  DescribeKeyValueStore$,
  ListKeys$,
  UpdateKeys$
};
