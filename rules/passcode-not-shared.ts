import { defineRule } from '../src/engine/define-rule';
import { clearPasscode, clearWebexPassword } from '../src/model/passcode';
import { digestKey } from '../src/util/digest';
import { NIST_NCCOE, ZOOM_API_USER_SETTINGS } from './sources';

// Compared across the run by digest (util/digest) so the passcode itself is never held as a key or
// printed: the engine makes it once per meeting (groups) and compares it; the decisions never digest.

const DEFAULT = '/host_settings/schedule_meeting/default_password_for_scheduled_meetings';
const TEAMS_PASSCODE = '/joinMeetingIdSettings/passcode';
const nonEmpty = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';
const PMI = '/host_settings/schedule_meeting/pmi_password';

export default defineRule({
  id: 'passcode-not-shared',
  severity: 'error',
  summary: 'No two meetings of the run share a passcode, and the meeting does not reuse one of the host\'s standing passcodes.',
  rationale:
    'A passcode shared by several meetings lets anyone invited to one mediation into the others. Each mediation needs its own passcode. ' +
    'The host\'s default passcode for scheduled meetings (Zoom gives it to meetings already scheduled when passcodes become required) and the personal meeting room\'s passcode are shared by design.',
  fix:
    'Zoom web portal: Meetings → your meeting → Edit → Security → Passcode: give each meeting its own (let Zoom generate one), not the passcode of another meeting, of your Personal Meeting ID or your default passcode for scheduled meetings. In the file: password (Teams: joinMeetingIdSettings.passcode; Webex: password).',
  sources: [NIST_NCCOE, ZOOM_API_USER_SETTINGS],
  history:
    'Part of the profile current (2026). NIST advised limiting the reuse of access codes in 2020; organisations that standardised on one passcode for all meetings after Zoom\'s September 2020 passcode rule showed why. ' +
    'Second release: also compares the host\'s schedule_meeting.default_password_for_scheduled_meetings and pmi_password; Teams (joinMeetingIdSettings.passcode) and Webex (password) meetings are compared with the other meetings of their platform.',
  messages: {
    shared: 'The same passcode is used by {others}.',
    hostDefault: 'The passcode is the host\'s default passcode for scheduled meetings, which every meeting given it shares.',
    pmi: 'The passcode is the one of the host\'s personal meeting room.',
    own: 'No other meeting in this run uses the same passcode.',
    hidden: 'The passcode is not in the input, so it cannot be compared with the other meetings: add password.',
    teamsHidden: 'The meeting passcode is not in the input, so it cannot be compared with the other meetings: add joinMeetingIdSettings.passcode.',
    webexHidden: 'The meeting password is not in the input, so it cannot be compared with the other meetings: add password.',
  },
  // Teams and Webex have no standing passcodes of the host to compare: only the run's other meetings of the same platform.
  groups: {
    zoom: { 'passcode-digest': (m) => digestKey(clearPasscode(m)) },
    teams: { 'passcode-digest': (m) => digestKey(m.joinMeetingIdSettings?.passcode) },
    webex: { 'passcode-digest': (m) => digestKey(clearWebexPassword(m)) },
  },
  check(meeting, { run, pass, fail, unknown }) {
    const passcode = clearPasscode(meeting);
    if (passcode === undefined) return unknown('hidden', '/password');
    // The host's standing passcodes are this meeting's own input, compared here and never kept: in clear, no digest needed.
    const standing = meeting.host_settings?.schedule_meeting;
    if (standing?.default_password_for_scheduled_meetings === passcode) return fail('hostDefault', '/password', {}, [DEFAULT]);
    if (standing?.pmi_password === passcode) return fail('pmi', '/password', {}, [PMI]);
    return run.unlessShared('passcode-digest', (others) => fail('shared', '/password', { others }), pass('own', '/password', {}, ['/password', DEFAULT, PMI]));
  },
  teams(meeting, { run, pass, fail, unknown }) {
    const passcode = meeting.joinMeetingIdSettings?.passcode;
    if (!nonEmpty(passcode)) return unknown('teamsHidden', TEAMS_PASSCODE);
    return run.unlessShared('passcode-digest', (others) => fail('shared', TEAMS_PASSCODE, { others }), pass('own', TEAMS_PASSCODE));
  },
  webex(meeting, { run, pass, fail, unknown }) {
    if (clearWebexPassword(meeting) === undefined) return unknown('webexHidden', '/password');
    return run.unlessShared('passcode-digest', (others) => fail('shared', '/password', { others }), pass('own', '/password'));
  },
});
