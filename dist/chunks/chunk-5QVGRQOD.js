import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/share.ts
var SHARE_PREFIX = "/_share/";
function isShareUri(uri) {
  return typeof uri === "string" && uri.startsWith(SHARE_PREFIX);
}
function sharePath(keyOrPrefix) {
  const folder = keyOrPrefix.endsWith("/");
  const segments = keyOrPrefix.split("/").filter((s) => s !== "");
  const encoded = segments.map((s) => encodeURIComponent(s)).join("/");
  return `${SHARE_PREFIX}${encoded}${folder && encoded !== "" ? "/" : ""}`;
}

export {
  SHARE_PREFIX,
  isShareUri,
  sharePath
};
