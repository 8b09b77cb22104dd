import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  configNote,
  deployedConfig
} from "./chunk-KTTSF67B.js";
import {
  CONFIG_TAG
} from "./chunk-OZHE6KR6.js";
import {
  generateShareKey,
  shareKeyParameters
} from "./chunk-GX3SEE4F.js";
import {
  secretName
} from "./chunk-YAPTHUYW.js";
import {
  EDGE_REGION
} from "./chunk-3AXTJEKJ.js";
import {
  EDGE_LOG_REGIONS,
  edgeLogGroupName,
  logsRetry
} from "./chunk-BVQRH3CV.js";
import {
  findStack,
  isStackMissing,
  outputsOf
} from "./chunk-XG2Q2WMP.js";
import {
  errorMessage,
  errorName,
  httpStatus,
  isThrottling,
  retry
} from "./chunk-XTZQASZY.js";
import {
  syncAndInvalidate
} from "./chunk-BWE3OU3Z.js";
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackEventsCommand,
  DescribeStackResourceDriftsCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  ExecuteChangeSetCommand
} from "./chunk-BTJRBP5R.js";
import {
  DescribeSecretCommand
} from "./chunk-RAED3ZZT.js";
import {
  DescribeLogGroupsCommand,
  PutRetentionPolicyCommand
} from "./chunk-TGXHYTTM.js";
import {
  cloudFormationRoleArn,
  synthFor
} from "./chunk-ZAIL7KPR.js";
import {
  NO_SHARE_KEYS,
  PENDING_WEB_ACL_ARN,
  hasShareKeys,
  withEdgeVersion,
  withEdgeWebAcl
} from "./chunk-ZWPJB2DR.js";

// src/deploy/leftover-secret.ts
var REGION = "us-east-1";
async function checkNoLeftoverUsersSecret(client, secretName2, edgeStackName) {
  let found;
  try {
    found = await client.send(new DescribeSecretCommand({ SecretId: secretName2 }));
  } catch (e) {
    if (errorName(e) === "ResourceNotFoundException") return;
    throw new Error(
      `could not check whether the Secrets Manager secret '${secretName2}' (${REGION}) is left over from an earlier edge stack before creating '${edgeStackName}': ${errorName(e) || "error"}: ${errorMessage(e)}. The credentials need secretsmanager:DescribeSecret on it (the bootstrap deploy role has it).`,
      { cause: e }
    );
  }
  throw new Error(leftoverSecretMessage(secretName2, edgeStackName, found.DeletedDate));
}
function leftoverSecretMessage(secretName2, edgeStackName, deletedDate) {
  const del = `aws secretsmanager delete-secret --secret-id ${secretName2} --region ${REGION} --force-delete-without-recovery`;
  const what = `the Secrets Manager secret '${secretName2}' (${REGION}) already exists, but the edge stack '${edgeStackName}' that owns it is about to be created: it is a secret left by an earlier edge stack that was rolled back or deleted (kept so that its passwords were not lost). CloudFormation cannot create the stack while a secret of that name exists.`;
  if (deletedDate !== void 0) {
    return [
      `${what} It is scheduled for deletion on ${deletedDate.toISOString()} and holds the name until then.`,
      `Delete it now:  ${del}`,
      `or restore it (aws secretsmanager restore-secret --secret-id ${secretName2} --region ${REGION}) and import it into the stack as described in secure-dist-action docs/troubleshooting.md, "users secret already exists".`
    ].join("\n");
  }
  return [
    what,
    `Either delete it (its users and passwords go with it; read them first with \`aws secretsmanager get-secret-value --secret-id ${secretName2} --region ${REGION}\` if you need them):`,
    `  ${del}`,
    "(without --force-delete-without-recovery it stays scheduled for deletion for 7 to 30 days and keeps blocking the name),",
    `or keep it: import it into the edge stack as resource UsersSecret (AWS::SecretsManager::Secret) with a change set of type IMPORT (secure-dist-action docs/troubleshooting.md, "users secret already exists"), or set \`basic-auth-users\` so that the stack does not create the secret.`
  ].join("\n");
}

// src/deploy/changes.ts
function toResourceChanges(changes, noteFor) {
  const out = [];
  for (const c of changes) {
    const rc = c.ResourceChange;
    if (rc === void 0 || rc.LogicalResourceId === void 0 || rc.Action === void 0) continue;
    const note = noteFor?.(c);
    out.push({
      logicalId: rc.LogicalResourceId,
      resourceType: rc.ResourceType ?? "",
      action: rc.Action,
      replacement: rc.Replacement,
      ...note !== void 0 ? { note } : {}
    });
  }
  return out;
}
function replacementText(c) {
  if (c.action !== "Modify") return "";
  switch (c.replacement) {
    case "True":
      return "**yes**";
    case "Conditional":
      return "maybe";
    case "False":
      return "no";
    default:
      return "";
  }
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function changeRows(changes) {
  return changes.map((c) => [c.action, c.logicalId, c.resourceType, replacementText(c)]);
}
var CHANGE_TABLE_HEADER = ["Action", "Resource", "Type", "Replacement"];
function summarizeChanges(changes) {
  if (changes.length === 0) return "No changes.";
  const noted = changes.some((c) => c.note !== void 0);
  const header = noted ? [...CHANGE_TABLE_HEADER, "Note"] : CHANGE_TABLE_HEADER;
  const rows = changeRows(changes).map(
    (row, i) => noted ? [...row, changes[i]?.note ?? ""] : row
  );
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)
  ];
  return lines.join("\n");
}
function changeLines(changes) {
  return changes.map((c) => {
    const r = c.action === "Modify" ? replacementText(c).replace(/\*/g, "") : "";
    const suffix = r === "yes" ? ", replaced" : r === "maybe" ? ", maybe replaced" : "";
    const note = c.note !== void 0 ? ` (${c.note})` : "";
    return `${c.action} ${c.logicalId} (${c.resourceType})${suffix}${note}`;
  });
}

