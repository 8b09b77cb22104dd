/**
 * Rendering: templates + inputs ⇒ the exact `TemplateBody` and `Parameters` deploy sends, for
 * the edge stack (us-east-1) and the site stack (`region`). Pure apart from reading templates
 * when a directory is given; the same inputs give byte-identical output.
 */
import type { NotFoundPageParameter } from '../sync/not-found-page.js';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  buildEdgeConfig,
  EDGE_RUNTIME,
  renderEdgeCode,
  type EdgeConfig,
  type EdgeCredential,
  type TokenCredential,
} from '../edge/config.js';
import { ANY_USER, type AccessRule } from '../edge/core/access.js';
import { renderLoginFunctionCode, renderResponseFunctionCode } from '../edge/function/render.js';
import { edgeCodeParts, edgePreviews, isEdgeZipFile } from './edge-code.js';
import {
  functionCodeParts,
  NO_EDGE_FUNCTION_CODE,
  usersStoreName,
  type RenderFunctionCode,
} from './function-site.js';
import type { Previews } from '../site/model.js';
import { cloneJson, isJsonObject, objectAt, type Json } from './json.js';
import { loadTemplate, parseTemplate, type Template } from './template.js';
import { EMBEDDED_TEMPLATES } from './templates.generated.js';

/** CloudFormation's limit for a template passed inline (`TemplateBody`), in bytes. */
export const TEMPLATE_BODY_LIMIT = 51_200;
/** Lambda@Edge functions live in us-east-1, and so does the edge stack. */
export const EDGE_REGION = 'us-east-1';
/** The edge function is named `<stack-name>-edge-viewer-request`; Lambda allows 64 characters. */
export const MAX_STACK_NAME_LENGTH = 64 - '-edge-viewer-request'.length;

export type TemplateName = 'edge' | 'site' | 'bootstrap';

export interface SynthOptions {
  stackName: string;
  region: string;
  realm: string;
  users: readonly EdgeCredential[];
  /** `automation-tokens` with their values (Lambda@Edge): only their digests reach the code. */
  tokens?: readonly TokenCredential[] | undefined;
  /** Access rules (input `access`), baked into the edge function; empty = no restriction. */
  access?: readonly AccessRule[] | undefined;
  domainName?: string | undefined;
  certificateArn?: string | undefined;
  /**
   * `previews` (issue 25): on, and with a domain the distribution's alias `*.<domain>` beside
   * `domainName` (site parameters `Previews`, `PreviewDomain`), and the edge serves them to
   * `users` (every user when absent). Absent: previews are off.
   */
  previews?: (Pick<Previews, 'domain'> & Partial<Pick<Previews, 'users'>>) | undefined;
  /** Permissions boundary of the edge function's role (bootstrap output `EdgeRoleBoundaryArn`). */
  permissionsBoundaryArn?: string | undefined;
  /**
   * The users live in the edge stack's Secrets Manager secret `<stack-name>/basic-auth` (when
   * `basic-auth-users` is empty): the edge stack creates and keeps the secret. `false` (the
   * default) deletes it, so every deploy of a site whose users live there must say `true`.
   */
  usersInSecretsManager?: boolean | undefined;
  /**
   * Requests per 5 minutes per IP address before AWS WAF blocks (`rate-limit`): the edge stack
   * gets a web ACL, the site stack's distribution its ARN. 0 or undefined = none.
   */
  rateLimit?: number | undefined;
  /**
   * Site parameter `NotFoundPage` (src/sync/not-found-page.ts `notFoundPageParameter`):
   * '/404.html' when the published content has a root 404.html, else with `edge: function`
   * the page secure-dist publishes, '/_secure-dist/404.html'.
   */
  notFoundPage?: NotFoundPageParameter | undefined;
  /**
   * Share links (`share-links`): the site parameters ShareKeyA…C and ShareKeyCreated (see
   * src/share/keys.ts `shareKeyParameters`). Any key set ⇒ the site gets the signed `/_share/*`
   * behavior and the edge function `share: true`, in the same render. Absent = no share links.
   */
  shareKeys?: ShareKeyParameters | undefined;
  /** Read `<name>.yaml` from here instead of the templates embedded at build time. */
  templatesDir?: string | undefined;
  /** Lambda runtime of the edge function (input `edge-runtime`); default `nodejs24.x`. */
  edgeRuntime?: string | undefined;
  /**
   * Render the edge function with stand-in salts and hashes of the real shape instead of
   * hashing the passwords (what `plan` does: it never sees passwords). The template is as
   * large as the real one, but its code is not what deploy would send.
   */
  standInHashes?: boolean | undefined;
  /**
   * `edge` (issue 14): `lambda` (default) or `function`. With `function` the site stack renders
   * the CloudFront Function and its KeyValueStore (cloudformation/site.yaml) and the edge stack
   * only the web ACL; no password is hashed at synth time (the users go to the store at deploy).
   */
  edge?: 'lambda' | 'function' | undefined;
  /** With `edge: function`: the function's code renderer (h14's `renderFunctionCode`). */
  renderFunctionCode?: RenderFunctionCode | undefined;
  /** `audit-log`: the edge function writes one audit line per decision (core/audit.ts). */
  auditLog?: boolean | undefined;
  /** `trusted-pages`: published files get no sandbox (src/edge/core/content-policy.ts). */
  trustedPages?: boolean | undefined;
  /**
   * `login: form` (issue 23): the session lifetime (seconds) and key id. With `edge: lambda`
   * they are baked into the edge function, with the edge stack's SessionSecret around its code;
   * with `edge: function` the viewer-request function is its `login: form` build and the site
   * stack gets the login function (site.yaml `LoginFunction`). Both stacks get `LoginForm` (the
   * site stack's `/_login` and `/_logout` behaviors). Absent: `login: basic`.
   */
  session?: { readonly lifetime: number; readonly keyId: string } | undefined;
}

