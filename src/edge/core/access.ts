/**
 * Access rules (input `access`, issue 10): which user may read which keys, and the home page of
 * a user who may not read `/index.html`. Pure: no imports beyond the core.
 *
 * A rule names users (or `*`, every user) and globs. A glob is an absolute path whose segments
 * are literal, `*` (exactly one segment) or `**` (any number of segments, none included); a
 * glob ending in `/` names that folder's `index.html`, as a URI does. Globs match the key the
 * viewer-request trigger computes (`keyOf`: percent-decoded strictly, `//` collapsed, `/dir/` ⇒
 * `dir/index.html`), segment by segment and case-sensitively: `/acme/**` covers `acme`,
 * `acme/index.html` and everything under `acme/`, never `acme-evil/x`. A user reads the union of
 * the globs of the rules that name them or `*`.
 */
import { canonicalEncode } from './encoding.js';
import { keyOf } from './uri.js';

/** One rule as baked into the edge configuration. */
export interface AccessRule {
  /** NFC user names; `*` stands for every user. */
  readonly users: readonly string[];
  /** Globs as written (checked with `globProblem`). */
  readonly globs: readonly string[];
}

/** Every user. */
export const ANY_USER = '*';

// eslint-disable-next-line no-control-regex
const BAD_SEGMENT = /[\u0000-\u001f\u007f\\]/;

/** The segments a glob matches key segments with (`/x/` ⇒ `x`, `index.html`). */
export function globSegments(glob: string): string[] {
  const segments = glob.split('/').filter((s) => s !== '');
  return glob.endsWith('/') ? segments.concat('index.html') : segments;
}

/** Why a glob can never be a rule, or undefined when it may. */
export function globProblem(glob: string): string | undefined {
  if (!glob.startsWith('/')) return 'does not start with /';
  const parts = glob.split('/');
  for (let i = 0; i < parts.length; i += 1) {
    const segment = parts[i] ?? '';
    if (segment === '.' || segment === '..') return `has a '${segment}' segment`;
    if (BAD_SEGMENT.test(segment)) return 'contains a backslash or a control character';
    if (segment.includes('*') && segment !== '*' && segment !== '**') {
      return `has '${segment}': * and ** stand for whole segments only`;
    }
  }
  return undefined;
}

/** True when the key's segments match the glob's (`**` may take none). */
export function segmentsMatch(glob: readonly string[], key: readonly string[]): boolean {
  // Iterative matching with one backtracking point for the last `**` seen (linear enough for
  // keys of at most 1,024 bytes; globs come from the action's input, not from viewers).
  let g = 0;
  let k = 0;
  let starG = -1;
  let starK = 0;
  while (k < key.length) {
    const part = glob[g];
    if (part === '**') {
      starG = g;
      starK = k;
      g += 1;
    } else if (part !== undefined && (part === '*' || part === key[k])) {
      g += 1;
      k += 1;
    } else if (starG >= 0) {
      g = starG + 1;
      starK += 1;
      k = starK;
    } else {
      return false;
    }
  }
  while (glob[g] === '**') g += 1;
  return g === glob.length;
}

/** The globs (as segments) a user may read under these rules. */
export function globsOf(rules: readonly AccessRule[], user: string): string[][] {
  const out: string[][] = [];
  rules.forEach((rule) => {
    if (rule.users.includes(user) || rule.users.includes(ANY_USER)) {
      rule.globs.forEach((glob) => out.push(globSegments(glob)));
    }
  });
  return out;
}

/** True when one of the globs (from `globsOf`) matches the key (from `keyOf`). */
export function mayRead(globs: readonly (readonly string[])[], key: string): boolean {
  const parts = key.split('/');
  return globs.some((glob) => segmentsMatch(glob, parts));
}

/**
 * Where the home page links for a glob: the fixed (literal) prefix of a glob with a wildcard,
 * as a folder (`/acme/**` ⇒ `/acme/`, `/*` ⇒ `/`), or the glob itself when it has none.
 * Canonically encoded.
 */
export function homeLink(glob: string): string {
  const segments = glob.split('/').filter((s) => s !== '');
  const wild = segments.findIndex((s) => s === '*' || s === '**');
  if (wild < 0) return `/${canonicalEncode(segments.join('/'))}${glob.endsWith('/') ? '/' : ''}`;
  const prefix = segments.slice(0, wild).join('/');
  return prefix === '' ? '/' : `/${canonicalEncode(prefix)}/`;
}

/** Text with `& < > " '` escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Longest home page generated, in bytes: Lambda@Edge allows 40 KB for a generated response. */
export const MAX_HOME_PAGE_BYTES = 32 * 1024;

/**
 * The home page of a user who may not read `/index.html`: the site's name and one link per
 * distinct folder their rules open, nothing about any other folder. Everything escaped. A
 * link the same globs would refuse is left out (no dead links): a glob with a wildcard
 * before its last segment, such as `/reports/` + `*` + `/acme.pdf`, would link `/reports/`.
 */
export function homePage(siteName: string, globs: readonly string[]): string {
  const segments = globs.map(globSegments);
  const links = globs
    .map(homeLink)
    .filter((href, index, all) => all.indexOf(href) === index)
    .filter((href) => {
      const key = keyOf(href);
      return typeof key === 'string' && mayRead(segments, key);
    })
    .sort();
  const items = links.map((href) => {
    const label = safeDecode(href);
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`;
  });
  const name = escapeHtml(siteName);
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${name}</title>` +
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style>' +
    `</head><body><main><h1>${name}</h1>`;
  const tail = '</main></body></html>\n';
  // Thousands of globs only: keep the page within the response limit (3 bytes a character
  // at most, so the length in characters bounds the bytes).
  let budget = MAX_HOME_PAGE_BYTES / 3 - head.length - tail.length - 100;
  let shown = 0;
  while (shown < items.length && budget - (items[shown]?.length ?? 0) >= 0) {
    budget -= items[shown]?.length ?? 0;
    shown += 1;
  }
  const list = `<ul>${items.slice(0, shown).join('')}</ul>`;
  const body =
    items.length === 0
      ? '<p>There are no folders for you here.</p>'
      : shown < items.length
        ? `<p>Your folders (first ${shown} of ${items.length}):</p>${list}`
        : `<p>Your folders:</p>${list}`;
  return head + body + tail;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
