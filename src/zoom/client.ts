// The Zoom REST client: Server-to-Server OAuth with one shared token refresh,
// Zoom's error shapes, its rate-limit labels and pagination, on the platform-neutral
// HTTP core (src/http: deadlines, size caps, retries, adaptive pacing per label).
import { DEFAULT_CLIENT_OPTIONS, httpOptionsOf, type ClientOptions } from '../http/client-options';
import { HttpCore, rateLimitGiveUpNote, type HttpRequest, type HttpResponse } from '../http/core';
import { HttpFailure, PaginationError } from '../http/errors';
import { PageGuard } from '../http/pages';
import { Pacer } from '../http/pacer';
import { limitNote } from '../http/rate-limit';
import { basicCredentialForms, displayUrl, scrub, userinfoOf } from '../http/safe-url';
import { SharedToken, tokenFor, type Token } from '../http/shared-token';
import { redactUrlSecrets } from '../util/secrets';
import type { ZoomConfig } from './config';
import { DEFAULT_API_BASE_URL } from './config';
import { ZoomApiError, ZoomAuthError, ZoomNetworkError, ZoomResponseError } from './errors';
import { ZOOM_INITIAL_RATES, zoomRateLabel } from './rate-labels';

type Json = Record<string, unknown>;

export class ZoomClient {
  private readonly http: HttpCore;
  private readonly options: ClientOptions;
  private readonly token = new SharedToken(() => this.requestToken());
  private apiBase: string;
  /** Every form a credential could be echoed in, and URL user information: scrubbed from all text we pass on. */
  private readonly credentials: string[];

  constructor(
    private readonly config: ZoomConfig,
    options: Partial<ClientOptions> = {},
  ) {
    this.options = { ...DEFAULT_CLIENT_OPTIONS, ...options };
    const o = this.options;
    const pacer = new Pacer({ initialRates: ZOOM_INITIAL_RATES, defaultRate: ZOOM_INITIAL_RATES.Medium, ceiling: o.rate ?? Infinity, floor: 0.5, concurrency: o.concurrency, stallMs: o.maxRetryAfterMs });
    this.http = new HttpCore(httpOptionsOf(o), pacer);
    this.apiBase = config.apiBaseUrl ?? DEFAULT_API_BASE_URL;
    this.credentials = [...basicCredentialForms(config.clientId, config.clientSecret), ...userinfoOf(config.tokenUrl, config.apiBaseUrl)];
  }

  /** Values that must never appear in any output: for redacting text that came from elsewhere. */
  secrets(): string[] {
    return [...this.credentials, this.token.current ?? ''];
  }

