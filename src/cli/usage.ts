/** The CLI's help texts: `secure-dist --help` and `secure-dist <command> --help`. */
import { ACTION_REPOSITORY, CLI_COMMAND } from './action.js';

export const USAGE = `secure-dist: publish a folder of a GitHub repository as a private, password-protected
CloudFront site, from one file (secure-dist.yml) and the secure-dist GitHub Action.

Usage: ${CLI_COMMAND} <command> [options]

Commands:
  init                write secure-dist.yml and the publish, rotate and plan workflows for the
                      repository you are in, and print the AWS and GitHub setup to run once
  preview             serve the site on this machine, as it will be deployed: secure-dist.yml,
                      the action's own sync and edge code, a local S3 server; no AWS account
  check               check secure-dist.yml and the workflows against each other, offline, and
                      show what a deploy would create
  bootstrap-template  print the bootstrap CloudFormation template (init's setup deploys it)

Run '${CLI_COMMAND} <command> --help' for a command's options.
Exit status: 0 done, 1 failed (every problem is listed), 2 usage error.
`;

export const INIT_USAGE = `Usage: ${CLI_COMMAND} init [options]

Writes secure-dist.yml, .github/workflows/publish.yml, rotate.yml and plan.yml in the git
repository you are in, and prints the setup to run once: the bootstrap stack (AWS), the
environment and role variables (gh), the first run. The owner and repository come from the git
remote 'origin' (github.com, https or ssh). The passwords are made by the rotate workflow and
kept in AWS Secrets Manager: nobody types one.

Options:
  --stack-name NAME        base name of the stacks <NAME>-edge, <NAME>-site and <NAME>-bootstrap
                           (default: the repository name, lower case, at most 30 characters)
  --region REGION          region of the bucket and the site stack (default: eu-central-1)
  --content-dir DIR        the folder to publish (default: the first of content/, public/, site/,
                           dist/, docs/ that exists, else content)
  --edge lambda|function   the edge runtime: Lambda@Edge or CloudFront Functions (default: lambda)
  --users NAMES            who may log in, comma-separated (default: the repository owner)
  --branch BRANCH          the branch that publishes (default: origin's default branch, else the
                           current branch, else main)
  --repository OWNER/REPO  the GitHub repository, when origin is not a github.com URL
  --force                  overwrite the files if they exist (default: refuse, write nothing)
  -h, --help               this help
`;

export const PREVIEW_USAGE = `Usage: ${CLI_COMMAND} preview [options]

Serves the site that secure-dist.yml describes on 127.0.0.1, as it will be deployed: its
content-dir published by the action's own sync into a local S3 server, every request through
the edge code the site runs (edge: lambda or function), with its users, access rules,
listings, realm, cache rules, share links and audit log. No AWS account, no network.

Passwords: one generated and printed for each user the file lists (one user 'sandbox' when it
lists none), or your own as 'user:password' lines in the environment variable BASIC_AUTH_USERS.

Options:
  --config FILE         the site file (default: secure-dist.yml)
  --port PORT           port on 127.0.0.1; 0 picks a free one (default: $PORT, else 8080)
  --watch, --no-watch   re-sync and invalidate when the content changes (default: on in a terminal)
  --exit-after SECONDS  stop after this long (default: run until Ctrl-C)
  --share-path KEY      what the printed share link opens, a file or a folder ending in /
                        (default: a published file; with share-links: true)
  --share-expires-in D  how long that link works, e.g. 1h, 5s (default: 1h)
  --audit-file FILE     append the audit lines (audit-log: true) to FILE, not the terminal
  -h, --help            this help
`;

export const CHECK_USAGE = `Usage: ${CLI_COMMAND} check [options]

Checks, offline, the site file and the workflows that use the action (uses:
${ACTION_REPOSITORY}@… or ./): every problem of the file (file:line: key), each step's config,
inputs that moved into the file, the deploying jobs' id-token permission and environment, the
role variables, no password in plan jobs. Then prints what the workflows need from the
bootstrap stack (Environment, AllowedWorkflows, AllowPullRequestPlans,
AllowPullRequestPreviews), to compare with the stack's parameters, and what a deploy would
create. No AWS call, unless --bootstrap.

Options:
  --config FILE      the site file to check when no workflow names one (default: secure-dist.yml)
  --workflows DIR    the workflows folder (default: .github/workflows)
  --bootstrap        also read each site's bootstrap stack (<stack-name>-bootstrap in the site's
                     region, DescribeStacks with the AWS SDK's credentials): for a site with
                     previews, whether it has AllowPullRequestPreviews=true and the output
                     PreviewRoleArn, and the commands that add them
  -h, --help         this help
`;

export const BOOTSTRAP_TEMPLATE_USAGE = `Usage: ${CLI_COMMAND} bootstrap-template

Prints the bootstrap CloudFormation template (cloudformation/bootstrap.yaml of this version),
for 'aws cloudformation deploy --template-file': the command init prints writes it to a file.

Options:
  -h, --help   this help
`;
