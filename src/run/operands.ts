/**
 * The operands of one run: what `share` shares and for how long, what `audit` reads, whether a
 * deploy or rotate rotates the share key. Pure parsers of run inputs; errors name the input.
 */
import { userNameProblem } from '../edge/core/index.js';
import { parseDuration } from '../site/values.js';
import { InputError, inputValue } from './input-error.js';
import type { Command } from './names.js';

export type ShareKeyRotate = 'no' | 'rotate' | 'revoke';

/** `expires-in` when the input is empty: 7 days. */
export const DEFAULT_EXPIRES_IN = '7d';
/** The longest `expires-in`: 30 days (a rotated share key stays trusted this long). */
export const MAX_EXPIRES_IN_SECONDS = 30 * 86_400;

/** `user` (for `audit`): a user name as `basic-auth-users` allows it, or `share:<key id>`. */
export function parseAuditUser(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const user = raw.normalize('NFC');
  if (user.startsWith('share:')) {
    if (!/^share:[A-Z0-9]{1,128}$/.test(user)) {
      throw new InputError('user', `expected share:<CloudFront public key ID>, got '${user}'`);
    }
    return user;
  }
  const problem = userNameProblem(user);
  if (problem !== undefined) throw new InputError('user', `user name '${user}' ${problem}`);
  return user;
}

/** `path` (for `audit`): an absolute URI path; ending in `/`, a folder and everything under it. */
export function parseAuditPath(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  if (!raw.startsWith('/') || /[\u0000-\u001f\u007f?#]/.test(raw)) {
    throw new InputError(
      'path',
      `expected a path starting with / (a folder ends with /), without a query or control characters, got '${raw}'`,
    );
  }
  return raw;
}

/** `share-key-rotate`: `false` (default), `true` (rotate, old key kept) or `revoke`. */
export function parseShareKeyRotate(raw: string): ShareKeyRotate {
  const value = raw.trim();
  if (value === 'revoke') return 'revoke';
  if (value === '' || value === 'false' || value === 'False' || value === 'FALSE') return 'no';
  if (value === 'true' || value === 'True' || value === 'TRUE') return 'rotate';
  throw new InputError('share-key-rotate', `expected true, false or revoke, got '${value}'`);
}

/** `expires-in`: a duration, at most `MAX_EXPIRES_IN_SECONDS`. */
export function parseExpiresIn(raw: string): number {
  const seconds = inputValue('expires-in', () => parseDuration(raw.trim() || DEFAULT_EXPIRES_IN));
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new InputError('expires-in', `must be at most 30d, got '${raw.trim()}'`);
  }
  return seconds;
}

/**
 * `path` (share): one object key (`docs/report.pdf`) or a folder prefix ending in `/`
 * (`docs/2026/`), a leading `/` optional. Required by `command: share`. Refused: empty or `/`
 * (the whole site: give people a user instead), `.`/`..` segments, control characters, `\`,
 * `*` (a custom policy's wildcard: a folder named `a*` would open `ab/` too), and the sync's
 * reserved `.secure-dist/` (CloudFront may never read it).
 */
export function parseSharePath(command: Command, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') {
    if (command === 'share') {
      throw new InputError(
        'path',
        '`command: share` needs the object key or folder (ending in /) to share',
      );
    }
    return undefined;
  }
  const folder = value.endsWith('/');
  const segments = value.split('/').filter((s) => s !== '');
  if (segments.length === 0) {
    throw new InputError(
      'path',
      "'/' would share the whole site: name a file or a folder ending in /",
    );
  }
  for (const segment of segments) {
    if (segment === '.' || segment === '..') {
      throw new InputError('path', `'${value}' has a '${segment}' segment`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\*]/.test(segment)) {
      throw new InputError(
        'path',
        `'${value}' has a control character, a backslash or a '*' (the signed policy's wildcard)`,
      );
    }
  }
  if (segments[0] === '.secure-dist') {
    throw new InputError(
      'path',
      "'.secure-dist/' holds the sync's manifest, which is never served",
    );
  }
  const key = segments.join('/');
  if (Buffer.byteLength(key) > 1024) {
    throw new InputError('path', 'is longer than an S3 key (1,024 bytes)');
  }
  return folder ? `${key}/` : key;
}
