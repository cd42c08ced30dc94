// The HTTP core every platform client (Zoom today; Teams and Webex next) sends
// through: one keep-alive undici agent; a deadline on the whole response (headers
// and body) per try; a byte cap on every body, read once; retries with back-off
// for network failures and 5xx; 429s retried through the label's adaptive pace
// (pacer.ts), within a bound; redirects never followed, so a credential never
// leaves the host it was meant for. Errors name servers by origin, without user information.
import { Agent, request } from 'undici';
import { DEFAULT_MAX_BODY_BYTES, readCapped } from './body';
import { HttpFailure } from './errors';
import { Pacer, type Ticket } from './pacer';
import { rateLimitInfo, type Headers, type RateLimitInfo } from './rate-limit';
import { displayOrigin } from './safe-url';

export interface HttpOptions {
  /** Deadline for one try, from sending to the last byte of the body (ms). */
  timeoutMs: number;
  /** Largest body read (bytes); a larger one fails the request at once, unretried. */
  maxBodyBytes: number;
  /** Retries after a network failure, a time-out or a 5xx. */
  retries: number;
  /** A request answered 429 this many times is given up. */
  maxRateLimited: number;
  /** A request waits at most this long in all for Retry-After; a longer Retry-After is not slept on.
   *  A label answered only 429 for this long fails its next requests at once. */
  maxRateLimitWaitMs: number;
  /** Sockets per origin. */
  connections: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  timeoutMs: 30_000,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  retries: 4,
  maxRateLimited: 5,
  maxRateLimitWaitMs: 30_000,
  connections: 32,
};

export interface HttpRequest {
  url: URL;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** The server's rate-limit label for this endpoint: what paces it. */
  label: string;
}

/** Why a 429 was given up: too many, a Retry-After beyond the bound, or the label answered only 429 for too long. */
export type RateLimitGiveUp = 'count' | 'retry-after' | 'stalled';

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Set when the final answer is a 429 that was not retried further. */
  rateLimit?: { info: RateLimitInfo; answers: number; waitedMs: number; gaveUp: RateLimitGiveUp };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => ms * (0.75 + Math.random() * 0.5);
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

function networkReason(error: unknown): string {
  const e = error as { code?: string; cause?: { code?: string }; message?: string };
  return String(e.code ?? e.cause?.code ?? 'network error').replace(/[^\w.-]/g, '').slice(0, 40);
}

export class HttpCore {
  private readonly agent: Agent;
  private closed = false;
  /** The last 429 per label, for requests failed at once while the label is answered only 429. */
  private readonly lastLimited = new Map<string, HttpResponse>();

  constructor(
    readonly options: HttpOptions = DEFAULT_HTTP_OPTIONS,
    readonly pacer: Pacer = new Pacer(),
  ) {
    // undici's own idle time-outs stay as a backstop; the deadline below is what bounds a try.
    this.agent = new Agent({ connections: options.connections, keepAliveTimeout: 10_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  }

  /** Requests still queued then fail at once instead of being retried. */
  async close(): Promise<void> {
    this.closed = true;
    await this.agent.close();
  }

  /** One try: the whole response within the deadline, the body within the cap. */
  private async once(req: HttpRequest): Promise<{ status: number; headers: Headers; text: string }> {
    const origin = displayOrigin(req.url);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const r = await request(req.url, { method: req.method ?? 'GET', headers: req.headers, body: req.body, dispatcher: this.agent, signal: controller.signal });
      const text = await readCapped(r.body, this.options.maxBodyBytes, r.headers['content-length'], origin);
      return { status: r.statusCode, headers: r.headers, text };
    } catch (error) {
      if (error instanceof HttpFailure) throw error;
      if (controller.signal.aborted) {
        throw new HttpFailure('timeout', `${origin} did not answer in full within ${seconds(this.options.timeoutMs)}`);
      }
      throw new HttpFailure('network', `could not reach ${origin} (${networkReason(error)})`);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sends a request and returns the server's final answer, whatever its status:
   * network failures, time-outs and 5xx are retried `retries` times; 429s are
   * retried through the label's pace until a bound (then `rateLimit` says which).
   * Throws HttpFailure when no answer could be had (its message names the origin only).
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    let failures = 0;
    let limited = 0;
    let waited = 0;
    for (;;) {
      if (this.closed) throw new HttpFailure('closed', 'the run was stopped');
      const ticket: Ticket = await this.pacer.acquire(req.label);
      const stalled = this.lastLimited.get(req.label);
      if (stalled?.rateLimit && this.pacer.limitedFor(req.label) > this.options.maxRateLimitWaitMs) {
        this.pacer.release(ticket);
        return { ...stalled, rateLimit: { ...stalled.rateLimit, gaveUp: 'stalled' } };
      }
      let response;
      try {
        response = await this.once(req);
      } catch (error) {
        this.pacer.release(ticket);
        const failure = error as HttpFailure;
        if (failure.kind !== 'too-large' && failures < this.options.retries && !this.closed) {
          failures++;
          await sleep(jitter(250 * 2 ** (failures - 1)));
          continue;
        }
        throw new HttpFailure(failure.kind, failure.message, failures + 1);
      }
      this.pacer.release(ticket);
      const info = rateLimitInfo(response.headers);
      this.pacer.feedback(ticket, response.status === 429, info);
      if (response.status === 429) {
        limited++;
        const wait = info.retryAfterMs ?? 0;
        const gaveUp: RateLimitGiveUp | undefined = wait > this.options.maxRateLimitWaitMs - waited ? 'retry-after' : limited >= this.options.maxRateLimited ? 'count' : undefined;
        const answer: HttpResponse = { ...response, rateLimit: { info, answers: limited, waitedMs: waited, gaveUp: gaveUp ?? 'count' } };
        this.lastLimited.set(req.label, answer);
        if (gaveUp) return answer;
        // Only this request waits for a Retry-After; the label's pace has already slowed.
        waited += wait;
        if (wait > 0) await sleep(wait);
        continue;
      }
      if (response.status >= 500 && failures < this.options.retries && !this.closed) {
        failures++;
        await sleep(jitter(250 * 2 ** (failures - 1)));
        continue;
      }
      return response;
    }
  }
}

/** Text for a 429 that was given up: which bound ended it. */
export function rateLimitGiveUpNote(rateLimit: NonNullable<HttpResponse['rateLimit']>, maxWaitMs: number, server: string): string {
  const { info, answers, waitedMs, gaveUp } = rateLimit;
  if (gaveUp === 'retry-after') {
    return info.retryAfterMs !== undefined && info.retryAfterMs > maxWaitMs
      ? ` (${server} allows requests again after ${info.retryAfter})`
      : ` (gave up after ${answers} answers of 429: waiting for the next Retry-After would pass ${seconds(maxWaitMs)})`;
  }
  if (gaveUp === 'stalled') return ` (every request of this kind was answered 429 for over ${seconds(maxWaitMs)}; gave up)`;
  return ` (gave up after ${answers} answers of 429${waitedMs > 0 ? ` and ${seconds(waitedMs)} of waiting` : ''})`;
}
