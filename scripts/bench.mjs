#!/usr/bin/env node
/**
 * `npm run bench`: the edge handler benchmark (scripts/bench-edge.mjs), the sync benchmark
 * (scripts/bench-sync.mjs), the deploy fast-path measurement (scripts/bench-fastpath.mjs),
 * the sync at scale on git clones (scripts/bench-scale.mjs), the sync throttled by 503 SlowDown
 * (scripts/bench-throttle.mjs) and the action's start-up (scripts/bench-startup.mjs,
 * `dist/index.js` to its first S3 request),
 * one after the other; each writes its own section of BENCHMARKS.md. Arguments (e.g.
 * `--quick`) are passed to the first two. All run even if one fails; the exit code is non-zero
 * when any failed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

/** Runs one benchmark script with this Node; resolves with its exit code. */
function run(script, scriptArgs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, script), ...scriptArgs], {
      stdio: 'inherit',
    });
    child.once('error', (e) => {
      console.error(`bench: cannot start ${script}: ${e.message}`);
      resolve(1);
    });
    child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const failed = [];
for (const [script, scriptArgs] of [
  ['bench-edge.mjs', args],
  ['bench-sync.mjs', args],
  ['bench-fastpath.mjs', []],
  // Issue 11's scale section: 10,000 files, 0.5 GB in git (`--quick`: 1,000 files, 50 MB).
  ['bench-scale.mjs', args.includes('--quick') ? ['--files', '1000', '--mb', '50'] : []],
  // Issue 24 #4: a first publish with a share of requests answered 503 SlowDown.
  ['bench-throttle.mjs', args.includes('--quick') ? ['--files', '200'] : []],
  // Issue 24's start-up: spawn to the first S3 request of `command: sync`, beside `node -e 0`.
  ['bench-startup.mjs', ['--write', ...(args.includes('--quick') ? ['--runs', '7'] : [])]],
]) {
  console.log(`\n## ${script}\n`);
  const code = await run(script, scriptArgs);
  if (code !== 0) failed.push(`${script} (exit ${code})`);
}
if (failed.length > 0) {
  console.error(`bench: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
