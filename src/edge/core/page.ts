/**
 * The pages the edge answers browsers with (issue 23 #2): instead of the bare `401
 * Unauthorized` or `403 Forbidden` text, a browser navigation (an `Accept` header naming
 * `text/html`) gets a small page that says what happened and what to do. Every other client
 * (curl, scripts, `fetch` without that media type) keeps the plain-text body it gets today,
 * byte for byte: the adapters only swap the body, the Content-Type and add the policy below.
 *
 * - One renderer, `renderPage({ title, heading, paragraphs, actions }, PAGE_STYLE, '')`, for every page the
 *   edge makes: the site's realm is the title, the heading and paragraphs are text, the actions
 *   links. Everything is HTML-escaped here (`escapeHtml`, access.ts), so callers pass plain text
 *   and no caller can forget. A later page is one more use of it: a sign-out link is one more
 *   action; a sign-in page (issue 23 #1) would add a form field to `Page` and, for that page
 *   alone, `form-action 'self'` to its policy. `answerPage` maps today's generated statuses to
 *   their words.
 * - Self-contained: one inline `<style>`, no script, no image, no font, no external request.
 *   `PAGE_POLICY` is sent as the response's Content-Security-Policy: nothing may load
 *   (`default-src 'none'`), the one stylesheet is allowed by its SHA-256 hash (CSP Level 3,
 *   "hash-source"; MDN, "CSP: style-src":
 *   https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/style-src), so
 *   even text that escaped its escaping could neither run nor style anything; no `<base>`, no
 *   form posts, no framing. __tests__/edge-pages.test.ts recomputes the hash from `PAGE_STYLE`.
 * - Readable on a phone (viewport meta) and in dark mode (`prefers-color-scheme` and
 *   `color-scheme`).
 * - Small: the CloudFront Functions runtime's whole code must stay within 10 KB
 *   (function/render.ts), so the words are short and the style compact.
 *
 * Pure, ES2020 as the rest of the core (index.ts): no `for…of`, no spread, no `Map`.
 */
import { escapeHtml } from './access.js';

/** A link under a page's text. */
export interface PageAction {
  readonly href: string;
  readonly label: string;
}

/** What a page says; all of it plain text (escaped by `renderPage`). */
export interface Page {
  /** The document title: the site's realm. */
  readonly title: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly actions?: readonly PageAction[];
}

/** The pages' one stylesheet (its hash is in `PAGE_POLICY`: change both together). */
export const PAGE_STYLE =
  ':root{color-scheme:light dark}' +
  'body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}' +
  'main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}' +
  'h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}' +
  'a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}' +
  '@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}';

/**
 * The Content-Security-Policy of every page the edge makes: nothing loads, only `PAGE_STYLE`
 * applies (its hash), no base URL, no form target, no framing.
 */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy of a page without a stylesheet (`plainRefusalPage`):
 * `PAGE_POLICY` without its `style-src`, so nothing at all may load or apply.
 */
export const PLAIN_PAGE_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The Content-Type of a page. */
export const PAGE_TYPE = 'text/html; charset=utf-8';

/**
 * True when a request's `Accept` value(s) name `text/html`: a browser navigation. Anything
 * else (no header, `*` + `/` + `*`, `application/json`) keeps the plain-text answer. A value
 * listing `text/html` with `q=0` is rare enough to get the page too (it is still a readable
 * answer, with the same status).
 */
export function acceptsHtml(accept: unknown): boolean {
  return typeof accept === 'string' && accept.toLowerCase().indexOf('text/html') >= 0;
}

/**
 * The page's HTML: everything escaped, one style (`PAGE_STYLE`), no script; `tail` (markup,
 * already escaped, `''` for none) after its links, with the style that goes with it
 * (`renderFormPage`). No default parameters: cloudfront-js-2.0 refuses them.
 */
