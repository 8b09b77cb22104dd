/**
 * `deploy` (and `rotate`'s store writes) with `edge: function` (issue 14): the site stack owns
 * the CloudFront Function and the pepper, the bootstrap stack the KeyValueStore the function
 * reads (found by name: src/kvs/users-store.ts); the users go to the store with UpdateKeys,
 * only when they changed; the edge stack (us-east-1) keeps only the web ACL, or is deleted
 * without `rate-limit`.
 *
 * Where things live with `edge: function`:
 *   - us-east-1: only the CLOUDFRONT-scope WAF web ACL (`rate-limit`), in the edge stack:
 *     WAF requires such web ACLs to be created there (cloudformation/site.yaml cites it);
 *   - the site region: the function, the pepper secret `<stack-name>/pepper` and, with
 *     `basic-auth-users` empty, the users secret `<stack-name>/users`;
 *   - the bootstrap stack: the store `<stack-name>-users` (global, as CloudFront is).
 *
 * Switching a site from lambda to function is one deploy, in this order, so that logins keep
 * working throughout and nothing is deleted while CloudFront still uses it:
 *   1. the site stack with the Lambda@Edge association kept and the function prepared
 *      (`EdgeRuntime=lambda, PrepareFunction=true`): function and pepper are created, the
 *      function associated with the bootstrap's store;
 *   2. the users (copied from the us-east-1 users secret into `<stack-name>/users` when they
 *      lived there) written to the store;
 *   3. the site stack with `EdgeRuntime=function`: the distribution's viewer-request goes to the
 *      function, the Lambda@Edge associations are removed;
 *   4. only then the old edge stack: updated to hold only the web ACL (`rate-limit`), or deleted.
 *      Its Lambda versions are retained (`DeletionPolicy: Retain`, as always) and so is the
 *      us-east-1 users secret (`RetainExceptOnCreate`). Lambda@Edge deletes the replicas of a
 *      function only hours after its last association is removed, and refuses to delete the
 *      function before: a delete that fails for that reason is reported as a warning, and the
 *      next deploy deletes the stack again.
 * Before any site stack change, the 404 page secure-dist publishes for a site without its own
 * (src/sync/not-found-page.ts) goes into the bucket the site stack already has, since the
 * stack's `NotFoundPage` may point at it.
 * Switching back (function to lambda) is the lambda deploy: the edge stack first, then the site
 * stack, whose update removes the function association, the function and the pepper (the
 * bootstrap's store stays, with the entries last written).
 */
import { randomUUID } from 'node:crypto';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import { EDGE_REGION } from '../aws/clients.js';
import { findStack } from '../aws/stack-outputs.js';
import {
  ownNotFoundPageEntry,
  ownNotFoundPageOf,
  publishOwnNotFoundPage,
} from '../sync/not-found-page.js';
import {
  readUsersSecret,
  secretError,
  secretName,
  writeUsersSecret,
  type SetSecret,
} from '../aws/users-secret.js';
import {
  deployStack,
  DeployError,
  planStack,
  type DeployOptions,
  type StackPlan,
  type StackResult,
} from '../deploy/index.js';
import { makeCtx, describeStack } from '../deploy/context.js';
import { deleteStackAndWait } from '../deploy/recreate.js';
import {
  buildStoreEntries,
  buildTokenEntries,
  pepperProblem,
  type FunctionCredential,
} from '../edge/function/store.js';
import { writeStore, type StoreWriteResult } from '../kvs/store-io.js';
import { findUsersStore } from '../kvs/users-store.js';
import { credentialsForEdge } from '../rotate/edge-credentials.js';
import { checkFunctionPasswordStrength, STRENGTH_ADVICE } from '../rotate/password-strength.js';
import { InputError } from '../run/input-error.js';
import { credentialsOfSite } from '../rotate/site-users.js';
import { tokensForEdge } from '../rotate/tokens.js';
import type { TokenCredential } from '../edge/config.js';
import type { UsersState } from '../rotate/secret-format.js';
import {
  functionUsersSecretName,
  PENDING_USERS_STORE_ARN,
  PENDING_WEB_ACL_ARN,
  pepperSecretName,
  withEdgeWebAcl,
  withParameters,
  withUsersStore,
  type RenderFunctionCode,
  type RenderedStack,
} from '../synth/index.js';
import {
  deployOptions,
  planReport,
  siteConfigNote,
  siteInfo,
  stackInput,
  syncDeployedSite,
  type PlanReport,
  type SiteInfo,
} from './deploy.js';
import { synthFor } from './synth.js';
import type { CommandContext, SyncCommandResult } from './sync.js';

