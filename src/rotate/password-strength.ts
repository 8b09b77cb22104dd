/**
 * Which passwords `edge: function` accepts, measured against a guessing attacker (issue 22 #5,
 * #6). Action side only (deploy, rotate): the CloudFront Function itself checks nothing but the
 * HMAC, and stays free of dependencies.
 *
 * Why a rule this strict: the runtime stores HMAC-SHA-256 hashes keyed with a per-site pepper
 * (src/edge/function/format.ts), and principals with read-only access to the account hold both
 * halves. `cloudfront:GetFunction` returns the function's code, pepper included, and
 * `cloudfront-keyvaluestore:ListKeys`/`GetKey` the hashes and salts. The AWS-managed policies
 * `ReadOnlyAccess` (v178) and `CloudFrontReadOnlyAccess` (v12) grant `cloudfront:Get*` and
 * `cloudfront-keyvaluestore:Get*`/`List*`; `SecurityAudit` (v85) grants `cloudfront:Get*`, the
 * pepper without the hashes (AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/CloudFrontReadOnlyAccess.html,
 * .../ReadOnlyAccess.html and .../SecurityAudit.html; the versions named were read from the
 * policy documents mirrored in github.com/zoph-io/MAMIP, policies/<name>, 2026-03). A CloudFront
 * Function can read nothing else (its code and its KeyValueStore), so the pepper cannot be kept
 * where these policies do not reach. Such a reader guesses offline at GPU speed, billions of
 * HMAC-SHA-256 a second per card (an order of magnitude from public hashcat benchmarks, not
 * measured here): a password stands only if it was generated or as hard to guess.
 *
 * A password is accepted when it passes `functionPasswordProblem` (store.ts: 128 bits counted
 * as random characters of its alphabet, no character over a quarter of it) and zxcvbn-ts
 * (`@zxcvbn-ts/core`, with the common and English dictionaries: passwords, words, names,
 * keyboard walks, repeats, sequences, dates) estimates it takes
 *
 * - at least 10^20 guesses (`GENERATED_MIN_LOG10`), when it has the form of a password `rotate`
 *   generates (`GENERATED_FORM`: 24 base64url characters, 18 random bytes, 144 bits): such a
 *   password is taken as generated unless zxcvbn-ts finds a pattern in it. zxcvbn-ts counts a
 *   character it cannot explain as one of 10 (it underestimates random strings: 10^24 for 24
 *   random characters, not 64^24), and of 20,000 random 24-character base64url strings 1 fell
 *   below 10^20 (10^19.5), 2 more below 10^21, the median was 10^24 (measured with these
 *   dictionaries and `L33T_MAX_SUBSTITUTIONS`). `rotate` draws again when one falls below
 *   (`generateAcceptedPassword`): that leaves out about 1 password in 20,000 of the 2^144.
 * - at least 2^128 guesses (`CHOSEN_MIN_LOG10`) otherwise: with 10 guesses per unexplained
 *   character, about 39 characters in which zxcvbn-ts sees no pattern, e.g. 48 random base64
 *   characters (`openssl rand -base64 36`, 288 bits). This is conservative on purpose: an
 *   estimator cannot tell a chosen password from a random one, so a chosen one must be long
 *   enough that even text counted at 3.3 bits a character reaches 2^128.
 *
 * So `Password1!Password1!` (10^4.6), `Summer2024!Summer2024` (10^12.1),
 * `correct horse battery staple` (10^19.7), `0123456789abcdef0123456789abcdef` (10^4.5) and
 * `1234567890` repeated (10^2) are refused, each with what to do.
 *
 * The dictionaries are about 1.6 MB of JavaScript: this module loads them only when asked
 * (`loadPasswordStrength`), so no command but those that write the function's store reads them.
 * Building the estimator takes under a second; a check, tens of milliseconds.
 */
import { functionPasswordProblem } from '../edge/function/store.js';

