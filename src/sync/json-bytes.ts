/**
 * `JSON.stringify(value)` as UTF-8 bytes, without the whole text as one string on the way.
 *
 * The manifest of 100,000 keys is ≈ 30 MB of JSON. Written as `JSON.stringify` and sent as a
 * string, the run held the string and a UTF-8 copy of it at once, at the end of a first publish
 * (issue 24, BENCHMARKS.md "Memory per phase"): the SDK's signer hashes a string body as
 * `toUint8Array(body)`, a copy (`getPayloadHash` in @smithy/signature-v4 5.7.5, the version
 * installed here, node_modules/@smithy/signature-v4/dist-cjs/index.js), and a Buffer body as it
 * is. Here the outer objects are written member by member, each member stringified on its own,
 * into one buffer of the exact size: a first pass measures, a second writes. The bytes are exactly
 * `JSON.stringify`'s (`__tests__/sync-json-bytes.test.ts` compares them on random values).
 */

/** Plain objects (not arrays, no `toJSON`) down to this depth are written member by member. */
const SPLIT_DEPTH = 2;

/**
 * The pieces of `JSON.stringify(value)`, in order; nothing when it gives `undefined`. With
 * `lineDepth`, each member of a plain object at that depth (the root is 0), and the object's
 * closing brace, begins on a line of its own.
 */
function* pieces(value: unknown, depth: number, lineDepth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !isPlainRecord(value)) {
    const text: string | undefined = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  const nl = depth === lineDepth ? '\n' : '';
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    // What JSON.stringify leaves out (undefined, functions, symbols) is left out here too.
    const member = value[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
      continue;
    yield `${first ? '' : ','}${nl}${JSON.stringify(key)}:`;
    yield* pieces(member, depth + 1, lineDepth);
    first = false;
  }
  yield `${nl}}`;
}

function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if ('toJSON' in value) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)` (which must not be `undefined`); with `lineDepth`,
 * the same text with a newline before each member of the objects at that depth and before their
 * closing braces (the manifest's layout, manifest-read.ts). JSON escapes a newline inside a
 * string, so removing every newline gives `JSON.stringify`'s text back.
 */
export function jsonBytes(value: unknown, lineDepth = -1): Buffer {
  let size = 0;
  for (const piece of pieces(value, 0, lineDepth)) size += Buffer.byteLength(piece, 'utf8');
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces(value, 0, lineDepth)) at += out.write(piece, at, 'utf8');
  if (at !== size || size === 0) {
    throw new Error(`jsonBytes: wrote ${at} of ${size} bytes (the value changed while written?)`);
  }
  return out;
}
