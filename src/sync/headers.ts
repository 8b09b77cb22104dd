/** Content-Type and Cache-Control of an object, from its key. */
import mime from 'mime-types';
import type { CacheControlRule } from '../inputs.js';

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

/** The first rule whose glob matches the key wins; the defaults end with a catch-all. */
export function cacheControlFor(key: string, rules: readonly CacheControlRule[]): string {
  const rule = rules.find((r) => r.matches(key));
  // Viewers may keep it for a while, shared caches never (see DEFAULT_CACHE_CONTROL).
  return rule ? rule.value : 'private, max-age=300';
}
