/**
 * Share links (issue 12): how the edge function recognises a request that CloudFront let in
 * with a signed URL, and the object key it names. Pure (no imports beyond the core), so a
 * second runtime can share it.
 *
 * The site stack adds a cache behavior for the path pattern `/_share/*` with a trusted key
 * group only when the site has share keys (`share-links: true`), and the edge configuration
 * then carries `share: true`; both change in one deploy, so a distribution configuration never
 * pairs the behavior with a function version that lacks the flag, or the reverse. On that
 * behavior CloudFront itself checks the signature, the policy's resource and its expiry
 * BEFORE any function runs, and answers 403 when they fail ("Serving private content with
 * signed URLs and signed cookies", CloudFront Developer Guide:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html).
 *
 * ## How the handler knows it runs on the share behavior
 *
 * A Lambda@Edge event names the distribution and the event type, not the cache behavior, and
 * the same function version serves every behavior. So the handler infers it from the URI, and
 * only a URI CloudFront could not have routed anywhere else counts:
 *
 * - the configuration has `share: true` (without it there is no share behavior, so a
 *   `/_share/…` request went through the default behavior, unsigned: Basic auth as for any
 *   path);
 * - the RAW `request.uri` starts with the literal `/_share/` (path patterns are case-sensitive,
 *   so `/_SHARE/x` or `/%5Fshare/x` is an ordinary, authenticated request);
 * - every segment after it decodes strictly, and none is `.` or `..` (also encoded), `\`, an
 *   encoded `/` or a control character: otherwise 400. This matters because CloudFront
 *   normalizes the path (dot segments, percent-decoding) to MATCH a cache behavior, while
 *   Lambda@Edge receives the ORIGINAL URI ("Even if the URI is normalized for matching,
 *   Lambda@Edge gets the original request URI", AWS Support on re:Post,
 *   https://repost.aws/questions/QUYxerjgCwQlSRsrxUx-hoAg/cloudfront-behaviour-path-pattern-matching):
 *   `/_share/../secret.pdf` matches the DEFAULT behavior (no signature checked) yet starts
 *   with `/_share/`; refusing every such form is what keeps a `/_share/` URI on the default
 *   behavior from ever skipping Basic auth. A URI that passes these checks normalizes to
 *   itself as far as the `/_share/` prefix goes, so CloudFront routed it to the share behavior;
 * - the query string carries a `Key-Pair-Id` (a CloudFront public key ID): CloudFront checked
 *   the signature made with that key; without one, 403 (a signed URL always has it). The
 *   viewer-request event's `querystring` is the query string the viewer sent ("Lambda@Edge
 *   event structure", request event fields:
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html);
 *   that it still holds the signing parameters on a signed behavior is to be confirmed on the
 *   first real-account run (if it did not, share links would fail closed with 403).
 *
 * - or, when the query string has no `Key-Pair-Id` at all, a `CloudFront-Key-Pair-Id` cookie:
 *   CloudFront let the request in by the signed cookies a folder link set (issue 23,
 *   share-cookies.ts), so the listing's relative links load.
 *
 * Then Basic auth is skipped, the access rules do not apply (a link is scoped by its own
 * policy), and the request goes on as `/<key>` — `/_share/docs/a.pdf` reads the object
 * `docs/a.pdf`, `/_share/docs/` reads `docs/index.html`, as the URI rules map any path.
 */
import { decodePath } from './uri.js';
import { MAX_KEY_BYTES, utf8Length } from './limits.js';

/** URIs under this prefix are share links (cache behavior path pattern `/_share/*`). */
export const SHARE_PREFIX = '/_share/';
/** The site stack's cache behavior for share links. */
export const SHARE_PATH_PATTERN = '/_share/*';
/** A CloudFront public key ID, e.g. `K2JCJMDEHXQW5F`. */
export const KEY_PAIR_ID = /^[A-Z0-9]{1,128}$/;

/** A share request CloudFront let in: the object key and the ID of the key that signed it. */
export interface ShareGrant {
  readonly key: string;
  readonly keyId: string;
}

