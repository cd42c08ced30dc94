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
]);
