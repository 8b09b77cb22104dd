/**
 * Pull-request previews at the edge (issue 25, src/edge/core/preview.ts), on both runtimes as
 * deployed: the Lambda@Edge handler rendered with `previews` in its configuration, and the
 * CloudFront Function's previews build with the `r:` keys of `previews.users` in its store.
 * Host form (`pr-<n>.<domain>`) and path form (`/_previews/pr-<n>/…`), who may open a preview
 * (users by `previews.users`, never the site's rules; tokens by their globs inside the
 * preview), the rewritten URI, the 404s (hosts that are not `pr-<n>.`, `_previews` keys that are
 * not a preview's, every `_previews` key without previews), and the Lambda@Edge origin-response's
 * styled 404 for a preview key the bucket does not hold.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgePreviews,
} from '../src/edge/config.js';
import * as edgePreview from '../src/edge/core/preview.js';
import { previewTarget } from '../src/edge/core/preview.js';
import * as siteModel from '../src/site/model.js';
import {
  isGeneratedResponse,
  originResponseEvent,
  viewerRequestEvent,
  type ViewerRequestOptions,
} from '../src/edge/events.js';
import { loadFunctionFromSource, localKeyValueStore } from '../src/edge/function/emulator.js';
import {
  functionViewerRequestEvent,
  isFunctionResponse,
  type FunctionEvent,
  type FunctionResult,
} from '../src/edge/function/events.js';
import {
  FORM_PREVIEWS_FUNCTION_TEMPLATE,
  FUNCTION_PLACEHOLDER,
  PREVIEWS_FUNCTION_TEMPLATE,
} from '../src/edge/function/bundled.js';
import { njsFunction } from '../src/edge/function/njs.js';
import { renderFunctionCode, renderLoginFunctionCode } from '../src/edge/function/render.js';
import {
  buildStoreEntries,
  buildTokenEntries,
  generatePepper,
  planStoreUpdate,
} from '../src/edge/function/store.js';
import { edgePreviews } from '../src/synth/edge-code.js';
import { needs } from './helpers/prerequisites.js';

const DOMAIN = 'preview.example.com';
const USERS = [
  { user: 'alice', password: 'alice-password-1' },
  { user: 'bob', password: 'bob-password-22' },
];
/**
 * The site's rules (never consulted in a preview): alice reads only /public/**, bob everything.
 */
const ACCESS = [
  { users: ['alice'], globs: ['/public/**'] },
  { users: ['bob'], globs: ['/**'] },
];
const DOCS_TOKEN = `sdt1_${'A'.repeat(43)}`;
const OPEN_TOKEN = `sdt1_${'B'.repeat(43)}`;
const TOKENS = [
  { name: 'ci', token: DOCS_TOKEN, globs: ['/docs/**'] },
  // No `access` of its own: the site's rules for a user none names (none here: nothing).
  { name: 'plain', token: OPEN_TOKEN },
];

type Outcome = { forward: string } | { status: number; body: string };

