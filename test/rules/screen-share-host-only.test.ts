import rule from '../../rules/screen-share-host-only';
import { testRule } from '../helpers/rule-tester';

const host = (lines: string) => `host_settings:\n  in_meeting:\n${lines}`;
const WHO = '/host_settings/in_meeting/who_can_share_screen';

testRule(rule, [
  { name: 'host only', yaml: host('    who_can_share_screen: host\n'), status: 'pass', messageId: 'host', pointer: WHO, line: 3, column: 5 },
  { name: 'sharing off', yaml: host('    screen_sharing: false\n    who_can_share_screen: all\n'), status: 'pass', messageId: 'disabled', pointer: '/host_settings/in_meeting/screen_sharing', line: 3, column: 5 },
  { name: 'everyone may share', yaml: host('    screen_sharing: true\n    who_can_share_screen: all\n'), status: 'fail', messageId: 'all', pointer: WHO, line: 4, column: 5, fix: {
    describe: 'Let only the host share the screen (a setting of the host).',
    changes: [],
    byHand: ['Zoom web portal: Settings → Meeting → In Meeting (Basic) → Screen sharing → "Who can share?": Host Only'],
  } },
  { name: 'not given', yaml: host('    screen_sharing: true\n'), status: 'unknown', messageId: 'missing', pointer: WHO, line: 2, column: 3 },
  { name: "teams: everyone presents", yaml: "platform: teams\nallowedPresenters: everyone\n", status: 'fail', messageId: 'teamsEveryone', pointer: '/allowedPresenters', line: 2, column: 1 },
  { name: "teams: organizer only", yaml: "platform: teams\nallowedPresenters: organizer\n", status: 'pass', messageId: 'teamsOrganizer', pointer: '/allowedPresenters', line: 2, column: 1 },
  { name: "teams: a party made presenter", yaml: "platform: teams\nallowedPresenters: roleIsPresenter\nparticipants:\n  attendees:\n    - upn: a@x.test\n      role: attendee\n    - upn: b@x.test\n      role: presenter\n", status: 'fail', messageId: 'teamsPresenters', pointer: '/participants/attendees/1/role', line: 8, column: 7, message: "1 attendee" },
  { name: "teams: roleIsPresenter with attendees only", yaml: "platform: teams\nallowedPresenters: roleIsPresenter\nparticipants:\n  attendees:\n    - upn: a@x.test\n      role: attendee\n", status: 'pass', messageId: 'teamsOrganizer', pointer: '/allowedPresenters', line: 2, column: 1 },
  { name: "teams: unknownFutureValue", yaml: "platform: teams\nallowedPresenters: unknownFutureValue\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/allowedPresenters', line: 2, column: 1 },
  { name: "webex: attendees share", yaml: "platform: webex\nattendeePrivileges:\n  enabledShareContent: true\n", status: 'fail', messageId: 'webexAll', pointer: '/attendeePrivileges/enabledShareContent', line: 3, column: 3 },
  { name: "webex: attendees do not share", yaml: "platform: webex\nattendeePrivileges:\n  enabledShareContent: false\n", status: 'pass', messageId: 'webexHost', pointer: '/attendeePrivileges/enabledShareContent', line: 3, column: 3 },
  { name: "webex: not given (a webinar has none)", yaml: "platform: webex\nscheduledType: webinar\n", status: 'unknown', messageId: 'webexMissing', pointer: '/attendeePrivileges/enabledShareContent', line: 1, column: 1 },
]);
