import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  readShareKeys,
  shareSecretName,
  writeShareKeys
} from "./chunk-MHAM3D2Z.js";
import {
  generateShareKey,
  planShareKeys,
  shareKeyParameters
} from "./chunk-GX3SEE4F.js";
import "./chunk-YAPTHUYW.js";
import "./chunk-3AXTJEKJ.js";
import "./chunk-RAED3ZZT.js";
import {
  NO_SHARE_KEYS
} from "./chunk-ZWPJB2DR.js";
import "./chunk-CFGTWJJ7.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-EB33DZCY.js";
import "./chunk-L4JO2DNT.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/share/deploy-keys.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
async function shareKeysForDeploy(site, shareKeyRotate, ctx, deps) {
  const name = shareSecretName(site.stackName);
  if (!site.shareLinks) {
    if (shareKeyRotate !== "no") {
      throw new Error(
        "`share-key-rotate` changes the share-link keys, but `share-links` is not true: set `share-links: true` (the site then accepts share links) or leave `share-key-rotate` unset"
      );
    }
    return NO_SHARE_KEYS;
  }
  const stored = await readShareKeys(deps.secrets, name, site.region, deps.setSecret);
  const now = ctx.now();
  let mode = shareKeyRotate === "revoke" ? "revoke" : shareKeyRotate === "rotate" ? "rotate" : "ensure";
  const retiring = stored?.state.keys.find(
    (k) => k.retireAt !== void 0 && Math.floor(now / 1e3) < k.retireAt
  );
  if (mode === "rotate" && retiring?.retireAt !== void 0) {
    ctx.log.warn(
      `share-key-rotate: the share key was rotated already; the previous key checks links until ${new Date(retiring.retireAt * 1e3).toISOString()}, so no new rotation now (\`share-key-rotate: revoke\` stops every older link at once)`
    );
    mode = "ensure";
  }
  const plan = planShareKeys(stored?.state, mode, now, deps.generate ?? generateShareKey);
  if (plan.changed) {
    for (const key of plan.next.keys) deps.setSecret(key.privateKey);
    await writeShareKeys(
      deps.secrets,
      name,
      site.region,
      plan.next,
      stored !== void 0,
      (deps.requestToken ?? import_node_crypto.randomUUID)()
    );
    ctx.log.info(
      `share keys: secret '${name}' (${site.region}) updated` + (plan.added !== void 0 ? `; new signing key in slot ${plan.added}` : "") + (plan.retiring !== void 0 ? `; key ${plan.retiring.slot} checks older links until ${new Date(plan.retiring.until * 1e3).toISOString()}` : "") + (plan.dropped.length > 0 ? `; dropped key(s) ${plan.dropped.join(", ")}` : "") + (mode === "revoke" ? ". Links signed before are refused once this deploy has finished (CloudFront then no longer trusts the old keys)" : "")
    );
  }
  return shareKeyParameters(plan.next, now);
}
export {
  shareKeysForDeploy
};
