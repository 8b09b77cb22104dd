/**
 * The share keys a deploy (or rotate) sends to the site stack, with `share-links: true`: read
 * the secret `<stack-name>/share-key` (site region), create the first key or rotate/revoke
 * (`share-key-rotate`), drop retiring keys whose time is over, write the secret when that
 * changed anything, and return the public keys as site parameters.
 *
 * The secret is written BEFORE the stacks are deployed. So after a failed deploy the secret
 * may name a signing key the key group does not trust yet: `share` then refuses (its slot has
 * no key ID among the site's outputs) until a deploy succeeds, and a revocation is only
 * complete once a deploy has removed the old keys from the key group (the error says so).
 */
import { randomUUID } from 'node:crypto';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SetSecret } from '../aws/users-secret.js';
import type { ShareKeyRotate } from '../run/operands.js';
import type { ShareSite } from './plan-keys.js';
import { NO_SHARE_KEYS, type ShareKeyParameters } from '../synth/index.js';
import { readShareKeys, shareSecretName, writeShareKeys } from './key-secret.js';
import {
  generateShareKey,
  planShareKeys,
  shareKeyParameters,
  type ShareKey,
  type ShareKeyMode,
  type ShareSlot,
} from './keys.js';

export interface ShareKeyDeps {
  /** Secrets Manager in the site's region. */
  readonly secrets: SecretsManagerClient;
  readonly setSecret: SetSecret;
  readonly generate?: (slot: ShareSlot, now: number) => ShareKey;
  readonly requestToken?: () => string;
}

export interface ShareKeyContext {
  readonly log: { info(line: string): void; warn(line: string): void };
  readonly now: () => number;
}

/**
 * The site parameters of the share keys: `NO_SHARE_KEYS` without `share-links`, else the
 * trusted keys after planning (`share-key-rotate` applies only when `rotateKeys` is set).
 */
export async function shareKeysForDeploy(
  site: ShareSite,
  shareKeyRotate: ShareKeyRotate,
  ctx: ShareKeyContext,
  deps: ShareKeyDeps,
): Promise<ShareKeyParameters> {
  const name = shareSecretName(site.stackName);
  if (!site.shareLinks) {
    if (shareKeyRotate !== 'no') {
      throw new Error(
        '`share-key-rotate` changes the share-link keys, but `share-links` is not true: set `share-links: true` ' +
          '(the site then accepts share links) or leave `share-key-rotate` unset',
      );
    }
    return NO_SHARE_KEYS;
  }
  const stored = await readShareKeys(deps.secrets, name, site.region, deps.setSecret);
  const now = ctx.now();
  let mode: ShareKeyMode =
    shareKeyRotate === 'revoke' ? 'revoke' : shareKeyRotate === 'rotate' ? 'rotate' : 'ensure';
  const retiring = stored?.state.keys.find(
    (k) => k.retireAt !== undefined && Math.floor(now / 1000) < k.retireAt,
  );
  if (mode === 'rotate' && retiring?.retireAt !== undefined) {
    // A workflow that leaves `share-key-rotate: true` set must not fail every deploy.
    ctx.log.warn(
      `share-key-rotate: the share key was rotated already; the previous key checks links until ` +
        `${new Date(retiring.retireAt * 1000).toISOString()}, so no new rotation now ` +
        '(`share-key-rotate: revoke` stops every older link at once)',
    );
    mode = 'ensure';
  }
  const plan = planShareKeys(stored?.state, mode, now, deps.generate ?? generateShareKey);
  if (plan.changed) {
    for (const key of plan.next.keys) deps.setSecret(key.privateKey);
    await writeShareKeys(
      deps.secrets,
      name,
      site.region,
      plan.next,
      stored !== undefined,
      (deps.requestToken ?? randomUUID)(),
    );
    ctx.log.info(
      `share keys: secret '${name}' (${site.region}) updated` +
        (plan.added !== undefined ? `; new signing key in slot ${plan.added}` : '') +
        (plan.retiring !== undefined
          ? `; key ${plan.retiring.slot} checks older links until ${new Date(plan.retiring.until * 1000).toISOString()}`
          : '') +
        (plan.dropped.length > 0 ? `; dropped key(s) ${plan.dropped.join(', ')}` : '') +
        (mode === 'revoke'
          ? '. Links signed before are refused once this deploy has finished (CloudFront then no longer trusts the old keys)'
          : ''),
    );
  }
  return shareKeyParameters(plan.next, now);
}
