export const id = 649;
export const ids = [649,905];
export const modules = {

/***/ 2649:
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
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8794);
/* harmony import */ var _synth_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5658);
/* harmony import */ var _sync_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4905);
/**
 * `command: synth`: render both stacks offline, exactly as `deploy` sends them, into
 * `output-dir`. No AWS call.
 */




/** The ARN of the edge role's permissions boundary, when one applies (see the input). */
function permissionsBoundaryArn(inputs) {
    if (inputs.permissionsBoundary === 'none')
        return undefined;
    if (inputs.permissionsBoundary !== 'auto')
        return inputs.permissionsBoundary;
    // The bootstrap stack creates `<stack-name>-edge-boundary` in the deploy role's account.
    const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(inputs.roleToAssume ?? '');
    return m ? `arn:${m[1]}:iam::${m[2]}:policy/${inputs.stackName}-edge-boundary` : undefined;
}
/**
 * The CloudFormation service role (`cloudformation-role`): `none` = none; an ARN = it; `auto` =
 * the bootstrap stack's `<stack-name>-cloudformation` in the account (and partition) of
 * `role-to-assume`, or none without it.
 */
function cloudFormationRoleArn(inputs) {
    if (inputs.cloudFormationRole === 'none')
        return undefined;
    if (inputs.cloudFormationRole !== 'auto')
        return inputs.cloudFormationRole;
    const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(inputs.roleToAssume ?? '');
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${inputs.stackName}-cloudformation` : undefined;
}
/**
 * `standInHashes`: the edge function rendered with stand-in hashes of the real shape (plan:
 * it never sees passwords; the users passed may then carry any password).
 */
function synthFor(inputs, users, standInHashes = false, usersInSecretsManager = inputs.basicAuthUsers.length === 0) {
    // Secrets mode reads the users only now (deploy, rotate): the rules must name real users.
    // `plan` (stand-in hashes) may not know every name; its rendering stands in for them.
    if (!standInHashes)
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAccessUsers */ .P)(inputs.access, users.map((u) => u.user));
    return (0,_synth_index_js__WEBPACK_IMPORTED_MODULE_2__/* .synthesize */ .DF)({
        edgeRuntime: inputs.edgeRuntime,
        standInHashes,
        stackName: inputs.stackName,
        region: inputs.region,
        realm: inputs.realm,
        users,
        access: inputs.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
        domainName: inputs.domainName,
        certificateArn: inputs.certificateArn,
        permissionsBoundaryArn: permissionsBoundaryArn(inputs),
        // `basic-auth-users` empty: the users live in the edge stack's secret <stack-name>/basic-auth,
        // which the stack keeps only while this is true (set, it deletes a secret left from before).
        usersInSecretsManager,
        rateLimit: inputs.rateLimit,
        // CloudFront answers missing keys with /404.html when the published content has one.
        notFoundPage: (0,_sync_local_js__WEBPACK_IMPORTED_MODULE_3__/* .hasNotFoundPage */ .b8)(inputs.contentDir, inputs.exclude) ? '/404.html' : '',
    });
}
function requireUsers(inputs, command) {
    if (inputs.basicAuthUsers.length === 0) {
        throw new Error(`\`basic-auth-users\` is empty: \`${command}\` needs the users to bake into the edge function ` +
            "(pass a secret: basic-auth-users: ${{ secrets.SITE_USERS }}, one 'user:password' per line)");
    }
    return inputs.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
}
function synthCommand(inputs, workspace) {
    const result = synthFor(inputs, requireUsers(inputs, 'synth'));
    const files = (0,_synth_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSynth */ .Ui)(result, inputs.outputDir).map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, f));
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

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ hasControlCharacter),
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/**
 * One way to put a key, path or other user-supplied string into a log line: JSON-style escapes
 * for everything that could end the line or start a new one (control characters U+0000–U+001F
 * and U+007F, U+0085, U+2028, U+2029, lone surrogates) and for the backslash, so an escaped
 * string always reads back unambiguously. A file named `x\n::stop-commands::abc` is logged as
 * `x\n::stop-commands::abc` on one line: nothing it contains can start a runner command.
 */
function escapeForLog(value) {
    // With the u flag, [\ud800-\udfff] matches only lone surrogates: pairs are one code point.
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\\]|[\ud800-\udfff]/gu, (c) => {
        switch (c) {
            case '\\':
                return '\\\\';
            case '\n':
                return '\\n';
            case '\r':
                return '\\r';
            case '\t':
                return '\\t';
            default:
                return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        }
    });
}
/** True when the string holds a control character (U+0000–U+001F, U+007F). */
function hasControlCharacter(value) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(value);
}


/***/ }),

/***/ 4905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ RESERVED_PREFIX),
/* harmony export */   b8: () => (/* binding */ hasNotFoundPage),
/* harmony export */   bU: () => (/* binding */ checkContentDir),
/* harmony export */   sp: () => (/* binding */ walkContentDir),
/* harmony export */   xO: () => (/* binding */ ContentDirError)
/* harmony export */ });
/* unused harmony exports NOT_FOUND_PAGE_KEY, statStamp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3652);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2666);
/**
 * The local side of a sync: the files under `content-dir`, as object keys.
 *
 * - `content-dir` itself must be a real folder inside the real workspace, reached without a
 *   symbolic link in any component: `content -> .` would publish `.git/config`, a link to
 *   `~/.aws` the runner's credentials (see `checkContentDir`).
 * - Keys are relative paths with `/` on every OS, Unicode NFC (macOS writes NFD names). A name
 *   with a control character (U+0000–U+001F, U+007F) is refused: it could inject a runner
 *   command into a log line, and the edge answers 400 for such a URI anyway.
 * - A symbolic link is followed only when it resolves inside `content-dir`: a pull request
 *   could otherwise point one at a credentials file on the runner. Links that resolve
 *   outside, dangling links and link loops are skipped with a warning.
 * - `exclude` globs (src/sync/glob.ts) match keys; a directory that matches is not entered.
 *   Behind a symbolic link, the path the link leads to (relative to `content-dir`) is checked
 *   too, so `public/cfg -> ../secret.env` is not published when `*.env` is excluded.
 * - Keys under the reserved `.secure-dist/` prefix are refused.
 */




const RESERVED_PREFIX = '.secure-dist/';
/** The page CloudFront answers missing keys with, when the content has it at its root. */
const NOT_FOUND_PAGE_KEY = '404.html';
/**
 * A file's stat data in the form `git ls-files --debug` prints it from the index:
 * `ctime-sec:ctime-nsec:mtime-sec:mtime-nsec:inode:size` (inode and size truncated to 32 bits,
 * as the index stores them). Equal stamps mean the file was not written since git looked at it:
 * a write always moves ctime, which no tool can set back.
 */
function statStamp(st) {
    const ns = 1000000000n;
    const low32 = 0xffffffffn;
    return `${st.ctimeNs / ns}:${st.ctimeNs % ns}:${st.mtimeNs / ns}:${st.mtimeNs % ns}:${st.ino & low32}:${st.size & low32}`;
}
class ContentDirError extends Error {
    name = 'ContentDirError';
}
const q = (s) => `'${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeForLog */ .z)(s)}'`;
/**
 * Refuses a `content-dir` whose real path is not inside the real workspace, or that has a
 * symbolic link in any component below the workspace (the folder included). Returns its real path.
 */
async function checkContentDir(contentDir, workspace, input = 'content-dir') {
    const wsReal = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(workspace);
    let real;
    try {
        real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(contentDir);
    }
    catch {
        throw new ContentDirError(`\`${input}\`: the folder ${q(contentDir)} does not exist`);
    }
    if (!isInside(real, wsReal)) {
        throw new ContentDirError(`\`${input}\`: ${q(contentDir)} is ${q(real)}, outside the workspace ${q(wsReal)}: only a folder of the checkout can be published`);
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(contentDir));
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw new ContentDirError(`\`${input}\`: ${q(contentDir)} is not inside the workspace ${q(workspace)}`);
    }
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    for (const part of rel === '' ? [] : rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, part);
        if ((await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(current)).isSymbolicLink()) {
            throw new ContentDirError(`\`${input}\`: ${q(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, current))} is a symbolic link: content-dir must be a real folder of the checkout, not a link to one`);
        }
    }
    // `content-dir: .` (or any folder holding a checkout's `.git`) would publish the repository's
    // history and its config, where actions/checkout keeps the token unless
    // `persist-credentials: false`: publish a subfolder instead.
    if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, '.git'))) {
        throw new ContentDirError(`\`${input}\`: ${q(contentDir)} holds a .git entry (the checkout's history and config): publish a subfolder of the repository, not the repository itself`);
    }
    return real;
}
async function exists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        return true;
    }
    catch {
        return false;
    }
}
function isInside(real, rootReal) {
    return (real === rootReal ||
        real.startsWith(rootReal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? rootReal : rootReal + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
}
/** `a/b/c` excluded as a file (or folder), or through one of its folders `a`, `a/b`. */
function excludedPath(excluded, key, isDir) {
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (excluded(dir) || excluded(`${dir}/`))
            return true;
    }
    return excluded(key) || (isDir && excluded(`${key}/`));
}
/** A real path below `rootReal` as a key (`/`-separated, NFC). */
const keyOf = (rootReal, real) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(rootReal, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/').normalize('NFC');
async function walkContentDir(root, opts) {
    const input = opts.inputName ?? 'content-dir';
    if (opts.workspace !== undefined)
        await checkContentDir(root, opts.workspace, input);
    let rootReal;
    try {
        rootReal = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
    }
    catch {
        throw new ContentDirError(`\`${input}\`: the folder ${q(root)} does not exist`);
    }
    const rootStat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(rootReal);
    if (!rootStat.isDirectory())
        throw new ContentDirError(`\`${input}\`: ${q(root)} is not a folder`);
    const excluded = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlobs */ .t)(opts.exclude);
    const files = new Map();
    const visitedDirs = new Set([rootReal]);
    /** `realPrefix`: where `dirAbs` really is, as a key prefix (differs from `prefix` behind a link). */
    async function visit(dirAbs, prefix, realPrefix) {
        const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dirAbs, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dirAbs, entry.name);
            const key = prefix + entry.name.normalize('NFC');
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let target = abs;
            let realKey = realPrefix + entry.name.normalize('NFC');
            if (entry.isSymbolicLink()) {
                let real;
                try {
                    real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(abs);
                }
                catch {
                    opts.warn(`skipped ${q(key)}: the symbolic link is dangling or loops`);
                    continue;
                }
                if (!isInside(real, rootReal)) {
                    opts.warn(`skipped ${q(key)}: the symbolic link points outside ${input}`);
                    continue;
                }
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(real);
                isDir = st.isDirectory();
                isFile = st.isFile();
                target = real;
                realKey = keyOf(rootReal, real);
            }
            // The key, and the path it really reads from, must both pass `exclude`.
            if (excludedPath(excluded, key, isDir))
                continue;
            if (realKey !== key && excludedPath(excluded, realKey, isDir))
                continue;
            if ((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .hasControlCharacter */ .F)(key)) {
                throw new ContentDirError(`\`${input}\`: ${q(key)} has a control character in its name: rename it or add it to \`exclude\` (S3 keys and URLs with control characters are refused)`);
            }
            if (isDir) {
                const real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(target);
                if (visitedDirs.has(real)) {
                    opts.warn(`skipped ${q(`${key}/`)}: a symbolic link leads back to a folder already published`);
                    continue;
                }
                visitedDirs.add(real);
                await visit(target, `${key}/`, realKey === '' ? '' : `${realKey}/`);
                visitedDirs.delete(real);
            }
            else if (isFile) {
                if (key.startsWith(RESERVED_PREFIX)) {
                    throw new ContentDirError(`\`${input}\`: ${q(key)} is under '${RESERVED_PREFIX}', which secure-dist-action keeps for its manifest; rename it or add it to \`exclude\``);
                }
                const existing = files.get(key);
                if (existing !== undefined) {
                    throw new ContentDirError(`\`${input}\`: ${q(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs))} and ${q(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, existing.absPath))} give the same key ${q(key)} after Unicode normalisation`);
                }
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(target, { bigint: true });
                files.set(key, { key, absPath: target, size: Number(st.size), stamp: statStamp(st) });
            }
            // Sockets, FIFOs and devices are not content.
        }
    }
    await visit(rootReal, '', '');
    return [...files.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/**
 * True when the published content has a root `404.html`, by the walk's rules: not excluded
 * (by its name or, for a link, by where it leads), a file, and a link only when it stays inside
 * `content-dir`. A missing or unreadable `content-dir` has none (the sync reports that).
 * Synchronous: synth renders without I/O of its own otherwise.
 */
function hasNotFoundPage(contentDir, exclude) {
    const excluded = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlobs */ .t)(exclude);
    if (excludedPath(excluded, NOT_FOUND_PAGE_KEY, false))
        return false;
    try {
        const rootReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(contentDir);
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rootReal, NOT_FOUND_PAGE_KEY);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink()) {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
            if (!isInside(real, rootReal))
                return false;
            if (excludedPath(excluded, keyOf(rootReal, real), false))
                return false;
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a5: () => (/* reexport */ PENDING_WEB_ACL_ARN),
  DF: () => (/* reexport */ synthesize),
  OY: () => (/* reexport */ withEdgeVersion),
  iP: () => (/* reexport */ withEdgeWebAcl),
  Ui: () => (/* reexport */ writeSynth)
});

