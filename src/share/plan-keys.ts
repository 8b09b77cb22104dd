/**
 * The share keys `plan` renders the site with. Plan never reads a secret (its role may not), so
 * with `share-links: true` it takes the public keys the site stack was last deployed with (its
 * parameters ShareKeyA…C, ShareKeyCreated: public values); before the first deploy with share
 * links it uses a stand-in public key generated for the plan and thrown away, so the change set
 * shows the key, the key group and the `/_share/*` behavior being added.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { findStack } from '../aws/stack-outputs.js';
import { NO_SHARE_KEYS, hasShareKeys, type ShareKeyParameters } from '../synth/index.js';
import { generateShareKey, shareKeyParameters } from './keys.js';

/** The site settings share links depend on (`share-links`, and where the site is). */
export interface ShareSite {
  readonly shareLinks: boolean;
  readonly stackName: string;
  readonly region: string;
}

export interface PlannedShareKeys {
  readonly parameters: ShareKeyParameters;
  /** What the plan summary says about them (under "Not planned"), if anything. */
  readonly note: string | undefined;
}

export async function shareKeysForPlan(
  site: ShareSite,
  siteClient: CloudFormationClient,
  now: () => number = Date.now,
): Promise<PlannedShareKeys> {
  if (!site.shareLinks) return { parameters: NO_SHARE_KEYS, note: undefined };
  const stackName = `${site.stackName}-site`;
  const deployed = await findStack(siteClient, stackName, site.region);
  const p = deployed?.parameters ?? {};
  const current: ShareKeyParameters = {
    ShareKeyA: p.ShareKeyA ?? '',
    ShareKeyB: p.ShareKeyB ?? '',
    ShareKeyC: p.ShareKeyC ?? '',
    ShareKeyCreated: p.ShareKeyCreated ?? '-,-,-',
  };
  const secret = `\`${site.stackName}/share-key\` (${site.region})`;
  if (hasShareKeys(current)) {
    return {
      parameters: current,
      note:
        `The share-link keys were taken from the site stack as deployed, not from the secret ${secret}: ` +
        'plan never reads secrets, so a key rotation or expiry shows at deploy.',
    };
  }
  const standIn = generateShareKey('A', now());
  return {
    parameters: shareKeyParameters({ version: 1, keys: [standIn] }, now()),
    note:
      `\`share-links\` is new to this site: planned with a stand-in public key; deploy creates the key pair ` +
      `and keeps its private key in the secret ${secret}.`,
  };
}
