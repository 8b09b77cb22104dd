/**
 * The CloudFront Functions viewer-response function (runtime `cloudfront-js-2.0`, `edge:
 * function`): what the viewer gets of every response from the cache or the bucket. It puts
 * the viewer's Cache-Control, stored with the object as `x-amz-meta-viewer-cache-control`,
 * back into Cache-Control and drops that header (core/cache-control.ts), and, unless
 * `trusted-pages`, adds the sandboxing Content-Security-Policy of published files
 * (core/content-policy.ts). No store read, no HMAC, no secret: its configuration is
 * `trusted-pages` alone.
 *
 * A function of its own, not a branch of the viewer-request function (handler.ts), so that
 * code does not count against the viewer-request function's 10 KB: "Maximum function size"
 * 10 KB is a quota per function, and an account may have 100 functions ("Quotas" › "Quotas on
 * CloudFront Functions",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions).
 * A cache behavior's function associations each name an event type and a function ARN of
 * their own (CloudFront API Reference, `FunctionAssociation`: `EventType` viewer-request or
 * viewer-response, `FunctionARN`:
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_FunctionAssociation.html),
 * so cloudformation/site.yaml associates `ViewerFunction` on viewer-request and
 * `ResponseFunction` (this code) on viewer-response. Bundled by scripts/build-function.mjs in
 * the same shape as the viewer-request function and rendered by `renderResponseFunctionCode`
 * (render.ts).
 *
 * Never throws: a header that is not the documented shape gives the fallback Cache-Control,
 * still `private`.
 */
import {
  VIEWER_CACHE_CONTROL_HEADER,
  VIEWER_FALLBACK_CACHE_CONTROL,
  contentPolicy,
  viewerCacheControl,
} from '../core/index.js';
import type { FunctionEvent, FunctionRequest, FunctionViewerResponse } from './events.js';

/** What the viewer-response function reads from its configuration (rendered into the code). */
export interface ResponseFunctionConfig {
  /** `trusted-pages`: rendered only when true (core/content-policy.ts). */
  trustedPages?: true;
}

/** Replaced by the JSON configuration when the code is rendered (see renderResponseFunctionCode). */
declare const __SECURE_DIST_FUNCTION_CONFIG__: ResponseFunctionConfig;

const CONFIG: ResponseFunctionConfig = __SECURE_DIST_FUNCTION_CONFIG__;
/** `trusted-pages`: no sandbox for published files (core/content-policy.ts). */
const TRUSTED_PAGES = CONFIG.trustedPages === true;

export async function handler(
  event: FunctionEvent,
): Promise<FunctionViewerResponse | FunctionRequest> {
  const response = event.response;
  // Associated with viewer-response only (site.yaml); anything else goes on untouched.
  if (response === undefined) return event.request;
  return viewerResponse(response);
}

/** The response as the viewer gets it: the viewer's (`private`) Cache-Control, the metadata header gone. */
function viewerResponse(response: FunctionViewerResponse): FunctionViewerResponse {
  const headers = response.headers;
  let value = VIEWER_FALLBACK_CACHE_CONTROL;
  try {
    const stored = headers['cache-control'];
    const viewer = headers[VIEWER_CACHE_CONTROL_HEADER];
    value = viewerCacheControl(
      stored === undefined ? undefined : stored.value,
      viewer === undefined ? undefined : viewer.value,
    );
  } catch {
    // A header that is not the documented shape: the fallback, still private.
  }
  delete headers[VIEWER_CACHE_CONTROL_HEADER];
  headers['cache-control'] = { value };
  // Published files cannot script the site under the viewer's credentials (core/content-policy.ts).
  if (!TRUSTED_PAGES) {
    const type = headers['content-type'];
    const policy = contentPolicy(type === undefined ? undefined : type.value);
    if (policy !== undefined) headers['content-security-policy'] = { value: policy };
  }
  return response;
}
