import rule from '../../rules/authenticated-participants';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/meeting_authentication';
const on = (lines = '') => `settings:\n  meeting_authentication: true\n  authentication_option: signIn_1\n${lines}`;
const profiles = (type: string) =>
  `host_settings:\n  authentication_options:\n    meeting_authentication:\n      authentication_options:\n        - id: other\n          type: enforce_login_with_domains\n        - id: signIn_1\n          type: ${type}\n`;

testRule(rule, [
  {
    name: 'users of the host\'s account only',
    yaml: on() + profiles('enforce_login_with_same_account'),
    status: 'pass',
    messageId: 'on',
    pointer: P,
    line: 2,
    column: 3,
    message: 'signed in to the host\'s account',
    evidence: [
      { pointer: P, level: 'meeting', locked: null },
      { pointer: '/settings/authentication_option', level: 'meeting', locked: null },
      { pointer: '/host_settings/authentication_options/meeting_authentication/authentication_options/1/type', level: 'user', locked: null },
    ],
  },
  { name: 'named domains by profile', yaml: on() + profiles('enforce_login_with_domains'), status: 'pass', messageId: 'on', pointer: P, line: 2, column: 3, message: 'the named domains' },
  { name: 'named domains on the meeting', yaml: 'settings:\n  meeting_authentication: true\n  authentication_domains: example.com\n', status: 'pass', messageId: 'on', pointer: P, line: 2, column: 3 },
  { name: 'anyone may join', yaml: 'settings:\n  meeting_authentication: false\n', status: 'fail', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'B2: any Zoom account', yaml: on() + profiles('enforce_login'), status: 'fail', messageId: 'anyAccount', pointer: '/settings/authentication_option', line: 3, column: 3 },
  {
    name: 'B2: exceptions bypass authentication',
    yaml: on('  authentication_exception:\n    - email: a@example.com\n    - email: b@example.com\n') + profiles('enforce_login_with_same_account'),
    status: 'fail',
    messageId: 'exceptions',
    pointer: '/settings/authentication_exception',
    line: 4,
    column: 3,
    message: 'but 2 people have links that bypass it',
  },
  {
    name: 'B2: one exception',
    yaml: on('  authentication_exception:\n    - email: a@example.com\n'),
    status: 'fail',
    messageId: 'exceptions',
    pointer: '/settings/authentication_exception',
    line: 4,
    column: 3,
    message: 'but 1 person has a link that bypasses it',
  },
  { name: 'B2: on, profile not known', yaml: 'settings:\n  meeting_authentication: true\n', status: 'unknown', messageId: 'profile', pointer: P, line: 2, column: 3 },
  { name: 'B2: an option id the host does not list', yaml: on() + 'host_settings: {}\n', status: 'unknown', messageId: 'profile', pointer: P, line: 2, column: 3 },
  { name: 'not given', yaml: 'settings: {}\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: "teams: policy refuses anonymous users", yaml: "platform: teams\nmeeting_policy:\n  Identity: Tag:Mediation\n  AllowAnonymousUsersToJoinMeeting: false\n", status: 'pass', messageId: 'teamsNoAnonymous', pointer: '/meeting_policy/AllowAnonymousUsersToJoinMeeting', line: 4, column: 3 },
  { name: "teams: anonymous users with no check", yaml: "platform: teams\nmeeting_policy:\n  AllowAnonymousUsersToJoinMeeting: true\n  AnonymousUserAuthenticationMethod: None\n", status: 'fail', messageId: 'teamsAnonymous', pointer: '/meeting_policy/AnonymousUserAuthenticationMethod', line: 4, column: 3 },
  { name: "teams: anonymous users with an emailed passcode", yaml: "platform: teams\nmeeting_policy:\n  AllowAnonymousUsersToJoinMeeting: true\n  AnonymousUserAuthenticationMethod: OneTimePasscode\n", status: 'unknown', messageId: 'teamsPasscodeOnly', pointer: '/meeting_policy/AnonymousUserAuthenticationMethod', line: 4, column: 3 },
  { name: "teams: no policy", yaml: "platform: teams\nsubject: x\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/meeting_policy/AllowAnonymousUsersToJoinMeeting', line: 1, column: 1 },
  { name: "webex: webinar with sign-in", yaml: "platform: webex\nscheduledType: webinar\nrequireAttendeeLogin: true\n", status: 'pass', messageId: 'webexLogin', pointer: '/requireAttendeeLogin', line: 3, column: 1 },
  { name: "webex: webinar without sign-in", yaml: "platform: webex\nscheduledType: webinar\nrequireAttendeeLogin: false\n", status: 'fail', messageId: 'webexNoLogin', pointer: '/requireAttendeeLogin', line: 3, column: 1 },
  { name: "webex: a meeting has no sign-in setting", yaml: "platform: webex\nscheduledType: meeting\n", status: 'unknown', messageId: 'webexMeeting', pointer: '/scheduledType', line: 2, column: 1 },
]);