// src/deploy/messages.ts
var DeployError = class extends Error {
  constructor(message, stackName, stackStatus = void 0, failures = [], options) {
    super(message, options);
    this.stackName = stackName;
    this.stackStatus = stackStatus;
    this.failures = failures;
  }
  stackName;
  stackStatus;
  failures;
  name = "DeployError";
};
function formatElapsed(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
function isStackEvent(e) {
  return e.ResourceType === "AWS::CloudFormation::Stack" && (e.LogicalResourceId === e.StackName || e.PhysicalResourceId !== void 0 && e.PhysicalResourceId === e.StackId);
}
function progressLine(stackName, e, elapsedMs) {
  const reason = e.ResourceStatusReason ? `: ${e.ResourceStatusReason}` : "";
  const resource = isStackEvent(e) ? "stack" : `${e.LogicalResourceId ?? "?"} (${e.ResourceType ?? "?"})`;
  return `[${formatElapsed(elapsedMs)}] ${stackName}: ${resource} ${e.ResourceStatus ?? "?"}${reason}`;
}
function failedResources(chronological) {
  const out = [];
  for (const e of chronological) {
    if (isStackEvent(e) || !(e.ResourceStatus ?? "").endsWith("_FAILED")) continue;
    out.push({
      logicalId: e.LogicalResourceId ?? "?",
      resourceType: e.ResourceType ?? "?",
      status: e.ResourceStatus ?? "?",
      reason: e.ResourceStatusReason ?? "(no reason given)"
    });
  }
  return out;
}
function failureLines(failures, stackReason) {
  if (failures.length === 0) {
    return stackReason ? [`  Reason: ${stackReason}`] : ["  (CloudFormation named no resource)"];
  }
  return failures.map((f) => `  - ${f.logicalId} (${f.resourceType}) ${f.status}: ${f.reason}`);
}
function statusMeaning(status) {
  switch (status) {
    case "ROLLBACK_COMPLETE":
      return "the creation failed and was rolled back";
    case "ROLLBACK_FAILED":
      return "the creation failed and so did its rollback";
    case "UPDATE_ROLLBACK_COMPLETE":
      return "the update failed and was rolled back; the stack is as it was before";
    case "UPDATE_ROLLBACK_FAILED":
      return "the update failed and so did its rollback";
    case "CREATE_FAILED":
      return "the creation failed";
    case "UPDATE_FAILED":
      return "the update failed";
    case "DELETE_FAILED":
      return "the deletion failed";
    default:
      return "the operation did not complete";
  }
}
function stackFailureMessage(stackName, status, failures, stackReason) {
  const lines = [
    `stack '${stackName}' failed with ${status} (${statusMeaning(status)}). ` + (failures.length > 0 ? "Failed resources, in order:" : "CloudFormation said:"),
    ...failureLines(failures, stackReason)
  ];
  const advice = runtimeAdvice(failures);
  if (advice !== void 0) lines.push(advice);
  if (status === "UPDATE_ROLLBACK_FAILED") lines.push(continueRollbackHint(stackName));
  return lines.join("\n");
}
function continueRollbackHint(stackName) {
  return `Fix or skip the resources above, then run \`aws cloudformation continue-update-rollback --stack-name ${stackName}\` and deploy again.`;
}
function rollbackCompleteMessage(stackName, status, failures, stackReason) {
  return [
    `stack '${stackName}' is in ${status}: its first creation failed, and CloudFormation cannot update a stack in this state, only delete it. The creation failed because of:`,
    ...failureLines(failures, stackReason),
    `Fix the cause, then delete the stack (\`aws cloudformation delete-stack --stack-name ${stackName}\`), or set the input \`recreate-failed-stack: true\` to let this action delete and re-create it.`
  ].join("\n");
}
function blockedStackMessage(stackName, status, failures, stackReason) {
  const fix = status === "DELETE_FAILED" ? `Delete the stack by hand, retaining the resources that cannot be deleted (\`aws cloudformation delete-stack --stack-name ${stackName} --retain-resources \u2026\`), then deploy again.` : continueRollbackHint(stackName);
  return [
    `stack '${stackName}' is in ${status} (${statusMeaning(status)}); nothing can be deployed to it until it is repaired:`,
    ...failureLines(failures, stackReason),
    fix
  ].join("\n");
}
function timeoutMessage(stackName, activity, lastStatus, elapsedMs, timeoutSeconds) {
  return `timed out after ${formatElapsed(elapsedMs)} waiting for stack '${stackName}' to ${activity} (\`stack-timeout\` is ${formatElapsed(timeoutSeconds * 1e3)}); its last status was ${lastStatus}. CloudFormation may still be working on it: see the stack events, and raise \`stack-timeout\` if it is only slow.`;
}
function describeCfnError(e, action, stackName, attempts, roleArn) {
  const name = errorName(e);
  const msg = errorMessage(e);
  if (roleArn !== void 0 && isServiceRoleError(msg)) {
    return serviceRoleMessage(action, stackName, roleArn, msg);
  }
  if (name === "AccessDenied" || name === "AccessDeniedException" || httpStatus(e) === 403 || /not authorized to perform/i.test(msg)) {
    return `${action} on stack '${stackName}' was denied: ${msg}. The credentials in use need cloudformation:${action} on this stack (the bootstrap deploy role has it).`;
  }
  if (name === "InsufficientCapabilitiesException") {
    return `${action} on stack '${stackName}' failed: ${msg}`;
  }
  const tries = isThrottling(e) ? ` (still throttled after ${attempts} attempts)` : "";
  const prefix = name !== "" && name !== "Error" ? `${name}: ` : "";
  return `${action} on stack '${stackName}' failed${tries}: ${prefix}${msg}`;
}
function templateTooLargeMessage(stackName, bytes, limit) {
  return `the template of stack '${stackName}' is ${bytes} bytes; CloudFormation accepts at most ${limit} bytes in TemplateBody`;
}
function isServiceRoleError(message) {
  return /iam:PassRole/i.test(message) || /cannot be assumed/i.test(message) || /is not a valid RoleARN/i.test(message) || /not authorized to perform: sts:AssumeRole/i.test(message);
}
function serviceRoleMessage(action, stackName, roleArn, cause) {
  return `${action} on stack '${stackName}' failed: CloudFormation could not use the service role ${roleArn} (input \`cloudformation-role\`): ${cause}. The role must exist, trust cloudformation.amazonaws.com, and the credentials of this run need iam:PassRole on it (the bootstrap stack creates \`<stack-name>-cloudformation\` and grants the deploy role that). Deploy or update the bootstrap stack, set \`cloudformation-role\` to the right ARN, or \`none\` to let CloudFormation act with this run's own credentials.`;
}
function runtimeAdvice(failures) {
  const refused = failures.some(
    (f) => /InvalidLambdaFunctionAssociation/i.test(f.reason) && /runtime/i.test(f.reason) && /not supported/i.test(f.reason)
  );
  return refused ? "CloudFront refused the edge function's runtime for Lambda@Edge. Set the input `edge-runtime: nodejs22.x` and deploy again (a new function version is published)." : void 0;
}

// src/deploy/status.ts
var FINGERPRINT_TAG = "secure-dist:fingerprint";
var TEMPLATE_BODY_LIMIT = 51200;
var CHANGE_SET_NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
function isInProgress(status) {
  return status.endsWith("_IN_PROGRESS") && status !== "REVIEW_IN_PROGRESS";
}
function isSettledSuccess(status) {
  return status === "CREATE_COMPLETE" || status === "UPDATE_COMPLETE" || status === "IMPORT_COMPLETE";
}
function needsRecreate(status) {
  return status === "ROLLBACK_COMPLETE" || status === "ROLLBACK_FAILED" || status === "CREATE_FAILED";
}
function isBlocked(status) {
  return status === "UPDATE_ROLLBACK_FAILED" || status === "DELETE_FAILED" || status === "IMPORT_ROLLBACK_FAILED";
}
function successStatus(type) {
  return type === "CREATE" ? "CREATE_COMPLETE" : "UPDATE_COMPLETE";
}
function isEmptyChangeSetReason(reason) {
  if (reason === void 0) return false;
  return reason.includes("didn't contain changes") || reason.includes("did not contain changes") || reason.includes("No updates are to be performed");
}
function newChangeSetName(nowMs, random) {
  const stamp = new Date(nowMs).toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
  const r = Math.min(Math.max(random(), 0), 0.999999999);
  const suffix = Math.floor(r * 36 ** 6).toString(36).padStart(6, "0");
  return `secure-dist-${stamp}-${suffix}`;
}

// src/deploy/context.ts
var POLL_FIRST_MS = 2e3;
var POLL_MAX_MS = 1e4;
var THROTTLE_ATTEMPTS = 6;
function makeCtx(client, name, opts, roleArn) {
  const start = opts.now();
  const random = opts.random ?? Math.random;
  const call = async (action, fn) => {
    let attempts = 0;
    try {
      return await retry(
        (n) => {
          attempts = n;
          return fn();
        },
        {
          attempts: THROTTLE_ATTEMPTS,
          baseDelayMs: 1e3,
          maxDelayMs: POLL_MAX_MS,
          sleep: opts.sleep,
          random,
          retryable: isThrottling,
          onRetry: (_e, n, delay) => opts.log(
            `${name}: ${action} throttled (attempt ${n}/${THROTTLE_ATTEMPTS}), retrying in ${formatElapsed(delay)}`
          )
        }
      );
    } catch (e) {
      if (e instanceof DeployError || isStackMissing(e)) throw e;
      throw new DeployError(
        describeCfnError(e, action, name, attempts, roleArn),
        name,
        void 0,
        [],
        { cause: e }
      );
    }
  };
  return {
    client,
    name,
    opts,
    random,
    start,
    deadline: start + opts.timeoutSeconds * 1e3,
    call,
    roleArn
  };
}
function statusOf(s) {
  return s.StackStatus ?? "UNKNOWN";
}
function tagValue(s, key) {
  return s.Tags?.find((t) => t.Key === key)?.Value;
}
function changeSetNameFor(ctx) {
  const name = ctx.opts.changeSetName ?? newChangeSetName(ctx.start, ctx.random);
  if (!CHANGE_SET_NAME_PATTERN.test(name)) {
    throw new DeployError(
      `change set name '${name}' for stack '${ctx.name}' is not valid: it must start with a letter, contain only letters, digits and hyphens, and be at most 128 characters long`,
      ctx.name
    );
  }
  return name;
}
async function describeStack(ctx, ref) {
  try {
    const res = await ctx.call(
      "DescribeStacks",
      () => ctx.client.send(new DescribeStacksCommand({ StackName: ref }))
    );
    const s = res.Stacks?.[0];
    return s === void 0 || s.StackStatus === "DELETE_COMPLETE" ? void 0 : s;
  } catch (e) {
    if (isStackMissing(e)) return void 0;
    throw e;
  }
}
async function pollPause(ctx, delay, onTimeout) {
  const now = ctx.opts.now();
  const remaining = ctx.deadline - now;
  if (remaining <= 0) throw onTimeout(now - ctx.start);
  await ctx.opts.sleep(Math.min(delay, remaining));
  return Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
}

// src/deploy/change-set.ts
var DEFAULT_CAPABILITIES = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM"
];
async function createChangeSet(ctx, stack, type, name, roleArn) {
  const bytes = Buffer.byteLength(stack.templateBody, "utf8");
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new DeployError(templateTooLargeMessage(ctx.name, bytes, TEMPLATE_BODY_LIMIT), ctx.name);
  }
  const tags = Object.entries({ ...stack.tags, [FINGERPRINT_TAG]: stack.fingerprint }).map(
    ([Key, Value]) => ({ Key, Value })
  );
  ctx.opts.log(`${ctx.name}: creating change set ${name} (${type})`);
  const res = await ctx.call(
    "CreateChangeSet",
    () => ctx.client.send(
      new CreateChangeSetCommand({
        StackName: ctx.name,
        ChangeSetName: name,
        ChangeSetType: type,
        ClientToken: name,
        Description: "secure-dist-action",
        TemplateBody: stack.templateBody,
        Parameters: stack.parameters.map((p) => ({
          ParameterKey: p.ParameterKey,
          ParameterValue: p.ParameterValue
        })),
        Capabilities: [...stack.capabilities ?? DEFAULT_CAPABILITIES],
        Tags: tags,
        ...roleArn !== void 0 ? { RoleARN: roleArn } : {}
      })
    )
  );
  return { name, id: res.Id ?? name, stackId: res.StackId ?? ctx.name, type };
}
function describeChangeSetPage(ctx, cs, nextToken) {
  return ctx.call(
    "DescribeChangeSet",
    () => ctx.client.send(
      new DescribeChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ...nextToken !== void 0 ? { NextToken: nextToken } : {}
      })
    )
  );
}
async function waitForChangeSet(ctx, cs) {
  let delay = POLL_FIRST_MS;
  for (; ; ) {
    const res = await describeChangeSetPage(ctx, cs, void 0);
    const status = res.Status ?? "UNKNOWN";
    if (status !== "CREATE_PENDING" && status !== "CREATE_IN_PROGRESS") return res;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) => new DeployError(
        timeoutMessage(
          ctx.name,
          `compute change set ${cs.name}`,
          `change set ${status}`,
          elapsed,
          ctx.opts.timeoutSeconds
        ),
        ctx.name
      )
    );
  }
}
async function allChanges(ctx, cs, first) {
  const changes = [...first.Changes ?? []];
  let token = first.NextToken;
  const tokens = /* @__PURE__ */ new Set();
  while (token !== void 0 && token !== "" && !tokens.has(token)) {
    tokens.add(token);
    const page = await describeChangeSetPage(ctx, cs, token);
    changes.push(...page.Changes ?? []);
    token = page.NextToken;
  }
  return toResourceChanges(changes, ctx.opts.noteFor);
}
function changeSetFailed(ctx, cs, reason) {
  const why = reason ?? "no reason given";
  if (ctx.roleArn !== void 0 && isServiceRoleError(why)) {
    return new DeployError(
      serviceRoleMessage(`change set ${cs.name}`, ctx.name, ctx.roleArn, why),
      ctx.name
    );
  }
  return new DeployError(`change set ${cs.name} for stack '${ctx.name}' failed: ${why}`, ctx.name);
}
async function discardChangeSet(ctx, cs) {
  try {
    await ctx.call(
      "DeleteChangeSet",
      () => ctx.client.send(new DeleteChangeSetCommand({ ChangeSetName: cs.id, StackName: cs.stackId }))
    );
    return [];
  } catch (e) {
    return [e];
  }
}
function logCleanupErrors(ctx, errors) {
  for (const e of errors) ctx.opts.log(`${ctx.name}: cleanup failed: ${errorMessage(e)}`);
}

