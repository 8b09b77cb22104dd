/**
 * The audit line (issue 12, `audit-log`): ONE JSON line per viewer-request decision, built
 * here and only printed by the runtime adapter (Lambda@Edge: `console.log`, which CloudWatch
 * Logs stores in `/aws/lambda/us-east-1.<function>` of the region that served the request).
 * Pure: no `node:` imports, no Node-only globals, ES2020, no regex lookbehind, so the
 * CloudFront Functions adapter can reuse it.
 *
 * The line, keys always in this order, `ip`, `key` and `via` only when they apply:
 *
 *     {"audit":1,"time":"2026-11-29T09:00:00.000Z","user":"alice","method":"GET",
 *      "path":"/docs//a.pdf","result":"allowed","credentials":true,"ip":"203.0.113.9",
 *      "key":"docs/a.pdf"}
 *
 * - `user`: the authenticated user; `share:<key id>` for a share link (`sharePrincipal`);
 *   `null` when nobody was authenticated (a 401 never names the user it was offered: people
 *   type passwords into the user field).
 * - `path`: the URI as the viewer sent it, before any mapping, kept for forensics. NEVER the
 *   query string: a share link's `Signature`/`Policy` live there.
 * - `key` (issue 22 #1): the object key the function forwarded to the origin (`allowed`) or
 *   refused by the access rules (`403`), as decoded and mapped by core/uri.ts or core/share.ts.
 *   Many URIs name one key (`/reports//q3.pdf`, `/%72eports/q3.pdf`, `/_share/reports/q3.pdf`
 *   all fetch `reports/q3.pdf`), so `command: audit` filters and counts by `key`, never by
 *   `path`. Absent when no key was decided (401, 400, 404, the generated home page).
 * - `via`: `share` for a share-link request (its `user` is `share:<key id>`, the key that
 *   signed the link); absent for Basic auth.
 * - `result`: `allowed` (forwarded to the cache and origin), `home` (the generated home page of
 *   a user who may not read `/index.html`), or the status of the generated answer (`400`,
 *   `401`, `403`, `404`).
 * - `credentials`: whether an `Authorization` header was present (a 401 without is the
 *   browser's first, credential-less request; with one, a wrong password), `session` for a
 *   request a sign-in session cookie authenticated (issue 23: `login: form`; a cookie that
 *   does not verify counts as no credentials, like a browser's first request), or, on a site
 *   with automation tokens, a token (header or query parameter, core/token.ts). A sign-in form
 *   posted to `/_login` with a user and a password counts as credentials sent. Never a value.
 * - `user` of a token request: `token:<name>` (core/token.ts `tokenPrincipal`).
 * - `ip`: the viewer's address (`clientIp`, which CloudFront sets, not a header).
 *
 * No country (issue 22 #8). A `CloudFront-Viewer-Country` header at viewer-request is always
 * the viewer's own: "CloudFront adds the headers after the viewer request event, which means
 * they are not available to Lambda@Edge in a viewer request function ... Viewer-facing
 * functions see the header value from the viewer request, while origin-facing functions see the
 * header value that CloudFront added" (CloudFront Developer Guide, "Restrictions on Lambda@Edge"
 * › "CloudFront headers",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-cloudfront-headers;
 * the archived copy, awsdocs/amazon-cloudfront-developer-guide at 5999c0d,
 * doc_source/edge-functions-restrictions.md, says the same, and lambda-examples.md: "CloudFront
 * adds the CloudFront-Viewer-Country header after the viewer request event"). CloudFront adds it
 * at all only when a cache or origin request policy names it ("Add CloudFront request headers",
 * adding-cloudfront-headers.html), which the site's do not. So the viewer-request trigger never
 * sees CloudFront's value, and an origin-facing trigger (origin-request) runs only on cache
 * misses, so it could not put a country on every line. The reader ignores the `country` of lines
 * written before this change (src/audit/read.ts): it was whatever the viewer sent. (CloudFront
 * Functions, which have no audit line, do see CloudFront's value at viewer-request when a policy
 * names the header: "you must configure CloudFront to add the CloudFront-Viewer-Country header
 * ... in a cache policy or an origin request policy", example-function-redirect-url.md.)
 *
 * Every character outside printable ASCII is written as a `\uXXXX` escape (JSON.stringify
 * already escapes C0 controls, `"` and `\`): the line is one line of ASCII whatever a viewer
 * sends, so it cannot forge a second line, hide text with bidi controls or break a terminal.
 * Over-long values are cut (`MAX_PATH`, `MAX_VALUE`), so one request cannot write a huge log event.
 */

/** Starts every audit line, so readers find it inside a runtime's log prefix. */
export const AUDIT_PREFIX = '{"audit":1,';

/** Longest path kept (characters, before escaping); every other value keeps `MAX_VALUE`. */
export const MAX_PATH = 2048;
export const MAX_VALUE = 256;

