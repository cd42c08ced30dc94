// Adaptive pacing, one pace per rate-limit label (Zoom's Light/Medium/Heavy; Graph's
// or Webex's own names later). Each label starts at a safe rate and finds the rate
// the account allows by itself:
// - slow start: while no 429 has been met, every answered request raises the rate
//   by one request per second (the rate grows about e-fold per second);
// - then additive increase: 4 requests per second per second while below 85 % of
//   the rate that last met a 429 (or below the ceiling the server's limit sets),
//   half a request per second per second above;
// - multiplicative decrease on a 429 (×0.8), only for a request sent after the
//   last decrease, and at most every 250 ms (the 429s of one overshoot report the same excess);
// - a per-second X-RateLimit-Limit is a ceiling (kept 5 % below it), X-RateLimit-Remaining 0
//   with X-RateLimit-Reset holds the label until the reset, and the user's --rate caps every label.
// A 429 only slows its own label; nothing stops every request.
import type { RateLimitInfo } from './rate-limit';

export interface PacerOptions {
  /** Starting rate (requests per second) per label; others start at `defaultRate`. */
  initialRates?: Readonly<Record<string, number>>;
  defaultRate: number;
  /** The user's ceiling for every label (requests per second); Infinity: none. */
  ceiling: number;
  /** The slowest a label is paced after 429s. */
  floor: number;
  /** Requests of one label in flight at most. */
  concurrency: number;
  /** A label answered only 429 for this long lets its queued requests go at once (the HTTP core then fails them unsent). */
  stallMs?: number;
}

export const DEFAULT_PACER_OPTIONS: PacerOptions = { defaultRate: 10, ceiling: Infinity, floor: 0.5, concurrency: 8 };

/** One place in a label's pace, taken by acquire() and given back by release(). */
export interface Ticket {
  label: string;
  sentAt: number;
  /** The request had to wait for its slot: demand met the pace, so an answer may raise it. */
  paced: boolean;
}

const DECREASE = 0.8;
const HEADROOM = 0.95;
const DECREASE_INTERVAL_MS = 250;

class LabelPace {
  rate: number;
  private slowStart = true;
  private limitedRate = Infinity;
  private serverLimit = Infinity;
  private lastDecreaseAt = 0;
  private lastStart = 0;
  private holdUntil = 0;
  private active = 0;
  /** Requests holding a place in flight, waiting for their slot, in order. */
  private readonly queued: { start: (paced: boolean) => void; since: number }[] = [];
  private timer?: NodeJS.Timeout;
  private readonly waiting: (() => void)[] = [];
  /** Since when every answer on this label was a 429 (undefined after any other answer). */
  limitedSince?: number;

  constructor(
    initial: number,
    private readonly options: PacerOptions,
  ) {
    this.rate = Math.max(options.floor, Math.min(initial, options.ceiling));
  }

  private get cap(): number {
    return Math.min(this.options.ceiling, this.serverLimit * HEADROOM);
  }

  async acquire(label: string): Promise<Ticket> {
    if (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    const since = Date.now();
    const paced = await new Promise<boolean>((start) => {
      this.queued.push({ start, since });
      this.pump();
    });
    return { label, sentAt: Date.now(), paced };
  }

  /**
   * Starts the next queued request when its slot comes. The slot is worked out
   * when it is due, not reserved ahead, so a slower pace applies to every request
   * still waiting the moment a 429 arrives.
   */
  private pump(): void {
    if (this.timer || this.queued.length === 0) return;
    const now = Date.now();
    const stalledAt = this.limitedSince === undefined ? Infinity : this.limitedSince + (this.options.stallMs ?? Infinity);
    const due = Math.min(Math.max(this.lastStart + 1000 / this.rate, this.holdUntil), stalledAt);
    if (due > now) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, due - now);
      return;
    }
    const next = this.queued.shift()!;
    // A timer that fired late does not lower the pace: count from the slot's due time, within half a slot.
    this.lastStart = Math.max(due, now - 500 / this.rate);
    next.start(now > next.since);
    this.pump();
  }

  release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  feedback(ticket: Ticket, limited: boolean, info: RateLimitInfo): void {
    const now = Date.now();
    if (info.perSecondLimit !== undefined) this.serverLimit = info.perSecondLimit;
    if (info.remaining === 0 && info.resetAt !== undefined && info.resetAt > now) {
      this.holdUntil = Math.max(this.holdUntil, Math.min(info.resetAt, now + 60_000));
    }
    if (limited) {
      this.limitedSince ??= now;
      if (ticket.sentAt >= this.lastDecreaseAt && now - this.lastDecreaseAt >= DECREASE_INTERVAL_MS) {
        this.limitedRate = this.rate;
        this.slowStart = false;
        this.lastDecreaseAt = now;
        this.rate = Math.max(this.options.floor, this.rate * DECREASE);
      }
    } else {
      this.limitedSince = undefined;
      // Only an answer to a request that waited for its slot says the pace, not the demand, was the bound.
      if (ticket.paced && info.remaining !== 0) {
        // With the server's own per-second limit known, the cap is already safe: regain it quickly.
        const fastBelow = Number.isFinite(this.serverLimit) ? this.cap : 0.85 * this.limitedRate;
        const perSecond = this.slowStart ? this.rate : this.rate < fastBelow ? 4 : 0.5;
        this.rate += perSecond / this.rate;
      }
    }
    this.rate = Math.max(this.options.floor, Math.min(this.rate, this.cap));
    // A new pace or hold applies to the request already timed.
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.pump();
    }
  }
}

export class Pacer {
  private readonly labels = new Map<string, LabelPace>();

  constructor(readonly options: PacerOptions = DEFAULT_PACER_OPTIONS) {}

  private pace(label: string): LabelPace {
    let pace = this.labels.get(label);
    if (!pace) {
      pace = new LabelPace(this.options.initialRates?.[label] ?? this.options.defaultRate, this.options);
      this.labels.set(label, pace);
    }
    return pace;
  }

  /** Waits for a place in flight and the label's next slot. */
  acquire(label: string): Promise<Ticket> {
    return this.pace(label).acquire(label);
  }

  release(ticket: Ticket): void {
    this.pace(ticket.label).release();
  }

  /** What the server answered to a ticket's request: a 429 or not, and its rate-limit headers. */
  feedback(ticket: Ticket, limited: boolean, info: RateLimitInfo): void {
    this.pace(ticket.label).feedback(ticket, limited, info);
  }

  /** The label's current rate, requests per second. */
  rate(label: string): number {
    return this.pace(label).rate;
  }

  /** How long every answer on the label has been a 429 (0 when the last answer was not). */
  limitedFor(label: string, now = Date.now()): number {
    const since = this.pace(label).limitedSince;
    return since === undefined ? 0 : now - since;
  }
}
