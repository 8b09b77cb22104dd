import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  readShareKeys,
  shareSecretName,
  writeShareKeys
} from "./chunk-OTJB5GQP.js";
import {
  generateShareKey,
  planShareKeys,
  shareKeyParameters
} from "./chunk-IT4OAERR.js";
import "./chunk-26JBDLYB.js";
import "./chunk-JF4YC73R.js";
import "./chunk-PDFFG6FQ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-JNDCI63N.js";
import "./chunk-Y3OGFZ63.js";
import {
  NO_SHARE_KEYS
} from "./chunk-PXDLMUJ4.js";
import "./chunk-SOL7IOYU.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
import "./chunk-ENLR6UGX.js";
import "./chunk-4HYRB2NO.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-TXAZJPJQ.js";
import "./chunk-OUTO4LQ5.js";
import "./chunk-B24XUMLI.js";
import "./chunk-DINEOMRY.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ENM7MXJK.js";
import "./chunk-IRWZ55A6.js";
import "./chunk-A7WE35HY.js";
import {
  require_node_crypto
} from "./chunk-FYMYVZR6.js";
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
