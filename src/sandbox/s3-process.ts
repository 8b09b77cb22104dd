/**
 * The sandbox's S3 server: `scripts/s3-server.mjs` (s3rver) in a child process on 127.0.0.1,
 * on a free port. The child gets a pipe on its standard input and `--stop-when-stdin-closes`:
 * it stops when that pipe closes, so it never outlives the sandbox, even when the sandbox is
 * killed.
 *
 * The server accepts only requests SigV4-signed with `credentials` (given to the child through
 * its environment, never its arguments) and refuses `..` keys; without `credentials`, the
 * well-known test pair S3RVER/S3RVER (`TEST_S3_CREDENTIALS`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The pair tests and benchmarks use; the sandbox makes a random pair for each run. */
export const TEST_S3_CREDENTIALS: S3Credentials = {
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
};

export interface S3Process {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** The only credentials the server accepts. */
  readonly credentials: S3Credentials;
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
  /** The only credentials the server accepts; defaults to `TEST_S3_CREDENTIALS`. */
  readonly credentials?: S3Credentials;
  /** Where the server keeps its files (default: a temporary folder it deletes on exit). */
  readonly directory?: string;
}

/** s3rver's continuation tokens use DES, which Node >= 17 only has with the legacy provider. */
const NODE_ARGS = ['--openssl-legacy-provider'];

export async function startS3Process(opts: S3ProcessOptions): Promise<S3Process> {
  const credentials = opts.credentials ?? TEST_S3_CREDENTIALS;
  const args = [
    ...NODE_ARGS,
    opts.script,
    '--port',
    '0',
    '--max-seconds',
    String(opts.maxSeconds),
    '--stop-when-stdin-closes',
  ];
  if (opts.directory !== undefined) args.push('--dir', opts.directory);
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      S3_SERVER_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SERVER_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
  });
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
    return { endpoint: `http://127.0.0.1:${port}`, port, credentials, exited, stop };
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
