import { defineRule } from '../src/engine/define-rule';
import { clearPasscode, clearWebexPassword } from '../src/model/passcode';
import { CIS_ZOOM, NIST_NCCOE, ZOOM_API_MEETING } from './sources';

const TEAMS_PASSCODE = '/joinMeetingIdSettings/passcode';
const WEBEX_AUDIO = '/audioConnectionOptions/audioConnectionType';

const COMMON = new Set(['password', 'passcode', 'zoom', 'mediation', 'welcome', 'qwerty', 'letmein', 'admin']);
/** Zoom's own policy field consecutive_characters_length allows 4 to 8; four is its strictest. */
const RUN = 4;

const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122);

/** Whether a run (1234, abcd, 4321, dcba) or a repeat (aaaa) of RUN or more characters appears anywhere. One pass. */
export function hasRunOrRepeat(text: string): boolean {
  const codes = [...text.toLowerCase()].map((c) => c.codePointAt(0)!);
  let step = NaN;
  let length = 1;
  for (let i = 1; i < codes.length; i++) {
    const difference = codes[i]! - codes[i - 1]!;
    const linked = Math.abs(difference) <= 1 && isAlphanumeric(codes[i]!) && isAlphanumeric(codes[i - 1]!);
    if (linked && difference === step) length++;
    else if (linked) {
      step = difference;
      length = 2;
    } else {
      step = NaN;
      length = 1;
    }
    if (length >= RUN) return true;
  }
  return false;
}

/**
 * Whether a passcode is weak. The report says only that it is, and what the rule
 * asks for: which test failed would tell a reader of a CI log how to guess it.
 */
function isWeak(passcode: string, minLength: number, mixed: boolean): boolean {
  return (
    passcode.length < minLength ||
    (mixed && !(/[a-z]/i.test(passcode) && /\d/.test(passcode))) ||
    /^(.)\1+$/.test(passcode) || // one character repeated, however short
    hasRunOrRepeat(passcode) ||
    COMMON.has(passcode.toLowerCase().replace(/\d+$/, ''))
  );
}

const requirements = (minLength: number, mixed: boolean) =>
  `at least ${minLength} characters${mixed ? ' mixing letters and digits' : ''}, and no run or repeat of ${RUN} or more, nor a common word`;

const phoneRequirements = (minLength: number) => `a phone passcode of at least ${minLength} digits with no run or repeat of ${RUN} or more`;

