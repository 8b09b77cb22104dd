/**
 * The sandbox's edge: what CloudFront does for the site, on 127.0.0.1.
 *
 * For each request, in CloudFront's order:
 * 0. with `login` (`login: form` on Lambda@Edge), `/_login` and `/_logout` take their own
 *    behaviors: every method reaches the handler (POST among them), `/_login`'s body is passed
 *    as CloudFront includes it (`IncludeBody: true`: base64, `inputTruncated`), and the
 *    handler's answer goes back as it is (it answers both paths itself);
 * 1. methods other than GET and HEAD get 403, as the distribution allows only those;
 * 2. the request becomes a Lambda@Edge viewer-request event and goes through the handler
 *    rendered exactly as `synth` renders it; a response it generates (401, 400, 404) goes
 *    back as it is, never cached;
 * 3. otherwise the (rewritten, canonically encoded) URI is the cache key: a cached copy is
 *    served with `X-Cache: Hit`; else the object is fetched from the bucket with a
 *    SigV4-signed GetObject, as Origin Access Control signs it (keys under `.secure-dist/` get
 *    S3's 403, as the site's bucket policy denies them to CloudFront; a missing key S3's 404,
 *    as the policy grants s3:ListBucket);
 * 4. S3's answer goes through the SAME handler as an origin-response event, as the function's
 *    second trigger: a 2xx passes and is served (and cached, for as long as its stored
 *    Cache-Control makes CloudFront keep it: `ttlOf`) with `X-Cache: Miss`; a 403/404 becomes
 *    the handler's 302 to `/dir/` or its plain 404;
 * 4b. an object from the cache or the bucket goes through the handler's viewer-response
 *    trigger before it is sent (the viewer's Cache-Control from the object's metadata, issue
 *    20), then gets the response headers policy's headers (`applyPolicy`: `Override: false`
 *    ones only where the response has none); answers for an origin status of 400 or more skip
 *    the trigger and get the policy's headers alone, as on CloudFront;
 * 4c. a GET with one `Range: bytes=…` gets that range of the object (206 with `Content-Range`),
 *    from the cache or the bucket, after the same triggers; a range past the end a 416 with
 *    `Content-Range: bytes *\/<size>` (range.ts), as CloudFront answers range GETs;
 * 5. a status the distribution's CustomErrorResponses map (`notFoundPageCodes`, read from the
 *    site template: 404 only, a 403 stays plain) is answered with the page at
 *    `notFoundPageKey` (status 404) when the bucket holds one: the content's `404.html`, or with
 *    `edge: function` on a site without it the page secure-dist publishes
 *    (src/sync/not-found-page.ts), as synth's `NotFoundPage` says.
 * With `share` (share links, issue 12), a request whose path, normalized as CloudFront matches
 * path patterns (dot segments resolved), is under `/_share/` takes the share behavior: its
 * signed URL — or, when the URL has no signing parameter, its signed cookies (issue 23: a
 * folder link's response sets them) — is checked with the key group's public keys first, as
 * CloudFront does (src/share/verify.ts), and a missing, wrong or expired signature is CloudFront's own 403 —
 * no function runs, no password prompt. The raw URI then goes to the handler, as on AWS.
 * Redirects and 404s are not cached here (CloudFront caches them until invalidated; the
 * sandbox keeps it simple so a new file shows at once).
 *
 * Cache keys are the URI the viewer-request trigger forwarded, as CloudFront's are (the site's
 * cache policy adds no query string, header or cookie): the edge forwards the canonical path of
 * the key, which is its CloudFront invalidation path (`toInvalidationPath`), so
 * `invalidate(paths)` clears exactly what a CloudFront invalidation with those paths would:
 * exact paths, and `prefix*` wildcards. The origin reads the forwarded path as S3 does
 * (`objectKey`: a raw `+` is a space). Entries expire
 * after the TTL the site's own cache policy gives them (`SITE_CACHE_POLICY`: one year whatever
 * the stored `max-age`, so objects stay cached until invalidated; never for a `private`,
 * `no-cache` or `no-store` object: the stricter of AWS's two readings, see `ttlOf`).
 */
