/**
 * Progress of a long sync: at most one line every `intervalMs`, with files and bytes done,
 * the rate and the time left. Time comes from `now`, so tests drive it.
 */
export interface ProgressOptions {
  readonly totalFiles: number;
  readonly totalBytes: number;
  readonly log: (line: string) => void;
  readonly now: () => number;
  readonly intervalMs?: number;
  readonly label?: string;
}

export class Progress {
  private files = 0;
  private bytes = 0;
  private readonly start: number;
  private lastLine: number;

  constructor(private readonly opts: ProgressOptions) {
    this.start = opts.now();
    this.lastLine = this.start;
  }

  addBytes(n: number): void {
    this.bytes += n;
    this.maybeLog();
  }

  fileDone(): void {
    this.files += 1;
    this.maybeLog();
  }

  get done(): { files: number; bytes: number } {
    return { files: this.files, bytes: this.bytes };
  }

  private maybeLog(): void {
    const t = this.opts.now();
    if (t - this.lastLine < (this.opts.intervalMs ?? 5000)) return;
    this.lastLine = t;
    this.opts.log(this.line(t));
  }

  line(t = this.opts.now()): string {
    const { totalFiles, totalBytes } = this.opts;
    const elapsed = Math.max(t - this.start, 1) / 1000;
    const rate = this.bytes / elapsed;
    const left = totalBytes - this.bytes;
    const eta = rate > 0 ? formatSeconds(left / rate) : '?';
    return (
      `${this.opts.label ?? 'uploaded'} ${this.files}/${totalFiles} files, ` +
      `${formatBytes(this.bytes)}/${formatBytes(totalBytes)}, ${formatBytes(rate)}/s, ETA ${eta}`
    );
  }
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return i === 0 ? `${Math.round(v)} ${units[i]}` : `${v.toFixed(1)} ${units[i]}`;
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const total = Math.round(s);
  if (total < 60) return `${total}s`;
  const m = Math.floor(total / 60);
  if (m < 60) return `${m}m${String(total % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
