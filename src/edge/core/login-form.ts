/**
 * The sign-in form's body as `/_login` receives it on Lambda@Edge (issue 23 item 1): the
 * association of the `/_login` behavior has `IncludeBody: true`, and the event's
 * `request.body` is `{ data, encoding, inputTruncated, action }`, `data` base64 when `encoding`
 * is `base64` ("Lambda@Edge event structure":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html;
 * Lambda@Edge truncates large bodies, "Accessing the request body by choosing the include body
 * option": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html).
 * A sign-in form is tiny: a truncated body, or one over MAX_FORM_BYTES, is refused whole.
 *
 * The form is `application/x-www-form-urlencoded` (WHATWG URL, "application/x-www-form-urlencoded
 * parsing": `&`-separated `name=value`, `+` is a space, then percent-decoding of UTF-8), read
 * strictly: malformed escapes or UTF-8, a repeated field, or a user or password the Basic rules
 * refuse (basic.ts) make the whole form invalid. User and password are NFC-normalised by the
 * caller's `normalize`, as `parseBasic` does, so a session is made exactly when Basic auth
 * with the same words would succeed. Pure, portable (index.ts).
 */
import { decodeBase64, decodeUtf8, passwordProblem, userNameProblem } from './basic.js';

/** The largest form body read, in bytes (a user, a password, a path). */
export const MAX_FORM_BYTES = 4096;

export interface LoginForm {
  /** NFC. */
  readonly user: string;
  /** NFC. */
  readonly password: string;
  /** The `next` field as sent (check it with `safeRedirectTarget`); '' when absent. */
  readonly next: string;
}

/** The text of a Lambda@Edge request body, or undefined (absent, truncated, too large, bad). */
export function bodyText(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const data = 'data' in body ? body.data : undefined;
  const encoding = 'encoding' in body ? body.encoding : undefined;
  const truncated = 'inputTruncated' in body ? body.inputTruncated : undefined;
  if (truncated === true || typeof data !== 'string') return undefined;
  if (encoding === 'text') return data.length <= MAX_FORM_BYTES ? data : undefined;
  if (encoding !== 'base64' || data.length > Math.ceil(MAX_FORM_BYTES / 3) * 4) return undefined;
  const bytes = decodeBase64(data);
  return bytes === undefined || bytes.length > MAX_FORM_BYTES ? undefined : decodeUtf8(bytes);
}

function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The fields of a sign-in form body, or undefined when it is not a valid one. */
export function parseLoginForm(
  text: string,
  normalize: (text: string) => string,
): LoginForm | undefined {
  if (text.length > MAX_FORM_BYTES) return undefined;
  let user: string | undefined;
  let password: string | undefined;
  let next: string | undefined;
  const pairs = text.split('&');
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i] ?? '';
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = formDecode(eq === -1 ? pair : pair.substring(0, eq));
    const value = formDecode(eq === -1 ? '' : pair.substring(eq + 1));
    if (name === undefined || value === undefined) return undefined;
    if (name === 'user') {
      if (user !== undefined) return undefined;
      user = normalize(value);
    } else if (name === 'password') {
      if (password !== undefined) return undefined;
      password = normalize(value);
    } else if (name === 'next') {
      if (next !== undefined) return undefined;
      next = value;
    }
  }
  if (user === undefined || password === undefined) return undefined;
  if (userNameProblem(user) !== undefined || passwordProblem(password) !== undefined) {
    return undefined;
  }
  return { user, password, next: next ?? '' };
}
