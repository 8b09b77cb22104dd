/**
 * The sandbox: the whole path of the site on one machine, with the action's own code.
 *
 *   content folder ──runSync──► S3 server (s3rver, own process, 127.0.0.1)
 *   browser ──► edge (edge-server.ts: viewer-request handler as synth renders it, cache)
 *                 ──GetObject, SigV4──► S3 server
 *
 * `resync()` runs the sync again and invalidates the edge's cache for exactly the paths
 * `planInvalidation` computes from what changed, as `command: sync` does against CloudFront.
 * With `watch`, a change under the content folder triggers it (debounced).
 */
import type { AccessRule } from '../edge/core/access.js';
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  buildEdgeConfig,
  fillSessionSecret,
  generateSessionSecret,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeCredential,
  type EdgeHandler,
  type EdgePreviews,
  type TokenCredential,
} from '../edge/config.js';
import { DEFAULT_SESSION_SECONDS } from '../edge/core/session.js';
import { functionAsEdgeHandler } from '../edge/function/as-edge-handler.js';
import { loadFunctionFromSource, localKeyValueStore } from '../edge/function/emulator.js';
import {
  renderFunctionCode,
  renderLoginFunctionCode,
  renderResponseFunctionCode,
} from '../edge/function/render.js';
import { buildStoreEntries, buildTokenEntries, generatePepper } from '../edge/function/store.js';
import { DEFAULT_CACHE_CONTROL, type CacheControlRule } from '../site/cache-control.js';
import { planInvalidation, type InvalidationPlan } from '../invalidate/paths.js';
import { runSync, type SyncResult } from '../sync/index.js';
import { createS3Client } from '../sync/s3.js';
import {
  OWN_NOT_FOUND_PAGE_PATH,
  notFoundPageKey,
  notFoundPageParameter,
  ownNotFoundPage,
} from '../sync/not-found-page.js';
import { startEdgeServer, type EdgeServer } from './edge-server.js';
import { generateShareKey } from '../share/keys.js';
import { signShareLink, type ShareLink } from '../share/sign.js';
import { responseHeadersOf } from './response-headers.js';
import { startS3Process, type S3Credentials, type S3Process } from './s3-process.js';
import { watchContent } from './watch.js';

export const SANDBOX_BUCKET = 'secure-dist-sandbox';
/** What the password salts are derived from; `synth` uses the stack name. */
export const SANDBOX_SCOPE = 'secure-dist-sandbox';
const REGION = 'us-east-1';

export interface SandboxLog {
  info(line: string): void;
  warn(line: string): void;
}