// UNUSED EXPORTS: EDGE_REGION, MAX_STACK_NAME_LENGTH, SYNTH_FILES, TEMPLATE_BODY_LIMIT, TemplateTooLargeError, assertResolved, fingerprintOf, isJsonObject, jsonAt, loadTemplate, objectAt, parseTemplate, readTemplate

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/edge/bundled.ts
// Generated by scripts/build-edge.mjs from src/edge/handler.ts: do not edit, run
// `npm run bundle:edge`. The minified Lambda@Edge handler; renderEdgeCode (config.ts)
// replaces EDGE_PLACEHOLDER with the JSON configuration.
const EDGE_PLACEHOLDER = '__SECURE_DIST_EDGE_CONFIG__';
const EDGE_HANDLER_TEMPLATE = '"use strict";var k=Object.defineProperty;var Z=Object.getOwnPropertyDescriptor;var q=Object.getOwnPropertyNames;var V=Object.prototype.hasOwnProperty;var Q=(e,n)=>{for(var t in n)k(e,t,{get:n[t],enumerable:!0})},J=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of q(n))!V.call(e,o)&&o!==t&&k(e,o,{get:()=>n[o],enumerable:!(r=Z(n,o))||r.enumerable});return e};var ee=e=>J(k({},"__esModule",{value:!0}),e);var Ie={};Q(Ie,{handler:()=>we});module.exports=ee(Ie);var _=require("node:crypto");var ne=\' "#%<>[\\\\]^`{|}~?*\',te=new TextEncoder,N="0123456789ABCDEF";function re(e){let n="";for(let t of te.encode(e))n+=`%${N[t>>4]??""}${N[t&15]??""}`;return n}function m(e){let n="";for(let t of e)n+=t<"!"||t>"~"||ne.includes(t)?re(t):t;return n}function x(e){return`/${m(e)}`}function T(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var oe=/[\\u0000-\\u001f\\u007f\\\\/]/,se=/^[\\x21-\\x22\\x24-\\x7e]*$/;function $(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||T(e)>2048)return 400;let n=[];for(let t of e.split("/")){if(t==="")continue;let r;try{r=decodeURIComponent(t)}catch{return 400}if(r==="."||r===".."||oe.test(r))return 400;n.push(r)}return{segments:n,folder:e.endsWith("/")}}function E(e){let n=$(e);if(n===400)return 400;let r=(n.folder?[...n.segments,"index.html"]:n.segments).join("/");return T(r)>1024?404:r}function ie(e){let n=e.lastIndexOf(".");return n>=1&&n<e.length-1}function ue(e,n){let t=$(e);if(t===400||t.folder)return;let r=t.segments[t.segments.length-1];if(r===void 0||ie(r))return;let o=typeof n=="string"&&n!==""&&se.test(n)?`?${n}`:"";return`${x(t.segments.join("/"))}/${o}`}function I(e,n,t){if(e!=="403"&&e!=="404")return{kind:"pass"};let r=ue(n,t);return r===void 0?{kind:"not-found"}:{kind:"redirect",location:r}}var ce="*";function D(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?[...n,"index.html"]:n}function fe(e,n){let t=0,r=0,o=-1,s=0;for(;r<n.length;){let i=e[t];if(i==="**")o=t,s=r,t+=1;else if(i!==void 0&&(i==="*"||i===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,s+=1,r=s;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function U(e,n){let t=[];for(let r of e)if(!(!r.users.includes(n)&&!r.users.includes(ce)))for(let o of r.globs)t.push(D(o));return t}function S(e,n){let t=n.split("/");return e.some(r=>fe(r,t))}function ae(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${m(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${m(r)}/`}function w(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var de=32*1024;function M(e,n){let t=n.map(D),o=[...new Set(n.map(ae))].filter(h=>{let y=E(h);return typeof y=="string"&&S(t,y)}).sort().map(h=>{let y=le(h);return`<li><a href="${w(h)}">${w(y)}</a></li>`}),s=w(e),i=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${s}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${s}</h1>`,u=`</main></body></html>\n`,c=de/3-i.length-u.length-100,a=0;for(;a<o.length&&c-(o[a]?.length??0)>=0;)c-=o[a]?.length??0,a+=1;let O=`<ul>${o.slice(0,a).join("")}</ul>`,W=o.length===0?"<p>There are no folders for you here.</p>":a<o.length?`<p>Your folders (first ${a} of ${o.length}):</p>${O}`:`<p>Your folders:</p>${O}`;return i+W+u}function le(e){try{return decodeURIComponent(e)}catch{return e}}var ge=/[\\u0000-\\u001f\\u007f]/,pe=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,he=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0});function v(e){return ge.test(e)}function ye(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(v(e))return"contains a control character"}function me(e){if(e==="")return"is empty";if(v(e))return"contains a control character"}function H(e){if(typeof e!="string"||e.length>1024)return;let n=pe.exec(e)?.[1];if(n===void 0||n.length%4!==0)return;let t;try{t=atob(n)}catch{return}if(btoa(t)!==n)return;let r=new Uint8Array(t.length);for(let c=0;c<t.length;c+=1)r[c]=t.charCodeAt(c);let o;try{o=he.decode(r)}catch{return}let s=o.indexOf(":");if(s<1)return;let i=o.slice(0,s).normalize("NFC"),u=o.slice(s+1).normalize("NFC");if(!(ye(i)!==void 0||me(u)!==void 0))return{user:i,password:u}}var Y=require("node:crypto"),xe=4096,Ee=6,Ae=1,g=32,F=16;function L(e,n,t){return(0,Y.scryptSync)(`${e.length}:${e}:${n}`,t,g,{N:xe,r:Ee,p:Ae,maxmem:32*1024*1024})}var l=__SECURE_DIST_EDGE_CONFIG__,Re=100,C=new Map;for(let e of Array.isArray(l.users)?l.users:[]){if(typeof e.user!="string"||typeof e.salt!="string"||typeof e.hash!="string")continue;let n=Buffer.from(e.salt,"base64url"),t=Buffer.from(e.hash,"base64url");if(n.length!==F||t.length!==g)continue;let r=typeof e.expires=="number"?e.expires*1e3:1/0,o=e.user.normalize("NFC"),s=C.get(o)??[];s.push({user:o,salt:n,hash:t,expiresAt:r}),C.set(o,s)}var Ce=[{user:"",salt:Buffer.alloc(F),hash:Buffer.alloc(g),expiresAt:-1/0}],X=(typeof l.realm=="string"?l.realm:"Restricted").replace(/[^\\x20-\\x7e]|["\\\\]/g,""),_e=`Basic realm="${X}", charset="UTF-8"`,j=Array.isArray(l.access)?l.access:[],ke=j.length>0,P=e=>Array.isArray(e)&&e.every(n=>typeof n=="string"),G=j.filter(e=>typeof e=="object"&&e!==null&&"users"in e&&"globs"in e&&P(e.users)&&P(e.globs)),K=new Map,z=new Map;for(let e of C.keys()){K.set(e,U(G,e));let n=[];for(let t of G)(t.users.includes(e)||t.users.includes("*"))&&n.push(...t.globs);z.set(e,n)}var Te=["transfer-encoding","via"],p="no-store",R="private, no-cache",be="private, no-store",d=new Map;async function we(e){let n=e?.Records?.[0]?.cf;return Se(n)?Oe(n.request,n.response):Fe(e?.Records?.[0]?.cf?.request)}function Se(e){if(typeof e!="object"||e===null||!("config"in e))return!1;let n=e.config;return typeof n=="object"&&n!==null&&"eventType"in n&&n.eventType==="origin-response"}function Fe(e){let n;try{n=Be(e,Date.now())}catch{n=void 0}if(!e||n===void 0)return f(401,"Unauthorized",p,{"www-authenticate":[{key:"WWW-Authenticate",value:_e}]});try{let t=E(e.uri);return t===404?f(404,"Not Found",p):t===400?f(400,"Bad Request",p):ke&&!S(K.get(n)??[],t)?t==="index.html"&&typeof e.uri=="string"&&/^\\/+$/.test(e.uri)?Ne(z.get(n)??[]):f(403,"Forbidden",p):(delete e.headers.authorization,e.uri=x(t),e)}catch{return f(400,"Bad Request",p)}}function Oe(e,n){try{if(typeof n!="object"||n===null)return f(404,"Not Found",R);let t=I(n.status,e?.uri,e?.querystring);if(t.kind==="pass")return n;let r={};for(let o of Te){let s=n.headers?.[o];s!==void 0&&(r[o]=s)}return t.kind==="redirect"?f(302,"Found",R,{...r,location:[{key:"Location",value:t.location}]}):f(404,"Not Found",R,r)}catch{return f(404,"Not Found",R)}}function Ne(e){return{status:"200",statusDescription:"OK",headers:{"cache-control":[{key:"Cache-Control",value:be}],"content-type":[{key:"Content-Type",value:"text/html; charset=utf-8"}]},body:M(X,e)}}function Be(e,n){let t=e?.headers?.authorization;if(!Array.isArray(t)||t.length!==1)return;let r=t[0]?.value;if(typeof r!="string"||r.length>1024)return;let o=(0,_.createHash)("sha256").update(r).digest("base64"),s=d.get(o);if(s){if(n<s.expiresAt)return s.user;d.delete(o)}let i=H(r);if(!i)return;let u=$e(i.user,i.password,n);if(u){if(d.size>=Re)for(let c of d.keys()){d.delete(c);break}return d.set(o,u),u.user}}function $e(e,n,t){let r=C.get(e),o,s,i=Buffer.alloc(g);for(let u of r??Ce)(!s||!s.equals(u.salt))&&(s=u.salt,i=L(e,n,s)),(0,_.timingSafeEqual)(i,u.hash)&&r&&t<u.expiresAt&&!o&&(o=u);return o}function f(e,n,t,r={}){return{status:String(e),statusDescription:n,headers:{...r,"cache-control":[{key:"Cache-Control",value:t}],"content-type":[{key:"Content-Type",value:"text/plain; charset=utf-8"}]},body:`${e} ${n}\n`}}0&&(module.exports={handler});\n';

// EXTERNAL MODULE: ./src/edge/core/access.ts
var core_access = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/edge/core/basic.ts
var basic = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/edge/shared.ts
/**
 * What the edge handler (verifying, in Lambda@Edge) and the action (hashing, at synth time)
 * must agree on: the password KDF, its parameters, the encodings and the size limits.
 *
 * This module is bundled into the edge function: it imports nothing but `node:crypto` (and the
 * size limits of the pure core, re-exported here).
 *
 * ## Cost model of the KDF
 *
 * A viewer-request function runs with 128 MB, and Lambda gives a function CPU in proportion
 * to its memory: 1,769 MB buys one full vCPU, so 128 MB is about 128/1769 ≈ 0.072 vCPU. One
 * cold verification (a credential not yet in the container's cache) must stay far below the
 * 5 s viewer-trigger limit; we aim at ≤ 100 ms there, which is ≈ 7 ms of one full core.
 *
 * scrypt with N = 2^12, r = 6, p = 1 (3 MiB of memory, 128·N·r bytes) takes ≈ 6 ms of one core
 * on the development machine (`node scripts/bench-edge.mjs`: 6.2 ms), so ≈ 85 ms on a 128 MB
 * edge function. scrypt is chosen over PBKDF2 because, at the same few milliseconds, its memory
 * hardness makes each guess cost a GPU/ASIC attacker far more than PBKDF2's iterated SHA-256.
 *
 * The trade-off: a 6 ms KDF is weak protection for a weak human password if the hashes leak
 * (the code, and so the hashes, are readable by anyone who can read the Lambda function):
 * such an attacker tries ~10^5–10^6 guesses per second per GPU instead of billions. Passwords
 * made by `rotate` are random with ≥ 128 bits of entropy, which no KDF needs to protect; the
 * KDF is there to slow down guessing of the human passwords people configure themselves. A
 * slower KDF would make every cold request slower for every viewer and make a flood of wrong
 * passwords cost more Lambda time, so it is kept at the budget above.
 *
 * The salt is 16 bytes, derived deterministically from a scope (the stack name) and the user
 * name, never from the password (see `deriveSalt` in config.ts): the same users give the same
 * code, so an unchanged deploy publishes no new Lambda version.
 */

