/**
 * Published files cannot script the site (issue 22 #3). Every user of a site shares one origin,
 * and the browser sends the cached Basic credentials with every request to it: a script in a
 * partner's `acme/logo.svg` or `acme/page.html`, opened by another user, could fetch
 * `/globex/notes.txt` as that user. So the viewer-response trigger of both runtimes gives every
 * file the site serves a `Content-Security-Policy: sandbox` without `allow-scripts`: no script
 * runs in it (MDN, "CSP: sandbox": it "enables a sandbox for the requested resource similar to
 * the <iframe> sandbox attribute ... preventing the execution of plugins and scripts";
 * https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/sandbox).
 *
 * - Everything but HTML (SVG, XML, XHTML, text, unknown types) also gets no `allow-same-origin`
 *   (`CONTENT_SANDBOX`): the document runs in an opaque origin, so not even a scriptless way of
 *   reading (an XML document's XSLT `document()`) reaches the site as the viewer.
 * - HTML (`text/html`) keeps its origin (`PAGE_SANDBOX`: `allow-same-origin` without
 *   `allow-scripts`). In an opaque origin a page's own stylesheets, web fonts and images are
 *   cross-origin requests: Chromium rendered the example site without its font, layout and
 *   images (__tests__/sandbox-browser.test.ts failed so). Without scripts, its origin gives an
 *   HTML page no way to read another file and send it anywhere; the combination MDN warns about
 *   is `allow-scripts` with `allow-same-origin`. (That HTML has no other reading channel is the
 *   platform's design, not something a test here proves.)
 * - Both keep links (a sandboxed document may navigate itself; `allow-popups-to-escape-sandbox`
 *   lets a link open a new tab as a normal page, which gets its own header) and downloads.
 * - PDFs get none: Chromium and Safari render nothing for a PDF under a CSP sandbox (their viewer
 *   is a plugin, which a sandbox blocks: whatwg/html#3958, chromium issue 413851, reports in
 *   PrivateBin, kiwix, AEM). Their viewers run a PDF's own scripts without access to the site's
 *   origin (the browsers' design, not a test here). A response without a type is sandboxed;
 *   `X-Content-Type-Options: nosniff` (the site's response headers policy) keeps browsers from
 *   sniffing another type.
 *
 * A site whose own pages need scripts sets `trusted-pages: true` in secure-dist.yml: then no
 * header is added, and anyone who can publish to the site can act as anyone who reads it.
 *
 * Pure, ES2020, for both runtimes.
 */

/** The policy of every served file but HTML and PDF: no scripts, an opaque origin. */
export const CONTENT_SANDBOX =
  'sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox';
/** The policy of HTML: no scripts, its own origin (its stylesheets, fonts and images load). */
export const PAGE_SANDBOX = `${CONTENT_SANDBOX} allow-same-origin`;

/** The Content-Security-Policy for a response of this Content-Type, or undefined for none. */
export function contentPolicy(contentType: unknown): string | undefined {
  const media =
    typeof contentType === 'string' ? contentType.split(';')[0]?.trim().toLowerCase() : '';
  if (media === 'application/pdf') return undefined;
  return media === 'text/html' ? PAGE_SANDBOX : CONTENT_SANDBOX;
}
