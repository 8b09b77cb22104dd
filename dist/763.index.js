export const id = 763;
export const ids = [763,945];
export const modules = {

/***/ 3132:
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

/***/ 5945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findStack: () => (/* binding */ findStack),
/* harmony export */   findStackOutputs: () => (/* binding */ findStackOutputs),
/* harmony export */   isStackMissing: () => (/* binding */ isStackMissing),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf),
/* harmony export */   parametersOf: () => (/* binding */ parametersOf),
/* harmony export */   readStackOutputs: () => (/* binding */ readStackOutputs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(163);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3132);
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
/** The stack's outputs and parameters, or undefined when the stack does not exist. */
async function findStack(client, stackName, region) {
    try {
        const res = await client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStacksCommand({ StackName: stackName }));
        const stack = res.Stacks?.[0];
        return stack === undefined
            ? undefined
            : { outputs: outputsOf(stack), parameters: parametersOf(stack) };
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
            'or set `bucket` (and `distribution-id`) to sync into an existing bucket');
    }
    return outputs;
}


/***/ }),

/***/ 8599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Sk: () => (/* binding */ writeUsersSecret),
/* harmony export */   Zj: () => (/* binding */ readUsersSecret)
/* harmony export */ });
/* unused harmony export errorName */
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1260);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6042);
/* harmony import */ var _rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4240);
/**
 * The users secret `<stack-name>/basic-auth` in us-east-1 (next to the edge stack, which owns
 * it): read its current version, write a new one. Every string of the value that could be a
 * password is handed to `setSecret` (core.setSecret in the action) before the value is even
 * validated (`parseUsersSecret`), so the runner masks it in every later log line, and an error
 * about a malformed value quotes none of it.
 *
 * Writes go through PutSecretValue without VersionStages: Secrets Manager moves AWSCURRENT to
 * the new version and AWSPREVIOUS to the one it replaces, so the previous users stay
 * retrievable (`--version-stage AWSPREVIOUS`). The ClientRequestToken makes a retried write
 * of the same value a no-op instead of a second version.
 */



/** The name of the users secret of a site (the action's `stack-name`). */
function secretName(stackName) {
    return `${stackName}/basic-auth`;
}
/**
 * The current version (AWSCURRENT) of the users secret, every string that could be a password
 * masked through `setSecret` before it is validated; `undefined` when the secret does not
 * exist. Throws with the secret's name and, when refused, the permission needed.
 */
async function readUsersSecret(client, name, setSecret) {
    let response;
    try {
        response = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.GetSecretValueCommand({ SecretId: name }));
    }
    catch (e) {
        if (errorName(e) === 'ResourceNotFoundException')
            return undefined;
        throw secretError(e, name, 'read', 'secretsmanager:GetSecretValue');
    }
    const text = response.SecretString;
    if (text === undefined) {
        throw new Error(`secret '${name}' (${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz}) holds binary data, not the JSON users list this action writes`);
    }
    const state = (0,_rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUsersSecret */ .ug)(text, `secret '${name}' (${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz})`, setSecret);
    return { state, arn: response.ARN, versionId: response.VersionId };
}
/**
 * Stores `state` as the new current version of the users secret (the replaced version becomes
 * AWSPREVIOUS). `clientRequestToken` (32 to 64 characters) identifies the version: the same
 * token with the same value is a no-op, so a retried write never stores two versions.
 */
