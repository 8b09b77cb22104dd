/**
 * The names the action's interface is made of: its commands and its run inputs (action.yml's
 * inputs, the only ones a step may pass; every site setting is in secure-dist.yml).
 */

export const COMMANDS = [
  'deploy',
  'sync',
  'plan',
  'rotate',
  'synth',
  'share',
  'audit',
  'preview',
  'preview-cleanup',
] as const;
export type Command = (typeof COMMANDS)[number];

/** action.yml's inputs: what belongs to one run. */
export const RUN_INPUTS = [
  'command',
  'config',
  'role-to-assume',
  'role-session-name',
  'role-duration-seconds',
  'audience',
  'basic-auth-users',
  'github-token',
  'path',
  'expires-in',
  'since',
  'user',
  'rotate-users',
  'rotation-grace-period',
  'end-sessions',
  'share-key-rotate',
  'dry-run',
  'output-dir',
  'comment-on-pr',
  'recreate-failed-stack',
] as const;
export type RunInputName = (typeof RUN_INPUTS)[number];

/** Where the site file is when the `config` input is not set. */
export const DEFAULT_CONFIG = 'secure-dist.yml';
