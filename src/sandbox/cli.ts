/**
 * `secure-dist preview` (and `npm start` in this repository, on its own secure-dist.yml): the
 * sandbox on the site a site file describes. The site — content-dir, exclude and cache rules,
 * users and their access rules, automation tokens, listing, realm, edge runtime, share links,
 * audit log — comes from the file only, read by the action's own loader; the options of one run
 * (port, watch, how long) from the command line; passwords are generated and printed, one per
 * user the file lists (one user `sandbox` when it lists none), or given as `user:password` lines
 * in the environment variable BASIC_AUTH_USERS (never on the command line, which `ps` shows);
 * each automation token gets a value for the run, printed the same way.
 *
 * The variables the sandbox read before (ACCESS, LISTING, EDGE, REALM, AUDIT_LOG, CONTENT_DIR,
 * WATCH, SANDBOX_EXIT_AFTER, SHARE_PATH, SHARE_EXPIRES_IN) are refused, naming the file's key
 * or the option that took their place: set, they would otherwise be ignored without a word.
 * Runs until Ctrl-C (SIGINT or SIGTERM), `--exit-after`, or the S3 server dying.
 */
import { edgePreviews } from '../synth/edge-code.js';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { EdgeCredential, TokenCredential } from '../edge/config.js';
import { generateToken } from '../rotate/tokens.js';
import { formatSeconds } from '../sync/progress.js';
import { checkFunctionPasswords, parseBasicAuthUsers, usersMismatch } from '../run/users.js';
import { InputError } from '../run/input-error.js';
import { loadSite } from '../site/load.js';
import type { Site } from '../site/model.js';
import { startSandbox, type Sandbox } from './sandbox.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** The options of one preview (the command line). */
export interface PreviewOptions {
  /** The site file, relative to `cwd`. */
  readonly config: string;
  /** Port of the edge on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly watch: boolean;
  readonly exitAfterSeconds: number | undefined;
  /** What the printed share link opens (share-links: true); undefined = a published file. */
  readonly sharePath: string | undefined;
  readonly shareExpiresInSeconds: number;
  /** Where the audit lines go (audit-log: true): a file, or undefined for the terminal. */
  readonly auditFile: string | undefined;
}

export interface PreviewContext {
  /** BASIC_AUTH_USERS, and the old variables (refused). */
  readonly env: NodeJS.ProcessEnv;
  /** The workspace: the site file and its content-dir are relative to it. */
  readonly cwd: string;
  /** Absolute path of the S3 server script (scripts/s3-server.mjs, or its bundle). */
  readonly s3ServerScript: string;
  readonly io: CliIo;
  /** Stop on SIGINT/SIGTERM (the real command); tests stop through `stop` instead. */
  readonly handleSignals: boolean;
  /** Resolves to stop the sandbox (tests). */
  readonly stop?: Promise<unknown>;
  /** Called once the sandbox is up (tests). */
  readonly onReady?: (sandbox: Sandbox) => void;
}

