import rule from '../../rules/passcode-strength';
import { testRule } from '../helpers/rule-tester';

const pw = (p: string) => `topic: x\npassword: "${p}"\n`;

testRule(rule, [
  { name: 'long and mixed', yaml: pw('k7Fp2Wq9'), status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'digits allowed when mixing is off', yaml: pw('80417263'), options: { letters_and_digits: false }, status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'a lower minimum', yaml: pw('a1b2c3'), options: { min_length: 6 }, status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'six digits', yaml: pw('804172'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'asks for at least 8 characters mixing letters and digits, and no run' },
  { name: 'long but only digits', yaml: pw('80417263'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'a run', yaml: pw('12345678'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'asks for at least 8 characters, and no run' },
  { name: 'a falling run', yaml: pw('hgfedcba'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'one character repeated', yaml: pw('aaaaaaaa'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'a common word', yaml: pw('password1'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'too short for a raised minimum', yaml: pw('k7Fp2Wq9'), options: { min_length: 10 }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'at least 10 characters' },
  { name: 'no passcode at all', yaml: 'topic: x\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
  { name: 'only the encrypted form', yaml: 'encrypted_password: "Q2dXb0x3"\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
  { name: 'removed on export', yaml: 'password: "(set in Zoom; removed on export)"\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
]);
