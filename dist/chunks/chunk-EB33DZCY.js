import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/access.ts
var ANY_USER = "*";
var BAD_SEGMENT = /[\u0000-\u001f\u007f\\]/;
function globProblem(glob) {
  if (!glob.startsWith("/")) return "does not start with /";
  const parts = glob.split("/");
  for (let i = 0; i < parts.length; i += 1) {
    const segment = parts[i] ?? "";
    if (segment === "." || segment === "..") return `has a '${segment}' segment`;
    if (BAD_SEGMENT.test(segment)) return "contains a backslash or a control character";
    if (segment.includes("*") && segment !== "*" && segment !== "**") {
      return `has '${segment}': * and ** stand for whole segments only`;
    }
  }
  return void 0;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var MAX_HOME_PAGE_BYTES = 32 * 1024;

// src/edge/core/page.ts
var PAGE_STYLE = ":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}";
var PAGE_TYPE = "text/html; charset=utf-8";
function renderPage(page, style, tail) {
  const actions = page.actions === void 0 ? [] : page.actions;
  const links = actions.map((a) => `<a href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`).join(" ");
  const title = escapeHtml(page.title);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>` + (style === "" ? "" : `<style>${style}</style>`) + `</head><body><main><p class="s">${title}</p><h1>${escapeHtml(page.heading)}</h1>` + page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") + (links === "" ? "" : `<p>${links}</p>`) + tail + "</main></body></html>\n";
}
var SHARED = 0;
function answerContent(status, realm, who) {
  return status === 403 && who === SHARED ? {
    title: realm,
    heading: "This link does not work",
    paragraphs: [
      "This share link is incomplete or no longer valid: ask its sender for a new one."
    ],
    actions: []
  } : userAnswerContent(status, realm, who);
}
function userAnswerContent(status, realm, who) {
  return status === 401 ? answerWords(realm, who, "Sign-in required", [
    "This site is private: reload the page to sign in."
  ]) : refusalContent(status, realm, who);
}
function refusalContent(status, realm, who) {
  return status === 400 ? answerWords(realm, who, "Bad request", ["This address is not one the site can serve."]) : status === 403 ? answerWords(realm, who, "Not yours", [
    `You are signed in as ${String(who)}.`,
    "This page is not one of yours."
  ]) : answerWords(realm, who, "Not found", ["There is nothing at this address."]);
}
function answerWords(realm, who, heading, paragraphs) {
  const actions = typeof who === "string" ? [{ href: "/", label: "Go to your home page" }] : [];
  return { title: realm, heading, paragraphs, actions };
}

export {
  ANY_USER,
  globProblem,
  PAGE_STYLE,
  PAGE_TYPE,
  renderPage,
  answerContent
};