/** Site parameters of the share-link public keys (empty strings and `-` when unused). */
export interface ShareKeyParameters {
  readonly ShareKeyA: string;
  readonly ShareKeyB: string;
  readonly ShareKeyC: string;
  /** Creation times of the keys in slots A, B, C (epoch seconds or `-`), comma-separated. */
  readonly ShareKeyCreated: string;
}

/** No share links: every slot empty. */
export const NO_SHARE_KEYS: ShareKeyParameters = {
  ShareKeyA: '',
  ShareKeyB: '',
  ShareKeyC: '',
  ShareKeyCreated: '-,-,-',
};

/** Whether the site has share links (a key in any slot). */
export function hasShareKeys(keys: ShareKeyParameters | undefined): boolean {
  return (
    keys !== undefined && (keys.ShareKeyA !== '' || keys.ShareKeyB !== '' || keys.ShareKeyC !== '')
  );
}

export interface StackParameter {
  ParameterKey: string;
  ParameterValue: string;
}

/** A parameter only deploy can know: the output of another stack, read after that stack is up. */
export interface StackOutputParameter {
  parameterKey: string;
  fromStack: string;
  fromRegion: string;
  outputKey: string;
}

/**
 * A parameter only deploy can know: the ARN of the CloudFront KeyValueStore the bootstrap stack
 * created (its id is random), found by its name.
 */
export interface KeyValueStoreParameter {
  parameterKey: string;
  keyValueStoreName: string;
}

export type DeployTimeParameter = StackOutputParameter | KeyValueStoreParameter;

export interface RenderedStack {
  stackName: string;
  region: string;
  /** Compact JSON: exactly what deploy sends as `TemplateBody`. */
  templateBody: string;
  /** Known parameters, sorted by key. */
  parameters: StackParameter[];
  /** Parameters still to be filled in at deploy time (see `withEdgeVersion`). */
  resolvedAtDeploy: DeployTimeParameter[];
  /** SHA-256 (hex) of the template body, the parameters and what is still to be resolved. */
  fingerprint: string;
}

export interface SynthResult {
  edge: RenderedStack;
  site: RenderedStack;
}

