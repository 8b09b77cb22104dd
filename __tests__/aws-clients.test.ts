/**
 * `createClients`: the SDK code of CloudFormation, CloudFront and Secrets Manager is loaded
 * only when a command asks for it (`load`), each a chunk of its own in dist/.
 */
import { describe, expect, it } from '@jest/globals';
import { ALL_SERVICES, createClients, loadServices } from '../src/aws/clients.js';

describe('createClients', () => {
  it('builds a service client only after `load` asked for its code', async () => {
    const clients = createClients(undefined, 1);
    try {
      expect(() => clients.cloudFormation('eu-central-1')).toThrow(
        /the CloudFormation client was not loaded/,
      );
      expect(() => clients.cloudFront()).toThrow(/the CloudFront client was not loaded/);
      await clients.load?.({ cloudFormation: true });
      const cfn = clients.cloudFormation('eu-central-1');
      expect(cfn.constructor.name).toBe('CloudFormationClient');
      expect(await cfn.config.region()).toBe('eu-central-1');
      // Memoised per region, and loading again changes nothing.
      await clients.load?.({ cloudFormation: true });
      expect(clients.cloudFormation('eu-central-1')).toBe(cfn);
      expect(() => clients.secretsManager()).toThrow(/Secrets Manager client was not loaded/);
    } finally {
      clients.destroy();
    }
  });

  it('takes preloaded services (deploy, plan and rotate load them all up front)', async () => {
    const clients = createClients(undefined, 1, undefined, await loadServices(ALL_SERVICES));
    try {
      expect(clients.cloudFront().constructor.name).toBe('CloudFrontClient');
      expect(await clients.cloudFront().config.region()).toBe('us-east-1');
      expect(clients.secretsManager().constructor.name).toBe('SecretsManagerClient');
      expect(clients.cloudFormation('us-east-1').constructor.name).toBe('CloudFormationClient');
    } finally {
      clients.destroy();
    }
  });
});