export interface PreviewConfig {
  readonly site: Site;
  readonly options: PreviewOptions;
  /** The users of BASIC_AUTH_USERS, or generated ones. */
  readonly users: readonly EdgeCredential[];
  /** Set when the users were generated: their passwords are printed, once. */
  readonly generated: boolean;
  /** The file's `automation-tokens`, each with a value generated for this run (printed, once). */
  readonly tokens: readonly TokenCredential[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The user of a file that lists none. */
const GENERATED_USER = 'sandbox';

/** The sandbox's former variables, and what took their place. */
const MOVED_VARIABLES: Readonly<Record<string, string>> = {
  ACCESS: 'set `access:` in the site file',
  LISTING: 'set `listing:` in the site file',
  EDGE: 'set `edge:` in the site file',
  REALM: 'set `realm:` in the site file',
  AUDIT_LOG: 'set `audit-log: true` in the site file (and --audit-file FILE for a file)',
  CONTENT_DIR: 'set `content-dir:` in the site file',
  WATCH: 'use --watch or --no-watch',
  SANDBOX_EXIT_AFTER: 'use --exit-after SECONDS',
  SHARE_PATH: 'use --share-path',
  SHARE_EXPIRES_IN: 'use --share-expires-in',
};

/** Throws, naming each, when a former sandbox variable is set. */
export function refuseMovedVariables(env: NodeJS.ProcessEnv, config: string): void {
  const set = Object.keys(MOVED_VARIABLES).filter((name) => (env[name] ?? '') !== '');
  if (set.length === 0) return;
  throw new ConfigError(
    set
      .map(
        (name) =>
          `${name} is set, but preview reads the site from ${config}: ${MOVED_VARIABLES[name] ?? ''}`,
      )
      .join('\n'),
  );
}

/** The site file, the users and the options of one preview; errors name the file or variable. */
export function previewConfig(
  options: PreviewOptions,
  ctx: Pick<PreviewContext, 'env' | 'cwd'>,
): PreviewConfig {
  refuseMovedVariables(ctx.env, options.config);
  // Read as `sync` reads it: the content and the site, not the stacks (no bucket name is made
  // here), and a file without users is previewed with a generated one (`check` says what a
  // deploy needs besides).
  const site = loadSite(options.config, { workspace: ctx.cwd, command: 'sync' });
  const variable = 'BASIC_AUTH_USERS';
  const listed = parseBasicAuthUsers(ctx.env[variable] ?? '', variable);
  if (listed.length > 0) {
    if (site.users.length > 0) {
      const mismatch = usersMismatch(listed, site.users, `\`users\` in ${site.file}`);
      if (mismatch !== undefined) throw new InputError(variable, mismatch);
    }
    if (site.edge === 'function') checkFunctionPasswords(listed, variable);
    return {
      site,
      options,
      users: listed.map((u) => ({ user: u.user, password: u.password })),
      generated: false,
      tokens: localTokens(site),
    };
  }
  const names = site.users.length > 0 ? site.users : [GENERATED_USER];
  return {
    site,
    options,
    // 144 bits: `edge: function` takes only passwords of at least 128 (store.ts).
    users: names.map((user) => ({ user, password: randomBytes(18).toString('base64url') })),
    generated: true,
    tokens: localTokens(site),
  };
}

/** Local values for the file's `automation-tokens` (AWS keeps its own in the users secret). */
function localTokens(site: Site): TokenCredential[] {
  return site.automationTokens.map((t) => ({
    name: t.name,
    token: generateToken(),
    globs: t.globs,
    expires: t.expires,
  }));
}

/** `dir` relative to `cwd` when it is inside it, else absolute. */
function shortPath(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

/** Runs the preview until it is told to stop; returns the process exit code. */
export async function runPreview(options: PreviewOptions, ctx: PreviewContext): Promise<number> {
  const { io } = ctx;
  let config: PreviewConfig;
  try {
    config = previewConfig(options, ctx);
  } catch (e) {
    io.err(`preview: ${messageOf(e)}`);
    return 1;
  }
  const { site } = config;
  const label = `${shortPath(ctx.cwd, site.contentDir)}/`;

  // Ctrl-C while starting stops as soon as the sandbox is up (or has failed).
  const signals = ctx.handleSignals ? listenForSignals(io) : undefined;
  io.out(`preview: starting an S3 server and syncing ${label} into it`);
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      contentDir: site.contentDir,
      contentDirLabel: site.contentDirInput,
      workspace: site.workspace,
      port: options.port,
      users: config.users,
      tokens: config.tokens,
      access: site.access.map((r) => ({ users: r.users, globs: r.globs })),
      realm: site.realm,
      login: site.login,
      sessionLifetime: site.sessionLifetimeSeconds,
      watch: options.watch,
      listing: site.listing,
      trustedPages: site.trustedPages,
      edge: site.edge,
      exclude: site.exclude,
      cacheControl: site.cacheControl,
      shareLinks: site.shareLinks,
      previews: edgePreviews(site.previews),
      auditLog: site.auditLog ? auditSink(options.auditFile, ctx, io) : undefined,
      s3ServerScript: ctx.s3ServerScript,
      ...(options.exitAfterSeconds !== undefined
        ? { maxSeconds: Math.ceil(options.exitAfterSeconds) + 60 }
        : {}),
      log: { info: io.out, warn: (line) => io.err(line) },
    });
  } catch (e) {
    signals?.dispose();
    io.err(`preview: ${messageOf(e)}`);
    return 1;
  }

  for (const line of banner(config, sandbox, label)) io.out(line);
  ctx.onReady?.(sandbox);

  let timer: NodeJS.Timeout | undefined;
  const reasons: Promise<{ code: number; why: string }>[] = [
    sandbox.failure.then((e) => ({ code: 1, why: e.message })),
  ];
  if (signals !== undefined) {
    reasons.push(signals.received.then((s) => ({ code: 0, why: `${s} received` })));
  }
  if (ctx.stop !== undefined) reasons.push(ctx.stop.then(() => ({ code: 0, why: 'stopped' })));
  if (options.exitAfterSeconds !== undefined) {
    const seconds = options.exitAfterSeconds;
    reasons.push(
      new Promise((resolve) => {
        timer = setTimeout(
          () => resolve({ code: 0, why: `--exit-after ${seconds} elapsed` }),
          seconds * 1000,
        );
      }),
    );
  }
  const { code, why } = await Promise.race(reasons);
  clearTimeout(timer);
  (code === 0 ? io.out : io.err)(`preview: stopping (${why})`);
  try {
    await sandbox.close();
  } catch (e) {
    io.err(`preview: while stopping: ${messageOf(e)}`);
  }
  signals?.dispose();
  io.out('preview: stopped');
  return code;
}

/** Where the edge function's audit lines go: printed as they are, or appended to a file. */
function auditSink(
  file: string | undefined,
  ctx: Pick<PreviewContext, 'cwd'>,
  io: CliIo,
): (line: string) => void {
  if (file === undefined) return (line) => io.out(line);
  const target = path.resolve(ctx.cwd, file);
  // Created readable by its owner only, as the audit trail names users and their addresses
  // (`mode` applies when the file is created; an existing file keeps its own).
  return (line) => appendFileSync(target, `${line}\n`, { mode: 0o600 });
}

