/**
 * Reads secure-dist.yml into the typed `Site`: YAML (with line positions), then the JSON Schema
 * (src/site/schema.json, compiled at build time into ./validate.generated.js: no schema is
 * compiled at run time), then the rules a schema cannot say (./rules.ts). Every problem names
 * the file, the line and the key (./errors.ts), all of them at once: first those of the YAML
 * and the schema, then, once the shape is right, those of the rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isPair, isScalar, parseDocument } from 'yaml';
import { CLI_COMMAND } from '../cli/action.js';
import type { Command } from '../run/names.js';
import { DocumentLines, SiteFileError, schemaIssues, type SiteIssue } from './errors.js';
import { siteFingerprint } from './fingerprint.js';
import type { Site } from './model.js';
import { siteFromDocument, type AccessEntry } from './rules.js';
import { validate } from './validate.generated.js';

export interface SiteContext {
  /** Where `config` and `content-dir` are relative to: `GITHUB_WORKSPACE` on a runner. */
  readonly workspace: string;
  /**
   * The command that reads the site, for the rules that depend on it: `sync` names no bucket
   * after the stack; the commands that render the edge function need `users`. Undefined: all.
   */
  readonly command?: Command | undefined;
}

/** How to get a site file, in every message about a missing one. */
export const HOW_TO_GET_ONE =
  `describe the site there (\`${CLI_COMMAND} init\` writes one), ` +
  'or point the `config` input at the file that does';

/** Reads and checks the site file `config` (relative to the workspace). */
export function loadSite(config: string, ctx: SiteContext): Site {
  const absolute = path.resolve(ctx.workspace, config);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
    if (code === 'ENOENT') {
      throw new SiteFileError(config, [
        {
          line: undefined,
          path: [],
          message: `no such file in the workspace (${absolute}): ${HOW_TO_GET_ONE}`,
        },
      ]);
    }
    throw new SiteFileError(config, [
      {
        line: undefined,
        path: [],
        message: `cannot be read (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
  return parseSite(text, config, ctx);
}

/** Checks the text of a site file; `file` names it in messages. */
export function parseSite(text: string, file: string, ctx: SiteContext): Site {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SiteFileError(
      file,
      doc.errors.map((e): SiteIssue => ({
        line: e.linePos?.[0].line,
        path: [],
        // yaml's message ends with " at line L, column C:" and a code frame: the line is ours.
        message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    );
  }
  const lines = new DocumentLines(doc, lineCounter);
  // An empty file (or one of comments only) is a site with every default.
  const data: unknown = doc.contents === null ? {} : doc.toJS();
  if (!validate(data)) {
    throw new SiteFileError(file, schemaIssues(validate.errors ?? [], data, lines));
  }
  // `access` in the file's order (a JavaScript object would put names like `42` first).
  const accessNode = doc.get('access', true);
  const access: AccessEntry[] = isMap(accessNode)
    ? accessNode.items.flatMap((pair) => {
        if (!isPair(pair) || !isScalar(pair.key)) return [];
        const key = String(pair.key.value);
        const value = data.access[key];
        return value === undefined
          ? []
          : [{ key, value, line: lines.line(['access', key], 'key') ?? 0 }];
      })
    : [];
  const built = siteFromDocument(data, access, {
    file,
    workspace: path.resolve(ctx.workspace),
    command: ctx.command,
    fingerprint: siteFingerprint(data, access),
  });
  if (built.site === undefined) {
    throw new SiteFileError(
      file,
      built.issues.map((i) => ({
        line: lines.line(i.path, i.at ?? 'value'),
        path: i.path,
        message: i.message,
      })),
    );
  }
  return built.site;
}
