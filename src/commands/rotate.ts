/**
 * `command: rotate`: new passwords in the Secrets Manager secret `<stack-name>/basic-auth`,
 * deployed to the edge function, with the replaced passwords kept working for
 * `rotation-grace-period`; the secret's users become the site file's `users` (a new name is
 * added with a generated password, a name no longer there is removed). Everything else about
 * the site (access rules, audit, share links) comes from the same site file as every deploy's,
 * so a rotation changes the passwords and nothing else.
 *
 * The order keeps every password the secret holds working at every instant, so a run that
 * fails anywhere leaves a site its users can still enter, and a rerun completes it:
 *
 *   1. read the secret (every password masked at once) and plan the next users;
 *   2. when there are new passwords: deploy the edge function accepting both what the secret
 *      holds now and what it will hold (replaced passwords with their expiry). A failure here
 *      leaves the secret unchanged and the edge stack unchanged or rolled back;
 *   3. check that nobody changed the secret meanwhile, then PutSecretValue (the previous
 *      version stays as AWSPREVIOUS). A failure here leaves an edge function that accepts the
 *      old and the new passwords; a rerun generates fresh ones and completes;
 *   4. when the edge function still accepts passwords the secret no longer holds (removed
 *      users, replaced passwords with no grace period), or step 2 did not run: deploy exactly
 *      the secret's users. A failure here leaves extra passwords working, never fewer; a
 *      deploy whose stacks did not change is skipped by its fingerprint, so this step also
 *      heals an edge function left behind by an earlier failed run.
 *
 * The report names the users and times, never a password: the passwords are read from the
 * secret by whoever may (`aws secretsmanager get-secret-value`).
 *
 * Automation tokens (`automation-tokens`, src/rotate/tokens.ts) ride along in the same secret
 * and the same steps: a new name gets a value (masked through `setSecret` the moment it is
 * generated), a name the file dropped loses its value, `rotate-users: token:<name>` gives a
 * new one. Their values are never printed either: the summary says which changed and prints
 * the same `get-secret-value` command: a run's log and summary are readable by everyone with
 * read access to the repository ("Read access to the repository is required to perform these
 * steps", GitHub Docs, "Viewing workflow run history":
 * https://docs.github.com/actions/monitoring-and-troubleshooting-workflows/viewing-workflow-run-history;
 * for a public repository, everyone), the secret only by whom IAM lets read it.
 */
import { markdownCell } from '../report/escape.js';
import { randomUUID } from 'node:crypto';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EdgeCredential, TokenCredential } from '../edge/config.js';
import type { DeployedStack } from '../aws/stack-outputs.js';
import type { RunInputs } from '../run/inputs.js';
import { configNote, deployedConfig } from '../site/deployed.js';
import type { Site } from '../site/model.js';
import { EDGE_REGION } from '../aws/clients.js';
import {
  readUsersSecret,
  secretName,
  writeUsersSecret,
  type SetSecret,
} from '../aws/users-secret.js';
import { generatePassword } from '../rotate/password.js';
import {
  credentialsDuringRotation,
  credentialsForEdge,
  introducesPasswords,
  sameCredentials,
} from '../rotate/edge-credentials.js';
import { planRotation } from '../rotate/plan.js';
import { credentialsOfSite, rotationRequestFor } from '../rotate/site-users.js';
import {
  DEFAULT_SESSION_KEY_ID,
  sameUsersState,
  type UsersState,
} from '../rotate/secret-format.js';
import {
  generateToken,
  introducesTokens,
  planTokens,
  sameTokens,
  splitTokenSelection,
  tokensDuringRotation,
  tokensForEdge,
} from '../rotate/tokens.js';
import type { CommandContext } from './sync.js';

export type RotateContext = Pick<CommandContext, 'log' | 'now'>;

/** What a deploy of the edge and site stacks tells the rotation (e.g. a deploy's `SiteInfo`). */
export interface RotationDeployResult {
  readonly edgeVersionArn?: string | undefined;
  readonly url?: string | undefined;
}

