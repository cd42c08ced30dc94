import rule from '../../rules/lock-after-join';
import { testRule } from '../helpers/rule-tester';

testRule(rule, [
  { name: 'host will lock', yaml: 'mediation:\n  lock_after_join: true\n', status: 'pass', messageId: 'yes', pointer: '/mediation/lock_after_join', line: 2, column: 3 },
  { name: 'host will not lock', yaml: 'topic: x\nmediation:\n  lock_after_join: false\n', status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 3, column: 3 },
  { name: 'mediation block without it', yaml: 'topic: x\nmediation:\n  participants: []\n', status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 2, column: 1 },
  { name: 'no mediation block', yaml: 'topic: x\n', status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 1, column: 1 },
  { name: "teams: host will lock", yaml: "platform: teams\nmediation:\n  lock_after_join: true\n", status: 'pass', messageId: 'yes', pointer: '/mediation/lock_after_join', line: 3, column: 3 },
  { name: "teams: host will not lock", yaml: "platform: teams\nmediation:\n  lock_after_join: false\n", status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 3, column: 3 },
  { name: "teams: not said", yaml: "platform: teams\nsubject: x\n", status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 1, column: 1 },
  { name: "webex: locks itself", yaml: "platform: webex\nenableAutomaticLock: true\nautomaticLockMinutes: 5\n", status: 'pass', messageId: 'webexAuto', pointer: '/enableAutomaticLock', line: 2, column: 1, message: "Webex locks the meeting 5 minutes after it starts" },
  { name: "webex: no automatic lock, host will not lock", yaml: "platform: webex\nenableAutomaticLock: false\nmediation:\n  lock_after_join: false\n", status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 4, column: 3 },
  { name: "webex: automatic lock, but the host will not lock (fail wins)", yaml: "platform: webex\nenableAutomaticLock: true\nautomaticLockMinutes: 5\nmediation:\n  lock_after_join: false\n", status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 5, column: 3 },
  { name: "webex: automatic lock without minutes, host will not lock", yaml: "platform: webex\nmeetingNumber: \"25512345678\"\nwebLink: https://x.webex.com/j.php?MTID=m1\nenableAutomaticLock: true\nmediation:\n  lock_after_join: false\n", status: 'fail', messageId: 'no', pointer: '/mediation/lock_after_join', line: 6, column: 3 },
  { name: "webex: automatic lock without minutes, not said", yaml: "platform: webex\nenableAutomaticLock: true\n", status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 1, column: 1 },
  { name: "webex: automatic lock without minutes, host will lock", yaml: "platform: webex\nenableAutomaticLock: true\nmediation:\n  lock_after_join: true\n", status: 'pass', messageId: 'yes', pointer: '/mediation/lock_after_join', line: 4, column: 3 },
  { name: "webex: no automatic lock, not said", yaml: "platform: webex\nenableAutomaticLock: false\n", status: 'unknown', messageId: 'missing', pointer: '/mediation/lock_after_join', line: 1, column: 1 },
]);
