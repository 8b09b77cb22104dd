/**
 * The sandbox and headless Chromium that a browser suite runs against, set up once per suite:
 *
 *   const CHROMIUM = needs('chromium');
 *   const site = sandboxInChromium({ files: { 'index.html': '…' }, users, realm: 'Portal' });
 *   CHROMIUM.describe('…', () => {
 *     it('…', async () => { const { sandbox, browser, url } = site(); … });
 *   });
 *
 * `sandboxInChromium` registers the `beforeAll` that writes the content (`files`, into a
 * temporary folder) or takes a folder (`contentDir`), starts the sandbox (a free port on
 * 127.0.0.1, no watching, the S3 server stopping by itself after 15 minutes, a quiet log) and
 * launches Chromium (helpers/chromium.ts), and the `afterAll` that closes all three. Call it in
 * the scope whose tests use it: inside the `CHROMIUM.describe` block, or at the top of the file
 * when several blocks share one sandbox.
 *
 * When Chromium is missing, the rule is helpers/prerequisites.ts's, unchanged: the blocks
 * declared with `needs('chromium').describe` are skipped with a title naming Debian's package
 * (outside CI), or the suite fails to load (CI=true: nothing may be skipped); the `beforeAll`
 * here then starts nothing.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/sandbox.js';
import { launchChromium } from './chromium.js';
import { writeFiles } from './files.js';
import { needs } from './prerequisites.js';
import { REPO_ROOT } from './s3-server.js';

/** What every browser suite sets the same way; `contentDir` comes from `files` or is given. */
type Defaulted =
  'contentDir' | 'contentDirLabel' | 'port' | 'watch' | 's3ServerScript' | 'maxSeconds' | 'log';

/** The site's own options; a label and a log may replace the defaults. */
type SiteOptions = Omit<SandboxOptions, Defaulted> &
  Partial<Pick<SandboxOptions, 'contentDirLabel' | 'log'>>;

export type BrowserSandboxOptions = SiteOptions &
  (
    | {
        /** The content, written to a temporary folder removed afterwards. */
        readonly files: Readonly<Record<string, string>>;
      }
    | {
        /** An existing folder (e.g. the repository's example/). */
        readonly contentDir: string;
      }
  );

export interface BrowserSandbox {
  readonly sandbox: Sandbox;
  readonly browser: Browser;
  /** The absolute URL of `pathAndQuery` on the sandbox's edge. */
  url(pathAndQuery: string): string;
}

/** Registers the suite's sandbox and browser (see the module comment); returns their getter. */
export function sandboxInChromium(options: BrowserSandboxOptions): () => BrowserSandbox {
  let started: BrowserSandbox | undefined;
  let sandbox: Sandbox | undefined;
  let browser: Browser | undefined;
  let work = '';

  beforeAll(async () => {
    if (!needs('chromium').present) return;
    let contentDir: string;
    let rest: SiteOptions;
    if ('files' in options) {
      const { files, ...others } = options;
      work = await mkdtemp(path.join(tmpdir(), 'browser-sandbox-'));
      contentDir = path.join(work, 'content');
      await writeFiles(contentDir, files);
      rest = others;
    } else {
      ({ contentDir, ...rest } = options);
    }
    sandbox = await startSandbox({
      contentDirLabel: 'content/',
      log: { info: () => undefined, warn: () => undefined },
      ...rest,
      contentDir,
      port: 0,
      watch: false,
      s3ServerScript: path.join(REPO_ROOT, 'scripts', 's3-server.mjs'),
      maxSeconds: 900,
    });
    browser = await launchChromium();
    const origin = sandbox.url;
    started = {
      sandbox,
      browser,
      url: (pathAndQuery) => new URL(pathAndQuery, origin).href,
    };
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    if (work !== '') await rm(work, { recursive: true, force: true });
  });

  return () => {
    if (started === undefined) throw new Error('beforeAll did not finish');
    return started;
  };
}