// src/deploy/drift.ts
async function verifyNoDrift(ctx, stackRef) {
  ctx.opts.log(`${ctx.name}: verify-stacks: detecting drift before trusting the fingerprint`);
  const started = await ctx.call(
    "DetectStackDrift",
    () => ctx.client.send(new DetectStackDriftCommand({ StackName: stackRef }))
  );
  const id = started.StackDriftDetectionId;
  if (id === void 0) {
    throw new DeployError(
      `DetectStackDrift on stack '${ctx.name}' answered no detection id`,
      ctx.name
    );
  }
  let delay = POLL_FIRST_MS;
  let status;
  for (; ; ) {
    status = await ctx.call(
      "DescribeStackDriftDetectionStatus",
      () => ctx.client.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: id }))
    );
    if (status.DetectionStatus !== "DETECTION_IN_PROGRESS") break;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) => new DeployError(
        timeoutMessage(
          ctx.name,
          "finish drift detection",
          "DETECTION_IN_PROGRESS",
          elapsed,
          ctx.opts.timeoutSeconds
        ),
        ctx.name
      )
    );
  }
  if (status.StackDriftStatus === "DRIFTED") {
    const drifts = await driftedResources(ctx, stackRef);
    throw new DeployError(driftMessage(ctx.name, drifts), ctx.name);
  }
  if (status.DetectionStatus === "DETECTION_FAILED" || status.StackDriftStatus !== "IN_SYNC") {
    throw new DeployError(
      `stack '${ctx.name}': drift detection (verify-stacks) could not confirm the stack is in sync (${status.DetectionStatus ?? "?"}, ${status.StackDriftStatus ?? "?"}): ${status.DetectionStatusReason ?? "no reason given"}. Drift detection reads every resource with this run's credentials: they need read access to each of them.`,
      ctx.name
    );
  }
  ctx.opts.log(`${ctx.name}: in sync with its template (drift detection)`);
}
async function driftedResources(ctx, stackRef) {
  const out = [];
  let token;
  const seen = /* @__PURE__ */ new Set();
  do {
    const page = await ctx.call(
      "DescribeStackResourceDrifts",
      () => ctx.client.send(
        new DescribeStackResourceDriftsCommand({
          StackName: stackRef,
          StackResourceDriftStatusFilters: ["MODIFIED", "DELETED"],
          ...token !== void 0 ? { NextToken: token } : {}
        })
      )
    );
    out.push(...(page.StackResourceDrifts ?? []).map(toResourceDrift));
    token = page.NextToken;
    if (token !== void 0 && seen.has(token)) break;
    if (token !== void 0) seen.add(token);
  } while (token !== void 0 && token !== "");
  return out;
}
function toResourceDrift(d) {
  return {
    logicalId: d.LogicalResourceId ?? "?",
    resourceType: d.ResourceType ?? "?",
    status: d.StackResourceDriftStatus ?? "?",
    properties: (d.PropertyDifferences ?? []).map(
      (p) => `${p.PropertyPath ?? "?"} (${(p.DifferenceType ?? "?").toLowerCase()})`
    )
  };
}
function driftMessage(stackName, drifts) {
  const lines = drifts.map(
    (d) => `  - ${d.logicalId} (${d.resourceType}) ${d.status}` + (d.properties.length > 0 ? `: ${d.properties.join(", ")}` : "")
  );
  return [
    `stack '${stackName}' has drifted: its resources were changed outside CloudFormation (verify-stacks). Drifted resources:`,
    ...lines.length > 0 ? lines : ["  (CloudFormation listed none)"],
    `Find out who changed them (CloudTrail) and why. To restore what the template says, change the template or a parameter so that the next deploy updates the stack, or revert the change by hand; see \`aws cloudformation describe-stack-resource-drifts --stack-name ${stackName}\`.`
  ].join("\n");
}

