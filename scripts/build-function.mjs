/**
 * Bundles the CloudFront Functions of the function runtime (`edge: function`) on their own,
 * into the shape runtime `cloudfront-js-2.0` runs, and checks them. Called by build-edge.mjs
 * (`npm run bundle:edge`), with `--check` too. Six templates (issue 23 added the login kinds,
 * issue 25 the previews ones): the viewer-request function four times, `login: basic` or
 * `login: form`, without or with previews (handler.ts built with `__SECURE_DIST_LOGIN_FORM__`
 * and `__SECURE_DIST_PREVIEWS__` false or true, so each holds only its own code), the login
 * function of `/_login` and `/_logout` (src/edge/function/login.ts, `login: form` only), and:
 *
 * - the viewer-request function (src/edge/function/handler.ts, with the auth core of
 *   src/edge/core/): Basic auth against the KeyValueStore, the URI and access rules, the pages;
 *   configuration realm and pepper;
 * - the viewer-response function (src/edge/function/response.ts): the viewer's Cache-Control and
 *   the published files' Content-Security-Policy; configuration `trusted-pages` only. A function
 *   of its own so that its code does not count against the viewer-request function's 10 KB
 *   (the quota is per function; see response.ts).
 *
 * Each is built the same way:
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
 *   when the configuration placeholder is not in it exactly once, or when the code plus its
 *   largest configuration (viewer request: a 128-character realm and the pepper, the session
 *   key id with `login: form`, the preview domain's length and MAC with previews; viewer
 *   response: `trusted-pages`) is over 10,240 bytes: the CloudFront quota "Maximum size of a
 *   function" is 10 KB, not adjustable ("Quotas" › "Quotas on CloudFront Functions":
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions).
 *
 * Writes dist/edge/function.js and dist/edge/function-response.js (the templates, placeholder in
 * them) and src/edge/function/bundled.ts (FUNCTION_TEMPLATE, RESPONSE_FUNCTION_TEMPLATE,
 * FUNCTION_PLACEHOLDER) for renderFunctionCode and renderResponseFunctionCode
 * (src/edge/function/render.ts). Prints each function's size with its largest configuration.
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import UglifyJS from 'uglify-js';
import { functionCodeProblems } from './function-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundledFile = path.join(root, 'src/edge/function/bundled.ts');

/** Must match the identifier declared in src/edge/function/handler.ts and response.ts. */
export const FUNCTION_PLACEHOLDER = '__SECURE_DIST_FUNCTION_CONFIG__';
/** CloudFront Functions' maximum function size (see above). */
export const MAX_FUNCTION_BYTES = 10 * 1024;

/** The functions: entry, dist file, exported constant, largest rendered configuration. */
const FUNCTION_BUNDLES = [
  {
    name: 'viewer-request',
    entry: path.join(root, 'src/edge/function/handler.ts'),
    distFile: path.join(root, 'dist/edge/function.js'),
    constant: 'FUNCTION_TEMPLATE',
    // A realm of 128 characters and a pepper of 43 (render.ts).
    largestConfig: JSON.stringify({ realm: 'x'.repeat(128), pepper: 'x'.repeat(43) }),
  },
  {
    name: 'viewer-request (login: form)',
    entry: path.join(root, 'src/edge/function/handler.ts'),
    distFile: path.join(root, 'dist/edge/function-form.js'),
    constant: 'FORM_FUNCTION_TEMPLATE',
    loginForm: true,
    // A realm of 128 characters, a pepper of 43 and a session key id of 16 (render.ts).
    largestConfig: JSON.stringify({
      realm: 'x'.repeat(128),
      pepper: 'x'.repeat(43),
      session: { keyId: 'x'.repeat(16) },
    }),
  },
  {
    name: 'viewer-request (previews)',
    entry: path.join(root, 'src/edge/function/handler.ts'),
    distFile: path.join(root, 'dist/edge/function-previews.js'),
    constant: 'PREVIEWS_FUNCTION_TEMPLATE',
    previews: true,
    // As the Basic build's, with a preview domain: its length (at most 253, RFC 1035) and MAC
    // (43 characters), handler.ts `FunctionPreviews`.
    largestConfig: JSON.stringify({
      realm: 'x'.repeat(128),
      pepper: 'x'.repeat(43),
      previews: { length: 253, mac: 'x'.repeat(43) },
    }),
  },
  {
    name: 'viewer-request (login: form, previews)',
    entry: path.join(root, 'src/edge/function/handler.ts'),
    distFile: path.join(root, 'dist/edge/function-form-previews.js'),
    constant: 'FORM_PREVIEWS_FUNCTION_TEMPLATE',
    loginForm: true,
    previews: true,
    // The form build's, with a preview domain as in the build above.
    largestConfig: JSON.stringify({
      realm: 'x'.repeat(128),
      pepper: 'x'.repeat(43),
      session: { keyId: 'x'.repeat(16) },
      previews: { length: 253, mac: 'x'.repeat(43) },
    }),
  },
  {
    name: 'viewer-response',
    entry: path.join(root, 'src/edge/function/response.ts'),
    distFile: path.join(root, 'dist/edge/function-response.js'),
    constant: 'RESPONSE_FUNCTION_TEMPLATE',
    largestConfig: JSON.stringify({ trustedPages: true }),
  },
  {
    name: 'login',
    entry: path.join(root, 'src/edge/function/login.ts'),
    distFile: path.join(root, 'dist/edge/function-login.js'),
    constant: 'LOGIN_FUNCTION_TEMPLATE',
    // A realm of 128 characters, a pepper of 43, a key id of 16, 30 days (render.ts).
    largestConfig: JSON.stringify({
      realm: 'x'.repeat(128),
      pepper: 'x'.repeat(43),
      session: { keyId: 'x'.repeat(16), lifetime: 2592000 },
    }),
  },
];
const PROLOGUE = "import cf from 'cloudfront';\nvar cfCrypto = require('crypto');\n";

