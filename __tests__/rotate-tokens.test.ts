/**
 * Automation tokens in the users secret (issue 23 item 3): the secret's `tokens` read and
 * written (old secrets without it unchanged), masked before validation, the pure planning of
 * `rotate` (new name ⇒ value, removed name ⇒ dropped, kept otherwise, `token:<name>` ⇒ new
 * value), the `rotate-users` entries, and what a deploy bakes in.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { withTokens } from '../src/commands/rotate.js';
import { parseRotateUsers } from '../src/rotate/rotate-users.js';
import {
  parseUsersSecret,
  sameUsersState,
  serializeUsersSecret,
  UsersSecretFormatError,
  type UsersState,
} from '../src/rotate/secret-format.js';
import { secretStrings } from '../src/rotate/secret-mask.js';
import {
  generateToken,
  introducesTokens,
  planTokens,
  sameTokens,
  splitTokenSelection,
  tokensDuringRotation,
  tokensForEdge,
} from '../src/rotate/tokens.js';

const T0 = Date.parse('2026-05-04T10:00:00.000Z');
const value = (): string => `sdt1_${randomBytes(32).toString('base64url')}`;
const CI = value();
const OLD = value();
const BASE: UsersState = {
  version: 1,
  users: [{ user: 'alice', password: 'alice-password', createdAt: '2026-01-01T00:00:00.000Z' }],
  retired: [],
};

describe('the users secret with tokens', () => {
  it('round-trips tokens, sorted by name, and masks every value before validating', () => {
    const state: UsersState = {
      ...BASE,
      tokens: [
        { name: 'zeta', token: OLD, createdAt: '2026-02-01T00:00:00.000Z' },
        { name: 'ci', token: CI, createdAt: '2026-02-01T00:00:00.000Z' },
      ],
    };
    const text = serializeUsersSecret(state);
    const masked: string[] = [];
    const back = parseUsersSecret(text, 'secret', (s) => masked.push(s));
    expect(back.tokens?.map((t) => t.name)).toEqual(['ci', 'zeta']);
    expect(sameUsersState(back, state)).toBe(true);
    expect(masked).toEqual(expect.arrayContaining([CI, OLD]));
    // Token names are shown like user names, so they are not masked.
    expect(masked).not.toContain('ci');
    expect(sameUsersState(back, { ...state, tokens: [] })).toBe(false);
  });

  it('keeps a secret written before tokens exactly as it was, and reads it without tokens', () => {
    const old = serializeUsersSecret(BASE);
    expect(old).not.toContain('tokens');
    const read = parseUsersSecret(old, 'secret', () => undefined);
    expect(read.tokens).toBeUndefined();
    expect(serializeUsersSecret(read)).toBe(old);
    expect(serializeUsersSecret({ ...BASE, tokens: [] })).toBe(old);
  });

  it('refuses malformed tokens naming the field, never the value', () => {
    const bad = (tokens: unknown): string => {
      const text = JSON.stringify({ ...BASE, tokens });
      try {
        parseUsersSecret(text, 'secret', () => undefined);
      } catch (e) {
        expect(e).toBeInstanceOf(UsersSecretFormatError);
        return e instanceof Error ? e.message : '';
      }
      throw new Error('accepted');
    };
    const at = '2026-01-01T00:00:00.000Z';
    expect(bad({})).toMatch(/"tokens" to be a list/);
    expect(bad([{ name: 'ci', token: 'sdt1_short', createdAt: at }])).toMatch(
      /tokens\[0\]\.token: the token is not sdt1_/,
    );
    expect(bad([{ name: 'ci', token: 'sdt1_short', createdAt: at }])).not.toContain('sdt1_short');
    expect(bad([{ name: 'a:b', token: CI, createdAt: at }])).toMatch(
      /tokens\[0\]\.name: the token name contains a colon/,
    );
    expect(bad([{ name: 'ci', token: CI, createdAt: 'soon' }])).toMatch(/createdAt/);
    expect(
      bad([
        { name: 'ci', token: CI, createdAt: at },
        { name: 'ci', token: OLD, createdAt: at },
      ]),
    ).toMatch(/tokens\[1\]\.name: the same token/);
  });

  it('masks a token value wherever a hand edit put it', () => {
    expect(secretStrings(JSON.stringify({ ...BASE, tokens: [{ name: CI }] }))).toContain(CI);
    expect(secretStrings(JSON.stringify({ ...BASE, tokens: { ci: CI } }))).toContain(CI);
  });
});

describe('rotate: the next state with its tokens', () => {
  it('keeps every other field, one the state does not have yet too, when the tokens change', () => {
    // A field added to the users secret after this code was written (as `sessionKeyId` was):
    // rotate's copy must carry it, not only the fields it knew of.
    const future = { ...BASE, sessionKeyId: 'k7', laterField: { kept: true } };
    const tokens = [{ name: 'ci', token: CI, createdAt: '2026-02-01T00:00:00.000Z' }];
    const added = withTokens(future, tokens);
    expect(added).toEqual({ ...future, tokens });
    const removed = withTokens(added, []);
    expect(removed).toEqual(future);
    expect(removed).not.toHaveProperty('tokens');
    expect(withTokens(added, undefined)).toEqual(future);
  });
});

describe('rotate: planning the tokens', () => {
  let n = 0;
  const generate = (): string => {
    n += 1;
    return `sdt1_${String(n).padStart(43, 'x')}`;
  };
  const stored = [{ name: 'ci', token: OLD, createdAt: '2026-01-01T00:00:00.000Z' }];

  it('gives a new name a value, keeps an existing one, drops a removed one', () => {
    const plan = planTokens(stored, ['checker'], [], T0, generate);
    expect(plan.added).toEqual(['checker']);
    expect(plan.removed).toEqual(['ci']);
    expect(plan.tokens.map((t) => t.name)).toEqual(['checker']);
    const kept = planTokens(stored, ['ci'], [], T0, generate);
    expect(kept.tokens).toEqual(stored);
    expect(kept.added.length + kept.regenerated.length + kept.removed.length).toBe(0);
  });

  it('regenerates a token named token:<name>, and refuses one the file does not list', () => {
    const plan = planTokens(stored, ['ci'], ['ci'], T0, generate);
    expect(plan.regenerated).toEqual(['ci']);
    expect(plan.tokens[0]?.token).not.toBe(OLD);
    expect(plan.tokens[0]?.createdAt).toBe(new Date(T0).toISOString());
    expect(() => planTokens(stored, ['ci'], ['other'], T0, generate)).toThrow(
      /names token 'other', which `automation-tokens`/,
    );
    expect(() => planTokens(stored, ['ci'], [], T0, () => 'weak')).not.toThrow();
    expect(() => planTokens([], ['ci'], [], T0, () => 'weak')).toThrow(/not sdt1_/);
  });

  it('generates sdt1_ and 43 base64url characters from 32 random bytes', () => {
    expect(generateToken()).toMatch(/^sdt1_[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(generateToken());
    expect(generateToken(() => Buffer.alloc(32, 255))).toBe(`sdt1_${'_'.repeat(42)}8`);
    expect(() => generateToken(() => Buffer.alloc(16))).toThrow(/32 random bytes/);
  });

  it('reads token:<name> entries of rotate-users apart from user names', () => {
    expect(parseRotateUsers(['token:ci'])).toEqual(['token:ci']);
    expect(splitTokenSelection(parseRotateUsers(['alice', 'token: ci']))).toEqual({
      users: ['alice'],
      tokens: ['ci'],
    });
    expect(splitTokenSelection(['token:ci'])).toEqual({ users: [], tokens: ['ci'] });
    expect(splitTokenSelection(undefined)).toEqual({ users: undefined, tokens: [] });
    expect(() => parseRotateUsers(['token:'])).toThrow(/token name is empty/);
    expect(() => parseRotateUsers(['token:a:b'])).toThrow(/token name contains a colon/);
  });
});

describe('deploy: the tokens the edge function gets', () => {
  const site = [
    { name: 'ci', globs: ['/reports/**'], expires: 1_900_000_000 },
    { name: 'new', globs: undefined, expires: undefined },
  ];
  const stored = [
    { name: 'ci', token: CI, createdAt: '2026-01-01T00:00:00.000Z' },
    { name: 'gone', token: OLD, createdAt: '2026-01-01T00:00:00.000Z' },
  ];

  it('the file’s tokens with the secret’s values; a name without one warned about; a dropped one left out', () => {
    const warnings: string[] = [];
    const tokens = tokensForEdge(stored, site, (m) => warnings.push(m));
    expect(tokens).toEqual([
      { name: 'ci', token: CI, globs: ['/reports/**'], expires: 1_900_000_000 },
    ]);
    expect(warnings.join('\n')).toMatch(/'new' have no value yet/);
    expect(warnings.join('\n')).not.toContain('sdt1_');
  });

  it('during a rotation both values of a regenerated token work; afterwards only the new', () => {
    const before = [{ name: 'ci', token: OLD }];
    const after = [{ name: 'ci', token: CI }];
    expect(tokensDuringRotation(before, after)).toEqual([...after, ...before]);
    expect(introducesTokens(before, after)).toBe(true);
    expect(introducesTokens(after, after)).toBe(false);
    expect(sameTokens(after, [{ name: 'ci', token: CI }])).toBe(true);
    expect(sameTokens(after, [{ name: 'ci', token: CI, globs: ['/a'] }])).toBe(false);
  });
});
