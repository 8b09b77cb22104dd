import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  MAX_FILE_PATHS,
  MAX_WILDCARD_PATHS
} from "./chunk-Y7ANTRJ3.js";
import {
  CreateInvalidationCommand,
  GetInvalidationCommand
} from "./chunk-TC2EJGQS.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import "./chunk-BRIDDQXI.js";
import "./chunk-UUDKA7NK.js";

// src/invalidate/cloudfront.ts
var POLL_INITIAL_MS = 5e3;
var POLL_MAX_MS = 3e4;
var InvalidationTimeoutError = class extends Error {
  constructor(distributionId, invalidationId, timeoutSeconds, lastStatus) {
    super(
      `CloudFront invalidation ${invalidationId} on distribution ${distributionId} did not complete within ${timeoutSeconds} s (last status: ${lastStatus}). It keeps running in CloudFront; check it with \`aws cloudfront get-invalidation --distribution-id ${distributionId} --id ${invalidationId}\`.`
    );
    this.distributionId = distributionId;
    this.invalidationId = invalidationId;
    this.timeoutSeconds = timeoutSeconds;
    this.name = "InvalidationTimeoutError";
  }
  distributionId;
  invalidationId;
  timeoutSeconds;
};
function explain(e, action, distributionId, detail) {
  const name = e instanceof Error ? e.name : "";
  const said = `(CloudFront: ${e instanceof Error ? e.message : String(e)})`;
  const on = `on distribution ${distributionId}`;
  let message;
  switch (name) {
    case "TooManyInvalidationsInProgress":
      message = `Too many invalidations in progress ${on}: CloudFront allows ${MAX_FILE_PATHS.toLocaleString("en-US")} file paths and ${MAX_WILDCARD_PATHS} wildcard paths in progress per distribution, and this request (${detail}) would exceed that. Retry when the running invalidations have completed, or invalidate fewer paths. ${said}`;
      break;
    case "NoSuchDistribution":
      message = `CloudFront distribution ${distributionId} does not exist: check \`distribution-id\` in the site file (or the site stack's output) and that the credentials belong to the account that owns it. ${said}`;
      break;
    case "AccessDenied":
    case "AccessDeniedException":
      message = `Access denied to cloudfront:${action} ${on}: allow "cloudfront:${action}" on "arn:aws:cloudfront::<account-id>:distribution/${distributionId}" in the policy of the role the action uses. ${said}`;
      break;
    case "NoSuchInvalidation":
      message = `CloudFront ${detail} does not exist ${on}. ${said}`;
      break;
    case "BatchTooLarge":
    case "InvalidArgument":
      message = `CloudFront rejected the invalidation ${on} (${detail}). ${said}`;
      break;
    default:
      message = `CloudFront ${action} ${on} failed (${detail}). ${said}`;
  }
  return new Error(message, { cause: e });
}
var countPaths = (paths) => {
  const wildcards = paths.filter((p) => p.endsWith("*")).length;
  return `${paths.length} paths, ${wildcards} of them wildcards`;
};
async function createInvalidation(client, distributionId, paths, callerReference) {
  if (paths.length === 0) throw new Error("createInvalidation: no paths to invalidate");
  let out;
  try {
    out = await client.send(
      new CreateInvalidationCommand({
        DistributionId: distributionId,
        InvalidationBatch: {
          CallerReference: callerReference,
          Paths: { Quantity: paths.length, Items: [...paths] }
        }
      })
    );
  } catch (e) {
    throw explain(e, "CreateInvalidation", distributionId, countPaths(paths));
  }
  const id = out.Invalidation?.Id;
  if (id === void 0) {
    throw new Error(
      `CloudFront CreateInvalidation on distribution ${distributionId} returned no invalidation id`
    );
  }
  return { id, status: out.Invalidation?.Status ?? "unknown" };
}
async function waitForInvalidation(client, distributionId, id, options) {
  const { timeoutSeconds, sleep, now, onProgress } = options;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new RangeError(
      `waitForInvalidation: timeoutSeconds must be a positive number, got ${timeoutSeconds}`
    );
  }
  const timeoutMs = timeoutSeconds * 1e3;
  const started = now();
  for (let delay = POLL_INITIAL_MS; ; delay = Math.min(delay * 2, POLL_MAX_MS)) {
    let status;
    try {
      const out = await client.send(
        new GetInvalidationCommand({ DistributionId: distributionId, Id: id })
      );
      status = out.Invalidation?.Status ?? "unknown";
    } catch (e) {
      throw explain(e, "GetInvalidation", distributionId, `invalidation ${id}`);
    }
    const elapsed = now() - started;
    onProgress?.(status, elapsed);
    if (status === "Completed") return { id, status };
    const left = timeoutMs - elapsed;
    if (left <= 0) throw new InvalidationTimeoutError(distributionId, id, timeoutSeconds, status);
    await sleep(Math.min(delay, left));
  }
}
export {
  InvalidationTimeoutError,
  POLL_INITIAL_MS,
  POLL_MAX_MS,
  createInvalidation,
  waitForInvalidation
};
