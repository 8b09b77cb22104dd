/**
 * `npm start`: the sandbox as a command. Reads its options from the environment, starts the
 * sandbox, prints where to open it and how to log in, and runs until Ctrl-C (SIGINT or
 * SIGTERM), `SANDBOX_EXIT_AFTER` seconds, or the S3 server dying. Returns the exit code.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `PORT` | 8080 | port of the edge on 127.0.0.1; 0 picks a free one |
 * | `CONTENT_DIR` | the repository's `example/` | folder to publish |
 * | `BASIC_AUTH_USERS` | one generated user (with `ACCESS`: one per user it names) | `user:password` lines, as the `basic-auth-users` input |
 * | `ACCESS` | empty | `NAMES: GLOBS` lines, as the `access` input (per-user read rules) |
 * | `REALM` | Restricted | Basic auth realm |
 * | `LISTING` | off | generated folder listings, as the `listing` input |
 * | `TRUSTED_PAGES` | off | as the `trusted-pages` setting: published HTML and SVG run scripts as the site |
 * | `EDGE` | lambda | edge runtime, as the `edge` input: `lambda` (Lambda@Edge) or `function` (CloudFront Functions with its KeyValueStore as a local map) |
 * | `WATCH` | on when stdout is a terminal | re-sync and invalidate when the folder changes |
 * | `SANDBOX_EXIT_AFTER` | none | stop after this many seconds (tests, CI) |
 * | `SHARE_PATH` | the first published file | key (or folder ending in `/`) of the share link printed at start |
 * | `SHARE_EXPIRES_IN` | 1h | lifetime of that link (`5s` shows it expire), as the `expires-in` input |
 * | `AUDIT_LOG` | off | as the `audit-log` input: `1` prints the edge function's audit lines to the terminal, a file name appends them there |
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { renderEdgeCode, type EdgeCredential } from '../edge/config.js';
import type { AccessRule } from '../edge/core/access.js';
import { functionPasswordProblem } from '../edge/function/store.js';
import { parseBasicAuthUsers } from '../run/users.js';
import { parseSharePath } from '../run/operands.js';
import { parseDuration } from '../site/values.js';
import { checkAccessLineUsers, parseAccessLines } from './access-lines.js';
import { startSandbox, type Sandbox } from './sandbox.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Where a relative CONTENT_DIR starts. */
  readonly cwd: string;
  /** Whether stdout is a terminal (WATCH's default). */
  readonly isTTY: boolean;
  readonly s3ServerScript: string;
  /** The repository's example folder. */
  readonly defaultContentDir: string;
  readonly io: CliIo;
  /** Stop on SIGINT/SIGTERM (the real command); tests stop through `stop` instead. */
  readonly handleSignals: boolean;
  /** Resolves to stop the sandbox (tests). */
  readonly stop?: Promise<unknown>;
  /** Called once the sandbox is up (tests). */
  readonly onReady?: (sandbox: Sandbox) => void;
}

