/**
 * What a site with `previews` needs from its bootstrap stack (docs/previews.md, "The preview
 * role"): `AllowPullRequestPreviews=true`, whose output `PreviewRoleArn` the preview workflow
 * assumes from the repository variable SECURE_DIST_PREVIEW_ROLE_ARN
 * (.github/workflows/preview.yml). Offline, `check` says what to set; with `--bootstrap` it
 * reads the stack (`<stack-name>-bootstrap` in the site's region, where `init`'s command
 * deploys it) and says whether it has them, with the commands that add what it lacks.
 *
 * Facts:
 * - DescribeStacks gives the parameters a stack was last deployed with and its outputs; a
 *   stack that does not exist is a `ValidationError`
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html;
 *   src/aws/stack-outputs.ts `findStack`). The output exists only with the parameter on
 *   (cloudformation/bootstrap.yaml: `PreviewRoleArn` has `Condition: PreviewRoleWanted`).
 * - `aws cloudformation deploy --parameter-overrides` keeps every parameter not named at the
 *   stack's existing value ("If you're updating a stack and you don't specify a parameter, the
 *   command uses the stack's existing value": aws/aws-cli
 *   awscli/customizations/cloudformation/deploy.py, `merge_parameters` sets UsePreviousValue),
 *   and a parameter new to the template takes its Default (aws/aws-cli#2599, fixed by #2659):
 *   so naming only AllowPullRequestPreviews changes nothing else, even on a stack deployed
 *   from a template older than previews.
 * - Whether the repository variable holds that ARN is GitHub's to say, not the stack's:
 *   `check` prints the command that sets it and reads no GitHub setting.
 */
import type { DeployedStack } from '../../aws/stack-outputs.js';
import type { Site } from '../../site/model.js';
import { bootstrapStackName, CLI_COMMAND_AT_MAJOR, PREVIEW_ROLE_VARIABLE } from '../action.js';
import { TEMPLATE_FILE } from '../init/setup.js';

export const PREVIEWS_PARAMETER = 'AllowPullRequestPreviews';
export const PREVIEW_ROLE_OUTPUT = 'PreviewRoleArn';

/** Reads a bootstrap stack (`--bootstrap`): undefined when it does not exist. */
export type BootstrapReader = (
  stackName: string,
  region: string,
) => Promise<DeployedStack | undefined>;

export interface PreviewFindings {
  readonly lines: string[];
  readonly problems: string[];
}

const where = (site: Pick<Site, 'stackName' | 'region'>): string =>
  `${bootstrapStackName(site.stackName)} (${site.region})`;

/** The commands that turn the preview role on in an existing bootstrap stack. */
function turnOnCommands(site: Pick<Site, 'stackName' | 'region'>): string[] {
  return [
    `    ${CLI_COMMAND_AT_MAJOR} bootstrap-template > ${TEMPLATE_FILE}`,
    `    aws cloudformation deploy --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} \\`,
    `      --template-file ${TEMPLATE_FILE} --capabilities CAPABILITY_NAMED_IAM \\`,
    `      --parameter-overrides ${PREVIEWS_PARAMETER}=true`,
  ];
}

/** The command that puts the role's ARN where the preview workflow reads it. */
function variableCommand(
  site: Pick<Site, 'stackName' | 'region'>,
  arn: string | undefined,
): string {
  const value =
    arn ??
    `$(aws cloudformation describe-stacks --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} ` +
      `--query "Stacks[0].Outputs[?OutputKey=='${PREVIEW_ROLE_OUTPUT}'].OutputValue" --output text)`;
  return `    gh variable set ${PREVIEW_ROLE_VARIABLE} --body "${value}"`;
}

/** Offline: what the bootstrap stack of a site with previews must have. */
export function previewNeeds(site: Pick<Site, 'file' | 'stackName' | 'region'>): string[] {
  return [
    `Previews of ${site.file}: the bootstrap stack ${where(site)} needs ${PREVIEWS_PARAMETER}=true; its output ` +
      `${PREVIEW_ROLE_OUTPUT} goes in the repository variable ${PREVIEW_ROLE_VARIABLE}, the role the preview ` +
      'workflow assumes (docs/previews.md). `check --bootstrap` reads the stack.',
  ];
}

/** `--bootstrap`: what the deployed bootstrap stack of a site with previews has, or lacks. */
export function previewFindings(
  site: Pick<Site, 'file' | 'stackName' | 'region'>,
  stack: DeployedStack | undefined,
): PreviewFindings {
  const head = `Previews of ${site.file}: the bootstrap stack ${where(site)}`;
  if (stack === undefined) {
    return {
      lines: [],
      problems: [
        `${head} does not exist: deploy it as \`${CLI_COMMAND_AT_MAJOR} init\` prints, with ${PREVIEWS_PARAMETER}=true ` +
          `among its --parameter-overrides, then set ${PREVIEW_ROLE_VARIABLE} to its output ${PREVIEW_ROLE_OUTPUT}`,
      ],
    };
  }
  const parameter = stack.parameters[PREVIEWS_PARAMETER];
  const arn = stack.outputs[PREVIEW_ROLE_OUTPUT];
  if (parameter === 'true' && arn !== undefined) {
    return {
      lines: [
        `${head} has ${PREVIEWS_PARAMETER}=true and the output ${PREVIEW_ROLE_OUTPUT} ${arn}. The preview workflow ` +
          `reads it from the repository variable ${PREVIEW_ROLE_VARIABLE} (not checked here):`,
        variableCommand(site, arn),
      ],
      problems: [],
    };
  }
  const state =
    parameter === undefined
      ? `was deployed from a template without ${PREVIEWS_PARAMETER} (older than previews)`
      : parameter === 'true'
        ? `has ${PREVIEWS_PARAMETER}=true but no output ${PREVIEW_ROLE_OUTPUT}: its last update did not complete (see the stack's events); deploy it again`
        : `has ${PREVIEWS_PARAMETER}=${parameter}: no preview role, so \`command: preview\` has no role to assume`;
  return {
    lines: [
      `${head}: turn the preview role on (the other parameters keep their values), then set the variable:`,
      ...turnOnCommands(site),
      variableCommand(site, undefined),
    ],
    problems: [`${head} ${state}; the commands to fix it are below`],
  };
}