import { LOGIN_PATH, LOGOUT_PATH } from '../edge/core/session.js';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EdgeHandler } from '../edge/config.js';
import { byteRange } from './range.js';
import {
  includedBody,
  isGeneratedResponse,
  type CloudFrontHeaders,
  type CloudFrontRequest,
  type CloudFrontRequestBody,
  type CloudFrontRequestEvent,
  type CloudFrontResponseEvent,
  type CloudFrontResultResponse,
} from '../edge/events.js';
import { notFoundPageCodes } from './error-pages.js';
import type { ResponseHeader } from './response-headers.js';
import { hasSigningParameter, verifySignedCookies, verifySignedUrl } from '../share/verify.js';
import { SHARE_PREFIX } from '../edge/core/share.js';
import { NOT_FOUND_PAGE_KEY, RESERVED_PREFIX } from '../sync/local.js';

export interface EdgeServerOptions {
  /** The edge function (viewer-request and origin-response), as `loadHandlerFromSource` returns it. */
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
  /**
   * The response headers policy's headers (`responseHeadersOf`), added to every response from
   * the cache or the bucket: with `override`, replacing the response's own; without, only where
   * the response has none.
   */
  readonly responseHeaders?: readonly ResponseHeader[];
  /** How long objects stay cached; defaults to the site's own policy (`SITE_CACHE_POLICY`). */
  readonly cachePolicy?: CachePolicy;
  /** The `/_share/*` behavior's trusted key group: public keys (PEM) by key ID. */
  readonly share?: { readonly publicKeys: ReadonlyMap<string, string> };
  /** Statuses answered with the 404 page; defaults to the site template's (`notFoundPageCodes`). */
  readonly notFoundPageCodes?: readonly number[];
  /** The key of the 404 page (the site's `NotFoundPage` without its `/`); default `404.html`. */
  readonly notFoundPageKey?: string;
  /**
   * `X-Cache` of a response the viewer-request function generated: CloudFront says
   * `LambdaGeneratedResponse` (default) or, for a CloudFront Function (`EDGE=function`),
   * `FunctionGeneratedResponse`.
   */
  readonly generatedXCache?: string;
  /**
   * `login: form` on Lambda@Edge: the distribution's `/_login` and `/_logout` behaviors, which
   * allow every method (POST among them); `/_login`'s viewer-request association includes the
   * body (`IncludeBody: true`), passed as CloudFront passes it (`includedBody`).
   */
  readonly login?: boolean;
  /**
   * Previews (issue 25): a `Host` under `domain` (the site's preview domain) reaches the
   * handler as the same label under `as` (`localhost`, the domain the sandbox's edge is
   * rendered with), so `Host: pr-1.<domain>` and `pr-1.localhost` are the same preview.
   */
  readonly hostAlias?: { readonly domain: string; readonly as: string };
}

/** The TTLs of a CloudFront cache policy, in seconds. */
export interface CachePolicy {
  readonly minTtl: number;
  readonly defaultTtl: number;
  readonly maxTtl: number;
}

export interface EdgeServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  /** Clears the cached entries the CloudFront paths match; returns their keys, sorted. */
  invalidate(paths: readonly string[]): string[];
  /** Cache keys now held, sorted (for tests and logs). */
  cachedKeys(): string[];
  /** A new version of the edge function, used from the next request on (a deploy). */
  replaceHandler(handler: EdgeHandler): void;
  close(): Promise<void>;
}

/** The port is in use: the message says how to pick another (preview's `--port`). */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(
      `port ${port} is already in use on ${host}. Stop what is using it, or pick another port: ` +
        `--port ${port === 65535 ? 8081 : port + 1} (--port 0 picks a free one).`,
    );
    this.name = 'PortInUseError';
  }
}

interface FetchedObject {
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 403: 'Forbidden', 404: 'Not Found' };

