/**
 * The CloudFront Functions runtime (`edge: function`, issue 14) in the rendered templates:
 *
 * - the site stack's `ViewerFunction` (viewer request) code comes from h14's renderer (`renderFunctionCode`,
 *   src/edge/function/render.ts) with a stand-in pepper (`PEPPER_MARK`); the code is cut at
 *   the stand-in and the two halves go around a CloudFormation dynamic reference to the site
 *   stack's `<stack-name>/pepper` secret (cloudformation/site.yaml). So no template, synth
 *   output, plan or log ever holds the pepper, and `synth` renders exactly what deploy sends;
 * - the edge stack keeps only the rate-limiting web ACL (scope CLOUDFRONT: us-east-1 only), so
 *   its Lambda resources are conditioned out and its `ZipFile` placeholder gets a constant.
 *
 * Pure.
 */

/**
 * h14's renderer: the viewer-request function's code with its configuration (realm, pepper) in
 * place. (The viewer-response function's code holds no secret: synth renders it whole, with
 * `renderResponseFunctionCode`.)
 */
export type RenderFunctionCode = (config: {
  readonly realm: string;
  readonly pepper: string;
  /** `login: form` (issue 23): the session key id and lifetime (src/edge/function/render.ts). */
  readonly session?: { readonly keyId: string; readonly lifetime: number } | undefined;
  /** `previews` (issue 25): a previews build (either login), with the preview domain if any. */
  readonly previews?: { readonly domain?: string } | undefined;
}) => string;

/**
 * A stand-in pepper of the real shape (43 base64url characters, `pepperProblem` accepts it)
 * that cannot occur in the bundled code by chance.
 */
export const PEPPER_MARK = 'SecureDistPepperStandIn0000000000000000000'.padEnd(43, '0');

export interface FunctionCodeParts {
  /** The code before the pepper (inside a JavaScript string literal). */
  readonly head: string;
  /** The code after it. */
  readonly tail: string;
}

/**
 * The rendered function code cut where the pepper goes. Throws unless the renderer put the
 * stand-in exactly once (the dynamic reference must replace the whole pepper and nothing else).
 */
export function functionCodeParts(render: RenderFunctionCode, realm: string): FunctionCodeParts {
  const code = render({ realm, pepper: PEPPER_MARK });
  const parts = code.split(PEPPER_MARK);
  const [head, tail] = parts;
  if (parts.length !== 2 || head === undefined || tail === undefined) {
    throw new Error(
      `function code: expected the pepper exactly once in the rendered code, found it ${parts.length - 1} time(s)`,
    );
  }
  return { head, tail };
}

/** What the edge stack's `ZipFile` holds with `edge: function` (its function is conditioned out). */
export const NO_EDGE_FUNCTION_CODE =
  '// edge: function - this stack holds only the web ACL; no Lambda@Edge function is created\n';

/** The CloudFront Function's name (site.yaml): `<stack-name>-site-<region>`. */
export function functionResourceName(stackName: string, region: string): string {
  return `${stackName}-site-${region}`;
}

/** The viewer-response CloudFront Function's name (site.yaml `ResponseFunction`). */
export function responseFunctionResourceName(stackName: string, region: string): string {
  return `${functionResourceName(stackName, region)}-response`;
}

/** The login CloudFront Function's name (site.yaml `LoginFunction`, `login: form`). */
export function loginFunctionResourceName(stackName: string, region: string): string {
  return `${functionResourceName(stackName, region)}-login`;
}

/** The users' KeyValueStore, created by the bootstrap stack (bootstrap.yaml `UsersStore`). */
export function usersStoreName(stackName: string): string {
  return `${stackName}-users`;
}

/** The users secret of the function runtime, in the site region (site.yaml `FunctionUsersSecret`). */
export function functionUsersSecretName(stackName: string): string {
  return `${stackName}/users`;
}

/** The pepper secret, in the site region (site.yaml `PepperSecret`). */
export function pepperSecretName(stackName: string): string {
  return `${stackName}/pepper`;
}
