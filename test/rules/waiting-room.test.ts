import rule from '../../rules/waiting-room';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/waiting_room';
const OPTION = '/settings/waiting_room_options/who_goes_to_waiting_room';
const HOST = '/host_settings/meeting_security/waiting_room_settings/participants_to_place_in_waiting_room';
const options = (mode: string, who?: string) =>
  `  waiting_room_options:\n    mode: ${mode}\n` + (who ? `    who_goes_to_waiting_room: ${who}\n` : '');
const host = (n: number) => `host_settings:\n  meeting_security:\n    waiting_room_settings:\n      participants_to_place_in_waiting_room: ${n}\n`;

testRule(rule, [
  {
    name: 'on, everyone by the meeting option',
    yaml: 'settings:\n  waiting_room: true\n' + options('custom', 'everyone'),
    status: 'pass',
    messageId: 'on',
    pointer: P,
    line: 2,
    column: 3,
    evidence: [{ pointer: P, level: 'meeting', locked: null }, { pointer: OPTION, level: 'meeting', locked: null }],
  },
  {
    name: 'on, everyone by the host setting',
    yaml: 'settings:\n  waiting_room: true\n' + host(0) + 'locks:\n  meeting_security:\n    waiting_room: true\n',
    status: 'pass',
    messageId: 'on',
    pointer: P,
    line: 2,
    column: 3,
    evidence: [{ pointer: P, level: 'meeting', locked: true }, { pointer: HOST, level: 'user', locked: null }],
  },
  { name: 'follow_setting uses the host setting', yaml: 'settings:\n  waiting_room: true\n' + options('follow_setting', 'users_not_in_account') + host(0), status: 'pass', messageId: 'on', pointer: P, line: 2, column: 3 },
  {
    name: 'waiting room off',
    yaml: 'topic: x\nsettings:\n  waiting_room: false\n',
    status: 'fail',
    messageId: 'off',
    pointer: P,
    line: 3,
    column: 3,
    fix: { describe: 'Turn the waiting room on and send everyone to it.', changes: [{ pointer: P, value: true }, { pointer: '/settings/waiting_room_options/mode', value: 'custom' }, { pointer: '/settings/waiting_room_options/who_goes_to_waiting_room', value: 'everyone' }] },
  },
  {
    name: 'A2: only users outside the account wait',
    yaml: 'settings:\n  waiting_room: true\n' + options('custom', 'users_not_in_account') + '  join_before_host: true\n',
    status: 'fail',
    messageId: 'partial',
    pointer: OPTION,
    line: 5,
    column: 5,
    message: 'everyone in the host\'s Zoom account walks straight in',
  },
  { name: 'A2: people on the invitation walk in', yaml: 'settings:\n  waiting_room: true\n' + options('custom', 'users_not_on_invite'), status: 'fail', messageId: 'partial', pointer: OPTION, line: 5, column: 5 },
  {
    name: 'A2: the host setting sends only outsiders',
    yaml: 'settings:\n  waiting_room: true\n' + host(1),
    status: 'fail',
    messageId: 'partialHost',
    pointer: HOST,
    line: 6,
    column: 7,
    message: 'participants_to_place_in_waiting_room is 1',
  },
  {
    name: 'A2: the host setting 2',
    yaml: 'settings:\n  waiting_room: true\n  waiting_room_options:\n    mode: follow_setting\n' + host(2),
    status: 'fail',
    messageId: 'partialHost',
    pointer: HOST,
    line: 8,
    column: 7,
    // The meeting's own choice overrides the host's: a fix on the meeting, not on the host.
    fix: { describe: 'Send everyone to the waiting room (the meeting\'s own choice, not the host\'s).', changes: [{ pointer: '/settings/waiting_room_options/mode', value: 'custom' }, { pointer: '/settings/waiting_room_options/who_goes_to_waiting_room', value: 'everyone' }] },
  },
  { name: 'on, but who waits is not known', yaml: 'settings:\n  waiting_room: true\n', status: 'unknown', messageId: 'whoUnknown', pointer: P, line: 2, column: 3 },
  { name: 'follow_setting without the host setting', yaml: 'settings:\n  waiting_room: true\n' + options('follow_setting'), status: 'unknown', messageId: 'whoUnknown', pointer: P, line: 2, column: 3 },
  { name: 'not given', yaml: 'topic: x\n' + host(0), status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: "teams: only the organizer bypasses, callers wait", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\n  isDialInBypassEnabled: false\n", status: 'pass', messageId: 'lobbyOn', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3, message: "the organizer" },
  { name: "teams: invited people bypass", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: invited\n  isDialInBypassEnabled: false\n", status: 'fail', messageId: 'lobbyAll', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3, message: "Everyone waits in the lobby except the people invited (lobbyBypassSettings.scope is invited)." },
  { name: "teams: invited people bypass, callers not known", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: invited\n", status: 'fail', messageId: 'lobbyAll', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "teams: the organisation bypasses", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organization\n  isDialInBypassEnabled: false\n", status: 'fail', messageId: 'lobbyAll', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3, message: "guests" },
  { name: "teams: callers bypass", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\n  isDialInBypassEnabled: true\n", status: 'fail', messageId: 'lobbyDialIn', pointer: '/lobbyBypassSettings/isDialInBypassEnabled', line: 4, column: 3 },
  { name: "teams: unknownFutureValue", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: unknownFutureValue\n", status: 'unknown', messageId: 'lobbyMissing', pointer: '/lobbyBypassSettings/scope', line: 3, column: 3 },
  { name: "teams: callers not known", yaml: "platform: teams\nlobbyBypassSettings:\n  scope: organizer\n", status: 'unknown', messageId: 'lobbyDialInUnknown', pointer: '/lobbyBypassSettings/isDialInBypassEnabled', line: 2, column: 1 },
  { name: "webex: no lobby", yaml: "platform: webex\nunlockedMeetingJoinSecurity: allowJoin\n", status: 'fail', messageId: 'webexOpen', pointer: '/unlockedMeetingJoinSecurity', line: 2, column: 1 },
  { name: "webex: lobby, invitees walk in", yaml: "platform: webex\nunlockedMeetingJoinSecurity: allowJoinWithLobby\nenableAutomaticLock: false\n", status: 'fail', messageId: 'webexInvitees', pointer: '/enableAutomaticLock', line: 3, column: 1 },
  { name: "webex: locked from the start", yaml: "platform: webex\nunlockedMeetingJoinSecurity: allowJoinWithLobby\nenableAutomaticLock: true\nautomaticLockMinutes: 0\n", status: 'pass', messageId: 'webexLocked', pointer: '/enableAutomaticLock', line: 3, column: 1 },
  { name: "webex: lock not given", yaml: "platform: webex\nunlockedMeetingJoinSecurity: blockFromJoin\n", status: 'unknown', messageId: 'webexMissing', pointer: '/enableAutomaticLock', line: 1, column: 1 },
  { name: "webex: nothing given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/unlockedMeetingJoinSecurity', line: 1, column: 1 },
]);
