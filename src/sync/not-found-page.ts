/**
 * The 404 page secure-dist publishes itself (issue 25 item 3, `edge: function`).
 *
 * With Lambda@Edge, the origin-response trigger answers a missing key with the edge's pages
 * (src/edge/handler.ts: "Not found", or "Preview <n> does not exist" under `_previews/`). The
 * CloudFront Functions runtime cannot: it has no origin-response trigger, its viewer-response
 * function does not run on an origin status of 400 or more (src/edge/function/handler.ts cites
 * the page), and the viewer-request trigger "doesn't execute ... When fetching a custom error
 * page", nor the viewer-response one "When the origin returns an HTTP status code of 400 or
 * higher" or "When a custom error page is returned" ("CloudFront events that can trigger a
 * Lambda@Edge function", CloudFront Developer Guide,
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-cloudfront-trigger-events.html;
 * the page is Lambda@Edge's, the viewer events are the same for CloudFront Functions, which no
 * page read here says outright).
 * What it can do is the distribution's own mapping: `CustomErrorResponses` 404 ⇒ a page in the
 * bucket (cloudformation/site.yaml, parameter `NotFoundPage`). A site with a root `404.html`
 * keeps it; any other site on this runtime gets this page, at `_secure-dist/404.html`
 * (OWN_NOT_FOUND_PAGE_KEY: viewers may fetch it, unlike `.secure-dist/`, which the bucket
 * policy denies to CloudFront; the walk refuses content there, and the site's sync never
 * lists, keeps or deletes it as content).
 *
 * The page is the edge's own "Not found" (src/edge/core/page.ts `answerContent`, rendered by
 * its `renderPage` with its stylesheet). It is one object, which CloudFront fetches (or takes
 * from its cache) for whichever key is missing, so what it says cannot depend on the request:
 * on a site with `previews`, it also says that a removed or
 * expired preview answers this page, and a small inline script turns it into the preview's page
 * (src/edge/core/preview.ts `previewGoneContent`: "Preview <n> does not exist") when the
 * browser's `location` is a preview's (`pr-<n>.<domain>`, or `/_previews/pr-<n>/…`).
 *
 * The script cannot import core/preview.ts: it runs in the browser from a static object, and
 * may load nothing else (its policy below). Nor can it carry `previewTarget`'s source text: the
 * bundlers rename the module-level names that function refers to (`isPreviewKey`,
 * `PREVIEWS_PREFIX`), so its `toString()` is not code that runs on its own. So the rule is
 * written here once more, in PREVIEW_NUMBER_SOURCE, and __tests__/not-found-page.test.ts holds
 * it to `previewTarget` on generated hosts and paths.
 *
 * Which Content-Security-Policy reaches the page: on the error path, none of the edge's (the
 * viewer-response function does not run), and the site's response headers policy
 * (SecurityHeadersPolicy) sets no CSP. So the page brings its own, as a `<meta http-equiv>`
 * in its `<head>` (a policy there holds for the document; `report-uri`, `frame-ancestors` and
 * `sandbox` are ignored in it: HTML spec, whatwg/html#523 "No CSP report-uri|frame-ancestors|
 * sandbox in meta"; the response headers policy's `X-Frame-Options: DENY` covers framing):
 * nothing loads, only the page's stylesheet and its one script apply, by their SHA-256 hashes
 * (__tests__/function-not-found-browser.test.ts: Chromium runs the script, and reports no
 * violation). Fetched directly (`/_secure-dist/404.html`, through both functions), the
 * viewer-response function adds the sandbox of published files (core/content-policy.ts): the
 * script does not run there, and the page says "Not found".
 */
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { PAGE_STYLE, PAGE_TYPE, answerContent, renderPage } from '../edge/core/page.js';
import { previewGoneContent } from '../edge/core/preview.js';
import type { CacheControlRule } from '../site/cache-control.js';
import type { EdgeKind } from '../site/model.js';
import { PART_SIZE, hashBytes } from './hash.js';
import { cacheControlFor, storedHeadersFor } from './headers.js';
import { NOT_FOUND_PAGE_KEY, OWN_NOT_FOUND_PAGE_KEY, hasNotFoundPage } from './local.js';
import type { LocalEntry } from './plan.js';
import { headObject, listObjects, uploadFile } from './s3.js';

