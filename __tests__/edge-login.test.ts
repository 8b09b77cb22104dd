/**
 * `login: form` on Lambda@Edge (issue 23 item 1): the handler as deployed (buildEdgeConfig →
 * renderEdgeCode → fillSessionSecret → loadHandlerFromSource) with events shaped as in the
 * Lambda@Edge documentation, the sign-in form's body as CloudFront includes it (base64,
 * `IncludeBody: true`). A session must let in exactly what the password would, end when the
 * credential version or key changes, and be useless on another site.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as nodeCrypto from 'node:crypto';
import {
  SESSION_SECRET_SLOT,
  buildEdgeConfig,
  fillSessionSecret,
  generateSessionSecret,
  loadHandlerFromSource,
  renderEdgeCode,
  type BuildEdgeConfigOptions,
  type EdgeHandler,
} from '../src/edge/config.js';
import { FORM_PAGE_POLICY, FORM_STYLE, PAGE_POLICY, PAGE_STYLE } from '../src/edge/core/page.js';
import { SESSION_CLEAR_COOKIE, sessionKeyMessage } from '../src/edge/core/session.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  type CloudFrontRequestResult,
  type CloudFrontResultResponse,
  type ViewerRequestOptions,
} from '../src/edge/events.js';

const REALM = 'Login Realm';
const HOST = 'd111111abcdef8.cloudfront.net';
/** When the rotated-out password of `rot` stops working (epoch seconds). */
const ROT_EXPIRES = 1_800_000_000;
const NOW = (ROT_EXPIRES - 600) * 1000;
const LIFETIME = 3600;
const SECRET = generateSessionSecret();
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const USERS = [
  { user: 'alice', password: 'alice password', cv: 'a1' },
  { user: 'bob', password: 'bob password', cv: 'b1' },
  { user: 'rot', password: 'old-password', expires: ROT_EXPIRES, cv: 'r1' },
  { user: 'rot', password: 'new-password', cv: 'r1' },
];
const ACCESS = [
  { users: ['alice'], globs: ['/docs/**'] },
  { users: ['bob', 'rot'], globs: ['/**'] },
];

function options(overrides: Partial<BuildEdgeConfigOptions> = {}): BuildEdgeConfigOptions {
  return {
    scope: 'secure-dist-login-test',
    realm: REALM,
    users: USERS,
    access: ACCESS,
    audit: true,
    session: { lifetime: LIFETIME, keyId: 'k1' },
    ...overrides,
  };
}

interface Loaded {
  handler: EdgeHandler;
  lines: string[];
  clock: { now: number };
}

function load(
  overrides: Partial<BuildEdgeConfigOptions> = {},
  secret = SECRET,
  crypto?: typeof nodeCrypto,
): Loaded {
  const code = fillSessionSecret(renderEdgeCode(buildEdgeConfig(options(overrides))), secret);
  const lines: string[] = [];
  const clock = { now: NOW };
  const handler = loadHandlerFromSource(code, {
    now: () => clock.now,
    log: (line) => lines.push(line),
    ...(crypto !== undefined ? { crypto } : {}),
  });
  return { handler, lines, clock };
}

function response(result: CloudFrontRequestResult): CloudFrontResultResponse {
  if (!isGeneratedResponse(result)) throw new Error(`forwarded ${result.uri}, expected an answer`);
  return result;
}

function header(result: CloudFrontResultResponse, name: string): string | undefined {
  return result.headers?.[name]?.[0]?.value;
}

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A POST of the sign-in form as this site's page sends it (`Sec-Fetch-Site: same-origin`). */
function loginPost(
  fields: Record<string, string>,
  headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin', Origin: `https://${HOST}` },
): ViewerRequestOptions {
  return {
    uri: '/_login',
    method: 'POST',
    body: form(fields),
    headers: {
      Accept: BROWSER,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...headers,
    },
  };
}

