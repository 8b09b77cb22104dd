/**
 * The headers the site's CloudFront response headers policy adds, read from the site template
 * itself (not a second copy): Strict-Transport-Security, X-Content-Type-Options,
 * X-Frame-Options, Referrer-Policy and the custom headers.
 */
import { isJsonObject, jsonAt, readTemplate, type Json, type Template } from '../synth/index.js';

const text = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function responseHeadersOf(site: Template = readTemplate('site')): Record<string, string> {
  const resources = jsonAt(site, 'Resources');
  const policy = Object.values(isJsonObject(resources) ? resources : {}).find(
    (r) => jsonAt(r, 'Type') === 'AWS::CloudFront::ResponseHeadersPolicy',
  );
  const config = jsonAt(policy, 'Properties', 'ResponseHeadersPolicyConfig');
  const security = jsonAt(config, 'SecurityHeadersConfig');
  const headers: Record<string, string> = {};

  const hsts = jsonAt(security, 'StrictTransportSecurity');
  const maxAge = jsonAt(hsts, 'AccessControlMaxAgeSec');
  if (typeof maxAge === 'number') {
    headers['Strict-Transport-Security'] =
      `max-age=${maxAge}` +
      (jsonAt(hsts, 'IncludeSubdomains') === true ? '; includeSubDomains' : '') +
      (jsonAt(hsts, 'Preload') === true ? '; preload' : '');
  }
  if (jsonAt(security, 'ContentTypeOptions') !== undefined)
    headers['X-Content-Type-Options'] = 'nosniff';
  const frame = text(jsonAt(security, 'FrameOptions', 'FrameOption'));
  if (frame !== undefined) headers['X-Frame-Options'] = frame;
  const referrer = text(jsonAt(security, 'ReferrerPolicy', 'ReferrerPolicy'));
  if (referrer !== undefined) headers['Referrer-Policy'] = referrer;
  const items = jsonAt(config, 'CustomHeadersConfig', 'Items');
  for (const item of Array.isArray(items) ? items : []) {
    const name = text(jsonAt(item, 'Header'));
    const value = text(jsonAt(item, 'Value'));
    if (name !== undefined && value !== undefined) headers[name] = value;
  }
  return headers;
}