/** scrypt cost parameter N (CPU/memory cost, a power of two). */
const KDF_N = 4096;
/** scrypt block size r. */
const KDF_R = 6;
/** scrypt parallelisation p. */
const KDF_P = 1;
/** Length in bytes of a password hash (the scrypt output). */
const HASH_BYTES = 32;
/** Length in bytes of a salt. */
const SALT_BYTES = 16;

/**
 * The scrypt hash of a password for a user. Input strings must already be NFC-normalised.
 * The user name is bound into the input (length-prefixed, so the encoding is unambiguous):
 * a hash copied to another user's entry does not verify.
 */
function deriveKey(user, password, salt) {
    return (0,external_node_crypto_.scryptSync)(`${user.length}:${user}:${password}`, salt, HASH_BYTES, {
        N: KDF_N,
        r: KDF_R,
        p: KDF_P,
        maxmem: 32 * 1024 * 1024,
    });
}

;// CONCATENATED MODULE: ./src/edge/config.ts
/**
 * The edge function's configuration, built by the action at synth time and baked into the
 * function's code (Lambda@Edge has no environment variables).
 *
 * - `buildEdgeConfig` turns `user:password` pairs into salted scrypt hashes (no plaintext
 *   password ever reaches the function);
 * - `renderEdgeCode` puts a configuration into the bundled handler: the same users and realm
 *   give byte-identical code, so an unchanged deploy publishes no new Lambda version;
 * - `loadHandlerFromSource` evaluates rendered code as Lambda would (CommonJS, only
 *   `node:crypto`), for tests, the benchmark and the sandbox.
 *
 * Errors name the user and the rule broken, never the password or a hash.
 */





/**
 * The newest Node.js runtime Lambda@Edge accepts. The CloudFront Developer Guide, "Restrictions
 * on Lambda@Edge" › "Supported runtimes"
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-runtime)
 * says Lambda@Edge supports the latest Node.js and Python runtimes and refers to the Lambda
 * Developer Guide's list (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html and
 * lambda-nodejs.html), whose newest Node.js runtime is `nodejs24.x` (Amazon Linux 2023,
 * deprecation 2028-04-30). Node.js 24 drops callback-style handlers: ours is `async`.
 */
const EDGE_RUNTIME = 'nodejs24.x';
const SALT_LABEL = 'secure-dist-action/edge-salt/v1';
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/**
 * The salt of a user: the first `SALT_BYTES` bytes of SHA-256 over a label, the scope and the
 * NFC user name, base64url. Deterministic, so the same users render the same code; it never
 * depends on the password (a salt derived from the password would be a fast hash of it).
 * Different sites (scopes) give the same user different salts.
 */
function deriveSalt(scope, user) {
    return external_node_crypto_.createHash('sha256')
        .update(`${SALT_LABEL}\u0000${scope}\u0000${user.normalize('NFC')}`)
        .digest()
        .subarray(0, SALT_BYTES)
        .toString('base64url');
}
/** The scrypt hash (base64url) the edge function checks a password against (both NFC'd here). */
function hashPassword(user, password, salt) {
    return deriveKey(user.normalize('NFC'), password.normalize('NFC'), decode(salt, SALT_BYTES, 'salt', user)).toString('base64url');
}
/**
 * Hashes every credential with its deterministic salt. The same user and password listed
 * twice become one entry (the later expiry wins; no expiry is latest). Throws on an empty
 * scope or list, a bad realm, a user name with a colon or control character, an empty
 * password or a password with a control character, a bad expiry.
 */
function buildEdgeConfig(options) {
    if (options.scope === '')
        throw new Error('edge config: the scope must not be empty');
    validateRealm(options.realm);
    if (options.users.length === 0)
        throw new Error('edge config: at least one user is needed');
    const byKey = new Map();
    for (const credential of options.users) {
        const user = credential.user.normalize('NFC');
        const password = credential.password.normalize('NFC');
        validateUser(user);
        // The edge refuses the same passwords before its KDF (core/basic.ts): one rule.
        const problem = (0,basic/* passwordProblem */.Rd)(password);
        if (problem !== undefined) {
            throw new Error(`edge config: the password of user '${user}' ${problem}`);
        }
        if (credential.expires !== undefined)
            validateExpires(credential.expires, user);
        const salt = deriveSalt(options.scope, user);
        const hash = hashPassword(user, password, salt);
        const entry = { user, salt, hash };
        if (credential.expires !== undefined)
            entry.expires = credential.expires;
        const key = `${user}\u0000${hash}`;
        const previous = byKey.get(key);
        if (previous === undefined || laterExpiry(entry, previous) === entry)
            byKey.set(key, entry);
    }
    const config = { realm: options.realm, users: sortUsers([...byKey.values()]) };
    const access = normaliseAccess(options.access ?? []);
    if (access.length > 0)
        config.access = access;
    return config;
}
/**
 * The handler's CommonJS code with `config` in place of the placeholder. Users are sorted and
 * their keys written in a fixed order, and non-ASCII characters are escaped, so the output is
 * ASCII and depends only on the configuration's content.
 */
function renderEdgeCode(config) {
    validateRealm(config.realm);
    const users = sortUsers(config.users.map((u) => {
        validateUser(u.user);
        decode(u.salt, SALT_BYTES, 'salt', u.user);
        decode(u.hash, HASH_BYTES, 'hash', u.user);
        if (u.expires !== undefined)
            validateExpires(u.expires, u.user);
        const entry = { user: u.user, salt: u.salt, hash: u.hash };
        if (u.expires !== undefined)
            entry.expires = u.expires;
        return entry;
    }));
    const access = normaliseAccess(config.access ?? []);
    const names = new Set(users.map((u) => u.user));
    for (const rule of access) {
        for (const user of rule.users) {
            if (user !== core_access/* ANY_USER */.JK && !names.has(user)) {
                throw new Error(`edge config: access rule names user '${user}', which no user has`);
            }
        }
    }
    const content = access.length > 0 ? { realm: config.realm, users, access } : { realm: config.realm, users };
    const json = JSON.stringify(content).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const parts = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
    if (parts.length !== 2) {
        throw new Error('edge handler template: expected the config placeholder exactly once');
    }
    return parts.join(json);
}
/**
 * Evaluates rendered CommonJS handler code and returns its `handler`, as Lambda would load
 * `index.js`. `require` allows only `crypto` / `node:crypto`. The code runs in this realm.
 */
function loadHandlerFromSource(code, options = {}) {
    const cryptoModule = options.crypto ?? nodeCrypto;
    const requireCrypto = (id) => {
        if (id === 'crypto' || id === 'node:crypto')
            return cryptoModule;
        throw new Error(`edge handler: require('${id}') is not allowed (only node:crypto)`);
    };
    const now = options.now;
    const DateImpl = now === undefined
        ? Date
        : class extends Date {
            static now() {
                return now();
            }
        };
    const module = { exports: {} };
    const evaluate = new Function('module', 'exports', 'require', 'Date', code);
    evaluate(module, module.exports, requireCrypto, DateImpl);
    const exported = module.exports;
    const handler = typeof exported === 'object' && exported !== null && 'handler' in exported
        ? exported.handler
        : undefined;
    if (typeof handler !== 'function') {
        throw new Error('edge handler: the code does not export a handler function');
    }
    return async (event) => {
        const result = await Reflect.apply(handler, undefined, [event]);
        if (!isRequestResult(result)) {
            throw new Error('edge handler: returned neither a request nor a generated response');
        }
        return result;
    };
}
function isRequestResult(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    if ('status' in value)
        return typeof value.status === 'string';
    return 'uri' in value && typeof value.uri === 'string' && 'headers' in value;
}
/** Rules with their users NFC'd and checked, their globs checked; keys in a fixed order. */
function normaliseAccess(rules) {
    return rules.map((rule) => {
        const users = rule.users.map((u) => u.normalize('NFC'));
        for (const user of users)
            if (user !== core_access/* ANY_USER */.JK)
                validateUser(user);
        if (users.length === 0)
            throw new Error('edge config: an access rule names no user');
        if (rule.globs.length === 0)
            throw new Error('edge config: an access rule has no glob');
        for (const glob of rule.globs) {
            const problem = (0,core_access/* globProblem */.AI)(glob);
            if (problem !== undefined) {
                throw new Error(`edge config: access glob ${JSON.stringify(glob)} ${problem}`);
            }
        }
        return { users, globs: [...rule.globs] };
    });
}
function validateRealm(realm) {
    if (realm === '' || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
        throw new Error('edge config: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes');
    }
}
function validateUser(user) {
    const problem = (0,basic/* userNameProblem */.Yz)(user);
    if (problem === 'is empty')
        throw new Error('edge config: a user name is empty');
    if (problem !== undefined) {
        throw new Error(`edge config: user name ${JSON.stringify(user)} ${problem}`);
    }
    if (user !== user.normalize('NFC')) {
        throw new Error(`edge config: user name '${user}' is not NFC-normalised`);
    }
}
function validateExpires(expires, user) {
    if (!Number.isSafeInteger(expires) || expires < 0) {
        throw new Error(`edge config: the expiry of a password of user '${user}' must be whole epoch seconds, got ${expires}`);
    }
}
function decode(value, bytes, what, user) {
    const buffer = BASE64URL.test(value) ? Buffer.from(value, 'base64url') : Buffer.alloc(0);
    if (buffer.length !== bytes || buffer.toString('base64url') !== value) {
        throw new Error(`edge config: the ${what} of user '${user}' is not ${bytes} bytes of base64url`);
    }
    return buffer;
}
function laterExpiry(a, b) {
    if (a.expires === undefined)
        return a;
    if (b.expires === undefined)
        return b;
    return a.expires >= b.expires ? a : b;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** By user, salt, hash, then expiry (none last): code-unit order, independent of locale. */
function sortUsers(users) {
    return users.sort((a, b) => compareStrings(a.user, b.user) ||
        compareStrings(a.salt, b.salt) ||
        compareStrings(a.hash, b.hash) ||
        (a.expires ?? Number.MAX_SAFE_INTEGER) - (b.expires ?? Number.MAX_SAFE_INTEGER));
}

;// CONCATENATED MODULE: ./src/synth/json.ts
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value at `path` (object keys and array indexes), or undefined when any step is missing. */
function jsonAt(value, ...path) {
    let current = value;
    for (const step of path) {
        if (typeof step === 'number') {
            if (!Array.isArray(current))
                return undefined;
            current = current[step];
        }
        else {
            if (!isJsonObject(current))
                return undefined;
            current = Object.hasOwn(current, step) ? current[step] : undefined;
        }
    }
    return current;
}
/** The object at `path`; throws naming the path when it is missing or not an object. */
function objectAt(value, ...path) {
    const found = jsonAt(value, ...path);
    if (!isJsonObject(found))
        throw new Error(`expected an object at ${path.join('.')}`);
    return found;
}
/** Deep copy (templates are mutated while rendering; the parsed original stays untouched). */
function cloneJson(value) {
    return structuredClone(value);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(3645);
;// CONCATENATED MODULE: ./src/synth/template.ts
/**
 * CloudFormation YAML ⇒ plain JSON. The short forms (`!Ref`, `!Sub`, `!GetAtt`, …) are read with
 * the `yaml` package's custom tags and expanded to the long JSON form CloudFormation itself
 * uses (`{ "Ref": … }`, `{ "Fn::GetAtt": [ … ] }`), so a rendered template is exactly what
 * `TemplateBody` carries.
 */



const INTRINSICS = {
    Ref: { key: 'Ref', kinds: ['scalar'] },
    Condition: { key: 'Condition', kinds: ['scalar'] },
    GetAtt: { key: 'Fn::GetAtt', kinds: ['scalar', 'seq'], items: [2, 2] },
    Sub: { key: 'Fn::Sub', kinds: ['scalar', 'seq'], items: [1, 2] },
    Join: { key: 'Fn::Join', kinds: ['seq'], items: [2, 2] },
    Select: { key: 'Fn::Select', kinds: ['seq'], items: [2, 2] },
    Split: { key: 'Fn::Split', kinds: ['seq'], items: [2, 2] },
    If: { key: 'Fn::If', kinds: ['seq'], items: [3, 3] },
    Equals: { key: 'Fn::Equals', kinds: ['seq'], items: [2, 2] },
    Not: { key: 'Fn::Not', kinds: ['seq'], items: [1, 1] },
    And: { key: 'Fn::And', kinds: ['seq'], items: [2, 10] },
    Or: { key: 'Fn::Or', kinds: ['seq'], items: [2, 10] },
    FindInMap: { key: 'Fn::FindInMap', kinds: ['seq'], items: [3, 4] },
    Base64: { key: 'Fn::Base64', kinds: ['scalar', 'map'] },
    Cidr: { key: 'Fn::Cidr', kinds: ['seq'], items: [3, 3] },
    ImportValue: { key: 'Fn::ImportValue', kinds: ['scalar', 'map'] },
    GetAZs: { key: 'Fn::GetAZs', kinds: ['scalar', 'map'] },
};
/** Every short form, registered for scalars, sequences and mappings; shapes are checked below. */
function customTags() {
    const tags = [];
    for (const name of Object.keys(INTRINSICS)) {
        const tag = `!${name}`;
        tags.push({ tag, resolve: (value) => value });
        tags.push({ tag, collection: 'seq' });
        tags.push({ tag, collection: 'map' });
    }
    return tags;
}
/** Parse template text (YAML or JSON); `source` names the file in errors. */
function parseTemplate(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        customTags: customTags(),
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
    });
    const problems = [...doc.errors, ...doc.warnings];
    const first = problems[0];
    if (first !== undefined) {
        const { line, col } = lineCounter.linePos(first.pos[0]);
        throw new Error(`${source}:${line}:${col}: ${first.message}`);
    }
    const where = (node) => {
        const offset = node.range?.[0] ?? 0;
        const { line, col } = lineCounter.linePos(offset);
        return `${source}:${line}:${col}`;
    };
    const convert = (node) => {
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            throw new Error(`${where(node)}: YAML aliases (*${node.source}) are not supported by CloudFormation`);
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            let json;
            if (value === null || typeof value === 'string' || typeof value === 'boolean')
                json = value;
            else if (typeof value === 'number' && Number.isFinite(value))
                json = value;
            else
                throw new Error(`${where(node)}: unsupported scalar ${String(node.source)}`);
            return node.tag === undefined ? json : intrinsic(node.tag, 'scalar', json, where(node));
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const json = node.items.map((item) => convert(item));
            return node.tag === undefined ? json : intrinsic(node.tag, 'seq', json, where(node));
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const json = {};
            for (const pair of node.items) {
                const key = pair.key;
                if (!(0,dist/* isScalar */.jn)(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
                    throw new Error(`${where(node)}: mapping keys must be plain strings`);
                }
                const name = String(key.value);
                if (name === '__proto__')
                    throw new Error(`${where(key)}: '__proto__' is not a valid key`);
                json[name] = convert(pair.value);
            }
            return node.tag === undefined ? json : intrinsic(node.tag, 'map', json, where(node));
        }
        throw new Error(`${source}: unexpected YAML node`);
    };
    const template = convert(doc.contents);
    if (!isJsonObject(template))
        throw new Error(`${source}: a template must be a mapping`);
    if (!isJsonObject(template.Resources)) {
        throw new Error(`${source}: a template needs a 'Resources' mapping`);
    }
    return template;
}
function intrinsic(tag, kind, value, where) {
    // Standard YAML tags (`!!str`, …) keep their plain meaning.
    if (tag.startsWith('tag:yaml.org,2002:'))
        return value;
    const name = tag.startsWith('!') ? tag.slice(1) : tag;
    const fn = Object.hasOwn(INTRINSICS, name) ? INTRINSICS[name] : undefined;
    if (fn === undefined)
        throw new Error(`${where}: unknown tag ${tag}`);
    if (!fn.kinds.includes(kind)) {
        throw new Error(`${where}: ${tag} takes ${fn.kinds.join(' or ')}, not a ${kind}`);
    }
    if (name === 'GetAtt' && typeof value === 'string') {
        // `!GetAtt Resource.Attribute`: the attribute itself may contain dots.
        const dot = value.indexOf('.');
        if (dot <= 0 || dot === value.length - 1) {
            throw new Error(`${where}: !GetAtt expects 'Resource.Attribute', got '${value}'`);
        }
        return { [fn.key]: [value.slice(0, dot), value.slice(dot + 1)] };
    }
    if ((name === 'Ref' || name === 'Condition') && (typeof value !== 'string' || value === '')) {
        throw new Error(`${where}: ${tag} expects a name`);
    }
    if (Array.isArray(value) && fn.items !== undefined) {
        const [min, max] = fn.items;
        if (value.length < min || value.length > max) {
            const expected = min === max ? `${min}` : `${min} to ${max}`;
            throw new Error(`${where}: ${tag} expects a list of ${expected} items, got ${value.length}`);
        }
    }
    return { [fn.key]: value };
}
/** Read and parse a template file. */
function loadTemplate(path) {
    return parseTemplate((0,external_node_fs_.readFileSync)(path, 'utf8'), path);
}

