/**
 * What a run did, as the job summary (markdown) and as step outputs. Pure: the caller writes.
 */
import type { SyncResult } from '../sync/index.js';
import { formatBytes } from '../sync/progress.js';

export interface InvalidationReport {
  readonly distributionId: string;
  readonly id: string | undefined;
  readonly paths: readonly string[];
  readonly status: string;
  /** Why the paths are what they are (collapsed, fell back to /*), or why nothing was sent. */
  readonly note: string;
}

/** How many changed keys the summary lists before "… and N more". */
export const SUMMARY_KEY_LIMIT = 25;

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

const keptRow = (kept: number): [string, string] => ['kept (delete: false)', String(kept)];

export function syncSummaryMarkdown(
  sync: SyncResult,
  invalidation: InvalidationReport | undefined,
): string {
  const title = sync.dryRun ? 'Sync plan (dry run: nothing changed)' : 'Sync';
  const rows: [string, string][] = [
    [sync.dryRun ? 'to upload' : 'uploaded', String(sync.uploaded.length)],
    [sync.dryRun ? 'to re-header' : 'metadata updated', String(sync.metadataUpdated.length)],
    [sync.dryRun ? 'to delete' : 'deleted', String(sync.deleted.length)],
    ['unchanged', String(sync.unchanged)],
    ...(sync.kept > 0 ? [keptRow(sync.kept)] : []),
    [sync.dryRun ? 'bytes to upload' : 'bytes uploaded', formatBytes(sync.bytesUploaded)],
    ['time', `${(sync.durationMs / 1000).toFixed(1)} s`],
  ];
  const out: string[] = [
    `### ${title}: ${code(sync.bucket)}`,
    '',
    '| | |',
    '|---|--:|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
  const changes: [string, string][] = [
    ...sync.uploaded.map((k): [string, string] => [k, 'upload']),
    ...sync.metadataUpdated.map((k): [string, string] => [k, 'headers']),
    ...sync.deleted.map((k): [string, string] => [k, 'delete']),
  ];
  if (sync.gitSkipped.length > 0) {
    const shown = sync.gitSkipped.slice(0, SUMMARY_KEY_LIMIT).map(code).join(', ');
    const more = sync.gitSkipped.length - SUMMARY_KEY_LIMIT;
    out.push(
      `Not published: ${shown}${more > 0 ? ` and ${more} more` : ''} (git's .git entries, which can hold the job's token, are never published).`,
      '',
    );
  }
  if (changes.length > 0) {
    out.push('| changed key | action |', '|---|---|');
    for (const [k, a] of changes.slice(0, SUMMARY_KEY_LIMIT))
      out.push(`| ${escapeCell(code(k))} | ${a} |`);
    if (changes.length > SUMMARY_KEY_LIMIT)
      out.push(`| … and ${changes.length - SUMMARY_KEY_LIMIT} more | |`);
    out.push('');
  }
  if (invalidation !== undefined) {
    out.push(`### Invalidation: ${code(invalidation.distributionId)}`, '');
    if (invalidation.id !== undefined) {
      out.push(
        `${code(invalidation.id)} — ${invalidation.status}, ${invalidation.paths.length} path(s). ${invalidation.note}`,
        '',
      );
      for (const p of invalidation.paths.slice(0, SUMMARY_KEY_LIMIT)) out.push(`- ${code(p)}`);
      if (invalidation.paths.length > SUMMARY_KEY_LIMIT)
        out.push(`- … and ${invalidation.paths.length - SUMMARY_KEY_LIMIT} more`);
    } else {
      out.push(invalidation.note);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Step outputs of a sync, as strings (the runner's format). */
export function syncOutputs(
  sync: SyncResult,
  invalidation: InvalidationReport | undefined,
): Record<string, string> {
  return {
    bucket: sync.bucket,
    uploaded: String(sync.uploaded.length),
    deleted: String(sync.deleted.length),
    unchanged: String(sync.unchanged),
    'metadata-updated': String(sync.metadataUpdated.length),
    'bytes-uploaded': String(sync.bytesUploaded),
    'invalidation-id': invalidation?.id ?? '',
    'invalidated-paths': JSON.stringify(invalidation?.id !== undefined ? invalidation.paths : []),
    ...(invalidation !== undefined ? { 'distribution-id': invalidation.distributionId } : {}),
  };
}
