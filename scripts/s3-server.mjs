#!/usr/bin/env node
/**
 * An S3 server on loopback (s3rver), for tests and the local sandbox.
 *
 *   node --openssl-legacy-provider scripts/s3-server.mjs [--port 0] [--dir DIR] [--bucket NAME]...
 *
 * s3rver's continuation tokens use DES, hence --openssl-legacy-provider on Node >= 17.
 * Binds 127.0.0.1 only. Prints one JSON line {"port","endpoint"} once listening.
 * Stops by itself: on SIGINT/SIGTERM, when its standard input closes (the parent is gone),
 * and after --max-seconds (default 3600).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const buckets = args.flatMap((a, i) => (a === '--bucket' && args[i + 1] ? [args[i + 1]] : []));
const ownDir = opt('dir', undefined) === undefined;
const directory = opt('dir', undefined) ?? mkdtempSync(path.join(tmpdir(), 's3-server-'));
const maxSeconds = Number(opt('max-seconds', '3600'));

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(opt('port', '0')),
  silent: true,
  directory,
  configureBuckets: buckets.map((name) => ({ name })),
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await server.close();
  } catch {
    // not running
  }
  if (ownDir) rmSync(directory, { recursive: true, force: true });
  process.exit(code);
}

/**
 * S3 decodes x-amz-copy-source fully (it is URL-encoded, as the SDK and this action send it);
 * s3rver 3.7 applies decodeURI, which leaves %23 (#), %3F (?), %2B (+) and the like encoded.
 * Re-encode the header so that s3rver's decodeURI yields the key S3 would.
 */
function fixCopySource(req) {
  const value = req.headers['x-amz-copy-source'];
  if (typeof value === 'string') {
    try {
      req.headers['x-amz-copy-source'] = encodeURI(decodeURIComponent(value));
    } catch {
      // leave a malformed header for s3rver to reject
    }
  }
}

async function listen(port) {
  await server.configureBuckets();
  const handler = server.callback();
  const http = await import('node:http');
  const httpServer = http.createServer((req, res) => {
    fixCopySource(req);
    handler(req, res);
  });
  server.httpServer = httpServer;
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = httpServer.address();
  return { port: typeof address === 'object' && address ? address.port : port };
}

try {
  const { port } = await listen(Number(opt('port', '0')));
  process.stdout.write(`${JSON.stringify({ port, endpoint: `http://127.0.0.1:${port}` })}\n`);
} catch (e) {
  const busy = e && e.code === 'EADDRINUSE';
  process.stderr.write(
    busy
      ? `s3-server: port ${opt('port', '0')} is already in use on 127.0.0.1; pick another with --port (or PORT for the sandbox)\n`
      : `s3-server: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(busy ? 98 : 1);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
if (!process.stdin.isTTY) {
  process.stdin.on('end', () => void stop(0));
  process.stdin.on('error', () => void stop(0));
  process.stdin.resume();
}
setTimeout(() => void stop(0), maxSeconds * 1000).unref();
