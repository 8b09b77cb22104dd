/**
 * Share links at the edge (issue 12): the pure share-prefix mapping (src/edge/core/share.ts)
 * and the deployed handler with and without `share: true`. The handler must skip Basic auth
 * for a `/_share/` URI ONLY when the site has the signed share behavior, and never for a URI
 * CloudFront could have routed to the default behavior (dot segments, other case, encodings).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
} from '../src/edge/config.js';
import { PAGE_POLICY, SHARED, answerPage } from '../src/edge/core/page.js';
import { keyPairIdOf, shareRequest } from '../src/edge/core/share.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';

const SIGNED =
  'Expires=1800000000&Signature=abc~-_&Key-Pair-Id=K2JCJMDEHXQW5F&Hash-Algorithm=SHA256';

describe('shareRequest (pure)', () => {
  it('maps /_share/<key> to the key and names the key that signed it', () => {
    expect(shareRequest('/_share/docs/report.pdf', SIGNED)).toEqual({
      key: 'docs/report.pdf',
      keyId: 'K2JCJMDEHXQW5F',
    });
    expect(shareRequest('/_share/docs/', SIGNED)).toEqual({
      key: 'docs/index.html',
      keyId: 'K2JCJMDEHXQW5F',
    });
    expect(shareRequest('/_share/Q3%20reports/r%C3%A9sum%C3%A9.pdf', SIGNED)).toMatchObject({
      key: 'Q3 reports/résumé.pdf',
    });
  });

  it.each([
    '/_share/../secret.pdf',
    '/_share/docs/../../secret.pdf',
    '/_share/%2e%2e/secret.pdf',
    '/_share/./a.pdf',
    '/_share/a%2fb.pdf',
    '/_share/a\\b.pdf',
    '/_share/%zz.pdf',
  ])('refuses %s with 400 (CloudFront may have matched its normalized form elsewhere)', (uri) => {
    expect(shareRequest(uri, SIGNED)).toBe(400);
  });

  it('refuses a request without exactly one well-formed Key-Pair-Id with 403', () => {
    expect(shareRequest('/_share/a.pdf', '')).toBe(403);
    expect(shareRequest('/_share/a.pdf', 'Key-Pair-Id=K1&Key-Pair-Id=K2')).toBe(403);
    expect(shareRequest('/_share/a.pdf', 'Key-Pair-Id=k<script>')).toBe(403);
    expect(keyPairIdOf('x=1&Key-Pair-Id=KABC&y=2')).toBe('KABC');
  });

  it('is not a share request unless the raw URI starts with the literal /_share/', () => {
    expect(shareRequest('/_SHARE/a.pdf', SIGNED)).toBe(400);
    expect(shareRequest('/%5Fshare/a.pdf', SIGNED)).toBe(400);
    expect(shareRequest('//_share/a.pdf', SIGNED)).toBe(400);
  });
});

function handlerFor(share: boolean): EdgeHandler {
  return loadHandlerFromSource(
    renderEdgeCode(
      buildEdgeConfig({
        scope: 'share-test',
        realm: 'Test',
        users: [{ user: 'alice', password: 'alice-password' }],
        access: [{ users: ['alice'], globs: ['/public/**'] }],
        share,
      }),
    ),
  );
}

async function viewer(handler: EdgeHandler, uri: string, querystring = SIGNED) {
  return handler(viewerRequestEvent({ uri, querystring }));
}

describe('the handler on a site with share links (share: true)', () => {
  let handler: EdgeHandler;
  beforeAll(() => {
    handler = handlerFor(true);
  });

  it('serves a share request without Basic auth and outside the access rules, as the key', async () => {
    const result = await viewer(handler, '/_share/private/report.pdf');
    expect(isGeneratedResponse(result)).toBe(false);
    expect(result).toMatchObject({ uri: '/private/report.pdf', querystring: SIGNED });
    const folder = await viewer(handler, '/_share/private/');
    expect(folder).toMatchObject({ uri: '/private/index.html' });
  });

  it('drops a viewer Authorization header on the way to the origin', async () => {
    const result = await handler(
      viewerRequestEvent({
        uri: '/_share/a.pdf',
        querystring: SIGNED,
        authorization: 'Basic eDp5',
      }),
    );
    expect(isGeneratedResponse(result)).toBe(false);
    if (!isGeneratedResponse(result)) expect(result.headers.authorization).toBeUndefined();
  });

  it.each([
    ['/_share/../private/report.pdf', '400'],
    ['/_share/%2E%2E/private/report.pdf', '400'],
    ['/_share/a\\b.pdf', '400'],
  ])('answers %s with %s, never a password prompt', async (uri, status) => {
    const result = await viewer(handler, uri);
    expect(isGeneratedResponse(result) && result.status).toBe(status);
    if (isGeneratedResponse(result)) expect(result.headers?.['www-authenticate']).toBeUndefined();
  });

  it('answers a /_share/ request without a Key-Pair-Id with 403, never a prompt', async () => {
    const result = await viewer(handler, '/_share/a.pdf', '');
    expect(isGeneratedResponse(result) && result.status).toBe('403');
    if (isGeneratedResponse(result)) expect(result.headers?.['www-authenticate']).toBeUndefined();
  });

  it('keeps Basic auth for every other path, and for /_share/ look-alikes', async () => {
    for (const uri of [
      '/private/report.pdf',
      '/_SHARE/private/report.pdf',
      '/%5Fshare/private/report.pdf',
      '/_share',
    ]) {
      const result = await viewer(handler, uri);
      expect({ uri, status: isGeneratedResponse(result) ? result.status : 'forwarded' }).toEqual({
        uri,
        status: '401',
      });
    }
  });
});

describe('the handler on a site without share links (share absent)', () => {
  it('treats /_share/ like any other path: Basic auth', async () => {
    const handler = handlerFor(false);
    const result = await viewer(handler, '/_share/private/report.pdf');
    expect(isGeneratedResponse(result) && result.status).toBe('401');
  });

  it('renders no share flag into the code', () => {
    const config = buildEdgeConfig({
      scope: 's',
      realm: 'R',
      users: [{ user: 'a', password: 'b' }],
    });
    // The config object has no share key (the code itself has the string: the audit line's
    // `via: "share"`).
    expect(renderEdgeCode(config)).not.toMatch(/"share":/);
    expect(
      renderEdgeCode(
        buildEdgeConfig({
          scope: 's',
          realm: 'R',
          users: [{ user: 'a', password: 'b' }],
          share: true,
        }),
      ),
    ).toMatch(/"share":true/);
  });
});

describe('the audit line of a share request (issues 12: share links meet the audit trail)', () => {
  it('names the key that signed the link as the user, never a password, and no query string', async () => {
    const lines: string[] = [];
    const handler = loadHandlerFromSource(
      renderEdgeCode(
        buildEdgeConfig({
          scope: 'share-test',
          realm: 'Test',
          users: [{ user: 'alice', password: 'alice-password' }],
          share: true,
          audit: true,
        }),
      ),
      { log: (l) => lines.push(l) },
    );
    await viewer(handler, '/_share/private/report.pdf');
    await viewer(handler, '/_share/a.pdf', 'Expires=1800000000&Signature=abc');
    expect(lines).toHaveLength(2);
    const [granted, refused] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(granted).toMatchObject({
      user: 'share:K2JCJMDEHXQW5F',
      path: '/_share/private/report.pdf',
      result: 'allowed',
    });
    expect(refused).toMatchObject({ user: null, result: '403' });
    expect(lines.join('\n')).not.toContain('Signature');
  });
});

describe('share-link refusals for a browser (issue 23 #2)', () => {
  let handler: EdgeHandler;
  beforeAll(() => {
    handler = handlerFor(true);
  });
  const send = (uri: string, querystring: string, accept: string) =>
    handler(viewerRequestEvent({ uri, querystring, headers: { Accept: accept } }));

  it.each([
    ['/_share/a.pdf', '', 403],
    ['/_share/../a.pdf', SIGNED, 400],
  ])(
    'answers %s (query %j) with a page for a browser, the plain text for curl',
    async (uri, query, status) => {
      const page = await send(uri, query, 'text/html,*/*;q=0.8');
      if (!isGeneratedResponse(page)) throw new Error('expected a generated response');
      expect(page.status).toBe(String(status));
      expect(page.headers?.['content-type']?.[0]?.value).toBe('text/html; charset=utf-8');
      expect(page.headers?.['content-security-policy']?.[0]?.value).toBe(PAGE_POLICY);
      expect(page.headers?.['cache-control']?.[0]?.value).toBe('private, no-store');
      expect(page.headers?.['www-authenticate']).toBeUndefined();
      expect(page.body).toBe(answerPage(status, 'Test', SHARED));
      expect(page.body).not.toContain('<a ');
      const text = await send(uri, query, '*/*');
      if (!isGeneratedResponse(text)) throw new Error('expected a generated response');
      expect(text.body).toBe(status === 403 ? '403 Forbidden\n' : '400 Bad Request\n');
      expect(text.headers?.['content-type']?.[0]?.value).toBe('text/plain; charset=utf-8');
      expect(text.headers?.['content-security-policy']).toBeUndefined();
    },
  );
});
