/**
 * Is a command the documentation shows well-formed? `commandProblems` answers for one command
 * (from ./shell.ts): every program has a rule, and a rule says which subcommands and flags exist.
 *
 * - `aws`: an API operation is checked against the AWS SDK's own model of it (the operation
 *   exists, every flag is a member of its input, as the AWS CLI names them: `StackName` is
 *   `--stack-name`); the AWS CLI's own commands (`cloudformation deploy`, `s3 rm`, …) and
 *   services whose SDK client this project does not install are in a small table.
 * - `gh`, `git`, `npm`, `npx`, `node`, `cp`, `sudo apt-get`: small tables, and files or
 *   scripts of this repository that the command names must exist.
 */
import * as cloudformation from '@aws-sdk/client-cloudformation';
import * as cloudfront from '@aws-sdk/client-cloudfront';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import * as s3 from '@aws-sdk/client-s3';
import * as secretsmanager from '@aws-sdk/client-secrets-manager';
import * as sts from '@aws-sdk/client-sts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PREREQUISITE_PACKAGES } from './prerequisites.js';
import { REPO_ROOT } from './s3-server.js';
import { parameterOverrides } from './bootstrap-trust.js';
import type { ShellCommand } from './shell.js';

/**
 * The verbs of the CLI (`npx github:org/secure-dist-action[#ref] <verb>`) and their options, as
 * its help lists them (src/cli/usage.ts; docs.test.ts compares this table with the CLI's own
 * `--help`, so it cannot drift).
 */
export const CLI_VERBS: Readonly<Record<string, readonly string[]>> = {
  init: [
    '--stack-name',
    '--region',
    '--content-dir',
    '--edge',
    '--users',
    '--branch',
    '--repository',
    '--force',
    '-h',
    '--help',
  ],
  preview: [
    '--config',
    '--port',
    '--watch',
    '--no-watch',
    '--exit-after',
    '--share-path',
    '--share-expires-in',
    '--audit-file',
    '-h',
    '--help',
  ],
  check: ['--config', '--workflows', '--bootstrap', '-h', '--help'],
  'bootstrap-template': ['-h', '--help'],
};
export const CLI_PACKAGE = 'github:org/secure-dist-action';

/** An SDK module: its exports, among them `<Operation>$`, the operation's schema. */
type SdkModule = Readonly<Record<string, unknown>>;

/** AWS CLI service name ⇒ the SDK client of the same API. */
const SDK: Readonly<Record<string, SdkModule>> = {
  cloudformation,
  cloudfront,
  logs,
  s3api: s3,
  secretsmanager,
  sts,
};

/**
 * Commands of the AWS CLI that are not one API operation, or whose service's SDK client this
 * project does not install, with their flags. Sources: the AWS CLI Command Reference,
 * https://docs.aws.amazon.com/cli/latest/reference/cloudformation/deploy (synopsis),
 * …/reference/s3/rm, …/reference/s3/rb, …/reference/lambda/delete-function.
 */
const AWS_CLI_COMMANDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  cloudformation: {
    deploy: [
      '--template-file',
      '--stack-name',
      '--s3-bucket',
      '--force-upload',
      '--s3-prefix',
      '--kms-key-id',
      '--parameter-overrides',
      '--capabilities',
      '--no-execute-changeset',
      '--disable-rollback',
      '--no-disable-rollback',
      '--role-arn',
      '--notification-arns',
      '--fail-on-empty-changeset',
      '--no-fail-on-empty-changeset',
      '--tags',
    ],
  },
  s3: {
    rm: ['--recursive', '--dryrun', '--quiet', '--include', '--exclude', '--only-show-errors'],
    rb: ['--force'],
  },
  lambda: { 'delete-function': ['--function-name', '--qualifier'] },
};

/** The AWS CLI's global options (Command Reference, "Global Options"). */
const AWS_GLOBAL = ['--region', '--output', '--query', '--profile', '--endpoint-url', '--debug'];

/**
 * `gh` subcommands and their flags, long and short. Sources: the GitHub CLI manual,
 * https://cli.github.com/manual/gh_api, gh_variable_set, gh_secret_set, gh_workflow_run (`-R, --repo` is
 * inherited from the parent command).
 */
