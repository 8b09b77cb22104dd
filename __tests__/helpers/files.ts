/** Test content folders written from a map of slash-separated paths to their contents. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes each file of `files` (key: a path with `/`, value: its content) under `root`. */
export async function writeFiles(
  root: string,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  for (const [key, body] of Object.entries(files)) {
    const file = path.join(root, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
}
