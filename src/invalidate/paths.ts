/**
 * Invalidation planning: the S3 keys a sync changed ⇒ the fewest CloudFront paths that cover
 * them, within the service limits. Pure: plain data in, plain data out.
 *
 * **Limits.** CloudFront allows 3,000 file paths and 15 wildcard paths in progress per
 * distribution; `*` may only be the last character; a wildcard counts as one path. The first
 * 1,000 paths a month are free, then each costs $0.005. A path may be 4,000 characters long (an
 * S3 key is at most 1,024 bytes, so at most 3,073 characters once encoded).
 *
 * **Paths.** A changed key `k` becomes `/k`. A key `dir/index.html` also invalidates `/dir/` and
 * `/dir`, and the root `index.html` also `/`. Keys are encoded with the edge function's canonical
 * encoding (`canonicalPath`, src/edge/core/encoding.ts): non-ASCII characters and the characters
 * RFC 1738 calls unsafe are percent-encoded as UTF-8, plus `?`, `*` and `+` (S3 reads a raw `+`
 * as a space), and nothing else is. The edge re-encodes every request's path the same way, so the
 * path matches the cached object.
 *
 * **Collapse rule.** A directory `d/` is invalidated as the single path `/d/*` when at least
 * `minKeys` (default 10) of its keys changed and they are at least `minRatio` (default 50%) of
 * the keys under it after the sync (`allKeys`; deleted keys count as changed): a wildcard never
 * invalidates more unchanged objects than changed ones. The root is a directory too: when at
 * least 10 keys and 50% of the site changed, the plan is `/*`. Candidates are taken by most paths
 * saved first (then fewest unchanged keys invalidated), skipping any inside or around one already
 * taken, up to `maxWildcards` (default 15). Without `allKeys` nothing is known about unchanged
 * content, so this rule collapses nothing.
 *
 * **Fallback.** If more than `maxPaths` (default 1,000) file paths remain after collapsing, the
 * plan is the single path `/*`: one path instead of more than 1,000 (over $5 a deploy once the
 * free paths are used up), and always within the service limits.
 */
import { canonicalPath } from '../edge/core/encoding.js';

/** CloudFront's limit on file paths in progress per distribution. */
export const MAX_FILE_PATHS = 3000;
/** CloudFront's limit on wildcard paths in progress per distribution. */
export const MAX_WILDCARD_PATHS = 15;
export const DEFAULT_MAX_PATHS = 1000;
export const DEFAULT_MAX_WILDCARDS = MAX_WILDCARD_PATHS;

export interface CollapseThreshold {
  /** A directory needs at least this many changed keys to become a wildcard. */
  readonly minKeys: number;
  /** …and they must be at least this share (0–1) of the keys under it. */
  readonly minRatio: number;
}

export const DEFAULT_COLLAPSE_THRESHOLD: CollapseThreshold = { minKeys: 10, minRatio: 0.5 };

export interface PlanOptions {
  /** At most this many file (non-wildcard) paths, 1–3,000; more ⇒ `/*`. */
  readonly maxPaths?: number;
  /** At most this many wildcard paths, 1–15. */
  readonly maxWildcards?: number;
  readonly collapseThreshold?: Partial<CollapseThreshold>;
  /** Every key in the bucket after the sync; without it no directory is collapsed. */
  readonly allKeys?: readonly string[];
}

export interface InvalidationPlan {
  /** Sorted, distinct, each starting with `/`; a wildcard ends with `*`. */
  readonly paths: string[];
  readonly wildcards: number;
  readonly files: number;
  /** One sentence for logs and the job summary. */
  readonly reason: string;
}

/**
 * The CloudFront path that matches the object at `key`: the canonical encoding the edge
 * function also gives every forwarded URI (src/edge/core/encoding.ts), so an invalidation
 * path and the cache key of the object it names are the same string.
 */
export const toInvalidationPath = (key: string): string => canonicalPath(key);

/** The paths a changed key invalidates: itself and, for `index.html`, its directory. */
function pathsForKey(key: string): string[] {
  const path = toInvalidationPath(key);
  if (key === 'index.html') return [path, '/'];
  if (!key.endsWith('/index.html')) return [path];
  const dir = path.slice(0, -'index.html'.length);
  return [path, dir, dir.slice(0, -1)];
}

/** `a/b/c` ⇒ `''`, `a/`, `a/b/`: the root and every directory the key is in. */
function dirsOf(key: string): string[] {
  const dirs = [''];
  for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1))
    dirs.push(key.slice(0, i + 1));
  return dirs;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const countInto = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

