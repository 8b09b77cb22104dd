/**
 * Issue 23 item 1, the settings: `login` and `session-lifetime` in the site file, the
 * `end-sessions` run input of rotate, and the users secret's `sessionKeyId` and per-user `cv`
 * (read, validated, masked, written).
 */
import { describe, expect, it } from '@jest/globals';
import { parseEndSessions } from '../src/rotate/end-sessions.js';
import {
  DEFAULT_SESSION_KEY_ID,
  parseUsersSecret,
  sameUsersState,
  serializeUsersSecret,
  type UsersState,
} from '../src/rotate/secret-format.js';
import { secretStrings } from '../src/rotate/secret-mask.js';
import { generateCredentialVersion, generateSessionKeyId } from '../src/rotate/session-ids.js';
import { CREDENTIAL_VERSION, SESSION_KEY_ID } from '../src/rotate/rules.js';
import { parseSite } from '../src/site/load.js';
import { configFrom, messageOf, siteFrom } from './helpers/site.js';

const problems = (text: string): string =>
  messageOf(() => parseSite(text, 'secure-dist.yml', { workspace: '/repo', command: 'deploy' }));

describe('login and session-lifetime (site file)', () => {
  it('default to a sign-in form and 12-hour sessions', () => {
    const site = siteFrom({ users: ['alice'] });
    expect(site.login).toBe('form');
    expect(site.sessionLifetimeSeconds).toBe(12 * 3600);
  });

  it('take basic, and a lifetime up to 30 days in the project duration syntax', () => {
    expect(siteFrom({ users: ['alice'], login: 'basic' }).login).toBe('basic');
    expect(siteFrom({ users: ['alice'], 'session-lifetime': '90m' }).sessionLifetimeSeconds).toBe(
      5400,
    );
    expect(siteFrom({ users: ['alice'], 'session-lifetime': '30d' }).sessionLifetimeSeconds).toBe(
      30 * 86400,
    );
    expect(siteFrom({ users: ['alice'], 'session-lifetime': 600 }).sessionLifetimeSeconds).toBe(
      600,
    );
  });

  it.each([
    [
      'users: [alice]\nlogin: cookie\n',
      /^secure-dist\.yml:2: login: got 'cookie'; allowed: form \(a sign-in page/,
    ],
    [
      'users: [alice]\nsession-lifetime: 31d\n',
      /^secure-dist\.yml:2: session-lifetime: must be at most 30d, got '31d'$/,
    ],
    [
      'users: [alice]\nsession-lifetime: 0\n',
      /^secure-dist\.yml:2: session-lifetime: got 0; allowed: a duration such as 90m, 12h or 7d \(at most 30d\)$/,
    ],
    [
      'users: [alice]\nsession-lifetime: a week\n',
      /^secure-dist\.yml:2: session-lifetime: got 'a week'; allowed: a duration such as 90m, 12h or 7d/,
    ],
  ])('refuses %j naming file, line and key', (text, message) => {
    expect(problems(text)).toMatch(message);
  });
});

describe('end-sessions (run input of rotate)', () => {
  it('is none by default, all, or a list of user names', () => {
    expect(parseEndSessions('')).toEqual({ kind: 'none' });
    expect(parseEndSessions(' none ')).toEqual({ kind: 'none' });
    expect(parseEndSessions('all')).toEqual({ kind: 'all' });
    expect(parseEndSessions('bob, alice\nbob')).toEqual({ kind: 'users', users: ['bob', 'alice'] });
    // NFC, as the file's users.
    expect(parseEndSessions('Zoe\u0301')).toEqual({ kind: 'users', users: ['Zoé'] });
  });

  it('refuses a keyword mixed with names, and names the input', () => {
    expect(messageOf(() => parseEndSessions('all, bob'))).toBe(
      "`end-sessions`: 'all' stands alone: use none, all, or user names (alice, bob)",
    );
    expect(messageOf(() => parseEndSessions('bob\nnone'))).toMatch(
      /^`end-sessions`: 'none' stands alone/,
    );
  });

  it('is checked against the site file: its users, and login: form', () => {
    const settings = { 'stack-name': 'docs', users: ['alice', 'bob'] };
    expect(
      configFrom(settings, { command: 'rotate', 'end-sessions': 'bob' }).run.endSessions,
    ).toEqual({ kind: 'users', users: ['bob'] });
    expect(
      messageOf(() => configFrom(settings, { command: 'rotate', 'end-sessions': 'carol, bob' })),
    ).toBe("`end-sessions`: 'carol' is not among the `users` of secure-dist.yml (alice, bob)");
    expect(
      messageOf(() =>
        configFrom({ ...settings, login: 'basic' }, { command: 'rotate', 'end-sessions': 'all' }),
      ),
    ).toBe(
      '`end-sessions`: secure-dist.yml has `login: basic`: there are no sessions to end (they exist with `login: form`)',
    );
    // Like the other rotate inputs, another command reads it without acting on it.
    expect(
      configFrom(settings, { command: 'deploy', 'end-sessions': 'carol' }).run.endSessions,
    ).toEqual({ kind: 'users', users: ['carol'] });
  });
});

describe('the users secret: sessionKeyId and cv', () => {
  const noMask = (): undefined => undefined;
  const withSessions: UsersState = {
    version: 1,
    sessionKeyId: 'k3F9a',
    users: [
      {
        user: 'alice',
        password: 'pw-a-0123456789',
        createdAt: '2026-01-01T00:00:00.000Z',
        cv: 'Qm9_x-1',
      },
      { user: 'bob', password: 'pw-b-0123456789', createdAt: '2026-01-01T00:00:00.000Z' },
    ],
    retired: [{ user: 'alice', password: 'pw-a-old', expires: 1767229200 }],
  };

  it('round-trips: written, read back the same', () => {
    const text = serializeUsersSecret(withSessions);
    expect(JSON.parse(text)).toMatchObject({ sessionKeyId: 'k3F9a' });
    expect(JSON.parse(text).users[0]).toEqual({
      user: 'alice',
      password: 'pw-a-0123456789',
      createdAt: '2026-01-01T00:00:00.000Z',
      cv: 'Qm9_x-1',
    });
    expect(parseUsersSecret(text, 's', noMask)).toEqual(withSessions);
  });

  it('keeps a secret written before issue 23 valid, with neither', () => {
    const old =
      '{"version":1,"users":[{"user":"alice","password":"pw","createdAt":"2026-01-01T00:00:00Z"}]}';
    const state = parseUsersSecret(old, 's', noMask);
    expect(state.sessionKeyId).toBeUndefined();
    expect(state.users[0]?.cv).toBeUndefined();
    expect(JSON.parse(serializeUsersSecret(state))).not.toHaveProperty('sessionKeyId');
    expect(DEFAULT_SESSION_KEY_ID).toMatch(SESSION_KEY_ID);
  });

  it('counts a new key id or version as a change of the users', () => {
    expect(sameUsersState(withSessions, { ...withSessions, sessionKeyId: 'other' })).toBe(false);
    const [alice, bob] = withSessions.users;
    if (alice === undefined || bob === undefined) throw new Error('fixture');
    expect(
      sameUsersState(withSessions, { ...withSessions, users: [{ ...alice, cv: 'new' }, bob] }),
    ).toBe(false);
    expect(sameUsersState(withSessions, { ...withSessions })).toBe(true);
  });

  it.each([
    [{ sessionKeyId: 'has-hyphen' }, 's: sessionKeyId: must be 1 to 16 letters and digits'],
    [{ sessionKeyId: 'x'.repeat(17) }, 's: sessionKeyId: must be 1 to 16 letters and digits'],
    [{ sessionKeyId: 7 }, 's: sessionKeyId: must be 1 to 16 letters and digits'],
    [{ cv: 'a b' }, 's: users[0].cv: must be 1 to 22 characters of A-Z, a-z, 0-9, _ and -'],
    [
      { cv: 'x'.repeat(23) },
      's: users[0].cv: must be 1 to 22 characters of A-Z, a-z, 0-9, _ and -',
    ],
  ])('refuses %j, naming the field and never its value', (change, message) => {
    const { cv, ...top } = change as { cv?: unknown; sessionKeyId?: unknown };
    const value = {
      version: 1,
      ...top,
      users: [
        {
          user: 'alice',
          password: 'pw-a-0123456789',
          createdAt: '2026-01-01T00:00:00Z',
          ...(cv === undefined ? {} : { cv }),
        },
      ],
    };
    expect(messageOf(() => parseUsersSecret(JSON.stringify(value), 's', noMask))).toBe(message);
  });

  it('masks neither the field names nor well-formed values, but a password pasted into them', () => {
    const masked = secretStrings(serializeUsersSecret(withSessions));
    for (const shown of ['sessionKeyId', 'cv', 'k3F9a', 'Qm9_x-1', 'alice']) {
      expect({ shown, masked: masked.includes(shown) }).toEqual({ shown, masked: false });
    }
    expect(masked).toContain('pw-a-0123456789');
    const pasted = JSON.stringify({
      version: 1,
      sessionKeyId: 'my secret pw!',
      users: [{ user: 'a', password: 'p', createdAt: 'x', cv: 'alice:hunter2 x' }],
    });
    expect(secretStrings(pasted)).toEqual(
      expect.arrayContaining(['my secret pw!', 'alice:hunter2 x']),
    );
  });

  it('generates key ids and versions of the allowed shapes, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => generateSessionKeyId()));
    const versions = new Set(Array.from({ length: 50 }, () => generateCredentialVersion()));
    expect(ids.size).toBe(50);
    expect(versions.size).toBe(50);
    for (const id of ids) expect(id).toMatch(SESSION_KEY_ID);
    for (const v of versions) expect(v).toMatch(CREDENTIAL_VERSION);
  });
});
