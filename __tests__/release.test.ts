/**
 * Releases (issue 13): package.json's version, CHANGELOG.md's latest section, the
 * documentation's `@vX` examples (README.md, docs/) and the release workflow agree; the release workflow's dist check is the
 * script CI runs; the repository-health files are in place.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { documentationFiles } from './helpers/markdown.js';
import { REPO_ROOT } from './helpers/s3-server.js';

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});
const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const yamlFile = (file: string): Yaml => record(parse(read(file)));

const version = String(record(JSON.parse(read('package.json'))).version);
const changelog = read('CHANGELOG.md');
/** README.md and docs/, as one text. */
const documentation = documentationFiles().map(read).join('\n');

/** Runs scripts/release-notes.mjs as the release workflow does. */
function releaseNotes(tag: string): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts', 'release-notes.mjs'), tag],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

function runs(file: string, job: string): string[] {
  const steps = record(record(yamlFile(file).jobs)[job]).steps;
  return (Array.isArray(steps) ? steps : []).map((s) => String(record(s).run ?? ''));
}

describe('version, CHANGELOG and the documentation agree', () => {
  it('package.json has a plain X.Y.Z version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("CHANGELOG.md's latest released section is package.json's version", () => {
    const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm)].map(
      (m) => m[1],
    );
    expect(released[0]).toBe(version);
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });

  it("every documented example of this action uses the major tag of package.json's version", () => {
    const uses = [
      ...documentation.matchAll(/uses: ([\w.-]+\/secure-dist-action)@([^\s<]\S*)/g),
    ].map((m) => m[2]);
    expect(uses.length).toBeGreaterThanOrEqual(2);
    expect(new Set(uses)).toEqual(new Set([`v${version.split('.')[0] ?? ''}`]));
  });

  it('the documentation explains pinning by full commit SHA', () => {
    expect(documentation).toContain(
      `secure-dist-action@<commit SHA of the v${version} tag> # v${version}`,
    );
    expect(documentation).toContain(
      `git ls-remote https://github.com/org/secure-dist-action 'refs/tags/v${version}*'`,
    );
  });
});

describe('scripts/release-notes.mjs (the release check and notes)', () => {
  it('prints the CHANGELOG section of the tagged version', () => {
    const res = releaseNotes(`v${version}`);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('### Added');
    expect(res.stdout).not.toContain(`## [${version}]`); // the body only
    expect(res.stdout).not.toMatch(/^\[[^\]]+\]: /m); // no link references
  });

  it.each(['v0.0.0', version, `v${version}-rc.1`, ''])('refuses the tag %p', (tag) => {
    const res = releaseNotes(tag);
    expect(res.stderr).toMatch(/release-notes: the tag '.*' is not 'v' \+ package\.json's version/);
    expect(res.status).toBe(1);
  });
});

describe('release.yml', () => {
  const doc = yamlFile('.github/workflows/release.yml');
  const jobs = record(doc.jobs);

  it('runs on pushed vX.Y.Z tags only', () => {
    expect(doc.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('verifies with the tests and the same dist check as CI, then checks tag and changelog', () => {
    const verify = runs('.github/workflows/release.yml', 'verify');
    expect(verify).toEqual(
      expect.arrayContaining([
        'npm ci',
        'npm test',
        expect.stringMatching(/^bash scripts\/check-dist\.sh\b/),
        'node scripts/release-notes.mjs "$TAG"',
      ]),
    );
    expect(runs('.github/workflows/ci.yml', 'check')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^bash scripts\/check-dist\.sh\b/)]),
    );
    expect(read('.ci/run')).toContain('bash scripts/check-dist.sh; b=$?');
    expect(record(jobs.verify).permissions).toBeUndefined(); // the workflow's contents: read
  });

  it('only the release job may write, after the checks passed', () => {
    const release = record(jobs.release);
    expect(release.needs).toBe('verify');
    expect(release.permissions).toEqual({ contents: 'write' });
    const script = runs('.github/workflows/release.yml', 'release').join('\n');
    expect(script).toContain('gh release create "$TAG" --verify-tag');
    expect(script).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
    expect(script).toContain('git tag -f "$major" "$GITHUB_SHA"');
    expect(script).toContain('major="${TAG%%.*}"');
  });
});

describe('repository health', () => {
  it('dependabot updates npm and the actions weekly, grouped', () => {
    const updates = yamlFile('.github/dependabot.yml').updates;
    expect(Array.isArray(updates)).toBe(true);
    const list = (Array.isArray(updates) ? updates : []).map(record);
    expect(list.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of list) {
      expect(record(u.schedule).interval).toBe('weekly');
      expect(Object.keys(record(u.groups)).length).toBeGreaterThan(0);
    }
  });

  it('CodeQL scans JavaScript/TypeScript and only its job may write security events', () => {
    const doc = yamlFile('.github/workflows/codeql.yml');
    const analyze = record(record(doc.jobs).analyze);
    expect(analyze.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = (Array.isArray(analyze.steps) ? analyze.steps : []).map(record);
    const init = steps.find((s) => String(s.uses).startsWith('github/codeql-action/init@'));
    expect(record(init?.with).languages).toBe('javascript-typescript');
  });

  it.each(['SECURITY.md', 'CONTRIBUTING.md', '.env.example'])('%s exists', (file) => {
    expect(existsSync(path.join(REPO_ROOT, file))).toBe(true);
  });

  it('.env.example runs command: sync against a loopback S3 server, with no role', () => {
    const env = Object.fromEntries(
      read('.env.example')
        .split('\n')
        .filter((l) => /^[A-Z]/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(env).toMatchObject({
      INPUT_COMMAND: 'sync',
      'INPUT_ROLE-TO-ASSUME': '',
      AWS_ENDPOINT_URL_S3: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
  });
});