/** Signs in through `/_login`; the cookie's value. */
async function signIn(
  loaded: Loaded,
  user: string,
  password: string,
  next = '/',
): Promise<{ cookie: string; answer: CloudFrontResultResponse }> {
  const answer = response(
    await loaded.handler(viewerRequestEvent(loginPost({ user, password, next }))),
  );
  expect(answer.status).toBe('303');
  const setCookie = header(answer, 'set-cookie') ?? '';
  const match = /^__Host-secure-dist=([^;]+);/.exec(setCookie);
  if (match?.[1] === undefined) throw new Error(`no session cookie in ${setCookie}`);
  return { cookie: match[1], answer };
}

function withCookie(cookie: string, uri: string, accept = BROWSER): ViewerRequestOptions {
  return { uri, headers: { Accept: accept, Cookie: `other=1; __Host-secure-dist=${cookie}` } };
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** What a request came to: the forwarded URI, or the generated status. */
function outcome(result: CloudFrontRequestResult): string {
  return isGeneratedResponse(result) ? result.status : `→ ${result.uri}`;
}

function expectSignInPage(result: CloudFrontRequestResult, status: string): string {
  const answer = response(result);
  expect(answer.status).toBe(status);
  expect(header(answer, 'www-authenticate')).toBeUndefined();
  expect(header(answer, 'cache-control')).toBe('private, no-store');
  expect(header(answer, 'content-security-policy')).toBe(FORM_PAGE_POLICY);
  expect(header(answer, 'set-cookie')).toBeUndefined();
  const body = answer.body ?? '';
  expect(body).toContain('<form method="post" action="/_login">');
  expect(body).toContain(`<title>${REALM}</title>`);
  return body;
}

function nextOf(body: string): string | undefined {
  return /<input type="hidden" name="next" value="([^"]*)">/.exec(body)?.[1];
}

describe('the sign-in page', () => {
  it('answers a browser without credentials with the page (401, no challenge), keeping where it was going', async () => {
    const { handler } = load();
    const body = expectSignInPage(
      await handler(
        viewerRequestEvent({
          uri: '/docs/a.html',
          querystring: 'x=1',
          headers: { Accept: BROWSER },
        }),
      ),
      '401',
    );
    expect(nextOf(body)).toBe('/docs/a.html?x=1');
    expect(body).toMatch(/name="user" type="text" autocomplete="username" required autofocus/);
    expect(body).toMatch(/name="password" type="password" autocomplete="current-password"/);
  });

  it('keeps the Basic challenge for every client that is not a browser navigation', async () => {
    const { handler } = load();
    const answer = response(await handler(viewerRequestEvent({ uri: '/docs/a.html' })));
    expect(answer.status).toBe('401');
    expect(header(answer, 'www-authenticate')).toBe(`Basic realm="${REALM}", charset="UTF-8"`);
    expect(answer.body).toBe('401 Unauthorized\n');
  });

  it('is what GET /_login shows, with a same-site `next` only', async () => {
    const { handler } = load();
    const page = async (querystring: string): Promise<string | undefined> =>
      nextOf(
        expectSignInPage(
          await handler(viewerRequestEvent({ uri: '/_login', querystring, headers: {} })),
          '200',
        ),
      );
    expect(await page('next=%2Fdocs%2Fb.html')).toBe('/docs/b.html');
    expect(await page('next=%2F%2Fevil.example')).toBe('/');
    expect(await page('next=https%3A%2F%2Fevil.example%2F')).toBe('/');
    expect(await page('')).toBe('/');
  });

  it('has its own style hash and may post only to this site', () => {
    const hash = nodeCrypto
      .createHash('sha256')
      .update(PAGE_STYLE + FORM_STYLE)
      .digest('base64');
    expect(FORM_PAGE_POLICY).toBe(
      PAGE_POLICY.replace(/'sha256-[^']+'/, `'sha256-${hash}'`).replace(
        "form-action 'none'",
        "form-action 'self'",
      ),
    );
  });
});

