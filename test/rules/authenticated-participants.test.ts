import rule from '../../rules/authenticated-participants';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/meeting_authentication';

testRule(rule, [
  { name: 'authentication required', yaml: 'settings:\n  meeting_authentication: true\n', status: 'pass', messageId: 'on', pointer: P, line: 2, column: 3 },
  { name: 'anyone may join', yaml: 'settings:\n  meeting_authentication: false\n', status: 'fail', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'not given', yaml: 'settings: {}\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
]);
