/**
 * A sync, start to end: walk the folder and read git's index, read the manifest (and list the
 * bucket when the manifest holds no snapshot of it), hash what git cannot vouch for, plan, then
 * apply in an order that is safe to interrupt at any point:
 *
 * 0. the manifest without its snapshot of the bucket, when it had one;
 * 1. uploads — assets first, HTML last, so a new page never refers to a file not yet there;
 * 2. metadata-only copies where just the headers changed;
 * 3. the manifest;
 * 4. deletes — only after every upload succeeded, so nothing a page needs disappears early —
 *    then the manifest again, with the snapshot of the bucket as the run left it.
 *
 * A run that dies leaves a bucket the next run converges from: with the snapshot gone it lists
 * the bucket, recomputes the plan from what is really there, and trusts the manifest only where
 * its ETags still match. Changes made to the bucket outside the action are seen by a run that
 * lists it (`verify: full`): see BucketSnapshot in plan.ts.
 *
 * With `keyPrefix` (a pull request's preview, `_previews/pr-<n>/`), the same sync runs inside
 * that prefix: it lists, plans, uploads, deletes and keeps its manifest only there, and every
 * key it reports is relative to the prefix. The site's own sync (no prefix) never takes a key
 * under `_previews/` for its own: it does not plan, keep, delete or invalidate one.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { CacheControlRule } from '../site/cache-control.js';
import type { MaxDelete } from '../site/values.js';
import { PREVIEWS_PREFIX } from '../site/model.js';
import { escapeForLog } from '../report/escape.js';
import { gitDates } from './git-dates.js';
import { readGitState, type GitState } from './git.js';
import { PART_SIZE, hashBytes, hashFile, normalizeEtag } from './hash.js';
import { cacheControlFor, loadContentTypes } from './headers.js';
import { generateListings } from './listing.js';
import {
  ContentDirError,
  OWN_PAGES_PREFIX,
  RESERVED_PREFIX,
  checkContentDir,
  walkContentDir,
  type LocalFile,
} from './local.js';
import {
  MANIFEST_KEY,
  checkMaxDelete,
  nextManifest,
  planSync,
  remoteFromSnapshot,
  sameManifest,
  withSnapshot,
  withoutSnapshot,
  type LocalEntry,
  type Manifest,
  type RemoteEntry,
  type SyncPlan,
} from './plan.js';
import { Progress } from './progress.js';
import {
  COPY_LIMIT,
  deleteKeys,
  listObjects,
  putText,
  readText,
  replaceHeaders,
  uploadFile,
} from './s3.js';
import { ByteBudget } from './budget.js';
import { checkObjectSizes, uploadSettings } from './parts.js';
import { jsonBytes } from './json-bytes.js';
import { MANIFEST_LINE_DEPTH, ManifestReader } from './manifest-read.js';
import { memoryTrace, type MemoryTrace } from './memory-trace.js';
import { runPool } from './pool.js';
import { ownNotFoundPageEntry, publishOwnNotFoundPage } from './not-found-page.js';

/** At most this many bytes of file content held by uploads at once (see budget.ts). */
export const UPLOAD_MEMORY_BYTES = 48 * 1024 * 1024;

export interface SyncLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface SyncOptions {
  readonly client: S3Client;
  readonly bucket: string;
  readonly contentDir: string;
  readonly contentDirInput: string;
  /** When given, `content-dir` must be a real folder inside it (no symbolic link on the way). */
  readonly workspace?: string | undefined;
  readonly exclude: readonly string[];
  readonly cacheControl: readonly CacheControlRule[];
  readonly delete: boolean;
  readonly maxDelete: MaxDelete;
  readonly dryRun: boolean;
  readonly concurrency: number;
  /** Input `listing`: publish a generated listing for every folder without an `index.html`. */
  readonly listing?: boolean | undefined;
  /**
   * `git` (default): a file git reports clean, with the blob id and size the manifest recorded,
   * is not read (src/sync/git.ts); `full`: every file is read and hashed.
   */
  readonly verify?: 'git' | 'full';
  readonly log: SyncLogger;
  readonly now?: () => number;
  readonly progressIntervalMs?: number;
  /** Bound on the file bytes uploads hold at once (default UPLOAD_MEMORY_BYTES; tests). */
  readonly uploadMemoryBytes?: number;
  /** Internal, for tests (not a user setting): the base part size of `partSizeFor` (parts.ts). */
  readonly partSize?: number;
  /**
   * Where in the bucket this sync lives (default '': the site): `_previews/pr-<n>/` for a
   * preview. Keys in the result are relative to it.
   */
  readonly keyPrefix?: string;
  /** Written into the manifest as its `metadata` (a preview's pull request, commit, expiry). */
  readonly manifestMetadata?: Readonly<Record<string, string | number>>;
  /**
   * The HTML of the 404 page secure-dist publishes itself (not-found-page.ts), for a site whose
   * distribution answers missing keys with it: sent before the content when it is not in the
   * bucket as it should be, with 404.html's headers; never planned, listed, kept or deleted as
   * content. Ignored with `keyPrefix`.
   */
  readonly ownNotFoundPage?: string | undefined;
}

