#!/usr/bin/env node
/**
 * Bundles the Lambda@Edge handler (src/edge/handler.ts: the viewer-request and origin-response
 * triggers, with the pure auth core of src/edge/core/) on its own: esbuild, platform node,
 * CommonJS, minified, target node22, nothing external but node:crypto, nothing from outside
 * src/edge/.
 *
 * Writes
 * - dist/edge/handler.js — the minified handler, with the config placeholder still in it;
 * - src/edge/bundled.ts — the same code as a string constant (EDGE_HANDLER_TEMPLATE) with
 *   EDGE_PLACEHOLDER, which renderEdgeCode (src/edge/config.ts) replaces with the config.
 *
 * Fails (exit 1) when the handler, config excluded, is larger than 24 KB, when it would load
 * any module other than node:crypto, or when the placeholder is not in it exactly once.
 *
 * `--check` writes nothing and fails when the committed files differ from a fresh build.
 *
 * Then builds the CloudFront Functions runtime's bundle the same way (build-function.mjs).
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { buildFunction } from './build-function.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/edge/handler.ts');
const distFile = path.join(root, 'dist/edge/handler.js');
const bundledFile = path.join(root, 'src/edge/bundled.ts');

/** Must match the identifier declared in src/edge/handler.ts. */
const PLACEHOLDER = '__SECURE_DIST_EDGE_CONFIG__';
// Our own budget, far under Lambda@Edge's 1 MB for viewer triggers (DESIGN.md): the code is
// parsed on every cold start. 10 KB until share links (issue 12), the audit line (issue 12) and
// the hand-written decoders of the portable core (issue 14) took it to ~10.3 KB; 12 KB leaves
// room without letting a dependency slip in (that would be tens of KB). 16 KB since issue 23:
// the folder share links' signed cookies (src/edge/core/share-cookies.ts, ~1.7 KB) and the
// pages browsers get for the edge's answers (core/page.ts, ~2.1 KB of markup, style and words,
// shared with the CloudFront Function, whose 10 KB is AWS's limit): still far from what a
// dependency would add, and ~1.6% of the 1 MB Lambda@Edge allows. 28 KB since issue 23 item 1
// (`login: form`, ~10 KB: the session core core/session.ts ~3.6 KB with its hand-written
// base64url and UTF-8 for the CloudFront Functions runtime it shares, the form body parser
// core/login-form.ts ~0.9 KB, the sign-in page and forms in core/page.ts ~1.5 KB, and the
// handler's /_login, /_logout and cookie flows): code the two runtimes share is written once
// rather than squeezed, and 28 KB is still under 3% of the viewer-trigger function size quota
// of 1 MB ("Quotas on Lambda@Edge":
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge;
// DESIGN.md) and far from the tens of KB a dependency would add. 32 KB with issue 23 item 3's
// automation tokens beside the sessions (core/token.ts ~1.5 KB, the handler's token paths
// ~0.6 KB; 29.3 KB together): still ~3% of the 1 MB. What binds first is the edge template,
// which carries the code inline: CloudFormation's 51,200-byte TemplateBody (synth's
// TemplateTooLargeError names it), checked with 100 users in __tests__/edge-config.test.ts.
const MAX_BYTES = 32 * 1024;
const ALLOWED_MODULES = new Set(['node:crypto', 'crypto']);

function fail(message) {
  console.error(`build-edge: ${message}`);
  process.exit(1);
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  minify: true,
  charset: 'ascii',
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
});

const output = result.outputFiles[0];
if (!output) fail('esbuild produced no output');
const code = output.text;

// Only node:crypto may be loaded: by esbuild's account and by the code itself.
const outputMeta = Object.values(result.metafile.outputs)[0];
for (const imported of outputMeta?.imports ?? []) {
  if (!ALLOWED_MODULES.has(imported.path)) {
    fail(`the handler imports '${imported.path}': only node:crypto is allowed`);
  }
}
for (const match of code.matchAll(/require\(\s*["'`]([^"'`]*)["'`]\s*\)/g)) {
  if (!ALLOWED_MODULES.has(match[1])) fail(`the handler requires '${match[1]}'`);
}
for (const input of Object.keys(result.metafile.inputs)) {
  if (!input.startsWith('src/edge/')) fail(`the handler bundles '${input}' from outside src/edge/`);
}

const occurrences = code.split(PLACEHOLDER).length - 1;
if (occurrences !== 1) {
  fail(`expected the config placeholder ${PLACEHOLDER} once in the bundle, found ${occurrences}`);
}
if (!/\bexports\b/.test(code) || !code.includes('handler')) fail('the bundle exports no handler');

const bytes = Buffer.byteLength(code) - PLACEHOLDER.length;
if (bytes > MAX_BYTES) {
  fail(
    `the minified handler is ${bytes} bytes (config excluded), over the ${MAX_BYTES}-byte limit; ` +
      'keep src/edge/ free of dependencies and large code',
  );
}

const generated = [
  '// Generated by scripts/build-edge.mjs from src/edge/handler.ts: do not edit, run',
  '// `npm run bundle:edge`. The minified Lambda@Edge handler; renderEdgeCode (config.ts)',
  '// replaces EDGE_PLACEHOLDER with the JSON configuration.',
  `export const EDGE_PLACEHOLDER = ${JSON.stringify(PLACEHOLDER)};`,
  `export const EDGE_HANDLER_TEMPLATE = ${JSON.stringify(code)};`,
  '',
].join('\n');
const options = (await prettier.resolveConfig(bundledFile)) ?? {};
const bundledSource = await prettier.format(generated, { ...options, filepath: bundledFile });

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [file, want] of [
    [distFile, code],
    [bundledFile, bundledSource],
  ]) {
    const have = await readFile(file, 'utf8').catch(() => undefined);
    if (have !== want) stale.push(path.relative(root, file));
  }
  if (stale.length > 0) {
    fail(`${stale.join(' and ')} differ from a fresh build: run npm run bundle:edge`);
  }
  console.log(`build-edge: up to date (${bytes} bytes, config excluded)`);
} else {
  await mkdir(path.dirname(distFile), { recursive: true });
  await writeFile(distFile, code);
  await writeFile(bundledFile, bundledSource);
  console.log(
    `build-edge: ${path.relative(root, distFile)} and ${path.relative(root, bundledFile)}: ` +
      `${bytes} bytes (config excluded, limit ${MAX_BYTES})`,
  );
}

// The second runtime, CloudFront Functions (issue 14): its own bundle and checks.
const functionProblems = await buildFunction({ check: process.argv.includes('--check') });
for (const problem of functionProblems) console.error(`build-function: ${problem}`);
if (functionProblems.length > 0) process.exit(1);
