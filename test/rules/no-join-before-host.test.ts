import rule from '../../rules/no-join-before-host';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/join_before_host';
const everyone = '  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: everyone\n';

testRule(rule, [
  { name: 'join before host off', yaml: 'settings:\n  join_before_host: false\n', status: 'pass', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'a waiting room everyone goes to disables it', yaml: 'settings:\n  join_before_host: true\n  waiting_room: true\n' + everyone, status: 'pass', messageId: 'waiting', pointer: '/settings/waiting_room', line: 3, column: 3 },
  {
    name: 'A2: a waiting room for outsiders only does not keep the account out',
    yaml: 'settings:\n  waiting_room: true\n  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: users_not_in_account\n  join_before_host: true\n',
    status: 'fail',
    messageId: 'on',
    pointer: P,
    line: 6,
    column: 3,
  },
  { name: 'A2: a waiting room of unknown scope falls through', yaml: 'settings:\n  waiting_room: true\n  join_before_host: false\n', status: 'pass', messageId: 'off', pointer: P, line: 3, column: 3 },
  {
    name: 'B1: the account admits its users automatically',
    yaml: 'settings:\n  waiting_room: true\n' + everyone + '  join_before_host: true\naccount_settings:\n  meeting_security:\n    waiting_room_options:\n      admit_type: 3\n',
    status: 'fail',
    messageId: 'on',
    pointer: P,
    line: 6,
    column: 3,
  },
  { name: 'join before host on', yaml: 'settings:\n  waiting_room: false\n  join_before_host: true\n', status: 'fail', messageId: 'on', pointer: P, line: 3, column: 3 },
  { name: 'not given', yaml: 'settings:\n  waiting_room: false\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: 'waiting room for outsiders, join before host not given', yaml: 'settings:\n  waiting_room: true\n  waiting_room_options:\n    mode: custom\n    who_goes_to_waiting_room: users_not_on_invite\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: "teams: organizer admits everyone", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\nallowedLobbyAdmitters: organizerAndCoOrganizers\n", status: 'pass', messageId: 'teamsLobby', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "teams: anonymous users may start", yaml: "platform: teams\nmeeting_policy:\n  AllowAnonymousUsersToStartMeeting: true\n", status: 'fail', messageId: 'teamsAnonymousStart', pointer: '/meeting_policy/AllowAnonymousUsersToStartMeeting', line: 3, column: 3 },
  { name: "teams: presenters admit too", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\nallowedLobbyAdmitters: organizerAndCoOrganizersAndPresenters\n", status: 'unknown', messageId: 'teamsUnknown', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "webex: join before host", yaml: "platform: webex\nenabledJoinBeforeHost: true\n", status: 'fail', messageId: 'webexOn', pointer: '/enabledJoinBeforeHost', line: 2, column: 1 },
  { name: "webex: host first", yaml: "platform: webex\nenabledJoinBeforeHost: false\n", status: 'pass', messageId: 'webexOff', pointer: '/enabledJoinBeforeHost', line: 2, column: 1 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/enabledJoinBeforeHost', line: 1, column: 1 },
]);
