/**
 * The templates against the AWS resource specification (@aws-cdk/aws-service-spec): resource
 * types, property names and types (recursively), required properties, allowed values, and every
 * reference (Ref, GetAtt, ${} in Sub, conditions, DependsOn) inside each template.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import type { PropertyType, Resource as SpecResource } from '@aws-cdk/service-spec-types';
import { isJsonObject, jsonAt, objectAt, type Json, type JsonObject } from '../src/synth/json.js';
import { responseHeadersOf } from '../src/sandbox/response-headers.js';
import { loadTemplate, parseTemplate, type Template } from '../src/synth/template.js';
import { OWN_NOT_FOUND_PAGE_PATH } from '../src/sync/not-found-page.js';

type SpecDb = Awaited<ReturnType<typeof loadAwsServiceSpec>>;

const TEMPLATES = ['edge', 'site', 'bootstrap'] as const;
const templatePath = (name: string): string =>
  join(process.cwd(), 'cloudformation', `${name}.yaml`);

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);
const TOP_LEVEL = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);
const PARAMETER_KEYS = new Set([
  'Type',
  'Default',
  'Description',
  'AllowedPattern',
  'AllowedValues',
  'ConstraintDescription',
  'MaxLength',
  'MinLength',
  'MaxValue',
  'MinValue',
  'NoEcho',
]);
const POLICY_VALUES = new Set(['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
/** Intrinsics whose result is always a string. */
const STRING_FUNCTIONS = new Set(['Fn::Sub', 'Fn::Join', 'Fn::Base64']);

function entries(value: Json | undefined): [string, Json][] {
  return isJsonObject(value) ? Object.entries(value) : [];
}

/** `{ Ref: x }` / `{ "Fn::X": … }`: the function name, or undefined for ordinary objects. */
function intrinsicName(value: Json): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  const only = keys[0];
  if (keys.length !== 1 || only === undefined) return undefined;
  return only === 'Ref' || only === 'Condition' || only.startsWith('Fn::') ? only : undefined;
}

/** Every node of a JSON tree, with its path. */
function* walk(value: Json, path: string): Generator<[Json, string]> {
  yield [value, path];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
  }
}

/** `${Name}` and `${Name.Attr}` references of a Fn::Sub string (not `${!Literal}`). */
function subReferences(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((name) => !name.startsWith('!'));
}

class TemplateChecker {
  readonly problems: string[] = [];
  private readonly parameters: Set<string>;
  private readonly resources: Map<string, JsonObject>;
  private readonly conditions: Set<string>;
  private readonly specs = new Map<string, SpecResource>();

  constructor(
    private readonly db: SpecDb,
    private readonly template: Template,
  ) {
    this.parameters = new Set(
      Object.keys(isJsonObject(template.Parameters) ? template.Parameters : {}),
    );
    this.conditions = new Set(
      Object.keys(isJsonObject(template.Conditions) ? template.Conditions : {}),
    );
    this.resources = new Map();
    for (const [name, resource] of entries(template.Resources)) {
      if (isJsonObject(resource)) this.resources.set(name, resource);
      else this.problem(`Resources.${name}`, 'is not a mapping');
    }
  }

  private problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  check(): string[] {
    for (const key of Object.keys(this.template)) {
      if (!TOP_LEVEL.has(key)) this.problem(key, 'unknown top-level section');
    }
    this.checkParameters();
    for (const [name, resource] of this.resources) this.checkResource(name, resource);
    this.checkReferences();
    for (const [name, output] of entries(this.template.Outputs)) {
      if (!isJsonObject(output) || output.Value === undefined)
        this.problem(`Outputs.${name}`, 'has no Value');
      else if (typeof output.Condition === 'string' && !this.conditions.has(output.Condition)) {
        this.problem(`Outputs.${name}.Condition`, `unknown condition ${output.Condition}`);
      }
    }
    return this.problems;
  }

  private checkParameters(): void {
    for (const [name, parameter] of entries(this.template.Parameters)) {
      const path = `Parameters.${name}`;
      if (!isJsonObject(parameter)) {
        this.problem(path, 'is not a mapping');
        continue;
      }
      for (const key of Object.keys(parameter)) {
        if (!PARAMETER_KEYS.has(key)) this.problem(`${path}.${key}`, 'unknown parameter attribute');
      }
      if (typeof parameter.Type !== 'string') this.problem(path, 'has no Type');
      const fallback = parameter.Default;
      if (typeof fallback === 'string') {
        if (
          typeof parameter.AllowedPattern === 'string' &&
          !new RegExp(parameter.AllowedPattern).test(fallback)
        ) {
          this.problem(path, `Default '${fallback}' does not match its AllowedPattern`);
        }
        if (Array.isArray(parameter.AllowedValues) && !parameter.AllowedValues.includes(fallback)) {
          this.problem(path, `Default '${fallback}' is not one of its AllowedValues`);
        }
        if (typeof parameter.MaxLength === 'number' && fallback.length > parameter.MaxLength) {
          this.problem(path, 'Default is longer than MaxLength');
        }
      }
    }
  }

