// Microsoft Graph for Teams meetings: the client-credentials token from Entra ID,
// then onlineMeetings reads on the shared JSON API client (src/http/json-api.ts).
// Reads send `Prefer: include-unknown-enum-members`, or Graph would hide newer
// enum members (lobby scope `invited`, role `coorganizer`) as unknownFutureValue.
import { UsageError } from '../cli-error';
import type { HttpResponse } from '../http/core';
import { ApiError, baseUrlOf, JsonApi, type Json } from '../http/json-api';
import type { ClientOptions } from '../http/client-options';
import { basicCredentialForms, userinfoOf } from '../http/safe-url';
import { SharedToken, tokenFor, type Token } from '../http/shared-token';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_LOGIN_BASE_URL = 'https://login.microsoftonline.com';
const CREDENTIALS = ['MS_TENANT_ID', 'MS_CLIENT_ID', 'MS_CLIENT_SECRET'] as const;

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  graphBaseUrl: string;
  loginBaseUrl: string;
}

export function graphConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  const missing = CREDENTIALS.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new UsageError(`Microsoft Graph credentials missing: set ${missing.join(', ')} (an Entra app with the application permission OnlineMeetings.Read.All; see README "Teams and Webex")`);
  }
  const usage = (message: string) => new UsageError(message);
  return {
    tenantId: env.MS_TENANT_ID!.trim(),
    clientId: env.MS_CLIENT_ID!.trim(),
    clientSecret: env.MS_CLIENT_SECRET!.trim(),
    graphBaseUrl: baseUrlOf('MS_GRAPH_BASE_URL', env.MS_GRAPH_BASE_URL, DEFAULT_GRAPH_BASE_URL, usage),
    loginBaseUrl: baseUrlOf('MS_LOGIN_BASE_URL', env.MS_LOGIN_BASE_URL, DEFAULT_LOGIN_BASE_URL, usage),
  };
}

/** What the tenant admin must run when Graph refuses an app without an application access policy. */
export function accessPolicyHelp(clientId: string): string {
  return (
    'Microsoft Graph refused to read the organizer\'s meetings: the app has no application access policy for this user. ' +
    `A Teams administrator must run, in Teams PowerShell: New-CsApplicationAccessPolicy -Identity mediate-check -AppIds "${clientId}" ` +
    'then Grant-CsApplicationAccessPolicy -PolicyName mediate-check -Identity <organizer object id> (or -Global for every user); ' +
    'the grant takes up to 30 minutes to apply (see README "Teams and Webex")'
  );
}

export class GraphClient extends JsonApi {
  private readonly token = new SharedToken(() => this.requestToken());
  private readonly credentials: string[];

  constructor(
    readonly config: GraphConfig,
    options: Partial<ClientOptions> = {},
  ) {
    super('Microsoft Graph', options);
    this.credentials = [config.clientSecret, encodeURIComponent(config.clientSecret), ...basicCredentialForms(config.clientId, config.clientSecret), ...userinfoOf(config.graphBaseUrl, config.loginBaseUrl)];
  }

  secrets(): string[] {
    return [...this.credentials, this.token.current ?? ''];
  }

  accessToken(): Promise<Token> {
    return this.token.get();
  }

  private async requestToken(): Promise<Token> {
    const { tenantId, clientId, clientSecret, loginBaseUrl } = this.config;
    const url = new URL(`${loginBaseUrl}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`);
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'https://graph.microsoft.com/.default' }).toString();
    const response = await this.sendRaw(url, 'token', { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, 'POST', body);
    let payload: Json = {};
    try {
      payload = JSON.parse(response.text) as Json;
    } catch {
      // not JSON: the status says enough
    }
    if (response.status !== 200 || typeof payload.access_token !== 'string') {
      const said = typeof payload.error === 'string' ? payload.error.slice(0, 100) : `HTTP ${response.status}`;
      throw new ApiError(this.clean(`Microsoft Entra ID refused the credentials (${said}); check MS_TENANT_ID, MS_CLIENT_ID and MS_CLIENT_SECRET`), response.status);
    }
    const lifetime = typeof payload.expires_in === 'number' && payload.expires_in > 0 ? payload.expires_in : 3600;
    return tokenFor(payload.access_token, lifetime);
  }

  protected errorText(response: HttpResponse): string {
    try {
      const body = JSON.parse(response.text) as { error?: { code?: unknown; message?: unknown } };
      const code = typeof body.error?.code === 'string' ? body.error.code.slice(0, 100) : undefined;
      const message = typeof body.error?.message === 'string' ? body.error.message.slice(0, 500) : undefined;
      if (code || message) return [code, message].filter(Boolean).join(': ');
    } catch {
      // not Graph's shape
    }
    return `HTTP ${response.status}`;
  }

  /** GET a Graph path (relative to MS_GRAPH_BASE_URL), with one token refresh on a 401. */
  async get(path: string, query: Record<string, string> = {}, what = path): Promise<Json> {
    const url = new URL(this.config.graphBaseUrl + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    let refreshed = false;
    for (;;) {
      const token = await this.accessToken();
      const response = await this.sendRaw(url, 'onlineMeetings', {
        authorization: `Bearer ${token.value}`,
        accept: 'application/json',
        prefer: 'include-unknown-enum-members',
      });
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        this.token.refused(token.value);
        continue;
      }
      if (response.status === 403 && /not authorized|application access policy/i.test(response.text)) {
        throw new ApiError(accessPolicyHelp(this.config.clientId), 403);
      }
      return this.parse(response, what);
    }
  }
}
