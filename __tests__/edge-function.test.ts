/**
 * The CloudFront Functions runtime beyond the conformance suite: the bundle's shape and size,
 * the renderer, the emulation's faithfulness, the cost and fail-closed paths of verification,
 * and rotation by writing the store alone (issue 14).
 */
import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { functionCodeProblems } from '../scripts/function-check.mjs';
import {
  FUNCTION_PLACEHOLDER,
  FUNCTION_TEMPLATE,
  RESPONSE_FUNCTION_TEMPLATE,
} from '../src/edge/function/bundled.js';
import { loadFunctionFromSource, localKeyValueStore } from '../src/edge/function/emulator.js';
import {
  functionViewerRequestEvent,
  functionViewerResponseEvent,
  isFunctionResponse,
} from '../src/edge/function/events.js';
import {
  MAX_FUNCTION_BYTES,
  renderFunctionCode,
  renderResponseFunctionCode,
} from '../src/edge/function/render.js';
import { buildStoreEntries } from '../src/edge/function/store.js';

const PEPPER = 'Pp0123456789abcdefghijklmnopqrstuvwxyzABCDE';
const PW_A = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const PW_B = 'Jt5Hc7Vm0Rf2Qa9Lw3Ne8Ux';
const PW_C = 'Zq4Wm8Tp1Rk6Yn3Hs9Lb2Fc';

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function status(
  handler: ReturnType<typeof loadFunctionFromSource>,
  user: string,
  password: string,
  uri = '/x.txt',
): Promise<number | string> {
  const result = await handler(
    functionViewerRequestEvent({ uri, authorization: basic(user, password) }),
  );
  return isFunctionResponse(result) ? result.statusCode : result.uri;
}

describe('the bundles (viewer request, viewer response)', () => {
  it('are what cloudfront-js-2.0 runs: import cf first, require(crypto), a top-level handler, no export', () => {
    for (const template of [FUNCTION_TEMPLATE, RESPONSE_FUNCTION_TEMPLATE]) {
      expect(
        template.startsWith("import cf from 'cloudfront';\nvar cfCrypto = require('crypto');\n"),
      ).toBe(true);
      expect(template).toMatch(/(^|[;}\n])async function handler\(/);
      expect(template).not.toMatch(/\bexport\b|module\.exports/);
      expect(functionCodeProblems(template)).toEqual([]);
      expect(template.split(FUNCTION_PLACEHOLDER)).toHaveLength(2);
    }
  });

  it('each stays under the 10 KB function limit with its largest configuration', () => {
    const code = renderFunctionCode({ realm: 'R'.repeat(128), pepper: PEPPER });
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(MAX_FUNCTION_BYTES);
    const response = renderResponseFunctionCode({ trustedPages: true });
    expect(Buffer.byteLength(response)).toBeLessThanOrEqual(MAX_FUNCTION_BYTES);
  });

  it('the viewer-response work is only in the viewer-response function', async () => {
    // The split that makes room in the viewer-request function (issue 23): its code has none
    // of the viewer-response code, and the viewer-response function reads no store and
    // computes no HMAC.
    for (const marker of ['viewer-cache-control', 'allow-popups-to-escape-sandbox']) {
      expect(FUNCTION_TEMPLATE).not.toContain(marker);
      expect(RESPONSE_FUNCTION_TEMPLATE).toContain(marker);
    }
    expect(RESPONSE_FUNCTION_TEMPLATE).not.toContain('kvs(');
    const store = localKeyValueStore(
      buildStoreEntries({ scope: 's', pepper: PEPPER, users: [{ user: 'a', password: PW_A }] }),
    );
    const counters = { hmac: 0, hash: 0 };
    const response = loadFunctionFromSource(renderResponseFunctionCode({}), { store, counters });
    const result = await response(
      functionViewerResponseEvent({
        headers: {
          'content-type': 'text/html',
          'x-amz-meta-viewer-cache-control': 'private, max-age=60',
        },
      }),
    );
    expect(isFunctionResponse(result) && result.headers?.['cache-control']?.value).toBe(
      'private, max-age=60',
    );
    expect(isFunctionResponse(result) && result.headers?.['content-security-policy']).toBeTruthy();
    expect({ reads: store.reads, ...counters }).toEqual({ reads: 0, hmac: 0, hash: 0 });
  });

  it('the check refuses what the runtime lacks', () => {
    const bad = [
      'for (const a of b) {}',
      'const [a] = b;',
      'f(...a);',
      'new Map();',
      'new TextDecoder();',
      'Buffer.from("x");',
      'a?.b;',
      'a ?? b;',
      'class A {}',
      'const f = async () => 1;',
      'async function g() { return h(await i()); }',
      'export { g };',
      "require('fs');",
      "import x from 'y';",
      '/(?<=a)b/;',
      'function d(a = 1) { return a; }',
    ];
    for (const snippet of bad) {
      expect(
        functionCodeProblems(`${snippet}\nasync function handler(e) { return e.request; }`),
      ).not.toEqual([]);
    }
    expect(functionCodeProblems('function other() {}')).toEqual([
      'declares no top-level function handler(event)',
    ]);
  });
});

