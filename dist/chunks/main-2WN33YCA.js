import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  InputError,
  envInputSource,
  inputValue,
  parseEndSessions
} from "./chunk-BLIXWCCM.js";
import "./chunk-WQDU6PUZ.js";
import "./chunk-5QVGRQOD.js";
import {
  siteFingerprint
} from "./chunk-OZHE6KR6.js";
import {
  ALL_SERVICES,
  createClients,
  loadServices
} from "./chunk-3AXTJEKJ.js";
import {
  syncOutputs,
  syncSummaryMarkdown
} from "./chunk-ROJRLFWV.js";
import {
  group,
  info,
  setFailed,
  setOutputs,
  setSecret,
  warning,
  writeSummary
} from "./chunk-5JDMB3IL.js";
import "./chunk-SH2XPYZA.js";
import "./chunk-MYOD7Q3R.js";
import {
  FUNCTION_PASSWORD_MIN_BITS,
  LineCounter,
  functionPasswordProblem,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  userNameProblem
} from "./chunk-CFGTWJJ7.js";
import {
  userNameProblem as userNameProblem2
} from "./chunk-K5URBFBM.js";
import {
  ANY_USER,
  globProblem
} from "./chunk-EB33DZCY.js";
import {
  BUCKET_NAME_LIMIT,
  DEFAULT_PREVIEW_EXPIRY_SECONDS,
  MAX_PREVIEW_EXPIRY_SECONDS,
  MAX_SESSION_LIFETIME_SECONDS,
  compileGlob,
  maxStackNameForRegion
} from "./chunk-L4JO2DNT.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import {
  require_node_path
} from "./chunk-K3S6XDS2.js";
import {
  require_node_fs
} from "./chunk-ZM3UPS5L.js";
import "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/site/load.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/cli/action.ts
var ACTION_REPOSITORY = "org/secure-dist-action";
var ACTION_MAJOR = "v1";
var ACTION_USES = `${ACTION_REPOSITORY}@${ACTION_MAJOR}`;
var CLI_COMMAND = `npx github:${ACTION_REPOSITORY}`;
var CLI_COMMAND_AT_MAJOR = `npx github:${ACTION_REPOSITORY}#${ACTION_MAJOR}`;
var SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/src/site/schema.json`;

// src/run/names.ts
var COMMANDS = [
  "deploy",
  "sync",
  "plan",
  "rotate",
  "synth",
  "share",
  "audit",
  "preview",
  "preview-cleanup"
];
var RUN_INPUTS = [
  "command",
  "config",
  "role-to-assume",
  "role-session-name",
  "role-duration-seconds",
  "audience",
  "basic-auth-users",
  "github-token",
  "path",
  "expires-in",
  "since",
  "user",
  "rotate-users",
  "rotation-grace-period",
  "end-sessions",
  "share-key-rotate",
  "dry-run",
  "output-dir",
  "comment-on-pr",
  "recreate-failed-stack"
];
var DEFAULT_CONFIG = "secure-dist.yml";

// src/site/validate.generated.js
var validate = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "secure-dist.yml",
  description: "One site published by secure-dist-action: every command (deploy, sync, plan, rotate, share, audit, synth) reads this file, so no two workflows can disagree about the site. Passwords never go here: they stay in a secret (basic-auth-users) or in AWS Secrets Manager.",
  type: "object",
  additionalProperties: false,
  properties: {
    "stack-name": {
      description: "Base name of the stacks: <stack-name>-edge (us-east-1) and <stack-name>-site (region). Lower case, and short enough for the site bucket <stack-name>-site-<account id>-<region> (63 characters).",
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9-]{0,122}$",
      default: "secure-dist",
      "x-allowed": "a letter followed by letters, digits and hyphens"
    },
    region: {
      description: "Region of the bucket and the site stack (a region of the standard aws partition).",
      type: "string",
      pattern: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
      default: "eu-central-1",
      "x-allowed": "an AWS region such as eu-central-1"
    },
    "content-dir": {
      description: "Folder to publish, relative to the workspace: a real folder inside it (no symbolic link on the way); a root 404.html becomes the 404 page.",
      type: "string",
      default: "content",
      pattern: "\\S"
    },
    exclude: {
      description: "Globs, relative to content-dir, of files not to publish (a glob without / matches at any depth: *.env matches config/prod.env).",
      type: "array",
      items: { type: "string", pattern: "\\S" },
      default: [],
      "x-allowed": "a list of globs"
    },
    "cache-control": {
      description: 'Cache-Control rules, first match wins, applied before the defaults (HTML revalidates; fingerprinted assets immutable for a year; others 5 minutes in browsers; all private): a list of one-key maps, - "*.pdf": private, max-age=3600. public and s-maxage are refused.',
      type: "array",
      items: {
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        propertyNames: { pattern: "\\S" },
        additionalProperties: { type: "string", pattern: "\\S" },
        "x-allowed": 'one glob: value pair, such as "*.pdf": private, max-age=3600'
      },
      default: [],
      "x-allowed": 'a list of one-key maps, such as - "*.pdf": private, max-age=3600'
    },
    delete: { description: "Delete objects whose files are gone.", type: "boolean", default: true },
    "max-delete": {
      description: 'Refuse a sync that would delete more than this: a count (100) or a percentage of the objects in the bucket ("50%").',
      type: ["integer", "string"],
      minimum: 0,
      pattern: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$",
      default: "50%",
      "x-allowed": 'a count (100) or a percentage ("50%")'
    },
    listing: {
      description: "Publish a generated folder listing (dir/index.html) for every folder without an index.html: subfolders, then files with size and last-commit date. Off by default, so existing sites do not start listing their asset folders.",
      type: "boolean",
      default: false
    },
    users: {
      description: "The names of the site's users (never their passwords). With the basic-auth-users input the names there must be exactly these; with the users in AWS Secrets Manager, rotate adds a name that is new here (with a generated password) and removes one that is gone.",
      type: "array",
      items: { type: "string", pattern: "\\S" },
      uniqueItems: true,
      default: [],
      "x-allowed": "a list of user names, such as [alice, bob]"
    },
    access: {
      description: 'Access rules: a map from a user name (or a comma list "bob, carol", or "*" for every user) to a glob or a list of globs the user may read (/acme/**). Without rules every user reads everything.',
      type: "object",
      propertyNames: { pattern: "\\S" },
      additionalProperties: {
        anyOf: [
          { type: "string", pattern: "\\S" },
          { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 }
        ],
        "x-allowed": "a glob (/acme/**) or a list of globs"
      },
      default: {},
      "x-allowed": "a map from user names to globs, such as alice: /acme/**"
    },
    "automation-tokens": {
      description: `Tokens for automation (link checkers, browser tests in CI): a map from a token name (the rules of a user name) to its optional access (a glob or a list of globs it may read; without it, what the access rules give every user, "*", or everything when there are none) and expires (a date, 2027-01-31, or a time with its zone, 2027-01-31T12:00:00Z, from which it stops working). rotate generates each new name's value (sdt1_ and 43 characters) into the users secret and drops a removed name's; a request sends it in the X-Secure-Dist-Token header (or, once, as ?secure-dist-token= in a link) and is let in as token:<name>. Lambda@Edge only in this version.`,
      type: "object",
      propertyNames: { pattern: "\\S" },
      additionalProperties: {
        type: ["object", "null"],
        properties: {
          access: {
            anyOf: [
              { type: "string", pattern: "\\S" },
              { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 }
            ],
            "x-allowed": "a glob (/reports/**) or a list of globs"
          },
          expires: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
            "x-allowed": "a date (2027-01-31) or a time with its zone (2027-01-31T12:00:00Z)"
          }
        },
        additionalProperties: false,
        "x-allowed": "nothing, or access and expires (access: /reports/**)"
      },
      default: {},
      "x-allowed": "a map from token names to their settings, such as link-checker: {access: /docs/**}"
    },
    previews: {
      description: `A protected preview of every pull request (command: preview on pull_request, command: preview-cleanup on pull_request: closed and on a schedule). true turns previews on with the defaults; a map sets domain (previews at pr-<number>.<domain>: the distribution gets the alias *.<domain>, so certificate-arn must cover it; without it, previews live under /_previews/pr-<number>/ on the site's own host, where root-relative links point at the site), expire-after (how long after its last update a preview lives: 7d by default, at most 30d) and users (who may open previews: names of the site's users, or "*" for all of them, the default). Previews are signed in exactly as the site is; automation tokens open them too.`,
      anyOf: [
        { type: "boolean" },
        {
          type: "object",
          properties: {
            domain: {
              type: "string",
              pattern: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
              "x-allowed": "a domain name such as preview.example.com (previews at pr-<number>.preview.example.com)"
            },
            "expire-after": {
              type: ["string", "integer"],
              pattern: "^([0-9]+|([0-9]+[smhd])+)$",
              minimum: 1,
              "x-allowed": "a duration such as 36h or 7d (at most 30d)"
            },
            users: {
              anyOf: [
                { type: "string", pattern: "\\S" },
                {
                  type: "array",
                  items: { type: "string", pattern: "\\S" },
                  minItems: 1,
                  uniqueItems: true
                }
              ],
              "x-allowed": `"*" (every user of the site) or a list of the site's user names`
            }
          },
          additionalProperties: false,
          "x-allowed": "domain, expire-after and users"
        }
      ],
      default: false,
      "x-allowed": "true, false, or a map of domain, expire-after and users"
    },
    realm: {
      description: "Basic auth realm shown by browsers.",
      type: "string",
      pattern: "^[ !#-\\[\\]-~]{1,128}$",
      default: "Restricted",
      "x-allowed": "at most 128 characters of printable ASCII, without double quotes or backslashes (it goes into the WWW-Authenticate header)"
    },
    edge: {
      description: "Edge runtime of the Basic auth check: lambda (a Lambda@Edge function in us-east-1, users baked into its code, scrypt hashes) or function (a CloudFront Function reading the users from a CloudFront KeyValueStore of the site stack; rotation without a new function version; only passwords with at least 128 bits of entropy).",
      enum: ["lambda", "function"],
      default: "lambda",
      "x-allowed": "lambda (Lambda@Edge) or function (CloudFront Functions with a KeyValueStore)"
    },
    login: {
      description: "How a browser signs in: form (a sign-in page at /_login that sets a session cookie; /_logout ends it) or basic (the browser's Basic-auth dialog, no session). Either way a request with an Authorization: Basic header is let in as before, so curl -u and scripts keep working.",
      enum: ["form", "basic"],
      default: "form",
      "x-allowed": "form (a sign-in page and a session cookie) or basic (the browser's Basic-auth dialog)"
    },
    "session-lifetime": {
      description: "With login: form, how long a session lasts after signing in (90m, 12h, 7d; at most 30d). It never outlasts the password it was made with: a session made with a replaced password ends when that password stops working, and a password change or removal by rotate ends the user's sessions at the next request.",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "12h",
      "x-allowed": "a duration such as 90m, 12h or 7d (at most 30d)"
    },
    "edge-runtime": {
      description: "Lambda runtime of the edge function (use nodejs22.x if CloudFront refuses nodejs24.x for Lambda@Edge).",
      enum: ["nodejs24.x", "nodejs22.x"],
      default: "nodejs24.x",
      "x-allowed": "nodejs24.x or nodejs22.x (the Node.js runtimes Lambda@Edge takes)"
    },
    "rate-limit": {
      description: "AWS WAF rate-based rule: requests per 5 minutes one IP address may send before it is blocked (10 to 2000000000); 0 or off = no web ACL.",
      anyOf: [
        { type: "integer", minimum: 10, maximum: 2e9 },
        { const: 0 },
        { const: "off" }
      ],
      default: 1e3,
      "x-allowed": "requests per 5 minutes per IP address, 10 to 2000000000 (AWS WAF's bounds), or 0 or off for none"
    },
    "domain-name": {
      description: "Custom domain name of the site, with certificate-arn.",
      type: "string",
      pattern: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
      "x-allowed": "a domain name such as files.example.com"
    },
    "certificate-arn": {
      description: "ACM certificate ARN in us-east-1 for domain-name (CloudFront only uses certificates from there).",
      type: "string",
      pattern: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
      "x-allowed": "an ACM certificate ARN in us-east-1 (arn:aws:acm:us-east-1:123456789012:certificate/\u2026)"
    },
    "share-links": {
      description: "The site accepts share links (command share): deploy creates a signing key in the Secrets Manager secret <stack-name>/share-key of the site region and adds the signed /_share/* behavior. Needs edge: lambda.",
      type: "boolean",
      default: false
    },
    "audit-log": {
      description: "The edge function writes one JSON line per request decision (time, user, method, path, result, client IP) to CloudWatch Logs, for command audit; it never logs a password or an Authorization value. Off because it records personal data (user names, IP addresses) that the site owner must decide to keep. Needs edge: lambda.",
      type: "boolean",
      default: false
    },
    "trusted-pages": {
      description: "Published HTML, SVG and other documents run as the site: scripts in them act with the credentials of whoever opens them. Off: every file the site serves (except PDFs) carries Content-Security-Policy: sandbox without allow-scripts (and, but for HTML pages, without allow-same-origin), so a file one publisher adds cannot read what another user may read. Turn on only for a site whose own pages need scripts and whose every publisher is trusted by every reader.",
      type: "boolean",
      default: false
    },
    "audit-retention-days": {
      description: "How many days CloudWatch Logs keeps the edge function's logs in every region (deploy sets it with audit-log).",
      enum: [
        1,
        3,
        5,
        7,
        14,
        30,
        60,
        90,
        120,
        150,
        180,
        365,
        400,
        545,
        731,
        1096,
        1827,
        2192,
        2557,
        2922,
        3288,
        3653
      ],
      default: 90,
      "x-allowed": "one of the retention periods CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653"
    },
    invalidate: {
      description: "Invalidate the CloudFront paths that changed.",
      type: "boolean",
      default: true
    },
    "wait-for-invalidation": {
      description: "Wait until the invalidation completes (bounded by invalidation-timeout; a timeout fails the step).",
      type: "boolean",
      default: false
    },
    "invalidation-timeout": {
      description: "How long to wait for the invalidation (90s, 15m, 1h; at most 30d).",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "15m",
      "x-allowed": "a duration such as 90s, 15m, 1h or 1h30m"
    },
    verify: {
      description: "For sync: git (tracked files whose stat data matches the git index and whose blob id the manifest knows are not read, and the bucket is taken from the manifest's snapshot instead of listed) or full (read and hash every file, and list the whole bucket).",
      enum: ["git", "full"],
      default: "git",
      "x-allowed": "git or full"
    },
    "verify-stacks": {
      description: "Before skipping a stack whose fingerprint matches, run CloudFormation drift detection on it and fail if its resources were changed outside CloudFormation. Costs extra CloudFormation calls and some seconds per stack on every deploy.",
      type: "boolean",
      default: false
    },
    concurrency: {
      description: "Parallel S3 requests during a sync.",
      type: "integer",
      minimum: 1,
      maximum: 256,
      default: 16,
      "x-allowed": "a whole number from 1 to 256"
    },
    "stack-timeout": {
      description: "How long to wait for a stack to settle (a timeout fails the step; at most 30d).",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "30m",
      "x-allowed": "a duration such as 90s, 15m, 1h or 1h30m"
    },
    "permissions-boundary": {
      description: "Permissions boundary for the edge function role: auto (the bootstrap stack boundary <stack-name>-edge-boundary when role-to-assume is set), none, or a policy ARN.",
      type: "string",
      pattern: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
      default: "auto",
      "x-allowed": "auto, none or an IAM policy ARN"
    },
    "cloudformation-role": {
      description: "CloudFormation service role for stack operations (RoleARN of every change set of deploy/rotate, and of the delete of recreate-failed-stack; plan never passes one): auto (the bootstrap role <stack-name>-cloudformation in the account of role-to-assume, when set; none otherwise), none (CloudFormation acts with the run's credentials), or an IAM role ARN.",
      type: "string",
      pattern: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$",
      default: "auto",
      "x-allowed": "auto, none or an IAM role ARN (arn:aws:iam::123456789012:role/name)"
    },
    bucket: {
      description: "For sync: the bucket to sync into, to sync an existing bucket without stacks (with distribution-id). Without it, the bucket output of the site stack.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
      "x-allowed": "an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)"
    },
    "distribution-id": {
      description: "For sync: the CloudFront distribution to invalidate. Without it, the distribution output of the site stack.",
      type: "string",
      pattern: "^[A-Z0-9]{8,20}$",
      "x-allowed": "a CloudFront distribution id such as E2QWRUHAPOMQZL"
    }
  }
};
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9-]{0,122}$", "u");
var pattern1 = new RegExp("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$", "u");
var pattern2 = new RegExp("\\S", "u");
var pattern6 = new RegExp("^([0-9]+|[0-9]+(\\.[0-9]+)?%)$", "u");
var pattern14 = new RegExp(
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
  "u"
);
var pattern15 = new RegExp(
  "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
  "u"
);
var pattern16 = new RegExp("^([0-9]+|([0-9]+[smhd])+)$", "u");
var pattern19 = new RegExp("^[ !#-\\[\\]-~]{1,128}$", "u");
var pattern21 = new RegExp(
  "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
  "u"
);
var pattern22 = new RegExp(
  "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
  "u"
);
var pattern25 = new RegExp(
  "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
  "u"
);
var pattern26 = new RegExp("^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$", "u");
var pattern27 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
var pattern28 = new RegExp("^[A-Z0-9]{8,20}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["stack-name"] === void 0) {
      data["stack-name"] = "secure-dist";
    }
    if (data.region === void 0) {
      data.region = "eu-central-1";
    }
    if (data["content-dir"] === void 0) {
      data["content-dir"] = "content";
    }
    if (data.exclude === void 0) {
      data.exclude = [];
    }
    if (data["cache-control"] === void 0) {
      data["cache-control"] = [];
    }
    if (data.delete === void 0) {
      data.delete = true;
    }
    if (data["max-delete"] === void 0) {
      data["max-delete"] = "50%";
    }
    if (data.listing === void 0) {
      data.listing = false;
    }
    if (data.users === void 0) {
      data.users = [];
    }
    if (data.access === void 0) {
      data.access = {};
    }
    if (data["automation-tokens"] === void 0) {
      data["automation-tokens"] = {};
    }
    if (data.previews === void 0) {
      data.previews = false;
    }
    if (data.realm === void 0) {
      data.realm = "Restricted";
    }
    if (data.edge === void 0) {
      data.edge = "lambda";
    }
    if (data.login === void 0) {
      data.login = "form";
    }
    if (data["session-lifetime"] === void 0) {
      data["session-lifetime"] = "12h";
    }
    if (data["edge-runtime"] === void 0) {
      data["edge-runtime"] = "nodejs24.x";
    }
    if (data["rate-limit"] === void 0) {
      data["rate-limit"] = 1e3;
    }
    if (data["share-links"] === void 0) {
      data["share-links"] = false;
    }
    if (data["audit-log"] === void 0) {
      data["audit-log"] = false;
    }
    if (data["trusted-pages"] === void 0) {
      data["trusted-pages"] = false;
    }
    if (data["audit-retention-days"] === void 0) {
      data["audit-retention-days"] = 90;
    }
    if (data.invalidate === void 0) {
      data.invalidate = true;
    }
    if (data["wait-for-invalidation"] === void 0) {
      data["wait-for-invalidation"] = false;
    }
    if (data["invalidation-timeout"] === void 0) {
      data["invalidation-timeout"] = "15m";
    }
    if (data.verify === void 0) {
      data.verify = "git";
    }
    if (data["verify-stacks"] === void 0) {
      data["verify-stacks"] = false;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 16;
    }
    if (data["stack-timeout"] === void 0) {
      data["stack-timeout"] = "30m";
    }
    if (data["permissions-boundary"] === void 0) {
      data["permissions-boundary"] = "auto";
    }
    if (data["cloudformation-role"] === void 0) {
      data["cloudformation-role"] = "auto";
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema11,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data["stack-name"];
    if (typeof data0 === "string") {
      if (!pattern0.test(data0)) {
        const err1 = {
          instancePath: instancePath + "/stack-name",
          schemaPath: "#/properties/stack-name/pattern",
          keyword: "pattern",
          params: { pattern: "^[A-Za-z][A-Za-z0-9-]{0,122}$" },
          message: 'must match pattern "^[A-Za-z][A-Za-z0-9-]{0,122}$"',
          schema: "^[A-Za-z][A-Za-z0-9-]{0,122}$",
          parentSchema: schema11.properties["stack-name"],
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = {
        instancePath: instancePath + "/stack-name",
        schemaPath: "#/properties/stack-name/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["stack-name"].type,
        parentSchema: schema11.properties["stack-name"],
        data: data0
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data1 = data.region;
    if (typeof data1 === "string") {
      if (!pattern1.test(data1)) {
        const err3 = {
          instancePath: instancePath + "/region",
          schemaPath: "#/properties/region/pattern",
          keyword: "pattern",
          params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$" },
          message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$"',
          schema: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
          parentSchema: schema11.properties.region,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath: instancePath + "/region",
        schemaPath: "#/properties/region/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties.region.type,
        parentSchema: schema11.properties.region,
        data: data1
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data2 = data["content-dir"];
    if (typeof data2 === "string") {
      if (!pattern2.test(data2)) {
        const err5 = {
          instancePath: instancePath + "/content-dir",
          schemaPath: "#/properties/content-dir/pattern",
          keyword: "pattern",
          params: { pattern: "\\S" },
          message: 'must match pattern "\\S"',
          schema: "\\S",
          parentSchema: schema11.properties["content-dir"],
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = {
        instancePath: instancePath + "/content-dir",
        schemaPath: "#/properties/content-dir/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["content-dir"].type,
        parentSchema: schema11.properties["content-dir"],
        data: data2
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.exclude;
    if (Array.isArray(data3)) {
      const len0 = data3.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data4 = data3[i0];
        if (typeof data4 === "string") {
          if (!pattern2.test(data4)) {
            const err7 = {
              instancePath: instancePath + "/exclude/" + i0,
              schemaPath: "#/properties/exclude/items/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.exclude.items,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/exclude/" + i0,
            schemaPath: "#/properties/exclude/items/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.exclude.items.type,
            parentSchema: schema11.properties.exclude.items,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath: instancePath + "/exclude",
        schemaPath: "#/properties/exclude/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties.exclude.type,
        parentSchema: schema11.properties.exclude,
        data: data3
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    let data5 = data["cache-control"];
    if (Array.isArray(data5)) {
      const len1 = data5.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data6 = data5[i1];
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (Object.keys(data6).length > 1) {
            const err10 = {
              instancePath: instancePath + "/cache-control/" + i1,
              schemaPath: "#/properties/cache-control/items/maxProperties",
              keyword: "maxProperties",
              params: { limit: 1 },
              message: "must NOT have more than 1 properties",
              schema: 1,
              parentSchema: schema11.properties["cache-control"].items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (Object.keys(data6).length < 1) {
            const err11 = {
              instancePath: instancePath + "/cache-control/" + i1,
              schemaPath: "#/properties/cache-control/items/minProperties",
              keyword: "minProperties",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 properties",
              schema: 1,
              parentSchema: schema11.properties["cache-control"].items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          for (const key1 in data6) {
            const _errs21 = errors;
            if (typeof key1 === "string") {
              if (!pattern2.test(key1)) {
                const err12 = {
                  instancePath: instancePath + "/cache-control/" + i1,
                  schemaPath: "#/properties/cache-control/items/propertyNames/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["cache-control"].items.propertyNames,
                  data: key1,
                  propertyName: key1
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            var valid5 = _errs21 === errors;
            if (!valid5) {
              const err13 = {
                instancePath: instancePath + "/cache-control/" + i1,
                schemaPath: "#/properties/cache-control/items/propertyNames",
                keyword: "propertyNames",
                params: { propertyName: key1 },
                message: "property name must be valid",
                schema: schema11.properties["cache-control"].items.propertyNames,
                parentSchema: schema11.properties["cache-control"].items,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          for (const key2 in data6) {
            let data7 = data6[key2];
            if (typeof data7 === "string") {
              if (!pattern2.test(data7)) {
                const err14 = {
                  instancePath: instancePath + "/cache-control/" + i1 + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/cache-control/items/additionalProperties/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["cache-control"].items.additionalProperties,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = {
                instancePath: instancePath + "/cache-control/" + i1 + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/cache-control/items/additionalProperties/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["cache-control"].items.additionalProperties.type,
                parentSchema: schema11.properties["cache-control"].items.additionalProperties,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = {
            instancePath: instancePath + "/cache-control/" + i1,
            schemaPath: "#/properties/cache-control/items/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema11.properties["cache-control"].items.type,
            parentSchema: schema11.properties["cache-control"].items,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    } else {
      const err17 = {
        instancePath: instancePath + "/cache-control",
        schemaPath: "#/properties/cache-control/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties["cache-control"].type,
        parentSchema: schema11.properties["cache-control"],
        data: data5
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data8 = data.delete;
    if (typeof data8 !== "boolean") {
      const err18 = {
        instancePath: instancePath + "/delete",
        schemaPath: "#/properties/delete/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.delete.type,
        parentSchema: schema11.properties.delete,
        data: data8
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    let data9 = data["max-delete"];
    if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9)) && typeof data9 !== "string") {
      const err19 = {
        instancePath: instancePath + "/max-delete",
        schemaPath: "#/properties/max-delete/type",
        keyword: "type",
        params: { type: schema11.properties["max-delete"].type },
        message: "must be integer,string",
        schema: schema11.properties["max-delete"].type,
        parentSchema: schema11.properties["max-delete"],
        data: data9
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (typeof data9 == "number" && isFinite(data9)) {
      if (data9 < 0 || isNaN(data9)) {
        const err20 = {
          instancePath: instancePath + "/max-delete",
          schemaPath: "#/properties/max-delete/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 0 },
          message: "must be >= 0",
          schema: 0,
          parentSchema: schema11.properties["max-delete"],
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (typeof data9 === "string") {
      if (!pattern6.test(data9)) {
        const err21 = {
          instancePath: instancePath + "/max-delete",
          schemaPath: "#/properties/max-delete/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$" },
          message: 'must match pattern "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$"',
          schema: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$",
          parentSchema: schema11.properties["max-delete"],
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    let data10 = data.listing;
    if (typeof data10 !== "boolean") {
      const err22 = {
        instancePath: instancePath + "/listing",
        schemaPath: "#/properties/listing/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.listing.type,
        parentSchema: schema11.properties.listing,
        data: data10
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data11 = data.users;
    if (Array.isArray(data11)) {
      const len2 = data11.length;
      for (let i2 = 0; i2 < len2; i2++) {
        let data12 = data11[i2];
        if (typeof data12 === "string") {
          if (!pattern2.test(data12)) {
            const err23 = {
              instancePath: instancePath + "/users/" + i2,
              schemaPath: "#/properties/users/items/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.users.items,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        } else {
          const err24 = {
            instancePath: instancePath + "/users/" + i2,
            schemaPath: "#/properties/users/items/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.users.items.type,
            parentSchema: schema11.properties.users.items,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      let i3 = data11.length;
      let j0;
      if (i3 > 1) {
        const indices0 = {};
        for (; i3--; ) {
          let item0 = data11[i3];
          if (typeof item0 !== "string") {
            continue;
          }
          if (typeof indices0[item0] == "number") {
            j0 = indices0[item0];
            const err25 = {
              instancePath: instancePath + "/users",
              schemaPath: "#/properties/users/uniqueItems",
              keyword: "uniqueItems",
              params: { i: i3, j: j0 },
              message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)",
              schema: true,
              parentSchema: schema11.properties.users,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
            break;
          }
          indices0[item0] = i3;
        }
      }
    } else {
      const err26 = {
        instancePath: instancePath + "/users",
        schemaPath: "#/properties/users/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties.users.type,
        parentSchema: schema11.properties.users,
        data: data11
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    let data13 = data.access;
    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
      for (const key3 in data13) {
        const _errs40 = errors;
        if (typeof key3 === "string") {
          if (!pattern2.test(key3)) {
            const err27 = {
              instancePath: instancePath + "/access",
              schemaPath: "#/properties/access/propertyNames/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.access.propertyNames,
              data: key3,
              propertyName: key3
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        var valid10 = _errs40 === errors;
        if (!valid10) {
          const err28 = {
            instancePath: instancePath + "/access",
            schemaPath: "#/properties/access/propertyNames",
            keyword: "propertyNames",
            params: { propertyName: key3 },
            message: "property name must be valid",
            schema: schema11.properties.access.propertyNames,
            parentSchema: schema11.properties.access,
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      for (const key4 in data13) {
        let data14 = data13[key4];
        const _errs43 = errors;
        let valid12 = false;
        const _errs44 = errors;
        if (typeof data14 === "string") {
          if (!pattern2.test(data14)) {
            const err29 = {
              instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/access/additionalProperties/anyOf/0/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.access.additionalProperties.anyOf[0],
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = {
            instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/access/additionalProperties/anyOf/0/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.access.additionalProperties.anyOf[0].type,
            parentSchema: schema11.properties.access.additionalProperties.anyOf[0],
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        var _valid0 = _errs44 === errors;
        valid12 = valid12 || _valid0;
        if (!valid12) {
          const _errs46 = errors;
          if (Array.isArray(data14)) {
            if (data14.length < 1) {
              const err31 = {
                instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/access/additionalProperties/anyOf/1/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema11.properties.access.additionalProperties.anyOf[1],
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const len3 = data14.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data15 = data14[i4];
              if (typeof data15 === "string") {
                if (!pattern2.test(data15)) {
                  const err32 = {
                    instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                    schemaPath: "#/properties/access/additionalProperties/anyOf/1/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.access.additionalProperties.anyOf[1].items,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                  schemaPath: "#/properties/access/additionalProperties/anyOf/1/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.access.additionalProperties.anyOf[1].items.type,
                  parentSchema: schema11.properties.access.additionalProperties.anyOf[1].items,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = {
              instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/access/additionalProperties/anyOf/1/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.access.additionalProperties.anyOf[1].type,
              parentSchema: schema11.properties.access.additionalProperties.anyOf[1],
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          valid12 = valid12 || _valid0;
        }
        if (!valid12) {
          const err35 = {
            instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/access/additionalProperties/anyOf",
            keyword: "anyOf",
            params: {},
            message: "must match a schema in anyOf",
            schema: schema11.properties.access.additionalProperties.anyOf,
            parentSchema: schema11.properties.access.additionalProperties,
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        } else {
          errors = _errs43;
          if (vErrors !== null) {
            if (_errs43) {
              vErrors.length = _errs43;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err36 = {
        instancePath: instancePath + "/access",
        schemaPath: "#/properties/access/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema11.properties.access.type,
        parentSchema: schema11.properties.access,
        data: data13
      };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    let data16 = data["automation-tokens"];
    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
      for (const key5 in data16) {
        const _errs54 = errors;
        if (typeof key5 === "string") {
          if (!pattern2.test(key5)) {
            const err37 = {
              instancePath: instancePath + "/automation-tokens",
              schemaPath: "#/properties/automation-tokens/propertyNames/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties["automation-tokens"].propertyNames,
              data: key5,
              propertyName: key5
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        var valid15 = _errs54 === errors;
        if (!valid15) {
          const err38 = {
            instancePath: instancePath + "/automation-tokens",
            schemaPath: "#/properties/automation-tokens/propertyNames",
            keyword: "propertyNames",
            params: { propertyName: key5 },
            message: "property name must be valid",
            schema: schema11.properties["automation-tokens"].propertyNames,
            parentSchema: schema11.properties["automation-tokens"],
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      for (const key6 in data16) {
        let data17 = data16[key6];
        if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
          const err39 = {
            instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/automation-tokens/additionalProperties/type",
            keyword: "type",
            params: { type: schema11.properties["automation-tokens"].additionalProperties.type },
            message: "must be object,null",
            schema: schema11.properties["automation-tokens"].additionalProperties.type,
            parentSchema: schema11.properties["automation-tokens"].additionalProperties,
            data: data17
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          for (const key7 in data17) {
            if (!(key7 === "access" || key7 === "expires")) {
              const err40 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/automation-tokens/additionalProperties/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key7 },
                message: "must NOT have additional properties",
                schema: false,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data17.access !== void 0) {
            let data18 = data17.access;
            const _errs61 = errors;
            let valid18 = false;
            const _errs62 = errors;
            if (typeof data18 === "string") {
              if (!pattern2.test(data18)) {
                const err41 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/0/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0],
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            } else {
              const err42 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/0/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0].type,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0],
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            var _valid1 = _errs62 === errors;
            valid18 = valid18 || _valid1;
            if (!valid18) {
              const _errs64 = errors;
              if (Array.isArray(data18)) {
                if (data18.length < 1) {
                  const err43 = {
                    instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                    schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1],
                    data: data18
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                const len4 = data18.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data19 = data18[i5];
                  if (typeof data19 === "string") {
                    if (!pattern2.test(data19)) {
                      const err44 = {
                        instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access/" + i5,
                        schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items,
                        data: data19
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = {
                      instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access/" + i5,
                      schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items.type,
                      parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items,
                      data: data19
                    };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].type,
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1],
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var _valid1 = _errs64 === errors;
              valid18 = valid18 || _valid1;
            }
            if (!valid18) {
              const err47 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf",
                keyword: "anyOf",
                params: {},
                message: "must match a schema in anyOf",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access,
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            } else {
              errors = _errs61;
              if (vErrors !== null) {
                if (_errs61) {
                  vErrors.length = _errs61;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data17.expires !== void 0) {
            let data20 = data17.expires;
            if (typeof data20 === "string") {
              if (!pattern14.test(data20)) {
                const err48 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/expires",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/expires/pattern",
                  keyword: "pattern",
                  params: {
                    pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$"
                  },
                  message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$"',
                  schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.expires,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            } else {
              const err49 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/expires",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/expires/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.expires.type,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.expires,
                data: data20
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
      }
    } else {
      const err50 = {
        instancePath: instancePath + "/automation-tokens",
        schemaPath: "#/properties/automation-tokens/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema11.properties["automation-tokens"].type,
        parentSchema: schema11.properties["automation-tokens"],
        data: data16
      };
      if (vErrors === null) {
        vErrors = [err50];
      } else {
        vErrors.push(err50);
      }
      errors++;
    }
    let data21 = data.previews;
    const _errs73 = errors;
    let valid21 = false;
    const _errs74 = errors;
    if (typeof data21 !== "boolean") {
      const err51 = {
        instancePath: instancePath + "/previews",
        schemaPath: "#/properties/previews/anyOf/0/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.previews.anyOf[0].type,
        parentSchema: schema11.properties.previews.anyOf[0],
        data: data21
      };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    var _valid2 = _errs74 === errors;
    valid21 = valid21 || _valid2;
    if (!valid21) {
      const _errs76 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key8 in data21) {
          if (!(key8 === "domain" || key8 === "expire-after" || key8 === "users")) {
            const err52 = {
              instancePath: instancePath + "/previews",
              schemaPath: "#/properties/previews/anyOf/1/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key8 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema11.properties.previews.anyOf[1],
              data: data21
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data21.domain !== void 0) {
          let data22 = data21.domain;
          if (typeof data22 === "string") {
            if (!pattern15.test(data22)) {
              const err53 = {
                instancePath: instancePath + "/previews/domain",
                schemaPath: "#/properties/previews/anyOf/1/properties/domain/pattern",
                keyword: "pattern",
                params: {
                  pattern: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"
                },
                message: 'must match pattern "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"',
                schema: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
                parentSchema: schema11.properties.previews.anyOf[1].properties.domain,
                data: data22
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = {
              instancePath: instancePath + "/previews/domain",
              schemaPath: "#/properties/previews/anyOf/1/properties/domain/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.previews.anyOf[1].properties.domain.type,
              parentSchema: schema11.properties.previews.anyOf[1].properties.domain,
              data: data22
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data21["expire-after"] !== void 0) {
          let data23 = data21["expire-after"];
          if (typeof data23 !== "string" && !(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err55 = {
              instancePath: instancePath + "/previews/expire-after",
              schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/type",
              keyword: "type",
              params: {
                type: schema11.properties.previews.anyOf[1].properties["expire-after"].type
              },
              message: "must be string,integer",
              schema: schema11.properties.previews.anyOf[1].properties["expire-after"].type,
              parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
              data: data23
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 1 || isNaN(data23)) {
              const err56 = {
                instancePath: instancePath + "/previews/expire-after",
                schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (typeof data23 === "string") {
            if (!pattern16.test(data23)) {
              const err57 = {
                instancePath: instancePath + "/previews/expire-after",
                schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/pattern",
                keyword: "pattern",
                params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
                message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
                schema: "^([0-9]+|([0-9]+[smhd])+)$",
                parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data21.users !== void 0) {
          let data24 = data21.users;
          const _errs87 = errors;
          let valid23 = false;
          const _errs88 = errors;
          if (typeof data24 === "string") {
            if (!pattern2.test(data24)) {
              const err58 = {
                instancePath: instancePath + "/previews/users",
                schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/0/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0],
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = {
              instancePath: instancePath + "/previews/users",
              schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/0/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0].type,
              parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0],
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid3 = _errs88 === errors;
          valid23 = valid23 || _valid3;
          if (!valid23) {
            const _errs90 = errors;
            if (Array.isArray(data24)) {
              if (data24.length < 1) {
                const err60 = {
                  instancePath: instancePath + "/previews/users",
                  schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/minItems",
                  keyword: "minItems",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 items",
                  schema: 1,
                  parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              const len5 = data24.length;
              for (let i6 = 0; i6 < len5; i6++) {
                let data25 = data24[i6];
                if (typeof data25 === "string") {
                  if (!pattern2.test(data25)) {
                    const err61 = {
                      instancePath: instancePath + "/previews/users/" + i6,
                      schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/items/pattern",
                      keyword: "pattern",
                      params: { pattern: "\\S" },
                      message: 'must match pattern "\\S"',
                      schema: "\\S",
                      parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items,
                      data: data25
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                } else {
                  const err62 = {
                    instancePath: instancePath + "/previews/users/" + i6,
                    schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                    schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items.type,
                    parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              let i7 = data24.length;
              let j1;
              if (i7 > 1) {
                const indices1 = {};
                for (; i7--; ) {
                  let item1 = data24[i7];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err63 = {
                      instancePath: instancePath + "/previews/users",
                      schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i7, j: j1 },
                      message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)",
                      schema: true,
                      parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                      data: data24
                    };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i7;
                }
              }
            } else {
              const err64 = {
                instancePath: instancePath + "/previews/users",
                schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/type",
                keyword: "type",
                params: { type: "array" },
                message: "must be array",
                schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].type,
                parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            var _valid3 = _errs90 === errors;
            valid23 = valid23 || _valid3;
          }
          if (!valid23) {
            const err65 = {
              instancePath: instancePath + "/previews/users",
              schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema11.properties.previews.anyOf[1].properties.users.anyOf,
              parentSchema: schema11.properties.previews.anyOf[1].properties.users,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          } else {
            errors = _errs87;
            if (vErrors !== null) {
              if (_errs87) {
                vErrors.length = _errs87;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + "/previews",
          schemaPath: "#/properties/previews/anyOf/1/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.previews.anyOf[1].type,
          parentSchema: schema11.properties.previews.anyOf[1],
          data: data21
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      var _valid2 = _errs76 === errors;
      valid21 = valid21 || _valid2;
    }
    if (!valid21) {
      const err67 = {
        instancePath: instancePath + "/previews",
        schemaPath: "#/properties/previews/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
        schema: schema11.properties.previews.anyOf,
        parentSchema: schema11.properties.previews,
        data: data21
      };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    } else {
      errors = _errs73;
      if (vErrors !== null) {
        if (_errs73) {
          vErrors.length = _errs73;
        } else {
          vErrors = null;
        }
      }
    }
    let data26 = data.realm;
    if (typeof data26 === "string") {
      if (!pattern19.test(data26)) {
        const err68 = {
          instancePath: instancePath + "/realm",
          schemaPath: "#/properties/realm/pattern",
          keyword: "pattern",
          params: { pattern: "^[ !#-\\[\\]-~]{1,128}$" },
          message: 'must match pattern "^[ !#-\\[\\]-~]{1,128}$"',
          schema: "^[ !#-\\[\\]-~]{1,128}$",
          parentSchema: schema11.properties.realm,
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    } else {
      const err69 = {
        instancePath: instancePath + "/realm",
        schemaPath: "#/properties/realm/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties.realm.type,
        parentSchema: schema11.properties.realm,
        data: data26
      };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    let data27 = data.edge;
    if (!(data27 === "lambda" || data27 === "function")) {
      const err70 = {
        instancePath: instancePath + "/edge",
        schemaPath: "#/properties/edge/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.edge.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.edge.enum,
        parentSchema: schema11.properties.edge,
        data: data27
      };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    let data28 = data.login;
    if (!(data28 === "form" || data28 === "basic")) {
      const err71 = {
        instancePath: instancePath + "/login",
        schemaPath: "#/properties/login/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.login.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.login.enum,
        parentSchema: schema11.properties.login,
        data: data28
      };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    let data29 = data["session-lifetime"];
    if (typeof data29 !== "string" && !(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
      const err72 = {
        instancePath: instancePath + "/session-lifetime",
        schemaPath: "#/properties/session-lifetime/type",
        keyword: "type",
        params: { type: schema11.properties["session-lifetime"].type },
        message: "must be string,integer",
        schema: schema11.properties["session-lifetime"].type,
        parentSchema: schema11.properties["session-lifetime"],
        data: data29
      };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    if (typeof data29 == "number" && isFinite(data29)) {
      if (data29 < 1 || isNaN(data29)) {
        const err73 = {
          instancePath: instancePath + "/session-lifetime",
          schemaPath: "#/properties/session-lifetime/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["session-lifetime"],
          data: data29
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (typeof data29 === "string") {
      if (!pattern16.test(data29)) {
        const err74 = {
          instancePath: instancePath + "/session-lifetime",
          schemaPath: "#/properties/session-lifetime/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["session-lifetime"],
          data: data29
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    let data30 = data["edge-runtime"];
    if (!(data30 === "nodejs24.x" || data30 === "nodejs22.x")) {
      const err75 = {
        instancePath: instancePath + "/edge-runtime",
        schemaPath: "#/properties/edge-runtime/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties["edge-runtime"].enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties["edge-runtime"].enum,
        parentSchema: schema11.properties["edge-runtime"],
        data: data30
      };
      if (vErrors === null) {
        vErrors = [err75];
      } else {
        vErrors.push(err75);
      }
      errors++;
    }
    let data31 = data["rate-limit"];
    const _errs109 = errors;
    let valid27 = false;
    const _errs110 = errors;
    if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
      const err76 = {
        instancePath: instancePath + "/rate-limit",
        schemaPath: "#/properties/rate-limit/anyOf/0/type",
        keyword: "type",
        params: { type: "integer" },
        message: "must be integer",
        schema: schema11.properties["rate-limit"].anyOf[0].type,
        parentSchema: schema11.properties["rate-limit"].anyOf[0],
        data: data31
      };
      if (vErrors === null) {
        vErrors = [err76];
      } else {
        vErrors.push(err76);
      }
      errors++;
    }
    if (typeof data31 == "number" && isFinite(data31)) {
      if (data31 > 2e9 || isNaN(data31)) {
        const err77 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/0/maximum",
          keyword: "maximum",
          params: { comparison: "<=", limit: 2e9 },
          message: "must be <= 2000000000",
          schema: 2e9,
          parentSchema: schema11.properties["rate-limit"].anyOf[0],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (data31 < 10 || isNaN(data31)) {
        const err78 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/0/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 10 },
          message: "must be >= 10",
          schema: 10,
          parentSchema: schema11.properties["rate-limit"].anyOf[0],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    var _valid4 = _errs110 === errors;
    valid27 = valid27 || _valid4;
    if (!valid27) {
      const _errs112 = errors;
      if (0 !== data31) {
        const err79 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/1/const",
          keyword: "const",
          params: { allowedValue: 0 },
          message: "must be equal to constant",
          schema: 0,
          parentSchema: schema11.properties["rate-limit"].anyOf[1],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      var _valid4 = _errs112 === errors;
      valid27 = valid27 || _valid4;
      if (!valid27) {
        const _errs113 = errors;
        if ("off" !== data31) {
          const err80 = {
            instancePath: instancePath + "/rate-limit",
            schemaPath: "#/properties/rate-limit/anyOf/2/const",
            keyword: "const",
            params: { allowedValue: "off" },
            message: "must be equal to constant",
            schema: "off",
            parentSchema: schema11.properties["rate-limit"].anyOf[2],
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        var _valid4 = _errs113 === errors;
        valid27 = valid27 || _valid4;
      }
    }
    if (!valid27) {
      const err81 = {
        instancePath: instancePath + "/rate-limit",
        schemaPath: "#/properties/rate-limit/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
        schema: schema11.properties["rate-limit"].anyOf,
        parentSchema: schema11.properties["rate-limit"],
        data: data31
      };
      if (vErrors === null) {
        vErrors = [err81];
      } else {
        vErrors.push(err81);
      }
      errors++;
    } else {
      errors = _errs109;
      if (vErrors !== null) {
        if (_errs109) {
          vErrors.length = _errs109;
        } else {
          vErrors = null;
        }
      }
    }
    if (data["domain-name"] !== void 0) {
      let data32 = data["domain-name"];
      if (typeof data32 === "string") {
        if (!pattern21.test(data32)) {
          const err82 = {
            instancePath: instancePath + "/domain-name",
            schemaPath: "#/properties/domain-name/pattern",
            keyword: "pattern",
            params: {
              pattern: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"
            },
            message: 'must match pattern "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"',
            schema: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
            parentSchema: schema11.properties["domain-name"],
            data: data32
          };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      } else {
        const err83 = {
          instancePath: instancePath + "/domain-name",
          schemaPath: "#/properties/domain-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["domain-name"].type,
          parentSchema: schema11.properties["domain-name"],
          data: data32
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["certificate-arn"] !== void 0) {
      let data33 = data["certificate-arn"];
      if (typeof data33 === "string") {
        if (!pattern22.test(data33)) {
          const err84 = {
            instancePath: instancePath + "/certificate-arn",
            schemaPath: "#/properties/certificate-arn/pattern",
            keyword: "pattern",
            params: {
              pattern: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$"
            },
            message: 'must match pattern "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$"',
            schema: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
            parentSchema: schema11.properties["certificate-arn"],
            data: data33
          };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      } else {
        const err85 = {
          instancePath: instancePath + "/certificate-arn",
          schemaPath: "#/properties/certificate-arn/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["certificate-arn"].type,
          parentSchema: schema11.properties["certificate-arn"],
          data: data33
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    let data34 = data["share-links"];
    if (typeof data34 !== "boolean") {
      const err86 = {
        instancePath: instancePath + "/share-links",
        schemaPath: "#/properties/share-links/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["share-links"].type,
        parentSchema: schema11.properties["share-links"],
        data: data34
      };
      if (vErrors === null) {
        vErrors = [err86];
      } else {
        vErrors.push(err86);
      }
      errors++;
    }
    let data35 = data["audit-log"];
    if (typeof data35 !== "boolean") {
      const err87 = {
        instancePath: instancePath + "/audit-log",
        schemaPath: "#/properties/audit-log/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["audit-log"].type,
        parentSchema: schema11.properties["audit-log"],
        data: data35
      };
      if (vErrors === null) {
        vErrors = [err87];
      } else {
        vErrors.push(err87);
      }
      errors++;
    }
    let data36 = data["trusted-pages"];
    if (typeof data36 !== "boolean") {
      const err88 = {
        instancePath: instancePath + "/trusted-pages",
        schemaPath: "#/properties/trusted-pages/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["trusted-pages"].type,
        parentSchema: schema11.properties["trusted-pages"],
        data: data36
      };
      if (vErrors === null) {
        vErrors = [err88];
      } else {
        vErrors.push(err88);
      }
      errors++;
    }
    let data37 = data["audit-retention-days"];
    if (!(data37 === 1 || data37 === 3 || data37 === 5 || data37 === 7 || data37 === 14 || data37 === 30 || data37 === 60 || data37 === 90 || data37 === 120 || data37 === 150 || data37 === 180 || data37 === 365 || data37 === 400 || data37 === 545 || data37 === 731 || data37 === 1096 || data37 === 1827 || data37 === 2192 || data37 === 2557 || data37 === 2922 || data37 === 3288 || data37 === 3653)) {
      const err89 = {
        instancePath: instancePath + "/audit-retention-days",
        schemaPath: "#/properties/audit-retention-days/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties["audit-retention-days"].enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties["audit-retention-days"].enum,
        parentSchema: schema11.properties["audit-retention-days"],
        data: data37
      };
      if (vErrors === null) {
        vErrors = [err89];
      } else {
        vErrors.push(err89);
      }
      errors++;
    }
    let data38 = data.invalidate;
    if (typeof data38 !== "boolean") {
      const err90 = {
        instancePath: instancePath + "/invalidate",
        schemaPath: "#/properties/invalidate/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.invalidate.type,
        parentSchema: schema11.properties.invalidate,
        data: data38
      };
      if (vErrors === null) {
        vErrors = [err90];
      } else {
        vErrors.push(err90);
      }
      errors++;
    }
    let data39 = data["wait-for-invalidation"];
    if (typeof data39 !== "boolean") {
      const err91 = {
        instancePath: instancePath + "/wait-for-invalidation",
        schemaPath: "#/properties/wait-for-invalidation/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["wait-for-invalidation"].type,
        parentSchema: schema11.properties["wait-for-invalidation"],
        data: data39
      };
      if (vErrors === null) {
        vErrors = [err91];
      } else {
        vErrors.push(err91);
      }
      errors++;
    }
    let data40 = data["invalidation-timeout"];
    if (typeof data40 !== "string" && !(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
      const err92 = {
        instancePath: instancePath + "/invalidation-timeout",
        schemaPath: "#/properties/invalidation-timeout/type",
        keyword: "type",
        params: { type: schema11.properties["invalidation-timeout"].type },
        message: "must be string,integer",
        schema: schema11.properties["invalidation-timeout"].type,
        parentSchema: schema11.properties["invalidation-timeout"],
        data: data40
      };
      if (vErrors === null) {
        vErrors = [err92];
      } else {
        vErrors.push(err92);
      }
      errors++;
    }
    if (typeof data40 == "number" && isFinite(data40)) {
      if (data40 < 1 || isNaN(data40)) {
        const err93 = {
          instancePath: instancePath + "/invalidation-timeout",
          schemaPath: "#/properties/invalidation-timeout/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["invalidation-timeout"],
          data: data40
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (typeof data40 === "string") {
      if (!pattern16.test(data40)) {
        const err94 = {
          instancePath: instancePath + "/invalidation-timeout",
          schemaPath: "#/properties/invalidation-timeout/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["invalidation-timeout"],
          data: data40
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    let data41 = data.verify;
    if (!(data41 === "git" || data41 === "full")) {
      const err95 = {
        instancePath: instancePath + "/verify",
        schemaPath: "#/properties/verify/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.verify.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.verify.enum,
        parentSchema: schema11.properties.verify,
        data: data41
      };
      if (vErrors === null) {
        vErrors = [err95];
      } else {
        vErrors.push(err95);
      }
      errors++;
    }
    let data42 = data["verify-stacks"];
    if (typeof data42 !== "boolean") {
      const err96 = {
        instancePath: instancePath + "/verify-stacks",
        schemaPath: "#/properties/verify-stacks/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["verify-stacks"].type,
        parentSchema: schema11.properties["verify-stacks"],
        data: data42
      };
      if (vErrors === null) {
        vErrors = [err96];
      } else {
        vErrors.push(err96);
      }
      errors++;
    }
    let data43 = data.concurrency;
    if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
      const err97 = {
        instancePath: instancePath + "/concurrency",
        schemaPath: "#/properties/concurrency/type",
        keyword: "type",
        params: { type: "integer" },
        message: "must be integer",
        schema: schema11.properties.concurrency.type,
        parentSchema: schema11.properties.concurrency,
        data: data43
      };
      if (vErrors === null) {
        vErrors = [err97];
      } else {
        vErrors.push(err97);
      }
      errors++;
    }
    if (typeof data43 == "number" && isFinite(data43)) {
      if (data43 > 256 || isNaN(data43)) {
        const err98 = {
          instancePath: instancePath + "/concurrency",
          schemaPath: "#/properties/concurrency/maximum",
          keyword: "maximum",
          params: { comparison: "<=", limit: 256 },
          message: "must be <= 256",
          schema: 256,
          parentSchema: schema11.properties.concurrency,
          data: data43
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
      if (data43 < 1 || isNaN(data43)) {
        const err99 = {
          instancePath: instancePath + "/concurrency",
          schemaPath: "#/properties/concurrency/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties.concurrency,
          data: data43
        };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    let data44 = data["stack-timeout"];
    if (typeof data44 !== "string" && !(typeof data44 == "number" && !(data44 % 1) && !isNaN(data44) && isFinite(data44))) {
      const err100 = {
        instancePath: instancePath + "/stack-timeout",
        schemaPath: "#/properties/stack-timeout/type",
        keyword: "type",
        params: { type: schema11.properties["stack-timeout"].type },
        message: "must be string,integer",
        schema: schema11.properties["stack-timeout"].type,
        parentSchema: schema11.properties["stack-timeout"],
        data: data44
      };
      if (vErrors === null) {
        vErrors = [err100];
      } else {
        vErrors.push(err100);
      }
      errors++;
    }
    if (typeof data44 == "number" && isFinite(data44)) {
      if (data44 < 1 || isNaN(data44)) {
        const err101 = {
          instancePath: instancePath + "/stack-timeout",
          schemaPath: "#/properties/stack-timeout/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["stack-timeout"],
          data: data44
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (typeof data44 === "string") {
      if (!pattern16.test(data44)) {
        const err102 = {
          instancePath: instancePath + "/stack-timeout",
          schemaPath: "#/properties/stack-timeout/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["stack-timeout"],
          data: data44
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    let data45 = data["permissions-boundary"];
    if (typeof data45 === "string") {
      if (!pattern25.test(data45)) {
        const err103 = {
          instancePath: instancePath + "/permissions-boundary",
          schemaPath: "#/properties/permissions-boundary/pattern",
          keyword: "pattern",
          params: {
            pattern: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$"
          },
          message: 'must match pattern "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$"',
          schema: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
          parentSchema: schema11.properties["permissions-boundary"],
          data: data45
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    } else {
      const err104 = {
        instancePath: instancePath + "/permissions-boundary",
        schemaPath: "#/properties/permissions-boundary/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["permissions-boundary"].type,
        parentSchema: schema11.properties["permissions-boundary"],
        data: data45
      };
      if (vErrors === null) {
        vErrors = [err104];
      } else {
        vErrors.push(err104);
      }
      errors++;
    }
    let data46 = data["cloudformation-role"];
    if (typeof data46 === "string") {
      if (!pattern26.test(data46)) {
        const err105 = {
          instancePath: instancePath + "/cloudformation-role",
          schemaPath: "#/properties/cloudformation-role/pattern",
          keyword: "pattern",
          params: { pattern: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$" },
          message: 'must match pattern "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$"',
          schema: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$",
          parentSchema: schema11.properties["cloudformation-role"],
          data: data46
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    } else {
      const err106 = {
        instancePath: instancePath + "/cloudformation-role",
        schemaPath: "#/properties/cloudformation-role/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["cloudformation-role"].type,
        parentSchema: schema11.properties["cloudformation-role"],
        data: data46
      };
      if (vErrors === null) {
        vErrors = [err106];
      } else {
        vErrors.push(err106);
      }
      errors++;
    }
    if (data.bucket !== void 0) {
      let data47 = data.bucket;
      if (typeof data47 === "string") {
        if (!pattern27.test(data47)) {
          const err107 = {
            instancePath: instancePath + "/bucket",
            schemaPath: "#/properties/bucket/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$" },
            message: 'must match pattern "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"',
            schema: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
            parentSchema: schema11.properties.bucket,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
      } else {
        const err108 = {
          instancePath: instancePath + "/bucket",
          schemaPath: "#/properties/bucket/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.bucket.type,
          parentSchema: schema11.properties.bucket,
          data: data47
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data["distribution-id"] !== void 0) {
      let data48 = data["distribution-id"];
      if (typeof data48 === "string") {
        if (!pattern28.test(data48)) {
          const err109 = {
            instancePath: instancePath + "/distribution-id",
            schemaPath: "#/properties/distribution-id/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z0-9]{8,20}$" },
            message: 'must match pattern "^[A-Z0-9]{8,20}$"',
            schema: "^[A-Z0-9]{8,20}$",
            parentSchema: schema11.properties["distribution-id"],
            data: data48
          };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
      } else {
        const err110 = {
          instancePath: instancePath + "/distribution-id",
          schemaPath: "#/properties/distribution-id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["distribution-id"].type,
          parentSchema: schema11.properties["distribution-id"],
          data: data48
        };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
  } else {
    const err111 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err111];
    } else {
      vErrors.push(err111);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var SITE_SETTINGS = Object.freeze([
  "stack-name",
  "region",
  "content-dir",
  "exclude",
  "cache-control",
  "delete",
  "max-delete",
  "listing",
  "users",
  "access",
  "automation-tokens",
  "previews",
  "realm",
  "edge",
  "login",
  "session-lifetime",
  "edge-runtime",
  "rate-limit",
  "domain-name",
  "certificate-arn",
  "share-links",
  "audit-log",
  "trusted-pages",
  "audit-retention-days",
  "invalidate",
  "wait-for-invalidation",
  "invalidation-timeout",
  "verify",
  "verify-stacks",
  "concurrency",
  "stack-timeout",
  "permissions-boundary",
  "cloudformation-role",
  "bucket",
  "distribution-id"
]);

// src/site/errors.ts
var MAX_ISSUES = 20;
var SiteFileError = class extends Error {
  constructor(file, issues) {
    super(formatIssues(file, issues));
    this.file = file;
    this.issues = issues;
    this.name = "SiteFileError";
  }
  file;
  issues;
};
function keyPath(path4) {
  return path4.map((segment, i) => {
    if (typeof segment === "number") return `[${segment}]`;
    if (/^[A-Za-z0-9_-]+$/.test(segment)) return i === 0 ? segment : `.${segment}`;
    return `[${JSON.stringify(segment)}]`;
  }).join("");
}
function formatIssue(file, issue) {
  const where = issue.line === void 0 ? file : `${file}:${issue.line}`;
  const key = issue.path.length === 0 ? "" : `${keyPath(issue.path)}: `;
  return `${where}: ${key}${issue.message}`;
}
function formatIssues(file, issues) {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length === 1 && sorted[0] !== void 0) return formatIssue(file, sorted[0]);
  const shown = sorted.slice(0, MAX_ISSUES).map((i) => formatIssue(file, i));
  const more = sorted.length - shown.length;
  return [
    `${file}: ${sorted.length} problems`,
    ...shown,
    ...more > 0 ? [`\u2026 and ${more} more`] : []
  ].join("\n");
}
function quote(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typeof value === "string" ? `'${short}'` : short;
}
var DocumentLines = class {
  constructor(doc, lines2) {
    this.doc = doc;
    this.lines = lines2;
  }
  doc;
  lines;
  lineOf(node) {
    const offset = node?.range?.[0];
    return offset === void 0 ? void 0 : this.lines.linePos(offset).line;
  }
  /**
   * The line of the value at `path`, or of the deepest part of the path that exists; undefined
   * when not even its first key is in the file (a setting that is missing).
   */
  line(path4, at = "value") {
    let node = this.doc.contents;
    let line = path4.length === 0 ? this.lineOf(this.doc.contents) : void 0;
    for (const [i, segment] of path4.entries()) {
      const last = i === path4.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
        );
        if (pair === void 0) return line;
        const keyLine = isScalar(pair.key) ? this.lineOf(pair.key) : void 0;
        if (last && at === "key") return keyLine ?? line;
        node = pair.value;
        line = (isScalar(node) || isMap(node) || isSeq(node) ? this.lineOf(node) : void 0) ?? keyLine ?? line;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === void 0) return line;
        node = item;
        line = (isScalar(item) || isMap(item) || isSeq(item) ? this.lineOf(item) : void 0) ?? line;
      } else {
        return line;
      }
    }
    return line;
  }
};
function segmentsOf(instancePath, data) {
  if (instancePath === "") return [];
  const out = [];
  let node = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      out.push(Number(segment));
      node = node[Number(segment)];
    } else {
      out.push(segment);
      node = typeof node === "object" && node !== null ? Reflect.get(node, segment) : void 0;
    }
  }
  return out;
}
function allowedOf(error) {
  const fromSchema = error.parentSchema?.["x-allowed"];
  if (typeof fromSchema === "string") return fromSchema;
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const type = String(params.type);
      if (type === "boolean") return "true or false";
      if (type === "integer") return "a whole number";
      if (type === "array") return "a list";
      if (type === "object") return "a map of settings";
      return `a ${type.replace(/,/g, " or a ")}`;
    }
    case "enum":
      return Array.isArray(params.allowedValues) ? params.allowedValues.join(", ") : "one of the listed values";
    case "pattern":
      return "a value that isn't blank";
    default:
      return error.message ?? error.keyword;
  }
}
function closestSetting(key) {
  let best;
  for (const name of SITE_SETTINGS) {
    const distance = editDistance(key.toLowerCase(), name);
    if (distance <= 3 && (best === void 0 || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function schemaIssues(errors, data, lines2) {
  const alternatives = errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.schemaPath}/`);
  const kept = errors.filter((e) => !alternatives.some((p) => e.schemaPath.startsWith(p)));
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const error of kept) {
    const path4 = segmentsOf(error.instancePath, data);
    const params = error.params;
    if (error.keyword === "additionalProperties") {
      const key = String(params.additionalProperty);
      const keyPathOf = [...path4, key];
      issues.push({
        line: lines2.line(keyPathOf, "key"),
        path: keyPathOf,
        message: unknownSettingMessage(key)
      });
      continue;
    }
    const id = JSON.stringify(path4);
    if (seen.has(id)) continue;
    seen.add(id);
    if (error.keyword === "uniqueItems" && Array.isArray(error.data)) {
      const again = Math.max(Number(params.i), Number(params.j));
      const at = [...path4, again];
      issues.push({
        line: lines2.line(at),
        path: at,
        message: `${quote(error.data[again])} is listed twice`
      });
      continue;
    }
    issues.push({
      line: lines2.line(path4),
      path: path4,
      message: `got ${quote(error.data)}; allowed: ${allowedOf(error)}`
    });
  }
  return issues;
}
function unknownSettingMessage(key) {
  if (RUN_INPUTS.some((name) => name === key)) {
    return `an input of the action's step (it belongs to one run), not a setting of the site: pass it with \`with:\` in the workflow${key === "basic-auth-users" ? " (from a secret: passwords never go in this file)" : ""}`;
  }
  const near = closestSetting(key);
  return `not a setting${near === void 0 ? "" : ` (did you mean '${near}'?)`}; allowed: ${SITE_SETTINGS.join(", ")}`;
}

// src/site/rules.ts
var import_node_path = __toESM(require_node_path(), 1);

// src/edge/core/content-policy.ts
var CONTENT_SANDBOX = "sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox";
var PAGE_SANDBOX = `${CONTENT_SANDBOX} allow-same-origin`;

// src/site/access.ts
function accessNames(key) {
  return splitList(key).map((u) => u.normalize("NFC"));
}
function accessGlobs(value) {
  return typeof value === "string" ? splitList(value) : value.map((g) => g.trim());
}
function accessNamesProblem(names) {
  for (const user of names) {
    const problem = user === ANY_USER ? void 0 : userNameProblem(user);
    if (problem !== void 0) return `user name '${user}' ${problem}`;
  }
  return void 0;
}
function badAccessGlob(globs) {
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== void 0) return { glob, problem };
  }
  return void 0;
}
function unknownAccessUsers(rule, users) {
  const known = new Set(users.map((u) => u.normalize("NFC")));
  return rule.users.filter((u) => u !== ANY_USER && !known.has(u));
}
function splitList(text) {
  return text.split(",").map((part) => part.trim()).filter((part) => part !== "");
}

// src/site/cache-control.ts
var DEFAULT_CACHE_CONTROL = [
  {
    pattern: "default: HTML (browsers revalidate; CloudFront keeps it until invalidated)",
    value: "private, no-cache",
    matches: (key) => /\.html?$/i.test(key)
  },
  {
    pattern: "default: fingerprinted assets (name-<hash>.ext)",
    value: "private, max-age=31536000, immutable",
    matches: (key) => isFingerprinted(key)
  },
  {
    pattern: "default: everything else",
    value: "private, max-age=300",
    matches: () => true
  }
];
function isFingerprinted(key) {
  const base = key.slice(key.lastIndexOf("/") + 1);
  const m = /[.-]([A-Za-z0-9_]{8,})\.[A-Za-z0-9]+$/.exec(base);
  if (!m || m[1] === void 0) return false;
  const hash = m[1];
  if (/^[0-9a-f]{8,}$/.test(hash)) return /\d/.test(hash);
  return hash.length <= 16 && /\d/.test(hash) && /[A-Za-z]/.test(hash);
}
function cacheControlRule(glob, rawValue) {
  const value = rawValue.trim();
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new Error("the value contains a control character");
  if (/\bpublic\b|\bs-maxage\b/i.test(value)) {
    throw new Error(
      `'${value}': the site is password-protected, so a shared cache must never keep its responses: use 'private' and 'max-age' (CloudFront keeps every object until it is invalidated anyway)`
    );
  }
  let matches;
  try {
    matches = compileGlob(glob);
  } catch (e) {
    throw new Error(
      `'${glob}' is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
      { cause: e }
    );
  }
  return { pattern: glob, value, matches };
}

// src/site/values.ts
var UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };
function parseDuration(raw, rules = {}) {
  const value = String(raw).trim();
  const maxSeconds = rules.maxSeconds ?? 30 * 86400;
  let seconds;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else if (/^(\d+[smhd])+$/.test(value)) {
    seconds = 0;
    for (const m of value.matchAll(/(\d+)([smhd])/g))
      seconds += Number(m[1]) * (UNIT_SECONDS[m[2] ?? "s"] ?? 1);
  } else {
    throw new Error(`expected a duration such as 90s, 15m, 1h or 1h30m, got '${value}'`);
  }
  if (rules.allowZero !== true && seconds === 0) throw new Error("must be longer than zero");
  if (seconds > maxSeconds)
    throw new Error(`must be at most ${maxSeconds / 86400}d, got '${value}'`);
  return seconds;
}
function parseMaxDelete(raw) {
  const value = String(raw).trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (pct) {
    const percent = Number(pct[1]);
    if (percent > 100) throw new Error(`a percentage must be at most 100%, got '${value}'`);
    return { kind: "percent", percent };
  }
  if (/^\d+$/.test(value)) return { kind: "count", count: Number(value) };
  throw new Error(`expected a count or a percentage, got '${value}'`);
}
var DEFAULT_RATE_LIMIT = 1e3;
var RATE_LIMIT_MIN = 10;
var RATE_LIMIT_MAX = 2e9;
function parseRateLimit(raw) {
  const value = String(raw).trim();
  if (value === "") return DEFAULT_RATE_LIMIT;
  if (value === "off" || value === "0") return 0;
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `expected requests per 5 minutes per IP address (${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX}), or 0/off, got '${value}'`
    );
  }
  const n = Number(value);
  if (n < RATE_LIMIT_MIN || n > RATE_LIMIT_MAX) {
    throw new Error(
      `AWS WAF accepts ${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX} requests per 5 minutes (or 0/off to turn it off), got ${n}`
    );
  }
  return n;
}
function parseExpiry(raw) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/.exec(
    raw
  );
  const ms = m === null ? NaN : Date.parse(m[4] === void 0 ? `${raw}T00:00:00Z` : raw);
  const day = m === null ? "" : `${m[1]}-${m[2]}-${m[3]}`;
  const exists = !Number.isNaN(ms) && new Date(Date.parse(`${day}T00:00:00Z`)).toISOString().startsWith(day);
  const clock = m?.[4] === void 0 || Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
  if (m === null || !exists || !clock) {
    throw new Error(
      `'${raw}' is not a date (2027-01-31) or a time with its zone (2027-01-31T12:00:00Z)`
    );
  }
  return Math.floor(ms / 1e3);
}

// src/site/rules.ts
var RENDERS_USERS = [
  void 0,
  "deploy",
  "plan",
  "rotate",
  "synth"
];
function siteFromDocument(doc, accessEntries, meta) {
  const issues = [];
  const attempt = (key, fallback, parse) => {
    try {
      return parse();
    } catch (e) {
      issues.push({ path: key, message: e instanceof Error ? e.message : String(e) });
      return fallback;
    }
  };
  const stackName = doc["stack-name"];
  const region = doc.region;
  const partition = partitionProblem(region);
  if (partition !== void 0) issues.push({ path: ["region"], message: partition });
  if (meta.command !== "sync" && meta.command !== "preview" && meta.command !== "preview-cleanup") {
    const problem = bucketNameProblem(stackName, region);
    if (problem !== void 0) issues.push({ path: ["stack-name"], message: problem });
  }
  doc.exclude.forEach((glob, i) => {
    attempt(["exclude", i], void 0, () => {
      try {
        compileGlob(glob);
      } catch (e) {
        throw new Error(
          `${quote(glob)} is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
          { cause: e }
        );
      }
    });
  });
  const cacheControl = [];
  doc["cache-control"].forEach((rule, i) => {
    for (const [glob, value] of Object.entries(rule)) {
      attempt(["cache-control", i, glob], void 0, () => {
        cacheControl.push(cacheControlRule(glob.trim(), value));
      });
    }
  });
  const users = [];
  doc.users.forEach((raw, i) => {
    const user = raw.trim().normalize("NFC");
    if (user.includes(":")) {
      issues.push({
        path: ["users", i],
        message: "a user name cannot contain a colon; list only the names here: the passwords stay in a secret (basic-auth-users) or in AWS Secrets Manager"
      });
      return;
    }
    const problem = userNameProblem(user);
    if (problem !== void 0) {
      issues.push({ path: ["users", i], message: `user name ${quote(user)} ${problem}` });
    } else if (users.includes(user)) {
      issues.push({ path: ["users", i], message: `${quote(user)} is listed twice` });
    } else {
      users.push(user);
    }
  });
  if (doc.users.length === 0 && doc.edge === "lambda" && RENDERS_USERS.includes(meta.command)) {
    issues.push({
      path: ["users"],
      at: "key",
      message: "lists no user: the edge function lets in only the users named here; list their names (users: [alice, bob]), never their passwords"
    });
  }
  if (doc.users.length === 0 && doc.edge === "function" && meta.command === "rotate") {
    issues.push({
      path: ["users"],
      at: "key",
      message: "lists no user: rotate gives the users named here their passwords; list their names (users: [alice, bob])"
    });
  }
  const access = [];
  for (const entry of accessEntries) {
    const where = ["access", entry.key];
    const names = accessNames(entry.key);
    const globs = accessGlobs(entry.value);
    const problem = names.length === 0 ? "no user name" : accessNamesProblem(names);
    if (problem !== void 0) {
      issues.push({ path: where, at: "key", message: problem });
      continue;
    }
    const bad = globs.length === 0 ? { glob: "", problem: "no glob" } : badAccessGlob(globs);
    if (bad !== void 0) {
      issues.push({
        path: where,
        message: bad.glob === "" ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`
      });
      continue;
    }
    const rule = { line: entry.line, users: names, globs };
    const unknown = unknownAccessUsers(rule, users);
    if (unknown.length > 0) {
      issues.push({
        path: where,
        at: "key",
        message: `no user is named ${unknown.map((u) => quote(u)).join(", ")}; allowed: the names of users (${users.length > 0 ? users.join(", ") : "none listed"}) or "*"`
      });
      continue;
    }
    access.push(rule);
  }
  const automationTokens = [];
  for (const [raw, settings] of Object.entries(doc["automation-tokens"])) {
    const where = ["automation-tokens", raw];
    const name = raw.trim().normalize("NFC");
    const problem = userNameProblem(name);
    if (problem !== void 0) {
      issues.push({ path: where, at: "key", message: `token name ${quote(name)} ${problem}` });
      continue;
    }
    if (automationTokens.some((t) => t.name === name)) {
      issues.push({ path: where, at: "key", message: `${quote(name)} is listed twice` });
      continue;
    }
    const globs = settings?.access === void 0 ? void 0 : accessGlobs(settings.access);
    const bad = globs === void 0 ? void 0 : globs.length === 0 ? { glob: "", problem: "no glob" } : badAccessGlob(globs);
    if (bad !== void 0) {
      issues.push({
        path: [...where, "access"],
        message: bad.glob === "" ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`
      });
      continue;
    }
    const expiresText = settings?.expires;
    const expires = expiresText === void 0 ? void 0 : attempt([...where, "expires"], void 0, () => parseExpiry(expiresText));
    automationTokens.push({ name, globs, expires });
  }
  const domainName = doc["domain-name"];
  const certificateArn = doc["certificate-arn"];
  if (domainName === void 0 !== (certificateArn === void 0)) {
    issues.push({
      path: [domainName === void 0 ? "certificate-arn" : "domain-name"],
      at: "key",
      message: "domain-name and certificate-arn go together: set both or neither"
    });
  }
  if (doc.edge === "function" && doc["share-links"]) {
    issues.push({
      path: ["share-links"],
      message: "share links need `edge: lambda` in this version (the CloudFront Functions runtime has no share hook yet)"
    });
  }
  if (doc.edge === "function" && doc["audit-log"]) {
    issues.push({
      path: ["audit-log"],
      message: "the audit trail needs `edge: lambda` in this version (the CloudFront Functions runtime does not write audit lines yet)"
    });
  }
  const maxDelete = attempt(
    ["max-delete"],
    { kind: "count", count: 0 },
    () => parseMaxDelete(doc["max-delete"])
  );
  const invalidationTimeoutSeconds = attempt(
    ["invalidation-timeout"],
    0,
    () => parseDuration(doc["invalidation-timeout"])
  );
  const stackTimeoutSeconds = attempt(
    ["stack-timeout"],
    0,
    () => parseDuration(doc["stack-timeout"])
  );
  const rateLimit = attempt(["rate-limit"], 0, () => parseRateLimit(doc["rate-limit"]));
  const sessionLifetimeSeconds = attempt(
    ["session-lifetime"],
    0,
    () => parseDuration(doc["session-lifetime"], { maxSeconds: MAX_SESSION_LIFETIME_SECONDS })
  );
  const previews = previewsFromDocument(doc, users, issues, attempt);
  if (issues.length > 0) return { site: void 0, issues };
  const contentDirInput = doc["content-dir"];
  return {
    issues: [],
    site: {
      file: meta.file,
      fingerprint: meta.fingerprint,
      stackName,
      region,
      contentDir: import_node_path.default.resolve(meta.workspace, contentDirInput),
      contentDirInput,
      workspace: meta.workspace,
      exclude: doc.exclude,
      cacheControl: [...cacheControl, ...DEFAULT_CACHE_CONTROL],
      delete: doc.delete,
      maxDelete,
      listing: doc.listing,
      users,
      access,
      automationTokens,
      previews,
      realm: doc.realm,
      edge: doc.edge,
      login: doc.login,
      sessionLifetimeSeconds,
      edgeRuntime: doc["edge-runtime"],
      rateLimit,
      domainName,
      certificateArn,
      shareLinks: doc["share-links"],
      auditLog: doc["audit-log"],
      trustedPages: doc["trusted-pages"],
      auditRetentionDays: doc["audit-retention-days"],
      invalidate: doc.invalidate,
      waitForInvalidation: doc["wait-for-invalidation"],
      invalidationTimeoutSeconds,
      verify: doc.verify,
      verifyStacks: doc["verify-stacks"],
      concurrency: doc.concurrency,
      stackTimeoutSeconds,
      permissionsBoundary: doc["permissions-boundary"],
      cloudFormationRole: doc["cloudformation-role"],
      bucket: doc.bucket,
      distributionId: doc["distribution-id"]
    }
  };
}
function previewsFromDocument(doc, users, issues, attempt) {
  const raw = doc.previews;
  if (raw === false) return void 0;
  const settings = raw === true ? {} : raw;
  const expireText = settings["expire-after"];
  const expireAfterSeconds = expireText === void 0 ? DEFAULT_PREVIEW_EXPIRY_SECONDS : attempt(
    ["previews", "expire-after"],
    0,
    () => parseDuration(expireText, { maxSeconds: MAX_PREVIEW_EXPIRY_SECONDS })
  );
  const rawUsers = settings.users ?? "*";
  let previewUsers = "*";
  if (rawUsers !== "*") {
    const names = (typeof rawUsers === "string" ? [rawUsers] : rawUsers).map(
      (n) => n.trim().normalize("NFC")
    );
    const unknown = names.filter((n) => n !== "*" && !users.includes(n));
    if (names.includes("*") && names.length > 1) {
      issues.push({
        path: ["previews", "users"],
        message: '"*" already means every user of the site: list names or "*", not both'
      });
    } else if (unknown.length > 0) {
      issues.push({
        path: ["previews", "users"],
        message: `no user is named ${unknown.map((u) => quote(u)).join(", ")}; allowed: the names of users (${users.length > 0 ? users.join(", ") : "none listed"}) or "*"`
      });
    } else {
      previewUsers = names.includes("*") ? "*" : names;
    }
  }
  const domain = settings.domain?.toLowerCase();
  if (domain !== void 0 && doc["certificate-arn"] === void 0) {
    issues.push({
      path: ["previews", "domain"],
      message: `a preview domain needs domain-name and certificate-arn: the distribution gets the alias *.${domain}, and certificate-arn must name a certificate that covers it`
    });
  }
  return { domain, expireAfterSeconds, users: previewUsers };
}
function partitionProblem(region) {
  const partition = /^cn-/.test(region) ? "the aws-cn (China) partition" : /^us-gov-/.test(region) ? "the aws-us-gov (GovCloud) partition" : /^[a-z]{2}-iso[a-z]*-/.test(region) ? "an ISO partition" : void 0;
  if (partition === void 0) return void 0;
  return `'${region}' is in ${partition}, not the standard aws partition. The edge function (Lambda@Edge) must live in us-east-1 of the same partition as the distribution, and Lambda@Edge exists only in the standard aws partition: pick a region such as eu-central-1`;
}
function bucketNameProblem(stackName, region) {
  const max = maxStackNameForRegion(region);
  if (stackName.length > max) {
    return `'${stackName}' is ${stackName.length} characters; in ${region} at most ${max} fit, because the site bucket is named '<stack-name>-site-<account id>-${region}' and S3 bucket names are at most ${BUCKET_NAME_LIMIT} characters`;
  }
  if (stackName !== stackName.toLowerCase()) {
    return `'${stackName}' has upper-case letters; the site bucket is named after it and S3 bucket names are lower case`;
  }
  return void 0;
}

// src/site/load.ts
var HOW_TO_GET_ONE = `describe the site there (\`${CLI_COMMAND} init\` writes one), or point the \`config\` input at the file that does`;
function loadSite(config, ctx) {
  const absolute = import_node_path2.default.resolve(ctx.workspace, config);
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(absolute, "utf8");
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
    if (code === "ENOENT") {
      throw new SiteFileError(config, [
        {
          line: void 0,
          path: [],
          message: `no such file in the workspace (${absolute}): ${HOW_TO_GET_ONE}`
        }
      ]);
    }
    throw new SiteFileError(config, [
      {
        line: void 0,
        path: [],
        message: `cannot be read (${e instanceof Error ? e.message : String(e)})`
      }
    ]);
  }
  return parseSite(text, config, ctx);
}
function parseSite(text, file, ctx) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SiteFileError(
      file,
      doc.errors.map((e) => ({
        line: e.linePos?.[0].line,
        path: [],
        // yaml's message ends with " at line L, column C:" and a code frame: the line is ours.
        message: `not valid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`
      }))
    );
  }
  const lines2 = new DocumentLines(doc, lineCounter);
  const data = doc.contents === null ? {} : doc.toJS();
  if (!validate(data)) {
    throw new SiteFileError(file, schemaIssues(validate.errors ?? [], data, lines2));
  }
  const accessNode = doc.get("access", true);
  const access = isMap(accessNode) ? accessNode.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key)) return [];
    const key = String(pair.key.value);
    const value = data.access[key];
    return value === void 0 ? [] : [{ key, value, line: lines2.line(["access", key], "key") ?? 0 }];
  }) : [];
  const built = siteFromDocument(data, access, {
    file,
    workspace: import_node_path2.default.resolve(ctx.workspace),
    command: ctx.command,
    fingerprint: siteFingerprint(data, access)
  });
  if (built.site === void 0) {
    throw new SiteFileError(
      file,
      built.issues.map((i) => ({
        line: lines2.line(i.path, i.at ?? "value"),
        path: i.path,
        message: i.message
      }))
    );
  }
  return built.site;
}

// src/run/inputs.ts
var import_node_path3 = __toESM(require_node_path(), 1);

// src/rotate/rotate-users.ts
function parseRotateUsers(list, config = "secure-dist.yml") {
  if (list === void 0) return void 0;
  const input = "rotate-users";
  let all = false;
  let none = false;
  const rotate = [];
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === "") continue;
    if (entry === "all") {
      all = true;
      continue;
    }
    if (entry === "none") {
      none = true;
      continue;
    }
    if (entry.startsWith("-")) {
      const user2 = entry.slice(1).trim();
      throw new InputError(
        input,
        user2 === "" ? `'${entry}': a '-' removed a user before the site file listed them; remove users from \`users:\` in ${config}` : `'${entry}': users are removed in ${config} now: remove '${user2}' from \`users:\` there, and rotate removes them from the secret`
      );
    }
    const user = entry.normalize("NFC");
    const token = user.startsWith("token:") ? user.slice("token:".length).trim() : void 0;
    const problem = userNameProblem2(token ?? user);
    if (problem !== void 0) {
      throw new InputError(
        input,
        `'${entry}': ${token === void 0 ? problem : problem.replace("user name", "token name")}`
      );
    }
    if (token !== void 0) {
      if (!rotate.includes(`token:${token}`)) rotate.push(`token:${token}`);
      continue;
    }
    if (!rotate.includes(user)) rotate.push(user);
  }
  if (none && (all || rotate.length > 0)) {
    throw new InputError(input, "'none' gives nobody a new password: use it alone");
  }
  if (none) return [];
  if (all && rotate.length > 0) {
    throw new InputError(
      input,
      `'all' rotates every user: use it alone, or list the users by name (${rotate.join(", ")}, \u2026)`
    );
  }
  if (!all && rotate.length === 0) {
    throw new InputError(input, "expected 'all', 'none', or user names (alice, bob)");
  }
  return all ? void 0 : rotate;
}

// src/run/operands.ts
var DEFAULT_EXPIRES_IN = "7d";
var MAX_EXPIRES_IN_SECONDS = 30 * 86400;
function parseAuditUser(raw) {
  if (raw === void 0) return void 0;
  const user = raw.normalize("NFC");
  if (user.startsWith("share:")) {
    if (!/^share:[A-Z0-9]{1,128}$/.test(user)) {
      throw new InputError("user", `expected share:<CloudFront public key ID>, got '${user}'`);
    }
    return user;
  }
  const problem = userNameProblem(user);
  if (problem !== void 0) throw new InputError("user", `user name '${user}' ${problem}`);
  return user;
}
function parseAuditPath(raw) {
  if (raw === void 0) return void 0;
  if (!raw.startsWith("/") || /[\u0000-\u001f\u007f?#]/.test(raw)) {
    throw new InputError(
      "path",
      `expected a path starting with / (a folder ends with /), without a query or control characters, got '${raw}'`
    );
  }
  return raw;
}
function parseShareKeyRotate(raw) {
  const value = raw.trim();
  if (value === "revoke") return "revoke";
  if (value === "" || value === "false" || value === "False" || value === "FALSE") return "no";
  if (value === "true" || value === "True" || value === "TRUE") return "rotate";
  throw new InputError("share-key-rotate", `expected true, false or revoke, got '${value}'`);
}
function parseExpiresIn(raw) {
  const seconds = inputValue("expires-in", () => parseDuration(raw.trim() || DEFAULT_EXPIRES_IN));
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new InputError("expires-in", `must be at most 30d, got '${raw.trim()}'`);
  }
  return seconds;
}
function parseSharePath(command, raw) {
  const value = raw.trim();
  if (value === "") {
    if (command === "share") {
      throw new InputError(
        "path",
        "`command: share` needs the object key or folder (ending in /) to share"
      );
    }
    return void 0;
  }
  const folder = value.endsWith("/");
  const segments = value.split("/").filter((s) => s !== "");
  if (segments.length === 0) {
    throw new InputError(
      "path",
      "'/' would share the whole site: name a file or a folder ending in /"
    );
  }
  for (const segment of segments) {
    if (segment === "." || segment === "..") {
      throw new InputError("path", `'${value}' has a '${segment}' segment`);
    }
    if (/[\u0000-\u001f\u007f\\*]/.test(segment)) {
      throw new InputError(
        "path",
        `'${value}' has a control character, a backslash or a '*' (the signed policy's wildcard)`
      );
    }
  }
  if (segments[0] === ".secure-dist") {
    throw new InputError(
      "path",
      "'.secure-dist/' holds the sync's manifest, which is never served"
    );
  }
  const key = segments.join("/");
  if (Buffer.byteLength(key) > 1024) {
    throw new InputError("path", "is longer than an S3 key (1,024 bytes)");
  }
  return folder ? `${key}/` : key;
}

// src/run/users.ts
function parseBasicAuthUsers(raw, input = "basic-auth-users") {
  const users = [];
  const seen = /* @__PURE__ */ new Map();
  raw.split("\n").forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, "");
    if (line.trim() === "") return;
    const where = `line ${i + 1}`;
    const colon = line.indexOf(":");
    if (colon < 0)
      throw new InputError(input, `${where}: expected 'user:password' (no colon found)`);
    const user = line.slice(0, colon).trim().normalize("NFC");
    const password = line.slice(colon + 1).normalize("NFC");
    if (user === "") throw new InputError(input, `${where}: the user name is empty`);
    if (/[\u0000-\u001f\u007f]/.test(user))
      throw new InputError(input, `${where}: the user name contains a control character`);
    if (password === "")
      throw new InputError(input, `${where}: the password for user '${user}' is empty`);
    if (/[\u0000-\u001f\u007f]/.test(password)) {
      throw new InputError(
        input,
        `${where}: the password for user '${user}' contains a control character`
      );
    }
    if (Buffer.byteLength(user) + Buffer.byteLength(password) > 512) {
      throw new InputError(
        input,
        `${where}: user '${user}': user and password together must be at most 512 bytes`
      );
    }
    const first = seen.get(user);
    if (first !== void 0)
      throw new InputError(input, `${where}: user '${user}' is already defined on line ${first}`);
    seen.set(user, i + 1);
    users.push({ user, password });
  });
  return users;
}
function checkFunctionPasswords(users, input = "basic-auth-users") {
  for (const { user, password } of users) {
    const problem = functionPasswordProblem(password);
    if (problem !== void 0) {
      throw new InputError(
        input,
        `user '${user}': the password is too weak for \`edge: function\` (CloudFront Functions can only use a fast hash, so every password needs ${FUNCTION_PASSWORD_MIN_BITS} bits of entropy): it ${problem}`
      );
    }
  }
}
function usersMismatch(given, listed, where) {
  const names = given.map((u) => u.user);
  const extra = names.filter((n) => !listed.includes(n));
  const missing = listed.filter((n) => !names.includes(n));
  if (extra.length === 0 && missing.length === 0) return void 0;
  return [
    `must name exactly the users of ${where}`,
    ...extra.length > 0 ? [
      `it has ${extra.map((n) => `'${n}'`).join(", ")}, which \`users\` does not list (add the name there)`
    ] : [],
    ...missing.length > 0 ? [
      `it has no password for ${missing.map((n) => `'${n}'`).join(", ")}, whom \`users\` lists (add a line to the secret, or remove the name)`
    ] : []
  ].join("; ");
}

// src/run/inputs.ts
function refuseSiteSettings(get, config) {
  const given = SITE_SETTINGS.filter((name) => get(name) !== void 0);
  if (given.length === 0) return;
  throw new Error(
    given.map((name) => movedSettingMessage(name, config)).join("\n") + `
(${config} describes the site for every command; the step's inputs are only what belongs to one run.)`
  );
}
function movedSettingMessage(name, config) {
  return `\`${name}\` moved to ${config}: set \`${name}:\` there, not as an input of the step`;
}
function parseRunInputs(get, ctx) {
  const str = (name, fallback) => get(name)?.trim() || fallback;
  const optional = (name) => get(name)?.trim() || void 0;
  const config = str("config", DEFAULT_CONFIG);
  refuseSiteSettings(get, config);
  const command = parseCommand(str("command", "deploy"));
  const roleToAssume = optional("role-to-assume");
  if (roleToAssume !== void 0 && !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)) {
    throw new InputError(
      "role-to-assume",
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${roleToAssume}'`
    );
  }
  const defaultSession = ctx.runId ? `secure-dist-${ctx.runId}-${ctx.runAttempt ?? "1"}` : "secure-dist-local";
  const roleSessionName = str("role-session-name", defaultSession);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError(
      "role-session-name",
      `expected 2 to 64 characters of letters, digits and _+=,.@-, got '${roleSessionName}'`
    );
  }
  const rotateRaw = str("rotate-users", "all");
  return {
    command,
    config,
    workspace: import_node_path3.default.resolve(ctx.workspace),
    roleToAssume,
    roleSessionName,
    roleDurationSeconds: parseIntegerInRange(
      "role-duration-seconds",
      str("role-duration-seconds", "3600"),
      900,
      43200
    ),
    audience: str("audience", "sts.amazonaws.com"),
    // Not trimmed: a password may end in a space.
    basicAuthUsers: parseBasicAuthUsers(get("basic-auth-users") ?? ""),
    githubToken: optional("github-token"),
    rotateUsers: parseRotateUsers(
      rotateRaw === "all" ? void 0 : lines(rotateRaw.replace(/,/g, "\n")),
      config
    ),
    rotationGracePeriodSeconds: inputValue(
      "rotation-grace-period",
      () => parseDuration(str("rotation-grace-period", "1h"), { allowZero: true })
    ),
    endSessions: parseEndSessions(get("end-sessions") ?? ""),
    shareKeyRotate: parseShareKeyRotate(get("share-key-rotate") ?? ""),
    // `path` is read by share and by audit, each with its own rules.
    sharePath: command === "audit" ? void 0 : parseSharePath(command, get("path") ?? ""),
    expiresInSeconds: parseExpiresIn(get("expires-in") ?? ""),
    // Back to the longest retention CloudWatch Logs offers (10 years).
    auditSinceSeconds: inputValue(
      "since",
      () => parseDuration(str("since", "7d"), { maxSeconds: 3653 * 86400 })
    ),
    auditUser: parseAuditUser(optional("user")),
    auditPath: command === "audit" ? parseAuditPath(optional("path")) : void 0,
    dryRun: parseBoolean("dry-run", get("dry-run") ?? "", false),
    outputDir: import_node_path3.default.resolve(ctx.workspace, str("output-dir", "secure-dist.out")),
    commentOnPr: parseBoolean("comment-on-pr", get("comment-on-pr") ?? "", false),
    recreateFailedStack: parseBoolean(
      "recreate-failed-stack",
      get("recreate-failed-stack") ?? "",
      false
    )
  };
}
function parseCommand(value) {
  const found = COMMANDS.find((c) => c === value);
  if (found === void 0) {
    throw new InputError("command", `expected one of ${COMMANDS.join(", ")}, got '${value}'`);
  }
  return found;
}
function lines(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}
function parseBoolean(input, raw, fallback) {
  const value = raw.trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(input, `expected true or false, got '${value}'`);
}
function parseIntegerInRange(input, raw, min, max) {
  if (!/^\d+$/.test(raw))
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

// src/run/configuration.ts
function readConfiguration(get, ctx) {
  const run2 = parseRunInputs(get, ctx);
  const site = loadSite(run2.config, { workspace: run2.workspace, command: run2.command });
  checkRunAgainstSite(run2, site);
  return { run: run2, site };
}
function checkRunAgainstSite(run2, site) {
  if (run2.basicAuthUsers.length > 0 && ["deploy", "plan", "synth"].includes(run2.command)) {
    const mismatch = usersMismatch(run2.basicAuthUsers, site.users, `\`users\` in ${site.file}`);
    if (mismatch !== void 0) throw new InputError("basic-auth-users", mismatch);
    if (site.edge === "function") checkFunctionPasswords(run2.basicAuthUsers);
  }
  if (run2.command === "rotate" && run2.endSessions.kind !== "none") {
    if (site.login !== "form") {
      throw new InputError(
        "end-sessions",
        `${site.file} has \`login: ${site.login}\`: there are no sessions to end (they exist with \`login: form\`)`
      );
    }
    const named = run2.endSessions.kind === "users" ? run2.endSessions.users : [];
    const unknown = named.filter((u) => !site.users.includes(u));
    if (unknown.length > 0) {
      throw new InputError(
        "end-sessions",
        `${unknown.map((u) => `'${u}'`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not among the \`users\` of ${site.file} (${site.users.join(", ")})`
      );
    }
  }
  if (run2.command === "rotate" && run2.rotateUsers !== void 0) {
    const tokens = site.automationTokens.map((t) => `token:${t.name}`);
    const unknownTokens = run2.rotateUsers.filter(
      (u) => u.startsWith("token:") && !tokens.includes(u)
    );
    if (unknownTokens.length > 0) {
      throw new InputError(
        "rotate-users",
        `${unknownTokens.map((u) => `'${u}'`).join(", ")} names a token that \`automation-tokens\` of ${site.file} does not list (${tokens.length > 0 ? tokens.join(", ") : "none"})`
      );
    }
    const unknown = run2.rotateUsers.filter(
      (u) => !u.startsWith("token:") && !site.users.includes(u)
    );
    if (unknown.length > 0) {
      throw new InputError(
        "rotate-users",
        `${unknown.map((u) => `'${u}'`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not among the \`users\` of ${site.file} (${site.users.join(", ")}): add a new user there, and rotate adds them with a generated password`
      );
    }
  }
}

// src/main.ts
var actionsLog = {
  info: (m) => info(m),
  warn: (m) => warning(m),
  group: (name, fn) => group(name, fn)
};
function readRunConfiguration(env = process.env) {
  return readConfiguration(envInputSource(env), {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT
  });
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function run() {
  try {
    const { site, run: run2 } = readRunConfiguration();
    for (const u of run2.basicAuthUsers) setSecret(u.password);
    if (run2.githubToken !== void 0) setSecret(run2.githubToken);
    if (run2.command === "synth") {
      const { synthCommand, synthSummaryMarkdown } = await import("./synth-QGQF5MLO.js");
      const synth = synthCommand(site, run2);
      info(
        `rendered ${synth.result.edge.stackName} and ${synth.result.site.stackName} into ${synth.files.join(", ")}`
      );
      await writeSummary(synthSummaryMarkdown(synth));
      if (site.shareLinks) {
        warning(
          `\`share-links\`: synth renders no share keys (deploy reads them from the secret ${site.stackName}/share-key); the templates show the site without the /_share/* behavior`
        );
      }
      return;
    }
    const clients = await awsClients(site, run2);
    const ctx = { clients, log: actionsLog, now: Date.now, sleep };
    try {
      if (run2.command === "sync") await syncStep(site, run2, ctx);
      else if (run2.command === "deploy") await deployStep(site, run2, ctx);
      else if (run2.command === "rotate") await rotateStep(site, run2, ctx);
      else if (run2.command === "share") await shareStep(site, run2, ctx);
      else if (run2.command === "audit") await auditStep(site, run2, ctx);
      else if (run2.command === "preview")
        await (await import("./preview-step-6WOUSJZE.js")).previewStep(site, run2, ctx);
      else if (run2.command === "preview-cleanup")
        await (await import("./preview-cleanup-step-JD4KMWTV.js")).previewCleanupStep(site, run2, ctx);
      else await planStep(site, run2, ctx);
    } finally {
      clients.destroy();
    }
  } catch (e) {
    setFailed(e instanceof Error ? e.message : String(e));
  }
}
async function awsClients(site, run2) {
  const lazy = ["sync", "preview", "preview-cleanup"].includes(run2.command);
  const services = lazy ? Promise.resolve({}) : loadServices(ALL_SERVICES);
  services.catch(() => void 0);
  if (run2.roleToAssume === void 0) return createClients(void 0, 6, void 0, await services);
  const [{ createStsClient, credentialsProvider, resolveCredentials }, { requestIdToken }] = await Promise.all([import("./credentials-C4G2D6GZ.js"), import("./oidc-token-2VCO4HK7.js")]);
  const opts = {
    roleToAssume: run2.roleToAssume,
    audience: run2.audience,
    sessionName: run2.roleSessionName,
    durationSeconds: run2.roleDurationSeconds,
    region: site.region
  };
  const deps = {
    // Not `core.getIDToken`: its HTTP client would load undici on every run (src/aws/oidc-token.ts).
    getIDToken: (aud) => requestIdToken(aud, { env: process.env }),
    sts: createStsClient,
    sleep,
    setSecret: (s) => setSecret(s),
    info: (m) => info(m),
    now: Date.now
  };
  const initial = await resolveCredentials(opts, deps);
  const provider = credentialsProvider(opts, deps, initial);
  return createClients(provider, 6, provider?.ensureValidFor, await services);
}
async function syncStep(site, run2, ctx) {
  const { resolveTarget, syncAndInvalidate } = await import("./sync-FKIGUEKC.js");
  const target = await resolveTarget(site, ctx);
  const { sync, invalidation } = await syncAndInvalidate(site, target, ctx, run2.dryRun);
  setOutputs(syncOutputs(sync, invalidation));
  await writeSummary(syncSummaryMarkdown(sync, invalidation));
}
function secretsDeps(ctx) {
  return { secrets: ctx.clients.secretsManager(), setSecret: (s) => setSecret(s) };
}
async function shareKeys(site, run2, ctx) {
  const { shareKeysForDeploy } = await import("./deploy-keys-FYL3EXWA.js");
  return shareKeysForDeploy(site, run2.shareKeyRotate, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    setSecret: (s) => setSecret(s)
  });
}
async function shareStep(site, run2, ctx) {
  const { shareCommand, shareSummaryMarkdown } = await import("./share-54OMLIKQ.js");
  const report = await shareCommand(site, run2, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    cloudFormation: ctx.clients.cloudFormation(site.region),
    setSecret: (s) => setSecret(s)
  });
  setOutputs({ url: report.link.url });
  await writeSummary(shareSummaryMarkdown(report));
  info(
    `share link for ${report.scope} '${report.path}' (output \`url\`), expires ${report.expiresAt}, key ${report.keyId}`
  );
}
async function auditStep(site, run2, ctx) {
  const { auditCommand, auditOutputs } = await import("./audit-ZXZ3ZOVB.js");
  const report = await auditCommand(site, run2, ctx);
  setOutputs(auditOutputs(report));
  await writeSummary(report.markdown);
}
async function deployStep(site, run2, ctx) {
  const { deploySummaryMarkdown, siteOutputs } = await import("./deploy-6FTCFMQI.js");
  const report = async (r, storeMarkdown) => {
    setOutputs({
      ...siteOutputs(r.info),
      ...syncOutputs(r.content.sync, r.content.invalidation)
    });
    await writeSummary(
      [
        deploySummaryMarkdown(r),
        ...storeMarkdown === void 0 ? [] : [storeMarkdown],
        syncSummaryMarkdown(r.content.sync, r.content.invalidation)
      ].join("\n")
    );
    if (r.info.url !== void 0) info(`site: ${r.info.url}`);
  };
  if (site.edge === "function") {
    const { deployFunctionCommand, storeSummaryMarkdown } = await import("./deploy-function-AJGHT6BL.js");
    const deployed = await deployFunctionCommand(site, run2, ctx, {
      setSecret: (s) => setSecret(s)
    });
    await report(deployed, storeSummaryMarkdown(deployed));
    return;
  }
  const [{ deployCommand }, { edgeSecrets }] = await Promise.all([
    import("./deploy-6FTCFMQI.js"),
    import("./rotate-HSRXJ47C.js")
  ]);
  const signIn = await edgeSecrets(site, run2, ctx, secretsDeps(ctx));
  await report(
    await deployCommand(site, run2, ctx, signIn.users, await shareKeys(site, run2, ctx), signIn)
  );
}
async function planStep(site, run2, ctx) {
  const { planChangesOutput, planCommand, planSummaryMarkdown, siteOutputs } = await import("./deploy-6FTCFMQI.js");
  const report = site.edge === "function" ? await (await import("./deploy-function-AJGHT6BL.js")).planFunctionCommand(site, run2, ctx) : await planCommand(site, run2, ctx);
  const markdown = planSummaryMarkdown(report) + (report.content !== void 0 ? "\n" + syncSummaryMarkdown(report.content.sync, report.content.invalidation) : "");
  setOutputs({ ...siteOutputs(report.info), changes: planChangesOutput(report) });
  await writeSummary(markdown);
  const sync = report.content?.sync;
  const noChanges = report.edge.changes.length === 0 && report.site.changes.length === 0 && sync !== void 0 && sync.uploaded.length + sync.metadataUpdated.length + sync.deleted.length === 0;
  if (run2.commentOnPr) await commentOnPullRequest(site, run2, markdown, noChanges);
}
async function rotateStep(site, run2, ctx) {
  const [{ rotateCommand, rotateSummaryMarkdown }, { deployStacks }, { findStack }] = await Promise.all([
    import("./rotate-HSRXJ47C.js"),
    import("./deploy-6FTCFMQI.js"),
    import("./stack-outputs-5GNDKYVJ.js")
  ]);
  let keys;
  const report = site.edge === "function" ? (
    // Issue 14: the KeyValueStore, then the secret; no stack deploy.
    await (await import("./rotate-function-VSTRASV3.js")).rotateFunctionCommand(site, run2, ctx, { setSecret: (s) => setSecret(s) })
  ) : await rotateCommand(site, run2, ctx, {
    ...secretsDeps(ctx),
    deployedSite: () => findStack(
      ctx.clients.cloudFormation(site.region),
      `${site.stackName}-site`,
      site.region
    ),
    deploy: async (edge) => {
      keys ??= await shareKeys(site, run2, ctx);
      return (await deployStacks(site, run2, ctx, edge.users, keys, edge)).info;
    }
  });
  setOutputs({ url: report.url ?? "", "edge-function-version-arn": report.edgeVersionArn ?? "" });
  await writeSummary(rotateSummaryMarkdown(report));
  info(
    `rotated: ${report.rotated.join(", ") || "none"}; added: ${report.added.join(", ") || "none"}; removed: ${report.removed.join(", ") || "none"}` + (report.oldPasswordsStopWorkingAt === void 0 ? "" : `; replaced passwords stop working at ${report.oldPasswordsStopWorkingAt}`)
  );
}
async function commentOnPullRequest(site, run2, markdown, noChanges) {
  const [github, { renderPlanComment }, { upsertPlanComment }] = await Promise.all([
    import("./github-IUOHYVH4.js"),
    import("./plan-comment-MESPIPGR.js"),
    import("./pr-comment-66CMTWRF.js")
  ]);
  const pr = github.context.payload.pull_request;
  if (pr === void 0) {
    warning("`comment-on-pr`: this run is not for a pull request; no comment posted");
    return;
  }
  if (run2.githubToken === void 0) {
    throw new Error(
      "`comment-on-pr` needs `github-token`: it defaults to the workflow token, which only a GitHub Actions run has; outside one, pass a token that may comment on pull requests"
    );
  }
  const octokit = github.getOctokit(run2.githubToken);
  const { repo, serverUrl, runId } = github.context;
  const head = pr.head;
  const sha = typeof head === "object" && head !== null && "sha" in head && typeof head.sha === "string" ? head.sha : void 0;
  const body = renderPlanComment({
    stackName: site.stackName,
    markdown,
    noChanges,
    commit: sha === void 0 ? void 0 : { sha, url: `${serverUrl}/${repo.owner}/${repo.repo}/pull/${pr.number}/commits/${sha}` },
    now: /* @__PURE__ */ new Date(),
    runUrl: runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : void 0
  });
  const action = await upsertPlanComment(
    octokit,
    { ...repo, issueNumber: pr.number },
    site.stackName,
    body
  );
  info(
    action.kind === "create" ? `plan comment created on #${pr.number}` : `plan comment ${action.id} on #${pr.number} ${action.kind === "update" ? "updated" : "is already up to date"}`
  );
}
export {
  actionsLog,
  readRunConfiguration,
  run
};
