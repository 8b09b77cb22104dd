/**
 * The auth core runs in both edge runtimes, so it decodes base64 and UTF-8 and encodes paths
 * without `atob`/`btoa`, `TextDecoder`/`TextEncoder` or `for…of` (CloudFront Functions has none
 * of them). These properties pin the hand-written versions to the standard ones they replace.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalEncode, decodeBase64, decodeUtf8 } from '../src/edge/core/index.js';

const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function standardBase64(token: string): number[] | undefined {
  if (token.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(token)) return undefined;
  let binary: string;
  try {
    binary = atob(token);
  } catch {
    return undefined;
  }
  if (btoa(binary) !== token) return undefined;
  return Array.from(binary, (c) => c.charCodeAt(0));
}

function standardUtf8(bytes: number[]): string | undefined {
  try {
    return FATAL.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The reference: every character outside `!`..`~`, and these, percent-encoded as UTF-8 (`+`
 * too since issue 22 #2, src/edge/core/encoding.ts: S3 reads a raw `+` in a path as a space).
 */
function standardEncode(text: string): string {
  const kept = ' "#%<>[\\]^`{|}~?*+';
  let out = '';
  for (const ch of text) {
    if (ch < '!' || ch > '~' || kept.includes(ch)) {
      for (const b of new TextEncoder().encode(ch)) {
        out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    } else out += ch;
  }
  return out;
}

describe('portable decoders', () => {
  it('decodeBase64 accepts exactly the canonical padded base64 atob/btoa accept', () => {
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ '.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 16 }), (chars) => {
        const token = chars.join('');
        expect(decodeBase64(token)).toEqual(standardBase64(token));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const token = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(token)).toEqual(Array.from(bytes));
      }),
    );
    // Non-canonical trailing bits and misplaced padding.
    for (const token of ['QR==', 'QUJ=', 'Q===', '=AAA', 'QQ=A', 'QUJD=A==']) {
      expect(decodeBase64(token)).toBeUndefined();
    }
  });

  it('decodeUtf8 decodes exactly what a fatal TextDecoder decodes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }), (bytes) => {
        expect(decodeUtf8(bytes)).toEqual(standardUtf8(bytes));
      }),
      { numRuns: 20_000 },
    );
    const edge = [
      [0xc0, 0xae], // overlong '.'
      [0xed, 0xa0, 0x80], // surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xef, 0xbb, 0xbf, 0x61], // BOM kept
      [0xf0, 0x9f, 0x98, 0x80], // 😀
    ];
    for (const bytes of edge) expect(decodeUtf8(bytes)).toEqual(standardUtf8(bytes));
  });

  it('canonicalEncode encodes + as %2B, a space as %20 (examples the random runs may miss)', () => {
    expect(canonicalEncode('my+secret report.pdf')).toBe('my%2Bsecret%20report.pdf');
    expect(standardEncode('a+b c')).toBe('a%2Bb%20c');
  });

  it('canonicalEncode is the TextEncoder-based encoding it replaces (lone surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(canonicalEncode(text)).toBe(standardEncode(text));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)),
          maxLength: 6,
        }),
        (text) => {
          expect(canonicalEncode(text)).toBe(standardEncode(text));
        },
      ),
    );
  });
});
