import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  entryHref,
  escapeHtml,
  folderRows,
  formatDate,
  formatSize,
  generateListings,
  renderListing,
} from '../src/sync/listing.js';
import { hasControlCharacter } from '../src/report/escape.js';
import { GitLogParser } from '../src/sync/git-dates.js';
import { parseManifest } from '../src/sync/manifest-read.js';
import {
  nextManifest,
  planSync,
  type LocalEntry,
  type Manifest,
  type RemoteEntry,
} from '../src/sync/plan.js';

const XSS = '<img src=x onerror=alert(1)>.txt';

describe('folder listings: which folders, which rows', () => {
  const files = [
    { key: 'b.txt', size: 2 },
    { key: 'a.txt', size: 1 },
    { key: 'zeta/x.bin', size: 3 },
    { key: 'alpha/deep/y.bin', size: 4 },
    { key: 'site/index.html', size: 5 },
    { key: 'site/img/logo.png', size: 6 },
  ];

  it('lists every folder without an index.html, the root included; subfolders first, then files, by code point', () => {
    const rows = folderRows(files);
    expect([...rows.keys()]).toEqual(['', 'alpha/', 'alpha/deep/', 'site/img/', 'zeta/']);
    expect(rows.get('')).toEqual([
      { name: 'alpha', folder: true },
      { name: 'site', folder: true },
      { name: 'zeta', folder: true },
      { name: 'a.txt', folder: false, size: 1, date: undefined },
      { name: 'b.txt', folder: false, size: 2, date: undefined },
    ]);
    expect(rows.get('alpha/')).toEqual([{ name: 'deep', folder: true }]);
  });

  it('a real index.html always wins: its folder gets no listing (the root too)', () => {
    const keys = generateListings([...files, { key: 'index.html', size: 1 }]).map((g) => g.key);
    expect(keys).toEqual([
      'alpha/index.html',
      'alpha/deep/index.html',
      'site/img/index.html',
      'zeta/index.html',
    ]);
    expect(keys).not.toContain('site/index.html');
  });

  it('is deterministic: the same entries give the same bytes, a changed entry changes only its folder', () => {
    const a = generateListings(files);
    expect(generateListings([...files].reverse())).toEqual(a);
    const changed = generateListings(
      files.map((f) => (f.key === 'zeta/x.bin' ? { ...f, size: 30 } : f)),
    );
    const differs = a.filter((g, i) => g.html !== changed[i]?.html).map((g) => g.key);
    expect(differs).toEqual(['zeta/index.html']);
    const dated = generateListings(
      files.map((f) => (f.key === 'a.txt' ? { ...f, date: '2026-01-02T03:04:05+01:00' } : f)),
    );
    expect(a.filter((g, i) => g.html !== dated[i]?.html).map((g) => g.key)).toEqual(['index.html']);
  });
});

