/**
 * Reading the manifest (`.secure-dist/manifest.json`, plan.ts) as its text arrives, without the
 * whole text as one string.
 *
 * The manifest is written with each of its objects' members on a line of its own
 * (`MANIFEST_LINE_DEPTH`, json-bytes.ts): still one JSON document, any JSON reader reads it, and
 * a line is never cut inside a string (JSON escapes a newline). So the entries of `objects` are
 * parsed one line at a time while the body arrives, and only the small rest (version, snapshot,
 * metadata) is parsed whole at the end. At 100,000 keys the 30 MB text, its pieces and
 * `JSON.parse`'s work on it made the manifest the largest part of a no-op's memory (issue 24,
 * BENCHMARKS.md "Memory per phase"). A manifest written on one line (before this layout) is
 * read whole, as before; anything unreadable counts as no manifest (headers unknown).
 */
import { keyRecord, type BucketSnapshot, type Manifest, type ManifestEntry } from './plan.js';

/** Members of the objects at this depth (the root's values) start a line of their own. */
export const MANIFEST_LINE_DEPTH = 1;

/**
 * A manifest shorter than this (≈ 13,000 entries) is parsed whole: one `JSON.parse` of the text
 * is faster than parsing it in parts, and its memory is small anyway. Longer, the reader goes
 * line by line. Measured on Node 24.21 (100,000 entries): the whole text parses in 0.25–0.5 s,
 * the lines in 0.6–1.5 s, on a loaded machine.
 */
export const WHOLE_BELOW = 4 * 2 ** 20;

/** Member lines parsed together: one `JSON.parse` a thousand entries (≈ 300 kB of text). */
const MEMBERS_PER_PARSE = 1000;

/** What opens the objects' members in the line layout: the end of the manifest's first line. */
const OBJECTS_OPEN = '"objects":{';

/** Parses the manifest's text; anything unreadable counts as no manifest (headers unknown). */
export function parseManifest(
  text: string | undefined,
  wholeBelow = WHOLE_BELOW,
): Manifest | undefined {
  if (text === undefined) return undefined;
  const reader = new ManifestReader(wholeBelow);
  reader.write(text);
  return reader.end();
}

/** Takes the manifest's text piece by piece (`write`), then gives the manifest (`end`). */
export class ManifestReader {
  /** The text so far, until it reaches `wholeBelow` (then the reader goes line by line). */
  private readonly held: string[] = [];
  private heldLength = 0;
  private byLine = false;
  /** The current line's pieces, until its newline arrives. */
  private readonly line: string[] = [];
  /** Everything but the objects' member lines: parsed whole at the end. */
  private readonly rest: string[] = [];
  private where: 'head' | 'members' | 'tail' = 'head';
  /** Member lines not parsed yet: parsed together (`MEMBERS_PER_PARSE`). */
  private readonly members: string[] = [];
  private readonly objects = keyRecord<ManifestEntry>();
  /** False when an entry could not be read (the snapshot is then not trusted). */
  private complete = true;
  private failed = false;
  private readonly share = shareStrings();

  /** `wholeBelow`: see WHOLE_BELOW (tests read by lines with 0). */
  constructor(private readonly wholeBelow = WHOLE_BELOW) {}

  write(piece: string): void {
    if (!this.byLine) {
      this.held.push(piece);
      this.heldLength += piece.length;
      if (this.heldLength < this.wholeBelow) return;
      this.byLine = true;
      for (const p of this.held.splice(0)) this.split(p);
      return;
    }
    this.split(piece);
  }

