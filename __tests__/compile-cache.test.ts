/**
 * src/compile-cache.ts: where the action asks Node to keep V8's compile cache, and that asking
 * never stops a run. (The bundle's own use of it, on Node 24: __tests__/bundle-sync.test.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { COMPILE_CACHE_FOLDER, enableCompileCacheOnRunner } from '../src/compile-cache.js';

/** A `node:module` stand-in that notes the folders it was asked to use. */
function recorder(fail = false) {
  const asked: string[] = [];
  return {
    asked,
    api: {
      enableCompileCache: (directory: string) => {
        asked.push(directory);
        if (fail) throw new Error('EACCES');
        return { status: 1, directory };
      },
    },
  };
}

describe('enableCompileCacheOnRunner', () => {
  it('on a runner: a folder of its own under RUNNER_TEMP', () => {
    const { asked, api } = recorder();
    const temp = path.join('/home/runner/work/_temp');
    expect(enableCompileCacheOnRunner({ RUNNER_TEMP: temp }, api)).toBe(
      path.join(temp, COMPILE_CACHE_FOLDER),
    );
    expect(asked).toEqual([path.join(temp, 'secure-dist-compile-cache')]);
  });

  it('not on a runner (no RUNNER_TEMP, or empty): not enabled, not even in the temporary folder', () => {
    const { asked, api } = recorder();
    expect(enableCompileCacheOnRunner({}, api)).toBeUndefined();
    expect(enableCompileCacheOnRunner({ RUNNER_TEMP: '' }, api)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('a Node without the method (before 22.1), or one that throws: the run goes on without', () => {
    expect(enableCompileCacheOnRunner({ RUNNER_TEMP: '/tmp/x' }, {})).toBeUndefined();
    const { asked, api } = recorder(true);
    expect(enableCompileCacheOnRunner({ RUNNER_TEMP: '/tmp/x' }, api)).toBeUndefined();
    expect(asked).toHaveLength(1);
  });
});