export interface SandboxOptions {
  /** Absolute path of the folder to publish. */
  readonly contentDir: string;
  /**
   * The workspace: when given, `contentDir` must be a real folder inside it, reached without a
   * symbolic link and holding no `.git` — the action's own check (`checkContentDir`), made by
   * every sync. A test without a site may leave it out.
   */
  readonly workspace?: string | undefined;
  /** The folder as the user named it, for messages. */
  readonly contentDirLabel: string;
  /** Port of the edge on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly users: readonly EdgeCredential[];
  /** `automation-tokens` with values for this run (both runtimes, as on AWS). */
  readonly tokens?: readonly TokenCredential[] | undefined;
  /** Access rules (as the `access` input); empty or absent = every user reads everything. */
  readonly access?: readonly AccessRule[];
  readonly realm: string;
  /** Re-sync when the content folder changes. */
  readonly watch: boolean;
  /** Generated folder listings (the `listing` input). */
  readonly listing?: boolean | undefined;
  /**
   * The edge runtime (the `edge` input): `lambda` (default) or `function`, the CloudFront
   * Function under the cloudfront-js-2.0 emulation, its KeyValueStore a local map.
   */
  readonly edge?: 'lambda' | 'function' | undefined;
  /** Absolute path of scripts/s3-server.mjs. */
  readonly s3ServerScript: string;
  readonly log: SandboxLog;
  /** How long the S3 server may run; it stops by itself after that. */
  readonly maxSeconds?: number;
  /** Quiet time after the last change before a re-sync. */
  readonly debounceMs?: number;
  /** The edge's clock (share-link expiry), epoch ms; defaults to Date.now. */
  readonly now?: () => number;
  /** `audit-log`: the edge function's audit lines (core/audit.ts) go here, one per request. */
  readonly auditLog?: ((line: string) => void) | undefined;
  /** `exclude`: globs the sync leaves out; default none. */
  readonly exclude?: readonly string[] | undefined;
  /** `cache-control`: the site's rules, then the defaults; default the defaults. */
  readonly cacheControl?: readonly CacheControlRule[] | undefined;
  /**
   * `share-links`: the edge accepts signed `/_share/` links (Lambda@Edge only, as on AWS);
   * default true, so a test can make links without a site file.
   */
  readonly shareLinks?: boolean | undefined;
  /** `trusted-pages`: published files get no sandbox (src/edge/core/content-policy.ts). */
  readonly trustedPages?: boolean | undefined;
  /**
   * `login`: `form` gives the edge sign-in sessions (the sign-in page, `/_login`, `/_logout`;
   * with `edge: function` through the login function), with a session secret and key id made
   * for this run; `basic` or absent: Basic auth only, as before.
   */
  readonly login?: 'form' | 'basic' | undefined;
  /** `session-lifetime` in seconds (default 12 h), with `login: form`. */
  readonly sessionLifetime?: number | undefined;
  /**
   * `previews` (issue 25; src/synth/edge-code.ts `edgePreviews`): the edge serves the
   * `_previews/pr-<n>/` keys of the local bucket at `/_previews/pr-<n>/…` and by host:
   * `pr-<n>.localhost` (locally, `localhost` is the preview domain) or `pr-<n>.<domain>` sent
   * in a `Host` header (mapped to the former). Absent: off (a `_previews` path is a 404).
   */
  readonly previews?: EdgePreviews | undefined;
}

/** The preview domain of the sandbox's edge: browsers resolve `*.localhost` to the loopback. */
export const LOCAL_PREVIEW_DOMAIN = 'localhost';

/** The previews as the sandbox's edge holds them: `localhost` is the preview domain. */
function localPreviews(previews: EdgePreviews | undefined): EdgePreviews | undefined {
  return previews === undefined ? undefined : { ...previews, domain: LOCAL_PREVIEW_DOMAIN };
}

export interface ResyncReport {
  readonly sync: SyncResult;
  readonly invalidation: InvalidationPlan;
  /** Cache entries the invalidation cleared. */
  readonly cleared: readonly string[];
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  readonly s3Endpoint: string;
  /** The only credentials the S3 server accepts (fresh for each run). */
  readonly s3Credentials: S3Credentials;
  readonly bucket: string;
  /** The first sync. */
  readonly initialSync: SyncResult;
  /** Size in bytes of the rendered edge function code. */
  readonly edgeCodeBytes: number;
  readonly edge: EdgeServer;
  /** Syncs again and invalidates what changed; runs after any sync already under way. */
  resync(): Promise<ResyncReport>;
  /**
   * Renders the Lambda@Edge function again with these users and automation tokens (absent: the
   * tokens the sandbox started with) and deploys it in place, as a deploy after `rotate` would:
   * same site, same session secret and key id, so a session ends exactly when its user's
   * credential version (`cv`) or password changed, and a token works exactly while it is listed
   * with the same value (a token's sessions carry a version derived from its value).
   */
  redeployEdge(users: readonly EdgeCredential[], tokens?: readonly TokenCredential[]): void;
  /**
   * A share link (issue 12) to a key or a folder ending in `/`, signed with the sandbox's own
   * key pair (made for this run; its public key is the edge's trusted key group).
   */
  shareLink(path: string, expiresInSeconds: number): ShareLink;
  /** Settles only if the sandbox breaks by itself (the S3 server died). */
  readonly failure: Promise<Error>;
  /** Stops the watcher, the edge and the S3 server. */
  close(): Promise<void>;
}