export interface CliConfig {
  readonly port: number;
  readonly contentDir: string;
  readonly contentDirLabel: string;
  /** The users from BASIC_AUTH_USERS, or one generated user. */
  readonly users: readonly EdgeCredential[];
  /** Set when the users were generated: their passwords are printed, once. */
  readonly generated: boolean;
  /** ACCESS: per-user read rules; empty = every user reads everything. */
  readonly access: readonly AccessRule[];
  readonly realm: string;
  readonly watch: boolean;
  readonly exitAfterSeconds: number | undefined;
  /** LISTING: generated folder listings (the `listing` input). */
  readonly listing: boolean;
  /** TRUSTED_PAGES: the `trusted-pages` setting (src/edge/core/content-policy.ts). */
  readonly trustedPages: boolean;
  /** SHARE_PATH: what the printed share link opens; undefined = the first published file. */
  readonly sharePath: string | undefined;
  /** SHARE_EXPIRES_IN: the printed share link's lifetime, in seconds. */
  readonly shareExpiresInSeconds: number;
  /** EDGE: the edge runtime (the `edge` input): Lambda@Edge or CloudFront Functions. */
  readonly edge: 'lambda' | 'function';
  /** AUDIT_LOG: where the audit lines go (the `audit-log` input); undefined = off. */
  readonly auditLog:
    { readonly to: 'terminal' } | { readonly to: 'file'; readonly path: string } | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const GENERATED_USER = 'sandbox';

/** The sandbox's options from environment variables; errors name the variable. */
export function parseConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
  isTTY: boolean,
  defaultContentDir: string,
): CliConfig {
  const portRaw = (env.PORT ?? '').trim() || '8080';
  if (!/^\d{1,5}$/.test(portRaw) || Number(portRaw) > 65535) {
    throw new ConfigError(`PORT: expected a port number from 0 to 65535, got '${portRaw}'`);
  }
  const contentRaw = (env.CONTENT_DIR ?? '').trim();
  const contentDir = contentRaw === '' ? defaultContentDir : path.resolve(cwd, contentRaw);
  const contentDirLabel = contentRaw === '' ? `${shortPath(cwd, defaultContentDir)}/` : contentRaw;

  const edgeRaw = (env.EDGE ?? '').trim().toLowerCase() || 'lambda';
  if (edgeRaw !== 'lambda' && edgeRaw !== 'function') {
    throw new ConfigError(`EDGE: expected lambda or function, got '${env.EDGE ?? ''}'`);
  }
  const edge: 'lambda' | 'function' = edgeRaw;
  const listed = parseBasicAuthUsers(env.BASIC_AUTH_USERS ?? '', 'BASIC_AUTH_USERS');
  const rules = parseAccessLines(env.ACCESS ?? '', 'ACCESS');
  const generated = listed.length === 0;
  // Without BASIC_AUTH_USERS: one generated user, or with ACCESS one for each user it names.
  const named = [...new Set(rules.flatMap((r) => r.users).filter((u) => u !== '*'))];
  const users = generated
    ? (named.length > 0 ? named : [GENERATED_USER]).map((user) => ({
        user,
        // EDGE=function takes only passwords of at least 128 bits (store.ts): 144 bits here.
        password: randomBytes(edge === 'function' ? 18 : 12).toString('base64url'),
      }))
    : listed.map((u) => ({ user: u.user, password: u.password }));
  if (edge === 'function') {
    for (const u of users) {
      const problem = functionPasswordProblem(u.password);
      if (problem !== undefined) {
        throw new ConfigError(
          `BASIC_AUTH_USERS: the password of user '${u.user}' ${problem} (EDGE=function, as the edge: function input)`,
        );
      }
    }
  }
  checkAccessLineUsers(
    rules,
    users.map((u) => u.user),
    'ACCESS',
  );

  const exitRaw = (env.SANDBOX_EXIT_AFTER ?? '').trim();
  const exitAfter = exitRaw === '' ? undefined : Number(exitRaw);
  if (exitAfter !== undefined && !(Number.isFinite(exitAfter) && exitAfter > 0)) {
    throw new ConfigError(`SANDBOX_EXIT_AFTER: expected a number of seconds, got '${exitRaw}'`);
  }
  const realm = (env.REALM ?? '').trim() || 'Restricted';
  try {
    renderEdgeCode({ realm, users: [] });
  } catch (e) {
    throw new ConfigError(`REALM: ${messageOf(e).replace(/^edge config: /, '')}, got '${realm}'`);
  }
  return {
    port: Number(portRaw),
    contentDir,
    contentDirLabel,
    users,
    generated,
    access: rules.map((r) => ({ users: r.users, globs: r.globs })),
    realm,
    watch: parseSwitch('WATCH', env.WATCH ?? '', isTTY),
    exitAfterSeconds: exitAfter,
    listing: parseSwitch('LISTING', env.LISTING ?? '', false),
    trustedPages: parseSwitch('TRUSTED_PAGES', env.TRUSTED_PAGES ?? '', false),
    sharePath: renamed('SHARE_PATH', () => parseSharePath('sync', env.SHARE_PATH ?? '')),
    shareExpiresInSeconds: renamed('SHARE_EXPIRES_IN', () =>
      parseDuration((env.SHARE_EXPIRES_IN ?? '').trim() || '1h'),
    ),
    edge,
    auditLog: parseAuditLog(env.AUDIT_LOG ?? '', cwd),
  };
}

/** Runs an input parser, naming the environment variable instead of the input in its error. */
function renamed<T>(variable: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new ConfigError(`${variable}: ${messageOf(e).replace(/^`[\w-]+`: /, '')}`);
  }
}

