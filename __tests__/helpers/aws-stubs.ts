/**
 * Recording stand-ins for the AWS endpoints the action talks to, on loopback, for running
 * `dist/index.js` end to end (`AWS_ENDPOINT_URL_<SERVICE>` points the SDK at them):
 *
 * - `startStsStub`: `AssumeRoleWithWebIdentity` (awsQuery, XML).
 * - `startCloudFormationStub`: a stateful fake CloudFormation (awsQuery, XML) good enough for
 *   the deploy engine: change sets (CREATE/UPDATE, empty ⇒ FAILED with CloudFormation's
 *   reason), immediate execution with events, outputs and tags, DescribeStacks,
 *   DescribeStackEvents, DeleteChangeSet, DeleteStack.
 * - `startCloudFrontStub`: `CreateInvalidation` (201 + `Location`) and `GetInvalidation`
 *   (REST-XML, 2020-05-31).
 * - `startOidcStub`: the runner's OIDC token endpoint (`ACTIONS_ID_TOKEN_REQUEST_URL`).
 * - `startRecordingProxy`: a pass-through HTTP proxy in front of the S3 server (s3rver runs in
 *   its own process and records nothing), recording every request and when it arrived.
 *
 * Response shapes follow the AWS API reference. Every server binds 127.0.0.1 on a free port
 * and records each request: service, action, the region it was signed for (the SigV4
 * credential scope), when it arrived (`performance.now()` of this process, and since the
 * server started) and how long the server took to answer it.
 *
 * Only node built-ins and type-only imports, so that Node 24 can load this file as it is
 * (type stripping) from scripts/bench-fastpath.mjs.
 */
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

export const ACCOUNT_ID = '123456789012';
const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const CLOUDFRONT_NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';

export type Service = 'sts' | 'cloudformation' | 'cloudfront' | 'oidc' | 's3';

export interface RecordedRequest {
  readonly service: Service;
  /** awsQuery `Action`, the REST operation, or for S3 the operation guessed from the request. */
  readonly action: string;
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  /** The region of the SigV4 credential scope; undefined for an unsigned request. */
  readonly region: string | undefined;
  readonly accessKeyId: string | undefined;
  /** `x-amz-security-token`: the session token the request was signed with. */
  readonly securityToken: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** Form parameters (awsQuery) or query parameters (REST). */
  readonly params: Readonly<Record<string, string>>;
  /** The request body (for the S3 proxy: set once the body has been forwarded). */
  body: string;
  /** `performance.now()` of this process when the request arrived. */
  readonly at: number;
  /** Milliseconds between the server's start and the request's arrival. */
  readonly sinceStart: number;
  /** Milliseconds from the arrival to the end of the response: the server's share of the round trip. */
  durationMs: number;
  /** The HTTP status answered. */
  status: number;
}

export interface StubServer {
  readonly service: Service;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** The requests whose action is `action`, optionally only those from index `since` on. */
  calls(action: string, since?: number): RecordedRequest[];
  stop(): Promise<void>;
}

interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

/** `Credential=AKID/20260101/eu-central-1/s3/aws4_request` ⇒ key id and region. */
export function credentialScope(authorization: string | undefined): {
  accessKeyId: string | undefined;
  region: string | undefined;
} {
  const m = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
    authorization ?? '',
  );
  return { accessKeyId: m?.[1], region: m?.[2] };
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('stub server: no port'));
        return;
      }
      resolve(address.port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function stubServer(
  service: Service,
  server: Server,
  port: number,
  requests: RecordedRequest[],
): StubServer {
  return {
    service,
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    calls: (action, since = 0) => requests.slice(since).filter((r) => r.action === action),
    stop: () => closeServer(server),
  };
}

/** A new record of a request as it arrives: status and duration are filled in when answered. */
function recordOf(
  service: Service,
  req: IncomingMessage,
  headers: Record<string, string>,
  sinceStart: number,
  at: number,
  what: Pick<RecordedRequest, 'action' | 'params' | 'body'>,
): RecordedRequest {
  const scope = credentialScope(headers.authorization);
  return {
    service,
    ...what,
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    region: scope.region,
    accessKeyId: scope.accessKeyId,
    securityToken: headers['x-amz-security-token'],
    headers,
    at,
    sinceStart,
    durationMs: 0,
    status: 0,
  };
}

/**
 * A server that reads each request whole, records it, and answers what `handle` returns.
 * `actionOf` names the operation from the request before it is handled.
 */
async function startRecordingServer(
  service: Service,
  actionOf: (method: string, url: URL, params: Record<string, string>) => string,
  handle: (r: RecordedRequest) => Reply,
  paramsOf: (url: URL, body: string) => Record<string, string>,
): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  const started = performance.now();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const at = performance.now();
    void readBody(req).then((buf) => {
      const body = buf.toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const params = paramsOf(url, body);
      const rec = recordOf(service, req, headerMap(req), at - started, at, {
        action: actionOf(req.method ?? 'GET', url, params),
        params,
        body,
      });
      requests.push(rec);
      let reply: Reply;
      try {
        reply = handle(rec);
      } catch (e) {
        reply = { status: 500, body: e instanceof Error ? e.message : String(e) };
      }
      rec.status = reply.status;
      res.once('finish', () => (rec.durationMs = performance.now() - at));
      res.writeHead(reply.status, {
        'content-length': String(Buffer.byteLength(reply.body)),
        'x-amzn-requestid': randomUUID(),
        ...reply.headers,
      });
      res.end(reply.body);
    });
  });
  const port = await listen(server);
  return stubServer(service, server, port, requests);
}

