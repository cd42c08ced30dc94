// What every API client (Zoom, Graph, Webex) is tuned by, its defaults, and how the
// command line's --rate, --concurrency and --timeout set it.
import { DEFAULT_MAX_BODY_BYTES } from './body';
import type { HttpOptions } from './core';
import { DEFAULT_MAX_PAGES } from './pages';

export interface ClientOptions {
  /** Ceiling on requests per second, per rate-limit label (--rate); undefined: none, the pace adapts. */
  rate?: number;
  /** Requests in flight at most, per rate-limit label. */
  concurrency: number;
  /** Deadline for one try of a request, headers and body (ms). */
  timeoutMs: number;
  /** Retries after a 5xx, a time-out or a network failure. */
  retries: number;
  /** A request answered 429 this many times is given up. */
  maxRateLimited: number;
  /** Longest total wait for Retry-After per request; a longer Retry-After fails the request at once (ms). */
  maxRetryAfterMs: number;
  /** Largest response body read (bytes). */
  maxBodyBytes: number;
  /** Pages of one list at most. */
  maxPages: number;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = {
  concurrency: 8,
  timeoutMs: 30_000,
  retries: 4,
  maxRateLimited: 5,
  maxRetryAfterMs: 30_000,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  maxPages: DEFAULT_MAX_PAGES,
};

/** The HTTP core's settings for a client tuned by `o`. */
export function httpOptionsOf(o: ClientOptions): HttpOptions {
  return {
    timeoutMs: o.timeoutMs,
    maxBodyBytes: o.maxBodyBytes,
    retries: o.retries,
    maxRateLimited: o.maxRateLimited,
    maxRateLimitWaitMs: o.maxRetryAfterMs,
    connections: o.concurrency * 4,
  };
}

/** The options a command line sets (--rate, --concurrency, --timeout in seconds); the rest keep their defaults. */
export function commandLineClientOptions(options: { rate?: number; concurrency: number; timeout: number }): Partial<ClientOptions> {
  return { rate: options.rate, concurrency: options.concurrency, timeoutMs: options.timeout * 1000 };
}
