/**
 * Sync planning: pure functions from the local tree, the bucket (listed, or the manifest's
 * snapshot of it) and the manifest to what must be uploaded, re-headered and deleted. No I/O
 * here.
 *
 * Content is compared by hash, never by modification time: a fresh checkout of unchanged
 * content uploads nothing.
 *
 * Headers (Content-Type, Cache-Control and its viewer value in the metadata, headers.ts) are
 * not in an S3 listing. The action keeps a manifest
 * object (`.secure-dist/manifest.json`) recording, for each key, the ETag it last wrote and
 * the headers it wrote with it. An entry is trusted only while its ETag still equals the
 * listed ETag, so an object changed by someone else is never mistaken for ours. When only
 * the rules change, the objects whose headers differ get a metadata-only copy (no bytes
 * re-sent) and the whole decision costs one GET, not one HEAD per object.
 */
import type { MaxDelete } from '../site/values.js';
import { normalizeEtag } from './hash.js';
import { storedHeadersFor } from './headers.js';
import { RESERVED_PREFIX, isGitPath } from './local.js';

/** A local file with everything the plan needs to know about it. */
export interface LocalEntry {
  readonly key: string;
  readonly absPath: string;
  readonly size: number;
  readonly md5: string;
  /** The ETag S3 will list after this action uploads the file (see hash.ts). */
  readonly etag: string;
  readonly contentType: string;
  readonly cacheControl: string;
  /** The bytes of a generated object (a folder listing): uploaded from memory, not `absPath`. */
  readonly body?: Uint8Array | undefined;
  /** A folder listing the sync generated (input `listing`), not a file of `content-dir`. */
  readonly generated?: true | undefined;
  /** The git blob id of these bytes, when git vouches for the file (src/sync/git.ts). */
  readonly blob?: string | undefined;
}

export interface RemoteEntry {
  readonly key: string;
  readonly etag: string;
  readonly size: number;
}

export interface ManifestEntry {
  readonly etag: string;
  readonly md5: string;
  readonly size: number;
  readonly contentType: string;
  /** The viewer's Cache-Control, stored as the object's metadata (headers.ts). */
  readonly cacheControl: string;
  /**
   * The Cache-Control stored on the object, what CloudFront caches by (`storedHeadersFor`).
   * Missing in entries written before issue 20 (objects stored with the viewer's value and no
   * metadata): those objects get a metadata-only copy, so every site converges.
   */
  readonly storedCacheControl?: string;
  /** The sync generated this object (a folder listing): it may remove or replace it. */
  readonly generated?: true | undefined;
  /** The git blob id of the bytes `md5` was taken from, when known: the git fast path. */
  readonly blob?: string;
}

/**
 * The whole bucket as the manifest's writer left it: every object outside `.secure-dist/` is
 * either in `objects` (with the ETag and size recorded there) or in `others`. A run that finds
 * it takes the bucket from it instead of listing every page (ListObjectsV2 returns 1,000 keys a
 * call, so a listing costs as much as the site is large, changed or not).
 *
 * A run that is about to change the bucket first writes the manifest without it, so a run that
 * dies half-way makes the next one list again. Changes made outside the action (the console,
 * another tool) are not seen until a run lists: `verify: full` does.
 */
export interface BucketSnapshot {
  /** When the bucket was last listed (ISO 8601); carried over by runs that trusted it. */
  readonly listed: string;
  /** Objects that are not the sync's (kept with `delete: false`), with their ETag and size. */
  readonly others: Readonly<Record<string, { readonly etag: string; readonly size: number }>>;
}

export interface Manifest {
  readonly version: 1;
  readonly objects: Readonly<Record<string, ManifestEntry>>;
  /** Present only when nothing changed the bucket since it was written (see BucketSnapshot). */
  readonly bucket?: BucketSnapshot;
}

export const MANIFEST_KEY = `${RESERVED_PREFIX}manifest.json`;

