/**
 * The strength check for `edge: function` passwords (issue 22 #5): zxcvbn-ts with the common
 * and English dictionaries (src/rotate/password-strength.ts). The five passwords the review
 * found accepted by the 128-bit rule alone are refused, with an error that says what the rule
 * is and what to do, and never quotes the password; generated passwords pass.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { functionPasswordProblem } from '../src/edge/function/store.js';
import {
  CHOSEN_MIN_LOG10,
  GENERATED_MIN_LOG10,
  STRENGTH_ADVICE,
  checkFunctionPasswordStrength,
  generateAcceptedPassword,
  loadPasswordStrength,
  type PasswordStrength,
} from '../src/rotate/password-strength.js';

/** The review's five (issue 22 #5): each passes the 128-bit character-class rule. */
const REVIEW_FOUND = [
  'Password1!Password1!',
  'Summer2024!Summer2024',
  'correct horse battery staple',
  '0123456789abcdef0123456789abcdef',
  '1234567890'.repeat(4),
];

/** Passwords `rotate` generated (18 random bytes, base64url), fixed so the test is repeatable. */
const GENERATED = [
  'Q7vJ2mX9pL4sR8tK1wZ6yB3n',
  'h4Rk9Tz2Lq7Wm3Xc8Vb1Nf6P',
  '0VQ96O7jWzJL3780XU0vPIbB',
  'p_3kZ-Qa9mWx2RvL8tYc4NhE',
];
/** `openssl rand -base64 36`: 48 random base64 characters. */
const OPENSSL = 'k3Jx9QvZ2mLp8RtW4sYb7Nc1Hf6Gd0Ae5Ui+Oo/TyXr3MwBq';

let strength: PasswordStrength;
beforeAll(async () => {
  strength = await loadPasswordStrength();
});

describe('edge: function password strength (issue 22 #5)', () => {
  it.each(REVIEW_FOUND)('refuses %s, which the 128-bit rule alone accepts', (password) => {
    expect(functionPasswordProblem(password)).toBeUndefined();
    const problem = strength.problem(password);
    expect(problem).toMatch(
      /^can be guessed in about 10\^\d+ guesses \(2\^\d+\) by zxcvbn-ts's estimate/,
    );
    expect(problem).toContain('a password that `rotate` did not generate needs 2^128');
    expect(problem).not.toContain(password);
    expect(strength.guessesLog10(password)).toBeLessThan(CHOSEN_MIN_LOG10);
  });

  it('accepts generated passwords, and a long random one given by hand', () => {
    for (const password of GENERATED) {
      expect([password, strength.problem(password)]).toEqual([password, undefined]);
      expect(strength.guessesLog10(password)).toBeGreaterThanOrEqual(GENERATED_MIN_LOG10);
    }
    expect(strength.problem(OPENSSL)).toBeUndefined();
    expect(strength.guessesLog10(OPENSSL)).toBeGreaterThanOrEqual(CHOSEN_MIN_LOG10);
  });

  it('refuses a password of the generated form in which zxcvbn-ts sees a pattern', () => {
    const walk = 'QwertyuiopAsdfghjkl12345';
    expect(functionPasswordProblem(walk)).toBeUndefined();
    expect(strength.problem(walk)).toMatch(
      /^has the form of a generated password \(24 base64url characters\) but zxcvbn-ts finds a pattern in it \(about 10\^\d+ guesses; a random one needs over 10\^20\): it was not generated$/,
    );
  });

  it('refuses a chosen password below 2^128 even when it is long and patternless to the rule', () => {
    // 32 random-looking base64url characters: 192 bits by the rule, about 10^32 by zxcvbn-ts.
    const chosen = 'Xk29fLq0Zr7TmW4cVb8Np1Hs6Jd3Ge5Y';
    expect(functionPasswordProblem(chosen)).toBeUndefined();
    expect(strength.problem(chosen)).toMatch(/needs 2\^128/);
  });

  it('still applies the 128-bit rule first', () => {
    expect(strength.problem('Q7vJ2mX9pL4sR8tK')).toBe(functionPasswordProblem('Q7vJ2mX9pL4sR8tK'));
    expect(strength.problem('Q7vJ2mX9pL4sR8tK')).toMatch(/bits of entropy/);
  });

  it('says which passwords are safe in the advice every refusal carries', () => {
    expect(STRENGTH_ADVICE).toContain('read-only access');
    expect(STRENGTH_ADVICE).toContain('let `command: rotate` generate the passwords');
    expect(STRENGTH_ADVICE).toContain('openssl rand -base64 36');
  });
});

describe('generateAcceptedPassword', () => {
  it('draws again while the check refuses, and returns the first accepted', () => {
    const draws = ['QwertyuiopAsdfghjkl12345', 'aaaaaaaaaaaaaaaaaaaaaaaa', GENERATED[0] ?? ''];
    let i = 0;
    const password = generateAcceptedPassword(() => draws[i++] ?? '', strength);
    expect(password).toBe(GENERATED[0]);
    expect(i).toBe(3);
  });

  it('throws after 20 refusals in a row (a broken generator)', () => {
    let calls = 0;
    expect(() =>
      generateAcceptedPassword(() => {
        calls++;
        return 'Password1!Password1!';
      }, strength),
    ).toThrow('password generator: 20 passwords in a row were refused');
    expect(calls).toBe(20);
  });
});

describe('checkFunctionPasswordStrength', () => {
  it("throws the caller's error for the first refused user, naming no password", async () => {
    const users = [
      { user: 'alice', password: GENERATED[0] ?? '' },
      { user: 'bob', password: 'correct horse battery staple' },
      { user: 'carol', password: 'Password1!Password1!' },
    ];
    await expect(
      checkFunctionPasswordStrength(users, (user, problem) => new Error(`${user}: ${problem}`)),
    ).rejects.toThrow(/^bob: can be guessed in about 10\^19 guesses/);
  });

  it('accepts no users at all without loading anything', async () => {
    await expect(
      checkFunctionPasswordStrength([], () => new Error('unreachable')),
    ).resolves.toBeUndefined();
  });
});
