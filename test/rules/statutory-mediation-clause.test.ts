import rule from '../../rules/statutory-mediation-clause';
import { testRule } from '../helpers/rule-tester';

const P = '/mediation/agreement/statutory_mediation';

testRule(rule, [
  { name: 'the clause is in the agreement', yaml: 'mediation:\n  agreement:\n    statutory_mediation: true\n', status: 'pass', messageId: 'present', pointer: P, line: 3, column: 5, evidence: [] },
  { name: 'the clause is refused', yaml: 'mediation:\n  agreement:\n    statutory_mediation: false\n', status: 'fail', messageId: 'missing', pointer: P, line: 3, column: 5, message: 'is false' },
  { name: 'an agreement without it', yaml: 'mediation:\n  agreement:\n    attendees_disclosed: true\n', status: 'fail', messageId: 'missing', pointer: P, line: 2, column: 3, message: 'is missing' },
  { name: 'no agreement', yaml: 'mediation:\n  lock_after_join: true\n', status: 'unknown', messageId: 'none', pointer: P, line: 1, column: 1 },
  { name: "teams: the same mediation block passes", yaml: "platform: teams\nmediation:\n  agreement:\n    statutory_mediation: true\n", status: 'pass', messageId: 'present', pointer: '/mediation/agreement/statutory_mediation', line: 4, column: 5 },
  { name: "teams: the same mediation block fails", yaml: "platform: teams\nmediation:\n  agreement:\n    statutory_mediation: false\n", status: 'fail', messageId: 'missing', pointer: '/mediation/agreement/statutory_mediation', line: 4, column: 5 },
  { name: "teams: no mediation block", yaml: "platform: teams\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/agreement/statutory_mediation', line: 1, column: 1 },
  { name: "webex: the same mediation block passes", yaml: "platform: webex\nmediation:\n  agreement:\n    statutory_mediation: true\n", status: 'pass', messageId: 'present', pointer: '/mediation/agreement/statutory_mediation', line: 4, column: 5 },
  { name: "webex: the same mediation block fails", yaml: "platform: webex\nmediation:\n  agreement:\n    statutory_mediation: false\n", status: 'fail', messageId: 'missing', pointer: '/mediation/agreement/statutory_mediation', line: 4, column: 5 },
  { name: "webex: no mediation block", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/agreement/statutory_mediation', line: 1, column: 1 },
]);
