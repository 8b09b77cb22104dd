/**
 * SDK clients, one per service and region, all built the same way: explicit region (never
 * `AWS_REGION` alone), the run's credentials, adaptive retries on throttling and 5xx.
 * Endpoints come from the SDK's own configuration (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>`).
 */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { CloudFrontKeyValueStoreClient } from '@aws-sdk/client-cloudfront-keyvaluestore';
import { createKeyValueStoreClient } from '../kvs/client.js';
import { createS3Client } from '../sync/s3.js';

/** Lambda@Edge functions, and so the edge stack, live in us-east-1. */
export const EDGE_REGION = 'us-east-1';

export type Credentials = S3ClientConfig['credentials'];

export interface AwsClients {
  s3(region: string): S3Client;
  cloudFront(): CloudFrontClient;
  cloudFormation(region: string): CloudFormationClient;
  /** CloudWatch Logs in `region`: the edge function's logs live in every region it ran in. */
  cloudWatchLogs(region: string): CloudWatchLogsClient;
  /**
   * Secrets Manager in us-east-1, next to the edge stack that owns the users secret; or in
   * `region` (the share-link key; with `edge: function`, the site stack's users and pepper
   * secrets).
   */
  secretsManager(region?: string): SecretsManagerClient;
  /** The CloudFront KeyValueStore API (`edge: function`; global, SigV4A: src/kvs/client.ts). */
  keyValueStore?(): CloudFrontKeyValueStoreClient;
  /**
   * Makes sure the credentials every client signs with stay valid for `ms` more (re-assuming
   * the role when not); absent when the credentials come from the environment.
   */
  ensureCredentialsValidFor?(ms: number): Promise<void>;
  destroy(): void;
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
): AwsClients {
  const all: { destroy(): void }[] = [];
  const common = {
    ...(credentials !== undefined ? { credentials } : {}),
    maxAttempts,
    retryMode: 'adaptive',
  };
  const s3 = memo((region) => createS3Client({ region, credentials, maxAttempts }), all);
  // CloudFront is a global service whose API is signed for us-east-1.
  const cloudFront = memo((region) => new CloudFrontClient({ region, ...common }), all);
  const cloudFormation = memo((region) => new CloudFormationClient({ region, ...common }), all);
  const secretsManager = memo((region) => new SecretsManagerClient({ region, ...common }), all);
  const keyValueStore = memo((region) => createKeyValueStoreClient({ region, ...common }), all);
  const cloudWatchLogs = memo((region) => new CloudWatchLogsClient({ region, ...common }), all);
  return {
    s3,
    cloudFront: () => cloudFront(EDGE_REGION),
    cloudFormation,
    cloudWatchLogs,
    secretsManager: (region = EDGE_REGION) => secretsManager(region),
    keyValueStore: () => keyValueStore(EDGE_REGION),
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
