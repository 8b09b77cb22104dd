export const id = 413;
export const ids = [413];
export const modules = {

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

/***/ 4413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  edgeUsers: () => (/* binding */ edgeUsers),
  rotateCommand: () => (/* binding */ rotateCommand),
  rotateSummaryMarkdown: () => (/* binding */ rotateSummaryMarkdown),
  usersFromSecret: () => (/* binding */ usersFromSecret)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(8794);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(6042);
// EXTERNAL MODULE: ./src/aws/users-secret.ts
var users_secret = __webpack_require__(8599);
;// CONCATENATED MODULE: ./src/rotate/password.ts
/**
 * New passwords for `command: rotate`: 18 bytes from the operating system's CSPRNG
 * (`crypto.randomBytes`), base64url, so 24 characters of [A-Za-z0-9_-] carrying 144 bits of
 * entropy (at least 128 is the bar). Letters, digits, `-` and `_` survive every shell, URL,
 * YAML and JSON context someone may paste them into, and contain no `:`.
 */

/** Random bytes per password. */
const PASSWORD_BYTES = 18;
/** Entropy of a generated password, in bits. */
const PASSWORD_BITS = PASSWORD_BYTES * 8;
/** A fresh random password (24 base64url characters, 144 bits). */
function generatePassword(random = external_node_crypto_.randomBytes) {
    const bytes = random(PASSWORD_BYTES);
    if (bytes.length !== PASSWORD_BYTES) {
        throw new Error(`password generator: expected ${PASSWORD_BYTES} random bytes, got ${bytes.length}`);
    }
    return bytes.toString('base64url');
}

// EXTERNAL MODULE: ./src/rotate/secret-format.ts + 1 modules
var secret_format = __webpack_require__(4240);
// EXTERNAL MODULE: ./src/rotate/rules.ts
var rules = __webpack_require__(3861);
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
 * the user a new generated password; rotating a missing user adds them; removing a user drops
 * their current and retired passwords. Throws `RotationError` when there is nothing to rotate
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
        throw new rules/* RotationError */.FL('there are no users to rotate yet: name the users to add, for example `rotate-users: alice, bob`');
    }
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
            users[i] = { user, password, createdAt };
            rotated.push(user);
        }
        else {
            users.push({ user, password, createdAt });
            added.push(user);
        }
    }
    if (users.length === 0) {
        throw new rules/* RotationError */.FL(removed.length > 0
            ? `removing ${removed.map((u) => `'${u}'`).join(', ')} would leave no users, and the site would let nobody in: ` +
                `add a user in the same run (\`rotate-users: carol, -${removed[0] ?? 'bob'}\`), or delete the stacks to take the site down`
            : 'there are no users: name the users to add, for example `rotate-users: alice, bob`');
    }
    return {
        next: { version: secret_format/* USERS_SECRET_VERSION */.Nv, users: (0,secret_format/* sortUsers */.ZB)(users), retired: (0,secret_format/* sortRetired */.oy)(retired) },
        rotated: rotated.sort(rules/* compareStrings */.Kt),
        added: added.sort(rules/* compareStrings */.Kt),
        removed,
        notFound,
        expiresAt: rotated.length > 0 && graceSeconds > 0 ? expires : undefined,
    };
}
/** The state without retired passwords that no longer work at `now` (epoch ms). */
function pruneExpired(state, now) {
    return { ...state, retired: state.retired.filter((r) => r.expires * 1000 > now) };
}

;// CONCATENATED MODULE: ./src/rotate/edge-credentials.ts


/**
 * What the edge function must accept at `now`: every current password (no expiry) and every
 * retired one still within its grace period (with its expiry). Expired ones are left out, so
 * a later deploy drops them from the function.
 */
function credentialsForEdge(state, now) {
    return [
        ...state.users.map((u) => ({ user: u.user, password: u.password })),
        ...pruneExpired(state, now).retired.map((r) => ({
            user: r.user,
            password: r.password,
            expires: r.expires,
        })),
    ];
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
    return [...upcoming, ...leaving];
}
/** Does `next` hold a password (user and password) that `current` does not? */
function introducesPasswords(current, next, now) {
    const before = new Set(credentialsForEdge(current ?? secret_format/* EMPTY_USERS */.fX, now).map(credentialKey));
    return credentialsForEdge(next, now).some((c) => !before.has(credentialKey(c)));
}
/** The same credentials with the same expiries, in any order. */
function sameCredentials(a, b) {
    const canonical = (list) => JSON.stringify(list.map((c) => JSON.stringify([c.user, c.password, c.expires ?? null])).sort());
    return canonical(a) === canonical(b);
}
function credentialKey(c) {
    return `${c.user}\u0000${c.password}`;
}

