/**
 * The 404 page secure-dist publishes for a site on the CloudFront Functions runtime without a
 * root 404.html (src/sync/not-found-page.ts): when it is used, that it is the edge's own page
 * (its renderer and stylesheet), its own Content-Security-Policy (the hashes of exactly its
 * style and script), and its script — run here in a `node:vm` context with the few DOM calls it
 * makes — which names the preview by the same rule as core/preview.ts `previewTarget`, checked
 * on generated hosts and paths.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterScript } from './helpers/page-script.js';
import { PAGE_POLICY, PAGE_STYLE, answerPage } from '../src/edge/core/page.js';
import { keyOf } from '../src/edge/core/uri.js';
import { previewGoneContent, previewTarget } from '../src/edge/core/preview.js';
import { OWN_NOT_FOUND_PAGE_KEY, OWN_PAGES_PREFIX } from '../src/sync/local.js';
import {
  OWN_NOT_FOUND_PAGE_PATH,
  PREVIEW_NOTE,
  PREVIEW_NUMBER_SOURCE,
  notFoundPageKey,
  notFoundPageParameter,
  ownNotFoundPage,
  ownNotFoundPageOf,
} from '../src/sync/not-found-page.js';

const DOMAIN = 'preview.example.com';

/** The page's own policy, from its `<meta http-equiv>`. */
function metaPolicy(html: string): string {
  const m =
    /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(
      html,
    );
  return (m?.[1] ?? '').replace(/&quot;/g, '"');
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('when the distribution maps missing keys to it', () => {
  it('is the content root 404.html, else secure-dist’s page on the function runtime, else none', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'not-found-page-'));
    const site = (edge: 'lambda' | 'function', exclude: string[] = []) => ({
      edge,
      contentDir: dir,
      exclude,
    });
    expect(notFoundPageParameter(site('function'))).toBe(OWN_NOT_FOUND_PAGE_PATH);
    expect(notFoundPageParameter(site('lambda'))).toBe('');
    await writeFile(path.join(dir, '404.html'), 'own');
    expect(notFoundPageParameter(site('function'))).toBe('/404.html');
    expect(notFoundPageParameter(site('lambda'))).toBe('/404.html');
    expect(notFoundPageParameter(site('function', ['404.html']))).toBe(OWN_NOT_FOUND_PAGE_PATH);
    expect(ownNotFoundPageOf({ ...site('function'), realm: 'Docs', previews: undefined })).toBe(
      undefined,
    );
    expect(
      ownNotFoundPageOf({ ...site('function', ['404.html']), realm: 'Docs', previews: undefined }),
    ).toBe(ownNotFoundPage('Docs', undefined));
    // The path is the reserved key's, which the walk refuses as content.
    expect(notFoundPageKey(OWN_NOT_FOUND_PAGE_PATH)).toBe(OWN_NOT_FOUND_PAGE_KEY);
    expect(OWN_NOT_FOUND_PAGE_KEY.startsWith(OWN_PAGES_PREFIX)).toBe(true);
  });
});

