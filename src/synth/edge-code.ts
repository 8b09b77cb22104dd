/**
 * The Lambda@Edge code in the edge stack's `Code.ZipFile` (cloudformation/edge.yaml): the
 * rendered code cut at `SESSION_SECRET_SLOT` (`login: form`), the two halves around a
 * CloudFormation dynamic reference to the stack's `SessionSecret`, as the site stack's
 * `FunctionCode` goes around its pepper (./function-site.ts). No template, synth output, plan
 * or log holds the session secret. With `login: basic` the code holds no slot: the head is the
 * whole code and the tail is empty. Pure.
 */
import { SESSION_SECRET_SLOT, type EdgePreviews } from '../edge/config.js';
import type { Previews } from '../site/model.js';
import { isJsonObject, type Json } from './json.js';

export interface EdgeCodeParts {
  /** The code before the secret (it ends inside a JavaScript string literal). */
  readonly head: string;
  /** The code after it. */
  readonly tail: string;
}

/**
 * The rendered code cut where the session secret goes. Throws unless the slot is there exactly
 * once with a session (`session`), and not at all without one.
 */
export function edgeCodeParts(code: string, session: boolean): EdgeCodeParts {
  const parts = code.split(SESSION_SECRET_SLOT);
  const found = parts.length - 1;
  if (!session) {
    if (found !== 0) {
      throw new Error(
        `edge code: the session secret slot is in code rendered without a session (${found} time(s))`,
      );
    }
    return { head: code, tail: '' };
  }
  const [head, tail] = parts;
  if (found !== 1 || head === undefined || tail === undefined) {
    throw new Error(
      `edge code: expected the session secret slot exactly once in the rendered code, found it ${found} time(s)`,
    );
  }
  return { head, tail };
}

/** The dynamic reference between the halves, as edge.yaml writes it. */
const SECRET_REFERENCE: Json = {
  'Fn::If': [
    'HasSessionSecret',
    {
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'SessionSecret' }, ':SecretString}}']],
    },
    '',
  ],
};

/** Is `zipFile` (a rendered `Code.ZipFile`) exactly `Fn::Join` of these halves around the reference? */
export function isEdgeZipFile(zipFile: Json | undefined, parts: EdgeCodeParts): boolean {
  return (
    JSON.stringify(zipFile) ===
    JSON.stringify({ 'Fn::Join': ['', [parts.head, SECRET_REFERENCE, parts.tail]] })
  );
}

/**
 * The code Lambda gets from a rendered `Code.ZipFile`, with `sessionSecret` where
 * CloudFormation would resolve the dynamic reference. For tests, the benchmark and the
 * sandbox, which use a local secret. The tail is empty exactly when the code was rendered
 * without a session (`edgeCodeParts`: the slot sits inside a string literal, so code always
 * follows it), which is when the stack's `LoginForm` is 'false' and the Fn::If adds nothing.
 * Throws on any other shape.
 */
export function resolvedEdgeCode(zipFile: Json | undefined, sessionSecret: string): string {
  const join = isJsonObject(zipFile) ? zipFile['Fn::Join'] : undefined;
  const list = Array.isArray(join) ? join[1] : undefined;
  const [head, reference, tail] = Array.isArray(list) ? list : [];
  if (
    typeof head !== 'string' ||
    typeof tail !== 'string' ||
    !Array.isArray(list) ||
    list.length !== 3 ||
    JSON.stringify(reference) !== JSON.stringify(SECRET_REFERENCE)
  ) {
    throw new Error('edge template: Code.ZipFile is not the code around the session secret');
  }
  return tail === '' ? head : head + sessionSecret + tail;
}

/**
 * The edge's `previews` (issue 25, src/edge/core/preview.ts) from the site's: the preview
 * domain (lower case) and who may open previews. Undefined when previews are off. The
 * Lambda@Edge configuration takes it as is (`buildEdgeConfig`'s `previews`); the CloudFront
 * Functions runtime takes the domain in its code (`renderFunctionCode`'s `previews`) and the
 * users as store keys (`buildStoreEntries`'s `previewUsers`). Without `users`: every user.
 */
export function edgePreviews(
  previews: (Pick<Previews, 'domain'> & Partial<Pick<Previews, 'users'>>) | undefined,
): EdgePreviews | undefined {
  if (previews === undefined) return undefined;
  const users = previews.users === undefined || previews.users === '*' ? '*' : [...previews.users];
  return previews.domain === undefined
    ? { users }
    : { domain: previews.domain.toLowerCase(), users };
}
