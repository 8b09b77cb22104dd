export const id = 514;
export const ids = [514];
export const modules = {

/***/ 9514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deleteEdgeStack: () => (/* binding */ deleteEdgeStack),
  deployFunctionCommand: () => (/* binding */ deployFunctionCommand),
  deployFunctionStacks: () => (/* binding */ deployFunctionStacks),
  functionUsers: () => (/* binding */ functionUsers),
  planFunctionCommand: () => (/* binding */ planFunctionCommand),
  readPepper: () => (/* binding */ readPepper),
  storeArnOf: () => (/* binding */ storeArnOf),
  storeSummaryMarkdown: () => (/* binding */ storeSummaryMarkdown),
  writeUsersToStore: () => (/* binding */ writeUsersToStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/aws/users-secret.ts
var users_secret = __webpack_require__(3058);
// EXTERNAL MODULE: ./src/deploy/index.ts + 5 modules
var deploy = __webpack_require__(3009);
// EXTERNAL MODULE: ./src/deploy/context.ts
var context = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/deploy/recreate.ts
var recreate = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/edge/function/store.ts + 1 modules
var store = __webpack_require__(4312);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-cjs/index.js
var client_cloudfront_keyvaluestore_dist_cjs = __webpack_require__(3825);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/kvs/store-io.ts
/**
 * Writing the users to the CloudFront KeyValueStore (`edge: function`, issue 14): the store's
 * current keys (ListKeys) against what it must hold (h14's `buildStoreEntries`), and only the
 * difference sent with UpdateKeys -- an unchanged deploy sends nothing.
 *
 * Every write is ETag-guarded: "IfMatch: The current version (ETag) of the key value store that
 * you are updating keys of, which you can get by using the DescribeKeyValueStore API operation"
 * (API Reference, UpdateKeys: https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_UpdateKeys.html).
 * A concurrent writer (another run, an edit in the console) therefore makes the write fail with
 * a ConflictException instead of being overwritten: this module reads the store again,
 * recomputes the difference and retries, up to `CONFLICT_ATTEMPTS` times.
 *
 * UpdateKeys "Puts or deletes multiple key-value pairs in a single, all-or-nothing operation"
 * (same page): puts and deletes go in one call when they fit. A call takes at most 50 keys
 * (puts and deletes together) and a 3 MB payload ("Quotas" › "Key value stores",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html; the
 * Terraform/Pulumi KeyvaluestoreKeysExclusive `max_batch_size` states the same: "AWS has a
 * default quota of 50 keys or a 3 MB payload, whichever is reached first"). Larger changes go
 * in several calls, puts before deletes, each with the ETag the previous one returned, so no
 * user loses access before the new entries exist. ListKeys pages hold at most 50 items ("The
 * default is 10 and maximum allowed page is 50", ListKeysRequest.MaxResults).
 *
 * Only keys of this action's format (`u:` + user, src/edge/function/format.ts) are managed:
 * other keys are left alone. Nothing here logs a value (values hold salted HMACs).
 */



/** Keys per UpdateKeys call (puts and deletes together), see the module comment. */
const UPDATE_KEYS_MAX_KEYS = 50;
/** Request payload per UpdateKeys call, in bytes (3 MB), see the module comment. */
const UPDATE_KEYS_MAX_BYTES = 3 * 1024 * 1024;
/** Items per ListKeys page (the API's maximum). */
const LIST_KEYS_PAGE = 50;
/** Attempts when another writer changed the store between our read and our write. */
const CONFLICT_ATTEMPTS = 5;
/**
 * Pure: what to put and delete so that the store's managed keys are exactly `desired` (h14's
 * `planStoreUpdate`, src/edge/function/store.ts: only stale `u:` keys are deleted).
 */
function storeChanges(current, desired) {
    return (0,store/* planStoreUpdate */.Q6)([...current].map(([key, value]) => ({ key, value })), desired);
}
/**
 * Pure: the changes as UpdateKeys calls within the limits (keys and bytes). Puts and deletes
 * share a call when they fit; puts come first, so a call with deletes follows every put.
 */
function storeBatches(changes) {
    const batches = [];
    let puts = [];
    let deletes = [];
    let bytes = 0;
    const flush = () => {
        if (puts.length + deletes.length > 0)
            batches.push({ puts, deletes });
        puts = [];
        deletes = [];
        bytes = 0;
    };
    // Headroom for the JSON around the items ({"Puts":[…],"Deletes":[…]}).
    const limit = UPDATE_KEYS_MAX_BYTES - 1024;
    const add = (size, push) => {
        if (puts.length + deletes.length >= UPDATE_KEYS_MAX_KEYS || bytes + size > limit)
            flush();
        push();
        bytes += size;
    };
    for (const entry of changes.puts) {
        const size = Buffer.byteLength(JSON.stringify({ Key: entry.key, Value: entry.value })) + 1;
        add(size, () => puts.push(entry));
    }
    for (const key of changes.deletes) {
        add(Buffer.byteLength(JSON.stringify({ Key: key })) + 1, () => deletes.push(key));
    }
    flush();
    return batches;
}
/** The store's ETag (DescribeKeyValueStore) and every key and value (ListKeys, paginated). */
async function readStore(client, kvsArn, opts) {
    const described = await call(opts, kvsArn, 'DescribeKeyValueStore', () => client.send(new client_cloudfront_keyvaluestore_dist_cjs/* DescribeKeyValueStoreCommand */.wC({ KvsARN: kvsArn })));
    if (described.ETag === undefined) {
        throw new Error(`KeyValueStore ${kvsArn}: DescribeKeyValueStore returned no ETag`);
    }
    const items = new Map();
    let token;
    do {
        const next = token;
        const page = await call(opts, kvsArn, 'ListKeys', () => client.send(new client_cloudfront_keyvaluestore_dist_cjs/* ListKeysCommand */.Q4({
            KvsARN: kvsArn,
            MaxResults: LIST_KEYS_PAGE,
            ...(next !== undefined ? { NextToken: next } : {}),
        })));
        for (const item of page.Items ?? []) {
            if (item.Key !== undefined)
                items.set(item.Key, item.Value ?? '');
        }
        token = page.NextToken === '' ? undefined : page.NextToken;
    } while (token !== undefined);
    return { etag: described.ETag, items };
}
/**
 * Makes the store hold exactly `desired` (of the keys this action manages): reads it, sends
 * the difference with ETag-guarded UpdateKeys calls, and on a conflict (someone else wrote in
 * between) reads again and retries. Nothing is sent when nothing changed.
 */
async function writeStore(client, kvsArn, desired, opts) {
    const putKeys = new Set();
    const deleteKeys = new Set();
    let calls = 0;
    for (let attempt = 1;; attempt++) {
        const { etag: start, items } = await readStore(client, kvsArn, opts);
        let etag = start;
        try {
            for (const batch of storeBatches(storeChanges(items, desired))) {
                const ifMatch = etag;
                const response = await call(opts, kvsArn, 'UpdateKeys', () => client.send(new client_cloudfront_keyvaluestore_dist_cjs/* UpdateKeysCommand */.jB({
                    KvsARN: kvsArn,
                    IfMatch: ifMatch,
                    ...(batch.puts.length > 0
                        ? { Puts: batch.puts.map((e) => ({ Key: e.key, Value: e.value })) }
                        : {}),
                    ...(batch.deletes.length > 0
                        ? { Deletes: batch.deletes.map((key) => ({ Key: key })) }
                        : {}),
                })));
                calls += 1;
                batch.puts.forEach((e) => putKeys.add(e.key));
                batch.deletes.forEach((k) => deleteKeys.add(k));
                if (response.ETag === undefined) {
                    throw new Error(`KeyValueStore ${kvsArn}: UpdateKeys returned no ETag`);
                }
                etag = response.ETag;
            }
            return {
                kvsArn,
                puts: [...putKeys].sort(compare),
                deletes: [...deleteKeys].sort(compare),
                calls,
                etag,
            };
        }
        catch (e) {
            if (!isConflict(e))
                throw e;
            if (attempt >= CONFLICT_ATTEMPTS) {
                throw new Error(`KeyValueStore ${kvsArn}: another writer changed it during each of ${CONFLICT_ATTEMPTS} attempts ` +
                    '(UpdateKeys refused our If-Match ETag); run one deploy or rotate at a time (a workflow `concurrency` group)', { cause: e });
            }
            opts.log(`KeyValueStore ${kvsArn}: changed by someone else while writing (attempt ${attempt}/${CONFLICT_ATTEMPTS}); reading it again`);
        }
    }
}
/** UpdateKeys' answer to a stale If-Match: a ConflictException (409), or a 412. */
function isConflict(e) {
    const name = (0,retry/* errorName */.Is)(e);
    return name === 'ConflictException' || name === 'PreconditionFailed' || (0,retry/* httpStatus */.nG)(e) === 412;
}
/** One API call: throttling retried; other errors name the store, the call and what to do. */
async function call(opts, kvsArn, action, fn) {
    try {
        return await (0,retry/* retry */.L5)(() => fn(), {
            attempts: 6,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            sleep: opts.sleep,
            random: opts.random ?? Math.random,
            retryable: retry/* isThrottling */.E2,
        });
    }
    catch (e) {
        if (isConflict(e))
            throw e;
        const name = (0,retry/* errorName */.Is)(e);
        const hint = name === 'AccessDeniedException'
            ? ` The role needs cloudfront-keyvaluestore:${action} on this store, which the bootstrap stack grants ` +
                'on its own store only: update the bootstrap stack to this version (secure-dist-action docs/runtimes.md, "Bootstrap with `edge: function`").'
            : '';
        throw new Error(`KeyValueStore ${kvsArn}: ${action} failed: ${name || 'error'}: ${(0,retry/* errorMessage */.gJ)(e)}.${hint}`, { cause: e });
    }
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-cjs/index.js
var client_cloudfront_dist_cjs = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/synth/index.ts + 11 modules
var src_synth = __webpack_require__(2185);
;// CONCATENATED MODULE: ./src/kvs/users-store.ts
/**
 * Finding the users' KeyValueStore (`edge: function`): the bootstrap stack creates it as
 * `<stack-name>-users` (cloudformation/bootstrap.yaml, UsersStore), and its ARN ends in a random
 * id, so deploy asks CloudFront for it by name: DescribeKeyValueStore (the CloudFront API, not
 * the KeyValueStore data plane) "Specifies the key value store and its configuration" and
 * returns its ARN (API Reference, DescribeKeyValueStore; Developer Guide, "Get a reference to a
 * key value store": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-get-reference.html).
 *
 * The lookup cannot send the action to another site's store: the deploy role may write the keys
 * of its own bootstrap's store only (its exact ARN), so whatever a name resolved to, a write
 * elsewhere is refused by IAM.
 */



/** What to do when the store cannot be found or read: the bootstrap stack is the fix. */
const BOOTSTRAP_FIX = 'update the bootstrap stack (cloudformation/bootstrap.yaml) to this version with CreateUsersStore=true, the default: it creates the store and lets the deploy role use it (secure-dist-action docs/runtimes.md, "Bootstrap with `edge: function`")';
/**
 * The ARN of the bootstrap stack's KeyValueStore `<stack-name>-users`. The client retries
 * throttling itself (src/aws/clients.ts: adaptive retries).
 */
async function findUsersStore(client, stackName) {
    const name = (0,src_synth/* usersStoreName */.PY)(stackName);
    try {
        const { KeyValueStore: store } = await client.send(new client_cloudfront_dist_cjs.DescribeKeyValueStoreCommand({ Name: name }));
        if (store?.ARN === undefined) {
            throw new Error(`CloudFront returned no ARN for the KeyValueStore '${name}'`);
        }
        return store.ARN;
    }
    catch (e) {
        const why = (0,retry/* errorName */.Is)(e);
        const problem = why === 'EntityNotFound'
            ? 'does not exist'
            : why === 'AccessDenied' || why === 'AccessDeniedException'
                ? 'may not be read by this role (cloudfront:DescribeKeyValueStore)'
                : `could not be read: ${why || 'error'}: ${(0,retry/* errorMessage */.gJ)(e)}`;
        throw new Error(`edge: function keeps the users in the bootstrap stack's KeyValueStore '${name}', which ${problem}: ${BOOTSTRAP_FIX}`, { cause: e });
    }
}

// EXTERNAL MODULE: ./src/rotate/edge-credentials.ts
var edge_credentials = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/rotate/password-strength.ts
var password_strength = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/run/input-error.ts
var input_error = __webpack_require__(4246);
// EXTERNAL MODULE: ./src/rotate/site-users.ts
var site_users = __webpack_require__(3765);
// EXTERNAL MODULE: ./src/commands/deploy.ts + 3 modules
var commands_deploy = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/commands/synth.ts
var commands_synth = __webpack_require__(2488);
;// CONCATENATED MODULE: ./src/commands/deploy-function.ts
/**
 * `deploy` (and `rotate`'s store writes) with `edge: function` (issue 14): the site stack owns
 * the CloudFront Function and the pepper, the bootstrap stack the KeyValueStore the function
 * reads (found by name: src/kvs/users-store.ts); the users go to the store with UpdateKeys,
 * only when they changed; the edge stack (us-east-1) keeps only the web ACL, or is deleted
 * without `rate-limit`.
 *
 * Where things live with `edge: function`:
 *   - us-east-1: only the CLOUDFRONT-scope WAF web ACL (`rate-limit`), in the edge stack:
 *     WAF requires such web ACLs to be created there (cloudformation/site.yaml cites it);
 *   - the site region: the function, the pepper secret `<stack-name>/pepper` and, with
 *     `basic-auth-users` empty, the users secret `<stack-name>/users`;
 *   - the bootstrap stack: the store `<stack-name>-users` (global, as CloudFront is).
 *
 * Switching a site from lambda to function is one deploy, in this order, so that logins keep
 * working throughout and nothing is deleted while CloudFront still uses it:
 *   1. the site stack with the Lambda@Edge association kept and the function prepared
 *      (`EdgeRuntime=lambda, PrepareFunction=true`): function and pepper are created, the
 *      function associated with the bootstrap's store;
 *   2. the users (copied from the us-east-1 users secret into `<stack-name>/users` when they
 *      lived there) written to the store;
 *   3. the site stack with `EdgeRuntime=function`: the distribution's viewer-request goes to the
 *      function, the Lambda@Edge associations are removed;
 *   4. only then the old edge stack: updated to hold only the web ACL (`rate-limit`), or deleted.
 *      Its Lambda versions are retained (`DeletionPolicy: Retain`, as always) and so is the
 *      us-east-1 users secret (`RetainExceptOnCreate`). Lambda@Edge deletes the replicas of a
 *      function only hours after its last association is removed, and refuses to delete the
 *      function before: a delete that fails for that reason is reported as a warning, and the
 *      next deploy deletes the stack again.
 * Switching back (function to lambda) is the lambda deploy: the edge stack first, then the site
 * stack, whose update removes the function association, the function and the pepper (the
 * bootstrap's store stays, with the entries last written).
 */


















/**
 * The users of `edge: function`: `basic-auth-users`, else the site region's users secret
 * `<stack-name>/users`, else (a site switching from lambda) the us-east-1 secret
 * `<stack-name>/basic-auth`, to be copied. Every password must pass the runtime's strength
 * check (src/rotate/password-strength.ts: zxcvbn-ts, generated passwords only in effect),
 * before anything changes.
 */
async function functionUsers(site, run, ctx, setSecret) {
    if (run.basicAuthUsers.length > 0) {
        // The run's configuration has checked their names and the 128-bit rule (src/run/); the
        // estimator, which takes a second to load, only here where the passwords are accepted.
        const credentials = run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
        await (0,password_strength/* checkFunctionPasswordStrength */.B$)(credentials, (user, problem) => new input_error/* InputError */.dz('basic-auth-users', `user '${user}': the password is too weak for \`edge: function\`: it ${problem}; ${password_strength/* STRENGTH_ADVICE */.n9}`));
        return { credentials };
    }
    const regional = (0,src_synth/* functionUsersSecretName */._e)(site.stackName);
    const stored = await (0,users_secret/* readUsersSecret */.Zj)(ctx.clients.secretsManager(site.region), regional, setSecret);
    if (stored !== undefined && stored.state.users.length > 0) {
        return {
            ...(stored.state.sessionKeyId !== undefined
                ? { sessionKeyId: stored.state.sessionKeyId }
                : {}),
            credentials: await checked((0,site_users/* credentialsOfSite */.n)((0,edge_credentials/* credentialsForEdge */.PZ)(stored.state, ctx.now()), site, regional, (m) => ctx.log.warn(m)), regional, site.region),
        };
    }
    const legacy = (0,users_secret/* secretName */.Gf)(site.stackName);
    const old = await (0,users_secret/* readUsersSecret */.Zj)(ctx.clients.secretsManager(), legacy, setSecret);
    if (old !== undefined && old.state.users.length > 0) {
        return {
            credentials: await checked((0,site_users/* credentialsOfSite */.n)((0,edge_credentials/* credentialsForEdge */.PZ)(old.state, ctx.now()), site, legacy, (m) => ctx.log.warn(m)), legacy, clients/* EDGE_REGION */.Dz),
            migrate: old.state,
        };
    }
    // A new site with its users in AWS: deploy the stacks (the secret comes with the site stack),
    // leave the store without users (everyone gets 401) and say how to add them.
    return { credentials: [], noUsersYet: NO_USERS_YET(site.file, regional, site.region) };
}
const NO_USERS_YET = (file, secret, region) => `\`basic-auth-users\` is empty and the Secrets Manager secret '${secret}' (${region}) holds no users yet, so the ` +
    `site lets nobody in: run \`command: rotate\` (it gives the users of ${file} generated passwords and writes ` +
    'them to the KeyValueStore), or set `basic-auth-users`';
/** The users of a secret, once every password passed the strength check (or the error). */
async function checked(credentials, secret, region) {
    await (0,password_strength/* checkFunctionPasswordStrength */.B$)(credentials, (user, problem) => new Error(`secret '${secret}' (${region}): a password of user '${user}' is too weak for \`edge: function\`: ` +
        `it ${problem}. Give the user a generated one: \`command: rotate\` with \`rotate-users: ${user}\` ` +
        `(${password_strength/* STRENGTH_ADVICE */.n9})`));
    return credentials;
}
/** The site's pepper from `<stack-name>/pepper` (site region), masked before anything else. */
async function readPepper(site, ctx, setSecret) {
    const name = (0,src_synth/* pepperSecretName */.Ay)(site.stackName);
    let value;
    try {
        value = (await ctx.clients
            .secretsManager(site.region)
            .send(new dist_cjs.GetSecretValueCommand({ SecretId: name }))).SecretString;
    }
    catch (e) {
        // The site stack creates it with `edge: function` (cloudformation/site.yaml, PepperSecret).
        throw (0,users_secret/* secretError */.d6)(e, name, site.region, 'read', 'secretsmanager:GetSecretValue');
    }
    if (value === undefined)
        throw new Error(`secret '${name}' (${site.region}) holds no string`);
    setSecret(value);
    const problem = (0,store/* pepperProblem */.CA)(value);
    if (problem !== undefined) {
        throw new Error(`secret '${name}' (${site.region}): the pepper ${problem}`);
    }
    return value;
}
/** The users as the store must hold them, written with ETag-guarded UpdateKeys. */
async function writeUsersToStore(site, ctx, kvsArn, credentials, setSecret) {
    const pepper = await readPepper(site, ctx, setSecret);
    // No users (a new site with its users in AWS, before the first rotate): no user key at all.
    const entries = credentials.length === 0
        ? []
        : (0,store/* buildStoreEntries */.En)({
            scope: site.stackName,
            pepper,
            users: credentials,
            access: site.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
        });
    const client = ctx.clients.keyValueStore?.();
    if (client === undefined)
        throw new Error('edge: function needs a KeyValueStore client');
    const result = await writeStore(client, kvsArn, entries, {
        sleep: ctx.sleep,
        log: (line) => ctx.log.info(line),
    });
    const users = (keys) => keys.map((k) => k.slice(2)).join(', ');
    ctx.log.info(result.calls === 0
        ? `KeyValueStore ${kvsArn}: the users are up to date (${entries.length}); nothing written`
        : `KeyValueStore ${kvsArn}: wrote ${result.puts.length} user(s)${result.puts.length > 0 ? ` (${users(result.puts)})` : ''}, ` +
            `removed ${result.deletes.length}${result.deletes.length > 0 ? ` (${users(result.deletes)})` : ''} in ${result.calls} call(s)`);
    return result;
}
/** The store's ARN from the site stack's output. */
function storeArnOf(site) {
    const arn = site.outputs.UsersStoreArn;
    if (arn === undefined) {
        throw new Error(`stack '${site.stackName}' has no output UsersStoreArn: was it deployed with \`edge: function\`?`);
    }
    return arn;
}
/**
 * Deletes a stack (the old edge stack), with the service role. A delete that fails (a
 * Lambda@Edge function whose replicas CloudFront has not removed yet) comes back as a warning.
 */
async function deleteEdgeStack(client, stackName, opts) {
    const ctx = (0,context/* makeCtx */.Gu)(client, stackName, opts, opts.roleArn);
    const current = await (0,context/* describeStack */.GO)(ctx, stackName);
    if (current === undefined)
        return undefined;
    try {
        await (0,recreate/* deleteStackAndWait */.W)(ctx, current, `secure-dist-delete-${Math.floor(opts.now() / 1000)}`, opts.roleArn);
        opts.log(`${stackName}: deleted (edge: function needs no Lambda@Edge function)`);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof deploy/* DeployError */.sH))
            throw e;
        return (`the old edge stack '${stackName}' (${clients/* EDGE_REGION */.Dz}) could not be deleted yet: ${e.message}\n` +
            'Lambda@Edge removes the replicas of a function only hours after its last CloudFront association ' +
            'is removed, and the function cannot be deleted before; the site already uses the CloudFront ' +
            'Function, and the next deploy deletes this stack again.');
    }
}
/**
 * The stacks of `edge: function` and the users in the store (see the module comment for the
 * order). The users are read and checked before any change; they are written to the store (and,
 * on a switch, copied into the site region's secret) once the site stack has the store.
 */
async function deployFunctionStacks(site, run, ctx, deps) {
    const usersInSecret = run.basicAuthUsers.length === 0;
    // Read (and check) the users before any change: a weak password stops the deploy here.
    const users = await functionUsers(site, run, ctx, deps.setSecret);
    const rendered = (0,commands_synth/* synthFor */.Id)(site, run, [], {
        usersInSecretsManager: usersInSecret,
        sessionKeyId: users.sessionKeyId,
        ...(deps.renderFunctionCode !== undefined
            ? { renderFunctionCode: deps.renderFunctionCode }
            : {}),
    });
    // The bootstrap stack's store, before any change: the function reads it, deploy writes it.
    const storeArn = await findUsersStore(ctx.clients.cloudFront(), site.stackName);
    const synth = { ...rendered, site: (0,src_synth/* withUsersStore */.MB)(rendered.site, storeArn) };
    const common = (0,commands_deploy.deployOptions)(site, run, ctx);
    const edgeClient = ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz);
    const siteClient = ctx.clients.cloudFormation(site.region);
    const deployedSite = await (0,stack_outputs.findStack)(siteClient, synth.site.stackName, site.region);
    const deployedEdge = await (0,stack_outputs.findStack)(edgeClient, synth.edge.stackName, clients/* EDGE_REGION */.Dz);
    const switching = deployedSite !== undefined && (deployedSite.parameters.EdgeRuntime ?? 'lambda') === 'lambda';
    const lambdaEdge = deployedEdge !== undefined && (deployedEdge.parameters.EdgeRuntime ?? 'lambda') === 'lambda';
    const wantWebAcl = site.rateLimit > 0;
    const warnings = users.noUsersYet === undefined ? [] : [users.noUsersYet];
    if (users.noUsersYet !== undefined)
        ctx.log.warn(users.noUsersYet);
    // The web ACL first, unless the edge stack still runs the Lambda the site uses (then after).
    let edge = notDeployed(synth.edge.stackName);
    let webAclArn = deployedEdge?.outputs.WebAclArn;
    if (wantWebAcl && !lambdaEdge) {
        edge = await (0,deploy/* deployStack */.gE)(edgeClient, (0,commands_deploy.stackInput)(synth.edge), common);
        webAclArn = edge.outputs.WebAclArn;
    }
    const siteFor = (acl) => !wantWebAcl
        ? synth.site
        : acl !== undefined
            ? (0,src_synth/* withEdgeWebAcl */.iP)(synth.site, { WebAclArn: acl })
            : // `rate-limit` turned on while switching: the web ACL comes with the edge update below.
                (0,src_synth/* withParameters */.zv)(synth.site, { WebAclArn: deployedSite?.parameters.WebAclArn ?? '' });
    const aclForSite = webAclArn;
    let siteDeploys = 0;
    let store;
    const fillStore = async (kvsArn) => {
        if (kvsArn === undefined) {
            throw new Error(`stack '${synth.site.stackName}' has no output UsersStoreArn after its deploy with edge: function`);
        }
        if (users.migrate !== undefined && usersInSecret) {
            const name = (0,src_synth/* functionUsersSecretName */._e)(site.stackName);
            await (0,users_secret/* writeUsersSecret */.Sk)(ctx.clients.secretsManager(site.region), name, users.migrate, (deps.requestToken ?? external_node_crypto_.randomUUID)());
            ctx.log.info(`copied the users of '${(0,users_secret/* secretName */.Gf)(site.stackName)}' (${clients/* EDGE_REGION */.Dz}) into '${name}' (${site.region}); ` +
                'the us-east-1 secret is kept (delete it by hand once you will not switch back)');
        }
        store = await writeUsersToStore(site, ctx, kvsArn, users.credentials, deps.setSecret);
    };
    const siteInput = (stack) => (0,commands_deploy.stackInput)(stack, site.fingerprint);
    let siteStack;
    if (switching) {
        ctx.log.info(`${synth.site.stackName}: switching from Lambda@Edge to the CloudFront Function: the function and its ` +
            'store first, then the users, then the association');
        const prepared = await (0,deploy/* deployStack */.gE)(siteClient, siteInput((0,src_synth/* withParameters */.zv)(siteFor(aclForSite), {
            EdgeRuntime: 'lambda',
            PrepareFunction: 'true',
            EdgeFunctionVersionArn: deployedSite.parameters.EdgeFunctionVersionArn ?? '',
        })), common);
        siteDeploys += 1;
        // The store exists and the Lambda@Edge association still serves: fill it first.
        await fillStore(prepared.outputs.UsersStoreArn);
        siteStack = await (0,deploy/* deployStack */.gE)(siteClient, siteInput(siteFor(aclForSite)), common);
        siteDeploys += 1;
    }
    else {
        siteStack = await (0,deploy/* deployStack */.gE)(siteClient, siteInput(siteFor(aclForSite)), common);
        siteDeploys += 1;
        await fillStore(siteStack.outputs.UsersStoreArn);
    }
    // The old edge stack, now that the distribution no longer uses its function.
    if (lambdaEdge && wantWebAcl) {
        edge = await (0,deploy/* deployStack */.gE)(edgeClient, (0,commands_deploy.stackInput)(synth.edge), common);
        webAclArn = edge.outputs.WebAclArn;
        if (webAclArn !== aclForSite) {
            siteStack = await (0,deploy/* deployStack */.gE)(siteClient, siteInput(siteFor(webAclArn)), common);
            siteDeploys += 1;
        }
    }
    else if (deployedEdge !== undefined && !wantWebAcl) {
        const warning = await deleteEdgeStack(edgeClient, synth.edge.stackName, common);
        if (warning !== undefined) {
            warnings.push(warning);
            ctx.log.warn(warning);
        }
        else {
            edge = { ...notDeployed(synth.edge.stackName), stackStatus: 'DELETE_COMPLETE' };
        }
    }
    if (store === undefined)
        throw new Error('the users were not written to the KeyValueStore');
    return {
        edge,
        site: siteStack,
        store,
        info: (0,commands_deploy.siteInfo)(siteStack.outputs, undefined),
        siteDeploys,
        switchedFromLambda: switching,
        warnings,
    };
}
function notDeployed(stackName) {
    return {
        stackName,
        status: 'skipped',
        outputs: {},
        changes: [],
        durationMs: 0,
        stackStatus: 'NONE',
    };
}
/** `deploy` with `edge: function`: the stacks and the store, then the content. */
async function deployFunctionCommand(site, run, ctx, deps) {
    const report = await deployFunctionStacks(site, run, ctx, deps);
    return {
        ...report,
        content: await (0,commands_deploy.syncDeployedSite)(site, run, ctx, report.site, report.info),
    };
}
/** The job summary's lines about the store (names only, never a value). */
function storeSummaryMarkdown(report) {
    const names = (keys) => keys.map((k) => `\`${k.slice(2)}\``).join(', ');
    const out = ['### Users (CloudFront KeyValueStore)', ''];
    if (report.store.calls === 0)
        out.push('Up to date: nothing written.');
    else {
        out.push(`Written in ${report.store.calls} UpdateKeys call(s): ${report.store.puts.length} user(s) put` +
            (report.store.puts.length > 0 ? ` (${names(report.store.puts)})` : '') +
            `, ${report.store.deletes.length} removed` +
            (report.store.deletes.length > 0 ? ` (${names(report.store.deletes)})` : '') +
            '. CloudFront serves the change at its edge locations shortly after; AWS documents no propagation time.');
    }
    if (report.switchedFromLambda) {
        out.push('', 'The site switched from Lambda@Edge to the CloudFront Function in this run.');
    }
    for (const w of report.warnings)
        out.push('', `> ${w.replace(/\n/g, ' ')}`);
    out.push('');
    return out.join('\n');
}
/**
 * `plan` with `edge: function`: the change sets of the site stack (and of the edge stack when
 * it keeps the web ACL), the sync as a dry run. Like the Lambda runtime's plan, it reads no
 * password (no users secret, no pepper) and no hash (no ListKeys): the store's changes are
 * listed by the names of the site file's users, and written by deploy only when they changed.
 */
