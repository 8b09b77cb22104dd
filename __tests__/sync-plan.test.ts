import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseMaxDelete } from '../src/site/values.js';
import { hashFile, normalizeEtag } from '../src/sync/hash.js';
import { loadContentTypes, storedHeadersFor } from '../src/sync/headers.js';
import { jsonBytes } from '../src/sync/json-bytes.js';
import { MANIFEST_LINE_DEPTH, parseManifest } from '../src/sync/manifest-read.js';
import {
  MANIFEST_KEY,
  checkMaxDelete,
  nextManifest,
  sameManifest,
  planSync,
  type LocalEntry,
  type Manifest,
  type RemoteEntry,
} from '../src/sync/plan.js';
import { Progress, formatBytes } from '../src/sync/progress.js';

const local = (key: string, md5: string, extra: Partial<LocalEntry> = {}): LocalEntry => ({
  key,
  absPath: `/c/${key}`,
  size: 10,
  md5,
  etag: md5,
  contentType: 'text/plain; charset=utf-8',
  cacheControl: 'max-age=300',
  ...extra,
});
const remote = (key: string, etag: string, size = 10): RemoteEntry => ({ key, etag, size });
const manifestOf = (entries: LocalEntry[]): Manifest => ({
  version: 1,
  objects: Object.fromEntries(
    entries.map((l) => [
      l.key,
      {
        etag: l.etag,
        md5: l.md5,
        size: l.size,
        contentType: l.contentType,
        cacheControl: l.cacheControl,
        storedCacheControl: storedHeadersFor(l.key, l.cacheControl).cacheControl,
      },
    ]),
  ),
});

