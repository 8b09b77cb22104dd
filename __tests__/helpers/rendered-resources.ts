/**
 * The resources of a site as deploy sends them (src/synth renders both stacks, the deploy-time
 * parameters come from the edge stack's sampled outputs and the bootstrap's store), each with its exact names, sampled
 * random ids, its ARN and the tags CloudFormation gives it; and from them, every request
 * CloudFormation makes with the service role (./cloudformation-actions.ts).
 */
import { stackInput } from '../../src/commands/deploy.js';
import { FINGERPRINT_TAG } from '../../src/deploy/status.js';
import {
  isJsonObject,
  jsonAt,
  synthesize,
  withEdgeVersion,
  withEdgeWebAcl,
  withParameters,
  withUsersStore,
  type Json,
  type JsonObject,
  type RenderedStack,
  type SynthOptions,
} from '../../src/synth/index.js';
import {
  CLOUDFORMATION_ACTIONS,
  samplerFor,
  type CfnRequest,
  type Identity,
  type RenderedResource,
} from './cloudformation-actions.js';
import { ACCOUNT, usersStoreArn, type Context } from './iam.js';
import { asList, evaluateConditions, resolved, type Scope } from './template-resolve.js';

/** A way the action renders a site: synth options, and site parameters deploy overrides. */
export interface Mode {
  readonly name: string;
  readonly options: Omit<SynthOptions, 'stackName'>;
  readonly siteParameters?: Readonly<Record<string, string>>;
}

export interface SiteResource extends RenderedResource {
  readonly arn: string;
}

const parameters = (stack: RenderedStack): Record<string, string> =>
  Object.fromEntries(stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]));

function templateOf(stack: RenderedStack): JsonObject {
  const body: Json = JSON.parse(stack.templateBody);
  if (!isJsonObject(body)) throw new Error(`${stack.stackName}: not a template`);
  return body;
}

/** The resources one rendered stack creates, resolved, with their identities. */
function stackResources(stack: RenderedStack): { resources: SiteResource[]; ids: Scope } {
  const template = templateOf(stack);
  const values = parameters(stack);
  const conditions = evaluateConditions(template, values);
  const scope: Scope = {
    refs: {
      'AWS::StackName': stack.stackName,
      'AWS::Region': stack.region,
      'AWS::AccountId': ACCOUNT,
      'AWS::Partition': 'aws',
      'AWS::URLSuffix': 'amazonaws.com',
      ...values,
    },
    attrs: {},
    conditions,
  };
  const { tags: stackTags } = stackInput(stack);
  const tagsOfStack = { ...stackTags, [FINGERPRINT_TAG]: stack.fingerprint };
  const pending = Object.entries(isJsonObject(template.Resources) ? template.Resources : {}).filter(
    ([, r]) => {
      const condition = jsonAt(r, 'Condition');
      return typeof condition !== 'string' || conditions[condition] === true;
    },
  );
  const resources: SiteResource[] = [];
  // Resources refer to each other: resolve those whose references are known, until all are.
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = pending.length - 1; i >= 0; i--) {
      const [logicalId, definition] = pending[i] ?? ['', null];
      const type = String(jsonAt(definition, 'Type'));
      const entry = CLOUDFORMATION_ACTIONS[type];
      if (entry === undefined)
        throw new Error(`${logicalId}: ${type} is not in CLOUDFORMATION_ACTIONS`);
      let properties: Json;
      try {
        properties = resolved(jsonAt(definition, 'Properties') ?? {}, scope);
      } catch {
        continue;
      }
      if (!isJsonObject(properties)) throw new Error(`${logicalId}: properties`);
      const base = {
        logicalId,
        type,
        stackName: stack.stackName,
        region: stack.region,
        properties,
      };
      const identity: Identity = entry.identify(base, samplerFor(stack.stackName, logicalId));
      scope.refs[logicalId] = identity.ref;
      for (const [name, value] of Object.entries(identity.attrs)) {
        scope.attrs[`${logicalId}.${name}`] = value;
      }
      const own = Object.fromEntries(
        asList(properties.Tags).map((t) => [String(jsonAt(t, 'Key')), String(jsonAt(t, 'Value'))]),
      );
      resources.push({
        ...base,
        tags: entry.tagging === undefined ? {} : { ...tagsOfStack, ...own },
        arn: identity.arn,
      });
      pending.splice(i, 1);
    }
    if (pending.length === before) {
      throw new Error(`unresolvable: ${pending.map(([id]) => id).join(', ')}`);
    }
  }
  return { resources, ids: scope };
}