describe('folder listings: the page', () => {
  it('escapes names: a file named like an img tag is text, never markup', () => {
    const [root] = generateListings([{ key: XSS, size: 1 }]);
    expect(root?.html).not.toContain('<img');
    expect(root?.html).toContain('&#60;img src=x onerror=alert(1)&#62;.txt</a>');
    expect(root?.html).toContain('href="%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.txt"');
    expect(escapeHtml(`"'&<>`)).toBe('&#34;&#39;&#38;&#60;&#62;');
  });

  it.each([
    [{ name: 'a b.txt', folder: false }, 'a%20b.txt'],
    [{ name: 'r?x#y%z.txt', folder: false }, 'r%3Fx%23y%25z.txt'],
    [{ name: 'c:evil', folder: false }, 'c%3Aevil'],
    [{ name: "it's (1)!*", folder: false }, 'it%27s%20%281%29%21%2A'],
    [{ name: 'Zürich', folder: true }, 'Z%C3%BCrich/'],
    [{ name: '日本', folder: false }, '%E6%97%A5%E6%9C%AC'],
  ])('percent-encodes the href of %j as %s', (row, href) => {
    expect(entryHref(row)).toBe(href);
    expect(decodeURIComponent(href.replace(/\/$/, ''))).toBe(row.name);
  });

  it('any name: the href decodes back to it and stays one relative path segment; the label carries no markup', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      // What a file system and the walk allow in one name.
      .filter((n) => !n.includes('/') && !hasControlCharacter(n) && n !== '.' && n !== '..');
    fc.assert(
      fc.property(name, fc.boolean(), (n, folder) => {
        const href = entryHref({ name: n, folder });
        expect(href).toMatch(/^[A-Za-z0-9%._~-]+\/?$/);
        expect(decodeURIComponent(folder ? href.slice(0, -1) : href)).toBe(n);
        const row = renderListing('', [{ name: n, folder, size: 1 }])
          .split('\n')
          .find((l) => l.startsWith('<tr><td'));
        const label = row?.match(/^<tr><td class="name"><a href="[^"]*">([^<]*)<\/a><\/td>/)?.[1];
        expect(label).toBe(escapeHtml(folder ? `${n}/` : n));
      }),
      { numRuns: 500 },
    );
  });

  it('is accessible and phone-friendly: viewport, a table with a caption and column headers, no script', () => {
    const html = renderListing('docs/', [
      { name: 'sub', folder: true },
      { name: 'a.pdf', folder: false, size: 1_234_567, date: '2026-11-29T04:56:28+01:00' },
    ]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<caption>Contents of /docs/: 1 folder, 1 file</caption>');
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain('<a class="up" href="../">');
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).toContain('<a href="sub/">sub/</a>');
    expect(html).toContain('<td class="num" title="1234567 bytes">1.2 MB</td>');
    expect(html).toContain('<time datetime="2026-11-29T03:56:28Z">2026-11-29 03:56 UTC</time>');
  });

  it('shows no date when none is known (not a checkout, untracked)', () => {
    const html = renderListing('', [{ name: 'a.txt', folder: false, size: 5 }]);
    expect(html).not.toContain('<time');
    expect(html).toContain('<td class="date"></td>');
    expect(html).not.toContain('Parent folder');
  });

  it('formats sizes and dates', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(999)).toBe('999 B');
    expect(formatSize(1000)).toBe('1.0 kB');
    expect(formatSize(999_960)).toBe('1.0 MB');
    expect(formatSize(5 * 1000 ** 3)).toBe('5.0 GB');
    expect(formatDate('nonsense')).toEqual({ text: '', datetime: '' });
  });

  it('holds 10,000 entries in reasonable size and time', () => {
    const files = Array.from({ length: 10_000 }, (_, i) => ({
      key: `big/file-${String(i).padStart(5, '0')}.csv`,
      size: i * 37,
      date: '2026-11-29T04:56:28Z',
    }));
    const started = performance.now();
    const listings = generateListings(files);
    const ms = performance.now() - started;
    const big = listings.find((g) => g.key === 'big/index.html');
    expect(big?.html.match(/<tr>/g)?.length).toBe(10_001);
    // About 190 bytes a row: ~2 MB, far under the 8 MiB single-PUT size; rendered in well under a second.
    expect(Buffer.byteLength(big?.html ?? '')).toBeLessThan(2.5 * 1024 * 1024);
    expect(ms).toBeLessThan(2000);
  });
});

describe('git log parsing (one pass for all files)', () => {
  it('takes the newest date for each wanted name, across chunk boundaries, NFC', () => {
    const dates = new Map<string, string>();
    const wanted = new Set(['a.txt', 'sub/é b.txt', 'untracked.txt']);
    const p = new GitLogParser(wanted, dates);
    const out =
      '\u00012024-02-01T00:00:00+00:00\0\na.txt\0' +
      '\u00012024-01-01T00:00:00+00:00\0\na.txt\0sub/e\u0301 b.txt\0other.txt\0';
    for (let i = 0; i < out.length; i += 7) p.push(out.slice(i, i + 7));
    p.end();
    expect(Object.fromEntries(dates)).toEqual({
      'a.txt': '2024-02-01T00:00:00+00:00',
      'sub/é b.txt': '2024-01-01T00:00:00+00:00',
    });
  });
});