export interface RotateDeps {
  /** A Secrets Manager client for us-east-1, where the edge stack and its secret live. */
  readonly secrets: SecretsManagerClient;
  /** core.setSecret: called with every password before anything else happens with it. */
  readonly setSecret: SetSecret;
  /**
   * Deploys the edge and site stacks with exactly these credentials and tokens (and, with
   * `login: form`, this session key id) baked in.
   */
  readonly deploy: (edge: EdgeSecrets) => Promise<RotationDeployResult>;
  /** Default: `generatePassword` (144 random bits). */
  readonly generatePassword?: () => string;
  /** Default: `generateToken` (256 random bits). */
  readonly generateToken?: () => string;
  /** The secret version's ClientRequestToken. Default: a random UUID, one per run. */
  readonly requestToken?: () => string;
  /**
   * `edge: function`: the users secret is the site stack's `<stack-name>/users` in `region`
   * (`secrets` is a client there), and `deploy` writes the KeyValueStore instead of deploying
   * stacks (src/commands/rotate-function.ts). Default: `<stack-name>/basic-auth`, us-east-1.
   */
  readonly secret?: { readonly name: string; readonly region: string };
  /**
   * The site stack as deployed (its tags say which site file it was deployed with), read before
   * anything changes; absent: not compared.
   */
  readonly deployedSite?: () => Promise<Pick<DeployedStack, 'tags'> | undefined>;
}

export interface RotateReport {
  readonly secretName: string;
  readonly region: string;
  readonly secretArn: string | undefined;
  /** The version written, or undefined when the users did not change. */
  readonly versionId: string | undefined;
  readonly rotated: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Users whose sessions ended without a new password (`end-sessions`). */
  readonly sessionsEnded: readonly string[];
  /** `end-sessions: all`: every session ended (a new session key id). */
  readonly allSessionsEnded: boolean;
  /** Automation tokens given a value for the first time, a new value, or dropped (absent: none). */
  readonly tokensAdded?: readonly string[];
  readonly tokensRegenerated?: readonly string[];
  readonly tokensRemoved?: readonly string[];
  /** The users the site lets in now. */
  readonly users: readonly string[];
  /** When the new passwords were made (ISO 8601). */
  readonly rotatedAt: string;
  /** When the replaced passwords stop working (ISO 8601); undefined when none were replaced. */
  readonly oldPasswordsStopWorkingAt: string | undefined;
  /** Deploys of the stacks this run made (0 to 2). */
  readonly deploys: number;
  readonly edgeVersionArn: string | undefined;
  readonly url: string | undefined;
  /** Set when the site file differs from the one the site stack was deployed with (or unknown). */
  readonly config?: string;
}