const GH: Readonly<Record<string, readonly string[]>> = {
  api: [
    '-X',
    '--method',
    '-F',
    '--field',
    '-f',
    '--raw-field',
    '-H',
    '--header',
    '-q',
    '--jq',
    '--input',
    '--paginate',
    '--silent',
  ],
  'variable set': ['-R', '--repo', '-b', '--body', '-e', '--env', '-o', '--org', '-f'],
  'workflow run': ['-R', '--repo', '-r', '--ref', '-f', '--raw-field', '-F', '--field', '--json'],
  'secret set': ['-R', '--repo', '-b', '--body', '-e', '--env', '-o', '--org', '-f', '--env-file'],
};

/** `git` subcommands the documentation uses (the flags are git's, not checked). */
const GIT = ['add', 'commit', 'push', 'tag', 'ls-remote', 'log', 'status', 'check-attr', 'clone'];

/** npm's own commands the documentation uses; `npm run X` must name a script. */
const NPM = ['ci', 'test', 'start', 'run', 'version'];

const packageJson: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** package.json's scripts. */
export const NPM_SCRIPTS: readonly string[] = Object.keys(
  isRecord(packageJson) && isRecord(packageJson.scripts) ? packageJson.scripts : {},
);

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());
/** `StackName` ⇒ `stack-name`, `RoleARN` ⇒ `role-arn`, as the AWS CLI names members. */
const kebab = (member: string): string =>
  member
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** The flags of an argument list (`--x`, `-x`; `--x=v` as `--x`). */
function flagsOf(args: readonly string[]): string[] {
  return args.filter((a) => /^--?[A-Za-z]/.test(a)).map((a) => a.replace(/=.*$/s, ''));
}

/**
 * The members of an API operation's input, from the SDK's schema of it: the export
 * `<Operation>$` is `[9, namespace, name, traits, () => input, () => output]` and an input
 * structure `[3, namespace, name, traits, memberNames, memberSchemas]`. Undefined when the
 * SDK has no such operation.
 */
function operationMembers(sdk: SdkModule, operation: string): string[] | undefined {
  const op = sdk[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) return undefined;
  const inputSchema: unknown = op[4];
  if (typeof inputSchema !== 'function') return undefined;
  const input: unknown = inputSchema();
  if (!Array.isArray(input) || !Array.isArray(input[4])) return undefined;
  return input[4].filter((m): m is string => typeof m === 'string');
}

function awsProblems(args: readonly string[]): string[] {
  const [service = '', command = '', ...rest] = args;
  const flags = flagsOf(rest);
  const table = AWS_CLI_COMMANDS[service]?.[command];
  let allowed: string[];
  if (table !== undefined) {
    allowed = [...table];
  } else {
    const sdk = SDK[service];
    if (sdk === undefined) return [`aws ${service}: no rule for this service`];
    const members = operationMembers(sdk, pascal(command));
    if (members === undefined) return [`aws ${service} ${command}: no such operation`];
    allowed = members.flatMap((m) => [`--${kebab(m)}`, `--no-${kebab(m)}`]);
  }
  const unknown = flags.filter((f) => !allowed.includes(f) && !AWS_GLOBAL.includes(f));
  return unknown.map((f) => `aws ${service} ${command}: unknown option ${f}`);
}

function ghProblems(args: readonly string[]): string[] {
  const two = args.slice(0, 2).join(' ');
  const sub = GH[two] !== undefined ? two : (args[0] ?? '');
  const allowed = GH[sub];
  if (allowed === undefined) return [`gh ${sub}: no rule for this subcommand`];
  const rest = args.slice(sub.split(' ').length);
  const problems = flagsOf(rest)
    .filter((f) => !allowed.includes(f))
    .map((f) => `gh ${sub}: unknown option ${f}`);
  if (sub === 'workflow run') {
    // A workflow file name (or an ID, or a workflow's name: the documentation uses file names).
    if (!/^[\w.-]+\.ya?ml$/.test(rest[0] ?? '')) {
      problems.push(`gh ${sub}: the first argument is a workflow file, got '${rest[0] ?? ''}'`);
    }
  } else if (sub !== 'api' && !/^[A-Z][A-Z0-9_]*$/.test(rest[0] ?? '')) {
    problems.push(`gh ${sub}: the first argument is a NAME, got '${rest[0] ?? ''}'`);
  }
  return problems;
}

