export const id = 595;
export const ids = [595,910];
export const modules = {

/***/ 248:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { extendedEncodeURIComponent } = __webpack_require__(3422);
const { createSign } = __webpack_require__(7598);

function getSignedUrl({ dateLessThan, dateGreaterThan, url, keyPairId, privateKey, ipAddress, policy, passphrase, algorithm, }) {
    const cloudfrontSignBuilder = new CloudfrontSignBuilder({
        keyPairId,
        privateKey,
        passphrase,
        algorithm,
    });
    if (!url && !policy) {
        throw new Error("@aws-sdk/cloudfront-signer: Please provide 'url' or 'policy'.");
    }
    let baseUrl;
    if (url) {
        baseUrl = encodeUrlPath(url);
    }
    else if (policy) {
        const resources = getPolicyResources(policy);
        if (!resources[0]) {
            throw new Error("@aws-sdk/cloudfront-signer: No URL provided and unable to determine URL from first policy statement resource.");
        }
        baseUrl = resources[0].replace("*://", "https://");
    }
    if (policy) {
        cloudfrontSignBuilder.setCustomPolicy(policy);
    }
    else {
        cloudfrontSignBuilder.setPolicyParameters({
            url: baseUrl,
            dateLessThan,
            dateGreaterThan,
            ipAddress,
        });
    }
    const startFlag = baseUrl.includes("?") ? "&" : "?";
    const attributes = cloudfrontSignBuilder.createCloudfrontAttribute();
    if (algorithm === "SHA256") {
        attributes["Hash-Algorithm"] = "SHA256";
    }
    const params = Object.entries(attributes)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${extendedEncodeURIComponent(key)}=${extendedEncodeURIComponent(value)}`)
        .join("&");
    const urlString = baseUrl + startFlag + params;
    return getResource(urlString);
}
function getSignedCookies({ ipAddress, url, privateKey, keyPairId, dateLessThan, dateGreaterThan, policy, passphrase, algorithm, }) {
    const cloudfrontSignBuilder = new CloudfrontSignBuilder({
        keyPairId,
        privateKey,
        passphrase,
        algorithm,
    });
    if (policy) {
        cloudfrontSignBuilder.setCustomPolicy(policy);
    }
    else {
        cloudfrontSignBuilder.setPolicyParameters({
            url,
            dateLessThan,
            dateGreaterThan,
            ipAddress,
        });
    }
    const cloudfrontCookieAttributes = cloudfrontSignBuilder.createCloudfrontAttribute();
    const cookies = {
        "CloudFront-Key-Pair-Id": cloudfrontCookieAttributes["Key-Pair-Id"],
        "CloudFront-Signature": cloudfrontCookieAttributes["Signature"],
    };
    if (cloudfrontCookieAttributes["Expires"]) {
        cookies["CloudFront-Expires"] = cloudfrontCookieAttributes["Expires"];
    }
    if (cloudfrontCookieAttributes["Policy"]) {
        cookies["CloudFront-Policy"] = cloudfrontCookieAttributes["Policy"];
    }
    if (algorithm === "SHA256") {
        cookies["CloudFront-Hash-Algorithm"] = "SHA256";
    }
    return cookies;
}
function encodeUrlPath(url) {
    const protocolEnd = url.indexOf("//");
    if (protocolEnd === -1) {
        return url;
    }
    const authorityStart = protocolEnd + 2;
    const pathStart = url.indexOf("/", authorityStart);
    if (pathStart === -1) {
        return url;
    }
    const origin = url.slice(0, pathStart);
    const rest = url.slice(pathStart);
    const queryIndex = rest.indexOf("?");
    const rawPath = queryIndex === -1 ? rest : rest.slice(0, queryIndex);
    const rawQuery = queryIndex === -1 ? "" : rest.slice(queryIndex);
    const encodedPath = rawPath.replace(/[^/]+/g, (segment) => {
        try {
            return encodeURIComponent(decodeURIComponent(segment));
        }
        catch {
            return encodeURIComponent(segment);
        }
    });
    let encodedQuery = "";
    if (rawQuery) {
        const pairs = rawQuery
            .slice(1)
            .split("&")
            .filter((p) => p.length > 0)
            .map((pair) => {
            const eqIdx = pair.indexOf("=");
            const rawKey = eqIdx === -1 ? pair : pair.slice(0, eqIdx);
            const rawValue = eqIdx === -1 ? "" : pair.slice(eqIdx + 1);
            return `${encodeQueryComponent(rawKey)}=${encodeQueryComponent(rawValue)}`;
        });
        encodedQuery = pairs.length > 0 ? `?${pairs.join("&")}` : "";
    }
    return origin + encodedPath + encodedQuery;
}
function encodeQueryComponent(component) {
    const wellFormedComponent = component.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
    return wellFormedComponent
        .split(/(%[0-9A-Fa-f]{2}|\+)/g)
        .map((part, i) => {
        if (i % 2 === 1) {
            return part === "+" ? "+" : part.toUpperCase();
        }
        return encodeURIComponent(part).replace(/'/g, "%27");
    })
        .join("");
}
function getPolicyResources(policy) {
    const parsedPolicy = typeof policy === "string" ? JSON.parse(policy) : policy;
    return (parsedPolicy?.Statement ?? []).map((s) => s.Resource);
}
function getResource(urlString) {
    const protocol = urlString.slice(0, urlString.indexOf("//"));
    switch (protocol) {
        case "http:":
        case "https:":
        case "ws:":
        case "wss:":
            return urlString;
        case "rtmp:":
            const url = new URL(urlString);
            const origin = `${protocol}//${url.hostname}`;
            return urlString.substring(origin.length).replace(/(?::\d+)?\//, "");
        default:
            throw new Error("Invalid URI scheme. Scheme must be one of http, https, or rtmp");
    }
}
class CloudfrontSignBuilder {
    keyPairId;
    privateKey;
    passphrase;
    algorithm;
    policy;
    customPolicy = false;
    dateLessThan;
    constructor({ privateKey, keyPairId, passphrase, algorithm }) {
        this.keyPairId = keyPairId;
        this.privateKey = privateKey;
        this.policy = "";
        this.passphrase = passphrase;
        this.algorithm = algorithm ?? "SHA1";
    }
    buildPolicy(args) {
        const policy = {
            Statement: [
                {
                    Resource: args.resource,
                    Condition: {
                        DateLessThan: {
                            "AWS:EpochTime": args.dateLessThan,
                        },
                    },
                },
            ],
        };
        if (args.dateGreaterThan) {
            policy.Statement[0].Condition["DateGreaterThan"] = {
                "AWS:EpochTime": args.dateGreaterThan,
            };
        }
        if (args.ipAddress) {
            const cidr = this.parseCIDR(args.ipAddress);
            policy.Statement[0].Condition["IpAddress"] = {
                "AWS:SourceIp": cidr,
            };
        }
        return policy;
    }
    normalizeBase64(str) {
        const replacements = {
            "+": "-",
            "=": "_",
            "/": "~",
        };
        return str.replace(/[+=/]/g, function (match) {
            return replacements[match];
        });
    }
    encodeToBase64(str) {
        return this.normalizeBase64(Buffer.from(str).toString("base64"));
    }
    validateIP(ipStr) {
        const octets = ipStr.split(".");
        if (octets.length !== 4) {
            throw new Error(`IP does not contain four octets.`);
        }
        const isValid = octets.every((octet) => {
            const num = Number(octet);
            return Number.isInteger(num) && num >= 0 && num <= 255;
        });
        if (!isValid) {
            throw new Error("invalid IP octets");
        }
    }
    validateMask(maskStr) {
        const mask = Number(maskStr);
        const isValid = Number.isInteger(mask) && mask >= 0 && mask <= 32;
        if (!isValid) {
            throw new Error("invalid mask");
        }
    }
    parseCIDR(cidrStr) {
        try {
            const cidrParts = cidrStr.split("/");
            if (cidrParts.some((part) => part.length === 0)) {
                throw new Error("missing ip or mask part of CIDR");
            }
            this.validateIP(cidrParts[0]);
            let mask = "32";
            if (cidrParts.length === 2) {
                this.validateMask(cidrParts[1]);
                mask = cidrParts[1];
            }
            return `${cidrParts[0]}/${mask}`;
        }
        catch (error) {
            const errMessage = `IP address "${cidrStr}" is invalid`;
            if (error instanceof Error) {
                throw new Error(`${errMessage} due to ${error.message}.`);
            }
            else {
                throw new Error(`${errMessage}.`);
            }
        }
    }
    epochTime(date) {
        return Math.round(date.getTime() / 1000);
    }
    parseDate(date) {
        if (!date) {
            return undefined;
        }
        const parsedDate = new Date(date);
        return isNaN(parsedDate.getTime()) ? undefined : this.epochTime(parsedDate);
    }
    parseDateWindow(expiration, start) {
        const dateLessThan = this.parseDate(expiration);
        if (!dateLessThan) {
            throw new Error("dateLessThan is invalid. Ensure the date value is compatible with the Date constructor.");
        }
        return {
            dateLessThan,
            dateGreaterThan: this.parseDate(start),
        };
    }
    signData(data, privateKey, passphrase) {
        const sign = createSign(this.algorithm === "SHA256" ? "RSA-SHA256" : "RSA-SHA1");
        sign.update(data);
        return sign.sign({ key: privateKey, passphrase }, "base64");
    }
    signPolicy(policy, privateKey, passphrase) {
        return this.normalizeBase64(this.signData(policy, privateKey, passphrase));
    }
    setCustomPolicy(policy) {
        this.customPolicy = true;
        this.policy = policy;
    }
    setPolicyParameters({ url, dateLessThan, dateGreaterThan, ipAddress, }) {
        if (!url || !dateLessThan) {
            return false;
        }
        const resource = getResource(url);
        const parsedDates = this.parseDateWindow(dateLessThan, dateGreaterThan);
        this.dateLessThan = parsedDates.dateLessThan;
        this.customPolicy = Boolean(parsedDates.dateGreaterThan) || Boolean(ipAddress);
        this.policy = JSON.stringify(this.buildPolicy({
            resource,
            ipAddress,
            dateLessThan: parsedDates.dateLessThan,
            dateGreaterThan: parsedDates.dateGreaterThan,
        }));
    }
    createCloudfrontAttribute() {
        if (!this.policy) {
            throw new Error("Invalid policy");
        }
        const signature = this.signPolicy(this.policy, this.privateKey, this.passphrase);
        return {
            Expires: this.customPolicy ? undefined : this.dateLessThan,
            Policy: this.customPolicy ? this.encodeToBase64(this.policy) : undefined,
            "Key-Pair-Id": this.keyPairId,
            Signature: signature,
        };
    }
}

__webpack_unused_export__ = getSignedCookies;
exports.A = getSignedUrl;


/***/ }),

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


