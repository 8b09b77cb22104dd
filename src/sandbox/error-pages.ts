/**
 * The status codes the site's distribution answers with the content's 404 page: the
 * `CustomErrorResponses` of the site template whose `ResponsePagePath` is the `NotFoundPage`
 * parameter, read from the template itself (not a second copy), so the sandbox maps exactly the
 * codes CloudFront maps. Today that is 404 alone: a 403 keeps the plain answer the function or
 * CloudFront gives (cloudformation/site.yaml, "With a 404 page").
 */
import { jsonAt, readTemplate, type Template } from '../synth/index.js';

export function notFoundPageCodes(site: Template = readTemplate('site')): number[] {
  const responses = jsonAt(
    site,
    'Resources',
    'Distribution',
    'Properties',
    'DistributionConfig',
    'CustomErrorResponses',
    'Fn::If',
    1,
  );
  const codes: number[] = [];
  for (const response of Array.isArray(responses) ? responses : []) {
    const code = jsonAt(response, 'ErrorCode');
    if (typeof code === 'number' && jsonAt(response, 'ResponsePagePath', 'Ref') === 'NotFoundPage')
      codes.push(code);
  }
  return codes;
}