/** Both stacks of site `stackName` in `mode`, as deploy sends them, and their resources. */
export function renderedSite(stackName: string, mode: Mode): SiteResource[] {
  const result = synthesize({ ...mode.options, stackName });
  const edge = stackResources(result.edge);
  // Deploy fills the site's parameters from the edge stack's outputs.
  const output = (logicalId: string, attr?: string): string | undefined =>
    attr === undefined ? edge.ids.refs[logicalId] : edge.ids.attrs[`${logicalId}.${attr}`];
  let site = result.site;
  const version = output('EdgeFunctionVersion');
  if (site.resolvedAtDeploy.some((p) => p.parameterKey === 'EdgeFunctionVersionArn')) {
    if (version === undefined) throw new Error('no edge version to deploy the site with');
    site = withEdgeVersion(site, version);
  }
  const webAcl = output('RateLimitWebAcl', 'Arn');
  site = withEdgeWebAcl(site, webAcl === undefined ? {} : { WebAclArn: webAcl });
  // With `edge: function`, deploy finds the bootstrap stack's store by its name.
  if (site.resolvedAtDeploy.some((p) => p.parameterKey === 'UsersStoreArn')) {
    site = withUsersStore(site, usersStoreArn(stackName));
  }
  if (mode.siteParameters !== undefined) site = withParameters(site, mode.siteParameters);
  return [...edge.resources, ...stackResources(site).resources];
}

const tagContext = (prefix: 'aws:RequestTag' | 'aws:ResourceTag', tags: Record<string, string>) =>
  Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${prefix}/${k}`, v]));

/**
 * Every request CloudFormation makes with the service role for `resource`: each handler action
 * (less `notForUs`) and the tag actions on the resource's ARN (or on the ARN the action is
 * authorized on), with the tags it carries, and the association checks on other resources.
 */
export function cloudFormationRequests(resource: SiteResource): (CfnRequest & { type: string })[] {
  const entry = CLOUDFORMATION_ACTIONS[resource.type];
  if (entry === undefined) throw new Error(`${resource.type} is not in CLOUDFORMATION_ACTIONS`);
  const handlerOf = (action: string): string =>
    Object.entries(entry.handlers)
      .filter(([, actions]) => actions.includes(action))
      .map(([handler]) => handler)
      .join('/') || 'tagging';
  const actions = new Set([
    ...Object.values(entry.handlers).flat(),
    ...(entry.tagging === undefined
      ? []
      : [entry.tagging.tag, entry.tagging.untag, entry.tagging.list]),
  ]);
  const tags = resource.tags;
  const taggable = entry.tagging !== undefined;
  const requests: (CfnRequest & { type: string })[] = [];
  for (const action of actions) {
    if (entry.notForUs?.[action] !== undefined) continue;
    const on = entry.on?.[action]?.(resource, resource.arn) ?? resource.arn;
    const extra = entry.context?.(action, resource) ?? {};
    const why = `${resource.logicalId} (${resource.type}) ${handlerOf(action)}`;
    const push = (context: Context, when: string): void => {
      requests.push({
        action,
        resource: on,
        context: { ...extra, ...context },
        why: `${why}, ${when}`,
        type: resource.type,
      });
    };
    const created = { ...tagContext('aws:RequestTag', tags), 'aws:TagKeys': Object.keys(tags) };
    const existing = tagContext('aws:ResourceTag', tags);
    if (!taggable) push({}, 'untagged');
    else if (entry.creates.includes(action)) push(created, 'created with its tags');
    else if (action === entry.tagging?.tag) {
      push(created, 'tagged after an untagged create');
      push(
        {
          ...existing,
          [`aws:RequestTag/${FINGERPRINT_TAG}`]: 'f'.repeat(64),
          'aws:TagKeys': [FINGERPRINT_TAG],
        },
        'new fingerprint',
      );
    } else if (action === entry.tagging?.untag) {
      push({ ...existing, 'aws:TagKeys': [FINGERPRINT_TAG] }, 'a stack tag removed');
    } else push(existing, 'existing, tagged');
  }
  for (const association of entry.associations?.(resource) ?? []) {
    requests.push({ ...association, type: resource.type });
  }
  return requests;
}
