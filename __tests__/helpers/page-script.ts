/**
 * The page secure-dist publishes as its 404 (src/sync/not-found-page.ts) after its inline
 * script ran at a browser's `location`: the script runs in a `node:vm` context with the few DOM
 * calls it makes (`querySelector('h1')`, `querySelectorAll('h1~p')`) over the page's own
 * heading and paragraphs, read from its HTML.
 */
import vm from 'node:vm';

/** The text of the elements the page's script touches, after running it at `location`. */
export function afterScript(
  html: string,
  location: { host: string; pathname: string },
): { heading: string; paragraphs: string[]; title: string } {
  const text = (s: string) =>
    s.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
  const heading = { textContent: text(/<h1>(.*?)<\/h1>/.exec(html)?.[1] ?? '') };
  const after = html.slice(html.indexOf('</h1>'));
  const paragraphs = [...after.matchAll(/<p>(.*?)<\/p>/g)].map((m) => ({
    textContent: text(m[1] ?? ''),
  }));
  const document = {
    title: text(/<title>(.*?)<\/title>/.exec(html)?.[1] ?? ''),
    querySelector: (s: string) => (s === 'h1' ? heading : null),
    querySelectorAll: (s: string) => (s === 'h1~p' ? paragraphs : []),
  };
  for (const m of html.matchAll(/<script>(.*?)<\/script>/gs)) {
    vm.runInNewContext(m[1] ?? '', { document, location });
  }
  return {
    heading: heading.textContent,
    paragraphs: paragraphs.map((p) => p.textContent),
    title: document.title,
  };
}
