export const id = 622;
export const ids = [622,910];
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

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  deployOptions: () => (/* binding */ deployOptions),
  deployStacks: () => (/* binding */ deployStacks),
  deploySummaryMarkdown: () => (/* binding */ deploySummaryMarkdown),
  edgeCodeNote: () => (/* binding */ edgeCodeNote),
  planChangesOutput: () => (/* binding */ planChangesOutput),
  planCommand: () => (/* binding */ planCommand),
  planReport: () => (/* binding */ planReport),
  planSiteContent: () => (/* binding */ planSiteContent),
  planSummaryMarkdown: () => (/* binding */ planSummaryMarkdown),
  siteConfigNote: () => (/* binding */ siteConfigNote),
  siteInfo: () => (/* binding */ siteInfo),
  siteOutputs: () => (/* binding */ siteOutputs),
  stackInput: () => (/* binding */ stackInput),
  syncDeployedSite: () => (/* binding */ syncDeployedSite)
});

// EXTERNAL MODULE: ./src/site/fingerprint.ts
var fingerprint = __webpack_require__(8875);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/site/deployed.ts
var deployed = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/aws/users-secret.ts
var users_secret = __webpack_require__(3058);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
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
                'import it into the stack as described in secure-dist-action docs/troubleshooting.md, "users secret already exists".',
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
            'change set of type IMPORT (secure-dist-action docs/troubleshooting.md, "users secret already exists"), ' +
            'or set `basic-auth-users` so that the stack does not create the secret.',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/deploy/index.ts + 5 modules
var deploy = __webpack_require__(3009);
// EXTERNAL MODULE: ./src/synth/index.ts + 11 modules
var src_synth = __webpack_require__(2185);
// EXTERNAL MODULE: ./src/commands/synth.ts
var commands_synth = __webpack_require__(2488);
// EXTERNAL MODULE: ./src/share/keys.ts
var keys = __webpack_require__(3191);
;// CONCATENATED MODULE: ./src/share/plan-keys.ts



async function shareKeysForPlan(site, siteClient, now = Date.now) {
    if (!site.shareLinks)
        return { parameters: src_synth/* NO_SHARE_KEYS */.be, note: undefined };
    const stackName = `${site.stackName}-site`;
    const deployed = await (0,stack_outputs.findStack)(siteClient, stackName, site.region);
    const p = deployed?.parameters ?? {};
    const current = {
        ShareKeyA: p.ShareKeyA ?? '',
        ShareKeyB: p.ShareKeyB ?? '',
        ShareKeyC: p.ShareKeyC ?? '',
        ShareKeyCreated: p.ShareKeyCreated ?? '-,-,-',
    };
    const secret = `\`${site.stackName}/share-key\` (${site.region})`;
    if ((0,src_synth/* hasShareKeys */._1)(current)) {
        return {
            parameters: current,
            note: `The share-link keys were taken from the site stack as deployed, not from the secret ${secret}: ` +
                'plan never reads secrets, so a key rotation or expiry shows at deploy.',
        };
    }
    const standIn = (0,keys/* generateShareKey */.CE)('A', now());
    return {
        parameters: (0,keys/* shareKeyParameters */.BR)({ version: 1, keys: [standIn] }, now()),
        note: `\`share-links\` is new to this site: planned with a stand-in public key; deploy creates the key pair ` +
            `and keeps its private key in the secret ${secret}.`,
    };
}

// EXTERNAL MODULE: ./src/commands/sync.ts + 9 modules
var sync = __webpack_require__(5601);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/audit/log-groups.ts
var log_groups = __webpack_require__(5826);
;// CONCATENATED MODULE: ./src/audit/retention.ts
/**
 * Retention of the edge function's logs (`audit-retention-days`), set by `deploy`.
 *
 * CloudWatch Logs keeps a new log group's events forever, and Lambda@Edge creates the group
 * itself, in each region, the first time a replica there logs: no template can own it. So each
 * deploy looks for `/aws/lambda/us-east-1.<function>` in every region (DescribeLogGroups with
 * the name as prefix, the regions in parallel, throttling retried) and sets the retention
 * (PutRetentionPolicy, https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html)
 * where a group exists with another one. A region where the site gets its first viewers later
 * is covered by the next deploy.
 */



/** Does the log group exist in the region, and with which retention? (One page suffices: exact name.) */
async function findGroup(client, name, deps) {
    let nextToken;
    do {
        const page = await (0,log_groups/* retry */.L5)(() => client.send(new client_cloudwatch_logs_dist_cjs.DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken, limit: 50 })), (0,log_groups/* logsRetry */.ey)(deps.sleep, undefined, deps.random));
        const group = page.logGroups?.find((g) => g.logGroupName === name);
        if (group !== undefined)
            return { found: true, days: group.retentionInDays };
        nextToken = page.nextToken;
    } while (nextToken !== undefined);
    return { found: false, days: undefined };
}
/**
 * Sets the retention of the edge function's log group in every region where it exists. Throws
 * (naming the region) when a region fails after its retries; AccessDenied says which
 * permission the deploy role lacks.
 */
