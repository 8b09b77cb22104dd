#!/usr/bin/env node
/**
 * Benchmarks the Lambda@Edge viewer-request handler as it is deployed (the bundled template,
 * rendered with a real configuration, loaded as CommonJS by loadHandlerFromSource):
 *
 * - warm valid request: a credential already in the container's cache;
 * - wrong credential: a full scrypt verification that fails (never cached);
 * - cold verification: a fresh handler (empty cache) per valid request;
 * - module load: evaluating the rendered code (100 users) into a handler;
 * - origin-response: S3's 200 passing through, and a 404 for `/dir` becoming the 302 to `/dir/`;
 * - bundle size: the minified handler without its configuration;
 * - access rules (issue 10): a warm request with 100 users × 3 globs plus a `*` line, allowed
 *   and forbidden (the rule check on top of the warm request), and a cold container with the
 *   rules (module load, which compiles them, plus the first request).
 *
 * - the CloudFront Functions runtime (issue 14): the function as deployed (renderFunctionCode,
 *   its users in a KeyValueStore written by buildStoreEntries), run under the cloudfront-js-2.0
 *   emulation (loadFunctionFromSource): a valid request (one KVS read, one HMAC), a wrong
 *   password, an unknown user, no credentials, a forbidden key under access rules; and the
 *   cost per million requests of both runtimes at their list prices.
 *
 * - audit line (issue 12, `audit-log`): a warm request with the audit line on and off (the line
 *   built and handed to `console.log`, here a sink that keeps its size), the line's size as
 *   CloudWatch Logs bills it, and what a million requests cost with logging on and off.
 *
 * - sign-in sessions (issue 23 item 1, `login: form`): a warm request authenticated by the
 *   session cookie (parse, one HMAC-SHA-256, a constant-time compare, the version lookup) next
 *   to the same request with Basic credentials on the same handler (cached scrypt: one SHA-256
 *   of the header and a map lookup), a sign-in POST to `/_login` (one scrypt, one HMAC), and a
 *   cold container with sessions (the session key, and the 100 users' credential versions
 *   derived when the configuration gives none).
 *
 * `--access` measures only the access-rule lines and prints them (BENCHMARKS.md untouched);
 * `--session` the same for the session lines;
 * `--audit` the same for the audit lines; `--function` only the CloudFront Functions lines and
 * the cost comparison.
 * Prints a markdown table and writes it into BENCHMARKS.md between
 * `<!-- edge:start -->` and `<!-- edge:end -->` (other content is left alone).
 * Run after `node scripts/build-edge.mjs`. `--quick` runs fewer iterations.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { URLSearchParams, fileURLToPath, pathToFileURL } from 'node:url';
import { writeBenchmarkSection } from './benchmarks-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const N = quick
  ? { warm: 20_000, wrong: 50, cold: 50, load: 50, processes: 5, origin: 20_000 }
  : { warm: 200_000, wrong: 300, cold: 300, load: 300, processes: 30, origin: 200_000 };

// The edge config module is TypeScript: compile it (and what it imports) to one ES module.
const dir = await mkdtemp(path.join(tmpdir(), 'bench-edge-'));
let edge;
try {
  const file = path.join(dir, 'config.mjs');
  await build({
    stdin: {
      contents: [
        "export * from './src/edge/config.ts';",
        "export * from './src/edge/bundled.ts';",
        "export * from './src/edge/function/render.ts';",
        "export * from './src/edge/function/emulator.ts';",
        "export * from './src/edge/function/store.ts';",
        "export * from './src/edge/function/events.ts';",
        "export { FUNCTION_TEMPLATE, FUNCTION_PLACEHOLDER } from './src/edge/function/bundled.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'warning',
  });
  edge = await import(pathToFileURL(file).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
const { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER, buildEdgeConfig, renderEdgeCode } = edge;
const { loadHandlerFromSource, fillSessionSecret, generateSessionSecret } = edge;
const { renderFunctionCode, loadFunctionFromSource, localKeyValueStore, buildStoreEntries } = edge;
const { renderLoginFunctionCode } = edge;
const { functionViewerRequestEvent, FUNCTION_TEMPLATE, FUNCTION_PLACEHOLDER } = edge;

const users = Array.from({ length: 100 }, (_, i) => ({
  user: `user-${String(i).padStart(3, '0')}`,
  password: `password-${i}-${'x'.repeat(16)}`,
  ...(i % 2 === 0 ? { expires: 4_000_000_000 } : {}),
}));
const code = renderEdgeCode(buildEdgeConfig({ scope: 'bench', realm: 'Bench', users }));
const header = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const valid = header(users[42].user, users[42].password);
const wrong = header(users[42].user, 'not-the-password');

function event(authorization, uri = '/docs/guide/') {
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: 'd111111abcdef8.cloudfront.net',
            distributionId: 'EDFDVBD6EXAMPLE',
            eventType: 'viewer-request',
            requestId: 'bench',
          },
          request: {
            clientIp: '203.0.113.178',
            headers: {
              host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
              authorization: [{ key: 'Authorization', value: authorization }],
            },
            method: 'GET',
            querystring: '',
            uri,
          },
        },
      },
    ],
  };
}

function originEvent(status, uri) {
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: 'd111111abcdef8.cloudfront.net',
            distributionId: 'EDFDVBD6EXAMPLE',
            eventType: 'origin-response',
            requestId: 'bench',
          },
          request: {
            clientIp: '203.0.113.178',
            headers: { host: [{ key: 'Host', value: 'bucket.s3.eu-central-1.amazonaws.com' }] },
            method: 'GET',
            querystring: 'v=1',
            uri,
          },
          response: {
            status: String(status),
            statusDescription: status === 200 ? 'OK' : 'Not Found',
            headers: {
              via: [{ key: 'Via', value: '1.1 example.cloudfront.net (CloudFront)' }],
              'content-type': [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }],
            },
          },
        },
      },
    ],
  };
}

async function timeOrigin(handler, status, uri, n, expectStatus) {
  const samples = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = originEvent(status, uri);
    const start = performance.now();
    const result = await handler(e);
    samples[i] = performance.now() - start;
    if (result.status !== expectStatus) {
      throw new Error(`bench: origin-response expected ${expectStatus}, got ${result.status}`);
    }
  }
  return stats(samples);
}

const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
const ms = (v) => `${v.toFixed(2)} ms`;

function stats(samples) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p99: at(0.99), n: samples.length };
}

/** Times `n` requests made by `make`, each expected to answer `expectStatus` (or pass). */
async function timeEvents(handler, make, n, expectStatus, warmup = 0) {
  for (let i = 0; i < warmup; i++) await handler(make());
  const samples = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = make();
    const start = performance.now();
    const result = await handler(e);
    samples[i] = performance.now() - start;
    if ((result.status ?? 'pass') !== expectStatus) {
      throw new Error(`bench: expected ${expectStatus}, got ${result.status ?? 'pass'}`);
    }
  }
  return stats(samples);
}

