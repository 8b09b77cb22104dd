/**
 * Is the site file at this commit the one the site stack was last deployed with? Deploy records
 * the file's fingerprint as the site stack's tag `secure-dist:config` (./fingerprint.ts); plan
 * and rotate read it back and say when the two differ. Pure.
 */
import { CONFIG_TAG } from './fingerprint.js';
import type { Site } from './model.js';

/** What the deployed site stack says about the file it was deployed with. */
export type DeployedConfig =
  /** No site stack yet: nothing to compare with. */
  | { readonly state: 'not-deployed' }
  | { readonly state: 'same' }
  /** Deployed before the stack recorded its file (no tag). */
  | { readonly state: 'unrecorded' }
  | { readonly state: 'differs'; readonly deployed: string };

export function deployedConfig(
  site: Pick<Site, 'fingerprint'>,
  stack: { readonly tags: Readonly<Record<string, string>> } | undefined,
): DeployedConfig {
  if (stack === undefined) return { state: 'not-deployed' };
  const deployed = stack.tags[CONFIG_TAG];
  if (deployed === undefined) return { state: 'unrecorded' };
  return deployed === site.fingerprint ? { state: 'same' } : { state: 'differs', deployed };
}

/**
 * The line plan and rotate show (a warning and a summary line) when the file differs from the
 * deployed one, or cannot be compared; undefined when they agree or nothing is deployed.
 * `consequence` says what that means for the command.
 */
export function configNote(
  site: Pick<Site, 'file' | 'fingerprint' | 'stackName'>,
  config: DeployedConfig,
  consequence: string,
): string | undefined {
  const stack = `${site.stackName}-site`;
  if (config.state === 'differs') {
    return (
      `${site.file} at this commit differs from the one \`${stack}\` was last deployed with ` +
      `(${CONFIG_TAG} ${config.deployed.slice(0, 12)}, this file ${site.fingerprint.slice(0, 12)}): ${consequence}`
    );
  }
  if (config.state === 'unrecorded') {
    return (
      `\`${stack}\` does not record the site file it was deployed with (tag ${CONFIG_TAG}; deployed before ` +
      `${site.file}), so it cannot be compared with this one: the next deploy records it`
    );
  }
  return undefined;
}