/***/ }),

/***/ 9595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  shareCommand: () => (/* binding */ shareCommand),
  shareSummaryMarkdown: () => (/* binding */ shareSummaryMarkdown)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/share/key-secret.ts
var key_secret = __webpack_require__(2001);
// EXTERNAL MODULE: ./src/share/keys.ts
var keys = __webpack_require__(3191);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/cloudfront-signer/dist-cjs/index.js
var dist_cjs = __webpack_require__(248);
// EXTERNAL MODULE: ./src/edge/core/share.ts
var share = __webpack_require__(7054);
;// CONCATENATED MODULE: ./src/share/sign.ts
/**
 * Signed URLs for share links, made by @aws-sdk/cloudfront-signer (no signature scheme of our
 * own). One object key: a canned policy (`Expires`, `Signature`, `Key-Pair-Id`), whose
 * resource is the link's URL itself ("Create a signed URL using a canned policy", CloudFront
 * Developer Guide:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html).
 * A folder: a custom policy (`Policy`, `Signature`, `Key-Pair-Id`) whose resource ends in the
 * wildcard `*`, so it opens every object under the folder and nothing else ("Create a signed
 * URL using a custom policy": `*` matches zero or more characters;
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-custom-policy.html).
 * Both are signed with RSA-SHA256 and say so with `Hash-Algorithm=SHA256`, as the canned-policy
 * page's example URL does (without it CloudFront assumes SHA-1; SHA-256 signed URLs since
 * April 2026: https://aws.amazon.com/about-aws/whats-new/2026/04/amazon-cloudfront-sha-256-signed-urls/,
 * the link the signer's own `CloudfrontSignerAlgorithm` type cites).
 */


