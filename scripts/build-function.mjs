/**
 * Bundles the CloudFront Functions viewer-request function (src/edge/function/handler.ts, with
 * the auth core of src/edge/core/) on its own, into the shape runtime `cloudfront-js-2.0`
 * runs, and checks it. Called by build-edge.mjs (`npm run bundle:edge`), with `--check` too.
 *
 * - esbuild, ESM, platform neutral, minified, ASCII, target ES2017 (keeps `async`/`await`,
 *   `const`/`let`, arrows and template literals, which the runtime lists; lowers `?.`, `??`,
 *   object spread and `catch {}` without a binding, which it does not; default parameter
 *   values, which esbuild cannot lower, are refused by the check below), nothing from outside
 *   src/edge/, no imports at all: the runtime's modules are the free identifiers `cf` and
 *   `cfCrypto`, which the two first lines of the output define
 *   (`import cf from 'cloudfront';` and `var cfCrypto = require('crypto');`);
 * - the trailing `export { … as handler }` becomes a top-level `async function handler(event)`:
 *   CloudFront Functions call the function named `handler` and allow no exports;
 * - fails (exit 1) when scripts/function-check.mjs finds syntax or globals the runtime lacks,
 *   when the configuration placeholder is not in it exactly once, or when the code plus the
 *   largest configuration (a 128-character realm and the pepper) is over 10,240 bytes: the
 *   CloudFront quota "Maximum size of a function" is 10 KB, not adjustable ("Quotas" ›
 *   "Quotas on CloudFront Functions":
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions).
 *
 * Writes dist/edge/function.js (the template, placeholder in it) and
 * src/edge/function/bundled.ts (FUNCTION_TEMPLATE, FUNCTION_PLACEHOLDER) for
 * renderFunctionCode (src/edge/function/render.ts).
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { functionCodeProblems } from './function-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/edge/function/handler.ts');
const distFile = path.join(root, 'dist/edge/function.js');
const bundledFile = path.join(root, 'src/edge/function/bundled.ts');

/** Must match the identifier declared in src/edge/function/handler.ts. */
export const FUNCTION_PLACEHOLDER = '__SECURE_DIST_FUNCTION_CONFIG__';
/** CloudFront Functions' maximum function size (see above). */
export const MAX_FUNCTION_BYTES = 10 * 1024;
/** The largest rendered configuration: realm of 128 characters, pepper of 43, `trusted-pages`. */
const LARGEST_CONFIG = JSON.stringify({
  realm: 'x'.repeat(128),
  pepper: 'x'.repeat(43),
  trustedPages: true,
});
const PROLOGUE = "import cf from 'cloudfront';\nvar cfCrypto = require('crypto');\n";

/**
 * The esbuild options of the function bundle (entry aside): also used by the tests that check a
 * core module not yet in the bundle would run in cloudfront-js-2.0 (edge-session.test.ts).
 */
export const FUNCTION_BUILD_OPTIONS = {
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'es2017',
  minify: true,
  charset: 'ascii',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

/** Builds (or with `check`, compares) the function bundle; returns the problems, [] if none. */
export async function buildFunction({ check = false } = {}) {
  const result = await build({
    ...FUNCTION_BUILD_OPTIONS,
    entryPoints: [entry],
    metafile: true,
  });
  const output = result.outputFiles[0];
  if (!output) return ['esbuild produced no output'];
  const problems = [];
  for (const input of Object.keys(result.metafile.inputs)) {
    if (!input.startsWith('src/edge/'))
      problems.push(`it bundles '${input}' from outside src/edge/`);
  }
  const outputMeta = Object.values(result.metafile.outputs)[0];
  for (const imported of outputMeta?.imports ?? []) problems.push(`it imports '${imported.path}'`);

  let body = output.text.trim();
  const exported = /export\s*\{\s*([A-Za-z_$][\w$]*)(?:\s+as\s+handler)?\s*\};?$/.exec(body);
  if (!exported) return [...problems, 'the bundle does not end in an export of handler'];
  body = body.slice(0, exported.index).trimEnd();
  const inner = exported[1];
  const code =
    inner === 'handler'
      ? `${PROLOGUE}${body}\n`
      : `${PROLOGUE}${body}\nasync function handler(event){return ${inner}(event)}\n`;

  problems.push(...functionCodeProblems(code).map((p) => `cloudfront-js-2.0 would refuse ${p}`));
  const occurrences = code.split(FUNCTION_PLACEHOLDER).length - 1;
  if (occurrences !== 1) {
    problems.push(
      `expected the config placeholder ${FUNCTION_PLACEHOLDER} once, found ${occurrences}`,
    );
  }
  const bytes = Buffer.byteLength(code) - FUNCTION_PLACEHOLDER.length + LARGEST_CONFIG.length;
  if (bytes > MAX_FUNCTION_BYTES) {
    problems.push(
      `the function is ${bytes} bytes with its largest configuration, over CloudFront Functions' ` +
        `${MAX_FUNCTION_BYTES}-byte limit`,
    );
  }
  if (problems.length > 0) return problems;

  const generated = [
    '// Generated by scripts/build-function.mjs from src/edge/function/handler.ts: do not edit,',
    '// run `npm run bundle:edge`. The minified CloudFront Functions code (cloudfront-js-2.0);',
    '// renderFunctionCode (render.ts) replaces FUNCTION_PLACEHOLDER with the configuration.',
    `export const FUNCTION_PLACEHOLDER = ${JSON.stringify(FUNCTION_PLACEHOLDER)};`,
    `export const FUNCTION_TEMPLATE = ${JSON.stringify(code)};`,
    '',
  ].join('\n');
  const options = (await prettier.resolveConfig(bundledFile)) ?? {};
  const bundledSource = await prettier.format(generated, { ...options, filepath: bundledFile });
  if (check) {
    const stale = [];
    for (const [file, want] of [
      [distFile, code],
      [bundledFile, bundledSource],
    ]) {
      const have = await readFile(file, 'utf8').catch(() => undefined);
      if (have !== want) stale.push(path.relative(root, file));
    }
    if (stale.length > 0)
      return [`${stale.join(' and ')} differ from a fresh build: run npm run bundle:edge`];
    console.log(`build-function: up to date (${bytes} bytes with the largest configuration)`);
    return [];
  }
  await mkdir(path.dirname(distFile), { recursive: true });
  await writeFile(distFile, code);
  await writeFile(bundledFile, bundledSource);
  console.log(
    `build-function: ${path.relative(root, distFile)} and ${path.relative(root, bundledFile)}: ` +
      `${bytes} bytes with the largest configuration (limit ${MAX_FUNCTION_BYTES})`,
  );
  return [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await buildFunction({ check: process.argv.includes('--check') });
  for (const problem of problems) console.error(`build-function: ${problem}`);
  if (problems.length > 0) process.exit(1);
}