async function writeUsersSecret(client, name, state, clientRequestToken) {
    if (!/^[\w-]{32,64}$/.test(clientRequestToken)) {
        throw new Error(`secret '${name}': a ClientRequestToken is 32 to 64 letters, digits, '-' or '_' (a UUID)`);
    }
    const secretString = (0,_rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeUsersSecret */ .b6)(state);
    try {
        const response = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.PutSecretValueCommand({
            SecretId: name,
            SecretString: secretString,
            ClientRequestToken: clientRequestToken,
        }));
        return { arn: response.ARN, versionId: response.VersionId };
    }
    catch (e) {
        if (errorName(e) === 'ResourceNotFoundException') {
            throw new Error(`secret '${name}' (${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz}) does not exist: the edge stack creates it when deployed with ` +
                'the users in Secrets Manager (`basic-auth-users` empty); was the edge stack deployed by this version of the action?', { cause: e });
        }
        throw secretError(e, name, 'write', 'secretsmanager:PutSecretValue');
    }
}
/** The error's `name` (SDK v3 service exceptions carry the error code there). */
function errorName(e) {
    if (typeof e !== 'object' || e === null || !('name' in e))
        return undefined;
    return typeof e.name === 'string' ? e.name : undefined;
}
function errorMessage(e) {
    if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
        return e.message;
    }
    return String(e);
}
/** An actionable error for a failed call on the secret. AWS's messages carry no secret value. */
function secretError(e, name, verb, permission) {
    const code = errorName(e);
    const reason = errorMessage(e);
    const where = `secret '${name}' (${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz})`;
    const cause = { cause: e };
    if (code === 'AccessDeniedException' || code === 'AccessDenied') {
        return new Error(`could not ${verb} ${where}: access denied. The role needs ${permission} on ` +
            `arn:aws:secretsmanager:${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz}:<account>:secret:${name}-?????? (the bootstrap stack's deploy role has it ` +
            `when its StackName matches \`stack-name\`). AWS said: ${reason}`, cause);
    }
    if (code === 'DecryptionFailure') {
        return new Error(`could not ${verb} ${where}: its KMS key refused to decrypt it (kms:Decrypt). AWS said: ${reason}`, cause);
    }
    if (code === 'InvalidRequestException' && /deletion/i.test(reason)) {
        return new Error(`could not ${verb} ${where}: it is scheduled for deletion. Restore it ` +
            `(aws secretsmanager restore-secret --region ${_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz} --secret-id ${name}) or wait until it is gone. AWS said: ${reason}`, cause);
    }
    return new Error(`could not ${verb} ${where}: ${code ?? 'error'}: ${reason}`, cause);
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  deployStacks: () => (/* binding */ deployStacks),
  deploySummaryMarkdown: () => (/* binding */ deploySummaryMarkdown),
  edgeCodeNote: () => (/* binding */ edgeCodeNote),
  planChangesOutput: () => (/* binding */ planChangesOutput),
  planCommand: () => (/* binding */ planCommand),
  planSummaryMarkdown: () => (/* binding */ planSummaryMarkdown),
  siteOutputs: () => (/* binding */ siteOutputs),
  stackInput: () => (/* binding */ stackInput)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(6042);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(5945);
// EXTERNAL MODULE: ./src/aws/users-secret.ts
var users_secret = __webpack_require__(8599);
// EXTERNAL MODULE: ../../main/node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(1260);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(3132);
;// CONCATENATED MODULE: ./src/deploy/leftover-secret.ts
/**
 * Before the edge stack is created with the users in Secrets Manager: a secret
 * `<stack-name>/basic-auth` that already exists was left by an earlier edge stack (kept on
 * purpose when that stack was deleted, or, before `RetainExceptOnCreate`, when its first
 * creation rolled back). CloudFormation cannot create a secret whose name is taken, so the
 * create would fail and roll back; this says so before any change, with the commands that
 * clear the way. The secret's value is never read (DescribeSecret only).
 */


const REGION = 'us-east-1';
/** Throws a message that says what the leftover secret is and how to delete or import it. */
async function checkNoLeftoverUsersSecret(client, secretName, edgeStackName) {
    let found;
    try {
        found = await client.send(new dist_cjs.DescribeSecretCommand({ SecretId: secretName }));
    }
    catch (e) {
        if ((0,retry/* errorName */.Is)(e) === 'ResourceNotFoundException')
            return;
        throw new Error(`could not check whether the Secrets Manager secret '${secretName}' (${REGION}) is left over from an ` +
            `earlier edge stack before creating '${edgeStackName}': ${(0,retry/* errorName */.Is)(e) || 'error'}: ${(0,retry/* errorMessage */.gJ)(e)}. ` +
            `The credentials need secretsmanager:DescribeSecret on it (the bootstrap deploy role has it).`, { cause: e });
    }
    throw new Error(leftoverSecretMessage(secretName, edgeStackName, found.DeletedDate));
}
/** Pure: the message for a leftover users secret (optionally scheduled for deletion). */
function leftoverSecretMessage(secretName, edgeStackName, deletedDate) {
    const del = `aws secretsmanager delete-secret --secret-id ${secretName} --region ${REGION} --force-delete-without-recovery`;
    const what = `the Secrets Manager secret '${secretName}' (${REGION}) already exists, but the edge stack ` +
        `'${edgeStackName}' that owns it is about to be created: it is a secret left by an earlier edge ` +
        'stack that was rolled back or deleted (kept so that its passwords were not lost). ' +
        'CloudFormation cannot create the stack while a secret of that name exists.';
    if (deletedDate !== undefined) {
        return [
            `${what} It is scheduled for deletion on ${deletedDate.toISOString()} and holds the name until then.`,
            `Delete it now:  ${del}`,
            `or restore it (aws secretsmanager restore-secret --secret-id ${secretName} --region ${REGION}) and ` +
                'import it into the stack as described in the README (troubleshooting: "users secret already exists").',
        ].join('\n');
    }
    return [
        what,
        'Either delete it (its users and passwords go with it; read them first with ' +
            `\`aws secretsmanager get-secret-value --secret-id ${secretName} --region ${REGION}\` if you need them):`,
        `  ${del}`,
        '(without --force-delete-without-recovery it stays scheduled for deletion for 7 to 30 days and keeps ' +
            'blocking the name),',
        `or keep it: import it into the edge stack as resource UsersSecret (AWS::SecretsManager::Secret) with a ` +
            'change set of type IMPORT (README, troubleshooting: "users secret already exists"), ' +
            'or set `basic-auth-users` so that the stack does not create the secret.',
    ].join('\n');
}

// EXTERNAL MODULE: ../../main/node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(163);
;// CONCATENATED MODULE: ./src/deploy/changes.ts
/** The resource changes of `DescribeChangeSet` pages, in CloudFormation's order. */
function toResourceChanges(changes, noteFor) {
    const out = [];
    for (const c of changes) {
        const rc = c.ResourceChange;
        if (rc === undefined || rc.LogicalResourceId === undefined || rc.Action === undefined)
            continue;
        const note = noteFor?.(c);
        out.push({
            logicalId: rc.LogicalResourceId,
            resourceType: rc.ResourceType ?? '',
            action: rc.Action,
            replacement: rc.Replacement,
            ...(note !== undefined ? { note } : {}),
        });
    }
    return out;
}
function replacementText(c) {
    if (c.action !== 'Modify')
        return '';
    switch (c.replacement) {
        case 'True':
            return '**yes**';
        case 'Conditional':
            return 'maybe';
        case 'False':
            return 'no';
        default:
            return '';
    }
}
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The cells of each change: action, logical id, type, replacement. */
function changeRows(changes) {
    return changes.map((c) => [c.action, c.logicalId, c.resourceType, replacementText(c)]);
}
const CHANGE_TABLE_HEADER = ['Action', 'Resource', 'Type', 'Replacement'];
/**
 * A markdown table of the changes (header and one row per change), or `No changes.` when
 * there are none. Replacements are in bold: they recreate the resource.
 */
function summarizeChanges(changes) {
    if (changes.length === 0)
        return 'No changes.';
    // A Note column only when a change has one (a plan's changes it could not judge).
    const noted = changes.some((c) => c.note !== undefined);
    const header = noted ? [...CHANGE_TABLE_HEADER, 'Note'] : CHANGE_TABLE_HEADER;
    const rows = changeRows(changes).map((row, i) => noted ? [...row, changes[i]?.note ?? ''] : row);
    const lines = [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => ' --- ').join('|')}|`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ];
    return lines.join('\n');
}
/** One log line per change, e.g. `Modify Distribution (AWS::CloudFront::Distribution), replaced`. */
function changeLines(changes) {
    return changes.map((c) => {
        const r = c.action === 'Modify' ? replacementText(c).replace(/\*/g, '') : '';
        const suffix = r === 'yes' ? ', replaced' : r === 'maybe' ? ', maybe replaced' : '';
        const note = c.note !== undefined ? ` (${c.note})` : '';
        return `${c.action} ${c.logicalId} (${c.resourceType})${suffix}${note}`;
    });
}

;// CONCATENATED MODULE: ./src/deploy/messages.ts

class DeployError extends Error {
    stackName;
    stackStatus;
    failures;
    name = 'DeployError';
    constructor(message, stackName, stackStatus = undefined, failures = [], options) {
        super(message, options);
        this.stackName = stackName;
        this.stackStatus = stackStatus;
        this.failures = failures;
    }
}
/** `42s`, `3m 05s`, `1h 02m`. */
function formatElapsed(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m ${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
/** The stack's own events (as opposed to its resources'). */
function isStackEvent(e) {
    return (e.ResourceType === 'AWS::CloudFormation::Stack' &&
        (e.LogicalResourceId === e.StackName ||
            (e.PhysicalResourceId !== undefined && e.PhysicalResourceId === e.StackId)));
}
/** One line of progress: elapsed time, stack, resource, type, status, and the reason if any. */
function progressLine(stackName, e, elapsedMs) {
    const reason = e.ResourceStatusReason ? `: ${e.ResourceStatusReason}` : '';
    const resource = isStackEvent(e)
        ? 'stack'
        : `${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'})`;
    return `[${formatElapsed(elapsedMs)}] ${stackName}: ${resource} ${e.ResourceStatus ?? '?'}${reason}`;
}
/** The resources that failed, in the order of the events (oldest first). */
function failedResources(chronological) {
    const out = [];
    for (const e of chronological) {
        if (isStackEvent(e) || !(e.ResourceStatus ?? '').endsWith('_FAILED'))
            continue;
        out.push({
            logicalId: e.LogicalResourceId ?? '?',
            resourceType: e.ResourceType ?? '?',
            status: e.ResourceStatus ?? '?',
            reason: e.ResourceStatusReason ?? '(no reason given)',
        });
    }
    return out;
}
function failureLines(failures, stackReason) {
    if (failures.length === 0) {
        return stackReason ? [`  Reason: ${stackReason}`] : ['  (CloudFormation named no resource)'];
    }
    return failures.map((f) => `  - ${f.logicalId} (${f.resourceType}) ${f.status}: ${f.reason}`);
}
function statusMeaning(status) {
    switch (status) {
        case 'ROLLBACK_COMPLETE':
            return 'the creation failed and was rolled back';
        case 'ROLLBACK_FAILED':
            return 'the creation failed and so did its rollback';
        case 'UPDATE_ROLLBACK_COMPLETE':
            return 'the update failed and was rolled back; the stack is as it was before';
        case 'UPDATE_ROLLBACK_FAILED':
            return 'the update failed and so did its rollback';
        case 'CREATE_FAILED':
            return 'the creation failed';
        case 'UPDATE_FAILED':
            return 'the update failed';
        case 'DELETE_FAILED':
            return 'the deletion failed';
        default:
            return 'the operation did not complete';
    }
}
/** The error of a failed create or update: the stack, its status, the failed resources in order. */
function stackFailureMessage(stackName, status, failures, stackReason) {
    const lines = [
        `stack '${stackName}' failed with ${status} (${statusMeaning(status)}). ` +
            (failures.length > 0 ? 'Failed resources, in order:' : 'CloudFormation said:'),
        ...failureLines(failures, stackReason),
    ];
    const advice = runtimeAdvice(failures);
    if (advice !== undefined)
        lines.push(advice);
    if (status === 'UPDATE_ROLLBACK_FAILED')
        lines.push(continueRollbackHint(stackName));
    return lines.join('\n');
}
function continueRollbackHint(stackName) {
    return (`Fix or skip the resources above, then run \`aws cloudformation continue-update-rollback ` +
        `--stack-name ${stackName}\` and deploy again.`);
}
/** A stack whose first creation failed, and the user has not opted in to re-creating it. */
function rollbackCompleteMessage(stackName, status, failures, stackReason) {
    return [
        `stack '${stackName}' is in ${status}: its first creation failed, and CloudFormation ` +
            'cannot update a stack in this state, only delete it. The creation failed because of:',
        ...failureLines(failures, stackReason),
        `Fix the cause, then delete the stack (\`aws cloudformation delete-stack --stack-name ${stackName}\`), ` +
            'or set the input `recreate-failed-stack: true` to let this action delete and re-create it.',
    ].join('\n');
}
/** A stack that needs a person: UPDATE_ROLLBACK_FAILED, DELETE_FAILED, … */
function blockedStackMessage(stackName, status, failures, stackReason) {
    const fix = status === 'DELETE_FAILED'
        ? `Delete the stack by hand, retaining the resources that cannot be deleted ` +
            `(\`aws cloudformation delete-stack --stack-name ${stackName} --retain-resources …\`), then deploy again.`
        : continueRollbackHint(stackName);
    return [
        `stack '${stackName}' is in ${status} (${statusMeaning(status)}); nothing can be deployed to it until it is repaired:`,
        ...failureLines(failures, stackReason),
        fix,
    ].join('\n');
}
/** A wait that ran past `stack-timeout`. */
function timeoutMessage(stackName, activity, lastStatus, elapsedMs, timeoutSeconds) {
    return (`timed out after ${formatElapsed(elapsedMs)} waiting for stack '${stackName}' to ${activity} ` +
        `(\`stack-timeout\` is ${formatElapsed(timeoutSeconds * 1000)}); its last status was ${lastStatus}. ` +
        'CloudFormation may still be working on it: see the stack events, and raise `stack-timeout` if it is only slow.');
}
/** Turns an SDK error of one CloudFormation call into a message naming the stack and the call. */
function describeCfnError(e, action, stackName, attempts, roleArn) {
    const name = (0,retry/* errorName */.Is)(e);
    const msg = (0,retry/* errorMessage */.gJ)(e);
    if (roleArn !== undefined && isServiceRoleError(msg)) {
        return serviceRoleMessage(action, stackName, roleArn, msg);
    }
    if (name === 'AccessDenied' ||
        name === 'AccessDeniedException' ||
        (0,retry/* httpStatus */.nG)(e) === 403 ||
        /not authorized to perform/i.test(msg)) {
        return (`${action} on stack '${stackName}' was denied: ${msg}. The credentials in use need ` +
            `cloudformation:${action} on this stack (the bootstrap deploy role has it).`);
    }
    if (name === 'InsufficientCapabilitiesException') {
        return `${action} on stack '${stackName}' failed: ${msg}`;
    }
    const tries = (0,retry/* isThrottling */.E2)(e) ? ` (still throttled after ${attempts} attempts)` : '';
    const prefix = name !== '' && name !== 'Error' ? `${name}: ` : '';
    return `${action} on stack '${stackName}' failed${tries}: ${prefix}${msg}`;
}
/** The stack's own template would be refused; say so before CloudFormation does. */
function templateTooLargeMessage(stackName, bytes, limit) {
    return (`the template of stack '${stackName}' is ${bytes} bytes; CloudFormation accepts at most ` +
        `${limit} bytes in TemplateBody`);
}
/**
 * CloudFormation's words for a service role it cannot use: the caller may not pass it
 * (`iam:PassRole`), or CloudFormation cannot assume it ("Role … is invalid or cannot be
 * assumed"), or it is not a role ARN at all.
 */
function isServiceRoleError(message) {
    return (/iam:PassRole/i.test(message) ||
        /cannot be assumed/i.test(message) ||
        /is not a valid RoleARN/i.test(message) ||
        /not authorized to perform: sts:AssumeRole/i.test(message));
}
/** What to do when the CloudFormation service role (`cloudformation-role`) cannot be used. */
function serviceRoleMessage(action, stackName, roleArn, cause) {
    return (`${action} on stack '${stackName}' failed: CloudFormation could not use the service role ` +
        `${roleArn} (input \`cloudformation-role\`): ${cause}. The role must exist, trust ` +
        'cloudformation.amazonaws.com, and the credentials of this run need iam:PassRole on it ' +
        '(the bootstrap stack creates `<stack-name>-cloudformation` and grants the deploy role that). ' +
        'Deploy or update the bootstrap stack, set `cloudformation-role` to the right ARN, or `none` ' +
        "to let CloudFormation act with this run's own credentials.");
}
/**
 * CloudFront refuses the edge function's runtime (`InvalidLambdaFunctionAssociation`,
 * "… runtime … not supported"): advice naming the input that picks it.
 */
function runtimeAdvice(failures) {
    const refused = failures.some((f) => /InvalidLambdaFunctionAssociation/i.test(f.reason) &&
        /runtime/i.test(f.reason) &&
        /not supported/i.test(f.reason));
    return refused
        ? "CloudFront refused the edge function's runtime for Lambda@Edge. Set the input " +
            '`edge-runtime: nodejs22.x` and deploy again (a new function version is published).'
        : undefined;
}

;// CONCATENATED MODULE: ./src/deploy/status.ts
/**
 * What a CloudFormation stack status means for a deploy, and the names we give change sets.
 * Pure.
 */
/** The stack tag that records what was last deployed (template + parameters). */
const FINGERPRINT_TAG = 'secure-dist:fingerprint';
/** CloudFormation's limit on `TemplateBody`. */
const TEMPLATE_BODY_LIMIT = 51_200;
/** Change set names: a letter, then letters, digits and hyphens; at most 128 characters. */
const CHANGE_SET_NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
/**
 * Something is running on the stack. `REVIEW_IN_PROGRESS` is not: it is a stack that exists
 * only to hold a CREATE change set that was never executed, and it stays so until deleted.
 */
function isInProgress(status) {
    return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
/** A stack that is done with its last operation and is what its tags say it is. */
function isSettledSuccess(status) {
    return (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE');
}
/** A stack whose first creation failed: it cannot be updated, only deleted. */
function needsRecreate(status) {
    return (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED');
}
/** A stack that needs a person before anything can be deployed to it. */
function isBlocked(status) {
    return (status === 'UPDATE_ROLLBACK_FAILED' ||
        status === 'DELETE_FAILED' ||
        status === 'IMPORT_ROLLBACK_FAILED');
}
/** The status that ends a successful execution of a change set of this type. */
function successStatus(type) {
    return type === 'CREATE' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
}
/**
 * CloudFormation refuses an empty change set with status FAILED and one of these reasons;
 * for a deploy it means "nothing to do".
 */
function isEmptyChangeSetReason(reason) {
    if (reason === undefined)
        return false;
    return (reason.includes("didn't contain changes") ||
        reason.includes('did not contain changes') ||
        reason.includes('No updates are to be performed'));
}
/**
 * A unique change set name: `secure-dist-<UTC timestamp>-<6 random base-36 characters>`,
 * e.g. `secure-dist-20260301T120000Z-k3x9q2`.
 */
function newChangeSetName(nowMs, random) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:]/g, '');
    const r = Math.min(Math.max(random(), 0), 0.999_999_999);
    const suffix = Math.floor(r * 36 ** 6)
        .toString(36)
        .padStart(6, '0');
    return `secure-dist-${stamp}-${suffix}`;
}

;// CONCATENATED MODULE: ./src/deploy/context.ts
/**
 * What every step of one stack operation shares: the client, the stack's name, the options,
 * the deadline, and `call` (throttling retried, errors that name the stack and the call).
 */





/** First and longest pause between two polls. */
const POLL_FIRST_MS = 2000;
const POLL_MAX_MS = 10_000;
/** Attempts at one CloudFormation call that is throttled. */
const THROTTLE_ATTEMPTS = 6;
function makeCtx(client, name, opts, roleArn) {
    const start = opts.now();
    const random = opts.random ?? Math.random;
    const call = async (action, fn) => {
        let attempts = 0;
        try {
            return await (0,retry/* retry */.L5)((n) => {
                attempts = n;
                return fn();
            }, {
                attempts: THROTTLE_ATTEMPTS,
                baseDelayMs: 1000,
                maxDelayMs: POLL_MAX_MS,
                sleep: opts.sleep,
                random,
                retryable: retry/* isThrottling */.E2,
                onRetry: (_e, n, delay) => opts.log(`${name}: ${action} throttled (attempt ${n}/${THROTTLE_ATTEMPTS}), retrying in ${formatElapsed(delay)}`),
            });
        }
        catch (e) {
            if (e instanceof DeployError || (0,stack_outputs.isStackMissing)(e))
                throw e;
            throw new DeployError(describeCfnError(e, action, name, attempts, roleArn), name, undefined, [], { cause: e });
        }
    };
    return {
        client,
        name,
        opts,
        random,
        start,
        deadline: start + opts.timeoutSeconds * 1000,
        call,
        roleArn,
    };
}
function statusOf(s) {
    return s.StackStatus ?? 'UNKNOWN';
}
function tagValue(s, key) {
    return s.Tags?.find((t) => t.Key === key)?.Value;
}
function changeSetNameFor(ctx) {
    const name = ctx.opts.changeSetName ?? newChangeSetName(ctx.start, ctx.random);
    if (!CHANGE_SET_NAME_PATTERN.test(name)) {
        throw new DeployError(`change set name '${name}' for stack '${ctx.name}' is not valid: it must start with a letter, ` +
            'contain only letters, digits and hyphens, and be at most 128 characters long', ctx.name);
    }
    return name;
}
/** The stack, or undefined when it does not exist (or is deleted). */
async function describeStack(ctx, ref) {
    try {
        const res = await ctx.call('DescribeStacks', () => ctx.client.send(new client_cloudformation_dist_cjs.DescribeStacksCommand({ StackName: ref })));
        const s = res.Stacks?.[0];
        return s === undefined || s.StackStatus === 'DELETE_COMPLETE' ? undefined : s;
    }
    catch (e) {
        if ((0,stack_outputs.isStackMissing)(e))
            return undefined;
        throw e;
    }
}
/** Sleeps the next poll interval, or throws `onTimeout()` once the deadline has passed. */
async function pollPause(ctx, delay, onTimeout) {
    const now = ctx.opts.now();
    const remaining = ctx.deadline - now;
    if (remaining <= 0)
        throw onTimeout(now - ctx.start);
    await ctx.opts.sleep(Math.min(delay, remaining));
    return Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
}

;// CONCATENATED MODULE: ./src/deploy/change-set.ts
/**
 * Change sets: created with a unique name (and, for deploys, the service role), polled until
 * CloudFormation has computed them, read (all pages), and deleted again when not executed.
 */






const DEFAULT_CAPABILITIES = [
    'CAPABILITY_IAM',
    'CAPABILITY_NAMED_IAM',
];
/**
 * `roleArn`: the service role CloudFormation assumes for this and every later operation on the
 * stack (`RoleARN`); plan passes none (CloudFormation then uses the role the stack has).
 */
async function createChangeSet(ctx, stack, type, name, roleArn) {
    const bytes = Buffer.byteLength(stack.templateBody, 'utf8');
    if (bytes > TEMPLATE_BODY_LIMIT) {
        throw new DeployError(templateTooLargeMessage(ctx.name, bytes, TEMPLATE_BODY_LIMIT), ctx.name);
    }
    const tags = Object.entries({ ...stack.tags, [FINGERPRINT_TAG]: stack.fingerprint }).map(([Key, Value]) => ({ Key, Value }));
    ctx.opts.log(`${ctx.name}: creating change set ${name} (${type})`);
    const res = await ctx.call('CreateChangeSet', () => ctx.client.send(new client_cloudformation_dist_cjs.CreateChangeSetCommand({
        StackName: ctx.name,
        ChangeSetName: name,
        ChangeSetType: type,
        ClientToken: name,
        Description: 'secure-dist-action',
        TemplateBody: stack.templateBody,
        Parameters: stack.parameters.map((p) => ({
            ParameterKey: p.ParameterKey,
            ParameterValue: p.ParameterValue,
        })),
        Capabilities: [...(stack.capabilities ?? DEFAULT_CAPABILITIES)],
        Tags: tags,
        ...(roleArn !== undefined ? { RoleARN: roleArn } : {}),
    })));
    return { name, id: res.Id ?? name, stackId: res.StackId ?? ctx.name, type };
}
function describeChangeSetPage(ctx, cs, nextToken) {
    return ctx.call('DescribeChangeSet', () => ctx.client.send(new client_cloudformation_dist_cjs.DescribeChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
    })));
}
/** Polls until CloudFormation has computed the change set; returns its first page. */
async function waitForChangeSet(ctx, cs) {
    let delay = POLL_FIRST_MS;
    for (;;) {
        const res = await describeChangeSetPage(ctx, cs, undefined);
        const status = res.Status ?? 'UNKNOWN';
        if (status !== 'CREATE_PENDING' && status !== 'CREATE_IN_PROGRESS')
            return res;
        delay = await pollPause(ctx, delay, (elapsed) => new DeployError(timeoutMessage(ctx.name, `compute change set ${cs.name}`, `change set ${status}`, elapsed, ctx.opts.timeoutSeconds), ctx.name));
    }
}
/** Every change of the change set, all pages. */
async function allChanges(ctx, cs, first) {
    const changes = [...(first.Changes ?? [])];
    let token = first.NextToken;
    const tokens = new Set();
    while (token !== undefined && token !== '' && !tokens.has(token)) {
        tokens.add(token);
        const page = await describeChangeSetPage(ctx, cs, token);
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    }
    return toResourceChanges(changes, ctx.opts.noteFor);
}
function changeSetFailed(ctx, cs, reason) {
    const why = reason ?? 'no reason given';
    if (ctx.roleArn !== undefined && isServiceRoleError(why)) {
        return new DeployError(serviceRoleMessage(`change set ${cs.name}`, ctx.name, ctx.roleArn, why), ctx.name);
    }
    return new DeployError(`change set ${cs.name} for stack '${ctx.name}' failed: ${why}`, ctx.name);
}
/**
 * Deletes the change set, never the stack: a CREATE change set leaves the stack in
 * REVIEW_IN_PROGRESS, holding nothing, and the next deploy creates it with its own change
 * set (a plan role may not delete stacks). Returns the error instead of throwing it, so that a
 * caller's own error comes first.
 */
