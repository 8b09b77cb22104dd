import { describe, expect, it } from '@jest/globals';
import {
  envInputSource,
  isFingerprinted,
  parseBasicAuthUsers,
  parseCacheControl,
  parseDuration,
  parseInputs,
  parseMaxDelete,
  DEFAULT_CACHE_CONTROL,
  maxStackNameForRegion,
} from '../src/inputs.js';
import { compileGlobs } from '../src/sync/glob.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const parse = (values: Record<string, string>) =>
  parseInputs(from(values), { workspace: '/repo', runId: '42' });

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const i = parse({});
    expect(i).toMatchObject({
      command: 'deploy',
      roleToAssume: undefined,
      roleSessionName: 'secure-dist-42-1',
      audience: 'sts.amazonaws.com',
      stackName: 'secure-dist',
      region: 'eu-central-1',
      contentDir: '/repo/content',
      delete: true,
      maxDelete: { kind: 'percent', percent: 50 },
      listing: false,
      invalidate: true,
      waitForInvalidation: false,
      realm: 'Restricted',
      rotationGracePeriodSeconds: 3600,
      outputDir: '/repo/secure-dist.out',
      dryRun: false,
      concurrency: 16,
      verify: 'git',
    });
  });

  it.each([
    [
      'command',
      'publish',
      /`command`: expected one of deploy, sync, plan, rotate, synth, share, audit, got 'publish'/,
    ],
    ['delete', 'yes', /`delete`: expected true or false, got 'yes'/],
    ['listing', 'on', /`listing`: expected true or false, got 'on'/],
    ['max-delete', 'lots', /`max-delete`: expected a count or a percentage, got 'lots'/],
    ['max-delete', '150%', /`max-delete`: a percentage must be at most 100%/],
    ['role-to-assume', 'my-role', /`role-to-assume`: expected an IAM role ARN/],
    ['role-session-name', 'x', /`role-session-name`: expected 2 to 64 characters/],
    ['region', 'Frankfurt', /`region`: expected an AWS region/],
    ['bucket', 'My_Bucket', /`bucket`: 'My_Bucket' is not a valid S3 bucket name/],
    ['concurrency', '0', /`concurrency`: expected a whole number from 1 to 256, got 0/],
    ['verify', 'fast', /`verify`: expected git or full, got 'fast'/],
    ['rotation-grace-period', 'an hour', /`rotation-grace-period`: expected a duration/],
    ['realm', 'say "hi"', /`realm`: must not contain double quotes/],
    ['realm', 'Zürich', /`realm`: must be printable ASCII/],
    ['stack-name', '1abc', /`stack-name`: expected a letter/],
    [
      'domain-name',
      'files.example.com',
      /`certificate-arn`: `domain-name` and `certificate-arn` go together/,
    ],
  ])('names the input %s in the error for %j', (name, value, message) => {
    expect(() => parse({ [name]: value })).toThrow(message);
  });

  it('reads inputs as the runner passes them (INPUT_ upper case, spaces as _)', () => {
    const get = envInputSource({ 'INPUT_CONTENT-DIR': ' site ', INPUT_MAX_DELETE: 'x' });
    expect(get('content-dir')).toBe('site');
  });

  it('accepts a role ARN and a count for max-delete', () => {
    const i = parse({
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'max-delete': '100',
    });
    expect(i.roleToAssume).toBe('arn:aws:iam::123456789012:role/deploy');
    expect(i.maxDelete).toEqual({ kind: 'count', count: 100 });
  });

  it('reads listing as a strict boolean (issue 10)', () => {
    expect(parse({ listing: 'true' }).listing).toBe(true);
    expect(parse({ listing: 'false' }).listing).toBe(false);
  });
});

describe('rate-limit', () => {
  it('defaults to 1000 requests per 5 minutes per IP address; 0 and off turn it off', () => {
    expect(parse({}).rateLimit).toBe(1000);
    expect(parse({ 'rate-limit': '2000' }).rateLimit).toBe(2000);
    expect(parse({ 'rate-limit': '10' }).rateLimit).toBe(10);
    expect(parse({ 'rate-limit': '0' }).rateLimit).toBe(0);
    expect(parse({ 'rate-limit': 'off' }).rateLimit).toBe(0);
  });

  it.each([
    ['9', /`rate-limit`: AWS WAF accepts 10 to 2000000000 requests per 5 minutes/],
    ['2000000001', /`rate-limit`: AWS WAF accepts 10 to 2000000000/],
    ['lots', /`rate-limit`: expected requests per 5 minutes per IP address .* got 'lots'/],
    ['100/min', /`rate-limit`: expected requests per 5 minutes/],
    ['-5', /`rate-limit`: expected requests per 5 minutes/],
  ])('refuses %j, naming the input', (value, message) => {
    expect(() => parse({ 'rate-limit': value })).toThrow(message);
  });
});