function timeRequests(handler, authorization, n, expectStatus, uri = undefined) {
  return timeEvents(handler, () => event(authorization, uri), n, expectStatus);
}

// Access rules (issue 10): each user reads their own three folders, everyone /shared/.
const access = [
  ...users.map((u, i) => ({
    users: [u.user],
    globs: [0, 1, 2].map((j) => `/partner-${String(i).padStart(3, '0')}/project-${j}/**`),
  })),
  { users: ['*'], globs: ['/shared/**'] },
];
const accessCode = renderEdgeCode(
  buildEdgeConfig({ scope: 'bench', realm: 'Bench', users, access }),
);
const allowedUri = '/partner-042/project-2/reports/2026/q3.pdf';
const forbiddenUri = '/partner-043/project-2/reports/2026/q3.pdf';
const accessHandler = loadHandlerFromSource(accessCode);
await accessHandler(event(valid, allowedUri));
for (let i = 0; i < 1000; i++) await accessHandler(event(valid, allowedUri));
const plainHandler = loadHandlerFromSource(code);
await plainHandler(event(valid, allowedUri));
for (let i = 0; i < 1000; i++) await plainHandler(event(valid, allowedUri));
const accessPlain = await timeRequests(plainHandler, valid, N.warm, 'pass', allowedUri);
const accessAllowed = await timeRequests(accessHandler, valid, N.warm, 'pass', allowedUri);
const accessForbidden = await timeRequests(accessHandler, valid, N.warm, '403', forbiddenUri);
const coldAccess = [];
const coldPlain = [];
for (let i = 0; i < N.cold; i++) {
  for (const [samples, source] of [
    [coldAccess, accessCode],
    [coldPlain, code],
  ]) {
    const start = performance.now();
    const handler = loadHandlerFromSource(source);
    const result = await handler(event(valid, allowedUri));
    samples.push(performance.now() - start);
    if (result.status !== undefined) throw new Error(`bench: cold request got ${result.status}`);
  }
}
const coldWithAccess = stats(coldAccess);
const coldWithoutAccess = stats(coldPlain);
const accessRows = [
  [
    'warm valid request, no access rules (same URI, baseline)',
    `${(accessPlain.median * 1000).toFixed(1)} µs`,
    `${(accessPlain.p99 * 1000).toFixed(1)} µs`,
    N.warm,
    'for comparison',
  ],
  [
    'warm valid request + rule check, 100 users × 3 globs + `*`, allowed',
    `${(accessAllowed.median * 1000).toFixed(1)} µs`,
    `${(accessAllowed.p99 * 1000).toFixed(1)} µs`,
    N.warm,
    `rule check ≈ ${((accessAllowed.median - accessPlain.median) * 1000).toFixed(1)} µs; ≤ 20 µs in all: ${accessAllowed.median <= 0.02 ? 'met' : 'NOT met'}`,
  ],
  [
    'same, forbidden key (403 generated)',
    `${(accessForbidden.median * 1000).toFixed(1)} µs`,
    `${(accessForbidden.p99 * 1000).toFixed(1)} µs`,
    N.warm,
    `≤ 20 µs: ${accessForbidden.median <= 0.02 ? 'met' : 'NOT met'}`,
  ],
  [
    'cold container with access rules (module load + first request, scrypt included)',
    `${coldWithAccess.median.toFixed(2)} ms`,
    `${coldWithAccess.p99.toFixed(2)} ms`,
    N.cold,
    `without rules ${coldWithoutAccess.median.toFixed(2)} ms: the rules add ≈ ${(coldWithAccess.median - coldWithoutAccess.median).toFixed(2)} ms`,
  ],
];
// Sign-in sessions (issue 23 item 1): the same users and URI, `login: form`, 12 h sessions.
const sessionSecret = generateSessionSecret();
const BENCH_TOKEN = `sdt1_${'t'.repeat(43)}`;
const sessionCode = (withVersions) =>
  fillSessionSecret(
    renderEdgeCode(
      buildEdgeConfig({
        scope: 'bench',
        realm: 'Bench',
        users: withVersions ? users.map((u, i) => ({ ...u, cv: `v${i}` })) : users,
        session: { lifetime: 43_200, keyId: 'bench' },
        // Issue 23 item 3: an automation token; and share links (the `/_share/*` behavior).
        tokens: [{ name: 'ci', token: BENCH_TOKEN }],
        share: true,
      }),
    ),
    sessionSecret,
  );