  private spec(type: string): SpecResource | undefined {
    if (!this.specs.has(type)) {
      const found = this.db.lookup('resource', 'cloudFormationType', 'equals', type);
      const first = found[0];
      if (found.length === 1 && first !== undefined) this.specs.set(type, first);
    }
    return this.specs.get(type);
  }

  private checkResource(name: string, resource: JsonObject): void {
    const path = `Resources.${name}`;
    for (const key of Object.keys(resource)) {
      if (!RESOURCE_KEYS.has(key)) this.problem(`${path}.${key}`, 'unknown resource attribute');
    }
    for (const key of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      const policy = resource[key];
      if (policy !== undefined && (typeof policy !== 'string' || !POLICY_VALUES.has(policy))) {
        this.problem(`${path}.${key}`, `invalid value ${JSON.stringify(policy)}`);
      }
    }
    if (typeof resource.Condition === 'string' && !this.conditions.has(resource.Condition)) {
      this.problem(`${path}.Condition`, `unknown condition ${resource.Condition}`);
    }
    const dependsOn = resource.DependsOn;
    for (const dep of Array.isArray(dependsOn)
      ? dependsOn
      : dependsOn === undefined
        ? []
        : [dependsOn]) {
      if (typeof dep !== 'string' || !this.resources.has(dep)) {
        this.problem(`${path}.DependsOn`, `unknown resource ${JSON.stringify(dep)}`);
      }
    }
    const type = resource.Type;
    if (typeof type !== 'string') {
      this.problem(path, 'has no Type');
      return;
    }
    const spec = this.spec(type);
    if (spec === undefined) {
      this.problem(path, `unknown resource type ${type}`);
      return;
    }
    const properties = resource.Properties ?? {};
    if (!isJsonObject(properties)) {
      this.problem(`${path}.Properties`, 'is not a mapping');
      return;
    }
    this.checkProperties(properties, spec.properties, `${path}.Properties`);
  }

  private checkProperties(
    value: JsonObject,
    specProperties: SpecResource['properties'],
    path: string,
  ): void {
    for (const [key, item] of Object.entries(value)) {
      const property = Object.hasOwn(specProperties, key) ? specProperties[key] : undefined;
      if (property === undefined) {
        this.problem(`${path}.${key}`, 'unknown property');
        continue;
      }
      const types = [property.type, ...(property.previousTypes ?? [])];
      const attempts = types.map((type) => this.typeProblems(item, type, `${path}.${key}`));
      if (!attempts.some((problems) => problems.length === 0))
        this.problems.push(...(attempts[0] ?? []));
    }
    for (const [key, property] of Object.entries(specProperties)) {
      if (property.required === true && !Object.hasOwn(value, key)) {
        this.problem(`${path}.${key}`, 'required property missing');
      }
    }
  }