async function setEdgeLogRetention(stackName, days, deps, regions = log_groups/* EDGE_LOG_REGIONS */.VB) {
    const logGroup = (0,log_groups/* edgeLogGroupName */.qD)(stackName);
    const results = await Promise.allSettled(regions.map(async (region) => {
        const client = deps.logs(region);
        const { found, days: previousDays } = await findGroup(client, logGroup, deps);
        if (!found)
            return { region, action: 'absent' };
        if (previousDays === days)
            return { region, action: 'kept', previousDays };
        await (0,log_groups/* retry */.L5)(() => client.send(new client_cloudwatch_logs_dist_cjs.PutRetentionPolicyCommand({ logGroupName: logGroup, retentionInDays: days })), (0,log_groups/* logsRetry */.ey)(deps.sleep, undefined, deps.random));
        return { region, action: 'set', previousDays };
    }));
    const failures = results.flatMap((r, i) => r.status === 'rejected' ? [`${regions[i] ?? '?'}: ${describe(r.reason)}`] : []);
    if (failures.length > 0) {
        throw new Error(`could not set the retention of ${logGroup} (audit-retention-days: ${days}) in ` +
            `${failures.length} region(s): ${failures.join('; ')}`);
    }
    return {
        logGroup,
        days,
        regions: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    };
}
function describe(e) {
    const name = (0,retry/* errorName */.Is)(e);
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        return (`AccessDenied: ${(0,retry/* errorMessage */.gJ)(e)} (the deploy role needs logs:DescribeLogGroups and logs:PutRetentionPolicy ` +
            'on the edge log group: update the bootstrap stack)');
    }
    return (0,retry/* errorMessage */.gJ)(e);
}
/** One line for the log: where the retention was set, kept, or where no group exists yet. */
function retentionSummary(r) {
    const of = (action) => r.regions.filter((x) => x.action === action).map((x) => x.region);
    const set = of('set');
    const kept = of('kept');
    return (`log retention ${r.days} days on ${r.logGroup}: ` +
        `set in ${set.length > 0 ? set.join(', ') : 'no region'}, ` +
        `already so in ${kept.length > 0 ? kept.join(', ') : 'no region'}; ` +
        `${of('absent').length} region(s) have no such group yet`);
}
/**
 * The deploy step, with `audit-log: true` only: the audit lines (user names, IP addresses) must
 * not be kept longer than `audit-retention-days`, so a failure (after retries) fails the
 * deploy, after the content was synced. Without `audit-log` the action leaves the log groups
 * alone: Lambda's own START/END/REPORT lines carry no personal data, and a deploy role from an
 * older bootstrap stack (without the log permissions) keeps working.
 */
async function edgeLogRetentionStep(site, deps, regions) {
    if (!site.auditLog)
        return undefined;
    const report = await setEdgeLogRetention(site.stackName, site.auditRetentionDays, deps, regions);
    deps.info(retentionSummary(report));
    return report;
}

;// CONCATENATED MODULE: ./src/commands/deploy.ts












/**
 * A rendered stack as the deploy engine takes it, tagged with its own name; the site stack
 * (with `config`, the site file's fingerprint) also with `secure-dist:config`, so plan and
 * rotate can tell whether the file at their commit is the one deployed. A stack whose only
 * change is that tag gets a tags-only update.
 */
