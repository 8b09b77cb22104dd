#!/usr/bin/env node
/**
 * Writes dist/licenses.txt: the license of every package bundled into dist/: the action
 * (dist/index.js and its chunks), the CLI (dist/cli/index.js) and the preview's S3 server
 * (dist/s3-server/index.mjs). ncc's `--license` cannot be used since the action's bundle is
 * split into chunks (one per command, src/main.ts): its license plugin writes one file per
 * chunk under the same name, so the last chunk's list overwrites the others. The list comes from
 * esbuild's metafile of the same entries (every module reachable, dynamic imports included),
 * in the format ncc used: name, license type, license text, a blank line; sorted by name.
 * Packages are found by what the bundles import, not by package.json's dependency type (every
 * package is a devDependency: nothing is installed at run time).
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'licenses.txt');

const result = await build({
  entryPoints: [
    path.join(root, 'src', 'index.ts'),
    path.join(root, 'src', 'cli', 'index.ts'),
    path.join(root, 'scripts', 's3-server.mjs'),
  ],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  metafile: true,
  outdir: path.join(root, 'dist'),
  logLevel: 'error',
});

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

const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const file = path.resolve(root, input);
  if (!file.includes(`${path.sep}node_modules${path.sep}`)) continue;
  const found = packageOf(file);
  if (found === undefined) continue;
  const id = `${found.pkg.name}@${found.pkg.version ?? ''}`;
  if (!packages.has(id)) packages.set(id, found);
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

const entries = [...packages.values()]
  .sort((a, b) =>
    a.pkg.name === b.pkg.name
      ? String(a.pkg.version).localeCompare(String(b.pkg.version))
      : a.pkg.name < b.pkg.name
        ? -1
        : 1,
  )
  .map(({ dir, pkg }) => `${pkg.name}\n${licenseType(pkg)}\n${licenseText(dir)}\n`);
await writeFile(out, entries.join('\n'));
console.log(`${path.relative(root, out)}: ${entries.length} packages`);