function signShareLink(request) {
    const origin = request.origin.replace(/\/+$/, '');
    const url = `${origin}${(0,share/* sharePath */.J$)(request.path)}`;
    const common = {
        keyPairId: request.keyPairId,
        privateKey: request.privateKey,
        algorithm: 'SHA256',
    };
    if (!request.path.endsWith('/')) {
        const signed = (0,dist_cjs/* getSignedUrl */.A)({
            ...common,
            url,
            dateLessThan: new Date(request.expiresAt * 1000),
        });
        return { url: signed, policy: 'canned', resource: url, expiresAt: request.expiresAt };
    }
    const resource = `${url}*`;
    const policy = JSON.stringify({
        Statement: [
            { Resource: resource, Condition: { DateLessThan: { 'AWS:EpochTime': request.expiresAt } } },
        ],
    });
    const signed = (0,dist_cjs/* getSignedUrl */.A)({ ...common, url, policy });
    return { url: signed, policy: 'custom', resource, expiresAt: request.expiresAt };
}

;// CONCATENATED MODULE: ./src/commands/share.ts
/**
 * `command: share`: a link that opens one object (or every object under a folder) without a
 * password, until it expires (docs/operations.md, "Share a file"). No stack changes: it reads the signing
 * key from the secret `<stack-name>/share-key` (site region), the key's CloudFront ID and the
 * site's address from the site stack's outputs, and signs a CloudFront URL (src/share/sign.ts).
 *
 * The link is a credential: it is masked in the log (core.setSecret) before it is set as the
 * `url` output, and the job summary shows its scope and expiry, never the link.
 *
 * A link is scoped by its own policy, not by the access rules (`access`): `share` may name a
 * path no user's rules cover (whoever runs the workflow decides what is shared). It must be a
 * key or folder of this site; whether the object exists is not checked (a missing object is a
 * 404 for the link, as for a user).
 */





