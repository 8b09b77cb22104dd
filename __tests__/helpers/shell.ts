/**
 * The commands of a shell snippet from the documentation, as a POSIX shell would split them:
 * words (with '…' and "…" quoting and backslash escapes), `\` + newline continuations,
 * comments, `NAME=value` assignments before the program, `<`/`>` redirections, command
 * substitutions `$(…)` (their commands are returned too, nested ones included), and the
 * separators newline, `;`, `&&`, `||` and `|`.
 *
 * The documentation's snippets use nothing else; anything else (backticks, here-documents,
 * `$VAR` expansions outside double quotes, unterminated quotes) is an error that names the
 * line, so a snippet the tests cannot read fails rather than being checked half. No shell
 * parser on the npm registry fits: shell-quote drops the quotes inside a `$(…)` and ends a
 * comment at the end of the text, not of the line; mvdan-sh is deprecated by its author
 * (mvdan/sh#1145) and its successor sh-syntax returns no command words.
 */

export interface ShellCommand {
  /** Line of the command's first word, counted from the `firstLine` given. */
  readonly line: number;
  /** `NAME=value` assignments before the program. */
  readonly env: Readonly<Record<string, string>>;
  /** The words: program and arguments, quotes removed; a substitution stays as its `$(…)`. */
  readonly argv: readonly string[];
  /** Redirections: `<` and `>` with their target. */
  readonly redirects: readonly { readonly op: string; readonly target: string }[];
  /** The commands of the `$(…)` in this command's words. */
  readonly substitutions: readonly ShellCommand[];
}

class Reader {
  pos = 0;
  line: number;
  constructor(
    readonly text: string,
    firstLine: number,
  ) {
    this.line = firstLine;
  }
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
  next(): string {
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line += 1;
    return c;
  }
  fail(what: string): never {
    throw new Error(`shell, line ${this.line}: ${what}`);
  }
}

interface Word {
  text: string;
  substitutions: ShellCommand[];
}

/** `$(…)` at the reader: its source (kept in the word) and its commands. */
function substitution(r: Reader): { source: string; commands: ShellCommand[] } {
  const start = r.pos;
  const line = r.line;
  r.next();
  r.next(); // "$("
  let depth = 1;
  let quote = '';
  while (depth > 0) {
    const c = r.next();
    if (c === '') r.fail('unterminated $(');
    if (quote !== '') {
      if (c === '\\' && quote === '"') r.next();
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') r.next();
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
  }
  const source = r.text.slice(start, r.pos);
  return { source, commands: shellCommands(source.slice(2, -1), line) };
}

/** The commands of `text`, its first line numbered `firstLine`. */
export function shellCommands(text: string, firstLine = 1): ShellCommand[] {
  const r = new Reader(text, firstLine);
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  let redirects: { op: string; target: string }[] = [];
  let word: Word | undefined;
  let commandLine = firstLine;
  let redirect: string | undefined;

  const endWord = (): void => {
    if (word === undefined) return;
    if (redirect !== undefined) {
      redirects.push({ op: redirect, target: word.text });
      redirect = undefined;
    } else {
      words.push(word);
    }
    word = undefined;
  };
  const current = (): Word => {
    if (word === undefined) {
      if (words.length === 0 && redirects.length === 0 && redirect === undefined) {
        commandLine = r.line;
      }
      word = { text: '', substitutions: [] };
    }
    return word;
  };
  const endCommand = (): void => {
    endWord();
    if (redirect !== undefined) r.fail(`'${redirect}' without a target`);
    if (words.length === 0) return;
    const env: Record<string, string> = {};
    let i = 0;
    for (; i < words.length; i += 1) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(words[i]?.text ?? '');
      if (m === null) break;
      env[m[1] ?? ''] = m[2] ?? '';
    }
    commands.push({
      line: commandLine,
      env,
      argv: words.slice(i).map((w) => w.text),
      redirects,
      substitutions: words.flatMap((w) => w.substitutions),
    });
    words = [];
    redirects = [];
  };

  while (r.pos < text.length) {
    const c = r.peek();
    if (c === '\\' && r.peek(1) === '\n') {
      r.next();
      r.next();
    } else if (c === ' ' || c === '\t') {
      r.next();
      endWord();
    } else if (c === '\n' || c === ';') {
      r.next();
      endCommand();
    } else if ((c === '&' && r.peek(1) === '&') || (c === '|' && r.peek(1) === '|')) {
      r.next();
      r.next();
      endCommand();
    } else if (c === '|') {
      r.next();
      endCommand();
    } else if (c === '#' && word === undefined) {
      while (r.pos < text.length && r.peek() !== '\n') r.next();
    } else if (c === '<' || c === '>') {
      endWord();
      r.next();
      redirect = c;
    } else if (c === "'") {
      r.next();
      const w = current();
      for (;;) {
        const q = r.next();
        if (q === '') r.fail('unterminated single quote');
        if (q === "'") break;
        w.text += q;
      }
    } else if (c === '"') {
      r.next();
      const w = current();
      for (;;) {
        const q = r.peek();
        if (q === '') r.fail('unterminated double quote');
        if (q === '"') {
          r.next();
          break;
        }
        if (q === '\\' && '"\\$`\n'.includes(r.peek(1))) {
          r.next();
          const escaped = r.next();
          if (escaped !== '\n') w.text += escaped;
        } else if (q === '$' && r.peek(1) === '(') {
          const s = substitution(r);
          w.text += s.source;
          w.substitutions.push(...s.commands);
        } else if (q === '`') {
          r.fail('backticks are not read: use $(…)');
        } else {
          w.text += r.next();
        }
      }
    } else if (c === '$' && r.peek(1) === '(') {
      const w = current();
      const s = substitution(r);
      w.text += s.source;
      w.substitutions.push(...s.commands);
    } else if (c === '$' && /[A-Za-z_{]/.test(r.peek(1))) {
      r.fail('a $VARIABLE outside double quotes is not read');
    } else if (c === '`') {
      r.fail('backticks are not read: use $(…)');
    } else if (c === '\\') {
      r.next();
      current().text += r.next();
    } else {
      current().text += r.next();
    }
  }
  endCommand();
  return commands;
}
