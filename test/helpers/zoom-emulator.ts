// A Zoom API stand-in on 127.0.0.1 for tests and the benchmark: the OAuth token
// endpoint, the meeting, user, settings (with the meeting_security and
// meeting_authentication options) and template endpoints we call, the
// account's settings and lock settings, users' groups and the groups' lock
// settings, Zoom's `{code, message}` errors, expiring tokens, scopes, pagination,
// rate limits with X-RateLimit-* headers, and injected faults. Shapes follow Zoom's
// OpenAPI documents (Meetings.json, Users.json, Accounts.json); the data is made up.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface EmulatorUser {
  id: string;
  email: string;
  /** Default user settings (GET /users/{id}/settings). */
  settings: Json;
  /** GET /users/{id}/settings?option=meeting_security */
  meetingSecurity: Json;
  /** GET /users/{id}/settings?option=meeting_authentication: the host's authentication profiles. */
  meetingAuthentication: Json;
  templates: Json[];
  /** GET /users/{id} → group_ids */
  groupIds: string[];
}

/** The account's answers (GET /accounts/me/…); each lock leaf is "is this setting locked". */
export interface EmulatorAccount {
  /** GET /accounts/{accountId}/settings */
  settings: Json;
  /** GET /accounts/{accountId}/settings?option=meeting_security */
  meetingSecurity: Json;
  /** GET /accounts/{accountId}/lock_settings */
  lockSettings: Json;
  /** GET /accounts/{accountId}/lock_settings?option=meeting_security */
  lockMeetingSecurity: Json;
}

/** A group's lock settings: GET /groups/{groupId}/lock_settings, and with ?option=meeting_security. */
export interface EmulatorGroup {
  lockSettings: Json;
  lockMeetingSecurity: Json;
}

export interface Fault {
  /** Matched against the request path (with query). */
  path: RegExp;
  /** The status to answer with; 0 answers as usual, only late (with delayMs). */
  status: number;
  /** Wait this long before answering (a slow or hanging server). */
  delayMs?: number;
  body?: Json;
  headers?: Record<string, string>;
  /** How many matching requests fail before the fault is spent. */
  times: number;
  /** Answer 200 (or `status`) at once, then trickle the body one byte per this many ms, forever (a slow-loris server). */
  trickleMs?: number;
  /** Answer 200 with a JSON body of this many bytes, streamed (an oversize response). */
  hugeBytes?: number;
  /** Send no Content-Length with hugeBytes (chunked), so only the bytes read can tell the size. */
  chunked?: boolean;
  /** (token endpoint) Answer 401 invalid_client with the request's Authorization header and the decoded credentials in `reason`. */
  echoAuthorization?: boolean;
}

/** Zoom's rate-limit label of an emulated path (as the OpenAPI documents give them). */
export function emulatorRateLabel(pathname: string): 'Light' | 'Medium' {
  return /^\/v2\/(meetings\/[^/]+|users\/[^/]+)$/.test(pathname) ? 'Light' : 'Medium';
}

export interface EmulatorOptions {
  /** Requests per second the account may make (a token bucket); Infinity: no limit. */
  rateLimit?: number;
  /** Send Retry-After (seconds) with a per-second 429. Zoom itself sends it only for daily limits. */
  retryAfterSeconds?: number;
  /** Lifetime of issued tokens, in seconds. */
  tokenLifetime?: number;
  /** Scopes granted to the app. */
  scopes?: string[];
  /** Expire every token once this many API requests have been served (a token lapsing mid-run). */
  expireTokensAfter?: number;
  /** Largest page a list returns, whatever page_size asks (to exercise pagination with little data). */
  pageSizeCap?: number;
  /** Every user in GET /users and every meeting in a user's list appears twice (as shifting pages can make it). */
  repeatInLists?: boolean;
  /**
   * A strict sliding-window limit per rate-limit label: at most N requests served in any
   * 1,000 ms (one number: every label). A request over it gets Zoom's 429; 429s do not count.
   */
  windowLimit?: number | Partial<Record<'Light' | 'Medium', number>>;
  /** Send X-RateLimit-* headers with a 429 (default true). */
  rateLimitHeaders?: boolean;
  /** Every page of every list names the same next_page_token, which is accepted again (a pagination loop). */
  repeatPageToken?: boolean;
  /**
   * Checks a PATCH /meetings/{id} body; the problems it returns make a 400 (code
   * 300, "Validation Failed."). Tests pass patchBodyValidator() (zoom-request-schema.ts):
   * the OpenAPI request schema, through ajv, kept out of this file so the benchmark can bundle it.
   */
  validatePatchBody?: (body: unknown) => string[];
  /**
   * Values Zoom puts back after a PATCH, whatever was asked (a setting locked at
   * the account, a rule of the plan): dotted paths of the meeting → value,
   * e.g. `{ 'settings.waiting_room': false }`.
   */
  overwrite?: Record<string, unknown>;
}

