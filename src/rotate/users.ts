/**
 * The users and their passwords when they live in AWS Secrets Manager (`basic-auth-users`
 * empty), and the pure planning of `command: rotate`, one file per concern:
 *
 *   - `secret-format.ts`: what the secret `<stack-name>/basic-auth` holds; reading it (every
 *     string that could be a password masked first, then validated) and writing it;
 *   - `secret-mask.ts`: which strings of the secret are masked before it is validated;
 *   - `rotate-users.ts`: the `rotate-users` input (who gets a new password);
 *   - `site-users.ts`: the rotation that makes the secret's users the site file's `users`;
 *   - `plan.ts`: the secret's next value and who changed (`planRotation`);
 *   - `edge-credentials.ts`: what the edge function accepts, before, during and after;
 *   - `rules.ts`: what a user name and a password may be, `RotationError`;
 *   - `password.ts`: new random passwords.
 *
 * This module re-exports them all, for callers that import the whole rotation at once.
 */
export {
  EMPTY_USERS,
  SECRET_STRING_LIMIT,
  USERS_SECRET_VERSION,
  UsersSecretFormatError,
  parseUsersSecret,
  passwordsOf,
  sameUsersState,
  serializeUsersSecret,
  validateUsersState,
  type CurrentPassword,
  type RetiredPassword,
  type UsersState,
} from './secret-format.js';
export { secretStrings, type Mask } from './secret-mask.js';
export { parseRotateUsers } from './rotate-users.js';
export { rotationRequestFor, type SiteRotation } from './site-users.js';
export { planRotation, pruneExpired, type RotationPlan, type RotationRequest } from './plan.js';
export {
  credentialsDuringRotation,
  credentialsForEdge,
  introducesPasswords,
  sameCredentials,
} from './edge-credentials.js';
export { RotationError } from './rules.js';
