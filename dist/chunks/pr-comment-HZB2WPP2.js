import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  chooseCommentAction
} from "./chunk-YUJOWKEB.js";
import "./chunk-UUDKA7NK.js";

// src/report/pr-comment.ts
async function upsertPlanComment(octokit, pr, stackName, body) {
  try {
    return await upsert(octokit, pr, stackName, body);
  } catch (e) {
    throw forbiddenHint(e, pr.issueNumber) ?? e;
  }
}
async function upsert(octokit, { owner, repo, issueNumber }, stackName, body) {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })).map((c) => ({ id: c.id, body: c.body, author: c.user?.login }));
  const action = chooseCommentAction(comments, stackName, body, await tokenLogin(octokit));
  if (action.kind === "create")
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  else if (action.kind === "update")
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: action.id, body });
  return action;
}
function forbiddenHint(e, issueNumber) {
  if (!(e instanceof Error) || !("status" in e) || e.status !== 403) return void 0;
  if (/rate limit/i.test(e.message)) return void 0;
  return new Error(
    `\`comment-on-pr\`: GitHub refused the plan comment on #${issueNumber} (403: ${e.message}); give the job \`permissions: pull-requests: write\`, or pass a \`github-token\` that may comment`
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
  upsertPlanComment
};
