// Where the Zoom API is and who we are to it: read from the environment only.
import { UsageError } from '../cli-error';

export interface ZoomConfig {
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** Base of the REST API, e.g. https://api.zoom.us/v2; undefined: the default, unless the token names another. */
  apiBaseUrl?: string;
  tokenUrl: string;
}

export const DEFAULT_API_BASE_URL = 'https://api.zoom.us/v2';
export const DEFAULT_TOKEN_URL = 'https://zoom.us/oauth/token';
export const CREDENTIAL_VARIABLES = ['ZOOM_ACCOUNT_ID', 'ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET'] as const;

function checkUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    return value.replace(/\/+$/, '');
  } catch {
    throw new UsageError(`${name} is not an http(s) URL`);
  }
}

export function zoomConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ZoomConfig {
  const missing = CREDENTIAL_VARIABLES.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new UsageError(
      `Zoom credentials missing: set ${missing.join(', ')} (a Server-to-Server OAuth app's Account ID, Client ID and Client Secret; see README "Zoom API")`,
    );
  }
  return {
    accountId: env.ZOOM_ACCOUNT_ID!.trim(),
    clientId: env.ZOOM_CLIENT_ID!.trim(),
    clientSecret: env.ZOOM_CLIENT_SECRET!.trim(),
    apiBaseUrl: env.ZOOM_API_BASE_URL ? checkUrl('ZOOM_API_BASE_URL', env.ZOOM_API_BASE_URL) : undefined,
    tokenUrl: checkUrl('ZOOM_OAUTH_TOKEN_URL', env.ZOOM_OAUTH_TOKEN_URL || DEFAULT_TOKEN_URL),
  };
}
