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
]);
