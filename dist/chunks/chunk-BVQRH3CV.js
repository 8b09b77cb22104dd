import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  isThrottling,
  isTransient
} from "./chunk-XTZQASZY.js";

// src/audit/log-groups.ts
function edgeFunctionName(stackName) {
  return `${stackName}-edge-viewer-request`;
}
function edgeLogGroupName(stackName) {
  return `/aws/lambda/us-east-1.${edgeFunctionName(stackName)}`;
}
var EDGE_LOG_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "sa-east-1",
  "eu-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-north-1",
  "ap-south-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-southeast-1",
  "ap-southeast-2"
];
function logsRetry(sleep, onRetry, random) {
  return {
    attempts: 8,
    baseDelayMs: 500,
    maxDelayMs: 2e4,
    sleep,
    retryable: (e) => isThrottling(e) || isTransient(e),
    ...onRetry !== void 0 ? { onRetry } : {},
    ...random !== void 0 ? { random } : {}
  };
}

export {
  edgeLogGroupName,
  EDGE_LOG_REGIONS,
  logsRetry
};
