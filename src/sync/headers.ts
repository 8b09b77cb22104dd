/**
 * Content-Type and Cache-Control of an object, from its key: the viewer's Cache-Control (the
 * rules), and what is stored on the object for CloudFront (`storedHeadersFor`).
 */
import {
  ORIGIN_CACHE_CONTROL,
  VIEWER_CACHE_CONTROL_METADATA,
  withPrivate,
} from '../edge/core/cache-control.js';
import type { CacheControlRule } from '../site/cache-control.js';
import { NOT_FOUND_PAGE_KEY, OWN_NOT_FOUND_PAGE_KEY } from './local.js';

/** XML-based types are text too: browsers decode them better with an explicit charset. */
const TEXT_XML = new Set([
  'image/svg+xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
]);

/** The Content-Type of an object, from its key. */
export type ContentTypeOf = (key: string) => string;

let contentTypes: Promise<ContentTypeOf> | undefined;

/**
 * The content types, from the maintained mime-db table (mime-types); UTF-8 on text;
 * octet-stream when unknown. Loaded when first asked for, with a dynamic `import()`, a chunk of
 * its own in dist/: in the bundle, the extension → type table mime-types builds from mime-db,
 * computed at build time (scripts/bundle.mjs `contentTypeTable`, ≈ 45 kB; mime-db's whole table,
 * 166 kB indexed as it loads, before issue 24's second pass); from source, mime-types itself. The sync asks for it when it hashes (src/sync/index.ts `hashLocal`), after its first
 * requests went out, so loading it no longer delays them (issue 24, start-up: ≈ 15 ms of CPU
 * that every command paid at load); every sync still needs it, even a no-op, since the plan
 * compares each file's type with the one the manifest stored.
 */
export function loadContentTypes(): Promise<ContentTypeOf> {
  if (contentTypes === undefined) {
    contentTypes = import('mime-types').then(({ default: mime }) => {
      /** One string per type, shared by every entry of that type (10,000 entries, a handful of types). */
      const byType = new Map<string, string>();
      return (key) => {
        const type = mime.lookup(key);
        if (type === false) return 'application/octet-stream';
        let value = byType.get(type);
        if (value === undefined) {
          value = TEXT_XML.has(type) ? `${type}; charset=utf-8` : mime.contentType(type) || type;
          byType.set(type, value);
        }
        return value;
      };
    });
    // Awaited by whoever asked; a failure reaches them, never an unhandled rejection.
    contentTypes.catch(() => undefined);
  }
  return contentTypes;
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
 * pages (the content's, and the one secure-dist publishes itself, not-found-page.ts) keep the
 * viewer's value as their Cache-Control, because CloudFront serves them for a missing key (an
 * origin 404) without the viewer-response trigger.
 */
export function storedHeadersFor(key: string, viewerCacheControl: string): StoredHeaders {
  const notFoundPage = key === NOT_FOUND_PAGE_KEY || key === OWN_NOT_FOUND_PAGE_KEY;
  return {
    cacheControl: notFoundPage ? viewerCacheControl : ORIGIN_CACHE_CONTROL,
    metadata: { [VIEWER_CACHE_CONTROL_METADATA]: viewerCacheControl },
  };
}
