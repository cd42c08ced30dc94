// Which Zoom objects a run checks, fetched concurrently (the client keeps the
// pace) and returned in a stable order: meetings named on the command line, then
// per user their scheduled meetings and, when asked, their meeting templates.
// An object named twice (on the command line and in a user's list, or twice in a
// list) is fetched and checked once, at its first place.
import type { LoadedTarget } from '../engine/run-checks';
import type { Meeting } from '../model/meeting-schema';
import { redact } from '../util/secrets';
import type { ZoomClient } from './client';
import { EffectiveSettings } from './effective-settings';
import { hostSettingsFrom, meetingFromTemplate, withStandingPasscodes, zoomTarget } from './map-meeting';

type Json = Record<string, unknown>;

export interface ZoomSelection {
  meetingIds: readonly string[];
  /** A user id or email, or "me": that user's scheduled meetings. */
  user?: string;
  /** Also (or, with no user, for "me") the users' meeting templates. */
  templates: boolean;
  /** Every active user of the account. */
  allUsers: boolean;
}

export const meetingTargetName = (id: string | number) => `zoom:meeting/${id}`;
export const templateTargetName = (id: string) => `zoom:template/${id}`;
const userTargetName = (id: string) => `zoom:user/${id}`;


/** Each target once, in the order first given: the same meeting, template or user error named twice is one target. */
function firstOfEach(targets: readonly LoadedTarget[]): LoadedTarget[] {
  const seen = new Set<string>();
  const out: LoadedTarget[] = [];
  for (const target of targets) {
    if (seen.has(target.name)) continue;
    seen.add(target.name);
    out.push(target);
  }
  return out;
}

export class ZoomTargetSource {
  private readonly hostSettings = new Map<string, Promise<Json>>();
  /** Each meeting and template is fetched once, however often the selection names it (security review L7). */
  private readonly meetingTargets = new Map<string, Promise<LoadedTarget>>();
  private readonly templateTargets = new Map<string, Promise<LoadedTarget>>();
  /** The account, its locks and the hosts' groups, read once per run. */
  readonly levels: EffectiveSettings;

  private failed(name: string, error: unknown): LoadedTarget {
    const message = error instanceof Error ? error.message : String(error);
    return { name, source: 'zoom', error: { message: redact(message, this.client.secrets()) } };
  }

  constructor(
    private readonly client: ZoomClient,
    private readonly mediation?: Meeting['mediation'],
  ) {
    this.levels = new EffectiveSettings(client);
  }

  /** The run's one warning about settings that could not be read (missing scopes), without secrets; or undefined. */
  warning(): string | undefined {
    const text = this.levels.warning();
    return text === undefined ? undefined : redact(text, this.client.secrets());
  }

  /**
   * A host's settings, fetched once per host however many of its meetings are
   * checked: the default answer, `option=meeting_security` and
   * `option=meeting_authentication` (the host's authentication profiles).
   */
  settingsOf(userId: string): Promise<Json> {
    let settings = this.hostSettings.get(userId);
    if (!settings) {
      const path = `/users/${encodeURIComponent(userId)}/settings`;
      settings = Promise.all([
        this.client.get<Json>(path),
        this.client.get<Json>(path, { option: 'meeting_security' }),
        // Optional: without it authenticated-participants cannot tell the profile (one warning for the run).
        this.levels.authenticationOf(userId),
      ]).then(([defaults, security, authentication]) => withStandingPasscodes(hostSettingsFrom(defaults, security, authentication ?? undefined), defaults));
      this.hostSettings.set(userId, settings);
    }
    return settings;
  }

  private withMediation(object: Json): Json {
    return this.mediation ? { ...object, mediation: this.mediation } : object;
  }

  /**
   * The raw meeting with its host's settings, the account's settings and the
   * locks that apply to its host attached (what export writes and checks read).
   */
  async meetingObject(id: string): Promise<Json> {
    const meeting = await this.client.get<Json>(`/meetings/${encodeURIComponent(id)}`);
    const host = typeof meeting.host_id === 'string' && meeting.host_id !== '' ? meeting.host_id : undefined;
    const [settings, context] = await Promise.all([host ? this.settingsOf(host) : undefined, this.levels.contextOf(host)]);
    return { ...meeting, ...(settings && { host_settings: settings }), ...context };
  }

