/**
 * Share links (issue 12): the URLs @aws-sdk/cloudfront-signer makes for `command: share`,
 * checked against CloudFront's documented canned and custom policy formats and verified with
 * the public key (node:crypto), and the CloudFront-style verifier the sandbox runs (expiry on a
 * controlled clock, scope, tampering, unknown keys).
 *
 * Formats ("Create a signed URL using a canned policy" / "… a custom policy", CloudFront
 * Developer Guide): canned = `Expires`, `Signature`, `Key-Pair-Id` over the exact JSON
 * `{"Statement":[{"Resource":"<URL>","Condition":{"DateLessThan":{"AWS:EpochTime":<Expires>}}}]}`;
 * custom = `Policy` (the policy JSON, base64), `Signature`, `Key-Pair-Id`; both base64 values
 * use `-`, `_`, `~` for `+`, `=`, `/`; `Hash-Algorithm=SHA256` when signed with RSA-SHA256.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPublicKey, verify } from 'node:crypto';
import { sharePath } from '../src/edge/core/share.js';
import { generateShareKey, type ShareKey } from '../src/share/keys.js';
import { signShareLink } from '../src/share/sign.js';
import { fromCloudFrontBase64, resourceMatches, verifySignedUrl } from '../src/share/verify.js';

const ORIGIN = 'https://d111111abcdef8.cloudfront.net';
const KEY_ID = 'K2JCJMDEHXQW5F';
const NOW = 1_800_000_000;
let key: ShareKey;
let other: ShareKey;

beforeAll(() => {
  key = generateShareKey('A', NOW * 1000);
  other = generateShareKey('B', NOW * 1000);
});

/** The query parameters of a URL, in order, as [name, value]. */
function params(url: string): [string, string][] {
  const q = url.slice(url.indexOf('?') + 1);
  return q.split('&').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]);
}

const target = (url: string): string => url.slice(ORIGIN.length);
const keys = (): Map<string, string> => new Map([[KEY_ID, key.publicKey]]);

describe('the key pair', () => {
  it('is RSA 2048, the public key as SubjectPublicKeyInfo PEM (BEGIN PUBLIC KEY), the private as PKCS#8', () => {
    const pub = createPublicKey(key.publicKey);
    expect(pub.asymmetricKeyType).toBe('rsa');
    expect(pub.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(key.publicKey).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
    expect(key.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });
});

describe('a file link: canned policy', () => {
  it('has exactly Expires, Signature, Key-Pair-Id and Hash-Algorithm=SHA256 after the file URL', () => {
    const link = signShareLink({
      origin: ORIGIN,
      path: 'docs/report.pdf',
      keyPairId: KEY_ID,
      privateKey: key.privateKey,
      expiresAt: NOW + 3600,
    });
    expect(link.policy).toBe('canned');
    expect(link.url.startsWith(`${ORIGIN}/_share/docs/report.pdf?`)).toBe(true);
    const p = Object.fromEntries(params(link.url));
    expect(Object.keys(p).sort()).toEqual([
      'Expires',
      'Hash-Algorithm',
      'Key-Pair-Id',
      'Signature',
    ]);
    expect(p).toMatchObject({
      Expires: String(NOW + 3600),
      'Key-Pair-Id': KEY_ID,
      'Hash-Algorithm': 'SHA256',
    });
    expect(p.Signature).toMatch(/^[A-Za-z0-9\-_~]+$/);
  });

  it('signs the documented canned policy JSON of the URL, verifiable with the public key', () => {
    const link = signShareLink({
      origin: ORIGIN,
      path: 'docs/report.pdf',
      keyPairId: KEY_ID,
      privateKey: key.privateKey,
      expiresAt: NOW + 3600,
    });
    const p = Object.fromEntries(params(link.url));
    const policy = `{"Statement":[{"Resource":"${ORIGIN}/_share/docs/report.pdf","Condition":{"DateLessThan":{"AWS:EpochTime":${NOW + 3600}}}}]}`;
    const signature = fromCloudFrontBase64(p.Signature ?? '');
    expect(signature?.length).toBe(256);
    expect(
      verify(
        'sha256',
        Buffer.from(policy),
        createPublicKey(key.publicKey),
        signature ?? Buffer.alloc(0),
      ),
    ).toBe(true);
    expect(
      verify(
        'sha256',
        Buffer.from(policy),
        createPublicKey(other.publicKey),
        signature ?? Buffer.alloc(0),
      ),
    ).toBe(false);
  });

  it('percent-encodes every path segment as the signer normalizes it, so the signed resource is the URL sent', () => {
    const link = signShareLink({
      origin: ORIGIN,
      path: 'Q3 reports/résumé (final).pdf',
      keyPairId: KEY_ID,
      privateKey: key.privateKey,
      expiresAt: NOW + 60,
    });
    expect(link.url.split('?')[0]).toBe(
      `${ORIGIN}/_share/Q3%20reports/r%C3%A9sum%C3%A9%20(final).pdf`,
    );
    expect(link.resource).toBe(link.url.split('?')[0]);
    expect(verifySignedUrl(ORIGIN, target(link.url), keys(), NOW)).toMatchObject({
      ok: true,
      keyId: KEY_ID,
    });
  });
});

describe('a folder link: custom policy with a wildcard', () => {
  const folderLink = () =>
    signShareLink({
      origin: ORIGIN,
      path: 'docs/2026/',
      keyPairId: KEY_ID,
      privateKey: key.privateKey,
      expiresAt: NOW + 7 * 86_400,
    });

  it('has exactly Policy, Signature, Key-Pair-Id, Hash-Algorithm; the policy is the documented JSON with Resource <folder>*', () => {
    const link = folderLink();
    expect(link.policy).toBe('custom');
    const p = Object.fromEntries(params(link.url));
    expect(Object.keys(p).sort()).toEqual(['Hash-Algorithm', 'Key-Pair-Id', 'Policy', 'Signature']);
    const policy = fromCloudFrontBase64(p.Policy ?? '')?.toString('utf8');
    expect(JSON.parse(policy ?? '')).toEqual({
      Statement: [
        {
          Resource: `${ORIGIN}/_share/docs/2026/*`,
          Condition: { DateLessThan: { 'AWS:EpochTime': NOW + 7 * 86_400 } },
        },
      ],
    });
    const signature = fromCloudFrontBase64(p.Signature ?? '') ?? Buffer.alloc(0);
    expect(
      verify('sha256', Buffer.from(policy ?? ''), createPublicKey(key.publicKey), signature),
    ).toBe(true);
  });

  it('opens the folder and any file under it, and nothing outside it', () => {
    const link = folderLink();
    const query = link.url.slice(link.url.indexOf('?'));
    const at = (path: string) => verifySignedUrl(ORIGIN, `${path}${query}`, keys(), NOW);
    expect(at('/_share/docs/2026/')).toMatchObject({ ok: true });
    expect(at('/_share/docs/2026/q1/report.pdf')).toMatchObject({ ok: true });
    expect(at('/_share/docs/2025/report.pdf')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside the policy resource/),
    });
    expect(at('/_share/docs/2026')).toMatchObject({ ok: false });
    expect(at('/docs/2026/report.pdf')).toMatchObject({ ok: false });
  });
});

