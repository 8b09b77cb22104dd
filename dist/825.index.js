export const id = 825;
export const ids = [825];
export const modules = {

/***/ 3825:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { SignatureV4MultiRegion } = __webpack_require__(5785);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const o = "ref";
const a = -1, b = "isSet", c = "parsedArn", d = "stringEquals", e = "getAttr", f = "arnType", g = "partitionResult", h = { [o]: c }, i = { [o]: f }, j = { "fn": e, "argv": [h, "partition"] }, k = { "authSchemes": [{ "name": "sigv4a", "signingName": "cloudfront-keyvaluestore", "signingRegionSet": ["*"] }] }, l = [{ [o]: "KvsARN" }], m = [{ [o]: "Region" }], n = [{ [o]: "Endpoint" }];
const _data = {
    conditions: [
        ["booleanEquals", [{ [o]: "UseFIPS" }, true]],
        [b, l],
        ["aws.parseArn", l, c],
        [d, [{ fn: e, argv: [h, "service"] }, "cloudfront"]],
        [d, [{ fn: e, argv: [h, "region"] }, ""]],
        [e, [h, "resourceId[0]"], f],
        [d, [i, ""]],
        [d, [i, "key-value-store"]],
        [d, [j, "aws"]],
        [b, m],
        ["aws.partition", m, g],
        [d, [j, { fn: e, argv: [{ [o]: g }, "name"] }]],
        [b, n],
        ["parseURL", n, "url"]
    ],
    results: [
        [a],
        ["{url#scheme}://{parsedArn#accountId}.{url#authority}{url#path}", k],
        [a, "Provided endpoint is not a valid URL"],
        ["https://{parsedArn#accountId}.cloudfront-kvs.global.api.aws", k],
        [a, "Client was configured for partition `{partitionResult#name}` but Kvs ARN has `{parsedArn#partition}`"],
        [a, "CloudFront-KeyValueStore is not supported in partition `{parsedArn#partition}`"],
        [a, "ARN resource type is invalid. Expected `key-value-store`, found: `{arnType}`"],
        [a, "No resource type found in the KVS ARN. Resource type must be `key-value-store`."],
        [a, "Provided ARN must be a global resource ARN. Found: `{parsedArn#region}`"],
        [a, "Provided ARN is not a valid CloudFront Service ARN. Found: `{parsedArn#service}`"],
        [a, "KVS ARN must be a valid ARN"],
        [a, "KVS ARN must be provided to use this service"],
        [a, "Invalid Configuration: FIPS is not supported with CloudFront-KeyValueStore."]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, r + 12, 3,
    1, 4, r + 11,
    2, 5, r + 10,
    3, 6, r + 9,
    4, 7, r + 8,
    5, 8, r + 7,
    6, r + 7, 9,
    7, 10, r + 6,
    8, 11, r + 5,
    9, 12, 14,
    10, 13, 14,
    11, 14, r + 4,
    12, 15, r + 3,
    13, r + 1, r + 2,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "KvsARN", "Region", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
    if (!input) {
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
    }
    const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
    const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor
        ?.getEndpointParameterInstructions;
    if (!instructionsFn) {
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
    }
    const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
    return Object.assign(defaultParameters, endpointParameters);
};
const _defaultCloudFrontKeyValueStoreHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
const defaultCloudFrontKeyValueStoreHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultCloudFrontKeyValueStoreHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "cloudfront-keyvaluestore",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
            name: "cloudfront-keyvaluestore",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
    const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
        const endpoint = defaultEndpointResolver(authParameters);
        const authSchemes = endpoint.properties?.authSchemes;
        if (!authSchemes) {
            return defaultHttpAuthSchemeResolver(authParameters);
        }
        const options = [];
        for (const scheme of authSchemes) {
            const { name: resolvedName, properties = {}, ...rest } = scheme;
            const name = resolvedName.toLowerCase();
            if (resolvedName !== name) {
                console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
            }
            let schemeId;
            if (name === "sigv4a") {
                schemeId = "aws.auth#sigv4a";
                const sigv4Present = authSchemes.find((s) => {
                    const name = s.name.toLowerCase();
                    return name !== "sigv4a" && name.startsWith("sigv4");
                });
                if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
                    continue;
                }
            }
            else if (name.startsWith("sigv4")) {
                schemeId = "aws.auth#sigv4";
            }
            else {
                throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
            }
            const createOption = createHttpAuthOptionFunctions[schemeId];
            if (!createOption) {
                throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
            }
            const option = createOption(authParameters);
            option.schemeId = schemeId;
            option.signingProperties = { ...(option.signingProperties || {}), ...rest, ...properties };
            options.push(option);
        }
        return options;
    };
    return endpointRuleSetHttpAuthSchemeProvider;
};
const _defaultCloudFrontKeyValueStoreHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        }
    }
    return options;
};
const defaultCloudFrontKeyValueStoreHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultCloudFrontKeyValueStoreHttpAuthSchemeProvider, {
    "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
    "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
});
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    const config_1 = resolveAwsSdkSigV4AConfig(config_0);
    return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "cloudfront-keyvaluestore",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

class CloudFrontKeyValueStoreServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CloudFrontKeyValueStoreServiceException.prototype);
    }
}

class AccessDeniedException extends CloudFrontKeyValueStoreServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class ConflictException extends CloudFrontKeyValueStoreServiceException {
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServerException extends CloudFrontKeyValueStoreServiceException {
    name = "InternalServerException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends CloudFrontKeyValueStoreServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceQuotaExceededException extends CloudFrontKeyValueStoreServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
    }
}
class ValidationException extends CloudFrontKeyValueStoreServiceException {
    name = "ValidationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
    }
}

const _ADE = "AccessDeniedException";
const _C = "Created";
const _CE = "ConflictException";
const _D = "Deletes";
const _DK = "DeleteKey";
const _DKR = "DeleteKeyRequest";
const _DKRL = "DeleteKeyRequestsList";
const _DKRLI = "DeleteKeyRequestListItem";
const _DKRe = "DeleteKeyResponse";
const _DKVS = "DescribeKeyValueStore";
const _DKVSR = "DescribeKeyValueStoreRequest";
const _DKVSRe = "DescribeKeyValueStoreResponse";
const _ET = "ETag";
const _FR = "FailureReason";
const _GK = "GetKey";
const _GKR = "GetKeyRequest";
const _GKRe = "GetKeyResponse";
const _I = "Items";
const _IC = "ItemCount";
const _IM = "IfMatch";
const _IM_ = "If-Match";
const _ISE = "InternalServerException";
const _K = "Key";
const _KARN = "KvsARN";
const _LK = "ListKeys";
const _LKR = "ListKeysRequest";
const _LKRL = "ListKeysResponseList";
const _LKRLI = "ListKeysResponseListItem";
const _LKRi = "ListKeysResponse";
const _LM = "LastModified";
const _M = "Message";
const _MR = "MaxResults";
const _NT = "NextToken";
const _P = "Puts";
const _PK = "PutKey";
const _PKR = "PutKeyRequest";
const _PKRL = "PutKeyRequestsList";
const _PKRLI = "PutKeyRequestListItem";
const _PKRu = "PutKeyResponse";
const _RNFE = "ResourceNotFoundException";
const _S = "Status";
const _SQEE = "ServiceQuotaExceededException";
const _TSIB = "TotalSizeInBytes";
const _UK = "UpdateKeys";
const _UKR = "UpdateKeysRequest";
const _UKRp = "UpdateKeysResponse";
const _V = "Value";
const _VE = "ValidationException";
const _c = "client";
const _e = "error";
const _h = "http";
const _hE = "httpError";
const _hH = "httpHeader";
const _hQ = "httpQuery";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudfrontkeyvaluestore";
const _se = "server";
const n0 = "com.amazonaws.cloudfrontkeyvaluestore";
const _s_registry = new TypeRegistry(_s);
var CloudFrontKeyValueStoreServiceException$ = [-3, _s, "CloudFrontKeyValueStoreServiceException", 0, [], []];
_s_registry.registerError(CloudFrontKeyValueStoreServiceException$, CloudFrontKeyValueStoreServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Value = [0, n0, _V, 8, 0];
var DeleteKeyRequest$ = [3, n0, _DKR,
    0,
    [_KARN, _K, _IM],
    [[0, 1], [0, 1], [0, { [_hH]: _IM_ }]], 3
];
var DeleteKeyRequestListItem$ = [3, n0, _DKRLI,
    0,
    [_K],
    [0], 1
];
var DeleteKeyResponse$ = [3, n0, _DKRe,
    0,
    [_IC, _TSIB, _ET],
    [1, 1, [0, { [_hH]: _ET }]], 3
];
var DescribeKeyValueStoreRequest$ = [3, n0, _DKVSR,
    0,
    [_KARN],
    [[0, 1]], 1
];
var DescribeKeyValueStoreResponse$ = [3, n0, _DKVSRe,
    0,
    [_IC, _TSIB, _KARN, _C, _ET, _LM, _S, _FR],
    [1, 1, 0, 4, [0, { [_hH]: _ET }], 4, 0, 0], 5
];
var GetKeyRequest$ = [3, n0, _GKR,
    0,
    [_KARN, _K],
    [[0, 1], [0, 1]], 2
];
var GetKeyResponse$ = [3, n0, _GKRe,
    0,
    [_K, _V, _IC, _TSIB],
    [0, [() => Value, 0], 1, 1], 4
];
var ListKeysRequest$ = [3, n0, _LKR,
    0,
    [_KARN, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _NT }], [1, { [_hQ]: _MR }]], 1
];
var ListKeysResponse$ = [3, n0, _LKRi,
    0,
    [_NT, _I],
    [0, [() => ListKeysResponseList, 0]]
];
var ListKeysResponseListItem$ = [3, n0, _LKRLI,
    0,
    [_K, _V],
    [0, [() => Value, 0]], 2
];
var PutKeyRequest$ = [3, n0, _PKR,
    0,
    [_K, _V, _KARN, _IM],
    [[0, 1], [() => Value, 0], [0, 1], [0, { [_hH]: _IM_ }]], 4
];
var PutKeyRequestListItem$ = [3, n0, _PKRLI,
    0,
    [_K, _V],
    [0, [() => Value, 0]], 2
];
var PutKeyResponse$ = [3, n0, _PKRu,
    0,
    [_IC, _TSIB, _ET],
    [1, 1, [0, { [_hH]: _ET }]], 3
];
var UpdateKeysRequest$ = [3, n0, _UKR,
    0,
    [_KARN, _IM, _P, _D],
    [[0, 1], [0, { [_hH]: _IM_ }], [() => PutKeyRequestsList, 0], () => DeleteKeyRequestsList], 2
];
var UpdateKeysResponse$ = [3, n0, _UKRp,
    0,
    [_IC, _TSIB, _ET],
    [1, 1, [0, { [_hH]: _ET }]], 3
];
var DeleteKeyRequestsList = [1, n0, _DKRL,
    0, () => DeleteKeyRequestListItem$
];
var ListKeysResponseList = [1, n0, _LKRL,
    0, [() => ListKeysResponseListItem$,
        0]
];
var PutKeyRequestsList = [1, n0, _PKRL,
    0, [() => PutKeyRequestListItem$,
        0]
];
var DeleteKey$ = [9, n0, _DK,
    { [_h]: ["DELETE", "/key-value-stores/{KvsARN}/keys/{Key}", 200] }, () => DeleteKeyRequest$, () => DeleteKeyResponse$
];
var DescribeKeyValueStore$ = [9, n0, _DKVS,
    { [_h]: ["GET", "/key-value-stores/{KvsARN}", 200] }, () => DescribeKeyValueStoreRequest$, () => DescribeKeyValueStoreResponse$
];
var GetKey$ = [9, n0, _GK,
    { [_h]: ["GET", "/key-value-stores/{KvsARN}/keys/{Key}", 200] }, () => GetKeyRequest$, () => GetKeyResponse$
];
var ListKeys$ = [9, n0, _LK,
    { [_h]: ["GET", "/key-value-stores/{KvsARN}/keys", 200] }, () => ListKeysRequest$, () => ListKeysResponse$
];
var PutKey$ = [9, n0, _PK,
    { [_h]: ["PUT", "/key-value-stores/{KvsARN}/keys/{Key}", 200] }, () => PutKeyRequest$, () => PutKeyResponse$
];
var UpdateKeys$ = [9, n0, _UK,
    { [_h]: ["POST", "/key-value-stores/{KvsARN}/keys", 200] }, () => UpdateKeysRequest$, () => UpdateKeysResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2022-07-26",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFrontKeyValueStoreHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
            {
                schemeId: "aws.auth#sigv4a",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
                signer: new AwsSdkSigV4ASigner(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.cloudfrontkeyvaluestore",
            errorTypeRegistries,
            version: "2022-07-26",
            serviceTarget: "CloudFrontKeyValueStore",
        },
        serviceId: config?.serviceId ?? "CloudFront KeyValueStore",
        sha256: config?.sha256 ?? Sha256,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
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
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CloudFrontKeyValueStoreClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
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
            httpAuthSchemeParametersProvider: defaultCloudFrontKeyValueStoreHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
                "aws.auth#sigv4a": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "CloudFrontKeyValueStore", "CloudFrontKeyValueStoreClient", getEndpointPlugin);
const _ep0 = {
    KvsARN: { type: "contextParams", name: "KvsARN" },
};
const _mw0 = (Command, cs, config, o) => [];

class DeleteKeyCommand extends command(_ep0, _mw0, "DeleteKey", DeleteKey$) {
}

class DescribeKeyValueStoreCommand extends command(_ep0, _mw0, "DescribeKeyValueStore", DescribeKeyValueStore$) {
}

class GetKeyCommand extends command(_ep0, _mw0, "GetKey", GetKey$) {
}

class ListKeysCommand extends command(_ep0, _mw0, "ListKeys", ListKeys$) {
}

class PutKeyCommand extends command(_ep0, _mw0, "PutKey", PutKey$) {
}

class UpdateKeysCommand extends command(_ep0, _mw0, "UpdateKeys", UpdateKeys$) {
}

const paginateListKeys = createPaginator(CloudFrontKeyValueStoreClient, ListKeysCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    DeleteKeyCommand,
    DescribeKeyValueStoreCommand,
    GetKeyCommand,
    ListKeysCommand,
    PutKeyCommand,
    UpdateKeysCommand,
};
const paginators = {
    paginateListKeys,
};
class CloudFrontKeyValueStore extends CloudFrontKeyValueStoreClient {
}
createAggregatedClient(commands, CloudFrontKeyValueStore, { paginators });

__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = CloudFrontKeyValueStore;
exports.zZ = CloudFrontKeyValueStoreClient;
__webpack_unused_export__ = CloudFrontKeyValueStoreServiceException;
__webpack_unused_export__ = CloudFrontKeyValueStoreServiceException$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = DeleteKey$;
__webpack_unused_export__ = DeleteKeyCommand;
__webpack_unused_export__ = DeleteKeyRequest$;
__webpack_unused_export__ = DeleteKeyRequestListItem$;
__webpack_unused_export__ = DeleteKeyResponse$;
__webpack_unused_export__ = DescribeKeyValueStore$;
exports.wC = DescribeKeyValueStoreCommand;
__webpack_unused_export__ = DescribeKeyValueStoreRequest$;
__webpack_unused_export__ = DescribeKeyValueStoreResponse$;
__webpack_unused_export__ = GetKey$;
__webpack_unused_export__ = GetKeyCommand;
__webpack_unused_export__ = GetKeyRequest$;
__webpack_unused_export__ = GetKeyResponse$;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = ListKeys$;
exports.Q4 = ListKeysCommand;
__webpack_unused_export__ = ListKeysRequest$;
__webpack_unused_export__ = ListKeysResponse$;
__webpack_unused_export__ = ListKeysResponseListItem$;
__webpack_unused_export__ = PutKey$;
__webpack_unused_export__ = PutKeyCommand;
__webpack_unused_export__ = PutKeyRequest$;
__webpack_unused_export__ = PutKeyRequestListItem$;
__webpack_unused_export__ = PutKeyResponse$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = UpdateKeys$;
exports.jB = UpdateKeysCommand;
__webpack_unused_export__ = UpdateKeysRequest$;
__webpack_unused_export__ = UpdateKeysResponse$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListKeys;


/***/ })

};