const stackInput = (s, config) => ({
    stackName: s.stackName,
    templateBody: s.templateBody,
    parameters: s.parameters,
    fingerprint: s.fingerprint,
    tags: {
        'secure-dist:stack': s.stackName,
        ...(config === undefined ? {} : { [fingerprint/* CONFIG_TAG */.qC]: config }),
    },
});
/** How long to wait for a stack, on the command's clock, logging progress. */
function stackOptions(site, ctx) {
    return {
        timeoutSeconds: site.stackTimeoutSeconds,
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
/** How `deploy` and `rotate` deploy a stack: the site's timeout, service role and drift check. */
function deployOptions(site, run, ctx) {
    const renew = ctx.clients.ensureCredentialsValidFor?.bind(ctx.clients);
    return {
        ...stackOptions(site, ctx),
        recreateFailed: run.recreateFailedStack,
        roleArn: (0,commands_synth/* cloudFormationRoleArn */.Mh)(site, run),
        verifyDrift: site.verifyStacks,
        // The stack operation must not outlive the credentials that started it.
        ...(renew !== undefined ? { beforeExecute: renew } : {}),
    };
}
/**
 * The edge stack with exactly these users baked in, its version into the site stack, the site
 * stack. No content sync: what `rotate` deploys.
 */
async function deployStacks(site, run, ctx, users, shareKeys, 
/** Besides the users: `automation-tokens` with their values, the session key id (`login: form`). */
signIn = {}) {
    const usersInSecret = run.basicAuthUsers.length === 0;
    const synth = (0,commands_synth/* synthFor */.Id)(site, run, users, {
        usersInSecretsManager: usersInSecret,
        shareKeys,
        sessionKeyId: signIn.sessionKeyId,
        tokens: signIn.tokens,
    });
    const common = deployOptions(site, run, ctx);
    const edge = await (0,deploy/* deployStack */.gE)(ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz), stackInput(synth.edge), {
        ...common,
        // A users secret left by an earlier edge stack would make the create fail: say so first.
        ...(usersInSecret
            ? {
                beforeCreate: () => checkNoLeftoverUsersSecret(ctx.clients.secretsManager(), (0,users_secret/* secretName */.Gf)(site.stackName), synth.edge.stackName),
            }
            : {}),
    });
    const edgeVersionArn = edgeVersionOf(edge);
    const siteStack = await (0,deploy/* deployStack */.gE)(ctx.clients.cloudFormation(site.region), stackInput((0,src_synth/* withEdgeWebAcl */.iP)((0,src_synth/* withEdgeVersion */.OY)(synth.site, edgeVersionArn), edge.outputs), site.fingerprint), common);
    return { edge, site: siteStack, info: siteInfo(siteStack.outputs, edgeVersionArn) };
}
/** Users from `basic-auth-users` or the secret (see `edgeSecrets` in ./rotate.ts). */
async function deployCommand(site, run, ctx, users, shareKeys, signIn = {}) {
    const stacks = await deployStacks(site, run, ctx, users, shareKeys, signIn);
    const { edge, info } = stacks;
    const content = await syncDeployedSite(site, run, ctx, stacks.site, info);
    // After the content, with `audit-log`: the edge log groups' retention (src/audit/retention.ts).
    const logRetention = await edgeLogRetentionStep(site, {
        logs: (region) => ctx.clients.cloudWatchLogs(region),
        sleep: ctx.sleep,
        info: (m) => ctx.log.info(m),
    });
    return { edge, site: stacks.site, info, content, logRetention };
}
/** The content into the bucket the site stack just deployed, and the invalidation. */
async function syncDeployedSite(site, run, ctx, stack, info) {
    if (info.bucket === undefined) {
        throw new Error(`stack '${stack.stackName}' has no output BucketName: was it deployed by this action?`);
    }
    return (0,sync.syncAndInvalidate)(site, {
        bucket: info.bucket,
        distributionId: info.distributionId,
        newDistribution: stack.status === 'created',
    }, ctx, run.dryRun);
}
/** What a sync would do to the deployed site's bucket (a dry run); none before its first deploy. */
async function planSiteContent(site, ctx, info) {
    if (info.bucket === undefined)
        return undefined;
    return (0,sync.syncAndInvalidate)(site, { bucket: info.bucket, distributionId: info.distributionId }, ctx, true);
}
/** A version ARN CloudFormation accepts in a change set while the edge stack does not exist yet. */
const PENDING_EDGE_VERSION = 'arn:aws:lambda:us-east-1:000000000000:function:pending-edge-function:1';
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
async function planCommand(site, run, ctx) {
    const edgeClient = ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz);
    const siteClient = ctx.clients.cloudFormation(site.region);
    const deployedEdge = await (0,stack_outputs.findStack)(edgeClient, `${site.stackName}-edge`, clients/* EDGE_REGION */.Dz);
    const deployedSite = await (0,stack_outputs.findStack)(siteClient, `${site.stackName}-site`, site.region);
    const config = siteConfigNote(site, deployedSite, ctx);
    const noUsersGiven = run.basicAuthUsers.length === 0;
    // Without `basic-auth-users` (a pull request never gets passwords), the users mode is the one
    // the edge stack was deployed with, so a site that keeps its users in `basic-auth-users` does
    // not show its users secret as a change; before the first deploy it is the secret.
    const usersInSecret = noUsersGiven && deployedEdge?.parameters.UsersInSecretsManager !== 'false';
    const share = await shareKeysForPlan(site, siteClient);
    // The users of the site file, with stand-in hashes: plan never sees a password.
    const synth = (0,commands_synth/* synthFor */.Id)(site, run, site.users.map((user) => ({ user, password: 'stand-in' })), { standInHashes: true, usersInSecretsManager: usersInSecret, shareKeys: share.parameters });
    const common = stackOptions(site, ctx);
    const skipped = [
        `The edge function is rendered with the users of ${site.file} and stand-in password hashes: plan never ` +
            "sees passwords, so changes of the function's code (users or passwords) are not compared; they show at deploy.",
    ];
    if (share.note !== undefined)
        skipped.push(share.note);
    if (usersInSecret) {
        skipped.push(`The users secret \`${(0,users_secret/* secretName */.Gf)(site.stackName)}\` (${clients/* EDGE_REGION */.Dz}) was not read: plan never reads ` +
            'passwords (its role may not).');
    }
    else if (noUsersGiven) {
        skipped.push('`basic-auth-users` was not given: the edge function was planned in the users mode the edge stack ' +
            'was deployed with (`basic-auth-users`, no secret).');
    }
    const edge = await (0,deploy/* planStack */.qz)(edgeClient, stackInput(synth.edge), {
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
    const siteStack = await (0,deploy/* planStack */.qz)(siteClient, stackInput((0,src_synth/* withEdgeWebAcl */.iP)((0,src_synth/* withEdgeVersion */.OY)(synth.site, edgeVersionArn ?? PENDING_EDGE_VERSION), {
        // `rate-limit` set before the edge stack has its web ACL: a stand-in of the same shape.
        WebAclArn: src_synth/* PENDING_WEB_ACL_ARN */.a5,
        ...currentEdge,
    }), site.fingerprint), common);
    return planReport(site, ctx, {
        edge,
        site: siteStack,
        info: siteInfo(deployedSite?.outputs ?? {}, edgeVersionArn),
        skipped,
        config,
    });
}
/** A plan's report: the stacks' plans, and the content's dry run into the deployed bucket. */
async function planReport(site, ctx, parts) {
    const { config, ...rest } = parts;
    const content = await planSiteContent(site, ctx, parts.info);
    return { ...rest, content, ...(config === undefined ? {} : { config }) };
}
/**
 * Plan's line about the site file (./../site/deployed.ts), logged as a warning: whether it is
 * the one the site stack was deployed with.
 */
function siteConfigNote(site, deployedSite, ctx) {
    const note = (0,deployed/* configNote */.H)(site, (0,deployed/* deployedConfig */.z)(site, deployedSite), 'this plan shows what deploying this file would change');
    if (note !== undefined)
        ctx.log.warn(note);
    return note;
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
            out.push(`<details><summary>${s.stackName}: ${s.changes.length} change(s)</summary>`, '', (0,deploy/* summarizeChanges */.Nf)(s.changes), '', '</details>', '');
    }
    if (r.info.url !== undefined)
        out.push(`**Site:** ${r.info.url}`, '');
    return out.join('\n');
}
function planSummaryMarkdown(r) {
    const out = [
        '### Plan (nothing was changed)',
        '',
        ...(r.config === undefined ? [] : [`**Site file:** ${r.config}`, '']),
        '| stack | would | changes |',
        '|---|---|--:|',
    ];
    for (const s of [r.edge, r.site])
        out.push(`| \`${s.stackName}\` | ${s.status} | ${s.changes.length} |`);
    out.push('');
    for (const s of [r.edge, r.site]) {
        if (s.changes.length > 0)
            out.push(`#### ${s.stackName}`, '', (0,deploy/* summarizeChanges */.Nf)(s.changes), '');
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
        ...(r.config === undefined ? {} : { config: r.config }),
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

/***/ 2488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ synthFor),
/* harmony export */   Mh: () => (/* binding */ cloudFormationRoleArn),
/* harmony export */   synthCommand: () => (/* binding */ synthCommand),
/* harmony export */   synthSummaryMarkdown: () => (/* binding */ synthSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports permissionsBoundaryArn, requireUsers */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _synth_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);
/* harmony import */ var _edge_function_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7117);
/* harmony import */ var _sync_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7376);
/* harmony import */ var _rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9895);
/**
 * `command: synth`: render both stacks offline, exactly as `deploy` sends them, into
 * `output-dir`. No AWS call.
 */





