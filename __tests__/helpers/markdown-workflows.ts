/**
 * The workflows the documentation shows: every fenced ```yaml block of README.md and of the
 * Markdown files under docs/ whose top level has both `on:` and `jobs:`. Blocks that are only
 * steps or site files are not workflows and are left out.
 */
import { parse } from 'yaml';
import { codeBlocks } from './markdown.js';

export { documentationFiles } from './markdown.js';

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

/** Is this parsed YAML document a workflow (a map with `on:` and a map `jobs:`)? */
export function isWorkflow(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && 'on' in doc && isRecord(doc.jobs);
}

/** The workflows shown in one Markdown file (relative to the repository). */
export function markdownWorkflows(file: string): MarkdownWorkflow[] {
  return codeBlocks(file)
    .filter((b) => b.lang === 'yaml' || b.lang === 'yml')
    .flatMap((b) => {
      const doc: unknown = parse(b.text);
      return isWorkflow(doc) ? [{ file, line: b.firstLine, text: b.text, doc }] : [];
    });
}
