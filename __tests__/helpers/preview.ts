/**
 * `secure-dist preview` for tests: a site file written to a temporary folder (its content-dir
 * relative to the repository, the workspace), the preview's options with test defaults (a free
 * port, no watching), and `runPreview` with its output collected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPreview, type PreviewOptions } from '../../src/sandbox/cli.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { REPO_ROOT } from './s3-server.js';

export const S3_SERVER_SCRIPT = path.join(REPO_ROOT, 'scripts', 's3-server.mjs');

/** A site file with `text` (default: the example content), by absolute path. */
export function siteFile(text = 'content-dir: example\n'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'preview-site-')), 'secure-dist.yml');
  writeFileSync(file, text);
  return file;
}

/** Preview options for a test: a free port, no watching, links for an hour. */
export function previewOptions(overrides: Partial<PreviewOptions> = {}): PreviewOptions {
  return {
    config: siteFile(),
    port: 0,
    watch: false,
    exitAfterSeconds: undefined,
    sharePath: undefined,
    shareExpiresInSeconds: 3600,
    auditFile: undefined,
    ...overrides,
  };
}

export interface PreviewRun {
  readonly out: string[];
  readonly err: string[];
  /** Resolves with the exit code. */
  readonly done: Promise<number>;
}

/** Starts a preview in the repository (the workspace, unless `cwd` names another); `stop` ends it. */
export function startPreview(
  options: PreviewOptions,
  env: NodeJS.ProcessEnv = {},
  hooks: { stop?: Promise<unknown>; onReady?: (s: Sandbox) => void; cwd?: string } = {},
): PreviewRun {
  const out: string[] = [];
  const err: string[] = [];
  const { cwd = REPO_ROOT, ...rest } = hooks;
  const done = runPreview(options, {
    env,
    cwd,
    s3ServerScript: S3_SERVER_SCRIPT,
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    handleSignals: false,
    ...rest,
  });
  return { out, err, done };
}

/** Runs a preview until it is up; resolves with the sandbox, the output so far and `stop`. */
export async function previewUp(
  options: PreviewOptions,
  env: NodeJS.ProcessEnv = {},
): Promise<PreviewRun & { running: Sandbox; text: string; stop: () => void }> {
  let stop: () => void = () => undefined;
  let ready: (s: Sandbox) => void = () => undefined;
  const up = new Promise<Sandbox>((r) => (ready = r));
  const run = startPreview(options, env, {
    stop: new Promise<void>((r) => (stop = r)),
    onReady: ready,
  });
  const running = await Promise.race([
    up,
    run.done.then((code): never => {
      throw new Error(`preview ended with ${code}: ${[...run.out, ...run.err].join('\n')}`);
    }),
  ]);
  return { ...run, running, text: run.out.join('\n'), stop: () => stop() };
}