/**
 * The Lambda@Edge session of a sandbox run (`login: form`): a secret and key id of its own. (The
 * function runtime derives its key from the run's pepper and takes only the key id.)
 */
interface SandboxSession {
  readonly secret: string;
  readonly keyId: string;
}

/**
 * The Lambda@Edge function as synth renders it; with `login: form`, its session secret slot
 * filled as CloudFormation's dynamic reference fills it on AWS, with this run's secret.
 */
function lambdaEdge(
  opts: SandboxOptions,
  users: readonly EdgeCredential[],
  tokens: readonly TokenCredential[] | undefined,
  session: SandboxSession | undefined,
): { code: string; handler: EdgeHandler } {
  const rendered = renderEdgeCode(
    buildEdgeConfig({
      scope: SANDBOX_SCOPE,
      realm: opts.realm,
      users,
      access: opts.access,
      share: opts.shareLinks !== false,
      audit: opts.auditLog !== undefined,
      trustedPages: opts.trustedPages,
      tokens,
      previews: localPreviews(opts.previews),
      session:
        session === undefined
          ? undefined
          : { lifetime: opts.sessionLifetime ?? DEFAULT_SESSION_SECONDS, keyId: session.keyId },
    }),
  );
  const code = session === undefined ? rendered : fillSessionSecret(rendered, session.secret);
  const handler = loadHandlerFromSource(code, {
    ...(opts.auditLog !== undefined ? { log: opts.auditLog } : {}),
    ...(opts.now !== undefined ? { now: opts.now } : {}),
  });
  return { code, handler };
}

/**
 * EDGE=function: the users go to a local KeyValueStore, as deploy writes them with UpdateKeys.
 * With `login: form` the session key is derived from this run's pepper under `keyId`.
 */
function functionEdge(
  opts: SandboxOptions,
  keyId: string | undefined,
): { code: string; handler: EdgeHandler } {
  const pepper = generatePepper();
  const store = localKeyValueStore([
    ...buildStoreEntries({
      scope: SANDBOX_SCOPE,
      pepper,
      users: opts.users,
      access: opts.access,
      previewUsers: opts.previews?.users,
    }),
    ...buildTokenEntries({ pepper, tokens: opts.tokens ?? [], access: opts.access }),
  ]);
  const session =
    keyId === undefined
      ? undefined
      : { keyId, lifetime: opts.sessionLifetime ?? DEFAULT_SESSION_SECONDS };
  const code = renderFunctionCode({
    realm: opts.realm,
    pepper,
    session,
    previews: opts.previews === undefined ? undefined : { domain: LOCAL_PREVIEW_DOMAIN },
  });
  const response = renderResponseFunctionCode({ trustedPages: opts.trustedPages });
  // `login: form`: the login function serves `/_login` and `/_logout`, as their behaviors do.
  const login =
    session === undefined
      ? undefined
      : loadFunctionFromSource(renderLoginFunctionCode({ realm: opts.realm, pepper, session }), {
          store,
        });
  return {
    code,
    handler: functionAsEdgeHandler(
      loadFunctionFromSource(code, { store }),
      loadFunctionFromSource(response, { store }),
      login,
    ),
  };
}