const sessionHandler = loadHandlerFromSource(sessionCode(true));
function loginEvent(user, password) {
  const e = event(valid, '/_login');
  const request = e.Records[0].cf.request;
  delete request.headers.authorization;
  request.method = 'POST';
  request.headers['sec-fetch-site'] = [{ key: 'Sec-Fetch-Site', value: 'same-origin' }];
  const form = new URLSearchParams({ user, password, next: '/docs/guide/' }).toString();
  request.body = {
    action: 'read-only',
    data: Buffer.from(form).toString('base64'),
    encoding: 'base64',
    inputTruncated: false,
  };
  return e;
}
const signedIn = await sessionHandler(loginEvent(users[42].user, users[42].password));
const sessionCookie = /^__Host-secure-dist=[^;]+/.exec(
  signedIn.headers?.['set-cookie']?.[0]?.value ?? '',
)?.[0];
if (signedIn.status !== '303' || sessionCookie === undefined) {
  throw new Error(`bench: sign-in answered ${signedIn.status} without a session cookie`);
}
function sessionEvent(uri = '/docs/guide/') {
  const e = event(valid, uri);
  const headers = e.Records[0].cf.request.headers;
  delete headers.authorization;
  headers.cookie = [{ key: 'Cookie', value: `_ga=GA1.1.1; ${sessionCookie}` }];
  return e;
}
function tokenEvent() {
  const e = event(valid, '/docs/guide/');
  const headers = e.Records[0].cf.request.headers;
  delete headers.authorization;
  headers['x-secure-dist-token'] = [{ key: 'X-Secure-Dist-Token', value: BENCH_TOKEN }];
  return e;
}
/** A share link's request as CloudFront passes it on once it verified the signature. */
function shareEvent() {
  const e = event(valid, '/_share/docs/guide/index.html');
  const request = e.Records[0].cf.request;
  delete request.headers.authorization;
  request.querystring = 'Expires=1900000000&Signature=abc~&Key-Pair-Id=KBENCH';
  return e;
}
const sessionBasic = await timeEvents(sessionHandler, () => event(valid), N.warm, 'pass', 1000);
const sessionToken = await timeEvents(sessionHandler, tokenEvent, N.warm, 'pass', 1000);
const sessionShare = await timeEvents(sessionHandler, shareEvent, N.warm, 'pass', 1000);
const sessionWarm = await timeEvents(sessionHandler, () => sessionEvent(), N.warm, 'pass', 1000);
const sessionLogin = await timeEvents(
  sessionHandler,
  () => loginEvent(users[42].user, users[42].password),
  N.wrong,
  '303',
  10,
);
const sessionCold = { configured: [], derived: [], basic: [] };
for (let i = 0; i < N.cold; i++) {
  for (const [samples, source] of [
    [sessionCold.configured, sessionCode(true)],
    [sessionCold.derived, sessionCode(false)],
    [sessionCold.basic, code],
  ]) {
    const start = performance.now();
    loadHandlerFromSource(source);
    samples.push(performance.now() - start);
  }
}
const [coldConfigured, coldDerived, coldBasic] = [
  stats(sessionCold.configured),
  stats(sessionCold.derived),
  stats(sessionCold.basic),
];
const sessionRows = [
  [
    'login: form, warm request with Basic credentials (cached scrypt, baseline)',
    us(sessionBasic.median),
    us(sessionBasic.p99),
    N.warm,
    'for comparison',
  ],
  [
    'login: form, warm request with the session cookie (1 HMAC-SHA-256 + compare)',
    us(sessionWarm.median),
    us(sessionWarm.p99),
    N.warm,
    `session − Basic ≈ ${((sessionWarm.median - sessionBasic.median) * 1000).toFixed(1)} µs; ≤ 20 µs in all: ${sessionWarm.median <= 0.02 ? 'met' : 'NOT met'}`,
  ],
  [
    'warm request with X-Secure-Dist-Token (1 HMAC-SHA-256 + lookup)',
    us(sessionToken.median),
    us(sessionToken.p99),
    N.warm,
    `token − Basic ≈ ${((sessionToken.median - sessionBasic.median) * 1000).toFixed(1)} µs`,
  ],
  [
    'warm share-link request (/_share/, signature checked by CloudFront before)',
    us(sessionShare.median),
    us(sessionShare.p99),
    N.warm,
    'no credential check at the edge',
  ],
  [
    'sign-in POST /_login (form body, 1 scrypt, cookie minted, 303)',
    ms(sessionLogin.median),
    ms(sessionLogin.p99),
    N.wrong,
    `≈ ${ms(sessionLogin.median / (128 / 1769))} on a 128 MB edge function; once per session`,
  ],
  [
    'module load (100 users), login: basic → form with cv → form, cv derived at the edge',
    `${ms(coldBasic.median)} → ${ms(coldConfigured.median)} → ${ms(coldDerived.median)}`,
    `${ms(coldBasic.p99)} → ${ms(coldConfigured.p99)} → ${ms(coldDerived.p99)}`,
    N.cold,
    'the session key (1 HMAC) and, without cv, 1 HMAC per user, once per container',
  ],
];
if (process.argv.includes('--session')) {
  console.log(
    `Edge handler sessions, Node ${process.version} on ${process.platform}/${process.arch}.`,
  );
  console.log('| measure | median | p99 | iterations | target |\n|---|---:|---:|---:|---|');
  for (const r of sessionRows) console.log(`| ${r.join(' | ')} |`);
  process.exit(0);
}
// CloudFront Functions (issue 14): the same users (passwords of 128+ bits, as that runtime
// requires) in the KeyValueStore, the function under the cloudfront-js-2.0 emulation.
const fnUsers = users.map((u, i) => ({
  ...u,
  password: Buffer.from(`bench-password-${i}-`.padEnd(18, 'x')).toString('base64url'),
}));
const pepper = Buffer.alloc(32, 7).toString('base64url');
const fnCode = renderFunctionCode({ realm: 'Bench', pepper });
const fnStore = localKeyValueStore(buildStoreEntries({ scope: 'bench', pepper, users: fnUsers }));
const fnAccessStore = localKeyValueStore(
  buildStoreEntries({ scope: 'bench', pepper, users: fnUsers, access }),
);
const fnHandler = loadFunctionFromSource(fnCode, { store: fnStore });
const fnAccessHandler = loadFunctionFromSource(fnCode, { store: fnAccessStore });
const fnValid = header(fnUsers[42].user, fnUsers[42].password);
const fnWrong = header(fnUsers[42].user, 'not-the-password-of-this-user');
const fnUnknown = header('nobody', fnUsers[42].password);

