import rule from '../../rules/no-join-before-host';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/join_before_host';

testRule(rule, [
  { name: 'join before host off', yaml: 'settings:\n  join_before_host: false\n', status: 'pass', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'a waiting room disables it', yaml: 'settings:\n  join_before_host: true\n  waiting_room: true\n', status: 'pass', messageId: 'waiting', pointer: '/settings/waiting_room', line: 3, column: 3 },
  { name: 'join before host on', yaml: 'settings:\n  waiting_room: false\n  join_before_host: true\n', status: 'fail', messageId: 'on', pointer: P, line: 3, column: 3 },
  { name: 'not given', yaml: 'settings:\n  waiting_room: false\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
]);
