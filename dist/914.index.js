export const id = 914;
export const ids = [914,999];
export const modules = {

/***/ 1999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   chooseCommentAction: () => (/* binding */ chooseCommentAction),
/* harmony export */   formatUtc: () => (/* binding */ formatUtc),
/* harmony export */   planCommentMarker: () => (/* binding */ planCommentMarker),
/* harmony export */   renderPlanComment: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/**
 * The sticky plan comment (`comment-on-pr`), pure: its hidden marker, its body, the truncation
 * that keeps it under GitHub's size limit, and the choice between creating and updating it.
 * The I/O (listing, creating, updating comments) stays in src/main.ts.
 */
/**
 * GitHub refuses a comment body over 65,536 characters: the API answers
 * `422 ... body is too long (maximum is 65536 characters)` (seen in
 * https://github.com/danger/danger/issues/424 and
 * https://github.com/telia-oss/github-pr-resource/issues/259; measurements in
 * https://github.com/dead-claudia/github-limits/pull/13 count up to 262,144 UTF-8 bytes).
 * Staying at or under 65,536 UTF-16 code units satisfies both readings (at most 3 bytes each).
 */
const COMMENT_LIMIT = 65_536;
/** The hidden line that identifies the plan comment of one stack. */
function planCommentMarker(stackName) {
    return `<!-- secure-dist-plan:${stackName} -->`;
}
/** `2026-11-29 05:42 UTC` */
function formatUtc(d) {
    return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function commitText(commit) {
    if (commit === undefined)
        return 'an unknown commit';
    const short = `\`${commit.sha.slice(0, 7)}\``;
    return commit.url === undefined ? short : `[${short}](${commit.url})`;
}
/** The comment body: marker, heading, when and for which commit, then the plan (maybe cut). */
function renderPlanComment(p, limit = COMMENT_LIMIT) {
    const head = [
        planCommentMarker(p.stackName),
        `## secure-dist plan for \`${p.stackName}\``,
        '',
        `Last updated ${formatUtc(p.now)} for commit ${commitText(p.commit)}.`,
        '',
    ].join('\n');
    if (p.noChanges)
        return `${head}No changes: the stacks and the content are up to date.\n`;
    const where = p.runUrl === undefined ? 'the job summary' : `the [job summary](${p.runUrl}) of this run`;
    const note = `\n\n**The plan was cut to fit GitHub's comment size limit; the full plan is in ${where}.**\n`;
    const full = `${head}${p.markdown}\n`;
    if (full.length <= limit)
        return full;
    let cut = p.markdown.slice(0, Math.max(0, limit - head.length - note.length));
    // Never end on half of a surrogate pair, and cut at a line end when there is one.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > 0)
        cut = cut.slice(0, lineEnd);
    return `${head}${cut}${note}`;
}
/**
 * Create when no comment carries the marker; update the first one that does otherwise.
 * Only comments whose body starts with the exact marker line count, and, when `author` is known
 * (the token's own login), only comments by that author: someone else's comment that quotes
 * the marker or looks like a plan is never touched.
 */
function chooseCommentAction(comments, stackName, body, author) {
    const marker = planCommentMarker(stackName);
    const mine = comments.find((c) => (c.body ?? '').split('\n', 1)[0]?.trim() === marker &&
        (author === undefined || c.author === author));
    if (mine === undefined)
        return { kind: 'create' };
    return mine.body === body ? { kind: 'unchanged', id: mine.id } : { kind: 'update', id: mine.id };
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPlanComment: () => (/* binding */ upsertPlanComment)
/* harmony export */ });
/* harmony import */ var _plan_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1999);

/** Updates this stack's plan comment on the pull request, or creates it when there is none. */
async function upsertPlanComment(octokit, pr, stackName, body) {
    try {
        return await upsert(octokit, pr, stackName, body);
    }
    catch (e) {
        throw forbiddenHint(e, pr.issueNumber) ?? e;
    }
}
async function upsert(octokit, { owner, repo, issueNumber }, stackName, body) {
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    })).map((c) => ({ id: c.id, body: c.body, author: c.user?.login }));
    const action = (0,_plan_comment_js__WEBPACK_IMPORTED_MODULE_0__.chooseCommentAction)(comments, stackName, body, await tokenLogin(octokit));
    if (action.kind === 'create')
        await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    else if (action.kind === 'update')
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: action.id, body });
    return action;
}
/**
 * A 403 on reading or writing the comments, as a step the user can take. The workflow's token (the default
 * `github-token`) may write a pull request's comments only with `pull-requests: write`; without
 * it GitHub answers 403 "Resource not accessible by integration" (indexable-inc/index#582:
 * `issues: write` alone is refused on a pull request, `pull-requests: write` is what gates it).
 */
function forbiddenHint(e, issueNumber) {
    if (!(e instanceof Error) || !('status' in e) || e.status !== 403)
        return undefined;
    if (/rate limit/i.test(e.message))
        return undefined; // GitHub's rate limits answer 403 too
    return new Error(`\`comment-on-pr\`: GitHub refused the plan comment on #${issueNumber} (403: ${e.message}); ` +
        'give the job `permissions: pull-requests: write`, or pass a `github-token` that may comment');
}
/**
 * The login the token comments as: `GET /user` answers for a personal token; an installation
 * token (the workflow's GITHUB_TOKEN) cannot read it, and comments as `github-actions[bot]`.
 */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return 'github-actions[bot]';
    }
}


/***/ })

};