  /** Problems of `value` as `type` (an empty list: it fits). */
  private typeProblems(value: Json, type: PropertyType, path: string): string[] {
    const fn = intrinsicName(value);
    if (fn !== undefined && isJsonObject(value)) {
      if (fn === 'Fn::If') {
        const args = value[fn];
        if (!Array.isArray(args) || args.length !== 3) return [`${path}: Fn::If needs 3 arguments`];
        return [
          ...this.typeProblems(args[1] ?? null, type, `${path}(then)`),
          ...this.typeProblems(args[2] ?? null, type, `${path}(else)`),
        ];
      }
      if (STRING_FUNCTIONS.has(fn) && !this.acceptsString(type)) {
        return [`${path}: ${fn} gives a string, the property is ${type.type}`];
      }
      return []; // Ref, GetAtt, Select, …: resolved at deploy time
    }
    const mismatch = (): string[] => [
      `${path}: expected ${type.type}, got ${JSON.stringify(value)}`,
    ];
    switch (type.type) {
      case 'string':
      case 'date-time':
        if (typeof value !== 'string') return mismatch();
        if (
          type.type === 'string' &&
          type.allowedValues !== undefined &&
          !type.allowedValues.includes(value)
        ) {
          return [`${path}: '${value}' is not one of ${type.allowedValues.join(', ')}`];
        }
        return [];
      case 'number':
      case 'integer':
        if (typeof value === 'number')
          return type.type === 'integer' && !Number.isInteger(value) ? mismatch() : [];
        return typeof value === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(value) ? [] : mismatch();
      case 'boolean':
        return typeof value === 'boolean' || value === 'true' || value === 'false'
          ? []
          : mismatch();
      case 'json':
        return isJsonObject(value) || Array.isArray(value) ? [] : mismatch();
      case 'null':
        return value === null ? [] : mismatch();
      case 'tag':
        return isJsonObject(value) && value.Key !== undefined && value.Value !== undefined
          ? []
          : mismatch();
      case 'array': {
        if (!Array.isArray(value)) return mismatch();
        return value.flatMap((item, i) => {
          if (isJsonObject(item) && item.Ref === 'AWS::NoValue') return [];
          return this.typeProblems(item, type.element, `${path}[${i}]`);
        });
      }
      case 'map':
        if (!isJsonObject(value)) return mismatch();
        return Object.entries(value).flatMap(([k, item]) =>
          this.typeProblems(item, type.element, `${path}.${k}`),
        );
      case 'union': {
        const attempts = type.types.map((t) => this.typeProblems(value, t, path));
        return attempts.some((p) => p.length === 0) ? [] : (attempts[0] ?? mismatch());
      }
      case 'ref': {
        if (!isJsonObject(value)) return mismatch();
        const definition = this.db.get('typeDefinition', type.reference);
        const before = this.problems.length;
        this.checkProperties(value, definition.properties, path);
        return this.problems.splice(before);
      }
    }
  }

  private acceptsString(type: PropertyType): boolean {
    if (type.type === 'string' || type.type === 'json' || type.type === 'date-time') return true;
    return type.type === 'union' && type.types.some((t) => this.acceptsString(t));
  }

  private isRefTarget(name: string, section: string): boolean {
    if (PSEUDO_PARAMETERS.has(name) || this.parameters.has(name)) return true;
    // Conditions and Rules are evaluated before any resource exists.
    return section === 'Resources' || section === 'Outputs' ? this.resources.has(name) : false;
  }

  private checkGetAtt(resourceName: string, attribute: string, path: string): void {
    const resource = this.resources.get(resourceName);
    if (resource === undefined) {
      this.problem(path, `GetAtt of unknown resource ${resourceName}`);
      return;
    }
    const spec = typeof resource.Type === 'string' ? this.spec(resource.Type) : undefined;
    if (spec !== undefined && !Object.hasOwn(spec.attributes, attribute)) {
      this.problem(path, `${resource.Type} has no attribute ${attribute}`);
    }
  }

  private checkReferences(): void {
    for (const section of ['Conditions', 'Rules', 'Resources', 'Outputs']) {
      const root = this.template[section];
      if (root === undefined) continue;
      for (const [node, path] of walk(root, section)) {
        const fn = intrinsicName(node);
        if (fn === undefined || !isJsonObject(node)) continue;
        const args = node[fn];
        if (fn === 'Ref') {
          if (typeof args !== 'string' || !this.isRefTarget(args, section)) {
            this.problem(path, `Ref to unknown ${JSON.stringify(args)}`);
          }
        } else if (fn === 'Condition') {
          if (typeof args !== 'string' || !this.conditions.has(args)) {
            this.problem(path, `unknown condition ${JSON.stringify(args)}`);
          }
        } else if (fn === 'Fn::If') {
          const name = Array.isArray(args) ? args[0] : undefined;
          if (typeof name !== 'string' || !this.conditions.has(name)) {
            this.problem(path, `Fn::If on unknown condition ${JSON.stringify(name)}`);
          }
        } else if (fn === 'Fn::GetAtt') {
          const [resourceName, attribute] = Array.isArray(args) ? args : [];
          if (typeof resourceName !== 'string' || typeof attribute !== 'string') {
            this.problem(path, 'Fn::GetAtt needs [resource, attribute]');
          } else {
            this.checkGetAtt(resourceName, attribute, path);
          }
        } else if (fn === 'Fn::Sub') {
          const text = Array.isArray(args) ? args[0] : args;
          const variables =
            Array.isArray(args) && isJsonObject(args[1]) ? Object.keys(args[1]) : [];
          if (typeof text !== 'string') {
            this.problem(path, 'Fn::Sub needs a string');
            continue;
          }
          for (const reference of subReferences(text)) {
            if (variables.includes(reference)) continue;
            const dot = reference.indexOf('.');
            if (dot > 0 && !PSEUDO_PARAMETERS.has(reference)) {
              this.checkGetAtt(reference.slice(0, dot), reference.slice(dot + 1), path);
            } else if (!this.isRefTarget(reference, section)) {
              this.problem(path, `\${${reference}} names nothing`);
            }
          }
        }
      }
    }
  }
}

