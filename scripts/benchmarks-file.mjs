/**
 * Writes one benchmark's section of BENCHMARKS.md, between `<!-- NAME:start -->` and
 * `<!-- NAME:end -->`, leaving every other section alone (a missing section is appended
 * under `## HEADING`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'BENCHMARKS.md',
);

export async function writeBenchmarkSection(name, heading, body, file = BENCHMARKS_FILE) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body}\n${end}`;
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    text = text.slice(0, from) + section + text.slice(to + end.length);
  } else {
    text = `${text.replace(/\n*$/, '\n')}\n## ${heading}\n\n${section}\n`;
  }
  await writeFile(file, text);
}