async function discardChangeSet(ctx, cs) {
    try {
        await ctx.call('DeleteChangeSet', () => ctx.client.send(new client_cloudformation_dist_cjs.DeleteChangeSetCommand({ ChangeSetName: cs.id, StackName: cs.stackId })));
        return [];
    }
    catch (e) {
        return [e];
    }
}
function logCleanupErrors(ctx, errors) {
    for (const e of errors)
        ctx.opts.log(`${ctx.name}: cleanup failed: ${(0,retry/* errorMessage */.gJ)(e)}`);
}

;// CONCATENATED MODULE: ./src/deploy/drift.ts
/**
 * `verify-stacks`: before a stack is skipped because its fingerprint tag matches, CloudFormation
 * drift detection compares its live resources with the template (DetectStackDrift, then
 * DescribeStackDriftDetectionStatus until done, then DescribeStackResourceDrifts). A drifted
 * resource (changed or deleted outside CloudFormation, e.g. the distribution's function
 * association swapped by hand) fails the step, naming the stack, the resource and the
 * properties; the values are not printed. In sync, the skip goes ahead.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DetectStackDrift.html
 *
 * IAM: cloudformation:DetectStackDrift (CloudFormation also authorizes
 * cloudformation:DetectStackResourceDrift for it) and DescribeStackResourceDrifts on the stack,
 * DescribeStackDriftDetectionStatus (no resource-level permission: `*`). CloudFormation reads
 * the live resources with the caller's credentials, so the role also needs read access to every
 * resource of the stack (the Get/Describe actions it already has for deploying them).
 */