// src/deploy/events.ts
var MAX_EVENT_PAGES = 10;
var StackEventLog = class {
  /**
   * @param stackRef the stack id where known (it keeps answering after a deletion), else the name
   * @param since events before this time (CloudFormation's clock) belong to earlier operations
   */
  constructor(client, call, stackRef, since) {
    this.client = client;
    this.call = call;
    this.stackRef = stackRef;
    this.since = since;
  }
  client;
  call;
  stackRef;
  since;
  seen = /* @__PURE__ */ new Set();
  /** Every event collected so far, oldest first. */
  events = [];
  /**
   * Marks the events already there (the newest page) as seen, without returning them: for an
   * operation about to start on a stack with a history.
   */
  async prime() {
    try {
      const res = await this.call(
        "DescribeStackEvents",
        () => this.client.send(new DescribeStackEventsCommand({ StackName: this.stackRef }))
      );
      for (const e of res.StackEvents ?? []) if (e.EventId !== void 0) this.seen.add(e.EventId);
    } catch (e) {
      if (!isStackMissing(e)) throw e;
    }
  }
  /** The new events, oldest first. */
  async poll() {
    const fresh = [];
    const thisPoll = /* @__PURE__ */ new Set();
    let nextToken;
    pages: for (let page = 0; page < MAX_EVENT_PAGES; page++) {
      let res;
      try {
        res = await this.call(
          "DescribeStackEvents",
          () => this.client.send(
            new DescribeStackEventsCommand({
              StackName: this.stackRef,
              ...nextToken !== void 0 ? { NextToken: nextToken } : {}
            })
          )
        );
      } catch (e) {
        if (isStackMissing(e)) break;
        throw e;
      }
      for (const e of res.StackEvents ?? []) {
        if (e.EventId === void 0) continue;
        if (this.seen.has(e.EventId)) break pages;
        if (this.since !== void 0 && e.Timestamp !== void 0 && e.Timestamp < this.since) {
          break pages;
        }
        if (thisPoll.has(e.EventId)) continue;
        thisPoll.add(e.EventId);
        fresh.push(e);
      }
      nextToken = res.NextToken;
      if (nextToken === void 0 || nextToken === "") break;
    }
    fresh.reverse();
    for (const e of fresh) if (e.EventId !== void 0) this.seen.add(e.EventId);
    this.events.push(...fresh);
    return fresh;
  }
};

