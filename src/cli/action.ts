/**
 * The names the CLI writes into a user's repository and prints: the action's own repository
 * (the one place it is spelled), the major version workflows pin, and the conventions shared by
 * the workflows `init` writes, the bootstrap command it prints and what `check` compares.
 */

/** The action's repository on GitHub, as `uses:` and `npx github:` name it. */
export const ACTION_REPOSITORY = 'org/secure-dist-action';
/** The major version tag the written workflows use (`uses: …@v1`), moved on every release. */
export const ACTION_MAJOR = 'v1';
/** `uses:` of the written workflows. */
export const ACTION_USES = `${ACTION_REPOSITORY}@${ACTION_MAJOR}`;
/** How a user runs this CLI without cloning the repository. */
export const CLI_COMMAND = `npx github:${ACTION_REPOSITORY}`;
/** The same CLI at the version the workflows use (the bootstrap template must match it). */
export const CLI_COMMAND_AT_MAJOR = `npx github:${ACTION_REPOSITORY}#${ACTION_MAJOR}`;
/**
 * The site file's JSON Schema at that version, for the `# yaml-language-server: $schema=` line
 * (src/site/schema.json in the repository).
 */
export const SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/src/site/schema.json`;

/** The GitHub environment the deploying jobs run in, and the bootstrap's `Environment`. */
export const ENVIRONMENT = 'secure-dist';
/** The repository variables holding the bootstrap stack's role ARNs. */
export const DEPLOY_ROLE_VARIABLE = 'SECURE_DIST_ROLE_ARN';
export const PLAN_ROLE_VARIABLE = 'SECURE_DIST_PLAN_ROLE_ARN';
/** The preview role's (bootstrap output PreviewRoleArn): .github/workflows/preview.yml, docs/previews.md. */
export const PREVIEW_ROLE_VARIABLE = 'SECURE_DIST_PREVIEW_ROLE_ARN';
/** One deploy at a time, shared by publish and rotate. */
export const CONCURRENCY_GROUP = 'secure-dist-deploy';

/** The workflow files `init` writes. */
export const WORKFLOW_FILES = {
  publish: '.github/workflows/publish.yml',
  rotate: '.github/workflows/rotate.yml',
  plan: '.github/workflows/plan.yml',
} as const;

/** The bootstrap stack of site `stackName`. */
export const bootstrapStackName = (stackName: string): string => `${stackName}-bootstrap`;

/**
 * The checkout step of the written workflows: pinned by commit SHA, as this repository's own
 * workflows pin it (a test keeps the two the same, so Dependabot's updates reach both).
 */
export const CHECKOUT_USES = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