/** A rendered template CloudFormation would refuse as `TemplateBody`. */
export class TemplateTooLargeError extends Error {
  constructor(
    readonly stackName: string,
    readonly bytes: number,
    readonly limit: number,
    readonly users: number,
    exact: boolean,
    readonly rules = 0,
  ) {
    super(
      `stack '${stackName}': the rendered template is ${exact ? '' : 'at least '}${formatBytes(bytes)}, ` +
        `over CloudFormation's TemplateBody limit of ${formatBytes(limit)}. ` +
        `The edge function carries one entry per password (${users} now)` +
        (rules > 0 ? ` and the access rules (${rules} lines of \`access\`)` : '') +
        ': use fewer users in `basic-auth-users`' +
        (rules > 0
          ? ', fewer or shorter `access` rules (one `**` glob covers a whole folder)'
          : '') +
        ', or shorten the rotation grace period so replaced passwords drop out sooner.',
    );
    this.name = 'TemplateTooLargeError';
  }
}

const EDGE_VERSION_PARAMETER = 'EdgeFunctionVersionArn';
const EDGE_VERSION_OUTPUT = 'EdgeFunctionVersionArn';
const WEB_ACL_PARAMETER = 'WebAclArn';
const WEB_ACL_OUTPUT = 'WebAclArn';
const USERS_STORE_PARAMETER = 'UsersStoreArn';
const PLACEHOLDER = /@@([A-Z0-9_]+)@@/g;

/** The edge and site stacks, rendered. Throws on invalid input or a template over the limit. */
export function synthesize(options: SynthOptions): SynthResult {
  validateOptions(options);
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeTemplate = readTemplate('edge', options.templatesDir);
  const siteTemplate = readTemplate('site', options.templatesDir);
  const edgeParameters = {
    PermissionsBoundaryArn: options.permissionsBoundaryArn ?? '',
    SiteName: options.stackName,
    UsersInSecretsManager: options.usersInSecretsManager === true ? 'true' : 'false',
    RateLimit: String(options.rateLimit ?? 0),
    LoginForm: options.session === undefined ? 'false' : 'true',
  };

  if (options.edge === 'function') return synthesizeFunction(options, edgeTemplate, siteTemplate);

  // Before paying for one scrypt hash per password: a lower bound of the rendered size, with
  // stand-in hashes of the real length. Thousands of users fail here in milliseconds.
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  const session = options.session === undefined ? undefined : { ...options.session };
  const estimate = renderEdge(
    edgeTemplate,
    renderEdgeCode(standInConfig(options)),
    runtime,
    session !== undefined,
  );
  const rules = options.access?.length ?? 0;
  assertFits(edgeStackName, estimate, options.users.length, false, rules);

  const edgeBody =
    options.standInHashes === true
      ? estimate
      : renderEdge(
          edgeTemplate,
          renderEdgeCode(
            buildEdgeConfig({
              scope: options.stackName,
              realm: options.realm,
              users: options.users,
              access: options.access,
              share: hasShareKeys(options.shareKeys),
              audit: options.auditLog,
              trustedPages: options.trustedPages,
              session,
              tokens: options.tokens,
              previews: edgePreviews(options.previews),
            }),
          ),
          runtime,
          session !== undefined,
        );
  assertFits(edgeStackName, edgeBody, options.users.length, true, rules);
  const edge = renderedStack(edgeStackName, EDGE_REGION, edgeBody, edgeParameters, []);

  const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, NO_FUNCTION_CODE));
  assertFits(siteStackName, siteBody, options.users.length, true);
  const fromEdge = (parameterKey: string, outputKey: string): DeployTimeParameter =>
    fromEdgeStack(edgeStackName, parameterKey, outputKey);
  const rateLimited = (options.rateLimit ?? 0) > 0;
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      ...(options.shareKeys ?? NO_SHARE_KEYS),
    },
    [
      fromEdge(EDGE_VERSION_PARAMETER, EDGE_VERSION_OUTPUT),
      ...(rateLimited ? [fromEdge(WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []),
    ],
  );
  return { edge, site };
}

/**
 * With `edge: lambda` the site template's function code is empty (its resources are off), and
 * the site's EdgeRuntime, PrepareFunction and UsersInSecretsManager (and the edge's EdgeRuntime)
 * are not sent: "If you don't specify a key and value for a particular parameter,
 * CloudFormation uses the default value that's specified in your template" (CloudFormation API
 * Reference, Parameter), i.e. `lambda` / 'false'. So a switch back from `function` resets them,
 * and the fingerprints of sites that never used `function` do not change.
 */
