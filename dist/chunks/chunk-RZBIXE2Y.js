import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  formatUtc
} from "./chunk-Q6WDA5JW.js";
import {
  markdownCell
} from "./chunk-D22ES55I.js";

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
function renderRemovedComment(stackName, pullRequest, reason, at) {
  return [
    previewCommentMarker(stackName),
    `## Preview of #${pullRequest} (\`${stackName}\`)`,
    "",
    `The preview was removed at ${formatUtc(at)}: ${reason}.`,
    ""
  ].join("\n");
}

export {
  previewCommentMarker,
  renderPreviewComment,
  renderRemovedComment
};