async function timeFunction(handler, authorization, n, expect, uri = '/docs/guide/', cookie) {
  const options = authorization === undefined ? { uri } : { uri, authorization };
  const eventOf = () => {
    const e = functionViewerRequestEvent(options);
    if (cookie !== undefined) e.request.cookies['__Host-secure-dist'] = { value: cookie };
    return e;
  };
  for (let i = 0; i < 1000; i++) await handler(eventOf());
  const samples = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = eventOf();
    const start = performance.now();
    const result = await handler(e);
    samples[i] = performance.now() - start;
    const got = result.statusCode ?? 'pass';
    if (got !== expect) throw new Error(`bench: function expected ${expect}, got ${got}`);
  }
  return stats(samples);
}
const fnN = quick ? 5_000 : 50_000;
const fnValidStats = await timeFunction(fnHandler, fnValid, fnN, 'pass');
const fnWrongStats = await timeFunction(fnHandler, fnWrong, fnN, 401);
const fnUnknownStats = await timeFunction(fnHandler, fnUnknown, fnN, 401);
const fnNoneStats = await timeFunction(fnHandler, undefined, fnN, 401);
const fnForbiddenStats = await timeFunction(fnAccessHandler, fnValid, fnN, 403, forbiddenUri);
// `login: form` (issue 23): the viewer-request function's form build; a session cookie minted
// by the login function as the sign-in page's script gets it, then checked on every request
// (its MAC, one KVS read for the user's credential version) next to Basic on the same build.
const fnSession = { keyId: 'bench', lifetime: 12 * 3600 };
const fnFormHandler = loadFunctionFromSource(
  renderFunctionCode({ realm: 'Bench', pepper, session: fnSession }),
  { store: fnStore },
);
const fnLogin = loadFunctionFromSource(
  renderLoginFunctionCode({ realm: 'Bench', pepper, session: fnSession }),
  { store: fnStore },
);
const fnSignedIn = await fnLogin(
  functionViewerRequestEvent({
    uri: '/_login',
    method: 'POST',
    authorization: fnValid,
    headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' },
  }),
);
const fnCookie = fnSignedIn.cookies?.['__Host-secure-dist']?.value;
if (fnCookie === undefined) throw new Error('bench: the login function minted no cookie');
const fnFormBasicStats = await timeFunction(fnFormHandler, fnValid, fnN, 'pass');
const fnFormSessionStats = await timeFunction(
  fnFormHandler,
  undefined,
  fnN,
  'pass',
  '/docs/guide/',
  fnCookie,
);
const fnLoadSamples = [];
for (let i = 0; i < (quick ? 20 : 100); i++) {
  const start = performance.now();
  loadFunctionFromSource(fnCode, { store: fnStore });
  fnLoadSamples.push(performance.now() - start);
}
const fnLoad = stats(fnLoadSamples);
const fnBytes = Buffer.byteLength(FUNCTION_TEMPLATE) - FUNCTION_PLACEHOLDER.length;
const usOf = (v) => `${(v * 1000).toFixed(1)} µs`;
const functionRows = [
  [
    'CloudFront Function: valid request (1 KVS read, 1 HMAC-SHA-256), emulated',
    usOf(fnValidStats.median),
    usOf(fnValidStats.p99),
    fnN,
    'every request verifies (no per-container cache in this runtime)',
  ],
  [
    'CloudFront Function: wrong password (401)',
    usOf(fnWrongStats.median),
    usOf(fnWrongStats.p99),
    fnN,
    'same work as a valid request',
  ],
  [
    'CloudFront Function: unknown user (401, dummy record)',
    usOf(fnUnknownStats.median),
    usOf(fnUnknownStats.p99),
    fnN,
    'same work as a known user',
  ],
  [
    'CloudFront Function: no credentials (401, no KVS read)',
    usOf(fnNoneStats.median),
    usOf(fnNoneStats.p99),
    fnN,
    'for comparison',
  ],
  [
    'CloudFront Function: forbidden key, 100 users × 3 globs + `*` (403)',
    usOf(fnForbiddenStats.median),
    usOf(fnForbiddenStats.p99),
    fnN,
    'globs from the user’s KVS record',
  ],
  [
    'CloudFront Function, login: form: valid Basic request (1 KVS read, 1 HMAC-SHA-256)',
    usOf(fnFormBasicStats.median),
    usOf(fnFormBasicStats.p99),
    fnN,
    'scripts keep Basic on the form build',
  ],
  [
    'CloudFront Function, login: form: valid session cookie (MAC, 1 KVS read for `c`)',
    usOf(fnFormSessionStats.median),
    usOf(fnFormSessionStats.p99),
    fnN,
    'a signed-in browser, every request (issue 23)',
  ],
  [
    'CloudFront Function: evaluating the code in a fresh emulated runtime',
    `${fnLoad.median.toFixed(2)} ms`,
    `${fnLoad.p99.toFixed(2)} ms`,
    fnLoadSamples.length,
    'for information: mostly creating the V8 context',
  ],
];
/**
 * List prices: Lambda@Edge $0.60 per million requests plus $0.00005001 per GB-second, billed
 * per 1 ms, 128 MB for viewer triggers; CloudFront Functions $0.10 per million invocations,
 * no duration charge (https://aws.amazon.com/cloudfront/pricing/). KeyValueStore reads and
 * data transfer are extra and the same for every line of one runtime.
 */
