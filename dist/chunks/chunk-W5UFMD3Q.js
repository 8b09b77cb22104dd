import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  credentialsDuringRotation,
  credentialsForEdge,
  credentialsOfSite,
  generateToken,
  introducesPasswords,
  introducesTokens,
  planRotation,
  planTokens,
  rotationRequestFor,
  sameCredentials,
  sameTokens,
  splitTokenSelection,
  tokensDuringRotation,
  tokensForEdge
} from "./chunk-W5IS5ANB.js";
import {
  configNote,
  deployedConfig
} from "./chunk-KTTSF67B.js";
import {
  readUsersSecret,
  secretName,
  writeUsersSecret
} from "./chunk-YAPTHUYW.js";
import {
  EDGE_REGION
} from "./chunk-3AXTJEKJ.js";
import {
  DEFAULT_SESSION_KEY_ID,
  sameUsersState
} from "./chunk-CP4RI5SQ.js";
import {
  markdownCell
} from "./chunk-L4JO2DNT.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/commands/rotate.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);

// src/rotate/password.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var PASSWORD_BYTES = 18;
var PASSWORD_BITS = PASSWORD_BYTES * 8;
function generatePassword(random = import_node_crypto.randomBytes) {
  const bytes = random(PASSWORD_BYTES);
  if (bytes.length !== PASSWORD_BYTES) {
    throw new Error(
      `password generator: expected ${PASSWORD_BYTES} random bytes, got ${bytes.length}`
    );
  }
  return bytes.toString("base64url");
}

