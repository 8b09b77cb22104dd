#!/usr/bin/env node
/**
 * An S3 server on loopback (s3rver), for tests and the local sandbox.
 *
 *   node --openssl-legacy-provider scripts/s3-server.mjs [--port 0] [--dir DIR] [--bucket NAME]...
 *        [--max-seconds 3600] [--stop-when-stdin-closes]
 *
 * s3rver's continuation tokens use DES, hence --openssl-legacy-provider on Node >= 17.
 * Binds 127.0.0.1 only. Prints one JSON line {"port","endpoint"} once listening.
 * Stops by itself: on SIGINT/SIGTERM, after --max-seconds (default 3600), and, with
 * --stop-when-stdin-closes, when its standard input closes.
 *
 * Standard input as a lifeline is opt-in: a parent process that spawns the server with a pipe
 * on its stdin (the sandbox, the tests, the benchmarks) passes the flag, and the server stops
 * when that pipe closes, which happens however the parent ends (even by SIGKILL). Started from
 * a shell in the background (`… < /dev/null > s3.log 2>&1 &`, as ci.yml's self-test does, or
 * by bash itself, which gives an asynchronous command /dev/null when job control is off), its
 * stdin is at end-of-file from the start: without the flag the server ignores stdin and lives
 * until a signal or --max-seconds. With the flag, stdin must be a pipe, or the server refuses
 * to start (it would stop at once).
 *
 * In front of s3rver (issue 15 #9), which accepts unsigned requests and never checks a SigV4
 * signature:
 * - every request must carry an `Authorization: AWS4-HMAC-SHA256 …` header signed, as SigV4
 *   defines it, with THE run's credentials: `S3_SERVER_ACCESS_KEY_ID` and
 *   `S3_SERVER_SECRET_ACCESS_KEY` from the environment (not arguments, which `ps` shows to
 *   everyone on the machine); without them, the well-known test pair S3RVER/S3RVER (tests and
 *   benchmarks only: the sandbox always sets a fresh random pair). Anything else: 403;
 * - a bucket or key with a `..` segment, sent as is or encoded (`..%2f..%2fx`, `%2e%2e`,
 *   also in `x-amz-copy-source`), is refused with 400 before s3rver maps it to a file path.
 * And behind it, one fix to s3rver's store (issue 24): a completed multipart upload gets S3's
 * ETag, `md5(concat(part md5s))-<parts>` (s3rver 3.7 gives it the MD5 of the whole object,
 * which no multipart object on S3 has), so the sync's own ETag of a multipart upload
 * (src/sync/hash.ts) is checked against the server's.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { fstatSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import AWSAccount from 's3rver/lib/models/account.js';
import FilesystemStore from 's3rver/lib/stores/filesystem.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const buckets = args.flatMap((a, i) => (a === '--bucket' && args[i + 1] ? [args[i + 1]] : []));
const ownDir = opt('dir', undefined) === undefined;
const directory = opt('dir', undefined) ?? mkdtempSync(path.join(tmpdir(), 's3-server-'));
const maxSeconds = Number(opt('max-seconds', '3600'));
const stopWhenStdinCloses = args.includes('--stop-when-stdin-closes');
if (stopWhenStdinCloses && !stdinIsPipe()) {
  process.stderr.write(
    's3-server: --stop-when-stdin-closes needs a pipe on standard input (from the parent that keeps it open); started from a shell, leave the flag out and rely on --max-seconds\n',
  );
  process.exit(2);
}

/** Is standard input a pipe (or a socket pair, as Node's `spawn` makes)? */
function stdinIsPipe() {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false; // closed
  }
}

const ACCESS_KEY_ID = process.env.S3_SERVER_ACCESS_KEY_ID || 'S3RVER';
const SECRET_ACCESS_KEY = process.env.S3_SERVER_SECRET_ACCESS_KEY || 'S3RVER';
// s3rver looks the key id up in its own registry: only the run's key is known to it.
AWSAccount.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
AWSAccount.DUMMY_ACCOUNT.createKeyPair(ACCESS_KEY_ID, SECRET_ACCESS_KEY);

/**
 * S3's multipart ETag, from the MD5 s3rver stored beside each part (`<upload>/<n>.md5`), read
 * before s3rver removes the upload's folder; written where s3rver keeps an object's ETag.
 */