;// CONCATENATED MODULE: ./src/rotate/rotate-users.ts
/**
 * The `rotate-users` input: who gets a new password, who is added, who is removed. One entry
 * per line or comma-separated:
 *
 *   - `all` (the default): every current user gets a new password;
 *   - `alice`: alice gets a new password, or is added with one if she is not a user yet;
 *   - `-bob`: bob is removed, with his retired passwords, at once (no grace period);
 *   - `all, -bob`: bob is removed and everyone else gets a new password.
 *
 * Errors quote the entry (an input value, not a secret) and the rule broken.
 */


/**
 * `rotate-users` as parsed by inputs (`undefined` for `all`, else the comma/newline-separated
 * entries): `name` rotates or adds, `-name` removes, `all` (alone or with removals) rotates
 * every remaining user. Names are NFC-normalised and validated like `basic-auth-users`.
 */
function parseRotateUsers(list) {
    if (list === undefined)
        return { rotate: undefined, remove: [] };
    const input = 'rotate-users';
    let all = false;
    const rotate = [];
    const remove = [];
    for (const raw of list) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        if (entry === 'all') {
            all = true;
            continue;
        }
        const removal = entry.startsWith('-');
        const user = (removal ? entry.slice(1).trim() : entry).normalize('NFC');
        if (user === '') {
            throw new src_inputs/* InputError */.dz(input, `'${entry}': a '-' must be followed by the user to remove`);
        }
        const problem = (0,rules/* userNameProblem */.Yz)(user);
        if (problem !== undefined)
            throw new src_inputs/* InputError */.dz(input, `'${entry}': ${problem}`);
        const target = removal ? remove : rotate;
        if (!target.includes(user))
            target.push(user);
    }
    const both = rotate.find((u) => remove.includes(u));
    if (both !== undefined) {
        throw new src_inputs/* InputError */.dz(input, `user '${both}' is listed both to rotate and to remove (-${both})`);
    }
    if (all && rotate.length > 0) {
        throw new src_inputs/* InputError */.dz(input, `'all' rotates every user: combine it only with removals (-name), or list the users by name (${rotate.join(', ')}, …)`);
    }
    if (!all && rotate.length === 0 && remove.length === 0) {
        throw new src_inputs/* InputError */.dz(input, "expected 'all', or user names (alice, bob), or removals (-carol)");
    }
    return { rotate: all ? undefined : rotate, remove };
}

;// CONCATENATED MODULE: ./src/commands/rotate.ts
/**
 * `command: rotate`: new passwords (and added or removed users) in the Secrets Manager secret
 * `<stack-name>/basic-auth`, deployed to the edge function, with the replaced passwords kept
 * working for `rotation-grace-period`.
 *
 * The order keeps every password the secret holds working at every instant, so a run that
 * fails anywhere leaves a site its users can still enter, and a rerun completes it:
 *
 *   1. read the secret (every password masked at once) and plan the next users;
 *   2. when there are new passwords: deploy the edge function accepting both what the secret
 *      holds now and what it will hold (replaced passwords with their expiry). A failure here
 *      leaves the secret unchanged and the edge stack unchanged or rolled back;
 *   3. check that nobody changed the secret meanwhile, then PutSecretValue (the previous
 *      version stays as AWSPREVIOUS). A failure here leaves an edge function that accepts the
 *      old and the new passwords; a rerun generates fresh ones and completes;
 *   4. when the edge function still accepts passwords the secret no longer holds (removed
 *      users, replaced passwords with no grace period), or step 2 did not run: deploy exactly
 *      the secret's users. A failure here leaves extra passwords working, never fewer; a
 *      deploy whose stacks did not change is skipped by its fingerprint, so this step also
 *      heals an edge function left behind by an earlier failed run.
 *
 * The report names the users and times, never a password: the passwords are read from the
 * secret by whoever may (`aws secretsmanager get-secret-value`).
 */









