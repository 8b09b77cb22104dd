import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  ANY_USER,
  LineCounter,
  MAX_SESSION_SECONDS,
  TOKEN_SHAPE,
  globProblem,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  passwordProblem,
  pepperProblem,
  userNameProblem
} from "./chunk-SOL7IOYU.js";
import {
  require_node_path
} from "./chunk-K3S6XDS2.js";
import {
  require_node_fs
} from "./chunk-A7WE35HY.js";
import {
  require_node_crypto
} from "./chunk-FYMYVZR6.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/edge/function/bundled.ts
var FUNCTION_PLACEHOLDER = "__SECURE_DIST_FUNCTION_CONFIG__";
var FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar e=\' "#%<>[\\\\]^`{|}~?*+\',a="0123456789ABCDEF";function v(r){let n="";for(let t=0;t<r.length;t+=1){var i=r.charCodeAt(t);if(i<128){var o=r.charAt(t);n+=i<33||126<i||e.includes(o)?"%"+a.charAt(i>>4)+a.charAt(15&i):o}else{let e=r.charAt(t);55296<=i&&i<=56319?(o=r.charCodeAt(t+1),56320<=o&&o<=57343?(e=r.slice(t,t+2),t+=1):e="\\ufffd"):56320<=i&&i<=57343&&(e="\\ufffd"),n+=encodeURIComponent(e)}}return n}function i(t){let r=0;for(let e=0;e<t.length;e+=1){var n=t.charCodeAt(e);n<128?r+=1:n<2048?r+=2:55296<=n&&n<=56319&&e+1<t.length&&(n=t.charCodeAt(e+1),56320<=n)&&n<=57343?(r+=4,e+=1):r+=3}return r}var o=/[\\u0000-\\u001f\\u007f\\\\/]/;function t(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<i(e))return 400;var t=[],r=e.split("/");for(let e=0;e<r.length;e+=1){var n=String(r[e]);if(""!==n){let e;try{e=decodeURIComponent(n)}catch(e){return 400}if("."===e||".."===e||o.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function p(e){var e=t(e);return 400===e?400:(e=(e.folder?e.segments.concat("index.html"):e.segments).join("/"),1024<i(e)?404:e)}function g(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function n(e,t){let r=0,n=0,i=-1,o=0;for(;n<t.length;){var a=e[r];if("**"===a)i=r,o=n,r+=1;else if(void 0===a||"*"!==a&&a!==t[n]){if(!(0<=i))return!1;r=i+1,o+=1,n=o}else r+=1,n+=1}for(;"**"===e[r];)r+=1;return r===e.length}function m(e,t){let r=t.split("/");return e.some(e=>n(e,r))}function h(e){var t=e.split("/").filter(e=>""!==e),r=t.findIndex(e=>"*"===e||"**"===e);return r<0?"/"+v(t.join("/"))+(e.endsWith("/")?"/":""):(e=t.slice(0,r).join("/"),""===e?"/":`/${v(e)}/`)}function y(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}var A=32768;function b(e,t){let r,n,i,o,a=t.map(g),s=t.map(h).filter((e,t,r)=>r.indexOf(e)===t).filter(e=>{e=p(e);return"string"==typeof e&&m(a,e)}).sort().map(e=>{var t=$(e);return`<li><a href="${y(e)}">${y(t)}</a></li>`}),d=y(e),l=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${d}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${d}</h1>`,u=`</main></body></html>\\n`,c=A/3-l.length-u.length-100,f=0;for(;f<s.length&&0<=c-(null!=(n=null==(r=s[f])?void 0:r.length)?n:0);)c-=null!=(o=null==(i=s[f])?void 0:i.length)?o:0,f+=1;t=`<ul>${s.slice(0,f).join("")}</ul>`,e=0===s.length?"<p>There are no folders for you here.</p>":f<s.length?`<p>Your folders (first ${f} of ${s.length}):</p>`+t:"<p>Your folders:</p>"+t;return l+e+u}function $(t){try{return decodeURIComponent(t)}catch(e){return t}}var r=/[\\u0000-\\u001f\\u007f]/,s=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,d="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",l=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,u="0123456789ABCDEF";function c(e){return e.normalize("NFC")}function f(i){if(l.test(i)){let t=[],r=0,n=0;for(let e=0;e<i.length&&"="!==i.charAt(e);e+=1)n=4095&(n<<6|d.indexOf(i.charAt(e))),r+=6,8<=r&&(r-=8,t.push(n>>r&255));return 0==(n&(1<<r)-1)?t:void 0}}function w(t){let r="";for(let e=0;e<t.length;e+=1){var n=Number(t[e]);r+="%"+u.charAt(n>>4)+u.charAt(15&n)}try{return decodeURIComponent(r)}catch(e){}}function x(e){return r.test(e)}function T(e,t){t=void 0===t?c:t;if(!("string"!=typeof e||1024<e.length)){e=(s.exec(e)||[])[1];if(void 0!==e){e=f(e);if(void 0!==e){e=w(e);if(void 0!==e){var r,n=e.indexOf(":");if(!(n<1))return r=t(e.slice(0,n)),t=t(e.slice(n+1)),void 0===(e=r,""===e?"is empty":e.includes(":")?"contains a colon":x(e)?"contains a control character":void 0)&&void 0===(n=t,""===n?"is empty":x(n)?"contains a control character":void 0)?{user:r,password:t}:void 0}}}}}var R="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",S="text/html; charset=utf-8";function B(e,t,r){let n="string"==typeof r?[{href:"/",label:"Go to your home page"}]:[],i="Not found",o=["There is nothing at this address."];return 401===e?(i="Sign-in required",o=["This site is private: reload the page to sign in."]):400===e?(i="Bad request",o=["This address is not one the site can serve."]):403===e&&(i="Not yours",o=[`You are signed in as ${String(r)}.`,"This page is not one of yours."]),{title:t,heading:i,paragraphs:o,actions:n}}var D="token:",C="x-secure-dist-token",k="secure-dist-token",E=/^sdt1_[A-Za-z0-9_-]{43}$/,V="secure-dist/function/v1",z=/^[A-Za-z0-9_-]*$/,W=/^[A-Za-z0-9_-]{1,22}$/;function _(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function Q(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&z.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function Y(e){var t,r,n;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,r=e.p,n="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&z.test(t)&&Array.isArray(r)&&r.every(Q)&&(void 0===n||_(n))&&(void 0===e||"string"==typeof e&&W.test(e))?{v:1,s:t,p:r,g:n,c:e}:void 0}var G="t:",H="secure-dist/function/token";function J(e){var t,r,n;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,r=e.d,n="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof r||void 0!==e&&"number"!=typeof e||void 0!==n&&!_(n)?void 0:{n:t,d:r,g:n,e:e}}var L={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},P="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e;function j(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function F(e,t){try{var r=await cf.kvs().get(e,{format:"json"});return t(r)}catch(e){}}async function K(o,a){o=o.headers.authorization;if(!(void 0===o||void 0!==o.multiValue&&1<o.multiValue.length)){o=o.value;if(!("string"!=typeof o||1024<o.length)){var s,d=T(o,P);if(void 0!==d){o=d.user;let e=await F("u:"+o,Y),t=void 0===e?L:e,r=j(a,(o=t.s,a=d.user,s=d.password,`${V}\\0${o}\\0${a.length}:${a}:`+s)),n=Date.now(),i;for(let e=0;e<t.p.length;e+=1){var l=t.p[e];void 0!==l&&N(r,l.h)&&(void 0===l.e||n<1e3*l.e)&&(i={user:d.user,record:t,notAfter:l.e})}return void 0===e?void 0:i}}}}function N(t,r){let n=43^t.length;n|=43^r.length;for(let e=0;e<43;e+=1)n|=t.charCodeAt(e)^r.charCodeAt(e);return 0===n}async function M(e,t){var r,n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&E.test(n))return e=j(t,H+`\\0`+n),t=e.substring(0,16),n=await F(G+t,J),void 0!==n&&N(e,n.d)&&(e=n,n=t,t=e.e,void 0===t||Date.now()<1e3*t)?{user:(r=e.n,D+r),record:e,notAfter:t,version:n}:void 0}var U=__SECURE_DIST_FUNCTION_CONFIG__,I=String(U.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),O=String(U.pepper),X=`Basic realm="${I}", charset="UTF-8"`,Z="private, no-store";async function ee(e){let t=e.request,a=!1;try{var r=t.headers.accept;a=void 0!==r&&(n=r.value,"string"==typeof n)&&0<=n.toLowerCase().indexOf("text/html")}catch(e){a=!1}var n,i;let o=t.headers[C],s=t.querystring[k],d=void 0!==o?o:s,l;try{l=void 0===d?await K(t,O):await M(d,O)}catch(e){l=void 0}let u=void 0===l?void 0:l.user,c=(e,t,r)=>{return a?q(e,t,Z,r,(n=e,i=I,o=u,n=B(n,i,o),i=(void 0===n.actions?[]:n.actions).map(e=>`<a href="${y(e.href)}">${y(e.label)}</a>`).join(" "),o=y(n.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${o}</title><style>:root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}</style></head><body><main><p class="s">${o}</p><h1>${y(n.heading)}</h1>`+n.paragraphs.map(e=>`<p>${y(e)}</p>`).join("")+(""===i?"":`<p>${i}</p>`)+`</main></body></html>\\n`),!0):q(e,t,Z,r);var n,i,o};if(void 0===l)return c(401,"Unauthorized",{"www-authenticate":{value:X}});try{var f,h=p(t.uri);return 404===h?c(404,"Not Found"):400===h?c(400,"Bad Request"):(f=l.record.g,/^_previews(\\/|$)/.test(h)?c(404,"Not Found"):void 0===f||m(f.map(g),h)?(delete t.headers.authorization,delete t.headers[C],delete t.querystring[k],t.uri=(i=h,"/"+v(i)),t):"index.html"===h&&/^\\/+$/.test(t.uri)?q(200,"OK",Z,{},b(I,f)):c(403,"Forbidden"))}catch(e){return c(400,"Bad Request")}}function q(e,t,r,n,i,o){n=void 0===n?{}:n,n["cache-control"]={value:r},n["content-type"]={value:void 0===i?"text/plain; charset=utf-8":S},!0===o&&(n["content-security-policy"]={value:R}),r=void 0===i?e+` ${t}\\n`:i;return{statusCode:e,statusDescription:t,headers:n,body:{encoding:"text",data:r}}}\nasync function handler(event){return ee(event)}\n';
var FORM_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar e=\' "#%<>[\\\\]^`{|}~?*+\',a="0123456789ABCDEF";function b(n){let r="";for(let t=0;t<n.length;t+=1){var o=n.charCodeAt(t);if(o<128){var i=n.charAt(t);r+=o<33||126<o||e.includes(i)?"%"+a.charAt(o>>4)+a.charAt(15&o):i}else{let e=n.charAt(t);55296<=o&&o<=56319?(i=n.charCodeAt(t+1),56320<=i&&i<=57343?(e=n.slice(t,t+2),t+=1):e="\\ufffd"):56320<=o&&o<=57343&&(e="\\ufffd"),r+=encodeURIComponent(e)}}return r}function $(t){let n=0;for(let e=0;e<t.length;e+=1){var r=t.charCodeAt(e);r<128?n+=1:r<2048?n+=2:55296<=r&&r<=56319&&e+1<t.length&&(r=t.charCodeAt(e+1),56320<=r)&&r<=57343?(n+=4,e+=1):n+=3}return n}var o=/[\\u0000-\\u001f\\u007f\\\\/]/;function w(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<$(e))return 400;var t=[],n=e.split("/");for(let e=0;e<n.length;e+=1){var r=String(n[e]);if(""!==r){let e;try{e=decodeURIComponent(r)}catch(e){return 400}if("."===e||".."===e||o.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function x(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function r(e,t){let n=0,r=0,o=-1,i=0;for(;r<t.length;){var a=e[n];if("**"===a)o=n,i=r,n+=1;else if(void 0===a||"*"!==a&&a!==t[r]){if(!(0<=o))return!1;n=o+1,i+=1,r=i}else n+=1,r+=1}for(;"**"===e[n];)n+=1;return n===e.length}function C(e,t){let n=t.split("/");return e.some(e=>r(e,n))}function z(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}var n=/[\\u0000-\\u001f\\u007f]/,R=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,T="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",D=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,i="0123456789ABCDEF";function B(e){return e.normalize("NFC")}function s(o){if(D.test(o)){let t=[],n=0,r=0;for(let e=0;e<o.length&&"="!==o.charAt(e);e+=1)r=4095&(r<<6|T.indexOf(o.charAt(e))),n+=6,8<=n&&(n-=8,t.push(r>>n&255));return 0==(r&(1<<n)-1)?t:void 0}}function f(t){let n="";for(let e=0;e<t.length;e+=1){var r=Number(t[e]);n+="%"+i.charAt(r>>4)+i.charAt(15&r)}try{return decodeURIComponent(n)}catch(e){}}function d(e){return n.test(e)}function v(e){return""===e?"is empty":e.includes(":")?"contains a colon":d(e)?"contains a control character":void 0}function E(e,t){t=void 0===t?B:t;if(!("string"!=typeof e||1024<e.length)){e=(R.exec(e)||[])[1];if(void 0!==e){e=s(e);if(void 0!==e){e=f(e);if(void 0!==e){var n,r=e.indexOf(":");if(!(r<1))return n=t(e.slice(0,r)),t=t(e.slice(r+1)),void 0===v(n)&&void 0===(e=t,""===e?"is empty":d(e)?"contains a control character":void 0)?{user:n,password:t}:void 0}}}}}var V="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",W="text/html; charset=utf-8";function G(e,t,n){let r="string"==typeof n?[{href:"/",label:"Go to your home page"}]:[],o="Not found",i=["There is nothing at this address."];return 401===e?(o="Sign-in required",i=["This site is private: reload the page to sign in."]):400===e?(o="Bad request",i=["This address is not one the site can serve."]):403===e&&(o="Not yours",i=[`You are signed in as ${String(n)}.`,"This page is not one of yours."]),{title:t,heading:o,paragraphs:i,actions:r}}var H="__Host-secure-dist",Q=2592e3,u="token:";function h(e){return 0===e.indexOf(u)?e.substring(u.length):void 0}var _="/_login",J=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/;function L(t){if(/^[A-Za-z0-9_-]*$/.test(t)&&t.length%4!=1){let e=t.replace(/-/g,"+").replace(/_/g,"/");for(;e.length%4!=0;)e+="=";return s(e)}}var S="x-secure-dist-token",Z="secure-dist-token",M=/^sdt1_[A-Za-z0-9_-]{43}$/,P="secure-dist/function/v1",c=/^[A-Za-z0-9_-]*$/,Y=/^[A-Za-z0-9_-]{1,22}$/;function l(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function K(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&c.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function X(e){var t,n,r;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,n=e.p,r="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&c.test(t)&&Array.isArray(n)&&n.every(K)&&(void 0===r||l(r))&&(void 0===e||"string"==typeof e&&Y.test(e))?{v:1,s:t,p:n,g:r,c:e}:void 0}var g="t:",ee="secure-dist/function/token";function p(e){var t,n,r;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,n=e.d,r="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof n||void 0!==e&&"number"!=typeof e||void 0!==r&&!l(r)?void 0:{n:t,d:n,g:r,e:e}}var te={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ne="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e;function m(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function y(e,t){try{var n=await cf.kvs().get(e,{format:"json"});return t(n)}catch(e){}}function A(e){return y("u:"+e,X)}async function re(i,a){i=i.headers.authorization;if(!(void 0===i||void 0!==i.multiValue&&1<i.multiValue.length)){i=i.value;if(!("string"!=typeof i||1024<i.length)){var s,d=E(i,ne);if(void 0!==d){let e=await A(d.user),t=void 0===e?te:e,n=m(a,(i=t.s,a=d.user,s=d.password,`${P}\\0${i}\\0${a.length}:${a}:`+s)),r=Date.now(),o;for(let e=0;e<t.p.length;e+=1){var u=t.p[e];void 0!==u&&k(n,u.h)&&(void 0===u.e||r<1e3*u.e)&&(o={user:d.user,record:t,notAfter:u.e})}return void 0===e?void 0:o}}}}function k(t,n){let r=43^t.length;r|=43^n.length;for(let e=0;e<43;e+=1)r|=t.charCodeAt(e)^n.charCodeAt(e);return 0===r}async function oe(e,t){var n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&M.test(n))return e=m(t,ee+`\\0`+n),t=e.substring(0,16),n=await y(g+t,p),void 0!==n&&k(e,n.d)?I(n,t):void 0}function I(e,t){var n,r=e.e;return void 0===r||Date.now()<1e3*r?{user:(n=e.n,u+n),record:e,notAfter:r,version:t}:void 0}async function ie(e,t,n){e=e.cookies[H];if(void 0!==e){var r,o,i,a,s,d,u,e=e.value,c={now:Date.now()/1e3,mac:t,same:k},l="string"!=typeof e||(e=J.exec(e),null===e)||(d=String(e[1]),l=String(e[2]),a=Number(e[3]),s=String(e[4]),e=String(e[5]),o=L(l),o=void 0===o?void 0:f(o),void 0===o)||void 0!==(i=o,r=h(i),v(void 0===r?i:r))?{ok:!1,reason:"malformed"}:(i=c.mac(d,(i=d,r=l,l=a,u=s,`s1.${i}.${r}.${String(l)}.`+u)),void 0===i?{ok:!1,reason:"unknown-key"}:c.same(i,e)?(r=Math.floor(c.now),r<a?Q<a-r?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:o,expires:a,version:s,keyId:d}}:{ok:!1,reason:"expired"}):{ok:!1,reason:"bad-mac"});if(l.ok)return u=h(l.session.user),void 0!==u?(i=l.session.version,e=await y(g+i,p),void 0!==e&&e.n===u?I(e,i):void 0):(c=await A(l.session.user),void 0!==c&&(r={user:l.session.user,record:c},o=l,a=r,s=t,d=n,u=a.record,i=void 0!==u.c?u.c:(e=u.p.map(e=>e.h),String(s(d,`cv\\n${a.user}\\n`+e.join(`\\n`))).substring(0,16)),(o.ok?void 0===i?{ok:!1,reason:"unknown-user"}:i!==o.session.version?{ok:!1,reason:"revoked"}:o:o).ok)?r:void 0)}}var t=__SECURE_DIST_FUNCTION_CONFIG__,N=String(t.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),U=String(t.pepper),ae=`Basic realm="${N}", charset="UTF-8"`,j=void 0!==t.session?String(t.session.keyId):"",se=((e,n)=>{let r=m(e,`secure-dist session key\\n`+n);return(e,t)=>e===n?m(r,t):void 0})(U,j),F="private, no-store";async function de(e){let t=e.request,a=!1;try{var n=t.headers.accept;a=void 0!==n&&(r=n.value,"string"==typeof r)&&0<=r.toLowerCase().indexOf("text/html")}catch(e){a=!1}var r,o,i,s,d,u,c;let l=t.headers[S],f=t.querystring[Z],v=void 0!==l?l:f,h;try{if(void 0===v)h=await re(t,U),void 0===h&&(h=await ie(t,se,j));else{if(void 0===l&&(void 0===v.multiValue||v.multiValue.length<2)&&a&&"GET"===t.method)return O(_+`?next=${encodeURIComponent(t.uri)}&${Z}=`+v.value);h=await oe(v,U)}}catch(e){h=void 0}let g=void 0===h?void 0:h.user,p=(e,t,n)=>{return a?q(e,t,F,n,(r=e,o=N,i=g,r=G(r,o,i),o=(void 0===r.actions?[]:r.actions).map(e=>`<a href="${z(e.href)}">${z(e.label)}</a>`).join(" "),i=z(r.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title><style>:root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}</style></head><body><main><p class="s">${i}</p><h1>${z(r.heading)}</h1>`+r.paragraphs.map(e=>`<p>${z(e)}</p>`).join("")+(""===o?"":`<p>${o}</p>`)+`</main></body></html>\\n`),!0):q(e,t,F,n);var r,o,i};if(void 0===h)return a?O(_+"?next="+encodeURIComponent(t.uri)):p(401,"Unauthorized",{"www-authenticate":{value:ae}});try{var m,y=t.uri,A=w(y),k=400===A?400:(c=(A.folder?A.segments.concat("index.html"):A.segments).join("/"),1024<$(c)?404:c);return 404===k?p(404,"Not Found"):400===k?p(400,"Bad Request"):(m=h.record.g,/^_previews(\\/|$)/.test(k)?p(404,"Not Found"):void 0===m||C(m.map(x),k)?(delete t.headers.authorization,delete t.headers[S],delete t.querystring[Z],t.uri=(o=k,"/"+b(o)),t):"index.html"===k&&/^\\/+$/.test(t.uri)&&0<m.length?O((i=String(m[0]),d=i.split("/").filter(e=>""!==e),u=d.findIndex(e=>"*"===e||"**"===e),u<0?"/"+b(d.join("/"))+(i.endsWith("/")?"/":""):(s=d.slice(0,u).join("/"),""===s?"/":`/${b(s)}/`))):p(403,"Forbidden"))}catch(e){return p(400,"Bad Request")}}function O(e){return q(303,"See Other",F,{location:{value:e}})}function q(e,t,n,r,o,i){r=void 0===r?{}:r,r["cache-control"]={value:n},r["content-type"]={value:void 0===o?"text/plain; charset=utf-8":W},!0===i&&(r["content-security-policy"]={value:V}),n=void 0===o?e+` ${t}\\n`:o;return{statusCode:e,statusDescription:t,headers:r,body:{encoding:"text",data:n}}}\nasync function handler(event){return de(event)}\n';
var PREVIEWS_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nvar e=\' "#%<>[\\\\]^`{|}~?*+\',a="0123456789ABCDEF";function f(r){let n="";for(let t=0;t<r.length;t+=1){var i=r.charCodeAt(t);if(i<128){var o=r.charAt(t);n+=i<33||126<i||e.includes(o)?"%"+a.charAt(i>>4)+a.charAt(15&i):o}else{let e=r.charAt(t);55296<=i&&i<=56319?(o=r.charCodeAt(t+1),56320<=o&&o<=57343?(e=r.slice(t,t+2),t+=1):e="\\ufffd"):56320<=i&&i<=57343&&(e="\\ufffd"),n+=encodeURIComponent(e)}}return n}function i(t){let r=0;for(let e=0;e<t.length;e+=1){var n=t.charCodeAt(e);n<128?r+=1:n<2048?r+=2:55296<=n&&n<=56319&&e+1<t.length&&(n=t.charCodeAt(e+1),56320<=n)&&n<=57343?(r+=4,e+=1):r+=3}return r}var o=/[\\u0000-\\u001f\\u007f\\\\/]/;function t(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<i(e))return 400;var t=[],r=e.split("/");for(let e=0;e<r.length;e+=1){var n=String(r[e]);if(""!==n){let e;try{e=decodeURIComponent(n)}catch(e){return 400}if("."===e||".."===e||o.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function h(e){var e=t(e);return 400===e?400:(e=(e.folder?e.segments.concat("index.html"):e.segments).join("/"),1024<i(e)?404:e)}function v(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function n(e,t){let r=0,n=0,i=-1,o=0;for(;n<t.length;){var a=e[r];if("**"===a)i=r,o=n,r+=1;else if(void 0===a||"*"!==a&&a!==t[n]){if(!(0<=i))return!1;r=i+1,o+=1,n=o}else r+=1,n+=1}for(;"**"===e[r];)r+=1;return r===e.length}function p(e,t){let r=t.split("/");return e.some(e=>n(e,r))}function g(e){var t=e.split("/").filter(e=>""!==e),r=t.findIndex(e=>"*"===e||"**"===e);return r<0?"/"+f(t.join("/"))+(e.endsWith("/")?"/":""):(e=t.slice(0,r).join("/"),""===e?"/":`/${f(e)}/`)}function m(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}var y=32768;function A(e,t){let r,n,i,o,a=t.map(v),s=t.map(g).filter((e,t,r)=>r.indexOf(e)===t).filter(e=>{e=h(e);return"string"==typeof e&&p(a,e)}).sort().map(e=>{var t=b(e);return`<li><a href="${m(e)}">${m(t)}</a></li>`}),d=m(e),u=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${d}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${d}</h1>`,l=`</main></body></html>\\n`,c=y/3-u.length-l.length-100,f=0;for(;f<s.length&&0<=c-(null!=(n=null==(r=s[f])?void 0:r.length)?n:0);)c-=null!=(o=null==(i=s[f])?void 0:i.length)?o:0,f+=1;t=`<ul>${s.slice(0,f).join("")}</ul>`,e=0===s.length?"<p>There are no folders for you here.</p>":f<s.length?`<p>Your folders (first ${f} of ${s.length}):</p>`+t:"<p>Your folders:</p>"+t;return u+e+l}function b(t){try{return decodeURIComponent(t)}catch(e){return t}}var r=/[\\u0000-\\u001f\\u007f]/,s=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,d="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",u=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,l="0123456789ABCDEF";function c(e){return e.normalize("NFC")}function w(i){if(u.test(i)){let t=[],r=0,n=0;for(let e=0;e<i.length&&"="!==i.charAt(e);e+=1)n=4095&(n<<6|d.indexOf(i.charAt(e))),r+=6,8<=r&&(r-=8,t.push(n>>r&255));return 0==(n&(1<<r)-1)?t:void 0}}function S(t){let r="";for(let e=0;e<t.length;e+=1){var n=Number(t[e]);r+="%"+l.charAt(n>>4)+l.charAt(15&n)}try{return decodeURIComponent(r)}catch(e){}}function $(e){return r.test(e)}function T(e,t){t=void 0===t?c:t;if(!("string"!=typeof e||1024<e.length)){e=(s.exec(e)||[])[1];if(void 0!==e){e=w(e);if(void 0!==e){e=S(e);if(void 0!==e){var r,n=e.indexOf(":");if(!(n<1))return r=t(e.slice(0,n)),t=t(e.slice(n+1)),void 0===(e=r,""===e?"is empty":e.includes(":")?"contains a colon":$(e)?"contains a control character":void 0)&&void 0===(n=t,""===n?"is empty":$(n)?"contains a control character":void 0)?{user:r,password:t}:void 0}}}}}var R="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",B="text/html; charset=utf-8";function D(e,t,r){let n="string"==typeof r?[{href:"/",label:"Go to your home page"}]:[],i="Not found",o=["There is nothing at this address."];return 401===e?(i="Sign-in required",o=["This site is private: reload the page to sign in."]):400===e?(i="Bad request",o=["This address is not one the site can serve."]):403===e&&(i="Not yours",o=[`You are signed in as ${String(r)}.`,"This page is not one of yours."]),{title:t,heading:i,paragraphs:o,actions:n}}var E="_previews/";function x(e){return/^_previews(\\/|$)/.test(e)}function V(e,t,r){if(r){var e=String(e).toLowerCase().replace(/\\.?(:\\d*)?$/,""),n=e.length-r.length-1;if(0<n&&e.substring(n)==="."+r)return r=e.substring(0,n),/^pr-[1-9]\\d{0,8}$/.test(r)&&!x(t)?{prefix:""+E+r+"/",key:t}:404}if(x(t))return e=/^_previews\\/pr-[1-9]\\d{0,8}\\//.exec(t),e?{prefix:e[0],key:t.substring(e[0].length)}:404}var W="token:",k="x-secure-dist-token",C="secure-dist-token",L=/^sdt1_[A-Za-z0-9_-]{43}$/,Q="secure-dist/function/v1",z=/^[A-Za-z0-9_-]*$/,Y=/^[A-Za-z0-9_-]{1,22}$/;function _(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function G(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&z.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function H(e){var t,r,n;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,r=e.p,n="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&z.test(t)&&Array.isArray(r)&&r.every(G)&&(void 0===n||_(n))&&(void 0===e||"string"==typeof e&&Y.test(e))?{v:1,s:t,p:r,g:n,c:e}:void 0}var J="r:",P="t:",K="secure-dist/function/token";function M(e){var t,r,n;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,r=e.d,n="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof r||void 0!==e&&"number"!=typeof e||void 0!==n&&!_(n)?void 0:{n:t,d:r,g:n,e:e}}var X={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ee="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e;function F(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function j(e,t){try{var r=await cf.kvs().get(e,{format:"json"});return t(r)}catch(e){}}async function te(o,a){o=o.headers.authorization;if(!(void 0===o||void 0!==o.multiValue&&1<o.multiValue.length)){o=o.value;if(!("string"!=typeof o||1024<o.length)){var s,d=T(o,ee);if(void 0!==d){o=d.user;let e=await j("u:"+o,H),t=void 0===e?X:e,r=F(a,(o=t.s,a=d.user,s=d.password,`${Q}\\0${o}\\0${a.length}:${a}:`+s)),n=Date.now(),i;for(let e=0;e<t.p.length;e+=1){var u=t.p[e];void 0!==u&&N(r,u.h)&&(void 0===u.e||n<1e3*u.e)&&(i={user:d.user,record:t,notAfter:u.e})}return void 0===e?void 0:i}}}}function N(t,r){let n=43^t.length;n|=43^r.length;for(let e=0;e<43;e+=1)n|=t.charCodeAt(e)^r.charCodeAt(e);return 0===n}async function re(e,t){var r,n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&L.test(n))return e=F(t,K+`\\0`+n),t=e.substring(0,16),n=await j(P+t,M),void 0!==n&&N(e,n.d)&&(e=n,n=t,t=e.e,void 0===t||Date.now()<1e3*t)?{user:(r=e.n,W+r),record:e,notAfter:t,version:n}:void 0}async function ne(e){try{return await cf.kvs().exists(J+e)}catch(e){return!1}}var U=__SECURE_DIST_FUNCTION_CONFIG__,I=String(U.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),O=String(U.pepper),ie=`Basic realm="${I}", charset="UTF-8"`,Z="private, no-store";async function oe(e){let o=e.request,a=!1;try{var t=o.headers.accept;a=void 0!==t&&(r=t.value,"string"==typeof r)&&0<=r.toLowerCase().indexOf("text/html")}catch(e){a=!1}var r,s;let n=o.headers[k],i=o.querystring[C],d=void 0!==n?n:i,u;try{u=void 0===d?await te(o,O):await re(d,O)}catch(e){u=void 0}let l=void 0===u?void 0:u.user,c=(e,t,r)=>{return a?q(e,t,Z,r,(n=e,i=I,o=l,n=D(n,i,o),i=(void 0===n.actions?[]:n.actions).map(e=>`<a href="${m(e.href)}">${m(e.label)}</a>`).join(" "),o=m(n.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${o}</title><style>:root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}</style></head><body><main><p class="s">${o}</p><h1>${m(n.heading)}</h1>`+n.paragraphs.map(e=>`<p>${m(e)}</p>`).join("")+(""===i?"":`<p>${i}</p>`)+`</main></body></html>\\n`),!0):q(e,t,Z,r);var n,i,o};if(void 0===u)return c(401,"Unauthorized",{"www-authenticate":{value:ie}});try{let e=h(o.uri);if(404===e)return c(404,"Not Found");if(400===e)return c(400,"Bad Request");let t=u.record.g,r=o.headers.host,n=U.previews,i=V(r&&r.value,e,n&&n.domain);if(404===i)return c(404,"Not Found");if(void 0!==i){if("version"in u?void 0!==t&&!p(t.map(v),i.key):!await ne(u.user))return c(403,"Forbidden");e=i.prefix+i.key,t=void 0}return void 0===t||p(t.map(v),e)?(delete o.headers.authorization,delete o.headers[k],delete o.querystring[C],o.uri=(s=e,"/"+f(s)),o):"index.html"===e&&/^\\/+$/.test(o.uri)?q(200,"OK",Z,{},A(I,t)):c(403,"Forbidden")}catch(e){return c(400,"Bad Request")}}function q(e,t,r,n,i,o){n=void 0===n?{}:n,n["cache-control"]={value:r},n["content-type"]={value:void 0===i?"text/plain; charset=utf-8":B},!0===o&&(n["content-security-policy"]={value:R}),r=void 0===i?e+` ${t}\\n`:i;return{statusCode:e,statusDescription:t,headers:n,body:{encoding:"text",data:r}}}\nasync function handler(event){return oe(event)}\n';
var RESPONSE_FUNCTION_TEMPLATE = `import cf from 'cloudfront';
var cfCrypto = require('crypto');
var l="x-amz-meta-viewer-cache-control",s="private, no-cache";function v(e){var t;if("string"==typeof e){var o=e.split(",");for(let e=0;e<o.length;e+=1)if("private"===(null!=(t=(null!=(t=o[e])?t:"").split("=")[0])?t:"").trim().toLowerCase())return 1}}var t="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",o=t+" allow-same-origin";function c(e){e="string"==typeof e?null==(e=e.split(";")[0])?void 0:e.trim().toLowerCase():"";if("application/pdf"!==e)return"text/html"===e?o:t}var e=__SECURE_DIST_FUNCTION_CONFIG__,p=!0===e.trustedPages;async function a(e){var t=e.response;return void 0===t?e.request:r(t)}function r(e){let t=e.headers,o=s;try{var a=t["cache-control"],r=t[l];o=(n=void 0===a?void 0:a.value,i=void 0===r?void 0:r.value,v(i)&&"string"==typeof i?i:v(n)&&"string"==typeof n?n:s)}catch(e){}var n,i;return delete t[l],t["cache-control"]={value:o},p||(a=t["content-type"],r=c(void 0===a?void 0:a.value),void 0!==r&&(t["content-security-policy"]={value:r})),e}
async function handler(event){return a(event)}
`;
var LOGIN_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction r(e){let r=0;for(let t=0;t<e.length;t+=1){var o=e.charCodeAt(t);o<128?r+=1:o<2048?r+=2:55296<=o&&o<=56319&&t+1<e.length&&(o=e.charCodeAt(t+1),56320<=o)&&o<=57343?(r+=4,t+=1):r+=3}return r}function s(t){return t.replace(/[&<>"\']/g,t=>`&#${t.charCodeAt(0)};`)}var e=/[\\u0000-\\u001f\\u007f]/,n=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,i="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",t=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,a="0123456789ABCDEF";function c(t){return t.normalize("NFC")}function u(n){if(t.test(n)){let e=[],r=0,o=0;for(let t=0;t<n.length&&"="!==n.charAt(t);t+=1)o=4095&(o<<6|i.indexOf(n.charAt(t))),r+=6,8<=r&&(r-=8,e.push(o>>r&255));return 0==(o&(1<<r)-1)?e:void 0}}function d(e){let r="";for(let t=0;t<e.length;t+=1){var o=Number(e[t]);r+="%"+a.charAt(o>>4)+a.charAt(15&o)}try{return decodeURIComponent(r)}catch(t){}}function f(t){return e.test(t)}function l(t){return""===t?"is empty":t.includes(":")?"contains a colon":f(t)?"contains a control character":void 0}function o(t,e){e=void 0===e?c:e;if(!("string"!=typeof t||1024<t.length)){t=(n.exec(t)||[])[1];if(void 0!==t){t=u(t);if(void 0!==t){t=d(t);if(void 0!==t){var r,o=t.indexOf(":");if(!(o<1))return r=e(t.slice(0,o)),e=e(t.slice(o+1)),void 0===l(r)&&void 0===(t=e,""===t?"is empty":f(t)?"contains a control character":void 0)?{user:r,password:e}:void 0}}}}}var M=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",E="text/html; charset=utf-8",v="__Host-secure-dist",P=2592e3,h="token:",p="/_login",q="/_logout",D=/^[A-Za-z0-9]{1,16}$/,R=/^[A-Za-z0-9_-]{1,22}$/,m="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";function j(t){let e;try{e=encodeURIComponent(t)}catch(t){return}var r=[];for(let t=0;t<e.length;t+=1)"%"===e.charAt(t)?(r.push(parseInt(e.substring(t+1,t+3),16)),t+=2):r.push(e.charCodeAt(t));return r}function B(e){let r="";for(let t=0;t<e.length;t+=3){var o=e[t]||0,n=e[t+1]||0,i=e[t+2]||0,o=o<<16|n<<8|i;r+=m.charAt(o>>18&63)+m.charAt(o>>12&63),t+1<e.length&&(r+=m.charAt(o>>6&63)),t+2<e.length&&(r+=m.charAt(63&o))}return r}function H(e,r){var o=Math.floor(e.now),n=e.lifetime;if(1<=n&&n<=P&&Math.floor(n)===n&&D.test(e.keyId)&&R.test(e.version)&&void 0===(i=e.user,a=i,a=0===a.indexOf(h)?a.substring(h.length):void 0,l(void 0===a?i:a))){var i=j(e.user);if(void 0!==i){let t=o+n;if(void 0!==e.notAfter&&e.notAfter<t&&(t=Math.floor(e.notAfter)),t>o){var a=B(i);if(!(400<a.length))return n=e.keyId,o=a,i=t,a=e.version,n=`s1.${n}.${o}.${String(i)}.`+a,o=r(e.keyId,n),void 0!==o?n+"."+o:void 0}}}}function g(t){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(t)))}; Secure; HttpOnly; SameSite=Lax`}function y(t){var e;return"/"===t.charAt(0)&&(e=t.charAt(1),"/"!==e)&&"\\\\"!==e&&-1===t.indexOf("\\\\")&&!f(t)&&(e=String(t.split(/[?#]/)[0]),!/(^|\\/)\\.\\.?(\\/|$)/.test(e))&&e!==p&&e!==q}function V(t){if("string"!=typeof t||""===t||2048<r(t)||!/^[\\x21-\\x7e]+$/.test(t)||!y(t))return"/";let e;try{e=decodeURIComponent(t)}catch(t){return"/"}return y(e)?t:"/"}function A(t){return"string"==typeof t?t.toLowerCase():void 0}function b(t){var e;return"POST"===t.method&&(e=A(t.secFetchSite),void 0!==e?"same-origin"===e:(e=A(t.origin),t=A(t.host),void 0!==e&&void 0!==t&&""!==t&&e==="https://"+t))}var L="input,button{display:block;box-sizing:border-box;width:100%;font:inherit;margin:.3rem 0 1rem;padding:.5rem;border-radius:8px}button{background:#15c;color:#fff;border:0}",Q=\'document.forms[0].onsubmit=async function(e){e.preventDefault();var f=this,t="";new TextEncoder().encode((f.user.value+":"+f.password.value).normalize("NFC")).forEach(function(b){t+=String.fromCharCode(b)});try{var r=await fetch(location.href,{method:"POST",headers:{Authorization:"Basic "+btoa(t)}});if(r.ok)return location.replace(await r.text());m.textContent=r.status==401?"Wrong user name or password.":"Sign-in failed: "+r.status}catch(x){m.textContent="No connection."}}\',w="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\' \'sha256-qT9S8ABf7I8TDZNEyCMkb+6fnpd7lkuUH9Uhc0aZGiY=\'; script-src \'sha256-Vl1EO6/UYwQiOpWj23gAyqsrbndnWkDohMReWUS+BAA=\'; connect-src \'self\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'";function x(t,e,r){t=s(t);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t}</title><style>${M}</style><style>${L}</style></head><body><main><p class="s">${t}</p>${e}</main>`+(r?`<script>${Q}</script>`:"")+`</body></html>\\n`}var W="secure-dist-token",G=/^sdt1_[A-Za-z0-9_-]{43}$/,J="secure-dist/function/v1",k=/^[A-Za-z0-9_-]*$/,Y=/^[A-Za-z0-9_-]{1,22}$/;function C(t){return Array.isArray(t)&&t.every(t=>"string"==typeof t)}function K(t){var e;return"object"==typeof t&&null!==t&&"h"in t&&(e=t.h,t="e"in t?t.e:void 0,"string"==typeof e)&&43===e.length&&k.test(e)&&(void 0===t||"number"==typeof t&&0<=t)}function X(t){var e,r,o;if("object"==typeof t&&null!==t&&"v"in t&&1===t.v&&"s"in t&&"p"in t)return e=t.s,r=t.p,o="g"in t?t.g:void 0,t="c"in t?t.c:void 0,"string"==typeof e&&22===e.length&&k.test(e)&&Array.isArray(r)&&r.every(K)&&(void 0===o||C(o))&&(void 0===t||"string"==typeof t&&Y.test(t))?{v:1,s:e,p:r,g:o,c:t}:void 0}var tt="t:",et="secure-dist/function/token";function rt(t){var e,r,o;if("object"==typeof t&&null!==t&&"n"in t&&"d"in t)return e=t.n,r=t.d,o="g"in t?t.g:void 0,t="e"in t?t.e:void 0,"string"!=typeof e||"string"!=typeof r||void 0!==t&&"number"!=typeof t||void 0!==o&&!C(o)?void 0:{n:e,d:r,g:o,e:t}}var ot={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},nt="function"==typeof"".normalize?t=>t.normalize("NFC"):t=>t;function S(t,e){return cfCrypto.createHmac("sha256",t).update(e).digest("base64url")}async function $(t,e){try{var r=await cf.kvs().get(t,{format:"json"});return e(r)}catch(t){}}async function it(i,a){i=i.headers.authorization;if(!(void 0===i||void 0!==i.multiValue&&1<i.multiValue.length)){i=i.value;if(!("string"!=typeof i||1024<i.length)){var s,c=o(i,nt);if(void 0!==c){i=c.user;let t=await $("u:"+i,X),e=void 0===t?ot:t,r=S(a,(i=e.s,a=c.user,s=c.password,`${J}\\0${i}\\0${a.length}:${a}:`+s)),o=Date.now(),n;for(let t=0;t<e.p.length;t+=1){var u=e.p[t];void 0!==u&&z(r,u.h)&&(void 0===u.e||o<1e3*u.e)&&(n={user:c.user,record:e,notAfter:u.e})}return void 0===t?void 0:n}}}}function z(e,r){let o=43^e.length;o|=43^r.length;for(let t=0;t<43;t+=1)o|=e.charCodeAt(t)^r.charCodeAt(t);return 0===o}async function at(t,e){var r,o=t.value;if(!(void 0!==t.multiValue&&1<t.multiValue.length||"string"!=typeof o)&&G.test(o))return t=S(e,et+`\\0`+o),e=t.substring(0,16),o=await $(tt+e,rt),void 0!==o&&z(t,o.d)&&(t=o,o=e,e=t.e,void 0===e||Date.now()<1e3*e)?{user:(r=t.n,h+r),record:t,notAfter:e,version:o}:void 0}var O=__SECURE_DIST_FUNCTION_CONFIG__,I=String(O.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),_=String(O.pepper),U=String(O.session.keyId),st=Number(O.session.lifetime),Z=((t,r)=>{let o=S(t,`secure-dist session key\\n`+r);return(t,e)=>t===r?S(o,e):void 0})(_,U),T=`Basic realm="${I}", charset="UTF-8"`;async function ct(t){try{return await ut(t.request)}catch(t){return F(400,void 0,{})}}function N(t,e){t=t.headers[e];return void 0===t?void 0:t.value}async function ut(e){var r=e.method,o={method:r,host:N(e,"host"),origin:N(e,"origin"),secFetchSite:N(e,"sec-fetch-site")},n={};if(e.uri!==p)return a=o,("POST"===a.method?b(a):"GET"===a.method&&(a=A(a.secFetchSite),"same-origin"===a||"none"===a))?(n[v]={value:"",attributes:g(0)},F(303,void 0,{location:{value:p}},n)):F(200,(a=I,x(a,\'<h1>Sign out?</h1><form method="post" action="/_logout"><button>Sign out</button></form>\',!1)),{},void 0,w);let t=e.querystring.next,i="/";if(void 0!==t)try{i=V(decodeURIComponent(t.value))}catch(t){i="/"}var a="POST"===r?void 0:e.querystring[W];if(void 0!==a||"POST"===r){let t;if(void 0!==a)t=await at(a,_);else{if(!b(o))return F(403,void 0,{});if(void 0===e.headers.authorization)return F(401,void 0,{"www-authenticate":{value:T}});t=await it(e,_)}var r=void 0===t?void 0:dt(t);if(void 0!==r)return n[v]={value:r.cookie,attributes:g(r.maxAge)},void 0===a&&"cors"===N(e,"sec-fetch-mode")?F(200,void 0,{},n,void 0,i):F(303,void 0,{location:{value:i}},n);if(void 0===a)return F(401,void 0,{})}return o=N(e,"accept"),"string"==typeof o&&0<=o.toLowerCase().indexOf("text/html")?F(401,(r=I,n=p+"?next="+encodeURIComponent(i),a=i,x(r,`<h1>Sign in</h1><p id="m"></p><form method="post" action="${s(n)}"><label>User name<input name="user" autocomplete="username" required></label><label>Password<input name="password" type="password" autocomplete="current-password" required></label><input type="hidden" name="next" value="${s(a)}"><button>Sign in</button></form>`,!0)),{},void 0,w):F(401,void 0,{"www-authenticate":{value:T}})}function dt(t){var e,r,o=Math.floor(Date.now()/1e3),n={user:t.user,version:"version"in t?t.version:(e=t,n=Z,i=U,r=e.record,void 0!==r.c?r.c:(r=r.p.map(t=>t.h),String(n(i,`cv\\n${e.user}\\n`+r.join(`\\n`))).substring(0,16))),keyId:U,now:o,lifetime:st,notAfter:t.notAfter},i=H(n,Z);if(void 0!==i)return{cookie:i,maxAge:Number(i.split(".")[3])-o}}function F(t,e,r,o,n,i){r["cache-control"]={value:"private, no-store"},r["content-type"]={value:void 0===e?"text/plain; charset=utf-8":E},void 0!==n&&(r["content-security-policy"]={value:n});n={statusCode:t,headers:r,body:{encoding:"text",data:void 0!==e?e:void 0!==i?i:t+`\\n`}};return void 0!==o&&(n.cookies=o),n}\nasync function handler(event){return ct(event)}\n';

// src/edge/function/render.ts
var MAX_FUNCTION_BYTES = 10 * 1024;
function renderFunctionCode(options) {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const previews = options.previews;
  if (previews !== void 0) {
    if (options.session !== void 0) {
      throw new Error(
        "function code: previews with login: form do not fit in a CloudFront Function (10 KB)"
      );
    }
    const domain = previews.domain;
    if (domain !== void 0 && !/^[a-z0-9.-]{1,253}$/.test(domain)) {
      throw new Error("function code: the preview domain must be a lower-case host name");
    }
    return withConfig(PREVIEWS_FUNCTION_TEMPLATE, {
      realm,
      pepper: options.pepper,
      previews: domain === void 0 ? {} : { domain }
    });
  }
  if (options.session === void 0) {
    return withConfig(FUNCTION_TEMPLATE, { realm, pepper: options.pepper });
  }
  const session = checkedSession(options.session);
  return withConfig(FORM_FUNCTION_TEMPLATE, {
    realm,
    pepper: options.pepper,
    session: { keyId: session.keyId }
  });
}
function renderLoginFunctionCode(options) {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const session = checkedSession(options.session);
  return withConfig(LOGIN_FUNCTION_TEMPLATE, {
    realm,
    pepper: options.pepper,
    session: { keyId: session.keyId, lifetime: session.lifetime }
  });
}
function checkedRealm(realm) {
  if (realm === "" || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      "function code: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes"
    );
  }
  return realm;
}
function checkPepper(pepper) {
  const problem = pepperProblem(pepper);
  if (problem !== void 0) throw new Error(`function code: the pepper ${problem}`);
}
function checkedSession(session) {
  if (!/^[A-Za-z0-9]{1,16}$/.test(session.keyId)) {
    throw new Error("function code: the session key id must be 1 to 16 letters or digits");
  }
  const lifetime = session.lifetime;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error("function code: the session lifetime must be 1 second to 30 days");
  }
  return session;
}
function renderResponseFunctionCode(options) {
  return withConfig(
    RESPONSE_FUNCTION_TEMPLATE,
    options.trustedPages === true ? { trustedPages: true } : {}
  );
}
function withConfig(template, config) {
  const parts = template.split(FUNCTION_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error("function template: expected the config placeholder exactly once");
  }
  const code = parts.join(JSON.stringify(config));
  const bytes = Buffer.byteLength(code);
  if (bytes > MAX_FUNCTION_BYTES) {
    throw new Error(
      `function code: ${bytes} bytes, over CloudFront Functions' ${MAX_FUNCTION_BYTES}-byte limit`
    );
  }
  return code;
}

// src/synth/function-site.ts
var PEPPER_MARK = "SecureDistPepperStandIn0000000000000000000".padEnd(43, "0");
function functionCodeParts(render, realm) {
  const code = render({ realm, pepper: PEPPER_MARK });
  const parts = code.split(PEPPER_MARK);
  const [head, tail] = parts;
  if (parts.length !== 2 || head === void 0 || tail === void 0) {
    throw new Error(
      `function code: expected the pepper exactly once in the rendered code, found it ${parts.length - 1} time(s)`
    );
  }
  return { head, tail };
}
var NO_EDGE_FUNCTION_CODE = "// edge: function - this stack holds only the web ACL; no Lambda@Edge function is created\n";
function usersStoreName(stackName) {
  return `${stackName}-users`;
}
function functionUsersSecretName(stackName) {
  return `${stackName}/users`;
}
function pepperSecretName(stackName) {
  return `${stackName}/pepper`;
}

// src/synth/render.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/edge/config.ts
var nodeCrypto = __toESM(require_node_crypto(), 1);

// src/edge/bundled.ts
var EDGE_PLACEHOLDER = "__SECURE_DIST_EDGE_CONFIG__";
var EDGE_HANDLER_TEMPLATE = '"use strict";var me=Object.defineProperty;var Hn=Object.getOwnPropertyDescriptor;var Bn=Object.getOwnPropertyNames;var Un=Object.prototype.hasOwnProperty;var Kn=(e,n)=>{for(var t in n)me(e,t,{get:n[t],enumerable:!0})},Yn=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of Bn(n))!Un.call(e,o)&&o!==t&&me(e,o,{get:()=>n[o],enumerable:!(r=Hn(n,o))||r.enumerable});return e};var Xn=e=>Yn(me({},"__esModule",{value:!0}),e);var dr={};Kn(dr,{handler:()=>zt});module.exports=Xn(dr);var k=require("node:crypto");var jn=\' "#%<>[\\\\]^`{|}~?*+\',Ge="0123456789ABCDEF";function j(e){let n="";for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128){let i=e.charAt(t);n+=r<33||r>126||jn.includes(i)?`%${Ge.charAt(r>>4)}${Ge.charAt(r&15)}`:i;continue}let o=e.charAt(t);if(r>=55296&&r<=56319){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(o=e.slice(t,t+2),t+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");n+=encodeURIComponent(o)}return n}function N(e){return`/${j(e)}`}function S(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var zn=/[\\u0000-\\u001f\\u007f\\\\/]/,Vn=/^[\\x21-\\x22\\x24-\\x7e]*$/;function V(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||S(e)>2048)return 400;let n=[],t=e.split("/");for(let r=0;r<t.length;r+=1){let o=String(t[r]);if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch{return 400}if(i==="."||i===".."||zn.test(i))return 400;n.push(i)}return{segments:n,folder:e.endsWith("/")}}function W(e){let n=V(e);if(n===400)return 400;let r=(n.folder?n.segments.concat("index.html"):n.segments).join("/");return S(r)>1024?404:r}function Wn(e){let n=e.lastIndexOf(".");return n>=1&&n<e.length-1}function Zn(e,n){let t=V(e);if(t===400||t.folder)return;let r=t.segments[t.segments.length-1];if(r===void 0||Wn(r))return;let o=typeof n=="string"&&n!==""&&Vn.test(n)?`?${n}`:"";return`${N(t.segments.join("/"))}/${o}`}function He(e,n,t){if(e!=="403"&&e!=="404")return{kind:"pass"};let r=Zn(n,t);return r===void 0?{kind:"not-found"}:{kind:"redirect",location:r}}var Jn="*";function Be(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?n.concat("index.html"):n}function Qn(e,n){let t=0,r=0,o=-1,i=0;for(;r<n.length;){let s=e[t];if(s==="**")o=t,i=r,t+=1;else if(s!==void 0&&(s==="*"||s===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,i+=1,r=i;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function Z(e,n){let t=[];return e.forEach(r=>{(r.users.includes(n)||r.users.includes(Jn))&&r.globs.forEach(o=>t.push(Be(o)))}),t}function J(e,n){let t=n.split("/");return e.some(r=>Qn(r,t))}function qn(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${j(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${j(r)}/`}function l(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var et=32*1024;function Ue(e,n){let t=n.map(Be),o=n.map(qn).filter((f,g,$)=>$.indexOf(f)===g).filter(f=>{let g=W(f);return typeof g=="string"&&J(t,g)}).sort().map(f=>{let g=nt(f);return`<li><a href="${l(f)}">${l(g)}</a></li>`}),i=l(e),s=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${i}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${i}</h1>`,d=`</main></body></html>\n`,u=et/3-s.length-d.length-100,a=0;for(;a<o.length&&u-(o[a]?.length??0)>=0;)u-=o[a]?.length??0,a+=1;let c=`<ul>${o.slice(0,a).join("")}</ul>`,x=o.length===0?"<p>There are no folders for you here.</p>":a<o.length?`<p>Your folders (first ${a} of ${o.length}):</p>${c}`:`<p>Your folders:</p>${c}`;return s+x+d}function nt(e){try{return decodeURIComponent(e)}catch{return e}}function Ke(e){return`share:${e}`}function Ye(e){if(e===void 0)return"allowed";let n=String(e);return n==="200"?"home":n}function C(e,n=256){return typeof e=="string"?e.slice(0,n):""}function tt(e){let n={audit:1,time:new Date(e.time).toISOString(),user:C(e.user)||null,method:C(e.method),path:C(e.path,2048),result:C(e.result),credentials:e.credentials},t=C(e.ip);t&&(n.ip=t);let r=C(e.key,2048);r&&(n.key=r);let o=C(e.via);return o&&(n.via=o),n}function rt(e){return JSON.stringify(e).replace(/[^\\x20-\\x7e]/g,n=>"\\\\u"+("0000"+n.charCodeAt(0).toString(16)).slice(-4))}function Xe(e){return rt(tt(e))}var ot=/[\\u0000-\\u001f\\u007f]/,it=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,st="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",dt=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,je="0123456789ABCDEF";function ut(e){return e.normalize("NFC")}function E(e){if(!dt.test(e))return;let n=[],t=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|st.indexOf(e.charAt(o)))&4095,t+=6,t>=8&&(t-=8,n.push(r>>t&255));return(r&(1<<t)-1)===0?n:void 0}function b(e){let n="";for(let t=0;t<e.length;t+=1){let r=Number(e[t]);n+=`%${je.charAt(r>>4)}${je.charAt(r&15)}`}try{return decodeURIComponent(n)}catch{return}}function q(e){return ot.test(e)}function M(e){if(e==="")return"is empty";if(e.includes(":"))return"contains a colon";if(q(e))return"contains a control character"}function ke(e){if(e==="")return"is empty";if(q(e))return"contains a control character"}function ze(e,n){let t=n===void 0?ut:n;if(typeof e!="string"||e.length>1024)return;let r=(it.exec(e)||[])[1];if(r===void 0)return;let o=E(r);if(o===void 0)return;let i=b(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let d=t(i.slice(0,s)),u=t(i.slice(s+1));if(!(M(d)!==void 0||ke(u)!==void 0))return{user:d,password:u}}var at="viewer-cache-control",xe="x-amz-meta-"+at;var Ae="private, no-cache";function Ve(e){if(typeof e!="string")return!1;let n=e.split(",");for(let t=0;t<n.length;t+=1)if(((n[t]??"").split("=")[0]??"").trim().toLowerCase()==="private")return!0;return!1}function We(e,n){return Ve(n)&&typeof n=="string"?n:Ve(e)&&typeof e=="string"?e:Ae}var Ze="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",ft=`${Ze} allow-same-origin`;function Je(e){let n=typeof e=="string"?e.split(";")[0]?.trim().toLowerCase():"";if(n!=="application/pdf")return n==="text/html"?ft:Ze}var ee=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",Se="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'",D="text/html; charset=utf-8";function G(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}function ne(e,n,t){let o=(e.actions===void 0?[]:e.actions).map(s=>`<a href="${l(s.href)}">${l(s.label)}</a>`).join(" "),i=l(e.title);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title><style>${n}</style></head><body><main><p class="s">${i}</p><h1>${l(e.heading)}</h1>`+e.paragraphs.map(s=>`<p>${l(s)}</p>`).join("")+(o===""?"":`<p>${o}</p>`)+t+`</main></body></html>\n`}var _=0;function Qe(e,n,t){return ne(Ce(e,n,t),ee,"")}function Ce(e,n,t){return e===403&&t===_?{title:n,heading:"This link does not work",paragraphs:["This share link is incomplete or no longer valid: ask its sender for a new one."],actions:[]}:ct(e,n,t)}function ct(e,n,t){let r=typeof t=="string"?[{href:"/",label:"Go to your home page"}]:[],o="Not found",i=["There is nothing at this address."];return e===401?(o="Sign-in required",i=["This site is private: reload the page to sign in."]):e===400?(o="Bad request",i=["This address is not one the site can serve."]):e===403&&(o="Not yours",i=[`You are signed in as ${String(t)}.`,"This page is not one of yours."]),{title:n,heading:o,paragraphs:i,actions:r}}var lt="label{display:block;margin:1rem 0 .3rem}input{box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:1px solid #888;border-radius:8px;background:inherit;color:inherit}button{font:inherit;margin-top:1.2rem;padding:.6rem 1rem;border:0;border-radius:8px;background:#15c;color:#fff;cursor:pointer}.e{color:#b00}@media(prefers-color-scheme:dark){button{background:#37f}.e{color:#f88}}",te="default-src \'none\'; style-src \'sha256-prFEOD6bzUs90WZcMdO0VaSVXn4wQXnWUUoKWqed8kw=\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'";function re(e,n,t){let r=t===void 0?"":`<p class="e" role="alert">${l(t)}</p>`;for(let o=0;o<n.length;o+=1){let i=n[o];if(i===void 0)continue;r+=`<form method="post" action="${l(i.action)}">`;let s=i.fields===void 0?[]:i.fields;for(let u=0;u<s.length;u+=1){let a=s[u];if(a===void 0)continue;let c=`f-${l(a.name)}`;r+=`<label for="${c}">${l(a.label)}</label><input id="${c}" name="${l(a.name)}" type="${a.type}" autocomplete="${l(a.autocomplete)}" required`+(u===0?" autofocus":"")+(a.value===void 0?"":` value="${l(a.value)}"`)+">"}let d=i.hidden===void 0?[]:i.hidden;for(let u=0;u<d.length;u+=1){let a=d[u];a!==void 0&&(r+=`<input type="hidden" name="${l(a.name)}" value="${l(a.value)}">`)}r+=`<button type="submit">${l(i.submit)}</button></form>`}return ne(e,ee+lt,r)}var Ee={action:"/_logout",submit:"Sign out"};function qe(e,n,t,r){return re({title:e,heading:"Sign in",paragraphs:["This site is private: sign in to continue."]},[{action:"/_login",fields:[{name:"user",label:"User name",type:"text",autocomplete:"username",value:r},{name:"password",label:"Password",type:"password",autocomplete:"current-password"}],hidden:[{name:"next",value:n}],submit:"Sign in"}],t)}var gt="_previews/";function oe(e){return/^_previews(\\/|$)/.test(e)}function en(e,n,t){if(t){let o=String(e).toLowerCase().replace(/\\.?(:\\d*)?$/,""),i=o.length-t.length-1;if(i>0&&o.substring(i)===`.${t}`){let s=o.substring(0,i);return/^pr-[1-9]\\d{0,8}$/.test(s)&&!oe(n)?{prefix:`${gt}${s}/`,key:n}:404}}if(!oe(n))return;let r=/^_previews\\/pr-[1-9]\\d{0,8}\\//.exec(n);return r?{prefix:r[0],key:n.substring(r[0].length)}:404}function nn(e,n){return e==="*"||Array.isArray(e)&&e.indexOf(n)>=0}function tn(e){let n=typeof e=="string"?/^\\/_previews\\/pr-([1-9]\\d{0,8})\\//.exec(e):null;return n?n[1]:void 0}function rn(e,n){return{title:e,heading:`Preview ${n} does not exist`,paragraphs:[`There is no preview of pull request ${n} here, or this page is not in it.`,"Previews expire some days after their last update, and are removed when their pull request closes: push to the pull request again to publish a new one."]}}var on="/_share/";var ie=/^[A-Z0-9]{1,128}$/;function sn(e,n,t){if(!be(e))return 400;let r=V(e.slice(on.length-1));if(r===400)return 400;let o=typeof n=="string"&&/(^|&)Key-Pair-Id(=|&|$)/.test(n)?pt(n):yt(t);if(o===void 0)return 403;let s=(r.folder?[...r.segments,"index.html"]:r.segments).join("/");return S(s)>1024?404:{key:s,keyId:o}}function be(e){return typeof e=="string"&&e.startsWith(on)}function pt(e){if(typeof e!="string")return;let n,t=0;for(let r of e.split("&")){let o=r.indexOf("=");(o<0?r:r.slice(0,o))==="Key-Pair-Id"&&(t+=1,n=o<0?"":r.slice(o+1))}return t===1&&n!==void 0&&ie.test(n)?n:void 0}function yt(e){let n=Array.isArray(e)?e:[];for(let t=0;t<n.length;t+=1){let r=n[t],o=typeof r=="object"&&r!==null&&"value"in r?r.value:"",i=/(?:^|;)\\s*CloudFront-Key-Pair-Id=([^;\\s]*)/.exec(String(o))?.[1];if(i!==void 0&&ie.test(i))return i}}var dn=/^[A-Za-z0-9_~-]+$/,ht=/^https?:\\/\\/([^/]+)(\\/_share\\/[\\w\\-.~%!$&\'()+,=:@/]*)\\*$/,we=["Policy","Signature","Key-Pair-Id","Hash-Algorithm"];function un(e,n,t){if(typeof e!="string"||typeof n!="string")return;let r={},o=e.split("&");for(let f=0;f<o.length;f+=1){let g=o[f]??"",$=g.indexOf("="),X=$<0?g:g.slice(0,$);if(X==="Expires")return;if(we.indexOf(X)>=0){if(X in r)return;r[X]=g.slice($+1)}}let i=r.Policy??"",s=r["Hash-Algorithm"];if(!dn.test(i)||!dn.test(r.Signature??"")||!ie.test(r["Key-Pair-Id"]??"")||s!==void 0&&s!=="SHA256")return;let d,u;try{let f=E(i.replace(/-/g,"+").replace(/_/g,"=").replace(/~/g,"/")),g=JSON.parse((f&&b(f))??"").Statement[0];d=g.Resource,u=g.Condition.DateLessThan["AWS:EpochTime"]}catch{return}let a=typeof d=="string"?ht.exec(d):null;if(!a||(a[1]??"").toLowerCase()!==n.toLowerCase()||typeof u!="number"||!(t<u))return;let c=`; Path=${a[2]??""}; Expires=${new Date(u*1e3).toUTCString()}; Secure; HttpOnly; SameSite=Lax`;if(`CloudFront-Policy=${i}${c}`.length>4096)return;let x=[];for(let f=0;f<we.length;f+=1){let g=we[f]??"";g in r&&x.push(`CloudFront-${g}=${r[g]??""}${c}`)}return x}var Re="__Host-secure-dist",fn=720*60*60,Xr=720*60;function cn(e){return`secure-dist session key\n${e}`}var O="token:";function ln(e){return e.indexOf(O)===0?e.substring(O.length):void 0}function gn(e){let n=ln(e);return M(n===void 0?e:n)}function pn(e,n){return`cv\n${e}\n${n.join(`\n`)}`}var ue="/_login",Te="/_logout",mt=/^[A-Za-z0-9]{1,16}$/,kt=/^[A-Za-z0-9_-]{1,22}$/,se="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",xt=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/;function At(e){let n;try{n=encodeURIComponent(e)}catch{return}let t=[];for(let r=0;r<n.length;r+=1)n.charAt(r)==="%"?(t.push(parseInt(n.substring(r+1,r+3),16)),r+=2):t.push(n.charCodeAt(r));return t}function St(e){let n="";for(let t=0;t<e.length;t+=3){let r=e[t]||0,o=e[t+1]||0,i=e[t+2]||0,s=r<<16|o<<8|i;n+=se.charAt(s>>18&63)+se.charAt(s>>12&63),t+1<e.length&&(n+=se.charAt(s>>6&63)),t+2<e.length&&(n+=se.charAt(s&63))}return n}function Ct(e){if(!/^[A-Za-z0-9_-]*$/.test(e)||e.length%4===1)return;let n=e.replace(/-/g,"+").replace(/_/g,"/");for(;n.length%4!==0;)n+="=";return E(n)}function yn(e,n,t,r){return`s1.${e}.${n}.${String(t)}.${r}`}function ae(e,n){let t=Math.floor(e.now),r=e.lifetime;if(!(r>=1&&r<=fn)||Math.floor(r)!==r||!mt.test(e.keyId)||!kt.test(e.version)||gn(e.user)!==void 0)return;let o=At(e.user);if(o===void 0)return;let i=t+r;if(e.notAfter!==void 0&&e.notAfter<i&&(i=Math.floor(e.notAfter)),!(i>t))return;let s=St(o);if(s.length>400)return;let d=yn(e.keyId,s,i,e.version),u=n(e.keyId,d);if(u!==void 0)return`${d}.${u}`}function Et(e,n){if(typeof e!="string")return{ok:!1,reason:"malformed"};let t=xt.exec(e);if(t===null)return{ok:!1,reason:"malformed"};let r=String(t[1]),o=String(t[2]),i=Number(t[3]),s=String(t[4]),d=String(t[5]),u=Ct(o),a=u===void 0?void 0:b(u);if(a===void 0||gn(a)!==void 0)return{ok:!1,reason:"malformed"};let c=n.mac(r,yn(r,o,i,s));if(c===void 0)return{ok:!1,reason:"unknown-key"};if(!n.same(c,d))return{ok:!1,reason:"bad-mac"};let x=Math.floor(n.now);return i>x?i-x>fn?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:a,expires:i,version:s,keyId:r}}:{ok:!1,reason:"expired"}}function bt(e,n){return e.ok?n===void 0?{ok:!1,reason:"unknown-user"}:n!==e.session.version?{ok:!1,reason:"revoked"}:e:e}function wt(e,n){let t=Et(e,n);return bt(t,t.ok?n.versionOf(t.session.user):void 0)}function Rt(e,n){let t=[];if(typeof e=="string")t.push(e);else if(Array.isArray(e))for(let o=0;o<e.length;o+=1){let i=e[o];typeof i=="string"&&t.push(i)}let r=[];for(let o=0;o<t.length;o+=1){let i=(t[o]??"").split(";");for(let s=0;s<i.length;s+=1){let d=(i[s]??"").replace(/^[ \\t]+|[ \\t]+$/g,""),u=d.indexOf("=");u>0&&d.substring(0,u)===n&&r.push(d.substring(u+1))}}return r}function hn(e,n){let t=Rt(e,Re),r={ok:!1,reason:"malformed"};for(let o=0;o<t.length&&o<4;o+=1){let i=wt(t[o],n);if(i.ok)return i;o===0&&(r=i)}return r}function Tt(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}function fe(e,n){return`${Re}=${e}; ${Tt(n)}`}var mn=`${Re}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`;function an(e){if(e.charAt(0)!=="/")return!1;let n=e.charAt(1);if(n==="/"||n==="\\\\"||e.indexOf("\\\\")!==-1||q(e))return!1;let t=String(e.split(/[?#]/)[0]);return/(^|\\/)\\.\\.?(\\/|$)/.test(t)?!1:t!==ue&&t!==Te}function H(e){if(typeof e!="string"||e===""||S(e)>2048||!/^[\\x21-\\x7e]+$/.test(e)||!an(e))return"/";let n;try{n=decodeURIComponent(e)}catch{return"/"}return an(n)?e:"/"}function de(e){return typeof e=="string"?e.toLowerCase():void 0}function _e(e){if(e.method!=="POST")return!1;let n=de(e.secFetchSite);if(n!==void 0)return n==="same-origin";let t=de(e.origin),r=de(e.host);return t!==void 0&&r!==void 0&&r!==""&&t===`https://${r}`}function kn(e){if(e.method==="POST")return _e(e);if(e.method!=="GET")return!1;let n=de(e.secFetchSite);return n==="same-origin"||n==="none"}var ce="x-secure-dist-token",_t="secure-dist-token";var Ot=/^sdt1_[A-Za-z0-9_-]{43}$/;function B(e){return O+e}function vt(e,n,t,r){if(typeof e!="string"||!Ot.test(e))return{ok:!1,reason:"malformed"};let o=t(e),i=r(o);return i===void 0?{ok:!1,reason:"unknown"}:i.expires!==void 0&&!(n<i.expires)?{ok:!1,reason:"expired"}:{ok:!0,grant:i,digest:o}}function xn(e){if(typeof e!="string"||e==="")return{query:"",values:[]};let n=[],t=[],r=e.split("&");for(let o=0;o<r.length;o+=1){let i=r[o]??"",s=i.indexOf("="),d=s<0?i:i.substring(0,s),u;try{u=decodeURIComponent(d.replace(/\\+/g," "))}catch{u=d}u===_t?t.push(s<0?"":i.substring(s+1)):n.push(i)}return{query:n.join("&"),values:t}}function Oe(e,n){if(Array.isArray(e)&&e.length>0){let r=e.length===1?e[0]:void 0;return{from:"header",value:typeof r=="string"?r:void 0}}let t=xn(n).values;return t.length===0?{from:"none"}:{from:"query",value:t.length===1?t[0]:void 0}}function ve(e){return e.substring(0,16)}function An(e,n){let t=Oe(e.header,e.querystring);if(t.from==="none")return{kind:"none"};let r=vt(t.value,n.now,n.digest,n.lookup);if(!r.ok)return{kind:"refused",reason:r.reason};let o=xn(e.querystring).query,i=n.session,s=e.method==="GET"&&G(e.accept);if(t.from==="query"&&s&&i!==void 0){let d=Pt(e.uri,o,r,n.now,i);if(d!==void 0)return d}return{kind:"granted",grant:r.grant,query:o}}function Pt(e,n,t,r,o){let i={user:B(t.grant.name),version:ve(t.digest),keyId:o.keyId,now:r,lifetime:o.lifetime,notAfter:t.grant.expires},s=ae(i,o.mac);if(s===void 0)return;let d=Math.floor(r)+o.lifetime;t.grant.expires!==void 0&&t.grant.expires<d&&(d=Math.floor(t.grant.expires));let u=typeof e=="string"?e:"/";return{kind:"redirect",grant:t.grant,location:H(n===""?u:`${u}?${n}`),setCookie:fe(s,d-Math.floor(r))}}var le=4096;function Cn(e){if(typeof e!="object"||e===null)return;let n="data"in e?e.data:void 0,t="encoding"in e?e.encoding:void 0;if(("inputTruncated"in e?e.inputTruncated:void 0)===!0||typeof n!="string")return;if(t==="text")return n.length<=le?n:void 0;if(t!=="base64"||n.length>Math.ceil(le/3)*4)return;let o=E(n);return o===void 0||o.length>le?void 0:b(o)}function Sn(e){try{return decodeURIComponent(e.replace(/\\+/g," "))}catch{return}}function En(e,n){if(e.length>le)return;let t,r,o,i=e.split("&");for(let s=0;s<i.length;s+=1){let d=i[s]??"";if(d==="")continue;let u=d.indexOf("="),a=Sn(u===-1?d:d.substring(0,u)),c=Sn(u===-1?"":d.substring(u+1));if(a===void 0||c===void 0)return;if(a==="user"){if(t!==void 0)return;t=n(c)}else if(a==="password"){if(r!==void 0)return;r=n(c)}else if(a==="next"){if(o!==void 0)return;o=c}}if(!(t===void 0||r===void 0)&&!(M(t)!==void 0||ke(r)!==void 0))return{user:t,password:r,next:o??""}}var Pe=require("node:crypto"),It=4096,Ft=6,$t=1,U=32,Ie=16;function bn(e,n,t){return(0,Pe.scryptSync)(`${e.length}:${e}:${n}`,t,U,{N:It,r:Ft,p:$t,maxmem:32*1024*1024})}var wn=32;var y=__SECURE_DIST_EDGE_CONFIG__,Nt=100,I=new Map,_n=new Map,Fe=new Map;for(let e of Array.isArray(y.users)?y.users:[]){if(typeof e.user!="string"||typeof e.salt!="string"||typeof e.hash!="string")continue;let n=Buffer.from(e.salt,"base64url"),t=Buffer.from(e.hash,"base64url");if(n.length!==Ie||t.length!==U)continue;let r=typeof e.expires=="number"?e.expires*1e3:1/0,o=e.user.normalize("NFC"),i=I.get(o)??[];i.push({user:o,salt:n,hash:t,expiresAt:r}),I.set(o,i),typeof e.cv=="string"&&_n.set(o,e.cv),Fe.set(o,[...Fe.get(o)??[],e.hash])}var Lt=[{user:"",salt:Buffer.alloc(Ie),hash:Buffer.alloc(U),expiresAt:-1/0}],R=(typeof y.realm=="string"?y.realm:"Restricted").replace(/[^\\x20-\\x7e]|["\\\\]/g,""),Mt=`Basic realm="${R}", charset="UTF-8"`,On=y.share===!0,vn=Array.isArray(y.access)?y.access:[],Pn=vn.length>0,$e=e=>Array.isArray(e)&&e.every(n=>typeof n=="string"),ye=vn.filter(e=>typeof e=="object"&&e!==null&&"users"in e&&"globs"in e&&$e(e.users)&&$e(e.globs)),In=new Map,Fn=new Map;for(let e of I.keys()){In.set(e,Z(ye,e));let n=[];for(let t of ye)(t.users.includes(e)||t.users.includes("*"))&&n.push(...t.globs);Fn.set(e,n)}var $n=Buffer.from(typeof y.tokens?.key=="string"?y.tokens.key:"","base64url"),Dt=Nn($n),F=new Map;if($n.length===wn){let e=y.tokens?.byDigest;for(let[n,t]of Object.entries(typeof e=="object"&&e?e:{})){if(typeof t!="object"||t===null||!("name"in t)||typeof t.name!="string")continue;let r="globs"in t?t.globs:void 0,o=$e(r)?r:void 0,i="expires"in t&&typeof t.expires=="number"?t.expires:void 0,s=r!==void 0&&o===void 0?[]:o!==void 0?Z([{users:["*"],globs:o}],"*"):Pn?Z(ye,B(t.name)):void 0,d=o??ye.filter(u=>u.users.includes("*")).flatMap(u=>u.globs);F.set(n,{name:t.name,expires:i,read:s,sources:d})}}var ge=typeof y.previews=="object"&&y.previews!==null?y.previews:void 0,Gt=y.audit===!0,Ht=y.trustedPages===!0,p=Ut(y.session),Me=new Map;if(p?.mac)for(let e of I.keys())Me.set(e,_n.get(e)??Kt(p.mac,e,Fe.get(e)??[]));var he=new Map;for(let e of[...F.keys()].sort()){let n=F.get(e);n!==void 0&&he.set(B(n.name),{entry:n,version:ve(e)})}var Bt=p?.mac===void 0?void 0:{mac:De,keyId:p.keyId,lifetime:p.lifetime};function Ut(e){if(typeof e!="object"||e===null)return;let n=typeof e.lifetime=="number"?e.lifetime:0,t=typeof e.keyId=="string"?e.keyId:"",r=e.secret,o=typeof r=="string"&&/^[A-Za-z0-9]{32,128}$/.test(r)?Nn((0,k.createHmac)("sha256",r).update(cn(t)).digest()):void 0;return{lifetime:n,keyId:t,mac:o}}function Nn(e){let n=Buffer.alloc(64);(e.length>64?(0,k.createHash)("sha256").update(e).digest():e).copy(n);let t=Buffer.from(n.map(o=>o^54)),r=Buffer.from(n.map(o=>o^92));return o=>(0,k.createHash)("sha256").update(r).update((0,k.createHash)("sha256").update(t).update(o).digest()).digest()}function Kt(e,n,t){return e(pn(n,t)).toString("base64url").slice(0,16)}function De(e,n){if(!(!p?.mac||e!==p.keyId))return p.mac(n).toString("base64url")}function Yt(e,n){let t=Buffer.from(e),r=Buffer.from(n);return t.length===r.length&&(0,k.timingSafeEqual)(t,r)}var T,w,Ne,Y,Xt=["transfer-encoding","via"],A="private, no-store",P="private, no-cache",jt=A,v=new Map;async function zt(e){let n=e?.Records?.[0]?.cf;if(Rn(n,"origin-response"))return Jt(n.request,n.response);if(Rn(n,"viewer-response"))return er(n.response,n.request);let t=e?.Records?.[0]?.cf?.request;if(!Gt)return Tn(t);let r={method:t?.method,path:t?.uri,credentials:t?.headers?.authorization!==void 0||F.size>0&&Oe(t?.headers?.[ce],t?.querystring).from!=="none",ip:t?.clientIp};T=void 0,w=void 0,Ne=void 0;let o=Tn(t);try{let i="status"in o?o.status:void 0;console.log(Xe({...r,credentials:Vt(r.credentials),time:Date.now(),user:T,result:Ye(i),key:w,via:Ne}))}catch{}return o}function Vt(e){return Y??e}function Rn(e,n){if(typeof e!="object"||e===null||!("config"in e))return!1;let t=e.config;return typeof t=="object"&&t!==null&&"eventType"in t&&t.eventType===n}function Tn(e){if(Y=void 0,On&&e&&be(e.uri))return Zt(e);if(p&&e&&e.uri===ue)return ir(e);if(p&&e&&e.uri===Te)return sr(e);if(F.size>0&&e){let r=Wt(e);if(r!==void 0)return r}let n;try{n=tr(e,Date.now())}catch{n=void 0}if(T=n,!e||n===void 0)return Ln(e);let t=he.get(n);return t!==void 0?Le(e,n,t.entry.read,t.entry.sources):Le(e,n,Pn?In.get(n)??[]:void 0,Fn.get(n)??[])}function Ln(e){if(p&&e&&rr(e)){let n=typeof e.querystring=="string"?e.querystring:"";return K(401,`${e.uri}${n===""?"":`?${n}`}`)}return h(e,401,"Unauthorized",void 0,{"www-authenticate":[{key:"WWW-Authenticate",value:Mt}]})}function Wt(e){let n=e.headers?.accept,t=e.headers?.[ce],r=An({method:e.method,accept:Array.isArray(n)?n.map(o=>o?.value).join():"",uri:e.uri,querystring:e.querystring,header:Array.isArray(t)?t.map(o=>o?.value):void 0},{now:Date.now()/1e3,digest:o=>Dt(o).toString("base64url"),lookup:o=>F.get(o),session:Bt});if(r.kind!=="none")return r.kind==="refused"?Ln(e):(T=B(r.grant.name),r.kind==="redirect"?{status:"303",statusDescription:"See Other",headers:{location:[{key:"Location",value:r.location}],"set-cookie":[{key:"Set-Cookie",value:r.setCookie}],"cache-control":[{key:"Cache-Control",value:A}]}}:(e.querystring=r.query,Le(e,T,r.grant.read,r.grant.sources)))}function Le(e,n,t,r){try{let o=W(e.uri);if(o===404)return h(e,404,"Not Found",n);if(o===400)return h(e,400,"Bad Request",n);let i=ge?en(pe(e,"host"),o,ge.domain):oe(o)?404:void 0;if(i===404)return h(e,404,"Not Found",n);if(i!==void 0){if(w=i.prefix+i.key,!(n.startsWith(O)?t===void 0||J(t,i.key):nn(ge?.users,n)))return h(e,403,"Forbidden",n);o=w,t=void 0}return t!==void 0&&!J(t,o)?o==="index.html"&&typeof e.uri=="string"&&/^\\/+$/.test(e.uri)?nr(r):(w=o,h(e,403,"Forbidden",n)):(w=o,delete e.headers.authorization,delete e.headers[ce],e.uri=N(o),e)}catch{return h(e,400,"Bad Request",n)}}function Zt(e){try{let n=sn(e.uri,e.querystring,e.headers?.cookie);return n===400?h(e,400,"Bad Request",_):n===403?h(e,403,"Forbidden",_):n===404?h(e,404,"Not Found",_):(T=Ke(n.keyId),Ne="share",w=n.key,delete e.headers.authorization,e.uri=N(n.key),e)}catch{return h(e,400,"Bad Request",_)}}function Jt(e,n){try{if(typeof n!="object"||n===null)return m(404,"Not Found",P);let t=He(n.status,e?.uri,e?.querystring);if(t.kind==="pass")return n;let r={};for(let i of Xt){let s=n.headers?.[i];s!==void 0&&(r[i]=s)}let o=ge?tn(e?.uri):void 0;return t.kind==="redirect"?m(302,"Found",P,{...r,location:[{key:"Location",value:o===void 0?t.location:Qt(t.location)}]}):o!==void 0?qt(o,r):m(404,"Not Found",P,r)}catch{return m(404,"Not Found",P)}}function Qt(e){let n=e.indexOf("?"),t=n<0?e:e.substring(0,n),r=t.substring(0,t.length-1);return`./${r.substring(r.lastIndexOf("/")+1)}/${n<0?"":e.substring(n)}`}function qt(e,n){let t=m(404,"Not Found",P,n);return t.headers={...t.headers,"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:Se}]},t.body=ne(rn(R,e),ee,""),t}function er(e,n){if(typeof e!="object"||e===null)return m(404,"Not Found",P);let t=typeof e.headers=="object"&&e.headers!==null?e.headers:{},r=Ae;try{r=We(t["cache-control"]?.[0]?.value,t[xe]?.[0]?.value)}catch{}delete t[xe],t["cache-control"]=[{key:"Cache-Control",value:r}];let o=Ht?void 0:Je(t["content-type"]?.[0]?.value);o!==void 0&&(t["content-security-policy"]=[{key:"Content-Security-Policy",value:o}]);let i=On?un(n?.querystring,n?.headers?.host?.[0]?.value,Date.now()/1e3):void 0;return i&&(t["set-cookie"]=i.map(s=>({key:"Set-Cookie",value:s})),t["cache-control"]=[{key:"Cache-Control",value:A}]),e.headers=t,e}function nr(e){return{status:"200",statusDescription:"OK",headers:{"cache-control":[{key:"Cache-Control",value:jt}],"content-type":[{key:"Content-Type",value:"text/html; charset=utf-8"}]},body:Ue(R,e)}}function tr(e,n){let t=e?.headers?.authorization;if(p&&t===void 0)return or(e?.headers?.cookie,n);if(!Array.isArray(t)||t.length!==1)return;let r=t[0]?.value;if(typeof r!="string"||r.length>1024)return;let o=(0,k.createHash)("sha256").update(r).digest("base64"),i=v.get(o);if(i){if(n<i.expiresAt)return i.user;v.delete(o)}let s=ze(r);if(!s)return;let d=Mn(s.user,s.password,n);if(d){if(v.size>=Nt)for(let u of v.keys()){v.delete(u);break}return v.set(o,d),d.user}}function Mn(e,n,t){let r=I.get(e),o,i,s=Buffer.alloc(U);for(let d of r??Lt)(!i||!i.equals(d.salt))&&(i=d.salt,s=bn(e,n,i)),(0,k.timingSafeEqual)(s,d.hash)&&r&&t<d.expiresAt&&!o&&(o=d);return o}function h(e,n,t,r,o={}){let i=m(n,t,A,o),s=e?.headers?.accept;if(!G(Array.isArray(s)?s.map(u=>u?.value).join():""))return i;let d=Y==="session"&&typeof r=="string";return i.headers={...i.headers,"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:d?te:Se}]},i.body=d?re(Ce(n,R,r),[Ee]):Qe(n,R,r),i}function rr(e){let n=e.headers?.accept;return G(Array.isArray(n)?n.map(t=>t?.value).join():"")}function pe(e,n){let t=e.headers?.[n];return Array.isArray(t)?t[0]?.value:void 0}function Dn(e){return{method:e.method,host:pe(e,"host"),origin:pe(e,"origin"),secFetchSite:pe(e,"sec-fetch-site")}}function or(e,n){if(!Array.isArray(e))return;let t=hn(e.map(i=>typeof i=="object"&&i!==null&&"value"in i?i.value:void 0),{now:n/1e3,mac:De,same:Yt,versionOf:i=>Me.get(i)??he.get(i)?.version});if(!t.ok)return;let r=t.session.user,o=he.get(r)?.entry;if(o!==void 0){if(o.expires!==void 0&&n/1e3>=o.expires)return}else if(!(I.get(r)??[]).some(i=>n<i.expiresAt))return;return Y="session",r}function K(e,n,t,r){let o={200:"OK",400:"Bad Request",401:"Unauthorized",403:"Forbidden"};return{status:String(e),statusDescription:o[e]??"",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:te}]},body:qe(R,H(n),t,r)}}function Gn(){return m(405,"Method Not Allowed",A,{allow:[{key:"Allow",value:"GET, HEAD, POST"}]})}function ir(e){let n=e.method;if(n==="GET"||n==="HEAD"){let f="/";try{f=new URLSearchParams(e.querystring??"").get("next")??"/"}catch{}return K(200,f)}if(n!=="POST"||!p)return Gn();if(!_e(Dn(e)))return K(403,"/","This sign-in did not come from this site: sign in here.");let t=Cn(e.body),r=t===void 0?void 0:En(t,f=>f.normalize("NFC"));if(r===void 0)return K(400,"/","Enter your user name and password.");Y=!0;let o=Date.now(),i=H(r.next),s=Mn(r.user,r.password,o),d=s?Me.get(s.user):void 0,u=Math.floor(o/1e3),a=s&&Number.isFinite(s.expiresAt)?Math.floor(s.expiresAt/1e3):void 0,c=s&&d!==void 0?ae({user:s.user,version:d,keyId:p.keyId,now:u,lifetime:p.lifetime,...a!==void 0?{notAfter:a}:{}},De):void 0;if(!s||c===void 0)return K(401,i,"The user name or password is not right.",r.user);T=s.user;let x=Math.min(u+p.lifetime,a??1/0);return m(303,"See Other",A,{location:[{key:"Location",value:i}],"set-cookie":[{key:"Set-Cookie",value:fe(c,x-u)}]})}function sr(e){let n=e.method;if(n!=="GET"&&n!=="HEAD"&&n!=="POST")return Gn();if(kn(Dn(e)))return m(303,"See Other",A,{location:[{key:"Location",value:ue}],"set-cookie":[{key:"Set-Cookie",value:mn}]});let t=n==="POST"?403:200;return{status:String(t),statusDescription:t===403?"Forbidden":"OK",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:te}]},body:re({title:R,heading:"Sign out",paragraphs:["Sign out of this site?"]},[Ee])}}function m(e,n,t,r={}){return{status:String(e),statusDescription:n,headers:{...r,"cache-control":[{key:"Cache-Control",value:t}],"content-type":[{key:"Content-Type",value:"text/plain; charset=utf-8"}]},body:`${e} ${n}\n`}}0&&(module.exports={handler});\n';

// src/edge/shared.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var KDF_N = 4096;
var KDF_R = 6;
var KDF_P = 1;
var HASH_BYTES = 32;
var SALT_BYTES = 16;
function deriveKey(user, password, salt) {
  return (0, import_node_crypto.scryptSync)(`${user.length}:${user}:${password}`, salt, HASH_BYTES, {
    N: KDF_N,
    r: KDF_R,
    p: KDF_P,
    maxmem: 32 * 1024 * 1024
  });
}
var TOKEN_KEY_BYTES = 32;
function tokenDigest(key, token) {
  return (0, import_node_crypto.createHmac)("sha256", key).update(token, "utf8").digest("base64url");
}

// src/edge/config.ts
var EDGE_RUNTIME = "nodejs24.x";
var SESSION_SECRET_SLOT = "@@SESSION_SECRET@@";
var SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
var CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;
var SALT_LABEL = "secure-dist-action/edge-salt/v1";
var TOKEN_KEY_LABEL = "secure-dist-action/token-key/v1";
function tokenKey(scope) {
  return nodeCrypto.createHash("sha256").update(`${TOKEN_KEY_LABEL}\0${scope}`).digest().subarray(0, TOKEN_KEY_BYTES).toString("base64url");
}
function buildEdgeTokens(scope, tokens) {
  const key = tokenKey(scope);
  const keyBytes = Buffer.from(key, "base64url");
  const byDigest = {};
  for (const t of tokens) {
    const name = t.name.normalize("NFC");
    validateTokenName(name);
    if (!TOKEN_SHAPE.test(t.token)) {
      throw new Error(
        `edge config: the value of token '${name}' is not sdt1_ and 43 base64url characters`
      );
    }
    const entry = { name };
    if (t.globs !== void 0) entry.globs = checkGlobs(t.globs, `token '${name}'`);
    if (t.expires !== void 0) {
      validateExpires(t.expires, `token '${name}'`);
      entry.expires = t.expires;
    }
    byDigest[tokenDigest(keyBytes, t.token)] = entry;
  }
  return { key, byDigest };
}
var BASE64URL = /^[A-Za-z0-9_-]*$/;
function deriveSalt(scope, user) {
  return nodeCrypto.createHash("sha256").update(`${SALT_LABEL}\0${scope}\0${user.normalize("NFC")}`).digest().subarray(0, SALT_BYTES).toString("base64url");
}
function hashPassword(user, password, salt) {
  return deriveKey(
    user.normalize("NFC"),
    password.normalize("NFC"),
    decode(salt, SALT_BYTES, "salt", user)
  ).toString("base64url");
}
function buildEdgeConfig(options) {
  if (options.scope === "") throw new Error("edge config: the scope must not be empty");
  validateRealm(options.realm);
  if (options.users.length === 0) throw new Error("edge config: at least one user is needed");
  const byKey = /* @__PURE__ */ new Map();
  for (const credential of options.users) {
    const user = credential.user.normalize("NFC");
    const password = credential.password.normalize("NFC");
    validateUser(user);
    const problem = passwordProblem(password);
    if (problem !== void 0) {
      throw new Error(`edge config: the password of user '${user}' ${problem}`);
    }
    if (credential.expires !== void 0) validateExpires(credential.expires, user);
    if (credential.cv !== void 0) validateVersion(credential.cv, user);
    const salt = deriveSalt(options.scope, user);
    const hash = hashPassword(user, password, salt);
    const entry = { user, salt, hash };
    if (credential.expires !== void 0) entry.expires = credential.expires;
    if (credential.cv !== void 0) entry.cv = credential.cv;
    const key = `${user}\0${hash}`;
    const previous = byKey.get(key);
    if (previous === void 0 || laterExpiry(entry, previous) === entry) byKey.set(key, entry);
  }
  const config = { realm: options.realm, users: sortUsers([...byKey.values()]) };
  const access = normaliseAccess(options.access ?? []);
  if (access.length > 0) config.access = access;
  if (options.share === true) config.share = true;
  if (options.audit === true) config.audit = true;
  if (options.trustedPages === true) config.trustedPages = true;
  if (options.session !== void 0) {
    validateSession(options.session);
    config.session = { lifetime: options.session.lifetime, keyId: options.session.keyId };
  }
  versionsAgree(config.users);
  if (options.tokens !== void 0 && options.tokens.length > 0) {
    config.tokens = buildEdgeTokens(options.scope, options.tokens);
  }
  if (options.previews !== void 0) config.previews = checkedPreviews(options.previews);
  return config;
}
function renderEdgeCode(config) {
  validateRealm(config.realm);
  const users = sortUsers(
    config.users.map((u) => {
      validateUser(u.user);
      decode(u.salt, SALT_BYTES, "salt", u.user);
      decode(u.hash, HASH_BYTES, "hash", u.user);
      if (u.expires !== void 0) validateExpires(u.expires, u.user);
      if (u.cv !== void 0) validateVersion(u.cv, u.user);
      const entry = { user: u.user, salt: u.salt, hash: u.hash };
      if (u.expires !== void 0) entry.expires = u.expires;
      if (u.cv !== void 0) entry.cv = u.cv;
      return entry;
    })
  );
  versionsAgree(users);
  if (config.session !== void 0) validateSession(config.session);
  const access = normaliseAccess(config.access ?? []);
  const names = new Set(users.map((u) => u.user));
  for (const rule of access) {
    for (const user of rule.users) {
      if (user !== ANY_USER && !names.has(user)) {
        throw new Error(`edge config: access rule names user '${user}', which no user has`);
      }
    }
  }
  const content = {
    realm: config.realm,
    users,
    ...access.length > 0 ? { access } : {},
    ...config.share === true ? { share: true } : {},
    ...config.audit === true ? { audit: true } : {},
    ...config.trustedPages === true ? { trustedPages: true } : {},
    ...config.session !== void 0 ? {
      session: {
        lifetime: config.session.lifetime,
        keyId: config.session.keyId,
        secret: SESSION_SECRET_SLOT
      }
    } : {},
    ...config.tokens === void 0 ? {} : renderTokens(config.tokens),
    ...config.previews === void 0 ? {} : { previews: checkedPreviews(config.previews, names) }
  };
  const json = JSON.stringify(content).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  const parts = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error("edge handler template: expected the config placeholder exactly once");
  }
  const code = parts.join(json);
  const slots = code.split(SESSION_SECRET_SLOT).length - 1;
  if (slots !== (config.session !== void 0 ? 1 : 0)) {
    throw new Error(
      `edge config: the rendered code holds ${SESSION_SECRET_SLOT} ${slots} times (a realm or user name must not contain it)`
    );
  }
  return code;
}
function normaliseAccess(rules) {
  return rules.map((rule) => {
    const users = rule.users.map((u) => u.normalize("NFC"));
    for (const user of users) if (user !== ANY_USER) validateUser(user);
    if (users.length === 0) throw new Error("edge config: an access rule names no user");
    if (rule.globs.length === 0) throw new Error("edge config: an access rule has no glob");
    for (const glob of rule.globs) {
      const problem = globProblem(glob);
      if (problem !== void 0) {
        throw new Error(`edge config: access glob ${JSON.stringify(glob)} ${problem}`);
      }
    }
    return { users, globs: [...rule.globs] };
  });
}
var PREVIEW_DOMAIN = /^(?=.{1,240}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
function checkedPreviews(previews, known) {
  const out = { users: "*" };
  if (previews.domain !== void 0) {
    const domain = previews.domain.toLowerCase();
    if (!PREVIEW_DOMAIN.test(domain)) {
      throw new Error(
        `edge config: the preview domain ${JSON.stringify(domain)} is not a host name`
      );
    }
    out.domain = domain;
  }
  if (previews.users !== "*") {
    const users = previews.users.map((u) => u.normalize("NFC"));
    for (const user of users) {
      validateUser(user);
      if (known !== void 0 && !known.has(user)) {
        throw new Error(`edge config: previews name user '${user}', which no user has`);
      }
    }
    out.users = [...new Set(users)].sort(compareStrings);
  }
  return out;
}
function validateRealm(realm) {
  if (realm === "" || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      "edge config: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes"
    );
  }
}
function validateUser(user) {
  const problem = userNameProblem(user);
  if (problem === "is empty") throw new Error("edge config: a user name is empty");
  if (problem !== void 0) {
    throw new Error(`edge config: user name ${JSON.stringify(user)} ${problem}`);
  }
  if (user !== user.normalize("NFC")) {
    throw new Error(`edge config: user name '${user}' is not NFC-normalised`);
  }
}
function validateExpires(expires, user) {
  if (!Number.isSafeInteger(expires) || expires < 0) {
    const whose = user.startsWith("token '") ? user : `a password of user '${user}'`;
    throw new Error(
      `edge config: the expiry of ${whose} must be whole epoch seconds, got ${expires}`
    );
  }
}
function validateTokenName(name) {
  const problem = userNameProblem(name);
  if (problem !== void 0) {
    throw new Error(`edge config: token name ${JSON.stringify(name)} ${problem}`);
  }
  if (name !== name.normalize("NFC")) {
    throw new Error(`edge config: token name '${name}' is not NFC-normalised`);
  }
}
function checkGlobs(globs, whose) {
  if (globs.length === 0) throw new Error(`edge config: ${whose} has an empty \`access\``);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== void 0) {
      throw new Error(`edge config: access glob ${JSON.stringify(glob)} of ${whose} ${problem}`);
    }
  }
  return [...globs];
}
function renderTokens(tokens) {
  const digests = Object.keys(tokens.byDigest).sort(compareStrings);
  if (digests.length === 0) return {};
  const key = Buffer.from(tokens.key, "base64url");
  if (key.length !== TOKEN_KEY_BYTES || key.toString("base64url") !== tokens.key) {
    throw new Error(`edge config: the token key is not ${TOKEN_KEY_BYTES} bytes of base64url`);
  }
  const byDigest = {};
  for (const digest of digests) {
    const t = tokens.byDigest[digest];
    if (t === void 0) continue;
    if (!/^[A-Za-z0-9_-]{43}$/.test(digest)) {
      throw new Error(`edge config: the digest of token '${t.name}' is not 32 bytes of base64url`);
    }
    validateTokenName(t.name);
    const entry = { name: t.name };
    if (t.globs !== void 0) entry.globs = checkGlobs(t.globs, `token '${t.name}'`);
    if (t.expires !== void 0) {
      validateExpires(t.expires, `token '${t.name}'`);
      entry.expires = t.expires;
    }
    byDigest[digest] = entry;
  }
  return { tokens: { key: tokens.key, byDigest } };
}
function validateVersion(cv, user) {
  if (!CREDENTIAL_VERSION.test(cv)) {
    throw new Error(
      `edge config: the credential version of user '${user}' must be 1 to 22 characters of A-Z, a-z, 0-9, '_' and '-'`
    );
  }
}
function versionsAgree(users) {
  const versions = /* @__PURE__ */ new Map();
  for (const u of users) {
    if (versions.has(u.user) && versions.get(u.user) !== u.cv) {
      throw new Error(
        `edge config: the passwords of user '${u.user}' name different credential versions`
      );
    }
    versions.set(u.user, u.cv);
  }
}
function validateSession(session) {
  if (!SESSION_KEY_ID.test(session.keyId)) {
    throw new Error("edge config: the session key id must be 1 to 16 letters and digits");
  }
  const lifetime = session.lifetime;
  if (!Number.isSafeInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error(
      `edge config: the session lifetime must be whole seconds from 1 to ${MAX_SESSION_SECONDS} (30 days), got ${lifetime}`
    );
  }
}
function decode(value, bytes, what, user) {
  const buffer = BASE64URL.test(value) ? Buffer.from(value, "base64url") : Buffer.alloc(0);
  if (buffer.length !== bytes || buffer.toString("base64url") !== value) {
    throw new Error(
      `edge config: the ${what} of user '${user}' is not ${bytes} bytes of base64url`
    );
  }
  return buffer;
}
function laterExpiry(a, b) {
  if (a.expires === void 0) return a;
  if (b.expires === void 0) return b;
  return a.expires >= b.expires ? a : b;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortUsers(users) {
  return users.sort(
    (a, b) => compareStrings(a.user, b.user) || compareStrings(a.salt, b.salt) || compareStrings(a.hash, b.hash) || (a.expires ?? Number.MAX_SAFE_INTEGER) - (b.expires ?? Number.MAX_SAFE_INTEGER)
  );
}

// src/synth/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function jsonAt(value, ...path) {
  let current = value;
  for (const step of path) {
    if (typeof step === "number") {
      if (!Array.isArray(current)) return void 0;
      current = current[step];
    } else {
      if (!isJsonObject(current)) return void 0;
      current = Object.hasOwn(current, step) ? current[step] : void 0;
    }
  }
  return current;
}
function objectAt(value, ...path) {
  const found = jsonAt(value, ...path);
  if (!isJsonObject(found)) throw new Error(`expected an object at ${path.join(".")}`);
  return found;
}
function cloneJson(value) {
  return structuredClone(value);
}

