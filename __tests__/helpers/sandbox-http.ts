/**
 * A GET to the sandbox's edge on 127.0.0.1 with the raw request target as given (no URL
 * normalization by the client) and these headers (a `Host` among them reaches the edge as
 * sent): its status, headers and body.
 */
import http from 'node:http';
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
