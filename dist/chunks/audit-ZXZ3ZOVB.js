import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  asciiJson,
  isDenied,
  parseAuditLine
} from "./chunk-WQDU6PUZ.js";
import {
  SHARE_PREFIX,
  isShareUri
} from "./chunk-5QVGRQOD.js";
import {
  EDGE_LOG_REGIONS,
  edgeLogGroupName,
  logsRetry
} from "./chunk-BVQRH3CV.js";
import {
  errorMessage,
  errorName,
  retry
} from "./chunk-XTZQASZY.js";
import {
  FilterLogEventsCommand
} from "./chunk-TGXHYTTM.js";
import {
  decodePath,
  keyOf
} from "./chunk-XCFNAXQZ.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import {
  require_promises
} from "./chunk-26O5NJF2.js";
import {
  require_node_path
} from "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/audit/read.ts
var AUDIT_FILTER_PATTERN = "%audit%";
function servedKey(record) {
  if (record.key !== void 0) return record.key;
  if (record.result === "home") return void 0;
  const share = record.user?.startsWith("share:") === true && isShareUri(record.path);
  const key = keyOf(share ? record.path.slice(SHARE_PREFIX.length - 1) : record.path);
  return typeof key === "string" ? key : void 0;
}
function keyFilter(path2) {
  const decoded = decodePath(path2);
  if (decoded === 400) return void 0;
  const joined = decoded.segments.join("/");
  if (!decoded.folder) return { exact: joined };
  return { under: joined === "" ? "" : `${joined}/` };
}
function matchesFilters(record, filters) {
  if (filters.user !== void 0 && record.user !== filters.user) return false;
  if (filters.path !== void 0) {
    const filter = keyFilter(filters.path);
    const key = servedKey(record);
    if (filter === void 0 || key === void 0) return false;
    if ("exact" in filter ? key !== filter.exact : !key.startsWith(filter.under)) return false;
  }
  return true;
}
async function readRegion(region, logGroup, options, deps) {
  const client = deps.logs(region);
  const entries = [];
  let pages = 0;
  let unreadable = 0;
  let nextToken;
  do {
    let events;
    try {
      const page = await retry(
        () => client.send(
          new FilterLogEventsCommand({
            logGroupName: logGroup,
            startTime: options.startTime,
            endTime: options.endTime,
            filterPattern: AUDIT_FILTER_PATTERN,
            nextToken
          })
        ),
        logsRetry(
          deps.sleep,
          deps.onRetry === void 0 ? void 0 : (e, _n, delay) => deps.onRetry?.(region, e, delay),
          deps.random
        )
      );
      events = page.events;
      nextToken = page.nextToken;
    } catch (e) {
      if (pages === 0 && errorName(e) === "ResourceNotFoundException") {
        return { read: { region, found: false, pages: 0, lines: 0, unreadable: 0 }, entries };
      }
      throw new Error(`${region}: FilterLogEvents on ${logGroup} failed: ${errorMessage(e)}`, {
        cause: e
      });
    }
    pages += 1;
    for (const event of events ?? []) {
      const record = parseAuditLine(event.message ?? "");
      if (record === void 0) {
        if ((event.message ?? "").includes('{"audit":')) unreadable += 1;
        continue;
      }
      if (matchesFilters(record, options)) entries.push({ ...record, region });
    }
    deps.onPage?.(region, pages, entries.length);
  } while (nextToken !== void 0);
  return { read: { region, found: true, pages, lines: entries.length, unreadable }, entries };
}
async function readAuditLines(options, deps) {
  const logGroup = edgeLogGroupName(options.stackName);
  const regions = options.regions ?? EDGE_LOG_REGIONS;
  const perRegion = await Promise.all(
    regions.map((region) => readRegion(region, logGroup, options, deps))
  );
  return {
    logGroup,
    entries: mergeByTime(perRegion.map((r) => r.entries)),
    regions: perRegion.map((r) => r.read)
  };
}
function mergeByTime(lists) {
  const tagged = lists.flatMap(
    (list, r) => list.map((entry, i) => ({ entry, t: Date.parse(entry.time) || 0, r, i }))
  );
  tagged.sort((a, b) => a.t - b.t || a.r - b.r || a.i - b.i);
  return tagged.map((x) => x.entry);
}

