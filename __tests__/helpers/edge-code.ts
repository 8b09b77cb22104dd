/**
 * The Lambda@Edge code a rendered edge template deploys, with a local session secret where
 * CloudFormation would resolve the dynamic reference (src/synth/edge-code.ts).
 */
import { jsonAt } from '../../src/synth/json.js';
import { resolvedEdgeCode } from '../../src/synth/edge-code.js';

/** A session secret of the real shape (43 letters and digits), for tests only. */
export const TEST_SESSION_SECRET = 'TestSessionSecret'.padEnd(43, '0');

/** The function's code in `templateBody` (an edge stack's compact JSON). */
export function edgeCodeOf(templateBody: string, sessionSecret = TEST_SESSION_SECRET): string {
  return resolvedEdgeCode(
    jsonAt(JSON.parse(templateBody), 'Resources', 'EdgeFunction', 'Properties', 'Code', 'ZipFile'),
    sessionSecret,
  );
}
