// The Webex REST API for meetings: a bearer token from WEBEX_ACCESS_TOKEN on the
// shared JSON API client (src/http/json-api.ts); lists follow the `Link` header's
// rel="next", only on the API's own host, with the page guard.
import { UsageError } from '../cli-error';
import type { HttpResponse } from '../http/core';
import { header } from '../http/rate-limit';
import { ApiError, baseUrlOf, JsonApi, type Json } from '../http/json-api';
import type { ClientOptions } from '../http/client-options';
import { PaginationError } from '../http/errors';
import { PageGuard } from '../http/pages';
import { userinfoOf } from '../http/safe-url';

export const DEFAULT_WEBEX_API_BASE_URL = 'https://webexapis.com/v1';

export interface WebexConfig {
  token: string;
  apiBaseUrl: string;
}

export function webexConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WebexConfig {
  const token = env.WEBEX_ACCESS_TOKEN?.trim();
  if (!token) throw new UsageError('Webex credentials missing: set WEBEX_ACCESS_TOKEN (a token with the scope meeting:schedules_read; see README "Teams and Webex")');
  return { token, apiBaseUrl: baseUrlOf('WEBEX_API_BASE_URL', env.WEBEX_API_BASE_URL, DEFAULT_WEBEX_API_BASE_URL, (m) => new UsageError(m)) };
}

/** The rel="next" target of a Link header (RFC 8288), if any. */
export function nextLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  for (const part of value.slice(0, 8192).split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(?:^|;)\s*rel\s*=\s*"?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(match[2]!)) return match[1];
  }
  return undefined;
}

export class WebexClient extends JsonApi {
  private readonly credentials: string[];

  constructor(
    readonly config: WebexConfig,
    options: Partial<ClientOptions> = {},
  ) {
    super('Webex', options);
    this.credentials = [config.token, ...userinfoOf(config.apiBaseUrl)];
  }

  secrets(): string[] {
    return this.credentials;
  }

  protected errorText(response: HttpResponse): string {
    try {
      const body = JSON.parse(response.text) as { message?: unknown; errors?: { description?: unknown }[]; trackingId?: unknown };
      const message = typeof body.message === 'string' ? body.message.slice(0, 500) : undefined;
      const detail = Array.isArray(body.errors) ? body.errors.map((e) => (typeof e?.description === 'string' ? e.description.slice(0, 200) : '')).filter((d) => d && d !== message)[0] : undefined;
      const tracking = typeof body.trackingId === 'string' ? body.trackingId.slice(0, 100) : header(response.headers, 'trackingid');
      if (message) return `${message}${detail ? ` (${detail})` : ''}${tracking ? ` [trackingId ${tracking}]` : ''}`;
    } catch {
      // not Webex's shape
    }
    return `HTTP ${response.status}`;
  }

  private async send(url: URL, what: string): Promise<HttpResponse & { json: Json }> {
    const response = await this.sendRaw(url, 'meetings', { authorization: `Bearer ${this.config.token}`, accept: 'application/json' });
    return { ...response, json: this.parse(response, what) };
  }

  async get(path: string, query: Record<string, string> = {}, what = path): Promise<Json> {
    const url = new URL(this.config.apiBaseUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return (await this.send(url, what)).json;
  }

  /** Every item of a list, following Link rel="next" on the API's own origin only; each id once. */
  async listAll(path: string, query: Record<string, string>): Promise<Json[]> {
    const origin = new URL(this.config.apiBaseUrl).origin;
    let url: URL | undefined = new URL(this.config.apiBaseUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const guard = new PageGuard(path, this.options.maxPages);
    const items: Json[] = [];
    const ids = new Set<string>();
    while (url) {
      const page = await this.send(url, `the list ${path}`);
      for (const item of Array.isArray(page.json.items) ? (page.json.items as unknown[]) : []) {
        if (!item || typeof item !== 'object') continue;
        const id = (item as Json).id;
        if (typeof id === 'string') {
          if (ids.has(id)) continue;
          ids.add(id);
        }
        items.push(item as Json);
      }
      const next = nextLink(header(page.headers, 'link'));
      let nextUrl: URL | undefined;
      if (next !== undefined) {
        try {
          nextUrl = new URL(next, url);
        } catch {
          throw new ApiError(`Webex: the list ${path} named a next page that is not a URL; stopped`);
        }
        // The token is for the API's host: a next link elsewhere is never followed.
        if (nextUrl.origin !== origin) throw new ApiError(`Webex: the list ${path} named a next page on another host; stopped (the token is sent only to ${origin})`);
      }
      try {
        if (!guard.next(nextUrl?.href)) return items;
      } catch (error) {
        if (error instanceof PaginationError) throw new ApiError(this.clean(`Webex: ${error.message}`));
        throw error;
      }
      url = nextUrl;
    }
    return items;
  }
}
