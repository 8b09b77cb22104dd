/**
 * A `Range: bytes=…` request header over an object of known size, as the sandbox's edge answers
 * it from the whole object it holds (RFC 9110 §14: byte ranges, §14.1.2 first-last, first- and
 * suffix -N forms, §15.5.17 416 Range Not Satisfiable).
 *
 * On AWS, CloudFront answers a range from its cache or asks S3 for it ("How CloudFront processes
 * partial requests for an object (range GETs)",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RangeGETs.html): one range
 * gets a 206 with `Content-Range`, a range past the end S3's 416. A header that is not one valid
 * `bytes` range (another unit, a malformed or reversed range) is ignored: the whole object, 200,
 * as RFC 9110 §14.2 lets a server do. Several ranges are answered the same way here (CloudFront
 * can answer them as `multipart/byteranges`; S3 itself "doesn't support retrieving multiple
 * ranges of data per GET request", GetObject API reference): the sandbox keeps to the one-range
 * case browsers and download tools send.
 */

export type ByteRange =
  | { readonly kind: 'whole' }
  | { readonly kind: 'partial'; readonly start: number; readonly end: number }
  | { readonly kind: 'unsatisfiable' };

const WHOLE: ByteRange = { kind: 'whole' };
const ONE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)-(\d*)[ \t]*$/i;

/** The range `header` asks of an object of `size` bytes (`end` inclusive). */
export function byteRange(header: string | undefined, size: number): ByteRange {
  if (header === undefined) return WHOLE;
  const m = ONE_RANGE.exec(header);
  if (m === null) return WHOLE;
  const [, first = '', last = ''] = m;
  if (first === '') {
    // A suffix: the last N bytes; none of an empty object, and `-0` asks for nothing.
    if (last === '') return WHOLE;
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return WHOLE;
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: 'partial', start, end };
}