describe('planSync', () => {
  it('sorts files into uploads, header updates, deletes and unchanged', () => {
    const a = local('a', 'aa');
    const b = local('b', 'bb');
    const c = local('c', 'cc', { cacheControl: 'max-age=60' });
    const plan = planSync(
      [a, b, c, local('new', 'nn')],
      [
        remote('a', '"aa"'),
        remote('b', '"old"'),
        remote('c', 'cc'),
        remote('gone', 'gg'),
        remote(MANIFEST_KEY, 'mm'),
      ],
      manifestOf([a, local('c', 'cc')]),
      { delete: true },
    );
    expect(plan.uploads.map((u) => [u.key, u.reason])).toEqual([
      ['b', 'changed'],
      ['new', 'new'],
    ]);
    expect(plan.metadataUpdates.map((m) => [m.key, m.reason])).toEqual([['c', 'headers changed']]);
    expect(plan.deletes).toEqual(['gone']);
    expect(plan.unchanged).toEqual(['a']);
    expect(plan.remoteCount).toBe(4);
  });

  it('re-headers objects a manifest from before issue 20 describes (viewer value stored as Cache-Control, no metadata)', () => {
    const page = local('index.html', 'ii', { cacheControl: 'private, no-cache' });
    const notFound = local('404.html', 'nf', { cacheControl: 'private, no-cache' });
    const current = manifestOf([page, notFound]);
    // Written by this version: nothing to do.
    const same = planSync(
      [page, notFound],
      [remote('index.html', 'ii'), remote('404.html', 'nf')],
      current,
      {
        delete: true,
      },
    );
    expect(same.metadataUpdates).toEqual([]);
    expect(same.unchanged).toEqual(['index.html', '404.html']);
    // The same objects as an earlier version recorded them: same bytes, same viewer value, but
    // stored with it as their Cache-Control: a metadata-only copy for each, 404 page included.
    const before: Manifest = {
      version: 1,
      objects: Object.fromEntries(
        Object.entries(current.objects).map(([k, e]) => [
          k,
          {
            etag: e.etag,
            md5: e.md5,
            size: e.size,
            contentType: e.contentType,
            cacheControl: e.cacheControl,
          },
        ]),
      ),
    };
    const remote2 = [remote('index.html', 'ii'), remote('404.html', 'nf')];
    const plan = planSync([page, notFound], remote2, before, { delete: true });
    expect(plan.metadataUpdates.map((m) => [m.key, m.reason])).toEqual([
      ['index.html', 'headers changed'],
      ['404.html', 'headers changed'],
    ]);
    expect(parseManifest(JSON.stringify(before))?.objects['index.html']).toEqual(
      before.objects['index.html'],
    );
  });

  it('compares by size too, and trusts a manifest entry only while its ETag matches', () => {
    const a = local('a', 'aa');
    expect(
      planSync([a], [remote('a', 'aa', 11)], undefined, { delete: true }).uploads,
    ).toHaveLength(1);
    const stale = planSync(
      [a],
      [remote('a', 'aa')],
      { version: 1, objects: { a: { ...manifestOf([a]).objects.a!, etag: 'other' } } },
      {
        delete: true,
      },
    );
    expect(stale.metadataUpdates.map((m) => m.reason)).toEqual(['headers unknown']);
  });

  it('recognises a multipart object uploaded with another part size through the manifest MD5', () => {
    const big = local('big', 'md5whole', { etag: 'ours-3', size: 30 });
    const theirs = remote('big', '"theirs-5"', 30);
    expect(planSync([big], [theirs], undefined, { delete: true }).uploads).toHaveLength(1);
    const m: Manifest = {
      version: 1,
      objects: {
        big: {
          etag: 'theirs-5',
          md5: 'md5whole',
          size: 30,
          contentType: big.contentType,
          cacheControl: big.cacheControl,
          storedCacheControl: storedHeadersFor('big', big.cacheControl).cacheControl,
        },
      },
    };
    expect(planSync([big], [theirs], m, { delete: true }).unchanged).toEqual(['big']);
  });

  it('keeps instead of deleting when delete is false', () => {
    const plan = planSync([], [remote('x', 'x')], undefined, { delete: false });
    expect(plan.deletes).toEqual([]);
    expect(plan.kept).toEqual(['x']);
  });

  it('never plans to touch the manifest prefix', () => {
    const plan = planSync(
      [],
      [remote('.secure-dist/manifest.json', 'm'), remote('.secure-dist/other', 'o')],
      undefined,
      { delete: true },
    );
    expect(plan.deletes).toEqual([]);
    expect(plan.remoteCount).toBe(0);
  });

  it('property: every key lands in exactly one bucket of the plan', () => {
    const keys = fc.uniqueArray(fc.stringMatching(/^[a-d]{1,3}$/), { maxLength: 12 });
    fc.assert(
      fc.property(keys, keys, fc.boolean(), (localKeys, remoteKeys, del) => {
        const plan = planSync(
          localKeys.map((k) => local(k, `m${k.length % 2}`)),
          remoteKeys.map((k) => remote(k, `m${k.length % 3}`)),
          undefined,
          { delete: del },
        );
        const all = [
          ...plan.uploads.map((u) => u.key),
          ...plan.metadataUpdates.map((m) => m.key),
          ...plan.unchanged,
          ...plan.deletes,
          ...plan.kept,
        ];
        expect(all.sort()).toEqual([...new Set([...localKeys, ...remoteKeys])].sort());
      }),
    );
  });
});

describe('max-delete', () => {
  /** A bucket of `of` objects, a folder that lacks the first `n` of them. */
  const planDeleting = (n: number, of: number) => {
    const keys = Array.from({ length: of }, (_, i) => `k${i}`);
    return planSync(
      keys.slice(n).map((k) => local(k, 'e')),
      keys.map((k) => remote(k, 'e')),
      undefined,
      { delete: true },
    );
  };

  it('allows up to the limit and refuses past it, with both numbers', () => {
    expect(() =>
      checkMaxDelete(planDeleting(5, 10), parseMaxDelete('50%'), 'content'),
    ).not.toThrow();
    const p = planDeleting(10, 10);
    expect(() => checkMaxDelete(p, parseMaxDelete('50%'), 'content')).toThrow(
      /delete 10 of the 10 objects.*50% of 10 = 5.*'content'/,
    );
    expect(() => checkMaxDelete(p, parseMaxDelete('9'), 'content')).toThrow(/\(9\)/);
    expect(() => checkMaxDelete(p, parseMaxDelete('10'), 'content')).not.toThrow();
  });
});