// src/synth/edge-code.ts
function edgeCodeParts(code, session) {
  const parts = code.split(SESSION_SECRET_SLOT);
  const found = parts.length - 1;
  if (!session) {
    if (found !== 0) {
      throw new Error(
        `edge code: the session secret slot is in code rendered without a session (${found} time(s))`
      );
    }
    return { head: code, tail: "" };
  }
  const [head, tail] = parts;
  if (found !== 1 || head === void 0 || tail === void 0) {
    throw new Error(
      `edge code: expected the session secret slot exactly once in the rendered code, found it ${found} time(s)`
    );
  }
  return { head, tail };
}
var SECRET_REFERENCE = {
  "Fn::If": [
    "HasSessionSecret",
    {
      "Fn::Join": ["", ["{{resolve:secretsmanager:", { Ref: "SessionSecret" }, ":SecretString}}"]]
    },
    ""
  ]
};
function isEdgeZipFile(zipFile, parts) {
  return JSON.stringify(zipFile) === JSON.stringify({ "Fn::Join": ["", [parts.head, SECRET_REFERENCE, parts.tail]] });
}
function edgePreviews(previews) {
  if (previews === void 0) return void 0;
  const users = previews.users === void 0 || previews.users === "*" ? "*" : [...previews.users];
  return previews.domain === void 0 ? { users } : { domain: previews.domain.toLowerCase(), users };
}

