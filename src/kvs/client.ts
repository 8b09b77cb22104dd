/**
 * The CloudFront KeyValueStore client (`edge: function`, issue 14).
 *
 * The KeyValueStore data-plane API is global and signs with SigV4A (the multi-region signature,
 * signing region `*`): the SDK's client signs through `SignatureV4MultiRegion`, which needs an
 * implementation of SigV4A registered by one of two packages, and fails otherwise with "Neither
 * CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt
 * or @aws-sdk/signature-v4a" (aws-sdk-js-v3, "Functionality requiring AWS Common Runtime (CRT)":
 * https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt).
 *
 * Chosen: `@aws-sdk/signature-v4a`, the alias package of `@smithy/signature-v4a`, "a
 * SigV4a-compatible request signer" in pure JavaScript (packages/signature-v4a/README.md of
 * aws-sdk-js-v3), registered by importing it for its side effect. `@aws-sdk/signature-v4-crt`
 * wraps `aws-crt`, a native Node addon: prebuilt binaries per platform and Node ABI (or a
 * compiler toolchain), and a bundler cannot inline a `.node` binary into the JavaScript of
 * `dist/` (scripts/bundle.mjs) the runner executes, so the action would need a native artifact
 * per runner platform. The
 * pure-JS signer bundles like any other module and runs on Node 24 (`runs.using: node24`) with
 * no build step (__tests__/kvs-store.test.ts signs a request with it: AWS4-ECDSA-P256-SHA256).
 *
 * Temporary credentials: the KeyValueStore API takes session tokens only from a regional STS
 * endpoint (CloudFront Developer Guide, "Restrictions on CloudFront Functions" › "Using
 * temporary credentials with the CloudFront KeyValueStore API":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-function-restrictions.html).
 * The action's STS client is regional (src/aws/credentials.ts `createStsClient(region)`).
 */
import '@aws-sdk/signature-v4a';
import {
  CloudFrontKeyValueStoreClient,
  type CloudFrontKeyValueStoreClientConfig,
} from '@aws-sdk/client-cloudfront-keyvaluestore';

/** The endpoint is `<account>.cloudfront-kvs.global.api.aws`, derived from the store's ARN. */
export function createKeyValueStoreClient(
  config: CloudFrontKeyValueStoreClientConfig = {},
): CloudFrontKeyValueStoreClient {
  return new CloudFrontKeyValueStoreClient({ region: 'us-east-1', ...config });
}