describe('signing in', () => {
  it('answers 303 to the target with a __Host- session cookie, which then authenticates', async () => {
    const loaded = load();
    const { cookie, answer } = await signIn(loaded, 'alice', 'alice password', '/docs/a.html?v=2');
    expect(header(answer, 'location')).toBe('/docs/a.html?v=2');
    expect(header(answer, 'cache-control')).toBe('private, no-store');
    expect(header(answer, 'set-cookie')).toBe(
      `__Host-secure-dist=${cookie}; Path=/; Max-Age=${LIFETIME}; Secure; HttpOnly; SameSite=Lax`,
    );
    expect(cookie).toMatch(/^s1\.k1\.YWxpY2U\.\d+\.a1\.[A-Za-z0-9_-]{43}$/);
    const result = await loaded.handler(viewerRequestEvent(withCookie(cookie, '/docs/a.html')));
    expect(outcome(result)).toBe('→ /docs/a.html');
    const audit = loaded.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audit.map((a) => [a.path, a.user, a.result, a.credentials])).toEqual([
      ['/_login', 'alice', '303', true],
      ['/docs/a.html', 'alice', 'allowed', 'session'],
    ]);
    expect(loaded.lines.join('\n')).not.toContain(cookie);
    expect(loaded.lines.join('\n')).not.toContain('alice password');
  });

  it("signs with HMAC-SHA-256 under the key derived from the site's secret (checked with createHmac)", async () => {
    const key = nodeCrypto.createHmac('sha256', SECRET).update(sessionKeyMessage('k1')).digest();
    const loaded = load();
    for (const [user, password] of [
      ['alice', 'alice password'],
      ['rot', 'new-password'],
    ] as const) {
      const { cookie } = await signIn(loaded, user, password);
      const signed = cookie.slice(0, cookie.lastIndexOf('.'));
      const mac = nodeCrypto.createHmac('sha256', key).update(signed).digest('base64url');
      expect(cookie).toBe(`${signed}.${mac}`);
    }
  });

  it('never sends the visitor to another site', async () => {
    const loaded = load();
    for (const next of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '/%2F%2Fevil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
    ]) {
      const { answer } = await signIn(loaded, 'alice', 'alice password', next);
      expect([next, header(answer, 'location')]).toEqual([next, '/']);
    }
  });

  it('refuses a wrong password or an unknown user with the page again, after the same KDF work as Basic', async () => {
    let kdfs = 0;
    const counting = {
      ...nodeCrypto,
      scryptSync: (...args: Parameters<typeof nodeCrypto.scryptSync>) => {
        kdfs += 1;
        return nodeCrypto.scryptSync(...args);
      },
    };
    const loaded = load({}, SECRET, counting);
    for (const [user, password] of [
      ['alice', 'wrong password'],
      ['mallory', 'alice password'],
    ] as const) {
      kdfs = 0;
      const result = await loaded.handler(
        viewerRequestEvent(loginPost({ user, password, next: '/docs/a.html' })),
      );
      const body = expectSignInPage(result, '401');
      expect(body).toContain('role="alert">The user name or password is not right.</p>');
      expect(body).toContain(`value="${user}"`);
      expect(nextOf(body)).toBe('/docs/a.html');
      expect(kdfs).toBe(1);
    }
    kdfs = 0;
    await loaded.handler(viewerRequestEvent({ uri: '/', authorization: basic('mallory', 'x') }));
    expect(kdfs).toBe(1);
    expect(loaded.lines.map((l) => (JSON.parse(l) as { result: string }).result)).toEqual([
      '401',
      '401',
      '401',
    ]);
  });

  it('refuses a sign-in posted from another site, a sibling site or with no origin at all', async () => {
    const loaded = load();
    for (const headers of [
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site', Origin: `https://www.${HOST}` },
      { 'Sec-Fetch-Site': 'none' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      {},
    ]) {
      const result = await loaded.handler(
        viewerRequestEvent(loginPost({ user: 'alice', password: 'alice password' }, headers)),
      );
      expect([headers, response(result).status]).toEqual([headers, '403']);
      expectSignInPage(result, '403');
    }
    // A browser that sends no Sec-Fetch-Site but its own origin is believed.
    const origin = await loaded.handler(
      viewerRequestEvent(
        loginPost({ user: 'alice', password: 'alice password' }, { Origin: `https://${HOST}` }),
      ),
    );
    expect(response(origin).status).toBe('303');
  });

  it('refuses a body CloudFront truncated, a malformed form and other methods', async () => {
    const { handler } = load();
    const truncated = viewerRequestEvent(loginPost({ user: 'alice', password: 'alice password' }));
    const request = truncated.Records[0]?.cf.request;
    if (request?.body === undefined) throw new Error('no body in the event');
    request.body.inputTruncated = true;
    expectSignInPage(await handler(truncated), '400');
    const repeated = viewerRequestEvent({
      ...loginPost({}),
      body: 'user=alice&user=bob&password=alice+password',
    });
    expectSignInPage(await handler(repeated), '400');
    const put = response(await handler(viewerRequestEvent({ uri: '/_login', method: 'PUT' })));
    expect([put.status, header(put, 'allow')]).toEqual(['405', 'GET, HEAD, POST']);
  });

  it('caps the cookie at the expiry of the password it was made with', async () => {
    const loaded = load();
    const { answer, cookie } = await signIn(loaded, 'rot', 'old-password');
    expect(header(answer, 'set-cookie')).toContain('; Max-Age=600;');
    expect(cookie).toContain(`.${ROT_EXPIRES}.`);
    loaded.clock.now = ROT_EXPIRES * 1000 - 1;
    expect(outcome(await loaded.handler(viewerRequestEvent(withCookie(cookie, '/x'))))).toBe(
      '→ /x',
    );
    loaded.clock.now = ROT_EXPIRES * 1000;
    expectSignInPage(await loaded.handler(viewerRequestEvent(withCookie(cookie, '/x'))), '401');
  });
});

