// A JSON REST API read with a bearer token, on the HTTP core (deadlines, size
// caps, retries, 429 and Retry-After, pacing per label, no redirects): what the
// Teams (Graph) and Webex clients share. Each supplies its token, its error
// shape and its labels; every text passed on is scrubbed of credentials.
import { HttpCore, rateLimitGiveUpNote, type HttpResponse } from './core';
import { DEFAULT_CLIENT_OPTIONS, httpOptionsOf, type ClientOptions } from './client-options';
import type { HttpFailure } from './errors';
import { Pacer } from './pacer';
import { limitNote } from './rate-limit';
import { scrub } from './safe-url';
import { redactUrlSecrets } from '../util/secrets';

/** The platform answered with an error (its message scrubbed), or could not be read. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** HTTP status, or undefined when the server was not reached or its answer was refused. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export type Json = Record<string, unknown>;

export abstract class JsonApi {
  protected readonly http: HttpCore;
  readonly options: ClientOptions;

  constructor(
    /** Names the platform in messages: "Microsoft Graph", "Webex". */
    protected readonly platform: string,
    options: Partial<ClientOptions> = {},
  ) {
    this.options = { ...DEFAULT_CLIENT_OPTIONS, ...options };
    const o = this.options;
    const pacer = new Pacer({ defaultRate: 10, ceiling: o.rate ?? Infinity, floor: 0.5, concurrency: o.concurrency, stallMs: o.maxRetryAfterMs });
    this.http = new HttpCore(httpOptionsOf(o), pacer);
  }

  /** Every value that must never be shown (credentials, tokens). */
  abstract secrets(): string[];

  /** Text from the server or the network, safe to show. */
  clean(text: string): string {
    return redactUrlSecrets(scrub(text, this.secrets()));
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** Sends through the core; a failure of the transport becomes one scrubbed ApiError. */
  protected async sendRaw(url: URL, label: string, headers: Record<string, string>, method: 'GET' | 'POST' = 'GET', body?: string): Promise<HttpResponse> {
    try {
      return await this.http.send({ url, method, label, headers, body });
    } catch (error) {
      const failure = error as HttpFailure;
      throw new ApiError(this.clean(`${this.platform}: ${failure.message}${failure.tries > 1 ? ` (tried ${failure.tries} times)` : ''}`));
    }
  }

  /** Why a non-2xx answer failed, in words: the platform's error shape. */
  protected abstract errorText(response: HttpResponse): string;

  /** A 2xx JSON body, or an ApiError with the platform's message and the rate-limit note. */
  protected parse(response: HttpResponse, what: string): Json {
    if (response.status >= 200 && response.status < 300) {
      try {
        const body: unknown = JSON.parse(response.text);
        if (body && typeof body === 'object' && !Array.isArray(body)) return body as Json;
      } catch {
        // fall through
      }
      throw new ApiError(`${this.platform} ${response.status}: ${what}: the response is not a JSON object`, response.status);
    }
    let text = this.clean(this.errorText(response));
    if (response.rateLimit) text += limitNote(response.rateLimit.info) + rateLimitGiveUpNote(response.rateLimit, this.options.maxRetryAfterMs, this.platform);
    if (response.status >= 300 && response.status < 400) text += ' (redirects are not followed)';
    throw new ApiError(`${this.platform} ${response.status}: ${what}: ${text}`, response.status);
  }
}

/** A base URL from the environment: http(s), no trailing slash; or a usage error naming the variable. */
export function baseUrlOf(name: string, value: string | undefined, fallback: string, fail: (message: string) => Error): string {
  const raw = value?.trim() || fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
  } catch {
    throw fail(`${name} is not an http(s) URL`);
  }
  return raw.replace(/\/+$/, '');
}
