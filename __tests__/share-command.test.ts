/**
 * Share links on the action's side (issue 12): the key plan (create, rotate, revoke, expiry),
 * the secret `<stack-name>/share-key`, the keys a deploy sends, and `command: share`, against
 * Secrets Manager and CloudFormation mocked with aws-sdk-client-mock. Response shapes follow
 * the API references: GetSecretValue (`ARN`, `Name`, `VersionId`, `SecretString`,
 * `VersionStages`, `CreatedDate`), CreateSecret / PutSecretValue (`ARN`, `Name`, `VersionId`),
 * DescribeStacks (`Stacks[].Outputs[]` of `OutputKey`/`OutputValue`, `Parameters[]`). A missing
 * secret is a `ResourceNotFoundException`.
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  StackStatus,
} from '@aws-sdk/client-cloudformation';
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { shareCommand, shareSummaryMarkdown } from '../src/commands/share.js';
import { shareKeysForDeploy } from '../src/share/deploy-keys.js';
import {
  generateShareKey,
  MAX_LINK_SECONDS,
  parseShareKeys,
  planShareKeys,
  serializeShareKeys,
  shareKeyParameters,
  signingKey,
  type ShareKey,
  type ShareKeyState,
  type ShareSlot,
} from '../src/share/keys.js';
import { shareKeysForPlan } from '../src/share/plan-keys.js';
import { verifySignedUrl } from '../src/share/verify.js';
import { NO_SHARE_KEYS } from '../src/synth/render.js';

const NOW = 1_800_000_000_000;
const REGION = 'eu-central-1';
const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:123456789012:secret:docs/share-key-AbCdEf`;

/** Pre-generated keys (RSA generation is slow): handed out by slot. */
const pool: ShareKey[] = [];
beforeAll(() => {
  for (let i = 0; i < 4; i += 1) pool.push(generateShareKey('A', NOW));
});
let next = 0;
const fakeGenerate = (slot: ShareSlot, now: number): ShareKey => {
  const k = pool[next++ % pool.length];
  if (k === undefined) throw new Error('no key');
  return { ...k, slot, createdAt: Math.floor(now / 1000) };
};

describe('planShareKeys', () => {
  it('ensure: creates the first signing key in slot A, then keeps it as it is', () => {
    const first = planShareKeys(undefined, 'ensure', NOW, fakeGenerate);
    expect(first).toMatchObject({ changed: true, added: 'A', dropped: [], retiring: undefined });
    expect(signingKey(first.next)?.slot).toBe('A');
    const again = planShareKeys(first.next, 'ensure', NOW + 1000, fakeGenerate);
    expect(again).toMatchObject({ changed: false, added: undefined });
    expect(again.next.keys).toEqual(first.next.keys);
  });

  it('rotate: a new signing key in the next slot; the old one trusted for the longest link lifetime, then dropped', () => {
    const first = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const rotated = planShareKeys(first, 'rotate', NOW, fakeGenerate);
    const until = NOW / 1000 + MAX_LINK_SECONDS;
    expect(rotated).toMatchObject({ changed: true, added: 'B', retiring: { slot: 'A', until } });
    expect(signingKey(rotated.next)?.slot).toBe('B');
    const params = shareKeyParameters(rotated.next, NOW);
    expect(params.ShareKeyA).toMatch(/BEGIN PUBLIC KEY/);
    expect(params.ShareKeyB).toMatch(/BEGIN PUBLIC KEY/);
    expect(params.ShareKeyC).toBe('');
    expect(params.ShareKeyCreated).toBe(`${NOW / 1000},${NOW / 1000},-`);
    // One second before the end the old key is still trusted; at the end it drops out.
    expect(shareKeyParameters(rotated.next, (until - 1) * 1000).ShareKeyA).not.toBe('');
    expect(shareKeyParameters(rotated.next, until * 1000).ShareKeyA).toBe('');
    const later = planShareKeys(rotated.next, 'ensure', until * 1000, fakeGenerate);
    expect(later).toMatchObject({ changed: true, dropped: ['A'], added: undefined });
    expect(later.next.keys.map((k) => k.slot)).toEqual(['B']);
    // The next rotation takes slot C: never the slot a key was just dropped from.
    expect(planShareKeys(later.next, 'rotate', until * 1000, fakeGenerate).added).toBe('C');
  });

  it('rotate: refuses a second rotation while the previous key is still retiring, saying how to cut it now', () => {
    const first = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const rotated = planShareKeys(first, 'rotate', NOW, fakeGenerate).next;
    expect(() => planShareKeys(rotated, 'rotate', NOW + 1000, fakeGenerate)).toThrow(
      /still checks links until .*share-key-rotate: revoke/,
    );
  });

  it('revoke: one new signing key, every older key dropped at once (even a retiring one)', () => {
    const first = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const rotated = planShareKeys(first, 'rotate', NOW, fakeGenerate).next;
    const revoked = planShareKeys(rotated, 'revoke', NOW + 1000, fakeGenerate);
    expect(revoked).toMatchObject({ changed: true, added: 'C', dropped: ['A', 'B'] });
    expect(revoked.next.keys.map((k) => k.slot)).toEqual(['C']);
    const params = shareKeyParameters(revoked.next, NOW);
    expect([params.ShareKeyA, params.ShareKeyB]).toEqual(['', '']);
  });
});

