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
]);
