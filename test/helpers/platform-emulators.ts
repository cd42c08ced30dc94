// Microsoft Graph and Webex stand-ins on 127.0.0.1 for the end-to-end tests of
// `mediate-check teams|webex|export --platform`: real HTTP, the platforms' paths,
// error shapes ({error:{code,message,innerError}} for Graph; {message, errors[],
// trackingId} for Webex), 429 with Retry-After, Link pagination, and a record of
// every request (to prove headers and where credentials went).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

abstract class Emulator {
  origin = '';
  readonly requests: Seen[] = [];
  /** Paths (exact pathname) answered 429 with Retry-After this many more times. */
  readonly limited = new Map<string, { times: number; retryAfter: string }>();
  /** Paths (exact pathname) answered 307 to this location. */
  readonly redirected = new Map<string, string>();
  private server?: Server;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const location = this.redirected.get(url.pathname);
        if (location) return this.send(res, 307, {}, { location });
        const limit = this.limited.get(url.pathname);
        if (limit && limit.times > 0) {
          limit.times--;
          return this.send(res, 429, this.errorBody(429, 'Too many requests'), { 'retry-after': limit.retryAfter });
        }
        this.handle(req.method ?? 'GET', url, req.headers, body, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections?.();
  }

  protected send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  protected abstract errorBody(status: number, message: string): Json;
  protected abstract handle(method: string, url: URL, headers: IncomingMessage['headers'], body: string, res: ServerResponse): void;
}

export const GRAPH_CREDENTIALS = { tenantId: 'emu-tenant-7c1d', clientId: 'emu-graph-client-id', clientSecret: 'emu-graph-secret~Q8xZ41vPq' };
const GRAPH_TOKEN = 'emu-graph-access-token-J3k9vLq2';

/** Graph's v1.0 onlineMeetings reads and Entra ID's client-credentials token endpoint. */
export class GraphEmulator extends Emulator {
  /** Meetings by organizer (user id or UPN) then meeting id. */
  readonly meetings = new Map<string, Map<string, Json>>();
  /** Organizers the app has an application access policy for. */
  readonly granted = new Set<string>();
  tokensIssued = 0;

  add(organizer: string, meeting: Json): void {
    if (!this.meetings.has(organizer)) this.meetings.set(organizer, new Map());
    this.meetings.get(organizer)!.set(String(meeting.id), meeting);
    this.granted.add(organizer);
  }

  env(): Record<string, string> {
    return {
      MS_TENANT_ID: GRAPH_CREDENTIALS.tenantId,
      MS_CLIENT_ID: GRAPH_CREDENTIALS.clientId,
      MS_CLIENT_SECRET: GRAPH_CREDENTIALS.clientSecret,
      MS_GRAPH_BASE_URL: `${this.origin}/v1.0`,
      MS_LOGIN_BASE_URL: `${this.origin}/login`,
    };
  }

  protected errorBody(_status: number, message: string): Json {
    return { error: { code: 'TooManyRequests', message, innerError: { date: '2026-11-26T10:00:00', 'request-id': 'emu-request-1' } } };
  }

  private graphError(res: ServerResponse, status: number, code: string, message: string): void {
    this.send(res, status, { error: { code, message, innerError: { date: '2026-11-26T10:00:00', 'request-id': 'emu-request-2', 'client-request-id': 'emu-client-request' } } });
  }