// src/deploy/wait.ts
async function waitForStack(ctx, ref, events, activity, isDone) {
  let delay = POLL_FIRST_MS;
  let sawInProgress = false;
  for (; ; ) {
    const s = await describeStack(ctx, ref);
    if (events !== void 0) {
      for (const e of await events.poll()) {
        ctx.opts.log(progressLine(ctx.name, e, ctx.opts.now() - ctx.start));
      }
    }
    const last = s === void 0 ? "DELETE_COMPLETE" : statusOf(s);
    if (isInProgress(last)) sawInProgress = true;
    if (isDone(s, sawInProgress)) return s;
    delay = await pollPause(
      ctx,
      delay,
      (elapsed) => new DeployError(
        timeoutMessage(ctx.name, activity, last, elapsed, ctx.opts.timeoutSeconds),
        ctx.name,
        last
      )
    );
  }
}
var settled = (x) => x === void 0 || !isInProgress(statusOf(x));
async function waitForSettle(ctx, s) {
  const status = statusOf(s);
  ctx.opts.log(`${ctx.name}: ${status}; waiting for the operation in progress to finish`);
  const ref = s.StackId ?? ctx.name;
  const since = s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
  const events = new StackEventLog(ctx.client, ctx.call, ref, since);
  const done = await waitForStack(ctx, ref, events, `finish its ${status} operation`, settled);
  ctx.opts.log(`${ctx.name}: ${done === void 0 ? "deleted" : statusOf(done)}`);
  return done;
}
async function lastFailures(ctx, s) {
  const since = needsRecreate(statusOf(s)) ? s.CreationTime : s.DeletionTime ?? s.LastUpdatedTime ?? s.CreationTime;
  const events = new StackEventLog(ctx.client, ctx.call, s.StackId ?? ctx.name, since);
  await events.poll();
  return failedResources(events.events);
}

// src/deploy/recreate.ts
async function deleteStackAndWait(ctx, s, token, roleArn) {
  const ref = s.StackId ?? ctx.name;
  const events = new StackEventLog(ctx.client, ctx.call, ref, void 0);
  await events.prime();
  await ctx.call(
    "DeleteStack",
    () => ctx.client.send(
      new DeleteStackCommand({
        StackName: ref,
        ClientRequestToken: token,
        ...roleArn !== void 0 ? { RoleARN: roleArn } : {}
      })
    )
  );
  const final = await waitForStack(ctx, ref, events, "be deleted", settled);
  if (final !== void 0) {
    const failures = failedResources(events.events);
    throw new DeployError(
      stackFailureMessage(ctx.name, statusOf(final), failures, final.StackStatusReason),
      ctx.name,
      statusOf(final),
      failures
    );
  }
}
async function currentStack(ctx, recreateFailed, recreate) {
  let current = await describeStack(ctx, ctx.name);
  if (current !== void 0 && isInProgress(statusOf(current))) {
    current = await waitForSettle(ctx, current);
  }
  return current === void 0 ? void 0 : checkDeployable(ctx, current, recreateFailed, recreate);
}
async function checkDeployable(ctx, current, recreateFailed, recreate) {
  const status = statusOf(current);
  if (needsRecreate(status)) {
    const failures = await lastFailures(ctx, current);
    if (!recreateFailed) {
      throw new DeployError(
        rollbackCompleteMessage(ctx.name, status, failures, current.StackStatusReason),
        ctx.name,
        status,
        failures
      );
    }
    ctx.opts.log(
      `${ctx.name}: ${status} (its first creation failed: ${failures.map((f) => `${f.logicalId}: ${f.reason}`).join("; ") || (current.StackStatusReason ?? "no reason given")}); deleting it to create it again (recreate-failed-stack)`
    );
    await recreate(current);
    return void 0;
  }
  if (isBlocked(status)) {
    const failures = await lastFailures(ctx, current);
    throw new DeployError(
      blockedStackMessage(ctx.name, status, failures, current.StackStatusReason),
      ctx.name,
      status,
      failures
    );
  }
  return current;
}

