import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import "./chunk-UUDKA7NK.js";

// src/aws/oidc-token.ts
var TOKEN_REQUEST_TIMEOUT_MS = 3e4;
function required(env, name) {
  const value = env[name];
  if (value === void 0 || value === "") throw new Error(`Unable to get ${name} env variable`);
  return value;
}
function oidcUserAgent(env) {
  const id = env["ACTIONS_ORCHESTRATION_ID"];
  return id ? `actions/oidc-client actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : "actions/oidc-client";
}
function idTokenUrl(requestUrl, audience) {
  return audience === "" ? requestUrl : `${requestUrl}&audience=${encodeURIComponent(audience)}`;
}
async function requestIdToken(audience, deps) {
  const url = idTokenUrl(required(deps.env, "ACTIONS_ID_TOKEN_REQUEST_URL"), audience);
  const requestToken = required(deps.env, "ACTIONS_ID_TOKEN_REQUEST_TOKEN");
  const res = await (deps.fetch ?? fetch)(url, {
    headers: {
      Authorization: `Bearer ${requestToken}`,
      Accept: "application/json",
      "User-Agent": oidcUserAgent(deps.env)
    },
    signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS)
  });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(`Failed to get ID Token: the runner answered ${res.status} ${res.statusText}`);
  }
  let value;
  try {
    const parsed = JSON.parse(body);
    value = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "value") : void 0;
  } catch {
    throw new Error("Failed to get ID Token: the runner answered with something other than JSON");
  }
  if (typeof value !== "string" || value === "") {
    throw new Error("Response json body do not have ID Token field");
  }
  return value;
}
export {
  TOKEN_REQUEST_TIMEOUT_MS,
  idTokenUrl,
  oidcUserAgent,
  requestIdToken
};
