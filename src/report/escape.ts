/** What `escapeForLog` escapes. */
const LOG_ESCAPED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\\]|[\ud800-\udfff]/gu;

/**
 * One way to put a key, path or other user-supplied string into a log line: JSON-style escapes
 * for everything that could end the line or start a new one (control characters U+0000–U+001F
 * and U+007F, U+0085, U+2028, U+2029, lone surrogates), for the bidirectional formatting
 * characters that make a terminal show text in another order than it is (`BIDI_CONTROLS`, and
 * the marks U+200E, U+200F, U+061C), and for the backslash, so an escaped string always reads
 * back unambiguously. A file named `x\n::stop-commands::abc` is logged as
 * `x\n::stop-commands::abc` on one line: nothing it contains can start a runner command; one
 * named `invoice\u202efdp.exe` is logged as that, not as `invoiceexe.pdf`.
 */
export function escapeForLog(value: string): string {
  // With the u flag, [\ud800-\udfff] matches only lone surrogates: pairs are one code point.
  return value.replace(LOG_ESCAPED, (c) => {
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

/**
 * The bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069):
 * in a name they make browsers and terminals show its characters in another order than they
 * are, so `invoice` U+202E `fdp.exe` reads `invoiceexe.pdf` (the "Trojan Source" characters,
 * CVE-2021-42574, https://trojansource.codes/). Isolating the name (`<bdi>`) does not help: the
 * override acts inside the isolate.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

/** The first bidirectional embedding, override or isolate character of a string (`BIDI_CONTROLS`), as `U+202E`. */
export function bidiControlIn(value: string): string | undefined {
  const c = BIDI_CONTROLS.exec(value)?.[0];
  return c === undefined ? undefined : `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
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
