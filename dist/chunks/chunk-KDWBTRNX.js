import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  PAGE_STYLE,
  PAGE_TYPE,
  answerContent,
  renderPage
} from "./chunk-EB33DZCY.js";
import {
  NOT_FOUND_PAGE_KEY,
  OWN_NOT_FOUND_PAGE_KEY,
  PART_SIZE,
  cacheControlFor,
  hasNotFoundPage,
  hashBytes,
  headObject,
  listObjects,
  previewGoneContent,
  storedHeadersFor,
  uploadFile
} from "./chunk-L4JO2DNT.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/sync/not-found-page.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var OWN_NOT_FOUND_PAGE_PATH = "/_secure-dist/404.html";
function notFoundPageParameter(site) {
  if (hasNotFoundPage(site.contentDir, site.exclude)) return "/404.html";
  return site.edge === "function" ? OWN_NOT_FOUND_PAGE_PATH : "";
}
function ownNotFoundPageOf(site) {
  return notFoundPageParameter(site) === OWN_NOT_FOUND_PAGE_PATH ? ownNotFoundPage(site.realm, site.previews) : void 0;
}
var PREVIEW_NOTE = "A pull request preview that expired or was removed answers this page too: push to the pull request again to publish a new one.";
var PREVIEW_NUMBER_SOURCE = "function(host,path,domain){var name=String(host).toLowerCase().replace(/\\.?(:\\d*)?$/,'');if(domain){var at=name.length-domain.length-1;if(at>0&&name.substring(at)==='.'+domain){var label=/^pr-([1-9]\\d{0,8})$/.exec(name.substring(0,at));return label&&!/^\\/_previews(\\/|$)/.test(path)?label[1]:''}}var key=/^\\/_previews\\/pr-([1-9]\\d{0,8})\\//.exec(path);return key?key[1]:''}";
var NUMBER = "";
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
function previewScript(domain) {
  const gone = previewGoneContent("", NUMBER);
  const texts = [gone.heading, ...gone.paragraphs];
  return `(function(){var n=(${PREVIEW_NUMBER_SOURCE})(location.host,location.pathname,${scriptJson((domain ?? "").toLowerCase())});if(!n)return;var t=${scriptJson(texts)};var f=function(s){return s.split(${scriptJson(NUMBER)}).join(n)};var h=document.querySelector('h1');if(h)h.textContent=f(t[0]);var p=document.querySelectorAll('h1~p');for(var i=0;i<p.length;i++)p[i].textContent=i+1<t.length?f(t[i+1]):""})();`;
}
function hashSource(text) {
  return `'sha256-${(0, import_node_crypto.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
}
function ownPagePolicy(script) {
  return `default-src 'none'; style-src ${hashSource(PAGE_STYLE)}; ` + (script === void 0 ? "" : `script-src ${hashSource(script)}; `) + "base-uri 'none'; form-action 'none'";
}
var HEAD_START = '<meta charset="utf-8">';
function ownNotFoundPage(realm, previews) {
  const notFound = answerContent(404, realm, void 0);
  const script = previews === void 0 ? void 0 : previewScript(previews.domain);
  const html = script === void 0 ? renderPage(notFound, PAGE_STYLE, "") : renderPage(
    { ...notFound, paragraphs: [...notFound.paragraphs, PREVIEW_NOTE] },
    PAGE_STYLE,
    `<script>${script}</script>`
  );
  const at = html.indexOf(HEAD_START);
  if (at < 0) throw new Error(`renderPage no longer starts its head with ${HEAD_START}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${ownPagePolicy(script).replace(/"/g, "&quot;")}">`;
  const end = at + HEAD_START.length;
  return html.slice(0, end) + meta + html.slice(end);
}
function ownNotFoundPageEntry(html, rules) {
  const body = Buffer.from(html, "utf8");
  const h = hashBytes(body);
  return {
    key: OWN_NOT_FOUND_PAGE_KEY,
    absPath: "",
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    contentType: PAGE_TYPE,
    cacheControl: cacheControlFor(NOT_FOUND_PAGE_KEY, rules),
    body
  };
}
async function publishOwnNotFoundPage(client, bucket, entry, dryRun) {
  if (dryRun) {
    const listed = await listObjects(client, bucket, entry.key);
    return !listed.some((o) => o.key === "" && o.etag === entry.etag);
  }
  const stored = storedHeadersFor(entry.key, entry.cacheControl);
  const current = await headObject(client, bucket, entry.key);
  const same = current !== void 0 && current.etag === entry.etag && current.contentType === entry.contentType && current.cacheControl === stored.cacheControl && Object.entries(stored.metadata).every(([k, v]) => current.metadata[k] === v);
  if (same) return false;
  await uploadFile(client, bucket, entry, { partSize: PART_SIZE, queueSize: 1 });
  return true;
}

export {
  notFoundPageParameter,
  ownNotFoundPageOf,
  ownNotFoundPageEntry,
  publishOwnNotFoundPage
};
