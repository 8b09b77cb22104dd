import { describe, expect, it } from '@jest/globals';
import {
  entryHref,
  escapeHtml,
  folderRows,
  formatDate,
  formatSize,
  generateListings,
  renderListing,
} from '../src/sync/listing.js';
import { GitLogParser } from '../src/sync/git-dates.js';

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
