/**
 * The peers the benchmarks run beside secure-dist against the loopback S3 server: rclone and
 * the AWS CLI, configured by environment alone (no file of the user's is read), with the
 * loopback server's credentials. Shared by bench-scale.mjs and bench-throttle.mjs.
 */
import os from 'node:os';
import path from 'node:path';

/** The loopback S3 server's credentials (scripts/s3-server.mjs accepts any; s3rver's own). */
export const LOOPBACK_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'eu-central-1',
};

/** PATH and HOME of this process: what every benchmarked process needs to start. */
export function baseEnv() {
  return { PATH: process.env.PATH, HOME: process.env.HOME ?? os.homedir() };
}

/**
 * rclone with a remote named `bench` (`bench:<bucket>`) at `endpoint`, path-style; its config
 * file (which it may write) lives in `work`.
 */
export function rcloneEnv(endpoint, work) {
  return {
    ...baseEnv(),
    RCLONE_CONFIG: path.join(work, 'rclone.conf'),
    RCLONE_CONFIG_BENCH_TYPE: 's3',
    RCLONE_CONFIG_BENCH_PROVIDER: 'Other',
    RCLONE_CONFIG_BENCH_ENDPOINT: endpoint,
    RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: LOOPBACK_CREDENTIALS.AWS_ACCESS_KEY_ID,
    RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: LOOPBACK_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    RCLONE_CONFIG_BENCH_REGION: LOOPBACK_CREDENTIALS.AWS_REGION,
    RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE: 'true',
  };
}

/**
 * The AWS CLI with the loopback credentials and no configuration, credentials file, instance
 * metadata or pager of the machine's (the files named in `work` do not exist); the endpoint is
 * passed as `--endpoint-url`.
 */
export function awsCliEnv(work) {
  return {
    ...baseEnv(),
    ...LOOPBACK_CREDENTIALS,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(work, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-aws-credentials'),
    AWS_PAGER: '',
  };
}
