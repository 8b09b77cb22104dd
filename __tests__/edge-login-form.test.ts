/**
 * The sign-in form's body on Lambda@Edge (issue 23 item 1, src/edge/core/login-form.ts): the
 * event's body object read strictly (truncated or oversized bodies refused) and the urlencoded
 * fields decoded as a browser encodes them, with the Basic rules for user and password.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FORM_BYTES, bodyText, parseLoginForm } from '../src/edge/core/login-form.js';
import { nfc } from '../src/edge/core/basic.js';

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

describe('bodyText', () => {
  it('reads base64 and text bodies', () => {
    expect(
      bodyText({ data: b64('user=a&password=b'), encoding: 'base64', inputTruncated: false }),
    ).toBe('user=a&password=b');
    expect(bodyText({ data: 'user=a', encoding: 'text' })).toBe('user=a');
  });

  it('refuses a truncated, oversized, malformed or absent body', () => {
    const form = 'user=a&password=b';
    expect(bodyText({ data: b64(form), encoding: 'base64', inputTruncated: true })).toBeUndefined();
    expect(
      bodyText({ data: b64('x'.repeat(MAX_FORM_BYTES + 1)), encoding: 'base64' }),
    ).toBeUndefined();
    expect(bodyText({ data: 'x'.repeat(MAX_FORM_BYTES + 1), encoding: 'text' })).toBeUndefined();
    expect(bodyText({ data: 'not base64!', encoding: 'base64' })).toBeUndefined();
    expect(
      bodyText({ data: Buffer.from([0xc3, 0x28]).toString('base64'), encoding: 'base64' }),
    ).toBeUndefined();
    expect(bodyText({ data: form, encoding: 'gzip' })).toBeUndefined();
    expect(bodyText({ encoding: 'text' })).toBeUndefined();
    expect(bodyText(undefined)).toBeUndefined();
    expect(bodyText('user=a')).toBeUndefined();
  });
});

describe('parseLoginForm', () => {
  it('decodes what a browser sends (URLSearchParams is the reference encoder)', () => {
    const valid = (s: string): boolean => s !== '' && !/[\u0000-\u001f\u007f]/.test(s); // eslint-disable-line no-control-regex
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
          .filter((u) => valid(u) && !u.includes(':')),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter(valid),
        fc.string({ maxLength: 30 }),
        (user, password, next) => {
          const body = new URLSearchParams({ user, password, next }).toString();
          expect(parseLoginForm(body, nfc)).toEqual({
            user: nfc(user),
            password: nfc(password),
            next,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('normalises to NFC as Basic auth does, and keeps + and = inside values', () => {
    expect(parseLoginForm('user=Zo%C3%AB&password=a%2Bb%3Dc+d', nfc)).toEqual({
      user: 'Zoë',
      password: 'a+b=c d',
      next: '',
    });
    // e + combining diaeresis is the same user as the precomposed ë
    expect(parseLoginForm('user=Zoe%CC%88&password=x', nfc)?.user).toBe('Zoë');
  });

  it('refuses malformed, repeated, missing or Basic-invalid fields', () => {
    const bad = [
      '',
      'user=a',
      'password=b',
      'user=a&user=b&password=c',
      'user=a&password=b&password=c',
      'user=a&password=b&next=/x&next=/y',
      'user=a&password=%',
      'user=%C3%28&password=b',
      'user=&password=b',
      'user=a&password=',
      'user=a%3Ab&password=c',
      'user=a&password=b%00',
      `user=a&password=${'x'.repeat(MAX_FORM_BYTES)}`,
    ];
    for (const body of bad)
      expect({ body, form: parseLoginForm(body, nfc) }).toEqual({ body, form: undefined });
  });

  it('ignores other fields and empty pairs', () => {
    expect(parseLoginForm('&csrf=1&user=a&&password=b&remember', nfc)).toEqual({
      user: 'a',
      password: 'b',
      next: '',
    });
  });
});
