import { defineRule } from '../src/engine/define-rule';
import { setFields } from '../src/engine/fix';
import { everyoneWaits } from '../src/model/derived';
import { CIS_ZOOM, NIST_NCCOE, ZOOM_API_ACCOUNT_SETTINGS, ZOOM_API_MEETING } from './sources';

const POINTER = '/settings/join_before_host';
const HOST_FIRST = setFields('Let nobody in before the host.', { [POINTER]: false });
const ADMIT_TYPE = '/account_settings/meeting_security/waiting_room_options/admit_type';
const AUTO_ADMIT = '/account_settings/meeting_security/waiting_room_options/internal_user_auto_admit';

export default defineRule({
  id: 'no-join-before-host',
  severity: 'error',
  summary: 'Nobody can enter the meeting before the mediator.',
  rationale:
    'If participants can join before the host, the parties may meet without the mediator, and nobody controls who comes in until the host arrives. ' +
    'A waiting room keeps people out only if everyone goes to it and nobody is admitted automatically.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Options → untick "Allow participants to join anytime" (join before host); a waiting room that everyone goes to, with no automatic admission, also keeps everyone out. In the file: settings.join_before_host: false.',
  sources: [CIS_ZOOM, NIST_NCCOE, ZOOM_API_MEETING, ZOOM_API_ACCOUNT_SETTINGS],
  history:
    'Part of the profile current (2026). CIS Zoom 1.1.2.4, NIST and most 2020 settings guides ask for it; Zoom disables join before host whenever a waiting room is on. ' +
    'Second release: the waiting room counts only when everyone waits in it and the account admits nobody automatically before the host.',
  messages: {
    on: 'Participants can join before the host (settings.join_before_host is true).',
    off: 'Participants cannot join before the host.',
    waiting: 'The waiting room keeps everyone out until the host admits them.',
    missing: 'Not known whether participants can join before the host: add settings.join_before_host (false).',
    teamsLobby: 'Nobody gets in before an organizer admits them: only the organizer bypasses the lobby, and only organizers and co-organizers admit.',
    teamsAnonymousStart: 'The organizer\'s meeting policy lets anonymous users start the meeting (AllowAnonymousUsersToStartMeeting is true).',
    teamsUnknown: 'Teams has no join-before-host setting; not known whether anyone gets in before an organizer: set lobbyBypassSettings.scope to organizer and allowedLobbyAdmitters to organizerAndCoOrganizers.',
    webexOn: 'Participants can join before the host (enabledJoinBeforeHost is true).',
    webexOff: 'Participants cannot join before the host (enabledJoinBeforeHost is false).',
    webexMissing: 'Not known whether participants can join before the host: add enabledJoinBeforeHost (false).',
  },
  check(meeting, { pass, fail, unknown }) {
    const settings = meeting.settings;
    if (settings?.waiting_room === true) {
      const everyone = everyoneWaits(meeting);
      // The account may admit its own users automatically (admit_type 1, 3, 4) or before the start (internal_user_auto_admit 2-5).
      const admission = meeting.account_settings?.meeting_security?.waiting_room_options;
      const autoAdmits = [1, 3, 4].includes(admission?.admit_type ?? 2) || (admission?.internal_user_auto_admit ?? 1) > 1;
      if (everyone.value === true && !autoAdmits) {
        const facts = ['/settings/waiting_room', ...everyone.facts, ADMIT_TYPE, AUTO_ADMIT];
        return pass('waiting', '/settings/waiting_room', {}, facts);
      }
    }
    if (settings?.join_before_host === true) return fail('on', POINTER, {}, undefined, HOST_FIRST);
    if (settings?.join_before_host === false) return pass('off', POINTER);
    return unknown('missing', POINTER);
  },
  teams(meeting, { pass, fail, unknown }) {
    if (meeting.meeting_policy?.AllowAnonymousUsersToStartMeeting === true) return fail('teamsAnonymousStart', '/meeting_policy/AllowAnonymousUsersToStartMeeting');
    const facts = ['/lobbyBypassSettings/scope', '/allowedLobbyAdmitters'];
    if (meeting.lobbyBypassSettings?.scope === 'organizer' && meeting.allowedLobbyAdmitters === 'organizerAndCoOrganizers') {
      return pass('teamsLobby', '/lobbyBypassSettings/scope', {}, facts);
    }
    return unknown('teamsUnknown', '/lobbyBypassSettings/scope', {}, facts);
  },
  webex(meeting, { pass, fail, unknown }) {
    const value = meeting.enabledJoinBeforeHost;
    if (value === true) return fail('webexOn', '/enabledJoinBeforeHost');
    if (value === false) return pass('webexOff', '/enabledJoinBeforeHost');
    return unknown('webexMissing', '/enabledJoinBeforeHost');
  },
});