const NO_FUNCTION_CODE = {
  FUNCTION_CODE_HEAD: '',
  FUNCTION_CODE_TAIL: '',
  RESPONSE_FUNCTION_CODE: '',
  LOGIN_FUNCTION_CODE_HEAD: '',
  LOGIN_FUNCTION_CODE_TAIL: '',
};

/**
 * `edge: function`: the site stack with the CloudFront Function (its code cut around the pepper,
 * see ./function-site.ts) and the edge stack with only the web ACL. Users are not needed here:
 * they go to the KeyValueStore at deploy.
 */
function synthesizeFunction(
  options: SynthOptions,
  edgeTemplate: Template,
  siteTemplate: Template,
): SynthResult {
  if (options.renderFunctionCode === undefined) {
    throw new Error('edge: function: no function code renderer was given to synth');
  }
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeBody = renderEdge(
    edgeTemplate,
    NO_EDGE_FUNCTION_CODE,
    options.edgeRuntime ?? EDGE_RUNTIME,
    false,
  );
  const edge = renderedStack(
    edgeStackName,
    EDGE_REGION,
    edgeBody,
    {
      PermissionsBoundaryArn: '',
      SiteName: options.stackName,
      UsersInSecretsManager: 'false',
      RateLimit: String(options.rateLimit ?? 0),
      EdgeRuntime: 'function',
    },
    [],
  );
  const given = options.renderFunctionCode;
  // Previews: a previews build with the domain in its code (who may open them is in the store).
  const previewDomain = options.previews?.domain?.toLowerCase();
  const render: RenderFunctionCode =
    options.previews === undefined
      ? given
      : (config) =>
          given({
            ...config,
            previews: previewDomain === undefined ? {} : { domain: previewDomain },
          });
  const session = options.session;
  // `login: form`: the viewer-request function's form build and the login function, both cut
  // around the pepper as the one function of `login: basic` (./function-site.ts).
  const code = functionCodeParts(
    session === undefined ? render : (config) => render({ ...config, session }),
    options.realm,
  );
  const login =
    session === undefined
      ? { head: '', tail: '' }
      : functionCodeParts(
          (config) => renderLoginFunctionCode({ ...config, session }),
          options.realm,
        );
  const siteBody = JSON.stringify(
    fillPlaceholders(siteTemplate, {
      FUNCTION_CODE_HEAD: code.head,
      FUNCTION_CODE_TAIL: code.tail,
      LOGIN_FUNCTION_CODE_HEAD: login.head,
      LOGIN_FUNCTION_CODE_TAIL: login.tail,
      // The viewer-response function: no secret in it, rendered whole.
      RESPONSE_FUNCTION_CODE: renderResponseFunctionCode({
        trustedPages: options.trustedPages === true,
      }),
    }),
  );
  assertFits(siteStackName, siteBody, options.users.length, true);
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      EdgeRuntime: 'function',
      EdgeFunctionVersionArn: '',
      PrepareFunction: 'false',
      UsersInSecretsManager: options.usersInSecretsManager === true ? 'true' : 'false',
    },
    [
      // The bootstrap stack's store (cloudformation/bootstrap.yaml, UsersStore), found by name.
      {
        parameterKey: USERS_STORE_PARAMETER,
        keyValueStoreName: usersStoreName(options.stackName),
      },
      ...((options.rateLimit ?? 0) > 0
        ? [fromEdgeStack(edgeStackName, WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)]
        : []),
    ],
  );
  return { edge, site };
}

/** The site stack's parameters both edge runtimes send. */
function siteParameters(options: SynthOptions): Record<string, string> {
  return {
    DomainName: options.domainName ?? '',
    CertificateArn: options.certificateArn ?? '',
    // With `rate-limit`, the web ACL's ARN (random id) comes from the edge stack at deploy.
    ...((options.rateLimit ?? 0) > 0 ? {} : { [WEB_ACL_PARAMETER]: '' }),
    NotFoundPage: options.notFoundPage ?? '',
    SiteName: options.stackName,
    // `login: form`: the /_login and /_logout behaviors (cloudformation/site.yaml).
    LoginForm: options.session === undefined ? 'false' : 'true',
    // `previews`: the previews' manifests denied to CloudFront; with a domain, its alias. Sent
    // only when on, so a site without previews sends the parameters it sent before (the
    // template's defaults are 'false' and '').
    ...(options.previews === undefined
      ? {}
      : { Previews: 'true', PreviewDomain: options.previews.domain ?? '' }),
  };
}

