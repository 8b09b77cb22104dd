import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  MAX_FILE_PATHS,
  MAX_WILDCARD_PATHS,
  planInvalidation,
  toInvalidationPath,
  type InvalidationPlan,
} from '../src/invalidate/paths.js';

const range = (n: number, f: (i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => f(i));

/** Whether CloudFront would invalidate `path` with these invalidation paths. */
const covers = (paths: readonly string[], path: string): boolean =>
  paths.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path));

describe('toInvalidationPath', () => {
  it.each([
    ['a.html', '/a.html'],
    ['dir/sub/file.css', '/dir/sub/file.css'],
    ['my file.txt', '/my%20file.txt'],
    ['a#b.html', '/a%23b.html'],
    ['what?.html', '/what%3F.html'],
    ['100%.html', '/100%25.html'],
    ['star*.png', '/star%2A.png'],
    ['~user/x', '/%7Euser/x'],
    ['test[1].html', '/test%5B1%5D.html'],
    ['a"<>\\^`{|}.txt', '/a%22%3C%3E%5C%5E%60%7B%7C%7D.txt'],
    ['tab\there', '/tab%09here'],
    ['café/über.html', '/caf%C3%A9/%C3%BCber.html'],
    ['日本/€.txt', '/%E6%97%A5%E6%9C%AC/%E2%82%AC.txt'],
    ['emoji-😀.png', '/emoji-%F0%9F%98%80.png'],
    // Reserved but safe characters stay as they are; `+` does not (S3 reads it as a space).
    ["a+b@c:d=e&f$g,h;i!j'k(l).m-n_o", "/a%2Bb@c:d=e&f$g,h;i!j'k(l).m-n_o"],
  ])('%j ⇒ %j', (key, path) => {
    expect(toInvalidationPath(key)).toBe(path);
  });

  // Issue 22 #2: S3's REST endpoint reads a raw `+` in a path as a space, so a path with a raw
  // `+` would name the space key's object and the two keys' invalidations would be confused.
  it('gives a key with a space, one with a +, and one with both, three paths a + never stands in', () => {
    expect(toInvalidationPath('my secret.pdf')).toBe('/my%20secret.pdf');
    expect(toInvalidationPath('my+secret.pdf')).toBe('/my%2Bsecret.pdf');
    expect(toInvalidationPath('a+b c/d e+f.txt')).toBe('/a%2Bb%20c/d%20e%2Bf.txt');
    const plan = planInvalidation(['my secret.pdf', 'my+secret.pdf', 'a+b c/index.html']);
    expect(plan.paths).toEqual([
      '/a%2Bb%20c',
      '/a%2Bb%20c/',
      '/a%2Bb%20c/index.html',
      '/my%20secret.pdf',
      '/my%2Bsecret.pdf',
    ]);
    for (const p of plan.paths) expect(p).not.toContain('+');
  });
});

describe('planInvalidation: table', () => {
  it('returns an empty plan for no keys', () => {
    expect(planInvalidation([])).toEqual({
      paths: [],
      wildcards: 0,
      files: 0,
      reason: 'nothing changed: no invalidation needed',
    });
  });

  it('invalidates the root index.html as / too', () => {
    expect(planInvalidation(['index.html']).paths).toEqual(['/', '/index.html']);
  });

  it('invalidates dir/index.html as /dir/ and /dir too', () => {
    expect(planInvalidation(['docs/guide/index.html']).paths).toEqual([
      '/docs/guide',
      '/docs/guide/',
      '/docs/guide/index.html',
    ]);
  });

  it('applies the index rule to the exact name only', () => {
    expect(planInvalidation(['a/myindex.html', 'b/index.htm', 'c/INDEX.html']).paths).toEqual([
      '/a/myindex.html',
      '/b/index.htm',
      '/c/INDEX.html',
    ]);
  });

  it('encodes the directory paths of an index.html', () => {
    expect(planInvalidation(['my docs/index.html']).paths).toEqual([
      '/my%20docs',
      '/my%20docs/',
      '/my%20docs/index.html',
    ]);
  });

  it('deduplicates and sorts', () => {
    const plan = planInvalidation(['b.css', 'a.js', 'b.css', 'dir/', 'dir/index.html']);
    expect(plan.paths).toEqual(['/a.js', '/b.css', '/dir', '/dir/', '/dir/index.html']);
    expect(plan).toMatchObject({ files: 5, wildcards: 0 });
  });

  it('never turns a literal * into a wildcard', () => {
    const plan = planInvalidation(['img/*.png']);
    expect(plan.paths).toEqual(['/img/%2A.png']);
    expect(plan.wildcards).toBe(0);
  });

  it('explains why nothing was collapsed', () => {
    expect(planInvalidation(['a.html', 'b.html']).reason).toBe(
      '2 changed keys as 2 paths: the bucket listing was not given, so no directory was collapsed',
    );
    expect(planInvalidation(['a.html'], { allKeys: ['a.html', 'b.html'] }).reason).toBe(
      '1 changed key as 1 path: no directory had 10+ changed keys making up at least 50% of its keys',
    );
  });
});

