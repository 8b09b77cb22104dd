/**
 * The run inputs: what belongs to one run of the action (action.yml's inputs), read once into a
 * typed, validated object. Everything that describes the site is in secure-dist.yml
 * (src/site/); a site setting passed as an input is refused with the key to set there.
 *
 * Nothing else in the action reads inputs. Every error names the input (and the line, for
 * multi-line inputs) and never shows a password.
 */
import path from 'node:path';
import { parseEndSessions, type EndSessions } from '../rotate/end-sessions.js';
import { parseRotateUsers } from '../rotate/rotate-users.js';
import { parseDuration } from '../site/values.js';
import { SITE_SETTINGS } from '../site/validate.generated.js';
import { InputError, inputValue, type InputSource } from './input-error.js';
import { COMMANDS, DEFAULT_CONFIG, type Command } from './names.js';
import {
  parseAuditPath,
  parseAuditUser,
  parseExpiresIn,
  parseSharePath,
  parseShareKeyRotate,
  type ShareKeyRotate,
} from './operands.js';
import { parseBasicAuthUsers, type BasicAuthUser } from './users.js';

export interface RunInputs {
  readonly command: Command;
  /** `config`: the site file, as the step names it (relative to the workspace). */
  readonly config: string;
  /** Absolute path of the workspace (`GITHUB_WORKSPACE`, else the working directory). */
  readonly workspace: string;
  readonly roleToAssume: string | undefined;
  readonly roleSessionName: string;
  readonly roleDurationSeconds: number;
  readonly audience: string;
  /** `basic-auth-users`: empty = the users live in AWS Secrets Manager. */
  readonly basicAuthUsers: readonly BasicAuthUser[];
  readonly githubToken: string | undefined;
  /** `rotate-users` (rotate): the users to give new passwords; `undefined` = every user. */
  readonly rotateUsers: readonly string[] | undefined;
  readonly rotationGracePeriodSeconds: number;
  /** `end-sessions` (rotate, `login: form`): whose sessions end without a new password. */
  readonly endSessions: EndSessions;
  /** `share-key-rotate` (deploy, rotate): `no`, `rotate` (input `true`) or `revoke`. */
  readonly shareKeyRotate: ShareKeyRotate;
  /** `path` (share): an object key, or a folder prefix ending in `/`; undefined when empty. */
  readonly sharePath: string | undefined;
  /** `expires-in` (share): the link's lifetime in seconds. */
  readonly expiresInSeconds: number;
  /** `since` (audit): how far back to read, in seconds. */
  readonly auditSinceSeconds: number;
  /** `user` (audit): only this user's lines (`share:<key id>` for share links). */
  readonly auditUser: string | undefined;
  /** `path` (audit): only this path, or (ending in `/`) everything under it. */
  readonly auditPath: string | undefined;
  readonly dryRun: boolean;
  /** `output-dir` (synth, audit): absolute. */
  readonly outputDir: string;
  readonly commentOnPr: boolean;
  readonly recreateFailedStack: boolean;
}

export interface RunContext {
  /** Where relative paths start: `GITHUB_WORKSPACE` on a runner, else the working directory. */
  readonly workspace: string;
  /** `GITHUB_RUN_ID`/`GITHUB_RUN_ATTEMPT`, for the default session name. */
  readonly runId?: string | undefined;
  readonly runAttempt?: string | undefined;
}

/**
 * A site setting passed as an input (the runner passes a `with:` key action.yml does not
 * declare as `INPUT_<NAME>` too): one error naming every such key and where it goes now.
 */
export function refuseSiteSettings(get: InputSource, config: string): void {
  const given = SITE_SETTINGS.filter((name) => get(name) !== undefined);
  if (given.length === 0) return;
  throw new Error(
    given.map((name) => movedSettingMessage(name, config)).join('\n') +
      `\n(${config} describes the site for every command; the step's inputs are only what belongs to one run.)`,
  );
}

/** What to do with site setting `name` given as an input of a step that reads `config`. */
export function movedSettingMessage(name: string, config: string): string {
  return `\`${name}\` moved to ${config}: set \`${name}:\` there, not as an input of the step`;
}

export function parseRunInputs(get: InputSource, ctx: RunContext): RunInputs {
  const str = (name: string, fallback: string): string => get(name)?.trim() || fallback;
  const optional = (name: string): string | undefined => get(name)?.trim() || undefined;

  const config = str('config', DEFAULT_CONFIG);
  refuseSiteSettings(get, config);
  const command = parseCommand(str('command', 'deploy'));
  const roleToAssume = optional('role-to-assume');
  if (
    roleToAssume !== undefined &&
    !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)
  ) {
    throw new InputError(
      'role-to-assume',
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${roleToAssume}'`,
    );
  }
  const defaultSession = ctx.runId
    ? `secure-dist-${ctx.runId}-${ctx.runAttempt ?? '1'}`
    : 'secure-dist-local';
  const roleSessionName = str('role-session-name', defaultSession);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError(
      'role-session-name',
      `expected 2 to 64 characters of letters, digits and _+=,.@-, got '${roleSessionName}'`,
    );
  }
  const rotateRaw = str('rotate-users', 'all');
  return {
    command,
    config,
    workspace: path.resolve(ctx.workspace),
    roleToAssume,
    roleSessionName,
    roleDurationSeconds: parseIntegerInRange(
      'role-duration-seconds',
      str('role-duration-seconds', '3600'),
      900,
      43200,
    ),
    audience: str('audience', 'sts.amazonaws.com'),
    // Not trimmed: a password may end in a space.
    basicAuthUsers: parseBasicAuthUsers(get('basic-auth-users') ?? ''),
    githubToken: optional('github-token'),
    rotateUsers: parseRotateUsers(
      rotateRaw === 'all' ? undefined : lines(rotateRaw.replace(/,/g, '\n')),
      config,
    ),
    rotationGracePeriodSeconds: inputValue('rotation-grace-period', () =>
      parseDuration(str('rotation-grace-period', '1h'), { allowZero: true }),
    ),
    endSessions: parseEndSessions(get('end-sessions') ?? ''),
    shareKeyRotate: parseShareKeyRotate(get('share-key-rotate') ?? ''),
    // `path` is read by share and by audit, each with its own rules.
    sharePath: command === 'audit' ? undefined : parseSharePath(command, get('path') ?? ''),
    expiresInSeconds: parseExpiresIn(get('expires-in') ?? ''),
    // Back to the longest retention CloudWatch Logs offers (10 years).
    auditSinceSeconds: inputValue('since', () =>
      parseDuration(str('since', '7d'), { maxSeconds: 3653 * 86400 }),
    ),
    auditUser: parseAuditUser(optional('user')),
    auditPath: command === 'audit' ? parseAuditPath(optional('path')) : undefined,
    dryRun: parseBoolean('dry-run', get('dry-run') ?? '', false),
    outputDir: path.resolve(ctx.workspace, str('output-dir', 'secure-dist.out')),
    commentOnPr: parseBoolean('comment-on-pr', get('comment-on-pr') ?? '', false),
    recreateFailedStack: parseBoolean(
      'recreate-failed-stack',
      get('recreate-failed-stack') ?? '',
      false,
    ),
  };
}

function parseCommand(value: string): Command {
  const found = COMMANDS.find((c) => c === value);
  if (found === undefined) {
    throw new InputError('command', `expected one of ${COMMANDS.join(', ')}, got '${value}'`);
  }
  return found;
}

/** Non-empty lines, trimmed. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, `expected true or false, got '${value}'`);
}

function parseIntegerInRange(input: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw))
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got ${n}`);
  return n;
}
