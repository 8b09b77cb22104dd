import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  Progress
} from "./chunk-MYOD7Q3R.js";
import {
  planInvalidation
} from "./chunk-Y7ANTRJ3.js";
import {
  ownNotFoundPageEntry,
  ownNotFoundPageOf,
  publishOwnNotFoundPage
} from "./chunk-KDWBTRNX.js";
import {
  COPY_LIMIT,
  ContentDirError,
  OWN_PAGES_PREFIX,
  PART_SIZE,
  PREVIEWS_PREFIX,
  RESERVED_PREFIX,
  cacheControlFor,
  checkContentDir,
  checkObjectSizes,
  deleteKeys,
  escapeForLog,
  hashBytes,
  hashFile,
  isGitPath,
  listObjects,
  loadContentTypes,
  normalizeEtag,
  putText,
  readText,
  replaceHeaders,
  storedHeadersFor,
  uploadFile,
  uploadSettings,
  walkContentDir
} from "./chunk-L4JO2DNT.js";
import {
  require_node_child_process
} from "./chunk-DLMDHKR3.js";
import {
  require_node_os,
  require_promises
} from "./chunk-26O5NJF2.js";
import {
  require_node_path
} from "./chunk-K3S6XDS2.js";
import {
  require_node_fs
} from "./chunk-ZM3UPS5L.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UUDKA7NK.js";

// builtin:node:v8
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports, module) {
    module.exports = __require("node:v8");
  }
});

// builtin:node:readline
var require_node_readline = __commonJS({
  "builtin:node:readline"(exports, module) {
    module.exports = __require("node:readline");
  }
});

// src/commands/sync.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);

// src/sync/git-dates.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var GitLogParser = class {
  constructor(wanted, dates) {
    this.wanted = wanted;
    this.dates = dates;
  }
  wanted;
  dates;
  date;
  rest = "";
  /** Feeds a chunk; true once every wanted key has a date. */
  push(chunk) {
    const tokens = (this.rest + chunk).split("\0");
    this.rest = tokens.pop() ?? "";
    for (const t of tokens) this.token(t);
    return this.dates.size >= this.wanted.size;
  }
  end() {
    if (this.rest !== "") this.token(this.rest);
    this.rest = "";
  }
  token(raw) {
    const t = raw.replace(/^\n/, "");
    if (t.startsWith("")) {
      this.date = t.slice(1).trim();
      return;
    }
    if (t === "" || this.date === void 0) return;
    const key = t.normalize("NFC");
    if (this.wanted.has(key) && !this.dates.has(key)) this.dates.set(key, this.date);
  }
};
function gitDates(dir, keys, gitBinary = "git") {
  const dates = /* @__PURE__ */ new Map();
  const wanted = new Set(keys);
  if (wanted.size === 0) return Promise.resolve({ dates });
  return new Promise((resolve) => {
    const child = (0, import_node_child_process.spawn)(
      gitBinary,
      [
        "-c",
        "core.quotePath=false",
        "log",
        "-z",
        "--no-renames",
        "--format=%x01%cI",
        "--name-only",
        "--relative",
        "--",
        "."
      ],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, GIT_PAGER: "cat" } }
    );
    const parser = new GitLogParser(wanted, dates);
    let stderr = "";
    let stopped = false;
    let settled = false;
    const done = (r) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      if (stopped) return;
      if (parser.push(chunk)) {
        stopped = true;
        child.kill();
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 2e3) stderr += chunk;
    });
    child.on("error", (e) => done({ dates: /* @__PURE__ */ new Map(), unavailable: e.message }));
    child.on("close", (code) => {
      if (stopped) return done({ dates });
      parser.end();
      if (code === 0) return done({ dates });
      const reason = stderr.trim().split("\n")[0] ?? "";
      done({ dates: /* @__PURE__ */ new Map(), unavailable: reason || `git log exited with ${String(code)}` });
    });
  });
}

// src/sync/git.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/sync/git-index.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
function nanoseconds(sec, nsec) {
  return sec === 0 ? String(nsec) : `${sec}${String(nsec).padStart(9, "0")}`;
}
function entryStamp(e) {
  return [nanoseconds(e.ctimeS, e.ctimeN), nanoseconds(e.mtimeS, e.mtimeN), e.ino, e.size].join(
    ":"
  );
}
function notBefore(a, b) {
  return a[0] > b[0] || a[0] === b[0] && a[1] >= b[1];
}
var IndexFormatError = class extends Error {
  name = "IndexFormatError";
};
var ASSUME_VALID = 32768;
var EXTENDED = 16384;
var SKIP_WORKTREE = 16384;
var INTENT_TO_ADD = 8192;
async function readIndex(file, oidLength, visit) {
  const handle = await (0, import_promises.open)(file, "r");
  try {
    const st = await handle.stat({ bigint: true });
    const buf = await handle.readFile();
    const ns = 1000000000n;
    visitIndex(buf, oidLength, (e) => visit(e, buf));
    return [Number(st.mtimeNs / ns), Number(st.mtimeNs % ns)];
  } finally {
    await handle.close();
  }
}
function visitIndex(buf, oidLength, visit) {
  const fail = (why) => {
    throw new IndexFormatError(`git index: ${why}`);
  };
  if (buf.length < 12 + oidLength || buf.toString("latin1", 0, 4) !== "DIRC")
    fail("no DIRC header");
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) fail(`version ${version}`);
  const count = buf.readUInt32BE(8);
  const end = buf.length - oidLength;
  const trailer = buf.subarray(end);
  if (trailer.some((b) => b !== 0)) {
    const digest = (0, import_node_crypto.createHash)(oidLength === 20 ? "sha1" : "sha256").update(buf.subarray(0, end)).digest();
    if (!digest.equals(trailer)) fail("checksum mismatch");
  }
  const entry = {
    path: "",
    mode: 0,
    stage: 0,
    flagged: false,
    blobAt: 0,
    ctimeS: 0,
    ctimeN: 0,
    mtimeS: 0,
    mtimeN: 0,
    ino: 0,
    size: 0
  };
  let at = 12;
  let previous = Buffer.alloc(0);
  for (let n = 0; n < count; n++) {
    const start = at;
    if (at + 40 + oidLength + 2 > end) fail("truncated entry");
    const ctimeS = buf.readUInt32BE(at);
    const ctimeN = buf.readUInt32BE(at + 4);
    const mtimeS = buf.readUInt32BE(at + 8);
    const mtimeN = buf.readUInt32BE(at + 12);
    const ino = buf.readUInt32BE(at + 20);
    const mode = buf.readUInt32BE(at + 24);
    const size = buf.readUInt32BE(at + 36);
    at += 40;
    const blobAt = at;
    at += oidLength;
    const flags = buf.readUInt16BE(at);
    at += 2;
    let extended = 0;
    if ((flags & EXTENDED) !== 0) {
      if (version < 3) fail("extended flags in a version 2 index");
      extended = buf.readUInt16BE(at);
      at += 2;
    }
    let path3;
    if (version === 4) {
      let c = buf[at++] ?? 0;
      let drop = c & 127;
      while ((c & 128) !== 0) {
        c = buf[at++] ?? 0;
        drop = drop + 1 << 7 | c & 127;
      }
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail("unterminated path");
      if (drop > previous.length) fail("bad path prefix");
      previous = Buffer.concat([
        previous.subarray(0, previous.length - drop),
        buf.subarray(at, nul)
      ]);
      path3 = previous.toString("utf8");
      at = nul + 1;
    } else {
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail("unterminated path");
      path3 = buf.toString("utf8", at, nul);
      at = start + Math.ceil((nul + 1 - start) / 8) * 8;
    }
    entry.path = path3;
    entry.mode = mode;
    entry.stage = flags >> 12 & 3;
    entry.flagged = (flags & ASSUME_VALID) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0;
    entry.blobAt = blobAt;
    entry.ctimeS = ctimeS;
    entry.ctimeN = ctimeN;
    entry.mtimeS = mtimeS;
    entry.mtimeN = mtimeN;
    entry.ino = ino;
    entry.size = size;
    visit(entry);
  }
  while (at + 8 <= end) {
    const signature = buf.toString("latin1", at, at + 4);
    if (signature === "link") fail("split index (core.splitIndex)");
    at += 8 + buf.readUInt32BE(at + 4);
  }
}

