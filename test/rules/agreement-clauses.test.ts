import rule from '../../rules/agreement-clauses';
import { testRule } from '../helpers/rule-tester';

const agreement = (clauses: Record<string, boolean>) =>
  'mediation:\n  agreement:\n' + Object.entries(clauses).map(([k, v]) => `    ${k}: ${v}\n`).join('');
const ALL = { platform_risks_acknowledged: true, attendees_disclosed: true, no_recording_without_consent: true, communications_heard_by_all: true };

testRule(rule, [
  { name: 'all four clauses', yaml: agreement(ALL), status: 'pass', messageId: 'complete', pointer: '/mediation/agreement', line: 2, column: 3 },
  {
    name: 'one clause false',
    yaml: agreement({ ...ALL, attendees_disclosed: false }),
    status: 'fail',
    messageId: 'missing',
    pointer: '/mediation/agreement/attendees_disclosed',
    line: 4,
    column: 5,
    message: 'lacks attendees_disclosed.',
  },
  {
    name: 'one clause missing: placed at the agreement',
    yaml: agreement({ platform_risks_acknowledged: true, attendees_disclosed: true, no_recording_without_consent: true }),
    status: 'fail',
    messageId: 'missing',
    pointer: '/mediation/agreement/communications_heard_by_all',
    line: 2,
    column: 3,
    message: 'communications_heard_by_all',
  },
  { name: 'empty agreement', yaml: 'mediation:\n  agreement: {}\n', status: 'fail', messageId: 'missing', pointer: '/mediation/agreement/platform_risks_acknowledged', line: 2, column: 3 },
  { name: 'no agreement', yaml: 'mediation:\n  lock_after_join: true\n', status: 'unknown', messageId: 'none', pointer: '/mediation/agreement', line: 1, column: 1, message: 'add mediation.agreement with platform_risks_acknowledged, attendees_disclosed, no_recording_without_consent and communications_heard_by_all.' },
  { name: "teams: the same mediation block passes", yaml: "platform: teams\nmediation:\n  agreement:\n    platform_risks_acknowledged: true\n    attendees_disclosed: true\n    no_recording_without_consent: true\n    communications_heard_by_all: true\n", status: 'pass', messageId: 'complete', pointer: '/mediation/agreement', line: 3, column: 3 },
  { name: "teams: the same mediation block fails", yaml: "platform: teams\nmediation:\n  agreement:\n    platform_risks_acknowledged: false\n", status: 'fail', messageId: 'missing', pointer: '/mediation/agreement/platform_risks_acknowledged', line: 4, column: 5 },
  { name: "teams: no mediation block", yaml: "platform: teams\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/agreement', line: 1, column: 1 },
  { name: "webex: the same mediation block passes", yaml: "platform: webex\nmediation:\n  agreement:\n    platform_risks_acknowledged: true\n    attendees_disclosed: true\n    no_recording_without_consent: true\n    communications_heard_by_all: true\n", status: 'pass', messageId: 'complete', pointer: '/mediation/agreement', line: 3, column: 3 },
  { name: "webex: the same mediation block fails", yaml: "platform: webex\nmediation:\n  agreement:\n    platform_risks_acknowledged: false\n", status: 'fail', messageId: 'missing', pointer: '/mediation/agreement/platform_risks_acknowledged', line: 4, column: 5 },
  { name: "webex: no mediation block", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/agreement', line: 1, column: 1 },
]);
