import { defineRule, type Fix } from '../src/engine/define-rule';
import { isWritable, setFields, withSteps } from '../src/engine/fix';
import type { Meeting } from '../src/model/meeting-schema';
import type { TeamsMeeting } from '../src/model/teams-schema';
import { PROPER_USE_POST, ZOOM_API_ACCOUNT_SETTINGS, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

/** Each way Zoom keeps a copy of the session by itself, where the model holds it. */
const COPIES: readonly { pointer: string; what: string; read: (m: Meeting) => boolean | undefined; portal?: string }[] = [
  { pointer: '/settings/auto_start_meeting_summary', what: 'an AI Companion summary starts by itself', read: (m) => m.settings?.auto_start_meeting_summary },
  { pointer: '/settings/continuous_meeting_chat/enable', what: 'the meeting chat continues as a Team Chat channel', read: (m) => m.settings?.continuous_meeting_chat?.enable },
  { pointer: '/host_settings/in_meeting/auto_saving_chat', what: 'the host\'s meeting chats are saved automatically', read: (m) => m.host_settings?.in_meeting?.auto_saving_chat, portal: 'Zoom web portal: Settings → Meeting → In Meeting (Basic) → "Auto saving chats": off' },
  { pointer: '/account_settings/recording/archive/enable', what: 'the account archives meetings to a third-party service', read: (m) => m.account_settings?.recording?.archive?.enable, portal: 'Zoom web portal, as an account admin: Account Settings → Recording → archiving to a third-party service: off' },
];

/**
 * Teams' automatic copies in Graph v1.0: "Record and transcribe automatically" leaves a transcript
 * (Copilot after the meeting and the recap work from it; Graph has no field of their own), and a chat
 * that is not `limited` stays in Teams after the meeting unless the admin policy turns chat off.
 */
const TEAMS_COPIES: readonly { pointer: string; facts: readonly string[]; what: string; read: (m: TeamsMeeting) => boolean | undefined }[] = [
  { pointer: '/recordAutomatically', facts: ['/recordAutomatically'], what: 'the meeting is recorded and transcribed by itself (recordAutomatically)', read: (m) => m.recordAutomatically ?? undefined },
  {
    pointer: '/allowMeetingChat',
    facts: ['/allowMeetingChat', '/meeting_policy/MeetingChatEnabledType'],
    what: 'the meeting chat stays in Teams after the meeting (allowMeetingChat is enabled, not limited)',
    // The admin policy decides whether chat exists at all (it takes precedence over the meeting's options).
    read: (m) => (m.meeting_policy?.MeetingChatEnabledType === 'Disabled' ? false : m.allowMeetingChat === 'enabled' ? true : m.allowMeetingChat === 'limited' || m.allowMeetingChat === 'disabled' ? false : undefined),
  },
];

/** The meeting's own copies are switched off; the host's and the account's are left to a person. */
function stopCopies(on: readonly (typeof COPIES)[number][]): Fix {
  const fields = Object.fromEntries(on.filter((copy) => isWritable(copy.pointer)).map((copy) => [copy.pointer, false]));
  return withSteps(setFields('Stop the meeting\'s automatic copies.', fields), on.flatMap((copy) => (copy.portal ? [copy.portal] : [])));
}

export default defineRule({
  id: 'no-automatic-copies',
  severity: 'error',
  summary: 'Nothing keeps a copy of the session by itself: no AI summary, continuous chat, auto-saved chat or account archiving.',
  rationale:
    'The agreement forbids recording without everyone\'s consent, and a mediation\'s confidentiality covers what is said and written in it. ' +
    'Besides recording, Zoom can copy a session by itself: an AI Companion summary sent after the meeting, a meeting chat that lives on as a Team Chat channel, ' +
    'chats saved to the host\'s computer, and account-wide archiving to a third-party service that runs whatever the meeting says. ' +
    'On Teams, "Record and transcribe automatically" leaves a transcript that Copilot and the recap work from after the meeting, and a meeting chat that is not limited to the meeting stays in Teams afterwards. ' +
    'On Webex, the meeting object shows neither Webex AI Assistant nor automatic sharing of recordings (they are the host\'s scheduling options), so the check stays unknown there.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → untick "Automatically start meeting summary" and "Enable Continuous Meeting Chat"; Settings → Meeting → In Meeting (Basic) → "Auto saving chats" off; and ask the account administrator to keep mediations out of the account\'s archiving. In the file: settings.auto_start_meeting_summary, settings.continuous_meeting_chat.enable, host_settings.in_meeting.auto_saving_chat and account_settings.recording.archive.enable all false. ' +
    'Teams: Meeting options → "Record and transcribe automatically" off and meeting chat "In-meeting only" (recordAutomatically: false, allowMeetingChat: limited), or chat off in the admin policy (meeting_policy MeetingChatEnabledType: Disabled). ' +
    'Webex: check that Webex AI Assistant does not start by itself and recordings are not shared automatically (the host\'s scheduling options).',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS, ZOOM_API_ACCOUNT_SETTINGS],
  history:
    'Added to the profile current in the second release: a review found no-auto-recording passed meetings that Zoom would still summarise, archive or keep the chat of. Follows the proper-use clause that nobody records without everyone\'s consent (April 2020).',
  messages: {
    copied: 'A copy of the session is kept automatically: {what}.',
    none: 'Nothing keeps a copy of the session automatically (summary, continuous chat, auto-saved chat, archiving all off).',
    partial: 'None of the automatic copies is known to be on, but {count} of the four are not given: add {missing}.',
    teamsNone: 'Nothing keeps a copy of the session automatically: no automatic recording or transcript, and the meeting chat ends with the meeting.',
    teamsPartial: 'None of the automatic copies is known to be on, but not given: add {missing}.',
    webexHidden: 'Not known whether Webex keeps a copy by itself: the meeting object does not show whether Webex AI Assistant starts automatically or recordings are shared automatically (the host\'s scheduling options enabledWebexAssistantByDefault and enabledAutoShareRecording).',
  },
  check(meeting, { pass, fail, unknown }) {
    const values = COPIES.map((copy) => copy.read(meeting));
    const on = COPIES.filter((_, i) => values[i] === true);
    const facts = COPIES.map((copy) => copy.pointer);
    if (on.length > 0) return fail('copied', on[0]!.pointer, { what: on.map((c) => c.what).join('; ') }, facts, stopCopies(on));
    const missing = COPIES.filter((_, i) => values[i] === undefined);
    if (missing.length === 0) return pass('none', COPIES[0]!.pointer, {}, facts);
    return unknown('partial', missing[0]!.pointer, { count: missing.length, missing: missing.map((c) => c.pointer.slice(1).replaceAll('/', '.')).join(', ') }, facts);
  },
  teams(meeting, { pass, fail, unknown }) {
    const values = TEAMS_COPIES.map((copy) => copy.read(meeting));
    const facts = TEAMS_COPIES.flatMap((copy) => copy.facts);
    const on = TEAMS_COPIES.filter((_, i) => values[i] === true);
    if (on.length > 0) return fail('copied', on[0]!.pointer, { what: on.map((c) => c.what).join('; ') }, facts);
    const missing = TEAMS_COPIES.filter((_, i) => values[i] === undefined);
    if (missing.length === 0) return pass('teamsNone', TEAMS_COPIES[0]!.pointer, {}, facts);
    return unknown('teamsPartial', missing[0]!.pointer, { missing: missing.map((c) => c.pointer.slice(1)).join(', ') }, facts);
  },
  // Webex's AI Assistant and automatic sharing of recordings are the host's scheduling options, not in the meeting object.
  webex(_meeting, { unknown }) {
    return unknown('webexHidden', '');
  },
});
