/**
 * src/sync/manifest-read.ts with json-bytes.ts's line layout: a manifest written an entry a
 * line and read back piece by piece, however the pieces fall, is the manifest written; one
 * written on one line (older runs) reads the same; a damaged one is no manifest.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonBytes } from '../src/sync/json-bytes.js';
import {
  MANIFEST_LINE_DEPTH,
  ManifestReader,
  WHOLE_BELOW,
  parseManifest,
} from '../src/sync/manifest-read.js';
import type { Manifest, ManifestEntry } from '../src/sync/plan.js';

const hex = fc.stringMatching(/^[0-9a-f]{32}$/);
const entry: fc.Arbitrary<ManifestEntry> = fc.record(
  {
    etag: fc.oneof(
      hex,
      hex.map((h) => `${h}-3`),
    ),
    md5: hex,
    size: fc.nat(),
    contentType: fc.constantFrom('text/html; charset=utf-8', 'image/png', 'a\n"b"'),
    cacheControl: fc.constantFrom('private, max-age=300', 'no-cache'),
    storedCacheControl: fc.constantFrom('no-cache', 'private, no-store'),
    generated: fc.constant<true>(true),
    blob: fc.stringMatching(/^[0-9a-f]{40}$/),
  },
  { requiredKeys: ['etag', 'md5', 'size', 'contentType', 'cacheControl'] },
);
// Keys as a site can have them: any text, newlines, quotes, `}` and integer-like names included.
const key = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1 }),
  fc.constantFrom('404', '"}\n{"', '0', '__proto__'),
);
const manifest: fc.Arbitrary<Manifest & { metadata?: Record<string, string | number> }> = fc.record(
  {
    version: fc.constant<1>(1),
    objects: fc.dictionary(key, entry, { maxKeys: 30 }),
    bucket: fc.record({
      listed: fc.constant('2026-12-06T00:00:00.000Z'),
      others: fc.dictionary(key, fc.record({ etag: hex, size: fc.nat() }), { maxKeys: 3 }),
    }),
    metadata: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.nat()), { maxKeys: 3 }),
  },
  { requiredKeys: ['version', 'objects'] },
);

/** The manifest read from `text` handed over in pieces cut at `cuts` (fractions of its length). */
function readInPieces(
  text: string,
  cuts: readonly number[],
  wholeBelow: number,
): Manifest | undefined {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const reader = new ManifestReader(wholeBelow);
  let from = 0;
  for (const to of [...at, text.length]) {
    reader.write(text.slice(from, to));
    from = to;
  }
  return reader.end();
}

/** What parseManifest keeps of a manifest (the snapshot and entries; no metadata). */
const kept = (m: Manifest): Manifest =>
  m.bucket === undefined
    ? { version: 1, objects: m.objects }
    : { version: 1, objects: m.objects, bucket: m.bucket };

describe('the manifest an entry a line', () => {
  it('reads back what was written, whatever pieces the text arrives in, as one JSON document', () => {
    fc.assert(
      fc.property(
        manifest,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
        // Line by line from the start, from some way in, or whole.
        fc.oneof(fc.constant(0), fc.nat(2000), fc.constant(WHOLE_BELOW)),
        (m, cuts, wholeBelow) => {
          const text = jsonBytes(m, MANIFEST_LINE_DEPTH).toString('utf8');
          // Still JSON: removing the layout's newlines gives JSON.stringify's text.
          expect(text.replace(/\n/g, '')).toBe(JSON.stringify(m));
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(m)));
          const read = readInPieces(text, cuts, wholeBelow);
          expect(read).toEqual(kept(JSON.parse(text) as Manifest));
          // Key order is kept (sameManifest compares it).
          expect(Object.keys(read?.objects ?? {})).toEqual(Object.keys(m.objects));
          // The same manifest on one line (older runs) reads the same.
          expect(readInPieces(JSON.stringify(m), cuts, wholeBelow)).toEqual(read);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('puts each entry on a line of its own', () => {
    const m: Manifest = {
      version: 1,
      objects: {
        'a.html': { etag: 'e', md5: 'e', size: 1, contentType: 'text/html', cacheControl: 'c' },
        'b\nc.css': { etag: 'f', md5: 'f', size: 2, contentType: 'text/css', cacheControl: 'c' },
      },
      bucket: { listed: 't', others: {} },
    };
    expect(jsonBytes(m, MANIFEST_LINE_DEPTH).toString('utf8').split('\n')).toEqual([
      '{"version":1,"objects":{',
      '"a.html":{"etag":"e","md5":"e","size":1,"contentType":"text/html","cacheControl":"c"},',
      '"b\\nc.css":{"etag":"f","md5":"f","size":2,"contentType":"text/css","cacheControl":"c"}',
      '},"bucket":{',
      '"listed":"t",',
      '"others":{}',
      '}}',
    ]);
    expect(jsonBytes({ version: 1, objects: {} }, MANIFEST_LINE_DEPTH).toString()).toBe(
      '{"version":1,"objects":{\n}}',
    );
    expect(parseManifest('{"version":1,"objects":{\n}}')).toEqual({ version: 1, objects: {} });
  });

  it('counts a damaged manifest as none, and an unreadable entry as a reason to list the bucket', () => {
    const m: Manifest = {
      version: 1,
      objects: {
        a: { etag: 'e', md5: 'e', size: 1, contentType: 't', cacheControl: 'c' },
        b: { etag: 'f', md5: 'f', size: 2, contentType: 't', cacheControl: 'c' },
      },
      bucket: { listed: 't', others: {} },
    };
    const text = jsonBytes(m, MANIFEST_LINE_DEPTH).toString('utf8');
    // Cut short (a body that ended early), or a line that is not JSON: no manifest.
    for (const wholeBelow of [0, WHOLE_BELOW]) {
      for (let n = 1; n < text.length; n++) {
        expect(parseManifest(text.slice(0, n), wholeBelow)).toBeUndefined();
      }
      expect(parseManifest(text.replace('"b":{', '"b":{{'), wholeBelow)).toBeUndefined();
      expect(parseManifest(text.replace('"c"},\n', '"c"}\n'), wholeBelow)).toBeUndefined();
      // An entry of the wrong shape is left out, and the snapshot is then not trusted.
      expect(parseManifest(text.replace('"size":2', '"size":"2"'), wholeBelow)).toEqual({
        version: 1,
        objects: { a: m.objects.a },
      });
    }
  });
});
