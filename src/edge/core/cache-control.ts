/**
 * Cache-Control on two sides (issue 20): what CloudFront caches by, and what viewers get.
 *
 * Every object is stored with `ORIGIN_CACHE_CONTROL` as its Cache-Control (no `private`, no
 * `no-cache`, no `no-store`), so CloudFront caches it under either reading of its docs (see
 * cloudformation/site.yaml, CachePolicy), and with the viewer's value, always `private`, as the
 * S3 user metadata `viewer-cache-control`, which S3 returns as the response header
 * `x-amz-meta-viewer-cache-control` ("User-defined object metadata",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html) and CloudFront
 * caches with the object. The edge function's viewer-response trigger (both runtimes) puts that
 * value back into Cache-Control and drops the metadata header before a response leaves
 * CloudFront (`viewerCacheControl`), on cache hits and misses alike.
 *
 * Pure and written for both runtimes (see index.ts): no `Map`, no spread, no `for…of`.
 */

/** The S3 user-metadata key of the viewer's Cache-Control (the sync writes it). */
export const VIEWER_CACHE_CONTROL_METADATA = 'viewer-cache-control';

/** The response header S3 returns that metadata as (lower case, as both runtimes key headers). */
export const VIEWER_CACHE_CONTROL_HEADER = 'x-amz-meta-' + VIEWER_CACHE_CONTROL_METADATA;

/**
 * The Cache-Control stored on every object but the 404 page, for CloudFront alone: a positive
 * `max-age` and nothing else. The site's cache policy keeps the object for its minimum TTL
 * (one year) whatever the max-age below it: "If the origin returns a caching header that's
 * lower than the Minimum TTL, then the distribution uses the Minimum TTL"
 * (https://repost.aws/knowledge-center/cloudfront-custom-object-caching; the Developer Guide's
 * expiration table says the same of `max-age` and the minimum TTL). One second, not a year: if a
 * viewer ever got this value without the trigger's rewrite, no cache would keep the response
 * for more than a second, and no shared cache may reuse a `max-age` response to an
 * `Authorization` request at all (RFC 9111 §3.5: only `public`, `s-maxage` or
 * `must-revalidate` allow that).
 */
export const ORIGIN_CACHE_CONTROL = 'max-age=1';

/** What a viewer gets when a response brings no `private` Cache-Control of its own. */
export const VIEWER_FALLBACK_CACHE_CONTROL = 'private, no-cache';

/** True when a Cache-Control value has the `private` directive (any case, with or without fields). */
export function isPrivate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = value.split(',');
  for (let i = 0; i < parts.length; i += 1) {
    const name = (parts[i] ?? '').split('=')[0] ?? '';
    if (name.trim().toLowerCase() === 'private') return true;
  }
  return false;
}

/**
 * The Cache-Control a viewer gets for a response carrying `stored` (its Cache-Control) and
 * `viewer` (its `x-amz-meta-viewer-cache-control`): the viewer's value when it is `private`,
 * else the response's own when that is (a generated answer, or an object synced before the
 * viewer value was stored), else `private, no-cache`. Never a value without `private`.
 */
export function viewerCacheControl(stored: unknown, viewer: unknown): string {
  if (isPrivate(viewer) && typeof viewer === 'string') return viewer;
  if (isPrivate(stored) && typeof stored === 'string') return stored;
  return VIEWER_FALLBACK_CACHE_CONTROL;
}

/**
 * The viewer's Cache-Control for a rule's value: as written when it has `private`, else with
 * `private, ` in front (a `cache-control` rule like `no-store` or `max-age=60`): viewers only
 * ever get `private` responses.
 */
export function withPrivate(value: string): string {
  return isPrivate(value) ? value : `private, ${value}`;
}