;// CONCATENATED MODULE: ./src/synth/templates.generated.ts
// Generated by scripts/embed-templates.mjs from cloudformation/*.yaml: do not edit, run
// `node scripts/embed-templates.mjs`. The YAML texts, byte for byte, for the bundle.
const EMBEDDED_TEMPLATES = {
    'bootstrap.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist bootstrap (deployed once per site, by an administrator, in any region): the\n  GitHub OIDC provider, a least-privilege role that one repository's workflow assumes to deploy,\n  sync, invalidate and rotate passwords of one secure-dist site, and the CloudFormation service\n  role that creates that site's resources.\n\nParameters:\n  GitHubOrg:\n    Type: String\n    Description: Owner (organization or user) of the repository, spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$'\n  RepositoryName:\n    Type: String\n    Description: Repository name (without the owner), spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$'\n  Branch:\n    Type: String\n    Default: main\n    Description: Branch whose workflows may deploy (empty = none; then set Environment)\n    AllowedPattern: '^[^*?\\s]*$'\n  Environment:\n    Type: String\n    Default: ''\n    Description: GitHub environment whose jobs may deploy (empty = none)\n    AllowedPattern: '^[^*?]*$'\n  OwnerId:\n    Type: String\n    Default: ''\n    Description: >-\n      Numeric id of the owner, for the immutable `sub` claim (repositories created after\n      2026-07-15, or opted in). `gh api repos/OWNER/REPO --jq .owner.id`\n    AllowedPattern: '^[0-9]*$'\n  RepositoryId:\n    Type: String\n    Default: ''\n    Description: Numeric id of the repository, for the immutable `sub` claim. `gh api repos/OWNER/REPO --jq .id`\n    AllowedPattern: '^[0-9]*$'\n  AcceptClassicSubject:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also accept the classic, name-based `sub` (repo:OWNER/REPO:...). Set to false once the\n      repository emits the immutable form, so a recycled name can never match.\n  ExistingOidcProviderArn:\n    Type: String\n    Default: ''\n    Description: ARN of an existing token.actions.githubusercontent.com provider (an account has at most one); empty = create it\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$'\n  StackName:\n    Type: String\n    Default: secure-dist\n    Description: >-\n      The action's `stack-name`: the role may manage only `<StackName>-edge` (us-east-1) and\n      `<StackName>-site` (SiteRegion). Lower case, because generated bucket names are.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 30\n  AllowPullRequestPlans:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a plan role that pull-request workflows of the repository may assume, for\n      `command: plan`: it can read the stacks, create, describe and delete change sets (never\n      execute one) and list the bucket. It cannot read the users secret.\n  SiteRegion:\n    Type: String\n    Default: eu-central-1\n    Description: The action's `region` (region of the bucket and the site stack)\n    AllowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$'\n  AllowedWorkflows:\n    Type: String\n    Default: ''\n    Description: >-\n      Comma-separated workflow files of the repository that may assume the deploy role, such as\n      `.github/workflows/publish.yml,.github/workflows/rotate.yml` (checked against the OIDC\n      token's job_workflow_ref claim). Empty = any workflow on the trusted branch or environment.\n    AllowedPattern: '^$|^\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml(,\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)*$'\n    ConstraintDescription: must be empty or a comma list of .github/workflows/<file>.yml\n\nRules:\n  BranchOrEnvironment:\n    Assertions:\n      - Assert: !Or [!Not [!Equals [!Ref Branch, '']], !Not [!Equals [!Ref Environment, '']]]\n        AssertDescription: Set Branch, Environment, or both\n  IdsTogether:\n    Assertions:\n      - Assert: !Or\n          - !And [!Equals [!Ref OwnerId, ''], !Equals [!Ref RepositoryId, '']]\n          - !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: Set both OwnerId and RepositoryId, or neither\n  SomeSubjectAccepted:\n    Assertions:\n      - Assert: !Or [!Equals [!Ref AcceptClassicSubject, 'true'], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: With AcceptClassicSubject=false, set OwnerId and RepositoryId\n\nConditions:\n  CreateOidcProvider: !Equals [!Ref ExistingOidcProviderArn, '']\n  HasBranch: !Not [!Equals [!Ref Branch, '']]\n  HasEnvironment: !Not [!Equals [!Ref Environment, '']]\n  HasImmutableIds: !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n  AcceptClassic: !Equals [!Ref AcceptClassicSubject, 'true']\n  ClassicBranch: !And [!Condition AcceptClassic, !Condition HasBranch]\n  ClassicEnvironment: !And [!Condition AcceptClassic, !Condition HasEnvironment]\n  ImmutableBranch: !And [!Condition HasImmutableIds, !Condition HasBranch]\n  ImmutableEnvironment: !And [!Condition HasImmutableIds, !Condition HasEnvironment]\n  PlanRoleWanted: !Equals [!Ref AllowPullRequestPlans, 'true']\n  ClassicPlan: !And [!Condition PlanRoleWanted, !Condition AcceptClassic]\n  ImmutablePlan: !And [!Condition PlanRoleWanted, !Condition HasImmutableIds]\n  HasAllowedWorkflows: !Not [!Equals [!Ref AllowedWorkflows, '']]\n\nResources:\n  # IAM trusts GitHub's issuer through its certificate authorities: no thumbprint needed.\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n\n  # Permissions boundary for the only role the deploy role may create (the edge function's\n  # execution role). Without it, \"create a role under the prefix\" would be \"create any role\":\n  # the deploy role could write itself an administrator and run it as the edge function.\n  EdgeRoleBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: !Sub '${StackName}-edge-boundary'\n      Description: Ceiling for the secure-dist edge function role (logs only)\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action:\n              - logs:CreateLogGroup\n              - logs:CreateLogStream\n              - logs:PutLogEvents\n            # Exactly the log groups of this site's function: `/aws/lambda/<name>` in us-east-1,\n            # `/aws/lambda/us-east-1.<name>` in every region that runs a replica.\n            Resource:\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request:*'\n\n  # ---------------------------------------------------------------------------------------------\n  # Who can reach what (the README's security model says the same in prose):\n  #\n  # - DeployRole (the workflow, through OIDC): the CloudFormation API on the two stacks, passing\n  #   the one service role below to CloudFormation, the site bucket's objects, invalidations of\n  #   this site's distribution, the users secret. It creates, changes or deletes no resource of\n  #   the stacks itself.\n  # - CloudFormationRole (CloudFormation, for the two stacks only): the resources of the two\n  #   stacks, each by its exact name (or, for CloudFront, by the `secure-dist-site` tag).\n  # - PlanRole (pull requests): change sets that are never executed, the bucket listing and the\n  #   sync manifest. No secret, no template of the edge stack.\n  # - The edge function's role (edge stack): logs, inside EdgeRoleBoundary.\n  #\n  # Names are exact, never `<StackName>-…-*` prefixes: with prefixes, site `docs` would reach the\n  # bucket, function and role of site `docs-site` (and a bucket `docs-site-backups`). Where an\n  # ARN must end in a wildcard, the character before it is one a stack name cannot contain\n  # (`:` after a function name for its versions, `/` after a web ACL name for its id), or it is\n  # Secrets Manager's fixed `-??????` suffix.\n  #\n  # Stack operations run with this service role, not with the workflow's session: a CloudFront\n  # create or rollback that outlives the OIDC credentials would otherwise fail\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html:\n  # \"If you specify a service role, CloudFormation uses that role's credentials\").\n  # ---------------------------------------------------------------------------------------------\n  CloudFormationRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${StackName}-cloudformation'\n      Description: !Sub 'secure-dist CloudFormation service role of the stacks ${StackName}-edge and ${StackName}-site'\n      # Trusted by CloudFormation only, for this account (aws:SourceAccount, where\n      # CloudFormation sets it). Not narrowed to the two stacks with aws:SourceArn: the\n      # CloudFormation service-role page documents neither key for the service principal, nor\n      # which ARN (stack or change set) it would carry, and a condition on a value of another\n      # shape would refuse every deploy. The gate that narrows it to the two stacks is\n      # iam:PassRole: only DeployRole (and the account's administrators) may pass this role,\n      # and DeployRole may use CloudFormation only on <StackName>-edge and <StackName>-site.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: cloudformation.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEqualsIfExists:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: secure-dist-stack-resources\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # The edge function's execution role, `<StackName>-edge-function` exactly. Creating\n              # it, or writing its policy or boundary, requires the boundary: without it, \"create\n              # the role\" would be \"create any role\" (an administrator run as the function).\n              - Sid: EdgeRoleCreate\n                Effect: Allow\n                Action:\n                  - iam:CreateRole\n                  - iam:PutRolePolicy\n                  - iam:PutRolePermissionsBoundary\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PermissionsBoundary: !Ref EdgeRoleBoundary\n              - Sid: EdgeRoleManage\n                Effect: Allow\n                Action:\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - iam:ListAttachedRolePolicies\n                  - iam:ListRoleTags\n                  - iam:DeleteRolePolicy\n                  - iam:DeleteRole\n                  - iam:UpdateAssumeRolePolicy\n                  - iam:UpdateRoleDescription\n                  - iam:TagRole\n                  - iam:UntagRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n              - Sid: EdgeRolePass\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: lambda.amazonaws.com\n              # Lambda@Edge's replicator and CloudFront's logger service-linked roles, created\n              # once per account when the first function is associated.\n              - Sid: EdgeServiceLinkedRoles\n                Effect: Allow\n                Action: iam:CreateServiceLinkedRole\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/logger.cloudfront.amazonaws.com/AWSServiceRoleForCloudFrontLogger'\n                Condition:\n                  StringEquals:\n                    iam:AWSServiceName:\n                      - replicator.lambda.amazonaws.com\n                      - logger.cloudfront.amazonaws.com\n              # The function `<StackName>-edge-viewer-request` and its numbered versions\n              # (`…:N`; a function name cannot contain `:`). GetFunction and EnableReplication*\n              # are what CloudFront asks of the caller when a version is associated.\n              - Sid: EdgeFunction\n                Effect: Allow\n                Action:\n                  - lambda:CreateFunction\n                  - lambda:DeleteFunction\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - lambda:UpdateFunctionCode\n                  - lambda:UpdateFunctionConfiguration\n                  - lambda:PublishVersion\n                  - lambda:ListVersionsByFunction\n                  - lambda:GetRuntimeManagementConfig\n                  - lambda:GetFunctionCodeSigningConfig\n                  - lambda:GetFunctionRecursionConfig\n                  - lambda:ListTags\n                  - lambda:TagResource\n                  - lambda:UntagResource\n                  - lambda:EnableReplication*\n                  - lambda:DisableReplication*\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n              # The site bucket, by its exact name `<StackName>-site-<account>-<SiteRegion>`.\n              # CloudFormation applies the stack's tags to it (PutBucketTagging).\n              - Sid: SiteBucket\n                Effect: Allow\n                Action:\n                  - s3:CreateBucket\n                  - s3:DeleteBucket\n                  - s3:ListBucket\n                  - s3:GetBucket*\n                  - s3:GetEncryptionConfiguration\n                  - s3:GetLifecycleConfiguration\n                  - s3:GetReplicationConfiguration\n                  - s3:GetAccelerateConfiguration\n                  - s3:GetAnalyticsConfiguration\n                  - s3:GetInventoryConfiguration\n                  - s3:GetMetricsConfiguration\n                  - s3:GetIntelligentTieringConfiguration\n                  - s3:PutBucketPolicy\n                  - s3:DeleteBucketPolicy\n                  - s3:PutBucketPublicAccessBlock\n                  - s3:PutBucketOwnershipControls\n                  - s3:PutEncryptionConfiguration\n                  - s3:PutBucketTagging\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # The distribution. Its id is random, but CloudFront authorizes distribution\n              # actions on aws:ResourceTag and CreateDistribution / TagResource on aws:RequestTag\n              # (Service Authorization Reference, CloudFront:\n              # https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html).\n              # The site stack tags its distribution `secure-dist-site` = <StackName>; this role\n              # creates only distributions carrying that tag and touches only those.\n              # Creating with tags authorizes TagResource as well, on a distribution that has no\n              # tag yet: so tagging is allowed where the tag is absent (a new distribution) or\n              # already ours, and only ever to our value. Another site's distribution, tagged\n              # with its own name, can be neither re-tagged nor changed. (An untagged\n              # distribution of the account could be tagged ours; CloudFormation only tags the\n              # distributions of its own stack, and the workflow roles cannot tag at all.)\n              # CreateDistribution: with the site tag in the request it must be ours. Without\n              # it (should CloudFormation create first and tag afterwards) it is allowed: a new,\n              # untagged distribution is no other site's, and stays out of reach of every\n              # workflow role until it carries our tag.\n              - Sid: DistributionCreate\n                Effect: Allow\n                Action: cloudfront:CreateDistribution\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionTagNew\n                Effect: Allow\n                Action: cloudfront:TagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n                  'Null':\n                    aws:ResourceTag/secure-dist-site: 'true'\n              - Sid: DistributionTags\n                Effect: Allow\n                Action:\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionManage\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                  - cloudfront:UpdateDistribution\n                  - cloudfront:DeleteDistribution\n                  - cloudfront:ListTagsForResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # Origin access control, response headers policy and cache policy: NOT narrowed.\n              # Their ids are random, their names are not part of the ARN, and they take no tags\n              # (the CloudFormation resource specification gives AWS::CloudFront::\n              # OriginAccessControl, ResponseHeadersPolicy and CachePolicy no Tags property,\n              # checked in templates-spec.test.ts; the Service Authorization Reference lists no\n              # condition keys for these resource types). So this role could\n              # change another site's OAC or policy of the same account -- but only CloudFormation\n              # assumes it, for these two stacks, and CloudFormation only updates or deletes the\n              # physical resources its stack created; adopting one by import is denied to both\n              # workflow roles (ImportResourceTypes below). The workflow roles have none of these\n              # actions.\n              - Sid: DistributionPolicies\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateOriginAccessControl\n                  - cloudfront:GetOriginAccessControl\n                  - cloudfront:GetOriginAccessControlConfig\n                  - cloudfront:UpdateOriginAccessControl\n                  - cloudfront:DeleteOriginAccessControl\n                  - cloudfront:CreateResponseHeadersPolicy\n                  - cloudfront:GetResponseHeadersPolicy\n                  - cloudfront:GetResponseHeadersPolicyConfig\n                  - cloudfront:UpdateResponseHeadersPolicy\n                  - cloudfront:DeleteResponseHeadersPolicy\n                  - cloudfront:CreateCachePolicy\n                  - cloudfront:GetCachePolicy\n                  - cloudfront:GetCachePolicyConfig\n                  - cloudfront:UpdateCachePolicy\n                  - cloudfront:DeleteCachePolicy\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/*'\n              # The users secret `<StackName>/basic-auth` (us-east-1). Secrets Manager appends\n              # `-` and six random characters to the name in the ARN: `-??????` matches exactly\n              # that secret, where `*` would also match `<StackName>/basic-authority`.\n              # CloudFormation never reads its value.\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:PutSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # The edge stack's rate-limiting web ACL `<StackName>-edge-rate-limit` (scope\n              # CLOUDFRONT lives in us-east-1 as `global/webacl/<name>/<id>`). The site stack\n              # attaches it through the distribution's WebACLId (UpdateDistribution above);\n              # WAF documents that CloudFront associations go through UpdateDistribution, not\n              # AssociateWebACL, and that the caller needs WAF permissions on the web ACL\n              # (https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html,\n              # \"Permissions for AssociateWebACL\" in the WAF Developer Guide): GetWebACL and\n              # AssociateWebACL on this one ACL.\n              - Sid: RateLimitWebAcl\n                Effect: Allow\n                Action:\n                  - wafv2:CreateWebACL\n                  - wafv2:GetWebACL\n                  - wafv2:UpdateWebACL\n                  - wafv2:DeleteWebACL\n                  - wafv2:AssociateWebACL\n                  - wafv2:ListTagsForResource\n                  - wafv2:TagResource\n                  - wafv2:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n\n  DeployRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: !Sub 'secure-dist deploy role for ${GitHubOrg}/${RepositoryName} (stacks ${StackName}-edge, ${StackName}-site)'\n      MaxSessionDuration: 3600\n      # Trust: one repository, one branch and/or environment, audience sts.amazonaws.com, and\n      # (AllowedWorkflows) only the listed workflow files.\n      #\n      # `sub` forms. Classic: repo:OWNER/REPO:ref:refs/heads/BRANCH and\n      # repo:OWNER/REPO:environment:ENV. Repositories created (or renamed) after 2026-07-15\n      # emit the immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:... instead.\n      #\n      # Decision: the immutable form is matched exactly (StringEquals), with the numeric ids\n      # given as parameters, rather than with a StringLike pattern repo:OWNER@*/REPO@*:...\n      # A pattern accepts any id, so it gives up the very protection the ids exist for (a\n      # deleted owner or repository re-created under the same name by someone else would\n      # match), and IAM's `*` also matches `/` and `:`, so it would be harder to reason about\n      # what else it lets in. Exact ids cost one `gh api` call at bootstrap time, and the\n      # action's error for a refused role names the token's `sub`, which carries the ids.\n      # The classic form stays accepted by default (repositories created before the change\n      # keep emitting it); AcceptClassicSubject=false drops it once the ids are set.\n      #\n      # job_workflow_ref: STS accepts GitHub's job_workflow_ref claim as the condition key\n      # token.actions.githubusercontent.com:job_workflow_ref in trust policies\n      # (https://aws.amazon.com/about-aws/whats-new/2026/01/aws-sts-supports-validation-identity-provider-claims/).\n      # Its value is OWNER/REPO/.github/workflows/FILE@REF (GitHub, \"OpenID Connect reference\":\n      # octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main). CloudFormation\n      # cannot prefix every list item with OWNER/REPO, so two conditions do it together: the\n      # Allow requires */.github/workflows/FILE@refs/* for a listed FILE, the Deny refuses any\n      # value outside OWNER/REPO/.github/workflows/ (a reusable workflow of another repository,\n      # called by one of ours). `.github/workflows/` appears once in the claim: a ref component\n      # cannot start with `.` and a workflow file name has no `/`, so the two together mean\n      # exactly OWNER/REPO/.github/workflows/FILE@refs/... for a listed FILE.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicBranch\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ClassicEnvironment\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableBranch\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableEnvironment\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n              StringLike: !If\n                - HasAllowedWorkflows\n                - token.actions.githubusercontent.com:job_workflow_ref: !Split\n                    - ','\n                    - !Join\n                      - ''\n                      - - '*/'\n                        - !Join ['@refs/*,*/', !Split [',', !Ref AllowedWorkflows]]\n                        - '@refs/*'\n                - !Ref AWS::NoValue\n          - !If\n            - HasAllowedWorkflows\n            - Effect: Deny\n              Principal:\n                Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n              Action: sts:AssumeRoleWithWebIdentity\n              Condition:\n                StringNotLike:\n                  token.actions.githubusercontent.com:job_workflow_ref: !Sub '${GitHubOrg}/${RepositoryName}/.github/workflows/*'\n            - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-deploy\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # deploy / rotate / verify-stacks: the CloudFormation API on the two stacks.\n              # Resources are created, changed and deleted by CloudFormationRole, never by this\n              # role. TagResource/UntagResource: the action tags its stacks.\n              - Sid: Stacks\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:ExecuteChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:DescribeStackResource\n                  - cloudformation:DescribeStackResources\n                  - cloudformation:GetTemplate\n                  - cloudformation:DeleteStack\n                  - cloudformation:TagResource\n                  - cloudformation:UntagResource\n                  - cloudformation:DetectStackDrift\n                  - cloudformation:DetectStackResourceDrift\n                  - cloudformation:DescribeStackResourceDrifts\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              # DescribeStackDriftDetectionStatus takes a detection id, not a stack: the Service\n              # Authorization Reference lists no resource type for it, so it cannot be scoped\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html).\n              # It reads a status, nothing of a stack.\n              - Sid: DriftStatus\n                Effect: Allow\n                Action: cloudformation:DescribeStackDriftDetectionStatus\n                Resource: '*'\n              # No stack IMPORT: a change set of type IMPORT could adopt a resource into these\n              # stacks and put it under the service role. cloudformation:ImportResourceTypes\n              # (\"the template resource types ... in an import\", Service Authorization\n              # Reference, CloudFormation) is present only on imports. Whether it is also set\n              # for ImportExistingResources=true is not documented; that path is closed anyway\n              # for other sites' resources, because importing reads the resource with the\n              # service role, which can read only this site's names.\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              # The one service role, to CloudFormation only (RoleARN of CreateChangeSet and of\n              # DeleteStack).\n              - Sid: PassServiceRole\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !GetAtt CloudFormationRole.Arn\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: cloudformation.amazonaws.com\n              # sync: content-addressed uploads, deletes, metadata updates (copy in place), in\n              # the exact bucket.\n              - Sid: SiteObjects\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                  - s3:DeleteObject\n                  - s3:AbortMultipartUpload\n                  - s3:ListMultipartUploadParts\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/*'\n              - Sid: SiteBucketList\n                Effect: Allow\n                Action:\n                  - s3:ListBucket\n                  - s3:ListBucketMultipartUploads\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # Invalidations of this site's distribution only: CloudFront authorizes\n              # CreateInvalidation/GetInvalidation on the distribution resource, whose condition\n              # key is aws:ResourceTag (Service Authorization Reference, CloudFront).\n              - Sid: Invalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # The users secret: deploy checks it (DescribeSecret before creating the edge\n              # stack) and reads it, rotate writes new versions. Created and deleted only by the\n              # edge stack (CloudFormationRole).\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # verify-stacks (drift detection). Which credentials CloudFormation reads the\n              # live resources with is not stated in the drift pages of the CloudFormation User\n              # Guide; other tools report the caller's. So the caller may READ exactly this\n              # site's resources (nothing it could not already learn from the stacks).\n              - Sid: DriftReads\n                Effect: Allow\n                Action:\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - s3:GetBucketPolicy\n                  - s3:GetBucketPublicAccessBlock\n                  - s3:GetBucketOwnershipControls\n                  - s3:GetEncryptionConfiguration\n                  - wafv2:GetWebACL\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                  - !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              - Sid: DriftReadsDistribution\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n\n  # `command: plan` on pull requests: a pull request's workflow runs code from its branch, so\n  # it gets its own role that can look but not change: change sets are created, described and\n  # deleted, never executed; the bucket is listed and the sync's manifest read. No secret, and\n  # no GetTemplate: the edge stack's template carries the salted password hashes, and plan\n  # renders the edge stack with stand-in hashes instead (issue 15 #4).\n  PlanRole:\n    Type: AWS::IAM::Role\n    Condition: PlanRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist plan role for pull requests of ${GitHubOrg}/${RepositoryName} (read-only)'\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicPlan\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutablePlan\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request'\n                    - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-plan\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # CreateChangeSet carries the stack tags; before the first deploy it creates the\n              # stack (REVIEW_IN_PROGRESS) with them. The Service Authorization Reference lists\n              # aws:RequestTag/aws:TagKeys on CreateChangeSet\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html)\n              # but neither it nor the CreateChangeSet API page says whether\n              # cloudformation:TagResource is evaluated as well (it is for TagResource calls).\n              # Granted on these two stacks only, so a plan never fails on it: it can tag a stack\n              # of this site and nothing else, and changes no resource.\n              - Sid: ChangeSetsOnly\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:TagResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              - Sid: ListSiteBucket\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              - Sid: ReadManifest\n                Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/.secure-dist/*'\n\nOutputs:\n  DeployRoleArn:\n    Description: The action's `role-to-assume`\n    Value: !GetAtt DeployRole.Arn\n  OidcProviderArn:\n    Description: The GitHub OIDC provider the role trusts\n    Value: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n  EdgeRoleBoundaryArn:\n    Description: Permissions boundary the edge stack's role must carry (edge parameter PermissionsBoundaryArn)\n    Value: !Ref EdgeRoleBoundary\n  CloudFormationRoleArn:\n    Description: The CloudFormation service role of the two stacks (the action's `cloudformation-role`, found by `auto`)\n    Value: !GetAtt CloudFormationRole.Arn\n  PlanRoleArn:\n    Condition: PlanRoleWanted\n    Description: The plan workflow's `role-to-assume` (pull requests, read-only)\n    Value: !GetAtt PlanRole.Arn\n",
    'edge.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist edge stack (us-east-1): the Lambda@Edge viewer-request function that answers\n  401 without valid Basic credentials, a numbered version of it for CloudFront, and (when the\n  users live in AWS) the Secrets Manager secret that holds them.\n\n# This file is a template for `synth`, not something to deploy by hand: the three @@...@@\n# tokens are filled in by src/synth (the rendered function source with its configuration, the\n# Lambda runtime, and the SHA-256 of the source). A rendered template never contains them.\n\nParameters:\n  PermissionsBoundaryArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Permissions boundary of the execution role; required when deploying with the bootstrap\n      role (its output EdgeRoleBoundaryArn). Empty = none.\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]+$'\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-edge`); the users secret is named\n      `<SiteName>/basic-auth`.\n    AllowedPattern: '^[A-Za-z][A-Za-z0-9-]*$'\n    MaxLength: 44\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' when `basic-auth-users` is empty: the users and their passwords live in the secret\n      `<SiteName>/basic-auth`, which this stack owns. 'false': they come from `basic-auth-users`\n      and there is no secret; turning this from 'true' to 'false' (or deleting the stack)\n      deletes the secret, without a recovery window, as CloudFormation deletes secrets.\n\n  RateLimit:\n    Type: Number\n    Default: 0\n    MinValue: 0\n    MaxValue: 2000000000\n    Description: >-\n      Requests per 5 minutes one IP address may send before AWS WAF blocks it (the action's\n      `rate-limit`): a web ACL `<stack>-rate-limit` with one rate-based rule, for the site stack\n      to attach to the distribution (output WebAclArn). 0 = no web ACL. WAF's lowest limit is 10.\n\nConditions:\n  HasPermissionsBoundary: !Not [!Equals [!Ref PermissionsBoundaryArn, '']]\n  HasUsersSecret: !Equals [!Ref UsersInSecretsManager, 'true']\n  HasRateLimit: !Not [!Equals [!Ref RateLimit, 0]]\n\nResources:\n  # Execution role. Lambda@Edge needs both service principals: `lambda` runs the function in\n  # us-east-1, `edgelambda` runs the replicas at the edge. The function only writes logs:\n  # replicas log to `/aws/lambda/us-east-1.<function>` in the region that served the request.\n  EdgeFunctionRole:\n    Type: AWS::IAM::Role\n    Properties:\n      # An exact name, so the bootstrap's service role can be granted this one role and no other\n      # site's (`<site>-edge-function`).\n      RoleName: !Sub '${AWS::StackName}-function'\n      Description: !Sub 'Execution role of the ${AWS::StackName} viewer-request function (logs only)'\n      PermissionsBoundary: !If [HasPermissionsBoundary, !Ref PermissionsBoundaryArn, !Ref AWS::NoValue]\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service:\n                - lambda.amazonaws.com\n                - edgelambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogGroup\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*'\n\n  # The function. Viewer triggers allow at most 128 MB and 5 s; Lambda@Edge has no\n  # environment variables, layers or arm64, so the configuration is baked into the code.\n  # Inline `ZipFile` source becomes `index.js` (CommonJS), hence `index.handler`.\n  EdgeFunction:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: !Sub '${AWS::StackName}-viewer-request'\n      Description: secure-dist Basic authentication (viewer-request)\n      Runtime: '@@EDGE_RUNTIME@@'\n      Handler: index.handler\n      Architectures:\n        - x86_64\n      MemorySize: 128\n      Timeout: 5\n      Role: !GetAtt EdgeFunctionRole.Arn\n      Code:\n        ZipFile: '@@EDGE_CODE@@'\n\n  # CloudFront needs a numbered version. Its Description carries the runtime and the SHA-256\n  # of the code; a changed Description replaces the version, so new code => new version, same\n  # code => no change at all. Replicas of a version outlive its association by hours, so the\n  # old version is kept on replace and on delete (otherwise updates and deletes fail).\n  EdgeFunctionVersion:\n    Type: AWS::Lambda::Version\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      FunctionName: !Ref EdgeFunction\n      Description: 'secure-dist viewer-request @@EDGE_RUNTIME@@ sha256:@@EDGE_CODE_SHA256@@'\n\n  # The users and their passwords when `basic-auth-users` is empty: the source of truth that\n  # `command: rotate` writes (PutSecretValue, the previous version kept as AWSPREVIOUS) and\n  # `deploy` reads. The initial value is a static, empty list, never a password: CloudFormation\n  # only writes the value when SecretString itself changes in the template, so later updates\n  # of this stack leave the users the action stored alone. Do not change SecretString.\n  # Encrypted with the account's aws/secretsmanager key; no rotation Lambda (the action rotates).\n  # Kept when the stack stops owning it (a switch to `basic-auth-users`) or is deleted:\n  # CloudFormation would delete a secret at once, with no recovery window, and the passwords\n  # with it. But not kept when the stack operation that created it rolls back: it holds only\n  # the static empty list then, and a leftover would make every retry fail with \"already\n  # exists\". That is RetainExceptOnCreate: \"behaves like Retain for stack operations, except\n  # for the stack operation that initially created the resource. If the stack operation that\n  # created the resource is rolled back, CloudFormation deletes the resource\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).\n  # UpdateReplacePolicy has no such value; Retain keeps a replaced secret.\n  # A retained secret is adopted again by deleting it or importing it into the stack.\n  UsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/basic-auth'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName}, written by the action's `command: rotate`\n        and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # Issue 15 #5: a wrong password costs one scrypt run (~4 ms of CPU) at the edge, a missing one\n  # microseconds, so a flood of forged credentials would exhaust the Lambda concurrency of the\n  # regions it hits (and starve the account's other functions). A rate-based rule blocks an IP\n  # address that sends more than RateLimit requests in 5 minutes, before the function runs.\n  # Scope CLOUDFRONT web ACLs must be created in us-east-1, which is where this stack lives\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html).\n  # WAF's lowest limit is 10, windows are 60/120/300/600 s, 300 s is the default\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html).\n  RateLimitWebAcl:\n    Type: AWS::WAFv2::WebACL\n    Condition: HasRateLimit\n    Properties:\n      Name: !Sub '${AWS::StackName}-rate-limit'\n      Description: !Sub 'secure-dist ${SiteName}: blocks one IP address above RateLimit requests per 5 minutes'\n      Scope: CLOUDFRONT\n      DefaultAction:\n        Allow: {}\n      VisibilityConfig:\n        SampledRequestsEnabled: true\n        CloudWatchMetricsEnabled: true\n        MetricName: !Sub '${AWS::StackName}-rate-limit'\n      Rules:\n        - Name: per-ip-rate-limit\n          Priority: 0\n          Action:\n            Block: {}\n          Statement:\n            RateBasedStatement:\n              Limit: !Ref RateLimit\n              EvaluationWindowSec: 300\n              AggregateKeyType: IP\n          VisibilityConfig:\n            SampledRequestsEnabled: true\n            CloudWatchMetricsEnabled: true\n            MetricName: !Sub '${AWS::StackName}-per-ip-rate-limit'\n\nOutputs:\n  EdgeFunctionVersionArn:\n    Description: Numbered version ARN to associate with CloudFront (viewer-request)\n    Value: !Ref EdgeFunctionVersion\n  UsersSecretArn:\n    Condition: HasUsersSecret\n    Description: ARN of the Secrets Manager secret holding the users (never its value)\n    Value: !Ref UsersSecret\n  WebAclArn:\n    Condition: HasRateLimit\n    Description: The rate-limiting web ACL, for the site stack's WebAclArn (the distribution's WebACLId)\n    Value: !GetAtt RateLimitWebAcl.Arn\n",
    'site.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist site stack: a private S3 bucket reachable only through CloudFront (Origin Access\n  Control), and a distribution that runs the Basic authentication function on every request.\n\nParameters:\n  EdgeFunctionVersionArn:\n    Type: String\n    Description: Numbered version ARN of the viewer-request function (output of the edge stack)\n    AllowedPattern: '^arn:aws[a-z-]*:lambda:us-east-1:[0-9]{12}:function:[A-Za-z0-9_-]+:[0-9]+$'\n    ConstraintDescription: must be a numbered Lambda version ARN in us-east-1 (no $LATEST, no alias)\n  DomainName:\n    Type: String\n    Default: ''\n    Description: Optional custom domain (alias) of the distribution; needs CertificateArn\n    AllowedPattern: '^$|^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name\n  CertificateArn:\n    Type: String\n    Default: ''\n    Description: ACM certificate (in us-east-1) covering DomainName; empty = CloudFront default certificate\n    AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9-]+$'\n    ConstraintDescription: must be empty or an ACM certificate ARN in us-east-1\n  WebAclArn:\n    Type: String\n    Default: ''\n    Description: AWS WAF web ACL (scope CLOUDFRONT, output WebAclArn of the edge stack); empty = none\n    AllowedPattern: '^$|^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/[A-Za-z0-9_-]+/[a-f0-9-]+$'\n    ConstraintDescription: must be empty or a global (CLOUDFRONT) WAFv2 web ACL ARN\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-site`): the distribution's\n      `secure-dist-site` tag, by which the deploy role's IAM policy finds this site's distribution.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 44\n  NotFoundPage:\n    Type: String\n    Default: ''\n    Description: >-\n      '/404.html' when the content has a root 404.html: CloudFront then answers missing keys with\n      it (status 404). '' = the edge function's plain-text 404.\n    AllowedValues: ['', '/404.html']\n\nRules:\n  DomainNeedsCertificate:\n    RuleCondition: !Not [!Equals [!Ref DomainName, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref CertificateArn, '']]\n        AssertDescription: DomainName needs a CertificateArn (ACM, us-east-1)\n  CertificateNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref CertificateArn, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: CertificateArn is only used together with DomainName\n\nConditions:\n  HasDomainName: !Not [!Equals [!Ref DomainName, '']]\n  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]\n  UseCustomDomain: !And [!Condition HasDomainName, !Condition HasCertificate]\n  HasWebAcl: !Not [!Equals [!Ref WebAclArn, '']]\n  HasNotFoundPage: !Not [!Equals [!Ref NotFoundPage, '']]\n\nResources:\n  # Private bucket: no public access of any kind, no ACLs (the bucket owner owns every\n  # object), encrypted at rest with S3-managed keys. Its exact name (<stack-name>-site-<account>-\n  # <region>, at most 63 characters: the action checks `stack-name`) lets IAM grant this one\n  # bucket, never a prefix another site's bucket could share (issue 15 #2).\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}'\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          # Nobody talks to the bucket without TLS.\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub '${Bucket.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n          # CloudFront reads objects, for this distribution only (OAC signs with SigV4).\n          - Sid: AllowCloudFrontRead\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/*'\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # ListBucket makes a missing key answer 404 instead of 403.\n          - Sid: AllowCloudFrontList\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:ListBucket\n            Resource: !GetAtt Bucket.Arn\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # The sync keeps its manifest under .secure-dist/: viewers never get it.\n          - Sid: DenyCloudFrontManifest\n            Effect: Deny\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/.secure-dist/*'\n\n  OriginAccessControl:\n    Type: AWS::CloudFront::OriginAccessControl\n    Properties:\n      OriginAccessControlConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}'\n        Description: !Sub 'secure-dist ${AWS::StackName}: CloudFront signs every request to the bucket'\n        OriginAccessControlOriginType: s3\n        SigningBehavior: always\n        SigningProtocol: sigv4\n\n  SecurityHeadersPolicy:\n    Type: AWS::CloudFront::ResponseHeadersPolicy\n    Properties:\n      ResponseHeadersPolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-security-headers'\n        Comment: secure-dist security headers\n        SecurityHeadersConfig:\n          StrictTransportSecurity:\n            AccessControlMaxAgeSec: 63072000\n            IncludeSubdomains: true\n            Preload: false\n            Override: true\n          ContentTypeOptions:\n            Override: true\n          FrameOptions:\n            FrameOption: DENY\n            Override: true\n          ReferrerPolicy:\n            ReferrerPolicy: same-origin\n            Override: true\n        CustomHeadersConfig:\n          Items:\n            # A password-protected site has nothing for search engines.\n            - Header: X-Robots-Tag\n              Value: noindex, nofollow\n              Override: true\n\n  # The site's own cache policy. Every object is stored with a viewer-safe Cache-Control\n  # (`private, …`: no shared cache between the viewer and CloudFront may reuse an authenticated\n  # response, RFC 9111 §3.5), yet CloudFront must keep objects until the sync invalidates them.\n  # MinTTL > 0 does that: \"If your minimum TTL is greater than 0, CloudFront will cache content\n  # for at least the duration specified in the cache policy's minimum TTL, even if the\n  # Cache-Control: no-cache, no-store, or private directives are present in the origin headers.\"\n  # (CloudFront API Reference, CachePolicyConfig; CloudFormation AWS::CloudFront::CachePolicy\n  # CachePolicyConfig.) CloudFront passes the origin's Cache-Control on to viewers unchanged.\n  # Nothing of the request is in the key (the edge function authenticates before the cache\n  # lookup), so a cached object serves every authenticated viewer; gzip and brotli variants\n  # are cached separately.\n  CachePolicy:\n    Type: AWS::CloudFront::CachePolicy\n    Properties:\n      CachePolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-cache'\n        Comment: secure-dist - cached until invalidated; viewers see the private Cache-Control\n        MinTTL: 31536000\n        DefaultTTL: 31536000\n        MaxTTL: 31536000\n        ParametersInCacheKeyAndForwardedToOrigin:\n          EnableAcceptEncodingGzip: true\n          EnableAcceptEncodingBrotli: true\n          CookiesConfig:\n            CookieBehavior: none\n          HeadersConfig:\n            HeaderBehavior: none\n          QueryStringsConfig:\n            QueryStringBehavior: none\n\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      # IAM finds this site's distribution by this tag (aws:ResourceTag/secure-dist-site).\n      Tags:\n        - Key: secure-dist-site\n          Value: !Ref SiteName\n      DistributionConfig:\n        Enabled: true\n        Comment: !Sub 'secure-dist ${AWS::StackName}'\n        DefaultRootObject: index.html\n        HttpVersion: http2and3\n        # The edge stack's rate-based rule (input `rate-limit`): CloudFront takes a WAFv2 web\n        # ACL by its ARN here.\n        WebACLId: !If [HasWebAcl, !Ref WebAclArn, !Ref AWS::NoValue]\n        IPV6Enabled: true\n        Aliases: !If [UseCustomDomain, [!Ref DomainName], !Ref AWS::NoValue]\n        ViewerCertificate: !If\n          - UseCustomDomain\n          - AcmCertificateArn: !Ref CertificateArn\n            SslSupportMethod: sni-only\n            MinimumProtocolVersion: TLSv1.2_2021\n          - CloudFrontDefaultCertificate: true\n        Origins:\n          - Id: bucket\n            DomainName: !GetAtt Bucket.RegionalDomainName\n            OriginAccessControlId: !GetAtt OriginAccessControl.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ''\n        DefaultCacheBehavior:\n          TargetOriginId: bucket\n          # Viewers only ever reach the origin over HTTPS (the bucket denies plain HTTP).\n          ViewerProtocolPolicy: redirect-to-https\n          AllowedMethods: [GET, HEAD]\n          CachedMethods: [GET, HEAD]\n          Compress: true\n          # The viewer-request function runs before the cache lookup, so cached objects are\n          # still only served to authenticated viewers.\n          CachePolicyId: !Ref CachePolicy\n          ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n          # ONE function version, two triggers: it dispatches on the event type. \"A Lambda@Edge\n          # trigger is one combination of a CloudFront distribution, cache behavior, and event\n          # that causes a function to execute ... You can add more triggers to the same function\"\n          # (CloudFront Developer Guide, \"Add triggers for a Lambda@Edge function\"); a cache\n          # behavior takes up to four associations, one per event type (API Reference,\n          # LambdaFunctionAssociations). origin-response runs only on cache misses, after S3\n          # answered: it turns S3's 403/404 into a redirect (`/dir` -> `/dir/`) or a plain 404.\n          LambdaFunctionAssociations:\n            - EventType: viewer-request\n              LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n              IncludeBody: false\n            - EventType: origin-response\n              LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n        # With a 404 page: missing keys (S3 answers 404 with ListBucket, 403 without) get\n        # /404.html with status 404. CloudFront fetches it without running the viewer-request\n        # function (the viewer was already authenticated). ErrorCachingMinTTL 60 s: a scan for\n        # missing paths reaches the origin at most once a minute per path, while a key uploaded\n        # without an invalidation (`invalidate: false`) appears within a minute; the sync\n        # invalidates new keys anyway. (CloudFront caches errors for 10 s by default, \"Control\n        # how long CloudFront caches errors\", Developer Guide.)\n        CustomErrorResponses: !If\n          - HasNotFoundPage\n          - - ErrorCode: 403\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n            - ErrorCode: 404\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n          - !Ref AWS::NoValue\n\nOutputs:\n  BucketName:\n    Description: The private bucket holding the site's content\n    Value: !Ref Bucket\n  DistributionId:\n    Description: CloudFront distribution id (for invalidations)\n    Value: !Ref Distribution\n  DistributionDomainName:\n    Description: CloudFront domain name of the distribution\n    Value: !GetAtt Distribution.DomainName\n  Url:\n    Description: Address of the site\n    Value: !If\n      - UseCustomDomain\n      - !Sub 'https://${DomainName}/'\n      - !Sub 'https://${Distribution.DomainName}/'\n",
};

