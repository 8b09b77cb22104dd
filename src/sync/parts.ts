/**
 * How a file is cut into the parts of a multipart upload, and what that upload holds in memory.
 *
 * S3's limits (Amazon S3 User Guide, "Amazon S3 multipart upload limits",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html, English page as stored in
 * December 2026): maximum object size 48.8 TiB, at most 10,000 parts, part numbers 1 to 10,000,
 * part size 5 MiB to 5 GiB with no minimum for the last part. 48.8 TiB is exactly 10,000 parts
 * of 5 GiB (50,000 GiB, the "50 TB" AWS announced in December 2025 when it raised the limit from
 * 5 TB; several translated copies of the page still say 5 TiB). The largest object is therefore
 * reachable only with 5 GiB parts, and the rule below reaches it.
 *
 * The part size decides a multipart object's ETag (`md5(concat(part md5s))-N`, hash.ts), so the
 * hash and the upload take it from the same rule: `partSizeFor`.
 */

import { escapeForLog } from '../report/escape.js';

export const MIB = 1024 * 1024;
/** The part size of every file that fits in 10,000 of them (≈ 78.1 GiB), and the largest single PUT. */
export const PART_SIZE = 8 * MIB;
/** S3's smallest part (all but the last). */
export const MIN_PART_SIZE = 5 * MIB;
/** S3's largest part. */
export const MAX_PART_SIZE = 5 * 1024 * MIB;
/** S3's most parts in one multipart upload. */
export const MAX_PARTS = 10_000;
/** S3's largest object: 10,000 parts of 5 GiB = 48.8 TiB. */
export const MAX_OBJECT_SIZE = MAX_PARTS * MAX_PART_SIZE;
/** Parts of one multipart upload in flight at once, at most. */
export const MULTIPART_QUEUE_SIZE = 2;

/**
 * The part size for a file of `size` bytes: `basePartSize` (PART_SIZE) wherever 10,000 parts of
 * it hold the file, so the ETags of every object uploaded before this rule stay comparable;
 * past that, the smallest whole number of MiB that fits the file in 10,000 parts. A file larger
 * than S3's largest object has none (`tooLargeError`).
 */
export function partSizeFor(size: number, basePartSize = PART_SIZE): number {
  if (size > MAX_OBJECT_SIZE) throw new RangeError(tooLargeMessage('a file', size));
  if (Math.ceil(size / basePartSize) <= MAX_PARTS) return basePartSize;
  return Math.ceil(size / MAX_PARTS / MIB) * MIB;
}

export interface UploadSettings {
  /** Past this size the file goes as a multipart upload in parts of exactly this size. */
  readonly partSize: number;
  /** Parts in flight at once (lib-storage's `queueSize`). */
  readonly queueSize: number;
  /** The bytes the upload holds at its peak (budget.ts). */
  readonly memory: number;
}

/**
 * How a file of `size` bytes is uploaded within `memoryBytes`: one PUT of the whole file when it
 * fits in one part, else a multipart upload. lib-storage's `Upload` holds each part in flight in
 * memory (the SDK must be able to send it again) and gathers the next one from the stream while
 * the others are sent: `(queueSize + 1) × partSize` at its peak. The queue shrinks as parts grow,
 * so that stays within `memoryBytes` down to one part in flight; parts larger than half the
 * budget (files past 10,000 × budget / 2, ≈ 234 GiB with 48 MiB) cannot fit at all: such an
 * upload holds two parts (at most 10 GiB for S3's largest object) and the budget runs it alone.
 */
export function uploadSettings(
  size: number,
  memoryBytes: number,
  basePartSize = PART_SIZE,
): UploadSettings {
  const partSize = partSizeFor(size, basePartSize);
  if (size <= partSize) return { partSize, queueSize: 1, memory: size };
  const fits = Math.floor(memoryBytes / partSize) - 1;
  const queueSize = Math.max(1, Math.min(MULTIPART_QUEUE_SIZE, fits));
  return { partSize, queueSize, memory: (queueSize + 1) * partSize };
}

export class ObjectTooLargeError extends Error {
  override name = 'ObjectTooLargeError';
}

function tooLargeMessage(what: string, size: number): string {
  return (
    `${what} is ${size.toLocaleString('en-US')} bytes, larger than the largest object S3 accepts ` +
    `(${MAX_OBJECT_SIZE.toLocaleString('en-US')} bytes, 48.8 TiB: 10,000 parts of 5 GiB)`
  );
}

/**
 * Refuses, before anything is hashed or sent, a folder holding a file S3 cannot store: the sync
 * would otherwise upload everything else, then fail (or, with deletes, leave the site without
 * the file). Names each file and the limit.
 */
export function checkObjectSizes(
  files: readonly { readonly key: string; readonly size: number }[],
  contentDirInput: string,
): void {
  const tooLarge = files.filter((f) => f.size > MAX_OBJECT_SIZE);
  if (tooLarge.length === 0) return;
  const named = tooLarge
    .slice(0, 5)
    .map((f) => tooLargeMessage(`'${escapeForLog(f.key)}'`, f.size))
    .join('; ');
  const more = tooLarge.length > 5 ? ` (and ${tooLarge.length - 5} more)` : '';
  throw new ObjectTooLargeError(
    `\`content-dir\` '${escapeForLog(contentDirInput)}': ${named}${more}. Nothing was uploaded or deleted: ` +
      'split the file or leave it out with `exclude`',
  );
}
