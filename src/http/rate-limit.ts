// What a server says about its rate limits: Retry-After (seconds or an HTTP/ISO
// date) and the X-RateLimit-* headers Zoom (and others) send.

export type Headers = Record<string, string | string[] | undefined>;

export const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** A header value fit to quote in a message: printable ASCII, short. */
const quotable = (value: string | undefined) => (value === undefined ? undefined : value.replace(/[^\x20-\x7e]/g, '?').slice(0, 40));

export interface RateLimitInfo {
  /** Retry-After, in ms from now (0 for a date in the past). */
  retryAfterMs?: number;
  /** X-RateLimit-Limit, when X-RateLimit-Type says it is per second (a daily quota is no pace). */
  perSecondLimit?: number;
  remaining?: number;
  /** X-RateLimit-Reset, as a time in ms since the epoch. */
  resetAt?: number;
  /** Retry-After as sent (quotable). */
  retryAfter?: string;
  category?: string;
  type?: string;
  limit?: string;
}

/** Retry-After as ms from `now`: seconds or a date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** X-RateLimit-Reset: seconds from now (small numbers), epoch seconds (large ones), or a date. */
function parseReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n > 1e9 ? n * 1000 : now + n * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

export function rateLimitInfo(headers: Headers, now = Date.now()): RateLimitInfo {
  const type = header(headers, 'x-ratelimit-type');
  const limit = header(headers, 'x-ratelimit-limit');
  const remaining = Number(header(headers, 'x-ratelimit-remaining'));
  const limitNumber = Number(limit);
  return {
    retryAfterMs: parseRetryAfter(header(headers, 'retry-after'), now),
    // Zoom's documented values are "QPS" (per second, unverified spelling) and "Daily-limit".
    perSecondLimit: type && /qps|second/i.test(type) && limitNumber > 0 ? limitNumber : undefined,
    remaining: header(headers, 'x-ratelimit-remaining') !== undefined && Number.isFinite(remaining) ? remaining : undefined,
    resetAt: parseReset(header(headers, 'x-ratelimit-reset'), now),
    retryAfter: quotable(header(headers, 'retry-after')),
    category: quotable(header(headers, 'x-ratelimit-category')),
    type: quotable(type),
    limit: quotable(limit),
  };
}

/** Which limit a 429 hit, from its headers: ` [Light category, QPS, limit 30]`, or ''. */
export function limitNote(info: RateLimitInfo): string {
  const parts = [info.category && `${info.category} category`, info.type, info.limit && `limit ${info.limit}`].filter(Boolean);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}
