/**
 * Runs the function's rendered code under njs, nginx's JavaScript engine (Debian's `njs`
 * command), as a second, independent check of the bundle beside the emulator (emulator.ts):
 * njs is the engine family CloudFront Functions' runtime comes from, and has its own parser,
 * its own built-ins (no `Map`, `Set` or `String.prototype.normalize` in 0.7) and its own
 * `crypto` module (`createHash`, `createHmac` only, as the runtime's). Syntax njs does not know
 * (a default parameter value, say) fails here even when Node accepts it.
 *
 * One njs process per request: the code minus its `import cf from 'cloudfront'` line, a
 * `cf.kvs()` over the store's pairs (its `get` rejects a missing key, its `exists` answers a
 * boolean, as documented: "Helper methods for key value stores",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-custom-methods.html), the event,
 * and a line that prints the handler's result as JSON. Used by the conformance suite, which
 * finds the binary (Debian's package; .ci/run installs it) or skips the run when it is missing
 * (__tests__/helpers/prerequisites.ts).
 */
import { spawnSync } from 'node:child_process';
import type { LocalKeyValueStore } from './emulator.js';
import { isFunctionResult, type FunctionEvent, type FunctionResult } from './events.js';

const IMPORT_CLOUDFRONT = /^import cf from ['"]cloudfront['"];?\n/;
const MARKER = '@@secure-dist-njs-result@@';

/**
 * The handler of `code` under njs (the executable `binary`), reading `store`; `now` is
 * Date.now() in epoch ms.
 */
export function njsFunction(
  code: string,
  store: LocalKeyValueStore,
  now?: () => number,
  binary = 'njs',
): (event: FunctionEvent) => Promise<FunctionResult> {
  if (!IMPORT_CLOUDFRONT.test(code)) {
    throw new Error("njs run: the code must start with import cf from 'cloudfront'");
  }
  const body = code.replace(IMPORT_CLOUDFRONT, '');
  return async (event) => {
    const pairs: Record<string, string> = Object.fromEntries(store.values);
    const clock = now === undefined ? '' : `Date.now = function () { return ${now()}; };\n`;
    const script = [
      `var STORE = ${JSON.stringify(pairs)};`,
      'var cf = { kvs: function () { return { get: function (key, options) {',
      '  return new Promise(function (resolve, reject) {',
      '    if (!Object.prototype.hasOwnProperty.call(STORE, key)) { reject(new Error("key not found")); return; }',
      '    var value = STORE[key];',
      '    resolve(options && options.format === "json" ? JSON.parse(value) : value);',
      '  });',
      '}, exists: function (key) {',
      '  return Promise.resolve(Object.prototype.hasOwnProperty.call(STORE, key));',
      '} }; } };',
      clock,
      body,
      // njs cuts a console.log line at 2,048 characters: the result is printed in pieces after
      // a marker line, and joined again below.
      `handler(${JSON.stringify(event)}).then(function (r) { var s = JSON.stringify(r); console.log('${MARKER}');`,
      '  for (var i = 0; i < s.length; i += 1000) console.log(s.slice(i, i + 1000)); },',
      '  function (e) { console.log(JSON.stringify({ njsError: String(e) })); });',
    ].join('\n');
    const run = spawnSync(binary, ['-q', '-u', '-'], {
      input: script,
      encoding: 'utf8',
      timeout: 10_000,
    });
    const lines = run.stdout.trim().split('\n');
    const marker = lines.lastIndexOf(MARKER);
    const out = marker < 0 ? (lines.pop() ?? '') : lines.slice(marker + 1).join('');
    if (run.status !== 0 || out === '') {
      throw new Error(`njs run failed (exit ${run.status}): ${run.stderr || run.stdout}`);
    }
    const result: unknown = JSON.parse(out);
    if (typeof result === 'object' && result !== null && 'njsError' in result) {
      throw new Error(`njs run: the handler threw: ${String(result.njsError)}`);
    }
    if (!isFunctionResult(result)) {
      throw new Error(`njs run: returned neither a request nor a response: ${out}`);
    }
    return result;
  };
}
