/**
 * Folder listings (input `listing`): pure functions from the published files to the generated
 * `index.html` of every folder that has none. No I/O here: the sync hashes and uploads the
 * pages like any file, so a listing whose folder did not change is byte-identical and never
 * re-sent.
 *
 * - A folder is any key prefix of a published file (after `exclude`), plus the root.
 * - A listing sits at the key `/dir/` maps to, `dir/index.html` (`index.html` for the root).
 *   A folder with its own `index.html` gets none: a real page always wins.
 * - Rows: subfolders, then files, each sorted by code point. A file shows its size and the
 *   date of the last commit that touched it when known; a subfolder shows neither, so a change
 *   deep in the tree re-renders only its own folder's listing, not every one above it.
 * - Everything is deterministic: no generation time, no random ids.
 */

export const LISTING_PAGE = 'index.html';

/** A published file, as a listing needs it. */
export interface ListedFile {
  readonly key: string;
  readonly size: number;
  /** Committer date of the last commit that touched the file (ISO 8601), when known. */
  readonly date?: string | undefined;
}

export interface ListingRow {
  readonly name: string;
  readonly folder: boolean;
  readonly size?: number | undefined;
  readonly date?: string | undefined;
}

export interface GeneratedListing {
  /** The object key: `dir/index.html`, or `index.html` for the root. */
  readonly key: string;
  /** The folder, `''` for the root, else `dir/` (with its trailing slash). */
  readonly folder: string;
  readonly html: string;
}

/** The key a folder's page is served from (`''` ⇒ `index.html`, `a/b/` ⇒ `a/b/index.html`). */
export const listingKey = (folder: string): string => `${folder}${LISTING_PAGE}`;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every folder's rows, for the folders with no `index.html` of their own. */
export function folderRows(files: readonly ListedFile[]): Map<string, ListingRow[]> {
  const subfolders = new Map<string, Set<string>>([['', new Set()]]);
  const fileRows = new Map<string, ListingRow[]>([['', []]]);
  const hasIndex = new Set<string>();
  for (const f of files) {
    const parts = f.key.split('/');
    const name = parts[parts.length - 1] ?? '';
    let folder = '';
    for (let i = 0; i < parts.length - 1; i++) {
      const sub = parts[i] ?? '';
      let subs = subfolders.get(folder);
      if (subs === undefined) subfolders.set(folder, (subs = new Set()));
      subs.add(sub);
      folder = `${folder}${sub}/`;
    }
    if (!subfolders.has(folder)) subfolders.set(folder, new Set());
    let rows = fileRows.get(folder);
    if (rows === undefined) fileRows.set(folder, (rows = []));
    rows.push({ name, folder: false, size: f.size, date: f.date });
    if (name === LISTING_PAGE) hasIndex.add(folder);
  }
  const out = new Map<string, ListingRow[]>();
  for (const folder of [...subfolders.keys()].sort(byCodePoint)) {
    if (hasIndex.has(folder)) continue;
    const subs = [...(subfolders.get(folder) ?? [])]
      .sort(byCodePoint)
      .map((name): ListingRow => ({ name, folder: true }));
    const own = [...(fileRows.get(folder) ?? [])].sort((a, b) => byCodePoint(a.name, b.name));
    out.set(folder, [...subs, ...own]);
  }
  return out;
}

/** The generated listings of a published tree (see the module comment). */
export function generateListings(files: readonly ListedFile[], siteName = ''): GeneratedListing[] {
  return [...folderRows(files)].map(([folder, rows]) => ({
    key: listingKey(folder),
    folder,
    html: renderListing(folder, rows, siteName),
  }));
}

/** Text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A relative href for one entry: every character but the unreserved ones percent-encoded
 * (UTF-8), so `#`, `?`, `%`, `:` and spaces in a name stay part of the path.
 */
export function entryHref(row: Pick<ListingRow, 'name' | 'folder'>): string {
  const encoded = encodeURIComponent(row.name).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return row.folder ? `${encoded}/` : encoded;
}

/** `1234567` ⇒ `1.2 MB`; bytes below 1 kB as `532 B`. Decimal units, one decimal. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** An ISO 8601 date as `2026-11-29 04:56 UTC` (and the exact instant for the `datetime` attribute). */
export function formatDate(iso: string): { readonly text: string; readonly datetime: string } {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { text: '', datetime: '' };
  const d = new Date(ms).toISOString();
  return { text: `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`, datetime: d.replace(/\.000Z$/, 'Z') };
}

const STYLE = [
  'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1b1f24;background:#fff}',
  'h1{font-size:1.25rem;overflow-wrap:anywhere;margin:.5rem 0 1rem}',
  'table{border-collapse:collapse;width:100%}',
  'caption{text-align:left;color:#57606a;padding:.25rem 0}',
  'th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d7de;vertical-align:top}',
  'th{font-weight:600}',
  'td.name{overflow-wrap:anywhere}',
  '.num{text-align:right;white-space:nowrap}',
  'td.date{white-space:nowrap}',
  'a{color:#0550ae}',
  'a:focus{outline:2px solid #0550ae;outline-offset:2px}',
  '.up{display:inline-block;margin-bottom:.5rem}',
  '@media (max-width:32rem){body{padding:.5rem}th,td{padding:.5rem .25rem}td.date{white-space:normal;font-size:.875rem}}',
  '@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}a{color:#79c0ff}a:focus{outline-color:#79c0ff}th,td{border-color:#30363d}caption{color:#8b949e}}',
].join('');

/** One folder's page: self-contained HTML, no script, inline CSS. */
export function renderListing(folder: string, rows: readonly ListingRow[], siteName = ''): string {
  const path = `/${folder}`;
  const title = siteName === '' ? `Index of ${path}` : `${siteName}: ${path}`;
  const folders = rows.filter((r) => r.folder).length;
  const files = rows.length - folders;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="secure-dist-action folder listing">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>Index of ${escapeHtml(path)}</h1>`,
  ];
  if (folder !== '') out.push('<a class="up" href="../">↑ Parent folder</a>');
  out.push(
    '<table>',
    `<caption>Contents of ${escapeHtml(path)}: ${count(folders, 'folder', 'folders')}, ${count(files, 'file', 'files')}</caption>`,
    '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Size</th><th scope="col" class="date">Last changed</th></tr></thead>',
    '<tbody>',
  );
  for (const r of rows) {
    const label = escapeHtml(r.folder ? `${r.name}/` : r.name);
    const size = r.size === undefined ? '' : formatSize(r.size);
    const sizeTitle = r.size === undefined ? '' : ` title="${r.size} bytes"`;
    const date = r.date === undefined ? undefined : formatDate(r.date);
    const dateCell =
      date === undefined || date.text === ''
        ? ''
        : `<time datetime="${date.datetime}">${date.text}</time>`;
    out.push(
      `<tr><td class="name"><a href="${escapeHtml(entryHref(r))}">${label}</a></td>` +
        `<td class="num"${sizeTitle}>${size}</td><td class="date">${dateCell}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</main>', '</body>', '</html>', '');
  return out.join('\n');
}