export interface SyncResult {
  readonly bucket: string;
  readonly dryRun: boolean;
  readonly uploaded: readonly string[];
  readonly metadataUpdated: readonly string[];
  readonly deleted: readonly string[];
  readonly unchanged: number;
  /** Files read and hashed (the others were vouched for by git and the manifest). */
  readonly hashed: number;
  /** The bucket was listed; false when the manifest's snapshot stood for it (plan.ts). */
  readonly listed: boolean;
  /** Objects not in the folder, kept because `delete` is false. */
  readonly kept: number;
  readonly bytesUploaded: number;
  readonly durationMs: number;
  /** Every key whose content or headers changed or that was deleted: what to invalidate. */
  readonly changedKeys: readonly string[];
  /** Every key the bucket serves after the sync. */
  readonly allKeys: readonly string[];
  /** The `.git` entries the walk skipped, by key (never published: local.ts). */
  readonly gitSkipped: readonly string[];
  readonly plan: SyncPlan;
}

const isHtml = (key: string): boolean => /\.html?$/i.test(key);

/** What the bucket holds as the run found it: its objects, and the action's manifest. */
interface RemoteState {
  readonly remote: readonly RemoteEntry[];
  /** The bucket was listed; false when the manifest's snapshot stood for it. */
  readonly listed: boolean;
  readonly manifest: Manifest | undefined;
}

/** The folder as walked, and git's word on it, with the bucket's state still on its way. */
interface LocalState {
  readonly files: readonly LocalFile[];
  /** The `.git` entries the walk skipped. */
  readonly gitSkipped: readonly string[];
  readonly git: GitState | undefined;
  readonly remote: Promise<RemoteState>;
}

/** What the sync sends: the plan's uploads (with re-sent oversize copies) and copies. */
interface Changes {
  readonly plan: SyncPlan;
  /** The plan's uploads, and the oversize objects whose headers changed (sent again). */
  readonly uploads: readonly (SyncPlan['uploads'][number] | SyncPlan['metadataUpdates'][number])[];
  readonly copies: readonly SyncPlan['metadataUpdates'][number][];
  readonly changedKeys: readonly string[];
  readonly allKeys: readonly string[];
}

