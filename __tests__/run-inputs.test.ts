/**
 * The run inputs (issue 21): what belongs to one run of the action, read once; a site setting
 * passed as an input is refused with the key to set in the site file; the checks between the
 * run and the site file (`basic-auth-users` names exactly the file's users, `rotate-users` only
 * them). And the sandbox's ACCESS lines, which follow the site file's access rules.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkRunAgainstSite, readConfiguration } from '../src/run/configuration.js';
import { envInputSource, inputsFrom } from '../src/run/input-error.js';
import { parseRunInputs } from '../src/run/inputs.js';
import { RUN_INPUTS } from '../src/run/names.js';
import { parseBasicAuthUsers } from '../src/run/users.js';
import { SITE_SETTINGS } from '../src/site/validate.generated.js';
import { configFrom, messageOf, runFrom, siteFrom } from './helpers/site.js';

const parse = (values: Record<string, string>) => runFrom(values);

describe('parseRunInputs', () => {
  it('applies the documented defaults', () => {
    expect(parse({})).toMatchObject({
      command: 'deploy',
      config: 'secure-dist.yml',
      workspace: '/repo',
      roleToAssume: undefined,
      roleSessionName: 'secure-dist-42-1',
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
      basicAuthUsers: [],
      githubToken: undefined,
      rotateUsers: undefined,
      rotationGracePeriodSeconds: 3600,
      shareKeyRotate: 'no',
      sharePath: undefined,
      expiresInSeconds: 7 * 86_400,
      auditSinceSeconds: 7 * 86400,
      auditUser: undefined,
      auditPath: undefined,
      dryRun: false,
      outputDir: '/repo/secure-dist.out',
      commentOnPr: false,
      recreateFailedStack: false,
    });
  });

  it.each([
    [
      'command',
      'publish',
      /`command`: expected one of deploy, sync, plan, rotate, synth, share, audit, preview, preview-cleanup, got 'publish'/,
    ],
    ['role-to-assume', 'my-role', /`role-to-assume`: expected an IAM role ARN/],
    ['role-session-name', 'x', /`role-session-name`: expected 2 to 64 characters/],
    [
      'role-duration-seconds',
      '600',
      /`role-duration-seconds`: expected a whole number from 900 to 43200, got 600/,
    ],
    ['rotation-grace-period', 'an hour', /`rotation-grace-period`: expected a duration/],
    ['dry-run', 'yes', /`dry-run`: expected true or false, got 'yes'/],
    ['comment-on-pr', 'on', /`comment-on-pr`: expected true or false, got 'on'/],
    ['recreate-failed-stack', '1', /`recreate-failed-stack`: expected true or false, got '1'/],
  ])('names the input %s in the error for %j', (name, value, message) => {
    expect(() => parse({ [name]: value })).toThrow(message);
  });

  it('reads inputs as the runner passes them (INPUT_ upper case, spaces as _)', () => {
    const get = envInputSource({ INPUT_CONFIG: ' site.yml ', INPUT_DRY_RUN: 'x' });
    expect(get('config')).toBe(' site.yml ');
    expect(get('dry-run')).toBeUndefined(); // the runner keeps the hyphen
    expect(parseRunInputs(get, { workspace: '/repo' }).config).toBe('site.yml');
  });

  it('accepts a role ARN, a config path and the operands of each command', () => {
    const i = parse({
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      config: 'sites/docs.yml',
      'output-dir': 'out',
      'dry-run': 'true',
      'recreate-failed-stack': 'TRUE',
    });
    expect(i).toMatchObject({
      roleToAssume: 'arn:aws:iam::123456789012:role/deploy',
      config: 'sites/docs.yml',
      outputDir: '/repo/out',
      dryRun: true,
      recreateFailedStack: true,
    });
  });

  it('action.yml declares exactly the run inputs', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse: parseYaml } = await import('yaml');
    const { REPO_ROOT } = await import('./helpers/s3-server.js');
    const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(action.inputs).sort()).toEqual([...RUN_INPUTS].sort());
    // No name is both: a site setting and a run input.
    expect(SITE_SETTINGS.filter((s) => RUN_INPUTS.some((r) => String(r) === s))).toEqual([]);
  });
});

describe('a site setting passed as an input (issue 21)', () => {
  it('is refused, naming the key to set in the site file the run reads', () => {
    expect(messageOf(() => parse({ 'content-dir': 'example' }))).toBe(
      '`content-dir` moved to secure-dist.yml: set `content-dir:` there, not as an input of the step\n' +
        "(secure-dist.yml describes the site for every command; the step's inputs are only what belongs to one run.)",
    );
  });

  it('names every one of them, and the config file the step names', () => {
    const message = messageOf(() =>
      parse({ config: 'sites/docs.yml', access: 'alice: /a/**', 'stack-name': 'docs', region: '' }),
    );
    expect(message.split('\n').slice(0, 3)).toEqual([
      '`stack-name` moved to sites/docs.yml: set `stack-name:` there, not as an input of the step',
      '`region` moved to sites/docs.yml: set `region:` there, not as an input of the step',
      '`access` moved to sites/docs.yml: set `access:` there, not as an input of the step',
    ]);
  });

  it('every site setting is refused, and no run input is', () => {
    for (const setting of SITE_SETTINGS) {
      expect(() => parse({ [setting]: 'x' })).toThrow(new RegExp(`^\`${setting}\` moved to`));
    }
    expect(() =>
      parse({ command: 'audit', since: '1d', user: 'alice', path: '/docs/', 'expires-in': '1h' }),
    ).not.toThrow();
  });
});

describe('the audit operands (issue 12)', () => {
  it('reads command audit and its filters', () => {
    const i = parse({ command: 'audit', since: '90d', user: 'Zoe\u0308', path: '/reports/' });
    expect(i).toMatchObject({
      command: 'audit',
      auditSinceSeconds: 90 * 86400,
      auditUser: 'Zoë',
      auditPath: '/reports/',
    });
    expect(parse({ user: 'share:K2JCJMDEHXQW5F' }).auditUser).toBe('share:K2JCJMDEHXQW5F');
    expect(parse({ since: '3653d' }).auditSinceSeconds).toBe(3653 * 86400);
  });

  it.each([
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

describe('the share operands (issue 12)', () => {
  it('reads share-key-rotate (true, false, revoke), path and expires-in', () => {
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

describe('parseBasicAuthUsers', () => {
  it('splits on the first colon: passwords may contain colons and spaces', () => {
    expect(parseBasicAuthUsers('alice:pa:ss word \nbob:x\r\n\n')).toEqual([
      { user: 'alice', password: 'pa:ss word ' },
      { user: 'bob', password: 'x' },
    ]);
    expect(parse({ 'basic-auth-users': 'alice:ends with a space ' }).basicAuthUsers).toEqual([
      { user: 'alice', password: 'ends with a space ' },
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
    const text = messageOf(() => parseBasicAuthUsers(raw));
    expect(text).toMatch(message);
    expect(text).toMatch(/^`basic-auth-users`: /);
    for (const secret of ['secret1', 'three', 'bad', 'one', 'two'])
      expect(text).not.toContain(secret);
  });
});

describe('the run against the site file', () => {
  const STRONG = 'Q7vJ2mX9pL4sR8tK1wZ6yB3n'; // 24 characters from 3 classes: 148 estimated bits

  it('basic-auth-users must name exactly the users of the file: the extra and the missing names, never a password', () => {
    const message = messageOf(() =>
      configFrom(
        { users: ['alice', 'carol'] },
        { 'basic-auth-users': 'alice:pw-alice-1\nbob:pw-bob-2' },
      ),
    );
    expect(message).toBe(
      "`basic-auth-users`: must name exactly the users of `users` in secure-dist.yml; it has 'bob', which " +
        "`users` does not list (add the name there); it has no password for 'carol', whom `users` lists " +
        '(add a line to the secret, or remove the name)',
    );
    expect(message).not.toContain('pw-');
    expect(
      configFrom({ users: ['bob', 'alice'] }, { 'basic-auth-users': 'alice:a\nbob:b' }).run
        .basicAuthUsers,
    ).toHaveLength(2);
  });

  it('sync, share and audit do not read the passwords: no check', () => {
    const site = siteFrom({ users: ['alice'] }, { command: 'sync' });
    expect(() =>
      checkRunAgainstSite(runFrom({ command: 'sync', 'basic-auth-users': 'bob:x' }), site),
    ).not.toThrow();
  });

  it('edge: function takes strong passwords only, naming basic-auth-users and the user, never the password', () => {
    const users = `alice:${STRONG}\nbob:${STRONG.split('').reverse().join('')}`;
    expect(
      configFrom({ edge: 'function' }, { 'basic-auth-users': users }).run.basicAuthUsers,
    ).toHaveLength(2);
    expect(configFrom({}, { 'basic-auth-users': 'alice:hunter2' }).run.basicAuthUsers).toHaveLength(
      1,
    );
    for (const password of ['hunter2hunter2', 'correcthorsebatterystaple', 'a'.repeat(60)]) {
      const message = messageOf(() =>
        configFrom(
          { edge: 'function' },
          { 'basic-auth-users': `alice:${STRONG}\nbob:${password}` },
        ),
      );
      expect(message).toMatch(
        /^`basic-auth-users`: user 'bob': the password is too weak for `edge: function`/,
      );
      expect(message).toContain('128 bits');
      expect(message).not.toContain(password);
    }
  });

  it('every password rotate generates passes the rule', async () => {
    const { generatePassword } = await import('../src/rotate/password.js');
    const { functionPasswordProblem } = await import('../src/edge/function/store.js');
    for (let i = 0; i < 500; i++)
      expect(functionPasswordProblem(generatePassword())).toBeUndefined();
  });

  it('rotate-users names only users of the file', () => {
    expect(
      configFrom({ users: ['alice', 'bob'] }, { command: 'rotate', 'rotate-users': 'bob' }).run
        .rotateUsers,
    ).toEqual(['bob']);
    expect(
      messageOf(() =>
        configFrom({ users: ['alice'] }, { command: 'rotate', 'rotate-users': 'bob, carol' }),
      ),
    ).toBe(
      "`rotate-users`: 'bob', 'carol' are not among the `users` of secure-dist.yml (alice): add a new user there, " +
        'and rotate adds them with a generated password',
    );
  });

  it('readConfiguration reads the file the config input names, relative to the workspace', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'run-config-'));
    try {
      writeFileSync(path.join(ws, 'docs.yml'), 'stack-name: docs\nusers: [alice]\n');
      const { site, run } = readConfiguration(
        inputsFrom({ command: 'synth', config: 'docs.yml', 'basic-auth-users': 'alice:pw' }),
        { workspace: ws },
      );
      expect(site).toMatchObject({
        file: 'docs.yml',
        stackName: 'docs',
        contentDir: path.join(ws, 'content'),
      });
      expect(run.command).toBe('synth');
      expect(() => readConfiguration(inputsFrom({}), { workspace: ws })).toThrow(
        /^secure-dist\.yml: no such file in the workspace/,
      );
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