const formParams = (_url: URL, body: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(body));
const queryParams = (url: URL): Record<string, string> => Object.fromEntries(url.searchParams);

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** `<name>value</name>`, or nothing when the value is undefined. */
function el(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? '' : `<${name}>${xmlEscape(String(value))}</${name}>`;
}

function members(name: string, items: readonly string[]): string {
  return `<${name}>${items.map((i) => `<member>${i}</member>`).join('')}</${name}>`;
}

function queryResponse(ns: string, action: string, result: string): Reply {
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body:
      `<${action}Response xmlns="${ns}"><${action}Result>${result}</${action}Result>` +
      `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
  };
}

/** An awsQuery error (`<ErrorResponse>`), as CloudFormation and STS send them. */
function queryError(ns: string, status: number, code: string, message: string): Reply {
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body:
      `<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>${xmlEscape(code)}</Code>` +
      `<Message>${xmlEscape(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
  };
}

class QueryError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The `Name.member.N.<field>` entries of an awsQuery list of structures, in order. */
export function memberList(
  params: Readonly<Record<string, string>>,
  name: string,
): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 1; ; i++) {
    const prefix = `${name}.member.${i}.`;
    const keys = Object.keys(params).filter((k) => k.startsWith(prefix));
    if (keys.length === 0) return out;
    const item: Record<string, string> = {};
    for (const k of keys) item[k.slice(prefix.length)] = params[k] ?? '';
    out.push(item);
  }
}

// ---------------------------------------------------------------------------------------------
// STS

export interface StsStubOptions {
  /** What the role session gets; the S3 server (s3rver) only accepts S3RVER/S3RVER. */
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly sessionToken?: string;
  readonly durationSeconds?: number;
}

export interface StsStub extends StubServer {
  readonly sessionToken: string;
  readonly accessKeyId: string;
}

export async function startStsStub(opts: StsStubOptions = {}): Promise<StsStub> {
  const accessKeyId = opts.accessKeyId ?? 'S3RVER';
  const secretAccessKey = opts.secretAccessKey ?? 'S3RVER';
  const sessionToken = opts.sessionToken ?? `FwoGZXIvYXdzEStubSessionToken${randomUUID()}`;
  const stub = await startRecordingServer(
    'sts',
    (_m, _u, p) => p.Action ?? '?',
    (r) => {
      if (r.params.Action !== 'AssumeRoleWithWebIdentity') {
        return queryError(STS_NS, 400, 'InvalidAction', `${r.params.Action ?? ''} is not stubbed`);
      }
      const role = r.params.RoleArn ?? '';
      const session = r.params.RoleSessionName ?? '';
      const token = r.params.WebIdentityToken ?? '';
      const claims = jwtClaims(token);
      const duration = Number(r.params.DurationSeconds ?? opts.durationSeconds ?? 3600);
      const expiration = new Date(Date.now() + duration * 1000).toISOString();
      const roleName = role.split('/').pop() ?? 'role';
      return queryResponse(
        STS_NS,
        'AssumeRoleWithWebIdentity',
        el('SubjectFromWebIdentityToken', claims.sub) +
          el('Audience', claims.aud) +
          `<AssumedRoleUser>${el('Arn', `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleName}/${session}`)}` +
          `${el('AssumedRoleId', `AROA3XFRBF535PLBIFPI4:${session}`)}</AssumedRoleUser>` +
          `<Credentials>${el('SessionToken', sessionToken)}${el('SecretAccessKey', secretAccessKey)}` +
          `${el('Expiration', expiration)}${el('AccessKeyId', accessKeyId)}</Credentials>` +
          el('Provider', claims.iss ?? 'token.actions.githubusercontent.com'),
      );
    },
    formParams,
  );
  return { ...stub, sessionToken, accessKeyId };
}

/** The string claims of a JWT's payload (no verification). */
export function jwtClaims(token: string): Record<string, string> {
  const payload = token.split('.')[1] ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  if (typeof parsed === 'object' && parsed !== null) {
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// OIDC (the runner's token endpoint)

export interface OidcStub extends StubServer {
  /** For `ACTIONS_ID_TOKEN_REQUEST_URL` (the runner's carries a query; the client appends `&audience=`). */
  readonly requestUrl: string;
  /** For `ACTIONS_ID_TOKEN_REQUEST_TOKEN`. */
  readonly requestToken: string;
  /** The JWTs handed out, in order. */
  readonly issued: string[];
}

export async function startOidcStub(
  claims: Readonly<Record<string, string>> = {
    sub: 'repo:octo-org/octo-site:ref:refs/heads/main',
    repository: 'octo-org/octo-site',
    ref: 'refs/heads/main',
  },
): Promise<OidcStub> {
  const requestToken = `runner-request-token-${randomUUID()}`;
  const issued: string[] = [];
  const stub = await startRecordingServer(
    'oidc',
    () => 'GetIDToken',
    (r) => {
      if (r.headers.authorization !== `Bearer ${requestToken}`) {
        return { status: 401, body: '{"message":"bad request token"}' };
      }
      const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const jwt = [
        b64({ typ: 'JWT', alg: 'RS256', kid: 'stub' }),
        b64({
          iss: 'https://token.actions.githubusercontent.com',
          aud: r.params.audience ?? 'sts.amazonaws.com',
          ...claims,
          iat: now,
          exp: now + 300,
        }),
        Buffer.from(randomUUID()).toString('base64url'),
      ].join('.');
      issued.push(jwt);
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ value: jwt }),
      };
    },
    queryParams,
  );
  return {
    ...stub,
    requestUrl: `${stub.url}/_apis/distributedtask/hubs/build/plans/plan/jobs/job/idtoken?api-version=2.0`,
    requestToken,
    issued,
  };
}