/** The partition and account of `role-to-assume`, where the bootstrap stack made its roles. */
function bootstrapAccount(run) {
    const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(run.roleToAssume ?? '');
    return m?.[1] === undefined || m[2] === undefined
        ? undefined
        : { partition: m[1], account: m[2] };
}
/** The ARN of the edge role's permissions boundary, when one applies (see the setting). */
function permissionsBoundaryArn(site, run) {
    if (site.permissionsBoundary === 'none')
        return undefined;
    if (site.permissionsBoundary !== 'auto')
        return site.permissionsBoundary;
    // The bootstrap stack creates `<stack-name>-edge-boundary` in the deploy role's account.
    const at = bootstrapAccount(run);
    return at && `arn:${at.partition}:iam::${at.account}:policy/${site.stackName}-edge-boundary`;
}
/**
 * The CloudFormation service role (`cloudformation-role`): `none` = none; an ARN = it; `auto` =
 * the bootstrap stack's `<stack-name>-cloudformation` in the account (and partition) of
 * `role-to-assume`, or none without it.
 */
function cloudFormationRoleArn(site, run) {
    if (site.cloudFormationRole === 'none')
        return undefined;
    if (site.cloudFormationRole !== 'auto')
        return site.cloudFormationRole;
    const at = bootstrapAccount(run);
    return at && `arn:${at.partition}:iam::${at.account}:role/${site.stackName}-cloudformation`;
}
/** The site's stacks, rendered with these users. */
function synthFor(site, run, users, options) {
    return (0,_synth_index_js__WEBPACK_IMPORTED_MODULE_1__/* .synthesize */ .DF)({
        edge: site.edge,
        renderFunctionCode: options.renderFunctionCode ?? _edge_function_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFunctionCode */ .wt,
        edgeRuntime: site.edgeRuntime,
        standInHashes: options.standInHashes === true,
        stackName: site.stackName,
        region: site.region,
        realm: site.realm,
        users,
        tokens: options.tokens,
        access: site.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
        domainName: site.domainName,
        certificateArn: site.certificateArn,
        permissionsBoundaryArn: permissionsBoundaryArn(site, run),
        usersInSecretsManager: options.usersInSecretsManager,
        rateLimit: site.rateLimit,
        auditLog: site.auditLog,
        trustedPages: site.trustedPages,
        // CloudFront answers missing keys with /404.html when the published content has one.
        notFoundPage: (0,_sync_local_js__WEBPACK_IMPORTED_MODULE_3__/* .hasNotFoundPage */ .b8)(site.contentDir, site.exclude) ? '/404.html' : '',
        shareKeys: options.shareKeys,
        session: site.login === 'form'
            ? {
                lifetime: site.sessionLifetimeSeconds,
                keyId: options.sessionKeyId ?? _rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SESSION_KEY_ID */ .bO,
            }
            : undefined,
    });
}
function requireUsers(run, command) {
    if (run.basicAuthUsers.length === 0) {
        throw new Error(`\`basic-auth-users\` is empty: \`${command}\` needs the users to bake into the edge function ` +
            "(pass a secret: basic-auth-users: ${{ secrets.SITE_USERS }}, one 'user:password' per line)");
    }
    return run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
}
function synthCommand(site, run) {
    // `edge: function` puts no user in a template: synth needs none.
    const result = synthFor(site, run, site.edge === 'function' ? [] : requireUsers(run, 'synth'), {
        usersInSecretsManager: run.basicAuthUsers.length === 0,
    });
    const files = (0,_synth_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSynth */ .Ui)(result, run.outputDir).map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(run.workspace, f));
    return { result, files };
}
function synthSummaryMarkdown(s) {
    const row = (label, st) => `| ${label} | \`${st.stackName}\` | ${st.region} | ${Buffer.byteLength(st.templateBody)} B | \`${st.fingerprint.slice(0, 12)}\` |`;
    return [
        '### Synth',
        '',
        '| stack | name | region | template | fingerprint |',
        '|---|---|---|--:|---|',
        row('edge', s.result.edge),
        row('site', s.result.site),
        '',
        ...s.files.map((f) => `- \`${f}\``),
        '',
    ].join('\n');
}


/***/ }),