// src/sync/git.ts
var BYTE_ATTRIBUTES = /* @__PURE__ */ new Set(["filter", "text", "eol", "ident", "working-tree-encoding"]);
function git(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process2.execFile)(
      "git",
      ["--no-optional-locks", "--literal-pathspecs", ...args],
      {
        cwd,
        encoding: "utf8",
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args[0] ?? ""}: ${stderr.trim() || err.message}`));
        else resolve(stdout);
      }
    );
    if (input !== void 0) child.stdin?.end(input);
  });
}
function bytesAsCommitted(values) {
  const given = (name) => {
    const v = values.get(name) ?? "unspecified";
    return v !== "unspecified" && v !== "unset";
  };
  if (given("filter") || given("ident") || given("working-tree-encoding")) return false;
  if (values.get("text") === "unset") return true;
  return !given("text") && !given("eol");
}
function mayBeInCheckout(dir) {
  if (process.env.GIT_DIR !== void 0) return true;
  for (let d = dir; ; d = import_node_path.default.dirname(d)) {
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(d, ".git"))) return true;
    if (import_node_path.default.dirname(d) === d) return false;
  }
}
async function readGitState(dir) {
  try {
    return await readGitStateOrThrow(dir);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) };
  }
}
async function readGitStateOrThrow(dir) {
  const dirReal = await (0, import_promises2.realpath)(dir);
  if (!mayBeInCheckout(dirReal)) return { ok: false, reason: "not a git checkout" };
  const [revParse, autocrlf] = await Promise.all([
    git(dirReal, ["rev-parse", "--show-toplevel", "--git-path", "index", "--show-object-format"]),
    git(dirReal, ["config", "--get", "core.autocrlf"]).catch(() => "")
  ]);
  const [top = "", indexRel = "", objectFormat = ""] = revParse.split("\n");
  if (top === "") return { ok: false, reason: "not a git checkout" };
  if (!["", "false"].includes(autocrlf.trim().toLowerCase())) {
    return { ok: false, reason: `core.autocrlf is ${autocrlf.trim()}` };
  }
  if (objectFormat !== "sha1" && objectFormat !== "sha256") {
    return { ok: false, reason: `object format '${objectFormat}'` };
  }
  const hash = objectFormat;
  const topReal = await (0, import_promises2.realpath)(top);
  const rel = import_node_path.default.relative(topReal, dirReal).split(import_node_path.default.sep).join("/");
  if (rel.startsWith("..")) return { ok: false, reason: "the folder is outside the checkout" };
  const under = rel === "" ? "" : `${rel}/`;
  const oidLength = hash === "sha1" ? 20 : 32;
  const files = new IndexTable(oidLength);
  let untrusted = 0;
  const indexMtime = await readIndex(import_node_path.default.resolve(dirReal, indexRel), oidLength, (e, buf) => {
    if (!e.path.startsWith(under)) return;
    if (e.flagged || e.stage !== 0 || e.mode !== 33188 && e.mode !== 33261) {
      untrusted += 1;
      return;
    }
    files.add(e, buf);
  });
  if (files.size > 0) {
    const attrs = await git(
      topReal,
      ["check-attr", "--all", "-z", "--stdin"],
      `${files.paths().join("\0")}\0`
    );
    const fields = attrs.split("\0");
    const byFile = /* @__PURE__ */ new Map();
    for (let i = 0; i + 2 < fields.length; i += 3) {
      const file = fields[i] ?? "";
      const attr = fields[i + 1] ?? "";
      if (!BYTE_ATTRIBUTES.has(attr)) continue;
      const values = byFile.get(file) ?? /* @__PURE__ */ new Map();
      values.set(attr, fields[i + 2] ?? "");
      byFile.set(file, values);
    }
    for (const [file, values] of byFile) {
      if (!bytesAsCommitted(values) && files.drop(file)) untrusted += 1;
    }
  }
  const base = topReal.endsWith(import_node_path.default.sep) ? topReal : topReal + import_node_path.default.sep;
  return { ok: true, state: new IndexState(files, base, indexMtime, untrusted, hash) };
}
var STAT_FIELDS = 6;
var IndexTable = class {
  constructor(oidLength) {
    this.oidLength = oidLength;
  }
  oidLength;
  at = /* @__PURE__ */ new Map();
  blobs = Buffer.alloc(0);
  stats = new Uint32Array(0);
  count = 0;
  get size() {
    return this.at.size;
  }
  add(e, buf) {
    const i = this.count++;
    if ((i + 1) * this.oidLength > this.blobs.length) {
      const room = Math.max(1024, i * 2);
      const blobs = Buffer.alloc(room * this.oidLength);
      this.blobs.copy(blobs);
      this.blobs = blobs;
      const stats = new Uint32Array(room * STAT_FIELDS);
      stats.set(this.stats);
      this.stats = stats;
    }
    buf.copy(this.blobs, i * this.oidLength, e.blobAt, e.blobAt + this.oidLength);
    const s = i * STAT_FIELDS;
    this.stats[s] = e.ctimeS;
    this.stats[s + 1] = e.ctimeN;
    this.stats[s + 2] = e.mtimeS;
    this.stats[s + 3] = e.mtimeN;
    this.stats[s + 4] = e.ino;
    this.stats[s + 5] = e.size;
    this.at.set(e.path, i);
  }
  /** Forgets a path (git cannot vouch for it after all); true when it was there. */
  drop(file) {
    return this.at.delete(file);
  }
  paths() {
    return [...this.at.keys()];
  }
  /** The position of `file`, or undefined. */
  find(file) {
    return this.at.get(file);
  }
  entries() {
    return this.at.entries();
  }
  blob(i) {
    return this.blobs.toString("hex", i * this.oidLength, (i + 1) * this.oidLength);
  }
  stat(i) {
    const s = this.stats.subarray(i * STAT_FIELDS, (i + 1) * STAT_FIELDS);
    return {
      ctimeS: s[0] ?? 0,
      ctimeN: s[1] ?? 0,
      mtimeS: s[2] ?? 0,
      mtimeN: s[3] ?? 0,
      ino: s[4] ?? 0,
      size: s[5] ?? 0
    };
  }
};
var IndexState = class {
  constructor(files, base, indexMtime, untrusted, hash) {
    this.files = files;
    this.base = base;
    this.indexMtime = indexMtime;
    this.untrusted = untrusted;
    this.hash = hash;
    let racy = 0;
    for (const [, i] of files.entries()) if (this.racyAt(i)) racy += 1;
    this.racyCount = racy;
  }
  files;
  base;
  indexMtime;
  untrusted;
  hash;
  racyCount;
  blobOf(absPath, stamp) {
    const i = this.position(absPath);
    if (i === void 0) return void 0;
    const stat = this.files.stat(i);
    return this.racy(stat) || stamp !== entryStamp(stat) ? void 0 : this.files.blob(i);
  }
  isRacy(absPath) {
    const i = this.position(absPath);
    return i !== void 0 && this.racyAt(i);
  }
  paths(kind) {
    const out = [];
    for (const [file, i] of this.files.entries()) {
      if (this.racyAt(i) === (kind === "racy"))
        out.push(this.base + file.split("/").join(import_node_path.default.sep));
    }
    return out;
  }
  /** Written in the tick of the index or later: git's own racy-git rule (module comment). */
  racy({ mtimeS, mtimeN }) {
    return notBefore([mtimeS, mtimeN], this.indexMtime);
  }
  racyAt(i) {
    return this.racy(this.files.stat(i));
  }
  position(absPath) {
    if (!absPath.startsWith(this.base)) return void 0;
    const rel = absPath.slice(this.base.length);
    return this.files.find(import_node_path.default.sep === "/" ? rel : rel.split(import_node_path.default.sep).join("/"));
  }
};

// src/sync/listing.ts
var LISTING_PAGE = "index.html";
var listingKey = (folder) => `${folder}${LISTING_PAGE}`;
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function folderRows(files) {
  const subfolders = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set()]]);
  const fileRows = /* @__PURE__ */ new Map([["", []]]);
  const hasIndex = /* @__PURE__ */ new Set();
  for (const f of files) {
    const parts = f.key.split("/");
    const name = parts[parts.length - 1] ?? "";
    let folder = "";
    for (let i = 0; i < parts.length - 1; i++) {
      const sub = parts[i] ?? "";
      let subs = subfolders.get(folder);
      if (subs === void 0) subfolders.set(folder, subs = /* @__PURE__ */ new Set());
      subs.add(sub);
      folder = `${folder}${sub}/`;
    }
    if (!subfolders.has(folder)) subfolders.set(folder, /* @__PURE__ */ new Set());
    let rows = fileRows.get(folder);
    if (rows === void 0) fileRows.set(folder, rows = []);
    rows.push({ name, folder: false, size: f.size, date: f.date });
    if (name === LISTING_PAGE) hasIndex.add(folder);
  }
  const out = /* @__PURE__ */ new Map();
  for (const folder of [...subfolders.keys()].sort(byCodePoint)) {
    if (hasIndex.has(folder)) continue;
    const subs = [...subfolders.get(folder) ?? []].sort(byCodePoint).map((name) => ({ name, folder: true }));
    const own = [...fileRows.get(folder) ?? []].sort((a, b) => byCodePoint(a.name, b.name));
    out.set(folder, [...subs, ...own]);
  }
  return out;
}
function generateListings(files, siteName = "") {
  return [...folderRows(files)].map(([folder, rows]) => ({
    key: listingKey(folder),
    folder,
    html: renderListing(folder, rows, siteName)
  }));
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function entryHref(row) {
  const encoded = encodeURIComponent(row.name).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
  return row.folder ? `${encoded}/` : encoded;
}
function formatSize(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1e3;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? ""}`;
}
function formatDate(iso) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { text: "", datetime: "" };
  const d = new Date(ms).toISOString();
  return { text: `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`, datetime: d.replace(/\.000Z$/, "Z") };
}
var STYLE = [
  'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1b1f24;background:#fff}',
  "h1{font-size:1.25rem;overflow-wrap:anywhere;margin:.5rem 0 1rem}",
  "table{border-collapse:collapse;width:100%}",
  "caption{text-align:left;color:#57606a;padding:.25rem 0}",
  "th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d7de;vertical-align:top}",
  "th{font-weight:600}",
  "td.name{overflow-wrap:anywhere}",
  ".num{text-align:right;white-space:nowrap}",
  "td.date{white-space:nowrap}",
  "a{color:#0550ae}",
  "a:focus{outline:2px solid #0550ae;outline-offset:2px}",
  ".up{display:inline-block;margin-bottom:.5rem}",
  "@media (max-width:32rem){body{padding:.5rem}th,td{padding:.5rem .25rem}td.date{white-space:normal;font-size:.875rem}}",
  "@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}a{color:#79c0ff}a:focus{outline-color:#79c0ff}th,td{border-color:#30363d}caption{color:#8b949e}}"
].join("");
function renderListing(folder, rows, siteName = "") {
  const path3 = `/${folder}`;
  const title = siteName === "" ? `Index of ${path3}` : `${siteName}: ${path3}`;
  const folders = rows.filter((r) => r.folder).length;
  const files = rows.length - folders;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const out = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="secure-dist-action folder listing">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>Index of ${escapeHtml(path3)}</h1>`
  ];
  if (folder !== "") out.push('<a class="up" href="../">\u2191 Parent folder</a>');
  out.push(
    "<table>",
    `<caption>Contents of ${escapeHtml(path3)}: ${count(folders, "folder", "folders")}, ${count(files, "file", "files")}</caption>`,
    '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Size</th><th scope="col" class="date">Last changed</th></tr></thead>',
    "<tbody>"
  );
  for (const r of rows) {
    const label = escapeHtml(r.folder ? `${r.name}/` : r.name);
    const size = r.size === void 0 ? "" : formatSize(r.size);
    const sizeTitle = r.size === void 0 ? "" : ` title="${r.size} bytes"`;
    const date = r.date === void 0 ? void 0 : formatDate(r.date);
    const dateCell = date === void 0 || date.text === "" ? "" : `<time datetime="${date.datetime}">${date.text}</time>`;
    out.push(
      `<tr><td class="name"><a href="${escapeHtml(entryHref(r))}">${label}</a></td><td class="num"${sizeTitle}>${size}</td><td class="date">${dateCell}</td></tr>`
    );
  }
  out.push("</tbody>", "</table>", "</main>", "</body>", "</html>", "");
  return out.join("\n");
}

// src/sync/plan.ts
var MANIFEST_KEY = `${RESERVED_PREFIX}manifest.json`;
function keyRecord() {
  return /* @__PURE__ */ Object.create(null);
}
function sameContent(local, remote, manifest) {
  if (remote.size !== local.size) return false;
  const remoteEtag = normalizeEtag(remote.etag);
  if (remoteEtag === local.etag || remoteEtag === local.md5) return true;
  return manifest !== void 0 && normalizeEtag(manifest.etag) === remoteEtag && manifest.md5 === local.md5;
}
function planSync(local, remote, manifest, opts) {
  const remoteByKey = /* @__PURE__ */ new Map();
  for (const r of remote) if (!r.key.startsWith(RESERVED_PREFIX)) remoteByKey.set(r.key, r);
  const objects = manifest?.objects ?? {};
  const uploads = [];
  const metadataUpdates = [];
  const unchanged = [];
  const skippedListings = [];
  const localKeys = /* @__PURE__ */ new Set();
  for (const l of local) {
    const r = remoteByKey.get(l.key);
    const m = Object.hasOwn(objects, l.key) ? objects[l.key] : void 0;
    if (l.generated === true && r !== void 0 && !opts.delete && !isGenerated(m, r)) {
      skippedListings.push(l.key);
      continue;
    }
    localKeys.add(l.key);
    if (r === void 0) {
      uploads.push({ ...l, reason: "new" });
      continue;
    }
    if (!sameContent(l, r, m)) {
      uploads.push({ ...l, reason: "changed" });
      continue;
    }
    const known = m !== void 0 && normalizeEtag(m.etag) === normalizeEtag(r.etag);
    if (!known) {
      metadataUpdates.push({ ...l, reason: "headers unknown", remoteEtag: normalizeEtag(r.etag) });
    } else if (m.contentType !== l.contentType || m.cacheControl !== l.cacheControl || m.storedCacheControl !== storedHeadersFor(l.key, l.cacheControl).cacheControl) {
      metadataUpdates.push({ ...l, reason: "headers changed", remoteEtag: normalizeEtag(r.etag) });
    } else {
      unchanged.push(l.key);
    }
  }
  const gone = [...remoteByKey.keys()].filter((k) => !localKeys.has(k)).sort();
  const ours = (k) => {
    const m = Object.hasOwn(objects, k) ? objects[k] : void 0;
    return isGenerated(m, remoteByKey.get(k)) || m !== void 0 && isGitPath(k);
  };
  return {
    uploads,
    metadataUpdates,
    deletes: opts.delete ? gone : gone.filter(ours),
    kept: opts.delete ? [] : gone.filter((k) => !ours(k)),
    unchanged,
    remoteCount: remoteByKey.size,
    skippedListings
  };
}
function isGenerated(m, r) {
  return m !== void 0 && r !== void 0 && m.generated === true && normalizeEtag(m.etag) === normalizeEtag(r.etag);
}
function deleteLimit(maxDelete, remoteCount) {
  return maxDelete.kind === "count" ? maxDelete.count : Math.floor(remoteCount * maxDelete.percent / 100);
}
function checkMaxDelete(plan, maxDelete, contentDirInput) {
  const limit = deleteLimit(maxDelete, plan.remoteCount);
  const n = plan.deletes.length;
  if (n > limit) {
    const allowed = maxDelete.kind === "count" ? `${maxDelete.count}` : `${maxDelete.percent}% of ${plan.remoteCount} = ${limit}`;
    throw new Error(
      `refusing to sync: it would delete ${n} of the ${plan.remoteCount} objects in the bucket, more than \`max-delete\` allows (${allowed}). Nothing was uploaded or deleted. Check that \`content-dir\` ('${contentDirInput}') is the folder you mean to publish, or raise \`max-delete\` in the site file.`
    );
  }
}
function nextManifest(previous, plan, local, written, remote) {
  const objects = keyRecord();
  const prev = previous?.objects ?? {};
  const remoteEtag = /* @__PURE__ */ new Map();
  for (const r of remote) remoteEtag.set(r.key, normalizeEtag(r.etag));
  const deleted = new Set(plan.deletes);
  const unchanged = new Set(plan.unchanged);
  for (const l of local) {
    const etag = written.get(l.key) ?? remoteEtag.get(l.key);
    if (etag === void 0) continue;
    if (!written.has(l.key) && !unchanged.has(l.key)) continue;
    const p = Object.hasOwn(prev, l.key) ? prev[l.key] : void 0;
    const blob = l.blob ?? (p?.md5 === l.md5 && p.size === l.size ? p.blob : void 0);
    const entry = {
      etag,
      md5: l.md5,
      size: l.size,
      contentType: l.contentType,
      cacheControl: l.cacheControl,
      storedCacheControl: storedHeadersFor(l.key, l.cacheControl).cacheControl,
      ...l.generated === true ? { generated: true } : {},
      ...blob !== void 0 ? { blob } : {}
    };
    objects[l.key] = p !== void 0 && sameEntry(p, entry) ? p : entry;
  }
  for (const key of plan.kept) {
    const p = Object.hasOwn(prev, key) ? prev[key] : void 0;
    if (p !== void 0 && !deleted.has(key) && normalizeEtag(p.etag) === remoteEtag.get(key))
      objects[key] = p;
  }
  const keys = Object.keys(objects);
  if (keys.every((k, i) => i === 0 || (keys[i - 1] ?? "") < k)) return { version: 1, objects };
  const sorted = keyRecord();
  for (const key of keys.sort()) {
    const entry = objects[key];
    if (entry !== void 0) sorted[key] = entry;
  }
  return { version: 1, objects: sorted };
}
function remoteFromSnapshot(manifest) {
  const snapshot = manifest?.bucket;
  if (manifest === void 0 || snapshot === void 0) return void 0;
  const remote = [];
  for (const [key, m] of Object.entries(manifest.objects))
    remote.push({ key, etag: m.etag, size: m.size });
  for (const [key, o] of Object.entries(snapshot.others))
    remote.push({ key, etag: o.etag, size: o.size });
  return remote;
}
function withoutSnapshot(manifest) {
  return { version: 1, objects: manifest.objects };
}
function withSnapshot(next, plan, remote, listed) {
  const deleted = new Set(plan.deletes);
  const rest = remote.filter(
    (r) => !r.key.startsWith(RESERVED_PREFIX) && !deleted.has(r.key) && !Object.hasOwn(next.objects, r.key)
  );
  const others = keyRecord();
  for (const r of rest.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    others[r.key] = { etag: normalizeEtag(r.etag), size: r.size };
  return { ...next, bucket: { listed, others } };
}
function sameManifest(a, b) {
  return sameRecords(a.objects, b.objects, sameEntry) && (a.bucket === void 0 || b.bucket === void 0 ? a.bucket === b.bucket : a.bucket.listed === b.bucket.listed && sameRecords(
    a.bucket.others,
    b.bucket.others,
    (x, y) => x.etag === y.etag && x.size === y.size
  ));
}
function sameRecords(a, b, same) {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? "";
    if (k !== other[i]) return false;
    const x = a[k];
    const y = b[k];
    if (x === void 0 || y === void 0 || !same(x, y)) return false;
  }
  return true;
}
var sameEntry = (x, y) => x.etag === y.etag && x.md5 === y.md5 && x.size === y.size && x.contentType === y.contentType && x.cacheControl === y.cacheControl && x.storedCacheControl === y.storedCacheControl && x.generated === y.generated && x.blob === y.blob;