/** One decision, as the adapter knows it. */
export interface AuditDecision {
  /** Epoch milliseconds. */
  readonly time: number;
  /** Authenticated user or `share:<key id>`; undefined = nobody. */
  readonly user: string | undefined;
  readonly method: unknown;
  /** The raw request URI (never with its query string). */
  readonly path: unknown;
  /** `allowed`, `home`, or a status code (see `resultOf`). */
  readonly result: string;
  /** Was an Authorization header present? `session`: a session cookie authenticated it. */
  readonly credentials: boolean | 'session';
  readonly ip: unknown;
  /** The object key forwarded or refused (see `key` above); undefined = none decided. */
  readonly key?: string | undefined;
  /** `share` for a share-link request. */
  readonly via?: 'share' | undefined;
}

/** One audit line, parsed back (what `command: audit` reads). */
export interface AuditRecord {
  readonly audit: 1;
  readonly time: string;
  readonly user: string | null;
  readonly method: string;
  readonly path: string;
  readonly result: string;
  readonly credentials: boolean | 'session';
  readonly ip?: string;
  readonly key?: string;
  readonly via?: string;
}

/** The audit user of a share-link request (h12's share grant carries the key id). */
export function sharePrincipal(keyId: string): string {
  return `share:${keyId}`;
}

/**
 * The `result` of a decision: `allowed` when the request went on (the adapter passes
 * undefined), `home` for a generated 200 (the home page), else the generated status.
 */
export function resultOf(generatedStatus: string | number | undefined): string {
  if (generatedStatus === undefined) return 'allowed';
  const status = String(generatedStatus);
  return status === '200' ? 'home' : status;
}

/** Is this result a refusal of an identified viewer or a wrong credential (the summary's "denied")? */
export function isDenied(record: Pick<AuditRecord, 'result' | 'credentials'>): boolean {
  if (record.result === '403') return true;
  return record.result === '401' && record.credentials === true;
}

function cut(value: unknown, max = MAX_VALUE): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * The record of a decision (values cut to `MAX_PATH` / `MAX_VALUE`; an absent or empty user is
 * `null`, an absent ip, key or via left out). Written without object spread or `??`, which the
 * CloudFront Functions runtime may lack.
 */
export function auditRecord(d: AuditDecision): AuditRecord {
  const record: {
    audit: 1;
    time: string;
    user: string | null;
    method: string;
    path: string;
    result: string;
    credentials: boolean | 'session';
    ip?: string;
    key?: string;
    via?: string;
  } = {
    audit: 1,
    time: new Date(d.time).toISOString(),
    user: cut(d.user) || null,
    method: cut(d.method),
    path: cut(d.path, MAX_PATH),
    result: cut(d.result),
    credentials: d.credentials,
  };
  const ip = cut(d.ip);
  if (ip) record.ip = ip;
  const key = cut(d.key, MAX_PATH);
  if (key) record.key = key;
  const via = cut(d.via);
  if (via) record.via = via;
  return record;
}

/** JSON text with every character outside U+0020–U+007E as a `\uXXXX` escape. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => '\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4),
  );
}

/** The one line the adapter prints for a decision. */
export function auditLine(d: AuditDecision): string {
  return asciiJson(auditRecord(d));
}

const isString = (v: unknown): v is string => typeof v === 'string';
const field = (o: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? Reflect.get(o, key) : undefined;

/**
 * The record in a log message, or undefined when it holds none. The line may follow a runtime
 * prefix (Lambda's text format: `<time>\t<request id>\tINFO\t<line>`).
 */
export function parseAuditLine(message: string): AuditRecord | undefined {
  const start = message.indexOf(AUDIT_PREFIX);
  if (start < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(message.slice(start).trim());
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = {
    audit: field(value, 'audit'),
    time: field(value, 'time'),
    user: field(value, 'user'),
    method: field(value, 'method'),
    path: field(value, 'path'),
    result: field(value, 'result'),
    credentials: field(value, 'credentials'),
    ip: field(value, 'ip'),
    key: field(value, 'key'),
    via: field(value, 'via'),
  };
  if (
    v.audit !== 1 ||
    !isString(v.time) ||
    !(v.user === null || isString(v.user)) ||
    !isString(v.method) ||
    !isString(v.path) ||
    !isString(v.result) ||
    !(typeof v.credentials === 'boolean' || v.credentials === 'session') ||
    (v.ip !== undefined && !isString(v.ip)) ||
    (v.key !== undefined && !isString(v.key)) ||
    (v.via !== undefined && !isString(v.via))
  ) {
    return undefined;
  }
  return {
    audit: 1,
    time: v.time,
    user: v.user,
    method: v.method,
    path: v.path,
    result: v.result,
    credentials: v.credentials,
    ...(isString(v.ip) ? { ip: v.ip } : {}),
    ...(isString(v.key) ? { key: v.key } : {}),
    ...(isString(v.via) ? { via: v.via } : {}),
  };
}
