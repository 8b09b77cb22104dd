/** The sticky plan comment, pure: marker, body, truncation, create vs update. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import http from 'node:http';
import * as github from '@actions/github';
import { upsertPlanComment } from '../src/report/pr-comment.js';
import {
  COMMENT_LIMIT,
  chooseCommentAction,
  planCommentMarker,
  renderPlanComment,
  type PlanCommentInput,
} from '../src/report/plan-comment.js';

const base: PlanCommentInput = {
  stackName: 'docs',
  markdown: '### Plan (nothing was changed)\n\n| stack | would | changes |',
  noChanges: false,
  commit: {
    sha: '0123456789abcdef0123456789abcdef01234567',
    url: 'https://github.com/o/r/commit/0123456',
  },
  now: new Date('2026-11-29T05:42:13Z'),
  runUrl: 'https://github.com/o/r/actions/runs/9',
};

describe('renderPlanComment', () => {
  it('starts with the marker and says when and for which commit', () => {
    const body = renderPlanComment(base);
    expect(body.split('\n')[0]).toBe('<!-- secure-dist-plan:docs -->');
    expect(body).toContain(
      'Last updated 2026-11-29 05:42 UTC for commit [`0123456`](https://github.com/o/r/commit/0123456).',
    );
    expect(body).toContain('### Plan (nothing was changed)');
  });

  it('says "no changes" in one line instead of the plan', () => {
    const body = renderPlanComment({ ...base, noChanges: true });
    expect(body).not.toContain('### Plan');
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      'No changes: the stacks and the content are up to date.',
    );
  });

  it('keeps a short plan whole and cuts a long one under the limit, pointing to the job summary', () => {
    expect(renderPlanComment(base)).not.toContain('was cut');
    const long = {
      ...base,
      markdown: Array.from({ length: 20_000 }, (_, i) => `| row ${i} |`).join('\n'),
    };
    const body = renderPlanComment(long);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(
      'the full plan is in the [job summary](https://github.com/o/r/actions/runs/9)',
    );
    expect(body).toContain('| row 0 |');
  });

  it('never exceeds the limit, whatever the plan (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 400, max: 2000 }),
        (markdown, limit) => {
          const body = renderPlanComment({ ...base, markdown }, limit);
          expect(body.length).toBeLessThanOrEqual(limit);
          expect(body.startsWith(planCommentMarker('docs'))).toBe(true);
        },
      ),
    );
  });
});

describe('chooseCommentAction', () => {
  const marker = planCommentMarker('docs');
  it('creates when no comment carries the marker', () => {
    expect(chooseCommentAction([], marker, 'b', 'bot')).toEqual({ kind: 'create' });
  });
  it("updates the token's own comment for the same stack", () => {
    const comments = [
      { id: 1, body: 'hello', author: 'bot' },
      { id: 2, body: `${marker}\nold`, author: 'bot' },
    ];
    expect(chooseCommentAction(comments, marker, 'new', 'bot')).toEqual({ kind: 'update', id: 2 });
    expect(chooseCommentAction(comments, marker, `${marker}\nold`, 'bot')).toEqual({
      kind: 'unchanged',
      id: 2,
    });
  });
  it('ignores other stacks, other authors and the marker quoted inside a comment', () => {
    const comments = [
      { id: 3, body: `${planCommentMarker('docs-2')}\nplan`, author: 'bot' },
      { id: 4, body: `${marker}\nplan`, author: 'someone' },
      { id: 5, body: `> see\n${marker}\nplan`, author: 'bot' },
      { id: 6, body: undefined, author: 'bot' },
    ];
    expect(chooseCommentAction(comments, marker, 'b', 'bot')).toEqual({ kind: 'create' });
  });
});

describe('upsertPlanComment against a local API server', () => {
  type Send = (status: number, value: unknown) => void;
  /** Runs `fn` with an Octokit pointed at a loopback API server answering with `answer`. */
  async function withApi(
    answer: (call: string, body: string, send: Send) => void,
    fn: (octokit: ReturnType<typeof github.getOctokit>) => Promise<void>,
  ): Promise<void> {
    const api = http.createServer((req, res) => {
      let data = '';
      req.setEncoding('utf8').on('data', (d: string) => (data += d));
      req.on('end', () => {
        const call = `${req.method ?? ''} ${new URL(req.url ?? '/', 'http://x').pathname}`;
        const parsed: unknown = JSON.parse(data || 'null');
        const body =
          typeof parsed === 'object' && parsed !== null && 'body' in parsed
            ? String(parsed.body)
            : '';
        answer(call, body, (status, value) => {
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        });
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await fn(github.getOctokit('ghp_test', { baseUrl: `http://127.0.0.1:${port}` }));
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  }
  const pr = { owner: 'o', repo: 'r', issueNumber: 3 };

  it('posts a too-long plan cut under the limit, then updates that comment instead of adding one', async () => {
    const stored: { id: number; body: string; user: { login: string } }[] = [];
    const calls: string[] = [];
    const answer = (call: string, body: string, send: Send): void => {
      calls.push(call);
      if (call === 'GET /user') return send(200, { login: 'deployer' });
      if (call === 'GET /repos/o/r/issues/3/comments') return send(200, stored);
      if (call === 'POST /repos/o/r/issues/3/comments') {
        // GitHub's own check (see COMMENT_LIMIT).
        if (body.length > COMMENT_LIMIT) return send(422, { message: 'body is too long' });
        const c = { id: 11, body, user: { login: 'deployer' } };
        stored.push(c);
        return send(201, c);
      }
      if (call === 'PATCH /repos/o/r/issues/comments/11' && stored[0] !== undefined) {
        stored[0].body = body;
        return send(200, stored[0]);
      }
      return send(404, { message: 'Not Found' });
    };
    await withApi(answer, async (octokit) => {
      const markdown = Array.from(
        { length: 9000 },
        (_, i) => `| \`key-${i}.html\` | upload |`,
      ).join('\n');
      const long = renderPlanComment({ ...base, markdown });
      expect(markdown.length).toBeGreaterThan(COMMENT_LIMIT);
      expect(await upsertPlanComment(octokit, pr, 'docs', long)).toEqual({ kind: 'create' });
      expect(stored).toHaveLength(1);
      expect(stored[0]?.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(stored[0]?.body).toContain("cut to fit GitHub's comment size limit");
      const next = renderPlanComment({ ...base, noChanges: true });
      expect(await upsertPlanComment(octokit, pr, 'docs', next)).toEqual({
        kind: 'update',
        id: 11,
      });
      expect(stored.map((c) => c.body)).toEqual([next]);
      expect(calls.filter((c) => !c.startsWith('GET'))).toEqual([
        'POST /repos/o/r/issues/3/comments',
        'PATCH /repos/o/r/issues/comments/11',
      ]);
    });
  });

  // The workflow's token (github-token's default) without `pull-requests: write`.
  it('turns a 403 into the permission the job lacks, and leaves other errors as they are', async () => {
    const answer = (call: string, _body: string, send: Send): void => {
      if (call === 'GET /repos/o/r/issues/3/comments') return send(200, []);
      if (call === 'POST /repos/o/r/issues/3/comments')
        return send(403, { message: 'Resource not accessible by integration' });
      return send(404, { message: 'Not Found' });
    };
    await withApi(answer, async (octokit) => {
      await expect(upsertPlanComment(octokit, pr, 'docs', 'plan')).rejects.toThrow(
        /^`comment-on-pr`: GitHub refused the plan comment on #3 \(403: Resource not accessible by integration.*\); give the job `permissions: pull-requests: write`/,
      );
      await expect(
        upsertPlanComment(octokit, { ...pr, issueNumber: 4 }, 'docs', 'plan'),
      ).rejects.toThrow(/^Not Found/);
    });
  });
});