export default defineRule({
  id: 'passcode-strength',
  severity: 'warning',
  summary: 'The passcode, and the numeric passcode phone callers type, are long and varied enough not to be guessed.',
  rationale:
    'A short or patterned passcode can be guessed or read over a shoulder, and many organisations reuse one simple code for every meeting. ' +
    'Zoom allows up to 10 characters; the longer and more mixed, the better. Phone callers type a separate numeric passcode (pstn_password), which is only digits and needs the same care.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → Passcode: at least the minimum length, letters and digits mixed, no run (1234, abcd, 4321) or repeat (aaaa) anywhere in it; the one Zoom generates is best. Check the phone passcode in the invitation too, or choose Edit → Audio → Computer Audio only. In the file: password (and pstn_password), or settings.audio: voip.',
  sources: [CIS_ZOOM, NIST_NCCOE, ZOOM_API_MEETING],
  history:
    'Part of the profile current (2026). CIS Zoom 1.1.1.1.x sets passcode complexity at account level; this rule checks the passcode actually set on the meeting. ' +
    'Second release: a run or repeat of four anywhere is weak (as Zoom\'s consecutive_characters_length policy at its strictest), and the phone passcode is judged as well.',
  options: {
    defaults: { min_length: 8, letters_and_digits: true, phone_min_length: 6 },
    schema: (z) =>
      z.strictObject({
        min_length: z.optional(z.int().check(z.minimum(4), z.maximum(10))),
        letters_and_digits: z.optional(z.boolean()),
        phone_min_length: z.optional(z.int().check(z.minimum(4), z.maximum(10))),
      }),
    describe: {
      min_length: 'fewest characters accepted (4 to 10)',
      letters_and_digits: 'whether letters and digits must both appear',
      phone_min_length: 'fewest digits accepted in the phone passcode, pstn_password (4 to 10)',
    },
  },
  messages: {
    weak: 'The passcode is too easy to guess; the rule asks for {requirements}.',
    weakPhone: 'The phone passcode is too easy to guess; the rule asks for {requirements}.',
    strong: 'The passcode meets the rule: {requirements}.',
    phoneHidden: 'The passcode meets the rule, but phone callers may join and their numeric passcode is not in the input: add pstn_password, or settings.audio: voip.',
    hidden: 'The passcode is not in the input (none, only its encrypted form, or removed on export), so its strength is not known: add password.',
    teamsHidden: 'The passcode for joining by meeting id is not in the input, so its strength is not known: add joinMeetingIdSettings.passcode.',
    webexHidden: 'The password is not in the input (Webex leaves it out of admin reads and ended meetings), so its strength is not known: add password.',
    webexPhoneHidden: 'The password meets the rule, but phones and video systems join with a numeric password that is not in the input: add phoneAndVideoSystemPassword, or audio by computer only (audioConnectionOptions.audioConnectionType VoIP).',
  },
  check(meeting, { options, pass, fail, unknown }) {
    const passcode = clearPasscode(meeting);
    if (passcode === undefined) return unknown('hidden', '/password');
    const data = { requirements: requirements(options.min_length, options.letters_and_digits) };
    if (isWeak(passcode, options.min_length, options.letters_and_digits)) return fail('weak', '/password', data);
    // A phone passcode matters where callers can dial in and must type one.
    const audio = meeting.settings?.audio;
    const phoneRoute = audio !== 'voip' && audio !== 'thirdParty' && meeting.host_settings?.meeting_security?.phone_password !== false;
    const phone = meeting.pstn_password;
    if (phone !== undefined && phone !== '' && phoneRoute) {
      if (isWeak(phone, options.phone_min_length, false)) return fail('weakPhone', '/pstn_password', { requirements: phoneRequirements(options.phone_min_length) });
      return pass('strong', '/password', data, ['/password', '/pstn_password']);
    }
    if (phoneRoute) return unknown('phoneHidden', '/pstn_password', {}, ['/password', '/settings/audio']);
    return pass('strong', '/password', data, ['/password', '/settings/audio', '/host_settings/meeting_security/phone_password']);
  },
  teams(meeting, { options, pass, fail, unknown }) {
    const passcode = meeting.joinMeetingIdSettings?.passcode;
    if (!passcode) return unknown('teamsHidden', TEAMS_PASSCODE);
    const data = { requirements: requirements(options.min_length, options.letters_and_digits) };
    if (isWeak(passcode, options.min_length, options.letters_and_digits)) return fail('weak', TEAMS_PASSCODE, data);
    return pass('strong', TEAMS_PASSCODE, data);
  },
  webex(meeting, { options, pass, fail, unknown }) {
    // An exported file holds a placeholder where the password was: not a password to judge.
    const passcode = clearWebexPassword(meeting);
    if (passcode === undefined) return unknown('webexHidden', '/password');
    const data = { requirements: requirements(options.min_length, options.letters_and_digits) };
    if (isWeak(passcode, options.min_length, options.letters_and_digits)) return fail('weak', '/password', data);
    const audio = meeting.audioConnectionOptions?.audioConnectionType;
    const phoneRoute = audio !== 'VoIP' && audio !== 'none';
    const phone = meeting.phoneAndVideoSystemPassword;
    if (phone && phoneRoute) {
      if (isWeak(phone, options.phone_min_length, false)) return fail('weakPhone', '/phoneAndVideoSystemPassword', { requirements: phoneRequirements(options.phone_min_length) });
      return pass('strong', '/password', data, ['/password', '/phoneAndVideoSystemPassword']);
    }
    if (phoneRoute) return unknown('webexPhoneHidden', '/phoneAndVideoSystemPassword', {}, ['/password', WEBEX_AUDIO]);
    return pass('strong', '/password', data, ['/password', WEBEX_AUDIO]);
  },
});
