/**
 * What a CloudFormation stack status means for a deploy, and the names we give change sets.
 * Pure.
 */

/** The stack tag that records what was last deployed (template + parameters). */
export const FINGERPRINT_TAG = 'secure-dist:fingerprint';

/** CloudFormation's limit on `TemplateBody`. */
export const TEMPLATE_BODY_LIMIT = 51_200;

/** Change set names: a letter, then letters, digits and hyphens; at most 128 characters. */
export const CHANGE_SET_NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

/**
 * Something is running on the stack. `REVIEW_IN_PROGRESS` is not: it is a stack that exists
 * only to hold a CREATE change set that was never executed, and it stays so until deleted.
 */
export function isInProgress(status: string): boolean {
  return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

/** A stack that is done with its last operation and is what its tags say it is. */
export function isSettledSuccess(status: string): boolean {
  return (
    status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE'
  );
}

/** A stack whose first creation failed: it cannot be updated, only deleted. */
export function needsRecreate(status: string): boolean {
  return (
    status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED'
  );
}

/** A stack that needs a person before anything can be deployed to it. */
export function isBlocked(status: string): boolean {
  return (
    status === 'UPDATE_ROLLBACK_FAILED' ||
    status === 'DELETE_FAILED' ||
    status === 'IMPORT_ROLLBACK_FAILED'
  );
}

/** The status that ends a successful execution of a change set of this type. */
export function successStatus(type: 'CREATE' | 'UPDATE'): string {
  return type === 'CREATE' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
}

/**
 * CloudFormation refuses an empty change set with status FAILED and one of these reasons;
 * for a deploy it means "nothing to do".
 */
export function isEmptyChangeSetReason(reason: string | undefined): boolean {
  if (reason === undefined) return false;
  return (
    reason.includes("didn't contain changes") ||
    reason.includes('did not contain changes') ||
    reason.includes('No updates are to be performed')
  );
}

/**
 * A unique change set name: `secure-dist-<UTC timestamp>-<6 random base-36 characters>`,
 * e.g. `secure-dist-20260301T120000Z-k3x9q2`.
 */
export function newChangeSetName(nowMs: number, random: () => number): string {
  const stamp = new Date(nowMs)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  const r = Math.min(Math.max(random(), 0), 0.999_999_999);
  const suffix = Math.floor(r * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `secure-dist-${stamp}-${suffix}`;
}
