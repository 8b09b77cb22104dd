/**
 * dist/licenses.txt: the license of every package bundled into dist/: the action
 * (dist/index.js and its chunks), the CLI (dist/cli/index.js) and the preview's S3 server
 * (dist/s3-server/index.mjs). The list comes from esbuild's metafiles of those builds
 * (scripts/bundle.mjs: every module in any output, dynamic imports included), in the format
 * ncc's `--license` wrote: name, license type, license text, a blank line; sorted by name.
 * Packages are found by what the bundles hold, not by package.json's dependency type (every
 * package is a devDependency: nothing is installed at run time).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The nearest folder above `file` whose package.json has a name: the package it belongs to. */
function packageOf(file) {
  let dir = path.dirname(file);
  while (dir.includes(`${path.sep}node_modules${path.sep}`)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (typeof pkg.name === 'string' && pkg.name !== '') return { dir, pkg };
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The packages whose files are in any output of these metafiles (paths relative to the root). */
function bundledPackages(metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const input of Object.keys(output.inputs)) {
        const file = path.resolve(root, input);
        if (!file.includes(`${path.sep}node_modules${path.sep}`)) continue;
        const found = packageOf(file);
        if (found === undefined) continue;
        const id = `${found.pkg.name}@${found.pkg.version ?? ''}`;
        if (!packages.has(id)) packages.set(id, found);
      }
    }
  }
  return packages;
}

const licenseType = (pkg) =>
  typeof pkg.license === 'string'
    ? pkg.license
    : typeof pkg.license?.type === 'string'
      ? pkg.license.type
      : Array.isArray(pkg.licenses)
        ? pkg.licenses.map((l) => l.type).join(' OR ')
        : 'UNKNOWN';

function licenseText(dir) {
  const name = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f))
    .sort()[0];
  return name === undefined ? '' : readFileSync(path.join(dir, name), 'utf8').trim();
}

/** Writes the list to `out`; resolves with the number of packages. */
export async function writeLicenses(metafiles, out) {
  const entries = [...bundledPackages(metafiles).values()]
    .sort((a, b) =>
      a.pkg.name === b.pkg.name
        ? String(a.pkg.version).localeCompare(String(b.pkg.version))
        : a.pkg.name < b.pkg.name
          ? -1
          : 1,
    )
    .map(({ dir, pkg }) => `${pkg.name}\n${licenseType(pkg)}\n${licenseText(dir)}\n`);
  await writeFile(out, entries.join('\n'));
  return entries.length;
}
