/**
 * Talking to a running sandbox from a test: `sandboxGet`, a GET to its edge on 127.0.0.1 with the raw request target as given (no URL
 * normalization by the client) and these headers (a `Host` among them reaches the edge as
 * sent): its status, headers and body; `withS3`, a client of its S3 server.
 */
import http from 'node:http';
import { S3Client } from '@aws-sdk/client-s3';
import type { Sandbox } from '../../src/sandbox/sandbox.js';

export interface SandboxAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function sandboxGet(
  sandbox: Pick<Sandbox, 'port'>,
  target: string,
  headers: http.OutgoingHttpHeaders,
): Promise<SandboxAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: sandbox.port, path: target, method: 'GET', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Runs `use` with a client of the sandbox's S3 server, destroyed afterwards. */
export async function withS3<T>(
  sandbox: Sandbox,
  use: (client: S3Client) => Promise<T>,
): Promise<T> {
  const client = new S3Client({
    endpoint: sandbox.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: sandbox.s3Credentials,
  });
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}
