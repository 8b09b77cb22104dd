import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  chooseCommentAction,
  planCommentMarker
} from "./chunk-Q6WDA5JW.js";

// src/report/pr-comment.ts
function commenter(octokit) {
  let login;
  return { octokit, login: () => login ??= tokenLogin(octokit) };
}
async function upsertPlanComment(octokit, pr, stackName, body) {
  const plan = { marker: planCommentMarker(stackName), setting: "comment-on-pr", what: "plan" };
  return upsertComment(commenter(octokit), pr, plan, body, true);
}
async function upsertComment(writer, pr, comment, body, create) {
  const { octokit } = writer;
  try {
    const action = chooseCommentAction(
      await listComments(octokit, pr),
      comment.marker,
      body,
      await writer.login()
    );
    const { owner, repo, issueNumber } = pr;
    if (action.kind === "create") {
      if (!create) return void 0;
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    } else if (action.kind === "update") {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: action.id, body });
    }
    return action;
  } catch (e) {
    throw forbiddenHint(e, pr.issueNumber, comment) ?? e;
  }
}
async function listComments(octokit, { owner, repo, issueNumber }) {
  return (await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })).map((c) => ({ id: c.id, body: c.body, author: c.user?.login }));
}
function forbiddenHint(e, issueNumber, comment) {
  if (!(e instanceof Error) || !("status" in e) || e.status !== 403) return void 0;
  if (/rate limit/i.test(e.message)) return void 0;
  return new Error(
    `\`${comment.setting}\`: GitHub refused the ${comment.what} comment on #${issueNumber} (403: ${e.message}); give the job \`permissions: pull-requests: write\`, or pass a \`github-token\` that may comment`
  );
}
async function tokenLogin(octokit) {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return "github-actions[bot]";
  }
}

export {
  commenter,
  upsertPlanComment,
  upsertComment
};