describe('planning with generated listings (pure)', () => {
  const md5 = (s: string): string => s.padEnd(32, '0');
  const entry = (key: string, hash: string, generated = false): LocalEntry => ({
    key,
    absPath: '',
    size: 10,
    md5: md5(hash),
    etag: md5(hash),
    contentType: 'text/html; charset=utf-8',
    cacheControl: 'private, no-cache',
    ...(generated ? { generated: true as const } : {}),
  });
  const remote = (key: string, hash: string): RemoteEntry => ({ key, etag: md5(hash), size: 10 });
  const manifest = (entries: [LocalEntry, boolean][]): Manifest => ({
    version: 1,
    objects: Object.fromEntries(
      entries.map(([l, generated]) => [
        l.key,
        {
          etag: l.etag,
          md5: l.md5,
          size: l.size,
          contentType: l.contentType,
          cacheControl: l.cacheControl,
          ...(generated ? { generated: true as const } : {}),
        },
      ]),
    ),
  });

  it('with delete: false, never writes a listing over an object it did not generate', () => {
    const listing = entry('x/index.html', 'b', true);
    const userObject = remote('x/index.html', 'a');
    for (const m of [undefined, manifest([[entry('x/index.html', 'a'), false]])]) {
      const plan = planSync([listing], [userObject], m, { delete: false });
      expect(plan.uploads).toEqual([]);
      expect(plan.skippedListings).toEqual(['x/index.html']);
      expect(plan.kept).toEqual(['x/index.html']);
      expect(plan.deletes).toEqual([]);
    }
    // Generated by the sync, same ETag: its own, so it is updated.
    const ours = manifest([[entry('x/index.html', 'a', true), true]]);
    const plan = planSync([listing], [userObject], ours, { delete: false });
    expect(plan.uploads.map((u) => u.key)).toEqual(['x/index.html']);
    expect(plan.skippedListings).toEqual([]);
  });

  it('removes a listing it generated even with delete: false, but not one someone overwrote since', () => {
    const ours = manifest([[entry('gone/index.html', 'a', true), true]]);
    const gone = planSync([], [remote('gone/index.html', 'a')], ours, { delete: false });
    expect(gone.deletes).toEqual(['gone/index.html']);
    expect(gone.kept).toEqual([]);
    const overwritten = planSync([], [remote('gone/index.html', 'c')], ours, { delete: false });
    expect(overwritten.deletes).toEqual([]);
    expect(overwritten.kept).toEqual(['gone/index.html']);
    // A user's object, in the manifest but not generated: kept.
    const user = manifest([[entry('gone/index.html', 'a'), false]]);
    expect(planSync([], [remote('gone/index.html', 'a')], user, { delete: false }).kept).toEqual([
      'gone/index.html',
    ]);
  });

  it('marks listings generated in the next manifest, and reads the mark back', () => {
    const l = entry('index.html', 'a', true);
    const f = entry('f.txt', 'b');
    const plan = planSync([l, f], [], undefined, { delete: true });
    const next = nextManifest(
      undefined,
      plan,
      [l, f],
      new Map([
        ['index.html', l.etag],
        ['f.txt', f.etag],
      ]),
      [],
    );
    expect(next.objects['index.html']?.generated).toBe(true);
    expect(next.objects['f.txt']?.generated).toBeUndefined();
    expect(parseManifest(JSON.stringify(next))).toEqual(next);
    // Anything but `true` is not a valid mark: the entry is dropped (headers unknown), never trusted.
    const bad = JSON.stringify({
      version: 1,
      objects: { 'a/index.html': { ...next.objects['index.html'], generated: 'yes' } },
    });
    expect(parseManifest(bad)?.objects).toEqual({});
  });
});