/** Granular scopes for PATCH /meetings/{meetingId} (Meetings.json: meeting:update:meeting[:admin], or meeting:write:admin). */
const WRITE_SCOPES = ['meeting:update:meeting:admin', 'meeting:write:admin'];
/** Granular scopes per endpoint, any one of which is enough (from the OpenAPI documents' security entries). */
const SCOPES: [RegExp, string[]][] = [
  [/^\/v2\/meetings\/[^/]+$/, ['meeting:read:meeting:admin', 'meeting:read:admin']],
  [/^\/v2\/users\/[^/]+\/meetings$/, ['meeting:read:list_meetings:admin', 'meeting:read:admin']],
  [/^\/v2\/users\/[^/]+\/meeting_templates$/, ['meeting:read:list_templates:admin', 'meeting:read:admin']],
  [/^\/v2\/users\/[^/]+\/meeting_templates\/[^/]+$/, ['user:read:admin']],
  [/^\/v2\/users\/[^/]+\/settings$/, ['user:read:settings:admin', 'user:read:admin']],
  [/^\/v2\/users$/, ['user:read:list_users:admin', 'user:read:admin']],
  [/^\/v2\/users\/[^/]+$/, ['user:read:user:admin', 'user:read:admin']],
  [/^\/v2\/accounts\/[^/]+\/settings$/, ['account:read:settings:admin', 'account:read:settings:master', 'account:read:admin']],
  [/^\/v2\/accounts\/[^/]+\/lock_settings$/, ['account:read:lock_settings:master', 'account:read:admin']],
  [/^\/v2\/groups\/[^/]+\/lock_settings$/, ['group:read:lock_settings:admin', 'group:read:admin']],
];
export const ALL_SCOPES = [
  'meeting:read:meeting:admin',
  'meeting:read:list_meetings:admin',
  'meeting:read:list_templates:admin',
  'user:read:admin',
  'user:read:settings:admin',
  'user:read:list_users:admin',
  'user:read:user:admin',
  'account:read:settings:admin',
  'account:read:lock_settings:master',
  'group:read:lock_settings:admin',
  'meeting:update:meeting:admin',
];
/** The scopes that read lock settings (account and group): without them a run has no `locks`. */
export const LOCK_SCOPES = ['account:read:lock_settings:master', 'group:read:lock_settings:admin'];

export const CREDENTIALS = { accountId: 'emu-account-1', clientId: 'emu-client-id', clientSecret: 'emu-client-secret-9f8e7d' };

export function makeMeeting(id: number, hostId: string, overrides: Json = {}, settings: Json = {}): Json {
  return {
    uuid: Buffer.from(`uuid-${id}`).toString('base64'),
    id,
    host_id: hostId,
    host_email: `${hostId}@example.com`,
    assistant_id: '',
    topic: `Mediation ${id}`,
    type: 2,
    status: 'waiting',
    start_time: '2026-12-10T14:00:00Z',
    duration: 120,
    timezone: 'Europe/London',
    created_at: '2026-11-20T09:12:44Z',
    start_url: `https://example.zoom.us/s/${id}?zak=emu-start-token-${id}`,
    join_url: `https://example.zoom.us/j/${id}`,
    password: `pw${id}x`,
    h323_password: '557201',
    pstn_password: '557201',
    encrypted_password: `emu-enc-${id}`,
    dynamic_host_key: `emu-hostkey-${id}`,
    pre_schedule: false,
    ...overrides,
    settings: {
      host_video: false,
      participant_video: false,
      join_before_host: false,
      jbh_time: 0,
      mute_upon_entry: true,
      watermark: false,
      use_pmi: false,
      approval_type: 2,
      audio: 'both',
      auto_recording: 'none',
      waiting_room: false,
      waiting_room_options: { mode: 'follow_setting' },
      meeting_authentication: false,
      encryption_type: 'enhanced_encryption',
      breakout_room: { enable: false },
      private_meeting: false,
      alternative_hosts: '',
      continuous_meeting_chat: { enable: false },
      auto_start_meeting_summary: false,
      auto_start_ai_companion_questions: false,
      global_dial_in_numbers: [{ city: 'London', country: 'GB', country_name: 'United Kingdom', number: '+44 20 0000 0000', type: 'toll' }],
      ...settings,
    },
  };
}

