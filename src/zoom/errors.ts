// Failures talking to Zoom. Messages carry Zoom's own code and message, never a credential
// (the client scrubs them) and never URL user information.

/** Zoom answered with an error: HTTP status plus its `{code, message}` body. */
export class ZoomApiError extends Error {
  override name = 'ZoomApiError';
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    readonly zoomMessage: string,
    readonly path: string,
  ) {
    super(`Zoom API ${status}${code !== undefined ? ` (code ${code})` : ''}: ${zoomMessage}${hintFor(status, code)}`);
  }
}

/** The token endpoint refused the credentials: nothing can be fetched. */
export class ZoomAuthError extends Error {
  override name = 'ZoomAuthError';
}

/** Zoom answered with something this tool will not take: an oversize body, a list that would not end. */
export class ZoomResponseError extends Error {
  override name = 'ZoomResponseError';
}

/** Zoom could not be reached (refused, reset, timed out) after the retries. */
export class ZoomNetworkError extends Error {
  override name = 'ZoomNetworkError';
}

function hintFor(status: number, code: number | undefined): string {
  if (code === 4711 || code === 4700) return ' (the app lacks a scope this command needs; see README "Zoom API")';
  if (status === 401) return ' (the access token was refused twice; check the app is activated)';
  if (status === 403) return ' (the account or app may not use the REST API)';
  return '';
}
