/**
 * Pull-request previews at the edge (issue 25, docs/previews.md): which preview a request is
 * for, shared by both runtimes (the Lambda@Edge handler and the CloudFront Function's
 * previews build). Pure, ES2020 as the rest of the core (index.ts).
 *
 * A preview's files are the bucket keys under `_previews/pr-<n>/` (src/site/model.ts
 * `previewPrefix`). A request reaches them in one of two forms:
 *
 * - host form (only with a preview domain): `Host: pr-<n>.<domain>` (`n` 1 to 999999999,
 *   no leading zero; case, a trailing dot and a port ignored), the path is the preview's own
 *   (`/docs/` ⇒ `_previews/pr-<n>/docs/index.html`). Any other host under the domain
 *   (`pr-01.`, `prx.`, `a.pr-1.`) is a 404, as is a preview host asked for a `_previews/` key
 *   (no preview holds one: the sync refuses a `_previews` folder). The domain itself is not a
 *   preview host (it may be the site's own `domain-name`);
 * - path form, on any other host: the key `_previews/pr-<n>/<key>`.
 *
 * Any other key under `_previews` (`_previews/pr-01/x`, `_previews/x`, `_previews` itself),
 * and every one of them on a site without previews, is a 404: never served.
 *
 * The caller authenticates first, exactly as for the site, and then authorizes a preview by
 * `previews.users` (users) or the token's globs against `PreviewTarget.key` (tokens), never by
 * the site's access rules; it forwards `prefix + key`.
 */

/**
 * Every preview's keys live under this prefix of the site bucket; the site's own sync leaves it
 * alone. The one definition: src/site/model.ts re-exports it (the edge core imports nothing).
 */
export const PREVIEWS_PREFIX = '_previews/';

/** The previews settings the edge holds (`previews` of the site, docs/previews.md). */
export interface PreviewSettings {
  /** Lower-case preview domain: `pr-<n>.<domain>` hosts; absent: the path form only. */
  readonly domain?: string | undefined;
}

/**
 * A request for a preview: the preview's bucket prefix (`_previews/pr-<n>/`) and the key inside
 * it; the bucket key is the two together.
 */
export interface PreviewTarget {
  readonly prefix: string;
  readonly key: string;
}

/** True for a key under the reserved `_previews` prefix (or that name itself). */
export function isPreviewKey(key: string): boolean {
  return /^_previews(\/|$)/.test(key);
}

/**
 * What a request for `key` (core/uri.ts `keyOf`) on `host` is, on a site WITH previews whose
 * preview domain is `domain` (lower case; empty or undefined: none): `undefined` the site's own
 * key, a `PreviewTarget`, or 404 (see above). Without previews, `isPreviewKey` is the 404.
 */
export function previewTarget(
  host: unknown,
  key: string,
  domain: string | undefined,
): PreviewTarget | 404 | undefined {
  if (domain) {
    const name = previewHostName(host);
    const at = name.length - domain.length - 1;
    if (at > 0 && name.substring(at) === `.${domain}`) {
      const label = name.substring(0, at);
      return /^pr-[1-9]\d{0,8}$/.test(label) && !isPreviewKey(key)
        ? { prefix: `${PREVIEWS_PREFIX}${label}/`, key }
        : 404;
    }
  }
  if (!isPreviewKey(key)) return undefined;
  const path = /^_previews\/pr-[1-9]\d{0,8}\//.exec(key);
  return path ? { prefix: path[0], key: key.substring(path[0].length) } : 404;
}

/** The host name `previewTarget` compares: lower case, without a trailing dot or a port. */
export function previewHostName(host: unknown): string {
  return String(host)
    .toLowerCase()
    .replace(/\.?(:\d*)?$/, '');
}

/** True when `user` may open previews under `users` (`previews.users`: `'*'` or names). */
export function previewUserAllowed(users: unknown, user: string): boolean {
  return users === '*' || (Array.isArray(users) && users.indexOf(user) >= 0);
}

/** The path of a preview request's key (`_previews/pr-<n>/…`): its number, or undefined. */
export function previewNumberOfPath(uri: unknown): string | undefined {
  const match = typeof uri === 'string' ? /^\/_previews\/pr-([1-9]\d{0,8})\//.exec(uri) : null;
  return match ? match[1] : undefined;
}

/**
 * The page for a preview key the bucket does not hold: the preview expired, or was removed when
 * its pull request closed (or this page is not in it). Plain text for core/page.ts.
 */
export function previewGoneContent(
  realm: string,
  n: string,
): {
  title: string;
  heading: string;
  paragraphs: string[];
} {
  return {
    title: realm,
    heading: `Preview ${n} does not exist`,
    paragraphs: [
      `There is no preview of pull request ${n} here, or this page is not in it.`,
      'Previews expire some days after their last update, and are removed when their pull request closes: push to the pull request again to publish a new one.',
    ],
  };
}