  protected handle(method: string, url: URL, headers: IncomingMessage['headers'], body: string, res: ServerResponse): void {
    const token = /^\/login\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (token && method === 'POST') {
      const form = new URLSearchParams(body);
      const ok =
        decodeURIComponent(token[1]!) === GRAPH_CREDENTIALS.tenantId &&
        headers['content-type'] === 'application/x-www-form-urlencoded' &&
        form.get('grant_type') === 'client_credentials' &&
        form.get('client_id') === GRAPH_CREDENTIALS.clientId &&
        form.get('client_secret') === GRAPH_CREDENTIALS.clientSecret &&
        form.get('scope') === 'https://graph.microsoft.com/.default';
      if (!ok) return this.send(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
      this.tokensIssued++;
      return this.send(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: GRAPH_TOKEN });
    }
    const read = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings(?:\/([^/]+))?$/.exec(url.pathname);
    if (!read || method !== 'GET') return this.graphError(res, 404, 'UnknownError', 'No route');
    if (headers.authorization !== `Bearer ${GRAPH_TOKEN}`) return this.graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    const organizer = decodeURIComponent(read[1]!);
    if (!this.granted.has(organizer)) {
      return this.graphError(res, 403, 'Forbidden', `Application access policy not found. App ${GRAPH_CREDENTIALS.clientId} is not authorized to read online meetings on behalf of user ${organizer}.`);
    }
    const own = this.meetings.get(organizer) ?? new Map<string, Json>();
    const withEnums = (meeting: Json) => (headers.prefer === 'include-unknown-enum-members' ? meeting : hideLateEnumMembers(meeting));
    if (read[2] !== undefined) {
      const meeting = own.get(decodeURIComponent(read[2]));
      if (!meeting) return this.graphError(res, 404, 'NotFound', 'The meeting was not found.');
      return this.send(res, 200, { '@odata.context': `${this.origin}/v1.0/$metadata#users('${organizer}')/onlineMeetings/$entity`, ...withEnums(meeting) }, headers.prefer ? { 'preference-applied': 'include-unknown-enum-members' } : {});
    }
    const filter = /^JoinWebUrl eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '');
    if (!filter) return this.graphError(res, 400, 'BadRequest', 'Filter is required: JoinWebUrl or joinMeetingIdSettings/joinMeetingId.');
    const link = filter[1]!.replace(/''/g, "'");
    const found = [...own.values()].filter((m) => m.joinWebUrl === link).map(withEnums);
    return this.send(res, 200, { '@odata.context': `${this.origin}/v1.0/$metadata#users('${organizer}')/onlineMeetings`, value: found });
  }
}

/** What Graph does without `Prefer: include-unknown-enum-members`: members after the sentinel read unknownFutureValue. */
function hideLateEnumMembers(meeting: Json): Json {
  const lobby = meeting.lobbyBypassSettings as Json | undefined;
  if (!lobby || (lobby.scope !== 'invited' && lobby.scope !== 'organizationExcludingGuests')) return meeting;
  return { ...meeting, lobbyBypassSettings: { ...lobby, scope: 'unknownFutureValue' } };
}

export const WEBEX_TOKEN = 'emu-webex-token-ZmQ3OGI5NzktYzE0';

/** Webex's /v1/meetings reads and list, with Link pagination. */
export class WebexEmulator extends Emulator {
  readonly meetings = new Map<string, Json>();
  /** Items per page of GET /v1/meetings. */
  pageSize = 2;
  /** A next link to another host on the first page (hostile pagination). */
  nextElsewhere = false;

  add(meeting: Json): void {
    this.meetings.set(String(meeting.id), meeting);
  }

  env(): Record<string, string> {
    return { WEBEX_ACCESS_TOKEN: WEBEX_TOKEN, WEBEX_API_BASE_URL: `${this.origin}/v1` };
  }

  protected errorBody(_status: number, message: string): Json {
    return { message, errors: [{ description: message }], trackingId: 'ROUTER_EMU-0001' };
  }

  protected handle(method: string, url: URL, headers: IncomingMessage['headers'], _body: string, res: ServerResponse): void {
    if (method !== 'GET') return this.send(res, 405, this.errorBody(405, 'Method not allowed.'));
    if (headers.authorization !== `Bearer ${WEBEX_TOKEN}`) {
      return this.send(res, 401, { message: 'The request requires a valid access token set in the Authorization request header.', errors: [{ description: 'The request requires a valid access token set in the Authorization request header.' }], trackingId: 'ROUTER_EMU-0401' });
    }
    if (url.pathname === '/v1/meetings') {
      const all = [...this.meetings.values()].filter((m) => m.meetingType === url.searchParams.get('meetingType'));
      const cursor = Number(url.searchParams.get('cursor') ?? '0');
      const items = all.slice(cursor, cursor + this.pageSize);
      const headers: Record<string, string> = {};
      if (cursor + this.pageSize < all.length) {
        const next = new URL(url.href.replace('http://127.0.0.1', this.nextElsewhere ? 'http://localhost:9' : this.origin));
        next.searchParams.set('cursor', String(cursor + this.pageSize));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return this.send(res, 200, { items }, headers);
    }
    const one = /^\/v1\/meetings\/([^/]+)$/.exec(url.pathname);
    const meeting = one ? this.meetings.get(decodeURIComponent(one[1]!)) : undefined;
    if (!meeting) return this.send(res, 404, { message: 'Meeting not found.', errors: [{ description: 'Meeting not found.' }], trackingId: 'ROUTER_EMU-0404' });
    return this.send(res, 200, meeting);
  }
}
