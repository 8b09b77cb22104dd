/**
 * The sandbox shows the audit trail locally (issue 12): with AUDIT_LOG the edge function in front
 * of the local S3 server writes the same audit lines as at the edge, to the terminal (AUDIT_LOG=1)
 * or appended to a file (AUDIT_LOG=<file>).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig, runSandboxCli } from '../src/sandbox/cli.js';
import type { Sandbox } from '../src/sandbox/sandbox.js';
import { parseAuditLine } from '../src/edge/core/audit.js';

const REPO = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(REPO, 'example');
const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-audit-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('AUDIT_LOG', () => {
  it.each([
    ['', undefined],
    ['0', undefined],
    ['off', undefined],
    ['1', { to: 'terminal' }],
    ['on', { to: 'terminal' }],
    ['audit.jsonl', { to: 'file', path: '/work/audit.jsonl' }],
    ['/tmp/a.log', { to: 'file', path: '/tmp/a.log' }],
  ])('%j', (value, expected) => {
    expect(parseConfig({ AUDIT_LOG: value }, '/work', false, EXAMPLE).auditLog).toEqual(expected);
  });

  it('appends one line per request to the file, never the password; says so in the banner', async () => {
    const file = path.join(work, 'audit.jsonl');
    const out: string[] = [];
    let stop: () => void = () => undefined;
    let ready: (s: Sandbox) => void = () => undefined;
    const up = new Promise<Sandbox>((r) => (ready = r));
    const done = runSandboxCli({
      cwd: REPO,
      isTTY: false,
      s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
      defaultContentDir: EXAMPLE,
      handleSignals: false,
      env: {
        PORT: '0',
        SANDBOX_EXIT_AFTER: '120',
        BASIC_AUTH_USERS: 'alice:correct horse battery',
        AUDIT_LOG: file,
      },
      io: { out: (l) => out.push(l), err: (l) => out.push(l) },
      stop: new Promise<void>((r) => (stop = r)),
      onReady: ready,
    });
    const sandbox = await up;
    const ok = await fetch(new URL('/docs/', sandbox.url), {
      headers: { Authorization: basic('alice', 'correct horse battery') },
    });
    expect(ok.status).toBe(200);
    const denied = await fetch(new URL('/docs/?token=abc', sandbox.url), {
      headers: { Authorization: basic('alice', 'wrong') },
    });
    expect(denied.status).toBe(401);
    stop();
    expect(await done).toBe(0);
    expect(out.join('\n')).toContain(`Audit    one JSON line per request (audit-log) to ${file}`);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => parseAuditLine(l))).toEqual([
      expect.objectContaining({
        user: 'alice',
        path: '/docs/',
        result: 'allowed',
        ip: expect.any(String),
      }),
      expect.objectContaining({ user: null, path: '/docs/', result: '401', credentials: true }),
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain('correct horse');
    expect(text).not.toContain('token=abc');
  });
});
