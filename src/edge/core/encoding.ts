/**
 * The ONE canonical percent-encoding of a path, shared by the edge function (which re-encodes
 * every decoded segment with it before the request reaches the cache and the origin) and the
 * invalidation planner (src/invalidate/paths.ts, which builds invalidation paths with it). So
 * `/secr%65t.pdf`, `/secret.pdf` and `/%73ecret.pdf` are one cache entry, `/secret.pdf`, which
 * is exactly what invalidating the key `secret.pdf` purges (issue 15 #11).
 *
 * As the CloudFront Developer Guide asks for invalidation paths ("Specify the objects to
 * invalidate": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/invalidation-specifying-objects.html),
 * non-ASCII characters and the characters RFC 1738 calls unsafe are percent-encoded as UTF-8
 * (upper-case hex), and nothing else: control characters, space, `"` `#` `%` `<` `>` `[` `\`
 * `]` `^` `` ` `` `{` `|` `}` `~`, plus `?` (it would start a query string) and `*` (it would
 * be a wildcard). `/` and every other character (`+ @ : = & $ , ; ! ' ( )`…) stay as they are;
 * S3 reads them literally in a path.
 *
 * Pure: no imports, only the standard `TextEncoder` (a lone surrogate becomes U+FFFD).
 */

/** RFC 1738 unsafe characters, plus `?` (query string) and `*` (wildcard). */
const ENCODED = ' "#%<>[\\]^`{|}~?*';
const UTF8 = new TextEncoder();
const HEX = '0123456789ABCDEF';

function encodeChar(ch: string): string {
  let out = '';
  for (const b of UTF8.encode(ch)) out += `%${HEX[b >> 4] ?? ''}${HEX[b & 15] ?? ''}`;
  return out;
}

/** `text` with every character outside the kept set percent-encoded (`/` is kept). */
export function canonicalEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    out += ch < '!' || ch > '~' || ENCODED.includes(ch) ? encodeChar(ch) : ch;
  }
  return out;
}

/** The canonical path of the object at `key`: `/` and the encoded key. */
export function canonicalPath(key: string): string {
  return `/${canonicalEncode(key)}`;
}
