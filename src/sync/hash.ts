/**
 * Content fingerprints as S3 reports them in listings.
 *
 * A single-part upload's ETag is the MD5 of the bytes. A multipart upload's ETag is
 * `md5(concat(md5 of each part))-<parts>`, which depends on the part size: this action
 * uploads a file larger than its part size in parts of exactly that size, both taken from
 * `partSizeFor` (parts.ts: PART_SIZE up to 10,000 parts, larger past that), so it can compute
 * the ETag its own uploads will have, and compare a listing without downloading anything.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/**
 * Files are opened, read and closed synchronously, on the main thread, and the hash gives the
 * thread back to the event loop (`setImmediate`) whenever it has held it for this long, so that
 * what the sync asked for meanwhile (the manifest, a listing's pages, the 404 page's upload) is
 * taken in as it arrives. Hashing the 1,063 files (49 MiB) of the docs benchmark in a fresh Node
 * 24 process took 112–138 ms this way against 221–242 ms with `fs/promises` file handles 16 at a
 * time (each open, read and close a promise and a thread-pool round trip; the MD5 itself is
 * the same ≈ 80 ms), issue 24. The walk stats files the same way (local.ts).
 */
const SLICE_MS = 5;
let sliceStarted = 0;

/** Yields to the event loop when the current slice of the main thread is used up. */
async function yieldWhenDue(): Promise<void> {
  if (performance.now() - sliceStarted < SLICE_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  sliceStarted = performance.now();
}

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
  // Created when the first part starts: most files are one part, and need only `whole`.
  let part: Hash | undefined;
  let inPart = 0;
  let size = 0;
  await yieldWhenDue();
  const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(READ_SIZE);
  try {
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        // `update` copies what it needs before the next read reuses the buffer.
        const buf = buffer.subarray(0, bytesRead);
        whole.update(buf);
        blobHash?.update(buf);
        size += bytesRead;
        if (!parts) {
          if (size > partSize) return undefined;
        } else {
          let offset = 0;
          while (offset < buf.length) {
            const take = Math.min(partSize - inPart, buf.length - offset);
            part ??= createHash('md5');
            part.update(buf.subarray(offset, offset + take));
            inPart += take;
            offset += take;
            if (inPart === partSize) {
              partDigests.push(part.digest());
              part = undefined;
              inPart = 0;
            }
          }
        }
        await yieldWhenDue();
      }
    } finally {
      closeSync(fd);
    }
  } finally {
    if (spare.length < SPARE_LIMIT) spare.push(buffer);
  }
  if (inPart > 0 && part !== undefined) partDigests.push(part.digest());
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
