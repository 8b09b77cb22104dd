/**
 * Reads git's index file (`.git/index`) directly: for each entry its path, mode, stage, flags,
 * blob id and the stat data git recorded, with the index file's own mtime from the same open
 * file. Format: git's Documentation/gitformat-index.txt ("Git index format"), versions 2, 3
 * and 4, SHA-1 or SHA-256 object ids.
 *
 * Why not `git ls-files --debug`: at 10,000 files that is a process, 2 MB of text and a regular
 * expression per entry (0.25 s of a no-op sync, with the garbage it leaves); the index itself is
 * under 1 MB of fixed-width records. And the file's mtime and its entries come from one open
 * file: git replaces the index by renaming a new file over it, so an open file is one version.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/**
 * One entry as `visitIndex` hands it over: the same object for every entry, rewritten in place,
 * so that reading 100,000 entries allocates their paths and nothing per entry besides (issue 24:
 * an array of entry objects with hex ids and stamps cost ≈ 300 B a file while git's state was
 * built). The blob id is left in the buffer, at `blobAt`.
 */
export interface IndexEntryView extends StatData {
  path: string;
  mode: number;
  stage: number;
  flagged: boolean;
  /** Where the entry's object id starts in the index buffer (`oidLength` bytes). */
  blobAt: number;
}

/** The stat data git records: seconds and nanoseconds of ctime and mtime, inode and size (32 bits each). */
export interface StatData {
  ctimeS: number;
  ctimeN: number;
  mtimeS: number;
  mtimeN: number;
  ino: number;
  size: number;
}

/** Seconds and nanoseconds as one decimal count of nanoseconds, without BigInt arithmetic. */
export function nanoseconds(sec: number, nsec: number): string {
  return sec === 0 ? String(nsec) : `${sec}${String(nsec).padStart(9, '0')}`;
}

/**
 * An entry's stat data in `statStamp`'s form (local.ts). Joined, not a template: one flat string
 * (≈ 80 B) instead of a tree of its pieces (≈ 400 B).
 */
export function entryStamp(e: Readonly<StatData>): string {
  return [nanoseconds(e.ctimeS, e.ctimeN), nanoseconds(e.mtimeS, e.mtimeN), e.ino, e.size].join(
    ':',
  );
}

/** `a` is at or after `b` (seconds, nanoseconds). */
export function notBefore(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const SKIP_WORKTREE = 0x4000; // in the extended flags
const INTENT_TO_ADD = 0x2000; // in the extended flags

/**
 * Reads the index at `file`, handing each entry to `visit` (see IndexEntryView) with the buffer
 * it lies in; returns the index file's mtime. `oidLength` is 20 (SHA-1) or 32 (SHA-256) bytes.
 * Throws IndexFormatError for anything it does not know (an unknown version, a split index, a
 * bad checksum): the caller then goes without the fast path.
 */
export async function readIndex(
  file: string,
  oidLength: 20 | 32,
  visit: (entry: Readonly<IndexEntryView>, buf: Buffer) => void,
): Promise<readonly [number, number]> {
  const handle = await open(file, 'r');
  try {
    const st = await handle.stat({ bigint: true });
    const buf = await handle.readFile();
    const ns = 1_000_000_000n;
    visitIndex(buf, oidLength, (e) => visit(e, buf));
    return [Number(st.mtimeNs / ns), Number(st.mtimeNs % ns)];
  } finally {
    await handle.close();
  }
}

/** Hands every entry of the index in `buf` to `visit`, in the index's order (sorted by path). */
export function visitIndex(
  buf: Buffer,
  oidLength: 20 | 32,
  visit: (entry: Readonly<IndexEntryView>) => void,
): void {
  const fail = (why: string): never => {
    throw new IndexFormatError(`git index: ${why}`);
  };
  if (buf.length < 12 + oidLength || buf.toString('latin1', 0, 4) !== 'DIRC')
    fail('no DIRC header');
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) fail(`version ${version}`);
  const count = buf.readUInt32BE(8);
  const end = buf.length - oidLength;
  // The trailing hash covers everything before it; `index.skipHash` writes zeros instead.
  const trailer = buf.subarray(end);
  if (trailer.some((b) => b !== 0)) {
    const digest = createHash(oidLength === 20 ? 'sha1' : 'sha256')
      .update(buf.subarray(0, end))
      .digest();
    if (!digest.equals(trailer)) fail('checksum mismatch');
  }

  const entry: IndexEntryView = {
    path: '',
    mode: 0,
    stage: 0,
    flagged: false,
    blobAt: 0,
    ctimeS: 0,
    ctimeN: 0,
    mtimeS: 0,
    mtimeN: 0,
    ino: 0,
    size: 0,
  };
  let at = 12;
  let previous = Buffer.alloc(0);
  for (let n = 0; n < count; n++) {
    const start = at;
    if (at + 40 + oidLength + 2 > end) fail('truncated entry');
    const ctimeS = buf.readUInt32BE(at);
    const ctimeN = buf.readUInt32BE(at + 4);
    const mtimeS = buf.readUInt32BE(at + 8);
    const mtimeN = buf.readUInt32BE(at + 12);
    const ino = buf.readUInt32BE(at + 20);
    const mode = buf.readUInt32BE(at + 24);
    const size = buf.readUInt32BE(at + 36);
    at += 40;
    const blobAt = at;
    at += oidLength;
    const flags = buf.readUInt16BE(at);
    at += 2;
    let extended = 0;
    if ((flags & EXTENDED) !== 0) {
      if (version < 3) fail('extended flags in a version 2 index');
      extended = buf.readUInt16BE(at);
      at += 2;
    }
    let path: string;
    if (version === 4) {
      // A varint (git's offset encoding) of bytes to drop from the previous path, then the rest.
      let c = buf[at++] ?? 0;
      let drop = c & 0x7f;
      while ((c & 0x80) !== 0) {
        c = buf[at++] ?? 0;
        drop = ((drop + 1) << 7) | (c & 0x7f);
      }
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail('unterminated path');
      if (drop > previous.length) fail('bad path prefix');
      previous = Buffer.concat([
        previous.subarray(0, previous.length - drop),
        buf.subarray(at, nul),
      ]);
      path = previous.toString('utf8');
      at = nul + 1;
    } else {
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail('unterminated path');
      path = buf.toString('utf8', at, nul);
      // NUL padding to a multiple of 8 bytes from the entry's start (at least one NUL).
      at = start + Math.ceil((nul + 1 - start) / 8) * 8;
    }
    entry.path = path;
    entry.mode = mode;
    entry.stage = (flags >> 12) & 3;
    entry.flagged =
      (flags & ASSUME_VALID) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0;
    entry.blobAt = blobAt;
    entry.ctimeS = ctimeS;
    entry.ctimeN = ctimeN;
    entry.mtimeS = mtimeS;
    entry.mtimeN = mtimeN;
    entry.ino = ino;
    entry.size = size;
    visit(entry);
  }
  // Extensions follow: four-byte signature, four-byte size. A split index ("link") keeps most
  // entries in another file, which this reader does not follow.
  while (at + 8 <= end) {
    const signature = buf.toString('latin1', at, at + 4);
    if (signature === 'link') fail('split index (core.splitIndex)');
    at += 8 + buf.readUInt32BE(at + 4);
  }
}