describe('planInvalidation: collapse rule', () => {
  const assets = (n: number): string[] => range(n, (i) => `assets/f${i}.js`);
  const site = [...range(40, (i) => `page${i}.html`), 'index.html'];

  it('collapses a directory with >= 10 changed keys that are >= 50% of its keys', () => {
    const plan = planInvalidation([...assets(10), 'index.html'], {
      allKeys: [...assets(20), ...site],
    });
    expect(plan.paths).toEqual(['/', '/assets/*', '/index.html']);
    expect(plan).toMatchObject({ wildcards: 1, files: 2 });
    expect(plan.reason).toBe('collapsed 10 keys under /assets/*; 2 other paths');
  });

  it('keeps files when fewer than 10 keys changed', () => {
    const plan = planInvalidation(assets(9), { allKeys: [...assets(9), ...site] });
    expect(plan).toMatchObject({ wildcards: 0, files: 9 });
  });

  it('keeps files when the changed keys are under 50% of the directory', () => {
    const plan = planInvalidation(assets(10), { allKeys: [...assets(21), ...site] });
    expect(plan).toMatchObject({ wildcards: 0, files: 10 });
  });

  it('counts deleted keys (absent from allKeys) as changed', () => {
    const deleted = range(10, (i) => `old/x${i}.png`);
    const plan = planInvalidation(deleted, { allKeys: site });
    expect(plan.paths).toEqual(['/old/*']);
  });

  it('does not collapse without allKeys', () => {
    expect(planInvalidation(assets(500)).wildcards).toBe(0);
  });

  it('takes the outermost qualifying directory', () => {
    const keys = [...range(10, (i) => `a/b/x${i}`), ...range(5, (i) => `a/c/y${i}`)];
    const plan = planInvalidation(keys, {
      allKeys: [...keys, ...range(5, (i) => `a/d/z${i}`), ...site],
    });
    expect(plan.paths).toEqual(['/a/*']);
  });

  it('prefers the inner directory when it saves as much and wastes less', () => {
    const keys = range(12, (i) => `a/b/x${i}`);
    const plan = planInvalidation(keys, { allKeys: [...keys, 'a/other.txt', ...site] });
    expect(plan.paths).toEqual(['/a/b/*']);
  });

  it('keeps /dir when a collapsed directory has its own index.html', () => {
    const keys = [...assets(10), 'assets/index.html'];
    const plan = planInvalidation(keys, { allKeys: [...keys, ...site] });
    expect(plan.paths).toEqual(['/assets', '/assets/*']);
  });

  it('invalidates /* when >= 10 keys and >= 50% of the site changed', () => {
    const all = range(30, (i) => `p${i}.html`);
    const plan = planInvalidation(all.slice(0, 15), { allKeys: all });
    expect(plan).toEqual({
      paths: ['/*'],
      wildcards: 1,
      files: 0,
      reason: 'invalidating /* because 15 of 30 keys (50%) changed',
    });
  });

  it('uses at most maxWildcards wildcards, the ones saving most paths first', () => {
    const keys = Array.from({ length: 5 }, (_, d) => range(10 + d, (i) => `d${d}/f${i}`)).flat();
    const bigSite = range(100, (i) => `p${i}.html`);
    const plan = planInvalidation(keys, { allKeys: [...keys, ...bigSite], maxWildcards: 2 });
    expect(plan.paths.filter((p) => p.endsWith('*'))).toEqual(['/d3/*', '/d4/*']);
    expect(plan.files).toBe(10 + 11 + 12);
  });

  it('honours a custom threshold', () => {
    const plan = planInvalidation(assets(3), {
      allKeys: [...assets(4), ...site],
      collapseThreshold: { minKeys: 3, minRatio: 0.75 },
    });
    expect(plan.paths).toEqual(['/assets/*']);
  });

  it('rejects limits outside what CloudFront allows', () => {
    expect(() => planInvalidation(['a'], { maxPaths: 0 })).toThrow(RangeError);
    expect(() => planInvalidation(['a'], { maxPaths: 1.5 })).toThrow(
      'planInvalidation: maxPaths must be a whole number from 1 to 3000, got 1.5',
    );
    expect(() => planInvalidation(['a'], { maxPaths: MAX_FILE_PATHS + 1 })).toThrow(/maxPaths/);
    expect(() => planInvalidation(['a'], { maxWildcards: MAX_WILDCARD_PATHS + 1 })).toThrow(
      /maxWildcards/,
    );
    expect(() => planInvalidation(['a'], { collapseThreshold: { minRatio: 2 } })).toThrow(
      /minRatio/,
    );
  });
});

