export const id = 918;
export const ids = [918];
export const modules = {

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* reexport safe */ _aws_retry_js__WEBPACK_IMPORTED_MODULE_0__.L5),
/* harmony export */   VB: () => (/* binding */ EDGE_LOG_REGIONS),
/* harmony export */   ey: () => (/* binding */ logsRetry),
/* harmony export */   qD: () => (/* binding */ edgeLogGroupName)
/* harmony export */ });
/* unused harmony export edgeFunctionName */
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/**
 * Where the edge function's logs are, and the calls every audit step shares: the log group's
 * name, the regions to look in, and the retry policy for CloudWatch Logs.
 *
 * Lambda@Edge writes a replica's logs to CloudWatch Logs in the region that ran it, in a group
 * named `/aws/lambda/us-east-1.<function name>` ("Lambda@Edge automatically adds the prefix
 * `us-east-1` to the function name ... The prefix remains part of the log group name even in
 * other Regions where the function is invoked", CloudFront Developer Guide, "Edge function
 * logs": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-logs.html).
 * The same page warns that CloudFront delivers these logs "on a best-effort basis": an audit
 * built on them can miss a line, rarely (docs/operations.md, "Who downloaded what").
 *
 * Which regions run replicas is not documented: they are the regions of CloudFront's regional
 * edge caches, which the AWS documentation does not list by region code (see "Which AWS regions
 * are Lambda@Edge functions executed in?", https://dev.to/aws-builders/which-aws-regions-are-lambdaedge-functions-executed-in-48dl).
 * So every step looks in every region that an AWS account has enabled by default (the
 * opt-in regions never host a regional edge cache as far as any public list shows); a region
 * without the group costs one cheap call.
 */

