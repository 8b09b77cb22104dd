/**
 * Where a preview is opened (docs/previews.md): `https://pr-<n>.<previews.domain>/` with a
 * preview domain (the edge maps the host to `/_previews/pr-<n>/`), else the path form on the
 * site's own host, `https://<host>/_previews/pr-<n>/`. Pure.
 */
import { previewPrefix, type Previews } from '../site/model.js';

/**
 * `siteHost`: the site's `domain-name`, else the distribution's own domain (site stack output);
 * undefined when neither is known (a `bucket` setting without `domain-name`), and then the
 * path form has no URL to give.
 */
export function previewUrl(
  previews: Pick<Previews, 'domain'>,
  pullRequest: number,
  siteHost: string | undefined,
): string | undefined {
  if (previews.domain !== undefined) return `https://pr-${pullRequest}.${previews.domain}/`;
  return siteHost === undefined ? undefined : `https://${siteHost}/${previewPrefix(pullRequest)}`;
}
