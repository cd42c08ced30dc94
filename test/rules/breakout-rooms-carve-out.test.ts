import rule from '../../rules/breakout-rooms-carve-out';
import { testRule } from '../helpers/rule-tester';

const HOST = '/host_settings/in_meeting/breakout_room';
const PREASSIGN = '/settings/breakout_room/enable';
const host = (on: boolean) => `host_settings:\n  in_meeting:\n    breakout_room: ${on}\n`;
const agreement = (lines: string) => `mediation:\n  agreement:\n${lines}`;

testRule(rule, [
  { name: 'the host cannot open rooms', yaml: host(false), status: 'pass', messageId: 'none', pointer: HOST, line: 3, column: 5, evidence: [{ pointer: HOST, level: 'user', locked: null }] },
  {
    name: 'A1: pre-assign off says nothing; the host setting off decides',
    yaml: 'settings:\n  breakout_room:\n    enable: false\n' + host(false),
    status: 'pass',
    messageId: 'none',
    pointer: HOST,
    line: 6,
    column: 5,
  },
  {
    name: 'carve-out in the agreement',
    yaml: host(true) + agreement('    communications_heard_by_all: true\n    private_caucus_carve_out: true\n'),
    status: 'pass',
    messageId: 'carved',
    pointer: '/mediation/agreement/private_caucus_carve_out',
    line: 7,
    column: 5,
  },
  { name: 'carve-out refused', yaml: host(true) + agreement('    private_caucus_carve_out: false\n'), status: 'fail', messageId: 'refused', pointer: '/mediation/agreement/private_caucus_carve_out', line: 6, column: 5 },
  {
    name: 'A1: rooms possible by the host setting although nothing is pre-assigned',
    yaml: 'settings:\n  breakout_room:\n    enable: false\n' + host(true) + agreement('    attendees_disclosed: true\n    communications_heard_by_all: true\n'),
    status: 'fail',
    messageId: 'conflict',
    pointer: '/mediation/agreement/communications_heard_by_all',
    line: 10,
    column: 5,
    evidence: [{ pointer: HOST, level: 'user', locked: null }],
  },
  {
    name: 'pre-assigned rooms make rooms possible even with the feature off',
    yaml: 'settings:\n  breakout_room:\n    enable: true\n' + host(false),
    status: 'fail',
    messageId: 'noCarveOut',
    pointer: PREASSIGN,
    line: 3,
    column: 5,
    evidence: [{ pointer: PREASSIGN, level: 'meeting', locked: null }],
  },
  { name: 'rooms possible, agreement unknown: not carved out', yaml: host(true), status: 'fail', messageId: 'noCarveOut', pointer: HOST, line: 3, column: 5 },
  {
    name: 'the host setting locked by the account',
    yaml: host(false) + 'locks:\n  in_meeting:\n    breakout_room: true\n',
    status: 'pass',
    messageId: 'none',
    pointer: HOST,
    line: 3,
    column: 5,
    evidence: [{ pointer: HOST, level: 'user', locked: true }],
  },
  { name: 'A1: only the pre-assign option, off', yaml: 'settings:\n  breakout_room:\n    enable: false\n', status: 'unknown', messageId: 'missing', pointer: HOST, line: 1, column: 1, evidence: [] },
  { name: 'rooms not known', yaml: 'settings: {}\n', status: 'unknown', messageId: 'missing', pointer: HOST, line: 1, column: 1 },
  { name: "teams: rooms off", yaml: "platform: teams\nallowBreakoutRooms: false\n", status: 'pass', messageId: 'none', pointer: '/allowBreakoutRooms', line: 2, column: 1 },
  { name: "teams: rooms with carve-out", yaml: "platform: teams\nallowBreakoutRooms: true\nmediation:\n  agreement:\n    private_caucus_carve_out: true\n", status: 'pass', messageId: 'carved', pointer: '/mediation/agreement/private_caucus_carve_out', line: 5, column: 5 },
  { name: "teams: rooms without carve-out", yaml: "platform: teams\nallowBreakoutRooms: true\n", status: 'fail', messageId: 'noCarveOut', pointer: '/allowBreakoutRooms', line: 2, column: 1 },
  { name: "teams: not given", yaml: "platform: teams\nsubject: x\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/allowBreakoutRooms', line: 1, column: 1 },
  { name: "webex: sessions off", yaml: "platform: webex\nenabledBreakoutSessions: false\n", status: 'pass', messageId: 'none', pointer: '/enabledBreakoutSessions', line: 2, column: 1 },
  { name: "webex: sessions, carve-out refused", yaml: "platform: webex\nenabledBreakoutSessions: true\nmediation:\n  agreement:\n    private_caucus_carve_out: false\n", status: 'fail', messageId: 'refused', pointer: '/mediation/agreement/private_caucus_carve_out', line: 5, column: 5 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/enabledBreakoutSessions', line: 1, column: 1 },
]);