// ---------------------------------------------------------------------------------------------
// CloudFront

export interface InvalidationRecord {
  readonly distributionId: string;
  readonly id: string;
  readonly callerReference: string;
  readonly paths: string[];
}

export interface CloudFrontStub extends StubServer {
  readonly invalidations: InvalidationRecord[];
}

function invalidationXml(inv: InvalidationRecord, status: string, created: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Invalidation xmlns="${CLOUDFRONT_NS}">` +
    `${el('Id', inv.id)}${el('Status', status)}${el('CreateTime', created)}` +
    `<InvalidationBatch><Paths>${el('Quantity', inv.paths.length)}<Items>` +
    inv.paths.map((p) => el('Path', p)).join('') +
    `</Items></Paths>${el('CallerReference', inv.callerReference)}</InvalidationBatch></Invalidation>`
  );
}

export async function startCloudFrontStub(): Promise<CloudFrontStub> {
  const invalidations: InvalidationRecord[] = [];
  const created = new Map<string, string>();
  const CREATE = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation$/;
  const GET = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation\/([^/]+)$/;
  let base = '';
  const stub = await startRecordingServer(
    'cloudfront',
    (method, url) =>
      method === 'POST' && CREATE.test(url.pathname)
        ? 'CreateInvalidation'
        : method === 'GET' && GET.test(url.pathname)
          ? 'GetInvalidation'
          : `${method} ${url.pathname}`,
    (r) => {
      const path = new URL(r.url, 'http://127.0.0.1').pathname;
      const error = (status: number, code: string, message: string): Reply => ({
        status,
        headers: { 'content-type': 'text/xml' },
        body:
          `<?xml version="1.0"?><ErrorResponse xmlns="${CLOUDFRONT_NS}"><Error><Type>Sender</Type>` +
          `${el('Code', code)}${el('Message', message)}</Error>${el('RequestId', randomUUID())}</ErrorResponse>`,
      });
      const c = CREATE.exec(path);
      if (r.action === 'CreateInvalidation' && c?.[1] !== undefined) {
        const paths = [...r.body.matchAll(/<Path>([\s\S]*?)<\/Path>/g)].map((m) =>
          xmlUnescape(m[1] ?? ''),
        );
        const quantity = Number(/<Quantity>(\d+)<\/Quantity>/.exec(r.body)?.[1] ?? NaN);
        const callerReference = xmlUnescape(
          /<CallerReference>([\s\S]*?)<\/CallerReference>/.exec(r.body)?.[1] ?? '',
        );
        if (quantity !== paths.length || callerReference === '') {
          return error(
            400,
            'InvalidArgument',
            'Quantity must match the paths; CallerReference is required',
          );
        }
        const inv: InvalidationRecord = {
          distributionId: c[1],
          id: `I${randomUUID().replace(/-/g, '').slice(0, 13).toUpperCase()}`,
          callerReference,
          paths,
        };
        invalidations.push(inv);
        const time = new Date().toISOString();
        created.set(inv.id, time);
        return {
          status: 201,
          headers: {
            'content-type': 'text/xml',
            location: `${base}/2020-05-31/distribution/${inv.distributionId}/invalidation/${inv.id}`,
          },
          body: invalidationXml(inv, 'InProgress', time),
        };
      }
      const g = GET.exec(path);
      if (r.action === 'GetInvalidation' && g !== null) {
        const inv = invalidations.find((i) => i.distributionId === g[1] && i.id === g[2]);
        if (inv === undefined)
          return error(404, 'NoSuchInvalidation', 'The specified invalidation does not exist.');
        return {
          status: 200,
          headers: { 'content-type': 'text/xml' },
          body: invalidationXml(inv, 'Completed', created.get(inv.id) ?? ''),
        };
      }
      return error(400, 'InvalidAction', `${r.method} ${path} is not stubbed`);
    },
    queryParams,
  );
  base = stub.url;
  return { ...stub, invalidations };
}

// ---------------------------------------------------------------------------------------------
// CloudFormation

export interface FakeChange {
  readonly action: 'Add' | 'Modify' | 'Remove';
  readonly logicalId: string;
  readonly resourceType: string;
  readonly replacement: 'True' | 'False' | undefined;
  /** For `Modify`: what changed (`Properties`, or only `Tags`). */
  readonly scope: 'Properties' | 'Tags' | undefined;
}

export interface FakeEvent {
  readonly eventId: string;
  readonly logicalId: string;
  readonly physicalId: string;
  readonly resourceType: string;
  readonly status: string;
  readonly reason: string | undefined;
  readonly timestamp: Date;
}

export interface FakeChangeSet {
  readonly name: string;
  readonly id: string;
  readonly type: 'CREATE' | 'UPDATE';
  status: 'CREATE_COMPLETE' | 'FAILED';
  executionStatus: 'AVAILABLE' | 'UNAVAILABLE' | 'EXECUTE_COMPLETE' | 'OBSOLETE';
  readonly statusReason: string | undefined;
  readonly creationTime: Date;
  readonly templateBody: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly capabilities: readonly string[];
  readonly changes: readonly FakeChange[];
}

export interface FakeStack {
  readonly name: string;
  readonly id: string;
  readonly region: string;
  status: string;
  readonly creationTime: Date;
  lastUpdatedTime: Date | undefined;
  deletionTime: Date | undefined;
  templateBody: string | undefined;
  parameters: Record<string, string>;
  tags: Record<string, string>;
  outputs: Record<string, string>;
  capabilities: readonly string[];
  /** Oldest first. */
  readonly events: FakeEvent[];
  readonly changeSets: Map<string, FakeChangeSet>;
  /** How many times each resource was created or replaced (for version numbers). */
  readonly generations: Map<string, number>;
}

/** Computes a stack's outputs after an execution. */
export type OutputsFn = (stack: FakeStack, template: TemplateInfo) => Record<string, string>;

export interface TemplateInfo {
  readonly resources: Readonly<Record<string, { readonly type: string; readonly json: string }>>;
  readonly outputKeys: readonly string[];
}

export interface CloudFormationStubOptions {
  /** Outputs of an executed stack; default `secureDistOutputs`. */
  readonly outputs?: OutputsFn;
  /** `BucketName` of the site stack (a bucket made beforehand on the S3 server). */
  readonly siteBucket?: string;
}

export interface CloudFormationStub extends StubServer {
  /** The stack named `name` in `region` (not deleted), if any. */
  stack(region: string, name: string): FakeStack | undefined;
  /** Every stack ever made, deleted ones included. */
  readonly stacks: readonly FakeStack[];
  /** Change sets as created, in order (deleted ones included), with their stack and region. */
  readonly changeSetLog: readonly {
    readonly stack: string;
    readonly region: string;
    readonly changeSet: FakeChangeSet;
  }[];
}

export const EMPTY_CHANGE_SET_REASON =
  "The submitted information didn't contain changes. Submit different information to create a change set.";
export const FAKE_DISTRIBUTION_ID = 'E2QWRUHAPOMQZL';
export const FAKE_DISTRIBUTION_DOMAIN = 'd111111abcdef8.cloudfront.net';

/**
 * The outputs of secure-dist's stacks: the edge stack's `EdgeFunctionVersionArn` (a new number
 * each time the version resource is created or replaced) and `WebAclArn`, the site stack's bucket,
 * distribution and address.
 */
export function secureDistOutputs(siteBucket: string | undefined): OutputsFn {
  return (stack, template) => {
    const out: Record<string, string> = {};
    for (const key of template.outputKeys) {
      if (key === 'EdgeFunctionVersionArn') {
        const version = stack.generations.get('EdgeFunctionVersion') ?? 1;
        out[key] =
          `arn:aws:lambda:${stack.region}:${ACCOUNT_ID}:function:${stack.name}-viewer-request:${version}`;
      } else if (key === 'WebAclArn') {
        // Conditional on the edge stack's RateLimit (input `rate-limit`): no web ACL at 0.
        if (stack.parameters.RateLimit === '0') continue;
        out[key] =
          `arn:aws:wafv2:us-east-1:${ACCOUNT_ID}:global/webacl/${stack.name}-rate-limit/a1b2c3d4-5678-90ab-cdef-1234567890ab`;
      } else if (key === 'BucketName') {
        out[key] = siteBucket ?? `${stack.name}-bucket-1a2b3c4d5e6f`;
      } else if (key === 'DistributionId') {
        out[key] = FAKE_DISTRIBUTION_ID;
      } else if (key === 'DistributionDomainName') {
        out[key] = FAKE_DISTRIBUTION_DOMAIN;
      } else if (key === 'Url') {
        const domain = stack.parameters.DomainName;
        out[key] =
          `https://${domain !== undefined && domain !== '' ? domain : FAKE_DISTRIBUTION_DOMAIN}/`;
      } else {
        out[key] = `${stack.name}-${key}`;
      }
    }
    return out;
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The resources (type and canonical JSON) and output names of a JSON or YAML-free template. */
export function templateInfo(body: string): TemplateInfo {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new QueryError(400, 'ValidationError', 'Template format error: JSON not well-formed.');
  }
  if (!isObject(parsed) || !isObject(parsed.Resources)) {
    throw new QueryError(
      400,
      'ValidationError',
      'Template format error: At least one Resources member must be defined.',
    );
  }
  const resources: Record<string, { type: string; json: string }> = {};
  for (const [id, r] of Object.entries(parsed.Resources)) {
    const type =
      isObject(r) && typeof r.Type === 'string' ? r.Type : 'AWS::CloudFormation::CustomResource';
    resources[id] = { type, json: JSON.stringify(r) };
  }
  return { resources, outputKeys: isObject(parsed.Outputs) ? Object.keys(parsed.Outputs) : [] };
}