interface CacheEntry {
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** CloudFront's managed CachingOptimized policy: min 1 s, default 1 day, max 1 year. */
export const CACHING_OPTIMIZED: CachePolicy = { minTtl: 1, defaultTtl: 86_400, maxTtl: 31_536_000 };
/**
 * The site's own cache policy (issue 9 #6): MinTTL = DefaultTTL = MaxTTL = one year, so
 * CloudFront keeps every object, stored with `max-age=1` (issue 20), until it is invalidated,
 * while viewers get the object's private value from the viewer-response trigger.
 */
export const SITE_CACHE_POLICY: CachePolicy = {
  minTtl: 31_536_000,
  defaultTtl: 31_536_000,
  maxTtl: 31_536_000,
};
const ALLOWED_METHODS = new Set(['GET', 'HEAD']);
/** The sign-in behaviors' path patterns (`login: form`): every method reaches the function. */
const LOGIN_BEHAVIORS = new Set([LOGIN_PATH, LOGOUT_PATH]);
/**
 * The most of a `/_login` body passed to the function; beyond it the body is cut and marked
 * `inputTruncated`, as Lambda@Edge does with a large body. CloudFront's own figure ("Restrictions
 * on Lambda@Edge" › request body) could not be read here: this one only needs to be far above a
 * sign-in form (core/login-form.ts reads at most 4 KB) so the handler's refusal is what is tested.
 */
const MAX_INCLUDED_BODY = 40 * 1024;

export async function startEdgeServer(opts: EdgeServerOptions): Promise<EdgeServer> {
  const host = opts.host ?? '127.0.0.1';
  let handler = opts.handler;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const policy = opts.responseHeaders ?? [];
  /** The headers of a response as the policy leaves them, then `extra` (X-Cache, Age). */
  const withPolicy = (
    headers: Record<string, string | string[]>,
    extra: Record<string, string>,
  ): Record<string, string | string[]> => ({ ...applyPolicy(headers, policy), ...extra });
  const cachePolicy = opts.cachePolicy ?? SITE_CACHE_POLICY;
  const notFoundPage = new Set(opts.notFoundPageCodes ?? notFoundPageCodes());
  const notFoundPageKey = opts.notFoundPageKey ?? NOT_FOUND_PAGE_KEY;

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
    const behavior = opts.login === true ? loginBehavior(req.url) : undefined;
    if (behavior !== undefined) {
      const event = viewerRequest(req, host);
      const request = event.Records[0]?.cf.request;
      if (
        behavior === '/_login' &&
        request !== undefined &&
        method !== 'GET' &&
        method !== 'HEAD'
      ) {
        request.body = await readIncludedBody(req);
      }
      const result = await handler(event);
      if (!isGeneratedResponse(result)) {
        send(res, 404, textHeaders(), '404 Not Found\n', req);
        return '(the sign-in behavior forwarded a request: nothing at the origin answers it)';
      }
      sendGenerated(res, result, req, {
        'X-Cache': opts.generatedXCache ?? 'LambdaGeneratedResponse',
      });
      return `(generated by the edge function: ${result.statusDescription ?? result.status})`;
    }
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
    if (opts.share !== undefined && onShareBehavior(req.url)) {
      const origin = `http://${req.headers.host ?? host}`;
      const seconds = Math.floor(now() / 1000);
      const target = req.url ?? '/';
      // A URL with any signing parameter is a signed URL; otherwise the signed cookies count.
      const verdict = hasSigningParameter(target)
        ? verifySignedUrl(origin, target, opts.share.publicKeys, seconds)
        : verifySignedCookies(origin, target, req.headers.cookie, opts.share.publicKeys, seconds);
      if (!verdict.ok) {
        send(res, 403, textHeaders(), `403 Forbidden: ${verdict.reason}\n`, req);
        return `(share link refused by the key group: ${verdict.reason})`;
      }
    }
    const event = viewerRequest(req, host);
    if (opts.hostAlias !== undefined) aliasHost(event, opts.hostAlias);
    const result = await handler(event);
    if (isGeneratedResponse(result)) {
      sendGenerated(res, result, req, {
        'X-Cache': opts.generatedXCache ?? 'LambdaGeneratedResponse',
      });
      return `(generated by the edge function: ${result.statusDescription ?? result.status})`;
    }
    const uri = result.uri;
    const key = objectKey(uri);
    if (key === undefined) {
      send(res, 400, textHeaders(), '400 Bad Request\n', req);
      return '(undecodable URI)';
    }
    const route = uri === pathOf(req.url) ? '' : `→ ${uri} `;

    // CloudFront's cache key: the forwarded URI (the cache policy adds no query string, header
    // or cookie), which the edge makes the canonical path of the key, the invalidation path.
    const cacheKey = uri;
    const cached = cache.get(cacheKey);
    if (cached !== undefined && cached.expiresAt > now()) {
      const age = Math.floor((now() - cached.storedAt) / 1000);
      const headers = await viewerResponse(result, cached.headers);
      sendObject(res, req, cached, withPolicy(headers, { 'X-Cache': 'Hit', Age: String(age) }));
      return `${route}Hit`;
    }
    if (cached !== undefined) cache.delete(cacheKey);

    // The bucket policy denies the reserved prefix to CloudFront: S3 answers 403.
    const fetched = key.startsWith(RESERVED_PREFIX) ? 403 : await fetchObject(key);
    const answer = await handler(originResponse(result, fetched));
    const status = Number(isGeneratedResponse(answer) ? answer.status : NaN);
    if (typeof fetched !== 'number' && status >= 200 && status < 300) {
      const ttl = ttlOf(fetched.headers['Cache-Control'], cachePolicy);
      const entry: CacheEntry = {
        headers: fetched.headers,
        body: fetched.body,
        storedAt: now(),
        expiresAt: now() + (ttl ?? 0) * 1000,
      };
      if (ttl !== undefined) cache.set(cacheKey, entry);
      const headers = await viewerResponse(result, entry.headers);
      sendObject(res, req, entry, withPolicy(headers, { 'X-Cache': 'Miss' }));
      return `${route}Miss`;
    }
    if (!isGeneratedResponse(answer))
      throw new Error('the origin-response trigger returned a request');
    const why = typeof fetched === 'number' ? `S3 ${fetched}` : `S3 ${status}`;
    if (notFoundPage.has(status)) {
      // CustomErrorResponses: ⇒ NotFoundPage with status 404, when the bucket holds it.
      const page = await fetchObject(notFoundPageKey);
      if (typeof page !== 'number') {
        send(res, 404, withPolicy(page.headers, { 'X-Cache': 'Error' }), page.body, req);
        return `${route}(${why}: /${notFoundPageKey})`;
      }
    }
    // No viewer-response trigger here (CloudFront skips it when the origin answered 400 or
    // more): the policy's safety net gives S3's own errors their private Cache-Control.
    const answered: CloudFrontResultResponse = {
      ...answer,
      headers: headersOf(applyPolicy(flatHeaders(answer.headers ?? {}), policy)),
    };
    sendGenerated(res, answered, req, { 'X-Cache': 'Miss' });
    return `${route}(${why}: ${answer.status} from the origin-response trigger)`;
  }

