/**
 * Access rules (input `access`) and the per-user home page, on the edge function as deployed:
 * the configuration is built with buildEdgeConfig, rendered with renderEdgeCode and loaded with
 * loadHandlerFromSource, then sent viewer-request events (issue 10).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER } from '../src/edge/bundled.js';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeConfig,
  type EdgeHandler,
} from '../src/edge/config.js';
import {
  canonicalPath,
  globProblem,
  homeLink,
  homePage,
  keyOf,
  type AccessRule,
} from '../src/edge/core/index.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  type CloudFrontRequestResult,
} from '../src/edge/events.js';
import { synthesize } from '../src/synth/index.js';

const USERS = [
  { user: 'alice', password: 'alice-pw' },
  { user: 'bob', password: 'bob-pw' },
  { user: 'carol', password: 'carol-pw' },
  { user: 'dave', password: 'dave-pw' },
];
/** The example of issue 10, plus `dave`, whom no line names but `*`. */
const RULES: AccessRule[] = [
  { users: ['alice'], globs: ['/acme/**'] },
  { users: ['bob', 'carol'], globs: ['/globex/**', '/shared/**'] },
  { users: ['*'], globs: ['/public/**'] },
];

let base: EdgeConfig;
let handler: EdgeHandler;

beforeAll(() => {
  base = buildEdgeConfig({ scope: 'access-test', realm: 'Partner <Site> & Co', users: USERS });
  handler = load(RULES);
});

function load(access: AccessRule[]): EdgeHandler {
  return loadHandlerFromSource(renderEdgeCode({ ...base, access }));
}

