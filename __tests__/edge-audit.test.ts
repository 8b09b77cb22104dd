/**
 * The audit line (issue 12, `audit-log`): the pure builder in src/edge/core/audit.ts, and the
 * handler as deployed (rendered with renderEdgeCode, loaded with loadHandlerFromSource, its
 * `console.log` captured): one line per viewer-request decision, the documented fields, never
 * a password or an Authorization value, nothing at all without `audit-log`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  AUDIT_PREFIX,
  MAX_PATH,
  MAX_VALUE,
  auditLine,
  isDenied,
  parseAuditLine,
  resultOf,
  sharePrincipal,
  type AuditDecision,
} from '../src/edge/core/audit.js';
import { buildEdgeConfig, loadHandlerFromSource, renderEdgeCode } from '../src/edge/config.js';
import {
  originResponseEvent,
  viewerRequestEvent,
  viewerResponseEvent,
} from '../src/edge/events.js';
import {
  Q3_KEY,
  SHARE_KEY_ID,
  SPELLINGS_OF_Q3,
  linesForSpellingsOfQ3,
} from './helpers/audit-spellings.js';

const NOW = Date.parse('2026-11-29T09:00:00.000Z');
const PASSWORD = 'correct horse battery staple';
const OTHER_PASSWORD = 'Tr0ub4dor&3';

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const decision = (over: Partial<AuditDecision> = {}): AuditDecision => ({
  time: NOW,
  user: 'alice',
  method: 'GET',
  path: '/docs/a.pdf',
  result: 'allowed',
  credentials: true,
  ip: '203.0.113.9',
  ...over,
});

describe('core: the audit line', () => {
  it('has the documented fields, in order, on one line', () => {
    expect(auditLine(decision())).toBe(
      '{"audit":1,"time":"2026-11-29T09:00:00.000Z","user":"alice","method":"GET",' +
        '"path":"/docs/a.pdf","result":"allowed","credentials":true,"ip":"203.0.113.9"}',
    );
  });

  it('writes user null when nobody was authenticated, and leaves out an absent ip', () => {
    const line = auditLine(decision({ user: undefined, result: '401', ip: undefined }));
    expect(JSON.parse(line)).toEqual({
      audit: 1,
      time: '2026-11-29T09:00:00.000Z',
      user: null,
      method: 'GET',
      path: '/docs/a.pdf',
      result: '401',
      credentials: true,
    });
  });

  it('writes the object key and via share after the ip, and reads them back', () => {
    const line = auditLine(
      decision({
        user: sharePrincipal('K2JCJMDEHXQW5F'),
        path: '/_share/docs//a.pdf',
        key: 'docs/a.pdf',
        via: 'share',
      }),
    );
    expect(line).toBe(
      '{"audit":1,"time":"2026-11-29T09:00:00.000Z","user":"share:K2JCJMDEHXQW5F",' +
        '"method":"GET","path":"/_share/docs//a.pdf","result":"allowed","credentials":true,' +
        '"ip":"203.0.113.9","key":"docs/a.pdf","via":"share"}',
    );
    expect(parseAuditLine(line)).toMatchObject({ key: 'docs/a.pdf', via: 'share' });
    expect(parseAuditLine(line.replace('"key":"docs/a.pdf"', '"key":7'))).toBeUndefined();
  });

  it('marks share-link requests share:<key id>', () => {
    expect(sharePrincipal('K2JCJMDEHXQW5F')).toBe('share:K2JCJMDEHXQW5F');
    expect(
      parseAuditLine(auditLine(decision({ user: sharePrincipal('K2JCJMDEHXQW5F') })))?.user,
    ).toBe('share:K2JCJMDEHXQW5F');
  });

  it('escapes control characters, line separators and bidi controls: one ASCII line', () => {
    const path = '/a\nb\r\u0000\u007f\u0085\u2028\u2029\u202e\u00e9\u{1f600}';
    const line = auditLine(decision({ path, user: 'Zoë\n{"audit":1}' }));
    expect(line).toMatch(/^[\x20-\x7e]+$/);
    expect(line).toContain('\\n');
    expect(line).toContain('\\u202e');
    expect(parseAuditLine(line)).toMatchObject({ path, user: 'Zoë\n{"audit":1}' });
  });

  it('cuts over-long values', () => {
    const record = parseAuditLine(auditLine(decision({ path: `/${'x'.repeat(10_000)}` })));
    expect(record?.path.length).toBe(MAX_PATH);
  });

  it('reads back any decision (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        fc.string({ unit: 'binary' }),
        fc.boolean(),
        (path, user, ip, credentials) => {
          const line = auditLine(decision({ path, user, ip, credentials }));
          expect(line).toMatch(/^[\x20-\x7e]+$/);
          const record = parseAuditLine(`2026-11-29T09:00:00.000Z\tid\tINFO\t${line}\n`);
          expect(record).toBeDefined();
          expect(record?.path).toBe(path.slice(0, MAX_PATH));
          expect(record?.user).toBe(
            user === undefined || user === '' ? null : user.slice(0, MAX_VALUE),
          );
          expect(record?.credentials).toBe(credentials);
        },
      ),
    );
  });

  it('finds the line after a runtime prefix, and refuses anything else', () => {
    const line = auditLine(decision());
    expect(parseAuditLine(`2026-11-29T09:00:00.000Z\t4c1f\tINFO\t${line}\n`)).toMatchObject({
      user: 'alice',
    });
    expect(parseAuditLine('START RequestId: 4c1f Version: 7')).toBeUndefined();
    expect(parseAuditLine(`${AUDIT_PREFIX}"time":1}`)).toBeUndefined();
    expect(parseAuditLine(`${AUDIT_PREFIX}`)).toBeUndefined();
  });

  it('names results and denials', () => {
    expect(resultOf(undefined)).toBe('allowed');
    expect(resultOf('200')).toBe('home');
    expect(resultOf('403')).toBe('403');
    expect(isDenied({ result: '403', credentials: true })).toBe(true);
    expect(isDenied({ result: '401', credentials: true })).toBe(true);
    expect(isDenied({ result: '401', credentials: false })).toBe(false);
    expect(isDenied({ result: 'allowed', credentials: true })).toBe(false);
  });
});

describe('handler: one audit line per viewer-request decision', () => {
  let withAudit: string;
  let withoutAudit: string;

  beforeAll(() => {
    const base = {
      scope: 'audit-test',
      realm: 'Audit',
      users: [
        { user: 'alice', password: PASSWORD },
        { user: 'bob', password: OTHER_PASSWORD },
      ],
      access: [
        { users: ['alice'], globs: ['/**'] },
        { users: ['bob'], globs: ['/bob/**'] },
      ],
    };
    withAudit = renderEdgeCode(buildEdgeConfig({ ...base, audit: true }));
    withoutAudit = renderEdgeCode(buildEdgeConfig(base));
  });

  function load(code: string) {
    const lines: string[] = [];
    const handler = loadHandlerFromSource(code, { now: () => NOW, log: (l) => lines.push(l) });
    return { handler, lines };
  }

  it.each([
    [
      'allowed',
      { authorization: basic('alice', PASSWORD), uri: '/docs/a.pdf' },
      'alice',
      'allowed',
      true,
      { key: 'docs/a.pdf' },
    ],
    [
      'wrong password',
      { authorization: basic('alice', 'nope'), uri: '/docs/a.pdf' },
      null,
      '401',
      true,
      {},
    ],
    ['no credentials', { uri: '/docs/a.pdf' }, null, '401', false, {}],
    [
      'forbidden by the rules',
      { authorization: basic('bob', OTHER_PASSWORD), uri: '/alice/x.pdf' },
      'bob',
      '403',
      true,
      { key: 'alice/x.pdf' },
    ],
    [
      'home page',
      { authorization: basic('bob', OTHER_PASSWORD), uri: '/' },
      'bob',
      'home',
      true,
      {},
    ],
    [
      'bad path',
      { authorization: basic('alice', PASSWORD), uri: '/a/../b' },
      'alice',
      '400',
      true,
      {},
    ],
  ] as const)('%s', async (_name, request, user, result, credentials, key) => {
    const { handler, lines } = load(withAudit);
    await handler(
      viewerRequestEvent({
        ...request,
        method: 'GET',
        clientIp: '198.51.100.7',
        querystring: 'Signature=secret-signature&Key-Pair-Id=K2JCJMDEHXQW5F',
        headers: { 'CloudFront-Viewer-Country': 'NL' },
      }),
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      audit: 1,
      time: '2026-11-29T09:00:00.000Z',
      user,
      method: 'GET',
      path: request.uri,
      result,
      credentials,
      ip: '198.51.100.7',
      ...key,
    });
  });

  // Issue 22 #1: six URIs that fetch one object (Basic auth and a share link) leave six lines
  // with their raw paths and ONE key; the share line says via share. command: audit filters
  // and counts by that key (audit-command.test.ts reads lines made by this handler).
  it('records the object key it forwarded, whatever the spelling, and via share', async () => {
    const { lines, results } = await linesForSpellingsOfQ3(NOW);
    expect(results.map((r) => 'uri' in r && r.uri)).toEqual(
      SPELLINGS_OF_Q3.map(() => `/${Q3_KEY}`),
    );
    const records = lines.map((l) => parseAuditLine(l));
    expect(records.map((r) => r?.path)).toEqual([...SPELLINGS_OF_Q3]);
    expect(records.map((r) => r?.key)).toEqual(SPELLINGS_OF_Q3.map(() => Q3_KEY));
    expect(records.map((r) => [r?.user, r?.via])).toEqual([
      ...SPELLINGS_OF_Q3.slice(0, -1).map(() => ['alice', undefined]),
      [sharePrincipal(SHARE_KEY_ID), 'share'],
    ]);
  });

  // Issue 22 #8: at viewer-request the header is always the viewer's own (core/audit.ts cites
  // CloudFront's docs), so it never reaches the line, whatever its spelling or value.
  it('never writes a CloudFront-Viewer-Country header the viewer sent', async () => {
    const { handler, lines } = load(withAudit);
    for (const [name, value] of [
      ['CloudFront-Viewer-Country', 'NL'],
      ['cloudfront-viewer-country', 'US'],
      ['CLOUDFRONT-VIEWER-COUNTRY', '"},"user":"admin'],
    ]) {
      await handler(
        viewerRequestEvent({
          authorization: basic('alice', PASSWORD),
          uri: '/docs/a.pdf',
          headers: { [name ?? '']: value ?? '' },
        }),
      );
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.toLowerCase()).not.toContain('country');
      expect(line).not.toMatch(/"NL"|"US"|admin/);
      expect(Object.keys(JSON.parse(line) as object)).not.toContain('country');
    }
  });

  it('never writes a password, the Authorization value or the query string', async () => {
    const { handler, lines } = load(withAudit);
    const good = basic('alice', PASSWORD);
    const bad = basic('alice', OTHER_PASSWORD);
    for (const authorization of [good, bad, good]) {
      await handler(
        viewerRequestEvent({ authorization, uri: '/x', querystring: 'Signature=secret-signature' }),
      );
    }
    expect(lines).toHaveLength(3);
    const all = lines.join('\n');
    for (const secret of [
      PASSWORD,
      OTHER_PASSWORD,
      good,
      bad,
      good.slice('Basic '.length),
      bad.slice('Basic '.length),
      'secret-signature',
      'Signature',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs the path as the viewer sent it, escaped, when it holds control characters', async () => {
    const { handler, lines } = load(withAudit);
    await handler(viewerRequestEvent({ authorization: basic('alice', PASSWORD), uri: '/a\nb' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(parseAuditLine(lines[0] ?? '')?.path).toBe('/a\nb');
  });

  it('writes exactly one line per request, and none for the origin-response and viewer-response triggers', async () => {
    const { handler, lines } = load(withAudit);
    for (let i = 0; i < 25; i += 1) {
      await handler(
        viewerRequestEvent({
          authorization: i % 5 === 0 ? basic('bob', 'wrong') : basic('alice', PASSWORD),
          uri: `/f/${i}.pdf`,
        }),
      );
      await handler(originResponseEvent({ uri: `/f/${i}.pdf`, status: 200 }));
      await handler(viewerResponseEvent({ uri: `/f/${i}.pdf` }));
    }
    expect(lines).toHaveLength(25);
    expect(lines.map((l) => parseAuditLine(l)?.path)).toEqual(
      Array.from({ length: 25 }, (_, i) => `/f/${i}.pdf`),
    );
  });

  it('writes nothing without audit-log, and the code has no audit flag', async () => {
    const { handler, lines } = load(withoutAudit);
    await handler(viewerRequestEvent({ authorization: basic('alice', PASSWORD), uri: '/x' }));
    await handler(viewerRequestEvent({ uri: '/x' }));
    expect(lines).toEqual([]);
    expect(withoutAudit).not.toContain('"audit":true');
    expect(withAudit).toContain('"audit":true');
  });

  it('a request that is no object is still one 401 line', async () => {
    const { handler, lines } = load(withAudit);
    const result = await handler({ Records: [] } as unknown as Parameters<typeof handler>[0]);
    expect('status' in result && result.status).toBe('401');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ user: null, result: '401', path: '' });
  });
});