  /**
   * The headers of an object from the cache or the bucket after the edge function's
   * viewer-response trigger (the viewer's Cache-Control, cloudformation/site.yaml "Caching"),
   * which CloudFront runs on hits and misses whose origin status is under 400.
   */
  async function viewerResponse(
    request: CloudFrontRequest,
    stored: Readonly<Record<string, string>>,
  ): Promise<Record<string, string | string[]>> {
    const headers: CloudFrontHeaders = {};
    for (const [name, value] of Object.entries(stored)) {
      headers[name.toLowerCase()] = [{ key: name, value }];
    }
    const event: CloudFrontResponseEvent = {
      Records: [
        {
          cf: {
            config: {
              distributionDomainName: host,
              distributionId: 'ESANDBOX',
              eventType: 'viewer-response',
              requestId: randomBytes(21).toString('base64url'),
            },
            request,
            response: { status: '200', statusDescription: 'OK', headers },
          },
        },
      ],
    };
    const answer = await handler(event);
    if (!isGeneratedResponse(answer)) {
      throw new Error('the viewer-response trigger returned a request');
    }
    return flatHeaders(answer.headers ?? {});
  }

  /** The origin-response event CloudFront passes for S3's answer to the forwarded request. */
  function originResponse(
    request: CloudFrontRequest,
    fetched: FetchedObject | 403 | 404,
  ): CloudFrontResponseEvent {
    const status = typeof fetched === 'number' ? fetched : 200;
    const headers: CloudFrontHeaders = {};
    if (typeof fetched === 'number') {
      headers['content-type'] = [{ key: 'Content-Type', value: 'application/xml' }];
    } else {
      for (const [name, value] of Object.entries(fetched.headers)) {
        headers[name.toLowerCase()] = [{ key: name, value }];
      }
    }
    headers.via = [{ key: 'Via', value: '1.1 sandbox.cloudfront.net (CloudFront)' }];
    return {
      Records: [
        {
          cf: {
            config: {
              distributionDomainName: host,
              distributionId: 'ESANDBOX',
              eventType: 'origin-response',
              requestId: randomBytes(21).toString('base64url'),
            },
            request,
            response: {
              status: String(status),
              statusDescription: STATUS_TEXT[status] ?? '',
              headers,
            },
          },
        },
      ],
    };
  }