/***/ 9116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   Gn: () => (/* binding */ pollPause),
/* harmony export */   Gu: () => (/* binding */ makeCtx),
/* harmony export */   bA: () => (/* binding */ changeSetNameFor),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   ed: () => (/* binding */ POLL_FIRST_MS)
/* harmony export */ });
/* unused harmony exports POLL_MAX_MS, THROTTLE_ATTEMPTS */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/* harmony import */ var _aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3529);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5695);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8917);
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
            return await (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)((n) => {
                attempts = n;
                return fn();
            }, {
                attempts: THROTTLE_ATTEMPTS,
                baseDelayMs: 1000,
                maxDelayMs: POLL_MAX_MS,
                sleep: opts.sleep,
                random,
                retryable: _aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2,
                onRetry: (_e, n, delay) => opts.log(`${name}: ${action} throttled (attempt ${n}/${THROTTLE_ATTEMPTS}), retrying in ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .formatElapsed */ .C7)(delay)}`),
            });
        }
        catch (e) {
            if (e instanceof _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH || (0,_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_1__.isStackMissing)(e))
                throw e;
            throw new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCfnError */ .Nm)(e, action, name, attempts, roleArn), name, undefined, [], { cause: e });
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
    const name = ctx.opts.changeSetName ?? (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .newChangeSetName */ .ig)(ctx.start, ctx.random);
    if (!_status_js__WEBPACK_IMPORTED_MODULE_3__/* .CHANGE_SET_NAME_PATTERN */ .$z.test(name)) {
        throw new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH(`change set name '${name}' for stack '${ctx.name}' is not valid: it must start with a letter, ` +
            'contain only letters, digits and hyphens, and be at most 128 characters long', ctx.name);
    }
    return name;
}
/** The stack, or undefined when it does not exist (or is deleted). */
async function describeStack(ctx, ref) {
    try {
        const res = await ctx.call('DescribeStacks', () => ctx.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStacksCommand({ StackName: ref })));
        const s = res.Stacks?.[0];
        return s === undefined || s.StackStatus === 'DELETE_COMPLETE' ? undefined : s;
    }
    catch (e) {
        if ((0,_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_1__.isStackMissing)(e))
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


/***/ }),

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ StackEventLog)
/* harmony export */ });
/* unused harmony export MAX_EVENT_PAGES */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3529);
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
            const res = await this.call('DescribeStackEvents', () => this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: this.stackRef })));
            for (const e of res.StackEvents ?? [])
                if (e.EventId !== undefined)
                    this.seen.add(e.EventId);
        }
        catch (e) {
            if (!(0,_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_0__.isStackMissing)(e))
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
                res = await this.call('DescribeStackEvents', () => this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({
                    StackName: this.stackRef,
                    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
                })));
            }
            catch (e) {
                if ((0,_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_0__.isStackMissing)(e))
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


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sH: () => (/* reexport */ messages/* DeployError */.sH),
  gE: () => (/* reexport */ deployStack),
  qz: () => (/* reexport */ planStack),
  Nf: () => (/* reexport */ summarizeChanges)
});

// UNUSED EXPORTS: CHANGE_TABLE_HEADER, DEFAULT_CAPABILITIES, FINGERPRINT_TAG, TEMPLATE_BODY_LIMIT, changeLines, changeRows, formatElapsed, newChangeSetName, rollbackCompleteMessage, stackFailureMessage, timeoutMessage, toResourceChanges

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
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

