// The levels above a host that Zoom exposes: the account's settings and lock
// settings (read once per run), the host's groups (GET /users/{id} → group_ids)
// and each group's lock settings (read once per group). They become two blocks of
// every API meeting and template: `account_settings` and `locks`. Nothing here
// recomputes a host's settings: GET /users/{id}/settings is already the value
// Zoom resolved for the host; the locks only say whether the host can change it.
import type { ZoomClient } from './client';
import { ZoomApiError } from './errors';
import { DEFAULT_GROUPS, hostSettingsFrom } from './map-meeting';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The settings groups a `locks` block holds: those of host_settings. */
const LOCK_GROUPS = [...DEFAULT_GROUPS, 'meeting_security'] as const;

const MAX_LOCK_DEPTH = 4;

/** More groups than this for one user is not a real account: their locks are left unknown rather than fetched. */
export const MAX_GROUPS_PER_USER = 100;

/** What a meeting or template gains from the levels above its host; a block that could not be read is absent. */
export interface AccountContext {
  account_settings?: Json;
  locks?: Json;
}

/** What may be unreadable, in the order the warning names them. */
const PARTS = [
  "the account's settings",
  "the account's lock settings",
  "the hosts' groups (GET /users/{userId})",
  "the groups' lock settings",
  "the hosts' authentication profiles (GET /users/{userId}/settings?option=meeting_authentication)",
] as const;
type Part = (typeof PARTS)[number];
/** The parts without which whether a setting is locked is not known. */
const LOCK_PARTS: readonly Part[] = [PARTS[1], PARTS[2], PARTS[3]];

/** Lock flags of one level (account or a group), per settings group; null: that answer could not be read. */
type LevelLocks = Record<(typeof LOCK_GROUPS)[number], Json | null>;

/**
 * Zoom's answers that mean "this app or account may not read that": a missing
 * scope (400, code 4711 or 4700), no permission (403), a feature of paid plans
 * only (400, code 200), a group that no longer exists (404, code 4130). The run
 * goes on without the data; anything else (5xx, network) is the target's error.
 */
export function isNotReadable(error: unknown): error is ZoomApiError {
  if (!(error instanceof ZoomApiError)) return false;
  return error.status === 403 || error.code === 4711 || error.code === 4700 || (error.status === 400 && error.code === 200) || error.code === 4130;
}

/**
 * `true` where any source locks the setting; `false` where every source was read
 * and none locks it; absent where a source that could lock it was not read. Lock
 * leaves are booleans in Zoom's documents; any other value is not taken as a lock.
 */
export function mergeLocks(sources: readonly Json[], complete: boolean, depth = 0): Json {
  const out: Json = {};
  // Zoom's lock leaves sit at most three levels below a settings group; deeper nesting is not a lock.
  if (depth > MAX_LOCK_DEPTH) return out;
  const keys = new Set<string>();
  for (const source of sources) for (const key of Object.keys(source)) keys.add(key);
  for (const key of keys) {
    const values = sources.map((s) => s[key]);
    const nested = values.filter(isObject);
    if (nested.length > 0) {
      const merged = mergeLocks(nested, complete, depth + 1);
      if (Object.keys(merged).length > 0) out[key] = merged;
      continue;
    }
    if (values.includes(true)) out[key] = true;
    else if (complete && values.includes(false)) out[key] = false;
  }
  return out;
}

/**
 * The host's `locks` block from the account's and the groups' lock flags; `groupsKnown`
 * false when the host's groups could not be read. Undefined when nothing is known.
 */
