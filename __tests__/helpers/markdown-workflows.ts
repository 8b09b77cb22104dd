/**
 * The workflows the documentation shows: every fenced ```yaml block of README.md and of the
 * Markdown files under docs/ whose top level has both `on:` and `jobs:`. Blocks that are only
 * steps or inputs are not workflows and are left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './s3-server.js';

export interface MarkdownWorkflow {
  /** Relative to the repository, e.g. `README.md`. */
  readonly file: string;
  /** Line of the block's first YAML line in the file (1-based). */
  readonly line: number;
  readonly text: string;
  readonly doc: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** README.md and every Markdown file under docs/, relative to the repository. */
export function documentationFiles(): string[] {
  const docs = path.join(REPO_ROOT, 'docs');
  const under = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('docs', f))
        .sort()
    : [];
  return ['README.md', ...under];
}

/** The workflows shown in one Markdown file (relative to the repository). */
export function markdownWorkflows(file: string): MarkdownWorkflow[] {
  const markdown = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const found: MarkdownWorkflow[] = [];
  for (const m of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const text = m[1] ?? '';
    const doc: unknown = parse(text);
    if (!isRecord(doc) || !('on' in doc) || !isRecord(doc.jobs)) continue;
    const line = markdown.slice(0, m.index).split('\n').length + 1;
    found.push({ file, line, text, doc });
  }
  return found;
}