// EXTERNAL MODULE: ./src/deploy/context.ts
var context = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/deploy/messages.ts
var messages = __webpack_require__(5695);
// EXTERNAL MODULE: ./src/deploy/status.ts
var deploy_status = __webpack_require__(8917);
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
    if (bytes > deploy_status/* TEMPLATE_BODY_LIMIT */.YN) {
        throw new messages/* DeployError */.sH((0,messages/* templateTooLargeMessage */.Vq)(ctx.name, bytes, deploy_status/* TEMPLATE_BODY_LIMIT */.YN), ctx.name);
    }
    const tags = Object.entries({ ...stack.tags, [deploy_status/* FINGERPRINT_TAG */.AZ]: stack.fingerprint }).map(([Key, Value]) => ({ Key, Value }));
    ctx.opts.log(`${ctx.name}: creating change set ${name} (${type})`);
    const res = await ctx.call('CreateChangeSet', () => ctx.client.send(new dist_cjs.CreateChangeSetCommand({
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
    return ctx.call('DescribeChangeSet', () => ctx.client.send(new dist_cjs.DescribeChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
    })));
}
/** Polls until CloudFormation has computed the change set; returns its first page. */
async function waitForChangeSet(ctx, cs) {
    let delay = context/* POLL_FIRST_MS */.ed;
    for (;;) {
        const res = await describeChangeSetPage(ctx, cs, undefined);
        const status = res.Status ?? 'UNKNOWN';
        if (status !== 'CREATE_PENDING' && status !== 'CREATE_IN_PROGRESS')
            return res;
        delay = await (0,context/* pollPause */.Gn)(ctx, delay, (elapsed) => new messages/* DeployError */.sH((0,messages/* timeoutMessage */.l7)(ctx.name, `compute change set ${cs.name}`, `change set ${status}`, elapsed, ctx.opts.timeoutSeconds), ctx.name));
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
    if (ctx.roleArn !== undefined && (0,messages/* isServiceRoleError */.kg)(why)) {
        return new messages/* DeployError */.sH((0,messages/* serviceRoleMessage */.lH)(`change set ${cs.name}`, ctx.name, ctx.roleArn, why), ctx.name);
    }
    return new messages/* DeployError */.sH(`change set ${cs.name} for stack '${ctx.name}' failed: ${why}`, ctx.name);
}
/**
 * Deletes the change set, never the stack: a CREATE change set leaves the stack in
 * REVIEW_IN_PROGRESS, holding nothing, and the next deploy creates it with its own change
 * set (a plan role may not delete stacks). Returns the error instead of throwing it, so that a
 * caller's own error comes first.
 */
async function discardChangeSet(ctx, cs) {
    try {
        await ctx.call('DeleteChangeSet', () => ctx.client.send(new dist_cjs.DeleteChangeSetCommand({ ChangeSetName: cs.id, StackName: cs.stackId })));
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
    const started = await ctx.call('DetectStackDrift', () => ctx.client.send(new dist_cjs.DetectStackDriftCommand({ StackName: stackRef })));
    const id = started.StackDriftDetectionId;
    if (id === undefined) {
        throw new messages/* DeployError */.sH(`DetectStackDrift on stack '${ctx.name}' answered no detection id`, ctx.name);
    }
    let delay = context/* POLL_FIRST_MS */.ed;
    let status;
    for (;;) {
        status = await ctx.call('DescribeStackDriftDetectionStatus', () => ctx.client.send(new dist_cjs.DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: id })));
        if (status.DetectionStatus !== 'DETECTION_IN_PROGRESS')
            break;
        delay = await (0,context/* pollPause */.Gn)(ctx, delay, (elapsed) => new messages/* DeployError */.sH((0,messages/* timeoutMessage */.l7)(ctx.name, 'finish drift detection', 'DETECTION_IN_PROGRESS', elapsed, ctx.opts.timeoutSeconds), ctx.name));
    }
    if (status.StackDriftStatus === 'DRIFTED') {
        const drifts = await driftedResources(ctx, stackRef);
        throw new messages/* DeployError */.sH(driftMessage(ctx.name, drifts), ctx.name);
    }
    if (status.DetectionStatus === 'DETECTION_FAILED' || status.StackDriftStatus !== 'IN_SYNC') {
        throw new messages/* DeployError */.sH(`stack '${ctx.name}': drift detection (verify-stacks) could not confirm the stack is in sync ` +
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
        const page = await ctx.call('DescribeStackResourceDrifts', () => ctx.client.send(new dist_cjs.DescribeStackResourceDriftsCommand({
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

// EXTERNAL MODULE: ./src/deploy/events.ts
var deploy_events = __webpack_require__(406);
// EXTERNAL MODULE: ./src/deploy/recreate.ts
var recreate = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/deploy/wait.ts
var wait = __webpack_require__(5158);
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











/**
 * The stack is settled and is what `stack` describes: its fingerprint tag matches, and so does
 * every other tag `stack` carries (e.g. the site file's `secure-dist:config`): a stack whose
 * only change is a tag gets a tags-only update, so its tags always say what was deployed last.
 * A change set whose only change is the stack's tags is created and executes (resources that
 * take tags show Modify, scope Tags; a stack without such resources shows no change and is still
 * updated: envato/stack_master#302). The CloudFormation API reference says nothing about it
 * either way, so this rests on that report and on the same path the fingerprint tag takes.
 */
function fingerprintMatches(s, stack) {
    return (s !== undefined &&
        (0,deploy_status/* isSettledSuccess */.tM)((0,context/* statusOf */.c2)(s)) &&
        (0,context/* tagValue */.EZ)(s, deploy_status/* FINGERPRINT_TAG */.AZ) === stack.fingerprint &&
        stack.fingerprint !== '' &&
        Object.entries(stack.tags ?? {}).every(([key, value]) => (0,context/* tagValue */.EZ)(s, key) === value));
}
/**
 * Deploys one stack; see the module comment. Throws a `DeployError` that names the stack and
 * says what to do.
 */
async function deployStack(client, stack, opts) {
    const ctx = (0,context/* makeCtx */.Gu)(client, stack.stackName, opts, opts.roleArn);
    const csName = (0,context/* changeSetNameFor */.bA)(ctx);
    const result = (status, s, changes) => ({
        stackName: ctx.name,
        status,
        outputs: (0,stack_outputs.outputsOf)(s),
        changes,
        durationMs: opts.now() - ctx.start,
        stackStatus: (0,context/* statusOf */.c2)(s),
    });
    // One DescribeStacks when the stack is settled; more only when it is busy or failed.
    const current = await (0,recreate/* currentStack */.Y)(ctx, opts.recreateFailed, async (s) => {
        await opts.beforeCreate?.();
        await (0,recreate/* deleteStackAndWait */.W)(ctx, s, `${csName}-delete`.slice(0, 128), opts.roleArn);
    });
    if (fingerprintMatches(current, stack)) {
        if (opts.verifyDrift === true)
            await verifyNoDrift(ctx, current.StackId ?? ctx.name);
        opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches); skipped`);
        return result('skipped', current, []);
    }
    const existed = current !== undefined && (0,context/* statusOf */.c2)(current) !== 'REVIEW_IN_PROGRESS';
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
        if (current !== undefined && existed && (0,deploy_status/* isEmptyChangeSetReason */.ST)(described.StatusReason)) {
            opts.log(`${ctx.name}: no changes`);
            return result('unchanged', current, []);
        }
        throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
    }
    if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
        logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
        throw new messages/* DeployError */.sH(`change set ${cs.name} for stack '${ctx.name}' cannot be executed: its execution status is ` +
            `${described.ExecutionStatus}${described.StatusReason ? ` (${described.StatusReason})` : ''}`, ctx.name, current === undefined ? undefined : (0,context/* statusOf */.c2)(current));
    }
    const changes = await allChanges(ctx, cs, described);
    for (const line of changeLines(changes))
        opts.log(`${ctx.name}: ${line}`);
    // Events of the execution: newer than the change set, and not among those already there.
    const events = new deploy_events/* StackEventLog */.h(client, ctx.call, cs.stackId, described.CreationTime);
    await events.prime();
    // Without a service role CloudFormation acts with the caller's session: make sure it lasts.
    await opts.beforeExecute?.(opts.timeoutSeconds * 1000);
    await ctx.call('ExecuteChangeSet', () => client.send(new dist_cjs.ExecuteChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ClientRequestToken: cs.name,
    })));
    const final = await (0,wait/* waitForStack */.ZO)(ctx, cs.stackId, events, type === 'CREATE' ? 'be created' : 'be updated', (s, sawInProgress) => {
        if (s === undefined)
            return true;
        const st = (0,context/* statusOf */.c2)(s);
        if ((0,deploy_status/* isInProgress */.LT)(st) || st === 'REVIEW_IN_PROGRESS')
            return false;
        // Right after ExecuteChangeSet an update may still show the previous, settled status.
        return type === 'CREATE' || sawInProgress || events.events.some(messages/* isStackEvent */.lQ);
    });
    if (final === undefined) {
        throw new messages/* DeployError */.sH(`stack '${ctx.name}' was deleted while it was being ${type === 'CREATE' ? 'created' : 'updated'}`, ctx.name, 'DELETE_COMPLETE');
    }
    const status = (0,context/* statusOf */.c2)(final);
    if (status !== (0,deploy_status/* successStatus */.uR)(type)) {
        const failures = (0,messages/* failedResources */.HJ)(events.events);
        throw new messages/* DeployError */.sH((0,messages/* stackFailureMessage */.oE)(ctx.name, status, failures, final.StackStatusReason), ctx.name, status, failures);
    }
    const done = result(type === 'CREATE' ? 'created' : 'updated', final, changes);
    opts.log(`${ctx.name}: ${done.status} in ${(0,messages/* formatElapsed */.C7)(done.durationMs)} (${changes.length} change${changes.length === 1 ? '' : 's'})`);
    return done;
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts





async function planStack(client, stack, opts) {
    const ctx = (0,context/* makeCtx */.Gu)(client, stack.stackName, opts);
    const csName = (0,context/* changeSetNameFor */.bA)(ctx);
    const plan = (status, changes) => ({
        stackName: ctx.name,
        status,
        changes,
    });
    // A stack whose first creation failed cannot be planned: the error says what to do.
    const current = await (0,recreate/* currentStack */.Y)(ctx, false, () => Promise.resolve());
    if (fingerprintMatches(current, stack)) {
        opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches)`);
        return plan('skipped', []);
    }
    const existed = current !== undefined && (0,context/* statusOf */.c2)(current) !== 'REVIEW_IN_PROGRESS';
    const type = existed ? 'UPDATE' : 'CREATE';
    const cs = await createChangeSet(ctx, stack, type, csName, undefined);
    let outcome;
    try {
        const described = await waitForChangeSet(ctx, cs);
        if (described.Status === 'CREATE_COMPLETE') {
            const changes = await allChanges(ctx, cs, described);
            outcome = { ok: true, plan: plan(type === 'CREATE' ? 'create' : 'update', changes) };
        }
        else if (existed && (0,deploy_status/* isEmptyChangeSetReason */.ST)(described.StatusReason)) {
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








/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   HJ: () => (/* binding */ failedResources),
/* harmony export */   Nm: () => (/* binding */ describeCfnError),
/* harmony export */   Vq: () => (/* binding */ templateTooLargeMessage),
/* harmony export */   kg: () => (/* binding */ isServiceRoleError),
/* harmony export */   l7: () => (/* binding */ timeoutMessage),
/* harmony export */   lH: () => (/* binding */ serviceRoleMessage),
/* harmony export */   lQ: () => (/* binding */ isStackEvent),
/* harmony export */   oE: () => (/* binding */ stackFailureMessage),
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   qI: () => (/* binding */ blockedStackMessage),
/* harmony export */   sH: () => (/* binding */ DeployError),
/* harmony export */   zh: () => (/* binding */ rollbackCompleteMessage)
/* harmony export */ });
/* unused harmony export runtimeAdvice */
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

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
    const name = (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(e);
    const msg = (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
    if (roleArn !== undefined && isServiceRoleError(msg)) {
        return serviceRoleMessage(action, stackName, roleArn, msg);
    }
    if (name === 'AccessDenied' ||
        name === 'AccessDeniedException' ||
        (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(e) === 403 ||
        /not authorized to perform/i.test(msg)) {
        return (`${action} on stack '${stackName}' was denied: ${msg}. The credentials in use need ` +
            `cloudformation:${action} on this stack (the bootstrap deploy role has it).`);
    }
    if (name === 'InsufficientCapabilitiesException') {
        return `${action} on stack '${stackName}' failed: ${msg}`;
    }
    const tries = (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(e) ? ` (still throttled after ${attempts} attempts)` : '';
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


/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ deleteStackAndWait),
/* harmony export */   Y: () => (/* binding */ currentStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9116);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(406);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5695);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8917);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5158);
/**
 * The stack as found before a deploy or plan: waited for when busy, refused when nothing can
 * be deployed to it, and, when its first creation failed and `recreate-failed-stack` is set,
 * deleted (with the service role, `cloudformation-role`) so that it can be created again.
 */






async function deleteStackAndWait(ctx, s, token, roleArn) {
    const ref = s.StackId ?? ctx.name;
    const events = new _events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventLog */ .h(ctx.client, ctx.call, ref, undefined);
    await events.prime();
    await ctx.call('DeleteStack', () => ctx.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DeleteStackCommand({
        StackName: ref,
        ClientRequestToken: token,
        ...(roleArn !== undefined ? { RoleARN: roleArn } : {}),
    })));
    const final = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForStack */ .ZO)(ctx, ref, events, 'be deleted', _wait_js__WEBPACK_IMPORTED_MODULE_3__/* .settled */ .gu);
    if (final !== undefined) {
        const failures = (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .failedResources */ .HJ)(events.events);
        throw new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .stackFailureMessage */ .oE)(ctx.name, (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(final), failures, final.StackStatusReason), ctx.name, (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(final), failures);
    }
}
/**
 * Reads the stack; waits if it is busy; refuses the states nothing can be deployed to.
 * `recreate` is given a stack whose first creation failed, when `recreateFailed` is set.
 */
async function currentStack(ctx, recreateFailed, recreate) {
    let current = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStack */ .GO)(ctx, ctx.name);
    if (current !== undefined && (0,_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isInProgress */ .LT)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(current))) {
        current = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForSettle */ .y)(ctx, current);
    }
    return current === undefined
        ? undefined
        : checkDeployable(ctx, current, recreateFailed, recreate);
}
async function checkDeployable(ctx, current, recreateFailed, recreate) {
    const status = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(current);
    if ((0,_status_js__WEBPACK_IMPORTED_MODULE_5__/* .needsRecreate */ .bc)(status)) {
        const failures = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .lastFailures */ .II)(ctx, current);
        if (!recreateFailed) {
            throw new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackCompleteMessage */ .zh)(ctx.name, status, failures, current.StackStatusReason), ctx.name, status, failures);
        }
        ctx.opts.log(`${ctx.name}: ${status} (its first creation failed: ${failures.map((f) => `${f.logicalId}: ${f.reason}`).join('; ') ||
            (current.StackStatusReason ?? 'no reason given')}); deleting it to create it again (recreate-failed-stack)`);
        await recreate(current);
        return undefined;
    }
    if ((0,_status_js__WEBPACK_IMPORTED_MODULE_5__/* .isBlocked */ .lT)(status)) {
        const failures = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .lastFailures */ .II)(ctx, current);
        throw new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .blockedStackMessage */ .qI)(ctx.name, status, failures, current.StackStatusReason), ctx.name, status, failures);
    }
    return current;
}


