/**
 * `command: audit`: who downloaded what. Reads the edge function's audit lines (`audit-log`)
 * from every region for `since` (default 7d), optionally one `user` / `path`, merges them by
 * time, writes `audit.csv` and `audit.jsonl` under `output-dir` and a job summary. Reads only:
 * CloudWatch Logs FilterLogEvents on the one log group (src/audit/read.ts says why not
 * Logs Insights).
 */
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import { errorName } from '../aws/retry.js';
import { readAuditLines, type ReadResult } from '../audit/read.js';
import {
  auditSummaryMarkdown,
  mdCode,
  summarize,
  writeAuditFiles,
  type AuditFiles,
  type AuditSummary,
} from '../audit/report.js';
import type { CommandContext } from './sync.js';

export interface AuditReport {
  readonly read: ReadResult;
  readonly summary: AuditSummary;
  readonly files: AuditFiles;
  readonly durationMs: number;
  readonly markdown: string;
}

export interface AuditOptions {
  /** Regions to read (default: every region replicas may run in). */
  readonly regions?: readonly string[];
  readonly random?: () => number;
}

export async function auditCommand(
  site: Pick<Site, 'stackName'>,
  run: Pick<RunInputs, 'auditSinceSeconds' | 'auditUser' | 'auditPath' | 'outputDir'>,
  ctx: CommandContext,
  options: AuditOptions = {},
): Promise<AuditReport> {
  const started = ctx.now();
  const endTime = started;
  const startTime = endTime - run.auditSinceSeconds * 1000;
  let lastProgress = started;
  const read = await readAuditLines(
    {
      stackName: site.stackName,
      startTime,
      endTime,
      user: run.auditUser,
      path: run.auditPath,
      ...(options.regions !== undefined ? { regions: options.regions } : {}),
    },
    {
      logs: (region) => ctx.clients.cloudWatchLogs(region),
      sleep: ctx.sleep,
      ...(options.random !== undefined ? { random: options.random } : {}),
      onPage: (region, pages, lines) => {
        const now = ctx.now();
        if (now - lastProgress < 10_000) return;
        lastProgress = now;
        ctx.log.info(`audit: ${region}: ${pages} page(s), ${lines} line(s) so far`);
      },
      onRetry: (region, e, delay) =>
        ctx.log.info(`audit: ${region}: ${errorName(e) || 'error'}, retrying in ${delay} ms`),
    },
  );
  const files = await writeAuditFiles(run.outputDir, read.entries);
  const durationMs = ctx.now() - started;
  const summary = summarize(read.entries);
  const filters = [
    run.auditUser !== undefined ? `user ${mdCode(run.auditUser)}` : undefined,
    run.auditPath !== undefined ? `path ${mdCode(run.auditPath)}` : undefined,
  ].filter((f) => f !== undefined);
  const markdown = auditSummaryMarkdown(summary, {
    logGroup: read.logGroup,
    since: new Date(startTime).toISOString(),
    until: new Date(endTime).toISOString(),
    filters: filters.length === 0 ? '' : `, only ${filters.join(' and ')}`,
    regions: read.regions,
    durationMs,
    files,
  });
  ctx.log.info(
    `audit: ${read.entries.length} line(s) from ${read.regions.length} region(s) ` +
      `(${read.regions.filter((r) => r.found).length} with logs) in ${(durationMs / 1000).toFixed(1)} s`,
  );
  return { read, summary, files, durationMs, markdown };
}

/** The `audit-files` output: the CSV and JSON Lines paths, as a JSON array. */
export function auditOutputs(report: AuditReport): Record<string, string> {
  return {
    'audit-files': JSON.stringify([report.files.csv, report.files.jsonl]),
    'audit-lines': String(report.read.entries.length),
  };
}
