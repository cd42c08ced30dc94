import rule from '../../rules/passcode-strength';
import { testRule } from '../helpers/rule-tester';

/** A passcode on a meeting without phone audio (the phone passcode is judged in its own cases). */
const pw = (p: string) => `topic: x\npassword: "${p}"\nsettings:\n  audio: voip\n`;
const phone = (p: string, pstn: string) => `password: "${p}"\npstn_password: "${pstn}"\nsettings:\n  audio: both\n`;

testRule(rule, [
  { name: 'long and mixed', yaml: pw('k7Fp2Wq9'), status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'digits allowed when mixing is off', yaml: pw('80417263'), options: { letters_and_digits: false }, status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'a lower minimum', yaml: pw('a1b2c3'), options: { min_length: 6 }, status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'a run of three is allowed', yaml: pw('x123Kq9Lm'), status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: 'strong passcode and phone passcode', yaml: phone('k7Fp2Wq9', '80417263'), status: 'pass', messageId: 'strong', pointer: '/password', line: 1, column: 1 },
  {
    name: 'no phone route: the host requires no phone passcode',
    yaml: 'password: "k7Fp2Wq9"\nhost_settings:\n  meeting_security:\n    phone_password: false\n',
    status: 'pass',
    messageId: 'strong',
    pointer: '/password',
    line: 1,
    column: 1,
  },
  { name: 'six digits', yaml: pw('804172'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'asks for at least 8 characters mixing letters and digits, and no run or repeat of 4' },
  { name: 'long but only digits', yaml: pw('80417263'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'a run', yaml: pw('12345678'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'asks for at least 8 characters, and no run' },
  { name: 'a falling run', yaml: pw('hgfedcba'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'B5: a run followed by a letter', yaml: pw('12345678a'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'B5: two runs', yaml: pw('abcd1234'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'B5: a falling run inside', yaml: pw('Kq4321xZ9'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'B5: a repeat of four inside', yaml: pw('k7aaaaQ9'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'B5: a run across letter case', yaml: pw('x9AbCd7q'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'one character repeated', yaml: pw('aaaaaaaa'), options: { letters_and_digits: false }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'a common word', yaml: pw('password1'), status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: 'too short for a raised minimum', yaml: pw('k7Fp2Wq9'), options: { min_length: 10 }, status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1, message: 'at least 10 characters' },
  { name: 'B5: a weak phone passcode', yaml: phone('k7Fp2Wq9', '123456'), status: 'fail', messageId: 'weakPhone', pointer: '/pstn_password', line: 2, column: 1, message: 'at least 6 digits' },
  { name: 'B5: a short phone passcode', yaml: phone('k7Fp2Wq9', '8041'), status: 'fail', messageId: 'weakPhone', pointer: '/pstn_password', line: 2, column: 1 },
  { name: 'phone audio possible, phone passcode not given', yaml: 'password: "k7Fp2Wq9"\n', status: 'unknown', messageId: 'phoneHidden', pointer: '/pstn_password', line: 1, column: 1 },
  { name: 'no passcode at all', yaml: 'topic: x\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1, message: 'its strength is not known: add password.' },
  { name: 'only the encrypted form', yaml: 'encrypted_password: "Q2dXb0x3"\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
  { name: 'removed on export', yaml: 'password: "(set in Zoom; removed on export)"\n', status: 'unknown', messageId: 'hidden', pointer: '/password', line: 1, column: 1 },
  { name: "teams: strong", yaml: "platform: teams\njoinMeetingIdSettings:\n  passcode: \"Hq7vT3pZ\"\n", status: 'pass', messageId: 'strong', pointer: '/joinMeetingIdSettings/passcode', line: 3, column: 3 },
  { name: "teams: weak", yaml: "platform: teams\njoinMeetingIdSettings:\n  passcode: \"123456\"\n", status: 'fail', messageId: 'weak', pointer: '/joinMeetingIdSettings/passcode', line: 3, column: 3 },
  { name: "teams: not given", yaml: "platform: teams\njoinMeetingIdSettings:\n  isPasscodeRequired: true\n", status: 'unknown', messageId: 'teamsHidden', pointer: '/joinMeetingIdSettings/passcode', line: 2, column: 1 },
  { name: "webex: strong, computer audio only", yaml: "platform: webex\npassword: \"Hq7vT3pZ\"\naudioConnectionOptions:\n  audioConnectionType: VoIP\n", status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: "webex: strong with a strong phone password", yaml: "platform: webex\npassword: \"Hq7vT3pZ\"\nphoneAndVideoSystemPassword: \"47290518\"\n", status: 'pass', messageId: 'strong', pointer: '/password', line: 2, column: 1 },
  { name: "webex: weak phone password", yaml: "platform: webex\npassword: \"Hq7vT3pZ\"\nphoneAndVideoSystemPassword: \"12345678\"\n", status: 'fail', messageId: 'weakPhone', pointer: '/phoneAndVideoSystemPassword', line: 3, column: 1 },
  { name: "webex: weak", yaml: "platform: webex\npassword: \"aaaa1111\"\n", status: 'fail', messageId: 'weak', pointer: '/password', line: 2, column: 1 },
  { name: "webex: phone password not given", yaml: "platform: webex\npassword: \"Hq7vT3pZ\"\n", status: 'unknown', messageId: 'webexPhoneHidden', pointer: '/phoneAndVideoSystemPassword', line: 1, column: 1 },
  { name: "webex: password not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexHidden', pointer: '/password', line: 1, column: 1 },
  { name: 'webex: an exported file\'s placeholder is not judged', yaml: 'platform: webex\npassword: "(set in Webex; removed on export)"\n', status: 'unknown', messageId: 'webexHidden', pointer: '/password', line: 2, column: 1 },
]);
