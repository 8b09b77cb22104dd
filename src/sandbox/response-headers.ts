/**
 * The headers the site's CloudFront response headers policy adds, read from the site template
 * itself (not a second copy): Strict-Transport-Security, X-Content-Type-Options,
 * X-Frame-Options, Referrer-Policy and the custom headers, each with its `Override` (the
 * security headers all have `Override: true` in the template; a custom header says).
 */
import { isJsonObject, jsonAt, readTemplate, type Json, type Template } from '../synth/index.js';

/** One header of the policy: with `override` it replaces the response's own. */
export interface ResponseHeader {
  readonly name: string;
  readonly value: string;
  readonly override: boolean;
}

const text = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function responseHeadersOf(site: Template = readTemplate('site')): ResponseHeader[] {
  const resources = jsonAt(site, 'Resources');
  const policy = Object.values(isJsonObject(resources) ? resources : {}).find(
    (r) => jsonAt(r, 'Type') === 'AWS::CloudFront::ResponseHeadersPolicy',
  );
  const config = jsonAt(policy, 'Properties', 'ResponseHeadersPolicyConfig');
  const security = jsonAt(config, 'SecurityHeadersConfig');
  const headers: ResponseHeader[] = [];
  const add = (name: string, value: string, setting: Json | undefined): void => {
    headers.push({ name, value, override: jsonAt(setting, 'Override') === true });
  };

  const hsts = jsonAt(security, 'StrictTransportSecurity');
  const maxAge = jsonAt(hsts, 'AccessControlMaxAgeSec');
  if (typeof maxAge === 'number') {
    add(
      'Strict-Transport-Security',
      `max-age=${maxAge}` +
        (jsonAt(hsts, 'IncludeSubdomains') === true ? '; includeSubDomains' : '') +
        (jsonAt(hsts, 'Preload') === true ? '; preload' : ''),
      hsts,
    );
  }
  const contentType = jsonAt(security, 'ContentTypeOptions');
  if (contentType !== undefined) add('X-Content-Type-Options', 'nosniff', contentType);
  const frame = jsonAt(security, 'FrameOptions');
  const frameOption = text(jsonAt(frame, 'FrameOption'));
  if (frameOption !== undefined) add('X-Frame-Options', frameOption, frame);
  const referrer = jsonAt(security, 'ReferrerPolicy');
  const referrerPolicy = text(jsonAt(referrer, 'ReferrerPolicy'));
  if (referrerPolicy !== undefined) add('Referrer-Policy', referrerPolicy, referrer);
  const items = jsonAt(config, 'CustomHeadersConfig', 'Items');
  for (const item of Array.isArray(items) ? items : []) {
    const name = text(jsonAt(item, 'Header'));
    const value = text(jsonAt(item, 'Value'));
    if (name !== undefined && value !== undefined) add(name, value, item);
  }
  return headers;
}
