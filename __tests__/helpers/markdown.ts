/**
 * The documentation as the tests read it: README.md and every Markdown file under docs/, parsed
 * by a CommonMark parser (mdast-util-from-markdown), so a fenced block inside a list item is
 * found like any other. Every block, code span and link carries its file and line, so a failing
 * check names where it is (`docs/setup.md:30`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { REPO_ROOT } from './s3-server.js';

export interface Located {
  /** Relative to the repository, e.g. `docs/setup.md`. */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** `file:line`. */
  readonly where: string;
}

export interface CodeBlock extends Located {
  /** The fence's info string's first word (`yaml`, `sh`), or undefined for a bare fence. */
  readonly lang: string | undefined;
  /** The block's text, without its fences and without a list item's indentation. */
  readonly text: string;
  /** Line of the block's first text line (the line after the opening fence). */
  readonly firstLine: number;
}

export interface CodeSpan extends Located {
  readonly text: string;
}

export interface Link extends Located {
  readonly url: string;
}

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

const trees = new Map<string, Root>();

function tree(file: string): Root {
  let root = trees.get(file);
  if (root === undefined) {
    root = fromMarkdown(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    trees.set(file, root);
  }
  return root;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function located(file: string, node: Nodes): Located {
  const line = node.position?.start.line ?? 0;
  return { file, line, where: `${file}:${line}` };
}

/** The fenced (and indented) code blocks of one Markdown file. */
export function codeBlocks(file: string): CodeBlock[] {
  const found: CodeBlock[] = [];
  walk(tree(file), (node) => {
    if (node.type !== 'code') return;
    const at = located(file, node);
    found.push({ ...at, lang: node.lang ?? undefined, text: node.value, firstLine: at.line + 1 });
  });
  return found;
}

/** The inline code spans of one Markdown file (line endings inside a span read as spaces). */
export function codeSpans(file: string): CodeSpan[] {
  const found: CodeSpan[] = [];
  walk(tree(file), (node) => {
    if (node.type === 'inlineCode') found.push({ ...located(file, node), text: node.value });
  });
  return found;
}

/** The links of one Markdown file: Markdown links and images, and `src`/`href` of raw HTML. */
export function links(file: string): Link[] {
  const found: Link[] = [];
  walk(tree(file), (node) => {
    if (node.type === 'link' || node.type === 'image') {
      found.push({ ...located(file, node), url: node.url });
    } else if (node.type === 'html') {
      for (const m of node.value.matchAll(/\b(?:src|href)="([^"]*)"/g)) {
        found.push({ ...located(file, node), url: m[1] ?? '' });
      }
    }
  });
  return found;
}

/** The anchors GitHub gives the headings of one Markdown file. */
export function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(tree(file), (node) => {
    if (node.type !== 'heading') return;
    let text = '';
    walk(node, (inner) => {
      if (inner.type === 'text' || inner.type === 'inlineCode') text += inner.value;
    });
    anchors.add(slugger.slug(text));
  });
  return anchors;
}