/** Throws a `DeployError` listing the drifted resources; returns when the stack is in sync. */
async function verifyNoDrift(ctx, stackRef) {
    ctx.opts.log(`${ctx.name}: verify-stacks: detecting drift before trusting the fingerprint`);
    const started = await ctx.call('DetectStackDrift', () => ctx.client.send(new client_cloudformation_dist_cjs.DetectStackDriftCommand({ StackName: stackRef })));
    const id = started.StackDriftDetectionId;
    if (id === undefined) {
        throw new DeployError(`DetectStackDrift on stack '${ctx.name}' answered no detection id`, ctx.name);
    }
    let delay = POLL_FIRST_MS;
    let status;
    for (;;) {
        status = await ctx.call('DescribeStackDriftDetectionStatus', () => ctx.client.send(new client_cloudformation_dist_cjs.DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: id })));
        if (status.DetectionStatus !== 'DETECTION_IN_PROGRESS')
            break;
        delay = await pollPause(ctx, delay, (elapsed) => new DeployError(timeoutMessage(ctx.name, 'finish drift detection', 'DETECTION_IN_PROGRESS', elapsed, ctx.opts.timeoutSeconds), ctx.name));
    }
    if (status.StackDriftStatus === 'DRIFTED') {
        const drifts = await driftedResources(ctx, stackRef);
        throw new DeployError(driftMessage(ctx.name, drifts), ctx.name);
    }
    if (status.DetectionStatus === 'DETECTION_FAILED' || status.StackDriftStatus !== 'IN_SYNC') {
        throw new DeployError(`stack '${ctx.name}': drift detection (verify-stacks) could not confirm the stack is in sync ` +
            `(${status.DetectionStatus ?? '?'}, ${status.StackDriftStatus ?? '?'}): ` +
            `${status.DetectionStatusReason ?? 'no reason given'}. Drift detection reads every resource ` +
            "with this run's credentials: they need read access to each of them.", ctx.name);
    }
    ctx.opts.log(`${ctx.name}: in sync with its template (drift detection)`);
}
async function driftedResources(ctx, stackRef) {
    const out = [];
    let token;
    const seen = new Set();
    do {
        const page = await ctx.call('DescribeStackResourceDrifts', () => ctx.client.send(new client_cloudformation_dist_cjs.DescribeStackResourceDriftsCommand({
            StackName: stackRef,
            StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
            ...(token !== undefined ? { NextToken: token } : {}),
        })));
        out.push(...(page.StackResourceDrifts ?? []).map(toResourceDrift));
        token = page.NextToken;
        if (token !== undefined && seen.has(token))
            break;
        if (token !== undefined)
            seen.add(token);
    } while (token !== undefined && token !== '');
    return out;
}
function toResourceDrift(d) {
    return {
        logicalId: d.LogicalResourceId ?? '?',
        resourceType: d.ResourceType ?? '?',
        status: d.StackResourceDriftStatus ?? '?',
        properties: (d.PropertyDifferences ?? []).map((p) => `${p.PropertyPath ?? '?'} (${(p.DifferenceType ?? '?').toLowerCase()})`),
    };
}
/** Pure: the failure of a drifted stack. */
function driftMessage(stackName, drifts) {
    const lines = drifts.map((d) => `  - ${d.logicalId} (${d.resourceType}) ${d.status}` +
        (d.properties.length > 0 ? `: ${d.properties.join(', ')}` : ''));
    return [
        `stack '${stackName}' has drifted: its resources were changed outside CloudFormation ` +
            '(verify-stacks). Drifted resources:',
        ...(lines.length > 0 ? lines : ['  (CloudFormation listed none)']),
        'Find out who changed them (CloudTrail) and why. To restore what the template says, change ' +
            'the template or a parameter so that the next deploy updates the stack, or revert the change by ' +
            `hand; see \`aws cloudformation describe-stack-resource-drifts --stack-name ${stackName}\`.`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/events.ts
/**
 * The events of one stack operation, read as they come: each poll returns only the events
 * that are new since the operation began and were not returned before (by EventId).
 */


/** DescribeStackEvents pages read at most per poll (100 events a page). */
const MAX_EVENT_PAGES = 10;
class StackEventLog {
    client;
    call;
    stackRef;
    since;
    seen = new Set();
    /** Every event collected so far, oldest first. */
    events = [];
    /**
     * @param stackRef the stack id where known (it keeps answering after a deletion), else the name
     * @param since events before this time (CloudFormation's clock) belong to earlier operations
     */
    constructor(client, call, stackRef, since) {
        this.client = client;
        this.call = call;
        this.stackRef = stackRef;
        this.since = since;
    }
    /**
     * Marks the events already there (the newest page) as seen, without returning them: for an
     * operation about to start on a stack with a history.
     */
    async prime() {
        try {
            const res = await this.call('DescribeStackEvents', () => this.client.send(new client_cloudformation_dist_cjs.DescribeStackEventsCommand({ StackName: this.stackRef })));
            for (const e of res.StackEvents ?? [])
                if (e.EventId !== undefined)
                    this.seen.add(e.EventId);
        }
        catch (e) {
            if (!(0,stack_outputs.isStackMissing)(e))
                throw e;
        }
    }
    /** The new events, oldest first. */
    async poll() {
        const fresh = [];
        const thisPoll = new Set();
        let nextToken;
        pages: for (let page = 0; page < MAX_EVENT_PAGES; page++) {
            let res;
            try {
                res = await this.call('DescribeStackEvents', () => this.client.send(new client_cloudformation_dist_cjs.DescribeStackEventsCommand({
                    StackName: this.stackRef,
                    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
                })));
            }
            catch (e) {
                if ((0,stack_outputs.isStackMissing)(e))
                    break; // deleted, and named by name: no more events to read
                throw e;
            }
            // Newest first: stop at the first event seen by an earlier poll or older than the operation.
            for (const e of res.StackEvents ?? []) {
                if (e.EventId === undefined)
                    continue;
                if (this.seen.has(e.EventId))
                    break pages;
                if (this.since !== undefined && e.Timestamp !== undefined && e.Timestamp < this.since) {
                    break pages;
                }
                if (thisPoll.has(e.EventId))
                    continue;
                thisPoll.add(e.EventId);
                fresh.push(e);
            }
            nextToken = res.NextToken;
            if (nextToken === undefined || nextToken === '')
                break;
        }
        fresh.reverse();
        for (const e of fresh)
            if (e.EventId !== undefined)
                this.seen.add(e.EventId);
        this.events.push(...fresh);
        return fresh;
    }
}

;// CONCATENATED MODULE: ./src/deploy/wait.ts




/**
 * Polls the stack (and logs its new events) until `isDone`; throws at the deadline.
 * `isDone` gets the stack (undefined once deleted) and whether an in-progress status was seen.
 */
async function waitForStack(ctx, ref, events, activity, isDone) {
    let delay = POLL_FIRST_MS;
    let sawInProgress = false;
    for (;;) {
        const s = await describeStack(ctx, ref);
        if (events !== undefined) {
            for (const e of await events.poll()) {
                ctx.opts.log(progressLine(ctx.name, e, ctx.opts.now() - ctx.start));
            }
        }
        const last = s === undefined ? 'DELETE_COMPLETE' : statusOf(s);
        if (isInProgress(last))
            sawInProgress = true;
        if (isDone(s, sawInProgress))
            return s;
        delay = await pollPause(ctx, delay, (elapsed) => new DeployError(timeoutMessage(ctx.name, activity, last, elapsed, ctx.opts.timeoutSeconds), ctx.name, last));
    }
}
/** Done once the stack is gone or no operation runs on it. */
const settled = (x) => x === undefined || !isInProgress(statusOf(x));
/** A stack busy with an operation started elsewhere: wait until it settles. */
async function waitForSettle(ctx, s) {
    const status = statusOf(s);
    ctx.opts.log(`${ctx.name}: ${status}; waiting for the operation in progress to finish`);
    const ref = s.StackId ?? ctx.name;
    const since = s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
    const events = new StackEventLog(ctx.client, ctx.call, ref, since);
    const done = await waitForStack(ctx, ref, events, `finish its ${status} operation`, settled);
    ctx.opts.log(`${ctx.name}: ${done === undefined ? 'deleted' : statusOf(done)}`);
    return done;
}
/** The failed resources of the stack's last operation (for a stack found failed). */
async function lastFailures(ctx, s) {
    const since = needsRecreate(statusOf(s))
        ? s.CreationTime
        : (s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime);
    const events = new StackEventLog(ctx.client, ctx.call, s.StackId ?? ctx.name, since);
    await events.poll();
    return failedResources(events.events);
}

;// CONCATENATED MODULE: ./src/deploy/recreate.ts
/**
 * The stack as found before a deploy or plan: waited for when busy, refused when nothing can
 * be deployed to it, and, when its first creation failed and `recreate-failed-stack` is set,
 * deleted (with the service role, `cloudformation-role`) so that it can be created again.
 */






async function deleteStackAndWait(ctx, s, token, roleArn) {
    const ref = s.StackId ?? ctx.name;
    const events = new StackEventLog(ctx.client, ctx.call, ref, undefined);
    await events.prime();
    await ctx.call('DeleteStack', () => ctx.client.send(new client_cloudformation_dist_cjs.DeleteStackCommand({
        StackName: ref,
        ClientRequestToken: token,
        ...(roleArn !== undefined ? { RoleARN: roleArn } : {}),
    })));
    const final = await waitForStack(ctx, ref, events, 'be deleted', settled);
    if (final !== undefined) {
        const failures = failedResources(events.events);
        throw new DeployError(stackFailureMessage(ctx.name, statusOf(final), failures, final.StackStatusReason), ctx.name, statusOf(final), failures);
    }
}
/**
 * Reads the stack; waits if it is busy; refuses the states nothing can be deployed to.
 * `recreate` is given a stack whose first creation failed, when `recreateFailed` is set.
 */
async function currentStack(ctx, recreateFailed, recreate) {
    let current = await describeStack(ctx, ctx.name);
    if (current !== undefined && isInProgress(statusOf(current))) {
        current = await waitForSettle(ctx, current);
    }
    return current === undefined
        ? undefined
        : checkDeployable(ctx, current, recreateFailed, recreate);
}
async function checkDeployable(ctx, current, recreateFailed, recreate) {
    const status = statusOf(current);
    if (needsRecreate(status)) {
        const failures = await lastFailures(ctx, current);
        if (!recreateFailed) {
            throw new DeployError(rollbackCompleteMessage(ctx.name, status, failures, current.StackStatusReason), ctx.name, status, failures);
        }
        ctx.opts.log(`${ctx.name}: ${status} (its first creation failed: ${failures.map((f) => `${f.logicalId}: ${f.reason}`).join('; ') ||
            (current.StackStatusReason ?? 'no reason given')}); deleting it to create it again (recreate-failed-stack)`);
        await recreate(current);
        return undefined;
    }
    if (isBlocked(status)) {
        const failures = await lastFailures(ctx, current);
        throw new DeployError(blockedStackMessage(ctx.name, status, failures, current.StackStatusReason), ctx.name, status, failures);
    }
    return current;
}

;// CONCATENATED MODULE: ./src/deploy/stack.ts
/**
 * Deploying one stack with a change set of a unique name.
 *
 * - A stack whose `secure-dist:fingerprint` tag matches is skipped with a single call.
 * - An empty change set is success ("unchanged").
 * - A stack busy with another operation is waited for (./wait.ts); one whose first creation
 *   failed is re-created only on request (`recreate-failed-stack`, ./recreate.ts). A stack left
 *   in REVIEW_IN_PROGRESS (by a plan, or a change set that failed) is created by a CREATE
 *   change set on it.
 * - The service role (`cloudformation-role`) goes on every CreateChangeSet as `RoleARN`.
 * - Every wait ends at `timeoutSeconds` with an error that names the stack, its last status
 *   and the time waited. Throttled calls are retried.
 * - Failures list the failed resources, in order, with the reasons from the stack events.
 *
 * The client, `sleep` and the clock come from the caller: tests drive time, nothing waits.
 */











function fingerprintMatches(s, fingerprint) {
    return (s !== undefined &&
        isSettledSuccess(statusOf(s)) &&
        tagValue(s, FINGERPRINT_TAG) === fingerprint &&
        fingerprint !== '');
}
/**
 * Deploys one stack; see the module comment. Throws a `DeployError` that names the stack and
 * says what to do.
 */
async function deployStack(client, stack, opts) {
    const ctx = makeCtx(client, stack.stackName, opts, opts.roleArn);
    const csName = changeSetNameFor(ctx);
    const result = (status, s, changes) => ({
        stackName: ctx.name,
        status,
        outputs: (0,stack_outputs.outputsOf)(s),
        changes,
        durationMs: opts.now() - ctx.start,
        stackStatus: statusOf(s),
    });
    // One DescribeStacks when the stack is settled; more only when it is busy or failed.
    const current = await currentStack(ctx, opts.recreateFailed, async (s) => {
        await opts.beforeCreate?.();
        await deleteStackAndWait(ctx, s, `${csName}-delete`.slice(0, 128), opts.roleArn);
    });
    if (fingerprintMatches(current, stack.fingerprint)) {
        if (opts.verifyDrift === true)
            await verifyNoDrift(ctx, current.StackId ?? ctx.name);
        opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches); skipped`);
        return result('skipped', current, []);
    }
    const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
    const type = existed ? 'UPDATE' : 'CREATE';
    if (type === 'CREATE')
        await opts.beforeCreate?.();
    const cs = await createChangeSet(ctx, stack, type, csName, opts.roleArn);
    let described;
    try {
        described = await waitForChangeSet(ctx, cs);
    }
    catch (e) {
        logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
        throw e;
    }
    if (described.Status !== 'CREATE_COMPLETE') {
        logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
        if (current !== undefined && existed && isEmptyChangeSetReason(described.StatusReason)) {
            opts.log(`${ctx.name}: no changes`);
            return result('unchanged', current, []);
        }
        throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
    }
    if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
        logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
        throw new DeployError(`change set ${cs.name} for stack '${ctx.name}' cannot be executed: its execution status is ` +
            `${described.ExecutionStatus}${described.StatusReason ? ` (${described.StatusReason})` : ''}`, ctx.name, current === undefined ? undefined : statusOf(current));
    }
    const changes = await allChanges(ctx, cs, described);
    for (const line of changeLines(changes))
        opts.log(`${ctx.name}: ${line}`);
    // Events of the execution: newer than the change set, and not among those already there.
    const events = new StackEventLog(client, ctx.call, cs.stackId, described.CreationTime);
    await events.prime();
    // Without a service role CloudFormation acts with the caller's session: make sure it lasts.
    await opts.beforeExecute?.(opts.timeoutSeconds * 1000);
    await ctx.call('ExecuteChangeSet', () => client.send(new client_cloudformation_dist_cjs.ExecuteChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ClientRequestToken: cs.name,
    })));
    const final = await waitForStack(ctx, cs.stackId, events, type === 'CREATE' ? 'be created' : 'be updated', (s, sawInProgress) => {
        if (s === undefined)
            return true;
        const st = statusOf(s);
        if (isInProgress(st) || st === 'REVIEW_IN_PROGRESS')
            return false;
        // Right after ExecuteChangeSet an update may still show the previous, settled status.
        return type === 'CREATE' || sawInProgress || events.events.some(isStackEvent);
    });
    if (final === undefined) {
        throw new DeployError(`stack '${ctx.name}' was deleted while it was being ${type === 'CREATE' ? 'created' : 'updated'}`, ctx.name, 'DELETE_COMPLETE');
    }
    const status = statusOf(final);
    if (status !== successStatus(type)) {
        const failures = failedResources(events.events);
        throw new DeployError(stackFailureMessage(ctx.name, status, failures, final.StackStatusReason), ctx.name, status, failures);
    }
    const done = result(type === 'CREATE' ? 'created' : 'updated', final, changes);
    opts.log(`${ctx.name}: ${done.status} in ${formatElapsed(done.durationMs)} (${changes.length} change${changes.length === 1 ? '' : 's'})`);
    return done;
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts





async function planStack(client, stack, opts) {
    const ctx = makeCtx(client, stack.stackName, opts);
    const csName = changeSetNameFor(ctx);
    const plan = (status, changes) => ({
        stackName: ctx.name,
        status,
        changes,
    });
    // A stack whose first creation failed cannot be planned: the error says what to do.
    const current = await currentStack(ctx, false, () => Promise.resolve());
    if (fingerprintMatches(current, stack.fingerprint)) {
        opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches)`);
        return plan('skipped', []);
    }
    const existed = current !== undefined && statusOf(current) !== 'REVIEW_IN_PROGRESS';
    const type = existed ? 'UPDATE' : 'CREATE';
    const cs = await createChangeSet(ctx, stack, type, csName, undefined);
    let outcome;
    try {
        const described = await waitForChangeSet(ctx, cs);
        if (described.Status === 'CREATE_COMPLETE') {
            const changes = await allChanges(ctx, cs, described);
            outcome = { ok: true, plan: plan(type === 'CREATE' ? 'create' : 'update', changes) };
        }
        else if (existed && isEmptyChangeSetReason(described.StatusReason)) {
            outcome = { ok: true, plan: plan('unchanged', []) };
        }
        else {
            throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
        }
    }
    catch (e) {
        outcome = { ok: false, error: e };
    }
    const cleanup = await discardChangeSet(ctx, cs);
    if (!outcome.ok) {
        logCleanupErrors(ctx, cleanup);
        throw outcome.error;
    }
    const [firstCleanupError] = cleanup;
    if (firstCleanupError !== undefined)
        throw firstCleanupError;
    opts.log(`${ctx.name}: ${outcome.plan.status === 'unchanged' ? 'no changes' : `${outcome.plan.changes.length} change(s) to ${type === 'CREATE' ? 'create the stack' : 'update the stack'}`}`);
    return outcome.plan;
}