/** Does the resource's definition mention the parameter (`Ref` or `${Name}` in `Fn::Sub`)? */
function usesParameter(json: string, name: string): boolean {
  return json.includes(`{"Ref":"${name}"}`) || json.includes(`\${${name}}`);
}

const sameRecord = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * What a change set would do: Add/Modify/Remove per resource (Modify of a version replaces
 * it). Stack tags propagate to the resources: new tags alone modify every resource (scope Tags).
 */
function diffChanges(
  before: TemplateInfo | undefined,
  beforeParams: Readonly<Record<string, string>>,
  beforeTags: Readonly<Record<string, string>>,
  after: TemplateInfo,
  afterParams: Readonly<Record<string, string>>,
  afterTags: Readonly<Record<string, string>>,
): FakeChange[] {
  const changes: FakeChange[] = [];
  const changedParams = new Set(
    [...Object.keys(beforeParams), ...Object.keys(afterParams)].filter(
      (k) => beforeParams[k] !== afterParams[k],
    ),
  );
  for (const [id, r] of Object.entries(after.resources)) {
    const old = before?.resources[id];
    if (old === undefined) {
      changes.push({
        action: 'Add',
        logicalId: id,
        resourceType: r.type,
        replacement: undefined,
        scope: undefined,
      });
    } else if (old.json !== r.json || [...changedParams].some((p) => usesParameter(r.json, p))) {
      const replaced = r.type === 'AWS::Lambda::Version' || old.type !== r.type;
      changes.push({
        action: 'Modify',
        logicalId: id,
        resourceType: r.type,
        replacement: replaced ? 'True' : 'False',
        scope: 'Properties',
      });
    } else if (before !== undefined && !sameRecord(beforeTags, afterTags)) {
      changes.push({
        action: 'Modify',
        logicalId: id,
        resourceType: r.type,
        replacement: 'False',
        scope: 'Tags',
      });
    }
  }
  for (const [id, r] of Object.entries(before?.resources ?? {})) {
    if (after.resources[id] === undefined) {
      changes.push({
        action: 'Remove',
        logicalId: id,
        resourceType: r.type,
        replacement: undefined,
        scope: undefined,
      });
    }
  }
  return changes;
}

