import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/preview/metadata.ts
function previewMetadata(pullRequest, commit, nowMs, expireAfterSeconds) {
  return {
    pullRequest,
    commit,
    updated: new Date(nowMs).toISOString(),
    expires: new Date(nowMs + expireAfterSeconds * 1e3).toISOString()
  };
}
function parsePreviewMetadata(text) {
  if (text === void 0) return void 0;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null || !("metadata" in data)) return void 0;
  const m = data.metadata;
  if (typeof m !== "object" || m === null) return void 0;
  const { pullRequest, commit, updated, expires } = {
    pullRequest: "pullRequest" in m ? m.pullRequest : void 0,
    commit: "commit" in m ? m.commit : void 0,
    updated: "updated" in m ? m.updated : void 0,
    expires: "expires" in m ? m.expires : void 0
  };
  if (typeof pullRequest !== "number" || typeof commit !== "string" || typeof updated !== "string" || typeof expires !== "string" || Number.isNaN(Date.parse(expires)) || Number.isNaN(Date.parse(updated)))
    return void 0;
  return { pullRequest, commit, updated, expires };
}

export {
  previewMetadata,
  parsePreviewMetadata
};