export async function rotateCommand(
  site: Site,
  run: Pick<
    RunInputs,
    'basicAuthUsers' | 'rotateUsers' | 'rotationGracePeriodSeconds' | 'endSessions'
  >,
  ctx: RotateContext,
  deps: RotateDeps,
): Promise<RotateReport> {
  const name = deps.secret?.name ?? secretName(site.stackName);
  const secretRegion = deps.secret?.region ?? EDGE_REGION;
  if (run.basicAuthUsers.length > 0) {
    throw new Error(
      '`command: rotate` changes the users stored in AWS Secrets Manager, but `basic-auth-users` is set, ' +
        'so the passwords come from it: change that GitHub secret and run `deploy`, or leave `basic-auth-users` ' +
        `empty to keep the users in the secret '${name}' (${secretRegion}) and rotate them with this command`,
    );
  }
  const { log } = ctx;
  const config =
    deps.deployedSite === undefined
      ? undefined
      : configNote(
          site,
          deployedConfig(site, await deps.deployedSite()),
          'this rotation deploys the site as this file describes it',
        );
  if (config !== undefined) log.warn(config);

  // 1. Read and plan: the secret's users become the file's, `rotate-users` get new passwords.
  const before = await readUsersSecret(deps.secrets, name, deps.setSecret);
  const now = ctx.now();
  const generate = deps.generatePassword ?? generatePassword;
  const selection = splitTokenSelection(run.rotateUsers);
  const request = rotationRequestFor(before?.state, site.users, selection.users, now);
  const userPlan = planRotation(before?.state, {
    rotateUsers: request.rotateUsers,
    removeUsers: request.removeUsers,
    graceSeconds: run.rotationGracePeriodSeconds,
    endSessions: run.endSessions,
    now,
    generate: () => {
      const password = generate();
      deps.setSecret(password);
      return password;
    },
  });
  const tokenPlan = planTokens(
    before?.state.tokens ?? [],
    site.automationTokens.map((t) => t.name),
    selection.tokens,
    now,
    () => {
      const token = (deps.generateToken ?? generateToken)();
      deps.setSecret(token);
      return token;
    },
  );
  const plan = { ...userPlan, next: withTokens(userPlan.next, tokenPlan.tokens) };
  log.info(
    `secret '${name}' (${secretRegion}): ${before === undefined ? 'not created yet' : `${before.state.users.length} user(s)`}; ` +
      describeChanges(plan) +
      describeTokens(tokenPlan),
  );

  const during = credentialsDuringRotation(before?.state, plan.next, now);
  const after = credentialsForEdge(plan.next, now);
  // The key id the edge has now, and the one it gets once the secret holds it (step 4): so a
  // run that fails before the secret is written ends no session by the key id.
  const keyIdBefore = before?.state.sessionKeyId ?? DEFAULT_SESSION_KEY_ID;
  const keyIdAfter = plan.next.sessionKeyId ?? DEFAULT_SESSION_KEY_ID;
  const ignore = (): void => undefined;
  const tokensBefore = tokensForEdge(before?.state.tokens ?? [], site.automationTokens, ignore);
  const tokensAfter = tokensForEdge(tokenPlan.tokens, site.automationTokens, ignore);
  const tokensDuring = tokensDuringRotation(tokensBefore, tokensAfter);
  let deployed: EdgeCredential[] | undefined;
  let deployedTokens: TokenCredential[] = [];
  let deploys = 0;
  let deployedSite: RotationDeployResult = {};

  // 2. The edge function learns the new passwords before the secret holds them.
  if (
    introducesPasswords(before?.state, plan.next, now) ||
    introducesTokens(tokensBefore, tokensAfter)
  ) {
    log.info(
      'deploying the edge function with the new passwords; every current password keeps working',
    );
    try {
      deployedSite = await deps.deploy({
        users: during,
        tokens: tokensDuring,
        sessionKeyId: keyIdBefore,
      });
    } catch (e) {
      throw new Error(
        `rotation not applied: deploying the new passwords failed, so the secret '${name}' was left unchanged ` +
          `and every password in it still works. ${messageOf(e)}`,
        { cause: e },
      );
    }
    deployed = during;
    deployedTokens = tokensDuring;
    deploys += 1;
  }

  // 3. The secret, once the edge function accepts what it is about to hold.
  let written: { arn: string | undefined; versionId: string | undefined } | undefined;
  if (!sameUsersState(before?.state, plan.next)) {
    const pending =
      deployed === undefined
        ? 'nothing was changed'
        : 'the edge function accepts both the old and the new passwords, but the secret still holds the old ones';
    try {
      const current = await readUsersSecret(deps.secrets, name, deps.setSecret);
      if (!sameUsersState(before?.state, current?.state)) {
        throw new Error(
          'the secret changed while this run was rotating (another run, or an edit by hand); ' +
            'run rotations one at a time (a workflow `concurrency` group)',
        );
      }
      written = await writeUsersSecret(
        deps.secrets,
        name,
        plan.next,
        (deps.requestToken ?? randomUUID)(),
      );
    } catch (e) {
      throw new Error(
        `rotation not completed: storing the new users in the secret '${name}' failed; ${pending}. ` +
          `Run \`rotate\` again to complete it (it generates new passwords). ${messageOf(e)}`,
        { cause: e },
      );
    }
    log.info(
      `stored version ${written.versionId ?? '(unknown)'} of secret '${name}' (the previous one is AWSPREVIOUS)`,
    );
  }

  // 4. The edge function accepts exactly what the secret holds.
  if (
    deployed === undefined ||
    !sameCredentials(deployed, after) ||
    !sameTokens(deployedTokens, tokensAfter) ||
    keyIdAfter !== keyIdBefore
  ) {
    log.info(
      deployed === undefined
        ? "deploying the edge function with the secret's users"
        : keyIdAfter !== keyIdBefore
          ? 'deploying the edge function with the new session key id'
          : 'deploying the edge function without the removed and replaced passwords',
    );
    try {
      deployedSite = await deps.deploy({
        users: after,
        tokens: tokensAfter,
        sessionKeyId: keyIdAfter,
      });
    } catch (e) {
      throw new Error(
        written === undefined
          ? `deploying the users of the secret '${name}' failed; every password it holds still works. ${messageOf(e)}`
          : `rotation stored but not fully deployed: the secret '${name}' holds the new users and all of them work, ` +
              'but the edge function still accepts passwords that were removed or replaced. ' +
              `Run \`deploy\` (or \`rotate\` again) to finish. ${messageOf(e)}`,
        { cause: e },
      );
    }
    deploys += 1;
  }

  const finished = ctx.now();
  const replaced = plan.rotated.length > 0;
  return {
    secretName: name,
    region: secretRegion,
    secretArn: written?.arn ?? before?.arn,
    versionId: written?.versionId,
    rotated: plan.rotated,
    added: plan.added,
    removed: plan.removed,
    sessionsEnded: plan.sessionsEnded,
    allSessionsEnded: plan.allSessionsEnded,
    tokensAdded: tokenPlan.added,
    tokensRegenerated: tokenPlan.regenerated,
    tokensRemoved: tokenPlan.removed,
    users: plan.next.users.map((u) => u.user),
    rotatedAt: new Date(now).toISOString(),
    oldPasswordsStopWorkingAt: !replaced
      ? undefined
      : new Date(plan.expiresAt === undefined ? finished : plan.expiresAt * 1000).toISOString(),
    deploys,
    edgeVersionArn: deployedSite.edgeVersionArn,
    url: deployedSite.url,
    ...(config === undefined ? {} : { config }),
  };
}

