export const id = 905;
export const ids = [905];
export const modules = {

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


/***/ })

};