// src/deploy/stack.ts
function fingerprintMatches(s, stack) {
  return s !== void 0 && isSettledSuccess(statusOf(s)) && tagValue(s, FINGERPRINT_TAG) === stack.fingerprint && stack.fingerprint !== "" && Object.entries(stack.tags ?? {}).every(([key, value]) => tagValue(s, key) === value);
}
async function deployStack(client, stack, opts) {
  const ctx = makeCtx(client, stack.stackName, opts, opts.roleArn);
  const csName = changeSetNameFor(ctx);
  const result = (status2, s, changes2) => ({
    stackName: ctx.name,
    status: status2,
    outputs: outputsOf(s),
    changes: changes2,
    durationMs: opts.now() - ctx.start,
    stackStatus: statusOf(s)
  });
  const current = await currentStack(ctx, opts.recreateFailed, async (s) => {
    await opts.beforeCreate?.();
    await deleteStackAndWait(ctx, s, `${csName}-delete`.slice(0, 128), opts.roleArn);
  });
  if (fingerprintMatches(current, stack)) {
    if (opts.verifyDrift === true) await verifyNoDrift(ctx, current.StackId ?? ctx.name);
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches); skipped`);
    return result("skipped", current, []);
  }
  const existed = current !== void 0 && statusOf(current) !== "REVIEW_IN_PROGRESS";
  const type = existed ? "UPDATE" : "CREATE";
  if (type === "CREATE") await opts.beforeCreate?.();
  const cs = await createChangeSet(ctx, stack, type, csName, opts.roleArn);
  let described;
  try {
    described = await waitForChangeSet(ctx, cs);
  } catch (e) {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    throw e;
  }
  if (described.Status !== "CREATE_COMPLETE") {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    if (current !== void 0 && existed && isEmptyChangeSetReason(described.StatusReason)) {
      opts.log(`${ctx.name}: no changes`);
      return result("unchanged", current, []);
    }
    throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
  }
  if (described.ExecutionStatus !== void 0 && described.ExecutionStatus !== "AVAILABLE") {
    logCleanupErrors(ctx, await discardChangeSet(ctx, cs));
    throw new DeployError(
      `change set ${cs.name} for stack '${ctx.name}' cannot be executed: its execution status is ${described.ExecutionStatus}${described.StatusReason ? ` (${described.StatusReason})` : ""}`,
      ctx.name,
      current === void 0 ? void 0 : statusOf(current)
    );
  }
  const changes = await allChanges(ctx, cs, described);
  for (const line of changeLines(changes)) opts.log(`${ctx.name}: ${line}`);
  const events = new StackEventLog(client, ctx.call, cs.stackId, described.CreationTime);
  await events.prime();
  await opts.beforeExecute?.(opts.timeoutSeconds * 1e3);
  await ctx.call(
    "ExecuteChangeSet",
    () => client.send(
      new ExecuteChangeSetCommand({
        ChangeSetName: cs.id,
        StackName: cs.stackId,
        ClientRequestToken: cs.name
      })
    )
  );
  const final = await waitForStack(
    ctx,
    cs.stackId,
    events,
    type === "CREATE" ? "be created" : "be updated",
    (s, sawInProgress) => {
      if (s === void 0) return true;
      const st = statusOf(s);
      if (isInProgress(st) || st === "REVIEW_IN_PROGRESS") return false;
      return type === "CREATE" || sawInProgress || events.events.some(isStackEvent);
    }
  );
  if (final === void 0) {
    throw new DeployError(
      `stack '${ctx.name}' was deleted while it was being ${type === "CREATE" ? "created" : "updated"}`,
      ctx.name,
      "DELETE_COMPLETE"
    );
  }
  const status = statusOf(final);
  if (status !== successStatus(type)) {
    const failures = failedResources(events.events);
    throw new DeployError(
      stackFailureMessage(ctx.name, status, failures, final.StackStatusReason),
      ctx.name,
      status,
      failures
    );
  }
  const done = result(type === "CREATE" ? "created" : "updated", final, changes);
  opts.log(
    `${ctx.name}: ${done.status} in ${formatElapsed(done.durationMs)} (${changes.length} change${changes.length === 1 ? "" : "s"})`
  );
  return done;
}

// src/deploy/plan.ts
async function planStack(client, stack, opts) {
  const ctx = makeCtx(client, stack.stackName, opts);
  const csName = changeSetNameFor(ctx);
  const plan = (status, changes) => ({
    stackName: ctx.name,
    status,
    changes
  });
  const current = await currentStack(ctx, false, () => Promise.resolve());
  if (fingerprintMatches(current, stack)) {
    opts.log(`${ctx.name}: unchanged since the last deploy (fingerprint matches)`);
    return plan("skipped", []);
  }
  const existed = current !== void 0 && statusOf(current) !== "REVIEW_IN_PROGRESS";
  const type = existed ? "UPDATE" : "CREATE";
  const cs = await createChangeSet(ctx, stack, type, csName, void 0);
  let outcome;
  try {
    const described = await waitForChangeSet(ctx, cs);
    if (described.Status === "CREATE_COMPLETE") {
      const changes = await allChanges(ctx, cs, described);
      outcome = { ok: true, plan: plan(type === "CREATE" ? "create" : "update", changes) };
    } else if (existed && isEmptyChangeSetReason(described.StatusReason)) {
      outcome = { ok: true, plan: plan("unchanged", []) };
    } else {
      throw changeSetFailed(ctx, cs, described.StatusReason ?? described.Status);
    }
  } catch (e) {
    outcome = { ok: false, error: e };
  }
  const cleanup = await discardChangeSet(ctx, cs);
  if (!outcome.ok) {
    logCleanupErrors(ctx, cleanup);
    throw outcome.error;
  }
  const [firstCleanupError] = cleanup;
  if (firstCleanupError !== void 0) throw firstCleanupError;
  opts.log(
    `${ctx.name}: ${outcome.plan.status === "unchanged" ? "no changes" : `${outcome.plan.changes.length} change(s) to ${type === "CREATE" ? "create the stack" : "update the stack"}`}`
  );
  return outcome.plan;
}

// src/share/plan-keys.ts
async function shareKeysForPlan(site, siteClient, now = Date.now) {
  if (!site.shareLinks) return { parameters: NO_SHARE_KEYS, note: void 0 };
  const stackName = `${site.stackName}-site`;
  const deployed = await findStack(siteClient, stackName, site.region);
  const p = deployed?.parameters ?? {};
  const current = {
    ShareKeyA: p.ShareKeyA ?? "",
    ShareKeyB: p.ShareKeyB ?? "",
    ShareKeyC: p.ShareKeyC ?? "",
    ShareKeyCreated: p.ShareKeyCreated ?? "-,-,-"
  };
  const secret = `\`${site.stackName}/share-key\` (${site.region})`;
  if (hasShareKeys(current)) {
    return {
      parameters: current,
      note: `The share-link keys were taken from the site stack as deployed, not from the secret ${secret}: plan never reads secrets, so a key rotation or expiry shows at deploy.`
    };
  }
  const standIn = generateShareKey("A", now());
  return {
    parameters: shareKeyParameters({ version: 1, keys: [standIn] }, now()),
    note: `\`share-links\` is new to this site: planned with a stand-in public key; deploy creates the key pair and keeps its private key in the secret ${secret}.`
  };
}

