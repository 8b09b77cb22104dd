/** The pure parts of the deploy engine: change summaries, names, statuses, error text. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { StackEvent } from '@aws-sdk/client-cloudformation';
import {
  changeLines,
  changeRows,
  summarizeChanges,
  toResourceChanges,
  type ResourceChange,
} from '../src/deploy/changes.js';
import {
  failedResources,
  formatElapsed,
  rollbackCompleteMessage,
  stackFailureMessage,
  timeoutMessage,
} from '../src/deploy/messages.js';
import {
  CHANGE_SET_NAME_PATTERN,
  isEmptyChangeSetReason,
  isInProgress,
  isSettledSuccess,
  needsRecreate,
  newChangeSetName,
} from '../src/deploy/status.js';

const CHANGES: ResourceChange[] = [
  { logicalId: 'Bucket', resourceType: 'AWS::S3::Bucket', action: 'Add', replacement: undefined },
  {
    logicalId: 'Distribution',
    resourceType: 'AWS::CloudFront::Distribution',
    action: 'Modify',
    replacement: 'True',
  },
  {
    logicalId: 'Policy',
    resourceType: 'AWS::S3::BucketPolicy',
    action: 'Modify',
    replacement: 'Conditional',
  },
  { logicalId: 'Old', resourceType: 'AWS::IAM::Role', action: 'Remove', replacement: undefined },
];

describe('summarizeChanges', () => {
  it('is a markdown table, replacements in bold', () => {
    expect(summarizeChanges(CHANGES)).toBe(
      [
        '| Action | Resource | Type | Replacement |',
        '| --- | --- | --- | --- |',
        '| Add | Bucket | AWS::S3::Bucket |  |',
        '| Modify | Distribution | AWS::CloudFront::Distribution | **yes** |',
        '| Modify | Policy | AWS::S3::BucketPolicy | maybe |',
        '| Remove | Old | AWS::IAM::Role |  |',
      ].join('\n'),
    );
    expect(summarizeChanges([])).toBe('No changes.');
  });

  it('keeps one row per change whatever the names contain', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            logicalId: fc.string(),
            resourceType: fc.string(),
            action: fc.constantFrom('Add', 'Modify', 'Remove', 'Import', 'Dynamic'),
            replacement: fc.constantFrom('True', 'False', 'Conditional', undefined),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (changes) => {
          const lines = summarizeChanges(changes).split('\n');
          expect(lines).toHaveLength(changes.length + 2);
          for (const line of lines.slice(2)) {
            // 5 unescaped pipes: the cell borders, never a pipe from a name.
            expect(line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|')).toHaveLength(6);
          }
          expect(changeRows(changes)).toHaveLength(changes.length);
        },
      ),
    );
  });

  it('has log lines that say what is replaced', () => {
    expect(changeLines(CHANGES)).toEqual([
      'Add Bucket (AWS::S3::Bucket)',
      'Modify Distribution (AWS::CloudFront::Distribution), replaced',
      'Modify Policy (AWS::S3::BucketPolicy), maybe replaced',
      'Remove Old (AWS::IAM::Role)',
    ]);
  });

  it('maps DescribeChangeSet changes, skipping what is not a resource change', () => {
    expect(
      toResourceChanges([
        {
          Type: 'Resource',
          ResourceChange: {
            Action: 'Modify',
            LogicalResourceId: 'Distribution',
            PhysicalResourceId: 'E2QWRUHAPOMQZL',
            ResourceType: 'AWS::CloudFront::Distribution',
            Replacement: 'False',
            Scope: ['Properties'],
            Details: [],
          },
        },
        { Type: 'Resource', HookInvocationCount: 1 },
      ]),
    ).toEqual([
      {
        logicalId: 'Distribution',
        resourceType: 'AWS::CloudFront::Distribution',
        action: 'Modify',
        replacement: 'False',
      },
    ]);
  });
});

describe('change set names and statuses', () => {
  it('names are unique-looking and always valid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (now, r) => {
          const name = newChangeSetName(now, () => r);
          expect(name).toMatch(CHANGE_SET_NAME_PATTERN);
          expect(name.length).toBeLessThanOrEqual(128);
        },
      ),
    );
    expect(newChangeSetName(Date.parse('2026-03-01T12:00:00.123Z'), () => 0)).toBe(
      'secure-dist-20260301T120000Z-000000',
    );
  });

  it('recognises empty change sets', () => {
    expect(
      isEmptyChangeSetReason(
        "The submitted information didn't contain changes. Submit different information to create a change set.",
      ),
    ).toBe(true);
    expect(isEmptyChangeSetReason('No updates are to be performed.')).toBe(true);
    expect(isEmptyChangeSetReason('Template format error: unsupported structure.')).toBe(false);
    expect(isEmptyChangeSetReason(undefined)).toBe(false);
  });

  it('classifies statuses', () => {
    expect(isInProgress('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')).toBe(true);
    expect(isInProgress('REVIEW_IN_PROGRESS')).toBe(false);
    expect(isSettledSuccess('UPDATE_ROLLBACK_COMPLETE')).toBe(false);
    expect(needsRecreate('ROLLBACK_COMPLETE')).toBe(true);
    expect(needsRecreate('UPDATE_ROLLBACK_COMPLETE')).toBe(false);
  });
});

describe('error text', () => {
  const ev = (id: string, logical: string, status: string, reason?: string): StackEvent => ({
    StackId: 'arn:aws:cloudformation:eu-central-1:123456789012:stack/s/1',
    StackName: 's',
    EventId: id,
    LogicalResourceId: logical,
    ResourceType: logical === 's' ? 'AWS::CloudFormation::Stack' : 'AWS::S3::Bucket',
    PhysicalResourceId:
      logical === 's' ? 'arn:aws:cloudformation:eu-central-1:123456789012:stack/s/1' : '',
    Timestamp: new Date(0),
    ResourceStatus: status === 'CREATE_FAILED' ? 'CREATE_FAILED' : 'CREATE_IN_PROGRESS',
    ...(reason !== undefined ? { ResourceStatusReason: reason } : {}),
  });

  it('lists failed resources in event order, without the stack itself', () => {
    const failures = failedResources([
      ev('1', 'A', 'CREATE_IN_PROGRESS'),
      ev('2', 'A', 'CREATE_FAILED', 'first cause'),
      ev('3', 'B', 'CREATE_FAILED', 'Resource creation cancelled'),
      ev('4', 's', 'CREATE_FAILED', 'The following resource(s) failed to create: [A, B].'),
    ]);
    expect(failures.map((f) => `${f.logicalId}: ${f.reason}`)).toEqual([
      'A: first cause',
      'B: Resource creation cancelled',
    ]);
    const msg = stackFailureMessage('s', 'ROLLBACK_COMPLETE', failures);
    expect(msg.split('\n')).toEqual([
      "stack 's' failed with ROLLBACK_COMPLETE (the creation failed and was rolled back). Failed resources, in order:",
      '  - A (AWS::S3::Bucket) CREATE_FAILED: first cause',
      '  - B (AWS::S3::Bucket) CREATE_FAILED: Resource creation cancelled',
    ]);
    expect(stackFailureMessage('s', 'UPDATE_ROLLBACK_COMPLETE', [], 'Stack reason')).toContain(
      'Reason: Stack reason',
    );
    expect(rollbackCompleteMessage('s', 'ROLLBACK_COMPLETE', failures)).toContain(
      '`recreate-failed-stack: true`',
    );
  });

  it('formats elapsed time and timeouts', () => {
    expect(formatElapsed(42_400)).toBe('42s');
    expect(formatElapsed(185_000)).toBe('3m 05s');
    expect(formatElapsed(3_720_000)).toBe('1h 02m');
    expect(timeoutMessage('s', 'be updated', 'UPDATE_IN_PROGRESS', 1_800_000, 1800)).toContain(
      "timed out after 30m 00s waiting for stack 's' to be updated",
    );
  });
});
