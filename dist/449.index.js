export const id = 449;
export const ids = [449];
export const modules = {

/***/ 2449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shareKeysForDeploy: () => (/* binding */ shareKeysForDeploy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _synth_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);
/* harmony import */ var _key_secret_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2001);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3191);
/**
 * The share keys a deploy (or rotate) sends to the site stack, with `share-links: true`: read
 * the secret `<stack-name>/share-key` (site region), create the first key or rotate/revoke
 * (`share-key-rotate`), drop retiring keys whose time is over, write the secret when that
 * changed anything, and return the public keys as site parameters.
 *
 * The secret is written BEFORE the stacks are deployed. So after a failed deploy the secret
 * may name a signing key the key group does not trust yet: `share` then refuses (its slot has
 * no key ID among the site's outputs) until a deploy succeeds, and a revocation is only
 * complete once a deploy has removed the old keys from the key group (the error says so).
 */




/**
 * The site parameters of the share keys: `NO_SHARE_KEYS` without `share-links`, else the
 * trusted keys after planning (`share-key-rotate` applies only when `rotateKeys` is set).
 */
async function shareKeysForDeploy(site, shareKeyRotate, ctx, deps) {
    const name = (0,_key_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .shareSecretName */ .F9)(site.stackName);
    if (!site.shareLinks) {
        if (shareKeyRotate !== 'no') {
            throw new Error('`share-key-rotate` changes the share-link keys, but `share-links` is not true: set `share-links: true` ' +
                '(the site then accepts share links) or leave `share-key-rotate` unset');
        }
        return _synth_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_SHARE_KEYS */ .be;
    }
    const stored = await (0,_key_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .readShareKeys */ .O6)(deps.secrets, name, site.region, deps.setSecret);
    const now = ctx.now();
    let mode = shareKeyRotate === 'revoke' ? 'revoke' : shareKeyRotate === 'rotate' ? 'rotate' : 'ensure';
    const retiring = stored?.state.keys.find((k) => k.retireAt !== undefined && Math.floor(now / 1000) < k.retireAt);
    if (mode === 'rotate' && retiring?.retireAt !== undefined) {
        // A workflow that leaves `share-key-rotate: true` set must not fail every deploy.
        ctx.log.warn(`share-key-rotate: the share key was rotated already; the previous key checks links until ` +
            `${new Date(retiring.retireAt * 1000).toISOString()}, so no new rotation now ` +
            '(`share-key-rotate: revoke` stops every older link at once)');
        mode = 'ensure';
    }
    const plan = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .planShareKeys */ .Tv)(stored?.state, mode, now, deps.generate ?? _keys_js__WEBPACK_IMPORTED_MODULE_3__/* .generateShareKey */ .CE);
    if (plan.changed) {
        for (const key of plan.next.keys)
            deps.setSecret(key.privateKey);
        await (0,_key_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .writeShareKeys */ .Zd)(deps.secrets, name, site.region, plan.next, stored !== undefined, (deps.requestToken ?? node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)());
        ctx.log.info(`share keys: secret '${name}' (${site.region}) updated` +
            (plan.added !== undefined ? `; new signing key in slot ${plan.added}` : '') +
            (plan.retiring !== undefined
                ? `; key ${plan.retiring.slot} checks older links until ${new Date(plan.retiring.until * 1000).toISOString()}`
                : '') +
            (plan.dropped.length > 0 ? `; dropped key(s) ${plan.dropped.join(', ')}` : '') +
            (mode === 'revoke'
                ? '. Links signed before are refused once this deploy has finished (CloudFront then no longer trusts the old keys)'
                : ''));
    }
    return (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .shareKeyParameters */ .BR)(plan.next, now);
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
