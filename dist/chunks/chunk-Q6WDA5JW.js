import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/report/plan-comment.ts
var COMMENT_LIMIT = 65536;
function planCommentMarker(stackName) {
  return `<!-- secure-dist-plan:${stackName} -->`;
}
function formatUtc(d) {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function commitText(commit) {
  if (commit === void 0) return "an unknown commit";
  const short = `\`${commit.sha.slice(0, 7)}\``;
  return commit.url === void 0 ? short : `[${short}](${commit.url})`;
}
function renderPlanComment(p, limit = COMMENT_LIMIT) {
  const head = [
    planCommentMarker(p.stackName),
    `## secure-dist plan for \`${p.stackName}\``,
    "",
    `Last updated ${formatUtc(p.now)} for commit ${commitText(p.commit)}.`,
    ""
  ].join("\n");
  if (p.noChanges) return `${head}No changes: the stacks and the content are up to date.
`;
  const where = p.runUrl === void 0 ? "the job summary" : `the [job summary](${p.runUrl}) of this run`;
  const note = `

**The plan was cut to fit GitHub's comment size limit; the full plan is in ${where}.**
`;
  const full = `${head}${p.markdown}
`;
  if (full.length <= limit) return full;
  let cut = p.markdown.slice(0, Math.max(0, limit - head.length - note.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf("\n");
  if (lineEnd > 0) cut = cut.slice(0, lineEnd);
  return `${head}${cut}${note}`;
}
function chooseCommentAction(comments, marker, body, author) {
  const mine = comments.find(
    (c) => (c.body ?? "").split("\n", 1)[0]?.trim() === marker && (author === void 0 || c.author === author)
  );
  if (mine === void 0) return { kind: "create" };
  return mine.body === body ? { kind: "unchanged", id: mine.id } : { kind: "update", id: mine.id };
}

export {
  COMMENT_LIMIT,
  planCommentMarker,
  formatUtc,
  renderPlanComment,
  chooseCommentAction
};
