/**
 * The preview shows the audit trail locally (issue 12): a site file with `audit-log: true` makes
 * the edge function in front of the local S3 server write the same audit lines as at the edge,
 * to the terminal, or appended to a file (`--audit-file`, created with mode 0600); without it, none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAuditLine } from '../src/edge/core/audit.js';
import { previewOptions, previewUp, siteFile } from './helpers/preview.js';

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-audit-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const AUDITED = 'content-dir: example\nusers: [alice]\naudit-log: true\n';

describe('audit-log in the preview', () => {
  it('appends one line per request to --audit-file, never the password; says so in the banner', async () => {
    const file = path.join(work, 'audit.jsonl');
    const preview = await previewUp(
      previewOptions({ config: siteFile(AUDITED), auditFile: file }),
      { BASIC_AUTH_USERS: 'alice:correct horse battery' },
    );
    const ok = await fetch(new URL('/docs/', preview.running.url), {
      headers: { Authorization: basic('alice', 'correct horse battery') },
    });
    expect(ok.status).toBe(200);
    const denied = await fetch(new URL('/docs/?token=abc', preview.running.url), {
      headers: { Authorization: basic('alice', 'wrong') },
    });
    expect(denied.status).toBe(401);
    preview.stop();
    expect(await preview.done).toBe(0);
    expect(preview.out.join('\n')).toContain(
      `Audit    one JSON line per request (audit-log: true) to ${file}`,
    );
    // Readable by its owner only (issue 22, finding 9): it names users and their addresses.
    expect((await stat(file)).mode & 0o777).toBe(0o600);
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

  it('prints the lines to the terminal without --audit-file; writes none without audit-log', async () => {
    const preview = await previewUp(previewOptions({ config: siteFile(AUDITED) }), {
      BASIC_AUTH_USERS: 'alice:correct horse battery',
    });
    await fetch(new URL('/docs/', preview.running.url), {
      headers: { Authorization: basic('alice', 'correct horse battery') },
    });
    preview.stop();
    expect(await preview.done).toBe(0);
    const audit = preview.out.filter((l) => l.startsWith('{')).map((l) => parseAuditLine(l));
    expect(audit).toEqual([expect.objectContaining({ user: 'alice', result: 'allowed' })]);

    const file = path.join(work, 'none.jsonl');
    const quiet = await previewUp(
      previewOptions({
        config: siteFile('content-dir: example\nusers: [alice]\n'),
        auditFile: file,
      }),
      { BASIC_AUTH_USERS: 'alice:correct horse battery' },
    );
    await fetch(new URL('/docs/', quiet.running.url), {
      headers: { Authorization: basic('alice', 'correct horse battery') },
    });
    quiet.stop();
    expect(await quiet.done).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect(quiet.out.some((l) => l.startsWith('{'))).toBe(false);
  });
});