const iso = (d: Date): string => d.toISOString();

function stackXml(s: FakeStack): string {
  return (
    el('StackId', s.id) +
    el('StackName', s.name) +
    el('Description', 'secure-dist') +
    members(
      'Parameters',
      Object.entries(s.parameters).map(([k, v]) => el('ParameterKey', k) + el('ParameterValue', v)),
    ) +
    el('CreationTime', iso(s.creationTime)) +
    el('LastUpdatedTime', s.lastUpdatedTime && iso(s.lastUpdatedTime)) +
    el('DeletionTime', s.deletionTime && iso(s.deletionTime)) +
    el('StackStatus', s.status) +
    el('DisableRollback', false) +
    members('Capabilities', s.capabilities.map(xmlEscape)) +
    members(
      'Outputs',
      Object.entries(s.outputs).map(([k, v]) => el('OutputKey', k) + el('OutputValue', v)),
    ) +
    members(
      'Tags',
      Object.entries(s.tags).map(([k, v]) => el('Key', k) + el('Value', v)),
    ) +
    el('EnableTerminationProtection', false) +
    `<DriftInformation>${el('StackDriftStatus', 'NOT_CHECKED')}</DriftInformation>`
  );
}

function changeSetXml(s: FakeStack, cs: FakeChangeSet): string {
  return (
    el('ChangeSetName', cs.name) +
    el('ChangeSetId', cs.id) +
    el('StackId', s.id) +
    el('StackName', s.name) +
    el('Description', 'secure-dist-action') +
    members(
      'Parameters',
      Object.entries(cs.parameters).map(
        ([k, v]) => el('ParameterKey', k) + el('ParameterValue', v),
      ),
    ) +
    el('CreationTime', iso(cs.creationTime)) +
    el('ExecutionStatus', cs.executionStatus) +
    el('Status', cs.status) +
    el('StatusReason', cs.statusReason) +
    '<NotificationARNs/><RollbackConfiguration/>' +
    members('Capabilities', cs.capabilities.map(xmlEscape)) +
    members(
      'Tags',
      Object.entries(cs.tags).map(([k, v]) => el('Key', k) + el('Value', v)),
    ) +
    members(
      'Changes',
      cs.changes.map(
        (c) =>
          el('Type', 'Resource') +
          '<ResourceChange>' +
          el('Action', c.action) +
          el('LogicalResourceId', c.logicalId) +
          (c.action === 'Add' ? '' : el('PhysicalResourceId', `${s.name}-${c.logicalId}-PHYS`)) +
          el('ResourceType', c.resourceType) +
          el('Replacement', c.replacement) +
          (c.scope !== undefined ? members('Scope', [c.scope]) : '<Scope/>') +
          '<Details/></ResourceChange>',
      ),
    ) +
    el('IncludeNestedStacks', false)
  );
}

