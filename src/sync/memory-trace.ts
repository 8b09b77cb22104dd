/**
 * Memory per phase of a sync, on request: with `SECURE_DIST_MEMORY_TRACE=1` in the environment
 * the sync logs, at the end of each phase, the process's resident set (now and its peak so far)
 * and V8's heap, so a benchmark can tell which phase memory goes to. Off by default: it costs a
 * `process.memoryUsage()` call per phase and a log line, nothing else.
 *
 * `process.resourceUsage().maxRSS` is the peak resident set in kilobytes (getrusage's
 * ru_maxrss), the figure `/usr/bin/time -f %M` reports at exit: Node's documentation,
 * https://nodejs.org/api/process.html#processresourceusage.
 */

/** The environment variable that turns the trace on (`1`). */
export const MEMORY_TRACE_ENV = 'SECURE_DIST_MEMORY_TRACE';

/** One phase's figures, in bytes. */
export interface MemoryFigures {
  readonly phase: string;
  readonly rss: number;
  readonly peakRss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  /** Memory outside V8's heap held by JavaScript objects (Buffers' bytes among them). */
  readonly external: number;
}

/** A phase's end: logs its figures when the trace is on, does nothing otherwise. */
export type MemoryTrace = (phase: string) => void;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The line one phase's figures are logged as (the benchmark reads it back: `parseMemoryLine`). */
export function memoryLine(f: MemoryFigures): string {
  return (
    `memory after ${f.phase}: rss ${mb(f.rss)}, peak rss ${mb(f.peakRss)}, ` +
    `heap used ${mb(f.heapUsed)}, heap total ${mb(f.heapTotal)}, external ${mb(f.external)}`
  );
}

/** The figures of this process now. */
export function measureMemory(phase: string): MemoryFigures {
  const m = process.memoryUsage();
  return {
    phase,
    rss: m.rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
  };
}

/** The trace for a run: logging through `log` when `env` asks for it, else a no-op. */
export function memoryTrace(
  log: (line: string) => void,
  env: Readonly<Record<string, string | undefined>> = process.env,
): MemoryTrace {
  if (env[MEMORY_TRACE_ENV] !== '1') return () => undefined;
  return (phase) => log(memoryLine(measureMemory(phase)));
}