/** The site parameter `NotFoundPage` (its AllowedValues in cloudformation/site.yaml). */
export type NotFoundPageParameter = '' | '/404.html' | '/_secure-dist/404.html';

/** The path CloudFront fetches the page at: the `NotFoundPage` of a site that uses it. */
export const OWN_NOT_FOUND_PAGE_PATH = '/_secure-dist/404.html';

/**
 * What the distribution answers a missing key with (the site parameter `NotFoundPage`): the
 * content's root 404.html when it has one; else, with `edge: function`, the page this module
 * publishes; else '' (Lambda@Edge makes its own 404s at origin-response).
 */
export function notFoundPageParameter(site: {
  readonly edge: EdgeKind;
  readonly contentDir: string;
  readonly exclude: readonly string[];
}): NotFoundPageParameter {
  if (hasNotFoundPage(site.contentDir, site.exclude)) return '/404.html';
  return site.edge === 'function' ? OWN_NOT_FOUND_PAGE_PATH : '';
}

/**
 * The HTML of the page for `site` when its distribution answers missing keys with it
 * (`notFoundPageParameter`); else undefined.
 */
export function ownNotFoundPageOf(site: {
  readonly edge: EdgeKind;
  readonly contentDir: string;
  readonly exclude: readonly string[];
  readonly realm: string;
  readonly previews: { readonly domain?: string | undefined } | undefined;
}): string | undefined {
  return notFoundPageParameter(site) === OWN_NOT_FOUND_PAGE_PATH
    ? ownNotFoundPage(site.realm, site.previews)
    : undefined;
}

/** The bucket key of a `NotFoundPage` value ('' for none). */
export function notFoundPageKey(parameter: NotFoundPageParameter): string {
  return parameter.slice(1);
}

/** What the page adds on a site with previews. */
export const PREVIEW_NOTE =
  'A pull request preview that expired or was removed answers this page too: push to the pull request again to publish a new one.';

/**
 * The preview a browser's `location` is for, by previewTarget's rule (core/preview.ts): a
 * function of `host` (`location.host`), `path` (`location.pathname`) and the lower-case preview
 * domain (`''` for none) that gives the number, or `''` when the location is not a preview's.
 * ES5, for any browser. `path` is still percent-encoded, where previewTarget reads the decoded
 * key: a browser never encodes the characters the rule looks at (`_previews/pr-<digits>/`)
 * itself; a link that does (`/%5Fpreviews/…`) reaches the preview but gets the plain page.
 */
export const PREVIEW_NUMBER_SOURCE =
  'function(host,path,domain){' +
  "var name=String(host).toLowerCase().replace(/\\.?(:\\d*)?$/,'');" +
  'if(domain){var at=name.length-domain.length-1;' +
  "if(at>0&&name.substring(at)==='.'+domain){" +
  'var label=/^pr-([1-9]\\d{0,8})$/.exec(name.substring(0,at));' +
  "return label&&!/^\\/_previews(\\/|$)/.test(path)?label[1]:''}}" +
  'var key=/^\\/_previews\\/pr-([1-9]\\d{0,8})\\//.exec(path);' +
  "return key?key[1]:''}";

/** The marker of the preview's number in the texts the script holds. */
const NUMBER = '\u0001';

/** JSON that cannot end a `<script>` element (`</script>`) nor open a comment (`<!--`). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The page's script on a site with previews whose preview domain is `domain` (in any case: the
 * rule takes it in lower case, as src/synth/edge-code.ts `edgePreviews` gives it the edge): on
 * a preview's location, the heading and the paragraphs after it become `previewGoneContent`'s
 * (the title stays the realm, as on the Lambda@Edge page).
 */
