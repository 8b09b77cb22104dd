/**
 * A jest reporter (jest.config.js) that ends the run by naming the suites skipped because a
 * system tool is missing, and the Debian package to install for each. The suites mark such
 * blocks through helpers/prerequisites.ts: a skipped block titled
 * `[missing prerequisite] <tool> is missing (…): … apt-get install <package> — <title>`.
 */
import path from 'node:path';

const MARKER = '[missing prerequisite] '; // MISSING_MARKER in prerequisites.ts
const TITLE = /^\[missing prerequisite\] (.*?: apt-get install (\S+)) — /;

export default class PrerequisitesReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    /** message => Set of test files */
    const missing = new Map();
    const packages = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const top = test.ancestorTitles[0] ?? '';
        if (!top.startsWith(MARKER)) continue;
        const m = TITLE.exec(top);
        if (m === null) continue;
        packages.add(m[2]);
        const files = missing.get(m[1]) ?? new Set();
        files.add(path.relative(this.rootDir, file.testFilePath));
        missing.set(m[1], files);
      }
    }
    if (missing.size === 0) return;
    const lines = [
      '',
      'Skipped because a system tool is missing (with CI=true they fail instead):',
    ];
    // Sorted, so the report reads the same whichever suite finished first.
    for (const [message, files] of [...missing].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${message}`);
      for (const file of [...files].sort()) lines.push(`    skipped: ${file}`);
    }
    lines.push(`To run them: apt-get install ${[...packages].sort().join(' ')}`, '');
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}
