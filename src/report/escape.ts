/**
 * One way to put a key, path or other user-supplied string into a log line: JSON-style escapes
 * for everything that could end the line or start a new one (control characters U+0000–U+001F
 * and U+007F, U+0085, U+2028, U+2029, lone surrogates) and for the backslash, so an escaped
 * string always reads back unambiguously. A file named `x\n::stop-commands::abc` is logged as
 * `x\n::stop-commands::abc` on one line: nothing it contains can start a runner command.
 */
export function escapeForLog(value: string): string {
  // With the u flag, [\ud800-\udfff] matches only lone surrogates: pairs are one code point.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\\]|[\ud800-\udfff]/gu, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}

/** True when the string holds a control character (U+0000–U+001F, U+007F). */
export function hasControlCharacter(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(value);
}

/** Text in a Markdown table cell of a job summary: no HTML, no table or code syntax. */
export function markdownCell(text: string): string {
  return text.replace(/[\\`*_|<>&[\]]/g, (c) => `\\${c}`);
}
