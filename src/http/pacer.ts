// Adaptive pacing, one pace per rate-limit label (Zoom's Light/Medium/Heavy; Graph's
// or Webex's own names later). Each label starts at a safe rate and finds the rate
// the account allows by itself:
// - slow start: while no 429 has been met, every answered request raises the rate
//   by one request per second (the rate grows about e-fold per second);
// - then additive increase: a few requests per second per second while well below
//   the rate that last met a 429, half a request per second per second near it;
// - multiplicative decrease on a 429 (×0.8, at most once per burst: a 429 for a
//   request sent before the last decrease says nothing new);
// - a per-second X-RateLimit-Limit is a ceiling (kept 5 % below it), X-RateLimit-Remaining 0
//   with X-RateLimit-Reset holds the label until the reset, and the user's --rate caps every label.
// A 429 only slows its own label; nothing stops every request.
import type { RateLimitInfo } from './rate-limit';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

class LabelPace {
  rate: number;
  private slowStart = true;
  private limitedRate = Infinity;
  private serverLimit = Infinity;
  private lastDecreaseAt = 0;
  private nextSlot = 0;
  private holdUntil = 0;
  private active = 0;
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
    // Reserve the slot before sleeping so that concurrent callers queue behind it.
    const now = Date.now();
    const start = Math.max(now, this.nextSlot, this.holdUntil);
    this.nextSlot = start + 1000 / this.rate;
    if (start > now) await sleep(start - now);
    return { label, sentAt: Date.now(), paced: start > now };
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
      if (ticket.sentAt >= this.lastDecreaseAt) {
        this.limitedRate = this.rate;
        this.slowStart = false;
        this.lastDecreaseAt = now;
        this.rate = Math.max(this.options.floor, this.rate * DECREASE);
      }
    } else {
      this.limitedSince = undefined;
      // Only an answer to a request that waited for its slot says the pace, not the demand, was the bound.
      if (ticket.paced && info.remaining !== 0) {
        const perSecond = this.slowStart ? this.rate : this.rate < 0.9 * this.limitedRate ? 4 : 0.5;
        this.rate += perSecond / this.rate;
      }
    }
    this.rate = Math.max(this.options.floor, Math.min(this.rate, this.cap));
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
