/**
 * URI rules and key mapping, for both triggers. Pure (no imports beyond the core), so a second
 * runtime can share it.
 *
 * ## Viewer request: the URI ⇒ the object key (`mapViewerUri`)
 *
 * The URI is split on `/`; every segment is percent-decoded (strict UTF-8) and checked:
 * - longer than `MAX_URI_BYTES`, not starting with `/`, or not a string: 400;
 * - a segment that does not decode (bad `%` escape, invalid UTF-8, e.g. `%c0%ae`): 400;
 * - a segment that decodes to `.` or `..` (also `%2e%2e`, `.%2E`), or that contains, once
 *   decoded, `/` (`%2f`), `\` (or `%5c`), NUL or another control character: 400 — browsers
 *   never send these, so only crafted requests get here, and no guess is made;
 * - empty segments (`//`) are dropped: `/a//b.css` ⇒ key `a/b.css`;
 * - `/` ⇒ `index.html`, a URI ending in `/` ⇒ its folder's `index.html` (`/dir/` ⇒
 *   `dir/index.html`); every other URI is the key itself (`/files/LICENSE`, `/data/2026-Q3`);
 * - a key longer than `MAX_KEY_BYTES` (S3's limit): 404, as no such object can exist.
 * The forwarded URI is the key's canonical path (`canonicalPath`, the encoding invalidation
 * paths use): `/secr%65t.pdf` reaches the cache and the origin as `/secret.pdf`.
 *
 * ## Origin response: a missing key (`originResponseDecision`)
 *
 * S3 answers 403 (or 404 when CloudFront may list the bucket) for a key it does not hold. For
 * a URI whose last segment has no extension (no `.` other than a first or last character) and
 * no trailing `/`, the key may be a folder: redirect (302) to the same path with `/` (query
 * string kept when it is plain printable ASCII), where the viewer request maps it to the
 * folder's `index.html`. Any other 403/404 becomes a plain 404. Everything else passes.
 */
import { canonicalPath } from './encoding.js';
import { MAX_KEY_BYTES, MAX_URI_BYTES, utf8Length } from './limits.js';

// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[\u0000-\u001f\u007f\\/]/;
const PLAIN_QUERY = /^[\x21-\x22\x24-\x7e]*$/;

export interface DecodedPath {
  /** Decoded, checked, non-empty segments. */
  readonly segments: string[];
  /** The URI ended in `/` (or was `/`). */
  readonly folder: boolean;
}

/** The decoded segments of a URI, or 400 when it breaks a rule above. */
export function decodePath(uri: unknown): DecodedPath | 400 {
  if (typeof uri !== 'string' || uri.length > MAX_URI_BYTES || !uri.startsWith('/')) return 400;
  if (utf8Length(uri) > MAX_URI_BYTES) return 400;
  const segments: string[] = [];
  const parts = uri.split('/');
  for (let i = 0; i < parts.length; i += 1) {
    const segment = String(parts[i]); // i < parts.length: defined (fewer function bytes than ??)
    if (segment === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    if (decoded === '.' || decoded === '..' || UNSAFE_SEGMENT.test(decoded)) return 400;
    segments.push(decoded);
  }
  return { segments, folder: uri.endsWith('/') };
}

/** The object key a viewer's URI names, or the status to answer. */
export function keyOf(uri: unknown): string | 400 | 404 {
  const path = decodePath(uri);
  if (path === 400) return 400;
  const segments = path.folder ? path.segments.concat('index.html') : path.segments;
  const key = segments.join('/');
  return utf8Length(key) > MAX_KEY_BYTES ? 404 : key;
}

/** The URI to forward (the key's canonical path), or the status to answer. */
export function mapViewerUri(uri: unknown): string | 400 | 404 {
  const key = keyOf(uri);
  return typeof key === 'string' ? canonicalPath(key) : key;
}

/** A segment has an extension when it has a `.` that is neither its first nor its last character. */
export function hasExtension(segment: string): boolean {
  const dot = segment.lastIndexOf('.');
  return dot >= 1 && dot < segment.length - 1;
}

/**
 * Where a missing key that may be a folder redirects (`/dir` ⇒ `/dir/`, query kept), or
 * undefined. Always a path on this site: it starts with one `/` and a non-empty, canonically
 * encoded segment (never `//` or `/\`, which browsers read as another host).
 */
export function folderRedirect(uri: unknown, querystring: unknown): string | undefined {
  const path = decodePath(uri);
  if (path === 400 || path.folder) return undefined;
  const last = path.segments[path.segments.length - 1];
  if (last === undefined || hasExtension(last)) return undefined;
  const query =
    typeof querystring === 'string' && querystring !== '' && PLAIN_QUERY.test(querystring)
      ? `?${querystring}`
      : '';
  return `${canonicalPath(path.segments.join('/'))}/${query}`;
}

export type OriginDecision =
  | { readonly kind: 'pass' }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-found' };

/** What the origin-response trigger does with S3's status for the forwarded URI. */
export function originResponseDecision(
  status: unknown,
  uri: unknown,
  querystring: unknown,
): OriginDecision {
  if (status !== '403' && status !== '404') return { kind: 'pass' };
  const location = folderRedirect(uri, querystring);
  return location === undefined ? { kind: 'not-found' } : { kind: 'redirect', location };
}
