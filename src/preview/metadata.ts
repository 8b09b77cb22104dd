/**
 * What a preview's manifest (`_previews/pr-<n>/.secure-dist/manifest.json`) records about it,
 * under `metadata`: the pull request, the commit, when the last `preview` run wrote it and
 * when it expires (`previews.expire-after` after that). `preview-cleanup` reads it. Pure.
 */

export interface PreviewMetadata {
  readonly pullRequest: number;
  readonly commit: string;
  /** ISO 8601: the last `preview` run. */
  readonly updated: string;
  /** ISO 8601: `updated` + `expire-after`; from then on cleanup removes the preview. */
  readonly expires: string;
}

export function previewMetadata(
  pullRequest: number,
  commit: string,
  nowMs: number,
  expireAfterSeconds: number,
): PreviewMetadata {
  return {
    pullRequest,
    commit,
    updated: new Date(nowMs).toISOString(),
    expires: new Date(nowMs + expireAfterSeconds * 1000).toISOString(),
  };
}

/** The metadata of a manifest's text, or undefined when it has none that is whole. */
export function parsePreviewMetadata(text: string | undefined): PreviewMetadata | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('metadata' in data)) return undefined;
  const m = data.metadata;
  if (typeof m !== 'object' || m === null) return undefined;
  const { pullRequest, commit, updated, expires } = {
    pullRequest: 'pullRequest' in m ? m.pullRequest : undefined,
    commit: 'commit' in m ? m.commit : undefined,
    updated: 'updated' in m ? m.updated : undefined,
    expires: 'expires' in m ? m.expires : undefined,
  };
  if (
    typeof pullRequest !== 'number' ||
    typeof commit !== 'string' ||
    typeof updated !== 'string' ||
    typeof expires !== 'string' ||
    Number.isNaN(Date.parse(expires)) ||
    Number.isNaN(Date.parse(updated))
  )
    return undefined;
  return { pullRequest, commit, updated, expires };
}
