// The Zoom REST client: Server-to-Server OAuth, one shared token refresh, rate
// and concurrency limits, retries on 429, 5xx and network failures. Reached only
// through the configured URLs, on one keep-alive undici agent.
import { Agent, request } from 'undici';
import type { ZoomConfig } from './config';
import { DEFAULT_API_BASE_URL } from './config';
import { ZoomApiError, ZoomAuthError, ZoomNetworkError } from './errors';
import { RateLimiter } from './rate-limiter';

export interface ClientOptions {
  /** Requests per second at most (Zoom: Light 30/s, Medium 20/s on Pro). */
  rate: number;
  /** Requests in flight at most. */
  concurrency: number;
  /** Per-request time-out, in milliseconds. */
  timeoutMs: number;
  /** Retries after a 429, a 5xx or a network failure. */
  retries: number;
  /** Longest wait for a Retry-After before the request is given up (ms). */
  maxRetryAfterMs: number;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = { rate: 10, concurrency: 8, timeoutMs: 30_000, retries: 4, maxRetryAfterMs: 60_000 };

interface Token {
  value: string;
  expiresAt: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => ms * (0.75 + Math.random() * 0.5);

export class ZoomClient {
  private readonly agent: Agent;
  private readonly limiter: RateLimiter;
  private token?: Token;
  private pendingToken?: Promise<Token>;
  private apiBase: string;
  /** Set by close(): requests still queued (siblings of a failed one) then fail at once instead of retrying. */
  private closed = false;

