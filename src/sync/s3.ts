/**
 * The S3 side of a sync: thin wrappers over the SDK, each doing one kind of request and
 * turning S3's errors into messages that name the bucket, the key and what to fix.
 * Throttling and 5xx are retried by the client, each request on its own (see `createS3Client`
 * and retry.ts).
 */
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  S3ServiceException,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { normalizeEtag } from './hash.js';
import { storedHeadersFor } from './headers.js';
import type { UploadSettings } from './parts.js';
import type { LocalEntry, RemoteEntry } from './plan.js';
import { SyncRetryStrategy } from './retry.js';

/** S3 caps ListObjectsV2 and DeleteObjects at 1,000 keys a call. */
export const S3_BATCH = 1000;
/** CopyObject copies at most 5 GB in one request. */
export const COPY_LIMIT = 5 * 1024 ** 3;

export interface S3ClientOptions {
  readonly region: string;
  readonly credentials?: S3ClientConfig['credentials'];
  /** Attempts of a request that fails with a reset, a timeout or a 5xx (default 6). */
  readonly maxAttempts?: number;
  /** Attempts of a throttled request (default retry.ts's THROTTLING_ATTEMPTS). */
  readonly throttlingAttempts?: number;
}

/**
 * The endpoint comes from the SDK's own configuration (`AWS_ENDPOINT_URL_S3`,
 * `AWS_ENDPOINT_URL`): nothing here names a host. Checksums are sent only where S3 requires
 * them (uploads carry Content-MD5 instead), which S3 and S3-compatible servers all accept. Since
 * @aws-sdk/client-s3 3.729.0 the client's default (`WHEN_SUPPORTED`) adds a CRC32 of the body to
 * every PutObject and checks one on every GetObject ("Announcement: S3 default integrity
 * change", https://github.com/aws/aws-sdk-js-v3/issues/6810): `WHEN_REQUIRED` leaves that work
 * out of each upload (issue 24: the sync already sends the MD5 it computed while hashing).
 */
export function createS3Client(opts: S3ClientOptions): S3Client {
  return new S3Client({
    region: opts.region,
    ...(opts.credentials !== undefined ? { credentials: opts.credentials } : {}),
    maxAttempts: opts.maxAttempts ?? 6,
    retryStrategy: new SyncRetryStrategy({
      maxAttempts: opts.maxAttempts ?? 6,
      ...(opts.throttlingAttempts !== undefined
        ? { throttlingAttempts: opts.throttlingAttempts }
        : {}),
    }),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    followRegionRedirects: true,
  });
}

export class S3SyncError extends Error {
  override name = 'S3SyncError';
}

/** Turns an SDK error into one that says what failed and what to check. */
export function describeS3Error(e: unknown, action: string, bucket: string, key?: string): Error {
  const target = key === undefined ? `bucket '${bucket}'` : `'${key}' in bucket '${bucket}'`;
  const name = e instanceof Error ? e.name : '';
  const status = e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'NoSuchBucket') {
    return new S3SyncError(
      `bucket '${bucket}' does not exist: check the \`bucket\` input; if the site stack names it, ` +
        'it was deleted outside CloudFormation (delete the site stack and deploy again to recreate it)',
    );
  }
  if (name === 'AccessDenied' || name === 'Forbidden' || status === 403) {
    return new S3SyncError(
      `access denied: ${action} on ${target}. The credentials in use need ${action} on arn:aws:s3:::${bucket}${key === undefined ? '' : '/*'}`,
    );
  }
  if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed') {
    return new S3SyncError(`bucket '${bucket}' is in another region than \`region\`: ${message}`);
  }
  return new S3SyncError(`${action} on ${target} failed: ${name ? `${name}: ` : ''}${message}`);
}

/**
 * Every object of the bucket, all pages; with `prefix`, only the keys under it, named relative
 * to it (a preview's sync sees `_previews/pr-<n>/` as its bucket).
 */