// src/sync/budget.ts
var ByteBudget = class {
  constructor(capacity) {
    this.capacity = capacity;
    if (!(capacity > 0)) throw new Error(`ByteBudget: capacity must be positive, got ${capacity}`);
  }
  capacity;
  used = 0;
  waiting = [];
  /** Runs `fn` once `bytes` fit in the budget, and gives them back when it settles. */
  async run(bytes, fn) {
    const take = Math.min(Math.max(0, bytes), this.capacity);
    await this.acquire(take);
    try {
      return await fn();
    } finally {
      this.used -= take;
      this.drain();
    }
  }
  /** Bytes held right now (for tests). */
  get held() {
    return this.used;
  }
  acquire(bytes) {
    if (this.waiting.length === 0 && this.used + bytes <= this.capacity) {
      this.used += bytes;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push({
        bytes,
        start: () => {
          this.used += bytes;
          resolve();
        }
      });
    });
  }
  drain() {
    for (let next = this.waiting[0]; next !== void 0; next = this.waiting[0]) {
      if (this.used + next.bytes > this.capacity) return;
      this.waiting.shift();
      next.start();
    }
  }
};

// src/sync/json-bytes.ts
var SPLIT_DEPTH = 2;
function* pieces(value, depth, lineDepth) {
  if (depth >= SPLIT_DEPTH || !isPlainRecord(value)) {
    const text = JSON.stringify(value);
    if (text !== void 0) yield text;
    return;
  }
  const nl = depth === lineDepth ? "\n" : "";
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === void 0 || typeof member === "function" || typeof member === "symbol")
      continue;
    yield `${first ? "" : ","}${nl}${JSON.stringify(key)}:`;
    yield* pieces(member, depth + 1, lineDepth);
    first = false;
  }
  yield `${nl}}`;
}
function isPlainRecord(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if ("toJSON" in value) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function jsonBytes(value, lineDepth = -1) {
  let size = 0;
  for (const piece of pieces(value, 0, lineDepth)) size += Buffer.byteLength(piece, "utf8");
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces(value, 0, lineDepth)) at += out.write(piece, at, "utf8");
  if (at !== size || size === 0) {
    throw new Error(`jsonBytes: wrote ${at} of ${size} bytes (the value changed while written?)`);
  }
  return out;
}