  constructor(
    private readonly config: ZoomConfig,
    private readonly options: ClientOptions = DEFAULT_CLIENT_OPTIONS,
  ) {
    this.agent = new Agent({ connections: options.concurrency, keepAliveTimeout: 10_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
    this.limiter = new RateLimiter(options.rate, options.concurrency);
    this.apiBase = config.apiBaseUrl ?? DEFAULT_API_BASE_URL;
  }

  /** Values that must never appear in any output: for redacting text that came from elsewhere. */
  secrets(): string[] {
    return [this.config.clientSecret, this.token?.value ?? ''].filter((s) => s.length > 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.agent.close();
  }

  /** A valid token; concurrent callers share one token request. */
  async accessToken(): Promise<Token> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token;
    this.pendingToken ??= this.requestToken().finally(() => {
      this.pendingToken = undefined;
    });
    return this.pendingToken;
  }

  private async requestToken(): Promise<Token> {
    const { accountId, clientId, clientSecret, tokenUrl } = this.config;
    const body = new URLSearchParams({ grant_type: 'account_credentials', account_id: accountId }).toString();
    let response;
    try {
      response = await request(tokenUrl, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          authorization: 'Basic ' + Buffer.from(`${clientId}:${clientSecret}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
      });
    } catch (error) {
      throw new ZoomNetworkError(`could not reach the Zoom token endpoint ${tokenUrl} (${networkReason(error)})`);
    }
    const payload = (await response.body.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.statusCode !== 200 || typeof payload.access_token !== 'string') {
      const reason = [payload.error, payload.reason].filter((x) => typeof x === 'string').join(': ') || `HTTP ${response.statusCode}`;
      throw new ZoomAuthError(
        `Zoom refused the credentials (${reason}); check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET`,
      );
    }
    const lifetime = typeof payload.expires_in === 'number' && payload.expires_in > 0 ? payload.expires_in : 3600;
    // ZOOM_API_BASE_URL wins; otherwise a token's api_url names the account's regional API host.
    if (!this.config.apiBaseUrl && typeof payload.api_url === 'string' && /^https:\/\//.test(payload.api_url)) {
      this.apiBase = payload.api_url.replace(/\/+$/, '') + '/v2';
    }
    // Renew a minute early (or at 90% of a short lifetime) so no request carries a token about to lapse.
    const margin = Math.min(60, lifetime * 0.1) * 1000;
    this.token = { value: payload.access_token, expiresAt: Date.now() + lifetime * 1000 - margin };
    return this.token;
  }

  /** Forgets a token Zoom called expired, unless another request already replaced it. */
  private invalidate(value: string): void {
    if (this.token?.value === value) this.token = undefined;
  }

  /** GET a JSON document from the API: `path` is relative to the base URL, e.g. `/meetings/123`. */
  get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    return this.send<T>('GET', path, query);
  }

  /**
   * PATCH a JSON body (Zoom answers 204, no body), paced and retried like reads:
   * setting the same values twice changes nothing, so a retry is safe.
   */
  async patch(path: string, body: object): Promise<void> {
    await this.send<undefined>('PATCH', path, {}, JSON.stringify(body));
  }

  private async send<T>(method: 'GET' | 'PATCH', path: string, query: Record<string, string | number | undefined>, body?: string): Promise<T> {
    const url = new URL(this.apiBase + path);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      let response;
      try {
        response = await this.limiter.run(async () => {
          const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
          if (body !== undefined) headers['content-type'] = 'application/json';
          const r = await request(url, { method, dispatcher: this.agent, headers, body });
          // Read the body inside the limiter so a slow body still counts as in flight.
          const text = await r.body.text();
          return { status: r.statusCode, headers: r.headers, text };
        });
      } catch (error) {
        if (attempt < this.options.retries && !this.closed) {
          await sleep(jitter(250 * 2 ** attempt));
          continue;
        }
        throw new ZoomNetworkError(`could not reach Zoom at ${url.origin} (${networkReason(error)})`);
      }
      if (response.status >= 200 && response.status < 300) {
        if (response.status === 204) return undefined as T;
        try {
          return JSON.parse(response.text) as T;
        } catch {
          throw new ZoomApiError(response.status, undefined, 'the response is not JSON', path);
        }
      }
      const { code, message } = errorBody(response.text, response.status);
      if (response.status === 401 && code === 124 && !refreshed) {
        refreshed = true; // an expired token costs one shared refresh and one retry
        this.invalidate(token.value);
        attempt--;
        continue;
      }
      if (response.status === 429 && attempt < this.options.retries) {
        const wait = retryAfter(response.headers, attempt);
        if (wait <= this.options.maxRetryAfterMs) {
          this.limiter.pause(wait);
          continue;
        }
      }
      if (response.status >= 500 && attempt < this.options.retries) {
        await sleep(jitter(250 * 2 ** attempt));
        continue;
      }
      throw new ZoomApiError(response.status, code, response.status === 429 ? message + limitNote(response.headers) : message, path);
    }
  }
}

/** Which of Zoom's limits a 429 hit, from its X-RateLimit-* headers. */
function limitNote(headers: Headers): string {
  const category = header(headers, 'x-ratelimit-category');
  const type = header(headers, 'x-ratelimit-type');
  const until = header(headers, 'retry-after');
  const parts = [category && `${category} category`, type && `${type}`].filter(Boolean).join(', ');
  return (parts ? ` [${parts}]` : '') + (until ? ` (Zoom allows requests again after ${until})` : '');
}

function errorBody(text: string, status: number): { code?: number; message: string } {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    return {
      code: typeof body.code === 'number' ? body.code : undefined,
      message: typeof body.message === 'string' ? body.message : `HTTP ${status}`,
    };
  } catch {
    return { message: `HTTP ${status}` };
  }
}

type Headers = Record<string, string | string[] | undefined>;
const header = (headers: Headers, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * How long to wait after a 429: Retry-After in seconds or as a date (Zoom's daily
 * limit), else exponential back-off with jitter from one second.
 */
export function retryAfter(headers: Headers, attempt: number, now = Date.now()): number {
  const value = header(headers, 'retry-after');
  if (value !== undefined) {
    if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return jitter(1000 * 2 ** attempt);
}

function networkReason(error: unknown): string {
  const e = error as { code?: string; cause?: { code?: string }; message?: string };
  return e.code ?? e.cause?.code ?? e.message ?? 'network error';
}