export async function listObjects(
  client: S3Client,
  bucket: string,
  prefix = '',
): Promise<RemoteEntry[]> {
  const out: RemoteEntry[] = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client, pageSize: S3_BATCH },
      prefix === '' ? { Bucket: bucket } : { Bucket: bucket, Prefix: prefix },
    )) {
      for (const o of page.Contents ?? []) {
        if (o.Key?.startsWith(prefix) !== true) continue;
        const key = o.Key.slice(prefix.length);
        out.push({ key, etag: normalizeEtag(o.ETag), size: o.Size ?? 0 });
      }
    }
  } catch (e) {
    throw describeS3Error(e, 's3:ListBucket', bucket);
  }
  return out;
}

/** A chunk of a byte stream (a Buffer, or a string when an encoding was set on it). */
function chunkBytes(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return Buffer.from(String(chunk), 'utf8');
}

/** The text of an object, or undefined when it does not exist. */
export async function getText(
  client: S3Client,
  bucket: string,
  key: string,
): Promise<string | undefined> {
  const parts: string[] = [];
  return (await readText(client, bucket, key, (piece) => parts.push(piece)))
    ? parts.join('')
    : undefined;
}

/**
 * Hands the text of an object to `take` piece by piece as it arrives (decoded as UTF-8, never
 * cut inside a character); false when the object does not exist. `transformToString` would first
 * join the whole body into one buffer: a 30 MB manifest (100,000 keys) held its bytes twice
 * besides its text (issue 24).
 */
export async function readText(
  client: S3Client,
  bucket: string,
  key: string,
  take: (piece: string) => void,
): Promise<boolean> {
  try {
    const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (res.Body === undefined) return false;
    if (!(res.Body instanceof Readable)) {
      take(await res.Body.transformToString('utf-8'));
      return true;
    }
    const decoder = new StringDecoder('utf8');
    for await (const chunk of res.Body) take(decoder.write(chunkBytes(chunk)));
    take(decoder.end());
    return true;
  } catch (e) {
    if (e instanceof Error && (e.name === 'NoSuchKey' || e.name === 'NotFound')) return false;
    throw describeS3Error(e, 's3:GetObject', bucket, key);
  }
}

/** The headers of an object that decide whether it must be sent again. */
export interface ObjectHeaders {
  readonly etag: string;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
  readonly metadata: Readonly<Record<string, string>>;
}

/** An object's ETag and headers (HeadObject), or undefined when it does not exist. */
export async function headObject(
  client: S3Client,
  bucket: string,
  key: string,
): Promise<ObjectHeaders | undefined> {
  try {
    const res = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return {
      etag: normalizeEtag(res.ETag),
      contentType: res.ContentType,
      cacheControl: res.CacheControl,
      metadata: res.Metadata ?? {},
    };
  } catch (e) {
    if (e instanceof Error && (e.name === 'NotFound' || e.name === 'NoSuchKey')) return undefined;
    throw describeS3Error(e, 's3:GetObject (HeadObject)', bucket, key);
  }
}

export async function putText(
  client: S3Client,
  bucket: string,
  key: string,
  /** The text, or its UTF-8 bytes. */
  text: string | Uint8Array,
  contentType: string,
): Promise<void> {
  try {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: text,
        ContentType: contentType,
        CacheControl: 'no-store',
      }),
    );
  } catch (e) {
    throw describeS3Error(e, 's3:PutObject', bucket, key);
  }
}

/**
 * Uploads one file with its headers and returns the ETag S3 gave it. Files up to their part
 * size (`settings`, from `uploadSettings` in parts.ts) go in one PUT with Content-MD5 (S3
 * rejects corrupted bytes); larger ones as a multipart upload in parts of exactly that size,
 * so the ETag matches `hashFile`'s, with `settings.queueSize` parts in flight. A generated page
 * (`entry.body`) is sent from memory the same way.
 */