// src/audit/retention.ts
async function findGroup(client, name, deps) {
  let nextToken;
  do {
    const page = await retry(
      () => client.send(
        new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken, limit: 50 })
      ),
      logsRetry(deps.sleep, void 0, deps.random)
    );
    const group = page.logGroups?.find((g) => g.logGroupName === name);
    if (group !== void 0) return { found: true, days: group.retentionInDays };
    nextToken = page.nextToken;
  } while (nextToken !== void 0);
  return { found: false, days: void 0 };
}
async function setEdgeLogRetention(stackName, days, deps, regions = EDGE_LOG_REGIONS) {
  const logGroup = edgeLogGroupName(stackName);
  const results = await Promise.allSettled(
    regions.map(async (region) => {
      const client = deps.logs(region);
      const { found, days: previousDays } = await findGroup(client, logGroup, deps);
      if (!found) return { region, action: "absent" };
      if (previousDays === days) return { region, action: "kept", previousDays };
      await retry(
        () => client.send(
          new PutRetentionPolicyCommand({ logGroupName: logGroup, retentionInDays: days })
        ),
        logsRetry(deps.sleep, void 0, deps.random)
      );
      return { region, action: "set", previousDays };
    })
  );
  const failures = results.flatMap(
    (r, i) => r.status === "rejected" ? [`${regions[i] ?? "?"}: ${describe(r.reason)}`] : []
  );
  if (failures.length > 0) {
    throw new Error(
      `could not set the retention of ${logGroup} (audit-retention-days: ${days}) in ${failures.length} region(s): ${failures.join("; ")}`
    );
  }
  return {
    logGroup,
    days,
    regions: results.flatMap((r) => r.status === "fulfilled" ? [r.value] : [])
  };
}
function describe(e) {
  const name = errorName(e);
  if (name === "AccessDeniedException" || name === "AccessDenied") {
    return `AccessDenied: ${errorMessage(e)} (the deploy role needs logs:DescribeLogGroups and logs:PutRetentionPolicy on the edge log group: update the bootstrap stack)`;
  }
  return errorMessage(e);
}
function retentionSummary(r) {
  const of = (action) => r.regions.filter((x) => x.action === action).map((x) => x.region);
  const set = of("set");
  const kept = of("kept");
  return `log retention ${r.days} days on ${r.logGroup}: set in ${set.length > 0 ? set.join(", ") : "no region"}, already so in ${kept.length > 0 ? kept.join(", ") : "no region"}; ${of("absent").length} region(s) have no such group yet`;
}
async function edgeLogRetentionStep(site, deps, regions) {
  if (!site.auditLog) return void 0;
  const report = await setEdgeLogRetention(site.stackName, site.auditRetentionDays, deps, regions);
  deps.info(retentionSummary(report));
  return report;
}