;// CONCATENATED MODULE: ./src/deploy/index.ts
/** The stack deployment engine: deploy or plan one CloudFormation stack with change sets. */







// EXTERNAL MODULE: ./src/synth/index.ts + 8 modules
var src_synth = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/commands/synth.ts
var commands_synth = __webpack_require__(2649);
// EXTERNAL MODULE: ./src/commands/sync.ts + 7 modules
var sync = __webpack_require__(887);
;// CONCATENATED MODULE: ./src/commands/deploy.ts








/** A rendered stack as the deploy engine takes it, tagged with its own name. */
const stackInput = (s) => ({
    stackName: s.stackName,
    templateBody: s.templateBody,
    parameters: s.parameters,
    fingerprint: s.fingerprint,
    tags: { 'secure-dist:stack': s.stackName },
});
/** How long to wait for a stack, on the command's clock, logging progress. */
function stackOptions(inputs, ctx) {
    return {
        timeoutSeconds: inputs.stackTimeoutSeconds,
        sleep: ctx.sleep,
        now: ctx.now,
        log: (line) => ctx.log.info(line),
    };
}
function siteInfo(siteOutputs, edgeVersionArn) {
    return {
        url: siteOutputs.Url,
        bucket: siteOutputs.BucketName,
        distributionId: siteOutputs.DistributionId,
        distributionDomain: siteOutputs.DistributionDomainName,
        edgeVersionArn,
    };
}
function edgeVersionOf(edge) {
    const arn = edge.outputs.EdgeFunctionVersionArn;
    if (arn === undefined) {
        throw new Error(`stack '${edge.stackName}' has no output EdgeFunctionVersionArn: was it deployed by this action?`);
    }
    return arn;
}
/**
 * The edge stack with exactly these users baked in, its version into the site stack, the site
 * stack. No content sync: what `rotate` deploys.
 */
