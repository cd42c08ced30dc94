import rule from '../../rules/dial-in-passcode';
import { testRule } from '../helpers/rule-tester';

const AUDIO = '/settings/audio';
const PHONE = '/host_settings/meeting_security/phone_password';
const meeting = (audio: string | null, phone: boolean | null) =>
  (audio === null ? 'topic: x\n' : `settings:\n  audio: ${audio}\n`) + (phone === null ? '' : `host_settings:\n  meeting_security:\n    phone_password: ${phone}\n`);

testRule(rule, [
  { name: 'computer audio only', yaml: meeting('voip', false), status: 'pass', messageId: 'voip', pointer: AUDIO, line: 2, column: 3, evidence: [{ pointer: AUDIO, level: 'meeting', locked: null }] },
  {
    name: 'phone passcode required',
    yaml: meeting('both', true) + 'locks:\n  meeting_security:\n    phone_password: true\n',
    status: 'pass',
    messageId: 'required',
    pointer: PHONE,
    line: 5,
    column: 5,
    evidence: [{ pointer: PHONE, level: 'user', locked: true }],
  },
  { name: 'phone passcode required, audio not given', yaml: meeting(null, true), status: 'pass', messageId: 'required', pointer: PHONE, line: 4, column: 5 },
  {
    name: 'A5: both audio, no phone passcode',
    yaml: meeting('both', false),
    status: 'fail',
    messageId: 'open',
    pointer: PHONE,
    line: 5,
    column: 5,
    message: 'phone audio (both)',
    evidence: [
      { pointer: AUDIO, level: 'meeting', locked: null },
      { pointer: PHONE, level: 'user', locked: null },
    ],
  },
  { name: 'telephone only, no phone passcode', yaml: meeting('telephony', false), status: 'fail', messageId: 'open', pointer: PHONE, line: 5, column: 5 },
  { name: 'third-party audio, no phone passcode', yaml: meeting('thirdParty', false), status: 'unknown', messageId: 'thirdParty', pointer: AUDIO, line: 2, column: 3 },
  { name: 'audio given, host setting not', yaml: meeting('both', null), status: 'unknown', messageId: 'noHostSetting', pointer: PHONE, line: 1, column: 1, message: 'phone audio (both)' },
  { name: 'nothing given', yaml: meeting(null, null), status: 'unknown', messageId: 'missing', pointer: AUDIO, line: 1, column: 1 },
  { name: 'no phone passcode, audio not given', yaml: meeting(null, false), status: 'unknown', messageId: 'missing', pointer: AUDIO, line: 1, column: 1 },
]);