// src/commands/rotate.ts
async function rotateCommand(site, run, ctx, deps) {
  const name = deps.secret?.name ?? secretName(site.stackName);
  const secretRegion = deps.secret?.region ?? EDGE_REGION;
  if (run.basicAuthUsers.length > 0) {
    throw new Error(
      `\`command: rotate\` changes the users stored in AWS Secrets Manager, but \`basic-auth-users\` is set, so the passwords come from it: change that GitHub secret and run \`deploy\`, or leave \`basic-auth-users\` empty to keep the users in the secret '${name}' (${secretRegion}) and rotate them with this command`
    );
  }
  const { log } = ctx;
  const config = deps.deployedSite === void 0 ? void 0 : configNote(
    site,
    deployedConfig(site, await deps.deployedSite()),
    "this rotation deploys the site as this file describes it"
  );
  if (config !== void 0) log.warn(config);
  const before = await readUsersSecret(deps.secrets, name, deps.setSecret);
  const now = ctx.now();
  const generate = deps.generatePassword ?? generatePassword;
  const selection = splitTokenSelection(run.rotateUsers);
  const request = rotationRequestFor(before?.state, site.users, selection.users, now);
  const userPlan = planRotation(before?.state, {
    rotateUsers: request.rotateUsers,
    removeUsers: request.removeUsers,
    graceSeconds: run.rotationGracePeriodSeconds,
    endSessions: run.endSessions,
    now,
    generate: () => {
      const password = generate();
      deps.setSecret(password);
      return password;
    }
  });
  const tokenPlan = planTokens(
    before?.state.tokens ?? [],
    site.automationTokens.map((t) => t.name),
    selection.tokens,
    now,
    () => {
      const token = (deps.generateToken ?? generateToken)();
      deps.setSecret(token);
      return token;
    }
  );
  const plan = { ...userPlan, next: withTokens(userPlan.next, tokenPlan.tokens) };
  log.info(
    `secret '${name}' (${secretRegion}): ${before === void 0 ? "not created yet" : `${before.state.users.length} user(s)`}; ` + describeChanges(plan) + describeTokens(tokenPlan)
  );
  const during = credentialsDuringRotation(before?.state, plan.next, now);
  const after = credentialsForEdge(plan.next, now);
  const keyIdBefore = before?.state.sessionKeyId ?? DEFAULT_SESSION_KEY_ID;
  const keyIdAfter = plan.next.sessionKeyId ?? DEFAULT_SESSION_KEY_ID;
  const ignore = () => void 0;
  const tokensBefore = tokensForEdge(before?.state.tokens ?? [], site.automationTokens, ignore);
  const tokensAfter = tokensForEdge(tokenPlan.tokens, site.automationTokens, ignore);
  const tokensDuring = tokensDuringRotation(tokensBefore, tokensAfter);
  let deployed;
  let deployedTokens = [];
  let deploys = 0;
  let deployedSite = {};
  if (introducesPasswords(before?.state, plan.next, now) || introducesTokens(tokensBefore, tokensAfter)) {
    log.info(
      "deploying the edge function with the new passwords; every current password keeps working"
    );
    try {
      deployedSite = await deps.deploy({
        users: during,
        tokens: tokensDuring,
        sessionKeyId: keyIdBefore
      });
    } catch (e) {
      throw new Error(
        `rotation not applied: deploying the new passwords failed, so the secret '${name}' was left unchanged and every password in it still works. ${messageOf(e)}`,
        { cause: e }
      );
    }
    deployed = during;
    deployedTokens = tokensDuring;
    deploys += 1;
  }
  let written;
  if (!sameUsersState(before?.state, plan.next)) {
    const pending = deployed === void 0 ? "nothing was changed" : "the edge function accepts both the old and the new passwords, but the secret still holds the old ones";
    try {
      const current = await readUsersSecret(deps.secrets, name, deps.setSecret);
      if (!sameUsersState(before?.state, current?.state)) {
        throw new Error(
          "the secret changed while this run was rotating (another run, or an edit by hand); run rotations one at a time (a workflow `concurrency` group)"
        );
      }
      written = await writeUsersSecret(
        deps.secrets,
        name,
        plan.next,
        (deps.requestToken ?? import_node_crypto2.randomUUID)()
      );
    } catch (e) {
      throw new Error(
        `rotation not completed: storing the new users in the secret '${name}' failed; ${pending}. Run \`rotate\` again to complete it (it generates new passwords). ${messageOf(e)}`,
        { cause: e }
      );
    }
    log.info(
      `stored version ${written.versionId ?? "(unknown)"} of secret '${name}' (the previous one is AWSPREVIOUS)`
    );
  }
  if (deployed === void 0 || !sameCredentials(deployed, after) || !sameTokens(deployedTokens, tokensAfter) || keyIdAfter !== keyIdBefore) {
    log.info(
      deployed === void 0 ? "deploying the edge function with the secret's users" : keyIdAfter !== keyIdBefore ? "deploying the edge function with the new session key id" : "deploying the edge function without the removed and replaced passwords"
    );
    try {
      deployedSite = await deps.deploy({
        users: after,
        tokens: tokensAfter,
        sessionKeyId: keyIdAfter
      });
    } catch (e) {
      throw new Error(
        written === void 0 ? `deploying the users of the secret '${name}' failed; every password it holds still works. ${messageOf(e)}` : `rotation stored but not fully deployed: the secret '${name}' holds the new users and all of them work, but the edge function still accepts passwords that were removed or replaced. Run \`deploy\` (or \`rotate\` again) to finish. ${messageOf(e)}`,
        { cause: e }
      );
    }
    deploys += 1;
  }
  const finished = ctx.now();
  const replaced = plan.rotated.length > 0;
  return {
    secretName: name,
    region: secretRegion,
    secretArn: written?.arn ?? before?.arn,
    versionId: written?.versionId,
    rotated: plan.rotated,
    added: plan.added,
    removed: plan.removed,
    sessionsEnded: plan.sessionsEnded,
    allSessionsEnded: plan.allSessionsEnded,
    tokensAdded: tokenPlan.added,
    tokensRegenerated: tokenPlan.regenerated,
    tokensRemoved: tokenPlan.removed,
    users: plan.next.users.map((u) => u.user),
    rotatedAt: new Date(now).toISOString(),
    oldPasswordsStopWorkingAt: !replaced ? void 0 : new Date(plan.expiresAt === void 0 ? finished : plan.expiresAt * 1e3).toISOString(),
    deploys,
    edgeVersionArn: deployedSite.edgeVersionArn,
    url: deployedSite.url,
    ...config === void 0 ? {} : { config }
  };
}
async function usersFromSecret(site, ctx, deps) {
  const name = secretName(site.stackName);
  const stored = await readUsersSecret(deps.secrets, name, deps.setSecret);
  const howToAdd = `run the action with \`command: rotate\` (it gives the users of ${site.file} new passwords and deploys), or set \`basic-auth-users\` from a GitHub secret`;
  if (stored === void 0) {
    throw new Error(
      `\`basic-auth-users\` is empty, so the users come from the Secrets Manager secret '${name}' (${EDGE_REGION}), which does not exist yet: ${howToAdd}`
    );
  }
  if (stored.state.users.length === 0) {
    throw new Error(
      `the Secrets Manager secret '${name}' (${EDGE_REGION}) holds no users: ${howToAdd}`
    );
  }
  const warn = (m) => ctx.log.warn(m);
  return {
    users: credentialsOfSite(credentialsForEdge(stored.state, ctx.now()), site, name, warn),
    tokens: tokensForEdge(stored.state.tokens ?? [], site.automationTokens ?? [], warn),
    sessionKeyId: stored.state.sessionKeyId ?? DEFAULT_SESSION_KEY_ID
  };
}
async function edgeSecrets(site, run, ctx, deps) {
  if (run.basicAuthUsers.length > 0) {
    if ((site.automationTokens ?? []).length > 0) {
      throw new Error(
        `\`automation-tokens\` in ${site.file} needs the users in AWS Secrets Manager, where \`rotate\` keeps the token values: leave \`basic-auth-users\` empty (and run \`command: rotate\`), or remove \`automation-tokens\``
      );
    }
    return {
      users: run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password })),
      tokens: [],
      sessionKeyId: DEFAULT_SESSION_KEY_ID
    };
  }
  return usersFromSecret(site, ctx, deps);
}
function rotateSummaryMarkdown(report) {
  const until = report.oldPasswordsStopWorkingAt ?? "\u2014";
  const token = (n) => markdownCell(`token:${n}`);
  const rows = [
    ...report.rotated.map((u) => `| ${markdownCell(u)} | new password | ${until} |`),
    ...report.added.map((u) => `| ${markdownCell(u)} | added | \u2014 |`),
    ...report.removed.map((u) => `| ${markdownCell(u)} | removed (at once) | \u2014 |`),
    ...report.sessionsEnded.map((u) => `| ${markdownCell(u)} | sessions ended | \u2014 |`),
    ...(report.tokensAdded ?? []).map((n) => `| ${token(n)} | new token | \u2014 |`),
    ...(report.tokensRegenerated ?? []).map(
      (n) => `| ${token(n)} | new value (old one revoked) | \u2014 |`
    ),
    ...(report.tokensRemoved ?? []).map((n) => `| ${token(n)} | removed (revoked) | \u2014 |`)
  ];
  const newTokens = (report.tokensAdded?.length ?? 0) + (report.tokensRegenerated?.length ?? 0);
  const out = ["### Rotation", ""];
  if (report.config !== void 0) out.push(`**Site file:** ${report.config}`, "");
  if (rows.length > 0) {
    out.push("| user | change | old password works until |", "|---|---|---|", ...rows, "");
  } else {
    out.push("No user changed.", "");
  }
  out.push(`Users now (${report.users.length}): ${report.users.map(markdownCell).join(", ")}`, "");
  if (report.allSessionsEnded) out.push("Every sign-in session ended (a new session key id).", "");
  if (report.rotated.length + report.added.length + newTokens > 0) {
    out.push(
      `The new ${newTokens > 0 ? "passwords and token values (under `tokens`)" : "passwords"} are in the Secrets Manager secret \`${report.secretName}\` (${report.region})` + (report.versionId === void 0 ? "" : `, version \`${report.versionId}\``) + "; whoever may read it gets them with",
      "",
      "```sh",
      `aws secretsmanager get-secret-value --region ${report.region} --secret-id ${report.secretName} --query SecretString --output text`,
      "```",
      ""
    );
  }
  if (report.url !== void 0) out.push(`**Site:** ${report.url}`, "");
  return out.join("\n");
}
function describeChanges(plan) {
  const parts = [
    plan.rotated.length > 0 ? `new passwords for ${plan.rotated.join(", ")}` : "",
    plan.added.length > 0 ? `adding ${plan.added.join(", ")}` : "",
    plan.removed.length > 0 ? `removing ${plan.removed.join(", ")}` : "",
    plan.sessionsEnded.length > 0 ? `ending the sessions of ${plan.sessionsEnded.join(", ")}` : "",
    plan.allSessionsEnded ? "ending every session" : ""
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts.join("; ") : "no user changes";
}
function describeTokens(plan) {
  const parts = [
    plan.added.length > 0 ? `new token(s) ${plan.added.join(", ")}` : "",
    plan.regenerated.length > 0 ? `new value for token(s) ${plan.regenerated.join(", ")}` : "",
    plan.removed.length > 0 ? `removing token(s) ${plan.removed.join(", ")}` : ""
  ].filter((p) => p !== "");
  return parts.length > 0 ? `; ${parts.join("; ")}` : "";
}
function withTokens(state, tokens) {
  const { tokens: _replaced, ...rest } = state;
  return tokens !== void 0 && tokens.length > 0 ? { ...rest, tokens } : rest;
}
function messageOf(e) {
  if (typeof e === "object" && e !== null && "message" in e && typeof e.message === "string") {
    return e.message;
  }
  return String(e);
}

export {
  generatePassword,
  rotateCommand,
  usersFromSecret,
  edgeSecrets,
  rotateSummaryMarkdown,
  withTokens
};
