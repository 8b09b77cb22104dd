/** src/sync/json-bytes.ts: the bytes are exactly JSON.stringify's, whatever the value. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonBytes } from '../src/sync/json-bytes.js';

const stringified = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
};

describe('jsonBytes', () => {
  it('gives the UTF-8 bytes of JSON.stringify for any value it can stringify', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const text = stringified(value);
        fc.pre(text !== undefined);
        expect(jsonBytes(value).toString('utf8')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a manifest member by member in JSON.stringify order (integer-like keys first), skipping undefined members', () => {
    const manifest = {
      version: 1,
      objects: {
        'b.html': {
          etag: 'e',
          md5: 'e',
          size: 1,
          contentType: 'text/html; charset=utf-8',
          blob: undefined,
        },
        '404': { etag: 'ä€😀', md5: 'x', size: 2, contentType: 'a' },
        'a/€.css': { etag: 'f', md5: 'f', size: 3, contentType: 'text/css' },
      },
      bucket: undefined,
      metadata: { pr: 7, note: 'line\nbreak "quoted"' },
      toString: () => 'never written',
    };
    expect(jsonBytes(manifest).toString('utf8')).toBe(JSON.stringify(manifest));
    expect(jsonBytes(manifest).length).toBe(Buffer.byteLength(JSON.stringify(manifest)));
  });

  it('refuses a value JSON.stringify gives no text for', () => {
    expect(() => jsonBytes(undefined)).toThrow(/jsonBytes/);
  });
});