describe('the secret value', () => {
  it('round-trips, and masks every private key (whole and line by line) before checking anything', () => {
    const state = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const masked: string[] = [];
    const parsed = parseShareKeys(serializeShareKeys(state), 'secret', (s) => masked.push(s));
    expect(parsed).toEqual(state);
    const pem = state.keys[0]?.privateKey ?? '';
    expect(masked).toContain(pem);
    for (const line of pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))) {
      expect(masked).toContain(line);
    }
  });

  it('refuses a tampered value without quoting it', () => {
    const state = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const stranger = generateShareKey('A', NOW).publicKey;
    const wrongPublic: ShareKeyState = {
      version: 1,
      keys: state.keys.map((k) => ({ ...k, publicKey: stranger })),
    };
    const text = serializeShareKeys(wrongPublic);
    let message = '';
    try {
      parseShareKeys(text, "secret 'docs/share-key'", () => undefined);
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/keys\[0\]\.publicKey is not the public half of its privateKey/);
    expect(message).not.toContain('PRIVATE KEY');
    expect(message).not.toContain('PUBLIC KEY-----');
  });
});

const sm = mockClient(SecretsManagerClient);
const cf = mockClient(CloudFormationClient);

/** A secret store with one secret, as Secrets Manager answers for it. */
function fakeSecret(initial?: string): { value: () => string | undefined } {
  let value = initial;
  let version = 0;
  sm.on(GetSecretValueCommand).callsFake(() => {
    if (value === undefined) {
      throw new ResourceNotFoundException({
        message: "Secrets Manager can't find the specified secret.",
        $metadata: {},
      });
    }
    return {
      ARN: SECRET_ARN,
      Name: 'docs/share-key',
      VersionId: `v${version}`,
      SecretString: value,
      VersionStages: ['AWSCURRENT'],
      CreatedDate: new Date(NOW),
    };
  });
  sm.on(CreateSecretCommand).callsFake((input: { SecretString?: string }) => {
    value = input.SecretString;
    version += 1;
    return { ARN: SECRET_ARN, Name: 'docs/share-key', VersionId: `v${version}` };
  });
  sm.on(PutSecretValueCommand).callsFake((input: { SecretString?: string }) => {
    value = input.SecretString;
    version += 1;
    return { ARN: SECRET_ARN, Name: 'docs/share-key', VersionId: `v${version}` };
  });
  return { value: () => value };
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    log: { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warn: ${l}`) },
  };
}

const inputs = (
  over: Partial<{ shareLinks: boolean; shareKeyRotate: 'no' | 'rotate' | 'revoke' }> = {},
) => ({
  shareLinks: true,
  shareKeyRotate: 'no' as const,
  stackName: 'docs',
  region: REGION,
  ...over,
});

beforeEach(() => {
  sm.reset();
  cf.reset();
});

describe('shareKeysForDeploy', () => {
  it('without share-links: no keys, no Secrets Manager call', async () => {
    fakeSecret();
    const { log } = logger();
    const params = await shareKeysForDeploy(
      inputs({ shareLinks: false }),
      inputs({ shareLinks: false }).shareKeyRotate,
      { log, now: () => NOW },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        setSecret: () => undefined,
      },
    );
    expect(params).toEqual(NO_SHARE_KEYS);
    expect(sm.calls()).toHaveLength(0);
  });

  it('share-key-rotate without share-links is an error naming both inputs', async () => {
    await expect(
      shareKeysForDeploy(
        inputs({ shareLinks: false, shareKeyRotate: 'rotate' }),
        inputs({ shareLinks: false, shareKeyRotate: 'rotate' }).shareKeyRotate,
        { ...logger(), now: () => NOW },
        {
          secrets: new SecretsManagerClient({ region: REGION }),
          setSecret: () => undefined,
        },
      ),
    ).rejects.toThrow(/`share-key-rotate`.*`share-links`/);
  });

  it('first deploy: creates the secret with the key pair, masks the private key, logs no key material', async () => {
    const store = fakeSecret();
    const { lines, log } = logger();
    const masked: string[] = [];
    const params = await shareKeysForDeploy(
      inputs(),
      inputs().shareKeyRotate,
      { log, now: () => NOW },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        setSecret: (s) => masked.push(s),
        generate: fakeGenerate,
        requestToken: () => '00000000-0000-4000-8000-000000000001',
      },
    );
    const create = sm.commandCalls(CreateSecretCommand)[0]?.args[0].input;
    expect(create).toMatchObject({
      Name: 'docs/share-key',
      ClientRequestToken: '00000000-0000-4000-8000-000000000001',
    });
    const state = parseShareKeys(store.value() ?? '', 'secret', () => undefined);
    const key = signingKey(state);
    expect(params.ShareKeyA).toBe(key?.publicKey);
    expect(masked).toContain(key?.privateKey);
    const everything = lines.join('\n');
    expect(everything).toMatch(/new signing key in slot A/);
    expect(everything).not.toContain('PRIVATE KEY');
    expect(everything).not.toContain(key?.publicKey.split('\n')[1] ?? 'x');
    // The next deploy reads it and writes nothing.
    const again = await shareKeysForDeploy(
      inputs(),
      inputs().shareKeyRotate,
      { log, now: () => NOW + 60_000 },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        setSecret: () => undefined,
        generate: fakeGenerate,
      },
    );
    expect(again).toEqual(params);
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });

  it('share-key-rotate: true writes a new version; left set, the next deploy warns instead of failing', async () => {
    const store = fakeSecret(
      serializeShareKeys(planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next),
    );
    const { lines, log } = logger();
    const deps = {
      secrets: new SecretsManagerClient({ region: REGION }),
      setSecret: () => undefined,
      generate: fakeGenerate,
    };
    const rotated = await shareKeysForDeploy(
      inputs({ shareKeyRotate: 'rotate' }),
      inputs({ shareKeyRotate: 'rotate' }).shareKeyRotate,
      { log, now: () => NOW },
      deps,
    );
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(1);
    expect([rotated.ShareKeyA !== '', rotated.ShareKeyB !== '']).toEqual([true, true]);
    expect(signingKey(parseShareKeys(store.value() ?? '', 's', () => undefined))?.slot).toBe('B');
    const again = await shareKeysForDeploy(
      inputs({ shareKeyRotate: 'rotate' }),
      inputs({ shareKeyRotate: 'rotate' }).shareKeyRotate,
      { log, now: () => NOW + 1000 },
      deps,
    );
    expect(again).toEqual(rotated);
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/warn: share-key-rotate: the share key was rotated already/);
  });

  it('share-key-rotate: revoke leaves one new key and says old links stop once the deploy finishes', async () => {
    fakeSecret(serializeShareKeys(planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next));
    const { lines, log } = logger();
    const params = await shareKeysForDeploy(
      inputs({ shareKeyRotate: 'revoke' }),
      inputs({ shareKeyRotate: 'revoke' }).shareKeyRotate,
      { log, now: () => NOW },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        setSecret: () => undefined,
        generate: fakeGenerate,
      },
    );
    expect(params.ShareKeyA).toBe('');
    expect(params.ShareKeyB).toMatch(/BEGIN PUBLIC KEY/);
    expect(lines.join('\n')).toMatch(
      /dropped key\(s\) A\. Links signed before are refused once this deploy has finished/,
    );
  });
});

/** DescribeStacks of the site stack, with the outputs the share command reads. */
function siteStack(outputs: Record<string, string>, parameters: Record<string, string> = {}): void {
  cf.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: 'docs-site',
        StackId: `arn:aws:cloudformation:${REGION}:123456789012:stack/docs-site/1`,
        StackStatus: StackStatus.UPDATE_COMPLETE,
        CreationTime: new Date(NOW),
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({
          OutputKey,
          OutputValue,
        })),
        Parameters: Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
          ParameterKey,
          ParameterValue,
        })),
      },
    ],
  });
}

const shareSite = { stackName: 'docs', region: REGION, file: 'secure-dist.yml' };
const shareInputs = (path: string, expiresInSeconds = 3600) =>
  [shareSite, { sharePath: path, expiresInSeconds }] as const;

describe('command: share', () => {
  it('signs a link with the current key and the ID the site stack gives it; masks it; the summary never shows it', async () => {
    const state = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    fakeSecret(serializeShareKeys(state));
    siteStack({
      Url: 'https://d111111abcdef8.cloudfront.net/',
      DistributionDomainName: 'd111111abcdef8.cloudfront.net',
      ShareKeyAId: 'K2JCJMDEHXQW5F',
    });
    const masked: string[] = [];
    const report = await shareCommand(
      ...shareInputs('docs/report.pdf'),
      { now: () => NOW },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        cloudFormation: new CloudFormationClient({ region: REGION }),
        setSecret: (s) => masked.push(s),
      },
    );
    expect(report).toMatchObject({
      path: 'docs/report.pdf',
      scope: 'file',
      keyId: 'K2JCJMDEHXQW5F',
      expiresAt: new Date(NOW + 3_600_000).toISOString(),
    });
    expect(masked).toContain(report.link.url);
    const url = new URL(report.link.url);
    expect(url.origin).toBe('https://d111111abcdef8.cloudfront.net');
    const keys = new Map([['K2JCJMDEHXQW5F', signingKey(state)?.publicKey ?? '']]);
    const target = report.link.url.slice(url.origin.length);
    expect(verifySignedUrl(url.origin, target, keys, NOW / 1000 + 3599)).toMatchObject({
      ok: true,
    });
    expect(verifySignedUrl(url.origin, target, keys, NOW / 1000 + 3600)).toMatchObject({
      ok: false,
    });
    const summary = shareSummaryMarkdown(report);
    expect(summary).toMatch(/the file docs\/report\.pdf/);
    expect(summary).toContain(report.expiresAt);
    expect(summary).not.toContain('Signature');
    expect(summary).not.toContain(report.link.url);
  });

  it('uses the custom domain of the Url output and a folder policy for a folder', async () => {
    fakeSecret(serializeShareKeys(planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next));
    siteStack({ Url: 'https://files.example.com/', ShareKeyAId: 'KABC' });
    const report = await shareCommand(
      ...shareInputs('docs/2026/'),
      { now: () => NOW },
      {
        secrets: new SecretsManagerClient({ region: REGION }),
        cloudFormation: new CloudFormationClient({ region: REGION }),
        setSecret: () => undefined,
      },
    );
    expect(report.scope).toBe('folder');
    expect(report.link.policy).toBe('custom');
    expect(report.link.url.startsWith('https://files.example.com/_share/docs/2026/?Policy=')).toBe(
      true,
    );
  });

  it('without the secret: says to deploy with share-links first', async () => {
    fakeSecret();
    await expect(
      shareCommand(
        ...shareInputs('a.pdf'),
        { now: () => NOW },
        {
          secrets: new SecretsManagerClient({ region: REGION }),
          cloudFormation: new CloudFormationClient({ region: REGION }),
          setSecret: () => undefined,
        },
      ),
    ).rejects.toThrow(/no share-link key yet .*`share-links: true`/);
  });

  it('refuses to sign with a key the site does not trust yet (its slot has no ID output), quoting no key', async () => {
    const first = planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next;
    const rotated = planShareKeys(first, 'rotate', NOW, fakeGenerate).next;
    fakeSecret(serializeShareKeys(rotated));
    siteStack({ Url: 'https://d111111abcdef8.cloudfront.net/', ShareKeyAId: 'KOLD' });
    let message = '';
    try {
      await shareCommand(
        ...shareInputs('a.pdf'),
        { now: () => NOW },
        {
          secrets: new SecretsManagerClient({ region: REGION }),
          cloudFormation: new CloudFormationClient({ region: REGION }),
          setSecret: () => undefined,
        },
      );
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/does not trust the current share key \(slot B\) yet/);
    expect(message).not.toMatch(/KEY-----/);
  });
});

describe('plan', () => {
  it('takes the keys the site stack was deployed with (never the secret)', async () => {
    const params = shareKeyParameters(
      planShareKeys(undefined, 'ensure', NOW, fakeGenerate).next,
      NOW,
    );
    siteStack({}, { ...params });
    const planned = await shareKeysForPlan(inputs(), new CloudFormationClient({ region: REGION }));
    expect(planned.parameters).toEqual(params);
    expect(planned.note).toMatch(/plan never reads secrets/);
    expect(sm.calls()).toHaveLength(0);
  });

  it('before the first deploy with share links: a stand-in public key, said so', async () => {
    siteStack({}, {});
    const planned = await shareKeysForPlan(
      inputs(),
      new CloudFormationClient({ region: REGION }),
      () => NOW,
    );
    expect(planned.parameters.ShareKeyA).toMatch(/BEGIN PUBLIC KEY/);
    expect(planned.note).toMatch(/stand-in public key/);
  });
});
