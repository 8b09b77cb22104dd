/**
 * `cache-control` of secure-dist.yml: the site's rules (`- "*.pdf": private, max-age=3600`,
 * first match wins) compiled once, followed by the built-in defaults. Pure.
 */
import { compileGlob, type KeyMatcher } from '../sync/glob.js';

/** One `glob: value` rule, or one of the built-in defaults. */
export interface CacheControlRule {
  /** What the rule was written as, for reports (`*.css`, or `default: html`). */
  readonly pattern: string;
  readonly value: string;
  readonly matches: KeyMatcher;
}

/**
 * Built-in Cache-Control rules, applied after the site's: what viewers get. Every response is
 * behind Basic auth, so only the viewer's own browser may keep it (`private`): RFC 9111 §3.5
 * lets a shared cache (a TLS-inspecting proxy) reuse a `public`/`s-maxage` response to an
 * `Authorization` request for other people. CloudFront never sees these values as
 * Cache-Control: the sync stores them as object metadata and a Cache-Control CloudFront caches
 * by, and the edge function gives viewers this value back (src/sync/headers.ts,
 * cloudformation/site.yaml "Caching"), so CloudFront keeps every object until it is invalidated.
 */
export const DEFAULT_CACHE_CONTROL: readonly CacheControlRule[] = [
  {
    pattern: 'default: HTML (browsers revalidate; CloudFront keeps it until invalidated)',
    value: 'private, no-cache',
    matches: (key) => /\.html?$/i.test(key),
  },
  {
    pattern: 'default: fingerprinted assets (name-<hash>.ext)',
    value: 'private, max-age=31536000, immutable',
    matches: (key) => isFingerprinted(key),
  },
  {
    pattern: 'default: everything else',
    value: 'private, max-age=300',
    matches: () => true,
  },
];

/**
 * `app.3f2a9c1b.js`, `index-DiwrgTda.css`, `chunk-5QXJ2ZQ7.mjs`: a hex hash of 8+ characters,
 * or a build tool's 8-character base64url hash that has both letters and digits.
 */
export function isFingerprinted(key: string): boolean {
  const base = key.slice(key.lastIndexOf('/') + 1);
  const m = /[.-]([A-Za-z0-9_]{8,})\.[A-Za-z0-9]+$/.exec(base);
  if (!m || m[1] === undefined) return false;
  const hash = m[1];
  if (/^[0-9a-f]{8,}$/.test(hash)) return /\d/.test(hash);
  return hash.length <= 16 && /\d/.test(hash) && /[A-Za-z]/.test(hash);
}

/**
 * One rule of the site, compiled. Throws an `Error` saying what is wrong (the caller names the
 * file, line and rule): a control character, `public` or `s-maxage` (viewers must never be told
 * a shared cache may keep an authenticated response), or a glob picomatch refuses.
 */
export function cacheControlRule(glob: string, rawValue: string): CacheControlRule {
  const value = rawValue.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new Error('the value contains a control character');
  if (/\bpublic\b|\bs-maxage\b/i.test(value)) {
    throw new Error(
      `'${value}': the site is password-protected, so a shared cache must never keep its responses: ` +
        "use 'private' and 'max-age' (CloudFront keeps every object until it is invalidated anyway)",
    );
  }
  let matches: KeyMatcher;
  try {
    matches = compileGlob(glob);
  } catch (e) {
    throw new Error(
      `'${glob}' is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
      { cause: e },
    );
  }
  return { pattern: glob, value, matches };
}

/** The site's rules first, then the defaults. */
export function cacheControlRules(
  rules: readonly { readonly glob: string; readonly value: string }[],
): CacheControlRule[] {
  return [...rules.map((r) => cacheControlRule(r.glob, r.value)), ...DEFAULT_CACHE_CONTROL];
}
