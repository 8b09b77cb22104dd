/**
 * The system tools some suites need, and what happens when one is missing — decided here, once,
 * for every suite:
 *
 * - Chromium (Debian's `chromium` package, /usr/bin/chromium): the browser suites;
 * - njs (Debian's `njs` package, nginx's JavaScript engine): the CloudFront Function again
 *   under njs in the edge conformance suite.
 *
 * A suite that needs a tool declares its tests with `needs(tool).describe(...)`. When the tool
 * is there, that is jest's `describe`. When it is missing:
 * - outside CI, the block is `describe.skip`, titled with MISSING_MARKER, the tool and the
 *   package; the reporter (prerequisites-reporter.mjs, in jest.config.js) lists those suites
 *   and the `apt-get install` line at the end of the run;
 * - with `CI=true` (as `.ci/run` runs the tests, after installing both), the suite fails to
 *   load with the same message: in CI nothing may be skipped.
 *
 * `SECURE_DIST_TEST_CHROMIUM` (a path) and `SECURE_DIST_TEST_NJS` (a command) name other
 * executables; the prerequisites test points them at nothing to see a machine without them.
 */
import { describe } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export type Tool = 'chromium' | 'njs';

/** The start of a skipped block's title; prerequisites-reporter.mjs looks for it. */
export const MISSING_MARKER = '[missing prerequisite]';

export interface Prerequisite {
  readonly tool: Tool;
  /** The executable to run (a path for Chromium, a command for njs). */
  readonly executable: string;
  readonly present: boolean;
  /** `describe` when the tool is present; see the module comment when it is not. */
  readonly describe: (title: string, fn: () => void) => void;
}

const PACKAGES: Record<Tool, { env: string; fallback: string; suites: string }> = {
  chromium: {
    env: 'SECURE_DIST_TEST_CHROMIUM',
    fallback: '/usr/bin/chromium',
    suites: 'the browser tests need',
  },
  njs: { env: 'SECURE_DIST_TEST_NJS', fallback: 'njs', suites: 'the njs conformance run needs' },
};

/** Debian's packages of the tools (each package is named as its tool). */
export const PREREQUISITE_PACKAGES: readonly string[] = Object.keys(PACKAGES);

function isPresent(tool: Tool, executable: string): boolean {
  if (tool === 'chromium') {
    try {
      accessSync(executable, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  const probe = spawnSync(executable, ['-v'], { encoding: 'utf8' });
  return probe.error === undefined && probe.status === 0;
}

/** `<tool> is missing (<executable>): <suites> need Debian's <tool> package: apt-get install <tool>` */
export function missingMessage(tool: Tool, executable: string): string {
  return (
    `${tool} is missing (${executable}): ${PACKAGES[tool].suites} Debian's ${tool} ` +
    `package: apt-get install ${tool}`
  );
}

const checked = new Map<Tool, Prerequisite>();

/** What a suite needs `tool` for: its executable, and the `describe` to declare tests with. */
export function needs(tool: Tool): Prerequisite {
  const known = checked.get(tool);
  if (known !== undefined) return known;
  const { env, fallback } = PACKAGES[tool];
  const executable = process.env[env] || fallback;
  const present = isPresent(tool, executable);
  const message = missingMessage(tool, executable);
  const prerequisite: Prerequisite = {
    tool,
    executable,
    present,
    describe: (title, fn) => {
      if (present) describe(title, fn);
      else if (process.env.CI === 'true')
        throw new Error(`${message} (CI=true: nothing may be skipped)`);
      else describe.skip(`${MISSING_MARKER} ${message} — ${title}`, fn);
    },
  };
  checked.set(tool, prerequisite);
  return prerequisite;
}
