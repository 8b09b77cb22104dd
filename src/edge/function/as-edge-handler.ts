/**
 * The CloudFront Functions runtime behind the Lambda@Edge handler's interface, for the
 * sandbox's edge (src/sandbox/edge-server.ts), which speaks Lambda@Edge events: it does for
 * the function what CloudFront does.
 *
 * - `viewer-request`: the Lambda@Edge event becomes the CloudFront Functions event (events.ts:
 *   `{ value, multiValue }` headers and query, the `Cookie` header as `cookies`, `viewer.ip`),
 *   the function runs, and its answer goes back in the Lambda@Edge shape — the request with
 *   the function's URI, headers and query, or its generated response;
 * - `viewer-response`: the Lambda@Edge response (status, headers) goes to the viewer-response
 *   function (response.ts, a function of its own as in site.yaml) as its `event.response` (`{ statusCode, statusDescription, headers }`, headers as
 *   `{ value, multiValue }`), next to the request, and the function's answer goes back as a
 *   Lambda@Edge response;
 * - `origin-response`: CloudFront Functions have no such trigger (viewer request and viewer
 *   response only: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-functions.html),
 *   so S3's answer goes on as it is: no folder redirect, and a missing key is S3's 403/404
 *   (the distribution's custom error responses, when configured, then apply).
 */
import type { EdgeHandler } from '../config.js';
import type {
  CloudFrontHeaders,
  CloudFrontRequest,
  CloudFrontResponse,
  CloudFrontResult,
} from '../events.js';
import { LOGIN_PATH, LOGOUT_PATH } from '../core/session.js';
import type { FunctionHandler } from './emulator.js';
import { isFunctionResponse, type FunctionEvent, type FunctionValues } from './events.js';

function add(values: FunctionValues, name: string, value: string): void {
  const existing = values[name];
  if (existing === undefined) values[name] = { value };
  else existing.multiValue = [...(existing.multiValue ?? [{ value: existing.value }]), { value }];
}

function each(values: FunctionValues, visit: (name: string, value: string) => void): void {
  for (const [name, v] of Object.entries(values)) {
    for (const item of v.multiValue ?? [{ value: v.value }]) visit(name, item.value);
  }
}

/** The CloudFront Functions event of a Lambda@Edge viewer request. */
export function functionEventOf(
  request: CloudFrontRequest,
  distribution: string,
  eventType = 'viewer-request',
): FunctionEvent {
  const headers: FunctionValues = {};
  const cookies: FunctionValues = {};
  for (const [name, list] of Object.entries(request.headers)) {
    for (const header of list) {
      if (name !== 'cookie') {
        add(headers, name, header.value);
        continue;
      }
      for (const pair of header.value.split(';')) {
        const equals = pair.indexOf('=');
        if (equals > 0) add(cookies, pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
      }
    }
  }
  const querystring: FunctionValues = {};
  for (const pair of request.querystring === '' ? [] : request.querystring.split('&')) {
    const equals = pair.indexOf('=');
    add(
      querystring,
      equals < 0 ? pair : pair.slice(0, equals),
      equals < 0 ? '' : pair.slice(equals + 1),
    );
  }
  return {
    version: '1.0',
    context: {
      distributionDomainName: distribution,
      distributionId: 'ESANDBOX',
      eventType,
      requestId: 'sandbox',
    },
    viewer: { ip: request.clientIp },
    request: { method: request.method, uri: request.uri, querystring, headers, cookies },
  };
}

/**
 * The functions as one `EdgeHandler` (see above): `handler` on viewer-request, `response`
 * on viewer-response, as site.yaml associates ViewerFunction and ResponseFunction; with
 * `login: form`, `login` on the viewer request of `/_login` and `/_logout` (their cache
 * behaviors: LoginFunction), its cookies as `Set-Cookie` headers.
 */
export function functionAsEdgeHandler(
  viewer: FunctionHandler,
  response: FunctionHandler,
  login?: FunctionHandler,
): EdgeHandler {
  return async (event): Promise<CloudFrontResult> => {
    const cf = event.Records[0]?.cf;
    if (cf === undefined) throw new Error('function adapter: an event without a record');
    if (cf.config.eventType === 'origin-response' && 'response' in cf) {
      const response: CloudFrontResponse = cf.response;
      return {
        status: response.status,
        statusDescription: response.statusDescription,
        headers: response.headers,
      };
    }
    if (cf.config.eventType === 'viewer-response' && 'response' in cf) {
      return viewerResponse(response, cf.request, cf.response, cf.config.distributionDomainName);
    }
    const request = cf.request;
    const handler =
      login !== undefined && (request.uri === LOGIN_PATH || request.uri === LOGOUT_PATH)
        ? login
        : viewer;
    const result = await handler(functionEventOf(request, cf.config.distributionDomainName));
    const headers: CloudFrontHeaders = {};
    if (isFunctionResponse(result)) {
      each(result.headers ?? {}, (name, value) => (headers[name] ??= []).push({ value }));
      for (const [name, cookie] of Object.entries(result.cookies ?? {})) {
        const attributes = cookie.attributes === undefined ? '' : `; ${cookie.attributes}`;
        (headers['set-cookie'] ??= []).push({ value: `${name}=${cookie.value}${attributes}` });
      }
      return {
        status: String(result.statusCode),
        statusDescription: result.statusDescription ?? '',
        headers,
        body: result.body?.data ?? '',
        bodyEncoding: result.body?.encoding === 'base64' ? 'base64' : 'text',
      };
    }
    each(result.headers, (name, value) => (headers[name] ??= []).push({ value }));
    const cookies: string[] = [];
    each(result.cookies, (name, value) => cookies.push(`${name}=${value}`));
    if (cookies.length > 0) headers.cookie = [{ value: cookies.join('; ') }];
    const query: string[] = [];
    each(result.querystring, (name, value) => query.push(value === '' ? name : `${name}=${value}`));
    return {
      clientIp: request.clientIp,
      method: result.method,
      uri: result.uri,
      querystring: query.join('&'),
      headers,
    };
  };
}

/** A viewer-response event through the function (see above). */
async function viewerResponse(
  handler: FunctionHandler,
  request: CloudFrontRequest,
  response: CloudFrontResponse,
  distribution: string,
): Promise<CloudFrontResult> {
  const values: FunctionValues = {};
  for (const [name, list] of Object.entries(response.headers)) {
    for (const header of list) add(values, name, header.value);
  }
  const result = await handler({
    ...functionEventOf(request, distribution, 'viewer-response'),
    response: {
      statusCode: Number(response.status),
      statusDescription: response.statusDescription,
      headers: values,
    },
  });
  if (!isFunctionResponse(result))
    throw new Error('function adapter: viewer-response returned a request');
  const headers: CloudFrontHeaders = {};
  each(result.headers ?? {}, (name, value) => (headers[name] ??= []).push({ value }));
  return {
    status: String(result.statusCode),
    statusDescription: result.statusDescription ?? '',
    headers,
  };
}
