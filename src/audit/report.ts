/**
 * `command: audit`, reporting: the job summary (requests, distinct users, top files, denied
 * attempts by user and IP), the CSV and the JSON Lines file. Pure apart from `writeAuditFiles`.
 *
 * CSV (RFC 4180): a header row, then one row per line in time order; every field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled). A cell that a spreadsheet would run as a
 * formula (first character `=`, `+`, `-`, `@`, tab or CR: OWASP, "CSV Injection") gets a
 * leading `'` — user names and paths come from viewers and from whoever named the files. The
 * `key` column is `servedKey` (read.ts): the object key, also for lines that did not record it;
 * `path` is the URI as the viewer sent it. The
 * JSON Lines file has the lines as the reader parsed them (the edge function's fields, plus
 * `region`; never a `country`: lines written before issue 22 carried the viewer's own
 * `CloudFront-Viewer-Country` header, src/edge/core/audit.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asciiJson, isDenied } from '../edge/core/audit.js';
import { servedKey, type AuditEntry, type RegionRead } from './read.js';

export const CSV_COLUMNS = [
  'time',
  'user',
  'method',
  'path',
  'key',
  'via',
  'result',
  'credentials',
  'ip',
  'region',
] as const;

/** One CSV field: formula-safe, quoted when needed. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(e: AuditEntry): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    time: e.time,
    user: e.user ?? '',
    method: e.method,
    path: e.path,
    key: servedKey(e) ?? '',
    via: e.via ?? '',
    result: e.result,
    credentials: String(e.credentials),
    ip: e.ip ?? '',
    region: e.region,
  };
  return CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
}

/** The CSV text (CRLF line ends, as RFC 4180 writes them). */
export function toCsv(entries: readonly AuditEntry[]): string {
  return [CSV_COLUMNS.join(','), ...entries.map(csvRow)].map((l) => `${l}\r\n`).join('');
}

/** The JSON Lines text: one ASCII JSON object per line. */
export function toJsonLines(entries: readonly AuditEntry[]): string {
  return entries.map((e) => `${asciiJson(e)}\n`).join('');
}

export interface AuditFiles {
  readonly csv: string;
  readonly jsonl: string;
}

/** Writes `audit.csv` and `audit.jsonl` into `dir` (created if missing); returns their paths. */
export async function writeAuditFiles(
  dir: string,
  entries: readonly AuditEntry[],
): Promise<AuditFiles> {
  await mkdir(dir, { recursive: true });
  const files = { csv: path.join(dir, 'audit.csv'), jsonl: path.join(dir, 'audit.jsonl') };
  await writeFile(files.csv, toCsv(entries));
  await writeFile(files.jsonl, toJsonLines(entries));
  return files;
}

export interface Count {
  readonly key: string;
  readonly count: number;
}

export interface DeniedCount {
  readonly user: string;
  readonly ip: string;
  readonly count: number;
}

export interface AuditSummary {
  readonly requests: number;
  readonly allowed: number;
  /** Distinct users (share links count as `share:<key id>`), nobody (`null`) excluded. */
  readonly users: number;
  readonly topFiles: readonly Count[];
  readonly denied: readonly DeniedCount[];
  readonly deniedTotal: number;
  readonly first: string | undefined;
  readonly last: string | undefined;
}

function top<T extends { count: number }>(counts: Map<string, T>, n: number): T[] {
  return [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, n)
    .map(([, v]) => v);
}

/** The numbers of the summary; `limit` rows per table. */
export function summarize(entries: readonly AuditEntry[], limit = 10): AuditSummary {
  const users = new Set<string>();
  const files = new Map<string, Count>();
  const denied = new Map<string, DeniedCount>();
  let allowed = 0;
  let deniedTotal = 0;
  for (const e of entries) {
    if (e.user !== null) users.add(e.user);
    if (e.result === 'allowed') {
      allowed += 1;
      // By object key: one file under many URI spellings is one row (issue 22 #1).
      const key = servedKey(e) ?? e.path;
      files.set(key, { key, count: (files.get(key)?.count ?? 0) + 1 });
    }
    if (isDenied(e)) {
      deniedTotal += 1;
      const user = e.user ?? '(wrong password)';
      const ip = e.ip ?? '';
      const key = `${user}\u0000${ip}`;
      denied.set(key, { user, ip, count: (denied.get(key)?.count ?? 0) + 1 });
    }
  }
  return {
    requests: entries.length,
    allowed,
    users: users.size,
    topFiles: top(files, limit),
    denied: top(denied, limit),
    deniedTotal,
    first: entries[0]?.time,
    last: entries[entries.length - 1]?.time,
  };
}

/**
 * A viewer-supplied value (path, user name, IP) as a markdown table cell: `<code>` with HTML
 * escapes, `|` as `&#124;` and line breaks as spaces, so no path can end the cell, open a link
 * or an image, or break out of the code span.
 */
export function mdCode(value: string): string {
  const text = value
    .replace(/[\r\n]/g, ' ')
    .replace(/[&<>"'`|\\[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<code>${text}</code>`;
}

export interface SummaryContext {
  readonly logGroup: string;
  readonly since: string;
  readonly until: string;
  readonly filters: string;
  readonly regions: readonly RegionRead[];
  readonly durationMs: number;
  readonly files: AuditFiles;
}

export function auditSummaryMarkdown(s: AuditSummary, ctx: SummaryContext): string {
  const found = ctx.regions.filter((r) => r.found);
  const pages = ctx.regions.reduce((n, r) => n + r.pages, 0);
  const out = [
    '### Audit: who downloaded what',
    '',
    `From ${ctx.since} to ${ctx.until}${ctx.filters}. Read ${ctx.regions.length} regions in ` +
      `${(ctx.durationMs / 1000).toFixed(1)} s (${pages} pages); the log group \`${ctx.logGroup}\` ` +
      `exists in ${found.length}: ${found.map((r) => `${r.region} (${r.lines})`).join(', ') || 'none'}.`,
    '',
    '| requests | allowed | denied | distinct users |',
    '|--:|--:|--:|--:|',
    `| ${s.requests} | ${s.allowed} | ${s.deniedTotal} | ${s.users} |`,
    '',
  ];
  if (s.topFiles.length > 0) {
    out.push('#### Top files', '', '| object key | requests |', '|---|--:|');
    for (const f of s.topFiles) out.push(`| ${mdCode(f.key)} | ${f.count} |`);
    out.push('');
  }
  if (s.denied.length > 0) {
    out.push(
      '#### Denied attempts (403, and 401 with a wrong password)',
      '',
      '| user | IP | attempts |',
      '|---|---|--:|',
    );
    for (const d of s.denied) out.push(`| ${mdCode(d.user)} | ${mdCode(d.ip)} | ${d.count} |`);
    out.push('');
  }
  const unreadable = ctx.regions.reduce((n, r) => n + r.unreadable, 0);
  if (unreadable > 0) out.push(`${unreadable} log line(s) could not be read as audit lines.`, '');
  out.push(`Files: \`${ctx.files.csv}\`, \`${ctx.files.jsonl}\``, '');
  return out.join('\n');
}
