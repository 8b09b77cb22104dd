/**
 * SDK clients, one per service and region, all built the same way: explicit region (never
 * `AWS_REGION` alone), the run's credentials, adaptive retries on throttling and 5xx.
 * Endpoints come from the SDK's own configuration (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>`).
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createS3Client } from '../sync/s3.js';

/** Lambda@Edge functions, and so the edge stack, live in us-east-1. */
export const EDGE_REGION = 'us-east-1';

export type Credentials = S3ClientConfig['credentials'];

export interface AwsClients {
  s3(region: string): S3Client;
  cloudFront(): CloudFrontClient;
  cloudFormation(region: string): CloudFormationClient;
  /** Secrets Manager in us-east-1, next to the edge stack that owns the users secret. */
  secretsManager(): SecretsManagerClient;
  /**
   * Loads the SDK code of these services, if not loaded yet, before their clients are asked
   * for: a sync loads CloudFormation only without `bucket`, CloudFront only when something is
   * to be invalidated. Absent: every client is usable as it is (test stubs).
   */
  load?(needs: Partial<ServiceNeeds>): Promise<void>;
  /**
   * Makes sure the credentials every client signs with stay valid for `ms` more (re-assuming
   * the role when not); absent when the credentials come from the environment.
   */
  ensureCredentialsValidFor?(ms: number): Promise<void>;
  destroy(): void;
}

/** The configuration every non-S3 client is built with. */
export interface ClientConfig {
  readonly region: string;
  readonly credentials?: NonNullable<Credentials>;
  readonly maxAttempts: number;
  readonly retryMode: string;
}

/**
 * The SDK clients a command uses besides S3, loaded when it needs them. Each is a chunk of its
 * own in dist/ (a dynamic `import()`), so a `sync` into a given `bucket` that changes nothing
 * never loads (parses, compiles) the CloudFormation, CloudFront or Secrets Manager client.
 */
export interface Services {
  readonly cloudFormation?: (config: ClientConfig) => CloudFormationClient;
  readonly cloudFront?: (config: ClientConfig) => CloudFrontClient;
  readonly secretsManager?: (config: ClientConfig) => SecretsManagerClient;
}

export interface ServiceNeeds {
  readonly cloudFormation: boolean;
  readonly cloudFront: boolean;
  readonly secretsManager: boolean;
}

export const ALL_SERVICES: ServiceNeeds = {
  cloudFormation: true,
  cloudFront: true,
  secretsManager: true,
};

export async function loadServices(needs: Partial<ServiceNeeds>): Promise<Services> {
  const [cfn, cf, sm] = await Promise.all([
    needs.cloudFormation ? import('@aws-sdk/client-cloudformation') : undefined,
    needs.cloudFront ? import('@aws-sdk/client-cloudfront') : undefined,
    needs.secretsManager ? import('@aws-sdk/client-secrets-manager') : undefined,
  ]);
  return {
    ...(cfn ? { cloudFormation: (c: ClientConfig) => new cfn.CloudFormationClient(c) } : {}),
    ...(cf ? { cloudFront: (c: ClientConfig) => new cf.CloudFrontClient(c) } : {}),
    ...(sm ? { secretsManager: (c: ClientConfig) => new sm.SecretsManagerClient(c) } : {}),
  };
}

function loaded<T>(make: T | undefined, service: string): T {
  if (make === undefined) {
    throw new Error(`internal error: the ${service} client was not loaded for this command`);
  }
  return make;
}

function memo<T extends { destroy(): void }>(
  make: (region: string) => T,
  all: { destroy(): void }[],
) {
  const byRegion = new Map<string, T>();
  return (region: string): T => {
    let client = byRegion.get(region);
    if (client === undefined) {
      client = make(region);
      byRegion.set(region, client);
      all.push(client);
    }
    return client;
  };
}

export function createClients(
  credentials: Credentials,
  maxAttempts = 6,
  renew?: (ms: number) => Promise<unknown>,
  preloaded: Services = {},
): AwsClients {
  let services = preloaded;
  const all: { destroy(): void }[] = [];
  const common = {
    ...(credentials !== undefined ? { credentials } : {}),
    maxAttempts,
    retryMode: 'adaptive',
  };
  const s3 = memo((region) => createS3Client({ region, credentials, maxAttempts }), all);
  // CloudFront is a global service whose API is signed for us-east-1.
  const cloudFront = memo(
    (region) => loaded(services.cloudFront, 'CloudFront')({ region, ...common }),
    all,
  );
  const cloudFormation = memo(
    (region) => loaded(services.cloudFormation, 'CloudFormation')({ region, ...common }),
    all,
  );
  const secretsManager = memo(
    (region) => loaded(services.secretsManager, 'Secrets Manager')({ region, ...common }),
    all,
  );
  return {
    s3,
    cloudFront: () => cloudFront(EDGE_REGION),
    cloudFormation,
    secretsManager: () => secretsManager(EDGE_REGION),
    load: async (needs) => {
      const missing = {
        cloudFormation: needs.cloudFormation === true && services.cloudFormation === undefined,
        cloudFront: needs.cloudFront === true && services.cloudFront === undefined,
        secretsManager: needs.secretsManager === true && services.secretsManager === undefined,
      };
      services = { ...services, ...(await loadServices(missing)) };
    },
    ...(renew !== undefined
      ? {
          ensureCredentialsValidFor: async (ms: number) => {
            await renew(ms);
          },
        }
      : {}),
    destroy: () => all.forEach((c) => c.destroy()),
  };
}