/***/ }),

/***/ 8917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ CHANGE_SET_NAME_PATTERN),
/* harmony export */   AZ: () => (/* binding */ FINGERPRINT_TAG),
/* harmony export */   LT: () => (/* binding */ isInProgress),
/* harmony export */   ST: () => (/* binding */ isEmptyChangeSetReason),
/* harmony export */   YN: () => (/* binding */ TEMPLATE_BODY_LIMIT),
/* harmony export */   bc: () => (/* binding */ needsRecreate),
/* harmony export */   ig: () => (/* binding */ newChangeSetName),
/* harmony export */   lT: () => (/* binding */ isBlocked),
/* harmony export */   tM: () => (/* binding */ isSettledSuccess),
/* harmony export */   uR: () => (/* binding */ successStatus)
/* harmony export */ });
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


/***/ }),

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ lastFailures),
/* harmony export */   ZO: () => (/* binding */ waitForStack),
/* harmony export */   gu: () => (/* binding */ settled),
/* harmony export */   y: () => (/* binding */ waitForSettle)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9116);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(406);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5695);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8917);




/**
 * Polls the stack (and logs its new events) until `isDone`; throws at the deadline.
 * `isDone` gets the stack (undefined once deleted) and whether an in-progress status was seen.
 */
async function waitForStack(ctx, ref, events, activity, isDone) {
    let delay = _context_js__WEBPACK_IMPORTED_MODULE_0__/* .POLL_FIRST_MS */ .ed;
    let sawInProgress = false;
    for (;;) {
        const s = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStack */ .GO)(ctx, ref);
        if (events !== undefined) {
            for (const e of await events.poll()) {
                ctx.opts.log((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .progressLine */ .oz)(ctx.name, e, ctx.opts.now() - ctx.start));
            }
        }
        const last = s === undefined ? 'DELETE_COMPLETE' : (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(s);
        if ((0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .isInProgress */ .LT)(last))
            sawInProgress = true;
        if (isDone(s, sawInProgress))
            return s;
        delay = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .pollPause */ .Gn)(ctx, delay, (elapsed) => new _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .timeoutMessage */ .l7)(ctx.name, activity, last, elapsed, ctx.opts.timeoutSeconds), ctx.name, last));
    }
}
/** Done once the stack is gone or no operation runs on it. */
const settled = (x) => x === undefined || !(0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .isInProgress */ .LT)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(x));
/** A stack busy with an operation started elsewhere: wait until it settles. */
async function waitForSettle(ctx, s) {
    const status = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(s);
    ctx.opts.log(`${ctx.name}: ${status}; waiting for the operation in progress to finish`);
    const ref = s.StackId ?? ctx.name;
    const since = s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
    const events = new _events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventLog */ .h(ctx.client, ctx.call, ref, since);
    const done = await waitForStack(ctx, ref, events, `finish its ${status} operation`, settled);
    ctx.opts.log(`${ctx.name}: ${done === undefined ? 'deleted' : (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(done)}`);
    return done;
}
/** The failed resources of the stack's last operation (for a stack found failed). */
async function lastFailures(ctx, s) {
    const since = (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .needsRecreate */ .bc)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(s))
        ? s.CreationTime
        : (s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime);
    const events = new _events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventLog */ .h(ctx.client, ctx.call, s.StackId ?? ctx.name, since);
    await events.poll();
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .failedResources */ .HJ)(events.events);
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


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ configNote),
/* harmony export */   z: () => (/* binding */ deployedConfig)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8875);
/**
 * Is the site file at this commit the one the site stack was last deployed with? Deploy records
 * the file's fingerprint as the site stack's tag `secure-dist:config` (./fingerprint.ts); plan
 * and rotate read it back and say when the two differ. Pure.
 */

function deployedConfig(site, stack) {
    if (stack === undefined)
        return { state: 'not-deployed' };
    const deployed = stack.tags[_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_TAG */ .qC];
    if (deployed === undefined)
        return { state: 'unrecorded' };
    return deployed === site.fingerprint ? { state: 'same' } : { state: 'differs', deployed };
}
/**
 * The line plan and rotate show (a warning and a summary line) when the file differs from the
 * deployed one, or cannot be compared; undefined when they agree or nothing is deployed.
 * `consequence` says what that means for the command.
 */
function configNote(site, config, consequence) {
    const stack = `${site.stackName}-site`;
    if (config.state === 'differs') {
        return (`${site.file} at this commit differs from the one \`${stack}\` was last deployed with ` +
            `(${_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_TAG */ .qC} ${config.deployed.slice(0, 12)}, this file ${site.fingerprint.slice(0, 12)}): ${consequence}`);
    }
    if (config.state === 'unrecorded') {
        return (`\`${stack}\` does not record the site file it was deployed with (tag ${_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_TAG */ .qC}; deployed before ` +
            `${site.file}), so it cannot be compared with this one: the next deploy records it`);
    }
    return undefined;
}


/***/ })

};