describe('a session', () => {
  let alice = '';
  let bob = '';

  beforeAll(async () => {
    const loaded = load();
    alice = (await signIn(loaded, 'alice', 'alice password')).cookie;
    bob = (await signIn(loaded, 'bob', 'bob password')).cookie;
  });

  it('gets exactly what the password gets, path by path', async () => {
    const { handler } = load();
    const paths = ['/docs/a.html', '/docs/', '/private/x.pdf', '/', '/a/../b', '/%2e%2e/x'];
    for (const [user, password, cookie] of [
      ['alice', 'alice password', alice],
      ['bob', 'bob password', bob],
    ] as const) {
      for (const uri of paths) {
        const byPassword = outcome(
          await handler(viewerRequestEvent({ uri, authorization: basic(user, password) })),
        );
        const bySession = outcome(
          await handler(viewerRequestEvent(withCookie(cookie, uri, '*/*'))),
        );
        expect([user, uri, bySession]).toEqual([user, uri, byPassword]);
      }
    }
    expect(outcome(await handler(viewerRequestEvent(withCookie(alice, '/private/x.pdf'))))).toBe(
      '403',
    );
  });

  it("is refused its way in by a forbidden path's 403 page, which names the user and signs out", async () => {
    const { handler } = load();
    const answer = response(await handler(viewerRequestEvent(withCookie(alice, '/private/x'))));
    expect(answer.status).toBe('403');
    expect(header(answer, 'content-security-policy')).toBe(FORM_PAGE_POLICY);
    expect(answer.body).toContain('You are signed in as alice.');
    expect(answer.body).toContain(
      '<form method="post" action="/_logout"><button type="submit">Sign out</button></form>',
    );
    // Signed in with Basic auth there is nothing to sign out of: the page of item 2, unchanged.
    const byPassword = response(
      await handler(
        viewerRequestEvent({
          uri: '/private/x',
          authorization: basic('alice', 'alice password'),
          headers: { Accept: BROWSER },
        }),
      ),
    );
    expect(header(byPassword, 'content-security-policy')).toBe(PAGE_POLICY);
    expect(byPassword.body).not.toContain('<form');
  });

  it('leaves nothing behind for the next request of the container, with audit-log off too', async () => {
    const { handler } = load({ audit: false });
    expect(outcome(await handler(viewerRequestEvent(withCookie(alice, '/docs/x'))))).toBe(
      '→ /docs/x',
    );
    const byPassword = response(
      await handler(
        viewerRequestEvent({
          uri: '/private/x',
          authorization: basic('alice', 'alice password'),
          headers: { Accept: BROWSER },
        }),
      ),
    );
    expect(byPassword.status).toBe('403');
    expect(header(byPassword, 'content-security-policy')).toBe(PAGE_POLICY);
    expect(byPassword.body).not.toContain('<form');
  });

  it('is refused when any part of the cookie was changed', async () => {
    const { handler } = load();
    const parts = alice.split('.');
    const tampered = [
      parts.map((p, i) => (i === 2 ? 'Ym9i' : p)).join('.'), // user → bob
      parts.map((p, i) => (i === 3 ? String(Number(p) + 1) : p)).join('.'), // expiry
      parts.map((p, i) => (i === 4 ? 'b1' : p)).join('.'), // version
      `${alice.slice(0, -1)}${alice.endsWith('A') ? 'B' : 'A'}`, // MAC
      alice.slice(0, -1),
    ];
    for (const cookie of tampered) {
      expectSignInPage(
        await handler(viewerRequestEvent(withCookie(cookie, '/docs/a.html'))),
        '401',
      );
    }
  });

  it('ends with its expiry', async () => {
    const loaded = load();
    loaded.clock.now = NOW + LIFETIME * 1000;
    expectSignInPage(
      await loaded.handler(viewerRequestEvent(withCookie(bob, '/docs/a.html'))),
      '401',
    );
  });

  it('is useless on another site (another secret), and after the key id is rotated', async () => {
    const other = load({}, generateSessionSecret());
    expectSignInPage(await other.handler(viewerRequestEvent(withCookie(bob, '/x'))), '401');
    const rotated = load({ session: { lifetime: LIFETIME, keyId: 'k2' } });
    expectSignInPage(await rotated.handler(viewerRequestEvent(withCookie(bob, '/x'))), '401');
  });

  it("ends when the user's credential version changes, and only that user's", async () => {
    const { handler } = load({
      users: USERS.map((u) => (u.user === 'bob' ? { ...u, cv: 'b2' } : u)),
    });
    expectSignInPage(await handler(viewerRequestEvent(withCookie(bob, '/x'))), '401');
    expect(outcome(await handler(viewerRequestEvent(withCookie(alice, '/docs/x'))))).toBe(
      '→ /docs/x',
    );
  });

  it('ends when the user is removed', async () => {
    const { handler } = load({
      users: USERS.filter((u) => u.user !== 'bob'),
      access: [{ users: ['alice'], globs: ['/docs/**'] }],
    });
    expectSignInPage(await handler(viewerRequestEvent(withCookie(bob, '/x'))), '401');
  });

  it('is never tried when Basic credentials are sent: a wrong password stays a 401', async () => {
    const { handler } = load();
    const result = await handler(
      viewerRequestEvent({
        uri: '/x',
        authorization: basic('bob', 'wrong'),
        headers: { Cookie: `__Host-secure-dist=${bob}` },
      }),
    );
    expect(header(response(result), 'www-authenticate')).toBeDefined();
  });
});

