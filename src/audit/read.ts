/**
 * `command: audit`, reading: every audit line of the edge function in a time window, from every
 * region, merged by time.
 *
 * FilterLogEvents rather than CloudWatch Logs Insights, because
 * - it returns the events themselves, page after page with `nextToken`, each page "up to 1 MB
 *   of log events or up to 10,000 log events" (CloudWatch Logs API Reference, FilterLogEvents:
 *   https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html),
 *   so a week of a busy site is a few hundred pages and nothing is capped; an Insights query
 *   returns at most 10,000 rows (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Limit.html)
 *   and would have to be split by time until every part fits, and polled (StartQuery,
 *   GetQueryResults) per region;
 * - Insights bills every query by the GB it scans ($0.005 per GB); FilterLogEvents is an API
 *   request (docs/operations.md, "Who downloaded what", has the numbers);
 * - it needs one permission on the one log group (logs:FilterLogEvents), where Insights needs
 *   StartQuery on the group plus GetQueryResults, which takes no resource (`*`).
 *
 * The filter pattern `%audit%`, a regular expression that matches the text anywhere in an event
 * (CloudWatch Logs User Guide, "Supported regular expressions (regex) syntax": `%AUTHORIZED%`
 * matches "UNAUTHORIZED REQUEST" too, https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/regex-expressions.html),
 * leaves out Lambda's START/END/REPORT lines on the server; the `user` and `path` filters are applied
 * here, on the parsed line, so a user or path can never be read as pattern syntax.
 *
 * Regions are read in parallel, each region's pages one after the other; throttling and
 * transient errors are retried per page (the project's retry helper, on top of the SDK's).
 * A region without the log group (ResourceNotFoundException) has no lines.
 */
