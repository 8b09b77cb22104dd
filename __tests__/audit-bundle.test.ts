/**
 * `command: audit` as the runner runs it: `node dist/index.js` with INPUT_* variables, against a
 * CloudWatch Logs stand-in on loopback (`AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`; the JSON 1.1
 * protocol of the CloudWatch Logs API Reference: `X-Amz-Target: Logs_20140328.FilterLogEvents`,
 * errors as `{"__type": …}`), which answers per region (the SigV4 credential scope). Needs
 * `npm run bundle`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { actionInputs } from './helpers/action-env.js';
import { auditLine } from '../src/edge/core/audit.js';
import { DIST } from './helpers/dist.js';
import { ACTION_NODE } from './helpers/s3-server.js';

const BUNDLE = path.join(DIST, 'index.js');
const GROUP = '/aws/lambda/us-east-1.docs-edge-viewer-request';

interface Call {
  readonly region: string;
  readonly target: string;
  readonly body: Record<string, unknown>;
}

let work: string;
let server: Server;
let url: string;
const calls: Call[] = [];
let throttledOnce = false;

function message(minute: number, user: string | undefined, path: string, result: string): string {
  const time = Date.now() - 60 * 60_000 + minute * 60_000;
  return `${new Date(time).toISOString()}\t4c1f\tINFO\t${auditLine({
    time,
    user,
    method: 'GET',
    path,
    result,
    credentials: user !== undefined,
    ip: '203.0.113.9',
  })}\n`;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'audit-bundle-'));
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/logs\//.exec(
        req.headers.authorization ?? '',
      )?.[1];
      const target = String(req.headers['x-amz-target'] ?? '');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
        string,
        unknown
      >;
      calls.push({ region: region ?? '?', target, body });
      const send = (status: number, payload: unknown, type?: string) => {
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.1',
          ...(type !== undefined ? { 'x-amzn-errortype': type } : {}),
        });
        res.end(JSON.stringify(payload));
      };
      if (target !== 'Logs_20140328.FilterLogEvents' || body.logGroupName !== GROUP) {
        send(
          400,
          { __type: 'InvalidParameterException', message: 'unexpected' },
          'InvalidParameterException',
        );
        return;
      }
      if (region === 'us-east-1') {
        if (body.nextToken === undefined) {
          send(200, {
            events: [{ message: message(1, 'alice', '/docs/a.pdf', 'allowed'), timestamp: 1 }],
            nextToken: 'p2',
          });
        } else {
          send(200, {
            events: [{ message: message(3, undefined, '/docs/a.pdf', '401'), timestamp: 3 }],
          });
        }
        return;
      }
      if (region === 'eu-west-1') {
        if (!throttledOnce) {
          throttledOnce = true;
          send(
            400,
            { __type: 'ThrottlingException', message: 'Rate exceeded' },
            'ThrottlingException',
          );
          return;
        }
        send(200, {
          events: [{ message: message(2, 'bob', '/bob/b.pdf', 'allowed'), timestamp: 2 }],
        });
        return;
      }
      send(
        400,
        { __type: 'ResourceNotFoundException', message: 'The specified log group does not exist.' },
        'ResourceNotFoundException',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(work, { recursive: true, force: true });
});

function run(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, [BUNDLE], { env, cwd: work });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

describe('dist/index.js command: audit', () => {
  it('reads every default region, writes the CSV, the JSON Lines file, the outputs and the summary', async () => {
    const outputFile = path.join(work, 'output');
    const summaryFile = path.join(work, 'summary');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const result = await run({
      PATH: process.env.PATH,
      HOME: path.join(work, 'home'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'AKIDAUDITTEST',
      AWS_SECRET_ACCESS_KEY: 'audit-test-secret',
      AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: url,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: work,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...actionInputs(work, {
        command: 'audit',
        'stack-name': 'docs',
        since: '2d',
        'output-dir': 'audit-out',
      }),
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('::error::');

    // Every default region was asked, us-east-1 twice (two pages), eu-west-1 again after throttling.
    const regions = new Set(calls.map((c) => c.region));
    expect(regions.size).toBe(17);
    expect(calls.filter((c) => c.region === 'us-east-1').map((c) => c.body.nextToken)).toEqual([
      undefined,
      'p2',
    ]);
    expect(calls.filter((c) => c.region === 'eu-west-1').length).toBeGreaterThanOrEqual(2);
    expect(calls.every((c) => c.body.filterPattern === '%audit%')).toBe(true);

    const out = outputs(await readFile(outputFile, 'utf8'));
    const files = path.join(work, 'audit-out');
    expect(JSON.parse(out['audit-files'] ?? '')).toEqual([
      path.join(files, 'audit.csv'),
      path.join(files, 'audit.jsonl'),
    ]);
    expect(out['audit-lines']).toBe('3');
    const rows: Record<string, string>[] = parse(await readFile(path.join(files, 'audit.csv')), {
      columns: true,
    });
    expect(rows.map((r) => [r.user, r.path, r.result, r.region])).toEqual([
      ['alice', '/docs/a.pdf', 'allowed', 'us-east-1'],
      ['bob', '/bob/b.pdf', 'allowed', 'eu-west-1'],
      ['', '/docs/a.pdf', '401', 'us-east-1'],
    ]);
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('### Audit: who downloaded what');
    expect(summary).toContain('Read 17 regions in');
    expect(summary).toContain('exists in 2: us-east-1 (2), eu-west-1 (1)');
  }, 60_000);
});