/**
 * An empty record for keys that are file names: without a prototype, so a file named
 * `__proto__` is a key like any other (on `{}` assigning it would set the object's prototype,
 * and the entry would be lost).
 */
export function keyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export type UploadReason = 'new' | 'changed';
export type MetadataReason = 'headers changed' | 'headers unknown';

export interface SyncPlan {
  readonly uploads: readonly (LocalEntry & { readonly reason: UploadReason })[];
  /** Same bytes in the bucket, different (or unknown) headers: a metadata-only copy. */
  readonly metadataUpdates: readonly (LocalEntry & {
    readonly reason: MetadataReason;
    readonly remoteEtag: string;
  })[];
  readonly deletes: readonly string[];
  readonly unchanged: readonly string[];
  /** Keys in the bucket that are not local and stay because `delete` is false. */
  readonly kept: readonly string[];
  /** How many objects the bucket held (the manifest excluded), for the `max-delete` percentage. */
  readonly remoteCount: number;
  /**
   * Listings not written because the bucket holds an object at their key that the sync did not
   * generate and `delete` is false (it stays, in `kept`): a listing never replaces a user's object.
   */
  readonly skippedListings: readonly string[];
}

export interface PlanOptions {
  readonly delete: boolean;
}

/** True when the bucket already holds these bytes under this key. */
export function sameContent(
  local: LocalEntry,
  remote: RemoteEntry,
  manifest: ManifestEntry | undefined,
): boolean {
  if (remote.size !== local.size) return false;
  const remoteEtag = normalizeEtag(remote.etag);
  if (remoteEtag === local.etag || remoteEtag === local.md5) return true;
  // A multipart object uploaded with another part size: the manifest knows its MD5.
  return (
    manifest !== undefined &&
    normalizeEtag(manifest.etag) === remoteEtag &&
    manifest.md5 === local.md5
  );
}

export function planSync(
  local: readonly LocalEntry[],
  remote: readonly RemoteEntry[],
  manifest: Manifest | undefined,
  opts: PlanOptions,
): SyncPlan {
  const remoteByKey = new Map<string, RemoteEntry>();
  for (const r of remote) if (!r.key.startsWith(RESERVED_PREFIX)) remoteByKey.set(r.key, r);
  const objects = manifest?.objects ?? {};

  const uploads: (LocalEntry & { reason: UploadReason })[] = [];
  const metadataUpdates: (LocalEntry & { reason: MetadataReason; remoteEtag: string })[] = [];
  const unchanged: string[] = [];
  const skippedListings: string[] = [];
  const localKeys = new Set<string>();

  for (const l of local) {
    const r = remoteByKey.get(l.key);
    const m = Object.hasOwn(objects, l.key) ? objects[l.key] : undefined;
    if (l.generated === true && r !== undefined && !opts.delete && !isGenerated(m, r)) {
      skippedListings.push(l.key);
      continue;
    }
    localKeys.add(l.key);
    if (r === undefined) {
      uploads.push({ ...l, reason: 'new' });
      continue;
    }
    if (!sameContent(l, r, m)) {
      uploads.push({ ...l, reason: 'changed' });
      continue;
    }
    const known = m !== undefined && normalizeEtag(m.etag) === normalizeEtag(r.etag);
    if (!known) {
      metadataUpdates.push({ ...l, reason: 'headers unknown', remoteEtag: normalizeEtag(r.etag) });
    } else if (
      m.contentType !== l.contentType ||
      m.cacheControl !== l.cacheControl ||
      m.storedCacheControl !== storedHeadersFor(l.key, l.cacheControl).cacheControl
    ) {
      metadataUpdates.push({ ...l, reason: 'headers changed', remoteEtag: normalizeEtag(r.etag) });
    } else {
      unchanged.push(l.key);
    }
  }

  const gone = [...remoteByKey.keys()].filter((k) => !localKeys.has(k)).sort();
  // A listing the sync generated goes when its folder goes (or listings are turned off), even
  // with `delete: false`: it is the sync's own object, never a user's. So does a file under a
  // `.git` entry that an earlier version published (the manifest lists it): it was never
  // content, and may hold a token (local.ts).
  const ours = (k: string): boolean => {
    const m = Object.hasOwn(objects, k) ? objects[k] : undefined;
    return isGenerated(m, remoteByKey.get(k)) || (m !== undefined && isGitPath(k));
  };
  return {
    uploads,
    metadataUpdates,
    deletes: opts.delete ? gone : gone.filter(ours),
    kept: opts.delete ? [] : gone.filter((k) => !ours(k)),
    unchanged,
    remoteCount: remoteByKey.size,
    skippedListings,
  };
}