const completeMultipart = FilesystemStore.prototype.putObjectMultipart;
FilesystemStore.prototype.putObjectMultipart = async function (bucket, uploadId, parts) {
  const uploadDir = path.join(this.getResourcePath(bucket, undefined, 'uploads'), uploadId);
  const key = await readFile(path.join(uploadDir, 'key'), 'utf8');
  const numbers = parts.map((p) => p.number).sort((a, b) => a - b);
  const digests = await Promise.all(
    numbers.map((n) => readFile(path.join(uploadDir, `${n}.md5`), 'utf8')),
  );
  const result = await completeMultipart.call(this, bucket, uploadId, parts);
  const combined = createHash('md5')
    .update(Buffer.concat(digests.map((d) => Buffer.from(d.trim(), 'hex'))))
    .digest('hex');
  const etag = `${combined}-${numbers.length}`;
  await writeFile(this.getResourcePath(bucket, key, 'object.md5'), etag);
  return { ...result, md5: etag };
};

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

const MAX_SKEW_MS = 15 * 60 * 1000;
const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding, as SigV4 canonicalises query parameters. */
const rfc3986 = (s) =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Why the request is not signed with the run's credentials (SigV4, Authorization header), or
 * undefined when it is. The payload is covered through `x-amz-content-sha256`, as S3 does.
 */
function signatureProblem(req) {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return 'the request is not signed (no Authorization header)';
  const m = AUTH.exec(header.trim());
  if (!m)
    return 'the Authorization header is not AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature';
  const [, keyId, day, region, signedHeaders, signature] = m;
  if (keyId !== ACCESS_KEY_ID) return 'the request is signed with another access key';
  const amzDate = req.headers['x-amz-date'];
  if (
    typeof amzDate !== 'string' ||
    !/^\d{8}T\d{6}Z$/.test(amzDate) ||
    amzDate.slice(0, 8) !== day
  ) {
    return 'x-amz-date is missing or does not match the credential scope';
  }
  const when = Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );
  if (Math.abs(Date.now() - when) > MAX_SKEW_MS) return 'x-amz-date is more than 15 minutes off';
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) {
    return 'SignedHeaders must include host and x-amz-date';
  }
  const payload = req.headers['x-amz-content-sha256'];
  if (typeof payload !== 'string' || !names.includes('x-amz-content-sha256')) {
    return 'x-amz-content-sha256 must be sent and signed';
  }
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const canonicalUri = q < 0 ? target : target.slice(0, q);
  const params = [];
  for (const part of (q < 0 ? '' : target.slice(q + 1)).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      params.push([rfc3986(decodeURIComponent(name)), rfc3986(decodeURIComponent(value))]);
    } catch {
      return 'the query string does not decode';
    }
  }
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const canonicalHeaders = names
    .map((name) => {
      const raw = req.headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${String(value).trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalRequest = [
    req.method,
    canonicalUri,
    params.map(([k, v]) => `${k}=${v}`).join('&'),
    canonicalHeaders,
    signedHeaders,
    payload,
  ].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256(canonicalRequest)}`;
  let key = hmac(`AWS4${SECRET_ACCESS_KEY}`, day);
  for (const part of [region, 's3', 'aws4_request']) key = hmac(key, part);
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'the signature does not match (wrong secret access key?)';
  }
  return undefined;
}

/** True when a path (or copy source) names a `..` segment, sent as is or percent-encoded. */
function traverses(target) {
  const climbs = (text) => text.split(/[/\\]/).some((segment) => segment === '..');
  let once;
  try {
    once = decodeURIComponent(target);
  } catch {
    return true; // s3rver could not decode it either
  }
  if (climbs(target) || climbs(once)) return true;
  // `%252e%252e` is `%2e%2e` to s3rver, not `..`; refusing it too costs nothing.
  try {
    return climbs(decodeURIComponent(once));
  } catch {
    return false; // a key with a literal `%` (sent as %25): fine
  }
}

function refuse(res, status, code, message) {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message.replace(/[<>&]/g, '')}</Message></Error>\n`;
  res.writeHead(status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
  // Read and drop whatever body the refused request still sends.
  res.req?.resume();
}

async function listen(port) {
  await server.configureBuckets();
  const handler = server.callback();
  const http = await import('node:http');
  const httpServer = http.createServer((req, res) => {
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const copySource = req.headers['x-amz-copy-source'];
    if (
      traverses(q < 0 ? target : target.slice(0, q)) ||
      (typeof copySource === 'string' && traverses(copySource))
    ) {
      refuse(res, 400, 'InvalidArgument', 'bucket names and keys with a .. segment are refused');
      return;
    }
    const problem = signatureProblem(req);
    if (problem !== undefined) {
      refuse(
        res,
        403,
        'AccessDenied',
        `${problem}: this server only accepts requests signed with the run's credentials`,
      );
      return;
    }
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
if (stopWhenStdinCloses) {
  process.stdin.on('end', () => void stop(0));
  process.stdin.on('error', () => void stop(0));
  process.stdin.resume();
}
setTimeout(() => void stop(0), maxSeconds * 1000).unref();