export async function uploadFile(
  client: S3Client,
  bucket: string,
  entry: LocalEntry,
  settings: Pick<UploadSettings, 'partSize' | 'queueSize'>,
  onBytes?: (n: number) => void,
): Promise<string> {
  try {
    if (entry.size <= settings.partSize) {
      const body = entry.body ?? (await readFile(entry.absPath));
      if (body.length !== entry.size) {
        throw new S3SyncError(
          `'${entry.key}' changed while the sync was running (size ${entry.size} ⇒ ${body.length}); run again`,
        );
      }
      const res = await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: entry.key,
          Body: body,
          ContentLength: body.length,
          ContentMD5: Buffer.from(entry.md5, 'hex').toString('base64'),
          ContentType: entry.contentType,
          ...storedHeaders(entry),
        }),
      );
      onBytes?.(body.length);
      return normalizeEtag(res.ETag) || entry.etag;
    }
    const upload = new Upload({
      client,
      params: {
        Bucket: bucket,
        Key: entry.key,
        Body: entry.body ?? createReadStream(entry.absPath),
        ContentType: entry.contentType,
        ...storedHeaders(entry),
      },
      partSize: settings.partSize,
      queueSize: settings.queueSize,
      leavePartsOnError: false,
    });
    let reported = 0;
    upload.on('httpUploadProgress', (p) => {
      if (p.loaded !== undefined && p.loaded > reported) {
        onBytes?.(p.loaded - reported);
        reported = p.loaded;
      }
    });
    const res = await upload.done();
    if (reported < entry.size) onBytes?.(entry.size - reported);
    return normalizeEtag(res.ETag) || entry.etag;
  } catch (e) {
    if (e instanceof S3SyncError) throw e;
    throw describeS3Error(e, 's3:PutObject', bucket, entry.key);
  }
}

/** The Cache-Control and metadata of an upload or copy (headers.ts, `storedHeadersFor`). */
function storedHeaders(entry: LocalEntry): {
  CacheControl: string;
  Metadata: Record<string, string>;
} {
  const stored = storedHeadersFor(entry.key, entry.cacheControl);
  return { CacheControl: stored.cacheControl, Metadata: { ...stored.metadata } };
}

/** `bucket/key` for CopySource: the key URL-encoded, its slashes kept. */
export function copySource(bucket: string, key: string): string {
  return `${bucket}/${encodeURIComponent(key).replace(/%2F/g, '/')}`;
}

/**
 * Replaces an object's headers without re-sending its bytes (a copy onto itself with
 * MetadataDirective REPLACE), only if it still has the ETag the plan saw.
 */
export async function replaceHeaders(
  client: S3Client,
  bucket: string,
  entry: LocalEntry,
  expectedEtag: string,
): Promise<string> {
  try {
    const res = await client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: entry.key,
        CopySource: copySource(bucket, entry.key),
        CopySourceIfMatch: `"${expectedEtag}"`,
        MetadataDirective: 'REPLACE',
        ContentType: entry.contentType,
        ...storedHeaders(entry),
      }),
    );
    return normalizeEtag(res.CopyObjectResult?.ETag) || expectedEtag;
  } catch (e) {
    throw describeS3Error(e, 's3:PutObject (copy to replace headers)', bucket, entry.key);
  }
}

/** Deletes keys 1,000 at a time; any key S3 reports as not deleted fails the call. */
export async function deleteKeys(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  onDeleted?: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < keys.length; i += S3_BATCH) {
    const batch = keys.slice(i, i + S3_BATCH);
    let errors: {
      Key?: string | undefined;
      Code?: string | undefined;
      Message?: string | undefined;
    }[];
    try {
      const res = await client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      errors = res.Errors ?? [];
    } catch (e) {
      throw describeS3Error(e, 's3:DeleteObject', bucket);
    }
    if (errors.length > 0) {
      const first = errors
        .slice(0, 5)
        .map((err) => `'${err.Key ?? '?'}' (${err.Code ?? 'error'}: ${err.Message ?? ''})`)
        .join(', ');
      throw new S3SyncError(
        `${errors.length} of ${batch.length} deletes in bucket '${bucket}' failed: ${first}`,
      );
    }
    onDeleted?.(batch.length);
  }
}
