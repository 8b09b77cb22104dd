/**
 * The date of the last commit that touched each file, for folder listings: ONE `git log` process
 * for the whole `content-dir` (never one per file), read as a stream and stopped as soon as
 * every wanted key has its date.
 *
 * No date rather than a wrong one: when `content-dir` is not in a git checkout, git is missing or
 * refuses the repository, or a file is untracked, the file simply has no date. A checkout's
 * modification times are never used (they are the time of the checkout, not of the content).
 * A shallow clone (actions/checkout's default `fetch-depth: 1`) knows one commit only: every
 * file then carries that commit's date (docs/sync.md says to fetch the history for real dates).
 */
import { spawn } from 'node:child_process';

export interface GitDatesResult {
  /** Key ⇒ committer date (ISO 8601 as git prints it with `%cI`). */
  readonly dates: ReadonlyMap<string, string>;
  /** Why there are no dates at all, when git could not answer. */
  readonly unavailable?: string;
}

/**
 * Parses `git log -z --format=%x01%cI --name-only` output: NUL-separated tokens, a date token
 * starts with U+0001, the names that follow it (each after an optional newline) belong to that
 * commit. The first date seen for a name is its latest (git log walks newest first).
 */
export class GitLogParser {
  private date: string | undefined;
  private rest = '';
  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly dates: Map<string, string>,
  ) {}

  /** Feeds a chunk; true once every wanted key has a date. */
  push(chunk: string): boolean {
    const tokens = (this.rest + chunk).split('\0');
    this.rest = tokens.pop() ?? '';
    for (const t of tokens) this.token(t);
    return this.dates.size >= this.wanted.size;
  }

  end(): void {
    if (this.rest !== '') this.token(this.rest);
    this.rest = '';
  }

  private token(raw: string): void {
    const t = raw.replace(/^\n/, '');
    if (t.startsWith('\u0001')) {
      this.date = t.slice(1).trim();
      return;
    }
    if (t === '' || this.date === undefined) return;
    const key = t.normalize('NFC');
    if (this.wanted.has(key) && !this.dates.has(key)) this.dates.set(key, this.date);
  }
}

/** Last-commit dates of `keys` (paths relative to `dir`), from one `git log` in `dir`. */
export function gitDates(
  dir: string,
  keys: readonly string[],
  gitBinary = 'git',
): Promise<GitDatesResult> {
  const dates = new Map<string, string>();
  const wanted = new Set(keys);
  if (wanted.size === 0) return Promise.resolve({ dates });
  return new Promise((resolve) => {
    const child = spawn(
      gitBinary,
      [
        '-c',
        'core.quotePath=false',
        'log',
        '-z',
        '--no-renames',
        '--format=%x01%cI',
        '--name-only',
        '--relative',
        '--',
        '.',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_PAGER: 'cat' } },
    );
    const parser = new GitLogParser(wanted, dates);
    let stderr = '';
    let stopped = false;
    let settled = false;
    const done = (r: GitDatesResult): void => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stopped) return;
      if (parser.push(chunk)) {
        // Every file has its date: the rest of the history is not needed.
        stopped = true;
        child.kill();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    child.on('error', (e) => done({ dates: new Map(), unavailable: e.message }));
    child.on('close', (code) => {
      if (stopped) return done({ dates });
      parser.end();
      if (code === 0) return done({ dates });
      const reason = stderr.trim().split('\n')[0] ?? '';
      done({ dates: new Map(), unavailable: reason || `git log exited with ${String(code)}` });
    });
  });
}