// src/audit/report.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var CSV_COLUMNS = [
  "time",
  "user",
  "method",
  "path",
  "key",
  "via",
  "result",
  "credentials",
  "ip",
  "region"
];
function csvField(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csvRow(e) {
  const cells = {
    time: e.time,
    user: e.user ?? "",
    method: e.method,
    path: e.path,
    key: servedKey(e) ?? "",
    via: e.via ?? "",
    result: e.result,
    credentials: String(e.credentials),
    ip: e.ip ?? "",
    region: e.region
  };
  return CSV_COLUMNS.map((c) => csvField(cells[c])).join(",");
}
function toCsv(entries) {
  return [CSV_COLUMNS.join(","), ...entries.map(csvRow)].map((l) => `${l}\r
`).join("");
}
function toJsonLines(entries) {
  return entries.map((e) => `${asciiJson(e)}
`).join("");
}
async function writeAuditFiles(dir, entries) {
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const files = { csv: import_node_path.default.join(dir, "audit.csv"), jsonl: import_node_path.default.join(dir, "audit.jsonl") };
  await (0, import_promises.writeFile)(files.csv, toCsv(entries));
  await (0, import_promises.writeFile)(files.jsonl, toJsonLines(entries));
  return files;
}
function top(counts, n) {
  return [...counts.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0)).slice(0, n).map(([, v]) => v);
}
function summarize(entries, limit = 10) {
  const users = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Map();
  const denied = /* @__PURE__ */ new Map();
  let allowed = 0;
  let deniedTotal = 0;
  for (const e of entries) {
    if (e.user !== null) users.add(e.user);
    if (e.result === "allowed") {
      allowed += 1;
      const key = servedKey(e) ?? e.path;
      files.set(key, { key, count: (files.get(key)?.count ?? 0) + 1 });
    }
    if (isDenied(e)) {
      deniedTotal += 1;
      const user = e.user ?? "(wrong password)";
      const ip = e.ip ?? "";
      const key = `${user}\0${ip}`;
      denied.set(key, { user, ip, count: (denied.get(key)?.count ?? 0) + 1 });
    }
  }
  return {
    requests: entries.length,
    allowed,
    users: users.size,
    topFiles: top(files, limit),
    denied: top(denied, limit),
    deniedTotal,
    first: entries[0]?.time,
    last: entries[entries.length - 1]?.time
  };
}
function mdCode(value) {
  const text = value.replace(/[\r\n]/g, " ").replace(/[&<>"'`|\\[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<code>${text}</code>`;
}
function auditSummaryMarkdown(s, ctx) {
  const found = ctx.regions.filter((r) => r.found);
  const pages = ctx.regions.reduce((n, r) => n + r.pages, 0);
  const out = [
    "### Audit: who downloaded what",
    "",
    `From ${ctx.since} to ${ctx.until}${ctx.filters}. Read ${ctx.regions.length} regions in ${(ctx.durationMs / 1e3).toFixed(1)} s (${pages} pages); the log group \`${ctx.logGroup}\` exists in ${found.length}: ${found.map((r) => `${r.region} (${r.lines})`).join(", ") || "none"}.`,
    "",
    "| requests | allowed | denied | distinct users |",
    "|--:|--:|--:|--:|",
    `| ${s.requests} | ${s.allowed} | ${s.deniedTotal} | ${s.users} |`,
    ""
  ];
  if (s.topFiles.length > 0) {
    out.push("#### Top files", "", "| object key | requests |", "|---|--:|");
    for (const f of s.topFiles) out.push(`| ${mdCode(f.key)} | ${f.count} |`);
    out.push("");
  }
  if (s.denied.length > 0) {
    out.push(
      "#### Denied attempts (403, and 401 with a wrong password)",
      "",
      "| user | IP | attempts |",
      "|---|---|--:|"
    );
    for (const d of s.denied) out.push(`| ${mdCode(d.user)} | ${mdCode(d.ip)} | ${d.count} |`);
    out.push("");
  }
  const unreadable = ctx.regions.reduce((n, r) => n + r.unreadable, 0);
  if (unreadable > 0) out.push(`${unreadable} log line(s) could not be read as audit lines.`, "");
  out.push(`Files: \`${ctx.files.csv}\`, \`${ctx.files.jsonl}\``, "");
  return out.join("\n");
}

// src/commands/audit.ts
async function auditCommand(site, run, ctx, options = {}) {
  const started = ctx.now();
  const endTime = started;
  const startTime = endTime - run.auditSinceSeconds * 1e3;
  let lastProgress = started;
  const read = await readAuditLines(
    {
      stackName: site.stackName,
      startTime,
      endTime,
      user: run.auditUser,
      path: run.auditPath,
      ...options.regions !== void 0 ? { regions: options.regions } : {}
    },
    {
      logs: (region) => ctx.clients.cloudWatchLogs(region),
      sleep: ctx.sleep,
      ...options.random !== void 0 ? { random: options.random } : {},
      onPage: (region, pages, lines) => {
        const now = ctx.now();
        if (now - lastProgress < 1e4) return;
        lastProgress = now;
        ctx.log.info(`audit: ${region}: ${pages} page(s), ${lines} line(s) so far`);
      },
      onRetry: (region, e, delay) => ctx.log.info(`audit: ${region}: ${errorName(e) || "error"}, retrying in ${delay} ms`)
    }
  );
  const files = await writeAuditFiles(run.outputDir, read.entries);
  const durationMs = ctx.now() - started;
  const summary = summarize(read.entries);
  const filters = [
    run.auditUser !== void 0 ? `user ${mdCode(run.auditUser)}` : void 0,
    run.auditPath !== void 0 ? `path ${mdCode(run.auditPath)}` : void 0
  ].filter((f) => f !== void 0);
  const markdown = auditSummaryMarkdown(summary, {
    logGroup: read.logGroup,
    since: new Date(startTime).toISOString(),
    until: new Date(endTime).toISOString(),
    filters: filters.length === 0 ? "" : `, only ${filters.join(" and ")}`,
    regions: read.regions,
    durationMs,
    files
  });
  ctx.log.info(
    `audit: ${read.entries.length} line(s) from ${read.regions.length} region(s) (${read.regions.filter((r) => r.found).length} with logs) in ${(durationMs / 1e3).toFixed(1)} s`
  );
  return { read, summary, files, durationMs, markdown };
}
function auditOutputs(report) {
  return {
    "audit-files": JSON.stringify([report.files.csv, report.files.jsonl]),
    "audit-lines": String(report.read.entries.length)
  };
}
export {
  auditCommand,
  auditOutputs
};
