export const id = 267;
export const ids = [267];
export const modules = {

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   edgeUsers: () => (/* binding */ edgeUsers),
/* harmony export */   rotateCommand: () => (/* binding */ rotateCommand),
/* harmony export */   rotateSummaryMarkdown: () => (/* binding */ rotateSummaryMarkdown),
/* harmony export */   usersFromSecret: () => (/* binding */ usersFromSecret)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6412);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _site_deployed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/* harmony import */ var _aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3058);
/* harmony import */ var _rotate_password_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2558);
/* harmony import */ var _rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8333);
/* harmony import */ var _rotate_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2280);
/* harmony import */ var _rotate_site_users_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3765);
/* harmony import */ var _rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9895);
/**
 * `command: rotate`: new passwords in the Secrets Manager secret `<stack-name>/basic-auth`,
 * deployed to the edge function, with the replaced passwords kept working for
 * `rotation-grace-period`; the secret's users become the site file's `users` (a new name is
 * added with a generated password, a name no longer there is removed). Everything else about
 * the site (access rules, audit, share links) comes from the same site file as every deploy's,
 * so a rotation changes the passwords and nothing else.
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










async function rotateCommand(site, run, ctx, deps) {
    const name = deps.secret?.name ?? (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .secretName */ .Gf)(site.stackName);
    const secretRegion = deps.secret?.region ?? _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .EDGE_REGION */ .Dz;
    if (run.basicAuthUsers.length > 0) {
        throw new Error('`command: rotate` changes the users stored in AWS Secrets Manager, but `basic-auth-users` is set, ' +
            'so the passwords come from it: change that GitHub secret and run `deploy`, or leave `basic-auth-users` ' +
            `empty to keep the users in the secret '${name}' (${secretRegion}) and rotate them with this command`);
    }
    const { log } = ctx;
    const config = deps.deployedSite === undefined
        ? undefined
        : (0,_site_deployed_js__WEBPACK_IMPORTED_MODULE_1__/* .configNote */ .H)(site, (0,_site_deployed_js__WEBPACK_IMPORTED_MODULE_1__/* .deployedConfig */ .z)(site, await deps.deployedSite()), 'this rotation deploys the site as this file describes it');
    if (config !== undefined)
        log.warn(config);
    // 1. Read and plan: the secret's users become the file's, `rotate-users` get new passwords.
    const before = await (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsersSecret */ .Zj)(deps.secrets, name, deps.setSecret);
    const now = ctx.now();
    const generate = deps.generatePassword ?? _rotate_password_js__WEBPACK_IMPORTED_MODULE_4__/* .generatePassword */ .bk;
    const request = (0,_rotate_site_users_js__WEBPACK_IMPORTED_MODULE_7__/* .rotationRequestFor */ .l)(before?.state, site.users, run.rotateUsers, now);
    const plan = (0,_rotate_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planRotation */ .Q)(before?.state, {
        rotateUsers: request.rotateUsers,
        removeUsers: request.removeUsers,
        graceSeconds: run.rotationGracePeriodSeconds,
        now,
        generate: () => {
            const password = generate();
            deps.setSecret(password);
            return password;
        },
    });
    log.info(`secret '${name}' (${secretRegion}): ${before === undefined ? 'not created yet' : `${before.state.users.length} user(s)`}; ` +
        describeChanges(plan));
    const during = (0,_rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .credentialsDuringRotation */ .ks)(before?.state, plan.next, now);
    const after = (0,_rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .credentialsForEdge */ .PZ)(plan.next, now);
    let deployed;
    let deploys = 0;
    let deployedSite = {};
    // 2. The edge function learns the new passwords before the secret holds them.
    if ((0,_rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .introducesPasswords */ .Bt)(before?.state, plan.next, now)) {
        log.info('deploying the edge function with the new passwords; every current password keeps working');
        try {
            deployedSite = await deps.deploy(during);
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
    if (!(0,_rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_8__/* .sameUsersState */ .g4)(before?.state, plan.next)) {
        const pending = deployed === undefined
            ? 'nothing was changed'
            : 'the edge function accepts both the old and the new passwords, but the secret still holds the old ones';
        try {
            const current = await (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsersSecret */ .Zj)(deps.secrets, name, deps.setSecret);
            if (!(0,_rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_8__/* .sameUsersState */ .g4)(before?.state, current?.state)) {
                throw new Error('the secret changed while this run was rotating (another run, or an edit by hand); ' +
                    'run rotations one at a time (a workflow `concurrency` group)');
            }
            written = await (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .writeUsersSecret */ .Sk)(deps.secrets, name, plan.next, (deps.requestToken ?? node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)());
        }
        catch (e) {
            throw new Error(`rotation not completed: storing the new users in the secret '${name}' failed; ${pending}. ` +
                `Run \`rotate\` again to complete it (it generates new passwords). ${messageOf(e)}`, { cause: e });
        }
        log.info(`stored version ${written.versionId ?? '(unknown)'} of secret '${name}' (the previous one is AWSPREVIOUS)`);
    }
    // 4. The edge function accepts exactly what the secret holds.
    if (deployed === undefined || !(0,_rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .sameCredentials */ .hZ)(deployed, after)) {
        log.info(deployed === undefined
            ? "deploying the edge function with the secret's users"
            : 'deploying the edge function without the removed and replaced passwords');
        try {
            deployedSite = await deps.deploy(after);
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
        region: secretRegion,
        secretArn: written?.arn ?? before?.arn,
        versionId: written?.versionId,
        rotated: plan.rotated,
        added: plan.added,
        removed: plan.removed,
        users: plan.next.users.map((u) => u.user),
        rotatedAt: new Date(now).toISOString(),
        oldPasswordsStopWorkingAt: !replaced
            ? undefined
            : new Date(plan.expiresAt === undefined ? finished : plan.expiresAt * 1000).toISOString(),
        deploys,
        edgeVersionArn: deployedSite.edgeVersionArn,
        url: deployedSite.url,
        ...(config === undefined ? {} : { config }),
    };
}
/**
 * The credentials to bake into the edge function when `basic-auth-users` is empty: the
 * secret's current passwords and the replaced ones still in their grace period (expired ones
 * are dropped). Every password is masked through `setSecret` as it is read.
 */
async function usersFromSecret(site, ctx, deps) {
    const name = (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .secretName */ .Gf)(site.stackName);
    const stored = await (0,_aws_users_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsersSecret */ .Zj)(deps.secrets, name, deps.setSecret);
    const howToAdd = `run the action with \`command: rotate\` (it gives the users of ${site.file} new passwords ` +
        'and deploys), or set `basic-auth-users` from a GitHub secret';
    if (stored === undefined) {
        throw new Error(`\`basic-auth-users\` is empty, so the users come from the Secrets Manager secret '${name}' (${_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .EDGE_REGION */ .Dz}), ` +
            `which does not exist yet: ${howToAdd}`);
    }
    if (stored.state.users.length === 0) {
        throw new Error(`the Secrets Manager secret '${name}' (${_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .EDGE_REGION */ .Dz}) holds no users: ${howToAdd}`);
    }
    return (0,_rotate_site_users_js__WEBPACK_IMPORTED_MODULE_7__/* .credentialsOfSite */ .n)((0,_rotate_edge_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .credentialsForEdge */ .PZ)(stored.state, ctx.now()), site, name, (m) => ctx.log.warn(m));
}
/** The users to deploy: `basic-auth-users` when set, else those of the secret (see above). */
async function edgeUsers(site, run, ctx, deps) {
    if (run.basicAuthUsers.length > 0) {
        return run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
    }
    return usersFromSecret(site, ctx, deps);
}
/** The job summary of a rotation: who changed and until when old passwords work; no password. */
function rotateSummaryMarkdown(report) {
    const until = report.oldPasswordsStopWorkingAt ?? '—';
    const rows = [
        ...report.rotated.map((u) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownCell */ .UZ)(u)} | new password | ${until} |`),
        ...report.added.map((u) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownCell */ .UZ)(u)} | added | — |`),
        ...report.removed.map((u) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownCell */ .UZ)(u)} | removed (at once) | — |`),
    ];
    const out = ['### Rotation', ''];
    if (report.config !== undefined)
        out.push(`**Site file:** ${report.config}`, '');
    if (rows.length > 0) {
        out.push('| user | change | old password works until |', '|---|---|---|', ...rows, '');
    }
    else {
        out.push('No user changed.', '');
    }
    out.push(`Users now (${report.users.length}): ${report.users.map(_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownCell */ .UZ).join(', ')}`, '');
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
/** The message of anything thrown (a property check: errors from another realm fail instanceof). */
function messageOf(e) {
    if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
        return e.message;
    }
    return String(e);
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2280);
/* harmony import */ var _secret_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9895);


/**
 * What the edge function must accept at `now`: every current password (no expiry) and every
 * retired one still within its grace period (with its expiry). Expired ones are left out, so
 * a later deploy drops them from the function.
 */
function credentialsForEdge(state, now) {
    return [
        ...state.users.map((u) => ({ user: u.user, password: u.password })),
        ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pruneExpired */ .U)(state, now).retired.map((r) => ({
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
    const before = new Set(credentialsForEdge(current ?? _secret_format_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_USERS */ .fX, now).map(credentialKey));
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


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bk: () => (/* binding */ generatePassword)
/* harmony export */ });
/* unused harmony exports PASSWORD_BYTES, PASSWORD_BITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
function generatePassword(random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const bytes = random(PASSWORD_BYTES);
    if (bytes.length !== PASSWORD_BYTES) {
        throw new Error(`password generator: expected ${PASSWORD_BYTES} random bytes, got ${bytes.length}`);
    }
    return bytes.toString('base64url');
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ planRotation),
/* harmony export */   U: () => (/* binding */ pruneExpired)
/* harmony export */ });
/* harmony import */ var _secret_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9895);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5172);
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
        throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`the grace period must be whole seconds, got ${graceSeconds}`);
    }
    if (!Number.isFinite(now) || now < 0)
        throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`invalid clock value ${now}`);
    const base = pruneExpired(state ?? _secret_format_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_USERS */ .fX, now);
    const removeUsers = [...new Set((request.removeUsers ?? []).map((u) => u.normalize('NFC')))];
    const rotateUsers = request.rotateUsers === undefined
        ? undefined
        : [...new Set(request.rotateUsers.map((u) => u.normalize('NFC')))];
    for (const user of [...removeUsers, ...(rotateUsers ?? [])]) {
        const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .userNameProblem */ .Yz)(user);
        if (problem !== undefined)
            throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`user '${user}': ${problem}`);
    }
    const conflict = rotateUsers?.find((u) => removeUsers.includes(u));
    if (conflict !== undefined) {
        throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`user '${conflict}' cannot be both rotated and removed`);
    }
    const exists = (user) => base.users.some((u) => u.user === user) || base.retired.some((r) => r.user === user);
    const removed = removeUsers.filter(exists).sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt);
    const notFound = removeUsers.filter((u) => !exists(u)).sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt);
    const users = base.users.filter((u) => !removeUsers.includes(u.user));
    const retired = base.retired.filter((r) => !removeUsers.includes(r.user));
    const targets = rotateUsers ?? users.map((u) => u.user);
    if (rotateUsers === undefined && targets.length === 0 && removed.length === 0) {
        throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL('there are no users to rotate yet: list them in `users` of the site file (users: [alice, bob]); rotate adds them');
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
        const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .passwordProblem */ .Rd)(password, user);
        if (problem !== undefined) {
            throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`the generated password of user '${user}': ${problem}`);
        }
        if (known.includes(password)) {
            throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(`the generated password of user '${user}' is one the user already has`);
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
        throw new _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RotationError */ .FL(removed.length > 0
            ? `removing ${removed.map((u) => `'${u}'`).join(', ')} would leave no users, and the site would let nobody in: ` +
                'keep at least one user in `users` of the site file (a new name there is added in the same run), ' +
                'or delete the stacks to take the site down'
            : 'there are no users: list them in `users` of the site file (users: [alice, bob]); rotate adds them');
    }
    return {
        next: { version: _secret_format_js__WEBPACK_IMPORTED_MODULE_0__/* .USERS_SECRET_VERSION */ .Nv, users: (0,_secret_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sortUsers */ .ZB)(users), retired: (0,_secret_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sortRetired */ .oy)(retired) },
        rotated: rotated.sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt),
        added: added.sort(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt),
        removed,
        notFound,
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2280);
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
