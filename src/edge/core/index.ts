/**
 * The auth core: what every runtime of the edge function shares (Lambda@Edge today, through
 * src/edge/handler.ts; CloudFront Functions later). Pure modules: no `node:` imports, no
 * runtime-specific event shapes; the adapter keeps the key derivation, the constant-time
 * comparison and the cache.
 *
 * Written for both runtimes: ES5.1 globals (`decodeURIComponent`, `encodeURIComponent`) and
 * syntax the CloudFront Functions runtime 2.0 lists (ES 5.1 statements, `const`/`let`, arrow
 * functions, template literals; no `for…of`, spread, destructuring, `Map`/`Set`), see
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html.
 * esbuild lowers `?.` and `??` for that bundle; scripts/build-edge.mjs refuses the rest. Base64
 * and UTF-8 are decoded by hand (basic.ts) and paths encoded without `TextEncoder`
 * (encoding.ts). The one standard method a runtime may lack, `String.prototype.normalize`, is
 * passed in (`parseBasic`'s `normalize`), as the adapters pass their KDF and comparison.
 */
export * from './access.js';
export * from './audit.js';
export * from './basic.js';
export * from './cache-control.js';
export * from './content-policy.js';
export * from './encoding.js';
export * from './limits.js';
export * from './page.js';
export * from './preview.js';
export * from './share.js';
export * from './uri.js';
