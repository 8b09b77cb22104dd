/**
 * The sandbox's edge: what CloudFront does for the site, on 127.0.0.1.
 *
 * For each request, in CloudFront's order:
 * 1. methods other than GET and HEAD get 403, as the distribution allows only those;
 * 2. the request becomes a Lambda@Edge viewer-request event and goes through the handler
 *    rendered exactly as `synth` renders it; a response it generates (401, 400, 404) goes
 *    back as it is, never cached;
 * 3. otherwise the (possibly rewritten) URI is the cache key: a cached copy is served with
 *    `X-Cache: Hit`; else the object is fetched from the bucket with a SigV4-signed GetObject,
 *    as Origin Access Control signs it, and served (and cached) with `X-Cache: Miss`;
 * 4. keys under `.secure-dist/` get 403, as the site's bucket policy denies them to
 *    CloudFront; a missing key gets 404 (the policy grants s3:ListBucket).
 *
 * Cache keys are the CloudFront invalidation path of the object's key (`toInvalidationPath`),
 * so `invalidate(paths)` clears exactly what a CloudFront invalidation with those paths
 * would: exact paths, and `prefix*` wildcards. Entries also expire after the TTL CloudFront's
 * managed CachingOptimized policy would give them (from `s-maxage`/`max-age`, 1 s to 1 year).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EdgeHandler } from '../edge/config.js';
import {
  isGeneratedResponse,
  type CloudFrontHeaders,
  type CloudFrontRequestEvent,
  type CloudFrontResultResponse,
} from '../edge/events.js';
import { toInvalidationPath } from '../invalidate/paths.js';
import { RESERVED_PREFIX } from '../sync/local.js';

export interface EdgeServerOptions {
  /** The viewer-request handler, as `loadHandlerFromSource` returns it. */
  readonly handler: EdgeHandler;
  /** The origin: a client that signs with SigV4, and the bucket. */
  readonly client: S3Client;
  readonly bucket: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Defaults to 127.0.0.1; the sandbox never listens on other interfaces. */
  readonly host?: string;
  /** One line per request and per invalidation. */
  readonly log: (line: string) => void;
  readonly now?: () => number;
  /** Added to every response from the cache or the bucket, as the response headers policy is. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
}

export interface EdgeServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  /** Clears the cached entries the CloudFront paths match; returns their keys, sorted. */
  invalidate(paths: readonly string[]): string[];
  /** Cache keys now held, sorted (for tests and logs). */
  cachedKeys(): string[];
  close(): Promise<void>;
}

/** The port is in use: the message names PORT and how to pick another. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(
      `PORT ${port} is already in use on ${host}. Stop what is using it, or pick another port: ` +
        `PORT=${port === 65535 ? 8081 : port + 1} npm start (PORT=0 picks a free one).`,
    );
    this.name = 'PortInUseError';
  }
}

interface CacheEntry {
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** CloudFront's managed CachingOptimized policy: min 1 s, default 1 day, max 1 year. */
const MIN_TTL = 1;
const DEFAULT_TTL = 86_400;
const MAX_TTL = 31_536_000;
const ALLOWED_METHODS = new Set(['GET', 'HEAD']);

