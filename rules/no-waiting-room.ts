import { defineRule } from '../src/engine/define-rule';
import { setFields } from '../src/engine/fix';
import { isGiven } from '../src/model/is-given';
import { CITIZEN_LAB_2020, PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const SCOPE = '/lobbyBypassSettings/scope';
const JOIN_SECURITY = '/unlockedMeetingJoinSecurity';

const POINTER = '/settings/waiting_room';
const TURN_OFF = setFields('Turn the waiting room off.', { [POINTER]: false });

export default defineRule({
  id: 'no-waiting-room',
  severity: 'error',
  summary: 'The waiting room is off (the April 2020 advice; the profile current asks for one instead).',
  rationale:
    'In April 2020 Citizen Lab reported that Zoom sent the live video stream and its key to people still waiting to be admitted, ' +
    'and advised confidential users to rely on a passcode instead of a waiting room. The proper-use list followed that advice. ' +
    'Zoom fixed the flaw on its servers on 7 April 2020; this rule keeps the original list intact for firms that still follow it. ' +
    'Today\'s advice is the opposite: the profile current (--profile current) asks for a waiting room that everyone goes to (rule waiting-room).',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → untick Waiting Room (for every meeting: Settings → Meeting → Security → Waiting Room); keep the passcode, and lock the meeting once everyone is in. In the file: settings.waiting_room: false. This is the April 2020 advice: Zoom fixed the flaw on 7 April 2020, and --profile current asks for a waiting room instead.',
  sources: [PROPER_USE_POST, CITIZEN_LAB_2020, ZOOM_API_MEETING],
  history:
    'In the April 2020 proper-use list, after Citizen Lab (3 and 8 April 2020) advised confidential users to avoid waiting rooms. Zoom fixed the flaw on its servers on 7 April 2020 and soon turned waiting rooms on by default; the profile current replaces this rule by waiting-room. Kept in proper-use as originally published.',
  messages: {
    on: 'The waiting room is on (settings.waiting_room is true), against the April 2020 advice. The flaw behind that advice was fixed on 7 April 2020; --profile current asks for a waiting room instead.',
    off: 'The waiting room is off.',
    missing: 'Not known whether the waiting room is on: add settings.waiting_room (false).',
    lobbyOn: 'People wait in the lobby (lobbyBypassSettings.scope is {scope}), against the April 2020 advice; --profile current asks for a lobby instead.',
    lobbyOff: 'Nobody waits in the lobby (lobbyBypassSettings.scope is everyone).',
    lobbyMissing: 'Not known who waits in the lobby: add lobbyBypassSettings.scope.',
    webexLobbyOn: 'People not on the invitation wait in the lobby or are kept out (unlockedMeetingJoinSecurity is {value}), against the April 2020 advice; --profile current asks for a lobby instead.',
    webexLobbyOff: 'Nobody waits in the lobby (unlockedMeetingJoinSecurity is allowJoin).',
    webexLobbyMissing: 'Not known who waits in the lobby: add unlockedMeetingJoinSecurity.',
  },
  check(meeting, { pass, fail, unknown }) {
    const value = meeting.settings?.waiting_room;
    if (value === true) return fail('on', POINTER, {}, undefined, TURN_OFF);
    if (value === false) return pass('off', POINTER);
    return unknown('missing', POINTER);
  },
  teams(meeting, { pass, fail, unknown }) {
    const scope = meeting.lobbyBypassSettings?.scope;
    if (scope === 'everyone') return pass('lobbyOff', SCOPE);
    if (!isGiven(scope)) return unknown('lobbyMissing', SCOPE);
    return fail('lobbyOn', SCOPE, { scope });
  },
  webex(meeting, { pass, fail, unknown }) {
    const value = meeting.unlockedMeetingJoinSecurity;
    if (value === 'allowJoin') return pass('webexLobbyOff', JOIN_SECURITY);
    if (value === undefined) return unknown('webexLobbyMissing', JOIN_SECURITY);
    return fail('webexLobbyOn', JOIN_SECURITY, { value });
  },
});
