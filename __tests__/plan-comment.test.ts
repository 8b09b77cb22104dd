/** The sticky plan comment, pure: marker, body, truncation, create vs update. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
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
    expect(chooseCommentAction([], 'docs', 'b', 'bot')).toEqual({ kind: 'create' });
  });
  it("updates the token's own comment for the same stack", () => {
    const comments = [
      { id: 1, body: 'hello', author: 'bot' },
      { id: 2, body: `${marker}\nold`, author: 'bot' },
    ];
    expect(chooseCommentAction(comments, 'docs', 'new', 'bot')).toEqual({ kind: 'update', id: 2 });
    expect(chooseCommentAction(comments, 'docs', `${marker}\nold`, 'bot')).toEqual({
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
    expect(chooseCommentAction(comments, 'docs', 'b', 'bot')).toEqual({ kind: 'create' });
  });
});
