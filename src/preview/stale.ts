/**
 * Which previews a scheduled `preview-cleanup` removes, and why (docs/previews.md). Pure.
 *
 * - past its manifest's `expires` (`expire-after` after its last update);
 * - its pull request is closed (the `closed` run may have failed, or the workflow was added later);
 * - no readable manifest (a `preview` run that died before writing one, or a cleanup that
 *   stopped half-way) and nothing under it written for `expire-after`.
 */
import type { StoredPreview } from './store.js';

export type StaleReason = 'expired' | 'pull request closed' | 'no manifest';

/** Why a cleanup removes a preview: stale, or every preview once `previews` is off in the site file. */
export type RemovalReason = StaleReason | 'previews are off';

export interface PreviewFacts {
  readonly preview: StoredPreview;
  /** The pull request's state on GitHub; undefined when not asked (no token) or unknown. */
  readonly state: 'open' | 'closed' | undefined;
  /** The newest LastModified under the prefix (epoch ms); only needed without a manifest. */
  readonly newestWrite: number | undefined;
}

export function staleReason(
  facts: PreviewFacts,
  nowMs: number,
  expireAfterSeconds: number,
): StaleReason | undefined {
  const { metadata } = facts.preview;
  if (metadata !== undefined && Date.parse(metadata.expires) <= nowMs) return 'expired';
  if (facts.state === 'closed') return 'pull request closed';
  if (
    metadata === undefined &&
    facts.newestWrite !== undefined &&
    facts.newestWrite + expireAfterSeconds * 1000 <= nowMs
  )
    return 'no manifest';
  return undefined;
}
