/**
 * Share links in the rendered stacks (issue 12): the site's share-key parameters and the edge
 * function's `share` flag come from the same render, so a deploy never pairs the signed
 * `/_share/*` behavior with a function that lacks the flag, or the reverse.
 */
import { edgeCodeOf } from './helpers/edge-code.js';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { synthFor } from '../src/commands/synth.js';
import { configFrom } from './helpers/site.js';
import { generateShareKey, shareKeyParameters, type ShareKey } from '../src/share/keys.js';
import { SHARE_PATH_PATTERN } from '../src/edge/core/share.js';
import { jsonAt, readTemplate } from '../src/synth/index.js';

const NOW = 1_800_000_000_000;
const users = [{ user: 'alice', password: 'correct horse battery staple' }];
const { site, run } = configFrom(
  { 'stack-name': 'docs', 'share-links': true },
  { 'basic-auth-users': `alice:${users[0]?.password}` },
);
let key: ShareKey;
beforeAll(() => {
  key = generateShareKey('A', NOW);
});

/** The edge function's inline code in a rendered edge template. */
const edgeCode = (templateBody: string): string => edgeCodeOf(templateBody);

describe('synth with share keys', () => {
  it('sends the public keys as site parameters and renders the edge function with share: true', () => {
    const keys = shareKeyParameters({ version: 1, keys: [key] }, NOW);
    const r = synthFor(site, run, users, { usersInSecretsManager: false, shareKeys: keys });
    const params = Object.fromEntries(
      r.site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(params).toMatchObject({
      ShareKeyA: key.publicKey,
      ShareKeyB: '',
      ShareKeyC: '',
      ShareKeyCreated: `${NOW / 1000},-,-`,
    });
    expect(edgeCode(r.edge.templateBody)).toContain('"share":true');
    // Never a private key, anywhere.
    expect(JSON.stringify(r)).not.toContain('PRIVATE KEY');
  });

  it('without keys: empty slots and no share flag (a /_share/ path is an ordinary, authenticated path)', () => {
    const r = synthFor(site, run, users, { usersInSecretsManager: false });
    const params = Object.fromEntries(
      r.site.parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(params).toMatchObject({
      ShareKeyA: '',
      ShareKeyB: '',
      ShareKeyC: '',
      ShareKeyCreated: '-,-,-',
    });
    // No share key in the configuration (the code itself has the audit line's `via: "share"`).
    expect(edgeCode(r.edge.templateBody)).not.toContain('"share":');
  });
});

describe('site.yaml: the share behavior', () => {
  const site = readTemplate('site');
  const distribution = jsonAt(
    site,
    'Resources',
    'Distribution',
    'Properties',
    'DistributionConfig',
  );

  it('exists only with a share key: /_share/*, the key group trusted, the same function on all three triggers', () => {
    // The behaviors are there with share keys or sign-in (issue 23), each under its condition.
    const behaviors = jsonAt(distribution, 'CacheBehaviors', 'Fn::If');
    expect(Array.isArray(behaviors) && behaviors[0]).toBe('HasCacheBehaviors');
    const shareIf = jsonAt(distribution, 'CacheBehaviors', 'Fn::If', 1, 0, 'Fn::If');
    expect(Array.isArray(shareIf) && shareIf[0]).toBe('HasShareKeys');
    expect(Array.isArray(shareIf) && shareIf[2]).toEqual({ Ref: 'AWS::NoValue' });
    const share = Array.isArray(shareIf) ? shareIf[1] : undefined;
    expect(share).toMatchObject({
      PathPattern: SHARE_PATH_PATTERN,
      TrustedKeyGroups: [{ Ref: 'ShareKeyGroup' }],
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: { Ref: 'CachePolicy' },
      LambdaFunctionAssociations: {
        'Fn::If': [
          'UseLambda',
          [
            expect.objectContaining({
              EventType: 'viewer-request',
              LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
            }),
            expect.objectContaining({
              EventType: 'origin-response',
              LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
            }),
            // Share links get the viewer's private Cache-Control too (issue 20).
            {
              EventType: 'viewer-response',
              LambdaFunctionARN: { Ref: 'EdgeFunctionVersionArn' },
            },
          ],
          { Ref: 'AWS::NoValue' },
        ],
      },
      // The CloudFront Function runtime: the default behavior's associations, viewer-response
      // included (templates-function.test.ts).
      FunctionAssociations: jsonAt(distribution, 'DefaultCacheBehavior', 'FunctionAssociations'),
    });
    expect(jsonAt(distribution, 'DefaultCacheBehavior', 'TrustedKeyGroups')).toBeUndefined();
    expect(Array.isArray(behaviors) && behaviors[2]).toEqual({ Ref: 'AWS::NoValue' });
  });

  it('trusts the public keys of the non-empty slots, each an AWS::CloudFront::PublicKey with its own CallerReference', () => {
    expect(
      jsonAt(site, 'Resources', 'ShareKeyGroup', 'Properties', 'KeyGroupConfig', 'Items'),
    ).toEqual(
      ['A', 'B', 'C'].map((s) => ({
        'Fn::If': [`HasShareKey${s}`, { Ref: `SharePublicKey${s}` }, { Ref: 'AWS::NoValue' }],
      })),
    );
    for (const s of ['A', 'B', 'C']) {
      expect(jsonAt(site, 'Resources', `SharePublicKey${s}`)).toMatchObject({
        Type: 'AWS::CloudFront::PublicKey',
        Condition: `HasShareKey${s}`,
        Properties: { PublicKeyConfig: { EncodedKey: { Ref: `ShareKey${s}` } } },
      });
      expect(jsonAt(site, 'Outputs', `ShareKey${s}Id`)).toMatchObject({
        Condition: `HasShareKey${s}`,
        Value: { Ref: `SharePublicKey${s}` },
      });
    }
  });
});
