/**
 * Checks a signed URL as CloudFront does on a cache behavior with a trusted key group, with the
 * public keys of that group: what the sandbox runs before the share behavior's function, and
 * what the tests use to prove the signer's links are what CloudFront accepts.
 *
 * From the CloudFront Developer Guide ("Create a signed URL using a canned policy" and "… a
 * custom policy"):
 * - the signing parameters are `Expires` (canned) or `Policy` (custom), `Signature`,
 *   `Key-Pair-Id`, and optionally `Hash-Algorithm` (`SHA256`; absent = SHA-1); `Policy` and
 *   `Signature` are base64 with `+`, `=`, `/` replaced by `-`, `_`, `~`;
 * - a canned policy is the exact JSON
 *   `{"Statement":[{"Resource":"<URL>","Condition":{"DateLessThan":{"AWS:EpochTime":<Expires>}}}]}`,
 *   where `<URL>` is the request's URL without the signing parameters;
 * - a custom policy's `Resource` may contain `*` (zero or more characters) and `?` (one
 *   character) and must match that URL; `DateLessThan` is required, `DateGreaterThan` and
 *   `IpAddress` optional;
 * - the request is allowed only while the current time is before `DateLessThan` (and after
 *   `DateGreaterThan`); otherwise, or on any mismatch, CloudFront answers 403 itself.
 * `IpAddress` conditions are refused here (the action never signs them).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const SIGNING_PARAMETERS = new Set([
  'Expires',
  'Policy',
  'Signature',
  'Key-Pair-Id',
  'Hash-Algorithm',
]);

export type VerifyResult =
  | {
      readonly ok: true;
      readonly keyId: string;
      readonly resource: string;
      readonly expiresAt: number;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Does the request target's query name any signing parameter? Then CloudFront treats it as a
 * signed URL and "won't look at signed cookies" (see `verifySignedCookies`).
 */
export function hasSigningParameter(target: string): boolean {
  const q = target.indexOf('?');
  if (q < 0) return false;
  return target
    .slice(q + 1)
    .split('&')
    .some((pair) => SIGNING_PARAMETERS.has(pair.split('=')[0] ?? ''));
}

/** URL-safe base64 as CloudFront writes it (`-` `_` `~` for `+` `=` `/`) ⇒ bytes. */
export function fromCloudFrontBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9\-_~]+$/.test(text)) return undefined;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/'), 'base64');
}

/**
 * Verifies `origin` + `target` (the request line's path and query, as sent) against the
 * public keys by ID, at `nowSeconds`.
 */
