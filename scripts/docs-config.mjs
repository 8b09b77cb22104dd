#!/usr/bin/env node
// Writes docs/configuration.md, the configuration reference, from the two sources of truth:
// src/site/schema.json (every setting of secure-dist.yml: description, default, what it allows)
// and action.yml (every input and output of the action). What neither source holds is below, in
// one place: which commands read each setting and input, how the inputs are grouped, and links
// to the page that explains a setting. A setting or input missing there, or one that no longer
// exists, stops the script, so the reference always lists exactly what the sources declare.
//
//   npm run docs                             write docs/configuration.md
//   node scripts/docs-config.mjs --check     exit 1 if the committed file differs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { writeOrCheck } from './generated-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'configuration.md');
const schema = JSON.parse(readFileSync(join(root, 'src', 'site', 'schema.json'), 'utf8'));
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));

const SOME = 'deploy, sync, plan, rotate, share, audit, preview, preview-cleanup';
const EDGE = 'deploy, plan, rotate, synth';

/** The commands that read each setting of the site file. */
const SETTING_USED_BY = {
  'stack-name': 'all',
  region: 'all',
  'content-dir': 'deploy, sync, plan, synth, preview',
  exclude: 'deploy, sync, plan, synth, preview',
  'cache-control': 'deploy, sync, plan, preview',
  delete: 'deploy, sync, plan, preview',
  'max-delete': 'deploy, sync, plan, preview',
  listing: 'deploy, sync, plan, preview',
  users: EDGE,
  access: EDGE,
  'automation-tokens': EDGE,
  previews: 'deploy, plan, synth, preview, preview-cleanup',
  realm: EDGE,
  edge: EDGE,
  login: EDGE,
  'session-lifetime': EDGE,
  'edge-runtime': EDGE,
  'rate-limit': EDGE,
  'domain-name': EDGE,
  'certificate-arn': EDGE,
  'share-links': EDGE,
  'audit-log': EDGE,
  'trusted-pages': EDGE,
  'audit-retention-days': 'deploy',
  invalidate: 'deploy, sync, preview, preview-cleanup',
  'wait-for-invalidation': 'deploy, sync, preview',
  'invalidation-timeout': 'deploy, sync, preview',
  verify: 'deploy, sync, plan, preview',
  'verify-stacks': 'deploy, rotate',
  concurrency: 'deploy, sync, plan, preview',
  'stack-timeout': 'deploy, plan, rotate',
  'permissions-boundary': EDGE,
  'cloudformation-role': 'deploy, rotate',
  bucket: 'sync, preview, preview-cleanup',
  'distribution-id': 'sync, preview, preview-cleanup',
};

/** What a setting without a default means when it is left out. */
const NO_DEFAULT = {
  'domain-name': 'none',
  'certificate-arn': 'none',
  bucket: 'from the site stack',
  'distribution-id': 'from the site stack',
};

/** The page that explains a setting, where one does. */
const SEE = {
  'stack-name': ['the limits on its length', 'troubleshooting.md#limits'],
  exclude: ['globs', 'sync.md#the-bucket-snapshot'],
  'cache-control': ['the defaults and why `private`', 'sync.md#the-bucket-snapshot'],
  'max-delete': ['how a sync works', 'sync.md'],
  listing: ['folder listings', 'sync.md#folder-listings-listing'],
  users: ['passwords and rotation', 'operations.md#passwords-and-rotation'],
  access: ['access rules and home pages', 'access.md'],
  'automation-tokens': ['automation tokens', 'access.md#automation-tokens'],
  edge: ['choosing the edge runtime', 'runtimes.md'],
  login: ['sign-in sessions', 'design-sessions.md'],
  'session-lifetime': ['what ends a session', 'design-sessions.md'],
  'rate-limit': ['rate limiting', 'security.md#rate-limiting-aws-waf'],
  'domain-name': ['custom domain', 'setup.md#custom-domain'],
  'share-links': ['share a file', 'operations.md#share-a-file'],
  'audit-log': ['who downloaded what', 'operations.md#who-downloaded-what'],
  'trusted-pages': ['a published file cannot act as its viewer', 'security.md'],
  invalidate: ['invalidation rule', 'sync.md#invalidation-rule'],
  verify: ['the git fast path', 'sync.md#the-git-fast-path-verify'],
  bucket: ['sync into an existing bucket', 'sync.md#sync-into-an-existing-bucket-no-stacks'],
  previews: ['pull-request previews', 'previews.md'],
};

/** The inputs, grouped by the commands that read them: heading, then input ⇒ used by. */
const INPUT_GROUPS = [
  [
    'The site file and the AWS credentials (all commands)',
    {
      command: 'all',
      config: 'all',
      'role-to-assume': SOME,
      'role-session-name': SOME,
      'role-duration-seconds': SOME,
      audience: SOME,
    },
  ],
  [
    'Users, stacks and dry runs (deploy, plan, rotate, synth, sync, preview, preview-cleanup)',
    {
      'basic-auth-users': EDGE,
      'recreate-failed-stack': 'deploy, rotate',
      'dry-run': 'sync, preview, preview-cleanup',
    },
  ],
  [
    'Rotation (rotate)',
    { 'rotate-users': 'rotate', 'rotation-grace-period': 'rotate', 'end-sessions': 'rotate' },
  ],
  [
    'Pull-request plans and previews (plan, preview, preview-cleanup)',
    { 'github-token': 'plan, preview, preview-cleanup', 'comment-on-pr': 'plan' },
  ],
  ['Share-link keys (deploy, rotate)', { 'share-key-rotate': 'deploy, rotate' }],
  [
    'Making a link, reading the trail (share, audit)',
    { path: 'share, audit', 'expires-in': 'share', since: 'audit', user: 'audit' },
  ],
  ['Files the action writes (synth, audit)', { 'output-dir': 'synth, audit' }],
];