async function rotateCommand(inputs, ctx, deps) {
    const name = (0,users_secret/* secretName */.Gf)(inputs.stackName);
    if (inputs.basicAuthUsers.length > 0) {
        throw new Error('`command: rotate` changes the users stored in AWS Secrets Manager, but `basic-auth-users` is set, ' +
            'so the passwords come from it: change that GitHub secret and run `deploy`, or leave `basic-auth-users` ' +
            `empty to keep the users in the secret '${name}' (${clients/* EDGE_REGION */.Dz}) and rotate them with this command`);
    }
    const selection = parseRotateUsers(inputs.rotateUsers);
    const { log } = ctx;
    // 1. Read and plan.
    const before = await (0,users_secret/* readUsersSecret */.Zj)(deps.secrets, name, deps.setSecret);
    const now = ctx.now();
    const generate = deps.generatePassword ?? generatePassword;
    const plan = planRotation(before?.state, {
        rotateUsers: selection.rotate,
        removeUsers: selection.remove,
        graceSeconds: inputs.rotationGracePeriodSeconds,
        now,
        generate: () => {
            const password = generate();
            deps.setSecret(password);
            return password;
        },
    });
    log.info(`secret '${name}' (${clients/* EDGE_REGION */.Dz}): ${before === undefined ? 'not created yet' : `${before.state.users.length} user(s)`}; ` +
        describeChanges(plan));
    for (const user of plan.notFound)
        log.warn(`rotate-users: '-${user}': no such user, nothing to remove`);
    // The access rules are kept as they are: a rotation that would leave a rule naming a removed
    // user stops here, before the secret or the edge function changes.
    (0,src_inputs/* checkAccessUsers */.P)(inputs.access, plan.next.users.map((u) => u.user));
    const during = credentialsDuringRotation(before?.state, plan.next, now);
    const after = credentialsForEdge(plan.next, now);
    let deployed;
    let deploys = 0;
    let site = {};
    // 2. The edge function learns the new passwords before the secret holds them.
    if (introducesPasswords(before?.state, plan.next, now)) {
        log.info('deploying the edge function with the new passwords; every current password keeps working');
        try {
            site = await deps.deploy(during);
        }
        catch (e) {
            throw new Error(`rotation not applied: deploying the new passwords failed, so the secret '${name}' was left unchanged ` +
                `and every password in it still works. ${messageOf(e)}`, { cause: e });
        }
        deployed = during;
        deploys += 1;
    }
    // 3. The secret, once the edge function accepts what it is about to hold.
    let written;
    if (!(0,secret_format/* sameUsersState */.g4)(before?.state, plan.next)) {
        const pending = deployed === undefined
            ? 'nothing was changed'
            : 'the edge function accepts both the old and the new passwords, but the secret still holds the old ones';
        try {
            const current = await (0,users_secret/* readUsersSecret */.Zj)(deps.secrets, name, deps.setSecret);
            if (!(0,secret_format/* sameUsersState */.g4)(before?.state, current?.state)) {
                throw new Error('the secret changed while this run was rotating (another run, or an edit by hand); ' +
                    'run rotations one at a time (a workflow `concurrency` group)');
            }
            written = await (0,users_secret/* writeUsersSecret */.Sk)(deps.secrets, name, plan.next, (deps.requestToken ?? external_node_crypto_.randomUUID)());
        }
        catch (e) {
            throw new Error(`rotation not completed: storing the new users in the secret '${name}' failed; ${pending}. ` +
                `Run \`rotate\` again to complete it (it generates new passwords). ${messageOf(e)}`, { cause: e });
        }
        log.info(`stored version ${written.versionId ?? '(unknown)'} of secret '${name}' (the previous one is AWSPREVIOUS)`);
    }
    // 4. The edge function accepts exactly what the secret holds.
    if (deployed === undefined || !sameCredentials(deployed, after)) {
        log.info(deployed === undefined
            ? "deploying the edge function with the secret's users"
            : 'deploying the edge function without the removed and replaced passwords');
        try {
            site = await deps.deploy(after);
        }
        catch (e) {
            throw new Error(written === undefined
                ? `deploying the users of the secret '${name}' failed; every password it holds still works. ${messageOf(e)}`
                : `rotation stored but not fully deployed: the secret '${name}' holds the new users and all of them work, ` +
                    'but the edge function still accepts passwords that were removed or replaced. ' +
                    `Run \`deploy\` (or \`rotate\` again) to finish. ${messageOf(e)}`, { cause: e });
        }
        deploys += 1;
    }
    const finished = ctx.now();
    const replaced = plan.rotated.length > 0;
    return {
        secretName: name,
        region: clients/* EDGE_REGION */.Dz,
        secretArn: written?.arn ?? before?.arn,
        versionId: written?.versionId,
        rotated: plan.rotated,
        added: plan.added,
        removed: plan.removed,
        notFound: plan.notFound,
        users: plan.next.users.map((u) => u.user),
        rotatedAt: new Date(now).toISOString(),
        oldPasswordsStopWorkingAt: !replaced
            ? undefined
            : new Date(plan.expiresAt === undefined ? finished : plan.expiresAt * 1000).toISOString(),
        deploys,
        edgeVersionArn: site.edgeVersionArn,
        url: site.url,
    };
}
/**
 * The credentials to bake into the edge function when `basic-auth-users` is empty: the
 * secret's current passwords and the replaced ones still in their grace period (expired ones
 * are dropped). Every password is masked through `setSecret` as it is read.
 */
