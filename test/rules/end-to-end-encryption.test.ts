import rule from '../../rules/end-to-end-encryption';
import { testRule } from '../helpers/rule-tester';

const settings = (lines: string) => `settings:\n${lines}`;
const host = (on: boolean) => `host_settings:\n  in_meeting:\n    breakout_room: ${on}\n`;
const P = '/settings/encryption_type';
const HOST = '/host_settings/in_meeting/breakout_room';

testRule(rule, [
  {
    name: 'e2ee with nothing it disables',
    yaml: settings('  encryption_type: e2ee\n  audio: voip\n') + host(false),
    status: 'pass',
    messageId: 'e2ee',
    pointer: P,
    line: 2,
    column: 3,
    evidence: [{ pointer: P, level: 'meeting', locked: null }],
  },
  { name: 'e2ee and join before host: E2EE turns it off, no conflict', yaml: settings('  encryption_type: e2ee\n  join_before_host: true\n'), status: 'pass', messageId: 'e2ee', pointer: P, line: 2, column: 3 },
  {
    name: 'enhanced because the host can open breakout rooms',
    yaml: settings('  encryption_type: enhanced_encryption\n') + host(true),
    status: 'pass',
    messageId: 'caucus',
    pointer: P,
    line: 2,
    column: 3,
    evidence: [{ pointer: P, level: 'meeting', locked: null }, { pointer: HOST, level: 'user', locked: null }],
  },
  {
    name: 'e2ee but breakout rooms and cloud recording set',
    yaml: settings('  auto_recording: cloud\n  encryption_type: e2ee\n  breakout_room:\n    enable: true\n'),
    status: 'fail',
    messageId: 'conflict',
    pointer: P,
    line: 3,
    column: 3,
    message: 'turns off breakout rooms (private caucus), cloud recording, which',
  },
  {
    name: 'B3: e2ee with telephone-only audio',
    yaml: settings('  encryption_type: e2ee\n  audio: telephony\n'),
    status: 'fail',
    messageId: 'conflict',
    pointer: P,
    line: 2,
    column: 3,
    message: 'turns off phone dial-in',
    evidence: [{ pointer: P, level: 'meeting', locked: null }, { pointer: '/settings/audio', level: 'meeting', locked: null }],
  },
  {
    name: 'A1: enhanced, pre-assign off, but the host can open rooms',
    yaml: settings('  encryption_type: enhanced_encryption\n  breakout_room:\n    enable: false\n') + host(true),
    status: 'pass',
    messageId: 'caucus',
    pointer: P,
    line: 2,
    column: 3,
  },
  { name: 'enhanced although the host cannot open rooms', yaml: settings('  encryption_type: enhanced_encryption\n') + host(false), status: 'fail', messageId: 'avoidable', pointer: P, line: 2, column: 3 },
  {
    name: 'A1: enhanced, only the pre-assign option off',
    yaml: settings('  encryption_type: enhanced_encryption\n  breakout_room:\n    enable: false\n'),
    status: 'unknown',
    messageId: 'noBreakout',
    pointer: HOST,
    line: 1,
    column: 1,
  },
  { name: 'encryption not given', yaml: settings('  waiting_room: true\n'), status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1, evidence: [] },
  { name: "teams: e2ee without rooms", yaml: "platform: teams\nisEndToEndEncryptionEnabled: true\nallowBreakoutRooms: false\n", status: 'pass', messageId: 'teamsE2ee', pointer: '/isEndToEndEncryptionEnabled', line: 2, column: 1 },
  { name: "teams: e2ee with rooms", yaml: "platform: teams\nisEndToEndEncryptionEnabled: true\nallowBreakoutRooms: true\n", status: 'fail', messageId: 'teamsConflict', pointer: '/isEndToEndEncryptionEnabled', line: 2, column: 1 },
  { name: "teams: off for caucus", yaml: "platform: teams\nisEndToEndEncryptionEnabled: false\nallowBreakoutRooms: true\n", status: 'pass', messageId: 'teamsCaucus', pointer: '/isEndToEndEncryptionEnabled', line: 2, column: 1 },
  { name: "teams: off for nothing", yaml: "platform: teams\nisEndToEndEncryptionEnabled: false\nallowBreakoutRooms: false\n", status: 'fail', messageId: 'teamsAvoidable', pointer: '/isEndToEndEncryptionEnabled', line: 2, column: 1 },
  { name: "teams: off, rooms not known", yaml: "platform: teams\nisEndToEndEncryptionEnabled: false\n", status: 'unknown', messageId: 'teamsNoBreakout', pointer: '/allowBreakoutRooms', line: 1, column: 1 },
  { name: "teams: not given", yaml: "platform: teams\nsubject: x\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/isEndToEndEncryptionEnabled', line: 1, column: 1 },
  { name: "webex: session type not confirmed", yaml: "platform: webex\nsessionTypeId: 652\n", status: 'unknown', messageId: 'webexSessionType', pointer: '/sessionTypeId', line: 2, column: 1, message: "652" },
  { name: "webex: no session type", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/sessionTypeId', line: 1, column: 1 },
], { webex: ['pass', 'fail'] } /* Webex's REST meeting has no encryption field; session type ids are unverified (reference §2.3, §5.9) */);
