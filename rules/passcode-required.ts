import { defineRule } from '../src/engine/define-rule';
import { PROPER_USE_POST, ZOOM_API_MEETING } from './sources';

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

export default defineRule({
  id: 'passcode-required',
  severity: 'error',
  summary: 'Joining the meeting needs a passcode.',
  rationale:
    'Meeting ids are short and guessable; without a passcode anyone who finds or guesses the id can join a confidential session.',
  fix: 'Set a passcode on the meeting (Zoom: "Require meeting passcode"); the meeting object then carries password or encrypted_password.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING],
  history:
    'In the April 2020 proper-use list. Zoom turned passcodes on by default for most accounts in April and May 2020 and required a passcode or a waiting room on every meeting from 27 September 2020; the rule is unchanged and sits in both profiles.',
  messages: {
    none: 'The meeting has no passcode: neither password nor encrypted_password is set.',
    set: 'The meeting has a passcode.',
  },
  check(meeting, { pass, fail }) {
    if (nonEmpty(meeting.password)) return pass('set', '/password');
    if (nonEmpty(meeting.encrypted_password)) return pass('set', '/encrypted_password');
    return fail('none', '/password');
  },
});