export interface FunctionDeps {
  /** The function's code renderer; default h14's `renderFunctionCode` (src/edge/function/render.ts). */
  readonly renderFunctionCode?: RenderFunctionCode;
  /** core.setSecret: every password and the pepper go through it before anything else. */
  readonly setSecret: SetSecret;
  /** ClientRequestToken of a migrated users secret; default a random UUID. */
  readonly requestToken?: () => string;
}

/** The users to write, and the us-east-1 users secret's state when they come from there. */
export interface FunctionUsers {
  readonly credentials: readonly FunctionCredential[];
  /**
   * The automation tokens with their values (issue 23 item 3): the users secret's for the
   * names `automation-tokens` lists; written to the store as digests (`buildTokenEntries`).
   */
  readonly tokens: readonly TokenCredential[];
  /** `login: form`: the users secret's session key id (absent: the default). */
  readonly sessionKeyId?: string;
  /** Set when the users were read from the Lambda runtime's us-east-1 secret (a switch). */
  readonly migrate?: UsersState;
  /** Set when there are no users anywhere yet (a new site with users in AWS): what to do. */
  readonly noUsersYet?: string;
}

export interface FunctionStacksReport {
  readonly edge: StackResult;
  readonly site: StackResult;
  readonly store: StoreWriteResult;
  readonly info: SiteInfo;
  /** Site stack deploys of this run (2 during a switch from lambda). */
  readonly siteDeploys: number;
  readonly switchedFromLambda: boolean;
  /** What the run could not finish and the next deploy will (an edge stack not deleted yet). */
  readonly warnings: readonly string[];
}

/**
 * The users of `edge: function`: `basic-auth-users`, else the site region's users secret
 * `<stack-name>/users`, else (a site switching from lambda) the us-east-1 secret
 * `<stack-name>/basic-auth`, to be copied. Every password must pass the runtime's strength
 * check (src/rotate/password-strength.ts: zxcvbn-ts, generated passwords only in effect),
 * before anything changes.
 */
export async function functionUsers(
  site: Site,
  run: Pick<RunInputs, 'basicAuthUsers'>,
  ctx: Pick<CommandContext, 'clients' | 'now' | 'log'>,
  setSecret: SetSecret,
): Promise<FunctionUsers> {
  const warn = (m: string): void => ctx.log.warn(m);
  if (run.basicAuthUsers.length > 0) {
    if (site.automationTokens.length > 0) {
      throw new Error(
        `\`automation-tokens\` in ${site.file} needs the users in AWS Secrets Manager, where \`rotate\` keeps the ` +
          'token values: leave `basic-auth-users` empty (and run `command: rotate`), or remove `automation-tokens`',
      );
    }
    // The run's configuration has checked their names and the 128-bit rule (src/run/); the
    // estimator, which takes a second to load, only here where the passwords are accepted.
    const credentials = run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
    await checkFunctionPasswordStrength(
      credentials,
      (user, problem) =>
        new InputError(
          'basic-auth-users',
          `user '${user}': the password is too weak for \`edge: function\`: it ${problem}; ${STRENGTH_ADVICE}`,
        ),
    );
    return { credentials, tokens: [] };
  }
  const regional = functionUsersSecretName(site.stackName);
  const stored = await readUsersSecret(
    ctx.clients.secretsManager(site.region),
    regional,
    setSecret,
  );
  if (stored !== undefined && stored.state.users.length > 0) {
    return {
      ...(stored.state.sessionKeyId !== undefined
        ? { sessionKeyId: stored.state.sessionKeyId }
        : {}),
      credentials: await checked(
        credentialsOfSite(credentialsForEdge(stored.state, ctx.now()), site, regional, warn),
        regional,
        site.region,
      ),
      tokens: tokensForEdge(stored.state.tokens ?? [], site.automationTokens, warn),
    };
  }
  const legacy = secretName(site.stackName);
  const old = await readUsersSecret(ctx.clients.secretsManager(), legacy, setSecret);
  if (old !== undefined && old.state.users.length > 0) {
    return {
      credentials: await checked(
        credentialsOfSite(credentialsForEdge(old.state, ctx.now()), site, legacy, warn),
        legacy,
        EDGE_REGION,
      ),
      tokens: tokensForEdge(old.state.tokens ?? [], site.automationTokens, warn),
      migrate: old.state,
    };
  }
  // A new site with its users in AWS: deploy the stacks (the secret comes with the site stack),
  // leave the store without users (everyone gets 401) and say how to add them.
  return {
    credentials: [],
    tokens: [],
    noUsersYet: NO_USERS_YET(site.file, regional, site.region),
  };
}

