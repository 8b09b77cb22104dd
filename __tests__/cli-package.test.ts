/**
 * `npx github:org/secure-dist-action <command>` as npm runs it: npm clones the repository, packs
 * it and installs the package, then runs its bin. Offline here: the repository's files (with the
 * committed dist/) in a local git repository, installed with `npm exec --offline` and an empty
 * cache, so any download — a dependency, or the devDependencies npm installs to prepare a git
 * dependency with a build script — fails the test.
 *
 * npm prepares a git dependency (`npm install --force` in the clone, devDependencies included)
 * when its package.json has any of the scripts build, prepare, prepack, preinstall, install,
 * postinstall (pacote, lib/git.js, `#prepareDir`, as bundled with npm 11; npm docs, scripts:
 * "If a package being installed through git contains a prepare script, its dependencies and
 * devDependencies will be installed"); and installs its `dependencies` like any package. So the
 * package has neither: dist/ is committed and self-contained (esbuild bundles everything).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './helpers/s3-server.js';

interface PackageJson {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly scripts?: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly files?: string[];
}
const pkg: PackageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** The scripts for which npm prepares a git dependency (pacote lib/git.js). */
const PREPARED_FOR = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'];

describe('package.json: a git install that neither builds nor downloads', () => {
  it('has no dependencies (every package is bundled into dist/), and none of the scripts npm prepares for', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.scripts ?? {}).filter((s) => PREPARED_FOR.includes(s))).toEqual([]);
    expect(pkg.scripts?.typecheck).toBe('tsc -p .');
  });

  it('has the bin secure-dist, and packs the CLI, its S3 server and the licenses', () => {
    expect(pkg.bin).toEqual({ 'secure-dist': 'dist/cli/index.js' });
    expect(pkg.files).toEqual(['dist/cli/', 'dist/s3-server/', 'dist/licenses.txt']);
    const first = readFileSync(path.join(REPO_ROOT, 'src', 'cli', 'index.ts'), 'utf8').split(
      '\n',
    )[0];
    expect(first).toBe('#!/usr/bin/env node');
  });
});

describe('npm exec from a git repository, offline', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cli-package-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The repository's tracked files as a git repository of their own; `edit` changes it first. */
  function gitPackage(name: string, edit: (dir: string) => void = () => undefined): string {
    const dir = path.join(work, name);
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f !== '');
    // What npm fetches is the repository as committed: the bundles must be in it.
    for (const bin of ['dist/cli/index.js', 'dist/s3-server/index.mjs']) {
      if (!files.includes(bin)) {
        throw new Error(`${bin} is not committed: run \`npm run bundle\` and commit dist/`);
      }
    }
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      cpSync(path.join(REPO_ROOT, f), path.join(dir, f));
    }
    edit(dir);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: dir,
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'package');
    return dir;
  }

  /** `npm exec --offline` of the package's bin, with a cache of its own. */
  function npmExec(source: string, cache: string, cwd: string, args: readonly string[]) {
    const res = spawnSync(
      'npm',
      [
        'exec',
        '--offline',
        '--yes',
        '--cache',
        cache,
        `--package=git+file://${source}`,
        '--',
        'secure-dist',
        ...args,
      ],
      {
        cwd,
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, npm_config_update_notifier: 'false' },
      },
    );
    return { status: res.status, out: `${res.stdout}${res.stderr}` };
  }

  it('installs without building or downloading, and runs --help, init, check and preview', () => {
    const source = gitPackage('package');
    const cache = path.join(work, 'cache');
    const user = path.join(work, 'user');
    mkdirSync(path.join(user, 'public'), { recursive: true });
    writeFileSync(path.join(user, 'public', 'index.html'), '<h1>hello</h1>\n');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: user });
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:octo/my-site.git'], {
      cwd: user,
    });

    const help = npmExec(source, cache, user, ['--help']);
    expect(help.out).toContain('Usage: npx github:org/secure-dist-action <command> [options]');
    expect(help.status).toBe(0);

    const init = npmExec(source, cache, user, ['init', '--users', 'alice']);
    expect(init.out).toContain('Wrote secure-dist.yml, .github/workflows/publish.yml');
    expect(init.status).toBe(0);

    const check = npmExec(source, cache, user, ['check']);
    expect(check.out).toContain('No problems.');
    expect(check.status).toBe(0);

    // The bundled S3 server (dist/s3-server) beside the bin: the preview starts and stops.
    const preview = npmExec(source, cache, user, [
      'preview',
      '--port',
      '0',
      '--no-watch',
      '--exit-after',
      '1',
    ]);
    expect(preview.out).toContain('content  public/ → s3://secure-dist-sandbox');
    expect(preview.out).toMatch(/Log in +user alice, password /);
    expect(preview.out).toContain('preview: stopped');
    // The SDK's Node-version notice is for whoever updates the bundled SDK (src/cli/index.ts).
    expect(preview.out).not.toContain('NodeVersionSupportWarning');
    expect(preview.status).toBe(0);

    const unknown = npmExec(source, cache, user, ['deploy']);
    expect(unknown.status).toBe(2);
  });

  it('with a build script, npm would install every devDependency first: offline, that fails (the check is live)', () => {
    const source = gitPackage('with-build', (dir) => {
      const file = path.join(dir, 'package.json');
      const json: PackageJson = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(
        file,
        JSON.stringify({ ...json, scripts: { ...json.scripts, build: 'tsc -p .' } }),
      );
    });
    const res = npmExec(source, path.join(work, 'cache-build'), work, ['--help']);
    expect(res.status).not.toBe(0);
    expect(res.out).not.toContain('Usage:');
  });
});
