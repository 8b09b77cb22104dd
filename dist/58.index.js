export const id = 58;
export const ids = [58];
export const modules = {

/***/ 3058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Sk: () => (/* binding */ writeUsersSecret),
/* harmony export */   Zj: () => (/* binding */ readUsersSecret),
/* harmony export */   d6: () => (/* binding */ secretError)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9895);
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
    const region = await regionOf(client);
    let response;
    try {
        response = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__.GetSecretValueCommand({ SecretId: name }));
    }
    catch (e) {
        if (errorName(e) === 'ResourceNotFoundException')
            return undefined;
        throw secretError(e, name, region, 'read', 'secretsmanager:GetSecretValue');
    }
    const text = response.SecretString;
    if (text === undefined) {
        throw new Error(`secret '${name}' (${region}) holds binary data, not the JSON users list this action writes`);
    }
    const state = (0,_rotate_secret_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUsersSecret */ .ug)(text, `secret '${name}' (${region})`, setSecret);
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
    const region = await regionOf(client);
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
            throw new Error(`secret '${name}' (${region}) does not exist: the stack that owns it creates it when deployed with ` +
                'the users in Secrets Manager (`basic-auth-users` empty): the edge stack for `<stack-name>/basic-auth`, ' +
                'the site stack with `edge: function` for `<stack-name>/users`; was it deployed by this version of the action?', { cause: e });
        }
        throw secretError(e, name, region, 'write', 'secretsmanager:PutSecretValue');
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
/**
 * The region a client sends to, for error messages: the users secret is in us-east-1 with
 * Lambda@Edge and in the site's region with `edge: function` (the caller's client says which).
 */
async function regionOf(client) {
    const region = client.config.region;
    return typeof region === 'function' ? String(await region()) : String(region);
}
/**
 * An actionable error for a failed call on one of the action's secrets (the users secret, the
 * share-link keys). AWS's messages carry no secret value.
 */
function secretError(e, name, region, verb, permission) {
    const code = errorName(e);
    const reason = errorMessage(e);
    const where = `secret '${name}' (${region})`;
    const cause = { cause: e };
    if (code === 'AccessDeniedException' || code === 'AccessDenied') {
        // The bootstrap stack grants its secrets in us-east-1 by StackName, and those in the
        // site's region by StackName and SiteRegion.
        const matches = region === _clients_js__WEBPACK_IMPORTED_MODULE_0__/* .EDGE_REGION */ .Dz
            ? 'its StackName matches `stack-name`'
            : 'its StackName and SiteRegion match `stack-name` and `region`';
        return new Error(`could not ${verb} ${where}: access denied. The role needs ${permission} on ` +
            `arn:aws:secretsmanager:${region}:<account>:secret:${name}-?????? (the bootstrap stack's deploy role has it ` +
            `when ${matches}). AWS said: ${reason}`, cause);
    }
    if (code === 'DecryptionFailure') {
        return new Error(`could not ${verb} ${where}: its KMS key refused to decrypt it (kms:Decrypt). AWS said: ${reason}`, cause);
    }
    if (code === 'InvalidRequestException' && /deletion/i.test(reason)) {
        return new Error(`could not ${verb} ${where}: it is scheduled for deletion. Restore it ` +
            `(aws secretsmanager restore-secret --region ${region} --secret-id ${name}) or wait until it is gone. AWS said: ${reason}`, cause);
    }
    return new Error(`could not ${verb} ${where}: ${code ?? 'error'}: ${reason}`, cause);
}


/***/ }),

/***/ 9895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bO: () => (/* binding */ DEFAULT_SESSION_KEY_ID),
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
var rules = __webpack_require__(5172);
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
    'sessionKeyId',
    'cv',
    'tokens',
    'name',
    'token',
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
            // A token's `name` is shown like a user name; its value (`token`) is masked, and so is
            // anything shaped like a token value (`sdt1_…`) wherever a hand edit put it.
            if (!shownAsIs(key, v) || v.startsWith('sdt1_'))
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
/**
 * Values shown by design, never masked: a valid user name, and a well-formed session key id
 * or credential version (not secret, and short: masking the key id `1` would blank every `1`
 * of the log). Anything else under these keys (a password pasted there) is masked.
 */
