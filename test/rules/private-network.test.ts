import rule from '../../rules/private-network';
import { testRule } from '../helpers/rule-tester';

const people = (...networks: (string | null)[]) =>
  'mediation:\n  participants:\n' +
  networks.map((n, i) => `    - name: P${i + 1}\n` + (n === null ? '      role: party\n' : `      network: ${n}\n`)).join('');

testRule(rule, [
  { name: 'private and vpn only', yaml: people('private', 'vpn', 'private'), status: 'pass', messageId: 'private', pointer: '/mediation/participants', line: 2, column: 3, message: 'All 3 participants' },
  { name: 'one on a public network', yaml: people('private', 'public'), status: 'fail', messageId: 'public', pointer: '/mediation/participants/1/network', line: 6, column: 7, message: 'P2 joins from a public network.' },
  { name: 'public wins over unknown', yaml: people(null, 'unknown', 'public'), status: 'fail', messageId: 'public', pointer: '/mediation/participants/2/network', line: 8, column: 7 },
  { name: 'no participants listed', yaml: 'topic: x\n', status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 1, column: 1 },
  { name: 'empty participant list', yaml: 'mediation:\n  participants: []\n', status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 2, column: 3 },
  { name: 'a network marked unknown', yaml: people('private', 'unknown'), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/1/network', line: 6, column: 7, message: 'P2 has no known network: add network: private, vpn or public for them under mediation.participants.' },
  { name: 'a network missing', yaml: people(null, 'vpn'), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/0/network', line: 3, column: 7, message: 'P1 has no known network' },
  { name: 'every person without a network is named', yaml: people(null, 'vpn', 'unknown'), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/0/network', line: 3, column: 7, message: 'P1 and P3 have no known network: add network: private, vpn or public for each' },
  { name: 'a nameless participant is counted from 1', yaml: 'mediation:\n  participants:\n    - name: ""\n      network: vpn\n    - name: "  "\n      role: party\n', status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/1/network', line: 5, column: 7, message: 'Participant 2 has no known network' },
  { name: 'public and unknown are both reported', yaml: people('public', null, 'public', 'unknown'), status: 'fail', messageId: 'public', pointer: '/mediation/participants/0/network', line: 4, column: 7, message: 'P1 and P3 join from a public network. Also, P2 and P4 have no known network: add network: private, vpn or public.' },
  { name: 'a long list is cut short', yaml: people(...Array(8).fill(null)), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/0/network', line: 3, column: 7, message: 'P1, P2, P3, P4, P5 and 3 others have no known network' },
  { name: "teams: the same mediation block passes", yaml: "platform: teams\nmediation:\n  participants:\n    - name: A\n      network: private\n", status: 'pass', messageId: 'private', pointer: '/mediation/participants', line: 3, column: 3 },
  { name: "teams: the same mediation block fails", yaml: "platform: teams\nmediation:\n  participants:\n    - name: A\n      network: public\n", status: 'fail', messageId: 'public', pointer: '/mediation/participants/0/network', line: 5, column: 7 },
  { name: "teams: no mediation block", yaml: "platform: teams\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 1, column: 1 },
  { name: "webex: the same mediation block passes", yaml: "platform: webex\nmediation:\n  participants:\n    - name: A\n      network: private\n", status: 'pass', messageId: 'private', pointer: '/mediation/participants', line: 3, column: 3 },
  { name: "webex: the same mediation block fails", yaml: "platform: webex\nmediation:\n  participants:\n    - name: A\n      network: public\n", status: 'fail', messageId: 'public', pointer: '/mediation/participants/0/network', line: 5, column: 7 },
  { name: "webex: no mediation block", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 1, column: 1 },
]);