// src/sync/manifest-read.ts
var MANIFEST_LINE_DEPTH = 1;
var WHOLE_BELOW = 4 * 2 ** 20;
var MEMBERS_PER_PARSE = 1e3;
var OBJECTS_OPEN = '"objects":{';
var ManifestReader = class {
  /** `wholeBelow`: see WHOLE_BELOW (tests read by lines with 0). */
  constructor(wholeBelow = WHOLE_BELOW) {
    this.wholeBelow = wholeBelow;
  }
  wholeBelow;
  /** The text so far, until it reaches `wholeBelow` (then the reader goes line by line). */
  held = [];
  heldLength = 0;
  byLine = false;
  /** The current line's pieces, until its newline arrives. */
  line = [];
  /** Everything but the objects' member lines: parsed whole at the end. */
  rest = [];
  where = "head";
  /** Member lines not parsed yet: parsed together (`MEMBERS_PER_PARSE`). */
  members = [];
  objects = keyRecord();
  /** False when an entry could not be read (the snapshot is then not trusted). */
  complete = true;
  failed = false;
  share = shareStrings();
  write(piece) {
    if (!this.byLine) {
      this.held.push(piece);
      this.heldLength += piece.length;
      if (this.heldLength < this.wholeBelow) return;
      this.byLine = true;
      for (const p of this.held.splice(0)) this.split(p);
      return;
    }
    this.split(piece);
  }
  end() {
    if (this.byLine) {
      this.take(this.line.join(""));
      this.line.length = 0;
      this.parseMembers();
    } else {
      this.rest.push(this.held.splice(0).join(""));
    }
    if (this.failed) return void 0;
    try {
      const data = JSON.parse(this.rest.join(""));
      if (typeof data !== "object" || data === null || !("version" in data) || data.version !== 1)
        return void 0;
      if (!("objects" in data) || typeof data.objects !== "object" || data.objects === null)
        return void 0;
      if (this.where === "head") this.addAll(data.objects);
      const bucket = this.complete && "bucket" in data ? parseSnapshot(data.bucket) : void 0;
      const objects = this.objects;
      return bucket === void 0 ? { version: 1, objects } : { version: 1, objects, bucket };
    } catch {
      return void 0;
    }
  }
  /** Hands each complete line of `piece` (with what came before it) to `take`. */
  split(piece) {
    let from = 0;
    for (let nl = piece.indexOf("\n"); nl >= 0; nl = piece.indexOf("\n", from)) {
      if (this.line.length === 0) this.take(piece.slice(from, nl));
      else {
        this.line.push(piece.slice(from, nl));
        this.take(this.line.join(""));
        this.line.length = 0;
      }
      from = nl + 1;
    }
    if (from < piece.length) this.line.push(from === 0 ? piece : piece.slice(from));
  }
  take(line) {
    if (this.failed) return;
    if (this.where === "members" && line.startsWith('"')) {
      this.members.push(line);
      if (this.members.length >= MEMBERS_PER_PARSE) this.parseMembers();
      return;
    }
    this.parseMembers();
    this.rest.push(line);
    if (this.where === "members") this.where = "tail";
    else if (this.where === "head" && line.endsWith(OBJECTS_OPEN)) this.where = "members";
  }
  /**
   * The member lines so far as one object: each is `"key":{…},` (the manifest's last without its
   * comma), so joined they are an object's members once the last comma goes. A line without its
   * comma in the middle makes the text unreadable, as it should.
   */
  parseMembers() {
    const last = this.members.length - 1;
    const tail = this.members[last];
    if (tail === void 0) return;
    if (tail.endsWith(",")) this.members[last] = tail.slice(0, -1);
    try {
      this.addAll(JSON.parse(`{${this.members.join("")}}`));
    } catch {
      this.failed = true;
    }
    this.members.length = 0;
  }
  addAll(objects) {
    if (typeof objects !== "object" || objects === null) {
      this.failed = true;
      return;
    }
    for (const [key, v] of Object.entries(objects)) {
      if (isManifestEntry(v)) this.objects[key] = this.share(v);
      else this.complete = false;
    }
  }
};
function shareStrings() {
  const seen = /* @__PURE__ */ new Map();
  const once = (s) => {
    const kept2 = seen.get(s);
    if (kept2 !== void 0) return kept2;
    seen.set(s, s);
    return s;
  };
  return (e) => {
    if (e.etag === e.md5) e.etag = e.md5;
    e.contentType = once(e.contentType);
    e.cacheControl = once(e.cacheControl);
    if (e.storedCacheControl !== void 0) e.storedCacheControl = once(e.storedCacheControl);
    return e;
  };
}
function isManifestEntry(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  return typeof o.etag === "string" && typeof o.md5 === "string" && typeof o.size === "number" && typeof o.contentType === "string" && typeof o.cacheControl === "string" && (o.storedCacheControl === void 0 || typeof o.storedCacheControl === "string") && (o.generated === void 0 || o.generated === true) && (o.blob === void 0 || typeof o.blob === "string" && /^[0-9a-f]{40,64}$/.test(o.blob));
}
function parseSnapshot(v) {
  if (typeof v !== "object" || v === null || !("listed" in v) || !("others" in v)) return void 0;
  const { listed, others } = v;
  if (typeof listed !== "string" || typeof others !== "object" || others === null) return void 0;
  const out = keyRecord();
  for (const [key, o] of Object.entries(others)) {
    if (typeof o !== "object" || o === null || !("etag" in o) || !("size" in o)) return void 0;
    const { etag, size } = o;
    if (typeof etag !== "string" || typeof size !== "number") return void 0;
    out[key] = { etag, size };
  }
  return { listed, others: out };
}

