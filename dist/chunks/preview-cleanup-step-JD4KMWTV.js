import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  cleanupEvent,
  parsePreviewMetadata,
  previewGitHub,
  pullRequestStates,
  renderRemovedComment,
  writePreviewComment
} from "./chunk-WEOTTTIP.js";
import {
  setOutputs,
  writeSummary
} from "./chunk-5JDMB3IL.js";
import {
  context
} from "./chunk-HTHYABKK.js";
import "./chunk-SH2XPYZA.js";
import "./chunk-AUPNLTZG.js";
import {
  formatUtc
} from "./chunk-Q6WDA5JW.js";
import {
  MANIFEST_KEY,
  resolveTarget
} from "./chunk-BWE3OU3Z.js";
import "./chunk-MYOD7Q3R.js";
import {
  MAX_WILDCARD_PATHS
} from "./chunk-Y7ANTRJ3.js";
import "./chunk-KDWBTRNX.js";
import "./chunk-EB33DZCY.js";
import {
  PREVIEWS_PREFIX,
  S3_BATCH,
  deleteKeys,
  describeS3Error,
  getText,
  paginateListObjectsV2,
  previewNumberOfPath,
  previewPrefix
} from "./chunk-L4JO2DNT.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-ZJAKRWWQ.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-BED33JMU.js";
import "./chunk-KOVUP25K.js";
import "./chunk-TNCA7JEG.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/commands/preview-cleanup.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/preview/stale.ts
function staleReason(facts, nowMs, expireAfterSeconds) {
  const { metadata } = facts.preview;
  if (metadata !== void 0 && Date.parse(metadata.expires) <= nowMs) return "expired";
  if (facts.state === "closed") return "pull request closed";
  if (metadata === void 0 && facts.newestWrite !== void 0 && facts.newestWrite + expireAfterSeconds * 1e3 <= nowMs)
    return "no manifest";
  return void 0;
}

// src/preview/store.ts
async function listPreviews(client, bucket) {
  const prefixes = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client, pageSize: S3_BATCH },
      { Bucket: bucket, Prefix: PREVIEWS_PREFIX, Delimiter: "/" }
    )) {
      for (const p of page.CommonPrefixes ?? [])
        if (p.Prefix !== void 0) prefixes.push(p.Prefix);
    }
  } catch (e) {
    throw describeS3Error(e, "s3:ListBucket", bucket);
  }
  const out = [];
  for (const prefix of prefixes) {
    const n = previewNumberOfPath(`/${prefix}`);
    if (n === void 0) continue;
    const metadata = parsePreviewMetadata(await getText(client, bucket, prefix + MANIFEST_KEY));
    out.push({ pullRequest: Number(n), prefix, metadata });
  }
  return out.sort((a, b) => a.pullRequest - b.pullRequest);
}
async function objectsUnder(client, bucket, prefix) {
  const out = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client, pageSize: S3_BATCH },
      { Bucket: bucket, Prefix: prefix }
    )) {
      for (const o of page.Contents ?? []) {
        if (o.Key === void 0) continue;
        out.push({ key: o.Key, lastModified: o.LastModified?.getTime() ?? 0 });
      }
    }
  } catch (e) {
    throw describeS3Error(e, "s3:ListBucket", bucket);
  }
  return out;
}
async function removePreview(client, bucket, prefix, objects) {
  const keys = (objects ?? await objectsUnder(client, bucket, prefix)).map((o) => o.key);
  const manifest = prefix + MANIFEST_KEY;
  await deleteKeys(
    client,
    bucket,
    keys.filter((k) => k !== manifest)
  );
  if (keys.includes(manifest)) await deleteKeys(client, bucket, [manifest]);
  return keys.length;
}