async function planFunctionCommand(site, run, ctx) {
    const synth = (0,commands_synth/* synthFor */.Id)(site, run, [], {
        standInHashes: true,
        usersInSecretsManager: run.basicAuthUsers.length === 0,
    });
    const common = {
        timeoutSeconds: site.stackTimeoutSeconds,
        sleep: ctx.sleep,
        now: ctx.now,
        log: (line) => ctx.log.info(line),
    };
    const edgeClient = ctx.clients.cloudFormation(clients/* EDGE_REGION */.Dz);
    const siteClient = ctx.clients.cloudFormation(site.region);
    const deployedEdge = await (0,stack_outputs.findStack)(edgeClient, synth.edge.stackName, clients/* EDGE_REGION */.Dz);
    const deployedSite = await (0,stack_outputs.findStack)(siteClient, synth.site.stackName, site.region);
    const config = (0,commands_deploy.siteConfigNote)(site, deployedSite, ctx);
    const names = site.users.map((n) => `\`${n}\``).join(', ');
    const skipped = [
        `The users in the KeyValueStore were not compared (plan reads no password and no hash): deploy writes ` +
            `${names === '' ? 'no user' : names} (the users of ${site.file}) and removes any other user, only the keys that changed.`,
    ];
    let edge = { stackName: synth.edge.stackName, status: 'skipped', changes: [] };
    if (site.rateLimit > 0) {
        edge = await (0,deploy/* planStack */.qz)(edgeClient, (0,commands_deploy.stackInput)(synth.edge), common);
    }
    else if (deployedEdge !== undefined) {
        skipped.push(`The edge stack \`${synth.edge.stackName}\` (${clients/* EDGE_REGION */.Dz}) would be deleted after the site stack moves to ` +
            'the CloudFront Function (its Lambda versions and users secret are kept).');
    }
    // The plan role may not look the store up: the deployed site's store, or a stand-in.
    const store = deployedSite?.parameters.UsersStoreArn || src_synth/* PENDING_USERS_STORE_ARN */.v$;
    const withStore = (0,src_synth/* withUsersStore */.MB)(synth.site, store);
    const siteStack = await (0,deploy/* planStack */.qz)(siteClient, (0,commands_deploy.stackInput)(site.rateLimit > 0
        ? (0,src_synth/* withEdgeWebAcl */.iP)(withStore, { WebAclArn: src_synth/* PENDING_WEB_ACL_ARN */.a5, ...deployedEdge?.outputs })
        : withStore, site.fingerprint), common);
    return (0,commands_deploy.planReport)(site, ctx, {
        edge,
        site: siteStack,
        info: (0,commands_deploy.siteInfo)(deployedSite?.outputs ?? {}, undefined),
        skipped,
        config,
    });
}


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ introducesPasswords),
/* harmony export */   PZ: () => (/* binding */ credentialsForEdge),
/* harmony export */   hZ: () => (/* binding */ sameCredentials),
/* harmony export */   ks: () => (/* binding */ credentialsDuringRotation)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1404);
/* harmony import */ var _secret_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9895);


