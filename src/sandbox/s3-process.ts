/**
 * The sandbox's S3 server: `scripts/s3-server.mjs` (s3rver) in a child process on 127.0.0.1,
 * on a free port. The child stops by itself when its standard input closes, so it never
 * outlives the sandbox, even when the sandbox is killed.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface S3Process {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly port: number;
  /** Resolves when the process has exited, for whatever reason. */
  readonly exited: Promise<number | null>;
  /** Asks the server to stop and waits for it (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export interface S3ProcessOptions {
  /** Absolute path of scripts/s3-server.mjs. */
  readonly script: string;
  /** The server stops by itself after this long. */
  readonly maxSeconds: number;
  /** Lines the server writes to stderr. */
  readonly onStderr: (line: string) => void;
  /** How long to wait for the server to listen. */
  readonly startTimeoutMs?: number;
}

/** s3rver's continuation tokens use DES, which Node >= 17 only has with the legacy provider. */
const NODE_ARGS = ['--openssl-legacy-provider'];

export async function startS3Process(opts: S3ProcessOptions): Promise<S3Process> {
  const child = spawn(
    process.execPath,
    [...NODE_ARGS, opts.script, '--port', '0', '--max-seconds', String(opts.maxSeconds)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  createInterface({ input: child.stderr }).on('line', opts.onStderr);
  const lines = createInterface({ input: child.stdout });

  const stop = async (graceMs = 5000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    const first = await Promise.race([
      new Promise<string>((resolve) => lines.once('line', resolve)),
      exited.then((code): never => {
        throw new Error(
          `the S3 server (${opts.script}) exited with ${code ?? 'an error'} before it listened`,
        );
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the S3 server (${opts.script}) did not start within 15 s`)),
          opts.startTimeoutMs ?? 15_000,
        );
      }),
    ]);
    const port = parsePort(first);
    lines.close();
    child.stdout.resume();
    return { endpoint: `http://127.0.0.1:${port}`, port, exited, stop };
  } catch (e) {
    await stop(1000);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** The server's first line: `{"port":1234,"endpoint":"http://127.0.0.1:1234"}`. */
function parsePort(line: string): number {
  let info: unknown;
  try {
    info = JSON.parse(line);
  } catch {
    info = undefined;
  }
  if (
    typeof info === 'object' &&
    info !== null &&
    'port' in info &&
    typeof info.port === 'number' &&
    Number.isInteger(info.port) &&
    info.port > 0
  ) {
    return info.port;
  }
  throw new Error(`the S3 server printed '${line}' instead of {"port": …}`);
}
