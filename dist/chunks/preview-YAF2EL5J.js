import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  previewMetadata
} from "./chunk-AQZ4VEE2.js";
import {
  formatUtc
} from "./chunk-Q6WDA5JW.js";
import {
  syncOutputs,
  syncSummaryMarkdown
} from "./chunk-ROJRLFWV.js";
import {
  resolveTarget,
  syncAndInvalidate
} from "./chunk-K2FH5ZTW.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-AS6KOWFD.js";
import "./chunk-PDFFG6FQ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-Y3OGFZ63.js";
import {
  previewPrefix
} from "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-ENLR6UGX.js";
import "./chunk-4HYRB2NO.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-TXAZJPJQ.js";
import "./chunk-OUTO4LQ5.js";
import "./chunk-B24XUMLI.js";
import "./chunk-DINEOMRY.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ENM7MXJK.js";
import "./chunk-IRWZ55A6.js";
import "./chunk-A7WE35HY.js";
import "./chunk-FYMYVZR6.js";
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
export {
  previewCommand,
  previewOutputs,
  previewSummaryMarkdown,
  previewsOf
};
