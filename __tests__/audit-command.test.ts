/**
 * `command: audit` against CloudWatch Logs in several regions (aws-sdk-client-mock, one mocked
 * client per region, response shapes from the CloudWatch Logs API Reference, FilterLogEvents):
 * paginated (nextToken, also an empty page that is not the last), throttled (the project's
 * retry), a region without the log group; lines merged in time order; the CSV opened with a
 * real CSV parser (csv-parse); the JSON Lines file; the summary and outputs.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CloudWatchLogsClient,
  FilterLogEventsCommand,
  ResourceNotFoundException,
  ThrottlingException,
  type FilteredLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { parse } from 'csv-parse/sync';
import type { AwsClients } from '../src/aws/clients.js';
import { auditCommand, auditOutputs } from '../src/commands/audit.js';
import type { CommandContext } from '../src/commands/sync.js';
import { auditLine, type AuditDecision } from '../src/edge/core/audit.js';
import { configFrom } from './helpers/site.js';
import { AUDIT_FILTER_PATTERN, mergeByTime } from '../src/audit/read.js';
import {
  Q3_KEY,
  SHARE_KEY_ID,
  SPELLINGS_OF_Q3,
  linesForSpellingsOfQ3,
} from './helpers/audit-spellings.js';
import { csvField, mdCode, toCsv } from '../src/audit/report.js';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const GROUP = '/aws/lambda/us-east-1.docs-edge-viewer-request';
const REGIONS = ['us-east-1', 'eu-central-1', 'ap-northeast-1', 'sa-east-1'];

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A log event as Lambda's text format writes a console.log line. */
function event(minute: number, over: Partial<AuditDecision> = {}): FilteredLogEvent {
  const time = NOW - 60 * 60_000 + minute * 60_000;
  const line = auditLine({
    time,
    user: 'alice',
    method: 'GET',
    path: `/files/${minute}.pdf`,
    result: 'allowed',
    credentials: true,
    ip: '203.0.113.9',
    ...over,
  });
  return {
    logStreamName: '2026/11/29/[7]abc',
    timestamp: time,
    ingestionTime: time + 900,
    eventId: `e${minute}`,
    message: `${new Date(time).toISOString()}\t4c1f\tINFO\t${line}\n`,
  };
}

function throttled(): ThrottlingException {
  return new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });
}