describe('planInvalidation: fallback to /*', () => {
  const scattered = (n: number): string[] => range(n, (i) => `d${i}/f.html`);

  it('keeps exactly maxPaths paths', () => {
    expect(planInvalidation(scattered(1000)).files).toBe(1000);
  });

  it('falls back above maxPaths (default 1,000)', () => {
    const plan = planInvalidation(scattered(1001));
    expect(plan).toEqual({
      paths: ['/*'],
      wildcards: 1,
      files: 0,
      reason:
        'fell back to /* because 1001 paths remained after collapsing, more than maxPaths (1000)',
    });
  });

  it('counts the extra index.html paths against maxPaths', () => {
    const keys = range(4, (i) => `d${i}/index.html`);
    expect(planInvalidation(keys, { maxPaths: 12 }).files).toBe(12);
    expect(planInvalidation(keys, { maxPaths: 11 }).paths).toEqual(['/*']);
  });

  it('counts what remains after collapsing', () => {
    const collapsed = range(600, (i) => `big/f${i}`);
    const keys = [...collapsed, ...range(500, (i) => `small${i}/f`)];
    const allKeys = [...keys, ...range(2000, (i) => `small${i}/g`)];
    const plan = planInvalidation(keys, { allKeys });
    expect(plan.paths).toHaveLength(501);
    expect(plan.paths).toContain('/big/*');
  });
});

// ---- properties ----

const special = fc.constantFrom(...' +%#?~*&=@:[]"\\\t', 'é', '日', '😀');
const segment = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'b', 'index', '.', '-'),
      special,
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join('').replaceAll('/', '_'))
  .filter((s) => s.length > 0);
const key = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
  },
  {
    weight: 1,
    arbitrary: fc.array(segment, { maxLength: 3 }).map((s) => [...s, 'index.html'].join('/')),
  },
);
// Few directory names, so that keys share directories and collapsing happens.
const dirKey = fc
  .tuple(
    fc.constantFrom('a/', 'a/b/', 'c d/', 'é/', '*/'),
    fc.oneof(key, fc.constantFrom('index.html', 'x.js')),
  )
  .map(([dir, k]) => dir + k);
