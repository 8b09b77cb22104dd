/**
 * One suite, both edge runtimes (issue 14): the Lambda@Edge handler and the CloudFront
 * Functions function (under the cloudfront-js-2.0 emulation, and again under njs, nginx's
 * JavaScript engine, which CloudFront Functions' runtime comes from: Debian's `njs` package,
 * installed by .ci/run; outside CI, skipped with the package named when it is missing) must
 * give the same answers to the same viewer requests — credentials (RFC 7617), URI rules
 * (400/404), access rules, the home page, rotation expiry, the private headers of what they
 * generate, and the viewer's Cache-Control their viewer-response trigger gives every response
 * from the cache or the origin (issue 20). Each adapter deploys the same users its
 * own way (helpers/edge-adapters.ts) and every answer is compared in a runtime-neutral form.
 * Where the runtimes differ on purpose, the case says so and expects each one's answer.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ViewerRequestOptions } from '../src/edge/events.js';
import {
  CONTENT_SANDBOX,
  PAGE_POLICY,
  PAGE_SANDBOX,
  answerPage,
  isPrivate,
  type AccessRule,
} from '../src/edge/core/index.js';
import { ADAPTERS, type Adapter, type Outcome, type Site } from './helpers/edge-adapters.js';
import { needs } from './helpers/prerequisites.js';

const REALM = 'Test Realm';
const ROT_EXPIRES = 1_800_000_000;
const BEFORE_EXPIRY = ROT_EXPIRES * 1000 - 1;
const AT_EXPIRY = ROT_EXPIRES * 1000;
const STRONG = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';

const USERS = [
  { user: 'Aladdin', password: 'open sesame' },
  { user: 'test', password: '123£' },
  { user: 'colon', password: 'pa:ss:word:' },
  { user: 'Zoë', password: 'café ñandú' },
  { user: 'rot', password: 'old-password', expires: ROT_EXPIRES },
  { user: 'rot', password: 'new-password' },
  { user: 'multi', password: 'first' },
  { user: 'multi', password: 'second' },
  { user: 'strong', password: STRONG },
];

/** `Basic <base64(UTF-8 user:password)>`, as RFC 7617 §2 builds it. */
function basic(user: string, password: string, scheme = 'Basic'): string {
  return `${scheme} ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const TEXT = ['text/plain; charset=utf-8'];

function generated(status: number, description: string, extra = {}): Outcome {
  return {
    kind: 'respond',
    status,
    headers: { ...extra, 'cache-control': ['private, no-store'], 'content-type': TEXT },
    body: `${status} ${description}\n`,
  };
}

const UNAUTHORIZED = generated(401, 'Unauthorized', {
  'www-authenticate': [`Basic realm="${REALM}", charset="UTF-8"`],
});
const BAD_REQUEST = generated(400, 'Bad Request');
const FORBIDDEN = generated(403, 'Forbidden');

function forwarded(outcome: Outcome): string {
  if (outcome.kind !== 'forward')
    throw new Error(`expected a forwarded request, got ${outcome.status}`);
  return outcome.uri;
}

/** The forwarded URI, or the generated status. */
function summary(outcome: Outcome): string {
  return outcome.kind === 'forward' ? outcome.uri : String(outcome.status);
}

// The njs run needs Debian's njs: without it, that runtime's block is skipped and the run
// names the package (with CI=true it fails instead; helpers/prerequisites.ts).
for (const adapter of ADAPTERS) {
  const describeRuntime = adapter.needs === undefined ? describe : needs(adapter.needs).describe;
  describeRuntime(`the ${adapter.name} runtime`, () => runtimeSuite(adapter));
}

/** The cases every runtime must answer alike. */
function runtimeSuite(adapter: Adapter): void {
  let site: Site;
  beforeAll(() => {
    site = adapter.deploy({ realm: REALM, users: USERS, now: () => BEFORE_EXPIRY - 60_000 });
  });

  describe('RFC 7617 credentials', () => {
    it.each([
      ['the RFC example Aladdin:open sesame', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
      ['the RFC UTF-8 example test:123£', 'Basic dGVzdDoxMjPCow=='],
      ['a lower-case scheme', basic('Aladdin', 'open sesame', 'basic')],
      ['a mixed-case scheme', basic('Aladdin', 'open sesame', 'bAsIc')],
      ['several spaces and a tab after the scheme', 'Basic  \tQWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
      ['surrounding whitespace', ' Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== '],
      ['a password with colons', basic('colon', 'pa:ss:word:')],
      ['a UTF-8 user and password (NFC)', basic('Zoë', 'café ñandú')],
      ['the first password of a user with two', basic('multi', 'first')],
      ['the second password of a user with two', basic('multi', 'second')],
      ['the new password of a rotated user', basic('rot', 'new-password')],
      ['the old password of a rotated user before it expires', basic('rot', 'old-password')],
      ['a 128-bit random password', basic('strong', STRONG)],
    ])('accepts %s', async (_name, authorization) => {
      expect(forwarded(await site.send({ uri: '/page.html', authorization }))).toBe('/page.html');
    });

    const malformed: [string, ViewerRequestOptions['authorization']][] = [
      ['no Authorization header', undefined],
      ['an empty header', ''],
      ['the scheme alone', 'Basic'],
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
      ['invalid UTF-8', `Basic ${Buffer.from([0x41, 0xff, 0x3a, 0x61]).toString('base64')}`],
      [
        'an overlong UTF-8 colon',
        `Basic ${Buffer.from([0x41, 0xc0, 0xba, 0x61]).toString('base64')}`,
      ],
      ['an oversized header', `Basic ${'QUFB'.repeat(300)}`],
      ['a control character in the password', basic('Aladdin', 'open sesame\u0000')],
      ['a wrong password', basic('Aladdin', 'open sesame!')],
      ['a user in the wrong case', basic('aladdin', 'open sesame')],
      ['an unknown user', basic('Mallory', 'open sesame')],
      ["another user's password", basic('test', 'open sesame')],
      ['a password with colons, one missing', basic('colon', 'pa:ss:word')],
      ['a duplicated header', [basic('Aladdin', 'open sesame'), basic('Aladdin', 'open sesame')]],
    ];
    it.each(malformed)('answers 401 (no-store, the realm) to %s', async (_name, authorization) => {
      const options: ViewerRequestOptions = { uri: '/page.html' };
      if (authorization !== undefined) options.authorization = authorization;
      expect(await site.send(options)).toEqual(UNAUTHORIZED);
    });

    it('a decomposed (NFD) user and password: Lambda@Edge normalises them; the function, without String.prototype.normalize, refuses them (fails closed)', async () => {
      const outcome = await site.send({
        uri: '/page.html',
        authorization: basic('Zoë'.normalize('NFD'), 'café ñandú'.normalize('NFD')),
      });
      if (adapter.name === 'lambda') expect(forwarded(outcome)).toBe('/page.html');
      else expect(outcome).toEqual(UNAUTHORIZED);
    });

    it('removes the Authorization header and keeps method, query and other headers', async () => {
      const outcome = await site.send({
        uri: '/docs/',
        querystring: 'a=1&b=2',
        method: 'HEAD',
        authorization: basic('Aladdin', 'open sesame'),
        headers: { 'X-Custom': 'kept' },
      });
      expect(outcome).toEqual({
        kind: 'forward',
        uri: '/docs/index.html',
        method: 'HEAD',
        querystring: 'a=1&b=2',
        headers: {
          host: ['d111111abcdef8.cloudfront.net'],
          'user-agent': ['curl/8.5.0'],
          accept: ['*/*'],
          'x-custom': ['kept'],
        },
      });
    });
  });

  describe('rotation: expiry checked at the edge', () => {
    it('accepts an old password until it expires, then only the new one', async () => {
      const at = (now: number): Site =>
        adapter.deploy({ realm: REALM, users: USERS, now: () => now });
      const old = { uri: '/a.txt', authorization: basic('rot', 'old-password') };
      const fresh = { uri: '/a.txt', authorization: basic('rot', 'new-password') };
      expect(summary(await at(BEFORE_EXPIRY).send(old))).toBe('/a.txt');
      expect(await at(AT_EXPIRY).send(old)).toEqual(UNAUTHORIZED);
      expect(summary(await at(AT_EXPIRY).send(fresh))).toBe('/a.txt');
      expect(summary(await at(AT_EXPIRY + 86_400_000).send(fresh))).toBe('/a.txt');
    });
  });

  describe('URI mapping', () => {
    const authorization = basic('Aladdin', 'open sesame');
    it.each([
      ['/', '/index.html'],
      ['/docs/', '/docs/index.html'],
      ['/a//b.css', '/a/b.css'],
      ['//docs//', '/docs/index.html'],
      ['/caf%C3%A9/men%C3%BC.html', '/caf%C3%A9/men%C3%BC.html'],
      ['/café/menü.html', '/caf%C3%A9/men%C3%BC.html'],
      // `+` is forwarded as %2B (S3 reads a raw `+` as a space: issue 22 #2).
      ['/a+b/c%20d.txt', '/a%2Bb/c%20d.txt'],
      ['/my%2bsecret+x%20y.pdf', '/my%2Bsecret%2Bx%20y.pdf'],
      ['/a%20b', '/a%20b'],
      ['/docs', '/docs'],
      ['/files/LICENSE', '/files/LICENSE'],
      ['/secr%65t.pdf', '/secret.pdf'],
      ['/caf%c3%a9/men%c3%bc.html', '/caf%C3%A9/men%C3%BC.html'],
      ['/~user/%7e.txt', '/%7Euser/%7E.txt'],
      ['/100%25.txt', '/100%25.txt'],
      ['/%61/%2A.txt', '/a/%2A.txt'],
      ['/%F0%9F%98%80.txt', '/%F0%9F%98%80.txt'],
    ])('maps %s to %s', async (uri, expected) => {
      expect(forwarded(await site.send({ uri, authorization }))).toBe(expected);
    });

    it.each([
      ['a parent segment', '/../secret.txt'],
      ['an encoded parent segment', '/%2e%2e/secret.txt'],
      ['a half-encoded parent segment', '/.%2e/secret.txt'],
      ['an overlong UTF-8 dot', '/%c0%ae%c0%ae/secret.txt'],
      ['an encoded slash', '/docs%2f..%2fsecret.txt'],
      ['a backslash', '/docs\\..\\secret.txt'],
      ['an encoded NUL', '/index.html%00.png'],
      ['an encoded control character', '/a%0d%0aSet-Cookie:x'],
      ['a truncated escape', '/a%'],
      ['invalid UTF-8 in an escape', '/%ff.txt'],
      ['a relative URI', 'index.html'],
      ['a URI over 2,048 bytes', `/${'a'.repeat(2048)}`],
    ])('answers 400 (no-store) to %s', async (_name, uri) => {
      expect(await site.send({ uri, authorization })).toEqual(BAD_REQUEST);
    });

    it('answers 404 (no-store) to a path longer than any S3 key can be', async () => {
      const uri = `/${`${'a'.repeat(200)}/`.repeat(6)}`;
      expect(await site.send({ uri, authorization })).toEqual(generated(404, 'Not Found'));
    });

    it('answers 401, not 400, to a crafted URI without valid credentials', async () => {
      expect(await site.send({ uri: '/../secret' })).toEqual(UNAUTHORIZED);
      expect(await site.send({ uri: '/%2e%2e/x', authorization: basic('Aladdin', 'x') })).toEqual(
        UNAUTHORIZED,
      );
    });
  });

  describe('access rules and the home page', () => {
    const users = [
      { user: 'alice', password: 'alice-pw' },
      { user: 'bob', password: 'bob-pw' },
      { user: 'dave', password: 'dave-pw' },
    ];
    const rules: AccessRule[] = [
      { users: ['alice'], globs: ['/acme/**'] },
      { users: ['bob'], globs: ['/globex/**', '/shared/*/report.pdf'] },
      { users: ['*'], globs: ['/public/**'] },
    ];
    let ruled: Site;
    beforeAll(() => {
      ruled = adapter.deploy({ realm: 'Partner <Site> & Co', users, access: rules });
    });
    const as = (user: string): string => basic(user, `${user}-pw`);
    const outcome = async (uri: string, user: string): Promise<string> =>
      summary(await ruled.send({ uri, authorization: as(user) }));

    it('lets each user read the union of the globs of the rules naming them or *', async () => {
      expect(await outcome('/acme/report.pdf', 'alice')).toBe('/acme/report.pdf');
      expect(await outcome('/public/x.txt', 'alice')).toBe('/public/x.txt');
      expect(await outcome('/globex/x.txt', 'alice')).toBe('403');
      expect(await outcome('/globex/x.txt', 'bob')).toBe('/globex/x.txt');
      expect(await outcome('/shared/q3/report.pdf', 'bob')).toBe('/shared/q3/report.pdf');
      expect(await outcome('/shared/q3/x/report.pdf', 'bob')).toBe('403');
      expect(await outcome('/public/', 'dave')).toBe('/public/index.html');
      expect(await outcome('/acme/x', 'dave')).toBe('403');
    });

    it('/acme/** covers /acme, /acme/ and everything under it, never /acme-evil/x', async () => {
      expect(await outcome('/acme', 'alice')).toBe('/acme');
      expect(await outcome('/acme/', 'alice')).toBe('/acme/index.html');
      expect(await outcome('/acme-evil/x', 'alice')).toBe('403');
      expect(await outcome('/ACME/x', 'alice')).toBe('403');
      expect(await outcome('/%61cme//x', 'alice')).toBe('/acme/x');
    });

    it('answers 401 before 403, 400 before 403, and the same 403 (no-store) for any key', async () => {
      expect(await ruled.send({ uri: '/globex/x', authorization: basic('alice', 'nope') })).toEqual(
        generated(401, 'Unauthorized', {
          'www-authenticate': ['Basic realm="Partner <Site> & Co", charset="UTF-8"'],
        }),
      );
      expect(await ruled.send({ uri: '/globex/../acme/x', authorization: as('bob') })).toEqual(
        BAD_REQUEST,
      );
      expect(await ruled.send({ uri: '/globex/missing', authorization: as('alice') })).toEqual(
        FORBIDDEN,
      );
    });

    it('serves the home page (private, no-store, HTML) for / to a user who may not read /index.html', async () => {
      const home = await ruled.send({ uri: '/', authorization: as('alice') });
      if (home.kind !== 'respond') throw new Error('expected the home page');
      expect(home.status).toBe(200);
      expect(home.headers['cache-control']).toEqual(['private, no-store']);
      expect(home.headers['content-type']).toEqual(['text/html; charset=utf-8']);
      expect(home.body).toContain('<h1>Partner &#60;Site&#62; &#38; Co</h1>');
      expect(home.body).toContain('<a href="/acme/">/acme/</a>');
      expect(home.body).toContain('<a href="/public/">/public/</a>');
      expect(home.body).not.toMatch(/globex|shared/);
      const bob = await ruled.send({ uri: '//', authorization: as('bob') });
      expect(bob.kind === 'respond' ? bob.body : '').toContain('href="/globex/"');
      expect(await ruled.send({ uri: '/index.html', authorization: as('alice') })).toEqual(
        FORBIDDEN,
      );
    });

    it('without rules every user reads everything', async () => {
      const open = adapter.deploy({ realm: REALM, users });
      expect(summary(await open.send({ uri: '/globex/x', authorization: as('alice') }))).toBe(
        '/globex/x',
      );
      expect(summary(await open.send({ uri: '/', authorization: as('dave') }))).toBe('/index.html');
    });
  });

  // Issue 23 #2: a browser gets a page for every answer the viewer-request trigger generates;
  // every other client the plain text above, byte for byte.
  describe('pages for browsers', () => {
    const HOSTILE_REALM = "<script>alert('realm')</script> & Co";
    const HOSTILE_USER = '<img src=x onerror=alert(1)>';
    const CHROME_ACCEPT =
      'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
    const users = [
      { user: HOSTILE_USER, password: 'hostile-pw' },
      { user: 'alice', password: 'alice-pw' },
    ];
    const access: AccessRule[] = [{ users: [HOSTILE_USER, 'alice'], globs: ['/acme/**'] }];
    let paged: Site;
    beforeAll(() => {
      paged = adapter.deploy({ realm: HOSTILE_REALM, users, access });
    });
    const browser = (accept = CHROME_ACCEPT): Record<string, string> => ({
      Accept: accept,
    });
    const page = (status: number, who: string | undefined, extra = {}): Outcome => ({
      kind: 'respond',
      status,
      headers: {
        ...extra,
        'cache-control': ['private, no-store'],
        'content-type': ['text/html; charset=utf-8'],
        'content-security-policy': [PAGE_POLICY],
      },
      body: answerPage(status, HOSTILE_REALM, who),
    });
    const challenge = { 'www-authenticate': [`Basic realm="${HOSTILE_REALM}", charset="UTF-8"`] };

    it('answers 401 with the page and still the Basic challenge', async () => {
      const outcome = await paged.send({ uri: '/acme/x.pdf', headers: browser() });
      expect(outcome).toEqual(page(401, undefined, challenge));
      const body = outcome.kind === 'respond' ? outcome.body : '';
      expect(body).toContain(
        '<title>&#60;script&#62;alert(&#39;realm&#39;)&#60;/script&#62; &#38; Co</title>',
      );
      expect(body).not.toContain('<script');
      expect(body).toContain('Sign-in required');
    });

    it('answers 403 naming the signed-in user (escaped), with a link home', async () => {
      const outcome = await paged.send({
        uri: '/globex/plan.pdf',
        authorization: basic(HOSTILE_USER, 'hostile-pw'),
        headers: browser('TEXT/HTML'),
      });
      expect(outcome).toEqual(page(403, HOSTILE_USER));
      const body = outcome.kind === 'respond' ? outcome.body : '';
      expect(body).toContain('You are signed in as &#60;img src=x onerror=alert(1)&#62;.');
      expect(body).toContain('<a href="/">Go to your home page</a>');
      expect(body).not.toMatch(/<img|<script/);
    });

    it("answers 400 and the edge's own 404 with pages", async () => {
      const authorization = basic('alice', 'alice-pw');
      expect(
        await paged.send({ uri: '/acme/%2e%2e/x', authorization, headers: browser() }),
      ).toEqual(page(400, 'alice'));
      const uri = `/acme/${`${'a'.repeat(200)}/`.repeat(6)}`;
      expect(await paged.send({ uri, authorization, headers: browser() })).toEqual(
        page(404, 'alice'),
      );
    });

    it.each([['*/*'], ['application/json'], ['text/plain'], ['application/xhtml+xml']])(
      'keeps the plain text for Accept: %s',
      async (accept) => {
        const authorization = basic('alice', 'alice-pw');
        expect(
          await paged.send({ uri: '/globex/x', authorization, headers: browser(accept) }),
        ).toEqual(FORBIDDEN);
        expect(await paged.send({ uri: '/x', headers: browser(accept) })).toEqual(
          generated(401, 'Unauthorized', challenge),
        );
      },
    );

    it('lets a browser through to content as before', async () => {
      const outcome = await paged.send({
        uri: '/acme/',
        authorization: basic('alice', 'alice-pw'),
        headers: browser(),
      });
      expect(forwarded(outcome)).toBe('/acme/index.html');
    });
  });

  // Issue 20: objects are stored with a Cache-Control for CloudFront alone and the viewer's
  // value as metadata; the viewer-response trigger puts the viewer's back.
  describe('viewer-response: the Cache-Control viewers get', () => {
    const META = 'x-amz-meta-viewer-cache-control';
    const object = (viewer: string): Record<string, string> => ({
      'Content-Type': 'text/css; charset=utf-8',
      ETag: '"0123456789abcdef0123456789abcdef"',
      'Cache-Control': 'max-age=1',
      [META]: viewer,
    });

    it.each([
      ['HTML', 'private, no-cache'],
      ['a fingerprinted asset', 'private, max-age=31536000, immutable'],
      ['anything else', 'private, max-age=300'],
      ['a rule of the site', 'private, no-store'],
    ])(
      'gives %s its private viewer value, drops the metadata header, keeps the rest',
      async (_n, viewer) => {
        for (const status of [200, 304]) {
          const res = await site.respond({ status, headers: object(viewer) });
          expect(res.status).toBe(status);
          expect(res.headers['cache-control']).toEqual([viewer]);
          expect(res.headers[META]).toBeUndefined();
          expect(res.headers['content-type']).toEqual(['text/css; charset=utf-8']);
          expect(res.headers.etag).toEqual(['"0123456789abcdef0123456789abcdef"']);
        }
      },
    );

    it('keeps a private value an object was stored with before issue 20 (no metadata)', async () => {
      const res = await site.respond({ headers: { 'Cache-Control': 'private, max-age=300' } });
      expect(res.headers['cache-control']).toEqual(['private, max-age=300']);
    });

    it.each([
      ['no Cache-Control and no metadata', {}],
      ['the stored value alone', { 'Cache-Control': 'max-age=1' }],
      ['metadata without private', { 'Cache-Control': 'max-age=1', [META]: 'max-age=60' }],
      ['a public value', { 'Cache-Control': 'public, max-age=300', [META]: 'public' }],
    ])(
      'never lets a response go without private: %s gets private, no-cache',
      async (_n, headers) => {
        const res = await site.respond({ headers });
        expect(res.headers['cache-control']).toEqual(['private, no-cache']);
        expect(res.headers[META]).toBeUndefined();
      },
    );

    // Issue 22 #3: a published document runs no script (and, but for HTML, in an opaque
    // origin), so it cannot read other files with its viewer's credentials; PDFs are left alone
    // (a sandbox stops Chromium's and Safari's viewers: src/edge/core/content-policy.ts).
    it.each([
      ['text/html; charset=utf-8', PAGE_SANDBOX],
      ['TEXT/HTML', PAGE_SANDBOX],
      ['image/svg+xml', CONTENT_SANDBOX],
      ['application/xhtml+xml', CONTENT_SANDBOX],
      ['text/xml', CONTENT_SANDBOX],
      ['text/plain; charset=utf-8', CONTENT_SANDBOX],
      ['application/octet-stream', CONTENT_SANDBOX],
      [undefined, CONTENT_SANDBOX],
      ['application/pdf', undefined],
      ['Application/PDF; name=q3.pdf', undefined],
    ])('gives %s its sandbox policy, and a trusted site none', async (type, policy) => {
      const headers: Record<string, string> = { [META]: 'private, no-cache' };
      if (type !== undefined) headers['Content-Type'] = type;
      const res = await site.respond({ headers });
      expect(res.headers['content-security-policy']).toEqual(
        policy === undefined ? undefined : [policy],
      );
      expect(res.headers['cache-control']).toEqual(['private, no-cache']);
      const trusted = adapter.deploy({ realm: REALM, users: USERS, trustedPages: true });
      const open = await trusted.respond({ headers });
      expect(open.headers['content-security-policy']).toBeUndefined();
      expect(open.headers['cache-control']).toEqual(['private, no-cache']);
    });

    it('never answers without private, whatever the object was stored with', async () => {
      const value = fc.stringMatching(/^[ a-z0-9=,-]{0,40}$/);
      await fc.assert(
        fc.asyncProperty(fc.option(value), fc.option(value), async (stored, viewer) => {
          const headers: Record<string, string> = {};
          if (stored !== null) headers['Cache-Control'] = stored;
          if (viewer !== null) headers[META] = viewer;
          const res = await site.respond({ headers });
          expect(res.headers['cache-control']).toHaveLength(1);
          expect(isPrivate(res.headers['cache-control']?.[0])).toBe(true);
          expect(res.headers[META]).toBeUndefined();
        }),
        { numRuns: adapter.name === 'function under njs' ? 10 : 200 },
      );
    });
  });
}

describe('fuzzed requests: both runtimes answer alike', () => {
  it('gives the same outcome for random URIs, users and rules on Lambda@Edge and the function', async () => {
    const users = [
      { user: 'a', password: 'pw-a' },
      { user: 'b', password: 'pw-b' },
    ];
    const access: AccessRule[] = [
      { users: ['a'], globs: ['/x/**', '/y/*/z.txt'] },
      { users: ['*'], globs: ['/pub/'] },
    ];
    const [lambda, fn] = ADAPTERS.filter((a) => a.name !== 'function under njs').map((a) =>
      a.deploy({ realm: REALM, users, access }),
    );
    if (lambda === undefined || fn === undefined) throw new Error('adapters missing');
    const segment = fc.stringMatching(/^(?:[a-z.xyz]|%2[eEfF]|%41|%c3%a9|%ff|é|\/|\\\\|\*){0,6}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('a', 'b', 'c'),
        async (parts, folder, user) => {
          const uri = `/${parts.join('/')}${folder ? '/' : ''}`;
          const authorization = basic(user, `pw-${user}`);
          const [left, right] = [
            await lambda.send({ uri, authorization }),
            await fn.send({ uri, authorization }),
          ];
          expect(right).toEqual(left);
        },
      ),
      { numRuns: 400 },
    );
  });
});
