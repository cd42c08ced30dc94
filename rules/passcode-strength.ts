import * as z from 'zod/mini';
import { defineRule } from '../src/engine/define-rule';
import { clearPasscode } from '../src/model/passcode';
import { CIS_ZOOM, NIST_NCCOE } from './sources';

const COMMON = new Set(['password', 'passcode', 'zoom', 'mediation', 'welcome', 'qwerty', 'letmein', 'admin']);

/**
 * Whether a passcode is weak. The report says only that it is, and what the rule
 * asks for: which test failed would tell a reader of a CI log how to guess it.
 */
function isWeak(passcode: string, minLength: number, mixed: boolean): boolean {
  const codes = [...passcode.toLowerCase()].map((c) => c.charCodeAt(0));
  const step = codes.length > 2 ? codes[1]! - codes[0]! : 0;
  return (
    passcode.length < minLength ||
    (mixed && !(/[a-z]/i.test(passcode) && /\d/.test(passcode))) ||
    /^(.)\1+$/.test(passcode) || // one character repeated
    (Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step)) || // a run: 123456, fedcba
    COMMON.has(passcode.toLowerCase().replace(/\d+$/, ''))
  );
}

const requirements = (minLength: number, mixed: boolean) =>
  `at least ${minLength} characters${mixed ? ' mixing letters and digits' : ''}, and no run, repeat or common word`;

export default defineRule({
  id: 'passcode-strength',
  severity: 'warning',
  summary: 'The passcode is long and mixed enough not to be guessed.',
  rationale:
    'A short numeric passcode can be guessed or read over a shoulder, and many organisations reuse one simple code for every meeting. ' +
    'Zoom allows up to 10 characters; the longer and more mixed, the better.',
  fix: 'Use a passcode of at least the minimum length that mixes letters and digits (Zoom allows up to 10 characters; a generated one is best).',
  sources: [CIS_ZOOM, NIST_NCCOE],
  history: 'Part of the profile current (2026). CIS Zoom 1.1.1.1.x sets passcode complexity at account level; this rule checks the passcode actually set on the meeting.',
  options: {
    defaults: { min_length: 8, letters_and_digits: true },
    schema: z.strictObject({
      min_length: z.optional(z.int().check(z.minimum(4), z.maximum(10))),
      letters_and_digits: z.optional(z.boolean()),
    }),
    describe: { min_length: 'fewest characters accepted (4 to 10)', letters_and_digits: 'whether letters and digits must both appear' },
  },
  messages: {
    weak: 'The passcode is too easy to guess; the rule asks for {requirements}.',
    strong: 'The passcode meets the rule: {requirements}.',
    hidden: 'The passcode is not in the input (none, only its encrypted form, or removed on export), so its strength is not known.',
  },
  check(meeting, { options, pass, fail, unknown }) {
    const passcode = clearPasscode(meeting);
    if (passcode === undefined) return unknown('hidden', '/password');
    const data = { requirements: requirements(options.min_length, options.letters_and_digits) };
    return isWeak(passcode, options.min_length, options.letters_and_digits) ? fail('weak', '/password', data) : pass('strong', '/password', data);
  },
});