/** The manifest marks the object generated, and it still has the ETag the sync wrote. */
function isGenerated(m: ManifestEntry | undefined, r: RemoteEntry | undefined): boolean {
  return (
    m !== undefined &&
    r !== undefined &&
    m.generated === true &&
    normalizeEtag(m.etag) === normalizeEtag(r.etag)
  );
}

/** The largest number of deletes `max-delete` allows for a bucket of `remoteCount` objects. */
export function deleteLimit(maxDelete: MaxDelete, remoteCount: number): number {
  return maxDelete.kind === 'count'
    ? maxDelete.count
    : Math.floor((remoteCount * maxDelete.percent) / 100);
}

/** Throws before anything changes when the plan deletes more than `max-delete` allows. */
export function checkMaxDelete(
  plan: SyncPlan,
  maxDelete: MaxDelete,
  contentDirInput: string,
): void {
  const limit = deleteLimit(maxDelete, plan.remoteCount);
  const n = plan.deletes.length;
  if (n > limit) {
    const allowed =
      maxDelete.kind === 'count'
        ? `${maxDelete.count}`
        : `${maxDelete.percent}% of ${plan.remoteCount} = ${limit}`;
    throw new Error(
      `refusing to sync: it would delete ${n} of the ${plan.remoteCount} objects in the bucket, more than \`max-delete\` allows (${allowed}). ` +
        `Nothing was uploaded or deleted. Check that \`content-dir\` ('${contentDirInput}') is the folder you mean to publish, ` +
        'or raise `max-delete` in the site file.',
    );
  }
}

/** The manifest after the plan has been applied (entries for every key the bucket then holds that we know). */
export function nextManifest(
  previous: Manifest | undefined,
  plan: SyncPlan,
  local: readonly LocalEntry[],
  written: ReadonlyMap<string, string>,
  remote: readonly RemoteEntry[],
): Manifest {
  const objects = keyRecord<ManifestEntry>();
  const prev = previous?.objects ?? {};
  // Filled in a loop: `new Map(remote.map(...))` first built an array of 100,000 pairs.
  const remoteEtag = new Map<string, string>();
  for (const r of remote) remoteEtag.set(r.key, normalizeEtag(r.etag));
  const deleted = new Set(plan.deletes);
  const unchanged = new Set(plan.unchanged);
  for (const l of local) {
    // `written` holds the ETag S3 returned for every object this run uploaded or copied.
    const etag = written.get(l.key) ?? remoteEtag.get(l.key);
    if (etag === undefined) continue;
    if (!written.has(l.key) && !unchanged.has(l.key)) continue;
    // A blob id stays with the bytes it names: this run's, or the previous entry's for the same MD5.
    const p = Object.hasOwn(prev, l.key) ? prev[l.key] : undefined;
    const blob = l.blob ?? (p?.md5 === l.md5 && p.size === l.size ? p.blob : undefined);
    const entry: ManifestEntry = {
      etag,
      md5: l.md5,
      size: l.size,
      contentType: l.contentType,
      cacheControl: l.cacheControl,
      storedCacheControl: storedHeadersFor(l.key, l.cacheControl).cacheControl,
      ...(l.generated === true ? { generated: true as const } : {}),
      ...(blob !== undefined ? { blob } : {}),
    };
    // An unchanged entry stays the previous manifest's object: a run that changed little holds
    // one manifest's entries, not two (100,000 of them at the end of a no-op: issue 24).
    objects[l.key] = p !== undefined && sameEntry(p, entry) ? p : entry;
  }
  for (const key of plan.kept) {
    const p = Object.hasOwn(prev, key) ? prev[key] : undefined;
    if (p !== undefined && !deleted.has(key) && normalizeEtag(p.etag) === remoteEtag.get(key))
      objects[key] = p;
  }
  // Built in key order already when the local entries came sorted (the walk's order) and
  // nothing was kept: then the record is returned as it is, not copied.
  const keys = Object.keys(objects);
  if (keys.every((k, i) => i === 0 || (keys[i - 1] ?? '') < k)) return { version: 1, objects };
  const sorted = keyRecord<ManifestEntry>();
  for (const key of keys.sort()) {
    const entry = objects[key];
    if (entry !== undefined) sorted[key] = entry;
  }
  return { version: 1, objects: sorted };
}

