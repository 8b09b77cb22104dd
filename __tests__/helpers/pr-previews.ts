/**
 * Pull-request previews (issue 25) in the sandbox, for tests: what `preview` leaves in the
 * local bucket (`_previews/pr-<n>/` keys, put directly), what `preview-cleanup` does (delete
 * them with DeleteObjects, invalidate `/_previews/pr-<n>/*` at the edge), and a GET to the
 * sandbox's edge with a chosen `Host` header (how a request for `pr-<n>.<domain>` arrives).
 */
import http from 'node:http';
import { DeleteObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SANDBOX_BUCKET, type Sandbox } from '../../src/sandbox/sandbox.js';

function s3(sandbox: Sandbox): S3Client {
  return new S3Client({
    endpoint: sandbox.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: sandbox.s3Credentials,
  });
}

/** Puts `files` (path inside the preview ⇒ HTML) under `_previews/pr-<n>/`. */
export async function publishPreview(
  sandbox: Sandbox,
  n: number,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  const client = s3(sandbox);
  try {
    for (const [name, body] of Object.entries(files)) {
      await client.send(
        new PutObjectCommand({
          Bucket: SANDBOX_BUCKET,
          Key: `_previews/pr-${n}/${name}`,
          Body: body,
          ContentType: 'text/html; charset=utf-8',
        }),
      );
    }
  } finally {
    client.destroy();
  }
}

/** Deletes those keys (one DeleteObjects) and invalidates the preview; throws on a key S3 refused. */
export async function removePreview(
  sandbox: Sandbox,
  n: number,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  const client = s3(sandbox);
  try {
    const result = await client.send(
      new DeleteObjectsCommand({
        Bucket: SANDBOX_BUCKET,
        Delete: {
          Objects: Object.keys(files).map((name) => ({ Key: `_previews/pr-${n}/${name}` })),
        },
      }),
    );
    if ((result.Errors ?? []).length > 0) throw new Error('DeleteObjects refused a key');
  } finally {
    client.destroy();
  }
  sandbox.edge.invalidate([`/_previews/pr-${n}/*`]);
}

/** A GET to the sandbox's edge with this Host header and, if given, Basic `user:password`. */
export function getWithHost(
  sandbox: Sandbox,
  host: string,
  pathname: string,
  auth?: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path: pathname,
        headers: {
          host,
          ...(auth === undefined
            ? {}
            : { authorization: `Basic ${Buffer.from(auth).toString('base64')}` }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