/**
 * What the edge function must accept at `now`: every current password (no expiry) and every
 * retired one still within its grace period (with its expiry). Expired ones are left out, so
 * a later deploy drops them from the function. Each credential carries its user's credential
 * version (`cv`, issue 23) when the state has one: a session is the user's, whichever of their
 * passwords made it, so a replaced password still in its grace period signs in under the new
 * version.
 */
function credentialsForEdge(state, now) {
    return withVersions([
        ...state.users.map((u) => ({ user: u.user, password: u.password })),
        ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pruneExpired */ .U)(state, now).retired.map((r) => ({
            user: r.user,
            password: r.password,
            expires: r.expires,
        })),
    ], versionsOf(state));
}
/** The credential version of each user of `state` that has one. */
function versionsOf(state) {
    const versions = new Map();
    for (const u of state.users)
        if (u.cv !== undefined)
            versions.set(u.user, u.cv);
    return versions;
}
/** `credentials`, each with its user's version from `versions` (none when it has none). */
function withVersions(credentials, versions) {
    return credentials.map(({ cv: _ignored, ...c }) => {
        const cv = versions.get(c.user);
        return cv === undefined ? c : { ...c, cv };
    });
}
/**
 * What the edge function must accept while a rotation from `current` to `next` is being
 * written: `next`'s credentials (new passwords, replaced ones with their expiry) plus those of
 * `current` that `next` drops (removed users, passwords replaced with no grace period) as they
 * are in `current`. Whichever of the two the secret holds, all of its passwords work.
 */