async function shareCommand(site, run, ctx, deps) {
    const path = run.sharePath;
    if (path === undefined) {
        throw new Error('`path`: `command: share` needs the object key or folder (ending in /) to share');
    }
    const name = (0,key_secret/* shareSecretName */.F9)(site.stackName);
    const stored = await (0,key_secret/* readShareKeys */.O6)(deps.secrets, name, site.region, deps.setSecret);
    const enable = `set \`share-links: true\` in ${site.file} and run \`command: deploy\` first (it creates the key and lets the site accept links)`;
    if (stored === undefined) {
        throw new Error(`this site has no share-link key yet (no secret '${name}' in ${site.region}): ${enable}`);
    }
    const key = (0,keys/* signingKey */.NR)(stored.state);
    if (key === undefined)
        throw new Error(`secret '${name}' (${site.region}) holds no signing key: ${enable}`);
    const stackName = `${site.stackName}-site`;
    const outputs = await (0,stack_outputs.findStackOutputs)(deps.cloudFormation, stackName, site.region);
    if (outputs === undefined) {
        throw new Error(`stack '${stackName}' does not exist in ${site.region}: ${enable}`);
    }
    const keyId = outputs[`ShareKey${key.slot}Id`];
    if (keyId === undefined) {
        throw new Error(`stack '${stackName}' does not trust the current share key (slot ${key.slot}) yet: the last deploy with ` +
            '`share-links: true` (or the key rotation) did not finish. Run `command: deploy` again');
    }
    const url = outputs.Url;
    if (url === undefined)
        throw new Error(`stack '${stackName}' has no output Url: was it deployed by this action?`);
    const expiresAt = Math.floor(ctx.now() / 1000) + run.expiresInSeconds;
    const link = signShareLink({
        origin: new URL(url).origin,
        path,
        keyPairId: keyId,
        privateKey: key.privateKey,
        expiresAt,
    });
    deps.setSecret(link.url);
    return {
        link,
        path,
        scope: path.endsWith('/') ? 'folder' : 'file',
        expiresAt: new Date(expiresAt * 1000).toISOString(),
        keyId,
    };
}
/** The job summary: what the link opens and until when; never the link itself. */
function shareSummaryMarkdown(r) {
    const what = r.scope === 'file'
        ? `the file ${(0,report_escape/* markdownCell */.UZ)(r.path)}`
        : `every file under ${(0,report_escape/* markdownCell */.UZ)(r.path)} (a file name inserted before the \`?\` of the link opens that file)`;
    return [
        '### Share link',
        '',
        '| opens | expires | signed with key |',
        '|---|---|---|',
        `| ${what} | ${r.expiresAt} | \`${r.keyId}\` |`,
        '',
        'The link is in the step output `url` (masked in the log). It needs no password; anyone who has it can open ' +
            'what it names until it expires, and nothing else. `share-key-rotate: revoke` on `rotate` or `deploy` ' +
            'stops every link at once.',
        '',
    ].join('\n');
}


/***/ }),

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ sharePath),
/* harmony export */   XF: () => (/* binding */ SHARE_PREFIX),
/* harmony export */   mN: () => (/* binding */ isShareUri)
/* harmony export */ });
/* unused harmony exports SHARE_PATH_PATTERN, KEY_PAIR_ID, shareRequest, keyPairIdOf, keyPairIdOfCookies */
/**
 * Share links (issue 12): how the edge function recognises a request that CloudFront let in
 * with a signed URL, and the object key it names. Pure (no imports beyond the core), so a
 * second runtime can share it.
 *
 * The site stack adds a cache behavior for the path pattern `/_share/*` with a trusted key
 * group only when the site has share keys (`share-links: true`), and the edge configuration
 * then carries `share: true`; both change in one deploy, so a distribution configuration never
 * pairs the behavior with a function version that lacks the flag, or the reverse. On that
 * behavior CloudFront itself checks the signature, the policy's resource and its expiry
 * BEFORE any function runs, and answers 403 when they fail ("Serving private content with
 * signed URLs and signed cookies", CloudFront Developer Guide:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html).
 *
 * ## How the handler knows it runs on the share behavior
 *
 * A Lambda@Edge event names the distribution and the event type, not the cache behavior, and
 * the same function version serves every behavior. So the handler infers it from the URI, and
 * only a URI CloudFront could not have routed anywhere else counts:
 *
 * - the configuration has `share: true` (without it there is no share behavior, so a
 *   `/_share/…` request went through the default behavior, unsigned: Basic auth as for any
 *   path);
 * - the RAW `request.uri` starts with the literal `/_share/` (path patterns are case-sensitive,
 *   so `/_SHARE/x` or `/%5Fshare/x` is an ordinary, authenticated request);
 * - every segment after it decodes strictly, and none is `.` or `..` (also encoded), `\`, an
 *   encoded `/` or a control character: otherwise 400. This matters because CloudFront
 *   normalizes the path (dot segments, percent-decoding) to MATCH a cache behavior, while
 *   Lambda@Edge receives the ORIGINAL URI ("Even if the URI is normalized for matching,
 *   Lambda@Edge gets the original request URI", AWS Support on re:Post,
 *   https://repost.aws/questions/QUYxerjgCwQlSRsrxUx-hoAg/cloudfront-behaviour-path-pattern-matching):
 *   `/_share/../secret.pdf` matches the DEFAULT behavior (no signature checked) yet starts
 *   with `/_share/`; refusing every such form is what keeps a `/_share/` URI on the default
 *   behavior from ever skipping Basic auth. A URI that passes these checks normalizes to
 *   itself as far as the `/_share/` prefix goes, so CloudFront routed it to the share behavior;
 * - the query string carries a `Key-Pair-Id` (a CloudFront public key ID): CloudFront checked
 *   the signature made with that key; without one, 403 (a signed URL always has it). The
 *   viewer-request event's `querystring` is the query string the viewer sent ("Lambda@Edge
 *   event structure", request event fields:
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html);
 *   that it still holds the signing parameters on a signed behavior is to be confirmed on the
 *   first real-account run (if it did not, share links would fail closed with 403).
 *
 * - or, when the query string has no `Key-Pair-Id` at all, a `CloudFront-Key-Pair-Id` cookie:
 *   CloudFront let the request in by the signed cookies a folder link set (issue 23,
 *   share-cookies.ts), so the listing's relative links load.
 *
 * Then Basic auth is skipped, the access rules do not apply (a link is scoped by its own
 * policy), and the request goes on as `/<key>` — `/_share/docs/a.pdf` reads the object
 * `docs/a.pdf`, `/_share/docs/` reads `docs/index.html`, as the URI rules map any path.
 */


