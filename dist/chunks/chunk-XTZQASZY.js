import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/aws/retry.ts
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(exp / 2 + exp / 2 * r);
}
async function retry(fn, opts) {
  const attempts = Math.max(1, Math.floor(opts.attempts));
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= attempts || !opts.retryable(e)) throw e;
      const delay = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, random);
      opts.onRetry?.(e, attempt, delay);
      await opts.sleep(delay);
    }
  }
}
function errorName(e) {
  return e instanceof Error ? e.name : "";
}
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
function httpStatus(e) {
  if (typeof e !== "object" || e === null || !("$metadata" in e)) return void 0;
  const meta = e.$metadata;
  if (typeof meta !== "object" || meta === null || !("httpStatusCode" in meta)) return void 0;
  return typeof meta.httpStatusCode === "number" ? meta.httpStatusCode : void 0;
}
function sdkRetryableFlag(e) {
  if (typeof e !== "object" || e === null || !("$retryable" in e)) return void 0;
  const flag = e.$retryable;
  if (typeof flag !== "object" || flag === null) return void 0;
  return { throttling: "throttling" in flag && flag.throttling === true };
}
var THROTTLING_NAMES = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottled",
  "RequestThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
  "ProvisionedThroughputExceededException",
  "PriorRequestNotComplete"
]);
function isThrottling(e) {
  return THROTTLING_NAMES.has(errorName(e)) || httpStatus(e) === 429 || sdkRetryableFlag(e)?.throttling === true;
}
var TRANSIENT_NAMES = /* @__PURE__ */ new Set([
  "InternalFailure",
  "InternalError",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "RequestTimeout",
  "RequestTimeoutException",
  "TimeoutError",
  "AbortError"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH"
]);
function networkCode(e) {
  if (typeof e !== "object" || e === null || !("code" in e)) return void 0;
  return typeof e.code === "string" ? e.code : void 0;
}
function isTransient(e) {
  if (isThrottling(e)) return true;
  if (sdkRetryableFlag(e) !== void 0) return true;
  const status = httpStatus(e);
  if (status !== void 0 && status >= 500) return true;
  if (TRANSIENT_NAMES.has(errorName(e))) return true;
  const code = networkCode(e);
  return code !== void 0 && NETWORK_CODES.has(code);
}

export {
  retry,
  errorName,
  errorMessage,
  httpStatus,
  isThrottling,
  isTransient
};