function credentialsDuringRotation(current, next, now) {
    const upcoming = credentialsForEdge(next, now);
    const inNext = new Set(upcoming.map(credentialKey));
    const leaving = current === undefined
        ? []
        : credentialsForEdge(current, now).filter((c) => !inNext.has(credentialKey(c)));
    // One version per user: `next`'s where it has one (a rotated user's sessions end as soon as
    // the edge learns the new password), else the current one (a removed user's).
    const versions = new Map([
        ...(current === undefined ? [] : versionsOf(current)),
        ...versionsOf(next),
    ]);
    return withVersions([...upcoming, ...leaving], versions);
}
/** Does `next` hold a password (user and password) that `current` does not? */
function introducesPasswords(current, next, now) {
    const before = new Set(credentialsForEdge(current ?? _secret_format_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_USERS */ .fX, now).map(credentialKey));
    return credentialsForEdge(next, now).some((c) => !before.has(credentialKey(c)));
}
/** The same credentials with the same expiries and credential versions, in any order. */
function sameCredentials(a, b) {
    const canonical = (list) => JSON.stringify(list.map((c) => JSON.stringify([c.user, c.password, c.expires ?? null, c.cv ?? null])).sort());
    return canonical(a) === canonical(b);
}
function credentialKey(c) {
    return `${c.user}\u0000${c.password}`;
}


