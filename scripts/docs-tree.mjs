/**
 * A generated documentation tree of the Python docs' shape (issue 24): 1,063 files, mostly
 * HTML, in the layout Sphinx writes (`library/`, `reference/`, `c-api/`, … pages; their
 * `_sources/*.rst.txt`; `_static/` CSS, JavaScript and images; `_images/`; one large
 * `searchindex.js` and `objects.inv`), about 60 MiB. Deterministic: the same `release` gives the
 * same bytes; `release: 1` (the next release) changes 537 of the files and keeps the rest
 * byte for byte, as a new docs release does.
 *
 *   import { docsTree, writeDocsTree } from './docs-tree.mjs';
 *   const files = docsTree({ release: 0 }); // [{ rel, size, seed }], bytes: pseudo-random.mjs
 *   await writeDocsTree(dir, { release: 1 });
 *
 * Used by bench-scale.mjs (the non-git rows) and shared with the throttling benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prng, pseudoRandomBytes } from './pseudo-random.mjs';

/** Files in the tree, and how many of them the next release changes. */
export const DOCS_FILES = 1063;
export const DOCS_CHANGED_IN_NEXT_RELEASE = 537;

const SECTIONS = [
  ['library', 310],
  ['c-api', 70],
  ['reference', 14],
  ['tutorial', 16],
  ['howto', 30],
  ['using', 8],
  ['whatsnew', 36],
  ['extending', 8],
  ['faq', 9],
  ['installing', 1],
  ['distributing', 1],
  ['deprecations', 4],
];

/** The files of one release: `{ rel, size, seed }`, `seed` naming the bytes (`pseudoRandomBytes`). */
export function docsTree({ release = 0 } = {}) {
  const rand = prng(24);
  /** A page size: most pages 10–80 kB, a few long ones (the library reference) up to 400 kB. */
  const pageSize = () => {
    const r = rand();
    return Math.floor(r < 0.9 ? 10_000 + r * 78_000 : 80_000 + (r - 0.9) * 3_200_000);
  };
  const files = [];
  const pages = [];
  for (const [section, count] of SECTIONS) {
    for (let i = 0; i < count; i++) pages.push(`${section}/${section}-${i}`);
  }
  for (const top of ['index', 'contents', 'glossary', 'bugs', 'copyright', 'license', 'about']) {
    pages.push(top);
  }
  for (const page of pages) files.push({ rel: `${page}.html`, size: pageSize() });
  for (const page of pages) {
    files.push({ rel: `_sources/${page}.rst.txt`, size: Math.floor(3_000 + rand() * 40_000) });
  }
  for (const name of ['genindex', 'py-modindex', 'search']) {
    files.push({ rel: `${name}.html`, size: Math.floor(20_000 + rand() * 200_000) });
  }
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    files.push({ rel: `genindex-${letter}.html`, size: Math.floor(20_000 + rand() * 180_000) });
  }
  files.push({ rel: 'searchindex.js', size: 3_400_000 }, { rel: 'objects.inv', size: 140_000 });
  const fixed = files.length;
  for (let i = 0; files.length < DOCS_FILES - 12; i++) {
    const ext = ['css', 'js', 'png', 'svg'][i % 4];
    files.push({ rel: `_static/static-${i}.${ext}`, size: Math.floor(500 + rand() * 60_000) });
  }
  while (files.length < DOCS_FILES) {
    files.push({
      rel: `_images/figure-${files.length - fixed}.png`,
      size: 20_000 + (files.length % 7) * 9_000,
    });
  }
  // The next release changes the pages and their sources first (every page carries the
  // version), then the search index: 537 files in all.
  return files.map((f, i) => ({
    ...f,
    seed: release > 0 && i < DOCS_CHANGED_IN_NEXT_RELEASE ? `${f.rel}#${release}` : f.rel,
  }));
}

/** Writes one release of the tree under `dir`; returns its files. */
export async function writeDocsTree(dir, { release = 0 } = {}) {
  const files = docsTree({ release });
  for (const f of files) {
    const file = path.join(dir, f.rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, pseudoRandomBytes(f.seed, f.size));
  }
  return files;
}