/** Stops when `table` does not name exactly the `declared` keys of `source`. */
function sameKeys(what, source, declared, table) {
  const missing = declared.filter((k) => !table.includes(k));
  const extra = table.filter((k) => !declared.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `docs-config: ${what} of ${source} and the tables of scripts/docs-config.mjs differ: ` +
        `${missing.length > 0 ? `not described here: ${missing.join(', ')}` : ''}` +
        `${missing.length > 0 && extra.length > 0 ? '; ' : ''}` +
        `${extra.length > 0 ? `no longer in ${source}: ${extra.join(', ')}` : ''}`,
    );
  }
}

const settings = Object.keys(schema.properties);
sameKeys('the settings', 'src/site/schema.json', settings, Object.keys(SETTING_USED_BY));
const inputs = Object.keys(action.inputs);
sameKeys(
  'the inputs',
  'action.yml',
  inputs,
  INPUT_GROUPS.flatMap(([, group]) => Object.keys(group)),
);

/** Text for a Markdown table cell: characters Markdown or HTML would read are escaped. */
const cell = (text) => String(text).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
const code = (text) => `\`${text}\``;

function settingDefault(name, s) {
  if (!('default' in s)) return NO_DEFAULT[name] ?? 'none';
  const d = s.default;
  if (Array.isArray(d) ? d.length === 0 : typeof d === 'object' && Object.keys(d).length === 0)
    return 'empty';
  return code(String(d));
}

function settingRow(name) {
  const s = schema.properties[name];
  const allowed = s['x-allowed'] === undefined ? '' : ` Allowed: ${cell(s['x-allowed'])}.`;
  const see = SEE[name] === undefined ? '' : ` See [${SEE[name][0]}](${SEE[name][1]}).`;
  return `| ${code(name)} | ${settingDefault(name, s)} | ${SETTING_USED_BY[name]} | ${cell(s.description)}${allowed}${see} |`;
}

function inputRow(name, usedBy) {
  const i = action.inputs[name];
  const fallback = i.default === '' ? 'empty' : code(i.default);
  return `| ${code(name)} | ${fallback} | ${usedBy} | ${cell(i.description)} |`;
}

const lines = [
  '<!-- Generated by scripts/docs-config.mjs from src/site/schema.json and action.yml: do not edit, run `npm run docs`. -->',
  '',
  '# Configuration reference',
  '',
  'A site is one file, `secure-dist.yml`; a workflow step passes only what belongs to one run.',
  'This page lists [every setting of the file](#the-site-file), [every input](#inputs) and',
  '[every output](#outputs) of the action. It is generated from',
  '[`src/site/schema.json`](../src/site/schema.json) and [`action.yml`](../action.yml) by',
  '`npm run docs`, and a test fails when it differs from them.',
  '',
  '## The site file',
  '',
  '`secure-dist.yml` at the repository root (the `config` input names another path, relative to',
  'the workspace) describes the site, and every command reads it — deploy, sync, plan, rotate,',
  'share, audit, synth — so the publish, rotate and plan workflows cannot disagree about it.',
  'Passwords never go in it. Its JSON Schema is [`src/site/schema.json`](../src/site/schema.json):',
  'an editor with the YAML language server checks the file as you type, given the line',
  '`# yaml-language-server: $schema=…` at its top ([`secure-dist.yml`](../secure-dist.yml) here',
  'points at the schema by its path in this repository). A mistake is an error that names the',
  'file, the line and the key and says what is allowed',
  "(`secure-dist.yml:14: access.alice: '/acme/**x' is not a valid glob (...)`), every mistake of",
  'the file at once; a setting passed to the step as an input is refused, naming the key to set in',
  "the file. Deploy records the file's fingerprint (SHA-256 of its settings) on the site stack as",
  'the tag `secure-dist:config`; `plan` and `rotate` say (a warning and a line in the summary)',
  'when the file at their commit differs from the one the site was deployed with. A change of the',
  'file that no template sees (say `listing`) gives the site stack a tags-only update.',
  '',
  'The "used by" column says which values of the `command` input read each setting; `all` means',
  'every command.',
  '',
  '| setting | default | used by | meaning |',
  '| --- | --- | --- | --- |',
  ...settings.map(settingRow),
  '',
  '## Inputs',
  '',
  'The inputs are only what belongs to one run: the site is the site file (above). They are',
  'grouped by the commands that read them. The "used by" column says which values of `command`',
  'read each input; `all` means every command. A default in backticks is the one `action.yml`',
  'declares; "empty" means the input is empty by default, and its description says what applies',
  'then.',
  '',
];
for (const [heading, group] of INPUT_GROUPS) {
  lines.push(
    `### ${heading}`,
    '',
    '| input | default | used by | meaning |',
    '| --- | --- | --- | --- |',
  );
  for (const [name, usedBy] of Object.entries(group)) lines.push(inputRow(name, usedBy));
  lines.push('');
}
lines.push(
  '## Outputs',
  '',
  '| output | meaning |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(
    ([name, o]) => `| ${code(name)} | ${cell(o.description)} |`,
  ),
  '',
  'Every run writes a job summary: a table (uploaded, metadata updated, deleted, unchanged, bytes,',
  'time), the first changed keys, and the invalidation.',
  '',
);

const text = await prettier.format(lines.join('\n'), {
  ...(await prettier.resolveConfig(out)),
  filepath: out,
});
writeOrCheck(
  'docs-config',
  out,
  'docs/configuration.md',
  Buffer.from(text),
  'wrote docs/configuration.md',
);
