/**
 * SDK clients, one per service and region, all built the same way: explicit region (never
 * `AWS_REGION` alone), the run's credentials, adaptive retries on throttling and 5xx.
 * Endpoints come from the SDK's own configuration (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>`).
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type { CloudFrontKeyValueStoreClient } from '@aws-sdk/client-cloudfront-keyvaluestore';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
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
  readonly cloudWatchLogs?: (config: ClientConfig) => CloudWatchLogsClient;
  readonly keyValueStore?: (config: ClientConfig) => CloudFrontKeyValueStoreClient;
}

export interface ServiceNeeds {
  readonly cloudFormation: boolean;
  readonly cloudFront: boolean;
  readonly secretsManager: boolean;
  /** `audit-log` (retention) and `command: audit`. */
  readonly cloudWatchLogs: boolean;
  /** `edge: function`: the users' KeyValueStore (SigV4A, src/kvs/client.ts). */
  readonly keyValueStore: boolean;
}

export const ALL_SERVICES: ServiceNeeds = {
  cloudFormation: true,
  cloudFront: true,
  secretsManager: true,
  cloudWatchLogs: true,
  keyValueStore: true,
};

export async function loadServices(needs: Partial<ServiceNeeds>): Promise<Services> {
  const [cfn, cf, sm, logs, kvs] = await Promise.all([
    needs.cloudFormation ? import('@aws-sdk/client-cloudformation') : undefined,
    needs.cloudFront ? import('@aws-sdk/client-cloudfront') : undefined,
    needs.secretsManager ? import('@aws-sdk/client-secrets-manager') : undefined,
    needs.cloudWatchLogs ? import('@aws-sdk/client-cloudwatch-logs') : undefined,
    needs.keyValueStore ? import('../kvs/client.js') : undefined,
  ]);
  return {
    ...(cfn ? { cloudFormation: (c: ClientConfig) => new cfn.CloudFormationClient(c) } : {}),
    ...(cf ? { cloudFront: (c: ClientConfig) => new cf.CloudFrontClient(c) } : {}),
    ...(sm ? { secretsManager: (c: ClientConfig) => new sm.SecretsManagerClient(c) } : {}),
    ...(logs ? { cloudWatchLogs: (c: ClientConfig) => new logs.CloudWatchLogsClient(c) } : {}),
    ...(kvs ? { keyValueStore: (c: ClientConfig) => kvs.createKeyValueStoreClient(c) } : {}),
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
  // The control-plane clients keep `adaptive` (issue 24 #4 changed only S3's, see
  // src/sync/retry.ts). The SDKs' guide gives adaptive mode to latency-insensitive clients
  // that access a single resource (https://docs.aws.amazon.com/general/latest/gr/api-retries.html,
  // "Choosing between standard and adaptive"):
  // CloudFormation, CloudFront, KeyValueStore, Secrets Manager and CloudWatch Logs throttle
  // their control-plane calls by account (and API), not by the resource a call names, so when
  // one call is throttled the next ones would be too, and slowing them all is what the service
  // asks. (Evidence thin: their quotas pages, e.g.
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html,
  // list per-account limits but not the request rate of every API.) Their
  // calls are few and sequential (a deploy polls one stack, one invalidation, one KVS update),
  // so a slower rate costs little. S3 throttles per key prefix while it scales, and the sync
  // sends hundreds of independent requests: there one throttled request must not slow the rest.
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
  const keyValueStore = memo(
    (region) => loaded(services.keyValueStore, 'KeyValueStore')({ region, ...common }),
    all,
  );
  const cloudWatchLogs = memo(
    (region) => loaded(services.cloudWatchLogs, 'CloudWatch Logs')({ region, ...common }),
    all,
  );
  return {
    s3,
    cloudFront: () => cloudFront(EDGE_REGION),
    cloudFormation,
    cloudWatchLogs,
    secretsManager: (region = EDGE_REGION) => secretsManager(region),
    keyValueStore: () => keyValueStore(EDGE_REGION),
    load: async (needs) => {
      const missing = {
        cloudFormation: needs.cloudFormation === true && services.cloudFormation === undefined,
        cloudFront: needs.cloudFront === true && services.cloudFront === undefined,
        secretsManager: needs.secretsManager === true && services.secretsManager === undefined,
        cloudWatchLogs: needs.cloudWatchLogs === true && services.cloudWatchLogs === undefined,
        keyValueStore: needs.keyValueStore === true && services.keyValueStore === undefined,
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