describe('the page', () => {
  it('is the edge’s own 404 page (renderer, stylesheet, words) with its policy, and no script without previews', () => {
    const html = ownNotFoundPage('Docs & <Co>', undefined);
    const edge = answerPage(404, 'Docs & <Co>', undefined);
    // The same document as the edge's, but for the policy in its head.
    expect(html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')).toBe(
      edge,
    );
    expect(html).not.toContain('<script');
    expect(metaPolicy(html)).toBe(
      `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; base-uri 'none'; form-action 'none'`,
    );
    // The style hash is the one the edge's own pages are sent with.
    expect(PAGE_POLICY).toContain(`style-src ${sha256(PAGE_STYLE)}`);
  });

  it('with previews, says that a removed or expired preview answers it, and allows exactly its one script', () => {
    const html = ownNotFoundPage('Docs', { domain: DOMAIN });
    expect(html).toContain('<h1>Not found</h1>');
    expect(html).toContain(`<p>${PREVIEW_NOTE}</p>`);
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(metaPolicy(html)).toBe(
      `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; script-src ${sha256(scripts[0] ?? '')}; base-uri 'none'; form-action 'none'`,
    );
  });

  it('names the preview on a preview’s location, by host and by path, and says nothing more elsewhere', () => {
    const html = ownNotFoundPage('Docs', { domain: DOMAIN });
    const gone = previewGoneContent('Docs', '12');
    const preview = { heading: gone.heading, paragraphs: gone.paragraphs, title: 'Docs' };
    expect(afterScript(html, { host: `pr-12.${DOMAIN}`, pathname: '/docs/a.html' })).toEqual(
      preview,
    );
    expect(afterScript(html, { host: `PR-12.${DOMAIN}.:443`, pathname: '/' })).toEqual(preview);
    expect(
      afterScript(html, { host: 'docs.example.com', pathname: '/_previews/pr-12/x/' }),
    ).toEqual(preview);
    const site = {
      heading: 'Not found',
      paragraphs: ['There is nothing at this address.', PREVIEW_NOTE],
      title: 'Docs',
    };
    for (const [host, pathname] of [
      ['docs.example.com', '/docs/missing.html'],
      [`pr-012.${DOMAIN}`, '/'],
      [`www.${DOMAIN}`, '/'],
      [DOMAIN, '/_previews/pr-12'],
      [`pr-12.${DOMAIN}`, '/_previews/pr-12/x'],
    ] as const) {
      expect(afterScript(html, { host, pathname })).toEqual(site);
    }
    // The site file's domain in any case is the domain the edge holds: lower case.
    expect(
      afterScript(ownNotFoundPage('Docs', { domain: 'Preview.Example.COM' }), {
        host: `pr-12.${DOMAIN}`,
        pathname: '/',
      }),
    ).toEqual(preview);
    // Without a preview domain, only the path form.
    const pathOnly = ownNotFoundPage('Docs', { domain: undefined });
    expect(afterScript(pathOnly, { host: `pr-12.${DOMAIN}`, pathname: '/' }).heading).toBe(
      'Not found',
    );
    expect(
      afterScript(pathOnly, { host: 'localhost:8080', pathname: '/_previews/pr-7/' }).heading,
    ).toBe('Preview 7 does not exist');
  });

  it('finds the preview number exactly as previewTarget does', () => {
    const number = vm.runInNewContext(`(${PREVIEW_NUMBER_SOURCE})`) as (
      host: string,
      path: string,
      domain: string,
    ) => string;
    const label = fc.oneof(
      fc.integer({ min: 1, max: 1_999_999_999 }).map((n) => `pr-${n}`),
      fc.constantFrom('pr-0', 'pr-01', 'pr-', 'pr-1a', 'www', 'a.pr-3', 'PR-5', 'pr-999999999'),
    );
    const domain = fc.constantFrom('', DOMAIN, 'localhost', 'example.com');
    const host = fc
      .tuple(
        fc.oneof(
          label.map((l) => `${l}.`),
          fc.constant(''),
        ),
        fc.constantFrom(DOMAIN, 'localhost', 'docs.example.com', 'example.com', 'other.org'),
        fc.constantFrom('', '.', ':8080', '.:443', ':'),
      )
      .map(([l, d, tail]) => `${l}${d}${tail}`);
    const segment = fc.oneof(
      label,
      fc.constantFrom('_previews', 'docs', 'a.html', 'index.html', '_previews_x'),
    );
    const pathname = fc
      .tuple(fc.array(segment, { maxLength: 4 }), fc.boolean())
      .map(([s, folder]) => `/${s.join('/')}${folder && s.length > 0 ? '/' : ''}`);
    fc.assert(
      fc.property(host, pathname, domain, (h, p, d) => {
        const key = keyOf(p);
        const target = typeof key === 'string' ? previewTarget(h, key, d) : 404;
        const expected =
          typeof target === 'object'
            ? (/^_previews\/pr-(\d+)\/$/.exec(target.prefix)?.[1] ?? '')
            : '';
        expect(number(h, p, d)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
