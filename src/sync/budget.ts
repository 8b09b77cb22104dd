/**
 * A bound on the bytes uploads hold in memory at once. A single-part upload holds its whole
 * file (a retry must be able to send the bytes again); a multipart upload holds up to
 * `queueSize` parts of its part size and the one being read (parts.ts, `uploadSettings`).
 * With 16 uploads at a time and no bound, a tree with a few large files held 16 × 8 MiB and
 * more (issue 11: 327 MB peak RSS for a first publish of 10,000 files). Requests are served
 * in order; one larger than the whole budget waits until nothing else is held, then runs alone.
 */
export class ByteBudget {
  private used = 0;
  private readonly waiting: { readonly bytes: number; readonly start: () => void }[] = [];

  constructor(readonly capacity: number) {
    if (!(capacity > 0)) throw new Error(`ByteBudget: capacity must be positive, got ${capacity}`);
  }

  /** Runs `fn` once `bytes` fit in the budget, and gives them back when it settles. */
  async run<T>(bytes: number, fn: () => Promise<T>): Promise<T> {
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
  get held(): number {
    return this.used;
  }

  private acquire(bytes: number): Promise<void> {
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
        },
      });
    });
  }

  private drain(): void {
    for (let next = this.waiting[0]; next !== undefined; next = this.waiting[0]) {
      if (this.used + next.bytes > this.capacity) return;
      this.waiting.shift();
      next.start();
    }
  }
}
