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
 * Pure: no imports, ES5 globals only (`encodeURIComponent`).
 */

/** RFC 1738 unsafe characters, plus `?` (query string) and `*` (wildcard). */
const ENCODED = ' "#%<>[\\]^`{|}~?*';
const HEX = '0123456789ABCDEF';

/**
 * `text` with every character outside the kept set percent-encoded (`/` is kept). Walks UTF-16
 * code units by hand (no `for…of`, no `TextEncoder`: the CloudFront Functions runtime has
 * neither); non-ASCII characters are UTF-8 encoded by `encodeURIComponent`, whose escapes are
 * upper-case hex, and a lone surrogate becomes U+FFFD (`%EF%BF%BD`), as `TextEncoder` did.
 */
export function canonicalEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const ch = text.charAt(i);
      out +=
        c < 0x21 || c > 0x7e || ENCODED.includes(ch)
          ? `%${HEX.charAt(c >> 4)}${HEX.charAt(c & 15)}`
          : ch;
      continue;
    }
    let ch = text.charAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ch = text.slice(i, i + 2);
        i += 1;
      } else ch = '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) ch = '\ufffd';
    out += encodeURIComponent(ch);
  }
  return out;
}

/** The canonical path of the object at `key`: `/` and the encoded key. */
export function canonicalPath(key: string): string {
  return `/${canonicalEncode(key)}`;
}
