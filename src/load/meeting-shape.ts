// Whether a file found by a folder search is a meeting file at all: the tool's
// own reports never are, and a document with none of the meeting keys of Zoom,
// Teams or Webex and no `mediation` block (package.json, tsconfig.json, a data
// file) is passed over with a notice rather than failed as a meeting. Decided
// from the top-level keys the parser has already read: no second read, no
// validation. A file named on the command line is always checked.
import type { TopLevel } from './parse-yaml';
import { boundedDistance } from './zoom-typos';

/** Keys of Zoom's meeting and template objects (GET /meetings/{id}, the templates list) and of the tool's own blocks. */
const ZOOM_KEYS = [
  'id', 'uuid', 'type', 'topic', 'settings', 'password', 'join_url', 'host_settings', 'template_id',
  'host_id', 'host_email', 'start_time', 'duration', 'timezone', 'agenda', 'start_url', 'encrypted_password',
  'h323_password', 'pstn_password', 'pmi', 'recurrence', 'occurrences', 'tracking_fields', 'pre_schedule',
  'dynamic_host_key', 'registration_url', 'chat_join_url', 'account_settings', 'locks',
];
/** Keys of a Microsoft Graph onlineMeeting. */
const TEAMS_KEYS = ['joinWebUrl', 'lobbyBypassSettings', 'allowedPresenters', 'joinMeetingIdSettings', 'isEntryExitAnnounced', 'allowMeetingChat', 'recordAutomatically', 'onlineMeetingProvider'];
/** Keys of a Webex meeting (GET /v1/meetings/{meetingId}). */
const WEBEX_KEYS = ['meetingNumber', 'webLink', 'sipAddress', 'siteUrl', 'enabledJoinBeforeHost', 'enabledAutoRecordMeeting', 'unlockedMeetingJoinSecurity', 'meetingType'];

/**
 * Keys that other files use too, with another meaning: `type: module` in
 * package.json, `id: "com.example"` elsewhere. They count only with a meeting's
 * value (a number, or digits in quotes: a quoted number is still worth a
 * validation error), or none.
 */
const NUMBER_KEYS_LIST = ['id', 'type'];
const NUMBER_KEYS = new Set(NUMBER_KEYS_LIST);

const MEETING_KEYS = new Set([...ZOOM_KEYS, ...TEAMS_KEYS, ...WEBEX_KEYS, 'mediation']);
const FOLDED = [...MEETING_KEYS].filter((key) => !NUMBER_KEYS_LIST.includes(key)).map((key) => folded(key));

function folded(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * A near miss of a meeting key (`pasword`, `Waiting-Room` style slips) still
 * says "meeting": the file is checked, and its typo reported. Near means what
 * the typo check means: case and separators aside, one edit for a key of 3–4
 * characters, two for a longer one; keys of one or two characters never.
 */
function nearMeetingKey(key: string): boolean {
  const name = folded(key);
  const limit = name.length <= 2 ? 0 : name.length <= 4 ? 1 : 2;
  return limit > 0 && FOLDED.some((known) => boundedDistance(name, known, limit) <= limit);
}
const PLATFORMS = new Set(['zoom', 'teams', 'webex']);


export const REPORT_NOTICE = 'passed over: a mediate-check report, never checked as a meeting';
export const NOT_A_MEETING =
  'passed over: does not look like a meeting file: none of the Zoom meeting keys (id, uuid, type, topic, settings, password, join_url, host_settings, template_id, …), ' +
  'none of the Teams keys (joinWebUrl, lobbyBypassSettings, platform: teams, …), none of the Webex keys (meetingNumber, webLink, platform: webex, …) ' +
  'and no mediation block (name the file on the command line to check it anyway)';

const isTool = (value: unknown) => value === 'mediate-check';

/** The tool's JSON report (schemaVersion and tool.name) or its SARIF log (runs[0].tool.driver.name). */
function isOwnReport(top: TopLevel): boolean {
  if (top.shape !== 'mapping') return false;
  if (top.keys.includes('schemaVersion') && isTool(top.get(['tool', 'name']))) return true;
  return top.keys.includes('runs') && isTool(top.get(['runs', 0, 'tool', 'driver', 'name']));
}

function looksLikeMeeting(top: TopLevel): boolean {
  // A list or a single value is a broken meeting file more likely than anything else: its error says so.
  if (top.shape !== 'mapping') return true;
  for (const key of top.keys) {
    if (!MEETING_KEYS.has(key)) {
      if (key === 'platform' && PLATFORMS.has(String(top.get(['platform'])).toLowerCase())) return true;
      if (nearMeetingKey(key)) return true;
      continue;
    }
    if (!NUMBER_KEYS.has(key)) return true;
    const value = top.get([key]);
    // No value at all (`id:`, a file cut short) is a broken meeting, worth its error.
    if (value === null || typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) return true;
  }
  return false;
}

/** Why a searched file is passed over, or undefined when it is to be checked as a meeting. */
export function passOverNonMeeting(top: TopLevel): string | undefined {
  if (isOwnReport(top)) return REPORT_NOTICE;
  return looksLikeMeeting(top) ? undefined : NOT_A_MEETING;
}