/** The form of a password `rotate` generates: 18 random bytes, base64url (password.ts). */
export const GENERATED_FORM = /^[A-Za-z0-9_-]{24}$/;
/** log10 of the guesses zxcvbn-ts must estimate for a password of `GENERATED_FORM`. */
export const GENERATED_MIN_LOG10 = 20;
/** log10 of the guesses zxcvbn-ts must estimate for any other password: 2^128. */
export const CHOSEN_MIN_LOG10 = 128 * Math.log10(2);
/**
 * zxcvbn-ts's cap on l33t substitutions tried: its default, 100, makes a check of a random
 * 24-character string take 0.2 to 1 s, 4 takes 20 to 50 ms; l33t passwords have fewer
 * (`P@ssw0rd!P@ssw0rd!` is estimated the same, 10^4.35, with 4, 10 or 30). The figures in the
 * module comment were measured with 4.
 */
const L33T_MAX_SUBSTITUTIONS = 4;

/** The strength check, once the dictionaries are loaded. */
export interface PasswordStrength {
  /** Why `edge: function` refuses the password (never quoting it), or undefined. */
  problem(password: string): string | undefined;
  /** zxcvbn-ts's estimate of the guesses, as log10. */
  guessesLog10(password: string): number;
}

let loading: Promise<PasswordStrength> | undefined;

/** The check, with zxcvbn-ts and its dictionaries loaded (once per process). */
export function loadPasswordStrength(): Promise<PasswordStrength> {
  loading ??= build();
  return loading;
}

async function build(): Promise<PasswordStrength> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  const guessesLog10 = (password: string): number => zxcvbn.check(password).guessesLog10;
  return {
    guessesLog10,
    problem: (password) => {
      const basic = functionPasswordProblem(password);
      if (basic !== undefined) return basic;
      return strengthProblem(password, guessesLog10(password.normalize('NFC')));
    },
  };
}

/** The refusal for a password whose zxcvbn-ts estimate is `log10` guesses, or undefined. */
export function strengthProblem(password: string, log10: number): string | undefined {
  const about = `about 10^${Math.floor(log10)} guesses`;
  if (GENERATED_FORM.test(password)) {
    if (log10 >= GENERATED_MIN_LOG10) return undefined;
    return (
      `has the form of a generated password (24 base64url characters) but zxcvbn-ts finds a pattern in it ` +
      `(${about}; a random one needs over 10^${GENERATED_MIN_LOG10}): it was not generated`
    );
  }
  if (log10 >= CHOSEN_MIN_LOG10) return undefined;
  return (
    `can be guessed in ${about} (2^${Math.floor(log10 / Math.log10(2))}) by zxcvbn-ts's estimate; a password ` +
    'that `rotate` did not generate needs 2^128 (about 40 characters in which zxcvbn-ts sees no word, name, ' +
    'date, sequence or repeat)'
  );
}

/**
 * What every refusal adds: why, and what to do. `edge: function` keeps fast hashes that a
 * principal with read-only access can test guesses against offline.
 */
export const STRENGTH_ADVICE =
  'with `edge: function` the hashes are fast (HMAC-SHA-256) and readable, with the pepper, by anyone with ' +
  'read-only access to the account, so only generated passwords are safe: leave `basic-auth-users` empty and ' +
  'let `command: rotate` generate the passwords (24 random characters), or give one generated with ' +
  '`openssl rand -base64 36` (48 characters)';

/**
 * A password from `generate` that the check accepts: drawn again while the check refuses it
 * (about 1 draw in 20,000 of `generatePassword`'s; see the module comment). Throws after 20
 * refusals in a row, which only a broken generator produces.
 */
export function generateAcceptedPassword(
  generate: () => string,
  strength: Pick<PasswordStrength, 'problem'>,
): string {
  for (let i = 0; i < 20; i++) {
    const password = generate();
    if (strength.problem(password) === undefined) return password;
  }
  throw new Error(
    'password generator: 20 passwords in a row were refused by the edge: function strength check',
  );
}

/** One user's password, as deploy and rotate hold them. */
export interface UserPassword {
  readonly user: string;
  readonly password: string;
}

/**
 * Throws `refusal(user, problem)` for the first password `edge: function` must not store
 * (`PasswordStrength.problem`); loads the estimator only when there is a password to check.
 */
export async function checkFunctionPasswordStrength(
  users: readonly UserPassword[],
  refusal: (user: string, problem: string) => Error,
): Promise<void> {
  if (users.length === 0) return;
  const strength = await loadPasswordStrength();
  for (const { user, password } of users) {
    const problem = strength.problem(password);
    if (problem !== undefined) throw refusal(user, problem);
  }
}
