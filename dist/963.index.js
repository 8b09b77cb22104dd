export const id = 963;
export const ids = [963];
export const modules = {

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createStsClient: () => (/* binding */ createStsClient),
/* harmony export */   credentialsProvider: () => (/* binding */ credentialsProvider),
/* harmony export */   resolveCredentials: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* unused harmony exports TOKEN_ATTEMPTS, STS_ATTEMPTS, REFRESH_MARGIN_MS, CredentialsError, tokenErrorMessage, isRetryableStsError, tokenClaims, describeStsError */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/**
 * AWS credentials for the run: the job's GitHub OIDC token exchanged for a role session with
 * STS `AssumeRoleWithWebIdentity`, or nothing at all when `role-to-assume` is empty (the SDK's
 * default chain then finds what is already in the environment, e.g. from
 * aws-actions/configure-aws-credentials).
 *
 * Every secret part goes through `setSecret` before anything can log it; the OIDC token is
 * never printed: errors show only its non-secret claims (`sub`, `aud`, …).
 */


/** Attempts at fetching the OIDC token from the runner. */
const TOKEN_ATTEMPTS = 4;
/** Attempts at `AssumeRoleWithWebIdentity`. */
const STS_ATTEMPTS = 6;
/** Credentials this close to their expiry are replaced before use. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com';
class CredentialsError extends Error {
    name = 'CredentialsError';
}
/** An STS client for `AssumeRoleWithWebIdentity`: the retries are ours (jittered, bounded). */
function createStsClient(region) {
    return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM({ region, maxAttempts: 1 });
}
function roleOf(opts) {
    const role = opts.roleToAssume?.trim();
    return role === undefined || role === '' ? undefined : role;
}
/**
 * The credentials of the role session, or `undefined` when `roleToAssume` is empty.
 * Throws a `CredentialsError` that says what to fix.
 */
async function resolveCredentials(opts, deps) {
    const role = roleOf(opts);
    if (role === undefined)
        return undefined;
    return assumeRole(role, opts, deps);
}
/**
 * A provider that re-assumes the role (with a fresh OIDC token) whenever the credentials it
 * holds are within `REFRESH_MARGIN_MS` of expiry, so that a deploy longer than the session
 * does not fail half-way. Concurrent calls share one refresh. `initial` (from
 * `resolveCredentials`) saves the first exchange. `undefined` when `roleToAssume` is empty.
 */
function credentialsProvider(opts, deps, initial) {
    const role = roleOf(opts);
    if (role === undefined)
        return undefined;
    let current = initial;
    let pending;
    const refresh = async () => {
        try {
            current = await assumeRole(role, opts, deps);
            return current;
        }
        finally {
            pending = undefined;
        }
    };
    const validFor = (c) => c === undefined ? -Infinity : c.expiration.getTime() - deps.now();
    const provider = async () => {
        if (current !== undefined && validFor(current) > REFRESH_MARGIN_MS)
            return current;
        pending ??= refresh();
        return pending;
    };
    const ensureValidFor = async (ms) => {
        const held = pending !== undefined ? await pending : current;
        if (held !== undefined && validFor(held) > ms)
            return held;
        if (held !== undefined) {
            deps.info(`the credentials of ${role} expire at ${held.expiration.toISOString()}, before the ${Math.round(ms / 60_000)} min ` +
                'the next stack operation may take (`stack-timeout`): re-assuming the role');
        }
        pending ??= refresh();
        const fresh = await pending;
        if (validFor(fresh) <= ms) {
            deps.info(`the new credentials of ${role} last only until ${fresh.expiration.toISOString()}, less than \`stack-timeout\`: ` +
                "raise `role-duration-seconds` (and the role's maximum session duration), or let CloudFormation act " +
                'with its own service role (`cloudformation-role`)');
        }
        return fresh;
    };
    return Object.assign(provider, { memoized: true, ensureValidFor });
}
async function assumeRole(role, opts, deps) {
    const token = await fetchToken(opts.audience, deps);
    deps.setSecret(token);
    const claims = tokenClaims(token);
    const ownClient = typeof deps.sts === 'function';
    const sts = typeof deps.sts === 'function' ? deps.sts(opts.region) : deps.sts;
    let attempts = 0;
    try {
        const res = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)((attempt) => {
            attempts = attempt;
            return sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .AssumeRoleWithWebIdentityCommand */ .WH({
                RoleArn: role,
                RoleSessionName: opts.sessionName,
                WebIdentityToken: token,
                DurationSeconds: opts.durationSeconds,
            }));
        }, {
            attempts: STS_ATTEMPTS,
            baseDelayMs: 1000,
            maxDelayMs: 16_000,
            sleep: deps.sleep,
            ...(deps.random !== undefined ? { random: deps.random } : {}),
            retryable: isRetryableStsError,
            onRetry: (e, attempt, delay) => deps.info(`AssumeRoleWithWebIdentity attempt ${attempt}/${STS_ATTEMPTS} failed (${describeBriefly(e)}); retrying in ${delay} ms`),
        });
        const c = res.Credentials;
        if (c?.AccessKeyId === undefined ||
            c.SecretAccessKey === undefined ||
            c.SessionToken === undefined ||
            c.Expiration === undefined) {
            throw new CredentialsError(`AssumeRoleWithWebIdentity for ${role} answered without complete credentials`);
        }
        deps.setSecret(c.AccessKeyId);
        deps.setSecret(c.SecretAccessKey);
        deps.setSecret(c.SessionToken);
        deps.info(`Assumed role ${role} (session ${opts.sessionName}); credentials valid until ${c.Expiration.toISOString()}`);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        };
    }
    catch (e) {
        if (e instanceof CredentialsError)
            throw e;
        throw describeStsError(e, { role, claims, audience: opts.audience, attempts });
    }
    finally {
        if (ownClient)
            sts.destroy();
    }
}
function isMissingTokenPermission(e) {
    const msg = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
    return (msg.includes('ACTIONS_ID_TOKEN_REQUEST_URL') || msg.includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN'));
}
async function fetchToken(audience, deps) {
    let attempts = 0;
    try {
        return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(async (attempt) => {
            attempts = attempt;
            const token = await deps.getIDToken(audience);
            if (token === '')
                throw new Error('the runner answered with an empty token');
            return token;
        }, {
            attempts: TOKEN_ATTEMPTS,
            baseDelayMs: 1000,
            maxDelayMs: 8000,
            sleep: deps.sleep,
            ...(deps.random !== undefined ? { random: deps.random } : {}),
            retryable: (e) => !isMissingTokenPermission(e),
            onRetry: (e, attempt, delay) => deps.info(`GitHub OIDC token request ${attempt}/${TOKEN_ATTEMPTS} failed (${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}); retrying in ${delay} ms`),
        });
    }
    catch (e) {
        throw new CredentialsError(tokenErrorMessage(e, audience, attempts), { cause: e });
    }
}
/** What to do when the runner gives no OIDC token. Pure. */
function tokenErrorMessage(e, audience, attempts) {
    if (isMissingTokenPermission(e)) {
        return ('`role-to-assume` is set, but this job cannot request a GitHub OIDC token ' +
            '(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add `permissions: id-token: write` to the job ' +
            '(or the workflow) that runs this action; keep `contents: read` too, since setting ' +
            '`permissions` drops every permission not listed. Pull requests from forks never get a token.');
    }
    return `could not get a GitHub OIDC token for audience '${audience}' after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`;
}
const NOT_RETRYABLE_STS = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'InvalidIdentityToken',
    'InvalidIdentityTokenException',
    'ExpiredToken',
    'ExpiredTokenException',
    'IDPRejectedClaim',
    'IDPRejectedClaimException',
    'MalformedPolicyDocument',
    'MalformedPolicyDocumentException',
    'PackedPolicyTooLarge',
    'PackedPolicyTooLargeException',
    'RegionDisabledException',
    'ValidationError',
]);
/** Throttling, IdP communication trouble, 5xx and network errors; never a refusal. */
function isRetryableStsError(e) {
    const name = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e);
    if (NOT_RETRYABLE_STS.has(name))
        return false;
    if (name === 'IDPCommunicationError' || name === 'IDPCommunicationErrorException')
        return true;
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(e);
}
function describeBriefly(e) {
    const name = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e);
    const msg = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
    return name !== '' && name !== 'Error' ? `${name}: ${msg}` : msg;
}
const CLAIM_NAMES = [
    'sub',
    'aud',
    'iss',
    'repository',
    'ref',
    'environment',
    'job_workflow_ref',
];
/**
 * The payload claims of a JWT, decoded without verification (only for messages).
 * Never throws: a token that does not parse gives no claims.
 */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
    if (typeof parsed !== 'object' || parsed === null)
        return {};
    const out = {};
    for (const name of CLAIM_NAMES) {
        const v = Object.getOwnPropertyDescriptor(parsed, name)?.value;
        if (typeof v === 'string')
            out[name] = v;
        else if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            out[name] = v.join(', ');
    }
    return out;
}
function accountOf(roleArn) {
    return /^arn:[\w-]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '<account-id>';
}
function partitionOf(roleArn) {
    return /^arn:([\w-]+):/.exec(roleArn)?.[1] ?? 'aws';
}
function claimLine(claims) {
    const parts = CLAIM_NAMES.filter((n) => claims[n] !== undefined && n !== 'iss').map((n) => `${n} = "${claims[n] ?? ''}"`);
    return parts.length > 0 ? parts.join(', ') : '(the token could not be decoded)';
}
function trustPolicyHint(role, claims, audience) {
    const provider = `arn:${partitionOf(role)}:iam::${accountOf(role)}:oidc-provider/${GITHUB_ISSUER_HOST}`;
    return (`The trust policy of ${role} must allow sts:AssumeRoleWithWebIdentity for the federated ` +
        `principal ${provider} with the condition ` +
        `"${GITHUB_ISSUER_HOST}:aud" = "${claims.aud ?? audience}" and ` +
        `"${GITHUB_ISSUER_HOST}:sub" matching "${claims.sub ?? '<sub>'}". ` +
        'GitHub emits the classic form `repo:<owner>/<repo>:ref:refs/heads/<branch>` ' +
        '(or `repo:<owner>/<repo>:environment:<name>` for a job with an environment), and for ' +
        'repositories with immutable subject claims `repo:<owner>@<owner-id>/<repo>@<repo-id>:ref:refs/heads/<branch>`: ' +
        'the policy must accept the form this repository emits (shown above).');
}
/** Turns an STS failure into a message that says what to fix. Pure. */
function describeStsError(e, ctx) {
    const name = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e);
    const msg = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
    const { role, claims } = ctx;
    const who = `The GitHub OIDC token says: ${claimLine(claims)}.`;
    if (name === 'AccessDenied' ||
        name === 'AccessDeniedException' ||
        /not authorized to perform/i.test(msg)) {
        return new CredentialsError(`could not assume role ${role}: AccessDenied (${msg}). ${who} ${trustPolicyHint(role, claims, ctx.audience)}`, { cause: e });
    }
    if (name === 'InvalidIdentityToken' || name === 'InvalidIdentityTokenException') {
        const fix = /no openid ?connect provider/i.test(msg)
            ? `Create the IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)} ` +
                `with the audience '${ctx.audience}' (the bootstrap stack does this).`
            : /audience/i.test(msg)
                ? `The IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)} must list ` +
                    `'${claims.aud ?? ctx.audience}' among its audiences, or set the \`audience\` input to one it lists.`
                : `Check the IAM OIDC identity provider https://${GITHUB_ISSUER_HOST} in account ${accountOf(role)}.`;
        return new CredentialsError(`could not assume role ${role}: the GitHub OIDC token was rejected (${name}: ${msg}). ${who} ${fix}`, { cause: e });
    }
    if (name === 'IDPRejectedClaim' || name === 'IDPRejectedClaimException') {
        return new CredentialsError(`could not assume role ${role}: a claim of the GitHub OIDC token was rejected (${msg}). ${who} ${trustPolicyHint(role, claims, ctx.audience)}`, { cause: e });
    }
    if (name === 'ValidationError' && /DurationSeconds/i.test(msg)) {
        return new CredentialsError(`could not assume role ${role}: ${msg} Lower \`role-duration-seconds\`, or raise the role's maximum session duration.`, { cause: e });
    }
    const tries = isRetryableStsError(e)
        ? ` after ${ctx.attempts} attempt${ctx.attempts === 1 ? '' : 's'}`
        : '';
    return new CredentialsError(`AssumeRoleWithWebIdentity for role ${role} failed${tries}: ${describeBriefly(e)}`, { cause: e });
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


/***/ })

};
