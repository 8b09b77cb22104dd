/**
 * What a deploy of a site would create, offline: both stacks rendered as `synth` renders them
 * (src/commands/synth.ts), with the users' names and stand-in hashes (no password is needed or
 * read, as in a plan), each stack's resources after its Conditions (src/synth/conditions.ts)
 * for the rendered parameters, and the site's settings in a few lines.
 */
import { synthFor } from '../../commands/synth.js';
import type { Site } from '../../site/model.js';
import { evaluateConditions } from '../../synth/conditions.js';
import { isJsonObject, jsonAt, type Json, type RenderedStack } from '../../synth/index.js';

/** The resources a rendered stack creates: `Type` with how many, in template order. */
export function stackResources(stack: RenderedStack): { type: string; count: number }[] {
  const template: Json = JSON.parse(stack.templateBody);
  const parameters: Record<string, string> = Object.fromEntries(
    stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
  );
  // Filled in at deploy time from the edge stack or the bootstrap's store: never empty then.
  for (const p of stack.resolvedAtDeploy) parameters[p.parameterKey] = '(resolved at deploy)';
  const conditions = isJsonObject(template) ? evaluateConditions(template, parameters) : {};
  const counts = new Map<string, number>();
  const resources = jsonAt(template, 'Resources');
  for (const resource of Object.values(isJsonObject(resources) ? resources : {})) {
    const condition = jsonAt(resource, 'Condition');
    if (typeof condition === 'string' && conditions[condition] !== true) continue;
    const type = String(jsonAt(resource, 'Type'));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([type, count]) => ({ type, count }));
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function stackLine(stack: RenderedStack): string[] {
  const resources = stackResources(stack);
  return [
    `  ${stack.stackName} (${stack.region}), template ${kib(Buffer.byteLength(stack.templateBody))}, ${resources.reduce((n, r) => n + r.count, 0)} resources:`,
    `    ${resources.map((r) => (r.count === 1 ? r.type : `${r.type} ×${r.count}`)).join(', ')}`,
  ];
}

/** The site's settings a reader checks first, one line each. */
export function siteSettings(site: Site): string[] {
  const on = (b: boolean): string => (b ? 'on' : 'off');
  return [
    `  content     ${site.contentDirInput}/${site.exclude.length > 0 ? `, excluding ${site.exclude.join(', ')}` : ''}`,
    `  users       ${site.users.length > 0 ? site.users.join(', ') : '(none)'}`,
    `  access      ${site.access.length > 0 ? site.access.map((r) => `${r.users.join(', ')}: ${r.globs.join(', ')}`).join('; ') : 'every user reads everything'}`,
    `  edge        ${site.edge === 'lambda' ? `Lambda@Edge (${site.edgeRuntime})` : 'CloudFront Function with a KeyValueStore'}, realm "${site.realm}"`,
    `  listing ${on(site.listing)}, share links ${on(site.shareLinks)}, audit log ${site.auditLog ? `on (${site.auditRetentionDays} days)` : 'off'}, rate limit ${site.rateLimit > 0 ? `${site.rateLimit} requests per 5 minutes per IP` : 'off'}`,
    `  domain      ${site.domainName ?? "the distribution's own (dxxxx.cloudfront.net)"}`,
  ];
}

/** The summary of what a deploy of `site` would create. */
export function deploySummary(site: Site, usersInSecretsManager: boolean): string[] {
  const result = synthFor(
    site,
    { roleToAssume: undefined },
    site.users.map((user) => ({ user, password: 'stand-in' })),
    { standInHashes: true, usersInSecretsManager },
  );
  // With `edge: function` and no rate limit, nothing is left in us-east-1: deploy deletes the
  // edge stack (src/commands/deploy-function.ts).
  const edge =
    site.edge === 'function' && site.rateLimit === 0
      ? [`  ${result.edge.stackName} (us-east-1): none (edge: function without rate-limit)`]
      : stackLine(result.edge);
  return [
    `What a deploy of ${site.file} would create (rendered offline, as synth does; no password needed):`,
    ...edge,
    ...stackLine(result.site),
    ...siteSettings(site),
  ];
}
