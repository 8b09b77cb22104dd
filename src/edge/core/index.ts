/**
 * The auth core: what every runtime of the edge function shares (Lambda@Edge today, through
 * src/edge/handler.ts; CloudFront Functions later). Pure modules: no `node:` imports, no
 * runtime-specific event shapes; the adapter keeps the key derivation, the constant-time
 * comparison and the cache.
 */
export * from './basic.js';
export * from './encoding.js';
export * from './limits.js';
export * from './uri.js';
