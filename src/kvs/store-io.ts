/**
 * Writing the users to the CloudFront KeyValueStore (`edge: function`, issue 14): the store's
 * current keys (ListKeys) against what it must hold (h14's `buildStoreEntries`), and only the
 * difference sent with UpdateKeys -- an unchanged deploy sends nothing.
 *
 * Every write is ETag-guarded: "IfMatch: The current version (ETag) of the key value store that
 * you are updating keys of, which you can get by using the DescribeKeyValueStore API operation"
 * (API Reference, UpdateKeys: https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_kvs_UpdateKeys.html).
 * A concurrent writer (another run, an edit in the console) therefore makes the write fail with
 * a ConflictException instead of being overwritten: this module reads the store again,
 * recomputes the difference and retries, up to `CONFLICT_ATTEMPTS` times.
 *
 * UpdateKeys "Puts or deletes multiple key-value pairs in a single, all-or-nothing operation"
 * (same page): puts and deletes go in one call when they fit. A call takes at most 50 keys
 * (puts and deletes together) and a 3 MB payload ("Quotas" › "Key value stores",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html; the
 * Terraform/Pulumi KeyvaluestoreKeysExclusive `max_batch_size` states the same: "AWS has a
 * default quota of 50 keys or a 3 MB payload, whichever is reached first"). Larger changes go
 * in several calls, puts before deletes, each with the ETag the previous one returned, so no
 * user loses access before the new entries exist. ListKeys pages hold at most 50 items ("The
 * default is 10 and maximum allowed page is 50", ListKeysRequest.MaxResults).
 *
 * Only keys of this action's format (`u:` + user, src/edge/function/format.ts) are managed:
 * other keys are left alone. Nothing here logs a value (values hold salted HMACs).
 */
import {
  DescribeKeyValueStoreCommand,
  ListKeysCommand,
  UpdateKeysCommand,
  type CloudFrontKeyValueStoreClient,
} from '@aws-sdk/client-cloudfront-keyvaluestore';
import { planStoreUpdate, type StoreEntry } from '../edge/function/store.js';
import { errorMessage, errorName, httpStatus, isThrottling, retry } from '../aws/retry.js';

/** Keys per UpdateKeys call (puts and deletes together), see the module comment. */
export const UPDATE_KEYS_MAX_KEYS = 50;
/** Request payload per UpdateKeys call, in bytes (3 MB), see the module comment. */
export const UPDATE_KEYS_MAX_BYTES = 3 * 1024 * 1024;
/** Items per ListKeys page (the API's maximum). */
export const LIST_KEYS_PAGE = 50;
/** Attempts when another writer changed the store between our read and our write. */
export const CONFLICT_ATTEMPTS = 5;

export interface StoreChanges {
  /** Keys to create or overwrite, sorted by key. */
  readonly puts: readonly StoreEntry[];
  /** Keys to delete, sorted. */
  readonly deletes: readonly string[];
}

export interface StoreWriteResult {
  readonly kvsArn: string;
  /** Keys put and deleted; both empty when the store already held exactly this. */
  readonly puts: readonly string[];
  readonly deletes: readonly string[];
  /** UpdateKeys calls made (0 when nothing changed). */
  readonly calls: number;
  /** The store's version after the write. */
  readonly etag: string;
}

export interface StoreIoOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly log: (line: string) => void;
  /** [0, 1) for jitter; Math.random when absent. */
  readonly random?: () => number;
}

/**
 * Pure: what to put and delete so that the store's managed keys are exactly `desired` (h14's
 * `planStoreUpdate`, src/edge/function/store.ts: only stale `u:` and `t:` keys are deleted).
 */
export function storeChanges(
  current: ReadonlyMap<string, string>,
  desired: readonly StoreEntry[],
): StoreChanges {
  return planStoreUpdate(
    [...current].map(([key, value]) => ({ key, value })),
    desired,
  );
}

/**
 * Pure: the changes as UpdateKeys calls within the limits (keys and bytes). Puts and deletes
 * share a call when they fit; puts come first, so a call with deletes follows every put.
 */
export function storeBatches(changes: StoreChanges): StoreChanges[] {
  const batches: StoreChanges[] = [];
  let puts: StoreEntry[] = [];
  let deletes: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (puts.length + deletes.length > 0) batches.push({ puts, deletes });
    puts = [];
    deletes = [];
    bytes = 0;
  };
  // Headroom for the JSON around the items ({"Puts":[…],"Deletes":[…]}).
  const limit = UPDATE_KEYS_MAX_BYTES - 1024;
  const add = (size: number, push: () => void): void => {
    if (puts.length + deletes.length >= UPDATE_KEYS_MAX_KEYS || bytes + size > limit) flush();
    push();
    bytes += size;
  };
  for (const entry of changes.puts) {
    const size = Buffer.byteLength(JSON.stringify({ Key: entry.key, Value: entry.value })) + 1;
    add(size, () => puts.push(entry));
  }
  for (const key of changes.deletes) {
    add(Buffer.byteLength(JSON.stringify({ Key: key })) + 1, () => deletes.push(key));
  }
  flush();
  return batches;
}