/** What the preview prints once it is up: what runs where, the URL and the login. */
export function banner(config: PreviewConfig, sandbox: Sandbox, label: string): string[] {
  const { site, options } = config;
  const s = sandbox.initialSync;
  const first = config.users[0];
  const login = config.generated
    ? [
        ...config.users.map(
          (u, i) => `  ${i === 0 ? 'Log in' : '      '}   user ${u.user}, password ${u.password}`,
        ),
        "           (generated for this run; BASIC_AUTH_USERS='user:password' lines set your own)",
        `  Try      curl -i -u '${first?.user ?? ''}:${first?.password ?? ''}' ${sandbox.url}`,
      ]
    : [
        `  Log in   as a user from BASIC_AUTH_USERS: ${config.users.map((u) => u.user).join(', ')}`,
        `  Try      curl -i -u 'USER:PASSWORD' ${sandbox.url}`,
      ];
  return [
    '',
    `secure-dist preview of ${site.file}: the action’s own sync and edge code, on this machine`,
    '',
    `  content  ${label} → s3://${sandbox.bucket} on the S3 server at ${sandbox.s3Endpoint}`,
    `           ${s.uploaded.length} uploaded, ${s.deleted.length} deleted, ${s.unchanged} unchanged (${formatBytes(s.bytesUploaded)})`,
    site.edge === 'function'
      ? `  edge     the CloudFront Function (cloudfront-js-2.0, emulated) as synth renders it (${formatBytes(sandbox.edgeCodeBytes)}, realm "${site.realm}"), users in a local KeyValueStore,`
      : `  edge     the viewer-request function as synth renders it (${formatBytes(sandbox.edgeCodeBytes)}, realm "${site.realm}"),`,
    '           fetching from the bucket with SigV4-signed requests, as Origin Access Control does',
    ...(site.access.length > 0
      ? [
          '',
          ...site.access.map(
            (r, i) =>
              `  ${i === 0 ? 'Access' : '      '}   ${r.users.join(', ')}: ${r.globs.join(', ')}`,
          ),
        ]
      : []),
    ...(site.listing
      ? ['  Listing  generated for folders without an index.html (listing: true)']
      : []),
    ...(site.auditLog
      ? [
          `  Audit    one JSON line per request (audit-log: true) to ${options.auditFile ?? 'this terminal'}`,
        ]
      : []),
    ...(site.login === 'form' && site.edge !== 'function'
      ? [
          `  Sign-in  a sign-in page for browsers (login: form), sessions of ${formatSeconds(site.sessionLifetimeSeconds)}; sign out at /_logout`,
        ]
      : []),
    ...(site.previews !== undefined
      ? [
          `  Previews pr-<n>.localhost:${sandbox.port} (or Host: pr-<n>.${site.previews.domain ?? '<domain>'}) and /_previews/pr-<n>/, from the bucket's _previews/pr-<n>/ keys, for ${site.previews.users === '*' ? 'every user' : site.previews.users.join(', ')}`,
        ]
      : []),
    '',
    `  Open     ${sandbox.url}`,
    ...login,
    ...tokenLines(config, sandbox),
    ...shareLines(config, sandbox),
    '',
    options.watch
      ? `  Watching ${label} for changes: edits are synced and only their paths invalidated (--no-watch turns this off).`
      : '  Not watching for changes (--watch turns it on).',
    options.exitAfterSeconds !== undefined
      ? `  Stops after ${options.exitAfterSeconds} s (--exit-after), or on Ctrl-C.`
      : '  Ctrl-C stops everything.',
    '',
  ];
}

/** The automation tokens of the file, with this run's values (never AWS's), printed once. */
function tokenLines(config: PreviewConfig, sandbox: Sandbox): string[] {
  const first = config.tokens[0];
  if (first === undefined) return [];
  return [
    ...config.tokens.map(
      (t, i) =>
        `  ${i === 0 ? 'Tokens' : '      '}   token:${t.name} ${t.token}${t.globs === undefined ? '' : ` (${t.globs.join(', ')})`}`,
    ),
    '           (generated for this run; on AWS, `rotate` keeps their values in the users secret)',
    `  Try      curl -i -H 'X-Secure-Dist-Token: ${first.token}' ${sandbox.url}`,
  ];
}

/** The share link printed at start (issue 12), with `share-links: true`: no password, until it expires. */
function shareLines(config: PreviewConfig, sandbox: Sandbox): string[] {
  if (!config.site.shareLinks) return [];
  const path =
    config.options.sharePath ??
    [...sandbox.initialSync.allKeys]
      .sort()
      .find((k) => !k.startsWith('.') && !k.endsWith('index.html'));
  if (path === undefined) return [];
  const link = sandbox.shareLink(path, config.options.shareExpiresInSeconds);
  return [
    `  Share    curl -i '${link.url}'`,
    `           opens ${path.endsWith('/') ? `every file under ${path}` : path} without a password until ` +
      `${new Date(link.expiresAt * 1000).toISOString()}, then 403 (--share-path, --share-expires-in 5s)`,
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
    io.err(`preview: ${signal} again: exiting without waiting for the stop to finish`);
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
