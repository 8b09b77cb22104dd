/**
 * The sandbox's watcher (`WATCH`, src/sandbox/watch.ts), end to end: a file changed under the
 * content folder, the way editors, `sed -i` and git change files, is served changed through the
 * edge (with credentials) within a bounded wait. Node's recursive `fs.watch` lost a file for
 * good after its first save by rename: the cases saving by rename twice failed with it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startSandbox, type Sandbox } from '../src/sandbox/sandbox.js';
import { waitFor } from './helpers/wait.js';

const REPO = path.resolve(import.meta.dirname, '..');
const AUTH = { Authorization: `Basic ${Buffer.from('alice:Watch-Test-Pw-1').toString('base64')}` };
/** Generous for a loaded 2-core machine: a re-sync of this folder takes well under a second. */
const WAIT_MS = 20_000;

let work: string;
let content: string;
let sandbox: Sandbox;
const logs: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sandbox-watch-'));
  content = path.join(work, 'content');
  await cp(path.join(REPO, 'example'), content, { recursive: true });
  // A link out of the folder: the sync skips it, and the watcher must not follow it.
  await mkdir(path.join(work, 'outside'));
  await writeFile(path.join(work, 'outside', 'secret.txt'), 'not content\n');
  await symlink(path.join(work, 'outside'), path.join(content, 'outside'));
  sandbox = await startSandbox({
    contentDir: content,
    contentDirLabel: 'content',
    port: 0,
    users: [{ user: 'alice', password: 'Watch-Test-Pw-1' }],
    realm: 'Watch Test',
    watch: true,
    debounceMs: 100,
    s3ServerScript: path.join(REPO, 'scripts', 's3-server.mjs'),
    maxSeconds: 600,
    log: { info: (l) => logs.push(l), warn: (l) => logs.push(`warn: ${l}`) },
  });
});

afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function served(uri: string): Promise<{ status: number; body: string }> {
  const res = await fetch(new URL(uri, sandbox.url), { headers: AUTH, redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

/** Waits until the edge answers `uri` with `status` (and `body`, when given). */
async function expectServed(uri: string, status: number, body?: string): Promise<void> {
  let last = '(none)';
  await waitFor(
    `${uri} to answer ${status}${body === undefined ? '' : ` ${JSON.stringify(body)}`}`,
    async () => {
      const res = await served(uri);
      last = `${res.status} ${JSON.stringify(res.body.slice(0, 200))}`;
      return res.status === status && (body === undefined || res.body === body) ? res : undefined;
    },
    WAIT_MS,
    () => `last answer: ${last}\nsandbox log (last 20 lines):\n${logs.slice(-20).join('\n')}`,
  );
}

/** Served as it is on disk, and cached at the edge, before the change. */
async function servedAsOnDisk(uri: string): Promise<void> {
  const onDisk = await readFile(path.join(content, uri), 'utf8');
  expect(await served(uri)).toEqual({ status: 200, body: onDisk });
  expect(await served(uri)).toEqual({ status: 200, body: onDisk });
}

/** As editors save (atomic save): a new file beside it, renamed over it. */
async function saveByRename(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.saving`);
  await writeFile(temp, text);
  await rename(temp, file);
}

describe('watch: a change under the content folder is served through the edge', () => {
  it('(1) a file edited in place', async () => {
    await servedAsOnDisk('/docs/release-notes.txt');
    await writeFile(path.join(content, 'docs/release-notes.txt'), 'Release 2, edited in place\n');
    await expectServed('/docs/release-notes.txt', 200, 'Release 2, edited in place\n');
    expect(logs).toContain('watch: change in content: docs/release-notes.txt');
  });

  it('(2) a file saved by rename, as editors save', async () => {
    await servedAsOnDisk('/index.html');
    await saveByRename(path.join(content, 'index.html'), '<h1>Saved by rename</h1>\n');
    await expectServed('/index.html', 200, '<h1>Saved by rename</h1>\n');
  });

  it('(3) the same file saved by rename twice in a row, then edited in place: each version is served', async () => {
    const file = path.join(content, 'css/site.css');
    await servedAsOnDisk('/css/site.css');
    await saveByRename(file, 'body { color: red; }\n');
    await expectServed('/css/site.css', 200, 'body { color: red; }\n');
    await saveByRename(file, 'body { color: green; }\n');
    await expectServed('/css/site.css', 200, 'body { color: green; }\n');
    await writeFile(file, 'body { color: blue; }\n');
    await expectServed('/css/site.css', 200, 'body { color: blue; }\n');
  });

  it('(4) a file changed by sed -i (a temporary file renamed over it), twice', async () => {
    const file = path.join(content, 'shared/terms.txt');
    await servedAsOnDisk('/shared/terms.txt');
    await promisify(execFile)('sed', ['-i', 's/every partner/each partner/', file]);
    const once = await readFile(file, 'utf8');
    expect(once).toContain('each partner');
    await expectServed('/shared/terms.txt', 200, once);
    await promisify(execFile)('sed', ['-i', 's/each partner/all partners/', file]);
    const twice = await readFile(file, 'utf8');
    expect(twice).toContain('all partners');
    await expectServed('/shared/terms.txt', 200, twice);
  });

  it('(5) a file added in a new subfolder, named in the log', async () => {
    await expectServed('/fresh/deeper/new.txt', 404);
    await mkdir(path.join(content, 'fresh/deeper'), { recursive: true });
    await writeFile(path.join(content, 'fresh/deeper/new.txt'), 'brand new\n');
    await expectServed('/fresh/deeper/new.txt', 200, 'brand new\n');
    // The folder's event can fire the sync (which finds the file) before the watcher has looked
    // into the new folder and named the file: its line may come just after the file is served.
    const named = /^watch: change in content: .*fresh\/deeper\/new\.txt/m;
    await waitFor(
      'the watch line naming fresh/deeper/new.txt',
      async () => (named.test(logs.join('\n')) ? true : undefined),
      WAIT_MS,
    );
  });

  it('(6) a file deleted', async () => {
    await servedAsOnDisk('/acme/orders.csv');
    await unlink(path.join(content, 'acme/orders.csv'));
    await expectServed('/acme/orders.csv', 404);
  });

  it('neither .git nor what a link out of the folder leads to is watched', async () => {
    // Changed before a published file: had the watcher seen them, a log line would name them
    // by the time the published file is served.
    await mkdir(path.join(content, '.git'), { recursive: true });
    await writeFile(path.join(content, '.git', 'index'), 'git rewrites this on git status\n');
    await writeFile(path.join(work, 'outside', 'secret.txt'), 'changed outside\n');
    await writeFile(path.join(content, 'files/VERSION'), '9.9.9\n');
    await expectServed('/files/VERSION', 200, '9.9.9\n');
    const watched = logs.filter((l) => l.startsWith('watch: '));
    expect(watched.filter((l) => l.includes('files/VERSION'))).not.toEqual([]);
    expect(watched.filter((l) => l.includes('.git') || l.includes('outside/'))).toEqual([]);
  });
});