/**
 * What the edge function lets in: the credentials, the automation tokens with their values, and
 * the session key id (`login: form`).
 */
export interface EdgeSecrets {
  readonly users: EdgeCredential[];
  readonly tokens: TokenCredential[];
  /** The session key id to bake in (`DEFAULT_SESSION_KEY_ID` when the secret has none). */
  readonly sessionKeyId: string;
}

/**
 * The credentials to bake into the edge function when `basic-auth-users` is empty: the
 * secret's current passwords and the replaced ones still in their grace period (expired ones
 * are dropped), with the users' credential versions, and the secret's session key id
 * (`DEFAULT_SESSION_KEY_ID` for a secret written before issue 23). Every password is masked
 * through `setSecret` as it is read.
 */
export async function usersFromSecret(
  site: Pick<Site, 'stackName' | 'users' | 'file'> & Partial<Pick<Site, 'automationTokens'>>,
  ctx: Pick<CommandContext, 'now' | 'log'>,
  deps: { readonly secrets: SecretsManagerClient; readonly setSecret: SetSecret },
): Promise<EdgeSecrets> {
  const name = secretName(site.stackName);
  const stored = await readUsersSecret(deps.secrets, name, deps.setSecret);
  const howToAdd =
    `run the action with \`command: rotate\` (it gives the users of ${site.file} new passwords ` +
    'and deploys), or set `basic-auth-users` from a GitHub secret';
  if (stored === undefined) {
    throw new Error(
      `\`basic-auth-users\` is empty, so the users come from the Secrets Manager secret '${name}' (${EDGE_REGION}), ` +
        `which does not exist yet: ${howToAdd}`,
    );
  }
  if (stored.state.users.length === 0) {
    throw new Error(
      `the Secrets Manager secret '${name}' (${EDGE_REGION}) holds no users: ${howToAdd}`,
    );
  }
  const warn = (m: string): void => ctx.log.warn(m);
  return {
    users: credentialsOfSite(credentialsForEdge(stored.state, ctx.now()), site, name, warn),
    tokens: tokensForEdge(stored.state.tokens ?? [], site.automationTokens ?? [], warn),
    sessionKeyId: stored.state.sessionKeyId ?? DEFAULT_SESSION_KEY_ID,
  };
}

/**
 * The users and automation tokens to deploy: `basic-auth-users` when set (then the site may
 * have no tokens: their values live only in the users secret), else those of the secret.
 * With `basic-auth-users` there is nowhere to keep a key id or versions: the key id is
 * `DEFAULT_SESSION_KEY_ID` for good, and the edge derives each user's version from their
 * password hashes, so changing a user's password there (and deploying) ends that user's
 * sessions, and removing the user ends them too; nothing ends every session at once short of
 * a new session secret (docs/design-sessions.md (a)).
 */
export async function edgeSecrets(
  site: Pick<Site, 'stackName' | 'users' | 'file'> & Partial<Pick<Site, 'automationTokens'>>,
  run: Pick<RunInputs, 'basicAuthUsers'>,
  ctx: Pick<CommandContext, 'now' | 'log'>,
  deps: { readonly secrets: SecretsManagerClient; readonly setSecret: SetSecret },
): Promise<EdgeSecrets> {
  if (run.basicAuthUsers.length > 0) {
    if ((site.automationTokens ?? []).length > 0) {
      throw new Error(
        `\`automation-tokens\` in ${site.file} needs the users in AWS Secrets Manager, where \`rotate\` keeps the ` +
          'token values: leave `basic-auth-users` empty (and run `command: rotate`), or remove `automation-tokens`',
      );
    }
    return {
      users: run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password })),
      tokens: [],
      sessionKeyId: DEFAULT_SESSION_KEY_ID,
    };
  }
  return usersFromSecret(site, ctx, deps);
}

