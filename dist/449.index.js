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
/* harmony import */ var _synth_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1675);
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


/***/ })

};
