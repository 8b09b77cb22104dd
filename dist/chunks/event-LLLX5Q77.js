import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import "./chunk-UUDKA7NK.js";

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
export {
  SWEEP_EVENTS,
  cleanupEvent,
  previewEvent
};
