/**
 * secure-dist.yml (issue 21): the loader (YAML with lines, the JSON Schema compiled at build
 * time, the rules a schema cannot say), its errors (file, line, key path, what is allowed; all
 * at once), the typed `Site`, and the fingerprint deploy records.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { accessGlobs } from '../src/site/access.js';
import {
  DEFAULT_CACHE_CONTROL,
  cacheControlRules,
  isFingerprinted,
} from '../src/site/cache-control.js';
import { SiteFileError } from '../src/site/errors.js';
import { loadSite, parseSite } from '../src/site/load.js';
import {
  EDGE_KINDS,
  EDGE_RUNTIMES,
  LOG_RETENTION_DAYS,
  maxStackNameForRegion,
} from '../src/site/model.js';
import { SITE_SETTINGS } from '../src/site/validate.generated.js';
import { parseDuration, parseMaxDelete } from '../src/site/values.js';
import { compileGlobs } from '../src/sync/glob.js';
import type { Command } from '../src/run/names.js';
import { REPO_ROOT } from './helpers/s3-server.js';
import { messageOf, siteFrom } from './helpers/site.js';

/** A site from settings, as `command` reads it; users alice, bob and carol unless given. */
const site = (settings: Record<string, unknown> = {}, command?: Command) =>
  siteFrom({ users: ['alice', 'bob', 'carol'], ...settings }, { command });

/** The loader's message for a file's text. */
const problems = (text: string, command?: Command) =>
  messageOf(() => parseSite(text, 'secure-dist.yml', { workspace: '/repo', command }));

describe('the site file: defaults', () => {
  it('an empty file (or comments only) is a site with every documented default', () => {
    const s = parseSite('# nothing yet\n', 'secure-dist.yml', {
      workspace: '/repo',
      command: 'sync',
    });
    expect(s).toMatchObject({
      file: 'secure-dist.yml',
      stackName: 'secure-dist',
      region: 'eu-central-1',
      contentDir: '/repo/content',
      contentDirInput: 'content',
      workspace: '/repo',
      exclude: [],
      delete: true,
      maxDelete: { kind: 'percent', percent: 50 },
      listing: false,
      users: [],
      access: [],
      realm: 'Restricted',
      edge: 'lambda',
      edgeRuntime: 'nodejs24.x',
      rateLimit: 1000,
      domainName: undefined,
      certificateArn: undefined,
      shareLinks: false,
      auditLog: false,
      auditRetentionDays: 90,
      invalidate: true,
      waitForInvalidation: false,
      invalidationTimeoutSeconds: 900,
      verify: 'git',
      verifyStacks: false,
      concurrency: 16,
      stackTimeoutSeconds: 1800,
      permissionsBoundary: 'auto',
      cloudFormationRole: 'auto',
      bucket: undefined,
      distributionId: undefined,
    });
    expect(s.cacheControl).toEqual(DEFAULT_CACHE_CONTROL);
  });

  it('reads every setting in the types the file has them', () => {
    const s = site({
      'stack-name': 'docs',
      region: 'us-west-2',
      'content-dir': 'public',
      exclude: ['*.psd', 'drafts'],
      'cache-control': [{ '*.pdf': 'private, max-age=3600' }],
      delete: false,
      'max-delete': 100,
      listing: true,
      realm: 'Acme Partners',
      'edge-runtime': 'nodejs22.x',
      'rate-limit': 'off',
      'domain-name': 'files.example.com',
      'certificate-arn': 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123',
      'share-links': true,
      'audit-log': true,
      'audit-retention-days': 365,
      'wait-for-invalidation': true,
      'invalidation-timeout': 90,
      verify: 'full',
      'verify-stacks': true,
      concurrency: 8,
      'stack-timeout': '1h30m',
      'permissions-boundary': 'none',
      'cloudformation-role': 'arn:aws:iam::123456789012:role/docs-cloudformation',
      bucket: 'my-bucket',
      'distribution-id': 'E2QWRUHAPOMQZL',
    });
    expect(s).toMatchObject({
      stackName: 'docs',
      region: 'us-west-2',
      contentDir: '/repo/public',
      exclude: ['*.psd', 'drafts'],
      delete: false,
      maxDelete: { kind: 'count', count: 100 },
      listing: true,
      realm: 'Acme Partners',
      edgeRuntime: 'nodejs22.x',
      rateLimit: 0,
      domainName: 'files.example.com',
      shareLinks: true,
      auditLog: true,
      auditRetentionDays: 365,
      waitForInvalidation: true,
      invalidationTimeoutSeconds: 90,
      verify: 'full',
      verifyStacks: true,
      concurrency: 8,
      stackTimeoutSeconds: 5400,
      permissionsBoundary: 'none',
      cloudFormationRole: 'arn:aws:iam::123456789012:role/docs-cloudformation',
      bucket: 'my-bucket',
      distributionId: 'E2QWRUHAPOMQZL',
    });
    expect(s.cacheControl[0]).toMatchObject({ pattern: '*.pdf', value: 'private, max-age=3600' });
  });

  it('every setting of the schema has a description and every setting the model reads is in it', () => {
    const schema = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'src', 'site', 'schema.json'), 'utf8'),
    ) as { properties: Record<string, { description?: string; enum?: unknown[] }> };
    expect(Object.keys(schema.properties)).toEqual([...SITE_SETTINGS]);
    for (const [name, p] of Object.entries(schema.properties)) {
      expect({ name, description: typeof p.description }).toEqual({ name, description: 'string' });
    }
    // The schema's enums are the model's constants.
    expect(schema.properties.edge?.enum).toEqual([...EDGE_KINDS]);
    expect(schema.properties['edge-runtime']?.enum).toEqual([...EDGE_RUNTIMES]);
    expect(schema.properties['audit-retention-days']?.enum).toEqual([...LOG_RETENTION_DAYS]);
  });
});