;// CONCATENATED MODULE: ./src/synth/render.ts
/**
 * Rendering: templates + inputs ⇒ the exact `TemplateBody` and `Parameters` deploy sends, for
 * the edge stack (us-east-1) and the site stack (`region`). Pure apart from reading templates
 * when a directory is given; the same inputs give byte-identical output.
 */







/** CloudFormation's limit for a template passed inline (`TemplateBody`), in bytes. */
const TEMPLATE_BODY_LIMIT = 51_200;
/** Lambda@Edge functions live in us-east-1, and so does the edge stack. */
const EDGE_REGION = 'us-east-1';
/** The edge function is named `<stack-name>-edge-viewer-request`; Lambda allows 64 characters. */
const MAX_STACK_NAME_LENGTH = 64 - '-edge-viewer-request'.length;
/** A rendered template CloudFormation would refuse as `TemplateBody`. */
class TemplateTooLargeError extends Error {
    stackName;
    bytes;
    limit;
    users;
    rules;
    constructor(stackName, bytes, limit, users, exact, rules = 0) {
        super(`stack '${stackName}': the rendered template is ${exact ? '' : 'at least '}${formatBytes(bytes)}, ` +
            `over CloudFormation's TemplateBody limit of ${formatBytes(limit)}. ` +
            `The edge function carries one entry per password (${users} now)` +
            (rules > 0 ? ` and the access rules (${rules} lines of \`access\`)` : '') +
            ': use fewer users in `basic-auth-users`' +
            (rules > 0
                ? ', fewer or shorter `access` rules (one `**` glob covers a whole folder)'
                : '') +
            ', or shorten the rotation grace period so replaced passwords drop out sooner.');
        this.stackName = stackName;
        this.bytes = bytes;
        this.limit = limit;
        this.users = users;
        this.rules = rules;
        this.name = 'TemplateTooLargeError';
    }
}
const EDGE_VERSION_PARAMETER = 'EdgeFunctionVersionArn';
const EDGE_VERSION_OUTPUT = 'EdgeFunctionVersionArn';
const WEB_ACL_PARAMETER = 'WebAclArn';
const WEB_ACL_OUTPUT = 'WebAclArn';
const PLACEHOLDER = /@@([A-Z0-9_]+)@@/g;
/** The edge and site stacks, rendered. Throws on invalid input or a template over the limit. */
function synthesize(options) {
    validateOptions(options);
    const edgeStackName = `${options.stackName}-edge`;
    const siteStackName = `${options.stackName}-site`;
    const edgeTemplate = readTemplate('edge', options.templatesDir);
    const siteTemplate = readTemplate('site', options.templatesDir);
    const edgeParameters = {
        PermissionsBoundaryArn: options.permissionsBoundaryArn ?? '',
        SiteName: options.stackName,
        UsersInSecretsManager: options.usersInSecretsManager === true ? 'true' : 'false',
        RateLimit: String(options.rateLimit ?? 0),
    };
    // Before paying for one scrypt hash per password: a lower bound of the rendered size, with
    // stand-in hashes of the real length. Thousands of users fail here in milliseconds.
    const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
    const estimate = renderEdge(edgeTemplate, renderEdgeCode(standInConfig(options)), runtime);
    const rules = options.access?.length ?? 0;
    assertFits(edgeStackName, estimate, options.users.length, false, rules);
    const edgeBody = options.standInHashes === true
        ? estimate
        : renderEdge(edgeTemplate, renderEdgeCode(buildEdgeConfig({
            scope: options.stackName,
            realm: options.realm,
            users: options.users,
            access: options.access,
        })), runtime);
    assertFits(edgeStackName, edgeBody, options.users.length, true, rules);
    const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, edgeParameters, []);
    const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, {}));
    assertFits(siteStackName, siteBody, options.users.length, true);
    const fromEdge = (parameterKey, outputKey) => ({
        parameterKey,
        fromStack: edgeStackName,
        fromRegion: EDGE_REGION,
        outputKey,
    });
    const rateLimited = (options.rateLimit ?? 0) > 0;
    const site = renderedStack(siteStackName, options.region, siteBody, {
        DomainName: options.domainName ?? '',
        CertificateArn: options.certificateArn ?? '',
        // With `rate-limit`, the web ACL's ARN (random id) comes from the edge stack at deploy.
        ...(rateLimited ? {} : { [WEB_ACL_PARAMETER]: '' }),
        NotFoundPage: options.notFoundPage ?? '',
        SiteName: options.stackName,
    }, [
        fromEdge(EDGE_VERSION_PARAMETER, EDGE_VERSION_OUTPUT),
        ...(rateLimited ? [fromEdge(WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []),
    ]);
    return { edge, site };
}
/**
 * The site stack with the edge stack's version ARN filled in (deploy reads it from the edge
 * stack's `EdgeFunctionVersionArn` output) and its fingerprint recomputed.
 */
function withEdgeVersion(site, versionArn) {
    if (!/^arn:aws[a-z-]*:lambda:us-east-1:\d{12}:function:[\w-]+:\d+$/.test(versionArn)) {
        throw new Error(`stack '${site.stackName}': '${versionArn}' is not a numbered Lambda version ARN in us-east-1 (from output ${EDGE_VERSION_OUTPUT})`);
    }
    if (!site.resolvedAtDeploy.some((p) => p.parameterKey === EDGE_VERSION_PARAMETER)) {
        throw new Error(`stack '${site.stackName}' has no ${EDGE_VERSION_PARAMETER} left to resolve`);
    }
    const parameters = Object.fromEntries(site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));
    parameters[EDGE_VERSION_PARAMETER] = versionArn;
    const pending = site.resolvedAtDeploy.filter((p) => p.parameterKey !== EDGE_VERSION_PARAMETER);
    return renderedStack(site.stackName, site.region, site.templateBody, parameters, pending);
}
/** A placeholder web ACL ARN of the right shape, for plans made before the edge stack has one. */
const PENDING_WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:000000000000:global/webacl/pending-web-acl/00000000-0000-0000-0000-000000000000';
/**
 * The site stack with the edge stack's `WebAclArn` output filled in, when `rate-limit` asked
 * for a web ACL (otherwise the stack is returned as it is), its fingerprint recomputed.
 */
