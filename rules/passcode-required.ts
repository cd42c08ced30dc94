import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { isTemplate } from '../src/model/meeting-values';
import { PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS } from './sources';

const TEAMS_REQUIRED = '/joinMeetingIdSettings/isPasscodeRequired';

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
const HOST_PASSWORD = '/host_settings/meeting_security/meeting_password';
const REQUIRE = byHand('Give every new meeting a passcode (a setting of the host).', 'Zoom web portal: Settings → Meeting → Security → "Require a passcode when scheduling new meetings": on');

export default defineRule({
  id: 'passcode-required',
  severity: 'error',
  summary: 'Joining the meeting needs a passcode.',
  rationale:
    'Meeting ids are short and guessable; without a passcode anyone who finds or guesses the id can join a confidential session. ' +
    'A meeting template holds no passcode: the meetings made from it get one when the host\'s "Require a passcode" setting (meeting_security.meeting_password) is on.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → Passcode (ticked); for every new meeting, Settings → Meeting → Security → "Require a passcode when scheduling new meetings" (ask the account to lock it). In the file: password (or encrypted_password); for a template, host_settings.meeting_security.meeting_password: true.',
  sources: [PROPER_USE_POST, ZOOM_API_MEETING, ZOOM_API_USER_SETTINGS],
  history:
    'In the April 2020 proper-use list. Zoom turned passcodes on by default for most accounts in April and May 2020 and required a passcode or a waiting room on every meeting from 27 September 2020; the rule is unchanged and sits in both profiles. ' +
    'Second release: a meeting template is judged by its host\'s meeting_password setting, since templates carry no passcode of their own.',
  messages: {
    none: 'The meeting has no passcode: neither password nor encrypted_password is set.',
    set: 'The meeting has a passcode.',
    templateOn: 'Meetings made from this template get a passcode (the host setting meeting_security.meeting_password is on).',
    templateOff: 'Meetings made from this template get no passcode (the host setting meeting_security.meeting_password is off).',
    templateUnknown: 'A template holds no passcode, and the host setting that decides is not known: add host_settings.meeting_security.meeting_password.',
    teamsOn: 'Joining by meeting id needs a passcode (joinMeetingIdSettings.isPasscodeRequired is true).',
    teamsOff: 'Joining by meeting id needs no passcode (joinMeetingIdSettings.isPasscodeRequired is false).',
    teamsMissing: 'Not known whether joining by meeting id needs a passcode: add joinMeetingIdSettings.isPasscodeRequired (Graph leaves it out for some older meetings).',
    webexSet: 'The meeting has a password.',
    webexNone: 'The meeting has no password (password is empty).',
    webexMissing: 'The password is not in the input (Webex leaves it out of admin reads and of ended meetings): add password.',
  },
  check(meeting, { pass, fail, unknown }) {
    if (isTemplate(meeting)) {
      const required = meeting.host_settings?.meeting_security?.meeting_password;
      if (required === true) return pass('templateOn', HOST_PASSWORD);
      if (required === false) return fail('templateOff', HOST_PASSWORD, {}, undefined, REQUIRE);
      return unknown('templateUnknown', HOST_PASSWORD);
    }
    if (nonEmpty(meeting.password)) return pass('set', '/password');
    if (nonEmpty(meeting.encrypted_password)) return pass('set', '/encrypted_password');
    return fail('none', '/password');
  },
  teams(meeting, { pass, fail, unknown }) {
    const required = meeting.joinMeetingIdSettings?.isPasscodeRequired;
    if (required === true) return pass('teamsOn', TEAMS_REQUIRED);
    if (required === false) return fail('teamsOff', TEAMS_REQUIRED);
    return unknown('teamsMissing', TEAMS_REQUIRED);
  },
  webex(meeting, { pass, fail, unknown }) {
    if (meeting.password === undefined) return unknown('webexMissing', '/password');
    return nonEmpty(meeting.password) ? pass('webexSet', '/password') : fail('webexNone', '/password');
  },
});
