/**
 * `command: share`: a link that opens one object (or every object under a folder) without a
 * password, until it expires (docs/operations.md, "Share a file"). No stack changes: it reads the signing
 * key from the secret `<stack-name>/share-key` (site region), the key's CloudFront ID and the
 * site's address from the site stack's outputs, and signs a CloudFront URL (src/share/sign.ts).
 *
 * The link is a credential: it is masked in the log (core.setSecret) before it is set as the
 * `url` output, and the job summary shows its scope and expiry, never the link.
 *
 * A link is scoped by its own policy, not by the access rules (`access`): `share` may name a
 * path no user's rules cover (whoever runs the workflow decides what is shared). It must be a
 * key or folder of this site; whether the object exists is not checked (a missing object is a
 * 404 for the link, as for a user).
 */
import { markdownCell } from '../report/escape.js';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { findStackOutputs } from '../aws/stack-outputs.js';
import type { SetSecret } from '../aws/users-secret.js';
import type { RunInputs } from '../run/inputs.js';
import type { Site } from '../site/model.js';
import { readShareKeys, shareSecretName } from '../share/key-secret.js';
import { signingKey } from '../share/keys.js';
import { signShareLink, type ShareLink } from '../share/sign.js';

export interface ShareDeps {
  /** Secrets Manager in the site's region. */
  readonly secrets: SecretsManagerClient;
  /** CloudFormation in the site's region. */
  readonly cloudFormation: CloudFormationClient;
  readonly setSecret: SetSecret;
}

export interface ShareReport {
  readonly link: ShareLink;
  /** The shared key, or folder prefix ending in `/`. */
  readonly path: string;
  readonly scope: 'file' | 'folder';
  /** ISO 8601. */
  readonly expiresAt: string;
  /** CloudFront public key ID that signed it (not secret; the audit log names it). */
  readonly keyId: string;
}

export async function shareCommand(
  site: Pick<Site, 'stackName' | 'region' | 'file'>,
  run: Pick<RunInputs, 'sharePath' | 'expiresInSeconds'>,
  ctx: { readonly now: () => number },
  deps: ShareDeps,
): Promise<ShareReport> {
  const path = run.sharePath;
  if (path === undefined) {
    throw new Error(
      '`path`: `command: share` needs the object key or folder (ending in /) to share',
    );
  }
  const name = shareSecretName(site.stackName);
  const stored = await readShareKeys(deps.secrets, name, site.region, deps.setSecret);
  const enable = `set \`share-links: true\` in ${site.file} and run \`command: deploy\` first (it creates the key and lets the site accept links)`;
  if (stored === undefined) {
    throw new Error(
      `this site has no share-link key yet (no secret '${name}' in ${site.region}): ${enable}`,
    );
  }
  const key = signingKey(stored.state);
  if (key === undefined)
    throw new Error(`secret '${name}' (${site.region}) holds no signing key: ${enable}`);
  const stackName = `${site.stackName}-site`;
  const outputs = await findStackOutputs(deps.cloudFormation, stackName, site.region);
  if (outputs === undefined) {
    throw new Error(`stack '${stackName}' does not exist in ${site.region}: ${enable}`);
  }
  const keyId = outputs[`ShareKey${key.slot}Id`];
  if (keyId === undefined) {
    throw new Error(
      `stack '${stackName}' does not trust the current share key (slot ${key.slot}) yet: the last deploy with ` +
        '`share-links: true` (or the key rotation) did not finish. Run `command: deploy` again',
    );
  }
  const url = outputs.Url;
  if (url === undefined)
    throw new Error(`stack '${stackName}' has no output Url: was it deployed by this action?`);
  const expiresAt = Math.floor(ctx.now() / 1000) + run.expiresInSeconds;
  const link = signShareLink({
    origin: new URL(url).origin,
    path,
    keyPairId: keyId,
    privateKey: key.privateKey,
    expiresAt,
  });
  deps.setSecret(link.url);
  return {
    link,
    path,
    scope: path.endsWith('/') ? 'folder' : 'file',
    expiresAt: new Date(expiresAt * 1000).toISOString(),
    keyId,
  };
}

/** The job summary: what the link opens and until when; never the link itself. */
export function shareSummaryMarkdown(r: ShareReport): string {
  const what =
    r.scope === 'file'
      ? `the file ${markdownCell(r.path)}`
      : `every file under ${markdownCell(r.path)} (a file name inserted before the \`?\` of the link opens that file)`;
  return [
    '### Share link',
    '',
    '| opens | expires | signed with key |',
    '|---|---|---|',
    `| ${what} | ${r.expiresAt} | \`${r.keyId}\` |`,
    '',
    'The link is in the step output `url` (masked in the log). It needs no password; anyone who has it can open ' +
      'what it names until it expires, and nothing else. `share-key-rotate: revoke` on `rotate` or `deploy` ' +
      'stops every link at once.',
    '',
  ].join('\n');
}