// src/sync/memory-trace.ts
var MEMORY_TRACE_ENV = "SECURE_DIST_MEMORY_TRACE";
var mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
function memoryLine(f) {
  return `memory after ${f.phase}: rss ${mb(f.rss)}, peak rss ${mb(f.peakRss)}, heap used ${mb(f.heapUsed)}, heap total ${mb(f.heapTotal)}, external ${mb(f.external)}`;
}
function measureMemory(phase) {
  const m = process.memoryUsage();
  return {
    phase,
    rss: m.rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external
  };
}
function memoryTrace(log, env = process.env) {
  if (env[MEMORY_TRACE_ENV] !== "1") return () => void 0;
  return (phase) => log(memoryLine(measureMemory(phase)));
}

// src/sync/pool.ts
async function runPool(items, concurrency, task) {
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new Error(`runPool: concurrency must be a positive integer, got ${concurrency}`);
  }
  const iterator = items[Symbol.iterator]();
  let failures = 0;
  let firstFailure;
  const worker = async () => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      try {
        await task(next.value);
      } catch (e) {
        if (failures === 0) firstFailure = e;
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures === 0 ? { failures } : { failures, firstFailure };
}

// src/sync/index.ts
var UPLOAD_MEMORY_BYTES = 48 * 1024 * 1024;
var isHtml = (key) => /\.html?$/i.test(key);
async function runSync(opts) {
  const now = opts.now ?? Date.now;
  const started = now();
  const trace = memoryTrace(opts.log.info);
  const page = opts.ownNotFoundPage === void 0 || (opts.keyPrefix ?? "") !== "" ? void 0 : ownNotFoundPageEntry(opts.ownNotFoundPage, opts.cacheControl);
  const pageSent = page === void 0 ? Promise.resolve(false) : publishOwnNotFoundPage(opts.client, opts.bucket, page, opts.dryRun);
  pageSent.catch(() => void 0);
  const { local, hashed, state, gitSkipped } = await readAndHash(opts, trace);
  const ownChanged = page !== void 0 && await pageSent ? [page.key] : [];
  for (const key of ownChanged) {
    opts.log.info(
      `${opts.dryRun ? "would upload" : "uploaded"} ${key} (the 404 page of a site without one)`
    );
  }
  const listedAt = state.listed ? new Date(started).toISOString() : state.manifest?.bucket?.listed ?? "";
  const objects = state.remote.filter((r) => !r.key.startsWith(RESERVED_PREFIX)).length;
  opts.log.info(
    state.listed ? `bucket listed: ${objects} objects` : `bucket taken from the manifest: ${objects} objects, unchanged by the action since it was listed at ${listedAt} (\`verify: full\` lists it)`
  );
  const planned = planChanges(opts, local, state);
  const changes = ownChanged.length === 0 ? planned : { ...planned, changedKeys: [...planned.changedKeys, ...ownChanged].sort() };
  trace("plan");
  const totalBytes = changes.uploads.reduce((n, u) => n + u.size, 0);
  const result = (bytesUploaded2, dryRun) => ({
    bucket: opts.bucket,
    dryRun,
    uploaded: changes.uploads.map((u) => u.key),
    metadataUpdated: changes.copies.map((c) => c.key),
    deleted: [...changes.plan.deletes],
    unchanged: changes.plan.unchanged.length,
    hashed,
    listed: state.listed,
    kept: changes.plan.kept.length,
    bytesUploaded: bytesUploaded2,
    durationMs: now() - started,
    changedKeys: changes.changedKeys,
    allKeys: changes.allKeys,
    gitSkipped,
    plan: changes.plan
  });
  if (opts.dryRun) return result(totalBytes, true);
  const bytesUploaded = await applyChanges(opts, changes, local, state, listedAt, trace);
  return result(bytesUploaded, false);
}
async function readAndHash(opts, trace) {
  const found = await readLocal(opts, trace);
  const { local, hashed, state } = await hashLocal(opts, found, trace);
  if (opts.listing === true) local.push(...await listingEntries(found.files, opts));
  return { local, hashed, state, gitSkipped: found.gitSkipped };
}
async function readLocal(opts, trace) {
  const { client, bucket, log } = opts;
  const verify = opts.verify ?? "git";
  if (opts.workspace !== void 0) await checkContentDir(opts.contentDir, opts.workspace);
  const prefix = opts.keyPrefix ?? "";
  const reader = new ManifestReader();
  const manifestPromise = readText(
    client,
    bucket,
    prefix + MANIFEST_KEY,
    (piece) => reader.write(piece)
  ).then((found) => found ? reader.end() : void 0);
  manifestPromise.then(
    () => trace("manifest read"),
    () => void 0
  );
  const listBucket = async () => ({
    remote: await listObjects(client, bucket, prefix),
    listed: true
  });
  const listing = verify === "full" ? listBucket() : manifestPromise.then((m) => {
    const snapshot = remoteFromSnapshot(m);
    return snapshot === void 0 ? listBucket() : { remote: snapshot, listed: false };
  });
  listing.then(
    (l) => {
      if (l.listed) trace("bucket listing");
    },
    () => void 0
  );
  listing.catch(() => void 0);
  manifestPromise.catch(() => void 0);
  const gitSkipped = [];
  const [files, gitResult] = await Promise.all([
    walkContentDir(opts.contentDir, {
      exclude: opts.exclude,
      warn: log.warn,
      onGitSkipped: (key) => gitSkipped.push(key)
    }).then((f) => {
      trace("walk");
      return f;
    }),
    verify === "git" ? readGitState(opts.contentDir).then((g) => {
      trace("git index");
      return g;
    }) : void 0
  ]);
  if (files.length === 0) {
    throw new ContentDirError(
      `\`content-dir\`: '${escapeForLog(opts.contentDirInput)}' has no files${opts.exclude.length > 0 ? " left after `exclude`" : ""}: refusing to publish an empty site`
    );
  }
  checkObjectSizes(files, opts.contentDirInput);
  let git2;
  if (gitResult === void 0) log.info("verify: full: every file is read and hashed");
  else if (!gitResult.ok) log.info(`git fast path off (${gitResult.reason}): every file is hashed`);
  else git2 = gitResult.state;
  const own = (r) => prefix !== "" || !(r.key.startsWith(PREVIEWS_PREFIX) || r.key.startsWith(OWN_PAGES_PREFIX));
  const remote = Promise.all([listing, manifestPromise]).then(([l, manifest]) => ({
    ...l,
    remote: l.remote.filter(own),
    manifest
  }));
  remote.catch(() => void 0);
  return { files, gitSkipped, git: git2, remote };
}
async function hashLocal(opts, { files, git: git2, remote }, trace) {
  let hashed = 0;
  const contentTypeFor = await loadContentTypes();
  const local = new Array(files.length);
  const entryOf = (f, h, blob) => ({
    key: f.key,
    absPath: f.absPath,
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    blob,
    contentType: contentTypeFor(f.key),
    cacheControl: cacheControlFor(f.key, opts.cacheControl)
  });
  const hashAll = async (indexes, blobOf) => {
    const outcome = await runPool(indexes, opts.concurrency, async (i) => {
      const f = files[i];
      if (f === void 0) return;
      const racy = git2?.isRacy(f.absPath) === true ? git2.hash : void 0;
      const h = await hashFile(f.absPath, opts.partSize ?? PART_SIZE, f.size, racy);
      hashed += 1;
      local[i] = entryOf(f, h, h.blob ?? blobOf(i));
    });
    if (outcome.failures > 0) throw outcome.firstFailure;
  };
  const vouchedBlob = (f) => git2?.blobOf(f.absPath, f.stamp);
  const unvouched = indexesWhere(files, (f) => vouchedBlob(f) === void 0);
  const first = hashAll(unvouched, () => void 0);
  first.catch(() => void 0);
  const state = await remote.catch(async (e) => {
    await first.catch(() => void 0);
    throw e;
  });
  await first;
  const known = state.manifest?.objects ?? {};
  const unknown = [];
  files.forEach((f, i) => {
    const blob = vouchedBlob(f);
    if (blob === void 0) return;
    const m = Object.hasOwn(known, f.key) ? known[f.key] : void 0;
    if (m?.blob === blob && m.size === f.size) {
      local[i] = entryOf(f, { size: f.size, md5: m.md5, etag: normalizeEtag(m.etag) }, blob);
    } else {
      unknown.push(i);
    }
  });
  await hashAll(unknown, (i) => {
    const f = files[i];
    return f === void 0 ? void 0 : vouchedBlob(f);
  });
  trace("hash");
  if (git2 !== void 0) {
    const racy = git2.racyCount > 0 ? ` (${git2.racyCount} of them written in the tick of git's index)` : "";
    opts.log.info(
      `git fast path: ${files.length - hashed} of ${files.length} files unchanged by their git blob id, ${hashed} read and hashed${racy}`
    );
  }
  return { local, hashed, state };
}
function indexesWhere(items, test) {
  const out = [];
  items.forEach((item, i) => {
    if (test(item)) out.push(i);
  });
  return out;
}
function planChanges(opts, local, state) {
  const plan = planSync(local, state.remote, state.manifest, { delete: opts.delete });
  if (opts.delete) checkMaxDelete(plan, opts.maxDelete, opts.contentDirInput);
  const uploads = [...plan.uploads, ...plan.metadataUpdates.filter((m) => m.size > COPY_LIMIT)];
  const copies = plan.metadataUpdates.filter((m) => m.size <= COPY_LIMIT);
  const changedKeys = [
    ...uploads.map((u) => u.key),
    ...copies.map((c) => c.key),
    ...plan.deletes
  ].sort();
  const skipped = new Set(plan.skippedListings);
  const allKeys = [...local.map((l) => l.key).filter((k) => !skipped.has(k)), ...plan.kept].sort();
  for (const key of plan.skippedListings) {
    opts.log.warn(
      `no listing written at ${escapeForLog(key)}: the bucket holds an object there that the sync did not generate, and \`delete\` is false`
    );
  }
  opts.log.info(
    `plan for bucket '${opts.bucket}': ${uploads.length} to upload, ${copies.length} to re-header, ${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged` + (plan.kept.length > 0 ? `, ${plan.kept.length} kept (delete: false)` : "")
  );
  return { plan, uploads, copies, changedKeys, allKeys };
}
async function applyChanges(opts, { plan, uploads, copies }, local, { remote, manifest }, listedAt, trace) {
  const { client, bucket, log } = opts;
  const prefix = opts.keyPrefix ?? "";
  const at = (e) => prefix === "" ? e : { ...e, key: prefix + e.key };
  const manifestKey = prefix + MANIFEST_KEY;
  const stamped = (m) => jsonBytes(
    opts.manifestMetadata === void 0 ? m : { ...m, metadata: opts.manifestMetadata },
    MANIFEST_LINE_DEPTH
  );
  const progress = new Progress({
    totalFiles: uploads.length,
    totalBytes: uploads.reduce((n, u) => n + u.size, 0),
    log: log.info,
    now: opts.now ?? Date.now,
    ...opts.progressIntervalMs !== void 0 ? { intervalMs: opts.progressIntervalMs } : {}
  });
  const changes = uploads.length > 0 || copies.length > 0 || plan.deletes.length > 0;
  if (changes && manifest?.bucket !== void 0) {
    await putText(
      client,
      bucket,
      manifestKey,
      stamped(withoutSnapshot(manifest)),
      "application/json"
    );
  }
  const written = /* @__PURE__ */ new Map();
  const budget = new ByteBudget(opts.uploadMemoryBytes ?? UPLOAD_MEMORY_BYTES);
  const assets = uploads.filter((u) => !isHtml(u.key));
  const pages = uploads.filter((u) => isHtml(u.key));
  for (const batch of [assets, pages]) {
    await settleAll(batch, opts.concurrency, "upload", async (u) => {
      const upload = uploadSettings(u.size, budget.capacity, opts.partSize ?? PART_SIZE);
      const etag = await budget.run(
        upload.memory,
        () => uploadFile(client, bucket, at(u), upload, (n) => progress.addBytes(n))
      );
      written.set(u.key, etag === u.etag ? u.etag : etag);
      progress.fileDone();
      log.info(
        `uploaded ${escapeForLog(u.key)} (${u.reason}${u.generated === true ? " folder listing" : ""})`
      );
    });
  }
  trace("uploads");
  await settleAll(copies, opts.concurrency, "header update", async (c) => {
    written.set(c.key, await replaceHeaders(client, bucket, at(c), c.remoteEtag));
    log.info(`updated headers of ${escapeForLog(c.key)} (${c.reason})`);
  });
  if (copies.length > 0) trace("header updates");
  const after = nextManifest(manifest, plan, local, written, remote);
  const final = withSnapshot(after, plan, remote, listedAt);
  const restamp = opts.manifestMetadata !== void 0;
  if (changes || restamp || manifest === void 0 || !sameManifest(final, manifest)) {
    const first = plan.deletes.length > 0 ? after : final;
    await putText(client, bucket, manifestKey, stamped(first), "application/json");
    trace("manifest write");
  }
  if (plan.deletes.length > 0) {
    await deleteKeys(
      client,
      bucket,
      plan.deletes.map((key) => prefix + key)
    );
    for (const key of plan.deletes) log.info(`deleted ${escapeForLog(key)}`);
    trace("deletes");
    await putText(client, bucket, manifestKey, stamped(final), "application/json");
    trace("manifest write (with snapshot)");
  }
  return progress.done.bytes;
}
async function listingEntries(files, opts) {
  const git2 = await gitDates(
    opts.contentDir,
    files.map((f) => f.key)
  );
  if (git2.unavailable !== void 0) {
    opts.log.info(
      `listing: no dates (not a git checkout, or git refused it: ${escapeForLog(git2.unavailable)})`
    );
  }
  const listed = files.map((f) => ({ key: f.key, size: f.size, date: git2.dates.get(f.key) }));
  const contentTypeFor = await loadContentTypes();
  return generateListings(listed).map((g) => {
    const body = Buffer.from(g.html, "utf8");
    const h = hashBytes(body, opts.partSize ?? PART_SIZE);
    return {
      key: g.key,
      absPath: "",
      size: h.size,
      md5: h.md5,
      etag: h.etag,
      contentType: contentTypeFor(g.key),
      cacheControl: cacheControlFor(g.key, opts.cacheControl),
      body,
      generated: true
    };
  });
}
async function settleAll(items, concurrency, what, task) {
  const { failures, firstFailure } = await runPool(items, concurrency, task);
  if (failures === 0) return;
  const message = firstFailure instanceof Error ? firstFailure.message : String(firstFailure);
  const more = failures > 1 ? ` (and ${failures - 1} more ${what} failures)` : "";
  throw new Error(
    `${message}${more}. Nothing was deleted; the next run picks up where this one stopped.`
  );
}