  /** The object from the bucket (GetObject, signed by the client with SigV4), or 404. */
  async function fetchObject(key: string): Promise<FetchedObject | 404> {
    try {
      const res = await opts.client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: key }));
      const body = Buffer.from((await res.Body?.transformToByteArray()) ?? new Uint8Array());
      const headers: Record<string, string> = {
        'Content-Type': res.ContentType ?? 'application/octet-stream',
      };
      if (res.CacheControl !== undefined) headers['Cache-Control'] = res.CacheControl;
      // User metadata comes back as x-amz-meta-* headers (the viewer's Cache-Control, issue 20).
      for (const [name, value] of Object.entries(res.Metadata ?? {})) {
        headers[`x-amz-meta-${name}`] = value;
      }
      if (res.ETag !== undefined) headers.ETag = res.ETag;
      if (res.AcceptRanges !== undefined) headers['Accept-Ranges'] = res.AcceptRanges;
      if (res.LastModified !== undefined) headers['Last-Modified'] = res.LastModified.toUTCString();
      return { headers, body };
    } catch (e) {
      if (e instanceof Error && (e.name === 'NoSuchKey' || e.name === 'NotFound')) return 404;
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
    replaceHandler: (next) => {
      handler = next;
    },
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

/**
 * `Host: <label>.<domain>[:port]` ⇒ `<label>.<as>[:port]` in a viewer-request event (see
 * `EdgeServerOptions.hostAlias`); any other host is left as it is.
 */
export function aliasHost(
  event: CloudFrontRequestEvent,
  alias: { readonly domain: string; readonly as: string },
): void {
  const hosts = event.Records[0]?.cf.request.headers.host;
  const suffix = `.${alias.domain.toLowerCase()}`;
  for (const header of hosts ?? []) {
    const match = /^(.*?)(:\d+)?$/.exec(header.value.toLowerCase());
    const name = match?.[1] ?? '';
    if (name.endsWith(suffix) && name.length > suffix.length) {
      header.value = `${name.slice(0, -suffix.length)}.${alias.as}${match?.[2] ?? ''}`;
    }
  }
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

/**
 * The sign-in behavior (`/_login` or `/_logout`, exact path patterns) CloudFront routes this
 * request target to, matched on the normalized path as `onShareBehavior` does; undefined for the
 * default behavior.
 */
function loginBehavior(target: string | undefined): string | undefined {
  try {
    const path = new URL(target ?? '/', 'http://sandbox').pathname;
    return LOGIN_BEHAVIORS.has(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The request's body as CloudFront includes it for the function (base64, maybe truncated). */
async function readIncludedBody(req: http.IncomingMessage): Promise<CloudFrontRequestBody> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (length < MAX_INCLUDED_BODY) chunks.push(buffer);
    length += buffer.length;
  }
  const body = includedBody(Buffer.concat(chunks).subarray(0, MAX_INCLUDED_BODY));
  return length > MAX_INCLUDED_BODY ? { ...body, inputTruncated: true } : body;
}

/**
 * Does CloudFront route this request target to the `/_share/*` behavior? It matches path
 * patterns on the normalized path (dot segments resolved, as the WHATWG URL parser does here).
 */
export function onShareBehavior(target: string | undefined): boolean {
  try {
    return new URL(target ?? '/', 'http://sandbox').pathname.startsWith(SHARE_PREFIX);
  } catch {
    return false;
  }
}

/** The path of a request target, without its query string. */
function pathOf(target: string | undefined): string {
  const t = target ?? '/';
  const q = t.indexOf('?');
  return q < 0 ? t : t.slice(0, q);
}

/**
 * The S3 key a forwarded URI names, read as S3's REST endpoint reads a path: a raw `+` is a
 * space, then every `%XX` is decoded (`%2B` is a `+`). Public reports, not AWS documentation,
 * say S3 does this, behind CloudFront too (src/edge/core/encoding.ts cites them): the sandbox
 * reads paths the same way, so an edge that forwarded a raw `+` would fetch the wrong object
 * here as it would on AWS. Undefined when the path does not decode.
 */
export function objectKey(uri: string): string | undefined {
  if (!uri.startsWith('/')) return undefined;
  try {
    return uri
      .slice(1)
      .split('/')
      .map((segment) => decodeURIComponent(segment.replace(/\+/g, ' ')))
      .join('/');
  } catch {
    return undefined;
  }
}

/**
 * Seconds CloudFront keeps an object with this Cache-Control under a cache policy, or
 * undefined when it does not cache it. As the CloudFront Developer Guide, "Manage how long
 * content stays in the cache (expiration)"
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html), says:
 * `s-maxage`/`max-age` ⇒ that, between MinTTL and MaxTTL; no directive ⇒ DefaultTTL. With
 * `no-cache`, `no-store` or `private` AWS's pages disagree (cloudformation/site.yaml,
 * "Caching"): the API reference caches for MinTTL, the guide's warning has CloudFront ask the
 * origin again on every request. The sandbox takes the stricter reading, never cached, so an
 * object stored `private` shows as a Miss every time, as it might on AWS.
 */
export function ttlOf(
  cacheControl: string | undefined,
  policy: CachePolicy = SITE_CACHE_POLICY,
): number | undefined {
  const directives = new Map<string, string>();
  for (const part of (cacheControl ?? '').split(',')) {
    const [name = '', value = ''] = part.trim().split('=');
    if (name !== '') directives.set(name.toLowerCase(), value.trim());
  }
  const clamp = (seconds: number): number =>
    Math.min(policy.maxTtl, Math.max(policy.minTtl, seconds));
  if (directives.has('no-store') || directives.has('private') || directives.has('no-cache')) {
    return undefined;
  }
  const raw = directives.get('s-maxage') ?? directives.get('max-age');
  const seconds = raw === undefined ? policy.defaultTtl : Number.parseInt(raw, 10);
  if (!Number.isFinite(seconds)) return clamp(policy.defaultTtl);
  return clamp(seconds);
}

/** An object with `headers` (as the viewer gets them), or a 304 when the viewer has it already. */
function sendObject(
  res: http.ServerResponse,
  req: http.IncomingMessage,
  entry: CacheEntry,
  headers: Record<string, string | string[]>,
): void {
  const etag = entry.headers.ETag;
  const inm = req.headers['if-none-match'];
  if (etag !== undefined && inm !== undefined && etagMatches(inm, etag)) {
    // RFC 9110 §15.4.5: the validators and caching headers, no representation metadata.
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!/^content-(type|length|encoding)$/i.test(name)) kept[name] = value;
    }
    send(res, 304, kept, undefined, req);
    return;
  }
  // A Range applies to GET alone, and only while If-Range (when sent) names this object.
  const ifRange = req.headers['if-range'];
  const applies = req.method === 'GET' && (ifRange === undefined || ifRange === etag);
  const range = applies ? byteRange(req.headers.range, entry.body.length) : undefined;
  if (range?.kind === 'unsatisfiable') {
    const refused = { ...textHeaders(), 'Content-Range': `bytes */${entry.body.length}` };
    send(res, 416, refused, '416 Range Not Satisfiable\n', req);
    return;
  }
  if (range?.kind === 'partial') {
    const contentRange = `bytes ${range.start}-${range.end}/${entry.body.length}`;
    const part = entry.body.subarray(range.start, range.end + 1);
    send(res, 206, { ...headers, 'Content-Range': contentRange }, part, req);
    return;
  }
  send(res, 200, headers, entry.body, req);
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const weak = (t: string): string => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || weak(t) === weak(etag));
}