function auth(user: string): string {
  const password = USERS.find((u) => u.user === user)?.password ?? 'wrong';
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function get(
  uri: string,
  user: string | undefined,
  h: EdgeHandler = handler,
): Promise<CloudFrontRequestResult> {
  return h(
    viewerRequestEvent({ uri, ...(user !== undefined ? { authorization: auth(user) } : {}) }),
  );
}

/** The forwarded URI, or the generated status. */
async function outcome(uri: string, user: string, h: EdgeHandler = handler): Promise<string> {
  const result = await get(uri, user, h);
  return isGeneratedResponse(result) ? result.status : result.uri;
}

const FORBIDDEN = {
  status: '403',
  statusDescription: 'Forbidden',
  headers: {
    'cache-control': [{ key: 'Cache-Control', value: 'private, no-store' }],
    'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
  },
  body: '403 Forbidden\n',
};

describe('access rules at the edge', () => {
  it('lets each user read the union of the globs of the lines naming them or *', async () => {
    expect(await outcome('/acme/report.pdf', 'alice')).toBe('/acme/report.pdf');
    expect(await outcome('/public/a.txt', 'alice')).toBe('/public/a.txt');
    expect(await outcome('/globex/x.csv', 'alice')).toBe('403');
    expect(await outcome('/shared/x.csv', 'alice')).toBe('403');
    for (const user of ['bob', 'carol']) {
      expect(await outcome('/globex/deep/er/x.csv', user)).toBe('/globex/deep/er/x.csv');
      expect(await outcome('/shared/x.csv', user)).toBe('/shared/x.csv');
      expect(await outcome('/public/a.txt', user)).toBe('/public/a.txt');
      expect(await outcome('/acme/report.pdf', user)).toBe('403');
    }
    expect(await outcome('/public/a.txt', 'dave')).toBe('/public/a.txt');
    expect(await outcome('/acme/report.pdf', 'dave')).toBe('403');
  });

  it('/acme/** covers /acme, /acme/ and everything under it, never /acme-evil/x', async () => {
    expect(await outcome('/acme', 'alice')).toBe('/acme');
    expect(await outcome('/acme/', 'alice')).toBe('/acme/index.html');
    expect(await outcome('/acme/a/b/c/d.txt', 'alice')).toBe('/acme/a/b/c/d.txt');
    expect(await outcome('/acme-evil/x', 'alice')).toBe('403');
    expect(await outcome('/acme-evil', 'alice')).toBe('403');
    expect(await outcome('/acmex/', 'alice')).toBe('403');
  });

  it('matches case-sensitively on the normalised key (decoded, // collapsed)', async () => {
    expect(await outcome('/ACME/report.pdf', 'alice')).toBe('403');
    expect(await outcome('/Acme/', 'alice')).toBe('403');
    expect(await outcome('/%61cme/report.pdf', 'alice')).toBe('/acme/report.pdf');
    expect(await outcome('//acme//report.pdf', 'alice')).toBe('/acme/report.pdf');
    expect(await outcome('/%67lobex/x', 'alice')).toBe('403');
  });

  it('answers 401 before 403: a wrong or missing password never learns about rules', async () => {
    const wrong = await handler(
      viewerRequestEvent({
        uri: '/globex/x',
        authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}`,
      }),
    );
    expect(isGeneratedResponse(wrong) && wrong.status).toBe('401');
    const none = await get('/globex/x', undefined);
    expect(isGeneratedResponse(none) && none.status).toBe('401');
  });

  it('answers the same 403 whether the key exists or not (decided before the origin)', async () => {
    // The handler never sees the bucket: the answer for a forbidden key depends only on it.
    const existing = await get('/globex/report.pdf', 'alice');
    const missing = await get('/globex/no-such-file-ever.pdf', 'alice');
    expect(existing).toEqual(FORBIDDEN);
    expect(missing).toEqual(FORBIDDEN);
  });

  it('still refuses crafted paths with 400 before any rule', async () => {
    for (const uri of [
      '/acme/%2e%2e/globex/x',
      '/acme/..%2fglobex/x',
      '/acme/%2fglobex',
      '/acme/a%5c..%5cglobex',
      '/acme/a\\b',
      '/acme/%00',
      '/globex/%2e%2e/acme/x',
    ]) {
      expect([uri, await outcome(uri, 'alice')]).toEqual([uri, '400']);
    }
  });

  it('empty access: every user reads everything, as before', async () => {
    const open = loadHandlerFromSource(renderEdgeCode(base));
    expect(await outcome('/globex/x', 'alice', open)).toBe('/globex/x');
    expect(await outcome('/', 'dave', open)).toBe('/index.html');
    expect(renderEdgeCode({ ...base, access: [] })).toBe(renderEdgeCode(base));
  });

  it('bakes the rules in deterministically, and refuses a rule for an unknown user', () => {
    expect(renderEdgeCode({ ...base, access: RULES })).toBe(
      renderEdgeCode({ ...base, access: RULES.map((r) => ({ ...r })) }),
    );
    expect(renderEdgeCode({ ...base, access: RULES })).not.toBe(renderEdgeCode(base));
    expect(() =>
      renderEdgeCode({ ...base, access: [{ users: ['mallory'], globs: ['/**'] }] }),
    ).toThrow("access rule names user 'mallory', which no user has");
    expect(() =>
      renderEdgeCode({ ...base, access: [{ users: ['alice'], globs: ['acme'] }] }),
    ).toThrow('does not start with /');
  });

  it('fails closed on a malformed rule it was never rendered with (skipped, still restricted)', async () => {
    const config = { ...base, access: [{ users: 'alice', globs: ['/**'] }, { users: ['alice'] }] };
    const code = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER).join(JSON.stringify(config));
    const h = loadHandlerFromSource(code);
    expect(await outcome('/acme/x', 'alice', h)).toBe('403');
    expect(await outcome('/acme/x', 'bob', h)).toBe('403');
  });

  it('* is exactly one segment, ** any depth, and a trailing / names the index', async () => {
    const h = load([{ users: ['alice'], globs: ['/reports/*/summary.pdf', '/docs/', '/one/*'] }]);
    expect(await outcome('/reports/2026/summary.pdf', 'alice', h)).toBe(
      '/reports/2026/summary.pdf',
    );
    expect(await outcome('/reports/summary.pdf', 'alice', h)).toBe('403');
    expect(await outcome('/reports/a/b/summary.pdf', 'alice', h)).toBe('403');
    expect(await outcome('/docs/', 'alice', h)).toBe('/docs/index.html');
    expect(await outcome('/docs/other.html', 'alice', h)).toBe('403');
    expect(await outcome('/one/x', 'alice', h)).toBe('/one/x');
    expect(await outcome('/one/', 'alice', h)).toBe('/one/index.html');
    expect(await outcome('/one/x/y', 'alice', h)).toBe('403');
  });
});

describe('the home page', () => {
  it('is served for / to a user who may not read /index.html', async () => {
    const result = await get('/', 'alice');
    if (!isGeneratedResponse(result)) throw new Error('expected a generated page');
    expect(result.status).toBe('200');
    expect(result.headers?.['cache-control']).toEqual([
      { key: 'Cache-Control', value: 'private, no-store' },
    ]);
    expect(result.headers?.['content-type']).toEqual([
      { key: 'Content-Type', value: 'text/html; charset=utf-8' },
    ]);
    const body = result.body ?? '';
    expect(body).toContain('<h1>Partner &#60;Site&#62; &#38; Co</h1>');
    expect(body).toContain('<a href="/acme/">/acme/</a>');
    expect(body).toContain('<a href="/public/">/public/</a>');
    expect(body).not.toMatch(/globex|shared/);
    expect(Buffer.byteLength(body)).toBeLessThan(40 * 1024);
  });

  it('lists only the folders of the user’s own lines', async () => {
    const result = await get('/', 'bob');
    const body = isGeneratedResponse(result) ? (result.body ?? '') : '';
    expect(body).toContain('href="/globex/"');
    expect(body).toContain('href="/shared/"');
    expect(body).not.toContain('acme');
  });

  it('is not served for /index.html itself (403), nor to a user who may read it', async () => {
    expect(await get('/index.html', 'alice')).toEqual(FORBIDDEN);
    const h = load([...RULES, { users: ['carol'], globs: ['/index.html'] }]);
    expect(await outcome('/', 'carol', h)).toBe('/index.html');
    expect(await outcome('/', 'bob', h)).toBe('200');
  });

  it('escapes names and links and never lists another folder', () => {
    const page = homePage('Site', ['/a"b<script>alert(1)</script>/**', '/x&y/**']);
    expect(page).not.toContain('<script>');
    expect(page).toContain('href="/a%22b%3Cscript%3Ealert(1)%3C/script%3E/"');
    expect(page).toContain('>/a&#34;b&#60;script&#62;alert(1)&#60;/script&#62;/<');
    expect(page).toContain('href="/x&#38;y/"');
    expect(homePage('Site', [])).toContain('There are no folders for you here.');
  });

  it('leaves out a link the user’s own globs would refuse (no dead links)', () => {
    const page = homePage('Site', ['/reports/*/acme.pdf', '/acme/*']);
    expect(page).toContain('href="/acme/"');
    expect(page).not.toContain('reports');
  });

  it('links the fixed prefix of each glob', () => {
    expect(homeLink('/acme/**')).toBe('/acme/');
    expect(homeLink('/a/b/*/c')).toBe('/a/b/');
    expect(homeLink('/**')).toBe('/');
    expect(homeLink('/docs/report.pdf')).toBe('/docs/report.pdf');
    expect(homeLink('/docs/')).toBe('/docs/');
    expect(homeLink('/Q3 reports/**')).toBe('/Q3%20reports/');
  });

  it('stays under the 40 KB generated-response limit with thousands of globs', () => {
    const globs = Array.from({ length: 5000 }, (_, i) => `/folder-${i}-${'x'.repeat(40)}/**`);
    const page = homePage('Site', globs);
    expect(Buffer.byteLength(page)).toBeLessThan(40 * 1024);
    expect(page).toContain('Your folders (first ');
  });
});

describe('glob rules', () => {
  it('names what is wrong with a glob', () => {
    expect(globProblem('/acme/**')).toBeUndefined();
    expect(globProblem('acme/**')).toBe('does not start with /');
    expect(globProblem('/acme/*.pdf')).toMatch(/whole segments/);
    expect(globProblem('/acme/../x')).toMatch(/'\.\.' segment/);
    expect(globProblem('/a\\b')).toMatch(/backslash/);
  });
});

/** Reference matcher: recursive, on whole segments, written independently of the core. */
function referenceMatch(glob: string[], key: string[]): boolean {
  if (glob.length === 0) return key.length === 0;
  const [head, ...rest] = glob;
  if (head === '**') {
    for (let i = 0; i <= key.length; i += 1) if (referenceMatch(rest, key.slice(i))) return true;
    return false;
  }
  if (key.length === 0) return false;
  return (head === '*' || head === key[0]) && referenceMatch(rest, key.slice(1));
}

function referenceGlobSegments(glob: string): string[] {
  const parts = glob.split('/').filter((p) => p !== '');
  return glob.endsWith('/') ? [...parts, 'index.html'] : parts;
}

describe('fuzzed rules and URIs against a reference matcher', () => {
  const segment = fc.constantFrom('acme', 'acme-evil', 'globex', 'shared', 'x', 'index.html', 'A');
  const globSegment = fc.oneof(segment, fc.constantFrom('*', '**'));
  const glob = fc
    .tuple(fc.array(globSegment, { minLength: 0, maxLength: 4 }), fc.boolean())
    .map(([parts, slash]) => `/${parts.join('/')}${slash && parts.length > 0 ? '/' : ''}`);
  const rule: fc.Arbitrary<AccessRule> = fc.record({
    users: fc.uniqueArray(fc.constantFrom('alice', 'bob', '*'), { minLength: 1, maxLength: 2 }),
    globs: fc.array(glob, { minLength: 1, maxLength: 3 }),
  });
  const uriSegment = fc.oneof(
    { weight: 6, arbitrary: segment },
    {
      weight: 2,
      arbitrary: fc.constantFrom('', '%61cme', 'ACME', 'acme%2Fx', '%2e%2e', '..', '.', 'a%5cb'),
    },
  );
  const uri = fc
    .tuple(fc.array(uriSegment, { minLength: 0, maxLength: 5 }), fc.boolean())
    .map(([parts, slash]) => `/${parts.join('/')}${slash ? '/' : ''}`);

  it('forwards exactly what the reference allows, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rule, { minLength: 1, maxLength: 3 }),
        fc.array(uri, { minLength: 1, maxLength: 8 }),
        async (rules, uris) => {
          const h = load(rules);
          for (const user of ['alice', 'bob']) {
            const globs = rules
              .filter((r) => r.users.includes(user) || r.users.includes('*'))
              .flatMap((r) => r.globs.map(referenceGlobSegments));
            for (const u of uris) {
              const got = await outcome(u, user, h);
              const key = keyOf(u);
              if (typeof key !== 'string') {
                expect(got).toBe(String(key));
                continue;
              }
              const allowed = globs.some((g) => referenceMatch(g, key.split('/')));
              if (allowed) expect(got).toBe(canonicalPath(key));
              else if (key === 'index.html' && /^\/+$/.test(u)) expect(got).toBe('200');
              else expect(got).toBe('403');
            }
          }
        },
      ),
      { numRuns: 150, seed: 20_261_129 },
    );
  });
});

describe('the template with rules', () => {
  it('synthesizes the rules into the edge function', () => {
    const { edge } = synthesize({
      stackName: 'rules-test',
      region: 'eu-central-1',
      realm: 'R',
      users: [{ user: 'alice', password: 'pw' }],
      access: [{ users: ['alice'], globs: ['/acme/**'] }],
      standInHashes: true,
    });
    expect(edge.templateBody).toContain('/acme/**');
  });

  it('names the rules when they push the template over the limit', () => {
    const users = Array.from({ length: 100 }, (_, i) => ({ user: `user${i}`, password: 'pw' }));
    const access = users.map((u) => ({
      users: [u.user],
      globs: Array.from({ length: 20 }, (_, j) => `/partner-${u.user}/project-${j}/**`),
    }));
    expect(() =>
      synthesize({
        stackName: 'rules-test',
        region: 'eu-central-1',
        realm: 'R',
        users,
        access,
        standInHashes: true,
      }),
    ).toThrow(/access rules \(100 lines of `access`\).*fewer or shorter `access` rules/);
  });
});
