/**
 * An emulation of the CloudFront Functions runtime `cloudfront-js-2.0`, to run the function's
 * rendered code (render.ts) in tests, the sandbox and the benchmark as CloudFront would:
 *
 * - the code is evaluated as a strict-mode script in its own V8 context (node:vm), so it sees
 *   only ECMAScript built-ins, not Node's globals (no `Buffer`, `process`, `TextEncoder`,
 *   `atob`, `URL`, timers…); built-ins the runtime does not list ("JavaScript runtime 2.0
 *   features for CloudFront Functions":
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html)
 *   are removed from that context: `Map`, `Set`, `WeakMap`, `WeakSet`, `WeakRef`, `Proxy`,
 *   `Reflect`, `Intl`, `BigInt`, `String.prototype.normalize`/`matchAll`/`at`/`replaceAll`,
 *   `Array.prototype.flat`/`flatMap`/`at`/`findLast`, `Object.fromEntries`/`hasOwn`;
 * - `import cf from 'cloudfront'` (the first line, as the runtime requires it) gives a module
 *   whose `kvs()` reads a local map: `get(key, { format })` resolves to the value as `string`,
 *   `json` (parsed) or `bytes`, and rejects when the key is missing, as documented ("Helper
 *   methods for key value stores":
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-custom-methods.html);
 *   `exists(key)` and `meta()` too;
 * - `require('crypto')` gives `createHash` and `createHmac` only (what the runtime's crypto
 *   module offers), with `update(string)` and `digest('hex' | 'base64' | 'base64url')`; any
 *   other module is an error;
 * - the code must declare a top-level `handler` function; events go in and results come out
 *   as JSON (the runtime's events are plain data), so a result that does not survive
 *   JSON is an error, like one that is neither a request nor a response.
 *
 * `Date.now()` can be set (`now`), as for the Lambda@Edge loader.
 */
import * as nodeCrypto from 'node:crypto';
import * as vm from 'node:vm';
import { isFunctionResult, type FunctionEvent, type FunctionResult } from './events.js';

/** The store a function reads: key ⇒ value, as UpdateKeys wrote them. */
export interface LocalKeyValueStore {
  readonly values: Map<string, string>;
  /** How many `get`/`exists` reads the function made (the bench and tests look). */
  reads: number;
}

/** A local store holding these entries (e.g. `buildStoreEntries`'s). */
export function localKeyValueStore(
  entries: Iterable<{ readonly key: string; readonly value: string }> = [],
): LocalKeyValueStore {
  const values = new Map<string, string>();
  for (const entry of entries) values.set(entry.key, entry.value);
  return { values, reads: 0 };
}

export type FunctionHandler = (event: FunctionEvent) => Promise<FunctionResult>;

export interface LoadFunctionOptions {
  store: LocalKeyValueStore;
  /** The clock the function sees through `Date.now()`, in epoch milliseconds. */
  now?: () => number;
  /** Called with every `console.log` line of the function. */
  log?: (line: string) => void;
  /** Counts the HMACs and hashes the function computes (tests and the bench look). */
  counters?: { hmac: number; hash: number };
}

const REMOVED = `
  for (const name of ['Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
    'Proxy', 'Reflect', 'Intl', 'BigInt', 'SharedArrayBuffer', 'Atomics', 'WebAssembly']) {
    delete globalThis[name];
  }
  for (const name of ['normalize', 'matchAll', 'at', 'replaceAll', 'isWellFormed', 'toWellFormed']) {
    delete String.prototype[name];
  }
  for (const name of ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted',
    'toReversed', 'toSpliced', 'with']) {
    delete Array.prototype[name];
  }
  delete Object.fromEntries;
  delete Object.hasOwn;
  delete Object.groupBy;
`;

type Encoding = 'hex' | 'base64' | 'base64url';

function digestOf(hash: nodeCrypto.Hash | nodeCrypto.Hmac, encoding: unknown): string {
  if (encoding !== 'hex' && encoding !== 'base64' && encoding !== 'base64url') {
    throw new Error(
      `crypto emulation: digest(${String(encoding)}) — call digest with 'hex', 'base64' or 'base64url'`,
    );
  }
  return hash.digest(encoding satisfies Encoding);
}

