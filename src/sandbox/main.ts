/**
 * Entry point of the sandbox bundle (dist/sandbox/index.js, run by `npm start` through
 * scripts/sandbox.mjs). Everything it needs from the repository is found relative to this
 * file, which works both from src/sandbox/ and from dist/sandbox/: two levels up is the root.
 */
import { fileURLToPath } from 'node:url';
import { runSandboxCli } from './cli.js';

const fromRoot = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url));

runSandboxCli({
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  s3ServerScript: fromRoot('scripts/s3-server.mjs'),
  defaultContentDir: fromRoot('example'),
  io: {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  handleSignals: true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`sandbox: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
