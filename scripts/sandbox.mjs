#!/usr/bin/env node
/**
 * `npm start`: runs the bundled sandbox (dist/sandbox/index.js, built from src/sandbox/ by
 * `npm run bundle`). See src/sandbox/cli.ts for its environment variables.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/sandbox/index.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error(`sandbox: ${bundle} is missing. Build it first:\n\n  npm run bundle\n`);
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