/** URIs under this prefix are share links (cache behavior path pattern `/_share/*`). */
const SHARE_PREFIX = '/_share/';
/** The site stack's cache behavior for share links. */
const SHARE_PATH_PATTERN = '/_share/*';
/** A CloudFront public key ID, e.g. `K2JCJMDEHXQW5F`. */
const KEY_PAIR_ID = /^[A-Z0-9]{1,128}$/;
/**
 * What a viewer request whose raw URI starts with the share prefix (`isShareUri`) becomes,
 * when the configuration has `share: true`: a status to answer (never a password prompt) or
 * the grant. Any other URI is not a share request (Basic auth as always); here it is a 400.
 */
function shareRequest(uri, querystring, cookies) {
    if (!isShareUri(uri))
        return 400;
    const path = decodePath(uri.slice(SHARE_PREFIX.length - 1));
    if (path === 400)
        return 400;
    // A URL without `Key-Pair-Id` was let in by its signed cookies (issue 23, share-cookies.ts).
    const keyId = typeof querystring === 'string' && /(^|&)Key-Pair-Id(=|&|$)/.test(querystring)
        ? keyPairIdOf(querystring)
        : keyPairIdOfCookies(cookies);
    if (keyId === undefined)
        return 403;
    const segments = path.folder ? [...path.segments, 'index.html'] : path.segments;
    const key = segments.join('/');
    if (utf8Length(key) > MAX_KEY_BYTES)
        return 404;
    return { key, keyId };
}
/** Does the raw URI start with the literal share prefix? (Not a proof: see `shareRequest`.) */
function isShareUri(uri) {
    return typeof uri === 'string' && uri.startsWith(SHARE_PREFIX);
}
/** The `Key-Pair-Id` of a query string, when there is exactly one and it is well formed. */
function keyPairIdOf(querystring) {
    if (typeof querystring !== 'string')
        return undefined;
    let found;
    let count = 0;
    for (const pair of querystring.split('&')) {
        const eq = pair.indexOf('=');
        if ((eq < 0 ? pair : pair.slice(0, eq)) !== 'Key-Pair-Id')
            continue;
        count += 1;
        found = eq < 0 ? '' : pair.slice(eq + 1);
    }
    return count === 1 && found !== undefined && KEY_PAIR_ID.test(found) ? found : undefined;
}
/**
 * The `CloudFront-Key-Pair-Id` of the viewer's `Cookie` headers (Lambda@Edge: `headers.cookie`,
 * a list of `{ key, value }`), the first well-formed one: CloudFront checked the signed cookies
 * of a request whose URL has no signing parameter before this runs, as it checks a signed URL
 * ("Set signed cookies using a custom policy", CloudFront Developer Guide). The cache policy
 * keeps cookies out of the cache key and the origin request, which is about caching and
 * forwarding ("By default, CloudFront doesn't consider cookies when processing requests and
 * responses, or when caching your objects", "Cache content based on cookies":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Cookies.html); that the
 * viewer-request event still carries the viewer's `Cookie` header on that behavior is, like
 * the query string above, to be confirmed on the first real-account run (if it did not, the
 * cookie-signed requests would fail closed with 403).
 */
