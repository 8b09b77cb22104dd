/**
 * The resource changes of a change set, as plain data, and their summary as a markdown table.
 * Pure.
 */
import type { Change, ChangeAction, Replacement } from '@aws-sdk/client-cloudformation';

export interface ResourceChange {
  readonly logicalId: string;
  readonly resourceType: string;
  /** `Add`, `Modify`, `Remove`, `Import`, `Dynamic`, `SyncWithActual`. */
  readonly action: ChangeAction;
  /** For `Modify`: whether the resource is replaced (`True`), maybe (`Conditional`), or not. */
  readonly replacement: Replacement | undefined;
  /** What a plan could not judge about this change (e.g. code rendered with stand-ins). */
  readonly note?: string;
}

/** The resource changes of `DescribeChangeSet` pages, in CloudFormation's order. */
export function toResourceChanges(
  changes: readonly Change[],
  noteFor?: (change: Change) => string | undefined,
): ResourceChange[] {
  const out: ResourceChange[] = [];
  for (const c of changes) {
    const rc = c.ResourceChange;
    if (rc === undefined || rc.LogicalResourceId === undefined || rc.Action === undefined) continue;
    const note = noteFor?.(c);
    out.push({
      logicalId: rc.LogicalResourceId,
      resourceType: rc.ResourceType ?? '',
      action: rc.Action,
      replacement: rc.Replacement,
      ...(note !== undefined ? { note } : {}),
    });
  }
  return out;
}

function replacementText(c: ResourceChange): string {
  if (c.action !== 'Modify') return '';
  switch (c.replacement) {
    case 'True':
      return '**yes**';
    case 'Conditional':
      return 'maybe';
    case 'False':
      return 'no';
    default:
      return '';
  }
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The cells of each change: action, logical id, type, replacement. */
export function changeRows(changes: readonly ResourceChange[]): string[][] {
  return changes.map((c) => [c.action, c.logicalId, c.resourceType, replacementText(c)]);
}

export const CHANGE_TABLE_HEADER = ['Action', 'Resource', 'Type', 'Replacement'] as const;

/**
 * A markdown table of the changes (header and one row per change), or `No changes.` when
 * there are none. Replacements are in bold: they recreate the resource.
 */
export function summarizeChanges(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return 'No changes.';
  // A Note column only when a change has one (a plan's changes it could not judge).
  const noted = changes.some((c) => c.note !== undefined);
  const header: readonly string[] = noted ? [...CHANGE_TABLE_HEADER, 'Note'] : CHANGE_TABLE_HEADER;
  const rows = changeRows(changes).map((row, i) =>
    noted ? [...row, changes[i]?.note ?? ''] : row,
  );
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** One log line per change, e.g. `Modify Distribution (AWS::CloudFront::Distribution), replaced`. */
export function changeLines(changes: readonly ResourceChange[]): string[] {
  return changes.map((c) => {
    const r = c.action === 'Modify' ? replacementText(c).replace(/\*/g, '') : '';
    const suffix = r === 'yes' ? ', replaced' : r === 'maybe' ? ', maybe replaced' : '';
    const note = c.note !== undefined ? ` (${c.note})` : '';
    return `${c.action} ${c.logicalId} (${c.resourceType})${suffix}${note}`;
  });
}