export function makeUser(id: string, overrides: { embed?: boolean; browserLink?: boolean; groupIds?: string[] } = {}): EmulatorUser {
  return {
    id,
    email: `${id}@example.com`,
    settings: {
      schedule_meeting: {
        host_video: false,
        participants_video: false,
        join_before_host: false,
        embed_password_in_join_link: overrides.embed ?? false,
        require_password_for_scheduling_new_meetings: true,
        pmi_password: 'emu-pmi-secret-1234',
        default_password_for_scheduled_meetings: 'emu-default-secret-5678',
        use_pmi_for_scheduled_meetings: false,
        continuous_meeting_chat: { enable: false },
      },
      in_meeting: {
        e2e_encryption: false,
        waiting_room: false,
        show_a_join_from_your_browser_link: overrides.browserLink ?? false,
        screen_sharing: true,
        who_can_share_screen: 'host',
        breakout_room: true,
        breakout_room_schedule: false,
        join_from_desktop: false,
        join_from_mobile: false,
        auto_saving_chat: false,
        meeting_summary_with_ai_companion: { enable: false, auto_enable: false, who_will_receive_summary: 1 },
        ai_companion_questions: { enable: false, auto_enable: false, who_can_ask_questions: 1 },
      },
      recording: { auto_recording: 'none', cloud_recording: true, local_recording: false },
      email_notification: { cloud_recording_available_reminder: true },
      feature: { meeting_capacity: 100 },
    },
    meetingSecurity: {
      meeting_security: {
        auto_security: true,
        embed_password_in_join_link: overrides.embed ?? false,
        encryption_type: 'enhanced_encryption',
        end_to_end_encrypted_meetings: false,
        meeting_password: true,
        only_authenticated_can_join_from_webclient: false,
        phone_password: true,
        pmi_password: true,
        waiting_room: false,
        waiting_room_settings: {
          participants_to_place_in_waiting_room: 0,
          users_who_can_admit_participants_from_waiting_room: 0,
          whitelisted_domains_for_waiting_room: '',
        },
      },
    },
    // Profiles as an account sets them up: the firm's own users, named domains, and any Zoom sign-in.
    meetingAuthentication: {
      authentication_options: {
        meeting_authentication: {
          meeting_authentication: false,
          allow_authentication_exception: true,
          authentication_options: [
            { id: 'authFirm', name: 'Signed in to the firm', type: 'enforce_login_with_same_account', default_option: true, visible: true },
            { id: 'authCounsel', name: 'Counsel domains', type: 'enforce_login_with_domains', domains: 'counsel.example,court.example', default_option: false, visible: true },
            { id: 'authAnyZoom', name: 'Sign in to Zoom', type: 'enforce_login', default_option: false, visible: true },
          ],
        },
      },
    },
    templates: [],
    groupIds: overrides.groupIds ?? [],
  };
}

/** The account: values as a cautious firm sets them; locks on only auto_recording and meeting_password. */
export function makeAccount(): EmulatorAccount {
  return {
    settings: {
      schedule_meeting: { host_video: false, participant_video: false, join_before_host: false, jbh_time: 0, use_pmi_for_scheduled_meetings: false },
      in_meeting: { breakout_room: true, screen_sharing: true, who_can_share_screen: 'host', auto_saving_chat: false, join_from_desktop: false, join_from_mobile: false },
      recording: { auto_recording: 'none', cloud_recording: true, local_recording: false, archive: { enable: false } },
      // Not a group the tool reads: a secret here must never reach a report or an exported file.
      chat: { send_data_to_third_party_archiving_service: { enable: true, passcode: 'emu-archive-secret-4321', authorized_channel_token: 'emu-channel-token-8765' } },
      feature: { meeting_capacity: 300 },
    },
    meetingSecurity: {
      meeting_security: {
        auto_security: true,
        embed_password_in_join_link: false,
        encryption_type: 'enhanced_encryption',
        end_to_end_encrypted_meetings: true,
        meeting_password: true,
        phone_password: true,
        waiting_room: true,
        waiting_room_settings: { participants_to_place_in_waiting_room: 0, users_who_can_admit_participants_from_waiting_room: 0, whitelisted_domains_for_waiting_room: '' },
        waiting_room_options: { enable: true, admit_type: 2, internal_user_auto_admit: 1, who_can_admit_participants: 0 },
      },
    },
    lockSettings: {
      schedule_meeting: { embed_password_in_join_link: false, join_before_host: false, meeting_authentication: false, use_pmi_for_scheduled_meetings: false },
      in_meeting: { breakout_room: false, screen_sharing: false, auto_saving_chat: false, chat: false },
      recording: { auto_recording: true, cloud_recording: false, local_recording: false },
      chat: { share_files: false },
    },
    lockMeetingSecurity: {
      meeting_security: {
        auto_security: true,
        embed_password_in_join_link: false,
        encryption_type: false,
        end_to_end_encrypted_meetings: false,
        meeting_password: true,
        phone_password: false,
        waiting_room: false,
      },
    },
  };
}

