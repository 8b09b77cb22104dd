/**
 * How the CLI ends: 0 done, 1 failed (a `CliError`: every problem already said), 2 a usage error
 * (`UsageError`: an unknown command or option, a bad option value), with the command's help to
 * read. Messages name the option or file; none carries a password or a token.
 */

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: names the command, the option and what it allows. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command could not do its work; the message says what to do. */
export class CliError extends Error {
  override name = 'CliError';
}

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