export function verifySignedUrl(
  origin: string,
  target: string,
  publicKeys: ReadonlyMap<string, string | KeyObject>,
  nowSeconds: number,
): VerifyResult {
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const params = new Map<string, string>();
  const kept: string[] = [];
  for (const pair of q < 0 ? [] : target.slice(q + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (!SIGNING_PARAMETERS.has(name)) {
      kept.push(pair);
      continue;
    }
    if (params.has(name)) return { ok: false, reason: `${name} given twice` };
    params.set(name, eq < 0 ? '' : pair.slice(eq + 1));
  }
  const url = `${origin}${path}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
  return verifyParameters(url, params, publicKeys, nowSeconds);
}

/**
 * Checks signed cookies as CloudFront does for a request WITHOUT signing parameters in its URL
 * ("CloudFront assumes that URLs that contain any of those query string parameters are signed
 * URLs, and therefore won't look at signed cookies", "Decide to use signed URLs or signed
 * cookies":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-choosing-signed-urls-cookies.html):
 * the cookies `CloudFront-Expires` or `CloudFront-Policy`, `CloudFront-Signature`,
 * `CloudFront-Key-Pair-Id` and optionally `CloudFront-Hash-Algorithm` carry the same values
 * as the URL's parameters ("Set signed cookies using a custom policy" / "… a canned policy"),
 * checked the same way against `origin` + `target` (the whole request target: a query that
 * is not a signature is part of the URL the policy's resource must match).
 */
export function verifySignedCookies(
  origin: string,
  target: string,
  cookieHeader: string | undefined,
  publicKeys: ReadonlyMap<string, string | KeyObject>,
  nowSeconds: number,
): VerifyResult {
  const params = new Map<string, string>();
  for (const pair of (cookieHeader ?? '').split(';')) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (!name.startsWith('CloudFront-')) continue;
    const parameter = name.slice('CloudFront-'.length);
    if (!SIGNING_PARAMETERS.has(parameter)) continue;
    // Two cookies of one name (e.g. two folders' paths both match): the browser sends the
    // longer path first (RFC 6265 §5.4); CloudFront's choice is not documented, the first is used.
    if (!params.has(parameter)) params.set(parameter, eq < 0 ? '' : pair.slice(eq + 1).trim());
  }
  return verifyParameters(`${origin}${target}`, params, publicKeys, nowSeconds);
}

/** The signing parameters (by their URL names) against the URL they must cover. */
function verifyParameters(
  url: string,
  params: ReadonlyMap<string, string>,
  publicKeys: ReadonlyMap<string, string | KeyObject>,
  nowSeconds: number,
): VerifyResult {
  const keyId = params.get('Key-Pair-Id');
  const signatureText = params.get('Signature');
  if (keyId === undefined || signatureText === undefined) {
    return { ok: false, reason: 'Missing Key-Pair-Id query parameter or cookie value' };
  }
  const key = publicKeys.get(keyId);
  if (key === undefined) return { ok: false, reason: 'Unknown Key' };
  const hash = params.get('Hash-Algorithm');
  if (hash !== undefined && hash !== 'SHA256')
    return { ok: false, reason: 'Invalid Hash-Algorithm' };
  const signature = fromCloudFrontBase64(signatureText);
  if (signature === undefined) return { ok: false, reason: 'Invalid signature encoding' };

  const expires = params.get('Expires');
  const policyText = params.get('Policy');
  let policy: Buffer;
  if (policyText !== undefined) {
    if (expires !== undefined) return { ok: false, reason: 'Both Expires and Policy given' };
    const decoded = fromCloudFrontBase64(policyText);
    if (decoded === undefined) return { ok: false, reason: 'Malformed Policy' };
    policy = decoded;
  } else {
    if (expires === undefined || !/^\d{1,12}$/.test(expires)) {
      return { ok: false, reason: 'Missing or malformed Expires' };
    }
    policy = Buffer.from(
      `{"Statement":[{"Resource":"${url}","Condition":{"DateLessThan":{"AWS:EpochTime":${expires}}}}]}`,
    );
  }
  const publicKey = typeof key === 'string' ? createPublicKey(key) : key;
  const algorithm = hash === 'SHA256' ? 'sha256' : 'sha1';
  if (!verify(algorithm, policy, publicKey, signature)) {
    return { ok: false, reason: 'Access denied: the signature does not match' };
  }
  const statement = parseStatement(policy);
  if (statement === undefined) return { ok: false, reason: 'Malformed Policy' };
  if (!resourceMatches(statement.resource, url)) {
    return { ok: false, reason: 'Access denied: the URL is outside the policy resource' };
  }
  if (!(nowSeconds < statement.lessThan)) return { ok: false, reason: 'Access denied: expired' };
  if (statement.greaterThan !== undefined && !(nowSeconds > statement.greaterThan)) {
    return { ok: false, reason: 'Access denied: not valid yet' };
  }
  return { ok: true, keyId, resource: statement.resource, expiresAt: statement.lessThan };
}

interface Statement {
  readonly resource: string;
  readonly lessThan: number;
  readonly greaterThan: number | undefined;
}

function parseStatement(policy: Buffer): Statement | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy.toString('utf8'));
  } catch {
    return undefined;
  }
  const list: unknown =
    typeof parsed === 'object' && parsed !== null && 'Statement' in parsed
      ? parsed.Statement
      : undefined;
  if (!Array.isArray(list) || list.length !== 1) return undefined;
  const s: unknown = list[0];
  if (typeof s !== 'object' || s === null || !('Resource' in s) || !('Condition' in s)) {
    return undefined;
  }
  const resource = s.Resource;
  const condition = s.Condition;
  if (typeof resource !== 'string' || typeof condition !== 'object' || condition === null) {
    return undefined;
  }
  if ('IpAddress' in condition) return undefined;
  const epoch = (name: string): number | undefined | null => {
    const c: unknown = Object.getOwnPropertyDescriptor(condition, name)?.value;
    if (c === undefined) return undefined;
    const v: unknown =
      typeof c === 'object' && c !== null && 'AWS:EpochTime' in c ? c['AWS:EpochTime'] : null;
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
  };
  const lessThan = epoch('DateLessThan');
  const greaterThan = epoch('DateGreaterThan');
  if (typeof lessThan !== 'number' || greaterThan === null) return undefined;
  return { resource, lessThan, greaterThan };
}

/** A policy resource against a URL: `*` = any characters, `?` = one, the rest literal. */
export function resourceMatches(resource: string, url: string): boolean {
  let pattern = '^';
  for (const ch of resource) {
    pattern +=
      ch === '*'
        ? '[\\s\\S]*'
        : ch === '?'
          ? '[\\s\\S]'
          : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`${pattern}$`).test(url);
}