function setup(values: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
  dirs.push(dir);
  const clients = new Map(REGIONS.map((r) => [r, new CloudWatchLogsClient({ region: r })]));
  const mocks = new Map(
    REGIONS.map((r) => [r, mockClient(clients.get(r) as CloudWatchLogsClient)]),
  );
  const sleeps: number[] = [];
  const log: string[] = [];
  let t = NOW;
  const aws: AwsClients = {
    s3: () => {
      throw new Error('S3: not expected');
    },
    cloudFront: () => {
      throw new Error('CloudFront: not expected');
    },
    cloudFormation: () => {
      throw new Error('CloudFormation: not expected');
    },
    secretsManager: () => {
      throw new Error('Secrets Manager: not expected');
    },
    cloudWatchLogs: (region) => {
      const client = clients.get(region);
      if (client === undefined) throw new Error(`unexpected region ${region}`);
      return client;
    },
    destroy: () => undefined,
  };
  const ctx: CommandContext = {
    clients: aws,
    log: {
      info: (m) => log.push(m),
      warn: (m) => log.push(`warning: ${m}`),
      group: (_n, fn) => fn(),
    },
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
  const inputs = configFrom(
    { 'stack-name': 'docs' },
    { command: 'audit', 'output-dir': dir, since: '1d', ...values },
    dir,
  );
  const mock = (region: string) => {
    const m = mocks.get(region);
    if (m === undefined) throw new Error(region);
    return m;
  };
  return { dir, ctx, inputs, mock, sleeps, log };
}

function standardLogs(mock: ReturnType<typeof setup>['mock']): void {
  // us-east-1: two pages; Lambda's own lines are not audit lines.
  mock('us-east-1')
    .on(FilterLogEventsCommand)
    .resolvesOnce({
      events: [
        { message: 'START RequestId: 4c1f Version: 7\n', timestamp: NOW - 3_599_000 },
        event(1),
        event(4, { user: 'bob', path: '/bob/report.pdf' }),
      ],
      nextToken: 'us-1',
    })
    .resolvesOnce({
      events: [event(6, { user: undefined, result: '401', credentials: true, ip: '192.0.2.66' })],
    });
  // eu-central-1: throttled twice, then one page.
  mock('eu-central-1')
    .on(FilterLogEventsCommand)
    .rejectsOnce(throttled())
    .rejectsOnce(throttled())
    .resolvesOnce({
      events: [
        event(2, { user: 'bob', path: '/alice/secret.pdf', result: '403', ip: '198.51.100.7' }),
        event(5),
      ],
    });
  // ap-northeast-1: no log group (no viewer was ever served there).
  mock('ap-northeast-1')
    .on(FilterLogEventsCommand)
    .rejects(
      new ResourceNotFoundException({
        message: 'The specified log group does not exist.',
        $metadata: {},
      }),
    );
  // sa-east-1: three pages, the middle one empty (pagination goes on while there is a token).
  mock('sa-east-1')
    .on(FilterLogEventsCommand)
    .resolvesOnce({
      events: [event(3, { user: 'share:K2JCJMDEHXQW5F', path: '/_share/files/3.pdf' })],
      nextToken: 'sa-1',
    })
    .resolvesOnce({ events: [], nextToken: 'sa-2' })
    .resolvesOnce({
      events: [event(7, { user: undefined, result: '401', credentials: true, ip: '192.0.2.66' })],
    });
}

describe('command: audit', () => {
  it('reads every region in parallel, paginated and throttled, and merges the lines by time', async () => {
    const { ctx, inputs, mock, sleeps, dir, log } = setup();
    standardLogs(mock);
    const report = await auditCommand(inputs.site, inputs.run, ctx, {
      regions: REGIONS,
      random: () => 0.5,
    });

    expect(report.read.entries.map((e) => [e.path, e.region])).toEqual([
      ['/files/1.pdf', 'us-east-1'],
      ['/alice/secret.pdf', 'eu-central-1'],
      ['/_share/files/3.pdf', 'sa-east-1'],
      ['/bob/report.pdf', 'us-east-1'],
      ['/files/5.pdf', 'eu-central-1'],
      ['/files/6.pdf', 'us-east-1'],
      ['/files/7.pdf', 'sa-east-1'],
    ]);
    expect(report.read.regions).toEqual([
      { region: 'us-east-1', found: true, pages: 2, lines: 3, unreadable: 0 },
      { region: 'eu-central-1', found: true, pages: 1, lines: 2, unreadable: 0 },
      { region: 'ap-northeast-1', found: false, pages: 0, lines: 0, unreadable: 0 },
      { region: 'sa-east-1', found: true, pages: 3, lines: 2, unreadable: 0 },
    ]);
    // Throttling was retried with the project's backoff (two waits in eu-central-1).
    expect(sleeps).toHaveLength(2);
    expect(log.filter((l) => /eu-central-1: ThrottlingException, retrying/.test(l))).toHaveLength(
      2,
    );

    // What was asked: the one log group, the window, the term every audit line has, the tokens.
    const calls = mock('sa-east-1').commandCalls(FilterLogEventsCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([
      {
        logGroupName: GROUP,
        startTime: NOW - 86_400_000,
        endTime: NOW,
        filterPattern: AUDIT_FILTER_PATTERN,
        nextToken: undefined,
      },
      {
        logGroupName: GROUP,
        startTime: NOW - 86_400_000,
        endTime: NOW,
        filterPattern: AUDIT_FILTER_PATTERN,
        nextToken: 'sa-1',
      },
      {
        logGroupName: GROUP,
        startTime: NOW - 86_400_000,
        endTime: NOW,
        filterPattern: AUDIT_FILTER_PATTERN,
        nextToken: 'sa-2',
      },
    ]);

    // Files and outputs.
    expect(report.files).toEqual({
      csv: path.join(dir, 'audit.csv'),
      jsonl: path.join(dir, 'audit.jsonl'),
    });
    expect(JSON.parse(auditOutputs(report)['audit-files'] ?? '')).toEqual([
      report.files.csv,
      report.files.jsonl,
    ]);
    expect(auditOutputs(report)['audit-lines']).toBe('7');

    const rows: Record<string, string>[] = parse(readFileSync(report.files.csv), { columns: true });
    expect(rows).toHaveLength(7);
    expect(rows[1]).toEqual({
      time: '2026-11-29T11:02:00.000Z',
      user: 'bob',
      method: 'GET',
      path: '/alice/secret.pdf',
      key: 'alice/secret.pdf',
      via: '',
      result: '403',
      credentials: 'true',
      ip: '198.51.100.7',
      region: 'eu-central-1',
    });
    expect(rows[5]).toMatchObject({ user: '', result: '401', ip: '192.0.2.66' });

    const jsonl = readFileSync(report.files.jsonl, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl.map((r) => r.path)).toEqual(rows.map((r) => r.path));
    expect(jsonl[2]).toMatchObject({ user: 'share:K2JCJMDEHXQW5F', region: 'sa-east-1' });

    // Summary: numbers, top files, denied attempts by user and IP, regions and time.
    expect(report.summary).toMatchObject({ requests: 7, allowed: 4, users: 3, deniedTotal: 3 });
    expect(report.summary.denied).toEqual([
      { user: '(wrong password)', ip: '192.0.2.66', count: 2 },
      { user: 'bob', ip: '198.51.100.7', count: 1 },
    ]);
    expect(report.markdown).toContain('Read 4 regions in');
    expect(report.markdown).toContain(
      'exists in 3: us-east-1 (3), eu-central-1 (2), sa-east-1 (2)',
    );
    expect(report.markdown).toContain('| 7 | 4 | 3 | 3 |');
    expect(report.markdown).toContain('| <code>files/1.pdf</code> | 1 |');
    expect(report.markdown).toContain('| <code>bob</code> | <code>198.51.100.7</code> | 1 |');
    expect(report.durationMs).toBeGreaterThan(0);
  });

  it('filters by user and by folder', async () => {
    const a = setup({ user: 'bob' });
    standardLogs(a.mock);
    const byUser = await auditCommand(a.inputs.site, a.inputs.run, a.ctx, {
      regions: REGIONS,
      random: () => 0.5,
    });
    expect(byUser.read.entries.map((e) => e.path)).toEqual([
      '/alice/secret.pdf',
      '/bob/report.pdf',
    ]);
    expect(byUser.markdown).toContain('only user <code>bob</code>');

    const b = setup({ path: '/files/' });
    standardLogs(b.mock);
    const byPath = await auditCommand(b.inputs.site, b.inputs.run, b.ctx, {
      regions: REGIONS,
      random: () => 0.5,
    });
    expect(byPath.markdown).toContain('only path <code>/files/</code>');
    expect(byPath.read.entries.map((e) => e.path)).toEqual([
      '/files/1.pdf',
      '/_share/files/3.pdf',
      '/files/5.pdf',
      '/files/6.pdf',
      '/files/7.pdf',
    ]);
  });

  // Issue 22 #1: the lines the edge handler writes for six spellings of one file (five with
  // Basic auth, one share link), plus an older line without `key` and two other files. `path:`
  // finds all seven downloads of the file, and the summary counts them as one file.
  it('finds a file under every spelling that fetched it, and counts it once', async () => {
    const time = NOW - 30 * 60_000;
    const { lines } = await linesForSpellingsOfQ3(time);
    const asEvent = (line: string, i: number): FilteredLogEvent => ({
      timestamp: time,
      eventId: `q${i}`,
      message: `${new Date(time).toISOString()}\t4c1f\tINFO\t${line}\n`,
    });
    const older = event(40, { path: '/reports///q3.pdf' });
    const others = [event(41, { path: '/reports/q3.pdf.bak' }), event(42, { path: '/q3.pdf' })];
    for (const [filter, expected] of [
      ['/reports/q3.pdf', 7],
      ['/reports/q%33.pdf', 7],
      ['/reports/', 8],
    ] as const) {
      const { ctx, inputs, mock } = setup({ path: filter });
      for (const region of REGIONS) {
        mock(region)
          .on(FilterLogEventsCommand)
          .resolves({
            events: region === 'us-east-1' ? [...lines.map(asEvent), older, ...others] : [],
          });
      }
      const report = await auditCommand(inputs.site, inputs.run, ctx, {
        regions: REGIONS,
        random: () => 0.5,
      });
      expect([filter, report.read.entries.length]).toEqual([filter, expected]);
      if (expected !== 7) continue;
      expect(report.read.entries.map((e) => e.path)).toEqual([
        ...SPELLINGS_OF_Q3,
        '/reports///q3.pdf',
      ]);
      expect(report.summary.topFiles).toEqual([{ key: Q3_KEY, count: 7 }]);
      expect(report.markdown).toContain(`| <code>${Q3_KEY}</code> | 7 |`);
      const rows: Record<string, string>[] = parse(readFileSync(report.files.csv), {
        columns: true,
      });
      expect(rows.map((r) => [r.path, r.key, r.via, r.user])).toEqual([
        ...SPELLINGS_OF_Q3.slice(0, -1).map((p) => [p, Q3_KEY, '', 'alice']),
        ['/_share/reports/q3.pdf', Q3_KEY, 'share', `share:${SHARE_KEY_ID}`],
        ['/reports///q3.pdf', Q3_KEY, '', 'alice'],
      ]);
    }
  });

  // Issue 22 #8: lines written before the fix carry the viewer's own CloudFront-Viewer-Country
  // header as `country`; the reader never reports it (CSV, JSON Lines).
  it('reads lines written with a country, and leaves the country out', async () => {
    const { ctx, inputs, mock } = setup();
    const old = event(1);
    const withCountry = {
      ...old,
      message: (old.message ?? '').replace('}\n', ',"country":"DE"}\n'),
    };
    expect(withCountry.message).toContain('"ip":"203.0.113.9","country":"DE"}');
    for (const region of REGIONS) {
      mock(region)
        .on(FilterLogEventsCommand)
        .resolves({ events: region === 'us-east-1' ? [withCountry] : [] });
    }
    const report = await auditCommand(inputs.site, inputs.run, ctx, {
      regions: REGIONS,
      random: () => 0.5,
    });
    expect(report.read.entries).toHaveLength(1);
    expect(report.read.entries[0]).not.toHaveProperty('country');
    const csv = readFileSync(report.files.csv, 'utf8');
    expect(csv.split('\r\n')[0]).not.toContain('country');
    expect(csv).not.toContain('DE');
    expect(readFileSync(report.files.jsonl, 'utf8')).not.toContain('country');
  });

  it('fails naming the region when it stays throttled', async () => {
    const { ctx, inputs, mock } = setup();
    standardLogs(mock);
    mock('eu-central-1').on(FilterLogEventsCommand).rejects(throttled());
    await expect(
      auditCommand(inputs.site, inputs.run, ctx, { regions: REGIONS, random: () => 0.5 }),
    ).rejects.toThrow(
      /eu-central-1: FilterLogEvents on \/aws\/lambda\/us-east-1\.docs-edge-viewer-request failed: Rate exceeded/,
    );
  });

  it('handles tens of thousands of lines a day: 72,000 lines from 3 regions in 36 pages', async () => {
    const { ctx, inputs, mock } = setup({ since: '7d' });
    const perPage = 2_000;
    for (const [r, region] of REGIONS.entries()) {
      const m = mock(region).on(FilterLogEventsCommand);
      if (region === 'ap-northeast-1') {
        m.rejects(new ResourceNotFoundException({ message: 'none', $metadata: {} }));
        continue;
      }
      let chain = m;
      for (let p = 0; p < 12; p += 1) {
        const events = Array.from({ length: perPage }, (_, i) =>
          event(0, { path: `/f/${(p * perPage + i) % 500}.pdf` }),
        ).map((e, i) => ({ ...e, timestamp: (e.timestamp ?? 0) + r + i }));
        chain = chain.resolvesOnce({ events, ...(p < 11 ? { nextToken: `${region}-${p}` } : {}) });
      }
    }
    const started = Date.now();
    const report = await auditCommand(inputs.site, inputs.run, ctx, {
      regions: REGIONS,
      random: () => 0.5,
    });
    expect(report.read.entries).toHaveLength(3 * 12 * perPage);
    expect(Date.now() - started).toBeLessThan(20_000);
    const rows: unknown[] = parse(readFileSync(report.files.csv), { columns: true });
    expect(rows).toHaveLength(72_000);
  });
});

describe('report pieces', () => {
  it('puts viewer-supplied values into the summary as inert code', () => {
    expect(mdCode('/a|b`c<img src=x>[l](u)\n')).toBe(
      '<code>/a&#124;b&#96;c&#60;img src=x&#62;&#91;l&#93;(u) </code>',
    );
  });

  it('quotes CSV fields and defuses spreadsheet formulas; csv-parse reads them back', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
    const entry = {
      audit: 1 as const,
      time: '2026-11-29T11:00:00.000Z',
      user: '@evil, "quoted"\nname',
      method: 'GET',
      path: '/a,b/"c"\r\nd',
      key: '=cmd|x,y.pdf',
      result: 'allowed',
      credentials: true,
      region: 'us-east-1',
    };
    const rows: Record<string, string>[] = parse(toCsv([entry]), { columns: true });
    expect(rows).toEqual([
      {
        time: entry.time,
        user: `'${entry.user}`,
        method: 'GET',
        path: entry.path,
        key: `'${entry.key}`,
        via: '',
        result: 'allowed',
        credentials: 'true',
        ip: '',
        region: 'us-east-1',
      },
    ]);
  });

  it('merges per-region lists in time order, ties by region order', () => {
    const at = (time: string, region: string) => ({
      audit: 1 as const,
      time,
      user: null,
      method: 'GET',
      path: '/',
      result: 'allowed',
      credentials: false,
      region,
    });
    const a = [at('2026-01-01T00:00:01.000Z', 'a'), at('2026-01-01T00:00:03.000Z', 'a')];
    const b = [at('2026-01-01T00:00:01.000Z', 'b'), at('2026-01-01T00:00:02.000Z', 'b')];
    expect(mergeByTime([a, b]).map((e) => `${e.time.slice(17, 19)}${e.region}`)).toEqual([
      '01a',
      '01b',
      '02b',
      '03a',
    ]);
  });
});