export function previewScript(domain: string | undefined): string {
  const gone = previewGoneContent('', NUMBER);
  const texts = [gone.heading, ...gone.paragraphs];
  return (
    `(function(){var n=(${PREVIEW_NUMBER_SOURCE})(location.host,location.pathname,${scriptJson((domain ?? '').toLowerCase())});` +
    `if(!n)return;var t=${scriptJson(texts)};` +
    `var f=function(s){return s.split(${scriptJson(NUMBER)}).join(n)};` +
    "var h=document.querySelector('h1');if(h)h.textContent=f(t[0]);" +
    "var p=document.querySelectorAll('h1~p');" +
    'for(var i=0;i<p.length;i++)p[i].textContent=i+1<t.length?f(t[i+1]):""})();'
  );
}

/** `'sha256-…'`: a CSP hash-source of `text`. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's own Content-Security-Policy (see the module comment). */
export function ownPagePolicy(script: string | undefined): string {
  return (
    `default-src 'none'; style-src ${hashSource(PAGE_STYLE)}; ` +
    (script === undefined ? '' : `script-src ${hashSource(script)}; `) +
    "base-uri 'none'; form-action 'none'"
  );
}

/** Where renderPage's head begins: the policy goes right after it. */
const HEAD_START = '<meta charset="utf-8">';

/**
 * The HTML of the page for a site in `realm`, with `previews` (their domain, if any) or
 * without (undefined).
 */
export function ownNotFoundPage(
  realm: string,
  previews: { readonly domain?: string | undefined } | undefined,
): string {
  const notFound = answerContent(404, realm, undefined);
  const script = previews === undefined ? undefined : previewScript(previews.domain);
  const html =
    script === undefined
      ? renderPage(notFound, PAGE_STYLE, '')
      : renderPage(
          { ...notFound, paragraphs: [...notFound.paragraphs, PREVIEW_NOTE] },
          PAGE_STYLE,
          `<script>${script}</script>`,
        );
  const at = html.indexOf(HEAD_START);
  if (at < 0) throw new Error(`renderPage no longer starts its head with ${HEAD_START}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${ownPagePolicy(script).replace(/"/g, '&quot;')}">`;
  const end = at + HEAD_START.length;
  return html.slice(0, end) + meta + html.slice(end);
}

/** The page as the sync sends it: the headers 404.html would get (headers.ts). */
export function ownNotFoundPageEntry(html: string, rules: readonly CacheControlRule[]): LocalEntry {
  const body = Buffer.from(html, 'utf8');
  const h = hashBytes(body);
  return {
    key: OWN_NOT_FOUND_PAGE_KEY,
    absPath: '',
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    contentType: PAGE_TYPE,
    cacheControl: cacheControlFor(NOT_FOUND_PAGE_KEY, rules),
    body,
  };
}

/**
 * Puts the page into `bucket` unless it is already there with these bytes and headers (one
 * HeadObject); with `dryRun`, only says whether it would. Returns true when it was (or would
 * be) sent, so the caller invalidates its path.
 *
 * A dry run lists the key instead (ListObjectsV2 with the key as prefix) and compares the bytes
 * alone: `plan` runs it with the bootstrap's PlanRole, which may list the bucket and read
 * `.secure-dist/*` but no other key (cloudformation/bootstrap.yaml `ReadManifest`;
 * __tests__/iam-policies.test.ts holds the grants to it), and HeadObject needs s3:GetObject
 * ("To use HEAD, you must have the s3:GetObject permission", HeadObject, Amazon S3 API
 * Reference: https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html). A change
 * of its headers alone (a new Cache-Control rule for 404.html) shows in the deploy, not the plan.
 */
export async function publishOwnNotFoundPage(
  client: S3Client,
  bucket: string,
  entry: LocalEntry,
  dryRun: boolean,
): Promise<boolean> {
  if (dryRun) {
    const listed = await listObjects(client, bucket, entry.key);
    return !listed.some((o) => o.key === '' && o.etag === entry.etag);
  }
  const stored = storedHeadersFor(entry.key, entry.cacheControl);
  const current = await headObject(client, bucket, entry.key);
  const same =
    current !== undefined &&
    current.etag === entry.etag &&
    current.contentType === entry.contentType &&
    current.cacheControl === stored.cacheControl &&
    Object.entries(stored.metadata).every(([k, v]) => current.metadata[k] === v);
  if (same) return false;
  await uploadFile(client, bucket, entry, { partSize: PART_SIZE, queueSize: 1 });
  return true;
}