  end(): Manifest | undefined {
    if (this.byLine) {
      this.take(this.line.join(''));
      this.line.length = 0;
      this.parseMembers();
    } else {
      // Parsed whole: the objects come with the rest (as on one line, an older manifest).
      this.rest.push(this.held.splice(0).join(''));
    }
    if (this.failed) return undefined;
    try {
      const data: unknown = JSON.parse(this.rest.join(''));
      if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== 1)
        return undefined;
      if (!('objects' in data) || typeof data.objects !== 'object' || data.objects === null)
        return undefined;
      if (this.where === 'head') this.addAll(data.objects);
      // A snapshot is trusted only whole: with any entry unreadable, the bucket is listed.
      const bucket = this.complete && 'bucket' in data ? parseSnapshot(data.bucket) : undefined;
      const objects = this.objects;
      return bucket === undefined ? { version: 1, objects } : { version: 1, objects, bucket };
    } catch {
      return undefined;
    }
  }

  /** Hands each complete line of `piece` (with what came before it) to `take`. */
  private split(piece: string): void {
    let from = 0;
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', from)) {
      if (this.line.length === 0) this.take(piece.slice(from, nl));
      else {
        this.line.push(piece.slice(from, nl));
        this.take(this.line.join(''));
        this.line.length = 0;
      }
      from = nl + 1;
    }
    if (from < piece.length) this.line.push(from === 0 ? piece : piece.slice(from));
  }

  private take(line: string): void {
    if (this.failed) return;
    if (this.where === 'members' && line.startsWith('"')) {
      this.members.push(line);
      if (this.members.length >= MEMBERS_PER_PARSE) this.parseMembers();
      return;
    }
    this.parseMembers();
    this.rest.push(line);
    if (this.where === 'members') this.where = 'tail';
    else if (this.where === 'head' && line.endsWith(OBJECTS_OPEN)) this.where = 'members';
  }

  /**
   * The member lines so far as one object: each is `"key":{…},` (the manifest's last without its
   * comma), so joined they are an object's members once the last comma goes. A line without its
   * comma in the middle makes the text unreadable, as it should.
   */
  private parseMembers(): void {
    const last = this.members.length - 1;
    const tail = this.members[last];
    if (tail === undefined) return;
    if (tail.endsWith(',')) this.members[last] = tail.slice(0, -1);
    try {
      this.addAll(JSON.parse(`{${this.members.join('')}}`));
    } catch {
      this.failed = true;
    }
    this.members.length = 0;
  }

  private addAll(objects: unknown): void {
    if (typeof objects !== 'object' || objects === null) {
      this.failed = true;
      return;
    }
    for (const [key, v] of Object.entries(objects)) {
      if (isManifestEntry(v)) this.objects[key] = this.share(v);
      else this.complete = false;
    }
  }
}

/**
 * A parsed manifest entry made to share its strings: `JSON.parse` gives every entry its own copy
 * of each string, but the headers repeat across the site (a handful of Content-Types and
 * Cache-Control values for 100,000 keys) and a single-part object's ETag is its MD5. The entry is
 * changed in place (a copy would double the manifest while it is made). Returns a function that
 * does it, with the strings seen before in the same manifest (issue 24, BENCHMARKS.md "Memory
 * per phase"; `__tests__/sync-manifest-memory.test.ts` bounds the heap it keeps).
 */
function shareStrings(): (e: Mutable<ManifestEntry>) => ManifestEntry {
  const seen = new Map<string, string>();
  const once = (s: string): string => {
    const kept = seen.get(s);
    if (kept !== undefined) return kept;
    seen.set(s, s);
    return s;
  };
  return (e) => {
    if (e.etag === e.md5) e.etag = e.md5;
    e.contentType = once(e.contentType);
    e.cacheControl = once(e.cacheControl);
    if (e.storedCacheControl !== undefined) e.storedCacheControl = once(e.storedCacheControl);
    return e;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isManifestEntry(v: unknown): v is Mutable<ManifestEntry> {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>; // read only: no copy per entry (10,000s of them)
  return (
    typeof o.etag === 'string' &&
    typeof o.md5 === 'string' &&
    typeof o.size === 'number' &&
    typeof o.contentType === 'string' &&
    typeof o.cacheControl === 'string' &&
    (o.storedCacheControl === undefined || typeof o.storedCacheControl === 'string') &&
    (o.generated === undefined || o.generated === true) &&
    (o.blob === undefined || (typeof o.blob === 'string' && /^[0-9a-f]{40,64}$/.test(o.blob)))
  );
}

function parseSnapshot(v: unknown): BucketSnapshot | undefined {
  if (typeof v !== 'object' || v === null || !('listed' in v) || !('others' in v)) return undefined;
  const { listed, others } = v;
  if (typeof listed !== 'string' || typeof others !== 'object' || others === null) return undefined;
  const out = keyRecord<{ etag: string; size: number }>();
  for (const [key, o] of Object.entries(others)) {
    if (typeof o !== 'object' || o === null || !('etag' in o) || !('size' in o)) return undefined;
    const { etag, size } = o;
    if (typeof etag !== 'string' || typeof size !== 'number') return undefined;
    out[key] = { etag, size };
  }
  return { listed, others: out };
}
