import rule from '../../rules/hosts-disclosed';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/alternative_hosts';
const people = 'mediation:\n  participants:\n    - name: R. Mediator\n      email: Mediator@Example.com\n    - name: Co-mediator\n      email: co@example.com\n';

testRule(rule, [
  { name: 'no alternative hosts', yaml: 'settings:\n  alternative_hosts: ""\n', status: 'pass', messageId: 'none', pointer: P, line: 2, column: 3, evidence: [{ pointer: P, level: 'meeting', locked: null }] },
  { name: 'every host disclosed, any case, either separator', yaml: 'settings:\n  alternative_hosts: "mediator@example.com; CO@example.com,"\n' + people, status: 'pass', messageId: 'disclosed', pointer: P, line: 2, column: 3, message: 'Every alternative host (2) is a disclosed participant.' },
  { name: 'a stranger with host powers', yaml: 'settings:\n  alternative_hosts: "co@example.com;assistant@example.com"\n' + people, status: 'fail', messageId: 'stranger', pointer: P, line: 2, column: 3, message: 'assistant@example.com can host the meeting but is not among the disclosed participants' },
  { name: 'every stranger is named, a few at most', yaml: `settings:\n  alternative_hosts: "${Array.from({ length: 7 }, (_, i) => `h${i + 1}@example.com`).join(';')}"\n` + people, status: 'fail', messageId: 'stranger', pointer: P, line: 2, column: 3, message: 'h1@example.com, h2@example.com, h3@example.com, h4@example.com, h5@example.com and 2 others can host the meeting but are not among' },
  { name: 'hosts but no participants listed', yaml: 'settings:\n  alternative_hosts: co@example.com\n', status: 'fail', messageId: 'stranger', pointer: P, line: 2, column: 3 },
  { name: 'a user id is no disclosed email', yaml: 'settings:\n  alternative_hosts: "30R7kT7bTIKSNUFEuH_Qlg"\n' + people, status: 'fail', messageId: 'stranger', pointer: P, line: 2, column: 3 },
  { name: 'a long address is cut short', yaml: `settings:\n  alternative_hosts: "${'x'.repeat(500)}@example.com"\n`, status: 'fail', messageId: 'stranger', pointer: P, line: 2, column: 3, message: `${'x'.repeat(99)}… can host the meeting but is not` },
  { name: 'not given', yaml: people, status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: "teams: no co-organizers", yaml: "platform: teams\nparticipants:\n  attendees:\n    - upn: a@x.test\n      role: attendee\n", status: 'pass', messageId: 'teamsNone', pointer: '/participants/attendees', line: 3, column: 3 },
  { name: "teams: a disclosed co-organizer", yaml: "platform: teams\nparticipants:\n  attendees:\n    - upn: Co@x.test\n      role: coorganizer\nmediation:\n  participants:\n    - name: Co\n      email: co@x.test\n", status: 'pass', messageId: 'teamsDisclosed', pointer: '/participants/attendees', line: 3, column: 3, message: "(1)" },
  { name: "teams: an undisclosed co-organizer", yaml: "platform: teams\nparticipants:\n  attendees:\n    - upn: a@x.test\n      role: attendee\n    - upn: stranger@y.test\n      role: coorganizer\n", status: 'fail', messageId: 'teamsStranger', pointer: '/participants/attendees/1/upn', line: 6, column: 7, message: "stranger@y.test" },
  { name: "teams: roles hidden as unknownFutureValue", yaml: "platform: teams\nparticipants:\n  attendees:\n    - upn: a@x.test\n      role: unknownFutureValue\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/participants/attendees', line: 3, column: 3 },
  { name: "teams: no attendees", yaml: "platform: teams\nsubject: x\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/participants/attendees', line: 1, column: 1 },
  // Webex: automatic co-hosts and the host are in the meeting object; co-hosts on the invitation are not, so it never passes.
  { name: 'webex: any site user can be co-host', yaml: 'platform: webex\nallowAnyUserToBeCoHost: true\nallowFirstUserToBeCoHost: false\n', status: 'fail', messageId: 'webexAnyone', pointer: '/allowAnyUserToBeCoHost', line: 2, column: 1 },
  { name: 'webex: the first to join is co-host', yaml: 'platform: webex\nallowAnyUserToBeCoHost: false\nallowFirstUserToBeCoHost: true\n', status: 'fail', messageId: 'webexFirst', pointer: '/allowFirstUserToBeCoHost', line: 3, column: 1 },
  {
    name: 'webex: an undisclosed host',
    yaml: 'platform: webex\nhostEmail: scheduler@example.net\nallowAnyUserToBeCoHost: false\nallowFirstUserToBeCoHost: false\nmediation:\n  participants:\n    - name: M\n      role: mediator\n      email: mediator@example.org\n',
    status: 'fail',
    messageId: 'webexHost',
    pointer: '/hostEmail',
    line: 2,
    column: 1,
    message: 'scheduler@example.net hosts the meeting',
  },
  {
    name: 'webex: a disclosed host, no automatic co-hosts',
    yaml: 'platform: webex\nhostEmail: Mediator@Example.org\nallowAnyUserToBeCoHost: false\nallowFirstUserToBeCoHost: false\nmediation:\n  participants:\n    - name: M\n      role: mediator\n      email: mediator@example.org\n',
    status: 'unknown',
    messageId: 'webexInvitees',
    pointer: '/allowAnyUserToBeCoHost',
    line: 3,
    column: 1,
  },
  { name: 'webex: automatic co-hosts not given', yaml: 'platform: webex\nallowAnyUserToBeCoHost: false\n', status: 'unknown', messageId: 'webexMissing', pointer: '/allowFirstUserToBeCoHost', line: 1, column: 1 },
], { webex: ['pass'] }); // Webex: co-hosts named on the invitation are not in the meeting object, so nothing proves all are disclosed.