describe('audit trail inputs (issue 12)', () => {
  it('defaults: no audit log, 90 days of retention, audit reads 7 days, every user and path', () => {
    expect(parse({})).toMatchObject({
      auditLog: false,
      auditRetentionDays: 90,
      auditSinceSeconds: 7 * 86400,
      auditUser: undefined,
      auditPath: undefined,
    });
  });

  it('reads command audit and its filters', () => {
    const i = parse({
      command: 'audit',
      'audit-log': 'true',
      'audit-retention-days': '365',
      since: '90d',
      user: 'Zoe\u0308',
      path: '/reports/',
    });
    expect(i).toMatchObject({
      command: 'audit',
      auditLog: true,
      auditRetentionDays: 365,
      auditSinceSeconds: 90 * 86400,
      auditUser: 'Zoë',
      auditPath: '/reports/',
    });
    expect(parse({ user: 'share:K2JCJMDEHXQW5F' }).auditUser).toBe('share:K2JCJMDEHXQW5F');
    expect(parse({ since: '3653d' }).auditSinceSeconds).toBe(3653 * 86400);
  });

  it.each([
    [{ 'audit-log': 'yes' }, /`audit-log`: expected true or false, got 'yes'/],
    [
      { 'audit-retention-days': '100' },
      /`audit-retention-days`: CloudWatch Logs keeps logs for one of 1, 3, 5, .* days, got '100'/,
    ],
    [{ 'audit-retention-days': 'forever' }, /`audit-retention-days`/],
    [{ since: 'last week' }, /`since`: expected a duration/],
    [{ since: '3654d' }, /`since`: must be at most 3653d/],
    [{ user: 'a:b' }, /`user`: user name 'a:b' contains a colon/],
    [{ user: 'share:not a key' }, /`user`: expected share:<CloudFront public key ID>/],
    // `path` is also share's input: its audit meaning is read only by `command: audit`.
    [{ command: 'audit', path: 'reports/' }, /`path`: expected a path starting with \//],
    [{ command: 'audit', path: '/a?b=1' }, /`path`: .*without a query/],
    [{ command: 'audit', path: '/a\u0000' }, /`path`: .*control characters/],
  ])('%j is refused, naming the input', (values, message) => {
    expect(() => parse(values)).toThrow(message);
  });
});

describe('inputs of the deploy engine (issue 9 #3, #4, #5; issue 15 #11)', () => {
  it('defaults: cloudformation-role auto, edge-runtime nodejs24.x, verify-stacks false', () => {
    expect(parse({})).toMatchObject({
      cloudFormationRole: 'auto',
      edgeRuntime: 'nodejs24.x',
      verifyStacks: false,
    });
  });

  it('accepts the documented values', () => {
    const role = 'arn:aws:iam::123456789012:role/docs-cloudformation';
    expect(parse({ 'cloudformation-role': role }).cloudFormationRole).toBe(role);
    expect(parse({ 'cloudformation-role': 'none' }).cloudFormationRole).toBe('none');
    expect(parse({ 'edge-runtime': 'nodejs22.x' }).edgeRuntime).toBe('nodejs22.x');
    expect(parse({ 'verify-stacks': 'true' }).verifyStacks).toBe(true);
  });

  it.each([
    [
      'cloudformation-role',
      'docs-cloudformation',
      /`cloudformation-role`: expected auto, none or an IAM role ARN/,
    ],
    ['cloudformation-role', 'arn:aws:iam::123456789012:policy/x', /`cloudformation-role`/],
    ['edge-runtime', 'nodejs20.x', /`edge-runtime`: expected nodejs24.x or nodejs22.x/],
    ['edge-runtime', 'python3.13', /`edge-runtime`/],
    ['verify-stacks', 'yes', /`verify-stacks`: expected true or false/],
    ['region', 'cn-north-1', /`region`: 'cn-north-1' is in the aws-cn \(China\) partition/],
    ['region', 'cn-northwest-1', /Lambda@Edge exists only in the standard aws partition/],
    [
      'region',
      'us-gov-west-1',
      /`region`: 'us-gov-west-1' is in the aws-us-gov \(GovCloud\) partition/,
    ],
    ['region', 'us-iso-east-1', /`region`: 'us-iso-east-1' is in an ISO partition/],
    ['region', 'us-isob-east-1', /us-east-1 of the same partition/],
    ['region', 'eu-isoe-west-1', /`region`: 'eu-isoe-west-1' is in an ISO partition/],
  ])('names %s in the error for %j', (name, value, message) => {
    expect(() => parse({ [name]: value })).toThrow(message);
  });

  it('standard-partition regions stay accepted', () => {
    for (const region of ['eu-central-1', 'us-east-1', 'ap-southeast-5', 'mx-central-1']) {
      expect(parse({ region }).region).toBe(region);
    }
  });
});

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['1h', 3600],
    ['1h30m', 5400],
    ['2d', 172800],
  ])('%s = %d s', (raw, s) => expect(parseDuration('x', raw)).toBe(s));
  it('refuses zero unless allowed, and more than 30 days', () => {
    expect(() => parseDuration('x', '0')).toThrow(/longer than zero/);
    expect(parseDuration('x', '0', true)).toBe(0);
    expect(() => parseDuration('x', '31d')).toThrow(/at most 30d/);
  });
});