const NO_USERS_YET = (file: string, secret: string, region: string): string =>
  `\`basic-auth-users\` is empty and the Secrets Manager secret '${secret}' (${region}) holds no users yet, so the ` +
  `site lets nobody in: run \`command: rotate\` (it gives the users of ${file} generated passwords and writes ` +
  'them to the KeyValueStore), or set `basic-auth-users`';

/** The users of a secret, once every password passed the strength check (or the error). */
async function checked(
  credentials: FunctionCredential[],
  secret: string,
  region: string,
): Promise<FunctionCredential[]> {
  await checkFunctionPasswordStrength(
    credentials,
    (user, problem) =>
      new Error(
        `secret '${secret}' (${region}): a password of user '${user}' is too weak for \`edge: function\`: ` +
          `it ${problem}. Give the user a generated one: \`command: rotate\` with \`rotate-users: ${user}\` ` +
          `(${STRENGTH_ADVICE})`,
      ),
  );
  return credentials;
}

/** The site's pepper from `<stack-name>/pepper` (site region), masked before anything else. */
export async function readPepper(
  site: Pick<Site, 'stackName' | 'region'>,
  ctx: Pick<CommandContext, 'clients'>,
  setSecret: SetSecret,
): Promise<string> {
  const name = pepperSecretName(site.stackName);
  let value: string | undefined;
  try {
    value = (
      await ctx.clients
        .secretsManager(site.region)
        .send(new GetSecretValueCommand({ SecretId: name }))
    ).SecretString;
  } catch (e) {
    // The site stack creates it with `edge: function` (cloudformation/site.yaml, PepperSecret).
    throw secretError(e, name, site.region, 'read', 'secretsmanager:GetSecretValue');
  }
  if (value === undefined) throw new Error(`secret '${name}' (${site.region}) holds no string`);
  setSecret(value);
  const problem = pepperProblem(value);
  if (problem !== undefined) {
    throw new Error(`secret '${name}' (${site.region}): the pepper ${problem}`);
  }
  return value;
}

/**
 * The users and automation tokens as the store must hold them, written with ETag-guarded
 * UpdateKeys: a token the list no longer has (removed from the site file, or given a new value)
 * loses its key, which revokes it and its sessions.
 */
export async function writeUsersToStore(
  site: Pick<Site, 'stackName' | 'region' | 'access' | 'previews'>,
  ctx: CommandContext,
  kvsArn: string,
  credentials: readonly FunctionCredential[],
  setSecret: SetSecret,
  tokens: readonly TokenCredential[],
): Promise<StoreWriteResult> {
  const pepper = await readPepper(site, ctx, setSecret);
  const access = site.access.map((rule) => ({ users: rule.users, globs: rule.globs }));
  // No users (a new site with its users in AWS, before the first rotate): no user key at all.
  const entries = [
    ...(credentials.length === 0
      ? []
      : buildStoreEntries({
          scope: site.stackName,
          pepper,
          users: credentials,
          access,
          previewUsers: site.previews?.users,
        })),
    ...buildTokenEntries({ pepper, tokens, access }),
  ];
  const client = ctx.clients.keyValueStore?.();
  if (client === undefined) throw new Error('edge: function needs a KeyValueStore client');
  const result = await writeStore(client, kvsArn, entries, {
    sleep: ctx.sleep,
    log: (line) => ctx.log.info(line),
  });
  const users = (keys: readonly string[]) => keys.map((k) => k.slice(2)).join(', ');
  ctx.log.info(
    result.calls === 0
      ? `KeyValueStore ${kvsArn}: the users are up to date (${entries.length}); nothing written`
      : `KeyValueStore ${kvsArn}: wrote ${result.puts.length} user(s)${result.puts.length > 0 ? ` (${users(result.puts)})` : ''}, ` +
          `removed ${result.deletes.length}${result.deletes.length > 0 ? ` (${users(result.deletes)})` : ''} in ${result.calls} call(s)`,
  );
  return result;
}