/**
 * Every module of src/edge/ is side-effect free (the core is pure, the adapters declare and
 * export): told so, esbuild drops a module's unused top-level constants with its unused
 * exports. Without it, a constant esbuild cannot prove pure (a template literal or a string
 * concatenation over another constant) stays in the bundle although nothing reads it, e.g.
 * the viewer-response header names in the viewer-request function. What `"sideEffects":
 * false` in a package.json does ("sideEffects" under "Tree shaking",
 * https://esbuild.github.io/api/#tree-shaking), for these files alone.
 */
const SIDE_EFFECT_FREE = {
  name: 'side-effect-free-edge',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === SIDE_EFFECT_FREE) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: SIDE_EFFECT_FREE,
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      const inEdge = path.relative(path.join(root, 'src/edge'), resolved.path);
      if (inEdge.startsWith('..') || path.isAbsolute(inEdge)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * The esbuild options of the function bundle (entry aside): also used by the tests that check a
 * core module not yet in the bundle would run in cloudfront-js-2.0 (edge-session.test.ts).
 */
export const FUNCTION_BUILD_OPTIONS = {
  plugins: [SIDE_EFFECT_FREE],
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

/**
 * A second minification of esbuild's output by UglifyJS (`compress` in three passes, `mangle`,
 * ES module so top-level names are mangled and unused ones dropped, ASCII output): it takes
 * ~750 bytes off the viewer-request function, ~1,100 off its `login: form` build and ~900 off
 * the login function (measured when automation tokens came to this runtime, which needed the
 * room), mostly by inlining single-use functions and constants, joining declarations and
 * dropping constants esbuild keeps because it cannot prove them pure (`32 * 1024`, template
 * literals calling a function). `hoist_funs` (function declarations first) took another ~35
 * bytes off each viewer-request build when the `login: form` previews build needed them (issue
 * 25). It only rewrites what esbuild produced, so the syntax stays
 * within what functionCodeProblems (function-check.mjs) checks below, on the final code;
 * the emulator and njs tests run the final code too.
 */
function squeeze(code) {
  const result = UglifyJS.minify(code, {
    module: true,
    compress: { passes: 3, reduce_funcs: false, collapse_vars: false, hoist_funs: true },
    mangle: true,
    output: { ascii_only: true },
  });
  return result.error === undefined
    ? { code: result.code }
    : { error: `UglifyJS could not minify the bundle: ${String(result.error.message)}` };
}

/** One function's code and its size with its largest configuration, or its problems. */
async function bundleOne(bundle) {
  const result = await build({
    ...FUNCTION_BUILD_OPTIONS,
    entryPoints: [bundle.entry],
    // handler.ts is built twice: `login: basic` and `login: form` (see there).
    define: {
      __SECURE_DIST_LOGIN_FORM__: bundle.loginForm === true ? 'true' : 'false',
      // The previews build (issue 25, handler.ts): preview hosts and paths.
      __SECURE_DIST_PREVIEWS__: bundle.previews === true ? 'true' : 'false',
    },
    metafile: true,
  });
  const output = result.outputFiles[0];
  if (!output) return { problems: ['esbuild produced no output'] };
  const problems = [];
  for (const input of Object.keys(result.metafile.inputs)) {
    if (!input.startsWith('src/edge/'))
      problems.push(`it bundles '${input}' from outside src/edge/`);
  }
  const outputMeta = Object.values(result.metafile.outputs)[0];
  for (const imported of outputMeta?.imports ?? []) problems.push(`it imports '${imported.path}'`);

  const squeezed = squeeze(output.text);
  if (squeezed.error !== undefined) return { problems: [...problems, squeezed.error] };
  let body = squeezed.code.trim();
  const exported = /export\s*\{\s*([A-Za-z_$][\w$]*)(?:\s+as\s+handler)?\s*\};?$/.exec(body);
  if (!exported)
    return { problems: [...problems, 'the bundle does not end in an export of handler'] };
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
  const bytes = Buffer.byteLength(code) - FUNCTION_PLACEHOLDER.length + bundle.largestConfig.length;
  if (bytes > MAX_FUNCTION_BYTES) {
    problems.push(
      `the function is ${bytes} bytes with its largest configuration, over CloudFront Functions' ` +
        `${MAX_FUNCTION_BYTES}-byte limit`,
    );
  }
  return { code, bytes, problems };
}

/** Builds (or with `check`, compares) the function bundles; returns the problems, [] if none. */
export async function buildFunction({ check = false } = {}) {
  const built = [];
  const problems = [];
  for (const bundle of FUNCTION_BUNDLES) {
    const one = await bundleOne(bundle);
    problems.push(...one.problems.map((p) => `${bundle.name}: ${p}`));
    built.push({ ...bundle, ...one });
  }
  if (problems.length > 0) return problems;

  const generated = [
    '// Generated by scripts/build-function.mjs from src/edge/function/handler.ts (viewer request)',
    '// and response.ts (viewer response): do not edit, run `npm run bundle:edge`. The minified',
    '// CloudFront Functions code (cloudfront-js-2.0); renderFunctionCode and',
    '// renderResponseFunctionCode (render.ts) replace FUNCTION_PLACEHOLDER with the configuration.',
    `export const FUNCTION_PLACEHOLDER = ${JSON.stringify(FUNCTION_PLACEHOLDER)};`,
    ...built.map((b) => `export const ${b.constant} = ${JSON.stringify(b.code)};`),
    '',
  ].join('\n');
  const options = (await prettier.resolveConfig(bundledFile)) ?? {};
  const bundledSource = await prettier.format(generated, { ...options, filepath: bundledFile });
  const sizes = built
    .map((b) => `${b.name} ${b.bytes} bytes with its largest configuration`)
    .join(', ');
  if (check) {
    const stale = [];
    for (const [file, want] of [
      ...built.map((b) => [b.distFile, b.code]),
      [bundledFile, bundledSource],
    ]) {
      const have = await readFile(file, 'utf8').catch(() => undefined);
      if (have !== want) stale.push(path.relative(root, file));
    }
    if (stale.length > 0)
      return [`${stale.join(' and ')} differ from a fresh build: run npm run bundle:edge`];
    console.log(`build-function: up to date (${sizes}; limit ${MAX_FUNCTION_BYTES} each)`);
    return [];
  }
  for (const b of built) {
    await mkdir(path.dirname(b.distFile), { recursive: true });
    await writeFile(b.distFile, b.code);
  }
  await writeFile(bundledFile, bundledSource);
  console.log(
    `build-function: ${built.map((b) => path.relative(root, b.distFile)).join(', ')} and ` +
      `${path.relative(root, bundledFile)}: ${sizes} (limit ${MAX_FUNCTION_BYTES} each)`,
  );
  return [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await buildFunction({ check: process.argv.includes('--check') });
  for (const problem of problems) console.error(`build-function: ${problem}`);
  if (problems.length > 0) process.exit(1);
}
