/**
 * Folder share links that work when clicked through (issue 23 item 4): the response to a folder
 * link sets the link's CloudFront signed cookies for that folder (src/edge/core/share-cookies.ts,
 * the handler's viewer-response trigger), a file link sets none; and the sandbox checks signed
 * cookies as CloudFront does (src/share/verify.ts `verifySignedCookies`).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
} from '../src/edge/config.js';
import { shareCookies } from '../src/edge/core/share-cookies.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  viewerResponseEvent,
} from '../src/edge/events.js';
import { keyPairIdOfCookies, shareRequest } from '../src/edge/core/share.js';
import { signShareLink } from '../src/share/sign.js';
import {
  fromCloudFrontBase64,
  hasSigningParameter,
  verifySignedCookies,
} from '../src/share/verify.js';

const HOST = 'd111111abcdef8.cloudfront.net';
const ORIGIN = `https://${HOST}`;
const KEY_ID = 'K2JCJMDEHXQW5F';
const NOW = 1_800_000_000;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEYS = new Map([[KEY_ID, publicKey]]);

function link(path: string, expiresAt = NOW + 3600, origin = ORIGIN) {
  return signShareLink({ origin, path, keyPairId: KEY_ID, privateKey: PRIVATE_PEM, expiresAt });
}
const queryOf = (url: string): string => url.slice(url.indexOf('?') + 1);

/** The edge function as deployed, with or without share links. */
function render(share: boolean): EdgeHandler {
  return loadHandlerFromSource(
    renderEdgeCode(
      buildEdgeConfig({
        scope: 'share-cookies',
        realm: 'Test',
        users: [{ user: 'alice', password: 'alice-password' }],
        share,
      }),
    ),
  );
}

/** Bytes as CloudFront writes base64 (`-` `_` `~` for `+` `=` `/`). */
function cloudFrontBase64(text: string): string {
  return Buffer.from(text)
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/=/g, '_')
    .replace(/\//g, '~');
}

/** The `Cookie` header a browser sends back for these Set-Cookie values (name=value only). */
function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((c) => c.split(';')[0]).join('; ');
}

describe('shareCookies (pure)', () => {
  it('turns a folder link into its CloudFront cookies for that folder, expiring with the link', () => {
    const folder = link('docs/');
    const cookies = shareCookies(queryOf(folder.url), HOST, NOW);
    const params = new URLSearchParams(queryOf(folder.url));
    const attributes = `; Path=/_share/docs/; Expires=${new Date((NOW + 3600) * 1000).toUTCString()}; Secure; HttpOnly; SameSite=Lax`;
    expect(cookies).toEqual([
      `CloudFront-Policy=${params.get('Policy') ?? ''}${attributes}`,
      `CloudFront-Signature=${params.get('Signature') ?? ''}${attributes}`,
      `CloudFront-Key-Pair-Id=${KEY_ID}${attributes}`,
      `CloudFront-Hash-Algorithm=SHA256${attributes}`,
    ]);
  });

  it('keeps the encoded folder path of the policy resource as the cookie Path', () => {
    const cookies = shareCookies(queryOf(link('Berichte 2026/Q1/').url), HOST, NOW);
    expect(cookies?.[0]).toContain('; Path=/_share/Berichte%202026/Q1/;');
  });

  it('sets none for a file link, no link, another host, an expired or a tampered link', () => {
    const folder = queryOf(link('docs/').url);
    expect(shareCookies(queryOf(link('docs/a.pdf').url), HOST, NOW)).toBeUndefined();
    expect(shareCookies('', HOST, NOW)).toBeUndefined();
    expect(shareCookies('a=1', HOST, NOW)).toBeUndefined();
    expect(shareCookies(folder, 'other.example.com', NOW)).toBeUndefined();
    expect(shareCookies(folder, HOST, NOW + 3600)).toBeUndefined();
    expect(
      shareCookies(folder.replace(/Policy=[^&]{4}/, 'Policy=AAAA'), HOST, NOW),
    ).toBeUndefined();
    expect(shareCookies(folder.replace(/Policy=/, 'Policy=;'), HOST, NOW)).toBeUndefined();
    expect(shareCookies(`${folder}&Signature=x`, HOST, NOW)).toBeUndefined();
    // Other parameters are not the link's business, whatever their name.
    expect(shareCookies(`${folder}&constructor=1&__proto__=2&x`, HOST, NOW)).toHaveLength(4);
    expect(shareCookies(folder.replace(/Key-Pair-Id=\w+/, 'Key-Pair-Id=k;x'), HOST, NOW)).toBe(
      undefined,
    );
    expect(shareCookies(undefined, HOST, NOW)).toBeUndefined();
    expect(shareCookies(folder, undefined, NOW)).toBeUndefined();
  });

  it('a resource that is not a folder of /_share/ sets none, even when well formed', () => {
    const policy = (resource: string) =>
      cloudFrontBase64(
        JSON.stringify({
          Statement: [
            { Resource: resource, Condition: { DateLessThan: { 'AWS:EpochTime': NOW + 60 } } },
          ],
        }),
      );
    const query = (resource: string) =>
      `Policy=${policy(resource)}&Signature=abc&Key-Pair-Id=${KEY_ID}`;
    expect(shareCookies(query(`${ORIGIN}/_share/docs/*`), HOST, NOW)).toHaveLength(3);
    for (const resource of [
      `${ORIGIN}/*`,
      `${ORIGIN}/docs/*`,
      `${ORIGIN}/_share/docs/a.pdf`,
      `${ORIGIN}/_share/*/x/*`,
      `${ORIGIN}/_share/a;Domain=evil/*`,
      `https://evil.example/_share/docs/*`,
    ]) {
      expect({ resource, cookies: shareCookies(query(resource), HOST, NOW) }).toEqual({
        resource,
        cookies: undefined,
      });
    }
  });
});

