/**
 * The edge function as its second trigger, origin-response (issue 9 #7, #8): the bundled
 * handler, rendered and loaded as deployed, gets origin-response events shaped as in the
 * Lambda@Edge documentation. A 403/404 from S3 for an extensionless URI without a trailing
 * slash becomes a 302 to the folder; any other 403/404 a plain 404; everything else passes.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
} from '../src/edge/config.js';
import { folderRedirect, originResponseDecision } from '../src/edge/core/index.js';
import { originResponseEvent, viewerRequestEvent } from '../src/edge/events.js';

let handler: EdgeHandler;

beforeAll(() => {
  const config = buildEdgeConfig({
    scope: 'origin-response-test',
    realm: 'R',
    users: [{ user: 'alice', password: 'secret-password' }],
  });
  handler = loadHandlerFromSource(renderEdgeCode(config));
});

const privateNoCache = [{ key: 'Cache-Control', value: 'private, no-cache' }];
const plainText = [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }];

describe('origin-response: folders without a trailing slash', () => {
  it.each([
    [403, '/dir', '', '/dir/'],
    [404, '/dir', '', '/dir/'],
    [404, '/data/2026-Q3', '', '/data/2026-Q3/'],
    [403, '/docs/guide', 'lang=en&x=1', '/docs/guide/?lang=en&x=1'],
    [403, '/.well-known', '', '/.well-known/'],
    [403, '/file.', '', '/file./'],
    [404, '/caf%C3%A9', '', '/caf%C3%A9/'],
  ])('S3 %i for %s?%s redirects (302) to %s', async (status, uri, querystring, location) => {
    const event = originResponseEvent({ status, uri, querystring });
    const via = event.Records[0]?.cf.response.headers.via;
    const te = event.Records[0]?.cf.response.headers['transfer-encoding'];
    expect(await handler(event)).toEqual({
      status: '302',
      statusDescription: 'Found',
      headers: {
        via,
        'transfer-encoding': te,
        location: [{ key: 'Location', value: location }],
        'cache-control': privateNoCache,
        'content-type': plainText,
      },
      body: '302 Found\n',
    });
  });

  it('never redirects to another host, and drops a query string that is not plain ASCII', () => {
    // The forwarded URI is canonical already; a crafted one must still give a local path.
    for (const uri of ['//evil.example', '/\\evil.example', '/%2F%2Fevil.example', '/%5Cevil']) {
      const location = folderRedirect(uri, '');
      if (location !== undefined) expect(location).toMatch(/^\/[^/\\]/);
    }
    expect(folderRedirect('//evil', '')).toBe('/evil/');
    expect(folderRedirect('/\\evil', '')).toBeUndefined();
    expect(folderRedirect('/dir', 'a=1\r\nSet-Cookie: x')).toBe('/dir/');
    expect(folderRedirect('/dir', 'a=%E2%9C%93#frag')).toBe('/dir/');
    expect(folderRedirect('/dir', 'a=%E2%9C%93')).toBe('/dir/?a=%E2%9C%93');
  });
});

describe('origin-response: other missing keys', () => {
  it.each([
    [404, '/missing.txt'],
    [403, '/missing.txt'],
    [404, '/dir/index.html'],
    [404, '/index.html'],
    [403, '/.secure-dist/manifest.json'],
    [404, '/v1.2'],
  ])('S3 %i for %s becomes a plain-text 404, never S3 XML', async (status, uri) => {
    const event = originResponseEvent({ status, uri });
    const result = await handler(event);
    expect(result).toMatchObject({
      status: '404',
      statusDescription: 'Not Found',
      body: '404 Not Found\n',
    });
    const headers = 'headers' in result ? result.headers : {};
    expect(headers?.['content-type']).toEqual(plainText);
    expect(headers?.['cache-control']).toEqual(privateNoCache);
    expect(headers?.['x-amz-request-id']).toBeUndefined();
    // The read-only headers stay as CloudFront passed them (changing them is a 502).
    expect(headers?.via).toEqual(event.Records[0]?.cf.response.headers.via);
    expect(headers?.['transfer-encoding']).toEqual(
      event.Records[0]?.cf.response.headers['transfer-encoding'],
    );
  });

  it('answers a malformed origin-response event with a plain 404, never throwing', async () => {
    const broken: unknown[] = [
      { Records: [{ cf: { config: { eventType: 'origin-response' } } }] },
      { Records: [{ cf: { config: { eventType: 'origin-response' }, response: null } }] },
      {
        Records: [
          {
            cf: {
              config: { eventType: 'origin-response' },
              request: { uri: 42 },
              response: { status: '404', headers: {} },
            },
          },
        ],
      },
    ];
    for (const event of broken) {
      const result: unknown = await Reflect.apply(handler, undefined, [event]);
      expect(result).toMatchObject({ status: '404', body: '404 Not Found\n' });
    }
  });
});

describe('origin-response: ordinary responses pass through untouched', () => {
  it.each([200, 206, 304, 500, 503])('S3 %i for an extensionless key', async (status) => {
    const event = originResponseEvent({
      status,
      uri: '/files/LICENSE',
      headers: {
        'Content-Type': 'text/plain',
        'Cache-Control': 'private, max-age=300',
        ETag: '"0123456789abcdef0123456789abcdef"',
      },
    });
    const before = structuredClone(event.Records[0]?.cf.response);
    const result = await handler(event);
    expect(result).toBe(event.Records[0]?.cf.response);
    expect(result).toEqual(before);
  });
});

describe('dispatch on the event type', () => {
  it('a viewer-request event still needs credentials, whatever its shape', async () => {
    const event = viewerRequestEvent({ uri: '/dir' });
    expect(await handler(event)).toMatchObject({ status: '401' });
  });

  it('an origin-response event never needs credentials (CloudFront authenticated the viewer request)', async () => {
    expect(await handler(originResponseEvent({ status: 404, uri: '/dir' }))).toMatchObject({
      status: '302',
    });
  });

  it('the decision is pure: 403/404 only', () => {
    expect(originResponseDecision('200', '/dir', '')).toEqual({ kind: 'pass' });
    expect(originResponseDecision('404', '/dir', '')).toEqual({
      kind: 'redirect',
      location: '/dir/',
    });
    expect(originResponseDecision('404', '/dir/', '')).toEqual({ kind: 'not-found' });
    expect(originResponseDecision(404, '/dir', '')).toEqual({ kind: 'pass' });
  });
});