/** The job summary of a rotation: who changed and until when old passwords work; no password. */
export function rotateSummaryMarkdown(report: RotateReport): string {
  const until = report.oldPasswordsStopWorkingAt ?? '—';
  const token = (n: string): string => markdownCell(`token:${n}`);
  const rows = [
    ...report.rotated.map((u) => `| ${markdownCell(u)} | new password | ${until} |`),
    ...report.added.map((u) => `| ${markdownCell(u)} | added | — |`),
    ...report.removed.map((u) => `| ${markdownCell(u)} | removed (at once) | — |`),
    ...report.sessionsEnded.map((u) => `| ${markdownCell(u)} | sessions ended | — |`),
    ...(report.tokensAdded ?? []).map((n) => `| ${token(n)} | new token | — |`),
    ...(report.tokensRegenerated ?? []).map(
      (n) => `| ${token(n)} | new value (old one revoked) | — |`,
    ),
    ...(report.tokensRemoved ?? []).map((n) => `| ${token(n)} | removed (revoked) | — |`),
  ];
  const newTokens = (report.tokensAdded?.length ?? 0) + (report.tokensRegenerated?.length ?? 0);
  const out = ['### Rotation', ''];
  if (report.config !== undefined) out.push(`**Site file:** ${report.config}`, '');
  if (rows.length > 0) {
    out.push('| user | change | old password works until |', '|---|---|---|', ...rows, '');
  } else {
    out.push('No user changed.', '');
  }
  out.push(`Users now (${report.users.length}): ${report.users.map(markdownCell).join(', ')}`, '');
  if (report.allSessionsEnded) out.push('Every sign-in session ended (a new session key id).', '');
  if (report.rotated.length + report.added.length + newTokens > 0) {
    out.push(
      `The new ${newTokens > 0 ? 'passwords and token values (under `tokens`)' : 'passwords'} are in the Secrets Manager secret \`${report.secretName}\` (${report.region})` +
        (report.versionId === undefined ? '' : `, version \`${report.versionId}\``) +
        '; whoever may read it gets them with',
      '',
      '```sh',
      `aws secretsmanager get-secret-value --region ${report.region} --secret-id ${report.secretName} --query SecretString --output text`,
      '```',
      '',
    );
  }
  if (report.url !== undefined) out.push(`**Site:** ${report.url}`, '');
  return out.join('\n');
}

function describeChanges(plan: {
  rotated: readonly string[];
  added: readonly string[];
  removed: readonly string[];
  sessionsEnded: readonly string[];
  allSessionsEnded: boolean;
}): string {
  const parts = [
    plan.rotated.length > 0 ? `new passwords for ${plan.rotated.join(', ')}` : '',
    plan.added.length > 0 ? `adding ${plan.added.join(', ')}` : '',
    plan.removed.length > 0 ? `removing ${plan.removed.join(', ')}` : '',
    plan.sessionsEnded.length > 0 ? `ending the sessions of ${plan.sessionsEnded.join(', ')}` : '',
    plan.allSessionsEnded ? 'ending every session' : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join('; ') : 'no user changes';
}

function describeTokens(plan: {
  added: readonly string[];
  regenerated: readonly string[];
  removed: readonly string[];
}): string {
  const parts = [
    plan.added.length > 0 ? `new token(s) ${plan.added.join(', ')}` : '',
    plan.regenerated.length > 0 ? `new value for token(s) ${plan.regenerated.join(', ')}` : '',
    plan.removed.length > 0 ? `removing token(s) ${plan.removed.join(', ')}` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}

/**
 * The state with these tokens (none: no `tokens` key, as secrets written before them). Every
 * other field is copied as it is, so a field added to the state later survives (a copy field by
 * field once dropped `sessionKeyId`).
 */
export function withTokens(state: UsersState, tokens: UsersState['tokens']): UsersState {
  const { tokens: _replaced, ...rest } = state;
  return tokens !== undefined && tokens.length > 0 ? { ...rest, tokens } : rest;
}

/** The message of anything thrown (a property check: errors from another realm fail instanceof). */
function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
    return e.message;
  }
  return String(e);
}
