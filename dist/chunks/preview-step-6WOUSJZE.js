import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  syncOutputs,
  syncSummaryMarkdown
} from "./chunk-ROJRLFWV.js";
import {
  previewEvent,
  previewGitHub,
  previewMetadata,
  renderPreviewComment,
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
  resolveTarget,
  syncAndInvalidate
} from "./chunk-BWE3OU3Z.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-Y7ANTRJ3.js";
import "./chunk-KDWBTRNX.js";
import "./chunk-EB33DZCY.js";
import {
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
import "./chunk-BRIDDQXI.js";
import "./chunk-UUDKA7NK.js";

// src/preview/url.ts
function previewUrl(previews, pullRequest, siteHost) {
  if (previews.domain !== void 0) return `https://pr-${pullRequest}.${previews.domain}/`;
  return siteHost === void 0 ? void 0 : `https://${siteHost}/${previewPrefix(pullRequest)}`;
}

// src/commands/preview.ts
function previewsOf(site, command) {
  if (site.previews === void 0) {
    throw new Error(
      `\`command: ${command}\`: previews are off for this site: set \`previews: true\` (or a \`previews:\` block) in ${site.file} (docs/previews.md)`
    );
  }
  return site.previews;
}
async function previewCommand(site, run, ctx, pr) {
  const previews = previewsOf(site, "preview");
  const target = await resolveTarget(site, ctx);
  const prefix = previewPrefix(pr.number);
  const metadata = previewMetadata(pr.number, pr.sha, ctx.now(), previews.expireAfterSeconds);
  ctx.log.info(
    `preview of #${pr.number} (${pr.sha.slice(0, 7)}) into '${target.bucket}' under '${prefix}'`
  );
  const content = await syncAndInvalidate(site, target, ctx, run.dryRun, {
    keyPrefix: prefix,
    manifestMetadata: { ...metadata }
  });
  const url = previewUrl(previews, pr.number, site.domainName ?? target.distributionDomain);
  if (url === void 0) {
    ctx.log.warn(
      `preview of #${pr.number}: no URL to give: the site's host is not known (set \`domain-name\`, or let the site stack's outputs name the distribution); it is at /${prefix} on the site's host`
    );
  }
  return { pullRequest: pr.number, prefix, url, metadata, content };
}
function previewOutputs(r) {
  return {
    ...syncOutputs(r.content.sync, r.content.invalidation),
    "preview-url": r.url ?? "",
    "preview-expires": r.metadata.expires
  };
}
function previewSummaryMarkdown(r) {
  return [
    `### Preview of #${r.pullRequest}`,
    "",
    r.url === void 0 ? `Under \`/${r.prefix}\` on the site's host.` : `**${r.url}**`,
    "",
    `Commit \`${r.metadata.commit.slice(0, 7)}\`; expires ${formatUtc(new Date(r.metadata.expires))}.`,
    "",
    syncSummaryMarkdown(r.content.sync, r.content.invalidation)
  ].join("\n");
}

// src/commands/preview-step.ts
async function previewStep(site, run, ctx) {
  const { eventName, payload, repo, serverUrl } = context;
  const pr = previewEvent(eventName, payload);
  const report = await previewCommand(site, run, ctx, pr);
  setOutputs(previewOutputs(report));
  await writeSummary(previewSummaryMarkdown(report));
  ctx.log.info(
    `preview of #${pr.number}: ${report.url ?? `/${report.prefix}`}, expires ${report.metadata.expires}`
  );
  if (run.dryRun) return;
  const body = renderPreviewComment({
    stackName: site.stackName,
    pullRequest: pr.number,
    url: report.url,
    commit: {
      sha: pr.sha,
      url: `${serverUrl}/${repo.owner}/${repo.repo}/pull/${pr.number}/commits/${pr.sha}`
    },
    updated: new Date(report.metadata.updated),
    expires: new Date(report.metadata.expires),
    users: site.previews?.users ?? "*"
  });
  const gitHub = previewGitHub(run.githubToken, repo);
  await writePreviewComment(gitHub, site.stackName, pr.number, body, true, ctx.log);
}
export {
  previewStep
};
