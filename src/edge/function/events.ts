/**
 * The event and result shapes of a CloudFront Functions viewer-request (and viewer-response) function (runtime
 * `cloudfront-js-2.0`), as the CloudFront Developer Guide describes them ("CloudFront
 * Functions event structure":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-event-structure.html):
 * `{ version: '1.0', context, viewer: { ip }, request: { method, uri, querystring, headers,
 * cookies } }`; header, query and cookie values are `{ value, multiValue? }` objects keyed by
 * the lower-case name (a repeated header carries every value in `multiValue`). The function
 * returns the request (to go on to the cache and the origin) or a response
 * `{ statusCode, statusDescription, headers, body: { encoding: 'text', data } }`.
 *
 * `functionViewerRequestEvent` and `functionViewerResponseEvent` build such events from the
 * same options as the Lambda@Edge test events (events.ts), so one conformance suite drives both
 * runtimes.
 */
import type { ViewerRequestOptions, ViewerResponseOptions } from '../events.js';

export interface FunctionValue {
  value: string;
  multiValue?: { value: string }[];
  /** A response cookie's attributes (`Path=/; Secure; …`), the `Set-Cookie` after the value. */
  attributes?: string;
}

export type FunctionValues = Record<string, FunctionValue>;

export interface FunctionRequest {
  method: string;
  uri: string;
  querystring: FunctionValues;
  headers: FunctionValues;
  cookies: FunctionValues;
}

export interface FunctionEvent {
  version: string;
  context: {
    distributionDomainName: string;
    distributionId: string;
    eventType: string;
    requestId: string;
  };
  viewer: { ip: string };
  request: FunctionRequest;
  /** With `eventType: 'viewer-response'`: the response from the cache or the origin. */
  response?: FunctionViewerResponse;
}

/**
 * The response a viewer-response function gets (same guide, "Response object": status code and
 * description, headers and cookies; no body) and returns, changed.
 */
export interface FunctionViewerResponse {
  statusCode: number;
  statusDescription?: string;
  headers: FunctionValues;
  cookies?: FunctionValues;
}

export interface FunctionResponse {
  statusCode: number;
  statusDescription?: string;
  headers?: FunctionValues;
  /** `Set-Cookie` headers, one field per cookie ("CloudFront Functions event structure"). */
  cookies?: FunctionValues;
  body?: { encoding: 'text' | 'base64'; data: string };
}

export type FunctionResult = FunctionRequest | FunctionResponse;

/** True when the function answered itself (a generated response, not the request). */
export function isFunctionResponse(result: FunctionResult): result is FunctionResponse {
  return 'statusCode' in result;
}

/** True for a request (with its `uri` and `headers`) or a response (with a numeric status). */
export function isFunctionResult(value: unknown): value is FunctionResult {
  if (typeof value !== 'object' || value === null) return false;
  if ('statusCode' in value) return typeof value.statusCode === 'number';
  return 'uri' in value && typeof value.uri === 'string' && 'headers' in value;
}

/** `a=1&b=2&a=3` as CloudFront Functions presents it (names and values as sent). */
function querystringObject(querystring: string): FunctionValues {
  const out: FunctionValues = {};
  if (querystring === '') return out;
  for (const pair of querystring.split('&')) {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    add(out, name, value);
  }
  return out;
}

function add(values: FunctionValues, name: string, value: string): void {
  const existing = values[name];
  if (existing === undefined) {
    values[name] = { value };
    return;
  }
  existing.multiValue = [...(existing.multiValue ?? [{ value: existing.value }]), { value }];
}

/** A viewer-request event as CloudFront Functions passes it (see the guide above). */
export function functionViewerRequestEvent(options: ViewerRequestOptions = {}): FunctionEvent {
  const host = options.host ?? 'd111111abcdef8.cloudfront.net';
  const headers: FunctionValues = {
    host: { value: host },
    'user-agent': { value: 'curl/8.5.0' },
    accept: { value: '*/*' },
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    headers[name.toLowerCase()] = { value };
  }
  if (options.authorization !== undefined) {
    const values =
      typeof options.authorization === 'string' ? [options.authorization] : options.authorization;
    for (const value of values) add(headers, 'authorization', value);
  }
  return {
    version: '1.0',
    context: {
      distributionDomainName: host,
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType: 'viewer-request',
      requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==',
    },
    viewer: { ip: options.clientIp ?? '203.0.113.178' },
    request: {
      method: options.method ?? 'GET',
      uri: options.uri ?? '/',
      querystring: querystringObject(options.querystring ?? ''),
      headers,
      cookies: {},
    },
  };
}

/**
 * A viewer-response event as CloudFront Functions passes it: the request as forwarded, and the
 * response from the cache or the origin (`{ statusCode, statusDescription, headers }`).
 */
export function functionViewerResponseEvent(options: ViewerResponseOptions = {}): FunctionEvent {
  const event = functionViewerRequestEvent({ uri: options.uri ?? '/index.html' });
  const headers: FunctionValues = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    headers[name.toLowerCase()] = { value };
  }
  const statusCode = options.status ?? 200;
  return {
    ...event,
    context: { ...event.context, eventType: 'viewer-response' },
    response: {
      statusCode,
      statusDescription: statusCode === 200 ? 'OK' : statusCode === 304 ? 'Not Modified' : '',
      headers,
    },
  };
}