/** AUDIT_LOG: off (empty or an off word), the terminal (an on word), or a file. */
function parseAuditLog(raw: string, cwd: string): CliConfig['auditLog'] {
  const value = raw.trim();
  const on = switchWord(value);
  if (value === '' || on === false) return undefined;
  return on === true ? { to: 'terminal' } : { to: 'file', path: path.resolve(cwd, value) };
}

/** `dir` relative to `cwd` when it is inside it, else absolute. */
function shortPath(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

/** An on/off word of the sandbox's variables: 1/true/yes/on, 0/false/no/off; else undefined. */
function switchWord(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  return undefined;
}

function parseSwitch(name: string, raw: string, fallback: boolean): boolean {
  if (raw.trim() === '') return fallback;
  const on = switchWord(raw);
  if (on !== undefined) return on;
  throw new ConfigError(`${name}: expected 1 or 0 (true/false, on/off), got '${raw}'`);
}

/** Runs the sandbox until it is told to stop; returns the process exit code. */
export async function runSandboxCli(opts: CliOptions): Promise<number> {
  const { io } = opts;
  let config: CliConfig;
  try {
    config = parseConfig(opts.env, opts.cwd, opts.isTTY, opts.defaultContentDir);
  } catch (e) {
    io.err(`sandbox: ${messageOf(e)}`);
    return 1;
  }

  // Ctrl-C while starting stops as soon as the sandbox is up (or has failed).
  const signals = opts.handleSignals ? listenForSignals(io) : undefined;
  io.out(`sandbox: starting an S3 server and syncing ${config.contentDirLabel} into it`);
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      contentDir: config.contentDir,
      contentDirLabel: config.contentDirLabel,
      port: config.port,
      users: config.users,
      access: config.access,
      realm: config.realm,
      watch: config.watch,
      listing: config.listing,
      trustedPages: config.trustedPages,
      edge: config.edge,
      auditLog: auditSink(config.auditLog, io),
      s3ServerScript: opts.s3ServerScript,
      ...(config.exitAfterSeconds !== undefined
        ? { maxSeconds: Math.ceil(config.exitAfterSeconds) + 60 }
        : {}),
      log: { info: io.out, warn: (line) => io.err(line) },
    });
  } catch (e) {
    signals?.dispose();
    // The sync names its input; here the folder comes from CONTENT_DIR.
    io.err(`sandbox: ${messageOf(e).replace(/^`content-dir`/, 'CONTENT_DIR')}`);
    return 1;
  }

  for (const line of banner(config, sandbox)) io.out(line);
  opts.onReady?.(sandbox);

  let timer: NodeJS.Timeout | undefined;
  const reasons: Promise<{ code: number; why: string }>[] = [
    sandbox.failure.then((e) => ({ code: 1, why: e.message })),
  ];
  if (signals !== undefined) {
    reasons.push(signals.received.then((s) => ({ code: 0, why: `${s} received` })));
  }
  if (opts.stop !== undefined) reasons.push(opts.stop.then(() => ({ code: 0, why: 'stopped' })));
  if (config.exitAfterSeconds !== undefined) {
    const seconds = config.exitAfterSeconds;
    reasons.push(
      new Promise((resolve) => {
        timer = setTimeout(
          () => resolve({ code: 0, why: `SANDBOX_EXIT_AFTER=${seconds} elapsed` }),
          seconds * 1000,
        );
      }),
    );
  }
  const { code, why } = await Promise.race(reasons);
  clearTimeout(timer);
  (code === 0 ? io.out : io.err)(`sandbox: stopping (${why})`);
  try {
    await sandbox.close();
  } catch (e) {
    io.err(`sandbox: while stopping: ${messageOf(e)}`);
  }
  signals?.dispose();
  io.out('sandbox: stopped');
  return code;
}

/** Where the edge function's audit lines go: printed as they are, or appended to a file. */
function auditSink(target: CliConfig['auditLog'], io: CliIo): ((line: string) => void) | undefined {
  if (target === undefined) return undefined;
  if (target.to === 'terminal') return (line) => io.out(line);
  return (line) => appendFileSync(target.path, `${line}\n`);
}

