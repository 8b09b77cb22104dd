import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  upsertComment
} from "./chunk-PFMCTRG4.js";
import {
  previewCommentMarker
} from "./chunk-RZBIXE2Y.js";
import "./chunk-Q6WDA5JW.js";
import "./chunk-D22ES55I.js";
import "./chunk-UUDKA7NK.js";

// src/preview/github.ts
function writePreviewComment(octokit, repo, stackName, pullRequest, body, create) {
  return upsertComment(
    octokit,
    { ...repo, issueNumber: pullRequest },
    { marker: previewCommentMarker(stackName), setting: "github-token", what: "preview" },
    body,
    create
  );
}
function pullRequestStates(octokit, repo, warn) {
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
export {
  pullRequestStates,
  writePreviewComment
};
