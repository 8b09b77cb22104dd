/**
 * Polls `probe` until it returns a value, for at most `ms`: a bounded wait for something another
 * process or a timer does, instead of a blind sleep. The error names what was awaited and, from
 * `context`, what was seen meanwhile.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 5000,
  context?: () => string,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const seen = context?.();
      throw new Error(
        `timed out after ${ms} ms waiting for ${what}${seen === undefined ? '' : `\n${seen}`}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