/**
 * What a viewer request whose raw URI starts with the share prefix (`isShareUri`) becomes,
 * when the configuration has `share: true`: a status to answer (never a password prompt) or
 * the grant. Any other URI is not a share request (Basic auth as always); here it is a 400.
 */
export function shareRequest(
  uri: unknown,
  querystring: unknown,
  cookies?: unknown,
): ShareGrant | 400 | 403 | 404 {
  if (!isShareUri(uri)) return 400;
  const path = decodePath(uri.slice(SHARE_PREFIX.length - 1));
  if (path === 400) return 400;
  // A URL without `Key-Pair-Id` was let in by its signed cookies (issue 23, share-cookies.ts).
  const keyId =
    typeof querystring === 'string' && /(^|&)Key-Pair-Id(=|&|$)/.test(querystring)
      ? keyPairIdOf(querystring)
      : keyPairIdOfCookies(cookies);
  if (keyId === undefined) return 403;
  const segments = path.folder ? [...path.segments, 'index.html'] : path.segments;
  const key = segments.join('/');
  if (utf8Length(key) > MAX_KEY_BYTES) return 404;
  return { key, keyId };
}

/** Does the raw URI start with the literal share prefix? (Not a proof: see `shareRequest`.) */
export function isShareUri(uri: unknown): uri is string {
  return typeof uri === 'string' && uri.startsWith(SHARE_PREFIX);
}

/** The `Key-Pair-Id` of a query string, when there is exactly one and it is well formed. */
export function keyPairIdOf(querystring: unknown): string | undefined {
  if (typeof querystring !== 'string') return undefined;
  let found: string | undefined;
  let count = 0;
  for (const pair of querystring.split('&')) {
    const eq = pair.indexOf('=');
    if ((eq < 0 ? pair : pair.slice(0, eq)) !== 'Key-Pair-Id') continue;
    count += 1;
    found = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return count === 1 && found !== undefined && KEY_PAIR_ID.test(found) ? found : undefined;
}

/**
 * The `CloudFront-Key-Pair-Id` of the viewer's `Cookie` headers (Lambda@Edge: `headers.cookie`,
 * a list of `{ key, value }`), the first well-formed one: CloudFront checked the signed cookies
 * of a request whose URL has no signing parameter before this runs, as it checks a signed URL
 * ("Set signed cookies using a custom policy", CloudFront Developer Guide). The cache policy
 * keeps cookies out of the cache key and the origin request, which is about caching and
 * forwarding ("By default, CloudFront doesn't consider cookies when processing requests and
 * responses, or when caching your objects", "Cache content based on cookies":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Cookies.html); that the
 * viewer-request event still carries the viewer's `Cookie` header on that behavior is, like
 * the query string above, to be confirmed on the first real-account run (if it did not, the
 * cookie-signed requests would fail closed with 403).
 */
export function keyPairIdOfCookies(cookies: unknown): string | undefined {
  const list: unknown[] = Array.isArray(cookies) ? cookies : [];
  for (let i = 0; i < list.length; i += 1) {
    const header = list[i];
    const value: unknown =
      typeof header === 'object' && header !== null && 'value' in header ? header.value : '';
    const found = /(?:^|;)\s*CloudFront-Key-Pair-Id=([^;\s]*)/.exec(String(value))?.[1];
    if (found !== undefined && KEY_PAIR_ID.test(found)) return found;
  }
  return undefined;
}

/**
 * The URL path of a share link for an object key or a folder prefix (ending in `/`): the
 * prefix, then every segment percent-encoded as `encodeURIComponent` does (what
 * @aws-sdk/cloudfront-signer normalizes a URL path to, so the signed resource is the path
 * the viewer sends). `*` is refused by the action (it is the policy's wildcard).
 */
export function sharePath(keyOrPrefix: string): string {
  const folder = keyOrPrefix.endsWith('/');
  const segments = keyOrPrefix.split('/').filter((s) => s !== '');
  const encoded = segments.map((s) => encodeURIComponent(s)).join('/');
  return `${SHARE_PREFIX}${encoded}${folder && encoded !== '' ? '/' : ''}`;
}