import {
  FilterLogEventsCommand,
  type CloudWatchLogsClient,
  type FilteredLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import { type AuditRecord, parseAuditLine } from '../edge/core/audit.js';
import { SHARE_PREFIX, isShareUri } from '../edge/core/share.js';
import { decodePath, keyOf } from '../edge/core/uri.js';
import { errorMessage, errorName } from '../aws/retry.js';
import { EDGE_LOG_REGIONS, edgeLogGroupName, logsRetry, retry } from './log-groups.js';

/** An audit line as read: the record and the region that served the request. */
export interface AuditEntry extends AuditRecord {
  readonly region: string;
}

export interface ReadOptions {
  readonly stackName: string;
  /** Epoch milliseconds, inclusive. */
  readonly startTime: number;
  /** Epoch milliseconds, inclusive. */
  readonly endTime: number;
  /** Only this user (exact). */
  readonly user?: string | undefined;
  /** Only this object (its path), or with a trailing `/` every object under it. */
  readonly path?: string | undefined;
  readonly regions?: readonly string[];
}

export interface ReadDeps {
  readonly logs: (region: string) => CloudWatchLogsClient;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Progress: called after each page. */
  readonly onPage?: (region: string, pages: number, lines: number) => void;
  readonly onRetry?: (region: string, e: unknown, delayMs: number) => void;
}

export interface RegionRead {
  readonly region: string;
  /** Whether the log group exists there. */
  readonly found: boolean;
  readonly pages: number;
  /** Audit lines that matched the filters. */
  readonly lines: number;
  /** Events that looked like audit lines but did not parse (never expected). */
  readonly unreadable: number;
}

export interface ReadResult {
  readonly logGroup: string;
  /** Merged in time order (then region, then the order CloudWatch returned). */
  readonly entries: AuditEntry[];
  readonly regions: readonly RegionRead[];
}

/** The filter pattern sent to FilterLogEvents: the term every audit line has. */
export const AUDIT_FILTER_PATTERN = '%audit%';

/**
 * The object key a line is about (issue 22 #1): the `key` the edge function recorded, else the
 * key its raw `path` maps to by the edge's own rules (core/uri.ts; a share link's path less the
 * share prefix) — lines written before the edge recorded keys, and 401s, which it writes
 * before any key is decided. Undefined for the generated home page and for paths the edge
 * refuses (400) or that name no key. Filtering or counting by raw path would miss the other
 * spellings of one key: `/reports//q3.pdf`, `//reports/q3.pdf`, `/%72eports/q3.pdf`,
 * `/reports/q%33.pdf` and `/_share/reports/q3.pdf` all fetch `reports/q3.pdf`.
 */
export function servedKey(record: AuditRecord): string | undefined {
  if (record.key !== undefined) return record.key;
  if (record.result === 'home') return undefined;
  const share = record.user?.startsWith('share:') === true && isShareUri(record.path);
  const key = keyOf(share ? record.path.slice(SHARE_PREFIX.length - 1) : record.path);
  return typeof key === 'string' ? key : undefined;
}

/**
 * The `path` filter as object keys: `{ exact }` for a file, `{ under }` (a key prefix, `''` for
 * `/`) for a folder, decoded as the edge decodes URIs; undefined when the edge would refuse
 * the path (then nothing can match it).
 */
export function keyFilter(path: string): { exact: string } | { under: string } | undefined {
  const decoded = decodePath(path);
  if (decoded === 400) return undefined;
  const joined = decoded.segments.join('/');
  if (!decoded.folder) return { exact: joined };
  return { under: joined === '' ? '' : `${joined}/` };
}

/** Does the record pass the `user` and `path` filters (`path` compared as object keys)? */
export function matchesFilters(
  record: AuditRecord,
  filters: { user?: string | undefined; path?: string | undefined },
): boolean {
  if (filters.user !== undefined && record.user !== filters.user) return false;
  if (filters.path !== undefined) {
    const filter = keyFilter(filters.path);
    const key = servedKey(record);
    if (filter === undefined || key === undefined) return false;
    if ('exact' in filter ? key !== filter.exact : !key.startsWith(filter.under)) return false;
  }
  return true;
}

async function readRegion(
  region: string,
  logGroup: string,
  options: ReadOptions,
  deps: ReadDeps,
): Promise<{ read: RegionRead; entries: AuditEntry[] }> {
  const client = deps.logs(region);
  const entries: AuditEntry[] = [];
  let pages = 0;
  let unreadable = 0;
  let nextToken: string | undefined;
  do {
    let events: FilteredLogEvent[] | undefined;
    try {
      const page = await retry(
        () =>
          client.send(
            new FilterLogEventsCommand({
              logGroupName: logGroup,
              startTime: options.startTime,
              endTime: options.endTime,
              filterPattern: AUDIT_FILTER_PATTERN,
              nextToken,
            }),
          ),
        logsRetry(
          deps.sleep,
          deps.onRetry === undefined
            ? undefined
            : (e, _n, delay) => deps.onRetry?.(region, e, delay),
          deps.random,
        ),
      );
      events = page.events;
      nextToken = page.nextToken;
    } catch (e) {
      if (pages === 0 && errorName(e) === 'ResourceNotFoundException') {
        return { read: { region, found: false, pages: 0, lines: 0, unreadable: 0 }, entries };
      }
      throw new Error(`${region}: FilterLogEvents on ${logGroup} failed: ${errorMessage(e)}`, {
        cause: e,
      });
    }
    pages += 1;
    for (const event of events ?? []) {
      const record = parseAuditLine(event.message ?? '');
      if (record === undefined) {
        if ((event.message ?? '').includes('{"audit":')) unreadable += 1;
        continue;
      }
      if (matchesFilters(record, options)) entries.push({ ...record, region });
    }
    deps.onPage?.(region, pages, entries.length);
  } while (nextToken !== undefined);
  return { read: { region, found: true, pages, lines: entries.length, unreadable }, entries };
}

/** Every matching audit line of the window, from every region, in time order. */
export async function readAuditLines(options: ReadOptions, deps: ReadDeps): Promise<ReadResult> {
  const logGroup = edgeLogGroupName(options.stackName);
  const regions = options.regions ?? EDGE_LOG_REGIONS;
  const perRegion = await Promise.all(
    regions.map((region) => readRegion(region, logGroup, options, deps)),
  );
  return {
    logGroup,
    entries: mergeByTime(perRegion.map((r) => r.entries)),
    regions: perRegion.map((r) => r.read),
  };
}

/**
 * One list in time order from per-region lists (each already in time order, as CloudWatch
 * returns them; sorted again in case). Ties keep the region order, then each list's order.
 */
export function mergeByTime(lists: readonly (readonly AuditEntry[])[]): AuditEntry[] {
  const tagged = lists.flatMap((list, r) =>
    list.map((entry, i) => ({ entry, t: Date.parse(entry.time) || 0, r, i })),
  );
  tagged.sort((a, b) => a.t - b.t || a.r - b.r || a.i - b.i);
  return tagged.map((x) => x.entry);
}
