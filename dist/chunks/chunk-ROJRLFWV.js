import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-MYOD7Q3R.js";

// src/report/summary.ts
var SUMMARY_KEY_LIMIT = 25;
var escapeCell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
var keptRow = (kept) => ["kept (delete: false)", String(kept)];
function syncSummaryMarkdown(sync, invalidation) {
  const title = sync.dryRun ? "Sync plan (dry run: nothing changed)" : "Sync";
  const rows = [
    [sync.dryRun ? "to upload" : "uploaded", String(sync.uploaded.length)],
    [sync.dryRun ? "to re-header" : "metadata updated", String(sync.metadataUpdated.length)],
    [sync.dryRun ? "to delete" : "deleted", String(sync.deleted.length)],
    ["unchanged", String(sync.unchanged)],
    ...sync.kept > 0 ? [keptRow(sync.kept)] : [],
    [sync.dryRun ? "bytes to upload" : "bytes uploaded", formatBytes(sync.bytesUploaded)],
    ["time", `${(sync.durationMs / 1e3).toFixed(1)} s`]
  ];
  const out = [
    `### ${title}: ${code(sync.bucket)}`,
    "",
    "| | |",
    "|---|--:|",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ""
  ];
  const changes = [
    ...sync.uploaded.map((k) => [k, "upload"]),
    ...sync.metadataUpdated.map((k) => [k, "headers"]),
    ...sync.deleted.map((k) => [k, "delete"])
  ];
  if (sync.gitSkipped.length > 0) {
    const shown = sync.gitSkipped.slice(0, SUMMARY_KEY_LIMIT).map(code).join(", ");
    const more = sync.gitSkipped.length - SUMMARY_KEY_LIMIT;
    out.push(
      `Not published: ${shown}${more > 0 ? ` and ${more} more` : ""} (git's .git entries, which can hold the job's token, are never published).`,
      ""
    );
  }
  if (changes.length > 0) {
    out.push("| changed key | action |", "|---|---|");
    for (const [k, a] of changes.slice(0, SUMMARY_KEY_LIMIT))
      out.push(`| ${escapeCell(code(k))} | ${a} |`);
    if (changes.length > SUMMARY_KEY_LIMIT)
      out.push(`| \u2026 and ${changes.length - SUMMARY_KEY_LIMIT} more | |`);
    out.push("");
  }
  if (invalidation !== void 0) {
    out.push(`### Invalidation: ${code(invalidation.distributionId)}`, "");
    if (invalidation.id !== void 0) {
      out.push(
        `${code(invalidation.id)} \u2014 ${invalidation.status}, ${invalidation.paths.length} path(s). ${invalidation.note}`,
        ""
      );
      for (const p of invalidation.paths.slice(0, SUMMARY_KEY_LIMIT)) out.push(`- ${code(p)}`);
      if (invalidation.paths.length > SUMMARY_KEY_LIMIT)
        out.push(`- \u2026 and ${invalidation.paths.length - SUMMARY_KEY_LIMIT} more`);
    } else {
      out.push(invalidation.note);
    }
    out.push("");
  }
  return out.join("\n");
}
function syncOutputs(sync, invalidation) {
  return {
    bucket: sync.bucket,
    uploaded: String(sync.uploaded.length),
    deleted: String(sync.deleted.length),
    unchanged: String(sync.unchanged),
    "metadata-updated": String(sync.metadataUpdated.length),
    "bytes-uploaded": String(sync.bytesUploaded),
    "invalidation-id": invalidation?.id ?? "",
    "invalidated-paths": JSON.stringify(invalidation?.id !== void 0 ? invalidation.paths : []),
    ...invalidation !== void 0 ? { "distribution-id": invalidation.distributionId } : {}
  };
}

export {
  syncSummaryMarkdown,
  syncOutputs
};
