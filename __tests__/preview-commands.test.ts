/**
 * The pure parts of `command: preview` and `command: preview-cleanup` (issue 25): the event,
 * the manifest's metadata, the URL, which previews a sweep removes, the invalidation paths of
 * removed previews, and the sticky comment's body and marker.
 */
import { describe, expect, it } from '@jest/globals';
import { cleanupEvent, previewEvent } from '../src/preview/event.js';
import { parsePreviewMetadata, previewMetadata } from '../src/preview/metadata.js';
import { previewUrl } from '../src/preview/url.js';
import { staleReason } from '../src/preview/stale.js';
import { removedPaths } from '../src/commands/preview-cleanup.js';
import { previewsOf } from '../src/commands/preview.js';
import {
  previewCommentMarker,
  renderPreviewComment,
  renderRemovedComment,
} from '../src/report/preview-comment.js';
import { chooseCommentAction, planCommentMarker } from '../src/report/plan-comment.js';
import { siteFrom } from './helpers/site.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const payload = (action: string, number = 12, sha = SHA) => ({
  action,
  number,
  pull_request: { number, head: { sha } },
});
const DAY = 86400_000;

describe('the event a preview run is for', () => {
  it('takes the number and head commit of a pull_request event', () => {
    expect(previewEvent('pull_request', payload('synchronize'))).toEqual({
      number: 12,
      sha: SHA,
      action: 'synchronize',
    });
  });
  it('refuses other events, a closed pull request and a payload without the pull request', () => {
    expect(() => previewEvent('push', {})).toThrow(
      /`command: preview` runs on `pull_request` events .* this run is for `push`/,
    );
    expect(() => previewEvent('pull_request_target', payload('opened'))).toThrow(
      /`pull_request_target`/,
    );
    expect(() => previewEvent('pull_request', payload('closed'))).toThrow(/preview-cleanup/);
    expect(() => previewEvent('pull_request', { pull_request: { number: 3 } })).toThrow(
      /no `pull_request.number` and `pull_request.head.sha`/,
    );
    expect(() => previewEvent('pull_request', payload('opened', 0))).toThrow(/GITHUB_EVENT_PATH/);
  });
  it('cleans up one closed pull request, or sweeps on a schedule or by hand', () => {
    expect(cleanupEvent('pull_request', payload('closed'))).toEqual({
      kind: 'closed',
      pullRequest: { number: 12, sha: SHA, action: 'closed' },
    });
    expect(cleanupEvent('schedule', {})).toEqual({ kind: 'sweep', eventName: 'schedule' });
    expect(cleanupEvent('workflow_dispatch', {})).toEqual({
      kind: 'sweep',
      eventName: 'workflow_dispatch',
    });
    expect(() => cleanupEvent('pull_request', payload('synchronize'))).toThrow(/types: \[closed\]/);
    expect(() => cleanupEvent('push', {})).toThrow(/this run is for `push`/);
  });
});

describe('the manifest metadata', () => {
  it('expires expire-after after the update, and reads back only whole', () => {
    const m = previewMetadata(4, SHA, Date.parse('2026-12-01T10:00:00Z'), 7 * 86400);
    expect(m).toEqual({
      pullRequest: 4,
      commit: SHA,
      updated: '2026-12-01T10:00:00.000Z',
      expires: '2026-12-08T10:00:00.000Z',
    });
    expect(parsePreviewMetadata(JSON.stringify({ version: 1, objects: {}, metadata: m }))).toEqual(
      m,
    );
    expect(parsePreviewMetadata(JSON.stringify({ version: 1, objects: {} }))).toBeUndefined();
    expect(
      parsePreviewMetadata(JSON.stringify({ metadata: { ...m, expires: 'soon' } })),
    ).toBeUndefined();
    expect(parsePreviewMetadata('{not json')).toBeUndefined();
    expect(parsePreviewMetadata(undefined)).toBeUndefined();
  });
});

describe('the preview URL', () => {
  it('is a host per preview with a preview domain, the path form on the site host otherwise', () => {
    expect(previewUrl({ domain: 'preview.example.com' }, 12, 'docs.example.com')).toBe(
      'https://pr-12.preview.example.com/',
    );
    expect(previewUrl({ domain: undefined }, 12, 'd111111abcdef8.cloudfront.net')).toBe(
      'https://d111111abcdef8.cloudfront.net/_previews/pr-12/',
    );
    expect(previewUrl({ domain: undefined }, 12, undefined)).toBeUndefined();
  });
  it('is refused when previews are off, naming the setting and the file', () => {
    const site = siteFrom({ 'stack-name': 'docs', region: 'eu-central-1', users: ['alice'] });
    expect(() => previewsOf(site, 'preview')).toThrow(
      '`command: preview`: previews are off for this site: set `previews: true` (or a `previews:` block) in secure-dist.yml',
    );
  });
});