export function renderPage(page: Page, style: string, tail: string): string {
  const actions = page.actions === undefined ? [] : page.actions;
  const links = actions
    .map((a) => `<a href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`)
    .join(' ');
  const title = escapeHtml(page.title);
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${title}</title>` +
    (style === '' ? '' : `<style>${style}</style>`) +
    '</head><body><main>' +
    `<p class="s">${title}</p><h1>${escapeHtml(page.heading)}</h1>` +
    page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    (links === '' ? '' : `<p>${links}</p>`) +
    tail +
    '</main></body></html>\n'
  );
}

/**
 * Who gets the answer: `undefined` for a visitor who is not signed in (401), a user name for a
 * signed-in user, `SHARED` for someone who followed a share link (no account: no home link).
 */
export const SHARED = 0;
export type Audience = string | typeof SHARED | undefined;

/**
 * The page for a status the viewer-request trigger generates (400, 401, 403, 404), in the
 * site's realm, for `who` (see `SHARED`). A signed-in user gets a link to `/`, which is their
 * home: the site's `index.html` when they may read it, else the home page of their folders
 * (access.ts `homePage`), so the link never leads to a refusal of its own.
 */
export function answerPage(status: number, realm: string, who: Audience): string {
  return renderPage(answerContent(status, realm, who), PAGE_STYLE, '');
}

/**
 * `answerPage` for a site without share links (the CloudFront Functions runtime): the same
 * pages, without the share-link refusal's text, which would only take room in its 10 KB.
 */
export function userAnswerPage(status: number, realm: string, who: string | undefined): string {
  return renderPage(userAnswerContent(status, realm, who), PAGE_STYLE, '');
}

/**
 * `userAnswerPage` of a signed-in `user` (400, 403, 404: not 401, see `refusalContent`) without
 * the stylesheet (no `<style>`: send it with `PLAIN_PAGE_POLICY`), the same words: for the
 * CloudFront Function build with `login: form` and previews, whose 10 KB has no room for the
 * style (src/edge/function/handler.ts).
 */
export function plainRefusalPage(status: number, realm: string, user: string): string {
  return renderPage(refusalContent(status, realm, user), '', '');
}

/** What `answerPage` says (for an adapter that adds a sign-out button: `renderFormPage`). */
export function answerContent(status: number, realm: string, who: Audience): Page {
  return status === 403 && who === SHARED
    ? {
        title: realm,
        heading: 'This link does not work',
        paragraphs: [
          'This share link is incomplete or no longer valid: ask its sender for a new one.',
        ],
        actions: [],
      }
    : userAnswerContent(status, realm, who);
}

/** What `answerPage` says to a visitor (undefined) or a signed-in user (a name). */
function userAnswerContent(status: number, realm: string, who: Audience): Page {
  return status === 401
    ? answerWords(realm, who, 'Sign-in required', [
        'This site is private: reload the page to sign in.',
      ])
    : refusalContent(status, realm, who);
}

/**
 * What `answerPage` says to a request it refuses after sign-in (400, 403, else 404): the
 * words of every status but 401, which a `login: form` CloudFront Function never shows (a
 * browser that is not signed in goes to the sign-in page), so its pages leave it out.
 */
function refusalContent(status: number, realm: string, who: Audience): Page {
  return status === 400
    ? answerWords(realm, who, 'Bad request', ['This address is not one the site can serve.'])
    : status === 403
      ? answerWords(realm, who, 'Not yours', [
          `You are signed in as ${String(who)}.`,
          'This page is not one of yours.',
        ])
      : answerWords(realm, who, 'Not found', ['There is nothing at this address.']);
}

/** An answer's page: a signed-in user (a name) gets the link to their home page. */
function answerWords(realm: string, who: Audience, heading: string, paragraphs: string[]): Page {
  const actions = typeof who === 'string' ? [{ href: '/', label: 'Go to your home page' }] : [];
  return { title: realm, heading, paragraphs, actions };
}

/*
 * Pages with a form (issue 23 item 1, `login: form`): the sign-in page, and the sign-out button
 * of a signed-in visitor's pages. Lambda@Edge only for now (its code has room; the CloudFront
 * Function's 10 KB does not include any of this unless its adapter imports it). Their own
 * stylesheet (the pages' one plus form controls) and policy: the same as `PAGE_POLICY` but for
 * that stylesheet's hash and `form-action 'self'`, so the form may post to this site and
 * nowhere else (CSP Level 3, "form-action": https://www.w3.org/TR/CSP3/#directive-form-action).
 */

/** One input of a form. */
export interface PageField {
  readonly name: string;
  readonly label: string;
  readonly type: 'text' | 'password';
  /** The `autocomplete` token (`username`, `current-password`): password managers fill them. */
  readonly autocomplete: string;
  readonly value?: string | undefined;
}

/** A form posting to a path of this site. */
export interface PageForm {
  readonly action: string;
  readonly fields?: readonly PageField[];
  readonly hidden?: readonly { readonly name: string; readonly value: string }[];
  readonly submit: string;
}

/**
 * The form controls' style, after `PAGE_STYLE` in a page with a form (the hash of the two
 * together is in `FORM_PAGE_POLICY`: change both). String literals only, so a bundle that never
 * renders a form (the CloudFront Function's) drops it.
 */
export const FORM_STYLE =
  'label{display:block;margin:1rem 0 .3rem}' +
  'input{box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:1px solid #888;border-radius:8px;background:inherit;color:inherit}' +
  'button{font:inherit;margin-top:1.2rem;padding:.6rem 1rem;border:0;border-radius:8px;background:#15c;color:#fff;cursor:pointer}' +
  '.e{color:#b00}@media(prefers-color-scheme:dark){button{background:#37f}.e{color:#f88}}';

/** The policy of a page with a form: `PAGE_POLICY` with its style's hash, posting to itself. */
export const FORM_PAGE_POLICY =
  "default-src 'none'; style-src 'sha256-prFEOD6bzUs90WZcMdO0VaSVXn4wQXnWUUoKWqed8kw='; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** `page` with `forms` after its links, and `alert` (plain text) as a message above them. */
export function renderFormPage(page: Page, forms: readonly PageForm[], alert?: string): string {
  let tail = alert === undefined ? '' : `<p class="e" role="alert">${escapeHtml(alert)}</p>`;
  for (let f = 0; f < forms.length; f += 1) {
    const form = forms[f];
    if (form === undefined) continue;
    tail += `<form method="post" action="${escapeHtml(form.action)}">`;
    const fields = form.fields === undefined ? [] : form.fields;
    for (let i = 0; i < fields.length; i += 1) {
      const field = fields[i];
      if (field === undefined) continue;
      const id = `f-${escapeHtml(field.name)}`;
      tail +=
        `<label for="${id}">${escapeHtml(field.label)}</label>` +
        `<input id="${id}" name="${escapeHtml(field.name)}" type="${field.type}" autocomplete="${escapeHtml(field.autocomplete)}" required` +
        (i === 0 ? ' autofocus' : '') +
        (field.value === undefined ? '' : ` value="${escapeHtml(field.value)}"`) +
        '>';
    }
    const hidden = form.hidden === undefined ? [] : form.hidden;
    for (let i = 0; i < hidden.length; i += 1) {
      const h = hidden[i];
      if (h === undefined) continue;
      tail += `<input type="hidden" name="${escapeHtml(h.name)}" value="${escapeHtml(h.value)}">`;
    }
    tail += `<button type="submit">${escapeHtml(form.submit)}</button></form>`;
  }
  return renderPage(page, PAGE_STYLE + FORM_STYLE, tail);
}

/** The sign-out button of a signed-in visitor's pages: a same-site POST to `/_logout`. */
export const SIGN_OUT_FORM: PageForm = { action: '/_logout', submit: 'Sign out' };

/**
 * The sign-in page (`login: form`): user and password, posted to `/_login` with `next`, where
 * the visitor was going (checked again there: `safeRedirectTarget`). `message` says why the
 * visitor is here again (a wrong password), `user` keeps what they typed.
 */
export function signInPage(realm: string, next: string, message?: string, user?: string): string {
  const userField: PageField = {
    name: 'user',
    label: 'User name',
    type: 'text',
    autocomplete: 'username',
    value: user,
  };
  return renderFormPage(
    {
      title: realm,
      heading: 'Sign in',
      paragraphs: ['This site is private: sign in to continue.'],
    },
    [
      {
        action: '/_login',
        fields: [
          userField,
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autocomplete: 'current-password',
          },
        ],
        hidden: [{ name: 'next', value: next }],
        submit: 'Sign in',
      },
    ],
    message,
  );
}
