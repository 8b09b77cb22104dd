/**
 * GitHub's own parser of workflows and action manifests, `@actions/workflow-parser` (from
 * actions/languageservices, the parser behind GitHub's Actions editor tooling), for tests: it
 * sees what GitHub refuses and our own checks cannot, such as an expression in an input's
 * description (`Unrecognized named-value: 'github'`).
 *
 * Its package imports JSON without import attributes (`import schema from
 * "../workflow-v1.0.min.json"`), which Node refuses, so esbuild bundles it into one CommonJS file
 * (an ES module bundle fails on `yaml`'s dynamic `require`). The bundle is built once, under
 * `node_modules/.cache/`, keyed by the parser's and esbuild's versions and the entry below, and
 * loaded with `require`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, version as esbuildVersion } from 'esbuild';
import type {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { parseAction } from '@actions/workflow-parser/actions/index';
import { REPO_ROOT } from './s3-server.js';

interface GitHubParser {
  readonly parseWorkflow: typeof parseWorkflow;
  readonly convertWorkflowTemplate: typeof convertWorkflowTemplate;
  readonly parseAction: typeof parseAction;
  readonly NoOperationTraceWriter: typeof NoOperationTraceWriter;
}

const ENTRY = `
export { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
export { parseAction } from '@actions/workflow-parser/actions/index';
`;
const EXPORTS = [
  'parseWorkflow',
  'convertWorkflowTemplate',
  'parseAction',
  'NoOperationTraceWriter',
];

function isParser(value: unknown): value is GitHubParser {
  return (
    typeof value === 'object' &&
    value !== null &&
    EXPORTS.every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

/** Builds the bundle unless this very bundle is already cached; returns its path. */
async function bundle(): Promise<string> {
  const pkg = path.join(REPO_ROOT, 'node_modules', '@actions', 'workflow-parser', 'package.json');
  const parserVersion = String(JSON.parse(readFileSync(pkg, 'utf8')).version);
  const key = createHash('sha256')
    .update(`${parserVersion}\n${esbuildVersion}\n${ENTRY}`)
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(REPO_ROOT, 'node_modules', '.cache', 'secure-dist-tests');
  const file = path.join(dir, `workflow-parser-${key}.cjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  // Jest runs test files in parallel workers: each writes its own file, then renames it into
  // place (atomic), so no worker ever loads a half-written bundle.
  const partial = `${file}.${process.pid}.${Date.now()}`;
  await build({
    stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    outfile: partial,
    logLevel: 'error',
  });
  renameSync(partial, file);
  return file;
}

let loaded: Promise<GitHubParser> | undefined;

/** The parser, bundled and loaded once per test process. */
export function gitHubParser(): Promise<GitHubParser> {
  loaded ??= bundle().then((file) => {
    const parser: unknown = createRequire(import.meta.url)(file);
    if (!isParser(parser)) {
      throw new Error(`${file} does not export ${EXPORTS.join(', ')}: rebuild it (delete it)`);
    }
    return parser;
  });
  return loaded;
}

/**
 * What GitHub's parser finds wrong in a workflow: the schema and expression checks of
 * `parseWorkflow`, then the checks of `convertWorkflowTemplate` (jobs, `needs`, …). Each message
 * names `name`, the line and the column.
 */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const p = await gitHubParser();
  const result = p.parseWorkflow({ name, content }, new p.NoOperationTraceWriter());
  if (result.value !== undefined) await p.convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((e) => e.message);
}

/** What GitHub's parser finds wrong in an action manifest (`action.yml`). */
export async function actionErrors(name: string, content: string): Promise<string[]> {
  const p = await gitHubParser();
  const result = p.parseAction({ name, content }, new p.NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}
