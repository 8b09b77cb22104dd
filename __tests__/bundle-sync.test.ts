/**
 * The committed bundle, run as the GitHub runner runs it: `node dist/index.js` with INPUT_*
 * variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against the loopback S3 server.
 * `SECURE_DIST_TEST_DIST=DIR` runs them on a build in DIR instead (helpers/dist.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from '../src/sync/s3.js';
import { parseOutputFile, runProcess } from './helpers/runner.js';
import { actionInputs } from './helpers/action-env.js';
import { DIST } from './helpers/dist.js';
import {
  REPO_ROOT,
  createBucket,
  startS3Server,
  useServerEnv,
  type S3Server,
  NODE24,
} from './helpers/s3-server.js';

let server: S3Server;
let restoreEnv: () => void;
let client: S3Client;
let work: string;

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  client = createS3Client({ region: 'eu-central-1' });
  work = await mkdtemp(path.join(tmpdir(), 'bundle-'));
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

interface StepResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runStep(
  node: string,
  inputs: Record<string, unknown>,
  workspace: string,
  nodeOptions: { args?: string[]; env?: Record<string, string>; skipSiteFile?: boolean } = {},
): Promise<StepResult & { stderr: string }> {
  const outputFile = path.join(work, `out-${Math.random()}`);
  const summaryFile = path.join(work, `summary-${Math.random()}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...server.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '1234',
    ...nodeOptions.env,
  };
  if (nodeOptions.skipSiteFile === true) {
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = String(v);
  } else {
    Object.assign(env, actionInputs(workspace, inputs));
  }
  const { code, stdout, stderr } = await runProcess(
    node,
    [...(nodeOptions.args ?? []), path.join(DIST, 'index.js')],
    env,
    workspace,
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

const runtimes: [string, string][] = [['the test runtime', process.execPath]];
if (existsSync(NODE24)) runtimes.push(['Node 24 (the action runtime)', NODE24]);

describe.each(runtimes)('dist/index.js on %s', (_label, node) => {
  it('syncs the example site into a bucket and reports outputs and a summary', async () => {
    const bucket = await createBucket(client, 'bundle');
    const workspace = await mkdtemp(path.join(work, 'ws-'));
    await cp(path.join(REPO_ROOT, 'example'), path.join(workspace, 'site'), { recursive: true });
    const inputs = {
      command: 'sync',
      bucket,
      'content-dir': 'site',
      'cache-control': [{ '*.txt': 'max-age=5' }],
    };

    const first = await runStep(node, inputs, workspace);
    expect(first.stdout).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    expect(Number(first.outputs.uploaded)).toBeGreaterThanOrEqual(5);
    expect(first.outputs.deleted).toBe('0');
    expect(first.outputs.bucket).toBe(bucket);
    expect(Number(first.outputs['bytes-uploaded'])).toBeGreaterThan(0);
    expect(first.outputs['invalidated-paths']).toBe('[]');
    expect(first.summary).toContain(`### Sync: \`${bucket}\``);
    expect(first.summary).toMatch(/\| uploaded \| \d+ \|/);

    const page = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'docs/index.html' }),
    );
    expect(await page.Body?.transformToString()).toContain('Documentation');
    const notes = await client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: 'docs/release-notes.txt' }),
    );
    // Issue 20: stored for CloudFront, the rule's value (made private) as the viewer's metadata.
    expect(notes.CacheControl).toBe('max-age=1');
    expect(notes.Metadata?.['viewer-cache-control']).toBe('private, max-age=5');

    const second = await runStep(node, inputs, workspace);
    expect(second.code).toBe(0);
    expect(second.outputs.uploaded).toBe('0');
    expect(second.outputs.unchanged).toBe(first.outputs.uploaded);
  }, 60_000);

  it('refuses a linked content-dir and a file name that would inject a runner command', async () => {
    const bucket = await createBucket(client, 'bundle');
    const workspace = await mkdtemp(path.join(work, 'ws-'));
    await writeFile(path.join(workspace, '.env'), 'TOKEN=do-not-publish');
    await symlink('.', path.join(workspace, 'content'));
    const linked = await runStep(node, { command: 'sync', bucket }, workspace);
    expect(linked.code).toBe(1);
    expect(linked.stdout).toContain("::error::`content-dir`: 'content' is a symbolic link");

    await mkdir(path.join(workspace, 'site'));
    await writeFile(path.join(workspace, 'site', 'index.html'), 'home');
    await writeFile(path.join(workspace, 'site', 'x\n::stop-commands::abc'), 'evil');
    const injected = await runStep(
      node,
      { command: 'sync', bucket, 'content-dir': 'site' },
      workspace,
    );
    expect(injected.code).toBe(1);
    expect(injected.stdout).toMatch(
      /::error::`content-dir`: 'x\\n::stop-commands::abc' has a control character/,
    );
    expect(injected.stdout.split('\n').filter((l) => l.startsWith('::stop-commands::'))).toEqual(
      [],
    );
  }, 60_000);

  it('fails the step with a message that names the input', async () => {
    const bucket = await createBucket(client, 'bundle');
    const res = await runStep(node, { command: 'sync', bucket, 'content-dir': 'missing' }, work);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/::error::`content-dir`: the folder .*missing' does not exist/);
    const bad = await runStep(node, { command: 'sync', bucket, 'max-delete': 'lots' }, work);
    expect(bad.stdout).toContain(
      // `%` is `%25` in a workflow command (the runner decodes it).
      `::error::secure-dist.yml:2: max-delete: got 'lots'; allowed: a count (100) or a percentage ("50%25")`,
    );
  }, 60_000);

  it('refuses a site setting given as an input of the step, naming the key to set in the site file', async () => {
    const bucket = await createBucket(client, 'bundle');
    const workspace = await mkdtemp(path.join(work, 'ws-'));
    // As the runner passes a `with:` key action.yml no longer declares: INPUT_<NAME>.
    const res = await runStep(node, { command: 'sync', bucket, 'content-dir': 'site' }, workspace, {
      env: { 'INPUT_CONTENT-DIR': 'site', 'INPUT_STACK-NAME': 'docs' },
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(
      '::error::`stack-name` moved to secure-dist.yml: set `stack-name:` there, not as an input of the step%0A' +
        '`content-dir` moved to secure-dist.yml: set `content-dir:` there, not as an input of the step',
    );
    expect(res.outputs).toEqual({});
  }, 60_000);

  it('without a site file: names the file and how to get one', async () => {
    const workspace = await mkdtemp(path.join(work, 'ws-'));
    const res = await runStep(node, { command: 'sync', config: 'sites/docs.yml' }, workspace, {
      skipSiteFile: true,
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(
      `::error::sites/docs.yml: no such file in the workspace (${path.join(workspace, 'sites', 'docs.yml')}): ` +
        'describe the site there (`npx github:org/secure-dist-action init` writes one), or point the `config` input at the file that does',
    );
  }, 60_000);
});

/**
 * Records every file a process loads as a module (`module.registerHooks`, Node ≥ 22.15), and at
 * exit Node's own internal modules named `undici` (`process.moduleLoadList`: Node's undici
 * loads when something touches `fetch`, or imports `node:http` as an ES module, whose namespace
 * reads the `WebSocket` getter).
 */
