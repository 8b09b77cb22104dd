/**
 * The throttling proxy (scripts/throttle-proxy.mjs) in front of a test's S3 server, and the
 * environment that sends the SDK through it.
 */
import {
  startThrottleProxy,
  type ThrottleProxy,
  type ThrottleProxyOptions,
} from '../../scripts/throttle-proxy.mjs';
import type { S3Server } from './s3-server.js';

export type { ThrottleProxy, ProxyLogEntry } from '../../scripts/throttle-proxy.mjs';

/** A proxy in front of `server`; it stops by itself after ten minutes at most. */
export function throttleS3(
  server: S3Server,
  options: Omit<ThrottleProxyOptions, 'target'>,
): Promise<ThrottleProxy> {
  return startThrottleProxy({ maxSeconds: 600, ...options, target: server.endpoint });
}
