#!/usr/bin/env node
/**
 * A throttling proxy for the loopback S3 server (issue 24 #4): an HTTP proxy on 127.0.0.1 that
 * forwards each request to `target` (scripts/s3-server.mjs) or answers it, as S3 does when a
 * prefix is pushed past its request rate, with `503 SlowDown`. Which requests are throttled is
 * drawn from a PRNG seeded with `seed`: the n-th request that reaches the proxy is throttled or
 * not the same way in every run (which request is n-th depends on the client's timing).
 *
 * The error body is S3's REST error document: `<Error>` with `Code`, `Message`, `Resource`
 * and `RequestId`, `Content-Type: application/xml`
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html, "REST error
 * responses"); SlowDown is "Please reduce your request rate.", HTTP 503 (the error code list on
 * that page). The request body is read before the answer, so a throttled upload ends cleanly
 * (no reset): the client sees a throttling error and nothing else.
 *
 * The Host header is forwarded as the client sent it: the server checks the SigV4 signature,
 * which covers it.
 *
 *   import { startThrottleProxy } from './throttle-proxy.mjs';
 *   const proxy = await startThrottleProxy({ target: 'http://127.0.0.1:4568', share: 0.05, seed: 1 });
 *   // … AWS_ENDPOINT_URL_S3=proxy.endpoint …
 *   proxy.counts; // { requests, throttled }
 *   await proxy.stop();
 *
 *   node scripts/throttle-proxy.mjs --target URL [--share 0.05] [--seed 1] [--max-seconds 3600]
 *   prints {"port","endpoint"} once listening; on SIGINT/SIGTERM, or after --max-seconds,
 *   prints {"requests","throttled"} and stops.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { prng } from './pseudo-random.mjs';

const xmlEscape = (s) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c],
  );

/** S3's 503 SlowDown error document for a request to `resource` (its path). */
export function slowDownBody(resource, requestId) {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>' +
    `<Resource>${xmlEscape(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`
  );
}

/**
 * Starts the proxy. `share` (0..1) of the requests get 503 SlowDown, drawn with `seed`;
 * `throttle(request, n)`, when given, decides instead (n counts requests from 1).
 * `resetShare` of the other requests are forwarded, and once the server has answered, the
 * client's connection is destroyed instead of answered (a connection reset after the fact);
 * `reset(request, n)`, when given, decides instead.
 * `log` records every request: method, path, status, and when it started and ended
 * (performance.now()), and how many requests were in flight when it started.
 */
export async function startThrottleProxy({
  target,
  share = 0,
  seed = 1,
  throttle,
  resetShare = 0,
  reset,
  maxSeconds = 3600,
}) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const random = prng(seed);
  const resetRandom = prng(seed + 1);
  const counts = { requests: 0, throttled: 0, reset: 0 };
  const log = [];
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    counts.requests += 1;
    const n = counts.requests;
    const entry = {
      method: req.method,
      path: req.url,
      status: 0,
      start: performance.now(),
      end: 0,
      inFlight,
    };
    log.push(entry);
    inFlight += 1;
    const done = (status) => {
      entry.status = status;
      entry.end = performance.now();
      inFlight -= 1;
    };
    const throttled = throttle ? throttle(req, n) : random() < share;
    const resetNow = !throttled && (reset ? reset(req, n) : resetRandom() < resetShare);
    if (throttled) {
      counts.throttled += 1;
      req.resume();
      req.once('end', () => {
        const requestId = randomBytes(8).toString('hex').toUpperCase();
        const body = slowDownBody(decodeURIComponent(req.url.split('?')[0]), requestId);
        res.writeHead(503, {
          'Content-Type': 'application/xml',
          'Content-Length': Buffer.byteLength(body),
          'x-amz-request-id': requestId,
        });
        res.end(body, () => done(503));
      });
      return;
    }
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (up) => {
        if (resetNow) {
          // The server did the work; the client only sees its connection reset.
          counts.reset += 1;
          up.resume();
          req.socket.destroy();
          done(0);
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        res.once('finish', () => done(up.statusCode ?? 502));
      },
    );
    forward.once('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`throttle-proxy: ${e.message}`);
      done(502);
    });
    req.pipe(forward);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  // Stops by itself, whatever its user does.
  const timer = setTimeout(() => void stop(), maxSeconds * 1000);
  timer.unref();
  const { port } = server.address();
  async function stop() {
    clearTimeout(timer);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve()));
    agent.destroy();
  }
  return { endpoint: `http://127.0.0.1:${port}`, port, counts, log, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const target = opt('target', undefined);
  if (target === undefined) {
    process.stderr.write('throttle-proxy: --target http://127.0.0.1:PORT is required\n');
    process.exit(2);
  }
  const maxSeconds = Number(opt('max-seconds', '3600'));
  const proxy = await startThrottleProxy({
    target,
    share: Number(opt('share', '0')),
    seed: Number(opt('seed', '1')),
    maxSeconds,
  });
  process.stdout.write(`${JSON.stringify({ port: proxy.port, endpoint: proxy.endpoint })}\n`);
  const end = async () => {
    await proxy.stop();
    process.stdout.write(`${JSON.stringify(proxy.counts)}\n`);
    process.exit(0);
  };
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
  setTimeout(end, maxSeconds * 1000).unref();
}
