/**
 * The previews in the site bucket, as S3 holds them: which `_previews/pr-<n>/` prefixes exist
 * (one ListObjectsV2 with Delimiter `/` names each as a CommonPrefix:
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-prefixes.html), what one holds,
 * and its removal: every object first, its manifest last, so a cleanup that stops half-way
 * leaves a manifest the next cleanup finds and finishes.
 */
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { previewNumberOfPath } from '../edge/core/preview.js';
import { PREVIEWS_PREFIX } from '../site/model.js';
import { MANIFEST_KEY } from '../sync/plan.js';
import { S3_BATCH, deleteKeys, describeS3Error, getText } from '../sync/s3.js';
import { parsePreviewMetadata, type PreviewMetadata } from './metadata.js';

export interface StoredPreview {
  readonly pullRequest: number;
  readonly prefix: string;
  /** The manifest's metadata; undefined when it is missing or unreadable. */
  readonly metadata: PreviewMetadata | undefined;
}

export interface StoredObject {
  readonly key: string;
  /** Epoch milliseconds. */
  readonly lastModified: number;
}

/** The `_previews/pr-<n>/` prefixes of the bucket, with what their manifests say. */
export async function listPreviews(client: S3Client, bucket: string): Promise<StoredPreview[]> {
  const prefixes: string[] = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client, pageSize: S3_BATCH },
      { Bucket: bucket, Prefix: PREVIEWS_PREFIX, Delimiter: '/' },
    )) {
      for (const p of page.CommonPrefixes ?? [])
        if (p.Prefix !== undefined) prefixes.push(p.Prefix);
    }
  } catch (e) {
    throw describeS3Error(e, 's3:ListBucket', bucket);
  }
  const out: StoredPreview[] = [];
  for (const prefix of prefixes) {
    // `_previews/pr-<n>/` by the edge's own rule (n without a leading zero); anything else under
    // `_previews/` is not a preview this action wrote: left alone.
    const n = previewNumberOfPath(`/${prefix}`);
    if (n === undefined) continue;
    const metadata = parsePreviewMetadata(await getText(client, bucket, prefix + MANIFEST_KEY));
    out.push({ pullRequest: Number(n), prefix, metadata });
  }
  return out.sort((a, b) => a.pullRequest - b.pullRequest);
}

/** Every object under `prefix`, with when it was last written. */
export async function objectsUnder(
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<StoredObject[]> {
  const out: StoredObject[] = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client, pageSize: S3_BATCH },
      { Bucket: bucket, Prefix: prefix },
    )) {
      for (const o of page.Contents ?? []) {
        if (o.Key === undefined) continue;
        out.push({ key: o.Key, lastModified: o.LastModified?.getTime() ?? 0 });
      }
    }
  } catch (e) {
    throw describeS3Error(e, 's3:ListBucket', bucket);
  }
  return out;
}

/** Deletes every object under `prefix`, its manifest last; returns how many were deleted. */
export async function removePreview(
  client: S3Client,
  bucket: string,
  prefix: string,
  objects?: readonly StoredObject[],
): Promise<number> {
  const keys = (objects ?? (await objectsUnder(client, bucket, prefix))).map((o) => o.key);
  const manifest = prefix + MANIFEST_KEY;
  await deleteKeys(
    client,
    bucket,
    keys.filter((k) => k !== manifest),
  );
  if (keys.includes(manifest)) await deleteKeys(client, bucket, [manifest]);
  return keys.length;
}