async function deployStacks(inputs, ctx, users) {
    const synth = (0,commands_synth/* synthFor */.Id)(inputs, users);
    const renew = ctx.clients.ensureCredentialsValidFor?.bind(ctx.clients);
    const common = {
        ...stackOptions(inputs, ctx),
        recreateFailed: inputs.recreateFailedStack,
        roleArn: (0,commands_synth/* cloudFormationRoleArn */.Mh)(inputs),
        verifyDrift: inputs.verifyStacks,
        // The stack operation must not outlive the credentials that started it.
        ...(renew !== undefined ? { beforeExecute: renew } : {}),
    };
    const usersInSecret = inputs.basicAuthUsers.length === 0;
    const edge = await deployStack(ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz), stackInput(synth.edge), {
        ...common,
        // A users secret left by an earlier edge stack would make the create fail: say so first.
        ...(usersInSecret
            ? {
                beforeCreate: () => checkNoLeftoverUsersSecret(ctx.clients.secretsManager(), (0,users_secret/* secretName */.Gf)(inputs.stackName), synth.edge.stackName),
            }
            : {}),
    });
    const edgeVersionArn = edgeVersionOf(edge);
    const site = await deployStack(ctx.clients.cloudFormation(inputs.region), stackInput((0,src_synth/* withEdgeWebAcl */.iP)((0,src_synth/* withEdgeVersion */.OY)(synth.site, edgeVersionArn), edge.outputs)), common);
    return { edge, site, info: siteInfo(site.outputs, edgeVersionArn) };
}
/** Users from `basic-auth-users` or the secret (see `edgeUsers` in ./rotate.ts). */
async function deployCommand(inputs, ctx, users) {
    const { edge, site, info } = await deployStacks(inputs, ctx, users);
    if (info.bucket === undefined) {
        throw new Error(`stack '${site.stackName}' has no output BucketName: was it deployed by this action?`);
    }
    const content = await (0,sync.syncAndInvalidate)(inputs, {
        bucket: info.bucket,
        distributionId: info.distributionId,
        newDistribution: site.status === 'created',
    }, ctx);
    return { edge, site, info, content };
}
/** A version ARN CloudFormation accepts in a change set while the edge stack does not exist yet. */
const PENDING_EDGE_VERSION = 'arn:aws:lambda:us-east-1:000000000000:function:pending-edge-function:1';
/** Stand-in user when the users live in Secrets Manager: plan never reads the secret. */
const PLAN_STAND_IN_USER = 'plan-stand-in';
const CODE_NOT_COMPARED = 'function code not compared: plan never sees passwords';
/**
 * The edge function's code-only changes in a plan: its code comes from stand-in hashes, so a
 * change of `Code` (and the new version that follows from it) says nothing about the deploy.
 */
function edgeCodeNote(change) {
    const rc = change.ResourceChange;
    if (rc?.Action !== 'Modify')
        return undefined;
    const codeProps = rc.LogicalResourceId === 'EdgeFunction'
        ? ['Code']
        : rc.LogicalResourceId === 'EdgeFunctionVersion'
            ? ['Description']
            : undefined;
    const details = rc.Details ?? [];
    if (codeProps === undefined || details.length === 0)
        return undefined;
    const codeOnly = details.every((d) => (d.Target?.Attribute === 'Properties' && codeProps.includes(d.Target.Name ?? '')) ||
        (d.ChangeSource === 'ResourceReference' &&
            d.CausingEntity?.startsWith('EdgeFunction') === true));
    return codeOnly ? CODE_NOT_COMPARED : undefined;
}
/**
 * What a deploy would change. Plan never reads a password (issue 15 #4): not
 * `basic-auth-users`' passwords, not the users secret, not the edge stack's template. The
 * edge stack is rendered with stand-in hashes of the real shape; its code-only changes are
 * marked as not compared; the summary says what was skipped and why.
 */
