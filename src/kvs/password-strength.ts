/**
 * The password rule of `edge: function` (issue 14): CloudFront Functions have no slow KDF, only
 * SHA-256/HMAC, so a leaked store (with the pepper) could be attacked offline at the speed of
 * HMAC-SHA-256. Only passwords no such attack can reach are accepted: at least 128 bits of
 * entropy, estimated by a stated, conservative rule:
 *
 *     bits = length × log2(pool)
 *
 * where `length` counts Unicode code points and `pool` adds up the character classes the
 * password uses: 26 (a-z), 26 (A-Z), 10 (0-9), 33 (other printable ASCII, space included),
 * 100 (anything else). A password must also use at least 10 different characters (so
 * 'aaaa…' of any length is refused) and at least two of lower-case letters, upper-case letters
 * and digits (so a phrase of lower-case words, 'correct horse battery staple', is refused: the
 * formula would credit it with 164 bits, a dictionary attack needs about 44). `rotate` generates 24 base64url characters (144 random
 * bits, src/rotate/password.ts): 24 × log2(26+26+10+33) = 157.7 estimated bits, always accepted.
 *
 * A rule for passwords people chose cannot measure their real entropy; it only refuses the ones
 * that are certainly too weak. For human-chosen phrases, let `rotate` generate the passwords.
 * Pure; the messages never quote the password.
 */

/** The minimum estimated entropy, in bits, of a password with `edge: function`. */
export const FUNCTION_MIN_PASSWORD_BITS = 128;
/** The minimum number of different characters. */
export const FUNCTION_MIN_DISTINCT_CHARACTERS = 10;

/** The estimated entropy of `password` in bits (see the module comment). */
export function estimatedPasswordBits(password: string): number {
  const chars = [...password];
  let lower = false;
  let upper = false;
  let digit = false;
  let ascii = false;
  let other = false;
  for (const c of chars) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else if (c >= ' ' && c <= '~') ascii = true;
    else other = true;
  }
  const pool =
    (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (ascii ? 33 : 0) + (other ? 100 : 0);
  return pool <= 1 ? 0 : chars.length * Math.log2(pool);
}

/**
 * Why `password` is too weak for `edge: function`, without quoting it; `undefined` when it
 * passes the rule.
 */
export function functionPasswordProblem(password: string): string | undefined {
  const bits = estimatedPasswordBits(password);
  const distinct = new Set(password).size;
  const mixed = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(password)).length;
  if (
    bits >= FUNCTION_MIN_PASSWORD_BITS &&
    distinct >= FUNCTION_MIN_DISTINCT_CHARACTERS &&
    mixed >= 2
  ) {
    return undefined;
  }
  const why =
    distinct < FUNCTION_MIN_DISTINCT_CHARACTERS
      ? `it uses only ${distinct} different characters (at least ${FUNCTION_MIN_DISTINCT_CHARACTERS})`
      : mixed < 2
        ? 'it does not mix at least two of lower-case letters, upper-case letters and digits'
        : `its estimated entropy is ${Math.floor(bits)} bits (length × log2 of the character classes used)`;
  return (
    `the password is too weak for \`edge: function\`: ${why}; CloudFront Functions can only use a fast hash ` +
    `(HMAC-SHA-256), so passwords need at least ${FUNCTION_MIN_PASSWORD_BITS} bits: ` +
    'let `command: rotate` generate them, or use 22+ random letters and digits'
  );
}
