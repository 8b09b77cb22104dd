import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/sync/progress.ts
var Progress = class {
  constructor(opts) {
    this.opts = opts;
    this.start = opts.now();
    this.lastLine = this.start;
  }
  opts;
  files = 0;
  bytes = 0;
  start;
  lastLine;
  addBytes(n) {
    this.bytes += n;
    this.maybeLog();
  }
  fileDone() {
    this.files += 1;
    this.maybeLog();
  }
  get done() {
    return { files: this.files, bytes: this.bytes };
  }
  maybeLog() {
    const t = this.opts.now();
    if (t - this.lastLine < (this.opts.intervalMs ?? 5e3)) return;
    this.lastLine = t;
    this.opts.log(this.line(t));
  }
  line(t = this.opts.now()) {
    const { totalFiles, totalBytes } = this.opts;
    const elapsed = Math.max(t - this.start, 1) / 1e3;
    const rate = this.bytes / elapsed;
    const left = totalBytes - this.bytes;
    const eta = rate > 0 ? formatSeconds(left / rate) : "?";
    return `${this.opts.label ?? "uploaded"} ${this.files}/${totalFiles} files, ${formatBytes(this.bytes)}/${formatBytes(totalBytes)}, ${formatBytes(rate)}/s, ETA ${eta}`;
  }
};
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return i === 0 ? `${Math.round(v)} ${units[i]}` : `${v.toFixed(1)} ${units[i]}`;
}
function formatSeconds(s) {
  if (!Number.isFinite(s)) return "?";
  const total = Math.round(s);
  if (total < 60) return `${total}s`;
  const m = Math.floor(total / 60);
  if (m < 60) return `${m}m${String(total % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export {
  Progress,
  formatBytes
};
