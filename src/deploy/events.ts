/**
 * The events of one stack operation, read as they come: each poll returns only the events
 * that are new since the operation began and were not returned before (by EventId).
 */
import {
  type CloudFormationClient,
  DescribeStackEventsCommand,
  type DescribeStackEventsCommandOutput,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { isStackMissing } from '../aws/stack-outputs.js';

/** DescribeStackEvents pages read at most per poll (100 events a page). */
export const MAX_EVENT_PAGES = 10;

/** How a call to CloudFormation is made (retries on throttling, errors that name the stack). */
export type CfnCall = <T>(action: string, fn: () => Promise<T>) => Promise<T>;

export class StackEventLog {
  private readonly seen = new Set<string>();
  /** Every event collected so far, oldest first. */
  readonly events: StackEvent[] = [];

  /**
   * @param stackRef the stack id where known (it keeps answering after a deletion), else the name
   * @param since events before this time (CloudFormation's clock) belong to earlier operations
   */
  constructor(
    private readonly client: CloudFormationClient,
    private readonly call: CfnCall,
    private readonly stackRef: string,
    private readonly since: Date | undefined,
  ) {}

  /**
   * Marks the events already there (the newest page) as seen, without returning them: for an
   * operation about to start on a stack with a history.
   */
  async prime(): Promise<void> {
    try {
      const res = await this.call('DescribeStackEvents', () =>
        this.client.send(new DescribeStackEventsCommand({ StackName: this.stackRef })),
      );
      for (const e of res.StackEvents ?? []) if (e.EventId !== undefined) this.seen.add(e.EventId);
    } catch (e) {
      if (!isStackMissing(e)) throw e;
    }
  }

  /** The new events, oldest first. */
  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    const thisPoll = new Set<string>();
    let nextToken: string | undefined;
    pages: for (let page = 0; page < MAX_EVENT_PAGES; page++) {
      let res: DescribeStackEventsCommandOutput;
      try {
        res = await this.call('DescribeStackEvents', () =>
          this.client.send(
            new DescribeStackEventsCommand({
              StackName: this.stackRef,
              ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
            }),
          ),
        );
      } catch (e) {
        if (isStackMissing(e)) break; // deleted, and named by name: no more events to read
        throw e;
      }
      // Newest first: stop at the first event seen by an earlier poll or older than the operation.
      for (const e of res.StackEvents ?? []) {
        if (e.EventId === undefined) continue;
        if (this.seen.has(e.EventId)) break pages;
        if (this.since !== undefined && e.Timestamp !== undefined && e.Timestamp < this.since) {
          break pages;
        }
        if (thisPoll.has(e.EventId)) continue;
        thisPoll.add(e.EventId);
        fresh.push(e);
      }
      nextToken = res.NextToken;
      if (nextToken === undefined || nextToken === '') break;
    }
    fresh.reverse();
    for (const e of fresh) if (e.EventId !== undefined) this.seen.add(e.EventId);
    this.events.push(...fresh);
    return fresh;
  }
}