function npxProblems(args: readonly string[]): string[] {
  const [pkg = '', ...rest] = args;
  // `github:org/secure-dist-action#v1`: the same package at a tag or branch.
  if (pkg === CLI_PACKAGE || pkg.startsWith(`${CLI_PACKAGE}#`)) {
    const [verb = '', ...options] = rest;
    const flags = CLI_VERBS[verb];
    if (flags === undefined) return [`${CLI_PACKAGE}: no verb '${verb}'`];
    return flagsOf(options)
      .filter((f) => !flags.includes(f))
      .map((f) => `${CLI_PACKAGE} ${verb}: no option ${f}`);
  }
  if (pkg === '@github/local-action') {
    // npx @github/local-action <path to the action> <entry point> <.env file>
    const [action = '', entry = ''] = rest;
    return [action, entry]
      .filter((f) => !existsSync(path.join(REPO_ROOT, f)))
      .map((f) => `@github/local-action: no ${f} in this repository`);
  }
  return [`npx ${pkg}: no rule for this package`];
}

/** Problems of one command; empty when it is well-formed. */
export function commandProblems(command: ShellCommand): string[] {
  const [program = '', ...args] = command.argv;
  switch (program) {
    case 'aws':
      return awsProblems(args);
    case 'gh':
      return ghProblems(args);
    case 'git':
      return GIT.includes(args[0] ?? '') ? [] : [`git ${args[0] ?? ''}: no rule`];
    case 'npm': {
      const [sub = ''] = args;
      if (!NPM.includes(sub)) return [`npm ${sub}: no rule`];
      if (sub === 'run' && !NPM_SCRIPTS.includes(args[1] ?? '')) {
        return [`npm run ${args[1] ?? ''}: package.json has no such script`];
      }
      return [];
    }
    case 'npx':
      return npxProblems(args);
    case 'node': {
      const script = args.find((a) => !a.startsWith('-'));
      if (script === undefined) return ['node: no script'];
      return existsSync(path.join(REPO_ROOT, script)) ? [] : [`node: no ${script}`];
    }
    case 'cp':
      return existsSync(path.join(REPO_ROOT, args[0] ?? ''))
        ? []
        : [`cp: no ${args[0] ?? ''} in this repository`];
    case 'sudo': {
      const [tool = '', verb = '', ...packages] = args;
      if (tool !== 'apt-get' || verb !== 'install') return [`sudo ${tool} ${verb}: no rule`];
      // The packages are the test prerequisites (helpers/prerequisites.ts), no more, no less.
      return [...packages].sort().join(' ') === [...PREREQUISITE_PACKAGES].sort().join(' ')
        ? []
        : [
            `apt-get install ${packages.join(' ')}: the prerequisites are ${PREREQUISITE_PACKAGES.join(' ')}`,
          ];
    }
    default:
      return [`${program}: no rule for this program`];
  }
}

/** The programs `commandProblems` has rules for (a code span starting with one is a command). */
export const PROGRAMS = ['aws', 'gh', 'git', 'npm', 'npx', 'node', 'cp', 'sudo'];

/**
 * Is this `aws cloudformation deploy` of the bootstrap template: cloudformation/bootstrap.yaml of
 * a clone, or the file `npx github:org/secure-dist-action bootstrap-template` wrote
 * (`…/secure-dist-bootstrap.yaml`, as `init` prints it)?
 */
export function isBootstrapDeploy(command: ShellCommand): boolean {
  const a = command.argv;
  const file = a[a.indexOf('--template-file') + 1];
  return (
    a[0] === 'aws' &&
    a[1] === 'cloudformation' &&
    a[2] === 'deploy' &&
    a.includes('--template-file') &&
    file !== undefined &&
    /(^|\/)(cloudformation\/|secure-dist-)bootstrap\.yaml$/.test(file)
  );
}

/** What a `$(…)` in a parameter value stands for here: GitHub's numeric ids are all it gives. */
export const SUBSTITUTED_ID = '123456';

/**
 * A deploy command's `--parameter-overrides`, exactly as written (`Branch=` is `''`); a `$(…)`
 * in a value is `SUBSTITUTED_ID`.
 */
export function bootstrapParameters(command: ShellCommand | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameterOverrides(command?.argv ?? [])).map(([k, v]) => [
      k,
      v.replace(/\$\([\s\S]*\)/g, SUBSTITUTED_ID),
    ]),
  );
}
