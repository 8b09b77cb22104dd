/**
 * The pages the edge answers browsers with (issue 23 #2, src/edge/core/page.ts): one renderer,
 * everything escaped, self-contained, its one stylesheet allowed by the hash in its policy.
 * The answers themselves: edge-conformance.test.ts (400/401/403/404, every runtime) and
 * share-edge.test.ts (the share behavior's refusals, Lambda@Edge only).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  PAGE_POLICY,
  PAGE_STYLE,
  PLAIN_PAGE_POLICY,
  SHARED,
  answerPage,
  plainRefusalPage,
  renderPage,
} from '../src/edge/core/index.js';

describe('renderPage', () => {
  it('allows its one stylesheet by hash, and nothing else loads', () => {
    const hash = createHash('sha256').update(PAGE_STYLE, 'utf8').digest('base64');
    expect(PAGE_POLICY).toContain(`style-src 'sha256-${hash}'`);
    expect(PAGE_POLICY).toMatch(/^default-src 'none';/);
    expect(PAGE_POLICY).toContain("base-uri 'none'");
    expect(PAGE_POLICY).toContain("form-action 'none'");
    expect(PAGE_POLICY).toContain("frame-ancestors 'none'");
    expect(PAGE_POLICY).not.toMatch(/unsafe|script-src|https?:/);
  });

  it('is self-contained, for phones and dark mode, with the realm as its title', () => {
    for (const status of [400, 401, 403, 404]) {
      const html = answerPage(status, 'Acme partner site', 'alice');
      expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
      expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
      expect(html).toContain('<title>Acme partner site</title>');
      expect(html).toContain(`<style>${PAGE_STYLE}</style>`);
      expect(PAGE_STYLE).toContain('@media(prefers-color-scheme:dark)');
      expect(PAGE_STYLE).toContain('color-scheme:light dark');
      // No script, no external asset of any kind.
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:/i);
      expect(Buffer.byteLength(html)).toBeLessThan(2048);
    }
  });

  it('escapes every text it is given (the markup of any input is the markup of a plain one)', () => {
    const tags = (html: string): number => html.split('<').length;
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.string(),
        fc.string(),
        (title, heading, paragraphs, href, label) => {
          const html = renderPage(
            { title, heading, paragraphs, actions: [{ href, label }] },
            PAGE_STYLE,
            '',
          );
          const plain = renderPage(
            {
              title: 'x',
              heading: 'x',
              paragraphs: paragraphs.map(() => 'x'),
              actions: [{ href: 'x', label: 'x' }],
            },
            PAGE_STYLE,
            '',
          );
          expect(tags(html)).toBe(tags(plain));
          expect(html.split('"').length).toBe(plain.split('"').length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says what each answer means; a signed-in user gets a link home, others none', () => {
    expect(answerPage(401, 'R', undefined)).toContain('<h1>Sign-in required</h1>');
    expect(answerPage(401, 'R', undefined)).not.toContain('<a ');
    const denied = answerPage(403, 'R', 'alice');
    expect(denied).toContain('<h1>Not yours</h1>');
    expect(denied).toContain('<p>You are signed in as alice.</p>');
    expect(denied).toContain('<a href="/">Go to your home page</a>');
    expect(answerPage(404, 'R', 'alice')).toContain('<h1>Not found</h1>');
    expect(answerPage(400, 'R', 'alice')).toContain('<h1>Bad request</h1>');
    const link = answerPage(403, 'R', SHARED);
    expect(link).toContain('<h1>This link does not work</h1>');
    expect(link).toContain('ask its sender for a new one');
    expect(link).not.toContain('<a ');
  });
});

describe('plainRefusalPage (the CloudFront Function build with login: form and previews)', () => {
  it('says what answerPage says, without the stylesheet, under a policy that lets nothing apply', () => {
    for (const status of [400, 403, 404]) {
      const plain = plainRefusalPage(status, 'Acme <partners>', 'alice & bob');
      const styled = answerPage(status, 'Acme <partners>', 'alice & bob');
      expect(plain).toBe(styled.replace(`<style>${PAGE_STYLE}</style>`, ''));
      expect(plain).not.toContain('<style');
      expect(plain).toContain('<title>Acme &#60;partners&#62;</title>');
    }
    expect(plainRefusalPage(403, 'R', 'alice & bob')).toContain(
      'You are signed in as alice &#38; bob.',
    );
    expect(PLAIN_PAGE_POLICY).toBe(PAGE_POLICY.replace(/ style-src [^;]*;/, ''));
    expect(PLAIN_PAGE_POLICY).toMatch(/^default-src 'none';/);
  });
});