function eventXml(s: FakeStack, e: FakeEvent): string {
  return (
    el('StackId', s.id) +
    el('EventId', e.eventId) +
    el('StackName', s.name) +
    el('LogicalResourceId', e.logicalId) +
    el('PhysicalResourceId', e.physicalId) +
    el('ResourceType', e.resourceType) +
    el('Timestamp', iso(e.timestamp)) +
    el('ResourceStatus', e.status) +
    el('ResourceStatusReason', e.reason)
  );
}

export async function startCloudFormationStub(
  opts: CloudFormationStubOptions = {},
): Promise<CloudFormationStub> {
  const outputsFn = opts.outputs ?? secureDistOutputs(opts.siteBucket);
  const stacks: FakeStack[] = [];
  const changeSetLog: { stack: string; region: string; changeSet: FakeChangeSet }[] = [];

  const live = (region: string, ref: string): FakeStack | undefined =>
    stacks.find(
      (s) =>
        s.region === region && s.status !== 'DELETE_COMPLETE' && (s.name === ref || s.id === ref),
    ) ??
    // A deleted stack still answers to its id (not to its name), as in CloudFormation.
    stacks.find((s) => s.region === region && s.id === ref);

  const mustExist = (region: string, ref: string | undefined): FakeStack => {
    const s = ref === undefined ? undefined : live(region, ref);
    if (s === undefined) {
      throw new QueryError(400, 'ValidationError', `Stack with id ${ref ?? ''} does not exist`);
    }
    return s;
  };

  const changeSetOf = (s: FakeStack, ref: string | undefined): FakeChangeSet => {
    const cs = [...s.changeSets.values()].find((c) => c.id === ref || c.name === ref);
    if (cs === undefined) {
      throw new QueryError(404, 'ChangeSetNotFound', `ChangeSet [${ref ?? ''}] does not exist`);
    }
    return cs;
  };

  const addEvent = (
    s: FakeStack,
    logicalId: string,
    resourceType: string,
    status: string,
    reason?: string,
  ): void => {
    s.events.push({
      eventId: randomUUID(),
      logicalId,
      physicalId: logicalId === s.name ? s.id : `${s.name}-${logicalId}-PHYS`,
      resourceType,
      status,
      reason,
      timestamp: new Date(),
    });
  };

  const actions: Record<string, (region: string, p: Record<string, string>) => string> = {
    DescribeStacks: (region, p) => {
      if (p.StackName === undefined) {
        return members(
          'Stacks',
          stacks.filter((s) => s.region === region && s.status !== 'DELETE_COMPLETE').map(stackXml),
        );
      }
      return members('Stacks', [stackXml(mustExist(region, p.StackName))]);
    },

    CreateChangeSet: (region, p) => {
      const name = p.StackName ?? '';
      const csName = p.ChangeSetName ?? '';
      const type = p.ChangeSetType === 'CREATE' ? 'CREATE' : 'UPDATE';
      const body = p.TemplateBody;
      if (body === undefined)
        throw new QueryError(
          400,
          'ValidationError',
          'TemplateBody or TemplateURL must be specified',
        );
      const info = templateInfo(body);
      let s = live(region, name);
      if (s !== undefined && s.status === 'DELETE_COMPLETE') s = undefined;
      if (type === 'CREATE') {
        if (s !== undefined && s.status !== 'REVIEW_IN_PROGRESS') {
          throw new QueryError(
            400,
            'AlreadyExistsException',
            `Stack [${name}] already exists and cannot be created again with the changeSet [${csName}].`,
          );
        }
        if (s === undefined) {
          s = {
            name,
            id: `arn:aws:cloudformation:${region}:${ACCOUNT_ID}:stack/${name}/${randomUUID()}`,
            region,
            status: 'REVIEW_IN_PROGRESS',
            creationTime: new Date(),
            lastUpdatedTime: undefined,
            deletionTime: undefined,
            templateBody: undefined,
            parameters: {},
            tags: {},
            outputs: {},
            capabilities: [],
            events: [],
            changeSets: new Map(),
            generations: new Map(),
          };
          stacks.push(s);
          addEvent(s, name, 'AWS::CloudFormation::Stack', 'REVIEW_IN_PROGRESS', 'User Initiated');
        }
      } else if (s === undefined || s.status === 'REVIEW_IN_PROGRESS') {
        throw new QueryError(400, 'ValidationError', `Stack [${name}] does not exist`);
      }
      if ([...s.changeSets.values()].some((c) => c.name === csName)) {
        throw new QueryError(400, 'AlreadyExistsException', `ChangeSet ${csName} already exists`);
      }
      const parameters = Object.fromEntries(
        memberList(p, 'Parameters').map((m) => [m.ParameterKey ?? '', m.ParameterValue ?? '']),
      );
      const tags = Object.fromEntries(
        memberList(p, 'Tags').map((m) => [m.Key ?? '', m.Value ?? '']),
      );
      const capabilities = Object.keys(p)
        .filter((k) => /^Capabilities\.member\.\d+$/.test(k))
        .map((k) => p[k] ?? '');
      const before =
        type === 'UPDATE' && s.templateBody !== undefined
          ? templateInfo(s.templateBody)
          : undefined;
      const changes =
        type === 'UPDATE'
          ? diffChanges(before, s.parameters, s.tags, info, parameters, tags)
          : diffChanges(undefined, {}, {}, info, parameters, tags);
      const empty = type === 'UPDATE' && changes.length === 0;
      const cs: FakeChangeSet = {
        name: csName,
        id: `arn:aws:cloudformation:${region}:${ACCOUNT_ID}:changeSet/${csName}/${randomUUID()}`,
        type,
        status: empty ? 'FAILED' : 'CREATE_COMPLETE',
        executionStatus: empty ? 'UNAVAILABLE' : 'AVAILABLE',
        statusReason: empty ? EMPTY_CHANGE_SET_REASON : undefined,
        creationTime: new Date(),
        templateBody: body,
        parameters,
        tags,
        capabilities,
        changes,
      };
      s.changeSets.set(cs.id, cs);
      changeSetLog.push({ stack: name, region, changeSet: cs });
      return el('Id', cs.id) + el('StackId', s.id);
    },

    DescribeChangeSet: (region, p) => {
      const s = mustExist(region, p.StackName);
      return changeSetXml(s, changeSetOf(s, p.ChangeSetName));
    },

    ExecuteChangeSet: (region, p) => {
      const s = mustExist(region, p.StackName);
      const cs = changeSetOf(s, p.ChangeSetName);
      if (cs.executionStatus !== 'AVAILABLE') {
        throw new QueryError(
          400,
          'InvalidChangeSetStatus',
          `ChangeSet [${cs.id}] cannot be executed in its current execution status of [${cs.executionStatus}]`,
        );
      }
      const verb = cs.type === 'CREATE' ? 'CREATE' : 'UPDATE';
      addEvent(s, s.name, 'AWS::CloudFormation::Stack', `${verb}_IN_PROGRESS`, 'User Initiated');
      for (const c of cs.changes) {
        if (c.action === 'Remove') {
          addEvent(s, c.logicalId, c.resourceType, 'DELETE_COMPLETE');
          continue;
        }
        const v = c.action === 'Add' ? 'CREATE' : 'UPDATE';
        addEvent(s, c.logicalId, c.resourceType, `${v}_IN_PROGRESS`);
        addEvent(s, c.logicalId, c.resourceType, `${v}_COMPLETE`);
        if (c.action === 'Add' || c.replacement === 'True') {
          s.generations.set(c.logicalId, (s.generations.get(c.logicalId) ?? 0) + 1);
        }
      }
      s.templateBody = cs.templateBody;
      s.parameters = { ...cs.parameters };
      s.tags = { ...cs.tags };
      s.capabilities = cs.capabilities;
      s.status = `${verb}_COMPLETE`;
      if (cs.type === 'UPDATE') s.lastUpdatedTime = new Date();
      s.outputs = outputsFn(s, templateInfo(cs.templateBody));
      addEvent(s, s.name, 'AWS::CloudFormation::Stack', `${verb}_COMPLETE`);
      cs.executionStatus = 'EXECUTE_COMPLETE';
      // Executing a change set removes every change set of the stack.
      s.changeSets.clear();
      return '';
    },

    DeleteChangeSet: (region, p) => {
      const s = mustExist(region, p.StackName);
      s.changeSets.delete(changeSetOf(s, p.ChangeSetName).id);
      return '';
    },

    DeleteStack: (region, p) => {
      const s = p.StackName === undefined ? undefined : live(region, p.StackName);
      if (s === undefined || s.status === 'DELETE_COMPLETE') return '';
      addEvent(s, s.name, 'AWS::CloudFormation::Stack', 'DELETE_IN_PROGRESS', 'User Initiated');
      s.status = 'DELETE_COMPLETE';
      s.deletionTime = new Date();
      s.changeSets.clear();
      addEvent(s, s.name, 'AWS::CloudFormation::Stack', 'DELETE_COMPLETE');
      return '';
    },

    DescribeStackEvents: (region, p) => {
      const s = mustExist(region, p.StackName);
      return members(
        'StackEvents',
        [...s.events].reverse().map((e) => eventXml(s, e)),
      );
    },
  };

  const stub = await startRecordingServer(
    'cloudformation',
    (_m, _u, p) => p.Action ?? '?',
    (r) => {
      const action = r.params.Action ?? '';
      const fn = actions[action];
      if (fn === undefined)
        return queryError(CFN_NS, 400, 'InvalidAction', `${action} is not stubbed`);
      if (r.region === undefined) {
        return queryError(
          CFN_NS,
          403,
          'MissingAuthenticationToken',
          'Request is missing Authentication Token',
        );
      }
      try {
        return queryResponse(CFN_NS, action, fn(r.region, r.params));
      } catch (e) {
        if (e instanceof QueryError) return queryError(CFN_NS, e.status, e.code, e.message);
        throw e;
      }
    },
    formParams,
  );
  return {
    ...stub,
    stack: (region, name) => {
      const s = live(region, name);
      return s?.status === 'DELETE_COMPLETE' ? undefined : s;
    },
    stacks,
    changeSetLog,
  };
}

