/**
 * The KeyValueStore API signs with SigV4A (issue 14): the client made by src/kvs/client.ts signs
 * with the pure-JS `@aws-sdk/signature-v4a` (no native aws-crt), on whatever Node runs the
 * tests (the action runs on node24). The request is captured before it leaves the process.
 */
import { describe, expect, it } from '@jest/globals';
import { DescribeKeyValueStoreCommand } from '@aws-sdk/client-cloudfront-keyvaluestore';
import { createKeyValueStoreClient } from '../src/kvs/client.js';

const KVS = 'arn:aws:cloudfront::123456789012:key-value-store/0d3c6a2e-1f4b-4c55-9b1e-2a7f3c9d8e10';

describe('the KeyValueStore client', () => {
  it('signs with SigV4A (ECDSA P-256, region set *) without a native module', async () => {
    interface Captured {
      hostname: string;
      headers: Record<string, string>;
    }
    const seen: Captured[] = [];
    const client = createKeyValueStoreClient({
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
      requestHandler: {
        handle: (request: Captured) => {
          seen.push(request);
          return Promise.reject(Object.assign(new Error('captured'), { name: 'Captured' }));
        },
      },
      maxAttempts: 1,
    });
    await expect(client.send(new DescribeKeyValueStoreCommand({ KvsARN: KVS }))).rejects.toThrow(
      'captured',
    );
    const request = seen[0];
    expect(request?.hostname).toBe('123456789012.cloudfront-kvs.global.api.aws');
    expect(request?.headers.authorization).toMatch(
      /^AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cloudfront-keyvaluestore\/aws4_request, SignedHeaders=.*x-amz-region-set/,
    );
    expect(request?.headers['x-amz-region-set']).toBe('*');
  });
});