  /** Text from Zoom or the network made safe to show: no credential, token or link secret, no URL user information. */
  private clean(text: string): string {
    return redactUrlSecrets(scrub(text, this.secrets()));
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** A valid token; concurrent callers share one token request. */
  accessToken(): Promise<Token> {
    return this.token.get();
  }

  private async requestToken(): Promise<Token> {
    const { accountId, clientId, clientSecret, tokenUrl } = this.config;
    let response: HttpResponse;
    try {
      response = await this.http.send({
        url: new URL(tokenUrl),
        method: 'POST',
        label: 'token',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${clientId}:${clientSecret}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'account_credentials', account_id: accountId }).toString(),
      });
    } catch (error) {
      const failure = error as HttpFailure;
      const endpoint = `the Zoom token endpoint ${displayUrl(tokenUrl)}`;
      // The core's message names the origin; say which endpoint instead, and why.
      const why = failure.message.replace(/^could not reach \S+ /, '').replace(/^the response from \S+ /, '').replace(/^\S+ did not answer/, 'did not answer');
      if (failure.kind === 'network') throw new ZoomNetworkError(this.clean(`could not reach ${endpoint} ${why}`));
      throw new ZoomNetworkError(this.clean(failure.kind === 'too-large' ? `${endpoint} sent a response that ${why}` : `${endpoint} ${why}`));
    }
    let payload: Json = {};
    try {
      const parsed: unknown = JSON.parse(response.text);
      if (parsed && typeof parsed === 'object') payload = parsed as Json;
    } catch {
      // not JSON: the status says enough
    }
    if (response.status !== 200 || typeof payload.access_token !== 'string') {
      const said = [payload.error, payload.reason].filter((x): x is string => typeof x === 'string').join(': ').slice(0, 300);
      const reason = said || `HTTP ${response.status}`;
      throw new ZoomAuthError(this.clean(`Zoom refused the credentials (${reason}); check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET`));
    }
    const lifetime = typeof payload.expires_in === 'number' && payload.expires_in > 0 ? payload.expires_in : 3600;
    // ZOOM_API_BASE_URL wins; otherwise a token's api_url names the account's regional API host.
    if (!this.config.apiBaseUrl && typeof payload.api_url === 'string' && /^https:\/\//.test(payload.api_url)) {
      this.apiBase = payload.api_url.replace(/\/+$/, '') + '/v2';
    }
    return tokenFor(payload.access_token, lifetime);
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
    const label = zoomRateLabel(path);
    let refreshed = false;
    for (;;) {
      const token = await this.accessToken();
      const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const request: HttpRequest = { url, method, label, headers, body };
      let response: HttpResponse;
      try {
        response = await this.http.send(request);
      } catch (error) {
        const failure = error as HttpFailure;
        if (failure.kind === 'network') throw new ZoomNetworkError(this.clean(failure.message.replace(/^could not reach /, 'could not reach Zoom at ')));
        if (failure.kind === 'timeout') throw new ZoomNetworkError(this.clean(`Zoom at ${failure.message}${failure.tries > 1 ? ` (tried ${failure.tries} times)` : ''}`));
        throw new ZoomResponseError(this.clean(`Zoom: ${failure.message}`));
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
        this.token.refused(token.value);
        continue;
      }
      let text = this.clean(message);
      if (response.rateLimit) text += limitNote(response.rateLimit.info) + rateLimitGiveUpNote(response.rateLimit, this.options.maxRetryAfterMs, 'Zoom');
      if (response.status >= 300 && response.status < 400) text += ' (redirects are not followed)';
      throw new ZoomApiError(response.status, code, text, path);
    }
  }

  /**
   * Every item of a paginated list, following next_page_token until it is empty;
   * stops with an error on a token seen before or past the page cap. An item whose
   * id came earlier in the list is dropped (pages shift while data changes), so it is checked once.
   */
  async listAll(path: string, key: string, query: Record<string, string | number> = {}): Promise<Json[]> {
    const items: Json[] = [];
    const ids = new Set<string>();
    const guard = new PageGuard(path, this.options.maxPages);
    let pageToken: string | undefined;
    for (;;) {
      const page = await this.get<Json>(path, { ...query, next_page_token: pageToken });
      const list = page[key];
      if (Array.isArray(list)) {
        for (const item of list as unknown[]) {
          if (!item || typeof item !== 'object') continue;
          const id = (item as Json).id;
          if (typeof id === 'string' || typeof id === 'number') {
            if (ids.has(String(id))) continue;
            ids.add(String(id));
          }
          items.push(item as Json);
        }
      }
      pageToken = typeof page.next_page_token === 'string' ? page.next_page_token : undefined;
      try {
        if (!guard.next(pageToken)) return items;
      } catch (error) {
        if (error instanceof PaginationError) throw new ZoomResponseError(this.clean(`Zoom: ${error.message}`));
        throw error;
      }
    }
  }
}

function errorBody(text: string, status: number): { code?: number; message: string } {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    return {
      code: typeof body.code === 'number' ? body.code : undefined,
      message: typeof body.message === 'string' ? body.message.slice(0, 1000) : `HTTP ${status}`,
    };
  } catch {
    return { message: `HTTP ${status}` };
  }
}