describe('the handler: viewer-response of a share request', () => {
  let handler: EdgeHandler;
  let noShare: EdgeHandler;
  beforeAll(() => {
    handler = render(true);
    noShare = render(false);
  });
  const now = Math.floor(Date.now() / 1000);

  async function respond(h: EdgeHandler, querystring: string) {
    const result = await h(
      viewerResponseEvent({
        uri: '/docs/index.html',
        querystring,
        headers: {
          'Cache-Control': 'public, max-age=31536000',
          'x-amz-meta-viewer-cache-control': 'private, max-age=60',
          'Content-Type': 'text/html',
        },
      }),
    );
    if (!isGeneratedResponse(result)) throw new Error('viewer-response returned a request');
    return result.headers ?? {};
  }

  it('a folder link: the four cookies for the folder, and the response is private, no-store', async () => {
    const folder = link('docs/', now + 600);
    const headers = await respond(handler, queryOf(folder.url));
    const cookies = (headers['set-cookie'] ?? []).map((h) => h.value);
    expect(cookies).toEqual(shareCookies(queryOf(folder.url), HOST, now));
    expect(cookies).toHaveLength(4);
    for (const cookie of cookies) {
      expect(cookie).toMatch(
        /^CloudFront-(Policy|Signature|Key-Pair-Id|Hash-Algorithm)=[A-Za-z0-9_~-]+; Path=\/_share\/docs\/; Expires=.+ GMT; Secure; HttpOnly; SameSite=Lax$/,
      );
    }
    expect(headers['set-cookie']?.every((h) => h.key === 'Set-Cookie')).toBe(true);
    expect(headers['cache-control']).toEqual([
      { key: 'Cache-Control', value: 'private, no-store' },
    ]);
  });

  it('a file link, an expired folder link or a tampered one: no cookie, the usual Cache-Control', async () => {
    for (const query of [
      queryOf(link('docs/a.pdf', now + 600).url),
      queryOf(link('docs/', now - 1).url),
      queryOf(link('docs/', now + 600).url).replace(/Policy=[^&]{8}/, 'Policy=%%%%%%%%'),
      '',
    ]) {
      const headers = await respond(handler, query);
      expect({ query, cookies: headers['set-cookie'] }).toEqual({ query, cookies: undefined });
      expect(headers['cache-control']?.[0]?.value).toBe('private, max-age=60');
    }
  });

  it('a site without share links sets none', async () => {
    const headers = await respond(noShare, queryOf(link('docs/', now + 600).url));
    expect(headers['set-cookie']).toBeUndefined();
  });
});