/** What the sandbox prints once it is up: what runs where, the URL and the login. */
export function banner(config: CliConfig, sandbox: Sandbox): string[] {
  const s = sandbox.initialSync;
  const first = config.users[0];
  const login =
    config.generated && config.users.length > 1
      ? [
          ...config.users.map(
            (u, i) => `  ${i === 0 ? 'Log in' : '      '}   user ${u.user}, password ${u.password}`,
          ),
          "           (generated for this run; BASIC_AUTH_USERS='user:password' lines set your own)",
          `  Try      curl -i -u '${first?.user ?? ''}:${first?.password ?? ''}' ${sandbox.url}`,
        ]
      : config.generated && first !== undefined
        ? [
            `  Log in   user ${first.user}, password ${first.password}`,
            "           (generated for this run; BASIC_AUTH_USERS='user:password' sets your own)",
            `  Try      curl -i -u '${first.user}:${first.password}' ${sandbox.url}docs/`,
          ]
        : [
            `  Log in   as a user from BASIC_AUTH_USERS: ${config.users.map((u) => u.user).join(', ')}`,
            `  Try      curl -i -u 'USER:PASSWORD' ${sandbox.url}docs/`,
          ];
  return [
    '',
    'secure-dist sandbox: the action’s own sync and edge function, on this machine',
    '',
    `  content  ${config.contentDirLabel} → s3://${sandbox.bucket} on the S3 server at ${sandbox.s3Endpoint}`,
    `           ${s.uploaded.length} uploaded, ${s.deleted.length} deleted, ${s.unchanged} unchanged (${formatBytes(s.bytesUploaded)})`,
    config.edge === 'function'
      ? `  edge     the CloudFront Function (cloudfront-js-2.0, emulated) as synth renders it (${formatBytes(sandbox.edgeCodeBytes)}, realm "${config.realm}"), users in a local KeyValueStore,`
      : `  edge     the viewer-request function as synth renders it (${formatBytes(sandbox.edgeCodeBytes)}, realm "${config.realm}"),`,
    '           fetching from the bucket with SigV4-signed requests, as Origin Access Control does',
    ...(config.access.length > 0
      ? [
          '',
          ...config.access.map(
            (r, i) =>
              `  ${i === 0 ? 'Access' : '      '}   ${r.users.join(', ')}: ${r.globs.join(', ')}`,
          ),
        ]
      : []),
    ...(config.auditLog !== undefined
      ? [
          `  Audit    one JSON line per request (audit-log) to ${config.auditLog.to === 'terminal' ? 'this terminal' : config.auditLog.path}`,
        ]
      : []),
    '',
    `  Open     ${sandbox.url}`,
    ...login,
    ...shareLines(config, sandbox),
    '',
    config.watch
      ? `  Watching ${config.contentDirLabel} for changes: edits are synced and only their paths invalidated (WATCH=0 turns this off).`
      : '  Not watching for changes (WATCH=1 turns it on).',
    config.exitAfterSeconds !== undefined
      ? `  Stops after ${config.exitAfterSeconds} s (SANDBOX_EXIT_AFTER), or on Ctrl-C.`
      : '  Ctrl-C stops everything.',
    '',
  ];
}

/** The share link printed at start (issue 12): no password, until it expires. */
function shareLines(config: CliConfig, sandbox: Sandbox): string[] {
  // EDGE=function: no share hook in that runtime yet (the `share-links` input refuses it too).
  if (config.edge === 'function') return [];
  const path =
    config.sharePath ??
    [...sandbox.initialSync.allKeys]
      .sort()
      .find((k) => !k.startsWith('.') && !k.endsWith('index.html'));
  if (path === undefined) return [];
  const link = sandbox.shareLink(path, config.shareExpiresInSeconds);
  return [
    `  Share    curl -i '${link.url}'`,
    `           opens ${path.endsWith('/') ? `every file under ${path}` : path} without a password until ` +
      `${new Date(link.expiresAt * 1000).toISOString()}, then 403 (SHARE_PATH, SHARE_EXPIRES_IN=5s)`,
  ];
}

interface Signals {
  readonly received: Promise<string>;
  dispose(): void;
}

/** The first SIGINT/SIGTERM stops cleanly; a second one, during the stop, exits at once. */
function listenForSignals(io: CliIo): Signals {
  let count = 0;
  let resolve: (signal: string) => void = () => undefined;
  const received = new Promise<string>((r) => {
    resolve = r;
  });
  const onSignal = (signal: NodeJS.Signals): void => {
    count += 1;
    if (count === 1) {
      resolve(signal);
      return;
    }
    io.err(`sandbox: ${signal} again: exiting without waiting for the stop to finish`);
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    received,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
