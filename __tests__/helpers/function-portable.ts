/**
 * Whether pure core modules run on the CloudFront Functions runtime: `contents` (an entry that
 * imports them, paths relative to the repository, and exports `handler`) bundled with the
 * function build's own options (scripts/build-function.mjs) and checked by
 * scripts/function-check.mjs, as the function bundle is.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { FUNCTION_BUILD_OPTIONS } from '../../scripts/build-function.mjs';
import { functionCodeProblems } from '../../scripts/function-check.mjs';

export async function functionBundleOf(
  contents: string,
): Promise<{ readonly text: string; readonly problems: string[] }> {
  const result = await build({
    ...FUNCTION_BUILD_OPTIONS,
    stdin: { contents, resolveDir: path.join(import.meta.dirname, '../..'), loader: 'ts' },
  });
  const text = result.outputFiles[0]?.text ?? '';
  // The runtime's own `handler` declaration in place of the module's export.
  const code =
    text.replace(/export\s*\{\s*([A-Za-z_$][\w$]*)\s+as\s+handler\s*\};?\s*$/, '') +
    'async function handler(event){return event}\n';
  return { text, problems: functionCodeProblems(code) };
}
