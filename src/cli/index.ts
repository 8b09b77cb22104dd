#!/usr/bin/env node
/**
 * The CLI's entry point (bin `secure-dist`, bundled into dist/cli/index.js): runs the command
 * line and sets the exit status. The preview's S3 server is the bundle beside it
 * (dist/s3-server/index.mjs, built from scripts/s3-server.mjs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main.js';

// The S3 server's bundle beside this one (scripts/bundle.mjs keeps the entry's code in
// dist/cli/index.js, so this file's URL is that file's).
const here = path.dirname(fileURLToPath(import.meta.url));

// The AWS SDK warns once per process on Node below 22 that its releases after January 2027 will
// need Node 22 (@aws-sdk/core, client/index.js, `emitWarningIfUnsupportedVersion`, which skips it
// when this variable is "true"). The CLI carries its own SDK, bundled at a fixed version, and
// talks to the preview's local S3 server only: the warning is for whoever updates the SDK, not
// for the CLI's user. A value the user set is kept.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  io: {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  isTTY: process.stdout.isTTY === true,
  s3ServerScript: path.join(here, '..', 's3-server', 'index.mjs'),
  handleSignals: true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `secure-dist: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
