/**
 * How the run inputs (action.yml's inputs) are read and how their errors name them.
 */

/** Reads one raw input by its action.yml name: `undefined` when the step did not pass it. */
export type InputSource = (name: string) => string | undefined;

/** An input's value is wrong: the message starts with the input's name. Never a password. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`\`${input}\`: ${message}`);
    this.name = 'InputError';
  }
}

/**
 * Reads inputs the way the runner passes them: `INPUT_<NAME>` with spaces as `_`, upper case
 * (as `@actions/core`'s getInput). An input the step's `with:` does not have and action.yml
 * does not declare is `undefined`; the runner passes every declared input (its default when
 * not given), and an undeclared one given in `with:` too (with a warning).
 */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

/** An input source from a map of input names to values (tests, local runs). */
export function inputsFrom(values: Readonly<Record<string, string>>): InputSource {
  return (name) => (Object.hasOwn(values, name) ? values[name] : undefined);
}

/** The value `parse` returns; its error, if any, as an `InputError` naming `input`. */
export function inputValue<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, e instanceof Error ? e.message : String(e));
  }
}
