import rule from '../../rules/invitation-kept-private';
import { testRule } from '../helpers/rule-tester';

const invitation = (lines: string) => `mediation:\n  invitation:\n${lines}`;
const APART = '/mediation/invitation/passcode_sent_separately';
const WARNED = '/mediation/invitation/participants_warned';

testRule(rule, [
  { name: 'apart and warned', yaml: invitation('    passcode_sent_separately: true\n    participants_warned: true\n'), status: 'pass', messageId: 'kept', pointer: '/mediation/invitation', line: 2, column: 3, evidence: [] },
  { name: 'passcode with the link', yaml: invitation('    passcode_sent_separately: false\n    participants_warned: true\n'), status: 'fail', messageId: 'together', pointer: APART, line: 3, column: 5 },
  { name: 'nobody warned', yaml: invitation('    passcode_sent_separately: true\n    participants_warned: false\n'), status: 'fail', messageId: 'unwarned', pointer: WARNED, line: 4, column: 5 },
  { name: 'apart, warning not known', yaml: invitation('    passcode_sent_separately: true\n'), status: 'unknown', messageId: 'missing', pointer: WARNED, line: 2, column: 3 },
  { name: 'nothing known', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: APART, line: 1, column: 1 },
  { name: "teams: the same mediation block passes", yaml: "platform: teams\nmediation:\n  invitation:\n    passcode_sent_separately: true\n    participants_warned: true\n", status: 'pass', messageId: 'kept', pointer: '/mediation/invitation', line: 3, column: 3 },
  { name: "teams: the same mediation block fails", yaml: "platform: teams\nmediation:\n  invitation:\n    passcode_sent_separately: false\n", status: 'fail', messageId: 'together', pointer: '/mediation/invitation/passcode_sent_separately', line: 4, column: 5 },
  { name: "teams: no mediation block", yaml: "platform: teams\ntitle: x\n", status: 'unknown', messageId: 'missing', pointer: '/mediation/invitation/passcode_sent_separately', line: 1, column: 1 },
  { name: "webex: the same mediation block passes", yaml: "platform: webex\nmediation:\n  invitation:\n    passcode_sent_separately: true\n    participants_warned: true\n", status: 'pass', messageId: 'kept', pointer: '/mediation/invitation', line: 3, column: 3 },
  { name: "webex: the same mediation block fails", yaml: "platform: webex\nmediation:\n  invitation:\n    passcode_sent_separately: false\n", status: 'fail', messageId: 'together', pointer: '/mediation/invitation/passcode_sent_separately', line: 4, column: 5 },
  { name: "webex: no mediation block", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'missing', pointer: '/mediation/invitation/passcode_sent_separately', line: 1, column: 1 },
]);
