import rule from '../../rules/no-auto-recording';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/auto_recording';

testRule(rule, [
  { name: 'no automatic recording', yaml: 'settings:\n  auto_recording: none\n', status: 'pass', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'cloud recording', yaml: 'topic: x\nsettings:\n  auto_recording: cloud\n', status: 'fail', messageId: 'on', pointer: P, line: 3, column: 3, message: 'to the cloud' },
  { name: 'local recording', yaml: 'settings:\n  auto_recording: local\n', status: 'fail', messageId: 'on', pointer: P, line: 2, column: 3, message: 'to a computer' },
  { name: 'not given', yaml: 'settings:\n  waiting_room: false\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
]);