function keyPairIdOfCookies(cookies) {
    const list = Array.isArray(cookies) ? cookies : [];
    for (let i = 0; i < list.length; i += 1) {
        const header = list[i];
        const value = typeof header === 'object' && header !== null && 'value' in header ? header.value : '';
        const found = /(?:^|;)\s*CloudFront-Key-Pair-Id=([^;\s]*)/.exec(String(value))?.[1];
        if (found !== undefined && KEY_PAIR_ID.test(found))
            return found;
    }
    return undefined;
}
/**
 * The URL path of a share link for an object key or a folder prefix (ending in `/`): the
 * prefix, then every segment percent-encoded as `encodeURIComponent` does (what
 * @aws-sdk/cloudfront-signer normalizes a URL path to, so the signed resource is the path
 * the viewer sends). `*` is refused by the action (it is the policy's wildcard).
 */
function sharePath(keyOrPrefix) {
    const folder = keyOrPrefix.endsWith('/');
    const segments = keyOrPrefix.split('/').filter((s) => s !== '');
    const encoded = segments.map((s) => encodeURIComponent(s)).join('/');
    return `${SHARE_PREFIX}${encoded}${folder && encoded !== '' ? '/' : ''}`;
}


/***/ }),

/***/ 2001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ shareSecretName),
/* harmony export */   O6: () => (/* binding */ readShareKeys),
/* harmony export */   Zd: () => (/* binding */ writeShareKeys)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _aws_users_secret_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3058);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3191);
/**
 * The secret `<stack-name>/share-key` in the site's region: the share-link key pairs
 * (keys.ts). The action creates it (CreateSecret) the first time a deploy runs with
 * `share-links: true`, and writes new versions (PutSecretValue) when keys are added, rotated,
 * revoked or expire. Nothing of its value reaches a log, an output or an error: every private
 * key is masked as it is read, and errors quote AWS's messages, which carry no secret value.
 *
 * Response shapes: GetSecretValue returns `ARN`, `Name`, `VersionId`, `SecretString`,
 * `VersionStages`, `CreatedDate`; CreateSecret and PutSecretValue return `ARN`, `Name`,
 * `VersionId` (AWS Secrets Manager API Reference, GetSecretValue / CreateSecret /
 * PutSecretValue). A missing secret is a `ResourceNotFoundException`.
 */



/** The share-key secret of a site (the action's `stack-name`). */
function shareSecretName(stackName) {
    return `${stackName}/share-key`;
}
/** The current keys, masked as they are read; undefined when the secret does not exist. */
async function readShareKeys(client, name, region, setSecret) {
    let text;
    let versionId;
    try {
        const res = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.GetSecretValueCommand({ SecretId: name }));
        text = res.SecretString;
        versionId = res.VersionId;
    }
    catch (e) {
        if ((0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e) === 'ResourceNotFoundException')
            return undefined;
        throw (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_0__/* .secretError */ .d6)(e, name, region, 'read', 'secretsmanager:GetSecretValue');
    }
    if (text === undefined) {
        throw new Error(`secret '${name}' (${region}) holds binary data, not the share keys this action writes`);
    }
    setSecret(text);
    return { state: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShareKeys */ .ND)(text, `secret '${name}' (${region})`, setSecret), versionId };
}
/**
 * Stores the keys: CreateSecret when `exists` is false, else PutSecretValue (the previous
 * version stays as AWSPREVIOUS). The token makes a retried write a no-op.
 */
async function writeShareKeys(client, name, region, state, exists, clientRequestToken) {
    const SecretString = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeShareKeys */ .GW)(state);
    try {
        if (!exists) {
            const res = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.CreateSecretCommand({
                Name: name,
                Description: 'secure-dist share-link signing keys (written by the action; the site stack trusts their public keys)',
                SecretString,
                ClientRequestToken: clientRequestToken,
            }));
            return res.VersionId;
        }
        const res = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.PutSecretValueCommand({
            SecretId: name,
            SecretString,
            ClientRequestToken: clientRequestToken,
        }));
        return res.VersionId;
    }
    catch (e) {
        throw (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_0__/* .secretError */ .d6)(e, name, region, 'write', exists ? 'secretsmanager:PutSecretValue' : 'secretsmanager:CreateSecret');
    }
}


/***/ }),

