/**
 * The auth core: what every runtime of the edge function shares (Lambda@Edge today, through
 * src/edge/handler.ts; CloudFront Functions later). Pure modules: no `node:` imports, no
 * runtime-specific event shapes; the adapter keeps the key derivation, the constant-time
 * comparison and the cache.
 *
 * Standard globals the core relies on: `atob`/`btoa`, `TextEncoder`/`TextDecoder` (fatal UTF-8),
 * `String.prototype.normalize`, `decodeURIComponent`. CloudFront Functions' runtime 2.0 is
 * ES 5.1 plus parts of ES 6–12
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-features.html):
 * the issue that adds that runtime must check these against its feature list and, where one
 * is missing, pass a replacement in (as the adapter passes the KDF), not fork the rules.
 */
export * from './access.js';
export * from './audit.js';
export * from './basic.js';
export * from './encoding.js';
export * from './limits.js';
export * from './uri.js';