describe('parseMaxDelete', () => {
  it('reads counts and percentages', () => {
    expect(parseMaxDelete('0')).toEqual({ kind: 'count', count: 0 });
    expect(parseMaxDelete('12.5%')).toEqual({ kind: 'percent', percent: 12.5 });
  });
});

describe('parseBasicAuthUsers', () => {
  it('splits on the first colon: passwords may contain colons and spaces', () => {
    expect(parseBasicAuthUsers('alice:pa:ss word \nbob:x\r\n\n')).toEqual([
      { user: 'alice', password: 'pa:ss word ' },
      { user: 'bob', password: 'x' },
    ]);
  });
  it('normalises to NFC', () => {
    expect(parseBasicAuthUsers('jose\u0301:cafe\u0301')).toEqual([
      { user: 'jos\u00e9', password: 'caf\u00e9' },
    ]);
  });
  it.each([
    ['alice', /line 1: expected 'user:password' \(no colon found\)/],
    [':secret1', /line 1: the user name is empty/],
    ['a:x\nalice:', /line 2: the password for user 'alice' is empty/],
    ['alice:one\nbob:two\nalice:three', /line 3: user 'alice' is already defined on line 1/],
    ['alice:bad\u0007pw', /line 1: the password for user 'alice' contains a control character/],
  ])('rejects %j naming the line and never the password', (raw, message) => {
    let error: unknown;
    try {
      parseBasicAuthUsers(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const text = error instanceof Error ? error.message : '';
    expect(text).toMatch(message);
    expect(text).toMatch(/^`basic-auth-users`: /);
    for (const secret of ['secret1', 'three', 'bad', 'one', 'two'])
      expect(text).not.toContain(secret);
  });
});

describe('cache-control rules', () => {
  it('puts the user rules first, then the defaults', () => {
    const rules = parseCacheControl('*.css: max-age=60\nreports/**: no-store');
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
    ['*.css: public, max-age=60', 1],
    ['*.html: no-cache\nimg/**: max-age=60, s-maxage=3600', 2],
    ['*.js: PUBLIC', 1],
  ])('refuses public and s-maxage in %j, naming the input and the line', (raw, line) => {
    const text = raw.replace(/\\n/g, '\n');
    expect(() => parseCacheControl(text)).toThrow(
      new RegExp(
        `^\`cache-control\`: line ${line}: '[^']*(public|s-maxage)[^']*': the site is password-protected`,
        'i',
      ),
    );
    expect(() => parse({ 'cache-control': text })).toThrow(/^`cache-control`: line/);
  });
  it('rejects a line without a value, naming the line', () => {
    expect(() => parseCacheControl('*.css: max-age=60\n*.js')).toThrow(
      /`cache-control`: line 2: expected 'glob: value'/,
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
  it.each(cases)('%s against %s: %s, in both inputs', (key, glob, expected) => {
    expect(compileGlobs([glob])(key)).toBe(expected);
    const rules = parseCacheControl(`${glob}: max-age=1`);
    expect(rules[0]?.matches(key)).toBe(expected);
    expect(parse({ exclude: glob }).exclude).toEqual([glob]);
  });
});

describe('stack-name and the site bucket name', () => {
  // <stack-name>-site-<12-digit account>-<region> must fit in S3's 63 characters.
  it('accepts the longest stack-name that fits the region, refuses one more', () => {
    expect(maxStackNameForRegion('eu-central-1')).toBe(32);
    expect(parse({ 'stack-name': `a${'b'.repeat(31)}` }).stackName).toHaveLength(32);
    expect(() => parse({ 'stack-name': `a${'b'.repeat(32)}` })).toThrow(
      /^`stack-name`: 'ab+' is 33 characters; in eu-central-1 at most 32 fit, because the site bucket is named '<stack-name>-site-<account id>-eu-central-1'/,
    );
    const long = { 'stack-name': `a${'b'.repeat(30)}`, region: 'ap-southeast-1' };
    expect(() => parse(long)).toThrow(/`stack-name`: .* in ap-southeast-1 at most 30 fit/);
    // `sync` names no bucket after the stack: only the stack's own limits apply.
    expect(parse({ ...long, command: 'sync' }).stackName).toHaveLength(31);
  });
  it('refuses upper-case letters (bucket names are lower case)', () => {
    expect(() => parse({ 'stack-name': 'Docs' })).toThrow(
      /^`stack-name`: 'Docs' has upper-case letters/,
    );
  });
});

describe('access (issue 10)', () => {
  const USERS = 'alice:a\nbob:b\ncarol:c';

  it('is empty by default: every user reads everything', () => {
    expect(parse({}).access).toEqual([]);
  });

  it('parses NAMES: GLOBS lines into typed rules, with their line numbers', () => {
    const i = parse({
      'basic-auth-users': USERS,
      access: 'alice: /acme/**\n\nbob, carol: /globex/**, /shared/**\r\n*: /public/**',
    });
    expect(i.access).toEqual([
      { line: 1, users: ['alice'], globs: ['/acme/**'] },
      { line: 3, users: ['bob', 'carol'], globs: ['/globex/**', '/shared/**'] },
      { line: 4, users: ['*'], globs: ['/public/**'] },
    ]);
  });

  it.each([
    ['alice /acme/**', /^`access`: line 1: expected 'NAMES: GLOBS' \(no colon found\)/],
    ['alice: acme/**', /^`access`: line 1: glob 'acme\/\*\*' does not start with \//],
    ['alice: /acme/*.pdf', /^`access`: line 1: glob '\/acme\/\*\.pdf' has '\*\.pdf'/],
    ['alice: /acme/../x', /^`access`: line 1: glob '\/acme\/\.\.\/x' has a '\.\.' segment/],
    ['\n: /acme/**', /^`access`: line 2: no user name before the colon/],
    ['alice:', /^`access`: line 1: no glob after the colon/],
    ['alice: /a\nmallory: /b', /^`access`: line 2: no user is named 'mallory'/],
  ])('refuses %j, naming the input and the line', (access, message) => {
    expect(() => parse({ 'basic-auth-users': USERS, access })).toThrow(message);
  });

  it('leaves the user-name check to deploy when the users live in Secrets Manager', () => {
    expect(parse({ access: 'mallory: /m/**' }).access).toEqual([
      { line: 1, users: ['mallory'], globs: ['/m/**'] },
    ]);
  });
});

describe('share links (issue 12)', () => {
  it('defaults: no share links, no key rotation, no path, links for 7 days', () => {
    expect(parse({})).toMatchObject({
      shareLinks: false,
      shareKeyRotate: 'no',
      sharePath: undefined,
      expiresInSeconds: 7 * 86_400,
    });
  });

  it('reads share-links, share-key-rotate (true, false, revoke), path and expires-in', () => {
    expect(parse({ 'share-links': 'true' }).shareLinks).toBe(true);
    expect(parse({ 'share-key-rotate': 'true' }).shareKeyRotate).toBe('rotate');
    expect(parse({ 'share-key-rotate': 'false' }).shareKeyRotate).toBe('no');
    expect(parse({ 'share-key-rotate': 'revoke' }).shareKeyRotate).toBe('revoke');
    const share = parse({ command: 'share', path: '/docs/report.pdf', 'expires-in': '2h' });
    expect(share).toMatchObject({
      command: 'share',
      sharePath: 'docs/report.pdf',
      expiresInSeconds: 7200,
    });
    expect(parse({ command: 'share', path: 'docs//2026/' }).sharePath).toBe('docs/2026/');
    expect(parse({ command: 'share', path: 'a', 'expires-in': '30d' }).expiresInSeconds).toBe(
      30 * 86_400,
    );
  });

  it.each([
    [
      { 'share-key-rotate': 'yes' },
      /^`share-key-rotate`: expected true, false or revoke, got 'yes'/,
    ],
    [{ command: 'share' }, /^`path`: `command: share` needs/],
    [{ command: 'share', path: '/' }, /^`path`: '\/' would share the whole site/],
    [{ command: 'share', path: 'docs/../secret.pdf' }, /^`path`: .*'\.\.' segment/],
    [{ command: 'share', path: 'docs/*' }, /^`path`: .*'\*'/],
    [{ command: 'share', path: 'a\\b' }, /^`path`: .*backslash/],
    [{ command: 'share', path: '.secure-dist/manifest.json' }, /^`path`: '\.secure-dist\/'/],
    [{ command: 'share', path: 'a', 'expires-in': '31d' }, /^`expires-in`: must be at most 30d/],
    [{ command: 'share', path: 'a', 'expires-in': 'soon' }, /^`expires-in`: expected a duration/],
    [{ command: 'share', path: 'a', 'expires-in': '0' }, /^`expires-in`: must be longer than zero/],
  ])('refuses %j, naming the input', (values, message) => {
    expect(() => parse(values)).toThrow(message);
  });
});

describe('edge (issue 14): lambda or function, and the 128-bit password rule with function', () => {
  const STRONG = 'Q7vJ2mX9pL4sR8tK1wZ6yB3n'; // 24 characters from 3 classes: 148 estimated bits

  it('defaults to lambda and accepts function', () => {
    expect(parse({}).edge).toBe('lambda');
    expect(parse({ edge: 'function' }).edge).toBe('function');
    expect(parse({ edge: 'lambda' }).edge).toBe('lambda');
  });

  it.each(['Function', 'cloudfront-function', 'lambda@edge', 'both'])(
    'refuses %j, naming the input',
    (value) => {
      expect(() => parse({ edge: value })).toThrow(
        /^`edge`: expected lambda \(Lambda@Edge\) or function \(CloudFront Functions with a KeyValueStore\)/,
      );
    },
  );

  it('accepts strong passwords with function, and any password with lambda', () => {
    const users = `alice:${STRONG}\nbob:${STRONG.split('').reverse().join('')}`;
    expect(parse({ edge: 'function', 'basic-auth-users': users }).basicAuthUsers).toHaveLength(2);
    expect(parse({ 'basic-auth-users': 'alice:hunter2' }).basicAuthUsers).toHaveLength(1);
  });

  it.each([
    ['a short password', 'hunter2hunter2'],
    ['a phrase of lower-case letters', 'correcthorsebatterystaple'],
    ['a long run of one character', 'a'.repeat(60)],
  ])(
    'refuses %s with function, naming basic-auth-users and the user, never the password',
    (_what, password) => {
      let message = '';
      try {
        parse({ edge: 'function', 'basic-auth-users': `alice:${STRONG}\nbob:${password}` });
      } catch (e) {
        message = e instanceof Error ? e.message : String(e);
      }
      expect(message).toMatch(
        /^`basic-auth-users`: user 'bob': the password is too weak for `edge: function`/,
      );
      expect(message).toContain('128 bits');
      expect(message).not.toContain(password);
    },
  );

  it('every password rotate generates passes the rule', async () => {
    const { generatePassword } = await import('../src/rotate/password.js');
    const { functionPasswordProblem } = await import('../src/edge/function/store.js');
    for (let i = 0; i < 500; i++)
      expect(functionPasswordProblem(generatePassword())).toBeUndefined();
  });
});

describe('what the CloudFront Functions runtime does not do yet (issues 12 and 14)', () => {
  it.each([
    ['share-links', { 'share-links': 'true' }, /^`share-links`: share links need `edge: lambda`/],
    ['audit-log', { 'audit-log': 'true' }, /^`audit-log`: the audit trail needs `edge: lambda`/],
  ])('refuses %s with edge: function, naming the input', (_name, values, message) => {
    expect(() => parse({ edge: 'function', ...values })).toThrow(message);
    expect(() => parse(values)).not.toThrow();
  });
});