// src/sync/heap-limits.ts
var import_node_v8 = __toESM(require_node_v8(), 1);
var YOUNG_GENERATION_FLAG = "--semi-space-growth-factor=1";
var OLD_GENERATION_FLAG = "--heap-growing-percent=20";
var kept = false;
function keepHeapSmall() {
  (0, import_node_v8.setFlagsFromString)(YOUNG_GENERATION_FLAG);
  (0, import_node_v8.setFlagsFromString)(OLD_GENERATION_FLAG);
  kept = true;
}

// src/commands/sync-details.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_node_readline = __toESM(require_node_readline(), 1);
var KEPT_IN_MEMORY = 1e3;
var BLOCK_CHARS = 64 * 1024;
var SyncDetails = class {
  head = [];
  block = [];
  blockChars = 0;
  file;
  lost = 0;
  lostReason = "";
  total = 0;
  keptInMemory;
  folder;
  /** `folder`: where the file goes (default: the system's temporary folder, read when needed). */
  constructor(options = {}) {
    this.keptInMemory = options.keptInMemory ?? KEPT_IN_MEMORY;
    this.folder = options.folder;
  }
  /** How many lines were added. */
  get count() {
    return this.total;
  }
  /** Lines held in memory now (the first ones, and a block not yet written). */
  get heldInMemory() {
    return this.head.length + this.block.length;
  }
  /** Adds a line (one line: the sync escapes every key it logs). */
  add(line) {
    this.total += 1;
    if (this.head.length < this.keptInMemory) {
      this.head.push(line);
      return;
    }
    if (this.lost > 0) {
      this.lost += 1;
      return;
    }
    this.block.push(line);
    this.blockChars += line.length + 1;
    if (this.blockChars >= BLOCK_CHARS) this.flush();
  }
  /**
   * Calls `print` with every line, in the order added, then removes the file. The group's
   * last line says how many lines could not be kept, if any.
   */
  async print(print) {
    try {
      for (const line of this.head) print(line);
      this.flush();
      if (this.file !== void 0) {
        this.close(this.file);
        const lines = (0, import_node_readline.createInterface)({
          input: (0, import_node_fs2.createReadStream)(this.file.path, { encoding: "utf8" }),
          crlfDelay: Infinity
        });
        try {
          for await (const line of lines) print(line);
        } catch (e) {
          print(`\u2026 the lines after these could not be read back: ${describe(e)}`);
        }
      }
      if (this.lost > 0) {
        print(`\u2026 and ${this.lost} more lines not shown (${this.lostReason})`);
      }
    } finally {
      this.remove();
    }
  }
  /** Removes the file, if any (`print` does it; for a run that does not print). */
  remove() {
    if (this.file === void 0) return;
    const file = this.file;
    this.file = void 0;
    try {
      this.close(file);
    } finally {
      (0, import_node_fs2.rmSync)(file.dir, { recursive: true, force: true });
    }
  }
  /** Closes the file's descriptor once (a number closed twice may be another file's by then). */
  close(file) {
    const { fd } = file;
    file.fd = void 0;
    if (fd !== void 0) (0, import_node_fs2.closeSync)(fd);
  }
  flush() {
    if (this.block.length === 0) return;
    const text = `${this.block.join("\n")}
`;
    const lines = this.block.length;
    this.block = [];
    this.blockChars = 0;
    try {
      this.file ??= this.open();
      if (this.file.fd === void 0) throw new Error("the file is closed");
      (0, import_node_fs2.writeSync)(this.file.fd, text);
    } catch (e) {
      this.lost += lines;
      this.lostReason = `the temporary file for them failed: ${describe(e)}`;
    }
  }
  open() {
    const dir = (0, import_node_fs2.mkdtempSync)(import_node_path2.default.join(this.folder ?? (0, import_node_os.tmpdir)(), "secure-dist-details-"));
    const file = import_node_path2.default.join(dir, "lines.txt");
    try {
      return { dir, path: file, fd: (0, import_node_fs2.openSync)(file, "w", 384) };
    } catch (e) {
      (0, import_node_fs2.rmSync)(dir, { recursive: true, force: true });
      throw e;
    }
  }
};
var describe = (e) => e instanceof Error ? e.message : String(e);

