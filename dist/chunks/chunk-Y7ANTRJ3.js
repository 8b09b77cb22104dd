import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  canonicalPath
} from "./chunk-4345OKVF.js";

// src/invalidate/paths.ts
var MAX_FILE_PATHS = 3e3;
var MAX_WILDCARD_PATHS = 15;
var DEFAULT_MAX_PATHS = 1e3;
var DEFAULT_MAX_WILDCARDS = MAX_WILDCARD_PATHS;
var DEFAULT_COLLAPSE_THRESHOLD = { minKeys: 10, minRatio: 0.5 };
var toInvalidationPath = (key) => canonicalPath(key);
function pathsForKey(key) {
  const path = toInvalidationPath(key);
  if (key === "index.html") return [path, "/"];
  if (!key.endsWith("/index.html")) return [path];
  const dir = path.slice(0, -"index.html".length);
  return [path, dir, dir.slice(0, -1)];
}
function dirsOf(key) {
  const dirs = [""];
  for (let i = key.indexOf("/"); i !== -1; i = key.indexOf("/", i + 1))
    dirs.push(key.slice(0, i + 1));
  return dirs;
}
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var countInto = (map, key) => {
  map.set(key, (map.get(key) ?? 0) + 1);
};
function checkRange(name, value, min, max, integer = true) {
  if (!(value >= min && value <= max) || integer && !Number.isInteger(value)) {
    const what = integer ? "a whole number" : "a number";
    throw new RangeError(
      `planInvalidation: ${name} must be ${what} from ${min} to ${max}, got ${value}`
    );
  }
  return value;
}
function candidates(keys, filePaths, allKeys, threshold) {
  const changed = /* @__PURE__ */ new Map();
  for (const key of keys) for (const dir of dirsOf(key)) countInto(changed, dir);
  const total = /* @__PURE__ */ new Map();
  for (const key of /* @__PURE__ */ new Set([...allKeys, ...keys])) {
    for (const dir of dirsOf(key)) if (changed.has(dir)) countInto(total, dir);
  }
  const covered = /* @__PURE__ */ new Map();
  for (const path of filePaths) {
    for (let i = 0; i !== -1; i = path.indexOf("/", i + 1))
      countInto(covered, path.slice(0, i + 1));
  }
  const out = [];
  for (const [dir, c] of changed) {
    const t = total.get(dir) ?? c;
    const prefix = toInvalidationPath(dir);
    const cov = covered.get(prefix) ?? 0;
    if (c >= threshold.minKeys && c >= threshold.minRatio * t && cov > 1) {
      out.push({ prefix, changed: c, total: t, covered: cov });
    }
  }
  return out.sort(
    (a, b) => b.covered - a.covered || a.total - a.changed - (b.total - b.changed) || byCodeUnit(a.prefix, b.prefix)
  );
}
var percent = (part, whole) => `${Math.round(100 * part / whole)}%`;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function planInvalidation(changedKeys, options = {}) {
  const maxPaths = checkRange("maxPaths", options.maxPaths ?? DEFAULT_MAX_PATHS, 1, MAX_FILE_PATHS);
  const maxWildcards = checkRange(
    "maxWildcards",
    options.maxWildcards ?? DEFAULT_MAX_WILDCARDS,
    1,
    MAX_WILDCARD_PATHS
  );
  const threshold = {
    minKeys: checkRange(
      "collapseThreshold.minKeys",
      options.collapseThreshold?.minKeys ?? DEFAULT_COLLAPSE_THRESHOLD.minKeys,
      1,
      Number.MAX_SAFE_INTEGER
    ),
    minRatio: checkRange(
      "collapseThreshold.minRatio",
      options.collapseThreshold?.minRatio ?? DEFAULT_COLLAPSE_THRESHOLD.minRatio,
      0,
      1,
      false
    )
  };
  const keys = [...new Set(changedKeys)].sort(byCodeUnit);
  if (keys.length === 0) {
    return { paths: [], wildcards: 0, files: 0, reason: "nothing changed: no invalidation needed" };
  }
  const filePaths = [...new Set(keys.flatMap(pathsForKey))].sort(byCodeUnit);
  const picked = [];
  if (options.allKeys !== void 0) {
    for (const c of candidates(keys, filePaths, options.allKeys, threshold)) {
      if (picked.length === maxWildcards) break;
      const overlaps = picked.some(
        (p) => c.prefix.startsWith(p.prefix) || p.prefix.startsWith(c.prefix)
      );
      if (!overlaps) picked.push(c);
    }
  }
  const files = filePaths.filter((path) => !picked.some((p) => path.startsWith(p.prefix)));
  if (files.length > maxPaths) {
    return {
      paths: ["/*"],
      wildcards: 1,
      files: 0,
      reason: `fell back to /* because ${files.length} paths remained after collapsing, more than maxPaths (${maxPaths})`
    };
  }
  const wildcards = picked.map((p) => `${p.prefix}*`);
  const paths = [...wildcards, ...files].sort(byCodeUnit);
  const plan = { paths, wildcards: wildcards.length, files: files.length };
  const [first] = picked;
  if (first?.prefix === "/") {
    const share = `${first.changed} of ${plural(first.total, "key")} (${percent(first.changed, first.total)})`;
    return { ...plan, reason: `invalidating /* because ${share} changed` };
  }
  if (picked.length > 0) {
    const collapsed = picked.map((p) => `${plural(p.changed, "key")} under ${p.prefix}*`).join(", ");
    const rest = files.length > 0 ? `; ${plural(files.length, "other path")}` : "";
    return { ...plan, reason: `collapsed ${collapsed}${rest}` };
  }
  const why = options.allKeys === void 0 ? "the bucket listing was not given, so no directory was collapsed" : `no directory had ${threshold.minKeys}+ changed keys making up at least ${percent(threshold.minRatio, 1)} of its keys`;
  return {
    ...plan,
    reason: `${plural(keys.length, "changed key")} as ${plural(files.length, "path")}: ${why}`
  };
}

export {
  MAX_FILE_PATHS,
  MAX_WILDCARD_PATHS,
  planInvalidation
};
