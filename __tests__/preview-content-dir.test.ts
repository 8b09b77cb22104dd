/**
 * The preview checks `content-dir` as the action does (issue 22, finding 9): a folder holding a
 * checkout's `.git` (`content-dir: .` in a repository), a symbolic link, or a folder outside the
 * workspace is refused before anything is published — the same `checkContentDir` every sync of
 * the action makes. Each workspace here is a temporary folder of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { previewOptions, startPreview } from './helpers/preview.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'preview-content-dir-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workspace with `secure-dist.yml` (`site`), `public/index.html` and a `.git` folder. */
function workspace(name: string, site: string): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  writeFileSync(path.join(dir, '.git', 'config'), '[remote "origin"]\n');
  mkdirSync(path.join(dir, 'public'));
  writeFileSync(path.join(dir, 'public', 'index.html'), '<h1>hello</h1>\n');
  writeFileSync(path.join(dir, 'secure-dist.yml'), site);
  return dir;
}

/** Runs the preview in `cwd` until it ends by itself (a refusal), else stops it once up. */
async function previewIn(cwd: string): Promise<{ code: number; text: string }> {
  let stop: () => void = () => undefined;
  const run = startPreview(
    previewOptions({ config: 'secure-dist.yml' }),
    {},
    { cwd, stop: new Promise<void>((r) => (stop = r)), onReady: () => stop() },
  );
  const code = await run.done;
  return { code, text: [...run.out, ...run.err].join('\n') };
}

describe('preview: content-dir as the action checks it', () => {
  it('refuses a content-dir holding .git (the repository itself), publishing nothing', async () => {
    const { code, text } = await previewIn(workspace('root', 'content-dir: .\n'));
    expect(code).toBe(1);
    expect(text).toContain('holds a .git entry');
    expect(text).not.toContain('uploaded');
  });

  it('refuses a content-dir that is a symbolic link, and one outside the workspace', async () => {
    const outside = path.join(work, 'elsewhere');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'credentials'), 'secret\n');
    const linked = workspace('linked', 'content-dir: site\n');
    symlinkSync(outside, path.join(linked, 'site'));
    const link = await previewIn(linked);
    expect(link.code).toBe(1);
    expect(link.text).toMatch(/'site' is a symbolic link|outside the workspace/);
    expect(link.text).not.toContain('uploaded');

    const out = await previewIn(workspace('outside', 'content-dir: ../elsewhere\n'));
    expect(out.code).toBe(1);
    expect(out.text).toContain('outside the workspace');
  });

  it('previews a subfolder of the same workspace (the check passes a good folder)', async () => {
    const { code, text } = await previewIn(workspace('good', 'content-dir: public\n'));
    expect(code).toBe(0);
    expect(text).toContain('1 uploaded');
  });
});
