/**
 * The viewer-request handler as it is deployed: every test builds a configuration with
 * buildEdgeConfig, renders the bundled code with renderEdgeCode and loads it with
 * loadHandlerFromSource, then sends events shaped as in the Lambda@Edge documentation.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as nodeCrypto from 'node:crypto';
import { EDGE_HANDLER_TEMPLATE } from '../src/edge/bundled.js';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
  type LoadHandlerOptions,
} from '../src/edge/config.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  type CloudFrontRequestResult,
  type ViewerRequestOptions,
} from '../src/edge/events.js';

const REALM = 'Test Realm';
/** When the rotated-out password of `rot` stops working (epoch seconds). */
const ROT_EXPIRES = 1_800_000_000;
const BEFORE_EXPIRY = ROT_EXPIRES * 1000 - 1;
const AT_EXPIRY = ROT_EXPIRES * 1000;

let code: string;

beforeAll(() => {
  const config = buildEdgeConfig({
    scope: 'secure-dist-test',
    realm: REALM,
    users: [
      { user: 'Aladdin', password: 'open sesame' },
      { user: 'test', password: '123£' },
      { user: 'colon', password: 'pa:ss:word:' },
      { user: 'Zoë', password: 'café ñandú' },
      { user: 'rot', password: 'old-password', expires: ROT_EXPIRES },
      { user: 'rot', password: 'new-password' },
      { user: 'multi', password: 'first' },
      { user: 'multi', password: 'second' },
    ],
  });
  code = renderEdgeCode(config);
});

