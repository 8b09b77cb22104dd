/**
 * Signed URLs for share links, made by @aws-sdk/cloudfront-signer (no signature scheme of our
 * own). One object key: a canned policy (`Expires`, `Signature`, `Key-Pair-Id`), whose
 * resource is the link's URL itself ("Create a signed URL using a canned policy", CloudFront
 * Developer Guide:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html).
 * A folder: a custom policy (`Policy`, `Signature`, `Key-Pair-Id`) whose resource ends in the
 * wildcard `*`, so it opens every object under the folder and nothing else ("Create a signed
 * URL using a custom policy": `*` matches zero or more characters;
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-custom-policy.html).
 * Both are signed with RSA-SHA256 and say so with `Hash-Algorithm=SHA256`, as the canned-policy
 * page's example URL does (without it CloudFront assumes SHA-1; SHA-256 signed URLs since
 * April 2026: https://aws.amazon.com/about-aws/whats-new/2026/04/amazon-cloudfront-sha-256-signed-urls/,
 * the link the signer's own `CloudfrontSignerAlgorithm` type cites).
 */
import { getSignedUrl } from '@aws-sdk/cloudfront-signer';
import { sharePath } from '../edge/core/share.js';

export interface ShareLinkRequest {
  /** `https://<distribution or custom domain>` (no path). */
  readonly origin: string;
  /** An object key (`docs/a.pdf`) or a folder prefix ending in `/` (`docs/`). */
  readonly path: string;
  /** The CloudFront public key ID of the signing key. */
  readonly keyPairId: string;
  /** PKCS#8 PEM. */
  readonly privateKey: string;
  /** Epoch seconds after which CloudFront refuses the link. */
  readonly expiresAt: number;
}

export interface ShareLink {
  readonly url: string;
  readonly policy: 'canned' | 'custom';
  /** The policy's resource: the URL (canned) or the folder URL with `*` (custom). */
  readonly resource: string;
  readonly expiresAt: number;
}

export function signShareLink(request: ShareLinkRequest): ShareLink {
  const origin = request.origin.replace(/\/+$/, '');
  const url = `${origin}${sharePath(request.path)}`;
  const common = {
    keyPairId: request.keyPairId,
    privateKey: request.privateKey,
    algorithm: 'SHA256' as const,
  };
  if (!request.path.endsWith('/')) {
    const signed = getSignedUrl({
      ...common,
      url,
      dateLessThan: new Date(request.expiresAt * 1000),
    });
    return { url: signed, policy: 'canned', resource: url, expiresAt: request.expiresAt };
  }
  const resource = `${url}*`;
  const policy = JSON.stringify({
    Statement: [
      { Resource: resource, Condition: { DateLessThan: { 'AWS:EpochTime': request.expiresAt } } },
    ],
  });
  const signed = getSignedUrl({ ...common, url, policy });
  return { url: signed, policy: 'custom', resource, expiresAt: request.expiresAt };
}
