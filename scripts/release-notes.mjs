#!/usr/bin/env node
/**
 * The release check and notes, used by .github/workflows/release.yml:
 *   node scripts/release-notes.mjs vX.Y.Z > notes.md
 * Fails (exit 1, message on stderr) unless the tag is `v` + package.json's version and
 * CHANGELOG.md has a `## [X.Y.Z]` section; prints that section's body (the release notes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The body of CHANGELOG.md's `## [version]` section, or undefined when there is none. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return rest
    .slice(0, end < 0 ? undefined : end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l)) // link references at the end of the file
    .join('\n')
    .trim();
}

function main(tag) {
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  if (tag !== `v${version}`) {
    throw new Error(`the tag '${tag}' is not 'v' + package.json's version (${version})`);
  }
  const notes = changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (notes === undefined || notes === '') {
    throw new Error(`CHANGELOG.md has no '## [${version}]' section with notes`);
  }
  process.stdout.write(`${notes}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv[2] ?? '');
  } catch (e) {
    process.stderr.write(`release-notes: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
