/**
 * Content fingerprints as S3 reports them in listings.
 *
 * A single-part upload's ETag is the MD5 of the bytes. A multipart upload's ETag is
 * `md5(concat(md5 of each part))-<parts>`, which depends on the part size: this action
 * uploads a file larger than its part size in parts of exactly that size, both taken from
 * `partSizeFor` (parts.ts: PART_SIZE up to 10,000 parts, larger past that), so it can compute
 * the ETag its own uploads will have, and compare a listing without downloading anything.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { PART_SIZE, partSizeFor } from './parts.js';

export { PART_SIZE };

/** Files up to this size are read in one exact-size buffer; larger ones are streamed. */
const WHOLE_READ_LIMIT = 1024 * 1024;

export interface ContentHash {
  /** Hex MD5 of the whole file. */
  readonly md5: string;
  readonly size: number;
  /** The ETag (without quotes) S3 will list for this file as this action uploads it. */
  readonly etag: string;
  /** The git blob id of the bytes, when asked for (`gitBlob`). */
  readonly blob?: string;
}

/** The hash of a repository's object ids: SHA-1, or SHA-256 (64 hex digits). */
export type GitHash = 'sha1' | 'sha256';

/** A git blob id hasher: `blob <size>\0` then the bytes (git's object format). */
function blobHasher(alg: GitHash, size: number) {
  return createHash(alg).update(`blob ${size}\0`);
}

/**
 * Hashes a file in one pass: the whole-file MD5 and, past its part size (`partSizeFor` of its
 * size and `basePartSize`), each part's MD5.
 */
export async function hashFile(
  path: string,
  basePartSize = PART_SIZE,
  /** The size the walk already read, to spare a stat. */
  knownSize?: number,
  /** Also take the git blob id of the bytes, in the same read (racy files: git.ts). */
  gitBlob?: GitHash,
): Promise<ContentHash> {
  // Most site files are small: one read of exactly their size, no 1 MiB stream buffer each.
  const fileSize = knownSize ?? (await stat(path)).size;
  const partSize = partSizeFor(fileSize, basePartSize);
  if (fileSize <= Math.min(WHOLE_READ_LIMIT, partSize)) {
    const bytes = await readFile(path);
    if (bytes.length <= partSize) {
      const md5 = createHash('md5').update(bytes).digest('hex');
      const blob =
        gitBlob === undefined
          ? {}
          : { blob: blobHasher(gitBlob, bytes.length).update(bytes).digest('hex') };
      return { md5, size: bytes.length, etag: md5, ...blob };
    }
  }
  const blobHash = gitBlob === undefined ? undefined : blobHasher(gitBlob, fileSize);
  const whole = createHash('md5');
  const partDigests: Buffer[] = [];
  let part = createHash('md5');
  let inPart = 0;
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    whole.update(buf);
    blobHash?.update(buf);
    size += buf.length;
    let offset = 0;
    while (offset < buf.length) {
      const take = Math.min(partSize - inPart, buf.length - offset);
      part.update(buf.subarray(offset, offset + take));
      inPart += take;
      offset += take;
      if (inPart === partSize) {
        partDigests.push(part.digest());
        part = createHash('md5');
        inPart = 0;
      }
    }
  }
  if (inPart > 0) partDigests.push(part.digest());
  const md5 = whole.digest('hex');
  const etag = etagFor(md5, size, partDigests, partSize);
  // The blob header named the size stat gave: a file that grew or shrank meanwhile has no id.
  if (blobHash === undefined || size !== fileSize) return { md5, size, etag };
  return { md5, size, etag, blob: blobHash.digest('hex') };
}

function etagFor(md5: string, size: number, partDigests: Buffer[], partSize: number): string {
  if (size <= partSize) return md5;
  const combined = createHash('md5').update(Buffer.concat(partDigests)).digest('hex');
  return `${combined}-${partDigests.length}`;
}

/** ETags come quoted from S3 (`"abc…"`); compare them bare and lower-case. */
export function normalizeEtag(etag: string | undefined): string {
  return (etag ?? '').replace(/^W\//, '').replace(/"/g, '').toLowerCase();
}

/** `hashFile` for bytes already in memory (generated pages): the same MD5 and ETag rules. */
export function hashBytes(bytes: Uint8Array, basePartSize = PART_SIZE): ContentHash {
  const partSize = partSizeFor(bytes.length, basePartSize);
  const md5 = createHash('md5').update(bytes).digest('hex');
  if (bytes.length <= partSize) return { md5, size: bytes.length, etag: md5 };
  const partDigests: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += partSize) {
    partDigests.push(
      createHash('md5')
        .update(bytes.subarray(offset, offset + partSize))
        .digest(),
    );
  }
  return { md5, size: bytes.length, etag: etagFor(md5, bytes.length, partDigests, partSize) };
}
