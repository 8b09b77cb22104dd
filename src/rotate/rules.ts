/**
 * What makes a user name or a password acceptable: the edge function's rules, shared by the
 * users secret (secret-format.ts), `rotate-users` (rotate-users.ts) and the rotation plan
 * (plan.ts); `basic-auth-users` applies the same ones in inputs.ts.
 *
 * `RotationError` is what breaking them (or any other rule of a rotation) throws outside input
 * parsing. The problems returned never quote the value: the caller says where it is (an input entry,
 * `users[2].user`) and decides whether that place may be shown.
 */

/** User and password together, in UTF-8 bytes (RFC 7617 credentials travel in one header). */
export const MAX_CREDENTIAL_BYTES = 512;

/** Why a user name cannot be used, without quoting it; `undefined` when it can. */
export function userNameProblem(user: string): string | undefined {
  if (user === '') return 'the user name is empty';
  if (user.includes(':')) return 'the user name contains a colon (RFC 7617 forbids it)';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(user)) return 'the user name contains a control character';
  if (user !== user.normalize('NFC')) return 'the user name is not NFC-normalised';
  return undefined;
}

/** Why a password cannot be used for `user`, without quoting either; `undefined` when it can. */
export function passwordProblem(password: string, user: string): string | undefined {
  if (password === '') return 'the password is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) return 'the password contains a control character';
  if (Buffer.byteLength(user) + Buffer.byteLength(password) > MAX_CREDENTIAL_BYTES) {
    return `user and password together must be at most ${MAX_CREDENTIAL_BYTES} bytes`;
  }
  return undefined;
}

/**
 * Why a stored automation token value cannot be used, without quoting it; `undefined` when it
 * can: `sdt1_` and 43 base64url characters (src/rotate/tokens.ts, src/edge/core/token.ts).
 */
export function tokenValueProblem(token: string): string | undefined {
  return /^sdt1_[A-Za-z0-9_-]{43}$/.test(token)
    ? undefined
    : 'the token is not sdt1_ and 43 base64url characters (rotate generates it)';
}

/** A rotation that cannot be planned or stored (no users to rotate, removing the last one, …). */
export class RotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RotationError';
  }
}

/** Code-unit order, the same on every machine (no locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A session key id (issue 23): what the cookie and the edge configuration allow. */
export const SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
/** A credential version (issue 23): base64url, at most 22 characters (128 bits). */
export const CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;
