/**
 * Everything the documentation (README.md, docs/ and CONTRIBUTING.md) shows is checked (issue 21):
 *
 * - every fenced block says its language, and a language these tests read;
 * - ```yaml: a workflow (GitHub's own parser loads it: workflows.test.ts), a site file (the
 *   action's loader, src/site/load.ts, reads it) or steps (this action's steps pass only inputs
 *   action.yml declares, and a `command` the action has); nothing else;
 * - ```json: an audit line the audit reader accepts; ```gitattributes: git reads it so;
 * - ```sh blocks, and code spans that start with a program (`aws …`, `npm …`): parsed as a shell
 *   would (helpers/shell.ts), every command well-formed (helpers/doc-commands.ts: scripts and
 *   files exist, `aws` operations and options against the AWS SDK's models, `gh` against its
 *   manual), every bootstrap command's parameters accepted by cloudformation/bootstrap.yaml;
 * - commands that can run here do: the `npm start` lines (the sandbox, stopped after a second),
 *   the S3 server of the local-action recipe; `npm ci`, `npm test` and `npm run …` are not run
 *   from inside the tests (their scripts must exist), nor `gh` and `aws` (no network);
 * - the README's quick start is what `init` prints: its commands, for the repository it names,
 *   are init's output (run in-process on such a repository, helpers/cli.ts), its options the
 *   CLI's `--help`, and `check` and `preview` pass on what init wrote;
 * - every relative link of the Markdown files points at a file, and a heading, that exist, and
 *   every pointer of src/ at a docs/ page names words that page holds;
 * - docs/configuration.md is what scripts/docs-config.mjs generates.
 *
 * A failure names the file and line of the block.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseAuditLine } from '../src/edge/core/audit.js';
import { COMMANDS } from '../src/run/names.js';
import { loadSite, parseSite } from '../src/site/load.js';
import {
  CLI_PACKAGE,
  CLI_VERBS,
  PROGRAMS,
  bootstrapParameters,
  commandProblems,
  isBootstrapDeploy,
} from './helpers/doc-commands.js';
import { parameterProblems } from './helpers/template-resolve.js';
import { bootstrapTemplate } from './helpers/iam.js';
import {
  codeBlocks,
  codeSpans,
  documentationFiles,
  headingAnchors,
  links,
  type CodeBlock,
} from './helpers/markdown.js';
import { isWorkflow } from './helpers/markdown-workflows.js';
import { cli, type CliRun } from './helpers/cli.js';
import { runProcess } from './helpers/runner.js';
import { REPO_ROOT } from './helpers/s3-server.js';
import { shellCommands, type ShellCommand } from './helpers/shell.js';
import { waitFor } from './helpers/wait.js';

type Yaml = Record<string, unknown>;
const isRecord = (v: unknown): v is Yaml =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Yaml => (isRecord(v) ? v : {});

/** README.md, docs/, and CONTRIBUTING.md (its development commands). */
const files = [...documentationFiles(), 'CONTRIBUTING.md'];
const blocks = files.flatMap(codeBlocks);
const action = record(parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')));
const declaredInputs = Object.keys(record(action.inputs));

/** The languages a block may have, and what is checked for each. */
const LANGUAGES = ['yaml', 'sh', 'json', 'gitattributes', 'text'];

const byLang = (lang: string): CodeBlock[] => blocks.filter((b) => b.lang === lang);

/** A command with where it is shown. */
interface ShownCommand {
  readonly where: string;
  readonly command: ShellCommand;
}

/** A command and the commands of its `$(…)`, nested ones included. */
const withSubstitutions = (c: ShellCommand): ShellCommand[] => [
  c,
  ...c.substitutions.flatMap(withSubstitutions),
];

/** The commands of the ```sh blocks, with the line of each. */
const blockCommands: ShownCommand[] = byLang('sh').flatMap((b) =>
  shellCommands(b.text, b.firstLine)
    .flatMap(withSubstitutions)
    .map((command) => ({ where: `${b.file}:${command.line}`, command })),
);

/** The programs that make a code span a command (`cp -p` in prose names an option). */
const SPAN_PROGRAMS = PROGRAMS.filter((p) => p !== 'cp' && p !== 'sudo');

/**
 * The code spans that are commands: they start with a program `commandProblems` knows (after
 * `NAME=value` assignments). A `<placeholder>` in a span stands for a value: it is read as one
 * word (a shell would read `<` as a redirection).
 */
const spanCommands: ShownCommand[] = files
  .flatMap(codeSpans)
  .filter((s) => {
    const program = s.text.replace(/^(?:[A-Za-z_]\w*=\S*\s+)*/, '').split(/\s/)[0] ?? '';
    return SPAN_PROGRAMS.includes(program) && /\s/.test(s.text.trim());
  })
  .flatMap((s) =>
    shellCommands(
      s.text.replace(/\s+/g, ' ').replace(/<([A-Za-z][\w -]*)>/g, (_, name: string) => name),
      s.line,
    )
      .flatMap(withSubstitutions)
      .map((command) => ({ where: s.where, command })),
  );

/** This action's steps in a list of steps: `uses: ./` or `…/secure-dist-action@…`. */
const actionSteps = (steps: unknown): Yaml[] =>
  (Array.isArray(steps) ? steps : [])
    .map(record)
    .filter(
      (s) =>
        s.uses === './' || (typeof s.uses === 'string' && /\/secure-dist-action@/.test(s.uses)),
    );

/** Problems of this action's steps: inputs action.yml does not declare, an unknown command. */
function stepProblems(steps: unknown): string[] {
  return actionSteps(steps).flatMap((s) => {
    const given = record(s.with);
    const undeclared = Object.keys(given)
      .filter((k) => !declaredInputs.includes(k))
      .map((k) => `input '${k}' is not in action.yml (a site setting goes in secure-dist.yml)`);
    const command = given.command;
    const commandOk =
      command === undefined || COMMANDS.some((c) => c === command)
        ? []
        : [`command '${String(command)}' is not one of ${COMMANDS.join(', ')}`];
    return [...undeclared, ...commandOk];
  });
}

type YamlKind = 'workflow' | 'steps' | 'site';

/** What a ```yaml block is, and what is wrong with it as that. */
function checkYaml(block: CodeBlock): { kind: YamlKind; problems: string[] } {
  const doc: unknown = parse(block.text);
  if (isWorkflow(doc)) {
    const steps = Object.values(record(doc.jobs)).flatMap((job) => {
      const s = record(job).steps;
      return Array.isArray(s) ? s : [];
    });
    return { kind: 'workflow', problems: stepProblems(steps) };
  }
  if (Array.isArray(doc) && doc.length > 0) {
    const notSteps = doc.filter((s) => !isRecord(s) || !('uses' in s || 'run' in s));
    return {
      kind: 'steps',
      problems: [
        ...(notSteps.length > 0 ? ['a list whose items are not all steps (uses: or run:)'] : []),
        ...stepProblems(doc),
      ],
    };
  }
  // A whole file, as every command reads it; one shown for one command says so in its first
  // line (`# secure-dist.yml, read by command: sync`) and is read as that command reads it.
  const forCommand = /^#[^\n]*\bcommand: (\w+)/.exec(block.text)?.[1];
  const command = COMMANDS.find((c) => c === forCommand);
  if (forCommand !== undefined && command === undefined) {
    return { kind: 'site', problems: [`'command: ${forCommand}' is not a command`] };
  }
  try {
    parseSite(block.text, 'secure-dist.yml', { workspace: REPO_ROOT, command });
    return { kind: 'site', problems: [] };
  } catch (e) {
    return { kind: 'site', problems: [e instanceof Error ? e.message : String(e)] };
  }
}

describe("the documentation's code blocks", () => {
  it('the documentation has blocks of every kind these tests read', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/setup.md']));
    const kinds = new Set(byLang('yaml').map((b) => checkYaml(b).kind));
    expect([...kinds].sort()).toEqual(['site', 'steps', 'workflow']);
    expect(byLang('sh').length).toBeGreaterThan(0);
  });

  it('every block says its language, one these tests read', () => {
    const unread = blocks
      .filter((b) => b.lang === undefined || !LANGUAGES.includes(b.lang))
      .map((b) => `${b.where}: ${b.lang ?? 'no language'}`);
    expect(unread).toEqual([]);
  });

  it.each(byLang('yaml').map((b) => [b.where, b] as const))(
    'the yaml block at %s is a workflow, a site file the loader reads, or steps of this action',
    (_where, block) => {
      expect(checkYaml(block).problems).toEqual([]);
    },
  );

  it.each(byLang('json').map((b) => [b.where, b] as const))(
    'the json block at %s is an audit line the audit reader accepts',
    (_where, block) => {
      const shown: unknown = JSON.parse(block.text);
      expect(parseAuditLine(JSON.stringify(shown))).toEqual(shown);
    },
  );

  it.each(byLang('gitattributes').map((b) => [b.where, b] as const))(
    'the gitattributes block at %s is read by git as it says (-text: no line-ending conversion)',
    (_where, block) => {
      const repo = mkdtempSync(path.join(tmpdir(), 'docs-gitattributes-'));
      try {
        writeFileSync(path.join(repo, '.gitattributes'), `* text=auto\n${block.text}\n`);
        spawnSync('git', ['init', '-q'], { cwd: repo });
        const pattern = (block.text.split(/\s/)[0] ?? '').replace('**', 'a/b.html');
        const res = spawnSync('git', ['check-attr', 'text', '--', pattern], {
          cwd: repo,
          encoding: 'utf8',
        });
        expect(res.stdout.trim()).toBe(`${pattern}: text: unset`);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    },
  );
});

describe("the documentation's commands", () => {
  it('finds the commands of the sh blocks and the code spans', () => {
    expect(blockCommands.length).toBeGreaterThan(10);
    expect(spanCommands.length).toBeGreaterThan(10);
    // The README's two commands for this repository, and the CLI's quick start.
    const readme = blockCommands.filter((c) => c.where.startsWith('README.md:'));
    expect(readme.map((c) => c.command.argv.join(' '))).toEqual(
      expect.arrayContaining(['npm ci', 'npm test', 'npm start', `npx ${CLI_PACKAGE} init`]),
    );
  });

  it('every sh block is read as a shell reads it', () => {
    const unread = byLang('sh').flatMap((b) => {
      try {
        shellCommands(b.text, b.firstLine);
        return [];
      } catch (e) {
        return [`${b.file}: ${e instanceof Error ? e.message : String(e)}`];
      }
    });
    expect(unread).toEqual([]);
  });

  it.each(
    [...blockCommands, ...spanCommands].map((c) => [c.where, c.command.argv.join(' '), c] as const),
  )('the command at %s is well-formed: %s', (_where, _text, shown) => {
    expect(commandProblems(shown.command)).toEqual([]);
  });

  it('every bootstrap command gives parameters cloudformation/bootstrap.yaml accepts', () => {
    const bootstraps = [...blockCommands, ...spanCommands].filter((c) =>
      isBootstrapDeploy(c.command),
    );
    // The quick start's (what init prints) and the setup by hand.
    expect(bootstraps.map((c) => c.where.split(':')[0])).toEqual(['README.md', 'docs/setup.md']);
    for (const { where, command } of bootstraps) {
      expect({
        where,
        problems: parameterProblems(bootstrapTemplate, bootstrapParameters(command)),
      }).toEqual({ where, problems: [] });
      // IAM resources with names: CloudFormation refuses the stack without this capability.
      expect(command.argv).toContain('CAPABILITY_NAMED_IAM');
    }
  });

  const cliChecks = blockCommands.filter(
    (c) =>
      c.command.argv[0] === 'npx' &&
      c.command.argv[1] === CLI_PACKAGE &&
      c.command.argv[2] === 'check',
  );

  it(`npx ${CLI_PACKAGE} check: the CLI passes on this repository's own site and workflows`, async () => {
    expect(cliChecks.length).toBeGreaterThan(0);
    const res = await cli(['check'], REPO_ROOT);
    expect({ code: res.code, err: res.err }).toEqual({ code: 0, err: '' });
  });

  it('the CLI options the documentation may use are the ones its --help lists (CLI_VERBS)', async () => {
    const verbs = (text: string): string[] =>
      [
        ...(/\nCommands:\n([\s\S]*?)\n\n/.exec(text)?.[1] ?? '').matchAll(/^ {2}([a-z][\w-]*) /gm),
      ].map((m) => m[1] ?? '');
    const help = await cli(['--help'], REPO_ROOT);
    expect(help.code).toBe(0);
    expect(verbs(help.out).sort()).toEqual(Object.keys(CLI_VERBS).sort());
    for (const verb of Object.keys(CLI_VERBS)) {
      const res = await cli([verb, '--help'], REPO_ROOT);
      const section = res.out.slice(res.out.indexOf('\nOptions:\n'));
      // `  --watch, --no-watch   …`, `  -h, --help   …`: every option named before the text.
      const options = [
        ...section.matchAll(/^ {2}(-[^ ]*(?:, -[^ ]*)*)(?: [A-Za-z|/]+)?(?: {2,}|$)/gm),
      ]
        .flatMap((m) => (m[1] ?? '').split(', '))
        .map((o) => o.replace(/ .*$/, ''));
      expect({ verb, code: res.code, options: options.sort() }).toEqual({
        verb,
        code: 0,
        options: [...(CLI_VERBS[verb] ?? [])].sort(),
      });
    }
  });

  const starts = blockCommands.filter((c) => c.command.argv.join(' ') === 'npm start');
  it.each(
    starts.map(
      (c) => [c.where, Object.keys(c.command.env).join(' ') || 'no variables', c] as const,
    ),
  )(
    'npm start, as %s shows it (%s), starts the sandbox and prints where to log in',
    async (_where, _env, shown) => {
      // The preview's own options: a free port, no watcher, stop after a second.
      const res = await runProcess(
        'npm',
        ['start', '--silent', '--', '--port', '0', '--no-watch', '--exit-after', '1'],
        { ...process.env, ...shown.command.env },
        REPO_ROOT,
      );
      expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' });
      expect(res.stdout).toMatch(/Open +http:\/\/127\.0\.0\.1:\d+\//);
      expect(res.stdout).toMatch(/Log in +/);
    },
    60_000,
  );

  const s3Servers = blockCommands.filter((c) =>
    c.command.argv.some((a) => a === 'scripts/s3-server.mjs'),
  );
  it.each(s3Servers.map((c) => [c.where, c] as const))(
    'the S3 server command at %s starts and prints its endpoint (on a free port)',
    async (_where, shown) => {
      const [, ...args] = shown.command.argv;
      const port = args.indexOf('--port');
      if (port >= 0) args[port + 1] = '0';
      const child = spawn(process.execPath, args, {
        cwd: REPO_ROOT,
        env: { ...process.env, ...shown.command.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      try {
        const line = await waitFor(
          'the S3 server to print its endpoint',
          () => Promise.resolve(out.includes('\n') ? out.split('\n')[0] : undefined),
          30_000,
          () => out,
        );
        const shownLine = /\{"port":\d+,"endpoint":"http:\/\/127\.0\.0\.1:\d+"\}/;
        expect(line).toMatch(shownLine);
      } finally {
        child.kill();
      }
    },
  );
});

/** The repository and folder the README's quick start shows init's commands for. */
const QUICK_START = { repository: 'octo-org/handbook', contentDir: 'public' };

/** A command as written: assignments, words, redirections (quotes removed). */
const writtenAs = (c: ShellCommand): string =>
  [
    ...Object.entries(c.env).map(([k, v]) => `${k}=${v}`),
    ...c.argv,
    ...c.redirects.map((r) => `${r.op} ${r.target}`),
  ].join(' ');

/** The command blocks of init's output (indented by two spaces; prose is not), de-indented. */
const printedBlocks = (out: string): string[] =>
  out
    .split(/\n(?! {2})/)
    .map((chunk) => chunk.split('\n').filter((l) => l.startsWith('  ')))
    .filter((ls) => ls.length > 0)
    .map((ls) => ls.map((l) => l.slice(2)).join('\n'));

describe("the README's quick start is what init prints (run on a repository like the one it names)", () => {
  const readmeLines = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
  const from = readmeLines.indexOf('## Quick start') + 1;
  const to = readmeLines.findIndex((l, i) => i >= from && l.startsWith('## ')) + 1;
  const section = readmeLines.slice(from - 1, to - 1).join('\n');
  const shBlocks = codeBlocks('README.md').filter(
    (b) => b.lang === 'sh' && b.line > from && b.line < to,
  );
  const verbOf = (c: ShellCommand): string | undefined =>
    c.argv[0] === 'npx' && c.argv[1] === CLI_PACKAGE ? c.argv[2] : undefined;
  const isFirstStep = (b: CodeBlock): boolean =>
    shellCommands(b.text, b.firstLine).every((c) => verbOf(c) !== undefined);
  /** The blocks of steps 2 to 5: the setup init prints. */
  const setupBlocks = shBlocks.filter((b) => !isFirstStep(b));

  let work = '';
  const init = (...args: string[]): Promise<CliRun> => cli(['init', ...args], work);
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'docs-quick-start-'));
    const git = (...args: string[]): void => {
      const res = spawnSync('git', args, { cwd: work, encoding: 'utf8' });
      expect({ args, status: res.status, stderr: res.stderr }).toEqual({
        args,
        status: 0,
        stderr: '',
      });
    };
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', `https://github.com/${QUICK_START.repository}.git`);
    mkdirSync(path.join(work, QUICK_START.contentDir));
    writeFileSync(path.join(work, QUICK_START.contentDir, 'index.html'), '<h1>Handbook</h1>\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has five steps; the first runs init, check and preview, without options', () => {
    expect(section.split('\n').filter((l) => /^\d+\. \*\*/.test(l))).toHaveLength(5);
    const first = shBlocks.filter(isFirstStep).flatMap((b) => shellCommands(b.text, b.firstLine));
    expect(first.map(writtenAs)).toEqual(
      ['init', 'check', 'preview'].map((verb) => `npx ${CLI_PACKAGE} ${verb}`),
    );
  });

  it('init writes the files and the site the quick start describes', async () => {
    const res = await init();
    expect({ code: res.code, err: res.err }).toEqual({ code: 0, err: '' });
    const wrote = /^Wrote (.*)\.$/m.exec(res.out)?.[1]?.split(', ') ?? [];
    expect(wrote).toEqual([
      'secure-dist.yml',
      '.github/workflows/publish.yml',
      '.github/workflows/rotate.yml',
      '.github/workflows/plan.yml',
    ]);
    for (const file of wrote) {
      expect({ file, exists: existsSync(path.join(work, file)) }).toEqual({ file, exists: true });
      expect({
        file,
        named: section.includes(`\`${file}\``) || section.includes(`\`${path.basename(file)}\``),
      }).toEqual({ file, named: true });
    }
    const site = loadSite('secure-dist.yml', { workspace: work });
    for (const said of [
      `stack \`${site.stackName}\``,
      `region \`${site.region}\``,
      `\`content-dir: ${site.contentDirInput}\``,
      `\`edge: ${site.edge}\``,
      `\`${QUICK_START.repository}\``,
    ]) {
      expect({ said, inReadme: section.includes(said) }).toEqual({ said, inReadme: true });
    }
  });

  it("steps 2 to 5 are init's commands, in its order and written as it prints them", async () => {
    const res = await init('--force');
    expect(res.code).toBe(0);
    const printed = printedBlocks(res.out);
    const printedCommands = printed.flatMap((b) => shellCommands(b, 1)).map(writtenAs);
    const shown = setupBlocks.flatMap((b) => shellCommands(b.text, b.firstLine)).map(writtenAs);
    expect(shown).toEqual(printedCommands);
    // Line for line too (the line breaks and the quoting a reader copies).
    const printedLines = new Set(printed.flatMap((b) => b.split('\n')));
    const notPrinted = setupBlocks.flatMap((b) =>
      b.text
        .split('\n')
        .map((line, i) => ({ where: `README.md:${b.firstLine + i}`, line }))
        .filter(({ line }) => !printedLines.has(line)),
    );
    expect(notPrinted).toEqual([]);
  });

  it('check and preview, as step 1 runs them, pass on what init wrote (preview: a free port, one second)', async () => {
    expect((await init('--force')).code).toBe(0);
    const check = await cli(['check'], work);
    expect({ code: check.code, err: check.err }).toEqual({ code: 0, err: '' });
    const preview = await cli(['preview', '--port', '0', '--no-watch', '--exit-after', '1'], work);
    expect({ code: preview.code, err: preview.err }).toEqual({ code: 0, err: '' });
    expect(preview.out).toMatch(/Open +http:\/\/127\.0\.0\.1:\d+\//);
    // The one user init wrote (the owner), with a generated password.
    expect(preview.out).toMatch(/Log in +user octo-org, password \S+/);
  });

  it('what it says of --edge function (the order of the first run, the secret) is what init prints', async () => {
    const res = await init('--force', '--edge', 'function');
    expect(res.code).toBe(0);
    const runs = [...res.out.matchAll(/gh workflow run (\S+)/g)].map((m) => m[1]);
    expect(runs).toEqual(['publish.yml', 'rotate.yml']);
    expect(section).toContain('(publish, then rotate)');
    const secret = /--secret-id (\S+)/.exec(res.out)?.[1] ?? '';
    const region = /get-secret-value --region (\S+)/.exec(res.out)?.[1] ?? '';
    expect(section).toContain(`\`${secret}\` in the site's region`);
    expect(region).toBe(loadSite('secure-dist.yml', { workspace: work }).region);
  });
});

describe('links between the Markdown files', () => {
  const markdown = [...files, 'SECURITY.md', 'CHANGELOG.md', 'BENCHMARKS.md'].filter((f) =>
    existsSync(path.join(REPO_ROOT, f)),
  );

  it('every relative link points at a file that exists, and at a heading of it', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      for (const link of links(file)) {
        if (/^[a-z]+:/i.test(link.url)) continue; // https:, mailto:
        const [target = '', anchor] = link.url.split('#');
        const resolved =
          target === '' ? file : path.normalize(path.join(path.dirname(file), target));
        if (!existsSync(path.join(REPO_ROOT, resolved))) {
          broken.push(`${link.where}: ${link.url} (no ${resolved})`);
        } else if (anchor !== undefined && resolved.endsWith('.md')) {
          if (!headingAnchors(resolved).has(anchor)) {
            broken.push(`${link.where}: ${link.url} (no heading #${anchor} in ${resolved})`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("src/'s messages and notes point at the docs/ page that holds a section, with its words", () => {
    const sources = readdirSync(path.join(REPO_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'))
      .map((f) => path.join('src', f));
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const problems: string[] = [];
    let pointers = 0;
    for (const file of sources) {
      const text = flat(
        readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(
          /\s*\n\s*(\/\/|\*|'|\+ ')\s*/g,
          ' ',
        ),
      );
      // A README section ("see the README", `(README, "…")`): the README keeps no sections now
      // (a note that merely mentions the README, as a file, is not a pointer).
      for (const m of text.matchAll(
        /\b(?:see|in|described in) the README\b|\bthe README (?:says|\()|\bREADME[,:]? *\(?"|\(README\b/g,
      )) {
        problems.push(`${file}: points at the README (${m[0]})`);
      }
      for (const m of text.matchAll(/\bdocs\/([\w-]+\.md)[,:]? *\(?"([^"]+)"/g)) {
        pointers += 1;
        const page = path.join(REPO_ROOT, 'docs', m[1] ?? '');
        if (!existsSync(page)) problems.push(`${file}: no docs/${m[1] ?? ''}`);
        else if (!flat(readFileSync(page, 'utf8')).includes(m[2] ?? '')) {
          problems.push(`${file}: docs/${m[1] ?? ''} does not say "${m[2] ?? ''}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(pointers).toBeGreaterThan(5);
  });

  it('the README stays a page a newcomer reads in one sitting (under 250 lines)', () => {
    const lines = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(250);
  });
});

describe('docs/configuration.md (generated by scripts/docs-config.mjs)', () => {
  const script = path.join(REPO_ROOT, 'scripts', 'docs-config.mjs');

  it('is what the script generates from src/site/schema.json and action.yml (npm run docs)', () => {
    const res = spawnSync(process.execPath, [script, '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(`${res.stdout}${res.stderr}`).toContain('docs/configuration.md is up to date');
    expect(res.status).toBe(0);
  });

  it('the check is live: a changed default, or a setting the script does not describe, fails it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docs-config-'));
    try {
      for (const f of [
        'scripts/docs-config.mjs',
        'scripts/generated-file.mjs',
        'src/site/schema.json',
        'action.yml',
        'docs/configuration.md',
        '.prettierrc.json',
      ]) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        cpSync(path.join(REPO_ROOT, f), path.join(dir, f));
      }
      symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      const check = (): { status: number | null; out: string } => {
        const res = spawnSync(
          process.execPath,
          [path.join(dir, 'scripts/docs-config.mjs'), '--check'],
          {
            cwd: dir,
            encoding: 'utf8',
          },
        );
        return { status: res.status, out: `${res.stdout}${res.stderr}` };
      };
      expect(check().status).toBe(0);
      const schemaFile = path.join(dir, 'src/site/schema.json');
      const schema = record(JSON.parse(readFileSync(schemaFile, 'utf8')));
      const properties = record(schema.properties);
      writeFileSync(
        schemaFile,
        JSON.stringify({
          ...schema,
          properties: { ...properties, realm: { ...record(properties.realm), default: 'Changed' } },
        }),
      );
      expect(check()).toEqual({
        status: 1,
        out: expect.stringContaining('docs/configuration.md differs from a fresh build'),
      });
      writeFileSync(
        schemaFile,
        JSON.stringify({
          ...schema,
          properties: { ...properties, brand: { type: 'string', description: 'x' } },
        }),
      );
      expect(check()).toEqual({
        status: 1,
        out: expect.stringContaining('not described here: brand'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
