/**
 * The CloudFront Functions runtime's code, as the action deploys it: the bundled templates
 * (bundled.ts, built by scripts/build-function.mjs) with the site's configuration in place of
 * their placeholder — the realm and the pepper for the viewer-request function
 * (`renderFunctionCode`), `trusted-pages` for the viewer-response function
 * (`renderResponseFunctionCode`, not secret). The users are not in the code: they are in the
 * KeyValueStore (store.ts), so a rotation changes the store, not the function.
 *
 * The same realm and pepper give byte-identical code, so an unchanged deploy changes nothing.
 * The pepper is a secret: the rendered code must be handled like the users secret (never
 * logged, never in an output); the template (`FUNCTION_TEMPLATE`) is not secret.
 */
import { createHmac } from 'node:crypto';
import {
  FORM_FUNCTION_TEMPLATE,
  FORM_PREVIEWS_FUNCTION_TEMPLATE,
  FUNCTION_PLACEHOLDER,
  FUNCTION_TEMPLATE,
  LOGIN_FUNCTION_TEMPLATE,
  PREVIEWS_FUNCTION_TEMPLATE,
  RESPONSE_FUNCTION_TEMPLATE,
} from './bundled.js';
import { PREVIEWS_PREFIX } from '../core/preview.js';
import { MAX_SESSION_SECONDS } from '../core/session.js';
import { pepperProblem } from './store.js';

/** The CloudFront Functions runtime the code is written for (`FunctionConfig.Runtime`). */
export const FUNCTION_RUNTIME = 'cloudfront-js-2.0';

/**
 * CloudFront Functions' maximum function size, in bytes ("Quotas" › "Quotas on CloudFront
 * Functions": 10 KB, not adjustable:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions).
 */
export const MAX_FUNCTION_BYTES = 10 * 1024;

export interface RenderFunctionOptions {
  /** Basic auth realm (input `realm`): 1 to 128 printable ASCII characters, no `"` or `\`. */
  realm: string;
  /** The site's pepper (`generatePepper`, store.ts); the store's hashes are keyed with it. */
  pepper: string;
  /**
   * `login: form` (issue 23): the session key id (`[A-Za-z0-9]{1,16}`, the users secret's
   * `sessionKeyId`) and `session-lifetime` in seconds (1 … 30 days). Absent: `login: basic`,
   * the function of before issue 23 (FUNCTION_TEMPLATE), and no login function.
   */
  session?: { lifetime: number; keyId: string } | undefined;
  /**
   * `previews` (issue 25): a previews build (PREVIEWS_FUNCTION_TEMPLATE, or with `session`
   * FORM_PREVIEWS_FUNCTION_TEMPLATE), with the lower-case preview domain if any, which the code
   * holds as its length and HMAC (handler.ts `FunctionPreviews`). Absent: previews off (a
   * `_previews` key is a 404).
   */
  previews?: { domain?: string | undefined } | undefined;
}

export interface RenderResponseFunctionOptions {
  /** `trusted-pages`: no sandbox for published files (core/content-policy.ts). */
  trustedPages?: boolean | undefined;
}

/**
 * The viewer-request function's code for this realm and pepper: with `session`, a `login:
 * form` build (Basic or the session cookie, a browser without either sent to `/_login`), else
 * a Basic-only one; with `previews`, the build that also serves previews (handler.ts): four
 * templates (FUNCTION_TEMPLATE, FORM_FUNCTION_TEMPLATE, PREVIEWS_FUNCTION_TEMPLATE,
 * FORM_PREVIEWS_FUNCTION_TEMPLATE). Throws on a bad realm, pepper, session or preview domain,
 * or > 10 KB.
 */
export function renderFunctionCode(options: RenderFunctionOptions): string {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const session =
    options.session === undefined ? undefined : { keyId: checkedSession(options.session).keyId };
  const previews = options.previews;
  if (previews === undefined) {
    return session === undefined
      ? withConfig(FUNCTION_TEMPLATE, { realm, pepper: options.pepper })
      : withConfig(FORM_FUNCTION_TEMPLATE, { realm, pepper: options.pepper, session });
  }
  const domain = previews.domain;
  if (domain !== undefined && !/^[a-z0-9.-]{1,253}$/.test(domain)) {
    throw new Error('function code: the preview domain must be a lower-case host name');
  }
  const config = {
    realm,
    pepper: options.pepper,
    ...(session === undefined ? {} : { session }),
    previews: domain === undefined ? {} : previewDomainConfig(domain),
  };
  return withConfig(
    session === undefined ? PREVIEWS_FUNCTION_TEMPLATE : FORM_PREVIEWS_FUNCTION_TEMPLATE,
    config,
  );
}

/**
 * The preview domain as the previews builds hold it (handler.ts `FunctionPreviews`): its length
 * and the base64url HMAC-SHA-256 of its name under the fixed key `_previews/`
 * (`PREVIEWS_PREFIX`, a string the code already holds), which the function computes on the
 * end of the request's host name with the runtime's `crypto.createHmac`. Not the pepper: synth
 * renders the code with a stand-in pepper and CloudFormation puts in the real one
 * (src/synth/function-site.ts `functionCodeParts`), and nothing here is secret: the MAC only
 * stands for the name in fewer bytes (a second name with the same MAC is as hard to find as a
 * SHA-256 second preimage).
 */
export function previewDomainConfig(domain: string): { length: number; mac: string } {
  return {
    length: domain.length,
    mac: createHmac('sha256', PREVIEWS_PREFIX).update(domain).digest('base64url'),
  };
}

/**
 * The login function's code (`login: form` only; login.ts): `/_login` and `/_logout`. The
 * same realm and pepper as the viewer-request function, the session key id and lifetime.
 */
export function renderLoginFunctionCode(
  options: RenderFunctionOptions & { session: { lifetime: number; keyId: string } },
): string {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const session = checkedSession(options.session);
  return withConfig(LOGIN_FUNCTION_TEMPLATE, {
    realm,
    pepper: options.pepper,
    session: { keyId: session.keyId, lifetime: session.lifetime },
  });
}

function checkedRealm(realm: string): string {
  if (realm === '' || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      'function code: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes',
    );
  }
  return realm;
}

function checkPepper(pepper: string): void {
  const problem = pepperProblem(pepper);
  if (problem !== undefined) throw new Error(`function code: the pepper ${problem}`);
}

function checkedSession(session: { lifetime: number; keyId: string }): {
  lifetime: number;
  keyId: string;
} {
  if (!/^[A-Za-z0-9]{1,16}$/.test(session.keyId)) {
    throw new Error('function code: the session key id must be 1 to 16 letters or digits');
  }
  const lifetime = session.lifetime;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error('function code: the session lifetime must be 1 second to 30 days');
  }
  return session;
}

/** The viewer-response function's code (no secret in it). Throws if > 10 KB. */
export function renderResponseFunctionCode(options: RenderResponseFunctionOptions): string {
  return withConfig(
    RESPONSE_FUNCTION_TEMPLATE,
    options.trustedPages === true ? { trustedPages: true } : {},
  );
}

/** A template with its configuration in place of the placeholder, checked against 10 KB. */
function withConfig(template: string, config: object): string {
  const parts = template.split(FUNCTION_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error('function template: expected the config placeholder exactly once');
  }
  const code = parts.join(JSON.stringify(config));
  const bytes = Buffer.byteLength(code);
  if (bytes > MAX_FUNCTION_BYTES) {
    throw new Error(
      `function code: ${bytes} bytes, over CloudFront Functions' ${MAX_FUNCTION_BYTES}-byte limit`,
    );
  }
  return code;
}