describe('a credential version derived at the edge (basic-auth-users: no cv)', () => {
  const users = [
    { user: 'carol', password: 'carol password' },
    { user: 'dave', password: 'dave password' },
  ];

  it('survives a cold start and ends when the password changes', async () => {
    const first = load({ users, access: [] });
    const { cookie } = await signIn(first, 'carol', 'carol password');
    expect(cookie).toMatch(/^s1\.k1\.Y2Fyb2w\.\d+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    const again = load({ users, access: [] });
    expect(outcome(await again.handler(viewerRequestEvent(withCookie(cookie, '/x'))))).toBe('→ /x');
    const changed = load({
      users: [{ user: 'carol', password: 'a new password' }, users[1] ?? users[0]!],
      access: [],
    });
    expectSignInPage(await changed.handler(viewerRequestEvent(withCookie(cookie, '/x'))), '401');
  });

  it("is the design note's HMAC of the user's stored hashes under the session key (checked with createHmac)", async () => {
    const config = buildEdgeConfig(options({ users, access: [] }));
    const hashes = config.users.filter((u) => u.user === 'carol').map((u) => u.hash);
    const key = nodeCrypto.createHmac('sha256', SECRET).update(sessionKeyMessage('k1')).digest();
    const expected = nodeCrypto
      .createHmac('sha256', key)
      .update(`cv\ncarol\n${hashes.join('\n')}`)
      .digest('base64url')
      .slice(0, 16);
    const { cookie } = await signIn(load({ users, access: [] }), 'carol', 'carol password');
    expect(cookie.split('.')[4]).toBe(expected);
  });

  it('differs between users with the same password and between session keys', async () => {
    const same = [
      { user: 'carol', password: 'same password' },
      { user: 'dave', password: 'same password' },
    ];
    const loaded = load({ users: same, access: [] });
    const carol = (await signIn(loaded, 'carol', 'same password')).cookie.split('.')[4];
    const dave = (await signIn(loaded, 'dave', 'same password')).cookie.split('.')[4];
    expect(carol).not.toBe(dave);
    const rekeyed = load({ users: same, access: [], session: { lifetime: 60, keyId: 'k9' } });
    const carol2 = (await signIn(rekeyed, 'carol', 'same password')).cookie.split('.')[4];
    expect(carol2).not.toBe(carol);
  });
});

describe('signing out', () => {
  it('clears the cookie and goes to the sign-in page on a same-origin POST or a typed GET', async () => {
    const { handler } = load();
    for (const request of [
      { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin' } },
      { method: 'GET', headers: { 'Sec-Fetch-Site': 'none' } },
      { method: 'GET', headers: { 'Sec-Fetch-Site': 'same-origin' } },
    ]) {
      const answer = response(await handler(viewerRequestEvent({ uri: '/_logout', ...request })));
      expect([answer.status, header(answer, 'location'), header(answer, 'set-cookie')]).toEqual([
        '303',
        '/_login',
        SESSION_CLEAR_COOKIE,
      ]);
      expect(header(answer, 'cache-control')).toBe('private, no-store');
    }
  });

  it('asks first when the request came from another site, and refuses other methods', async () => {
    const { handler } = load();
    const crossGet = response(
      await handler(
        viewerRequestEvent({ uri: '/_logout', headers: { 'Sec-Fetch-Site': 'cross-site' } }),
      ),
    );
    expect(crossGet.status).toBe('200');
    expect(header(crossGet, 'set-cookie')).toBeUndefined();
    expect(crossGet.body).toContain('<form method="post" action="/_logout">');
    const crossPost = response(
      await handler(
        viewerRequestEvent({
          uri: '/_logout',
          method: 'POST',
          headers: { 'Sec-Fetch-Site': 'cross-site' },
        }),
      ),
    );
    expect([crossPost.status, header(crossPost, 'set-cookie')]).toEqual(['403', undefined]);
    const del = response(await handler(viewerRequestEvent({ uri: '/_logout', method: 'DELETE' })));
    expect(del.status).toBe('405');
  });
});

describe('login: basic (no session in the configuration)', () => {
  it('renders no slot and no session, and answers as before: /_login is a path, cookies are ignored', async () => {
    const config = buildEdgeConfig(options({ session: undefined }));
    expect(config.session).toBeUndefined();
    const code = renderEdgeCode(config);
    expect(code).not.toContain(SESSION_SECRET_SLOT);
    expect(code).not.toContain('"session":');
    expect(fillSessionSecret(code, SECRET)).toBe(code);
    const handler = loadHandlerFromSource(code, { now: () => NOW, log: () => undefined });
    const signedIn = await signIn(load(), 'bob', 'bob password');
    for (const uri of ['/_login', '/_logout', '/x']) {
      const answer = response(await handler(viewerRequestEvent(withCookie(signedIn.cookie, uri))));
      expect(answer.status).toBe('401');
      expect(header(answer, 'www-authenticate')).toBe(`Basic realm="${REALM}", charset="UTF-8"`);
      expect(header(answer, 'content-security-policy')).toBe(PAGE_POLICY);
    }
    const post = await handler(
      viewerRequestEvent({ ...loginPost({}), authorization: basic('bob', 'bob password') }),
    );
    expect(outcome(post)).toBe('→ /_login');
  });
});

describe('the session configuration', () => {
  it('puts the secret slot in the code exactly once, inside a string, and refuses to load it unfilled', () => {
    const code = renderEdgeCode(buildEdgeConfig(options()));
    expect(code.split(SESSION_SECRET_SLOT)).toHaveLength(2);
    expect(code).toContain(`"secret":"${SESSION_SECRET_SLOT}"`);
    expect(() => loadHandlerFromSource(code)).toThrow(/still holds @@SESSION_SECRET@@/);
    expect(() => fillSessionSecret(code, 'short')).toThrow(/32 to 128 letters and digits/);
    expect(() => fillSessionSecret(code, `${SECRET}"`)).toThrow(/letters and digits/);
    expect(generateSessionSecret()).toMatch(/^[A-Za-z0-9]{43}$/);
  });

  it('refuses a realm that spells the slot', () => {
    expect(() => renderEdgeCode(buildEdgeConfig(options({ realm: SESSION_SECRET_SLOT })))).toThrow(
      /holds @@SESSION_SECRET@@ 2 times/,
    );
    expect(() =>
      renderEdgeCode(buildEdgeConfig(options({ realm: SESSION_SECRET_SLOT, session: undefined }))),
    ).toThrow(/1 times/);
  });

  it.each([
    [{ session: { lifetime: 0, keyId: 'k1' } }, /lifetime must be whole seconds from 1 to 2592000/],
    [{ session: { lifetime: 2_592_001, keyId: 'k1' } }, /lifetime/],
    [{ session: { lifetime: 1.5, keyId: 'k1' } }, /lifetime/],
    [{ session: { lifetime: 60, keyId: '' } }, /key id must be 1 to 16 letters and digits/],
    [{ session: { lifetime: 60, keyId: 'k-1' } }, /key id/],
    [{ session: { lifetime: 60, keyId: 'a'.repeat(17) } }, /key id/],
    [{ users: [{ user: 'x', password: 'pw', cv: 'a.b' }], access: [] }, /credential version/],
    [{ users: [{ user: 'x', password: 'pw', cv: 'a'.repeat(23) }], access: [] }, /credential/],
    [
      {
        users: [
          { user: 'x', password: 'one', cv: 'v1' },
          { user: 'x', password: 'two', cv: 'v2' },
        ],
        access: [],
      },
      /passwords of user 'x' name different credential versions/,
    ],
  ] as const)('refuses %j', (overrides, message) => {
    expect(() => buildEdgeConfig(options(overrides))).toThrow(message);
  });

  it('accepts the bounds: 1 s and 30 days, a 16-character key id, a 22-character version', () => {
    for (const lifetime of [1, 2_592_000]) {
      expect(
        buildEdgeConfig(options({ session: { lifetime, keyId: 'A'.repeat(16) } })).session,
      ).toEqual({ lifetime, keyId: 'A'.repeat(16) });
    }
    const config = buildEdgeConfig(
      options({ users: [{ user: 'x', password: 'pw', cv: 'a_-'.repeat(7) + 'Z' }], access: [] }),
    );
    expect(config.users[0]?.cv).toBe('a_-a_-a_-a_-a_-a_-a_-Z');
  });
});

describe('sessions of automation tokens (`?secure-dist-token=` on a first navigation)', () => {
  const CI = `sdt1_${nodeCrypto.randomBytes(32).toString('base64url')}`;
  const NEW = `sdt1_${nodeCrypto.randomBytes(32).toString('base64url')}`;
  const tokenSite = (token: string, expires?: number): Loaded =>
    load({
      access: [{ users: ['*'], globs: ['/public/**'] }],
      tokens: [
        {
          name: 'ci',
          token,
          globs: ['/reports/**'],
          ...(expires !== undefined ? { expires } : {}),
        },
      ],
    });
  /** Navigates with the token in the query; the session cookie of the redirect. */
  async function navigate(loaded: Loaded, token: string): Promise<string> {
    const answer = response(
      await loaded.handler(
        viewerRequestEvent({
          uri: '/reports/q3.html',
          querystring: `a=1&secure-dist-token=${token}`,
          headers: { Accept: BROWSER },
        }),
      ),
    );
    expect(answer.status).toBe('303');
    expect(header(answer, 'location')).toBe('/reports/q3.html?a=1');
    const match = /^__Host-secure-dist=([^;]+);/.exec(header(answer, 'set-cookie') ?? '');
    if (match?.[1] === undefined) throw new Error('no session cookie');
    return match[1];
  }

  it('lets the session in as token:<name> with the token’s globs, never a user’s rules', async () => {
    const site = tokenSite(CI);
    const cookie = await navigate(site, CI);
    expect(
      outcome(await site.handler(viewerRequestEvent(withCookie(cookie, '/reports/q3.html')))),
    ).toBe('→ /reports/q3.html');
    // Not the "*" rules of users: the token's own globs only.
    expect(
      outcome(await site.handler(viewerRequestEvent(withCookie(cookie, '/public/a.txt')))),
    ).toBe('403');
    expect(JSON.parse(site.lines.at(-1) ?? '{}')).toMatchObject({
      user: 'token:ci',
      credentials: 'session',
    });
  });

  it('ends with the token: a new value, a removed token, or its expiry', async () => {
    const cookie = await navigate(tokenSite(CI), CI);
    const uri = '/reports/q3.html';
    // Regenerated (rotate-users: token:ci): the old value's session is refused.
    const regenerated = tokenSite(NEW);
    expectSignInPage(await regenerated.handler(viewerRequestEvent(withCookie(cookie, uri))), '401');
    // Removed from the site file.
    const removed = load({ access: [{ users: ['*'], globs: ['/public/**'] }] });
    expectSignInPage(await removed.handler(viewerRequestEvent(withCookie(cookie, uri))), '401');
    // Expired: the cookie made before the expiry stops at it.
    const expires = Math.floor(NOW / 1000) + 120;
    const expiring = tokenSite(CI, expires);
    const short = await navigate(expiring, CI);
    expect(outcome(await expiring.handler(viewerRequestEvent(withCookie(short, uri))))).toBe(
      `→ ${uri}`,
    );
    expiring.clock.now = expires * 1000;
    expectSignInPage(await expiring.handler(viewerRequestEvent(withCookie(short, uri))), '401');
  });
});