describe('viewer-request of a request let in by signed cookies', () => {
  const cookie = (value: string) => [{ key: 'Cookie', value }];

  it('takes the key ID from CloudFront-Key-Pair-Id when the URL has no Key-Pair-Id', () => {
    expect(keyPairIdOfCookies(cookie(`a=1; CloudFront-Key-Pair-Id=${KEY_ID}; b=2`))).toBe(KEY_ID);
    expect(
      keyPairIdOfCookies([...cookie('a=1'), ...cookie(`CloudFront-Key-Pair-Id=${KEY_ID}`)]),
    ).toBe(KEY_ID);
    expect(keyPairIdOfCookies(cookie('CloudFront-Key-Pair-Id=k<x>'))).toBeUndefined();
    expect(keyPairIdOfCookies(cookie('XCloudFront-Key-Pair-Id=K1'))).toBeUndefined();
    expect(keyPairIdOfCookies(undefined)).toBeUndefined();
    expect(
      shareRequest('/_share/docs/a.pdf', '', cookie(`CloudFront-Key-Pair-Id=${KEY_ID}`)),
    ).toEqual({ key: 'docs/a.pdf', keyId: KEY_ID });
    // A URL that names a Key-Pair-Id is a signed URL: its own (here malformed) ID decides.
    expect(
      shareRequest(
        '/_share/docs/a.pdf',
        'Key-Pair-Id=bad!',
        cookie(`CloudFront-Key-Pair-Id=${KEY_ID}`),
      ),
    ).toBe(403);
    expect(shareRequest('/_share/docs/a.pdf', 'x=1', cookie('theme=dark'))).toBe(403);
  });

  it('the handler forwards a cookie-signed /_share/ request as its key, without Basic auth', async () => {
    const handler = render(true);
    const result = await handler(
      viewerRequestEvent({
        uri: '/_share/docs/a.pdf',
        headers: { Cookie: `CloudFront-Key-Pair-Id=${KEY_ID}; CloudFront-Policy=x` },
      }),
    );
    expect(isGeneratedResponse(result)).toBe(false);
    expect(result).toMatchObject({ uri: '/docs/a.pdf' });
    const refused = await handler(viewerRequestEvent({ uri: '/_share/docs/a.pdf' }));
    expect(isGeneratedResponse(refused) && refused.status).toBe('403');
  });
});

describe('verifySignedCookies (the sandbox, as CloudFront checks signed cookies)', () => {
  const cookiesFor = (path: string, expiresAt = NOW + 3600, origin = 'http://127.0.0.1:8080') =>
    cookieHeader(
      shareCookies(queryOf(link(path, expiresAt, origin).url), new URL(origin).host, NOW) ?? [],
    );
  const SANDBOX = 'http://127.0.0.1:8080';

  it("a folder's cookies open the files under it", () => {
    const cookie = cookiesFor('docs/');
    for (const target of ['/_share/docs/', '/_share/docs/a.pdf', '/_share/docs/sub/b.txt?x=1']) {
      expect(verifySignedCookies(SANDBOX, target, cookie, KEYS, NOW)).toMatchObject({
        ok: true,
        keyId: KEY_ID,
        resource: `${SANDBOX}/_share/docs/*`,
        expiresAt: NOW + 3600,
      });
    }
  });

  it("refuses folder A's cookies under folder B, tampered, expired or missing cookies", () => {
    const cookie = cookiesFor('docs/');
    const refused = (target: string, header: string | undefined, now = NOW) =>
      verifySignedCookies(SANDBOX, target, header, KEYS, now);
    expect(refused('/_share/acme/report.txt', cookie)).toEqual({
      ok: false,
      reason: 'Access denied: the URL is outside the policy resource',
    });
    expect(refused('/_share/docsx/a', cookie).ok).toBe(false);
    const forged = cookie.replace(
      /CloudFront-Policy=([^;]+)/,
      (_, p: string) =>
        `CloudFront-Policy=${cloudFrontBase64(
          (fromCloudFrontBase64(p) ?? Buffer.alloc(0))
            .toString()
            .replace('/_share/docs/*', '/_share/*'),
        )}`,
    );
    expect(forged).not.toBe(cookie);
    expect(refused('/_share/acme/report.txt', forged)).toEqual({
      ok: false,
      reason: 'Access denied: the signature does not match',
    });
    expect(refused('/_share/docs/a.pdf', cookie, NOW + 3600)).toEqual({
      ok: false,
      reason: 'Access denied: expired',
    });
    expect(refused('/_share/docs/a.pdf', undefined).ok).toBe(false);
    expect(refused('/_share/docs/a.pdf', 'theme=dark').ok).toBe(false);
    // Without CloudFront-Hash-Algorithm the signature is checked as SHA-1: refused.
    expect(
      refused('/_share/docs/a.pdf', cookie.replace(/; CloudFront-Hash-Algorithm=SHA256/, '')).ok,
    ).toBe(false);
  });

  it('a URL with any signing parameter is a signed URL (cookies are not looked at)', () => {
    expect(hasSigningParameter('/_share/docs/a.pdf')).toBe(false);
    expect(hasSigningParameter('/_share/docs/a.pdf?x=1')).toBe(false);
    expect(hasSigningParameter('/_share/docs/a.pdf?Key-Pair-Id=K')).toBe(true);
    expect(hasSigningParameter('/_share/docs/a.pdf?x=1&Expires=2')).toBe(true);
  });
});
