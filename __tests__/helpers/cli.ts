/**
 * The CLI in the test's process: `runCli` with `argv` in `cwd`, no environment, not a terminal,
 * the repository's S3 server script; what it printed, joined, and its exit status.
 */
import { runCli } from '../../src/cli/main.js';
import { S3_SERVER_SCRIPT } from './preview.js';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(argv: readonly string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    isTTY: false,
    s3ServerScript: S3_SERVER_SCRIPT,
    handleSignals: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
