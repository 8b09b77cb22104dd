/**
 * Pull-request previews (issue 25) in the sandbox, for tests: what `preview` leaves in the
 * local bucket (`_previews/pr-<n>/` keys, put directly), what `preview-cleanup` does (delete
 * them with DeleteObjects, invalidate `/_previews/pr-<n>/*` at the edge), and a GET to the
 * sandbox's edge with a chosen `Host` header (how a request for `pr-<n>.<domain>` arrives).
 */
import { DeleteObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { SANDBOX_BUCKET, type Sandbox } from '../../src/sandbox/sandbox.js';
import { sandboxGet, withS3 } from './sandbox-http.js';

/** Puts `files` (path inside the preview ⇒ HTML) under `_previews/pr-<n>/`. */
export async function publishPreview(
  sandbox: Sandbox,
  n: number,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  await withS3(sandbox, async (client) => {
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
  });
}

/** Deletes those keys (one DeleteObjects) and invalidates the preview; throws on a key S3 refused. */
export async function removePreview(
  sandbox: Sandbox,
  n: number,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  const result = await withS3(sandbox, (client) =>
    client.send(
      new DeleteObjectsCommand({
        Bucket: SANDBOX_BUCKET,
        Delete: {
          Objects: Object.keys(files).map((name) => ({ Key: `_previews/pr-${n}/${name}` })),
        },
      }),
    ),
  );
  if ((result.Errors ?? []).length > 0) throw new Error('DeleteObjects refused a key');
  sandbox.edge.invalidate([`/_previews/pr-${n}/*`]);
}

/** A GET to the sandbox's edge with this Host header and, if given, Basic `user:password`. */
export async function getWithHost(
  sandbox: Sandbox,
  host: string,
  pathname: string,
  auth?: string,
): Promise<{ status: number; type: string; body: string; cacheControl: string }> {
  const answer = await sandboxGet(sandbox, pathname, {
    host,
    ...(auth === undefined
      ? {}
      : { authorization: `Basic ${Buffer.from(auth).toString('base64')}` }),
  });
  return {
    status: answer.status,
    type: String(answer.headers['content-type']),
    body: answer.body.toString(),
    cacheControl: String(answer.headers['cache-control']),
  };
}
