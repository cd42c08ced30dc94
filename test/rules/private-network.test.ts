import rule from '../../rules/private-network';
import { testRule } from '../helpers/rule-tester';

const people = (...networks: (string | null)[]) =>
  'mediation:\n  participants:\n' +
  networks.map((n, i) => `    - name: P${i + 1}\n` + (n === null ? '      role: party\n' : `      network: ${n}\n`)).join('');

testRule(rule, [
  { name: 'private and vpn only', yaml: people('private', 'vpn', 'private'), status: 'pass', messageId: 'private', pointer: '/mediation/participants', line: 2, column: 3, message: 'All 3 participants' },
  { name: 'one on a public network', yaml: people('private', 'public'), status: 'fail', messageId: 'public', pointer: '/mediation/participants/1/network', line: 6, column: 7, message: 'P2' },
  { name: 'public wins over unknown', yaml: people(null, 'unknown', 'public'), status: 'fail', messageId: 'public', pointer: '/mediation/participants/2/network', line: 8, column: 7 },
  { name: 'no participants listed', yaml: 'topic: x\n', status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 1, column: 1 },
  { name: 'empty participant list', yaml: 'mediation:\n  participants: []\n', status: 'unknown', messageId: 'none', pointer: '/mediation/participants', line: 2, column: 3 },
  { name: 'a network marked unknown', yaml: people('private', 'unknown'), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/1/network', line: 6, column: 7, message: '1 of the participants' },
  { name: 'a network missing', yaml: people(null, 'vpn'), status: 'unknown', messageId: 'unsure', pointer: '/mediation/participants/0/network', line: 3, column: 7 },
]);
