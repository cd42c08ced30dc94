// Zoom API objects → the meeting model the rules read (the same shape as a
// meeting file). Fields the API does not return stay absent, so rules answer unknown.
import type { LoadedTarget } from '../engine/run-checks';
import { describeIssues } from '../load/describe-issue';
import { MEETING_MODELS } from '../model/meeting-models';
import type { Meeting } from '../model/meeting-schema';
import { validate } from '../model/validate';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose text value is a credential: never kept, never shown (host_key: also the meeting's dynamic_host_key). */
const SECRET_KEY = /pass(word|code)|^start_url$|token$|^zak$|host_key$/i;

/**
 * A deep copy without secret values (passcodes, start URLs, tokens): text, and
 * numbers too (a numeric passcode is still one); flags of the same name stay.
 */
export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item)) as T;
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEY.test(key) && (typeof item === 'string' || typeof item === 'number' || typeof item === 'bigint')) continue;
    out[key] = withoutSecrets(item);
  }
  return out as T;
}

/** The groups of a settings answer without an option that the rules read; `?option=meeting_security` adds meeting_security. */
export const DEFAULT_GROUPS = ['schedule_meeting', 'in_meeting', 'recording'] as const;

/**
 * Settings as the rules read them (a user's, or the account's): the default
 * answer's groups plus the meeting_security group of the `option=meeting_security`
 * answer and, for a user, the meeting authentication profiles of the
 * `option=meeting_authentication` answer, without secrets. Any answer may be
 * missing (not readable).
 */
export function hostSettingsFrom(defaults: Json | undefined, security: Json | undefined, authentication?: Json): Json {
  const picked: Json = {};
  for (const group of DEFAULT_GROUPS) {
    const value = defaults?.[group];
    if (isObject(value)) picked[group] = value;
  }
  const meetingSecurity = security?.meeting_security;
  if (isObject(meetingSecurity)) picked.meeting_security = meetingSecurity;
  // Only the meeting profiles: the answer also holds the recording ones, which no rule reads.
  const profiles = isObject(authentication?.authentication_options) ? authentication.authentication_options.meeting_authentication : undefined;
  if (isObject(profiles)) picked.authentication_options = { meeting_authentication: profiles };
  return withoutSecrets(picked);
}

/** The host's standing passcodes, shared by every meeting given them (schedule_meeting). */
export const STANDING_PASSCODES = ['default_password_for_scheduled_meetings', 'pmi_password'] as const;

/**
 * Host settings for checking: `hostSettingsFrom` plus the host's standing passcodes
 * from the default answer, which passcode-not-shared compares (in memory) with the
 * meeting's. The checked model is never printed, and `export` runs `withoutSecrets`
 * over the whole object, so they reach no output.
 */
export function withStandingPasscodes(settings: Json, defaults: Json | undefined): Json {
  const schedule = defaults?.schedule_meeting;
  if (!isObject(schedule) || !isObject(settings.schedule_meeting)) return settings;
  const kept: Json = { ...settings.schedule_meeting };
  for (const key of STANDING_PASSCODES) if (typeof schedule[key] === 'string') kept[key] = schedule[key];
  return { ...settings, schedule_meeting: kept };
}

/**
 * A meeting template (GET /users/{userId}/meeting_templates/{id}) with its host's
 * settings, as a meeting: its settings moved to where meetings hold them. A
 * meeting made from the template takes the template's in-meeting settings (who may
 * share the screen, breakout rooms, …) over the host's, so they are merged the same
 * way. The template's `in_meeting.breakout_room` says whether breakout rooms are
 * allowed at all, as the host's `in_meeting.breakout_room` does; it is not the
 * meeting's `settings.breakout_room.enable` (pre-assigned rooms). A template holds
 * no passcode: the host's `meeting_security.meeting_password` stays in host_settings.
 */
export function meetingFromTemplate(template: Json, hostSettings: Json): Json {
  const settings = isObject(template.settings) ? template.settings : {};
  const group = (name: string): Json => (isObject(settings[name]) ? (settings[name] as Json) : {});
  const meetingSettings: Json = {};
  if (group('meeting_security').waiting_room !== undefined) meetingSettings.waiting_room = group('meeting_security').waiting_room;
  if (group('recording').auto_recording !== undefined) meetingSettings.auto_recording = group('recording').auto_recording;
  const host = isObject(hostSettings.in_meeting) ? hostSettings.in_meeting : {};
  const inMeeting = withoutSecrets({ ...host, ...group('in_meeting') });
  return {
    template_id: template.id,
    topic: template.name,
    settings: meetingSettings,
    host_settings: { ...hostSettings, in_meeting: inMeeting },
    template_settings: settings,
  };
}

/**
 * Validates an assembled API object against the meeting schema, as a target. The
 * schema keeps only the fields rules read (and the passcodes no output may repeat,
 * such as h323_password), so start_url and the like never reach the model.
 */
export function zoomTarget(name: string, object: Json): LoadedTarget {
  const result = validate(MEETING_MODELS.zoom, object);
  if (result.success) return { name, source: 'zoom', meeting: result.data as Meeting };
  const problems = describeIssues(result.issues, object, result.schema);
  return {
    name,
    source: 'zoom',
    error: {
      message: `Zoom returned a value this tool cannot read: ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      pointer: problems[0]!.pointer,
    },
  };
}