/***/ }),

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ checkFunctionPasswordStrength),
/* harmony export */   Dh: () => (/* binding */ loadPasswordStrength),
/* harmony export */   Gb: () => (/* binding */ generateAcceptedPassword),
/* harmony export */   n9: () => (/* binding */ STRENGTH_ADVICE)
/* harmony export */ });
/* unused harmony exports GENERATED_FORM, GENERATED_MIN_LOG10, CHOSEN_MIN_LOG10, strengthProblem */
/* harmony import */ var _edge_function_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4312);
/**
 * Which passwords `edge: function` accepts, measured against a guessing attacker (issue 22 #5,
 * #6). Action side only (deploy, rotate): the CloudFront Function itself checks nothing but the
 * HMAC, and stays free of dependencies.
 *
 * Why a rule this strict: the runtime stores HMAC-SHA-256 hashes keyed with a per-site pepper
 * (src/edge/function/format.ts), and principals with read-only access to the account hold both
 * halves. `cloudfront:GetFunction` returns the function's code, pepper included, and
 * `cloudfront-keyvaluestore:ListKeys`/`GetKey` the hashes and salts. The AWS-managed policies
 * `ReadOnlyAccess` (v178) and `CloudFrontReadOnlyAccess` (v12) grant `cloudfront:Get*` and
 * `cloudfront-keyvaluestore:Get*`/`List*`; `SecurityAudit` (v85) grants `cloudfront:Get*`, the
 * pepper without the hashes (AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/CloudFrontReadOnlyAccess.html,
 * .../ReadOnlyAccess.html and .../SecurityAudit.html; the versions named were read from the
 * policy documents mirrored in github.com/zoph-io/MAMIP, policies/<name>, 2026-03). A CloudFront
 * Function can read nothing else (its code and its KeyValueStore), so the pepper cannot be kept
 * where these policies do not reach. Such a reader guesses offline at GPU speed, billions of
 * HMAC-SHA-256 a second per card (an order of magnitude from public hashcat benchmarks, not
 * measured here): a password stands only if it was generated or as hard to guess.
 *
 * A password is accepted when it passes `functionPasswordProblem` (store.ts: 128 bits counted
 * as random characters of its alphabet, no character over a quarter of it) and zxcvbn-ts
 * (`@zxcvbn-ts/core`, with the common and English dictionaries: passwords, words, names,
 * keyboard walks, repeats, sequences, dates) estimates it takes
 *
 * - at least 10^20 guesses (`GENERATED_MIN_LOG10`), when it has the form of a password `rotate`
 *   generates (`GENERATED_FORM`: 24 base64url characters, 18 random bytes, 144 bits): such a
 *   password is taken as generated unless zxcvbn-ts finds a pattern in it. zxcvbn-ts counts a
 *   character it cannot explain as one of 10 (it underestimates random strings: 10^24 for 24
 *   random characters, not 64^24), and of 20,000 random 24-character base64url strings 1 fell
 *   below 10^20 (10^19.5), 2 more below 10^21, the median was 10^24 (measured with these
 *   dictionaries and `L33T_MAX_SUBSTITUTIONS`). `rotate` draws again when one falls below
 *   (`generateAcceptedPassword`): that leaves out about 1 password in 20,000 of the 2^144.
 * - at least 2^128 guesses (`CHOSEN_MIN_LOG10`) otherwise: with 10 guesses per unexplained
 *   character, about 39 characters in which zxcvbn-ts sees no pattern, e.g. 48 random base64
 *   characters (`openssl rand -base64 36`, 288 bits). This is conservative on purpose: an
 *   estimator cannot tell a chosen password from a random one, so a chosen one must be long
 *   enough that even text counted at 3.3 bits a character reaches 2^128.
 *
 * So `Password1!Password1!` (10^4.6), `Summer2024!Summer2024` (10^12.1),
 * `correct horse battery staple` (10^19.7), `0123456789abcdef0123456789abcdef` (10^4.5) and
 * `1234567890` repeated (10^2) are refused, each with what to do.
 *
 * The dictionaries are about 1.6 MB of JavaScript: this module loads them only when asked
 * (`loadPasswordStrength`), so no command but those that write the function's store reads them.
 * Building the estimator takes under a second; a check, tens of milliseconds.
 */