/** The edge function's name (edge.yaml: `${AWS::StackName}-viewer-request`, stack `<S>-edge`). */
function edgeFunctionName(stackName) {
    return `${stackName}-edge-viewer-request`;
}
/** The log group the function's replicas write to, in every region. */
function edgeLogGroupName(stackName) {
    return `/aws/lambda/us-east-1.${edgeFunctionName(stackName)}`;
}
/** The regions every AWS account has enabled by default (no opt-in), where replicas may run. */
const EDGE_LOG_REGIONS = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-north-1',
    'ap-south-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
];
/** Retry policy for CloudWatch Logs calls: throttling and transient errors, jittered backoff. */
function logsRetry(sleep, onRetry, random) {
    return {
        attempts: 8,
        baseDelayMs: 500,
        maxDelayMs: 20_000,
        sleep,
        retryable: (e) => (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(e) || (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(e),
        ...(onRetry !== undefined ? { onRetry } : {}),
        ...(random !== undefined ? { random } : {}),
    };
}



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

/***/ 5918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand),
  auditOutputs: () => (/* binding */ auditOutputs)
});

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/edge/core/audit.ts
/**
 * The audit line (issue 12, `audit-log`): ONE JSON line per viewer-request decision, built
 * here and only printed by the runtime adapter (Lambda@Edge: `console.log`, which CloudWatch
 * Logs stores in `/aws/lambda/us-east-1.<function>` of the region that served the request).
 * Pure: no `node:` imports, no Node-only globals, ES2020, no regex lookbehind, so the
 * CloudFront Functions adapter can reuse it.
 *
 * The line, keys always in this order, `ip`, `key` and `via` only when they apply:
 *
 *     {"audit":1,"time":"2026-11-29T09:00:00.000Z","user":"alice","method":"GET",
 *      "path":"/docs//a.pdf","result":"allowed","credentials":true,"ip":"203.0.113.9",
 *      "key":"docs/a.pdf"}
 *
 * - `user`: the authenticated user; `share:<key id>` for a share link (`sharePrincipal`);
 *   `null` when nobody was authenticated (a 401 never names the user it was offered: people
 *   type passwords into the user field).
 * - `path`: the URI as the viewer sent it, before any mapping, kept for forensics. NEVER the
 *   query string: a share link's `Signature`/`Policy` live there.
 * - `key` (issue 22 #1): the object key the function forwarded to the origin (`allowed`) or
 *   refused by the access rules (`403`), as decoded and mapped by core/uri.ts or core/share.ts.
 *   Many URIs name one key (`/reports//q3.pdf`, `/%72eports/q3.pdf`, `/_share/reports/q3.pdf`
 *   all fetch `reports/q3.pdf`), so `command: audit` filters and counts by `key`, never by
 *   `path`. Absent when no key was decided (401, 400, 404, the generated home page).
 * - `via`: `share` for a share-link request (its `user` is `share:<key id>`, the key that
 *   signed the link); absent for Basic auth.
 * - `result`: `allowed` (forwarded to the cache and origin), `home` (the generated home page of
 *   a user who may not read `/index.html`), or the status of the generated answer (`400`,
 *   `401`, `403`, `404`).
 * - `credentials`: whether an `Authorization` header was present (a 401 without is the
 *   browser's first, credential-less request; with one, a wrong password), `session` for a
 *   request a sign-in session cookie authenticated (issue 23: `login: form`; a cookie that
 *   does not verify counts as no credentials, like a browser's first request), or, on a site
 *   with automation tokens, a token (header or query parameter, core/token.ts). A sign-in form
 *   posted to `/_login` with a user and a password counts as credentials sent. Never a value.
 * - `user` of a token request: `token:<name>` (core/token.ts `tokenPrincipal`).
 * - `ip`: the viewer's address (`clientIp`, which CloudFront sets, not a header).
 *
 * No country (issue 22 #8). A `CloudFront-Viewer-Country` header at viewer-request is always
 * the viewer's own: "CloudFront adds the headers after the viewer request event, which means
 * they are not available to Lambda@Edge in a viewer request function ... Viewer-facing
 * functions see the header value from the viewer request, while origin-facing functions see the
 * header value that CloudFront added" (CloudFront Developer Guide, "Restrictions on Lambda@Edge"
 * › "CloudFront headers",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-cloudfront-headers;
 * the archived copy, awsdocs/amazon-cloudfront-developer-guide at 5999c0d,
 * doc_source/edge-functions-restrictions.md, says the same, and lambda-examples.md: "CloudFront
 * adds the CloudFront-Viewer-Country header after the viewer request event"). CloudFront adds it
 * at all only when a cache or origin request policy names it ("Add CloudFront request headers",
 * adding-cloudfront-headers.html), which the site's do not. So the viewer-request trigger never
 * sees CloudFront's value, and an origin-facing trigger (origin-request) runs only on cache
 * misses, so it could not put a country on every line. The reader ignores the `country` of lines
 * written before this change (src/audit/read.ts): it was whatever the viewer sent. (CloudFront
 * Functions, which have no audit line, do see CloudFront's value at viewer-request when a policy
 * names the header: "you must configure CloudFront to add the CloudFront-Viewer-Country header
 * ... in a cache policy or an origin request policy", example-function-redirect-url.md.)
 *
 * Every character outside printable ASCII is written as a `\uXXXX` escape (JSON.stringify
 * already escapes C0 controls, `"` and `\`): the line is one line of ASCII whatever a viewer
 * sends, so it cannot forge a second line, hide text with bidi controls or break a terminal.
 * Over-long values are cut (`MAX_PATH`, `MAX_VALUE`), so one request cannot write a huge log event.
 */
/** Starts every audit line, so readers find it inside a runtime's log prefix. */
const AUDIT_PREFIX = '{"audit":1,';
/** Longest path kept (characters, before escaping); every other value keeps `MAX_VALUE`. */
const MAX_PATH = 2048;
const MAX_VALUE = 256;
/** The audit user of a share-link request (h12's share grant carries the key id). */
function sharePrincipal(keyId) {
    return `share:${keyId}`;
}
/**
 * The `result` of a decision: `allowed` when the request went on (the adapter passes
 * undefined), `home` for a generated 200 (the home page), else the generated status.
 */