// src/commands/sync.ts
async function resolveTarget(site, ctx) {
  if (site.bucket !== void 0)
    return { bucket: site.bucket, distributionId: site.distributionId };
  const stackName = `${site.stackName}-site`;
  const [{ readStackOutputs }] = await Promise.all([
    import("./stack-outputs-5GNDKYVJ.js"),
    ctx.clients.load?.({ cloudFormation: true })
  ]);
  const outputs = await readStackOutputs(
    ctx.clients.cloudFormation(site.region),
    stackName,
    site.region
  );
  const bucket = outputs.BucketName;
  if (bucket === void 0)
    throw new Error(
      `stack '${stackName}' has no output BucketName: was it deployed by this action?`
    );
  return {
    bucket,
    distributionId: site.distributionId ?? outputs.DistributionId,
    distributionDomain: outputs.DistributionDomainName
  };
}
var PER_FILE_LINE = /^(uploaded|updated headers of|deleted) (?!\d+\/\d+ files, )/;
async function syncAndInvalidate(site, target, ctx, dryRun, scope) {
  const details = new SyncDetails();
  let sync;
  keepHeapSmall();
  try {
    sync = await runSync({
      client: ctx.clients.s3(site.region),
      bucket: target.bucket,
      contentDir: site.contentDir,
      contentDirInput: site.contentDirInput,
      workspace: site.workspace,
      exclude: site.exclude,
      cacheControl: site.cacheControl,
      delete: site.delete,
      maxDelete: site.maxDelete,
      listing: site.listing,
      dryRun,
      concurrency: site.concurrency,
      verify: site.verify,
      ...scope === void 0 ? { ownNotFoundPage: ownNotFoundPageOf(site) } : { keyPrefix: scope.keyPrefix, manifestMetadata: scope.manifestMetadata },
      now: ctx.now,
      log: {
        // Per-file lines go into a collapsed group at the end; plan and progress lines show live
        // (a progress line also starts with "uploaded": "uploaded 3/10 files, …", progress.ts).
        info: (m) => PER_FILE_LINE.test(m) ? details.add(m) : ctx.log.info(m),
        warn: (m) => ctx.log.warn(m)
      }
    });
  } finally {
    if (details.count > 0) {
      await ctx.log.group(
        `Sync details (${details.count} ${details.count === 1 ? "change" : "changes"})`,
        () => details.print((d) => ctx.log.info(d))
      );
    }
    details.remove();
  }
  return { sync, invalidation: await invalidate(site, target, sync, ctx, scope?.keyPrefix ?? "") };
}
function pathsUnder(keyPrefix, paths) {
  return paths.map((p) => keyPrefix === "" ? p : `/${keyPrefix}${p.slice(1)}`);
}
async function invalidate(site, target, sync, ctx, keyPrefix) {
  const distributionId = target.distributionId;
  if (distributionId === void 0) {
    if (site.invalidate && sync.changedKeys.length > 0) {
      ctx.log.info(
        "no distribution: set `distribution-id` in the site file (or deploy the site stack) to invalidate the CloudFront cache"
      );
    }
    return void 0;
  }
  const none = (note) => ({
    distributionId,
    id: void 0,
    paths: [],
    status: "none",
    note
  });
  if (!site.invalidate) return none("Skipped: `invalidate` is false.");
  if (target.newDistribution === true) return none("New distribution: nothing is cached yet.");
  if (sync.changedKeys.length === 0) return none("Nothing changed, nothing to invalidate.");
  const planned = planInvalidation(sync.changedKeys, { allKeys: sync.allKeys });
  const plan = { ...planned, paths: pathsUnder(keyPrefix, planned.paths) };
  if (sync.dryRun) {
    return {
      distributionId,
      id: void 0,
      paths: plan.paths,
      status: "dry run",
      note: `Would invalidate: ${plan.reason}`
    };
  }
  const [{ createInvalidation, waitForInvalidation }] = await Promise.all([
    import("./cloudfront-J7XHKWP3.js"),
    ctx.clients.load?.({ cloudFront: true })
  ]);
  const cloudFront = ctx.clients.cloudFront();
  const created = await createInvalidation(
    cloudFront,
    distributionId,
    [...plan.paths],
    `secure-dist-${(0, import_node_crypto2.randomUUID)()}`
  );
  ctx.log.info(
    // The reason names key prefixes: escaped, as every key in a log line.
    `invalidation ${created.id} on ${distributionId}: ${plan.paths.length} path(s) \u2014 ${escapeForLog(plan.reason)}`
  );
  let status = created.status;
  if (site.waitForInvalidation) {
    const done = await waitForInvalidation(cloudFront, distributionId, created.id, {
      timeoutSeconds: site.invalidationTimeoutSeconds,
      sleep: ctx.sleep,
      now: ctx.now,
      onProgress: (s, elapsedMs) => ctx.log.info(`invalidation ${created.id}: ${s} after ${Math.round(elapsedMs / 1e3)} s`)
    });
    status = done.status;
  }
  return { distributionId, id: created.id, paths: plan.paths, status, note: plan.reason };
}

export {
  MANIFEST_KEY,
  resolveTarget,
  syncAndInvalidate,
  pathsUnder
};
