/**
 * The fingerprint of a site file: SHA-256 (hex) of its settings as canonical JSON — every
 * setting, defaults filled in (so writing a default out changes nothing), object keys sorted,
 * lists in their order, and `access` as its rules in the file's order (the order the edge
 * function checks them in). Deploy records it on the site stack (tag `secure-dist:config`);
 * plan and rotate compare the file at their commit with it.
 */
import { createHash } from 'node:crypto';
import type { SiteDocument } from './validate.generated.js';

/** The stack tag that records the fingerprint of the site file a deploy used. */
export const CONFIG_TAG = 'secure-dist:config';

export function siteFingerprint(
  doc: SiteDocument,
  access: readonly { readonly key: string; readonly value: string | readonly string[] }[],
): string {
  const settings = { ...doc, access: access.map((rule) => [rule.key, rule.value]) };
  return createHash('sha256').update(canonicalJson(settings), 'utf8').digest('hex');
}

/** JSON with every object's keys sorted; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