function checkRange(name: string, value: number, min: number, max: number, integer = true): number {
  if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    const what = integer ? 'a whole number' : 'a number';
    throw new RangeError(
      `planInvalidation: ${name} must be ${what} from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

interface Candidate {
  /** Encoded path prefix, ending with `/`; the wildcard is `prefix + '*'`. */
  readonly prefix: string;
  readonly changed: number;
  readonly total: number;
  /** File paths the wildcard replaces. */
  readonly covered: number;
}

/** Directories that meet the collapse rule, best first (see the rule at the top). */
function candidates(
  keys: readonly string[],
  filePaths: readonly string[],
  allKeys: readonly string[],
  threshold: CollapseThreshold,
): Candidate[] {
  const changed = new Map<string, number>();
  for (const key of keys) for (const dir of dirsOf(key)) countInto(changed, dir);

  const total = new Map<string, number>();
  for (const key of new Set([...allKeys, ...keys])) {
    for (const dir of dirsOf(key)) if (changed.has(dir)) countInto(total, dir);
  }

  // `/` never appears encoded, so the `/`s of a path are exactly the directories of its key.
  const covered = new Map<string, number>();
  for (const path of filePaths) {
    for (let i = 0; i !== -1; i = path.indexOf('/', i + 1))
      countInto(covered, path.slice(0, i + 1));
  }

  const out: Candidate[] = [];
  for (const [dir, c] of changed) {
    const t = total.get(dir) ?? c;
    const prefix = toInvalidationPath(dir);
    const cov = covered.get(prefix) ?? 0;
    if (c >= threshold.minKeys && c >= threshold.minRatio * t && cov > 1) {
      out.push({ prefix, changed: c, total: t, covered: cov });
    }
  }
  return out.sort(
    (a, b) =>
      b.covered - a.covered ||
      a.total - a.changed - (b.total - b.changed) ||
      byCodeUnit(a.prefix, b.prefix),
  );
}

const percent = (part: number, whole: number): string => `${Math.round((100 * part) / whole)}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function planInvalidation(
  changedKeys: readonly string[],
  options: PlanOptions = {},
): InvalidationPlan {
  const maxPaths = checkRange('maxPaths', options.maxPaths ?? DEFAULT_MAX_PATHS, 1, MAX_FILE_PATHS);
  const maxWildcards = checkRange(
    'maxWildcards',
    options.maxWildcards ?? DEFAULT_MAX_WILDCARDS,
    1,
    MAX_WILDCARD_PATHS,
  );
  const threshold: CollapseThreshold = {
    minKeys: checkRange(
      'collapseThreshold.minKeys',
      options.collapseThreshold?.minKeys ?? DEFAULT_COLLAPSE_THRESHOLD.minKeys,
      1,
      Number.MAX_SAFE_INTEGER,
    ),
    minRatio: checkRange(
      'collapseThreshold.minRatio',
      options.collapseThreshold?.minRatio ?? DEFAULT_COLLAPSE_THRESHOLD.minRatio,
      0,
      1,
      false,
    ),
  };

  const keys = [...new Set(changedKeys)].sort(byCodeUnit);
  if (keys.length === 0) {
    return { paths: [], wildcards: 0, files: 0, reason: 'nothing changed: no invalidation needed' };
  }
  const filePaths = [...new Set(keys.flatMap(pathsForKey))].sort(byCodeUnit);

  const picked: Candidate[] = [];
  if (options.allKeys !== undefined) {
    for (const c of candidates(keys, filePaths, options.allKeys, threshold)) {
      if (picked.length === maxWildcards) break;
      const overlaps = picked.some(
        (p) => c.prefix.startsWith(p.prefix) || p.prefix.startsWith(c.prefix),
      );
      if (!overlaps) picked.push(c);
    }
  }
  const files = filePaths.filter((path) => !picked.some((p) => path.startsWith(p.prefix)));

  if (files.length > maxPaths) {
    return {
      paths: ['/*'],
      wildcards: 1,
      files: 0,
      reason: `fell back to /* because ${files.length} paths remained after collapsing, more than maxPaths (${maxPaths})`,
    };
  }

  const wildcards = picked.map((p) => `${p.prefix}*`);
  const paths = [...wildcards, ...files].sort(byCodeUnit);
  const plan = { paths, wildcards: wildcards.length, files: files.length };

  const [first] = picked;
  if (first?.prefix === '/') {
    const share = `${first.changed} of ${plural(first.total, 'key')} (${percent(first.changed, first.total)})`;
    return { ...plan, reason: `invalidating /* because ${share} changed` };
  }
  if (picked.length > 0) {
    const collapsed = picked
      .map((p) => `${plural(p.changed, 'key')} under ${p.prefix}*`)
      .join(', ');
    const rest = files.length > 0 ? `; ${plural(files.length, 'other path')}` : '';
    return { ...plan, reason: `collapsed ${collapsed}${rest}` };
  }
  const why =
    options.allKeys === undefined
      ? 'the bucket listing was not given, so no directory was collapsed'
      : `no directory had ${threshold.minKeys}+ changed keys making up at least ${percent(threshold.minRatio, 1)} of its keys`;
  return {
    ...plan,
    reason: `${plural(keys.length, 'changed key')} as ${plural(files.length, 'path')}: ${why}`,
  };
}
