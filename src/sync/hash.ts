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
import { open, stat } from 'node:fs/promises';
import { PART_SIZE, partSizeFor } from './parts.js';

export { PART_SIZE };

/**
 * Bytes read at a time. Each hash in progress borrows one buffer of this size and gives it back
 * (`spare`), so hashing 10,000 files reads into the same few buffers instead of allocating one
 * per file (`readFile`) or per MiB (a read stream): freed file buffers left glibc's heap
 * fragmented, ≈ 38 MB of resident set after hashing a 10,000-file, 500 MiB tree that the heap no
 * longer held (issue 24; BENCHMARKS.md, "Memory per phase").
 */
export const READ_SIZE = 256 * 1024;
/** Buffers kept for the next hash: at most one per hash in flight, up to this many. */
const SPARE_LIMIT = 64;
const spare: Buffer[] = [];

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

/** The buffers in the spare list now (for tests: what hashing keeps between files). */
export function spareReadBuffers(): number {
  return spare.length;
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
  const fileSize = knownSize ?? (await stat(path)).size;
  const partSize = partSizeFor(fileSize, basePartSize);
  // Part digests only for a file past its part size (most site files are not): a file that grew
  // past it while it was read is read again, with them.
  const first = await hashOnce(path, partSize, fileSize, gitBlob, fileSize > partSize);
  if (first !== undefined) return first;
  const again = await hashOnce(path, partSize, fileSize, gitBlob, true);
  if (again === undefined) throw new Error(`hashFile: ${path}: part digests were not taken`);
  return again;
}

/** One read of the file; undefined when it turned out larger than a part without `parts`. */
async function hashOnce(
  path: string,
  partSize: number,
  fileSize: number,
  gitBlob: GitHash | undefined,
  parts: boolean,
): Promise<ContentHash | undefined> {
  const blobHash = gitBlob === undefined ? undefined : blobHasher(gitBlob, fileSize);
  const whole = createHash('md5');
  const partDigests: Buffer[] = [];
  let part = createHash('md5');
  let inPart = 0;
  let size = 0;
  const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(READ_SIZE);
  try {
    const handle = await open(path, 'r');
    try {
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        // `update` copies what it needs before the next read reuses the buffer.
        const buf = buffer.subarray(0, bytesRead);
        whole.update(buf);
        blobHash?.update(buf);
        size += bytesRead;
        if (!parts) {
          if (size > partSize) return undefined;
          continue;
        }
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
    } finally {
      await handle.close();
    }
  } finally {
    if (spare.length < SPARE_LIMIT) spare.push(buffer);
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