export async function runSync(opts: SyncOptions): Promise<SyncResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const trace = memoryTrace(opts.log.info);
  // The page first (its mapping may already point at it), while the folder is read.
  const page =
    opts.ownNotFoundPage === undefined || (opts.keyPrefix ?? '') !== ''
      ? undefined
      : ownNotFoundPageEntry(opts.ownNotFoundPage, opts.cacheControl);
  const pageSent =
    page === undefined
      ? Promise.resolve(false)
      : publishOwnNotFoundPage(opts.client, opts.bucket, page, opts.dryRun);
  pageSent.catch(() => undefined); // awaited below; a failed walk is the error reported first
  const { local, hashed, state, gitSkipped } = await readAndHash(opts, trace);
  const ownChanged = page !== undefined && (await pageSent) ? [page.key] : [];
  for (const key of ownChanged) {
    opts.log.info(
      `${opts.dryRun ? 'would upload' : 'uploaded'} ${key} (the 404 page of a site without one)`,
    );
  }
  const listedAt = state.listed
    ? new Date(started).toISOString()
    : (state.manifest?.bucket?.listed ?? '');
  const objects = state.remote.filter((r) => !r.key.startsWith(RESERVED_PREFIX)).length;
  opts.log.info(
    state.listed
      ? `bucket listed: ${objects} objects`
      : `bucket taken from the manifest: ${objects} objects, unchanged by the action since it was listed at ${listedAt} (\`verify: full\` lists it)`,
  );
  const planned = planChanges(opts, local, state);
  const changes: Changes =
    ownChanged.length === 0
      ? planned
      : { ...planned, changedKeys: [...planned.changedKeys, ...ownChanged].sort() };
  trace('plan');
  const totalBytes = changes.uploads.reduce((n, u) => n + u.size, 0);
  const result = (bytesUploaded: number, dryRun: boolean): SyncResult => ({
    bucket: opts.bucket,
    dryRun,
    uploaded: changes.uploads.map((u) => u.key),
    metadataUpdated: changes.copies.map((c) => c.key),
    deleted: [...changes.plan.deletes],
    unchanged: changes.plan.unchanged.length,
    hashed,
    listed: state.listed,
    kept: changes.plan.kept.length,
    bytesUploaded,
    durationMs: now() - started,
    changedKeys: changes.changedKeys,
    allKeys: changes.allKeys,
    gitSkipped,
    plan: changes.plan,
  });
  if (opts.dryRun) return result(totalBytes, true);
  const bytesUploaded = await applyChanges(opts, changes, local, state, listedAt, trace);
  return result(bytesUploaded, false);
}

/**
 * Steps 1 and 2, and the generated listings: the local entries and the bucket's state. The walk
 * and git's state end here, so the rest of the run does not hold them (100,000 paths twice).
 */
async function readAndHash(
  opts: SyncOptions,
  trace: MemoryTrace,
): Promise<{
  local: LocalEntry[];
  hashed: number;
  state: RemoteState;
  gitSkipped: readonly string[];
}> {
  const found = await readLocal(opts, trace);
  const { local, hashed, state } = await hashLocal(opts, found, trace);
  if (opts.listing === true) local.push(...(await listingEntries(found.files, opts)));
  return { local, hashed, state, gitSkipped: found.gitSkipped };
}

/**
 * Step 1: `content-dir` is checked before any request; then the manifest is asked for, and the
 * listing when the manifest holds no snapshot of the bucket (or with `verify: full`); both
 * arrive while the folder is walked and git is asked about it.
 */
async function readLocal(opts: SyncOptions, trace: MemoryTrace): Promise<LocalState> {
  const { client, bucket, log } = opts;
  const verify = opts.verify ?? 'git';
  if (opts.workspace !== undefined) await checkContentDir(opts.contentDir, opts.workspace);
  const prefix = opts.keyPrefix ?? '';
  // Parsed as it arrives (manifest-read.ts).
  const reader = new ManifestReader();
  const manifestPromise = readText(client, bucket, prefix + MANIFEST_KEY, (piece) =>
    reader.write(piece),
  ).then((found) => (found ? reader.end() : undefined));
  manifestPromise.then(
    () => trace('manifest read'),
    () => undefined,
  );
  const listBucket = async () => ({
    remote: await listObjects(client, bucket, prefix),
    listed: true,
  });
  const listing =
    verify === 'full'
      ? listBucket()
      : manifestPromise.then((m) => {
          const snapshot = remoteFromSnapshot(m);
          return snapshot === undefined ? listBucket() : { remote: snapshot, listed: false };
        });
  listing.then(
    (l) => {
      if (l.listed) trace('bucket listing');
    },
    () => undefined,
  );
  // Awaited later; when the walk fails first, its error is the one reported.
  listing.catch(() => undefined);
  manifestPromise.catch(() => undefined);
  const gitSkipped: string[] = [];
  const [files, gitResult] = await Promise.all([
    walkContentDir(opts.contentDir, {
      exclude: opts.exclude,
      warn: log.warn,
      onGitSkipped: (key) => gitSkipped.push(key),
    }).then((f) => {
      trace('walk');
      return f;
    }),
    verify === 'git'
      ? readGitState(opts.contentDir).then((g) => {
          trace('git index');
          return g;
        })
      : undefined,
  ]);
  if (files.length === 0) {
    throw new ContentDirError(
      `\`content-dir\`: '${escapeForLog(opts.contentDirInput)}' has no files${opts.exclude.length > 0 ? ' left after `exclude`' : ''}: refusing to publish an empty site`,
    );
  }
  checkObjectSizes(files, opts.contentDirInput);
  let git: GitState | undefined;
  if (gitResult === undefined) log.info('verify: full: every file is read and hashed');
  else if (!gitResult.ok) log.info(`git fast path off (${gitResult.reason}): every file is hashed`);
  else git = gitResult.state;
  // The site's sync leaves the previews and its own pages alone, even those a snapshot written
  // before they were reserved still lists.
  const own = (r: RemoteEntry): boolean =>
    prefix !== '' || !(r.key.startsWith(PREVIEWS_PREFIX) || r.key.startsWith(OWN_PAGES_PREFIX));
  const remote = Promise.all([listing, manifestPromise]).then(([l, manifest]) => ({
    ...l,
    remote: l.remote.filter(own),
    manifest,
  }));
  remote.catch(() => undefined); // awaited in hashLocal
  return { files, gitSkipped, git, remote };
}