/** A group's locks: `locked` names the settings it locks ("in_meeting.auto_saving_chat"), every other leaf is false. */
export function makeGroup(locked: string[] = []): EmulatorGroup {
  const group: EmulatorGroup = {
    lockSettings: {
      schedule_meeting: { embed_password_in_join_link: false, join_before_host: false },
      in_meeting: { breakout_room: false, screen_sharing: false, auto_saving_chat: false, waiting_room: false },
      recording: { auto_recording: false, cloud_recording: false },
    },
    lockMeetingSecurity: { meeting_security: { meeting_password: false, phone_password: false, waiting_room: false, embed_password_in_join_link: false } },
  };
  for (const setting of locked) {
    const [name, key] = setting.split('.') as [string, string];
    const target = name === 'meeting_security' ? (group.lockMeetingSecurity.meeting_security as Json) : ((group.lockSettings[name] ??= {}) as Json);
    target[key] = true;
  }
  return group;
}

/** Zoom's PATCH semantics: objects are merged key by key, every other value replaced. */
function mergeInto(target: Json, patch: Json): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof current === 'object' && current !== null && !Array.isArray(current)) {
      mergeInto(current as Json, value as Json);
    } else target[key] = value;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export class ZoomEmulator {
  readonly users = new Map<string, EmulatorUser>();
  readonly meetings = new Map<string, Json>();
  readonly groups = new Map<string, EmulatorGroup>();
  account: EmulatorAccount = makeAccount();
  /** Every request, in arrival order: method and path (with query), and when. */
  readonly log: { method: string; path: string; at: number; status: number }[] = [];
  readonly faults: Fault[] = [];
  /** Every request path as it arrived, answered or not. */
  readonly received: string[] = [];
  /** Every PATCH body Zoom accepted, with its meeting id, in arrival order. */
  readonly patches: { id: string; body: Json }[] = [];
  ownerId = 'owner';
  private readonly tokens = new Map<string, { expiresAt: number; scopes: string[] }>();
  private readonly pageTokens = new Map<string, { list: string; offset: number }>();
  private server?: Server;
  private bucket: number;
  private bucketAt = Date.now();
  private tokenCounter = 0;
  /** Times of the requests served in the last second, per label (windowLimit). */
  private readonly windows = new Map<string, number[]>();
  origin = '';

  constructor(readonly options: EmulatorOptions = {}) {
    this.bucket = options.rateLimit ?? Infinity;
  }

  get tokenRequests(): number {
    return this.log.filter((r) => r.path.startsWith('/oauth/token') && r.status === 200).length;
  }

  get rateLimited(): number {
    return this.log.filter((r) => r.status === 429).length;
  }

  apiRequests(pattern?: RegExp): number {
    return this.log.filter((r) => r.path.startsWith('/v2/') && (!pattern || pattern.test(r.path))).length;
  }

  addUser(user: EmulatorUser): EmulatorUser {
    this.users.set(user.id, user);
    return user;
  }

  addGroup(id: string, group: EmulatorGroup): EmulatorGroup {
    this.groups.set(id, group);
    return group;
  }

  addMeeting(meeting: Json): Json {
    this.meetings.set(String(meeting.id), meeting);
    return meeting;
  }

  injectFault(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Makes every token issued so far expired, as if an hour had passed. */
  expireTokens(): void {
    for (const token of this.tokens.values()) token.expiresAt = 0;
  }

  /** Environment variables that point mediate-check at this emulator. */
  env(credentials: Partial<typeof CREDENTIALS> = {}): Record<string, string> {
    const c = { ...CREDENTIALS, ...credentials };
    return {
      ZOOM_ACCOUNT_ID: c.accountId,
      ZOOM_CLIENT_ID: c.clientId,
      ZOOM_CLIENT_SECRET: c.clientSecret,
      ZOOM_API_BASE_URL: `${this.origin}/v2`,
      ZOOM_OAUTH_TOKEN_URL: `${this.origin}/oauth/token`,
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => send(res, 500, { code: 500, message: String(error) }));
    });
    // Keep-alive connections from the client must not hold the server open at stop().
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private respond(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
    this.log.push({ method: req.method ?? '', path: req.url ?? '', at: Date.now(), status });
    send(res, status, body, headers);
  }

  private takeToken(): boolean {
    const limit = this.options.rateLimit ?? Infinity;
    if (limit === Infinity) return true;
    const now = Date.now();
    this.bucket = Math.min(limit, this.bucket + ((now - this.bucketAt) / 1000) * limit);
    this.bucketAt = now;
    if (this.bucket < 1) return false;
    this.bucket -= 1;
    return true;
  }

  /** Whether the strict window of this path's label has room; if so the request is counted in it. */
  private takeWindow(pathname: string): { ok: boolean; label: string; limit: number } {
    const limits = this.options.windowLimit;
    const label = emulatorRateLabel(pathname);
    const limit = typeof limits === 'number' ? limits : (limits?.[label] ?? Infinity);
    if (limit === Infinity) return { ok: true, label, limit };
    const now = Date.now();
    let times = this.windows.get(label);
    if (!times) this.windows.set(label, (times = []));
    let drop = 0;
    while (drop < times.length && times[drop]! <= now - 1000) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length >= limit) return { ok: false, label, limit };
    times.push(now);
    return { ok: true, label, limit };
  }

  /** Answers a fault that misbehaves in the body: a trickle or an oversize body. */
  private streamFault(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
    const status = fault.status || 200;
    this.log.push({ method: req.method ?? '', path: req.url ?? '', at: Date.now(), status });
    if (fault.trickleMs !== undefined) {
      res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...fault.headers });
      res.write('{"topic":"');
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('a')), fault.trickleMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    const total = fault.hugeBytes!;
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...(fault.chunked ? {} : { 'content-length': String(total) }), ...fault.headers });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    this.hugeBytesSent.set(req.url ?? '', 0);
    const pump = () => {
      while (sent < total && !res.destroyed) {
        const n = Math.min(chunk.length, total - sent);
        sent += n;
        this.hugeBytesSent.set(req.url ?? '', sent);
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  }

  /** Bytes of a huge-body fault written to the socket, per request path (to prove the client stopped reading). */
  readonly hugeBytesSent = new Map<string, number>();

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    this.received.push(url.pathname + url.search);

    const fault = this.faults.find((f) => f.times > 0 && f.path.test(url.pathname + url.search));
    if (fault) {
      fault.times--;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (res.destroyed) return; // the client gave up waiting
      if (fault.trickleMs !== undefined || fault.hugeBytes !== undefined) return this.streamFault(req, res, fault);
      if (fault.echoAuthorization) {
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const reason = `bad secret ${req.headers.authorization} (${Buffer.from(basic, 'base64').toString()})`;
        return this.respond(req, res, 401, { error: 'invalid_client', reason }, fault.headers);
      }
      if (fault.status !== 0) return this.respond(req, res, fault.status, fault.body ?? { code: fault.status, message: 'Injected fault.' }, fault.headers);
    }
    if (url.pathname === '/oauth/token') return this.token(req, res, url);

    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const token = auth ? this.tokens.get(auth[1]!) : undefined;
    if (!token) return this.respond(req, res, 401, { code: 124, message: 'Invalid access token.' });
    if (this.options.expireTokensAfter !== undefined && this.apiRequests() === this.options.expireTokensAfter) {
      this.options.expireTokensAfter = undefined;
      this.expireTokens();
    }
    if (token.expiresAt <= Date.now()) return this.respond(req, res, 401, { code: 124, message: 'Access token is expired.' });

    const window = this.takeWindow(url.pathname);
    if (!window.ok || !this.takeToken()) {
      const headers: Record<string, string> =
        this.options.rateLimitHeaders === false
          ? {}
          : {
              'X-RateLimit-Category': window.ok ? (/\/meetings\/\d+$/.test(url.pathname) ? 'Light' : 'Medium') : window.label,
              'X-RateLimit-Type': 'QPS',
              'X-RateLimit-Limit': String(window.ok ? this.options.rateLimit : window.limit),
              'X-RateLimit-Remaining': '0',
            };
      if (this.options.retryAfterSeconds !== undefined) headers['Retry-After'] = String(this.options.retryAfterSeconds);
      return this.respond(req, res, 429, { code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' }, headers);
    }

    const needed = req.method === 'PATCH' ? WRITE_SCOPES : SCOPES.find(([re]) => re.test(url.pathname))?.[1];
    if (needed && !needed.some((s) => token.scopes.includes(s))) {
      return this.respond(req, res, 400, { code: 4711, message: `Invalid access token, does not contain scopes:[${needed[0]}].` });
    }
    return this.route(req, res, url);
  }

  private async token(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const grant = url.searchParams.get('grant_type') ?? form.get('grant_type');
    const account = url.searchParams.get('account_id') ?? form.get('account_id');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [id, secret] = basic ? Buffer.from(basic[1]!, 'base64').toString().split(':') : [];
    if (req.method !== 'POST') return this.respond(req, res, 405, { reason: 'Method not allowed', error: 'invalid_request' });
    if (grant !== 'account_credentials') return this.respond(req, res, 400, { reason: 'unsupported grant type', error: 'unsupported_grant_type' });
    if (id !== CREDENTIALS.clientId || secret !== CREDENTIALS.clientSecret) {
      return this.respond(req, res, 400, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    }
    if (account !== CREDENTIALS.accountId) return this.respond(req, res, 400, { reason: 'Invalid account_id', error: 'invalid_request' });
    const value = `emu-access-token-${++this.tokenCounter}-${Math.random().toString(36).slice(2)}`;
    const lifetime = this.options.tokenLifetime ?? 3600;
    const scopes = this.options.scopes ?? ALL_SCOPES;
    this.tokens.set(value, { expiresAt: Date.now() + lifetime * 1000, scopes });
    this.respond(req, res, 200, { access_token: value, token_type: 'bearer', expires_in: lifetime, scope: scopes.join(' '), api_url: 'https://api.zoom.us' });
  }

  private user(id: string): EmulatorUser | undefined {
    return this.users.get(id === 'me' ? this.ownerId : id) ?? [...this.users.values()].find((u) => u.email === id);
  }

  private page(req: IncomingMessage, res: ServerResponse, url: URL, listName: string, key: string, items: Json[], cap: number): void {
    const size = Math.min(Math.max(Number(url.searchParams.get('page_size') ?? 30) || 30, 1), cap, this.options.pageSizeCap ?? Infinity);
    const given = url.searchParams.get('next_page_token');
    let offset = 0;
    if (given) {
      const state = this.options.repeatPageToken ? { list: listName, offset: 0 } : this.pageTokens.get(given);
      if (!state || state.list !== listName) return this.respond(req, res, 400, { code: 300, message: 'The next page token is invalid or expired.' });
      offset = state.offset;
    }
    const next = this.options.repeatPageToken ? 'emu-page-again' : offset + size < items.length ? `emu-page-${Math.random().toString(36).slice(2, 12)}` : '';
    if (next) this.pageTokens.set(next, { list: listName, offset: offset + size });
    this.respond(req, res, 200, {
      next_page_token: next,
      page_count: Math.ceil(items.length / size),
      page_number: Math.floor(offset / size) + 1,
      page_size: size,
      total_records: items.length,
      [key]: items.slice(offset, offset + size),
    });
  }

  /** PATCH /meetings/{meetingId}: validated, merged into the meeting, then Zoom's own overwrites; 204 without a body. */
  private async patchMeeting(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const meeting = this.meetings.get(id);
    if (!meeting) return this.respond(req, res, 404, { code: 3001, message: `Meeting does not exist: ${id}.` });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return this.respond(req, res, 400, { code: 300, message: 'Request Body should be a valid JSON object.' });
    }
    const problems = typeof body === 'object' && body !== null && !Array.isArray(body) ? (this.options.validatePatchBody?.(body) ?? []) : ['not an object'];
    if (problems.length > 0) return this.respond(req, res, 400, { code: 300, message: 'Validation Failed.', errors: problems.map((message) => ({ message })) });
    this.patches.push({ id, body: body as Json });
    mergeInto(meeting, body as Json);
    for (const [dotted, value] of Object.entries(this.options.overwrite ?? {})) {
      const keys = dotted.split('.');
      let node = meeting;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
      node[keys.at(-1)!] = value;
    }
    this.log.push({ method: 'PATCH', path: req.url ?? '', at: Date.now(), status: 204 });
    res.writeHead(204);
    res.end();
  }

  private route(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void> {
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent); // after /v2
    if (req.method === 'PATCH' && parts[0] === 'meetings' && parts.length === 2) return this.patchMeeting(req, res, parts[1]!);
    if (req.method !== 'GET') return this.respond(req, res, 405, { code: 405, message: 'Method not allowed.' });

    if (parts[0] === 'meetings' && parts.length === 2) {
      const meeting = this.meetings.get(parts[1]!);
      return meeting ? this.respond(req, res, 200, meeting) : this.respond(req, res, 404, { code: 3001, message: `Meeting does not exist: ${parts[1]}.` });
    }
    if (parts[0] === 'accounts' && parts.length === 3 && (parts[2] === 'settings' || parts[2] === 'lock_settings')) {
      if (parts[1] !== 'me' && parts[1] !== CREDENTIALS.accountId) {
        // Zoom documents 404 for settings and 400 for lock settings, both with code 2001.
        return this.respond(req, res, parts[2] === 'settings' ? 404 : 400, { code: 2001, message: `Account does not exist: ${parts[1]}.` });
      }
      const security = url.searchParams.get('option') === 'meeting_security';
      if (parts[2] === 'settings') return this.respond(req, res, 200, security ? this.account.meetingSecurity : this.account.settings);
      return this.respond(req, res, 200, security ? this.account.lockMeetingSecurity : this.account.lockSettings);
    }
    if (parts[0] === 'groups' && parts.length === 3 && parts[2] === 'lock_settings') {
      const group = this.groups.get(parts[1]!);
      if (!group) return this.respond(req, res, 404, { code: 4130, message: `Group does not exist: ${parts[1]}` });
      return this.respond(req, res, 200, url.searchParams.get('option') === 'meeting_security' ? group.lockMeetingSecurity : group.lockSettings);
    }
    if (parts[0] === 'users' && parts.length === 2) {
      const user = this.user(parts[1]!);
      if (!user) return this.respond(req, res, 404, { code: 1001, message: `User does not exist: ${parts[1]}.` });
      return this.respond(req, res, 200, {
        id: user.id,
        email: user.email,
        first_name: 'Emu',
        last_name: user.id,
        type: 2,
        status: 'active',
        pmi: 6589310093,
        use_pmi: false,
        timezone: 'Europe/London',
        verified: 1,
        role_id: '2',
        group_ids: user.groupIds,
      });
    }
    if (parts[0] === 'users' && parts.length === 1) {
      const users = [...this.users.values()].map((u) => ({ id: u.id, email: u.email, type: 2, status: 'active', pmi: 6589310093 }));
      return this.page(req, res, url, 'users', 'users', this.options.repeatInLists ? [...users, ...users] : users, 2000);
    }
    if (parts[0] === 'users' && parts.length >= 3) {
      const user = this.user(parts[1]!);
      if (!user) return this.respond(req, res, 404, { code: 1001, message: `User does not exist: ${parts[1]}.` });
      if (parts[2] === 'meetings' && parts.length === 3) {
        const list = [...this.meetings.values()]
          .filter((m) => m.host_id === user.id)
          .map((m) => ({ uuid: m.uuid, id: m.id, host_id: m.host_id, topic: m.topic, type: m.type, start_time: m.start_time, duration: m.duration, timezone: m.timezone, created_at: m.created_at, join_url: m.join_url }));
        return this.page(req, res, url, `meetings:${user.id}`, 'meetings', this.options.repeatInLists ? [...list, ...list] : list, 300);
      }
      if (parts[2] === 'settings' && parts.length === 3) {
        const option = url.searchParams.get('option');
        if (option === 'meeting_authentication') return this.respond(req, res, 200, user.meetingAuthentication);
        return this.respond(req, res, 200, option === 'meeting_security' ? user.meetingSecurity : user.settings);
      }
      if (parts[2] === 'meeting_templates' && parts.length === 3) {
        const templates = user.templates.map((t) => ({ id: t.id, name: t.name, type: 1 }));
        return this.respond(req, res, 200, { templates, total_records: templates.length });
      }
      if (parts[2] === 'meeting_templates' && parts.length === 4) {
        const template = user.templates.find((t) => t.id === parts[3]);
        return template ? this.respond(req, res, 200, template) : this.respond(req, res, 404, { code: 3001, message: 'Meeting template does not exist.' });
      }
    }
    this.respond(req, res, 404, { code: 2300, message: 'This API endpoint is not recognized.' });
  }
}

/** An emulator with an owner ("me") and a second host, their meetings and one template. */
export function sampleAccount(options: EmulatorOptions = {}): ZoomEmulator {
  const emulator = new ZoomEmulator(options);
  // Both hosts are in grpLegal (locks auto-saved chat); host2 also in grpCaucus (locks breakout rooms).
  emulator.addGroup('grpLegal', makeGroup(['in_meeting.auto_saving_chat']));
  emulator.addGroup('grpCaucus', makeGroup(['in_meeting.breakout_room']));
  const owner = emulator.addUser(makeUser('owner', { groupIds: ['grpLegal'] }));
  emulator.addUser(makeUser('host2', { embed: true, groupIds: ['grpLegal', 'grpCaucus'] }));
  // A meeting set up the proper-use way (the mediation facts come from --mediation).
  emulator.addMeeting(makeMeeting(85746065432, 'owner'));
  // The host's personal room, waiting room on, recording to the cloud, passcode in the link.
  emulator.addMeeting(
    makeMeeting(
      6589310093,
      'host2',
      { type: 4, join_url: 'https://example.zoom.us/j/6589310093?pwd=emu-link-secret' },
      {
        use_pmi: true,
        waiting_room: true,
        auto_recording: 'cloud',
        authentication_exception: [{ email: 'expert@example.com', name: 'Expert', join_url: 'https://example.zoom.us/j/6589310093?tk=emu-exception-token' }],
      },
    ),
  );
  owner.templates.push({
    id: 'emuTpl001',
    name: 'Mediation - locked down',
    settings: {
      in_meeting: { screen_sharing: true, who_can_share_screen: 'host', breakout_room: true, annotation: false },
      recording: { auto_recording: 'none' },
      schedule_meeting: { host_video: false, participant_video: false, mute_upon_entry: true },
      meeting_security: { waiting_room: false },
    },
  });
  return emulator;
}

/** What seedAudit() adds: the host, its meeting and its template. */
export const AUDIT = { hostId: 'auditHost', meetingId: 86000000001, templateId: 'tplAudit1' } as const;

/**
 * The audit's host (rules-audit.md §A): breakout rooms allowed at the host level
 * (in_meeting.breakout_room true) while the meeting's pre-assign flag is off; the
 * waiting room on but, by the meeting's custom option and the host's setting, only
 * for users outside the account; the waiting room locked at the account; phone
 * callers need no passcode while the meeting takes phone audio; browser joins open
 * although the link is hidden; the host's meetings get passcodes
 * (meeting_password true). Its template allows breakout rooms as the host does.
 * Checked with `zoom 86000000001` and `zoom --user auditHost --templates`.
 */
export function seedAudit(emulator: ZoomEmulator): void {
  const host = emulator.addUser(makeUser(AUDIT.hostId, { groupIds: ['grpLegal'] }));
  if (!emulator.groups.has('grpLegal')) emulator.addGroup('grpLegal', makeGroup(['in_meeting.auto_saving_chat']));
  const inMeeting = host.settings.in_meeting as Json;
  Object.assign(inMeeting, { breakout_room: true, show_a_join_from_your_browser_link: false, join_from_desktop: true, join_from_mobile: true });
  Object.assign(host.meetingSecurity.meeting_security as Json, {
    meeting_password: true,
    phone_password: false,
    waiting_room: true,
    waiting_room_settings: { participants_to_place_in_waiting_room: 1, users_who_can_admit_participants_from_waiting_room: 1, whitelisted_domains_for_waiting_room: '' },
  });
  (emulator.account.lockMeetingSecurity.meeting_security as Json).waiting_room = true;
  emulator.addMeeting(
    makeMeeting(AUDIT.meetingId, AUDIT.hostId, {}, {
      waiting_room: true,
      waiting_room_options: { mode: 'custom', who_goes_to_waiting_room: 'users_not_in_account' },
      join_before_host: true,
      breakout_room: { enable: false },
      audio: 'both',
    }),
  );
  host.templates.push({
    id: AUDIT.templateId,
    name: 'Audit - caucus rooms',
    settings: {
      in_meeting: { breakout_room: true, screen_sharing: true, who_can_share_screen: 'host' },
      recording: { auto_recording: 'none' },
      schedule_meeting: { host_video: false, participant_video: false, mute_upon_entry: true },
      meeting_security: { waiting_room: true },
    },
  });
}
