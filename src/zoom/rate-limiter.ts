// Spaces requests evenly at a fixed rate and caps how many are in flight. A 429
// pauses everyone, not just the request that met it.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private nextSlot = 0;
  private pausedUntil = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly interval: number;

  constructor(
    requestsPerSecond: number,
    private readonly concurrency: number,
  ) {
    this.interval = 1000 / requestsPerSecond;
  }

  /** Runs `task` once a slot and a concurrency place are free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      await this.slot();
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** Holds every request back for `ms` (after a 429). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  private async slot(): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (this.pausedUntil > now) {
        await sleep(this.pausedUntil - now);
        continue;
      }
      // Reserve the slot before sleeping so concurrent callers queue behind it.
      const start = Math.max(now, this.nextSlot);
      this.nextSlot = start + this.interval;
      if (start > now) await sleep(start - now);
      if (this.pausedUntil <= Date.now()) return; // else paused while waiting: queue again
    }
  }
}