// Unchanged keys mostly live elsewhere, so that some directories qualify and the root does not.
const scenario = fc.record({
  changed: fc.array(fc.oneof({ weight: 1, arbitrary: key }, { weight: 3, arbitrary: dirKey }), {
    maxLength: 200,
    size: 'medium',
  }),
  unchanged: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: key.map((k) => `static/${k}`) },
      { weight: 1, arbitrary: dirKey },
    ),
    { maxLength: 400, size: 'medium' },
  ),
  /** Plain unchanged files, to vary the share of the site that changed. */
  staticFiles: fc.noBias(fc.integer({ min: 0, max: 300 })),
  withAllKeys: fc.boolean(),
  maxPaths: fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: MAX_FILE_PATHS }) },
  ),
  maxWildcards: fc.integer({ min: 1, max: MAX_WILDCARD_PATHS }),
  minKeys: fc.integer({ min: 1, max: 12 }),
  minRatio: fc.noBias(fc.integer({ min: 0, max: 100 })).map((n) => n / 100),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const allKeysOf = (s: Scenario): string[] => [
  ...s.changed,
  ...s.unchanged,
  ...range(s.staticFiles, (i) => `s/${i}`),
];

const plan = (s: Scenario, changed = s.changed): InvalidationPlan =>
  planInvalidation(changed, {
    maxPaths: s.maxPaths,
    maxWildcards: s.maxWildcards,
    collapseThreshold: { minKeys: s.minKeys, minRatio: s.minRatio },
    ...(s.withAllKeys ? { allKeys: allKeysOf(s) } : {}),
  });

/** The paths CloudFront must invalidate for a changed key. */
const mustCover = (k: string): string[] => {
  const path = toInvalidationPath(k);
  if (k === 'index.html') return [path, '/'];
  if (!k.endsWith('/index.html')) return [path];
  const dir = path.slice(0, -'index.html'.length);
  return [path, dir, dir.slice(0, -1)];
};

// Printable ASCII without the characters that must be encoded, or a %XX escape.
const ENCODED_PATH = /^\/(?:[!$&-)+-;=@-Z_a-z]|%[0-9A-F]{2})*\*?$/;

describe('planInvalidation: properties', () => {
  it('covers every changed key, and the directory of every index.html', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { paths } = plan(s);
        const missed = s.changed.flatMap(mustCover).filter((p) => !covers(paths, p));
        expect(missed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('respects the limits and the path syntax, with no redundant path', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = plan(s);
        expect(p.files).toBeLessThanOrEqual(s.maxPaths);
        expect(p.wildcards).toBeLessThanOrEqual(s.maxWildcards);
        expect(p.files + p.wildcards).toBe(p.paths.length);
        expect(p.paths.filter((x) => x.endsWith('*'))).toHaveLength(p.wildcards);
        expect([...new Set(p.paths)].sort()).toEqual(p.paths);
        expect(p.paths.filter((x) => !ENCODED_PATH.test(x) || x.length > 4000)).toEqual([]);
        const redundant = p.paths.filter((x) =>
          covers(
            p.paths.filter((y) => y !== x),
            x,
          ),
        );
        expect(redundant).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('only collapses directories that meet the rule, unless it falls back to /*', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const p = plan(s);
        if (p.reason.startsWith('fell back')) return;
        const changed = [...new Set(s.changed)].map(toInvalidationPath);
        const all = [...new Set(allKeysOf(s))].map(toInvalidationPath);
        for (const wildcard of p.paths.filter((x) => x.endsWith('*'))) {
          expect(s.withAllKeys).toBe(true);
          const prefix = wildcard.slice(0, -1);
          const c = changed.filter((x) => x.startsWith(prefix)).length;
          const t = all.filter((x) => x.startsWith(prefix)).length;
          expect(c).toBeGreaterThanOrEqual(s.minKeys);
          expect(c).toBeGreaterThanOrEqual(s.minRatio * t);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and ignores input order and duplicates', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const once = plan(s);
        expect(plan(s)).toEqual(once);
        expect(plan(s, [...s.changed].reverse().concat(s.changed))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('encodes so that decoding gives the key back', () => {
    fc.assert(
      fc.property(fc.oneof(key, dirKey), (k) => {
        const path = toInvalidationPath(k);
        expect(path).toMatch(ENCODED_PATH);
        expect(path.endsWith('*')).toBe(false);
        expect(decodeURIComponent(path)).toBe(`/${k}`);
      }),
      { numRuns: 500 },
    );
  });
});
