export const id = 129;
export const ids = [129];
export const modules = {

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