async function planCommand(inputs, ctx) {
    const edgeClient = ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz);
    const deployedEdge = await (0,stack_outputs.findStack)(edgeClient, `${inputs.stackName}-edge`, clients/* EDGE_REGION */.Dz);
    const noUsersGiven = inputs.basicAuthUsers.length === 0;
    // Without `basic-auth-users` (a pull request never gets passwords), the users mode is the one
    // the edge stack was deployed with, so a site that keeps its users in `basic-auth-users` does
    // not show its users secret as a change; before the first deploy it is the secret.
    const usersInSecret = noUsersGiven && deployedEdge?.parameters.UsersInSecretsManager !== 'false';
    const names = noUsersGiven ? [PLAN_STAND_IN_USER] : inputs.basicAuthUsers.map((u) => u.user);
    const synth = (0,commands_synth/* synthFor */.Id)(inputs, names.map((user) => ({ user, password: 'stand-in' })), true, usersInSecret);
    const common = stackOptions(inputs, ctx);
    const skipped = [
        'The edge function is rendered with stand-in password hashes: plan never sees passwords, so ' +
            "changes of the function's code (users or passwords) are not compared; they show at deploy.",
    ];
    if (usersInSecret) {
        skipped.push(`The users secret \`${(0,users_secret/* secretName */.Gf)(inputs.stackName)}\` (${clients/* EDGE_REGION */.Dz}) was not read: plan never reads ` +
            'passwords (its role may not), so the edge function was planned with one stand-in user.');
    }
    else if (noUsersGiven) {
        skipped.push('`basic-auth-users` was not given: the edge function was planned with one stand-in user, ' +
            'in the users mode the edge stack was deployed with (`basic-auth-users`, no secret).');
    }
    const edge = await planStack(edgeClient, stackInput(synth.edge), {
        ...common,
        noteFor: edgeCodeNote,
    });
    // The site stack is planned against the edge version in use; a new one only changes the association.
    const currentEdge = deployedEdge?.outputs;
    const edgeVersionArn = currentEdge?.EdgeFunctionVersionArn;
    if (edgeVersionArn === undefined) {
        skipped.push(`The edge stack \`${synth.edge.stackName}\` is not deployed yet: the site stack was planned with a ` +
            'placeholder edge function version.');
    }
    const site = await planStack(ctx.clients.cloudFormation(inputs.region), stackInput((0,src_synth/* withEdgeWebAcl */.iP)((0,src_synth/* withEdgeVersion */.OY)(synth.site, edgeVersionArn ?? PENDING_EDGE_VERSION), {
        // `rate-limit` set before the edge stack has its web ACL: a stand-in of the same shape.
        WebAclArn: src_synth/* PENDING_WEB_ACL_ARN */.a5,
        ...currentEdge,
    })), common);
    const siteOutputs = (await (0,stack_outputs.findStackOutputs)(ctx.clients.cloudFormation(inputs.region), synth.site.stackName, inputs.region)) ?? {};
    const info = siteInfo(siteOutputs, edgeVersionArn);
    const content = info.bucket === undefined
        ? undefined
        : await (0,sync.syncAndInvalidate)({ ...inputs, dryRun: true }, { bucket: info.bucket, distributionId: info.distributionId }, ctx);
    return { edge, site, content, info, skipped };
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function deploySummaryMarkdown(r) {
    const row = (s) => `| \`${s.stackName}\` | ${s.status} | ${s.stackStatus} | ${s.changes.length} | ${seconds(s.durationMs)} |`;
    const out = [
        '### Stacks',
        '',
        '| stack | result | status | changes | time |',
        '|---|---|---|--:|--:|',
        row(r.edge),
        row(r.site),
        '',
    ];
    for (const s of [r.edge, r.site]) {
        if (s.changes.length > 0)
            out.push(`<details><summary>${s.stackName}: ${s.changes.length} change(s)</summary>`, '', summarizeChanges(s.changes), '', '</details>', '');
    }
    if (r.info.url !== undefined)
        out.push(`**Site:** ${r.info.url}`, '');
    return out.join('\n');
}
function planSummaryMarkdown(r) {
    const out = [
        '### Plan (nothing was changed)',
        '',
        '| stack | would | changes |',
        '|---|---|--:|',
    ];
    for (const s of [r.edge, r.site])
        out.push(`| \`${s.stackName}\` | ${s.status} | ${s.changes.length} |`);
    out.push('');
    for (const s of [r.edge, r.site]) {
        if (s.changes.length > 0)
            out.push(`#### ${s.stackName}`, '', summarizeChanges(s.changes), '');
    }
    if (r.content === undefined)
        out.push('The bucket does not exist yet: the first deploy uploads every file.', '');
    if (r.skipped.length > 0) {
        out.push('#### Not planned', '', ...r.skipped.map((line) => `- ${line}`), '');
    }
    return out.join('\n');
}
/** The `changes` output of `plan`: one JSON object a later step can read. */
function planChangesOutput(r) {
    return JSON.stringify({
        stacks: [r.edge, r.site].map((s) => ({
            stack: s.stackName,
            status: s.status,
            changes: s.changes,
        })),
        skipped: r.skipped,
        sync: r.content === undefined
            ? null
            : {
                upload: r.content.sync.uploaded.length,
                metadata: r.content.sync.metadataUpdated.length,
                delete: r.content.sync.deleted.length,
                unchanged: r.content.sync.unchanged,
            },
    });
}
function siteOutputs(info) {
    return {
        url: info.url ?? '',
        bucket: info.bucket ?? '',
        'distribution-id': info.distributionId ?? '',
        'distribution-domain': info.distributionDomain ?? '',
        'edge-function-version-arn': info.edgeVersionArn ?? '',
    };
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ RotationError),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Rd: () => (/* binding */ passwordProblem),
/* harmony export */   Yz: () => (/* binding */ userNameProblem)
/* harmony export */ });
/* unused harmony export MAX_CREDENTIAL_BYTES */
/**
 * What makes a user name or a password acceptable: the edge function's rules, shared by the
 * users secret (secret-format.ts), `rotate-users` (rotate-users.ts) and the rotation plan
 * (plan.ts); `basic-auth-users` applies the same ones in inputs.ts.
 *
 * `RotationError` is what breaking them (or any other rule of a rotation) throws outside input
 * parsing. The problems returned never quote the value: the caller says where it is (an input entry,
 * `users[2].user`) and decides whether that place may be shown.
 */
/** User and password together, in UTF-8 bytes (RFC 7617 credentials travel in one header). */
const MAX_CREDENTIAL_BYTES = 512;
/** Why a user name cannot be used, without quoting it; `undefined` when it can. */
function userNameProblem(user) {
    if (user === '')
        return 'the user name is empty';
    if (user.includes(':'))
        return 'the user name contains a colon (RFC 7617 forbids it)';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(user))
        return 'the user name contains a control character';
    if (user !== user.normalize('NFC'))
        return 'the user name is not NFC-normalised';
    return undefined;
}
/** Why a password cannot be used for `user`, without quoting either; `undefined` when it can. */
function passwordProblem(password, user) {
    if (password === '')
        return 'the password is empty';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(password))
        return 'the password contains a control character';
    if (Buffer.byteLength(user) + Buffer.byteLength(password) > MAX_CREDENTIAL_BYTES) {
        return `user and password together must be at most ${MAX_CREDENTIAL_BYTES} bytes`;
    }
    return undefined;
}
/** A rotation that cannot be planned or stored (no users to rotate, removing the last one, …). */
class RotationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RotationError';
    }
}
/** Code-unit order, the same on every machine (no locale). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fX: () => (/* binding */ EMPTY_USERS),
  Nv: () => (/* binding */ USERS_SECRET_VERSION),
  ug: () => (/* binding */ parseUsersSecret),
  g4: () => (/* binding */ sameUsersState),
  b6: () => (/* binding */ serializeUsersSecret),
  oy: () => (/* binding */ sortRetired),
  ZB: () => (/* binding */ sortUsers)
});

// UNUSED EXPORTS: SECRET_STRING_LIMIT, UsersSecretFormatError, passwordsOf, validateUsersState

// EXTERNAL MODULE: ./src/rotate/rules.ts
var rules = __webpack_require__(3861);
;// CONCATENATED MODULE: ./src/rotate/secret-mask.ts
/**
 * Which strings of the users secret are masked in the log (core.setSecret) before the value is
 * validated: a value edited by hand can hold a password anywhere (`"user": "alice:pw"`, a map
 * of users to passwords, `user:password` lines instead of JSON), and nothing may echo it.
 */

/** The field names of the format: never secret, never masked. */
const FIELD_NAMES = new Set([
    'version',
    'users',
    'retired',
    'user',
    'password',
    'createdAt',
    'expires',
]);
/**
 * Every string of a secret's value that could be a password, to mask before anything else
 * looks at the value: each string value and unknown key of the JSON (a multi-line one also
 * line by line), and a number or boolean written as a password. Left out: the format's field
 * names, and a `user` that is a valid user name (no colon, no control character): user names
 * are shown by design (the rotation report names them), and masking a name like `docs` would
 * blank it out of every later log line. A `user` holding `alice:password` is masked.
 *
 * A value that is not JSON gives its quoted strings, each line and what follows its first colon
 * (a secret holding `alice:pw` lines), and each run of characters between spaces, quotes,
 * colons and JSON punctuation.
 */
