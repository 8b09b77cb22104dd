/**
 * The CLI (`npx github:org/secure-dist-action <command>`, bin `secure-dist`): reads the
 * command and its options (Node's own `util.parseArgs`, strict: an unknown option is an error
 * naming it), runs the command, and returns the exit status: 0 done, 1 failed, 2 usage error.
 * The one place that turns a thrown value into a message.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EMBEDDED_TEMPLATES } from '../synth/templates.generated.js';
import { parseSharePath } from '../run/operands.js';
import { parseDuration } from '../site/values.js';
import { runPreview, type PreviewContext } from '../sandbox/cli.js';
import { checkCommand } from './check/index.js';
import { bootstrapReader } from './check/bootstrap-reader.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, messageOf } from './errors.js';
import { initCommand } from './init/index.js';
import {
  BOOTSTRAP_TEMPLATE_USAGE,
  CHECK_USAGE,
  INIT_USAGE,
  PREVIEW_USAGE,
  USAGE,
} from './usage.js';
import { DEFAULT_CONFIG } from '../run/names.js';
import { CLI_COMMAND } from './action.js';

/** What a command runs with: the preview's context (cwd, env, io, …) and whether stdout is a terminal. */
export interface CliContext extends PreviewContext {
  /** Whether stdout is a terminal (preview watches by default then). */
  readonly isTTY: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Command {
  readonly usage: string;
  readonly options: Options;
  run(values: Values, ctx: CliContext): Promise<number>;
}

const HELP: Options = { help: { type: 'boolean', short: 'h' } };

const str = (values: Values, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

/** A whole number from 0 to 65535, naming where it came from. */
function port(raw: string, from: string): number {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new UsageError(`${from}: expected a port number from 0 to 65535, got '${raw}'`);
  }
  return Number(raw);
}

/** Runs a value parser of the action, naming the option in its error. */
function option<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError(`${name}: ${messageOf(e).replace(/^`[\w-]+`: /, '')}`);
  }
}

const COMMANDS: Readonly<Record<string, Command>> = {
  init: {
    usage: INIT_USAGE,
    options: {
      'stack-name': { type: 'string' },
      region: { type: 'string' },
      'content-dir': { type: 'string' },
      edge: { type: 'string' },
      users: { type: 'string' },
      branch: { type: 'string' },
      repository: { type: 'string' },
      force: { type: 'boolean' },
    },
    async run(values, ctx) {
      const lines = await initCommand(ctx.cwd, {
        stackName: str(values, 'stack-name'),
        region: str(values, 'region'),
        contentDir: str(values, 'content-dir'),
        edge: str(values, 'edge'),
        users: str(values, 'users'),
        branch: str(values, 'branch'),
        repository: str(values, 'repository'),
        force: values.force === true,
      });
      for (const line of lines) ctx.io.out(line);
      return EXIT_OK;
    },
  },
  preview: {
    usage: PREVIEW_USAGE,
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      watch: { type: 'boolean' },
      'exit-after': { type: 'string' },
      'share-path': { type: 'string' },
      'share-expires-in': { type: 'string' },
      'audit-file': { type: 'string' },
    },
    run(values, ctx) {
      const portOption = str(values, 'port');
      const exitAfter = str(values, 'exit-after');
      const seconds = exitAfter === undefined ? undefined : Number(exitAfter);
      if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) {
        throw new UsageError(
          `--exit-after: expected a number of seconds, got '${exitAfter ?? ''}'`,
        );
      }
      const sharePath = str(values, 'share-path');
      const watch = values.watch;
      return runPreview(
        {
          config: str(values, 'config') ?? DEFAULT_CONFIG,
          port:
            portOption !== undefined
              ? port(portOption, '--port')
              : port((ctx.env.PORT ?? '').trim() || '8080', 'PORT (the environment variable)'),
          watch: typeof watch === 'boolean' ? watch : ctx.isTTY,
          exitAfterSeconds: seconds,
          sharePath:
            sharePath === undefined
              ? undefined
              : option('--share-path', () => parseSharePath('share', sharePath)),
          shareExpiresInSeconds: option('--share-expires-in', () =>
            parseDuration(str(values, 'share-expires-in') ?? '1h'),
          ),
          auditFile: str(values, 'audit-file'),
        },
        ctx,
      );
    },
  },
  check: {
    usage: CHECK_USAGE,
    options: {
      config: { type: 'string' },
      workflows: { type: 'string' },
      bootstrap: { type: 'boolean' },
    },
    async run(values, ctx) {
      const reader = values.bootstrap === true ? await bootstrapReader() : undefined;
      try {
        const report = await checkCommand(ctx.cwd, {
          config: str(values, 'config') ?? DEFAULT_CONFIG,
          workflows: str(values, 'workflows') ?? '.github/workflows',
          bootstrap: reader?.read,
        });
        for (const line of report.lines) ctx.io.out(line);
        return report.problems === 0 ? EXIT_OK : EXIT_FAILED;
      } finally {
        reader?.destroy();
      }
    },
  },
  'bootstrap-template': {
    usage: BOOTSTRAP_TEMPLATE_USAGE,
    options: {},
    async run(_values, ctx) {
      // The text as it is in the repository, byte for byte (one write: it ends with a newline).
      ctx.io.out(EMBEDDED_TEMPLATES['bootstrap.yaml'].replace(/\n$/, ''));
      return EXIT_OK;
    },
  },
};

/** util.parseArgs' errors, said with the command and the option. */
function usageErrorOf(verb: string, e: unknown): UsageError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  const quoted = /'([^']+)'/.exec(messageOf(e))?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`${verb}: unknown option ${quoted}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(`${verb}: ${quoted.replace(/ <value>$/, '')} needs a value`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`${verb}: unexpected argument '${quoted}'`);
    default:
      return new UsageError(`${verb}: ${messageOf(e)}`);
  }
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const [verb, ...rest] = argv;
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(USAGE.trimEnd());
    return EXIT_OK;
  }
  const command = verb === undefined ? undefined : COMMANDS[verb];
  if (verb === undefined || command === undefined || !Object.hasOwn(COMMANDS, verb)) {
    io.err(
      verb === undefined
        ? 'secure-dist: a command is needed'
        : `secure-dist: unknown command '${verb}'`,
    );
    io.err('');
    io.err(USAGE.trimEnd());
    return EXIT_USAGE;
  }
  try {
    let values: Values;
    try {
      values = parseArgs({
        args: [...rest],
        options: { ...command.options, ...HELP },
        strict: true,
        allowPositionals: false,
        allowNegative: true,
      }).values;
    } catch (e) {
      throw usageErrorOf(verb, e);
    }
    if (values.help === true) {
      io.out(command.usage.trimEnd());
      return EXIT_OK;
    }
    return await command.run(values, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`secure-dist ${e.message.startsWith(`${verb}: `) ? '' : `${verb}: `}${e.message}`);
      io.err(`(see ${CLI_COMMAND} ${verb} --help)`);
      return EXIT_USAGE;
    }
    io.err(`secure-dist ${verb}: ${messageOf(e)}`);
    return EXIT_FAILED;
  }
}
