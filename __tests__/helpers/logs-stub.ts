/**
 * A CloudWatch Logs stand-in on loopback for running `dist/index.js` end to end
 * (`AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`): the JSON 1.1 protocol of the CloudWatch Logs API
 * Reference (`POST /`, `X-Amz-Target: Logs_20140328.<Operation>`, errors as `{"__type": …}`),
 * per region (the SigV4 credential scope). DescribeLogGroups (by prefix), PutRetentionPolicy and
 * FilterLogEvents over the groups and events it is given; every request is recorded.
 *
 * Only node built-ins, like aws-stubs.ts.
 */
import { createServer, type Server } from 'node:http';

export interface LogsCall {
  readonly region: string;
  readonly accessKeyId: string | undefined;
  readonly securityToken: string | undefined;
  /** `DescribeLogGroups`, `PutRetentionPolicy`, `FilterLogEvents`, … */
  readonly operation: string;
  readonly body: Record<string, unknown>;
}

export interface LogsStub {
  readonly url: string;
  readonly calls: LogsCall[];
  /** Log groups by region: name ⇒ retention (undefined = never expire). */
  readonly groups: Map<string, Map<string, number | undefined>>;
  stop(): Promise<void>;
}

function record(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out[k] = v;
  }
  return out;
}

export async function startLogsStub(): Promise<LogsStub> {
  const calls: LogsCall[] = [];
  const groups = new Map<string, Map<string, number | undefined>>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/logs\/aws4_request/.exec(
        req.headers.authorization ?? '',
      );
      const region = m?.[2] ?? '?';
      const operation = String(req.headers['x-amz-target'] ?? '').replace(/^Logs_20140328\./, '');
      const body = record(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      const token = req.headers['x-amz-security-token'];
      calls.push({
        region,
        accessKeyId: m?.[1],
        securityToken: typeof token === 'string' ? token : undefined,
        operation,
        body,
      });
      const send = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      const inRegion = groups.get(region) ?? new Map<string, number | undefined>();
      if (operation === 'DescribeLogGroups') {
        const prefix = typeof body.logGroupNamePrefix === 'string' ? body.logGroupNamePrefix : '';
        send(200, {
          logGroups: [...inRegion.entries()]
            .filter(([name]) => name.startsWith(prefix))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([logGroupName, retentionInDays]) => ({
              logGroupName,
              ...(retentionInDays !== undefined ? { retentionInDays } : {}),
            })),
        });
        return;
      }
      const name = typeof body.logGroupName === 'string' ? body.logGroupName : '';
      if (!inRegion.has(name)) {
        send(400, {
          __type: 'ResourceNotFoundException',
          message: 'The specified log group does not exist.',
        });
        return;
      }
      if (operation === 'PutRetentionPolicy') {
        inRegion.set(name, Number(body.retentionInDays));
        send(200, {});
        return;
      }
      if (operation === 'FilterLogEvents') {
        send(200, { events: [] });
        return;
      }
      send(400, { __type: 'InvalidParameterException', message: `unexpected ${operation}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    groups,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