/** The form of a password `rotate` generates: 18 random bytes, base64url (password.ts). */
const GENERATED_FORM = /^[A-Za-z0-9_-]{24}$/;
/** log10 of the guesses zxcvbn-ts must estimate for a password of `GENERATED_FORM`. */
const GENERATED_MIN_LOG10 = 20;
/** log10 of the guesses zxcvbn-ts must estimate for any other password: 2^128. */
const CHOSEN_MIN_LOG10 = 128 * Math.log10(2);
/**
 * zxcvbn-ts's cap on l33t substitutions tried: its default, 100, makes a check of a random
 * 24-character string take 0.2 to 1 s, 4 takes 20 to 50 ms; l33t passwords have fewer
 * (`P@ssw0rd!P@ssw0rd!` is estimated the same, 10^4.35, with 4, 10 or 30). The figures in the
 * module comment were measured with 4.
 */
const L33T_MAX_SUBSTITUTIONS = 4;
let loading;
/** The check, with zxcvbn-ts and its dictionaries loaded (once per process). */
function loadPasswordStrength() {
    loading ??= build();
    return loading;
}
async function build() {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
        __webpack_require__.e(/* import() */ 639).then(__webpack_require__.t.bind(__webpack_require__, 4639, 19)),
        __webpack_require__.e(/* import() */ 480).then(__webpack_require__.t.bind(__webpack_require__, 3480, 19)),
        __webpack_require__.e(/* import() */ 650).then(__webpack_require__.t.bind(__webpack_require__, 2650, 19)),
    ]);
    const zxcvbn = new ZxcvbnFactory({
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
        l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    });
    const guessesLog10 = (password) => zxcvbn.check(password).guessesLog10;
    return {
        guessesLog10,
        problem: (password) => {
            const basic = (0,_edge_function_store_js__WEBPACK_IMPORTED_MODULE_0__/* .functionPasswordProblem */ .NR)(password);
            if (basic !== undefined)
                return basic;
            return strengthProblem(password, guessesLog10(password.normalize('NFC')));
        },
    };
}
/** The refusal for a password whose zxcvbn-ts estimate is `log10` guesses, or undefined. */
function strengthProblem(password, log10) {
    const about = `about 10^${Math.floor(log10)} guesses`;
    if (GENERATED_FORM.test(password)) {
        if (log10 >= GENERATED_MIN_LOG10)
            return undefined;
        return (`has the form of a generated password (24 base64url characters) but zxcvbn-ts finds a pattern in it ` +
            `(${about}; a random one needs over 10^${GENERATED_MIN_LOG10}): it was not generated`);
    }
    if (log10 >= CHOSEN_MIN_LOG10)
        return undefined;
    return (`can be guessed in ${about} (2^${Math.floor(log10 / Math.log10(2))}) by zxcvbn-ts's estimate; a password ` +
        'that `rotate` did not generate needs 2^128 (about 40 characters in which zxcvbn-ts sees no word, name, ' +
        'date, sequence or repeat)');
}
/**
 * What every refusal adds: why, and what to do. `edge: function` keeps fast hashes that a
 * principal with read-only access can test guesses against offline.
 */
