/**
 * Headless Chromium for the browser tests: Debian's package (helpers/prerequisites.ts finds it),
 * driven by playwright-core, with the flags a container needs.
 */
import { chromium, type Browser } from 'playwright-core';
import { needs } from './prerequisites.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: needs('chromium').executable,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}