describe('which previews a sweep removes', () => {
  const now = Date.parse('2026-12-10T00:00:00Z');
  const preview = (expires: string | undefined) => ({
    pullRequest: 5,
    prefix: '_previews/pr-5/',
    metadata:
      expires === undefined
        ? undefined
        : { pullRequest: 5, commit: SHA, updated: '2026-12-01T00:00:00Z', expires },
  });
  it('removes the expired, the closed, and the unfinished older than expire-after', () => {
    const week = 7 * 86400;
    const live = preview('2026-12-11T00:00:00Z');
    expect(
      staleReason(
        { preview: preview('2026-12-09T23:59:59Z'), state: 'open', newestWrite: undefined },
        now,
        week,
      ),
    ).toBe('expired');
    expect(
      staleReason({ preview: live, state: 'open', newestWrite: undefined }, now, week),
    ).toBeUndefined();
    expect(
      staleReason({ preview: live, state: undefined, newestWrite: undefined }, now, week),
    ).toBeUndefined();
    expect(staleReason({ preview: live, state: 'closed', newestWrite: undefined }, now, week)).toBe(
      'pull request closed',
    );
    expect(
      staleReason(
        { preview: preview(undefined), state: 'open', newestWrite: now - 8 * DAY },
        now,
        week,
      ),
    ).toBe('no manifest');
    expect(
      staleReason(
        { preview: preview(undefined), state: 'open', newestWrite: now - DAY },
        now,
        week,
      ),
    ).toBeUndefined();
  });
  it('invalidates one wildcard per removed preview, and `/_previews/*` past 15 of them', () => {
    const removed = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ prefix: `_previews/pr-${i + 1}/` }));
    expect(removedPaths(removed(2))).toEqual(['/_previews/pr-1/*', '/_previews/pr-2/*']);
    expect(removedPaths(removed(15))).toHaveLength(15);
    expect(removedPaths(removed(16))).toEqual(['/_previews/*']);
  });
});

describe('the sticky preview comment', () => {
  const input = {
    stackName: 'docs',
    pullRequest: 12,
    url: 'https://pr-12.preview.example.com/',
    commit: { sha: SHA, url: 'https://github.com/o/r/pull/12/commits/' + SHA },
    updated: new Date('2026-12-01T10:00:00Z'),
    expires: new Date('2026-12-08T10:00:00Z'),
    users: ['alice', 'b_b'] as const,
  };
  it('shows the URL, the commit, the expiry and who may open it, under its own marker', () => {
    const body = renderPreviewComment(input);
    expect(body.split('\n')[0]).toBe('<!-- secure-dist-preview:docs -->');
    expect(body).toContain('**https://pr-12.preview.example.com/**');
    expect(body).toContain('[`0123456`](https://github.com/o/r/pull/12/commits/');
    expect(body).toContain('| Expires | 2026-12-08 10:00 UTC');
    expect(body).toContain('alice, b\\_b');
    expect(renderPreviewComment({ ...input, url: undefined })).toContain('`/_previews/pr-12/`');
  });
  it.each([
    ['expired', 'it expired'],
    ['pull request closed', 'its pull request was closed'],
    ['no manifest', 'it was left unfinished'],
    ['previews are off', 'previews are off for this site'],
  ] as const)('says why the preview was removed: %s', (reason, wording) => {
    const body = renderRemovedComment('docs', 12, reason, new Date('2026-12-09T00:00:00Z'));
    expect(body.split('\n')[0]).toBe('<!-- secure-dist-preview:docs -->');
    expect(body).toContain('## Preview of #12 (`docs`)');
    expect(body).toContain(`The preview was removed at 2026-12-09 00:00 UTC: ${wording}.`);
  });
  it('is never taken for the plan comment, nor the plan comment for it', () => {
    const plan = { id: 1, body: `${planCommentMarker('docs')}\nplan`, author: 'bot' };
    const preview = { id: 2, body: renderPreviewComment(input), author: 'bot' };
    expect(chooseCommentAction([plan], previewCommentMarker('docs'), 'x', 'bot')).toEqual({
      kind: 'create',
    });
    expect(chooseCommentAction([plan, preview], previewCommentMarker('docs'), 'x', 'bot')).toEqual({
      kind: 'update',
      id: 2,
    });
    expect(chooseCommentAction([preview], planCommentMarker('docs'), 'x', 'bot')).toEqual({
      kind: 'create',
    });
  });
});
