#!/usr/bin/env node
/**
 * `npm start`: `secure-dist preview` on this repository's own secure-dist.yml (which describes
 * example/), run from the committed CLI bundle (dist/cli/index.js, built from src/cli/ by
 * `npm run bundle`), in the repository root whatever the working directory. Options after
 * `npm start --` go to preview (`npm start -- --port 0`); see `npm start -- --help`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error(`npm start: ${bundle} is missing. Build it first:\n\n  npm run bundle\n`);
  process.exit(1);
}
// In this process (the CLI handles Ctrl-C itself), as `secure-dist preview …` run in the root.
process.chdir(root);
process.argv.splice(2, 0, 'preview');
await import(pathToFileURL(bundle).href);
