// Issue 12 item 7: which documents a folder search takes for meetings, from their top-level keys.
import { describe, expect, it } from 'vitest';
import { NOT_A_MEETING, REPORT_NOTICE } from '../src/load/meeting-shape';
import { parseMeeting } from '../src/load/parse-meeting';
import { passOverNonMeeting } from '../src/load/meeting-shape';

/** Why a searched file with this text is passed over, or 'checked'. */
function verdict(text: string): string {
  const result = parseMeeting(text, passOverNonMeeting);
  return !result.ok && result.passedOver !== undefined ? result.passedOver : 'checked';
}

describe('a searched file is a meeting when its top level says so', () => {
  it.each([
    ['a Zoom meeting', 'id: 85746065432\ntopic: x\n', 'checked'],
    ['a Zoom template', 'template_id: abc\n', 'checked'],
    ['only the mediation block', 'mediation:\n  lock_after_join: true\n', 'checked'],
    ['only settings', 'settings:\n  waiting_room: true\n', 'checked'],
    ['a quoted meeting type (a slip the validator names)', 'type: "2"\n', 'checked'],
    ['an id with no value (a file cut short)', '# a meeting\nid:\n', 'checked'],
    ['a Teams meeting by its Graph keys', '{"joinWebUrl": "https://teams.example/l/1", "lobbyBypassSettings": {}}', 'checked'],
    ['platform: teams', 'platform: teams\n', 'checked'],
    ['platform: Webex', 'platform: Webex\n', 'checked'],
    ['a Webex meeting by its keys', '{"meetingNumber": "123", "webLink": "https://x.webex.com/m"}', 'checked'],
    ['a list (a broken meeting file: its error says so)', '- a\n', 'checked'],
    ['a typo of a meeting key (the typo check names it)', 'pasword: "x"\n', 'checked'],
    ['a typo by case and separators', 'Join-URL: https://example.zoom.us/j/1\n', 'checked'],
    ['a Zoom key the model does not type', 'dynamic_host_key: "x"\n', 'checked'],
    ['package.json (type: module is no meeting type)', '{"name": "x", "type": "module", "scripts": {}}', NOT_A_MEETING],
    ['an id that is no meeting id', '{"id": "com.example.app", "name": "x"}', NOT_A_MEETING],
    ['platform: slack', 'platform: slack\n', NOT_A_MEETING],
    ['tsconfig.json', '{"compilerOptions": {"strict": true}}', NOT_A_MEETING],
    ['the JSON report', '{"schemaVersion": 1, "tool": {"name": "mediate-check", "version": "0.1.0"}, "targets": []}', REPORT_NOTICE],
    ['the SARIF log', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "mediate-check"}}}]}', REPORT_NOTICE],
    ['another tool\'s SARIF log', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "other"}}}]}', NOT_A_MEETING],
  ])('%s', (_name, text, expected) => {
    expect(verdict(text)).toBe(expected);
  });

  it('is not asked for a file named on the command line', () => {
    expect(parseMeeting('{"name": "x", "type": "module"}').ok).toBe(false);
    const named = parseMeeting('{"name": "x", "type": "module"}');
    expect(!named.ok && named.passedOver).toBeFalsy();
  });
});