/**
 * Step 2: the local entries, in the walk's order. Files git cannot vouch for are hashed at once,
 * while the manifest arrives; the others wait for it, and are hashed only when it does not know
 * their blob id.
 */
async function hashLocal(
  opts: SyncOptions,
  { files, git, remote }: LocalState,
  trace: MemoryTrace,
): Promise<{ local: LocalEntry[]; hashed: number; state: RemoteState }> {
  let hashed = 0;
  // Loaded now, after readLocal sent the first requests (headers.ts).
  const contentTypeFor = await loadContentTypes();
  const local: LocalEntry[] = new Array<LocalEntry>(files.length);
  const entryOf = (
    f: LocalFile,
    h: { size: number; md5: string; etag: string },
    blob: string | undefined,
  ): LocalEntry => ({
    key: f.key,
    absPath: f.absPath,
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    blob,
    contentType: contentTypeFor(f.key),
    cacheControl: cacheControlFor(f.key, opts.cacheControl),
  });
  /** Hashes the files at `indexes` of the walk, `concurrency` at a time; throws the first failure. */
  const hashAll = async (indexes: Iterable<number>, blobOf: (i: number) => string | undefined) => {
    const outcome = await runPool(indexes, opts.concurrency, async (i) => {
      const f = files[i];
      if (f === undefined) return;
      // A racily clean file (git.ts) is read as git would read it: its blob id taken in the
      // same read tells whether it still holds the index's bytes.
      const racy = git?.isRacy(f.absPath) === true ? git.hash : undefined;
      const h = await hashFile(f.absPath, opts.partSize ?? PART_SIZE, f.size, racy);
      hashed += 1;
      local[i] = entryOf(f, h, h.blob ?? blobOf(i));
    });
    if (outcome.failures > 0) throw outcome.firstFailure;
  };
  // Git's word holds only while the file is as the index saw it (ctime to the nanosecond).
  const vouchedBlob = (f: LocalFile): string | undefined => git?.blobOf(f.absPath, f.stamp);
  const unvouched = indexesWhere(files, (f) => vouchedBlob(f) === undefined);
  // Hashed while the manifest (and the listing) arrive.
  const first = hashAll(unvouched, () => undefined);
  first.catch(() => undefined); // awaited below, after the bucket's state
  const state = await remote.catch(async (e: unknown) => {
    await first.catch(() => undefined); // no hashing left running behind the error
    throw e;
  });
  await first;
  const known = state.manifest?.objects ?? {};
  const unknown: number[] = [];
  files.forEach((f, i) => {
    const blob = vouchedBlob(f);
    if (blob === undefined) return;
    const m = Object.hasOwn(known, f.key) ? known[f.key] : undefined;
    if (m?.blob === blob && m.size === f.size) {
      local[i] = entryOf(f, { size: f.size, md5: m.md5, etag: normalizeEtag(m.etag) }, blob);
    } else {
      unknown.push(i);
    }
  });
  await hashAll(unknown, (i) => {
    const f = files[i];
    return f === undefined ? undefined : vouchedBlob(f);
  });
  trace('hash');
  if (git !== undefined) {
    const racy =
      git.racyCount > 0 ? ` (${git.racyCount} of them written in the tick of git's index)` : '';
    opts.log.info(
      `git fast path: ${files.length - hashed} of ${files.length} files unchanged by their git blob id, ${hashed} read and hashed${racy}`,
    );
  }
  return { local, hashed, state };
}