function shownAsIs(key, value) {
    if (key === 'user' || key === 'name')
        return (0,rules/* userNameProblem */.Yz)(value) === undefined;
    if (key === 'sessionKeyId')
        return rules/* SESSION_KEY_ID */.V4.test(value);
    if (key === 'cv')
        return rules/* CREDENTIAL_VERSION */.BF.test(value);
    return false;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/rotate/stored-tokens.ts
var stored_tokens = __webpack_require__(5403);
;// CONCATENATED MODULE: ./src/rotate/secret-format.ts
/**
 * The users secret's format: what `<stack-name>/basic-auth` holds, and how it is read
 * (masked first, then parsed and validated) and written. No I/O.
 *
 *     { "version": 1,
 *       "sessionKeyId": "k3F9…",
 *       "users":   [{ "user": "alice", "password": "…", "createdAt": "2026-01-01T00:00:00.000Z",
 *                    "cv": "Qm9…" }],
 *       "retired": [{ "user": "alice", "password": "…", "expires": 1767229200 }],
 *       "tokens":  [{ "name": "ci", "token": "sdt1_…", "createdAt": "2026-01-01T00:00:00.000Z" }] }
 *
 * `sessionKeyId` and `cv` (issue 23, `login: form`; docs/design-sessions.md (a), (b)): the id
 * of the session key the edge derives (a new one ends every session) and each user's
 * credential version (a new one ends that user's sessions). Not secret. A secret written
 * before them has neither and stays valid: deploy then uses `DEFAULT_SESSION_KEY_ID` and lets
 * the edge derive a user's version from their hashes; `rotate` writes the key id (the same
 * default, so no session ends) and a new `cv` for every user whose password changes.
 *
 * `users`: one current password per user, which never expires. `retired`: replaced passwords
 * that keep working until `expires` (epoch seconds, exclusive: they work while
 * `now < expires * 1000`, as in the edge function). Someone with access to the secret may edit
 * it by hand (add a user, set a chosen password): the next `deploy` bakes what it holds into
 * the edge function.
 *
 * `tokens` (issue 23 item 3): the values of the site file's `automation-tokens`, one per name,
 * generated by `rotate` (src/rotate/tokens.ts); absent in secrets written before them, and then
 * not written at all while there is none, so those secrets keep their exact value.
 *
 * A value edited by hand can be malformed in any way, e.g. `"user": "alice:her-password"`. So
 * `parseUsersSecret` hands every string that could be a password to the mask (core.setSecret)
 * BEFORE it validates anything (see `secretStrings`), and its errors name the field by its
 * place (`users[2].user`) and the rule broken, never a value from the secret.
 */



const USERS_SECRET_VERSION = 1;
/** Secrets Manager's limit for a SecretString, in bytes. */
const SECRET_STRING_LIMIT = 65_536;
/**
 * The key id of a site whose users secret has none yet (written before issue 23), and of
 * every site with `basic-auth-users` (no secret to keep another in): sessions there end by a
 * password change (the edge derives the user's version from the hashes) and by a new session
 * secret, not by a new key id. docs/design-sessions.md (a).
 */
const DEFAULT_SESSION_KEY_ID = '1';
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
    const sessionKeyId = value.sessionKeyId;
    if (sessionKeyId !== undefined &&
        (typeof sessionKeyId !== 'string' || !rules/* SESSION_KEY_ID */.V4.test(sessionKeyId))) {
        return fail('sessionKeyId: must be 1 to 16 letters and digits');
    }
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
        const cv = entry.cv;
        if (cv !== undefined && (typeof cv !== 'string' || !rules/* CREDENTIAL_VERSION */.BF.test(cv))) {
            return fail(`${where}.cv: must be 1 to 22 characters of A-Z, a-z, 0-9, _ and -`);
        }
        const first = seen.get(user);
        if (first !== undefined) {
            return fail(`${where}.user: the same user as users[${first}] (one current password per user)`);
        }
        seen.set(user, i);
        users.push(cv === undefined ? { user, password, createdAt } : { user, password, createdAt, cv });
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
    const tokens = (0,stored_tokens/* validateTokens */.n)(value.tokens ?? [], fail);
    return {
        version: USERS_SECRET_VERSION,
        ...(sessionKeyId === undefined ? {} : { sessionKeyId }),
        users: sortUsers(users),
        retired: sortRetired(retired),
        ...(tokens.length > 0 ? { tokens } : {}),
    };
}
/**
 * The secret's value: indented JSON (the secret may be read and edited by a person), users by
 * name, retired passwords by user and expiry. Throws over Secrets Manager's 64 KiB limit.
 */