/***/ 3191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ shareKeyParameters),
/* harmony export */   CE: () => (/* binding */ generateShareKey),
/* harmony export */   GW: () => (/* binding */ serializeShareKeys),
/* harmony export */   ND: () => (/* binding */ parseShareKeys),
/* harmony export */   NR: () => (/* binding */ signingKey),
/* harmony export */   Tv: () => (/* binding */ planShareKeys)
/* harmony export */ });
/* unused harmony exports SHARE_SLOTS, MAX_LINK_SECONDS, trustedKeys, maskPem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Share-link keys (issue 12): the key pairs whose public halves the site stack's key group
 * trusts, and the pure planning of their life: created on the first deploy with
 * `share-links: true`, rotated (`share-key-rotate: true`: a new key signs, the old one stays
 * trusted for the longest link lifetime, then drops out), revoked (`share-key-rotate: revoke`:
 * a new key, every older one dropped at once, so every link signed before stops working).
 *
 * Keys: RSA 2048. CloudFront "supports signed URLs and signed cookies with RSA 2048 or ECDSA
 * 256 key signatures" (CloudFormation, AWS::CloudFront::PublicKey PublicKeyConfig:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-publickey-publickeyconfig.html),
 * and the public key is given as PEM with its `-----BEGIN PUBLIC KEY-----` lines (the
 * SubjectPublicKeyInfo form `openssl rsa -pubout` writes; AWS CDK, PublicKeyProps.encodedKey:
 * https://docs.aws.amazon.com/cdk/api/v1/docs/@aws-cdk_aws-cloudfront.PublicKeyProps.html).
 * node:crypto writes exactly that with `publicKeyEncoding: { type: 'spki', format: 'pem' }`.
 * The private key is PKCS#8 PEM, which node:crypto's signer (and so @aws-sdk/cloudfront-signer)
 * reads; it lives only in the Secrets Manager secret `<stack-name>/share-key` in the site's
 * region (key-secret.ts), never in a template, a log, an output or an error.
 *
 * Slots: the site template has three public-key slots, A, B and C (parameters ShareKeyA…C),
 * and a key keeps its slot for life, so a rotation never changes the encoded key of a deployed
 * `AWS::CloudFront::PublicKey` (the CloudFront API cannot: "the only value you can change is
 * the comment", UpdatePublicKey). A new key takes the next slot, in the order A, B, C, A, that
 * no key of the secret holds; at most two keys are trusted at a time (the signing key and one
 * retiring key), so one slot is always free.
 */

const SHARE_SLOTS = ['A', 'B', 'C'];
/**
 * The longest link lifetime (`expires-in`), in seconds: 30 days. A rotated key stays in the
 * key group this long after the rotation, so every link it signed can run its course.
 */
const MAX_LINK_SECONDS = 30 * 86_400;
/** A fresh RSA 2048 key pair in the formats above. */
function generateShareKey(slot, now) {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    return { slot, privateKey, publicKey, createdAt: Math.floor(now / 1000) };
}
/** The key that signs new links: the newest key without `retireAt`. */
function signingKey(state) {
    let found;
    for (const key of state.keys) {
        if (key.retireAt === undefined && (found === undefined || key.createdAt >= found.createdAt)) {
            found = key;
        }
    }
    return found;
}
/** The keys the key group trusts at `now` (epoch ms): the signing key and unexpired retiring ones. */
function trustedKeys(state, now) {
    const seconds = Math.floor(now / 1000);
    return state.keys.filter((k) => k.retireAt === undefined || seconds < k.retireAt);
}
/**
 * Site parameters ShareKeyA…C (the trusted public keys by slot, '' for an empty slot) and
 * ShareKeyCreated (their creation times, `-` for an empty slot).
 */
function shareKeyParameters(state, now) {
    const pem = { A: '', B: '', C: '' };
    const created = { A: '-', B: '-', C: '-' };
    for (const key of state === undefined ? [] : trustedKeys(state, now)) {
        pem[key.slot] = key.publicKey;
        created[key.slot] = String(key.createdAt);
    }
    return {
        ShareKeyA: pem.A,
        ShareKeyB: pem.B,
        ShareKeyC: pem.C,
        ShareKeyCreated: `${created.A},${created.B},${created.C}`,
    };
}
/**
 * What the secret holds next. `ensure` (every deploy with `share-links: true`) creates the
 * first key and drops retiring keys whose time is over; `rotate` adds a new signing key and
 * retires the current one for `MAX_LINK_SECONDS`; `revoke` adds a new signing key and drops
 * every other key. Throws, before anything changes, when a rotation would need a third
 * trusted key.
 */