describe('the CloudFront-style verifier', () => {
  const link = (path = 'a.pdf', expiresAt = NOW + 5) =>
    signShareLink({
      origin: ORIGIN,
      path,
      keyPairId: KEY_ID,
      privateKey: key.privateKey,
      expiresAt,
    });

  it('accepts a link before its expiry and refuses it from the second it expires (controlled clock)', () => {
    const url = target(link('a.pdf', NOW + 5).url);
    expect(verifySignedUrl(ORIGIN, url, keys(), NOW)).toMatchObject({ ok: true });
    expect(verifySignedUrl(ORIGIN, url, keys(), NOW + 4)).toMatchObject({ ok: true });
    expect(verifySignedUrl(ORIGIN, url, keys(), NOW + 5)).toEqual({
      ok: false,
      reason: 'Access denied: expired',
    });
  });

  it('refuses a file link used for another file (a canned policy names one URL)', () => {
    const url = target(link('a.pdf').url).replace('/_share/a.pdf', '/_share/b.pdf');
    expect(verifySignedUrl(ORIGIN, url, keys(), NOW)).toMatchObject({ ok: false });
  });

  it('refuses a longer expiry, another key ID, a missing signature, a key it does not trust', () => {
    const url = target(link().url);
    expect(
      verifySignedUrl(
        ORIGIN,
        url.replace(`Expires=${NOW + 5}`, `Expires=${NOW + 999}`),
        keys(),
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signature/),
    });
    expect(verifySignedUrl(ORIGIN, url, new Map([[KEY_ID, other.publicKey]]), NOW)).toMatchObject({
      ok: false,
    });
    expect(verifySignedUrl(ORIGIN, url, new Map([['KOTHER', key.publicKey]]), NOW)).toEqual({
      ok: false,
      reason: 'Unknown Key',
    });
    expect(verifySignedUrl(ORIGIN, '/_share/a.pdf', keys(), NOW)).toMatchObject({ ok: false });
  });

  it('matches policy resources with * and ? as CloudFront documents, everything else literally', () => {
    expect(resourceMatches('https://h/_share/a/*', 'https://h/_share/a/b/c')).toBe(true);
    expect(resourceMatches('https://h/_share/a/*', 'https://h/_share/ab')).toBe(false);
    expect(resourceMatches('https://h/_share/a?c', 'https://h/_share/abc')).toBe(true);
    expect(resourceMatches('https://h/_share/a.c', 'https://h/_share/abc')).toBe(false);
  });
});

describe('sharePath', () => {
  it('is the share prefix and the percent-encoded key, a folder keeping its slash', () => {
    expect(sharePath('docs/a b.pdf')).toBe('/_share/docs/a%20b.pdf');
    expect(sharePath('docs/')).toBe('/_share/docs/');
    expect(sharePath('a/b/')).toBe('/_share/a/b/');
  });
});