describe('renderResponseFunctionCode', () => {
  it('puts `trusted-pages` in, only when true, and nothing secret', () => {
    expect(renderResponseFunctionCode({})).toContain('{}');
    expect(renderResponseFunctionCode({ trustedPages: false })).toBe(
      renderResponseFunctionCode({}),
    );
    expect(renderResponseFunctionCode({ trustedPages: true })).toContain('{"trustedPages":true}');
    expect(renderResponseFunctionCode({ trustedPages: true })).not.toContain(FUNCTION_PLACEHOLDER);
  });
});

describe('renderFunctionCode', () => {
  it('puts the realm and pepper in, deterministically, and no user or password', () => {
    const a = renderFunctionCode({ realm: 'Site', pepper: PEPPER });
    expect(renderFunctionCode({ realm: 'Site', pepper: PEPPER })).toBe(a);
    expect(a).toContain(JSON.stringify({ realm: 'Site', pepper: PEPPER }));
    expect(a).not.toContain(FUNCTION_PLACEHOLDER);
  });

  it('refuses a bad realm or pepper', () => {
    expect(() => renderFunctionCode({ realm: 'a"b', pepper: PEPPER })).toThrow(/realm/);
    expect(() => renderFunctionCode({ realm: '', pepper: PEPPER })).toThrow(/realm/);
    expect(() => renderFunctionCode({ realm: 'x', pepper: 'short' })).toThrow(/pepper must be 43/);
  });
});

describe('the cloudfront-js-2.0 emulation', () => {
  const store = localKeyValueStore();
  const run = async (body: string): Promise<unknown> => {
    const code = `import cf from 'cloudfront';\nvar cfCrypto = require('crypto');\nasync function handler(event) { ${body} }`;
    return loadFunctionFromSource(code, { store })(functionViewerRequestEvent({}));
  };
  const answer = (expression: string): string =>
    `var v; try { v = String(${expression}); } catch (e) { v = 'threw ' + e.name; } return { statusCode: 200, body: { encoding: 'text', data: v } };`;
  const data = async (expression: string): Promise<unknown> =>
    ((await run(answer(expression))) as { body: { data: string } }).body.data;

  it('has no Node globals and none of the built-ins the runtime does not list', async () => {
    for (const name of [
      'Buffer',
      'process',
      'TextEncoder',
      'TextDecoder',
      'atob',
      'URL',
      'setTimeout',
      'Map',
      'Set',
      'WeakMap',
      'Proxy',
      'Reflect',
      'Intl',
    ]) {
      expect(await data(`typeof ${name}`)).toBe('undefined');
    }
    expect(await data("typeof ''.normalize")).toBe('undefined');
    expect(await data('typeof [].flat')).toBe('undefined');
    expect(
      await data(
        'typeof cfCrypto.createHmac + typeof cfCrypto.createHash + typeof cfCrypto.timingSafeEqual + typeof cfCrypto.scryptSync',
      ),
    ).toBe('functionfunctionundefinedundefined');
    expect(await data("require('fs')")).toBe('threw Error');
    expect(await data("cfCrypto.createHash('sha256').update('x').digest()")).toBe('threw Error');
    expect(await data("cfCrypto.createHmac('sha256', 'k').update('x').digest('hex')")).toBe(
      createHmac('sha256', 'k').update('x').digest('hex'),
    );
  });

  it('kvs().get rejects for a missing key and parses json values', async () => {
    store.values.set('k', '{"a":[1]}');
    const body =
      "var kvs = cf.kvs(); var out; try { out = JSON.stringify(await kvs.get('k', { format: 'json' })); } catch (e) { out = 'threw'; } var missing; try { await kvs.get('nope'); missing = 'found'; } catch (e) { missing = 'rejected'; } return { statusCode: 200, body: { encoding: 'text', data: out + ' ' + missing } };";
    expect(((await run(body)) as { body: { data: string } }).body.data).toBe('{"a":[1]} rejected');
  });

  it('refuses code without the cloudfront import or without a handler', () => {
    expect(() => loadFunctionFromSource('async function handler(e) {}', { store })).toThrow(
      /import cf/,
    );
    expect(() =>
      loadFunctionFromSource("import cf from 'cloudfront';\nfunction h() {}", { store }),
    ).toThrow(/no top-level handler/);
  });
});