export async function startEdgeServer(opts: EdgeServerOptions): Promise<EdgeServer> {
  const host = opts.host ?? '127.0.0.1';
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const policyHeaders = opts.responseHeaders ?? {};

  const server = http.createServer((req, res) => {
    const started = now();
    serve(req, res).then(
      (note) =>
        opts.log(
          `${res.statusCode} ${req.method ?? '?'} ${req.url ?? ''} ${note} ${now() - started} ms`,
        ),
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        opts.log(`502 ${req.method ?? '?'} ${req.url ?? ''}: ${message}`);
        if (!res.headersSent) send(res, 502, textHeaders(), `502 Bad Gateway: ${message}\n`, req);
        else res.destroy();
      },
    );
  });
  server.keepAliveTimeout = 5000;

  /** Answers one request; returns what the access log line says about it. */
  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<string> {
    const method = req.method ?? 'GET';
    if (!ALLOWED_METHODS.has(method)) {
      send(
        res,
        403,
        textHeaders(),
        '403 Forbidden: this distribution is not configured to allow the HTTP request method that was used for this request.\n',
        req,
      );
      return '(method not allowed)';
    }
    const result = await opts.handler(viewerRequest(req, host));
    if (isGeneratedResponse(result)) {
      sendGenerated(res, result, req);
      return `(generated by the edge function: ${result.statusDescription ?? result.status})`;
    }
    const uri = result.uri;
    const key = objectKey(uri);
    if (key === undefined) {
      send(res, 400, textHeaders(), '400 Bad Request\n', req);
      return '(undecodable URI)';
    }
    const route = uri === pathOf(req.url) ? '' : `→ ${uri} `;
    if (key === '' || key.startsWith(RESERVED_PREFIX)) {
      send(res, 403, textHeaders(), '403 Forbidden: Access Denied\n', req);
      return `${route}(denied by the bucket policy)`;
    }

    const cacheKey = toInvalidationPath(key);
    const cached = cache.get(cacheKey);
    if (cached !== undefined && cached.expiresAt > now()) {
      const age = Math.floor((now() - cached.storedAt) / 1000);
      sendObject(res, req, cached, { ...policyHeaders, 'X-Cache': 'Hit', Age: String(age) });
      return `${route}Hit`;
    }
    if (cached !== undefined) cache.delete(cacheKey);

    const fetched = await fetchObject(key);
    if (fetched === undefined) {
      send(
        res,
        404,
        { ...textHeaders(), ...policyHeaders, 'X-Cache': 'Miss' },
        '404 Not Found\n',
        req,
      );
      return `${route}(no such key)`;
    }
    const ttl = ttlOf(fetched.headers['Cache-Control']);
    const entry: CacheEntry = {
      headers: fetched.headers,
      body: fetched.body,
      storedAt: now(),
      expiresAt: now() + (ttl ?? 0) * 1000,
    };
    if (ttl !== undefined) cache.set(cacheKey, entry);
    sendObject(res, req, entry, { ...policyHeaders, 'X-Cache': 'Miss' });
    return `${route}Miss`;
  }

  /** The object from the bucket (GetObject, signed by the client with SigV4), or undefined. */
  async function fetchObject(
    key: string,
  ): Promise<{ headers: Record<string, string>; body: Buffer } | undefined> {
    try {
      const res = await opts.client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: key }));
      const body = Buffer.from((await res.Body?.transformToByteArray()) ?? new Uint8Array());
      const headers: Record<string, string> = {
        'Content-Type': res.ContentType ?? 'application/octet-stream',
      };
      if (res.CacheControl !== undefined) headers['Cache-Control'] = res.CacheControl;
      if (res.ETag !== undefined) headers.ETag = res.ETag;
      if (res.LastModified !== undefined) headers['Last-Modified'] = res.LastModified.toUTCString();
      return { headers, body };
    } catch (e) {
      if (e instanceof Error && (e.name === 'NoSuchKey' || e.name === 'NotFound')) return undefined;
      throw new Error(
        `GetObject '${key}' from the bucket failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
        { cause: e },
      );
    }
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      reject(e.code === 'EADDRINUSE' ? new PortInUseError(host, opts.port) : e);
    };
    server.once('error', onError);
    server.listen(opts.port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  const port = isAddressInfo(address) ? address.port : opts.port;

  return {
    url: `http://${host}:${port}/`,
    port,
    invalidate(paths) {
      const cleared: string[] = [];
      for (const cacheKey of cache.keys()) {
        if (paths.some((p) => matches(p, cacheKey))) cleared.push(cacheKey);
      }
      for (const cacheKey of cleared) cache.delete(cacheKey);
      cleared.sort(byCodeUnit);
      opts.log(
        cleared.length > 0
          ? `cache: cleared ${cleared.join(', ')}`
          : `cache: nothing cached matched ${paths.join(' ')}`,
      );
      return cleared;
    },
    cachedKeys: () => [...cache.keys()].sort(byCodeUnit),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Does the CloudFront invalidation path (exact, or `prefix*`) match the cache key? */
export function matches(path: string, cacheKey: string): boolean {
  return path.endsWith('*') ? cacheKey.startsWith(path.slice(0, -1)) : cacheKey === path;
}

/** The viewer-request event CloudFront would pass for this request. */
export function viewerRequest(req: http.IncomingMessage, host: string): CloudFrontRequestEvent {
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const headers: CloudFrontHeaders = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const key = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    if (key === undefined || value === undefined) continue;
    const name = key.toLowerCase();
    (headers[name] ??= []).push({ key, value });
  }
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: req.headers.host ?? host,
            distributionId: 'ESANDBOX',
            eventType: 'viewer-request',
            requestId: randomBytes(21).toString('base64url'),
          },
          request: {
            clientIp: req.socket.remoteAddress ?? '127.0.0.1',
            headers,
            method: req.method ?? 'GET',
            querystring: q < 0 ? '' : target.slice(q + 1),
            uri: pathOf(target),
          },
        },
      },
    ],
  };
}