function planShareKeys(current, mode, now, generate = generateShareKey) {
    const seconds = Math.floor(now / 1000);
    const before = current?.keys ?? [];
    const kept = trustedKeys({ version: 1, keys: before }, now);
    const expired = before.filter((k) => !kept.includes(k)).map((k) => k.slot);
    const active = signingKey({ version: 1, keys: kept });
    if (mode === 'ensure') {
        if (active !== undefined) {
            return {
                next: { version: 1, keys: kept },
                changed: expired.length > 0,
                added: undefined,
                dropped: expired,
                retiring: undefined,
            };
        }
        const key = generate(nextSlot(before, undefined), now);
        return {
            next: { version: 1, keys: [...kept, key] },
            changed: true,
            added: key.slot,
            dropped: expired,
            retiring: undefined,
        };
    }
    const key = generate(nextSlot(before, active), now);
    if (mode === 'revoke') {
        return {
            next: { version: 1, keys: [key] },
            changed: true,
            added: key.slot,
            dropped: before.map((k) => k.slot),
            retiring: undefined,
        };
    }
    const stillRetiring = kept.find((k) => k.retireAt !== undefined);
    if (stillRetiring?.retireAt !== undefined) {
        throw new Error(`\`share-key-rotate\`: the key rotated out last time still checks links until ${iso(stillRetiring.retireAt)} ` +
            '(the longest link lifetime); rotate again after that, or use `share-key-rotate: revoke` to stop every ' +
            'link signed before now at once');
    }
    const until = seconds + MAX_LINK_SECONDS;
    const retired = kept.map((k) => (k === active ? { ...k, retireAt: until } : k));
    return {
        next: { version: 1, keys: [...retired, key] },
        changed: true,
        added: key.slot,
        dropped: expired,
        retiring: active === undefined ? undefined : { slot: active.slot, until },
    };
}
/** The next slot after the signing key's (A, B, C, A…) that no key of the secret holds. */
function nextSlot(keys, active) {
    const start = active === undefined ? 0 : SHARE_SLOTS.indexOf(active.slot) + 1;
    const used = new Set(keys.map((k) => k.slot));
    for (let i = 0; i < SHARE_SLOTS.length; i += 1) {
        const slot = SHARE_SLOTS[(start + i) % SHARE_SLOTS.length];
        if (slot !== undefined && !used.has(slot))
            return slot;
    }
    throw new Error('share keys: every slot is taken (the secret holds three keys); use `share-key-rotate: revoke`');
}
const iso = (seconds) => new Date(seconds * 1000).toISOString();
/** The secret's JSON: keys in slot order. */
function serializeShareKeys(state) {
    const keys = [...state.keys]
        .sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0))
        .map((k) => ({
        slot: k.slot,
        createdAt: k.createdAt,
        ...(k.retireAt !== undefined ? { retireAt: k.retireAt } : {}),
        publicKey: k.publicKey,
        privateKey: k.privateKey,
    }));
    return JSON.stringify({ version: 1, keys });
}
/**
 * Parses the secret's JSON. Every private key is handed to `mask` before anything is checked,
 * and no error quotes a value: a malformed secret is reported by field, never by content.
 */
function parseShareKeys(text, where, mask) {
    const fail = (what) => new Error(`${where} is not a share key list this action wrote: ${what}`);
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw fail('not JSON');
    }
    const list = typeof raw === 'object' && raw !== null && 'keys' in raw ? raw.keys : undefined;
    if (Array.isArray(list)) {
        for (const k of list) {
            if (typeof k === 'object' && k !== null && 'privateKey' in k)
                maskPem(k.privateKey, mask);
        }
    }
    if (typeof raw !== 'object' || raw === null || !('version' in raw) || raw.version !== 1) {
        throw fail('no `version: 1`');
    }
    if (!Array.isArray(list))
        throw fail('no `keys` list');
    const keys = [];
    const slots = new Set();
    list.forEach((k, i) => {
        const at = `keys[${i}]`;
        if (typeof k !== 'object' || k === null)
            throw fail(`${at} is not an object`);
        const slot = 'slot' in k ? k.slot : undefined;
        const found = SHARE_SLOTS.find((s) => s === slot);
        if (found === undefined || slots.has(found))
            throw fail(`${at}.slot is not a free A, B or C`);
        slots.add(found);
        const privateKey = 'privateKey' in k ? k.privateKey : undefined;
        const publicKey = 'publicKey' in k ? k.publicKey : undefined;
        const createdAt = 'createdAt' in k ? k.createdAt : undefined;
        const retireAt = 'retireAt' in k ? k.retireAt : undefined;
        if (typeof privateKey !== 'string' || !privateKey.includes('PRIVATE KEY-----')) {
            throw fail(`${at}.privateKey is not a PEM private key`);
        }
        if (typeof publicKey !== 'string' || !publicKey.startsWith('-----BEGIN PUBLIC KEY-----')) {
            throw fail(`${at}.publicKey is not a PEM public key`);
        }
        if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt)) {
            throw fail(`${at}.createdAt is not epoch seconds`);
        }
        if (retireAt !== undefined &&
            (typeof retireAt !== 'number' || !Number.isSafeInteger(retireAt))) {
            throw fail(`${at}.retireAt is not epoch seconds`);
        }
        let derived;
        try {
            derived = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey).export({ type: 'spki', format: 'pem' }).toString();
        }
        catch {
            throw fail(`${at}.privateKey cannot be read`);
        }
        if (derived.trim() !== publicKey.trim()) {
            throw fail(`${at}.publicKey is not the public half of its privateKey`);
        }
        keys.push({ slot: found, privateKey, publicKey, createdAt, retireAt });
    });
    return { version: 1, keys };
}
/**
 * Masks a PEM in the log: the whole value and each of its base64 lines (the runner matches
 * masks line by line, so a multi-line value is masked through its lines).
 */
function maskPem(pem, mask) {
    if (typeof pem !== 'string' || pem === '')
        return;
    mask(pem);
    for (const line of pem.split(/\r?\n/)) {
        const text = line.trim();
        if (text !== '' && !text.startsWith('-----'))
            mask(text);
    }
}


/***/ })

};
