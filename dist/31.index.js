export const id = 31;
export const ids = [31];
export const modules = {

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   zB: () => (/* binding */ escapeForLog)
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
/** Text in a Markdown table cell of a job summary: no HTML, no table or code syntax. */
function markdownCell(text) {
    return text.replace(/[\\`*_|<>&[\]]/g, (c) => `\\${c}`);
}


/***/ })

};