describe('manifest', () => {
  it('round-trips and ignores anything malformed', () => {
    const m = manifestOf([local('a', 'aa')]);
    expect(parseManifest(JSON.stringify(m))).toEqual(m);
    expect(parseManifest('not json')).toBeUndefined();
    expect(parseManifest('{"version":2,"objects":{}}')).toBeUndefined();
    expect(parseManifest('{"version":1,"objects":{"a":{"etag":1}}}')).toEqual({
      version: 1,
      objects: {},
    });
    expect(parseManifest(undefined)).toBeUndefined();
  });

  it('records what was written, keeps what is kept, drops what was deleted', () => {
    const a = local('a', 'aa');
    const b = local('b', 'bb');
    const plan = planSync([a, b], [remote('a', 'aa'), remote('old', 'oo')], manifestOf([a]), {
      delete: true,
    });
    const next = nextManifest(manifestOf([a]), plan, [a, b], new Map([['b', 'bb']]), [
      remote('a', 'aa'),
      remote('old', 'oo'),
    ]);
    expect(Object.keys(next.objects)).toEqual(['a', 'b']);
  });

  it('keeps the previous entry objects of what did not change, in key order, new objects for what did', () => {
    const [a, b, c] = [local('a', 'aa'), local('b', 'bb'), local('c', 'cc')];
    const previous = manifestOf([a, b, local('c', 'old')]);
    const plan = planSync(
      [c, b, a],
      [remote('a', 'aa'), remote('b', 'bb'), remote('c', 'old')],
      previous,
      {
        delete: true,
      },
    );
    const next = nextManifest(previous, plan, [c, b, a], new Map([['c', 'cc']]), [
      remote('a', 'aa'),
      remote('b', 'bb'),
      remote('c', 'old'),
    ]);
    // The same objects, not equal copies: a no-op of 100,000 keys holds one manifest, not two.
    expect(next.objects.a).toBe(previous.objects.a);
    expect(next.objects.b).toBe(previous.objects.b);
    expect(next.objects.c).not.toBe(previous.objects.c);
    expect(next.objects.c).toMatchObject({ etag: 'cc', md5: 'cc' });
    expect(Object.keys(next.objects)).toEqual(['a', 'b', 'c']);
  });
});

describe('sameManifest', () => {
  it('tells manifests apart by any entry field, key order or snapshot', () => {
    const m = manifestOf([local('a', 'aa'), local('b', 'bb')]);
    const snap = { listed: '2026-11-29T00:00:00.000Z', others: { x: { etag: 'e', size: 1 } } };
    expect(sameManifest(m, parseManifest(JSON.stringify(m)) ?? m)).toBe(true);
    expect(sameManifest({ ...m, bucket: snap }, { ...m, bucket: { ...snap } })).toBe(true);
    expect(sameManifest({ ...m, bucket: snap }, m)).toBe(false);
    expect(
      sameManifest({ ...m, bucket: snap }, { ...m, bucket: { ...snap, listed: 'later' } }),
    ).toBe(false);
    expect(
      sameManifest(
        { ...m, bucket: snap },
        { ...m, bucket: { ...snap, others: { x: { etag: 'e', size: 2 } } } },
      ),
    ).toBe(false);
    const a = m.objects.a;
    const b = m.objects.b;
    if (a === undefined || b === undefined) throw new Error('entries');
    expect(sameManifest(m, { version: 1, objects: { b, a } })).toBe(false);
    expect(sameManifest(m, { version: 1, objects: { a: { ...a, blob: 'f'.repeat(40) }, b } })).toBe(
      false,
    );
    expect(sameManifest(m, { version: 1, objects: { a } })).toBe(false);
  });
});

