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
}

/** The resource changes of `DescribeChangeSet` pages, in CloudFormation's order. */
export function toResourceChanges(changes: readonly Change[]): ResourceChange[] {
  const out: ResourceChange[] = [];
  for (const c of changes) {
    const rc = c.ResourceChange;
    if (rc === undefined || rc.LogicalResourceId === undefined || rc.Action === undefined) continue;
    out.push({
      logicalId: rc.LogicalResourceId,
      resourceType: rc.ResourceType ?? '',
      action: rc.Action,
      replacement: rc.Replacement,
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
  const lines = [
    `| ${CHANGE_TABLE_HEADER.join(' | ')} |`,
    `|${CHANGE_TABLE_HEADER.map(() => ' --- ').join('|')}|`,
    ...changeRows(changes).map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** One log line per change, e.g. `Modify Distribution (AWS::CloudFront::Distribution), replaced`. */
export function changeLines(changes: readonly ResourceChange[]): string[] {
  return changes.map((c) => {
    const r = c.action === 'Modify' ? replacementText(c).replace(/\*/g, '') : '';
    const suffix = r === 'yes' ? ', replaced' : r === 'maybe' ? ', maybe replaced' : '';
    return `${c.action} ${c.logicalId} (${c.resourceType})${suffix}`;
  });
}