// src/synth/template.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var INTRINSICS = {
  Ref: { key: "Ref", kinds: ["scalar"] },
  Condition: { key: "Condition", kinds: ["scalar"] },
  GetAtt: { key: "Fn::GetAtt", kinds: ["scalar", "seq"], items: [2, 2] },
  Sub: { key: "Fn::Sub", kinds: ["scalar", "seq"], items: [1, 2] },
  Join: { key: "Fn::Join", kinds: ["seq"], items: [2, 2] },
  Select: { key: "Fn::Select", kinds: ["seq"], items: [2, 2] },
  Split: { key: "Fn::Split", kinds: ["seq"], items: [2, 2] },
  If: { key: "Fn::If", kinds: ["seq"], items: [3, 3] },
  Equals: { key: "Fn::Equals", kinds: ["seq"], items: [2, 2] },
  Not: { key: "Fn::Not", kinds: ["seq"], items: [1, 1] },
  And: { key: "Fn::And", kinds: ["seq"], items: [2, 10] },
  Or: { key: "Fn::Or", kinds: ["seq"], items: [2, 10] },
  FindInMap: { key: "Fn::FindInMap", kinds: ["seq"], items: [3, 4] },
  Base64: { key: "Fn::Base64", kinds: ["scalar", "map"] },
  Cidr: { key: "Fn::Cidr", kinds: ["seq"], items: [3, 3] },
  ImportValue: { key: "Fn::ImportValue", kinds: ["scalar", "map"] },
  GetAZs: { key: "Fn::GetAZs", kinds: ["scalar", "map"] }
};
function customTags() {
  const tags = [];
  for (const name of Object.keys(INTRINSICS)) {
    const tag = `!${name}`;
    tags.push({ tag, resolve: (value) => value });
    tags.push({ tag, collection: "seq" });
    tags.push({ tag, collection: "map" });
  }
  return tags;
}
function parseTemplate(text, source) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: customTags(),
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true
  });
  const problems = [...doc.errors, ...doc.warnings];
  const first = problems[0];
  if (first !== void 0) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new Error(`${source}:${line}:${col}: ${first.message}`);
  }
  const where = (node) => {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${source}:${line}:${col}`;
  };
  const convert = (node) => {
    if (node === null || node === void 0) return null;
    if (isAlias(node)) {
      throw new Error(
        `${where(node)}: YAML aliases (*${node.source}) are not supported by CloudFormation`
      );
    }
    if (isScalar(node)) {
      const value = node.value;
      let json;
      if (value === null || typeof value === "string" || typeof value === "boolean") json = value;
      else if (typeof value === "number" && Number.isFinite(value)) json = value;
      else throw new Error(`${where(node)}: unsupported scalar ${String(node.source)}`);
      return node.tag === void 0 ? json : intrinsic(node.tag, "scalar", json, where(node));
    }
    if (isSeq(node)) {
      const json = node.items.map((item) => convert(item));
      return node.tag === void 0 ? json : intrinsic(node.tag, "seq", json, where(node));
    }
    if (isMap(node)) {
      const json = {};
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== "string" && typeof key.value !== "number") {
          throw new Error(`${where(node)}: mapping keys must be plain strings`);
        }
        const name = String(key.value);
        if (name === "__proto__") throw new Error(`${where(key)}: '__proto__' is not a valid key`);
        json[name] = convert(pair.value);
      }
      return node.tag === void 0 ? json : intrinsic(node.tag, "map", json, where(node));
    }
    throw new Error(`${source}: unexpected YAML node`);
  };
  const template = convert(doc.contents);
  if (!isJsonObject(template)) throw new Error(`${source}: a template must be a mapping`);
  if (!isJsonObject(template.Resources)) {
    throw new Error(`${source}: a template needs a 'Resources' mapping`);
  }
  return template;
}
function intrinsic(tag, kind, value, where) {
  if (tag.startsWith("tag:yaml.org,2002:")) return value;
  const name = tag.startsWith("!") ? tag.slice(1) : tag;
  const fn = Object.hasOwn(INTRINSICS, name) ? INTRINSICS[name] : void 0;
  if (fn === void 0) throw new Error(`${where}: unknown tag ${tag}`);
  if (!fn.kinds.includes(kind)) {
    throw new Error(`${where}: ${tag} takes ${fn.kinds.join(" or ")}, not a ${kind}`);
  }
  if (name === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    if (dot <= 0 || dot === value.length - 1) {
      throw new Error(`${where}: !GetAtt expects 'Resource.Attribute', got '${value}'`);
    }
    return { [fn.key]: [value.slice(0, dot), value.slice(dot + 1)] };
  }
  if ((name === "Ref" || name === "Condition") && (typeof value !== "string" || value === "")) {
    throw new Error(`${where}: ${tag} expects a name`);
  }
  if (Array.isArray(value) && fn.items !== void 0) {
    const [min, max] = fn.items;
    if (value.length < min || value.length > max) {
      const expected = min === max ? `${min}` : `${min} to ${max}`;
      throw new Error(`${where}: ${tag} expects a list of ${expected} items, got ${value.length}`);
    }
  }
  return { [fn.key]: value };
}
function loadTemplate(path) {
  return parseTemplate((0, import_node_fs.readFileSync)(path, "utf8"), path);
}

// src/synth/templates.generated.ts
var EMBEDDED_TEMPLATES = {
  "bootstrap.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist bootstrap (deployed once per site, by an administrator, in any region): the\n  GitHub OIDC provider, a least-privilege role that one repository's workflow assumes to deploy,\n  sync, invalidate and rotate passwords of one secure-dist site, and the CloudFormation service\n  role that creates that site's resources.\n\nParameters:\n  GitHubOrg:\n    Type: String\n    Description: Owner (organization or user) of the repository, spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$'\n  RepositoryName:\n    Type: String\n    Description: Repository name (without the owner), spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$'\n  Branch:\n    Type: String\n    Default: main\n    Description: Branch whose workflows may deploy (empty = none; then set Environment)\n    AllowedPattern: '^[^*?\\s]*$'\n  Environment:\n    Type: String\n    Default: ''\n    Description: GitHub environment whose jobs may deploy (empty = none)\n    AllowedPattern: '^[^*?]*$'\n  OwnerId:\n    Type: String\n    Default: ''\n    Description: >-\n      Numeric id of the owner, for the immutable `sub` claim (repositories created after\n      2026-07-15, or opted in). `gh api repos/OWNER/REPO --jq .owner.id`\n    AllowedPattern: '^[0-9]*$'\n  RepositoryId:\n    Type: String\n    Default: ''\n    Description: Numeric id of the repository, for the immutable `sub` claim. `gh api repos/OWNER/REPO --jq .id`\n    AllowedPattern: '^[0-9]*$'\n  AcceptClassicSubject:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also accept the classic, name-based `sub` (repo:OWNER/REPO:...). Set to false once the\n      repository emits the immutable form, so a recycled name can never match.\n  ExistingOidcProviderArn:\n    Type: String\n    Default: ''\n    Description: ARN of an existing token.actions.githubusercontent.com provider (an account has at most one); empty = create it\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$'\n  StackName:\n    Type: String\n    Default: secure-dist\n    Description: >-\n      The action's `stack-name`: the role may manage only `<StackName>-edge` (us-east-1) and\n      `<StackName>-site` (SiteRegion). Lower case, because generated bucket names are.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 30\n  AllowPullRequestPlans:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a plan role that pull-request workflows of the repository may assume, for\n      `command: plan`: it can read the stacks, create, describe and delete change sets (never\n      execute one) and list the bucket. It cannot read the users secret.\n  AllowPullRequestPreviews:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a preview role for `command: preview` and `preview-cleanup` (pull requests; the\n      scheduled cleanup on Branch or Environment): it can write, read and delete only the\n      bucket's `_previews/` keys, invalidate the site and read the site stack's outputs.\n  SiteRegion:\n    Type: String\n    Default: eu-central-1\n    Description: The action's `region` (region of the bucket and the site stack)\n    AllowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$'\n  AllowedWorkflows:\n    Type: String\n    Default: ''\n    Description: >-\n      Comma-separated workflow files of the repository that may assume the deploy role, such as\n      `.github/workflows/publish.yml,.github/workflows/rotate.yml` (checked against the OIDC\n      token's job_workflow_ref claim). Empty = any workflow on the trusted branch or environment.\n    AllowedPattern: '^$|^\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml(,\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)*$'\n    ConstraintDescription: must be empty or a comma list of .github/workflows/<file>.yml\n\n  CreateUsersStore:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Create the CloudFront KeyValueStore `<StackName>-users` that holds the users with `edge:\n      function`. No standing charge; one of the account's stores (default quota 50). 'false'\n      only for a site that will never use `edge: function`.\n\nRules:\n  BranchOrEnvironment:\n    Assertions:\n      - Assert: !Or [!Not [!Equals [!Ref Branch, '']], !Not [!Equals [!Ref Environment, '']]]\n        AssertDescription: Set Branch, Environment, or both\n  IdsTogether:\n    Assertions:\n      - Assert: !Or\n          - !And [!Equals [!Ref OwnerId, ''], !Equals [!Ref RepositoryId, '']]\n          - !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: Set both OwnerId and RepositoryId, or neither\n  SomeSubjectAccepted:\n    Assertions:\n      - Assert: !Or [!Equals [!Ref AcceptClassicSubject, 'true'], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: With AcceptClassicSubject=false, set OwnerId and RepositoryId\n\nConditions:\n  CreateOidcProvider: !Equals [!Ref ExistingOidcProviderArn, '']\n  HasBranch: !Not [!Equals [!Ref Branch, '']]\n  HasEnvironment: !Not [!Equals [!Ref Environment, '']]\n  HasImmutableIds: !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n  AcceptClassic: !Equals [!Ref AcceptClassicSubject, 'true']\n  ClassicBranch: !And [!Condition AcceptClassic, !Condition HasBranch]\n  ClassicEnvironment: !And [!Condition AcceptClassic, !Condition HasEnvironment]\n  ImmutableBranch: !And [!Condition HasImmutableIds, !Condition HasBranch]\n  ImmutableEnvironment: !And [!Condition HasImmutableIds, !Condition HasEnvironment]\n  PlanRoleWanted: !Equals [!Ref AllowPullRequestPlans, 'true']\n  ClassicPlan: !And [!Condition PlanRoleWanted, !Condition AcceptClassic]\n  ImmutablePlan: !And [!Condition PlanRoleWanted, !Condition HasImmutableIds]\n  PreviewRoleWanted: !Equals [!Ref AllowPullRequestPreviews, 'true']\n  HasAllowedWorkflows: !Not [!Equals [!Ref AllowedWorkflows, '']]\n  HasUsersStore: !Equals [!Ref CreateUsersStore, 'true']\n\nResources:\n  # IAM trusts GitHub's issuer through its certificate authorities: no thumbprint needed.\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n\n  # Permissions boundary for the only role the deploy role may create (the edge function's\n  # execution role). Without it, \"create a role under the prefix\" would be \"create any role\":\n  # the deploy role could write itself an administrator and run it as the edge function.\n  EdgeRoleBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: !Sub '${StackName}-edge-boundary'\n      Description: Ceiling for the secure-dist edge function role (logs only)\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: [logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents]\n            # Exactly the log groups of this site's function: `/aws/lambda/<name>` in us-east-1,\n            # `/aws/lambda/us-east-1.<name>` in every region that runs a replica.\n            Resource:\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request:*'\n\n  # `edge: function`: the users' KeyValueStore. Owned here, so the deploy role below is granted\n  # its exact ARN (random id) from the start and the first deploy needs no second pass. Safe:\n  # another site's store has another id, so no grant here reaches it; the site stack only\n  # associates this one with its function; the service role cannot create, change or delete any\n  # store. It outlives the site stack and goes with this one. README, \"The users' KeyValueStore\".\n  UsersStore:\n    Type: AWS::CloudFront::KeyValueStore\n    Condition: HasUsersStore\n    Properties:\n      # Unique per account (CloudFront is global): every site's store is `<its StackName>-users`.\n      Name: !Sub '${StackName}-users'\n      Comment: !Sub 'secure-dist ${StackName}: Basic auth users (edge: function)'\n\n  # ---------------------------------------------------------------------------------------------\n  # Who can reach what: docs/security.md, \"Who can reach what\". DeployRole: the two stacks' API, passing the\n  # service role, the bucket's objects, invalidations, the users' secrets and store; it changes\n  # no resource itself. CloudFormationRole: the two stacks' resources. PlanRole: change sets never\n  # executed, the listing and manifest. PreviewRole: `_previews/` keys only. Edge role: logs.\n  #\n  # Names are exact, never `<StackName>-\u2026-*` prefixes: with prefixes, site `docs` would reach the\n  # bucket, function and role of site `docs-site` (and a bucket `docs-site-backups`). Where an\n  # ARN must end in a wildcard, the character before it is one a stack name cannot contain\n  # (`:` after a function name for its versions, `/` after a web ACL name for its id), or it is\n  # Secrets Manager's fixed `-??????` suffix.\n  #\n  # Stack operations run with this service role, not with the workflow's session: a CloudFront\n  # create or rollback that outlives the OIDC credentials would otherwise fail\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html:\n  # \"If you specify a service role, CloudFormation uses that role's credentials\").\n  # ---------------------------------------------------------------------------------------------\n  CloudFormationRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${StackName}-cloudformation'\n      Description: !Sub 'secure-dist CloudFormation service role of the stacks ${StackName}-edge and ${StackName}-site'\n      # Trusted by CloudFormation only, for this account (aws:SourceAccount, where\n      # CloudFormation sets it). Not narrowed to the two stacks with aws:SourceArn: the\n      # CloudFormation service-role page documents neither key for the service principal, nor\n      # which ARN (stack or change set) it would carry, and a condition on a value of another\n      # shape would refuse every deploy. The gate that narrows it to the two stacks is\n      # iam:PassRole: only DeployRole (and the account's administrators) may pass this role,\n      # and DeployRole may use CloudFormation only on <StackName>-edge and <StackName>-site.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: cloudformation.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEqualsIfExists:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: secure-dist-stack-resources\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # The edge function's execution role, `<StackName>-edge-function` exactly. Creating\n              # it, or writing its policy or boundary, requires the boundary: without it, \"create\n              # the role\" would be \"create any role\" (an administrator run as the function).\n              - Sid: EdgeRoleCreate\n                Effect: Allow\n                Action: [iam:CreateRole, iam:PutRolePolicy, iam:PutRolePermissionsBoundary]\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PermissionsBoundary: !Ref EdgeRoleBoundary\n              - Sid: EdgeRoleManage\n                Effect: Allow\n                Action:\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - iam:ListAttachedRolePolicies\n                  - iam:ListRoleTags\n                  - iam:DeleteRolePolicy\n                  - iam:DeleteRole\n                  - iam:UpdateAssumeRolePolicy\n                  - iam:UpdateRoleDescription\n                  # Both listed by the registry schema's update handler; which it calls is\n                  # undocumented.\n                  - iam:UpdateRole\n                  - iam:TagRole\n                  - iam:UntagRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n              - Sid: EdgeRolePass\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: lambda.amazonaws.com\n              # Lambda@Edge's replicator and CloudFront's logger service-linked roles, created\n              # once per account when the first function is associated.\n              - Sid: EdgeServiceLinkedRoles\n                Effect: Allow\n                Action: iam:CreateServiceLinkedRole\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/logger.cloudfront.amazonaws.com/AWSServiceRoleForCloudFrontLogger'\n                Condition:\n                  StringEquals:\n                    iam:AWSServiceName:\n                      - replicator.lambda.amazonaws.com\n                      - logger.cloudfront.amazonaws.com\n              # The function `<StackName>-edge-viewer-request` and its numbered versions\n              # (`\u2026:N`; a function name cannot contain `:`). GetFunction and EnableReplication*\n              # are what CloudFront asks of the caller when a version is associated.\n              # GetProvisionedConcurrencyConfig: listed by AWS::Lambda::Version's read handler\n              # (registry schema); whether it is called without one is undocumented. A read.\n              - Sid: EdgeFunction\n                Effect: Allow\n                Action: [lambda:CreateFunction, lambda:DeleteFunction, lambda:GetFunction,\n                  lambda:GetFunctionConfiguration, lambda:UpdateFunctionCode,\n                  lambda:UpdateFunctionConfiguration, lambda:PublishVersion,\n                  lambda:ListVersionsByFunction, lambda:GetRuntimeManagementConfig,\n                  lambda:GetProvisionedConcurrencyConfig, lambda:GetFunctionCodeSigningConfig,\n                  lambda:GetFunctionRecursionConfig, lambda:ListTags, lambda:TagResource,\n                  lambda:UntagResource, lambda:EnableReplication*, lambda:DisableReplication*]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n              # The site bucket, by its exact name `<StackName>-site-<account>-<SiteRegion>`.\n              # CloudFormation applies the stack's tags to it (PutBucketTagging).\n              - Sid: SiteBucket\n                Effect: Allow\n                Action: [s3:CreateBucket, s3:DeleteBucket, s3:ListBucket, s3:GetBucket*,\n                  s3:GetEncryptionConfiguration, s3:GetLifecycleConfiguration,\n                  s3:GetReplicationConfiguration, s3:GetAccelerateConfiguration,\n                  s3:GetAnalyticsConfiguration, s3:GetInventoryConfiguration,\n                  s3:GetMetricsConfiguration, s3:GetIntelligentTieringConfiguration,\n                  s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketPublicAccessBlock,\n                  s3:PutBucketOwnershipControls, s3:PutEncryptionConfiguration, s3:PutBucketTagging]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # The distribution (random id), by its `secure-dist-site` = <StackName> tag: CloudFront\n              # takes aws:ResourceTag on distribution actions, aws:RequestTag on CreateDistribution\n              # and TagResource (Service Authorization Reference, CloudFront). Why these four\n              # statements reach no other site's distribution: README, \"The distribution's tag\".\n              - Sid: DistributionCreate\n                Effect: Allow\n                Action: cloudfront:CreateDistribution\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionTagNew\n                Effect: Allow\n                Action: cloudfront:TagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n                  'Null':\n                    aws:ResourceTag/secure-dist-site: 'true'\n              - Sid: DistributionTags\n                Effect: Allow\n                Action:\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionManage\n                Effect: Allow\n                Action: [cloudfront:GetDistribution, cloudfront:GetDistributionConfig,\n                  cloudfront:UpdateDistribution, cloudfront:DeleteDistribution,\n                  cloudfront:ListTagsForResource]\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # OAC, response headers and cache policies: NOT narrowed (random ids, no tags, no\n              # condition keys: templates-spec.test.ts, Service Authorization Reference). Only\n              # CloudFormation assumes this role, for these two stacks, and changes only what its\n              # stack created; the workflow roles have none of these actions and may not import.\n              - Sid: DistributionPolicies\n                Effect: Allow\n                Action: [cloudfront:CreateOriginAccessControl, cloudfront:GetOriginAccessControl,\n                  cloudfront:GetOriginAccessControlConfig, cloudfront:UpdateOriginAccessControl,\n                  cloudfront:DeleteOriginAccessControl, cloudfront:GetResponseHeadersPolicy,\n                  cloudfront:GetResponseHeadersPolicyConfig, cloudfront:UpdateResponseHeadersPolicy,\n                  cloudfront:DeleteResponseHeadersPolicy, cloudfront:GetCachePolicy,\n                  cloudfront:GetCachePolicyConfig, cloudfront:UpdateCachePolicy,\n                  cloudfront:DeleteCachePolicy]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/*'\n              # CloudFront's creates have NO resource type (nor CreateDistribution,\n              # CreatePublicKey, CreateKeyGroup): IAM evaluates them on `*`\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html,\n              # iam-data 0.21.202609261). A create names no existing resource.\n              # CreateOriginAccessControl keeps `origin-access-control/*` (AccessDenied shows it).\n              - Sid: CloudFrontCreates\n                Effect: Allow\n                Action: [cloudfront:CreateFunction, cloudfront:CreateCachePolicy,\n                  cloudfront:CreateResponseHeadersPolicy, cloudfront:CreateOriginAccessControl]\n                Resource: '*'\n              # The users secret `<StackName>/basic-auth` (us-east-1). Secrets Manager appends\n              # `-` and six random characters to the name in the ARN: `-??????` matches exactly\n              # that secret, where `*` would also match `<StackName>/basic-authority`.\n              # CloudFormation never reads its value.\n              - Sid: UsersSecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:PutSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # The session secret `<StackName>/session-key` (us-east-1) of `login: form` (issue 23,\n              # edge.yaml SessionSecret), this site's exactly (`-??????` as above). Created with\n              # GenerateSecretString (RandomPassword below), deleted with the stack or on a switch\n              # to `login: basic`. GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:\u2026}}` reference in the edge function's code with this\n              # role: an execution role without it fails with \"AWSCloudFormation is not authorized\n              # to perform: secretsmanager:GetSecretValue\"\n              # (aws-samples/cdk-assume-role-credential-plugin#49), and \"you must have permission\n              # to call GetSecretValue for the secret\" (CloudFormation User Guide,\n              # dynamic-references-secretsmanager.html, \"Permissions\"). No write of its value:\n              # neither CloudFormation nor the action ever sets it. The deploy role gets nothing\n              # on it: the action never reads it.\n              - Sid: SessionSecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/session-key-??????'\n              # Share links: the site stack's public keys and key group. No public-key or\n              # key-group action has a resource type (list_amazoncloudfront above): `*`. Only\n              # CloudFormation assumes this role and changes only its stack's keys; a public key\n              # can be replaced or deleted, never read as a secret or used to sign.\n              - Sid: ShareKeys\n                Effect: Allow\n                Action: [cloudfront:CreatePublicKey, cloudfront:GetPublicKey,\n                  cloudfront:GetPublicKeyConfig, cloudfront:UpdatePublicKey,\n                  cloudfront:DeletePublicKey, cloudfront:ListPublicKeys, cloudfront:CreateKeyGroup,\n                  cloudfront:GetKeyGroup, cloudfront:GetKeyGroupConfig, cloudfront:UpdateKeyGroup,\n                  cloudfront:DeleteKeyGroup, cloudfront:ListKeyGroups]\n                Resource: '*'\n              # The edge stack's web ACL `<StackName>-edge-rate-limit` (CLOUDFRONT scope:\n              # us-east-1, `global/webacl/<name>/<id>`), attached through the distribution's\n              # WebACLId; the caller needs GetWebACL and AssociateWebACL on it\n              # (https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html).\n              - Sid: RateLimitWebAcl\n                Effect: Allow\n                Action: [wafv2:CreateWebACL, wafv2:GetWebACL, wafv2:UpdateWebACL,\n                  wafv2:DeleteWebACL, wafv2:AssociateWebACL, wafv2:ListTagsForResource,\n                  wafv2:TagResource, wafv2:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # `edge: function` (issue 14): the site stack's CloudFront Functions by exact name\n              # (`function/<name>`, Service Authorization Reference), associated by\n              # UpdateDistribution above. The stack's tags propagate to them.\n              - Sid: ViewerFunction\n                Effect: Allow\n                Action: [cloudfront:DescribeFunction, cloudfront:GetFunction,\n                  cloudfront:UpdateFunction, cloudfront:PublishFunction, cloudfront:DeleteFunction,\n                  cloudfront:TagResource, cloudfront:UntagResource, cloudfront:ListTagsForResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-response'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-login'\n              # The bootstrap's store, which the site stack associates with its function. Whether\n              # CloudFront checks the caller on the store then is undocumented: a read of exactly\n              # this store, so the association cannot fail on it. No store write of any kind.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreRead\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # The site stack's secrets with `edge: function`, in SiteRegion: the pepper (created\n              # with GenerateSecretString; GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:\u2026}}` reference in the function's code with this role)\n              # and the users secret `<StackName>/users`.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              # GenerateSecretString: a random string from Secrets Manager. GetRandomPassword has\n              # no resource type (Service Authorization Reference, Secrets Manager), so only `*`;\n              # it reads and changes no secret.\n              - Sid: RandomPassword\n                Effect: Allow\n                Action: secretsmanager:GetRandomPassword\n                Resource: '*'\n\n  DeployRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: !Sub 'secure-dist deploy role for ${GitHubOrg}/${RepositoryName} (stacks ${StackName}-edge, ${StackName}-site)'\n      MaxSessionDuration: 3600\n      # Trust: one repository, one branch and/or environment, audience sts.amazonaws.com, and\n      # (AllowedWorkflows) only the listed workflow files. Why exact ids, and how the Allow and\n      # the Deny pin job_workflow_ref: README, \"How the deploy role's trust is decided\".\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicBranch\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ClassicEnvironment\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableBranch\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableEnvironment\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n              StringLike: !If\n                - HasAllowedWorkflows\n                - token.actions.githubusercontent.com:job_workflow_ref: !Split\n                    - ','\n                    - !Join\n                      - ''\n                      - - '*/'\n                        - !Join ['@refs/*,*/', !Split [',', !Ref AllowedWorkflows]]\n                        - '@refs/*'\n                - !Ref AWS::NoValue\n          - !If\n            - HasAllowedWorkflows\n            - Effect: Deny\n              Principal:\n                Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n              Action: sts:AssumeRoleWithWebIdentity\n              Condition:\n                StringNotLike:\n                  token.actions.githubusercontent.com:job_workflow_ref: !Sub '${GitHubOrg}/${RepositoryName}/.github/workflows/*'\n            - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-deploy\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # deploy / rotate / verify-stacks: the CloudFormation API on the two stacks.\n              # Resources are created, changed and deleted by CloudFormationRole, never by this\n              # role. TagResource/UntagResource: the action tags its stacks.\n              - Sid: Stacks\n                Effect: Allow\n                Action: [cloudformation:CreateChangeSet, cloudformation:DescribeChangeSet,\n                  cloudformation:ExecuteChangeSet, cloudformation:DeleteChangeSet,\n                  cloudformation:ListChangeSets, cloudformation:DescribeStacks,\n                  cloudformation:DescribeStackEvents, cloudformation:DescribeStackResource,\n                  cloudformation:DescribeStackResources, cloudformation:GetTemplate,\n                  cloudformation:DeleteStack, cloudformation:TagResource,\n                  cloudformation:UntagResource, cloudformation:DetectStackDrift,\n                  cloudformation:DetectStackResourceDrift,\n                  cloudformation:DescribeStackResourceDrifts]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              # DescribeStackDriftDetectionStatus takes a detection id, not a stack: the Service\n              # Authorization Reference lists no resource type for it, so it cannot be scoped\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html).\n              # It reads a status, nothing of a stack.\n              - Sid: DriftStatus\n                Effect: Allow\n                Action: cloudformation:DescribeStackDriftDetectionStatus\n                Resource: '*'\n              # No stack IMPORT: a change set of type IMPORT could adopt a resource into these\n              # stacks and put it under the service role. cloudformation:ImportResourceTypes\n              # (\"the template resource types ... in an import\", Service Authorization\n              # Reference, CloudFormation) is present only on imports. Whether it is also set\n              # for ImportExistingResources=true is not documented; that path is closed anyway\n              # for other sites' resources, because importing reads the resource with the\n              # service role, which can read only this site's names.\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              # The one service role, to CloudFormation only (RoleARN of CreateChangeSet and of\n              # DeleteStack).\n              - Sid: PassServiceRole\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !GetAtt CloudFormationRole.Arn\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: cloudformation.amazonaws.com\n              # sync: content-addressed uploads, deletes, metadata updates (copy in place), in\n              # the exact bucket.\n              - Sid: SiteObjects\n                Effect: Allow\n                Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload,\n                  s3:ListMultipartUploadParts]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/*'\n              - Sid: SiteBucketList\n                Effect: Allow\n                Action:\n                  - s3:ListBucket\n                  - s3:ListBucketMultipartUploads\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # Invalidations of this site's distribution only: CloudFront authorizes\n              # CreateInvalidation/GetInvalidation on the distribution resource, whose condition\n              # key is aws:ResourceTag (Service Authorization Reference, CloudFront).\n              - Sid: Invalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # The users secret: deploy checks it (DescribeSecret before creating the edge\n              # stack) and reads it, rotate writes new versions. Created and deleted only by the\n              # edge stack (CloudFormationRole).\n              - Sid: UsersSecret\n                Effect: Allow\n                Action: [secretsmanager:DescribeSecret, secretsmanager:GetSecretValue,\n                  secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # Share links: the signing keys `<StackName>/share-key` in the site's region. The\n              # action creates the secret on the first deploy with `share-links: true`, reads it\n              # (deploy, rotate, share) and writes new versions (key rotation). `-??????` is\n              # Secrets Manager's suffix: exactly this secret. No delete, no policy changes.\n              - Sid: ShareKeySecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DescribeSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/share-key-??????'\n              # `edge: function`: deploy reads the pepper (to hash the users it writes to the\n              # store) and the users secret `<StackName>/users`; rotate writes the latter. Both\n              # in SiteRegion, created by the site stack.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action: [secretsmanager:DescribeSecret, secretsmanager:GetSecretValue,\n                  secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              - Sid: FunctionPepper\n                Effect: Allow\n                Action: secretsmanager:GetSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n              # `edge: function`: this bootstrap's store only. Found by name (CloudFront's\n              # DescribeKeyValueStore, on both ARN forms: README, \"The users' KeyValueStore\"),\n              # then its ETag, keys and ETag-guarded UpdateKeys. The KeyValueStore API has no\n              # condition keys (Service Authorization Reference): the exact ARN is the only scope.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreLookup\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource:\n                    - !GetAtt UsersStore.Arn\n                    - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:key-value-store/${StackName}-users'\n                - !Ref AWS::NoValue\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreKeys\n                  Effect: Allow\n                  Action: [cloudfront-keyvaluestore:DescribeKeyValueStore,\n                    cloudfront-keyvaluestore:ListKeys, cloudfront-keyvaluestore:UpdateKeys]\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # verify-stacks (drift detection). Which credentials CloudFormation reads the\n              # live resources with is not stated in the drift pages of the CloudFormation User\n              # Guide; other tools report the caller's. So the caller may READ exactly this\n              # site's resources (nothing it could not already learn from the stacks).\n              - Sid: DriftReads\n                Effect: Allow\n                Action: [lambda:GetFunction, lambda:GetFunctionConfiguration, iam:GetRole,\n                  iam:GetRolePolicy, iam:ListRolePolicies, s3:GetBucketPolicy,\n                  s3:GetBucketPublicAccessBlock, s3:GetBucketOwnershipControls,\n                  s3:GetEncryptionConfiguration, wafv2:GetWebACL]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                  - !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # Edge function logs (audit trail, issue 12). Lambda@Edge replicas log to\n              # /aws/lambda/us-east-1.<function> in the region that served the request (CloudFront\n              # Developer Guide, \"Edge function logs\"). deploy sets their retention\n              # (audit-retention-days); `command: audit` reads them. Only this site's group, in\n              # any region: no write to the events, no other group's content.\n              - Sid: EdgeLogs\n                Effect: Allow\n                Action:\n                  - logs:PutRetentionPolicy\n                  - logs:FilterLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              # DescribeLogGroups has NO resource type in the Service Authorization Reference\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html,\n              # iam-data 0.21.202609261): IAM evaluates it on `*` (`log-group:*` kept for the\n              # older reading). It lists the account's log groups: names and settings, never an\n              # event; deploy uses it to find the group per region.\n              - Sid: EdgeLogGroupsList\n                Effect: Allow\n                Action: logs:DescribeLogGroups\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:*'\n              - Sid: DriftReadsDistribution\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n\n  # `command: plan` on pull requests: a pull request's workflow runs code from its branch, so\n  # it gets its own role that can look but not change: change sets are created, described and\n  # deleted, never executed; the bucket is listed and the sync's manifest read. No secret, and\n  # no GetTemplate: the edge stack's template carries the salted password hashes, and plan\n  # renders the edge stack with stand-in hashes instead (issue 15 #4).\n  PlanRole:\n    Type: AWS::IAM::Role\n    Condition: PlanRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist plan role for pull requests of ${GitHubOrg}/${RepositoryName} (read-only)'\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicPlan\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutablePlan\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request'\n                    - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-plan\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # CreateChangeSet carries the stack tags; before the first deploy it creates the\n              # stack (REVIEW_IN_PROGRESS) with them. The Service Authorization Reference lists\n              # aws:RequestTag/aws:TagKeys on CreateChangeSet\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html)\n              # but neither it nor the CreateChangeSet API page says whether\n              # cloudformation:TagResource is evaluated as well (it is for TagResource calls).\n              # Granted on these two stacks only, so a plan never fails on it: it can tag a stack\n              # of this site and nothing else, and changes no resource.\n              - Sid: ChangeSetsOnly\n                Effect: Allow\n                Action: [cloudformation:CreateChangeSet, cloudformation:DescribeChangeSet,\n                  cloudformation:DeleteChangeSet, cloudformation:ListChangeSets,\n                  cloudformation:DescribeStacks, cloudformation:DescribeStackEvents,\n                  cloudformation:TagResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              - Sid: ListSiteBucket\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              - Sid: ReadManifest\n                Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/.secure-dist/*'\n\n  # `command: preview` / `preview-cleanup` (issue 25): pull requests run their own code, so\n  # this role reaches only `_previews/` keys, invalidations and the site stack's outputs: no\n  # secret, store, stack change, site key or `.secure-dist/*`. A token's `sub` names no pull\n  # request, so any pull request of the repository may write any preview.\n  PreviewRole:\n    Type: AWS::IAM::Role\n    Condition: PreviewRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist preview role for pull requests of ${GitHubOrg}/${RepositoryName} (_previews/ only)'\n      MaxSessionDuration: 3600\n      # Pull requests of this repository (forks get no token: docs/previews.md, \"Forks\"), and,\n      # for the scheduled cleanup, what the deploy role trusts (Branch, Environment): jobs\n      # that may already deploy.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If [AcceptClassic, !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request', !Ref AWS::NoValue]\n                  - !If [HasImmutableIds, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request', !Ref AWS::NoValue]\n                  - !If [ClassicBranch, !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}', !Ref AWS::NoValue]\n                  - !If [ClassicEnvironment, !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}', !Ref AWS::NoValue]\n                  - !If [ImmutableBranch, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}', !Ref AWS::NoValue]\n                  - !If [ImmutableEnvironment, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}', !Ref AWS::NoValue]\n      Policies:\n        - PolicyName: secure-dist-preview\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # `_previews/` is literal before the one `*`, so no root key (`index.html`,\n              # `.secure-dist/manifest.json`) can match. GetObject: the preview's own manifest.\n              - Sid: PreviewObjects\n                Effect: Allow\n                Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload,\n                  s3:ListMultipartUploadParts]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/_previews/*'\n              # Listing only under `_previews/`: s3:prefix is the request's Prefix, and a\n              # request without one does not match (S3 User Guide, \"Examples of Amazon S3\n              # condition keys\", https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html).\n              - Sid: PreviewList\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                Condition:\n                  StringLike:\n                    s3:prefix: _previews/*\n              # The distribution has a random id and does not exist at bootstrap time: scoped by\n              # its tag, as DeployRole's Invalidate. IAM cannot limit the paths.\n              - Sid: PreviewInvalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              - Sid: SiteStackOutputs\n                Effect: Allow\n                Action: cloudformation:DescribeStacks\n                Resource: !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n\nOutputs:\n  DeployRoleArn:\n    Description: The action's `role-to-assume`\n    Value: !GetAtt DeployRole.Arn\n  OidcProviderArn:\n    Description: The GitHub OIDC provider the role trusts\n    Value: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n  EdgeRoleBoundaryArn:\n    Description: Permissions boundary the edge stack's role must carry (edge parameter PermissionsBoundaryArn)\n    Value: !Ref EdgeRoleBoundary\n  CloudFormationRoleArn:\n    Description: The CloudFormation service role of the two stacks (the action's `cloudformation-role`, found by `auto`)\n    Value: !GetAtt CloudFormationRole.Arn\n  UsersStoreArn:\n    Condition: HasUsersStore\n    Description: 'The KeyValueStore of the users with `edge: function` (deploy finds it by its name)'\n    Value: !GetAtt UsersStore.Arn\n  PlanRoleArn:\n    Condition: PlanRoleWanted\n    Description: The plan workflow's `role-to-assume` (pull requests, read-only)\n    Value: !GetAtt PlanRole.Arn\n  PreviewRoleArn:\n    Condition: PreviewRoleWanted\n    Description: The preview workflow's `role-to-assume` (_previews/ keys only)\n    Value: !GetAtt PreviewRole.Arn\n",
  "edge.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist edge stack (us-east-1): the Lambda@Edge viewer-request function that answers\n  401 without valid Basic credentials, a numbered version of it for CloudFront, and (when the\n  users live in AWS) the Secrets Manager secret that holds them.\n\n# This file is a template for `synth`, not something to deploy by hand: the @@...@@ tokens are\n# filled in by src/synth (the rendered function source with its configuration, cut where the\n# session secret goes, the Lambda runtime, and the SHA-256 of the source). A rendered template\n# never contains them.\n\nParameters:\n  PermissionsBoundaryArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Permissions boundary of the execution role; required when deploying with the bootstrap\n      role (its output EdgeRoleBoundaryArn). Empty = none.\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]+$'\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-edge`); the users secret is named\n      `<SiteName>/basic-auth`.\n    AllowedPattern: '^[A-Za-z][A-Za-z0-9-]*$'\n    MaxLength: 44\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' when `basic-auth-users` is empty: the users and their passwords live in the secret\n      `<SiteName>/basic-auth`, which this stack owns. 'false': they come from `basic-auth-users`\n      and there is no secret; turning this from 'true' to 'false' (or deleting the stack)\n      deletes the secret, without a recovery window, as CloudFormation deletes secrets.\n\n  # Issue 14: with `edge: function` this stack holds only what CloudFront needs in us-east-1, the\n  # rate-limiting web ACL (the function, its store and secrets live in the site stack); without\n  # `rate-limit` the action deletes this stack instead.\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The action's `edge`; `function` leaves out the Lambda@Edge function, role and users secret.\n\n  # Issue 23: `login: form` (the site file's `login`) with `edge: lambda` gets the session\n  # secret below; its value reaches the function code only through a dynamic reference.\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: the stack creates the session secret `<SiteName>/session-key`\n      and the function code gets it by a dynamic reference. 'false' (`login: basic`): neither.\n\n  RateLimit:\n    Type: Number\n    Default: 0\n    MinValue: 0\n    MaxValue: 2000000000\n    Description: >-\n      Requests per 5 minutes one IP address may send before AWS WAF blocks it (the action's\n      `rate-limit`): a web ACL `<stack>-rate-limit` with one rate-based rule, for the site stack\n      to attach to the distribution (output WebAclArn). 0 = no web ACL. WAF's lowest limit is 10.\n\nConditions:\n  HasPermissionsBoundary: !Not [!Equals [!Ref PermissionsBoundaryArn, '']]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  HasUsersSecret: !And [!Condition UseLambda, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasRateLimit: !Not [!Equals [!Ref RateLimit, 0]]\n  HasSessionSecret: !And [!Condition UseLambda, !Equals [!Ref LoginForm, 'true']]\n\nResources:\n  # Execution role. Lambda@Edge needs both service principals: `lambda` runs the function in\n  # us-east-1, `edgelambda` runs the replicas at the edge. The function only writes logs:\n  # replicas log to `/aws/lambda/us-east-1.<function>` in the region that served the request.\n  EdgeFunctionRole:\n    Type: AWS::IAM::Role\n    Condition: UseLambda\n    Properties:\n      # An exact name, so the bootstrap's service role can be granted this one role and no other\n      # site's (`<site>-edge-function`).\n      RoleName: !Sub '${AWS::StackName}-function'\n      Description: !Sub 'Execution role of the ${AWS::StackName} viewer-request function (logs only)'\n      PermissionsBoundary: !If [HasPermissionsBoundary, !Ref PermissionsBoundaryArn, !Ref AWS::NoValue]\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service:\n                - lambda.amazonaws.com\n                - edgelambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogGroup\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*'\n\n  # The function. Viewer triggers allow at most 128 MB and 5 s; Lambda@Edge has no\n  # environment variables, layers or arm64, so the configuration is baked into the code.\n  # Inline `ZipFile` source becomes `index.js` (CommonJS), hence `index.handler`.\n  # With `login: form` the code is cut where the session secret goes (`@@SESSION_SECRET@@` in\n  # the rendered code, inside a string literal) and the two halves go around a dynamic\n  # reference to SessionSecret, as site.yaml's ViewerFunction gets its pepper: \"The\n  # secretsmanager dynamic reference can be used in all resource properties\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html);\n  # Fn::Join's list may hold Fn::If and Fn::Join (\"Supported functions\",\n  # https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-join.html).\n  # With `login: basic` the tail is empty and the Fn::If adds nothing: the code is the head.\n  EdgeFunction:\n    Type: AWS::Lambda::Function\n    Condition: UseLambda\n    Properties:\n      FunctionName: !Sub '${AWS::StackName}-viewer-request'\n      Description: secure-dist Basic authentication (viewer-request)\n      Runtime: '@@EDGE_RUNTIME@@'\n      Handler: index.handler\n      Architectures:\n        - x86_64\n      MemorySize: 128\n      Timeout: 5\n      Role: !GetAtt EdgeFunctionRole.Arn\n      Code:\n        ZipFile: !Join\n          - ''\n          - - '@@EDGE_CODE_HEAD@@'\n            - !If\n              - HasSessionSecret\n              - !Join ['', ['{{resolve:secretsmanager:', !Ref SessionSecret, ':SecretString}}']]\n              - ''\n            - '@@EDGE_CODE_TAIL@@'\n\n  # CloudFront needs a numbered version. Its Description carries the runtime and the SHA-256\n  # of the code; a changed Description replaces the version, so new code => new version, same\n  # code => no change at all. The hash is of the code as rendered, before the dynamic\n  # reference is resolved (the session key id is in it, so `end-sessions: all` makes a new\n  # version; the session secret's value is not, and never changes: see SessionSecret). Replicas of a version outlive its association by hours, so the\n  # old version is kept on replace and on delete (otherwise updates and deletes fail).\n  EdgeFunctionVersion:\n    Type: AWS::Lambda::Version\n    Condition: UseLambda\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      FunctionName: !Ref EdgeFunction\n      Description: 'secure-dist viewer-request @@EDGE_RUNTIME@@ sha256:@@EDGE_CODE_SHA256@@'\n\n  # The users and their passwords when `basic-auth-users` is empty: the source of truth that\n  # `command: rotate` writes (PutSecretValue, the previous version kept as AWSPREVIOUS) and\n  # `deploy` reads. The initial value is a static, empty list, never a password: CloudFormation\n  # only writes the value when SecretString itself changes in the template, so later updates\n  # of this stack leave the users the action stored alone. Do not change SecretString.\n  # Encrypted with the account's aws/secretsmanager key; no rotation Lambda (the action rotates).\n  # Kept when the stack stops owning it (a switch to `basic-auth-users`) or is deleted:\n  # CloudFormation would delete a secret at once, with no recovery window, and the passwords\n  # with it. But not kept when the stack operation that created it rolls back: it holds only\n  # the static empty list then, and a leftover would make every retry fail with \"already\n  # exists\". That is RetainExceptOnCreate: \"behaves like Retain for stack operations, except\n  # for the stack operation that initially created the resource. If the stack operation that\n  # created the resource is rolled back, CloudFormation deletes the resource\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).\n  # UpdateReplacePolicy has no such value; Retain keeps a replaced secret.\n  # A retained secret is adopted again by deleting it or importing it into the stack.\n  UsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/basic-auth'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName}, written by the action's `command: rotate`\n        and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # Issue 23: the per-site session secret of `login: form` (docs/design-sessions.md (a)): the\n  # edge derives its cookie MAC key as HMAC-SHA-256(secret, label + key id), so a cookie of one\n  # site is useless on another. Generated by Secrets Manager (43 letters and digits, 256 bits),\n  # never in a template, parameter, output or log: the function code gets it by the dynamic\n  # reference above (\"the secret value may show up in the service whose resource it's being\n  # used in\" -- the function's code, readable with lambda:GetFunction, as the pepper is).\n  # CloudFormation never regenerates an unchanged secret, so a deploy keeps every session; a\n  # rotation ends sessions by a new key id in the code, not by a new secret.\n  # Deleted, not retained, with the stack or when `login: basic` conditions it out: Delete\n  # (the default) means \"CloudFormation deletes the resource and all its content if applicable\n  # during stack deletion\", and the attribute \"also applies to update operations that lead to\n  # resources being removed\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html);\n  # CloudFormation deletes a secret with no recovery window (see UsersSecret). It holds nothing\n  # anyone needs: a new one only ends every session (acceptable: signing in again), while a\n  # retained one would make the next create fail with \"already exists\" (the name is fixed).\n  # The same holds on replace.\n  # If the secret ever leaks: delete it from the stack's view by deploying once with\n  # `login: basic`, then again with `login: form` (a new secret, every session ends).\n  SessionSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasSessionSecret\n    DeletionPolicy: Delete\n    UpdateReplacePolicy: Delete\n    Properties:\n      Name: !Sub '${SiteName}/session-key'\n      Description: !Sub 'secure-dist ${SiteName}: key of the sign-in session cookies (login: form)'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # Issue 15 #5: a wrong password costs one scrypt run (~4 ms of CPU) at the edge, a missing one\n  # microseconds, so a flood of forged credentials would exhaust the Lambda concurrency of the\n  # regions it hits (and starve the account's other functions). A rate-based rule blocks an IP\n  # address that sends more than RateLimit requests in 5 minutes, before the function runs.\n  # Scope CLOUDFRONT web ACLs must be created in us-east-1, which is where this stack lives\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html).\n  # WAF's lowest limit is 10, windows are 60/120/300/600 s, 300 s is the default\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html).\n  RateLimitWebAcl:\n    Type: AWS::WAFv2::WebACL\n    Condition: HasRateLimit\n    Properties:\n      Name: !Sub '${AWS::StackName}-rate-limit'\n      Description: !Sub 'secure-dist ${SiteName}: blocks one IP address above RateLimit requests per 5 minutes'\n      Scope: CLOUDFRONT\n      DefaultAction:\n        Allow: {}\n      VisibilityConfig:\n        SampledRequestsEnabled: true\n        CloudWatchMetricsEnabled: true\n        MetricName: !Sub '${AWS::StackName}-rate-limit'\n      Rules:\n        - Name: per-ip-rate-limit\n          Priority: 0\n          Action:\n            Block: {}\n          Statement:\n            RateBasedStatement:\n              Limit: !Ref RateLimit\n              EvaluationWindowSec: 300\n              AggregateKeyType: IP\n          VisibilityConfig:\n            SampledRequestsEnabled: true\n            CloudWatchMetricsEnabled: true\n            MetricName: !Sub '${AWS::StackName}-per-ip-rate-limit'\n\nOutputs:\n  EdgeFunctionVersionArn:\n    Condition: UseLambda\n    Description: Numbered version ARN to associate with CloudFront (viewer-request)\n    Value: !Ref EdgeFunctionVersion\n  UsersSecretArn:\n    Condition: HasUsersSecret\n    Description: ARN of the Secrets Manager secret holding the users (never its value)\n    Value: !Ref UsersSecret\n  WebAclArn:\n    Condition: HasRateLimit\n    Description: The rate-limiting web ACL, for the site stack's WebAclArn (the distribution's WebACLId)\n    Value: !GetAtt RateLimitWebAcl.Arn\n",
  "site.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist site stack: a private S3 bucket reachable only through CloudFront (Origin Access\n  Control), and a distribution that runs the Basic authentication function on every request.\n\nParameters:\n  EdgeFunctionVersionArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Numbered version ARN of the Lambda@Edge function (output of the edge stack); '' only with\n      EdgeRuntime=function\n    AllowedPattern: '^$|^arn:aws[a-z-]*:lambda:us-east-1:[0-9]{12}:function:[A-Za-z0-9_-]+:[0-9]+$'\n    ConstraintDescription: must be a numbered Lambda version ARN in us-east-1 (no $LATEST, no alias)\n  # Issue 14: which edge runtime checks Basic auth (the action's `edge`). `lambda`: the edge\n  # stack's Lambda@Edge version, on viewer-request and origin-response. `function`: this stack's\n  # CloudFront Function (cloudfront-js-2.0) on viewer-request, reading the users from this\n  # stack's KeyValueStore. README: \"Choosing the edge runtime\".\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The runtime the distribution's viewer-request association uses (the action's `edge`)\n  PrepareFunction:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' while a site switches from lambda to function: the function, its store and pepper\n      are created while the Lambda@Edge association still serves, so the action can fill the\n      store before the distribution uses the function (no window of refused logins).\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      With the function runtime and `basic-auth-users` empty: this stack owns the users secret\n      `<SiteName>/users` in its region (the lambda runtime keeps `<SiteName>/basic-auth` in the\n      edge stack, us-east-1).\n  # Issue 23: `login: form` (the site file's `login`): the distribution gets the `/_login` and\n  # `/_logout` behaviors, which take POST (the sign-in form; sign-out); with `edge: function`\n  # the login function (LoginFunction) answers them, and the viewer-request function is its\n  # `login: form` build (src/edge/function/render.ts).\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: cache behaviors /_login and /_logout that allow POST, answered\n      by the viewer-request function (lambda) or the login function (function). 'false'\n      (`login: basic`): neither.\n  # With `edge: function`: the KeyValueStore `<SiteName>-users` the bootstrap stack created; the\n  # action finds it by name at deploy. The bootstrap owns it so that its deploy role is granted\n  # its exact ARN before the first deploy (cloudformation/bootstrap.yaml, UsersStore).\n  UsersStoreArn:\n    Type: String\n    Default: ''\n    Description: >-\n      The bootstrap stack's KeyValueStore of the users (edge: function); '' with Lambda@Edge\n    AllowedPattern: '^$|^arn:aws[a-z-]*:cloudfront::[0-9]{12}:key-value-store/[0-9a-fA-F-]{36}$'\n    ConstraintDescription: must be empty or a KeyValueStore ARN (the bootstrap stack's output UsersStoreArn)\n  DomainName:\n    Type: String\n    Default: ''\n    Description: Optional custom domain (alias) of the distribution; needs CertificateArn\n    AllowedPattern: '^$|^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name\n  CertificateArn:\n    Type: String\n    Default: ''\n    Description: ACM certificate (in us-east-1) covering DomainName; empty = CloudFront default certificate\n    AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9-]+$'\n    ConstraintDescription: must be empty or an ACM certificate ARN in us-east-1\n  WebAclArn:\n    Type: String\n    Default: ''\n    Description: AWS WAF web ACL (scope CLOUDFRONT, output WebAclArn of the edge stack); empty = none\n    AllowedPattern: '^$|^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/[A-Za-z0-9_-]+/[a-f0-9-]+$'\n    ConstraintDescription: must be empty or a global (CLOUDFRONT) WAFv2 web ACL ARN\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-site`): the distribution's\n      `secure-dist-site` tag, by which the deploy role's IAM policy finds this site's distribution.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 44\n  NotFoundPage:\n    Type: String\n    Default: ''\n    Description: >-\n      '/404.html' when the content has a root 404.html: CloudFront then answers missing keys with\n      it (status 404). '' = the edge function's plain-text 404.\n    AllowedValues: ['', '/404.html']\n  # Pull-request previews (issue 25, the site file's `previews`): the bucket's `_previews/`\n  # keys, written by `command: preview` with the bootstrap's PreviewRole. 'true' adds the\n  # previews' manifests to the keys CloudFront may never read (BucketPolicy).\n  Previews:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: \"'true' with `previews:`: viewers never get a preview's manifest (_previews/*/.secure-dist/*)\"\n  # `previews.domain`: each preview at `pr-<n>.<PreviewDomain>`, through the wildcard alias\n  # `*.<PreviewDomain>` beside DomainName. CloudFront refuses an alias the certificate does not\n  # cover: \"All alternate domain names, including alternate domain names that use wildcards,\n  # must be covered by the subject alternative name (SAN) on the certificate\" (CloudFront\n  # Developer Guide, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/alternate-domain-names-wildcard.html;\n  # CNAMEs.html#alternate-domain-names-requirements), so CertificateArn must cover both.\n  PreviewDomain:\n    Type: String\n    Default: ''\n    Description: Domain of the previews (alias *.<PreviewDomain>); needs DomainName, Previews and a certificate covering both\n    AllowedPattern: '^$|^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name (without `*.`)\n  # Share links (`share-links: true`, issue 12): the public keys of the share-link key pairs,\n  # one per slot (PEM, SubjectPublicKeyInfo, RSA 2048), '' for an empty slot. The action keeps\n  # the private keys in the Secrets Manager secret <stack-name>/share-key of this region and\n  # never puts them in a template; a key keeps its slot for life (src/share/keys.ts).\n  ShareKeyA:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot A (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyB:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot B (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyC:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot C (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyCreated:\n    Type: String\n    Default: '-,-,-'\n    Description: >-\n      When the keys in slots A, B and C were created (epoch seconds, '-' for an empty slot),\n      comma-separated: part of each public key's CallerReference, so a slot that gets a new key\n      never reuses the reference of the key it held before.\n    AllowedPattern: '^(-|[0-9]+),(-|[0-9]+),(-|[0-9]+)$'\n\nRules:\n  LambdaNeedsVersion:\n    RuleCondition: !Equals [!Ref EdgeRuntime, lambda]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref EdgeFunctionVersionArn, '']]\n        AssertDescription: EdgeRuntime=lambda needs EdgeFunctionVersionArn (the edge stack's output)\n  FunctionNeedsStore:\n    RuleCondition: !Or [!Equals [!Ref EdgeRuntime, function], !Equals [!Ref PrepareFunction, 'true']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref UsersStoreArn, '']]\n        AssertDescription: EdgeRuntime=function needs UsersStoreArn (the bootstrap stack's KeyValueStore)\n  DomainNeedsCertificate:\n    RuleCondition: !Not [!Equals [!Ref DomainName, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref CertificateArn, '']]\n        AssertDescription: DomainName needs a CertificateArn (ACM, us-east-1)\n  CertificateNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref CertificateArn, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: CertificateArn is only used together with DomainName\n  PreviewDomainNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref PreviewDomain, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: PreviewDomain needs DomainName and CertificateArn (covering *.<PreviewDomain>)\n      - Assert: !Equals [!Ref Previews, 'true']\n        AssertDescription: PreviewDomain needs Previews=true\n\nConditions:\n  HasDomainName: !Not [!Equals [!Ref DomainName, '']]\n  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]\n  UseCustomDomain: !And [!Condition HasDomainName, !Condition HasCertificate]\n  HasPreviews: !Equals [!Ref Previews, 'true']\n  HasPreviewDomain: !Not [!Equals [!Ref PreviewDomain, '']]\n  HasWebAcl: !Not [!Equals [!Ref WebAclArn, '']]\n  HasNotFoundPage: !Not [!Equals [!Ref NotFoundPage, '']]\n  HasShareKeyA: !Not [!Equals [!Ref ShareKeyA, '']]\n  HasShareKeyB: !Not [!Equals [!Ref ShareKeyB, '']]\n  HasShareKeyC: !Not [!Equals [!Ref ShareKeyC, '']]\n  HasShareKeys: !Or [!Condition HasShareKeyA, !Condition HasShareKeyB, !Condition HasShareKeyC]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  UseFunction: !Equals [!Ref EdgeRuntime, function]\n  HasFunction: !Or [!Condition UseFunction, !Equals [!Ref PrepareFunction, 'true']]\n  HasFunctionUsersSecret: !And [!Condition HasFunction, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasLoginForm: !Equals [!Ref LoginForm, 'true']\n  HasCacheBehaviors: !Or [!Condition HasShareKeys, !Condition HasLoginForm]\n  HasLoginFunction: !And [!Condition HasFunction, !Condition HasLoginForm]\n  UseLoginFunction: !And [!Condition UseFunction, !Condition HasLoginForm]\n\nResources:\n  # Private bucket: no public access of any kind, no ACLs (the bucket owner owns every\n  # object), encrypted at rest with S3-managed keys. Its exact name (<stack-name>-site-<account>-\n  # <region>, at most 63 characters: the action checks `stack-name`) lets IAM grant this one\n  # bucket, never a prefix another site's bucket could share (issue 15 #2).\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}'\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          # Nobody talks to the bucket without TLS.\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub '${Bucket.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n          # CloudFront reads objects, for this distribution only (OAC signs with SigV4).\n          - Sid: AllowCloudFrontRead\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/*'\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # ListBucket makes a missing key answer 404 instead of 403.\n          - Sid: AllowCloudFrontList\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:ListBucket\n            Resource: !GetAtt Bucket.Arn\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # The sync keeps its manifest under .secure-dist/: viewers never get it. With\n          # previews, each preview's manifest (`_previews/pr-<n>/.secure-dist/manifest.json`)\n          # neither: in an ARN `*` matches any characters, `/` included.\n          - Sid: DenyCloudFrontManifest\n            Effect: Deny\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !If\n              - HasPreviews\n              - - !Sub '${Bucket.Arn}/.secure-dist/*'\n                - !Sub '${Bucket.Arn}/_previews/*/.secure-dist/*'\n              - !Sub '${Bucket.Arn}/.secure-dist/*'\n\n  OriginAccessControl:\n    Type: AWS::CloudFront::OriginAccessControl\n    Properties:\n      OriginAccessControlConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}'\n        Description: !Sub 'secure-dist ${AWS::StackName}: CloudFront signs every request to the bucket'\n        OriginAccessControlOriginType: s3\n        SigningBehavior: always\n        SigningProtocol: sigv4\n\n  SecurityHeadersPolicy:\n    Type: AWS::CloudFront::ResponseHeadersPolicy\n    Properties:\n      ResponseHeadersPolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-security-headers'\n        Comment: secure-dist security headers\n        SecurityHeadersConfig:\n          StrictTransportSecurity:\n            AccessControlMaxAgeSec: 63072000\n            IncludeSubdomains: true\n            Preload: false\n            Override: true\n          ContentTypeOptions:\n            Override: true\n          FrameOptions:\n            FrameOption: DENY\n            Override: true\n          ReferrerPolicy:\n            ReferrerPolicy: same-origin\n            Override: true\n        CustomHeadersConfig:\n          Items:\n            # A password-protected site has nothing for search engines.\n            - Header: X-Robots-Tag\n              Value: noindex, nofollow\n              Override: true\n            # The safety net of the caching design (see CachePolicy): a response that brings\n            # no Cache-Control of its own (S3's errors, with `edge: function`) still reaches the\n            # viewer `private`. Override false: never replaces the value the edge function set,\n            # whichever of the two CloudFront applies first (its docs do not say).\n            - Header: Cache-Control\n              Value: private, no-cache\n              Override: false\n\n  # Caching (issue 20). CloudFront must keep every object until the sync invalidates it, while\n  # a viewer only ever gets `private` (no shared cache between viewer and CloudFront may reuse an\n  # authenticated response, RFC 9111 \xA73.5). AWS's pages disagree on `private`/`no-cache`/\n  # `no-store` from the origin with a minimum TTL > 0:\n  # - \"If your minimum TTL is greater than 0, CloudFront will cache content for at least the\n  #   duration specified in the cache policy's minimum TTL, even if the Cache-Control: no-cache,\n  #   no-store, or private directives are present in the origin headers.\" (CloudFront API\n  #   Reference, CachePolicyConfig, https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html,\n  #   and the CloudFormation reference of AWS::CloudFront::CachePolicy CachePolicyConfig.)\n  # - \"If CloudFront gets an object from the origin that includes the Cache-Control: no-cache,\n  #   no-store, and/or private directives, and then later CloudFront gets another viewer request\n  #   for the same object, CloudFront tries to contact the origin to fulfill the viewer request.\n  #   If the origin is reachable, CloudFront gets the object from the origin and returns it to\n  #   the viewer.\" (Developer Guide, Expiration.md, warning under the table, in the archived\n  #   awsdocs/amazon-cloudfront-developer-guide at 2023-03-31, whose table cell says in the same\n  #   breath \"CloudFront caches the object for the value of the CloudFront minimum TTL\".) The\n  #   live page, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html,\n  #   could be read here only in part (a third party quotes it, 2026-10, as \"If your minimum TTL\n  #   is greater than 0, CloudFront uses the cache policy's minimum TTL, even if the\n  #   Cache-Control: no-cache, no-store, and/or private directives are present\"), and one stored\n  #   copy of the API page lacks the note the China, CloudFormation and SDK copies carry. So:\n  #   unsettled; \"cached\" and \"asked again on every request\" may both be meant.)\n  # So no object tells CloudFront `private`: each is stored with `Cache-Control: max-age=1` (a\n  # max-age below the minimum TTL is raised to it: one year, uncontested) and its viewer value\n  # as the metadata `x-amz-meta-viewer-cache-control` (src/edge/core/cache-control.ts). The\n  # edge function's viewer-response trigger puts that value back before a response leaves\n  # CloudFront, hits included. Weighed:\n  # - A CloudFront Function on viewer-response in both runtimes ($0.10 per million, sub-ms)\n  #   cannot sit next to Lambda@Edge: \"You can't combine CloudFront Functions and Lambda@Edge in\n  #   viewer events (viewer request and viewer response)\" (\"Restrictions on all edge functions\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html).\n  #   So `edge: lambda` adds viewer-response to its one version (a second Lambda@Edge\n  #   invocation per request: +$0.60 per million plus ~1 ms at 128 MB, and its latency; the\n  #   code grew ~0.7 KB of its 12 KB budget), `edge: function` associates its one function with\n  #   viewer-response too (+$0.10 per million, ~0.6 KB of 10 KB); no new resource, no new grant\n  #   (prices: https://aws.amazon.com/cloudfront/pricing/). One function on both viewer events\n  #   rests on the event structure naming both (`context.eventType` \"viewer-request or\n  #   viewer-response\", \"CloudFront Functions event structure\"); no page says so outright:\n  #   aws-smoke.yml creates such a site to check it.\n  #   Had the second reading held with `private` objects, every request would have cost an S3\n  #   GET and an origin-response invocation instead.\n  # - origin-response (lambda only) cannot do it: what it returns is what CloudFront caches\n  #   and later serves from the cache, so one value cannot be both cacheable and private.\n  # - A response headers policy can set Cache-Control for viewers only (\"These headers don't\n  #   affect how CloudFront caches the requested object\", \"Add or remove HTTP headers in\n  #   CloudFront responses with a policy\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-response-headers.html),\n  #   but one fixed value per behavior: HTML revalidating and fingerprinted assets kept a year\n  #   cannot both hold. It is the safety net instead (SecurityHeadersPolicy): `private, no-cache`\n  #   for any response without a Cache-Control of its own, e.g. S3's errors with `edge: function`.\n  # The trigger does not run where the origin answered 400 or more (same restrictions page), so\n  # what CloudFront serves then carries its own `private` value: origin-response's 404 and 302\n  # (lambda), and the 404 page, which the sync stores with its viewer value (it is fetched again\n  # when an error is built, at most once a minute per missing path, under the second reading).\n  # The sandbox follows the second, stricter reading (a `private` object is never a hit), so a\n  # regression shows there. Nothing of the request is in the key (the edge function\n  # authenticates before the cache lookup), so a cached object serves every authenticated viewer;\n  # gzip and brotli variants are cached separately.\n  CachePolicy:\n    Type: AWS::CloudFront::CachePolicy\n    Properties:\n      CachePolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-cache'\n        Comment: secure-dist - cached until invalidated; the edge gives viewers the private Cache-Control\n        MinTTL: 31536000\n        DefaultTTL: 31536000\n        MaxTTL: 31536000\n        ParametersInCacheKeyAndForwardedToOrigin:\n          EnableAcceptEncodingGzip: true\n          EnableAcceptEncodingBrotli: true\n          CookiesConfig:\n            CookieBehavior: none\n          HeadersConfig:\n            HeaderBehavior: none\n          QueryStringsConfig:\n            QueryStringBehavior: none\n\n  # Share links: the trusted public keys and their key group. On the `/_share/*` behavior\n  # below, CloudFront itself requires a URL signed with one of these keys and checks its policy\n  # (resource, expiry) before any function runs, answering 403 otherwise; \"When you reference a\n  # key group in a cache behavior, CloudFront requires signed URLs or signed cookies for all\n  # requests that match the cache behavior\" (CloudFront API Reference, CreateKeyGroup).\n  # Ref of a public key is its ID (e.g. K2JCJMDEHXQW5F): the `Key-Pair-Id` of a signed URL.\n  SharePublicKeyA:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyA\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-a'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-a-${Created}'\n          - Created: !Select [0, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot A\n        EncodedKey: !Ref ShareKeyA\n  SharePublicKeyB:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyB\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-b'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-b-${Created}'\n          - Created: !Select [1, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot B\n        EncodedKey: !Ref ShareKeyB\n  SharePublicKeyC:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyC\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-c'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-c-${Created}'\n          - Created: !Select [2, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot C\n        EncodedKey: !Ref ShareKeyC\n  ShareKeyGroup:\n    Type: AWS::CloudFront::KeyGroup\n    Condition: HasShareKeys\n    Properties:\n      KeyGroupConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share'\n        Comment: secure-dist share links (keys rotated by the action)\n        Items:\n          - !If [HasShareKeyA, !Ref SharePublicKeyA, !Ref AWS::NoValue]\n          - !If [HasShareKeyB, !Ref SharePublicKeyB, !Ref AWS::NoValue]\n          - !If [HasShareKeyC, !Ref SharePublicKeyC, !Ref AWS::NoValue]\n\n  # ---------------------------------------------------------------------------------------------\n  # The CloudFront Functions runtime (`edge: function`, issue 14). Nothing of it is in us-east-1:\n  # a CloudFront Function and its secrets are created by this stack, in any region (CloudFront\n  # is global); its KeyValueStore by the bootstrap stack. Only a CLOUDFRONT-scope WAF web ACL must be created in\n  # us-east-1: \"AWS WAF is available globally for CloudFront distributions, but you must use the\n  # Region US East (N. Virginia) to create your web ACL and any resources used in the web ACL\"\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html),\n  # so with `rate-limit` the edge stack keeps only that.\n  # ---------------------------------------------------------------------------------------------\n\n  # The per-site pepper, the HMAC key of every stored hash (format.ts). Generated by Secrets\n  # Manager (43 letters and digits: 256 bits, the length the function expects), never in a\n  # template, a parameter, an output or a log: the function code gets it through a dynamic\n  # reference, resolved by CloudFormation when it creates or updates the function. \"The\n  # secretsmanager dynamic reference can be used in all resource properties ... the secret value\n  # may show up in the service whose resource it's being used in\" -- here, on purpose, the\n  # function's code (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).\n  # The action reads it (GetSecretValue) to compute the hashes it writes. Stable across deploys:\n  # CloudFormation never regenerates an unchanged secret, so an unchanged deploy changes nothing.\n  PepperSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${SiteName}/pepper'\n      Description: !Sub 'secure-dist ${SiteName}: pepper of the CloudFront Function password hashes'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # The users secret of the function runtime when `basic-auth-users` is empty: as the edge\n  # stack's `<SiteName>/basic-auth` (see edge.yaml for the policies), but in this stack's region.\n  FunctionUsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunctionUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/users'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName} (edge: function), written by the action's\n        `command: rotate` and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # The viewer-request check. AutoPublish makes the code LIVE, which the distribution's\n  # association uses; FunctionARN (GetAtt) is the LIVE function's ARN. Its store is the\n  # bootstrap's (UsersStoreArn), one key per user (`u:<name>`, format.ts) written by the action\n  # with UpdateKeys. An existing store is associated by its ARN: \"A function can have only one\n  # key value store\", \"You can associate the same key value store with multiple functions\"\n  # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-associate.html);\n  # the code reads it with `cf.kvs()` (no id: \"Helper methods for key value stores\"). The code\n  # is the bundled function with its configuration (realm, pepper): the pepper is the dynamic\n  # reference between the two halves synth renders.\n  ViewerFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: Basic authentication (viewer-request)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@FUNCTION_CODE_TAIL@@'\n\n  # The viewer-response function (src/edge/function/response.ts): the viewer's Cache-Control\n  # and the published files' Content-Security-Policy. A function of its own, not a branch of\n  # ViewerFunction, so its code takes nothing of ViewerFunction's 10 KB: \"Maximum function\n  # size\" (10 KB, not adjustable) is per function and an account may have 100 functions\n  # (\"Quotas on CloudFront Functions\",\n  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions),\n  # and each association names its own event type and function ARN (API Reference,\n  # FunctionAssociation). No store, no secret: the code is rendered whole (`trusted-pages` is\n  # its only configuration). Named `<StackName>-<Region>-response`: the bootstrap roles grant\n  # it by that exact name (bootstrap.yaml, Sid ViewerFunction).\n  ResponseFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-response'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: viewer Cache-Control and page policy (viewer-response)'\n        Runtime: cloudfront-js-2.0\n      FunctionCode: '@@RESPONSE_FUNCTION_CODE@@'\n\n  # `login: form` on the function runtime (issue 23 item 1; src/edge/function/login.ts): the\n  # sign-in page, the minting of the session cookie (Basic credentials sent by the page's\n  # script, checked against the same store with the same pepper) and sign-out, on the\n  # viewer-request event of the `/_login` and `/_logout` cache behaviors (AllowedMethods with\n  # POST). A function of its own for the same reason as ResponseFunction: the 10 KB quota is\n  # per function, and the viewer-request function has no room for the sign-in code. Same store\n  # (\"You can associate the same key value store with multiple functions\", above) and the same\n  # pepper by the same dynamic reference; the session key is derived from the pepper (no new\n  # secret). Named `<StackName>-<Region>-login`: the bootstrap roles grant it by that exact\n  # name (bootstrap.yaml, Sid ViewerFunction). Associated on viewer-request of both behaviors\n  # when EdgeRuntime=function and LoginForm='true' (UseLoginFunction, below).\n  LoginFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasLoginFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-login'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: sign-in and sign-out (viewer-request on /_login, /_logout)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@LOGIN_FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@LOGIN_FUNCTION_CODE_TAIL@@'\n\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      # IAM finds this site's distribution by this tag (aws:ResourceTag/secure-dist-site).\n      Tags:\n        - Key: secure-dist-site\n          Value: !Ref SiteName\n      DistributionConfig:\n        Enabled: true\n        Comment: !Sub 'secure-dist ${AWS::StackName}'\n        DefaultRootObject: index.html\n        HttpVersion: http2and3\n        # The edge stack's rate-based rule (input `rate-limit`): CloudFront takes a WAFv2 web\n        # ACL by its ARN here.\n        WebACLId: !If [HasWebAcl, !Ref WebAclArn, !Ref AWS::NoValue]\n        IPV6Enabled: true\n        # Previews by host (`previews.domain`): `*.<PreviewDomain>` beside the site's name. One\n        # cache serves every alias, and a cache key holds the path, not the viewer's Host (the\n        # cache policy forwards no header; Host reaches S3 as the bucket's own name), so the\n        # viewer-request function rewrites `pr-<n>.<PreviewDomain>/<path>` to\n        # `/_previews/pr-<n>/<path>` BEFORE the cache lookup: \"To change a value that you're\n        # using as a basis for caching, use the viewer request event\"\n        # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-how-to-choose-event.html);\n        # a CloudFront Function on viewer request \"runs ... before checking to see whether the\n        # requested object is in the CloudFront cache\"\n        # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/function-code-choose-purpose.html).\n        Aliases: !If\n          - UseCustomDomain\n          - !If\n            - HasPreviewDomain\n            - [!Ref DomainName, !Sub '*.${PreviewDomain}']\n            - [!Ref DomainName]\n          - !Ref AWS::NoValue\n        ViewerCertificate: !If\n          - UseCustomDomain\n          - AcmCertificateArn: !Ref CertificateArn\n            SslSupportMethod: sni-only\n            MinimumProtocolVersion: TLSv1.2_2021\n          - CloudFrontDefaultCertificate: true\n        Origins:\n          - Id: bucket\n            DomainName: !GetAtt Bucket.RegionalDomainName\n            OriginAccessControlId: !GetAtt OriginAccessControl.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ''\n        DefaultCacheBehavior:\n          TargetOriginId: bucket\n          # Viewers only ever reach the origin over HTTPS (the bucket denies plain HTTP).\n          ViewerProtocolPolicy: redirect-to-https\n          AllowedMethods: [GET, HEAD]\n          CachedMethods: [GET, HEAD]\n          Compress: true\n          # The viewer-request function runs before the cache lookup, so cached objects are\n          # still only served to authenticated viewers.\n          CachePolicyId: !Ref CachePolicy\n          ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n          # ONE function version, three triggers: it dispatches on the event type. \"A Lambda@Edge\n          # trigger is one combination of a CloudFront distribution, cache behavior, and event\n          # that causes a function to execute ... You can add more triggers to the same function\"\n          # (CloudFront Developer Guide, \"Add triggers for a Lambda@Edge function\"); a cache\n          # behavior takes up to four associations, one per event type (API Reference,\n          # LambdaFunctionAssociations). origin-response runs only on cache misses, after S3\n          # answered: it turns S3's 403/404 into a redirect (`/dir` -> `/dir/`) or a plain 404.\n          LambdaFunctionAssociations: !If\n            - UseLambda\n            - - EventType: viewer-request\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                IncludeBody: false\n              - EventType: origin-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n              # The viewer's Cache-Control (see CachePolicy), on hits and misses.\n              - EventType: viewer-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n            - !Ref AWS::NoValue\n          # The function runtime: the CloudFront Functions instead, ViewerFunction on\n          # viewer-request and ResponseFunction on viewer-response (two functions, each with\n          # its own 10 KB; see ResponseFunction).\n          FunctionAssociations: !If\n            - UseFunction\n            - - EventType: viewer-request\n                FunctionARN: !GetAtt ViewerFunction.FunctionARN\n              - EventType: viewer-response\n                FunctionARN: !GetAtt ResponseFunction.FunctionARN\n            - !Ref AWS::NoValue\n        # Share links: signed URLs, and the signed cookies the viewer-response trigger sets for a\n        # folder link (issue 23, src/edge/core/share-cookies.ts); TrustedKeyGroups checks both.\n        # The signed resource is the https://\n        # URL, so a plain-HTTP request is redirected like any other. The SAME function version runs here; the edge configuration has\n        # `share: true` exactly when this behavior exists (both come from the same deploy), so\n        # the function skips Basic auth for a `/_share/` URI only on this behavior (see\n        # src/edge/core/share.ts). The cache policy keeps the signing parameters out of the\n        # cache key; the function maps `/_share/<key>` to `/<key>`.\n        # Sign-in (issue 23, `login: form`): `/_login` (GET: the sign-in page; POST: the form on\n        # Lambda@Edge, an `Authorization: Basic` request from the page's script on the function\n        # runtime) and `/_logout` (POST, or GET checked with Sec-Fetch-Site). Both take POST, so\n        # both allow the one method set that has it: CloudFront accepts only \"GET and HEAD\",\n        # \"GET, HEAD, and OPTIONS\", or \"GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE\"\n        # (CloudFront API Reference, AllowedMethods:\n        # https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html).\n        # The viewer-request function answers every request on them itself (a method other than\n        # GET, HEAD or POST gets 405) and never forwards one to the bucket, whose policy grants\n        # CloudFront only reads anyway. Only `/_login` on Lambda@Edge reads the body: its\n        # viewer-request association has IncludeBody: true (\"choose Include Body when you create\n        # a CloudFront trigger for your function that's for a viewer request or origin request\n        # event\", https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html);\n        # every other association keeps false, so no other request pays for a body. CloudFront\n        # Functions cannot read a body at all. The other associations are the default\n        # behavior's. No cache policy of their own is needed to keep them out of the cache:\n        # they are answered at viewer-request, and \"When a viewer request event triggers the\n        # function, CloudFront returns the response to the viewer and doesn't cache it\"\n        # (\"Generate HTTP responses in request triggers\":\n        # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses-in-requests.html;\n        # read here in its translated copy); CloudFront Functions' generated responses likewise\n        # never reach the cache (they answer before the cache lookup).\n        CacheBehaviors: !If\n          - HasCacheBehaviors\n          - - !If\n              - HasShareKeys\n              - PathPattern: /_share/*\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                TrustedKeyGroups:\n                  - !Ref ShareKeyGroup\n                # As on the default behavior. The function runtime has no share hook yet (the\n                # input `share-links` refuses `edge: function`); should both meet, the CloudFront\n                # Function asks for Basic credentials here too: closed, never open.\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt ViewerFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # The sign-in form: the only association that reads a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_login\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: true\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                # The function runtime: the login function (LoginFunction) answers here.\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # Sign-out: POST without a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_logout\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n          - !Ref AWS::NoValue\n        # With a 404 page: a missing key gets /404.html with status 404. Only 404 is mapped. A\n        # missing key is a 404 from S3 in both runtimes: the bucket policy grants CloudFront\n        # s3:ListBucket, and \"If you have the s3:ListBucket permission on the bucket, Amazon S3\n        # returns an HTTP status code 404 Not Found error ... If you don't ..., 403\" (S3 API\n        # Reference, GetObject: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html);\n        # with `edge: lambda` the origin-response trigger turns S3's 403/404 into a 302 or a 404\n        # anyway. A 403 is never mapped: every 403 a viewer can get is made in front of the\n        # origin for a client that may be a stranger -- a WAF block, a share link whose signature\n        # CloudFront refused, an access rule of the edge function -- or is S3's refusal of the\n        # reserved `.secure-dist/` prefix; mapping 403 would hand those clients the private\n        # site's 404 page. They keep the plain answer the function or CloudFront gives.\n        # CloudFront fetches the page without running the viewer-request function (the viewer\n        # was already authenticated) and without the viewer-response trigger (\"CloudFront\n        # doesn't invoke edge functions for viewer response events when the origin returns HTTP\n        # status code 400 or higher\", \"Restrictions on all edge functions\"), so the sync stores\n        # 404.html with its viewer Cache-Control (src/sync/headers.ts). ErrorCachingMinTTL 60 s:\n        # a scan for missing paths reaches the origin at most once a minute per path, while a key\n        # uploaded without an invalidation (`invalidate: false`) appears within a minute; the sync\n        # invalidates new keys anyway. (CloudFront caches errors for 10 s by default, \"Control how\n        # long CloudFront caches errors\", Developer Guide.)\n        # Previews (issue 25): this mapping is the distribution's, for every path, so with a\n        # root 404.html a missing key under `_previews/` (a removed or expired preview, or a page\n        # the preview lacks) answers the SITE's /404.html, not the preview's own 404.html nor the\n        # edge's \"this preview does not exist\" page (whether the mapping also replaces a 404 the\n        # origin-response trigger made is not stated on the pages read: assume it does). Left\n        # as is: error responses cannot be set per path; the edge team's 404 page needs either no\n        # NotFoundPage or an answer made before the origin.\n        CustomErrorResponses: !If\n          - HasNotFoundPage\n          - - ErrorCode: 404\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n          - !Ref AWS::NoValue\n\nOutputs:\n  UsersStoreArn:\n    Condition: HasFunction\n    Description: The KeyValueStore the function reads the users from (rotate writes it)\n    Value: !Ref UsersStoreArn\n  BucketName:\n    Description: The private bucket holding the site's content\n    Value: !Ref Bucket\n  DistributionId:\n    Description: CloudFront distribution id (for invalidations)\n    Value: !Ref Distribution\n  DistributionDomainName:\n    Description: CloudFront domain name of the distribution\n    Value: !GetAtt Distribution.DomainName\n  Url:\n    Description: Address of the site\n    Value: !If\n      - UseCustomDomain\n      - !Sub 'https://${DomainName}/'\n      - !Sub 'https://${Distribution.DomainName}/'\n  ShareKeyAId:\n    Condition: HasShareKeyA\n    Description: CloudFront public key ID of share-link slot A (Key-Pair-Id)\n    Value: !Ref SharePublicKeyA\n  ShareKeyBId:\n    Condition: HasShareKeyB\n    Description: CloudFront public key ID of share-link slot B (Key-Pair-Id)\n    Value: !Ref SharePublicKeyB\n  ShareKeyCId:\n    Condition: HasShareKeyC\n    Description: CloudFront public key ID of share-link slot C (Key-Pair-Id)\n    Value: !Ref SharePublicKeyC\n"
};

// src/synth/render.ts
var TEMPLATE_BODY_LIMIT = 51200;
var EDGE_REGION = "us-east-1";
var MAX_STACK_NAME_LENGTH = 64 - "-edge-viewer-request".length;
var NO_SHARE_KEYS = {
  ShareKeyA: "",
  ShareKeyB: "",
  ShareKeyC: "",
  ShareKeyCreated: "-,-,-"
};
function hasShareKeys(keys) {
  return keys !== void 0 && (keys.ShareKeyA !== "" || keys.ShareKeyB !== "" || keys.ShareKeyC !== "");
}
var TemplateTooLargeError = class extends Error {
  constructor(stackName, bytes, limit, users, exact, rules = 0) {
    super(
      `stack '${stackName}': the rendered template is ${exact ? "" : "at least "}${formatBytes(bytes)}, over CloudFormation's TemplateBody limit of ${formatBytes(limit)}. The edge function carries one entry per password (${users} now)` + (rules > 0 ? ` and the access rules (${rules} lines of \`access\`)` : "") + ": use fewer users in `basic-auth-users`" + (rules > 0 ? ", fewer or shorter `access` rules (one `**` glob covers a whole folder)" : "") + ", or shorten the rotation grace period so replaced passwords drop out sooner."
    );
    this.stackName = stackName;
    this.bytes = bytes;
    this.limit = limit;
    this.users = users;
    this.rules = rules;
    this.name = "TemplateTooLargeError";
  }
  stackName;
  bytes;
  limit;
  users;
  rules;
};
var EDGE_VERSION_PARAMETER = "EdgeFunctionVersionArn";
var EDGE_VERSION_OUTPUT = "EdgeFunctionVersionArn";
var WEB_ACL_PARAMETER = "WebAclArn";
var WEB_ACL_OUTPUT = "WebAclArn";
var USERS_STORE_PARAMETER = "UsersStoreArn";
var PLACEHOLDER = /@@([A-Z0-9_]+)@@/g;
function synthesize(options) {
  validateOptions(options);
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeTemplate = readTemplate("edge", options.templatesDir);
  const siteTemplate = readTemplate("site", options.templatesDir);
  const edgeParameters = {
    PermissionsBoundaryArn: options.permissionsBoundaryArn ?? "",
    SiteName: options.stackName,
    UsersInSecretsManager: options.usersInSecretsManager === true ? "true" : "false",
    RateLimit: String(options.rateLimit ?? 0),
    LoginForm: options.session === void 0 ? "false" : "true"
  };
  if (options.edge === "function") return synthesizeFunction(options, edgeTemplate, siteTemplate);
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  const session = options.session === void 0 ? void 0 : { ...options.session };
  const estimate = renderEdge(
    edgeTemplate,
    renderEdgeCode(standInConfig(options)),
    runtime,
    session !== void 0
  );
  const rules = options.access?.length ?? 0;
  assertFits(edgeStackName, estimate, options.users.length, false, rules);
  const edgeBody = options.standInHashes === true ? estimate : renderEdge(
    edgeTemplate,
    renderEdgeCode(
      buildEdgeConfig({
        scope: options.stackName,
        realm: options.realm,
        users: options.users,
        access: options.access,
        share: hasShareKeys(options.shareKeys),
        audit: options.auditLog,
        trustedPages: options.trustedPages,
        session,
        tokens: options.tokens,
        previews: edgePreviews(options.previews)
      })
    ),
    runtime,
    session !== void 0
  );
  assertFits(edgeStackName, edgeBody, options.users.length, true, rules);
  const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, edgeParameters, []);
  const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, NO_FUNCTION_CODE));
  assertFits(siteStackName, siteBody, options.users.length, true);
  const fromEdge = (parameterKey, outputKey) => fromEdgeStack(edgeStackName, parameterKey, outputKey);
  const rateLimited = (options.rateLimit ?? 0) > 0;
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      ...options.shareKeys ?? NO_SHARE_KEYS
    },
    [
      fromEdge(EDGE_VERSION_PARAMETER, EDGE_VERSION_OUTPUT),
      ...rateLimited ? [fromEdge(WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []
    ]
  );
  return { edge, site };
}
var NO_FUNCTION_CODE = {
  FUNCTION_CODE_HEAD: "",
  FUNCTION_CODE_TAIL: "",
  RESPONSE_FUNCTION_CODE: "",
  LOGIN_FUNCTION_CODE_HEAD: "",
  LOGIN_FUNCTION_CODE_TAIL: ""
};
function synthesizeFunction(options, edgeTemplate, siteTemplate) {
  if (options.renderFunctionCode === void 0) {
    throw new Error("edge: function: no function code renderer was given to synth");
  }
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeBody = renderEdge(
    edgeTemplate,
    NO_EDGE_FUNCTION_CODE,
    options.edgeRuntime ?? EDGE_RUNTIME,
    false
  );
  const edge = renderedStack(
    edgeStackName,
    EDGE_REGION,
    edgeBody,
    {
      PermissionsBoundaryArn: "",
      SiteName: options.stackName,
      UsersInSecretsManager: "false",
      RateLimit: String(options.rateLimit ?? 0),
      EdgeRuntime: "function"
    },
    []
  );
  const given = options.renderFunctionCode;
  const previewDomain = options.previews?.domain?.toLowerCase();
  const render = options.previews === void 0 ? given : (config) => given({
    ...config,
    previews: previewDomain === void 0 ? {} : { domain: previewDomain }
  });
  const session = options.session;
  const code = functionCodeParts(
    session === void 0 ? render : (config) => render({ ...config, session }),
    options.realm
  );
  const login = session === void 0 ? { head: "", tail: "" } : functionCodeParts(
    (config) => renderLoginFunctionCode({ ...config, session }),
    options.realm
  );
  const siteBody = JSON.stringify(
    fillPlaceholders(siteTemplate, {
      FUNCTION_CODE_HEAD: code.head,
      FUNCTION_CODE_TAIL: code.tail,
      LOGIN_FUNCTION_CODE_HEAD: login.head,
      LOGIN_FUNCTION_CODE_TAIL: login.tail,
      // The viewer-response function: no secret in it, rendered whole.
      RESPONSE_FUNCTION_CODE: renderResponseFunctionCode({
        trustedPages: options.trustedPages === true
      })
    })
  );
  assertFits(siteStackName, siteBody, options.users.length, true);
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      EdgeRuntime: "function",
      EdgeFunctionVersionArn: "",
      PrepareFunction: "false",
      UsersInSecretsManager: options.usersInSecretsManager === true ? "true" : "false"
    },
    [
      // The bootstrap stack's store (cloudformation/bootstrap.yaml, UsersStore), found by name.
      {
        parameterKey: USERS_STORE_PARAMETER,
        keyValueStoreName: usersStoreName(options.stackName)
      },
      ...(options.rateLimit ?? 0) > 0 ? [fromEdgeStack(edgeStackName, WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []
    ]
  );
  return { edge, site };
}
function siteParameters(options) {
  return {
    DomainName: options.domainName ?? "",
    CertificateArn: options.certificateArn ?? "",
    // With `rate-limit`, the web ACL's ARN (random id) comes from the edge stack at deploy.
    ...(options.rateLimit ?? 0) > 0 ? {} : { [WEB_ACL_PARAMETER]: "" },
    NotFoundPage: options.notFoundPage ?? "",
    SiteName: options.stackName,
    // `login: form`: the /_login and /_logout behaviors (cloudformation/site.yaml).
    LoginForm: options.session === void 0 ? "false" : "true",
    // `previews`: the previews' manifests denied to CloudFront; with a domain, its alias. Sent
    // only when on, so a site without previews sends the parameters it sent before (the
    // template's defaults are 'false' and '').
    ...options.previews === void 0 ? {} : { Previews: "true", PreviewDomain: options.previews.domain ?? "" }
  };
}
function fromEdgeStack(edgeStackName, parameterKey, outputKey) {
  return { parameterKey, fromStack: edgeStackName, fromRegion: EDGE_REGION, outputKey };
}
function withParameters(stack, overrides) {
  const parameters = Object.fromEntries(
    stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue])
  );
  Object.assign(parameters, overrides);
  const pending = stack.resolvedAtDeploy.filter((p) => !Object.hasOwn(overrides, p.parameterKey));
  return renderedStack(stack.stackName, stack.region, stack.templateBody, parameters, pending);
}
function withEdgeVersion(site, versionArn) {
  if (!/^arn:aws[a-z-]*:lambda:us-east-1:\d{12}:function:[\w-]+:\d+$/.test(versionArn)) {
    throw new Error(
      `stack '${site.stackName}': '${versionArn}' is not a numbered Lambda version ARN in us-east-1 (from output ${EDGE_VERSION_OUTPUT})`
    );
  }
  if (!site.resolvedAtDeploy.some((p) => p.parameterKey === EDGE_VERSION_PARAMETER)) {
    throw new Error(`stack '${site.stackName}' has no ${EDGE_VERSION_PARAMETER} left to resolve`);
  }
  const parameters = Object.fromEntries(
    site.parameters.map((p) => [p.ParameterKey, p.ParameterValue])
  );
  parameters[EDGE_VERSION_PARAMETER] = versionArn;
  const pending = site.resolvedAtDeploy.filter((p) => p.parameterKey !== EDGE_VERSION_PARAMETER);
  return renderedStack(site.stackName, site.region, site.templateBody, parameters, pending);
}
var PENDING_WEB_ACL_ARN = "arn:aws:wafv2:us-east-1:000000000000:global/webacl/pending-web-acl/00000000-0000-0000-0000-000000000000";
var PENDING_USERS_STORE_ARN = "arn:aws:cloudfront::000000000000:key-value-store/00000000-0000-0000-0000-000000000000";
function withEdgeWebAcl(site, edgeOutputs) {
  const pending = site.resolvedAtDeploy.find(
    (p) => "outputKey" in p && p.parameterKey === WEB_ACL_PARAMETER
  );
  if (pending === void 0) return site;
  const arn = edgeOutputs[WEB_ACL_OUTPUT];
  if (arn === void 0) {
    throw new Error(
      `stack '${pending.fromStack}' has no output ${WEB_ACL_OUTPUT}, which \`rate-limit\` needs for stack '${site.stackName}': was the edge stack deployed with it?`
    );
  }
  if (!/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[a-f0-9-]+$/.test(arn)) {
    throw new Error(
      `stack '${site.stackName}': '${arn}' is not a CloudFront (global) WAF web ACL ARN (from output ${WEB_ACL_OUTPUT} of '${pending.fromStack}')`
    );
  }
  const parameters = Object.fromEntries(
    site.parameters.map((p) => [p.ParameterKey, p.ParameterValue])
  );
  parameters[WEB_ACL_PARAMETER] = arn;
  const rest = site.resolvedAtDeploy.filter((p) => p !== pending);
  return renderedStack(site.stackName, site.region, site.templateBody, parameters, rest);
}
function withUsersStore(site, storeArn) {
  if (!/^arn:aws[a-z-]*:cloudfront::\d{12}:key-value-store\/[0-9a-fA-F-]{36}$/.test(storeArn)) {
    throw new Error(`stack '${site.stackName}': '${storeArn}' is not a KeyValueStore ARN`);
  }
  if (!site.resolvedAtDeploy.some((p) => p.parameterKey === USERS_STORE_PARAMETER)) {
    throw new Error(`stack '${site.stackName}' has no ${USERS_STORE_PARAMETER} left to resolve`);
  }
  return withParameters(site, { [USERS_STORE_PARAMETER]: storeArn });
}
function sourceOf(p) {
  return "outputKey" in p ? `output ${p.outputKey} of stack '${p.fromStack}' in ${p.fromRegion}` : `the ARN of the bootstrap stack's KeyValueStore '${p.keyValueStoreName}'`;
}
function fingerprintOf(templateBody, parameters, resolvedAtDeploy = []) {
  const canonical = JSON.stringify([
    templateBody,
    parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    resolvedAtDeploy.map(
      (p) => "outputKey" in p ? [p.parameterKey, p.fromStack, p.fromRegion, p.outputKey] : [p.parameterKey, p.keyValueStoreName]
    )
  ]);
  return (0, import_node_crypto2.createHash)("sha256").update(canonical, "utf8").digest("hex");
}
function readTemplate(name, templatesDir) {
  if (templatesDir !== void 0) return loadTemplate((0, import_node_path.join)(templatesDir, `${name}.yaml`));
  return parseTemplate(
    EMBEDDED_TEMPLATES[`${name}.yaml`],
    `cloudformation/${name}.yaml (embedded)`
  );
}
function renderEdge(template, code, runtime, session) {
  const sha256 = (0, import_node_crypto2.createHash)("sha256").update(code, "utf8").digest("hex");
  const parts = edgeCodeParts(code, session);
  const filled = fillPlaceholders(template, {
    EDGE_CODE_HEAD: parts.head,
    EDGE_CODE_TAIL: parts.tail,
    EDGE_RUNTIME: runtime,
    EDGE_CODE_SHA256: sha256
  });
  const zipFile = objectAt(filled, "Resources", "EdgeFunction", "Properties", "Code").ZipFile;
  if (!isEdgeZipFile(zipFile, parts))
    throw new Error(
      "edge template: Resources.EdgeFunction.Properties.Code.ZipFile must be the Fn::Join of @@EDGE_CODE_HEAD@@, the SessionSecret reference and @@EDGE_CODE_TAIL@@"
    );
  return JSON.stringify(filled);
}
function fillPlaceholders(template, values) {
  const fill = (text) => text.replace(PLACEHOLDER, (_match, name) => {
    const value = Object.hasOwn(values, name) ? values[name] : void 0;
    if (value === void 0) throw new Error(`template placeholder @@${name}@@ has no value`);
    return value;
  });
  const walk = (node) => {
    if (typeof node === "string") return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (isJsonObject(node)) {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [fill(key), walk(value)])
      );
    }
    return node;
  };
  const filled = walk(cloneJson(template));
  if (!isJsonObject(filled)) throw new Error("template: not a mapping after rendering");
  return filled;
}
function standInConfig(options) {
  const seen = /* @__PURE__ */ new Set();
  const users = [];
  const salt = "A".repeat(22);
  const hash = "A".repeat(43);
  for (const { user, password } of options.users) {
    const key = `${user.normalize("NFC")}\0${password.normalize("NFC")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    users.push({ user: user.normalize("NFC"), salt, hash });
  }
  const access = [...options.access ?? []];
  const names = new Set(users.map((u) => u.user));
  for (const name of access.flatMap((rule) => rule.users)) {
    const user = name.normalize("NFC");
    if (user === ANY_USER || names.has(user)) continue;
    names.add(user);
    users.push({ user, salt, hash });
  }
  return {
    realm: options.realm,
    users,
    ...access.length > 0 ? { access } : {},
    ...hasShareKeys(options.shareKeys) ? { share: true } : {},
    ...options.auditLog === true ? { audit: true } : {},
    ...options.trustedPages === true ? { trustedPages: true } : {},
    ...options.session === void 0 ? {} : { session: { ...options.session } }
  };
}
function assertFits(stackName, body, users, exact, rules = 0) {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new TemplateTooLargeError(stackName, bytes, TEMPLATE_BODY_LIMIT, users, exact, rules);
  }
}
function renderedStack(stackName, region, templateBody, parameterValues, resolvedAtDeploy) {
  const parameters = Object.keys(parameterValues).sort().map((key) => ({ ParameterKey: key, ParameterValue: parameterValues[key] ?? "" }));
  return {
    stackName,
    region,
    templateBody,
    parameters,
    resolvedAtDeploy,
    fingerprint: fingerprintOf(templateBody, parameters, resolvedAtDeploy)
  };
}
function validateOptions(options) {
  const { stackName } = options;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(stackName)) {
    throw new Error(
      `stack-name: expected a letter followed by letters, digits and hyphens, got '${stackName}'`
    );
  }
  if (stackName.length > MAX_STACK_NAME_LENGTH) {
    throw new Error(
      `stack-name: '${stackName}' is ${stackName.length} characters; at most ${MAX_STACK_NAME_LENGTH} fit, because the edge function is named '<stack-name>-edge-viewer-request' and Lambda allows 64`
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) {
    throw new Error(`region: expected an AWS region such as eu-central-1, got '${options.region}'`);
  }
  const hasDomain = (options.domainName ?? "") !== "";
  const hasCertificate = (options.certificateArn ?? "") !== "";
  if (hasDomain !== hasCertificate) {
    throw new Error("domain-name and certificate-arn go together: set both or neither");
  }
  if ((options.previews?.domain ?? "") !== "" && !hasDomain) {
    throw new Error(
      "previews.domain needs domain-name and certificate-arn (a certificate that also covers *.<previews.domain>)"
    );
  }
  if (options.users.length === 0 && options.edge !== "function") {
    throw new Error("basic-auth-users: at least one user is needed");
  }
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  if (!/^nodejs\d+\.x$/.test(runtime)) {
    throw new Error(
      `edge-runtime: expected a Node.js runtime such as nodejs24.x, got '${runtime}'`
    );
  }
}
function formatBytes(bytes) {
  return `${bytes.toLocaleString("en-US")} bytes`;
}

// src/synth/write.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var SYNTH_FILES = [
  "edge.template.json",
  "edge.parameters.json",
  "site.template.json",
  "site.parameters.json",
  "manifest.json",
  "README.txt"
];
function writeSynth(result, outputDir) {
  (0, import_node_fs2.mkdirSync)(outputDir, { recursive: true });
  const contents = {
    "edge.template.json": result.edge.templateBody,
    "edge.parameters.json": `${JSON.stringify(result.edge.parameters, null, 2)}
`,
    "site.template.json": result.site.templateBody,
    "site.parameters.json": `${JSON.stringify(result.site.parameters, null, 2)}
`,
    "manifest.json": `${JSON.stringify(manifest(result), null, 2)}
`,
    "README.txt": readme(result)
  };
  return SYNTH_FILES.map((name) => {
    const path = (0, import_node_path2.join)(outputDir, name);
    (0, import_node_fs2.writeFileSync)(path, contents[name]);
    return path;
  });
}
function describeStack(stack, file) {
  return {
    stackName: stack.stackName,
    region: stack.region,
    template: `${file}.template.json`,
    parameters: `${file}.parameters.json`,
    templateBytes: Buffer.byteLength(stack.templateBody, "utf8"),
    fingerprint: stack.fingerprint,
    resolvedAtDeploy: stack.resolvedAtDeploy
  };
}
function manifest(result) {
  return { edge: describeStack(result.edge, "edge"), site: describeStack(result.site, "site") };
}
function readme(result) {
  const pending = result.site.resolvedAtDeploy.map(
    (p) => "outputKey" in p ? `  ${p.parameterKey}: not known offline; deploy reads output ${p.outputKey} of stack ${p.fromStack} (${p.fromRegion}) once that stack is up.` : `  ${p.parameterKey}: not known offline; deploy reads ${sourceOf(p)} by its name.`
  );
  return [
    "Rendered by secure-dist-action `synth`: what `deploy` sends to CloudFormation.",
    "",
    `edge.template.json    stack ${result.edge.stackName} in ${result.edge.region} (TemplateBody, byte for byte)`,
    `edge.parameters.json  its parameters`,
    `site.template.json    stack ${result.site.stackName} in ${result.site.region} (TemplateBody, byte for byte)`,
    `site.parameters.json  its parameters, except:`,
    ...pending,
    "manifest.json         stack names, regions, sizes, fingerprints",
    "",
    "Order: the edge stack first, then the site stack with the edge version ARN.",
    "The edge template embeds salted password hashes (never passwords): treat it as sensitive.",
    ""
  ].join("\n");
}

export {
  renderFunctionCode,
  usersStoreName,
  functionUsersSecretName,
  pepperSecretName,
  NO_SHARE_KEYS,
  hasShareKeys,
  synthesize,
  withParameters,
  withEdgeVersion,
  PENDING_WEB_ACL_ARN,
  PENDING_USERS_STORE_ARN,
  withEdgeWebAcl,
  withUsersStore,
  writeSynth
};