function serializeUsersSecret(state) {
    const text = JSON.stringify({
        version: USERS_SECRET_VERSION,
        ...(state.sessionKeyId === undefined ? {} : { sessionKeyId: state.sessionKeyId }),
        users: sortUsers(state.users).map((u) => ({
            user: u.user,
            password: u.password,
            createdAt: u.createdAt,
            ...(u.cv === undefined ? {} : { cv: u.cv }),
        })),
        retired: sortRetired(state.retired).map((r) => ({
            user: r.user,
            password: r.password,
            expires: r.expires,
        })),
        ...(state.tokens !== undefined && state.tokens.length > 0
            ? {
                tokens: (0,stored_tokens/* sortTokens */.D)(state.tokens).map((t) => ({
                    name: t.name,
                    token: t.token,
                    createdAt: t.createdAt,
                })),
            }
            : {}),
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
/**
 * Same users, passwords, expiries, credential versions and session key id (order aside).
 * `undefined` counts as empty.
 */
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
        state.sessionKeyId ?? null,
        sortUsers(state.users).map((u) => [u.user, u.password, u.createdAt, u.cv ?? null]),
        sortRetired(state.retired).map((r) => [r.user, r.password, r.expires]),
        (0,stored_tokens/* sortTokens */.D)(state.tokens ?? []).map((t) => [t.name, t.token, t.createdAt]),
    ]);
}


/***/ }),

/***/ 5403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ sortTokens),
/* harmony export */   n: () => (/* binding */ validateTokens)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5172);
/**
 * The users secret's `tokens` (issue 23 item 3): one value per automation token name, as
 * `rotate` writes them (src/rotate/tokens.ts) and secret-format.ts reads them. No I/O; errors
 * name the field by its place and the rule broken, never a value.
 */

/** The `tokens` list of a parsed secret, checked and sorted; `fail` throws with the problem. */
function validateTokens(list, fail) {
    if (!Array.isArray(list))
        return fail('expected "tokens" to be a list');
    const tokens = [];
    list.forEach((entry, i) => {
        const where = `tokens[${i}]`;
        if (!isRecord(entry))
            return fail(`${where}: expected an object with name, token, createdAt`);
        const name = entry.name;
        if (typeof name !== 'string')
            return fail(`${where}.name: must be a string`);
        const nameProblem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .userNameProblem */ .Yz)(name);
        if (nameProblem !== undefined)
            return fail(`${where}.name: ${nameProblem.replace('user name', 'token name')}`);
        const token = entry.token;
        if (typeof token !== 'string')
            return fail(`${where}.token: must be a string`);
        const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenValueProblem */ .yP)(token);
        if (problem !== undefined)
            return fail(`${where}.token: ${problem}`);
        const createdAt = entry.createdAt;
        if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
            return fail(`${where}.createdAt: must be an ISO 8601 date`);
        }
        if (tokens.some((t) => t.name === name)) {
            return fail(`${where}.name: the same token as an earlier entry (one value per name)`);
        }
        tokens.push({ name, token, createdAt });
    });
    return sortTokens(tokens);
}
/** Tokens by name (code-unit order). */
function sortTokens(tokens) {
    return [...tokens].sort((a, b) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a.name, b.name));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
