import rule from '../../rules/no-automatic-copies';
import { testRule } from '../helpers/rule-tester';

const all = (summary: boolean, chat: boolean, saving: boolean, archive: boolean) =>
  `settings:\n  auto_start_meeting_summary: ${summary}\n  continuous_meeting_chat:\n    enable: ${chat}\n` +
  `host_settings:\n  in_meeting:\n    auto_saving_chat: ${saving}\n` +
  `account_settings:\n  recording:\n    archive:\n      enable: ${archive}\n`;

testRule(rule, [
  {
    name: 'all four off',
    yaml: all(false, false, false, false) + 'locks:\n  recording:\n    archive: true\n',
    status: 'pass',
    messageId: 'none',
    pointer: '/settings/auto_start_meeting_summary',
    line: 2,
    column: 3,
    evidence: [
      { pointer: '/settings/auto_start_meeting_summary', level: 'meeting', locked: null },
      { pointer: '/settings/continuous_meeting_chat/enable', level: 'meeting', locked: null },
      { pointer: '/host_settings/in_meeting/auto_saving_chat', level: 'user', locked: null },
      { pointer: '/account_settings/recording/archive/enable', level: 'account', locked: true },
    ],
  },
  { name: 'AI summary on', yaml: all(true, false, false, false), status: 'fail', messageId: 'copied', pointer: '/settings/auto_start_meeting_summary', line: 2, column: 3, message: 'an AI Companion summary starts by itself.' },
  { name: 'continuous chat on', yaml: all(false, true, false, false), status: 'fail', messageId: 'copied', pointer: '/settings/continuous_meeting_chat/enable', line: 4, column: 5 },
  { name: 'auto-saved chat', yaml: all(false, false, true, false), status: 'fail', messageId: 'copied', pointer: '/host_settings/in_meeting/auto_saving_chat', line: 7, column: 5 },
  { name: 'account archiving', yaml: all(false, false, false, true), status: 'fail', messageId: 'copied', pointer: '/account_settings/recording/archive/enable', line: 11, column: 7, message: 'third-party service' },
  { name: 'one on, others unknown', yaml: 'settings:\n  auto_start_meeting_summary: true\n', status: 'fail', messageId: 'copied', pointer: '/settings/auto_start_meeting_summary', line: 2, column: 3 },
  {
    name: 'none on, archiving not known',
    yaml: 'settings:\n  auto_start_meeting_summary: false\n  continuous_meeting_chat:\n    enable: false\nhost_settings:\n  in_meeting:\n    auto_saving_chat: false\n',
    status: 'unknown',
    messageId: 'partial',
    pointer: '/account_settings/recording/archive/enable',
    line: 1,
    column: 1,
    message: '1 of the four are not given: add account_settings.recording.archive.enable',
  },
  { name: 'nothing given', yaml: 'topic: x\n', status: 'unknown', messageId: 'partial', pointer: '/settings/auto_start_meeting_summary', line: 1, column: 1, evidence: [] },
]);
