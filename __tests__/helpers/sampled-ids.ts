/**
 * Random ids of the shapes AWS gives resources (CloudFront ids, UUIDs, Secrets Manager's
 * suffix, Lambda version numbers), sampled from a hash of the site and the resource: fixed per
 * site and resource, different between sites.
 */
import { createHash } from 'node:crypto';

/** A random id of the right shape, fixed per site and resource. */
export type Sampler = (kind: 'cloudfront-id' | 'uuid' | 'secret-suffix' | 'version') => string;

export function samplerFor(stackName: string, logicalId: string): Sampler {
  const hex = createHash('sha256').update(`${stackName}/${logicalId}`).digest('hex');
  return (kind) => {
    switch (kind) {
      case 'cloudfront-id':
        return `E${hex.slice(0, 13).toUpperCase()}`;
      case 'uuid':
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
      case 'secret-suffix':
        return `-${hex.slice(0, 6)}`;
      case 'version':
        return String(1 + (parseInt(hex.slice(0, 2), 16) % 40));
    }
  };
}
