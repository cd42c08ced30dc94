import rule from '../../rules/no-auto-recording';
import { testRule } from '../helpers/rule-tester';

const P = '/settings/auto_recording';

testRule(rule, [
  { name: 'no automatic recording', yaml: 'settings:\n  auto_recording: none\n', status: 'pass', messageId: 'off', pointer: P, line: 2, column: 3 },
  { name: 'cloud recording', yaml: 'topic: x\nsettings:\n  auto_recording: cloud\n', status: 'fail', messageId: 'on', pointer: P, line: 3, column: 3, message: 'to the cloud' },
  { name: 'local recording', yaml: 'settings:\n  auto_recording: local\n', status: 'fail', messageId: 'on', pointer: P, line: 2, column: 3, message: 'to a computer' },
  { name: 'not given', yaml: 'settings:\n  waiting_room: false\n', status: 'unknown', messageId: 'missing', pointer: P, line: 1, column: 1 },
  { name: "teams: records itself", yaml: "platform: teams\nrecordAutomatically: true\n", status: 'fail', messageId: 'teamsOn', pointer: '/recordAutomatically', line: 2, column: 1 },
  { name: "teams: does not record itself", yaml: "platform: teams\nrecordAutomatically: false\n", status: 'pass', messageId: 'teamsOff', pointer: '/recordAutomatically', line: 2, column: 1 },
  { name: "teams: not given (Graph null)", yaml: "platform: teams\nrecordAutomatically: null\n", status: 'unknown', messageId: 'teamsMissing', pointer: '/recordAutomatically', line: 2, column: 1 },
  { name: "webex: records itself", yaml: "platform: webex\nenabledAutoRecordMeeting: true\n", status: 'fail', messageId: 'webexOn', pointer: '/enabledAutoRecordMeeting', line: 2, column: 1 },
  { name: "webex: does not record itself", yaml: "platform: webex\nenabledAutoRecordMeeting: false\n", status: 'pass', messageId: 'webexOff', pointer: '/enabledAutoRecordMeeting', line: 2, column: 1 },
  { name: "webex: not given", yaml: "platform: webex\ntitle: x\n", status: 'unknown', messageId: 'webexMissing', pointer: '/enabledAutoRecordMeeting', line: 1, column: 1 },
]);