/** The runtime's crypto module: createHash and createHmac, string input, encoded digests. */
function cryptoModule(counters: { hmac: number; hash: number }): object {
  const wrap = (hash: nodeCrypto.Hash | nodeCrypto.Hmac): object => {
    const api = {
      update(data: unknown): object {
        if (typeof data !== 'string') throw new Error('crypto emulation: update() takes a string');
        hash.update(data, 'utf8');
        return api;
      },
      digest(encoding: unknown): string {
        return digestOf(hash, encoding);
      },
    };
    return api;
  };
  return {
    createHash(algorithm: string): object {
      counters.hash += 1;
      return wrap(nodeCrypto.createHash(algorithm));
    },
    createHmac(algorithm: string, key: unknown): object {
      if (typeof key !== 'string') throw new Error('crypto emulation: the HMAC key is a string');
      counters.hmac += 1;
      return wrap(nodeCrypto.createHmac(algorithm, key));
    },
  };
}

const IMPORT_CLOUDFRONT = /^import cf from ['"]cloudfront['"];?\n/;

/**
 * Evaluates rendered function code under the emulated runtime and returns its handler.
 * Throws when the code does not start with `import cf from 'cloudfront'` or declares no
 * `handler`.
 */
export function loadFunctionFromSource(
  code: string,
  options: LoadFunctionOptions,
): FunctionHandler {
  if (!IMPORT_CLOUDFRONT.test(code)) {
    throw new Error("function emulation: the code must start with import cf from 'cloudfront'");
  }
  const script = code.replace(IMPORT_CLOUDFRONT, '');
  const store = options.store;
  const now = options.now;
  const log = options.log ?? ((): void => undefined);
  const context = vm.createContext({});
  vm.runInContext(REMOVED, context);
  // The function's own realm's JSON.parse and Array.from: what it reads is its own objects.
  const parse: (text: string) => unknown = vm.runInContext('JSON.parse', context);
  const toBytes: (text: string) => unknown = vm.runInContext(
    '(s) => Array.from(s, (c) => c.charCodeAt(0))',
    context,
  );
  const read = (key: unknown): string => {
    store.reads += 1;
    const value = typeof key === 'string' ? store.values.get(key) : undefined;
    if (value === undefined) throw new Error(`KeyValueStore: key not found: ${String(key)}`);
    return value;
  };
  const kvs = {
    get(key: unknown, getOptions?: { format?: unknown }): Promise<unknown> {
      return new Promise((resolve) => {
        const value = read(key);
        const format = getOptions?.format ?? 'string';
        if (format === 'json') resolve(parse(value));
        else if (format === 'bytes') resolve(toBytes(Buffer.from(value).toString('latin1')));
        else resolve(value);
      });
    },
    exists(key: unknown): Promise<boolean> {
      return new Promise((resolve) => {
        store.reads += 1;
        resolve(typeof key === 'string' && store.values.has(key));
      });
    },
    meta(): Promise<object> {
      return Promise.resolve({ keyCount: store.values.size });
    },
  };
  const crypto = cryptoModule(options.counters ?? { hmac: 0, hash: 0 });
  Object.assign(context, {
    cf: { kvs: () => kvs },
    require: (id: unknown): object => {
      if (id === 'crypto') return crypto;
      throw new Error(`function emulation: require('${String(id)}') — only crypto exists`);
    },
    console: { log: (...args: unknown[]): void => log(args.map(String).join(' ')) },
    __secureDistNow: now ?? ((): number => Date.now()),
  });
  vm.runInContext('Date.now = () => __secureDistNow();', context);
  vm.runInContext(`"use strict";\n${script}`, context, { filename: 'function.js' });
  const handler: unknown = vm.runInContext(
    'typeof handler === "function" ? handler : undefined',
    context,
  );
  if (typeof handler !== 'function') {
    throw new Error('function emulation: the code declares no top-level handler function');
  }
  return async (event) => {
    const input = parse(JSON.stringify(event));
    const result: unknown = await Reflect.apply(handler, undefined, [input]);
    const text = JSON.stringify(result);
    if (text === undefined) throw new Error('function emulation: the handler returned nothing');
    const plain: unknown = JSON.parse(text);
    if (!isFunctionResult(plain)) {
      throw new Error('function emulation: returned neither a request nor a response');
    }
    return plain;
  };
}