function resultOf(generatedStatus) {
    if (generatedStatus === undefined)
        return 'allowed';
    const status = String(generatedStatus);
    return status === '200' ? 'home' : status;
}
/** Is this result a refusal of an identified viewer or a wrong credential (the summary's "denied")? */
function isDenied(record) {
    if (record.result === '403')
        return true;
    return record.result === '401' && record.credentials === true;
}
function cut(value, max = MAX_VALUE) {
    return typeof value === 'string' ? value.slice(0, max) : '';
}
/**
 * The record of a decision (values cut to `MAX_PATH` / `MAX_VALUE`; an absent or empty user is
 * `null`, an absent ip, key or via left out). Written without object spread or `??`, which the
 * CloudFront Functions runtime may lack.
 */
function auditRecord(d) {
    const record = {
        audit: 1,
        time: new Date(d.time).toISOString(),
        user: cut(d.user) || null,
        method: cut(d.method),
        path: cut(d.path, MAX_PATH),
        result: cut(d.result),
        credentials: d.credentials,
    };
    const ip = cut(d.ip);
    if (ip)
        record.ip = ip;
    const key = cut(d.key, MAX_PATH);
    if (key)
        record.key = key;
    const via = cut(d.via);
    if (via)
        record.via = via;
    return record;
}
/** JSON text with every character outside U+0020–U+007E as a `\uXXXX` escape. */
function asciiJson(value) {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => '\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4));
}
/** The one line the adapter prints for a decision. */
function auditLine(d) {
    return asciiJson(auditRecord(d));
}
const isString = (v) => typeof v === 'string';
const field = (o, key) => Object.prototype.hasOwnProperty.call(o, key) ? Reflect.get(o, key) : undefined;
/**
 * The record in a log message, or undefined when it holds none. The line may follow a runtime
 * prefix (Lambda's text format: `<time>\t<request id>\tINFO\t<line>`).
 */