function sendGenerated(
  res: http.ServerResponse,
  result: CloudFrontResultResponse,
  req: http.IncomingMessage,
  extra: Record<string, string> = { 'X-Cache': 'LambdaGeneratedResponse' },
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
  send(res, Number(result.status), { ...headers, ...extra }, body, req);
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
  'Cache-Control': 'private, no-store',
});

/** Headers as name ⇒ value(s), from CloudFront's `{ key, value }` lists. */
function flatHeaders(headers: CloudFrontHeaders): Record<string, string | string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers)) {
    for (const h of values) (out[h.key ?? name] ??= []).push(h.value);
  }
  return out;
}

/** The inverse of `flatHeaders`. */
function headersOf(flat: Record<string, string | string[]>): CloudFrontHeaders {
  const out: CloudFrontHeaders = {};
  for (const [name, value] of Object.entries(flat)) {
    out[name.toLowerCase()] = (Array.isArray(value) ? value : [value]).map((v) => ({
      key: name,
      value: v,
    }));
  }
  return out;
}

/**
 * The headers as a response headers policy leaves them: a header with `override` replaces the
 * response's own (any case of its name), one without is added only where the response has none.
 */
function applyPolicy(
  headers: Record<string, string | string[]>,
  policy: readonly ResponseHeader[],
): Record<string, string | string[]> {
  const out = { ...headers };
  for (const header of policy) {
    const own = Object.keys(out).filter((n) => n.toLowerCase() === header.name.toLowerCase());
    if (own.length > 0 && !header.override) continue;
    for (const name of own) delete out[name];
    out[header.name] = header.value;
  }
  return out;
}

function isAddressInfo(value: string | AddressInfo | null): value is AddressInfo {
  return typeof value === 'object' && value !== null;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