// src/commands/deploy.ts
var stackInput = (s, config) => ({
  stackName: s.stackName,
  templateBody: s.templateBody,
  parameters: s.parameters,
  fingerprint: s.fingerprint,
  tags: {
    "secure-dist:stack": s.stackName,
    ...config === void 0 ? {} : { [CONFIG_TAG]: config }
  }
});
function stackOptions(site, ctx) {
  return {
    timeoutSeconds: site.stackTimeoutSeconds,
    sleep: ctx.sleep,
    now: ctx.now,
    log: (line) => ctx.log.info(line)
  };
}
function siteInfo(siteOutputs2, edgeVersionArn) {
  return {
    url: siteOutputs2.Url,
    bucket: siteOutputs2.BucketName,
    distributionId: siteOutputs2.DistributionId,
    distributionDomain: siteOutputs2.DistributionDomainName,
    edgeVersionArn
  };
}
function edgeVersionOf(edge) {
  const arn = edge.outputs.EdgeFunctionVersionArn;
  if (arn === void 0) {
    throw new Error(
      `stack '${edge.stackName}' has no output EdgeFunctionVersionArn: was it deployed by this action?`
    );
  }
  return arn;
}
function deployOptions(site, run, ctx) {
  const renew = ctx.clients.ensureCredentialsValidFor?.bind(ctx.clients);
  return {
    ...stackOptions(site, ctx),
    recreateFailed: run.recreateFailedStack,
    roleArn: cloudFormationRoleArn(site, run),
    verifyDrift: site.verifyStacks,
    // The stack operation must not outlive the credentials that started it.
    ...renew !== void 0 ? { beforeExecute: renew } : {}
  };
}
async function deployStacks(site, run, ctx, users, shareKeys, signIn = {}) {
  const usersInSecret = run.basicAuthUsers.length === 0;
  const synth = synthFor(site, run, users, {
    usersInSecretsManager: usersInSecret,
    shareKeys,
    sessionKeyId: signIn.sessionKeyId,
    tokens: signIn.tokens
  });
  const common = deployOptions(site, run, ctx);
  const edge = await deployStack(ctx.clients.cloudFormation(EDGE_REGION), stackInput(synth.edge), {
    ...common,
    // A users secret left by an earlier edge stack would make the create fail: say so first.
    ...usersInSecret ? {
      beforeCreate: () => checkNoLeftoverUsersSecret(
        ctx.clients.secretsManager(),
        secretName(site.stackName),
        synth.edge.stackName
      )
    } : {}
  });
  const edgeVersionArn = edgeVersionOf(edge);
  const siteStack = await deployStack(
    ctx.clients.cloudFormation(site.region),
    stackInput(
      withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn), edge.outputs),
      site.fingerprint
    ),
    common
  );
  return { edge, site: siteStack, info: siteInfo(siteStack.outputs, edgeVersionArn) };
}
async function deployCommand(site, run, ctx, users, shareKeys, signIn = {}) {
  const stacks = await deployStacks(site, run, ctx, users, shareKeys, signIn);
  const { edge, info } = stacks;
  const content = await syncDeployedSite(site, run, ctx, stacks.site, info);
  const logRetention = await edgeLogRetentionStep(site, {
    logs: (region) => ctx.clients.cloudWatchLogs(region),
    sleep: ctx.sleep,
    info: (m) => ctx.log.info(m)
  });
  return { edge, site: stacks.site, info, content, logRetention };
}
async function syncDeployedSite(site, run, ctx, stack, info) {
  if (info.bucket === void 0) {
    throw new Error(
      `stack '${stack.stackName}' has no output BucketName: was it deployed by this action?`
    );
  }
  return syncAndInvalidate(
    site,
    {
      bucket: info.bucket,
      distributionId: info.distributionId,
      newDistribution: stack.status === "created"
    },
    ctx,
    run.dryRun
  );
}
async function planSiteContent(site, ctx, info) {
  if (info.bucket === void 0) return void 0;
  return syncAndInvalidate(
    site,
    { bucket: info.bucket, distributionId: info.distributionId },
    ctx,
    true
  );
}
var PENDING_EDGE_VERSION = "arn:aws:lambda:us-east-1:000000000000:function:pending-edge-function:1";
var CODE_NOT_COMPARED = "function code not compared: plan never sees passwords";
function edgeCodeNote(change) {
  const rc = change.ResourceChange;
  if (rc?.Action !== "Modify") return void 0;
  const codeProps = rc.LogicalResourceId === "EdgeFunction" ? ["Code"] : rc.LogicalResourceId === "EdgeFunctionVersion" ? ["Description"] : void 0;
  const details = rc.Details ?? [];
  if (codeProps === void 0 || details.length === 0) return void 0;
  const codeOnly = details.every(
    (d) => d.Target?.Attribute === "Properties" && codeProps.includes(d.Target.Name ?? "") || d.ChangeSource === "ResourceReference" && d.CausingEntity?.startsWith("EdgeFunction") === true
  );
  return codeOnly ? CODE_NOT_COMPARED : void 0;
}
async function planCommand(site, run, ctx) {
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedEdge = await findStack(edgeClient, `${site.stackName}-edge`, EDGE_REGION);
  const deployedSite = await findStack(siteClient, `${site.stackName}-site`, site.region);
  const config = siteConfigNote(site, deployedSite, ctx);
  const noUsersGiven = run.basicAuthUsers.length === 0;
  const usersInSecret = noUsersGiven && deployedEdge?.parameters.UsersInSecretsManager !== "false";
  const share = await shareKeysForPlan(site, siteClient);
  const synth = synthFor(
    site,
    run,
    site.users.map((user) => ({ user, password: "stand-in" })),
    { standInHashes: true, usersInSecretsManager: usersInSecret, shareKeys: share.parameters }
  );
  const common = stackOptions(site, ctx);
  const skipped = [
    `The edge function is rendered with the users of ${site.file} and stand-in password hashes: plan never sees passwords, so changes of the function's code (users or passwords) are not compared; they show at deploy.`
  ];
  if (share.note !== void 0) skipped.push(share.note);
  if (usersInSecret) {
    skipped.push(
      `The users secret \`${secretName(site.stackName)}\` (${EDGE_REGION}) was not read: plan never reads passwords (its role may not).`
    );
  } else if (noUsersGiven) {
    skipped.push(
      "`basic-auth-users` was not given: the edge function was planned in the users mode the edge stack was deployed with (`basic-auth-users`, no secret)."
    );
  }
  const edge = await planStack(edgeClient, stackInput(synth.edge), {
    ...common,
    noteFor: edgeCodeNote
  });
  const currentEdge = deployedEdge?.outputs;
  const edgeVersionArn = currentEdge?.EdgeFunctionVersionArn;
  if (edgeVersionArn === void 0) {
    skipped.push(
      `The edge stack \`${synth.edge.stackName}\` is not deployed yet: the site stack was planned with a placeholder edge function version.`
    );
  }
  const siteStack = await planStack(
    siteClient,
    stackInput(
      withEdgeWebAcl(withEdgeVersion(synth.site, edgeVersionArn ?? PENDING_EDGE_VERSION), {
        // `rate-limit` set before the edge stack has its web ACL: a stand-in of the same shape.
        WebAclArn: PENDING_WEB_ACL_ARN,
        ...currentEdge
      }),
      site.fingerprint
    ),
    common
  );
  return planReport(site, ctx, {
    edge,
    site: siteStack,
    info: siteInfo(deployedSite?.outputs ?? {}, edgeVersionArn),
    skipped,
    config
  });
}
async function planReport(site, ctx, parts) {
  const { config, ...rest } = parts;
  const content = await planSiteContent(site, ctx, parts.info);
  return { ...rest, content, ...config === void 0 ? {} : { config } };
}
function siteConfigNote(site, deployedSite, ctx) {
  const note = configNote(
    site,
    deployedConfig(site, deployedSite),
    "this plan shows what deploying this file would change"
  );
  if (note !== void 0) ctx.log.warn(note);
  return note;
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function deploySummaryMarkdown(r) {
  const row = (s) => `| \`${s.stackName}\` | ${s.status} | ${s.stackStatus} | ${s.changes.length} | ${seconds(s.durationMs)} |`;
  const out = [
    "### Stacks",
    "",
    "| stack | result | status | changes | time |",
    "|---|---|---|--:|--:|",
    row(r.edge),
    row(r.site),
    ""
  ];
  for (const s of [r.edge, r.site]) {
    if (s.changes.length > 0)
      out.push(
        `<details><summary>${s.stackName}: ${s.changes.length} change(s)</summary>`,
        "",
        summarizeChanges(s.changes),
        "",
        "</details>",
        ""
      );
  }
  if (r.info.url !== void 0) out.push(`**Site:** ${r.info.url}`, "");
  return out.join("\n");
}
function planSummaryMarkdown(r) {
  const out = [
    "### Plan (nothing was changed)",
    "",
    ...r.config === void 0 ? [] : [`**Site file:** ${r.config}`, ""],
    "| stack | would | changes |",
    "|---|---|--:|"
  ];
  for (const s of [r.edge, r.site])
    out.push(`| \`${s.stackName}\` | ${s.status} | ${s.changes.length} |`);
  out.push("");
  for (const s of [r.edge, r.site]) {
    if (s.changes.length > 0) out.push(`#### ${s.stackName}`, "", summarizeChanges(s.changes), "");
  }
  if (r.content === void 0)
    out.push("The bucket does not exist yet: the first deploy uploads every file.", "");
  if (r.skipped.length > 0) {
    out.push("#### Not planned", "", ...r.skipped.map((line) => `- ${line}`), "");
  }
  return out.join("\n");
}
function planChangesOutput(r) {
  return JSON.stringify({
    stacks: [r.edge, r.site].map((s) => ({
      stack: s.stackName,
      status: s.status,
      changes: s.changes
    })),
    skipped: r.skipped,
    ...r.config === void 0 ? {} : { config: r.config },
    sync: r.content === void 0 ? null : {
      upload: r.content.sync.uploaded.length,
      metadata: r.content.sync.metadataUpdated.length,
      delete: r.content.sync.deleted.length,
      unchanged: r.content.sync.unchanged
    }
  });
}
function siteOutputs(info) {
  return {
    url: info.url ?? "",
    bucket: info.bucket ?? "",
    "distribution-id": info.distributionId ?? "",
    "distribution-domain": info.distributionDomain ?? "",
    "edge-function-version-arn": info.edgeVersionArn ?? ""
  };
}

export {
  DeployError,
  makeCtx,
  describeStack,
  deleteStackAndWait,
  deployStack,
  planStack,
  stackInput,
  siteInfo,
  deployOptions,
  deployStacks,
  deployCommand,
  syncDeployedSite,
  planSiteContent,
  edgeCodeNote,
  planCommand,
  planReport,
  siteConfigNote,
  deploySummaryMarkdown,
  planSummaryMarkdown,
  planChangesOutput,
  siteOutputs
};