/** A site stack parameter filled at deploy from an output of the edge stack. */
function fromEdgeStack(
  edgeStackName: string,
  parameterKey: string,
  outputKey: string,
): StackOutputParameter {
  return { parameterKey, fromStack: edgeStackName, fromRegion: EDGE_REGION, outputKey };
}

/**
 * The stack with some parameters replaced (e.g. the site stack of a switch from lambda to
 * function, first deployed with `EdgeRuntime=lambda, PrepareFunction=true`), its fingerprint
 * recomputed. The template is unchanged.
 */
export function withParameters(
  stack: RenderedStack,
  overrides: Readonly<Record<string, string>>,
): RenderedStack {
  const parameters = Object.fromEntries(
    stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
  );
  Object.assign(parameters, overrides);
  const pending = stack.resolvedAtDeploy.filter((p) => !Object.hasOwn(overrides, p.parameterKey));
  return renderedStack(stack.stackName, stack.region, stack.templateBody, parameters, pending);
}

/**
 * The site stack with the edge stack's version ARN filled in (deploy reads it from the edge
 * stack's `EdgeFunctionVersionArn` output) and its fingerprint recomputed.
 */
export function withEdgeVersion(site: RenderedStack, versionArn: string): RenderedStack {
  if (!/^arn:aws[a-z-]*:lambda:us-east-1:\d{12}:function:[\w-]+:\d+$/.test(versionArn)) {
    throw new Error(
      `stack '${site.stackName}': '${versionArn}' is not a numbered Lambda version ARN in us-east-1 (from output ${EDGE_VERSION_OUTPUT})`,
    );
  }
  if (!site.resolvedAtDeploy.some((p) => p.parameterKey === EDGE_VERSION_PARAMETER)) {
    throw new Error(`stack '${site.stackName}' has no ${EDGE_VERSION_PARAMETER} left to resolve`);
  }
  const parameters = Object.fromEntries(
    site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
  );
  parameters[EDGE_VERSION_PARAMETER] = versionArn;
  const pending = site.resolvedAtDeploy.filter((p) => p.parameterKey !== EDGE_VERSION_PARAMETER);
  return renderedStack(site.stackName, site.region, site.templateBody, parameters, pending);
}

/** A placeholder web ACL ARN of the right shape, for plans made before the edge stack has one. */
export const PENDING_WEB_ACL_ARN =
  'arn:aws:wafv2:us-east-1:000000000000:global/webacl/pending-web-acl/00000000-0000-0000-0000-000000000000';

/** A placeholder KeyValueStore ARN of the right shape, for plans (the plan role finds no store). */
export const PENDING_USERS_STORE_ARN =
  'arn:aws:cloudfront::000000000000:key-value-store/00000000-0000-0000-0000-000000000000';

/**
 * The site stack with the edge stack's `WebAclArn` output filled in, when `rate-limit` asked
 * for a web ACL (otherwise the stack is returned as it is), its fingerprint recomputed.
 */
export function withEdgeWebAcl(
  site: RenderedStack,
  edgeOutputs: Readonly<Record<string, string>>,
): RenderedStack {
  const pending = site.resolvedAtDeploy.find(
    (p): p is StackOutputParameter => 'outputKey' in p && p.parameterKey === WEB_ACL_PARAMETER,
  );
  if (pending === undefined) return site;
  const arn = edgeOutputs[WEB_ACL_OUTPUT];
  if (arn === undefined) {
    throw new Error(
      `stack '${pending.fromStack}' has no output ${WEB_ACL_OUTPUT}, which \`rate-limit\` needs for stack '${site.stackName}': was the edge stack deployed with it?`,
    );
  }
  if (!/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[a-f0-9-]+$/.test(arn)) {
    throw new Error(
      `stack '${site.stackName}': '${arn}' is not a CloudFront (global) WAF web ACL ARN (from output ${WEB_ACL_OUTPUT} of '${pending.fromStack}')`,
    );
  }
  const parameters = Object.fromEntries(
    site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
  );
  parameters[WEB_ACL_PARAMETER] = arn;
  const rest = site.resolvedAtDeploy.filter((p) => p !== pending);
  return renderedStack(site.stackName, site.region, site.templateBody, parameters, rest);
}

