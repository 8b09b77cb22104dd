/**
 * The options of a sync (src/sync/index.ts `runSync`) against the loopback S3 server, with the
 * site's settings at their defaults: the whole folder (no `exclude`), the default Cache-Control
 * rules, deletes allowed (`max-delete: 100%`, so a test may empty a bucket), not a dry run,
 * quiet; `extra` sets anything else.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { cacheControlRules } from '../../src/site/cache-control.js';
import { parseMaxDelete } from '../../src/site/values.js';
import type { SyncOptions } from '../../src/sync/index.js';

export function syncOptions(
  client: S3Client,
  bucket: string,
  contentDir: string,
  extra: Partial<SyncOptions> = {},
): SyncOptions {
  return {
    client,
    bucket,
    contentDir,
    contentDirInput: 'site',
    exclude: [],
    cacheControl: cacheControlRules([]),
    delete: true,
    maxDelete: parseMaxDelete('100%'),
    dryRun: false,
    concurrency: 8,
    log: { info: () => undefined, warn: () => undefined },
    ...extra,
  };
}