const STRENGTH_ADVICE = 'with `edge: function` the hashes are fast (HMAC-SHA-256) and readable, with the pepper, by anyone with ' +
    'read-only access to the account, so only generated passwords are safe: leave `basic-auth-users` empty and ' +
    'let `command: rotate` generate the passwords (24 random characters), or give one generated with ' +
    '`openssl rand -base64 36` (48 characters)';
/**
 * A password from `generate` that the check accepts: drawn again while the check refuses it
 * (about 1 draw in 20,000 of `generatePassword`'s; see the module comment). Throws after 20
 * refusals in a row, which only a broken generator produces.
 */
function generateAcceptedPassword(generate, strength) {
    for (let i = 0; i < 20; i++) {
        const password = generate();
        if (strength.problem(password) === undefined)
            return password;
    }
    throw new Error('password generator: 20 passwords in a row were refused by the edge: function strength check');
}
/**
 * Throws `refusal(user, problem)` for the first password `edge: function` must not store
 * (`PasswordStrength.problem`); loads the estimator only when there is a password to check.
 */
async function checkFunctionPasswordStrength(users, refusal) {
    if (users.length === 0)
        return;
    const strength = await loadPasswordStrength();
    for (const { user, password } of users) {
        const problem = strength.problem(password);
        if (problem !== undefined)
            throw refusal(user, problem);
    }
}


/***/ }),

/***/ 1404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ planRotation),
  U: () => (/* binding */ pruneExpired)
});

// EXTERNAL MODULE: ./src/rotate/end-sessions.ts
var end_sessions = __webpack_require__(3562);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/rotate/session-ids.ts
/**
 * The random values a rotation writes for `login: form` (issue 23; docs/design-sessions.md):
 * a credential version per user whose password changes or whose sessions are ended, and a
 * session key id when every session ends. Neither is secret; they only need to differ from
 * every earlier value, so they come from the CSPRNG like passwords.
 */

/** A new credential version: 16 random bytes, base64url (22 characters). */
function generateCredentialVersion(random = external_node_crypto_.randomBytes) {
    return random(16).toString('base64url');
}
/** A new session key id: 8 random bytes in hex (16 letters and digits). */
function generateSessionKeyId(random = external_node_crypto_.randomBytes) {
    return random(8).toString('hex');
}

// EXTERNAL MODULE: ./src/rotate/secret-format.ts + 1 modules
var secret_format = __webpack_require__(9895);
// EXTERNAL MODULE: ./src/rotate/rules.ts
var rules = __webpack_require__(5172);
;// CONCATENATED MODULE: ./src/rotate/plan.ts
/**
 * The pure planning of `command: rotate`: from the users the secret holds and what
 * `rotate-users` asks, the secret's next value and who changed. No I/O, no clock of its own:
 * `now` (epoch milliseconds) and the password generator are parameters. Error messages name
 * the user and the rule broken, never a password.
 */




/**
 * The next state of the users. Rotating a user moves the current password to `retired` with
 * `expires = ceil(now / 1000) + graceSeconds` (not kept at all with a grace of 0) and gives
 * the user a new generated password and credential version; rotating a missing user adds them;
 * removing a user drops their current and retired passwords. `end-sessions` gives the named
 * users a new credential version (or, `all`, the state a new session key id); a secret without
 * a key id gets `DEFAULT_SESSION_KEY_ID`, the one deploy used for it, so no session ends. Throws `RotationError` when there is nothing to rotate
 * or the result would have no users.
 */
