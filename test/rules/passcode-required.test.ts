import rule from '../../rules/passcode-required';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'password set', yaml: 'topic: x\npassword: "abc123"\n', status: 'pass', messageId: 'set', pointer: '/password', line: 2, column: 1 },
  { name: 'only encrypted_password set', yaml: 'encrypted_password: "Q2dXb0x3"\n', status: 'pass', messageId: 'set', pointer: '/encrypted_password', line: 1, column: 1 },
  { name: 'empty password, encrypted one set', yaml: 'password: ""\nencrypted_password: "xyz"\n', status: 'pass', messageId: 'set', pointer: '/encrypted_password', line: 2, column: 1 },
  { name: 'no passcode field at all', yaml: 'topic: x\n', status: 'fail', messageId: 'none', pointer: '/password', line: 1, column: 1 },
  { name: 'both empty', yaml: 'topic: x\npassword: ""\nencrypted_password: ""\n', status: 'fail', messageId: 'none', pointer: '/password', line: 2, column: 1 },
]);
