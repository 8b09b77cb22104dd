/**
 * Starts the loopback S3 server (scripts/s3-server.mjs, s3rver) in its own process on a free
 * port, and points the AWS SDK at it through AWS_ENDPOINT_URL_S3, as a user would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface S3Server {
  readonly endpoint: string;
  readonly port: number;
  /** Environment for a process (or this one) that talks to the server. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<S3Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      path.join(REPO_ROOT, 'scripts', 's3-server.mjs'),
      '--max-seconds',
      '900',
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const stdout = child.stdout;
  if (stdout === null) throw new Error('s3 server: no stdout');
  const first = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: stdout });
    rl.once('line', (line) => {
      rl.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`s3 server exited with ${code ?? 'a signal'}`)));
  });
  const info: unknown = JSON.parse(first);
  if (
    typeof info !== 'object' ||
    info === null ||
    !('port' in info) ||
    typeof info.port !== 'number'
  ) {
    throw new Error(`s3 server: unexpected first line ${first}`);
  }
  const endpoint = `http://127.0.0.1:${info.port}`;
  return {
    endpoint,
    port: info.port,
    env: {
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'eu-central-1',
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        child.kill('SIGTERM');
      }),
  };
}

/** Applies the server's environment to this process; returns a function that restores it. */
export function useServerEnv(server: S3Server): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(server.env)) {
    saved.set(k, process.env[k]);
    process.env[k] = v;
  }
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

let counter = 0;
export async function createBucket(client: S3Client, prefix = 'test'): Promise<string> {
  counter += 1;
  const name = `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  await client.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}
