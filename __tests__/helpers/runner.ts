/** What the GitHub runner does around an action: runs it as a process, reads GITHUB_OUTPUT. */
import { spawn } from 'node:child_process';

/** Reads the runner's GITHUB_OUTPUT file (`name<<DELIMITER`, value lines, `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m?.[1] === undefined) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * Runs a process to its end, as the runner runs an action; resolves with its exit code and output.
 * With `onSpawn`, the process leads a process group of its own, whose id (its pid) `onSpawn`
 * gets, so that whatever it leaves running can be stopped with `process.kill(-pid)`.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  group?: { onSpawn: (pid: number) => void },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group !== undefined,
    });
    if (group !== undefined && child.pid !== undefined) group.onSpawn(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
