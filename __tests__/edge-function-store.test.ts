/**
 * The KeyValueStore format of the CloudFront Functions runtime, action side: keys, values,
 * limits, the HMAC, the password rule. The function's reading side is tested through the
 * conformance suite (edge-conformance.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import {
  MAX_STORE_VALUE_BYTES,
  buildStoreEntries,
  encodeStoredUser,
  functionHash,
  functionPasswordProblem,
  functionSalt,
  generatePepper,
  parseStoredUser,
  planStoreUpdate,
} from '../src/edge/function/store.js';
import { generatePassword } from '../src/rotate/password.js';

const PEPPER = 'A'.repeat(43);
const STRONG = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd'; // 22 base64url characters: 132 bits
const STRONG2 = 'Jt5Hc7Vm0Rf2Qa9Lw3Ne8Ux';

describe('buildStoreEntries', () => {
  it('writes one u:<user> key per user with salt, hashes and expiry, sorted by key', () => {
    const entries = buildStoreEntries({
      scope: 'site',
      pepper: PEPPER,
      users: [
        { user: 'zoë', password: STRONG },
        { user: 'alice', password: STRONG, expires: 1_800_000_000 },
        { user: 'alice', password: STRONG2 },
      ],
    });
    expect(entries.map((e) => e.key)).toEqual(['u:alice', 'u:zoë']);
    const alice = parseStoredUser(JSON.parse(entries[0]?.value ?? ''));
    expect(alice?.s).toBe(functionSalt('site', 'alice'));
    expect(alice?.g).toBeUndefined();
    const salt = functionSalt('site', 'alice');
    expect(new Set(alice?.p)).toEqual(
      new Set([
        { h: functionHash(PEPPER, salt, 'alice', STRONG), e: 1_800_000_000 },
        { h: functionHash(PEPPER, salt, 'alice', STRONG2) },
      ]),
    );
  });

  it('hashes HMAC-SHA-256(pepper, label NUL salt NUL length:user:password), base64url', () => {
    const salt = functionSalt('site', 'bob');
    const want = createHmac('sha256', PEPPER)
      .update(`secure-dist/function/v1\u0000${salt}\u00003:bob:${STRONG}`)
      .digest('base64url');
    expect(functionHash(PEPPER, salt, 'bob', STRONG)).toBe(want);
    expect(want).toHaveLength(43);
    // Bound to the user and to the pepper.
    expect(functionHash(PEPPER, salt, 'bo', `b:${STRONG}`)).not.toBe(want);
    expect(functionHash('B'.repeat(43), salt, 'bob', STRONG)).not.toBe(want);
  });

  it('is deterministic: the same users give byte-identical values', () => {
    const build = (): unknown =>
      buildStoreEntries({
        scope: 's',
        pepper: PEPPER,
        users: [
          { user: 'b', password: STRONG2 },
          { user: 'a', password: STRONG },
        ],
      });
    expect(build()).toEqual(build());
  });

  it('writes each user the globs of the rules naming them or *; [] for a user no rule names', () => {
    const entries = buildStoreEntries({
      scope: 's',
      pepper: PEPPER,
      users: [
        { user: 'acme', password: STRONG },
        { user: 'other', password: STRONG2 },
      ],
      access: [
        { users: ['acme'], globs: ['/acme/**'] },
        { users: ['*'], globs: ['/public/**', '/acme/**'] },
      ],
    });
    const records = entries.map((e) => parseStoredUser(JSON.parse(e.value)));
    expect(records[0]?.g).toEqual(['/acme/**', '/public/**']);
    expect(records[1]?.g).toEqual(['/public/**', '/acme/**']);
    const none = buildStoreEntries({
      scope: 's',
      pepper: PEPPER,
      users: [
        { user: 'acme', password: STRONG },
        { user: 'other', password: STRONG2 },
      ],
      access: [{ users: ['acme'], globs: ['/acme/**'] }],
    });
    expect(parseStoredUser(JSON.parse(none[1]?.value ?? ''))?.g).toEqual([]);
  });

  it('refuses weak passwords, bad peppers, unknown rule users, and values over 1 KB', () => {
    const base = { scope: 's', pepper: PEPPER };
    expect(() =>
      buildStoreEntries({ ...base, users: [{ user: 'a', password: 'hunter2' }] }),
    ).toThrow(/password of user 'a' carries about \d+ bits/);
    expect(() =>
      buildStoreEntries({ ...base, pepper: 'short', users: [{ user: 'a', password: STRONG }] }),
    ).toThrow(/pepper must be 43 base64url/);
    expect(() =>
      buildStoreEntries({
        ...base,
        users: [{ user: 'a', password: STRONG }],
        access: [{ users: ['b'], globs: ['/x'] }],
      }),
    ).toThrow(/names user 'b'/);
    const globs = Array.from({ length: 60 }, (_, i) => `/folder-number-${i}/**`);
    expect(() =>
      buildStoreEntries({
        ...base,
        users: [{ user: 'a', password: STRONG }],
        access: [{ users: ['a'], globs }],
      }),
    ).toThrow(/record of user 'a' is \d+ bytes, over the 1024-byte KeyValueStore value limit/);
    expect(() =>
      buildStoreEntries({ ...base, users: [{ user: 'é'.repeat(300), password: STRONG }] }),
    ).toThrow(/over the 512-byte KeyValueStore key limit/);
    // Errors never quote a password.
    try {
      buildStoreEntries({ ...base, users: [{ user: 'a', password: 'hunter2' }] });
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });

  it('keeps a record with three rotated passwords and a dozen globs within 1 KB', () => {
    const value = encodeStoredUser('someone', {
      v: 1,
      s: functionSalt('s', 'someone'),
      p: [
        { h: 'a'.repeat(43), e: 1_800_000_000 },
        { h: 'b'.repeat(43), e: 1_800_003_600 },
        { h: 'c'.repeat(43) },
      ],
      g: Array.from({ length: 12 }, (_, i) => `/customers/acme-${i}/**`),
    });
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(MAX_STORE_VALUE_BYTES);
  });
});

describe('parseStoredUser', () => {
  it('rejects anything this code did not write (fails closed)', () => {
    const good = { v: 1, s: 'a'.repeat(22), p: [{ h: 'b'.repeat(43) }] };
    expect(parseStoredUser(good)).toEqual(good);
    for (const bad of [
      null,
      'x',
      [],
      { ...good, v: 2 },
      { ...good, s: 'a'.repeat(21) },
      { ...good, p: [{ h: 'b'.repeat(42) }] },
      { ...good, p: [{ h: 'b'.repeat(43), e: '1' }] },
      { ...good, p: [{ h: 'b'.repeat(43), e: -1 }] },
      { ...good, g: '/x' },
      { ...good, g: [1] },
      { ...good, p: {} },
      { ...good, c: '' },
      { ...good, c: 'x'.repeat(23) },
      { ...good, c: 'a.b' },
      { ...good, c: 7 },
    ]) {
      expect(parseStoredUser(bad)).toBeUndefined();
    }
  });

  it('reads the credential version `c` (issue 23)', () => {
    const good = { v: 1, s: 'a'.repeat(22), p: [{ h: 'b'.repeat(43) }], c: 'Xy_-9'.repeat(4) };
    expect(parseStoredUser(good)).toEqual(good);
    expect(parseStoredUser({ ...good, c: 'z'.repeat(22) })?.c).toBe('z'.repeat(22));
  });
});

describe('buildStoreEntries: the credential version (issue 23)', () => {
  it("stores the users secret's `cv` as `c`, for the users that have one", () => {
    const entries = buildStoreEntries({
      scope: 'site',
      pepper: PEPPER,
      users: [
        { user: 'alice', password: STRONG, cv: 'v1a' },
        // A retired password during the grace period: no version of its own.
        { user: 'alice', password: STRONG2, expires: 1_800_000_000 },
        { user: 'bob', password: STRONG },
      ],
    });
    const record = (key: string) =>
      parseStoredUser(JSON.parse(entries.find((e) => e.key === key)?.value ?? ''));
    expect(record('u:alice')?.c).toBe('v1a');
    expect(record('u:alice')?.p).toHaveLength(2);
    expect(record('u:bob')?.c).toBeUndefined();
    expect(entries.find((e) => e.key === 'u:bob')?.value).not.toContain('"c"');
  });

  it('a new version changes the stored value (sessions end), the same one does not', () => {
    const build = (cv: string) =>
      buildStoreEntries({
        scope: 'site',
        pepper: PEPPER,
        users: [{ user: 'a', password: STRONG, cv }],
      });
    expect(build('one')).toEqual(build('one'));
    expect(build('two')[0]?.value).not.toBe(build('one')[0]?.value);
  });

  it('refuses a malformed version or two versions for one user', () => {
    for (const cv of ['', 'x'.repeat(23), 'a b', 'ü']) {
      expect(() =>
        buildStoreEntries({
          scope: 's',
          pepper: PEPPER,
          users: [{ user: 'a', password: STRONG, cv }],
        }),
      ).toThrow(/credential version of user 'a' must be 1 to 22/);
    }
    expect(() =>
      buildStoreEntries({
        scope: 's',
        pepper: PEPPER,
        users: [
          { user: 'a', password: STRONG, cv: 'one' },
          { user: 'a', password: STRONG2, cv: 'two' },
        ],
      }),
    ).toThrow(/user 'a' is given two credential versions/);
  });
});

describe('functionPasswordProblem', () => {
  it('accepts what rotate generates and random strings of 128 bits', () => {
    for (let i = 0; i < 200; i += 1)
      expect(functionPasswordProblem(generatePassword())).toBeUndefined();
    expect(functionPasswordProblem('0123456789abcdef'.repeat(2))).toBeUndefined(); // 32 hex: 128
    expect(functionPasswordProblem('9'.repeat(20) + '1234567890123456789')).toBe(
      'repeats one character in more than a quarter of its length (it does not look random)',
    );
    expect(functionPasswordProblem(STRONG)).toBeUndefined();
  });

  it('refuses short ones, naming the bits and what would be enough', () => {
    expect(functionPasswordProblem('0123456789abcdef0123456789abcde')).toMatch(
      /about 124 bits of entropy \(31 characters of hexadecimal\).*32 such random characters/,
    );
    expect(functionPasswordProblem('open sesame')).toMatch(/printable ASCII/);
    expect(functionPasswordProblem('')).toBe('is empty');
    expect(functionPasswordProblem('a\u0000'.repeat(20))).toBe('contains a control character');
  });
});

describe('generatePepper', () => {
  it('is 43 base64url characters from 32 random bytes', () => {
    expect(generatePepper()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generatePepper((n) => Buffer.alloc(n, 1))).toBe(
      Buffer.alloc(32, 1).toString('base64url'),
    );
    expect(() => generatePepper(() => Buffer.alloc(3))).toThrow(/32 random bytes/);
  });
});

describe('planStoreUpdate', () => {
  it('sends nothing for an unchanged store, the changed and new pairs, and deletes only stale u: keys', () => {
    const wanted = buildStoreEntries({
      scope: 's',
      pepper: PEPPER,
      users: [
        { user: 'a', password: STRONG },
        { user: 'b', password: STRONG2 },
      ],
    });
    expect(planStoreUpdate(wanted, wanted)).toEqual({ puts: [], deletes: [] });
    const current = [
      { key: 'u:a', value: 'old' },
      { key: 'u:gone', value: 'x' },
      { key: 'other:thing', value: 'kept' },
    ];
    expect(planStoreUpdate(current, wanted)).toEqual({
      puts: wanted,
      deletes: ['u:gone'],
    });
  });
});
