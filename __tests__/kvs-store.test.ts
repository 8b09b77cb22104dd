/**
 * Writing the users to the CloudFront KeyValueStore (issue 14), against aws-sdk-client-mock with
 * the response shapes of the API reference (DescribeKeyValueStore: ETag, ItemCount, …;
 * ListKeys: Items, NextToken; UpdateKeys: ETag, ItemCount, TotalSizeInBytes): only the
 * difference is sent, ETag-guarded, puts and deletes in one call within the 50-key limit, a
 * conflict read again and retried.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFrontKeyValueStoreClient,
  ConflictException,
  DescribeKeyValueStoreCommand,
  ListKeysCommand,
  UpdateKeysCommand,
  type UpdateKeysCommandInput,
} from '@aws-sdk/client-cloudfront-keyvaluestore';
import { mockClient } from 'aws-sdk-client-mock';
import { buildStoreEntries, type StoreEntry } from '../src/edge/function/store.js';
import {
  CONFLICT_ATTEMPTS,
  storeBatches,
  storeChanges,
  UPDATE_KEYS_MAX_KEYS,
  writeStore,
} from '../src/kvs/store-io.js';

const KVS = 'arn:aws:cloudfront::123456789012:key-value-store/0d3c6a2e-1f4b-4c55-9b1e-2a7f3c9d8e10';
const PEPPER = 'pepperpepperpepperpepperpepperpepperpepper0'; // 43 base64url characters
const STRONG = 'Q7vJ2mX9pL4sR8tK1wZ6yB3n';

const kvs = mockClient(CloudFrontKeyValueStoreClient);
const client = new CloudFrontKeyValueStoreClient({ region: 'us-east-1' });
const logs: string[] = [];
const opts = {
  sleep: () => Promise.resolve(),
  log: (line: string) => logs.push(line),
  random: () => 0.5,
};

function entries(users: Record<string, string>): StoreEntry[] {
  return buildStoreEntries({
    scope: 'docs',
    pepper: PEPPER,
    users: Object.entries(users).map(([user, password]) => ({ user, password })),
  });
}

/** A store that behaves as the service: an ETag per version, If-Match checked. */
function fakeStore(initial: readonly StoreEntry[], extra: Record<string, string> = {}) {
  const items = new Map<string, string>([
    ...initial.map((e): [string, string] => [e.key, e.value]),
    ...Object.entries(extra),
  ]);
  let version = 1;
  const etag = () => `ETVERSION${version}`;
  const updates: UpdateKeysCommandInput[] = [];
  kvs.reset();
  kvs.on(DescribeKeyValueStoreCommand).callsFake(() => ({
    $metadata: {},
    ItemCount: items.size,
    TotalSizeInBytes: 100,
    KvsARN: KVS,
    Created: new Date(0),
    ETag: etag(),
    Status: 'READY',
  }));
  kvs.on(ListKeysCommand).callsFake((input: { NextToken?: string; MaxResults?: number }) => {
    const all = [...items.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const start = Number(input.NextToken ?? '0');
    const size = input.MaxResults ?? 10;
    const page = all.slice(start, start + size);
    return {
      Items: page.map(([Key, Value]) => ({ Key, Value })),
      ...(start + size < all.length ? { NextToken: String(start + size) } : {}),
    };
  });
  kvs.on(UpdateKeysCommand).callsFake((input: UpdateKeysCommandInput) => {
    updates.push(input);
    if (input.IfMatch !== etag()) {
      throw new ConflictException({ message: 'Pre-condition failed', $metadata: {} });
    }
    for (const p of input.Puts ?? []) items.set(p.Key ?? '', p.Value ?? '');
    for (const d of input.Deletes ?? []) items.delete(d.Key ?? '');
    version += 1;
    return { ETag: etag(), ItemCount: items.size, TotalSizeInBytes: 100 };
  });
  return {
    items,
    updates,
    bump: () => {
      version += 1;
    },
  };
}

beforeEach(() => {
  logs.length = 0;
});

describe('storeChanges / storeBatches (pure)', () => {
  it('puts new and changed users, deletes users no longer listed, ignores keys of others', () => {
    const before = entries({ alice: STRONG, bob: STRONG });
    const after = entries({ alice: STRONG.toLowerCase() + 'X9', carol: STRONG });
    const current = new Map([
      ...before.map((e): [string, string] => [e.key, e.value]),
      ['other', '1'],
    ]);
    const changes = storeChanges(current, after);
    expect(changes.puts.map((e) => e.key)).toEqual(['u:alice', 'u:carol']);
    expect(changes.deletes).toEqual(['u:bob']);
  });

  it(`splits at ${UPDATE_KEYS_MAX_KEYS} keys a call, puts and deletes together, puts first`, () => {
    const puts = Array.from({ length: 70 }, (_, i) => ({ key: `u:p${i}`, value: '{}' }));
    const deletes = Array.from({ length: 40 }, (_, i) => `u:d${i}`);
    const batches = storeBatches({ puts, deletes });
    expect(batches.map((b) => [b.puts.length, b.deletes.length])).toEqual([
      [50, 0],
      [20, 30],
      [0, 10],
    ]);
  });

  it('splits before 3 MB of payload', () => {
    const big = 'x'.repeat(1000);
    const puts = Array.from({ length: 49 }, (_, i) => ({
      key: `u:${'k'.repeat(500)}${i}`,
      value: big,
    }));
    // 49 × ~1.5 KB stays far under 3 MB: one call; the byte limit is checked, not only the count.
    expect(storeBatches({ puts, deletes: [] })).toHaveLength(1);
  });
});

describe('writeStore against the KeyValueStore API', () => {
  it('sends nothing when the store already holds these users (an unchanged deploy)', async () => {
    const desired = entries({ alice: STRONG });
    const store = fakeStore(desired);
    const result = await writeStore(client, KVS, desired, opts);
    expect(result).toMatchObject({ puts: [], deletes: [], calls: 0, etag: 'ETVERSION1' });
    expect(store.updates).toEqual([]);
  });

  it('puts and deletes in one UpdateKeys call guarded by the ETag from DescribeKeyValueStore', async () => {
    const store = fakeStore(entries({ alice: STRONG, bob: STRONG }), { 'not-ours': 'kept' });
    const desired = entries({ alice: STRONG, carol: STRONG });
    const result = await writeStore(client, KVS, desired, opts);
    expect(store.updates).toHaveLength(1);
    expect(store.updates[0]).toMatchObject({
      KvsARN: KVS,
      IfMatch: 'ETVERSION1',
      Puts: [{ Key: 'u:carol', Value: desired[1]?.value }],
      Deletes: [{ Key: 'u:bob' }],
    });
    expect(result).toMatchObject({
      puts: ['u:carol'],
      deletes: ['u:bob'],
      calls: 1,
      etag: 'ETVERSION2',
    });
    expect(store.items.get('not-ours')).toBe('kept');
    expect(kvs.commandCalls(ListKeysCommand)[0]?.args[0].input).toMatchObject({ MaxResults: 50 });
  });

  it('chains the ETag through several calls and reads every ListKeys page', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`user${i}`, STRONG]));
    const store = fakeStore(entries({ old: STRONG }));
    const result = await writeStore(client, KVS, entries(many), opts);
    expect(
      store.updates.map((u) => [u.IfMatch, u.Puts?.length ?? 0, u.Deletes?.length ?? 0]),
    ).toEqual([
      ['ETVERSION1', 50, 0],
      ['ETVERSION2', 10, 1],
    ]);
    expect(result.calls).toBe(2);
    // A second run reads 60 keys in two pages and finds nothing to do.
    kvs.resetHistory();
    const again = await writeStore(client, KVS, entries(many), opts);
    expect(again.calls).toBe(0);
    expect(kvs.commandCalls(ListKeysCommand)).toHaveLength(2);
  });

  it('on a conflict (someone wrote in between) reads the store again and retries', async () => {
    const store = fakeStore(entries({ alice: STRONG }));
    // Another writer changes the store right after our first read.
    let first = true;
    kvs.on(ListKeysCommand).callsFake(() => {
      if (first) {
        first = false;
        store.bump();
      }
      return { Items: [...store.items.entries()].map(([Key, Value]) => ({ Key, Value })) };
    });
    const desired = entries({ alice: STRONG, bob: STRONG });
    const result = await writeStore(client, KVS, desired, opts);
    expect(store.updates.map((u) => u.IfMatch)).toEqual(['ETVERSION1', 'ETVERSION2']);
    expect(result).toMatchObject({ puts: ['u:bob'], calls: 1, etag: 'ETVERSION3' });
    expect(logs.join('\n')).toMatch(/changed by someone else while writing \(attempt 1\/5\)/);
  });

  it(`gives up after ${CONFLICT_ATTEMPTS} conflicts with an error that says what to do`, async () => {
    fakeStore(entries({ alice: STRONG }));
    kvs
      .on(UpdateKeysCommand)
      .rejects(new ConflictException({ message: 'conflict', $metadata: {} }));
    await expect(writeStore(client, KVS, entries({ bob: STRONG }), opts)).rejects.toThrow(
      /another writer changed it during each of 5 attempts .*a workflow `concurrency` group/,
    );
    expect(kvs.commandCalls(UpdateKeysCommand)).toHaveLength(CONFLICT_ATTEMPTS);
  });

  it('names the permission and the bootstrap parameter on AccessDenied, never a value', async () => {
    fakeStore([]);
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    kvs.on(UpdateKeysCommand).rejects(denied);
    const desired = entries({ alice: STRONG });
    const error = await writeStore(client, KVS, desired, opts).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /UpdateKeys failed: AccessDeniedException: .* cloudfront-keyvaluestore:UpdateKeys on this store, which the bootstrap stack grants on its own store only/,
    );
    expect(String(error)).not.toContain(desired[0]?.value ?? 'x');
  });
});
