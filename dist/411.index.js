export const id = 411;
export const ids = [411];
export const modules = {

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateFunctionCommand: () => (/* binding */ rotateFunctionCommand)
/* harmony export */ });
/* harmony import */ var _aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3529);
/* harmony import */ var _synth_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);
/* harmony import */ var _rotate_password_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2558);
/* harmony import */ var _rotate_password_strength_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3518);
/* harmony import */ var _deploy_function_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9514);
/* harmony import */ var _rotate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(609);
/**
 * `command: rotate` with `edge: function` (issue 14): the same rotation as with Lambda@Edge
 * (src/commands/rotate.ts: plan, then make the edge accept old and new, then the secret, then
 * drop what the secret no longer holds), but "make the edge accept" writes the KeyValueStore
 * instead of deploying stacks. So a rotation is: UpdateKeys with every current password and
 * the replaced ones with their expiry (`e`, checked at the edge), THEN PutSecretValue, then
 * (only for removed users or a zero grace period) UpdateKeys without the dropped passwords.
 * No new function version, no distribution update, no CloudFormation call but reading the
 * site stack's outputs.
 *
 * The secret is the site stack's `<stack-name>/users` in the site region.
 */






async function rotateFunctionCommand(site, run, ctx, deps) {
    const siteStack = `${site.stackName}-site`;
    const deployed = await (0,_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_0__.findStack)(ctx.clients.cloudFormation(site.region), siteStack, site.region);
    if (deployed === undefined) {
        throw new Error(`stack '${siteStack}' does not exist in ${site.region}: run \`command: deploy\` first, then \`rotate\``);
    }
    const outputs = deployed.outputs;
    const kvsArn = outputs.UsersStoreArn;
    if (kvsArn === undefined) {
        throw new Error(`stack '${siteStack}' (${site.region}) has no KeyValueStore (output UsersStoreArn): it was not deployed ` +
            'with `edge: function`. Run `deploy` with `edge: function` first (it moves the users there), then `rotate`.');
    }
    // Only passwords the strength check accepts reach the store (issue 22 #5): about 1 random
    // draw in 20,000 is refused and drawn again. The passwords the secret already holds are
    // checked by deploy (`functionUsers`), which names a user to rotate when one is refused.
    const strength = await (0,_rotate_password_strength_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPasswordStrength */ .Dh)();
    const draw = deps.generatePassword ?? _rotate_password_js__WEBPACK_IMPORTED_MODULE_2__/* .generatePassword */ .bk;
    let storeWrites = 0;
    // `end-sessions: all` (issue 23): the session key id is in the viewer-request function's code,
    // which this rotation does not redeploy; a new credential version for every user (in the
    // store, read at every request) ends every session all the same.
    const sessions = run.endSessions.kind === 'all'
        ? { ...run, endSessions: { kind: 'users', users: [...site.users] } }
        : run;
    const report = await (0,_rotate_js__WEBPACK_IMPORTED_MODULE_5__.rotateCommand)(site, sessions, ctx, {
        secrets: ctx.clients.secretsManager(site.region),
        setSecret: deps.setSecret,
        secret: { name: (0,_synth_index_js__WEBPACK_IMPORTED_MODULE_1__/* .functionUsersSecretName */ ._e)(site.stackName), region: site.region },
        deployedSite: () => Promise.resolve(deployed),
        generatePassword: () => (0,_rotate_password_strength_js__WEBPACK_IMPORTED_MODULE_3__/* .generateAcceptedPassword */ .Gb)(draw, strength),
        ...(deps.requestToken !== undefined ? { requestToken: deps.requestToken } : {}),
        deploy: async ({ users }) => {
            await (0,_deploy_function_js__WEBPACK_IMPORTED_MODULE_4__.writeUsersToStore)(site, ctx, kvsArn, users, deps.setSecret);
            storeWrites += 1;
            return { url: outputs.Url };
        },
    });
    return { ...report, storeWrites };
}


/***/ })

};
