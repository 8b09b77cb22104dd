/**
 * `getText` (src/sync/s3.ts), which reads the manifest, decodes the body as it arrives (issue 24:
 * no second copy of a 30 MB manifest): the text comes back exact when multi-byte characters
 * straddle the stream's chunks, and a missing key is undefined. Real S3 server on loopback.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client, getText } from '../src/sync/s3.js';
import { createBucket, startS3Server, useServerEnv, type S3Server } from './helpers/s3-server.js';

let server: S3Server;
let restoreEnv: () => void;
let client: S3Client;

beforeAll(async () => {
  server = await startS3Server();
  restoreEnv = useServerEnv(server);
  client = createS3Client({ region: 'eu-central-1', maxAttempts: 2 });
});

afterAll(async () => {
  client.destroy();
  restoreEnv();
  await server.stop();
});

it('returns the exact text of a large object whose multi-byte characters cross chunk boundaries', async () => {
  const bucket = await createBucket(client, 'gettext');
  // 1, 2, 3 and 4-byte UTF-8 characters in a repeating run, 3 MB in all: many chunks, and the
  // boundaries fall inside characters.
  const text = 'a-é-€-😀-'.repeat(240_000);
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: 'big.json', Body: Buffer.from(text, 'utf8') }),
  );
  const got = await getText(client, bucket, 'big.json');
  expect(got?.length).toBe(text.length);
  expect(got === text).toBe(true);
  await expect(getText(client, bucket, 'missing.json')).resolves.toBeUndefined();
});