/** The store's ETag (DescribeKeyValueStore) and every key and value (ListKeys, paginated). */
export async function readStore(
  client: CloudFrontKeyValueStoreClient,
  kvsArn: string,
  opts: StoreIoOptions,
): Promise<{ etag: string; items: Map<string, string> }> {
  const described = await call(opts, kvsArn, 'DescribeKeyValueStore', () =>
    client.send(new DescribeKeyValueStoreCommand({ KvsARN: kvsArn })),
  );
  if (described.ETag === undefined) {
    throw new Error(`KeyValueStore ${kvsArn}: DescribeKeyValueStore returned no ETag`);
  }
  const items = new Map<string, string>();
  let token: string | undefined;
  do {
    const next = token;
    const page = await call(opts, kvsArn, 'ListKeys', () =>
      client.send(
        new ListKeysCommand({
          KvsARN: kvsArn,
          MaxResults: LIST_KEYS_PAGE,
          ...(next !== undefined ? { NextToken: next } : {}),
        }),
      ),
    );
    for (const item of page.Items ?? []) {
      if (item.Key !== undefined) items.set(item.Key, item.Value ?? '');
    }
    token = page.NextToken === '' ? undefined : page.NextToken;
  } while (token !== undefined);
  return { etag: described.ETag, items };
}

/**
 * Makes the store hold exactly `desired` (of the keys this action manages): reads it, sends
 * the difference with ETag-guarded UpdateKeys calls, and on a conflict (someone else wrote in
 * between) reads again and retries. Nothing is sent when nothing changed.
 */
export async function writeStore(
  client: CloudFrontKeyValueStoreClient,
  kvsArn: string,
  desired: readonly StoreEntry[],
  opts: StoreIoOptions,
): Promise<StoreWriteResult> {
  const putKeys = new Set<string>();
  const deleteKeys = new Set<string>();
  let calls = 0;
  for (let attempt = 1; ; attempt++) {
    const { etag: start, items } = await readStore(client, kvsArn, opts);
    let etag = start;
    try {
      for (const batch of storeBatches(storeChanges(items, desired))) {
        const ifMatch = etag;
        const response = await call(opts, kvsArn, 'UpdateKeys', () =>
          client.send(
            new UpdateKeysCommand({
              KvsARN: kvsArn,
              IfMatch: ifMatch,
              ...(batch.puts.length > 0
                ? { Puts: batch.puts.map((e) => ({ Key: e.key, Value: e.value })) }
                : {}),
              ...(batch.deletes.length > 0
                ? { Deletes: batch.deletes.map((key) => ({ Key: key })) }
                : {}),
            }),
          ),
        );
        calls += 1;
        batch.puts.forEach((e) => putKeys.add(e.key));
        batch.deletes.forEach((k) => deleteKeys.add(k));
        if (response.ETag === undefined) {
          throw new Error(`KeyValueStore ${kvsArn}: UpdateKeys returned no ETag`);
        }
        etag = response.ETag;
      }
      return {
        kvsArn,
        puts: [...putKeys].sort(compare),
        deletes: [...deleteKeys].sort(compare),
        calls,
        etag,
      };
    } catch (e) {
      if (!isConflict(e)) throw e;
      if (attempt >= CONFLICT_ATTEMPTS) {
        throw new Error(
          `KeyValueStore ${kvsArn}: another writer changed it during each of ${CONFLICT_ATTEMPTS} attempts ` +
            '(UpdateKeys refused our If-Match ETag); run one deploy or rotate at a time (a workflow `concurrency` group)',
          { cause: e },
        );
      }
      opts.log(
        `KeyValueStore ${kvsArn}: changed by someone else while writing (attempt ${attempt}/${CONFLICT_ATTEMPTS}); reading it again`,
      );
    }
  }
}

/** UpdateKeys' answer to a stale If-Match: a ConflictException (409), or a 412. */
export function isConflict(e: unknown): boolean {
  const name = errorName(e);
  return name === 'ConflictException' || name === 'PreconditionFailed' || httpStatus(e) === 412;
}

/** One API call: throttling retried; other errors name the store, the call and what to do. */
async function call<T>(
  opts: StoreIoOptions,
  kvsArn: string,
  action: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await retry(() => fn(), {
      attempts: 6,
      baseDelayMs: 500,
      maxDelayMs: 8000,
      sleep: opts.sleep,
      random: opts.random ?? Math.random,
      retryable: isThrottling,
    });
  } catch (e) {
    if (isConflict(e)) throw e;
    const name = errorName(e);
    const hint =
      name === 'AccessDeniedException'
        ? ` The role needs cloudfront-keyvaluestore:${action} on this store, which the bootstrap stack grants ` +
          'on its own store only: update the bootstrap stack to this version (secure-dist-action docs/runtimes.md, "Bootstrap with `edge: function`").'
        : '';
    throw new Error(
      `KeyValueStore ${kvsArn}: ${action} failed: ${name || 'error'}: ${errorMessage(e)}.${hint}`,
      { cause: e },
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
