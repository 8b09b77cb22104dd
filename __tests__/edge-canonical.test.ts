/**
 * One canonical encoding of each path (issue 15 #11): the edge function forwards every
 * request's URI re-encoded with the same function that builds invalidation paths
 * (src/edge/core/encoding.ts, imported by src/invalidate/paths.ts), so whatever encoding a
 * viewer uses, the cache entry is the one invalidating the key purges. Also: the core stays
 * pure, so a second runtime can share it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
} from '../src/edge/config.js';
import { canonicalPath, hasControlCharacter, mapViewerUri } from '../src/edge/core/index.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import { planInvalidation, toInvalidationPath } from '../src/invalidate/paths.js';

const AUTH = `Basic ${Buffer.from('alice:canonical-password').toString('base64')}`;
let handler: EdgeHandler;

beforeAll(() => {
  const config = buildEdgeConfig({
    scope: 'canonical',
    realm: 'R',
    users: [{ user: 'alice', password: 'canonical-password' }],
  });
  handler = loadHandlerFromSource(renderEdgeCode(config));
});

async function forwarded(uri: string): Promise<string> {
  const result = await handler(viewerRequestEvent({ uri, authorization: AUTH }));
  if (isGeneratedResponse(result)) throw new Error(`${uri}: ${result.status}`);
  return result.uri;
}

const hex = (b: number, lower: boolean): string => {
  const h = b.toString(16).padStart(2, '0');
  return `%${lower ? h : h.toUpperCase()}`;
};

/** One character of a key written as a viewer might: raw (when it may be), or %XX in any case. */
function spell(ch: string, choice: number): string {
  const mustEncode = ch === '%' || ch === '?' || ch === '#' || ch > '~' || ch <= ' ';
  if (choice === 0 && !mustEncode) return ch;
  return [...Buffer.from(ch, 'utf8')].map((b) => hex(b, choice === 2)).join('');
}

// Keys the edge can serve: segments non-empty, not `.`/`..`, no `\` or control characters.
const servable = (segment: string): boolean =>
  segment !== '' &&
  segment !== '.' &&
  segment !== '..' &&
  !hasControlCharacter(segment) &&
  !/[\\/]/.test(segment) &&
  !/[\ud800-\udfff]/.test(segment);
const segment = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
    fc.constantFrom('secret.pdf', 'LICENSE', 'a b', '100%', 'x?y', 'h#1', '~u', 'é', '*', '+'),
  )
  .filter(servable);
const key = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

describe('the edge and the invalidation paths agree on one encoding', () => {
  it('/secr%65t.pdf reaches the cache and the origin as /secret.pdf, which invalidating secret.pdf purges', async () => {
    expect(await forwarded('/secr%65t.pdf')).toBe('/secret.pdf');
    expect(toInvalidationPath('secret.pdf')).toBe('/secret.pdf');
    expect(planInvalidation(['secret.pdf']).paths).toEqual(['/secret.pdf']);
  });

  it('for random keys, every equivalent encoding is forwarded as the key’s invalidation path', async () => {
    await fc.assert(
      fc.asyncProperty(
        key,
        fc.infiniteStream(fc.integer({ min: 0, max: 2 })),
        async (k, choices) => {
          const it = choices[Symbol.iterator]();
          const uri = `/${k
            .split('/')
            .map((s) => [...s].map((ch) => spell(ch, it.next().value ?? 0)).join(''))
            .join('/')}`;
          expect(await forwarded(uri)).toBe(toInvalidationPath(k));
          // …and the folder of a key: `/dir/` is `dir/index.html`'s path.
          const folder = k.includes('/') ? k.slice(0, k.lastIndexOf('/') + 1) : '';
          expect(await forwarded(toInvalidationPath(folder))).toBe(
            toInvalidationPath(`${folder}index.html`),
          );
        },
      ),
      { seed: 15_11, numRuns: 500 },
    );
  });

  it('the canonical form is a fixed point: forwarding a forwarded URI changes nothing', () => {
    fc.assert(
      fc.property(key, (k) => {
        const once = mapViewerUri(canonicalPath(k));
        expect(once).toBe(canonicalPath(k));
        expect(mapViewerUri(once)).toBe(once);
      }),
      { seed: 20_261_129, numRuns: 500 },
    );
  });

  it('invalidation paths use the edge core’s encoder (one function, not a copy)', async () => {
    const source = await readFile(
      path.join(import.meta.dirname, '../src/invalidate/paths.ts'),
      'utf8',
    );
    expect(source).toContain("from '../edge/core/encoding.js'");
    expect(source).not.toMatch(/encodeURIComponent|\.toString\(16\)/);
  });
});

describe('the auth core is pure', () => {
  it('imports nothing from node: and uses no Buffer (a second runtime can share it)', async () => {
    const dir = path.join(import.meta.dirname, '../src/edge/core');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual([
      'access.ts',
      'audit.ts',
      'basic.ts',
      'cache-control.ts',
      'content-policy.ts',
      'encoding.ts',
      'index.ts',
      'limits.ts',
      'login-form.ts',
      'page.ts',
      'preview.ts',
      'session.ts',
      'share-cookies.ts',
      'share.ts',
      'sign-in-page.ts',
      'token.ts',
      'uri.ts',
    ]);
    for (const file of files) {
      const source = await readFile(path.join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect({ file, imports: imports.filter((i) => !i?.startsWith('./')) }).toEqual({
        file,
        imports: [],
      });
      expect({ file, buffer: /\bBuffer\b|\brequire\(/.test(source) }).toEqual({
        file,
        buffer: false,
      });
    }
  });
});