const lambdaPerMillion = (msBilled) => 0.6 + 1e6 * (128 / 1024) * (msBilled / 1000) * 0.00005001;
const functionCostRows = (coldMs, warmMs) => [
  [
    'cost per million requests: Lambda@Edge, warm (cached credential, 1 ms billed)',
    `$${lambdaPerMillion(Math.max(1, Math.ceil(warmMs))).toFixed(3)}`,
    '',
    '',
    '$0.60 requests + duration at 128 MB',
  ],
  [
    'cost per million requests: Lambda@Edge, every request verified (scrypt at 128 MB)',
    `$${lambdaPerMillion(Math.ceil(coldMs)).toFixed(3)}`,
    '',
    '',
    `≈ ${coldMs.toFixed(0)} ms billed each (the measured scrypt ÷ 128/1769 vCPU)`,
  ],
  [
    'cost per million requests: CloudFront Function, any request',
    '$0.100',
    '',
    '',
    'flat per invocation, no duration; plus one KVS read per request with credentials',
  ],
];
if (process.argv.includes('--function')) {
  const coldShare = (await timeRequests(loadHandlerFromSource(code), wrong, N.wrong, '401')).median;
  console.log(`CloudFront Function: ${fnBytes} bytes without config (limit 10,240 with config).\n`);
  console.log('| measure | median | p99 | iterations | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of [...functionRows, ...functionCostRows(coldShare / (128 / 1769), 0.02)]) {
    console.log(`| ${r.join(' | ')} |`);
  }
  process.exit(0);
}
// Audit line (issue 12): the same warm request with `audit-log` off and on. Lambda's Node.js
// runtime writes a console.log line to CloudWatch Logs as `<ISO time>\t<request id>\tINFO\t<line>`
// (text log format); CloudWatch Logs bills ingestion per GB of those events, and counts 26 bytes
// per event besides the message (PutLogEvents batch size, CloudWatch Logs API Reference:
// https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html).
const auditCode = renderEdgeCode(
  buildEdgeConfig({ scope: 'bench', realm: 'Bench', users, audit: true }),
);
let auditBytes = 0;
let auditLines = 0;
const auditHandler = loadHandlerFromSource(auditCode, {
  log: (line) => {
    auditBytes += Buffer.byteLength(line);
    auditLines += 1;
  },
});
const quietHandler = loadHandlerFromSource(code);
for (const h of [auditHandler, quietHandler]) {
  await h(event(valid));
  for (let i = 0; i < 1000; i++) await h(event(valid));
}
auditBytes = 0;
auditLines = 0;
const auditOff = await timeRequests(quietHandler, valid, N.warm, 'pass');
const auditOn = await timeRequests(auditHandler, valid, N.warm, 'pass');
const lambdaPrefix = `${new Date().toISOString()}\t${'0'.repeat(8)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(12)}\tINFO\t`;
const lineBytes = auditBytes / Math.max(1, auditLines) + Buffer.byteLength(lambdaPrefix) + 1 + 26;
// Lambda's own lines for every invocation, logged with or without audit-log (shapes as Lambda
// writes them; the REPORT line's figures vary by a few characters).
const rid = '4c1f0a2e-6b9d-4d8e-9a51-0f6e1c2d3b4a';
const platformBytes = [
  `START RequestId: ${rid} Version: 7\n`,
  `END RequestId: ${rid}\n`,
  `REPORT RequestId: ${rid}\tDuration: 1.52 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\t\n`,
].reduce((n, l) => n + Buffer.byteLength(l) + 26, 0);
// US East list prices (docs/operations.md, "What a month costs" and "Who downloaded what"): Lambda@Edge
// $0.60 per million requests + $0.00005001 per GB-second (a warm check bills 1 ms at 128 MB);
// CloudWatch Logs ingestion $0.50 per GB.
const perMillion = (logBytes) =>
  0.6 + 1e6 * 0.001 * 0.125 * 0.00005001 + (logBytes * 1e6 * 0.5) / 1e9;
