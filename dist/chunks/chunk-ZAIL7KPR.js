import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  renderFunctionCode,
  synthesize,
  writeSynth
} from "./chunk-ZWPJB2DR.js";
import {
  DEFAULT_SESSION_KEY_ID
} from "./chunk-CP4RI5SQ.js";
import {
  notFoundPageParameter
} from "./chunk-KDWBTRNX.js";
import {
  require_node_path
} from "./chunk-K3S6XDS2.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/commands/synth.ts
var import_node_path = __toESM(require_node_path(), 1);
function bootstrapAccount(run) {
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(run.roleToAssume ?? "");
  return m?.[1] === void 0 || m[2] === void 0 ? void 0 : { partition: m[1], account: m[2] };
}
function permissionsBoundaryArn(site, run) {
  if (site.permissionsBoundary === "none") return void 0;
  if (site.permissionsBoundary !== "auto") return site.permissionsBoundary;
  const at = bootstrapAccount(run);
  return at && `arn:${at.partition}:iam::${at.account}:policy/${site.stackName}-edge-boundary`;
}
function cloudFormationRoleArn(site, run) {
  if (site.cloudFormationRole === "none") return void 0;
  if (site.cloudFormationRole !== "auto") return site.cloudFormationRole;
  const at = bootstrapAccount(run);
  return at && `arn:${at.partition}:iam::${at.account}:role/${site.stackName}-cloudformation`;
}
function synthFor(site, run, users, options) {
  return synthesize({
    edge: site.edge,
    renderFunctionCode: options.renderFunctionCode ?? renderFunctionCode,
    edgeRuntime: site.edgeRuntime,
    standInHashes: options.standInHashes === true,
    stackName: site.stackName,
    region: site.region,
    realm: site.realm,
    users,
    tokens: options.tokens,
    access: site.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
    domainName: site.domainName,
    certificateArn: site.certificateArn,
    previews: site.previews,
    permissionsBoundaryArn: permissionsBoundaryArn(site, run),
    usersInSecretsManager: options.usersInSecretsManager,
    rateLimit: site.rateLimit,
    auditLog: site.auditLog,
    trustedPages: site.trustedPages,
    // CloudFront answers missing keys with /404.html when the published content has one, else
    // with `edge: function` with the page secure-dist publishes (src/sync/not-found-page.ts).
    notFoundPage: notFoundPageParameter(site),
    shareKeys: options.shareKeys,
    session: site.login === "form" ? {
      lifetime: site.sessionLifetimeSeconds,
      keyId: options.sessionKeyId ?? DEFAULT_SESSION_KEY_ID
    } : void 0
  });
}
function requireUsers(run, command) {
  if (run.basicAuthUsers.length === 0) {
    throw new Error(
      `\`basic-auth-users\` is empty: \`${command}\` needs the users to bake into the edge function (pass a secret: basic-auth-users: \${{ secrets.SITE_USERS }}, one 'user:password' per line)`
    );
  }
  return run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
}
function synthCommand(site, run) {
  const result = synthFor(site, run, site.edge === "function" ? [] : requireUsers(run, "synth"), {
    usersInSecretsManager: run.basicAuthUsers.length === 0
  });
  const files = writeSynth(result, run.outputDir).map((f) => import_node_path.default.relative(run.workspace, f));
  return { result, files };
}
function synthSummaryMarkdown(s) {
  const row = (label, st) => `| ${label} | \`${st.stackName}\` | ${st.region} | ${Buffer.byteLength(st.templateBody)} B | \`${st.fingerprint.slice(0, 12)}\` |`;
  return [
    "### Synth",
    "",
    "| stack | name | region | template | fingerprint |",
    "|---|---|---|--:|---|",
    row("edge", s.result.edge),
    row("site", s.result.site),
    "",
    ...s.files.map((f) => `- \`${f}\``),
    ""
  ].join("\n");
}

export {
  permissionsBoundaryArn,
  cloudFormationRoleArn,
  synthFor,
  requireUsers,
  synthCommand,
  synthSummaryMarkdown
};
