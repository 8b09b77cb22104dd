/**
 * The preview serves the site file's `trusted-pages` (issue 22 #3): by default every published
 * file carries the content sandbox (src/edge/core/content-policy.ts) as it does at the edge;
 * with `trusted-pages: true` in the file, none. (The Chromium proof that the header stops a
 * published file from reading another user's is content-sandbox-browser.test.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import { CONTENT_SANDBOX, PAGE_SANDBOX } from '../src/edge/core/content-policy.js';
import { previewOptions, previewUp, siteFile } from './helpers/preview.js';

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const USERS = { BASIC_AUTH_USERS: 'alice:correct horse battery' };

/** The Content-Security-Policy of the example's home page and of a non-HTML file. */
async function policies(text: string): Promise<{ page: string | null; file: string | null }> {
  const preview = await previewUp(previewOptions({ config: siteFile(text) }), USERS);
  try {
    const get = async (p: string): Promise<string | null> => {
      const res = await fetch(new URL(p, preview.running.url), {
        headers: { Authorization: basic('alice', 'correct horse battery') },
      });
      await res.arrayBuffer();
      expect({ path: p, status: res.status }).toEqual({ path: p, status: 200 });
      return res.headers.get('content-security-policy');
    };
    return { page: await get('/'), file: await get('/img/logo.svg') };
  } finally {
    preview.stop();
    await preview.done;
  }
}

describe('trusted-pages in the preview', () => {
  it('without it, pages and files are sandboxed as at the edge', async () => {
    expect(await policies('content-dir: example\nusers: [alice]\n')).toEqual({
      page: PAGE_SANDBOX,
      file: CONTENT_SANDBOX,
    });
  }, 60_000);

  it('with trusted-pages: true in the site file, neither is', async () => {
    expect(await policies('content-dir: example\nusers: [alice]\ntrusted-pages: true\n')).toEqual({
      page: null,
      file: null,
    });
  }, 60_000);
});
