import rule from '../../rules/lock-after-join';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'host will lock', yaml: 'mediation:\n  lock_after_join: true\n', status: 'pass', messageId: 'yes', pointer: '/mediation/lock_after_join', line: 2, column: 3 },
  { name: 'host will not lock', yaml: 'topic: x\nmediation:\n  lock_after_join: false\n', status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 3, column: 3 },
  { name: 'mediation block without it', yaml: 'topic: x\nmediation:\n  participants: []\n', status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 2, column: 1 },
  { name: 'no mediation block', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 1, column: 1 },
]);