const auditRows = [
  [
    'warm valid request, audit-log off (baseline)',
    us(auditOff.median),
    us(auditOff.p99),
    N.warm,
    'for comparison',
  ],
  [
    'warm valid request, audit-log on (line built and logged)',
    us(auditOn.median),
    us(auditOn.p99),
    N.warm,
    `the line adds ≈ ${((auditOn.median - auditOff.median) * 1000).toFixed(1)} µs; ≤ 20 µs in all: ${auditOn.median <= 0.02 ? 'met' : 'NOT met'}`,
  ],
  [
    'log bytes per request as billed, audit-log off → on',
    `${platformBytes} B → ${Math.round(platformBytes + lineBytes)} B`,
    '',
    auditLines,
    `the audit line ≈ ${Math.round(lineBytes)} B with Lambda's prefix and 26 B per event`,
  ],
  [
    'cost per million requests (Lambda@Edge + log ingestion), audit-log off → on',
    `$${perMillion(platformBytes).toFixed(4)} → $${perMillion(platformBytes + lineBytes).toFixed(4)}`,
    '',
    '',
    `audit-log adds $${((lineBytes * 1e6 * 0.5) / 1e9).toFixed(4)} per million requests`,
  ],
];
if (process.argv.includes('--audit')) {
  console.log('| measure | median | p99 | iterations | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of auditRows) console.log(`| ${r.join(' | ')} |`);
  process.exit(0);
}

if (process.argv.includes('--access')) {
  console.log('| measure | median | p99 | iterations | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of accessRows) console.log(`| ${r.join(' | ')} |`);
  process.exit(0);
}

// Warm valid: one verification, then the cache.
const warmHandler = loadHandlerFromSource(code);
await warmHandler(event(valid));
for (let i = 0; i < 1000; i++) await warmHandler(event(valid));
const warm = await timeRequests(warmHandler, valid, N.warm, 'pass');

// Origin-response (cache misses only): S3's 200 passes; a 404 for a folder becomes a 302.
const originPass = await timeOrigin(warmHandler, 200, '/docs/guide/index.html', N.origin, '200');
const originRedirect = await timeOrigin(warmHandler, 404, '/docs/guide', N.origin, '302');

// Wrong credential: every request runs the KDF.
const wrongResult = await timeRequests(warmHandler, wrong, N.wrong, '401');

// Cold verification: a fresh handler (empty cache) for each request; only the request is timed.
const coldSamples = [];
for (let i = 0; i < N.cold; i++) {
  const handler = loadHandlerFromSource(code);
  const e = event(valid);
  const start = performance.now();
  const result = await handler(e);
  coldSamples.push(performance.now() - start);
  if (result.status !== undefined) throw new Error(`bench: cold request got ${result.status}`);
}
const cold = stats(coldSamples);

// Module load: evaluate the rendered code (100 users) into a handler.
const loadSamples = [];
for (let i = 0; i < N.load; i++) {
  const start = performance.now();
  loadHandlerFromSource(code);
  loadSamples.push(performance.now() - start);
}
const load = stats(loadSamples);

// First load in a fresh Node process, as Lambda's init does: require() of index.js. Twice:
// with a cold Node (the time includes Node compiling its own node:crypto and stream internals
// on first use, which any handler using node:crypto pays) and with node:crypto already loaded
// (the handler's own cost: compiling the code and building its tables).
const coldNodeSamples = [];
const ownSamples = [];
const emptySamples = [];
const codeDir = await mkdtemp(path.join(tmpdir(), 'bench-edge-cjs-'));
try {
  const index = path.join(codeDir, 'index.js');
  const empty = path.join(codeDir, 'empty.js');
  await writeFile(index, code);
  await writeFile(empty, '');
  const probe = (preload, file = index) =>
    [
      "const { performance } = require('node:perf_hooks');",
      "require('node:path');",
      preload ? "require('node:crypto').createHash('sha256');" : '',
      'const start = performance.now();',
      `require(${JSON.stringify(file)});`,
      'process.stdout.write(String(performance.now() - start));',
    ].join('\n');
  for (let i = 0; i < N.processes; i++) {
    for (const [samples, preload] of [
      [coldNodeSamples, false],
      [ownSamples, true],
    ]) {
      const out = execFileSync(process.execPath, ['-e', probe(preload)], { encoding: 'utf8' });
      samples.push(Number(out));
    }
    const out = execFileSync(process.execPath, ['-e', probe(true, empty)], { encoding: 'utf8' });
    emptySamples.push(Number(out));
  }
} finally {
  await rm(codeDir, { recursive: true, force: true });
}
const firstLoadColdNode = stats(coldNodeSamples);
const firstLoad = stats(ownSamples);
const firstLoadEmpty = stats(emptySamples);

const bundleBytes = Buffer.byteLength(EDGE_HANDLER_TEMPLATE) - EDGE_PLACEHOLDER.length;
const renderedBytes = Buffer.byteLength(code);

const verdict = (ok, figure) => `${ok ? 'met' : 'NOT met'} (${figure})`;
/** Lambda@Edge viewer triggers get 128 MB, i.e. 128/1769 of a vCPU. */
const edgeShare = 128 / 1769;

const rows = [
  [
    'warm valid request (cached)',
    us(warm.median),
    us(warm.p99),
    N.warm,
    `≤ 20 µs: ${verdict(warm.median <= 0.02, us(warm.median))}`,
  ],
  [
    'origin-response: S3 200 passes through (cache miss)',
    us(originPass.median),
    us(originPass.p99),
    N.origin,
    `≤ 20 µs: ${verdict(originPass.median <= 0.02, us(originPass.median))}`,
  ],
  [
    'origin-response: S3 404 for /dir → 302 /dir/',
    us(originRedirect.median),
    us(originRedirect.p99),
    N.origin,
    `≤ 20 µs: ${verdict(originRedirect.median <= 0.02, us(originRedirect.median))}`,
  ],
  [
    'wrong credential (scrypt, 401)',
    ms(wrongResult.median),
    ms(wrongResult.p99),
    N.wrong,
    `≈ ${ms(wrongResult.median / edgeShare)} on a 128 MB edge function`,
  ],
  [
    'cold verification (fresh container)',
    ms(cold.median),
    ms(cold.p99),
    N.cold,
    `≤ 7 ms here (≈ 100 ms at 128 MB): ${verdict(cold.median <= 7, `≈ ${ms(cold.median / edgeShare)} at 128 MB`)}`,
  ],
  [
    'module load (100 users), repeated in one process',
    ms(load.median),
    ms(load.p99),
    N.load,
    `≤ 5 ms: ${verdict(load.median <= 5, ms(load.median))}`,
  ],
  [
    'module load (100 users), first require() in a fresh process, node:crypto loaded',
    ms(firstLoad.median),
    ms(firstLoad.p99),
    N.processes,
    `≤ 5 ms: ${verdict(firstLoad.median <= 5, ms(firstLoad.median))}`,
  ],
  [
    'same, cold Node (includes loading node:crypto itself)',
    ms(firstLoadColdNode.median),
    ms(firstLoadColdNode.p99),
    N.processes,
    'for information: node:crypto is needed by any hashing handler',
  ],
  [
    'baseline: first require() of an empty file, node:crypto loaded',
    ms(firstLoadEmpty.median),
    ms(firstLoadEmpty.p99),
    N.processes,
    "for information: Node's module loader alone",
  ],
  ...accessRows,
  ...sessionRows,
  ...functionRows,
  ...functionCostRows(wrongResult.median / edgeShare, warm.median),
  ...auditRows,
];
const table = [
  `Edge handler, Node ${process.version} on ${process.platform}/${process.arch}` +
    `${quick ? ' (quick run)' : ''}. Bundle: ${bundleBytes} bytes without config ` +
    `(≤ 32,768, our budget in scripts/build-edge.mjs: ${bundleBytes <= 32768 ? 'met' : 'NOT met'}); rendered with 100 users: ${renderedBytes} bytes.`,
  '',
  '| measure | median | p99 | iterations | target |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  `| bundle size (config excluded) | ${bundleBytes} B | | | ≤ 32 KB (our budget; Lambda@Edge allows 1 MB): ${verdict(bundleBytes <= 32768, `${bundleBytes} B`)} |`,
  `| CloudFront Function size (config excluded) | ${fnBytes} B | | | ≤ 10 KB with config: ${verdict(fnBytes + 200 <= 10240, `${fnBytes} B`)} |`,
].join('\n');

console.log(table);

await writeBenchmarkSection('edge', 'Edge function', table);