export async function startSandbox(opts: SandboxOptions): Promise<Sandbox> {
  const { log } = opts;
  const now = opts.now ?? Date.now;
  // Share links: a key pair for this run, trusted by the edge's `/_share/*` behavior (Lambda@Edge
  // only: the CloudFront Functions runtime has no share hook yet, as `share-links` says).
  const shareKey = generateShareKey('A', now());
  const shareKeyId = `KSANDBOX${randomBytes(4).toString('hex').toUpperCase()}`;
  // Sign-in sessions: a key id for this run only, and with Lambda@Edge a secret (the function
  // runtime derives its key from this run's pepper), never printed.
  const keyId = opts.login === 'form' ? `S${randomBytes(6).toString('hex')}` : undefined;
  const session: SandboxSession | undefined =
    keyId === undefined || opts.edge === 'function'
      ? undefined
      : { secret: generateSessionSecret(), keyId };
  // The edge function first: a bad user or realm fails before anything starts.
  const { code, handler } =
    opts.edge === 'function'
      ? functionEdge(opts, keyId)
      : lambdaEdge(opts, opts.users, opts.tokens, session);

  const cleanup: (() => Promise<void>)[] = [];
  const unwind = async (): Promise<void> => {
    for (const step of cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch (e) {
        log.warn(`while stopping: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };

  let closing = false;
  try {
    // A fresh pair for each run: the S3 server accepts nothing else (issue 15 #9), so other
    // users and processes on the machine cannot read or write the bucket.
    const s3 = await startS3Process({
      script: opts.s3ServerScript,
      credentials: {
        accessKeyId: `SANDBOX${randomBytes(8).toString('hex').toUpperCase()}`,
        secretAccessKey: randomBytes(30).toString('base64url'),
      },
      maxSeconds: opts.maxSeconds ?? 7 * 86_400,
      onStderr: (line) => log.warn(line),
    });
    cleanup.push(() => s3.stop());

    // The sync's client and the edge's (CloudFront's, with OAC) are separate, as in AWS.
    const { syncClient, originClient } = await connectClients(s3);
    cleanup.push(async () => {
      syncClient.destroy();
      originClient.destroy();
    });

    // What the distribution answers a missing key with, as synth's `NotFoundPage` says; the
    // page secure-dist publishes names previews by the host a browser uses here (localhost).
    const notFound = notFoundPageParameter({
      edge: opts.edge ?? 'lambda',
      contentDir: opts.contentDir,
      exclude: opts.exclude ?? [],
    });
    const ownPage =
      notFound === OWN_NOT_FOUND_PAGE_PATH
        ? ownNotFoundPage(opts.realm, localPreviews(opts.previews))
        : undefined;

    // The edge's port before the sync: a busy PORT fails at once.
    const edge = await startEdgeServer({
      handler,
      client: originClient,
      bucket: SANDBOX_BUCKET,
      port: opts.port,
      log: (line) => log.info(`edge: ${line}`),
      responseHeaders: responseHeadersOf(),
      now,
      ...(notFound === '' ? {} : { notFoundPageKey: notFoundPageKey(notFound) }),
      ...(keyId !== undefined ? { login: true } : {}),
      ...(opts.previews?.domain !== undefined
        ? { hostAlias: { domain: opts.previews.domain, as: LOCAL_PREVIEW_DOMAIN } }
        : {}),
      ...(opts.edge === 'function'
        ? { generatedXCache: 'FunctionGeneratedResponse' }
        : opts.shareLinks === false
          ? {}
          : { share: { publicKeys: new Map([[shareKeyId, shareKey.publicKey]]) } }),
    });
    cleanup.push(() => edge.close());

    const sync = (): Promise<SyncResult> =>
      runSync({
        client: syncClient,
        bucket: SANDBOX_BUCKET,
        contentDir: opts.contentDir,
        contentDirInput: opts.contentDirLabel,
        workspace: opts.workspace,
        exclude: opts.exclude ?? [],
        cacheControl: opts.cacheControl ?? DEFAULT_CACHE_CONTROL,
        delete: true,
        // Deleting most files is a normal edit here, not a misconfigured `content-dir`.
        maxDelete: { kind: 'percent', percent: 100 },
        dryRun: false,
        concurrency: 8,
        listing: opts.listing,
        ownNotFoundPage: ownPage,
        log: { info: (m) => log.info(`sync: ${m}`), warn: (m) => log.warn(`sync: ${m}`) },
      });
    const initialSync = await sync();

    // One sync at a time: each waits for the one before it.
    let chain: Promise<unknown> = Promise.resolve();
    const resync = (): Promise<ResyncReport> => {
      const next = chain.then(async (): Promise<ResyncReport> => {
        const result = await sync();
        const plan = planInvalidation(result.changedKeys, { allKeys: result.allKeys });
        if (plan.paths.length === 0) {
          log.info('sync: nothing changed, nothing to invalidate');
          return { sync: result, invalidation: plan, cleared: [] };
        }
        log.info(`invalidate: ${plan.paths.join(' ')} (${plan.reason})`);
        return { sync: result, invalidation: plan, cleared: edge.invalidate(plan.paths) };
      });
      chain = next.catch(() => undefined);
      return next;
    };

    if (opts.watch) {
      const watcher = await watchContent({
        dir: opts.contentDir,
        label: opts.contentDirLabel,
        debounceMs: opts.debounceMs ?? 200,
        log,
        onChange: () => {
          if (closing) return;
          resync().catch((e: unknown) =>
            log.warn(
              `sync failed: ${e instanceof Error ? e.message : String(e)} (the next change tries again)`,
            ),
          );
        },
      });
      cleanup.push(() => watcher.close());
    }

    const failure = s3.exited.then((exitCode) =>
      closing
        ? new Promise<Error>(() => undefined)
        : new Error(`the S3 server stopped unexpectedly (exit code ${exitCode ?? 'unknown'})`),
    );

    return {
      url: edge.url,
      port: edge.port,
      s3Endpoint: s3.endpoint,
      s3Credentials: s3.credentials,
      bucket: SANDBOX_BUCKET,
      initialSync,
      edgeCodeBytes: Buffer.byteLength(code),
      edge,
      resync,
      redeployEdge: (users, tokens = opts.tokens) => {
        if (opts.edge === 'function') {
          throw new Error('redeployEdge: only the Lambda@Edge runtime is redeployed in place');
        }
        edge.replaceHandler(lambdaEdge(opts, users, tokens, session).handler);
      },
      shareLink: (path, expiresInSeconds) =>
        signShareLink({
          origin: edge.url,
          path,
          keyPairId: shareKeyId,
          privateKey: shareKey.privateKey,
          expiresAt: Math.floor(now() / 1000) + expiresInSeconds,
        }),
      failure,
      close: async () => {
        closing = true;
        await chain;
        await unwind();
      },
    };
  } catch (e) {
    closing = true;
    await unwind();
    throw e;
  }
}

/**
 * Two clients made by the action's own `createS3Client`, pointed at the S3 server the way the
 * action is pointed at any endpoint: AWS_ENDPOINT_URL_S3. The SDK reads it on a client's first
 * request and keeps it, so the variable is set only around those first requests, and this
 * process's environment is left as it was.
 */
async function connectClients(
  s3: S3Process,
): Promise<{ syncClient: S3Client; originClient: S3Client }> {
  const vars: Record<string, string> = {
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false',
  };
  const saved: [string, string | undefined][] = Object.keys(vars).map((k) => [k, process.env[k]]);
  Object.assign(process.env, vars);
  const make = (): S3Client =>
    createS3Client({ region: REGION, credentials: s3.credentials, maxAttempts: 3 });
  const syncClient = make();
  const originClient = make();
  try {
    await syncClient.send(new CreateBucketCommand({ Bucket: SANDBOX_BUCKET }));
    await originClient.send(new HeadBucketCommand({ Bucket: SANDBOX_BUCKET }));
  } catch (e) {
    syncClient.destroy();
    originClient.destroy();
    throw new Error(
      `could not create the bucket on the S3 server at ${s3.endpoint}: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { syncClient, originClient };
}