describe('the site file: errors name the file, the line and the key, and say what is allowed', () => {
  it.each([
    ['delete: yes', /^secure-dist\.yml:1: delete: got 'yes'; allowed: true or false$/],
    ['listing: "on"', /^secure-dist\.yml:1: listing: got 'on'; allowed: true or false$/],
    [
      'max-delete: lots',
      /^secure-dist\.yml:1: max-delete: got 'lots'; allowed: a count \(100\) or a percentage \("50%"\)$/,
    ],
    ['max-delete: 150%', /^secure-dist\.yml:1: max-delete: a percentage must be at most 100%/],
    ['region: Frankfurt', /^secure-dist\.yml:1: region: got 'Frankfurt'; allowed: an AWS region/],
    [
      'bucket: My_Bucket',
      /^secure-dist\.yml:1: bucket: got 'My_Bucket'; allowed: an S3 bucket name \(3 to 63 lowercase/,
    ],
    [
      'concurrency: 0',
      /^secure-dist\.yml:1: concurrency: got 0; allowed: a whole number from 1 to 256$/,
    ],
    ['verify: fast', /^secure-dist\.yml:1: verify: got 'fast'; allowed: git or full$/],
    ['realm: say "hi"', /^secure-dist\.yml:1: realm: .*without double quotes or backslashes/],
    [
      'realm: Zürich',
      /^secure-dist\.yml:1: realm: got 'Zürich'; allowed: at most 128 characters of printable ASCII/,
    ],
    [
      'stack-name: 1abc',
      /^secure-dist\.yml:1: stack-name: got '1abc'; allowed: a letter followed by/,
    ],
    [
      'domain-name: files.example.com',
      /^secure-dist\.yml:1: domain-name: domain-name and certificate-arn go together: set both or neither$/,
    ],
    [
      'cloudformation-role: docs-cloudformation',
      /^secure-dist\.yml:1: cloudformation-role: got 'docs-cloudformation'; allowed: auto, none or an IAM role ARN/,
    ],
    [
      'edge-runtime: nodejs20.x',
      /^secure-dist\.yml:1: edge-runtime: got 'nodejs20.x'; allowed: nodejs24.x or nodejs22.x/,
    ],
    [
      'verify-stacks: "yes"',
      /^secure-dist\.yml:1: verify-stacks: got 'yes'; allowed: true or false$/,
    ],
    [
      'audit-retention-days: 100',
      /^secure-dist\.yml:1: audit-retention-days: got 100; allowed: one of the retention periods CloudWatch Logs accepts: 1, 3, 5/,
    ],
    ['exclude: "*.env"', /^secure-dist\.yml:1: exclude: got '\*\.env'; allowed: a list of globs$/],
    [
      'invalidation-timeout: soon',
      /^secure-dist\.yml:1: invalidation-timeout: got 'soon'; allowed: a duration/,
    ],
    ['stack-timeout: 31d', /^secure-dist\.yml:1: stack-timeout: must be at most 30d, got '31d'$/],
  ])('%s', (line, message) => {
    expect(problems(`${line}\nusers: [alice]\n`)).toMatch(message);
  });

  it('the key path and line of a nested value', () => {
    const text = [
      'users: [alice, bob]',
      'access:',
      '  alice: /acme/**',
      '  bob:',
      '    - /globex/**',
      '    - /globex/**x',
      'cache-control:',
      '  - "*.css": private, max-age=60',
      '  - "*.pdf": public, max-age=60',
      '',
    ].join('\n');
    expect(problems(text)).toBe(
      [
        'secure-dist.yml: 2 problems',
        "secure-dist.yml:5: access.bob: '/globex/**x' is not a valid glob (has '**x': * and ** stand for whole segments only)",
        'secure-dist.yml:9: cache-control[1]["*.pdf"]: \'public, max-age=60\': the site is password-protected, ' +
          "so a shared cache must never keep its responses: use 'private' and 'max-age' (CloudFront keeps every object until it is invalidated anyway)",
      ].join('\n'),
    );
  });

  it('reports every problem of the file at once, in line order', () => {
    const text = [
      'users: [alice]',
      'delete: maybe',
      'relam: Docs',
      'concurrency: 999',
      'edge: both',
      'exclude: ["*.psd", 42]',
      '',
    ].join('\n');
    const message = problems(text);
    expect(message.split('\n')).toEqual([
      'secure-dist.yml: 5 problems',
      "secure-dist.yml:2: delete: got 'maybe'; allowed: true or false",
      expect.stringMatching(
        /^secure-dist\.yml:3: relam: not a setting \(did you mean 'realm'\?\); allowed: stack-name, region, /,
      ),
      'secure-dist.yml:4: concurrency: got 999; allowed: a whole number from 1 to 256',
      "secure-dist.yml:5: edge: got 'both'; allowed: lambda (Lambda@Edge) or function (CloudFront Functions with a KeyValueStore)",
      'secure-dist.yml:6: exclude[1]: got 42; allowed: a string',
    ]);
  });

  it('lists at most 20 problems, and counts the rest', () => {
    const text = Array.from({ length: 25 }, (_, i) => `unknown-${i}: 1`).join('\n');
    const lines = problems(text).split('\n');
    expect(lines[0]).toBe('secure-dist.yml: 25 problems');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('… and 5 more');
  });

  it('a run input in the file says it belongs to the step; a password is never in the message', () => {
    const message = problems('users: [alice]\nbasic-auth-users: "alice:hunter2-secret"\n');
    expect(message).toMatch(
      /^secure-dist\.yml:2: basic-auth-users: an input of the action's step \(it belongs to one run\), not a setting of the site: pass it with `with:` .*passwords never go in this file/,
    );
    expect(message).not.toContain('hunter2');
  });

  it('a user:password line in users is refused without quoting it', () => {
    const message = problems('users:\n  - alice\n  - "bob:hunter2-secret"\n');
    expect(message).toMatch(
      /^secure-dist\.yml:3: users\[1\]: a user name cannot contain a colon; list only the names here/,
    );
    expect(message).not.toContain('hunter2');
  });

  it('a YAML syntax error names the file and the line', () => {
    expect(problems('users: [alice]\naccess:\n  alice: /a\n   bob: /b\n')).toMatch(
      /^secure-dist\.yml: 2 problems\nsecure-dist\.yml:3: not valid YAML: Nested mappings are not allowed in compact mappings\n/,
    );
    expect(problems('users: [a]\nusers: [b]\n')).toBe(
      'secure-dist.yml:2: not valid YAML: Map keys must be unique',
    );
    // `*` unquoted is a YAML alias.
    expect(problems('users: [a]\naccess:\n  *: /public/**\n')).toMatch(
      /^secure-dist\.yml:3: not valid YAML/,
    );
  });

  it('a file that is not a map of settings', () => {
    expect(problems('- alice\n- bob\n')).toBe(
      'secure-dist.yml:1: got ["alice","bob"]; allowed: a map of settings',
    );
  });

  it('a missing file names the path and how to get one', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'site-load-'));
    try {
      const message = messageOf(() => loadSite('config/site.yml', { workspace: ws }));
      expect(message).toBe(
        `config/site.yml: no such file in the workspace (${path.join(ws, 'config', 'site.yml')}): ` +
          'describe the site there (`npx github:org/secure-dist-action init` writes one), ' +
          'or point the `config` input at the file that does',
      );
      writeFileSync(path.join(ws, 'secure-dist.yml'), 'stack-name: docs\nusers: [alice]\n');
      expect(loadSite('secure-dist.yml', { workspace: ws }).stackName).toBe('docs');
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('is a SiteFileError with the issues, for callers that list them', () => {
    let error: unknown;
    try {
      parseSite('delete: 1\nlisting: 2\n', 'site.yml', { workspace: '/repo' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteFileError);
    expect(error instanceof SiteFileError ? error.issues.map((i) => [i.line, i.path]) : []).toEqual(
      [
        [1, ['delete']],
        [2, ['listing']],
      ],
    );
  });
});

describe('rate-limit', () => {
  it('defaults to 1000 requests per 5 minutes per IP address; 0 and off turn it off', () => {
    expect(site().rateLimit).toBe(1000);
    expect(site({ 'rate-limit': 2000 }).rateLimit).toBe(2000);
    expect(site({ 'rate-limit': 10 }).rateLimit).toBe(10);
    expect(site({ 'rate-limit': 0 }).rateLimit).toBe(0);
    expect(site({ 'rate-limit': 'off' }).rateLimit).toBe(0);
  });

  it.each([9, 2000000001, 'lots', '100/min', -5, '2000'])(
    'refuses %j, naming the setting',
    (value) => {
      expect(messageOf(() => site({ 'rate-limit': value }))).toMatch(
        /^secure-dist\.yml:\d+: rate-limit: got .*; allowed: requests per 5 minutes per IP address, 10 to 2000000000 \(AWS WAF's bounds\), or 0 or off for none$/,
      );
    },
  );
});

describe('the deploy engine settings (issue 9 #3, #4, #5; issue 15 #11)', () => {
  it('accepts the documented values', () => {
    const role = 'arn:aws:iam::123456789012:role/docs-cloudformation';
    expect(site({ 'cloudformation-role': role }).cloudFormationRole).toBe(role);
    expect(site({ 'cloudformation-role': 'none' }).cloudFormationRole).toBe('none');
    expect(site({ 'edge-runtime': 'nodejs22.x' }).edgeRuntime).toBe('nodejs22.x');
    expect(site({ 'verify-stacks': true }).verifyStacks).toBe(true);
    const boundary = 'arn:aws:iam::123456789012:policy/my-boundary';
    expect(site({ 'permissions-boundary': boundary }).permissionsBoundary).toBe(boundary);
  });

  it.each([
    ['cloudformation-role', 'arn:aws:iam::123456789012:policy/x', /cloudformation-role: got/],
    ['edge-runtime', 'python3.13', /edge-runtime: got 'python3\.13'/],
    [
      'permissions-boundary',
      'my-boundary',
      /permissions-boundary: got 'my-boundary'; allowed: auto, none or an IAM policy ARN/,
    ],
    ['region', 'cn-north-1', /region: 'cn-north-1' is in the aws-cn \(China\) partition/],
    ['region', 'cn-northwest-1', /Lambda@Edge exists only in the standard aws partition/],
    [
      'region',
      'us-gov-west-1',
      /region: 'us-gov-west-1' is in the aws-us-gov \(GovCloud\) partition/,
    ],
    ['region', 'us-iso-east-1', /region: 'us-iso-east-1' is in an ISO partition/],
    ['region', 'us-isob-east-1', /us-east-1 of the same partition/],
    ['region', 'eu-isoe-west-1', /region: 'eu-isoe-west-1' is in an ISO partition/],
  ])('names %s in the error for %j', (name, value, message) => {
    const text = messageOf(() => site({ [name]: value }));
    expect(text).toMatch(new RegExp(`^secure-dist\\.yml:\\d+: ${name}: `));
    expect(text).toMatch(message);
  });

  it('standard-partition regions stay accepted', () => {
    for (const region of ['eu-central-1', 'us-east-1', 'ap-southeast-5', 'mx-central-1']) {
      expect(site({ region }).region).toBe(region);
    }
  });
});

describe('durations and max-delete (src/site/values.ts)', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['1h', 3600],
    ['1h30m', 5400],
    ['2d', 172800],
  ])('%s = %d s', (raw, s) => expect(parseDuration(raw)).toBe(s));

  it('refuses zero unless allowed, and more than 30 days (or the maximum given)', () => {
    expect(() => parseDuration('0')).toThrow(/longer than zero/);
    expect(parseDuration('0', { allowZero: true })).toBe(0);
    expect(() => parseDuration('31d')).toThrow(/at most 30d/);
    expect(parseDuration('90d', { maxSeconds: 90 * 86400 })).toBe(90 * 86400);
    expect(parseDuration(120)).toBe(120);
  });

  it('reads counts and percentages', () => {
    expect(parseMaxDelete('0')).toEqual({ kind: 'count', count: 0 });
    expect(parseMaxDelete(7)).toEqual({ kind: 'count', count: 7 });
    expect(parseMaxDelete('12.5%')).toEqual({ kind: 'percent', percent: 12.5 });
    expect(() => parseMaxDelete('lots')).toThrow(/expected a count or a percentage, got 'lots'/);
  });
});

describe('cache-control rules', () => {
  it('puts the site rules first, then the defaults', () => {
    const rules = site({
      'cache-control': [{ '*.css': 'max-age=60' }, { 'reports/**': 'no-store' }],
    }).cacheControl;
    const pick = (key: string) => rules.find((r) => r.matches(key))?.value;
    expect(pick('a/b/site.css')).toBe('max-age=60');
    expect(pick('reports/q1/x.pdf')).toBe('no-store');
    expect(pick('index.html')).toBe('private, no-cache');
    expect(pick('assets/app.3f2a9c1b.js')).toBe('private, max-age=31536000, immutable');
    expect(pick('photo.jpg')).toBe('private, max-age=300');
  });

  it('gives viewers only private defaults: no shared cache may keep an authenticated response', () => {
    for (const rule of DEFAULT_CACHE_CONTROL) {
      expect(rule.value).toMatch(/^private, /);
      expect(rule.value).not.toMatch(/public|s-maxage/);
    }
  });

  it.each([
    [[{ '*.css': 'public, max-age=60' }], 0],
    [[{ '*.html': 'no-cache' }, { 'img/**': 'max-age=60, s-maxage=3600' }], 1],
    [[{ '*.js': 'PUBLIC' }], 0],
  ])('refuses public and s-maxage in %j, naming the file, line and rule', (rules, index) => {
    expect(messageOf(() => site({ 'cache-control': rules }))).toMatch(
      new RegExp(
        `^secure-dist\\.yml:\\d+: cache-control\\[${index}\\]\\["[^"]+"\\]: '[^']*(public|s-maxage)[^']*': the site is password-protected`,
        'i',
      ),
    );
    expect(() =>
      cacheControlRules(
        rules.map((r) => ({ glob: Object.keys(r)[0] ?? '', value: Object.values(r)[0] ?? '' })),
      ),
    ).toThrow(/the site is password-protected/i);
  });

  it('refuses a rule without a value or with two globs, naming the rule', () => {
    expect(
      messageOf(() => site({ 'cache-control': [{ '*.css': 'max-age=60' }, { '*.js': '' }] })),
    ).toMatch(
      /^secure-dist\.yml:\d+: cache-control\[1\]\["\*\.js"\]: got ''; allowed: a value that isn't blank$/,
    );
    expect(messageOf(() => site({ 'cache-control': [{ '*.css': 'a', '*.js': 'b' }] }))).toMatch(
      /cache-control\[0\]: got \{"\*\.css":"a","\*\.js":"b"\}; allowed: one glob: value pair/,
    );
  });

  it.each([
    ['assets/app.3f2a9c1b.js', true],
    ['index-DiwrgTda1.css', true],
    ['chunk-5QXJ2ZQ7.mjs', true],
    ['index-Products.js', false],
    ['report.2024.pdf', false],
    ['logo.svg', false],
    ['deadbeef.js', false],
  ])('isFingerprinted(%s) = %s', (key, expected) => expect(isFingerprinted(key)).toBe(expected));
});

describe('one glob rule for exclude and cache-control', () => {
  // key, glob, matches: a glob without '/' matches the last segment at any depth; with a '/'
  // it matches from the top of content-dir; '*' matches dot files.
  const cases: [string, string, boolean][] = [
    ['config/prod.env', '*.env', true],
    ['prod.env', '*.env', true],
    ['.env', '*.env', true],
    ['config/prod.env', 'config/*.env', true],
    ['app/config/prod.env', 'config/*.env', false],
    ['app/config/prod.env', '**/config/*.env', true],
    ['docs/drafts', 'drafts', true],
    ['maps/app.js.map', '**/*.map', true],
    ['a/site.css', '*.css', true],
  ];
  it.each(cases)('%s against %s: %s, in both settings', (key, glob, expected) => {
    expect(compileGlobs([glob])(key)).toBe(expected);
    const s = site({ 'cache-control': [{ [glob]: 'max-age=1' }], exclude: [glob] });
    expect(s.cacheControl[0]?.matches(key)).toBe(expected);
    expect(s.exclude).toEqual([glob]);
  });
});

describe('stack-name and the site bucket name', () => {
  // <stack-name>-site-<12-digit account>-<region> must fit in S3's 63 characters.
  it('accepts the longest stack-name that fits the region, refuses one more', () => {
    expect(maxStackNameForRegion('eu-central-1')).toBe(32);
    expect(site({ 'stack-name': `a${'b'.repeat(31)}` }).stackName).toHaveLength(32);
    expect(messageOf(() => site({ 'stack-name': `a${'b'.repeat(32)}` }))).toMatch(
      /^secure-dist\.yml:\d+: stack-name: 'ab+' is 33 characters; in eu-central-1 at most 32 fit, because the site bucket is named '<stack-name>-site-<account id>-eu-central-1'/,
    );
    const long = { 'stack-name': `a${'b'.repeat(30)}`, region: 'ap-southeast-1' };
    expect(messageOf(() => site(long))).toMatch(/stack-name: .* in ap-southeast-1 at most 30 fit/);
    // `sync` names no bucket after the stack: only the stack's own limits apply.
    expect(site(long, 'sync').stackName).toHaveLength(31);
  });

  it('refuses upper-case letters (bucket names are lower case)', () => {
    expect(messageOf(() => site({ 'stack-name': 'Docs' }))).toMatch(
      /^secure-dist\.yml:\d+: stack-name: 'Docs' has upper-case letters/,
    );
  });
});

describe('users and access (issue 10, issue 21)', () => {
  it('is empty by default: every user reads everything', () => {
    expect(site().access).toEqual([]);
  });

  it('reads the map into typed rules, in the order of the file, with their lines', () => {
    const text = [
      'users: [alice, bob, carol, "42"]',
      'access:',
      '  alice: /acme/**',
      '  "bob, carol": [/globex/**, /shared/**]',
      '  "42": /answers/**',
      '  "*": "/public/**, /help/"',
      '',
    ].join('\n');
    expect(parseSite(text, 'secure-dist.yml', { workspace: '/repo' }).access).toEqual([
      { line: 3, users: ['alice'], globs: ['/acme/**'] },
      { line: 4, users: ['bob', 'carol'], globs: ['/globex/**', '/shared/**'] },
      { line: 5, users: ['42'], globs: ['/answers/**'] },
      { line: 6, users: ['*'], globs: ['/public/**', '/help/'] },
    ]);
    expect(accessGlobs(['/a/**', ' /b/ '])).toEqual(['/a/**', '/b/']);
  });

  it('normalises the names to NFC', () => {
    const s = site({ users: ['Zoe\u0308'], access: { 'Zoe\u0308': '/z/**' } });
    expect(s.users).toEqual(['Zoë']);
    expect(s.access[0]?.users).toEqual(['Zoë']);
  });

  it.each([
    [
      { alice: 'acme/**' },
      /access\.alice: 'acme\/\*\*' is not a valid glob \(does not start with \/\)/,
    ],
    [
      { alice: '/acme/*.pdf' },
      /access\.alice: '\/acme\/\*\.pdf' is not a valid glob \(has '\*\.pdf'/,
    ],
    [
      { alice: '/acme/../x' },
      /access\.alice: '\/acme\/\.\.\/x' is not a valid glob \(has a '\.\.' segment\)/,
    ],
    [{ ',': '/acme/**' }, /access\[","\]: no user name/],
    [{ alice: [] }, /access\.alice: got \[\]; allowed: a glob \(\/acme\/\*\*\) or a list of globs/],
    [
      { alice: '/a', mallory: '/b' },
      /access\.mallory: no user is named 'mallory'; allowed: the names of users \(alice, bob, carol\) or "\*"/,
    ],
    [{ 'a:b': '/a' }, /access\["a:b"\]: user name 'a:b' contains a colon/],
  ])('refuses %j, naming the file, line and rule', (access, message) => {
    expect(messageOf(() => site({ access }))).toMatch(
      new RegExp(`^secure-dist\\.yml:\\d+: ${message.source}`),
    );
  });

  it('refuses a user listed twice, and a blank name', () => {
    expect(messageOf(() => site({ users: ['alice', 'bob', 'alice'] }))).toBe(
      "secure-dist.yml:4: users[2]: 'alice' is listed twice",
    );
    expect(messageOf(() => site({ users: ['alice', ' '] }))).toMatch(/users\[1\]: got ' '/);
  });

  it('the commands that render the edge function need users (lambda); rotate needs them with function too', () => {
    for (const command of ['deploy', 'plan', 'rotate', 'synth'] as const) {
      expect(problems('stack-name: docs\n', command)).toBe(
        'secure-dist.yml: users: lists no user: the edge function lets in only the users named here; ' +
          'list their names (users: [alice, bob]), never their passwords',
      );
    }
    for (const command of ['sync', 'share', 'audit'] as const) {
      expect(parseSite('', 'secure-dist.yml', { workspace: '/repo', command }).users).toEqual([]);
    }
    expect(problems('edge: function\nusers: []\n', 'rotate')).toMatch(
      /^secure-dist\.yml:2: users: lists no user: rotate gives the users named here their passwords/,
    );
    expect(
      parseSite('edge: function\n', 'f.yml', { workspace: '/', command: 'deploy' }).users,
    ).toEqual([]);
  });
});

describe('edge (issue 14) and what the CloudFront Functions runtime does not do yet (issues 12 and 14)', () => {
  it('defaults to lambda and accepts function', () => {
    expect(site().edge).toBe('lambda');
    expect(site({ edge: 'function' }).edge).toBe('function');
    expect(site({ edge: 'lambda' }).edge).toBe('lambda');
  });

  it.each(['Function', 'cloudfront-function', 'lambda@edge', 'both'])('refuses %j', (value) => {
    expect(messageOf(() => site({ edge: value }))).toMatch(
      /^secure-dist\.yml:\d+: edge: got '.*'; allowed: lambda \(Lambda@Edge\) or function \(CloudFront Functions with a KeyValueStore\)$/,
    );
  });

  it.each([
    ['share-links', /share-links: share links need `edge: lambda`/],
    ['audit-log', /audit-log: the audit trail needs `edge: lambda`/],
  ])('refuses %s with edge: function, naming the setting', (name, message) => {
    expect(messageOf(() => site({ edge: 'function', [name]: true }))).toMatch(
      new RegExp(`^secure-dist\\.yml:\\d+: ${message.source}`),
    );
    expect(site({ [name]: true })).toMatchObject({ edge: 'lambda' });
  });

  it('takes previews on either runtime with either login', () => {
    for (const edge of ['lambda', 'function']) {
      for (const login of [undefined, 'basic', 'form']) {
        const parsed = site({ edge, previews: true, ...(login ? { login } : {}) });
        expect(parsed.previews).toBeDefined();
      }
    }
    expect(site({ edge: 'function', previews: false }).previews).toBeUndefined();
  });
});

describe('the fingerprint of the site file (deploy tags the site stack with it)', () => {
  const fingerprint = (settings: Record<string, unknown>) => site(settings).fingerprint;

  it('is the same for the same settings, however written (order, defaults written out, comments)', () => {
    const a = parseSite('users: [alice, bob]\nlisting: true\n# a comment\n', 'a.yml', {
      workspace: '/repo',
    }).fingerprint;
    const b = parseSite('listing: true\nrealm: Restricted\nusers:\n  - alice\n  - bob\n', 'b.yml', {
      workspace: '/elsewhere',
    }).fingerprint;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('changes with any setting, and with the order of the access rules', () => {
    const base = fingerprint({});
    for (const change of [
      { listing: true },
      { users: ['alice', 'bob'] },
      { realm: 'Docs' },
      { 'content-dir': 'public' },
      { access: { alice: '/a/**' } },
      { 'max-delete': 10 },
    ]) {
      expect({ change, same: fingerprint(change) === base }).toEqual({ change, same: false });
    }
    expect(fingerprint({ access: { alice: '/a/**', bob: '/b/**' } })).not.toBe(
      fingerprint({ access: { bob: '/b/**', alice: '/a/**' } }),
    );
  });

  it('a YAML text and the same settings as an object give one fingerprint', () => {
    const settings = { users: ['alice'], access: { alice: ['/a/**'] }, 'rate-limit': 'off' };
    expect(parseSite(stringify(settings), 'x.yml', { workspace: '/' }).fingerprint).toBe(
      siteFrom(settings).fingerprint,
    );
  });
});

describe('src/site/validate.generated.js', () => {
  it('is the current compilation of src/site/schema.json (run node scripts/build-site-validator.mjs)', () => {
    const res = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'scripts', 'build-site-validator.mjs'), '--check'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(`${res.stdout}${res.stderr}`).toContain('src/site/validate.generated.js is up to date');
    expect(`${res.stdout}${res.stderr}`).toContain(
      'src/site/validate.generated.d.ts is up to date',
    );
    expect(res.status).toBe(0);
  });

  it('the check is live: a schema that differs makes it fail', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-validator-'));
    try {
      const copy = path.join(dir, 'scripts');
      const src = path.join(dir, 'src', 'site');
      spawnSync('mkdir', ['-p', copy, src]);
      writeFileSync(
        path.join(copy, 'build-site-validator.mjs'),
        readFileSync(path.join(REPO_ROOT, 'scripts', 'build-site-validator.mjs')),
      );
      const schema = JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'src', 'site', 'schema.json'), 'utf8'),
      ) as {
        properties: Record<string, { default?: unknown }>;
      };
      writeFileSync(path.join(src, 'schema.json'), JSON.stringify(schema));
      for (const f of ['validate.generated.js', 'validate.generated.d.ts']) {
        writeFileSync(path.join(src, f), readFileSync(path.join(REPO_ROOT, 'src', 'site', f)));
      }
      spawnSync('ln', ['-s', path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
      spawnSync('cp', [path.join(REPO_ROOT, '.prettierrc.json'), dir]);
      const same = spawnSync(
        process.execPath,
        [path.join(copy, 'build-site-validator.mjs'), '--check'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(same.status).toBe(0);
      const realm = schema.properties.realm;
      if (realm === undefined) throw new Error('no realm in the schema');
      realm.default = 'Changed';
      writeFileSync(path.join(src, 'schema.json'), JSON.stringify(schema));
      const stale = spawnSync(
        process.execPath,
        [path.join(copy, 'build-site-validator.mjs'), '--check'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(`${stale.stdout}${stale.stderr}`).toContain('validate.generated.js is out of date');
      expect(stale.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('automation-tokens (issue 23 item 3)', () => {
  it('reads names (NFC), access globs (one, a comma list or a list) and expiries; none by default', () => {
    expect(site().automationTokens).toEqual([]);
    const s = site({
      'automation-tokens': {
        'link-checker': null,
        ci: { access: '/reports/**, /docs/*' },
        'Cafe\u0301': { access: ['/a/**'], expires: '2027-01-31' },
        nightly: { expires: '2027-01-31T12:30:00+02:00' },
      },
    });
    expect(s.automationTokens).toEqual([
      { name: 'link-checker', globs: undefined, expires: undefined },
      { name: 'ci', globs: ['/reports/**', '/docs/*'], expires: undefined },
      { name: 'Café', globs: ['/a/**'], expires: Date.parse('2027-01-31T00:00:00Z') / 1000 },
      { name: 'nightly', globs: undefined, expires: Date.parse('2027-01-31T10:30:00Z') / 1000 },
    ]);
  });

  it('refuses names, globs, expiries and settings it cannot use, at their line', () => {
    const text = [
      'users: [alice]',
      'automation-tokens:',
      '  "a:b": {}',
      '  ci:',
      '    access: reports/**',
      '  late:',
      '    expires: 2027-02-30',
      '',
    ].join('\n');
    const message = problems(text);
    expect(message).toContain(
      'secure-dist.yml:3: automation-tokens["a:b"]: token name \'a:b\' contains a colon',
    );
    expect(message).toContain(
      "secure-dist.yml:5: automation-tokens.ci.access: 'reports/**' is not a valid glob (does not start with /)",
    );
    expect(message).toContain(
      "secure-dist.yml:7: automation-tokens.late.expires: '2027-02-30' is not a date (2027-01-31) or a time with its zone",
    );
    // The schema answers first, at the field: a time without its zone.
    expect(problems('automation-tokens:\n  zoneless:\n    expires: 2027-01-31T12:00:00\n')).toMatch(
      /secure-dist\.yml:3: automation-tokens\.zoneless\.expires: got '2027-01-31T12:00:00'; allowed: a date/,
    );
    expect(messageOf(() => site({ 'automation-tokens': { ci: { acces: '/a/**' } } }))).toMatch(
      /automation-tokens\.ci/,
    );
    expect(messageOf(() => site({ 'automation-tokens': { ci: '/a/**' } }))).toMatch(
      /automation-tokens\.ci/,
    );
  });

  it('works with edge: function too (the KeyValueStore holds their digests)', () => {
    const loaded = site({ edge: 'function', 'automation-tokens': { ci: { access: ['/a/**'] } } });
    expect(loaded.automationTokens).toEqual([{ name: 'ci', globs: ['/a/**'], expires: undefined }]);
  });

  it('is part of the fingerprint: adding a token changes it', () => {
    expect(site({ 'automation-tokens': { ci: null } }).fingerprint).not.toBe(site().fingerprint);
  });
});

describe('previews (issue 25 item 1)', () => {
  it('is off by default, on with the defaults for true, and reads a map', () => {
    expect(site().previews).toBeUndefined();
    expect(site({ previews: false }).previews).toBeUndefined();
    expect(site({ previews: true }).previews).toEqual({
      domain: undefined,
      expireAfterSeconds: 7 * 86400,
      users: '*',
    });
    expect(
      site({
        'domain-name': 'files.example.com',
        'certificate-arn': 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        previews: { domain: 'Preview.Example.com', 'expire-after': '36h', users: ['alice'] },
      }).previews,
    ).toEqual({ domain: 'preview.example.com', expireAfterSeconds: 36 * 3600, users: ['alice'] });
    expect(site({ previews: { users: '*' } }).previews?.users).toBe('*');
  });

  it('refuses what it cannot serve, at its line', () => {
    expect(problems('users: [alice]\npreviews:\n  expire-after: 31d\n')).toContain(
      "secure-dist.yml:3: previews.expire-after: must be at most 30d, got '31d'",
    );
    expect(problems('users: [alice]\npreviews:\n  users: [alice, mallory]\n')).toContain(
      "secure-dist.yml:3: previews.users: no user is named 'mallory'",
    );
    expect(problems('users: [alice]\npreviews:\n  users: [alice, "*"]\n')).toContain(
      'previews.users: "*" already means every user',
    );
    expect(problems('users: [alice]\npreviews:\n  domain: preview.example.com\n')).toContain(
      'secure-dist.yml:3: previews.domain: a preview domain needs domain-name and certificate-arn',
    );
    expect(problems('previews:\n  domian: preview.example.com\n')).toMatch(/previews/);
    expect(problems('previews: yes please\n')).toMatch(/secure-dist\.yml:1: previews/);
  });
});
