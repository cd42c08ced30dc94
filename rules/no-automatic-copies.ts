import { defineRule, type Fix } from '../src/engine/define-rule';
import { isWritable, setFields, withSteps } from '../src/engine/fix';
import type { Meeting } from '../src/model/meeting-schema';
import { PROPER_USE_POST, ZOOM_API_ACCOUNT_SETTINGS, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

/** Each way Zoom keeps a copy of the session by itself, where the model holds it. */
const COPIES: readonly { pointer: string; what: string; read: (m: Meeting) => boolean | undefined; portal?: string }[] = [
  { pointer: '/settings/auto_start_meeting_summary', what: 'an AI Companion summary starts by itself', read: (m) => m.settings?.auto_start_meeting_summary },
  { pointer: '/settings/continuous_meeting_chat/enable', what: 'the meeting chat continues as a Team Chat channel', read: (m) => m.settings?.continuous_meeting_chat?.enable },
  { pointer: '/host_settings/in_meeting/auto_saving_chat', what: 'the host\'s meeting chats are saved automatically', read: (m) => m.host_settings?.in_meeting?.auto_saving_chat, portal: 'Zoom web portal: Settings → Meeting → In Meeting (Basic) → "Auto saving chats": off' },
  { pointer: '/account_settings/recording/archive/enable', what: 'the account archives meetings to a third-party service', read: (m) => m.account_settings?.recording?.archive?.enable, portal: 'Zoom web portal, as an account admin: Account Settings → Recording → archiving to a third-party service: off' },
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
    'chats saved to the host\'s computer, and account-wide archiving to a third-party service that runs whatever the meeting says.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → untick "Automatically start meeting summary" and "Enable Continuous Meeting Chat"; Settings → Meeting → In Meeting (Basic) → "Auto saving chats" off; and ask the account administrator to keep mediations out of the account\'s archiving. In the file: settings.auto_start_meeting_summary, settings.continuous_meeting_chat.enable, host_settings.in_meeting.auto_saving_chat and account_settings.recording.archive.enable all false.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS, ZOOM_API_ACCOUNT_SETTINGS],
  history:
    'Added to the profile current in the second release: a review found no-auto-recording passed meetings that Zoom would still summarise, archive or keep the chat of. Follows the proper-use clause that nobody records without everyone\'s consent (April 2020).',
  messages: {
    copied: 'A copy of the session is kept automatically: {what}.',
    none: 'Nothing keeps a copy of the session automatically (summary, continuous chat, auto-saved chat, archiving all off).',
    partial: 'None of the automatic copies is known to be on, but {count} of the four are not given: add {missing}.',
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
});
