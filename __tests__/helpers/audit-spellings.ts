/**
 * Issue 22 #1: URIs that all fetch the object `reports/q3.pdf` (the last one through a share
 * link), and the audit lines the deployed handler writes for them, so the edge test and the
 * `command: audit` test look at the same lines.
 */
import { buildEdgeConfig, loadHandlerFromSource, renderEdgeCode } from '../../src/edge/config.js';
import { viewerRequestEvent } from '../../src/edge/events.js';
import type { CloudFrontResult } from '../../src/edge/events.js';

export const Q3_KEY = 'reports/q3.pdf';

export const SPELLINGS_OF_Q3 = [
  '/reports/q3.pdf',
  '/reports//q3.pdf',
  '//reports/q3.pdf',
  '/%72eports/q3.pdf',
  '/reports/q%33.pdf',
  '/_share/reports/q3.pdf',
] as const;

export const SHARE_KEY_ID = 'K2JCJMDEHXQW5F';
const PASSWORD = 'correct horse battery staple';

/** One request per spelling (alice with Basic auth, or a signed share link), through the handler. */
export async function linesForSpellingsOfQ3(
  now: number,
): Promise<{ lines: string[]; results: CloudFrontResult[] }> {
  const code = renderEdgeCode(
    buildEdgeConfig({
      scope: 'audit-test',
      realm: 'Audit',
      users: [{ user: 'alice', password: PASSWORD }],
      audit: true,
      share: true,
    }),
  );
  const lines: string[] = [];
  const handler = loadHandlerFromSource(code, { now: () => now, log: (l) => lines.push(l) });
  const basic = `Basic ${Buffer.from(`alice:${PASSWORD}`, 'utf8').toString('base64')}`;
  const results: CloudFrontResult[] = [];
  for (const uri of SPELLINGS_OF_Q3) {
    results.push(
      await handler(
        viewerRequestEvent({
          uri,
          ...(uri.startsWith('/_share/')
            ? { querystring: `Expires=1796000000&Signature=sig&Key-Pair-Id=${SHARE_KEY_ID}` }
            : { authorization: basic }),
        }),
      ),
    );
  }
  return { lines, results };
}