const RECORD_LOADS = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module'; import { appendFileSync } from 'node:fs';" +
    'registerHooks({ load(url, context, next) {' +
    " if (url.startsWith('file:')) appendFileSync(process.env.LOADED_MODULES, url + '\\n');" +
    ' return next(url, context); } });' +
    " process.on('exit', () => { for (const m of process.moduleLoadList)" +
    " if (m.includes('undici')) appendFileSync(process.env.LOADED_MODULES, 'internal:' + m + '\\n'); });",
)}`;

/**
 * Code a sync must not load (issue 24): the other commands, the other AWS clients, SigV4A, and
 * undici (@actions/core's OIDC client; src/aws/oidc-token.ts asks for the token instead), by
 * the `// <path>` comment esbuild writes above each module of its (unminified) output.
 */
const NOT_FOR_A_SYNC = [
  '// node_modules/undici/',
  '// node_modules/@actions/http-client/',
  '// node_modules/@aws-sdk/client-cloudformation/',
  '// node_modules/@aws-sdk/client-cloudfront/',
  '// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/',
  '// node_modules/@aws-sdk/client-secrets-manager/',
  '// node_modules/@aws-sdk/client-sts/',
  '// node_modules/@aws-sdk/client-cloudwatch-logs/',
  '// node_modules/@smithy/signature-v4a/',
  '// src/share/',
  '// src/audit/',
  '// src/kvs/',
  '// src/deploy/',
  '// src/synth/',
];

