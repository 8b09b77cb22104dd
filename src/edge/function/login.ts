/**
 * The CloudFront Functions login function (runtime `cloudfront-js-2.0`, `edge: function`,
 * `login: form`; issue 23 item 1): viewer request on the `/_login` and `/_logout` cache
 * behaviors only (cloudformation/site.yaml `LoginFunction`), so the sign-in code and pages take
 * nothing of the viewer-request function's 10 KB (the quota is per function; see response.ts).
 * The viewer-request function (handler.ts) only verifies the cookie and sends a browser without
 * one here with a 303 (`/_login?next=<its path>`), where the Lambda@Edge handler answers the
 * sign-in page in place: the page and the minting do not fit in the viewer-request function.
 *
 * - `GET /_login`: the sign-in page (core/sign-in-page.ts) to a browser (`Accept: text/html`),
 *   status 401 without `WWW-Authenticate` (so no browser dialog), its script sending
 *   `Authorization: Basic`; anything else gets the Basic challenge. The function does not look at
 *   a cookie: a signed-in browser is never sent here by the viewer-request function.
 * - `POST /_login`: refused (403) unless same-origin (core/session.ts `sameOriginPost`:
 *   `Sec-Fetch-Site: same-origin`, or `Origin` exactly `https://<host>`). The credentials are
 *   checked exactly as the viewer-request function checks Basic (auth.ts `basicUser`); then the
 *   cookie is minted (`mintSession`: the user, their credential version `recordVersion`, the key
 *   id, `session-lifetime` capped by the password's own expiry). The script's `fetch`
 *   (`Sec-Fetch-Mode: cors`) gets a 200 with the cookie and `next` (`safeRedirectTarget`: a path
 *   of this site, else `/`) in its body; a navigation (a form posted without script) a 303 to
 *   `next`. A POST without `Authorization` (the form without script) gets the Basic challenge,
 *   so the browser's dialog signs in; wrong credentials a 401 without it.
 * - `GET /_login?…&secure-dist-token=<value>` (issue 23 item 3; the viewer-request function
 *   sends a browser's first navigation with the parameter here): a good token (auth.ts
 *   `tokenUser`) gets the session cookie of `token:<name>` (version: its digest's prefix,
 *   expiry capped by the token's) and a 303 to `next`; a refused one the sign-in page.
 * - `/_logout`: `signOutAllowed` (same-origin POST, or a GET typed or from this site) clears the
 *   cookie and says so; a cross-site GET gets a page with a sign-out button instead.
 * - Every answer `Cache-Control: private, no-store`. Methods other than POST are answered as
 *   GET (the behaviors allow all seven; no 405 code in this 10 KB).
 *
 * Configuration: realm, pepper, `session` (key id, lifetime in seconds), rendered by
 * `renderLoginFunctionCode` (render.ts). Never throws: anything unexpected is a 400.
 */
import { PAGE_TYPE, acceptsHtml } from '../core/index.js';
import {
  LOGIN_PATH,
  SESSION_COOKIE,
  mintSession,
  safeRedirectTarget,
  sameOriginPost,
  sessionCookieAttributes,
  signOutAllowed,
  type MintRequest,
} from '../core/session.js';
import { SIGN_IN_POLICY, signInPage, signOutPage } from '../core/sign-in-page.js';
import { TOKEN_PARAMETER } from '../core/token.js';
import { basicUser, recordVersion, sessionMac, tokenUser, type SignedIn } from './auth.js';
import type { FunctionEvent, FunctionRequest, FunctionResponse, FunctionValues } from './events.js';

/** What the login function reads from its configuration (rendered into the code). */
export interface LoginFunctionConfig {
  realm: string;
  pepper: string;
  /** The session key id and `session-lifetime` in seconds. */
  session: { keyId: string; lifetime: number };
}

/** Replaced by the JSON configuration when the code is rendered (see renderLoginFunctionCode). */
declare const __SECURE_DIST_FUNCTION_CONFIG__: LoginFunctionConfig;