/** `Basic <base64(UTF-8 user:password)>`, as RFC 7617 §2 builds it. */
function basic(user: string, password: string, scheme = 'Basic'): string {
  return `${scheme} ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

function load(options: LoadHandlerOptions = {}): EdgeHandler {
  return loadHandlerFromSource(code, { now: () => BEFORE_EXPIRY - 60_000, ...options });
}

async function send(
  handler: EdgeHandler,
  options: ViewerRequestOptions,
): Promise<CloudFrontRequestResult> {
  return handler(viewerRequestEvent(options));
}

function expectUnauthorized(result: CloudFrontRequestResult): void {
  expect(result).toEqual({
    status: '401',
    statusDescription: 'Unauthorized',
    headers: {
      'www-authenticate': [
        { key: 'WWW-Authenticate', value: 'Basic realm="Test Realm", charset="UTF-8"' },
      ],
      'cache-control': [{ key: 'Cache-Control', value: 'private, no-store' }],
      'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
    },
    body: '401 Unauthorized\n',
  });
}

function forwardedUri(result: CloudFrontRequestResult): string {
  if (isGeneratedResponse(result)) throw new Error(`expected the request, got ${result.status}`);
  return result.uri;
}

/** A copy of node:crypto that counts KDF runs and records the lengths compared. */
function instrumentedCrypto(): {
  crypto: typeof nodeCrypto;
  kdfRuns: () => number;
  comparisons: () => [number, number][];
  reset: () => void;
} {
  let kdf = 0;
  let compared: [number, number][] = [];
  const crypto: typeof nodeCrypto = {
    ...nodeCrypto,
    scryptSync: (...args: Parameters<typeof nodeCrypto.scryptSync>) => {
      kdf += 1;
      return nodeCrypto.scryptSync(...args);
    },
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return nodeCrypto.timingSafeEqual(a, b);
    },
  };
  return {
    crypto,
    kdfRuns: () => kdf,
    comparisons: () => compared,
    reset: () => {
      kdf = 0;
      compared = [];
    },
  };
}

describe('RFC 7617 credentials', () => {
  let handler: EdgeHandler;
  beforeAll(() => {
    handler = load();
  });

  it.each([
    ['the RFC example Aladdin:open sesame', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['the RFC UTF-8 example test:123£', 'Basic dGVzdDoxMjPCow=='],
    ['a lower-case scheme', basic('Aladdin', 'open sesame', 'basic')],
    ['an upper-case scheme', basic('Aladdin', 'open sesame', 'BASIC')],
    ['a mixed-case scheme', basic('Aladdin', 'open sesame', 'bAsIc')],
    ['several spaces and a tab after the scheme', 'Basic  \tQWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['surrounding whitespace', ' Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== '],
    ['a password with colons', basic('colon', 'pa:ss:word:')],
    ['a UTF-8 user and password (NFC)', basic('Zoë', 'café ñandú')],
    [
      'a UTF-8 user and password sent decomposed (NFD)',
      basic('Zoë'.normalize('NFD'), 'café ñandú'.normalize('NFD')),
    ],
    ['the first password of a user with two', basic('multi', 'first')],
    ['the second password of a user with two', basic('multi', 'second')],
    ['the new password of a rotated user', basic('rot', 'new-password')],
    ['the old password of a rotated user before it expires', basic('rot', 'old-password')],
  ])('accepts %s', async (_name, authorization) => {
    const result = await send(handler, { uri: '/page.html', authorization });
    expect(forwardedUri(result)).toBe('/page.html');
  });

  const malformed: [string, ViewerRequestOptions['authorization']][] = [
    ['no Authorization header', undefined],
    ['an empty header', ''],
    ['the scheme alone', 'Basic'],
    ['the scheme and a space', 'Basic '],
    ['another scheme', 'Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['no space after the scheme', 'BasicQWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['characters outside base64', 'Basic QWxhZGRpbjpvcGVu*HNlc2FtZQ=='],
    ['base64url instead of base64', 'Basic _-_-'],
    ['missing padding', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ'],
    ['non-canonical trailing bits', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZR=='],
    ['text after the token', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== x'],
    ['no colon', `Basic ${Buffer.from('Aladdinopen sesame').toString('base64')}`],
    ['an empty user', basic('', 'open sesame')],
    ['an empty password', basic('Aladdin', '')],
    ['an empty user and password', basic('', '')],
    ['invalid UTF-8', `Basic ${Buffer.from([0x41, 0xff, 0x3a, 0x61]).toString('base64')}`],
    ['an oversized header', `Basic ${'QUFB'.repeat(300)}`],
    ['a wrong password', basic('Aladdin', 'open sesame!')],
    ['a password in the wrong case', basic('Aladdin', 'Open Sesame')],
    ['a user in the wrong case', basic('aladdin', 'open sesame')],
    ['an unknown user', basic('Mallory', 'open sesame')],
    ["another user's password", basic('test', 'open sesame')],
    ['a password with colons, one missing', basic('colon', 'pa:ss:word')],
    [
      'a duplicated header (two valid values)',
      [basic('Aladdin', 'open sesame'), basic('Aladdin', 'open sesame')],
    ],
    ['an empty header list', []],
  ];
  it.each(malformed)('answers 401 to %s', async (_name, authorization) => {
    const options: ViewerRequestOptions = { uri: '/page.html' };
    if (authorization !== undefined) options.authorization = authorization;
    expectUnauthorized(await send(handler, options));
  });

  it('answers 401 to events that are not viewer requests, without throwing', async () => {
    const events: unknown[] = [
      undefined,
      null,
      {},
      { Records: [] },
      { Records: [{ cf: {} }] },
      { Records: [{ cf: { request: { uri: '/' } } }] },
      { Records: [{ cf: { request: { uri: '/', headers: { authorization: 'x' } } } }] },
      {
        Records: [{ cf: { request: { uri: '/', headers: { authorization: [{ value: 42 }] } } } }],
      },
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    ];
    for (const event of events) {
      const result: unknown = await Reflect.apply(handler, undefined, [event]);
      expect(result).toMatchObject({ status: '401' });
    }
  });

  it('removes the Authorization header and keeps everything else on success', async () => {
    const event = viewerRequestEvent({
      uri: '/docs/',
      querystring: 'a=1&b=2',
      method: 'HEAD',
      authorization: basic('Aladdin', 'open sesame'),
      headers: { 'X-Custom': 'kept' },
    });
    const result = await handler(event);
    expect(result).toEqual({
      clientIp: '203.0.113.178',
      method: 'HEAD',
      querystring: 'a=1&b=2',
      uri: '/docs/index.html',
      headers: {
        host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
        'user-agent': [{ key: 'User-Agent', value: 'curl/8.5.0' }],
        accept: [{ key: 'accept', value: '*/*' }],
        'x-custom': [{ key: 'X-Custom', value: 'kept' }],
      },
    });
    expect(JSON.stringify(result)).not.toContain('QWxhZGRpbjpvcGVuIHNlc2FtZQ');
  });

  it('puts no password in the code, only salts and hashes', () => {
    for (const secret of ['open sesame', 'old-password', 'new-password', 'pa:ss:word:']) {
      expect(code).not.toContain(secret);
    }
    expect(code).not.toContain('QWxhZGRpbjpvcGVuIHNlc2FtZQ');
  });
});

describe('rotation: expiring entries', () => {
  it('accepts an old password until it expires, then only the new one', async () => {
    let now = BEFORE_EXPIRY;
    const handler = loadHandlerFromSource(code, { now: () => now });
    const old = basic('rot', 'old-password');
    expect(forwardedUri(await send(handler, { uri: '/a.txt', authorization: old }))).toBe('/a.txt');
    now = AT_EXPIRY;
    expectUnauthorized(await send(handler, { uri: '/a.txt', authorization: old }));
    const fresh = basic('rot', 'new-password');
    expect(forwardedUri(await send(handler, { uri: '/a.txt', authorization: fresh }))).toBe(
      '/a.txt',
    );
  });

  it('rejects an expired password on a cold container too', async () => {
    const handler = loadHandlerFromSource(code, { now: () => AT_EXPIRY + 1 });
    expectUnauthorized(await send(handler, { authorization: basic('rot', 'old-password') }));
  });

  it('checks the expiry of cached verifications, and re-verifies them', async () => {
    let now = BEFORE_EXPIRY - 10_000;
    const probe = instrumentedCrypto();
    const handler = loadHandlerFromSource(code, { now: () => now, crypto: probe.crypto });
    const old = basic('rot', 'old-password');
    await send(handler, { authorization: old });
    await send(handler, { authorization: old });
    expect(probe.kdfRuns()).toBe(1); // the second request came from the cache
    now = AT_EXPIRY;
    expectUnauthorized(await send(handler, { authorization: old }));
    expect(probe.kdfRuns()).toBe(2); // the stale cache entry was dropped and re-verified
  });
});

describe('verification cost and constant-time comparison', () => {
  it('runs one KDF and compares 32-byte digests for an unknown user, as for a known one', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });

    expectUnauthorized(await send(handler, { authorization: basic('Mallory', 'guess') }));
    const unknownUser = { kdf: probe.kdfRuns(), compared: probe.comparisons() };
    probe.reset();
    expectUnauthorized(await send(handler, { authorization: basic('Aladdin', 'guess') }));
    const wrongPassword = { kdf: probe.kdfRuns(), compared: probe.comparisons() };

    expect(unknownUser).toEqual({ kdf: 1, compared: [[32, 32]] });
    expect(wrongPassword).toEqual({ kdf: 1, compared: [[32, 32]] });
  });

  it('compares against every entry of a user, even after a match (no early exit)', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });
    for (const password of ['first', 'second', 'neither']) {
      probe.reset();
      await send(handler, { authorization: basic('multi', password) });
      expect({ password, kdf: probe.kdfRuns(), compared: probe.comparisons() }).toEqual({
        password,
        kdf: 1,
        compared: [
          [32, 32],
          [32, 32],
        ],
      });
    }
  });

  it('refuses control characters in the user or password before the KDF (no scrypt run)', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });
    for (const [user, password] of [
      ['Aladdin', 'open sesame\u0000'],
      ['Aladdin', '\u001fopen sesame'],
      ['Aladdin', 'open sesame\u007f'],
      ['Alad\ndin', 'open sesame'],
    ] as const) {
      expectUnauthorized(
        await send(handler, { uri: '/a.txt', authorization: basic(user, password) }),
      );
    }
    expect(probe.kdfRuns()).toBe(0);
    // The same password without the control character still runs the KDF and verifies.
    expect(
      forwardedUri(
        await send(handler, { uri: '/a.txt', authorization: basic('Aladdin', 'open sesame') }),
      ),
    ).toBe('/a.txt');
    expect(probe.kdfRuns()).toBe(1);
  });

  it('does not verify malformed headers at all', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });
    await send(handler, { authorization: 'Basic !!' });
    await send(handler, { authorization: `Basic ${Buffer.from('no colon').toString('base64')}` });
    expect(probe.kdfRuns()).toBe(0);
  });

  it('uses crypto.timingSafeEqual in the bundled code', () => {
    expect(EDGE_HANDLER_TEMPLATE).toContain('timingSafeEqual');
    expect(EDGE_HANDLER_TEMPLATE).toContain('scryptSync');
  });
});

describe('the per-container cache', () => {
  it('answers a repeated valid credential without a KDF, and never caches failures', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });
    const valid = basic('test', '123£');
    for (let i = 0; i < 5; i++) await send(handler, { uri: '/x.js', authorization: valid });
    expect(probe.kdfRuns()).toBe(1);
    const wrong = basic('test', '124£');
    for (let i = 0; i < 3; i++) expectUnauthorized(await send(handler, { authorization: wrong }));
    expect(probe.kdfRuns()).toBe(4);
  });

  it('keeps at most 100 credentials and evicts the oldest first', async () => {
    const probe = instrumentedCrypto();
    const handler = load({ crypto: probe.crypto });
    const token = Buffer.from('Aladdin:open sesame').toString('base64');
    // 101 different raw header values for the same valid credential.
    const header = (i: number): string => `Basic${' '.repeat(i + 1)}${token}`;
    for (let i = 0; i < 101; i++) await send(handler, { authorization: header(i) });
    expect(probe.kdfRuns()).toBe(101);
    await send(handler, { authorization: header(100) });
    expect(probe.kdfRuns()).toBe(101); // still cached
    await send(handler, { authorization: header(0) });
    expect(probe.kdfRuns()).toBe(102); // evicted when the 101st arrived
  });
});

describe('URI mapping', () => {
  let handler: EdgeHandler;
  beforeAll(() => {
    handler = load();
  });
  const authorization = basic('Aladdin', 'open sesame');

  it.each([
    ['/', '/index.html'],
    ['/docs/', '/docs/index.html'],
    ['/docs/guide/', '/docs/guide/index.html'],
    ['/index.html', '/index.html'],
    ['/assets/app.3f2a.js', '/assets/app.3f2a.js'],
    ['/v1.2/', '/v1.2/index.html'],
    ['/a//b.css', '/a/b.css'],
    ['//docs//', '/docs/index.html'],
    ['/caf%C3%A9/men%C3%BC.html', '/caf%C3%A9/men%C3%BC.html'],
    ['/a+b/c%20d.txt', '/a%2Bb/c%20d.txt'],
    ['/.../x.txt', '/.../x.txt'],
    ['/%3F.html', '/%3F.html'],
    // Issue 9 #7: every key is served as itself, extension or not.
    ['/docs', '/docs'],
    ['/files/LICENSE', '/files/LICENSE'],
    ['/bin/tool-linux-amd64', '/bin/tool-linux-amd64'],
    ['/data/2026-Q3', '/data/2026-Q3'],
    ['/.well-known', '/.well-known'],
    ['/file.', '/file.'],
    // Issue 15 #11: one canonical encoding (the invalidation paths' encoding).
    ['/secr%65t.pdf', '/secret.pdf'],
    ['/%73%65%63%72%65%74.pdf', '/secret.pdf'],
    ['/caf%c3%a9/men%c3%bc.html', '/caf%C3%A9/men%C3%BC.html'],
    ['/café/menü.html', '/caf%C3%A9/men%C3%BC.html'],
    // Issue 22 #2: `+` as %2B (S3 reads a raw `+` as a space).
    ['/a%2Bb/c d.txt', '/a%2Bb/c%20d.txt'],
    ['/a+b%20c', '/a%2Bb%20c'],
    ['/~user/%7e.txt', '/%7Euser/%7E.txt'],
    ['/100%25.txt', '/100%25.txt'],
    ['/%61/%2A.txt', '/a/%2A.txt'],
  ])('maps %s to %s', async (uri, expected) => {
    expect(forwardedUri(await send(handler, { uri, authorization }))).toBe(expected);
  });

  const badRequest = {
    status: '400',
    statusDescription: 'Bad Request',
    headers: {
      'cache-control': [{ key: 'Cache-Control', value: 'private, no-store' }],
      'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
    },
    body: '400 Bad Request\n',
  };

  it.each([
    ['a parent segment', '/../secret.txt'],
    ['a parent segment in the middle', '/docs/../../etc/passwd'],
    ['a current segment', '/./index.html'],
    ['an encoded parent segment', '/%2e%2e/secret.txt'],
    ['an upper-case encoded parent segment', '/%2E%2E/secret.txt'],
    ['a half-encoded parent segment', '/.%2e/secret.txt'],
    ['a trailing parent segment', '/docs/..'],
    ['an overlong UTF-8 dot', '/%c0%ae%c0%ae/secret.txt'],
    ['an encoded slash', '/docs%2f..%2fsecret.txt'],
    ['an upper-case encoded slash', '/a%2Fb.txt'],
    ['a backslash', '/docs\\..\\secret.txt'],
    ['an encoded backslash', '/docs%5c..%5csecret.txt'],
    ['an encoded NUL', '/index.html%00.png'],
    ['a raw NUL', '/index.html\u0000.png'],
    ['an encoded control character', '/a%0d%0aSet-Cookie:x'],
    ['a truncated escape', '/a%'],
    ['an invalid escape', '/a%zz.txt'],
    ['invalid UTF-8 in an escape', '/%ff.txt'],
    ['a relative URI', 'index.html'],
    ['an empty URI', ''],
    ['a URI over 2,048 bytes', `/${'a'.repeat(2048)}`],
    ['a URI over 2,048 bytes of UTF-8', `/${'é'.repeat(1100)}.txt`],
  ])('answers 400 to %s', async (_name, uri) => {
    expect(await send(handler, { uri, authorization })).toEqual(badRequest);
  });

  it('answers 404 to a path longer than any S3 key can be', async () => {
    const uri = `/${`${'a'.repeat(200)}/`.repeat(6)}`; // 1,206 bytes decoded, 1,207 raw
    expect(await send(handler, { uri, authorization })).toMatchObject({ status: '404' });
  });

  it('answers 401, not 400, to a crafted URI without valid credentials', async () => {
    expectUnauthorized(await send(handler, { uri: '/../secret' }));
    expectUnauthorized(
      await send(handler, { uri: '/%2e%2e/x', authorization: basic('Aladdin', 'x') }),
    );
  });
});
