/**
 * The rotation code is split along the seams a reader looks for: the secret's format, the
 * `rotate-users` input, the plan, what the edge function gets, the rules for names and
 * passwords. `src/rotate/users.ts` keeps re-exporting everything it exported before the split,
 * so callers that import the whole rotation keep working.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as edgeCredentials from '../src/rotate/edge-credentials.js';
import * as plan from '../src/rotate/plan.js';
import * as rotateUsers from '../src/rotate/rotate-users.js';
import * as rules from '../src/rotate/rules.js';
import * as format from '../src/rotate/secret-format.js';
import * as mask from '../src/rotate/secret-mask.js';
import * as users from '../src/rotate/users.js';

const dir = path.join(process.cwd(), 'src', 'rotate');
const source = (file: string): string => readFileSync(path.join(dir, file), 'utf8');

describe('src/rotate', () => {
  it('puts each concern in the module named for it', () => {
    expect(Object.keys(format)).toEqual(
      expect.arrayContaining([
        'USERS_SECRET_VERSION',
        'SECRET_STRING_LIMIT',
        'EMPTY_USERS',
        'UsersSecretFormatError',
        'parseUsersSecret',
        'validateUsersState',
        'serializeUsersSecret',
      ]),
    );
    expect(Object.keys(mask)).toEqual(['secretStrings']);
    expect(Object.keys(rotateUsers)).toEqual(['parseRotateUsers']);
    expect(Object.keys(plan).sort()).toEqual(['planRotation', 'pruneExpired']);
    expect(Object.keys(edgeCredentials).sort()).toEqual([
      'credentialsDuringRotation',
      'credentialsForEdge',
      'introducesPasswords',
      'sameCredentials',
    ]);
    expect(Object.keys(rules)).toEqual(
      expect.arrayContaining(['userNameProblem', 'passwordProblem', 'RotationError']),
    );
  });

  it('users.ts still exports everything it did before the split, the same objects', () => {
    const before = [
      'USERS_SECRET_VERSION',
      'SECRET_STRING_LIMIT',
      'EMPTY_USERS',
      'UsersSecretFormatError',
      'RotationError',
      'parseUsersSecret',
      'validateUsersState',
      'serializeUsersSecret',
      'passwordsOf',
      'sameUsersState',
      'parseRotateUsers',
      'planRotation',
      'pruneExpired',
      'credentialsForEdge',
      'credentialsDuringRotation',
      'introducesPasswords',
      'sameCredentials',
    ];
    const all: Record<string, unknown> = {
      ...format,
      ...mask,
      ...rotateUsers,
      ...plan,
      ...edgeCredentials,
      ...rules,
    };
    const exported: Record<string, unknown> = { ...users };
    for (const name of before) {
      expect({ name, same: name in exported && exported[name] === all[name] }).toEqual({
        name,
        same: true,
      });
    }
    // users.ts is only the index: no logic of its own.
    expect(source('users.ts').replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(
      /\bfunction\b|\bclass\b|=>/,
    );
  });

  it('keeps every module short, pure, and layered (rules ← mask ← format ← plan ← edge)', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = source(file);
      expect({ file, lines: text.split('\n').length <= 300 }).toEqual({ file, lines: true });
      expect({
        file,
        io: /from '(@aws-sdk|@actions|node:fs|node:child_process)/.test(text),
      }).toEqual({
        file,
        io: false,
      });
    }
    const imports = (file: string): string[] =>
      [...source(file).matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => m[1] ?? '');
    expect(imports('rules.ts')).toEqual([]);
    expect(imports('secret-format.ts').sort()).toEqual(['rules', 'secret-mask', 'stored-tokens']);
    expect(imports('stored-tokens.ts')).toEqual(['rules']);
    expect(imports('secret-mask.ts')).toEqual(['rules']);
    expect(imports('plan.ts').sort()).toEqual([
      'end-sessions',
      'rules',
      'secret-format',
      'session-ids',
    ]);
    expect(imports('end-sessions.ts')).toEqual(['rules']);
    expect(imports('session-ids.ts')).toEqual([]);
    expect(imports('edge-credentials.ts').sort()).toEqual(['plan', 'secret-format']);
  });
});
