/**
 * The local side of the sync on a real file system: where `content-dir` may be, which files a
 * walk publishes (exclude, symbolic links, control characters), the 404 page, log escaping.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { synthFor } from '../src/commands/synth.js';
import { configFrom } from './helpers/site.js';
import { escapeForLog } from '../src/report/escape.js';
import { checkContentDir, hasNotFoundPage, isGitPath, walkContentDir } from '../src/sync/local.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sync-local-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let counter = 0;
/** A workspace with files (`body`) and symbolic links (`{ link: target }`). */
async function workspace(tree: Record<string, string | { link: string }>): Promise<string> {
  counter += 1;
  const ws = path.join(work, `ws-${counter}`);
  await mkdir(ws, { recursive: true });
  for (const [rel, entry] of Object.entries(tree)) {
    const file = path.join(ws, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    if (typeof entry === 'string') await writeFile(file, entry);
    else await symlink(entry.link, file);
  }
  return ws;
}

const keysOf = async (
  dir: string,
  exclude: string[] = [],
  ws?: string,
): Promise<{ keys: string[]; warnings: string[] }> => {
  const warnings: string[] = [];
  const files = await walkContentDir(dir, {
    exclude,
    warn: (m) => warnings.push(m),
    workspace: ws,
  });
  return { keys: files.map((f) => f.key), warnings };
};

describe('content-dir must be a real folder of the workspace (issue 15 #3)', () => {
  it('refuses `content -> .`, which would publish .git/config and .env', async () => {
    const ws = await workspace({
      '.git/config': '[http] extraheader = AUTHORIZATION: basic xyz',
      '.env': 'TOKEN=1',
      content: { link: '.' },
    });
    await expect(keysOf(path.join(ws, 'content'), [], ws)).rejects.toThrow(
      /^`content-dir`: 'content' is a symbolic link: content-dir must be a real folder/,
    );
  });

  it('refuses a link to a home-like folder outside the workspace', async () => {
    const home = await workspace({ '.aws/credentials': 'aws_secret_access_key = x' });
    const ws = await workspace({ content: { link: path.join(home, '.aws') } });
    await expect(keysOf(path.join(ws, 'content'), [], ws)).rejects.toThrow(
      /^`content-dir`: '.*content' is '.*\.aws', outside the workspace/,
    );
  });

  it('refuses a link in a middle component, even one that stays inside the workspace', async () => {
    const ws = await workspace({ 'build/site/index.html': 'x', out: { link: 'build' } });
    await expect(keysOf(path.join(ws, 'out', 'site'), [], ws)).rejects.toThrow(
      /^`content-dir`: 'out' is a symbolic link/,
    );
    expect((await keysOf(path.join(ws, 'build', 'site'), [], ws)).keys).toEqual(['index.html']);
  });

  it('refuses the checkout itself (`content-dir: .`), which holds .git', async () => {
    const ws = await workspace({
      '.git/config': '[http] extraheader = AUTHORIZATION: basic xyz',
      'index.html': 'x',
    });
    await expect(keysOf(ws, [], ws)).rejects.toThrow(
      /^`content-dir`: '.*' holds a \.git entry .*publish a subfolder/,
    );
    const sub = await workspace({ 'site/index.html': 'x', '.git/config': '' });
    expect((await keysOf(path.join(sub, 'site'), [], sub)).keys).toEqual(['index.html']);
  });

  it('refuses an absolute path outside the workspace', async () => {
    const elsewhere = await workspace({ 'a.txt': 'a' });
    const ws = await workspace({ 'content/index.html': 'x' });
    await expect(checkContentDir(elsewhere, ws)).rejects.toThrow(/outside the workspace/);
    await expect(checkContentDir(path.join(ws, 'content'), ws)).resolves.toBe(
      path.join(ws, 'content'),
    );
  });
});

describe('exclude and symbolic links inside content-dir (issue 15 #6)', () => {
  it('checks where a link leads against exclude, not only its own name', async () => {
    const ws = await workspace({
      'secret.env': 'TOKEN=1',
      'public/index.html': 'x',
      'public/cfg': { link: '../secret.env' },
      'config/prod.env': 'TOKEN=2',
      'config/app.json': '{}',
      'public/conf': { link: '../config' },
    });
    // content-dir is the workspace itself here, so both links stay inside it.
    const { keys } = await keysOf(ws, ['*.env']);
    expect(keys).toEqual(['config/app.json', 'public/conf/app.json', 'public/index.html']);
    expect(keys).not.toContain('public/cfg');
  });

  it('checks the folders a link leads through', async () => {
    const ws = await workspace({
      'private/keys/a.pem': 'k',
      'public/index.html': 'x',
      'public/k': { link: '../private/keys/a.pem' },
      'public/dir': { link: '../private/keys' },
    });
    expect((await keysOf(ws, ['private'])).keys).toEqual(['public/index.html']);
    expect((await keysOf(ws, ['private/**'])).keys).toEqual(['public/index.html']);
  });

  it('uses the glob rule of cache-control: `*.env` excludes config/prod.env too', async () => {
    const ws = await workspace({ '.env': '1', 'config/prod.env': '2', 'a.txt': 'a' });
    expect((await keysOf(ws, ['*.env'])).keys).toEqual(['a.txt']);
    expect((await keysOf(ws, ['config/*.env'])).keys).toEqual(['.env', 'a.txt']);
  });
});

describe('file names with control characters (issue 15 #7)', () => {
  it('refuses them with the name escaped on one line', async () => {
    const ws = await workspace({ 'index.html': 'x', 'x\n::stop-commands::abc': 'evil' });
    const error = await keysOf(ws).then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toBe(
      "`content-dir`: 'x\\n::stop-commands::abc' has a control character in its name: rename it or add it to `exclude` (S3 keys and URLs with control characters are refused)",
    );
    expect(error).not.toContain('\n');
    // Excluded, it is simply not published.
    expect((await keysOf(ws, ['x*'])).keys).toEqual(['index.html']);
  });

  it.each([
    ['U+0001', '\u0001'],
    ['TAB', '\t'],
    ['CR', '\r'],
    ['U+001F', '\u001f'],
    ['DEL', '\u007f'],
  ])('refuses %s in a folder name as well', async (_name, c) => {
    const ws = await workspace({ [`d${c}ir/a.txt`]: 'a' });
    await expect(keysOf(ws)).rejects.toThrow(/has a control character in its name/);
  });

  it('escapes every line-breaking character and the backslash, and nothing else', () => {
    expect(escapeForLog('x\n::stop-commands::abc')).toBe('x\\n::stop-commands::abc');
    expect(escapeForLog('a\r\nb\tc\u007fd\u2028e\u0085f\\g')).toBe(
      'a\\r\\nb\\tc\\u007fd\\u2028e\\u0085f\\\\g',
    );
    expect(escapeForLog('résumé/日本/😀 "q" \'s\'')).toBe('résumé/日本/😀 "q" \'s\'');
    expect(escapeForLog('\u0000\ud800x')).toBe('\\u0000\\ud800x');
  });
});

describe('.git below content-dir is never published (issue 22 #4)', () => {
  const TOKEN = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n';

  it('skips a .git folder or file at any depth, and links into one, naming each in a warning', async () => {
    const ws = await workspace({
      'content/index.html': 'x',
      // A second checkout inside the content, with actions/checkout's default persist-credentials.
      'content/vendor/lib/.git/config': TOKEN,
      'content/vendor/lib/.git/HEAD': 'ref: refs/heads/main\n',
      'content/vendor/lib/lib.js': 'js',
      // A submodule's or worktree's .git is a file naming where its repository lives.
      'content/sub/.git': 'gitdir: ../../.git/modules/sub\n',
      'content/sub/s.txt': 's',
      'content/deep/a/b/.GIT/config': TOKEN,
      'content/docs/cfg': { link: '../vendor/lib/.git/config' },
      'content/docs/repo': { link: '../vendor/lib/.git' },
      'content/docs/readme.md': 'r',
    });
    const skipped: string[] = [];
    const warnings: string[] = [];
    const files = await walkContentDir(path.join(ws, 'content'), {
      exclude: [],
      warn: (m) => warnings.push(m),
      workspace: ws,
      onGitSkipped: (key) => skipped.push(key),
    });
    expect(files.map((f) => f.key)).toEqual([
      'docs/readme.md',
      'index.html',
      'sub/s.txt',
      'vendor/lib/lib.js',
    ]);
    expect(skipped).toEqual([
      'deep/a/b/.GIT',
      'docs/cfg',
      'docs/repo',
      'sub/.git',
      'vendor/lib/.git',
    ]);
    expect(warnings).toEqual([
      "skipped 'deep/a/b/.GIT': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "skipped 'docs/cfg': the symbolic link leads into a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "skipped 'docs/repo': the symbolic link leads into a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "skipped 'sub/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
      "skipped 'vendor/lib/.git': a git repository's .git entry, which is never published (a checkout's .git/config can hold the job's token)",
    ]);
  });

  it('says nothing of a .git entry that exclude already leaves out', async () => {
    const ws = await workspace({ 'a/.git/config': TOKEN, 'a/x.txt': 'x' });
    expect(await keysOf(ws, ['.git'])).toEqual({ keys: ['a/x.txt'], warnings: [] });
  });

  it('keeps names that only contain .git: .github/, .gitignore, x.git', async () => {
    const ws = await workspace({
      '.github/workflows/ci.yml': 'on: push',
      '.gitignore': '*',
      'repo.git/HEAD': 'ref',
      'a/.gitmodules': '',
    });
    expect(await keysOf(ws)).toEqual({
      keys: ['.github/workflows/ci.yml', '.gitignore', 'a/.gitmodules', 'repo.git/HEAD'],
      warnings: [],
    });
  });

  it('tells isGitPath which keys are under a .git entry', () => {
    for (const key of ['.git/config', 'a/.git', 'a/.Git/HEAD', 'x/y/.git/objects/ab/cd']) {
      expect([key, isGitPath(key)]).toEqual([key, true]);
    }
    for (const key of ['.github/x', 'a.git/config', 'a/.gitignore', 'git/config', 'a/x.git']) {
      expect([key, isGitPath(key)]).toEqual([key, false]);
    }
  });

  it('has no 404 page through a link into a .git folder', async () => {
    const ws = await workspace({
      'r/.git/info/nf.html': 'x',
      '404.html': { link: 'r/.git/info/nf.html' },
    });
    expect(hasNotFoundPage(ws, [])).toBe(false);
  });
});

describe('names with bidirectional-override characters (issue 22 #7)', () => {
  it('refuses them, with the name escaped so a terminal shows it in its real order', async () => {
    const ws = await workspace({ 'index.html': 'x', 'invoice\u202efdp.exe': 'MZ' });
    const error = await keysOf(ws).then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toBe(
      "`content-dir`: 'invoice\\u202efdp.exe' has a bidirectional-override character (U+202E) in its name, which makes it display in another order than it is: rename it or add it to `exclude`",
    );
    expect(error).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    // Excluded, it is simply not published.
    expect((await keysOf(ws, ['invoice*'])).keys).toEqual(['index.html']);
  });

  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])(
    'refuses U+%s in a folder name as well',
    async (hex) => {
      const ws = await workspace({ [`d${String.fromCharCode(parseInt(hex, 16))}ir/a.txt`]: 'a' });
      await expect(keysOf(ws)).rejects.toThrow(
        `'d\\u${hex.toLowerCase()}ir' has a bidirectional-override character (U+${hex})`,
      );
    },
  );

  it('publishes right-to-left names and the marks U+200E, U+200F (no override)', async () => {
    const ws = await workspace({ 'שלום.txt': 'a', 'تقرير\u200f.pdf': 'b', 'a\u200eb.txt': 'c' });
    expect((await keysOf(ws)).keys).toEqual(['a\u200eb.txt', 'שלום.txt', 'تقرير\u200f.pdf']);
  });

  it('escapes them, and the bidi marks, in log lines', () => {
    expect(escapeForLog('invoice\u202efdp.exe')).toBe('invoice\\u202efdp.exe');
    expect(escapeForLog('\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c')).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c',
    );
    expect(escapeForLog('שלום/تقرير.pdf')).toBe('שלום/تقرير.pdf');
  });
});