/** The store's ARN from the site stack's output. */
export function storeArnOf(site: StackResult): string {
  const arn = site.outputs.UsersStoreArn;
  if (arn === undefined) {
    throw new Error(
      `stack '${site.stackName}' has no output UsersStoreArn: was it deployed with \`edge: function\`?`,
    );
  }
  return arn;
}

/**
 * Deletes a stack (the old edge stack), with the service role. A delete that fails (a
 * Lambda@Edge function whose replicas CloudFront has not removed yet) comes back as a warning.
 */
export async function deleteEdgeStack(
  client: CloudFormationClient,
  stackName: string,
  opts: DeployOptions,
): Promise<string | undefined> {
  const ctx = makeCtx(client, stackName, opts, opts.roleArn);
  const current = await describeStack(ctx, stackName);
  if (current === undefined) return undefined;
  try {
    await deleteStackAndWait(
      ctx,
      current,
      `secure-dist-delete-${Math.floor(opts.now() / 1000)}`,
      opts.roleArn,
    );
    opts.log(`${stackName}: deleted (edge: function needs no Lambda@Edge function)`);
    return undefined;
  } catch (e) {
    if (!(e instanceof DeployError)) throw e;
    return (
      `the old edge stack '${stackName}' (${EDGE_REGION}) could not be deleted yet: ${e.message}\n` +
      'Lambda@Edge removes the replicas of a function only hours after its last CloudFront association ' +
      'is removed, and the function cannot be deleted before; the site already uses the CloudFront ' +
      'Function, and the next deploy deletes this stack again.'
    );
  }
}

/**
 * The 404 page secure-dist publishes (src/sync/not-found-page.ts), into the bucket the site
 * stack already has, when the stack is to map missing keys to it (`NotFoundPage`): so the
 * distribution never points at a page not yet there. A first deploy has no bucket before its
 * stack: the sync puts the page first thing after it, and until then CloudFront answers S3's
 * 404 (cloudformation/site.yaml, CustomErrorResponses, cites the page).
 */
async function putOwnNotFoundPage(
  site: Site,
  ctx: CommandContext,
  bucket: string | undefined,
): Promise<void> {
  const html = ownNotFoundPageOf(site);
  if (html === undefined || bucket === undefined) return;
  const entry = ownNotFoundPageEntry(html, site.cacheControl);
  if (await publishOwnNotFoundPage(ctx.clients.s3(site.region), bucket, entry, false))
    ctx.log.info(`uploaded ${entry.key} before the site stack maps missing keys to it`);
}

/**
 * The stacks of `edge: function` and the users in the store (see the module comment for the
 * order). The users are read and checked before any change; they are written to the store (and,
 * on a switch, copied into the site region's secret) once the site stack has the store.
 */
