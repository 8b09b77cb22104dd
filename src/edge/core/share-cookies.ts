/**
 * Folder share links that work when clicked through (issue 23 item 4): the CloudFront signed
 * cookies a folder link's response sets, so the relative links of the folder's listing and
 * pages (which carry no signature) load too. Pure, portable core (see index.ts).
 *
 * The edge holds no private key, so it cannot sign. It does not need to: a folder link is a
 * signed URL with a CUSTOM policy whose `Resource` is `https://<host>/_share/<folder>/*`
 * (src/share/sign.ts), and a signed cookie with a custom policy is made of the same three
 * values under other names: "The name-value pairs are: `CloudFront-Policy`,
 * `CloudFront-Signature`, and `CloudFront-Key-Pair-Id`. You can optionally include a fourth
 * name-value pair, `CloudFront-Hash-Algorithm`, to specify the hash algorithm used for the
 * signature" ("Set signed cookies using a custom policy", CloudFront Developer Guide:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-setting-signed-cookie-custom-policy.html;
 * the fourth cookie is quoted from the guide's current text as mirrored at
 * https://docs.amazonaws.cn/en_us/AmazonCloudFront/latest/DeveloperGuide/private-content-setting-signed-cookie-custom-policy.md;
 * our links are SHA-256, so `CloudFront-Hash-Algorithm=SHA256` goes along whenever the link
 * says `Hash-Algorithm=SHA256`, or CloudFront would check the cookie's signature as SHA-1).
 * Cookies and URL share the policy statement format, `Policy`/`Signature` encoding and the
 * wildcard rule ("You can use the wildcard character that matches zero or more characters
 * (*) ... anywhere in the string", same page, "Values that you specify in the policy
 * statement"), so the resource `…/_share/docs/*` covers `…/_share/docs/a.pdf` either way.
 *
 * The first request carries the signed URL, and CloudFront judges it by the URL alone:
 * "Signed URLs take precedence over signed cookies" and "CloudFront assumes that URLs that
 * contain any of those query string parameters [Expires, Policy, Signature, Key-Pair-Id,
 * Hash-Algorithm] are signed URLs, and therefore won't look at signed cookies" ("Decide to use
 * signed URLs or signed cookies":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-choosing-signed-urls-cookies.html).
 * So a stale cookie never spoils a fresh link, and the follow-up requests, without a query,
 * are judged by the cookies.
 *
 * Where: the viewer-response trigger. Its event holds "The request that CloudFront received
 * from the viewer and that might have been modified by the Lambda function that was triggered
 * by a viewer request event" ("Lambda@Edge event structure" › Response events:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html);
 * our viewer-request trigger rewrites the URI but never the query string, so the signing
 * parameters are still there, and the cookie path comes from the (signed) policy resource, not
 * the rewritten URI. And viewer-response is after the cache: "The function executes before
 * CloudFront returns the requested object to the viewer. The function executes regardless of
 * whether the object was already in the edge cache", while origin-response is the one that runs
 * "before it caches the object" (API Reference, LambdaFunctionAssociation:
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_LambdaFunctionAssociation.html).
 * The `/_share/*` cache key leaves the query string out, so one cached listing serves every
 * holder of a link to it; a Set-Cookie added here is made per request from THAT viewer's own
 * query and is never part of the cached object. The response that sets them is
 * `private, no-store` besides.
 *
 * Trust: on the share behavior CloudFront checked the signed URL before any function ran.
 * Elsewhere (the default behavior, behind Basic auth) the values are only what the viewer sent:
 * echoing them back grants nothing, since CloudFront checks every cookie on every request of
 * the share behavior. A canned-policy link (one file, `Expires`) sets none: its policy names one
 * URL, nothing for relative links to use.
 *
 * Attributes: `Path=/_share/<folder>/` (the resource without its `*`: the cookies go with that
 * folder's requests only, so links to two folders do not overwrite each other), `Expires` = the
 * policy's `DateLessThan` (the guide recommends session cookies in general; a link's cookies end
 * with the link, and CloudFront refuses them after `DateLessThan` anyway), `Secure; HttpOnly`
 * as the guide's example, `SameSite=Lax` (set on the response to a cross-site navigation from
 * a mail or chat, sent with the same-site clicks that follow). No `Domain`: the host only.
 * A user agent keeps "At least 4096 bytes per cookie (as measured by the sum of the length of
 * the cookie's name, value, and attributes)" (RFC 6265 §6.1,
 * https://www.rfc-editor.org/rfc/rfc6265#section-6.1): a longer one is not set at all (the
 * link itself still opens).
 */
import { decodeBase64, decodeUtf8 } from './basic.js';
import { KEY_PAIR_ID } from './share.js';

const TOKEN = /^[A-Za-z0-9_~-]+$/;
/** The folder URL of a folder link's policy resource: `http(s)://<host>/_share/<folder>/*`. */
const FOLDER = /^https?:\/\/([^/]+)(\/_share\/[\w\-.~%!$&'()+,=:@/]*)\*$/;
/** The signing parameters a folder link carries (`Hash-Algorithm` optional), cookie order. */
const NAMES = ['Policy', 'Signature', 'Key-Pair-Id', 'Hash-Algorithm'];

/**
 * The `Set-Cookie` values for a response to a folder share link with this query string, on
 * this host, at `nowSeconds`; undefined for anything else (a file link, no link, a malformed,
 * foreign-host or expired policy, a cookie over 4096 bytes).
 */
export function shareCookies(
  querystring: unknown,
  host: unknown,
  nowSeconds: number,
): string[] | undefined {
  if (typeof querystring !== 'string' || typeof host !== 'string') return undefined;
  const found: Record<string, string> = {};
  const pairs = querystring.split('&');
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i] ?? '';
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    // A file link (`Expires`), or a signing parameter given twice: no cookies.
    if (name === 'Expires') return undefined;
    if (NAMES.indexOf(name) >= 0) {
      if (name in found) return undefined;
      found[name] = pair.slice(eq + 1);
    }
  }
  const policy = found.Policy ?? '';
  const hash = found['Hash-Algorithm'];
  if (
    !TOKEN.test(policy) ||
    !TOKEN.test(found.Signature ?? '') ||
    !KEY_PAIR_ID.test(found['Key-Pair-Id'] ?? '') ||
    (hash !== undefined && hash !== 'SHA256')
  ) {
    return undefined;
  }
  let resource: unknown;
  let until: unknown;
  try {
    const bytes = decodeBase64(policy.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/'));
    const statement = JSON.parse((bytes && decodeUtf8(bytes)) ?? '').Statement[0];
    resource = statement.Resource;
    until = statement.Condition.DateLessThan['AWS:EpochTime'];
  } catch {
    return undefined;
  }
  const folder = typeof resource === 'string' ? FOLDER.exec(resource) : null;
  if (
    !folder ||
    (folder[1] ?? '').toLowerCase() !== host.toLowerCase() ||
    typeof until !== 'number' ||
    !(nowSeconds < until)
  ) {
    return undefined;
  }
  const attributes = `; Path=${folder[2] ?? ''}; Expires=${new Date(until * 1000).toUTCString()}; Secure; HttpOnly; SameSite=Lax`;
  // The policy cookie is the longest of the set.
  if (`CloudFront-Policy=${policy}${attributes}`.length > 4096) return undefined;
  const cookies: string[] = [];
  for (let i = 0; i < NAMES.length; i += 1) {
    const name = NAMES[i] ?? '';
    if (name in found) cookies.push(`CloudFront-${name}=${found[name] ?? ''}${attributes}`);
  }
  return cookies;
}