describe('the 404 page (issue 9 #8)', () => {
  it('is there when the published content has a root 404.html', async () => {
    const ws = await workspace({ 'index.html': 'x', '404.html': 'missing' });
    expect(hasNotFoundPage(ws, [])).toBe(true);
    expect(hasNotFoundPage(ws, ['404.html'])).toBe(false);
    expect(hasNotFoundPage(ws, ['*.html'])).toBe(false);
    expect(hasNotFoundPage(path.join(ws, 'nope'), [])).toBe(false);
  });

  it('is not there for docs/404.html, a folder, or a link leading outside or to an excluded file', async () => {
    expect(hasNotFoundPage(await workspace({ 'docs/404.html': 'x' }), [])).toBe(false);
    expect(hasNotFoundPage(await workspace({ '404.html/index.html': 'x' }), [])).toBe(false);
    const outside = await workspace({ 'page.html': 'x' });
    const ws = await workspace({ 'site/404.html': { link: path.join(outside, 'page.html') } });
    expect(hasNotFoundPage(path.join(ws, 'site'), [])).toBe(false);
    const inside = await workspace({
      'drafts/nf.html': 'x',
      '404.html': { link: 'drafts/nf.html' },
    });
    expect(hasNotFoundPage(inside, [])).toBe(true);
    expect(hasNotFoundPage(inside, ['drafts'])).toBe(false);
  });

  it('sets the site parameter NotFoundPage in synth (and so in deploy and plan)', async () => {
    const ws = await workspace({ 'content/index.html': 'x', 'content/404.html': 'nf' });
    const synth = (settings: Record<string, unknown>) => {
      const { site, run } = configFrom(
        settings,
        { command: 'synth', 'basic-auth-users': 'alice:correct horse battery staple' },
        ws,
      );
      return synthFor(site, run, [{ user: 'alice', password: 'correct horse battery staple' }], {
        usersInSecretsManager: false,
      }).site.parameters.find((p) => p.ParameterKey === 'NotFoundPage')?.ParameterValue;
    };
    expect(synth({})).toBe('/404.html');
    expect(synth({ exclude: ['404.html'] })).toBe('');
    expect(synth({ 'content-dir': 'missing' })).toBe('');
    // The CloudFront Functions runtime: its own 404.html still wins; without one, the page
    // secure-dist publishes (src/sync/not-found-page.ts), which the template allows.
    expect(synth({ edge: 'function' })).toBe('/404.html');
    expect(synth({ edge: 'function', exclude: ['404.html'] })).toBe('/_secure-dist/404.html');
  });
});