/** The positions of the items that pass `test`. */
function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  const out: number[] = [];
  items.forEach((item, i) => {
    if (test(item)) out.push(i);
  });
  return out;
}

/** Step 3: the plan, held to `max-delete`, and what it sends and invalidates. */
function planChanges(opts: SyncOptions, local: readonly LocalEntry[], state: RemoteState): Changes {
  const plan = planSync(local, state.remote, state.manifest, { delete: opts.delete });
  if (opts.delete) checkMaxDelete(plan, opts.maxDelete, opts.contentDirInput);
  // Objects past CopyObject's 5 GB cannot be re-headered in place: send them again.
  const uploads = [...plan.uploads, ...plan.metadataUpdates.filter((m) => m.size > COPY_LIMIT)];
  const copies = plan.metadataUpdates.filter((m) => m.size <= COPY_LIMIT);
  const changedKeys = [
    ...uploads.map((u) => u.key),
    ...copies.map((c) => c.key),
    ...plan.deletes,
  ].sort();
  const skipped = new Set(plan.skippedListings);
  const allKeys = [...local.map((l) => l.key).filter((k) => !skipped.has(k)), ...plan.kept].sort();
  for (const key of plan.skippedListings) {
    opts.log.warn(
      `no listing written at ${escapeForLog(key)}: the bucket holds an object there that the sync did not generate, and \`delete\` is false`,
    );
  }
  opts.log.info(
    `plan for bucket '${opts.bucket}': ${uploads.length} to upload, ${copies.length} to re-header, ` +
      `${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged` +
      (plan.kept.length > 0 ? `, ${plan.kept.length} kept (delete: false)` : ''),
  );
  return { plan, uploads, copies, changedKeys, allKeys };
}

/**
 * Step 4: the bucket changed in the order that is safe to interrupt (see the module comment).
 * Returns the bytes uploaded.
 */