interface Runtime {
  readonly name: string;
  deploy(previews: EdgePreviews | undefined): (options: ViewerRequestOptions) => Promise<Outcome>;
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const ALICE = basic('alice', 'alice-password-1');
const BOB = basic('bob', 'bob-password-22');

/** The Lambda@Edge handler of the test site, rendered and loaded as deployed. */
const lambdaHandler = (previews: EdgePreviews | undefined) =>
  loadHandlerFromSource(
    renderEdgeCode(
      buildEdgeConfig({
        scope: 'previews-test',
        realm: 'Docs',
        users: USERS,
        access: ACCESS,
        tokens: TOKENS,
        previews,
      }),
    ),
  );

const lambda: Runtime = {
  name: 'lambda',
  deploy(previews) {
    const handler = lambdaHandler(previews);
    return async (options) => {
      const result = await handler(viewerRequestEvent(options));
      return isGeneratedResponse(result)
        ? { status: Number(result.status), body: result.body ?? '' }
        : { forward: result.uri };
    };
  },
};

/** The test site's KeyValueStore as deploy writes it: users, `r:` keys of `previewUsers`, tokens. */
const storeOf = (pepper: string, previewUsers: EdgePreviews['users'] | undefined) =>
  localKeyValueStore([
    ...buildStoreEntries({
      scope: 'previews-test',
      pepper,
      users: USERS,
      access: ACCESS,
      requireStrongPasswords: false,
      previewUsers,
    }),
    ...buildTokenEntries({ pepper, tokens: TOKENS, access: ACCESS }),
  ]);

/**
 * The CloudFront Function's previews build, `login: basic` or (`session`) `login: form`: the
 * same requests (Basic, tokens) get the same answers from both.
 */
const functionRuntime = (name: string, session?: { keyId: string; lifetime: number }): Runtime => ({
  name,
  deploy(previews) {
    const pepper = generatePepper();
    const store = storeOf(pepper, previews?.users);
    const code = renderFunctionCode({
      realm: 'Docs',
      pepper,
      session,
      previews: previews === undefined ? undefined : { domain: previews.domain },
    });
    const handler = loadFunctionFromSource(code, { store });
    return async (options) => {
      const result = await handler(functionViewerRequestEvent(options));
      return isFunctionResponse(result)
        ? { status: result.statusCode, body: result.body?.data ?? '' }
        : { forward: result.uri };
    };
  },
});

const FORM_SESSION = { keyId: 'k1', lifetime: 3600 };

describe.each([
  lambda,
  functionRuntime('function'),
  functionRuntime('function with login: form', FORM_SESSION),
])('previews on the $name runtime', (runtime) => {
  const send = runtime.deploy({ domain: DOMAIN, users: ['alice'] });
  const host = `pr-7.${DOMAIN}`;

  it('host form: a user previews.users names opens the preview, whatever the site rules say', async () => {
    expect(await send({ host, uri: '/docs/', authorization: ALICE })).toEqual({
      forward: '/_previews/pr-7/docs/index.html',
    });
    expect(await send({ host, uri: '/', authorization: ALICE })).toEqual({
      forward: '/_previews/pr-7/index.html',
    });
    // Case, a trailing dot and a port do not change the host.
    expect(
      await send({ host: `PR-7.Preview.Example.COM.:443`, uri: '/a.css', authorization: ALICE }),
    ).toEqual({ forward: '/_previews/pr-7/a.css' });
    // On the site itself alice still reads only /public/**.
    expect(await send({ uri: '/docs/', authorization: ALICE })).toMatchObject({ status: 403 });
  });

  it('path form on the site host: the same preview, the same rule', async () => {
    expect(await send({ uri: '/_previews/pr-7/docs/a.html', authorization: ALICE })).toEqual({
      forward: '/_previews/pr-7/docs/a.html',
    });
    expect(await send({ uri: '/_previews/pr-7/docs/a.html', authorization: BOB })).toMatchObject({
      status: 403,
    });
  });

  it('refuses a user previews.users does not name (403) and asks a stranger to sign in (401)', async () => {
    expect(await send({ host, uri: '/docs/', authorization: BOB })).toMatchObject({ status: 403 });
    expect(await send({ host, uri: '/docs/' })).toMatchObject({ status: 401 });
    expect(
      await send({ host, uri: '/docs/', authorization: basic('alice', 'wrong-password-1') }),
    ).toMatchObject({ status: 401 });
  });

  it('lets a token read its globs inside the preview, and nothing else there', async () => {
    const ci = { 'X-Secure-Dist-Token': DOCS_TOKEN };
    expect(await send({ host, uri: '/docs/guide.html', headers: ci })).toEqual({
      forward: '/_previews/pr-7/docs/guide.html',
    });
    expect(await send({ uri: '/_previews/pr-7/docs/guide.html', headers: ci })).toEqual({
      forward: '/_previews/pr-7/docs/guide.html',
    });
    expect(await send({ host, uri: '/secret.html', headers: ci })).toMatchObject({ status: 403 });
    // Its globs are matched inside the preview, not against the bucket key.
    expect(await send({ uri: '/_previews/pr-7/secret.html', headers: ci })).toMatchObject({
      status: 403,
    });
    // A token without `access` gets the site rules for a user none names: none here.
    const plain = { 'X-Secure-Dist-Token': OPEN_TOKEN };
    expect(await send({ host, uri: '/docs/guide.html', headers: plain })).toMatchObject({
      status: 403,
    });
  });

  it.each([
    `pr-01.${DOMAIN}`,
    `pr-0.${DOMAIN}`,
    `prx.${DOMAIN}`,
    `pr-.${DOMAIN}`,
    `a.pr-1.${DOMAIN}`,
    `pr-1234567890.${DOMAIN}`,
    `pr-1.x.${DOMAIN}`,
  ])('a host under the preview domain that is not pr-<n>. is a 404: %s', async (other) => {
    expect(await send({ host: other, uri: '/', authorization: ALICE })).toMatchObject({
      status: 404,
    });
  });

  it.each([
    '/_previews/pr-01/index.html',
    '/_previews/pr-7',
    '/_previews/x/index.html',
    '/_previews/',
    '/%5Fpreviews/pr-x/a.html',
  ])('a _previews path that is not a preview is a 404: %s', async (uri) => {
    expect(await send({ uri, authorization: ALICE })).toMatchObject({ status: 404 });
  });

  it('a preview host never serves another preview by path', async () => {
    expect(
      await send({ host, uri: '/_previews/pr-8/index.html', authorization: ALICE }),
    ).toMatchObject({ status: 404 });
  });

  it('the preview domain itself and other hosts are the site', async () => {
    expect(await send({ host: DOMAIN, uri: '/public/a.html', authorization: ALICE })).toEqual({
      forward: '/public/a.html',
    });
    expect(
      await send({ host: 'pr-7.elsewhere.example', uri: '/public/a.html', authorization: ALICE }),
    ).toEqual({ forward: '/public/a.html' });
  });

  it('without a preview domain only the path form works', async () => {
    const pathOnly = runtime.deploy({ users: '*' });
    expect(await pathOnly({ host, uri: '/public/x.html', authorization: ALICE })).toEqual({
      forward: '/public/x.html',
    });
    expect(await pathOnly({ uri: '/_previews/pr-3/x.html', authorization: BOB })).toEqual({
      forward: '/_previews/pr-3/x.html',
    });
  });

  it('without previews, /_previews/* is a 404 for everyone, even bob who may read /**', async () => {
    const off = runtime.deploy(undefined);
    for (const authorization of [ALICE, BOB]) {
      for (const uri of ['/_previews/pr-7/index.html', '/_previews/pr-7/', '/%5Fpreviews/pr-7/a']) {
        expect(await off({ uri, authorization })).toMatchObject({ status: 404 });
      }
    }
    // The host form is off too: the site's key, under the site's rules.
    expect(await off({ host, uri: '/public/x.html', authorization: ALICE })).toEqual({
      forward: '/public/x.html',
    });
  });
});

/**
 * `login: form` on the CloudFront Functions runtime: the viewer-request function's form
 * previews build and the login function of `/_login`, as deployed (rendered, one store), run by
 * the emulator and again by njs. A browser on a preview host signs in through `/_login` there
 * (its own host-only cookie) and opens the preview; a user `previews.users` does not name gets
 * the 403 page; a token's session reads its globs inside the preview only.
 */
const NJS = needs('njs');
const COOKIE = '__Host-secure-dist';
const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';
type FunctionHandler = (event: FunctionEvent) => Promise<FunctionResult>;
const engines: [
  string,
  (code: string, store: ReturnType<typeof localKeyValueStore>) => FunctionHandler,
][] = [
  ['the emulator', (code, store) => loadFunctionFromSource(code, { store })],
  ['njs', (code, store) => njsFunction(code, store, undefined, NJS.executable)],
];

describe.each(engines)(
  'previews with login: form on the CloudFront Functions runtime, under %s',
  (engine, load) => {
    const maybe = engine === 'njs' && !NJS.present ? it.skip : it;
    const pepper = generatePepper();
    const store = storeOf(pepper, ['alice']);
    const viewer = load(
      renderFunctionCode({
        realm: 'Docs',
        pepper,
        session: FORM_SESSION,
        previews: { domain: DOMAIN },
      }),
      store,
    );
    const login = load(
      renderLoginFunctionCode({ realm: 'Docs', pepper, session: FORM_SESSION }),
      store,
    );
    const host = `pr-7.${DOMAIN}`;

    /** A browser's request on the preview host, with the session cookie if any. */
    const browse = (uri: string, cookie?: string, more: ViewerRequestOptions = {}) => {
      const event = functionViewerRequestEvent({
        host,
        uri,
        headers: { accept: BROWSER },
        ...more,
      });
      if (cookie !== undefined) event.request.cookies[COOKIE] = { value: cookie };
      return event;
    };
    /** Signs in on the preview host as the sign-in page's script does: the cookie. */
    const signIn = async (user: string, password: string): Promise<string> => {
      const result = await login(
        functionViewerRequestEvent({
          host,
          method: 'POST',
          uri: '/_login',
          querystring: 'next=%2Fdocs%2F',
          authorization: basic(user, password),
          headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', accept: '*/*' },
        }),
      );
      const cookie = isFunctionResponse(result) ? result.cookies?.[COOKIE]?.value : undefined;
      if (cookie === undefined) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
      return cookie;
    };
    const forwarded = (result: FunctionResult) =>
      isFunctionResponse(result) ? result : result.uri;

    maybe('sends a browser to /_login, and after sign-in there opens the preview', async () => {
      const first = await viewer(browse('/docs/'));
      if (!isFunctionResponse(first)) throw new Error('expected a response');
      expect(first.statusCode).toBe(303);
      expect(first.headers?.location?.value).toBe('/_login?next=%2Fdocs%2F');
      expect(first.headers?.['cache-control']?.value).toBe('private, no-store');

      const alice = await signIn('alice', 'alice-password-1');
      expect(forwarded(await viewer(browse('/docs/', alice)))).toBe(
        '/_previews/pr-7/docs/index.html',
      );
      expect(forwarded(await viewer(browse('/', alice)))).toBe('/_previews/pr-7/index.html');
      // The same session on the site's own paths: the site's rules (alice reads /public/** only).
      const site = { host: 'docs.example.com' };
      expect(forwarded(await viewer(browse('/public/a.html', alice, site)))).toBe('/public/a.html');
      const refused = await viewer(browse('/docs/', alice, site));
      expect(isFunctionResponse(refused) && refused.statusCode).toBe(403);
    });

    maybe('refuses a user previews.users does not name with the plain 403 page', async () => {
      const bob = await signIn('bob', 'bob-password-22');
      const result = await viewer(browse('/docs/', bob));
      if (!isFunctionResponse(result)) throw new Error('expected a response');
      expect(result.statusCode).toBe(403);
      expect(result.headers?.['cache-control']?.value).toBe('private, no-store');
      expect(result.headers?.['content-type']?.value).toBe('text/html; charset=utf-8');
      expect(result.headers?.['content-security-policy']?.value).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      const page = result.body?.data ?? '';
      expect(page).toContain('<h1>Not yours</h1>');
      expect(page).toContain('You are signed in as bob.');
      expect(page).toContain('<a href="/">Go to your home page</a>');
      expect(page).not.toContain('<style');
      // Another preview's key by path, on the preview host: a 404 page, never its content.
      const other = await viewer(browse('/_previews/pr-8/index.html', bob));
      expect(isFunctionResponse(other) && other.statusCode).toBe(404);
    });

    maybe("reads a token's globs inside the preview through its session", async () => {
      // A browser's first navigation with the token goes to /_login, which makes its session.
      const link = await viewer(
        browse('/docs/guide.html', undefined, { querystring: `secure-dist-token=${DOCS_TOKEN}` }),
      );
      if (!isFunctionResponse(link)) throw new Error('expected a response');
      expect(link.headers?.location?.value).toBe(
        `/_login?next=%2Fdocs%2Fguide.html&secure-dist-token=${DOCS_TOKEN}`,
      );
      const exchanged = await login(
        functionViewerRequestEvent({
          host,
          uri: '/_login',
          querystring: `next=%2Fdocs%2Fguide.html&secure-dist-token=${DOCS_TOKEN}`,
          headers: { accept: BROWSER },
        }),
      );
      const cookie = isFunctionResponse(exchanged) ? exchanged.cookies?.[COOKIE]?.value : undefined;
      if (cookie === undefined) throw new Error('no token session');
      expect(forwarded(await viewer(browse('/docs/guide.html', cookie)))).toBe(
        '/_previews/pr-7/docs/guide.html',
      );
      const outside = await viewer(browse('/secret.html', cookie));
      expect(isFunctionResponse(outside) && outside.statusCode).toBe(403);
    });
  },
);

describe('the Lambda@Edge origin-response for a preview key the bucket does not hold', () => {
  const handler = lambdaHandler({ domain: DOMAIN, users: '*' });

  it('answers a styled 404 page that says the preview does not exist', async () => {
    const result = await handler(
      originResponseEvent({ status: 404, uri: '/_previews/pr-42/a.html' }),
    );
    if (!isGeneratedResponse(result)) throw new Error('expected a response');
    expect(result.status).toBe('404');
    expect(result.headers?.['content-type']?.[0]?.value).toBe('text/html; charset=utf-8');
    expect(result.headers?.['content-security-policy']?.[0]?.value).toMatch(/default-src 'none'/);
    expect(result.headers?.['cache-control']?.[0]?.value).toBe('private, no-cache');
    expect(result.body).toContain('<h1>Preview 42 does not exist</h1>');
    expect(result.body).toContain('removed when their pull request closes');
    // S3's 403 (no ListBucket) is the same.
    const forbidden = await handler(
      originResponseEvent({ status: 403, uri: '/_previews/pr-42/a.html' }),
    );
    expect(isGeneratedResponse(forbidden) && forbidden.body).toContain('Preview 42 does not exist');
  });

  it('keeps the site 404 plain text and a preview folder redirect relative (host form)', async () => {
    const site = await handler(originResponseEvent({ status: 404, uri: '/a.html' }));
    expect(isGeneratedResponse(site) && site.body).toBe('404 Not Found\n');
    const folder = await handler(
      originResponseEvent({ status: 404, uri: '/_previews/pr-42/docs', querystring: 'a=1' }),
    );
    expect(isGeneratedResponse(folder) && folder.headers?.location?.[0]?.value).toBe('./docs/?a=1');
    const siteFolder = await handler(originResponseEvent({ status: 404, uri: '/docs' }));
    expect(isGeneratedResponse(siteFolder) && siteFolder.headers?.location?.[0]?.value).toBe(
      '/docs/',
    );
  });
});

describe('the core decision and the settings from the site', () => {
  it('names the preview and the key inside it, or 404, or the site', () => {
    expect(previewTarget('pr-12.p.example', 'a/b.html', 'p.example')).toEqual({
      prefix: '_previews/pr-12/',
      key: 'a/b.html',
    });
    expect(previewTarget('x.example', '_previews/pr-12/a', 'p.example')).toEqual({
      prefix: '_previews/pr-12/',
      key: 'a',
    });
    expect(previewTarget('x.example', '_previews/pr-12/a', undefined)).toEqual({
      prefix: '_previews/pr-12/',
      key: 'a',
    });
    expect(previewTarget('pr-12.p.example', '_previews/pr-12/a', 'p.example')).toBe(404);
    expect(previewTarget(undefined, 'a', 'p.example')).toBeUndefined();
    expect(previewTarget('p.example', '_previewsx/a', 'p.example')).toBeUndefined();
  });

  it('serves the prefix the preview commands write: one PREVIEWS_PREFIX, shared with the site model', () => {
    // One constant, defined in the edge core (which imports nothing) and re-exported by the model.
    expect(edgePreview).not.toHaveProperty('PREVIEWS_KEY_PREFIX');
    expect(siteModel.PREVIEWS_PREFIX).toBe(edgePreview.PREVIEWS_PREFIX);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const prefix = siteModel.previewPrefix(n);
        expect(previewTarget(`pr-${n}.p.example`, 'a.html', 'p.example')).toEqual({
          prefix,
          key: 'a.html',
        });
        expect(previewTarget('x.example', `${prefix}a.html`, undefined)).toEqual({
          prefix,
          key: 'a.html',
        });
      }),
    );
  });

  it('renders the site file settings for the edge', () => {
    expect(edgePreviews(undefined)).toBeUndefined();
    expect(edgePreviews({ domain: 'P.Example.com', users: ['alice'] })).toEqual({
      domain: 'p.example.com',
      users: ['alice'],
    });
    expect(edgePreviews({ domain: undefined, users: '*' })).toEqual({
      users: '*',
    });
  });

  it('writes an r: key per preview user to the function store, and removes it when dropped', () => {
    const pepper = generatePepper();
    const entries = (previewUsers?: '*' | string[]) =>
      buildStoreEntries({
        scope: 's',
        pepper,
        users: USERS,
        requireStrongPasswords: false,
        previewUsers,
      });
    const keys = (list: { key: string }[]) => list.map((e) => e.key);
    expect(keys(entries(['alice']))).toEqual(['r:alice', 'u:alice', 'u:bob']);
    expect(keys(entries('*'))).toEqual(['r:alice', 'r:bob', 'u:alice', 'u:bob']);
    expect(keys(entries())).toEqual(['u:alice', 'u:bob']);
    expect(planStoreUpdate(entries('*'), entries(['bob'])).deletes).toEqual(['r:alice']);
    expect(planStoreUpdate(entries('*'), entries()).deletes).toEqual(['r:alice', 'r:bob']);
  });

  it('renders a previews build for either login, holding the domain as its length and MAC', () => {
    const pepper = generatePepper();
    expect(renderFunctionCode({ realm: 'R', pepper, previews: {} })).toContain('"previews":{}');
    const held = JSON.stringify({
      length: DOMAIN.length,
      mac: createHmac('sha256', '_previews/').update(DOMAIN).digest('base64url'),
    });
    for (const [session, template] of [
      [undefined, PREVIEWS_FUNCTION_TEMPLATE],
      [FORM_SESSION, FORM_PREVIEWS_FUNCTION_TEMPLATE],
    ] as const) {
      const code = renderFunctionCode({
        realm: 'R',
        pepper,
        session,
        previews: { domain: DOMAIN },
      });
      const [head = '', tail = ''] = template.split(FUNCTION_PLACEHOLDER);
      expect(code.startsWith(head) && code.endsWith(tail)).toBe(true);
      expect(code).toContain(`"previews":${held}`);
      expect(code).not.toContain(DOMAIN);
    }
    expect(() => renderFunctionCode({ realm: 'R', pepper, previews: { domain: 'A B' } })).toThrow(
      /lower-case host name/,
    );
  });

  it('refuses preview users no user has and a domain that is not a host name', () => {
    const build = (previews: EdgePreviews) =>
      renderEdgeCode(buildEdgeConfig({ scope: 's', realm: 'R', users: USERS, previews }));
    expect(() => build({ users: ['carol'] })).toThrow(/previews name user 'carol'/);
    expect(() => build({ domain: 'a b', users: '*' })).toThrow(/is not a host name/);
    expect(() =>
      buildStoreEntries({
        scope: 's',
        pepper: generatePepper(),
        users: USERS,
        requireStrongPasswords: false,
        previewUsers: ['carol'],
      }),
    ).toThrow(/previews name user 'carol'/);
  });
});