export async function deployFunctionStacks(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
  deps: FunctionDeps,
): Promise<FunctionStacksReport> {
  const usersInSecret = run.basicAuthUsers.length === 0;
  // Read (and check) the users before any change: a weak password stops the deploy here.
  const users = await functionUsers(site, run, ctx, deps.setSecret);
  const rendered = synthFor(site, run, [], {
    usersInSecretsManager: usersInSecret,
    sessionKeyId: users.sessionKeyId,
    ...(deps.renderFunctionCode !== undefined
      ? { renderFunctionCode: deps.renderFunctionCode }
      : {}),
  });
  // The bootstrap stack's store, before any change: the function reads it, deploy writes it.
  const storeArn = await findUsersStore(ctx.clients.cloudFront(), site.stackName);
  const synth = { ...rendered, site: withUsersStore(rendered.site, storeArn) };
  const common = deployOptions(site, run, ctx);
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedSite = await findStack(siteClient, synth.site.stackName, site.region);
  const deployedEdge = await findStack(edgeClient, synth.edge.stackName, EDGE_REGION);
  const switching =
    deployedSite !== undefined && (deployedSite.parameters.EdgeRuntime ?? 'lambda') === 'lambda';
  const lambdaEdge =
    deployedEdge !== undefined && (deployedEdge.parameters.EdgeRuntime ?? 'lambda') === 'lambda';
  const wantWebAcl = site.rateLimit > 0;
  // Before any site stack change may map missing keys to it: the page secure-dist publishes.
  await putOwnNotFoundPage(site, ctx, deployedSite?.outputs.BucketName);
  const warnings: string[] = users.noUsersYet === undefined ? [] : [users.noUsersYet];
  if (users.noUsersYet !== undefined) ctx.log.warn(users.noUsersYet);

  // The web ACL first, unless the edge stack still runs the Lambda the site uses (then after).
  let edge: StackResult = notDeployed(synth.edge.stackName);
  let webAclArn = deployedEdge?.outputs.WebAclArn;
  if (wantWebAcl && !lambdaEdge) {
    edge = await deployStack(edgeClient, stackInput(synth.edge), common);
    webAclArn = edge.outputs.WebAclArn;
  }
  const siteFor = (acl: string | undefined): RenderedStack =>
    !wantWebAcl
      ? synth.site
      : acl !== undefined
        ? withEdgeWebAcl(synth.site, { WebAclArn: acl })
        : // `rate-limit` turned on while switching: the web ACL comes with the edge update below.
          withParameters(synth.site, { WebAclArn: deployedSite?.parameters.WebAclArn ?? '' });
  const aclForSite = webAclArn;
  let siteDeploys = 0;
  let store: StoreWriteResult | undefined;
  const fillStore = async (kvsArn: string | undefined): Promise<void> => {
    if (kvsArn === undefined) {
      throw new Error(
        `stack '${synth.site.stackName}' has no output UsersStoreArn after its deploy with edge: function`,
      );
    }
    if (users.migrate !== undefined && usersInSecret) {
      const name = functionUsersSecretName(site.stackName);
      await writeUsersSecret(
        ctx.clients.secretsManager(site.region),
        name,
        users.migrate,
        (deps.requestToken ?? randomUUID)(),
      );
      ctx.log.info(
        `copied the users of '${secretName(site.stackName)}' (${EDGE_REGION}) into '${name}' (${site.region}); ` +
          'the us-east-1 secret is kept (delete it by hand once you will not switch back)',
      );
    }
    store = await writeUsersToStore(
      site,
      ctx,
      kvsArn,
      users.credentials,
      deps.setSecret,
      users.tokens,
    );
  };
  const siteInput = (stack: RenderedStack) => stackInput(stack, site.fingerprint);

  let siteStack: StackResult;
  if (switching) {
    ctx.log.info(
      `${synth.site.stackName}: switching from Lambda@Edge to the CloudFront Function: the function and its ` +
        'store first, then the users, then the association',
    );
    const prepared = await deployStack(
      siteClient,
      siteInput(
        withParameters(siteFor(aclForSite), {
          EdgeRuntime: 'lambda',
          PrepareFunction: 'true',
          EdgeFunctionVersionArn: deployedSite.parameters.EdgeFunctionVersionArn ?? '',
        }),
      ),
      common,
    );
    siteDeploys += 1;
    // The store exists and the Lambda@Edge association still serves: fill it first.
    await fillStore(prepared.outputs.UsersStoreArn);
    siteStack = await deployStack(siteClient, siteInput(siteFor(aclForSite)), common);
    siteDeploys += 1;
  } else {
    siteStack = await deployStack(siteClient, siteInput(siteFor(aclForSite)), common);
    siteDeploys += 1;
    await fillStore(siteStack.outputs.UsersStoreArn);
  }

  // The old edge stack, now that the distribution no longer uses its function.
  if (lambdaEdge && wantWebAcl) {
    edge = await deployStack(edgeClient, stackInput(synth.edge), common);
    webAclArn = edge.outputs.WebAclArn;
    if (webAclArn !== aclForSite) {
      siteStack = await deployStack(siteClient, siteInput(siteFor(webAclArn)), common);
      siteDeploys += 1;
    }
  } else if (deployedEdge !== undefined && !wantWebAcl) {
    const warning = await deleteEdgeStack(edgeClient, synth.edge.stackName, common);
    if (warning !== undefined) {
      warnings.push(warning);
      ctx.log.warn(warning);
    } else {
      edge = { ...notDeployed(synth.edge.stackName), stackStatus: 'DELETE_COMPLETE' };
    }
  }
  if (store === undefined) throw new Error('the users were not written to the KeyValueStore');
  return {
    edge,
    site: siteStack,
    store,
    info: siteInfo(siteStack.outputs, undefined),
    siteDeploys,
    switchedFromLambda: switching,
    warnings,
  };
}

