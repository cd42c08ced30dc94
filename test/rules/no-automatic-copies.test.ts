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
  // Teams: the automatic recording and transcript, and a chat that outlives the meeting.
  { name: 'teams: no automatic transcript, chat in-meeting only', yaml: 'platform: teams\nrecordAutomatically: false\nallowMeetingChat: limited\n', status: 'pass', messageId: 'teamsNone', pointer: '/recordAutomatically', line: 2, column: 1, evidence: [{ pointer: '/recordAutomatically', level: 'meeting', locked: null }, { pointer: '/allowMeetingChat', level: 'meeting', locked: null }] },
  {
    name: 'teams: chat turned off by the admin policy',
    yaml: 'platform: teams\nrecordAutomatically: false\nallowMeetingChat: enabled\nmeeting_policy:\n  Identity: Tag:Mediation\n  MeetingChatEnabledType: Disabled\n',
    status: 'pass',
    messageId: 'teamsNone',
    pointer: '/recordAutomatically',
    line: 2,
    column: 1,
    evidence: [
      { pointer: '/recordAutomatically', level: 'meeting', locked: null },
      { pointer: '/allowMeetingChat', level: 'meeting', locked: null },
      { pointer: '/meeting_policy/MeetingChatEnabledType', level: 'account', locked: true },
    ],
  },
  { name: 'teams: the chat stays after the meeting', yaml: 'platform: teams\nrecordAutomatically: false\nallowMeetingChat: enabled\n', status: 'fail', messageId: 'copied', pointer: '/allowMeetingChat', line: 3, column: 1, message: 'stays in Teams after the meeting' },
  { name: 'teams: recorded and transcribed by itself', yaml: 'platform: teams\nrecordAutomatically: true\nallowMeetingChat: disabled\n', status: 'fail', messageId: 'copied', pointer: '/recordAutomatically', line: 2, column: 1, message: 'transcribed by itself' },
  { name: 'teams: chat mode unknownFutureValue', yaml: 'platform: teams\nrecordAutomatically: false\nallowMeetingChat: unknownFutureValue\n', status: 'unknown', messageId: 'teamsPartial', pointer: '/allowMeetingChat', line: 3, column: 1, message: 'add allowMeetingChat' },
  { name: 'teams: nothing given', yaml: 'platform: teams\nsubject: x\n', status: 'unknown', messageId: 'teamsPartial', pointer: '/recordAutomatically', line: 1, column: 1, message: 'add recordAutomatically, allowMeetingChat' },
  // Webex: AI Assistant and automatic sharing are the host's scheduling options, not in the meeting object.
  { name: 'webex: always unknown', yaml: 'platform: webex\nenabledAutoRecordMeeting: false\n', status: 'unknown', messageId: 'webexHidden', pointer: '', line: 1, column: 1 },
], { webex: ['pass', 'fail'] } /* Webex's meeting object holds neither AI Assistant nor automatic sharing (reference §2.1: scheduling options) */);
