import rule from '../../rules/no-waiting-room';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'waiting room off', yaml: 'settings:\n  waiting_room: false\n', status: 'pass', messageId: 'off', pointer: '/settings/waiting_room', line: 2, column: 3 },
  { name: 'waiting room on', yaml: 'topic: x\nsettings:\n  use_pmi: false\n  waiting_room: true\n', status: 'fail', messageId: 'on', pointer: '/settings/waiting_room', line: 4, column: 3, message: 'was fixed on 7 April 2020; --profile current asks for a waiting room instead.', fix: { describe: 'Turn the waiting room off.', changes: [{ pointer: '/settings/waiting_room', value: false }] } },
  { name: 'settings without waiting_room', yaml: 'topic: x\nsettings:\n  use_pmi: false\n', status: 'unknown', messageId: 'missing', pointer: '/settings/waiting_room', line: 2, column: 1 },
  { name: 'no settings at all', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/settings/waiting_room', line: 1, column: 1 },
  { name: "teams: nobody waits", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: everyone\n", status: 'pass', messageId: 'lobbyOff', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "teams: organizer only bypasses", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\n", status: 'fail', messageId: 'lobbyOn', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3, message: "organizer" },
  { name: "teams: unknownFutureValue", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: unknownFutureValue\n", status: 'unknown', messageId: 'lobbyMissing', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "webex: allowJoin", yaml: "platform: webex\nunlockedMeetingJoinSecurity: allowJoin\n", status: 'pass', messageId: 'webexLobbyOff', pointer: '/unlockedMeetingJoinSecurity', line: 2, column: 1 },
  { name: "webex: lobby", yaml: "platform: webex\nunlockedMeetingJoinSecurity: allowJoinWithLobby\n", status: 'fail', messageId: 'webexLobbyOn', pointer: '/unlockedMeetingJoinSecurity', line: 2, column: 1 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexLobbyMissing', pointer: '/unlockedMeetingJoinSecurity', line: 1, column: 1 },
]);