  /** The meeting fetched afresh (after a change was sent), as a target; not cached. */
  reload(id: string): Promise<LoadedTarget> {
    const name = meetingTargetName(id);
    return this.meetingObject(id).then(
      (object) => zoomTarget(name, this.withMediation(object)),
      (error) => this.failed(name, error),
    );
  }

  meeting(id: string): Promise<LoadedTarget> {
    let target = this.meetingTargets.get(id);
    if (!target) {
      const name = meetingTargetName(id);
      target = this.meetingObject(id).then(
        (object) => zoomTarget(name, this.withMediation(object)),
        (error) => this.failed(name, error),
      );
      this.meetingTargets.set(id, target);
    }
    return target;
  }

  async templateObject(userId: string, templateId: string): Promise<Json> {
    const [template, host] = await Promise.all([
      this.client.get<Json>(`/users/${encodeURIComponent(userId)}/meeting_templates/${encodeURIComponent(templateId)}`),
      // "me" or an email → the host's id, so its settings and locks are read once with its meetings'.
      this.levels.userIdOf(userId),
    ]);
    const [settings, context] = await Promise.all([this.settingsOf(host), this.levels.contextOf(host)]);
    return { ...meetingFromTemplate(template, settings), ...context };
  }

  template(userId: string, templateId: string): Promise<LoadedTarget> {
    let target = this.templateTargets.get(templateId);
    if (!target) {
      const name = templateTargetName(templateId);
      target = this.templateObject(userId, templateId).then(
        (object) => zoomTarget(name, this.withMediation(object)),
        (error) => this.failed(name, error),
      );
      this.templateTargets.set(templateId, target);
    }
    return target;
  }

  /** A user's scheduled meetings (ids only in the list; each is then fetched in full). Each id once: the client's listAll drops repeats. */
  async userMeetingIds(userId: string): Promise<string[]> {
    const list = await this.client.listAll(`/users/${encodeURIComponent(userId)}/meetings`, 'meetings', { type: 'scheduled', page_size: 300 });
    return list.map((m) => String(m.id));
  }

  /** A user's template ids, each once. */
  async userTemplateIds(userId: string): Promise<string[]> {
    const page = await this.client.get<Json>(`/users/${encodeURIComponent(userId)}/meeting_templates`);
    return Array.isArray(page.templates) ? [...new Set((page.templates as Json[]).map((t) => String(t.id)))] : [];
  }

  /** Everything one user holds that the selection asks for; a listing failure is that user's error target. */
  async userTargets(userId: string, meetings: boolean, templates: boolean): Promise<LoadedTarget[]> {
    const out: Promise<LoadedTarget[]>[] = [];
    if (meetings) {
      out.push(
        this.userMeetingIds(userId).then(
          (ids) => Promise.all(ids.map((id) => this.meeting(id))),
          (error) => [this.failed(userTargetName(userId), error)],
        ),
      );
    }
    if (templates) {
      out.push(
        this.userTemplateIds(userId).then(
          (ids) => Promise.all(ids.map((id) => this.template(userId, id))),
          (error) => [this.failed(`${userTargetName(userId)}/templates`, error)],
        ),
      );
    }
    return (await Promise.all(out)).flat();
  }

  async fetch(selection: ZoomSelection): Promise<LoadedTarget[]> {
    const parts: Promise<LoadedTarget[]>[] = [Promise.all(selection.meetingIds.map((id) => this.meeting(id)))];
    const listMeetings = selection.user !== undefined || selection.allUsers;
    if (selection.allUsers) {
      parts.push(
        this.client.listAll('/users', 'users', { status: 'active', page_size: 300 }).then(
          async (users) => {
            // A user listed twice (pages shifting while the list changes) comes once: the client's listAll drops repeats.
            const ids = users.map((u) => u.id).filter((id): id is string => typeof id === 'string');
            return (await Promise.all(ids.map((id) => this.userTargets(id, true, selection.templates)))).flat();
          },
          (error) => [this.failed('zoom:users', error)],
        ),
      );
    } else if (selection.user !== undefined || selection.templates) {
      parts.push(this.userTargets(selection.user ?? 'me', listMeetings, selection.templates));
    }
    return firstOfEach((await Promise.all(parts)).flat());
  }
}