/** Parameters no Ref or Sub mentions: a sign of a template that drifted. */
function unusedParameters(template: Template): string[] {
  const text = JSON.stringify({ ...template, Parameters: undefined });
  return Object.keys(isJsonObject(template.Parameters) ? template.Parameters : {}).filter(
    (name) => !text.includes(`"Ref":"${name}"`) && !text.includes(`\${${name}}`),
  );
}

let db: SpecDb;
beforeAll(async () => {
  db = await loadAwsServiceSpec();
});

describe.each(TEMPLATES)('cloudformation/%s.yaml', (name) => {
  const template = loadTemplate(templatePath(name));

  it('matches the AWS resource specification (types, properties, references)', () => {
    expect(new TemplateChecker(db, template).check()).toEqual([]);
  });

  it('uses every parameter it declares', () => {
    expect(unusedParameters(template)).toEqual([]);
  });

  it('defines every condition it declares only once and uses each', () => {
    const text = JSON.stringify({ ...template, Conditions: undefined });
    const conditionsText = JSON.stringify(template.Conditions ?? {});
    for (const condition of Object.keys(
      isJsonObject(template.Conditions) ? template.Conditions : {},
    )) {
      const used =
        text.includes(`"Condition":"${condition}"`) ||
        text.includes(`"Fn::If":["${condition}"`) ||
        conditionsText.includes(`"Condition":"${condition}"`);
      expect({ condition, used }).toEqual({ condition, used: true });
    }
  });
});

describe('facts the bootstrap policy rests on', () => {
  // bootstrap.yaml scopes the service role's CloudFront actions on distributions (and the WAF
  // web ACL) by tag, and cannot narrow origin access controls, response headers policies and
  // cache policies: the resource specification gives those three no Tags property. If one
  // gains tags, this fails: narrow its statement by aws:ResourceTag then.
  it.each([
    ['AWS::CloudFront::Distribution', true],
    ['AWS::WAFv2::WebACL', true],
    ['AWS::CloudFront::OriginAccessControl', false],
    ['AWS::CloudFront::ResponseHeadersPolicy', false],
    ['AWS::CloudFront::CachePolicy', false],
  ])('%s takes tags: %s', (type, taggable) => {
    const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
    expect(resource).toBeDefined();
    expect(Object.hasOwn(resource?.properties ?? {}, 'Tags')).toBe(taggable);
  });
});

