/**
 * The pull request a `preview` or `preview-cleanup` run is for, read from the event that
 * started the workflow (`GITHUB_EVENT_NAME`, and the payload at `GITHUB_EVENT_PATH`). Pure.
 *
 * The `pull_request` payload carries `number`, `action` and the pull request object with its
 * `head.sha` and `state`:
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request
 */

export interface PullRequestEvent {
  readonly number: number;
  /** `pull_request.head.sha`: the commit the preview shows. */
  readonly sha: string;
  /** `opened`, `synchronize`, `reopened`, `closed`, ... */
  readonly action: string | undefined;
}

/** What `preview-cleanup` removes: one closed pull request's preview, or every stale one. */
export type CleanupEvent =
  | { readonly kind: 'closed'; readonly pullRequest: PullRequestEvent }
  | { readonly kind: 'sweep'; readonly eventName: string };

/** Events on which `preview-cleanup` looks at every preview (no pull request in them). */
export const SWEEP_EVENTS = ['schedule', 'workflow_dispatch'] as const;

const field = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && key in o ? Reflect.get(o, key) : undefined;

/** The pull request of a `pull_request` event's payload, or undefined when it has none. */
function pullRequestOf(payload: unknown): PullRequestEvent | undefined {
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  const sha = field(field(pr, 'head'), 'sha');
  const action = field(payload, 'action');
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return undefined;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  return { number, sha, action: typeof action === 'string' ? action : undefined };
}

/** `command: preview`: a `pull_request` event that is not `closed`. */
export function previewEvent(eventName: string | undefined, payload: unknown): PullRequestEvent {
  if (eventName !== 'pull_request') {
    throw new Error(
      `\`command: preview\` runs on \`pull_request\` events (opened, synchronize, reopened); this run is for \`${eventName ?? 'no event'}\` (docs/previews.md)`,
    );
  }
  const pr = pullRequestOf(payload);
  if (pr === undefined) {
    throw new Error(
      '`command: preview`: the event payload (GITHUB_EVENT_PATH) has no `pull_request.number` and `pull_request.head.sha`',
    );
  }
  if (pr.action === 'closed') {
    throw new Error(
      `\`command: preview\`: pull request #${pr.number} was closed; run \`command: preview-cleanup\` on \`closed\` to remove its preview`,
    );
  }
  return pr;
}

/** `command: preview-cleanup`: `pull_request` closed, or a schedule / manual run. */
export function cleanupEvent(eventName: string | undefined, payload: unknown): CleanupEvent {
  if (eventName === 'pull_request') {
    const pr = pullRequestOf(payload);
    if (pr === undefined) {
      throw new Error(
        '`command: preview-cleanup`: the event payload (GITHUB_EVENT_PATH) has no `pull_request.number`',
      );
    }
    if (pr.action !== 'closed') {
      throw new Error(
        `\`command: preview-cleanup\` on \`pull_request\` runs when it is \`closed\`; this event is \`${pr.action ?? 'unknown'}\` (add \`types: [closed]\` to the trigger)`,
      );
    }
    return { kind: 'closed', pullRequest: pr };
  }
  const sweep = SWEEP_EVENTS.find((e) => e === eventName);
  if (sweep !== undefined) return { kind: 'sweep', eventName: sweep };
  throw new Error(
    `\`command: preview-cleanup\` runs on \`pull_request\` (closed), \`schedule\` or \`workflow_dispatch\`; this run is for \`${eventName ?? 'no event'}\``,
  );
}