describe.each(runtimes.filter(([, node]) => node === NODE24))(
  'dist/index.js on %s loads only what a sync needs',
  (_label, node) => {
    it('a sync into a given bucket loads no CloudFormation, CloudFront, Secrets Manager or template code', async () => {
      const bucket = await createBucket(client, 'bundle');
      const workspace = await mkdtemp(path.join(work, 'ws-'));
      await cp(path.join(REPO_ROOT, 'example'), path.join(workspace, 'site'), { recursive: true });
      const log = path.join(work, `loaded-${Math.random()}`);
      await writeFile(log, '');
      // `invalidate` stays true (the default): with no distribution there is nothing to invalidate.
      const res = await runStep(
        node,
        { command: 'sync', bucket, 'content-dir': 'site' },
        workspace,
        {
          args: ['--import', RECORD_LOADS],
          env: { LOADED_MODULES: log },
        },
      );
      expect(res.stdout).not.toMatch(/::error::/);
      expect(res.code).toBe(0);
      const lines = (await readFile(log, 'utf8')).split('\n');
      expect(lines.filter((l) => l.startsWith('internal:'))).toEqual([]);
      const loaded = lines
        .filter((u) => u.startsWith('file:'))
        .map((u) => fileURLToPath(u))
        .filter((f) => f.startsWith(DIST + path.sep));
      // The entry and the sync command's own chunk(s).
      expect(loaded).toContain(path.join(DIST, 'index.js'));
      expect(loaded.length).toBeGreaterThan(1);
      const code = (await Promise.all(loaded.map((f) => readFile(f, 'utf8')))).join('\n');
      // What a sync needs is there (so the markers are what the search expects) ...
      expect(code).toContain('// src/sync/');
      expect(code).toContain('// node_modules/@aws-sdk/client-s3/');
      // The content-type table: loaded by every sync, but not before its first request (below).
      expect(code).toContain('// node_modules/mime-db/');
      // ... and nothing else.
      expect(NOT_FOR_A_SYNC.filter((marker) => code.includes(marker))).toEqual([]);
      for (const absent of [
        'class CloudFormationClient',
        'class CloudFrontClient',
        'class SecretsManagerClient',
        // The templates (the yaml parser itself is loaded now: every command reads secure-dist.yml).
        "AWSTemplateFormatVersion: '2010-09-09'",
      ]) {
        expect(code).not.toContain(absent);
      }
    }, 60_000);

    it("keeps V8's compile cache under RUNNER_TEMP for the next step, and runs as well where it cannot write one", async () => {
      const bucket = await createBucket(client, 'bundle');
      const workspace = await mkdtemp(path.join(work, 'ws-'));
      await cp(path.join(REPO_ROOT, 'example'), path.join(workspace, 'site'), { recursive: true });
      const inputs = { command: 'sync', bucket, 'content-dir': 'site' };
      const runnerTemp = await mkdtemp(path.join(work, 'runner-temp-'));
      const first = await runStep(node, inputs, workspace, { env: { RUNNER_TEMP: runnerTemp } });
      expect(first.stdout).not.toMatch(/::error::/);
      expect(first.code).toBe(0);
      const cached = await readdir(path.join(runnerTemp, 'secure-dist-compile-cache'), {
        recursive: true,
      });
      expect(cached.length).toBeGreaterThan(1);
      // The next step reads it back: Node's own debug log names each module whose cache V8 took.
      const second = await runStep(node, inputs, workspace, {
        env: { RUNNER_TEMP: runnerTemp, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' },
      });
      expect(second.code).toBe(0);
      expect(second.outputs.uploaded).toBe('0');
      expect(second.stderr).toMatch(
        /V8 code cache for ESM file:\S*\/chunks\/main-\S+ was accepted/,
      );
      // A RUNNER_TEMP where no folder can be made (a file): no cache, the same sync.
      const blocked = path.join(work, `runner-temp-file-${Math.random()}`);
      await writeFile(blocked, '');
      const third = await runStep(node, inputs, workspace, { env: { RUNNER_TEMP: blocked } });
      expect(third.stdout).not.toMatch(/::error::/);
      expect(third.code).toBe(0);
      expect(third.outputs.uploaded).toBe('0');
    }, 60_000);
  },
);

/**
 * The files an ES module of dist/ imports, statically (`import ... from "./x.js"`, loaded and
 * compiled before the module's first line runs) or dynamically (`import("./x.js")`, loaded when
 * the code gets there), as absolute paths.
 */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(file, 'utf8');
  const resolve = (m: RegExpMatchArray) => path.resolve(path.dirname(file), m[1] ?? '');
  return {
    static: [
      ...code.matchAll(/^(?:import|export)\s(?:[^'"();]*?\sfrom\s*)?"(\.{1,2}\/[^"]+)";/gm),
    ].map(resolve),
    dynamic: [...code.matchAll(/\bimport\("(\.{1,2}\/[^"]+)"\)/g)].map(resolve),
  };
}

/** `file` and every file it imports statically, transitively: what loading it loads. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of importsOf(file).static) staticGraph(f, seen);
  return seen;
}

const codeOf = (files: Iterable<string>) =>
  [...files].map((f) => readFileSync(f, 'utf8')).join('\n');

/** The one chunk `from` imports dynamically whose name starts with `name-`. */
function dynamicChunk(from: string, name: string): string {
  const found = importsOf(from).dynamic.filter((f) => path.basename(f).startsWith(`${name}-`));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

describe('what dist/index.js loads before a sync sends its first request (issue 24, start-up)', () => {
  const entry = path.join(DIST, 'index.js');

  it('the entry loads only the compile-cache switch; the action comes in after it, by import()', () => {
    const code = codeOf(staticGraph(entry));
    expect(code).toContain('// src/compile-cache.ts');
    // Compiled after the cache is on: no package and no other source of the action here.
    expect(code).not.toContain('// node_modules/');
    expect(code).not.toContain('// src/main.ts');
    expect(codeOf(staticGraph(dynamicChunk(entry, 'main')))).toContain('// src/main.ts');
  });

  it('neither the action nor the sync command loads the content-type table with them', () => {
    const main = dynamicChunk(entry, 'main');
    const sync = dynamicChunk(main, 'sync');
    const files = new Set([...staticGraph(main), ...staticGraph(sync)]);
    const beforeFirstRequest = codeOf(files);
    // The markers are those of the code a sync loads (checked by the run above) ...
    expect(beforeFirstRequest).toContain('// src/sync/headers.ts');
    expect(beforeFirstRequest).toContain('// node_modules/@aws-sdk/client-s3/');
    // ... without mime-types and its table, which src/sync/headers.ts loads by import().
    expect(beforeFirstRequest).not.toContain('// node_modules/mime-db/');
    expect(beforeFirstRequest).not.toContain('// node_modules/mime-types/');
    const tables = [...files]
      .flatMap((f) => importsOf(f).dynamic)
      .filter((f) => path.basename(f).startsWith('mime-types-'));
    expect(tables.length).toBeGreaterThan(0);
    expect(codeOf(staticGraph(tables[0] ?? ''))).toContain('// node_modules/mime-db/');
  });

  it("the bundle's content-type table gives every key the type and charset mime-types gives it", async () => {
    // scripts/bundle.mjs computes the table at build time (`contentTypeTable`): each extension
    // mime-db knows, in any case, and keys with no extension or an object's own property names.
    const main = dynamicChunk(entry, 'main');
    const sync = dynamicChunk(main, 'sync');
    const table = [...staticGraph(main), ...staticGraph(sync)]
      .flatMap((f) => importsOf(f).dynamic)
      .find((f) => path.basename(f).startsWith('mime-types-'));
    const script = [
      "import { createRequire } from 'node:module';",
      `const mime = createRequire(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))})('mime-types');`,
      `const bundled = (await import(${JSON.stringify(pathToFileURL(table ?? '').href)})).default;`,
      'const keys = Object.keys(mime.types).flatMap((e) => [`a/b.${e}`, `B.${e.toUpperCase()}`, e]);',
      "keys.push('README', 'a.b/c', '.html', 'x.', 'x.constructor', 'x.__proto__', 'x.toString', 'dir/.hidden');",
      'const ours = (k) => { const t = bundled.lookup(k); return t === false ? false : bundled.contentType(t); };',
      'const theirs = (k) => { const t = mime.lookup(k); return t === false ? false : mime.contentType(t); };',
      'const differ = keys.filter((k) => ours(k) !== theirs(k)).map((k) => [k, ours(k), theirs(k)]);',
      'console.log(JSON.stringify({ keys: keys.length, differ: differ.slice(0, 20) }));',
    ].join('\n');
    const res = await runProcess(
      NODE24,
      ['--input-type=module', '-e', script],
      { PATH: process.env.PATH },
      REPO_ROOT,
    );
    expect(res.stderr).toBe('');
    const { keys, differ } = JSON.parse(res.stdout) as { keys: number; differ: unknown[] };
    expect(keys).toBeGreaterThan(3000);
    expect(differ).toEqual([]);
  });
});