/**
 * The site stack of `edge: function` with the bootstrap's KeyValueStore filled in (deploy finds
 * it by name: src/kvs/users-store.ts), its fingerprint recomputed.
 */
export function withUsersStore(site: RenderedStack, storeArn: string): RenderedStack {
  if (!/^arn:aws[a-z-]*:cloudfront::\d{12}:key-value-store\/[0-9a-fA-F-]{36}$/.test(storeArn)) {
    throw new Error(`stack '${site.stackName}': '${storeArn}' is not a KeyValueStore ARN`);
  }
  if (!site.resolvedAtDeploy.some((p) => p.parameterKey === USERS_STORE_PARAMETER)) {
    throw new Error(`stack '${site.stackName}' has no ${USERS_STORE_PARAMETER} left to resolve`);
  }
  return withParameters(site, { [USERS_STORE_PARAMETER]: storeArn });
}

/** Where a deploy-time parameter comes from, for messages and synth's README. */
export function sourceOf(p: DeployTimeParameter): string {
  return 'outputKey' in p
    ? `output ${p.outputKey} of stack '${p.fromStack}' in ${p.fromRegion}`
    : `the ARN of the bootstrap stack's KeyValueStore '${p.keyValueStoreName}'`;
}

/** Throws, naming the parameters and where they come from, unless everything is resolved. */
export function assertResolved(stack: RenderedStack): void {
  if (stack.resolvedAtDeploy.length === 0) return;
  const missing = stack.resolvedAtDeploy
    .map((p) => `${p.parameterKey} (${sourceOf(p)})`)
    .join(', ');
  throw new Error(`stack '${stack.stackName}': parameters not resolved yet: ${missing}`);
}

/** SHA-256 (hex) over the template body, the parameters and the parameters still to resolve. */
export function fingerprintOf(
  templateBody: string,
  parameters: readonly StackParameter[],
  resolvedAtDeploy: readonly DeployTimeParameter[] = [],
): string {
  const canonical = JSON.stringify([
    templateBody,
    parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    resolvedAtDeploy.map((p) =>
      'outputKey' in p
        ? [p.parameterKey, p.fromStack, p.fromRegion, p.outputKey]
        : [p.parameterKey, p.keyValueStoreName],
    ),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** A template's YAML: from `templatesDir`, else as embedded in the build. */
export function readTemplate(name: TemplateName, templatesDir?: string): Template {
  if (templatesDir !== undefined) return loadTemplate(join(templatesDir, `${name}.yaml`));
  return parseTemplate(
    EMBEDDED_TEMPLATES[`${name}.yaml`],
    `cloudformation/${name}.yaml (embedded)`,
  );
}

/**
 * The edge template with the code in place: cut at the session secret's slot when `session`
 * (./edge-code.ts). The version's description hashes the code as rendered, slot included: the
 * key id and everything else the configuration holds change it; the secret's value does not.
 */
function renderEdge(template: Template, code: string, runtime: string, session: boolean): string {
  const sha256 = createHash('sha256').update(code, 'utf8').digest('hex');
  const parts = edgeCodeParts(code, session);
  const filled = fillPlaceholders(template, {
    EDGE_CODE_HEAD: parts.head,
    EDGE_CODE_TAIL: parts.tail,
    EDGE_RUNTIME: runtime,
    EDGE_CODE_SHA256: sha256,
  });
  // The code must have landed where Lambda reads it, around the secret, not just anywhere.
  const zipFile = objectAt(filled, 'Resources', 'EdgeFunction', 'Properties', 'Code').ZipFile;
  if (!isEdgeZipFile(zipFile, parts))
    throw new Error(
      'edge template: Resources.EdgeFunction.Properties.Code.ZipFile must be the Fn::Join of ' +
        '@@EDGE_CODE_HEAD@@, the SessionSecret reference and @@EDGE_CODE_TAIL@@',
    );
  return JSON.stringify(filled);
}

/**
 * Replaces `@@NAME@@` in every string of the template (keys included) in one pass, so a value
 * is never scanned again. Throws on a token it has no value for, naming it.
 */
function fillPlaceholders(template: Template, values: Readonly<Record<string, string>>): Template {
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_match, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined) throw new Error(`template placeholder @@${name}@@ has no value`);
      return value;
    });
  const walk = (node: Json): Json => {
    if (typeof node === 'string') return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (isJsonObject(node)) {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [fill(key), walk(value)]),
      );
    }
    return node;
  };
  const filled = walk(cloneJson(template));
  if (!isJsonObject(filled)) throw new Error('template: not a mapping after rendering');
  return filled;
}

