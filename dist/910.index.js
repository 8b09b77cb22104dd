export const id = 910;
export const ids = [910];
export const modules = {

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * Bounded retries with jittered exponential backoff, and the classification of AWS errors
 * that are worth another attempt. Time comes from the injected `sleep`, so tests never wait.
 *
 * The loop either returns a result or throws: after its last attempt it throws the last
 * error, never a success.
 */
/**
 * The wait after failed attempt `attempt` (1-based): exponential, capped, then jittered into
 * [half, full] of that value so that parallel jobs spread out but never retry at once.
 */
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
    const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
    const r = Math.min(Math.max(random(), 0), 1);
    return Math.round(exp / 2 + (exp / 2) * r);
}
/** Runs `fn` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
async function retry(fn, opts) {
    const attempts = Math.max(1, Math.floor(opts.attempts));
    const random = opts.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (attempt >= attempts || !opts.retryable(e))
                throw e;
            const delay = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, random);
            opts.onRetry?.(e, attempt, delay);
            await opts.sleep(delay);
        }
    }
}
/** The error's name (`Throttling`, `AccessDenied`, `TimeoutError`, …) or ''. */
function errorName(e) {
    return e instanceof Error ? e.name : '';
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
/** The HTTP status of an SDK service error, when it has one. */
function httpStatus(e) {
    if (typeof e !== 'object' || e === null || !('$metadata' in e))
        return undefined;
    const meta = e.$metadata;
    if (typeof meta !== 'object' || meta === null || !('httpStatusCode' in meta))
        return undefined;
    return typeof meta.httpStatusCode === 'number' ? meta.httpStatusCode : undefined;
}
function sdkRetryableFlag(e) {
    if (typeof e !== 'object' || e === null || !('$retryable' in e))
        return undefined;
    const flag = e.$retryable;
    if (typeof flag !== 'object' || flag === null)
        return undefined;
    return { throttling: 'throttling' in flag && flag.throttling === true };
}
const THROTTLING_NAMES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'ProvisionedThroughputExceededException',
    'PriorRequestNotComplete',
]);
/** AWS's "slow down": the name, HTTP 429, or the SDK's own throttling flag. */
function isThrottling(e) {
    return (THROTTLING_NAMES.has(errorName(e)) ||
        httpStatus(e) === 429 ||
        sdkRetryableFlag(e)?.throttling === true);
}
const TRANSIENT_NAMES = new Set([
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    'AbortError',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
]);
function networkCode(e) {
    if (typeof e !== 'object' || e === null || !('code' in e))
        return undefined;
    return typeof e.code === 'string' ? e.code : undefined;
}
/**
 * Throttling, 5xx, and errors that never reached the service (connection reset, timeout,
 * DNS): worth another attempt. 4xx answers other than throttling are not.
 */
function isTransient(e) {
    if (isThrottling(e))
        return true;
    if (sdkRetryableFlag(e) !== undefined)
        return true;
    const status = httpStatus(e);
    if (status !== undefined && status >= 500)
        return true;
    if (TRANSIENT_NAMES.has(errorName(e)))
        return true;
    const code = networkCode(e);
    return code !== undefined && NETWORK_CODES.has(code);
}


/***/ }),

/***/ 3529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findStack: () => (/* binding */ findStack),
/* harmony export */   findStackOutputs: () => (/* binding */ findStackOutputs),
/* harmony export */   isStackMissing: () => (/* binding */ isStackMissing),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf),
/* harmony export */   parametersOf: () => (/* binding */ parametersOf),
/* harmony export */   readStackOutputs: () => (/* binding */ readStackOutputs),
/* harmony export */   tagsOf: () => (/* binding */ tagsOf)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/** Reads a stack's outputs (for `sync` without `bucket`, the site stack's bucket and distribution). */


/** DescribeStacks (and DescribeStackEvents) name a missing stack with a ValidationError. */
function isStackMissing(e) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e) === 'ValidationError' && /does not exist/i.test((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e));
}
/** A stack's outputs by key. */
function outputsOf(stack) {
    const out = {};
    for (const o of stack.Outputs ?? []) {
        if (o.OutputKey !== undefined && o.OutputValue !== undefined)
            out[o.OutputKey] = o.OutputValue;
    }
    return out;
}
/** A stack's parameters by key (the values it was last deployed with; NoEcho ones are masked). */
function parametersOf(stack) {
    const out = {};
    for (const p of stack.Parameters ?? []) {
        if (p.ParameterKey !== undefined && p.ParameterValue !== undefined) {
            out[p.ParameterKey] = p.ParameterValue;
        }
    }
    return out;
}
/** A stack's tags by key. */
function tagsOf(stack) {
    const out = {};
    for (const t of stack.Tags ?? []) {
        if (t.Key !== undefined && t.Value !== undefined)
            out[t.Key] = t.Value;
    }
    return out;
}
/** The stack's outputs, parameters and tags, or undefined when the stack does not exist. */
async function findStack(client, stackName, region) {
    try {
        const res = await client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStacksCommand({ StackName: stackName }));
        const stack = res.Stacks?.[0];
        return stack === undefined
            ? undefined
            : { outputs: outputsOf(stack), parameters: parametersOf(stack), tags: tagsOf(stack) };
    }
    catch (e) {
        if (isStackMissing(e))
            return undefined;
        throw new Error(`could not read stack '${stackName}' in ${region}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`, {
            cause: e,
        });
    }
}
/** The stack's outputs, or undefined when the stack does not exist. */
async function findStackOutputs(client, stackName, region) {
    return (await findStack(client, stackName, region))?.outputs;
}
/** The stack's outputs; a missing stack is an error that says what to do. */
async function readStackOutputs(client, stackName, region) {
    const outputs = await findStackOutputs(client, stackName, region);
    if (outputs === undefined) {
        throw new Error(`stack '${stackName}' does not exist in ${region}: run \`command: deploy\` first, ` +
            'or set `bucket` (and `distribution-id`) in the site file to sync into an existing bucket');
    }
    return outputs;
}


/***/ })

};