async function applyChanges(
  opts: SyncOptions,
  { plan, uploads, copies }: Changes,
  local: readonly LocalEntry[],
  { remote, manifest }: RemoteState,
  listedAt: string,
  trace: MemoryTrace,
): Promise<number> {
  const { client, bucket, log } = opts;
  const prefix = opts.keyPrefix ?? '';
  /** The entry under its bucket key (the same object without a prefix). */
  const at = <T extends { readonly key: string }>(e: T): T =>
    prefix === '' ? e : { ...e, key: prefix + e.key };
  const manifestKey = prefix + MANIFEST_KEY;
  // As bytes written member by member, not one string of the whole manifest (json-bytes.ts),
  // an entry a line (read back as it arrives: manifest-read.ts).
  const stamped = (m: Manifest): Buffer =>
    jsonBytes(
      opts.manifestMetadata === undefined ? m : { ...m, metadata: opts.manifestMetadata },
      MANIFEST_LINE_DEPTH,
    );
  const progress = new Progress({
    totalFiles: uploads.length,
    totalBytes: uploads.reduce((n, u) => n + u.size, 0),
    log: log.info,
    now: opts.now ?? Date.now,
    ...(opts.progressIntervalMs !== undefined ? { intervalMs: opts.progressIntervalMs } : {}),
  });
  // The bucket is about to change: the manifest loses its snapshot first, so that a run that
  // dies half-way leaves one that makes the next run list the bucket (plan.ts, BucketSnapshot).
  const changes = uploads.length > 0 || copies.length > 0 || plan.deletes.length > 0;
  if (changes && manifest?.bucket !== undefined) {
    await putText(
      client,
      bucket,
      manifestKey,
      stamped(withoutSnapshot(manifest)),
      'application/json',
    );
  }
  const written = new Map<string, string>();
  const budget = new ByteBudget(opts.uploadMemoryBytes ?? UPLOAD_MEMORY_BYTES);

  const assets = uploads.filter((u) => !isHtml(u.key));
  const pages = uploads.filter((u) => isHtml(u.key));
  for (const batch of [assets, pages]) {
    await settleAll(batch, opts.concurrency, 'upload', async (u) => {
      const upload = uploadSettings(u.size, budget.capacity, opts.partSize ?? PART_SIZE);
      const etag = await budget.run(upload.memory, () =>
        uploadFile(client, bucket, at(u), upload, (n) => progress.addBytes(n)),
      );
      // The planned ETag's string when S3 gave the same one: not a string per upload kept.
      written.set(u.key, etag === u.etag ? u.etag : etag);
      progress.fileDone();
      log.info(
        `uploaded ${escapeForLog(u.key)} (${u.reason}${u.generated === true ? ' folder listing' : ''})`,
      );
    });
  }
  trace('uploads');
  await settleAll(copies, opts.concurrency, 'header update', async (c) => {
    written.set(c.key, await replaceHeaders(client, bucket, at(c), c.remoteEtag));
    log.info(`updated headers of ${escapeForLog(c.key)} (${c.reason})`);
  });
  if (copies.length > 0) trace('header updates');
  // Written when anything changed, or when it learns something (e.g. the blob ids of a first
  // run with the git fast path, or the snapshot of a run that listed the bucket). With deletes
  // to come, first without the snapshot (the bucket has yet to reach it), then with it.
  const after = nextManifest(manifest, plan, local, written, remote);
  const final = withSnapshot(after, plan, remote, listedAt);
  // With metadata (a preview's `updated` and `expires`), every run writes it.
  const restamp = opts.manifestMetadata !== undefined;
  if (changes || restamp || manifest === undefined || !sameManifest(final, manifest)) {
    const first = plan.deletes.length > 0 ? after : final;
    await putText(client, bucket, manifestKey, stamped(first), 'application/json');
    trace('manifest write');
  }
  if (plan.deletes.length > 0) {
    await deleteKeys(
      client,
      bucket,
      plan.deletes.map((key) => prefix + key),
    );
    for (const key of plan.deletes) log.info(`deleted ${escapeForLog(key)}`);
    trace('deletes');
    await putText(client, bucket, manifestKey, stamped(final), 'application/json');
    trace('manifest write (with snapshot)');
  }
  return progress.done.bytes;
}

/**
 * The generated folder listings as entries to sync: hashed like files, so an unchanged
 * listing is never re-sent. Dates come from one `git log` over `content-dir`.
 */
async function listingEntries(
  files: readonly LocalFile[],
  opts: SyncOptions,
): Promise<LocalEntry[]> {
  const git = await gitDates(
    opts.contentDir,
    files.map((f) => f.key),
  );
  if (git.unavailable !== undefined) {
    opts.log.info(
      `listing: no dates (not a git checkout, or git refused it: ${escapeForLog(git.unavailable)})`,
    );
  }
  const listed = files.map((f) => ({ key: f.key, size: f.size, date: git.dates.get(f.key) }));
  const contentTypeFor = await loadContentTypes();
  return generateListings(listed).map((g): LocalEntry => {
    const body = Buffer.from(g.html, 'utf8');
    const h = hashBytes(body, opts.partSize ?? PART_SIZE);
    return {
      key: g.key,
      absPath: '',
      size: h.size,
      md5: h.md5,
      etag: h.etag,
      contentType: contentTypeFor(g.key),
      cacheControl: cacheControlFor(g.key, opts.cacheControl),
      body,
      generated: true,
    };
  });
}

/**
 * Runs `task` for every item, `concurrency` at a time (pool.ts), waits for all of them, then
 * throws the first failure (with how many failed).
 */
async function settleAll<T>(
  items: Iterable<T>,
  concurrency: number,
  what: string,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const { failures, firstFailure } = await runPool(items, concurrency, task);
  if (failures === 0) return;
  const message = firstFailure instanceof Error ? firstFailure.message : String(firstFailure);
  const more = failures > 1 ? ` (and ${failures - 1} more ${what} failures)` : '';
  throw new Error(
    `${message}${more}. Nothing was deleted; the next run picks up where this one stopped.`,
  );
}