/** The bucket's objects as the manifest's snapshot records them, or undefined without one. */
export function remoteFromSnapshot(manifest: Manifest | undefined): RemoteEntry[] | undefined {
  const snapshot = manifest?.bucket;
  if (manifest === undefined || snapshot === undefined) return undefined;
  const remote: RemoteEntry[] = [];
  for (const [key, m] of Object.entries(manifest.objects))
    remote.push({ key, etag: m.etag, size: m.size });
  for (const [key, o] of Object.entries(snapshot.others))
    remote.push({ key, etag: o.etag, size: o.size });
  return remote;
}

/** The manifest without its snapshot: written before a run changes the bucket. */
export function withoutSnapshot(manifest: Manifest): Manifest {
  return { version: 1, objects: manifest.objects };
}

/**
 * `next` (from nextManifest) with the snapshot of the bucket once the plan is applied: the
 * objects of `remote` that were not deleted and that `next` does not describe go to `others`.
 * `listed` is when `remote` was listed (now), or the snapshot's own time when `remote` came
 * from it.
 */
export function withSnapshot(
  next: Manifest,
  plan: SyncPlan,
  remote: readonly RemoteEntry[],
  listed: string,
): Manifest {
  const deleted = new Set(plan.deletes);
  // Only the objects `next` does not describe are sorted (few, usually), not a copy of the
  // whole bucket's (100,000 entries at a no-op of 100,000 files: issue 24).
  const rest = remote.filter(
    (r) =>
      !r.key.startsWith(RESERVED_PREFIX) &&
      !deleted.has(r.key) &&
      !Object.hasOwn(next.objects, r.key),
  );
  const others = keyRecord<{ etag: string; size: number }>();
  for (const r of rest.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    others[r.key] = { etag: normalizeEtag(r.etag), size: r.size };
  return { ...next, bucket: { listed, others } };
}

/**
 * Whether two manifests would be written the same (entries and snapshot, in the same order):
 * what a run that changed nothing compares instead of serialising both.
 */
export function sameManifest(a: Manifest, b: Manifest): boolean {
  return (
    sameRecords(a.objects, b.objects, sameEntry) &&
    (a.bucket === undefined || b.bucket === undefined
      ? a.bucket === b.bucket
      : a.bucket.listed === b.bucket.listed &&
        sameRecords(
          a.bucket.others,
          b.bucket.others,
          (x, y) => x.etag === y.etag && x.size === y.size,
        ))
  );
}

function sameRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  same: (x: T, y: T) => boolean,
): boolean {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? '';
    if (k !== other[i]) return false;
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined || !same(x, y)) return false;
  }
  return true;
}

const sameEntry = (x: ManifestEntry, y: ManifestEntry): boolean =>
  x.etag === y.etag &&
  x.md5 === y.md5 &&
  x.size === y.size &&
  x.contentType === y.contentType &&
  x.cacheControl === y.cacheControl &&
  x.storedCacheControl === y.storedCacheControl &&
  x.generated === y.generated &&
  x.blob === y.blob;
