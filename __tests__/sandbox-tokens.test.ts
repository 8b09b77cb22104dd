/**
 * Automation tokens in `secure-dist preview` (issue 23 item 3): the site file's tokens get
 * values for the run, printed at start like generated passwords, and work over HTTP through
 * the same Lambda@Edge handler as on AWS; a token removed from the file is refused by the next
 * render (the edge is rendered without it, as the next deploy renders it).
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { TokenCredential } from '../src/edge/config.js';
import { generateToken } from '../src/rotate/tokens.js';
import { startSandbox } from '../src/sandbox/sandbox.js';
import { previewOptions, previewUp, S3_SERVER_SCRIPT, siteFile } from './helpers/preview.js';
import { REPO_ROOT } from './helpers/s3-server.js';

const SITE = [
  'content-dir: example',
  'users: [alice]',
  'automation-tokens:',
  '  checker:',
  '  reports:',
  '    access: /acme/**',
  '',
].join('\n');

async function get(url: string, path: string, token?: string): Promise<number> {
  const res = await fetch(new URL(path, url), {
    headers: token === undefined ? {} : { 'X-Secure-Dist-Token': token },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('preview with automation tokens', () => {
  it('prints a value per token and lets a token header in, with its access globs', async () => {
    const preview = await previewUp(previewOptions({ config: siteFile(SITE) }));
    try {
      const url = preview.running.url;
      const checker = /token:checker (sdt1_[\w-]{43})/.exec(preview.text)?.[1] ?? '';
      const reports =
        /token:reports (sdt1_[\w-]{43}) \(\/acme\/\*\*\)/.exec(preview.text)?.[1] ?? '';
      expect(checker).not.toBe('');
      expect(reports).not.toBe('');
      expect(preview.text).toContain(`curl -i -H 'X-Secure-Dist-Token: ${checker}' ${url}`);
      expect(await get(url, '/docs/', checker)).toBe(200);
      expect(await get(url, '/acme/report.txt', reports)).toBe(200);
      expect(await get(url, '/docs/', reports)).toBe(403);
      expect(await get(url, '/docs/', `sdt1_${'A'.repeat(43)}`)).toBe(401);
      expect(await get(url, '/docs/')).toBe(401);
    } finally {
      preview.stop();
      expect(await preview.done).toBe(0);
    }
  });

  it('a token the next render leaves out (removed from the file) is refused with the same value', async () => {
    const value = generateToken();
    const start = (tokens: TokenCredential[]) =>
      startSandbox({
        contentDir: path.join(REPO_ROOT, 'example'),
        contentDirLabel: 'example',
        port: 0,
        users: [{ user: 'alice', password: 'alice-password-1' }],
        tokens,
        realm: 'Tokens',
        watch: false,
        s3ServerScript: S3_SERVER_SCRIPT,
        maxSeconds: 600,
        log: { info: () => undefined, warn: () => undefined },
      });
    const before = await start([{ name: 'ci', token: value }]);
    try {
      expect(await get(before.url, '/docs/', value)).toBe(200);
    } finally {
      await before.close();
    }
    const after = await start([]);
    try {
      expect(await get(after.url, '/docs/', value)).toBe(401);
    } finally {
      await after.close();
    }
  });
});
