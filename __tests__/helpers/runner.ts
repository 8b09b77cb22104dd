/** What the GitHub runner does around an action: the GITHUB_OUTPUT file format. */

/** Reads the runner's GITHUB_OUTPUT file (`name<<DELIMITER`, value lines, `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m?.[1] === undefined) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}