function secretStrings(text) {
    const found = new Set();
    const add = (s) => {
        for (const part of [s, ...s.split(/\r?\n/).map((l) => l.trim())]) {
            if (part.trim() !== '')
                found.add(part);
        }
    };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"?/g)) {
            const token = decodeJsonString(m[1] ?? '');
            if (!FIELD_NAMES.has(token))
                add(token);
        }
        for (const line of text.split(/\r?\n/)) {
            if (!/[\p{L}\p{N}]/u.test(line))
                continue;
            add(line.trim());
            const colon = line.indexOf(':'); // a `user:password` line: the password alone too
            if (colon >= 0)
                add(line.slice(colon + 1).trim());
        }
        for (const word of text.split(/[\s{}[\],:"]+/)) {
            if (!FIELD_NAMES.has(word) && !/^(true|false|null|-?\d+(\.\d+)?)$/.test(word))
                add(word);
        }
        return [...found];
    }
    const walk = (v, key) => {
        if (typeof v === 'string') {
            if (key !== 'user' || (0,rules/* userNameProblem */.Yz)(v) !== undefined)
                add(v);
        }
        else if ((typeof v === 'number' || typeof v === 'boolean') && key === 'password') {
            add(JSON.stringify(v));
        }
        else if (Array.isArray(v)) {
            for (const item of v)
                walk(item, undefined);
        }
        else if (isRecord(v)) {
            for (const [k, item] of Object.entries(v)) {
                if (!FIELD_NAMES.has(k))
                    add(k);
                walk(item, k);
            }
        }
    };
    walk(value, undefined);
    return [...found];
}
/** A JSON string literal's content, decoded when it is valid, else as written. */
function decodeJsonString(raw) {
    try {
        const decoded = JSON.parse(`"${raw}"`);
        return typeof decoded === 'string' ? decoded : raw;
    }
    catch {
        return raw;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/rotate/secret-format.ts
/**
 * The users secret's format: what `<stack-name>/basic-auth` holds, and how it is read
 * (masked first, then parsed and validated) and written. No I/O.
 *
 *     { "version": 1,
 *       "users":   [{ "user": "alice", "password": "…", "createdAt": "2026-01-01T00:00:00.000Z" }],
 *       "retired": [{ "user": "alice", "password": "…", "expires": 1767229200 }] }
 *
 * `users`: one current password per user, which never expires. `retired`: replaced passwords
 * that keep working until `expires` (epoch seconds, exclusive: they work while
 * `now < expires * 1000`, as in the edge function). Someone with access to the secret may edit
 * it by hand (add a user, set a chosen password): the next `deploy` bakes what it holds into
 * the edge function.
 *
 * A value edited by hand can be malformed in any way, e.g. `"user": "alice:her-password"`. So
 * `parseUsersSecret` hands every string that could be a password to the mask (core.setSecret)
 * BEFORE it validates anything (see `secretStrings`), and its errors name the field by its
 * place (`users[2].user`) and the rule broken, never a value from the secret.
 */


const USERS_SECRET_VERSION = 1;
/** Secrets Manager's limit for a SecretString, in bytes. */
const SECRET_STRING_LIMIT = 65_536;
/** What the edge stack creates the secret with, and what a missing secret amounts to. */
const EMPTY_USERS = { version: USERS_SECRET_VERSION, users: [], retired: [] };
/** The secret's value is not what this action writes; `problem` names the field, never a value. */
class UsersSecretFormatError extends Error {
    source;
    problem;
    constructor(source, problem) {
        super(`${source}: ${problem}`);
        this.source = source;
        this.problem = problem;
        this.name = 'UsersSecretFormatError';
    }
}
/**
 * Masks every string of `text` that could be a password (`secretStrings`), then parses and
 * validates it. `source` names the secret in errors. A missing `retired` list is an empty one
 * (the value the edge stack creates the secret with has none).
 */
function parseUsersSecret(text, source, mask) {
    for (const s of secretStrings(text))
        mask(s);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        // JSON.parse's message can quote the text, passwords included: keep only the position.
        const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
        throw new UsersSecretFormatError(source, `the value is not valid JSON${position === undefined ? '' : ` (near character ${position})`}`);
    }
    return validateUsersState(value, source);
}
/**
 * Validates a parsed value as a `UsersState` (see `parseUsersSecret`, which masks first).
 * Errors name the field by its place and the rule broken, never a value.
 */
function validateUsersState(value, source) {
    const fail = (problem) => {
        throw new UsersSecretFormatError(source, problem);
    };
    if (!secret_format_isRecord(value))
        return fail('expected a JSON object with version, users and retired');
    if (value.version !== USERS_SECRET_VERSION) {
        return fail(typeof value.version === 'number' && value.version > USERS_SECRET_VERSION
            ? `version ${value.version} was written by a newer secure-dist action (this one reads version ${USERS_SECRET_VERSION}): update the action`
            : `expected "version": ${USERS_SECRET_VERSION}`);
    }
    if (!Array.isArray(value.users))
        return fail('expected "users" to be a list');
    const retiredValue = value.retired ?? [];
    if (!Array.isArray(retiredValue))
        return fail('expected "retired" to be a list');
    const users = [];
    const seen = new Map();
    value.users.forEach((entry, i) => {
        const where = `users[${i}]`;
        if (!secret_format_isRecord(entry))
            return fail(`${where}: expected an object with user, password, createdAt`);
        const user = checkUser(entry.user, where, fail);
        const password = checkPassword(entry.password, user, where, fail);
        const createdAt = entry.createdAt;
        if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
            return fail(`${where}.createdAt: must be an ISO 8601 date`);
        }
        const first = seen.get(user);
        if (first !== undefined) {
            return fail(`${where}.user: the same user as users[${first}] (one current password per user)`);
        }
        seen.set(user, i);
        users.push({ user, password, createdAt });
    });
    const retired = [];
    retiredValue.forEach((entry, i) => {
        const where = `retired[${i}]`;
        if (!secret_format_isRecord(entry))
            return fail(`${where}: expected an object with user, password, expires`);
        const user = checkUser(entry.user, where, fail);
        const password = checkPassword(entry.password, user, where, fail);
        const expires = entry.expires;
        if (typeof expires !== 'number' || !Number.isSafeInteger(expires) || expires < 0) {
            return fail(`${where}.expires: must be whole epoch seconds`);
        }
        retired.push({ user, password, expires });
    });
    return { version: USERS_SECRET_VERSION, users: sortUsers(users), retired: sortRetired(retired) };
}
/**
 * The secret's value: indented JSON (the secret may be read and edited by a person), users by
 * name, retired passwords by user and expiry. Throws over Secrets Manager's 64 KiB limit.
 */
function serializeUsersSecret(state) {
    const text = JSON.stringify({
        version: USERS_SECRET_VERSION,
        users: sortUsers(state.users).map((u) => ({
            user: u.user,
            password: u.password,
            createdAt: u.createdAt,
        })),
        retired: sortRetired(state.retired).map((r) => ({
            user: r.user,
            password: r.password,
            expires: r.expires,
        })),
    }, null, 2);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SECRET_STRING_LIMIT) {
        throw new rules/* RotationError */.FL(`the users secret would be ${bytes} bytes, over Secrets Manager's limit of ${SECRET_STRING_LIMIT}: remove users or shorten \`rotation-grace-period\``);
    }
    return text;
}
/** Every password the state holds (current and retired), e.g. to mask them all in the log. */
function passwordsOf(state) {
    return [...state.users.map((u) => u.password), ...state.retired.map((r) => r.password)];
}
/** Same users, passwords and expiries (order aside). `undefined` counts as empty. */
function sameUsersState(a, b) {
    return serializeUnchecked(a ?? EMPTY_USERS) === serializeUnchecked(b ?? EMPTY_USERS);
}
function sortUsers(users) {
    return [...users].sort((a, b) => (0,rules/* compareStrings */.Kt)(a.user, b.user));
}
function sortRetired(retired) {
    return [...retired].sort((a, b) => (0,rules/* compareStrings */.Kt)(a.user, b.user) ||
        a.expires - b.expires ||
        (0,rules/* compareStrings */.Kt)(a.password, b.password));
}
// ---------------------------------------------------------------------------------------------
function secret_format_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkUser(value, where, fail) {
    if (typeof value !== 'string')
        return fail(`${where}.user: must be a string`);
    const problem = (0,rules/* userNameProblem */.Yz)(value);
    if (problem === undefined)
        return value;
    return fail(value.includes(':')
        ? `${where}.user: ${problem}; was "user:password" written into it? The password goes in "password"`
        : `${where}.user: ${problem}`);
}
function checkPassword(value, user, where, fail) {
    if (typeof value !== 'string')
        return fail(`${where}.password: must be a string`);
    const problem = (0,rules/* passwordProblem */.Rd)(value, user);
    return problem === undefined ? value : fail(`${where}.password: ${problem}`);
}
function serializeUnchecked(state) {
    return JSON.stringify([
        sortUsers(state.users).map((u) => [u.user, u.password, u.createdAt]),
        sortRetired(state.retired).map((r) => [r.user, r.password, r.expires]),
    ]);
}


/***/ })

};
