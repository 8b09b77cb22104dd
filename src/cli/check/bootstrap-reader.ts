/**
 * `check --bootstrap`: reads bootstrap stacks with the AWS SDK's own credentials and endpoint
 * configuration (a profile, `AWS_*` variables, SSO), through the action's clients (one per
 * region, created when first needed: src/aws/clients.ts). The SDK is loaded only for
 * `--bootstrap`: `check` without it makes no AWS call and loads no AWS code.
 */
import type { BootstrapReader } from './previews.js';

export interface BootstrapStacks {
  readonly read: BootstrapReader;
  destroy(): void;
}

export async function bootstrapReader(): Promise<BootstrapStacks> {
  const [{ createClients }, { findStack }] = await Promise.all([
    import('../../aws/clients.js'),
    import('../../aws/stack-outputs.js'),
  ]);
  const clients = createClients(undefined);
  await clients.load?.({ cloudFormation: true });
  return {
    read: (stackName, region) => findStack(clients.cloudFormation(region), stackName, region),
    destroy: () => clients.destroy(),
  };
}
