/**
 * The one glob rule of `exclude` and `cache-control` (picomatch, compiled only here):
 *
 * - A glob without `/` matches the last segment of a key at any depth, as in `.gitignore`:
 *   `*.env` matches `.env`, `prod.env` and `config/prod.env`; `drafts` matches the folder
 *   `drafts` and `docs/drafts` (and, for `exclude`, everything under them).
 * - A glob with a `/` matches the whole key from the top of `content-dir`: `config/*.env`
 *   matches `config/prod.env` but not `app/config/prod.env`; `**\/*.map` matches at any depth.
 * - `*` and `**` match names starting with a dot (`*.env` matches `.env`).
 * - Keys use `/` on every OS.
 */
import picomatch from 'picomatch';

export type KeyMatcher = (key: string) => boolean;

/** Throws picomatch's error for an invalid glob (callers name the input and line). */
export function compileGlob(glob: string): KeyMatcher {
  return picomatch(glob, { dot: true, basename: !glob.includes('/'), windows: false });
}

/** True when any of the globs matches; never matches when there are none. */
export function compileGlobs(globs: readonly string[]): KeyMatcher {
  const matchers = globs.map(compileGlob);
  return (key) => matchers.some((m) => m(key));
}