/**
 * The configuration with a stand-in salt and hash of the real lengths for each distinct
 * user/password pair and no expiry: its rendered code is never longer than the real one.
 */
function standInConfig(options: SynthOptions): EdgeConfig {
  const seen = new Set<string>();
  const users: EdgeConfig['users'] = [];
  const salt = 'A'.repeat(22); // 16 bytes, base64url
  const hash = 'A'.repeat(43); // 32 bytes, base64url
  for (const { user, password } of options.users) {
    const key = `${user.normalize('NFC')}\u0000${password.normalize('NFC')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    users.push({ user: user.normalize('NFC'), salt, hash });
  }
  // `plan` in secrets mode knows no user names: a user the rules name stands in for itself.
  const access = [...(options.access ?? [])];
  const names = new Set(users.map((u) => u.user));
  for (const name of access.flatMap((rule) => rule.users)) {
    const user = name.normalize('NFC');
    if (user === ANY_USER || names.has(user)) continue;
    names.add(user);
    users.push({ user, salt, hash });
  }
  return {
    realm: options.realm,
    users,
    ...(access.length > 0 ? { access } : {}),
    ...(hasShareKeys(options.shareKeys) ? { share: true as const } : {}),
    ...(options.auditLog === true ? { audit: true as const } : {}),
    ...(options.trustedPages === true ? { trustedPages: true as const } : {}),
    ...(options.session === undefined ? {} : { session: { ...options.session } }),
  };
}

function assertFits(
  stackName: string,
  body: string,
  users: number,
  exact: boolean,
  rules = 0,
): void {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new TemplateTooLargeError(stackName, bytes, TEMPLATE_BODY_LIMIT, users, exact, rules);
  }
}

function renderedStack(
  stackName: string,
  region: string,
  templateBody: string,
  parameterValues: Readonly<Record<string, string>>,
  resolvedAtDeploy: DeployTimeParameter[],
): RenderedStack {
  const parameters = Object.keys(parameterValues)
    .sort()
    .map((key) => ({ ParameterKey: key, ParameterValue: parameterValues[key] ?? '' }));
  return {
    stackName,
    region,
    templateBody,
    parameters,
    resolvedAtDeploy,
    fingerprint: fingerprintOf(templateBody, parameters, resolvedAtDeploy),
  };
}

function validateOptions(options: SynthOptions): void {
  const { stackName } = options;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(stackName)) {
    throw new Error(
      `stack-name: expected a letter followed by letters, digits and hyphens, got '${stackName}'`,
    );
  }
  if (stackName.length > MAX_STACK_NAME_LENGTH) {
    throw new Error(
      `stack-name: '${stackName}' is ${stackName.length} characters; at most ${MAX_STACK_NAME_LENGTH} fit, ` +
        `because the edge function is named '<stack-name>-edge-viewer-request' and Lambda allows 64`,
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) {
    throw new Error(`region: expected an AWS region such as eu-central-1, got '${options.region}'`);
  }
  const hasDomain = (options.domainName ?? '') !== '';
  const hasCertificate = (options.certificateArn ?? '') !== '';
  if (hasDomain !== hasCertificate) {
    throw new Error('domain-name and certificate-arn go together: set both or neither');
  }
  if ((options.previews?.domain ?? '') !== '' && !hasDomain) {
    throw new Error(
      'previews.domain needs domain-name and certificate-arn (a certificate that also covers *.<previews.domain>)',
    );
  }
  // `edge: function` puts no user in a template (they go to the KeyValueStore at deploy).
  if (options.users.length === 0 && options.edge !== 'function') {
    throw new Error('basic-auth-users: at least one user is needed');
  }
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  if (!/^nodejs\d+\.x$/.test(runtime)) {
    throw new Error(
      `edge-runtime: expected a Node.js runtime such as nodejs24.x, got '${runtime}'`,
    );
  }
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}
