import rule from '../../rules/breakout-rooms-carve-out';
import { testRule } from '../helpers/rule-tester';

const rooms = (on: boolean, agreement = '') => `settings:\n  breakout_room:\n    enable: ${on}\n${agreement ? `mediation:\n  agreement:\n${agreement}` : ''}`;

testRule(rule, [
  { name: 'no breakout rooms', yaml: rooms(false), status: 'pass', messageId: 'none', pointer: '/settings/breakout_room/enable', line: 3, column: 5 },
  { name: 'carve-out in the agreement', yaml: rooms(true, '    communications_heard_by_all: true\n    private_caucus_carve_out: true\n'), status: 'pass', messageId: 'carved', pointer: '/mediation/agreement/private_caucus_carve_out', line: 7, column: 5 },
  { name: 'carve-out refused', yaml: rooms(true, '    private_caucus_carve_out: false\n'), status: 'fail', messageId: 'refused', pointer: '/mediation/agreement/private_caucus_carve_out', line: 6, column: 5 },
  {
    name: 'everyone hears everything, rooms on, no carve-out',
    yaml: rooms(true, '    attendees_disclosed: true\n    communications_heard_by_all: true\n'),
    status: 'fail',
    messageId: 'conflict',
    pointer: '/mediation/agreement/communications_heard_by_all',
    line: 7,
    column: 5,
  },
  { name: 'rooms on, agreement unknown', yaml: rooms(true), status: 'unknown', messageId: 'noAgreement', pointer: '/mediation/agreement/private_caucus_carve_out', line: 1, column: 1 },
  { name: 'rooms not known', yaml: 'settings: {}\n', status: 'unknown', messageId: 'missing', pointer: '/settings/breakout_room/enable', line: 1, column: 1 },
]);