async function usersFromSecret(inputs, ctx, deps) {
    const name = (0,users_secret/* secretName */.Gf)(inputs.stackName);
    const stored = await (0,users_secret/* readUsersSecret */.Zj)(deps.secrets, name, deps.setSecret);
    const howToAdd = 'run the action with `command: rotate` and `rotate-users: alice, bob` (it adds the users with new passwords ' +
        'and deploys), or set `basic-auth-users` from a GitHub secret';
    if (stored === undefined) {
        throw new Error(`\`basic-auth-users\` is empty, so the users come from the Secrets Manager secret '${name}' (${clients/* EDGE_REGION */.Dz}), ` +
            `which does not exist yet: ${howToAdd}`);
    }
    if (stored.state.users.length === 0) {
        throw new Error(`the Secrets Manager secret '${name}' (${clients/* EDGE_REGION */.Dz}) holds no users: ${howToAdd}`);
    }
    return credentialsForEdge(stored.state, ctx.now());
}
/** The users to deploy: `basic-auth-users` when set, else those of the secret (see above). */
async function edgeUsers(inputs, ctx, deps) {
    if (inputs.basicAuthUsers.length > 0) {
        return inputs.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
    }
    return usersFromSecret(inputs, ctx, deps);
}
/** The job summary of a rotation: who changed and until when old passwords work; no password. */
function rotateSummaryMarkdown(report) {
    const until = report.oldPasswordsStopWorkingAt ?? '—';
    const rows = [
        ...report.rotated.map((u) => `| ${cell(u)} | new password | ${until} |`),
        ...report.added.map((u) => `| ${cell(u)} | added | — |`),
        ...report.removed.map((u) => `| ${cell(u)} | removed (at once) | — |`),
    ];
    const out = ['### Rotation', ''];
    if (rows.length > 0) {
        out.push('| user | change | old password works until |', '|---|---|---|', ...rows, '');
    }
    else {
        out.push('No user changed.', '');
    }
    if (report.notFound.length > 0) {
        out.push(`Not users, nothing removed: ${report.notFound.map(cell).join(', ')}`, '');
    }
    out.push(`Users now (${report.users.length}): ${report.users.map(cell).join(', ')}`, '');
    if (report.rotated.length + report.added.length > 0) {
        out.push(`The new passwords are in the Secrets Manager secret \`${report.secretName}\` (${report.region})` +
            (report.versionId === undefined ? '' : `, version \`${report.versionId}\``) +
            '; whoever may read it gets them with', '', '```sh', `aws secretsmanager get-secret-value --region ${report.region} --secret-id ${report.secretName} --query SecretString --output text`, '```', '');
    }
    if (report.url !== undefined)
        out.push(`**Site:** ${report.url}`, '');
    return out.join('\n');
}
function describeChanges(plan) {
    const parts = [
        plan.rotated.length > 0 ? `new passwords for ${plan.rotated.join(', ')}` : '',
        plan.added.length > 0 ? `adding ${plan.added.join(', ')}` : '',
        plan.removed.length > 0 ? `removing ${plan.removed.join(', ')}` : '',
    ].filter((p) => p !== '');
    return parts.length > 0 ? parts.join('; ') : 'no user changes';
}
/** A user name in a Markdown table cell: no HTML, no table or code syntax. */
function cell(text) {
    return text.replace(/[\\`*_|<>&[\]]/g, (c) => `\\${c}`);
}
/** The message of anything thrown (a property check: errors from another realm fail instanceof). */
function messageOf(e) {
    if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
        return e.message;
    }
    return String(e);
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