function notDeployed(stackName: string): StackResult {
  return {
    stackName,
    status: 'skipped',
    outputs: {},
    changes: [],
    durationMs: 0,
    stackStatus: 'NONE',
  };
}

/** `deploy` with `edge: function`: the stacks and the store, then the content. */
export async function deployFunctionCommand(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
  deps: FunctionDeps,
): Promise<FunctionStacksReport & { readonly content: SyncCommandResult }> {
  const report = await deployFunctionStacks(site, run, ctx, deps);
  return {
    ...report,
    content: await syncDeployedSite(site, run, ctx, report.site, report.info),
  };
}

/** The job summary's lines about the store (names only, never a value). */
export function storeSummaryMarkdown(report: FunctionStacksReport): string {
  const names = (keys: readonly string[]) => keys.map((k) => `\`${k.slice(2)}\``).join(', ');
  const out = ['### Users (CloudFront KeyValueStore)', ''];
  if (report.store.calls === 0) out.push('Up to date: nothing written.');
  else {
    out.push(
      `Written in ${report.store.calls} UpdateKeys call(s): ${report.store.puts.length} user(s) put` +
        (report.store.puts.length > 0 ? ` (${names(report.store.puts)})` : '') +
        `, ${report.store.deletes.length} removed` +
        (report.store.deletes.length > 0 ? ` (${names(report.store.deletes)})` : '') +
        '. CloudFront serves the change at its edge locations shortly after; AWS documents no propagation time.',
    );
  }
  if (report.switchedFromLambda) {
    out.push('', 'The site switched from Lambda@Edge to the CloudFront Function in this run.');
  }
  for (const w of report.warnings) out.push('', `> ${w.replace(/\n/g, ' ')}`);
  out.push('');
  return out.join('\n');
}

/**
 * `plan` with `edge: function`: the change sets of the site stack (and of the edge stack when
 * it keeps the web ACL), the sync as a dry run. Like the Lambda runtime's plan, it reads no
 * password (no users secret, no pepper) and no hash (no ListKeys): the store's changes are
 * listed by the names of the site file's users, and written by deploy only when they changed.
 */
export async function planFunctionCommand(
  site: Site,
  run: RunInputs,
  ctx: CommandContext,
): Promise<PlanReport> {
  const synth = synthFor(site, run, [], {
    standInHashes: true,
    usersInSecretsManager: run.basicAuthUsers.length === 0,
  });
  const common = {
    timeoutSeconds: site.stackTimeoutSeconds,
    sleep: ctx.sleep,
    now: ctx.now,
    log: (line: string) => ctx.log.info(line),
  };
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedEdge = await findStack(edgeClient, synth.edge.stackName, EDGE_REGION);
  const deployedSite = await findStack(siteClient, synth.site.stackName, site.region);
  const config = siteConfigNote(site, deployedSite, ctx);
  const names = site.users.map((n) => `\`${n}\``).join(', ');
  const skipped: string[] = [
    `The users in the KeyValueStore were not compared (plan reads no password and no hash): deploy writes ` +
      `${names === '' ? 'no user' : names} (the users of ${site.file}) and removes any other user, only the keys that changed.`,
  ];
  let edge: StackPlan = { stackName: synth.edge.stackName, status: 'skipped', changes: [] };
  if (site.rateLimit > 0) {
    edge = await planStack(edgeClient, stackInput(synth.edge), common);
  } else if (deployedEdge !== undefined) {
    skipped.push(
      `The edge stack \`${synth.edge.stackName}\` (${EDGE_REGION}) would be deleted after the site stack moves to ` +
        'the CloudFront Function (its Lambda versions and users secret are kept).',
    );
  }
  // The plan role may not look the store up: the deployed site's store, or a stand-in.
  const store = deployedSite?.parameters.UsersStoreArn || PENDING_USERS_STORE_ARN;
  const withStore = withUsersStore(synth.site, store);
  const siteStack = await planStack(
    siteClient,
    stackInput(
      site.rateLimit > 0
        ? withEdgeWebAcl(withStore, { WebAclArn: PENDING_WEB_ACL_ARN, ...deployedEdge?.outputs })
        : withStore,
      site.fingerprint,
    ),
    common,
  );
  return planReport(site, ctx, {
    edge,
    site: siteStack,
    info: siteInfo(deployedSite?.outputs ?? {}, undefined),
    skipped,
    config,
  });
}
