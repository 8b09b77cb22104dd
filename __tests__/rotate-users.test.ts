/**
 * The users secret's JSON and the pure planning of `command: rotate`: parsing, `rotate-users`,
 * rotation, addition, removal, expiry, and (with fast-check) the promise that after any
 * sequence of them the edge function rendered from the state accepts exactly the passwords
 * that should still work: current ones, and replaced ones inside their grace period.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { join } from 'node:path';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeCredential,
  type EdgeHandler,
} from '../src/edge/config.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import { InputError } from '../src/run/input-error.js';
import { PASSWORD_BITS, generatePassword } from '../src/rotate/password.js';
import {
  EMPTY_USERS,
  RotationError,
  UsersSecretFormatError,
  credentialsDuringRotation,
  credentialsForEdge,
  introducesPasswords,
  parseRotateUsers,
  parseUsersSecret,
  rotationRequestFor,
  planRotation,
  pruneExpired,
  sameCredentials,
  sameUsersState,
  secretStrings,
  serializeUsersSecret,
  type RotationPlan,
  type RotationRequest,
  type UsersState,
} from '../src/rotate/users.js';
import { jsonAt } from '../src/synth/json.js';
import { loadTemplate } from '../src/synth/template.js';

const T0 = Date.parse('2026-05-04T10:00:00.000Z');
const HOUR = 3600;

/** Distinct, recognisable passwords, so a test can tell which one a user has. */
function counter(prefix = 'pw'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}-Zq7`;
}

function request(extra: Partial<RotationRequest> = {}): RotationRequest {
  let versions = 0;
  return {
    rotateUsers: undefined,
    graceSeconds: HOUR,
    now: T0,
    generate: counter(),
    generateCv: () => `cv${(versions += 1)}`,
    ...extra,
  };
}

const state = (users: Record<string, string>, retired: UsersState['retired'] = []): UsersState => ({
  version: 1,
  users: Object.entries(users).map(([user, password]) => ({
    user,
    password,
    createdAt: '2026-01-01T00:00:00.000Z',
  })),
  retired,
});

function handlerFor(credentials: readonly EdgeCredential[], now: () => number): EdgeHandler {
  const config = buildEdgeConfig({ scope: 'docs', realm: 'Docs', users: credentials });
  return loadHandlerFromSource(renderEdgeCode(config), { now });
}

async function accepts(handler: EdgeHandler, user: string, password: string): Promise<boolean> {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  return !isGeneratedResponse(await handler(viewerRequestEvent({ authorization })));
}

describe('generatePassword', () => {
  it('gives 24 base64url characters carrying at least 128 random bits', () => {
    expect(PASSWORD_BITS).toBeGreaterThanOrEqual(128);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(2000);
  });

  it('encodes exactly the random bytes it draws, and refuses a short draw', () => {
    const sizes: number[] = [];
    const password = generatePassword((size) => {
      sizes.push(size);
      return Buffer.alloc(size, 0xff);
    });
    expect(sizes).toEqual([PASSWORD_BITS / 8]);
    expect(Buffer.from(password, 'base64url')).toEqual(Buffer.alloc(PASSWORD_BITS / 8, 0xff));
    expect(() => generatePassword(() => Buffer.alloc(4))).toThrow(/expected 18 random bytes/);
  });
});

describe('the secret JSON', () => {
  it('reads the value the edge stack creates the secret with as no users', () => {
    const edge = loadTemplate(join(process.cwd(), 'cloudformation', 'edge.yaml'));
    const initial = jsonAt(edge, 'Resources', 'UsersSecret', 'Properties', 'SecretString');
    expect(typeof initial).toBe('string');
    expect(parseUsersSecret(String(initial), 'secret', () => undefined)).toEqual(EMPTY_USERS);
  });

  it('round-trips, sorted, whatever the order it was written in', () => {
    const written = state({ zoe: 'z-pass', Zoë: 'zoë-pass', alice: 'a:b:c' }, [
      { user: 'zoe', password: 'older', expires: 1_800_000_100 },
      { user: 'alice', password: 'old', expires: 1_800_000_000 },
    ]);
    const text = serializeUsersSecret(written);
    const read = parseUsersSecret(text, 'secret', () => undefined);
    expect(read.users.map((u) => u.user)).toEqual(['Zoë', 'alice', 'zoe']);
    expect(read.retired.map((r) => r.user)).toEqual(['alice', 'zoe']);
    expect(sameUsersState(read, written)).toBe(true);
    expect(serializeUsersSecret(read)).toBe(text);
  });

  const SECRET = 'Sup3r-Secret-Value';
  const NAME = 'Zelda-7'; // a valid user name: shown by design elsewhere, never in these errors
  /** [what, value, the error, strings of the secret that must be masked] */
  it.each<[string, unknown, RegExp, string[]]>([
    [
      'not JSON',
      `{"version":1,"users":[{"user":"${NAME}","password":"${SECRET}"`,
      /not valid JSON/,
      [SECRET],
    ],
    [
      'user:password lines instead of JSON',
      `${NAME}:${SECRET}\nbob:other pass word`,
      /not valid JSON/,
      [`${NAME}:${SECRET}`, SECRET, 'bob:other pass word', 'other pass word'],
    ],
    ['a list', [`${NAME}:${SECRET}`], /expected a JSON object/, [`${NAME}:${SECRET}`]],
    ['a map of users to passwords', { [NAME]: SECRET }, /expected "version": 1/, [NAME, SECRET]],
    ['no version', { users: [] }, /expected "version": 1/, []],
    [
      'a newer version',
      { version: 2, users: [] },
      /newer secure-dist action .* update the action/,
      [],
    ],
    [
      'users not a list',
      { version: 1, users: { [NAME]: SECRET } },
      /"users" to be a list/,
      [NAME, SECRET],
    ],
    [
      'retired not a list',
      { version: 1, users: [], retired: SECRET },
      /"retired" to be a list/,
      [SECRET],
    ],
    [
      'users as user:password strings',
      { version: 1, users: [`${NAME}:${SECRET}`] },
      /users\[0\]: expected an object with user, password, createdAt/,
      [`${NAME}:${SECRET}`],
    ],
    [
      'user:password written into the user field (15 #10)',
      { version: 1, users: [{ user: `alice:${SECRET}`, password: '', createdAt: '2026-01-01' }] },
      /users\[0\]\.user: the user name contains a colon \(RFC 7617 forbids it\); was "user:password" written into it\? The password goes in "password"/,
      [`alice:${SECRET}`],
    ],
    [
      'a user name with a control character',
      {
        version: 1,
        users: [{ user: `${NAME}\n${SECRET}`, password: 'x', createdAt: '2026-01-01' }],
      },
      /users\[0\]\.user: the user name contains a control character/,
      [`${NAME}\n${SECRET}`, SECRET],
    ],
    [
      'a user that is not a string',
      { version: 1, users: [{ user: [NAME, SECRET], password: 'x', createdAt: '2026-01-01' }] },
      /users\[0\]\.user: must be a string/,
      [NAME, SECRET],
    ],
    [
      'a password that is a number',
      { version: 1, users: [{ user: NAME, password: 12345678, createdAt: '2026-01-01' }] },
      /users\[0\]\.password: must be a string/,
      ['12345678'],
    ],
    [
      'an empty password',
      { version: 1, users: [{ user: NAME, password: '', createdAt: '2026-01-01' }] },
      /users\[0\]\.password: the password is empty/,
      [],
    ],
    [
      'a password with a control character',
      {
        version: 1,
        users: [{ user: NAME, password: `${SECRET}\nline2`, createdAt: '2026-01-01' }],
      },
      /users\[0\]\.password: the password contains a control character/,
      [`${SECRET}\nline2`, SECRET, 'line2'],
    ],
    [
      'a bad createdAt',
      { version: 1, users: [{ user: NAME, password: SECRET, createdAt: 'yesterday' }] },
      /users\[0\]\.createdAt: must be an ISO 8601 date/,
      [SECRET, 'yesterday'],
    ],
    [
      'a user listed twice',
      {
        version: 1,
        users: [
          { user: NAME, password: SECRET, createdAt: '2026-01-01' },
          { user: NAME, password: `${SECRET}2`, createdAt: '2026-01-01' },
        ],
      },
      /users\[1\]\.user: the same user as users\[0\] \(one current password per user\)/,
      [SECRET, `${SECRET}2`],
    ],
    [
      'a bad expiry, and a note with a password in an unknown field',
      {
        version: 1,
        users: [],
        retired: [{ user: NAME, password: SECRET, expires: 1.5, [`old ${SECRET}3`]: `${SECRET}4` }],
      },
      /retired\[0\]\.expires: must be whole epoch seconds/,
      [SECRET, `old ${SECRET}3`, `${SECRET}4`],
    ],
  ])(
    'refuses %s: names the field, quotes no string of the secret, masked them all first',
    (_what, value, message, mustMask) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      const events: string[] = [];
      let error: unknown;
      try {
        parseUsersSecret(text, "secret 'docs/basic-auth'", (s) => events.push(s));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsersSecretFormatError);
      const shown = error instanceof Error ? error.message : '';
      expect(shown).toMatch(message);
      expect(shown).toMatch(/^secret 'docs\/basic-auth': /);
      for (const s of [SECRET, NAME, 'bob', 'alice', 'yesterday', 'line2', '12345678']) {
        expect({ shown, contains: shown.includes(s) }).toEqual({ shown, contains: false });
      }
      expect(events).toEqual(expect.arrayContaining(mustMask));
      // The format's own field names are never masked (they appear in every message).
      expect(events).not.toEqual(expect.arrayContaining(['users']));
      expect(events).not.toContain('password');
    },
  );

  it('masks before it validates: a mask that fails stops the read before any check', () => {
    const text = JSON.stringify({ version: 1, users: [{ user: `alice:${SECRET}` }] });
    expect(() =>
      parseUsersSecret(text, 'secret', () => {
        throw new Error('mask called first');
      }),
    ).toThrow('mask called first');
  });

  it('masks every string except valid user names, in a well-formed secret too', () => {
    const written = state({ [NAME]: SECRET }, [
      { user: NAME, password: `${SECRET}-old`, expires: 9 },
    ]);
    const text = serializeUsersSecret(written);
    expect(secretStrings(text).sort()).toEqual(
      [SECRET, `${SECRET}-old`, '2026-01-01T00:00:00.000Z'].sort(),
    );
    const masked: string[] = [];
    expect(parseUsersSecret(text, 'secret', (s) => masked.push(s))).toEqual(written);
    expect(masked.sort()).toEqual(secretStrings(text).sort());
  });
});

describe('parseRotateUsers', () => {
  it('reads all, none and names', () => {
    expect(parseRotateUsers(undefined)).toBeUndefined();
    expect(parseRotateUsers(['all'])).toBeUndefined();
    expect(parseRotateUsers(['none'])).toEqual([]);
    expect(parseRotateUsers(['alice', 'bob', 'alice'])).toEqual(['alice', 'bob']);
    expect(parseRotateUsers(['Zoe\u0308'])).toEqual(['Zoë']);
  });

  it.each<[string[], RegExp]>([
    [
      ['-'],
      /'-': a '-' removed a user before the site file listed them; remove users from `users:` in site\.yml/,
    ],
    [
      ['alice', '-bob'],
      /'-bob': users are removed in site\.yml now: remove 'bob' from `users:` there/,
    ],
    [['all', 'carol'], /'all' rotates every user: use it alone, or list the users by name/],
    [['none', 'carol'], /'none' gives nobody a new password: use it alone/],
    [['a:b'], /contains a colon/],
    [[''], /expected 'all', 'none', or user names/],
  ])('refuses %j, naming the input (and the site file for removals)', (list, message) => {
    expect(() => parseRotateUsers(list, 'site.yml')).toThrow(InputError);
    expect(() => parseRotateUsers(list, 'site.yml')).toThrow(message);
    expect(() => parseRotateUsers(list, 'site.yml')).toThrow(/^`rotate-users`: /);
  });
});

describe('rotationRequestFor: the secret becomes the site file', () => {
  const secret = state({ alice: 'a-1', bob: 'b-1' }, [
    { user: 'carol', password: 'c-0', expires: T0 / 1000 + HOUR },
    { user: 'dave', password: 'd-0', expires: T0 / 1000 - 1 },
  ]);

  it('a new secret: every user of the file is added', () => {
    expect(rotationRequestFor(undefined, ['alice', 'bob'], undefined, T0)).toEqual({
      rotateUsers: ['alice', 'bob'],
      removeUsers: [],
      added: ['alice', 'bob'],
    });
  });

  it('all: every user the secret and the file share is rotated; new ones added; gone ones removed', () => {
    // carol has only a retired password still working: she is the secret's, and not the file's.
    // dave's retired password has expired: nobody to remove.
    expect(rotationRequestFor(secret, ['alice', 'erin'], undefined, T0)).toEqual({
      rotateUsers: ['alice', 'erin'],
      removeUsers: ['bob', 'carol'],
      added: ['erin'],
    });
  });

  it('names: only they are rotated; none: nobody, the additions and removals still made', () => {
    expect(rotationRequestFor(secret, ['alice', 'bob'], ['bob'], T0).rotateUsers).toEqual(['bob']);
    expect(rotationRequestFor(secret, ['alice', 'bob', 'erin'], [], T0)).toEqual({
      rotateUsers: ['erin'],
      removeUsers: ['carol'],
      added: ['erin'],
    });
  });

  it("planned, the secret holds exactly the file's users", () => {
    const request = rotationRequestFor(secret, ['alice', 'erin'], [], T0);
    const plan = planRotation(secret, {
      ...request,
      graceSeconds: HOUR,
      now: T0,
      generate: counter(),
    });
    expect(plan.next.users.map((u) => u.user)).toEqual(['alice', 'erin']);
    expect(plan.next.retired.map((r) => r.user)).toEqual([]);
    expect(plan).toMatchObject({ added: ['erin'], removed: ['bob', 'carol'], rotated: [] });
  });
});

describe('planRotation', () => {
  it('adds named users to a secret that does not exist yet', () => {
    const plan = planRotation(undefined, request({ rotateUsers: ['bob', 'alice'] }));
    expect(plan.added).toEqual(['alice', 'bob']);
    expect(plan.rotated).toEqual([]);
    expect(plan.expiresAt).toBeUndefined();
    expect(plan.next).toEqual({
      version: 1,
      // The key id deploy used for a secret without one: no session ends.
      sessionKeyId: '1',
      users: [
        { user: 'alice', password: 'pw-2-Zq7', createdAt: '2026-05-04T10:00:00.000Z', cv: 'cv2' },
        { user: 'bob', password: 'pw-1-Zq7', createdAt: '2026-05-04T10:00:00.000Z', cv: 'cv1' },
      ],
      retired: [],
    });
  });

  it('rotates every user, keeping each old password until now + grace', () => {
    const now = T0 + 250; // not on a whole second: the expiry rounds up, never shortening the grace
    const plan = planRotation(state({ alice: 'a-old', bob: 'b-old' }), request({ now }));
    const expires = Math.ceil(now / 1000) + HOUR;
    expect(plan.rotated).toEqual(['alice', 'bob']);
    expect(plan.expiresAt).toBe(expires);
    expect(plan.next.users.map((u) => [u.user, u.password])).toEqual([
      ['alice', 'pw-1-Zq7'],
      ['bob', 'pw-2-Zq7'],
    ]);
    expect(plan.next.retired).toEqual([
      { user: 'alice', password: 'a-old', expires },
      { user: 'bob', password: 'b-old', expires },
    ]);
  });

  it('rotates only the users named, and adds a named user who does not exist', () => {
    const plan = planRotation(
      state({ alice: 'a-old', bob: 'b-old' }),
      request({ rotateUsers: ['bob', 'carol'] }),
    );
    expect(plan.rotated).toEqual(['bob']);
    expect(plan.added).toEqual(['carol']);
    expect(plan.next.users.map((u) => [u.user, u.password])).toEqual([
      ['alice', 'a-old'],
      ['bob', 'pw-1-Zq7'],
      ['carol', 'pw-2-Zq7'],
    ]);
    expect(plan.next.retired.map((r) => r.user)).toEqual(['bob']);
  });

  it('keeps no old password with a grace period of 0', () => {
    const plan = planRotation(state({ alice: 'a-old' }), request({ graceSeconds: 0 }));
    expect(plan.next.retired).toEqual([]);
    expect(plan.expiresAt).toBeUndefined();
  });

  it('removes a user with their retired passwords at once, and tolerates a repeat', () => {
    const before = state({ alice: 'a', bob: 'b' }, [
      { user: 'bob', password: 'b-older', expires: T0 / 1000 + 60 },
    ]);
    const plan = planRotation(before, request({ rotateUsers: [], removeUsers: ['bob'] }));
    expect(plan.removed).toEqual(['bob']);
    expect(plan.next).toEqual({ ...state({ alice: 'a' }), sessionKeyId: '1' });
    const again = planRotation(plan.next, request({ rotateUsers: [], removeUsers: ['bob'] }));
    expect(again.removed).toEqual([]);
    expect(again.notFound).toEqual(['bob']);
    expect(sameUsersState(again.next, plan.next)).toBe(true);
  });

  it('drops expired retired passwords on the way', () => {
    const before = state({ alice: 'a' }, [
      { user: 'alice', password: 'gone', expires: T0 / 1000 },
      { user: 'alice', password: 'still', expires: T0 / 1000 + 1 },
    ]);
    const plan = planRotation(before, request({ rotateUsers: [], removeUsers: ['nobody'] }));
    expect(plan.next.retired.map((r) => r.password)).toEqual(['still']);
  });

  it('says how to add users when there is nobody to rotate', () => {
    expect(() => planRotation(undefined, request())).toThrow(RotationError);
    expect(() => planRotation(EMPTY_USERS, request())).toThrow(
      /no users to rotate yet: list them in `users` of the site file \(users: \[alice, bob\]\); rotate adds them/,
    );
  });

  it('refuses to remove the last user, saying what to do instead', () => {
    expect(() =>
      planRotation(state({ alice: 'a' }), request({ rotateUsers: [], removeUsers: ['alice'] })),
    ).toThrow(
      /removing 'alice' would leave no users.*keep at least one user in `users` of the site file/,
    );
    expect(() =>
      planRotation(undefined, request({ rotateUsers: [], removeUsers: ['alice'] })),
    ).toThrow(/there are no users: list them in `users` of the site file/);
  });

  it('refuses a generated password that is empty, has a control character or is not new', () => {
    const before = state({ alice: 'same' });
    expect(() => planRotation(before, request({ generate: () => '' }))).toThrow(/is empty/);
    expect(() => planRotation(before, request({ generate: () => 'a\tb' }))).toThrow(/control/);
    expect(() => planRotation(before, request({ generate: () => 'same' }))).toThrow(
      /one the user already has/,
    );
  });

  it('never puts a password into an error message', () => {
    try {
      planRotation(state({ alice: 'Pw-Not-Shown' }), request({ generate: () => 'Pw-Not-Shown' }));
    } catch (e) {
      expect(String(e)).not.toContain('Pw-Not-Shown');
      return;
    }
    throw new Error('expected an error');
  });
});

describe('credentials for the edge function', () => {
  const s = state({ alice: 'a-new' }, [
    { user: 'alice', password: 'a-old', expires: T0 / 1000 + 10 },
    { user: 'alice', password: 'a-expired', expires: T0 / 1000 },
  ]);

  it('are the current passwords and the retired ones still in their grace period', () => {
    expect(credentialsForEdge(s, T0)).toEqual([
      { user: 'alice', password: 'a-new' },
      { user: 'alice', password: 'a-old', expires: T0 / 1000 + 10 },
    ]);
    expect(credentialsForEdge(s, T0 + 10_000)).toEqual([{ user: 'alice', password: 'a-new' }]);
    expect(pruneExpired(s, T0 + 9_999).retired.map((r) => r.password)).toEqual(['a-old']);
  });

  it('during a rotation: the next state, plus what the next state drops, as it is now', () => {
    const before = state({ alice: 'a', bob: 'b' });
    const graced = planRotation(before, request({ rotateUsers: ['alice'] }));
    expect(
      sameCredentials(
        credentialsDuringRotation(before, graced.next, T0),
        credentialsForEdge(graced.next, T0),
      ),
    ).toBe(true);
    expect(introducesPasswords(before, graced.next, T0)).toBe(true);

    const cut = planRotation(before, request({ rotateUsers: ['alice'], graceSeconds: 0 }));
    // alice's old password leaves with her new version: her sessions end as the edge learns it.
    expect(credentialsDuringRotation(before, cut.next, T0)).toEqual([
      { user: 'alice', password: 'pw-1-Zq7', cv: 'cv1' },
      { user: 'bob', password: 'b' },
      { user: 'alice', password: 'a', cv: 'cv1' },
    ]);

    const removal = planRotation(before, request({ rotateUsers: [], removeUsers: ['bob'] }));
    expect(credentialsDuringRotation(before, removal.next, T0)).toContainEqual({
      user: 'bob',
      password: 'b',
    });
    expect(introducesPasswords(before, removal.next, T0)).toBe(false);
  });

  it('make a handler that takes old and new passwords before the expiry, only the new after', async () => {
    const plan = planRotation(state({ alice: 'a-old' }), request());
    const expiresAt = plan.expiresAt ?? 0;
    let now = T0;
    const handler = handlerFor(credentialsForEdge(plan.next, T0), () => now);
    expect(await accepts(handler, 'alice', 'a-old')).toBe(true);
    expect(await accepts(handler, 'alice', 'pw-1-Zq7')).toBe(true);
    now = expiresAt * 1000 - 1;
    expect(await accepts(handler, 'alice', 'a-old')).toBe(true);
    now = expiresAt * 1000;
    expect(await accepts(handler, 'alice', 'a-old')).toBe(false);
    expect(await accepts(handler, 'alice', 'pw-1-Zq7')).toBe(true);
  });
});

describe('any sequence of rotations, additions and removals (property)', () => {
  const POOL = ['ann', 'bo', 'cy', 'Zoë'];
  type Step =
    | { kind: 'rotate'; users: string[] | undefined; grace: number; advance: number }
    | { kind: 'remove'; user: string; advance: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant<'rotate'>('rotate'),
      users: fc.option(fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
      grace: fc.constantFrom(0, 30, 90, HOUR),
      advance: fc.integer({ min: 0, max: 120_000 }),
    }),
    fc.record({
      kind: fc.constant<'remove'>('remove'),
      user: fc.constantFrom(...POOL),
      advance: fc.integer({ min: 0, max: 120_000 }),
    }),
  );

  it('accepts every password that should work, and no removed or expired one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 200_000 }),
        async (steps, later) => {
          // The model: every password ever issued, and until when it should work (ms, exclusive).
          const issued: { user: string; password: string; until: number }[] = [];
          let current: UsersState | undefined;
          let now = T0;
          const generate = counter('p');
          for (const s of steps) {
            now += s.advance;
            const req: RotationRequest =
              s.kind === 'rotate'
                ? { rotateUsers: s.users, graceSeconds: s.grace, now, generate }
                : { rotateUsers: [], removeUsers: [s.user], graceSeconds: 0, now, generate };
            let plan: RotationPlan;
            try {
              plan = planRotation(current, req);
            } catch (e) {
              if (e instanceof RotationError) continue; // refused: nothing changes
              throw e;
            }
            const until = plan.expiresAt === undefined ? now : plan.expiresAt * 1000;
            for (const entry of issued) {
              const replaced = plan.rotated.includes(entry.user) && entry.until === Infinity;
              if (replaced) entry.until = s.kind === 'rotate' && s.grace > 0 ? until : now;
              if (plan.removed.includes(entry.user)) entry.until = -Infinity;
            }
            for (const u of plan.next.users) {
              if (!issued.some((e) => e.user === u.user && e.password === u.password)) {
                issued.push({ user: u.user, password: u.password, until: Infinity });
              }
            }
            current = plan.next;
          }
          if (current === undefined) return;
          // What a deploy at `now` bakes in, checked at `now` and at a later time.
          let clock = now;
          const handler = handlerFor(credentialsForEdge(current, now), () => clock);
          for (const at of [now, now + later]) {
            clock = at;
            for (const entry of issued) {
              expect({
                ...entry,
                at,
                accepted: await accepts(handler, entry.user, entry.password),
              }).toEqual({ ...entry, at, accepted: at < entry.until });
            }
          }
          // The state itself holds exactly the passwords that still work at `now`.
          const held = new Set(credentialsForEdge(current, now).map((c) => c.password));
          for (const entry of issued) expect(held.has(entry.password)).toBe(now < entry.until);
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});