// ---------------------------------------------------------------------------------------------
// A recording proxy (in front of the S3 server)

/** The S3 operation a request stands for (path-style addressing), for assertions. */
export function s3Operation(
  method: string,
  url: URL,
  headers: Readonly<Record<string, string>>,
): string {
  const parts = url.pathname.split('/').filter((p) => p !== '');
  const hasKey = parts.length > 1;
  const q = url.searchParams;
  if (!hasKey) {
    if (method === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
    if (method === 'GET') return 'ListObjects';
    if (method === 'POST' && q.has('delete')) return 'DeleteObjects';
    if (method === 'PUT') return 'CreateBucket';
    if (method === 'HEAD') return 'HeadBucket';
    return `${method} bucket`;
  }
  if (method === 'PUT')
    return headers['x-amz-copy-source'] !== undefined ? 'CopyObject' : 'PutObject';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'DELETE') return 'DeleteObject';
  return `${method} object`;
}

export interface RecordingProxy extends StubServer {
  /** `performance.now()` of the first request, if any came. */
  firstRequestAt(): number | undefined;
}

/**
 * Forwards every request unchanged (Host included, so SigV4 signatures still verify) to
 * `127.0.0.1:<targetPort>` and records it. Bodies are recorded too (small test files).
 */
export async function startRecordingProxy(
  targetPort: number,
  service: Service = 's3',
): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const started = performance.now();
  const server = createServer((req, res) => {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = headerMap(req);
    const chunks: Buffer[] = [];
    const rec = recordOf(service, req, headers, at - started, at, {
      action: s3Operation(req.method ?? 'GET', url, headers),
      params: queryParams(url),
      body: '',
    });
    requests.push(rec);
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (up) => {
        rec.status = up.statusCode ?? 0;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.once('error', (e) => {
      rec.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${e.message}`);
    });
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => (rec.body = Buffer.concat(chunks).toString('utf8')));
    req.pipe(upstream);
    res.once('finish', () => (rec.durationMs = performance.now() - at));
  });
  const port = await listen(server);
  return {
    ...stubServer(service, server, port, requests),
    firstRequestAt: () => requests[0]?.at,
  };
}

// ---------------------------------------------------------------------------------------------
// Everything together

export interface AwsStubs {
  readonly sts: StsStub;
  readonly cloudFormation: CloudFormationStub;
  readonly cloudFront: CloudFrontStub;
  readonly oidc: OidcStub;
  readonly s3: RecordingProxy;
  /** Every recorded request of every stub, in arrival order. */
  all(): RecordedRequest[];
  /** The environment that points a process (the SDK, `core.getIDToken`) at the stubs. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/** Starts every stub; S3 requests go through a recording proxy to the S3 server on `s3Port`. */
export async function startAwsStubs(opts: {
  readonly s3Port: number;
  readonly siteBucket: string;
}): Promise<AwsStubs> {
  const [sts, cloudFormation, cloudFront, oidc, s3] = await Promise.all([
    startStsStub(),
    startCloudFormationStub({ siteBucket: opts.siteBucket }),
    startCloudFrontStub(),
    startOidcStub(),
    startRecordingProxy(opts.s3Port),
  ]);
  const servers: StubServer[] = [sts, cloudFormation, cloudFront, oidc, s3];
  return {
    sts,
    cloudFormation,
    cloudFront,
    oidc,
    s3,
    all: () => servers.flatMap((s) => s.requests).sort((a, b) => a.at - b.at),
    env: {
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_ENDPOINT_URL_CLOUDFORMATION: cloudFormation.url,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudFront.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
    },
  };
}

/**
 * The fast path's figure from one run: from the process's start to the first S3 request,
 * and the same without the time the stubs took to answer the requests made before it
 * (OIDC token, STS, CloudFormation): what is left is the action's own work.
 */
export function fastPathTiming(
  stubs: AwsStubs,
  startedAt: number,
  sinceIndex: Readonly<Record<Service, number>>,
): { toFirstS3Ms: number; serverMs: number; ownMs: number; before: RecordedRequest[] } {
  const firstS3 = stubs.s3.requests[sinceIndex.s3];
  if (firstS3 === undefined) throw new Error('no S3 request in this run');
  const before = [stubs.oidc, stubs.sts, stubs.cloudFormation, stubs.cloudFront]
    .flatMap((s) => s.requests.slice(sinceIndex[s.service]))
    .filter((r) => r.at < firstS3.at)
    .sort((a, b) => a.at - b.at);
  const serverMs = before.reduce((n, r) => n + r.durationMs, 0);
  const toFirstS3Ms = firstS3.at - startedAt;
  return { toFirstS3Ms, serverMs, ownMs: toFirstS3Ms - serverMs, before };
}

/** How many requests each stub has recorded so far (to look only at a later run's). */
export function requestCounts(stubs: AwsStubs): Record<Service, number> {
  return {
    sts: stubs.sts.requests.length,
    cloudformation: stubs.cloudFormation.requests.length,
    cloudfront: stubs.cloudFront.requests.length,
    oidc: stubs.oidc.requests.length,
    s3: stubs.s3.requests.length,
  };
}