function withEdgeWebAcl(site, edgeOutputs) {
    const pending = site.resolvedAtDeploy.find((p) => p.parameterKey === WEB_ACL_PARAMETER);
    if (pending === undefined)
        return site;
    const arn = edgeOutputs[WEB_ACL_OUTPUT];
    if (arn === undefined) {
        throw new Error(`stack '${pending.fromStack}' has no output ${WEB_ACL_OUTPUT}, which \`rate-limit\` needs for stack '${site.stackName}': was the edge stack deployed with it?`);
    }
    if (!/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[a-f0-9-]+$/.test(arn)) {
        throw new Error(`stack '${site.stackName}': '${arn}' is not a CloudFront (global) WAF web ACL ARN (from output ${WEB_ACL_OUTPUT} of '${pending.fromStack}')`);
    }
    const parameters = Object.fromEntries(site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));
    parameters[WEB_ACL_PARAMETER] = arn;
    const rest = site.resolvedAtDeploy.filter((p) => p !== pending);
    return renderedStack(site.stackName, site.region, site.templateBody, parameters, rest);
}
/** Throws, naming the parameters and where they come from, unless everything is resolved. */
function assertResolved(stack) {
    if (stack.resolvedAtDeploy.length === 0)
        return;
    const missing = stack.resolvedAtDeploy
        .map((p) => `${p.parameterKey} (output ${p.outputKey} of stack '${p.fromStack}' in ${p.fromRegion})`)
        .join(', ');
    throw new Error(`stack '${stack.stackName}': parameters not resolved yet: ${missing}`);
}
/** SHA-256 (hex) over the template body, the parameters and the parameters still to resolve. */
function fingerprintOf(templateBody, parameters, resolvedAtDeploy = []) {
    const canonical = JSON.stringify([
        templateBody,
        parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
        resolvedAtDeploy.map((p) => [p.parameterKey, p.fromStack, p.fromRegion, p.outputKey]),
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(canonical, 'utf8').digest('hex');
}
/** A template's YAML: from `templatesDir`, else as embedded in the build. */
function readTemplate(name, templatesDir) {
    if (templatesDir !== undefined)
        return loadTemplate((0,external_node_path_.join)(templatesDir, `${name}.yaml`));
    return parseTemplate(EMBEDDED_TEMPLATES[`${name}.yaml`], `cloudformation/${name}.yaml (embedded)`);
}
function renderEdge(template, code, runtime) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(code, 'utf8').digest('hex');
    const filled = fillPlaceholders(template, {
        EDGE_CODE: code,
        EDGE_RUNTIME: runtime,
        EDGE_CODE_SHA256: sha256,
    });
    // The code must have landed where Lambda reads it, not just anywhere.
    const zipFile = objectAt(filled, 'Resources', 'EdgeFunction', 'Properties', 'Code').ZipFile;
    if (zipFile !== code)
        throw new Error('edge template: Resources.EdgeFunction.Properties.Code.ZipFile must be @@EDGE_CODE@@');
    return JSON.stringify(filled);
}
/**
 * Replaces `@@NAME@@` in every string of the template (keys included) in one pass, so a value
 * is never scanned again. Throws on a token it has no value for, naming it.
 */
function fillPlaceholders(template, values) {
    const fill = (text) => text.replace(PLACEHOLDER, (_match, name) => {
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        if (value === undefined)
            throw new Error(`template placeholder @@${name}@@ has no value`);
        return value;
    });
    const walk = (node) => {
        if (typeof node === 'string')
            return fill(node);
        if (Array.isArray(node))
            return node.map(walk);
        if (isJsonObject(node)) {
            return Object.fromEntries(Object.entries(node).map(([key, value]) => [fill(key), walk(value)]));
        }
        return node;
    };
    const filled = walk(cloneJson(template));
    if (!isJsonObject(filled))
        throw new Error('template: not a mapping after rendering');
    return filled;
}
/**
 * The configuration with a stand-in salt and hash of the real lengths for each distinct
 * user/password pair and no expiry: its rendered code is never longer than the real one.
 */
function standInConfig(options) {
    const seen = new Set();
    const users = [];
    const salt = 'A'.repeat(22); // 16 bytes, base64url
    const hash = 'A'.repeat(43); // 32 bytes, base64url
    for (const { user, password } of options.users) {
        const key = `${user.normalize('NFC')}\u0000${password.normalize('NFC')}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        users.push({ user: user.normalize('NFC'), salt, hash });
    }
    // `plan` in secrets mode knows no user names: a user the rules name stands in for itself.
    const access = [...(options.access ?? [])];
    const names = new Set(users.map((u) => u.user));
    for (const name of access.flatMap((rule) => rule.users)) {
        const user = name.normalize('NFC');
        if (user === core_access/* ANY_USER */.JK || names.has(user))
            continue;
        names.add(user);
        users.push({ user, salt, hash });
    }
    return access.length > 0
        ? { realm: options.realm, users, access }
        : { realm: options.realm, users };
}
function assertFits(stackName, body, users, exact, rules = 0) {
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > TEMPLATE_BODY_LIMIT) {
        throw new TemplateTooLargeError(stackName, bytes, TEMPLATE_BODY_LIMIT, users, exact, rules);
    }
}
function renderedStack(stackName, region, templateBody, parameterValues, resolvedAtDeploy) {
    const parameters = Object.keys(parameterValues)
        .sort()
        .map((key) => ({ ParameterKey: key, ParameterValue: parameterValues[key] ?? '' }));
    return {
        stackName,
        region,
        templateBody,
        parameters,
        resolvedAtDeploy,
        fingerprint: fingerprintOf(templateBody, parameters, resolvedAtDeploy),
    };
}
function validateOptions(options) {
    const { stackName } = options;
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(stackName)) {
        throw new Error(`stack-name: expected a letter followed by letters, digits and hyphens, got '${stackName}'`);
    }
    if (stackName.length > MAX_STACK_NAME_LENGTH) {
        throw new Error(`stack-name: '${stackName}' is ${stackName.length} characters; at most ${MAX_STACK_NAME_LENGTH} fit, ` +
            `because the edge function is named '<stack-name>-edge-viewer-request' and Lambda allows 64`);
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) {
        throw new Error(`region: expected an AWS region such as eu-central-1, got '${options.region}'`);
    }
    const hasDomain = (options.domainName ?? '') !== '';
    const hasCertificate = (options.certificateArn ?? '') !== '';
    if (hasDomain !== hasCertificate) {
        throw new Error('domain-name and certificate-arn go together: set both or neither');
    }
    if (options.users.length === 0)
        throw new Error('basic-auth-users: at least one user is needed');
    const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
    if (!/^nodejs\d+\.x$/.test(runtime)) {
        throw new Error(`edge-runtime: expected a Node.js runtime such as nodejs24.x, got '${runtime}'`);
    }
}
function formatBytes(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}

;// CONCATENATED MODULE: ./src/synth/write.ts
/**
 * `synth`'s files: the two templates exactly as deploy sends them, their parameters in the
 * format `aws cloudformation … --parameters file://…` reads, a manifest, and a README. Same
 * result in ⇒ same bytes out (no timestamps).
 */


const SYNTH_FILES = [
    'edge.template.json',
    'edge.parameters.json',
    'site.template.json',
    'site.parameters.json',
    'manifest.json',
    'README.txt',
];
/** Writes the rendered stacks into `outputDir` (created if needed); returns the paths written. */
function writeSynth(result, outputDir) {
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    const contents = {
        'edge.template.json': result.edge.templateBody,
        'edge.parameters.json': `${JSON.stringify(result.edge.parameters, null, 2)}\n`,
        'site.template.json': result.site.templateBody,
        'site.parameters.json': `${JSON.stringify(result.site.parameters, null, 2)}\n`,
        'manifest.json': `${JSON.stringify(manifest(result), null, 2)}\n`,
        'README.txt': readme(result),
    };
    return SYNTH_FILES.map((name) => {
        const path = (0,external_node_path_.join)(outputDir, name);
        (0,external_node_fs_.writeFileSync)(path, contents[name]);
        return path;
    });
}
function describeStack(stack, file) {
    return {
        stackName: stack.stackName,
        region: stack.region,
        template: `${file}.template.json`,
        parameters: `${file}.parameters.json`,
        templateBytes: Buffer.byteLength(stack.templateBody, 'utf8'),
        fingerprint: stack.fingerprint,
        resolvedAtDeploy: stack.resolvedAtDeploy,
    };
}
function manifest(result) {
    return { edge: describeStack(result.edge, 'edge'), site: describeStack(result.site, 'site') };
}
function readme(result) {
    const pending = result.site.resolvedAtDeploy.map((p) => `  ${p.parameterKey}: not known offline; deploy reads output ${p.outputKey} of stack ` +
        `${p.fromStack} (${p.fromRegion}) once that stack is up.`);
    return [
        'Rendered by secure-dist-action `synth`: what `deploy` sends to CloudFormation.',
        '',
        `edge.template.json    stack ${result.edge.stackName} in ${result.edge.region} (TemplateBody, byte for byte)`,
        `edge.parameters.json  its parameters`,
        `site.template.json    stack ${result.site.stackName} in ${result.site.region} (TemplateBody, byte for byte)`,
        `site.parameters.json  its parameters, except:`,
        ...pending,
        'manifest.json         stack names, regions, sizes, fingerprints',
        '',
        'Order: the edge stack first, then the site stack with the edge version ARN.',
        'The edge template embeds salted password hashes (never passwords): treat it as sensitive.',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/synth/index.ts
/** Rendering the CloudFormation templates offline: what `synth` writes and `deploy` sends. */






/***/ })

};