describe('verification', () => {
  const users = [
    { user: 'alice', password: PW_A },
    { user: 'bob', password: PW_B },
  ];
  const code = renderFunctionCode({ realm: 'R', pepper: PEPPER });

  it('costs one store read and one HMAC, for a known user, a wrong password or an unknown user', async () => {
    for (const [user, password] of [
      ['alice', PW_A],
      ['alice', PW_B],
      ['mallory', PW_A],
    ] as const) {
      const store = localKeyValueStore(buildStoreEntries({ scope: 's', pepper: PEPPER, users }));
      const counters = { hmac: 0, hash: 0 };
      const handler = loadFunctionFromSource(code, { store, counters });
      await status(handler, user, password);
      expect({ reads: store.reads, ...counters }).toEqual({ reads: 1, hmac: 1, hash: 0 });
    }
  });

  it('does not read the store for malformed credentials', async () => {
    const store = localKeyValueStore(buildStoreEntries({ scope: 's', pepper: PEPPER, users }));
    const handler = loadFunctionFromSource(code, { store });
    const result = await handler(functionViewerRequestEvent({ authorization: 'Basic !!!!' }));
    expect(isFunctionResponse(result) && result.statusCode).toBe(401);
    expect(store.reads).toBe(0);
  });

  it('fails closed on a value it did not write, a hash copied between users, another pepper', async () => {
    const entries = buildStoreEntries({ scope: 's', pepper: PEPPER, users });
    const store = localKeyValueStore(entries);
    const handler = loadFunctionFromSource(code, { store });
    expect(await status(handler, 'alice', PW_A)).toBe('/x.txt');
    store.values.set('u:alice', store.values.get('u:bob') ?? '');
    expect(await status(handler, 'alice', PW_B)).toBe(401);
    store.values.set('u:alice', 'not json');
    expect(await status(handler, 'alice', PW_A)).toBe(401);
    store.values.set('u:alice', JSON.stringify({ v: 2, s: 'A'.repeat(22), p: [] }));
    expect(await status(handler, 'alice', PW_A)).toBe(401);
    const other = localKeyValueStore(
      buildStoreEntries({ scope: 's', pepper: 'Q'.repeat(43), users }),
    );
    expect(await status(loadFunctionFromSource(code, { store: other }), 'bob', PW_B)).toBe(401);
  });

  it('rotates by writing the store alone: the new password at once, the old one until its expiry', async () => {
    const expires = 1_900_000_000;
    let now = expires * 1000 - 10_000;
    const store = localKeyValueStore(buildStoreEntries({ scope: 's', pepper: PEPPER, users }));
    const handler = loadFunctionFromSource(code, { store, now: () => now });
    expect(await status(handler, 'alice', PW_C)).toBe(401);
    // What `rotate` sends with UpdateKeys: alice's new password, the old one with an expiry.
    for (const entry of buildStoreEntries({
      scope: 's',
      pepper: PEPPER,
      users: [
        { user: 'alice', password: PW_A, expires },
        { user: 'alice', password: PW_C },
        { user: 'bob', password: PW_B },
      ],
    })) {
      store.values.set(entry.key, entry.value);
    }
    expect(await status(handler, 'alice', PW_C)).toBe('/x.txt');
    expect(await status(handler, 'alice', PW_A)).toBe('/x.txt');
    now = expires * 1000;
    expect(await status(handler, 'alice', PW_A)).toBe(401);
    expect(await status(handler, 'alice', PW_C)).toBe('/x.txt');
  });
});
