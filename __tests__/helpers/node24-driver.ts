/**
 * A module of src/ bundled as the action bundles it, and a driver script beside it that imports
 * it, run on Node 24 (the action's runtime): for tests that measure what V8 does (memory, flags).
 */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { NODE24, REPO_ROOT } from './s3-server.js';

export interface Node24Driver {
  /** Runs the driver on Node 24 with `nodeFlags` and `args`; resolves with its JSON output. */
  run(nodeFlags: readonly string[], args: readonly string[]): Promise<unknown>;
  remove(): Promise<void>;
}

/**
 * Bundles `src/<modulePath>` into a temporary folder and writes `driver(bundledPath)` beside it
 * as an ES module: it imports the bundle (by the path given) and prints one JSON line.
 */
export async function node24Driver(
  modulePath: string,
  driver: (bundled: string) => string,
): Promise<Node24Driver> {
  const work = await mkdtemp(path.join(tmpdir(), 'node24-driver-'));
  const bundled = path.join(work, 'module.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src', modulePath)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundled,
    logLevel: 'silent',
  });
  const script = path.join(work, 'driver.mjs');
  await writeFile(script, driver(JSON.stringify(bundled)));
  return {
    async run(nodeFlags, args) {
      const { stdout } = await promisify(execFile)(NODE24, [...nodeFlags, script, ...args]);
      return JSON.parse(stdout);
    },
    remove: () => rm(work, { recursive: true, force: true }),
  };
}