function planRotation(state, request) {
    const { graceSeconds, now } = request;
    if (!Number.isSafeInteger(graceSeconds) || graceSeconds < 0) {
        throw new rules/* RotationError */.FL(`the grace period must be whole seconds, got ${graceSeconds}`);
    }
    if (!Number.isFinite(now) || now < 0)
        throw new rules/* RotationError */.FL(`invalid clock value ${now}`);
    const base = pruneExpired(state ?? secret_format/* EMPTY_USERS */.fX, now);
    const removeUsers = [...new Set((request.removeUsers ?? []).map((u) => u.normalize('NFC')))];
    const rotateUsers = request.rotateUsers === undefined
        ? undefined
        : [...new Set(request.rotateUsers.map((u) => u.normalize('NFC')))];
    for (const user of [...removeUsers, ...(rotateUsers ?? [])]) {
        const problem = (0,rules/* userNameProblem */.Yz)(user);
        if (problem !== undefined)
            throw new rules/* RotationError */.FL(`user '${user}': ${problem}`);
    }
    const conflict = rotateUsers?.find((u) => removeUsers.includes(u));
    if (conflict !== undefined) {
        throw new rules/* RotationError */.FL(`user '${conflict}' cannot be both rotated and removed`);
    }
    const exists = (user) => base.users.some((u) => u.user === user) || base.retired.some((r) => r.user === user);
    const removed = removeUsers.filter(exists).sort(rules/* compareStrings */.Kt);
    const notFound = removeUsers.filter((u) => !exists(u)).sort(rules/* compareStrings */.Kt);
    const users = base.users.filter((u) => !removeUsers.includes(u.user));
    const retired = base.retired.filter((r) => !removeUsers.includes(r.user));
    const targets = rotateUsers ?? users.map((u) => u.user);
    if (rotateUsers === undefined && targets.length === 0 && removed.length === 0) {
        throw new rules/* RotationError */.FL('there are no users to rotate yet: list them in `users` of the site file (users: [alice, bob]); rotate adds them');
    }
    // Every user whose password changes, or who is added, gets a new credential version: the
    // sessions made with the old password end at the next request (docs/design-sessions.md (b)).
    const newCv = request.generateCv ?? generateCredentialVersion;
    const endSessions = request.endSessions ?? end_sessions/* END_NO_SESSIONS */.e;
    const expires = Math.ceil(now / 1000) + graceSeconds;
    const createdAt = new Date(now).toISOString();
    const rotated = [];
    const added = [];
    for (const user of targets) {
        const password = request.generate();
        const known = [
            ...users.filter((u) => u.user === user).map((u) => u.password),
            ...retired.filter((r) => r.user === user).map((r) => r.password),
        ];
        const problem = (0,rules/* passwordProblem */.Rd)(password, user);
        if (problem !== undefined) {
            throw new rules/* RotationError */.FL(`the generated password of user '${user}': ${problem}`);
        }
        if (known.includes(password)) {
            throw new rules/* RotationError */.FL(`the generated password of user '${user}' is one the user already has`);
        }
        const i = users.findIndex((u) => u.user === user);
        const current = users[i];
        if (current !== undefined) {
            if (graceSeconds > 0)
                retired.push({ user, password: current.password, expires });
            users[i] = { user, password, createdAt, cv: newCv() };
            rotated.push(user);
        }
        else {
            users.push({ user, password, createdAt, cv: newCv() });
            added.push(user);
        }
    }
    const sessionsEnded = [];
    if (endSessions.kind === 'users') {
        for (const name of endSessions.users) {
            const user = name.normalize('NFC');
            const i = users.findIndex((u) => u.user === user);
            const current = users[i];
            if (current === undefined) {
                throw new rules/* RotationError */.FL(`end-sessions: user '${user}' has no password to keep`);
            }
            // A user who also got a new password already has a new version.
            if (targets.includes(user))
                continue;
            users[i] = { ...current, cv: newCv() };
            sessionsEnded.push(user);
        }
    }
    const allSessionsEnded = endSessions.kind === 'all';
    const sessionKeyId = allSessionsEnded
        ? (request.generateKeyId ?? generateSessionKeyId)()
        : (base.sessionKeyId ?? secret_format/* DEFAULT_SESSION_KEY_ID */.bO);
    if (allSessionsEnded && sessionKeyId === (base.sessionKeyId ?? secret_format/* DEFAULT_SESSION_KEY_ID */.bO)) {
        throw new rules/* RotationError */.FL('end-sessions: the new session key id is the current one');
    }
    if (users.length === 0) {
        throw new rules/* RotationError */.FL(removed.length > 0
            ? `removing ${removed.map((u) => `'${u}'`).join(', ')} would leave no users, and the site would let nobody in: ` +
                'keep at least one user in `users` of the site file (a new name there is added in the same run), ' +
                'or delete the stacks to take the site down'
            : 'there are no users: list them in `users` of the site file (users: [alice, bob]); rotate adds them');
    }
    return {
        next: {
            version: secret_format/* USERS_SECRET_VERSION */.Nv,
            sessionKeyId,
            users: (0,secret_format/* sortUsers */.ZB)(users),
            retired: (0,secret_format/* sortRetired */.oy)(retired),
        },
        rotated: rotated.sort(rules/* compareStrings */.Kt),
        added: added.sort(rules/* compareStrings */.Kt),
        removed,
        notFound,
        sessionsEnded: sessionsEnded.sort(rules/* compareStrings */.Kt),
        allSessionsEnded,
        expiresAt: rotated.length > 0 && graceSeconds > 0 ? expires : undefined,
    };
}
/** The state without retired passwords that no longer work at `now` (epoch ms). */
function pruneExpired(state, now) {
    return { ...state, retired: state.retired.filter((r) => r.expires * 1000 > now) };
}


/***/ }),

/***/ 3765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ rotationRequestFor),
/* harmony export */   n: () => (/* binding */ credentialsOfSite)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1404);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5172);
/**
 * Rotation against the site file: the secret's users become the file's `users`. A name the file
 * has and the secret does not is added (with a generated password); a name the secret has and
 * the file does not is removed, with its retired passwords, at once; `rotate-users` picks which
 * of the remaining users get a new password (every one by default). Pure: the request
 * `planRotation` (./plan.ts) takes.
 */


/**
 * @param state the secret as read (undefined: not created yet)
 * @param siteUsers the site file's `users` (NFC)
 * @param selection `rotate-users`: names among `siteUsers`, or undefined for every user
 * @param now epoch milliseconds (retired passwords past their expiry are no user's any more)
 */
function rotationRequestFor(state, siteUsers, selection, now) {
    const live = state === undefined ? undefined : (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pruneExpired */ .U)(state, now);
    const active = new Set((live?.users ?? []).map((u) => u.user));
    const known = new Set([...active, ...(live?.retired ?? []).map((r) => r.user)]);
    const wanted = new Set(siteUsers);
    const removeUsers = [...known].filter((u) => !wanted.has(u)).sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt);
    const added = siteUsers.filter((u) => !active.has(u));
    const rotated = (selection ?? siteUsers).filter((u) => active.has(u) && wanted.has(u));
    return { rotateUsers: [...new Set([...rotated, ...added])], removeUsers, added };
}
/**
 * What a deploy bakes in from a users secret: the credentials of the site file's users only. A
 * name the file lists and the secret lacks stops the deploy (its access rules would name a user
 * who cannot log in; `rotate` adds them); a user the secret has and the file no longer lists is
 * left out, with a warning (`rotate` removes them from the secret). Names only in messages.
 */
function credentialsOfSite(credentials, site, secret, warn) {
    const held = new Set(credentials.map((c) => c.user));
    const missing = site.users.filter((u) => !held.has(u));
    if (missing.length > 0) {
        throw new Error(`the users secret '${secret}' has no password for ${missing.map((u) => `'${u}'`).join(', ')}, ` +
            `whom \`users\` in ${site.file} lists: run \`command: rotate\` (it adds the file's new users with ` +
            'generated passwords and deploys them)');
    }
    const extra = [...held].filter((u) => !site.users.includes(u)).sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt);
    if (extra.length > 0) {
        warn(`the users secret '${secret}' has ${extra.map((u) => `'${u}'`).join(', ')}, whom \`users\` in ${site.file} ` +
            'no longer lists: they are not let in; `command: rotate` removes them from the secret');
    }
    return credentials.filter((c) => site.users.includes(c.user));
}


/***/ })

};
