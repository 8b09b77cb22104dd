import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/site/fingerprint.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var CONFIG_TAG = "secure-dist:config";
function siteFingerprint(doc, access) {
  const settings = { ...doc, access: access.map((rule) => [rule.key, rule.value]) };
  return (0, import_node_crypto.createHash)("sha256").update(canonicalJson(settings), "utf8").digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export {
  CONFIG_TAG,
  siteFingerprint
};
