import rule from '../../rules/end-to-end-encryption';
import { testRule } from '../helpers/rule-tester';

const settings = (lines: string) => `settings:\n${lines}`;
const P = '/settings/encryption_type';

testRule(rule, [
  { name: 'e2ee with nothing it disables', yaml: settings('  encryption_type: e2ee\n  breakout_room:\n    enable: false\n'), status: 'pass', messageId: 'e2ee', pointer: P, line: 2, column: 3 },
  { name: 'enhanced because caucus needs breakout rooms', yaml: settings('  encryption_type: enhanced_encryption\n  breakout_room:\n    enable: true\n'), status: 'pass', messageId: 'caucus', pointer: P, line: 2, column: 3 },
  {
    name: 'e2ee but breakout rooms and cloud recording set',
    yaml: settings('  auto_recording: cloud\n  encryption_type: e2ee\n  breakout_room:\n    enable: true\n'),
    status: 'fail',
    messageId: 'conflict',
    pointer: P,
    line: 3,
    column: 3,
    message: 'turns off breakout rooms (private caucus), cloud recording, which',
  },
  { name: 'enhanced although no breakout rooms', yaml: settings('  encryption_type: enhanced_encryption\n  breakout_room:\n    enable: false\n'), status: 'fail', messageId: 'avoidable', pointer: P, line: 2, column: 3 },
  { name: 'enhanced, breakout rooms not known', yaml: settings('  encryption_type: enhanced_encryption\n'), status: 'unknown', messageId: 'noBreakout', pointer: '/settings/breakout_room/enable', line: 1, column: 1 },
  { name: 'encryption not given', yaml: settings('  waiting_room: true\n'), status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
]);