export function locksFrom(levels: readonly LevelLocks[], groupsKnown: boolean): Json | undefined {
  const out: Json = {};
  for (const group of LOCK_GROUPS) {
    const sources = levels.map((level) => level[group]);
    const known = sources.filter((s): s is Json => s !== null);
    if (known.length === 0) continue;
    const merged = mergeLocks(known, groupsKnown && known.length === sources.length);
    if (Object.keys(merged).length > 0) out[group] = merged;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function levelLocks(defaults: Json | null, security: Json | null): LevelLocks {
  const group = (answer: Json | null, name: string): Json | null => (answer === null ? null : isObject(answer[name]) ? (answer[name] as Json) : {});
  return {
    schedule_meeting: group(defaults, 'schedule_meeting'),
    in_meeting: group(defaults, 'in_meeting'),
    recording: group(defaults, 'recording'),
    meeting_security: group(security, 'meeting_security'),
  };
}

/** Reads and caches the levels above hosts for one run, and remembers what could not be read. */
export class EffectiveSettings {
  private accountSettings?: Promise<Json | undefined>;
  private accountLocks?: Promise<LevelLocks>;
  private readonly profiles = new Map<string, Promise<Json | null>>();
  private readonly groupLocks = new Map<string, Promise<LevelLocks>>();
  private readonly contexts = new Map<string, Promise<AccountContext>>();
  /** What could not be read, with the first reason: one line of the run's one warning. */
  private readonly unreadable = new Map<Part, string>();

  constructor(private readonly client: ZoomClient) {}

  /** Keeps the first reason per part: Zoom's text, one line, bounded (it came from the network). */
  private noteUnreadable(part: Part, reason: string): void {
    if (this.unreadable.has(part)) return;
    this.unreadable.set(part, reason.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').slice(0, 300));
  }

  /** A GET whose "not allowed" answer is null (and noted), whose other failures throw. */
  private async optional(part: Part, path: string, query: Record<string, string> = {}): Promise<Json | null> {
    try {
      return await this.client.get<Json>(path, query);
    } catch (error) {
      if (!isNotReadable(error)) throw error;
      this.noteUnreadable(part, `Zoom API ${error.status}${error.code !== undefined ? ` (code ${error.code})` : ''}: ${error.zoomMessage}`);
      return null;
    }
  }

  private settings(): Promise<Json | undefined> {
    this.accountSettings ??= Promise.all([
      this.optional("the account's settings", '/accounts/me/settings'),
      this.optional("the account's settings", '/accounts/me/settings', { option: 'meeting_security' }),
    ]).then(([defaults, security]) => {
      if (defaults === null && security === null) return undefined;
      return hostSettingsFrom(defaults ?? undefined, security ?? undefined);
    });
    return this.accountSettings;
  }

  private locksOfAccount(): Promise<LevelLocks> {
    this.accountLocks ??= Promise.all([
      this.optional("the account's lock settings", '/accounts/me/lock_settings'),
      this.optional("the account's lock settings", '/accounts/me/lock_settings', { option: 'meeting_security' }),
    ]).then(([defaults, security]) => levelLocks(defaults, security));
    return this.accountLocks;
  }

  private locksOfGroup(groupId: string): Promise<LevelLocks> {
    let locks = this.groupLocks.get(groupId);
    if (!locks) {
      const path = `/groups/${encodeURIComponent(groupId)}/lock_settings`;
      locks = Promise.all([
        this.optional("the groups' lock settings", path),
        this.optional("the groups' lock settings", path, { option: 'meeting_security' }),
      ]).then(([defaults, security]) => levelLocks(defaults, security));
      this.groupLocks.set(groupId, locks);
    }
    return locks;
  }

  /** GET /users/{id} (for group_ids and the user's own id), once per user; null when not readable. */
  profileOf(user: string): Promise<Json | null> {
    let profile = this.profiles.get(user);
    if (!profile) {
      profile = this.optional('the hosts\' groups (GET /users/{userId})', `/users/${encodeURIComponent(user)}`);
      this.profiles.set(user, profile);
      // "me" or an email and the user's id then share one answer.
      void profile.then(
        (p) => {
          if (typeof p?.id === 'string' && !this.profiles.has(p.id)) this.profiles.set(p.id, profile!);
        },
        () => undefined,
      );
    }
    return profile;
  }

  /** GET /users/{id}/settings?option=meeting_authentication (the host's authentication profiles); null when not readable. */
  authenticationOf(user: string): Promise<Json | null> {
    return this.optional(PARTS[4], `/users/${encodeURIComponent(user)}/settings`, { option: 'meeting_authentication' });
  }

  /** The id Zoom gives the user ("me" or an email → the id), or the name given when that cannot be read. */
  async userIdOf(user: string): Promise<string> {
    const profile = await this.profileOf(user);
    return typeof profile?.id === 'string' && profile.id !== '' ? profile.id : user;
  }

  private async locksOfHost(host: string | undefined): Promise<Json | undefined> {
    if (host === undefined) return locksFrom([await this.locksOfAccount()], false);
    // Both awaited together: a failure of either is never left unhandled while the other is pending.
    const [account, profile] = await Promise.all([this.locksOfAccount(), this.profileOf(host)]);
    const ids = Array.isArray(profile?.group_ids) ? [...new Set(profile.group_ids.filter((id): id is string => typeof id === 'string' && id !== ''))] : undefined;
    if (ids && ids.length > MAX_GROUPS_PER_USER) {
      this.noteUnreadable("the groups' lock settings", `a host is in ${ids.length} groups, more than ${MAX_GROUPS_PER_USER}`);
      return locksFrom([account], false);
    }
    // A profile without group_ids is a user in no group; an unreadable profile leaves the groups unknown.
    const groups = await Promise.all((ids ?? []).map((id) => this.locksOfGroup(id)));
    return locksFrom([account, ...groups], profile !== null);
  }

  /** The blocks for a host's meetings and templates, built once per host. */
  contextOf(host: string | undefined): Promise<AccountContext> {
    const key = host ?? '';
    let context = this.contexts.get(key);
    if (!context) {
      context = Promise.all([this.settings(), this.locksOfHost(host)]).then(([account_settings, locks]) => ({
        ...(account_settings && { account_settings }),
        ...(locks && { locks }),
      }));
      this.contexts.set(key, context);
    }
    return context;
  }

  /** The run's one warning about what could not be read, or undefined. */
  warning(): string | undefined {
    if (this.unreadable.size === 0) return undefined;
    const parts = PARTS.filter((part) => this.unreadable.has(part)).map((part) => `${part} (${this.unreadable.get(part)})`);
    const effects = [
      LOCK_PARTS.some((part) => this.unreadable.has(part)) && 'whether a setting is locked is not known where they were needed ("locked": null)',
      this.unreadable.has(PARTS[0]) && 'facts only the account holds are unknown',
      this.unreadable.has(PARTS[4]) && "which authentication profile a meeting uses is not known (authenticated-participants answers unknown)",
    ].filter(Boolean);
    return `could not read ${parts.join('; ')}. Every target is still checked without them: ${effects.join(', and ')}. README "Zoom API" lists the scopes each call needs.`;
  }
}
