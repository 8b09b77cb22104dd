/**
 * The sign-in page (issue 23 item 1) and the sign-out pages, in the style of every page the
 * edge makes (page.ts: `PAGE_STYLE`, escaped text, self-contained, its own
 * Content-Security-Policy). The form posts `user`, `password` and `next` to `/_login` (what the
 * Lambda@Edge runtime reads, core/login-form.ts); with `script`, for the CloudFront Functions
 * runtime, which gets no request body, `SIGN_IN_SCRIPT` sends the same credentials as
 * `Authorization: Basic` with `fetch` to the page's own address (`/_login?next=…`) and, on
 * success, loads that address again, which the login function answers with a 303 to `next`.
 * Without script the form still posts; the function answers that body-less POST with the
 * Basic challenge, so the browser's own dialog signs the visitor in (the fallback).
 *
 * `SIGN_IN_POLICY` allows exactly `PAGE_STYLE`, `FORM_STYLE` and `SIGN_IN_SCRIPT` by their
 * SHA-256 hashes (CSP Level 3 hash-source), `fetch` to this origin alone (`connect-src
 * 'self'`) and form posts to this origin alone (`form-action 'self'`);
 * __tests__/function-login.test.ts recomputes the hashes. Pure, ES2020 as the rest of the core.
 */
import { escapeHtml } from './access.js';
import { PAGE_STYLE } from './page.js';

/** The form's own style (its hash is in the policies below: change them together). */
export const FORM_STYLE =
  'input,button{display:block;box-sizing:border-box;width:100%;font:inherit;margin:.3rem 0 1rem;padding:.5rem;border-radius:8px}button{background:#15c;color:#fff;border:0}';

/**
 * Sends the form as `Authorization: Basic` (UTF-8, NFC) to the page's own address; 2xx:
 * load it again (the login function then redirects to `next`); else says why in `#m`.
 */
export const SIGN_IN_SCRIPT =
  'document.forms[0].onsubmit=async function(e){e.preventDefault();var f=this,t="";' +
  'new TextEncoder().encode((f.user.value+":"+f.password.value).normalize("NFC")).forEach(function(b){t+=String.fromCharCode(b)});' +
  'try{var r=await fetch(location.href,{method:"POST",headers:{Authorization:"Basic "+btoa(t)}});' +
  'if(r.ok)return location.replace(await r.text());m.textContent=r.status==401?"Wrong user name or password.":"Sign-in failed: "+r.status}' +
  'catch(x){m.textContent="No connection."}}';

const STYLE_HASHES =
  "'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=' 'sha256-qT9S8ABf7I8TDZNEyCMkb+6fnpd7lkuUH9Uhc0aZGiY='";

/**
 * The policy of the sign-in page and the sign-out page: their two styles and the sign-in
 * script, `fetch` and forms to this origin alone.
 */
export const SIGN_IN_POLICY =
  `default-src 'none'; style-src ${STYLE_HASHES}; script-src 'sha256-Vl1EO6/UYwQiOpWj23gAyqsrbndnWkDohMReWUS+BAA='; ` +
  "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A page of `PAGE_STYLE` and `FORM_STYLE` around `inner` (HTML, the caller escapes). */
function formPage(realm: string, inner: string, script: boolean): string {
  const title = escapeHtml(realm);
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${title}</title><style>${PAGE_STYLE}</style><style>${FORM_STYLE}</style></head>` +
    `<body><main><p class="s">${title}</p>${inner}</main>` +
    (script ? `<script>${SIGN_IN_SCRIPT}</script>` : '') +
    '</body></html>\n'
  );
}

/**
 * The sign-in page: user name and password, posted with `next` (already a safe target,
 * core/session.ts `safeRedirectTarget`) to `action` (`/_login`, with `?next=…` on the function
 * runtime). `script`: the function runtime's `SIGN_IN_SCRIPT`.
 */
export function signInPage(realm: string, action: string, next: string, script: boolean): string {
  return formPage(
    realm,
    '<h1>Sign in</h1><p id="m"></p>' +
      `<form method="post" action="${escapeHtml(action)}">` +
      '<label>User name<input name="user" autocomplete="username" required></label>' +
      '<label>Password<input name="password" type="password" autocomplete="current-password" required></label>' +
      `<input type="hidden" name="next" value="${escapeHtml(next)}">` +
      '<button>Sign in</button></form>',
    script,
  );
}

/** A cross-site `/_logout` GET: a button that posts the sign-out from this site. */
export function signOutPage(realm: string): string {
  return formPage(
    realm,
    '<h1>Sign out?</h1><form method="post" action="/_logout"><button>Sign out</button></form>',
    false,
  );
}