function parseAuditLine(message) {
    const start = message.indexOf(AUDIT_PREFIX);
    if (start < 0)
        return undefined;
    let value;
    try {
        value = JSON.parse(message.slice(start).trim());
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const v = {
        audit: field(value, 'audit'),
        time: field(value, 'time'),
        user: field(value, 'user'),
        method: field(value, 'method'),
        path: field(value, 'path'),
        result: field(value, 'result'),
        credentials: field(value, 'credentials'),
        ip: field(value, 'ip'),
        key: field(value, 'key'),
        via: field(value, 'via'),
    };
    if (v.audit !== 1 ||
        !isString(v.time) ||
        !(v.user === null || isString(v.user)) ||
        !isString(v.method) ||
        !isString(v.path) ||
        !isString(v.result) ||
        !(typeof v.credentials === 'boolean' || v.credentials === 'session') ||
        (v.ip !== undefined && !isString(v.ip)) ||
        (v.key !== undefined && !isString(v.key)) ||
        (v.via !== undefined && !isString(v.via))) {
        return undefined;
    }
    return {
        audit: 1,
        time: v.time,
        user: v.user,
        method: v.method,
        path: v.path,
        result: v.result,
        credentials: v.credentials,
        ...(isString(v.ip) ? { ip: v.ip } : {}),
        ...(isString(v.key) ? { key: v.key } : {}),
        ...(isString(v.via) ? { via: v.via } : {}),
    };
}

// EXTERNAL MODULE: ./src/edge/core/share.ts
var core_share = __webpack_require__(7054);
// EXTERNAL MODULE: ./src/edge/core/limits.ts
var limits = __webpack_require__(8757);
;// CONCATENATED MODULE: ./src/edge/core/uri.ts
/**
 * URI rules and key mapping, for both triggers. Pure (no imports beyond the core), so a second
 * runtime can share it.
 *
 * ## Viewer request: the URI ⇒ the object key (`mapViewerUri`)
 *
 * The URI is split on `/`; every segment is percent-decoded (strict UTF-8) and checked:
 * - longer than `MAX_URI_BYTES`, not starting with `/`, or not a string: 400;
 * - a segment that does not decode (bad `%` escape, invalid UTF-8, e.g. `%c0%ae`): 400;
 * - a segment that decodes to `.` or `..` (also `%2e%2e`, `.%2E`), or that contains, once
 *   decoded, `/` (`%2f`), `\` (or `%5c`), NUL or another control character: 400 — browsers
 *   never send these, so only crafted requests get here, and no guess is made;
 * - empty segments (`//`) are dropped: `/a//b.css` ⇒ key `a/b.css`;
 * - `/` ⇒ `index.html`, a URI ending in `/` ⇒ its folder's `index.html` (`/dir/` ⇒
 *   `dir/index.html`); every other URI is the key itself (`/files/LICENSE`, `/data/2026-Q3`);
 * - a key longer than `MAX_KEY_BYTES` (S3's limit): 404, as no such object can exist.
 * The forwarded URI is the key's canonical path (`canonicalPath`, the encoding invalidation
 * paths use): `/secr%65t.pdf` reaches the cache and the origin as `/secret.pdf`.
 *
 * ## Origin response: a missing key (`originResponseDecision`)
 *
 * S3 answers 403 (or 404 when CloudFront may list the bucket) for a key it does not hold. For
 * a URI whose last segment has no extension (no `.` other than a first or last character) and
 * no trailing `/`, the key may be a folder: redirect (302) to the same path with `/` (query
 * string kept when it is plain printable ASCII), where the viewer request maps it to the
 * folder's `index.html`. Any other 403/404 becomes a plain 404. Everything else passes.
 */


// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[\u0000-\u001f\u007f\\/]/;
const PLAIN_QUERY = /^[\x21-\x22\x24-\x7e]*$/;
/** The decoded segments of a URI, or 400 when it breaks a rule above. */
function decodePath(uri) {
    if (typeof uri !== 'string' || uri.length > limits/* MAX_URI_BYTES */.UN || !uri.startsWith('/'))
        return 400;
    if ((0,limits/* utf8Length */.wI)(uri) > limits/* MAX_URI_BYTES */.UN)
        return 400;
    const segments = [];
    const parts = uri.split('/');
    for (let i = 0; i < parts.length; i += 1) {
        const segment = String(parts[i]); // i < parts.length: defined (fewer function bytes than ??)
        if (segment === '')
            continue;
        let decoded;
        try {
            decoded = decodeURIComponent(segment);
        }
        catch {
            return 400;
        }
        if (decoded === '.' || decoded === '..' || UNSAFE_SEGMENT.test(decoded))
            return 400;
        segments.push(decoded);
    }
    return { segments, folder: uri.endsWith('/') };
}
/** The object key a viewer's URI names, or the status to answer. */
function keyOf(uri) {
    const path = decodePath(uri);
    if (path === 400)
        return 400;
    const segments = path.folder ? path.segments.concat('index.html') : path.segments;
    const key = segments.join('/');
    return (0,limits/* utf8Length */.wI)(key) > limits/* MAX_KEY_BYTES */.Xd ? 404 : key;
}
/** The URI to forward (the key's canonical path), or the status to answer. */
function mapViewerUri(uri) {
    const key = keyOf(uri);
    return typeof key === 'string' ? canonicalPath(key) : key;
}
/** A segment has an extension when it has a `.` that is neither its first nor its last character. */
function hasExtension(segment) {
    const dot = segment.lastIndexOf('.');
    return dot >= 1 && dot < segment.length - 1;
}
/**
 * Where a missing key that may be a folder redirects (`/dir` ⇒ `/dir/`, query kept), or
 * undefined. Always a path on this site: it starts with one `/` and a non-empty, canonically
 * encoded segment (never `//` or `/\`, which browsers read as another host).
 */
function folderRedirect(uri, querystring) {
    const path = decodePath(uri);
    if (path === 400 || path.folder)
        return undefined;
    const last = path.segments[path.segments.length - 1];
    if (last === undefined || hasExtension(last))
        return undefined;
    const query = typeof querystring === 'string' && querystring !== '' && PLAIN_QUERY.test(querystring)
        ? `?${querystring}`
        : '';
    return `${canonicalPath(path.segments.join('/'))}/${query}`;
}
/** What the origin-response trigger does with S3's status for the forwarded URI. */
function originResponseDecision(status, uri, querystring) {
    if (status !== '403' && status !== '404')
        return { kind: 'pass' };
    const location = folderRedirect(uri, querystring);
    return location === undefined ? { kind: 'not-found' } : { kind: 'redirect', location };
}

// EXTERNAL MODULE: ./src/audit/log-groups.ts
var log_groups = __webpack_require__(5826);
;// CONCATENATED MODULE: ./src/audit/read.ts
/**
 * `command: audit`, reading: every audit line of the edge function in a time window, from every
 * region, merged by time.
 *
 * FilterLogEvents rather than CloudWatch Logs Insights, because
 * - it returns the events themselves, page after page with `nextToken`, each page "up to 1 MB
 *   of log events or up to 10,000 log events" (CloudWatch Logs API Reference, FilterLogEvents:
 *   https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html),
 *   so a week of a busy site is a few hundred pages and nothing is capped; an Insights query
 *   returns at most 10,000 rows (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Limit.html)
 *   and would have to be split by time until every part fits, and polled (StartQuery,
 *   GetQueryResults) per region;
 * - Insights bills every query by the GB it scans ($0.005 per GB); FilterLogEvents is an API
 *   request (docs/operations.md, "Who downloaded what", has the numbers);
 * - it needs one permission on the one log group (logs:FilterLogEvents), where Insights needs
 *   StartQuery on the group plus GetQueryResults, which takes no resource (`*`).
 *
 * The filter pattern `%audit%`, a regular expression that matches the text anywhere in an event
 * (CloudWatch Logs User Guide, "Supported regular expressions (regex) syntax": `%AUTHORIZED%`
 * matches "UNAUTHORIZED REQUEST" too, https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/regex-expressions.html),
 * leaves out Lambda's START/END/REPORT lines on the server; the `user` and `path` filters are applied
 * here, on the parsed line, so a user or path can never be read as pattern syntax.
 *
 * Regions are read in parallel, each region's pages one after the other; throttling and
 * transient errors are retried per page (the project's retry helper, on top of the SDK's).
 * A region without the log group (ResourceNotFoundException) has no lines.
 */






/** The filter pattern sent to FilterLogEvents: the term every audit line has. */
const AUDIT_FILTER_PATTERN = '%audit%';
/**
 * The object key a line is about (issue 22 #1): the `key` the edge function recorded, else the
 * key its raw `path` maps to by the edge's own rules (core/uri.ts; a share link's path less the
 * share prefix) — lines written before the edge recorded keys, and 401s, which it writes
 * before any key is decided. Undefined for the generated home page and for paths the edge
 * refuses (400) or that name no key. Filtering or counting by raw path would miss the other
 * spellings of one key: `/reports//q3.pdf`, `//reports/q3.pdf`, `/%72eports/q3.pdf`,
 * `/reports/q%33.pdf` and `/_share/reports/q3.pdf` all fetch `reports/q3.pdf`.
 */
function servedKey(record) {
    if (record.key !== undefined)
        return record.key;
    if (record.result === 'home')
        return undefined;
    const share = record.user?.startsWith('share:') === true && (0,core_share/* isShareUri */.mN)(record.path);
    const key = keyOf(share ? record.path.slice(core_share/* SHARE_PREFIX */.XF.length - 1) : record.path);
    return typeof key === 'string' ? key : undefined;
}
/**
 * The `path` filter as object keys: `{ exact }` for a file, `{ under }` (a key prefix, `''` for
 * `/`) for a folder, decoded as the edge decodes URIs; undefined when the edge would refuse
 * the path (then nothing can match it).
 */
function keyFilter(path) {
    const decoded = decodePath(path);
    if (decoded === 400)
        return undefined;
    const joined = decoded.segments.join('/');
    if (!decoded.folder)
        return { exact: joined };
    return { under: joined === '' ? '' : `${joined}/` };
}
/** Does the record pass the `user` and `path` filters (`path` compared as object keys)? */
function matchesFilters(record, filters) {
    if (filters.user !== undefined && record.user !== filters.user)
        return false;
    if (filters.path !== undefined) {
        const filter = keyFilter(filters.path);
        const key = servedKey(record);
        if (filter === undefined || key === undefined)
            return false;
        if ('exact' in filter ? key !== filter.exact : !key.startsWith(filter.under))
            return false;
    }
    return true;
}
async function readRegion(region, logGroup, options, deps) {
    const client = deps.logs(region);
    const entries = [];
    let pages = 0;
    let unreadable = 0;
    let nextToken;
    do {
        let events;
        try {
            const page = await (0,log_groups/* retry */.L5)(() => client.send(new dist_cjs.FilterLogEventsCommand({
                logGroupName: logGroup,
                startTime: options.startTime,
                endTime: options.endTime,
                filterPattern: AUDIT_FILTER_PATTERN,
                nextToken,
            })), (0,log_groups/* logsRetry */.ey)(deps.sleep, deps.onRetry === undefined
                ? undefined
                : (e, _n, delay) => deps.onRetry?.(region, e, delay), deps.random));
            events = page.events;
            nextToken = page.nextToken;
        }
        catch (e) {
            if (pages === 0 && (0,retry/* errorName */.Is)(e) === 'ResourceNotFoundException') {
                return { read: { region, found: false, pages: 0, lines: 0, unreadable: 0 }, entries };
            }
            throw new Error(`${region}: FilterLogEvents on ${logGroup} failed: ${(0,retry/* errorMessage */.gJ)(e)}`, {
                cause: e,
            });
        }
        pages += 1;
        for (const event of events ?? []) {
            const record = parseAuditLine(event.message ?? '');
            if (record === undefined) {
                if ((event.message ?? '').includes('{"audit":'))
                    unreadable += 1;
                continue;
            }
            if (matchesFilters(record, options))
                entries.push({ ...record, region });
        }
        deps.onPage?.(region, pages, entries.length);
    } while (nextToken !== undefined);
    return { read: { region, found: true, pages, lines: entries.length, unreadable }, entries };
}
/** Every matching audit line of the window, from every region, in time order. */
async function readAuditLines(options, deps) {
    const logGroup = (0,log_groups/* edgeLogGroupName */.qD)(options.stackName);
    const regions = options.regions ?? log_groups/* EDGE_LOG_REGIONS */.VB;
    const perRegion = await Promise.all(regions.map((region) => readRegion(region, logGroup, options, deps)));
    return {
        logGroup,
        entries: mergeByTime(perRegion.map((r) => r.entries)),
        regions: perRegion.map((r) => r.read),
    };
}
/**
 * One list in time order from per-region lists (each already in time order, as CloudWatch
 * returns them; sorted again in case). Ties keep the region order, then each list's order.
 */
function mergeByTime(lists) {
    const tagged = lists.flatMap((list, r) => list.map((entry, i) => ({ entry, t: Date.parse(entry.time) || 0, r, i })));
    tagged.sort((a, b) => a.t - b.t || a.r - b.r || a.i - b.i);
    return tagged.map((x) => x.entry);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/audit/report.ts
/**
 * `command: audit`, reporting: the job summary (requests, distinct users, top files, denied
 * attempts by user and IP), the CSV and the JSON Lines file. Pure apart from `writeAuditFiles`.
 *
 * CSV (RFC 4180): a header row, then one row per line in time order; every field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled). A cell that a spreadsheet would run as a
 * formula (first character `=`, `+`, `-`, `@`, tab or CR: OWASP, "CSV Injection") gets a
 * leading `'` — user names and paths come from viewers and from whoever named the files. The
 * `key` column is `servedKey` (read.ts): the object key, also for lines that did not record it;
 * `path` is the URI as the viewer sent it. The
 * JSON Lines file has the lines as the reader parsed them (the edge function's fields, plus
 * `region`; never a `country`: lines written before issue 22 carried the viewer's own
 * `CloudFront-Viewer-Country` header, src/edge/core/audit.ts).
 */




const CSV_COLUMNS = [
    'time',
    'user',
    'method',
    'path',
    'key',
    'via',
    'result',
    'credentials',
    'ip',
    'region',
];
/** One CSV field: formula-safe, quoted when needed. */
function csvField(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csvRow(e) {
    const cells = {
        time: e.time,
        user: e.user ?? '',
        method: e.method,
        path: e.path,
        key: servedKey(e) ?? '',
        via: e.via ?? '',
        result: e.result,
        credentials: String(e.credentials),
        ip: e.ip ?? '',
        region: e.region,
    };
    return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
}
/** The CSV text (CRLF line ends, as RFC 4180 writes them). */
function toCsv(entries) {
    return [CSV_COLUMNS.join(','), ...entries.map(csvRow)].map((l) => `${l}\r\n`).join('');
}
/** The JSON Lines text: one ASCII JSON object per line. */
function toJsonLines(entries) {
    return entries.map((e) => `${asciiJson(e)}\n`).join('');
}
/** Writes `audit.csv` and `audit.jsonl` into `dir` (created if missing); returns their paths. */
async function writeAuditFiles(dir, entries) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = { csv: external_node_path_default().join(dir, 'audit.csv'), jsonl: external_node_path_default().join(dir, 'audit.jsonl') };
    await (0,promises_.writeFile)(files.csv, toCsv(entries));
    await (0,promises_.writeFile)(files.jsonl, toJsonLines(entries));
    return files;
}
function report_top(counts, n) {
    return [...counts.entries()]
        .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
        .slice(0, n)
        .map(([, v]) => v);
}
/** The numbers of the summary; `limit` rows per table. */
function summarize(entries, limit = 10) {
    const users = new Set();
    const files = new Map();
    const denied = new Map();
    let allowed = 0;
    let deniedTotal = 0;
    for (const e of entries) {
        if (e.user !== null)
            users.add(e.user);
        if (e.result === 'allowed') {
            allowed += 1;
            // By object key: one file under many URI spellings is one row (issue 22 #1).
            const key = servedKey(e) ?? e.path;
            files.set(key, { key, count: (files.get(key)?.count ?? 0) + 1 });
        }
        if (isDenied(e)) {
            deniedTotal += 1;
            const user = e.user ?? '(wrong password)';
            const ip = e.ip ?? '';
            const key = `${user}\u0000${ip}`;
            denied.set(key, { user, ip, count: (denied.get(key)?.count ?? 0) + 1 });
        }
    }
    return {
        requests: entries.length,
        allowed,
        users: users.size,
        topFiles: report_top(files, limit),
        denied: report_top(denied, limit),
        deniedTotal,
        first: entries[0]?.time,
        last: entries[entries.length - 1]?.time,
    };
}
/**
 * A viewer-supplied value (path, user name, IP) as a markdown table cell: `<code>` with HTML
 * escapes, `|` as `&#124;` and line breaks as spaces, so no path can end the cell, open a link
 * or an image, or break out of the code span.
 */
function mdCode(value) {
    const text = value
        .replace(/[\r\n]/g, ' ')
        .replace(/[&<>"'`|\\[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<code>${text}</code>`;
}
function auditSummaryMarkdown(s, ctx) {
    const found = ctx.regions.filter((r) => r.found);
    const pages = ctx.regions.reduce((n, r) => n + r.pages, 0);
    const out = [
        '### Audit: who downloaded what',
        '',
        `From ${ctx.since} to ${ctx.until}${ctx.filters}. Read ${ctx.regions.length} regions in ` +
            `${(ctx.durationMs / 1000).toFixed(1)} s (${pages} pages); the log group \`${ctx.logGroup}\` ` +
            `exists in ${found.length}: ${found.map((r) => `${r.region} (${r.lines})`).join(', ') || 'none'}.`,
        '',
        '| requests | allowed | denied | distinct users |',
        '|--:|--:|--:|--:|',
        `| ${s.requests} | ${s.allowed} | ${s.deniedTotal} | ${s.users} |`,
        '',
    ];
    if (s.topFiles.length > 0) {
        out.push('#### Top files', '', '| object key | requests |', '|---|--:|');
        for (const f of s.topFiles)
            out.push(`| ${mdCode(f.key)} | ${f.count} |`);
        out.push('');
    }
    if (s.denied.length > 0) {
        out.push('#### Denied attempts (403, and 401 with a wrong password)', '', '| user | IP | attempts |', '|---|---|--:|');
        for (const d of s.denied)
            out.push(`| ${mdCode(d.user)} | ${mdCode(d.ip)} | ${d.count} |`);
        out.push('');
    }
    const unreadable = ctx.regions.reduce((n, r) => n + r.unreadable, 0);
    if (unreadable > 0)
        out.push(`${unreadable} log line(s) could not be read as audit lines.`, '');
    out.push(`Files: \`${ctx.files.csv}\`, \`${ctx.files.jsonl}\``, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/audit.ts



async function auditCommand(site, run, ctx, options = {}) {
    const started = ctx.now();
    const endTime = started;
    const startTime = endTime - run.auditSinceSeconds * 1000;
    let lastProgress = started;
    const read = await readAuditLines({
        stackName: site.stackName,
        startTime,
        endTime,
        user: run.auditUser,
        path: run.auditPath,
        ...(options.regions !== undefined ? { regions: options.regions } : {}),
    }, {
        logs: (region) => ctx.clients.cloudWatchLogs(region),
        sleep: ctx.sleep,
        ...(options.random !== undefined ? { random: options.random } : {}),
        onPage: (region, pages, lines) => {
            const now = ctx.now();
            if (now - lastProgress < 10_000)
                return;
            lastProgress = now;
            ctx.log.info(`audit: ${region}: ${pages} page(s), ${lines} line(s) so far`);
        },
        onRetry: (region, e, delay) => ctx.log.info(`audit: ${region}: ${(0,retry/* errorName */.Is)(e) || 'error'}, retrying in ${delay} ms`),
    });
    const files = await writeAuditFiles(run.outputDir, read.entries);
    const durationMs = ctx.now() - started;
    const summary = summarize(read.entries);
    const filters = [
        run.auditUser !== undefined ? `user ${mdCode(run.auditUser)}` : undefined,
        run.auditPath !== undefined ? `path ${mdCode(run.auditPath)}` : undefined,
    ].filter((f) => f !== undefined);
    const markdown = auditSummaryMarkdown(summary, {
        logGroup: read.logGroup,
        since: new Date(startTime).toISOString(),
        until: new Date(endTime).toISOString(),
        filters: filters.length === 0 ? '' : `, only ${filters.join(' and ')}`,
        regions: read.regions,
        durationMs,
        files,
    });
    ctx.log.info(`audit: ${read.entries.length} line(s) from ${read.regions.length} region(s) ` +
        `(${read.regions.filter((r) => r.found).length} with logs) in ${(durationMs / 1000).toFixed(1)} s`);
    return { read, summary, files, durationMs, markdown };
}
/** The `audit-files` output: the CSV and JSON Lines paths, as a JSON array. */
function auditOutputs(report) {
    return {
        'audit-files': JSON.stringify([report.files.csv, report.files.jsonl]),
        'audit-lines': String(report.read.entries.length),
    };
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


/***/ })

};