describe('cloudformation/site.yaml: caching, triggers, 404 page, names', () => {
  const site = loadTemplate(templatePath('site'));
  const resource = (name: string) => objectAt(site, 'Resources', name, 'Properties');
  const distribution = objectAt(resource('Distribution'), 'DistributionConfig');
  const behavior = objectAt(distribution, 'DefaultCacheBehavior');

  it('caches with its own policy: one year (the stored max-age raised to the minimum TTL), nothing of the request in the key', () => {
    expect(behavior.CachePolicyId).toEqual({ Ref: 'CachePolicy' });
    expect(objectAt(site, 'Resources', 'CachePolicy').Type).toBe('AWS::CloudFront::CachePolicy');
    const config = objectAt(resource('CachePolicy'), 'CachePolicyConfig');
    expect([config.MinTTL, config.DefaultTTL, config.MaxTTL]).toEqual([
      31536000, 31536000, 31536000,
    ]);
    expect(config.ParametersInCacheKeyAndForwardedToOrigin).toEqual({
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
      CookiesConfig: { CookieBehavior: 'none' },
      HeadersConfig: { HeaderBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'none' },
    });
    // Not the managed CachingOptimized (MinTTL 1 s: objects stored with max-age=1 would be
    // fetched again every second).
    expect(JSON.stringify(site)).not.toContain('658327ea-f89d-4fab-a63d-7e88639e58f6');
  });

  it('runs the same function version on viewer-request, origin-response and viewer-response (edge: lambda)', () => {
    // A CloudFront Function cannot take viewer-response next to Lambda@Edge's viewer-request
    // ("You can't combine CloudFront Functions and Lambda@Edge in viewer events"): the one
    // version takes it.
    expect(behavior.LambdaFunctionAssociations).toEqual({
      'Fn::If': [
        'UseLambda',
        [
          {
            EventType: 'viewer-request',
            LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
            IncludeBody: false,
          },
          { EventType: 'origin-response', LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' } },
          { EventType: 'viewer-response', LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' } },
        ],
        { Ref: 'AWS::NoValue' },
      ],
    });
  });

  it('gives viewers private when a response brings no Cache-Control, and never replaces the edge function’s', () => {
    const items = objectAt(
      resource('SecurityHeadersPolicy'),
      'ResponseHeadersPolicyConfig',
    ).CustomHeadersConfig;
    expect(jsonAt(items, 'Items')).toContainEqual({
      Header: 'Cache-Control',
      Value: 'private, no-cache',
      Override: false,
    });
    // The sandbox reads the same policy, with its Override.
    expect(responseHeadersOf(site)).toContainEqual({
      name: 'Cache-Control',
      value: 'private, no-cache',
      override: false,
    });
  });

  it('answers a missing key (404) with the 404 page only when NotFoundPage is set, and never maps 403', () => {
    expect(objectAt(site, 'Parameters', 'NotFoundPage')).toMatchObject({
      Default: '',
      AllowedValues: ['', '/404.html', OWN_NOT_FOUND_PAGE_PATH],
    });
    expect(objectAt(site, 'Conditions').HasNotFoundPage).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'NotFoundPage' }, ''] }],
    });
    // A 403 is made in front of the origin (WAF, a refused share-link signature, an access
    // rule) for a client that may be a stranger: it must never get the private 404 page.
    expect(distribution.CustomErrorResponses).toEqual({
      'Fn::If': [
        'HasNotFoundPage',
        [
          {
            ErrorCode: 404,
            ResponseCode: 404,
            ResponsePagePath: { Ref: 'NotFoundPage' },
            ErrorCachingMinTTL: 60,
          },
        ],
        { Ref: 'AWS::NoValue' },
      ],
    });
  });

  it('names the bucket exactly and tags the distribution with the stack-name', () => {
    expect(resource('Bucket').BucketName).toEqual({
      'Fn::Sub': '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}',
    });
    expect(resource('Distribution').Tags).toEqual([
      { Key: 'secure-dist-site', Value: { Ref: 'SiteName' } },
    ]);
    expect(objectAt(site, 'Parameters', 'SiteName')).toMatchObject({
      AllowedPattern: '^[a-z][a-z0-9-]*$',
    });
  });
});

describe('the checker itself', () => {
  const broken = parseTemplate(
    `
Parameters:
  Name: { Type: String, Default: 'UPPER', AllowedPattern: '^[a-z]*$' }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketNmae: x
      VersioningConfiguration: { Status: [Enabled] }
      PublicAccessBlockConfiguration: { BlockPublicAcls: !Sub 'yes' }
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Bucket.Nope
      Code: { ZipFile: !Ref Missing }
      MemorySize: lots
  Ghost:
    Type: AWS::Nope::Thing
  Dist:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: origin
          ViewerProtocolPolicy: redirect-to-https
          LambdaFunctionAssociations: [{ EventTyp: viewer-request }]
Outputs:
  X:
    Value: !If [NoSuchCondition, !Sub '\${Name}-\${Nope}', '']
`,
    'broken.yaml',
  );

  it('finds each kind of mistake', () => {
    const problems = new TemplateChecker(db, broken).check();
    const expected = [
      /Parameters.Name: Default 'UPPER' does not match/,
      /BucketNmae: unknown property/,
      /VersioningConfiguration.Status: expected string/,
      /BlockPublicAcls: Fn::Sub gives a string, the property is boolean/,
      /AWS::S3::Bucket has no attribute Nope/,
      /Ref to unknown "Missing"/,
      /MemorySize: expected integer/,
      /unknown resource type AWS::Nope::Thing/,
      /DefaultCacheBehavior.LambdaFunctionAssociations\[0\].EventTyp: unknown property/,
      /Fn::If on unknown condition "NoSuchCondition"/,
      /\$\{Nope\} names nothing/,
    ];
    for (const pattern of expected) {
      expect(problems.filter((p) => pattern.test(p))).toHaveLength(1);
    }
    expect(problems).toHaveLength(expected.length);
  });
});