describe('hashFile', () => {
  it('gives the MD5 for small files and the multipart ETag past the part size', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hash-'));
    try {
      const bytes = Buffer.from('0123456789abcdefghij'); // 20 bytes, parts of 8
      await writeFile(path.join(dir, 'f'), bytes);
      const small = await hashFile(path.join(dir, 'f'), 64);
      const md5 = createHash('md5').update(bytes).digest('hex');
      expect(small).toEqual({ md5, size: 20, etag: md5 });
      const parts = [bytes.subarray(0, 8), bytes.subarray(8, 16), bytes.subarray(16)].map((p) =>
        createHash('md5').update(p).digest(),
      );
      const expected = `${createHash('md5').update(Buffer.concat(parts)).digest('hex')}-3`;
      expect((await hashFile(path.join(dir, 'f'), 8)).etag).toBe(expected);
      expect(normalizeEtag(`"${expected.toUpperCase()}"`)).toBe(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes git's blob id in the same read when asked (SHA-1 and SHA-256 repositories)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hash-'));
    try {
      const hashObject = (format: string, file: string) => {
        const repo = path.join(dir, format);
        execFileSync('git', ['init', '-q', `--object-format=${format}`, repo]);
        return execFileSync('git', ['hash-object', file], { cwd: repo }).toString().trim();
      };
      await writeFile(path.join(dir, 'small'), 'hello\n');
      // Past the one-read limit (1 MiB) and the part size given: the streamed path.
      await writeFile(path.join(dir, 'big'), Buffer.alloc(1536 * 1024, 7));
      for (const format of ['sha1', 'sha256'] as const) {
        for (const f of ['small', 'big']) {
          const file = path.join(dir, f);
          const h = await hashFile(file, 1024 * 1024, undefined, format);
          expect(h.blob).toBe(hashObject(format, file));
        }
      }
      expect((await hashFile(path.join(dir, 'small'))).blob).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/site.css', 'text/css; charset=utf-8'],
    ['m.mjs', 'text/javascript; charset=utf-8'],
    ['d.json', 'application/json; charset=utf-8'],
    ['i.svg', 'image/svg+xml; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['p.webp', 'image/webp'],
    ['p.avif', 'image/avif'],
    ['w.wasm', 'application/wasm'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s ⇒ %s', async (key, type) => expect((await loadContentTypes())(key)).toBe(type));
});

describe('progress', () => {
  it('prints at most one line per interval, with files, bytes, rate and ETA', () => {
    let t = 0;
    const lines: string[] = [];
    const p = new Progress({
      totalFiles: 4,
      totalBytes: 4096,
      log: (l) => lines.push(l),
      now: () => t,
      intervalMs: 5000,
    });
    p.addBytes(1024);
    p.fileDone();
    expect(lines).toEqual([]);
    t = 5000;
    p.addBytes(1024);
    p.fileDone();
    t = 6000;
    p.addBytes(10);
    expect(lines).toEqual(['uploaded 1/4 files, 2.0 KiB/4.0 KiB, 410 B/s, ETA 5s']);
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB');
  });

  it('keeps a git blob id only with the bytes it names', () => {
    const blob = 'b'.repeat(40);
    const a = local('a', 'aa');
    const b = local('b', 'bb');
    const c = local('c', 'cc', { blob: 'c'.repeat(40) });
    const prev: Manifest = {
      version: 1,
      objects: {
        a: { ...manifestOf([a]).objects.a!, blob },
        b: { ...manifestOf([local('b', 'old')]).objects.b!, blob },
      },
    };
    const plan = planSync([a, b, c], [remote('a', 'aa'), remote('b', 'old')], prev, {
      delete: true,
    });
    const next = nextManifest(
      prev,
      plan,
      [a, b, c],
      new Map([
        ['b', 'bb'],
        ['c', 'cc'],
      ]),
      [remote('a', 'aa'), remote('b', 'old')],
    );
    // Same MD5 as the entry that named the blob: kept. New bytes: dropped. This run's: recorded.
    expect(next.objects.a?.blob).toBe(blob);
    expect(next.objects.b?.blob).toBeUndefined();
    expect(next.objects.c?.blob).toBe('c'.repeat(40));
    expect(parseManifest(JSON.stringify(next))).toEqual(next);
    const bad = { version: 1, objects: { a: { ...next.objects.a, blob: 'not-a-sha' } } };
    expect(parseManifest(JSON.stringify(bad))).toEqual({ version: 1, objects: {} });
  });

  it('keeps a file named __proto__ like any other: recorded, read back, then unchanged', () => {
    const p = local('__proto__', 'pp');
    const first = planSync([p], [], undefined, { delete: true });
    const next = nextManifest(undefined, first, [p], new Map([['__proto__', 'pp']]), []);
    expect(Object.keys(next.objects)).toEqual(['__proto__']);
    const read = parseManifest(jsonBytes(next, MANIFEST_LINE_DEPTH).toString('utf8'));
    expect(read && Object.hasOwn(read.objects, '__proto__')).toBe(true);
    const again = planSync([p], [remote('__proto__', 'pp')], read, { delete: true });
    expect(again.unchanged).toEqual(['__proto__']);
    expect(again.metadataUpdates).toEqual([]);
  });
});