const CONFIG: LoginFunctionConfig = __SECURE_DIST_FUNCTION_CONFIG__;
const REALM = String(CONFIG.realm).replace(/[^\x20-\x7e]|["\\]/g, '');
const PEPPER = String(CONFIG.pepper);
const KEY_ID = String(CONFIG.session.keyId);
const LIFETIME = Number(CONFIG.session.lifetime);
const MAC = sessionMac(PEPPER, KEY_ID);
const CHALLENGE = `Basic realm="${REALM}", charset="UTF-8"`;

export async function handler(event: FunctionEvent): Promise<FunctionResponse> {
  try {
    return await answer(event.request);
  } catch {
    return respond(400, undefined, {});
  }
}

/** A request header's value, undefined when absent. */
function header(request: FunctionRequest, name: string): string | undefined {
  const value = request.headers[name];
  return value === undefined ? undefined : value.value;
}

async function answer(request: FunctionRequest): Promise<FunctionResponse> {
  const method = request.method;
  const site = {
    method,
    host: header(request, 'host'),
    origin: header(request, 'origin'),
    secFetchSite: header(request, 'sec-fetch-site'),
  };
  const cookies: FunctionValues = {};
  if (request.uri !== LOGIN_PATH) {
    // `/_logout` (the only other path of this function's cache behaviors).
    if (!signOutAllowed(site)) {
      return respond(200, signOutPage(REALM), {}, undefined, SIGN_IN_POLICY);
    }
    cookies[SESSION_COOKIE] = { value: '', attributes: sessionCookieAttributes(0) };
    return respond(303, undefined, { location: { value: LOGIN_PATH } }, cookies);
  }
  const target = request.querystring.next;
  let next = '/';
  if (target !== undefined) {
    try {
      next = safeRedirectTarget(decodeURIComponent(target.value));
    } catch {
      next = '/';
    }
  }
  // `?secure-dist-token=` (issue 23 item 3): the viewer-request function sends a browser's
  // first navigation carrying it here (a GET); a good token becomes the session of
  // `token:<name>` and a 303 to the path without it; a wrong, expired or removed one gets the
  // sign-in page below, as a visitor without credentials does.
  const token = method === 'POST' ? undefined : request.querystring[TOKEN_PARAMETER];
  if (token !== undefined || method === 'POST') {
    let signedIn: SignedIn | undefined;
    if (token !== undefined) signedIn = await tokenUser(token, PEPPER);
    else {
      if (!sameOriginPost(site)) return respond(403, undefined, {});
      if (request.headers.authorization === undefined) {
        return respond(401, undefined, { 'www-authenticate': { value: CHALLENGE } });
      }
      signedIn = await basicUser(request, PEPPER);
    }
    const value = signedIn === undefined ? undefined : mint(signedIn);
    if (value !== undefined) {
      cookies[SESSION_COOKIE] = {
        value: value.cookie,
        attributes: sessionCookieAttributes(value.maxAge),
      };
      // The page's script (`fetch`: `Sec-Fetch-Mode: cors`) reads the target from the body;
      // a navigation (the form posted without script, then the Basic dialog; a token's link)
      // follows a 303.
      return token === undefined && header(request, 'sec-fetch-mode') === 'cors'
        ? respond(200, undefined, {}, cookies, undefined, next)
        : respond(303, undefined, { location: { value: next } }, cookies);
    }
    if (token === undefined) return respond(401, undefined, {});
  }
  return acceptsHtml(header(request, 'accept'))
    ? respond(
        401,
        signInPage(REALM, `${LOGIN_PATH}?next=${encodeURIComponent(next)}`, next, true),
        {},
        undefined,
        SIGN_IN_POLICY,
      )
    : respond(401, undefined, { 'www-authenticate': { value: CHALLENGE } });
}

/** The new cookie value for a signed-in user and its `Max-Age`, or undefined. */
function mint(signedIn: SignedIn): { cookie: string; maxAge: number } | undefined {
  const now = Math.floor(Date.now() / 1000);
  const request: MintRequest = {
    user: signedIn.user,
    version: 'version' in signedIn ? signedIn.version : recordVersion(signedIn, MAC, KEY_ID),
    keyId: KEY_ID,
    now,
    lifetime: LIFETIME,
    notAfter: signedIn.notAfter,
  };
  const cookie = mintSession(request, MAC);
  if (cookie === undefined) return undefined;
  // The expiry is the 4th part of `s1.<kid>.<user>.<expires>.<cv>.<mac>` (core/session.ts).
  return { cookie, maxAge: Number(cookie.split('.')[3]) - now };
}

/** A generated answer, never stored: a page with its policy, or the plain-text status line. */
function respond(
  statusCode: number,
  html: string | undefined,
  headers: FunctionValues,
  cookies?: FunctionValues,
  policy?: string,
  text?: string,
): FunctionResponse {
  headers['cache-control'] = { value: 'private, no-store' };
  headers['content-type'] = { value: html === undefined ? 'text/plain; charset=utf-8' : PAGE_TYPE };
  if (policy !== undefined) headers['content-security-policy'] = { value: policy };
  const response: FunctionResponse = {
    statusCode,
    headers,
    body: {
      encoding: 'text',
      data: html !== undefined ? html : text !== undefined ? text : `${statusCode}\n`,
    },
  };
  if (cookies !== undefined) response.cookies = cookies;
  return response;
}
