/**
 * `check --bootstrap`: reads bootstrap stacks with the AWS SDK's own credentials and endpoint
 * configuration (a profile, `AWS_*` variables, SSO), one CloudFormation client per region,
 * created when first needed. The SDK is loaded only for `--bootstrap`: `check` without it
 * makes no AWS call and loads no AWS code.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { BootstrapReader } from './previews.js';

export interface BootstrapStacks {
  readonly read: BootstrapReader;
  destroy(): void;
}

export async function bootstrapReader(): Promise<BootstrapStacks> {
  const [{ CloudFormationClient }, { findStack }] = await Promise.all([
    import('@aws-sdk/client-cloudformation'),
    import('../../aws/stack-outputs.js'),
  ]);
  const clients = new Map<string, CloudFormationClient>();
  const client = (region: string): CloudFormationClient => {
    const existing = clients.get(region);
    if (existing !== undefined) return existing;
    const created = new CloudFormationClient({ region });
    clients.set(region, created);
    return created;
  };
  return {
    read: (stackName, region) => findStack(client(region), stackName, region),
    destroy: () => {
      for (const c of clients.values()) c.destroy();
    },
  };
}