/** The path of a request target, without its query string. */
function pathOf(target: string | undefined): string {
  const t = target ?? '/';
  const q = t.indexOf('?');
  return q < 0 ? t : t.slice(0, q);
}

/** The S3 key a forwarded URI names (S3 percent-decodes the path), or undefined. */
export function objectKey(uri: string): string | undefined {
  if (!uri.startsWith('/')) return undefined;
  try {
    return uri.slice(1).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}

/** Seconds CloudFront would keep an object with this Cache-Control, or undefined for none. */
export function ttlOf(cacheControl: string | undefined): number | undefined {
  const directives = new Map<string, string>();
  for (const part of (cacheControl ?? '').split(',')) {
    const [name = '', value = ''] = part.trim().split('=');
    if (name !== '') directives.set(name.toLowerCase(), value.trim());
  }
  if (directives.has('no-store') || directives.has('private') || directives.has('no-cache')) {
    return undefined;
  }
  const raw = directives.get('s-maxage') ?? directives.get('max-age');
  const seconds = raw === undefined ? DEFAULT_TTL : Number.parseInt(raw, 10);
  if (!Number.isFinite(seconds)) return DEFAULT_TTL;
  return Math.min(MAX_TTL, Math.max(MIN_TTL, seconds));
}

function sendObject(
  res: http.ServerResponse,
  req: http.IncomingMessage,
  entry: CacheEntry,
  extra: Record<string, string>,
): void {
  const etag = entry.headers.ETag;
  const inm = req.headers['if-none-match'];
  if (etag !== undefined && inm !== undefined && etagMatches(inm, etag)) {
    // RFC 9110 §15.4.5: the validators and caching headers, no representation metadata.
    const kept: Record<string, string> = {};
    for (const name of ['Cache-Control', 'ETag', 'Last-Modified']) {
      const value = entry.headers[name];
      if (value !== undefined) kept[name] = value;
    }
    send(res, 304, { ...kept, ...extra }, undefined, req);
    return;
  }
  send(res, 200, { ...entry.headers, ...extra }, entry.body, req);
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const weak = (t: string): string => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || weak(t) === weak(etag));
}

function sendGenerated(
  res: http.ServerResponse,
  result: CloudFrontResultResponse,
  req: http.IncomingMessage,
): void {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(result.headers ?? {})) {
    for (const h of values) (headers[h.key ?? name] ??= []).push(h.value);
  }
  const body =
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.bodyEncoding === 'base64' ? 'base64' : 'utf8');
  res.statusMessage = result.statusDescription ?? '';
  send(res, Number(result.status), { ...headers, 'X-Cache': 'LambdaGeneratedResponse' }, body, req);
}

function send(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: string | Buffer | undefined,
  req: http.IncomingMessage,
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body !== undefined && status !== 304) {
    res.setHeader('Content-Length', Buffer.byteLength(body));
  }
  res.end(req.method === 'HEAD' || status === 304 ? undefined : body);
}

const textHeaders = (): Record<string, string> => ({
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
});

function isAddressInfo(value: string | AddressInfo | null): value is AddressInfo {
  return typeof value === 'object' && value !== null;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