// src/commands/preview-cleanup.ts
async function previewCleanupCommand(site, run, ctx, event, pullRequestState) {
  const previews = site.previews;
  const target = await resolveTarget(site, ctx);
  const s3 = ctx.clients.s3(site.region);
  const removed = [];
  const kept = [];
  const remove = async (pullRequest, reason, listed) => {
    const prefix = previewPrefix(pullRequest);
    const objects = listed ?? await objectsUnder(s3, target.bucket, prefix);
    if (objects.length === 0) return;
    if (!run.dryRun) await removePreview(s3, target.bucket, prefix, objects);
    removed.push({ pullRequest, prefix, objects: objects.length, reason });
    ctx.log.info(
      `${run.dryRun ? "would remove" : "removed"} the preview of #${pullRequest} (${objects.length} objects under '${prefix}'): ${reason}`
    );
  };
  if (event.kind === "closed") {
    await remove(event.pullRequest.number, "pull request closed");
    if (removed.length === 0) ctx.log.info(`#${event.pullRequest.number} has no preview`);
  } else {
    if (pullRequestState === void 0) {
      ctx.log.warn(
        "no `github-token`: previews are removed when they expire, not when their pull request is closed"
      );
    }
    const now = ctx.now();
    const reasonFor = async (preview) => {
      if (previews === void 0) return { reason: "previews are off" };
      const { metadata } = preview;
      const expired = metadata !== void 0 && Date.parse(metadata.expires) <= now;
      const state = expired ? void 0 : await pullRequestState?.(preview.pullRequest);
      const listed = metadata === void 0 ? await objectsUnder(s3, target.bucket, preview.prefix) : void 0;
      const newestWrite = listed?.reduce((n, o) => Math.max(n, o.lastModified), 0);
      const reason = staleReason({ preview, state, newestWrite }, now, previews.expireAfterSeconds);
      return { reason, listed };
    };
    for (const preview of await listPreviews(s3, target.bucket)) {
      const { reason, listed } = await reasonFor(preview);
      if (reason === void 0) {
        kept.push({ pullRequest: preview.pullRequest, expires: preview.metadata?.expires });
      } else {
        await remove(preview.pullRequest, reason, listed);
      }
    }
  }
  const invalidation = await invalidateRemoved(site, target, removed, run.dryRun, ctx);
  return { dryRun: run.dryRun, removed, kept, invalidation };
}
function removedPaths(removed) {
  if (removed.length > MAX_WILDCARD_PATHS) return [`/${PREVIEWS_PREFIX}*`];
  return removed.map((r) => `/${r.prefix}*`);
}
async function invalidateRemoved(site, target, removed, dryRun, ctx) {
  const distributionId = target.distributionId;
  if (distributionId === void 0 || removed.length === 0) return void 0;
  const paths = removedPaths(removed);
  const base = { distributionId, paths };
  if (!site.invalidate)
    return { ...base, id: void 0, status: "none", note: "Skipped: `invalidate` is false." };
  if (dryRun) return { ...base, id: void 0, status: "dry run", note: "Would invalidate." };
  const [{ createInvalidation }] = await Promise.all([
    import("./cloudfront-J7XHKWP3.js"),
    ctx.clients.load?.({ cloudFront: true })
  ]);
  const created = await createInvalidation(
    ctx.clients.cloudFront(),
    distributionId,
    paths,
    `secure-dist-${(0, import_node_crypto.randomUUID)()}`
  );
  ctx.log.info(`invalidation ${created.id} on ${distributionId}: ${paths.join(", ")}`);
  return { ...base, id: created.id, status: created.status, note: "The removed previews." };
}
function cleanupSummaryMarkdown(r, now) {
  const out = [
    `### Preview cleanup${r.dryRun ? " (dry run: nothing removed)" : ""}`,
    "",
    r.removed.length === 0 ? "No preview to remove." : `${r.dryRun ? "Would remove" : "Removed"} ${r.removed.length} preview(s):`,
    ""
  ];
  if (r.removed.length > 0) {
    out.push("| pull request | objects | why |", "|---|--:|---|");
    for (const p of r.removed) out.push(`| #${p.pullRequest} | ${p.objects} | ${p.reason} |`);
    out.push("");
  }
  if (r.kept.length > 0) {
    out.push("| kept | expires |", "|---|---|");
    for (const k of r.kept)
      out.push(
        `| #${k.pullRequest} | ${k.expires === void 0 ? "no manifest yet" : formatUtc(new Date(k.expires))} |`
      );
    out.push("");
  }
  if (r.invalidation !== void 0) {
    out.push(
      `Invalidation ${r.invalidation.id === void 0 ? "(none sent)" : `\`${r.invalidation.id}\``}: ${r.invalidation.paths.map((p) => `\`${p}\``).join(", ")}`,
      ""
    );
  }
  out.push(`_${formatUtc(now)}_`, "");
  return out.join("\n");
}
function cleanupOutputs(r) {
  return {
    "previews-removed": JSON.stringify(r.removed.map((p) => p.pullRequest)),
    "invalidation-id": r.invalidation?.id ?? "",
    "invalidated-paths": JSON.stringify(
      r.invalidation?.id !== void 0 ? r.invalidation.paths : []
    )
  };
}

// src/commands/preview-cleanup-step.ts
async function previewCleanupStep(site, run, ctx) {
  const { eventName, payload, repo } = context;
  const event = cleanupEvent(eventName, payload);
  const gitHub = previewGitHub(run.githubToken, repo);
  const states = gitHub === void 0 ? void 0 : pullRequestStates(gitHub, (m) => ctx.log.warn(m));
  const report = await previewCleanupCommand(site, run, ctx, event, states);
  setOutputs(cleanupOutputs(report));
  await writeSummary(cleanupSummaryMarkdown(report, new Date(ctx.now())));
  if (run.dryRun) return;
  for (const removed of report.removed) {
    const body = renderRemovedComment(
      site.stackName,
      removed.pullRequest,
      removed.reason,
      new Date(ctx.now())
    );
    await writePreviewComment(gitHub, site.stackName, removed.pullRequest, body, false, ctx.log);
  }
}
export {
  previewCleanupStep
};
