/**
 * What is wrong with secure-dist.yml, said the way a person fixes it: the file as the user named
 * it, the line, the key path and what is allowed —
 *
 *     secure-dist.yml:14: access.alice: '/acme/**x' is not a valid glob (...)
 *     secure-dist.yml:3: delete: got 'yes'; allowed: true or false
 *
 * Every problem is reported at once (up to `MAX_ISSUES`). Lines come from the YAML document's
 * node ranges (a `LineCounter`); a value is quoted shortened, and never one that looks like a
 * password (a user name with a colon is reported without its value).
 */
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { RUN_INPUTS } from '../run/names.js';
import { SITE_SETTINGS } from './validate.generated.js';

/** The most problems one error lists; the rest are counted. */
export const MAX_ISSUES = 20;

/** One problem: where (line, key path) and what. */
export interface SiteIssue {
  /** 1-based line in the file; undefined for the file as a whole. */
  readonly line: number | undefined;
  /** Key path segments (`['access', 'alice']`, `['exclude', 2]`); empty for the file itself. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export class SiteFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly SiteIssue[],
  ) {
    super(formatIssues(file, issues));
    this.name = 'SiteFileError';
  }
}

/** `access.alice`, `exclude[2]`, `cache-control[0]["*.pdf"]`, `access["bob, carol"]`. */
export function keyPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z0-9_-]+$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

export function formatIssue(file: string, issue: SiteIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const key = issue.path.length === 0 ? '' : `${keyPath(issue.path)}: `;
  return `${where}: ${key}${issue.message}`;
}

function formatIssues(file: string, issues: readonly SiteIssue[]): string {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length === 1 && sorted[0] !== undefined) return formatIssue(file, sorted[0]);
  const shown = sorted.slice(0, MAX_ISSUES).map((i) => formatIssue(file, i));
  const more = sorted.length - shown.length;
  return [
    `${file}: ${sorted.length} problems`,
    ...shown,
    ...(more > 0 ? [`… and ${more} more`] : []),
  ].join('\n');
}

/** A value as a message quotes it: strings in single quotes, at most 60 characters. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typeof value === 'string' ? `'${short}'` : short;
}

/** Where a key path is in the document: the line of its value, or of its key. */
export class DocumentLines {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private lineOf(node: Node | null | undefined): number | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.lines.linePos(offset).line;
  }

  /**
   * The line of the value at `path`, or of the deepest part of the path that exists; undefined
   * when not even its first key is in the file (a setting that is missing).
   */
  line(path: readonly (string | number)[], at: 'value' | 'key' = 'value'): number | undefined {
    let node: unknown = this.doc.contents;
    let line = path.length === 0 ? this.lineOf(this.doc.contents) : undefined;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (pair === undefined) return line;
        const keyLine = isScalar(pair.key) ? this.lineOf(pair.key) : undefined;
        if (last && at === 'key') return keyLine ?? line;
        node = pair.value;
        line =
          (isScalar(node) || isMap(node) || isSeq(node) ? this.lineOf(node) : undefined) ??
          keyLine ??
          line;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (item === undefined) return line;
        node = item;
        line =
          (isScalar(item) || isMap(item) || isSeq(item) ? this.lineOf(item) : undefined) ?? line;
      } else {
        return line;
      }
    }
    return line;
  }
}

/** Ajv's instance path (`/access/bob, carol`) as segments; array indexes as numbers. */
function segmentsOf(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === '') return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      out.push(Number(segment));
      node = node[Number(segment)];
    } else {
      out.push(segment);
      node = typeof node === 'object' && node !== null ? Reflect.get(node, segment) : undefined;
    }
  }
  return out;
}

/** What the schema says a value may be (its `x-allowed`), else words for the failed keyword. */
function allowedOf(error: ErrorObject): string {
  const fromSchema: unknown = error.parentSchema?.['x-allowed'];
  if (typeof fromSchema === 'string') return fromSchema;
  const params: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case 'type': {
      const type = String(params.type);
      if (type === 'boolean') return 'true or false';
      if (type === 'integer') return 'a whole number';
      if (type === 'array') return 'a list';
      if (type === 'object') return 'a map of settings';
      return `a ${type.replace(/,/g, ' or a ')}`;
    }
    case 'enum':
      return Array.isArray(params.allowedValues)
        ? params.allowedValues.join(', ')
        : 'one of the listed values';
    case 'pattern':
      return "a value that isn't blank";
    default:
      return error.message ?? error.keyword;
  }
}

/** The closest setting name to a mistyped key (at most 3 edits), for "did you mean". */
function closestSetting(key: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of SITE_SETTINGS) {
    const distance = editDistance(key.toLowerCase(), name);
    if (distance <= 3 && (best === undefined || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Ajv's errors as issues: one per key path (the branches of an `anyOf` fold into it), each with
 * its line and what the schema allows there.
 */
export function schemaIssues(
  errors: readonly ErrorObject[],
  data: unknown,
  lines: DocumentLines,
): SiteIssue[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const kept = errors.filter((e) => !alternatives.some((p) => e.schemaPath.startsWith(p)));
  const seen = new Set<string>();
  const issues: SiteIssue[] = [];
  for (const error of kept) {
    const path = segmentsOf(error.instancePath, data);
    const params: Record<string, unknown> = error.params;
    if (error.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      const keyPathOf = [...path, key];
      issues.push({
        line: lines.line(keyPathOf, 'key'),
        path: keyPathOf,
        message: unknownSettingMessage(key),
      });
      continue;
    }
    const id = JSON.stringify(path);
    if (seen.has(id)) continue;
    seen.add(id);
    if (error.keyword === 'uniqueItems' && Array.isArray(error.data)) {
      // Ajv names the two places (`i`, `j`): the later one is the repeat.
      const again = Math.max(Number(params.i), Number(params.j));
      const at = [...path, again];
      issues.push({
        line: lines.line(at),
        path: at,
        message: `${quote(error.data[again])} is listed twice`,
      });
      continue;
    }
    issues.push({
      line: lines.line(path),
      path,
      message: `got ${quote(error.data)}; allowed: ${allowedOf(error)}`,
    });
  }
  return issues;
}

function unknownSettingMessage(key: string): string {
  if (RUN_INPUTS.some((name) => name === key)) {
    return (
      "an input of the action's step (it belongs to one run), not a setting of the site: " +
      `pass it with \`with:\` in the workflow${key === 'basic-auth-users' ? ' (from a secret: passwords never go in this file)' : ''}`
    );
  }
  const near = closestSetting(key);
  return (
    `not a setting${near === undefined ? '' : ` (did you mean '${near}'?)`}; ` +
    `allowed: ${SITE_SETTINGS.join(', ')}`
  );
}
