/**
 * Content-Type and Cache-Control of an object, from its key: the viewer's Cache-Control (the
 * rules), and what is stored on the object for CloudFront (`storedHeadersFor`).
 */
import mime from 'mime-types';
import {
  ORIGIN_CACHE_CONTROL,
  VIEWER_CACHE_CONTROL_METADATA,
  withPrivate,
} from '../edge/core/cache-control.js';
import type { CacheControlRule } from '../site/cache-control.js';
import { NOT_FOUND_PAGE_KEY } from './local.js';

/** XML-based types are text too: browsers decode them better with an explicit charset. */
const TEXT_XML = new Set([
  'image/svg+xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
]);

/** One string per type, shared by every entry of that type (10,000 entries, a handful of types). */
const byType = new Map<string, string>();

/** From the maintained mime-db table (mime-types); UTF-8 on text; octet-stream when unknown. */
export function contentTypeFor(key: string): string {
  const type = mime.lookup(key);
  if (type === false) return 'application/octet-stream';
  let value = byType.get(type);
  if (value === undefined) {
    value = TEXT_XML.has(type) ? `${type}; charset=utf-8` : mime.contentType(type) || type;
    byType.set(type, value);
  }
  return value;
}

/**
 * The Cache-Control viewers get for the key: the first rule whose glob matches wins (the
 * defaults end with a catch-all), always `private` (a rule without it gets it in front).
 */
export function cacheControlFor(key: string, rules: readonly CacheControlRule[]): string {
  const rule = rules.find((r) => r.matches(key));
  // Viewers may keep it for a while, shared caches never (see DEFAULT_CACHE_CONTROL).
  return rule ? withPrivate(rule.value) : 'private, max-age=300';
}

/** The Cache-Control and user metadata an object is stored with. */
export interface StoredHeaders {
  readonly cacheControl: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * What the sync stores on the object of `key` whose viewers get `viewerCacheControl`: the
 * viewer's value as the metadata the edge function's viewer-response trigger reads back, and
 * a Cache-Control for CloudFront alone, which caches by it under either reading of its docs
 * (src/edge/core/cache-control.ts, cloudformation/site.yaml "Caching"). One exception: the 404
 * page keeps the viewer's value as its Cache-Control, because CloudFront serves it for a
 * missing key (an origin 404) without the viewer-response trigger.
 */
export function storedHeadersFor(key: string, viewerCacheControl: string): StoredHeaders {
  return {
    cacheControl: key === NOT_FOUND_PAGE_KEY ? viewerCacheControl : ORIGIN_CACHE_CONTROL,
    metadata: { [VIEWER_CACHE_CONTROL_METADATA]: viewerCacheControl },
  };
}
