import rule from '../../rules/waiting-room';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/waiting_room';

testRule(rule, [
  { name: 'waiting room on', yaml: 'settings:\n  waiting_room: true\n', status: 'pass', messageId: 'on', pointer: P, line: 2, column: 3 },
  { name: 'waiting room off', yaml: 'topic: x\nsettings:\n  waiting_room: false\n', status: 'fail', messageId: 'off', pointer: P, line: 3, column: 3 },
  { name: 'not given', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
]);
