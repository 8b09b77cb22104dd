import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-HTHYABKK.js";
import {
  commenter,
  upsertComment
} from "./chunk-AUPNLTZG.js";
import {
  formatUtc
} from "./chunk-Q6WDA5JW.js";
import {
  markdownCell
} from "./chunk-L4JO2DNT.js";

// src/preview/event.ts
var SWEEP_EVENTS = ["schedule", "workflow_dispatch"];
var field = (o, key) => typeof o === "object" && o !== null && key in o ? Reflect.get(o, key) : void 0;
function pullRequestOf(payload) {
  const pr = field(payload, "pull_request");
  const number = field(pr, "number");
  const sha = field(field(pr, "head"), "sha");
  const action = field(payload, "action");
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return void 0;
  if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/.test(sha)) return void 0;
  return { number, sha, action: typeof action === "string" ? action : void 0 };
}
function previewEvent(eventName, payload) {
  if (eventName !== "pull_request") {
    throw new Error(
      `\`command: preview\` runs on \`pull_request\` events (opened, synchronize, reopened); this run is for \`${eventName ?? "no event"}\` (docs/previews.md)`
    );
  }
  const pr = pullRequestOf(payload);
  if (pr === void 0) {
    throw new Error(
      "`command: preview`: the event payload (GITHUB_EVENT_PATH) has no `pull_request.number` and `pull_request.head.sha`"
    );
  }
  if (pr.action === "closed") {
    throw new Error(
      `\`command: preview\`: pull request #${pr.number} was closed; run \`command: preview-cleanup\` on \`closed\` to remove its preview`
    );
  }
  return pr;
}
function cleanupEvent(eventName, payload) {
  if (eventName === "pull_request") {
    const pr = pullRequestOf(payload);
    if (pr === void 0) {
      throw new Error(
        "`command: preview-cleanup`: the event payload (GITHUB_EVENT_PATH) has no `pull_request.number`"
      );
    }
    if (pr.action !== "closed") {
      throw new Error(
        `\`command: preview-cleanup\` on \`pull_request\` runs when it is \`closed\`; this event is \`${pr.action ?? "unknown"}\` (add \`types: [closed]\` to the trigger)`
      );
    }
    return { kind: "closed", pullRequest: pr };
  }
  const sweep = SWEEP_EVENTS.find((e) => e === eventName);
  if (sweep !== void 0) return { kind: "sweep", eventName: sweep };
  throw new Error(
    `\`command: preview-cleanup\` runs on \`pull_request\` (closed), \`schedule\` or \`workflow_dispatch\`; this run is for \`${eventName ?? "no event"}\``
  );
}

// src/report/preview-comment.ts
function previewCommentMarker(stackName) {
  return `<!-- secure-dist-preview:${stackName} -->`;
}
function commitText(commit) {
  const short = `\`${commit.sha.slice(0, 7)}\``;
  return commit.url === void 0 ? short : `[${short}](${commit.url})`;
}
function renderPreviewComment(p) {
  const who = p.users === "*" ? "every user of the site" : p.users.map(markdownCell).join(", ");
  return [
    previewCommentMarker(p.stackName),
    `## Preview of #${p.pullRequest} (\`${p.stackName}\`)`,
    "",
    p.url === void 0 ? `Published under \`/_previews/pr-${p.pullRequest}/\` on the site's host (set \`domain-name\` in the site file for a link here).` : `**${p.url}**`,
    "",
    `| | |`,
    `|---|---|`,
    `| Commit | ${commitText(p.commit)} |`,
    `| Updated | ${formatUtc(p.updated)} |`,
    `| Expires | ${formatUtc(p.expires)} (each push starts the count again) |`,
    `| Who may open it | ${who}, after signing in as on the site |`,
    ""
  ].join("\n");
}
var REMOVED_BECAUSE = {
  expired: "it expired",
  "no manifest": "it was left unfinished",
  "previews are off": "previews are off for this site",
  "pull request closed": "its pull request was closed"
};
function renderRemovedComment(stackName, pullRequest, reason, at) {
  return [
    previewCommentMarker(stackName),
    `## Preview of #${pullRequest} (\`${stackName}\`)`,
    "",
    `The preview was removed at ${formatUtc(at)}: ${REMOVED_BECAUSE[reason]}.`,
    ""
  ].join("\n");
}

// src/preview/github.ts
function previewGitHub(token, repo) {
  if (token === void 0) return void 0;
  const octokit = getOctokit(token);
  return { repo, octokit, commenter: commenter(octokit) };
}
async function writePreviewComment(gitHub, stackName, pullRequest, body, create, log) {
  if (gitHub === void 0) {
    log.warn("no `github-token`: the preview comment was not written");
    return void 0;
  }
  const action = await upsertComment(
    gitHub.commenter,
    { ...gitHub.repo, issueNumber: pullRequest },
    { marker: previewCommentMarker(stackName), setting: "github-token", what: "preview" },
    body,
    create
  );
  log.info(
    action === void 0 ? `#${pullRequest} has no preview comment to update` : action.kind === "create" ? `preview comment created on #${pullRequest}` : `preview comment ${action.id} on #${pullRequest} ${action.kind === "update" ? "updated" : "is already up to date"}`
  );
  return action;
}
function pullRequestStates({ octokit, repo }, warn) {
  return async (n) => {
    try {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: n });
      return data.state === "closed" ? "closed" : data.state === "open" ? "open" : void 0;
    } catch (e) {
      warn(
        `could not read pull request #${n} (${e instanceof Error ? e.message : String(e)}): its preview stays until it expires`
      );
      return void 0;
    }
  };
}

// src/preview/metadata.ts
function previewMetadata(pullRequest, commit, nowMs, expireAfterSeconds) {
  return {
    pullRequest,
    commit,
    updated: new Date(nowMs).toISOString(),
    expires: new Date(nowMs + expireAfterSeconds * 1e3).toISOString()
  };
}
function parsePreviewMetadata(text) {
  if (text === void 0) return void 0;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null || !("metadata" in data)) return void 0;
  const m = data.metadata;
  if (typeof m !== "object" || m === null) return void 0;
  const { pullRequest, commit, updated, expires } = {
    pullRequest: "pullRequest" in m ? m.pullRequest : void 0,
    commit: "commit" in m ? m.commit : void 0,
    updated: "updated" in m ? m.updated : void 0,
    expires: "expires" in m ? m.expires : void 0
  };
  if (typeof pullRequest !== "number" || typeof commit !== "string" || typeof updated !== "string" || typeof expires !== "string" || Number.isNaN(Date.parse(expires)) || Number.isNaN(Date.parse(updated)))
    return void 0;
  return { pullRequest, commit, updated, expires };
}

export {
  previewEvent,
  cleanupEvent,
  renderPreviewComment,
  renderRemovedComment,
  previewGitHub,
  writePreviewComment,
  pullRequestStates,
  previewMetadata,
  parsePreviewMetadata
};
